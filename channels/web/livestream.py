"""The host page: pick products, set theme and length, generate a live-stream script, edit it, export Markdown, and
read it in a teleprompter that scrolls by the plan's time. Page /staff/livestream, API under /staff/api/livestream.

Staff login is required (401 without the cookie); the script tool's own role check decides the rest
(tools/livestream/tool.py: hosts and managers), so this router adds no rule of its own.

Live help on air: the websocket /staff/ws/livestream (staff cookie, host or manager; Origin checked as the kiosk's):

client -> server
  {"type": "stream", "product_ids": [..], "current_id": id|null, "host_language": "en"|"ru"|"zh"}
                                the stream's products (first: the one on screen); needed before comments
  {"type": "comment", "text": "...", "author": "..."}      a viewer's comment -> one {"type": "answer", ...}
  {"type": "captions", "language": "en"|"ru"|"zh"}         the host's spoken language; then binary frames:
  binary                        microphone audio, the kiosk's framing: 16-bit LE mono PCM at 16 kHz
  {"type": "end_of_speech"}     the host stopped the microphone: caption what is left now
server -> client
  ready, answer (tools.livestream.comments.CommentAnswer), speech_start, caption (tools.livestream.captions.Caption),
  error (the socket stays open)
"""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, WebSocket
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import ValidationError
from starlette.websockets import WebSocketDisconnect

from channels.web.edge import origin_allowed
from channels.web.staff_auth import StaffPrincipal, require_staff, staff_http_error, staff_of_socket, staff_page
from shopkeeper.errors import InputRejected, NotFound, PermissionDenied, ShopkeeperError
from shopkeeper.settings import Settings
from tools.base import Role, ToolContext
from tools.catalog_models import SearchInput, SearchOutput
from tools.livestream.models import Script, ScriptInput
from tools.livestream.tool import generate_stream_script

log = logging.getLogger(__name__)

MAX_PCM_FRAME = 64 * 1024  # as the kiosk's: 2 s of 16 kHz PCM; the page sends ~100 ms frames
MAX_TEXT_FRAME = 16 * 1024  # a pasted comment is short; a stream's product list too

Staff = Annotated[StaffPrincipal, Depends(require_staff)]




