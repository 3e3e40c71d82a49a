"""Judging rules for the shopper-voice requests eval (``evals/requests.py``), fixed before the first run.

Every rule reads the store DB (products, their category slug, price, ``attributes`` JSON, variant sizes, English
title) and the assistant's last turn (the products it showed, its reply text). Nothing here imports the assistant.

- The plain-English attribute words of ``expect.attributes`` / ``expect.exclude`` go through ``RULES``. A rule returns
  True / False for a product, or None when the product does not record that fact. In a case, a word is *checked*
  only if at least one product of the case's categories gives a non-None answer; otherwise it is reported as not
  checkable and ignored. A product with None for a checked wanted word does not qualify (it is not known to have
  it); a product with None for a checked excluded word is not excluded (it is not known to have it).
- Words without any rule are listed in the report (``UNMAPPED``: they are never checked).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

LANGS = ("en", "ru", "zh")
KINDS = ("need", "gift", "negation", "name_or_compare", "followup", "not_sold")
PRECISION_KINDS = ("need", "gift", "negation")


@dataclass(frozen=True)
class ProductView:
    id: int
    slug: str  # the category's last path part: "hiking-boots"
    price: float
    attrs: dict[str, Any]
    sizes: frozenset[str]
    text: str  # English title + description, lower case
    titles: tuple[str, ...]  # titles in every language, lower case
    category_names: tuple[str, ...] = ()  # the category's display names in every language, lower case


def load_products(db_url: str) -> dict[int, ProductView]:
    from knowledge.db import session_scope
    from knowledge.schema import Category, Product, ProductText, Variant

    out: dict[int, ProductView] = {}
    with session_scope(db_url) as s:
        cats: dict[int, str] = {}
        cat_names: dict[int, tuple[str, ...]] = {}
        for c in s.scalars(select(Category)):
            cats[c.id] = c.path.rsplit("/", 1)[-1]
            cat_names[c.id] = tuple(str(n).lower() for n in (c.names or {}).values() if n)
        sizes: dict[int, set[str]] = {}
        for pid, attrs in s.execute(select(Variant.product_id, Variant.attributes)):
            if attrs and attrs.get("size") is not None:
                sizes.setdefault(pid, set()).add(str(attrs["size"]).lower())
        titles: dict[int, list[str]] = {}
        for pid, title in s.execute(select(ProductText.product_id, ProductText.title)):
            titles.setdefault(pid, []).append(title.lower())
        for p in s.scalars(select(Product).where(Product.active.is_(True))):
            attrs = dict(p.attributes or {})
            sz = set(sizes.get(p.id, set())) | {str(x).lower() for x in attrs.get("sizes") or []}
            out[p.id] = ProductView(p.id, cats.get(p.category_id or -1, ""), float(p.price), attrs, frozenset(sz),
                                    f"{p.title} {p.description}".lower(),
                                    tuple([p.title.lower(), *titles.get(p.id, [])]),
                                    cat_names.get(p.category_id or -1, ()))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Attribute words -> product facts. Written from the demo store's attribute keys, before the first run.

Rule = Callable[[ProductView], "bool | None"]
MATERIAL_KEYS = ("material", "insulation", "frame")


def _flag(key: str, negate: bool = False) -> Rule:
    def rule(p: ProductView) -> bool | None:
        if key not in p.attrs:
            return None
        return bool(p.attrs[key]) != negate

    return rule


def _eq(key: str, *values: str) -> Rule:
    wanted = {v.lower() for v in values}

    def rule(p: ProductView) -> bool | None:
        if key not in p.attrs:
            return None
        return str(p.attrs[key]).lower() in wanted

    return rule


def _num(key: str, lo: float | None = None, hi: float | None = None, *, strict_lo: bool = False) -> Rule:
    def rule(p: ProductView) -> bool | None:
        v = p.attrs.get(key)
        if v is None:
            return None
        x = float(v)
        if lo is not None and (x <= lo if strict_lo else x < lo):
            return False
        return not (hi is not None and x > hi)

    return rule


def _material(*values: str) -> Rule:
    wanted = {v.lower() for v in values}

    def rule(p: ProductView) -> bool | None:
        present = [str(p.attrs[k]).lower() for k in MATERIAL_KEYS if k in p.attrs]
        if not present:
            return None
        return any(v in wanted for v in present)

    return rule


def _size(value: str) -> Rule:
    def rule(p: ProductView) -> bool | None:
        if not p.sizes:
            return None
        return value.lower() in p.sizes

    return rule


def _text(phrase: str) -> Rule:
    """Only for words the demo writes into every title of its category (e.g. "LED Bulb", "Chef's Knife")."""

    def rule(p: ProductView) -> bool | None:
        return phrase in p.text

    return rule


def _in_slug(slugs: Iterable[str], inner: Rule) -> Rule:
    allowed = set(slugs)

    def rule(p: ProductView) -> bool | None:
        return inner(p) if p.slug in allowed else None

    return rule


def _lactose(p: ProductView) -> bool | None:
    if "lactose_free" in p.attrs:
        return not p.attrs["lactose_free"]
    if p.slug == "chocolate" and "kind" in p.attrs:
        return str(p.attrs["kind"]) == "milk"
    return None


def _nuts(p: ProductView) -> bool | None:
    if p.slug == "nuts":
        return True
    if "flavour" in p.attrs:
        return str(p.attrs["flavour"]) == "peanut"
    return None


def _sugar(p: ProductView) -> bool | None:
    return None if "sugar_free" not in p.attrs else not p.attrs["sugar_free"]


def _gluten(p: ProductView) -> bool | None:
    return None if "gluten_free" not in p.attrs else not p.attrs["gluten_free"]


def _teflon(p: ProductView) -> bool | None:
    # A non-stick pan that is not ceramic-coated: the DB records no coating type, so this is the closest fact.
    if "non_stick" not in p.attrs:
        return None
    return bool(p.attrs["non_stick"]) and str(p.attrs.get("material", "")) != "ceramic"


_COLOURS = ("black", "white", "blue", "green", "red", "brown", "grey", "orange", "beige", "pink", "purple", "yellow")

RULES: dict[str, Rule] = {
    # sizes, capacities, counts
    **{f"size {s}": _size(s) for s in ("36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "xs", "s",
                                        "m", "l", "xl", "xxl")},
    "for 4 people": _num("persons", 4, 4),
    "1000 pieces": _num("pieces", 1000, 1000),
    "128gb": _num("capacity_gb", 128, 128),
    "20000 mah": _num("capacity_mah", 20000),
    "30 l": _num("capacity_l", 25, 35),
    "30 w": _num("wattage", 30),
    "5 kg": _num("weight_kg", 5, 5),
    "5 m": _num("length_m", 5),
    "500 ml": _num("capacity_l", 0.45, 0.55),
    "750 ml": _num("capacity_l", 0.75),
    "capacity over 1.5 l": _num("capacity_l", 1.5, strict_lo=True),
    "capacity over 1.7 l": _num("capacity_l", 1.7, strict_lo=True),
    "aa": _eq("size", "AA"),
    # flags
    "waterproof": _flag("waterproof"),
    "wireless": _flag("wireless"),
    "bluetooth": _flag("wireless"),
    "wired": _flag("wireless", negate=True),
    "noise-cancelling": _flag("noise_cancelling"),
    "rechargeable": _flag("rechargeable"),
    "vegan": _flag("vegan"),
    "gluten-free": _flag("gluten_free"),
    "lactose-free": _flag("lactose_free"),
    "decaf": _flag("decaf"),
    "non-stick coating": _flag("non_stick"),
    "teflon": _teflon,
    # kinds and forms
    "over-ear": _eq("form", "over-ear"),
    "beans": _eq("form", "beans"),
    "ground": _eq("form", "ground"),
    "compact": _eq("kind", "compact"),
    "dark": _in_slug(["chocolate"], _eq("kind", "dark")),
    "milk": _in_slug(["chocolate"], _eq("kind", "milk")),
    "green": _eq("colour", "green"),  # overridden below for tea
    "hard": _in_slug(["cheese"], _eq("kind", "cheddar", "gouda")),
    "warm white": _eq("light", "warm"),
    "winter": _in_slug(["sleeping-bags"], _num("comfort_temp_c", None, 0)),
    "led": _in_slug(["light-bulbs"], _text("led")),
    "chef's knife": _in_slug(["knives"], _text("chef's knife")),
    # materials
    "leather": _material("leather"),
    "wool": _material("wool", "merino"),
    "merino": _material("merino"),
    "cotton": _material("cotton"),
    "polyester": _material("polyester"),
    "nylon": _material("nylon"),
    "synthetic": _material("synthetic", "polyester", "nylon"),
    "plastic": _material("plastic"),
    "pvc": _material("pvc"),
    "down": _material("down"),
    "feathers": _material("down"),
    # ingredients and flavours
    "sugar": _sugar,
    "gluten": _gluten,
    "lactose": _lactose,
    "nuts": _nuts,
    "chocolate": _in_slug(["snack-bars", "cookies"], _eq("flavour", "chocolate", "chocolate chip")),
    "apple": _eq("fruit", "apple"),
    "salted": _eq("flavour", "salted"),
}
for _c in _COLOURS:
    RULES.setdefault(_c, _eq("colour", _c))


def _green(p: ProductView) -> bool | None:
    if p.slug == "tea":
        return _eq("kind", "green")(p)
    return _eq("colour", "green")(p)


RULES["green"] = _green


@dataclass
class Constraint:
    categories: list[str]
    max_price: float | None = None
    min_price: float | None = None
    attributes: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)


@dataclass
class Checkable:
    """Which words of a constraint are checked against the DB in its categories, and which are not."""

    attributes: list[str]
    exclude: list[str]
    unmapped: list[str]  # no rule at all
    unrecorded: list[str]  # a rule, but no product of these categories records the fact


def checkable(c: Constraint, products: dict[int, ProductView]) -> Checkable:
    pool = [p for p in products.values() if p.slug in c.categories]
    out = Checkable([], [], [], [])
    for words, target in ((c.attributes, out.attributes), (c.exclude, out.exclude)):
        for w in words:
            rule = RULES.get(w.lower())
            if rule is None:
                out.unmapped.append(w)
            elif any(rule(p) is not None for p in pool):
                target.append(w)
            else:
                out.unrecorded.append(w)
    return out


def qualifies(p: ProductView, c: Constraint, chk: Checkable) -> bool:
    if p.slug not in c.categories:
        return False
    if c.max_price is not None and p.price > c.max_price + 1e-6:
        return False
    if c.min_price is not None and p.price < c.min_price - 1e-6:
        return False
    if any(RULES[w.lower()](p) is not True for w in chk.attributes):
        return False
    return not any(RULES[w.lower()](p) is True for w in chk.exclude)


def constraint_of(expect: dict[str, Any]) -> Constraint:
    return Constraint(list(expect.get("categories") or []), expect.get("max_price_usd"), expect.get("min_price_usd"),
                      list(expect.get("attributes") or []), list(expect.get("exclude") or []))


def precision_at_3(shown: list[int], c: Constraint, products: dict[int, ProductView]) -> tuple[float | None, int]:
    """Qualifying products among the first three shown / min(3, qualifying products in the DB).

    Returns (None, 0) when no product of the store qualifies: such a case is reported apart, not scored."""
    chk = checkable(c, products)
    n_db = sum(1 for p in products.values() if qualifies(p, c, chk))
    if n_db == 0:
        return None, 0
    top = [products[i] for i in shown[:3] if i in products]
    good = sum(1 for p in top if qualifies(p, c, chk))
    return min(1.0, good / min(3, n_db)), n_db


# ---------------------------------------------------------------------------------------------------------------
# Reply text: "we don't sell that", yes/no, comparisons, figures.

_NOT_SOLD_EN = "|".join([
    r"(do not|don't|dont|doesn't|does not) (sell|carry|stock|offer)",
    r"not (something|an item|a product) we (sell|carry|stock)",
    r"(isn't|is not|aren't|are not) (sold|available) (here|in (this|our) (store|shop))",
    r"not in our (range|catalog|catalogue|assortment)",
    r"outside (of )?(our|the store's) (range|catalog|catalogue)",
    r"(do not|don't|dont) have .{0,120}?(in|at) (our|this|the) (store|shop)",
    r"we (do not|don't|dont) have (that|this|those|these|it|them|any)\b",
])
_NOT_SOLD_RU = "|".join([
    r"не (продаём|продаем|продаётся|продается|продаются|торгуем|держим|предлагаем)",
    r"нет в (нашем )?ассортименте|не входит в (наш )?ассортимент",
    r"такого (товара )?(у нас )?нет|такие товары не",
    r"(у нас|в (нашем )?магазине) (такого |таких |этого )?(товара |товаров )?нет",
])
_NOT_SOLD_ZH = "|".join([
    r"不(卖|销售|出售|经营|提供)", r"没有(卖|销售|出售|经营)", r"不在(我们|本店)?的?(经营|销售)?范围",
    r"(本店|店里|我们店|我们这里|我们)(没有|无)", r"我们(这里|店)?(没有|不)(卖|销售|出售|经营)",
])
NOT_SOLD = {"en": re.compile(_NOT_SOLD_EN, re.I), "ru": re.compile(_NOT_SOLD_RU, re.I), "zh": re.compile(_NOT_SOLD_ZH)}

# Yes/no markers of a direct answer. Broad negations ("not", "не", "不") are left out: "I'm not sure I understood"
# is not a "no". Quoted echoes of the shopper's words, stock phrases and any list are removed before reading.
_YES = {"en": re.compile(r"^\s*(yes|yep|yeah|sure)\b|\b(we (do )?have|there (is|are)|we (carry|stock|sell)|they are|"
                         r"it is|it's)\b", re.I),
        "ru": re.compile(r"^\s*(да|конечно)([^а-яё]|$)|(^|[^а-яё])(есть|имеется|имеются)([^а-яё]|$)", re.I),
        "zh": re.compile(r"^\s*(有|是|对|当然)|我们有|有的|是的")}
_NO = {"en": re.compile(r"^\s*(no|nope|sorry|unfortunately)\b|\b(don't|do not|doesn't|does not|didn't) "
                        r"(have|carry|sell|stock|come)|\bnone\b|\b(isn't|is not|aren't|are not)\b|"
                        r"\bno (\w+ )?(products?|items?|match)", re.I),
       "ru": re.compile(r"^\s*(нет|к сожалению|увы)|(^|[^а-яё])нет([^а-яё]|$)|не (нашлось|нашёл|нашел|найдено|продаём|"
                        r"продаем|держим|бывает)|ни одного|ничего не", re.I),
       "zh": re.compile(r"^\s*(没有|没|不是|不|抱歉|很抱歉|对不起)|没有|不是|抱歉")}
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"|「[^」]*」|‘[^’]*’")
_STOCK = re.compile(r"out of stock|in stock|нет в наличии|в наличии|有货|缺货", re.I)
_LIST = re.compile(r"(^|\s)1[.)]\s")
_CHEAPER = {"en": re.compile(r"cheaper|less expensive|lower price|costs less|the cheapest of the two", re.I),
            "ru": re.compile(r"дешевле|меньше стоит|стоит меньше|выгоднее", re.I),
            "zh": re.compile(r"便宜|更低|价格低|实惠")}
_DEARER = {"en": re.compile(r"more expensive|pricier|costs more|dearer|higher price", re.I),
           "ru": re.compile(r"дороже|больше стоит|стоит больше", re.I),
           "zh": re.compile(r"更贵|贵|价格高")}
# A "." ends a sentence only before white space (not inside "$39.99").
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？\n;；])\s*")


def says_not_sold(text: str, lang: str) -> bool:
    return bool(NOT_SOLD[lang].search(text))


def first_sentence(text: str) -> str:
    for part in _SENTENCE.split(text.strip()):
        if part.strip():
            return part.strip()
    return ""


def yes_no(text: str, lang: str) -> bool | None:
    """The polarity of the reply's first sentence: True (yes), False (no), None (neither, or both)."""
    text = _STOCK.sub(" ", _QUOTED.sub(" ", text))
    text = _LIST.split(text, maxsplit=1)[0]
    sentence = first_sentence(text)
    # "Yes, ...", "Нет, ...", "有的，..." decide by their first clause; otherwise the whole first sentence decides.
    for s in (re.split(r"[,，、:：—–-]", sentence, maxsplit=1)[0], sentence):
        no = bool(_NO[lang].search(s))
        yes = bool(_YES[lang].search(_NO[lang].sub(" ", s) if lang == "zh" else s))
        if yes != no:
            return yes
    return None


