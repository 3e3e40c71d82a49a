"""Binding each claim of a sentence to its subject and checking it against that subject's tool result.

A claim binds to the nearest subject the sentence names before it (else after it) among the kinds it can be
about: a price to a product, an order or a policy; a stock count, a size or a rating to a product; a state, a
carrier or a tracking code to an order; days and percentages to a policy or a product. A figure linked by "for"/"of"
to the name after it binds to that name ("$5.49 for the A"); a sentence with two products written figure first
throughout ("Compare $5.49 for the A with $0.99 for the B", "Есть 19 шт. по 34,99 $ — A") is read that way when the
name-first reading fails. A clause after ";" and a sentence opening with "It"/"Он"/"它" go on about the product the
sentence before named. A sentence that names no such subject binds to the only one of that kind in the facts; with
several, the claim must fit one of them, and fails when it fits none. Product-like names that no tool result
carries fail the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from agent.grounding import locations
from agent.grounding.claims import COLOURS, Claim, colour_forms, extract_claims, unit_class
from agent.grounding.mentions import Mention, echoed_spans, find_mentions, quoted_spans, unknown_names
from agent.grounding.subjects import Facts, Subject
from knowledge.figures import halfwidth, readings, spoken_figures

_KINDS: dict[str, tuple[str, ...]] = {
    "money": ("product", "order", "policy"),
    "stock_qty": ("product",),
    "stock_flag": ("product",),
    "rating": ("product",),
    "size": ("product",),
    "colour": ("product",),
    "state": ("order",),
    "date": ("order", "policy"),
    "carrier": ("order", "policy"),
    "code": ("order", "product"),
    "duration": ("policy", "product"),
    "percent": ("policy", "product"),
    "number": ("product", "order", "policy"),
    "location": ("product",),
}


@dataclass(frozen=True)
class Failure:
    """One claim that does not hold: its kind ("money", "stock_flag", "name"...), its words, and why."""

    kind: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r}: {self.why}"


# Availability words that are about products only when products are being discussed.
_WEAK_STOCK = re.compile(r"(?:(?:is|are|was)(?:n't| not) (?:currently |presently |yet |now )?)?available|"
                         r"unavailable|not available|no longer available|недоступ|отсутству|доступ|"
                         r"can |could |ships? |ready to ship|on hand|можно|сейчас можно|сегодня можно|"
                         r"可|能|就能|现在就", re.I)
# The linear part of an order's life: a delivered order was also paid and shipped, so saying so is true.
# A returned order was paid, shipped and delivered before it came back.
_LIFECYCLE = {"pending": 0, "paid": 1, "shipped": 2, "delivered": 3, "returned": 4}


def _label(s: Subject) -> str:
    if s.kind == "order":
        return f"order {s.key}"
    if s.kind == "policy":
        return f"policy {s.key}"
    return f"product {s.names[0]!r}" if s.names else f"product {s.key}"


def _money_ok(c: Claim, s: Subject, facts: Facts) -> bool:
    cur = c.currency or ""
    if any((v, cur) in s.money for v in c.values):
        return True
    # Policy figures ("free delivery over 50") carry no currency of their own: the store's currency applies.
    return s.kind == "policy" and cur in facts.currencies and any(v in s.money_amounts for v in c.values)


def _state_ok(c: Claim, s: Subject) -> bool:
    if not s.found or s.status is None:
        return False
    state, status = c.word, s.status
    if c.negated:
        # "not shipped yet" is true of a pending or paid order.
        return state != status and (state not in _LIFECYCLE or status not in _LIFECYCLE
                                    or _LIFECYCLE[status] < _LIFECYCLE[state])
    if state == status:
        return True
    # "paid" and "shipped" stay true of a later state; "pending" (awaiting payment) is only ever the current one.
    return (state != "pending" and state in _LIFECYCLE and status in _LIFECYCLE
            and _LIFECYCLE[state] <= _LIFECYCLE[status])


def _date_ok(c: Claim, s: Subject, today: dt.date) -> bool:
    assert c.date is not None
    said = c.date.dates(today)
    if s.kind == "order" and c.role == "delivery":
        # "Delivery date: …" is the day it arrived, or the day it is expected while it has not.
        for key in ("delivered_on", "expected_delivery"):
            if key in s.dates:
                return s.dates[key] in said
    if s.kind == "order" and c.role and c.role in s.dates:
        return s.dates[c.role] in said
    return bool(said & set(s.dates.values()))


def _colour_name(value: str) -> str:
    """The catalog's colour value under the claims' names ("gray" -> "grey")."""
    for name in COLOURS:
        if colour_forms(name).fullmatch(value.strip()):
            return name
    return value.strip().lower()


def _in_stock(s: Subject) -> bool | None:
    if s.in_stock is None:
        return None if s.stock_qty is None else s.stock_qty > 0
    return s.in_stock and (s.stock_qty is None or s.stock_qty > 0)


def _fits(c: Claim, s: Subject, facts: Facts, today: dt.date) -> bool:
    """Is claim ``c`` true of subject ``s``?"""
    if not s.found:
        return False
    if s.kind == "policy" and c.kind in ("money", "duration", "percent") and (s.typed or s.typed_ranges):
        return _policy_figure_ok(c, s, facts)
    if c.kind == "money":
        return _money_ok(c, s, facts)
    if c.kind == "stock_qty":
        return s.stock_qty is not None and Decimal(s.stock_qty) in c.values
    if c.kind == "stock_flag":
        flag = _in_stock(s)
        return flag is not None and (flag == (c.word == "in")) != c.negated
    if c.kind == "rating":
        return s.rating is not None and any(abs(v - s.rating) < Decimal("0.05") for v in c.values)
    if c.kind == "size":
        if s.sizes:
            return c.word.lower() in s.sizes
        return any(c.word.lower() in t.lower() for t in s.strings + s.names)
    if c.kind == "colour":
        if s.colours and c.word in {_colour_name(x) for x in s.colours}:
            return True
        return any(colour_forms(c.word).search(t) for t in s.names + s.strings)
    if c.kind == "state":
        return _state_ok(c, s)
    if c.kind == "date":
        return _date_ok(c, s, today)
    if c.kind == "carrier":
        if s.kind == "order":
            return s.carrier is not None and c.word.lower() in s.carrier.lower()
        return any(c.word.lower() in t.lower() for t in s.strings)  # a policy naming its carriers
    if c.kind == "code":
        code = c.word.lower()
        return any(code in t.lower() for t in s.strings + s.names + ([s.tracking] if s.tracking else []))
    if c.kind == "location":
        return c.place is not None and locations.fits(c.place, s.places)
    if c.pair is not None:
        # "3–5 days" is one claim: the same range in the facts, not two numbers found anywhere.
        return any((a, b) in s.ranges for a in c.pair[0] for b in c.pair[1])
    if c.kind == "number" and s.kind in ("product", "order") and any((v, cur) in s.money for v in c.values
                                                                     for cur in facts.currencies):
        return True  # "售价419.99", "the X is 419.99": its own price, the store's currency left unsaid
    return any(v in s.numbers for v in c.values)  # duration, percent, number


def _fits_some(c: Claim, subjects: list[Subject], facts: Facts, today: dt.date) -> bool:
    """Is claim ``c`` true of one of ``subjects``? A place said of several products at once (a category, a brand:
    "batteries are in aisle 4, shelves B and C") may take its shelves from several of them."""
    if c.kind == "location" and c.place is not None:
        return locations.fits(c.place, {p for s in subjects if s.found for p in s.places})
    return any(_fits(c, s, facts, today) for s in subjects)


def _loose_fits(c: Claim, facts: Facts, today: dt.date) -> bool:
    """Figures outside any subject: a search's own limits, ticket numbers, table totals."""
    if c.kind == "location":
        # An aisle a manager's question set ("out of stock in aisle 4") when no product of the results stands
        # anywhere (an empty table); never when products have places: then theirs are the only true ones.
        said = c.place
        return (said is not None and said.aisle is not None and not said.shelves
                and not any(s.places for s in facts.subjects)
                and said.aisle in {x.strip().upper() for x in facts.loose_strings})
    if c.kind == "money":
        return (c.currency or "") in facts.currencies and any(v in facts.loose_money for v in c.values)
    if c.kind in ("number", "duration", "percent"):
        return c.pair is None and any(v in facts.loose_numbers for v in c.values)
    if c.kind == "date":
        assert c.date is not None
        return bool(c.date.dates(today) & facts.loose_dates)
    if c.kind == "code":
        return any(c.word.lower() in t.lower() for t in facts.loose_strings)
    if c.kind == "stock_flag":
        return ((c.word == "in") != c.negated) in facts.loose_stock
    return False