def livestream_router(settings: Settings) -> APIRouter:
    public = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/staff/api/livestream", tags=["staff"], dependencies=[Depends(require_staff)])

    def ctx_of(who: StaffPrincipal, lang: str) -> ToolContext:
        return ToolContext(role=Role(who.role), session_id=f"staff:{who.user}", settings=settings, locale=lang)

    @public.get("/staff/livestream", response_class=HTMLResponse)
    async def page(request: Request) -> HTMLResponse:
        return staff_page(request, settings, "livestream.html")

    @api.get("/products", response_model=SearchOutput)
    async def products(
        who: Staff, q: Annotated[str, Query(min_length=1, max_length=300)], lang: Literal["en", "ru", "zh"] = "en"
    ) -> SearchOutput:
        from tools.catalog import search_products

        try:
            out: SearchOutput = await search_products(SearchInput(query=q, language=lang, limit=12), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise staff_http_error(exc) from exc
        return out

    @api.post("/script", response_model=Script)
    async def script(body: ScriptInput, who: Staff) -> Script:
        try:
            return await generate_stream_script(body, ctx_of(who, body.language))
        except ShopkeeperError as exc:
            raise staff_http_error(exc) from exc

    @public.websocket("/staff/ws/livestream")
    async def ws_livestream(ws: WebSocket) -> None:
        if not origin_allowed(ws.headers.get("origin"), ws.headers.get("host"), settings.server.allowed_origins):
            log.warning("livestream websocket from a foreign origin refused: %s", ws.headers.get("origin"))
            await ws.send_denial_response(JSONResponse({"detail": "foreign origin"}, status_code=403))
            return
        who = staff_of_socket(ws)
        if who is None:  # a shopper, or a staff member whose login expired
            await ws.send_denial_response(JSONResponse({"detail": "staff login required"}, status_code=401))
            return
        if who.role not in ("host", "manager"):
            await ws.send_denial_response(JSONResponse({"detail": "hosts and managers only"}, status_code=403))
            return
        await ws.accept()
        live = _LiveHelp(ws, settings, who)
        await ws.send_json(
            {
                "type": "ready",
                "sample_rate": 16000,
                "format": "pcm16le",
                "user": who.user,
                "translation": live.translation_available(),
            }
        )
        try:
            while True:
                msg = await ws.receive()
                if msg["type"] == "websocket.disconnect":
                    return
                if msg.get("bytes") is not None:
                    await live.on_bytes(msg["bytes"])
                elif msg.get("text") is not None:
                    await live.on_text(msg["text"])
        except WebSocketDisconnect:
            return
        finally:
            await live.close()

    router = APIRouter()
    router.include_router(public)
    router.include_router(api)
    return router


class _LiveHelp:
    """One host's connection: the stream's comment answerer and the caption session (made on first use)."""

    def __init__(self, ws: WebSocket, settings: Settings, who: StaffPrincipal) -> None:
        self.ws = ws
        self.settings = settings
        self.ctx = ToolContext(role=Role(who.role), session_id=f"staff-live:{who.user}", settings=settings)
        self.answerer: Any = None
        self.captions: Any = None
        self.language: Literal["en", "ru", "zh"] = "en"

    def translation_available(self) -> bool:
        from tools.livestream.captions import Translator

        return Translator(self.settings).available

    async def send(self, frame: dict[str, Any]) -> None:
        await self.ws.send_json(frame)

    async def error(self, code: str, message: str) -> None:
        await self.send({"type": "error", "code": code, "message": message})

    async def on_bytes(self, data: bytes) -> None:
        if len(data) > MAX_PCM_FRAME:
            await self.error("bad_frame", f"audio frames are at most {MAX_PCM_FRAME // 1024} KiB of 16 kHz PCM")
            return
        if self.captions is None:
            await self.start_captions(self.language)
        if self.captions is not None:
            await self.captions.feed_pcm(data)

    async def start_captions(self, language: Literal["en", "ru", "zh"]) -> None:
        import asyncio

        from tools.livestream.captions import CaptionSession

        self.language = language
        if self.captions is not None:
            self.captions.set_language(language)
            return
        try:
            session = CaptionSession(self.settings, self.send, language=language)
            await asyncio.to_thread(session.engines.warm_up)  # seconds on the process's first captions only
        except ShopkeeperError as exc:
            log.error("captions cannot start: %s", exc)
            await self.error("captions_unavailable", exc.message)
            return
        self.captions = session

    async def on_text(self, text: str) -> None:
        from tools.livestream.comments import Comment, CommentAnswerer, StreamProducts

        if len(text) > MAX_TEXT_FRAME:
            await self.error("bad_frame", f"text frames are at most {MAX_TEXT_FRAME // 1024} KiB")
            return
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            await self.error("bad_frame", f"frame is not valid JSON ({exc.msg})")
            return
        kind = payload.get("type") if isinstance(payload, dict) else None
        try:
            if kind == "stream":
                stream = StreamProducts.model_validate({k: v for k, v in payload.items() if k != "type"})
                self.answerer = CommentAnswerer(self.ctx, stream)
                await self.send({"type": "stream", "product_ids": stream.product_ids})
            elif kind == "comment":
                if self.answerer is None:
                    await self.error("no_stream", 'send {"type": "stream", "product_ids": [...]} first')
                    return
                comment = Comment.model_validate({k: v for k, v in payload.items() if k != "type"})
                answer = await self.answerer.answer(comment)
                await self.send({"type": "answer", **answer.model_dump(mode="json")})
            elif kind == "captions":
                language = payload.get("language")
                await self.start_captions(language if language in ("en", "ru", "zh") else "en")
                await self.send({"type": "captions", "language": self.language})
            elif kind == "end_of_speech":
                if self.captions is not None:
                    await self.captions.flush()
            else:
                await self.error(
                    "bad_frame", 'unknown frame; send {"type": "stream" | "comment" | "captions" | "end_of_speech"}'
                )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "frame"
            await self.error("bad_frame", f"{where}: {first.get('msg', 'invalid value')}")
        except ShopkeeperError as exc:
            log.warning("live help failed: %s", exc)
            await self.error(_code(exc), exc.message)

    async def close(self) -> None:
        if self.captions is not None:
            await self.captions.close()


def _code(exc: ShopkeeperError) -> str:
    if isinstance(exc, PermissionDenied):
        return "forbidden"
    if isinstance(exc, NotFound):
        return "not_found"
    if isinstance(exc, InputRejected):
        return "bad_input"
    return "unavailable"
