"""Shared run-time services built once per process from settings: store DB, embedder, vector index.

Heavy parts (the embedding model, the index) are built on first use, so commands that do not need them stay fast.
"""

from __future__ import annotations

import threading
from functools import cached_property
from typing import TYPE_CHECKING

from shopkeeper.settings import Settings, get_settings

if TYPE_CHECKING:
    from knowledge.embeddings import Embedder
    from knowledge.index import VectorIndex


class Services:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()

    @property
    def db_url(self) -> str:
        return self.settings.db_url

    @cached_property
    def embedder(self) -> Embedder:
        from knowledge.embeddings import make_embedder

        with self._lock:
            return make_embedder(self.settings.embedding)

    @cached_property
    def index(self) -> VectorIndex:
        from knowledge.index import make_index

        with self._lock:
            return make_index(self.settings)


_services: dict[int, Services] = {}


def get_services(settings: Settings | None = None) -> Services:
    settings = settings or get_settings()
    key = id(settings)
    if key not in _services:
        _services[key] = Services(settings)
    return _services[key]
