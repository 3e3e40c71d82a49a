"""Slots from a turn's words: order id, aisle, ordinal references, refinements, and the search slots.

Search slots (price limits, currency, category, brand, attributes, negations, cleaned query) come from
``knowledge.query.parse_query``, the same parser search uses, so a price means the same thing everywhere. This
module adds what is about the conversation rather than the catalog: "the second one", "cheaper", "in blue",
"order 1234", "aisle 4".
"""

from __future__ import annotations

import logging
import re
from typing import Literal

from agent.understand.models import Slots
from agent.understand.rules import find_order_id

log = logging.getLogger(__name__)

Refine = Literal["cheaper", "pricier", "similar", "attribute"]

# --- ordinals ----------------------------------------------------------------------------------------------------

_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
           "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
           "9th": 9, "10th": 10, "last": -1}
_EN_NOUNS = r"(?:one|ones|item|product|option|pair|model|result|thing|choice|of (?:them|those|these))"
_EN_ORDINAL = re.compile(
    rf"\b(?:the|that|this)\s+(?P<a>{'|'.join(_EN_ORD)})\b(?!\s*-?\s*time)"
    rf"|\b(?P<b>{'|'.join(_EN_ORD)})\s+{_EN_NOUNS}\b"
    rf"|(?:#|\bnumber\s*|\bno\.\s*|\bitem\s*|\boption\s*)(?P<n>\d{{1,2}})\b(?!\s*(?:%|\d))",
    re.IGNORECASE,
)
_RU_ORD = {"перв": 1, "втор": 2, "трет": 3, "четв[её]рт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
           "девят": 9, "десят": 10, "последн": -1}
_RU_NOUNS = ("товар", "вариант", "модел", "позици", "из них", "пар", "штук", "куртк", "вещ", "опци", "ссылк")
_RU_ORDINAL = re.compile(
    r"(?<![а-яё])(?P<stem>" + "|".join(_RU_ORD) + r")(?:ый|ой|ий|ая|ое|ую|ого|ому|ом|ые|ых|ья|ье|ьего|ьей|ью|ий)"
    r"(?![а-яё])(?P<after>\s*[а-яё]*)",
    re.IGNORECASE,
)
_RU_NUM = re.compile(r"(?:№|номер\s*)(?P<n>\d{1,2})\b(?!\s*\d)")
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ZH_ORDINAL = re.compile(r"第\s*(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*"
                         r"(?:个|款|件|条|双|台|种|项|把|只|张|套|部|本|号)"
                         r"|(?P<last>最后)(?:一|1)?\s*(?:个|款|件|条|双|台|种|项)")


def find_ordinal(text: str) -> int | None:
    """1-based position a turn refers to ("the second one", "второй", "第二个", "#3"); -1 means "the last one"."""
    if m := _EN_ORDINAL.search(text):
        word = m.group("a") or m.group("b")
        return _EN_ORD[word.lower()] if word else int(m.group("n"))
    for m in _RU_ORDINAL.finditer(text.lower()):
        after = m.group("after").strip()
        # "второй", "а второй?", "второй товар": a reference. "первый поход": an adjective of another noun.
        if not after or after.startswith(_RU_NOUNS) or after in {"и", "или", "с", "из", "чем", "против", "vs"}:
            stem = m.group("stem")
            key = next(k for k in _RU_ORD if re.fullmatch(k, stem))
            return _RU_ORD[key]
    if m := _RU_NUM.search(text):
        return int(m.group("n"))
    if m := _ZH_ORDINAL.search(text):
        if m.group("last"):
            return -1
        n = m.group("n")
        return int(n) if n.isdigit() else _ZH_DIGITS[n]
    return None


# --- refinements -------------------------------------------------------------------------------------------------

