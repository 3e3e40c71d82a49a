"""Issue 10: quantities as shoppers say them ("两万毫安", "half a litre", «полтора литра», "128G", "size XL") are
read as the quantity they are, and a number with a unit is never taken for a price."""

from __future__ import annotations

import pytest

from knowledge.figures import zh_to_int
from knowledge.query import parse_price, spell_quantities, understand


@pytest.mark.parametrize(("word", "value"), [("两万", 20000), ("一万五千", 15000), ("万", 10000), ("三十", 30),
                                             ("万万", None)])
def test_chinese_numerals_reach_the_ten_thousands(word: str, value: int | None) -> None:
    assert zh_to_int(word) == value


@pytest.mark.parametrize(("text", "key", "value"), [
    ("充电宝要两万毫安的", "capacity_mah", 20000),
    ("充电宝 2万毫安", "capacity_mah", 20000),
    ("a flask, half a litre is enough", "capacity_l", 0.5),
    ("термос на пол-литра", "capacity_l", 0.5),
    ("термос на полтора литра", "capacity_l", 1.5),
    ("保温壶一升半的", "capacity_l", 1.5),
    ("bottle 500ml", "capacity_l", 0.5),
    ("бутылка 750 мл", "capacity_l", 0.75),
    ("memory card 128G", "capacity_gb", 128),
    ("a card with 64 gigs", "capacity_gb", 64),
    ("rope at least 5m long", "length_m", ">=5"),  # a floor (knowledge/bounds.py)
])
def test_spoken_and_shorthand_quantities_become_attributes(text: str, key: str, value: float) -> None:
    assert understand(text).parsed.attributes.get(key) == value


def test_grams_that_are_no_power_of_two_stay_as_written() -> None:
    assert spell_quantities("chocolate 100g") == "chocolate 100g"


@pytest.mark.parametrize("text", ["rope at least 5m", "roughly 30 litres backpack", "больше 1,5 л", "不少于2米的绳子",
                                  "around 20000 mah power bank"])
def test_a_number_with_a_unit_is_not_a_price(text: str) -> None:
    limits = parse_price(text)
    assert limits.price_min is None and limits.price_max is None


def test_a_price_beside_a_quantity_is_still_read() -> None:
    u = understand("30 litre backpack under 80 dollars")
    assert u.parsed.price_max == 80 and u.parsed.attributes.get("capacity_l") == 30


@pytest.mark.parametrize(("text", "size"), [("jacket size XL", "XL"), ("куртка размер m", "M"), ("外套要L码的", "L"),
                                            ("boots size 42", "42"), ("鞋子38号", "38")])
def test_letter_and_number_sizes_with_a_size_word(text: str, size: str) -> None:
    assert understand(text).parsed.attributes.get("size") == size


@pytest.mark.parametrize("text", ["tent for 4 people, 3 m long", "hats", "mugs and cups"])
def test_a_bare_letter_is_no_size(text: str) -> None:
    assert "size" not in understand(text).parsed.attributes


def test_more_ways_to_name_a_limit() -> None:
    assert understand("headphones sub 40").parsed.price_max == 40
    # Chinese amounts without a currency are yuan: the same limit as one said with 元.
    assert understand("耳机预算就150").parsed.price_max == understand("耳机150元以内").parsed.price_max
    assert understand("预算只有200的背包").parsed.price_max == understand("200元以内的背包").parsed.price_max


def test_not_the_black_one_excludes_black() -> None:
    u = understand("jacket, not the black one")
    assert "black" in u.exclude_attrs.get("colour", []) or "black" in u.parsed.exclude_terms


@pytest.mark.parametrize(("text", "key", "value", "excluded"), [
    ("спальник, только не синтетика", "material", "synthetic", True),
    ("шапку, но не из шерсти", "material", "wool", True),
    ("носки из мериноса", "material", "merino", False),
])
def test_a_russian_material_said_as_a_noun(text: str, key: str, value: str, excluded: bool) -> None:
    u = understand(text)
    if excluded:
        assert value in u.exclude_attrs.get(key, [])
    else:
        assert u.parsed.attributes.get(key) == value


def test_a_question_of_what_a_thing_is_made_of_names_no_material() -> None:
    assert "material" not in understand("из чего сделан этот спальник").parsed.attributes
