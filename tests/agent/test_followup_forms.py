"""Follow-ups as shoppers write them (issue 10, from development6's errors): "a size bigger" moves the size one step,
a gift for someone is a request of its own, and a question of having may be one clause of several."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.understand.context import constraints_only, follow_up
from agent.understand.models import DialogueContext, Intent, Slots
from agent.understand.slots import extract_slots, next_size, size_step
from agent.understand.understander import asks_for_a_kind


@pytest.mark.parametrize(
    ("text", "step"),
    [("actually make it a size bigger", 1), ("на размер больше давайте", 1), ("大一码吧", 1),
     ("one size smaller please", -1), ("размером меньше", -1), ("小一码", -1), ("size 42", 0)],
)
def test_size_step(text: str, step: int) -> None:
    assert size_step(text) == step


@pytest.mark.parametrize(("size", "step", "out"), [("42", 1, "43"), ("M", 1, "L"), ("xs", -1, "XXS"),
                                                   ("3XL", 1, None), ("1", -1, None), ("one size", 1, None)])
def test_next_size(size: str, step: int, out: str | None) -> None:
    assert next_size(size, step) == out


@pytest.mark.parametrize(("text", "lang"), [("actually make it a size bigger", "en"),
                                            ("на размер больше давайте", "ru"), ("大一码吧", "zh")])
def test_a_size_bigger_asks_for_the_next_size(text: str, lang: str) -> None:
    last = Slots(query="running shoes size 42", category="footwear/running-shoes", attributes={"size": "42"})
    ctx = DialogueContext(last_intent=Intent.SEARCH, last_slots=last, shown_product_ids=[1, 2, 3],
                          shown_prices=[Decimal("50")] * 3, language=lang)
    resolved = follow_up(text, extract_slots(text, lang, search=False), ctx)
    assert resolved is not None
    intent, slots, _ = resolved
    assert intent == Intent.SEARCH and slots.attributes.get("size") == "43"
    assert slots.category == "footwear/running-shoes"


@pytest.mark.parametrize("text", ["gift for my dad under 50", "подарок папе до 3000", "给我爸爸的礼物，300块以内"])
def test_a_gift_for_someone_is_no_constraint_on_what_was_shown(text: str) -> None:
    assert constraints_only(text, with_reason=True) is None


def test_a_constraint_with_its_reason_still_edits_the_last_request() -> None:
    added = constraints_only("under 50 please, we're on a budget this month", with_reason=True)
    assert added is not None and added.price_max == Decimal("50")


def test_a_question_of_having_in_one_clause_of_several() -> None:
    text = "零食棒有不含坚果的吗 孩子过敏"
    assert asks_for_a_kind(text, extract_slots(text, "zh", search=True), None)


@pytest.mark.parametrize(("text", "lang"), [("is there anything cheaper than those?", "en"),
                                            ("есть что-то дешевле этих?", "ru")])
def test_cheaper_than_those_is_a_cheaper_follow_up(text: str, lang: str) -> None:
    last = Slots(query="electric kettle", category="home/kettles")
    ctx = DialogueContext(last_intent=Intent.SEARCH, last_slots=last, shown_product_ids=[1, 2],
                          shown_prices=[Decimal("27.99"), Decimal("24.99")], language=lang)
    resolved = follow_up(text, extract_slots(text, lang, search=False), ctx)
    assert resolved is not None
    intent, slots, _ = resolved
    assert intent == Intent.SEARCH and slots.price_max == Decimal("24.98") and slots.category == "home/kettles"


@pytest.mark.parametrize(("text", "key"), [
    ("the first one - is it waterproof? I bike to work. if not show me waterproof ones", "waterproof"),
    ("is the second one waterproof?", "waterproof"),
])
def test_a_yes_no_question_about_a_feature_may_be_one_sentence_of_several(text: str, key: str) -> None:
    from agent.journeys.asks import feature_asked

    found = feature_asked(text)
    assert found is not None and found[0] == key


def test_a_question_of_a_figure_asks_no_feature() -> None:
    from agent.journeys.asks import feature_asked

    assert feature_asked("how much is your cheapest decaf coffee?") is None
