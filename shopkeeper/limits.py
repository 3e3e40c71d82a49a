"""Counting limits (rate limits, failed second factors) in one store shared by every worker of a deployment.

In memory for one process by default; Redis when ``SHOPKEEPER_LIMITS__REDIS_URL`` is set, so several web workers
share the same counts. Callers only ``hit`` a key with a limit and a window.

Both stores keep a sliding window log: the times of the events counted in the last ``window_s`` seconds. An event
refused for being over the limit is not counted, so a client that keeps trying is let in again as soon as its
oldest counted event leaves the window. In Redis each key is a sorted set (score: the server's clock in ms), and a
hit is one Lua script, so concurrent workers cannot both take the last free slot.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from typing import Any, Protocol

from shopkeeper.errors import DependencyMissing, LimitsUnavailable
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)


class Limiter(Protocol):
    def hit(self, key: str, *, limit: int, window_s: float) -> bool:
        """Count one event for ``key``; False when this event is over ``limit`` within the last ``window_s``."""
        ...

    def count(self, key: str, *, window_s: float) -> int:
        """Events counted for ``key`` within the last ``window_s`` (without counting one)."""
        ...

    def reset(self, key: str) -> None:
        """Forget ``key`` (e.g. after a successful second factor)."""
        ...


class MemoryLimiter:
    """The sliding window log in this process's memory (one web worker; tests)."""

    MAX_KEYS = 50_000  # above this, idle keys are swept so a long-running server's memory stays flat

    def __init__(self) -> None:
        self._events: dict[str, deque[float]] = {}
        self._windows: dict[str, float] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, *, limit: int, window_s: float) -> bool:
        now = time.monotonic()
        with self._lock:
            events = self._events.setdefault(key, deque())
            self._windows[key] = window_s
            while events and now - events[0] >= window_s:
                events.popleft()
            if len(events) >= limit:
                return False
            events.append(now)
            if len(self._events) > self.MAX_KEYS:
                self._sweep(now)
            return True

    def count(self, key: str, *, window_s: float) -> int:
        now = time.monotonic()
        with self._lock:
            return sum(1 for t in self._events.get(key, ()) if now - t < window_s)

    def reset(self, key: str) -> None:
        with self._lock:
            self._events.pop(key, None)
            self._windows.pop(key, None)

    def _sweep(self, now: float) -> None:
        idle = [k for k, q in self._events.items() if not q or now - q[-1] >= self._windows.get(k, 0.0)]
        for k in idle:
            self._events.pop(k, None)
            self._windows.pop(k, None)


# KEYS[1]: the key; ARGV: limit, window in ms, a unique member. The server's clock decides, not the workers'.
_HIT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 1
"""
_COUNT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZCOUNT', KEYS[1], '(' .. (now - tonumber(ARGV[1])), '+inf')
"""


class RedisLimiter:
    """The sliding window log in Redis, shared by every worker that points at the same server.

    Each call is one blocking round trip (well under a millisecond on a LAN): the web edge makes it on the event
    loop, tools make it in their worker thread; the short socket timeouts bound what a dead server costs.
    """

    def __init__(self, url: str, *, prefix: str = "shopkeeper:limits", timeout_s: float = 1.0) -> None:
        try:
            import redis
        except ImportError as exc:
            raise DependencyMissing("redis", "redis") from exc
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        # Short timeouts: hit() runs on the event loop, and a dead Redis must cost a request milliseconds, not a hang.
        self._client: Any = redis.Redis.from_url(url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)
        self._hit = self._client.register_script(_HIT)
        self._count = self._client.register_script(_COUNT)
        self._prefix = prefix

    def _key(self, key: str) -> str:
        return f"{self._prefix}:{key}"

    def hit(self, key: str, *, limit: int, window_s: float) -> bool:
        try:
            allowed = self._hit(keys=[self._key(key)], args=[limit, max(1, int(window_s * 1000)), uuid.uuid4().hex])
        except self._errors as exc:
            raise LimitsUnavailable(f"the limits store is unreachable ({type(exc).__name__})") from exc
        return bool(allowed)

    def count(self, key: str, *, window_s: float) -> int:
        try:
            return int(self._count(keys=[self._key(key)], args=[max(1, int(window_s * 1000))]))
        except self._errors as exc:
            raise LimitsUnavailable(f"the limits store is unreachable ({type(exc).__name__})") from exc

    def reset(self, key: str) -> None:
        try:
            self._client.delete(self._key(key))
        except self._errors as exc:
            raise LimitsUnavailable(f"the limits store is unreachable ({type(exc).__name__})") from exc

    def close(self) -> None:
        self._client.close()


_LIMITERS: dict[tuple[str, ...], Limiter] = {}
_LIMITERS_LOCK = threading.Lock()


def get_limiter(settings: Settings) -> Limiter:
    """The limiter of this deployment: one per Redis server (shared by all workers), or one per data dir in memory.

    Cached, so every caller in a process (the web edge, the order tools) counts in the same place.
    """
    limits = settings.limits
    if limits.redis_url is not None:
        key: tuple[str, ...] = ("redis", limits.redis_url.get_secret_value(), limits.key_prefix)
    else:
        key = ("memory", str(settings.data_dir.resolve()), limits.key_prefix)
    with _LIMITERS_LOCK:
        limiter = _LIMITERS.get(key)
        if limiter is None:
            if limits.redis_url is not None:
                limiter = RedisLimiter(limits.redis_url.get_secret_value(), prefix=limits.key_prefix)
            else:
                limiter = MemoryLimiter()
            _LIMITERS[key] = limiter
        return limiter
