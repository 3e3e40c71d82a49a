"""Escalate journey: hand the conversation to a person, honestly, with a summary they can act on.

Triggers (decided in ``should_escalate``): an explicit request for a person, negative sentiment that persists or
worsens, a complaint with strong negative sentiment, and repeated failures (checked after verify).
The hand-over is a ticket (tools/handoff.py); the session is flagged ``escalated`` until a person releases it.
"""

from __future__ import annotations

from agent.journeys.base import TurnView, call, fault_result
from agent.state import AgentState, JourneyResult
from agent.understand.models import Understanding
from tools.handoff import HandoffInput

NEGATIVE = -0.35
FAILURES = 3


def should_escalate(u: Understanding, state: AgentState) -> str | None:
    """The hand-over reason, or None. Sentiment history is of earlier turns; ``u`` is this turn's."""
    if u.intent.value == "human_request":
        return "human_request"
    history = list(state.get("sentiment_history") or [])
    now = u.sentiment.score
    if now <= NEGATIVE and history:
        last = history[-1]
        # Persisting (two negative turns in a row) or worsening (a clearly lower score than before).
        if last <= NEGATIVE or (last < 0 and now < last - 0.2):
            return "negative_sentiment"
    if u.intent.value == "complaint" and now <= -0.7:
        return "complaint"
    return None


def summary(view: TurnView, reason: str) -> str:
    """A short plain-text summary for the person taking over: the reason and the last messages."""
    lines = [f"reason: {reason}", f"language: {view.language}"]
    if view.state.get("last_intent"):
        lines.append(f"last topic: {view.state.get('last_intent')}")
    for item in (view.state.get("history") or [])[-6:]:
        lines.append(f"{item['role']}: {item['text'][:200]}")
    lines.append(f"shopper: {view.text[:300]}")
    return "\n".join(lines)


async def run(view: TurnView, reason: str) -> JourneyResult:
    try:
        out = await call(view, "create_handoff",
                         HandoffInput(reason=reason, summary=summary(view, reason), language=view.language))
    except Exception as exc:
        res = fault_result(exc, "human_request")
        res.kind = "handoff_failed"
        return res
    return JourneyResult(
        intent="human_request",
        kind="handoff",
        data={"ticket_id": out.ticket_id},
        facts=[{"ticket_id": out.ticket_id}],
        llm_ok=False,
        events=[{"type": "handoff", "ticket_id": out.ticket_id, "reason": reason}],
        tools=["create_handoff"],
    )
