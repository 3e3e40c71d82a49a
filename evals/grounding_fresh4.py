"""A fourth fresh held-out split for the grounding eval: wordings nobody tuning the verifier has read.

By the end of session 7 the third fresh split had been read too, so it joined the development splits. This set was
written in session 7 by a helper who did not read the verifier (``agent/grounding/``, ``agent/stream_verify.py``) or
its tests; the other pattern sets were read only so as not to repeat them. It copies support-desk and marketplace
chat: ticket replies with headers ("Item:", "Status:"), "Re: your question", rows with pipes or tabs, abbreviations
(qty, pcs, avail., шт, 件), the shopper's words quoted back, clauses joined by "—" or ";". Money as "USD 59.99",
«1 299,00 USD», 59.99美元 with thousands separators, spaces and full-width digits; dates with ordinal suffixes,
weekday names, ISO forms and full-width digits, always with their year.

Correctness rules, as for the second fresh split: each sentence names the product its figures belong to; every date
carries its year and none has "by", "around" or «до» before it; the return window is not tied to delivery or
purchase; the restocking fee keeps its "opened and not faulty" condition; order states say only what is true of
that state. Only aggregate figures of this split are reported, and its misses are not read.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; ``evals.grounding_cases`` calls
these for the ``FRESH4`` split. Pattern ids are ``<claim>.<language>.q<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import (
    EN_MONTHS,
    EN_SMALL,
    EN_TENS,
    EN_WEEKDAYS,
    FULL_WIDTH,
    RU_MONTHS,
    RU_WEEKDAYS,
    RU_WEEKDAYS_SHORT,
    ZH_WEEKDAYS,
    en_suffixed,
)
from evals.grounding_wording import phrase_from, pick_from

FRESH4 = "held-out (fresh 4)"
_TAG = "q"

# claim -> language -> patterns; the placeholders are those of evals.grounding_wording (see grounding_fresh2.py).
FRESH4_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Item: {name}\nPrice: {price}\n",
            "Re: your question on the {name} — it's {price}.",
            "{name} | price {price}\n",
            "{name}\t{price}\n",
            "Current price of the {name}: {price}; that's the listed price.",
            'You asked "how much is the {name}?" — {price}.',
            "The {name} retails at {price} (list price).",
            "For the {name} the checkout price is {price}.",
        ],
        "ru": [
            "Товар: «{name}»\nЦена: {price}\n",
            "Re: ваш вопрос по «{name}» — цена {price}.",
            "«{name}» | {price}\n",
            "«{name}»\t{price}\n",
            "Вы спрашивали «сколько стоит {name}?» — {price}.",
            "Стоимость «{name}» на сегодня — {price}.",
            "«{name}» обойдётся вам в {price}.",
        ],
        "zh": [
            "商品：{name}\n价格：{price}\n",
            "回复您的问题：{name}售价{price}。",
            "{name} | {price}\n",
            "{name}\t{price}\n",
            "您问“{name}多少钱”——{price}。",
            "{name}这边标价{price}；",
            "亲，{name}现价{price}哈。",
        ],
    },
    "PQ": {
        "en": [
            "Item: {name}\nPrice: {price}\nQty avail.: {qty}\n",
            "{name} | {price} | {qty} pcs\n",
            "{name}\t{price}\tqty {qty}\n",
            "Re: the {name} — {price} each; {qty} pcs in the warehouse.",
            "The {name} retails for {price}; stock count is {qty}.",
            "{qty} pcs of the {name} are ready to ship, at {price} apiece.",
        ],
        "ru": [
            "Товар: «{name}»\nЦена: {price}\nОстаток: {qty} шт.\n",
            "«{name}» | {price} | {qty} шт\n",
            "«{name}»\t{price}\t{qty} шт.\n",
            "Re: «{name}» — {price} за шт.; на складе {qty} шт.",
            "Стоимость «{name}» — {price}; свободный остаток — {qty} шт.",
            "Готовы отгрузить {qty} шт. «{name}» по {price} за штуку.",
        ],
        "zh": [
            "商品：{name}\n价格：{price}\n库存：{qty}件\n",
            "{name} | {price} | {qty}件\n",
            "{name}\t{price}\t余{qty}件\n",
            "回复您：{name}每件{price}；仓内{qty}件。",
            "{name}现价{price}，库存数量{qty}件。",
            "{name}可发{qty}件，单件{price}。",
        ],
    },
    "PI": {
        "en": [
            "Item: {name}\nPrice: {price}\nStatus: in stock\n",
            "{name} | {price} | avail.\n",
            "{name}\t{price}\tin stock\n",
            "Re: the {name} — {price}, and yes, we have it in stock.",
            "The {name} retails for {price}; it is currently in stock.",
            'You asked "is the {name} available?" — yes, in stock at {price}.',
        ],
        "ru": [
            "Товар: «{name}»\nЦена: {price}\nСтатус: в наличии\n",
            "«{name}» | {price} | в наличии\n",
            "«{name}»\t{price}\tесть\n",
            "Re: «{name}» — {price}; товар есть на складе.",
            "Вы спрашивали «{name} есть?» — да, в наличии, {price}.",
            "Стоимость «{name}» — {price}, товар сейчас в наличии.",
        ],
        "zh": [
            "商品：{name}\n价格：{price}\n状态：有货\n",
            "{name} | {price} | 有货\n",
            "{name}\t{price}\t现货\n",
            "回复您：{name}{price}，现货在库。",
            "您问“{name}有货吗”——有货，{price}。",
            "{name}现价{price}，目前有库存可下单；",
        ],
    },
    "PO": {
        "en": [
            "Item: {name}\nPrice: {price}\nStatus: out of stock\n",
            "{name} | {price} | not avail.\n",
            "{name}\t{price}\tsold out\n",
            "Re: the {name} — {price}, but it is no longer available.",
            "The {name} retails for {price}; it can't be ordered right now — out of stock.",
            'You asked "is the {name} available?" — unfortunately not: out of stock ({price}).',
        ],
        "ru": [
            "Товар: «{name}»\nЦена: {price}\nСтатус: нет в наличии\n",
            "«{name}» | {price} | нет\n",
            "«{name}»\t{price}\tзакончился\n",
            "Re: «{name}» — {price}, но товар закончился.",
            "Вы спрашивали «{name} есть?» — к сожалению, нет в наличии ({price}).",
            "Стоимость «{name}» — {price}; сейчас заказать нельзя — товар закончился.",
        ],
        "zh": [
            "商品：{name}\n价格：{price}\n状态：缺货\n",
            "{name} | {price} | 无货\n",
            "{name}\t{price}\t售罄\n",
            "回复您：{name}{price}，但已经卖光了。",
            "您问“{name}有货吗”——抱歉，目前缺货（{price}）。",
            "{name}标价{price}；暂时没货，拍不了。",
        ],
    },
    "Q": {
        "en": [
            "Item: {name}\nQty avail.: {qty}\n",
            "{name} | {qty} pcs\n",
            "{name}\tqty {qty}\n",
            "Re: the {name} — {qty} pcs in the warehouse.",
            "Stock count for the {name} is {qty}.",
            'You asked "how many {name} do you have?" — {qty}.',
            "{qty} pcs of the {name} are ready to ship.",
        ],
        "ru": [
            "Товар: «{name}»\nОстаток: {qty} шт.\n",
            "«{name}» | {qty} шт\n",
            "«{name}»\t{qty} шт.\n",
            "Re: «{name}» — на складе {qty} шт.",
            "Свободный остаток «{name}» — {qty} шт.",
            "Вы спрашивали «сколько есть {name}?» — {qty} шт.",
            "Готовы отгрузить {qty} шт. «{name}».",
        ],
        "zh": [
            "商品：{name}\n库存：{qty}件\n",
            "{name} | {qty}件\n",
            "{name}\t余{qty}件\n",
            "回复您：{name}仓内{qty}件。",
            "{name}库存数量{qty}件。",
            "您问“{name}还有几件”——{qty}件。",
            "{name}可发{qty}件；",
        ],
    },
    "I": {
        "en": [
            "Item: {name}\nStatus: in stock\n",
            "{name} | avail.\n",
            "{name}\tin stock\n",
            "Re: the {name} — yes, we have it in stock.",
            'You asked "is the {name} available?" — yes, it is in stock.',
            "Avail. for the {name}: yes — in stock.",
        ],
        "ru": [
            "Товар: «{name}»\nСтатус: в наличии\n",
            "«{name}» | в наличии\n",
            "«{name}»\tесть\n",
            "Re: «{name}» — товар есть на складе.",
            "Вы спрашивали «{name} есть?» — да, в наличии.",
            "«{name}» сейчас в наличии.",
        ],
        "zh": [
            "商品：{name}\n状态：有货\n",
            "{name} | 有货\n",
            "{name}\t现货\n",
            "回复您：{name}现货在库。",
            "您问“{name}有货吗”——有货。",
            "{name}目前有库存可下单；",
        ],
    },
    "O": {
        "en": [
            "Item: {name}\nStatus: out of stock\n",
            "{name} | not avail.\n",
            "{name}\tsold out\n",
            "Re: the {name} — it is no longer available.",
            'You asked "is the {name} available?" — unfortunately not, it\'s out of stock.',
            "The {name} can't be ordered right now — out of stock.",
            "Avail. for the {name}: no — out of stock.",
        ],
        "ru": [
            "Товар: «{name}»\nСтатус: нет в наличии\n",
            "«{name}» | нет\n",
            "«{name}»\tзакончился\n",
            "Re: «{name}» — товар закончился.",
            "Вы спрашивали «{name} есть?» — к сожалению, нет в наличии.",
            "«{name}» сейчас заказать нельзя — товар закончился.",
        ],
        "zh": [
            "商品：{name}\n状态：缺货\n",
            "{name} | 无货\n",
            "{name}\t售罄\n",
            "回复您：{name}已经卖光了。",
            "您问“{name}有货吗”——抱歉，目前缺货。",
            "{name}暂时没货，拍不了。",
        ],
    },
    "S": {
        "en": [
            "Item: {name}\nSize: {size} (avail.)\n",
            "{name} | size {size}\n",
            "Re: sizing on the {name} — {size} is one of its sizes.",
            'You asked "does the {name} come in {size}?" — yes, it does.',
            "The {name} comes in size {size}; you can pick it at checkout.",
            "Sizes on the {name} include {size}.",
        ],
        "ru": [
            "Товар: «{name}»\nРазмер: {size} (есть)\n",
            "«{name}» | размер {size}\n",
            "Re: размеры «{name}» — {size} в сетке есть.",
            "Вы спрашивали «есть {size} у {name}?» — да, есть.",
            "Размер {size} в линейке «{name}» имеется.",
            "Размер {size} у «{name}» предусмотрен.",
        ],
        "zh": [
            "商品：{name}\n尺码：{size}（可选）\n",
            "{name} | {size}码\n",
            "回复您：{name}有{size}码。",
            "您问“{name}有没有{size}码”——有的。",
            "{name}可选尺码包括{size}；",
            "{name}的{size}码可以选。",
        ],
    },
    "C": {
        "en": [
            "Item: {name}\nColor: {colour}\n",
            "{name} | {colour}\n",
            "Re: the color of the {name} — it's {colour}.",
            'You asked "what color is the {name}?" — {colour}.',
            "Color (per listing) of the {name}: {colour}.",
            "The {name} is a {colour} model.",
            "Finish of the {name}: {colour}.",
        ],
        "ru": [
            "Товар: «{name}»\nЦвет: {colour}\n",
            "«{name}» | {colour}\n",
            "Re: цвет «{name}» — {colour}.",
            "Вы спрашивали «какого цвета {name}?» — {colour}.",
            "«{name}» выпускается в цвете {colour}.",
            "Расцветка «{name}»: {colour}.",
        ],
        "zh": [
            "商品：{name}\n颜色：{colour}\n",
            "{name} | {colour}\n",
            "回复您：{name}是{colour}的。",
            "您问“{name}什么颜色”——{colour}。",
            "{name}配色为{colour}；",
            "{name}颜色就是{colour}。",
        ],
    },
    "PP": {
        "en": [
            "Item: {name}\nPrice: {price}\nItem: {name2}\nPrice: {price2}\n",
            "{name} | {price}\n{name2} | {price2}\n",
            "{name}\t{price}\n{name2}\t{price2}\n",
            "Re: the two you asked about — the {name} is {price}; the {name2} is {price2}.",
            "The {name} retails for {price}, while the {name2} retails for {price2}.",
            "You asked which is cheaper: the {name} at {price} or the {name2} at {price2}.",
            "Checkout price: {name} — {price}; {name2} — {price2}.",
        ],
        "ru": [
            "Товар: «{name}»\nЦена: {price}\nТовар: «{name2}»\nЦена: {price2}\n",
            "«{name}» | {price}\n«{name2}» | {price2}\n",
            "«{name}»\t{price}\n«{name2}»\t{price2}\n",
            "Re: по двум товарам — «{name}» стоит {price}; «{name2}» стоит {price2}.",
            "«{name}» обойдётся в {price}, а «{name2}» — в {price2}.",
            "Вы спрашивали, что дешевле: «{name}» за {price} или «{name2}» за {price2}.",
            "Стоимость: «{name}» — {price}; «{name2}» — {price2}.",
        ],
        "zh": [
            "商品：{name}\n价格：{price}\n商品：{name2}\n价格：{price2}\n",
            "{name} | {price}\n{name2} | {price2}\n",
            "{name}\t{price}\n{name2}\t{price2}\n",
            "回复您：{name}售价{price}；{name2}售价{price2}。",
            "您问哪个便宜：{name}是{price}，{name2}是{price2}。",
            "{name}现价{price}——{name2}现价{price2}。",
        ],
    },
    "count": {
        "en": [
            "Results: {count}\n",
            "Re: your search — {count} items came up.",
            "{count} products that fit are listed below:",
            "Matching items | {count}\n",
            "Pulled up {count} options; here they are.",
            "Here are {count} items like that:",
        ],
        "ru": [
            "Результаты: {count}\n",
            "Re: ваш поиск — нашлось {count} поз.",
            "Подобрали подходящих товаров — {count}:",
            "Найдено | {count}\n",
            "Вот подборка, всего позиций — {count}.",
            "Показываю подходящие позиции, {count} шт.:",
        ],
        "zh": [
            "结果：{count}件\n",
            "回复您：搜到{count}款。",
            "给您列出符合的{count}款：",
            "匹配商品 | {count}\n",
            "帮您找了{count}款，如下；",
            "一共有{count}款可选：",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    "ref": {
        "en": [
            "Order ref. {n}",
            "Order {n} (the one you asked about)",
            "Your order number {n}",
            "The order you wrote in about, #{n},",
            "Order no. {n} on this ticket",
            "Your order (ref. {n})",
        ],
        "ru": [
            "Заказ № {n} (о котором вы спрашивали)",
            "Ваш заказ за номером {n}",
            "Заказ, указанный в обращении (№ {n}),",
            "Заказ № {n} из вашего обращения",
            "Заказ ном. {n} по обращению",
            "Ваш заказ (ном. {n})",
        ],
        "zh": [
            "您咨询的订单{n}",
            "工单里提到的订单（#{n}）",
            "您的订单号{n}",
            "订单#{n}（您问的这单）",
            "您这单（编号{n}）",
            "工单关联的订单{n}",
        ],
    },
    "state": {
        "en": [
            "Re: your ticket. {ref} {state}.",
            "Status update — {ref_low} {state}.",
            "{ref} {state}; let us know if you need anything else.",
            "I checked for you: {ref_low} {state}.",
            "Quick answer: {ref_low} {state}.",
            'You asked "where is my order?" — {ref_low} {state}.',
            "Support desk here. {ref} {state}.",
        ],
        "ru": [
            "Re: ваше обращение. {ref} {state}.",
            "Обновление статуса — {ref_low} {state}.",
            "{ref} {state}; если что-то ещё нужно, пишите.",
            "Уточнили для вас: {ref_low} {state}.",
            "Кратко по статусу — {ref_low} {state}.",
            "Вы спрашивали «где мой заказ?» — {ref_low} {state}.",
            "Служба поддержки на связи. {ref} {state}.",
        ],
        "zh": [
            "回复您的工单：{ref}{state}。",
            "状态更新——{ref}{state}。",
            "{ref}{state}；有其他问题随时找我。",
            "帮您核实了：{ref}{state}。",
            "您问“我的订单到哪了”——{ref}{state}。",
            "客服小助手为您服务，{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "ETA: {date}\n",
            "Re: delivery — the estimate is {date}.",
            "Expected at your door on {date}.",
            "Scheduled delivery date | {date}\n",
            "The carrier's estimate for {ref_low} is {date}.",
            "It should reach you on {date}; that's the current estimate.",
            'You asked "when will it come?" — estimated {date}.',
        ],
        "ru": [
            "Ожидаемая доставка: {date}\n",
            "Re: доставка — плановая дата {date}.",
            "Ждите заказ {date}.",
            "Плановая дата доставки | {date}\n",
            "Вы спрашивали «когда привезут?» — ожидаем {date}.",
            "По оценке перевозчика, {ref_low} приедет {date}.",
        ],
        "zh": [
            "预计送达：{date}\n",
            "回复您：预计送达日期为{date}。",
            "预计{date}到您手里。",
            "计划送达日 | {date}\n",
            "您问“什么时候到”——预计{date}。",
            "承运商预估{ref}{date}送达；",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Delivered: {date}\n",
            "Re: delivery — it was delivered on {date}.",
            "Proof of delivery is dated {date}.",
            "Delivery completed | {date}\n",
            "The carrier marked {ref_low} delivered on {date}.",
            "It reached you on {date}, per the tracking.",
            'You asked "when did it arrive?" — on {date}.',
        ],
        "ru": [
            "Доставлено: {date}\n",
            "Re: доставка — заказ вручён {date}.",
            "Отметка о вручении стоит {date}.",
            "Дата вручения | {date}\n",
            "Вы спрашивали «когда доставили?» — {date}.",
            "Перевозчик отметил {ref_low} доставленным {date}.",
        ],
        "zh": [
            "已送达：{date}\n",
            "回复您：{date}已签收。",
            "签收记录显示{date}。",
            "送达日期 | {date}\n",
            "您问“哪天到的”——{date}送达。",
            "承运商记录{ref}于{date}妥投；",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Shipped: {date}\n",
            "Re: shipping — it left us on {date}.",
            "The label was scanned out on {date}.",
            "Ship date | {date}\n",
            "The carrier picked up {ref_low} on {date}.",
            "It went out on {date}, per the tracking.",
            'You asked "when did it ship?" — on {date}.',
        ],
        "ru": [
            "Отгружено: {date}\n",
            "Re: отправка — заказ уехал со склада {date}.",
            "Посылку приняли в доставку {date}.",
            "Дата отгрузки | {date}\n",
            "Вы спрашивали «когда отправили?» — {date}.",
            "Перевозчик забрал {ref_low} {date}.",
        ],
        "zh": [
            "已发货：{date}\n",
            "回复您：{date}已发出。",
            "揽收记录显示{date}。",
            "发货日期 | {date}\n",
            "您问“哪天发的货”——{date}。",
            "承运商{date}揽收了{ref}；",
        ],
    },
    "date.placed_on": {
        "en": [
            "Placed: {date}\n",
            "Re: your order — it was placed on {date}.",
            "The order timestamp reads {date}.",
            "Order date | {date}\n",
            "Our records show {ref_low} came in on {date}.",
            "You ordered on {date}, per our records.",
            'You asked "when did I order?" — on {date}.',
        ],
        "ru": [
            "Оформлен: {date}\n",
            "Re: ваш заказ — он оформлен {date}.",
            "В системе заказ зарегистрирован {date}.",
            "Дата заказа | {date}\n",
            "Вы спрашивали «когда я заказывал?» — {date}.",
            "По нашим данным, {ref_low} поступил {date}.",
        ],
        "zh": [
            "下单：{date}\n",
            "回复您：订单于{date}提交。",
            "系统记录的下单日期为{date}。",
            "下单日期 | {date}\n",
            "您问“我哪天下的单”——{date}。",
            "记录显示{ref}是{date}下的；",
        ],
    },
    "total": {
        "en": [
            "Order total: {total}\n",
            "Re: the amount. {ref} totals {total}.",
            "Order value | {total}\n",
            "The grand total on the order is {total}.",
            'You asked "how much was the order?" — {total} in total.',
            "Sum of the order, all lines: {total}.",
        ],
        "ru": [
            "Сумма заказа: {total}\n",
            "Re: сумма — по заказу {total}.",
            "Итого по заказу | {total}\n",
            "Вы спрашивали «на какую сумму заказ?» — {total}.",
            "Общая сумма всех позиций заказа — {total}.",
            "{ref}: итоговая сумма {total}.",
        ],
        "zh": [
            "订单总额：{total}\n",
            "回复您：订单合计{total}。",
            "订单金额 | {total}\n",
            "您问“订单多少钱”——共{total}。",
            "所有商品加起来一共{total}。",
            "{ref}总金额{total}；",
        ],
    },
    "carrier": {
        "en": [
            "Carrier: {carrier}\n",
            "Re: shipping — the carrier is {carrier}.",
            "Courier | {carrier}\n",
            'You asked "who\'s delivering it?" — {carrier}.',
            "We handed it to {carrier} for delivery.",
            "Tracking is with {carrier}.",
        ],
        "ru": [
            "Перевозчик: {carrier}\n",
            "Re: доставка — везёт {carrier}.",
            "Служба доставки | {carrier}\n",
            "Вы спрашивали «кто доставляет?» — {carrier}.",
            "Мы передали посылку в {carrier}.",
            "Трекинг — у {carrier}.",
        ],
        "zh": [
            "快递：{carrier}\n",
            "回复您：承运快递为{carrier}。",
            "物流公司 | {carrier}\n",
            "您问“发的什么快递”——{carrier}。",
            "包裹交给了{carrier}配送。",
            "物流单号在{carrier}可查。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Return window: {v} days\n",
            "Re: returns — you have {v} days to return it.",
            "Returns | {v} days\n",
            'You asked "can I return it?" — yes, within {v} days.',
            "We take returns for {v} days.",
            "Return window at our shop: {v} days.",
        ],
        "ru": [
            "Срок возврата: {v} {dw}\n",
            "Re: возврат — у вас есть {v} {dw}, чтобы вернуть товар.",
            "Возврат | {v} {dw}\n",
            "Вы спрашивали «можно вернуть?» — да, в течение {v} {dwg}.",
            "Товар принимаем назад в течение {v} {dwg}.",
            "На оформление возврата у вас {v} {dw}.",
        ],
        "zh": [
            "退货期限：{v}天\n",
            "回复您：退货期为{v}天。",
            "退货 | {v}天\n",
            "您问“能退吗”——可以，{v}天内。",
            "本店接受{v}天内退货。",
            "退货窗口期{v}天；",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Refund time: {v}–{v2} business days after we receive the item\n",
            "Re: refunds — {v} to {v2} business days once the return is in our hands.",
            "Refund | {v}-{v2} business days after receipt of the return\n",
            'You asked "when do I get my money?" — {v}–{v2} business days after the return reaches us.',
            "The refund goes out {v}–{v2} business days after your return arrives here.",
            "Allow {v}–{v2} business days, counted from when we get the item back, for the refund.",
        ],
        "ru": [
            "Срок возврата денег: {v}–{v2} рабочих {dw2} после получения товара\n",
            "Re: возврат денег — {v}–{v2} рабочих {dw2} после того, как товар придёт к нам.",
            "Возврат средств | {v}–{v2} рабочих {dw2} после поступления товара\n",
            "Вы спрашивали «когда вернут деньги?» — через {v}–{v2} рабочих {dw2} после получения возврата.",
            "Деньги отправляем через {v}–{v2} рабочих {dw2} после того, как возврат доедет до нас.",
            "Считая с получения товара нами, возврат денег — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "退款时间：收到退货后{v}–{v2}个工作日\n",
            "回复您：退货到仓后{v}至{v2}个工作日退款。",
            "退款 | 收到退货后{v}-{v2}个工作日\n",
            "您问“钱多久退回”——我们收到退货后{v}–{v2}个工作日。",
            "退回的商品到我们这里后，{v}–{v2}个工作日内原路退款。",
            "退款在收货后{v}–{v2}个工作日内办理；",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Restocking fee: {v}% (opened, not faulty)\n",
            "Re: returns — opened items with no fault are charged a {v}% restocking fee.",
            "Restocking | {v}% on opened, non-defective items\n",
            'You asked "is there a fee?" — {v}% if the item was opened and isn\'t faulty.',
            "For an opened item that has no defect, {v}% is held back as a restocking fee.",
            "Opened but not faulty? Then a {v}% restocking fee applies.",
        ],
        "ru": [
            "Комиссия за возврат: {v}% (вскрытый, исправный товар)\n",
            "Re: возврат — со вскрытого товара без брака удерживаем {v}%.",
            "Удержание | {v}% за вскрытый исправный товар\n",
            "Вы спрашивали «есть ли комиссия?» — {v}%, если упаковка вскрыта и товар исправен.",
            "Если товар вскрыт и дефекта нет, удерживается {v}% стоимости.",
            "Вскрыт, но исправен? Тогда удержание {v}%.",
        ],
        "zh": [
            "上架费：{v}%（已拆封且无质量问题）\n",
            "回复您：已拆封、非质量问题退货收{v}%上架费。",
            "上架费 | 已开封无故障商品{v}%\n",
            "您问“退货要扣钱吗”——已拆封且无质量问题的扣{v}%。",
            "商品开封了但无故障的，退货扣{v}%。",
            "拆封后无质量问题的退货，收取{v}%费用；",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Standard shipping fee: {m}\n",
            "Re: shipping — standard costs {m}.",
            "Standard shipping | {m}\n",
            'You asked "how much is shipping?" — {m} for standard.',
            "Standard shipping is charged at {m}.",
            "Regular shipping adds {m} to the order.",
        ],
        "ru": [
            "Стандартная доставка: {m}\n",
            "Re: доставка — стандартная стоит {m}.",
            "Доставка стандарт | {m}\n",
            "Вы спрашивали «сколько стоит доставка?» — {m} за стандартную.",
            "Стандартная доставка оплачивается по тарифу {m}.",
            "Обычная доставка добавит к заказу {m}.",
        ],
        "zh": [
            "标准运费：{m}\n",
            "回复您：标准配送收{m}。",
            "标准快递 | {m}\n",
            "您问“运费多少”——标准快递{m}。",
            "普通快递按{m}收运费。",
            "标准配送会在订单上加{m}运费；",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Free shipping threshold: orders over {m}\n",
            "Re: shipping — it's free once the order is over {m}.",
            "Free shipping | orders over {m}\n",
            'You asked "is shipping free?" — yes, for orders over {m}.',
            "Go over {m} and shipping is on us.",
            "No shipping charge on orders over {m}.",
        ],
        "ru": [
            "Порог бесплатной доставки: заказ от {m}\n",
            "Re: доставка — бесплатно, если заказ от {m}.",
            "Бесплатная доставка | от {m}\n",
            "Вы спрашивали «доставка бесплатная?» — да, при заказе от {m}.",
            "С заказов от {m} плату за доставку не берём.",
            "Доставка за наш счёт при сумме от {m}.",
        ],
        "zh": [
            "包邮门槛：满{m}\n",
            "回复您：订单满{m}包邮。",
            "免运费 | 满{m}\n",
            "您问“包邮吗”——满{m}包邮。",
            "满{m}的订单不收运费。",
            "订单够{m}，运费我们出；",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Standard delivery time: {v}–{v2} business days\n",
            "Re: shipping — standard takes {v}–{v2} business days.",
            "Standard shipping | {v}-{v2} business days\n",
            'You asked "how long does standard take?" — {v} to {v2} business days.',
            "Standard parcels are {v}–{v2} business days on the road.",
            "Regular shipping: expect {v}–{v2} business days.",
        ],
        "ru": [
            "Срок стандартной доставки: {v}–{v2} рабочих {dw2}\n",
            "Re: доставка — стандартная идёт {v}–{v2} рабочих {dw2}.",
            "Доставка стандарт | {v}–{v2} рабочих {dw2}\n",
            "Вы спрашивали «сколько идёт обычная доставка?» — {v}–{v2} рабочих {dw2}.",
            "Стандартные посылки в пути {v}–{v2} рабочих {dw2}.",
            "Обычная доставка: рассчитывайте на {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "标准配送时效：{v}–{v2}个工作日\n",
            "回复您：标准快递{v}至{v2}个工作日。",
            "标准快递 | {v}-{v2}个工作日\n",
            "您问“普通快递几天到”——{v}–{v2}个工作日。",
            "标准件在途{v}–{v2}个工作日。",
            "普通快递需{v}到{v2}个工作日；",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Express shipping fee: {m}\n",
            "Re: shipping — express costs {m}.",
            "Express shipping | {m}\n",
            'You asked "how much is express?" — {m}.',
            "Express shipping is charged at {m}.",
            "Going express adds {m} to the order.",
        ],
        "ru": [
            "Экспресс-доставка: {m}\n",
            "Re: доставка — экспресс стоит {m}.",
            "Доставка экспресс | {m}\n",
            "Вы спрашивали «сколько стоит экспресс?» — {m}.",
            "Экспресс-доставка оплачивается по тарифу {m}.",
            "Срочная доставка добавит к заказу {m}.",
        ],
        "zh": [
            "加急运费：{m}\n",
            "回复您：加急配送收{m}。",
            "加急快递 | {m}\n",
            "您问“加急多少钱”——{m}。",
            "加急快递按{m}收运费。",
            "选加急会在订单上加{m}；",
        ],
    },
    "policy.express_days": {
        "en": [
            "Express delivery time: {v}–{v2} business days\n",
            "Re: shipping — express takes {v}–{v2} business days.",
            "Express shipping | {v}-{v2} business days\n",
            'You asked "how long does express take?" — {v} to {v2} business days.',
            "Express parcels are {v}–{v2} business days on the road.",
            "Express: expect {v}–{v2} business days.",
        ],
        "ru": [
            "Срок экспресс-доставки: {v}–{v2} рабочих {dw2}\n",
            "Re: доставка — экспресс идёт {v}–{v2} рабочих {dw2}.",
            "Доставка экспресс | {v}–{v2} рабочих {dw2}\n",
            "Вы спрашивали «сколько идёт экспресс?» — {v}–{v2} рабочих {dw2}.",
            "Экспресс-посылки в пути {v}–{v2} рабочих {dw2}.",
            "Срочная доставка: рассчитывайте на {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "加急配送时效：{v}–{v2}个工作日\n",
            "回复您：加急快递{v}至{v2}个工作日。",
            "加急快递 | {v}-{v2}个工作日\n",
            "您问“加急几天到”——{v}–{v2}个工作日。",
            "加急件在途{v}–{v2}个工作日。",
            "加急配送需{v}到{v2}个工作日；",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Warranty: {v} months\n",
            "Re: warranty — {v} months of coverage.",
            "Warranty | {v} mo.\n",
            'You asked "is there a warranty?" — yes, {v} months.',
            "It's backed by a {v}-month warranty.",
            "Warranty term on this one is {v} months.",
        ],
        "ru": [
            "Гарантия: {v} {mw}\n",
            "Re: гарантия — {v} {mw}.",
            "Гарантия | {v} мес.\n",
            "Вы спрашивали «есть гарантия?» — да, {v} {mw}.",
            "Гарантийное обслуживание — {v} {mw}.",
            "Срок гарантии на этот товар — {v} {mw}.",
        ],
        "zh": [
            "保修：{v}个月\n",
            "回复您：保修{v}个月。",
            "质保 | {v}个月\n",
            "您问“有保修吗”——有，{v}个月。",
            "该商品保修期{v}个月。",
            "质保时长为{v}个月；",
        ],
    },
}

# Order states as predicates after the order reference. Each is true of its own state only.
FRESH4_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is awaiting payment from you (not paid yet)",
            "is unpaid; payment status: pending",
            "won't be processed until payment is received — it's pending",
            "has status: pending payment",
        ],
        "paid": [
            "is paid — status: processing, not shipped yet",
            "has its payment received and is being prepared for shipment",
            "is paid and still in our warehouse",
            "has status: paid (awaiting dispatch)",
        ],
        "shipped": [
            "is on its way to you — status: shipped",
            "has status: shipped (in transit, not yet delivered)",
            "has been dispatched and is still in transit",
            "is out with the carrier and moving",
        ],
        "delivered": [
            "has status: delivered",
            "was delivered — the carrier confirmed it",
            "is marked delivered",
            "got to you: status delivered",
        ],
        "returned": [
            "has status: returned",
            "has been returned to us (return received)",
            "is marked returned",
            "was returned to the warehouse",
        ],
        "cancelled": [
            "has status: cancelled",
            "is cancelled; it will not ship",
            "was called off — status canceled",
            "is marked canceled",
        ],
    },
    "ru": {
        "pending": ["— статус: ожидает оплаты", "не оплачен, ждём оплату", "висит неоплаченным"],
        "paid": ["— статус: оплачен, готовим к отправке", "оплачен и ещё на нашем складе", "оплачен, но не отгружен"],
        "shipped": ["— статус: в пути", "уже едет к вам, но ещё не доставлен", "отгружен и находится в пути"],
        "delivered": ["— статус: доставлен", "получен вами на руки", "вручён, доставка завершена"],
        "returned": ["— статус: возвращён", "вернулся к нам на склад как возврат", "принят обратно по возврату"],
        "cancelled": ["— статус: отменён", "аннулирован и отгружаться не будет", "снят с исполнения (отменён)"],
    },
    "zh": {
        "pending": ["状态：待付款", "还没有付款，等您支付", "目前未支付"],
        "paid": ["状态：已付款，待发货", "已付款，还在仓库备货", "付过款了，暂未出库"],
        "shipped": ["状态：运输中", "已出库，正在路上，还没送达", "已经发出，快递在途"],
        "delivered": ["状态：已送达", "已经妥投", "已送到您手上"],
        "returned": ["状态：已退货", "已作为退货退回仓库", "退货已入库"],
        "cancelled": ["状态：已取消", "已被取消，不会发出", "已作废（取消）"],
    },
}

# Store-currency (USD) money. {a}: the amount written the language's way; {w}: whole dollars in words.
FRESH4_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["USD {a}", "{a} USD", "US$\u00a0{a}", "{w}", "${a} (USD)"],
    "ru": ["{a} USD", "USD {a}", "{a} дол. США", "{a} $ США", "{a} USD (доллары США)"],
    "zh": ["{a}美元", "USD {a}", "美元{a}", "{a} USD（美元）", "US${a}"],
}
# The same amounts in another currency: a planted error whatever the number.
FRESH4_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["{a} EUR", "£{a}", "{a} HKD", "MX${a}", "{a} yen", "R$ {a}", "{a} SEK"],
    "ru": ["{a} руб.", "{a} EUR", "{a} тенге", "{a} грн", "€{a}", "{a} HKD", "{a} драм"],
    "zh": ["{a}元人民币", "{a}欧元", "{a}港元", "RMB {a}", "{a}韩元", "JP¥{a}", "{a}澳元"],
}
# Every format carries the year: a date a year off must stay visibly wrong.
FRESH4_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{month} {d_th}, {y}",
        "the {d_th} of {month}, {y}",
        "{wd_short} {d} {month} {y}",
        "{y}-{mm}-{dd} ({weekday})",
        "{mon}-{dd}-{y}",
        "{weekday} the {d_th} of {mon} {y}",
    ],
    "ru": [
        "{d}-го {month_ru} {y} г.",
        "{wd_ru_short}, {d} {month_ru} {y}",
        "{y}-{mm}-{dd}",
        "{d} {month_ru} ({wd_ru}) {y} года",
        "{dd}.{mm}.{yy} г.",
        "{d} {month_ru} {y} года, {wd_ru}",
    ],
    "zh": [
        "{y}年{m}月{d}日（周{wd_zh}）",
        "{y}.{mm}.{dd}",
        "{fw_y}年{fw_m}月{fw_d}日",
        "{y}年{m}月{d}号",
        "周{wd_zh} {y}/{mm}/{dd}",
        "{m}月{d}日，{y}年",
    ],
}


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH4_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH4_STATES, state, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount as a ticket or a listing types it: English with or without thousands commas, Russian «1 299,00»
    (space, narrow no-break space or nothing between thousands), Chinese sometimes in full-width digits."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    if language == "ru":
        grouped = f"{int(whole):,}".replace(",", rng.choice([" ", "\u202f", ""]))
        return f"{grouped},{frac}"
    grouped = f"{int(whole):,}" if rng.random() < 0.6 else whole
    text = f"{grouped}.{frac}"
    return text.translate(FULL_WIDTH) if language == "zh" and rng.random() < 0.3 else text


def _en_number(n: int) -> str:
    """0..999 999 in English words, "one thousand two hundred and ninety-nine" (British "and", which
    ``evals.grounding_fresh3``'s leaves out)."""
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return EN_TENS[tens] + (f"-{EN_SMALL[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{EN_SMALL[hundreds]} hundred" + (f" and {_en_number(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{_en_number(thousands)} thousand" + (f" {_en_number(rest)}" if rest else "")


def _en_dollars(value: Decimal) -> str:
    """Whole dollars in words and the cents in digits, the way a support agent types it: "fifty-nine dollars, 99
    cents"; whole amounts as "fifty dollars even"."""
    q = value.quantize(Decimal("0.01"))
    whole, cents = int(q), int((q - int(q)) * 100)
    text = f"{_en_number(whole)} dollar" + ("" if whole == 1 else "s")
    return f"{text} even" if not cents else f"{text}, {cents} cent" + ("" if cents == 1 else "s")


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH4_MONEY_FORMATS[language])
    if fmt == "{w}":
        return _en_dollars(value)
    return fmt.format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(FRESH4_OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH4_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        yy=f"{day.year % 100:02d}",
        m=day.month,
        d=day.day,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        d_th=en_suffixed(day.day),
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        weekday=EN_WEEKDAYS[day.weekday()],
        wd_short=EN_WEEKDAYS[day.weekday()][:3],
        month_ru=RU_MONTHS[day.month - 1],
        wd_ru=RU_WEEKDAYS[day.weekday()],
        wd_ru_short=RU_WEEKDAYS_SHORT[day.weekday()],
        wd_zh=ZH_WEEKDAYS[day.weekday()],
        fw_y=str(day.year).translate(FULL_WIDTH),
        fw_m=str(day.month).translate(FULL_WIDTH),
        fw_d=str(day.day).translate(FULL_WIDTH),
    )


__all__ = [
    "FRESH4",
    "FRESH4_DATE_FORMATS",
    "FRESH4_MONEY_FORMATS",
    "FRESH4_OTHER_CURRENCY",
    "FRESH4_PATTERNS",
    "FRESH4_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