# "Cheaper than $50", «дороже 300 долларов»: a price bound (the price parser reads it), not "cheaper ones".
_NO_BOUND = r"(?!\s*(?:than\s+|чем\s+)?(?:[$€£¥₽]\s*)?\d)"
_REFINE: list[tuple[Refine, re.Pattern[str]]] = [
    ("cheaper", re.compile(
        r"\b(cheaper|less expensive|lower price[sd]?|more affordable|not so expensive|less pricey|budget option)\b"
        rf"{_NO_BOUND}"
        rf"|(дешевле{_NO_BOUND}|подешевле|подешевше|бюджетнее|не так дорого|подешевк)"
        r"|(便宜点|便宜一点|便宜一些|更便宜|便宜些|实惠点|实惠一点|再便宜|价格低一点|低价一点|便宜的吗)", re.I)),
    ("pricier", re.compile(
        rf"\b(more expensive|pricier|higher[- ]end|more premium|fancier|better quality)\b{_NO_BOUND}"
        rf"|((?<!не )(?<!не\xa0)дороже{_NO_BOUND}|подороже|премиальнее)"  # "не дороже 5000" is a price limit
        r"|(贵一点|更贵|贵点|贵些|高端一点|高档一点|好一点的)", re.I)),
    # "a size bigger", "на размер больше", "大一码": the same thing in another size -- the subject is kept.
    ("attribute", re.compile(
        r"\b(?:(?:a|one)\s+size\s+(?:bigger|larger|up|smaller|down|up)|(?:bigger|larger|smaller)\s+size|size\s+up)\b"
        r"|(?:на\s+размер\s+(?:больше|меньше|побольше|поменьше)|(?:побольше|поменьше|больше|меньше)\s+размер"
        r"|размером\s+(?:больше|меньше))"
        r"|(?:[大小]一(?:个)?[码号]|尺码[大小]一(?:点|些)?|[大小]一点的(?:尺码|码))", re.I)),
    ("similar", re.compile(
        r"\b(similar|something like (this|that|it)|more like (this|that)|alternatives?|others like)\b"
        r"|(похож|аналог|что-то подобное|такое же|таких же)"
        r"|(类似|差不多的|同款|相似)", re.I)),
]

_SIZE_UP = re.compile(r"\b(?:(?:a|one)\s+size\s+(?:bigger|larger|up)|(?:bigger|larger)\s+size|size\s+up)\b"
                      r"|на\s+размер\s+(?:больше|побольше)|(?:побольше|больше)\s+размер|размером\s+больше"
                      r"|大一(?:个)?[码号]|尺码大一|大一点的(?:尺码|码)", re.I)
_SIZE_DOWN = re.compile(r"\b(?:(?:a|one)\s+size\s+(?:smaller|down)|smaller\s+size|size\s+down)\b"
                        r"|на\s+размер\s+(?:меньше|поменьше)|(?:поменьше|меньше)\s+размер|размером\s+меньше"
                        r"|小一(?:个)?[码号]|尺码小一|小一点的(?:尺码|码)", re.I)
_LETTER_SIZES = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"]


def size_step(text: str) -> int:
    """+1 for "a size bigger" / «на размер больше» / "大一码", -1 for smaller, 0 when no size step is asked."""
    if _SIZE_UP.search(text):
        return 1
    return -1 if _SIZE_DOWN.search(text) else 0


def next_size(size: object, step: int) -> str | None:
    """The size ``step`` sizes from ``size``: "42" -> "43", "M" -> "L"; None when there is no such size."""
    value = str(size).strip().upper()
    if value in _LETTER_SIZES:
        i = _LETTER_SIZES.index(value) + step
        return _LETTER_SIZES[i] if 0 <= i < len(_LETTER_SIZES) else None
    if re.fullmatch(r"\d{1,3}", value):
        return str(int(value) + step) if int(value) + step > 0 else None
    return None


# --- colours (for "in blue" refinements; parse_query gives the catalog's own attribute words too) -----------------

_COLOURS: dict[str, tuple[str, str, str]] = {
    # canonical: (en regex, ru stem regex, zh regex)
    "red": (r"red", r"красн", r"红"),
    "blue": (r"blue", r"син|голуб", r"蓝"),
    "navy": (r"navy", r"т[её]мно-?син", r"藏青|藏蓝|深蓝"),
    "green": (r"green", r"зел[её]н", r"绿"),
    "black": (r"black", r"ч[её]рн", r"黑"),
    "white": (r"white", r"бел", r"白"),
    "grey": (r"gr[ae]y", r"сер", r"灰"),
    "brown": (r"brown", r"коричнев", r"棕|咖啡"),
    "yellow": (r"yellow", r"ж[её]лт", r"黄"),
    "pink": (r"pink", r"розов", r"粉"),
    "purple": (r"purple|violet", r"фиолетов|сиренев", r"紫"),
    "orange": (r"orange", r"оранжев", r"橙|橘"),
    "beige": (r"beige", r"бежев", r"米色|米白"),
}
_RU_ADJ_END = r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|ых|их|ым|им|ыми|ими)"


