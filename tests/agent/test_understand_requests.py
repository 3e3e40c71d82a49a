"""Issue 10, shoppers' own words: head counts said in words, a question about a kind of thing, yes/no feature
questions about a named product, and follow-ups that edit the last request."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

from agent.journeys.asks import feature_asked, name_text, product_ask
from agent.product_answers import feature_answer
from agent.understand import DialogueContext, Intent, Slots, Understander
from agent.understand.context import follow_up
from agent.understand.slots import extract_slots, spell_counts
from agent.understand.understander import asks_for_a_kind
from knowledge.embeddings import make_embedder
from shopkeeper.settings import AgentSettings, EmbeddingSettings


@pytest.fixture(scope="module")
def understander() -> Understander:
    cache = Path(os.environ["SHOPKEEPER_CACHE_DIR"]) / "understand"
    return Understander(make_embedder(EmbeddingSettings()), None, AgentSettings(), cache_dir=cache,
                        store_currency="USD")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("do you have a two-person tent", 2),
        ("a three person tent", 3),
        ("tent for four people", 4),
        ("двухместная палатка", 2),
        ("трёхместную палатку", 3),
        ("палатка на четверых", 4),
        ("палатка на 4 человека", 4),
        ("双人帐篷", 2),
        ("有四人帐篷吗", 4),
    ],
)
def test_head_counts_in_words_are_the_persons_attribute(text: str, persons: int) -> None:
    lang = "ru" if any("а" <= ch <= "я" for ch in text) else ("zh" if "帐" in text else "en")
    assert extract_slots(text, lang).attributes.get("persons") == persons


def test_other_number_words_are_left_alone() -> None:
    assert spell_counts("two tents and one lamp") == "two tents and one lamp"
    assert spell_counts("人民广场") == "人民广场"


@pytest.mark.parametrize("text", ["do you have a two-person tent", "двухместная палатка есть?", "有双人帐篷吗"])
def test_a_question_about_a_kind_is_a_search(understander: Understander, text: str) -> None:
    u = understander.understand(text, use_llm=False)
    assert u.intent == Intent.SEARCH
    assert u.confidence >= AgentSettings().intent_confidence  # not sent to the clarifying question
    assert u.slots.attributes.get("persons") == 2


def test_a_named_or_shown_product_stays_a_product_question() -> None:
    tent = Slots(category="outdoor/tents")
    assert asks_for_a_kind("do you have a two-person tent?", tent, None)
    assert not asks_for_a_kind("does the tent have a porch", tent, None)  # "the": a particular one is meant
    assert not asks_for_a_kind("北欧马克杯可以进微波炉吗", Slots(category="kitchen/mugs"), None)  # no 有: not "have"
    assert not asks_for_a_kind("is the Northpeak Quest tent waterproof?", tent, None)  # a name
    shown = DialogueContext(last_intent=Intent.SEARCH, shown_product_ids=[1, 2])
    assert not asks_for_a_kind("is the tent waterproof?", tent, shown)  # the one on screen
    assert not asks_for_a_kind("is it waterproof?", Slots(), None)  # no kind named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what sizes does the Trailmark Atlas come in", "does the Trailmark Atlas"),
        ("какие размеры у Trailmark Atlas?", "у Trailmark Atlas?"),
        ("Trailmark Atlas有哪些尺码", "Trailmark Atlas"),
        ("is the Northpeak Flow Pro waterproof?", "is the Northpeak Flow Pro ?"),
        ("Northpeak Flow Pro водонепроницаемые?", "Northpeak Flow Pro ?"),
    ],
)
def test_the_asked_sizes_and_feature_are_no_part_of_the_name(text: str, name: str) -> None:
    assert name_text(text) == name


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("is the Northpeak Flow Pro waterproof?", "waterproof"),
        ("are the Lumetra Glide 2 wireless", "wireless"),
        ("Northpeak Flow Pro водонепроницаемые?", "waterproof"),
        ("Pixelon Apex 2防水吗", "waterproof"),
    ],
)
def test_a_yes_no_feature_question(text: str, key: str) -> None:
    ask = product_ask(text)
    assert ask is not None and ask.kind == "feature" and ask.value == key


def test_a_feature_in_a_statement_is_not_a_question() -> None:
    assert feature_asked("show me the Northpeak Flow Pro waterproof") is None
    assert product_ask("is the Northpeak Flow Pro waterproof in size 44?").kind == "size"  # type: ignore[union-attr]


def test_feature_answer_says_yes_or_no_first() -> None:
    boots = {"title": "Northpeak Flow Pro Suede Hiking Boots", "attributes": {"waterproof": False}}
    watch = {"title": "Pixelon Apex 2 Smartwatch", "attributes": {"waterproof": True}}
    no = "No, the Northpeak Flow Pro Suede Hiking Boots are not waterproof."
    assert feature_answer("en", boots, "waterproof") == no
    assert feature_answer("en", watch, "waterproof").startswith("Yes, the Pixelon Apex 2 Smartwatch is ")
    assert feature_answer("ru", watch, "waterproof").startswith("Да, ")
    assert feature_answer("zh", boots, "waterproof").startswith("不是")
    # Not recorded: said so, never a guess.
    assert feature_answer("en", boots, "wireless").startswith("The catalog does not say")


@pytest.fixture
def tents_for_four() -> DialogueContext:
    return DialogueContext(
        last_intent=Intent.SEARCH,
        last_slots=extract_slots("tent for 4 people", "en"),
        shown_product_ids=[172, 2834, 2657],
        shown_prices=[Decimal("599.99"), Decimal("599.99"), Decimal("332.99")],
        language="en",
    )


def test_an_added_constraint_keeps_the_subject_and_the_earlier_ones(tents_for_four: DialogueContext) -> None:
    text = "only waterproof ones please"
    resolved = follow_up(text, extract_slots(text, "en", search=False), tents_for_four)
    assert resolved is not None
    intent, slots, _ = resolved
    assert intent == Intent.SEARCH
    assert slots.query == "tent for 4 people" and slots.category == "outdoor/tents"
    assert slots.attributes == {"persons": 4, "waterproof": True}


def test_cheaper_lowers_the_price_band_of_the_same_subject(tents_for_four: DialogueContext) -> None:
    resolved = follow_up("cheaper?", extract_slots("cheaper?", "en", search=False), tents_for_four)
    assert resolved is not None
    _, slots, _ = resolved
    assert slots.price_max == Decimal("332.98")
    assert slots.query == "tent for 4 people" and slots.attributes["persons"] == 4


def test_a_colour_keeps_the_subject(tents_for_four: DialogueContext) -> None:
    resolved = follow_up("and in blue?", extract_slots("and in blue?", "en", search=False), tents_for_four)
    assert resolved is not None
    _, slots, _ = resolved
    assert slots.query == "tent for 4 people" and slots.attributes == {"persons": 4, "colour": "blue"}


def test_a_new_subject_starts_afresh(tents_for_four: DialogueContext) -> None:
    text = "now show me lamps"
    assert follow_up(text, extract_slots(text, "en", search=False), tents_for_four) is None


@pytest.mark.parametrize(
    ("text", "compare"),
    [
        ("Is the Basecamp Vista lighter than the Basecamp Zephyr?", True),
        ("Палатка Basecamp Vista легче, чем Basecamp Zephyr?", True),
        ("boots cheaper than $50", False),  # a price limit
        ("дешевле чем 5000", False),
        ("rather than a tent, a hammock", False),
    ],
)
def test_a_comparative_with_than_is_a_comparison(text: str, compare: bool) -> None:
    from agent.understand.rules import COMPARE

    assert bool(COMPARE.search(text)) is compare


def test_switching_to_look_at_something_else_is_no_exchange() -> None:
    from agent.understand.rules import RETURN_ACTION

    assert not RETURN_ACTION.search("换成保温杯看看")
    assert RETURN_ACTION.search("我想换成大一码")
