"""The manager console: out-of-stock board by aisle, tasks (done / count, checked like the loop's own steps), recent
events, the loop's metrics, and product edits (price, shelf stock) that reach shoppers' search at once because this
process owns the search index. Page /staff/console, JSON API under /staff/api/console.

Managers only: 401 without a staff login, 403 for other staff (a host). The typed tools behind each route check the
role again (tools.base), so the route is not the only guard.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from channels.web.staff_auth import COOKIE, StaffPrincipal, cookies_of, require_staff, staff_http_error, staff_page
from shopkeeper.errors import ShopkeeperError
from shopkeeper.settings import Settings
from tools.base import Role, ToolContext
from tools.inventory import OutOfStockInput, OutOfStockRow, out_of_stock
from tools.operations.catalog import (
    EditProductInput,
    EditProductOutput,
    FindProductsInput,
    FindProductsOutput,
    edit_product,
    find_products,
)
from tools.operations.history import RecentEventsInput, RecentEventsOutput, recent_events
from tools.operations.loop import StepReport
from tools.operations.metrics import LoopMetrics
from tools.operations.tool import (
    EnterCountInput,
    ListTasksInput,
    ListTasksOutput,
    MetricsInput,
    ReportDoneInput,
    ScanInput,
    StateFilter,
    TaskChangeOutput,
    enter_count,
    list_tasks,
    loop_metrics,
    plan_store_tasks,
    report_task_done,
)

Lang = Literal["en", "ru", "zh"]
Id = Annotated[int, Path(ge=1, le=2**62)]


def require_manager(who: Annotated[StaffPrincipal, Depends(require_staff)]) -> StaffPrincipal:
    if who.role != "manager":
        raise HTTPException(status_code=403, detail="managers only")
    return who


Manager = Annotated[StaffPrincipal, Depends(require_manager)]


class AisleBoard(BaseModel):
    aisle: str
    out: int
    phantom: int  # of ``out``: the system believes in units the shelf does not show
    restockable: int  # of ``out``: the back room holds units
    rows: list[OutOfStockRow]


class BoardOut(BaseModel):
    aisles: list[AisleBoard]
    total: int


class DoneIn(BaseModel):
    qty_moved: int | None = Field(default=None, ge=0, le=100_000)


class CountIn(BaseModel):
    qty: int = Field(ge=0, le=1_000_000)


class EditIn(BaseModel):
    price: Decimal | None = Field(default=None, gt=0, le=Decimal("1000000"), decimal_places=2)
    shelf_qty: int | None = Field(default=None, ge=0, le=1_000_000)




def _aisle_key(aisle: str) -> tuple[int, str]:
    return (int(aisle), "") if aisle.isdigit() else (1 << 30, aisle)


def console_router(settings: Settings) -> APIRouter:
    public = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/staff/api/console", tags=["staff"], dependencies=[Depends(require_manager)])

    @public.get("/staff/console", response_class=HTMLResponse)
    async def page(request: Request) -> HTMLResponse:
        who = cookies_of(request).check(request.cookies.get(COOKIE))
        if who is not None and who.role != "manager":
            return HTMLResponse(
                '<!doctype html><meta charset="utf-8"><title>Managers only</title>'
                '<p>The console is for store managers. <a href="/staff">Back</a></p>',
                status_code=403,
            )
        return staff_page(request, settings, "console.html")

    def ctx_of(who: StaffPrincipal, lang: str = "en") -> ToolContext:
        # The session names the person, so every step is logged as theirs ("staff:ana").
        return ToolContext(role=Role(who.role), session_id=f"staff:{who.user}", settings=settings, locale=lang)

    def by(who: StaffPrincipal) -> str:
        return f"staff:{who.user}"

    @api.get("/board", response_model=BoardOut)
    async def board(who: Manager, aisle: str | None = Query(None, max_length=16), lang: Lang = "en") -> BoardOut:
        try:
            found = await out_of_stock(OutOfStockInput(aisle=aisle, language=lang, limit=500), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc
        by_aisle: dict[str, list[OutOfStockRow]] = {}
        for row in found.rows:
            by_aisle.setdefault(row.aisle, []).append(row)
        aisles = [
            AisleBoard(
                aisle=a,
                out=len(rows),
                phantom=sum(r.phantom for r in rows),
                restockable=sum(r.backroom_qty > 0 for r in rows),
                rows=rows,
            )
            for a, rows in sorted(by_aisle.items(), key=lambda kv: _aisle_key(kv[0]))
        ]
        return BoardOut(aisles=aisles, total=found.total)

    @api.get("/tasks", response_model=ListTasksOutput)
    async def tasks(
        who: Manager,
        state: StateFilter = "active",
        aisle: str | None = Query(None, max_length=16),
        lang: Lang = "en",
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> ListTasksOutput:
        try:
            return await list_tasks(
                ListTasksInput(state=state, aisle=aisle, language=lang, limit=limit), ctx_of(who, lang)
            )
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.post("/tasks/{task_id}/done", response_model=TaskChangeOutput)
    async def done(task_id: Id, body: DoneIn, who: Manager, lang: Lang = "en") -> TaskChangeOutput:
        try:
            data = ReportDoneInput(task_id=task_id, qty_moved=body.qty_moved, by=by(who))
            return await report_task_done(data, ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.post("/tasks/{task_id}/count", response_model=TaskChangeOutput)
    async def count(task_id: Id, body: CountIn, who: Manager, lang: Lang = "en") -> TaskChangeOutput:
        # A count closes the task the way the loop does: verified when it agrees, failed when it does not.
        try:
            return await enter_count(EnterCountInput(task_id=task_id, qty=body.qty, by=by(who)), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.post("/scan", response_model=StepReport)
    async def scan(who: Manager) -> StepReport:
        try:
            return await plan_store_tasks(ScanInput(store=settings.forecast.store), ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.get("/events", response_model=RecentEventsOutput)
    async def events(
        who: Manager, lang: Lang = "en", limit: Annotated[int, Query(ge=1, le=500)] = 50
    ) -> RecentEventsOutput:
        try:
            return await recent_events(RecentEventsInput(language=lang, limit=limit), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.get("/metrics", response_model=LoopMetrics)
    async def metrics(
        who: Manager,
        days: Annotated[int, Query(ge=1, le=366)] = 7,
        aisle: str | None = Query(None, max_length=16),
        lang: Lang = "en",
    ) -> LoopMetrics:
        try:
            return await loop_metrics(MetricsInput(days=days, aisle=aisle, language=lang), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.get("/products", response_model=FindProductsOutput)
    async def products(who: Manager, q: str = Query("", max_length=200), lang: Lang = "en") -> FindProductsOutput:
        try:
            return await find_products(FindProductsInput(q=q, language=lang), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    @api.post("/products/{product_id}", response_model=EditProductOutput)
    async def edit(product_id: Id, body: EditIn, who: Manager, lang: Lang = "en") -> EditProductOutput:
        try:
            data = EditProductInput(product_id=product_id, price=body.price, shelf_qty=body.shelf_qty, by=by(who))
            return await edit_product(data, ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only") from exc

    router = APIRouter()
    router.include_router(public)
    router.include_router(api)
    return router
