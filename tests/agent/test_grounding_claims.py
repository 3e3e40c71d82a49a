"""Claim-level grounding: each claim is checked against its own subject's tool result, in en/ru/zh.

The issue's examples: another product's price, a stock count that is a number found elsewhere (2024), in stock
when it is not, a date without its year, an invented product name with a real price.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from agent.grounding import verify_reply

TODAY = dt.date(2026, 12, 2)
TITLES = {
    "en": ("Alpen Parka", "Northpeak Trail Boots", "Summit Tent X2 2024"),
    "ru": ("Парка Alpen", "Ботинки Northpeak Trail", "Палатка Summit X2 2024"),
    "zh": ("Alpen 派克大衣", "Northpeak 登山靴", "Summit 双人帐篷 X2 2024"),
}


def facts(lang: str) -> list[dict[str, Any]]:
    parka, boots, tent = TITLES[lang]
    hits = [
        {"product_id": 1, "sku": "AP-1", "title": parka, "brand": "Alpen", "price": "89.99", "currency": "USD",
         "in_stock": False, "stock_qty": 0, "rating": 4.2, "attributes": {"colour": "blue"}},
        {"product_id": 2, "sku": "NT-2", "title": boots, "brand": "Northpeak", "price": "59.99", "currency": "USD",
         "in_stock": True, "stock_qty": 7, "rating": 4.6, "attributes": {"size": ["41", "42", "43"]}},
        {"product_id": 3, "sku": "ST-3", "title": tent, "brand": "Summit", "price": "1299.00", "currency": "USD",
         "in_stock": True, "stock_qty": 2, "rating": None, "attributes": {"capacity": 2}},
    ]
    order = {"order_id": 1042, "status": "shipped", "placed_on": "2026-11-18", "shipped_on": "2026-11-20",
             "expected_delivery": "2026-11-25", "delivered_on": None, "total": "45.50", "currency": "USD",
             "carrier": "UPS", "tracking_number": "1Z999AA10123456784", "lines": []}
    returns = {"key": "returns", "kind": "returns", "language": lang, "title": "Returns",
               "body": "Return within 30 days. Opened items: 10% restocking fee. Refunds take 5–7 days.",
               "fields": {"return_days": 30, "restocking_fee_pct": 10, "refund_days": [5, 7]}}
    delivery = {"key": "delivery", "kind": "delivery", "language": lang, "title": "Delivery",
                "body": "Standard 3–5 days, $5.99; express 1–2 days, $14.99; free over $50.",
                "fields": {"standard_days": [3, 5], "standard_fee": 5.99, "express_days": [1, 2],
                           "express_fee": 14.99, "free_shipping_over": 50, "currency": "USD"}}
    return [{"hits": hits, "parsed": {"text": "parka"}}, order, returns, delivery]


CASES: list[tuple[str, str, str | None]] = [
    # (language, sentence, the kind of claim that must fail, or None when the sentence is true)
    ("en", "The Alpen Parka costs $89.99 and is out of stock.", None),
    ("en", "The Alpen Parka costs $59.99 and is in stock.", "money"),      # another product's price
    ("en", "The Alpen Parka is in stock.", "stock_flag"),
    ("en", "We have 2024 pairs left.", "stock_qty"),                         # 2024 is a title's number
    ("en", "We have 7 pairs of the Northpeak Trail Boots left.", None),
    ("en", "Only 2 Northpeak Trail Boots left.", "stock_qty"),
    ("en", "The Northpeak Trail Boots are rated 4.6 out of 5.", None),
    ("en", "The Northpeak Trail Boots are rated 4.9 out of 5.", "rating"),
    ("en", "The Northpeak Trail Boots come in sizes 41 and 43.", None),
    ("en", "The Northpeak Trail Boots come in size 45.", "size"),
    ("en", "The Zorblax Hyperboots 9000 cost $59.99.", "name"),             # invented name, real price
    ("en", "You could try the Glacier Pro X5 instead.", "name"),
    ("en", "The Alpen Trail Tent costs $89.99.", "name"),                    # words of three titles mixed
    ("en", "It costs $59.99.", None),                                        # no subject named: fits one
    ("en", "It costs $42.00.", "money"),
    ("en", "The Alpen Parka costs 89.99 €.", "money"),
    ("en", "I found 3 options for you.", None),
    ("en", "I found 5 options for you.", "count"),
    ("en", "Your order 1042 has shipped with UPS, tracking number 1Z999AA10123456784.", None),
    ("en", "Your order 1042 has shipped with DHL.", "carrier"),
    ("en", "Your tracking number is 1Z999AA10000000000.", "code"),
    ("en", "Order 1042 was delivered.", "state"),
    ("en", "Order 1042 should arrive on November 25, 2026.", None),
    ("en", "Order 1042 should arrive on November 25.", "date"),              # no year: which November 25?
    ("en", "Order 1042 should arrive on November 25, 2025.", "date"),
    ("en", "Order 1042 should arrive on November 26, 2026.", "date"),
    ("en", "Order 1042 was placed on November 25, 2026.", "date"),         # a date of the order, wrong role
    ("en", "Order 1042 cost $45.50.", None),
    ("en", "Order 1042 cost $59.99.", "money"),                             # a product's price, not the total
    ("en", "You can return items within 30 days.", None),
    ("en", "You can return items within 60 days.", "duration"),
    ("en", "Standard delivery costs $5.99 and takes 3–5 business days.", None),
    ("en", "Standard delivery takes 2–4 business days.", "duration"),
    ("ru", "Парка Alpen стоит 89,99 $, её нет в наличии.", None),
    ("ru", "Парка Alpen стоит 59,99 $ и есть в наличии.", "money"),
    ("ru", "Осталось 2024 пары.", "stock_qty"),
    ("ru", "Ботинки Northpeak Trail в наличии: 7 шт.", None),
    ("ru", "Ботинки Northpeak Trail в наличии: 9 шт.", "stock_qty"),
    ("ru", "Модель «Зорбакс 9000» стоит 59,99 $.", "name"),
    ("ru", "Заказ 1042 доставлен.", "state"),
    ("ru", "Заказ 1042 отправлен через UPS.", None),
    ("ru", "Заказ 1042 будет доставлен 25 ноября 2026 г.", None),
    ("ru", "Вернуть товар можно в течение 30 дней.", None),
    ("ru", "Вернуть товар можно в течение 14 дней.", "duration"),
    ("ru", "Нашлось 3 варианта.", None),
    ("ru", "Нашлось 5 вариантов.", "count"),
    ("zh", "Alpen 派克大衣售价US$89.99，目前缺货。", None),
    ("zh", "Alpen 派克大衣售价US$59.99，有货。", "money"),
    ("zh", "还剩2024双。", "stock_qty"),
    ("zh", "Northpeak 登山靴有货 7 件。", None),
    ("zh", "Zorblax 9000 售价US$59.99。", "name"),
    ("zh", "订单1042已送达。", "state"),
    ("zh", "订单1042已发货，承运商UPS。", None),
    ("zh", "预计11月25日送达订单1042。", "date"),  # no year
    ("zh", "签收后30天内可退货。", None),
    ("zh", "签收后七天内可退货。", "duration"),
    ("zh", "为您找到3款商品。", None),
    ("zh", "为您找到5款商品。", "count"),
    # colours: the parka is blue
    ("en", "The Alpen Parka comes in blue.", None),
    ("en", "The Alpen Parka comes in brown.", "colour"),
    ("ru", "Парка Alpen — цвет: синий.", None),
    ("ru", "Парка Alpen — цвет: коричневый.", "colour"),
    ("zh", "Alpen 派克大衣是蓝色的。", None),
    ("zh", "Alpen 派克大衣的颜色是橙色。", "colour"),
    # a sentence with no subject of its own is about the product the sentence before it named
    ("en", "The Northpeak Trail Boots cost $59.99. We have 7 units.", None),
    ("en", "The Northpeak Trail Boots cost $59.99. We have 2 units.", "stock_qty"),  # 2 is the tent's
    # a policy's figure must be the figure of that field
    ("en", "Express delivery costs $14.99 and takes 1–2 days.", None),
    ("en", "Express delivery takes 3–5 days.", "duration"),                  # the standard range
    ("en", "Standard delivery costs $14.99.", "money"),                      # the express fee
    ("en", "Shipping is free on orders over $5.99.", "money"),               # the fee, not the threshold
    ("en", "Opened items carry a 10% restocking fee; you have 30 days to return them.", None),
    ("ru", "Вскрытые товары — комиссия 10%. На возврат даётся 10 дней.", "duration"),
    ("ru", "Возврат средств занимает от 5 до 7 рабочих дней.", None),
    ("zh", "加急配送需要3到5个工作日。", "duration"),
    ("zh", "满5.99美元包邮。", "money"),
    # another currency, in words
    ("en", "Order 1042 amounts to 45.50 rubles.", "money"),
    ("ru", "Сумма заказа 1042 — 45,50 юаней.", "money"),
    # order dates by their role, the verb before or after the date
    ("zh", "订单1042于2026年11月20日从仓库发出。", None),
    ("zh", "您于2026年11月20日下的单，订单1042已发货。", "date"),           # placed on the 18th
    ("ru", "Заказ 1042 передан в службу доставки 18 ноября 2026 г.", "date"),
    ("en", "Your order 1042 has not been paid yet.", "state"),
    ("zh", "订单1042还没有付款。", "state"),
    # invented brands in the shopper's own script
    ("ru", "Умные часы Велмора стоят 59,99 $.", "name"),
    ("zh", "雪狐星登山靴售价US$59.99。", "name"),
    ("zh", "极光熊登山靴售价US$59.99，有货。", "name"),
    ("zh", "这款登山靴售价US$59.99，有货。", None),
    # true replies in a model's own words
    ("en", "Great choice! The Northpeak Trail Boots are $59.99 and we have 7 pairs available.", None),
    ("en", "Unfortunately, the Alpen Parka is currently out of stock, but the Northpeak Trail Boots are available "
           "for $59.99.", None),
    ("en", "Both the Alpen Parka ($89.99) and the Summit Tent X2 2024 ($1,299.00) are great picks.", None),
    ("en", "Your order #1042 is on its way with UPS and should arrive by Nov 25, 2026.", None),
    ("en", "Standard shipping takes 3-5 business days and costs $5.99, or it's free on orders over $50.", None),
    ("en", "The Northpeak Trail Boots are rated 4.6 stars and come in sizes 41 to 43.", None),
    ("en", "Sadly the Zorblax Hyperboots 9000 are $59.99.", "name"),
    ("ru", "Отличный выбор! Ботинки Northpeak Trail стоят 59,99 $, в наличии 7 пар.", None),
    ("ru", "Ваш заказ 1042 уже в пути, его доставит UPS.", None),
    ("ru", "Стандартная доставка занимает 3–5 рабочих дней и стоит 5,99 $.", None),
    ("zh", "Northpeak 登山靴售价59.99美元，目前有7件现货。", None),
    ("zh", "您的订单1042已发货，由UPS配送，预计2026年11月25日送达。", None),
    ("zh", "标准配送需要3-5个工作日，运费5.99美元。", None),
]


@pytest.mark.parametrize(("lang", "sentence", "failing"), CASES)
def test_claims_are_checked_against_their_own_subject(lang: str, sentence: str, failing: str | None) -> None:
    verdict = verify_reply(sentence, facts(lang), language=lang, default_currency="USD", today=TODAY)
    if failing is None:
        assert verdict.ok, verdict.reason()
        return
    assert not verdict.ok
    reasons = [r for s in verdict.failures for r in s.verdict.reasons]
    assert any(r.startswith(failing) for r in reasons), reasons


def test_a_date_must_carry_its_year() -> None:
    # Issue 9: "dates carry their year". Even when the nearest November 25 is the order's date, the shopper cannot
    # tell which year is meant, so the sentence fails and says why; with the year it passes.
    verdict = verify_reply("Order 1042 should arrive on November 25.", facts("en"), language="en",
                           today=dt.date(2026, 12, 2))
    assert not verdict.ok and "without its year" in verdict.reason()
    assert verify_reply("Order 1042 should arrive on November 25, 2026.", facts("en"), language="en",
                        today=dt.date(2026, 12, 2)).ok
    assert not verify_reply("Заказ 1042 будет доставлен 25 ноября.", facts("ru"), language="ru").ok
    assert verify_reply("Заказ 1042 будет доставлен 25 ноября 2026 г.", facts("ru"), language="ru").ok


def test_an_ambiguous_claim_fails_when_it_fits_no_candidate() -> None:
    two_orders = facts("en") + [{"order_id": 2051, "status": "pending", "placed_on": "2026-12-01",
                                 "total": "12.00", "currency": "USD"}]
    assert verify_reply("It has shipped.", two_orders, language="en").ok  # true of order 1042
    assert not verify_reply("Your order was cancelled.", two_orders, language="en").ok
    assert not verify_reply("Order 2051 has shipped.", two_orders, language="en").ok


def test_a_name_the_shopper_used_may_be_quoted_but_not_described() -> None:
    asked = [{"name": "Zorblax Hyperboots 9000", "status": "unknown_product", "unknown_words": ["zorblax"]},
             *facts("en")]
    assert verify_reply("We don't have the Zorblax Hyperboots 9000.", asked, language="en").ok
    verdict = verify_reply("The Zorblax Hyperboots 9000 cost $59.99.", asked, language="en")
    assert not verdict.ok and "not a product" in verdict.reason()


def test_the_log_reason_names_the_claim_and_the_subject() -> None:
    verdict = verify_reply("The Alpen Parka costs $59.99.", facts("en"), language="en")
    assert verdict.failures[0].verdict.reasons == ["money '$59.99': not true of product 'Alpen Parka'"]


def test_an_orders_lines_are_subjects_of_their_own() -> None:
    order = {"order_id": 1042, "status": "shipped", "placed_on": "2026-11-18", "total": "45.50", "currency": "USD",
             "lines": [{"product_id": 1, "title": "Trail Boots", "qty": 1, "unit_price": "20.00"},
                       {"product_id": 2, "title": "Summit Tent", "qty": 1, "unit_price": "25.50"}]}
    assert verify_reply("Your order 1042 has 2 items.", [order], language="en").ok
    assert verify_reply("Order 1042 includes the Trail Boots at $20.00.", [order], language="en").ok
    assert verify_reply("Order 1042 totals $45.50.", [order], language="en").ok
    assert not verify_reply("Order 1042 includes the Trail Boots at $25.50.", [order], language="en").ok
    assert not verify_reply("Your order 1042 has 3 items.", [order], language="en").ok
