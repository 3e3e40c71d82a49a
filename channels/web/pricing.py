"""The manager console's price proposals: list them with their drivers, approve (the price changes at once, in the
store DB and in the search index this process owns) or reject. Page /staff/pricing, API under /staff/api/pricing.

Staff login is required (``require_staff``: 401 without the cookie); the decision itself is the typed tools' own
role check (tools/pricing/manager.py): a host's login reaches the tool as a host and is refused (403).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from channels.web.staff_auth import StaffPrincipal, require_staff, staff_http_error, staff_page
from shopkeeper.errors import ShopkeeperError
from shopkeeper.settings import Settings
from tools.base import Role, ToolContext
from tools.pricing.manager import (
    DecisionInput,
    DecisionOutput,
    ProposalsInput,
    ProposalsOutput,
    approve_price_proposal,
    price_proposals,
    reject_price_proposal,
)
from tools.pricing.store import ProposalConflict

Staff = Annotated[StaffPrincipal, Depends(require_staff)]


class RejectIn(BaseModel):
    note: str = Field(default="", max_length=500)




def pricing_router(settings: Settings) -> APIRouter:
    public = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/staff/api/pricing", tags=["staff"], dependencies=[Depends(require_staff)])

    @public.get("/staff/pricing", response_class=HTMLResponse)
    async def page(request: Request) -> HTMLResponse:
        return staff_page(request, settings, "pricing.html")

    def ctx_of(who: StaffPrincipal, lang: str = "en") -> ToolContext:
        # The session names the person, so the decision is logged as theirs ("staff:ana").
        return ToolContext(role=Role(who.role), session_id=f"staff:{who.user}", settings=settings, locale=lang)

    @api.get("/proposals", response_model=ProposalsOutput)
    async def proposals(
        who: Staff,
        state: Literal["proposed", "applied", "rejected", "all"] = "proposed",
        lang: Literal["en", "ru", "zh"] = "en",
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> ProposalsOutput:
        try:
            return await price_proposals(ProposalsInput(state=state, language=lang, limit=limit), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", conflict=ProposalConflict) from exc

    @api.post("/proposals/{proposal_id}/approve", response_model=DecisionOutput)
    async def approve(proposal_id: int, who: Staff) -> DecisionOutput:
        try:
            return await approve_price_proposal(DecisionInput(proposal_id=proposal_id), ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", conflict=ProposalConflict) from exc

    @api.post("/proposals/{proposal_id}/reject", response_model=DecisionOutput)
    async def reject(proposal_id: int, who: Staff, body: Annotated[RejectIn | None, Body()] = None) -> DecisionOutput:
        note = body.note if body else ""
        try:
            return await reject_price_proposal(DecisionInput(proposal_id=proposal_id, note=note), ctx_of(who))
        except ShopkeeperError as exc:
            raise staff_http_error(exc, denied="managers only", conflict=ProposalConflict) from exc

    router = APIRouter()
    router.include_router(public)
    router.include_router(api)
    return router
