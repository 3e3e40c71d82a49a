"""A third fresh held-out split for the grounding eval: wordings nobody tuning the verifier has read.

By session 7 the two earlier fresh splits had been read by the people tuning the verifier, so they became development
splits. This set was written in session 7 by a helper who did not read the verifier (``agent/grounding/``,
``agent/stream_verify.py``) or its tests; the other pattern sets were read only so as not to repeat them. It copies
the way marketplaces and support desks write in chat: English listing and help-desk lines ("Price: 59.99 USD",
"you'll pay", "comes to", "in stock: yes", "back-ordered"), Russian Ozon/Wildberries support («Цена — 59,99 USD»,
«в наличии: 12 шт.», «нет в продаже»), Chinese JD/Tmall customer service (到手价, 现货, 已售罄, 预计…送达). Money is
also written in words ("fifty-nine dollars and ninety-nine cents", «59 долл. 99 ц.», 59块9毛9分美元), dates with
weekday names, ordinal words («пятого декабря 2026 года»), the year in parentheses (12月5日（2026年）) and
full-width digits.

Correctness rules, as for the second fresh split: each sentence names the product its figures belong to; every date
carries its year and none has "by", "around" or «до» before it; the return window is not tied to delivery or
purchase; the restocking fee keeps its "opened and not faulty" condition; order states say only what is true of
that state (a paid order has not left, a shipped one has not arrived). Only aggregate figures of this split are
reported, and its misses are not read.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; ``evals.grounding_cases`` calls
these for the ``FRESH3`` split. Pattern ids are ``<claim>.<language>.t<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import EN_MONTHS, EN_SMALL, EN_TENS, EN_WEEKDAYS, FULL_WIDTH, RU_MONTHS, ZH_WEEKDAYS
from evals.grounding_wording import phrase_from, pick_from

FRESH3 = "held-out (fresh 3)"
_TAG = "t"

# claim -> language -> patterns; the placeholders are those of evals.grounding_wording (see grounding_fresh2.py).
FRESH3_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "{name} — Price: {price}",
            "The {name} is {price} right now.",
            "Tag price on the {name}: {price}.",
            "The {name} sits at {price}.",
            "The {name} comes to {price}.",
            "Listing price of the {name}: {price}.",
            "- {name} ... {price}\n",
            "The {name} goes for {price} on our site.",
        ],
        "ru": [
            "Цена — {price} («{name}»).",
            "«{name}»: цена {price}.",
            "За «{name}» вы заплатите {price}.",
            "Товар «{name}» сейчас продаётся за {price}.",
            "— «{name}», {price}\n",
            "Актуальная цена на «{name}» — {price}.",
            "«{name}» в нашем магазине стоит {price}.",
        ],
        "zh": [
            "{name}的到手价是{price}。",
            "{name}现在卖{price}。",
            "这款{name}的价格为{price}。",
            "- {name}　{price}\n",
            "{name}：单价{price}。",
            "您看中的{name}，价格{price}。",
            "{name}目前的售价是{price}呢。",
        ],
    },
    "PQ": {
        "en": [
            "{name} — Price: {price} | In stock: {qty}",
            "The {name} is {price}, and we have {qty} on hand.",
            "We have {qty} of the {name} available, each at {price}.",
            "The {name} sits at {price}; quantity available: {qty}.",
            "- {name}: {price}, {qty} available\n",
            "You'll pay {price} for the {name} — {qty} still in stock.",
        ],
        "ru": [
            "«{name}»: цена {price}, в наличии: {qty} шт.",
            "Цена — {price}, остаток — {qty} шт. («{name}»).",
            "«{name}» продаётся за {price}, доступно к заказу {qty} шт.",
            "— «{name}», {price}, на складе {qty} шт.\n",
            "В наличии {qty} шт. товара «{name}», цена за штуку — {price}.",
            "За «{name}» — {price}; сейчас доступно {qty} шт.",
        ],
        "zh": [
            "{name}到手价{price}，现货{qty}件。",
            "{name}：{price}，库存{qty}件。",
            "这款{name}售价{price}，目前可售{qty}件。",
            "- {name}　{price}　可售{qty}件\n",
            "{name}单价{price}，仓库里有{qty}件现货。",
            "您要的{name}还有{qty}件，每件{price}。",
        ],
    },
    "PI": {
        "en": [
            "{name} — Price: {price} | In stock: yes",
            "The {name} is {price} right now and it's in stock.",
            "Good news: the {name} is in stock, and you'll pay {price}.",
            "- {name}: {price}, available\n",
            "The {name} ({price}) is available and ships from stock.",
            "We have the {name} in stock; it sits at {price}.",
        ],
        "ru": [
            "«{name}»: цена {price}, в наличии: да.",
            "Цена — {price}, товар в наличии («{name}»).",
            "«{name}» есть в наличии, стоимость {price}.",
            "— «{name}», {price}, есть на складе\n",
            "Товар «{name}» в наличии, купить можно за {price}.",
            "«{name}» доступен к заказу со склада, цена — {price}.",
        ],
        "zh": [
            "{name}现货，到手价{price}。",
            "{name}：{price}，有现货。",
            "这款{name}有现货，售价{price}。",
            "- {name}　{price}　现货\n",
            "{name}现货在仓，单价{price}，下单即可发。",
            "您看中的{name}有货，价格{price}。",
        ],
    },
    "PO": {
        "en": [
            "{name} — Price: {price} | In stock: no",
            "The {name} is listed at {price}, but it's back-ordered.",
            "The {name} ({price}) is not available at the moment — zero in stock.",
            "- {name}: {price}, sold out\n",
            "The {name} would come to {price}, but it's out of stock.",
            "Sorry, the {name} at {price} can't be ordered right now: none left in stock.",
        ],
        "ru": [
            "«{name}»: цена {price}, в наличии: нет.",
            "Цена — {price}, но товара нет в продаже («{name}»).",
            "«{name}» стоит {price}, сейчас нет в наличии.",
            "— «{name}», {price}, нет на складе\n",
            "Товар «{name}» за {price} временно недоступен для заказа — остатка нет.",
            "«{name}» ({price}) сейчас не купить: весь запас распродан.",
        ],
        "zh": [
            "{name}已售罄（售价{price}）。",
            "{name}：{price}，暂时无货。",
            "这款{name}售价{price}，不过现在缺货了。",
            "- {name}　{price}　已售罄\n",
            "{name}单价{price}，目前仓库没有库存。",
            "您问的{name}（{price}）现在卖完了，暂时下不了单。",
        ],
    },
    "Q": {
        "en": [
            "{name} — In stock: {qty}",
            "We have {qty} of the {name} on hand.",
            "Quantity available for the {name}: {qty}.",
            "The {name} is down to {qty} in stock.",
            "- {name}: {qty} available\n",
            "There are {qty} units of the {name} left in our warehouse.",
            "Stock on the {name} right now: {qty}.",
        ],
        "ru": [
            "«{name}» — в наличии: {qty} шт.",
            "«{name}» — остаток {qty} шт. на складе.",
            "Доступно к заказу {qty} шт. товара «{name}».",
            "— «{name}», {qty} шт. на складе\n",
            "На складе сейчас {qty} шт. «{name}».",
            "Товар «{name}»: осталось {qty} шт.",
            "По «{name}» у нас {qty} шт. в наличии.",
        ],
        "zh": [
            "{name}现货{qty}件。",
            "{name}：可售{qty}件。",
            "这款{name}仓库里还有{qty}件。",
            "- {name}　库存{qty}件\n",
            "{name}目前剩{qty}件库存。",
            "您问的{name}，现在能下单的有{qty}件。",
            "{name}的可售数量是{qty}件。",
        ],
    },
    "I": {
        "en": [
            "{name} — In stock: yes",
            "The {name} is in stock and ready to order.",
            "Availability of the {name}: in stock.",
            "Is the {name} in stock? Yes, it is.",
            "- {name}: available\n",
            "The {name} ships from stock — it's available.",
        ],
        "ru": [
            "«{name}» — в наличии: да.",
            "Товар «{name}» есть в наличии.",
            "«{name}» доступен к заказу, он есть на складе.",
            "— «{name}», есть на складе\n",
            "Наличие по «{name}»: в наличии.",
            "«{name}» можно заказать, товар в наличии.",
        ],
        "zh": [
            "{name}现货。",
            "{name}：有现货，可以直接下单。",
            "这款{name}有货。",
            "- {name}　现货\n",
            "您问的{name}现在有库存。",
            "{name}仓库有现货。",
        ],
    },
    "O": {
        "en": [
            "{name} — In stock: no",
            "The {name} is back-ordered.",
            "Availability of the {name}: out of stock.",
            "The {name} is not available at the moment — none in stock.",
            "- {name}: sold out\n",
            "Unfortunately the {name} can't be ordered right now; it's out of stock.",
            "Heads-up: the {name} shows 0 in stock.",
        ],
        "ru": [
            "«{name}» — в наличии: нет.",
            "Товара «{name}» нет в продаже.",
            "«{name}» сейчас нет на складе.",
            "— «{name}», нет в наличии\n",
            "Наличие по «{name}»: нет в наличии.",
            "«{name}» временно недоступен для заказа — весь запас распродан.",
        ],
        "zh": [
            "{name}：已售罄，暂无现货。",
            "{name}：暂时无货。",
            "这款{name}缺货了。",
            "- {name}　已售罄\n",
            "您问的{name}现在没有库存。",
            "{name}目前卖完了，暂时下不了单。",
        ],
    },
    "S": {
        "en": [
            "{name} — Size: {size} available",
            "Size {size} is an option for the {name}.",
            "Size options for the {name} include a {size}.",
            "- {name}: size {size}\n",
            "You can order the {name} in {size}.",
            "Among the sizes of the {name} there's a {size}.",
        ],
        "ru": [
            "«{name}» — размер: {size}.",
            "У «{name}» есть размер {size}.",
            "«{name}» можно заказать в размере {size}.",
            "— «{name}», размер {size}\n",
            "Размер {size} для «{name}» доступен.",
            "В размерной сетке «{name}» есть {size}.",
        ],
        "zh": [
            "{name}尺码{size}可拍。",
            "{name}：尺码{size}。",
            "这款{name}可以拍{size}码。",
            "- {name}　{size}码\n",
            "{size}码的{name}可以下单。",
            "{name}的尺码里有{size}。",
        ],
    },
    "C": {
        "en": [
            "{name} — Color: {colour}",
            "The {name} is offered in {colour}.",
            "Colour on the {name} listing: {colour}.",
            "- {name}: {colour}\n",
            "Color of the {name}: {colour}.",
            "Shade of the {name}: {colour}.",
            "Colorway of the {name}: {colour}.",
        ],
        "ru": [
            "«{name}» — цвет: {colour}.",
            "Цвет по карточке товара «{name}»: {colour}.",
            "«{name}» — {colour} по цвету.",
            "— «{name}», цвет {colour}\n",
            "Цвет: {colour} («{name}»).",
            "«{name}» у нас в цвете {colour}.",
        ],
        "zh": [
            "{name}：颜色{colour}。",
            "这款{name}是{colour}款。",
            "- {name}　{colour}\n",
            "{name}的颜色为{colour}。",
            "您问的{name}是{colour}。",
            "{name}颜色分类：{colour}。",
        ],
    },
    "PP": {
        "en": [
            "{name} — {price} | {name2} — {price2}",
            "The {name} comes to {price}, and the {name2} comes to {price2}.",
            "You'll pay {price} for the {name} or {price2} for the {name2}.",
            "- {name}: {price}\n- {name2}: {price2}\n",
            "The {name2} sits at {price2}, the {name} at {price}.",
            "Side by side: the {name} is {price}, the {name2} is {price2}.",
            "Price: {price} ({name}) and {price2} ({name2}).",
        ],
        "ru": [
            "«{name}» — {price} | «{name2}» — {price2}",
            "Цена «{name}» — {price}, цена «{name2}» — {price2}.",
            "За «{name}» заплатите {price}, за «{name2}» — {price2}.",
            "— «{name}», {price}\n— «{name2}», {price2}\n",
            "«{name2}» продаётся за {price2}, а «{name}» — за {price}.",
            "Сравним: «{name}» стоит {price}, «{name2}» стоит {price2}.",
            "Цена — {price} («{name}») и {price2} («{name2}»).",
        ],
        "zh": [
            "{name}到手价{price}，{name2}到手价{price2}。",
            "- {name}　{price}\n- {name2}　{price2}\n",
            "{name}到手{price}，{name2}到手{price2}。",
            "对比一下：{name}是{price}，{name2}是{price2}。",
            "{name2}的价格为{price2}，{name}的价格为{price}。",
            "{name}单价{price}；{name2}单价{price2}。",
        ],
    },
    "count": {
        "en": [
            "Found {count} items matching your search.",
            "{count} results:",
            "Here's a list of {count} items:",
            "{count} items match what you're after.",
            "I've got {count} matches for you.",
            "Your search returned {count} items.",
        ],
        "ru": [
            "По вашему запросу найдено товаров: {count}.",
            "Нашли {count} шт. подходящих товаров:",
            "Список из {count} позиций:",
            "Подходящих позиций — {count}.",
            "Подобрали для вас товаров: {count}.",
            "Всего в выдаче {count} шт.",
        ],
        "zh": [
            "为您找到{count}件相关商品：",
            "共{count}个结果。",
            "符合条件的商品共{count}款。",
            "帮您筛选出{count}款：",
            "搜索结果一共{count}件。",
            "这边找到了{count}款商品。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    "ref": {
        "en": [
            "Order No. {n}",
            "Your order, no. {n},",
            "Order {n} on your account",
            "Your order with ID {n}",
            "Order ID #{n}",
            "The order you placed (#{n})",
        ],
        "ru": [
            "Заказ № {n} на вашем аккаунте",
            "Ваш заказ с номером {n}",
            "Заказ ID {n}",
            "Заказ (№{n})",
            "Ваш заказ (номер {n})",
            "Заказ под № {n}",
        ],
        "zh": [
            "编号为{n}的订单",
            "您的订单（编号{n}）",
            "订单号为{n}的这单",
            "订单ID {n}",
            "您账户里的订单{n}",
            "单号{n}对应的订单",
        ],
    },
    "state": {
        "en": [
            "Thanks for reaching out! {ref} {state}.",
            "I've looked it up: {ref_low} {state}.",
            "{ref} {state}, according to the tracking system.",
            "Update on your request: {ref_low} {state}.",
            "Status check done — {ref_low} {state}.",
            "Hi there! {ref} {state}.",
            "Per our order system, {ref_low} {state}.",
        ],
        "ru": [
            "Добрый день! {ref} {state}.",
            "Проверили: {ref_low} {state}.",
            "{ref} {state} — так показывает система.",
            "Коротко о статусе: {ref_low} {state}.",
            "Спасибо за обращение! {ref} {state}.",
            "По информации из системы, {ref_low} {state}.",
            "Сообщаем статус: {ref_low} {state}.",
        ],
        "zh": [
            "您好亲，{ref}{state}。",
            "亲，查询到{ref}{state}。",
            "{ref}目前{state}。",
            "已为您查询：{ref}{state}。",
            "感谢耐心等待，{ref}{state}。",
            "系统里看到{ref}{state}呢。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Est. delivery date: {date}.",
            "It's slated to land on {date}.",
            "{ref} is due to arrive on {date}.",
            "You should get it on {date}.",
            "The estimated arrival date is {date}.",
            "We're expecting it to reach you on {date}.",
            "Arriving: {date}.",
        ],
        "ru": [
            "Доставим {date}.",
            "Плановая доставка заказа — {date}.",
            "{ref} планируем доставить {date}.",
            "Доставку запланировали {date}.",
            "Заказ прибудет {date}.",
            "Предполагаемая дата получения — {date}.",
        ],
        "zh": [
            "物流显示预计{date}送达。",
            "预计送达时间：{date}。",
            "{ref}预计{date}送到。",
            "快递预计{date}派送到您手上。",
            "按计划{date}可以收到。",
            "预计到货日期：{date}。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Delivered on: {date}.",
            "Drop-off happened on {date}.",
            "{ref} was dropped off on {date}.",
            "The courier completed delivery on {date}.",
            "Delivery date on file: {date}.",
            "Your parcel was handed over on {date}.",
            "Tracking shows it was delivered on {date}.",
        ],
        "ru": [
            "Доставлен: {date}.",
            "Заказ был доставлен вам {date}.",
            "{ref} вручён {date}.",
            "Курьер доставил заказ {date}.",
            "Дата вручения: {date}.",
            "Вы получили заказ {date}.",
        ],
        "zh": [
            "签收日期：{date}。",
            "包裹已在{date}送达。",
            "{ref}在{date}完成签收。",
            "快递员{date}送达的。",
            "送达日期是{date}。",
            "您是在{date}签收的包裹。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Shipped on: {date}.",
            "It was dispatched from the warehouse on {date}.",
            "{ref} shipped on {date}.",
            "Carrier pickup took place on {date}.",
            "Shipping date on file: {date}.",
            "Your parcel went out on {date}.",
            "Tracking shows it shipped on {date}.",
        ],
        "ru": [
            "Отправлен: {date}.",
            "Заказ отгрузили со склада {date}.",
            "{ref} отправлен {date}.",
            "Перевозчик забрал посылку {date}.",
            "Дата отправки: {date}.",
            "Мы передали заказ в доставку {date}.",
        ],
        "zh": [
            "商品发出日期：{date}。",
            "包裹已在{date}发出。",
            "{ref}在{date}发出。",
            "快递{date}揽收。",
            "出库日期是{date}。",
            "我们在{date}给您发的货。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Ordered: {date}.",
            'You hit "Place order" on {date}.',
            "{ref} was submitted on {date}.",
            "Order date on file: {date}.",
            "It was created on {date}.",
            "Your purchase went through on {date}.",
            "Checkout was completed on {date}.",
        ],
        "ru": [
            "Оформлен: {date}.",
            "Вы оформили заказ {date}.",
            "{ref} создан {date}.",
            "Дата оформления заказа: {date}.",
            "Заказ был размещён {date}.",
            "Покупку вы совершили {date}.",
        ],
        "zh": [
            "下单时间：{date}。",
            "您在{date}下的单。",
            "{ref}创建于{date}。",
            "下单日期是{date}。",
            "这单是{date}拍下的。",
            "订单提交时间是{date}。",
        ],
    },
    "total": {
        "en": [
            "Total for the order: {total}.",
            "The order comes to {total}.",
            "This order adds up to {total}.",
            "Order amount: {total}.",
            "{ref} totals {total}.",
            "All in, the order is worth {total}.",
        ],
        "ru": [
            "Итоговая сумма заказа: {total}.",
            "Сумма по этому заказу — {total}.",
            "{ref}: сумма {total}.",
            "Общая стоимость заказа составляет {total}.",
            "За весь заказ — {total}.",
            "Полная стоимость заказа: {total}.",
        ],
        "zh": [
            "订单总价：{total}。",
            "这单一共{total}。",
            "{ref}总价{total}。",
            "订单金额合计{total}。",
            "整单{total}。",
            "本订单的总额为{total}。",
        ],
    },
    "carrier": {
        "en": [
            "Carrier on file: {carrier}.",
            "It's with {carrier}.",
            "{carrier} is handling the delivery.",
            "Your parcel is traveling with {carrier}.",
            "The shipment was booked with {carrier}.",
            "Delivery partner on this order: {carrier}.",
        ],
        "ru": [
            "Перевозчик по заказу: {carrier}.",
            "Доставкой заказа занимается {carrier}.",
            "Посылку доставляет служба {carrier}.",
            "Служба доставки по заказу — {carrier}.",
            "Заказ отправлен службой {carrier}.",
            "Отправление оформлено через {carrier}.",
        ],
        "zh": [
            "承运商：{carrier}。",
            "由{carrier}负责配送。",
            "这单发的是{carrier}。",
            "配送方：{carrier}。",
            "包裹走{carrier}物流。",
            "物流由{carrier}承运。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Returns: accepted within {v} days.",
            "You can send it back any time within {v} days.",
            "Our return period is {v} days.",
            "Return policy: {v}-day returns.",
            "Items can be returned for up to {v} days.",
            "Return period (days): {v}.",
        ],
        "ru": [
            "Возврат: в течение {v} {dwg}.",
            "На возврат у вас {v} {dw}.",
            "Срок возврата составляет {v} {dw}.",
            "Оформить возврат можно в течение {v} {dwg}.",
            "Возврат товара возможен в срок {v} {dw}.",
            "Период возврата — {v} {dw}.",
        ],
        "zh": [
            "退货：{v}天内可退。",
            "支持{v}天退货。",
            "退货有效期：{v}天。",
            "{v}天内可以申请退货哦。",
            "本店退货时限：{v}天。",
            "在{v}天之内都能办理退货。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Refunds: {v}–{v2} business days after we receive the return.",
            "Once the return reaches us, the refund takes {v} to {v2} business days.",
            "Refund processing time is {v}-{v2} business days after we get the item back.",
            "You'll see the money back within {v}–{v2} business days of the item arriving at our warehouse.",
            "After we receive your return, allow {v} to {v2} business days for the refund.",
            "Refund timeline: {v}–{v2} business days from receipt of the return.",
        ],
        "ru": [
            "Возврат денег: {v}–{v2} рабочих {dw2} после получения товара.",
            "Деньги вернутся за {v}–{v2} рабочих {dw2} после того, как товар поступит к нам.",
            "Срок возврата средств — {v}–{v2} рабочих {dw2} с момента получения возврата.",
            "Когда возврат придёт на склад, деньги поступят через {v}–{v2} рабочих {dw2}.",
            "Обработка возврата средств занимает {v}–{v2} рабочих {dw2} после получения товара.",
            "Возврат средств — от {v} до {v2} рабочих дней после поступления товара к нам.",
        ],
        "zh": [
            "退款：收到退货后{v}–{v2}个工作日。",
            "仓库收到退货后，{v}到{v2}个工作日退款到账。",
            "退款处理时间为收货后{v}-{v2}个工作日。",
            "退货签收后{v}~{v2}个工作日内给您退款。",
            "我们收到退回的商品后，需{v}至{v2}个工作日完成退款。",
            "退款时效：退货入库后{v}–{v2}个工作日。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Restocking fee: {v}% on opened items that aren't faulty.",
            "If it's opened and not faulty, a {v}% restocking fee is deducted.",
            "Opened, non-defective returns carry a {v}% restocking fee.",
            "We keep {v}% as a restocking fee when an opened item comes back with no fault.",
            "A {v} percent restocking fee applies to opened items returned without a defect.",
            "Note: {v}% restocking fee for opened items that are in working order.",
        ],
        "ru": [
            "Комиссия за возврат: {v}% для вскрытого исправного товара.",
            "Если упаковка вскрыта, а товар исправен, удерживается {v}%.",
            "При возврате вскрытого товара без дефектов удерживаем {v}% стоимости.",
            "За вскрытый товар надлежащего качества удержание составит {v}%.",
            "Вскрытый исправный товар принимаем с удержанием {v}%.",
            "Удержание {v}% — для вскрытых товаров без брака.",
        ],
        "zh": [
            "已拆封且无故障的商品退货，收取{v}%重新上架费。",
            "拆封后非质量问题退货，扣{v}%手续费。",
            "已开封、无质量问题的商品退回时，需扣除{v}%的费用。",
            "非故障的拆封商品退货，手续费为{v}%。",
            "开封但功能正常的商品退货要收{v}%的上架费。",
            "重新上架费：已拆封且无质量问题的商品收{v}%。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Standard shipping: {m}.",
            "Standard delivery comes to {m}.",
            "You'll pay {m} for standard shipping.",
            "Standard shipping fee — {m}.",
            "Shipping (standard): {m} per order.",
            "Standard delivery will set you back {m}.",
        ],
        "ru": [
            "Стандартная доставка заказа — {m}.",
            "Стоимость стандартной доставки составляет {m}.",
            "За стандартную доставку — {m}.",
            "Доставка (стандарт): {m}.",
            "Обычная доставка вам обойдётся в {m}.",
            "Стандартная доставка: {m} за заказ.",
        ],
        "zh": [
            "标准快递运费{m}。",
            "普通配送：运费{m}。",
            "标准配送收取{m}运费。",
            "运费（标准）：{m}。",
            "选标准快递的话，运费是{m}。",
            "常规快递每单运费{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Free shipping on orders over {m}.",
            "Orders above {m} ship free.",
            "Spend more than {m} and you'll pay nothing for standard shipping.",
            "Free standard shipping kicks in for orders over {m}.",
            "Shipping is free once your order is over {m}.",
            "Free delivery: orders over {m}.",
        ],
        "ru": [
            "Бесплатная доставка при заказе от {m}.",
            "Заказы дороже {m} доставляем бесплатно.",
            "При сумме заказа свыше {m} доставка бесплатная.",
            "Доставка бесплатно — для заказов на сумму от {m}.",
            "Закажите больше чем на {m}, и доставка будет бесплатной.",
            "Бесплатно доставим заказ стоимостью от {m}.",
        ],
        "zh": [
            "订单满{m}即包邮。",
            "订单金额超过{m}就免运费。",
            "实付满{m}即可包邮。",
            "购满{m}，运费全免。",
            "订单金额满{m}就免邮啦。",
            "包邮：订单满{m}。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Standard shipping time: {v}–{v2} business days.",
            "Standard delivery takes {v} to {v2} business days.",
            "With standard shipping, allow {v}-{v2} business days.",
            "Standard orders arrive within {v}–{v2} business days.",
            "Delivery time for standard shipping is {v}–{v2} business days.",
            "Standard: {v} to {v2} business days in transit.",
        ],
        "ru": [
            "Стандартная доставка в пути {v}–{v2} рабочих {dw2}.",
            "Срок стандартной доставки: {v}–{v2} рабочих {dw2}.",
            "Стандартная доставка займёт {v}–{v2} рабочих {dw2}.",
            "Обычной доставкой заказ идёт {v}–{v2} рабочих {dw2}.",
            "Доставка (стандарт): {v}–{v2} рабочих {dw2}.",
            "При стандартной доставке срок — от {v} до {v2} рабочих дней.",
        ],
        "zh": [
            "标准快递：{v}–{v2}个工作日送达。",
            "普通配送需要{v}到{v2}个工作日。",
            "标准配送时效{v}-{v2}个工作日。",
            "选标准快递，{v}~{v2}个工作日到货。",
            "常规配送在{v}至{v2}个工作日内送达。",
            "配送时效（标准）：{v}–{v2}个工作日。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Express shipping: {m}.",
            "Express delivery comes to {m}.",
            "You'll pay {m} for express.",
            "Express shipping fee — {m}.",
            "Shipping (express): {m} per order.",
            "Upgrading to express costs {m}.",
        ],
        "ru": [
            "Экспресс-доставка заказа — {m}.",
            "Стоимость экспресс-доставки составляет {m}.",
            "За экспресс-доставку — {m}.",
            "Доставка (экспресс): {m}.",
            "Срочная доставка обойдётся в {m}.",
            "Экспресс-доставка: {m} за заказ.",
        ],
        "zh": [
            "加急快递运费{m}。",
            "加急配送：运费{m}。",
            "选加急需加{m}。",
            "运费（加急）：{m}。",
            "升级成加急配送要{m}。",
            "加急件每单运费{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Express shipping: {v}–{v2} business days.",
            "Express delivery takes {v} to {v2} business days.",
            "With express shipping, allow {v}-{v2} business days.",
            "Express orders arrive within {v}–{v2} business days.",
            "Delivery time for express is {v}–{v2} business days.",
            "Express: {v} to {v2} business days in transit.",
        ],
        "ru": [
            "Экспресс-доставка — {v}–{v2} рабочих {dw2}.",
            "Срок экспресс-доставки: {v}–{v2} рабочих {dw2}.",
            "Экспресс-доставка заказа займёт {v}–{v2} рабочих {dw2}.",
            "Срочной доставкой заказ идёт {v}–{v2} рабочих {dw2}.",
            "Доставка (экспресс): {v}–{v2} рабочих {dw2}.",
            "При экспресс-доставке срок — от {v} до {v2} рабочих дней.",
        ],
        "zh": [
            "加急快递：{v}–{v2}个工作日送达。",
            "加急配送需要{v}到{v2}个工作日。",
            "加急时效{v}-{v2}个工作日。",
            "选加急的话，{v}~{v2}个工作日到货。",
            "加急件在{v}至{v2}个工作日内送达。",
            "配送时效（加急）：{v}–{v2}个工作日。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Warranty: {v} months against manufacturing defects.",
            "It carries a {v}-month warranty.",
            "The warranty period is {v} months from the date of purchase.",
            "You're covered for {v} months under warranty.",
            "Manufacturer defects: covered for {v} months.",
            "Warranty coverage lasts {v} months.",
        ],
        "ru": [
            "Гарантия: {v} {mw} на производственный брак.",
            "Гарантийный срок составляет {v} {mw}.",
            "Гарантия действует {v} {mw} с даты покупки.",
            "На товар распространяется гарантия {v} мес.",
            "Производственные дефекты — по гарантии в течение {v} мес.",
            "Срок гарантии — {v} {mw}.",
        ],
        "zh": [
            "质保期：{v}个月。",
            "享受{v}个月质保。",
            "保修期为自购买日起{v}个月。",
            "生产缺陷保修{v}个月。",
            "售后保修：{v}个月。",
            "本商品提供{v}个月的质保服务。",
        ],
    },
}

# Order states as predicates after the order reference. Each is true of its own state only.
FRESH3_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is still waiting on your payment",
            "is on hold until the payment goes through",
            "has not been paid yet, so it's still pending",
            "shows payment pending",
        ],
        "paid": [
            "is paid and being packed at the warehouse",
            "is paid; it hasn't left our warehouse yet",
            "has been paid and is waiting to be picked up by the carrier",
            "is confirmed and paid, not shipped yet",
        ],
        "shipped": [
            "is shipped and on its way",
            "is in transit right now",
            "has been shipped and is on the road, not delivered yet",
            "left our warehouse and is with the courier now",
        ],
        "delivered": [
            "shows as delivered",
            "was handed over to you — delivered",
            "has been delivered to your address",
            "has arrived: it's delivered",
        ],
        "returned": [
            "has been received back as a return",
            "shows as returned to the store",
            "was sent back and the return is processed",
            "is closed as a return",
        ],
        "cancelled": [
            "has been canceled, per our records",
            "shows as canceled and will not ship",
            "was cancelled and is now closed",
            "is cancelled — nothing will be sent",
        ],
    },
    "ru": {
        "pending": [
            "ждёт поступления оплаты",
            "пока не оплачен и ожидает поступления денег",
            "в статусе «Ожидает оплаты»",
        ],
        "paid": [
            "оплачен и сейчас собирается на складе",
            "в статусе «Оплачен», ещё не передан в доставку",
            "оплачен, отправка ещё впереди",
        ],
        "shipped": [
            "сейчас в пути",
            "передан в доставку и направляется к вам",
            "в статусе «Отправлен», ещё не вручён",
        ],
        "delivered": ["вручён адресату", "в статусе «Доставлен»", "доставлен и получен"],
        "returned": ["в статусе «Возврат»", "возвращён продавцу", "оформлен возвратом, товар вернулся к нам"],
        "cancelled": ["в статусе «Отменён»", "отменён и не будет отправлен", "закрыт как отменённый"],
    },
    "zh": {
        "pending": ["还在等您付款", "处于待付款状态", "还未付款"],
        "paid": ["已付款，仓库正在打包", "付款成功，等待出库", "已付款，还没有发出"],
        "shipped": ["正在配送途中", "已发出，运输中，尚未签收", "快递已揽收，在路上"],
        "delivered": ["已签收成功", "显示已送达", "快递已投递成功"],
        "returned": ["已退回仓库，退货完成", "退货已完成入库", "显示为已退回"],
        "cancelled": ["已取消，不会发货", "显示已取消", "订单已关闭（已取消）"],
    },
}

# Store-currency (USD) money. {a}: the amount written the language's way; {words}: the amount in words.
FRESH3_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["{a} USD (US dollars)", "${a} US", "{words}", "USD$ {a}", "{a} in US dollars"],
    "ru": ["{a} USD (долл. США)", "{a} американских долларов", "{dc}", "$\u00a0{a} (USD)", "{a} доллара США"],
    "zh": ["{a}美元（USD）", "USD：{a}", "{kuai}", "美元 {a}", "{a} 美金（USD）"],
}
# The same amounts in another currency: a planted error whatever the number.
FRESH3_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["C$ {a}", "NZ${a}", "{a} CAD", "{a} AUD", "{a} Swiss francs", "S${a}", "{a} rupees", "₩{a}", "{a} zł"],
    "ru": [
        "{a} сом",
        "{a} бел. руб.",
        "{a} CAD",
        "{a} сингапурских долларов",
        "{a} лиры",
        "{a} злотых",
        "{a} юаня",
        "NZ$ {a}",
    ],
    "zh": ["{a}新加坡元", "{a}日币", "{a}卢比", "NT${a}", "{a}英镑（GBP）", "S${a}", "{a}块港币", "{a}泰铢"],
}
# Every format carries the year: a date a year off must stay visibly wrong.
FRESH3_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{d} {mon} {y}",
        "{weekday}, {month} {d_words}, {y}",
        "{mon} {d} '{yy}",
        "{weekday} ({month} {d}, {y})",
        "{y}/{mm}/{dd}",
        "{month} {d}, {y} ({wd_short})",
    ],
    "ru": [
        "{d} {mon_ru} {y} г.",
        "{d_words_ru} {month_ru} {y} года",
        "{wd_ru_acc}, {d} {month_ru} {y} г.",
        "{dd}.{mm}.{y} ({wd_ru_short})",
        "{d}\u00a0{month_ru}\u00a0{y}",
        "{d}/{m}/{y}",
    ],
    "zh": [
        "{m}月{d}日（{y}年）",
        "{y}-{m}-{d}",
        "{y}年{m}月{d}日 礼拜{wd_zh_num}",
        "{fw_y}/{fw_m}/{fw_d}",
        "{y}年{m}月{d}日（星期{wd_zh_num}）",
        "{m}月{d}号，{y}年",
    ],
}

_RU_MONTHS_SHORT = ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сен.", "окт.", "ноя.", "дек."]
# Fresh 3's own abbreviations: English with a full stop (fresh 2's have none), Russian capitalised
# (evals.grounding_calendar.RU_WEEKDAYS_SHORT, which fresh 2, 4 and 5 use, is lower case).
_EN_WD_SHORT = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
# "в пятницу, 5 декабря": the weekday in the accusative after «в/во»
_RU_WD_ACC = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"]
_RU_WD_SHORT = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]

_EN_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_RU_ORDINALS_GEN = [
    "первого",
    "второго",
    "третьего",
    "четвёртого",
    "пятого",
    "шестого",
    "седьмого",
    "восьмого",
    "девятого",
    "десятого",
    "одиннадцатого",
    "двенадцатого",
    "тринадцатого",
    "четырнадцатого",
    "пятнадцатого",
    "шестнадцатого",
    "семнадцатого",
    "восемнадцатого",
    "девятнадцатого",
    "двадцатого",
]


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH3_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH3_STATES, state, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount as a shop types it: English with or without thousands commas, Russian with a decimal comma and a
    space (or none) between thousands, Chinese sometimes in full-width digits; cents kept, as price tags do."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    if language == "ru":
        grouped = f"{int(whole):,}".replace(",", rng.choice(["\u00a0", " ", ""]))
        return f"{grouped},{frac}"
    grouped = f"{int(whole):,}" if rng.random() < 0.5 else whole
    text = f"{grouped}.{frac}"
    return text.translate(FULL_WIDTH) if language == "zh" and rng.random() < 0.35 else text


def _en_number(n: int) -> str:
    """0..999 999 in English words: "one thousand two hundred ninety-nine" (no "and" after "hundred", unlike
    ``evals.grounding_fresh4``'s)."""
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return EN_TENS[tens] + (f"-{EN_SMALL[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{EN_SMALL[hundreds]} hundred" + (f" {_en_number(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{_en_number(thousands)} thousand" + (f" {_en_number(rest)}" if rest else "")


def _en_words(value: Decimal) -> str:
    """Words, "fifty-nine dollars and ninety-nine cents"; whole amounts without cents."""
    q = value.quantize(Decimal("0.01"))
    whole, cents = int(q), int((q - int(q)) * 100)
    text = f"{_en_number(whole)} dollar" + ("" if whole == 1 else "s")
    return text if not cents else f"{text} and {_en_number(cents)} cent" + ("" if cents == 1 else "s")


def _ru_dollars_cents(value: Decimal) -> str:
    """«59 долл. 99 ц.», the way a price is read out on a receipt; whole amounts without cents."""
    q = value.quantize(Decimal("0.01"))
    whole, cents = int(q), int((q - int(q)) * 100)
    text = f"{whole:,}".replace(",", "\u00a0") + " долл."
    return text if not cents else f"{text} {cents} ц."


def _zh_kuai(value: Decimal) -> str:
    """59块9毛9分美元 (spoken yuan units naming dollars); 59.09 -> 59块零9分美元, 59.00 -> 59美元整."""
    q = value.quantize(Decimal("0.01"))
    whole = int(q)
    cents = int((q - whole) * 100)
    if not cents:
        return f"{whole}美元整"
    jiao, fen = divmod(cents, 10)
    text = f"{whole}块"
    text += f"{jiao}毛" if jiao else "零"
    if fen:
        text += f"{fen}分"
    return text + "美元"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH3_MONEY_FORMATS[language])
    if fmt == "{words}":
        return _en_words(value)
    if fmt == "{dc}":
        return _ru_dollars_cents(value)
    if fmt == "{kuai}":
        return _zh_kuai(value)
    return fmt.format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(FRESH3_OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def _en_ordinal_word(n: int) -> str:
    """1..31 as words: "fifth", "twenty-first", "thirtieth"."""
    if n <= 20:
        return _EN_ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return EN_TENS[tens][:-1] + "ieth"
    return f"{EN_TENS[tens]}-{_EN_ORDINALS[ones - 1]}"


def _ru_ordinal_genitive(n: int) -> str:
    """1..31 in the genitive: «пятого», «двадцать первого», «тридцатого»."""
    if n <= 20:
        return _RU_ORDINALS_GEN[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return "тридцатого"
    return ("двадцать " if tens == 2 else "тридцать ") + _RU_ORDINALS_GEN[ones - 1]


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH3_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        yy=f"{day.year % 100:02d}",
        m=day.month,
        d=day.day,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        weekday=EN_WEEKDAYS[day.weekday()],
        wd_short=_EN_WD_SHORT[day.weekday()],
        d_words=_en_ordinal_word(day.day),
        month_ru=RU_MONTHS[day.month - 1],
        mon_ru=_RU_MONTHS_SHORT[day.month - 1],
        d_words_ru=_ru_ordinal_genitive(day.day),
        wd_ru_acc=_RU_WD_ACC[day.weekday()],
        wd_ru_short=_RU_WD_SHORT[day.weekday()],
        wd_zh_num=ZH_WEEKDAYS[day.weekday()],
        fw_y=str(day.year).translate(FULL_WIDTH),
        fw_m=str(day.month).translate(FULL_WIDTH),
        fw_d=str(day.day).translate(FULL_WIDTH),
    )


__all__ = [
    "FRESH3",
    "FRESH3_DATE_FORMATS",
    "FRESH3_MONEY_FORMATS",
    "FRESH3_OTHER_CURRENCY",
    "FRESH3_PATTERNS",
    "FRESH3_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
