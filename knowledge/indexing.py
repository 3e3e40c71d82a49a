"""DB -> search index: documents from products, full and incremental builds (``shopkeeper index [--rebuild]``).

A document per product: every language text of it (title and description) plus its category names in every
language, brand and attribute values go into the sparse BM25 vector; the dense vector is a multivector with one
row per language title (+ category name), so a query meets the text in its own language (evals/embeddings.py
measured this against one averaged vector and English-only titles). The payload carries what filters touch.

Incremental: each point stores a stamp ``<product updated_at>|<latest stock change>``. A changed product part
re-embeds the product; a changed stock part only refreshes the payload (in_stock); products gone from the DB (or
made inactive) are deleted from the index.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from knowledge.db import session_scope, store_exists
from knowledge.embeddings import Embedder
from knowledge.index import IndexDoc, VectorIndex, open_index
from knowledge.text import Bm25Encoder, Token, Vocabulary, tokens
from shopkeeper.errors import StoreUnavailable
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

BATCH = 256


@dataclass
class ProductSource:
    """What the index needs of one product, read from the DB."""

    id: int
    texts: dict[str, tuple[str, str]]  # lang -> (title, description)
    category_path: str | None
    category_names: dict[str, str]
    brand: str | None
    attributes: dict[str, Any]
    price: float
    qty: int
    stores: list[str]
    stamp: str

    def sparse_tokens(self) -> list[Token]:
        parts: list[str] = []
        for title, desc in self.texts.values():
            parts += [title, title, desc]  # the title counts twice: it says what the product is
        parts += list(self.category_names.values())
        if self.brand:
            parts.append(self.brand)
        parts += [str(v) for v in self.attributes.values() if isinstance(v, str)]
        return [t for p in parts for t in tokens(p)]

    def dense_texts(self) -> list[str]:
        out = []
        for lang, (title, _) in sorted(self.texts.items()):
            cat = self.category_names.get(lang) or ""
            out.append(f"{title}. {cat}" if cat and cat.lower() not in title.lower() else title)
        return out

    def payload(self) -> dict[str, Any]:
        path = (self.category_path or "").strip("/")
        prefixes = ["/".join(path.split("/")[: i + 1]) for i in range(len(path.split("/")))] if path else []
        attrs: list[str] = []
        for k, v in self.attributes.items():
            if isinstance(v, bool):
                attrs.append(f"{k}={'true' if v else 'false'}")
                if v:
                    attrs.append(k)
            elif isinstance(v, str | int | float):
                attrs += [f"{k}={v}", str(v).lower()]
            elif isinstance(v, list):
                # "sizes": ["41", "42"] -> "sizes=42" and "size=42" (what the query parser asks for)
                single = k[:-1] if k.endswith("s") else k
                attrs += [f"{key}={item}" for item in v if isinstance(item, str | int | float)
                          for key in {k, single}]
        return {
            "price": self.price,
            "category": prefixes,
            "brand": self.brand or "",
            "in_stock": 1 if self.qty > 0 else 0,
            "store": self.stores,
            "language": sorted(self.texts),
            "attrs": attrs,
            "stamp": self.stamp,
        }


def _stock_by_product(s: Session, ids: Sequence[int] | None = None) -> dict[int, tuple[int, list[str], str]]:
    from knowledge.schema import Location, Stock

    q = (
        select(Stock.product_id, func.sum(Stock.qty_system), func.max(Stock.updated_at), Location.store)
        .join(Location, Location.id == Stock.location_id)
        .group_by(Stock.product_id, Location.store)
    )
    if ids is not None:
        q = q.where(Stock.product_id.in_(ids))
    out: dict[int, tuple[int, list[str], str]] = {}
    for pid, qty, last, store in s.execute(q):
        prev = out.get(pid, (0, [], ""))
        out[pid] = (prev[0] + int(qty or 0), [*prev[1], store], max(prev[2], str(last or "")))
    return out


def read_products(db_url: str, ids: Sequence[int] | None = None, batch: int = BATCH) -> Iterator[list[ProductSource]]:
    """Active products in id order, a batch at a time (all of them, or only ``ids``)."""
    from knowledge.schema import Product

    with session_scope(db_url) as s:
        last = 0
        while True:
            q = (
                select(Product)
                .options(selectinload(Product.texts), selectinload(Product.category))
                .where(Product.active.is_(True), Product.id > last)
                .order_by(Product.id)
                .limit(batch)
            )
            if ids is not None:
                q = q.where(Product.id.in_(ids))
            rows = list(s.scalars(q))
            if not rows:
                return
            last = rows[-1].id
            stock = _stock_by_product(s, [p.id for p in rows])
            out = []
            for p in rows:
                texts = {t.lang: (t.title, t.description or "") for t in p.texts}
                texts.setdefault(p.language or "en", (p.title, p.description or ""))
                qty, stores, stock_at = stock.get(p.id, (0, [], ""))
                out.append(ProductSource(
                    id=p.id,
                    texts=texts,
                    category_path=p.category.path if p.category else None,
                    category_names={k: v for k, v in (p.category.names or {}).items() if isinstance(v, str)}
                    if p.category else {},
                    brand=p.brand,
                    attributes=dict(p.attributes or {}),
                    price=float(p.price),
                    qty=qty,
                    stores=stores or ["main"],
                    stamp=f"{p.updated_at.isoformat() if p.updated_at else ''}|{stock_at}",
                ))
            s.expunge_all()
            yield out


def db_stamps(db_url: str) -> dict[int, str]:
    """Every active product's stamp, without loading the products."""
    from knowledge.schema import Product

    with session_scope(db_url) as s:
        stock = _stock_by_product(s)
        return {
            pid: f"{upd.isoformat() if upd else ''}|{stock.get(pid, (0, [], ''))[2]}"
            for pid, upd in s.execute(select(Product.id, Product.updated_at).where(Product.active.is_(True)))
        }


