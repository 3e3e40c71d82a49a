"""Whether an order's item may be returned, claimed under warranty or cancelled: computed from the policy's
structured fields and the order's dates and state, never from the policy's prose or a model's judgement.

Pure functions over pydantic values, so each rule is tested without a store. Windows:
- return: ``return_days`` counted from delivery (an item cannot come back before it arrived); a policy with
  ``quality_issues_only`` (food) takes an item back only for a quality problem.
- warranty: ``warranty_months`` counted from the purchase (the order's date), for categories the policy covers.
- cancellation: only before the order leaves the store (pending or paid).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel

Code = Literal[
    "eligible",
    "not_delivered_yet",  # shipped or still being prepared: nothing to send back yet
    "order_cancelled",
    "already_returned",
    "window_passed",
    "quality_only",  # the policy takes the item back only for a quality problem, and none was described
    "not_covered",  # the warranty does not cover the item's category
    "already_shipped",
    "already_delivered",
    "no_policy",
]


class Rule(BaseModel):
    """The figures of one policy that decide eligibility (from ``Policy.fields``)."""

    key: str
    title: str = ""
    days: int | None = None  # return_days
    months: int | None = None  # warranty_months
    quality_issues_only: bool = False
    restocking_fee_pct: float | None = None
    refund_days: list[int] | None = None

    @classmethod
    def from_policy(cls, key: str, title: str, fields: dict[str, Any]) -> Rule:
        def _int(name: str) -> int | None:
            value = fields.get(name)
            return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None

        refund = fields.get("refund_days")
        fee = fields.get("restocking_fee_pct")
        return cls(
            key=key,
            title=title,
            days=_int("return_days"),
            months=_int("warranty_months"),
            quality_issues_only=bool(fields.get("quality_issues_only")),
            restocking_fee_pct=float(fee) if isinstance(fee, int | float) else None,
            refund_days=[int(x) for x in refund] if isinstance(refund, list) and refund else None,
        )


class OrderDates(BaseModel):
    status: str  # pending | paid | shipped | delivered | returned | cancelled
    placed_on: dt.date
    delivered_on: dt.date | None = None


class Verdict(BaseModel):
    ok: bool
    code: Code
    policy_key: str | None = None
    limit_days: int | None = None
    limit_months: int | None = None
    days_since: int | None = None  # since delivery (returns) or purchase (warranty)
    deadline: dt.date | None = None  # the last day the action is possible


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _state_refusal(status: str) -> Code | None:
    if status == "cancelled":
        return "order_cancelled"
    if status == "returned":
        return "already_returned"
    if status in ("pending", "paid", "shipped"):
        return "not_delivered_yet"
    return None


def return_verdict(order: OrderDates, rule: Rule | None, today: dt.date, *, quality_problem: bool) -> Verdict:
    refusal = _state_refusal(order.status)
    if refusal is not None:
        return Verdict(ok=False, code=refusal, policy_key=rule.key if rule else None)
    if rule is None or rule.days is None or order.delivered_on is None:
        return Verdict(ok=False, code="no_policy", policy_key=rule.key if rule else None)
    deadline = order.delivered_on + dt.timedelta(days=rule.days)
    since = (today - order.delivered_on).days
    base = {"policy_key": rule.key, "limit_days": rule.days, "days_since": since, "deadline": deadline}
    if today > deadline:
        return Verdict(ok=False, code="window_passed", **base)
    if rule.quality_issues_only and not quality_problem:
        return Verdict(ok=False, code="quality_only", **base)
    return Verdict(ok=True, code="eligible", **base)


def warranty_verdict(order: OrderDates, rule: Rule | None, today: dt.date, *, covered: bool) -> Verdict:
    if order.status in ("cancelled", "returned"):
        return Verdict(
            ok=False, code=_state_refusal(order.status) or "order_cancelled", policy_key=rule.key if rule else None
        )
    if order.status != "delivered":
        return Verdict(ok=False, code="not_delivered_yet", policy_key=rule.key if rule else None)
    if rule is None or rule.months is None:
        return Verdict(ok=False, code="no_policy", policy_key=rule.key if rule else None)
    if not covered:
        return Verdict(ok=False, code="not_covered", policy_key=rule.key, limit_months=rule.months)
    deadline = add_months(order.placed_on, rule.months)
    base = {
        "policy_key": rule.key,
        "limit_months": rule.months,
        "days_since": (today - order.placed_on).days,
        "deadline": deadline,
    }
    if today > deadline:
        return Verdict(ok=False, code="window_passed", **base)
    return Verdict(ok=True, code="eligible", **base)


def cancel_verdict(order: OrderDates) -> Verdict:
    if order.status in ("pending", "paid"):
        return Verdict(ok=True, code="eligible")
    codes: dict[str, Code] = {
        "shipped": "already_shipped",
        "delivered": "already_delivered",
        "cancelled": "order_cancelled",
        "returned": "already_returned",
    }
    return Verdict(ok=False, code=codes.get(order.status, "already_shipped"))


def rule_for(category_path: str | None, rules: list[tuple[str | None, Rule]]) -> Rule | None:
    """The most specific rule whose category is a prefix of the item's category, else the general one."""
    best: tuple[int, Rule] | None = None
    for category, rule in rules:
        if category is None:
            rank = 0
        elif category_path and (category_path == category or category_path.startswith(category + "/")):
            rank = category.count("/") + 1
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, rule)
    return best[1] if best else None