# "1,299.99", "3 000", "12,50" (decimal comma), "39.99"; "38 39 40" stays three numbers.
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)")


def numbers(text: str) -> list[float]:
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).strip().replace("\u00a0", "").replace(" ", "")
        if re.fullmatch(r"\d+,\d{1,2}", raw):
            raw = raw.replace(",", ".")
        raw = raw.replace(",", "")
        try:
            out.append(float(raw))
        except ValueError:
            continue
    return out


def mentions_number(text: str, value: float) -> bool:
    return any(abs(x - value) < 0.006 for x in numbers(text))


def mentions_product(text: str, p: ProductView) -> bool:
    low = text.lower()
    return mentions_number(text, p.price) or any(t and t in low for t in p.titles)


def _stem(name: str) -> str:
    # "sleeping bags" must find "sleeping bag", "палатки" must find "палатку": drop a short inflected ending.
    return name if re.search(r"[\u4e00-\u9fff]", name) or len(name) <= 5 else name[:-2]


def position(text: str, p: ProductView, *, by_category: bool = False) -> int | None:
    """Where ``text`` first names ``p``: by its price, its title, or (two categories compared) its category name."""
    low = text.lower()
    found = [m.start() for m in _NUMBER.finditer(text)
             if mentions_number(m.group(0), p.price)]
    found += [low.find(t) for t in p.titles if t and t in low]
    if by_category:
        found += [low.find(_stem(n)) for n in p.category_names if n and _stem(n) in low]
    return min(found) if found else None


