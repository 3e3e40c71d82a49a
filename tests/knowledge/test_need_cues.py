"""Issue 10: the general cues of needs and gifts in ``knowledge.needs`` (no model, no store)."""

from __future__ import annotations

import pytest

from knowledge.needs import has_replace_cue, is_gift, matching_text, uses_of


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


@pytest.mark.parametrize(("text", "use_word"), [
    ("My knees hate the tiles since I started doing yoga videos in the kitchen", "yoga mat"),
    ("в походах колени болят на спусках", "trekking poles"),
    ("I go running after work and it's pitch dark by 5", "headlamp"),
    ("宿舍熄灯以后我还要复习", "desk lamp"),
    ("gums bleed a bit when I brush", "toothbrush"),
    ("周末去露营 想在营地煮个面吃", "camping stove"),
    ("相机老提示存储空间满了", "memory card"),
    ("I listen to podcasts in the bath", "speaker"),
    ("something to munch that isn't sweet", "savoury snacks"),
    ("坐高铁要六个小时 手机撑不到", "charges a phone"),
    ("губы трескаются каждую зиму", "lip balm"),
])
def test_problems_name_the_kind_of_thing_that_answers_them(text: str, use_word: str) -> None:
    assert any(use_word in use for use in uses_of(text))


def test_hair_slow_to_dry_is_not_dry_skin() -> None:
    uses = uses_of("my hair takes forever to dry in the mornings")
    assert "a hair dryer that dries hair fast" in uses and not any("skin" in u for u in uses)


@pytest.mark.parametrize("text", ["my knees hurt", "I go running every morning", "the bath is cold"])
def test_half_a_situation_names_no_thing(text: str) -> None:
    uses = uses_of(text)
    assert not any(w in u for u in uses for w in ("yoga mat", "trekking poles", "headlamp", "speaker"))


def test_a_kind_named_by_a_use_is_preferred_within_the_margin() -> None:
    from knowledge.category_profiles import CategoryMatch
    from knowledge.needs import NeedReading

    r = NeedReading("need", "gums bleed", [CategoryMatch("beauty/toothpaste", 0.6), CategoryMatch("beauty/toothbrushes",
                                                                                                   0.45)])
    r.prefer_named({"beauty/toothbrushes"}, 0.2)
    assert r.matches[0].path == "beauty/toothbrushes" and r.confident
    far = NeedReading("need", "x", [CategoryMatch("a", 0.7), CategoryMatch("b", 0.3)])
    far.prefer_named({"b"}, 0.2)
    assert far.matches[0].path == "a"


@pytest.mark.parametrize("text", ["gift for my gf, she's just started doing 5ks every weekend",
                                  "подарок брату, он бегает полумарафоны", "男朋友在准备跑半马"])
def test_runners_races_ask_for_running_gear(text: str) -> None:
    assert any("running" in use for use in uses_of(text))
