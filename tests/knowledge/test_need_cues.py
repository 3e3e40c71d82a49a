"""Issue 10: the general cues of needs and gifts in ``knowledge.needs`` (no model, no store)."""

from __future__ import annotations

import pytest

from knowledge.needs import has_replace_cue, is_gift, matching_text


@pytest.mark.parametrize(
    "text", ["my coffee is stone cold by the time I get to work", "чай остывает через час", "汤很快就凉了"]
)
def test_a_drink_going_cold_asks_for_keeping_drinks_hot_not_for_warm_clothes(text: str) -> None:
    words, kind, _ = matching_text(text)
    assert kind == "need" and "keeps drinks hot" in words and "keeps warm" not in words


@pytest.mark.parametrize("text", ["nights up there drop below zero", "на улице мороз", "零下十度"])
def test_frost_is_cold(text: str) -> None:
    assert "keeps warm" in matching_text(text)[0]


@pytest.mark.parametrize(
    "text",
    ["подруге, она фотографирует всё подряд", "my niece, she collects shells", "брату, он вечно что-то мастерит"],
)
def test_what_a_recipient_does_makes_a_gift(text: str) -> None:
    assert is_gift(text)
    words, kind, recipient = matching_text(text)
    assert kind == "gift" and recipient is not None and recipient not in words


def test_a_story_about_a_person_is_not_a_gift_without_interests() -> None:
    assert not is_gift("my son he is sick")


@pytest.mark.parametrize(
    "text", ["the bulb in the hall blew", "в подъезде перегорела лампочка", "家里灯泡坏了", "we ran out of batteries"]
)
def test_a_broken_or_used_up_thing_is_a_replacement_cue(text: str) -> None:
    assert has_replace_cue(text)


def test_no_replacement_cue_in_a_plain_request() -> None:
    assert not has_replace_cue("waterproof hiking boots under 120")
