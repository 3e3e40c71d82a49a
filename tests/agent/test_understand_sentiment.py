"""Sentiment per turn in en/ru/zh and the trend that triggers escalation."""

from __future__ import annotations

import pytest

from agent.understand.sentiment import score, trend


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("this is the worst service ever", "en", "negative"),
        ("THE BLENDER STOPPED WORKING AND NOBODY CARES", "en", "negative"),
        ("you charged me twice!!!", "en", "negative"),
        ("это ужасно, больше никогда", "ru", "negative"),
        ("курьер нагрубил, я в бешенстве", "ru", "negative"),
        ("太差了，再也不来了", "zh", "negative"),
        ("thanks a lot, you're awesome", "en", "positive"),
        ("спасибо большое, всё отлично", "ru", "positive"),
        ("谢谢，太好了", "zh", "positive"),
        ("where is my order 1234", "en", "neutral"),
        ("покажи кроссовки", "ru", "neutral"),
        ("有蓝色的吗", "zh", "neutral"),
        ("not bad at all", "en", "neutral"),
    ],
)
def test_sentiment_labels(text: str, lang: str, label: str) -> None:
    s = score(text, lang)
    assert s.label == label, (text, s.score)
    assert -1.0 <= s.score <= 1.0


def test_swearing_and_caps_are_stronger_than_plain_words() -> None:
    assert score("this is bad", "en").score > score("THIS IS BAD, WTF!!!", "en").score
    assert score("плохо", "ru").score > score("пиздец, ужас", "ru").score


def test_trend_escalates_on_persisting_or_worsening_negativity() -> None:
    assert not trend([0.2, 0.0], -0.25).escalate
    persisting = trend([0.1, -0.5], -0.4)
    assert persisting.escalate and persisting.reason == "persisting"
    worsening = trend([-0.05, -0.2], -0.32)
    assert worsening.escalate and worsening.reason == "worsening"
    assert trend([], -0.9).reason == "very_negative"
    assert not trend([-0.6], 0.4).escalate  # it got better: no hand-over
