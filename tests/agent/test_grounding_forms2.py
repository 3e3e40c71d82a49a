"""Forms the verifier misread in session 7 (issue 9), each checked both ways: the true sentence passes, and the
same wording made wrong still fails on the claim of that kind.

- figures: full-width digits and signs ("５９．９９美元", "＄５９．９９"), "59 dollars and 99 cents", "59 долларов
  99 центов", a currency in brackets ("59.99（美元）"), "美刀", "дол.", dollars that are not US dollars (CA$, канадских
  долларов, 新台币), tenge and hryvnia;
- dates: "18-Nov-2026", "18-го ноября 2026 г.", "二〇二六年十一月十八日", a date alone in its clause with the verb in
  the next ("2026.11.18，您提交了订单"), a role word in an earlier clause ("… sent back 👍 On … you placed it");
- order references: "order ID 1042", "order nº 1042", "order ref. #1042", "заказ N1042", "订单No.1042", "单号1042";
- counts of results: "Всего результатов: 3", "找到了3个相关商品", "搜索结果共3条", "3 — столько товаров";
- "一件US$59.99" (the unit before the price), "一件库存都没有" (none at all), a name that does not end on "and";
- negation after the state ("won't be shipped", "отправлен не будет"), "дата вручения" (a noun, no state);
- wordings of stock, sizes and states the verifier did not know ("на складе пусто", "Sizes for the X include XL",
  "尺码里有XL", "已作退货处理", "снят с оформления").
"""

from __future__ import annotations

from typing import Any

import pytest

from agent.grounding import split_sentences
from tests.agent.test_grounding_claims import facts
from tests.agent.test_grounding_forms import DELIVERED, SHIPPED, _order, _reasons

