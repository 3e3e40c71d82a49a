"""Run a model's synchronous stream off the event loop, with time limits and a garbage detector.

``guarded_stream`` is what the agent iterates: the model runs in a daemon worker thread (a hung model can never
block the loop or the interpreter's exit), pieces come back through an ``asyncio.Queue``, and every fault (time-out,
a stream cut mid-way, garbage, a missing model) surfaces as one ``LLMUnavailable`` so the caller can fall back to
its template reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from agent.llm.base import ChatMessage, ChatModel
from shopkeeper.errors import LLMUnavailable, ShopkeeperError

_DONE = object()


@dataclass
class GarbageDetector:
    """Spots output no shopper should see: replacement characters, control characters, repetition loops.

    Small models (and a broken quantisation or a wrong chat template) fail this way: a stream of U+FFFD, a token
    repeated forever, a sentence repeated forever. The checks look only at the tail, so cost stays constant.
    """

    max_replacement_chars: int = 8
    max_control_chars: int = 8
    # The tail is garbage when it is one unit of at most ``max_period`` characters repeated over ``window`` chars.
    window: int = 160
    max_period: int = 60
    text: str = field(default="", init=False)
    _replacement: int = field(default=0, init=False)
    _control: int = field(default=0, init=False)

    def feed(self, piece: str) -> str | None:
        """Add a piece; return why the output is garbage, or None while it looks like text."""
        self._replacement += piece.count("\ufffd")
        self._control += sum(1 for ch in piece if ch not in "\n\r\t" and unicodedata.category(ch) == "Cc")
        self.text = (self.text + piece)[-(self.window + self.max_period) :]
        if self._replacement > self.max_replacement_chars:
            return "replacement characters (undecodable bytes)"
        if self._control > self.max_control_chars:
            return "control characters"
        if len(self.text) >= self.window and self._looping():
            return "a repetition loop"
        return None

    def _looping(self) -> bool:
        tail = self.text[-self.window :]
        if not tail.strip():
            return True  # a long run of whitespace only
        return any(tail[period:] == tail[:-period] for period in range(1, self.max_period + 1))


async def guarded_stream(
    model: ChatModel,
    messages: list[ChatMessage],
    *,
    first_token_timeout_s: float,
    total_timeout_s: float,
    max_tokens: int = 256,
    temperature: float = 0.2,
    detector: GarbageDetector | None = None,
) -> AsyncIterator[str]:
    """Yield the model's reply pieces; raise ``LLMUnavailable`` on a time-out, a fault or garbage.

    Leaving the loop early (``break``, cancellation) tells the worker to stop at its next piece. A worker stuck
    inside the model (e.g. a long prompt being processed) finishes in the background; its output is dropped.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[object] = asyncio.Queue()
    stop = threading.Event()
    check = detector or GarbageDetector()

    def put(item: object) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is already closed: nobody is listening any more
            loop.call_soon_threadsafe(queue.put_nowait, item)

    def work() -> None:
        try:
            pieces = model.stream(messages, max_tokens=max_tokens, temperature=temperature)
            try:
                for piece in pieces:
                    if stop.is_set():
                        break
                    put(piece)
            finally:
                close = getattr(pieces, "close", None)
                if close is not None:
                    close()  # stops generation inside llama.cpp / closes the HTTP stream
            put(_DONE)
        except BaseException as exc:  # every fault crosses the thread boundary to the consumer
            put(exc)

    worker = threading.Thread(target=work, name=f"llm-stream-{model.name}", daemon=True)
    worker.start()
    started = time.monotonic()
    count = 0
    try:
        while True:
            elapsed = time.monotonic() - started
            limit = total_timeout_s - elapsed
            if count == 0:
                limit = min(limit, first_token_timeout_s - elapsed)
            try:
                item = await asyncio.wait_for(queue.get(), timeout=max(limit, 0.0))
            except TimeoutError:
                what = "first token" if count == 0 else "reply"
                raise LLMUnavailable(
                    f"{model.name}: no {what} within {first_token_timeout_s if count == 0 else total_timeout_s:g} s",
                    hint="the model is too slow for this prompt; try a shorter prompt or a faster backend",
                ) from None
            if item is _DONE:
                return
            if isinstance(item, LLMUnavailable):
                raise item
            if isinstance(item, ShopkeeperError):
                raise LLMUnavailable(f"{model.name}: {item.message}", hint=item.hint) from item
            if isinstance(item, BaseException):
                raise LLMUnavailable(f"{model.name}: {type(item).__name__}: {item}") from item
            assert isinstance(item, str)
            reason = check.feed(item)
            if reason:
                raise LLMUnavailable(f"{model.name}: the reply turned into {reason}")
            count += 1
            yield item
            if count >= max_tokens:
                return
    finally:
        stop.set()
