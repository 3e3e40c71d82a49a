"""Run the store's Alembic migrations from code: no alembic.ini in the working directory needed."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from knowledge.db import get_engine
from shopkeeper.errors import StoreUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@contextmanager
def _quiet_alembic() -> Iterator[None]:
    """Alembic logs every plugin and step at INFO (even on import); keep that for --verbose (DEBUG) runs only."""
    log = logging.getLogger("alembic")
    before = log.level
    if not logging.getLogger().isEnabledFor(logging.DEBUG):
        log.setLevel(logging.WARNING)
    try:
        yield
    finally:
        log.setLevel(before)


def alembic_config(db_url: str) -> Config:
    """An Alembic config pointing at the migrations shipped inside this package."""
    with _quiet_alembic():
        from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation: a literal % in a password must be doubled.
    cfg.set_main_option("sqlalchemy.url", db_url.replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
    with _quiet_alembic():
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(db_url: str) -> str | None:
    with _quiet_alembic(), get_engine(db_url).connect() as conn:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db_url: str, revision: str = "head") -> str | None:
    """Bring the store at ``db_url`` to ``revision`` (idempotent); returns the revision it is at afterwards."""
    cfg = alembic_config(db_url)
    try:
        with _quiet_alembic(), get_engine(db_url).begin() as conn:
            from alembic import command

            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        raise StoreUnavailable(
            f"cannot migrate the store database: {exc.orig}",
            hint="check SHOPKEEPER_DB__URL and that the database server is reachable",
        ) from exc
    return current_revision(db_url)