def _bound(c: Claim, mentions: list[Mention]) -> Mention | None:
    """The subject a claim is about: the nearest one named before it, else after it; a subject named by its
    number or name wins over a policy named by a common word ("expected delivery: 25 November" is the order's)."""
    kinds = _KINDS.get(c.kind, ())
    fitting = [m for m in mentions if m.kind in kinds or (m.kind == "echo" and "product" in kinds)]
    fitting = [m for m in fitting if not m.weak] or fitting
    before = [m for m in fitting if m.end <= c.start]
    if before:
        return max(before, key=lambda m: m.end)
    after = [m for m in fitting if m.start >= c.end]
    if after:
        return min(after, key=lambda m: m.start)
    inside = [m for m in fitting if m.start <= c.start and c.end <= m.end]
    return inside[0] if inside else None


# Exact conversions only: "a 2-year warranty" is the 24 months a policy states, "2 weeks" its 14 days.
_PER = {("month", "year"): Decimal(12), ("day", "week"): Decimal(7)}


def _in_unit(value: Decimal, unit: str, wanted: str) -> Decimal | None:
    """``value`` (in ``unit``) expressed in ``wanted``, when that is a whole number; None when it cannot be."""
    if unit == wanted:
        return value
    if (unit, wanted) in _PER:
        out = value / _PER[(unit, wanted)]
        return out.normalize() if out == out.to_integral_value() else None
    if (wanted, unit) in _PER:
        return (value * _PER[(wanted, unit)]).normalize()
    return None


