"""Helpers for the verified-streaming tests: a scripted model that records when it produced each piece, a spy on
the real verifier (it records what was verified and when, and returns the real verdict), and replies with planted
errors built from the prompt's real facts."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from agent.llm.base import ChatMessage
from agent.llm.scripted import ScriptedChatModel

GOOD_OPENING = "I found a few options for you."
GOOD_CLOSING = "Take a look at the cards below."
WRONG_LANGUAGE = "Это отличный выбор для похода."


def first_fact(messages: list[ChatMessage]) -> tuple[str, str]:
    """Title and price of the first product line in the compose prompt's facts."""
    m = re.search(r"^- (.+?) \| ([\d.]+) USD", messages[-1].content, re.MULTILINE)
    assert m, messages[-1].content
    return m.group(1), m.group(2)


def wrong_price(price: str) -> str:
    return str(Decimal(price) + Decimal("13.37"))


def planted_reply(messages: list[ChatMessage]) -> str:
    """Two true sentences around a wrong price and a sentence in the wrong language, then a true price."""
    title, price = first_fact(messages)
    return (f"{GOOD_OPENING} The {title} costs ${wrong_price(price)} today. {WRONG_LANGUAGE} "
            f"The {title} costs ${price}. {GOOD_CLOSING}")


def expected_shown(messages: list[ChatMessage]) -> str:
    title, price = first_fact(messages)
    return f"{GOOD_OPENING} The {title} costs ${price}. {GOOD_CLOSING}"


class RecordingModel(ScriptedChatModel):
    """A scripted model that records, for every piece, the time it was produced (before it is handed over)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.produced: list[tuple[float, str]] = []
        self._plock = threading.Lock()

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 256, temperature: float = 0.2) -> Iterator[str]:
        for piece in super().stream(messages, max_tokens=max_tokens, temperature=temperature):
            with self._plock:
                self.produced.append((time.monotonic(), piece))
            yield piece

    def text_until(self, moment: float) -> str:
        with self._plock:
            return "".join(p for t, p in self.produced if t <= moment)

    @property
    def last_prompt(self) -> list[ChatMessage]:
        return [c for c in self.calls if c.kind == "stream"][-1].messages


@dataclass
class Verified:
    sentence: str
    ok: bool
    reasons: list[str]
    at: float


class VerifierSpy:
    """Wraps the real ``verify_sentence`` where verified streaming calls it; every call is recorded."""

    def __init__(self) -> None:
        self.calls: list[Verified] = []
        self._lock = threading.Lock()

    def install(self, monkeypatch: pytest.MonkeyPatch) -> VerifierSpy:
        import agent.stream_verify as sv

        real = sv.verify_sentence

        def spy(sentence: str, facts: list[dict[str, Any]], **kwargs: Any) -> Any:
            verdict = real(sentence, facts, **kwargs)
            with self._lock:
                self.calls.append(Verified(sentence, bool(verdict.ok), list(verdict.reasons), time.monotonic()))
            return verdict

        monkeypatch.setattr(sv, "verify_sentence", spy)
        return self

    def passed_before(self, text: str, moment: float) -> bool:
        """Was every sentence in ``text`` (a token) verified, and passed, before ``moment``?"""
        body = text.strip()
        with self._lock:
            ok = [c.sentence.strip() for c in self.calls if c.ok and c.at <= moment]
        # One token is one sentence; a separator (space, line break) before it is not part of the sentence.
        return body in ok

    def failed(self) -> list[Verified]:
        with self._lock:
            return [c for c in self.calls if not c.ok]


def assert_token_contract(events: list[Any]) -> None:
    """Cards and tables first, then tokens, then exactly one done whose text is the tokens joined."""
    kinds = [getattr(e, "type", None) for e in events]
    assert kinds.count("done") == 1 and kinds[-1] == "done", kinds
    tokens = [e.text for e in events if getattr(e, "type", None) == "token"]
    assert events[-1].text == "".join(tokens)
    if "token" in kinds:
        first = kinds.index("token")
        assert not {"products", "table"} & set(kinds[first:]), kinds
