"""The manager console's A/B experiments: list them, read one's results per variant (rates, intervals, tests,
the minimum-sample warning), define, start or stop one. Page /staff/experiments, API under /staff/api/experiments.

Staff login is required (``require_staff``: 401 without the cookie); the tools' own role check makes it
managers only (a host's login is refused with 403).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from channels.web.staff_auth import StaffPrincipal, require_staff, staff_http_error, staff_page
from shopkeeper.errors import ShopkeeperError
from shopkeeper.settings import Settings
from tools.base import Role, ToolContext
from tools.experiments.manager import (
    ActiveInput,
    CreateOutput,
    ExperimentsInput,
    ExperimentsOutput,
    ResultsInput,
    experiment_create,
    experiment_results,
    experiment_set_active,
    experiments,
)
from tools.experiments.models import ExperimentResults, ExperimentSpec

Staff = Annotated[StaffPrincipal, Depends(require_staff)]




def experiments_router(settings: Settings) -> APIRouter:
    public = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/staff/api/experiments", tags=["staff"], dependencies=[Depends(require_staff)])

    @public.get("/staff/experiments", response_class=HTMLResponse)
    async def page(request: Request) -> HTMLResponse:
        return staff_page(request, settings, "experiments.html")

    def ctx_of(who: StaffPrincipal) -> ToolContext:
        return ToolContext(role=Role(who.role), session_id=f"staff:{who.user}", settings=settings)

    @api.get("", response_model=ExperimentsOutput)
    async def list_all(who: Staff) -> ExperimentsOutput:
        try:
            return await experiments(ExperimentsInput(), ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", rejected_status=409) from exc

    @api.get("/{name}/results", response_model=ExperimentResults)
    async def results(
        name: str, who: Staff, min_sample: Annotated[int, Query(ge=1, le=1_000_000)] = 100
    ) -> ExperimentResults:
        try:
            return await experiment_results(ResultsInput(name=name, min_sample=min_sample), ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", rejected_status=409) from exc

    @api.post("", response_model=CreateOutput, status_code=201)
    async def create(spec: ExperimentSpec, who: Staff) -> CreateOutput:
        try:
            return await experiment_create(spec, ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", rejected_status=409) from exc

    @api.post("/{name}/{action}", response_model=CreateOutput)
    async def set_active(name: str, action: str, who: Staff) -> CreateOutput:
        if action not in ("start", "stop"):
            raise HTTPException(404, "unknown action")
        try:
            return await experiment_set_active(ActiveInput(name=name, active=action == "start"), ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", rejected_status=409) from exc

    router = APIRouter()
    router.include_router(public)
    router.include_router(api)
    return router
