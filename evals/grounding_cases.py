"""The adversarial grounding set: replies built from real tool results, each correct or with exactly one planted error.

A case is a reply text, the facts of its turn (what the verifier is given), its language, and a label: ``correct``
or the kind of the one error planted in it. Generation is deterministic for (facts, seed, split); each split
(development, development (read), development (fresh, read)) draws only from its own patterns and formats in
``evals.grounding_wording``; the variety and fresh-2/3/4 splits (all read by now: "development (fresh N, read)") from
their own modules (``evals.grounding_variety``, ``evals.grounding_fresh2`` ... ``evals.grounding_fresh4``); so does the
held-out fresh-5 split (``evals.grounding_fresh5``), the one blind split. A split's constant keeps the name it was
written under ("held-out (fresh 4)"): the name seeds its random choices, so renaming it would change its cases.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from evals import (
    grounding_fresh2,
    grounding_fresh3,
    grounding_fresh4,
    grounding_fresh5,
    grounding_fresh6,
    grounding_fresh7,
    grounding_fresh8,
    grounding_fresh9,
    grounding_fresh10,
    grounding_fresh11,
    grounding_fresh12,
    grounding_fresh13,
    grounding_variety,
    grounding_wording,
)
from evals.grounding_facts import LANGS, FactPool, Scenario
from evals.grounding_fresh2 import FRESH2
from evals.grounding_fresh3 import FRESH3
from evals.grounding_fresh4 import FRESH4
from evals.grounding_fresh5 import FRESH5
from evals.grounding_fresh6 import FRESH6
from evals.grounding_fresh7 import FRESH7
from evals.grounding_fresh8 import FRESH8
from evals.grounding_fresh9 import FRESH9
from evals.grounding_fresh10 import FRESH10
from evals.grounding_fresh11 import FRESH11
from evals.grounding_fresh12 import FRESH12
from evals.grounding_fresh13 import FRESH13
from evals.grounding_variety import VARIETY
from evals.grounding_wording import (
    COLOURS,
    DEV,
    FRESH,
    HELD,
    SPLITS,
    colour_word,
    ru_days,
    ru_days_genitive,
    ru_months,
    ru_working_days,
)

ERROR_KINDS = ("other_product_price", "wrong_stock_count", "stock_state_flip", "unavailable_size",
               "unavailable_colour", "invented_name", "wrong_order_state", "wrong_order_date",
               "wrong_policy_figure", "other_currency")
CORRECT = "correct"
SHOE_SIZES = [str(s) for s in range(35, 49)]
APPAREL_SIZES = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"]
_LIFECYCLE = ["pending", "paid", "shipped", "delivered"]
# States that are plainly false for an order in the key state (earlier states of its life are left out: saying
# a delivered order "was shipped" is true).
WRONG_STATES = {
    "pending": ["paid", "shipped", "delivered", "returned", "cancelled"],
    "paid": ["pending", "shipped", "delivered", "returned", "cancelled"],
    "shipped": ["pending", "delivered", "returned", "cancelled"],
    "delivered": ["pending", "returned", "cancelled"],
    "returned": ["pending", "cancelled"],
    "cancelled": ["shipped", "delivered", "returned"],
}
_SYLLABLES = ["zor", "blax", "quen", "vel", "trin", "mox", "dar", "fen", "rik", "vane", "gor", "thu", "lix", "pra",
              "kal", "bex", "yst", "ombr", "cael", "dru"]
_MODELS = ["Aero", "Nova", "Flux", "Orbit Lite", "Vanta", "Crest Air"]
_NATIVE_BRANDS = {"ru": ["Велмора", "Тундрикс", "Сноубрайт", "Кварнель", "Борейка", "Зорвин"],
                  "zh": ["云岭", "雪狐星", "极光熊", "山猫侠", "青峦", "踏云客"]}
_POLICY_KEYS = ("return_days", "refund_days", "restocking_fee_pct", "standard_fee", "free_shipping_over",
                "standard_days", "express_fee", "express_days", "warranty_months")
_MONEY_KEYS = {"standard_fee", "free_shipping_over", "express_fee"}


@dataclass
class Case:
    split: str
    language: str
    label: str  # "correct" or one of ERROR_KINDS
    text: str
    facts: list[dict[str, Any]]
    scenario: str
    patterns: list[str] = field(default_factory=list)
    planted: str = ""  # the planted claim and the truth, for the misses table

    def key(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "facts"}


class _Skip(Exception):
    """The scenario drawn cannot carry this error kind: draw another."""


# The splits with wording modules of their own (patterns, states, money, currency and date formats).
_WORDING = {FRESH2: grounding_fresh2, FRESH3: grounding_fresh3, FRESH4: grounding_fresh4, FRESH5: grounding_fresh5,
            FRESH6: grounding_fresh6, FRESH7: grounding_fresh7, FRESH8: grounding_fresh8, FRESH9: grounding_fresh9,
            FRESH10: grounding_fresh10, FRESH11: grounding_fresh11, FRESH12: grounding_fresh12,
            FRESH13: grounding_fresh13,
            VARIETY: grounding_variety}


def _words(split: str) -> Any:
    """The wording module of ``split``: the variety and fresh-2 to 9 splits have their own patterns and formats."""
    return _WORDING.get(split, grounding_wording)


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _sep(language: str) -> str:
    return "" if language == "zh" else " "


class _Writer:
    """Renders one reply's sentences for one scenario, remembering which patterns it used."""

    def __init__(self, scen: Scenario, split: str, rng: random.Random, pool: FactPool) -> None:
        self.s, self.split, self.rng, self.pool = scen, split, rng, pool
        self.lang = scen.language
        self.used: list[str] = []
        self.words = _words(split)
        _, self.ref_pattern = self.words.pick("ref", self.lang, split, rng)

    def fill(self, claim: str, **values: Any) -> str:
        pid, pattern = self.words.pick(claim, self.lang, self.split, self.rng)
        self.used.append(pid)
        text = pattern.format(**values).replace("..", ".")  # "19,99 долл." at the end of a sentence
        return text[0].upper() + text[1:] if text[0].islower() and self.lang == "en" else text

    # -- products ---------------------------------------------------------------------------------------------
    def name(self, p: dict[str, Any]) -> str:
        short = self.s.short_names.get(int(p["product_id"]))
        return short if short and self.rng.random() < 0.3 else str(p["title"])

    def price(self, value: Any) -> str:
        return str(self.words.money_text(_dec(value), self.lang, self.split, self.rng))

    def product(self, p: dict[str, Any], combo: str | None = None, **override: Any) -> str:
        in_stock = bool(p["in_stock"]) and int(p["stock_qty"]) > 0
        if combo is None:
            combo = self.rng.choice(["P", "PQ", "PI", "Q", "I"] if in_stock else ["P", "PO", "O"])
        values = {"name": self.name(p), "price": self.price(p["price"]), "qty": p["stock_qty"]}
        values.update(override)
        return self.fill(combo, **values)

    def size(self, p: dict[str, Any], size: str | None = None) -> str:
        sizes = (p.get("attributes") or {}).get("sizes") or []
        return self.fill("S", name=self.name(p), size=size or self.rng.choice(sizes))

    def colour(self, p: dict[str, Any], colour: str | None = None) -> str:
        value = colour or str((p.get("attributes") or {}).get("colour"))
        return self.fill("C", name=self.name(p), colour=colour_word(value, self.lang))

    def count(self) -> str:
        return self.fill("count", count=len(self.s.products))

    # -- orders -----------------------------------------------------------------------------------------------
    def ref(self) -> str:
        return self.ref_pattern.format(n=self.s.order["order_id"]) if self.s.order else ""

    def ref_low(self) -> str:
        r = self.ref()
        return r[0].lower() + r[1:] if self.lang != "zh" else r

    def state(self, state: str | None = None) -> str:
        o = self.s.order or {}
        phrase = self.words.state_phrase(state or str(o["status"]), self.lang, self.split, self.rng)
        return self.fill("state", ref=self.ref(), ref_low=self.ref_low(), state=phrase)

    def order_events(self) -> list[str]:
        """The dates a correct reply may state for this order, given its state."""
        o = self.s.order or {}
        st = o["status"]
        ok = ["placed_on"]
        if o.get("expected_delivery") and st in ("pending", "paid", "shipped"):
            ok.append("expected_delivery")
        if o.get("shipped_on") and st in ("shipped", "delivered"):
            ok.append("shipped_on")
        if o.get("delivered_on") and st == "delivered":
            ok.append("delivered_on")
        return ok

    def date(self, event: str, day: Any = None) -> str:
        import datetime as dt

        o = self.s.order or {}
        value = day if day is not None else dt.date.fromisoformat(str(o[event])[:10])
        return self.fill(f"date.{event}", ref=self.ref(), ref_low=self.ref_low(),
                         date=self.words.date_text(value, self.lang, self.split, self.rng))

    def total(self, text: str | None = None) -> str:
        o = self.s.order or {}
        return self.fill("total", ref=self.ref(), total=text or self.price(o["total"]))

    def carrier(self) -> str:
        return self.fill("carrier", carrier=(self.s.order or {})["carrier"])

    def order_extras(self, k: int, skip: str = "") -> list[str]:
        o = self.s.order or {}
        options: list[Callable[[], str]] = [partial(self.date, e) for e in self.order_events() if e != skip]
        if skip != "total":
            options.append(self.total)
        if o.get("carrier") and o["status"] in ("shipped", "delivered"):
            options.append(self.carrier)
        self.rng.shuffle(options)
        return [f() for f in options[:k]]

    # -- policies ---------------------------------------------------------------------------------------------
    def policy_keys(self) -> list[str]:
        fields = (self.s.policy or {}).get("fields") or {}
        return [k for k in _POLICY_KEYS if k in fields]

    def policy(self, key: str, value: Any = None, money: str | None = None) -> str:
        fields = (self.s.policy or {}).get("fields") or {}
        v = fields[key] if value is None else value
        lo, hi = (v[0], v[1]) if isinstance(v, list | tuple) else (v, v)
        values = {"v": lo, "v2": hi, "dw": ru_days(int(lo)), "dwg": ru_days_genitive(int(lo)),
                  "dw2": ru_working_days(int(hi)), "mw": ru_months(int(lo))}
        if key in _MONEY_KEYS:
            values["m"] = money or self.price(v)
        return self.fill(f"policy.{key}", **values)


