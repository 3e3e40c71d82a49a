"""OpenAICompatChatModel against a local fake OpenAI-compatible server (the real protocol over loopback)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

from agent.llm.base import ChatMessage, ChatModel, ToolCall
from agent.llm.factory import health, make_chat_model
from agent.llm.guard import guarded_stream
from agent.llm.openai_compat import OpenAICompatChatModel
from shopkeeper.errors import LLMUnavailable
from shopkeeper.settings import LLMSettings, Settings
from tests.fakes.openai_server import FakeOpenAIServer, FakeReply

MSGS = [ChatMessage(role="system", content="You are a shop assistant."), ChatMessage(role="user", content="hi")]
SEARCH_TOOL = {
    "type": "function",
    "function": {
        "name": "search_products",
        "description": "Search the catalog.",
        "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
    },
}
ORDER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_order",
        "description": "Look up an order.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "integer"}}, "required": ["order_id"]},
    },
}


class Intent(BaseModel):
    intent: str
    confidence: float


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as srv:
        yield srv


def model_for(srv: FakeOpenAIServer, timeout_s: float = 5.0) -> OpenAICompatChatModel:
    return OpenAICompatChatModel(base_url=srv.base_url, model="fake-model", timeout_s=timeout_s, max_retries=0)


def test_stream_yields_tokens_in_order(server):
    server.script([FakeReply(text="Hiking boots are in aisle 4.")])
    model = model_for(server)
    assert isinstance(model, ChatModel)
    pieces = list(model.stream(MSGS, max_tokens=32, temperature=0.1))
    assert len(pieces) == 6 and "".join(pieces) == "Hiking boots are in aisle 4."
    sent = server.requests[-1]
    assert sent["stream"] is True and sent["max_completion_tokens"] == 32 and sent["temperature"] == 0.1
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]


def test_complete_json_via_function_calling(server):
    server.script([FakeReply(tool_call=("Intent", {"intent": "order_status", "confidence": 0.9}))])
    result = model_for(server).complete_json(MSGS, Intent)
    assert result == Intent(intent="order_status", confidence=0.9)
    sent = server.requests[-1]
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "Intent"}}
    assert sent["tools"][0]["function"]["parameters"]["required"] == ["intent", "confidence"]


def test_complete_json_rejects_arguments_that_do_not_fit(server):
    server.script([FakeReply(tool_call=("Intent", {"intent": "search"}))])  # confidence missing
    with pytest.raises(LLMUnavailable):
        model_for(server).complete_json(MSGS, Intent)


def test_forced_tool_call(server):
    server.script([FakeReply(tool_call=("get_order", {"order_id": 1042}))])
    call = model_for(server).call_tool(MSGS, [SEARCH_TOOL, ORDER_TOOL], forced="get_order")
    assert call == ToolCall(name="get_order", arguments={"order_id": 1042})
    assert server.requests[-1]["tool_choice"] == {"type": "function", "function": {"name": "get_order"}}


def test_auto_tool_call_and_text_answer(server):
    server.script([FakeReply(tool_call=("search_products", {"query": "tent"})), FakeReply(text="Hello!")])
    model = model_for(server)
    assert model.call_tool(MSGS, [SEARCH_TOOL, ORDER_TOOL]) == ToolCall(
        name="search_products", arguments={"query": "tent"}
    )
    assert server.requests[-1]["tool_choice"] == "auto"
    assert model.call_tool(MSGS, [SEARCH_TOOL]) is None  # the model answered in text


def test_killed_mid_stream_raises_after_the_first_tokens(server):
    server.script([FakeReply(text="one two three four five", die_after_chunks=3)])
    got: list[str] = []
    with pytest.raises(LLMUnavailable):
        for piece in model_for(server).stream(MSGS):
            got.append(piece)
    assert got == ["one", " two"]


def test_stream_without_finish_reason_is_a_fault(server):
    # The server ends the body cleanly but before the final chunk: still a cut stream.
    server.script([FakeReply(text="one two three", die_after_chunks=4)])
    with pytest.raises(LLMUnavailable):
        list(model_for(server).stream(MSGS))


def test_http_error_is_unavailable(server):
    server.script([FakeReply(status=500)])
    with pytest.raises(LLMUnavailable, match="500"):
        list(model_for(server).stream(MSGS))


def test_connection_refused_is_unavailable():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    model = OpenAICompatChatModel(base_url=f"http://127.0.0.1:{port}/v1", model="m", timeout_s=2, max_retries=0)
    with pytest.raises(LLMUnavailable, match="127.0.0.1"):
        list(model.stream(MSGS))
    with pytest.raises(LLMUnavailable):
        model.call_tool(MSGS, [SEARCH_TOOL], forced="search_products")


def test_timeout_is_unavailable(server):
    server.script([FakeReply(text="late", delay_s=5)])
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="Timeout"):
        model_for(server, timeout_s=0.3).complete_json(MSGS, Intent)
    assert time.monotonic() - started < 3


async def test_guarded_stream_over_a_slow_endpoint(server):
    server.script([FakeReply(text="a b c d e f g h", chunk_delay_s=0.4)])
    got: list[str] = []
    with pytest.raises(LLMUnavailable, match="no reply within"):
        async for piece in guarded_stream(model_for(server), MSGS, first_token_timeout_s=2, total_timeout_s=1.0):
            got.append(piece)
    assert got and got[0] == "a"


def test_factory_and_health_for_the_remote_backend(server):
    settings = Settings(llm=LLMSettings(backend="openai", base_url=server.base_url, model="fake-model"))
    model = make_chat_model(settings)
    assert isinstance(model, OpenAICompatChatModel) and model.base_url == server.base_url
    status = health(settings, probe=True)
    assert status.backend == "openai" and status.reachable is True and status.detail == server.base_url
    server.stop()
    assert health(settings, probe=True).reachable is False
