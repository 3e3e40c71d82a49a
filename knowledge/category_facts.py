"""Facts about a kind of product as a whole: how many the store has, the cheapest and the most expensive, and the
price range between them ("how much are tents?", «самый дорогой рюкзак», "有多少款桌游"). Read from the store DB for
the category and the wanted or excluded attributes the shopper's words name; every figure is the DB's.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select

from knowledge.bounds import meets
from knowledge.db import session_scope
from knowledge.query import material_kin
from tools.catalog_models import CategoryFacts

# Amounts where less does not do ("a tent for 4 people": a 6-person tent counts, a 2-person one does not). A card's
# or a power bank's capacity asked of the kind as a whole is that capacity: "how many 128 GB cards" counts those.
AT_LEAST = frozenset({"persons"})


def _fits(attrs: dict[str, Any], wanted: dict[str, Any], excluded: dict[str, list[Any]], title: str = "") -> bool:
    for key, want in wanted.items():
        # A list recorded under the plural ("sizes": ["41", "42"]) answers the singular the parser asks for ("size"),
        # as in the index (knowledge/indexing.py).
        have = attrs.get(key, attrs.get(f"{key}s"))
        if key == "colour" and have is None and isinstance(want, str):
            # a kind that records no colour may still name it in its titles ("Pink Kettle")
            if not re.search(rf"\b{re.escape(want)}\b", title, re.I):
                return False
            continue
        met = meets(have, want)  # "more than 1.7 l", "a winter one": a floor or a ceiling
        if met is not None:
            if not met:
                return False
        elif isinstance(want, bool):
            if have is not want:  # not recorded means not known to have it
                return False
        elif isinstance(want, int | float):
            if not isinstance(have, int | float) or isinstance(have, bool):
                return False
            if (have < want) if key in AT_LEAST else (have != want):
                return False
        elif isinstance(have, list):
            if str(want).lower() not in {str(h).lower() for h in have}:
                return False
        elif str(have).lower() not in (material_kin(want) if key == "material" else {str(want).lower()}):
            return False
    for key, values in excluded.items():
        have = attrs.get(key, attrs.get(f"{key}s"))
        said = {str(v).lower() for v in values}
        if (have in values) or (isinstance(have, str) and have.lower() in said):
            return False
        if isinstance(have, list) and said & {str(h).lower() for h in have}:
            return False
    return True


def category_facts(db_url: str, category: str, language: str, *, attributes: dict[str, Any] | None = None,
                   excluded: dict[str, list[Any]] | None = None, exclude_terms: list[str] | None = None,
                   brand: str | None = None, price_min: Decimal | None = None,
                   price_max: Decimal | None = None) -> CategoryFacts | None:
    """The facts of the active products under ``category`` (a path or path prefix) that fit; None when none does."""
    from knowledge.schema import Category, Product, Stock
    from knowledge.search import product_hits

    wanted = {k: v for k, v in (attributes or {}).items() if v is not False}
    against = dict(excluded or {})
    for key, value in (attributes or {}).items():
        if value is False:  # "not waterproof" arrives as a wanted False: the flag set is what is excluded
            against.setdefault(key, []).append(True)
    terms = [t.lower() for t in exclude_terms or [] if t.strip()]
    with session_scope(db_url) as s:
        rows = s.execute(
            select(Product.id, Product.price, Product.currency, Product.attributes, Product.title, Category.path,
                   Category.names)
            .join(Category, Category.id == Product.category_id)
            .where(Product.active.is_(True), or_(Category.path == category, Category.path.like(category + "/%")),
                   *([func.lower(Product.brand) == brand.lower()] if brand else []))
        ).all()
        # One word read as two keys ("synthetic": a material, an insulation) asks for the one this kind records.
        recorded = {k for r in rows for k in (r.attributes or {})}
        wanted = {k: v for k, v in wanted.items() if k in recorded or not any(
            o != k and o in recorded and w == v for o, w in wanted.items())}
        kept = [r for r in rows
                if (price_min is None or r.price >= price_min) and (price_max is None or r.price <= price_max)
                and _fits(r.attributes or {}, wanted, against, r.title or "")
                and not any(t in (r.title or "").lower() for t in terms)]
        if not kept:
            return None
        # One currency: a catalog priced in several is compared within the one most of these products use.
        currency = Counter(r.currency for r in kept).most_common(1)[0][0]
        kept = [r for r in kept if r.currency == currency]
        stocked = dict(s.execute(
            select(Stock.product_id, func.sum(Stock.qty_system))
            .where(Stock.product_id.in_([r.id for r in kept])).group_by(Stock.product_id)
        ).all())
        exact = [r for r in kept if r.path == category]
        names = (exact or kept)[0].names or {}
    if len({r.path for r in kept}) > 1:
        # A department or parent asked ("footwear"): its own display name is the parent's.
        with session_scope(db_url) as s:
            names = s.scalar(select(Category.names).where(Category.path == category)) or names
    low = min(kept, key=lambda r: (r.price, r.id))
    high = max(kept, key=lambda r: (r.price, -r.id))
    hits = {h.product_id: h for h in product_hits(db_url, [low.id, high.id], language)}
    if low.id not in hits or high.id not in hits:
        return None
    return CategoryFacts(
        category=category,
        name=str(names.get(language) or names.get("en") or category.rsplit("/", 1)[-1]),
        count=len(kept),
        in_stock=sum(1 for r in kept if int(stocked.get(r.id) or 0) > 0),
        currency=currency,
        price_min=low.price,
        price_max=high.price,
        price_difference=high.price - low.price,
        cheapest=hits[low.id],
        dearest=hits[high.id],
        attributes=wanted,
        excluded=against,
    )
