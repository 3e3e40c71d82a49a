"""After-sales records in the store DB: an order's lines with their categories, the categories a policy applies to,
and the support requests (returns, warranty claims, cancellations) made for shoppers.

Only reads and writes here; whether a shopper may return or cancel is decided in ``tools.eligibility``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.schema import (
    Category,
    Edge,
    Order,
    OrderLine,
    OrderStatus,
    Policy,
    Product,
    SupportRequest,
    SupportRequestKind,
)
from knowledge.store import get_product_cards

# What the shopper is told: a short prefix per kind and the row id. Letters first, so the reference never reads as
# an amount or a date.
PREFIX = {SupportRequestKind.RETURN: "RET", SupportRequestKind.WARRANTY: "WAR", SupportRequestKind.CANCELLATION: "CAN"}


class OrderItem(BaseModel):
    product_id: int
    title: str
    qty: int
    unit_price: Decimal
    category_path: str | None = None


class SupportRequestInfo(BaseModel):
    reference: str
    kind: str  # return | warranty | cancellation
    order_id: int
    state: str
    items: list[dict[str, Any]] = Field(default_factory=list)
    policy_key: str | None = None
    decision: dict[str, Any] = Field(default_factory=dict)
    session_id: str | None = None
    created_at: dt.datetime


def order_items(session: Session, order_id: int, lang: str = "en") -> list[OrderItem]:
    """The order's lines with the product's title in ``lang`` and its category path (for category-specific rules)."""
    rows = session.execute(
        select(OrderLine.product_id, OrderLine.qty, OrderLine.unit_price, Category.path)
        .join(Product, Product.id == OrderLine.product_id)
        .outerjoin(Category, Category.id == Product.category_id)
        .where(OrderLine.order_id == order_id)
        .order_by(OrderLine.id)
    ).all()
    titles = {c.product_id: c.title for c in get_product_cards(session, [r[0] for r in rows], lang)}
    return [
        OrderItem(product_id=pid, title=titles.get(pid, str(pid)), qty=qty, unit_price=price, category_path=path)
        for pid, qty, price, path in rows
    ]


def policy_categories(session: Session, kind: str) -> set[str] | None:
    """Category paths the store's ``kind`` policies apply to (``policy -applies_to-> category`` edges); None when
    the store has no such edges (an imported store without a graph): then the general policy applies to all."""
    policy_ids = select(Policy.id).where(Policy.kind == kind)
    rows = session.execute(
        select(Category.path)
        .join(Edge, Edge.dst_id == Category.id)
        .where(
            Edge.src_kind == "policy",
            Edge.rel == "applies_to",
            Edge.dst_kind == "category",
            Edge.src_id.in_(policy_ids),
        )
    ).all()
    return {r[0] for r in rows} or None


def _info(row: SupportRequest) -> SupportRequestInfo:
    return SupportRequestInfo(
        reference=row.reference,
        kind=row.kind.value,
        order_id=row.order_id,
        state=row.state,
        items=list((row.lines or {}).get("items") or []),
        policy_key=row.policy_key,
        decision=dict(row.decision or {}),
        session_id=row.session_id,
        created_at=row.created_at,
    )


def open_request(
    session: Session, kind: SupportRequestKind, order_id: int, product_ids: set[int] | None = None
) -> SupportRequestInfo | None:
    """An open request of ``kind`` for the order that covers any of ``product_ids`` (all, when None): asking twice
    gives the same reference rather than a second request."""
    rows = session.scalars(
        select(SupportRequest)
        .where(SupportRequest.kind == kind, SupportRequest.order_id == order_id, SupportRequest.state == "open")
        .order_by(SupportRequest.id)
    )
    for row in rows:
        covered = {int(i.get("product_id", 0)) for i in (row.lines or {}).get("items") or []}
        if product_ids is None or not covered or covered & product_ids:
            return _info(row)
    return None


def create_request(
    session: Session,
    *,
    kind: SupportRequestKind,
    order_id: int,
    items: list[OrderItem],
    reason: str,
    policy_key: str | None,
    decision: dict[str, Any],
    session_id: str | None,
    language: str,
) -> SupportRequestInfo:
    row = SupportRequest(
        reference=f"tmp-{order_id}-{dt.datetime.now(dt.UTC).timestamp()}",  # replaced once the id is known
        kind=kind,
        order_id=order_id,
        state="open",
        lines={"items": [{"product_id": i.product_id, "title": i.title, "qty": i.qty} for i in items]},
        reason=reason[:2000],
        policy_key=policy_key,
        decision=decision,
        session_id=session_id,
        language=language,
    )
    session.add(row)
    session.flush()
    row.reference = f"{PREFIX[kind]}-{row.id:06d}"
    session.flush()
    return _info(row)


def mark_cancelled(session: Session, order_id: int, when: dt.datetime) -> None:
    order = session.get(Order, order_id)
    if order is None:
        raise LookupError(order_id)
    order.status = OrderStatus.CANCELLED
    order.updated_at = when


def order_state(session: Session, order_id: int) -> str | None:
    order = session.get(Order, order_id)
    return order.status.value if order is not None else None


def requests_for(
    session: Session, *, session_id: str | None = None, order_id: int | None = None
) -> list[SupportRequestInfo]:
    """Requests made in a chat session or for an order, oldest first (staff views, evals)."""
    query = select(SupportRequest).order_by(SupportRequest.id)
    if session_id is not None:
        query = query.where(SupportRequest.session_id == session_id)
    if order_id is not None:
        query = query.where(SupportRequest.order_id == order_id)
    return [_info(r) for r in session.scalars(query)]
