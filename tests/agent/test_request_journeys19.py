"""Issue 10 end to end (session 19, development7): stories that looked like after-sales, staff or store questions
are shopping; follow-ups keep the subject and the conversation's language; "cheaper" finds something cheaper."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from agent.journeys.search import _cheaper_than_most
from tests.agent.assistant_support import collect, done_of, of_type


def _shown(events: list[Any]) -> list[Any]:
    return [h for e in of_type(events, "products") for h in e.items]


@pytest.mark.parametrize(("text", "categories"), [
    ("fathers day. hubby is the DIY guy, fixes everything himself but his old stuff is literally falling apart, "
     "the handle came off his hammer last week", {"Hammers", "Drills", "Screwdriver sets", "Tape measures"}),
    ("i bring soup for lunch and it leaked all over my laptop bag AGAIN. 25 bucks max",
     {"Food containers", "Vacuum flasks", "Water bottles"}),
    ("writing my thesis till 2am and the ceiling light gives me a headache. something for the desk, 40ish bucks",
     {"Desk lamps"}),
])
async def test_a_story_with_a_broken_thing_or_a_staff_word_is_still_shopping(assistant, text, categories):
    events = await collect(assistant, text, session=f"s19-{text[:20]}")
    done = done_of(events)
    assert done.intent == "search", done.text
    hits = _shown(events)
    assert hits and hits[0].category in categories, [(h.title, h.category) for h in hits]


async def test_a_bare_size_in_a_russian_chat_narrows_the_list_in_russian(assistant):
    await collect(assistant, "флиску мужскую", session="s19-size")
    events = await collect(assistant, "L", session="s19-size")
    done = done_of(events)
    assert done.language == "ru" and done.intent == "search", done.text
    hits = _shown(events)
    assert hits and all(h.category == "Флисовые кофты" for h in hits[:3])
    assert all("L" in (h.attributes.get("sizes") or []) for h in hits[:3]), [h.attributes for h in hits[:3]]


def test_cheaper_falls_back_to_the_middle_of_the_first_three_shown():
    assert _cheaper_than_most([Decimal("30.99"), Decimal("153.99"), Decimal("98.99")], Decimal("30.99")) == \
        Decimal("98.99")
    assert _cheaper_than_most([Decimal("9"), Decimal("9")], Decimal("9")) is None  # nothing between
    assert _cheaper_than_most([Decimal("9")], Decimal("9")) is None


async def test_cheaper_says_something_true_whether_or_not_anything_is_cheaper(assistant):
    first = await collect(assistant, "looking for a decent bluetooth speaker for the beach", session="s19-cheap")
    before = sorted(Decimal(str(h.price)) for h in _shown(first)[:3])
    events = await collect(assistant, "hmm something cheaper?", session="s19-cheap")
    done = done_of(events)
    assert done.grounded and done.text.strip(), done.text
    hits = _shown(events)
    assert all(h.category == "Bluetooth speakers" for h in hits)
    assert all(Decimal(str(h.price)) < before[len(before) // 2] for h in hits)
