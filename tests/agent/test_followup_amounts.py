"""A follow-up keeps an amount asked for earlier ("tent for 4 people" -> "only waterproof" -> "cheaper?")."""

from __future__ import annotations

import pytest

from agent.assistant import Assistant
from agent.journeys.search import _keep_wanted
from tests.agent.assistant_support import (
    collect,
    done_of,
    make_settings,
    of_type,
    real_understander,
    shared_services,
)


def _tent(pid: int, persons: int, waterproof: bool) -> dict[str, object]:
    return {"product_id": pid, "attributes": {"persons": persons, "waterproof": waterproof}}


def test_an_amount_is_at_least_and_a_flag_is_exact() -> None:
    hits = [_tent(1, 1, True), _tent(2, 4, True), _tent(3, 6, True), _tent(4, 4, False)]
    kept = _keep_wanted(hits, {"persons": 4, "waterproof": True})
    assert [h["product_id"] for h in kept] == [2, 3]
    # Nothing fits: a plain refinement still shows the nearest; a "cheaper" one shows nothing (nothing cheaper).
    few = [_tent(1, 1, True)]
    assert _keep_wanted(few, {"persons": 4}) == few
    assert _keep_wanted(few, {"persons": 4}, strict=True) == []


@pytest.fixture
async def assistant(tmp_path):
    understander = real_understander()
    if understander is None:
        pytest.skip("the understander is not installed")
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=understander)
    yield a
    await a.aclose()


async def test_cheaper_keeps_the_number_of_people(assistant) -> None:
    session = "tent-4"
    first = of_type(await collect(assistant, "tent for 4 people", session=session), "products")
    assert first and (first[0].items[0].attributes or {}).get("persons") == 4
    events = await collect(assistant, "cheaper?", session=session)
    shown = [p for ev in of_type(events, "products") for p in ev.items]
    assert all((p.attributes or {}).get("persons", 4) >= 4 for p in shown), [p.title for p in shown]
    if not shown:  # this small store has no cheaper tent for 4: said so, about the same subject
        assert "tent for 4 people" in done_of(events).text
