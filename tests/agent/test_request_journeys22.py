"""Issue 10 end to end (session 22, development10): a thing the store does not sell asked for inside a story, direct
questions said the shopper's way ("how much more … than the regular ones", "防不防水", «скока видов»), a present the
classifier was unsure of, a shopper's turn taken for a manager's, noise cancelling is no cancellation, a phone that
keeps dying and a drink that goes cold are needs, not complaints."""

from __future__ import annotations

from typing import Any

import pytest

from tests.agent.assistant_support import collect, done_of, of_type


def _shown(events: list[Any]) -> list[Any]:
    return [h for e in of_type(events, "products") for h in e.items]


@pytest.mark.parametrize(("text", "opening"), [
    ("the washing machine died and flooded the kitchen floor, do you sell washing machines?", "We don't have"),
    ("my cat keeps clawing the sofa to bits, need a scratching post, a sturdy one", "We don't have"),
    ("у вас посудомойки есть? старая сломалась, руками мыть уже сил нет", "У нас в магазине нет"),
    ("婴儿车有吗 要轻便能折叠的", "我们店里没有"),
    ("想买把办公椅 天天坐着 腰都要断了", "我们店里没有"),
])
async def test_a_thing_not_sold_asked_for_inside_a_story_is_said_so(assistant, text, opening):
    events = await collect(assistant, text, session=f"s22-{text[:12]}")
    assert done_of(events).text.startswith(opening), done_of(events).text


async def test_the_regular_ones_are_the_kind_without_the_other_sides_quality(assistant):
    events = await collect(assistant, "how much more are merino hiking socks than the regular ones?",
                           session="s22-merino")
    done = done_of(events)
    assert done.intent == "compare", done.text
    hits = _shown(events)
    assert len(hits) == 2 and sum(h.attributes.get("material") == "merino" for h in hits) == 1, \
        [(h.title, h.attributes) for h in hits]


@pytest.mark.parametrize(("text", "opening"), [
    ("does your most expensive jacket actually keep the rain out?", ("Yes", "No")),
    ("你们最贵的夹克防不防水", ("是的", "不是")),
])
async def test_a_yes_no_about_the_dearest_said_the_shoppers_way(assistant, text, opening):
    events = await collect(assistant, text, session=f"s22-{text[:10]}")
    assert done_of(events).text.startswith(opening), done_of(events).text


async def test_how_many_and_the_price_range_in_russian_slang(assistant):
    done = done_of(await collect(assistant, "скока у вас видов кофе?", session="s22-count"))
    assert done.intent == "product_question" and "Всего у нас" in done.text, done.text
    done = done_of(await collect(assistant, "термосы у вас от скольки до скольки по цене", session="s22-range"))
    assert done.intent == "product_question" and "от" in done.text and "до" in done.text, done.text


async def test_an_unsure_present_is_searched_not_questioned(assistant):
    events = await collect(assistant, "bday party on sunday for a boy in my daughters class, turning 5, obsessed "
                           "with trucks. around $30", session="s22-party")
    done = done_of(events)
    assert done.intent == "search" and not done.text.startswith("I'm not sure"), done.text
    # Toys for a five-year-old into trucks, not a party game ("bday party"); in this small store the remote-control
    # cars cost more than the budget, and the reply says so.
    hits = _shown(events)
    assert hits and all(h.category in ("RC cars", "Soft toys", "Building sets") for h in hits[:3]), \
        [(h.title, h.category) for h in hits]


async def test_a_shoppers_turn_is_never_a_managers(assistant):
    events = await collect(assistant, "coffee for the office, we drink loads of it", session="s22-office")
    assert done_of(events).intent == "search", done_of(events).text
    events = await collect(assistant, "ground please, nobody has a grinder", session="s22-office")
    done = done_of(events)
    assert done.intent == "search", done.text
    forms = [h.attributes.get("form") for h in _shown(events)]
    # The ground coffees first (this small store has fewer than three), then the rest.
    assert forms and forms[0] == "ground" and forms == sorted(forms, key=lambda f: f != "ground"), forms


async def test_noise_cancelling_is_no_cancellation(assistant):
    await collect(assistant, "wireless headphones for running", session="s22-anc")
    events = await collect(assistant, "do any of these have noise cancelling?", session="s22-anc")
    done = done_of(events)
    assert done.intent not in ("order_status", "cancellation", "complaint"), done.text


@pytest.mark.parametrize(("text", "category"), [
    ("long flights every month and my phone is always dead before we land", "Power banks"),
    ("by the time I get back from meetings my coffee is stone cold, want something that keeps it hot for hours",
     "Vacuum flasks"),
])
async def test_a_trouble_that_keeps_coming_back_is_a_need(assistant, text, category):
    events = await collect(assistant, text, session=f"s22-{text[:12]}")
    done = done_of(events)
    assert done.intent == "search", done.text
    assert _shown(events) and _shown(events)[0].category == category, [(h.title, h.category) for h in _shown(events)]


@pytest.mark.parametrize(("text", "opening"), [
    ("最便宜的充电宝是两万毫安的吗", ("是的", "不是")),
    ("is your cheapest tent a 4 person one?", ("Yes", "No")),
    ("самый дешёвый термос на 1 литр?", ("Да", "Нет")),
])
async def test_a_measure_asked_of_the_cheapest_gets_a_yes_or_no(assistant, text, opening):
    events = await collect(assistant, text, session=f"s22-m-{text[:8]}")
    done = done_of(events)
    assert done.text.startswith(opening), done.text
    hits = _shown(events)
    assert hits, done.text


async def test_a_floor_is_a_requirement_while_something_meets_it(assistant):
    await collect(assistant, "need an extension cord for the garden", session="s22-cord")
    events = await collect(assistant, "it has to reach at least 5m", session="s22-cord")
    hits = _shown(events)
    assert hits and all(h.attributes.get("length_m", 0) >= 5 for h in hits[:3]), \
        [(h.title, h.attributes.get("length_m")) for h in hits]
    # Nothing meets this one: the kind is still shown, each with its own size, rather than nothing.
    events = await collect(assistant, "a vacuum flask bigger than 20 litres", session="s22-flask")
    assert _shown(events) and all(h.category == "Vacuum flasks" for h in _shown(events)[:3])
