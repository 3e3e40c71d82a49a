"""The loop's steps, run after a shelf photo and by a periodic scan:

1. events: the photo's gaps and phantom stock (recorded by the planogram code), mismatches and expiring lots
   (scanned here);
2. rules + context: each slot's unhandled events -> one task (or none, with the reason kept on the event);
3. control: a photo's readings check the restock tasks of the slots it shows (tasks.check_reading); counts check
   theirs (tasks.enter_count).
An event is handled once: its payload gets ``handled`` (the task id) or ``no_task`` (the rule's reason).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.planogram import ShelfId, load_shelf, record_readings
from knowledge.schema import Location, StoreEvent, TaskState
from shopkeeper.settings import Settings
from tools.operations import tasks
from tools.operations.context import gather
from tools.operations.events import ACTIONABLE, EXPIRY_SOON, now_utc, scan_expiry, scan_stock
from tools.operations.rules import STRENGTH, decide

if TYPE_CHECKING:  # the analyzer (numpy slot fitting) is imported when a photo is analysed, not with the tools
    from tools.vision.analyze import Analysis, ShelfDetector


class StepReport(BaseModel):
    events: int = 0  # new events recorded by the scans
    tasks_created: list[int] = Field(default_factory=list)
    tasks_joined: list[int] = Field(default_factory=list)  # an event added to a task already open for its slot
    no_task: dict[str, int] = Field(default_factory=dict)  # reason -> events
    verified: list[int] = Field(default_factory=list)
    failed: list[int] = Field(default_factory=list)


def plan_tasks(
    settings: Settings, *, now: dt.datetime | None = None, store: str = "main", scan: bool = True
) -> StepReport:
    """Scan for events (optional), then turn every unhandled actionable event into a task."""
    at = now or now_utc()
    ops = settings.operations
    report = StepReport()
    with session_scope(settings.db_url) as s:
        if scan:
            report.events = len(
                scan_stock(s, store=store, min_units=ops.mismatch_min_units, at=at, window_days=ops.event_window_days)
            )
            report.events += len(scan_expiry(s, days=ops.expiry_days, at=at))
        pending = [
            e
            for e in s.execute(
                select(StoreEvent)
                .where(StoreEvent.kind.in_(ACTIONABLE), StoreEvent.at >= at - dt.timedelta(days=ops.event_window_days))
                .order_by(StoreEvent.at, StoreEvent.id)
            ).scalars()
            if "handled" not in e.payload and "no_task" not in e.payload and e.product_id is not None
        ]
        groups: dict[tuple[int, int | None, str], list[StoreEvent]] = {}
        for e in pending:
            # Expiry is about a lot, the others about a slot; a slot's gap and phantom events make one task.
            key = (e.product_id or 0, e.location_id, e.payload.get("lot", "") if e.kind == EXPIRY_SOON else "")
            groups.setdefault(key, []).append(e)
        for (product_id, location_id, lot), events in groups.items():
            lead = max(events, key=lambda e: (STRENGTH.get(e.kind, 0), e.at))
            ctx = gather(s, product_id, location_id, store=store, now=at, settings=ops)
            expires = dt.date.fromisoformat(lead.payload["expires_on"]) if lot else None
            plan = decide(lead.kind, ctx, ops, expires_on=expires)
            if plan.kind is None:
                for e in events:
                    e.payload = {**e.payload, "no_task": plan.reason}
                report.no_task[plan.reason] = report.no_task.get(plan.reason, 0) + len(events)
                continue
            task = tasks.find_active(s, plan.kind, product_id, location_id) if not lot else None
            if task is not None:
                task.payload = {
                    **task.payload,
                    "event_ids": [*task.payload.get("event_ids", []), *(e.id for e in events)],
                }
                report.tasks_joined.append(task.id)
            else:
                extra: dict[str, object] = {
                    "velocity": round(ctx.velocity, 3),
                    "backroom_qty": ctx.backroom_qty,
                    "qty_system": ctx.qty_system,
                }
                if lot:
                    extra.update(lot=lot, expected=lead.payload.get("qty"), expires_on=lead.payload["expires_on"])
                elif plan.reason.startswith("count_"):
                    # What the count is checked against: the shelf as the camera or the last count saw it.
                    seen = lead.payload.get("qty_shelf_counted", lead.payload.get("facings_seen", 0))
                    extra["expected"] = int(seen or 0)
                task = tasks.create(
                    s, plan, product_id=product_id, location_id=location_id, events=events, at=at, extra=extra
                )
                report.tasks_created.append(task.id)
            for e in events:
                e.payload = {**e.payload, "handled": task.id}
    return report


def check_photo(
    settings: Settings, analysis: Analysis, shelf: ShelfId, *, now: dt.datetime | None = None
) -> StepReport:
    """Control: the photo's reading of each slot checks the restock tasks there."""
    at = now or now_utc()
    report = StepReport()
    with session_scope(settings.db_url) as s:
        locs = {
            loc.position: loc.id
            for loc in s.execute(
                select(Location).where(
                    Location.store == shelf.store, Location.aisle == shelf.aisle, Location.shelf == shelf.shelf
                )
            ).scalars()
        }
        for r in analysis.readings:
            loc_id = locs.get(r.position)
            if loc_id is None or r.state == "unknown":
                continue
            for task in s.execute(
                select(tasks.Task).where(tasks.Task.location_id == loc_id, tasks.Task.state.in_(tasks.ACTIVE))
            ).scalars():
                done = tasks.check_reading(s, task, r.state, at=at, photo=analysis.photo)
                if done is not None:
                    (report.verified if done.state == TaskState.VERIFIED else report.failed).append(done.id)
    return report


def analyze_and_act(
    settings: Settings, photo: Path, shelf: ShelfId, detector: ShelfDetector, *, now: dt.datetime | None = None
) -> tuple[Analysis, StepReport]:
    """One shelf photo through the whole loop: analyse (the real analyzer), record its readings at ``now``, check
    the slot's tasks against them, then plan tasks for the new events."""
    from tools.vision.analyze import analyze_photo

    at = now or now_utc()
    analysis = analyze_photo(settings, photo, shelf, detector, record=False)
    plan = load_shelf(settings.db_url, shelf)
    analysis.recorded = record_readings(settings.db_url, plan, analysis.readings, photo=str(photo), at=at)
    checked = check_photo(settings, analysis, shelf, now=at)
    planned = plan_tasks(settings, now=at, store=shelf.store, scan=False)
    planned.verified, planned.failed = checked.verified, checked.failed
    return analysis, planned
