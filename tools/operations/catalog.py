"""Catalog edits from the manager console while the store is open: find a product, change its price or its shelf
stock. The change is written to the store DB (with a ``price_changed`` / ``stock_edited`` event saying who, when,
from what to what) and then to the search index's payload (price, in_stock, stamp) by the process that owns the
index (``shopkeeper serve`` owns the embedded one: it is the single writer), so a shopper's next search filters on the
new figures without a restart. Shoppers are shown DB prices, so the DB write alone already changes what they see;
the index keeps the "under 50" and "in stock" filters right. Manager only, enforced by each tool's roles.
"""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from knowledge.db import session_scope
from knowledge.schema import Location, LocationKind, Product, ProductText, Stock, Variant
from shopkeeper.errors import InputRejected, NotFound, ShopkeeperError
from tools.base import Role, ToolContext, tool
from tools.operations.events import now_utc, record

log = logging.getLogger(__name__)

MANAGER = {Role.MANAGER}
PRICE_CHANGED = "price_changed"  # the same kind the price-proposal approval records
STOCK_EDITED = "stock_edited"


class ProductRow(BaseModel):
    product_id: int
    sku: str
    title: str
    price: Decimal
    currency: str
    shelf_qty: int | None  # the system's figure on the product's shelf; None: it has no shelf place
    backroom_qty: int
    aisle: str
    shelf: str


def _shelf_stock(s: Session, product_id: int) -> tuple[Stock, Location] | None:
    # The demo and the importers give a product one shelf place; with several, the first is the one edited.
    row = s.execute(
        select(Stock, Location)
        .join(Location, Location.id == Stock.location_id)
        .where(Stock.product_id == product_id, Stock.variant_id.is_(None), Location.kind == LocationKind.SHELF)
        .order_by(Location.id)
    ).first()
    return (row[0], row[1]) if row else None


def _backroom_qty(s: Session, product_id: int) -> int:
    total = s.execute(
        select(func.coalesce(func.sum(Stock.qty_system), 0))
        .join(Location, Location.id == Stock.location_id)
        .where(Stock.product_id == product_id, Location.kind == LocationKind.BACKROOM)
    ).scalar_one()
    return max(0, int(total))


def _row(s: Session, p: Product, language: str) -> ProductRow:
    title = next((t.title for t in p.texts if t.lang == language), p.title)
    shelf = _shelf_stock(s, p.id)
    return ProductRow(
        product_id=p.id,
        sku=p.sku,
        title=title,
        price=p.price,
        currency=p.currency,
        shelf_qty=shelf[0].qty_system if shelf else None,
        backroom_qty=_backroom_qty(s, p.id),
        aisle=shelf[1].aisle if shelf else "",
        shelf=shelf[1].shelf if shelf else "",
    )


def _find(db_url: str, q: str, language: str, limit: int) -> list[ProductRow]:
    text = q.strip()
    with session_scope(db_url) as s:
        stmt = select(Product).where(Product.active.is_(True))
        if text.isdigit():
            stmt = stmt.where(or_(Product.id == int(text), Product.sku == text))
        elif text:
            like = f"%{text.lower()}%"
            titled = select(ProductText.product_id).where(func.lower(ProductText.title).like(like))
            stmt = stmt.where(
                or_(
                    func.lower(Product.sku) == text.lower(),
                    func.lower(Product.title).like(like),
                    Product.id.in_(titled),
                )
            )
        products = s.execute(stmt.order_by(Product.id).limit(limit)).scalars().all()
        return [_row(s, p, language) for p in products]


class FindProductsInput(BaseModel):
    q: str = Field(default="", max_length=200, description="SKU, product number, or part of a title in any language")
    language: str | None = None
    limit: int = Field(default=20, ge=1, le=100)


class FindProductsOutput(BaseModel):
    rows: list[ProductRow]


@tool(
    "find_products_to_edit",
    roles=MANAGER,
    description="Products by SKU, number or title, with their price and shelf stock, for editing (manager only).",
)
async def find_products(data: FindProductsInput, ctx: ToolContext) -> FindProductsOutput:
    rows = await asyncio.to_thread(_find, ctx.settings.db_url, data.q, data.language or ctx.locale or "en", data.limit)
    return FindProductsOutput(rows=rows)


