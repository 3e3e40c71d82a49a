"""Sentiment per turn in en/ru/zh and the trend that triggers escalation."""

from __future__ import annotations

from typing import cast

import pytest

from agent.journeys.escalate import should_escalate
from agent.state import AgentState
from agent.understand.models import Intent, Sentiment, Understanding
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
        # 操作 ("how is it done") and 麻烦 ("would you please") are not the swear word and not "annoying"
        ("想申请退货退款，具体怎么操作？", "zh", "neutral"),
        ("麻烦帮我查一下订单", "zh", "neutral"),
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


def test_trend_direction_over_the_session() -> None:
    assert trend([-0.6], -0.5).direction == "persisting"
    assert trend([-0.1], -0.6).direction == "worsening"
    assert trend([0.1, -0.1], -0.31).direction == "worsening"  # sliding three turns in a row
    assert trend([-0.7], -0.1).direction == "improving"
    assert trend([0.0], 0.05).direction == "steady"
    assert trend([], -0.2).direction == "steady"
    improving = trend([-0.7, -0.5], 0.3)
    assert improving.direction == "improving" and not improving.escalate


def _turn(score_: float, intent: Intent = Intent.SEARCH) -> Understanding:
    label = "negative" if score_ <= -0.25 else "positive" if score_ >= 0.25 else "neutral"
    return Understanding(language="en", intent=intent, confidence=0.9,
                         sentiment=Sentiment(score=score_, label=label, intensity=abs(score_)))


@pytest.mark.parametrize(("history", "now", "intent", "reason"), [
    ([-0.5], -0.6, Intent.OTHER, "negative_sentiment"),  # persisting
    ([-0.1], -0.6, Intent.OTHER, "negative_sentiment"),  # worsening
    ([0.4], -0.9, Intent.SEARCH, "negative_sentiment"),  # fury after a calm turn, whatever it asks for
    ([-0.5], -0.6, Intent.SEARCH, None),  # a search's exclusions and reasons ("not black, he has three") are no mood
    ([], -0.9, Intent.SEARCH, None),  # one angry first turn: help first
    ([], -0.75, Intent.COMPLAINT, "complaint"),
    ([0.3], -0.6, Intent.SEARCH, None),
    ([-0.6], 0.4, Intent.SEARCH, None),  # it got better
    ([-0.5, -0.6], -0.1, Intent.SEARCH, None),
    ([], 0.0, Intent.HUMAN_REQUEST, "human_request"),
])
def test_should_escalate_reads_the_trend(history: list[float], now: float, intent: Intent,
                                         reason: str | None) -> None:
    state = cast(AgentState, {"sentiment_history": history})
    assert should_escalate(_turn(now, intent), state) == reason


def test_disputing_a_refusal_or_asking_for_the_action_is_no_mood_to_hand_over() -> None:
    # pushing back on a return just refused, mood moderate: the next reply meets it; fury still hands over
    refused = cast(AgentState, {"sentiment_history": [-0.05], "refused": "return: window_closed"})
    assert should_escalate(_turn(-0.5, Intent.OTHER), refused) is None
    assert should_escalate(_turn(-0.85, Intent.OTHER), refused) == "negative_sentiment"
    # "Yes, cancel the whole order please": the after-sales words read negative, the turn asks for the action
    asking = cast(AgentState, {"sentiment_history": [-0.35, -0.04], "text": "Yes, cancel the whole order please."})
    assert should_escalate(_turn(-0.49, Intent.OTHER), asking) is None
    angry = cast(AgentState, {"sentiment_history": [-0.5], "text": "where is my parcel, this is a joke"})
    assert should_escalate(_turn(-0.6, Intent.OTHER), angry) == "negative_sentiment"


def test_trail_reads_for_a_person() -> None:
    from agent.understand.sentiment import trail

    assert trail([0.1, -0.4, -0.85]) == "+0.10 → -0.40 → -0.85 (worsening)"
    assert trail([]) == "no turns yet"
    assert trail([-0.5] * 9).count("→") == 5  # the last six turns only
