"""The voice kiosk in the web app: the page at ``/kiosk`` and its websocket ``/v1/kiosk`` (shopper role only).

A thin adapter: websocket messages in, ``voice.kiosk.KioskSession`` calls, its frames out. The protocol:

client -> server
  binary                      microphone audio: 16-bit little-endian mono PCM at 16 kHz (any frame size up to
                              ``MAX_PCM_FRAME`` bytes); the server's VAD finds where each question ends
  {"type": "config", "locale": "en"|"ru"|"zh"|null}   the kiosk's language (null: detected per question)
  {"type": "clip", "size": N} then N bytes in binary frames: a whole recording (WAV, OGG/Opus, MP3, WebM) as one
                              question; one over ``SHOPKEEPER_VOICE__MAX_CLIP_BYTES`` is refused before its bytes
  {"type": "end_of_speech"}   the shopper released push-to-talk: answer now, without the silence wait
  {"type": "barge_in"}        stop talking now
server -> client
  session, ready, speech_start, thinking, transcript, token (verified sentences), products, handoff, error,
  audio (a JSON header, then the sentence's WAV in the next binary frame), stopped (barge-in: stop playback), done

A bad frame gets an ``error`` frame (``bad_frame``) and the socket stays open; bad audio gets a clear sentence, shown
and spoken, and a ``done``.
"""

from __future__ import annotations

import asyncio
import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, WebSocket
from fastapi.responses import HTMLResponse
from starlette.requests import HTTPConnection
from starlette.websockets import WebSocketDisconnect

from agent.shopper_messages import error_text
from channels.port import ReplySource
from channels.web.edge import EdgeLimits, origin_allowed, pick_language
from channels.web.protocol import event_frame
from channels.web.sessions import SessionIssuer
from shopkeeper.errors import ShopkeeperError
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
MAX_PCM_FRAME = 64 * 1024  # 2 s of 16 kHz PCM: the page sends ~100 ms frames
MAX_CONTROL_FRAME = 4 * 1024


class _WsOutput:
    """Sends kiosk frames; one lock keeps an audio header and its WAV bytes next to each other on the socket."""

    def __init__(self, ws: WebSocket) -> None:
        self.ws = ws
        self._lock = asyncio.Lock()

    async def send_json(self, frame: dict[str, Any]) -> None:
        async with self._lock:
            await self.ws.send_json(frame)

    async def send_audio(self, header: dict[str, Any], wav: bytes) -> None:
        async with self._lock:
            await self.ws.send_json({**header, "bytes": len(wav)})
            await self.ws.send_bytes(wav)


def kiosk_router(
    settings: Settings,
    issuer: SessionIssuer,
    limits: EdgeLimits,
    client_of: Callable[[HTTPConnection], str],
    assistant_of: Callable[[], ReplySource | None],
) -> APIRouter:
    router = APIRouter()

    @router.get("/kiosk", response_class=HTMLResponse, include_in_schema=False)
    async def kiosk_page() -> HTMLResponse:
        text = (STATIC_DIR / "kiosk.html").read_text(encoding="utf-8")
        return HTMLResponse(text.replace("{{store_name}}", html.escape(settings.store_name)))

    @router.websocket("/v1/kiosk")
    async def ws_kiosk(ws: WebSocket, session_id: str | None = None, locale: str | None = None) -> None:
        """Voice kiosk: microphone audio in, transcript, verified sentences and their speech out."""
        from voice.kiosk import KioskSession, get_engines

        if not origin_allowed(ws.headers.get("origin"), ws.headers.get("host"), settings.server.allowed_origins):
            log.warning("kiosk websocket from a foreign origin refused: %s", ws.headers.get("origin"))
            await ws.close(code=1008)
            return
        client = client_of(ws)
        if not limits.allow_connection(client):
            await ws.close(code=1013)
            return
        await ws.accept()
        language = pick_language(ws.headers.get("accept-language"))
        if session_id is not None and not issuer.valid(session_id):
            await ws.send_json(
                {"type": "error", "code": "session_invalid", "message": error_text("session_invalid", language)}
            )
            await ws.close(code=1008)
            return
        assistant = assistant_of()
        engines = get_engines(settings)
        try:
            if assistant is None:
                raise ShopkeeperError("the assistant is not running")
            await asyncio.to_thread(engines.warm_up)  # seconds on the first connection only
        except ShopkeeperError as exc:
            log.error("the kiosk cannot start: %s", exc)
            await ws.send_json({"type": "error", "code": "unavailable", "message": error_text("unavailable", language)})
            await ws.close(code=1011)
            return
        out = _WsOutput(ws)
        kiosk = KioskSession(
            engines,
            assistant,
            out,
            session_id or issuer.issue(),
            client_id=client,
            allow_turn=lambda: limits.allow_turn(client),
            frame=event_frame,
        )
        kiosk.set_locale(locale)
        await out.send_json({"type": "session", "session_id": kiosk.session_id})
        await out.send_json({"type": "ready", "sample_rate": 16000, "format": "pcm16le", "locale": kiosk.locale})
        clip = _ClipReader(settings.voice.max_clip_bytes)
        try:
            while True:
                msg = await ws.receive()
                if msg["type"] == "websocket.disconnect":
                    return
                if msg.get("bytes") is not None:
                    await _on_bytes(kiosk, out, clip, msg["bytes"])
                elif msg.get("text") is not None:
                    await _on_text(kiosk, out, clip, msg["text"])
        except WebSocketDisconnect:
            return
        finally:
            await kiosk.close()

    return router


