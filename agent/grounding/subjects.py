"""This turn's tool outputs read as subjects: products, orders and policies, each with the figures that are true
of it, plus the figures that belong to no subject (a search's price limit, a ticket number, an ops table).

The shapes are those the journeys put in ``JourneyResult.facts``: product hits and details (tools/catalog_models),
order status (tools/orders), policies (tools/policies), complements, ops rows, livestream products.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from agent.grounding.locations import places_of
from knowledge.figures import NUMBER, dec, find_dates, find_money, parse_iso, readings

# Field names that hold money in policy fields and tool outputs ("standard_fee", "free_shipping_over").
_MONEY_NAME = re.compile(r"(price|fee|cost|total|amount|revenue|threshold|_over$|cheaper_than)")
_HIDDEN_KEYS = {"score", "took_ms", "id", "product_ids", "exclude_ids", "weight", "image_url"}
_SIZE_KEYS = ("size", "sizes", "shoe_size", "eu_size", "us_size", "clothing_size")
_COLOUR_KEYS = ("colour", "color", "colours", "colors")


@dataclass
class Subject:
    kind: str  # product | order | policy
    key: str  # product id / sku, order number, policy key
    names: list[str] = field(default_factory=list)  # how a reply may name it: title, brand, sku, policy title
    brand: str | None = None
    money: set[tuple[Decimal, str]] = field(default_factory=set)  # (amount, currency)
    money_amounts: set[Decimal] = field(default_factory=set)  # amounts whose currency is the store's
    numbers: set[Decimal] = field(default_factory=set)  # any number true of it (attributes, title, fields)
    dates: dict[str, dt.date] = field(default_factory=dict)  # role -> date (placed_on, expected_delivery...)
    ranges: set[tuple[Decimal, Decimal]] = field(default_factory=set)  # [3, 5] fields, "3–5" in text
    # A policy's figures by what they measure: (field name, "day"/"month"/"percent"/"money"..., value); ranges too.
    typed: list[tuple[str, str, Decimal]] = field(default_factory=list)
    typed_ranges: list[tuple[str, str, Decimal, Decimal]] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)  # every text of it (location, carrier, body...)
    price: tuple[Decimal, str] | None = None
    stock_qty: int | None = None
    in_stock: bool | None = None
    rating: Decimal | None = None
    sizes: set[str] = field(default_factory=set)
    colours: set[str] = field(default_factory=set)
    status: str | None = None
    found: bool = True  # False for an order number the store does not have
    carrier: str | None = None
    tracking: str | None = None
    policy_kind: str | None = None
    places: set[tuple[str, str | None]] = field(default_factory=set)  # (aisle, shelf): where a product stands


@dataclass
class Facts:
    subjects: list[Subject] = field(default_factory=list)
    # Figures outside any subject: a search's price limit, "cheaper than", ticket ids, ops counts.
    loose_numbers: set[Decimal] = field(default_factory=set)
    loose_money: set[Decimal] = field(default_factory=set)
    differences: set[Decimal] = field(default_factory=set)  # price differences of compared pairs
    loose_dates: set[dt.date] = field(default_factory=set)
    loose_strings: list[str] = field(default_factory=list)
    shopper_words: list[str] = field(default_factory=list)  # what the shopper asked for (may be echoed back)
    list_sizes: set[int] = field(default_factory=set)  # lengths of result lists and stated totals
    loose_stock: set[bool] = field(default_factory=set)  # in_stock said of a group (an out-of-stock table)
    currencies: set[str] = field(default_factory=set)
    default_currency: str | None = None

    def of_kind(self, kind: str) -> list[Subject]:
        return [s for s in self.subjects if s.kind == kind]


def _text_numbers(text: str, into: set[Decimal]) -> None:
    for m in NUMBER.finditer(text):
        into.update(readings(m.group(0)))
    for m in re.finditer(r"\d+", text):
        into.add(Decimal(m.group(0)))


_RANGE_IN_TEXT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:–|-|—|to|до|到|至|~)\s*(\d+(?:[.,]\d+)?)")


def _add_value(value: Any, key: str, subj: Subject) -> None:
    """Every number, string, range and date inside ``value`` (an attribute, a field, a policy body)."""
    subj_numbers, strings, dates, money_amounts = subj.numbers, subj.strings, subj.dates, subj.money_amounts
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in _HIDDEN_KEYS:
                _add_value(v, str(k), subj)
        return
    if isinstance(value, list | tuple | set):
        nums = [dec(v) for v in value if isinstance(v, int | float | Decimal) and not isinstance(v, bool)]
        if len(nums) == 2 and None not in nums:
            subj.ranges.add((nums[0].normalize(), nums[1].normalize()))  # type: ignore[union-attr]
        for v in value:
            _add_value(v, key, subj)
        return
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int | float | Decimal):
        d = dec(value)
        if d is not None:
            subj_numbers.add(d.normalize())
            if _MONEY_NAME.search(key):
                money_amounts.add(d.normalize())
        return
    if isinstance(value, dt.date):
        dates[key] = value if not isinstance(value, dt.datetime) else value.date()
        return
    text = str(value)
    day = parse_iso(text)
    if day is not None:
        dates[key] = day
        return
    strings.append(text)
    for m in _RANGE_IN_TEXT.finditer(text):
        for a in readings(m[1]):
            subj.ranges.update((a, b) for b in readings(m[2]))
    if _MONEY_NAME.search(key) and (d := dec(text)) is not None:
        money_amounts.add(d.normalize())
    _text_numbers(text, subj_numbers)
    for mon in find_money(text):
        money_amounts.update(mon.values)
    for i, span in enumerate(find_dates(text)):
        if span.year is not None:
            for day_ in span.dates():
                dates[f"{key}#{i}"] = day_


def _words_of(value: Any) -> set[str]:
    if isinstance(value, list | tuple | set):
        return {w for v in value for w in _words_of(v)}
    if value is None or isinstance(value, bool | dict):
        return set()
    return {str(value).strip().lower()}


def _product(d: dict[str, Any]) -> Subject:
    s = Subject(kind="product", key=str(d.get("product_id") or d.get("sku") or d.get("title")))
    s.names = [str(d["title"])] + [str(d[k]) for k in ("sku",) if d.get(k)]
    s.brand = str(d["brand"]) if d.get("brand") else None
    cur = str(d.get("currency") or "").upper()
    for k in ("price", "unit_price", "price_min", "price_max", "current_price"):
        amount = dec(d[k]) if d.get(k) is not None else None
        if amount is not None:
            s.money.add((amount.normalize(), cur))
            if k in ("price", "unit_price") and s.price is None:
                s.price = (amount.normalize(), cur)
    if isinstance(d.get("stock_qty"), int):
        s.stock_qty = d["stock_qty"]
        s.numbers.add(Decimal(d["stock_qty"]))
    if isinstance(d.get("in_stock"), bool):
        s.in_stock = d["in_stock"]
    if d.get("rating") is not None:
        s.rating = dec(d["rating"])
    attrs = d.get("attributes") or {}
    variants = d.get("variants") or []
    for source in [attrs] + [v.get("attributes", v) for v in variants if isinstance(v, dict)]:
        if not isinstance(source, dict):
            continue
        for k in _SIZE_KEYS:
            s.sizes |= _words_of(source.get(k))
        for k in _COLOUR_KEYS:
            s.colours |= _words_of(source.get(k))
    for v in variants:
        if isinstance(v, dict) and v.get("price") is not None and (amount := dec(v["price"])) is not None:
            s.money.add((amount.normalize(), str(v.get("currency") or cur).upper()))
    if d.get("sku"):
        s.strings.append(str(d["sku"]))  # a code: its digits are no figure ("NT-2" does not make 2 true)
    s.places = places_of(d)
    for k in ("title", "brand", "category", "location", "attributes", "variants", "description", "reason",
              "qty", "aisle", "shelf", "qty_system", "qty_shelf"):
        if d.get(k) is not None:
            _add_value(d[k], k, s)
    return s


def _order(d: dict[str, Any]) -> Subject:
    s = Subject(kind="order", key=str(d["order_id"]))
    s.names = [str(d["order_id"])]
    s.found = d.get("found", True) is not False
    s.status = str(d["status"]) if d.get("status") else None
    cur = str(d.get("currency") or "").upper()
    if d.get("total") is not None and (total := dec(d["total"])) is not None:
        s.money.add((total.normalize(), cur))
    s.carrier = str(d["carrier"]) if d.get("carrier") else None
    s.tracking = str(d["tracking_number"]) if d.get("tracking_number") else None
    for k, v in d.items():
        if k in ("lines", "order_id", "status", "currency", "found"):
            continue
        _add_value(v, k, s)
    for line in d.get("lines") or []:
        if isinstance(line, dict) and line.get("unit_price") is not None:
            unit, qty = dec(line["unit_price"]), dec(line.get("qty") or 1)
            if unit is not None and qty is not None:
                s.money.update({(unit.normalize(), cur), ((unit * qty).normalize(), cur)})
            if isinstance(line.get("qty"), int):
                s.numbers.add(Decimal(line["qty"]))
    return s


def _policy(d: dict[str, Any]) -> Subject:
    s = Subject(kind="policy", key=str(d.get("key") or d.get("kind") or d.get("title")))
    s.names = [str(d["title"])] if d.get("title") else []
    s.policy_kind = str(d.get("kind") or d.get("key") or "")
    fields = d.get("fields") or {}
    cur = str(fields.get("currency") or d.get("currency") or "").upper()
    _add_value(fields, "fields", s)
    _add_value(d.get("body") or "", "body", s)
    if cur:
        s.money.update((a, cur) for a in s.money_amounts)
    _typed_fields(fields, "", s)
    _typed_body(str(d.get("body") or ""), s)
    return s


_UNIT_KEYS = (("day", "day"), ("week", "week"), ("month", "month"), ("year", "year"), ("hour", "hour"),
              ("pct", "percent"), ("percent", "percent"))


def _unit_of_key(key: str) -> str | None:
    low = key.lower()
    for part, unit in _UNIT_KEYS:
        if part in low:
            return unit
    return "money" if _MONEY_NAME.search(low) else None


def _typed_fields(value: Any, key: str, s: Subject) -> None:
    """A policy's structured figures by what they measure: "return_days": 30 is 30 days."""
    if isinstance(value, dict):
        for k, v in value.items():
            _typed_fields(v, str(k), s)
        return
    if isinstance(value, list | tuple):
        nums = [dec(v) for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        unit = _unit_of_key(key)
        if unit and len(nums) == 2 and nums[0] is not None and nums[1] is not None:
            s.typed_ranges.append((key, unit, nums[0].normalize(), nums[1].normalize()))
        for v in value:
            _typed_fields(v, key, s)
        return
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        unit = _unit_of_key(key)
        d = dec(value)
        if unit and d is not None:
            s.typed.append((key, unit, d.normalize()))


def _typed_body(body: str, s: Subject) -> None:
    """The figures a policy's text states, read like a reply's ("within 30 days", "a 10% fee")."""
    from agent.grounding.claims import extract_claims, unit_class

    for c in extract_claims(body, [], []):
        kind = {"duration": unit_class(c.word), "percent": "percent", "money": "money"}.get(c.kind)
        if kind is None:
            continue
        if c.pair is not None:
            s.typed_ranges += [("body", kind, a, b) for a in c.pair[0] for b in c.pair[1]]
        else:
            s.typed += [("body", kind, v) for v in c.values]


def _is_product(d: dict[str, Any]) -> bool:
    return bool(d.get("title")) and any(k in d for k in ("price", "unit_price", "product_id", "sku"))


def _walk(value: Any, facts: Facts, key: str = "") -> None:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, dict):
        if "order_id" in value and ("status" in value or value.get("found") is False):
            facts.subjects.append(_order(value))
            lines = [x for x in value.get("lines") or [] if isinstance(x, dict)]
            if lines:
                facts.list_sizes.add(len(lines))  # "2 items in your order"
            for line in lines:
                # The products of an order's lines are subjects too: "the Trail Boots at $20.00" is the line's price.
                if _is_product(line):
                    facts.subjects.append(_product({**line, "currency": line.get("currency") or value.get("currency")}))
            return
        if "body" in value and ("fields" in value or "kind" in value):
            facts.subjects.append(_policy(value))
            return
        if _is_product(value):
            facts.subjects.append(_product(value))
            if value.get("currency"):
                facts.currencies.add(str(value["currency"]).upper())
            for comp in value.get("complements") or []:
                _walk(comp, facts, "complements")
            return
        if value.get("currency"):
            facts.currencies.add(str(value["currency"]).upper())
        if isinstance(value.get("in_stock"), bool):
            facts.loose_stock.add(value["in_stock"])
        if isinstance(value.get("name"), str) and "status" in value:
            # A name resolution (agent.journeys.names): the name and its unknown words are the shopper's, which a
            # reply may quote ("we don't have X") but must not describe as a product.
            facts.shopper_words += [value["name"]] + [str(w) for w in value.get("unknown_words") or []]
            value = {k: v for k, v in value.items() if k not in ("name", "unknown_words")}
        for k, v in value.items():
            if k in _HIDDEN_KEYS or (str(k).endswith("_id") and k not in ("ticket_id",)):
                continue
            if k in ("query", "topic", "shopper_query", "text", "corrected") and isinstance(v, str):
                facts.shopper_words.append(v)
                continue
            if k in ("total", "count") and isinstance(v, int):
                facts.list_sizes.add(v)
            # A price difference, or the sum of a basket's prices, is a fact of several products, named by no one.
            loose = ("price_min", "price_max", "cheaper_than", "price_difference", "price_total")
            if k in loose and v is not None and (d := dec(v)) is not None:
                facts.loose_money.add(d.normalize())
                if k == "price_difference":
                    facts.differences.add(d.normalize())
            _walk(v, facts, str(k))
        return
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, dict) and _is_product(v) for v in value):
            facts.list_sizes.add(len(value))
        if value and all(isinstance(v, list | tuple) for v in value):
            facts.list_sizes.add(len(value))  # table rows
        for v in value:
            _walk(v, facts, key)
        return
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int | float | Decimal):
        d = dec(value)
        if d is not None:
            facts.loose_numbers.add(d.normalize())
        return
    text = str(value)
    day = parse_iso(text)
    if day is not None:
        facts.loose_dates.add(day)
        return
    facts.loose_strings.append(text)
    _text_numbers(text, facts.loose_numbers)


def read_facts(results: Iterable[Any], *, default_currency: str | None = None) -> Facts:
    """Subjects and loose figures of this turn's tool outputs (pydantic models or their JSON)."""
    facts = Facts(default_currency=default_currency.upper() if default_currency else None)
    for r in results:
        _walk(r, facts)
    if facts.default_currency:
        facts.currencies.add(facts.default_currency)
    for s in facts.subjects:
        if s.kind == "product" and s.price:
            facts.currencies.add(s.price[1])
    return facts
