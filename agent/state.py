"""The graph's data: the checkpointed conversation state, what one journey hands to compose, and the run-time context.

State holds plain JSON values only (str, int, float, lists, dicts): LangGraph checkpoints it after every node,
and plain values survive any checkpointer (SQLite, PostgreSQL) and any restart without custom serializers.
Decimals travel as strings. Per-turn fields are reset by the guard node at the start of each turn; conversation
fields (the ``DialogueContext`` ones, the failure count, the escalation flag, a short history) carry over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypedDict

from pydantic import BaseModel, Field

from agent.understand.models import DialogueContext, Intent, Slots
from shopkeeper.settings import Settings


class AgentState(TypedDict, total=False):
    # -- this turn's input (written by Assistant.reply) -------------------------------------------------------
    text: str
    role: str  # tools.base.Role value
    locale: str | None
    session_id: str
    channel: str
    client_id: str | None  # the edge's key for the client (Turn.client_id): order look-up limits are keyed on it

    # -- conversation (carried across turns; the DialogueContext fields) --------------------------------------
    last_intent: str | None
    last_slots: dict[str, Any] | None
    shown_product_ids: list[int]
    shown_prices: list[str]
    sentiment_history: list[float]
    language: str | None
    failure_count: int
    escalated: bool
    ticket_id: int | None
    history: list[dict[str, str]]  # the last few {"role", "text"} pairs, for hand-over summaries
    # Order look-ups (support journey): a number quoted and waiting for its second factor; the orders this session
    # proved with a factor (follow-ups about them need none). The factor itself is never kept.
    pending_order_id: int | None
    verified_order_ids: list[int]
    # An after-sales action asked for (return, warranty claim, cancellation) waiting for its order number or factor:
    # {"action", "defect", "about" (the shopper's words, factors masked), "order_id"}. Lives one turn, like the number.
    pending_action: dict[str, Any] | None
    # The after-sales request refused last turn ("return: window_closed"): a shopper pushing back on it next turn is
    # disputing the answer, not a mood to hand over. Lives one turn.
    refused: str | None
    turns: int

    # -- this turn (reset by guard) ---------------------------------------------------------------------------
    blocked: str | None  # why guard refused: "injection" | "too_long" | "empty" | "rate_limited"
    understanding: dict[str, Any] | None  # agent.understand.models.Understanding as JSON
    route: str  # the journey chosen
    result: dict[str, Any] | None  # JourneyResult as JSON
    reply: str  # what compose wrote (LLM or template)
    template_reply: str  # the template reply for the same facts (fallback)
    used_llm: bool
    grounded: bool
    notices: list[str]


# Fields reset at the start of every turn.
TURN_DEFAULTS: dict[str, Any] = {
    "blocked": None,
    "understanding": None,
    "route": "",
    "result": None,
    "reply": "",
    "template_reply": "",
    "used_llm": False,
    "grounded": True,
    "notices": [],
}

HISTORY_TURNS = 8

# The state keys a journey may set through ``JourneyResult.remember``.
REMEMBERED = frozenset({"text", "pending_order_id", "verified_order_ids", "pending_action", "refused"})


def dialogue_context(state: AgentState) -> DialogueContext:
    """What understanding needs to resolve "cheaper", "the second one", "а подешевле?"."""
    slots = state.get("last_slots")
    last = state.get("last_intent")
    return DialogueContext(
        last_intent=Intent(last) if last else None,
        last_slots=Slots.model_validate(slots) if slots else None,
        shown_product_ids=list(state.get("shown_product_ids") or []),
        shown_prices=[Decimal(p) for p in state.get("shown_prices") or []],
        sentiment_history=list(state.get("sentiment_history") or []),
        language=state.get("language"),
        shown_category=(slots or {}).get("shown_category") if isinstance(slots, dict) else None,
    )


class JourneyResult(BaseModel):
    """What a journey (or a tool-calling step) found this turn: the only material compose may write from."""

    intent: str
    kind: str  # the template to use: "search_results", "order_status", "refuse_role", ...
    data: dict[str, Any] = Field(default_factory=dict)  # template fields (JSON)
    facts: list[dict[str, Any]] = Field(default_factory=list)  # tool outputs as JSON: what verify checks against
    fact_lines: list[str] = Field(default_factory=list)  # the same facts, compact, for the LLM prompt
    events: list[dict[str, Any]] = Field(default_factory=list)  # products/table/handoff events (JSON)
    notices: list[str] = Field(default_factory=list)
    failed: bool = False  # nothing useful found: counts towards escalation on repeated failure
    llm_ok: bool = True  # may the LLM phrase this reply (False for refusals, tables, outlines)
    shown: list[tuple[int, str]] | None = None  # products now on screen (id, price), for follow-ups
    slots: dict[str, Any] | None = None  # slots to remember for follow-ups (resolved: query, prices)
    tools: list[str] = Field(default_factory=list)  # tools called, for logs and tests
    escalate: str | None = None  # ask the graph to hand over with this reason
    # Conversation fields the journey sets for later turns (only the keys in REMEMBERED), e.g. a pending order
    # number, or this turn's text with an e-mail or phone number masked before it reaches history.
    remember: dict[str, Any] = Field(default_factory=dict)


@dataclass
class AgentContext:
    """Run-time dependencies of the graph (LangGraph ``context_schema``): passed per run, never global."""

    settings: Settings
    services: Any  # knowledge.services.Services
    chat_model: Any = None  # agent.llm.base.ChatModel | None
    understander: Any = None  # has .understand(text, *, locale, context, role) -> Understanding
    extras: dict[str, Any] = field(default_factory=dict)
