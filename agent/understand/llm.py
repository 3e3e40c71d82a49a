"""Asking the chat model for the intent when the classifier is unsure: short prompt, JSON restricted to ``Intent``."""

from __future__ import annotations

import logging

from pydantic import BaseModel, Field

from agent.llm.base import ChatMessage, ChatModel
from agent.understand.models import Intent
from shopkeeper.errors import LLMUnavailable

log = logging.getLogger(__name__)

_DEFINITIONS = {
    Intent.SEARCH: "find or browse products by description, category, attributes or price",
    Intent.PRODUCT_QUESTION: "a question about one specific product (size, material, stock, price, features)",
    Intent.COMPARE: "compare two or more products",
    Intent.RECOMMEND: "asks for advice or a suggestion: gift ideas, what suits a need, what goes with something",
    Intent.ORDER_STATUS: "where is my existing order, tracking, has it shipped",
    Intent.RETURN: "wants to return, exchange or get a refund for something they bought",
    Intent.DELIVERY: "shipping options, costs, times, areas, in general",
    Intent.POLICY_QUESTION: "store rules: return window and conditions, warranty, payment methods, privacy",
    Intent.COMPLAINT: "expresses dissatisfaction with a product, service or staff",
    Intent.HUMAN_REQUEST: "wants to talk to a person, operator or manager",
    Intent.STORE_INFO: "opening hours, address, parking, contacts, facilities of the store",
    Intent.SMALLTALK: "greetings, thanks, goodbyes, chit-chat with the assistant",
    Intent.MANAGER_QUERY: "staff asking about stock, shelves, aisles, sales, markdowns, restocking, tasks",
    Intent.SCRIPT_REQUEST: "a live-stream host asks for a script, pitch or talking points",
    Intent.OTHER: "anything unrelated to the shop",
}


class IntentChoice(BaseModel):
    """The only shape the model may answer in: one of the intents (the enum restricts the grammar)."""

    intent: Intent = Field(description="the shopper's intent")


def build_messages(text: str, candidates: list[tuple[Intent, float]]) -> list[ChatMessage]:
    lines = "\n".join(f"- {i.value}: {d}" for i, d in _DEFINITIONS.items())
    hint = ", ".join(i.value for i, _ in candidates[:3])
    system = (
        "You label messages sent to a shop assistant. Reply with JSON {\"intent\": ...} using exactly one of:\n"
        f"{lines}\nThe message may be English, Russian or Chinese. Likely candidates: {hint}."
    )
    return [ChatMessage(role="system", content=system), ChatMessage(role="user", content=text[:1000])]


def ask_intent(chat_model: ChatModel, text: str, candidates: list[tuple[Intent, float]]) -> Intent | None:
    """The model's intent, or None when it is down or answers outside the schema (the caller keeps its own)."""
    try:
        reply = chat_model.complete_json(build_messages(text, candidates), IntentChoice, max_tokens=24)
    except LLMUnavailable as exc:
        log.info("LLM unavailable for understanding, keeping the classifier's intent: %s", exc)
        return None
    try:
        # Validate again: a backend that skips validation must not leak a free-text label into the graph.
        return IntentChoice.model_validate(reply.model_dump() if isinstance(reply, BaseModel) else reply).intent
    except ValueError as exc:
        log.info("LLM gave an invalid intent, keeping the classifier's: %s", exc)
        return None