class EditProductInput(BaseModel):
    product_id: int = Field(ge=1)
    price: Decimal | None = Field(default=None, gt=0, le=Decimal("1000000"), decimal_places=2)
    shelf_qty: int | None = Field(default=None, ge=0, le=1_000_000, description="the system's units on the shelf")
    by: str | None = Field(default=None, max_length=64)


class EditProductOutput(BaseModel):
    product: ProductRow
    changed: list[str]  # "price", "shelf_qty": what actually changed
    index_refreshed: bool  # the search index's payload was updated by this process


def _apply(db_url: str, data: EditProductInput, by: str, language: str) -> tuple[ProductRow, list[str]]:
    at = now_utc()
    changed: list[str] = []
    with session_scope(db_url) as s:
        product = s.get(Product, data.product_id)
        if product is None or not product.active:
            raise NotFound(f"no product {data.product_id}", hint="find it by SKU or title first")
        if data.price is not None and data.price != product.price:
            old = product.price
            product.price = data.price
            # Variants priced like the product follow it, as a proposal's approval does.
            for v in s.scalars(select(Variant).where(Variant.product_id == product.id, Variant.price == old)):
                v.price = data.price
            payload: dict[str, Any] = {"old": str(old), "new": str(data.price), "by": by, "kind": "manual"}
            record(s, PRICE_CHANGED, product_id=product.id, location_id=None, payload=payload, at=at)
            changed.append("price")
        if data.shelf_qty is not None:
            shelf = _shelf_stock(s, product.id)
            if shelf is None:
                raise InputRejected(f"{product.sku} has no shelf place to hold stock")
            stock, loc = shelf
            if stock.qty_system != data.shelf_qty:
                payload = {
                    "old": stock.qty_system,
                    "new": data.shelf_qty,
                    "by": by,
                    "shelf": f"{loc.aisle}-{loc.shelf}",
                }
                stock.qty_system = data.shelf_qty
                record(s, STOCK_EDITED, product_id=product.id, location_id=loc.id, payload=payload, at=at)
                changed.append("shelf_qty")
        s.flush()
        return _row(s, product, language), changed


def refresh_index(db_url: str, index: Any, product_id: int) -> None:
    """Write the product's filter payload (price, in stock) and stamp into the index. The stamp is the DB's, so the
    next incremental ``shopkeeper index`` finds nothing left to do for it."""
    from knowledge.indexing import read_products

    for batch in read_products(db_url, ids=[product_id]):
        index.set_payload(
            {p.id: {"price": p.price, "in_stock": 1 if p.qty > 0 else 0, "stamp": p.stamp} for p in batch}
        )


def _refresh(ctx: ToolContext, product_id: int) -> bool:
    try:
        index = ctx.svc().index
    except ShopkeeperError as exc:  # no index in this process (none built, or another process holds it)
        log.warning("search index not refreshed for product %d: %s", product_id, exc)
        return False
    try:
        refresh_index(ctx.settings.db_url, index, product_id)
    except ShopkeeperError as exc:  # the DB change stands; the payload catches up at the next `shopkeeper index`
        log.warning("search index not refreshed for product %d: %s", product_id, exc)
        return False
    finally:
        index.close()  # a reference: the serving process's own handle stays open
    return True


@tool(
    "edit_product",
    roles=MANAGER,
    description="Change a product's price or the units the system holds on its shelf; the change reaches shoppers' "
    "search at once and is logged (manager only).",
)
async def edit_product(data: EditProductInput, ctx: ToolContext) -> EditProductOutput:
    if data.price is None and data.shelf_qty is None:
        raise InputRejected("edit_product: give a new price, a new shelf quantity, or both")
    by = (data.by or f"manager:{ctx.session_id}")[:64]
    row, changed = await asyncio.to_thread(_apply, ctx.settings.db_url, data, by, ctx.locale or "en")
    refreshed = await asyncio.to_thread(_refresh, ctx, data.product_id) if changed else False
    if changed:
        log.info("product %s edited (%s) by %s", row.sku, ", ".join(changed), by)
    return EditProductOutput(product=row, changed=changed, index_refreshed=refreshed)
