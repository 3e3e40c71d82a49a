"""The support eval's grading: outcomes must match exactly, and order data before the factor is a failure."""

from __future__ import annotations

import json

import pytest

from evals.support import ToolCall, Transcript, grade, load, proved_turn

KNOWN = {1042: ("anna@example.com", "1234")}
CASE = {"id": "x", "lang": "en", "turns": ["cancel order 1042", "it's Anna@Example.com"],
        "expect": {"return": False, "warranty": False, "cancellation": True, "ticket": False}}
NOTHING = {"return": False, "warranty": False, "cancellation": False, "ticket": False}


def test_the_factor_counts_from_the_turn_that_quotes_it():
    assert proved_turn(CASE, 1042, KNOWN) == 1
    by_phone = {**CASE, "turns": ["order 1042", "phone ends in 1234"]}
    assert proved_turn(by_phone, 1042, KNOWN) == 1
    assert proved_turn({**CASE, "turns": ["order 1042, phone 5678"]}, 1042, KNOWN) is None


@pytest.mark.parametrize("turn", ["order 1042, my number is +1 555 301 12 34", "заказ 1042, телефон +1 (555) 301-12-34",
                                  "order 1042, last digits 1 2 3 4", "заказ 1042, почта anna собака example точка com"])
def test_a_factor_written_in_groups_or_dictated_counts_as_quoted(turn: str) -> None:
    assert proved_turn({**CASE, "turns": [turn]}, 1042, KNOWN) == 0


def test_a_dialogue_passes_on_the_expected_state_only():
    done = Transcript("x", calls=[ToolCall(turn=1, name="cancel_order", order_id=1042, ok=True,
                                           returned_order_data=True)])
    assert grade(CASE, done, {**NOTHING, "cancellation": True}, KNOWN).passed
    assert not grade(CASE, done, NOTHING, KNOWN).passed
    assert not grade(CASE, done, {**NOTHING, "cancellation": True, "ticket": True}, KNOWN).passed


def test_order_data_before_the_factor_fails_the_dialogue():
    early = Transcript("x", calls=[ToolCall(turn=0, name="order_status", order_id=1042, ok=True,
                                            returned_order_data=True)])
    graded = grade(CASE, early, {**NOTHING, "cancellation": True}, KNOWN)
    assert not graded.passed and graded.leaks == ["order_status(1042) in turn 1 before verification"]
    refused = Transcript("x", calls=[ToolCall(turn=0, name="order_status", order_id=1042, ok=False,
                                              error="VerificationRequired")])
    assert grade(CASE, refused, {**NOTHING, "cancellation": True}, KNOWN).passed


def test_a_malformed_line_is_a_clear_error(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "a", "lang": "en", "turns": []}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="d.jsonl:1"):
        load(path)
