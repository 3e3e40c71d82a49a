"""The web channel: a FastAPI app that turns HTTP and websocket messages into Turns and streams Events back.

One ``Assistant`` is shared by every connection (it holds the models and the checkpointer). Shopper endpoints fix
the role to ``shopper`` on the server side; a manager console with its own authentication is a separate endpoint
for later, never a flag a client can set.

Run it with ``shopkeeper serve`` or ``uvicorn --factory channels.web.app:create_app``.
"""

from __future__ import annotations

import html
import json
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, WebSocket
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.websockets import WebSocketDisconnect

from agent.events import Event
from channels.port import ReplySource, make_assistant, safe_reply
from channels.web.docs import add_docs
from channels.web.health import health
from channels.web.protocol import (
    MAX_FRAME_BYTES,
    ChatMessageIn,
    ChatReply,
    Health,
    HealthCheck,
    Rejected,
    collect,
    describe_errors,
    error_frame,
    event_frame,
)
from shopkeeper.errors import ShopkeeperError
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings, get_settings
from tools.base import Role

log = get_logger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
WS_DOC = """Shop assistant API: `POST /v1/chat` for one turn; websocket `/ws/chat` for streamed replies.

**Websocket `/ws/chat`** (shopper role): send text frames `{"session_id": "...", "text": "...", "locale": "en|ru|zh",
"id": "optional message id"}`; receive one JSON frame per event, in order: `token`*, `products`, `table`, `task`,
`handoff`, `error`, ... and finally `done` (the whole reply text, intent, language, notices). Every frame carries
`reply_to` = your `id`. A bad frame gets an `error` frame (code `bad_frame`) and the socket stays open."""
UNAVAILABLE = "The assistant is not available right now. Please try again later."


class _Core:
    """The shared assistant, or why there is none (a bad configuration must not stop /health from answering)."""

    def __init__(self) -> None:
        self.assistant: ReplySource | None = None
        self.startup_error: str | None = None


def _core(app: FastAPI) -> _Core:
    core: _Core = app.state.core
    return core


def create_app(settings: Settings | None = None, assistant: ReplySource | None = None) -> FastAPI:
    """Build the app. Without ``assistant`` the real one is created at start-up and closed at shutdown."""
    settings = settings or get_settings()

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
        try:
            yield
        finally:
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
    add_docs(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        body = {"code": "input_rejected", "message": describe_errors(errors), "detail": json.loads(
            json.dumps(errors, default=str))}
        return JSONResponse(body, status_code=422)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        text = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
        return HTMLResponse(text.replace("{{store_name}}", html.escape(settings.store_name)))

    @app.get("/health", response_model=Health, summary="Status of the store, the index and the chat model")
    async def get_health() -> Health:
        report = await health(settings)
        core = _core(app)
        if core.assistant is None:
            report.checks["assistant"] = HealthCheck(status="degraded", detail=core.startup_error or "not started")
            report.status = "degraded"
        return report

    @app.post("/v1/chat", response_model=ChatReply, summary="One shopper turn; the whole reply at once",
              responses={422: {"model": Rejected}, 503: {"model": Rejected}})
    async def chat(message: ChatMessageIn) -> ChatReply | JSONResponse:
        source = _core(app).assistant
        if source is None:
            return JSONResponse({"code": "unavailable", "message": UNAVAILABLE}, status_code=503)
        turn = message.to_turn(role=Role.SHOPPER, channel="web")
        return await collect(message.session_id, safe_reply(source, turn))

    @app.websocket("/ws/chat")
    async def ws_chat(ws: WebSocket) -> None:
        """Shopper chat: one JSON frame in per message, one JSON frame out per event, many turns per socket."""
        await ws.accept()
        try:
            while True:
                msg = await ws.receive()
                if msg["type"] == "websocket.disconnect":
                    return
                await _handle_frame(ws, msg.get("text"), msg.get("bytes"))
        except WebSocketDisconnect:
            return

    async def _handle_frame(ws: WebSocket, text: str | None, data: bytes | None) -> None:
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
            await ws.send_json(error_frame("bad_frame", 'send a JSON object: {"session_id": ..., "text": ...}'))
            return
        reply_to = payload.get("id") if isinstance(payload.get("id"), str) else None
        try:
            message = ChatMessageIn.model_validate(payload)
        except ValidationError as exc:
            await ws.send_json(error_frame("bad_frame", describe_errors(exc.errors()), reply_to=reply_to))
            return
        source = _core(app).assistant
        if source is None:
            await ws.send_json(error_frame("unavailable", UNAVAILABLE, reply_to=reply_to))
            return
        await _stream(ws, safe_reply(source, message.to_turn(role=Role.SHOPPER, channel="web")), reply_to)

    async def _stream(ws: WebSocket, events: AsyncGenerator[Event, None], reply_to: str | None) -> None:
        # aclosing: when the client goes away mid-reply, the core's generator is closed at once, not left hanging.
        async with aclosing(events) as stream:
            async for event in stream:
                await ws.send_json(event_frame(event, reply_to=reply_to))

    return app
