"""A follow-up keeps an amount asked for earlier ("tent for 4 people" -> "only waterproof" -> "cheaper?")."""

from __future__ import annotations

import pytest

from agent.journeys.search import _keep_carried, _keep_wanted


def _tent(pid: int, persons: int, waterproof: bool) -> dict[str, object]:
    return {"product_id": pid, "attributes": {"persons": persons, "waterproof": waterproof}}


def test_an_amount_is_at_least_and_a_flag_is_exact() -> None:
    hits = [_tent(1, 1, True), _tent(2, 4, True), _tent(3, 6, True), _tent(4, 4, False)]
    kept = _keep_wanted(hits, {"persons": 4, "waterproof": True})
    assert [h["product_id"] for h in kept] == [2, 3]
    # Nothing has it all, after "only waterproof ones": the yes/no ask holds and the amount gives way; with nothing
    # at all, the nearest are shown.
    assert [h["product_id"] for h in _keep_wanted(hits[:1] + hits[3:], {"persons": 4, "waterproof": True})] == [1]
    few = [_tent(1, 1, True)]
    assert _keep_wanted(few, {"persons": 4, "waterproof": False}) == few
    # Carried into "cheaper?": the head count holds always; with no product keeping the yes/no ask too, the nearest
    # that keep the head count are shown and said to lack something (no 1-person tent is a cheaper option for four).
    assert _keep_carried(hits[:1] + hits[3:], {"persons": 4, "waterproof": True}) == ([hits[3]], True)
    assert _keep_carried(few, {"persons": 4, "waterproof": True}) == ([], False)
    assert _keep_carried(hits, {"persons": 4, "waterproof": True}) == ([hits[1], hits[2]], False)
    # An amount a product may do without (60 W, 40 L) gives way when nothing has it.
    lamps = [{"product_id": 7, "attributes": {"wattage": 40}}, {"product_id": 8, "attributes": {"wattage": 50}}]
    assert [h["product_id"] for h in _keep_carried(lamps, {"wattage": 60})[0]] == [7, 8]


@pytest.mark.parametrize("text", ["tent for 4 people", "палатка на четверых", "四人帐篷"])
async def test_a_first_turn_amount_is_at_least_too(tmp_path, text: str) -> None:
    """"A tent for 4 people" shows no tent for fewer, on the first turn as after a follow-up (issue 10: a 1-person
    tent came second)."""
    from agent.assistant import Assistant
    from tests.agent.assistant_support import collect, make_settings, of_type, shared_services

    a = Assistant(make_settings(tmp_path), services=shared_services())
    try:
        events = await collect(a, text, session="amount")
    finally:
        await a.aclose()
    shown = [p for e in of_type(events, "products") for p in e.items]
    assert shown, text
    persons = [int((p.attributes or {}).get("persons", 4)) for p in shown]
    assert min(persons) >= 4, [(p.title, p.attributes) for p in shown]
