"""Hand-over to a person: a ticket with a summary of the conversation, stored as a StoreEvent of kind "escalation".

Why an event and not a Task: tasks are staff work on stock and prices (restock, count, price change) whose
completion is checked against the shelf; a hand-over is a conversation waiting for a person. The event's payload
holds the session, the reason, the summary and its state ("open" until released), and its id is the ticket number.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import session_scope
from knowledge.schema import StoreEvent
from shopkeeper.errors import NotFound
from tools.base import ALL_ROLES, STAFF, ToolContext, tool

Reason = Literal["human_request", "negative_sentiment", "repeated_failure", "complaint"]


class HandoffInput(BaseModel):
    reason: Reason
    summary: str = Field(max_length=4000, description="what the shopper wanted and what was tried")
    language: str = "en"


class HandoffOutput(BaseModel):
    ticket_id: int
    session_id: str
    reason: str
    state: str
    created_at: dt.datetime


def _open_ticket(db_url: str, session_id: str, data: HandoffInput) -> HandoffOutput:
    with session_scope(db_url) as s:
        existing = s.scalars(
            select(StoreEvent).where(StoreEvent.kind == "escalation").order_by(StoreEvent.id.desc()).limit(200)
        ).all()
        for ev in existing:
            # One open ticket per session: a second request updates its summary instead of opening another.
            if ev.payload.get("session_id") == session_id and ev.payload.get("state") == "open":
                ev.payload = {**ev.payload, "summary": data.summary, "reason": data.reason}
                return HandoffOutput(ticket_id=ev.id, session_id=session_id, reason=data.reason, state="open",
                                     created_at=ev.at)
        event = StoreEvent(
            kind="escalation",
            payload={"session_id": session_id, "reason": data.reason, "summary": data.summary,
                     "language": data.language, "state": "open"},
        )
        s.add(event)
        s.flush()
        return HandoffOutput(ticket_id=event.id, session_id=session_id, reason=data.reason, state="open",
                             created_at=event.at)


@tool(
    "create_handoff",
    roles=ALL_ROLES,
    description="Hand the conversation over to a person, with a reason and a summary.",
)
async def create_handoff(data: HandoffInput, ctx: ToolContext) -> HandoffOutput:
    return await asyncio.to_thread(_open_ticket, ctx.svc().db_url, ctx.session_id, data)


class AppendInput(BaseModel):
    ticket_id: int
    text: str = Field(max_length=2000, description="the shopper's new message, personal data already masked")


class AppendOutput(HandoffOutput):
    messages: int  # messages added to the ticket since it was filed


MAX_APPENDED = 100  # a ticket keeps the last 100 messages; the person reads the rest in the conversation summary


def _append(db_url: str, session_id: str, data: AppendInput) -> AppendOutput:
    with session_scope(db_url) as s:
        ev = _ticket(s, data.ticket_id)
        if ev.payload.get("session_id") != session_id:
            # A session may only write to its own ticket; the ticket's existence is not confirmed either.
            raise NotFound(f"no hand-over ticket {data.ticket_id}")
        messages = list(ev.payload.get("messages") or [])
        if ev.payload.get("state") == "open":
            at = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")
            messages = (messages + [{"at": at, "text": data.text}])[-MAX_APPENDED:]
            ev.payload = {**ev.payload, "messages": messages}
        out = _output(ev)
        return AppendOutput(**out.model_dump(), messages=len(messages))


@tool(
    "append_handoff",
    roles=ALL_ROLES,
    description="Add the shopper's new message to their open hand-over ticket, so the person taking over sees it.",
)
async def append_handoff(data: AppendInput, ctx: ToolContext) -> AppendOutput:
    return await asyncio.to_thread(_append, ctx.svc().db_url, ctx.session_id, data)


class ReleaseInput(BaseModel):
    ticket_id: int


def _ticket(s: Session, ticket_id: int) -> StoreEvent:
    ev = s.get(StoreEvent, ticket_id)
    if ev is None or ev.kind != "escalation":
        raise NotFound(f"no hand-over ticket {ticket_id}")
    return ev


def _output(ev: StoreEvent) -> HandoffOutput:
    return HandoffOutput(ticket_id=ev.id, session_id=str(ev.payload.get("session_id")),
                         reason=str(ev.payload.get("reason")), state=str(ev.payload.get("state", "open")),
                         created_at=ev.at)


def _release(db_url: str, ticket_id: int) -> HandoffOutput:
    with session_scope(db_url) as s:
        ev = _ticket(s, ticket_id)
        ev.payload = {**ev.payload, "state": "released"}
        return _output(ev)


@tool("release_handoff", roles=STAFF, description="Close a hand-over ticket: the assistant takes the session back.")
async def release_handoff(data: ReleaseInput, ctx: ToolContext) -> HandoffOutput:
    return await asyncio.to_thread(_release, ctx.svc().db_url, data.ticket_id)


class TicketInput(BaseModel):
    ticket_id: int


def _status(db_url: str, ticket_id: int) -> HandoffOutput:
    with session_scope(db_url) as s:
        return _output(_ticket(s, ticket_id))


@tool("handoff_status", roles=ALL_ROLES, description="Whether a hand-over ticket is still open or was released.")
async def handoff_status(data: TicketInput, ctx: ToolContext) -> HandoffOutput:
    out = await asyncio.to_thread(_status, ctx.svc().db_url, data.ticket_id)
    if ctx.role not in STAFF and out.session_id != ctx.session_id:
        from shopkeeper.errors import PermissionDenied

        raise PermissionDenied("a shopper may only see the hand-over of their own session")
    return out
