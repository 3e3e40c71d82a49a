"""Needs, gifts and things not sold (issue 10): category profiles built from the demo catalog, matched with the real
multilingual model; soft budgets and scoped negations in the shared parser."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.category_profiles import get_profiles, profile_texts
from knowledge.needs import NOT_SOLD_FIT, is_gift, matching_text, read_need
from knowledge.query import parse_query, understand
from tests.knowledge.search_support import use_embedder


def test_profiles_hold_only_categories_with_products_and_their_own_words(demo_db_url: str) -> None:
    texts, names = profile_texts(demo_db_url)
    assert "outdoor/tents" in texts and "outdoor" not in texts  # a department is a heading, not a category
    tents = texts["outdoor/tents"]
    assert {"Tents", "Палатки", "帐篷"} <= set(tents)
    assert len(tents) > 3  # description sentences shared by the category's products, in every language
    assert not any("Brand" in t or ":" in t for t in tents)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my phone runs out of battery every afternoon", "electronics/power-banks"),
        ("ночью в спальнике холодно, мёрзну до утра", "outdoor/sleeping-bags"),
        ("想在家里锻炼手臂力量", "sports/dumbbells"),
        ("a present for my niece who loves building things", "toys/building-sets"),
    ],
)
def test_a_need_or_a_gift_maps_to_the_category_that_serves_it(demo_db_url: str, text: str, category: str) -> None:
    reading = read_need(text, get_profiles(demo_db_url, use_embedder()), use_embedder())
    assert reading.confident
    assert reading.category == category, [(m.path, round(m.score, 3)) for m in reading.matches[:3]]


def test_things_not_sold_stay_far_from_every_category_name(demo_db_url: str) -> None:
    profiles = get_profiles(demo_db_url, use_embedder())
    emb = use_embedder()
    for sold in ("rucksack", "кроссовки для бега", "充电宝"):
        assert profiles.name_fit(emb.embed([sold])[0])[1] >= NOT_SOLD_FIT, sold
    for not_sold in ("lawnmowers", "ноутбуки", "感冒药"):
        assert profiles.name_fit(emb.embed([not_sold])[0])[1] < NOT_SOLD_FIT, not_sold


def test_gift_framing_is_cut_and_interests_kept() -> None:
    assert is_gift("birthday present for my dad")
    assert is_gift("мужу, он любит рыбалку")
    assert is_gift("送给喜欢露营的男朋友")
    assert not is_gift("my phone dies by lunchtime")
    words, kind, recipient = matching_text("gift for my dad who likes camping")
    assert kind == "gift" and recipient is not None and "camping" in words and "dad" not in words


@pytest.mark.parametrize(
    ("text", "pmax", "currency"),
    [
        ("gift for my dad who likes camping, around 50 dollars", "55.00", "USD"),
        ("hat, 2000块预算", "2000", "CNY"),
        ("наушники тысячи на четыре", "4400", "RUB"),
        ("I can spend 500 on a camera", "500", None),
        ("耳机50刀以内", "50", "USD"),
    ],
)
def test_soft_budgets_are_upper_limits(text: str, pmax: str, currency: str | None) -> None:
    p = parse_query(text, fx={"USD": 1.0, "RUB": 1.0, "CNY": 1.0})
    assert p.price_max is not None and p.price_max == Decimal(pmax), p
    assert p.currency == currency


def test_a_number_without_money_is_never_a_budget() -> None:
    p = parse_query("sunscreen SPF 50 for the beach")
    assert p.price_max is None and p.price_min is None


@pytest.mark.parametrize(
    ("text", "excluded", "wanted"),
    [
        ("none of the leather ones", {"material": ["leather"]}, {}),
        ("a yogurt with neither sugar nor lactose", {}, {"sugar_free": True, "lactose_free": True}),
        ("water bottle that isn't plastic", {"material": ["plastic"]}, {}),
        ("零食棒不要有糖的", {}, {"sugar_free": True}),
        ("背包除了黑色都行", {"colour": ["black"]}, {}),
    ],
)
def test_negations_keep_their_scope(text: str, excluded: dict, wanted: dict) -> None:
    u = understand(text)
    assert u.exclude_attrs == excluded
    assert {k: v for k, v in u.parsed.attributes.items() if k in wanted} == wanted


def test_a_wish_written_with_a_negation_word_is_a_wish() -> None:
    u = understand("non-stick pan")
    assert u.parsed.attributes.get("non_stick") is True and not u.parsed.exclude_terms
    assert understand("рюкзак, чтобы не промокал").parsed.attributes.get("waterproof") is True
