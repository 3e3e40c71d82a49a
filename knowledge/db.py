"""Database access: one engine per URL, sessions as context managers, clear errors when the store is missing
or locked."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from shopkeeper.errors import StoreUnavailable


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 5, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            # WAL lets readers (the assistant) go on while an import or index build writes.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


@lru_cache(maxsize=8)
def _session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(get_engine(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on error; DB faults become ``StoreUnavailable``."""
    session = _session_factory(url)()
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise StoreUnavailable(
            f"the store database is unavailable: {exc.orig}",
            hint="check SHOPKEEPER_DB__URL, or run `shopkeeper demo` to build the demo store",
        ) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def store_exists(url: str) -> bool:
    """True when the schema is there (tables created by migrations)."""
    try:
        return inspect(get_engine(url)).has_table("products")
    except OperationalError:
        return False
