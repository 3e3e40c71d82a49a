"""After-sales journey: returns, warranty claims for defects, cancellations, and demands the policies do not give.

"I bought boots 3 weeks ago and they leak" starts a warranty claim: the journey asks for the order number and the
second factor (the e-mail on the order or its phone's last 4 digits), keeping what was asked for in the session
(``pending_action``) while they come, in one message or several. The tool proves the order and decides from the
policy's figures; the reply gives the reference of what was created, or says plainly why not and what can be done
instead (a shipped order cannot be cancelled, but can be returned once it arrives). A discount or a refund the
policies do not give is refused, naming what they do give. Nothing about an order is read before it is proved.
"""

from __future__ import annotations

import re
from typing import Any

from agent.journeys.aftersales_cues import (
    NO_FACTOR,
    PURCHASE,
    QUESTION,
    STATUS_QUESTION,
    THIS_TIME,
    UNUSED,
    Cue,
    read_cue,
)
from agent.journeys.base import TurnView, call, dump, fault_result
from agent.journeys.contact import store_contact
from agent.journeys.personal import ORDER_CUE, find_factors, mask, waiting_order
from agent.state import AgentState, JourneyResult
from agent.understand.models import Intent
from agent.understand.rules import ORDER_NUMBER, corrected_number
from shopkeeper.errors import NotFound, TooManyAttempts, VerificationRequired
from tools.base import Role
from tools.orders import ORDER_STAFF
from tools.policies import PolicyInput, PolicyKind

# (no figure with a unit: "supposed to hit 100 degrees" names no order)
_ORDER_NO = ORDER_NUMBER
# A number right after a word for "order" is the order's, whatever other numbers (dates, sizes) the text has.
_CUED_ORDER_NO = re.compile(
    r"(?:order|заказ\w*|订单号?|单号|#|№)\s*(?:number|no\.?|num\.?|номер|编号)?\s*[:：#№]?\s*(\d{3,9})(?!\d)", re.I
)
_TOOL = {"return": "request_return", "warranty": "claim_warranty", "cancellation": "cancel_order"}
_POLICY_KIND: dict[str, PolicyKind] = {"return": "returns", "warranty": "warranty"}
# Intents under which after-sales words are taken as such without more context.
_SUPPORT_INTENTS = frozenset(
    {Intent.RETURN, Intent.ORDER_STATUS, Intent.COMPLAINT, Intent.POLICY_QUESTION, Intent.DELIVERY}
)
MAX_ABOUT = 600


def pending(state: AgentState, text: str | None = None) -> dict[str, Any] | None:
    """The after-sales action waiting for its order, unless ``text`` has moved on to where an order is."""
    value = state.get("pending_action")
    if not (isinstance(value, dict) and value.get("action") in _TOOL):
        return None
    if text is not None and STATUS_QUESTION.search(text) and read_cue(text) is None:
        return None
    return value


# A new one to buy, said outright beside what broke: "雨刮器坏了 买一对", "kettle died, need a new one", «сломался,
# куплю новый».
_BUYS_ANEW = re.compile(r"(?:想|要|再|重新)?买(?![的了过])|换(?:个|一个|一对|新的)|\b(?:need|buy|get|want) (?:a )?new\b"
                        r"|(?<![а-яё])(?:куплю|купить|нужен|нужна|нужно|нужны)\s+(?:\w+\s+)?нов\w*"
                        # «…не в телефоне дело, а в том, чем заряжаю. чё брать»: what to buy now is asked
                        r"|(?<![а-яё])(?:что|чё|че|чего)\s+(?:мне\s+)?(?:брать|взять|купить)(?![а-яё])", re.I)


