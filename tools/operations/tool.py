"""Manager tools over the operating loop: list tasks, report one done, enter a count, the loop's metrics, and a
scan that turns new events into tasks. Manager only, enforced by each tool's roles (tools.base)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.schema import Location, Product, ProductText, Task, TaskState
from tools.base import Role, ToolContext, tool
from tools.inventory import normalise_aisle
from tools.operations import tasks
from tools.operations.events import now_utc
from tools.operations.loop import StepReport, plan_tasks
from tools.operations.metrics import LoopMetrics, compute

MANAGER = {Role.MANAGER}
StateFilter = Literal["active", "open", "in_progress", "done", "verified", "failed", "all"]


class TaskRow(BaseModel):
    id: int
    kind: str
    state: str
    priority: int
    due_at: dt.datetime | None
    overdue: bool
    reason: str
    product_id: int | None
    sku: str
    title: str
    aisle: str
    shelf: str
    position: int | None
    created_at: dt.datetime
    done_at: dt.datetime | None
    verified_at: dt.datetime | None
    note: str = ""  # the last step's note ("photo still shows a gap")


def _row(task: Task, product: Product | None, title: str | None, loc: Location | None, now: dt.datetime) -> TaskRow:
    due = task.payload.get("due_at")
    due_at = dt.datetime.fromisoformat(due) if due else None
    history = task.payload.get("history") or [{}]
    return TaskRow(
        id=task.id,
        kind=task.kind.value,
        state=task.state.value,
        priority=int(task.payload.get("priority", 3)),
        due_at=due_at,
        overdue=bool(due_at and due_at < now and task.state in (TaskState.OPEN, TaskState.IN_PROGRESS)),
        reason=str(task.payload.get("reason", "")),
        product_id=task.product_id,
        sku=product.sku if product else "",
        title=title or (product.title if product else ""),
        aisle=loc.aisle if loc else "",
        shelf=loc.shelf if loc else "",
        position=loc.position if loc else None,
        created_at=task.created_at,
        done_at=task.done_at,
        verified_at=task.verified_at,
        note=str(history[-1].get("note", "")),
    )


def _rows(
    db_url: str,
    ids: list[int] | None,
    state: StateFilter,
    aisle: str | None,
    language: str,
    limit: int,
    now: dt.datetime,
) -> tuple[list[TaskRow], int]:
    with session_scope(db_url) as s:
        stmt = (
            select(Task, Product, ProductText.title, Location)
            .outerjoin(Product, Product.id == Task.product_id)
            .outerjoin(ProductText, (ProductText.product_id == Task.product_id) & (ProductText.lang == language))
            .outerjoin(Location, Location.id == Task.location_id)
        )
        if ids is not None:
            stmt = stmt.where(Task.id.in_(ids))
        if state == "active":
            stmt = stmt.where(Task.state.in_(tasks.ACTIVE))
        elif state != "all":
            stmt = stmt.where(Task.state == TaskState(state))
        if aisle:
            stmt = stmt.where(Location.aisle == aisle)
        rows = [_row(t, p, title, loc, now) for t, p, title, loc in s.execute(stmt).all()]
    rows.sort(
        key=lambda r: (r.state not in ("open", "in_progress", "done"), r.priority, r.due_at or dt.datetime.max, r.id)
    )
    return rows[:limit], len(rows)


class ListTasksInput(BaseModel):
    state: StateFilter = "active"
    aisle: str | None = None
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=500)


class ListTasksOutput(BaseModel):
    state: str
    aisle: str | None
    rows: list[TaskRow]
    total: int


@tool(
    "list_tasks",
    roles=MANAGER,
    description="Store tasks (restock, count) by state, optionally in one aisle, most urgent first (manager only).",
)
async def list_tasks(data: ListTasksInput, ctx: ToolContext) -> ListTasksOutput:
    aisle = normalise_aisle(data.aisle)
    rows, total = await asyncio.to_thread(
        _rows, ctx.settings.db_url, None, data.state, aisle, data.language or ctx.locale or "en", data.limit, now_utc()
    )
    return ListTasksOutput(state=data.state, aisle=aisle, rows=rows, total=total)


class TaskChangeOutput(BaseModel):
    task: TaskRow


def _actor(ctx: ToolContext, by: str | None) -> str:
    return (by or f"manager:{ctx.session_id}")[:64]


def _change(db_url: str, task_id: int, language: str, fn_name: str, qty: int | None, by: str) -> TaskRow:
    at = now_utc()
    with session_scope(db_url) as s:
        task = tasks.get(s, task_id)
        if fn_name == "done":
            tasks.report_done(s, task, at=at, by=by, qty_moved=qty)
        else:
            tasks.enter_count(s, task, int(qty or 0), at=at, by=by)
    rows, _ = _rows(db_url, [task_id], "all", None, language, 1, at)
    return rows[0]


class ReportDoneInput(BaseModel):
    task_id: int = Field(ge=1)
    qty_moved: int | None = Field(default=None, ge=0, le=100_000, description="units brought from the back room")
    by: str | None = Field(default=None, max_length=64)


@tool(
    "report_task_done",
    roles=MANAGER,
    description="Report a task done (a restock may say how many units went "
    "from the back room to the shelf); it is verified by the next shelf photo or a count (manager only).",
)
async def report_task_done(data: ReportDoneInput, ctx: ToolContext) -> TaskChangeOutput:
    row = await asyncio.to_thread(
        _change, ctx.settings.db_url, data.task_id, ctx.locale or "en", "done", data.qty_moved, _actor(ctx, data.by)
    )
    return TaskChangeOutput(task=row)


class EnterCountInput(BaseModel):
    task_id: int = Field(ge=1)
    qty: int = Field(ge=0, le=1_000_000, description="units counted on the shelf (or of the lot)")
    by: str | None = Field(default=None, max_length=64)


@tool(
    "enter_count",
    roles=MANAGER,
    description="Enter a shelf count for a task; the count is booked and checks the "
    "task (verified or failed) (manager only).",
)
async def enter_count(data: EnterCountInput, ctx: ToolContext) -> TaskChangeOutput:
    row = await asyncio.to_thread(
        _change, ctx.settings.db_url, data.task_id, ctx.locale or "en", "count", data.qty, _actor(ctx, data.by)
    )
    return TaskChangeOutput(task=row)


class MetricsInput(BaseModel):
    days: int = Field(default=7, ge=1, le=366)
    aisle: str | None = None
    language: str | None = None


@tool(
    "loop_metrics",
    roles=MANAGER,
    description="Hours out of stock per product, time to restock and estimated "
    "lost sales over the last days, optionally in one aisle (manager only).",
)
async def loop_metrics(data: MetricsInput, ctx: ToolContext) -> LoopMetrics:
    return await asyncio.to_thread(
        compute,
        ctx.settings,
        days=data.days,
        aisle=normalise_aisle(data.aisle),
        language=data.language or ctx.locale or "en",
    )


class ScanInput(BaseModel):
    store: str = Field(default="main", max_length=64)


@tool(
    "plan_store_tasks",
    roles=MANAGER,
    description="Scan stock and lots for new events and turn every unhandled event into a task (manager only).",
)
async def plan_store_tasks(data: ScanInput, ctx: ToolContext) -> StepReport:
    return await asyncio.to_thread(plan_tasks, ctx.settings, store=data.store)