# (language, true sentence, the same wording made false, the claim kind that must fail it, facts or None)
PAIRS: list[tuple[str, str, str, str, list[dict[str, Any]] | None]] = [
    # full-width figures (Chinese input methods)
    ("zh", "Northpeak 登山靴售价５９．９９美元。", "Northpeak 登山靴售价５８．９９美元。", "money", None),
    ("zh", "Northpeak 登山靴：＄５９．９９。", "Northpeak 登山靴：＄５９．４９。", "money", None),
    ("zh", "Northpeak 登山靴只要ＵＳＤ５９．９９。", "Northpeak 登山靴只要ＵＳＤ６９．９９。", "money", None),
    # whole units and cents written apart
    (
        "en",
        "The Northpeak Trail Boots cost 59 dollars and 99 cents.",
        "The Northpeak Trail Boots cost 59 dollars and 49 cents.",
        "money",
        None,
    ),
    ("en", "Northpeak Trail Boots: 59 dollars 99 cents.", "Northpeak Trail Boots: 69 dollars 99 cents.", "money", None),
    (
        "ru",
        "«Ботинки Northpeak Trail» — 59 долларов 99 центов.",
        "«Ботинки Northpeak Trail» — 59 долларов 9 центов.",
        "money",
        None,
    ),
    ("zh", "Northpeak 登山靴59美元99美分。", "Northpeak 登山靴58美元99美分。", "money", None),
    # the currency in brackets, slang and abbreviations
    ("zh", "Northpeak 登山靴，59.99（美元）。", "Northpeak 登山靴，49.99（美元）。", "money", None),
    ("zh", "Northpeak 登山靴59.99美刀。", "Northpeak 登山靴59.99港币。", "money", None),
    ("ru", "Экспресс-доставка стоит 14,99 дол.", "Экспресс-доставка стоит 50,00 дол.", "money", None),
    # dollars that are not US dollars, and other currencies, are a price in another currency
    ("en", "The Northpeak Trail Boots are $59.99.", "The Northpeak Trail Boots are CA$59.99.", "money", None),
    (
        "ru",
        "«Ботинки Northpeak Trail» стоят 59,99 долларов США.",
        "«Ботинки Northpeak Trail» стоят 59,99 канадских долларов.",
        "money",
        None,
    ),
    ("ru", "«Ботинки Northpeak Trail» стоят 59,99 $.", "«Ботинки Northpeak Trail» стоят 59,99 тенге.", "money", None),
    ("ru", "«Ботинки Northpeak Trail» стоят 59,99 $.", "«Ботинки Northpeak Trail» стоят 59,99 грн.", "money", None),
    ("zh", "Northpeak 登山靴：59.99美元。", "Northpeak 登山靴：59.99新台币。", "money", None),
    # dates
    ("en", "Order 1042 was placed on 18-Nov-2026.", "Order 1042 was placed on 19-Nov-2026.", "date", None),
    ("ru", "Заказ 1042 оформлен 18-го ноября 2026 г.", "Заказ 1042 оформлен 17-го ноября 2026 г.", "date", None),
    (
        "zh",
        "订单1042的下单日期是二〇二六年十一月十八日。",
        "订单1042的下单日期是二〇二六年十一月十九日。",
        "date",
        None,
    ),
    ("zh", "订单1042：2026.11.18，您提交了这笔订单。", "订单1042：2026.11.20，您提交了这笔订单。", "date", None),
    (
        "en",
        "Order 1042 was sent out 👍 On Nov 18, 2026 you placed order 1042.",
        "Order 1042 was sent out 👍 On Nov 20, 2026 you placed order 1042.",
        "date",
        None,
    ),
    (
        "en",
        "We received order 1042 on November 18, 2026.",
        "We received order 1042 on November 20, 2026.",
        "date",
        None,
    ),
    ("zh", "订单1042计划2026/11/25配送上门。", "订单1042计划2026/11/28配送上门。", "date", None),
    ("zh", "订单1042，快递于2026.11.20取件。", "订单1042，快递于2026.11.18取件。", "date", None),
    # order references: the marks before the number are no invented name
    ("en", "Order ID 1042 is on its way.", "Order ID 1042 has been delivered.", "state", None),
    ("en", "Order nº 1042 is in transit.", "Order nº 1042 was cancelled.", "state", None),
    ("en", "Order ref. #1042 is on its way.", "Order ref. #1042 came back to us.", "state", None),
    ("ru", "Заказ N1042 в пути.", "Заказ N1042 доставлен.", "state", None),
    ("ru", "Ваш заказ под № 1042 отправлен.", "Ваш заказ под № 1042 отменён.", "state", None),
    ("zh", "订单No.1042已发货。", "订单No.1042已签收。", "state", None),
    ("zh", "单号1042已发货。", "单号1042已取消。", "state", None),
    ("zh", "您编号1042的订单已发货。", "您编号1042的订单已退货。", "state", None),
    # counts of the results
    ("ru", "Всего результатов: 3.", "Всего результатов: 7.", "count", None),
    ("ru", "Вариантов на выбор: 3.", "Вариантов на выбор: 9.", "count", None),
    ("ru", "3 — столько товаров подходит.", "8 — столько товаров подходит.", "count", None),
    ("zh", "找到了3个相关商品。", "找到了8个相关商品。", "count", None),
    ("zh", "搜索结果共3条。", "搜索结果共9条。", "count", None),
    ("zh", "匹配的商品有3件。", "匹配的商品有9件。", "count", None),
    # the unit before the price; none at all
    ("zh", "Northpeak 登山靴一件US$59.99。", "Northpeak 登山靴一件US$49.99。", "money", None),
    ("zh", "Northpeak 登山靴一件59.99美元，还剩7件。", "Northpeak 登山靴一件59.99美元，还剩1件。", "stock_qty", None),
    (
        "zh",
        "不好意思，Alpen 派克大衣目前一件库存都没有。",
        "不好意思，Northpeak 登山靴目前一件库存都没有。",
        "stock_flag",
        None,
    ),
    # a name does not end on "and"
    (
        "en",
        "Yes, we carry the Northpeak Trail Boots and they're in stock at $59.99.",
        "Yes, we carry the Northpeak Trail Boots and they're in stock at $69.99.",
        "money",
        None,
    ),
    # negation after the state, a noun that is no state
    (
        "ru",
        "Ожидаемая дата вручения заказа 1042: 25 ноября 2026 г.",
        "Ожидаемая дата вручения заказа 1042: 27 ноября 2026 г.",
        "date",
        None,
    ),
    # refund and express figures named by the words around them
    ("ru", "Срок возврата денег: 5–7 рабочих дней.", "Срок возврата денег: 10–14 рабочих дней.", "duration", None),
    ("zh", "钱会在5-7个工作日内退回。", "钱会在8-10个工作日内退回。", "duration", None),
    ("zh", "14.99美元，这是加急配送的费用。", "5.99美元，这是加急配送的费用。", "money", None),
    # stock wordings
    (
        "ru",
        "Сейчас «Парка Alpen» купить не получится — на складе пусто.",
        "Сейчас «Ботинки Northpeak Trail» купить не получится — на складе пусто.",
        "stock_flag",
        None,
    ),
    ("ru", "По «Парка Alpen» остаток нулевой.", "По «Ботинки Northpeak Trail» остаток нулевой.", "stock_flag", None),
    ("ru", "Наличие «Парка Alpen»: нет.", "Наличие «Ботинки Northpeak Trail»: нет.", "stock_flag", None),
    ("en", "We're fresh out of the Alpen Parka.", "We're fresh out of the Northpeak Trail Boots.", "stock_flag", None),
    ("zh", "Alpen 派克大衣库存已经清空了。", "Northpeak 登山靴库存已经清空了。", "stock_flag", None),
    # sizes
    (
        "en",
        "Sizes for the Urbanist Nova Jacket include XL.",
        "Sizes for the Urbanist Nova Jacket include XXS.",
        "size",
        None,
    ),
    ("zh", "Urbanist Nova Jacket尺码里有XL。", "Urbanist Nova Jacket尺码里有3XL。", "size", None),
    ("zh", "Urbanist Nova Jacket有XL这个尺码。", "Urbanist Nova Jacket有XXS这个尺码。", "size", None),
    (
        "ru",
        "Размерный ряд «Куртка Urbanist Nova» включает XL.",
        "Размерный ряд «Куртка Urbanist Nova» включает 3XL.",
        "size",
        None,
    ),
]

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
_JACKET_TITLES = {"en": "Urbanist Nova Jacket", "ru": "Куртка Urbanist Nova", "zh": "Urbanist Nova Jacket"}


