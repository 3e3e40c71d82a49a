"""Claim-level grounding reads the many ways people word a claim in en/ru/zh: stock, order states, dates, counts,
sizes; and ordinary phrases are not taken for product names.

Each wording is checked both ways: true of the subject it fits, and rejected for a subject it does not fit, so a
wording the verifier does not read at all (and so never rejects) fails here. The facts are those of
test_grounding_claims: the Alpen Parka is out of stock, the Northpeak Trail Boots are in stock (7, sizes 41–43),
order 1042 has shipped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from agent.grounding import verify_reply
from knowledge.figures import find_dates
from tests.agent.test_grounding_claims import TODAY, facts


def _check(lang: str, sentence: str, failing: str | None, given: list[dict[str, Any]] | None = None) -> None:
    verdict = verify_reply(sentence, given if given is not None else facts(lang), language=lang,
                           default_currency="USD", today=TODAY)
    if failing is None:
        assert verdict.ok, verdict.reason()
        return
    reasons = [r for s in verdict.failures for r in s.verdict.reasons]
    assert any(r.startswith(failing) for r in reasons), (sentence, reasons)


# (language, said of the parka, said of the boots): the same wording about the out-of-stock parka and the
# in-stock boots. OUT wordings are true of the parka only, IN wordings of the boots only.
OUT: list[tuple[str, str, str]] = [
    ("en", "The Alpen Parka is sold out.", "The Northpeak Trail Boots are sold out."),
    ("en", "We've run out of the Alpen Parka.", "We've run out of the Northpeak Trail Boots."),
    ("en", "There are none left of the Alpen Parka.", "There are none left of the Northpeak Trail Boots."),
    ("en", "The Alpen Parka is out of stock right now.", "The Northpeak Trail Boots are out of stock right now."),
    ("en", "The Alpen Parka is no longer available.", "The Northpeak Trail Boots are no longer available."),
    ("en", "The Alpen Parka will be back in stock soon.", "The Northpeak Trail Boots will be back in stock soon."),
    ("en", "The Alpen Parka is back in stock soon.", "The Northpeak Trail Boots are back in stock soon."),
    ("en", "The Alpen Parka isn't in stock.", "The Northpeak Trail Boots aren't in stock."),
    ("en", "Sorry, we're all out of the Alpen Parka.", "Sorry, we're all out of the Northpeak Trail Boots."),
    ("ru", "Парка Alpen закончилась.", "Ботинки Northpeak Trail закончились."),
    ("ru", "Парки Alpen нет в наличии.", "Ботинок Northpeak Trail нет в наличии."),
    ("ru", "Парка Alpen распродана.", "Ботинки Northpeak Trail распроданы."),
    ("ru", "Парка Alpen закончилась на складе.", "Ботинки Northpeak Trail закончились на складе."),
    ("ru", "Парки Alpen не осталось.", "Ботинок Northpeak Trail не осталось."),
    ("ru", "Парка Alpen временно отсутствует.", "Ботинки Northpeak Trail временно отсутствуют."),
    ("ru", "Парка Alpen скоро снова появится в продаже.", "Ботинки Northpeak Trail скоро снова появятся в продаже."),
    ("zh", "Alpen 派克大衣卖完了。", "Northpeak 登山靴卖完了。"),
    ("zh", "Alpen 派克大衣已售罄。", "Northpeak 登山靴已售罄。"),
    ("zh", "Alpen 派克大衣缺货。", "Northpeak 登山靴缺货。"),
    ("zh", "Alpen 派克大衣没货了。", "Northpeak 登山靴没货了。"),
    ("zh", "Alpen 派克大衣卖光了。", "Northpeak 登山靴卖光了。"),
    ("zh", "Alpen 派克大衣目前没有现货。", "Northpeak 登山靴目前没有现货。"),
    ("zh", "Alpen 派克大衣暂时缺货，补货中。", "Northpeak 登山靴暂时缺货，补货中。"),
    ("en", "The Alpen Parka is out-of-stock.", "The Northpeak Trail Boots are out-of-stock."),
    ("en", "The Alpen Parka is not currently in stock.", "The Northpeak Trail Boots are not currently in stock."),
    ("en", "We don't have any left of the Alpen Parka.", "We don't have any left of the Northpeak Trail Boots."),
    # an in-stock word beside an out-of-stock one: the negative wins
    ("ru", "Парка Alpen в наличии отсутствует.", "Ботинки Northpeak Trail в наличии отсутствуют."),
    ("ru", "Парки Alpen на складе закончились.", "Ботинки Northpeak Trail на складе закончились."),
    ("zh", "Alpen 派克大衣现货已售罄。", "Northpeak 登山靴现货已售罄。"),
    ("zh", "Alpen 派克大衣不再有货。", "Northpeak 登山靴不再有货。"),
]
IN: list[tuple[str, str, str]] = [
    ("en", "The Alpen Parka is available now.", "The Northpeak Trail Boots are available now."),
    ("en", "The Alpen Parka is on hand.", "The Northpeak Trail Boots are on hand."),
    ("en", "The Alpen Parka can be picked up today.", "The Northpeak Trail Boots can be picked up today."),
    ("en", "You can buy the Alpen Parka right now.", "You can buy the Northpeak Trail Boots right now."),
    ("en", "The Alpen Parka is ready to ship.", "The Northpeak Trail Boots are ready to ship."),
    ("en", "The Alpen Parka isn't sold out.", "The Northpeak Trail Boots aren't sold out."),
    ("ru", "Парку Alpen можно купить сейчас.", "Ботинки Northpeak Trail можно купить сейчас."),
    ("ru", "Парка Alpen есть на складе.", "Ботинки Northpeak Trail есть на складе."),
    ("ru", "Парка Alpen есть в наличии.", "Ботинки Northpeak Trail есть в наличии."),
    ("ru", "Парка Alpen доступна для заказа.", "Ботинки Northpeak Trail доступны для заказа."),
    ("ru", "Парка Alpen ещё не распродана.", "Ботинки Northpeak Trail ещё не распроданы."),
    ("zh", "Alpen 派克大衣有现货。", "Northpeak 登山靴有现货。"),
    ("zh", "Alpen 派克大衣可以直接购买。", "Northpeak 登山靴可以直接购买。"),
    ("zh", "Alpen 派克大衣现在就能买。", "Northpeak 登山靴现在就能买。"),
    ("zh", "Alpen 派克大衣有库存。", "Northpeak 登山靴有库存。"),
    ("zh", "Alpen 派克大衣还没卖完。", "Northpeak 登山靴还没卖完。"),
    # few left is still in stock
    ("en", "Only a few left of the Alpen Parka.", "Only a few left of the Northpeak Trail Boots."),
    ("en", "The Alpen Parka is almost sold out.", "The Northpeak Trail Boots are almost sold out."),
    ("ru", "Парки Alpen осталось совсем мало.", "Ботинок Northpeak Trail осталось совсем мало."),
    ("zh", "Alpen 派克大衣库存紧张。", "Northpeak 登山靴库存紧张。"),
    ("zh", "Alpen 派克大衣快卖完了。", "Northpeak 登山靴快卖完了。"),
]


@pytest.mark.parametrize(("lang", "parka", "boots"), OUT)
def test_out_of_stock_wordings(lang: str, parka: str, boots: str) -> None:
    _check(lang, parka, None)
    _check(lang, boots, "stock_flag")


@pytest.mark.parametrize(("lang", "parka", "boots"), IN)
def test_in_stock_wordings(lang: str, parka: str, boots: str) -> None:
    _check(lang, boots, None)
    _check(lang, parka, "stock_flag")


def test_two_products_two_flags_in_one_sentence() -> None:
    _check("en", "The Northpeak Trail Boots are in stock, the Alpen Parka is sold out.", None)
    _check("en", "The Alpen Parka is in stock, the Northpeak Trail Boots are sold out.", "stock_flag")


def test_availability_words_about_no_product_are_no_stock_claim() -> None:
    order = {"order_id": 1042, "status": "shipped", "placed_on": "2026-11-18", "total": "45.50", "currency": "USD"}
    _check("ru", "Трек-номер заказа 1042 пока отсутствует.", None, [order])
    _check("en", "Tracking for order 1042 is not available yet.", None, [order])
    _check("en", "Order 1042 ships today.", None, [order])
    _check("en", "You can order a replacement today.", None, [order])
    # Wordings that look like stock but are about the order or the staff.
    _check("en", "Order 1042: it's out for delivery.", None, [order])
    _check("zh", "您的订单1042即将到货。", None, [order])
    _check("ru", "Ожидаем поступления оплаты, заказ 1042 уже отправлен.", None, [order])
    _check("en", "Our staff are on hand to help with order 1042.", None, facts("en"))
    _check("en", "Returns of order 1042 are accepted in a 30 day window.", None, facts("en"))


# state -> wordings of it ({n}: the order number); each must hold of an order in that state and fail for an
# order in a state it contradicts.
STATES: dict[str, list[tuple[str, str]]] = {
    "pending": [("en", "Order {n} is awaiting payment."), ("en", "Order {n} is waiting for payment."),
                ("en", "Order {n} is still pending."), ("ru", "Заказ {n} ждёт оплаты."),
                ("ru", "Заказ {n} ожидает оплаты."), ("ru", "Заказ {n} не оплачен."), ("zh", "订单{n}待付款。"),
                ("zh", "订单{n}等待付款。"), ("en", "Order {n} has not been paid yet.")],
    "paid": [("en", "Order {n} has been paid."), ("en", "Order {n}: payment received."),
             ("ru", "Заказ {n} оплачен."), ("ru", "По заказу {n} оплата получена."), ("zh", "订单{n}已付款。"),
             ("zh", "订单{n}已支付。")],
    "shipped": [("en", "Your order {n} is on its way."), ("en", "Order {n} has been dispatched."),
                ("en", "Order {n} is in transit."), ("en", "Order {n} has left our warehouse."),
                ("en", "Order {n} is out for delivery."), ("ru", "Заказ {n} отправлен."), ("ru", "Заказ {n} в пути."),
                ("ru", "Заказ {n} уже едет к вам."), ("en", "Order {n} has been sent."),
                ("ru", "Заказ {n} выслан."), ("zh", "订单{n}已发出。"), ("ru", "Заказ {n} передан в службу доставки."),
                ("zh", "订单{n}已发货。"), ("zh", "订单{n}运输中。"), ("zh", "订单{n}正在配送中。")],
    "delivered": [("en", "Order {n} has been delivered."), ("en", "Order {n} was handed over to you."),
                  ("en", "Order {n} has reached you."), ("ru", "Заказ {n} вручён."), ("ru", "Заказ {n} уже у вас."),
                  ("ru", "Заказ {n} доставлен."), ("ru", "Заказ {n} вам уже вручили."),
                  ("zh", "订单{n}已送达。"), ("zh", "订单{n}已签收。"),
                  ("zh", "订单{n}已妥投。")],
    "returned": [("en", "Order {n} came back to us as a return."), ("en", "Order {n} was sent back to us."),
                 ("en", "Order {n} was returned."), ("ru", "Заказ {n} вернулся к нам."), ("ru", "Заказ {n} возвращён."),
                 ("zh", "订单{n}已退货。"), ("zh", "订单{n}已退回。")],
    "cancelled": [("en", "Order {n} was cancelled."), ("en", "Order {n} has been voided."),
                  ("ru", "Заказ {n} отменён."), ("ru", "Заказ {n} аннулирован."), ("ru", "Мы отменили заказ {n}."),
                  ("zh", "订单{n}已取消。"),
                  ("zh", "订单{n}已作废。")],
}
# A state that each state's wordings must not be true of.
CONTRADICTS = {"pending": "delivered", "paid": "pending", "shipped": "pending", "delivered": "shipped",
               "returned": "shipped", "cancelled": "shipped"}


def _order(status: str) -> dict[str, Any]:
    return {"order_id": 2051, "status": status, "placed_on": "2026-11-18", "total": "45.50", "currency": "USD"}


@pytest.mark.parametrize(("state", "lang", "wording"),
                         [(state, lang, w) for state, ws in STATES.items() for lang, w in ws])
def test_order_state_wordings(state: str, lang: str, wording: str) -> None:
    sentence = wording.format(n=2051)
    _check(lang, sentence, None, [_order(state)])
    _check(lang, sentence, "state", [_order(CONTRADICTS[state])])


# Negated and future wordings: (language, wording, a state it is true of, a state it is not true of).
NOT_YET: list[tuple[str, str, str, str]] = [
    ("en", "Order {n} has not shipped yet.", "paid", "shipped"),
    ("ru", "Заказ {n} ещё не отправлен.", "paid", "shipped"),
    ("zh", "订单{n}尚未发货。", "paid", "shipped"),
    ("zh", "订单{n}还没发货。", "pending", "delivered"),
    ("en", "Order {n} hasn't been delivered yet.", "shipped", "delivered"),
    ("en", "Order {n} will be delivered soon.", "shipped", "delivered"),
    ("ru", "Заказ {n} ещё не вручён.", "shipped", "delivered"),
    ("ru", "Заказ {n} скоро будет доставлен.", "shipped", "delivered"),
    ("zh", "订单{n}还没有送达。", "shipped", "delivered"),
    ("zh", "订单{n}未签收。", "shipped", "delivered"),
]


@pytest.mark.parametrize(("lang", "wording", "true_of", "false_of"), NOT_YET)
def test_negated_and_future_state_wordings(lang: str, wording: str, true_of: str, false_of: str) -> None:
    sentence = wording.format(n=2051)
    _check(lang, sentence, None, [_order(true_of)])
    _check(lang, sentence, "state", [_order(false_of)])


@pytest.mark.parametrize(("text", "year", "month", "day"), [
    ("2026/8/28", 2026, 8, 28), ("2026.08.28", 2026, 8, 28), ("2026年8月28日", 2026, 8, 28),
    ("6.08.2026", 2026, 8, 6), ("28.08.2026", 2026, 8, 28), ("08/28/2026", 2026, 8, 28),
    ("Friday, November 6, 2026", 2026, 11, 6), ("6 ноября 2026 г.", 2026, 11, 6),
    ("в пятницу, 6 ноября 2026 года", 2026, 11, 6), ("2026年8月28日（星期五）", 2026, 8, 28),
    ("25 нояб. 2026 г.", 2026, 11, 25), ("1 мар 2026", 2026, 3, 1),
])
def test_date_formats_are_read_whole(text: str, year: int, month: int, day: int) -> None:
    spans = find_dates(text)
    assert len(spans) == 1, spans
    assert dt.date(year, month, day) in spans[0].dates(TODAY)
    assert spans[0].year == year


def test_a_word_that_starts_like_a_month_is_no_date() -> None:
    assert find_dates("3 мартышки") == []
    assert find_dates("5 маячков") == []


DATES: list[tuple[str, str, str | None]] = [
    # order 1042: placed 2026-11-18, shipped 2026-11-20, expected 2026-11-25; a date's own numbers are no figures
    ("en", "Order 1042 should arrive on Wednesday, 2026/11/25.", None),
    ("en", "Order 1042 should arrive on Wednesday, November 25, 2026.", None),
    ("en", "Order 1042 should arrive on 11/25/2026.", None),
    ("en", "Order 1042 was shipped on Friday, November 20, 2026.", None),
    ("en", "Order 1042 should arrive on 2026/11/26.", "date"),
    ("ru", "Заказ 1042 прибудет в среду, 25 ноября 2026 года.", None),
    ("ru", "Заказ 1042 прибудет 25.11.2026.", None),
    ("ru", "Заказ 1042 прибудет 26.11.2026.", "date"),
    ("zh", "订单1042预计2026/11/25送达。", None),
    ("zh", "订单1042预计2026年11月25日（星期三）送达。", None),
    ("zh", "订单1042预计2026年11月26日送达。", "date"),
    ("ru", "Заказ 1042 прибудет 25 нояб. 2026 г.", None),
    ("ru", "Заказ 1042 прибудет 26 нояб. 2026 г.", "date"),
]


@pytest.mark.parametrize(("lang", "sentence", "failing"), DATES)
def test_dates_in_replies(lang: str, sentence: str, failing: str | None) -> None:
    _check(lang, sentence, failing)


COUNTS_AND_SIZES: list[tuple[str, str, str | None]] = [
    # three products are shown: a count of the list, not a stock count
    ("ru", "Я подобрал 3 шт. для вас.", None),
    ("ru", "Я подобрал 5 шт. для вас.", "count"),
    ("ru", "Нашёл для вас 3 шт.", None),
    ("en", "Here are 3 options.", None),
    ("en", "I found one option.", None),
    ("en", "I found 5 options.", "count"),
    ("zh", "为您挑选了3件商品。", None),
    ("zh", "为您挑选了5件商品。", "count"),
    # an order's total is no order number
    ("ru", "Итого по заказу: 45,50 долларов.", None),
    ("ru", "Итого по заказу: 373,96 долларов.", "money"),
    ("en", "Order total: 45.50 USD.", None),
    # a size after "in a", "in size", "размер", "码"
    ("en", "The Northpeak Trail Boots come in a 42.", None),
    ("en", "The Northpeak Trail Boots come in a 45.", "size"),
    ("en", "The Northpeak Trail Boots are available in size 45.", "size"),
    ("ru", "Ботинки Northpeak Trail есть в 42 размере.", None),
    ("ru", "Ботинки Northpeak Trail есть в 45 размере.", "size"),
    ("ru", "Ботинки Northpeak Trail есть 45-го размера.", "size"),
    ("ru", "Ботинки Northpeak Trail: размер 45 есть.", "size"),
    ("zh", "Northpeak 登山靴有42码。", None),
    ("zh", "Northpeak 登山靴有45码的。", "size"),
    # ratings in their wordings
    ("en", "The Northpeak Trail Boots have a 4.6-star rating.", None),
    ("en", "The Northpeak Trail Boots have a 4.9-star rating.", "rating"),
    ("ru", "Ботинки Northpeak Trail оценены на 4,6 балла из 5.", None),
    ("ru", "Ботинки Northpeak Trail оценены на 4,9 балла из 5.", "rating"),
    ("zh", "Northpeak 登山靴评分4.6分。", None),
    # stock counts
    ("en", "We have 7 in stock of the Northpeak Trail Boots.", None),
    ("en", "The Northpeak Trail Boots: 9 in stock.", "stock_qty"),
    ("ru", "Ботинок Northpeak Trail осталось 9 пар.", "stock_qty"),
    ("zh", "Northpeak 登山靴库存9双。", "stock_qty"),
]


@pytest.mark.parametrize(("lang", "sentence", "failing"), COUNTS_AND_SIZES)
def test_counts_totals_and_sizes(lang: str, sentence: str, failing: str | None) -> None:
    _check(lang, sentence, failing)


def test_a_shown_count_is_not_a_stock_count() -> None:
    verdict = verify_reply("Я подобрал 5 шт.", facts("ru"), language="ru", today=TODAY)
    assert not any(r.startswith("stock_qty") for s in verdict.failures for r in s.verdict.reasons)


def test_an_order_total_is_not_an_order_number() -> None:
    verdict = verify_reply("Итого по заказу: 373,96 долларов.", facts("ru"), language="ru", default_currency="USD")
    assert not any(r.startswith("order") for s in verdict.failures for r in s.verdict.reasons)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Please allow 3-5 business days for delivery."),
    ("en", "Allow 3-5 business days for delivery."),
    ("en", "Please Allow 3-5 Business Days."),
    ("en", "Contact Customer Service for help."),
])
def test_ordinary_phrases_are_not_product_names(lang: str, sentence: str) -> None:
    _check(lang, sentence, None)


def test_a_chinese_subject_and_verb_is_not_a_brand() -> None:
    toy = [{"product_id": 9, "title": "Bruin 泰迪熊毛绒玩具", "brand": "Bruin", "price": "9.00", "currency": "USD",
            "in_stock": True, "attributes": {"colour": ["red", "blue"]}}]
    for sentence in ("泰迪熊有红色和蓝色。", "熊有红色。", "这款熊有红色的。"):
        _check("zh", sentence, None, toy)
    _check("zh", "泰迪熊有绿色。", "colour", toy)
    # An invented brand before the product noun is still a name.
    _check("zh", "雪狐星毛绒玩具售价US$9.00。", "name", toy)
