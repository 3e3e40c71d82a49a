"""A second fresh held-out split for the grounding eval: wordings nobody tuning the verifier has read.

The development, "development (read)", "development (variety)" and "held-out (fresh)" pattern sets have all been read
by the people tuning the verifier, so none of them still measures it on unseen wording. This set was written in
session 6 by a helper who did not read the verifier (``agent/grounding/``, ``agent/stream_verify.py``) or its tests,
after reading the other sets only so as not to repeat them. It is written the way shop assistants and chat agents
write: the figure first or last, parentheses, dash and bullet lists, "only 3 left!", emoji status marks, Taobao-style
Chinese (亲…哦～, 【现货】, 手慢无), Russian with «» and non-breaking spaces; money as "USD $59.99", "59 dollars and
99 cents", «59,99 $», «59 долларов 99 центов», 59.99美刀, ＄59.99, full-width digits; other currencies that also
write "$" (CA$, A$, HK$) or "dollars" («канадских долларов»); dates with two-digit years, ordinals, short weekdays,
Chinese numerals.

Every correct sentence states only what the facts support (the return window is not tied to delivery or purchase,
which differ between policies; the restocking fee always keeps its "opened and not faulty" condition; no "by" or
"around" before a date; no yearless dates, so a date a year off is still visibly wrong). Each sentence names the
product its figures belong to. Only aggregate figures of this split are reported, and its misses are not read.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; ``evals.grounding_cases`` calls
these for the ``FRESH2`` split. Pattern ids are ``<claim>.<language>.n<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import EN_MONTHS, RU_MONTHS, RU_WEEKDAYS, RU_WEEKDAYS_SHORT, en_suffixed
from evals.grounding_wording import phrase_from, pick_from

FRESH2 = "held-out (fresh 2)"
_TAG = "n"

# claim -> language -> patterns. Placeholders as in evals.grounding_wording: {name} {name2} {price} {price2} {qty}
# {size} {colour} {count} {n} {ref} {ref_low} {state} {date} {total} {carrier} {v} {v2} {m}, and for Russian
# {dw} (день/дня/дней after {v}), {dwg} (genitive after «в течение»), {dw2} (after a range, agrees with {v2}),
# {mw} (месяц/месяца/месяцев after {v}).
FRESH2_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "The price on the {name} is {price}.",
            "{price} — that's what the {name} costs.",
            "For the {name} we're asking {price}.",
            "• {name}: {price}\n",
            "Current price for the {name}: {price}.",
            "{name} (price: {price}).",
            "The {name} is selling at {price} these days.",
        ],
        "ru": [
            "«{name}» можно взять за {price}.",
            "• {name} — {price}\n",
            "{price} — столько стоит «{name}».",
            "По «{name}» цена такая: {price}.",
            "Ценник у «{name}» — {price}.",
            "Стоимость товара «{name}»: {price}.",
            "«{name}» продаём по {price}.",
        ],
        "zh": [
            "{name}的价钱是{price}。",
            "{price}，这是{name}的价格。",
            "• {name}：{price}\n",
            "{name}一件{price}。",
            "【{name}】售价：{price}。",
            "{name}的标价：{price}。",
            "亲，{name}是{price}哦～",
        ],
    },
    "PQ": {
        "en": [
            "{name} — {price}, only {qty} left!",
            "We've still got {qty} of the {name} ({price} apiece).",
            "• {name}: {price} · stock: {qty}\n",
            "The {name} sells for {price}, and there are {qty} units sitting in our warehouse.",
            "Stock and price for the {name}: {qty} units, {price} each.",
            "Heads up: just {qty} of the {name} remain, at {price} a piece.",
        ],
        "ru": [
            "«{name}» — {price}, осталось всего {qty} шт.!",
            "• {name} — {price}, на складе {qty} шт.\n",
            "У нас есть {qty} шт. «{name}» по {price} за штуку.",
            "Цена «{name}» — {price}; остаток на складе: {qty} шт.",
            "«{name}»: {price} за штуку, в наличии {qty}.",
            "Успейте: «{name}» за {price}, осталось {qty} шт.",
        ],
        "zh": [
            "{name}{price}，仅剩{qty}件！",
            "• {name}：{price}，库存{qty}件\n",
            "【{name}】{price}/件，剩余{qty}件。",
            "亲，{name}售价{price}，目前还有{qty}件现货哦～",
            "还剩{qty}件的{name}，售价{price}。",
            "{name}的价格是{price}，库存只有{qty}件了。",
        ],
    },
    "PI": {
        "en": [
            "The {name} is in stock — {price}.",
            "{price} and ready to ship: the {name}.",
            "Yep, we carry the {name} and it's in stock at {price}.",
            "• {name} — {price}, in stock\n",
            "In stock now: the {name}, priced {price}.",
            "You can buy the {name} right away; it's {price} and we have it in stock.",
        ],
        "ru": [
            "«{name}» есть в наличии — {price}.",
            "• {name} — {price}, в наличии\n",
            "В наличии: «{name}», цена {price}.",
            "Товар «{name}» на складе есть, стоимость — {price}.",
            "«{name}» ({price}) — в наличии ✅",
            "Можно заказать прямо сейчас: «{name}» есть на складе, {price}.",
        ],
        "zh": [
            "【现货】{name}，{price}",
            "• {name}：{price}，有货\n",
            "亲，{name}有货的，价格{price}～",
            "{price}的{name}目前有库存。",
            "{name}在库，售价{price}，可以直接下单。",
            "有货！{name}只需{price}。",
        ],
    },
    "PO": {
        "en": [
            "The {name} costs {price}, but we've sold every last one.",
            "Out of stock: the {name}, listed at {price}.",
            "{price} is the price of the {name}, though we have none in stock right now.",
            "• {name} — {price}, out of stock\n",
            "The {name} would be {price}, but there's zero stock at the moment.",
            "We're all out of the {name} (price {price}).",
        ],
        "ru": [
            "«{name}» ({price}) — нет в наличии ❌",
            "• {name} — {price}, нет в наличии\n",
            "«{name}» стоит {price}, но весь товар раскупили.",
            "Нет на складе: «{name}», цена {price}.",
            "По «{name}» ({price}) остаток нулевой.",
            "{price} — цена «{name}», но товара сейчас нет в наличии.",
        ],
        "zh": [
            "【缺货】{name}，{price}",
            "• {name}：{price}，缺货\n",
            "亲，{name}（{price}）暂时没有库存了哦。",
            "{name}标价{price}，可惜库存为0。",
            "{price}的{name}现已售空。",
            "{name}售价{price}，但目前一件都没有了。",
        ],
    },
    "Q": {
        "en": [
            "{qty} of the {name} left on our shelves.",
            "Hurry, only {qty} of the {name} left!",
            "Inventory for the {name} stands at {qty}.",
            "We're down to {qty} of the {name}.",
            "• {name} — qty in stock: {qty}\n",
            "Our stock count on the {name} is {qty}.",
            "The {name}? We have {qty} available.",
        ],
        "ru": [
            "У нас ещё {qty} шт. товара «{name}».",
            "Количество на складе («{name}»): {qty}.",
            "• {name} — {qty} шт. на складе\n",
            "«{name}» — на складе лежит {qty} шт.",
            "Успевайте, «{name}» осталось всего {qty} шт.!",
            "Складской остаток по товару «{name}» — {qty} ед.",
            "Сейчас в продаже {qty} шт. «{name}».",
        ],
        "zh": [
            "{name}仅剩{qty}件！",
            "• {name}：库存{qty}件\n",
            "{name}的库存数是{qty}。",
            "亲，{name}还有{qty}件哦，手慢无～",
            "{qty}件——这是{name}目前的库存。",
            "目前仓库里{name}一共{qty}件。",
        ],
    },
    "I": {
        "en": [
            "The {name}: in stock ✅",
            "The {name} is available from stock.",
            "Stock status for the {name}: available.",
            "No problem, the {name} is in stock.",
            "The {name} hasn't sold out — we still have it in stock.",
            "You're in luck: the {name} is in stock.",
        ],
        "ru": [
            "«{name}» — в наличии ✅",
            "«{name}» можно купить: товар в наличии.",
            "Наличие «{name}»: есть.",
            "Да, «{name}» у нас есть на складе.",
            "Отличные новости: «{name}» в наличии!",
            "Товар «{name}» не закончился, он есть на складе.",
        ],
        "zh": [
            "{name}：现货✅",
            "{name}现货在库，可以下单。",
            "亲，{name}有货哦～",
            "{name}的库存状态：有货。",
            "{name}还没卖完，有库存。",
            "放心，{name}目前有库存。",
        ],
    },
    "O": {
        "en": [
            "The {name}: out of stock ❌",
            "We have none of the {name} left at the moment.",
            "Stock status for the {name}: sold out.",
            "Bad news, the {name} has sold out.",
            "The {name} is currently not in stock, unfortunately.",
            "Zero units of the {name} in stock right now.",
            "We're fresh out of the {name}.",
        ],
        "ru": [
            "Наличие «{name}»: нет.",
            "Товара «{name}» сейчас нет — всё раскупили.",
            "По «{name}» остаток — 0 шт.",
            "Товар «{name}» закончился, увы.",
            "Сейчас «{name}» купить не получится — на складе пусто.",
            "«{name}» временно отсутствует на складе.",
        ],
        "zh": [
            "{name}：缺货❌",
            "亲，{name}已经没货了哦～",
            "{name}的库存状态：无货。",
            "{name}库存为0。",
            "{name}已售空，暂不能购买。",
            "不好意思，{name}目前一件库存都没有。",
        ],
    },
    "S": {
        "en": [
            "Sizes for the {name} include {size}.",
            "The {name} does come in {size}.",
            "• {name} — sizes include {size}\n",
            "The {name} can be had in size {size}.",
            "Yes, size {size} exists for the {name}.",
            "The {name} is made in size {size}.",
        ],
        "ru": [
            "«{name}» выпускается в размере {size}.",
            "Размерный ряд «{name}» включает {size}.",
            "• {name} — есть размер {size}\n",
            "Размер {size} в линейке «{name}» предусмотрен.",
            "«{name}» представлен в размере {size}.",
            "«{name}» можно подобрать в размере {size}.",
        ],
        "zh": [
            "{name}有{size}这个尺码。",
            "{name}的尺码包括{size}。",
            "• {name}：有{size}码\n",
            "{size}码的{name}我们有。",
            "{name}可以选择{size}号。",
            "亲，{name}是有{size}码的哦～",
        ],
    },
    "C": {
        "en": [
            "The {name} is {colour} in colour.",
            "Colourway: {colour} ({name}).",
            "The {name} we sell is {colour}.",
            "The {name} is finished in {colour}.",
            "The {name} — colour: {colour}.",
            "We stock the {name} in {colour}.",
            "{colour} is the colour of the {name}.",
        ],
        "ru": [
            "У «{name}» {colour} цвет.",
            "Цвет у «{name}» {colour}.",
            "• {name} — цвет: {colour}\n",
            "Оттенок «{name}» — {colour}.",
            "Цвет товара: {colour} («{name}»).",
            "«{name}» идёт в цвете «{colour}».",
        ],
        "zh": [
            "{name}颜色是{colour}的。",
            "这款是{colour}的{name}。",
            "• {name}：{colour}\n",
            "{name}采用{colour}配色。",
            "亲，{name}是{colour}哦～",
            "{name}外观为{colour}。",
        ],
    },
    # two products in one sentence (compare turns): each figure right beside its own product
    "PP": {
        "en": [
            "The {name} is the {price} one, and the {name2} is the {price2} one.",
            "• {name} — {price}\n• {name2} — {price2}\n",
            "You're looking at {price} for the {name} versus {price2} for the {name2}.",
            "The {name} costs {price}, while the {name2} will run you {price2}.",
            "Price check: {name} {price} / {name2} {price2}.",
            "{name2} is {price2}; {name} is {price}.",
            "Between the two, the {name} is {price} and the {name2} is {price2}.",
        ],
        "ru": [
            "«{name}» — за {price}, «{name2}» — за {price2}.",
            "• {name} — {price}\n• {name2} — {price2}\n",
            "«{name2}» стоит {price2}, а «{name}» — {price}.",
            "Разница в цене: «{name}» — {price}, «{name2}» — {price2}.",
            "«{name}» обойдётся в {price}, тогда как за «{name2}» придётся отдать {price2}.",
            "Цены такие: {name} — {price}; {name2} — {price2}.",
            "Если брать «{name}», выйдет {price}, а «{name2}» — {price2}.",
        ],
        "zh": [
            "• {name}：{price}\n• {name2}：{price2}\n",
            "【{name}】{price} vs 【{name2}】{price2}",
            "{name}要{price}，相比之下{name2}要{price2}。",
            "论价格，{name}{price}，{name2}则要{price2}。",
            "{name}标价{price}，{name2}标价{price2}。",
            "买{name}花{price}，买{name2}花{price2}。",
        ],
    },
    "count": {
        "en": [
            "Here are {count} picks:",
            "I've pulled up {count} products for you.",
            "Showing {count} products.",
            "Here's what I found ({count} products):",
            "Shortlist: {count} products.",
            "That gives you {count} options to choose from.",
        ],
        "ru": [
            "Вот что нашлось — {count} шт.:",
            "Результатов поиска: {count}.",
            "Вариантов на выбор: {count}.",
            "{count} — столько товаров подходит под запрос.",
            "Подобрано товаров: {count}.",
            "В каталоге нашлось позиций: {count}.",
        ],
        "zh": [
            "搜到{count}个结果。",
            "给您挑了{count}款。",
            "以下是{count}款相关商品：",
            "匹配的商品有{count}件。",
            "查询结果：{count}款。",
            "相关商品一共{count}个。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    "ref": {
        "en": [
            "Your order, #{n},",
            "Order nº {n}",
            "Purchase #{n}",
            "Your order (#{n})",
            "Order ref. #{n}",
            "The order with number {n}",
        ],
        "ru": [
            "Ваш заказ (№{n})",
            "Заказ №\u00a0{n}",
            "Ваш заказ под № {n}",
            "Заказ N{n}",
            "Ваш заказ номер {n}",
            "Ваш заказ N {n}",
        ],
        "zh": ["您的订单（{n}）", "订单No.{n}", "单号{n}", "订单【{n}】", "您编号{n}的订单", "您下的订单{n}"],
    },
    "state": {
        "en": [
            "Just checked — {ref_low} {state}.",
            "Thanks for waiting! {ref} {state}.",
            "According to our records, {ref_low} {state}.",
            "{ref} {state} 👍",
            "Order status update — {ref_low} {state}.",
            "I can confirm that {ref_low} {state}.",
            "So, {ref_low} {state}.",
        ],
        "ru": [
            "Посмотрела в системе — {ref_low} {state}.",
            "{ref} {state} 👍",
            "Информирую: {ref_low} {state}.",
            "Согласно нашей базе, {ref_low} {state}.",
            "Спасибо, что подождали! {ref} {state}.",
            "Текущий статус: {ref_low} {state}.",
            "Могу подтвердить, что {ref_low} {state}.",
        ],
        "zh": [
            "亲，{ref}{state}哦～",
            "帮您看了一下，{ref}{state}。",
            "{ref}：{state}。",
            "最新状态：{ref}{state}。",
            "{ref}{state}，如有疑问随时找我。",
            "核实过了，{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Our ETA for it is {date}.",
            "Expected delivery date — {date}.",
            "It's expected to reach you on {date}.",
            "{ref} should be delivered on {date}.",
            "Delivery is planned for {date}.",
            "We expect to deliver {ref_low} on {date}.",
            "Keep an eye out on {date}: that's the expected delivery date.",
        ],
        "ru": [
            "Плановая дата доставки — {date}.",
            "Доставим его {date}.",
            "{ref} приедет к вам {date}.",
            "Ожидаемая дата вручения: {date}.",
            "Курьер привезёт заказ {date}.",
            "По графику доставка — {date}.",
        ],
        "zh": [
            "预计{date}送到您手上。",
            "计划{date}配送上门。",
            "{ref}预计在{date}送达。",
            "预计送货日期是{date}。",
            "快递预计{date}到。",
            "预计到达日期为{date}。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Our records show it was delivered on {date}.",
            "Date delivered: {date}.",
            "It was signed for on {date}.",
            "The parcel reached your door on {date}.",
            "{ref} arrived on {date}.",
            "On {date} it was delivered to you.",
            "We delivered {ref_low} on {date}.",
        ],
        "ru": [
            "Заказ вручили вам {date}.",
            "Дата доставки — {date}.",
            "{ref} был получен {date}.",
            "Посылка дошла до вас {date}.",
            "{date} курьер передал вам заказ.",
            "Вручение состоялось {date}.",
        ],
        "zh": [
            "{ref}于{date}送达并签收。",
            "妥投日期：{date}。",
            "{date}，包裹已经送到了您手上。",
            "快递在{date}送达。",
            "您是{date}签收的。",
            "送达日期为{date}。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "It went out to the carrier on {date}.",
            "Ship date: {date}.",
            "{ref} was handed to the courier on {date}.",
            "On {date} we dispatched it.",
            "Dispatch date — {date}.",
            "We shipped {ref_low} on {date}.",
            "The package was sent off on {date}.",
        ],
        "ru": [
            "Отправили мы его {date}.",
            "{ref} ушёл со склада {date}.",
            "Дата отгрузки: {date}.",
            "{date} заказ передали перевозчику.",
            "Посылка покинула склад {date}.",
            "Мы отгрузили его {date}.",
        ],
        "zh": [
            "{date}从我们仓库出库。",
            "出库日期：{date}。",
            "{ref}于{date}交给了快递。",
            "我们是{date}发的货。",
            "发货日为{date}。",
            "快递于{date}取件。",
        ],
    },
    "date.placed_on": {
        "en": [
            "It was placed back on {date}.",
            "Placed on: {date}.",
            "You checked out on {date}.",
            "On {date} you placed {ref_low}.",
            "Date of purchase: {date}.",
            "We received {ref_low} on {date}.",
            "{ref} came in on {date}.",
        ],
        "ru": [
            "Заказ вы сделали {date}.",
            "Создан заказ был {date}.",
            "{ref} оформлен вами {date}.",
            "{date} вы оформили этот заказ.",
            "Заказ поступил в систему {date}.",
            "Оформление заказа — {date}.",
        ],
        "zh": [
            "{date}，您提交了这笔订单。",
            "这笔订单的创建日期是{date}。",
            "{ref}是{date}下的。",
            "订单日期为{date}。",
            "您{date}拍下了这单。",
            "您的下单日：{date}。",
        ],
    },
    "total": {
        "en": [
            "Grand total: {total}.",
            "{ref} came to {total} altogether.",
            "This order's total is {total}.",
            "Order value — {total}.",
            "{total} is the order total.",
            "All told, the order is {total}.",
        ],
        "ru": [
            "Сумма по заказу — {total}.",
            "{ref} на общую сумму {total}.",
            "Итоговая стоимость: {total}.",
            "{total} — такова сумма заказа.",
            "Заказ обошёлся в {total}.",
            "Всего по заказу: {total}.",
        ],
        "zh": [
            "订单总计：{total}。",
            "{ref}共{total}。",
            "本单金额为{total}。",
            "这笔订单合计{total}。",
            "总金额：{total}。",
            "{total}，这是订单的总金额。",
        ],
    },
    "carrier": {
        "en": [
            "Shipping partner: {carrier}.",
            "We sent it with {carrier}.",
            "{carrier} is the carrier on this one.",
            "The parcel was handed to {carrier}.",
            "Courier: {carrier}.",
            "Shipped with {carrier}.",
        ],
        "ru": [
            "Доставку выполняет {carrier}.",
            "Транспортная компания — {carrier}.",
            "Отправили через {carrier}.",
            "Посылка передана в {carrier}.",
            "Курьерская служба: {carrier}.",
            "Перевозчиком выступает {carrier}.",
        ],
        "zh": [
            "快递：{carrier}。",
            "配送快递为{carrier}。",
            "本单走的是{carrier}。",
            "我们用{carrier}寄出的。",
            "物流公司：{carrier}。",
            "包裹交由{carrier}运输。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Return window: {v} days.",
            "You can bring it back within {v} days.",
            "We take returns for up to {v} days.",
            "{v} days — that's how long you have to return it.",
            "Returns: allowed within {v} days.",
            "There's a {v} day limit on returns.",
        ],
        "ru": [
            "Срок для возврата: {v} {dw}.",
            "На возврат отводится {v} {dw}.",
            "Товар принимаем обратно в течение {v} {dwg}.",
            "Вернуть можно в пределах {v} {dwg}.",
            "{v} {dw} — столько есть на возврат.",
            "Возврат — в течение {v} {dwg}.",
        ],
        "zh": [
            "退货时间：{v}天内。",
            "{v}天内都可以申请退货。",
            "我们支持{v}天内退货。",
            "亲，{v}天内可退哦～",
            "超过{v}天就不能退货了。",
            "可退货天数：{v}天。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Refund timing: {v}–{v2} business days once we have the item.",
            "Money back in {v} to {v2} business days after we receive it.",
            "Your refund should show up {v}-{v2} business days after the item reaches us.",
            "It takes {v}–{v2} working days for the refund to go through.",
            "Refunds: {v} to {v2} business days.",
            "Give it {v}–{v2} business days for the refund to hit your account.",
        ],
        "ru": [
            "Деньги придут обратно через {v}–{v2} рабочих {dw2}.",
            "Срок возврата денег: {v}–{v2} рабочих {dw2} после получения товара.",
            "Вернём деньги в течение {v}–{v2} рабочих дней.",
            "Деньги вы получите через {v}–{v2} раб. дн.",
            "От {v} до {v2} рабочих дней — столько идёт возврат денег.",
            "Возврат оплаты занимает {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "退款到账时间：{v}–{v2}个工作日。",
            "收到退货后{v}到{v2}个工作日内退款。",
            "退款会原路返回，需要{v}–{v2}个工作日。",
            "一般{v}-{v2}个工作日能收到退款。",
            "亲，退款{v}~{v2}个工作日到账哦～",
            "{v}至{v2}个工作日内完成退款。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Opened but working? Then a {v}% restocking fee applies.",
            "Restocking fee: {v}% (opened, non-faulty items only).",
            "For opened items that aren't faulty we deduct {v}%.",
            "We charge {v}% to restock an opened item that turns out not to be faulty.",
            "{v}% is kept back when an opened item is returned in working order.",
            "Heads up: opened items with nothing wrong with them get a {v} percent restocking fee.",
        ],
        "ru": [
            "Если вскрытый товар исправен, при возврате удержим {v}%.",
            "Вскрыли упаковку, а товар исправен? Тогда комиссия составит {v}%.",
            "Удержание за вскрытый исправный товар: {v}%.",
            "{v}% — комиссия при возврате вскрытого товара без неисправностей.",
            "С исправного товара во вскрытой упаковке удерживаем {v}\u00a0%.",
            "За возврат вскрытого, но рабочего товара берём {v} процентов.",
        ],
        "zh": [
            "已拆封且无质量问题的商品，退货时扣除{v}%。",
            "拆封后非质量问题退货，收{v}%的重新上架费。",
            "开封商品（无故障）退货需支付{v}%手续费。",
            "如果商品已拆封但没有故障，我们收取{v}%的费用。",
            "{v}%：已开封无故障商品的退货手续费。",
            "非质量问题的拆封商品，手续费为百分之{v}。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Regular shipping will run you {m}.",
            "It's {m} for standard delivery.",
            "Standard delivery: {m} flat.",
            "For standard shipping we charge {m}.",
            "{m} covers standard shipping.",
            "The standard shipping charge is {m}.",
        ],
        "ru": [
            "Стандартная доставка: {m}.",
            "Доставка обычным способом — {m}.",
            "За стандартную доставку заплатите {m}.",
            "{m} — стоимость обычной доставки.",
            "Тариф на стандартную доставку — {m}.",
            "Стандартная доставка у нас стоит {m}.",
        ],
        "zh": [
            "标准运费：{m}。",
            "普通快递收{m}运费。",
            "标准配送每单{m}。",
            "{m}，这是普通配送的运费。",
            "选择标准配送需支付{m}。",
            "常规配送运费{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Free shipping on anything over {m}!",
            "Go over {m} and shipping's on us.",
            "Once your order tops {m}, delivery is free.",
            "No shipping fee on orders above {m}.",
            "Free delivery threshold: {m}.",
            "Spend over {m} to get free delivery.",
        ],
        "ru": [
            "При сумме заказа от {m} доставка за наш счёт.",
            "Бесплатная доставка — на заказы дороже {m}.",
            "Порог бесплатной доставки — {m}.",
            "Если заказ превышает {m}, доставка бесплатна.",
            "От {m} — доставка бесплатная!",
            "Доставка 0 $ при заказе свыше {m}.",
        ],
        "zh": [
            "订单满{m}即享包邮。",
            "买满{m}就免运费啦～",
            "超过{m}的订单免运费。",
            "包邮门槛：{m}。",
            "单笔订单超过{m}，运费全免。",
            "订单金额高于{m}可免运费。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Standard shipping: {v}–{v2} business days.",
            "With regular shipping it's {v} to {v2} business days.",
            "Standard orders take {v}-{v2} working days to arrive.",
            "Expect {v}–{v2} business days if you choose standard delivery.",
            "Standard delivery is {v} to {v2} business days door to door.",
            "Delivery time (standard): {v}-{v2} business days.",
        ],
        "ru": [
            "Стандартной доставкой посылка идёт {v}–{v2} раб. дн.",
            "Обычно стандартная доставка укладывается в {v}–{v2} рабочих {dw2}.",
            "Стандартно везём {v}-{v2} рабочих {dw2}.",
            "При обычной доставке ждать {v}–{v2} рабочих {dw2}.",
            "Доставка стандартным тарифом: {v}–{v2} рабочих {dw2}.",
            "{v}–{v2} рабочих {dw2} — столько идёт стандартная доставка.",
        ],
        "zh": [
            "标准配送时间：{v}–{v2}个工作日。",
            "普通快递{v}至{v2}个工作日可到。",
            "选择标准配送，{v}-{v2}个工作日送达。",
            "常规配送需{v}~{v2}个工作日。",
            "标准快递一般要{v}–{v2}个工作日。",
            "{v}到{v2}个工作日，这是标准配送的时效。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Express: {m}.",
            "If you're in a hurry, express is {m}.",
            "Express is priced at {m}.",
            "Faster delivery (express) is {m}.",
            "{m} gets you express shipping.",
            "The express shipping charge is {m}.",
        ],
        "ru": [
            "Экспресс: {m}.",
            "Ускоренная доставка стоит {m}.",
            "Если срочно — экспресс за {m}.",
            "{m} — цена экспресс-доставки.",
            "Тариф «Экспресс» — {m}.",
            "За ускоренную доставку — {m}.",
        ],
        "zh": [
            "加急运费：{m}。",
            "急用的话可以选加急，{m}。",
            "加急配送每单{m}。",
            "{m}，这是加急配送的费用。",
            "选择加急需支付{m}。",
            "快速配送（加急）：{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Express: {v}–{v2} business days.",
            "Go express and it's {v} to {v2} business days.",
            "Express orders land in {v}-{v2} business days.",
            "With express, it takes {v}–{v2} working days.",
            "Need it quicker? Express takes {v} to {v2} business days.",
            "{v}–{v2} business days is the express delivery time.",
        ],
        "ru": [
            "Экспресс: {v}–{v2} рабочих {dw2}.",
            "Ускоренная доставка — за {v}–{v2} рабочих {dw2}.",
            "Экспрессом посылка будет у вас через {v}–{v2} раб. дн.",
            "Тариф «Экспресс» — {v}-{v2} рабочих {dw2} в пути.",
            "{v}–{v2} рабочих {dw2} — срок экспресс-доставки.",
            "Срочная доставка укладывается в {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "加急时效：{v}–{v2}个工作日。",
            "选加急的话，{v}至{v2}个工作日到。",
            "加急配送{v}~{v2}个工作日可达。",
            "急件{v}-{v2}个工作日送到。",
            "加急一般{v}到{v2}个工作日就能收到。",
            "{v}–{v2}个工作日，这是加急配送的时效。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Warranty: {v} months from purchase.",
            "You get {v} months of warranty coverage.",
            "It's under warranty for {v} months from the purchase date.",
            "{v} months — that's the warranty period.",
            "Manufacturing defects are covered for {v} months.",
            "We guarantee it for {v} months against manufacturing defects.",
        ],
        "ru": [
            "Гарантия — {v} мес. с даты покупки.",
            "Гарантийный срок у нас {v} {mw}.",
            "На производственные дефекты даём {v} {mw} гарантии.",
            "{v} {mw} — срок гарантии.",
            "Срок гарантийного обслуживания — {v} {mw}.",
            "Брак по вине производителя покрываем {v} {mw}.",
        ],
        "zh": [
            "质保：{v}个月。",
            "自购买之日起保修{v}个月。",
            "本店商品享{v}个月保修。",
            "保修{v}个月，针对生产缺陷。",
            "{v}个月内出现质量问题可以保修。",
            "亲，保修期是{v}个月哦～",
        ],
    },
}

# Order states as predicates after the order reference ({ref} {state}; in Chinese also after "{ref}："). Each is
# plainly true of its own state only: a shipped order is not yet delivered, a paid order has not left, and so on.
FRESH2_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "still shows as unpaid",
            "is unpaid at the moment",
            "needs payment before we can start on it",
            "hasn't been paid for, so it's on hold",
        ],
        "paid": [
            "is paid for and waiting in our packing queue",
            "has been paid — it's being prepared for dispatch",
            "is paid up and hasn't been dispatched yet",
            "is paid and still with us at the warehouse",
        ],
        "shipped": [
            "is with the carrier and heading your way",
            "has left the warehouse and is in transit",
            "has been sent and hasn't been delivered yet",
            "is travelling to you now",
        ],
        "delivered": [
            "got delivered",
            "has been dropped off at your address",
            "is marked as delivered",
            "made it to you — it's been delivered",
        ],
        "returned": [
            "is marked as returned",
            "came back to us and the return is complete",
            "was sent back to us — the return went through",
            "has gone back to the store as a return",
        ],
        "cancelled": [
            "got canceled",
            "is marked as cancelled",
            "was cancelled, so nothing will be sent",
            "has been cancelled on our end",
        ],
    },
    "ru": {
        "pending": [
            "числится неоплаченным",
            "до сих пор не оплачен",
            "будет собран после оплаты — пока она не поступила",
        ],
        "paid": [
            "оплачен, но со склада ещё не уехал",
            "оплачен и стоит в очереди на сборку",
            "оплачен — сейчас его готовят к отгрузке",
        ],
        "shipped": [
            "едет к вам",
            "уже у курьерской службы и в пути",
            "отгружен и находится в дороге",
            "отправлен, но ещё не доставлен",
        ],
        "delivered": ["получен вами", "благополучно доставлен", "доставлен по адресу"],
        "returned": ["возвращён в магазин", "прошёл возврат", "отправлен обратно к нам и принят как возврат"],
        "cancelled": ["отменён и отправлен не будет", "числится отменённым", "больше не действует — его отменили"],
    },
    "zh": {
        "pending": ["仍处于待支付状态", "尚未完成支付", "付款还没到账"],
        "paid": ["已付款，还在仓库等待出库", "付款已到账，正在拣货", "已支付成功，尚未出库"],
        "shipped": ["已出库，快递运输中", "在运输途中，还未送达", "已交由快递，正在派送路上"],
        "delivered": ["已妥善送达", "已完成签收", "已送货上门"],
        "returned": ["已被退回，退货已入库", "退货已完成", "已作退货处理"],
        "cancelled": ["已取消，不会再发出", "已关闭，订单取消了", "已被取消，订单关闭"],
    },
}

# Store-currency (USD) money. {a}: the amount written the language's way; {spelled}: whole units and cents in words
# ("59 dollars and 99 cents", «59 долларов 99 центов»).
FRESH2_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a} (USD)", "{a} U.S. dollars", "USD ${a}", "US ${a}", "{spelled}"],
    "ru": ["{a}\u00a0$", "{a} дол.", "US$ {a}", "{spelled}", "{a}\u00a0USD"],
    "zh": ["{a}美刀", "＄{a}", "USD{a}", "{a}（美元）", "美金{a}", "US＄{a}"],
}
# The same amounts in another currency: a planted error whatever the number. Several also write "$" or "dollars".
FRESH2_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["CA${a}", "A${a}", "EUR {a}", "{a} €", "£ {a}", "{a} RMB", "JPY {a}", "{a} roubles", "CHF {a}", "HK${a}"],
    "ru": [
        "{a} RUB",
        "{a} тенге",
        "{a} канадских долларов",
        "{a} австралийских долл.",
        "{a} иен",
        "{a} фунтов стерлингов",
        "{a}\u00a0₽",
        "{a} грн",
        "HK$ {a}",
    ],
    "zh": ["{a}港币", "{a}加元", "{a}澳元", "CNY {a}", "{a}韩元", "{a}新台币", "HK${a}", "欧元{a}", "{a}块人民币"],
}
# Every format carries the year: a date a year off must stay visibly wrong.
FRESH2_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{dth} {month} {y}",
        "{d}-{mon}-{y}",
        "{wd_short}, {mon} {d}, {y}",
        "{mon} {dth}, {y}",
        "{m}/{d}/{yy}",
        "{month} {dth} {y}",
    ],
    "ru": [
        "{d} {month_ru} {y}",
        "{dd}.{mm}.{yy}",
        "{d}-го {month_ru} {y} г.",
        "{dd}/{mm}/{y}",
        "{wd_ru_short}, {d} {month_ru} {y}",
        "{d} {month_ru} {y} года ({weekday_ru})",
    ],
    "zh": [
        "{y}年{m}月{d}日{wd_zh_short}",
        "{y}/{mm}/{dd}",
        "{y}.{m}.{d}",
        "{zh_numerals}",
        "{fw_y}年{fw_m}月{fw_d}日",
        "{y}年{m}月{d}号（{wd_zh_short}）",
    ],
}

# Fresh 2's own abbreviations: English without a full stop (fresh 3's have one), Chinese with 周 (fresh 4 and 5 write
# 周 in the pattern before evals.grounding_calendar.ZH_WEEKDAYS).
_EN_WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ZH_WD_SHORT = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
_ZH_DIGITS = "〇一二三四五六七八九"
# no comma, unlike evals.grounding_calendar.FULL_WIDTH: fresh 2 writes full-width amounts without thousands separators
_FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH2_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH2_STATES, state, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount as people type it: thousands separators or not, cents dropped on whole amounts now and then,
    Russian decimal comma (a dot now and then) and spaces, Chinese sometimes in full-width digits."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    drop_cents = frac == "00" and rng.random() < 0.5
    if language == "zh" and rng.random() < 0.3:
        text = whole if drop_cents else f"{whole}.{frac}"
        return text.translate(_FULL_WIDTH)
    if language == "ru":
        grouped = f"{int(whole):,}".replace(",", rng.choice([" ", "\u00a0", "\u202f", ""]))
        point = "," if rng.random() < 0.85 else "."
        return grouped if drop_cents else f"{grouped}{point}{frac}"
    grouped = f"{int(whole):,}" if language == "en" or rng.random() < 0.3 else whole
    if language == "en" and rng.random() < 0.2:
        grouped = whole
    return grouped if drop_cents else f"{grouped}.{frac}"


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _spelled(value: Decimal, language: str) -> str:
    """Units and cents in words, "59 dollars and 99 cents" / «59 долларов 99 центов»; whole amounts without cents."""
    q = value.quantize(Decimal("0.01"))
    whole, cents = int(q), int((q - int(q)) * 100)
    if language == "ru":
        text = f"{whole:,}".replace(",", "\u00a0") + " " + _ru_plural(whole, "доллар", "доллара", "долларов")
        return text if not cents else f"{text} {cents} {_ru_plural(cents, 'цент', 'цента', 'центов')}"
    text = f"{whole:,} dollar" + ("" if whole == 1 else "s")
    return text if not cents else f"{text} and {cents} cent" + ("" if cents == 1 else "s")


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH2_MONEY_FORMATS[language])
    if fmt == "{spelled}":
        return _spelled(value, language)
    return fmt.format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(FRESH2_OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def _zh_number(n: int) -> str:
    """1..31 in Chinese numerals: 十, 十二, 二十, 二十一, 三十一."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _ZH_DIGITS[units]
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十{_ZH_DIGITS[units] if units else ''}"


def _zh_numerals(day: dt.date) -> str:
    """二〇二六年十二月一日: the year digit by digit, month and day as numbers."""
    year = "".join(_ZH_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_zh_number(day.month)}月{_zh_number(day.day)}日"


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH2_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        yy=f"{day.year % 100:02d}",
        m=day.month,
        d=day.day,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        dth=en_suffixed(day.day),
        wd_short=_EN_WD_SHORT[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        weekday_ru=RU_WEEKDAYS[day.weekday()],
        wd_ru_short=RU_WEEKDAYS_SHORT[day.weekday()],
        wd_zh_short=_ZH_WD_SHORT[day.weekday()],
        zh_numerals=_zh_numerals(day),
        fw_y=str(day.year).translate(_FULL_WIDTH),
        fw_m=str(day.month).translate(_FULL_WIDTH),
        fw_d=str(day.day).translate(_FULL_WIDTH),
    )


__all__ = [
    "FRESH2",
    "FRESH2_DATE_FORMATS",
    "FRESH2_MONEY_FORMATS",
    "FRESH2_OTHER_CURRENCY",
    "FRESH2_PATTERNS",
    "FRESH2_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
