"""A script as Markdown for the host: a heading per block with its start time and budget, then its lines.

The headings carry the plan's figures (start times, seconds, product numbers); ``plan_fact`` lists them, so the
chat's reply gate, which reads every figure as a claim, finds each one in this turn's results.
"""

from __future__ import annotations

from typing import Any

from tools.livestream.models import Script, Segment
from tools.livestream.phrases import HEADINGS
from tools.livestream.timing import clock


def _h(key: str, lang: str) -> str:
    return HEADINGS[key].get(lang) or HEADINGS[key]["en"]


def heading(seg: Segment, number: int | None, lang: str) -> str:
    if seg.kind == "product":
        name = f"{_h('product', lang)} {number}" if seg.round == 1 else _h("recap", lang)
    else:
        name = _h(seg.kind, lang)
    return f"## {clock(seg.start_s)} · {name} · {seg.seconds} {_h('seconds', lang)}"


def numbers(script: Script) -> list[int | None]:
    """The product number of each segment (first presentations only): "Product 2"."""
    out: list[int | None] = []
    n = 0
    for seg in script.segments:
        if seg.kind == "product" and seg.round == 1:
            n += 1
            out.append(n)
        else:
            out.append(None)
    return out


def render(script: Script) -> str:
    lang = script.language
    title = _h("title", lang) + (f": {script.theme}" if script.theme else "")
    minutes = {"en": f"{script.minutes} min", "ru": f"{script.minutes} мин", "zh": f"{script.minutes}分钟"}[lang]
    parts = [f"# {title} · {minutes}", ""]
    for seg, number in zip(script.segments, numbers(script), strict=True):
        parts.append(heading(seg, number, lang))
        parts += [line.text for line in seg.lines]
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def plan_fact(script: Script) -> dict[str, Any]:
    """The script's plan as a tool result: the figures its headings show."""
    return {
        "stream_plan": {
            "minutes": script.minutes,
            "segments": [
                {"start": clock(seg.start_s), "seconds": seg.seconds, "number": n}
                for seg, n in zip(script.segments, numbers(script), strict=True)
            ],
        }
    }
