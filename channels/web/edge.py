"""The web app's edge: who the client is, how much it may send, where it may connect from, and how often.

- ``client_address``: the socket's peer, or the X-Forwarded-For entry a trusted proxy vouches for (never a header
  from anyone else, which any client could write). ``shopkeeper serve`` turns uvicorn's own proxy-header handling
  off so this is the only place that decides (with plain ``uvicorn``, pass ``--no-proxy-headers``).
- ``BodyLimit``: a pure ASGI middleware that refuses a body over the cap with 413 before anything parses it: at once
  when Content-Length says so, and by counting bytes as they arrive for a chunked body.
- ``origin_allowed``: the websocket's Origin against the allow-list (cross-site websocket hijacking).
- ``EdgeLimits``: turns and connections per client, in the deployment's limiter (shared by every worker when a
  Redis is configured).
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from agent.shopper_messages import error_text
from shopkeeper.errors import LimitsUnavailable
from shopkeeper.limits import Limiter
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)

LOCALES = ("en", "ru", "zh")
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


# -- who the client is --------------------------------------------------------------------------------------------

class TrustedProxies:
    """Addresses and networks whose X-Forwarded-For is believed; other entries match as exact strings."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.names: set[str] = set()
        for entry in entries:
            try:
                self.networks.append(ipaddress.ip_network(entry.strip(), strict=False))
            except ValueError:
                self.names.add(entry.strip())

    def __bool__(self) -> bool:
        return bool(self.networks or self.names)

    def trusts(self, address: str) -> bool:
        if address in self.names:
            return True
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in self.networks)


def client_address(peer: str | None, forwarded_for: Iterable[str], proxies: TrustedProxies) -> str:
    """The client's address: the peer, unless the peer is a trusted proxy; then the right-most X-Forwarded-For entry
    that is not itself a trusted proxy (entries left of it were written by whoever sent the request)."""
    if not peer:
        return "unknown"
    if not proxies or not proxies.trusts(peer):
        return peer
    hops = [h.strip() for value in forwarded_for for h in value.split(",") if h.strip()]
    for hop in reversed(hops):
        if not proxies.trusts(hop):
            return hop
    return hops[0] if hops else peer


def scope_client(scope: Scope, proxies: TrustedProxies) -> str:
    peer = scope.get("client")
    headers = [v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"x-forwarded-for"]
    return client_address(peer[0] if peer else None, headers, proxies)


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def pick_language(accept_language: str | None) -> str:
    """en/ru/zh from an Accept-Language header (highest weight first), English otherwise."""
    best: tuple[float, str] | None = None
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().lower().split("-")[0]
        if base not in LOCALES:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        score = q - i * 1e-6  # equal weights: the earlier one wins
        if best is None or score > best[0]:
            best = (score, base)
    return best[1] if best else "en"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


# -- request bodies -------------------------------------------------------------------------------------------------

class BodyTooLarge(HTTPException):
    """A body over the cap. An HTTPException, so frameworks that catch errors while reading a body pass it on."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body over {limit} bytes")
        self.limit = limit


def too_large_body(language: str) -> dict[str, Any]:
    return {"code": "too_large", "message": error_text("too_large", language)}


class BodyLimit:
    """Refuse HTTP request bodies over ``max_bytes`` with 413 before the app reads (and parses) them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                too_big = True  # a Content-Length that is not a number is not worth reading either
            if too_big:
                await self._refuse(scope, send)
                return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        body = json.dumps(too_large_body(pick_language(_header(scope, b"accept-language")))).encode("utf-8")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


# -- websocket origin -------------------------------------------------------------------------------------------------

def origin_allowed(origin: str | None, host: str | None, allowed: Iterable[str]) -> bool:
    """May a browser page from ``origin`` open our websocket? No Origin header: not a browser, nothing to protect."""
    if origin is None:
        return True
    allowed = [a.strip().lower().rstrip("/") for a in allowed if a.strip()]
    wanted = origin.strip().lower().rstrip("/")
    if allowed:
        return "*" in allowed or wanted in allowed
    parts = urlsplit(wanted)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False  # "null" (sandboxed frames, files) and other schemes
    if host and parts.netloc == host.strip().lower():
        return True
    return parts.hostname in _LOOPBACK_NAMES


# -- rate limits ------------------------------------------------------------------------------------------------------

class EdgeLimits:
    """Turns and connections per client. A dead limits store lets traffic through (logged): limits here protect
    capacity; limits that protect private data (tools/orders) refuse instead."""

    def __init__(self, limiter: Limiter, settings: Settings) -> None:
        self.limiter = limiter
        self.limits = settings.limits

    def _hit(self, kind: str, client: str, limit: int) -> bool:
        try:
            return self.limiter.hit(f"edge:{kind}:{client}", limit=limit, window_s=self.limits.window_s)
        except LimitsUnavailable as exc:
            log.error("rate limit not applied: %s", exc)
            return True

    def allow_turn(self, client: str) -> bool:
        return self._hit("turn", client, self.limits.turns)

    def allow_connection(self, client: str) -> bool:
        return self._hit("conn", client, self.limits.connections)

    @property
    def retry_after_s(self) -> int:
        return max(1, int(self.limits.window_s))

