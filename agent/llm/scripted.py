"""A scripted chat model for tests: the fake at the one edge a test cannot reach (a real LLM's free text).

Usage::

    model = ScriptedChatModel(["Hello there!", "Second reply"])          # replies in order, last one repeats
    model = ScriptedChatModel(lambda messages: f"echo: {messages[-1].content}")
    model = ScriptedChatModel(["a long reply"], die_after_tokens=2)      # stream dies after 2 pieces
    model = ScriptedChatModel(fail=True)                                 # every call raises LLMUnavailable
    model = ScriptedChatModel(["slow"], first_token_delay_s=5)           # for timeout tests
    model = ScriptedChatModel(["x"], hang=True)                          # blocks until model.release()
    model = ScriptedChatModel(json_replies=[{"intent": "search"}])       # complete_json replies
    model = ScriptedChatModel(tool_calls=[ToolCall(name="search", arguments={"query": "boots"})])

Every call is recorded in ``model.calls`` (kind, messages) so a test can assert what the agent sent.
Faults are raised as ``LLMUnavailable``, exactly like the real backends.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from agent.llm.base import ChatMessage, M, ToolCall
from shopkeeper.errors import LLMUnavailable

ReplySource = Sequence[str] | Callable[[list[ChatMessage]], str]
JsonReply = dict[str, Any] | BaseModel | str
JsonSource = Sequence[JsonReply] | Callable[[list[ChatMessage], type[BaseModel]], JsonReply]
ToolSource = (
    Sequence[ToolCall | dict[str, Any] | None]
    | Callable[[list[ChatMessage], list[dict[str, Any]], str | None], ToolCall | None]
)

# A piece is a word with the whitespace before it, so joining the pieces gives the reply back exactly.
_PIECE = re.compile(r"\s*\S+|\s+$")


@dataclass
class RecordedCall:
    kind: Literal["stream", "json", "tool"]
    messages: list[ChatMessage]


class ScriptedChatModel:
    """A ``ChatModel`` whose replies come from a list (in order; the last repeats) or a function of the messages.

    ``fail``: every call raises ``LLMUnavailable``. ``die_after_tokens``: ``stream`` yields that many pieces, then
    raises ``LLMUnavailable`` (a model killed mid-stream; a shorter reply dies at its end).
    ``delay_s``: sleep between pieces; ``first_token_delay_s``: sleep before the first one.
    ``hang``: every call blocks until ``release()`` (or ``hang_max_s``), then raises ``LLMUnavailable``.
    ``json_replies`` feed ``complete_json`` (when absent, the next text reply is parsed as JSON).
    ``tool_calls`` feed ``call_tool`` (when absent: the forced tool with no arguments, or ``None``).
    """

    def __init__(
        self,
        replies: ReplySource = (),
        *,
        fail: bool = False,
        die_after_tokens: int | None = None,
        delay_s: float = 0.0,
        first_token_delay_s: float = 0.0,
        hang: bool = False,
        hang_max_s: float = 30.0,
        json_replies: JsonSource | None = None,
        tool_calls: ToolSource | None = None,
        name: str = "scripted",
    ) -> None:
        self.name = name
        self.fail = fail
        self.die_after_tokens = die_after_tokens
        self.delay_s = delay_s
        self.first_token_delay_s = first_token_delay_s
        self.hang = hang
        self.hang_max_s = hang_max_s
        self.calls: list[RecordedCall] = []
        self._replies = replies if callable(replies) else list(replies)
        self._json = json_replies if json_replies is None or callable(json_replies) else list(json_replies)
        self._tools = tool_calls if tool_calls is None or callable(tool_calls) else list(tool_calls)
        self._counters = {"stream": 0, "json": 0, "tool": 0}
        self._lock = threading.Lock()
        self._released = threading.Event()

    # -- test controls -------------------------------------------------------------------------------------------

    def release(self) -> None:
        """Unblock calls stuck in ``hang`` (call it in a test's teardown so no thread outlives the test)."""
        self._released.set()

    @property
    def stream_count(self) -> int:
        return sum(1 for c in self.calls if c.kind == "stream")

    # -- ChatModel -----------------------------------------------------------------------------------------------

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 256, temperature: float = 0.2) -> Iterator[str]:
        # Checks happen at the first ``next()``, like a real backend that connects lazily.
        self._enter("stream", messages)
        text = self._next_reply(messages)
        pieces = _PIECE.findall(text)[:max_tokens]
        if self.first_token_delay_s:
            time.sleep(self.first_token_delay_s)
        for i, piece in enumerate(pieces):
            if self.die_after_tokens is not None and i >= self.die_after_tokens:
                raise LLMUnavailable(f"{self.name}: the stream was cut after {i} pieces")
            if self.delay_s and i:
                time.sleep(self.delay_s)
            yield piece
        if self.die_after_tokens is not None:
            # A reply shorter than the cut-off still dies before it completes.
            raise LLMUnavailable(f"{self.name}: the stream was cut after {len(pieces)} pieces")

    def complete_json(self, messages: list[ChatMessage], schema: type[M], *, max_tokens: int = 256) -> M:
        self._enter("json", messages)
        if self.first_token_delay_s:
            time.sleep(self.first_token_delay_s)
        if self._json is None:
            raw: JsonReply = self._next_reply(messages)
        elif callable(self._json):
            raw = self._json(messages, schema)
        else:
            raw = self._pick(self._json, "json")
        try:
            if isinstance(raw, BaseModel):
                raw = raw.model_dump()
            data = json.loads(raw) if isinstance(raw, str) else raw
            return schema.model_validate(data)
        except (ValueError, ValidationError) as exc:
            # The real backends say the same when a model's JSON does not fit the schema.
            raise LLMUnavailable(f"{self.name}: reply does not match {schema.__name__}: {exc}") from exc

    def call_tool(
        self, messages: list[ChatMessage], tools: list[dict[str, Any]], *, forced: str | None = None
    ) -> ToolCall | None:
        self._enter("tool", messages)
        if self.first_token_delay_s:
            time.sleep(self.first_token_delay_s)
        if self._tools is None:
            return ToolCall(name=forced, arguments={}) if forced else None
        if callable(self._tools):
            return self._tools(messages, tools, forced)
        picked = self._pick(self._tools, "tool")
        if picked is None or isinstance(picked, ToolCall):
            return picked
        return ToolCall.model_validate(picked)

    # -- internals -----------------------------------------------------------------------------------------------

    def _enter(self, kind: Literal["stream", "json", "tool"], messages: list[ChatMessage]) -> None:
        with self._lock:
            self.calls.append(RecordedCall(kind, list(messages)))
        if self.fail:
            raise LLMUnavailable(f"{self.name}: scripted failure", hint="the model is told to fail")
        if self.hang:
            self._released.wait(self.hang_max_s)
            raise LLMUnavailable(f"{self.name}: scripted hang ended")

    def _next_reply(self, messages: list[ChatMessage]) -> str:
        if callable(self._replies):
            return self._replies(messages)
        if not self._replies:
            return "OK"
        return self._pick(self._replies, "stream")

    def _pick(self, items: list[Any], kind: str) -> Any:
        with self._lock:
            i = self._counters[kind]
            self._counters[kind] = i + 1
        return items[min(i, len(items) - 1)]
