"""Recommendations read from the knowledge graph (knowledge.graph builds it): cross-sell, upsell, bought together.

Each result is an in-stock product card with the edge's evidence and a reason in the shopper's language
(knowledge.graph_reasons). Basket recommendations blend three scores, summed over the basket's items
(``BlendWeights``): item-item co-purchase, which is precise but sparse; the category back-off (categories bought
together, smoothed lift, then the item's share of its category's sales), which covers items with no pairs yet; and
popularity, for the part of any basket that follows no pattern. Cross-sell keeps to other categories than the
basket's; "bought together" starts from co-purchase and falls back to the other two.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge import graph_reasons as reasons
from knowledge.graph_mining import attribute_fit, better_attributes
from knowledge.schema import Edge, Product, Stock
from knowledge.store import ProductCard, get_product_cards


class Recommendation(BaseModel):
    card: ProductCard
    rel: str  # complements | bought_with | popular | upsell
    base_product_id: int  # the basket item it answers
    reason: str
    score: float
    evidence: dict[str, Any] = Field(default_factory=dict)


def available(card: ProductCard) -> bool:
    """In stock; a store that keeps no stock record for the item cannot say it is out, so that counts too."""
    return card.in_stock or not card.stock_known


def _edges(session: Session, ids: list[int], rel: str) -> list[tuple[int, int, float, dict[str, Any]]]:
    rows = session.execute(
        select(Edge.src_id, Edge.dst_id, Edge.weight, Edge.props, Edge.reason).where(
            Edge.src_kind == "product", Edge.src_id.in_(ids), Edge.rel == rel, Edge.dst_kind == "product"
        )
    ).all()
    out = []
    for s, d, w, props, reason in rows:
        evidence = dict(props or {})
        if not evidence:
            # An edge written before `shopkeeper graph build` (e.g. by the demo generator) has no evidence: keep
            # what it does say, the stored English reason, and for co-purchase the order count its weight holds.
            evidence = {"stored_reason": reason} if reason else {}
            if rel == "bought_with":
                evidence["orders"] = int(w)
        out.append((int(s), int(d), float(w), evidence))
    return out


@dataclass(frozen=True)
class BlendWeights:
    """How the basket scores add up. Chosen on an earlier time split of the demo orders than the weeks the
    recommend eval holds out (``python -m evals recommend --validate``), not on those weeks."""

    pair: float = 10.0  # x co-purchase confidence: orders holding both / orders holding the basket item
    category: float = 1.0  # x log(smoothed category lift) x the item's share of its category's sales
    popularity: float = 0.3  # x the item's order lines / orders mined
    # x the weight of a ``product -complements-> product`` edge (attribute fit, pairs, sales): small, so it orders
    # items the other scores tie on, and still answers on a store whose graph holds only such edges.
    partner: float = 0.01
    share_prior: float = 2.0  # pseudo-sales per item, so a category's unsold items keep a small share
    per_category: int = 20  # best sellers scored per complement category
    popular: int = 200  # best sellers scored overall


DEFAULT_WEIGHTS = BlendWeights()


@dataclass
class _Candidate:
    score: float = 0.0
    # The strongest single contribution decides the reason: (contribution, rel, basket item, evidence).
    best: tuple[float, str, int, dict[str, Any]] = field(default_factory=lambda: (0.0, "", 0, {}))

    def add(self, amount: float, rel: str, base: int, evidence: dict[str, Any]) -> None:
        self.score += amount
        if amount > self.best[0]:
            self.best = (amount, rel, base, evidence)


def _stock(session: Session, ids: set[int]) -> dict[int, int]:
    rows = session.execute(select(Stock.product_id, func.coalesce(func.sum(Stock.qty_system), 0))
                           .where(Stock.product_id.in_(ids)).group_by(Stock.product_id))
    return {int(p): int(q) for p, q in rows}


def _categories(session: Session, ids: set[int]) -> dict[int, int | None]:
    return {int(p): c for p, c in session.execute(select(Product.id, Product.category_id).where(Product.id.in_(ids)))}


def _sales(session: Session, categories: set[int]) -> list[tuple[int, int, float]]:
    """(product, category, order lines mined) of the products in ``categories`` (``product -in-> category``)."""
    rows = session.execute(select(Edge.src_id, Edge.dst_id, Edge.weight).where(
        Edge.src_kind == "product", Edge.rel == "in", Edge.dst_kind == "category", Edge.dst_id.in_(categories)))
    return [(int(p), int(c), float(w or 0.0)) for p, c, w in rows]


def _best_sellers(session: Session, top: int) -> list[tuple[int, float, int]]:
    """(product, order lines mined, orders mined) of the ``top`` best sellers."""
    rows = session.execute(select(Edge.src_id, Edge.weight, Edge.props).where(
        Edge.src_kind == "product", Edge.rel == "in", Edge.dst_kind == "category", Edge.weight > 0,
    ).order_by(Edge.weight.desc(), Edge.src_id).limit(top))
    return [(int(p), float(w), int((props or {}).get("of") or 0)) for p, w, props in rows]


def _blend(session: Session, ids: list[int], lang: str, limit: int, exclude: set[int], *, cross_only: bool,
           w: BlendWeights) -> list[tuple[ProductCard, ProductCard, str, float, dict[str, Any]]]:
    """(card, base card, rel, score, evidence), in stock, never in the basket, best first."""
    cands: dict[int, _Candidate] = defaultdict(_Candidate)
    base_cat = _categories(session, set(ids))
    for src, dst, conf, props in _edges(session, ids, "bought_with"):
        cands[dst].add(w.pair * conf, "bought_with", src, props)
    for src, dst, weight, props in _edges(session, ids, "complements"):
        cands[dst].add(w.partner * weight, "complements", src, props)
    cat_edges = session.execute(select(Edge.src_id, Edge.dst_id, Edge.weight, Edge.props).where(
        Edge.src_kind == "category", Edge.rel == "complements", Edge.dst_kind == "category",
        Edge.src_id.in_({c for c in base_cat.values() if c is not None}))).all()
    members = _sales(session, {int(d) for _, d, _, _ in cat_edges}) if cat_edges else []
    top = _best_sellers(session, w.popular) if w.popularity > 0 else []
    # Shares count the in-stock items only: what is out of stock cannot be offered, so it takes no share.
    stock = _stock(session, {p for p, _, _ in members})
    by_cat: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for pid, cid, sold in members:
        if stock.get(pid, 1) > 0:
            by_cat[cid].append((pid, sold))
    for src_cat, dst_cat, lift, props in cat_edges:
        group = sorted(by_cat.get(int(dst_cat), []), key=lambda t: (-t[1], t[0]))
        if not group or float(lift) <= 1.0:
            continue
        total = sum(sold for _, sold in group) + w.share_prior * len(group)
        evidence = {"category_orders": int((props or {}).get("orders") or 0),
                    "category_lift": float((props or {}).get("smoothed_lift") or lift)}
        for base in (b for b in ids if base_cat.get(b) == src_cat):
            for pid, sold in group[: w.per_category]:
                share = (sold + w.share_prior) / total
                cands[pid].add(w.category * math.log(float(lift)) * share, "complements", base, evidence)
    for pid, sold, mined in top:
        if mined:
            cands[pid].add(w.popularity * sold / mined, "popular", ids[0], {"orders": int(sold)})
    skip = exclude | set(ids)
    if cross_only:
        basket_cats = {c for c in base_cat.values() if c is not None}
        cat_of = _categories(session, set(cands) - skip)
        skip |= {p for p, c in cat_of.items() if c in basket_cats}
    order = sorted((p for p in cands if p not in skip and cands[p].score > 0),
                   key=lambda p: (-cands[p].score, p))
    out: list[tuple[ProductCard, ProductCard, str, float, dict[str, Any]]] = []
    for start in range(0, len(order), 4 * limit):
        chunk = order[start : start + 4 * limit]
        cards = {c.product_id: c for c in get_product_cards(session, chunk + ids, lang)}
        for pid in chunk:
            card = cards.get(pid)
            _, rel, base, evidence = cands[pid].best
            if card is None or not available(card) or base not in cards:
                continue
            out.append((card, cards[base], rel, cands[pid].score, evidence))
            if len(out) == limit:
                return out
    return out


def _recommendation(card: ProductCard, base: ProductCard, rel: str, score: float, evidence: dict[str, Any],
                    lang: str) -> Recommendation:
    if rel == "bought_with":
        why = reasons.bought_together(int(evidence.get("orders") or 1), lang)
    elif rel == "popular":
        why = reasons.popular(int(evidence.get("orders") or 0), lang)
    else:
        # Shared attributes (waterproof, the same sizes) make the reason specific to this basket item.
        evidence = {**evidence, "matched": attribute_fit(base.attributes, card.attributes)}
        why = reasons.complement_reason(evidence, base.title, base.category or "", card.category or "", lang)
    return Recommendation(card=card, rel=rel, base_product_id=base.product_id, reason=why, score=round(score, 4),
                          evidence=evidence)


def cross_sell(session: Session, ids: list[int], lang: str = "en", limit: int = 3,
               exclude: set[int] | None = None, weights: BlendWeights = DEFAULT_WEIGHTS) -> list[Recommendation]:
    """Complements of the basket ``ids``: items of other categories than the basket's, by the blended score."""
    return [_recommendation(*t, lang) for t in _blend(session, ids, lang, limit, exclude or set(), cross_only=True,
                                                       w=weights)]