# --- what is wrong, kind by kind -------------------------------------------------------------------------------

def _in_stock(p: dict[str, Any]) -> bool:
    return bool(p["in_stock"]) and int(p["stock_qty"]) > 0


def _others(w: _Writer, subject: dict[str, Any], k: int) -> list[str]:
    rest = [p for p in w.s.products if p is not subject]
    w.rng.shuffle(rest)
    return [w.product(p) for p in rest[:k]]


def _other_price(w: _Writer) -> tuple[list[str], str]:
    ps = w.s.products
    if len(ps) < 2:
        raise _Skip
    a = w.rng.choice(ps)
    others = [p for p in ps if _dec(p["price"]) != _dec(a["price"])]
    if not others:
        raise _Skip
    b = w.rng.choice(others)
    planted = f"{a['title']} said to cost {b['price']} (the price of {b['title']}; its own is {a['price']})"
    if w.s.kind == "compare" and w.rng.random() < 0.5:
        return [w.fill("PP", name=w.name(a), price=w.price(b["price"]), name2=w.name(b),
                       price2=w.price(b["price"]))], planted
    combo = w.rng.choice(["P", "PQ", "PI"] if _in_stock(a) else ["P", "PO"])
    sents = [w.product(a, combo, price=w.price(b["price"]))] + _others(w, a, w.rng.randint(0, 1))
    w.rng.shuffle(sents)
    return sents, planted


