"""Typed read helpers over the store DB: the facts (price, stock, location, orders, policies, graph) others show.

Every figure a shopper sees comes from here, never from a model's memory. All plain SQLAlchemy 2 ``select``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from knowledge.schema import (
    Category,
    Customer,
    Edge,
    Location,
    LocationKind,
    Order,
    OrderLine,
    Policy,
    Product,
    ProductText,
    Stock,
    Variant,
)

DEFAULT_LANG = "en"


class ProductCard(BaseModel):
    """A product as shown to a shopper; field names match ``tools.catalog_models.ProductHit``."""

    product_id: int
    sku: str
    title: str  # in the asked language, else English, else the catalog's own
    brand: str | None = None
    category: str | None = None  # display name in the asked language
    category_path: str | None = None
    price: Decimal
    currency: str
    stock_qty: int = 0  # shelf + backroom, as the system believes
    in_stock: bool = False
    stock_known: bool = True  # False: the store has no stock record (e.g. imported without stock), not "zero"
    location: str | None = None  # "Aisle 4, shelf B"
    attributes: dict[str, Any] = Field(default_factory=dict)
    image_url: str | None = None
    rating: float | None = None
    description: str = ""  # filled when details=True
    variants: list[dict[str, Any]] = Field(default_factory=list)  # filled when details=True


class OrderLineInfo(BaseModel):
    product_id: int
    sku: str
    title: str
    qty: int
    unit_price: Decimal


class OrderInfo(BaseModel):
    order_id: int
    status: str  # pending | paid | shipped | delivered | returned | cancelled
    placed_at: dt.datetime
    updated_at: dt.datetime
    total: Decimal
    currency: str
    customer_name: str | None = None
    customer_email: str | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    shipped_at: dt.datetime | None = None
    delivered_at: dt.datetime | None = None
    expected_delivery: dt.date | None = None
    delivery_city: str | None = None
    lines: list[OrderLineInfo] = Field(default_factory=list)


class PolicyInfo(BaseModel):
    key: str  # "returns", "returns.electronics", "delivery", "warranty", "store_info"
    kind: str
    lang: str
    title: str
    body: str
    fields: dict[str, Any] = Field(default_factory=dict)
    category_path: str | None = None


class RelatedProduct(BaseModel):
    card: ProductCard
    rel: str  # complements | bought_with | substitute_of
    reason: str | None = None
    weight: float = 1.0


def location_label(aisle: str, shelf: str) -> str:
    return f"Aisle {aisle}, shelf {shelf}"


def get_product_cards(
    session: Session, ids: list[int], lang: str = DEFAULT_LANG, *, details: bool = False
) -> list[ProductCard]:
    """Cards for ``ids`` in the same order (unknown ids are skipped)."""
    if not ids:
        return []
    wanted = list(dict.fromkeys(ids))
    rows = session.execute(
        select(Product, Category.names, Category.path)
        .outerjoin(Category, Category.id == Product.category_id)
        .where(Product.id.in_(wanted))
    ).all()
    texts: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for pid, tlang, title, desc in session.execute(
        select(ProductText.product_id, ProductText.lang, ProductText.title, ProductText.description).where(
            ProductText.product_id.in_(wanted), ProductText.lang.in_({lang, DEFAULT_LANG})
        )
    ):
        texts[pid][tlang] = (title, desc)
    qty = dict(
        session.execute(
            select(Stock.product_id, func.coalesce(func.sum(Stock.qty_system), 0))
            .where(Stock.product_id.in_(wanted))
            .group_by(Stock.product_id)
        ).all()
    )
    shelves = _shelf_locations(session, wanted)
    variants: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if details:
        for v in session.scalars(select(Variant).where(Variant.product_id.in_(wanted)).order_by(Variant.id)):
            variants[v.product_id].append(
                {
                    "variant_id": v.id,
                    "sku": v.sku,
                    "attributes": v.attributes,
                    "price": v.price if v.price is not None else None,
                }
            )
    cards: dict[int, ProductCard] = {}
    for product, cat_names, cat_path in rows:
        title, desc = (
            texts[product.id].get(lang) or texts[product.id].get(DEFAULT_LANG) or (product.title, product.description)
        )
        names = cat_names or {}
        total = int(qty.get(product.id, 0))
        cards[product.id] = ProductCard(
            product_id=product.id,
            sku=product.sku,
            title=title,
            brand=product.brand,
            category=names.get(lang) or names.get(DEFAULT_LANG),
            category_path=cat_path,
            price=product.price,
            currency=product.currency,
            stock_qty=total,
            in_stock=total > 0,
            stock_known=product.id in qty,
            location=shelves.get(product.id),
            attributes=product.attributes or {},
            image_url=product.image_url,
            rating=product.rating,
            description=desc if details else "",
            variants=variants.get(product.id, []),
        )
    return [cards[i] for i in wanted if i in cards]


def _shelf_locations(session: Session, ids: list[int]) -> dict[int, str]:
    """First shelf location per product (prefers a shelf that has stock)."""
    rows = session.execute(
        select(Stock.product_id, Location.aisle, Location.shelf, Stock.qty_system)
        .join(Location, Location.id == Stock.location_id)
        .where(Stock.product_id.in_(ids), Location.kind == LocationKind.SHELF)
        .order_by(Stock.product_id, case((Stock.qty_system > 0, 0), else_=1), Location.id)
    ).all()
    out: dict[int, str] = {}
    for pid, aisle, shelf, _ in rows:
        out.setdefault(pid, location_label(aisle, shelf))
    return out


def get_order(session: Session, order_id: int, lang: str = DEFAULT_LANG) -> OrderInfo | None:
    row = session.execute(
        select(Order, Customer.name, Customer.email)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .where(Order.id == order_id)
    ).first()
    if row is None:
        return None
    order, name, email = row
    line_rows = session.execute(
        select(OrderLine, Product.sku, Product.title)
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.order_id == order_id)
        .order_by(OrderLine.id)
    ).all()
    titles = {c.product_id: c.title for c in get_product_cards(session, [r[0].product_id for r in line_rows], lang)}
    return OrderInfo(
        order_id=order.id,
        status=order.status.value,
        placed_at=order.placed_at,
        updated_at=order.updated_at,
        total=order.total,
        currency=order.currency,
        customer_name=name,
        customer_email=email,
        carrier=order.carrier,
        tracking_number=order.tracking_number,
        shipped_at=order.shipped_at,
        delivered_at=order.delivered_at,
        expected_delivery=order.expected_delivery,
        delivery_city=order.delivery_city,
        lines=[
            OrderLineInfo(
                product_id=line.product_id,
                sku=sku,
                title=titles.get(line.product_id, title),
                qty=line.qty,
                unit_price=line.unit_price,
            )
            for line, sku, title in line_rows
        ],
    )


class OrderContact(BaseModel):
    """What a shopper may quote to prove an order is theirs: the e-mail and phone on it (never shown back)."""

    order_id: int
    email: str | None = None
    phone: str | None = None


def get_order_contact(session: Session, order_id: int) -> OrderContact | None:
    """The customer's e-mail and phone on order ``order_id`` (None: no such order)."""
    row = session.execute(
        select(Order.id, Customer.email, Customer.phone)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .where(Order.id == order_id)
    ).first()
    if row is None:
        return None
    return OrderContact(order_id=row[0], email=row[1], phone=row[2])


