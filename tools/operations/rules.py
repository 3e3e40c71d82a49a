"""Rules: an event plus its context -> the task to do, with priority and due time, or no task and why.

- A gap (the shelf is empty and the system agrees) with units in the back room: restock from the back room.
- Phantom stock (the system believes in units the shelf does not show): restock if the back room has units, else a
  count, which finds out whether the units exist at all.
- A count that disagrees with the system by ``mismatch_min_units`` or more: a count.
- A lot expiring soon: a count of that lot (pull it or mark it down), due before it expires.
- A gap with nothing in the back room: no task here; it is a reorder (the forecast journey's reorder suggestions).

Priority 1 (first) to 3; a fast seller's restock is due sooner, since every hour out of stock costs more sales.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from knowledge.schema import TaskKind
from shopkeeper.settings import OperationsSettings
from tools.operations.context import Context, add_open_hours
from tools.operations.events import EXPIRY_SOON, GAP_SEEN, PHANTOM_STOCK, STOCK_MISMATCH

# When one slot has several events at once, the strongest decides (a phantom is also a gap).
STRENGTH = {PHANTOM_STOCK: 3, GAP_SEEN: 2, STOCK_MISMATCH: 1, EXPIRY_SOON: 0}


class Plan(BaseModel):
    kind: TaskKind | None  # None: no task (``reason`` says why)
    reason: str  # a code: restock_gap, restock_phantom, count_phantom, count_mismatch, count_expiry, reorder_needed
    priority: int = 3
    due_at: dt.datetime | None = None
    speed: str = "normal"  # fast | normal | slow seller


def speed_of(velocity: float, settings: OperationsSettings) -> str:
    if velocity >= settings.fast_units_per_day:
        return "fast"
    return "slow" if velocity < settings.slow_units_per_day else "normal"


def decide(event_kind: str, ctx: Context, settings: OperationsSettings, *, expires_on: dt.date | None = None) -> Plan:
    speed = speed_of(ctx.velocity, settings)
    if event_kind in (GAP_SEEN, PHANTOM_STOCK):
        if ctx.backroom_qty > 0:
            hours = {
                "fast": settings.restock_due_fast_h,
                "normal": settings.restock_due_h,
                "slow": settings.restock_due_slow_h,
            }[speed]
            return Plan(
                kind=TaskKind.RESTOCK,
                reason="restock_phantom" if event_kind == PHANTOM_STOCK else "restock_gap",
                priority={"fast": 1, "normal": 2, "slow": 3}[speed],
                due_at=add_open_hours(ctx.now, hours, settings),
                speed=speed,
            )
        if event_kind == PHANTOM_STOCK or ctx.qty_system > 0:
            return Plan(
                kind=TaskKind.COUNT,
                reason="count_phantom",
                priority=1 if speed == "fast" else 2,
                due_at=add_open_hours(ctx.now, settings.count_due_h, settings),
                speed=speed,
            )
        return Plan(kind=None, reason="reorder_needed", speed=speed)
    if event_kind == STOCK_MISMATCH:
        return Plan(
            kind=TaskKind.COUNT,
            reason="count_mismatch",
            priority=2 if speed == "fast" else 3,
            due_at=add_open_hours(ctx.now, settings.count_due_h, settings),
            speed=speed,
        )
    if event_kind == EXPIRY_SOON:
        due = add_open_hours(ctx.now, settings.count_due_h, settings)
        if expires_on is not None:
            # Before the store opens on the expiry day at the latest (and never before now).
            deadline = dt.datetime.combine(expires_on, dt.time(settings.open_hour))
            due = max(ctx.now, min(due, deadline))
        return Plan(kind=TaskKind.COUNT, reason="count_expiry", priority=2, due_at=due, speed=speed)
    return Plan(kind=None, reason="not_actionable", speed=speed)
