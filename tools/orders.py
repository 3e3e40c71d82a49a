"""Order tools: the state of one order, asked for by its number.

A shopper must quote the order number (there is no "list my orders" for an anonymous chat); staff may look up any
order the same way. Every figure returned comes from the store DB.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, Field

from knowledge.db import session_scope
from knowledge.store import get_order
from shopkeeper.errors import NotFound
from tools.base import ALL_ROLES, ToolContext, tool


class OrderStatusInput(BaseModel):
    order_id: int = Field(ge=1, description="the order number the shopper quotes, e.g. 1042")
    language: str | None = Field(default=None, description="en, ru or zh: language of product titles")


class OrderLineOut(BaseModel):
    product_id: int
    title: str
    qty: int
    unit_price: Decimal


class OrderStatusOutput(BaseModel):
    order_id: int
    status: str  # an OrderStatus value: pending | paid | shipped | delivered | returned | cancelled
    placed_on: dt.date
    total: Decimal
    currency: str
    carrier: str | None = None
    tracking_number: str | None = None
    shipped_on: dt.date | None = None
    delivered_on: dt.date | None = None
    expected_delivery: dt.date | None = None
    lines: list[OrderLineOut] = Field(default_factory=list)


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _load_order(db_url: str, order_id: int, language: str) -> OrderStatusOutput:
    with session_scope(db_url) as s:
        info = get_order(s, order_id, language)
    if info is None:
        raise NotFound(f"no order with number {order_id}", hint="check the number on the confirmation e-mail")
    # Customer name and e-mail stay out: a chat session proves only that it knows the number.
    return OrderStatusOutput(
        order_id=info.order_id,
        status=info.status,
        placed_on=info.placed_at.date(),
        total=info.total,
        currency=info.currency,
        carrier=info.carrier,
        tracking_number=info.tracking_number,
        shipped_on=_day(info.shipped_at),
        delivered_on=_day(info.delivered_at),
        expected_delivery=info.expected_delivery,
        lines=[OrderLineOut(product_id=line.product_id, title=line.title, qty=line.qty, unit_price=line.unit_price)
               for line in info.lines],
    )


@tool(
    "order_status",
    roles=ALL_ROLES,
    description="The state of one order by its number: status, dates, carrier, tracking and lines.",
)
async def order_status(data: OrderStatusInput, ctx: ToolContext) -> OrderStatusOutput:
    import asyncio

    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_load_order, ctx.svc().db_url, data.order_id, language)
