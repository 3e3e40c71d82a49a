"""Compose: write the reply from this turn's tool results only, in the shopper's language, short.

Without an LLM (or when the journey's reply must be exact: refusals, tables, outlines) the template is the reply.
With an LLM the prompt is a short fixed system prompt (identical every turn, so llama.cpp's prefix cache reuses it),
then the facts as a compact list and the question; its pieces come through ``guarded_stream``. Nothing goes to the
channel unverified: pieces are buffered into sentences, and each sentence is verified (``agent.stream_verify``)
before it is emitted; a failing sentence is dropped. Any fault (down, slow, garbage, cut mid-stream) keeps what
was already shown and adds the template reply (its sentences verified too) with a notice.

Who writes is the reply policy's choice per journey and language (``agent.reply_policy``): the template, the model,
or the template followed by one short model sentence. Model sentences also pass a style check
(``agent.reply_style``: no self-narration, no judgement the facts do not make) before verification.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from agent import templates
from agent.llm.base import ChatMessage, ChatModel
from agent.reply_policy import ReplyMode, mode_for
from agent.reply_style import style_problems
from agent.state import JourneyResult
from agent.stream_verify import DroppedSentence, SentenceBuffer, Source, VerifiedReply, is_whole
from shopkeeper.errors import LLMUnavailable
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

# Fixed: the same bytes every turn, so the model's prefix cache holds it. Keep it short (~35 tok/s prompt speed).
# Issue 16: replies that narrated themselves ("The shop assistant would say, ...") or judged ("X is better than Y")
# with no fact behind it, and English answers to Chinese questions; the prompt says so plainly, and
# ``agent.reply_style`` drops a sentence that does it anyway.
SYSTEM_PROMPT = (
    "You answer a shopper directly, as the store. Write 1-2 short sentences, only in the language named, "
    "and answer the question first. Use only the facts given: no other prices, numbers, dates, stock or products. "
    "Never say better, best or worse unless a fact says so. No quotes, no narration, no labels. "
    "Product cards are shown separately."
)
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese"}
# The last line of the prompt, in the shopper's language: a small model continues in the language it last read.
# A bare label: a cue that says "in Russian" was echoed back by the packaged 1.5B model ("Вот ... по-русски:").
_REPLY_CUE = {"en": "Reply:", "ru": "Ответ:", "zh": "回答："}
_ADD_ON = "The shopper already sees these products with prices and stock. Write one short sentence that helps choose."
MAX_FACT_LINES = 4  # prompt processing is the slow part on 2 cores
COMPOSE_MAX_TOKENS = 80  # 1-2 sentences; a cut last sentence is dropped, never shown
ADD_MAX_TOKENS = 48  # the one sentence of "template+model"


def build_messages(question: str, language: str, result: JourneyResult, *, add_on: bool = False,
                   system: str = SYSTEM_PROMPT) -> list[ChatMessage]:
    """The prompt: the fixed system prompt, then this turn's facts and question, ending with a cue in the shopper's
    language. ``add_on``: ask for one sentence to follow the template reply (policy "template+model").
    ``system``: another fixed system prompt (an A/B experiment's, agent.reply_variants)."""
    lang = templates.lang_of(language)
    lines = [_localized_locations(line, lang) for line in result.fact_lines[:MAX_FACT_LINES]]
    facts = "\n".join(f"- {line}" for line in lines) or "- (no facts)"
    user = (f"Language: {LANGUAGE_NAMES.get(language, language)}\n"
            f"Shopper: {question[:400]}\n"
            f"Facts:\n{facts}\n"
            + (f"{_ADD_ON}\n" if add_on else "")
            + _REPLY_CUE[lang])
    return [ChatMessage(role="system", content=system), ChatMessage(role="user", content=user)]


_LOCATION_IN_LINE = re.compile(r"\bAisle\s+[\w-]+(?:,\s*shelf\s+[\w-]+)?")


def _localized_locations(line: str, lang: str) -> str:
    """A fact line with its shelf locations in the shopper's language, so the model need not translate them (it
    copied "Aisle 8, shelf B" into Russian and Chinese replies)."""
    if lang == "en":
        return line
    return _LOCATION_IN_LINE.sub(lambda m: templates.location(m.group(0), lang), line)


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
    policy: ReplyMode = "model"  # the reply policy's mode for this turn (agent.reply_policy)


async def compose(
    *,
    question: str,
    language: str,
    result: JourneyResult,
    model: ChatModel | None,
    settings: Settings,
    emit: Callable[[dict[str, Any]], None],
    policy: ReplyMode | None = None,
    system_prompt: str = SYSTEM_PROMPT,
    price_display: str = "price_and_stock",
) -> Composed:
    """Write the reply, emitting ``{"type": "token", "text": sentence}`` for each sentence once it is verified.

    ``policy`` (default: the settings' reply policy for this journey and language) says who writes:
    "template" the template only; "model" the LLM's sentences as they complete, and when none of them survives
    verification (a reply whose first sentence fails is stopped there) or the model fails (down, slow, garbage,
    cut mid-stream), the template's sentences through the same gate; "template+model" the template's sentences
    first, then at most one short LLM sentence. ``system_prompt`` and ``price_display``: an A/B experiment's
    variant for the session (agent.reply_variants); the defaults otherwise.
    """
    with templates.price_display(price_display):
        template = template_reply(result, language)
    mode = policy or mode_for(settings, result.intent, language)
    gate = StyledReply(facts=result.facts, language=language, default_currency=settings.currency, emit=emit,
                       facts_text="\n".join(result.fact_lines))
    notices: list[str] = []
    llm_failed = False
    may_use_model = model is not None and result.llm_ok and bool(result.fact_lines) and mode != "template"
    if may_use_model and mode == "model":
        assert model is not None
        llm_failed = not await _stream_llm(gate, model, build_messages(question, language, result,
                                                                      system=system_prompt),
                                           settings, max_tokens=COMPOSE_MAX_TOKENS)
        if llm_failed:
            notices.append(templates.t("notice_llm", language))
    if mode != "model" or llm_failed or not gate.kept["llm"]:
        gate.offer_text(template, source="template")
    if may_use_model and mode == "template+model" and gate.kept["template"]:
        # The shopper already reads the template's answer; the model may add one sentence. A failure here costs
        # nothing the shopper needs, so it is logged, not announced.
        assert model is not None
        if not await _stream_llm(gate, model, build_messages(question, language, result, add_on=True,
                                                             system=system_prompt),
                                 settings, max_tokens=ADD_MAX_TOKENS, max_sentences=1):
            log.info("the model's added sentence failed; the template reply stands alone")
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
                    dropped=list(gate.dropped), policy=mode)