def _given(lang: str, true: str, given: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    if given is not None:
        return [{**given[0], "order_id": 1042}]
    if "Urbanist" in true:
        return [{"hits": [{**JACKET, "title": _JACKET_TITLES[lang]}]}]
    return facts(lang)


@pytest.mark.parametrize(("lang", "true", "false", "kind", "given"), PAIRS)
def test_a_form_passes_when_true_and_fails_when_false(
    lang: str, true: str, false: str, kind: str, given: list[dict[str, Any]] | None
) -> None:
    used = _given(lang, true, given)
    assert _reasons(lang, true, used) == [], (true, _reasons(lang, true, used))
    assert any(r.startswith(kind) for r in _reasons(lang, false, used)), (false, _reasons(lang, false, used))


# (language, sentence, true of this order, false of that one): order states in wordings learnt in session 7.
STATES: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = [
    ("zh", "订单2001已作退货处理。", _order("returned"), DELIVERED),
    ("zh", "订单2001：已被退回，退货已入库。", _order("returned"), SHIPPED),
    ("zh", "订单2001已送货上门。", DELIVERED, _order("pending")),
    ("ru", "Заказ 2001 прошёл возврат.", _order("returned"), DELIVERED),
    ("ru", "Заказ 2001 оформлен на возврат и принят.", _order("returned"), SHIPPED),
    ("ru", "Заказ 2001 снят с оформления.", _order("cancelled"), DELIVERED),
    ("ru", "Заказ 2001 будет собран после оплаты.", _order("pending"), DELIVERED),
    ("en", "Order 2001 is travelling to you now.", SHIPPED, _order("paid")),
    # the negation after the state word
    ("en", "Order 2001 was cancelled and won't be shipped.", _order("cancelled"), SHIPPED),
    ("en", "Order 2001 won't be shipped.", _order("cancelled"), SHIPPED),
    ("ru", "Заказ 2001 отправлен не будет.", _order("cancelled"), SHIPPED),
]


@pytest.mark.parametrize(("lang", "sentence", "true_of", "false_of"), STATES)
def test_state_wordings(
    lang: str, sentence: str, true_of: list[dict[str, Any]], false_of: list[dict[str, Any]]
) -> None:
    assert _reasons(lang, sentence, true_of) == [], (sentence, _reasons(lang, sentence, true_of))
    assert any(r.startswith(("state", "date")) for r in _reasons(lang, sentence, false_of)), sentence


def test_an_emoji_then_a_capital_starts_a_sentence() -> None:
    text = "«Парка Alpen» — нет в наличии ✅ У нас ещё 7 шт. товара «Ботинки Northpeak Trail»."
    assert split_sentences(text, "ru") == [
        "«Парка Alpen» — нет в наличии ✅ ",
        "У нас ещё 7 шт. товара «Ботинки Northpeak Trail».",
    ]
    assert _reasons("ru", text, facts("ru")) == []
    assert any(r.startswith("stock_qty") for r in _reasons("ru", text.replace("7 шт.", "9 шт."), facts("ru")))