def wants_action(intent: Intent, state: AgentState, text: str, role: Role) -> bool:
    """Is this turn an after-sales one (to route it to support whatever the classifier made of it)?"""
    if role not in (Role.SHOPPER, Role.MANAGER):
        return False
    waiting = pending(state, text) is not None
    if waiting and (_ORDER_NO.search(text) or find_factors(text, awaiting_factor=True).any):
        return True
    cue = read_cue(text)
    if waiting and cue is None and (PURCHASE.search(text) or NO_FACTOR.search(text)):
        # "I bought it from you in September": more about the purchase, the order still to come; "I don't have
        # her e-mail": the proof will not come, which the journey says.
        return True
    if cue is None or _question_only(cue, text, state):
        return False
    from agent.journeys.category_asks import asks_exists  # category_asks imports the journeys this one feeds
    from knowledge.needs import GIFT

    if cue.action == "warranty" and not PURCHASE.search(text) and not ORDER_CUE.search(text) \
            and (asks_exists(text) or _wants_a_use(text) or GIFT.search(text) or _names_budget(text)
                 or _BUYS_ANEW.search(text) or THIS_TIME.search(text)):
        # «кроссы для бега в 41-м у вас имеются? старые порвались»: the old pair broke, and a new one is asked for;
        # «на работе кулер сломался … хочу из дома носить, чтоб весь день горячий был»: what broke is someone
        # else's, and the shopper wants something for a need; "fathers day … the handle came off his hammer": why a
        # present is needed; "soup … leaked all over my laptop bag AGAIN. 25 bucks max": a budget for a new one.
        # Nothing bought here is named.
        return False
    # An e-mail or phone digits beside the words is an order being proved ("cancel 1637, anna@example.com").
    context = (
        bool(ORDER_CUE.search(text))
        or cue.purchase
        or bool(state.get("verified_order_ids"))
        or state.get("pending_order_id") is not None
        or find_factors(text).any
    )
    if cue.action == "discount":
        return context or intent in _SUPPORT_INTENTS
    return context or cue.request or (intent in _SUPPORT_INTENTS and cue.action != "return")


# Wanting something for oneself: "want to bring …", «хочу из дома носить», "想买".
_WANT = re.compile(r"\b(?:i|we)(?:'d| would)? (?:want|need|like) to\b|\b(?:want|need) (?:something|a|an|some)\b|"
                   r"\bwant(?:s)? to (?:bring|buy|get|find|try|carry|keep|take)\b|"
                   r"\blooking for\b|(?<![а-яё])(?:хочу|хочется|нужн\w*|надо|ищу)(?![а-яё])|想要|想买|需要", re.I)


def _names_budget(text: str) -> bool:
    """A price limit ("25 bucks max", «до 3000»): the shopper is choosing something new, not claiming on an old one."""
    from knowledge.figures import spoken_figures
    from knowledge.query import money_slang, parse_price

    # "五千左右", «до 7 тыщ», "under eighty bucks" as figures
    limits = parse_price(money_slang(spoken_figures(text.lower())))
    return limits.price_max is not None or limits.price_min is not None


# A trouble that keeps coming back ("my phone is always dead before i land", «вечно садится», "老是没电"): a need
# to meet, not a one-off fault to claim on.
_CHRONIC = re.compile(r"\b(?:always|every (?:time|day|trip|flight|morning|night)"
                      r"|keeps? (?:dying|breaking|running out))\b"
                      r"|(?<![а-яё])(?:вечно|постоянно|всегда|каждый раз)(?![а-яё])|老是|总是|每次", re.I)


def _wants_a_use(text: str) -> bool:
    """The shopper wants something for a need the need map knows (not a remedy for a thing bought here)."""
    from knowledge.needs import BODY_USES, uses_of

    return bool(_WANT.search(text) or _CHRONIC.search(text)) and bool(set(uses_of(text)) - BODY_USES)


def asks_about_rules(text: str, state: AgentState, role: Role) -> bool:
    """A shopper's question about returning something, with no order in sight: the returns policy answers it."""
    cue = read_cue(text)
    return role == Role.SHOPPER and cue is not None and _question_only(cue, text, state)


def _question_only(cue: Cue, text: str, state: AgentState) -> bool:
    """ "How do I return a jacket?": a question about the rules, with no order in sight (the policy answers it)."""
    has_order = bool(_ORDER_NO.search(text)) or bool(state.get("verified_order_ids"))
    asked = bool(QUESTION.search(text)) or not (cue.request or cue.purchase)
    return cue.action == "return" and asked and not has_order


