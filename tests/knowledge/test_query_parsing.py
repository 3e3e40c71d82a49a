from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from knowledge.query import build_lexicon, lexicon_from_db, parse_price, parse_query

FX = {"USD": 1.0, "RUB": 0.01, "CNY": 0.125, "EUR": 1.1}


@pytest.mark.parametrize(
    ("text", "pmin", "pmax", "currency"),
    [
        ("waterproof hiking boots under 120", None, "120", None),
        ("below $80 headphones", None, "80", "USD"),
        ("running shoes between 50 and 80", "50", "80", None),
        ("tent 50-80 dollars", "50", "80", "USD"),
        ("boots over 100", "100", None, None),
        ("jacket under €90", None, "90", "EUR"),
        ("до 5000 руб ботинки", None, "5000", "RUB"),
        ("кроссовки дешевле 3000 рублей", None, "3000", "RUB"),
        ("палатка от 1000 до 2000 ₽", "1000", "2000", "RUB"),
        ("куртка до 10 000 руб", None, "10000", "RUB"),
        ("防水登山靴 100元以内", None, "100", "CNY"),
        ("耳机不超过800元", None, "800", "CNY"),
        ("800块以下的水壶", None, "800", "CNY"),
        ("200到500元的帐篷", "200", "500", "CNY"),
        ("相机1万元以上", "10000", None, "CNY"),
        # Shoppers' own words: dollars as «баксы», a budget one "fits into".
        ("палатка до 300 баксов", None, "300", "USD"),
        ("уложусь в 80 баксов?", None, "80", "USD"),
        # A bare range after a budget word is a price; without one it may be sizes or watts.
        ("gift for a runner, thinking like 50-80", "50", "80", None),
        ("бюджет 3000-5000", "3000", "5000", None),
        ("预算300-500", "300", "500", None),
    ],
)
def test_price_phrases(text: str, pmin: str | None, pmax: str | None, currency: str | None) -> None:
    got = parse_price(text.lower())
    assert got.price_min == (Decimal(pmin) if pmin else None)
    assert got.price_max == (Decimal(pmax) if pmax else None)
    assert got.currency == currency


@pytest.mark.parametrize("text", ["size 42 boots", "2-person tent", "60W charger 2L", "батарейки AA 4 шт",
                                  "boots 40-42", "she is 40 years old"])
def test_numbers_that_are_not_prices(text: str) -> None:
    got = parse_price(text.lower())
    assert got.price_min is None and got.price_max is None


def test_prices_convert_to_the_store_currency() -> None:
    ru = parse_query("непромокаемые ботинки до 10000 рублей", fx=FX)
    assert (ru.price_max, ru.currency, ru.language) == (Decimal("100.00"), "RUB", "ru")
    zh = parse_query("防水登山靴 800元以内", fx=FX)
    assert (zh.price_max, zh.currency, zh.language) == (Decimal("100.00"), "CNY", "zh")
    en = parse_query("boots under 120", fx=FX)
    assert en.price_max == Decimal("120") and en.currency is None
    # A store that sells in roubles keeps a rouble limit as it is.
    assert parse_query("до 5000 руб", store_currency="RUB", fx=FX).price_max == Decimal("5000")


