"""A fifth fresh held-out split for the grounding eval: wordings nobody tuning the verifier has read.

Written by a helper who did not read the verifier (``agent/``, ``knowledge/figures*``, ``tools/``), its tests or the
grounding scorer and checker; the earlier pattern sets were read only for their placeholders and so as not to repeat
them. It copies the register of a friendly chat assistant and of an LLM answering in markdown: openers and hedges
("Good news —", "Sure thing:", "As far as I can see,", "Happy to help!"), bullet lines ("• Price: ..."), bold labels
and figures (**Order total:**, **{price}**), sentences that put the figure first, passive voice; Russian colloquial
shop speech («по цене», «в наличии есть», «осталось всего», «Подскажу:», «Смотрю:»); Chinese e-commerce
customer-service chat (亲、哦、呢、啦、～, 现货, 断货, 帮亲查了). Money as "59.99 dollars", "$59.99 USD", «59,99 $»
(also with a narrow no-break space), 59.99刀, whole amounts sometimes without cents ("$75"); other currencies
include ¥/￥, 块, 元, "Canadian dollars" and «гонконгских долларов». Dates as "Nov. 3, 2026", "Tuesday, 3rd November
2026", "03 NOV 2026", «3 ноября 2026-го», «3 ноя 2026», «3.11.2026», 2026 年 11 月 3 日, 2026/11/3, always with
their year and never in a day/month order a reader could swap.

Correctness rules, as for the earlier fresh splits: each sentence names the product (or order, or policy) its
figures belong to; every date carries its year and none has "by", "around", «до» or 之前 before it; the return
window is not tied to delivery or purchase; the restocking fee keeps its "opened and not faulty" condition and the
refund time its "after we receive the return"; order states say only what is true of that state (a paid order has
not shipped, a shipped one has not been delivered); a stock count is stated as the quantity available; no rating,
discount or delivery promise the facts do not back. Only aggregate figures of this split are reported, and its
misses are not read.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; ``evals.grounding_cases`` is to
call these for the ``FRESH5`` split. Pattern ids are ``<claim>.<language>.v<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import EN_MONTHS, EN_WEEKDAYS, RU_MONTHS, RU_WEEKDAYS_SHORT, ZH_WEEKDAYS, en_suffixed
from evals.grounding_wording import phrase_from, pick_from

FRESH5 = "held-out (fresh 5)"
_TAG = "v"

# claim -> language -> patterns; the placeholders per claim are those of evals.grounding_fresh4.
FRESH5_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Sure thing: the {name} is {price}.",
            "**{name}** — **{price}**\n",
            "• {name} — Price: {price}\n",
            "{price} is the current price of the {name}.",
            "The {name} is being sold for {price} at the moment.",
            "As far as I can see, the {name} costs {price}.",
            "Happy to help — the {name} is priced at {price}.",
        ],
        "ru": [
            "«{name}» у нас по цене {price}.",
            "**«{name}»** — **{price}**\n",
            "• «{name}» — цена {price}\n",
            "Подскажу: «{name}» стоит {price}.",
            "{price} просим за «{name}».",
            "«{name}» продаётся по цене {price}.",
            "Если коротко, «{name}» — {price}.",
        ],
        "zh": [
            "亲，{name}现在是{price}呢。",
            "**{name}**：**{price}**\n",
            "• {name}　售价 {price}\n",
            "给亲报个价：{name}，{price}。",
            "{price}就能带走{name}啦～",
            "这边{name}的售价是{price}哦。",
        ],
    },
    "PQ": {
        "en": [
            "**{name}** — **{price}** · {qty} available\n",
            "• {name} — Price: {price} · Available: {qty}\n",
            "Good news — the {name} is {price}, and {qty} are available right now.",
            "{qty} units of the {name} are available, priced at {price} each.",
            "Sure thing: the {name} costs {price}, with {qty} available to order.",
            "The {name} is sold at {price} apiece; {qty} can be ordered right now.",
        ],
        "ru": [
            "«{name}» по цене {price}, в наличии есть {qty} шт.",
            "• «{name}» — {price}, осталось {qty} шт.\n",
            "**«{name}»**: {price}, на складе {qty} шт.\n",
            "Подскажу: «{name}» стоит {price}, доступно для заказа {qty} шт.",
            "{qty} шт. «{name}» есть в наличии, цена — {price} за штуку.",
            "Осталось всего {qty} шт. «{name}» по {price}.",
        ],
        "zh": [
            "亲，{name}是{price}，现货还有{qty}件哦。",
            "• {name}　{price}　剩{qty}件\n",
            "**{name}**：{price}｜库存{qty}件\n",
            "{name}售价{price}，仓库现货{qty}件呢。",
            "{qty}件{name}现货在售，单价{price}。",
            "帮亲查了，{name}是{price}，可以下单的还有{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "Good news — the {name} is in stock, and it's {price}.",
            "**{name}** — **{price}** · In stock\n",
            "• {name} — Price: {price} · In stock\n",
            "{price}, and in stock: that's the {name}.",
            "Sure thing: the {name} is {price} and it's in stock.",
            "As far as I can see, the {name} is in stock at {price}.",
        ],
        "ru": [
            "«{name}» в наличии есть, по цене {price}.",
            "**«{name}»** — {price}, **в наличии**\n",
            "• «{name}»: {price}, есть на складе, можно заказывать\n",
            "Хорошая новость: «{name}» есть в наличии, стоит {price}.",
            "По цене {price} «{name}» можно заказать хоть сейчас — товар в наличии.",
            "Подскажу: «{name}» сейчас на складе, цена {price}.",
        ],
        "zh": [
            "亲，{name}有现货哦，{price}。",
            "**{name}**：{price}｜有现货\n",
            "• {name}（{price}）——有货\n",
            "{name}现货在售，售价{price}呢。",
            "好消息～{name}有货，{price}。",
            "帮亲看了，{name}是有库存的，价格{price}。",
        ],
    },
    "PO": {
        "en": [
            "I'm sorry — the {name} is sold out; its price is {price}.",
            "**{name}** — **{price}** · Out of stock\n",
            "• {name} — Price: {price} · Out of stock\n",
            "{price} — that's the {name}, which is out of stock right now.",
            "As far as I can see, the {name} is out of stock; it's priced at {price}.",
            "The {name} is priced at {price}, but none can be ordered at the moment — it's out of stock.",
        ],
        "ru": [
            "«{name}» по цене {price} сейчас, увы, не купить — всё раскупили.",
            "**«{name}»** — {price}, **нет в наличии**\n",
            "• «{name}»: {price}, на складе нет\n",
            "К сожалению, «{name}» за {price} сейчас отсутствует на складе.",
            "Подскажу: «{name}» стоит {price}, но товара сейчас нет в наличии.",
            "{price} — цена на «{name}», только товара сейчас нет в наличии.",
        ],
        "zh": [
            "亲，{name}（{price}）目前已经卖完了呢。",
            "**{name}**：{price}｜缺货\n",
            "• {name}（{price}）——暂无现货\n",
            "{name}售价{price}，不过现在没有现货了哦。",
            "很抱歉，{name}（售价{price}）已经断货了。",
            "帮亲看了，{price}的{name}这边没有库存了。",
        ],
    },
    "Q": {
        "en": [
            "**{name}** — {qty} available\n",
            "• {name} — Available: {qty}\n",
            "Good news — {qty} of the {name} are available right now.",
            "{qty} units of the {name} are available to order.",
            "As far as I can see, the {name} has {qty} units available in stock.",
            "Sure thing: there are {qty} of the {name} available.",
        ],
        "ru": [
            "«{name}» в наличии есть — {qty} шт.",
            "• «{name}» — {qty} шт. в наличии\n",
            "**«{name}»**: доступно {qty} шт.\n",
            "Осталось всего {qty} шт. «{name}».",
            "Подскажу: на складе {qty} шт. «{name}».",
            "{qty} шт. — столько «{name}» сейчас можно заказать.",
        ],
        "zh": [
            "亲，{name}现货还有{qty}件哦。",
            "• {name}　现货{qty}件\n",
            "**{name}**：库存{qty}件\n",
            "{name}还剩{qty}件现货呢。",
            "帮亲查了，{name}可以下单的有{qty}件。",
            "{qty}件，就是{name}现在的现货数量～",
        ],
    },
    "I": {
        "en": [
            "Good news — the {name} is in stock!",
            "**{name}** — In stock\n",
            "• {name} — Availability: in stock\n",
            "Sure thing: the {name} is in stock and can be ordered now.",
            "As far as I can see, the {name} is in stock.",
            "The {name} is in stock, so it can be ordered right away.",
        ],
        "ru": [
            "«{name}» в наличии есть.",
            "Хорошая новость: «{name}» есть в наличии!",
            "**«{name}»** — **в наличии**\n",
            "• «{name}»: в наличии, можно заказывать\n",
            "Да, конечно, «{name}» сейчас есть в наличии.",
            "«{name}» можно заказать — товар на складе есть.",
        ],
        "zh": [
            "亲，{name}有现货哦。",
            "**{name}**：有现货\n",
            "• {name}——有货\n",
            "好消息～{name}有货！",
            "{name}是有库存的呢，可以下单。",
            "帮亲看了，{name}现货在售。",
        ],
    },
    "O": {
        "en": [
            "I'm afraid we don't have the {name} in stock right now.",
            "**{name}** — Out of stock\n",
            "• {name} — Availability: out of stock\n",
            "As far as I can see, the {name} is out of stock.",
            "Sure — I checked, and the {name} can't be ordered right now since it's out of stock.",
            "The {name} has sold out, so it can't be ordered at the moment.",
        ],
        "ru": [
            "Увы, «{name}» сейчас в наличии нет.",
            "**«{name}»** — **нет в наличии**\n",
            "• «{name}»: нет в наличии\n",
            "«{name}» сейчас не купить: товара на складе нет.",
            "К сожалению, «{name}» уже раскупили.",
            "Подскажу: «{name}» в наличии сейчас нет.",
        ],
        "zh": [
            "亲，{name}目前已经卖完了呢。",
            "**{name}**：缺货\n",
            "• {name}——暂无现货\n",
            "很抱歉，{name}已经断货了。",
            "{name}现在没有库存了哦。",
            "帮亲看了，{name}这边没货了。",
        ],
    },
    "S": {
        "en": [
            "Good news — you can get the {name} in size {size}.",
            "**{name}** — Size {size}: available\n",
            "• {name} — offered in size {size}\n",
            "{size}? Yes, the {name} is made in that size.",
            "As far as I can see, the {name} is offered in size {size}.",
            "Sure thing: the {name} can be ordered in size {size}.",
        ],
        "ru": [
            "«{name}» есть в размере {size}, можно брать.",
            "**«{name}»** — размер {size} есть\n",
            "• «{name}»: размер {size} есть в сетке\n",
            "Подскажу по размеру: у «{name}» {size} есть.",
            "Размер {size}? Да, у «{name}» такой есть.",
            "Хорошая новость: «{name}» можно заказать в размере {size}.",
        ],
        "zh": [
            "亲，{name}有{size}码的哦。",
            "**{name}**：有{size}码\n",
            "• {name}——{size}码可选\n",
            "{name}这款是有{size}码的呢。",
            "帮亲看了，{name}的尺码里有{size}。",
            "{size}码？有的，{name}可以拍这个码～",
        ],
    },
    "C": {
        "en": [
            "**{name}** — Colour: {colour}\n",
            "• Colour of the {name}: {colour}\n",
            "{colour} is what the {name} comes in.",
            "As far as I can see, the {name} is {colour}.",
            "Sure thing: the {name} is coloured {colour}.",
            "The {name} is produced in {colour}.",
        ],
        "ru": [
            "Подскажу по цвету: «{name}» — {colour}.",
            "**«{name}»** — цвет: {colour}\n",
            "• Цвет «{name}»: {colour}\n",
            "По расцветке: «{name}» — {colour}.",
            "Цветовое исполнение «{name}» — {colour}.",
            "Смотрю карточку: цвет у «{name}» — {colour}.",
        ],
        "zh": [
            "亲，{name}是{colour}的呢。",
            "**{name}**：{colour}\n",
            "• {name}——颜色{colour}\n",
            "{name}这款颜色是{colour}哦。",
            "帮亲看了，{name}的颜色为{colour}。",
            "{colour}，就是{name}的颜色～",
        ],
    },
    "PP": {
        "en": [
            "**{name}** — {price}\n**{name2}** — {price2}\n",
            "• {name}: **{price}**\n• {name2}: **{price2}**\n",
            "Sure thing: the {name} is priced at {price} and the {name2} at {price2}.",
            "{price} for the {name}, {price2} for the {name2}.",
            "As far as I can see, the {name} costs {price}, whereas the {name2} costs {price2}.",
            "Good question! The {name} is sold for {price}; the {name2} is sold for {price2}.",
        ],
        "ru": [
            "«{name}» — по цене {price}, а «{name2}» — по цене {price2}.",
            "**«{name}»** — {price}\n**«{name2}»** — {price2}\n",
            "• «{name}»: **{price}**\n• «{name2}»: **{price2}**\n",
            "По цене выходит так: «{name}» — {price}, «{name2}» — {price2}.",
            "{price} стоит «{name}», а {price2} — «{name2}».",
            "Подскажу: «{name}» продаётся по {price}, «{name2}» — по {price2}.",
        ],
        "zh": [
            "亲，{name}是{price}，{name2}是{price2}哦。",
            "**{name}**：{price}\n**{name2}**：{price2}\n",
            "• {name}——{price}\n• {name2}——{price2}\n",
            "给亲报个价：{name}是{price}，{name2}是{price2}。",
            "{price}的是{name}，{price2}的是{name2}。",
            "帮亲对比了一下，{name}售价{price}，{name2}售价{price2}呢。",
        ],
    },
    "count": {
        "en": [
            "Good news — I found {count} products that match:",
            "**Results:** {count}\n",
            "• Matches found: {count}\n",
            "{count} products match your search — here they are:",
            "Sure thing! Here are the {count} products I found:",
            "As far as I can tell, {count} products fit the bill:",
        ],
        "ru": [
            "Вот что удалось найти (всего {count}):",
            "**Найдено:** {count}\n",
            "• Найдено позиций — {count}\n",
            "Смотрите, подходящих вариантов нашлось столько: {count}.",
            "Подскажу: под ваш запрос подходит позиций — {count}.",
            "Нашлось вот сколько вариантов — {count}:",
        ],
        "zh": [
            "亲，帮您找到{count}款哦：",
            "**搜索结果：**{count}款\n",
            "• 共{count}款\n",
            "为亲挑了{count}款，看看有没有喜欢的～",
            "这边一共有{count}款符合的呢：",
            "{count}款符合亲的要求，请看：",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    "ref": {
        "en": [
            "Order **#{n}**",
            "Your order, number {n},",
            "Order #{n} that you asked about",
            "Order number {n}",
            "That order of yours, #{n},",
            "Your order **{n}**",
        ],
        "ru": [
            "Заказ **№ {n}**",
            "Ваш заказ **№{n}**",
            "Заказ, о котором вы спрашивали (№ {n}),",
            "Ваш заказик № {n}",
            "Заказ с номером **{n}**",
            "Тот самый заказ № {n}",
        ],
        "zh": [
            "您的订单**{n}**",
            "订单编号{n}",
            "您问的那笔订单{n}",
            "这笔{n}订单",
            "订单（{n}）",
            "亲的订单{n}",
        ],
    },
    "state": {
        "en": [
            "Sure thing — {ref_low} {state}.",
            "**Status update:** {ref_low} {state}.",
            "• {ref} {state}\n",
            "From what I can see, {ref_low} {state}.",
            "Happy to help! {ref} {state}.",
            "Here's the latest: {ref_low} {state}.",
            "Thanks for your patience — {ref_low} {state}.",
        ],
        "ru": [
            "Подскажу: {ref_low} {state}.",
            "**По вашему вопросу:** {ref_low} {state}.",
            "• {ref} {state}\n",
            "Вижу, что {ref_low} {state}.",
            "Отвечаю на ваш вопрос: {ref_low} {state}.",
            "Спасибо за ожидание! {ref} {state}.",
            "Хорошо, что написали! {ref} {state}.",
        ],
        "zh": [
            "亲，您好！{ref}{state}。",
            "**订单状态：**{ref}{state}\n",
            "• {ref}{state}\n",
            "这边看到{ref}{state}。",
            "好的亲，{ref}{state}～",
            "让您久等啦，{ref}{state}。",
            "给亲查了一下：{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "**Estimated delivery:** {date}\n",
            "• Estimated arrival: {date}\n",
            "{date}: that's when {ref_low} is estimated to arrive.",
            "Delivery of {ref_low} is estimated for {date}.",
            "Good news — the estimated delivery date is {date}.",
            "If all goes to plan, it should be with you on {date}.",
        ],
        "ru": [
            "**Ожидаемая дата доставки:** {date}\n",
            "• Доставка ожидается {date}\n",
            "{date} — в этот день {ref_low} планируют привезти.",
            "По плану {ref_low} приедет к вам {date}.",
            "Ожидаем, что {ref_low} доставят {date}.",
            "Хорошая новость: привезти заказ планируют {date}.",
        ],
        "zh": [
            "**预计送达：**{date}\n",
            "• 预计到货：{date}\n",
            "{date}是{ref}的预计送达日期哦。",
            "亲，{ref}预计{date}送到呢。",
            "顺利的话，{date}就能收到啦～",
            "按预估，{date}会送到亲手上。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "**Delivered on:** {date}\n",
            "• Delivery date: {date}\n",
            "{date} is when {ref_low} was delivered.",
            "Tracking confirms {ref_low} was delivered on {date}.",
            "As far as I can see, it was delivered on {date}.",
            "Sure thing — your parcel was delivered on {date}.",
        ],
        "ru": [
            "**Доставлен:** {date}\n",
            "• Вручён: {date}\n",
            "{date} — в этот день {ref_low} вам вручили.",
            "Смотрю: {ref_low} доставлен {date}.",
            "Посылку вам вручили {date}, всё верно.",
            "По данным отслеживания, заказ вручён {date}.",
        ],
        "zh": [
            "**签收日期：**{date}\n",
            "• 已签收：{date}\n",
            "{date}是{ref}的签收日期哦。",
            "亲，{ref}在{date}已经签收啦。",
            "物流信息显示{date}已送达呢。",
            "帮亲查了，包裹是{date}送到的。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "**Shipped on:** {date}\n",
            "• Dispatched: {date}\n",
            "{date} is when {ref_low} left our warehouse.",
            "Our warehouse sent {ref_low} out on {date}.",
            "As far as I can see, it was shipped out on {date}.",
            "Sure thing — the parcel was dispatched on {date}.",
        ],
        "ru": [
            "**Отправлен:** {date}\n",
            "• Отгрузка со склада: {date}\n",
            "{date} — в этот день {ref_low} передали в доставку.",
            "Смотрю: {ref_low} отгружен {date}.",
            "Со склада его отгрузили {date}.",
            "По данным отслеживания, посылка ушла от нас {date}.",
        ],
        "zh": [
            "**发货日期：**{date}\n",
            "• 发出：{date}\n",
            "{date}是{ref}的发货日期哦。",
            "亲，{ref}在{date}就已经发出啦。",
            "物流信息显示{date}已揽收呢。",
            "帮亲查了，包裹是{date}从仓库发出的。",
        ],
    },
    "date.placed_on": {
        "en": [
            "**Order placed:** {date}\n",
            "• Ordered on: {date}\n",
            "{date} is when {ref_low} was placed.",
            "Our system shows {ref_low} was placed on {date}.",
            "As far as I can see, you ordered it on {date}.",
            "Sure thing — the order was made on {date}.",
        ],
        "ru": [
            "**Дата оформления:** {date}\n",
            "• Заказ сделан: {date}\n",
            "{date} — в этот день {ref_low} был оформлен.",
            "Смотрю: {ref_low} был создан {date}.",
            "Оформляли вы его {date}.",
            "Судя по системе, заказ вы оформили {date}.",
        ],
        "zh": [
            "**下单日期：**{date}\n",
            "• 下单：{date}\n",
            "{date}是{ref}的下单日期哦。",
            "亲，{ref}是您{date}拍下的呢。",
            "帮亲查了，这单是{date}下的。",
            "系统里显示，订单是{date}提交的哦。",
        ],
    },
    "total": {
        "en": [
            "**Order total:** {total}\n",
            "• Total: {total}\n",
            "{ref} has a total of {total}.",
            "Sure thing — the whole order comes to {total}.",
            "{total} in total for the whole order, as far as I can see.",
            "The amount for the order is {total}, all in.",
        ],
        "ru": [
            "**Сумма:** {total} (весь заказ)\n",
            "• Итого: {total}\n",
            "{ref} — в сумме {total}.",
            "Подскажу: весь заказ вышел на {total}.",
            "{total} — на такую сумму оформлен заказ.",
            "Смотрю: всего по заказу получается {total}.",
        ],
        "zh": [
            "**订单金额：**{total}\n",
            "• 合计：{total}\n",
            "{ref}一共是{total}哦。",
            "亲，整个订单合计{total}呢。",
            "帮亲看了，这单总共{total}。",
            "{total}，就是这一单的总金额啦～",
        ],
    },
    "carrier": {
        "en": [
            "**Carrier:** {carrier}\n",
            "• Shipped via: {carrier}\n",
            "{carrier} is the courier for this order.",
            "It was shipped via {carrier}.",
            "Sure thing — {carrier} was the carrier we used.",
            "As far as I can see, the parcel went with {carrier}.",
        ],
        "ru": [
            "**Служба доставки:** {carrier}\n",
            "• Перевозчик — {carrier}\n",
            "{carrier} — служба доставки по этому заказу.",
            "Отправляли через {carrier}.",
            "Подскажу: заказ уехал с {carrier}.",
            "Смотрю: доставку выполняла служба {carrier}.",
        ],
        "zh": [
            "**快递公司：**{carrier}\n",
            "• 承运快递：{carrier}\n",
            "亲，您的包裹走的{carrier}哦。",
            "{carrier}，就是这单用的快递～",
            "帮亲查了，承运方是{carrier}。",
            "这单是交给{carrier}配送的呢。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "**Returns:** accepted within {v} days\n",
            "• Returns accepted within {v} days\n",
            "{v} days is how long you have to return an item.",
            "Good news — you've got {v} days to change your mind and send it back.",
            "Sure thing: returns are possible within {v} days.",
            "Items may be sent back to us within {v} days.",
        ],
        "ru": [
            "**Возврат:** {v} {dw}\n",
            "• Срок возврата — {v} {dw}\n",
            "Подскажу: сдать товар обратно можно в течение {v} {dwg}.",
            "{v} {dw} даётся на возврат товара.",
            "Хорошая новость: вернуть товар можно в течение {v} {dwg}.",
            "Если передумаете, на возврат у вас есть {v} {dw}.",
        ],
        "zh": [
            "**退货：**支持{v}天内退货\n",
            "• 退货时限：{v}天\n",
            "亲，{v}天内都可以办理退货哦。",
            "{v}天，就是本店的退货期限呢。",
            "退货的话，{v}天之内都是可以的～",
            "放心买，{v}天内支持退货。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "**Refunds:** {v}–{v2} business days after your return reaches us\n",
            "• Refund timing: {v}-{v2} business days once we've received the item\n",
            "{v}–{v2} business days — that's how long a refund takes once the return is with us.",
            "Refunds are issued {v}–{v2} business days after the returned item is received.",
            "Sure thing: once your return arrives, expect the refund within {v} to {v2} business days.",
            "As soon as we have the item back, the refund goes out in {v}–{v2} business days.",
        ],
        "ru": [
            "**Возврат денег:** {v}–{v2} рабочих {dw2} после получения товара\n",
            "• Деньги вернём через {v}–{v2} рабочих {dw2}, как только получим возврат\n",
            "Подскажу: как только товар вернётся к нам, деньги придут через {v}–{v2} рабочих {dw2}.",
            "{v}–{v2} рабочих {dw2} — столько занимает возврат денег после получения товара нами.",
            "Когда возврат доедет до нас, деньги перечислим за {v}–{v2} рабочих {dw2}.",
            "Смотрите: получили товар обратно — через {v}–{v2} рабочих {dw2} отправляем деньги.",
        ],
        "zh": [
            "**退款时效：**收到退货后{v}–{v2}个工作日\n",
            "• 退款：我们收到退货后{v}-{v2}个工作日\n",
            "亲，退回的商品我们收到后，{v}到{v2}个工作日就会退款哦。",
            "{v}–{v2}个工作日，这是收到退货后的退款时效呢。",
            "收到您寄回的商品后，{v}~{v2}个工作日内给您退款～",
            "帮亲说明一下：退货到我们这边以后，退款需要{v}至{v2}个工作日。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "**Restocking fee:** {v}% (for opened items that aren't faulty)\n",
            "• Restocking fee on opened, non-faulty items: {v}%\n",
            "{v}% is deducted as a restocking fee when an opened item isn't faulty.",
            "A restocking fee of {v}% is charged on returns of opened items that have no fault.",
            "Just so you know, if the item's been opened and isn't faulty, there's a {v}% restocking fee.",
            "Sure thing: opened items returned without any fault carry a {v}% restocking fee.",
        ],
        "ru": [
            "**Удержание при возврате:** {v}% (если товар вскрыт и исправен)\n",
            "• Вскрытый исправный товар — удерживаем {v}%\n",
            "Подскажу: если коробку открыли, но брака нет, при возврате удерживается {v}% стоимости.",
            "{v}% — столько удерживается, если товар вскрыт, но исправен.",
            "Возврат вскрытого товара без брака — с удержанием {v}%.",
            "Смотрите: упаковка вскрыта, а товар рабочий — тогда при возврате удержим {v}%.",
        ],
        "zh": [
            "**上架费：**{v}%（限已拆封且无质量问题的商品）\n",
            "• 已拆封、无质量问题的退货：扣{v}%上架费\n",
            "亲，商品拆封了又没有质量问题的话，退货要扣{v}%哦。",
            "{v}%，这是已拆封无质量问题商品的退货手续费呢。",
            "已拆封但没有故障的商品退回时，会收取{v}%的上架费～",
            "帮亲说明一下：拆封后非质量问题退货，扣除{v}%费用。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "**Standard shipping:** {m}\n",
            "• Standard delivery: {m}\n",
            "{m} is the standard shipping fee.",
            "Sure thing: standard shipping costs {m}.",
            "Standard shipping comes in at {m}.",
            "As far as I can see, standard delivery is billed at {m}.",
        ],
        "ru": [
            "**Обычная доставка:** {m}\n",
            "• Стандартная доставка — по цене {m}\n",
            "{m} — столько стоит обычная доставка.",
            "Подскажу: стандартная доставка у нас {m}.",
            "Обычную доставку считаем по {m}.",
            "Смотрите: за стандартную доставку выйдет {m}.",
        ],
        "zh": [
            "**普通快递：**运费{m}\n",
            "• 标准配送：{m}\n",
            "亲，选标准配送的话运费{m}哦。",
            "{m}，就是标准配送的运费呢。",
            "标准快递这边收{m}运费～",
            "帮亲说明一下：普通快递每单运费{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "**Free shipping:** on orders over {m}\n",
            "• Free shipping for orders over {m}\n",
            "{m} is the free-shipping threshold — go over it and shipping is free.",
            "Good news — shipping is free on orders above {m}.",
            "Orders over {m} are shipped free of charge.",
            "Sure thing: spend more than {m} and you won't pay for shipping.",
        ],
        "ru": [
            "**Бесплатная доставка:** при заказе свыше {m}\n",
            "• Доставка бесплатно — для заказов дороже {m}\n",
            "Подскажу: если заказ больше {m}, доставка бесплатная.",
            "{m} — порог, выше которого доставка бесплатна.",
            "Хорошая новость: для заказов свыше {m} доставка за наш счёт.",
            "Смотрите: набираете больше чем на {m} — и доставку не платите.",
        ],
        "zh": [
            "**包邮：**订单满{m}\n",
            "• 满{m}包邮\n",
            "亲，订单满{m}就包邮哦。",
            "{m}是包邮门槛，满了就免运费啦～",
            "订单金额满{m}，运费我们包了呢。",
            "帮亲说明一下：单笔订单满{m}免运费。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "**Standard delivery:** {v}–{v2} business days\n",
            "• Standard shipping time: {v}-{v2} business days\n",
            "{v}–{v2} business days is the usual standard delivery time.",
            "Standard orders are delivered within {v}–{v2} business days.",
            "Sure thing: with standard shipping it takes {v} to {v2} business days.",
            "As far as I can see, standard parcels need {v}–{v2} business days to arrive.",
        ],
        "ru": [
            "**Обычная доставка:** {v}–{v2} рабочих {dw2}\n",
            "• Стандартная доставка — {v}–{v2} рабочих {dw2}\n",
            "Подскажу: стандартной доставкой посылка идёт {v}–{v2} рабочих {dw2}.",
            "{v}–{v2} рабочих {dw2} — столько обычно занимает стандартная доставка.",
            "Стандартной доставкой заказ доезжает за {v}–{v2} рабочих {dw2}.",
            "Смотрите: обычная доставка — это {v}–{v2} рабочих {dw2} в пути.",
        ],
        "zh": [
            "**标准配送：**{v}–{v2}个工作日\n",
            "• 普通快递时效：{v}-{v2}个工作日\n",
            "亲，走标准配送的话，{v}到{v2}个工作日能到哦。",
            "标准配送的时效是{v}~{v2}个工作日呢。",
            "普通快递在路上要{v}–{v2}个工作日～",
            "帮亲说明一下：标准快递需要{v}至{v2}个工作日送达。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "**Express shipping:** {m}\n",
            "• Express delivery: {m}\n",
            "{m} is the express shipping fee.",
            "Sure thing: express shipping costs {m}.",
            "Express shipping comes in at {m}.",
            "As far as I can see, express delivery is billed at {m}.",
        ],
        "ru": [
            "**Экспресс-доставка:** {m}\n",
            "• Срочная доставка — по цене {m}\n",
            "{m} — столько стоит экспресс-доставка.",
            "Подскажу: экспресс у нас {m}.",
            "Срочную доставку считаем по {m}.",
            "Смотрите: за экспресс-доставку выйдет {m}.",
        ],
        "zh": [
            "**加急快递：**运费{m}\n",
            "• 加急配送：{m}\n",
            "亲，选加急配送的话运费{m}哦。",
            "{m}，就是加急配送的运费呢。",
            "加急快递这边收{m}运费～",
            "帮亲说明一下：加急每单运费{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "**Express delivery:** {v}–{v2} business days\n",
            "• Express shipping time: {v}-{v2} business days\n",
            "{v}–{v2} business days is the usual express delivery time.",
            "Express orders are delivered within {v}–{v2} business days.",
            "Sure thing: with express shipping it takes {v} to {v2} business days.",
            "As far as I can see, express parcels need {v}–{v2} business days to arrive.",
        ],
        "ru": [
            "**Экспресс-доставка:** {v}–{v2} рабочих {dw2}\n",
            "• Срочная доставка — {v}–{v2} рабочих {dw2}\n",
            "Подскажу: экспрессом посылка идёт {v}–{v2} рабочих {dw2}.",
            "{v}–{v2} рабочих {dw2} — столько обычно занимает экспресс-доставка.",
            "Экспресс-доставкой заказ доезжает за {v}–{v2} рабочих {dw2}.",
            "Смотрите: срочная доставка — это {v}–{v2} рабочих {dw2} в пути.",
        ],
        "zh": [
            "**加急配送：**{v}–{v2}个工作日\n",
            "• 加急快递时效：{v}-{v2}个工作日\n",
            "亲，走加急配送的话，{v}到{v2}个工作日能到哦。",
            "加急配送的时效是{v}~{v2}个工作日呢。",
            "加急快递在路上要{v}–{v2}个工作日～",
            "帮亲说明一下：加急快递需要{v}至{v2}个工作日送达。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "**Warranty:** {v} months\n",
            "• Warranty period — {v} months\n",
            "{v} months of warranty coverage are included.",
            "Good news — the warranty runs for {v} months.",
            "Warranty coverage is provided for {v} months.",
            "Sure thing: you get a {v}-month warranty.",
        ],
        "ru": [
            "**Гарантия:** {v} {mw}\n",
            "• Гарантийный срок — {v} {mw}\n",
            "Подскажу: гарантия на товар — {v} {mw}.",
            "{v} {mw} — такой срок гарантии.",
            "Гарантия даётся на {v} {mw}.",
            "Хорошая новость: гарантия у нас {v} {mw}.",
        ],
        "zh": [
            "**保修：**{v}个月\n",
            "• 质保期：{v}个月\n",
            "亲，这边提供{v}个月保修哦。",
            "{v}个月，就是质保期限呢。",
            "保修期有{v}个月的，放心用～",
            "帮亲说明一下：质保时间为{v}个月。",
        ],
    },
}

# Order states as predicates after the order reference. Each is true of its own state only.
FRESH5_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is still pending — payment hasn't come through yet",
            "still needs to be paid",
            "has the status **Pending payment**",
            "hasn't been paid for just yet",
        ],
        "paid": [
            "has been paid and is now being prepared — it hasn't shipped yet",
            "is paid for; it's still being packed and hasn't left us",
            "has the status **Paid** (not shipped yet)",
            "is paid up and sitting in our warehouse, not yet shipped",
        ],
        "shipped": [
            "is on the move — it's been shipped but hasn't been delivered yet",
            "has been handed to the carrier and is in transit",
            "has the status **Shipped** (on its way, not delivered yet)",
            "has shipped and is currently on its way to you",
        ],
        "delivered": [
            "has already been delivered",
            "has the status **Delivered**",
            "was successfully delivered",
            "has been delivered — the delivery is complete",
        ],
        "returned": [
            "has been returned, and the return was received",
            "has the status **Returned**",
            "was sent back and we've received it as a return",
            "has come back to us — it's marked as returned",
        ],
        "cancelled": [
            "has been cancelled, so it won't be shipped",
            "has the status **Cancelled**",
            "was cancelled and won't go out",
            "has been cancelled — nothing is on its way",
        ],
    },
    "ru": {
        "pending": [
            "пока ждёт оплаты — деньги ещё не поступили",
            "в статусе **Ожидает оплаты**",
            "ещё не оплачен, поэтому в работу не ушёл",
        ],
        "paid": [
            "оплачен, сейчас его собирают, но ещё не отправили",
            "в статусе **Оплачен** — ещё не отправлен",
            "уже оплачен, но пока не отгружен",
        ],
        "shipped": [
            "уже отправлен, едет к вам, но пока не доставлен",
            "в статусе **Отправлен** — посылка в дороге",
            "отправлен и сейчас в дороге, ещё не вручён",
        ],
        "delivered": [
            "уже доставлен, получение подтверждено",
            "в статусе **Доставлен**",
            "благополучно вручён",
        ],
        "returned": [
            "вернулся к нам, возврат принят",
            "в статусе **Возвращён**",
            "оформлен как возврат, товар к нам уже пришёл",
        ],
        "cancelled": [
            "отменён — отправки не будет",
            "в статусе **Отменён**",
            "был отменён, так что отправлять его не будем",
        ],
    },
    "zh": {
        "pending": ["还没付款哦，目前是待付款状态", "在等您付款呢", "目前是**待付款**状态"],
        "paid": [
            "已经付款啦，仓库正在备货，还没发货哦",
            "目前是**已付款**状态，还没发出呢",
            "付款成功了，正在打包，暂未发货",
        ],
        "shipped": [
            "已经发货啦，正在路上，还没签收哦",
            "目前是**已发货**状态，包裹在运输中",
            "已经交给快递了，在路上呢，还没送到",
        ],
        "delivered": ["已经签收啦", "目前是**已签收**状态", "已经送到了哦，显示已签收"],
        "returned": ["已经退货成功啦，商品已退回仓库", "目前是**已退货**状态", "退回的商品我们已经收到了，退货完成"],
        "cancelled": ["已经取消了哦，不会再发货", "目前是**已取消**状态", "已取消啦，不会发出"],
    },
}

# Store-currency (USD) money. {a}: the amount written the language's way.
FRESH5_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a} USD", "{a} dollars", "${a}", "$ {a} (US)"],
    "ru": ["{a} $", "$ {a}", "{a}\u202f$", "{a} долл. (USD)"],
    "zh": ["${a}", "{a}刀", "{a} 美元", "{a}美元（$）"],
}
# The same amounts in another currency: a planted error whatever the number (the store currency is USD).
FRESH5_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["¥{a}", "{a} Canadian dollars", "AU$ {a}", "{a} pesos", "₹{a}", "{a} euro", "{a} Hong Kong dollars"],
    "ru": ["¥{a}", "{a} р.", "{a} гонконгских долларов", "₸{a}", "{a} AUD", "{a} руб", "€ {a}"],
    "zh": ["¥{a}", "￥{a}", "{a}块", "{a}欧", "{a}加币", "{a}元", "{a}新币"],
}
# Every format carries the year, and none puts day and month in an order a reader could swap.
FRESH5_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{ap_mon} {d}, {y}",
        "{weekday}, {d_th} {month} {y}",
        "{month} {d}, {y}, a {weekday}",
        "{dd} {MON} {y}",
        "{d} {month}, {y}",
        "{month} the {d_th}, {y}",
    ],
    "ru": [
        "{d} {month_ru} {y}-го",
        "{d}.{mm}.{y}",
        "{d} {month_ru} {y} года",
        "{d} {mon_ru3} {y}",
        "{d} {month_ru} {y} г. ({wd_ru_short})",
    ],
    "zh": [
        "{y}年{m}月{d}日",
        "{y} 年 {m} 月 {d} 日",
        "{y}/{m}/{d}",
        "{y}年{m}月{d}日，周{wd_zh}",
        "{y}年{mm}月{dd}号",
    ],
}


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH5_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH5_STATES, state, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount as a chat reply types it: whole amounts sometimes without cents ("75"), English and Chinese
    with or without thousands commas, Russian with a comma for the decimals and a space, a no-break space or
    nothing between thousands. Cents that are not zero are always written."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    drop_cents = frac == "00" and rng.random() < 0.4
    if language == "ru":
        grouped = f"{int(whole):,}".replace(",", rng.choice([" ", "\u00a0", ""]))
        return grouped if drop_cents else f"{grouped},{frac}"
    grouped = f"{int(whole):,}" if rng.random() < 0.5 else whole
    return grouped if drop_cents else f"{grouped}.{frac}"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    return rng.choice(FRESH5_MONEY_FORMATS[language]).format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(FRESH5_OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def _ap_month(month: int) -> str:
    """The month as AP style abbreviates it in a full date: "Jan.", "Sept.", but "May", "June", "July" whole."""
    name = EN_MONTHS[month - 1]
    if len(name) <= 4:
        return name
    return "Sept." if month == 9 else f"{name[:3]}."


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH5_DATE_FORMATS[language])
    month = EN_MONTHS[day.month - 1]
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        d_th=en_suffixed(day.day),
        month=month,
        ap_mon=_ap_month(day.month),
        MON=month[:3].upper(),
        weekday=EN_WEEKDAYS[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        mon_ru3=RU_MONTHS[day.month - 1][:3],
        wd_ru_short=RU_WEEKDAYS_SHORT[day.weekday()],
        wd_zh=ZH_WEEKDAYS[day.weekday()],
    )


__all__ = [
    "FRESH5",
    "FRESH5_DATE_FORMATS",
    "FRESH5_MONEY_FORMATS",
    "FRESH5_OTHER_CURRENCY",
    "FRESH5_PATTERNS",
    "FRESH5_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
