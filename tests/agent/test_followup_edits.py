"""Issue 10: a follow-up edits the previous request ("tent for 4" -> "only waterproof ones"), keeping its subject."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.understand.context import follow_up
from agent.understand.models import DialogueContext, Intent, Slots
from agent.understand.slots import extract_slots


def _context(query: str, category: str) -> DialogueContext:
    return DialogueContext(last_intent=Intent.SEARCH, last_slots=Slots(query=query, category=category),
                           shown_product_ids=[1, 2, 3], shown_prices=[Decimal("100"), Decimal("120"), Decimal("150")])


@pytest.mark.parametrize(
    ("text", "lang", "attrs", "excluded"),
    [
        ("only waterproof ones please", "en", {"waterproof": True}, {}),
        ("только водонепроницаемые", "ru", {"waterproof": True}, {}),
        ("要防水的", "zh", {"waterproof": True}, {}),
        ("not black", "en", {}, {"colour": ["black"]}),
        ("不要黑色的", "zh", {}, {"colour": ["black"]}),
    ],
)
def test_a_constraint_only_turn_adds_to_the_last_request(text: str, lang: str, attrs: dict[str, object],
                                                          excluded: dict[str, list[str]]) -> None:
    ctx = _context("tent for 4 people", "outdoor/tents")
    out = follow_up(text, extract_slots(text, lang, search=False), ctx)
    assert out is not None
    intent, slots, _ = out
    assert intent == Intent.SEARCH
    assert slots.query == "tent for 4 people" and slots.category == "outdoor/tents"
    for k, v in attrs.items():
        assert slots.attributes[k] == v
    assert slots.exclude_attrs == excluded


@pytest.mark.parametrize(("text", "lang"), [("a size bigger", "en"), ("на размер больше", "ru"), ("大一码", "zh"),
                                            ("а подешевле?", "ru"), ("cheaper", "en")])
def test_size_and_price_follow_ups_keep_the_subject(text: str, lang: str) -> None:
    ctx = _context("hiking boots", "footwear/hiking-boots")
    out = follow_up(text, extract_slots(text, lang, search=False), ctx)
    assert out is not None
    assert out[1].query == "hiking boots" and out[1].category == "footwear/hiking-boots"


@pytest.mark.parametrize("text", ["tent for 4 people", "waterproof hiking boots", "有没有狗绳"])
def test_a_turn_that_names_a_thing_starts_a_new_request(text: str) -> None:
    ctx = _context("jacket", "apparel/jackets")
    assert follow_up(text, extract_slots(text, "en", search=False), ctx) is None


@pytest.mark.parametrize(("text", "lang", "key", "value"), [
    ("what about for 2 people?", "en", "persons", 2),
    ("in size 42", "en", "size", "42"),
    ("без капюшона", "ru", "hood", False),
    ("ой а 42-го? чтоб с толстым носком влезало", "ru", "size", "42"),
    ("wait actually she's a 37 now, she grew again", "en", "size", "37"),
    ("у неё 37-й", "ru", "size", "37"),
])
def test_a_changed_constraint_edits_the_request(text: str, lang: str, key: str, value: object) -> None:
    out = follow_up(text, extract_slots(text, lang, search=False), _context("tent", "outdoor/tents"))
    assert out is not None
    assert out[1].query == "tent" and out[1].attributes[key] == value


@pytest.mark.parametrize(("text", "lang"),
                         [("не дороже 5000 рублей", "ru"), ("500元以内的", "zh"), ("under 100", "en")])
def test_a_price_alone_keeps_the_subject(text: str, lang: str) -> None:
    out = follow_up(text, extract_slots(text, lang, search=False), _context("tent", "outdoor/tents"))
    assert out is not None
    assert out[1].query == "tent" and out[1].price_max is not None


@pytest.mark.parametrize(("text", "lang", "attrs", "excluded"), [
    ("waterproof obviously, we're going to Scotland in March", "en", {"waterproof": True}, {}),
    ("only not black please, he's had three black ones already", "en", {}, {"colour": ["black"]}),
    ("лучше без капюшона, я его никогда не надеваю", "ru", {"hood": False}, {}),
])
def test_a_constraint_told_with_its_reason_still_edits_the_request(text: str, lang: str, attrs: dict[str, object],
                                                                  excluded: dict[str, list[str]]) -> None:
    out = follow_up(text, extract_slots(text, lang, search=False), _context("jacket", "apparel/jackets"))
    assert out is not None
    intent, slots, _ = out
    assert intent == Intent.SEARCH and slots.query == "jacket" and slots.category == "apparel/jackets"
    for k, v in attrs.items():
        assert slots.attributes[k] == v
    for k, v in excluded.items():
        assert slots.exclude_attrs[k] == v


@pytest.mark.parametrize(("text", "lang"), [
    ("the black one I bought last month is already broken", "en"),
    ("where is my order 10234, I wanted the waterproof one by Friday", "en"),
    ("хочу вернуть черную, она не подошла", "ru"),
    ("我要找人工客服，不要黑色的", "zh"),
])
def test_a_support_matter_with_a_constraint_word_is_no_search_edit(text: str, lang: str) -> None:
    out = follow_up(text, extract_slots(text, lang, search=False), _context("jacket", "apparel/jackets"))
    assert out is None or out[0] != Intent.SEARCH


@pytest.mark.parametrize(("text", "lang", "attrs"), [
    # A kind named in the reason or as a feature is no new request when the words point back at what was shown.
    ("do any of them charge off usb? sick of buying batteries", "en", {}),
    ("chocolate ones if u have them, otherwise they just come home uneaten", "en", {"flavour": "chocolate"}),
    ("要能充电的 不想老换电池", "zh", {}),
    ("粉色的有没有 她就认粉的", "zh", {}),
])
def test_words_that_point_back_keep_the_subject(text: str, lang: str, attrs: dict[str, object]) -> None:
    out = follow_up(text, extract_slots(text, lang, search=False), _context("flashlight", "tools/flashlights"))
    assert out is not None
    intent, slots, _ = out
    assert intent == Intent.SEARCH and slots.query == "flashlight" and slots.category == "tools/flashlights"
    for k, v in attrs.items():
        assert slots.attributes[k] == v
