"""Support journey: order status (by order number), returns, delivery, warranty and store information.

A shopper must quote the order number; without one the reply asks for it (no tool runs). Policy answers carry
the policy text and its structured figures (days, thresholds), which is what a reply may quote.
"""

from __future__ import annotations

import re

from agent.journeys.base import TurnView, call, dump, fault_result
from agent.state import JourneyResult
from shopkeeper.errors import NotFound
from tools.orders import OrderStatusInput
from tools.policies import PolicyInput, PolicyKind

_ORDER_NO = re.compile(r"(?<!\d)(\d{3,9})(?!\d)")
_KIND_WORDS: list[tuple[PolicyKind, re.Pattern[str]]] = [
    ("warranty", re.compile(r"warrant|guarantee|гаранти|保修|质保|保固", re.IGNORECASE)),
    ("returns", re.compile(r"return|refund|exchange|возврат|вернуть|обмен|退货|退款|换货|退", re.IGNORECASE)),
    ("delivery", re.compile(r"deliver|shipping|ship\b|courier|доставк|курьер|配送|运费|快递|送货", re.IGNORECASE)),
    ("store_info", re.compile(r"open|hours|address|parking|where is the store|часы|адрес|парков|营业|地址|停车",
                              re.IGNORECASE)),
]
_INTENT_KIND: dict[str, PolicyKind] = {"return": "returns", "delivery": "delivery", "store_info": "store_info"}


def policy_kind(intent: str, text: str) -> PolicyKind:
    if intent in _INTENT_KIND and intent != "store_info":
        return _INTENT_KIND[intent]
    for kind, pattern in _KIND_WORDS:
        if pattern.search(text):
            return kind
    return _INTENT_KIND.get(intent, "returns")


def order_number(view: TurnView) -> int | None:
    if view.understanding.slots.order_id:
        return view.understanding.slots.order_id
    m = _ORDER_NO.search(view.text)
    return int(m.group(1)) if m else None


async def order_status(view: TurnView) -> JourneyResult:
    intent = "order_status"
    number = order_number(view)
    if number is None:
        return JourneyResult(intent=intent, kind="order_need_number", llm_ok=False)
    try:
        out = await call(view, "order_status", OrderStatusInput(order_id=number, language=view.language))
    except NotFound:
        return JourneyResult(intent=intent, kind="order_not_found", data={"order_id": number}, llm_ok=False,
                             failed=True, facts=[{"order_id": number, "found": False}],
                             slots={"order_id": number})
    except Exception as exc:
        return fault_result(exc, intent)
    order = dump(out)
    lines = [f"order {order['order_id']}: status {order['status']}", f"placed on {order['placed_on']}",
             f"total {order['total']} {order['currency']}"]
    for key in ("expected_delivery", "shipped_on", "delivered_on", "carrier", "tracking_number"):
        if order.get(key):
            lines.append(f"{key.replace('_', ' ')}: {order[key]}")
    return JourneyResult(intent=intent, kind="order_status", data={"order": order}, facts=[order],
                         fact_lines=lines, slots={"order_id": number}, tools=["order_status"])


async def policy(view: TurnView) -> JourneyResult:
    intent = view.understanding.intent.value
    kind = policy_kind(intent, view.text)
    category = view.understanding.slots.category
    try:
        out = await call(view, "get_policy", PolicyInput(kind=kind, language=view.language, category=category))
    except NotFound:
        return JourneyResult(intent=intent, kind="policy_missing", llm_ok=False, failed=True)
    except Exception as exc:
        return fault_result(exc, intent)
    first = dump(out.policies[0])
    lines = [f"{first['title']}: {' '.join(first['body'].split())[:300]}"]
    if first.get("fields"):
        lines.append("figures: " + ", ".join(f"{k}={v}" for k, v in first["fields"].items()))
    return JourneyResult(intent=intent, kind="policy", data={"policy": first}, facts=[first], fact_lines=lines,
                         tools=["get_policy"])


async def run(view: TurnView) -> JourneyResult:
    if view.understanding.intent.value == "order_status":
        return await order_status(view)
    return await policy(view)