def _wrong_count(w: _Writer) -> tuple[list[str], str]:
    stocked = [p for p in w.s.products if _in_stock(p)]
    if not stocked:
        raise _Skip
    a = w.rng.choice(stocked)
    q = int(a["stock_qty"])
    options = {q + d for d in (1, 2, 3, 5, -1, -2) if q + d > 0} | {q * 10, int(_dec(a["price"]))}
    options |= {int(p["stock_qty"]) for p in w.s.products if int(p["stock_qty"]) > 0}
    options.discard(q)
    if not options:
        raise _Skip
    wrong = w.rng.choice(sorted(options))
    sents = [w.product(a, w.rng.choice(["PQ", "Q"]), qty=wrong)] + _others(w, a, w.rng.randint(0, 1))
    return sents, f"{a['title']}: {wrong} in stock (really {q})"


def _stock_flip(w: _Writer) -> tuple[list[str], str]:
    a = w.rng.choice(w.s.products)
    if _in_stock(a):
        sent = w.product(a, w.rng.choice(["PO", "O"]))
        planted = f"{a['title']} said out of stock ({a['stock_qty']} in stock)"
    else:
        sent = w.product(a, w.rng.choice(["PI", "I"]))
        planted = f"{a['title']} said in stock (it is out of stock)"
    return [sent] + _others(w, a, w.rng.randint(0, 1)), planted


