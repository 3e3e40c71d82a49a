"""One language detector (knowledge.language) behind every caller's old name."""

from __future__ import annotations

import pytest

import agent.guard
import agent.understand.language
import knowledge.language as lang
import knowledge.text


def test_old_names_are_the_shared_detector() -> None:
    assert agent.understand.language.guess_language is lang.guess_language
    assert agent.understand.language.dominant_language is lang.dominant_language
    assert agent.understand.language.detect_language is lang.detect_language


@pytest.mark.parametrize(("text", "locale", "reply", "analyser"), [
    ("waterproof boots under 120", None, "en", "en"),
    ("ботинки до 5000 руб", None, "ru", "ru"),
    ("防水登山靴 800元以内", None, "zh", "zh"),
    ("Привіт, де моє замовлення?", None, "ru", "ru"),   # Ukrainian: read by the Russian analyser, answered in ru
    ("chaussures de randonnée", None, "en", "en"),      # another Latin language: English answers
    ("12345", None, "en", "en"),
    ("boots", "ru-RU", "ru", "en"),                     # the channel's locale decides the reply
    ("登山靴 Nike", None, "zh", "zh"),
])
def test_callers_agree(text: str, locale: str | None, reply: str, analyser: str) -> None:
    assert agent.guard.guess_language(text, locale) == reply
    assert lang.reply_language(text, locale) == reply
    assert knowledge.text.detect_language(text) == analyser
