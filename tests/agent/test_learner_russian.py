"""Issue 10 (session 29, development17): Russian as learners and search boxes write it — the nominative after
«без» / «для» / «от», «б/п» for wireless — read as the Russian the journeys expect, and correct Russian unchanged."""

from __future__ import annotations

import pytest

from agent.understand.russian_cases import with_cases
from agent.understand.shopper_text import shopper_text
from knowledge.query import default_lexicon, understand
from tests.agent.assistant_support import collect, done_of, of_type


@pytest.mark.parametrize(("text", "read"), [
    ("сыр который без лактоза", "сыр который без лактозы"),
    ("живот плохо от молоко", "живот плохо от молока"),
    ("подарок для мой папа, он любит рыбалка", "подарок для моего папы, он любит рыбалка"),
    ("ботинки для зима размер 45", "ботинки для зимы размер 45"),
    ("без глютен", "без глютена"),
])
def test_the_nominative_after_a_genitive_preposition_is_put_right(text: str, read: str) -> None:
    assert with_cases(text) == read


@pytest.mark.parametrize("text", ["йогурт без сахара и без лактозы", "для детей 7 лет", "до 5000 рублей", "у него",
                                  "кофе без кофеина", "подарок для Маша", "hello for you"])
def test_correct_russian_and_names_are_left_alone(text: str) -> None:
    assert with_cases(text) == text


def test_search_box_shorthand_for_wireless() -> None:
    parsed = understand(shopper_text("наушники б/п не черные и не белые до 5к"), lexicon=default_lexicon()).parsed
    assert parsed.category == "electronics/headphones" and parsed.attributes.get("wireless") is True
    assert parsed.price_max is not None


def test_a_learners_winter_boots_are_winter_boots() -> None:
    parsed = understand(shopper_text("Есть у вас ботинки для зима размер 45, который не промокает?"),
                        lexicon=default_lexicon()).parsed
    assert parsed.category == "footwear/winter-boots" and parsed.attributes.get("size") == "45"


async def test_a_learners_refusal_of_lactose_filters_yogurt(assistant):
    events = await collect(assistant, "Мне нужен йогурт который без лактоза", session="s29-lactose")
    hits = [h for e in of_type(events, "products") for h in e.items]
    assert hits and all(h.attributes.get("lactose_free") is True for h in hits), done_of(events).text


@pytest.mark.parametrize("text", ["наушники полноразмерные, не вкладыши",
                                  "наушники накладные полноразмерные, не вкладыши"])
def test_a_word_starting_with_polno_is_no_heap_already_had(text: str) -> None:
    # «полно» (heaps of them at home) had matched the start of «полноразмерные»: the headphones themselves were
    # refused, and with them the over-ear form the shopper asked for.
    parsed = understand(text, lexicon=default_lexicon()).parsed
    assert parsed.category == "electronics/headphones" and parsed.attributes.get("form") == "over-ear"
    assert "наушники" not in parsed.exclude_terms and "over-ear" not in parsed.exclude_terms
