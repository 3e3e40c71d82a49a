"""Turn ``ChatMessage`` lists into the plain role/content dicts every backend accepts.

``ChatMessage`` has a "tool" role for tool results but no tool-call ids (the agent, not the model, calls tools by
default). OpenAI-style APIs and many GGUF chat templates reject a "tool" message without a preceding assistant
tool call, so tool results travel as a user message with a clear prefix. Consecutive messages of one role are
merged, because some chat templates (Gemma's) insist that roles alternate.
"""

from __future__ import annotations

from agent.llm.base import ChatMessage

TOOL_PREFIX = "Tool results (facts to answer from):\n"


def to_role_dicts(messages: list[ChatMessage]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for message in messages:
        role, content = message.role, message.content
        if role == "tool":
            role, content = "user", TOOL_PREFIX + content
        if out and out[-1]["role"] == role:
            out[-1]["content"] += "\n\n" + content
        else:
            out.append({"role": role, "content": content})
    return out
