"""Cancellations: an order that has not left the store (pending or paid) is cancelled, the change recorded as a
support request with its reference; a shipped or delivered order is refused (the reply offers a return instead).

The state is read again inside the writing transaction, so an order shipped a moment ago is not cancelled.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from knowledge.aftersales import OrderItem, create_request, mark_cancelled, open_request, order_items, order_state
from knowledge.db import session_scope
from knowledge.schema import SupportRequestKind
from tools.aftersales import ACTION_ROLES, ActionOutput, OrderActionInput, order_dates, outcome
from tools.base import ToolContext, tool
from tools.eligibility import Verdict, cancel_verdict
from tools.orders import OrderStatusOutput, proved_order


def _cancel(
    db_url: str, data: OrderActionInput, order: OrderStatusOutput, ctx_session: str, language: str
) -> ActionOutput:
    with session_scope(db_url) as s:
        status = order_state(s, order.order_id) or order.status
        items: list[OrderItem] = order_items(s, order.order_id, language)
        existing = open_request(s, SupportRequestKind.CANCELLATION, order.order_id)
        if status == "cancelled" and existing is not None:
            verdict = Verdict(ok=True, code="eligible")
            return ActionOutput(
                action="cancellation",
                order_id=order.order_id,
                order_status=status,
                done=True,
                existing=True,
                order=order,
                reference=existing.reference,
                code="eligible",
                items=[outcome(i, verdict) for i in items],
            )
        verdict = cancel_verdict(order_dates(order).model_copy(update={"status": status}))
        out = ActionOutput(
            action="cancellation",
            order_id=order.order_id,
            order_status=status,
            done=False,
            order=order,
            code=verdict.code,
            items=[outcome(i, verdict) for i in items],
        )
        if not verdict.ok:
            return out
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        mark_cancelled(s, order.order_id, now)
        made = create_request(
            s,
            kind=SupportRequestKind.CANCELLATION,
            order_id=order.order_id,
            items=items,
            reason=data.reason,
            policy_key=None,
            decision={"status_before": status, "at": now.isoformat(timespec="seconds")},
            session_id=ctx_session,
            language=language,
        )
        after = order.model_copy(update={"status": "cancelled"})
        return out.model_copy(
            update={"done": True, "reference": made.reference, "order_status": "cancelled", "order": after}
        )


@tool(
    "cancel_order",
    roles=ACTION_ROLES,
    description="Cancel an order that has not shipped yet (pending or paid); a shipped order cannot be cancelled.",
)
async def cancel_order(data: OrderActionInput, ctx: ToolContext) -> ActionOutput:
    order = await proved_order(data, ctx)
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_cancel, ctx.svc().db_url, data, order, ctx.session_id, language)
