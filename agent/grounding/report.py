"""One report for a whole reply, for callers that check a reply at once (evals, tests): ``check_results``.

It is the claim-level check of every sentence (``agent.grounding.verify``), without the language check (the
caller may not know the shopper's language); ``extract_figures`` lists the claims a text makes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from agent.grounding.claims import STATE_WORDS, extract_claims
from agent.grounding.sentences import split_sentences
from agent.grounding.subjects import read_facts
from agent.grounding.verify import check_sentence_claims, subject_sentence
from knowledge.language import dominant_language

ORDER_STATES = tuple(STATE_WORDS)


class Figure(BaseModel):
    """A claim as a report shows it: its kind, its words, its readings, and why it failed (when it did)."""

    kind: str  # money | percent | number | date | state | stock_flag | stock_qty | size | name | order ...
    text: str
    values: list[str] = []  # readings (numbers), ISO dates or states
    currency: str | None = None
    why: str = ""


class GroundingReport(BaseModel):
    ok: bool
    checked: int
    unsupported: list[Figure] = []

    def reason(self) -> str:
        return ", ".join(f"{f.kind} {f.text!r}" + (f" ({f.why})" if f.why else "") for f in self.unsupported)


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def check_results(reply: str, results: Iterable[Any], *, default_currency: str | None = None,
                  language: str | None = None, today: dt.date | None = None) -> GroundingReport:
    """Is every claim of ``reply`` true of its own subject in ``results`` (this turn's tool outputs)? The language
    of each sentence is read from its script when ``language`` is not given; it is not itself checked here."""
    facts = [_plain(r) for r in results]
    read = read_facts(facts, default_currency=default_currency)
    bad: list[Figure] = []
    checked = 0
    previous: str | None = None
    for sentence in split_sentences(reply, language or "en"):
        checked += len(extract_claims(sentence, [], []))
        lang = language or dominant_language(sentence) or "en"
        for f in check_sentence_claims(sentence, read, language=lang, today=today, previous=previous):
            bad.append(Figure(kind=f.kind, text=f.text, why=f.why))
        previous = subject_sentence(previous, sentence, read)
    return GroundingReport(ok=not bad, checked=checked, unsupported=bad)


def extract_figures(text: str, today: dt.date | None = None) -> list[Figure]:
    """Every claim ``text`` makes, in order: money with its currency and readings, dates, states, stock..."""
    out: list[Figure] = []
    for c in extract_claims(text, [], []):
        if c.kind == "date" and c.date is not None:
            values = sorted(d.isoformat() for d in c.date.dates(today))
        elif c.kind in ("state", "stock_flag", "size", "carrier", "code"):
            values = [c.word]
        else:
            values = sorted(str(v) for v in c.values)
        out.append(Figure(kind=c.kind, text=c.text, values=values, currency=c.currency))
    return out


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)
    elif hasattr(value, "model_dump"):
        yield from _strings(value.model_dump())


def fact_strings(results: Iterable[Any]) -> list[str]:
    """Every string in the tool results (titles, brands, descriptions, locations...)."""
    return list(_strings(list(results)))


def own_words(reply: str, results: Iterable[Any]) -> str:
    """``reply`` without the strings it quotes from the tool results (titles, brands, locations): what is left is
    the model's own wording, whose language must be the shopper's."""
    quoted = sorted({s for s in _strings(list(results)) if len(s) >= 4}, key=len, reverse=True)
    for s in quoted:
        reply = reply.replace(s, " ")
    return reply
