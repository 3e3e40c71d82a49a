"""Shared, built-once resources for the search tests: the real USE model and a real edge index of the demo store.

Cached per process (not pytest fixtures) so every test module that needs them shares one model and one index.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from tempfile import mkdtemp

from knowledge.embeddings import Embedder, UseEmbedder
from knowledge.services import Services
from shopkeeper.settings import Settings


@lru_cache(maxsize=1)
def use_embedder() -> Embedder:
    return UseEmbedder(threads=1)


def settings_for(db_url: str, data_dir: Path, **extra: object) -> Settings:
    return Settings(data_dir=data_dir, db={"url": db_url}, **extra)  # type: ignore[arg-type]


def services_for(settings: Settings) -> Services:
    svc = Services(settings)
    svc.__dict__["embedder"] = use_embedder()  # share the loaded model (cached_property slot)
    return svc


@lru_cache(maxsize=4)
def indexed_demo(db_url: str) -> Settings:
    """Settings whose index holds the (read-only) demo store ``db_url``; built once per process."""
    from knowledge.indexing import build_index

    data_dir = Path(mkdtemp(prefix="sk-index-"))
    settings = settings_for(db_url, data_dir)
    build_index(settings, use_embedder(), rebuild=True)
    return settings


def copy_store(db_url: str, dest: Path) -> str:
    """A private copy of a SQLite store (SQLite's online backup: safe while others hold it open)."""
    import sqlite3

    src = sqlite3.connect(db_url.split("///", 1)[1])
    dst = sqlite3.connect(dest / "store.db")
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return f"sqlite:///{dest / 'store.db'}"
