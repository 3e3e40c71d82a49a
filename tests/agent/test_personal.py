"""Finding and masking the second factor of an order look-up in en/ru/zh text, the routing of a factor-only reply,
and the store's hours as the hand-over reply says them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from agent.graph import _route
from agent.journeys.contact import format_hours
from agent.journeys.personal import find_factors, redact
from agent.understand.models import Intent, Slots, Understanding
from shopkeeper.settings import Settings


@pytest.mark.parametrize("text,email,last4", [
    ("order 1042, email Anna@Example.com", "Anna@Example.com", None),
    ("заказ 1042, телефон ...1234", None, "1234"),
    ("订单1042 手机尾号1234", None, "1234"),
    ("订单1042，邮箱wei12@example.com。", "wei12@example.com", None),
    ("phone: +1-555-123-4567, order 1042", None, "4567"),
    ("order 1042, last 4 digits of my phone are 5678", None, "5678"),
    ("my order 1042, phone ends with 9876", None, "9876"),
    ("заказ 1042, последние 4 цифры 4321", None, "4321"),
    ("want to return them for a refund. phone last 4 = 5026", None, "5026"),
    ("Can i return them? my number ends 3800", None, "3800"),
    ("the number of pairs ends here: 2 pairs", None, None),  # "number ... ends" with no digits after is no phone
    ("headlamp with 1000 lumens", None, None),  # a figure is not a phone
    ("телевизор за 50000 рублей", None, None),  # "тел" inside a word is no cue
    ("hotel 12345", None, None),
    # the digits first, then what they are
    ("7030, last digits of my phone", None, "7030"),
    ("order 1357, 7030 are the last 4 digits of my phone", None, "7030"),
    ("2483 — последние цифры телефона", None, "2483"),
    ("订单1042，8200是我手机尾号", None, "8200"),
    ("1234 is the number of my order", None, None),
])
def test_factors_are_found_in_each_language(text, email, last4):
    found = find_factors(text)
    assert (found.email, found.phone_last4) == (email, last4)
    masked = redact(text)
    assert (email or "@@") not in masked and (last4 is None or last4 not in masked)
    assert "1042" in masked or "1042" not in text  # the order number itself is not personal


def test_bare_digits_are_the_phone_only_right_after_the_question():
    assert find_factors("1234").phone_last4 is None
    assert find_factors("1234", awaiting_factor=True).phone_last4 == "1234"
    assert find_factors("it's 1234", awaiting_factor=True).phone_last4 == "1234"
    assert find_factors("order 1234", awaiting_factor=True).phone_last4 is None  # a new order number
    assert find_factors("it's 555 123 4567", awaiting_factor=True).phone_last4 == "4567"
    assert find_factors("12345", awaiting_factor=True).phone_last4 is None  # neither 4 digits nor a phone


def _u(intent: Intent, confidence: float = 0.9, order_id: int | None = None) -> Understanding:
    return Understanding(language="en", intent=intent, confidence=confidence, slots=Slots(order_id=order_id))


def _ctx() -> Any:
    return SimpleNamespace(settings=Settings(), chat_model=None)


@pytest.mark.parametrize("u,state,route", [
    # "anna@example.com" after "your e-mail?": the classifier cannot place it; the pending number can.
    (_u(Intent.OTHER, 0.2), {"pending_order_id": 1042, "text": "anna@example.com"}, "support"),
    (_u(Intent.SEARCH), {"pending_order_id": 1042, "text": "1234"}, "support"),
    (_u(Intent.SEARCH), {"text": "1234"}, "search"),  # no pending number: just a search
    (_u(Intent.SEARCH, 0.3), {"text": "order 1042 email anna@example.com"}, "support"),
    # A manager needs no factor: the ordinary routing applies.
    (_u(Intent.SEARCH), {"pending_order_id": 1042, "text": "1234", "role": "manager"}, "search"),
    # A session waiting for a person: every message goes to the ticket (the escalate journey).
    (_u(Intent.SEARCH), {"escalated": True, "ticket_id": 7, "text": "boots"}, "escalate"),
    (_u(Intent.SEARCH), {"escalated": True, "ticket_id": None, "text": "boots"}, "search"),
])
def test_routing_of_order_lookups_and_waiting_sessions(u, state, route):
    assert _route(u, state, _ctx()) == route


def test_shopper_order_lookup_without_factor_does_not_go_to_tool_calling():
    ctx: Any = SimpleNamespace(settings=Settings(), chat_model=object())
    ctx.settings.llm.tool_calling = True
    plain: Any = {"text": "where is order 1042"}
    assert _route(_u(Intent.ORDER_STATUS, order_id=1042), plain, ctx) == "support"
    with_factor: Any = {"text": "where is order 1042, email anna@example.com"}
    assert _route(_u(Intent.ORDER_STATUS, order_id=1042), with_factor, ctx) == "tool_calling"
    manager: Any = {"text": "where is order 1042", "role": "manager"}
    assert _route(_u(Intent.ORDER_STATUS, order_id=1042), manager, ctx) == "tool_calling"


@pytest.mark.parametrize("lang,expected", [
    ("en", "Mon–Sat 09:00–21:00, Sun 10:00–18:00"),
    ("ru", "пн–сб 09:00–21:00, вс 10:00–18:00"),
    ("zh", "周一至周六09:00–21:00，周日10:00–18:00"),
])
def test_store_hours_from_the_policy_fields(lang, expected):
    hours = {"mon_sat": ["09:00", "21:00"], "sun": ["10:00", "18:00"]}
    assert format_hours(hours, lang) == expected


def test_hours_in_an_unknown_shape_are_not_guessed():
    assert format_hours({"weekdays": "9-5"}, "en") is None
    assert format_hours(None, "en") is None
