"""The web channel: a FastAPI app that turns HTTP and websocket messages into Turns and streams Events back.

One ``Assistant`` is shared by every connection (it holds the models and the checkpointer). Shopper endpoints fix
the role to ``shopper`` on the server side; a manager console with its own authentication is a separate endpoint
for later, never a flag a client can set.

Run it with ``shopkeeper serve`` or ``uvicorn --factory channels.web.app:create_app``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import json
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request, WebSocket
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.requests import HTTPConnection
from starlette.websockets import WebSocketDisconnect

from agent.events import DoneEvent, Event, HandoffEvent
from agent.guard import guess_language
from agent.shopper_messages import error_text
from channels.port import ReplySource, make_assistant, safe_reply
from channels.web.console import console_router
from channels.web.docs import add_docs
from channels.web.edge import (
    BodyLimit,
    BodyTooLarge,
    EdgeLimits,
    TrustedProxies,
    is_loopback,
    origin_allowed,
    pick_language,
    scope_client,
    too_large_body,
)
from channels.web.experiments import experiments_router
from channels.web.health import health
from channels.web.kiosk import kiosk_router
from channels.web.live import LiveHub
from channels.web.livestream import livestream_router
from channels.web.pricing import pricing_router
from channels.web.protocol import (
    MAX_FRAME_BYTES,
    ChatMessageIn,
    ChatReply,
    Health,
    HealthCheck,
    HealthStatus,
    Rejected,
    SessionIssued,
    collect,
    describe_errors,
    error_frame,
    event_frame,
)
from channels.web.sessions import SessionIssuer, load_secret, session_issuer
from channels.web.staff import active_ticket, hold_message, replay_for_shopper, staff_router
from channels.web.staff_auth import StaffCookies
from channels.web.staff_chat import staff_chat_router
from knowledge.index_follow import IndexFollower
from shopkeeper.errors import ShopkeeperError
from shopkeeper.limits import Limiter, get_limiter
from shopkeeper.logs import get_logger, install_redaction, redact
from shopkeeper.settings import Settings, get_settings
from tools.base import Role

log = get_logger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
WS_DOC = """Shop assistant API: `POST /v1/chat` for one turn; websocket `/ws/chat` for streamed replies.

**Sessions** are issued by the server and signed; a client cannot pick one. `POST /v1/chat` without `session_id`
starts a new session and returns its id in the reply; send that id with the next turns. An id this server did not
issue gets 400 with code `session_invalid`. `POST /v1/sessions` issues one without a turn.

**Websocket `/ws/chat`** (shopper role): the first frame is `{"type": "session", "session_id": "..."}`: a new
session, or the one given as `/ws/chat?session_id=...` (an invalid one gets an `error` frame `session_invalid` and
the socket closes with 1008). Then send text frames `{"text": "...", "locale": "en|ru|zh", "id": "optional message
id"}` (`session_id` optional: another session issued to you); receive one JSON frame per event, in order:
`token`*, `products`, `table`, `task`, `handoff`, `error`, ... and finally `done` (the whole reply text, intent,
language, notices). Every frame carries `reply_to` = your `id`. A bad frame gets an `error` frame (code
`bad_frame`) and the socket stays open; a refused message (`rate_limited`, `session_invalid`) gets an `error` frame
and an empty `done`. A page from another origin is refused (close code 1008).

