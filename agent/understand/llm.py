"""Asking the chat model for the intent when the classifier is unsure: JSON restricted to ``Intent``.

The prompt is built so that a local model pays for its long part once. Everything that does not change between
calls (the task, the intents' definitions and worked examples in three languages) is one fixed system message and
comes first; the turn's text and the classifier's guesses come last, in the user message. llama.cpp reuses the
evaluated prefix (its KV cache, and ``agent.llm.prefix_cache`` after another prompt ran in between), so a call
costs the prefill of the shopper's own tokens plus a few decoded ones. ``warm_up`` evaluates the prefix at
start-up. ``evals/llm_understanding.py`` measures the call with and without the cached prefix.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache

from pydantic import BaseModel, Field

from agent.llm.base import ChatMessage, ChatModel
from agent.understand.dataset import DEFAULT_DATASET, load_examples
from agent.understand.models import Intent
from shopkeeper.errors import DataError, LLMUnavailable

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
_LANGS = ("en", "ru", "zh")
# Worked examples in the fixed prefix: one training line per intent and language. Lines of a middling length show
# the model real turns without making the prefix long (it is evaluated once, but it still fills the context).
_EXAMPLE_CHARS = (25, 110)
_MAX_TEXT = 1000


class IntentChoice(BaseModel):
    """The only shape the model may answer in: one of the intents (the enum restricts the grammar)."""

    intent: Intent = Field(description="the shopper's intent")


def _stable(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def worked_examples() -> tuple[tuple[str, Intent], ...]:
    """One training line per intent and language, picked by a hash of its text (stable across runs and machines).

    Only ``train`` lines: a held-out line in the prompt would make the evals that score the model flatter."""
    try:
        train = load_examples(DEFAULT_DATASET, split="train")
    except (DataError, OSError) as exc:  # the prompt still works without examples; the definitions carry it
        log.warning("no worked examples for the intent prompt: %s", exc)
        return ()
    lo, hi = _EXAMPLE_CHARS
    picked: list[tuple[str, Intent]] = []
    for intent in _DEFINITIONS:
        for lang in _LANGS:
            lines = [e.text for e in train if e.intent == intent and e.lang == lang and "\n" not in e.text]
            # Chinese small talk is short: when no line has a middling length, any line of the kind will do.
            pool = sorted([t for t in lines if lo <= len(t) <= hi] or lines, key=_stable)
            if pool:
                picked.append((pool[0], intent))
    return tuple(picked)


@lru_cache(maxsize=1)
def system_prompt() -> str:
    """The fixed prefix: identical for every call, so a local model evaluates it once."""
    lines = "\n".join(f"- {i.value}: {d}" for i, d in _DEFINITIONS.items())
    examples = "\n".join(f"{text} => {intent.value}" for text, intent in worked_examples())
    return (
        "You label messages sent to a shop assistant with what the writer wants this turn. Reply with JSON "
        "{\"intent\": ...} using exactly one of:\n"
        f"{lines}\n"
        "Rules: asking for a person wins over a complaint; about an order already placed is order_status unless "
        "they want to send it back (return); what the rules are is policy_question, doing it is return; a story "
        "about someone else still has one ask: label the ask. Messages may be English, Russian or Chinese.\n"
        f"Examples:\n{examples}"
    )


def build_messages(text: str, candidates: list[tuple[Intent, float]]) -> list[ChatMessage]:
    """The fixed system message, then the turn: the only tokens a cached call has to evaluate."""
    hint = ", ".join(i.value for i, _ in candidates[:3])
    user = f"Message: {text[:_MAX_TEXT]}"
    if hint:
        user += f"\n(A classifier's guesses, often wrong: {hint}.)"
    return [ChatMessage(role="system", content=system_prompt()), ChatMessage(role="user", content=user)]


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


def warm_up(chat_model: ChatModel) -> bool:
    """Evaluate the fixed prefix now (start-up), so the first unsure turn does not pay for it. False when the model
    is down: the first real call then pays, nothing else changes."""
    return ask_intent(chat_model, "hello", []) is not None
