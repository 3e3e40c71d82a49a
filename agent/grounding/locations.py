"""Shelf locations as claims: "aisle 4, shelves B and C", «в 4-м ряду, на полке B», "4号通道B、C层货架".

A place said in a reply is one claim: its aisle and the shelves said with it. It is true of a product whose location
(its "Aisle 4, shelf B" text, or the aisle and shelf fields of an ops row) has that aisle and each of those shelves;
said of no product by name, every (aisle, shelf) said must be some product's of this turn (a category's shelves
come from several products). Read before ordinals and plain numbers, so "в 4-м ряду" is a claim, not an ordinal,
and the aisle's digits are not checked again as a bare number (which any figure of any product could have passed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from knowledge.figures import zh_to_int

Place = tuple[str, str | None]  # (aisle, shelf or None), upper-cased


@dataclass(frozen=True)
class SaidPlace:
    """A place as a reply says it: the aisle (None when only shelves are said) and the shelves."""

    start: int
    end: int
    text: str
    aisle: str | None
    shelves: tuple[str, ...]


_ID = r"\d{1,3}[A-Za-z]?(?![A-Za-z0-9])"  # an aisle: "4", "12", "4B"
_SHELF = r"(?:(?!I\s+[a-z])[A-Z]|\d{1,2})(?![A-Za-z0-9])"  # a shelf: "B", "3" (not "the shelf I showed you")
_SHELVES = rf"{_SHELF}(?:\s*(?:,|and|&|or|/|и|или|、|，|和|及|或)\s*{_SHELF})*"
_ZH_N = r"\d{1,3}|[一二三四五六七八九十]{1,3}"

_AISLE = re.compile(
    rf"(?i:\baisle)\s*(?:#|no\.?\s*|number\s+)?(?P<en>{_ID})|"
    rf"(?P<en2>\d{{1,3}})(?i:st|nd|rd|th)\s+(?i:aisle)\b|"
    # Not a size range («размерный ряд 36–42») nor a count («в 3 ряда»): an ordinal's ending is required before.
    rf"(?<![а-яёА-ЯЁ])(?<!размерный )(?i:ряд(?:у|а|е)?|проход(?:е|а|у)?)\s*(?:№\s*)?(?P<ru>{_ID})(?!\s*[–—-]\s*\d)|"
    rf"(?<![\w.,])(?P<ru2>\d{{1,3}})\s*-?\s*(?i:й|м|ом|ой|го|ий)\s+(?i:ряд(?:у|а|е)?|проход(?:е|а|у)?)(?![а-яё])|"
    rf"(?:第\s*)?(?P<zh>{_ZH_N})\s*号?\s*(?:通道|过道|走道)|(?:通道|过道)\s*(?P<zh2>\d{{1,3}})|"
    rf"第\s*(?P<zh3>{_ZH_N})\s*排"
)
_SHELF_RE = re.compile(
    rf"(?i:\bshel(?:f|ves))\s*(?:#|no\.?\s*)?(?P<en>{_SHELVES})|"
    rf"(?<![а-яёА-ЯЁ])(?i:полк(?:а|е|и|у|ой|ах|ам|ами))\s*(?:№\s*)?(?P<ru>{_SHELVES})|"
    rf"(?<![\w.,])(?P<ru2>\d{{1,2}})\s*-?\s*(?i:я|й|ю|ой|ая)\s+(?i:полк\w*)|"  # «на 2-й полке», not «на 4 полки»
    # "B层货架", "B、C层", "货架B"; a digit before 层 alone is a product's layers ("3层防水"), not a shelf.
    rf"(?P<zh>{_SHELVES})\s*(?:层货架|号货架|号架|货架)|(?P<zh3>[A-Z](?:\s*[、,，和及]\s*[A-Z])*)\s*层|"
    rf"货架\s*(?P<zh2>{_SHELVES})"
)
_SPLIT = re.compile(r"\s*(?:,|and|&|or|/|и|или|、|，|和|及|或)\s*")
# Between an aisle and its shelves: "aisle 4, shelves B", "в 4-м ряду на полке B", "4号通道B层", "shelf B of aisle 4".
_LINK = re.compile(r"[\s,，:：;(（)）—–-]*(?:(?i:on|at|in|of|на|в|the)\s+)*[\s,，]*(?:的)?")


def _ids(raw: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in _SPLIT.split(raw.strip()):
        if part:
            n = zh_to_int(part) if re.fullmatch(r"[一二三四五六七八九十]+", part) else None
            out.append(str(n) if n is not None else part.upper())
    return tuple(out)


def _group(m: re.Match[str]) -> str:
    return next(v for v in m.groupdict().values() if v)


def find_places(text: str) -> list[SaidPlace]:
    """Every place ``text`` says: each aisle with the shelves said next to it (before or after), and shelves said
    with no aisle near them on their own."""
    aisles = [(m, _ids(_group(m))[0]) for m in _AISLE.finditer(text)]
    shelves = [(m, _ids(_group(m))) for m in _SHELF_RE.finditer(text)]
    taken: set[int] = set()
    out: list[SaidPlace] = []
    for am, aisle in aisles:
        start, end, said = am.start(), am.end(), list[str]()
        for i, (sm, ids) in enumerate(shelves):
            if i in taken:
                continue
            after = sm.start() >= am.end() and _LINK.fullmatch(text[am.end() : sm.start()])
            before = sm.end() <= am.start() and _LINK.fullmatch(text[sm.end() : am.start()])
            if after or before:
                taken.add(i)
                said += ids
                start, end = min(start, sm.start()), max(end, sm.end())
        out.append(SaidPlace(start, end, text[start:end], aisle, tuple(said)))
    for i, (sm, ids) in enumerate(shelves):
        if i not in taken:
            out.append(SaidPlace(sm.start(), sm.end(), sm.group(0), None, ids))
    return sorted(out, key=lambda p: p.start)


_LABEL = re.compile(r"^\s*aisle\s+(?P<a>[\w-]+)(?:\s*[,·]\s*shelf\s+(?P<s>[\w-]+))?\s*$", re.I)


def places_of(d: dict[str, Any]) -> set[Place]:
    """The places of one product as the tools give them: its "Aisle 4, shelf B" location, or an ops row's aisle
    and shelf fields."""
    out: set[Place] = set()
    m = _LABEL.match(str(d.get("location") or ""))
    if m:
        out.add((m["a"].upper(), m["s"].upper() if m["s"] else None))
    if d.get("aisle") not in (None, ""):
        shelf = str(d.get("shelf") or "").strip()
        out.add((str(d["aisle"]).strip().upper(), shelf.upper() if shelf and shelf != "-" else None))
    return out


def fits(said: SaidPlace, places: Iterable[Place]) -> bool:
    """Whether every (aisle, shelf) ``said`` is among ``places``."""
    known = set(places)
    if said.aisle is None:
        return all(any(s == shelf for _, s in known) for shelf in said.shelves)
    if not said.shelves:
        return any(a == said.aisle for a, _ in known)
    return all((said.aisle, shelf) in known for shelf in said.shelves)