def to_docs(batch: list[ProductSource], embedder: Embedder, encoder: Bm25Encoder,
            vocab: Vocabulary | None) -> list[IndexDoc]:
    texts: list[str] = []
    spans: list[tuple[int, int]] = []
    for p in batch:
        dt_ = p.dense_texts()
        spans.append((len(texts), len(texts) + len(dt_)))
        texts += dt_
    vectors = embedder.embed(texts) if texts else np.zeros((0, embedder.dim), dtype=np.float32)
    docs = []
    for p, (a, b) in zip(batch, spans, strict=True):
        toks = p.sparse_tokens()
        if vocab is not None:
            vocab.add_document(toks)
        dense = vectors[a:b] if b > a else np.zeros((1, embedder.dim), dtype=np.float32)
        docs.append(IndexDoc(p.id, dense, encoder.document(t.term for t in toks), p.payload()))
    return docs


@dataclass
class BuildResult:
    mode: str  # "rebuild" | "incremental"
    indexed: int = 0
    payload_refreshed: int = 0
    deleted: int = 0
    total: int = 0
    seconds: float = 0.0


Progress = Callable[[int, int], None]  # (done, total)


def build_index(settings: Settings, embedder: Embedder, *, rebuild: bool = False, multivector: bool = True,
                progress: Progress | None = None) -> BuildResult:
    """Build (``rebuild`` or no index yet) or bring the index up to date with the DB."""
    import time

    from knowledge.index import IndexHeld
    from shopkeeper.errors import IndexUnavailable

    t0 = time.perf_counter()
    if not store_exists(settings.db_url):
        raise StoreUnavailable("there is no store database to index", hint="run `shopkeeper demo` or import a catalog")
    started = dt.datetime.now(dt.UTC).isoformat()
    index: VectorIndex | None = None
    if rebuild and not settings.index.url:
        try:  # opened only to learn whether another process holds it: a rebuild wipes the directory
            open_index(settings).close()
        except IndexHeld:
            raise
        except IndexUnavailable:
            pass
    if not rebuild:
        try:
            index = open_index(settings)
            if index.meta.embedder != embedder.name or index.meta.multivector != multivector:
                log.info("embedder or layout changed (%s -> %s): rebuilding", index.meta.embedder, embedder.name)
                index.close()
                index = None
        except IndexHeld:
            raise  # a rebuild would wipe the directory under the process that holds it
        except IndexUnavailable:
            index = None
    if index is None:
        result = _full_build(settings, embedder, multivector, progress)
    else:
        try:
            result = incremental_update(settings, index, embedder, progress)
            index.meta.built_at = started
            index.meta.products = index.count()
            result.total = index.meta.products
            index.save_side(index.vocabulary())
        finally:
            index.close()
    result.seconds = time.perf_counter() - t0
    return result


