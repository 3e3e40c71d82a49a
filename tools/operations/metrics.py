"""What the loop achieves, from its recorded history: hours out of stock per product, time to restock (first event to
verified), and the sales those hours probably cost (velocity x hours out of stock).

Out of stock is what was observed: a slot's spell starts at its first gap seen (camera) and ends when the shelf is
seen or counted with units again (a restocked photo, a verified restock, a count above 0); a spell still open runs
to ``now``. Stock the system says is 0 but nobody has looked at is not counted here: it was never observed.
Lost sales assume the product sells at its recent velocity spread evenly over the day (units/day x hours / 24).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from statistics import median

from pydantic import BaseModel, Field
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.schema import Location, Product, StoreEvent, Task, TaskKind, TaskState
from shopkeeper.settings import Settings
from tools.operations.context import velocities
from tools.operations.events import COUNT_ENTERED, GAP_SEEN, SHELF_RESTOCKED_SEEN, TASK_STATE, now_utc


class ProductMetrics(BaseModel):
    product_id: int
    sku: str
    title: str
    aisle: str
    hours_out_of_stock: float
    out_now: bool
    velocity: float  # units/day
    lost_units: float
    lost_revenue: Decimal


class LoopMetrics(BaseModel):
    since: dt.datetime
    until: dt.datetime
    products: list[ProductMetrics]
    hours_out_of_stock: float
    lost_units: float
    lost_revenue: Decimal
    tasks_by_state: dict[str, int] = Field(default_factory=dict)
    restocks_verified: int = 0
    restock_hours_mean: float | None = None  # first event -> verified
    restock_hours_median: float | None = None
    overdue_open: int = 0  # active tasks past their due time


def _ends_spell(e: StoreEvent) -> bool:
    if e.kind == SHELF_RESTOCKED_SEEN:
        return True
    if e.kind == COUNT_ENTERED:
        return int(e.payload.get("qty") or 0) > 0
    return (
        e.kind == TASK_STATE
        and e.payload.get("to") == TaskState.VERIFIED.value
        and e.payload.get("kind") == TaskKind.RESTOCK.value
    )


def compute(
    settings: Settings, *, days: int = 7, aisle: str | None = None, now: dt.datetime | None = None, language: str = "en"
) -> LoopMetrics:
    until = now or now_utc()
    since = until - dt.timedelta(days=days)
    with session_scope(settings.db_url) as s:
        events = (
            s.execute(
                select(StoreEvent)
                .where(
                    StoreEvent.kind.in_((GAP_SEEN, SHELF_RESTOCKED_SEEN, COUNT_ENTERED, TASK_STATE)),
                    StoreEvent.location_id.is_not(None),
                    StoreEvent.at <= until,
                )
                .order_by(StoreEvent.at, StoreEvent.id)
            )
            .scalars()
            .all()
        )
        locs = {loc.id: loc for loc in s.execute(select(Location)).scalars()}
        hours: dict[int, float] = {}
        out_now: dict[int, bool] = {}
        spell: dict[tuple[int, int], dt.datetime] = {}  # (location, product) -> start of the open spell
        for e in events:
            if e.product_id is None or e.location_id is None:
                continue
            if aisle is not None and locs[e.location_id].aisle != aisle:
                continue
            key = (e.location_id, e.product_id)
            if e.kind == GAP_SEEN:
                spell.setdefault(key, e.at)
            elif _ends_spell(e) and key in spell:
                start = max(spell.pop(key), since)
                if e.at > start:
                    hours[e.product_id] = hours.get(e.product_id, 0.0) + (e.at - start).total_seconds() / 3600
                hours.setdefault(e.product_id, 0.0)
        for (_loc, pid), start in spell.items():
            start = max(start, since)
            hours[pid] = hours.get(pid, 0.0) + max(0.0, (until - start).total_seconds() / 3600)
            out_now[pid] = True
        vel = velocities(s, list(hours), until.date(), settings.operations.velocity_days) if hours else {}
        products = {p.id: p for p in s.execute(select(Product).where(Product.id.in_(list(hours)))).scalars()}
        shelf_of = {e.product_id: locs[e.location_id].aisle for e in events if e.product_id and e.location_id}
        rows: list[ProductMetrics] = []
        for pid, h in hours.items():
            if h <= 0 and not out_now.get(pid):
                continue  # a spell that ended before the period: nothing in it
            p = products[pid]
            lost = vel.get(pid, 0.0) * h / 24
            title = next((t.title for t in p.texts if t.lang == language), p.title)
            rows.append(
                ProductMetrics(
                    product_id=pid,
                    sku=p.sku,
                    title=title,
                    aisle=shelf_of.get(pid, ""),
                    hours_out_of_stock=round(h, 2),
                    out_now=out_now.get(pid, False),
                    velocity=round(vel.get(pid, 0.0), 3),
                    lost_units=round(lost, 2),
                    lost_revenue=(Decimal(str(lost)) * p.price).quantize(Decimal("0.01")),
                )
            )
        rows.sort(key=lambda r: (-r.lost_units, -r.hours_out_of_stock, r.sku))

        task_rows = s.execute(select(Task).where(Task.created_at >= since, Task.created_at <= until)).scalars().all()
        if aisle is not None:
            task_rows = [t for t in task_rows if t.location_id in locs and locs[t.location_id].aisle == aisle]
        by_state: dict[str, int] = {}
        spans: list[float] = []
        overdue = 0
        for t in task_rows:
            by_state[t.state.value] = by_state.get(t.state.value, 0) + 1
            if t.kind == TaskKind.RESTOCK and t.state == TaskState.VERIFIED and t.verified_at is not None:
                first = dt.datetime.fromisoformat(t.payload.get("event_at") or t.created_at.isoformat())
                spans.append((t.verified_at - first).total_seconds() / 3600)
            due = t.payload.get("due_at")
            if t.state in (TaskState.OPEN, TaskState.IN_PROGRESS) and due and dt.datetime.fromisoformat(due) < until:
                overdue += 1
    return LoopMetrics(
        since=since,
        until=until,
        products=rows,
        hours_out_of_stock=round(sum(r.hours_out_of_stock for r in rows), 2),
        lost_units=round(sum(r.lost_units for r in rows), 2),
        lost_revenue=sum((r.lost_revenue for r in rows), Decimal("0.00")),
        tasks_by_state=by_state,
        restocks_verified=len(spans),
        restock_hours_mean=round(sum(spans) / len(spans), 2) if spans else None,
        restock_hours_median=round(median(spans), 2) if spans else None,
        overdue_open=overdue,
    )