def _bad_size(w: _Writer) -> tuple[list[str], str]:
    if w.s.kind != "product":
        raise _Skip
    a = w.s.products[0]
    sizes = (a.get("attributes") or {}).get("sizes") or []
    if not sizes or not _in_stock(a):
        raise _Skip
    universe = SHOE_SIZES if sizes[0].isdigit() else APPAREL_SIZES
    missing = [s for s in universe if s not in sizes]
    if not missing:
        raise _Skip
    size = w.rng.choice(missing)
    sents = [w.product(a), w.size(a, size)]
    return sents, f"{a['title']} in size {size} (sizes: {', '.join(sizes)})"


def _bad_colour(w: _Writer) -> tuple[list[str], str]:
    if w.s.kind != "product":
        raise _Skip
    a = w.s.products[0]
    real = (a.get("attributes") or {}).get("colour")
    if real not in COLOURS or not _in_stock(a):
        raise _Skip
    colour = w.rng.choice([c for c in COLOURS if c != real])
    return [w.product(a), w.colour(a, colour)], f"{a['title']} in {colour} (it is {real})"


def _invented_brand(w: _Writer) -> str:
    for _ in range(100):
        name = "".join(w.rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
        if name.lower() not in w.pool.vocabulary:
            return name
    raise _Skip


def _invented(w: _Writer) -> tuple[list[str], str]:
    if not w.s.products:
        raise _Skip
    a = w.rng.choice(w.s.products)
    brand = str(a.get("brand") or "")
    noun = str(a.get("category") or "")
    how = w.rng.randrange(3)
    if how == 0 and brand and brand in str(a["title"]):
        name = str(a["title"]).replace(brand, _invented_brand(w), 1)
    elif how == 2 and w.lang in _NATIVE_BRANDS:
        native = [b for b in _NATIVE_BRANDS[w.lang] if b.lower() not in w.pool.vocabulary]
        made = w.rng.choice(native)
        name = f"{made}{noun}" if w.lang == "zh" else f"{noun} {made}"
    else:
        made = f"{_invented_brand(w)} {w.rng.choice(_MODELS)}"
        name = f"{noun} {made}" if w.lang == "ru" else f"{made} {noun}"
    name = name.strip()
    combo = w.rng.choice(["P", "PQ", "PI"] if _in_stock(a) else ["P", "PO"])
    sents = [w.product(a, combo, name=name)] + _others(w, a, w.rng.randint(0, 1))
    w.rng.shuffle(sents)
    return sents, f"invented name {name!r} given the figures of {a['title']}"


def _wrong_state(w: _Writer) -> tuple[list[str], str]:
    if w.s.order is None:
        raise _Skip
    real = str(w.s.order["status"])
    wrong = w.rng.choice(WRONG_STATES[real])
    sents = [w.state(wrong)] + w.order_extras(w.rng.randint(0, 1))
    return sents, f"order {w.s.order['order_id']} said {wrong} (it is {real})"


def _wrong_date(w: _Writer) -> tuple[list[str], str]:
    import datetime as dt

    o = w.s.order
    if o is None:
        raise _Skip
    event = w.rng.choice(w.order_events())
    true = dt.date.fromisoformat(str(o[event])[:10])
    options = [true + dt.timedelta(days=d) for d in (-9, -5, -3, -2, -1, 1, 2, 3, 6, 10)]
    options.append(true.replace(year=true.year - 1) if not (true.month == 2 and true.day == 29) else true)
    others = [dt.date.fromisoformat(str(o[k])[:10]) for k in ("placed_on", "shipped_on", "delivered_on",
                                                               "expected_delivery") if o.get(k)]
    options += others * 3  # a date the facts hold, of another event: the hardest kind
    options = [d for d in options if d != true]
    if not options:
        raise _Skip
    wrong = w.rng.choice(options)
    sents = [w.state(), w.date(event, wrong)] + w.order_extras(w.rng.randint(0, 1), skip=event)
    return sents, f"order {o['order_id']} {event} said {wrong.isoformat()} (it is {true.isoformat()})"


def _wrong_policy(w: _Writer) -> tuple[list[str], str]:
    keys = w.policy_keys()
    if not keys:
        raise _Skip
    key = w.rng.choice(keys)
    fields = (w.s.policy or {}).get("fields") or {}
    v = fields[key]
    figures = [x for k in keys for x in (fields[k] if isinstance(fields[k], list) else [fields[k]])]
    wrong: Any
    if isinstance(v, list):
        pairs = [[v[0] + 1, v[1] + 1], [v[0], v[1] + 3], [2, 4], [1, 3]]
        pairs += [fields[k] for k in ("standard_days", "express_days") if k in fields and k != key]
        wrong = w.rng.choice([p for p in pairs if list(p) != list(v)])
    elif key in _MONEY_KEYS:
        amounts = [Decimal("4.99"), Decimal("9.99"), Decimal("19.99"), Decimal("75"), Decimal("100"), Decimal("35")]
        # In a fixed order: a set's order changes with the process's hash seed, and so would the cases.
        amounts += [_dec(fields[k]) for k in sorted(_MONEY_KEYS) if k in fields and k != key] * 3
        wrong = w.rng.choice([x for x in amounts if x != _dec(v)])
    else:
        options = [7, 10, 14, 20, 45, 60, 90, 12, 36, 18] + [int(x) for x in figures if isinstance(x, int)] * 2
        wrong = w.rng.choice([x for x in options if x != v])
    sents = [w.policy(key, wrong)]
    rest = [k for k in keys if k != key]
    if rest and w.rng.random() < 0.5:
        sents.append(w.policy(w.rng.choice(rest)))
    w.rng.shuffle(sents)
    return sents, f"{(w.s.policy or {}).get('key')}.{key} said {wrong} (it is {v})"


def _other_currency(w: _Writer) -> tuple[list[str], str]:
    if w.s.products:
        a = w.rng.choice(w.s.products)
        text = w.words.other_currency_text(_dec(a["price"]), w.lang, w.rng, w.split)
        combo = w.rng.choice(["P", "PQ", "PI"] if _in_stock(a) else ["P", "PO"])
        return [w.product(a, combo, price=text)] + _others(w, a, w.rng.randint(0, 1)), \
            f"{a['title']} priced {text} (it is {a['price']} {a['currency']})"
    if w.s.order is not None:
        text = w.words.other_currency_text(_dec(w.s.order["total"]), w.lang, w.rng, w.split)
        return [w.state(), w.total(text)], f"order total {text} (it is {w.s.order['total']} USD)"
    keys = [k for k in w.policy_keys() if k in _MONEY_KEYS]
    if not keys:
        raise _Skip
    key = w.rng.choice(keys)
    v = ((w.s.policy or {}).get("fields") or {})[key]
    text = w.words.other_currency_text(_dec(v), w.lang, w.rng, w.split)
    return [w.policy(key, money=text)], f"{key} {text} (it is {v} USD)"


_PLANTERS: dict[str, tuple[tuple[str, ...], Callable[[_Writer], tuple[list[str], str]]]] = {
    "other_product_price": (("search", "compare"), _other_price),
    "wrong_stock_count": (("search", "product", "compare"), _wrong_count),
    "stock_state_flip": (("search", "product", "compare"), _stock_flip),
    "unavailable_size": (("product",), _bad_size),
    "unavailable_colour": (("product",), _bad_colour),
    "invented_name": (("search", "product", "compare"), _invented),
    "wrong_order_state": (("order",), _wrong_state),
    "wrong_order_date": (("order",), _wrong_date),
    "wrong_policy_figure": (("policy",), _wrong_policy),
    "other_currency": (("search", "product", "compare", "order", "policy"), _other_currency),
}


def _correct(w: _Writer) -> list[str]:
    s, rng = w.s, w.rng
    if s.kind == "order":
        return [w.state()] + w.order_extras(rng.randint(0, 2))
    if s.kind == "policy":
        keys = w.policy_keys()
        rng.shuffle(keys)
        return [w.policy(k) for k in keys[: rng.randint(1, 3)]]
    if s.kind == "product":
        a = s.products[0]
        sents = [w.product(a)]
        attrs = a.get("attributes") or {}
        if _in_stock(a) and attrs.get("sizes") and rng.random() < 0.6:
            sents.append(w.size(a))
        if _in_stock(a) and attrs.get("colour") in COLOURS and rng.random() < 0.5:
            sents.append(w.colour(a))
        return sents
    if s.kind == "compare" and rng.random() < 0.4:
        a, b = s.products
        return [w.fill("PP", name=w.name(a), price=w.price(a["price"]), name2=w.name(b), price2=w.price(b["price"]))]
    shown = list(s.products)
    rng.shuffle(shown)
    sents = [w.product(p) for p in shown[: rng.randint(1, 3)]]
    if s.kind == "search" and rng.random() < 0.4:
        sents.insert(0, w.count())
    return sents


_SCENARIO_ORDER = ("search", "product", "order", "policy", "compare", "product", "search", "order")


def generate(pool: FactPool, n_planted: int, n_correct: int, seed: int, split: str) -> list[Case]:
    """``n_planted`` replies with one error each (kinds and languages in turn) and ``n_correct`` correct ones."""
    rng = random.Random(f"{seed}:{split}")
    by_kind = {lang: {k: [s for s in pool.scenarios[lang] if s.kind == k] for k in
                      ("search", "product", "compare", "order", "policy")} for lang in LANGS}
    cases: list[Case] = []
    for i in range(n_planted):
        lang = LANGS[i % 3]
        label = ERROR_KINDS[(i // 3) % len(ERROR_KINDS)]
        kinds, planter = _PLANTERS[label]
        for _ in range(200):
            candidates = [s for k in kinds for s in by_kind[lang][k]]
            scen = rng.choice(candidates)
            w = _Writer(scen, split, rng, pool)
            try:
                sents, planted = planter(w)
            except _Skip:
                continue
            cases.append(Case(split, lang, label, _sep(lang).join(sents), scen.facts, scen.kind, w.used, planted))
            break
        else:
            raise RuntimeError(f"no scenario in {lang} can carry {label}: the store is too small")
    for i in range(n_correct):
        lang = LANGS[i % 3]
        kind = _SCENARIO_ORDER[(i // 3) % len(_SCENARIO_ORDER)]
        pool_k = by_kind[lang][kind] or by_kind[lang]["product"]
        scen = rng.choice(pool_k)
        w = _Writer(scen, split, rng, pool)
        cases.append(Case(split, lang, CORRECT, _sep(lang).join(_correct(w)), scen.facts, scen.kind, w.used))
    return cases


# What a search measures of itself (its time, its ranking scores): it changes from run to run and is no fact a reply
# may state, so it is no part of a set's identity.
_VOLATILE = frozenset({"took_ms", "score"})


def _stable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in _VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def dataset_hash(cases: list[Case]) -> str:
    """sha256 over every case (text, label, language, facts): the identity of the set a report measured."""
    h = hashlib.sha256()
    for c in cases:
        h.update(json.dumps([c.split, c.language, c.label, c.text, _stable(c.facts)], sort_keys=True,
                            ensure_ascii=False, default=str).encode("utf-8"))
    return h.hexdigest()


__all__ = ["CORRECT", "DEV", "ERROR_KINDS", "FRESH", "FRESH2", "FRESH3", "FRESH4", "FRESH5", "FRESH6", "FRESH7",
           "FRESH8", "FRESH9", "FRESH10", "FRESH11", "FRESH12", "FRESH13", "HELD", "SPLITS", "VARIETY", "Case",
           "dataset_hash",
           "generate"]