def _full_build(settings: Settings, embedder: Embedder, multivector: bool, progress: Progress | None) -> BuildResult:
    from knowledge.schema import Product

    with session_scope(settings.db_url) as s:
        total = int(s.scalar(select(func.count()).select_from(Product).where(Product.active.is_(True))) or 0)
    index = open_index(settings, create=True, dim=embedder.dim, multivector=multivector)
    vocab = Vocabulary()
    encoder: Bm25Encoder | None = None
    done = 0
    try:
        for batch in read_products(settings.db_url):
            if encoder is None:
                # BM25 length normalization needs the average document length before the first document is
                # encoded: the first batch is a fair sample (products are generated and imported in mixed order).
                lens = [len(p.sparse_tokens()) for p in batch]
                encoder = Bm25Encoder(avg_len=max(1.0, sum(lens) / len(lens)))
            index.upsert(to_docs(batch, embedder, encoder, vocab))
            done += len(batch)
            if progress:
                progress(done, total)
        index.optimize()  # build HNSW and merge segments once, after the bulk load
        index.meta.embedder = embedder.name
        index.meta.avg_len = encoder.avg_len if encoder else 24.0
        index.meta.built_at = dt.datetime.now(dt.UTC).isoformat()
        index.meta.products = done
        index.save_side(vocab)
    finally:
        index.close()
    return BuildResult("rebuild", indexed=done, total=done)


def incremental_update(settings: Settings, index: VectorIndex, embedder: Embedder,
                       progress: Progress | None) -> BuildResult:
    """Bring an open index up to date with the DB: changed products re-embedded, stock and price payloads of the
    others refreshed, products no longer active removed (``shopkeeper index``, and the server's follower)."""
    in_db = db_stamps(settings.db_url)
    in_index = index.stamps()
    gone = [pid for pid in in_index if pid not in in_db]
    changed: list[int] = []
    stock_only: list[int] = []
    for pid, stamp in in_db.items():
        old = in_index.get(pid)
        if old is None or old.split("|")[0] != stamp.split("|")[0]:
            changed.append(pid)
        elif old != stamp:
            stock_only.append(pid)
    result = BuildResult("incremental", deleted=len(gone))
    index.delete(gone)
    encoder = Bm25Encoder(avg_len=index.meta.avg_len)
    vocab = index.vocabulary()
    total = len(changed) + len(stock_only)
    done = 0
    if changed:
        for batch in read_products(settings.db_url, ids=changed):
            index.upsert(to_docs(batch, embedder, encoder, vocab))
            done += len(batch)
            result.indexed += len(batch)
            if progress:
                progress(done, total)
    if stock_only:
        for batch in read_products(settings.db_url, ids=stock_only):
            index.set_payload({p.id: {"in_stock": 1 if p.qty > 0 else 0, "stamp": p.stamp, "price": p.price}
                               for p in batch})
            done += len(batch)
            result.payload_refreshed += len(batch)
            if progress:
                progress(done, total)
    if progress:
        progress(total, total)
    return result