def find_colour(text: str) -> str | None:
    lowered = text.lower()
    # navy before blue: "тёмно-синий" / "深蓝" must not read as plain blue.
    for name in ("navy", *[c for c in _COLOURS if c != "navy"]):
        en, ru, zh = _COLOURS[name]
        if re.search(rf"\b(?:{en})\b", lowered):
            return name
        if re.search(rf"(?<![а-яё])(?:{ru}){_RU_ADJ_END}(?![а-яё])", lowered):
            return name
        if re.search(rf"(?:{zh})(?:色|的)", text) or (name in ("navy", "beige") and re.search(zh, text)):
            return name
    return None


# --- aisle --------------------------------------------------------------------------------------------------------

_AISLE = re.compile(
    r"\baisle\s*(?:no\.?|number|#)?\s*(?P<en>[a-z]?\d{1,3}[a-z]?)\b"
    r"|\b(?P<en2>\d{1,3})(?:st|nd|rd|th)?\s+aisle\b"
    r"|(?:ряд[уаеом]*|проход[уае]?|стеллаж[уае]?)\s*(?:№|номер)?\s*(?P<ru>\d{1,3})"
    r"|(?P<ru2>\d{1,3})\s*[-‑]?\s*(?:[мйом]{1,2}\s+)?(?:ряд|проход|стеллаж)"
    r"|(?P<zh>\d{1,3})\s*号?\s*(?:货架|通道|过道|排)"
    r"|第\s*(?P<zh2>\d{1,3}|[一二三四五六七八九十])\s*(?:排|通道|号货架|个货架)",
    re.IGNORECASE,
)
_RU_ORDINAL_AISLE = re.compile(r"(?P<stem>" + "|".join(k for k in _RU_ORD if k != "последн") + r")[а-яё]*\s+ряд",
                               re.IGNORECASE)


def find_aisle(text: str) -> str | None:
    if m := _AISLE.search(text):
        raw = next(g for g in m.groups() if g)
        return str(_ZH_DIGITS[raw]) if raw in _ZH_DIGITS else raw.upper()
    if m := _RU_ORDINAL_AISLE.search(text):  # "в четвёртом ряду"
        stem = m.group("stem").lower()
        key = next(k for k in _RU_ORD if re.fullmatch(k, stem))
        return str(_RU_ORD[key])
    return None


def find_refine(text: str) -> Refine | None:
    for name, pattern in _REFINE:
        if pattern.search(text):
            return name
    return None


# --- all together -------------------------------------------------------------------------------------------------


