"""Shared, process-wide cached set-up for the assistant tests (a demo store the tests may write to, its index).

Plain cached functions rather than conftest fixtures, so this area's fixtures do not collide with other helpers'
conftest files; each test module wraps them in thin session fixtures. Everything is built once per process.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from shopkeeper.settings import AgentSettings, DatabaseSettings, LLMSettings, Settings

ROOT = Path(tempfile.mkdtemp(prefix="sk_assistant_"))


@lru_cache(maxsize=1)
def store_dir() -> Path:
    """A small demo store (its own copy: hand-over tests write events) and its embedded index."""
    from knowledge.demo import build_demo_store

    base = ROOT / "store"
    base.mkdir(parents=True, exist_ok=True)
    build_demo_store(f"sqlite:///{base / 'store.db'}", seed=7, products=300, sales_days=60)
    settings = Settings(data_dir=base, llm=LLMSettings(backend="none"))
    try:
        from knowledge.indexing import build_index
        from knowledge.services import get_services

        build_index(settings, get_services(settings).embedder, rebuild=True)
    except ImportError:
        pass  # the search spine is not installed yet: search falls back or reports it
    return base


def make_settings(tmp: Path, *, data_dir: Path | None = None, llm: str = "none", **agent: object) -> Settings:
    """Settings on the shared store, with this test's own checkpoint file under ``tmp``."""
    base = data_dir or store_dir()
    return Settings(
        data_dir=base,
        db=DatabaseSettings(url=f"sqlite:///{base / 'store.db'}"),
        llm=LLMSettings(backend=llm, first_token_timeout_s=2.0, timeout_s=5.0),  # type: ignore[arg-type]
        agent=AgentSettings(checkpoint_url=f"sqlite:///{tmp / 'checkpoints.db'}", **agent),  # type: ignore[arg-type]
    )


def copy_store(dest: Path) -> Path:
    """A private copy of the store and index (for fault tests that break them)."""
    src = store_dir()
    shutil.copytree(src, dest, dirs_exist_ok=True)
    return dest


@lru_cache(maxsize=1)
def shared_embedder() -> object:
    from knowledge.embeddings import make_embedder

    return make_embedder(Settings().embedding)


def make_services(settings: Settings) -> object:
    """Services for ``settings`` that reuse one loaded embedding model across tests."""
    from knowledge.services import Services

    services = Services(settings)
    services.__dict__["embedder"] = shared_embedder()
    return services