def bought_together(session: Session, ids: list[int], lang: str = "en", limit: int = 3,
                    exclude: set[int] | None = None, weights: BlendWeights = DEFAULT_WEIGHTS) -> list[Recommendation]:
    """Products bought with the basket ``ids``: co-purchase first, then the category back-off and best sellers."""
    return [_recommendation(*t, lang) for t in _blend(session, ids, lang, limit, exclude or set(), cross_only=False,
                                                       w=weights)]


def _money(amount: Decimal, currency: str, lang: str) -> str:
    locale = {"en": "en_US", "ru": "ru_RU", "zh": "zh_CN"}[reasons.lang_of(lang)]
    return format_currency(amount, currency, locale=locale)


def upsell(session: Session, product_id: int, lang: str = "en", budget_max: Decimal | None = None,
           limit: int = 1) -> list[Recommendation]:
    """A better substitute: dearer than the product but within ``budget_max``, with a plainly better attribute or
    rating; when the catalog records a ``cost`` attribute, a higher margin ranks first."""
    subs = _edges(session, [product_id], "substitute_of")
    cards = {c.product_id: c for c in get_product_cards(session, [product_id] + [d for _, d, _, _ in subs], lang)}
    base = cards.get(product_id)
    if base is None:
        return []
    ranked = []
    for _, dst, w, props in subs:
        c = cards.get(dst)
        if c is None or not available(c) or c.price <= base.price:
            continue
        if budget_max is not None and c.price > budget_max:
            continue
        better = better_attributes(base.attributes, c.attributes)
        if c.rating is not None and base.rating is not None and c.rating > base.rating:
            better["rating"] = [base.rating, c.rating]
        if not better:
            continue  # dearer but not better is not an upsell
        margin = _margin(c)
        ranked.append(((margin if margin is not None else 0.0), len(better), w, -float(c.price), c, better, props))
    ranked.sort(key=lambda t: (-t[0], -t[1], -t[2], -t[3], t[4].product_id))
    out = []
    budget = _money(budget_max, base.currency, lang) if budget_max is not None else None
    for margin, _, w, _, c, better, props in ranked[:limit]:
        evidence = {**props, "better": better, "margin": margin or None}
        out.append(Recommendation(card=c, rel="upsell", base_product_id=product_id,
                                  reason=reasons.upsell_reason(better, base.title, budget, lang),
                                  score=round(w, 4), evidence=evidence))
    return out


def _margin(card: ProductCard) -> float | None:
    cost = card.attributes.get("cost")
    if isinstance(cost, int | float) and not isinstance(cost, bool):
        return float(card.price) - float(cost)
    return None
