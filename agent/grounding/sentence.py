"""One sentence checked: its claims against their subjects, and its language against the shopper's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from agent.grounding.report import fact_strings, own_words
from agent.grounding.subjects import Facts, read_facts
from agent.grounding.verify import Failure, check_sentence_claims, subject_sentence, unglue
from agent.understand.language import dominant_language


def check_sentence(sentence: str, facts: list[dict[str, Any]], *, language: str | None,
                   default_currency: str | None = None, read: Facts | None = None,
                   today: dt.date | None = None, previous: str | None = None) -> list[Failure]:
    """The claims of ``sentence`` that ``facts`` do not support; empty when it is verified.

    ``language`` None skips the language check (for callers that do not know the shopper's language); ``read`` is
    ``facts`` already read, when the caller checks several sentences against the same facts; ``previous`` is the
    sentence before this one (its product is what "we have 79 units" is about)."""
    subjects = read or _read_cached(facts, default_currency)
    reasons = check_sentence_claims(sentence, subjects, language=language or "en", today=today, previous=previous)
    if language is not None:
        # Titles and brands quoted from the facts are not the reply's own words: "Trail Boots" in a Russian
        # sentence is fine, an English sentence is not.
        own = _unquoted(_CODES.sub(" ", own_words(unglue(sentence), facts)), facts, language)
        said = dominant_language(own)
        if said is not None and said != language and _letters(own, said) >= 4:
            reasons.append(Failure("language", said, f"written in {said}, not {language}"))
    return reasons


_CODES = re.compile(r"\b(?:US|USD|EUR|RUB|CNY|GBP|RMB|CAD|AUD|SKU|ID|OK|No|km|kg|cm|mm|ml|W|V|L|XS|XXS|S|M|L|XL|XXL|"
                    r"XXXL|[2-5]XL)\b")


def _letters(text: str, language: str) -> int:
    """Letters of ``language``'s script in ``text``, currency codes and units aside: "：US$2.09" says nothing."""
    text = _CODES.sub(" ", text)
    if language == "zh":
        return len(re.findall(r"[\u4e00-\u9fff]", text))
    if language == "ru":
        return len(re.findall(r"[А-Яа-яЁё]", text))
    return len(re.findall(r"[A-Za-z]", text))


_CACHE: dict[int, tuple[list[dict[str, Any]], int, str | None, Facts]] = {}
_CACHE_SIZE = 16


def _read_cached(facts: list[dict[str, Any]], default_currency: str | None) -> Facts:
    """``read_facts`` once per turn: streaming verifies each sentence against the same facts list. The entry holds
    the list itself, so its id cannot be reused by another list while cached."""
    hit = _CACHE.get(id(facts))
    if hit is not None and hit[0] is facts and hit[1] == len(facts) and hit[2] == default_currency:
        return hit[3]
    read = read_facts(facts, default_currency=default_currency)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)), None)
    _CACHE[id(facts)] = (facts, len(facts), default_currency, read)
    return read


_RUNS = {
    "latin": re.compile(r"[A-Za-z][A-Za-z'’&\- ]*[A-Za-z]"),
    "cyrillic": re.compile(r"[А-Яа-яЁё][А-Яа-яЁё'’\- ]*[А-Яа-яЁё]"),
    "han": re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff0-9，、：（）]*"),
}


def _unquoted(text: str, facts: list[dict[str, Any]], language: str) -> str:
    """``text`` without the runs of another script that it copies from the facts: a Russian product card quotes
    an English description sentence by sentence, which is the catalog's wording, not the reply's language."""
    joined = " ".join(" ".join(s.split()) for s in fact_strings(facts)).lower()
    for script, pattern in _RUNS.items():
        if (script == "latin" and language == "en") or (script == "cyrillic" and language == "ru") \
                or (script == "han" and language == "zh"):
            continue
        for m in list(pattern.finditer(text)):
            run = " ".join(m.group(0).split()).strip(" .,:;").lower()
            if len(run) >= 3 and run in joined:
                text = text.replace(m.group(0), " ")
    return text


def subject_of(previous: str | None, sentence: str, facts: list[dict[str, Any]], default_currency: str | None = None,
               read: Facts | None = None) -> str:
    """The sentence that binds the next one's subject-less claims, once ``sentence`` has been shown after
    ``previous`` (see ``agent.grounding.verify.subject_sentence``)."""
    return subject_sentence(previous, sentence, read or _read_cached(facts, default_currency))
