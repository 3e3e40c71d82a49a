"""The staff side of the web app: login, the /staff page, the hand-over API and a live socket for staff pages.

Every route except the login page and the login itself depends on ``require_staff`` (401 without a staff cookie);
the shopper's session id gives no access here. A person takes a session over (ticket "taken", by whom), replies
(the reply is stored on the ticket and pushed to the shopper's open sockets) and releases it to the assistant.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response, WebSocket
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import HTTPConnection
from starlette.websockets import WebSocketDisconnect

from channels.web.edge import EdgeLimits, origin_allowed
from channels.web.live import LiveHub
from channels.web.staff_auth import COOKIE, StaffPrincipal, cookies_of, require_staff, staff_of_socket
from shopkeeper.errors import NotFound, StoreUnavailable
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings
from tools import handoff
from tools.handoff import HandoffConflict, TicketMessage, TicketView

log = get_logger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
Staff = Annotated[StaffPrincipal, Depends(require_staff)]


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=200)


class ReplyIn(BaseModel):
    text: str = Field(min_length=1, max_length=2000)


class StaffMe(BaseModel):
    user: str
    role: str


def staff_message_frame(ticket_id: int, msg: TicketMessage) -> dict[str, Any]:
    """The shopper-side event of a person's reply (websocket ``agent_message``)."""
    return {"type": "agent_message", "from": "staff", "id": msg.id, "ticket_id": ticket_id, "name": msg.by,
            "text": msg.text, "at": msg.at}


def staff_router(settings: Settings, hub: LiveHub, limits: EdgeLimits,
                 client_of: Callable[[HTTPConnection], str]) -> APIRouter:
    db_url = settings.db_url
    public = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/staff/api", tags=["staff"], dependencies=[Depends(require_staff)])

    def page(name: str) -> HTMLResponse:
        text = (STATIC_DIR / name).read_text(encoding="utf-8")
        return HTMLResponse(text.replace("{{store_name}}", html.escape(settings.store_name)),
                            headers={"cache-control": "no-store"})

    @public.get("/staff/login", response_class=HTMLResponse)
    async def login_page() -> HTMLResponse:
        return page("staff-login.html")

    @public.post("/staff/login")
    async def login(body: LoginIn, request: Request) -> JSONResponse:
        # Each attempt counts as a connection of the client: password guessing meets the same limit as floods.
        if not limits.allow_connection(client_of(request)):
            return JSONResponse({"code": "rate_limited"}, status_code=429,
                                headers={"retry-after": str(limits.retry_after_s)})
        who = await asyncio.to_thread(cookies_of(request).login, body.username, body.password)
        if who is None:
            log.info("staff login refused", extra={"fields": {"client": client_of(request)}})
            return JSONResponse({"code": "login_failed"}, status_code=401)
        resp = JSONResponse(StaffMe(user=who.user, role=who.role).model_dump())
        resp.set_cookie(COOKIE, cookies_of(request).sign(who), max_age=settings.staff.session_ttl_s, httponly=True,
                        samesite="strict", secure=settings.staff.secure_cookie, path="/")
        return resp

    @public.post("/staff/logout")
    async def logout() -> Response:
        resp = Response(status_code=204)
        resp.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict", secure=settings.staff.secure_cookie)
        return resp

    @public.get("/staff", response_class=HTMLResponse)
    async def staff_page(request: Request) -> HTMLResponse:
        if cookies_of(request).check(request.cookies.get(COOKIE)) is None:
            # 401, with a way to the login form for a person who simply is not logged in yet.
            return HTMLResponse('<!doctype html><meta charset="utf-8"><title>Staff login required</title>'
                                '<p>Staff login required. <a href="/staff/login">Log in</a></p>', status_code=401)
        return page("staff.html")

    @api.get("/me", response_model=StaffMe)
    async def me(who: Staff) -> StaffMe:
        return StaffMe(user=who.user, role=who.role)

    @api.get("/handoffs", response_model=list[TicketView])
    async def list_handoffs() -> list[TicketView]:
        return await asyncio.to_thread(handoff.active_tickets, db_url)

    async def _one(ticket_id: int) -> TicketView:
        try:
            return await asyncio.to_thread(handoff.get_ticket, db_url, ticket_id)
        except NotFound as exc:
            raise HTTPException(404, "no such hand-over") from exc

    @api.get("/handoffs/{ticket_id}", response_model=TicketView)
    async def get_handoff(ticket_id: int) -> TicketView:
        return await _one(ticket_id)

    async def _act(fn: Callable[[], Any]) -> Any:
        try:
            return await asyncio.to_thread(fn)
        except NotFound as exc:
            raise HTTPException(404, "no such hand-over") from exc
        except HandoffConflict as exc:
            raise HTTPException(409, exc.message) from exc

    @api.post("/handoffs/{ticket_id}/take", response_model=TicketView)
    async def take(ticket_id: int, who: Staff) -> TicketView:
        view: TicketView = await _act(lambda: handoff.take(db_url, ticket_id, who.user))
        await hub.to_shopper(view.session_id, {"type": "staff_status", "state": "taken", "ticket_id": ticket_id,
                                               "name": who.user})
        await hub.to_staff({"type": "ticket_changed", "ticket_id": ticket_id, "state": "taken", "by": who.user})
        return view

    @api.post("/handoffs/{ticket_id}/reply", response_model=TicketMessage)
    async def reply(ticket_id: int, body: ReplyIn, who: Staff) -> TicketMessage:
        msg: TicketMessage = await _act(lambda: handoff.staff_reply(db_url, ticket_id, who.user, body.text))
        view = await _one(ticket_id)
        delivered = await hub.to_shopper(view.session_id, staff_message_frame(ticket_id, msg))
        await hub.to_staff({"type": "staff_message", "ticket_id": ticket_id, "message": msg.model_dump(),
                            "delivered": delivered})
        return msg

    @api.post("/handoffs/{ticket_id}/release", response_model=TicketView)
    async def release(ticket_id: int, who: Staff) -> TicketView:
        current = await _one(ticket_id)
        if current.state == "taken" and current.taken_by != who.user and who.role != "manager":
            raise HTTPException(409, f"hand-over {ticket_id} is held by {current.taken_by}")
        view: TicketView = await _act(lambda: handoff.release(db_url, ticket_id, who.user))
        await hub.to_shopper(view.session_id, {"type": "staff_status", "state": "released", "ticket_id": ticket_id})
        await hub.to_staff({"type": "ticket_changed", "ticket_id": ticket_id, "state": "released", "by": who.user})
        return view

    @public.websocket("/staff/ws")
    async def staff_ws(ws: WebSocket) -> None:
        """Live events for staff pages: shopper messages, replies and ticket changes (server to page only)."""
        if not origin_allowed(ws.headers.get("origin"), ws.headers.get("host"), settings.server.allowed_origins):
            await ws.close(code=1008)
            return
        who = staff_of_socket(ws)
        if who is None:
            await ws.close(code=1008)  # before accept: the handshake is refused (403)
            return
        await ws.accept()
        await ws.send_json({"type": "hello", "user": who.user, "role": who.role})
        hub.add_staff(ws)
        try:
            while True:
                msg = await ws.receive()
                if msg["type"] == "websocket.disconnect":
                    return
        except WebSocketDisconnect:
            return
        finally:
            hub.remove_socket(ws)

    router = APIRouter()
    router.include_router(public)
    router.include_router(api)
    return router


