"""The scripted chat model other tests rely on: replies, streaming, faults, JSON and tool calls."""

from __future__ import annotations

import threading
import time

import pytest
from pydantic import BaseModel

from agent.llm.base import ChatMessage, ChatModel, ToolCall
from agent.llm.scripted import ScriptedChatModel
from shopkeeper.errors import LLMUnavailable

MSGS = [ChatMessage(role="user", content="hi")]


class Intent(BaseModel):
    intent: str
    confidence: float = 1.0


def test_is_a_chat_model_and_streams_word_by_word():
    model = ScriptedChatModel(["Hello there, shopper!", "Second"])
    assert isinstance(model, ChatModel)
    pieces = list(model.stream(MSGS))
    assert pieces == ["Hello", " there,", " shopper!"]
    assert "".join(model.stream(MSGS)) == "Second"
    assert "".join(model.stream(MSGS)) == "Second"  # the last reply repeats
    assert model.stream_count == 3 and model.calls[0].messages == MSGS


def test_callable_replies_see_the_messages_and_max_tokens_bounds():
    model = ScriptedChatModel(lambda msgs: "echo " + msgs[-1].content + " a b c d")
    assert list(model.stream(MSGS, max_tokens=3)) == ["echo", " hi", " a"]


def test_fail_and_die_mid_stream():
    with pytest.raises(LLMUnavailable):
        list(ScriptedChatModel(["x"], fail=True).stream(MSGS))
    got: list[str] = []
    with pytest.raises(LLMUnavailable, match="cut after 2"):
        for piece in ScriptedChatModel(["one two three four"], die_after_tokens=2).stream(MSGS):
            got.append(piece)
    assert got == ["one", " two"]


def test_hang_blocks_until_released():
    model = ScriptedChatModel(["x"], hang=True)
    errors: list[Exception] = []

    def run() -> None:
        try:
            list(model.stream(MSGS))
        except LLMUnavailable as exc:
            errors.append(exc)

    t = threading.Thread(target=run)
    t.start()
    time.sleep(0.1)
    assert t.is_alive()
    model.release()
    t.join(2)
    assert not t.is_alive() and len(errors) == 1


def test_json_replies_are_validated():
    model = ScriptedChatModel(json_replies=[{"intent": "search"}, '{"intent": "order_status", "confidence": 0.5}'])
    assert model.complete_json(MSGS, Intent) == Intent(intent="search")
    assert model.complete_json(MSGS, Intent).confidence == 0.5
    with pytest.raises(LLMUnavailable, match="Intent"):
        ScriptedChatModel(["not json"]).complete_json(MSGS, Intent)


def test_tool_calls():
    scripted = ScriptedChatModel(tool_calls=[{"name": "search", "arguments": {"query": "boots"}}, None])
    assert scripted.call_tool(MSGS, []) == ToolCall(name="search", arguments={"query": "boots"})
    assert scripted.call_tool(MSGS, []) is None
    default = ScriptedChatModel()
    assert default.call_tool(MSGS, [], forced="get_order") == ToolCall(name="get_order", arguments={})
    assert default.call_tool(MSGS, []) is None
