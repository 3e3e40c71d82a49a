"""Issue 10 (session 19): follow-ups a development set showed lost — a letter size alone, a new limit beside an
ordinal, a turn that says nothing of its language — and words that looked like other intents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.guard import check_turn
from agent.understand.context import constraints_only, follow_up
from agent.understand.models import DialogueContext, Intent, Slots
from agent.understand.rules import asks_for_person, rule_hits


@pytest.mark.parametrize(("text", "size"), [("L", "L"), ("shes an XS", "XS"), ("у него M", "M"), ("我穿XL", "XL")])
def test_a_letter_size_alone_narrows_the_last_request(text: str, size: str) -> None:
    added = constraints_only(text, with_reason=True)
    assert added is not None and added.attributes == {"size": size}


def test_a_word_that_is_no_size_is_not_read_as_one() -> None:
    assert constraints_only("Lol", with_reason=True) is None


def test_a_new_limit_beside_an_ordinal_edits_the_request_instead_of_asking_about_that_product() -> None:
    ctx = DialogueContext(last_intent=Intent.SEARCH, last_slots=Slots(query="wireless headphones",
                                                                       category="electronics/headphones"),
                          shown_product_ids=[1, 2, 3], shown_prices=[Decimal("353.99"), Decimal("99"),
                                                                     Decimal("120")])
    intent, slots, _ = follow_up("ok the first ones are way too pricey, what about under 80", Slots(ordinal=1), ctx)
    assert intent == Intent.SEARCH and slots.ordinal is None
    assert slots.price_max == Decimal("80") and slots.category == "electronics/headphones"


@pytest.mark.parametrize(("text", "session", "language"), [("L", "ru", "ru"), ("44", "zh", "zh"),
                                                           ("ok thanks", "ru", "en"), ("L", None, "en")])
def test_a_message_that_says_nothing_of_its_language_keeps_the_conversations(text, session, language) -> None:
    verdict = check_turn(text, session_id="s", locale=None, max_chars=2000, session_language=session)
    assert verdict.language == language


def test_a_share_per_person_is_not_a_person_asked_for() -> None:
    assert not asks_for_person("коллеге на др скидываемся, по 500 с человека, нас 6")
    assert asks_for_person("позовите человека")


def test_a_place_a_thing_is_used_in_is_no_question_about_the_store() -> None:
    assert not any(h.rule == "store_facts" for h in rule_hits("наушники для метро"))
    assert any(h.rule == "store_facts" for h in rule_hits("как до вас добраться от метро?"))
    assert not any(h.rule == "store_facts" for h in rule_hits("4 nights in a motel with no wifi, kids bored"))


def test_a_person_asked_for_by_a_verb_with_na_is_still_asked_for() -> None:
    assert asks_for_person("эскалируйте на человека") and asks_for_person("переключите на человека пожалуйста")
    assert not asks_for_person("по 300 на человека")


@pytest.mark.parametrize(("text", "kind"), [
    ("колонка блютуз на дачу, чтоб bass нормальный был", True),
    ("слушайте, а чайник внутри пластиковый или металлический", False),
    ("скажите а у гантелей вес регулируется или нет", False),
])
def test_a_request_for_a_kind_without_a_question_asks_for_the_kind(text: str, kind: bool) -> None:
    from agent.understand.understander import asks_for_a_kind

    category = "electronics/speakers" if "колонк" in text else "home/kettles"
    assert asks_for_a_kind(text, Slots(category=category), None) is kind