# ---------------------------------------------------------------------------------------------------------------
# Direct questions: what each name_or_compare case asks, as facts computable from the DB (fixed before the run).


@dataclass(frozen=True)
class Sel:
    categories: tuple[str, ...]
    attributes: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_price: float | None = None

    def pick(self, products: dict[int, ProductView]) -> list[ProductView]:
        c = Constraint(list(self.categories), self.max_price, None, list(self.attributes), list(self.exclude))
        chk = checkable(c, products)
        return sorted((p for p in products.values() if qualifies(p, c, chk)), key=lambda p: (p.price, p.id))


@dataclass(frozen=True)
class Question:
    """kind: cheaper (a vs b [+ diff]) | exists | pred (a yes/no fact given as ``truth``) | price (of the cheapest
    of ``a``) | diff (max - min of ``a``) | top (most expensive of ``a``: name or price) | count (products in ``a``)
    | unchecked (the fact asked is not in the DB)."""

    kind: str
    a: Sel | None = None
    b: Sel | None = None
    diff: bool = False
    truth: Callable[[dict[int, ProductView]], bool] | None = None
    note: str = ""


def _max_above(cat: str, x: float) -> Callable[[dict[int, ProductView]], bool]:
    return lambda ps: max(p.price for p in ps.values() if p.slug == cat) > x