def _policy_figure_ok(c: Claim, s: Subject, facts: Facts) -> bool:
    """A policy's figure of the right kind: days for "N days", the fee for a fee, the express figures when the
    sentence says express. A figure of another field of the same policy does not pass."""
    kind = {"duration": unit_class(c.word), "percent": "percent", "money": "money"}[c.kind]
    if c.kind == "money" and (c.currency or "") not in facts.currencies:
        return False  # the store's figure in another currency
    singles = [(k, w) for k, u, v in s.typed if (w := _in_unit(v, u, kind)) is not None]
    ranges = [(k, x, y) for k, u, a, b in s.typed_ranges
              if (x := _in_unit(a, u, kind)) is not None and (y := _in_unit(b, u, kind)) is not None]
    keyed_singles = [x for x in singles if any(q in x[0] for q in c.qualifiers)]
    keyed_ranges = [x for x in ranges if any(q in x[0] for q in c.qualifiers)]
    if keyed_singles or keyed_ranges:
        singles, ranges = keyed_singles, keyed_ranges
    elif c.kind == "duration" and c.qualifiers and (any(k != "body" for k, _ in singles)
                                                    or any(k != "body" for k, _, _ in ranges)):
        return False  # "5 days to send it back" is a return figure; the delivery policy states none
    if c.pair is not None:
        return any((a, b) == (x, y) for _, a, b in ranges for x in c.pair[0] for y in c.pair[1])
    # "up to 5 days" may quote a range's end, but only a range the policy's fields state, not one from its text
    # ("refunds take 5–7 days" does not make "returns within 5 days" true).
    return any(v in c.values for _, v in singles) or any(
        a in c.values or b in c.values for k, a, b in ranges if k != "body")


def _glued_price(c: Claim, mention: Mention, sentence: str) -> Claim:
    """"Fjordline Ridge 326.99 美元" written for "Fjordline Ridge 3" at 26.99: when a name's model number runs into
    the price, the price is what follows the number."""
    if sentence[mention.end:c.start].strip():
        return c
    for s in mention.subjects:
        for token in re.findall(r"\d+", " ".join(s.names)):
            body = re.match(r"[\d\s.,]+", c.text)
            if body and c.text.startswith(token) and len(body.group(0).strip()) > len(token):
                rest = body.group(0).strip()[len(token):]
                return replace(c, values=c.values | readings(rest))
    return c


def _count_ok(c: Claim, facts: Facts) -> bool:
    if not facts.list_sizes:
        return False
    return any(v in facts.list_sizes or (1 <= v <= max(facts.list_sizes) and v == int(v)) for v in c.values)