def invitation(view: TurnView, kind: str) -> dict[str, Any] | None:
    """After a returns or warranty policy answer to a shopper who asked how to return or claim: the action to
    offer (kept for one turn, so "order 1042, anna@example.com" next starts it), or None."""
    if view.role != Role.SHOPPER or kind not in ("returns", "warranty"):
        return None
    cue = read_cue(view.text)
    if cue is None or cue.action not in ("return", "warranty"):
        return None
    return {"action": "return" if kind == "returns" else "warranty", "defect": cue.defect, "about": view.text[:300]}


def _verified(state: AgentState, number: int) -> list[int]:
    ids = [int(i) for i in state.get("verified_order_ids") or [] if int(i) != number]
    return (ids + [number])[-5:]


def _number(view: TurnView, masked: str, waiting: dict[str, Any] | None) -> int | None:
    cued = _CUED_ORDER_NO.search(masked)
    if cued:
        return corrected_number(masked, int(cued.group(1)))
    slot = view.understanding.slots.order_id
    if slot and re.search(rf"(?<!\d){slot}(?!\d)", masked):
        return slot
    if (waiting_for_factor := waiting_order(view.state.get("pending_order_id"), view.text, masked)) is not None:
        return waiting_for_factor
    m = _ORDER_NO.search(masked)
    if m:
        return corrected_number(masked, int(m.group(1)))
    if view.state.get("pending_order_id") is not None:
        return int(view.state["pending_order_id"])  # type: ignore[arg-type]
    if waiting and waiting.get("order_id"):
        return int(waiting["order_id"])
    verified = view.state.get("verified_order_ids") or []
    return int(verified[-1]) if verified else None


async def _policy_fact(view: TurnView, kind: PolicyKind, key: str | None) -> dict[str, Any] | None:
    """The policy a decision rests on (text and figures), as a fact for verify."""
    try:
        out = await call(view, "get_policy", PolicyInput(kind=kind, language=view.language))
    except Exception:  # the decision already carries its figures; a missing policy text only loses the quote
        return None
    found = [dump(p) for p in out.policies]
    return next((p for p in found if p["key"] == key), found[0] if found else None)


async def _discount(view: TurnView) -> JourneyResult:
    data: dict[str, Any] = {}
    facts: list[dict[str, Any]] = []
    returns = await _policy_fact(view, "returns", "returns")
    warranty = await _policy_fact(view, "warranty", "warranty")
    if returns and warranty:
        data = {
            "return_days": (returns.get("fields") or {}).get("return_days"),
            "returns_title": returns["title"],
            "warranty_months": (warranty.get("fields") or {}).get("warranty_months"),
            "warranty_title": warranty["title"],
        }
        facts = [returns, warranty]
    return JourneyResult(
        intent="policy_question",
        kind="discount_refused",
        data=data,
        facts=facts,
        llm_ok=False,
        tools=["get_policy"] if facts else [],
    )


def intent_of(action: str) -> str:
    return "return" if action == "return" else "complaint" if action == "warranty" else "order_status"


