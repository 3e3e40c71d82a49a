"""The serving process keeps the search index in step with the store DB, whoever changed the DB.

The running server is the embedded index's one writer, so a catalog changed by another process (``shopkeeper
import``, another web worker on PostgreSQL, a script) would otherwise reach search only at the next restart.
Every ``index.follow_s`` seconds the follower reads a cheap watermark of the catalog (product count and the
latest change to products and stock); only when it moved does it run the incremental update that
``shopkeeper index`` runs (changed products re-embedded, stock and price payloads refreshed, removed ones deleted).
"""

from __future__ import annotations

import asyncio
import logging
import threading

from sqlalchemy import func, select

from knowledge.db import session_scope
from knowledge.index import VectorIndex
from knowledge.indexing import BuildResult, incremental_update
from knowledge.schema import Product, Stock
from knowledge.services import Services
from shopkeeper.errors import ShopkeeperError
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

Watermark = tuple[int, str, str, int]


def watermark(db_url: str) -> Watermark:
    """(active products, latest product change, latest stock change, stock rows): any catalog edit moves it."""
    with session_scope(db_url) as s:
        products, p_at = s.execute(
            select(func.count(), func.max(Product.updated_at)).where(Product.active.is_(True))).one()
        rows, s_at = s.execute(select(func.count(), func.max(Stock.updated_at))).one()
    return int(products or 0), str(p_at or ""), str(s_at or ""), int(rows or 0)


class IndexFollower:
    """One per serving process. ``step`` is synchronous (run it in a thread); ``run`` loops until cancelled."""

    def __init__(self, settings: Settings, services: Services) -> None:
        self.settings = settings
        self.services = services
        self.seen: Watermark | None = None
        self._lock = threading.Lock()
        self._failing: str | None = None  # the last fault, logged once until it changes
        # Held while following: the process keeps its shard open, instead of loading it again every few seconds.
        self._index: VectorIndex | None = None

    def step(self) -> BuildResult | None:
        """Bring the index up to date when the catalog moved since the last step; None when it had not."""
        with self._lock:
            mark = watermark(self.settings.db_url)
            if mark == self.seen:
                return None
            if self._index is None:
                self._index = self.services.index
            index = self._index
            try:
                result = incremental_update(self.settings, index, self.services.embedder, None)
                if result.indexed or result.deleted:
                    index.meta.products = index.count()
                    index.save_side(index.vocabulary())
            except Exception:
                self._release()  # opened again next time: a rebuild or a fault may have replaced it
                raise
            self.seen = mark
            return result

    def _release(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def close(self) -> None:
        with self._lock:
            self._release()

    async def run(self) -> None:
        interval = self.settings.index.follow_s
        while True:
            try:
                result = await asyncio.to_thread(self.step)
                if self._failing is not None:
                    log.info("search index follows the catalog again")
                    self._failing = None
                if result is not None and (result.indexed or result.deleted or result.payload_refreshed):
                    log.info("search index caught up with the catalog: %d re-indexed, %d refreshed, %d removed",
                             result.indexed, result.payload_refreshed, result.deleted)
            except Exception as exc:  # no index yet, DB locked, index closed under it: try again next time
                if str(exc) != self._failing:
                    log.warning("search index not following the catalog: %s", exc,
                                exc_info=not isinstance(exc, ShopkeeperError | OSError))
                    self._failing = str(exc)
            await asyncio.sleep(interval)

    async def follow(self) -> None:
        """``run`` until cancelled, then let go of the index."""
        try:
            await self.run()
        finally:
            await asyncio.to_thread(self.close)