**Errors** carry a stable `code` and a sentence in the shopper's language; causes go to the operator's log only.
**Limits**: request bodies over `SHOPKEEPER_SERVER__MAX_BODY_BYTES` get 413 before parsing; turns and connections
per client (`SHOPKEEPER_LIMITS__*`) get 429 / an `error` frame `rate_limited`."""


class _Core:
    """The shared assistant, or why there is none (a bad configuration must not stop /health from answering)."""

    def __init__(self) -> None:
        self.assistant: ReplySource | None = None
        self.startup_error: str | None = None


def _core(app: FastAPI) -> _Core:
    core: _Core = app.state.core
    return core


def create_app(settings: Settings | None = None, assistant: ReplySource | None = None, *,
               limiter: Limiter | None = None) -> FastAPI:
    """Build the app. Without ``assistant`` the real one is created at start-up and closed at shutdown.

    ``limiter``: where per-client counts are kept; the deployment's (``shopkeeper.limits.get_limiter``) by default.
    """
    settings = settings or get_settings()
    install_redaction()  # also when run as `uvicorn --factory ...`, without the shopkeeper CLI's logging set-up
    issuer = session_issuer(settings)
    proxies = TrustedProxies(settings.server.trusted_proxies)
    limits = EdgeLimits(limiter if limiter is not None else get_limiter(settings), settings)
    hub = LiveHub()  # shoppers' open sockets per session and staff pages, for a person's live replies

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        core = _core(app)
        owned = assistant is None
        if assistant is not None:
            core.assistant = assistant
        else:
            try:
                core.assistant = make_assistant(settings)
            except ShopkeeperError as exc:
                core.startup_error = str(exc)
                log.error("assistant could not start: %s", exc)
        # The real assistant warms up in the background, so the server answers (and /health reports) at once while
        # the first shopper's turn no longer pays for loading the classifiers, dictionaries and name index.
        start = getattr(core.assistant, "start", None) if owned else None
        warming = asyncio.create_task(start()) if callable(start) else None
        # This process serves search, so it keeps the index in step with catalog changes made by others.
        services = getattr(core.assistant, "services", None) if owned else None
        following = (asyncio.create_task(IndexFollower(settings, services).follow())
                     if services is not None and settings.index.follow_s > 0 else None)
        try:
            yield
        finally:
            if following is not None:
                following.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await following
            if warming is not None and not warming.done():
                warming.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await warming
            if owned and core.assistant is not None:
                await core.assistant.aclose()

    app = FastAPI(
        title=f"{settings.store_name} · Shopkeeper",
        description=WS_DOC,
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's docs page loads Swagger UI from a CDN; channels.web.docs serves it locally
        redoc_url=None,
    )
    app.state.core = _Core()
    app.state.settings = settings
    app.state.sessions = issuer
    app.state.limits = limits
    app.state.hub = hub
    app.state.staff_cookies = StaffCookies(load_secret(settings), settings)
    app.add_middleware(BodyLimit, max_bytes=settings.server.max_body_bytes)
    add_docs(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    def client_of(conn: HTTPConnection) -> str:
        return scope_client(conn.scope, proxies)

    app.include_router(staff_router(settings, hub, limits, client_of))
    app.include_router(pricing_router(settings))  # the manager console's price proposals (/staff/api/pricing)
    app.include_router(experiments_router(settings))  # A/B experiments (/staff/experiments, manager)
    app.include_router(console_router(settings))  # the manager console: board, tasks, metrics, edits (/staff/console)
    app.include_router(staff_chat_router(lambda: _core(app).assistant))  # the console's chat, in the staff role
    app.include_router(livestream_router(settings))  # the host's script page (/staff/livestream)
    # The voice kiosk (/kiosk, websocket /v1/kiosk): speech models load on its first connection only.
    app.include_router(kiosk_router(settings, issuer, limits, client_of, lambda: _core(app).assistant))

    def rejected(status: int, code: str, language: str, **headers: str) -> JSONResponse:
        return JSONResponse({"code": code, "message": error_text(code, language)}, status_code=status,
                            headers=headers or None)

    def is_operator(request: Request) -> bool:
        token = settings.server.operator_token.get_secret_value() if settings.server.operator_token else ""
        if token:  # an empty token configures nothing: it must never match an empty header
            scheme, _, given = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
                return True
        return settings.server.health_details_from_loopback and is_loopback(client_of(request))

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        body = {"code": "input_rejected", "message": describe_errors(errors), "detail": json.loads(
            json.dumps(errors, default=str))}
        return JSONResponse(body, status_code=422)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, _: Exception) -> JSONResponse:
        # A chunked body that outgrew the cap while FastAPI read it (a declared one never gets this far).
        language = pick_language(request.headers.get("accept-language"))
        return JSONResponse(too_large_body(language), status_code=413, headers={"connection": "close"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        text = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
        return HTMLResponse(text.replace("{{store_name}}", html.escape(settings.store_name)))

    @app.get("/health", response_model=Health | HealthStatus,
             summary="Status; what is broken and why only for the operator (bearer token, or loopback if allowed)")
    async def get_health(request: Request) -> JSONResponse:
        report = await health(settings)
        core = _core(app)
        if core.assistant is None:
            report.checks["assistant"] = HealthCheck(status="degraded", detail=core.startup_error or "not started")
            report.status = "degraded"
        headers = {"cache-control": "no-store"}
        if not is_operator(request):
            return JSONResponse(HealthStatus(status=report.status).model_dump(), headers=headers)
        for check in report.checks.values():
            check.detail = redact(check.detail)  # the operator needs the cause, not the password in it
        return JSONResponse(report.model_dump(), headers=headers)

    @app.post("/v1/sessions", response_model=SessionIssued, summary="A new session id (signed by the server)",
              responses={429: {"model": Rejected}})
    async def new_session(request: Request) -> SessionIssued | JSONResponse:
        if not limits.allow_connection(client_of(request)):
            return rejected(429, "rate_limited", pick_language(request.headers.get("accept-language")),
                            **{"retry-after": str(limits.retry_after_s)})
        return SessionIssued(session_id=issuer.issue())

    @app.post("/v1/chat", response_model=ChatReply, summary="One shopper turn; the whole reply at once",
              responses={400: {"model": Rejected}, 413: {"model": Rejected}, 422: {"model": Rejected},
                         429: {"model": Rejected}, 503: {"model": Rejected}})
    async def chat(message: ChatMessageIn, request: Request) -> ChatReply | JSONResponse:
        client = client_of(request)
        language = guess_language(message.text, message.locale)
        if not limits.allow_turn(client):
            return rejected(429, "rate_limited", language, **{"retry-after": str(limits.retry_after_s)})
        if message.session_id is None:
            session_id = issuer.issue()
        elif issuer.valid(message.session_id):
            session_id = message.session_id
        else:
            log.info("refused a session id this server did not issue", extra={"fields": {"client": client}})
            return rejected(400, "session_invalid", language)
        source = _core(app).assistant
        if source is None:
            return rejected(503, "unavailable", language)
        ticket = await active_ticket(settings, session_id)
        if ticket is not None and ticket.state == "taken":
            # A person holds the session: the message goes to them, the assistant gives no reply.
            await hold_message(settings, hub, ticket, message.text or "")
            return ChatReply(session_id=session_id, text="", intent="human_request", language=language)
        turn = message.to_turn(session_id=session_id, role=Role.SHOPPER, channel="web", client_id=client)
        return await collect(session_id, safe_reply(source, turn))

    @app.websocket("/ws/chat")
    async def ws_chat(ws: WebSocket, session_id: str | None = None) -> None:
        """Shopper chat: one JSON frame in per message, one JSON frame out per event, many turns per socket."""
        if not origin_allowed(ws.headers.get("origin"), ws.headers.get("host"), settings.server.allowed_origins):
            log.warning("websocket from a foreign origin refused: %s", ws.headers.get("origin"))
            await ws.close(code=1008)  # before accept: the handshake is refused (uvicorn answers 403)
            return
        client = client_of(ws)
        if not limits.allow_connection(client):
            await ws.close(code=1013)  # "try again later"
            return
        await ws.accept()
        if session_id is not None and not issuer.valid(session_id):
            language = pick_language(ws.headers.get("accept-language"))
            await ws.send_json(error_frame("session_invalid", error_text("session_invalid", language)))
            await ws.close(code=1008)
            return
        session = _WsSession(client=client, session_id=session_id or issuer.issue())
        await ws.send_json(SessionIssued(session_id=session.session_id).model_dump())
        hub.add_shopper(session.session_id, ws)
        try:
            if session_id is not None:  # a returning shopper: a person's replies sent while they were away
                for frame in await replay_for_shopper(settings, session_id):
                    await ws.send_json(frame)
            while True:
                msg = await ws.receive()
                if msg["type"] == "websocket.disconnect":
                    return
                await _handle_frame(ws, session, msg.get("text"), msg.get("bytes"))
        except WebSocketDisconnect:
            return
        finally:
            hub.remove_socket(ws)

    async def _handle_frame(ws: WebSocket, session: _WsSession, text: str | None, data: bytes | None) -> None:
        if text is None:
            await ws.send_json(error_frame("bad_frame", "send text frames holding JSON, not binary data"))
            return
        if len(text.encode("utf-8", "replace")) > MAX_FRAME_BYTES:
            await ws.send_json(error_frame("bad_frame", f"frame larger than {MAX_FRAME_BYTES // 1024} KiB"))
            return
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            await ws.send_json(error_frame("bad_frame", f"frame is not valid JSON ({exc.msg})"))
            return
        if not isinstance(payload, dict):
            await ws.send_json(error_frame("bad_frame", 'send a JSON object: {"text": ..., "id": ...}'))
            return
        reply_to = payload.get("id") if isinstance(payload.get("id"), str) else None
        try:
            message = ChatMessageIn.model_validate(payload)
        except ValidationError as exc:
            await ws.send_json(error_frame("bad_frame", describe_errors(exc.errors()), reply_to=reply_to))
            return
        language = guess_language(message.text, message.locale)
        if not limits.allow_turn(session.client):
            await _refuse(ws, "rate_limited", language, reply_to)
            return
        session_id = message.session_id or session.session_id
        if message.session_id is not None and not issuer.valid(message.session_id):
            await _refuse(ws, "session_invalid", language, reply_to)
            return
        source = _core(app).assistant
        if source is None:
            await _refuse(ws, "unavailable", language, reply_to)
            return
        hub.add_shopper(session_id, ws)  # a person's replies reach every session this socket speaks for
        ticket = await active_ticket(settings, session_id)
        if ticket is not None and ticket.state == "taken":
            # A person holds the session: the message goes to them; the shopper gets a status, no assistant reply.
            await hold_message(settings, hub, ticket, message.text or "")
            await ws.send_json({"type": "staff_holding", "ticket_id": ticket.ticket_id, "name": ticket.taken_by,
                                "reply_to": reply_to})
            await ws.send_json(event_frame(DoneEvent(text="", intent="human_request", language=language),
                                           reply_to=reply_to))
            return
        turn = message.to_turn(session_id=session_id, role=Role.SHOPPER, channel="web", client_id=session.client)
        filed = await _stream(ws, safe_reply(source, turn), reply_to)
        if ticket is not None or filed is not None:  # the staff pages refresh that ticket (new message, new ticket)
            changed = ticket.ticket_id if ticket is not None else filed
            await hub.to_staff({"type": "ticket_changed", "ticket_id": changed, "state": "open"})

    async def _refuse(ws: WebSocket, code: str, language: str, reply_to: str | None) -> None:
        # An error and an empty done: a client waiting for its message's done is not left waiting.
        await ws.send_json(error_frame(code, error_text(code, language), reply_to=reply_to))
        await ws.send_json(event_frame(DoneEvent(text="", intent="other", language=language), reply_to=reply_to))

    async def _stream(ws: WebSocket, events: AsyncGenerator[Event, None], reply_to: str | None) -> int | None:
        """Send the turn's events; the ticket number when the turn filed a hand-over."""
        filed: int | None = None
        # aclosing: when the client goes away mid-reply, the core's generator is closed at once, not left hanging.
        async with aclosing(events) as stream:
            async for event in stream:
                if isinstance(event, HandoffEvent):
                    filed = event.ticket_id
                await ws.send_json(event_frame(event, reply_to=reply_to))
        return filed

    return app


@dataclass
class _WsSession:
    """One socket's client (for limits) and its session (issued on connect, or handed back signed)."""

    client: str
    session_id: str


def issuer_of(app: FastAPI) -> SessionIssuer:
    """The app's session issuer (tests and in-process clients use it to hold a valid id)."""
    issuer: SessionIssuer = app.state.sessions
    return issuer
