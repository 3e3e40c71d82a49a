"""A search turn whose top hit fits nothing asked is offered as a guess with a question back, never as the answer;
and a bare number in a Russian message ("до 120") keeps its store-currency reading through the agent, which sends
the search tool cleaned words and a limit already converted from roubles."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent import templates
from tests.agent.assistant_support import collect, done_of, of_type


async def test_boots_under_a_bare_120_in_russian_are_boots_in_dollars(assistant):
    events = await collect(assistant, "непромокаемые ботинки до 120", session="boots-120", locale="ru")
    shown = [h for e in of_type(events, "products") for h in e.items]
    done = done_of(events)
    assert shown, done.text
    # 120 roubles buys no boots (it found a yoghurt): the shopper meant the store's 120.
    assert "ботинки" in (shown[0].category or "").lower(), [h.title for h in shown]
    assert all(Decimal(str(h.price)) <= Decimal("120") for h in shown)
    assert templates.t("search_clarify", "ru") not in done.text


async def test_a_list_that_fits_nothing_asked_is_a_question_back(assistant):
    # Written roubles are roubles: under 1.32 dollars no boot is sold, and what the index finds there is no boot.
    events = await collect(assistant, "непромокаемые ботинки до 120 рублей", session="boots-rub", locale="ru")
    done = done_of(events)
    shown = [h for e in of_type(events, "products") for h in e.items]
    assert not any(h.category and "ботинки" in h.category.lower() for h in shown)
    if shown:
        assert done.text.startswith(templates.t("search_clarify", "ru")), done.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "waterproof hiking boots under 20 dollars"), ("ru", "спальник до 1000 рублей"),
     ("zh", "有没有120元以下的防水登山鞋")],
)
async def test_nothing_within_the_budget_offers_the_cheapest_of_the_kind(assistant, lang, text):
    events = await collect(assistant, text, session=f"budget-{lang}", locale=lang)
    done = done_of(events)
    shown = [h for e in of_type(events, "products") for h in e.items]
    assert shown, done.text
    # The cheapest of one kind, cheapest first, each above the ceiling the shopper set; all of it verified.
    assert len({h.category for h in shown}) == 1
    prices = [Decimal(str(h.price)) for h in shown]
    assert prices == sorted(prices)
    assert done.grounded and done.text.count("\n") == len(shown), done.text
    lowest = {"en": "The lowest-priced we have:", "ru": "Самые недорогие из того, что есть:",
              "zh": "目前最便宜的几款："}
    assert done.text.split("\n")[0].endswith(lowest[lang]), done.text