# Claims a sentence without a subject of its own makes about the product the sentence before it named
# ("The Brightnest flask costs $49.99. We have 79 units."). Prices are left to the looser rule: a new sentence may
# well price another product it names only by a word ("the boots").
_CARRIED = frozenset({"stock_qty", "stock_flag", "size", "colour", "rating", "location"})


def _carried(previous: str | None, facts: Facts) -> Mention | None:
    if not previous:
        return None
    products = [m for m in find_mentions(previous, facts) if m.kind == "product"]
    subjects = {id(s): s for m in products for s in m.subjects}
    if len(subjects) != 1:
        return None
    return Mention(0, 0, "product", list(subjects.values()), products[-1].text)


# A field of a listing or a ticket ("Price: $5", "Остаток: 12 шт.", "库存：41件"): it goes on about the item named
# above it, and a price field prices that item.
_FIELD_LINE = re.compile(r"^\s*(?:[•*·-]\s*)?(?:\*\*)?[^\W\d_][^\W\d_ .]{0,20}\.?(?:\*\*)?\s*[:：]")
_PRICE_FIELD = re.compile(r"^\s*(?:[•*·-]\s*)?(?:\*\*)?(?:(?:list |unit |sale |our |current )?price|cost|цена|"
                          r"стоимость|价格|售价|单价|现价|标价|到手价)(?:\*\*)?\s*[:：]", re.I)


def subject_sentence(previous: str | None, sentence: str, facts: Facts) -> str:
    """The sentence whose product the next sentence's subject-less claims are about: ``sentence``, unless it is a
    field line naming no product ("Price: $5" under "Item: X"), which goes on about the item above it."""
    if previous and _FIELD_LINE.match(sentence) and not any(
            m.kind == "product" for m in find_mentions(unglue(halfwidth(sentence)), facts)):
        return previous
    return sentence


def check_sentence_claims(sentence: str, facts: Facts, *, language: str, today: dt.date | None = None,
                          previous: str | None = None) -> list[Failure]:
    """The claims of ``sentence`` that its subjects' facts do not support; empty when every claim holds.
    ``previous`` is the sentence before it, whose product a subject-less claim ("79 in stock") is about."""
    day = today or dt.date.today()
    reasons: list[Failure] = []
    # Figures said in words ("forty-nine dollars and ninety-nine cents", «двадцать четвёртого ноября») are checked as
    # the digits they say.
    sentence = unglue(spoken_figures(halfwidth(sentence)))
    mentions = find_mentions(sentence, facts)
    invented, echoed = unknown_names(sentence, facts, language)
    # A "name" that starts inside a title the sentence names is that title's words run into the next ones
    # ("毛绒熊有红色款" read as "熊有红色"), not a new product: an invented name stands before or apart from real ones.
    products = [(m.start, m.end) for m in mentions if m.kind == "product"]
    invented = [(s, e, n) for s, e, n in invented
                if not (_HAN_START.match(n) and any(a < s < b for a, b in products))]
    # "order ID 1018", "订单No.1011": the marks before an order's number are part of how the order is named.
    orders_named = [(m.start, m.end) for m in mentions if m.kind == "order"]
    invented = [(s, e, n) for s, e, n in invented if not any(a <= s and e <= b for a, b in orders_named)]
    mentions += [Mention(s, e, "echo", [], name) for s, e, name in echoed
                 if not any(m.start <= s < m.end for m in mentions if m.kind == "product")]
    for m in mentions:
        if m.kind == "order" and not m.subjects:
            reasons.append(Failure("order", m.text, "not in this turn's results"))
    skip = [(m.start, m.end) for m in mentions if m.kind == "order"]
    names = [(m.start, m.end) for m in mentions if m.kind in ("product", "echo")] + [(s, e) for s, e, _ in invented]
    claims = extract_claims(sentence, skip, names)
    # «Доставлен», 「已发货」: a quoted status is the order's state, not a product's name.
    states = [c for c in claims if c.kind == "state"]
    invented = [(s, e, n) for s, e, n in invented
                if not any(c.start < e and s < c.end and len(c.text) >= len(n.strip(" «»\"“”「」'")) - 2
                           for c in states)]
    for _, _, name in invented:
        reasons.append(Failure("name", name, "no product, brand or order of that name in this turn's results"))
    # (the shopper's words read as the sentence was: "папе шестьдесят пять" is quoted as "папе 65")
    said = [unglue(spoken_figures(halfwidth(w))) for w in facts.shopper_words]
    quoted = quoted_spans(sentence) + echoed_spans(sentence, facts.shopper_words + said)
    carried = None if any(m.kind in ("product", "echo") for m in mentions) else _carried(previous, facts)
    talks_order = any(m.kind == "order" for m in mentions)
    # A policy word inside a state ("доставка завершена", "was delivered") does not make the sentence a policy's;
    # a policy figure ("returned within 30 days") does.
    talks_policy = any(m.kind == "policy" and not any(c.start <= m.start < c.end for c in states) for m in mentions) \
        or any(c.kind in ("duration", "percent") for c in claims)
    claims = [c for c in claims if not _idiom(c)]
    # A colour word inside a name the facts carry ("Green Valley" among the brands a reply lists) is the name's.
    named = _fact_name_spans(sentence, facts)
    claims = [c for c in claims if not (c.kind == "colour" and any(a <= c.start and c.end <= b for a, b in named))]
    # A clause after ";" goes on about the product the sentence before it named ("X costs $76.99; 33 are left.").
    continued = _carried(previous, facts) if sentence.lstrip()[:1].islower() else None
    context = _Context(sentence, facts, day, mentions, quoted, carried, talks_order, talks_policy, continued,
                       bool(_PRONOUN_START.match(sentence) or _PRICE_FIELD.match(sentence))
                       or _figure_only(sentence, claims),
                       not any(m.kind in ("product", "echo") for m in mentions)
                       and (talks_order or any(c.kind == "state" for c in claims)))
    failed = _check_claims(claims, context, _bound)
    if failed and len({id(m) for m in mentions if m.kind == "product"}) >= 2:
        # Two products in one sentence may be written figure first ("Compare $5.49 for the A with $0.99 for the
        # B", "Есть 19 шт. по 34,99 $ — A"): read every figure as the next name's, if that reads consistently.
        bound_after = {id(c): _bound_after(c, mentions) for c in claims}
        if _figure_first_reads(claims, bound_after, mentions) and not _check_claims(claims, context, _bound_after):
            failed = []
    return reasons + failed


