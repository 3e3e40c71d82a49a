"""Build the knowledge graph (DESIGN §4) in the store DB's ``edges`` table from the catalog and the orders.

Edges, all derived from data the store holds (so an imported catalog with its orders gets the same graph):

- ``product -bought_with-> product``: item-item association over order baskets (support, confidence, lift);
- ``category -complements-> category``: categories bought together more often than by chance (lift > 1 after
  smoothing), the back-off for items with no co-purchase pairs of their own; ``significant`` marks the pairs that
  beat chance by a Poisson test, the only ones product complements are drawn from;
- ``product -complements-> product``: for each complement category, the partner products that fit best (shared
  attributes such as waterproof or overlapping sizes, bought with this very product, popular), in stock first;
- ``product -substitute_of-> product``: same category, close embedding of the title, comparable attributes and price;
- ``policy -applies_to-> category``: a policy's own category, else every department;
- ``category -in-> category`` and ``product -in-> category`` from the taxonomy; a product's edge weighs its order
  lines in the mined period (its popularity, which recommendations blend in; props ``orders`` and ``of`` baskets).

``shopkeeper graph build`` replaces these edges; ``until`` limits the orders mined (the recommend eval trains on
the orders before its split only).
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field
from sqlalchemy import delete, func, insert, select

from knowledge.db import session_scope
from knowledge.graph_mining import (
    Association,
    associations,
    attribute_fit,
    backoff_rules,
    significant,
    smoothed_lift,
    top_by_source,
)
from knowledge.schema import Category, Edge, Order, OrderLine, Policy, Product, Stock

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from knowledge.embeddings import Embedder

Progress = Callable[[str, int, int], None]  # (stage, done, total)
DERIVED_RELS = ("in", "complements", "bought_with", "substitute_of", "applies_to")


class GraphParams(BaseModel):
    """Knobs of the build; the defaults suit stores from a few hundred to tens of thousands of products."""

    until: dt.datetime | None = None  # mine only orders placed before this
    bought_with_per_product: int = Field(10, ge=1)
    complement_categories: int = Field(4, ge=1)  # complement categories kept per category
    min_category_orders: int = Field(3, ge=1)  # baskets a category pair needs before it counts
    alpha: float = Field(0.05, gt=0.0, le=1.0)  # category pairs must beat chance at this level (Poisson tail)
    backoff_categories: int = Field(8, ge=1)  # category partners kept per category for the back-off
    # Pseudo-baskets added to the expected co-occurrence of two categories (knowledge.graph_mining.smoothed_lift);
    # chosen on an earlier time split of the demo orders than the one the recommend eval holds out.
    lift_prior: float = Field(0.5, ge=0.0)
    partners_per_category: int = Field(3, ge=1)
    substitutes_per_product: int = Field(4, ge=1)
    min_similarity: float = Field(0.45, ge=-1.0, le=1.0)  # cosine of title embeddings
    min_word_overlap: float = Field(0.25, ge=0.0, le=1.0)  # Jaccard of title words, when built without embeddings
    price_ratio: float = Field(2.0, gt=1.0)  # substitutes cost within [1/r, r] x the product's price


class GraphSummary(BaseModel):
    orders: int = 0
    products: int = 0
    edges: dict[str, int] = Field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class _Item:
    id: int
    category_id: int | None
    title: str
    attributes: dict[str, Any]
    price: float
    stock: int | None  # None: the store keeps no stock record for it
    sold: int = 0  # order lines in the mined period

    @property
    def available(self) -> bool:
        return self.stock is None or self.stock > 0


@dataclass
class _Edges:
    rows: list[dict[str, Any]] = field(default_factory=list)
    keys: set[tuple[Any, ...]] = field(default_factory=set)

    def add(self, src_kind: str, src: int, rel: str, dst_kind: str, dst: int, weight: float = 1.0,
            reason: str | None = None, props: dict[str, Any] | None = None) -> None:
        key = (src_kind, src, rel, dst_kind, dst)
        if key in self.keys:
            return
        self.keys.add(key)
        self.rows.append({"src_kind": src_kind, "src_id": src, "rel": rel, "dst_kind": dst_kind, "dst_id": dst,
                          "weight": float(weight), "reason": reason[:300] if reason else None, "props": props or {}})


def _load_items(session: Session) -> dict[int, _Item]:
    stock: dict[int, int] = {
        int(pid): int(qty or 0)
        for pid, qty in session.execute(
            select(Stock.product_id, func.sum(Stock.qty_system)).group_by(Stock.product_id)
        )
    }
    return {
        pid: _Item(pid, cid, title, dict(attrs or {}), float(price), stock.get(pid))
        for pid, cid, title, attrs, price in session.execute(
            select(Product.id, Product.category_id, Product.title, Product.attributes, Product.price).where(
                Product.active.is_(True)
            )
        )
    }


def load_baskets(session: Session, until: dt.datetime | None = None) -> dict[int, list[int]]:
    """Order id -> distinct product ids, for orders placed before ``until`` (all when None)."""
    q = select(OrderLine.order_id, OrderLine.product_id).join(Order, Order.id == OrderLine.order_id)
    if until is not None:
        q = q.where(Order.placed_at < until)
    baskets: dict[int, list[int]] = defaultdict(list)
    for oid, pid in session.execute(q.order_by(OrderLine.order_id, OrderLine.id)):
        if pid not in baskets[oid]:
            baskets[oid].append(pid)
    return dict(baskets)


def _taxonomy(edges: _Edges, session: Session, items: dict[int, _Item], baskets: int) -> None:
    for cid, parent in session.execute(select(Category.id, Category.parent_id).where(Category.parent_id.is_not(None))):
        if parent is not None:
            edges.add("category", cid, "in", "category", parent)
    for it in items.values():
        if it.category_id is not None:
            edges.add("product", it.id, "in", "category", it.category_id, float(it.sold),
                      props={"orders": it.sold, "of": baskets})


def _bought_with(edges: _Edges, baskets: list[list[int]], items: dict[int, _Item], p: GraphParams) -> None:
    rules = [r for r in associations(baskets) if r.src in items and r.dst in items]
    for r in top_by_source(rules, p.bought_with_per_product, min_lift=0.0):
        edges.add("product", r.src, "bought_with", "product", r.dst, r.confidence,
                  f"bought together in {r.together} orders", r.props())


def _category_rules(edges: _Edges, baskets: list[list[int]], items: dict[int, _Item], p: GraphParams,
                    names: dict[int, str]) -> list[Association]:
    """Write the category back-off edges; return the significant rules product complements are drawn from."""
    cat_baskets = [[c for c in {items[i].category_id for i in b if i in items} if c is not None] for b in baskets]
    every = [r for r in associations(cat_baskets) if r.src != r.dst]
    strong = significant([r for r in every if r.together >= p.min_category_orders], len(cat_baskets),
                         p.complement_categories, alpha=p.alpha)
    keys = {(r.src, r.dst) for r in strong}
    smoothed = backoff_rules(every, len(cat_baskets), p.backoff_categories, prior=p.lift_prior)
    for r in strong + [r for r, _ in smoothed if (r.src, r.dst) not in keys]:
        lift = smoothed_lift(r, len(cat_baskets), p.lift_prior)
        edges.add("category", r.src, "complements", "category", r.dst, round(lift, 4),
                  f"{names.get(r.dst, '')} often bought with {names.get(r.src, '')}",
                  {**r.props(), "smoothed_lift": round(lift, 4), "significant": (r.src, r.dst) in keys})
    return strong


def _complements(edges: _Edges, rules: list[Association], baskets: list[list[int]], items: dict[int, _Item],
                 p: GraphParams, names: dict[int, str], progress: Progress) -> None:
    pair_orders: Counter[tuple[int, int]] = Counter()
    for b in baskets:
        for a in b:
            for c in b:
                if a != c:
                    pair_orders[(a, c)] += 1
    by_cat: dict[int, list[_Item]] = defaultdict(list)
    for it in items.values():
        if it.category_id is not None:
            by_cat[it.category_id].append(it)
    by_src: dict[int, list[Association]] = defaultdict(list)
    for r in rules:
        by_src[r.src].append(r)
    sources = [it for it in items.values() if it.category_id in by_src]
    for n, base in enumerate(sources, 1):
        for rule in by_src[base.category_id or 0]:
            scored = []
            for q in by_cat.get(rule.dst, []):
                matched = attribute_fit(base.attributes, q.attributes)
                together = pair_orders.get((base.id, q.id), 0)
                score = 3.0 * together + len(matched) + math.log1p(q.sold)
                scored.append((not q.available, -score, q.id, q, matched, together))
            scored.sort(key=lambda t: t[:3])
            for _, neg, _, q, matched, together in scored[: p.partners_per_category]:
                edges.add("product", base.id, "complements", "product", q.id, round(-neg, 3),
                          f"{names.get(rule.dst, 'this')} goes with {names.get(rule.src, 'it')}",
                          {"category_orders": rule.together, "category_lift": round(rule.lift, 3),
                           "matched": matched, "orders": together})
        if n % 200 == 0 or n == len(sources):
            progress("complements", n, len(sources))


def _substitutes(edges: _Edges, items: dict[int, _Item], embedder: Embedder | None, p: GraphParams,
                 progress: Progress) -> None:
    by_cat: dict[int, list[_Item]] = defaultdict(list)
    for it in items.values():
        if it.category_id is not None:
            by_cat[it.category_id].append(it)
    done, total = 0, len(items)
    threshold = p.min_similarity if embedder is not None else p.min_word_overlap
    for group in by_cat.values():
        group.sort(key=lambda it: it.id)
        if len(group) > 1:
            sims = _similarity([it.title for it in group], embedder)
            for i, base in enumerate(group):
                candidates = []
                for j, q in enumerate(group):
                    if i == j or sims[i, j] < threshold:
                        continue
                    ratio = q.price / base.price if base.price > 0 else math.inf
                    if not (1.0 / p.price_ratio <= ratio <= p.price_ratio):
                        continue
                    keys_a, keys_b = set(base.attributes), set(q.attributes)
                    if keys_a and keys_b and len(keys_a & keys_b) / len(keys_a | keys_b) < 0.5:
                        continue  # not comparable: the two describe different things
                    matched = attribute_fit(base.attributes, q.attributes)
                    candidates.append((float(sims[i, j]) + 0.05 * len(matched), q, matched, ratio, float(sims[i, j])))
                candidates.sort(key=lambda c: (-c[0], c[1].id))
                for score, q, matched, ratio, sim in candidates[: p.substitutes_per_product]:
                    edges.add("product", base.id, "substitute_of", "product", q.id, round(score, 4),
                              "similar product at a comparable price",
                              {"similarity": round(sim, 4), "price_ratio": round(ratio, 3), "matched": matched})
        done += len(group)
        progress("substitutes", done, total)


def _similarity(texts: list[str], embedder: Embedder | None) -> np.ndarray:
    """Cosine similarity of the texts: the embedder's when given, else word-set overlap (Jaccard)."""
    if embedder is not None:
        v = embedder.embed(texts)
        return np.asarray(v @ v.T)
    sets = [set(t.lower().split()) for t in texts]
    out = np.zeros((len(texts), len(texts)), dtype=np.float32)
    for i, a in enumerate(sets):
        for j, b in enumerate(sets):
            out[i, j] = len(a & b) / max(1, len(a | b))
    return out


