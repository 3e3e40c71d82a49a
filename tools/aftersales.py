"""What the after-sales tools (returns, warranty claims, cancellations) share: their input and output, the proof
that the order is the caller's, and the store facts a decision is computed from.

Each action first proves the order exactly as ``order_status`` does (``tools.orders.proved_order``: the number plus
the e-mail or phone's last 4 digits, or a proof earlier in this session; a manager needs none), so no order data is
read or changed for someone who has not shown the order is theirs. Then it reads the order's items and the policy's
figures, decides with ``tools.eligibility``, and writes the request (or the cancellation) in one transaction.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from knowledge.aftersales import OrderItem, order_items
from knowledge.store import category_mentioned, get_policies
from tools.base import Role, ToolContext
from tools.eligibility import OrderDates, Rule, Verdict
from tools.orders import OrderStatusInput, OrderStatusOutput

# A host has no business with orders; a manager may act for a customer on the phone.
ACTION_ROLES = frozenset({Role.SHOPPER, Role.MANAGER})


class OrderActionInput(OrderStatusInput):
    about: str | None = Field(
        default=None,
        max_length=2000,
        description="the shopper's words naming the item (e.g. 'the jacket'); all items when "
        "nothing in the order matches",
    )
    reason: str = Field(default="", max_length=2000, description="why, in the shopper's words (personal data masked)")


class ItemOutcome(BaseModel):
    product_id: int
    title: str
    qty: int
    unit_price: Decimal
    verdict: Verdict


class ActionOutput(BaseModel):
    """What an after-sales action did. ``done``: a request was created (or an identical open one was found:
    ``existing``), or the order was cancelled. Otherwise ``code`` says why not, in the eligibility's terms."""

    action: str  # return | warranty | cancellation
    order_id: int
    order_status: str  # after the action
    done: bool
    existing: bool = False
    reference: str | None = None
    code: str  # eligibility code of the first refused item, or "eligible"
    policy_key: str | None = None
    policy_title: str | None = None
    limit_days: int | None = None
    limit_months: int | None = None
    deadline: dt.date | None = None
    refund_days: list[int] | None = None
    restocking_fee_pct: float | None = None
    items: list[ItemOutcome] = Field(default_factory=list)  # the items the request covers (done) or refused
    refused: list[ItemOutcome] = Field(default_factory=list)  # items of a partly accepted request that may not
    order: OrderStatusOutput | None = None  # the proved order as it was read (what the reply may quote of it)


def store_today(ctx: ToolContext) -> dt.date:
    return ctx.settings.support.today or dt.datetime.now(dt.UTC).date()


def order_dates(order: OrderStatusOutput) -> OrderDates:
    return OrderDates(status=order.status, placed_on=order.placed_on, delivered_on=order.delivered_on)


def rules_of(session: Session, kind: str, language: str) -> list[tuple[str | None, Rule]]:
    return [
        (p.category_path, Rule.from_policy(p.key, p.title, p.fields)) for p in get_policies(session, kind, language)
    ]


def chosen_items(session: Session, order_id: int, about: str | None, language: str) -> list[OrderItem]:
    """The items the shopper means: those of the category they name, or whose title shares a word with their
    text; all of the order's items when none matches (one-item orders, "return my order")."""
    from knowledge.text import terms

    items = order_items(session, order_id, language)
    if not about or len(items) <= 1:
        return items
    category = category_mentioned(session, about)
    if category:
        hit = [
            i
            for i in items
            if i.category_path and (i.category_path == category or i.category_path.startswith(category + "/"))
        ]
        if hit:
            return hit
    said = {t for t in terms(about) if t[:1] not in "~^" and len(t) > 2}
    hit = [i for i in items if said & {t for t in terms(i.title) if t[:1] not in "~^"}]
    return hit or items


def outcome(item: OrderItem, verdict: Verdict) -> ItemOutcome:
    return ItemOutcome(
        product_id=item.product_id, title=item.title, qty=item.qty, unit_price=item.unit_price, verdict=verdict
    )