def category_mentioned(session: Session, text: str) -> str | None:
    """The most specific category whose name, in any of its languages, the text uses ("can I return opened
    headphones?" -> "electronics/headphones"), so a rule specific to it (electronics returns) is the one quoted."""
    from knowledge.text import terms

    said = {t for t in terms(text) if t[:1] not in "~^"}  # words only: not zh bigrams or pinyin
    best: tuple[tuple[int, int], str] | None = None
    for category in session.scalars(select(Category)):
        for name in (category.names or {}).values():
            words = {t for t in terms(str(name)) if t[:1] not in "~^"}
            if words and words <= said:
                rank = (category.path.count("/"), len(words))
                if best is None or rank > best[0]:
                    best = (rank, category.path)
    return best[1] if best else None


def get_policies(session: Session, kind: str | None = None, lang: str = DEFAULT_LANG) -> list[PolicyInfo]:
    """Policies of ``kind`` (returns | delivery | warranty | store_info; None: all) in ``lang``, else English."""
    query = select(Policy, Category.path).outerjoin(Category, Category.id == Policy.category_id)
    if kind:
        query = query.where(Policy.kind == kind)
    best: dict[str, tuple[int, PolicyInfo]] = {}
    for policy, path in session.execute(query.order_by(Policy.key, Policy.id)):
        rank = 0 if policy.lang == lang else 1 if policy.lang == DEFAULT_LANG else 2
        info = PolicyInfo(
            key=policy.key,
            kind=policy.kind,
            lang=policy.lang,
            title=policy.title,
            body=policy.body,
            fields=policy.fields or {},
            category_path=path,
        )
        if policy.key not in best or rank < best[policy.key][0]:
            best[policy.key] = (rank, info)
    return [info for _, info in sorted(best.values(), key=lambda t: t[1].key)]


def complements(session: Session, product_id: int, limit: int = 3, lang: str = DEFAULT_LANG) -> list[RelatedProduct]:
    """Products that go with ``product_id``: curated complements first, then often bought together; in stock first."""
    rows = session.execute(
        select(Edge.dst_id, Edge.rel, Edge.reason, Edge.weight)
        .where(
            Edge.src_kind == "product",
            Edge.src_id == product_id,
            Edge.dst_kind == "product",
            Edge.rel.in_(("complements", "bought_with")),
        )
        .order_by(case((Edge.rel == "complements", 0), else_=1), Edge.weight.desc(), Edge.dst_id)
    ).all()
    seen: dict[int, tuple[str, str | None, float]] = {}
    for dst, rel, reason, weight in rows:
        seen.setdefault(dst, (rel, reason, weight))
    cards = get_product_cards(session, list(seen), lang)
    related = [
        RelatedProduct(
            card=c,
            rel=seen[c.product_id][0],
            reason=seen[c.product_id][1] or "often bought together",
            weight=seen[c.product_id][2],
        )
        for c in cards
    ]
    related.sort(key=lambda r: (not r.card.in_stock, r.rel != "complements"))
    return related[:limit]


def substitutes(session: Session, product_id: int, limit: int = 3, lang: str = DEFAULT_LANG) -> list[RelatedProduct]:
    """Similar products at a similar price (for an out-of-stock item); in stock first."""
    rows = session.execute(
        select(Edge.dst_id, Edge.reason, Edge.weight)
        .where(Edge.src_kind == "product", Edge.src_id == product_id, Edge.rel == "substitute_of")
        .order_by(Edge.weight.desc(), Edge.dst_id)
    ).all()
    info = {dst: (reason, weight) for dst, reason, weight in rows}
    cards = get_product_cards(session, list(info), lang)
    related = [
        RelatedProduct(card=c, rel="substitute_of", reason=info[c.product_id][0], weight=info[c.product_id][1])
        for c in cards
    ]
    related.sort(key=lambda r: not r.card.in_stock)
    return related[:limit]
