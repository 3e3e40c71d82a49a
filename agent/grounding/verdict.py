"""The verifier's stable API: a verdict per sentence, and a reply verdict that keeps only the verified sentences.

``verify_sentence`` is what verified streaming calls on each sentence as it completes; ``verify_reply`` runs it
over a whole reply (template or LLM). A verdict's reasons say which claim failed and why, for the log.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from pydantic import BaseModel

from agent.grounding.sentence import check_sentence, subject_of
from agent.grounding.sentences import split_sentences
from agent.grounding.subjects import read_facts

log = logging.getLogger(__name__)


class SentenceVerdict(BaseModel):
    ok: bool
    reasons: list[str] = []  # one per failed claim: which claim, and why it failed


class SentenceResult(BaseModel):
    sentence: str
    verdict: SentenceVerdict


class ReplyVerdict(BaseModel):
    sentences: list[SentenceResult] = []

    @property
    def ok(self) -> bool:
        return all(s.verdict.ok for s in self.sentences)

    @property
    def kept_text(self) -> str:
        """The reply with its failing sentences dropped (sentences keep their own spacing)."""
        return "".join(s.sentence for s in self.sentences if s.verdict.ok).strip()

    @property
    def failures(self) -> list[SentenceResult]:
        return [s for s in self.sentences if not s.verdict.ok]

    def reason(self) -> str:
        return "; ".join(f"{s.sentence.strip()!r}: {', '.join(s.verdict.reasons)}" for s in self.failures)


def verify_sentence(sentence: str, facts: list[dict[str, Any]], *, language: str,
                    default_currency: str | None = None, today: dt.date | None = None,
                    previous: str | None = None) -> SentenceVerdict:
    """Is every claim in ``sentence`` true of its own subject in ``facts`` (this turn's tool outputs), and is the
    sentence in ``language`` (names and titles quoted from the facts aside)? ``today`` places dates written
    without a year (default: the current date); ``previous``, the sentence shown before it, lets a claim with no
    subject of its own ("We have 79 units.") be checked against the product that sentence named."""
    failed = check_sentence(sentence, facts, language=language, default_currency=default_currency, today=today,
                            previous=previous)
    if failed:
        log.info("sentence failed verification: %r: %s", sentence.strip()[:300], "; ".join(map(str, failed)))
    return SentenceVerdict(ok=not failed, reasons=[str(f) for f in failed])


def verify_reply(text: str, facts: list[dict[str, Any]], *, language: str,
                 default_currency: str | None = None, today: dt.date | None = None) -> ReplyVerdict:
    """Every sentence of ``text`` verified on its own; ``.kept_text`` is what may be shown."""
    read = read_facts(facts, default_currency=default_currency)
    results: list[SentenceResult] = []
    previous: str | None = None
    for s in split_sentences(text, language):
        failed = check_sentence(s, facts, language=language, read=read, today=today, previous=previous) \
            if s.strip() else []
        if failed:
            log.info("sentence failed verification: %r: %s", s.strip()[:300], "; ".join(map(str, failed)))
        previous = subject_of(previous, s, facts, read=read) if s.strip() else previous
        verdict = SentenceVerdict(ok=not failed, reasons=[str(f) for f in failed])
        results.append(SentenceResult(sentence=s, verdict=verdict))
    return ReplyVerdict(sentences=results)


def warm_up() -> None:
    """Load what verifying Russian and Chinese needs (the Russian dictionary, jieba's dictionary and tagger) so the
    first shopper's sentence does not wait for it: about 3 s once per process."""
    facts: list[dict[str, Any]] = [{"title": "Парка Alpen 派克大衣", "price": "1", "currency": "USD", "in_stock": True}]
    # The sentences name invented products on purpose (that path loads the dictionaries); their failures are
    # expected, so they stay out of the log a terminal user reads.
    quiet = log.level
    log.setLevel(logging.WARNING)
    try:
        verify_sentence("Парка Велмора стоит 1 $.", facts, language="ru")
        verify_sentence("雪狐星派克大衣售价US$1。", facts, language="zh")
    finally:
        log.setLevel(quiet)
