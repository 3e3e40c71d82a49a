"""Compose: write the reply from this turn's tool results only, in the shopper's language, short.

Without an LLM (or when the journey's reply must be exact: refusals, tables, outlines) the template is the reply.
With an LLM the prompt is a short fixed system prompt (identical every turn, so llama.cpp's prefix cache reuses it),
then the facts as a compact list and the question; tokens stream out through ``guarded_stream``. Any fault (down,
slow, garbage, cut mid-stream) falls back to the template with a notice. Verify checks the LLM's text next.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent import templates
from agent.llm.base import ChatMessage, ChatModel
from agent.state import JourneyResult
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


# CJK full stops need no space after them; Latin ones do ("$9.99" is not a sentence end).
_SENTENCE_END = re.compile(r"[。！？]|[.!?…](?=\s|$|[\"»”)])")


def complete_sentences(text: str) -> str:
    """Drop a trailing fragment cut off by the token limit ("…费用为$1"): half a figure is a wrong figure.
    A reply with no sentence end at all is kept whole (short answers need not end with a full stop)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends or ends[-1] >= len(text.rstrip()):
        return text
    return text[: ends[-1]].rstrip()


@dataclass
class Composed:
    text: str
    template: str
    used_llm: bool = False
    notices: list[str] = field(default_factory=list)
    streamed: bool = False  # tokens already went out (the channel shows them; done.text is authoritative)


async def compose(
    *,
    question: str,
    language: str,
    result: JourneyResult,
    model: ChatModel | None,
    settings: Settings,
    emit: Callable[[dict[str, Any]], None],
) -> Composed:
    """Write the reply; stream tokens through ``emit({"type": "token", "text": ...})`` as they come."""
    template = template_reply(result, language)
    if model is None or not result.llm_ok or not result.fact_lines:
        emit({"type": "token", "text": template})
        return Composed(text=template, template=template)
    from agent.llm.factory import guarded_stream

    pieces: list[str] = []
    try:
        async for piece in guarded_stream(
            model,
            build_messages(question, language, result),
            first_token_timeout_s=settings.llm.first_token_timeout_s,
            total_timeout_s=settings.llm.timeout_s,
            max_tokens=min(settings.llm.max_tokens, COMPOSE_MAX_TOKENS),
            temperature=settings.llm.temperature,
        ):
            pieces.append(piece)
            emit({"type": "token", "text": piece})
    except LLMUnavailable as exc:
        log.warning("compose fell back to the template: %s", exc.message)
        notice = templates.t("notice_llm", language)
        if not pieces:
            emit({"type": "token", "text": template})
        return Composed(text=template, template=template, notices=[notice], streamed=bool(pieces))
    text = complete_sentences("".join(pieces).strip())
    if not text:
        emit({"type": "token", "text": template})
        return Composed(text=template, template=template, notices=[templates.t("notice_llm", language)])
    return Composed(text=text, template=template, used_llm=True, streamed=True)
