"""LlamaCppChatModel on real GGUF files: the tiny base Gemma 3 270M for mechanics, the packaged Qwen when prepared.

Gemma 270M is a base model (it echoes and loops), so these tests assert mechanics, not quality.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel

from agent.llm.base import ChatMessage, ChatModel, ToolCall
from agent.llm.guard import guarded_stream
from agent.llm.llamacpp import LlamaCppChatModel
from agent.llm.packaged import default_model_path, is_prepared, prepare_test_model
from shopkeeper.errors import ConfigError
from shopkeeper.settings import LLMSettings, Settings

# (importing agent.llm above set OMP_WAIT_POLICY before llama.cpp's OpenMP runtime loads)
llama_cpp = pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (extra local-llm)")

pytestmark = pytest.mark.llm

REPO = Path(__file__).resolve().parents[2]
MSGS = [
    ChatMessage(role="system", content="You are a shop assistant."),
    ChatMessage(role="user", content="Do you sell tents?"),
]
ORDER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_order",
        "description": "Look up an order by its number.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "integer"}}, "required": ["order_id"]},
    },
}


class Understanding(BaseModel):
    intent: Literal["search", "order_status", "other"]
    in_stock_only: bool


@pytest.fixture(scope="module")
def gemma_path() -> Path:
    return prepare_test_model(REPO / "var" / "models")


@pytest.fixture(scope="module")
def gemma(gemma_path: Path):
    settings = Settings(llm=LLMSettings(backend="llamacpp", model_path=gemma_path, n_threads=2, n_ctx=512))
    model = LlamaCppChatModel.from_settings(settings)
    yield model
    model.close()


def test_loads_lazily_once_with_the_thread_settings(gemma_path: Path, gemma: LlamaCppChatModel):
    assert isinstance(gemma, ChatModel)
    assert not LlamaCppChatModel(gemma_path).loaded  # building one costs nothing; the first call loads
    info = gemma.info()
    assert gemma.loaded
    assert info["n_threads"] == 2 and info["n_threads_batch"] == 2
    assert info["n_ctx"] == 512 and info["n_gpu_layers"] == 0
    assert gemma.load() is gemma.load()  # one llama.cpp instance, reused


def test_streams_tokens(gemma: LlamaCppChatModel):
    pieces = list(gemma.stream(MSGS, max_tokens=12, temperature=0.0))
    assert 1 < len(pieces) <= 12
    assert all(isinstance(p, str) and p for p in pieces)
    assert "".join(pieces).strip()


def test_json_output_is_constrained_to_the_schema(gemma: LlamaCppChatModel):
    result = gemma.complete_json(MSGS, Understanding, max_tokens=40)
    assert isinstance(result, Understanding)
    assert result.intent in {"search", "order_status", "other"}
    # The prompt's state went into the RAM prefix cache, for the next prompt that starts the same way.
    cache = gemma.load().cache
    assert isinstance(cache, llama_cpp.LlamaRAMCache) and 0 < cache.cache_size < 64 * 2**20
    assert all(len(state.scores) == 1 for state in cache.cache_state.values())  # compact: one logits row


def test_prefix_cache_restores_an_earlier_prompt(gemma: LlamaCppChatModel, monkeypatch):
    llama = gemma.load()
    system_a = [ChatMessage(role="system", content="You are a shop assistant for hiking gear. " * 5)]
    system_b = [ChatMessage(role="system", content="Classify the request into one intent. " * 5)]
    ask = [ChatMessage(role="user", content="Do you sell tents?")]

    def reply(messages: list[ChatMessage]) -> str:
        return "".join(gemma.stream(messages, max_tokens=4, temperature=0.0))

    first = reply(system_a + ask)
    reply(system_b + ask)  # the KV cache now holds prompt B
    loads: list[int] = []
    original = llama.load_state

    def counting(state):
        loads.append(state.n_tokens)
        original(state)

    monkeypatch.setattr(llama, "load_state", counting)
    again = reply(system_a + ask)
    monkeypatch.undo()
    assert loads and loads[0] > 40  # prompt A's state came back from the cache instead of being re-read
    assert again == first  # greedy decoding from a restored state gives the same answer
    assert isinstance(llama.cache, llama_cpp.LlamaRAMCache)
    assert len(llama.cache.cache_state) <= gemma.cache_entries


def test_forced_tool_call_has_typed_arguments(gemma: LlamaCppChatModel):
    msgs = [ChatMessage(role="user", content="Where is my order 1042?")]
    call = gemma.call_tool(msgs, [ORDER_TOOL], forced="get_order")
    assert isinstance(call, ToolCall) and call.name == "get_order"
    assert isinstance(call.arguments["order_id"], int)
    with pytest.raises(ConfigError, match="not among the tools"):
        gemma.call_tool(msgs, [ORDER_TOOL], forced="delete_everything")


def test_concurrent_callers_are_serialised(gemma: LlamaCppChatModel):
    outputs: list[str] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            outputs.append("".join(gemma.stream(MSGS, max_tokens=6, temperature=0.0)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and len(outputs) == 3 and all(outputs)


async def test_guarded_stream_over_llama(gemma: LlamaCppChatModel):
    pieces = [p async for p in guarded_stream(gemma, MSGS, first_token_timeout_s=30, total_timeout_s=60, max_tokens=8)]
    assert 1 <= len(pieces) <= 8


def test_missing_model_says_how_to_prepare_it(tmp_path: Path):
    model = LlamaCppChatModel.from_settings(Settings(data_dir=tmp_path))
    assert model.model_path == default_model_path(Settings(data_dir=tmp_path))
    with pytest.raises(ConfigError) as info:
        list(model.stream(MSGS))
    assert info.value.hint == "run `shopkeeper models prepare`"
    custom = LlamaCppChatModel.from_settings(Settings(llm=LLMSettings(model_path=tmp_path / "mine.gguf")))
    with pytest.raises(ConfigError, match="mine.gguf") as info:
        custom.load()
    assert "MODEL_PATH" in (info.value.hint or "")


def test_damaged_model_file_is_a_config_error(tmp_path: Path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 4096)
    with pytest.raises(ConfigError, match="cannot load") as info:
        LlamaCppChatModel(bad).load()
    assert "--force" in (info.value.hint or "")


QWEN = default_model_path(Settings(data_dir=REPO / "var"))


@pytest.mark.slow
@pytest.mark.skipif(not is_prepared(QWEN), reason="packaged Qwen not joined: run `shopkeeper models prepare`")
def test_packaged_qwen_answers_in_russian():
    model = LlamaCppChatModel(QWEN, n_threads=2, n_ctx=1024)
    try:
        msgs = [
            ChatMessage(role="system", content="Ты помощник магазина. Отвечай кратко, по-русски."),
            ChatMessage(role="user", content="Что взять в поход: палатку или гамак?"),
        ]
        reply = "".join(model.stream(msgs, max_tokens=24, temperature=0.0))
    finally:
        model.close()
    cyrillic = len(re.findall(r"[А-Яа-яЁё]", reply))
    assert cyrillic >= 10, reply
