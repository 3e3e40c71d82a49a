"""Forms the verifier used to misread (issue 9), each checked both ways: the true sentence passes, and the same
wording with the figure, product or state made wrong still fails on the claim of that kind.

- numbers that are no claim: the unit a price is for ("59.99美元一件", "$5 each"), a count of the reply's own
  words ("2 quick notes"), an order number that is the start of a date ("Дата заказа: 2026-11-18"), a month
  abbreviation read as a name ("18 Nov 2026"), "Amount paid: $45.50" read as the state "paid";
- a subject bound right: a bare figure after a question about one product ("The boots? USD59.99."), a name with
  "'s" run into it ("The Alpen Parka's $89.99"); marketing labels are no names ("a Top Pick", "Customer Favorite");
- stock in more wordings: "we have no X left", "isn't available", "сейчас нет", "распродали", clause-final "есть",
  "库存充足", counts "on the shelf", "stock 7", "остаток 7", "7 единиц товара";
- sizes as letters before their word ("в XL размере", "in XL"); money as "59.99元美金", "美金14.99", "欧元59.99";
- dates: "Delivery date:", "should be delivered on", "预计送达时间", "预计在…送到您手上", "Заказ от …", "выдан";
- order states in more wordings, quoted ones too («доставлен», "ждём оплату", "已关闭", "等您付款"); a place word in
  a sentence about an order ("собирается на складе") is no product's stock.
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.grounding import verify_reply
from tests.agent.test_grounding_claims import TODAY, facts

JACKET = {
    "product_id": 5,
    "title": "Urbanist Nova Jacket",
    "brand": "Urbanist",
    "price": "99.99",
    "currency": "USD",
    "in_stock": True,
    "stock_qty": 27,
    "attributes": {"sizes": ["S", "M", "L", "XL"]},
}
JACKET_RU = {**JACKET, "title": "Куртка Urbanist Nova"}


def _reasons(lang: str, text: str, given: list[dict[str, Any]] | None = None) -> list[str]:
    verdict = verify_reply(
        text, given if given is not None else facts(lang), language=lang, default_currency="USD", today=TODAY
    )
    return [r for s in verdict.failures for r in s.verdict.reasons]


def _order(status: str, **dates: str) -> list[dict[str, Any]]:
    o = {
        "order_id": 2001,
        "status": status,
        "placed_on": "2026-11-10",
        "total": "45.50",
        "currency": "USD",
        "carrier": "UPS",
        "lines": [],
    }
    return [{**o, **dates}]


DELIVERED = _order("delivered", shipped_on="2026-11-12", delivered_on="2026-11-20", expected_delivery="2026-11-19")
SHIPPED = _order("shipped", shipped_on="2026-11-12", expected_delivery="2026-11-19")

# (language, true sentence, the same wording made false, the claim kind that must fail it, facts or None)
PAIRS: list[tuple[str, str, str, str, list[dict[str, Any]] | None]] = [
    # numbers that are no claim
    ("zh", "Northpeak 登山靴，59.99美元一件。", "Northpeak 登山靴，89.99美元一件。", "money", None),
    ("zh", "Northpeak 登山靴59.99美元一件，库存7件。", "Northpeak 登山靴59.99美元一件，库存2件。", "stock_qty", None),
    (
        "en",
        "The Northpeak Trail Boots are $59.99 each; 7 pairs are left.",
        "The Northpeak Trail Boots are $59.99 each; 2 pairs are left.",
        "stock_qty",
        None,
    ),
    (
        "ru",
        "Ботинки Northpeak Trail: 59,99 $ за 1 шт., в наличии 7 шт.",
        "Ботинки Northpeak Trail: 59,99 $ за 1 шт., в наличии 2 шт.",
        "stock_qty",
        None,
    ),
    (
        "en",
        "I'd point you to the Northpeak Trail Boots: $59.99, and 2 quick notes follow below.",
        "I'd point you to the Northpeak Trail Boots: $89.99, and 2 quick notes follow below.",
        "money",
        None,
    ),
    (
        "ru",
        "Заказ 1042 отправлен. Дата заказа: 2026-11-18.",
        "Заказ 1042 отправлен. Дата заказа: 2026-11-20.",
        "date",
        None,
    ),
    ("en", "Order 1042 was placed on 18 Nov 2026.", "Order 1042 was placed on 19 Nov 2026.", "date", None),
    (
        "en",
        "Order 2001 was cancelled. Amount paid: $45.50.",
        "Order 2001 was cancelled. Amount paid: $49.50.",
        "money",
        _order("cancelled"),
    ),
    # subjects
    ("en", "The Northpeak Trail Boots? USD59.99.", "The Northpeak Trail Boots? USD89.99.", "money", None),
    ("en", "The Alpen Parka's $89.99.", "The Alpen Parka's $59.99.", "money", None),
    ("en", "The Alpen Parka's $89.99.", "The Zorblax Parka's $89.99.", "name", None),
    (
        "en",
        "It's a Top Pick: the Northpeak Trail Boots at $59.99 (a Customer Favorite).",
        "It's a Top Pick: the Zorblax Trail Boots at $59.99 (a Customer Favorite).",
        "name",
        None,
    ),
    # stock
    (
        "en",
        "Unfortunately we have no Alpen Parka left.",
        "Unfortunately we have no Northpeak Trail Boots left.",
        "stock_flag",
        None,
    ),
    (
        "en",
        "Unfortunately the Alpen Parka isn't available right now.",
        "Unfortunately the Northpeak Trail Boots isn't available right now.",
        "stock_flag",
        None,
    ),
    ("ru", "Товара «Парка Alpen» сейчас нет.", "Товара «Ботинки Northpeak Trail» сейчас нет.", "stock_flag", None),
    ("ru", "Увы, парку Alpen уже распродали.", "Увы, ботинки Northpeak Trail уже распродали.", "stock_flag", None),
    (
        "ru",
        "Да, ботинки Northpeak Trail есть, цена — 59,99 $.",
        "Да, парка Alpen есть, цена — 89,99 $.",
        "stock_flag",
        None,
    ),
    ("zh", "Northpeak 登山靴库存充足。", "Alpen 派克大衣库存充足。", "stock_flag", None),
    ("zh", "Alpen 派克大衣暂不可售。", "Northpeak 登山靴暂不可售。", "stock_flag", None),
    ("zh", "Alpen 派克大衣已经被抢光了。", "Northpeak 登山靴已经被抢光了。", "stock_flag", None),
    ("zh", "Northpeak 登山靴目前可售。", "Alpen 派克大衣目前可售。", "stock_flag", None),
    (
        "en",
        "The Northpeak Trail Boots are $59.99; there are 7 on the shelf right now.",
        "The Northpeak Trail Boots are $59.99; there are 9 on the shelf right now.",
        "stock_qty",
        None,
    ),
    ("en", "Northpeak Trail Boots: $59.99, stock 7.", "Northpeak Trail Boots: $59.99, stock 2.", "stock_qty", None),
    (
        "en",
        "We hold 7 of the Northpeak Trail Boots in the store.",
        "We hold 2 of the Northpeak Trail Boots in the store.",
        "stock_qty",
        None,
    ),
    (
        "ru",
        "Ботинки Northpeak Trail — 59,99 $, остаток 7.",
        "Ботинки Northpeak Trail — 59,99 $, остаток 2.",
        "stock_qty",
        None,
    ),
    (
        "ru",
        "В наличии 7 единиц товара «Ботинки Northpeak Trail».",
        "В наличии 2 единиц товара «Ботинки Northpeak Trail».",
        "stock_qty",
        None,
    ),
    # sizes and money
    ("ru", "Куртка Urbanist Nova есть в XL размере.", "Куртка Urbanist Nova есть в XXL размере.", "size", [JACKET_RU]),
    ("en", "We have the Urbanist Nova Jacket in XL.", "We have the Urbanist Nova Jacket in XXL.", "size", [JACKET]),
    ("zh", "Northpeak 登山靴的尺码有42。", "Northpeak 登山靴的尺码有45。", "size", None),
    ("zh", "Northpeak 登山靴有42尺码。", "Northpeak 登山靴有45尺码。", "size", None),
    ("zh", "Northpeak 登山靴售价59.99元美金。", "Northpeak 登山靴售价59.99元。", "money", None),
    ("zh", "Northpeak 登山靴售价美金59.99。", "Northpeak 登山靴售价欧元59.99。", "money", None),
    ("zh", "加急配送美金14.99。", "加急配送美金50。", "money", None),
    # dates
    (
        "en",
        "Order 2001 was delivered. Delivery date: 20 November 2026.",
        "Order 2001 was delivered. Delivery date: 19 November 2026.",
        "date",
        DELIVERED,
    ),
    (
        "en",
        "Order 2001 has shipped. Delivery date: November 19, 2026.",
        "Order 2001 has shipped. Delivery date: November 12, 2026.",
        "date",
        SHIPPED,
    ),
    (
        "en",
        "Order 2001 has shipped. It should be delivered on November 19, 2026.",
        "Order 2001 has shipped. It should be delivered on November 12, 2026.",
        "date",
        SHIPPED,
    ),
    (
        "zh",
        "订单2001已发货。预计送达时间是2026年11月19日。",
        "订单2001已发货。预计送达时间是2026年11月12日。",
        "date",
        SHIPPED,
    ),
    ("zh", "订单2001预计在2026年11月19日送到您手上。", "订单2001预计在2026年11月10日送到您手上。", "date", SHIPPED),
    (
        "ru",
        "Заказ 2001 доставлен. Заказ от 10 нояб. 2026.",
        "Заказ 2001 доставлен. Заказ от 12 нояб. 2026.",
        "date",
        DELIVERED,
    ),
    ("ru", "Заказ 2001 выдан 20.11.2026.", "Заказ 2001 выдан 12.11.2026.", "date", DELIVERED),
    (
        "ru",
        "Заказ 2001 в пути. Курьер привезёт его 19 ноября 2026.",
        "Заказ 2001 в пути. Курьер привезёт его 12 ноября 2026.",
        "date",
        SHIPPED,
    ),
]


@pytest.mark.parametrize(("lang", "true", "false", "kind", "given"), PAIRS)
def test_a_form_passes_when_true_and_fails_when_false(
    lang: str, true: str, false: str, kind: str, given: list[dict[str, Any]] | None
) -> None:
    assert _reasons(lang, true, given) == [], true
    assert any(r.startswith(kind) for r in _reasons(lang, false, given)), (false, _reasons(lang, false, given))


# (language, sentence, true of this order, false of that one): order states in more wordings.
STATES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    ("en", "Quick update: order 2001 got to you.", DELIVERED, SHIPPED),
    ("ru", "Заказ 2001: статус «доставлен».", DELIVERED, SHIPPED),
    ("ru", "Заказ 2001: статус «Отправлен».", SHIPPED, _order("pending")),
    ("ru", "Статус заказа: доставка завершена.", DELIVERED, SHIPPED),
    ("ru", "Заказ 2001: ждём оплату.", _order("pending"), DELIVERED),
    ("ru", "Заказ 2001 курьер уже везёт.", SHIPPED, _order("cancelled")),
    ("ru", "Заказ 2001 получен.", DELIVERED, _order("cancelled")),
    ("ru", "Заказ 2001: возврат принят.", _order("returned"), DELIVERED),
    ("ru", "Заказ 2001: отмена подтверждена.", _order("cancelled"), DELIVERED),
    ("zh", "订单2001已关闭。", _order("cancelled"), SHIPPED),
    ("zh", "订单2001的状态：发货了。", SHIPPED, _order("cancelled")),
    ("zh", "订单2001已完成配送。", DELIVERED, _order("paid")),
    ("zh", "订单2001：等您付款。", _order("pending"), _order("returned")),
    ("zh", "订单2001尚未完成支付。", _order("pending"), _order("returned")),
    ("zh", "订单2001预计在2026年11月19日送到您手上。", SHIPPED, _order("cancelled")),
]


@pytest.mark.parametrize(("lang", "sentence", "true_of", "false_of"), STATES)
def test_state_wordings(
    lang: str, sentence: str, true_of: list[dict[str, Any]], false_of: list[dict[str, Any]]
) -> None:
    assert _reasons(lang, sentence, true_of) == [], sentence
    assert any(r.startswith(("state", "date")) for r in _reasons(lang, sentence, false_of)), sentence


def test_an_order_kept_in_the_warehouse_is_no_stock_claim() -> None:
    given = [
        {
            **SHIPPED[0],
            "status": "paid",
            "lines": [
                {
                    "product_id": 2,
                    "title": "Ботинки Northpeak Trail",
                    "price": "59.99",
                    "currency": "USD",
                    "qty": 1,
                    "in_stock": False,
                    "stock_qty": 0,
                }
            ],
        }
    ]
    assert _reasons("ru", "Заказ 2001 собирается на складе.", given) == []
    # a product named in the same words is still checked
    assert any(r.startswith("stock_flag") for r in _reasons("ru", "Ботинки Northpeak Trail есть на складе.", given))
