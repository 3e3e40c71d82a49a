"""The products collection behind a ``VectorIndex`` protocol, with two backends sharing one layout and one filter.

- ``EdgeIndex``: Qdrant's in-process engine (qdrant-edge-py) on disk at ``settings.index_path`` — the default.
- ``ServerIndex``: a Qdrant server or cluster by URL through qdrant-client (``SHOPKEEPER_INDEX__URL``). No Qdrant
  server binary is installable on the build machine, so it is exercised with qdrant-client's local mode
  (``QdrantClient(":memory:")``), which speaks the same API (brute force, fine for tests, not for scale).

Collection layout (both backends): point id = product id; named dense vector ``dense`` (cosine; a multivector with
MaxSim, one row per language text, so a Russian query meets the Russian title); named sparse vector ``sparse``
(BM25 document weights from ``knowledge.text``, ``Modifier.IDF`` so the engine applies IDF from its own statistics);
payload for filtering only — prices and stock shown to shoppers are always re-read from the DB:
``price`` float, ``category`` list of path prefixes, ``brand`` keyword, ``in_stock`` 0/1 integer (qdrant-edge 0.9.0
never matches ``MatchValue(True)`` on a bool), ``store`` keywords, ``language`` keywords, ``attrs`` keywords
(``"material=leather"`` and ``"leather"``), ``updated_at`` ISO string (incremental builds).

Side files next to the collection: ``meta.json`` (layout version, embedder, BM25 average length, last build) and
``vocab.json`` (the typo-correction vocabulary).
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from knowledge.text import Vocabulary
from shopkeeper.errors import DependencyMissing, IndexUnavailable
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

LAYOUT_VERSION = 1
DENSE = "dense"
SPARSE = "sparse"
HINT = "run `shopkeeper index` to build it (or `shopkeeper index --rebuild`)"
HELD_HINT = (
    "a running `shopkeeper serve` is the index's one writer, and it picks up catalog changes in the database by "
    "itself within `SHOPKEEPER_INDEX__FOLLOW_S` seconds (5 by default): nothing else to run; or stop the server "
    "and run the command again"
)


class IndexHeld(IndexUnavailable):
    """The embedded index exists but another process (the server) holds it: not a missing index to rebuild."""

    code = "index_held"


Mode = Literal["hybrid", "dense", "bm25"]
Fusion = Literal["rrf", "dbsf", "weighted"]
# Payload fields with an index, and their kind: what filters touch.
PAYLOAD_INDEXES: dict[str, str] = {
    "price": "float",
    "category": "keyword",
    "brand": "keyword",
    "in_stock": "integer",
    "store": "keyword",
    "language": "keyword",
    "attrs": "keyword",
}


@dataclass
class IndexDoc:
    id: int
    dense: npt.NDArray[np.float32]  # shape (dim,) or (k, dim) for a multivector
    sparse: tuple[list[int], list[float]]
    payload: dict[str, Any]


@dataclass
class Filters:
    price_min: float | None = None
    price_max: float | None = None
    category: str | None = None  # path prefix
    brand: str | None = None
    in_stock: bool | None = None
    store: str | None = None
    language: str | None = None
    exclude_attrs: list[str] = field(default_factory=list)  # "leather", "material=leather"
    exclude_ids: list[int] = field(default_factory=list)
    ids: list[int] | None = None  # restrict to these products


@dataclass
class IndexQuery:
    dense: npt.NDArray[np.float32] | None = None
    sparse: tuple[list[int], list[float]] | None = None
    mode: Mode = "hybrid"
    fusion: Fusion = "rrf"
    limit: int = 10
    prefetch: int = 100
    filters: Filters = field(default_factory=Filters)
    weights: tuple[float, float] = (1.0, 1.0)  # dense, sparse (weighted fusion)
    with_payload: list[str] | None = None  # payload fields to return (for re-ranking); None: none


@dataclass
class IndexHit:
    id: int
    score: float
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class IndexMeta:
    layout: int = LAYOUT_VERSION
    embedder: str = ""
    dim: int = 0
    multivector: bool = True
    avg_len: float = 24.0
    built_at: str | None = None  # DB time of the last build: products updated after it are re-indexed
    products: int = 0

    @classmethod
    def load(cls, path: Path) -> IndexMeta:
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.__dict__, indent=1), encoding="utf-8")
        tmp.replace(path)


@runtime_checkable
class VectorIndex(Protocol):
    meta: IndexMeta

    def upsert(self, docs: Sequence[IndexDoc]) -> None: ...
    def set_payload(self, items: dict[int, dict[str, Any]]) -> None: ...
    def delete(self, ids: Sequence[int]) -> None: ...
    def query(self, q: IndexQuery) -> list[IndexHit]: ...
    def count(self, filters: Filters | None = None) -> int: ...
    def stamps(self) -> dict[int, str]: ...
    def optimize(self) -> None: ...
    def vocabulary(self) -> Vocabulary: ...
    def save_side(self, vocab: Vocabulary | None = None) -> None: ...
    def close(self) -> None: ...


# --- one filter builder --------------------------------------------------------------------------------------------

Cond = tuple[str, str, Any]  # ("range", key, (gte, lte)) | ("value", key, v) | ("any", key, [v...]) | ("ids", "", [..])


def build_conditions(f: Filters) -> tuple[list[Cond], list[Cond]]:
    """Neutral (must, must_not) conditions that each backend translates to its own classes."""
    must: list[Cond] = []
    must_not: list[Cond] = []
    if f.price_min is not None or f.price_max is not None:
        must.append(("range", "price", (f.price_min, f.price_max)))
    if f.category:
        must.append(("value", "category", f.category.strip("/")))
    if f.brand:
        must.append(("value", "brand", f.brand))
    if f.in_stock is not None:
        must.append(("value", "in_stock", 1 if f.in_stock else 0))
    if f.store:
        must.append(("value", "store", f.store))
    if f.language:
        must.append(("value", "language", f.language))
    if f.ids is not None:
        must.append(("ids", "", list(f.ids)))
    if f.exclude_attrs:
        must_not.append(("any", "attrs", list(f.exclude_attrs)))
    if f.exclude_ids:
        must_not.append(("ids", "", list(f.exclude_ids)))
    return must, must_not


def _side_paths(root: Path) -> tuple[Path, Path]:
    return root / "meta.json", root / "vocab.json"


class _SideFiles:
    """meta.json and vocab.json handling shared by both backends."""

    root: Path
    meta: IndexMeta
    _vocab: Vocabulary | None = None

    def _load_side(self) -> None:
        meta_path, _ = _side_paths(self.root)
        try:
            self.meta = IndexMeta.load(meta_path) if meta_path.exists() else IndexMeta()
        except (OSError, ValueError, TypeError) as exc:
            raise IndexUnavailable(f"the search index metadata at {meta_path} is unreadable: {exc}",
                                   hint="run `shopkeeper index --rebuild`") from exc
        if self.meta.layout != LAYOUT_VERSION:
            raise IndexUnavailable(f"the search index has layout {self.meta.layout}, expected {LAYOUT_VERSION}",
                                   hint="run `shopkeeper index --rebuild`")

    def vocabulary(self) -> Vocabulary:
        meta_path, _ = _side_paths(self.root)
        try:
            stamp = meta_path.stat().st_mtime_ns
        except OSError:
            stamp = 0
        if stamp != getattr(self, "_side_stamp", stamp):
            # Another holder (an incremental build or a rebuild in this process) wrote new side files.
            self._vocab = None
            self._load_side()
        self._side_stamp = stamp
        if self._vocab is None:
            _, vocab_path = _side_paths(self.root)
            try:
                self._vocab = Vocabulary.load(vocab_path) if vocab_path.exists() else Vocabulary()
            except (OSError, ValueError, KeyError) as exc:
                log.warning("typo vocabulary unreadable (%s): typo correction is off until the next index build", exc)
                self._vocab = Vocabulary()
        return self._vocab

    def save_side(self, vocab: Vocabulary | None = None) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        meta_path, vocab_path = _side_paths(self.root)
        self.meta.save(meta_path)
        if vocab is not None:
            self._vocab = vocab
            vocab.save(vocab_path)


def _payload_for_id(ids: Sequence[int]) -> list[Any]:
    return [int(i) for i in ids]


# --- qdrant-edge backend -------------------------------------------------------------------------------------------


@dataclass
class _Shared:
    """One open shard per directory in a process: the engine locks its WAL, so a second open would fail."""

    shard: Any
    refs: int = 0


_OPEN: dict[str, _Shared] = {}
# Opening, counting and closing the shared shards: threads open and close references at once (searches, the
# console's edits, the index follower), and a close that saw no holder must not release a shard another thread has
# just taken.
_OPEN_LOCK = threading.RLock()


class EdgeIndex(_SideFiles):
    """Qdrant's in-process engine on disk (the default).

    The engine allows one opener per directory (it locks its write-ahead log), so every ``EdgeIndex`` of a path in
    this process shares one shard, and a rebuild swaps the shard under all of them. Another *process* cannot open
    the directory while this one holds it: run ``shopkeeper index`` where the assistant runs, or stop it first.
    """

    def __init__(self, root: Path, *, create: bool = False, dim: int = 512, multivector: bool = True) -> None:
        import qdrant_edge as q

        self.q = q
        self.root = root
        shard_dir = root / "products"
        self._key = str(shard_dir.resolve())
        self._closed = False
        if create:
            with _OPEN_LOCK:  # a rebuild swaps the shard under every holder at once
                held = _OPEN.get(self._key)
                if held is not None:
                    held.shard.close()  # released for the rebuild; every holder gets the new shard below
                if root.exists():
                    shutil.rmtree(root)
                shard_dir.mkdir(parents=True)
                self.meta = IndexMeta(dim=dim, multivector=multivector)
                mv = q.MultiVectorConfig(q.MultiVectorComparator.MaxSim) if multivector else None
                cfg = q.EdgeConfig(
                    vectors={DENSE: q.EdgeVectorParams(size=dim, distance=q.Distance.Cosine, multivector_config=mv)},
                    sparse_vectors={SPARSE: q.EdgeSparseVectorParams(modifier=q.Modifier.Idf)},
                )
                shard = q.EdgeShard.create(str(shard_dir), cfg)
                kinds = {"float": q.PayloadSchemaType.Float, "keyword": q.PayloadSchemaType.Keyword,
                         "integer": q.PayloadSchemaType.Integer}
                for name, kind in PAYLOAD_INDEXES.items():
                    shard.update(q.UpdateOperation.create_field_index(name, kinds[kind]))
                if held is not None:
                    held.shard = shard
                self._shared = _OPEN.setdefault(self._key, _Shared(shard))
                self._shared.refs += 1
                self.save_side()
                return
        if not (root / "meta.json").exists() or not shard_dir.exists():
            raise IndexUnavailable(f"no search index at {root}", hint=HINT)
        self._load_side()
        with _OPEN_LOCK:
            held = _OPEN.get(self._key)
            if held is None:
                try:
                    held = _Shared(q.EdgeShard.load(str(shard_dir)))
                except Exception as exc:  # the engine raises plain exceptions for corrupt, foreign or locked data
                    if "WouldBlock" in str(exc):  # the write-ahead log is locked: another process has it open
                        raise IndexHeld(f"the search index at {root} is open in another process",
                                        hint=HELD_HINT) from exc
                    raise IndexUnavailable(f"the search index at {root} cannot be opened: {exc}", hint=HINT) from exc
                _OPEN[self._key] = held
            held.refs += 1
            self._shared = held

    @property
    def shard(self) -> Any:
        return self._shared.shard

    # conversions
    def _vector(self, d: IndexDoc) -> dict[str, Any]:
        dense = d.dense if self.meta.multivector else (d.dense if d.dense.ndim == 1 else d.dense.mean(axis=0))
        return {DENSE: np.atleast_2d(dense).tolist() if self.meta.multivector else dense.tolist(),
                SPARSE: self.q.SparseVector(list(d.sparse[0]), list(d.sparse[1]))}

    def _filter(self, f: Filters) -> Any:
        q = self.q
        must, must_not = build_conditions(f)

        def conv(c: Cond) -> Any:
            kind, key, val = c
            if kind == "range":
                return q.FieldCondition(key, range=q.RangeFloat(gte=val[0], lte=val[1]))
            if kind == "value":
                return q.FieldCondition(key, match=q.MatchValue(val))
            if kind == "any":
                return q.FieldCondition(key, match=q.MatchAny(val))
            return q.HasIdCondition(set(val))

        if not must and not must_not:
            return None
        return q.Filter(must=[conv(c) for c in must] or None, must_not=[conv(c) for c in must_not] or None)

    def _dense_query(self, v: npt.NDArray[np.float32]) -> Any:
        vec = np.atleast_2d(v).tolist() if self.meta.multivector else np.asarray(v).ravel().tolist()
        return self.q.Query.Nearest(vec, using=DENSE)

    def upsert(self, docs: Sequence[IndexDoc]) -> None:
        if docs:
            pts = [self.q.Point(int(d.id), self._vector(d), d.payload) for d in docs]
            self.shard.update(self.q.UpdateOperation.upsert_points(pts))

    def set_payload(self, items: dict[int, dict[str, Any]]) -> None:
        for pid, payload in items.items():
            self.shard.update(self.q.UpdateOperation.set_payload([int(pid)], payload))

    def delete(self, ids: Sequence[int]) -> None:
        if ids:
            self.shard.update(self.q.UpdateOperation.delete_points(_payload_for_id(ids)))

    def query(self, iq: IndexQuery) -> list[IndexHit]:
        q = self.q
        flt = self._filter(iq.filters)
        wp: Any = list(iq.with_payload) if iq.with_payload else False
        legs = []
        if iq.mode in ("hybrid", "dense") and iq.dense is not None:
            legs.append(self._dense_query(iq.dense))
        if iq.mode in ("hybrid", "bm25") and iq.sparse is not None and iq.sparse[0]:
            legs.append(q.Query.Nearest(q.SparseVector(list(iq.sparse[0]), list(iq.sparse[1])), using=SPARSE))
        if not legs:
            return []
        if len(legs) == 1:
            req = q.QueryRequest(limit=iq.limit, query=legs[0], filter=flt, with_payload=wp, with_vector=False)
        else:
            if iq.fusion == "dbsf":
                fusion: Any = q.Fusion.Dbsf()
            elif iq.fusion == "weighted":
                fusion = q.Fusion.Rrf(k=60, weights=list(iq.weights))
            else:
                fusion = q.Fusion.Rrf(k=60)
            req = q.QueryRequest(
                limit=iq.limit,
                prefetches=[q.Prefetch(limit=iq.prefetch, query=leg, filter=flt) for leg in legs],
                query=fusion,
                filter=flt,
                with_payload=wp,
                with_vector=False,
            )
        return [IndexHit(int(p.id), float(p.score), dict(p.payload or {})) for p in self.shard.query(req)]

    def count(self, filters: Filters | None = None) -> int:
        return int(self.shard.count(self.q.CountRequest(filter=self._filter(filters or Filters()), exact=True)))

    def stamps(self) -> dict[int, str]:
        out: dict[int, str] = {}
        offset = None
        while True:
            recs, offset = self.shard.scroll(
                self.q.ScrollRequest(offset=offset, limit=2048, with_payload=["stamp"], with_vector=False)
            )
            for r in recs:
                out[int(r.id)] = str((r.payload or {}).get("stamp", ""))
            if offset is None:
                return out

    def optimize(self) -> None:
        self.shard.optimize()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with _OPEN_LOCK:
            self._shared.refs -= 1
            last = self._shared.refs <= 0
            if last:
                try:
                    self.shard.flush()
                    self.shard.close()
                except Exception as exc:  # closing after a fault: nothing left to do
                    log.debug("closing the edge shard: %s", exc)
                if _OPEN.get(self._key) is self._shared:
                    del _OPEN[self._key]
        if not last:
            # Other holders keep the shard open: flushing this reference's writes needs no lock, and must not make
            # every search that opens a reference meanwhile wait for the disk.
            try:
                self.shard.flush()
            except Exception as exc:
                log.debug("flushing the edge shard: %s", exc)


# --- Qdrant server / cluster backend ---------------------------------------------------------------------------


class ServerIndex(_SideFiles):
    """A Qdrant server or cluster through qdrant-client; the same layout and filters as ``EdgeIndex``."""

    def __init__(self, client: Any, collection: str, root: Path, *, create: bool = False, dim: int = 512,
                 multivector: bool = True) -> None:
        try:
            from qdrant_client import models
        except ImportError as exc:
            raise DependencyMissing("qdrant-client", "qdrant-server") from exc
        self.m = models
        self.client = client
        self.collection = collection
        self.root = root
        if create:
            if client.collection_exists(collection):
                client.delete_collection(collection)
            self.meta = IndexMeta(dim=dim, multivector=multivector)
            mv = models.MultiVectorConfig(comparator=models.MultiVectorComparator.MAX_SIM) if multivector else None
            client.create_collection(
                collection,
                vectors_config={DENSE: models.VectorParams(size=dim, distance=models.Distance.COSINE,
                                                           multivector_config=mv)},
                sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
            )
            kinds = {"float": models.PayloadSchemaType.FLOAT, "keyword": models.PayloadSchemaType.KEYWORD,
                     "integer": models.PayloadSchemaType.INTEGER}
            if not getattr(client, "_client", None).__class__.__name__.startswith("QdrantLocal"):
                for name, kind in PAYLOAD_INDEXES.items():
                    client.create_payload_index(collection, name, kinds[kind])
            self.save_side()
            return
        try:
            exists = client.collection_exists(collection)
        except Exception as exc:  # connection refused, TLS, auth: the server is unreachable
            raise IndexUnavailable(f"the Qdrant server is unreachable: {exc}",
                                   hint="check SHOPKEEPER_INDEX__URL") from exc
        if not exists:
            raise IndexUnavailable(f"no collection {collection!r} on the Qdrant server", hint=HINT)
        self._load_side()

    def _filter(self, f: Filters) -> Any:
        m = self.m
        must, must_not = build_conditions(f)

        def conv(c: Cond) -> Any:
            kind, key, val = c
            if kind == "range":
                return m.FieldCondition(key=key, range=m.Range(gte=val[0], lte=val[1]))
            if kind == "value":
                return m.FieldCondition(key=key, match=m.MatchValue(value=val))
            if kind == "any":
                return m.FieldCondition(key=key, match=m.MatchAny(any=val))
            return m.HasIdCondition(has_id=val)

        if not must and not must_not:
            return None
        return m.Filter(must=[conv(c) for c in must] or None, must_not=[conv(c) for c in must_not] or None)

    def _dense(self, v: npt.NDArray[np.float32]) -> Any:
        return np.atleast_2d(v).tolist() if self.meta.multivector else np.asarray(v).ravel().tolist()

    def upsert(self, docs: Sequence[IndexDoc]) -> None:
        if not docs:
            return
        m = self.m
        pts = []
        for d in docs:
            dense = d.dense if self.meta.multivector or d.dense.ndim == 1 else d.dense.mean(axis=0)
            pts.append(m.PointStruct(id=int(d.id), payload=d.payload, vector={
                DENSE: self._dense(dense),
                SPARSE: m.SparseVector(indices=list(d.sparse[0]), values=list(d.sparse[1])),
            }))
        self.client.upsert(self.collection, points=pts, wait=True)

    def set_payload(self, items: dict[int, dict[str, Any]]) -> None:
        for pid, payload in items.items():
            self.client.set_payload(self.collection, payload=payload, points=[int(pid)])

    def delete(self, ids: Sequence[int]) -> None:
        if ids:
            self.client.delete(self.collection, points_selector=self.m.PointIdsList(points=_payload_for_id(ids)))

    def query(self, iq: IndexQuery) -> list[IndexHit]:
        m = self.m
        flt = self._filter(iq.filters)
        wp: Any = list(iq.with_payload) if iq.with_payload else False
        legs: list[tuple[Any, str]] = []
        if iq.mode in ("hybrid", "dense") and iq.dense is not None:
            legs.append((self._dense(iq.dense), DENSE))
        if iq.mode in ("hybrid", "bm25") and iq.sparse is not None and iq.sparse[0]:
            legs.append((m.SparseVector(indices=list(iq.sparse[0]), values=list(iq.sparse[1])), SPARSE))
        if not legs:
            return []
        if len(legs) == 1:
            res = self.client.query_points(self.collection, query=legs[0][0], using=legs[0][1], query_filter=flt,
                                           limit=iq.limit, with_payload=wp)
        else:
            if iq.fusion == "dbsf":
                fq: Any = m.FusionQuery(fusion=m.Fusion.DBSF)
            elif iq.fusion == "weighted" and hasattr(m, "RrfQuery"):
                fq = m.RrfQuery(rrf=m.Rrf(weights=list(iq.weights)))
            else:
                fq = m.FusionQuery(fusion=m.Fusion.RRF)
            res = self.client.query_points(
                self.collection,
                prefetch=[m.Prefetch(query=v, using=u, filter=flt, limit=iq.prefetch) for v, u in legs],
                query=fq, query_filter=flt, limit=iq.limit, with_payload=wp,
            )
        return [IndexHit(int(p.id), float(p.score), dict(p.payload or {})) for p in res.points]

    def count(self, filters: Filters | None = None) -> int:
        flt = self._filter(filters or Filters())
        return int(self.client.count(self.collection, count_filter=flt, exact=True).count)

    def stamps(self) -> dict[int, str]:
        out: dict[int, str] = {}
        offset = None
        while True:
            recs, offset = self.client.scroll(self.collection, limit=2048, offset=offset,
                                              with_payload=["stamp"], with_vectors=False)
            for r in recs:
                out[int(r.id)] = str((r.payload or {}).get("stamp", ""))
            if offset is None:
                return out

    def optimize(self) -> None:
        """The server optimizes in the background; nothing to do."""

    def close(self) -> None:
        try:
            self.client.close()
        except Exception as exc:  # already closed
            log.debug("closing the qdrant client: %s", exc)


# --- construction -----------------------------------------------------------------------------------------------


def _client(settings: Settings) -> Any:
    try:
        from qdrant_client import QdrantClient
    except ImportError as exc:
        raise DependencyMissing("qdrant-client", "qdrant-server") from exc
    url = settings.index.url or ""
    key = settings.index.api_key.get_secret_value() if settings.index.api_key else None
    if url == ":memory:":
        return QdrantClient(":memory:")
    if url.startswith("path:"):
        return QdrantClient(path=url[5:])
    return QdrantClient(url=url, api_key=key, timeout=10)


_clients: dict[str, Any] = {}


def open_index(settings: Settings, *, create: bool = False, dim: int = 512, multivector: bool = True) -> VectorIndex:
    """The products index named by settings; ``create`` wipes and lays out a new one."""
    root = settings.index_path
    if settings.index.url:
        # One client per URL: qdrant-client's local mode (":memory:") keeps its data inside the client object.
        client = _clients.get(settings.index.url) or _clients.setdefault(settings.index.url, _client(settings))
        return ServerIndex(client, f"{settings.index.collection_prefix}_products", root / "server",
                           create=create, dim=dim, multivector=multivector)
    return EdgeIndex(root, create=create, dim=dim, multivector=multivector)


def make_index(settings: Settings) -> VectorIndex:
    """Open the existing products index (``knowledge.services`` calls this); IndexUnavailable when it is missing."""
    return open_index(settings)
