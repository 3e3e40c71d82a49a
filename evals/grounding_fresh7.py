"""A seventh fresh split for the grounding eval: the formal written voice of store notifications and a support desk.

This set was written blind to the verifier: its author did not read the verifier (``agent/``), its tests, the eval's
case builder and scorer, the blind fifth fresh split (``evals.grounding_fresh5``) or the eighth split written at the
same time. It read only ``evals.grounding_wording``, ``evals.grounding_calendar`` and the fresh splits 2, 3, 4 and 6,
for the placeholders, the claim keys and the correctness rules, and so as not to repeat their wordings. It is a
development split: its results, misses included, are meant to be read by the people tuning the verifier.

The register is the one a shop writes in when it is not chatting: order-confirmation and shipping e-mails, push and
SMS notifications, formal support letters, receipt lines and status pages. English "Please be advised that ...",
"We are pleased to confirm that ...", "Kindly note that ...", "In accordance with our shipping policy, ...",
"Availability: In stock", "Qty available: 12", "Order status notification: ..."; Russian official letters
(«Уважаемый покупатель!», «Информируем Вас, что …», «Сообщаем, что стоимость … составляет …», «Доводим до Вашего
сведения …», «передан в службу доставки», «шт.», «ед.», «г.», «находится в статусе «Оплачен»»); Chinese formal
notices (尊敬的顾客您好、特此告知、兹确认、经查询、【发货通知】、现货库存…件、当前状态为“待发货”). Money as
"USD 59.99", "59.99 USD", "US $59.99", «59,99 долл. США», «USD 59,99», "美元59.99", "59.99 美元"; dates as
"3 November 2026", "2026-11-03", "Nov 3rd, 2026", «03 ноября 2026 г.», «03.11.2026», "2026年11月3日", always with
their year and never with a day/month order a reader could swap (the only all-numeric forms are ISO and the Russian
day-first «03.11.2026»).

Correctness rules, as for the earlier fresh splits: each sentence names the product, order or policy its figures
belong to; every date carries its year and none has "by", "around", «до», «ориентировочно» or 之前 around it; the
return window is not tied to delivery or purchase; the restocking fee keeps its "opened and not faulty" condition;
the refund time keeps "after we receive the return"; an order-state phrase says only what is true of that state (a
shipped order has not arrived, a paid one has not left); a stock count is the available quantity; no sentence adds a
claim its placeholders do not back (receipt words that carry one were left out: "Subtotal" and "Item total" exclude
shipping, «Итого к оплате» and 实付 say whether the order was paid; free shipping is "over"/«свыше»/超过, never 满 or
以上, which include the threshold itself). Russian ranges are in the nominative/accusative, where {dw2} agrees with
{v2}, and no «в течение» or «от … до» stands before a range.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH7``. Pattern ids are ``<claim>.<language>.x<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import (
    EN_MONTHS,
    EN_WEEKDAYS,
    RU_MONTHS,
    RU_WEEKDAYS,
    ZH_WEEKDAYS,
    en_suffixed,
)
from evals.grounding_wording import phrase_from, pick_from

FRESH7 = "development (fresh 7)"
_TAG = "x"

# claim -> language -> patterns; the placeholders are those of evals.grounding_wording (see grounding_fresh2.py).
# Russian dates are adverbial («03 ноября 2026 г. ваш заказ № … передан в службу доставки»), so no pattern puts a
# preposition before {date}; no Russian pattern ends on {date}, since a date ending in «г.» would leave «г..». Every
# Russian order reference is headed by «заказ» (masculine, nominative), so past participles agree.
FRESH7_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Please be advised that the {name} is currently priced at {price}.",
            "We are pleased to confirm that the price of the {name} is {price}.",
            "Unit price — {name}: {price}.",
            "Kindly note that the {name} is offered at a price of {price}.",
            "In reply to your enquiry, the current selling price of the {name} is {price}.",
            "Price confirmation: the {name} is listed in our catalogue at {price}.",
            "Thank you for your enquiry. The {name} is priced at {price}.",
            "Price information for the {name}: {price} per unit.",
        ],
        "ru": [
            "Сообщаем, что стоимость товара «{name}» составляет {price}.",
            "Уважаемый покупатель! Цена товара «{name}» — {price}.",
            "Информируем Вас, что товар «{name}» реализуется по цене {price}.",
            "Стоимость единицы товара «{name}»: {price}.",
            "В ответ на Ваш запрос сообщаем: цена товара «{name}» составляет {price}.",
            "Обращаем Ваше внимание, что товар «{name}» предлагается по цене {price}.",
            "Товар «{name}», цена за единицу: {price}.",
            "Подтверждаем, что действующая цена товара «{name}» — {price}.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}的售价为{price}。",
            "特此告知：{name}现行售价{price}。",
            "经查询，{name}的单价为{price}。",
            "{name}单价：{price}。",
            "感谢您的咨询，{name}目前的销售价格为{price}。",
            "现将价格信息告知如下：{name}，售价{price}。",
            "您咨询的{name}，标价为{price}。",
            "兹确认，{name}的价格为{price}。",
        ],
    },
    "PQ": {
        "en": [
            "Please be advised that the {name} is priced at {price}, with {qty} units currently available.",
            "{name}: unit price {price}; qty available: {qty}.",
            "We are pleased to confirm that the {name} is priced at {price} and that {qty} units are available "
            "for order.",
            "Kindly note that the {name} sells at {price} per unit and that {qty} units are in stock and available.",
            "Stock and price information for the {name}: {qty} units available, {price} each.",
            "In response to your enquiry, the current price of the {name} is {price}, and the quantity available "
            "is {qty}.",
            "The {name} ({price} per unit) is in stock, with an available quantity of {qty}.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» стоит {price}; доступно к заказу: {qty} шт.",
            "Товар «{name}»: цена — {price}, доступный остаток — {qty} ед.",
            "Информируем Вас, что цена товара «{name}» составляет {price}, а в наличии имеется {qty} шт.",
            "Уважаемый покупатель! Товар «{name}» доступен к заказу в количестве {qty} шт. по цене {price} за единицу.",
            "В ответ на Ваш запрос: товар «{name}», цена {price}, количество в наличии — {qty} шт.",
            "Обращаем Ваше внимание, что товар «{name}» по цене {price} имеется в наличии в количестве {qty} ед.",
            "Подтверждаем наличие товара «{name}»: {qty} шт. по цене {price}.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}售价{price}，现货库存{qty}件。",
            "{name}：单价{price}，可售数量{qty}件。",
            "特此告知：{name}的价格为{price}，目前可供购买的数量为{qty}件。",
            "经查询，{name}现有{qty}件可售，单价{price}。",
            "感谢您的咨询，{name}每件{price}，当前可售库存为{qty}件。",
            "兹确认，{name}按{price}的单价销售，现货{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "Please be advised that the {name} is in stock and priced at {price}.",
            "{name} — Availability: In stock. Price: {price}.",
            "We are pleased to inform you that the {name} is currently in stock at a price of {price}.",
            "Kindly note that the {name}, priced at {price}, is in stock and can be ordered.",
            "In reply to your enquiry, the {name} is available from stock; its price is {price}.",
            "Availability confirmation: the {name} ({price}) is currently in stock.",
            "Thank you for your enquiry. The {name} is in stock, and the price is {price}.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» имеется в наличии; цена — {price}.",
            "Товар «{name}». Наличие: есть на складе. Цена: {price}.",
            "Уважаемый покупатель! Товар «{name}» по цене {price} есть в наличии и доступен для заказа.",
            "Информируем Вас, что товар «{name}» в наличии, его стоимость составляет {price}.",
            "В ответ на Ваш запрос подтверждаем: товар «{name}» в наличии, цена {price}.",
            "Обращаем Ваше внимание: товар «{name}» стоимостью {price} доступен к заказу со склада.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}现货供应，售价{price}。",
            "{name}——库存状态：有货；售价：{price}。",
            "特此告知：{name}目前有现货，价格为{price}。",
            "经查询，{name}有库存，单价{price}，可正常下单。",
            "感谢您的咨询，{name}（售价{price}）现有库存。",
            "兹确认，{name}现货在售，价格{price}。",
        ],
    },
    "PO": {
        "en": [
            "Please be advised that the {name}, priced at {price}, is currently out of stock.",
            "{name} — Availability: Out of stock. Price: {price}.",
            "We regret to inform you that the {name} ({price}) is out of stock at present.",
            "Kindly note that the {name} is listed at {price} but is currently unavailable, as it is out of stock.",
            "In reply to your enquiry, the {name} is priced at {price}; unfortunately, it is out of stock and "
            "cannot be ordered at this time.",
            "Availability notice: the {name} ({price}) is out of stock at present.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» стоимостью {price} в настоящее время отсутствует в наличии.",
            "Товар «{name}». Наличие: нет на складе. Цена: {price}.",
            "К сожалению, вынуждены сообщить, что товара «{name}» (цена {price}) нет в наличии.",
            "Информируем Вас, что цена товара «{name}» составляет {price}, однако в данный момент он недоступен "
            "для заказа, так как отсутствует на складе.",
            "Уважаемый покупатель! Товар «{name}» по цене {price} на текущий момент распродан.",
            "В ответ на Ваш запрос: товар «{name}», цена {price}, — в наличии нет.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}（售价{price}）目前暂无库存。",
            "{name}——库存状态：缺货；售价：{price}。",
            "很遗憾地通知您，{name}售价{price}，目前已售罄。",
            "特此告知：{name}的价格为{price}，但当前缺货，无法下单。",
            "经查询，{name}标价{price}，现无现货。",
            "感谢您的咨询，{name}（单价{price}）目前处于缺货状态。",
        ],
    },
    "Q": {
        "en": [
            "Please be advised that {qty} units of the {name} are currently available.",
            "{name} — Qty available: {qty}.",
            "We are pleased to confirm that the available stock of the {name} is {qty} units.",
            "Kindly note that the quantity of the {name} available for order is {qty}.",
            "In reply to your enquiry, we currently have {qty} units of the {name} available for sale.",
            "Stock information for the {name}: {qty} units available.",
            "Thank you for your enquiry. The available quantity of the {name} is {qty} units.",
        ],
        "ru": [
            "Сообщаем, что в наличии имеется {qty} шт. товара «{name}».",
            "Товар «{name}» — доступно: {qty} шт.",
            "Информируем Вас, что доступный к заказу остаток товара «{name}» составляет {qty} ед.",
            "Уважаемый покупатель! Количество товара «{name}» в наличии — {qty} шт.",
            "В ответ на Ваш запрос: товар «{name}» доступен в количестве {qty} шт.",
            "Остаток товара «{name}», доступный для заказа: {qty} ед.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}现货库存{qty}件。",
            "{name}——可售数量：{qty}件。",
            "特此告知：{name}当前可供购买{qty}件。",
            "经查询，{name}现有可售库存{qty}件。",
            "感谢您的咨询，{name}目前尚有{qty}件可售。",
            "兹确认，{name}的可售库存为{qty}件。",
        ],
    },
    "I": {
        "en": [
            "Please be advised that the {name} is currently in stock.",
            "{name} — Availability: In stock.",
            "We are pleased to confirm that the {name} is in stock and available to order.",
            "Kindly note that the {name} is available from stock at present.",
            "In reply to your enquiry, the {name} is in stock.",
            "Availability confirmation: the {name} is in stock.",
            "Thank you for your enquiry. We can confirm that the {name} is currently in stock.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» имеется в наличии.",
            "Товар «{name}». Наличие: есть на складе.",
            "Уважаемый покупатель! Товар «{name}» в наличии и доступен для заказа.",
            "Информируем Вас, что товар «{name}» есть в наличии на складе.",
            "В ответ на Ваш запрос подтверждаем наличие товара «{name}».",
            "Обращаем Ваше внимание: товар «{name}» доступен к заказу со склада.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}现货供应中。",
            "{name}——库存状态：有货。",
            "特此告知：{name}目前有现货。",
            "经查询，{name}有库存，可正常下单。",
            "感谢您的咨询，{name}现有库存，欢迎选购。",
            "兹确认，{name}现货在售。",
        ],
    },
    "O": {
        "en": [
            "Please be advised that the {name} is currently out of stock.",
            "{name} — Availability: Out of stock.",
            "We regret to inform you that the {name} is out of stock at present.",
            "Kindly note that the {name} is unavailable for order, as it is out of stock.",
            "In reply to your enquiry, the {name} is currently out of stock and cannot be ordered.",
            "Availability notice: the {name} is sold out.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» в настоящее время отсутствует в наличии.",
            "Товар «{name}». Наличие: нет на складе.",
            "К сожалению, вынуждены сообщить, что товара «{name}» нет в наличии.",
            "Информируем Вас, что товар «{name}» недоступен для заказа в связи с отсутствием на складе.",
            "Уважаемый покупатель! Товар «{name}» на текущий момент распродан.",
            "В ответ на Ваш запрос: товара «{name}» в наличии нет.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}目前暂无库存。",
            "{name}——库存状态：缺货。",
            "很遗憾地通知您，{name}目前已售罄。",
            "特此告知：{name}当前缺货，无法下单。",
            "经查询，{name}现无现货。",
            "感谢您的咨询，{name}目前处于缺货状态。",
        ],
    },
    "S": {
        "en": [
            "Please be advised that the {name} is offered in size {size}.",
            "{name} — Sizes offered include {size}.",
            "We are pleased to confirm that size {size} is among the sizes listed for the {name}.",
            "Kindly note that size {size} is one of the sizes offered for the {name}.",
            "In reply to your enquiry, the size range of the {name} includes {size}.",
            "Size information for the {name}: {size} is offered.",
            "Thank you for your enquiry. We confirm that the {name} is listed in size {size}.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» представлен в размере {size}.",
            "Размеры товара «{name}» включают {size}.",
            "Уважаемый покупатель! Размерный ряд товара «{name}» включает размер {size}.",
            "Информируем Вас, что для товара «{name}» предусмотрен размер {size}.",
            "В ответ на Ваш запрос подтверждаем: товар «{name}» выпускается в размере {size}.",
            "Обращаем Ваше внимание, что размер {size} предлагается для товара «{name}».",
        ],
        "zh": [
            "尊敬的顾客您好，{name}提供{size}码。",
            "{name}——尺码：含{size}码。",
            "特此告知：{name}设有{size}码。",
            "经查询，{name}的尺码范围包括{size}码。",
            "感谢您的咨询，{name}有{size}码可供选择。",
            "兹确认，{size}码是{name}所提供的尺码之一。",
        ],
    },
    "C": {
        "en": [
            "Please be advised that the {name} is supplied in {colour}.",
            "{name} — Colour: {colour}.",
            "We are pleased to confirm that the colour of the {name} is {colour}.",
            "Kindly note that the {name} is produced in {colour}.",
            "In reply to your enquiry, the {name} is listed in {colour}.",
            "Colour information for the {name}: {colour}.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» поставляется в цвете «{colour}».",
            "Товар «{name}», цвет — {colour}.",
            "Уважаемый покупатель! Товар «{name}» изготовлен в цвете «{colour}».",
            "Информируем Вас, что цветовое исполнение товара «{name}» — {colour}.",
            "В ответ на Ваш запрос: товар «{name}» имеет цвет «{colour}».",
            "Цвет изделия «{name}»: {colour}.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}的颜色为{colour}。",
            "{name}——颜色：{colour}。",
            "特此告知：{name}的外观颜色为{colour}。",
            "经查询，{name}的商品颜色是{colour}。",
            "感谢您的咨询，{name}所列颜色为{colour}。",
            "兹确认，{name}系{colour}。",
        ],
    },
    "PP": {
        "en": [
            "Please be advised that the {name} is priced at {price} and the {name2} at {price2}.",
            "Unit prices: {name} — {price}; {name2} — {price2}.",
            "We are pleased to provide the requested prices: the {name} costs {price}, while the {name2} costs "
            "{price2}.",
            "Kindly note the following prices: {price} for the {name} and {price2} for the {name2}.",
            "In reply to your enquiry, the {name} is listed at {price}, whereas the {name2} is listed at {price2}.",
            "Price comparison: the {name} at {price}; the {name2} at {price2}.",
        ],
        "ru": [
            "Сообщаем, что товар «{name}» стоит {price}, а товар «{name2}» — {price2}.",
            "Цены за единицу: «{name}» — {price}; «{name2}» — {price2}.",
            "Информируем Вас о стоимости запрошенных товаров: «{name}» — {price}, «{name2}» — {price2}.",
            "Уважаемый покупатель! Цена товара «{name}» составляет {price}, цена товара «{name2}» — {price2}.",
            "В ответ на Ваш запрос: стоимость «{name}» — {price}, тогда как «{name2}» предлагается по цене {price2}.",
            "Для сравнения сообщаем цены: «{name}» — {price}; «{name2}» — {price2}.",
        ],
        "zh": [
            "尊敬的顾客您好，{name}售价{price}，{name2}售价{price2}。",
            "单价：{name}为{price}；{name2}为{price2}。",
            "特此告知两款商品的价格：{name}为{price}，{name2}为{price2}。",
            "经查询，{name}的价格是{price}，而{name2}的价格是{price2}。",
            "感谢您的咨询，现将价格告知如下：{name}，{price}；{name2}，{price2}。",
            "价格对比：{name}标价{price}，{name2}标价{price2}。",
        ],
    },
    "count": {
        "en": [
            "Please find below the {count} products that match your search.",
            "Search results: {count} items match your criteria.",
            "We are pleased to inform you that {count} products match your enquiry; they are listed below.",
            "Kindly see the {count} matching products listed below.",
            "In reply to your enquiry, we have identified {count} suitable products:",
            "Thank you for your request. The following {count} products meet your requirements:",
        ],
        "ru": [
            "По Вашему запросу найдено товаров: {count}. Перечень приведён ниже.",
            "Результаты поиска — позиций: {count}.",
            "Уважаемый покупатель! Количество товаров, соответствующих Вашему запросу, составляет {count}.",
            "Информируем Вас, что Вашим критериям отвечают товары в количестве {count} ед.; список приводим ниже.",
            "Направляем Вам перечень подходящих товаров, общее количество — {count}:",
            "В ответ на Ваш запрос подобрано позиций: {count}.",
        ],
        "zh": [
            "尊敬的顾客您好，根据您的要求，共检索到{count}款商品，详见下方列表。",
            "搜索结果：共{count}件商品符合条件。",
            "特此告知：符合您需求的商品共计{count}款。",
            "经筛选，以下{count}款商品符合您的要求：",
            "感谢您的咨询，现为您列出符合条件的{count}款商品：",
            "您的查询共匹配到{count}个结果，详情如下。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is the subject of every sentence it appears in (nominative in Russian, headed by «заказ»).
    "ref": {
        "en": [
            "Your order No. {n}",
            "The order with reference {n}",
            "Your order (reference {n})",
            "Order reference no. {n}",
            "Your order bearing reference {n}",
            "Customer order {n}",
        ],
        "ru": [
            "Ваш заказ (№ {n})",
            "Заказ покупателя № {n}",
            "Интернет-заказ № {n}",
            "Заказ с присвоенным номером {n}",
            "Оформленный Вами заказ № {n}",
            "Ваш интернет-заказ № {n}",
        ],
        "zh": [
            "您的订单（单号{n}）",
            "您所下的订单（单号{n}）",
            "您的订单（订单号：{n}）",
            "该笔订单（单号{n}）",
            "您在本店的订单{n}",
            "您名下的订单{n}",
        ],
    },
    "state": {
        "en": [
            "Please be advised that {ref_low} {state}.",
            "Order status notification: {ref} {state}.",
            "We are writing to inform you that {ref_low} {state}.",
            "Kindly note that {ref_low} {state}.",
            "This is an automated message to confirm that {ref_low} {state}.",
            "{ref} {state}. Should you have any questions, please contact our Customer Service team.",
            "Thank you for contacting us. Having reviewed your enquiry, we can confirm that {ref_low} {state}.",
        ],
        "ru": [
            "Уважаемый покупатель! {ref} {state}.",
            "Информируем Вас, что {ref_low} {state}.",
            "Настоящим сообщаем, что {ref_low} {state}.",
            "Уведомление о статусе заказа. {ref} {state}.",
            "{ref} {state}. По всем вопросам Вы можете обратиться в службу поддержки.",
            "Благодарим за обращение. По результатам проверки {ref_low} {state}.",
            "Доводим до Вашего сведения, что {ref_low} {state}.",
        ],
        "zh": [
            "尊敬的顾客您好，{ref}{state}。",
            "特此通知：{ref}{state}。",
            "订单状态提醒：{ref}{state}。",
            "您好！经查询，{ref}{state}。如有疑问，请联系客服。",
            "【订单通知】{ref}{state}。",
            "感谢您的来信。经核实，{ref}{state}。",
            "现将订单状态告知如下：{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Please be advised that {ref_low} is expected to be delivered on {date}.",
            "We are pleased to confirm that the estimated delivery date for {ref_low} is {date}.",
            "Kindly note that {ref_low} is scheduled for delivery on {date}.",
            "Delivery estimate: {ref_low} is due to arrive on {date}.",
            "According to the current estimate, {ref_low} will be delivered on {date}.",
            "Thank you for your enquiry. We expect {ref_low} to be delivered on {date}.",
            "We anticipate that {ref_low} will reach the delivery address on {date}.",
        ],
        "ru": [
            "Информируем Вас, что {ref_low} будет доставлен {date} по адресу, указанному при оформлении.",
            "Сообщаем, что {ref_low} должен быть доставлен {date} в соответствии с графиком доставки.",
            "Уважаемый покупатель! Согласно плану доставки, {date} {ref_low} будет доставлен Вам.",
            "Доводим до Вашего сведения, что {date} {ref_low} прибудет по адресу доставки.",
            "По предварительным данным, {date} {ref_low} будет вручён получателю.",
            "Настоящим сообщаем, что {ref_low} ожидается к вручению {date} по адресу, указанному в заказе.",
        ],
        "zh": [
            "尊敬的顾客您好，{ref}预计将于{date}送达。",
            "特此通知：{ref}的预计送达日期为{date}。",
            "经查询，{ref}预计{date}到达收货地址。",
            "【配送通知】{ref}计划于{date}派送。",
            "感谢您的耐心等待，{ref}预计送达时间为{date}。",
            "现告知您，{ref}预计在{date}送至收货地址。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Please be advised that {ref_low} was delivered on {date}.",
            "Delivery confirmation: {ref_low} was delivered on {date}.",
            "We are pleased to confirm that {ref_low} was successfully delivered on {date}.",
            "Kindly note that the carrier recorded {ref_low} as delivered on {date}.",
            "Our records indicate that {ref_low} reached the delivery address on {date}.",
            "Thank you for your enquiry. We can confirm that {ref_low} was delivered on {date}.",
        ],
        "ru": [
            "Информируем Вас, что {ref_low} был доставлен {date} по указанному адресу.",
            "Подтверждаем, что {date} {ref_low} вручён получателю.",
            "Уважаемый покупатель! Согласно данным службы доставки, {date} {ref_low} был доставлен.",
            "Сообщаем, что {ref_low} был успешно доставлен {date}; доставка завершена.",
            "Доводим до Вашего сведения, что {date} {ref_low} был получен Вами.",
            "Настоящим подтверждаем: {ref_low} был вручён {date}, заказ выполнен.",
        ],
        "zh": [
            "尊敬的顾客您好，{ref}已于{date}签收。",
            "特此通知：{ref}已在{date}送达。",
            "经查询，{ref}的签收日期为{date}。",
            "【签收通知】{ref}已于{date}妥投。",
            "感谢您的咨询，物流记录显示{ref}于{date}送达收货地址。",
            "兹确认，{ref}已于{date}完成派送并签收。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Please be advised that {ref_low} was dispatched on {date}.",
            "Shipping confirmation: {ref_low} left our warehouse on {date}.",
            "We are pleased to confirm that {ref_low} was handed over to the carrier on {date}.",
            "Kindly note that {ref_low} was shipped from our warehouse on {date}.",
            "Our records indicate that {ref_low} went out to the carrier on {date}.",
            "Thank you for your enquiry. We can confirm that {ref_low} shipped on {date}.",
        ],
        "ru": [
            "Информируем Вас, что {date} {ref_low} передан в службу доставки.",
            "Сообщаем, что {ref_low} был отгружен с нашего склада {date} и передан перевозчику.",
            "Доводим до Вашего сведения, что {date} {ref_low} был отправлен со склада.",
            "Подтверждаем, что {date} {ref_low} покинул наш склад.",
            "Уважаемый покупатель! По данным склада, {date} {ref_low} был передан перевозчику.",
            "Настоящим сообщаем, что {ref_low} был отгружен {date} с нашего склада.",
        ],
        "zh": [
            "尊敬的顾客您好，{ref}已于{date}发货。",
            "特此通知：{ref}已在{date}交付承运商。",
            "【发货通知】{ref}于{date}出库发出。",
            "经查询，{ref}的发货日期为{date}。",
            "兹确认，{ref}已于{date}从仓库发出。",
            "感谢您的咨询，系统记录显示{ref}于{date}发出。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Please be advised that {ref_low} was placed on {date}.",
            "We are pleased to confirm that {ref_low} was registered in our system on {date}.",
            "Kindly note that {ref_low} was submitted on {date}.",
            "Order confirmation: {ref_low} was placed with us on {date}.",
            "Our records indicate that {ref_low} was created on {date}.",
            "Thank you for your enquiry. The order date of {ref_low} is {date}.",
        ],
        "ru": [
            "Информируем Вас, что {ref_low} был оформлен {date} в нашем интернет-магазине.",
            "Сообщаем, что {date} {ref_low} был зарегистрирован в нашей системе.",
            "Подтверждаем, что {ref_low} оформлен Вами {date} и зарегистрирован в системе.",
            "Доводим до Вашего сведения, что {date} {ref_low} был размещён через наш интернет-магазин.",
            "Уважаемый покупатель! Согласно нашим данным, {date} {ref_low} был создан.",
            "Настоящим подтверждаем: {ref_low} датирован {date}, что соответствует дате его оформления.",
        ],
        "zh": [
            "尊敬的顾客您好，{ref}于{date}提交成功。",
            "特此通知：{ref}的下单日期为{date}。",
            "经查询，{ref}系{date}下单。",
            "【下单成功】{ref}已于{date}提交。",
            "兹确认，{ref}的下单时间为{date}。",
            "感谢您的咨询，系统记录显示{ref}于{date}生成。",
        ],
    },
    "total": {
        "en": [
            "{ref} — Order total: {total}.",
            "{ref} — Total amount: {total}.",
            "{ref}: the total order value is {total}.",
            "{ref} is for a total amount of {total}.",
            "{ref}. Grand total: {total}.",
            "{ref} has a total value of {total}; please retain this notice for your records.",
            "{ref} — please note that the total for this order is {total}.",
        ],
        "ru": [
            "{ref}: итоговая сумма заказа составляет {total}.",
            "{ref}. Итого по заказу: {total}.",
            "{ref} сформирован на общую сумму {total}.",
            "{ref}. Общая стоимость заказа — {total}.",
            "{ref} — сумма заказа: {total}.",
            "{ref}: общая сумма по заказу — {total}.",
        ],
        "zh": [
            "{ref}金额合计为{total}。",
            "尊敬的顾客您好，{ref}的总金额为{total}。",
            "特此告知：{ref}合计金额{total}。",
            "经核对，{ref}的总额计{total}。",
            "{ref}——总计：{total}。",
            "兹确认，{ref}的结算金额共计{total}。",
        ],
    },
    "carrier": {
        "en": [
            "Please be advised that the carrier for your order is {carrier}.",
            "Shipping carrier: {carrier}.",
            "We are pleased to confirm that your order has been assigned to {carrier} for delivery.",
            "Kindly note that delivery of your order is entrusted to {carrier}.",
            "Carrier assigned to your order: {carrier}.",
            "In reply to your enquiry, the delivery service for your order is {carrier}.",
            "Delivery partner for this shipment: {carrier}.",
        ],
        "ru": [
            "Сообщаем, что доставку Вашего заказа осуществляет служба {carrier}.",
            "Служба доставки: {carrier}.",
            "Информируем Вас, что перевозчиком по Вашему заказу является {carrier}.",
            "Уважаемый покупатель! Доставка Вашего заказа поручена службе {carrier}.",
            "Перевозчик, выбранный для Вашего заказа, — {carrier}.",
            "В ответ на Ваш запрос сообщаем, что Ваше отправление обслуживает служба доставки {carrier}.",
        ],
        "zh": [
            "尊敬的顾客您好，您的订单由{carrier}负责配送。",
            "承运商信息：{carrier}。",
            "特此告知：您的包裹承运方为{carrier}。",
            "经查询，本次发货使用的物流公司为{carrier}。",
            "兹确认，您的订单配送服务由{carrier}提供。",
            "您的订单承运快递为{carrier}，如有物流疑问请联系客服。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Please be advised that items may be returned within {v} days.",
            "Return policy: items can be returned within {v} days.",
            "Kindly note that our return period is {v} days.",
            "We are pleased to confirm that you may return an item within a period of {v} days.",
            "In accordance with our returns policy, the return window is {v} days.",
            "Our store offers a {v}-day return period.",
        ],
        "ru": [
            "Сообщаем, что товар может быть возвращён в течение {v} {dwg}.",
            "Срок для возврата товара составляет {v} {dw}.",
            "Информируем Вас, что возврат товара возможен в течение {v} {dwg}.",
            "Уважаемый покупатель! В соответствии с правилами магазина срок возврата — {v} {dw}.",
            "Обращаем Ваше внимание, что вернуть товар Вы можете в течение {v} {dwg}.",
            "Согласно условиям возврата, покупатель вправе вернуть товар в течение {v} {dwg}.",
        ],
        "zh": [
            "尊敬的顾客您好，本店商品支持{v}天内退货。",
            "特此告知：本店退货时限为{v}天。",
            "根据本店退货政策，您可在{v}天内申请退货。",
            "兹说明，商品退货有效期为{v}天。",
            "请知悉：本店的退货期为{v}天。",
            "如需退货，请在{v}天内提出申请。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Please be advised that refunds are issued within {v}–{v2} business days after we receive the return.",
            "Refund processing time: {v}–{v2} business days from our receipt of your return.",
            "Kindly note that your refund will be processed {v} to {v2} business days after we receive the "
            "returned item.",
            "In accordance with our refund policy, refunds are made {v}–{v2} business days after we receive the "
            "return.",
            "We wish to confirm that refunds are issued {v}-{v2} business days following our receipt of the "
            "returned goods.",
            "Please allow {v}–{v2} business days after we receive the return for your refund to be processed.",
        ],
        "ru": [
            "Сообщаем, что возврат денежных средств производится через {v}–{v2} рабочих {dw2} после получения "
            "нами возвращённого товара.",
            "Срок возврата денежных средств — {v}–{v2} рабочих {dw2} с момента получения нами возврата.",
            "Информируем Вас, что денежные средства будут перечислены через {v}–{v2} рабочих {dw2} после "
            "поступления возврата на наш склад.",
            "Уважаемый покупатель! Возврат средств осуществляется через {v}-{v2} рабочих {dw2} после того, как "
            "мы получим возвращённый товар.",
            "Обращаем Ваше внимание: деньги поступят через {v}–{v2} рабочих {dw2} после того, как возврат будет "
            "нами получен.",
            "Согласно правилам возврата, средства возвращаются покупателю в срок {v}–{v2} рабочих {dw2} после "
            "получения нами товара.",
        ],
        "zh": [
            "尊敬的顾客您好，我们收到退货后将在{v}–{v2}个工作日内为您办理退款。",
            "退款时效：自我方收到退货起{v}–{v2}个工作日。",
            "特此告知：退款将于我们收到退回商品后的{v}至{v2}个工作日内完成。",
            "根据本店退款政策，收到您的退货后，退款需{v}-{v2}个工作日处理。",
            "兹说明，退款于我方签收退货后{v}–{v2}个工作日内办理完毕。",
            "请知悉：我们收到退货之后，{v}到{v2}个工作日内退款到账。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Please be advised that a restocking fee of {v}% applies to returned items that have been opened and "
            "are not faulty.",
            "Restocking fee: {v}% on opened items returned in non-faulty condition.",
            "Kindly note that opened, non-faulty returns are subject to a {v}% restocking fee.",
            "In accordance with our returns policy, a {v}% restocking fee is deducted when an opened item that is "
            "not faulty is returned.",
            "We wish to inform you that returns of opened items which are not faulty incur a restocking fee of {v}%.",
            "Please note: where a returned item has been opened and is not faulty, a {v}% restocking fee will be "
            "charged.",
        ],
        "ru": [
            "Сообщаем, что при возврате вскрытого исправного товара удерживается сбор в размере {v}%.",
            "Комиссия за возврат товара, который был вскрыт и не имеет неисправностей: {v}%.",
            "Информируем Вас, что со вскрытого, но исправного товара при возврате удерживается {v}% его стоимости.",
            "Уважаемый покупатель! В соответствии с правилами магазина за возврат вскрытого товара надлежащего "
            "качества взимается сбор {v}%.",
            "Обращаем Ваше внимание: если товар вскрыт и не является неисправным, при возврате удерживается {v}%.",
            "Согласно условиям возврата, удержание составляет {v}% при возврате вскрытого исправного товара.",
        ],
        "zh": [
            "尊敬的顾客您好，已拆封且无质量问题的商品退货时，需收取{v}%的重新上架费。",
            "重新上架费：{v}%（适用于已拆封且非质量问题的退货）。",
            "特此告知：商品拆封后如无故障，退货将扣除{v}%的费用。",
            "根据本店退货政策，已开封、无质量问题的商品退货收取{v}%手续费。",
            "请知悉：退回已拆封的非故障商品，须支付{v}%的上架费用。",
            "兹说明，对已拆封但无质量问题的退货商品，本店收取{v}%的重新入库费。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Please be advised that the standard shipping rate is {m}.",
            "Shipping (Standard): {m}.",
            "Kindly note that standard delivery costs {m}.",
            "In accordance with our shipping policy, a fee of {m} applies to standard shipping.",
            "We wish to inform you that the charge for standard shipping is {m}.",
            "Standard shipping rate: {m}.",
        ],
        "ru": [
            "Сообщаем, что стоимость стандартной доставки составляет {m}.",
            "Доставка по тарифу «Стандарт»: {m}.",
            "Информируем Вас, что тариф на стандартную доставку — {m}.",
            "Уважаемый покупатель! Стандартная доставка оплачивается в размере {m}.",
            "Согласно условиям доставки, за стандартную доставку взимается {m}.",
            "Обращаем Ваше внимание: стандартная доставка стоит {m}.",
        ],
        "zh": [
            "尊敬的顾客您好，标准配送运费为{m}。",
            "运费（标准配送）：{m}。",
            "特此告知：标准快递收取运费{m}。",
            "根据本店配送政策，选择标准配送需支付运费{m}。",
            "请知悉：标准配送的收费标准为{m}。",
            "兹说明，标准配送服务费用为{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Please be advised that orders over {m} qualify for free shipping.",
            "Free shipping: applies to orders exceeding {m}.",
            "Kindly note that shipping is free of charge for orders with a value above {m}.",
            "In accordance with our shipping policy, no shipping fee is charged on orders over {m}.",
            "We are pleased to offer free delivery on all orders exceeding {m}.",
            "Complimentary shipping applies once your order total exceeds {m}.",
        ],
        "ru": [
            "Сообщаем, что доставка заказов на сумму свыше {m} осуществляется бесплатно.",
            "Бесплатная доставка: для заказов на сумму более {m}.",
            "Информируем Вас, что при сумме заказа, превышающей {m}, доставка бесплатна.",
            "Уважаемый покупатель! Заказы стоимостью выше {m} доставляются бесплатно.",
            "Согласно условиям доставки, плата за доставку не взимается, если сумма заказа превышает {m}.",
            "Обращаем Ваше внимание: для заказов дороже {m} доставка бесплатная.",
        ],
        "zh": [
            "尊敬的顾客您好，订单金额超过{m}即可免运费。",
            "免运费条件：订单金额高于{m}。",
            "特此告知：凡订单金额超过{m}，本店免收运费。",
            "根据本店配送政策，订单总额超出{m}的，免收配送费用。",
            "请知悉：订单金额一旦超过{m}，即享包邮。",
            "兹说明，订单金额大于{m}时免收运费。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Please be advised that standard shipping takes {v}–{v2} business days.",
            "Estimated transit time (Standard): {v}–{v2} business days.",
            "Kindly note that standard delivery requires {v} to {v2} business days.",
            "In accordance with our shipping policy, parcels sent by standard shipping are delivered within "
            "{v}–{v2} business days.",
            "We wish to inform you that the delivery time for standard shipping is {v}-{v2} business days.",
            "Standard shipping: delivery in {v}–{v2} business days.",
        ],
        "ru": [
            "Сообщаем, что срок стандартной доставки — {v}–{v2} рабочих {dw2}.",
            "Срок доставки (стандартная): {v}–{v2} рабочих {dw2}.",
            "Информируем Вас, что при стандартной доставке заказ находится в пути {v}–{v2} рабочих {dw2}.",
            "Уважаемый покупатель! Стандартная доставка осуществляется за {v}–{v2} рабочих {dw2}.",
            "Согласно условиям доставки, нормативный срок стандартной доставки составляет {v}-{v2} рабочих {dw2}.",
            "Обращаем Ваше внимание: стандартная доставка выполняется за {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "尊敬的顾客您好，标准配送时效为{v}–{v2}个工作日。",
            "预计运输时间（标准配送）：{v}–{v2}个工作日。",
            "特此告知：标准快递需{v}至{v2}个工作日送达。",
            "根据本店配送政策，标准配送将在{v}-{v2}个工作日内送达。",
            "请知悉：选择标准配送，送达需要{v}到{v2}个工作日。",
            "兹说明，标准配送的运输周期为{v}–{v2}个工作日。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Please be advised that the express shipping rate is {m}.",
            "Shipping (Express): {m}.",
            "Kindly note that express delivery costs {m}.",
            "In accordance with our shipping policy, a fee of {m} applies to express shipping.",
            "We wish to inform you that the charge for express shipping is {m}.",
            "Express shipping rate: {m}.",
        ],
        "ru": [
            "Сообщаем, что стоимость экспресс-доставки составляет {m}.",
            "Доставка по тарифу «Экспресс»: {m}.",
            "Информируем Вас, что тариф на экспресс-доставку — {m}.",
            "Уважаемый покупатель! Экспресс-доставка оплачивается в размере {m}.",
            "Согласно условиям доставки, за экспресс-доставку взимается {m}.",
            "Обращаем Ваше внимание: срочная (экспресс) доставка стоит {m}.",
        ],
        "zh": [
            "尊敬的顾客您好，加急配送运费为{m}。",
            "运费（加急配送）：{m}。",
            "特此告知：加急快递收取运费{m}。",
            "根据本店配送政策，选择加急配送需支付运费{m}。",
            "请知悉：加急配送的收费标准为{m}。",
            "兹说明，加急配送服务费用为{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Please be advised that express shipping takes {v}–{v2} business days.",
            "Estimated transit time (Express): {v}–{v2} business days.",
            "Kindly note that express delivery requires {v} to {v2} business days.",
            "In accordance with our shipping policy, parcels sent by express shipping are delivered within "
            "{v}–{v2} business days.",
            "We wish to inform you that the delivery time for express shipping is {v}-{v2} business days.",
            "Express shipping: delivery in {v}–{v2} business days.",
        ],
        "ru": [
            "Сообщаем, что срок экспресс-доставки — {v}–{v2} рабочих {dw2}.",
            "Срок доставки (экспресс): {v}–{v2} рабочих {dw2}.",
            "Информируем Вас, что при экспресс-доставке заказ находится в пути {v}–{v2} рабочих {dw2}.",
            "Уважаемый покупатель! Экспресс-доставка осуществляется за {v}–{v2} рабочих {dw2}.",
            "Согласно условиям доставки, нормативный срок экспресс-доставки составляет {v}-{v2} рабочих {dw2}.",
            "Обращаем Ваше внимание: срочная (экспресс) доставка выполняется за {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "尊敬的顾客您好，加急配送时效为{v}–{v2}个工作日。",
            "预计运输时间（加急配送）：{v}–{v2}个工作日。",
            "特此告知：加急快递需{v}至{v2}个工作日送达。",
            "根据本店配送政策，加急配送将在{v}-{v2}个工作日内送达。",
            "请知悉：选择加急配送，送达需要{v}到{v2}个工作日。",
            "兹说明，加急配送的运输周期为{v}–{v2}个工作日。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Please be advised that the warranty period is {v} months.",
            "Warranty term applicable: {v} months.",
            "Kindly note that the warranty covers a period of {v} months.",
            "In accordance with our warranty policy, coverage is provided for {v} months.",
            "We are pleased to confirm that a {v}-month warranty applies.",
            "Please note that warranty cover lasts {v} months.",
        ],
        "ru": [
            "Сообщаем, что гарантийный срок составляет {v} {mw}.",
            "Гарантия: {v} {mw}.",
            "Информируем Вас, что на товар предоставляется гарантия сроком {v} {mw}.",
            "Уважаемый покупатель! Срок гарантийного обслуживания — {v} {mw}.",
            "Согласно гарантийным условиям, гарантия предоставляется на {v} {mw}.",
            "Гарантийный срок: {v} мес.",
            "Обращаем Ваше внимание: продолжительность гарантийного периода — {v} {mw}.",
        ],
        "zh": [
            "尊敬的顾客您好，商品保修期为{v}个月。",
            "保修期限：{v}个月。",
            "特此告知：商品享受{v}个月质保服务。",
            "根据本店保修政策，保修期为{v}个月。",
            "请知悉：质保期限为{v}个月。",
            "兹说明，本店提供为期{v}个月的保修。",
        ],
    },
}

# Order states as predicates after the order reference, in the wording of a status page or a notification. Each is
# true of its own state only: a paid order is awaiting shipment and has not left the warehouse, a shipped one is in
# transit and has not been delivered. Russian predicates agree with a masculine «заказ».
FRESH7_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is awaiting payment and will be processed once payment has been received",
            "is in “Pending payment” status: no payment has been received for it so far",
            "remains unpaid; processing will begin upon receipt of payment",
            "has not yet been paid and is therefore on hold",
        ],
        "paid": [
            "has been paid and is awaiting shipment; it has not yet left our warehouse",
            "is in “Awaiting shipment” status: payment has been received and the order is being prepared for dispatch",
            "has been paid in full and is currently being processed at our warehouse prior to dispatch",
            "is paid and has not been dispatched yet",
        ],
        "shipped": [
            "has been dispatched and is currently in transit",
            "is in “Shipped” status: it has left our warehouse and has not yet been delivered",
            "has been handed over to the carrier and is on its way to the delivery address",
            "is in transit; delivery has not yet been completed",
        ],
        "delivered": [
            "has been delivered to the recipient",
            "is in “Delivered” status: the carrier has confirmed delivery",
            "was delivered to the shipping address",
            "has been delivered, and the delivery is recorded as complete",
        ],
        "returned": [
            "has been returned, and the returned items have been received at our warehouse",
            "is in “Returned” status",
            "has been processed as a return",
            "was sent back to us and is now recorded as returned",
        ],
        "cancelled": [
            "has been cancelled and will not be dispatched",
            "is in “Cancelled” status",
            "has been cancelled and the order is closed",
            "has been cancelled; no further action will be taken on it",
        ],
    },
    "ru": {
        "pending": [
            "ожидает оплаты и будет передан в обработку после её поступления",
            "находится в статусе «Ожидает оплаты»: оплата по нему пока не поступила",
            "пока не оплачен; к его обработке мы приступим после поступления оплаты",
        ],
        "paid": [
            "оплачен и ожидает отправки со склада",
            "находится в статусе «Оплачен»: оплата получена, заказ готовится к передаче в службу доставки",
            "оплачен и комплектуется на складе; в службу доставки он ещё не передан",
        ],
        "shipped": [
            "передан в службу доставки и находится в пути",
            "находится в статусе «Отправлен»: он покинул склад, но ещё не доставлен",
            "отгружен со склада и следует к месту назначения",
        ],
        "delivered": [
            "доставлен получателю",
            "находится в статусе «Доставлен»: вручение подтверждено службой доставки",
            "вручён получателю, доставка завершена",
        ],
        "returned": [
            "возвращён, и товар поступил на наш склад",
            "находится в статусе «Возвращён»",
            "оформлен как возврат и принят нашим складом",
        ],
        "cancelled": [
            "аннулирован и отправлен не будет",
            "находится в статусе «Отменён»",
            "отменён; дальнейшая обработка по нему не производится",
        ],
    },
    "zh": {
        "pending": [
            "尚未完成支付，付款后我们将为您安排处理",
            "当前状态为“待付款”，系统尚未收到该笔款项",
            "仍在等待付款",
        ],
        "paid": [
            "已完成支付，目前正在备货，尚未出库",
            "当前状态为“待发货”：款项已收到，商品尚未发出",
            "已付款，现处于待发货状态",
        ],
        "shipped": [
            "已发货，目前正在运输途中，尚未送达",
            "当前状态为“已发货”：包裹已出库，正由承运商运送",
            "已交由承运商配送，正在运送中",
        ],
        "delivered": [
            "已由收件人签收",
            "当前状态为“已签收”，配送已完成",
            "已妥投，配送流程已完成",
        ],
        "returned": [
            "已退货，退回的商品已入库",
            "当前状态为“已退货”",
            "已办理退货，商品已退回我司仓库",
        ],
        "cancelled": [
            "已被取消，将不予发货",
            "当前状态为“已取消”",
            "已被取消，该订单已关闭",
        ],
    },
}

# Store-currency (USD) money as invoices and notifications write it. {a}: the amount written the language's way.
# Russian amounts always carry their kopeck part («59,99», «50,00»), so «доллара» (the genitive singular a fraction
# takes) is right for every amount.
FRESH7_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["USD {a}", "{a} USD", "US ${a}", "US$ {a}", "{a} US dollars"],
    "ru": ["{a} долл. США", "USD {a}", "{a} USD", "{a} доллара США"],
    "zh": ["美元{a}", "{a} 美元", "USD {a}", "{a}美元", "USD{a}"],
}
# The same amounts in another currency: a planted error whatever the number. Each names its currency outright.
FRESH7_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["EUR {a}", "{a} GBP", "CAD {a}", "{a} EUR", "JPY {a}", "RUB {a}", "CNY {a}", "AUD {a}"],
    "ru": ["EUR {a}", "{a} руб.", "{a} евро", "CNY {a}", "{a} канадского доллара", "RUB {a}", "{a} фунта стерлингов"],
    "zh": ["人民币{a}元", "EUR {a}", "{a} 欧元", "港币{a}元", "{a} 日元", "CNY {a}", "{a}英镑"],
}
# Every format carries the year and is unambiguous: months are named, or the date is ISO (year first), or it is the
# Russian day-first «03.11.2026», the only numeric order a Russian reader knows.
FRESH7_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{d} {month} {y}",
        "{y}-{mm}-{dd}",
        "{mon} {d_th}, {y}",
        "{weekday}, {d} {month} {y}",
        "{month} {d}, {y}",
        "{dd} {mon} {y}",
    ],
    "ru": [
        "{dd} {month_ru} {y} г.",
        "{d} {month_ru} {y} года",
        "{y}-{mm}-{dd}",
        "{dd}.{mm}.{y}",
        "{d} {month_ru} {y} г. ({wd_ru})",
    ],
    "zh": [
        "{y}年{m}月{d}日",
        "{y}-{mm}-{dd}",
        "{y}年{mm}月{dd}日",
        "{y}年{m}月{d}日（周{wd_zh}）",
        "{y}年{m}月{d}日（星期{wd_zh}）",
    ],
}


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH7_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH7_STATES, state, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount as an invoice prints it, always with its cents: English "1,299.99"; Russian «1 299,99» (space or
    no-break space between thousands); Chinese "1,299.99" or "1299.99"."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    grouped = f"{int(whole):,}"
    if language == "ru":
        sep = rng.choice([" ", "\u00a0"])
        return f"{grouped.replace(',', sep)},{frac}"
    if language == "zh" and rng.random() < 0.5:
        grouped = whole
    return f"{grouped}.{frac}"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    return rng.choice(FRESH7_MONEY_FORMATS[language]).format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(FRESH7_OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH7_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        d_th=en_suffixed(day.day),
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        weekday=EN_WEEKDAYS[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        wd_ru=RU_WEEKDAYS[day.weekday()],
        wd_zh=ZH_WEEKDAYS[day.weekday()],
    )


__all__ = [
    "FRESH7",
    "FRESH7_DATE_FORMATS",
    "FRESH7_MONEY_FORMATS",
    "FRESH7_OTHER_CURRENCY",
    "FRESH7_PATTERNS",
    "FRESH7_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
