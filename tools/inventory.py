"""Inventory tools for managers (small for now): what is out of stock, optionally in one aisle.

Manager-only, enforced by the tool's roles: a shopper who asks gets a refusal from the tool layer itself.
"""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, Field
from sqlalchemy import or_, select

from knowledge.db import session_scope
from knowledge.schema import Location, LocationKind, Product, ProductText, Stock
from tools.base import Role, ToolContext, tool


class OutOfStockInput(BaseModel):
    aisle: str | None = Field(default=None, description="aisle label, e.g. '4'; all aisles when missing")
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=500)


class OutOfStockRow(BaseModel):
    product_id: int
    sku: str
    title: str
    aisle: str
    shelf: str
    qty_system: int
    qty_shelf: int | None


class OutOfStockOutput(BaseModel):
    aisle: str | None
    rows: list[OutOfStockRow]
    total: int


def _normalise_aisle(aisle: str | None) -> str | None:
    if aisle is None:
        return None
    text = aisle.strip()
    for prefix in ("aisle", "проход", "ряд", "通道", "货架"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :].strip()
    return text or None


def _query(db_url: str, aisle: str | None, language: str, limit: int) -> OutOfStockOutput:
    with session_scope(db_url) as s:
        stmt = (
            select(Stock, Location, Product, ProductText.title)
            .join(Location, Location.id == Stock.location_id)
            .join(Product, Product.id == Stock.product_id)
            .outerjoin(ProductText, (ProductText.product_id == Product.id) & (ProductText.lang == language))
            .where(Location.kind == LocationKind.SHELF, Product.active.is_(True))
            # Out of stock on the shelf: the system says none, or the last count/camera saw none.
            .where(or_(Stock.qty_system <= 0, Stock.qty_shelf == 0))
            .order_by(Location.aisle, Location.shelf, Location.position, Product.sku)
        )
        if aisle:
            stmt = stmt.where(Location.aisle == aisle)
        found = s.execute(stmt).all()
        rows = [
            OutOfStockRow(product_id=p.id, sku=p.sku, title=title or p.title, aisle=loc.aisle, shelf=loc.shelf,
                          qty_system=st.qty_system, qty_shelf=st.qty_shelf)
            for st, loc, p, title in found[:limit]
        ]
        return OutOfStockOutput(aisle=aisle, rows=rows, total=len(found))


@tool(
    "out_of_stock",
    roles={Role.MANAGER},
    description="Products out of stock on the shelves, optionally in one aisle (manager only).",
)
async def out_of_stock(data: OutOfStockInput, ctx: ToolContext) -> OutOfStockOutput:
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_query, ctx.svc().db_url, _normalise_aisle(data.aisle), language, data.limit)