def _policies(edges: _Edges, session: Session) -> None:
    departments = list(session.scalars(select(Category.id).where(Category.parent_id.is_(None))))
    for pid, cid in session.execute(select(Policy.id, Policy.category_id)):
        for target in [cid] if cid is not None else departments:
            edges.add("policy", pid, "applies_to", "category", int(target))


def build_graph(db_url: str, embedder: Embedder | None = None, params: GraphParams | None = None,
                progress: Progress | None = None) -> GraphSummary:
    """Replace the derived edges of the store at ``db_url``; ``embedder`` None: substitutes by word overlap."""
    p = params or GraphParams()
    report: Progress = progress or (lambda stage, done, total: None)
    started = time.perf_counter()
    edges = _Edges()
    with session_scope(db_url) as session:
        items = _load_items(session)
        baskets = list(load_baskets(session, p.until).values())
        for b in baskets:
            for pid in b:
                if pid in items:
                    items[pid].sold += 1
        names = {cid: str((n or {}).get("en") or path.rsplit("/", 1)[-1])
                 for cid, path, n in session.execute(select(Category.id, Category.path, Category.names))}
        _taxonomy(edges, session, items, len(baskets))
        report("co-purchase", 0, 1)
        _bought_with(edges, baskets, items, p)
        report("co-purchase", 1, 1)
        _complements(edges, _category_rules(edges, baskets, items, p, names), baskets, items, p, names, report)
        _substitutes(edges, items, embedder, p, report)
        _policies(edges, session)
        session.execute(delete(Edge).where(Edge.rel.in_(DERIVED_RELS)))
        step = 5000
        for i in range(0, len(edges.rows), step):
            session.execute(insert(Edge), edges.rows[i : i + step])
            report("writing", min(i + step, len(edges.rows)), len(edges.rows))
    counts = Counter(r["rel"] for r in edges.rows)
    return GraphSummary(orders=len(baskets), products=len(items), edges=dict(sorted(counts.items())),
                        seconds=round(time.perf_counter() - started, 2))
