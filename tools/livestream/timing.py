"""How long a script takes to say: spoken units per language, and time budgets that add up to the length.

Units: English and Russian count words (runs of letters or digits, joined by an apostrophe or hyphen: "don't",
"1-Person" are one word each); Chinese counts Han characters, plus one per run of Latin letters or digits
("Basecamp", "124.99"). A price like "$124.99" is one unit although it is said in several words; the rates in
``shopkeeper.settings.LivestreamSettings`` are averages over such text, not a phonetic model.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’\-.,][^\W_]+)*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RUN = re.compile(r"[A-Za-z0-9]+(?:['’\-.,][A-Za-z0-9]+)*")


def units(text: str, language: str) -> int:
    """Spoken units of ``text``: characters for Chinese, words otherwise."""
    if language == "zh":
        return len(_HAN.findall(text)) + len(_LATIN_RUN.findall(text))
    return len(_WORD.findall(text))


def unit_name(language: str) -> str:
    return "characters" if language == "zh" else "words"


def seconds_of(n_units: int, rate_per_min: float) -> float:
    return n_units * 60.0 / rate_per_min


def budgets(spoken: list[float], total_s: int) -> list[int]:
    """Whole-second budgets in proportion to ``spoken`` (each part's spoken seconds) that add up to ``total_s``
    exactly: floors first, then the largest remainders get the seconds left over."""
    whole = sum(spoken)
    if whole <= 0:
        raise ValueError("nothing to time")
    exact = [s * total_s / whole for s in spoken]
    out = [int(x) for x in exact]
    rest = total_s - sum(out)
    for i in sorted(range(len(exact)), key=lambda i: exact[i] - out[i], reverse=True)[:rest]:
        out[i] += 1
    return out


def clock(seconds: int) -> str:
    """ "2:05" for 125 s: the host's running clock."""
    return f"{seconds // 60}:{seconds % 60:02d}"
