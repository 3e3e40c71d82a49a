"""Inventory tools for managers: what is out of stock on the shelves, optionally in one aisle.

Out of stock is the true state, not only the system's: a product counts when the system says none, or when the last
count or shelf photo saw none (phantom stock: the system believes in units the shelf does not show). Each row says
which, and how many units the back room holds ("only the ones we have in the back room" filters on it).
Manager-only, enforced by the tool's roles: a shopper who asks gets a refusal from the tool layer itself.
"""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select

from knowledge.db import session_scope
from knowledge.schema import Location, LocationKind, Product, ProductText, Stock
from tools.base import Role, ToolContext, tool


class OutOfStockInput(BaseModel):
    aisle: str | None = Field(default=None, description="aisle label, e.g. '4'; all aisles when missing")
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=500)
    in_backroom: bool = Field(default=False, description="only products with units in the back room")


class OutOfStockRow(BaseModel):
    product_id: int
    sku: str
    title: str
    aisle: str
    shelf: str
    qty_system: int
    qty_shelf: int | None
    # The system believes in units the shelf does not show (seen empty by a count or a shelf photo).
    phantom: bool = False
    backroom_qty: int = 0


class OutOfStockOutput(BaseModel):
    aisle: str | None
    rows: list[OutOfStockRow]
    total: int


def normalise_aisle(aisle: str | None) -> str | None:
    if aisle is None:
        return None
    text = aisle.strip()
    for prefix in ("aisle", "проход", "ряд", "通道", "货架"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :].strip()
    return text or None


def _query(db_url: str, aisle: str | None, language: str, limit: int, in_backroom: bool = False) -> OutOfStockOutput:
    with session_scope(db_url) as s:
        back_loc = select(Location.id).where(Location.kind == LocationKind.BACKROOM)
        backroom = (
            select(Stock.product_id, func.sum(Stock.qty_system).label("qty"))
            .where(Stock.location_id.in_(back_loc))
            .group_by(Stock.product_id)
            .subquery()
        )
        stmt = (
            select(Stock, Location, Product, ProductText.title, backroom.c.qty)
            .join(Location, Location.id == Stock.location_id)
            .outerjoin(backroom, backroom.c.product_id == Stock.product_id)
            .join(Product, Product.id == Stock.product_id)
            .outerjoin(ProductText, (ProductText.product_id == Product.id) & (ProductText.lang == language))
            .where(Location.kind == LocationKind.SHELF, Product.active.is_(True))
            # Out of stock on the shelf: the system says none, or the last count/camera saw none.
            .where(or_(Stock.qty_system <= 0, Stock.qty_shelf == 0))
            .order_by(Location.aisle, Location.shelf, Location.position, Product.sku)
        )
        if aisle:
            stmt = stmt.where(Location.aisle == aisle)
        if in_backroom:
            stmt = stmt.where(backroom.c.qty > 0)
        found = s.execute(stmt).all()
        rows = [
            OutOfStockRow(
                product_id=p.id,
                sku=p.sku,
                title=title or p.title,
                aisle=loc.aisle,
                shelf=loc.shelf,
                qty_system=st.qty_system,
                qty_shelf=st.qty_shelf,
                phantom=st.qty_system > 0 and st.qty_shelf == 0,
                backroom_qty=max(0, int(back or 0)),
            )
            for st, loc, p, title, back in found[:limit]
        ]
        return OutOfStockOutput(aisle=aisle, rows=rows, total=len(found))


@tool(
    "out_of_stock",
    roles={Role.MANAGER},
    description="Products out of stock on the shelves, optionally in one aisle (manager only).",
)
async def out_of_stock(data: OutOfStockInput, ctx: ToolContext) -> OutOfStockOutput:
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(
        _query, ctx.svc().db_url, normalise_aisle(data.aisle), language, data.limit, data.in_backroom
    )
