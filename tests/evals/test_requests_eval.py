"""The requests eval's judge on hand-made last turns against a small demo store: structure, not targets."""

from __future__ import annotations

from typing import Any

import pytest

from evals.requests import TurnOut, judge, summarise
from evals.requests_judge import KINDS, ProductView, load_cases, load_products, yes_no


@pytest.fixture(scope="module")
def products(demo_db_url: str) -> dict[int, ProductView]:
    return load_products(demo_db_url)


def _case(cid: str, kind: str, lang: str, turns: list[str], **expect: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"categories": [], "max_price_usd": None, "min_price_usd": None, "attributes": [],
                            "exclude": [], "answer": None, "not_sold": kind == "not_sold"}
    base.update(expect)
    return {"id": cid, "lang": lang, "kind": kind, "turns": turns, "expect": base}


def _turn(text: str, shown: list[int]) -> TurnOut:
    return TurnOut(text=text, intent="search", shown=shown, seconds=0.01)


def test_negation_precision_counts_only_products_without_the_excluded_words(products: dict[int, ProductView]) -> None:
    boots = sorted((p for p in products.values() if p.slug == "hiking-boots"), key=lambda p: p.id)
    good = [p.id for p in boots if p.attrs.get("material") != "leather" and p.attrs.get("colour") != "black"]
    bad = [p.id for p in boots if p.attrs.get("material") == "leather"]
    assert len(good) >= 3 and bad
    case = _case("t-negation-1", "negation", "en", ["hiking boots, not leather and not black"],
                 categories=["hiking-boots"], exclude=["leather", "black", "unknown-word"])
    assert judge(case, [_turn("", good[:3])], products).score == 1.0
    mixed = judge(case, [_turn("", [good[0], bad[0], good[1]])], products)
    assert mixed.score == pytest.approx(2 / 3)
    assert mixed.unchecked_words == ["unknown-word"]
    assert judge(case, [_turn("", [])], products).score == 0.0


def test_not_sold_needs_an_explicit_statement_in_the_shoppers_language(products: dict[int, ProductView]) -> None:
    case = _case("t-not-sold-1", "not_sold", "ru", ["есть стиральные машины?"])
    towel = next(p.id for p in products.values() if p.slug == "towels")
    assert judge(case, [_turn("Мы не продаём стиральные машины. Есть полотенца:", [towel])], products).score == 1.0
    assert judge(case, [_turn("Вот что нашлось: 1. Полотенце", [towel])], products).score == 0.0
    assert judge(case, [_turn("Sorry, we don't sell washing machines.", [])], products).score == 0.0


def test_comparison_must_name_the_cheaper_one_and_the_difference(products: dict[int, ProductView]) -> None:
    tents = min((p for p in products.values() if p.slug == "tents"), key=lambda p: (p.price, p.id))
    bags = min((p for p in products.values() if p.slug == "sleeping-bags"), key=lambda p: (p.price, p.id))
    lo, hi = (tents, bags) if tents.price < bags.price else (bags, tents)
    case = _case("en-name-or-compare-003", "name_or_compare", "en", ["which is cheaper, tent or sleeping bag?"],
                 categories=["tents", "sleeping-bags"])
    right = judge(case, [_turn(f"The one at ${lo.price:.2f} is cheaper than the one at ${hi.price:.2f}.", [])],
                  products)
    wrong = judge(case, [_turn(f"The one at ${hi.price:.2f} is cheaper than the one at ${lo.price:.2f}.", [])],
                  products)
    listing = judge(case, [_turn(f"1. ${lo.price:.2f} 2. ${hi.price:.2f}", [])], products)
    assert (right.score, wrong.score, listing.score) == (1.0, 0.0, 0.0)


def test_followup_subject_and_summary_shape(products: dict[int, ProductView]) -> None:
    tents = [p for p in products.values() if p.slug == "tents" and p.attrs.get("waterproof")]
    creams = [p.id for p in products.values() if p.slug == "face-cream"]
    case = _case("t-followup-1", "followup", "zh", ["四人帐篷", "只要防水的"], categories=["tents"],
                 attributes=["waterproof"])
    kept = judge(case, [_turn("", [t.id for t in tents[:3]]), _turn("", [t.id for t in tents[:3]])], products)
    lost = judge(case, [_turn("", [t.id for t in tents[:3]]), _turn("", creams[:3])], products)
    assert kept.subject_kept is True and lost.subject_kept is False and lost.score == 0.0
    metrics, rows = summarise([kept, lost])
    assert metrics["followup_subject_kept_zh"] == 0.5 and metrics["cases"] == 2
    assert len(rows) == len(KINDS) * 4


def test_the_committed_set_is_well_formed() -> None:
    from evals.requests import DATASET

    cases = load_cases(DATASET)
    assert len(cases) >= 360 and len({c["id"] for c in cases}) == len(cases)
    assert {c["kind"] for c in cases} == set(KINDS) and {c["lang"] for c in cases} == {"en", "ru", "zh"}
    assert all(c["expect"]["not_sold"] == (c["kind"] == "not_sold") for c in cases)


def test_yes_no_reads_the_answer_not_the_echoed_question() -> None:
    assert yes_no("Yes, we have 3 of them.", "en") is True
    assert yes_no("К сожалению, такого нет.", "ru") is False
    assert yes_no("没有，最贵的是300元。", "zh") is False
    assert yes_no("为您找到“跑鞋有44码的吗”的相关商品： 1. Vantor：US$146.99，有货 47 件", "zh") is None
    assert yes_no("I'm not sure I understood. Did you mean these? 1. Tent", "en") is None