def _all_above(cat: str, x: float) -> Callable[[dict[int, ProductView]], bool]:
    return lambda ps: all(p.price > x for p in ps.values() if p.slug == cat)


def _cheapest_has(cat: str, word: str) -> Callable[[dict[int, ProductView]], bool]:
    return lambda ps: RULES[word](min((p for p in ps.values() if p.slug == cat), key=lambda p: (p.price, p.id))) \
        is True


def _dearest_has(cat: str, word: str) -> Callable[[dict[int, ProductView]], bool]:
    return lambda ps: RULES[word](max((p for p in ps.values() if p.slug == cat), key=lambda p: (p.price, -p.id))) \
        is True


def _sum_at_most(cats: tuple[str, ...], x: float) -> Callable[[dict[int, ProductView]], bool]:
    return lambda ps: sum(min(p.price for p in ps.values() if p.slug == c) for c in cats) <= x + 1e-6


def S(*cats: str, a: tuple[str, ...] = (), x: tuple[str, ...] = (), mx: float | None = None) -> Sel:
    return Sel(cats, a, x, mx)


E = "exists"
QUESTIONS: dict[str, Question] = {
    # English
    "en-name-or-compare-001": Question("cheaper", S("hiking-boots", a=("waterproof",)),
                                       S("hiking-boots", x=("waterproof",)), diff=True),
    "en-name-or-compare-002": Question(E),
    "en-name-or-compare-003": Question("cheaper", S("tents"), S("sleeping-bags")),
    "en-name-or-compare-004": Question("pred", truth=_max_above("power-banks", 50)),
    "en-name-or-compare-005": Question(E),
    "en-name-or-compare-006": Question("diff", S("headphones")),
    "en-name-or-compare-007": Question(E),
    "en-name-or-compare-008": Question("cheaper", S("drills"), S("screwdriver-sets")),
    "en-name-or-compare-009": Question(E, note="women's is not recorded: judged on size 38 only"),
    "en-name-or-compare-010": Question(E),
    "en-name-or-compare-011": Question("price", S("yoga-mats")),
    "en-name-or-compare-012": Question("price", S("memory-cards", a=("128gb",))),
    "en-name-or-compare-013": Question("pred", truth=_cheapest_has("smartwatches", "waterproof")),
    "en-name-or-compare-014": Question(E),
    "en-name-or-compare-015": Question("cheaper", S("coffee"), S("tea")),
    "en-name-or-compare-016": Question("pred", truth=_all_above("bike-helmets", 30)),
    "en-name-or-compare-017": Question("top", S("camping-stoves")),
    "en-name-or-compare-018": Question(E),
    "en-name-or-compare-019": Question(E),
    "en-name-or-compare-020": Question("count", S("board-games")),
    "en-name-or-compare-021": Question("unchecked", note="kids' helmets are not recorded"),
    # Russian
    "ru-name-or-compare-001": Question("cheaper", S("hiking-boots", a=("waterproof",)),
                                       S("hiking-boots", x=("waterproof",)), diff=True),
    "ru-name-or-compare-002": Question(E),
    "ru-name-or-compare-003": Question("cheaper", S("thermoses"), S("mugs")),
    "ru-name-or-compare-004": Question("pred", truth=_max_above("power-banks", 55.56)),
    "ru-name-or-compare-005": Question(E),
    "ru-name-or-compare-006": Question("diff", S("hair-dryers")),
    "ru-name-or-compare-007": Question(E),
    "ru-name-or-compare-008": Question("cheaper", S("hammers"), S("tape-measures")),
    "ru-name-or-compare-009": Question(E, note="women's is not recorded: judged on size 38 only"),
    "ru-name-or-compare-010": Question(E),
    "ru-name-or-compare-011": Question("price", S("bike-helmets")),
    "ru-name-or-compare-012": Question("price", S("memory-cards", a=("128gb",))),
    "ru-name-or-compare-013": Question("pred", truth=_cheapest_has("smartwatches", "waterproof")),
    "ru-name-or-compare-014": Question(E),
    "ru-name-or-compare-015": Question("cheaper", S("cheese"), S("yogurt")),
    "ru-name-or-compare-016": Question("pred", truth=_all_above("frying-pans", 22.22)),
    "ru-name-or-compare-017": Question("top", S("drills")),
    "ru-name-or-compare-018": Question(E),
    "ru-name-or-compare-019": Question(E),
    "ru-name-or-compare-020": Question("count", S("puzzles")),
    "ru-name-or-compare-021": Question("pred", truth=_sum_at_most(("tents", "camping-stoves"), 111.11)),
    # Chinese
    "zh-name-or-compare-001": Question("cheaper", S("hiking-boots", a=("waterproof",)),
                                       S("hiking-boots", x=("waterproof",)), diff=True),
    "zh-name-or-compare-002": Question(E),
    "zh-name-or-compare-003": Question("cheaper", S("thermoses"), S("water-bottles")),
    "zh-name-or-compare-004": Question("pred", truth=_max_above("power-banks", 41.67)),
    "zh-name-or-compare-005": Question(E),
    "zh-name-or-compare-006": Question("diff", S("headphones")),
    "zh-name-or-compare-007": Question(E),
    "zh-name-or-compare-008": Question("cheaper", S("tape-measures"), S("hammers"), diff=True),
    "zh-name-or-compare-009": Question(E, note="women's is not recorded: judged on size 38 only"),
    "zh-name-or-compare-010": Question(E),
    "zh-name-or-compare-011": Question("price", S("jump-ropes")),
    "zh-name-or-compare-012": Question("price", S("memory-cards", a=("128gb",))),
    "zh-name-or-compare-013": Question("pred", truth=_cheapest_has("smartwatches", "waterproof")),
    "zh-name-or-compare-014": Question(E),
    "zh-name-or-compare-015": Question("cheaper", S("cheese"), S("bread")),
    "zh-name-or-compare-016": Question("pred", truth=_all_above("tennis-rackets", 41.67)),
    "zh-name-or-compare-017": Question("top", S("camping-stoves")),
    "zh-name-or-compare-018": Question(E, note="speakers record no wireless flag: judged on price only"),
    "zh-name-or-compare-019": Question(E),
    "zh-name-or-compare-020": Question("count", S("board-games")),
    "zh-name-or-compare-021": Question("unchecked", note="drills record voltage, not wattage"),
}


