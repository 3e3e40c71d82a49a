"""Warranty claims for defects ("they leak", "сломалась молния", "拉链坏了"): covered when the warranty policy
applies to the item's category (``policy -applies_to-> category``) and the purchase is within
``warranty_months``; a claim with its reference is written to the DB.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from knowledge.aftersales import create_request, open_request, policy_categories
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
from tools.eligibility import rule_for, warranty_verdict
from tools.orders import OrderStatusOutput, proved_order


def _covered(category_path: str | None, covered: set[str] | None) -> bool:
    if covered is None:
        return True  # no policy links in this store: the general warranty is taken to cover everything
    if not category_path:
        return False
    return any(category_path == c or category_path.startswith(c + "/") for c in covered)


def _claim(
    db_url: str, data: OrderActionInput, order: OrderStatusOutput, ctx_session: str, language: str, today: dt.date
) -> ActionOutput:
    dates = order_dates(order)
    with session_scope(db_url) as s:
        rules = rules_of(s, "warranty", language)
        covered = policy_categories(s, "warranty")
        items = chosen_items(s, order.order_id, data.about, language)
        outcomes = [
            outcome(
                i,
                warranty_verdict(
                    dates, rule_for(i.category_path, rules), today, covered=_covered(i.category_path, covered)
                ),
            )
            for i in items
        ]
        ok = [o for o in outcomes if o.verdict.ok]
        refused = [o for o in outcomes if not o.verdict.ok]
        lead = (ok or refused)[0].verdict
        rule = next((r for _, r in rules if r.key == lead.policy_key), None)
        out = ActionOutput(
            action="warranty",
            order_id=order.order_id,
            order_status=order.status,
            done=False,
            order=order,
            code=lead.code,
            policy_key=lead.policy_key,
            policy_title=rule.title if rule else None,
            limit_months=lead.limit_months,
            deadline=lead.deadline,
            items=ok or refused,
            refused=refused if ok else [],
        )
        if not ok:
            return out
        existing = open_request(s, SupportRequestKind.WARRANTY, order.order_id, {o.product_id for o in ok})
        if existing is not None:
            return out.model_copy(update={"done": True, "existing": True, "reference": existing.reference})
        chosen = [i for i in items if i.product_id in {o.product_id for o in ok}]
        decision = {str(o.product_id): o.verdict.model_dump(mode="json") for o in outcomes}
        made = create_request(
            s,
            kind=SupportRequestKind.WARRANTY,
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
    "claim_warranty",
    roles=ACTION_ROLES,
    description="File a warranty claim for a defective item of an order (all items, or those the shopper names) "
    "when the warranty covers its category and period; gives the claim reference.",
)
async def claim_warranty(data: OrderActionInput, ctx: ToolContext) -> ActionOutput:
    order = await proved_order(data, ctx)
    language = data.language or ctx.locale or "en"
    return await asyncio.to_thread(_claim, ctx.svc().db_url, data, order, ctx.session_id, language, store_today(ctx))