# A name run into the price after it ("Vista LiteUS$10.99", "ProUSD 31.99", "Terra Plus79.99 美元"): the price starts
# where the currency code or the decimal amount does.
_GLUED = re.compile(r"(?<=[a-z])(?=(?:US\$|USD|\$|€|£|¥)\s?\d|"
                    r"\d+[.,]\d{2}(?!\d)\s?(?:美元|美金|USD|US\$|\$|€|欧元|元|долл|руб))|"
                    r"(?<=[A-Z])(?=US\$\s?\d)|"  # "Zephyr XUS$ 25.99"
                    r"(?<=\d[.,]\d\d)(?=[A-Z][a-z])")  # "US$32.99Nutrio Flow X": a price run into the next name


def _fact_name_spans(sentence: str, facts: Facts) -> list[tuple[int, int]]:
    """Where ``sentence`` writes a capitalised name of two or more words that the facts carry (a brand, a listed
    brand): its words are the name, not claims."""
    names = {s.brand for s in facts.of_kind("product") if s.brand} | set(facts.loose_strings)
    out: list[tuple[int, int]] = []
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words if w[:1].isalpha()):
            continue
        out += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)]
    return out


def _figure_only(sentence: str, claims: list[Claim]) -> bool:
    """A sentence that is a figure and at most one word besides ("USD39.99.", "Just $39.99!", "仅售US$39.99。") answers
    about the product the sentence before named ("The Kitchenry pan? USD39.99."), as "It costs $39.99" does."""
    if not any(c.kind == "money" for c in claims):
        return False
    rest = list(sentence)
    for c in claims:
        rest[c.start:c.end] = " " * (c.end - c.start)
    return len(re.findall(r"[^\W\d_]+", "".join(rest))) <= 1


def unglue(sentence: str) -> str:
    """``sentence`` with a space between a name and a price written right after it (same reading otherwise)."""
    return _GLUED.sub(" ", sentence)


