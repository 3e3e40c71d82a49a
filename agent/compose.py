"""Compose: write the reply from this turn's tool results only, in the shopper's language, short.

Without an LLM (or when the journey's reply must be exact: refusals, tables, outlines) the template is the reply.
With an LLM the prompt is a short fixed system prompt (identical every turn, so llama.cpp's prefix cache reuses it),
then the facts as a compact list and the question; its pieces come through ``guarded_stream``. Nothing goes to the
channel unverified: pieces are buffered into sentences, and each sentence is verified (``agent.stream_verify``)
before it is emitted; a failing sentence is dropped. Any fault (down, slow, garbage, cut mid-stream) keeps what
was already shown and adds the template reply (its sentences verified too) with a notice.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from agent import templates
from agent.llm.base import ChatMessage, ChatModel
from agent.state import JourneyResult
from agent.stream_verify import DroppedSentence, SentenceBuffer, VerifiedReply, is_whole
from shopkeeper.errors import LLMUnavailable
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

# Fixed: the same bytes every turn, so the model's prefix cache holds it. Keep it short (~35 tok/s prompt speed).
SYSTEM_PROMPT = (
    "You are a shop assistant. Answer in 1-3 short sentences, in the language asked. "
    "Use only the facts given: never add prices, numbers, dates, stock or products that are not in the facts. "
    "Product cards are shown to the shopper separately."
)
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese"}
MAX_FACT_LINES = 4  # prompt processing is the slow part on 2 cores
COMPOSE_MAX_TOKENS = 96


def build_messages(question: str, language: str, result: JourneyResult) -> list[ChatMessage]:
    facts = "\n".join(f"- {line}" for line in result.fact_lines[:MAX_FACT_LINES]) or "- (no facts)"
    user = (f"Language: {LANGUAGE_NAMES.get(language, language)}\n"
            f"Shopper: {question[:400]}\n"
            f"Facts:\n{facts}\n"
            "Reply:")
    return [ChatMessage(role="system", content=SYSTEM_PROMPT), ChatMessage(role="user", content=user)]


def template_reply(result: JourneyResult, language: str) -> str:
    return templates.render(result.kind, language, result.data)


@dataclass
class Composed:
    """The reply as shown: ``text`` is exactly the token texts emitted, in order (nothing is corrected later)."""

    text: str
    template: str
    used_llm: bool = False
    grounded: bool = True
    notices: list[str] = field(default_factory=list)
    dropped: list[DroppedSentence] = field(default_factory=list)


async def compose(
    *,
    question: str,
    language: str,
    result: JourneyResult,
    model: ChatModel | None,
    settings: Settings,
    emit: Callable[[dict[str, Any]], None],
) -> Composed:
    """Write the reply, emitting ``{"type": "token", "text": sentence}`` for each sentence once it is verified.

    The LLM's sentences come first as they complete; when none of them survives verification (a reply whose first
    sentence fails is stopped there), or the model fails (down, slow, garbage, cut mid-stream), the template's
    sentences follow through the same gate.
    """
    template = template_reply(result, language)
    gate = VerifiedReply(facts=result.facts, language=language, default_currency=settings.currency, emit=emit)
    notices: list[str] = []
    llm_failed = False
    if model is not None and result.llm_ok and result.fact_lines:
        llm_failed = not await _stream_llm(gate, model, build_messages(question, language, result), settings)
        if llm_failed:
            notices.append(templates.t("notice_llm", language))
    if llm_failed or not gate.kept["llm"]:
        gate.offer_text(template, source="template")
    if not gate.shown:
        # Every sentence failed (a verifier that rejects its own template): say something true rather than nothing.
        gate.offer_text(templates.t("error", language), source="fallback")
    rejected = gate.reasons(("llm",))
    if rejected:
        notices += [templates.t("notice_corrected", language), f"ungrounded: {' | '.join(rejected)}"]
    if gate.reasons(("template", "fallback")):
        log.error("template sentences failed verification (%s): kind %s", " | ".join(gate.reasons(("template",))),
                  result.kind)
    return Composed(text=gate.text, template=template, used_llm=gate.kept["llm"] > 0, notices=notices,
                    dropped=list(gate.dropped))


async def _stream_llm(gate: VerifiedReply, model: ChatModel, messages: list[ChatMessage], settings: Settings) -> bool:
    """Stream the model's reply through ``gate`` sentence by sentence; False when the model failed."""
    from agent.llm.factory import guarded_stream

    buffer = SentenceBuffer(gate.language)
    # guarded_stream is an async generator (typed as an iterator): closing it stops the model's worker.
    stream = cast(AsyncGenerator[str, None], guarded_stream(
        model,
        messages,
        first_token_timeout_s=settings.llm.first_token_timeout_s,
        total_timeout_s=settings.llm.timeout_s,
        max_tokens=min(settings.llm.max_tokens, COMPOSE_MAX_TOKENS),
        temperature=settings.llm.temperature,
    ))
    try:
        async with contextlib.aclosing(stream) as pieces:  # leaving early stops the model at its next piece
            async for piece in pieces:
                for sentence in buffer.feed(piece):
                    if not gate.offer(sentence, source="llm") and not gate.kept["llm"] and gate.dropped:
                        # The reply started wrong (a false claim, another language): the rest is likely dropped
                        # too, so the shopper gets the template now instead of waiting for the whole stream.
                        log.info("the LLM's first sentence failed verification; the template answers instead")
                        return True
    except LLMUnavailable as exc:
        # What was shown stays shown; the unfinished sentence in the buffer is never shown.
        log.warning("the LLM failed mid-reply (%s); the template follows", exc.message)
        return False
    tail = buffer.rest()
    if tail.strip():
        if is_whole(tail) or (not gate.kept["llm"] and not gate.dropped):
            # A last sentence, or a short answer that is the whole reply (it need not end with a full stop).
            gate.offer(tail, source="llm")
        else:
            gate.drop_fragment(tail)  # cut by the token limit: half a figure is a wrong figure
    return True
