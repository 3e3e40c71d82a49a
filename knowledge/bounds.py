"""Measured amounts asked as a floor or a ceiling, and ratings asked by a season.

"More than 1.7 litres", "至少两万毫安", «не больше 0,5 л» ask for a range, not for a product that records exactly that
number; "a winter sleeping bag", «нужен зимний», "零下用的" ask for a comfort temperature at or below freezing. A bound
travels as an attribute value written ``">1.7"``, ``">=20000"`` or ``"<=0"``, so a follow-up carries it from turn to
turn like any other attribute; ``meets`` reads it against the number a product records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # knowledge.query imports this module
    from knowledge.query import Lexicon
    from tools.catalog_models import ParsedQuery

_BOUND = re.compile(r"^(>=|<=|>|<)(-?\d+(?:\.\d+)?)$")

# Words before a number that make it a floor or a ceiling ("more than 1.7 l", «не меньше 20000», "至少两万毫安"),
# strict ones first. Words after it too ("20000mah or more", «0,5 л и больше», "800毫升以上").
_FLOOR_STRICT = (r"more than|over|bigger than|larger than|greater than|больше|более|свыше|超过|大于|多于")
_FLOOR = (r"at least|minimum(?: of)?|min\.?|no less than|not less than|не меньше|не менее|минимум|хотя бы|от|"
          r"最少|至少|不少于|不低于|起码|最低")
_CEILING_STRICT = r"less than|under|smaller than|меньше|менее|小于|少于|不到"
_CEILING = r"at most|up to|no more than|not more than|max(?:imum)?\.?|не больше|не более|максимум|до|最多|不超过|最大"
_BEFORE = re.compile(rf"(?<![a-zа-яё])(?:(?P<fs>{_FLOOR_STRICT})|(?P<f>{_FLOOR})|(?P<cs>{_CEILING_STRICT})"
                     rf"|(?P<c>{_CEILING}))\s*(?:of\s+|на\s+)?$", re.I)
_AFTER = re.compile(r"^\s*(?:(?P<f>\+|or (?:more|bigger|larger|above)|and (?:up|above|more)|и (?:больше|более)|"
                    r"или больше|以上|起)|(?P<c>or (?:less|smaller)|и меньше|или меньше|以内|以下))", re.I)

# A season that asks for a rating: cold enough to freeze ("winter", «зимний», "零下"), for a kind whose products record
# a comfort temperature.
COLD_RATED = re.compile(r"\b(?:winter|below (?:zero|freezing)|sub-?zero|freezing (?:nights?|temps?|temperatures?)|"
                        r"nights? below freezing|minus \d+)\b|(?<![а-яё])(?:зимн\w*|в минус\w*|минусов\w*|мороз\w*|"
                        r"(?:бывает|будет|до|ночью)\s+минус(?![а-яё]))|"
                        r"冬天|冬季|零下|严寒|冬用", re.I)
COLD_LIMIT_C = 0


# A season value read from the words for kinds that record one ("зимний" of a tent is its 4-season), said of a kind
# that records a temperature instead: the same cold.
_COLD_SEASONS = frozenset({"winter", "4-season", "four-season"})


def rate_for_cold(parsed: ParsedQuery, lex: Lexicon) -> None:
    """Turn a cold season carried from an earlier turn ("зимний" said after «спальник») into the temperature bound
    of a kind that records a comfort temperature, not a season."""
    keys = lex.category_keys.get(parsed.category or "") or set()
    temp = next((k for k in sorted(keys) if k.endswith("_temp_c")), None)
    season = parsed.attributes.get("season")
    if "season" in keys and season == "winter":
        parsed.attributes["season"] = "4-season"  # a tent for winter is one for all four seasons
        return
    if parsed.category and "season" not in keys and temp is None and season == "winter":
        del parsed.attributes["season"]  # the cold told of a kind that records neither: nothing to filter by
        return
    if temp is None or "season" in keys or not isinstance(season, str) or season.lower() not in _COLD_SEASONS:
        return
    del parsed.attributes["season"]
    parsed.attributes.setdefault(temp, bound("<=", COLD_LIMIT_C))


def bound(op: str, number: float) -> str:
    """An attribute value asking for ``op`` ``number`` (">", ">=", "<", "<=")."""
    return f"{op}{number:g}"


def parse_bound(value: Any) -> tuple[str, float] | None:
    """(operator, number) of a bound value; None for any other value."""
    m = _BOUND.match(value) if isinstance(value, str) else None
    return (m.group(1), float(m.group(2))) if m else None


def meets(have: Any, want: Any) -> bool | None:
    """Whether a product's recorded number meets a bound; None when ``want`` is no bound (compare as usual)."""
    b = parse_bound(want)
    if b is None:
        return None
    if isinstance(have, bool) or not isinstance(have, int | float):
        return False
    op, n = b
    return {">": have > n, ">=": have >= n, "<": have < n, "<=": have <= n}[op]


def bound_around(text: str, start: int, end: int) -> str | None:
    """The operator the words just before ``text[start:end]`` (a number with its unit), or just after it, make of it:
    ">" for "more than", ">=" for "at least" or "+", "<" for "under", "<=" for "up to"; None for a plain amount."""
    if re.search(r"比\s*$", text[max(0, start - 3):start]):
        # "容量要比1.5升大的": a comparison, the amount said between 比 and its adjective
        compared = re.match(r"\s*(?:还|更)?(?P<more>大|多|高|长)|\s*(?:还|更)?(?P<less>小|少|低|短)", text[end:end + 4])
        if compared is not None:
            return ">" if compared.group("more") else "<"
    before = _BEFORE.search(text[max(0, start - 24):start])
    if before is not None:
        return ">" if before.group("fs") else ">=" if before.group("f") else "<" if before.group("cs") else "<="
    after = _AFTER.match(text[end:end + 16])
    if after is not None:
        return ">=" if after.group("f") else "<="
    return None


__all__ = ["COLD_LIMIT_C", "COLD_RATED", "bound", "bound_around", "meets", "parse_bound", "rate_for_cold"]
