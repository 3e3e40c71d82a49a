"""Hand-over to a person: a ticket with a summary of the conversation, stored as a StoreEvent of kind "escalation".

Why an event and not a Task: tasks are staff work on stock and prices (restock, count, price change) whose
completion is checked against the shelf; a hand-over is a conversation waiting for a person. The event's payload
holds the session, the reason, the summary and its state, and its id is the ticket number.

States: "open" (filed, waiting for a person), "taken" (a person holds the session: the assistant does not answer),
"released" (the assistant has the session back). "open" and "taken" are active: the session's messages go to the
ticket. Messages carry who wrote them ("shopper" or "staff"), so a reconnecting shopper sees the person's replies.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import session_scope
from knowledge.schema import StoreEvent
from shopkeeper.errors import NotFound, ShopkeeperError
from tools.base import ALL_ROLES, STAFF, ToolContext, tool

Reason = Literal["human_request", "negative_sentiment", "repeated_failure", "complaint"]
ACTIVE = ("open", "taken")


class HandoffConflict(ShopkeeperError):
    """A staff action that the ticket's state does not allow (taken by someone else, already released)."""

    code = "conflict"


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
            if ev.payload.get("session_id") == session_id and ev.payload.get("state") in ACTIVE:
                ev.payload = {**ev.payload, "summary": data.summary, "reason": data.reason}
                return HandoffOutput(ticket_id=ev.id, session_id=session_id, reason=data.reason,
                                     state=str(ev.payload.get("state")), created_at=ev.at)
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
        if ev.payload.get("state") in ACTIVE:
            messages = (messages + [{"at": _now(), "from": "shopper", "text": data.text}])[-MAX_APPENDED:]
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


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _ticket(s: Session, ticket_id: int) -> StoreEvent:
    ev = s.get(StoreEvent, ticket_id)
    if ev is None or ev.kind != "escalation":
        raise NotFound(f"no hand-over ticket {ticket_id}")
    return ev


def _output(ev: StoreEvent) -> HandoffOutput:
    return HandoffOutput(ticket_id=ev.id, session_id=str(ev.payload.get("session_id")),
                         reason=str(ev.payload.get("reason")), state=str(ev.payload.get("state", "open")),
                         created_at=ev.at)


def _release(db_url: str, ticket_id: int, by: str | None = None) -> HandoffOutput:
    with session_scope(db_url) as s:
        ev = _ticket(s, ticket_id)
        ev.payload = {**ev.payload, "state": "released", "released_by": by}
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


# ---- the staff side (channels/web/staff.py): plain functions, called with the staff member's name ----

class TicketMessage(BaseModel):
    id: str = ""  # staff replies carry one: a reconnecting shopper's page skips what it already shows
    at: str
    sender: str = Field(default="shopper", description='"shopper" or "staff"')
    by: str | None = None  # the staff member who wrote it
    text: str


class TicketView(HandoffOutput):
    """A ticket as the staff page shows it."""

    summary: str = ""
    language: str = "en"
    taken_by: str | None = None
    messages: list[TicketMessage] = Field(default_factory=list)
    # Filled by the journeys that know them (sentiment per turn, the verified order); absent on older tickets.
    sentiment_trail: list[object] = Field(default_factory=list)
    order: dict[str, object] | None = None


def _view(ev: StoreEvent) -> TicketView:
    p = ev.payload
    messages = [TicketMessage(id=str(m.get("id", "")), at=str(m.get("at", "")), sender=str(m.get("from", "shopper")),
                              by=m.get("by"), text=str(m.get("text", "")))
                for m in (p.get("messages") or []) if isinstance(m, dict)]
    trail = p.get("sentiment_trail") or p.get("sentiment") or []
    order = p.get("order") or p.get("order_context")
    return TicketView(**_output(ev).model_dump(), summary=str(p.get("summary", "")),
                      language=str(p.get("language", "en")), taken_by=p.get("taken_by"), messages=messages,
                      sentiment_trail=list(trail) if isinstance(trail, list) else [trail],
                      order=order if isinstance(order, dict) else None)


def _recent(s: Session, limit: int = 500) -> list[StoreEvent]:
    return list(s.scalars(select(StoreEvent).where(StoreEvent.kind == "escalation")
                          .order_by(StoreEvent.id.desc()).limit(limit)).all())


def active_tickets(db_url: str) -> list[TicketView]:
    """Open and taken tickets, oldest first (the one waiting longest is served first)."""
    with session_scope(db_url) as s:
        return [_view(ev) for ev in reversed(_recent(s)) if ev.payload.get("state") in ACTIVE]


def get_ticket(db_url: str, ticket_id: int) -> TicketView:
    with session_scope(db_url) as s:
        return _view(_ticket(s, ticket_id))


def session_ticket(db_url: str, session_id: str, *, active_only: bool = True) -> TicketView | None:
    """The session's active ticket (the web channel checks it before each shopper turn); with ``active_only``
    off, its latest ticket of any state."""
    # Filtered in SQL (JSON path on SQLite and PostgreSQL alike): this runs before every shopper turn, and a scan of
    # recent tickets in Python would both cost a page of rows per turn and miss a session whose ticket is older.
    query = (select(StoreEvent).where(StoreEvent.kind == "escalation",
                                      StoreEvent.payload["session_id"].as_string() == session_id)
             .order_by(StoreEvent.id.desc()))
    with session_scope(db_url) as s:
        for ev in s.scalars(query):
            if not active_only or ev.payload.get("state") in ACTIVE:
                return _view(ev)
    return None


def take(db_url: str, ticket_id: int, by: str) -> TicketView:
    """A person takes the session over. Taking a ticket another person holds is refused (no silent theft)."""
    with session_scope(db_url) as s:
        ev = _ticket(s, ticket_id)
        state, holder = ev.payload.get("state"), ev.payload.get("taken_by")
        if state not in ACTIVE:
            raise HandoffConflict(f"hand-over {ticket_id} was released")
        if state == "taken" and holder != by:
            raise HandoffConflict(f"hand-over {ticket_id} is held by {holder}")
        ev.payload = {**ev.payload, "state": "taken", "taken_by": by}
        return _view(ev)


def staff_reply(db_url: str, ticket_id: int, by: str, text: str) -> TicketMessage:
    """Store a person's reply on the ticket (the channel delivers it); only the holder of the session may reply."""
    with session_scope(db_url) as s:
        ev = _ticket(s, ticket_id)
        if ev.payload.get("state") != "taken" or ev.payload.get("taken_by") != by:
            raise HandoffConflict(f"take hand-over {ticket_id} over before replying")
        msg = TicketMessage(id=f"{ticket_id}-{secrets.token_hex(6)}", at=_now(), sender="staff", by=by, text=text)
        stored = {"id": msg.id, "at": msg.at, "from": "staff", "by": by, "text": text}
        ev.payload = {**ev.payload, "messages": (list(ev.payload.get("messages") or []) + [stored])[-MAX_APPENDED:]}
        return msg


def append_shopper(db_url: str, ticket_id: int, session_id: str, text: str) -> TicketMessage:
    """A shopper's message while a person holds the session (the channel calls it instead of the assistant)."""
    _append(db_url, session_id, AppendInput(ticket_id=ticket_id, text=text[:2000]))
    return TicketMessage(at=_now(), sender="shopper", text=text[:2000])


def release(db_url: str, ticket_id: int, by: str) -> TicketView:
    _release(db_url, ticket_id, by)
    return get_ticket(db_url, ticket_id)