@dataclass
class Verdict:
    ok: bool | None  # None: not checkable
    expected: str
    reason: str = ""


def _dev_questions() -> dict[str, Question]:
    # The development sets' specs (their modules import this one, so they are read lazily).
    from evals.requests_dev4_questions import DEV4_QUESTIONS
    from evals.requests_dev6_questions import DEV6_QUESTIONS
    from evals.requests_dev8_questions import DEV8_QUESTIONS
    from evals.requests_dev9_questions import DEV9_QUESTIONS
    from evals.requests_dev10_questions import DEV10_QUESTIONS
    from evals.requests_dev11_questions import DEV11_QUESTIONS
    from evals.requests_dev12_questions import DEV12_QUESTIONS
    from evals.requests_dev13_questions import DEV13_QUESTIONS
    from evals.requests_dev14_questions import DEV14_QUESTIONS
    from evals.requests_dev15_questions import DEV15_QUESTIONS
    from evals.requests_dev16_questions import DEV16_QUESTIONS
    from evals.requests_dev17_questions import DEV17_QUESTIONS
    from evals.requests_dev18_questions import DEV18_QUESTIONS
    from evals.requests_dev_questions import DEV_QUESTIONS

    return {**DEV_QUESTIONS, **DEV4_QUESTIONS, **DEV6_QUESTIONS, **DEV8_QUESTIONS, **DEV9_QUESTIONS,
            **DEV10_QUESTIONS, **DEV11_QUESTIONS,
            **DEV12_QUESTIONS, **DEV13_QUESTIONS, **DEV14_QUESTIONS, **DEV15_QUESTIONS,
            **DEV16_QUESTIONS, **DEV17_QUESTIONS, **DEV18_QUESTIONS}