# --- head counts said in words ----------------------------------------------------------------------------------
# "a two-person tent", "двухместная палатка", "палатка на четверых", "双人帐篷": the number of people a thing is for,
# said in words. The catalog parser reads only digits before the unit ("2-person", "2-местная", "2人"), and a lone
# number word is no price, size or order number, so it is rewritten to the digit form before parsing.
_EN_COUNT = {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_EN_PEOPLE = re.compile(
    r"\b(?P<n>" + "|".join(_EN_COUNT) + r")(?:\s*-\s*|\s+)(?:persons?|people|man|men|seater)\b", re.I)
_RU_COUNT = {"одно": 1, "дву": 2, "двух": 2, "тр[её]х": 3, "четыр[её]х": 4, "пяти": 5, "шести": 6, "восьми": 8}
_RU_PLACES = re.compile(r"(?<![а-яё])(?P<n>" + "|".join(_RU_COUNT) + r")(?P<rest>местн[а-яё]*)", re.I)
_RU_GROUP = {"двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6}
_RU_FOR = re.compile(r"(?<![а-яё])на\s+(?:(?P<w>" + "|".join(_RU_GROUP) + r")"
                     r"|(?P<n>\d{1,2})\s+(?:человек[а]?|персон[ыа]?))(?![а-яё])", re.I)
_ZH_COUNT = {"单": 1, "双": 2, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "八": 8}
_ZH_PEOPLE = re.compile(r"(?P<n>[单双两二三四五六八])个?人(?![民工])")  # "四个人的" too; not "人工" (a person)


def spell_counts(text: str) -> str:
    """``text`` with head counts said in words written as the catalog's digits ("two-person" -> "2-person")."""

    def en(m: re.Match[str]) -> str:
        return f"{_EN_COUNT[m.group('n').lower()]}-person"

    def ru(m: re.Match[str]) -> str:
        word = m.group("n").lower()
        n = next(v for k, v in _RU_COUNT.items() if re.fullmatch(k, word))
        return f"{n}-{m.group('rest')}"

    def ru_for(m: re.Match[str]) -> str:
        n = _RU_GROUP[m.group("w").lower()] if m.group("w") else int(m.group("n"))
        return f"{n}-местная"

    out = _EN_PEOPLE.sub(en, text)
    out = _RU_PLACES.sub(ru, out)
    out = _RU_FOR.sub(ru_for, out)
    # A space before the digit: the parser reads a number only when it starts a word ("有 2人帐篷", not "有2人").
    return _ZH_PEOPLE.sub(lambda m: f" {_ZH_COUNT[m.group('n')]}人", out)


def search_slots(text: str, language: str, *, store_currency: str = "USD") -> Slots:
    """Price limits, currency, category, brand, attributes, negations and the cleaned query (``parse_query``)."""
    try:
        from knowledge.query import understand
    except ImportError:  # pragma: no cover - the search package is part of the project
        log.warning("knowledge.query is missing; search slots limited to the raw words")
        return Slots(query=text.strip() or None)
    try:
        understood = understand(spell_counts(text), language, store_currency=store_currency)
    except Exception as exc:  # a parser bug must not lose the turn: search still gets the words
        log.warning("parse_query failed on %r: %s", text[:80], exc)
        return Slots(query=text.strip() or None)
    parsed = understood.parsed
    return Slots(
        query=parsed.text or None,
        price_min=parsed.price_min,
        price_max=parsed.price_max,
        currency=parsed.currency,
        category=parsed.category,
        brand=parsed.brand,
        attributes=dict(parsed.attributes),
        exclude_terms=list(parsed.exclude_terms),
        exclude_attrs={k: list(v) for k, v in understood.exclude_attrs.items()},
    )


def extract_slots(text: str, language: str, *, search: bool = True, store_currency: str = "USD") -> Slots:
    """Every slot the words carry. ``search=False`` skips the catalog parser (for orders, policies, chit-chat)."""
    slots = search_slots(text, language, store_currency=store_currency) if search else Slots()
    slots.order_id = find_order_id(text)
    slots.aisle = find_aisle(text)
    ordinal = find_ordinal(text)
    slots.ordinal = ordinal if ordinal is None or ordinal > 0 else None  # "last" is resolved against the context
    slots.refine = find_refine(text)
    colour = find_colour(text)
    if colour and "colour" not in slots.attributes and colour not in slots.exclude_attrs.get("colour", []):
        slots.attributes["colour"] = colour
    # ("抓绒衣M码 有没有灰色的" names its kind: a request of its own, no colour for what was shown)
    if slots.refine is None and colour and slots.category is None and _is_bare_attribute(text, language):
        slots.refine = "attribute"
    return slots


_FILLER = re.compile(
    r"\b(in|any|got|it|them|do|you|have|does|come|one|ones|the|a|an|please|pls|maybe|how|about|what|show|me|"
    r"something|some|is|there|are|those|these|that|this|instead|only|just|colou?r|version|ok|then|and|or)\b"
    r"|(?<![а-яё])(в|во|а|есть|ли|такой|такая|такие|такое|это|эти|этот|покажи|покажите|мне|что-то|что-нибудь|"
    r"только|лучше|тогда|ну|цвет[еау]?|можно|пожалуйста|нет|у|вас|с|со)(?![а-яё])"
    r"|有|吗|的|呢|没有|要|换|个|款|吧|我|想|一下|给|看看|颜色|色|那|这|就|只|还有|请|来",
    re.IGNORECASE,
)


def _is_bare_attribute(text: str, language: str) -> bool:
    """True when a turn is little more than an attribute ("in blue", "а в синем?", "蓝色的有吗")."""
    rest = _FILLER.sub(" ", text.lower())
    colour = find_colour(text)
    if colour:
        for pattern in _COLOURS[colour]:
            rest = re.sub(rf"(?:{pattern})[а-яё]*", " ", rest)
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    return len(rest.split()) <= 1 and len(rest) <= 12