async def active_ticket(settings: Settings, session_id: str) -> TicketView | None:
    """The session's open or taken ticket. A store DB that cannot be read means "none": the assistant then answers
    (and says the store is unavailable itself); a person who holds the session is missed only while the DB is down.
    """
    try:
        return await asyncio.to_thread(handoff.session_ticket, settings.db_url, session_id)
    except (SQLAlchemyError, StoreUnavailable) as exc:
        log.warning("hand-over state unknown (store DB): %s", type(exc).__name__)
        return None


async def hold_message(settings: Settings, hub: LiveHub, ticket: TicketView, text: str) -> None:
    """A shopper message in a session a person holds: stored on the ticket (personal data masked, as the assistant
    does) and sent to the staff pages live. The assistant is not asked."""
    from agent.journeys.personal import redact

    msg = await asyncio.to_thread(handoff.append_shopper, settings.db_url, ticket.ticket_id, ticket.session_id,
                                  redact(text))
    await hub.to_staff({"type": "shopper_message", "ticket_id": ticket.ticket_id, "session_id": ticket.session_id,
                        "message": msg.model_dump()})


async def replay_for_shopper(settings: Settings, session_id: str) -> list[dict[str, Any]]:
    """Frames a reconnecting shopper gets: the person's replies on the session's latest ticket, and who holds it."""
    try:
        ticket = await asyncio.to_thread(handoff.session_ticket, settings.db_url, session_id, active_only=False)
    except (SQLAlchemyError, StoreUnavailable) as exc:
        log.warning("a person's replies could not be replayed (store DB): %s", type(exc).__name__)
        return []
    if ticket is None:
        return []
    frames = [staff_message_frame(ticket.ticket_id, m) for m in ticket.messages if m.sender == "staff"]
    if ticket.state == "taken":
        frames.append({"type": "staff_status", "state": "taken", "ticket_id": ticket.ticket_id,
                       "name": ticket.taken_by})
    return frames
