"""Eligibility rules on their own: the policy's figures and the order's dates and state decide."""

from __future__ import annotations

import datetime as dt

from tools.eligibility import (
    OrderDates,
    Rule,
    add_months,
    cancel_verdict,
    return_verdict,
    rule_for,
    warranty_verdict,
)

TODAY = dt.date(2026, 11, 30)
GENERAL = Rule.from_policy("returns", "Returns", {"return_days": 30, "refund_days": [5, 7]})
ELECTRONICS = Rule.from_policy("returns.electronics", "Electronics", {"return_days": 15, "restocking_fee_pct": 10})
FOOD = Rule.from_policy("returns.perishables", "Food", {"return_days": 2, "quality_issues_only": True})
WARRANTY = Rule.from_policy("warranty", "Warranty", {"warranty_months": 24})


def delivered(days_ago: int, placed_days_ago: int | None = None) -> OrderDates:
    placed = TODAY - dt.timedelta(days=placed_days_ago or days_ago + 4)
    return OrderDates(status="delivered", placed_on=placed, delivered_on=TODAY - dt.timedelta(days=days_ago))


def test_the_return_window_counts_from_delivery_and_includes_its_last_day():
    assert return_verdict(delivered(30), GENERAL, TODAY, quality_problem=False).ok
    late = return_verdict(delivered(31), GENERAL, TODAY, quality_problem=False)
    assert not late.ok and late.code == "window_passed" and late.days_since == 31
    assert late.deadline == TODAY - dt.timedelta(days=1)


def test_food_comes_back_only_for_a_quality_problem():
    assert return_verdict(delivered(1), FOOD, TODAY, quality_problem=False).code == "quality_only"
    assert return_verdict(delivered(1), FOOD, TODAY, quality_problem=True).ok
    assert return_verdict(delivered(3), FOOD, TODAY, quality_problem=True).code == "window_passed"


def test_orders_not_yet_delivered_or_already_closed_are_not_returnable():
    for status, code in (("paid", "not_delivered_yet"), ("shipped", "not_delivered_yet"),
                         ("cancelled", "order_cancelled"), ("returned", "already_returned")):
        dates = OrderDates(status=status, placed_on=TODAY)
        assert return_verdict(dates, GENERAL, TODAY, quality_problem=False).code == code


def test_the_most_specific_rule_applies():
    rules = [(None, GENERAL), ("electronics", ELECTRONICS), ("grocery", FOOD)]
    assert rule_for("electronics/headphones", rules) is ELECTRONICS
    assert rule_for("grocery/coffee", rules) is FOOD
    assert rule_for("outdoor/footwear/hiking-boots", rules) is GENERAL
    assert rule_for("electronicsx/other", rules) is GENERAL  # a prefix must end at a path step


def test_warranty_counts_months_from_purchase_and_needs_coverage():
    assert warranty_verdict(delivered(20, placed_days_ago=700), WARRANTY, TODAY, covered=True).ok
    old = warranty_verdict(delivered(20, placed_days_ago=800), WARRANTY, TODAY, covered=True)
    assert not old.ok and old.code == "window_passed" and old.limit_months == 24
    assert warranty_verdict(delivered(3), WARRANTY, TODAY, covered=False).code == "not_covered"
    assert warranty_verdict(OrderDates(status="shipped", placed_on=TODAY), WARRANTY, TODAY,
                            covered=True).code == "not_delivered_yet"


def test_add_months_keeps_the_day_or_the_month_end():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 11, 30), 24) == dt.date(2026, 11, 30)


def test_only_orders_that_have_not_left_can_be_cancelled():
    for status in ("pending", "paid"):
        assert cancel_verdict(OrderDates(status=status, placed_on=TODAY)).ok
    for status, code in (("shipped", "already_shipped"), ("delivered", "already_delivered"),
                         ("cancelled", "order_cancelled")):
        assert cancel_verdict(OrderDates(status=status, placed_on=TODAY)).code == code
