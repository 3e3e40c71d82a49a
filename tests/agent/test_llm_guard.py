"""guarded_stream: the agent's only way to stream a model. Time limits, faults and garbage all become LLMUnavailable."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from agent.llm.base import ChatMessage
from agent.llm.factory import get_chat_model, health, make_chat_model, reset_chat_model
from agent.llm.guard import GarbageDetector, guarded_stream
from agent.llm.scripted import ScriptedChatModel
from shopkeeper.errors import ConfigError, LLMUnavailable
from shopkeeper.settings import LLMSettings, Settings

MSGS = [ChatMessage(role="user", content="hi")]


async def collect(model, **kw) -> list[str]:
    kw = {"first_token_timeout_s": 2.0, "total_timeout_s": 5.0} | kw
    return [piece async for piece in guarded_stream(model, MSGS, **kw)]


async def test_pieces_arrive_in_order_and_max_tokens_bounds():
    assert await collect(ScriptedChatModel(["Boots cost 89.99 today."])) == ["Boots", " cost", " 89.99", " today."]
    assert await collect(ScriptedChatModel(["a b c d e f"]), max_tokens=2) == ["a", " b"]


async def test_first_token_timeout_does_not_block_the_loop():
    model = ScriptedChatModel(["late"], first_token_delay_s=1.5)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.02)
            ticks += 1

    task = asyncio.create_task(ticker())
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="no first token within 0.3 s"):
        await collect(model, first_token_timeout_s=0.3)
    task.cancel()
    assert time.monotonic() - started < 1.0
    assert ticks >= 5  # the event loop kept running while the model was stuck


async def test_total_timeout():
    model = ScriptedChatModel(["a b c d e f g h i j"], delay_s=0.15)
    got: list[str] = []
    with pytest.raises(LLMUnavailable, match="no reply within 0.5 s"):
        async for piece in guarded_stream(model, MSGS, first_token_timeout_s=1, total_timeout_s=0.5):
            got.append(piece)
    assert 1 <= len(got) < 10


async def test_a_hung_model_times_out_and_its_thread_is_released():
    model = ScriptedChatModel(["x"], hang=True)
    with pytest.raises(LLMUnavailable, match="first token"):
        await collect(model, first_token_timeout_s=0.2)
    model.release()


async def test_faults_become_llm_unavailable():
    with pytest.raises(LLMUnavailable, match="cut after 2"):
        await collect(ScriptedChatModel(["one two three"], die_after_tokens=2))
    with pytest.raises(LLMUnavailable, match="scripted failure"):
        await collect(ScriptedChatModel(fail=True))

    def broken(messages: list[ChatMessage]) -> str:
        raise RuntimeError("segfault-ish")

    with pytest.raises(LLMUnavailable, match="RuntimeError: segfault-ish"):
        await collect(ScriptedChatModel(broken))

    def missing(messages: list[ChatMessage]) -> str:
        raise ConfigError("model file missing", hint="run `shopkeeper models prepare`")

    with pytest.raises(LLMUnavailable) as info:
        await collect(ScriptedChatModel(missing))
    assert info.value.hint == "run `shopkeeper models prepare`"


@pytest.mark.parametrize(
    "garbage",
    [
        "\ufffd" * 20,
        "ok " + "lol " * 60,
        "Привет! " + "Я могу помочь. " * 20,
        "好的" + "好的好的" * 60,
        "x\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e",
        " " * 200,
    ],
)
async def test_garbage_is_stopped(garbage: str):
    model = ScriptedChatModel(lambda m: garbage)
    with pytest.raises(LLMUnavailable, match="turned into"):
        async for _ in guarded_stream(model, MSGS, first_token_timeout_s=2, total_timeout_s=5, max_tokens=1000):
            pass


@pytest.mark.parametrize(
    "text",
    [
        "Trail Runner 2 costs $89.99 and is in stock (12 left) in aisle 4, shelf B. It is waterproof.",
        "| name | price |\n|---|---|\n| Tent | 120.00 |\n| Stove | 45.50 |\n",
        "Палатка «Туман 3» стоит 12 990 ₽, осталось 3 штуки. Доставка 2–3 дня, возврат в течение 30 дней.",
        "这款登山鞋售价 89.99 美元，有货，位于第4排货架B。防水，轻便，适合徒步旅行。还有配套的袜子和鞋垫。",
    ],
)
def test_real_replies_are_not_garbage(text: str):
    detector = GarbageDetector()
    assert [detector.feed(ch) for ch in text] == [None] * len(text)


async def test_breaking_out_stops_the_worker():
    produced: list[int] = []
    stop_seen = threading.Event()

    class Counting(ScriptedChatModel):
        def stream(self, messages, *, max_tokens=256, temperature=0.2):
            try:
                for i in range(1000):
                    produced.append(i)
                    time.sleep(0.01)
                    yield f" w{i}"
            finally:
                stop_seen.set()

    async for _piece in guarded_stream(Counting(), MSGS, first_token_timeout_s=1, total_timeout_s=5, max_tokens=1000):
        break
    assert await asyncio.to_thread(stop_seen.wait, 2)
    assert len(produced) < 50


def test_factory_backends_and_cache(tmp_path):
    none = Settings(data_dir=tmp_path, llm=LLMSettings(backend="none"))
    assert make_chat_model(none) is None and get_chat_model(none) is None
    assert health(none).backend == "none"
    local = Settings(data_dir=tmp_path, llm=LLMSettings(backend="llamacpp", model_path=tmp_path / "absent.gguf"))
    status = health(local)
    assert status.backend == "llamacpp" and status.present is False and "models prepare" in (status.detail or "")
    first = get_chat_model(local)
    assert first is not None and get_chat_model(local) is first  # one instance per process
    assert first.name.startswith("llamacpp")
    reset_chat_model()
    assert get_chat_model(local) is not first
    reset_chat_model()
