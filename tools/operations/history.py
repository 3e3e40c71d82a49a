"""The loop's recent history for the manager console: the latest store events (gaps seen, phantom stock, counts, task
steps, price and stock edits), newest first, each with its product and place and a one-line summary. Manager only."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.schema import Location, Product, ProductText, StoreEvent
from tools.base import Role, ToolContext, tool


class EventRow(BaseModel):
    id: int
    kind: str
    at: dt.datetime
    product_id: int | None
    sku: str
    title: str
    aisle: str
    shelf: str
    summary: str


def summarise(kind: str, payload: dict[str, Any]) -> str:
    """A short line for the table; the keys are the ones the loop, the planogram and the edits write."""
    if kind == "task_state":
        line = f"task {payload.get('task_id')} {payload.get('from') or 'new'} → {payload.get('to')}"
        who, note = payload.get("by"), payload.get("note")
        return line + (f" by {who}" if who else "") + (f": {note}" if note else "")
    if kind in ("price_changed", "stock_edited"):
        return f"{payload.get('old')} → {payload.get('new')}" + (f" by {payload['by']}" if payload.get("by") else "")
    if kind == "count_entered":
        return f"counted {payload.get('qty')} (system had {payload.get('qty_system_before')})"
    parts = []
    for key in ("qty_system", "qty_shelf_counted", "facings_seen", "qty", "lot", "expires_on", "photo"):
        if payload.get(key) is not None:
            parts.append(f"{key.replace('_', ' ')} {payload[key]}")
    if "handled" in payload:
        parts.append(f"→ task {payload['handled']}")
    elif "no_task" in payload:
        parts.append(f"no task: {payload['no_task']}")
    return ", ".join(parts)


def _recent(db_url: str, kinds: list[str] | None, language: str, limit: int) -> list[EventRow]:
    with session_scope(db_url) as s:
        stmt = (
            select(StoreEvent, Product, ProductText.title, Location)
            .outerjoin(Product, Product.id == StoreEvent.product_id)
            .outerjoin(ProductText, (ProductText.product_id == StoreEvent.product_id) & (ProductText.lang == language))
            .outerjoin(Location, Location.id == StoreEvent.location_id)
            .order_by(StoreEvent.at.desc(), StoreEvent.id.desc())
            .limit(limit)
        )
        if kinds:
            stmt = stmt.where(StoreEvent.kind.in_(kinds))
        return [
            EventRow(
                id=e.id,
                kind=e.kind,
                at=e.at,
                product_id=e.product_id,
                sku=p.sku if p else "",
                title=title or (p.title if p else ""),
                aisle=loc.aisle if loc else "",
                shelf=loc.shelf if loc else "",
                summary=summarise(e.kind, dict(e.payload or {})),
            )
            for e, p, title, loc in s.execute(stmt).all()
        ]


class RecentEventsInput(BaseModel):
    kinds: list[str] | None = Field(default=None, max_length=20, description="only these kinds (all when missing)")
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=500)


class RecentEventsOutput(BaseModel):
    rows: list[EventRow]


@tool(
    "recent_store_events",
    roles={Role.MANAGER},
    description="The latest store events (gaps seen, phantom stock, counts, task steps, price and stock edits), "
    "newest first (manager only).",
)
async def recent_events(data: RecentEventsInput, ctx: ToolContext) -> RecentEventsOutput:
    rows = await asyncio.to_thread(
        _recent, ctx.settings.db_url, data.kinds, data.language or ctx.locale or "en", data.limit
    )
    return RecentEventsOutput(rows=rows)