class _ClipReader:
    """Collects a clip announced by ``{"type": "clip", "size": N}`` from the binary frames that follow."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.expected = 0
        self.refused = False
        self.parts: list[bytes] = []
        self.received = 0

    @property
    def active(self) -> bool:
        return self.expected > 0

    def start(self, size: int) -> None:
        self.expected, self.received, self.parts = size, 0, []
        self.refused = size > self.limit  # its bytes are read and dropped: the socket stays in step

    def add(self, data: bytes) -> bytes | None:
        """The whole clip once its last byte arrived, else None."""
        self.received += len(data)
        if not self.refused:
            self.parts.append(data)
        if self.received < self.expected:
            return None
        whole = b"".join(self.parts)
        self.expected, self.parts = 0, []
        return None if self.refused else whole


async def _on_bytes(kiosk: Any, out: _WsOutput, clip: _ClipReader, data: bytes) -> None:
    if clip.active:
        whole = clip.add(data)
        if whole is not None:
            await kiosk.clip(whole)
        return
    if len(data) > MAX_PCM_FRAME:
        await out.send_json(
            {
                "type": "error",
                "code": "bad_frame",
                "message": f"audio frames are at most {MAX_PCM_FRAME // 1024} KiB of 16 kHz PCM; "
                'send a recording as {"type": "clip", "size": N} and its bytes',
            }
        )
        return
    await kiosk.feed_pcm(data)


async def _on_text(kiosk: Any, out: _WsOutput, clip: _ClipReader, text: str) -> None:
    def bad(message: str) -> dict[str, Any]:
        return {"type": "error", "code": "bad_frame", "message": message}

    if len(text) > MAX_CONTROL_FRAME:
        await out.send_json(bad(f"control frames are at most {MAX_CONTROL_FRAME} bytes"))
        return
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        await out.send_json(bad(f"frame is not valid JSON ({exc.msg})"))
        return
    kind = payload.get("type") if isinstance(payload, dict) else None
    if kind == "config":
        locale = payload.get("locale")
        kiosk.set_locale(locale if isinstance(locale, str) else None)
        await out.send_json({"type": "ready", "sample_rate": 16000, "format": "pcm16le", "locale": kiosk.locale})
    elif kind == "clip":
        size = payload.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            await out.send_json(bad('a clip frame needs "size": the number of bytes that follow'))
            return
        clip.start(size)
        if clip.refused:
            # Said at once, before the upload: a 10-minute recording is not a question.
            await kiosk.refuse("too_long", f"a clip of {size:,} bytes was announced")
    elif kind == "end_of_speech":
        await kiosk.end_of_speech()
    elif kind == "barge_in":
        await kiosk.barge_in(reason="client")
    else:
        await out.send_json(bad('unknown frame; send {"type": "config" | "clip" | "end_of_speech" | "barge_in"}'))
