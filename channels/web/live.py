"""Who is connected right now: the shoppers' open sockets per session, and the staff pages watching hand-overs.

In-process only: with several web workers a person's reply reaches the shopper's socket only when both are on the
same worker (the reply is stored on the ticket either way, and the shopper sees it on reconnecting). A shared bus
(Redis pub/sub) is the step for several workers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from typing import Any

from starlette.websockets import WebSocket

from shopkeeper.logs import get_logger

log = get_logger(__name__)


class LiveHub:
    def __init__(self) -> None:
        self._shoppers: dict[str, set[WebSocket]] = defaultdict(set)
        self._staff: set[WebSocket] = set()
        # One lock per socket: a pushed staff message must not interleave with the frames of a streaming turn.
        self._locks: dict[int, asyncio.Lock] = {}

    def lock(self, ws: WebSocket) -> asyncio.Lock:
        return self._locks.setdefault(id(ws), asyncio.Lock())

    def add_shopper(self, session_id: str, ws: WebSocket) -> None:
        self._shoppers[session_id].add(ws)

    def remove_socket(self, ws: WebSocket) -> None:
        for sid in [s for s, socks in self._shoppers.items() if ws in socks]:
            self._shoppers[sid].discard(ws)
            if not self._shoppers[sid]:
                del self._shoppers[sid]
        self._staff.discard(ws)
        self._locks.pop(id(ws), None)

    def add_staff(self, ws: WebSocket) -> None:
        self._staff.add(ws)

    def shopper_online(self, session_id: str) -> bool:
        return bool(self._shoppers.get(session_id))

    async def _send(self, ws: WebSocket, frame: dict[str, Any]) -> bool:
        try:
            async with self.lock(ws):
                await ws.send_json(frame)
            return True
        except Exception as exc:  # a socket that went away: the next receive on it ends its handler
            log.info("a live frame was not delivered: %s", type(exc).__name__)
            return False

    async def to_shopper(self, session_id: str, frame: dict[str, Any]) -> int:
        """Send to every open socket of the session; the number that got it."""
        sent = 0
        for ws in list(self._shoppers.get(session_id, ())):
            sent += await self._send(ws, frame)
        return sent

    async def to_staff(self, frame: dict[str, Any]) -> None:
        for ws in list(self._staff):
            if not await self._send(ws, frame):
                self._staff.discard(ws)

    async def close_staff(self) -> None:
        for ws in list(self._staff):
            with contextlib.suppress(Exception):
                await ws.close()
