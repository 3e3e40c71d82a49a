"""Support journey: order status (by order number plus a second factor), returns, delivery, warranty and store
information.

Orders are private: a shopper quotes the order number and the e-mail on the order or the last 4 digits of its phone
number, in one message or two ("order 1042, email anna@example.com"; "заказ 1042" then "телефон ...1234";
"订单1042 手机尾号1234"). The number waits in the session (``pending_order_id``) until the factor comes; the tool
checks the factor on the server and answers an unknown number and a wrong factor the same way. Once an order is
proved, follow-ups in the session need no factor (``verified_order_ids``). The factor is masked in the text kept in
history and is never stored. A manager looks up any order by its number. Policy answers carry the policy text and
its structured figures (days, thresholds), which is what a reply may quote.

Requests that act (a return, a warranty claim for a defect, a cancellation, a discount demand) go to
``agent.journeys.aftersales`` first; a question about the returns or warranty rules gets the policy and an offer to
start the return or claim, which the order number and factor in the next message then do.
"""

from __future__ import annotations

import re

from agent import policy_answers
from agent.journeys import aftersales
from agent.journeys.base import TurnView, call, dump, fault_result
from agent.journeys.contact import store_contact
from agent.journeys.names import unknown_policy
from agent.journeys.personal import ORDER_CUE, Factors, find_factors, mask, waiting_order
from agent.state import AgentState, JourneyResult
from agent.understand.models import Intent, Understanding
from agent.understand.rules import ORDER_NUMBER, corrected_number
from shopkeeper.errors import NotFound, TooManyAttempts, VerificationRequired
from tools.base import Role
from tools.orders import ORDER_STAFF, OrderStatusInput
from tools.policies import PolicyInput, PolicyKind

# (no figure with a unit: "supposed to hit 100 degrees" names no order)
_ORDER_NO = ORDER_NUMBER
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


def order_number(view: TurnView, text: str | None = None) -> int | None:
    """The order number in ``text`` (the turn's text with any e-mail or phone digits masked)."""
    text = view.text if text is None else text
    slot = view.understanding.slots.order_id
    if slot and re.search(rf"(?<!\d){slot}(?!\d)", text):
        return slot  # the classifier's number, unless it was the phone's digits
    m = _ORDER_NO.search(text)
    return corrected_number(text, int(m.group(1))) if m else None


def continues_order_lookup(u: Understanding, state: AgentState, text: str, role: Role) -> bool:
    """Is this message the rest of an order look-up (its number or factor), or an after-sales request ("cancel
    order 1042", "I bought boots and they leak"), whatever the classifier made of it?"""
    if aftersales.wants_action(u.intent, state, text, role):
        return True
    if role in ORDER_STAFF:
        return False
    pending = state.get("pending_order_id") is not None
    factors = find_factors(text, awaiting_factor=pending)
    if factors.any:
        return pending or bool(ORDER_CUE.search(text)) or u.intent == Intent.ORDER_STATUS
    return pending and bool(ORDER_CUE.search(text)) and bool(_ORDER_NO.search(text))


def belongs_here(u: Understanding, state: AgentState, text: str, role: Role) -> bool:
    """Is this message support's whatever the classifier made of it: the rest of an order look-up, an after-sales
    request, or a question about how to return something ("can I send back what I got last week?")?"""
    return continues_order_lookup(u, state, text, role) or aftersales.asks_about_rules(text, state, role)


def tool_calling_may_serve(u: Understanding, state: AgentState) -> bool:
    """A model may pick the order tool itself only when the message carries the factor (or a manager asks): the
    "which order? / your e-mail?" dialogue and its memory are this journey's."""
    role = Role(state.get("role") or "shopper")
    if u.intent != Intent.ORDER_STATUS or role in ORDER_STAFF:
        return True
    return state.get("pending_order_id") is None and find_factors(state.get("text") or "").any


def _verified(view: TurnView, number: int) -> list[int]:
    ids = [i for i in view.state.get("verified_order_ids") or [] if i != number]
    return (ids + [number])[-5:]


