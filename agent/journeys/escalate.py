"""Escalate journey: hand the conversation to a person, honestly, with a summary they can act on.

Triggers (decided in ``should_escalate``): an explicit request for a person, negative sentiment that persists or
worsens, a complaint with strong negative sentiment, and repeated failures (checked after verify).
The hand-over is a ticket (tools/handoff.py); the session is flagged ``escalated`` until a person releases it.

Honest by construction: no person can join the chat yet, so the reply says what really happens (ticket N is filed
with a summary for the store's staff), when staff work and how else to reach the store, and never that someone is
reading now. While the ticket is open every new message is added to it (so the person sees it) and the reply says
the request is with staff. Product, policy and delivery questions are still answered below that line (a shopper
waiting a day for staff should not lose the catalog); anything else, orders included, waits for the person.
Once a person takes the session over (the web app's /staff page, ticket state "taken") the assistant answers
nothing: the web channel sends the message to that person without asking the assistant, and here (other channels)
the catalog answer is dropped too.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from agent.journeys.aftersales_cues import read_cue
from agent.journeys.base import TurnView, call, fault_result
from agent.journeys.contact import store_contact
from agent.journeys.personal import redact
from agent.state import AgentState, JourneyResult
from agent.understand.models import Intent, Understanding
from agent.understand.sentiment import trail, trend
from tools.handoff import AppendInput, HandoffInput

log = logging.getLogger(__name__)

FAILURES = 3
SHOPPING = frozenset({Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.COMPARE, Intent.RECOMMEND})
# How low the mood may sink while an after-sales request waits for its order before the session is handed over.
MILD = -0.7
# Below this intent confidence a turn's reading is a guess (``should_escalate``).
UNSURE = 0.6


def should_escalate(u: Understanding, state: AgentState) -> str | None:
    """The hand-over reason, or None. Sentiment history is of earlier turns; ``u`` is this turn's."""
    if u.intent.value == "human_request":
        return "human_request"
    history = list(state.get("sentiment_history") or [])
    now = u.sentiment.score
    # Persisting (two negative turns in a row), worsening, or fury after an earlier turn: the session's trend.
    # A first turn alone never hands over on mood (the shopper has not yet been helped), unless it is a complaint.
    mood = trend(history, now) if history else None
    # Describing a fault ("the lock snapped, now it won't hold") or being asked again for the order's proof reads
    # negative turn after turn while the claim or return is still on its way: a low mood then is the problem being
    # told, not a shopper to hand over. A mood that sinks below MILD, or fury, still hands over.
    telling = (mood is not None and mood.reason in ("persisting", "worsening") and now > MILD
               and bool(state.get("pending_action")))
    # Pushing back on a refusal just given ("it was never opened, can't you make an exception?", «я думал, 30 дней?»)
    # reads negative after a calm turn: that is disputing the answer, which the next reply meets; fury still hands
    # over, and so does asking for a person.
    disputing = (mood is not None and mood.reason in ("persisting", "worsening") and now > MILD
                 and bool(state.get("refused")))
    # "not black, he's had three black ones", «без тефлона, он вредный», "不要PVC的": a shopping request's exclusions
    # and reasons read negative to the mood model; they are preferences, not a mood to hand over (fury still is).
    # So is a turn the classifier could not place in the middle of shopping ("actually my brother's lot are coming
    # too so we're cooking for 4 now" after camp stoves were shown): the talk is still about the products.
    unplaced = u.confidence < UNSURE and state.get("last_intent") in {i.value for i in SHOPPING} \
        and bool(state.get("shown_product_ids"))
    shopping = (u.intent in SHOPPING or unplaced) and now > MILD
    # "Yes, cancel the whole order please", "好的，麻烦帮我办理退货": asking for the return or cancellation the
    # after-sales journey is there to make; its words (cancel, return, 退货) read negative to the mood model.
    asking = now > MILD and read_cue(str(state.get("text") or "")) is not None
    if mood is not None and mood.escalate and not (telling or disputing or shopping or asking):
        return "negative_sentiment"
    if u.intent.value == "complaint" and now <= -0.7:
        return "complaint"
    return None


