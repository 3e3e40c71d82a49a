"""The assistant: one LangGraph agent behind ``Assistant.reply(turn)``, the one entry every channel calls.

``from agent import Assistant, Turn`` works; the heavy parts load on first use, so ``import agent`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.assistant import Assistant
    from agent.events import Event, Turn

__all__ = ["Assistant", "Event", "Turn"]


def __getattr__(name: str) -> Any:
    if name == "Assistant":
        from agent.assistant import Assistant

        return Assistant
    if name in {"Turn", "Event"}:
        from agent import events

        return getattr(events, name)
    raise AttributeError(name)
