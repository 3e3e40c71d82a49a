"""Manager tools over the stored demand forecast (``shopkeeper forecast``): what runs out this weekend, what to
reorder, and a product's demand next week with its interval.

Manager-only, enforced by each tool's roles: a shopper's session cannot reach them whatever the words.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from pydantic import BaseModel, Field, model_validator
from sqlalchemy import or_, select

from knowledge.db import session_scope
from knowledge.forecast import planning
from knowledge.forecast.store import ProductPlan, forecast_span, load_plans
from knowledge.schema import Product
from shopkeeper.errors import NotFound
from tools.base import Role, ToolContext, tool

_STALE_HINT = "run `shopkeeper forecast` to forecast demand from the sales history"


def _today(as_of: dt.date | None, ctx: ToolContext) -> dt.date:
    return as_of or ctx.settings.forecast.today or dt.datetime.now(dt.UTC).date()


def _check_span(span: tuple[dt.date, dt.date] | None, first: dt.date, last: dt.date, store: str) -> None:
    """The stored forecast must cover the days asked about: an old or missing forecast is said, never guessed."""
    if span is None:
        raise NotFound(f"no demand forecast has been made for store {store!r}", hint=_STALE_HINT)
    if span[0] > first or span[1] < last:
        raise NotFound(f"the demand forecast covers {span[0]}..{span[1]}, not {first}..{last}", hint=_STALE_HINT)


class RunOutInput(BaseModel):
    as_of: dt.date | None = Field(default=None, description="the store's today; the current date when missing")
    store: str | None = None
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=1000)


class RunOutRow(BaseModel):
    product_id: int
    sku: str
    title: str
    on_hand: int
    incoming: int  # arriving by Sunday
    demand: float  # forecast demand from today to Sunday
    demand_hi80: float
    runs_out_on: dt.date
    model: str


class RunOutOutput(BaseModel):
    store: str
    today: dt.date
    saturday: dt.date
    sunday: dt.date
    rows: list[RunOutRow]
    total: int


def _run_out(db_url: str, store: str, today: dt.date, language: str, limit: int) -> RunOutOutput:
    saturday, sunday = planning.this_weekend(today)
    with session_scope(db_url) as s:
        _check_span(forecast_span(s, store), today, sunday, store)
        plans = load_plans(s, store, today, sunday, language)
    rows = []
    for plan in plans.values():
        # Already out (nothing on hand or arriving) is the out-of-stock question, not a forecast one.
        if plan.on_hand <= 0 or not plan.days:
            continue
        day = planning.run_out_day(plan, today, sunday)
        if day is None:
            continue
        total = planning.total_demand(plan, today, sunday)
        rows.append(
            RunOutRow(
                product_id=plan.product_id,
                sku=plan.sku,
                title=plan.title,
                on_hand=plan.on_hand,
                incoming=planning.incoming_between(plan, today, sunday),
                demand=round(total.mean, 1),
                demand_hi80=round(total.hi80, 1),
                runs_out_on=day,
                model=plan.model,
            )
        )
    rows.sort(key=lambda r: (r.runs_out_on, -r.demand, r.sku))
    return RunOutOutput(store=store, today=today, saturday=saturday, sunday=sunday, rows=rows[:limit], total=len(rows))


@tool(
    "run_out_this_weekend",
    roles={Role.MANAGER},
    description="Products forecast to run out by the end of this weekend (stock on hand and incoming vs forecast "
    "demand), with the day each runs out (manager only).",
)
async def run_out_this_weekend(data: RunOutInput, ctx: ToolContext) -> RunOutOutput:
    store = data.store or ctx.settings.forecast.store
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_run_out, ctx.svc().db_url, store, _today(data.as_of, ctx), language, data.limit)


class ReorderInput(BaseModel):
    as_of: dt.date | None = None
    store: str | None = None
    lead_time_days: int = Field(default=3, ge=0, le=60, description="days until an order placed today arrives")
    cover_days: int = Field(default=7, ge=1, le=60, description="days an order must last after it arrives")
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=1000)


class ReorderRow(BaseModel):
    product_id: int
    sku: str
    title: str
    on_hand: int
    incoming: int
    demand: float  # forecast demand until the order's cover ends
    order_up_to: float
    order_qty: int
    runs_out_on: dt.date | None


class ReorderOutput(BaseModel):
    store: str
    today: dt.date
    cover_until: dt.date
    rows: list[ReorderRow]
    total: int


def _reorder(db_url: str, data: ReorderInput, store: str, today: dt.date, language: str) -> ReorderOutput:
    last = today + dt.timedelta(days=data.lead_time_days + data.cover_days - 1)
    with session_scope(db_url) as s:
        _check_span(forecast_span(s, store), today, last, store)
        plans = load_plans(s, store, today, last, language)
    rows = []
    for plan in plans.values():
        if not plan.days:
            continue
        qty, target = planning.reorder_quantity(plan, today, last)
        if qty <= 0:
            continue
        rows.append(
            ReorderRow(
                product_id=plan.product_id,
                sku=plan.sku,
                title=plan.title,
                on_hand=plan.on_hand,
                incoming=planning.incoming_between(plan, today, last),
                demand=round(planning.total_demand(plan, today, last).mean, 1),
                order_up_to=round(target, 1),
                order_qty=qty,
                runs_out_on=planning.run_out_day(plan, today, last),
            )
        )
    # Most urgent first: what runs out soonest, then the largest orders.
    rows.sort(key=lambda r: (r.runs_out_on or dt.date.max, -r.order_qty, r.sku))
    return ReorderOutput(store=store, today=today, cover_until=last, rows=rows[: data.limit], total=len(rows))


@tool(
    "reorder_suggestions",
    roles={Role.MANAGER},
    description="How many units of each product to order now so stock lasts the lead time plus the cover period "
    "at a 95% service level, from the demand forecast (manager only).",
)
async def reorder_suggestions(data: ReorderInput, ctx: ToolContext) -> ReorderOutput:
    store = data.store or ctx.settings.forecast.store
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_reorder, ctx.svc().db_url, data, store, _today(data.as_of, ctx), language)


class DemandInput(BaseModel):
    product_id: int | None = Field(default=None, ge=1)
    sku: str | None = Field(default=None, min_length=1, max_length=64)
    as_of: dt.date | None = None
    store: str | None = None
    language: str | None = None

    @model_validator(mode="after")
    def _one_product(self) -> DemandInput:
        if self.product_id is None and self.sku is None:
            raise ValueError("give a product_id or a sku")
        return self


class DemandDay(BaseModel):
    day: dt.date
    mean: float
    lo80: float
    hi80: float


class DemandOutput(BaseModel):
    product_id: int
    sku: str
    title: str
    first_day: dt.date
    last_day: dt.date
    mean: float
    lo80: float
    hi80: float
    lo95: float
    hi95: float
    model: str
    on_hand: int
    days: list[DemandDay]


def _demand(db_url: str, data: DemandInput, store: str, today: dt.date, language: str) -> DemandOutput:
    first, last = planning.next_week(today)
    with session_scope(db_url) as s:
        pid = s.scalar(
            select(Product.id).where(
                or_(Product.id == data.product_id, Product.sku == data.sku)
                if data.sku
                else Product.id == data.product_id
            )
        )
        if pid is None:
            raise NotFound(f"no product {data.sku or data.product_id}")
        _check_span(forecast_span(s, store), first, last, store)
        plan: ProductPlan | None = load_plans(s, store, first, last, language, [pid]).get(pid)
    if plan is None or not plan.days:
        raise NotFound(f"product {data.sku or data.product_id} has no demand forecast (no sales history)")
    total = planning.total_demand(plan, first, last)
    days = [
        DemandDay(day=d, mean=round(v[0], 2), lo80=round(v[1], 2), hi80=round(v[2], 2))
        for d, v in sorted(plan.days.items())
    ]
    return DemandOutput(
        product_id=plan.product_id,
        sku=plan.sku,
        title=plan.title,
        first_day=first,
        last_day=last,
        mean=round(total.mean, 1),
        lo80=round(total.lo80, 1),
        hi80=round(total.hi80, 1),
        lo95=round(total.lo95, 1),
        hi95=round(total.hi95, 1),
        model=plan.model,
        on_hand=plan.on_hand,
        days=days,
    )


@tool(
    "product_demand_next_week",
    roles={Role.MANAGER},
    description="Forecast demand for one product next week (Monday to Sunday) with 80% and 95% intervals "
    "(manager only).",
)
async def product_demand_next_week(data: DemandInput, ctx: ToolContext) -> DemandOutput:
    store = data.store or ctx.settings.forecast.store
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_demand, ctx.svc().db_url, data, store, _today(data.as_of, ctx), language)
