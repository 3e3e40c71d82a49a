"""Return requests: eligibility from the returns policy that applies to each item (its category's rule, else the
general one: ``return_days`` from delivery, ``quality_issues_only``), and a request with its reference in the DB.

Items of one order may fall under different rules (electronics 15 days, the rest 30): each item is decided on its
own; the request covers the eligible ones and the reply names the others with the reason.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from pydantic import Field

from knowledge.aftersales import create_request, open_request
from knowledge.db import session_scope
from knowledge.schema import SupportRequestKind
from tools.aftersales import (
    ACTION_ROLES,
    ActionOutput,
    OrderActionInput,
    chosen_items,
    order_dates,
    outcome,
    rules_of,
    store_today,
)
from tools.base import ToolContext, tool
from tools.eligibility import return_verdict, rule_for
from tools.orders import OrderStatusOutput, proved_order


class ReturnInput(OrderActionInput):
    quality_problem: bool = Field(default=False, description="the shopper reports a fault or a quality problem")


def _request(
    db_url: str, data: ReturnInput, order: OrderStatusOutput, ctx_session: str, language: str, today: dt.date
) -> ActionOutput:
    dates = order_dates(order)
    with session_scope(db_url) as s:
        rules = rules_of(s, "returns", language)
        items = chosen_items(s, order.order_id, data.about, language)
        outcomes = [
            outcome(
                i, return_verdict(dates, rule_for(i.category_path, rules), today, quality_problem=data.quality_problem)
            )
            for i in items
        ]
        ok = [o for o in outcomes if o.verdict.ok]
        refused = [o for o in outcomes if not o.verdict.ok]
        lead = (ok or refused)[0].verdict
        rule = next((r for _, r in rules if r.key == lead.policy_key), None)
        out = ActionOutput(
            action="return",
            order_id=order.order_id,
            order_status=order.status,
            done=False,
            order=order,
            code=lead.code,
            policy_key=lead.policy_key,
            policy_title=rule.title if rule else None,
            limit_days=lead.limit_days,
            deadline=lead.deadline,
            refund_days=rule.refund_days if rule else None,
            restocking_fee_pct=rule.restocking_fee_pct if rule else None,
            items=ok or refused,
            refused=refused if ok else [],
        )
        if not ok:
            return out
        existing = open_request(s, SupportRequestKind.RETURN, order.order_id, {o.product_id for o in ok})
        if existing is not None:
            return out.model_copy(update={"done": True, "existing": True, "reference": existing.reference})
        chosen = [i for i in items if i.product_id in {o.product_id for o in ok}]
        decision = {str(o.product_id): o.verdict.model_dump(mode="json") for o in outcomes}
        made = create_request(
            s,
            kind=SupportRequestKind.RETURN,
            order_id=order.order_id,
            items=chosen,
            reason=data.reason,
            policy_key=lead.policy_key,
            decision={"today": today.isoformat(), "items": decision},
            session_id=ctx_session,
            language=language,
        )
        return out.model_copy(update={"done": True, "reference": made.reference})


@tool(
    "request_return",
    roles=ACTION_ROLES,
    description="Start a return of an order's items (all, or those the shopper names), if the returns policy "
    "allows it for their category and the order's delivery date; gives the return reference.",
)
async def request_return(data: ReturnInput, ctx: ToolContext) -> ActionOutput:
    order = await proved_order(data, ctx)
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_request, ctx.svc().db_url, data, order, ctx.session_id, language, store_today(ctx))
