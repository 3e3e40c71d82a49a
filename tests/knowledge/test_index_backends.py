"""Both index backends with one layout and one filter builder: qdrant-edge on disk, and qdrant-client's local mode
standing in for a Qdrant server (no server binary is installable here; the client API is the same)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from knowledge.index import EdgeIndex, Filters, IndexDoc, IndexQuery, ServerIndex, VectorIndex, make_index, open_index
from knowledge.text import Bm25Encoder, terms
from shopkeeper.errors import IndexUnavailable
from shopkeeper.settings import Settings

DIM = 8
ENC = Bm25Encoder(avg_len=4)

PRODUCTS = [
    # id, title, price, category, brand, qty, attrs, direction of the dense vector
    (1, "waterproof leather hiking boots", 99.0, "footwear/hiking-boots", "Trailmark", 5,
     ["waterproof", "waterproof=true", "material=leather", "leather"], 0),
    (2, "suede hiking boots", 140.0, "footwear/hiking-boots", "Kestrel", 0, ["material=suede", "suede"], 9),
    (3, "waterproof winter boots", 80.0, "footwear/winter-boots", "Trailmark", 3, ["waterproof", "waterproof=true"], 1),
    (4, "camping tent", 200.0, "outdoor/tents", "Basecamp", 2, [], 5),
    (5, "headlamp", 20.0, "outdoor/headlamps", "Basecamp", 9, [], 6),
]


def _vec(direction: int, noise: float = 0.0) -> np.ndarray:
    v = np.full(DIM, noise, dtype=np.float32)
    if direction == 9:  # between directions 0 and 2: second nearest to a direction-0 query
        v[0], v[2] = 0.6, 0.8
    else:
        v[direction] = 1.0
    return v / np.linalg.norm(v)


def _docs() -> list[IndexDoc]:
    out = []
    for pid, title, price, cat, brand, qty, attrs, d in PRODUCTS:
        parts = cat.split("/")
        out.append(IndexDoc(
            pid,
            np.stack([_vec(d), _vec(d, 0.1)]),  # two "language" rows
            ENC.document(terms(title)),
            {"price": price, "category": ["/".join(parts[: i + 1]) for i in range(len(parts))], "brand": brand,
             "in_stock": 1 if qty else 0, "store": ["main"], "language": ["en", "ru"], "attrs": attrs,
             "stamp": f"t{pid}|"},
        ))
    return out


@pytest.fixture(params=["edge", "server"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[VectorIndex]:
    if request.param == "edge":
        idx: VectorIndex = EdgeIndex(tmp_path / "index", create=True, dim=DIM)
    else:
        from qdrant_client import QdrantClient

        idx = ServerIndex(QdrantClient(":memory:"), "test_products", tmp_path / "server", create=True, dim=DIM)
    idx.upsert(_docs())
    idx.optimize()
    yield idx
    idx.close()


def _ids(index: VectorIndex, **kw: Any) -> list[int]:
    sparse = Bm25Encoder.query(terms("waterproof boots"))
    q = IndexQuery(dense=_vec(0)[None, :], sparse=sparse, limit=10, **kw)
    return [h.id for h in index.query(q)]


def test_modes_rank_what_they_should(index: VectorIndex) -> None:
    assert _ids(index, mode="dense")[:2] == [1, 2]
    bm25 = _ids(index, mode="bm25")
    assert set(bm25) == {1, 2, 3} and bm25[-1] == 2  # only documents with a query term; suede has just "boots"
    hybrid = _ids(index, mode="hybrid")
    assert hybrid[0] == 1  # first in both legs


@pytest.mark.parametrize("fusion", ["rrf", "dbsf", "weighted"])
def test_fusion_methods(index: VectorIndex, fusion: str) -> None:
    assert _ids(index, mode="hybrid", fusion=fusion)[0] == 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(price_max=100), {1, 3, 5}),
        (Filters(price_min=90, price_max=150), {1, 2}),
        (Filters(category="footwear"), {1, 2, 3}),  # a prefix of the path
        (Filters(category="footwear/hiking-boots"), {1, 2}),
        (Filters(brand="Basecamp"), {4, 5}),
        (Filters(in_stock=True), {1, 3, 4, 5}),  # stored as 0/1: qdrant-edge 0.9.0 never matches a bool
        (Filters(in_stock=False), {2}),
        (Filters(store="main", language="ru"), {1, 2, 3, 4, 5}),
        (Filters(language="zh"), set()),
        (Filters(exclude_attrs=["leather"]), {2, 3, 4, 5}),
        (Filters(exclude_ids=[1, 2]), {3, 4, 5}),
        (Filters(category="footwear", price_max=100, exclude_attrs=["material=leather"]), {3}),
    ],
)
def test_filters_are_the_same_on_both_backends(index: VectorIndex, filters: Filters, expected: set[int]) -> None:
    assert index.count(filters) == len(expected)
    got = {h.id for h in index.query(IndexQuery(dense=_vec(0)[None, :], mode="dense", limit=10, filters=filters))}
    assert got == expected


def test_payload_update_delete_and_stamps(index: VectorIndex) -> None:
    index.set_payload({2: {"price": 60.0, "in_stock": 1}})
    assert index.count(Filters(price_max=100, in_stock=True)) == 4
    index.delete([5])
    assert index.count() == 4
    assert index.stamps() == {1: "t1|", 2: "t2|", 3: "t3|", 4: "t4|"}
    hits = index.query(IndexQuery(dense=_vec(0)[None, :], mode="dense", limit=3, with_payload=["attrs"]))
    assert hits[0].payload.get("attrs")


def test_edge_index_persists_and_reopens(tmp_path: Path) -> None:
    idx = EdgeIndex(tmp_path / "index", create=True, dim=DIM)
    idx.upsert(_docs())
    idx.meta.embedder = "test/model"
    idx.save_side()
    idx.close()
    settings = Settings(data_dir=tmp_path)
    again = make_index(settings)
    try:
        assert again.count() == len(PRODUCTS) and again.meta.embedder == "test/model"
    finally:
        again.close()


def test_missing_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailable) as err:
        make_index(Settings(data_dir=tmp_path / "nothing"))
    assert "shopkeeper index" in (err.value.hint or "")


def test_corrupt_index_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    root = tmp_path / "index"
    (root / "products").mkdir(parents=True)
    (root / "products" / "garbage").write_bytes(b"\x00not a shard")
    (root / "meta.json").write_text('{"layout": 99}')
    with pytest.raises(IndexUnavailable):
        make_index(Settings(data_dir=tmp_path))
    (root / "meta.json").write_text("{not json")
    with pytest.raises(IndexUnavailable):
        make_index(Settings(data_dir=tmp_path))


def test_server_backend_by_url(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, index={"url": ":memory:"})
    with pytest.raises(IndexUnavailable):
        make_index(settings)  # no collection yet
    idx = open_index(settings, create=True, dim=DIM)
    idx.upsert(_docs())
    assert isinstance(make_index(settings), ServerIndex) and make_index(settings).count() == len(PRODUCTS)


def test_one_shard_per_directory_in_a_process(tmp_path: Path) -> None:
    """The engine locks its WAL: every opener of a path in this process shares one shard, and a rebuild swaps it."""
    first = EdgeIndex(tmp_path / "index", create=True, dim=DIM)
    first.upsert(_docs())
    first.save_side()
    reader = make_index(Settings(data_dir=tmp_path))  # a second open would fail with WouldBlock without sharing
    assert reader.count() == len(PRODUCTS)
    rebuilt = EdgeIndex(tmp_path / "index", create=True, dim=DIM)
    rebuilt.upsert(_docs()[:2])
    assert reader.count() == 2  # the reader sees the rebuilt shard
    for idx in (first, rebuilt, reader):
        idx.close()
    again = make_index(Settings(data_dir=tmp_path))
    assert again.count() == 2
    again.close()
