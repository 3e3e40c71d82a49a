"""Location questions: "where are the batteries?", «в каком ряду палатки», "帐篷放在哪" are answered with the aisle
and shelves first (issue 13 item 1), from the ``location`` facts of the products search found.

``asks_where`` is the cue (en/ru/zh); ``places`` groups the hits' locations: the hits of the category the top hits
share (else the top hits), or the one product the shopper named, by aisle, the aisle with most of them first.
No location in the facts gives no places, and the reply says nothing about location (never invent one).
The sentence itself is ``templates.where_sentence``; its aisle and shelf figures are claims the verifier checks
(``agent.grounding.locations``).
"""

from __future__ import annotations

import re
from typing import Any

from agent import templates

# A question about where something is, not a story that happens to say "where" ("it rains where I live").
_CUE = re.compile(
    # en: "where are the batteries", "where's the tent", "where can I find hiking socks", "which aisle are tents in"
    r"\bwhere(?:'s|\s+(?:is|are|do you (?:keep|have|put|sell|stock)|can i (?:find|get|buy|see|look)|"
    r"could i find|would i find|will i find|should i look|might i find|to find|to look))\b|"
    r"\b(?:which|what)\s+(?:aisle|shelf|shelves|section|department|row)\b|"
    r"\bin which (?:aisle|section|department|row)\b|\b(?:aisle|shelf) (?:for|with)\b|"
    # ru: «где батарейки», «где найти», «подскажите, где лежат», «в каком ряду палатки», «на какой полке»
    r"(?:^|[,.!?;:—-]\s*|(?<![а-яё])(?:а|и|ну|так|подскажите|скажите|не подскажете)\s+)где(?![а-яё])|"
    r"(?<![а-яё])где\s+(?:у вас|тут|здесь|в магазине|находится|находятся|лежит|лежат|стоит|стоят|висят|найти|"
    r"взять|искать|посмотреть|купить|продаются|продаётся|продается|можно)(?![а-яё])|"
    r"(?<![а-яё])(?:в|на)\s+как(?:ом|ой|их)\s+(?:ряду|рядах|отделе|отделах|проходе|секции|полке|полках|стеллаже|"
    r"зоне|месте)(?![а-яё])|"
    # zh: "电池在哪里", "帐篷放在哪", "哪个通道有帐篷", "在几号通道"; not "差在哪" (a comparison)
    r"(?<!差)(?<!区别)(?<!不同)(?<!差别)在哪|哪个(?:通道|货架|区域|区|柜台)|哪(?:一)?排|几号(?:通道|货架)|"
    r"放哪|摆在哪|搁哪",
    re.IGNORECASE,
)

OTHER_AISLES = 2  # besides the main aisle, at most this many more are named


def without_where(text: str) -> str:
    """``text`` without the words that ask where ("where is the Trailmark Orbit X?" -> " the Trailmark Orbit X?"), so a
    name resolver reads only the name."""
    return _WHERE_VERBS.sub(" ", _CUE.sub(" ", _ZH_WHERE.sub(" ", text)))


_ZH_WHERE = re.compile(r"(?:放|摆)?在哪(?:里|儿|个位置)?")  # the whole of "在哪里", not the cue's "在哪" alone
# «где находится X»: the cue may take only «где»; the verb after it is no part of a name either.
_WHERE_VERBS = re.compile(r"(?<![а-яё])(?:находится|находятся|лежит|лежат|стоит|стоят|продаётся|продается|"
                          r"продаются)(?![а-яё])", re.IGNORECASE)


def asks_where(text: str) -> bool:
    """Whether the shopper asks where something is in the store."""
    return bool(_CUE.search(text.strip()))


def _of_interest(
    hits: list[dict[str, Any]], pinned: list[dict[str, Any]], category: str | None
) -> tuple[list[dict[str, Any]], str, bool]:
    """The products whose places answer the question, the subject the answer names, and whether it is a product."""
    if len(pinned) == 1:
        return pinned, str(pinned[0].get("title") or ""), True
    if category:
        return [h for h in hits if h.get("category") == category], category, False
    return hits[:3], "", False


def places(
    hits: list[dict[str, Any]], *, pinned: list[dict[str, Any]] | None = None, category: str | None = None
) -> dict[str, Any] | None:
    """The places of the products a location question is about, grouped by aisle, for ``templates.where_sentence``;
    None when none of them has a location."""
    chosen, subject, is_product = _of_interest(hits, pinned or [], category)
    aisles: dict[str, list[str]] = {}  # aisle -> shelves, in the order the ranking met them
    count: dict[str, int] = {}
    raw: list[str] = []
    for h in chosen:
        text = str(h.get("location") or "").strip()
        if not text or text.lower() == "backroom":
            continue  # in the backroom is nowhere a shopper can go
        parsed = templates.parse_location(text)
        if parsed is None:
            if text not in raw:
                raw.append(text)  # an imported catalog's own wording: said as it is
            continue
        aisle, shelf = parsed
        shelves = aisles.setdefault(aisle, [])
        count[aisle] = count.get(aisle, 0) + 1
        if shelf and shelf not in shelves:
            shelves.append(shelf)
    if not aisles and not raw:
        return None
    order = sorted(aisles, key=lambda a: -count[a])  # stable: among equals, the better-ranked product's aisle first
    grouped: list[dict[str, Any]] = [{"aisle": a, "shelves": sorted(aisles[a])} for a in order]
    grouped += [{"raw": r} for r in raw]
    return {"subject": subject, "product": is_product, "places": grouped[: 1 + OTHER_AISLES]}
