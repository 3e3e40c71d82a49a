"""Recommendations read from the knowledge graph (knowledge.graph builds it): cross-sell, upsell, bought together.

Each result is an in-stock product card with the edge's evidence and a reason in the shopper's language
(knowledge.graph_reasons). Several base products (a basket) add their edges' weights up.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge import graph_reasons as reasons
from knowledge.graph_mining import better_attributes
from knowledge.schema import Edge
from knowledge.store import ProductCard, get_product_cards


class Recommendation(BaseModel):
    card: ProductCard
    rel: str  # complements | bought_with | upsell
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


def _rank(session: Session, ids: list[int], rel: str, lang: str, limit: int,
          exclude: set[int]) -> list[tuple[ProductCard, ProductCard, float, dict[str, Any]]]:
    """(candidate card, base card, summed weight, evidence of its strongest edge), in stock, best first."""
    score: dict[int, float] = defaultdict(float)
    best: dict[int, tuple[float, int, dict[str, Any]]] = {}
    skip = exclude | set(ids)
    for src, dst, w, props in _edges(session, ids, rel):
        if dst in skip:
            continue
        score[dst] += w
        if dst not in best or w > best[dst][0]:
            best[dst] = (w, src, props)
    order = sorted(score, key=lambda d: (-score[d], d))
    cards = {c.product_id: c for c in get_product_cards(session, order + ids, lang)}
    out = []
    for d in order:
        card = cards.get(d)
        if card is None or not available(card) or best[d][1] not in cards:
            continue
        out.append((card, cards[best[d][1]], score[d], best[d][2]))
        if len(out) == limit:
            break
    return out


def cross_sell(session: Session, ids: list[int], lang: str = "en", limit: int = 3,
               exclude: set[int] | None = None) -> list[Recommendation]:
    """Complements of the basket ``ids``: partner products from categories bought with theirs, fitting attributes."""
    out = []
    for card, base, score, props in _rank(session, ids, "complements", lang, limit, exclude or set()):
        why = reasons.complement_reason(props, base.title, base.category or "", card.category or "", lang)
        out.append(Recommendation(card=card, rel="complements", base_product_id=base.product_id, reason=why,
                                  score=round(score, 4), evidence=props))
    return out


def bought_together(session: Session, ids: list[int], lang: str = "en", limit: int = 3,
                    exclude: set[int] | None = None) -> list[Recommendation]:
    """Products other shoppers bought with the basket ``ids`` (co-purchase confidence summed over the basket)."""
    out = []
    for card, base, score, props in _rank(session, ids, "bought_with", lang, limit, exclude or set()):
        why = reasons.bought_together(int(props.get("orders") or 1), lang)
        out.append(Recommendation(card=card, rel="bought_with", base_product_id=base.product_id, reason=why,
                                  score=round(score, 4), evidence=props))
    return out


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