def judge_question(case: dict[str, Any], text: str, shown: list[int], products: dict[int, ProductView]) -> Verdict:
    q = QUESTIONS.get(case["id"]) or _dev_questions().get(case["id"])
    lang = case["lang"]
    if q is None or q.kind == "unchecked":
        return Verdict(None, "", q.note if q else "no question spec")
    if q.kind in ("exists", "pred"):
        if q.kind == "exists":
            c = constraint_of(case["expect"])
            chk = checkable(c, products)
            truth = any(qualifies(p, c, chk) for p in products.values())
        else:
            assert q.truth is not None
            truth = q.truth(products)
        said = yes_no(text, lang)
        return Verdict(said is truth, "yes" if truth else "no", f"first sentence says {said}")
    assert q.a is not None
    a = q.a.pick(products)
    if not a:
        return Verdict(None, "", "nothing in the DB for the question")
    if q.kind == "cheaper":
        assert q.b is not None
        b = q.b.pick(products)
        if not b:
            return Verdict(None, "", "nothing in the DB for the second side")
        lo, hi = (a[0], b[0]) if a[0].price <= b[0].price else (b[0], a[0])
        if lo.price == hi.price:
            return Verdict(None, "", "same price")
        ok = False
        by_cat = lo.slug != hi.slug
        # "X is cheaper than Y", "X дешевле Y", "X比Y便宜": the one named first in a sentence with the comparative
        # word is the one the sentence calls cheaper (or dearer).
        for sent in _SENTENCE.split(text):
            p_lo, p_hi = position(sent, lo, by_category=by_cat), position(sent, hi, by_category=by_cat)
            first = None if p_lo is None and p_hi is None else (
                "lo" if p_hi is None or (p_lo is not None and p_lo < p_hi) else "hi")
            if (_CHEAPER[lang].search(sent) and first == "lo") or (_DEARER[lang].search(sent) and first == "hi"):
                ok = True
        expected = f"cheaper: #{lo.id} {lo.price:.2f} vs #{hi.id} {hi.price:.2f}"
        if q.diff:
            d = round(hi.price - lo.price, 2)
            ok = ok and mentions_number(text, d)
            expected += f"; difference {d:.2f}"
        return Verdict(ok, expected)
    if q.kind == "price":
        return Verdict(mentions_number(text, a[0].price), f"{a[0].price:.2f}")
    if q.kind == "diff":
        d = round(a[-1].price - a[0].price, 2)
        return Verdict(mentions_number(text, d), f"difference {d:.2f}")
    if q.kind == "top":
        top = a[-1]
        return Verdict(mentions_number(text, top.price) and (top.id in shown[:3] or mentions_product(text, top)),
                       f"#{top.id} {top.price:.2f}")
    if q.kind == "count":
        return Verdict(mentions_number(text, float(len(a))), f"{len(a)} products")
    raise ValueError(q.kind)


def load_cases(path: Any) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