CASES: list[tuple[str, dict[str, Any]]] = [
    ("waterproof hiking boots under 120",
     {"category": "footwear/hiking-boots", "attributes": {"waterproof": True}, "text": "waterproof hiking boots"}),
    ("непромокаемые треккинговые ботинки до 10000 рублей",
     {"category": "footwear/hiking-boots", "attributes": {"waterproof": True}}),
    ("防水登山靴 800元以内",
     {"category": "footwear/hiking-boots", "attributes": {"waterproof": True}, "text": "防水登山靴"}),
    ("blue backpack 30L", {"category": "outdoor/backpacks", "attributes": {"colour": "blue", "capacity_l": 30}}),
    ("60W charger", {"category": "electronics/chargers", "attributes": {"wattage": 60}}),
    ("vegan snack bars", {"category": "grocery/snack-bars", "attributes": {"vegan": True}}),
    ("size 42 hiking boots", {"attributes": {"size": "42"}}),
    ("синий рюкзак 30 л", {"category": "outdoor/backpacks", "attributes": {"colour": "blue", "capacity_l": 30}}),
    ("蓝色背包", {"category": "outdoor/backpacks", "attributes": {"colour": "blue"}}),
    # a Chinese character before the number does not glue it to a word
    ("想要一顶4人帐篷", {"attributes": {"persons": 4}}),
    ("палатка на 4 человека", {"category": "outdoor/tents", "attributes": {"persons": 4}}),
    ("有没有四人帐篷", {"category": "outdoor/tents", "attributes": {"persons": 4}}),
    ("双人帐篷", {"category": "outdoor/tents", "attributes": {"persons": 2}}),
    ("a 3-man tent", {"category": "outdoor/tents", "attributes": {"persons": 3}}),
    ("买个20000毫安的充电宝", {"attributes": {"capacity_mah": 20000}}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attributes_and_categories(text: str, expected: dict[str, Any]) -> None:
    got = parse_query(text).model_dump()
    for key, value in expected.items():
        if key == "attributes":
            for k, v in value.items():
                assert got["attributes"].get(k) == v, (text, got["attributes"])
        else:
            assert got[key] == value, (text, key, got[key])


@pytest.mark.parametrize(
    ("text", "excluded", "attributes"),
    [
        ("jacket not leather", ["leather"], {}),
        ("не кожаные ботинки", ["leather"], {}),
        ("不要皮的登山靴", ["leather"], {}),
        ("suitcase no wheels", ["wheels"], {}),
        # "without sugar" names the sugar-free flag: a positive wish, not an exclusion.
        ("cookies without sugar", [], {"sugar_free": True}),
        ("печенье без сахара", [], {"sugar_free": True}),
        ("无糖饼干", [], {"sugar_free": True}),
        ("headlamp not waterproof", [], {"waterproof": False}),
    ],
)
def test_negations(text: str, excluded: list[str], attributes: dict[str, Any]) -> None:
    got = parse_query(text)
    assert got.exclude_terms == excluded
    for k, v in attributes.items():
        assert got.attributes.get(k) is v
    assert "not" not in got.text.split() and "без" not in got.text


@pytest.mark.parametrize("text", ["", "   ", "; DROP TABLE products; --", "\x00\x1b[31m", "🙂" * 10, "x" * 5000])
def test_odd_text_never_raises(text: str) -> None:
    got = parse_query(text)
    assert got.price_max is None and got.category is None


def test_lexicon_from_an_imported_catalog_generalizes() -> None:
    """Words come from the store's own categories and attribute values, not from a product list."""
    lex = build_lexicon(
        categories=[("furniture/outdoor-seating/adirondack-chairs", {"en": "Adirondack chairs"})],
        attributes=[("finish", "teak"), ("foldable", True)],
    )
    got = parse_query("foldable teak adirondack chairs under 300", lexicon=lex)
    assert got.category == "furniture/outdoor-seating/adirondack-chairs"
    assert got.attributes == {"finish": "teak", "foldable": True}
    assert got.price_max == Decimal("300")


def test_lexicon_from_the_demo_db(demo_db_url: str) -> None:
    lex = lexicon_from_db(demo_db_url)
    got = parse_query("чёрные туристические стулья", lexicon=lex)
    assert got.category is not None and got.category.endswith("camping-chairs")
    # "black" names a colour for chairs; an attribute key chairs never have is not kept.
    assert set(got.attributes) <= lex.category_keys[got.category] | {"colour"}


@pytest.mark.parametrize(
    ("text", "category", "attributes"),
    [
        ("无糖巧克利", "grocery/chocolate", {"sugar_free": True}),  # 力 -> 利: a pinyin-keyboard homophone
        ("防谁登山靴", "footwear/hiking-boots", {"waterproof": True}),
        ("坚果", "grocery/nuts", {}),  # not 煎锅 (frying pans): two characters off is another word, not a slip
    ],
)
def test_chinese_homophone_slips(text: str, category: str, attributes: dict[str, Any]) -> None:
    got = parse_query(text)
    assert got.category == category
    assert got.attributes == attributes


def test_a_persons_size_is_read_but_not_their_age() -> None:
    from knowledge.query import understand

    assert understand("wait actually she's a 37 now").parsed.attributes.get("size") == "37"
    assert "size" not in understand("she is 40 years old").parsed.attributes