async def order_status(view: TurnView) -> JourneyResult:
    intent = "order_status"
    pending = view.state.get("pending_order_id")
    factors: Factors = find_factors(view.text, awaiting_factor=pending is not None)
    masked = mask(view.text, factors)
    number = waiting_order(pending, view.text, masked) or order_number(view, masked)
    verified = list(view.state.get("verified_order_ids") or [])
    if number is None:
        # "and when will it arrive?" after a proved order; the factor after "your e-mail?"; else ask again.
        number = pending if pending is not None else (verified[-1] if verified else None)
    remember: dict[str, object] = {"text": masked} if factors.spans else {}
    if number is None:
        return JourneyResult(intent=intent, kind="order_need_number", llm_ok=False, remember=remember)
    query = OrderStatusInput(order_id=number, email=factors.email, phone_last4=factors.phone_last4,
                             language=view.language)
    try:
        out = await call(view, "order_status", query)
    # ``"found": False`` tells verify that this turn holds no data of the order: a sentence may name the number the
    # shopper quoted, but no state, date or figure of it.
    except VerificationRequired:
        return JourneyResult(intent=intent, kind="order_need_factor", data={"order_id": number}, llm_ok=False,
                             facts=[{"order_id": number, "found": False}],
                             remember={**remember, "pending_order_id": number}, tools=["order_status"])
    except NotFound:
        # For a shopper this is "unknown number or wrong factor", deliberately the same. The number stays pending
        # so the factor can be typed again; a new number replaces it.
        kind = "order_not_found" if view.role in ORDER_STAFF else "order_not_verified"
        keep = {} if view.role in ORDER_STAFF else {"pending_order_id": number}
        return JourneyResult(intent=intent, kind=kind, data={"order_id": number}, llm_ok=False, failed=True,
                             facts=[{"order_id": number, "found": False}], slots={"order_id": number},
                             remember={**remember, **keep}, tools=["order_status"])
    except TooManyAttempts:
        contact, policy = await store_contact(view)
        return JourneyResult(intent=intent, kind="order_locked", data=contact, llm_ok=False,
                             facts=[contact] + ([policy] if policy else []),
                             remember={**remember, "pending_order_id": None}, tools=["order_status"])
    except Exception as exc:
        res = fault_result(exc, intent)
        res.remember = remember
        return res
    order = dump(out)
    lines = [f"order {order['order_id']}: status {order['status']}", f"placed on {order['placed_on']}",
             f"total {order['total']} {order['currency']}"]
    for key in ("expected_delivery", "shipped_on", "delivered_on", "carrier", "tracking_number"):
        if order.get(key):
            lines.append(f"{key.replace('_', ' ')}: {order[key]}")
    if view.role not in ORDER_STAFF:
        remember.update(pending_order_id=None, verified_order_ids=_verified(view, number))
    return JourneyResult(intent=intent, kind="order_status", data={"order": order}, facts=[order],
                         fact_lines=lines, slots={"order_id": number}, tools=["order_status"], remember=remember)


def after_tool_call(view: TurnView, res: JourneyResult) -> JourneyResult:
    """A model-chosen order look-up that succeeded proves the order for the session, as this journey's would."""
    factors = find_factors(view.text)
    if factors.spans:
        res.remember["text"] = mask(view.text, factors)
    if res.kind == "order_status" and view.role not in ORDER_STAFF:
        number = int(res.data["order"]["order_id"])
        res.remember.update(pending_order_id=None, verified_order_ids=_verified(view, number))
    return res


async def policy(view: TurnView) -> JourneyResult:
    intent = view.understanding.intent.value
    kind = policy_kind(intent, view.text)
    category = view.understanding.slots.category
    try:
        # A policy the store does not have ("price match policy", "lifetime warranty") is said so, with its own.
        # Not when the shopper asks how to return something they bought: their words name their item, not a policy.
        asking = aftersales.asks_about_rules(view.text, view.state, view.role)
        unknown = None if asking else await unknown_policy(view)
        if unknown is not None:
            return unknown
        out = await call(view, "get_policy", PolicyInput(kind=kind, language=view.language, category=category,
                                                          about=view.text))
    except NotFound:
        return JourneyResult(intent=intent, kind="policy_missing", llm_ok=False, failed=True)
    except Exception as exc:
        return fault_result(exc, intent)
    first = dump(out.policies[0])
    # "How many days do I have?": the one thing asked, said first (agent.policy_answers), not the whole policy. When
    # the category's own rule does not say it (a receipt for headphones), the general rule that does is the answer.
    aspects = policy_answers.asked_aspects(kind, view.text)
    direct = policy_answers.answer(view.language, first, aspects) if aspects else ""
    for other in out.policies[1:] if aspects and not direct else []:
        said = policy_answers.answer(view.language, dump(other), aspects)
        if said:
            first, direct = dump(other), said
            break
    lines = [f"{first['title']}: {' '.join(first['body'].split())[:300]}"]
    if first.get("fields"):
        lines.append("figures: " + ", ".join(f"{k}={v}" for k, v in first["fields"].items()))
    if direct:
        lines.append(f"answer first: {direct}")
    data = {"policy": first, "aspects": aspects}
    invite = aftersales.invitation(view, kind)
    if invite is not None:
        # "How do I return a jacket?": the rule, and an offer to start it; the order may come in the next message.
        return JourneyResult(intent=intent, kind="aftersales_policy", data=data, facts=[first],
                             fact_lines=lines, tools=["get_policy"], remember={"pending_action": invite})
    return JourneyResult(intent=intent, kind="policy", data=data, facts=[first], fact_lines=lines,
                         tools=["get_policy"])


def acts(view: TurnView) -> bool:
    """Does this turn ask for an after-sales action (a complaint about a defect starts a warranty claim)?"""
    return aftersales.wants_action(view.understanding.intent, view.state, view.text, view.role)


async def run(view: TurnView) -> JourneyResult:
    acted = await aftersales.run(view)
    if acted is not None:
        return acted
    if aftersales.asks_about_rules(view.text, view.state, view.role):
        return await policy(view)  # "can it go back?" before any order is named: the rule, and the offer
    if view.understanding.intent.value == "order_status" or continues_order_lookup(
            view.understanding, view.state, view.text, view.role):
        return await order_status(view)
    return await policy(view)