@dataclass
class StyledReply(VerifiedReply):
    """The verification gate, plus the style check (``agent.reply_style``) for the model's sentences.

    Verification runs first, so a sentence with a wrong figure or language is dropped for that (the more exact
    reason); one that is true but narrates or judges is dropped for its manner."""

    facts_text: str = ""  # this turn's facts as the model saw them: a word they use is no unfounded judgement

    def offer(self, sentence: str, *, source: Source) -> bool:
        body = sentence.strip()
        if source == "llm" and body:
            problems = style_problems(body, self.facts_text)
            if problems:
                ok, reasons = self._verify(body)
                return self._drop(body, reasons if not ok else tuple(problems), source)
            if self.kept["template"] and not is_whole(self.text):
                self._gap = "\n"  # after a template's list line ("3. Tent: $526.99, 51 in stock"): a line of its own
        return super().offer(sentence, source=source)


async def _stream_llm(gate: VerifiedReply, model: ChatModel, messages: list[ChatMessage], settings: Settings, *,
                      max_tokens: int, max_sentences: int | None = None) -> bool:
    """Stream the model's reply through ``gate`` sentence by sentence; False when the model failed.

    ``max_sentences``: stop the model once that many of its sentences were offered (kept or dropped)."""
    from agent.llm.factory import guarded_stream

    buffer = SentenceBuffer(gate.language)
    offered = 0
    first_kept = gate.kept["llm"]
    # guarded_stream is an async generator (typed as an iterator): closing it stops the model's worker.
    stream = cast(AsyncGenerator[str, None], guarded_stream(
        model,
        messages,
        first_token_timeout_s=settings.llm.first_token_timeout_s,
        total_timeout_s=settings.llm.timeout_s,
        max_tokens=min(settings.llm.max_tokens, max_tokens),
        temperature=settings.llm.temperature,
    ))
    try:
        async with contextlib.aclosing(stream) as pieces:  # leaving early stops the model at its next piece
            async for piece in pieces:
                for sentence in buffer.feed(piece):
                    offered += 1
                    if not gate.offer(sentence, source="llm") and gate.kept["llm"] == first_kept:
                        # The reply started wrong (a false claim, another language, narration): the rest is likely
                        # dropped too, so the shopper gets the template now instead of waiting for the whole stream.
                        log.info("the LLM's first sentence failed; the template answers instead")
                        return True
                    if max_sentences is not None and offered >= max_sentences:
                        return True
    except LLMUnavailable as exc:
        # What was shown stays shown; the unfinished sentence in the buffer is never shown.
        log.warning("the LLM failed mid-reply (%s); the template follows", exc.message)
        return False
    tail = buffer.rest()
    if tail.strip():
        if is_whole(tail) or (gate.kept["llm"] == first_kept and offered == 0):
            # A last sentence, or a short answer that is the whole reply (it need not end with a full stop).
            gate.offer(tail, source="llm")
        else:
            gate.drop_fragment(tail)  # cut by the token limit: half a figure is a wrong figure
    return True