def summary(view: TurnView, reason: str) -> str:
    """A short plain-text summary for the person taking over: the reason and the last messages."""
    lines = [f"reason: {reason}", f"language: {view.language}"]
    if view.state.get("last_intent"):
        lines.append(f"last topic: {view.state.get('last_intent')}")
    # The mood over the session, this turn last: what the person taking over reads first on an angry chat.
    mood = [*(view.state.get("sentiment_history") or []), view.understanding.sentiment.score]
    lines.append(f"mood: {trail(mood)}")
    verified = view.state.get("verified_order_ids") or []
    if verified:
        lines.append("orders verified in this chat: " + ", ".join(str(o) for o in verified))
    for item in (view.state.get("history") or [])[-6:]:
        lines.append(f"{item['role']}: {redact(item['text'][:200])}")
    lines.append(f"shopper: {redact(view.text[:300])}")
    return "\n".join(lines)


async def run(view: TurnView, reason: str) -> JourneyResult:
    try:
        out = await call(view, "create_handoff",
                         HandoffInput(reason=reason, summary=summary(view, reason), language=view.language))
    except Exception as exc:
        res = fault_result(exc, "human_request")
        res.kind = "handoff_failed"
        return res
    contact, policy = await store_contact(view)
    return JourneyResult(
        intent="human_request",
        kind="handoff",
        data={"ticket_id": out.ticket_id, **contact},
        facts=[{"ticket_id": out.ticket_id, **contact}] + ([policy] if policy else []),
        llm_ok=False,
        events=[{"type": "handoff", "ticket_id": out.ticket_id, "reason": reason}],
        tools=["create_handoff"] + (["get_policy"] if policy else []),
    )


# Still answered while a person is awaited: catalog and policy questions, which need nothing from the person.
ANSWERED_WHILE_WAITING = frozenset({Intent.SEARCH, Intent.PRODUCT_QUESTION, Intent.COMPARE, Intent.RECOMMEND,
                                    Intent.POLICY_QUESTION, Intent.RETURN, Intent.DELIVERY, Intent.STORE_INFO})

Answer = Callable[[TurnView], Awaitable[JourneyResult]]


def waiting(state: AgentState) -> bool:
    """The session is waiting for a person: handed over, and the ticket not released (checked each turn)."""
    return bool(state.get("escalated")) and state.get("ticket_id") is not None


def answerable(view: TurnView) -> bool:
    u = view.understanding
    return u.intent in ANSWERED_WHILE_WAITING and u.confidence >= view.ctx.settings.agent.intent_confidence


async def while_waiting(view: TurnView, answer: Answer | None) -> JourneyResult:
    """A message in a session waiting for a person: add it to the ticket, say so, and answer it when ``answer``
    (a catalog or policy journey) is given."""
    ticket = int(view.state.get("ticket_id") or 0)
    tools = ["append_handoff"]
    try:
        out = await call(view, "append_handoff", AppendInput(ticket_id=ticket, text=redact(view.text)[:2000]))
        if getattr(out, "state", None) == "taken":
            answer = None  # a person holds the session: the assistant answers nothing, not even the catalog
    except Exception as exc:  # the ticket is still open for the person; losing one line must not end the turn
        log.warning("could not add the message to ticket %s: %s", ticket, type(exc).__name__)
        tools = []
    if answer is not None:
        inner = await answer(view)
        if inner.kind not in ("error", "store_unavailable", "store_busy", "refuse_role", "refuse_role_host"):
            return inner.model_copy(update={
                "kind": "handoff_waiting", "llm_ok": False, "tools": tools + inner.tools,
                "data": {"ticket_id": ticket, "answer_kind": inner.kind, "answer": inner.data},
                "facts": [{"ticket_id": ticket}] + inner.facts, "failed": False})
    contact, policy = await store_contact(view)
    return JourneyResult(
        intent=view.understanding.intent.value, kind="handoff_waiting", data={"ticket_id": ticket, **contact},
        facts=[{"ticket_id": ticket, **contact}] + ([policy] if policy else []), llm_ok=False,
        tools=tools + (["get_policy"] if policy else []))
