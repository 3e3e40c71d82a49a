"""The manager's typed pricing tools: list the price proposals, approve one (the price changes at once), reject one.

Manager-only, enforced by each tool's roles (tools/base.py): a shopper's or host's session cannot reach them
whatever the words, and an LLM in tool-calling mode is never offered them outside a manager's session.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from knowledge.schema import ProposalState
from shopkeeper.errors import ShopkeeperError
from tools.base import Role, ToolContext, tool
from tools.pricing import store
from tools.pricing.models import ProposalView

_STATES: dict[str, ProposalState | None] = {
    "proposed": ProposalState.PROPOSED,
    "applied": ProposalState.APPLIED,
    "rejected": ProposalState.REJECTED,
    "all": None,
}


def _actor(ctx: ToolContext) -> str:
    """Who decided: the session of the manager (the web console names it ``staff:<user>``)."""
    return ctx.session_id


class ProposalsInput(BaseModel):
    state: Literal["proposed", "applied", "rejected", "all"] = "proposed"
    language: str | None = None
    limit: int = Field(default=50, ge=1, le=1000)


class ProposalsOutput(BaseModel):
    rows: list[ProposalView]
    total: int


@tool(
    "price_proposals",
    roles={Role.MANAGER},
    description="Price proposals (markdowns for overstock and expiring lots) with their expected effect on units, "
    "revenue and margin and the drivers behind each; pending ones by default (manager only).",
)
async def price_proposals(data: ProposalsInput, ctx: ToolContext) -> ProposalsOutput:
    lang = data.language or ctx.locale or "en"
    rows, total = await asyncio.to_thread(store.list_proposals, ctx.svc().db_url, _STATES[data.state], lang, data.limit)
    return ProposalsOutput(rows=rows, total=total)


class DecisionInput(BaseModel):
    proposal_id: int = Field(ge=1)
    note: str = Field(default="", max_length=500)


class DecisionOutput(BaseModel):
    proposal: ProposalView
    index_refreshed: bool = False  # approval: the search index's price payload was updated in this process


def _index_of(ctx: ToolContext) -> object | None:
    """The search index when this process can write it (the serving process owns the embedded one)."""
    try:
        index: object = ctx.svc().index
    except ShopkeeperError:
        return None
    return index


def _today(ctx: ToolContext) -> dt.date:
    return ctx.settings.forecast.today or dt.datetime.now(dt.UTC).date()


@tool(
    "approve_price_proposal",
    roles={Role.MANAGER},
    description="Approve a pending price proposal: the product's price changes in the store at once (checked "
    "again against the guardrails first) and the change is logged (manager only).",
)
async def approve_price_proposal(data: DecisionInput, ctx: ToolContext) -> DecisionOutput:
    index = await asyncio.to_thread(_index_of, ctx)
    view, refreshed = await asyncio.to_thread(
        store.approve, ctx.svc().db_url, data.proposal_id, _actor(ctx), ctx.settings.pricing, _today(ctx), index
    )
    return DecisionOutput(proposal=view, index_refreshed=refreshed)


@tool(
    "reject_price_proposal",
    roles={Role.MANAGER},
    description="Reject a pending price proposal; the price stays and the decision is logged (manager only).",
)
async def reject_price_proposal(data: DecisionInput, ctx: ToolContext) -> DecisionOutput:
    view = await asyncio.to_thread(store.reject, ctx.svc().db_url, data.proposal_id, _actor(ctx), data.note)
    return DecisionOutput(proposal=view)