_LINK_AFTER = re.compile(r"\s*(?:each\s+|apiece\s+)?(?:for|of)\s+(?:the\s+|a\s+|an\s+|our\s+|this\s+|that\s+)?|"
                         # "25 шт. товара «X»": the genitive names whose pieces they are.
                         r"\s*(?:товара|модели|позиции)\s*[«\"“]?", re.I)
_PRONOUN_START = re.compile(r"\s*(?:(?:it|it's|its|this one|that one|they|they're|он|она|оно|они|стоит он|стоит она)\b|"
                            r"它|这款|该款|该商品)", re.I)
_HAN_START = re.compile(r"[\u4e00-\u9fff]")
# "is one option", "one of our best": the word "one" in a phrase, not a count of the results.
_ONE_WORDS = frozenset({"one", "один", "одна", "одно", "一"})


# A sentence about how far apart two prices are: its figure is the pair's difference, whatever product the sentence
# before it named ("Дешевле из двух — X.\nРазница: 0,50 $.").
_DIFFERENCE = re.compile(r"differen|разниц|дешевле на|дороже на|экономи|差价|差额|相差|便宜|贵", re.I)
_PAIR_COUNT = re.compile(r"^(?:two|both|два|две|оба|обе|两|二|2)\b|^(?:两|二)", re.I)


def _idiom(c: Claim) -> bool:
    words = c.text.split()
    return c.kind == "count" and bool(words) and words[0].lower() in _ONE_WORDS


@dataclass
class _Context:
    sentence: str
    facts: Facts
    day: dt.date
    mentions: list[Mention]
    quoted: list[tuple[int, int]]
    carried: Mention | None
    talks_order: bool
    talks_policy: bool
    continued: Mention | None = None
    pronoun: bool = False  # opens with "It", "Он", "它" or is a bare figure: about the product the sentence before
    order_talk: bool = False  # names no product but an order or its state ("Заказ 1048 собирается на складе")


def _bound_after(c: Claim, mentions: list[Mention]) -> Mention | None:
    """The subject named next after the claim, else the nearest before it (a figure-first sentence)."""
    kinds = _KINDS.get(c.kind, ())
    fitting = [m for m in mentions if m.kind in kinds or (m.kind == "echo" and "product" in kinds)]
    fitting = [m for m in fitting if not m.weak] or fitting
    after = [m for m in fitting if m.start >= c.end]
    if after:
        return min(after, key=lambda m: m.start)
    before = [m for m in fitting if m.end <= c.start]
    return max(before, key=lambda m: m.end) if before else None


def _figure_first_reads(claims: list[Claim], bound: dict[int, Mention | None], mentions: list[Mention]) -> bool:
    """The figure-first reading is consistent only when the sentence opens with a figure (before its first name)
    and no product gets two prices (or two stock counts) from it: "A costs $9; B costs $9" is not "$9 for B" twice,
    and "A costs $9; 31 left. B is in stock" is not "$9 for B"."""
    first = min((m.start for m in mentions if m.kind == "product"), default=0)
    if not any(c.end <= first for c in claims if c.kind in ("money", "stock_qty")):
        return False
    seen: set[tuple[str, int]] = set()
    for c in claims:
        m = bound.get(id(c))
        if c.kind in ("money", "stock_qty") and m is not None and m.kind == "product":
            if (c.kind, id(m)) in seen:
                return False
            seen.add((c.kind, id(m)))
    return True


Binder = Callable[[Claim, list[Mention]], Mention | None]


