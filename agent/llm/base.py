"""The ``ChatModel`` protocol every backend implements. Calls are synchronous: the agent runs them in threads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant", "tool"]
    content: str


class ToolCall(BaseModel):
    name: str
    arguments: dict[str, Any]


@runtime_checkable
class ChatModel(Protocol):
    name: str

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 256, temperature: float = 0.2) -> Iterator[str]:
        """Yield the reply in text pieces as they are generated. Raises ``LLMUnavailable`` on faults."""
        ...

    def complete_json(self, messages: list[ChatMessage], schema: type[M], *, max_tokens: int = 256) -> M:
        """A reply constrained to ``schema`` (grammar-constrained on llama.cpp), validated into it."""
        ...

    def call_tool(
        self, messages: list[ChatMessage], tools: list[dict[str, Any]], *, forced: str | None = None
    ) -> ToolCall | None:
        """Ask for one tool call among OpenAI-style ``tools``; ``forced`` names the tool the code chose."""
        ...
