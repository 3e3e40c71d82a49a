"""Russian as learners write it: the case a preposition asks for, put where the nominative was written.

"без лактоза", "для зима", "подарок для мой папа", "живот болит от молоко": a learner of Russian (or a phone's
voice input) leaves the noun after a preposition in the dictionary form. The readers downstream match «без лактозы»,
«для зимы», «от молока», so the refusal, the season and the recipient were lost ("ботинки для зима" found no kind).
After a preposition that takes the genitive, up to two words (an adjective or pronoun and its noun) that have no
genitive reading at all are put in the genitive with pymorphy3, keeping their number and gender; a word that can
already be genitive («сахара», «кофе», «детей») is left alone, so correct Russian never changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text import _morph  # the one analyzer of the process (its dictionaries are loaded once)

_GENITIVE_PREPOSITIONS = frozenset({"без", "для", "от", "до", "из", "у", "кроме", "вместо", "около", "возле", "против"})
_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_DECLINED = frozenset({"NOUN", "ADJF", "NPRO", "PRTF"})


@lru_cache(maxsize=4096)
def _genitive(word: str) -> tuple[str, bool] | None:
    """The genitive of ``word`` and whether it is a noun (which ends the phrase), when no reading of it is genitive
    already and its first reading declines; else None."""
    readings = _morph().parse(word)
    if not readings or any(p.tag.case == "gent" for p in readings):
        return None
    first = readings[0]
    if first.tag.POS not in _DECLINED or first.tag.case not in ("nomn", "accs"):
        return None
    inflected = first.inflect({"gent"})
    if inflected is None:
        return None
    # The dictionary writes ё; the shopper may not have, and the readers downstream fold ё to е anyway.
    new = str(inflected.word) if "ё" in word else str(inflected.word).replace("ё", "е")
    return new, first.tag.POS == "NOUN"


def with_cases(text: str) -> str:
    """``text`` with the nominative after a genitive preposition put in the genitive ("без лактоза" -> "без
    лактозы"); text with no Cyrillic, or with the cases right, comes back unchanged."""
    if not re.search(r"[а-яё]", text, re.IGNORECASE):
        return text
    words = list(_WORD.finditer(text))
    swaps: list[tuple[int, int, str]] = []
    for i, m in enumerate(words):
        if m.group().lower() not in _GENITIVE_PREPOSITIONS:
            continue
        end = m.end()
        for nxt in words[i + 1:i + 3]:
            if text[end:nxt.start()].strip():
                break  # a comma or a figure between: the phrase after the preposition has ended
            word = nxt.group()
            if word.lower() in _GENITIVE_PREPOSITIONS or (word[:1].isupper() and nxt.start() > 0
                                                         and text[nxt.start() - 1] != "."):
                break  # another preposition, or a name inside the sentence
            found = _genitive(word.lower())
            if found is None:
                break
            swaps.append((nxt.start(), nxt.end(), found[0]))
            end = nxt.end()
            if found[1]:
                break  # the noun ends the phrase: "для зима размер 45" keeps «размер»
    if not swaps:
        return text
    out, last = [], 0
    for start, stop, new in swaps:
        out += [text[last:start], new]
        last = stop
    return "".join(out) + text[last:]


__all__ = ["with_cases"]
