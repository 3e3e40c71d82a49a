"""Word-level analysis for the classifier: Russian lemmas, English stems, Chinese words; function words kept.

Search drops "where", "my", "can" as stop words; for intent they are the signal ("where is MY order", "CAN I
return"), so this analyzer keeps them. Lemmas let one Russian example cover its other case forms.
"""

from __future__ import annotations

import re

from knowledge.text import en_stem, normalize, ru_lemma, zh_words

_RUN = re.compile(r"(?P<zh>[\u3400-\u4dbf\u4e00-\u9fff]+)|(?P<ru>[а-яё]+)|(?P<num>\d+)|(?P<en>[a-z]+(?:'[a-z]+)?)")


def word_terms(text: str) -> list[str]:
    """Analysed words of ``text`` in order (numbers become "0": an order number is not an intent)."""
    out: list[str] = []
    for m in _RUN.finditer(normalize(text)):
        kind, run = m.lastgroup, m.group()
        if kind == "zh":
            out.extend(zh_words(run))
        elif kind == "ru":
            out.append(ru_lemma(run))
        elif kind == "num":
            out.append("0")
        else:
            out.append(en_stem(run))
    return out