async def run(view: TurnView) -> JourneyResult | None:
    """The after-sales reply of this turn, or None when the turn is not an after-sales one."""
    waiting = pending(view.state, view.text)
    cue = read_cue(view.text)
    if cue is None and waiting is None:
        return None
    if cue is not None and cue.action == "discount":
        return await _discount(view)
    if cue is not None and waiting is None and _question_only(cue, view.text, view.state):
        return None
    awaiting = view.state.get("pending_order_id") is not None or waiting is not None
    factors = find_factors(view.text, awaiting_factor=awaiting)
    masked = mask(view.text, factors)
    action = cue.action if cue is not None else str(waiting["action"])  # type: ignore[index]
    defect = bool(cue and cue.defect) or bool(waiting and waiting.get("defect"))
    about = " ".join(x for x in [str((waiting or {}).get("about") or ""), masked] if x)[-MAX_ABOUT:]
    number = _number(view, masked, waiting)
    keep: dict[str, Any] = {"action": action, "defect": defect, "about": about}
    if waiting is not None and number is not None and not factors.any and NO_FACTOR.search(view.text):
        # The one asking cannot prove the order (a neighbour, a husband's order): say why nothing can change and
        # how the buyer can reach the store; the request stays open should the proof come after all.
        contact, policy = await store_contact(view)
        return JourneyResult(
            intent=intent_of(action),
            kind="aftersales_no_factor",
            data={"order_id": number, **contact},
            llm_ok=False,
            facts=[{"order_id": number, "found": False}, contact] + ([policy] if policy else []),
            tools=["get_policy"] if policy else [],
            remember={"pending_order_id": number, "pending_action": {**keep, "order_id": number}},
        )
    remember: dict[str, Any] = {"text": masked} if factors.spans else {}
    intent = intent_of(action)
    if number is None:
        return JourneyResult(
            intent=intent, kind="aftersales_need_order", llm_ok=False, remember={**remember, "pending_action": keep}
        )
    keep["order_id"] = number
    args = {
        "order_id": number,
        "email": factors.email,
        "phone_last4": factors.phone_last4,
        "language": view.language,
        "about": about,
        "reason": about[-2000:],
    }
    tool = _TOOL[action]
    try:
        if action == "return":
            out = await call(view, tool, {**args, "quality_problem": defect})
        else:
            out = await call(view, tool, args)
        if action == "warranty" and not out.done and out.code == "not_covered" and defect:
            # Food and the like carry no warranty, but their returns policy takes a quality problem back.
            tool = "request_return"
            out = await call(view, tool, {**args, "quality_problem": True})
        elif action == "cancellation" and not out.done and out.code == "already_delivered" and UNUSED.search(about):
            # "I don't want it any more, never opened" on an order that has arrived: undoing it is a return.
            tool, action, intent = "request_return", "return", intent_of("return")
            keep["action"] = action
            out = await call(view, tool, {**args, "quality_problem": False})
    except VerificationRequired:
        return JourneyResult(
            intent=intent,
            kind="aftersales_need_factor",
            data={"order_id": number},
            llm_ok=False,
            facts=[{"order_id": number, "found": False}],
            tools=[tool],
            remember={**remember, "pending_order_id": number, "pending_action": keep},
        )
    except NotFound:
        staff = view.role in ORDER_STAFF
        return JourneyResult(
            intent=intent,
            kind="order_not_found" if staff else "order_not_verified",
            data={"order_id": number},
            llm_ok=False,
            failed=True,
            facts=[{"order_id": number, "found": False}],
            tools=[tool],
            remember={**remember, **({} if staff else {"pending_order_id": number, "pending_action": keep})},
        )
    except TooManyAttempts:
        contact, policy = await store_contact(view)
        return JourneyResult(
            intent=intent,
            kind="order_locked",
            data=contact,
            llm_ok=False,
            facts=[contact] + ([policy] if policy else []),
            tools=[tool],
            remember={**remember, "pending_order_id": None, "pending_action": None},
        )
    except Exception as exc:
        res = fault_result(exc, intent)
        res.remember = remember
        return res
    result = dump(out)
    # The order once, as its own fact, with the deadline the tool computed for it (its return or warranty period
    # ends then); the decision beside it without a second copy of the order.
    order = result.pop("order", None)
    facts: list[dict[str, Any]] = [result]
    if order:
        deadline = {"deadline": result["deadline"]} if result.get("deadline") else {}
        facts.insert(0, {**order, **deadline})
    tools = [tool]
    kind = _POLICY_KIND.get(result["action"])
    if kind and result.get("policy_key"):
        policy = await _policy_fact(view, kind, result["policy_key"])
        if policy is not None:
            facts.append(policy)
            tools.append("get_policy")
    if view.role not in ORDER_STAFF:
        remember["verified_order_ids"] = _verified(view.state, number)
    remember.update(pending_order_id=None, pending_action=None,
                    refused=None if result["done"] else f"{result['action']}: {result['code']}")
    outcome = f"done, reference {result['reference']}" if result["done"] else f"refused: {result['code']}"
    lines = [f"{result['action']} for order {number}: {outcome}"]
    return JourneyResult(
        intent=intent,
        kind="aftersales",
        data={"action": result},
        facts=facts,
        fact_lines=lines,
        llm_ok=False,
        slots={"order_id": number},
        tools=tools,
        remember=remember,
        failed=not result["done"] and result["code"] == "no_policy",
    )
