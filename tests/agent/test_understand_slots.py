"""Slots in three languages: order id, aisle, ordinals, refinements, colours, and the search slots (parse_query)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.understand.slots import extract_slots, find_aisle, find_colour, find_ordinal, find_refine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the second one", 2),
        ("tell me more about the first one", 1),
        ("is the 3rd one waterproof", 3),
        ("#3", 3),
        ("what about number 4", 4),
        ("the last one", -1),
        ("второй", 2),
        ("а второй?", 2),
        ("расскажи про третий товар", 3),
        ("последний", -1),
        ("第二个", 2),
        ("第3款怎么样", 3),
        ("最后一个", -1),
        # not references
        ("what should a first-time camper bring", None),
        ("в первый поход", None),
        ("第一次买", None),
        ("order 1234", None),
        ("show me running shoes", None),
    ],
)
def test_ordinals(text: str, expected: int | None) -> None:
    assert find_ordinal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("show me cheaper ones", "cheaper"),
        ("anything less expensive?", "cheaper"),
        ("а подешевле?", "cheaper"),
        ("есть дешевле?", "cheaper"),
        ("有便宜点的吗", "cheaper"),
        ("something more expensive", "pricier"),
        ("а подороже", "pricier"),
        ("有贵一点的吗", "pricier"),
        ("something similar", "similar"),
        ("есть похожие?", "similar"),
        ("有类似的吗", "similar"),
        ("where is my order", None),
        # A price bound, read by the price parser: not "more expensive ones".
        ("есть ли у вас палатки дороже 300 долларов?", None),
        ("tents cheaper than $200", None),
        ("есть дороже?", "pricier"),
    ],
)
def test_refine(text: str, expected: str | None) -> None:
    assert find_refine(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in blue", "blue"),
        ("do you have it in navy?", "navy"),
        ("в синем", "blue"),
        ("а чёрные есть?", "black"),
        ("тёмно-синий", "navy"),
        ("蓝色的", "blue"),
        ("有黑色的吗", "black"),
        ("明白了", None),  # 白 inside "understood" is not white
        ("сервис ужасный", None),  # "сер" inside a word is not grey
    ],
)
def test_colours(text: str, expected: str | None) -> None:
    assert find_colour(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what's out of stock in aisle 4", "4"),
        ("did aisle 12B get restocked", "12B"),
        ("check the 7th aisle", "7"),
        ("чего нет в 4 ряду", "4"),
        ("в четвёртом ряду пусто?", "4"),
        ("ряд 5 пополнили?", "5"),
        ("4号货架哪些缺货了", "4"),
        ("第三排补货了吗", "3"),
        ("show me jackets", None),
    ],
)
def test_aisle(text: str, expected: str | None) -> None:
    assert find_aisle(text) == expected


def test_order_ids_in_three_languages() -> None:
    assert extract_slots("where is my order 1234?", "en", search=False).order_id == 1234
    assert extract_slots("order #5521 status please", "en", search=False).order_id == 5521
    assert extract_slots("статус заказа №778", "ru", search=False).order_id == 778
    assert extract_slots("查一下订单4410", "zh", search=False).order_id == 4410
    assert extract_slots("5521号订单发了吗", "zh", search=False).order_id == 5521
    assert extract_slots("show me boots under 120", "en", search=False).order_id is None


def test_search_slots_come_from_parse_query() -> None:
    en = extract_slots("waterproof hiking boots under 120, not leather", "en")
    assert en.price_max == Decimal("120")
    assert en.attributes.get("waterproof") is True
    assert "leather" in en.exclude_terms
    assert en.query and "boots" in en.query and "120" not in en.query

    ru = extract_slots("синие кроссовки до 5000 рублей", "ru")
    assert ru.currency == "RUB"
    assert ru.price_max is not None
    assert ru.attributes.get("colour") == "blue"

    zh = extract_slots("蓝色的跑鞋", "zh")
    assert zh.attributes.get("colour") == "blue"


def test_bare_attribute_is_a_refinement() -> None:
    assert extract_slots("in blue", "en").refine == "attribute"
    assert extract_slots("а в синем есть?", "ru").refine == "attribute"
    assert extract_slots("蓝色的有吗", "zh").refine == "attribute"
    assert extract_slots("blue running shoes for trail", "en").refine is None