def _check_claims(claims: list[Claim], ctx: _Context, binder: Binder) -> list[Failure]:
    """Each claim bound by ``binder`` to its subject and checked; the claims that fail, with why."""
    sentence, facts, day, mentions = ctx.sentence, ctx.facts, ctx.day, ctx.mentions
    quoted, carried, talks_order, talks_policy = ctx.quoted, ctx.carried, ctx.talks_order, ctx.talks_policy
    reasons: list[Failure] = []
    for c in claims:
        if c.kind == "money" and (c.currency or "") in facts.currencies and _DIFFERENCE.search(sentence) \
                and any(v in facts.differences for v in c.values):
            continue
        if c.kind == "state" and not talks_order and (talks_policy or not facts.of_kind("order")):
            continue  # "items can be returned within 30 days" is about a policy, not an order's state
        if c.kind == "count" and _PAIR_COUNT.search(c.text) \
                and (len({id(m) for m in mentions if m.kind == "product"}) == 2 or facts.differences):
            # "对比一下两款商品：A …— B …", "compare the two products": the two this sentence names, or the pair
            # whose price difference the results hold ("两款中更便宜的是A").
            continue
        if c.kind == "count":
            if not _count_ok(c, facts):
                reasons.append(Failure("count", c.text, "the results list no such number of items"))
            continue
        if c.kind == "stock_flag" and _WEAK_STOCK.match(c.text) and not facts.of_kind("product") \
                and not facts.loose_stock:
            continue  # "the data is not available": about no product
        if c.kind == "stock_flag" and ctx.order_talk:
            continue  # "собирается на складе", "in our warehouse": where the order is, not a product's stock
        if c.kind == "stock_flag" and talks_policy and _WEAK_STOCK.search(c.text) \
                and not any(m.kind in ("product", "echo") for m in mentions):
            continue  # "express shipping is available for $14.99": a service offered, not a product's stock
        if c.kind != "state" and any(s <= c.start and c.end <= e
                                     and not (c.kind == "colour" and sentence[s + 1:s + 2].islower()
                                              and len(sentence[s:e].split()) <= 3)
                                     for s, e in quoted):
            # Inside quotes: a name (checked above) or the shopper's words ("… white bits on my shoulders …"), not
            # a claim; a quoted word or two in lowercase («синий», "navy blue") is the colour said.
            continue
        if c.kind == "date" and c.date is not None and c.date.year is None:
            # "placed on August 21" names no year: even when the nearest August 21 is right, the shopper cannot
            # tell which year is meant, so a date must carry its year.
            reasons.append(Failure("date", c.text, "a date without its year"))
            continue
        mention = binder(c, mentions)
        if binder is _bound:
            # "Compare $5.49 for the A", "21 pieces of the B": a figure linked by "for"/"of" to the name after it.
            nxt = _bound_after(c, [m for m in mentions if m.start >= c.end])
            if nxt is not None and _LINK_AFTER.fullmatch(sentence[c.end:nxt.start]):
                mention = nxt
        if ctx.continued is not None and binder is _bound and c.kind in _CARRIED | {"money"} \
                and not any(m.end <= c.start for m in mentions if m.kind in ("product", "echo")):
            mention = ctx.continued
        if mention is None and carried is not None and (c.kind in _CARRIED or (ctx.pronoun and c.kind == "money")):
            mention = carried
        if mention is not None and mention.kind == "echo":
            if _loose_fits(c, facts, day):
                continue  # the shopper's own limit repeated ("nothing for X under $100")
            if c.kind in ("money", "stock_qty", "stock_flag", "rating", "size", "colour"):
                reasons.append(Failure(c.kind, c.text, f"{mention.text!r} is not a product in this turn's results"))
                continue
            mention = None
        if mention is not None and mention.subjects:
            subjects = list(mention.subjects)
            if not mention.weak and c.kind in ("money", "duration", "date", "percent"):
                # "order 1042 ships free over $50": a policy named by its word may be what the figure is about.
                subjects += [s for m in mentions if m.weak and m.kind in _KINDS[c.kind] for s in m.subjects]
            if c.kind == "money" and not any(_fits(c, s, facts, day) for s in subjects):
                c = _glued_price(c, mention, sentence)
            if not _fits_some(c, subjects, facts, day):
                who = " or ".join(_label(s) for s in mention.subjects[:3])
                reasons.append(Failure(c.kind, c.text, f"not true of {who}"))
            continue
        kinds = _KINDS.get(c.kind, ())
        candidates = [s for s in facts.subjects if s.kind in kinds]
        if _fits_some(c, candidates, facts, day) or _loose_fits(c, facts, day):
            continue
        if c.kind == "stock_flag" and not facts.of_kind("product") and 0 in facts.list_sizes:
            continue  # "nothing is out of stock" over an empty out-of-stock table
        if len(candidates) == 1:
            reasons.append(Failure(c.kind, c.text, f"not true of {_label(candidates[0])}"))
        elif candidates:
            reasons.append(Failure(c.kind, c.text, f"true of none of the {len(candidates)} subjects in the results"))
        else:
            reasons.append(Failure(c.kind, c.text, "nothing in this turn's results supports it"))
    return reasons
