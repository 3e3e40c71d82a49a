"""Issue 10 end to end (real understander, real demo store and index, templates): follow-ups edit the last request,
a kind of thing the store has nothing of is said to be not sold, and exclusions hold in what is shown."""

from __future__ import annotations

from typing import Any

import pytest

from agent.assistant import Assistant
from tests.agent.assistant_support import collect, done_of, make_settings, of_type, real_understander, shared_services


@pytest.fixture
async def assistant(tmp_path):
    understander = real_understander()
    if understander is None:
        pytest.skip("the understander is not installed")
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=understander)
    yield a
    await a.aclose()


def _shown(events: list[Any]) -> list[Any]:
    return [h for e in of_type(events, "products") for h in e.items]


@pytest.mark.parametrize(("first", "then", "category"), [
    ("tent for 4 people", "only waterproof ones please", "Tents"),
    ("палатка", "только водонепроницаемые", "Палатки"),
    ("帐篷", "要防水的", "帐篷"),
])
async def test_a_constraint_follow_up_keeps_the_subject_and_adds_the_constraint(assistant, first, then, category):
    await collect(assistant, first, session=f"f-{first}")
    events = await collect(assistant, then, session=f"f-{first}")
    hits = _shown(events)
    assert hits, done_of(events).text
    assert all(h.category == category for h in hits[:3])
    assert hits[0].attributes.get("waterproof") is True


@pytest.mark.parametrize(("text", "said"), [
    ("do you sell washing machines?", "don't have"),
    ("айфоны есть?", "нет"),
    ("有没有狗绳", "没有"),
])
async def test_what_the_store_does_not_sell_is_said_so(assistant, text, said):
    done = done_of(await collect(assistant, text, session=f"ns-{text}"))
    assert said in done.text.split("\n")[0]
