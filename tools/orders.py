"""Order tools: the state of one order, asked for by its number plus a second factor checked here, on the server.

An order number alone proves nothing (they are short and sequential), so a shopper must also quote the e-mail on
the order or the last 4 digits of its phone number. The tool compares them itself (constant time, e-mail
normalised) and gives the same answer for an unknown number and a wrong factor, so a caller learns nothing about
which orders exist. Failed and distinct look-ups are counted per client and per order number in the shared limiter
(``shopkeeper.limits``); over a limit nothing is checked at all. A manager may look up any order without a factor,
and a session that proved an order earlier (``ToolContext.verified_orders``, from server state) may ask again.
Every figure returned comes from the store DB.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import re
from decimal import Decimal

from pydantic import BaseModel, Field, field_validator

from knowledge.db import session_scope
from knowledge.store import OrderContact, get_order, get_order_contact
from shopkeeper.errors import NotFound, TooManyAttempts, VerificationRequired
from shopkeeper.settings import Settings
from tools.base import ALL_ROLES, Role, ToolContext, tool

# Who may read any order without a factor. Least privilege: a live-stream host has no business with orders.
ORDER_STAFF = frozenset({Role.MANAGER})
_NOT_MATCHED_HINT = "check the order number and the e-mail or phone number in the confirmation e-mail"


class OrderStatusInput(BaseModel):
    order_id: int = Field(ge=1, le=2**31 - 1, description="the order number the shopper quotes, e.g. 1042")
    email: str | None = Field(default=None, max_length=254,
                              description="second factor: the e-mail address on the order, as the shopper wrote it")
    phone_last4: str | None = Field(default=None, max_length=40,
                                    description="second factor: the last 4 digits of the phone number on the order")
    language: str | None = Field(default=None, description="en, ru or zh: language of product titles")

    @field_validator("phone_last4")
    @classmethod
    def _last_four(cls, value: str | None) -> str | None:
        if value is None:
            return None
        digits = re.sub(r"\D", "", value)
        if len(digits) < 4:
            raise ValueError("the last 4 digits of the phone number are needed")
        return digits[-4:]

    @field_validator("email")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value if value and value.strip() else None

    @property
    def has_factor(self) -> bool:
        return self.email is not None or self.phone_last4 is not None


class OrderLineOut(BaseModel):
    product_id: int
    title: str
    qty: int
    unit_price: Decimal


class OrderStatusOutput(BaseModel):
    order_id: int
    status: str  # an OrderStatus value: pending | paid | shipped | delivered | returned | cancelled
    placed_on: dt.date
    total: Decimal
    currency: str
    carrier: str | None = None
    tracking_number: str | None = None
    shipped_on: dt.date | None = None
    delivered_on: dt.date | None = None
    expected_delivery: dt.date | None = None
    lines: list[OrderLineOut] = Field(default_factory=list)


def normalise_email(value: str) -> str:
    """``" Anna@Example.COM "`` and ``"anna@example.com"`` are the same address."""
    return "".join(value.split()).casefold()


def phone_digits(value: str | None) -> str:
    return re.sub(r"\D", "", value or "")


def _same(given: str, stored: str) -> bool:
    # Constant time in the content, so response timing does not reveal how much of a guess was right.
    return hmac.compare_digest(given.encode("utf-8"), stored.encode("utf-8"))


def factor_matches(contact: OrderContact | None, data: OrderStatusInput) -> bool:
    """Every factor given must match the order; an unknown order is compared against nothing the same way."""
    email = normalise_email(contact.email) if contact is not None and contact.email else ""
    last4 = phone_digits(contact.phone)[-4:] if contact is not None else ""
    checks: list[bool] = []
    if data.email is not None:
        checks.append(_same(normalise_email(data.email), email or "\x00no-email"))
    if data.phone_last4 is not None:
        checks.append(_same(data.phone_last4, last4 if len(last4) == 4 else "\x00no-phone"))
    return bool(checks) and all(checks) and contact is not None


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _load_order(db_url: str, order_id: int, language: str) -> OrderStatusOutput:
    with session_scope(db_url) as s:
        info = get_order(s, order_id, language)
    if info is None:
        raise NotFound(f"no order with number {order_id}", hint="check the number on the confirmation e-mail")
    # Customer name, e-mail and phone stay out: they are for checking, never for showing.
    return OrderStatusOutput(
        order_id=info.order_id,
        status=info.status,
        placed_on=info.placed_at.date(),
        total=info.total,
        currency=info.currency,
        carrier=info.carrier,
        tracking_number=info.tracking_number,
        shipped_on=_day(info.shipped_at),
        delivered_on=_day(info.delivered_at),
        expected_delivery=info.expected_delivery,
        lines=[OrderLineOut(product_id=line.product_id, title=line.title, qty=line.qty, unit_price=line.unit_price)
               for line in info.lines],
    )


class _Keys:
    """Limiter keys of one look-up: failures per order, failures and distinct numbers per client."""

    def __init__(self, client: str, order_id: int) -> None:
        self.order_failures = f"orders:fail:order:{order_id}"
        self.client_failures = f"orders:fail:client:{client}"
        self.client_numbers = f"orders:numbers:client:{client}"
        self.seen = f"orders:seen:{client}:{order_id}"


def _checked_lookup(settings: Settings, db_url: str, client: str, data: OrderStatusInput,
                    language: str) -> OrderStatusOutput:
    """A shopper's look-up: limits first (nothing is checked when over one), then the factor, then the order."""
    from shopkeeper.limits import get_limiter

    limiter, cfg, keys = get_limiter(settings), settings.support, _Keys(client, data.order_id)
    if (limiter.count(keys.order_failures, window_s=cfg.order_failures_window_s) >= cfg.order_failures_per_order
            or limiter.count(keys.client_failures, window_s=cfg.client_window_s) >= cfg.order_failures_per_client):
        raise TooManyAttempts("too many failed order look-ups", hint="try again later or contact the store")
    new_number = limiter.count(keys.seen, window_s=cfg.client_window_s) == 0
    if new_number and limiter.count(keys.client_numbers, window_s=cfg.client_window_s) >= cfg.order_numbers_per_client:
        raise TooManyAttempts("too many different order numbers tried", hint="try again later or contact the store")
    if not data.has_factor:
        raise VerificationRequired(f"order {data.order_id} needs the e-mail or the phone's last 4 digits on it")
    if new_number:
        limiter.hit(keys.client_numbers, limit=cfg.order_numbers_per_client, window_s=cfg.client_window_s)
        limiter.hit(keys.seen, limit=1_000_000, window_s=cfg.client_window_s)
    with session_scope(db_url) as s:
        contact = get_order_contact(s, data.order_id)
    if not factor_matches(contact, data):
        limiter.hit(keys.order_failures, limit=cfg.order_failures_per_order, window_s=cfg.order_failures_window_s)
        limiter.hit(keys.client_failures, limit=cfg.order_failures_per_client, window_s=cfg.client_window_s)
        # The same error for "no such order" and "wrong factor": existence is part of what is protected.
        raise NotFound(f"no order {data.order_id} matches that e-mail or phone number", hint=_NOT_MATCHED_HINT)
    limiter.reset(keys.order_failures)  # the owner got in: earlier typos no longer count against the order
    return _load_order(db_url, data.order_id, language)


@tool(
    "order_status",
    roles=ALL_ROLES,
    description="The state of one order by its number: status, dates, carrier, tracking and lines. A shopper must "
                "give the e-mail on the order or the last 4 digits of its phone number as well.",
)
async def order_status(data: OrderStatusInput, ctx: ToolContext) -> OrderStatusOutput:
    return await proved_order(data, ctx)


async def proved_order(data: OrderStatusInput, ctx: ToolContext) -> OrderStatusOutput:
    """The order, once the caller has shown it is theirs (a factor now, or proved earlier in the session; a
    manager needs none). Every tool that reads or acts on an order goes through here."""
    language = data.language or ctx.locale or "en"
    if ctx.role in ORDER_STAFF or data.order_id in ctx.verified_orders:
        return await asyncio.to_thread(_load_order, ctx.svc().db_url, data.order_id, language)
    client = ctx.client_id or f"session:{ctx.session_id}"
    # The limiter may be a Redis round trip: it runs in the worker thread with the DB work.
    return await asyncio.to_thread(_checked_lookup, ctx.settings, ctx.svc().db_url, client, data,
                                   language)
