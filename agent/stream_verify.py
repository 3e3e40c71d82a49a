"""Verified streaming: a reply reaches the channel one verified sentence at a time, never before.

Streamed LLM pieces are buffered (``SentenceBuffer``) until a sentence completes: en/ru/zh sentence ends as
``agent.grounding.split_sentences`` reads them (a decimal point or an abbreviation is not an end). A
sentence counts as complete only once text after its end has arrived, because "$9." may still become "$9.99".
Each complete sentence is checked by ``agent.grounding.verify_sentence`` against this turn's tool results, in the
shopper's language (``VerifiedReply.offer``); a sentence that passes is emitted as one ``token`` event, one that
fails is dropped and logged with its reasons. Nothing is ever "corrected" after it was shown: the reply is exactly
the sentences emitted, so ``done.text`` equals the concatenation of the token events. Template replies pass
through the same gate, sentence by sentence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from agent.grounding import split_sentences, subject_of, verify_sentence

log = logging.getLogger(__name__)

Source = Literal["llm", "template", "fallback"]
Emit = Callable[[dict[str, Any]], None]

# A sentence that ends with one of these (closing quotes and brackets aside) is whole: the last sentence of a stream
# that stopped by itself. A tail without one was cut by the token limit or a fault.
_FINAL_MARK = re.compile(r"[.!?…。！？；;][\"'»”」』)\]）]*$")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def is_whole(sentence: str) -> bool:
    """Does ``sentence`` end like a finished sentence (full stop, "!", "?", "…", "。", ...)?"""
    return bool(_FINAL_MARK.search(sentence.rstrip()))


class SentenceBuffer:
    """Collects streamed pieces and hands out each sentence once it is complete.

    ``"".join`` of everything ``feed`` returned plus ``rest()`` is exactly the text fed in.
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self._text = ""

    def feed(self, piece: str) -> list[str]:
        """Add a piece; return the sentences it completed (each with its trailing whitespace), in order."""
        self._text += piece
        parts = split_sentences(self._text, self.language)
        if len(parts) < 2:
            return []
        # Every part but the last has text after its end, so its end is final; the last may still grow.
        self._text = parts[-1]
        return parts[:-1]

    def rest(self) -> str:
        """What is left when the stream ends: a last sentence, a cut-off fragment, or ""."""
        text, self._text = self._text, ""
        return text


@dataclass(frozen=True)
class DroppedSentence:
    text: str
    reasons: tuple[str, ...]
    source: Source
    # False when it was dropped for another reason than a failed claim (a repeat, a fragment cut off at the end).
    failed_verification: bool = True


@dataclass
class VerifiedReply:
    """The gate between a reply's sentences and the channel: verify, then emit, or drop.

    ``after``: reply text already shown this turn (a hand-over line appended to it picks the right separator).
    """

    facts: list[dict[str, Any]]
    language: str
    default_currency: str | None
    emit: Emit
    after: str = ""
    shown: list[str] = field(default_factory=list)  # the token texts emitted, in order
    dropped: list[DroppedSentence] = field(default_factory=list)
    kept: dict[str, int] = field(default_factory=lambda: {"llm": 0, "template": 0, "fallback": 0})
    _gap: str | None = field(default=None, init=False)  # whitespace that followed the last sentence shown
    # The sentence whose product a subject-less claim is about: the last one shown, or the item line above a run
    # of field lines ("Item: X" / "Price: $5" / "Qty: 3").
    _subject: str | None = field(default=None, init=False)

    @property
    def text(self) -> str:
        return "".join(self.shown)

    def offer(self, sentence: str, *, source: Source) -> bool:
        """Verify one sentence; emit it (with the whitespace that separates it from the one before) if it passes."""
        body = sentence.strip()
        if not body:
            return False
        if source == "llm" and any(s.strip() == body for s in self.shown):
            # A model stuck in a loop repeats true sentences: showing one once is enough.
            return self._drop(body, ("repeats a sentence already shown",), source, failed_verification=False)
        ok, reasons = self._verify(body)
        if not ok:
            return self._drop(body, reasons, source)
        text = self._separator(body) + body
        self.emit({"type": "token", "text": text})
        self.shown.append(text)
        self._subject = subject_of(self._subject, body, self.facts, self.default_currency)
        self.kept[source] += 1
        trailing = sentence[len(sentence.rstrip()):]
        self._gap = trailing or None
        return True

    def offer_text(self, text: str, *, source: Source) -> int:
        """Offer every sentence of a whole text (a template reply); return how many were shown."""
        return sum(self.offer(s, source=source) for s in split_sentences(text, self.language))

    def reasons(self, sources: Iterable[Source] = ("llm", "template", "fallback")) -> list[str]:
        """Why sentences from ``sources`` failed verification (repeats and cut-off fragments aside)."""
        wanted = set(sources)
        return ["; ".join(d.reasons) for d in self.dropped if d.source in wanted and d.failed_verification]

    def drop_fragment(self, text: str) -> None:
        """Record a last fragment the stream left unfinished (cut by the token limit): it is never offered."""
        self._drop(text.strip(), ("unfinished sentence at the end of the stream",), "llm", failed_verification=False)

    # -- internals -------------------------------------------------------------------------------------------------

    def _separator(self, body: str) -> str:
        before = self.text or self.after
        if not before:
            return ""
        if self.shown and self._gap is not None:
            return self._gap
        if before[-1].isspace():
            return ""
        # Chinese runs sentences together; en/ru (and a Latin sentence after a Chinese one) take a space.
        return "" if _CJK.match(before[-1]) and _CJK.match(body[0]) else " "

    def _verify(self, sentence: str) -> tuple[bool, tuple[str, ...]]:
        try:
            # The sentence shown before binds a claim with no subject of its own ("We have 79 units.").
            verdict = verify_sentence(sentence, self.facts, language=self.language,
                                      default_currency=self.default_currency,
                                      previous=self._subject)
        except Exception as exc:  # a verifier fault must not let an unverified sentence through
            log.exception("verifying a sentence failed; it is not shown")
            return False, (f"verifier error: {type(exc).__name__}",)
        return bool(verdict.ok), tuple(str(r) for r in verdict.reasons)

    def _drop(self, body: str, reasons: tuple[str, ...], source: Source, *, failed_verification: bool = True) -> bool:
        self.dropped.append(DroppedSentence(body, reasons, source, failed_verification))
        log.warning("%s sentence dropped (%s): %r", source, "; ".join(reasons) or "no reason given", body[:300])
        return False


def verified_tokens(text: str, *, facts: list[dict[str, Any]], language: str, default_currency: str | None,
                    after: str = "") -> list[str]:
    """The token texts that ``text`` (a fixed reply, e.g. an error message) leaves after verification."""
    out: list[str] = []
    gate = VerifiedReply(facts=facts, language=language, default_currency=default_currency,
                         emit=lambda e: out.append(str(e["text"])), after=after)
    gate.offer_text(text, source="fallback")
    return out
