"""Verified streaming through the web channel: over ``/ws/chat`` and ``POST /v1/chat``, with the real app and the
real Assistant; only the language model's free text is scripted, with a wrong price and a sentence in the wrong
language planted in the middle of an otherwise true reply.

No token frame carries a sentence that failed verification; the first token frame is sent only after its sentence
was complete and had passed the real verifier; ``done.text`` is the token frames joined."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from agent.assistant import Assistant
from agent.events import Event, Turn
from channels.web.app import create_app
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings
from tests.agent.streaming_support import (
    GOOD_OPENING,
    WRONG_LANGUAGE,
    RecordingModel,
    VerifierSpy,
    expected_shown,
    first_fact,
    planted_reply,
    wrong_price,
)

QUESTION = "waterproof hiking boots under 120"


class EventTap:
    """The real Assistant, with every event that leaves ``reply`` recorded (and when) on its way to the channel."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.events: list[tuple[float, Event]] = []

    async def reply(self, turn: Turn) -> AsyncIterator[Event]:
        async for event in self.assistant.reply(turn):
            self.events.append((time.monotonic(), event))
            yield event

    async def aclose(self) -> None:
        await self.assistant.aclose()


@pytest.fixture
def planted(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient, EventTap, Any, Any]]:
    spy = VerifierSpy().install(monkeypatch)
    model = RecordingModel(planted_reply, delay_s=0.02)
    # The model's path is what is under test; the shipped reply policy (the template everywhere) never asks it.
    settings = settings.model_copy(deep=True)
    settings.agent.reply_policy = {"default": "model"}
    tap = EventTap(Assistant(settings, chat_model=model))
    # Its own limiter: the per-client turn limit must not depend on what other test modules sent before.
    with TestClient(create_app(settings, assistant=tap, limiter=MemoryLimiter())) as client:
        yield client, tap, model, spy
        assert client.portal is not None
        client.portal.call(tap.aclose)  # in the app's loop: the checkpointer's connection belongs to it


def _check_no_failed_sentence(texts: list[str], model: RecordingModel) -> None:
    title, price = first_fact(model.last_prompt)
    for text in texts:
        assert wrong_price(price) not in text and WRONG_LANGUAGE[:8] not in text, text


def test_websocket_sends_only_verified_sentences(planted) -> None:
    client, tap, model, spy = planted
    frames: list[tuple[float, dict]] = []
    with client.websocket_connect("/ws/chat") as ws:
        assert ws.receive_json()["type"] == "session"  # the server issues the session (first frame)
        ws.send_json({"text": QUESTION, "locale": "en", "id": "m1"})
        while not frames or frames[-1][1]["type"] != "done":
            frame = ws.receive_json()
            frames.append((time.monotonic(), frame))
    kinds = [f["type"] for _, f in frames]
    assert kinds.count("done") == 1 and "token" in kinds
    assert kinds.index("products") < kinds.index("token")  # cards first, then text
    tokens = [(at, f["text"]) for at, f in frames if f["type"] == "token"]
    done = frames[-1][1]
    # done.text is the token frames joined: nothing shown is ever corrected.
    assert done["text"] == "".join(t for _, t in tokens) == expected_shown(model.last_prompt)
    assert done["used_llm"] and done["grounded"]
    _check_no_failed_sentence([t for _, t in tokens], model)
    # Every token frame is a sentence that had passed the real verifier before the frame arrived.
    for at, text in tokens:
        assert spy.passed_before(text, at), (text, spy.calls)
    # The first frame came after its sentence was complete: the model had already written past its full stop.
    first_at, first_text = tokens[0]
    assert first_text == GOOD_OPENING
    produced = model.text_until(first_at)
    assert produced.startswith(GOOD_OPENING) and produced[len(GOOD_OPENING):].strip()
    failed = {v.sentence.strip() for v in spy.failed()}
    assert WRONG_LANGUAGE in failed and any(wrong_price(first_fact(model.last_prompt)[1]) in s for s in failed)


def test_chat_post_returns_only_verified_sentences(planted) -> None:
    client, tap, model, spy = planted
    resp = client.post("/v1/chat", json={"text": QUESTION, "locale": "en"})  # a new, server-issued session
    assert resp.status_code == 200
    body = resp.json()
    assert body["text"] == expected_shown(model.last_prompt) and body["used_llm"] and body["products"]
    _check_no_failed_sentence([body["text"]], model)
    # What left Assistant.reply on its way to the response: verified sentences only, and done is them joined.
    tokens = [(at, e) for at, e in tap.events if e.type == "token"]
    assert tokens and all(spy.passed_before(e.text, at) for at, e in tokens)
    done = [e for _, e in tap.events if e.type == "done"]
    assert len(done) == 1 and done[0].text == "".join(e.text for _, e in tokens) == body["text"]
