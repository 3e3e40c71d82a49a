"""Candidates for re-ranking: the top ``k`` of the sparse (BM25) leg and of the dense leg, each with both scores.

A product found by one leg only still gets the other leg's score: a second query restricted to those ids asks the
index for it (a filtered query over a few dozen points, cheap in the engine). A product the sparse leg cannot score
(no query term in it) keeps BM25 0. Ranks are 0-based; a product outside a leg's top ``k`` has rank ``k``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from knowledge.index import Filters, IndexHit, IndexQuery, VectorIndex

PAYLOAD_FIELDS = ["attrs", "category", "brand", "in_stock"]

Floats = npt.NDArray[np.float64]


@dataclass
class Pool:
    ids: list[int]
    bm25: Floats
    bm25_rank: Floats
    dense: Floats
    dense_rank: Floats
    k: int
    payload: dict[int, dict[str, Any]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)


def _leg(index: VectorIndex, mode: str, dense: Any, sparse: Any, filters: Filters, limit: int,
         payload: list[str] | None) -> list[IndexHit]:
    q = IndexQuery(dense=dense if mode == "dense" else None, sparse=sparse if mode == "bm25" else None,
                   mode=mode, limit=limit, filters=filters, with_payload=payload)  # type: ignore[arg-type]
    return index.query(q)


def _restricted(filters: Filters, ids: list[int]) -> Filters:
    allowed = ids if filters.ids is None else [i for i in ids if i in set(filters.ids)]
    return replace(filters, ids=allowed)


def gather(index: VectorIndex, *, dense: npt.NDArray[np.float32] | None,
           sparse: tuple[list[int], list[float]] | None, filters: Filters, k: int = 100) -> Pool:
    """Both legs' top ``k`` under ``filters``, merged, with every candidate scored by both legs."""
    has_sparse = sparse is not None and bool(sparse[0])
    b_hits = _leg(index, "bm25", None, sparse, filters, k, PAYLOAD_FIELDS) if has_sparse else []
    d_hits = _leg(index, "dense", dense, None, filters, k, PAYLOAD_FIELDS) if dense is not None else []
    payload: dict[int, dict[str, Any]] = {}
    bm25: dict[int, float] = {}
    b_rank: dict[int, int] = {}
    for r, h in enumerate(b_hits):
        bm25[h.id], b_rank[h.id] = h.score, r
        payload[h.id] = h.payload
    dns: dict[int, float] = {}
    d_rank: dict[int, int] = {}
    for r, h in enumerate(d_hits):
        dns[h.id], d_rank[h.id] = h.score, r
        payload.setdefault(h.id, h.payload)
    ids = list(dict.fromkeys([h.id for h in b_hits] + [h.id for h in d_hits]))
    if has_sparse:
        missing = [i for i in ids if i not in bm25]
        if missing:
            for h in _leg(index, "bm25", None, sparse, _restricted(filters, missing), len(missing), None):
                bm25[h.id] = h.score
    if dense is not None:
        missing = [i for i in ids if i not in dns]
        if missing:
            for h in _leg(index, "dense", dense, None, _restricted(filters, missing), len(missing), None):
                dns[h.id] = h.score
    return Pool(
        ids=ids,
        bm25=np.array([bm25.get(i, 0.0) for i in ids], dtype=np.float64),
        bm25_rank=np.array([b_rank.get(i, k) for i in ids], dtype=np.float64),
        dense=np.array([dns.get(i, 0.0) for i in ids], dtype=np.float64),
        dense_rank=np.array([d_rank.get(i, k) for i in ids], dtype=np.float64),
        k=k,
        payload=payload,
    )
