"""What the after-sales tools (returns, warranty claims, cancellations) share: their input and output, the proof
that the order is the caller's, and the store facts a decision is computed from.

Each action first proves the order exactly as ``order_status`` does (``tools.orders.proved_order``: the number plus
the e-mail or phone's last 4 digits, or a proof earlier in this session; a manager needs none), so no order data is
read or changed for someone who has not shown the order is theirs. Then it reads the order's items and the policy's
figures, decides with ``tools.eligibility``, and writes the request (or the cancellation) in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
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


# "…, the mug I keep", «кружку оставляю», "帐篷留着": a clause about an item the shopper keeps.
_KEEP = re.compile(
    r"\b(?:keep(?:ing)?|hold(?:ing)? on to)\b|оставля\w*|оставлю|оставить себе|остав(?:ил|лю)\w* себе|"
    r"留着|留下|不退|不用退|不要退", re.IGNORECASE
)
# Sentences and list items: a keeping clause speaks for its own sentence, never for the next.
_SENTENCE = re.compile(r"[.!?]+(?:\s+|$)|[。！？\n]+")
_CLAUSE = re.compile(r"[,.;!?，。；！？()（）\n]+|\s+(?:but|а|но)\s+", re.IGNORECASE)
# "the boots and the tent I keep", «ботинки и палатку оставляю», "哑铃和锤子不退": each thing named is kept.
_AND = re.compile(r"\s+(?:and|or|и|или)\s+|[和、及与跟]", re.IGNORECASE)


def _matching(session: Session, items: list[OrderItem], text: str) -> list[OrderItem]:
    """The items ``text`` names: by the category it names, else by a word of their titles (a brand, a kind)."""
    from knowledge.text import terms

    if not text.strip():
        return []
    category = category_mentioned(session, text)
    if category:
        hit = [
            i
            for i in items
            if i.category_path and (i.category_path == category or i.category_path.startswith(category + "/"))
        ]
        if hit:
            return hit
    said = {t for t in terms(text) if t[:1] not in "~^" and len(t) > 2}
    return [i for i in items if said & {t for t in terms(i.title) if t[:1] not in "~^"}]


def chosen_items(session: Session, order_id: int, about: str | None, language: str) -> list[OrderItem]:
    """The items the shopper means: those of the category they name, or whose title shares a word with their
    text, leaving out the ones they say they keep ("return the power bank, I keep the mug"); all of the order's
    items when none matches (one-item orders, "return my order")."""
    items = order_items(session, order_id, language)
    if not about or len(items) <= 1:
        return items
    kept: set[int] = set()
    wanted_parts: list[str] = []
    for sentence in _SENTENCE.split(about):
        clauses = [c for c in _CLAUSE.split(sentence) if c.strip()]
        keeping = " ".join(c for c in clauses if _KEEP.search(c))
        named = _named(session, items, keeping) if keeping else []
        if keeping and not named:
            # "Everything else (hammers, trail mix, t-shirt) is fine, keeping it": the keeping clause names nothing
            # itself, so what its sentence names is kept.
            hit = {id(i) for c in clauses for i in _named(session, items, c)}
            named = [i for i in items if id(i) in hit]
            clauses = [] if named else clauses
        kept |= {id(i) for i in named}
        wanted_parts += [c for c in clauses if not _KEEP.search(c)]
    rest = [i for i in items if id(i) not in kept] or items
    return _named(session, rest, " ".join(wanted_parts)) or rest


def _named(session: Session, items: list[OrderItem], text: str) -> list[OrderItem]:
    """Every item that one of the things ``text`` names is (a category names one kind: "the boots and the tent")."""
    hit = {id(i) for part in _AND.split(text) for i in _matching(session, items, part)}
    return [i for i in items if id(i) in hit] or _matching(session, items, text)


def outcome(item: OrderItem, verdict: Verdict) -> ItemOutcome:
    return ItemOutcome(
        product_id=item.product_id, title=item.title, qty=item.qty, unit_price=item.unit_price, verdict=verdict
    )
