"""What the labelled queries say about each product on its own: how often it was judged relevant when it was a
candidate. A learned-to-rank "document prior" (the popularity signal of a store with judged or clicked queries): a
product that answered many past queries well tends to answer the next similar one well, and one that was shown
often and never chosen tends not to.

The rate is smoothed towards the mean gain (``smoothing`` pseudo-candidates), so a product seen once says little.
Training rows get it out of fold (a query's own judgements never feed its own rows, or the model would learn to
trust a leak); the model file keeps the table from every training query, keyed by the store's product id, so a
model is tied to the store it was trained on (as its index already is).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

PRIOR_FEATURES: tuple[str, ...] = ("prior_rel", "prior_seen_log")


@dataclass
class ProductPrior:
    base: float  # mean gain over all training candidates
    smoothing: float = 5.0
    gain: dict[int, float] = field(default_factory=dict)  # product id -> summed gain as a candidate
    seen: dict[int, int] = field(default_factory=dict)  # product id -> times a candidate
    # A sample of the store's own ids and what they are ("source:external id"): the table is keyed by store ids,
    # so on another store (another import, another catalog) it would describe other products.
    store: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, ids: Sequence[int], y: npt.NDArray[np.float64], *, base: float | None = None,
           smoothing: float = 5.0) -> ProductPrior:
        gain: dict[int, float] = {}
        seen: dict[int, int] = {}
        for pid, g in zip(ids, y.tolist(), strict=True):
            gain[pid] = gain.get(pid, 0.0) + g
            seen[pid] = seen.get(pid, 0) + 1
        mean = float(np.mean(y)) if base is None and len(y) else (base or 0.0)
        return cls(mean, smoothing, gain, seen)

    def columns(self, ids: Sequence[int]) -> npt.NDArray[np.float64]:
        """The prior's feature columns (``PRIOR_FEATURES``) for candidates ``ids``."""
        out = np.empty((len(ids), len(PRIOR_FEATURES)), dtype=np.float64)
        a = self.smoothing
        for row, pid in enumerate(ids):
            n = self.seen.get(pid, 0)
            out[row, 0] = (self.gain.get(pid, 0.0) + a * self.base) / (n + a)
            out[row, 1] = math.log1p(n)
        return out

    def stamp(self, db_url: str, sample: int = 64) -> None:
        """Record which store the table's ids belong to."""
        self.store = _identities(db_url, sorted(self.seen)[:: max(1, len(self.seen) // sample)][:sample])

    def matches(self, db_url: str) -> bool:
        """Is ``db_url`` the store this table was learned on? (A table with no stamp is trusted.)"""
        return not self.store or _identities(db_url, list(self.store)) == self.store

    def blank(self) -> ProductPrior:
        """The same prior knowing no product: every candidate reads as one never seen in training."""
        return ProductPrior(self.base, self.smoothing)

    def to_json(self) -> dict[str, Any]:
        # Every product seen in training (how often it was seen is a feature too), as compact parallel lists.
        ids = sorted(self.seen)
        return {"base": self.base, "smoothing": self.smoothing, "ids": ids,
                "gain": [round(self.gain.get(i, 0.0), 4) for i in ids], "seen": [self.seen[i] for i in ids],
                "store": {str(k): v for k, v in self.store.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProductPrior:
        ids = [int(i) for i in data["ids"]]
        return cls(float(data["base"]), float(data["smoothing"]),
                   dict(zip(ids, (float(g) for g in data["gain"]), strict=True)),
                   dict(zip(ids, (int(n) for n in data["seen"]), strict=True)),
                   {int(k): str(v) for k, v in (data.get("store") or {}).items()})


def _identities(db_url: str, ids: list[int]) -> dict[int, str]:
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Product

    if not ids:
        return {}
    with session_scope(db_url) as s:
        rows = s.execute(select(Product.id, Product.source, Product.external_id, Product.sku)
                         .where(Product.id.in_(ids)))
        return {int(pid): f"{source or ''}:{ext or sku}" for pid, source, ext, sku in rows}


def fold_of(query_id: int, folds: int) -> int:
    """A query's fold, fixed by a hash of its id."""
    h = hashlib.blake2b(f"prior-fold:{query_id}".encode(), digest_size=4).digest()
    return int.from_bytes(h, "big") % folds


def out_of_fold(ids: Sequence[int], y: npt.NDArray[np.float64], query_of_row: Sequence[int], *, folds: int = 5,
                smoothing: float = 5.0) -> npt.NDArray[np.float64]:
    """Prior columns for training rows, each from the other folds' queries only."""
    fold = np.asarray([fold_of(q, folds) for q in query_of_row], dtype=np.int64)
    base = float(np.mean(y)) if len(y) else 0.0
    out = np.empty((len(ids), len(PRIOR_FEATURES)), dtype=np.float64)
    id_arr = np.asarray(ids, dtype=np.int64)
    for k in range(folds):
        train, target = fold != k, fold == k
        prior = ProductPrior.of(id_arr[train].tolist(), y[train], base=base, smoothing=smoothing)
        out[target] = prior.columns(id_arr[target].tolist())
    return out


__all__ = ["PRIOR_FEATURES", "ProductPrior", "fold_of", "out_of_fold"]
