"""Tasks and their states, each change recorded (in the task's own history and as a ``task_state`` event).

open -> in_progress -> done (reported by staff) -> verified | failed (checked: a new shelf photo, or a count).
A restock seen filled by a photo before anyone reported it is verified straight away: the shelf is what counts.
Priority, due time, the reason and the events behind a task live in its payload (the schema has no columns for them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.schema import Location, LocationKind, Lot, Stock, StoreEvent, Task, TaskKind, TaskState
from shopkeeper.errors import InputRejected, NotFound
from tools.operations.events import COUNT_ENTERED, STOCK_MISMATCH, STOCK_MOVED, TASK_STATE, record
from tools.operations.rules import Plan

ACTIVE = (TaskState.OPEN, TaskState.IN_PROGRESS, TaskState.DONE)
_NEXT: dict[TaskState, set[TaskState]] = {
    TaskState.OPEN: {TaskState.IN_PROGRESS, TaskState.DONE, TaskState.VERIFIED},
    TaskState.IN_PROGRESS: {TaskState.DONE, TaskState.VERIFIED},
    TaskState.DONE: {TaskState.VERIFIED, TaskState.FAILED},
    TaskState.VERIFIED: set(),
    TaskState.FAILED: set(),
}


def find_active(s: Session, kind: TaskKind, product_id: int, location_id: int | None) -> Task | None:
    stmt = select(Task).where(Task.kind == kind, Task.product_id == product_id, Task.state.in_(ACTIVE))
    stmt = stmt.where(Task.location_id.is_(None) if location_id is None else Task.location_id == location_id)
    return s.execute(stmt.order_by(Task.id)).scalars().first()


def get(s: Session, task_id: int) -> Task:
    task = s.get(Task, task_id)
    if task is None:
        raise NotFound(f"no task {task_id}", hint="list tasks to see their numbers")
    return task


def create(
    s: Session,
    plan: Plan,
    *,
    product_id: int,
    location_id: int | None,
    events: list[StoreEvent],
    at: dt.datetime,
    extra: dict[str, Any] | None = None,
) -> Task:
    assert plan.kind is not None
    payload: dict[str, Any] = {
        "reason": plan.reason,
        "priority": plan.priority,
        "due_at": plan.due_at.isoformat() if plan.due_at else None,
        "speed": plan.speed,
        "event_ids": [e.id for e in events],
        "event_at": min(e.at for e in events).isoformat() if events else at.isoformat(),
        "history": [],
        **(extra or {}),
    }
    task = Task(
        kind=plan.kind,
        state=TaskState.OPEN,
        product_id=product_id,
        location_id=location_id,
        payload=payload,
        created_by="operations",
        created_at=at,
    )
    s.add(task)
    s.flush()
    _log(s, task, None, TaskState.OPEN, at=at, by="operations", note=plan.reason)
    return task


def _log(
    s: Session,
    task: Task,
    old: TaskState | None,
    new: TaskState,
    *,
    at: dt.datetime,
    by: str,
    note: str,
    check: dict[str, Any] | None = None,
) -> None:
    step: dict[str, Any] = {
        "at": at.isoformat(),
        "from": old.value if old else None,
        "to": new.value,
        "by": by,
        "note": note,
    }
    if check:
        step["check"] = check
    # A new dict: SQLAlchemy sees a JSON column change only when the value is replaced.
    task.payload = {**task.payload, "history": [*task.payload.get("history", []), step]}
    record(
        s,
        TASK_STATE,
        product_id=task.product_id,
        location_id=task.location_id,
        payload={"task_id": task.id, "kind": task.kind.value, **step},
        at=at,
    )


def move(
    s: Session,
    task: Task,
    new: TaskState,
    *,
    at: dt.datetime,
    by: str,
    note: str = "",
    check: dict[str, Any] | None = None,
) -> Task:
    old = task.state
    if new not in _NEXT[old]:
        raise InputRejected(f"task {task.id} is {old.value}: it cannot become {new.value}")
    task.state = new
    if new == TaskState.DONE:
        task.done_at = at
        task.assignee = task.assignee or by
    if new in (TaskState.VERIFIED, TaskState.FAILED):
        task.verified_at = at
    _log(s, task, old, new, at=at, by=by, note=note, check=check)
    return task


def _backroom_stock(s: Session, product_id: int, store: str) -> Stock | None:
    return (
        s.execute(
            select(Stock)
            .join(Location, Location.id == Stock.location_id)
            .where(Stock.product_id == product_id, Location.kind == LocationKind.BACKROOM, Location.store == store)
            .order_by(Stock.qty_system.desc())
        )
        .scalars()
        .first()
    )


def _shelf_stock(s: Session, task: Task) -> Stock | None:
    if task.location_id is None or task.product_id is None:
        return None
    return (
        s.execute(select(Stock).where(Stock.product_id == task.product_id, Stock.location_id == task.location_id))
        .scalars()
        .first()
    )


def report_done(s: Session, task: Task, *, at: dt.datetime, by: str, qty_moved: int | None = None) -> Task:
    """Staff say the task is done; a restock may say how many units went from the back room to the shelf, which
    moves them in the system (at most what the back room holds). The check comes later: a photo or a count."""
    if task.state not in ACTIVE or task.state == TaskState.DONE:
        raise InputRejected(f"task {task.id} is {task.state.value}: only an open task can be reported done")
    note = "reported done"
    if qty_moved and task.kind == TaskKind.RESTOCK and task.product_id is not None:
        shelf = _shelf_stock(s, task)
        loc = s.get(Location, task.location_id) if task.location_id else None
        back = _backroom_stock(s, task.product_id, loc.store if loc else "main")
        moved = min(qty_moved, back.qty_system) if back else 0
        if shelf is not None and back is not None and moved > 0:
            back.qty_system -= moved
            shelf.qty_system += moved
            record(
                s,
                STOCK_MOVED,
                product_id=task.product_id,
                location_id=task.location_id,
                payload={"task_id": task.id, "qty": moved, "from_location_id": back.location_id},
                at=at,
            )
            note = f"reported done, {moved} moved from the back room"
    return move(s, task, TaskState.DONE, at=at, by=by, note=note)


def check_reading(s: Session, task: Task, state: str, *, at: dt.datetime, photo: str) -> Task | None:
    """A new shelf photo's reading of the task's slot: a restock is verified when the slot shows product, failed when
    it was reported done and still shows a gap. Other tasks, and an open restock still empty, are left as they are."""
    if task.kind != TaskKind.RESTOCK or task.state not in ACTIVE:
        return None
    check = {"by": "photo", "photo": photo, "slot": state}
    if state == "stocked":
        note = "photo shows the slot filled" + ("" if task.state == TaskState.DONE else " (before it was reported)")
        return move(s, task, TaskState.VERIFIED, at=at, by="camera", note=note, check=check)
    if state == "empty" and task.state == TaskState.DONE and (task.done_at is None or at >= task.done_at):
        return move(s, task, TaskState.FAILED, at=at, by="camera", note="photo still shows a gap", check=check)
    return None


def enter_count(s: Session, task: Task, qty: int, *, at: dt.datetime, by: str) -> Task:
    """A count for a task's slot (or lot). The count is booked (the shelf quantity, and the system's when they
    differ); then the task is checked against it:

    - restock: verified when the count finds units on the shelf, failed when it finds none after a reported restock;
    - count: verified when the count agrees with the evidence the task was raised on (``payload.expected``: what
      the camera or the last count saw), failed when it does not (the sources conflict: count again or photograph).
    """
    if qty < 0:
        raise InputRejected("a count cannot be negative")
    if task.state not in ACTIVE:
        raise InputRejected(f"task {task.id} is {task.state.value}: it takes no more counts")
    lot_code = task.payload.get("lot")
    before: int | None = None
    if lot_code:
        lot = s.execute(select(Lot).where(Lot.code == lot_code)).scalars().first()
        before = lot.qty if lot else None
        if lot is not None:
            lot.qty = qty
    else:
        shelf = _shelf_stock(s, task)
        if shelf is not None:
            before = shelf.qty_system
            shelf.qty_shelf = qty
            if task.kind == TaskKind.COUNT and shelf.qty_system != qty:
                # Staff counts are booked: the system's figure follows the count, and the correction is recorded.
                record(
                    s,
                    STOCK_MISMATCH,
                    product_id=task.product_id,
                    location_id=task.location_id,
                    payload={
                        "source": "count",
                        "task_id": task.id,
                        "qty_system": shelf.qty_system,
                        "qty_shelf_counted": qty,
                        "corrected": True,
                        "handled": task.id,
                    },
                    at=at,
                )
                shelf.qty_system = qty
    record(
        s,
        COUNT_ENTERED,
        product_id=task.product_id,
        location_id=task.location_id,
        payload={"task_id": task.id, "qty": qty, "qty_system_before": before, "by": by},
        at=at,
    )
    check: dict[str, Any] = {"by": "count", "qty": qty}
    if task.kind == TaskKind.RESTOCK:
        if qty > 0:
            return move(s, task, TaskState.VERIFIED, at=at, by=by, note="count finds units on the shelf", check=check)
        if task.state == TaskState.DONE:
            return move(s, task, TaskState.FAILED, at=at, by=by, note="count finds the shelf empty", check=check)
        return task
    expected = task.payload.get("expected")
    check["expected"] = expected
    if task.state != TaskState.DONE:
        move(s, task, TaskState.DONE, at=at, by=by, note="count entered")
    if expected is None or int(expected) == qty:
        return move(s, task, TaskState.VERIFIED, at=at, by=by, note="count agrees", check=check)
    return move(s, task, TaskState.FAILED, at=at, by=by, note="count disagrees with what was seen", check=check)
