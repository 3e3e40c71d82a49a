"""A third development split for the grounding eval: more varied wordings, written for tuning the verifier.

The development and "development (read)" splits (``evals.grounding_wording``) each hold a few patterns per claim;
a verifier tuned on them learns their exact phrasing. This split holds many more, written from how language models
and shop assistants phrase prices, stock, sizes, colours, order states and dates, and policy figures in en/ru/zh
(markdown bold names, "retails for", "will set you back" style idioms, US and ISO dates, "US dollars", "долл. США",
"美金"...). It is a development split: its errors are read while the verifier is tuned. It was written without
reading the fresh held-out split.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; ``evals.grounding_cases``
calls these for the ``VARIETY`` split.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import EN_MONTHS, RU_MONTHS
from evals.grounding_wording import phrase_from, pick_from

VARIETY = "development (variety)"

# claim -> language -> patterns
PATTERNS: dict[str, dict[str, list[str]]] = {
    "P": {
        "en": [
            "The {name} is priced at {price}.",
            "{name} is {price}.",
            "It's {price} for the {name}.",
            "The {name} retails for {price}.",
            "{name} currently costs {price}.",
            "You'll pay {price} for the {name}.",
            "**{name}**: {price}.",
            "The {name} comes in at {price}.",
            "The {name} is listed at {price}.",
            "{name}, at {price}, is a solid pick.",
        ],
        "ru": [
            "Цена на {name} — {price}.",
            "{name} можно купить за {price}.",
            "Стоимость: {name} — {price}.",
            "{name} продаётся по цене {price}.",
            "{name} — всего {price}.",
            "За {name} нужно заплатить {price}.",
            "**{name}** — {price}.",
            "{name} предлагается по цене {price}.",
        ],
        "zh": [
            "{name}的售价为{price}。",
            "{name}目前售价{price}。",
            "{name}标价{price}。",
            "{name}卖{price}。",
            "{name}仅售{price}。",
            "{name}的价格：{price}。",
            "这款{name}的价格是{price}。",
            "{name}定价{price}。",
            "**{name}**：{price}。",
        ],
    },
    "PQ": {
        "en": [
            "The {name} is {price}, and there are {qty} in stock.",
            "{name}: {price}, {qty} available.",
            "We have {qty} of the {name} at {price} each.",
            "The {name} costs {price}, and only {qty} are left.",
            "{name} is priced at {price} with {qty} units in stock.",
        ],
        "ru": [
            "{name} — {price}, в наличии {qty} шт.",
            "{name} стоит {price}; на складе осталось {qty} шт.",
            "{name} за {price}, доступно {qty} шт.",
            "{name} по цене {price}, осталось всего {qty} шт.",
        ],
        "zh": [
            "{name}售价{price}，目前库存{qty}件。",
            "{name}价格为{price}，现有{qty}件。",
            "{name}：{price}，剩余{qty}件。",
            "{name}每件{price}，仓库里还有{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "The {name} is {price} and in stock.",
            "{name} — {price}, available now.",
            "The {name} ({price}) is in stock and ready to ship.",
            "Yes, the {name} is available for {price}.",
        ],
        "ru": [
            "{name} в наличии, цена — {price}.",
            "{name} есть на складе, стоит {price}.",
            "{name} за {price} — есть в наличии.",
            "{name} доступен для заказа по цене {price}.",
        ],
        "zh": [
            "{name}有现货，售价{price}。",
            "{name}（{price}）目前有库存。",
            "{name}现货供应，价格{price}。",
            "{name}在售，价格为{price}。",
        ],
    },
    "PO": {
        "en": [
            "The {name} ({price}) is out of stock right now.",
            "Unfortunately the {name}, priced at {price}, is currently unavailable.",
            "The {name} is {price}, but we don't have any in stock.",
            "The {name} usually sells for {price}, but it's sold out.",
        ],
        "ru": [
            "{name} стоит {price}, но сейчас его нет на складе.",
            "К сожалению, {name} ({price}) закончился.",
            "{name} за {price} сейчас отсутствует в наличии.",
            "{name} ({price}) временно нет в наличии.",
        ],
        "zh": [
            "{name}售价{price}，可惜目前没有库存。",
            "{name}（{price}）暂时缺货。",
            "{name}价格{price}，但已经售罄了。",
            "很遗憾，{name}（{price}）现在没货。",
        ],
    },
    "Q": {
        "en": [
            "We currently have {qty} units of the {name}.",
            "Stock for the {name}: {qty}.",
            "The {name} has {qty} units left.",
            "{qty} of the {name} are available.",
            "Only {qty} left of the {name}.",
        ],
        "ru": [
            "{name}: в наличии {qty} шт.",
            "На складе {qty} шт. товара «{name}».",
            "{name} — в наличии {qty} единиц.",
            "Осталось {qty} шт.: {name}.",
        ],
        "zh": [
            "{name}现有库存{qty}件。",
            "{name}目前还有{qty}件。",
            "{name}库存还剩{qty}件。",
            "{name}仓库里有{qty}件。",
        ],
    },
    "I": {
        "en": [
            "The {name} is available right now.",
            "Yes — the {name} is in stock.",
            "We have the {name} in stock.",
            "The {name} is currently in stock.",
            "The {name} is available to order today.",
        ],
        "ru": [
            "{name} сейчас в наличии.",
            "Да, {name} есть на складе.",
            "{name} имеется в наличии.",
            "{name} доступен для заказа.",
        ],
        "zh": ["{name}现在有现货。", "{name}有库存，可以下单。", "{name}目前在售，有货。", "好消息，{name}有货。"],
    },
    "O": {
        "en": [
            "The {name} is currently out of stock.",
            "Unfortunately, the {name} is unavailable at the moment.",
            "We don't have the {name} in stock right now.",
            "The {name} isn't in stock at the moment.",
            "The {name} is not available right now.",
        ],
        "ru": [
            "{name} сейчас отсутствует.",
            "Увы, {name} закончился.",
            "{name} временно нет в наличии.",
            "{name} сейчас нет на складе.",
        ],
        "zh": ["{name}目前没有库存。", "{name}已售罄。", "{name}暂时断货。", "很抱歉，{name}现在没货了。"],
    },
    "S": {
        "en": [
            "The {name} is available in size {size}.",
            "Size {size} is available for the {name}.",
            "You can get the {name} in size {size}.",
            "The {name} comes in a size {size}.",
        ],
        "ru": [
            "{name} доступен в размере {size}.",
            "Для модели «{name}» есть размер {size}.",
            "У товара «{name}» есть размер {size}.",
            "{name}: доступен размер {size}.",
        ],
        "zh": ["{name}有{size}码可选。", "{name}的{size}码有货。", "{name}尺码：{size}。", "{name}可以选{size}码。"],
    },
    "C": {
        "en": [
            "The {name} is available in {colour}.",
            "You can get the {name} in {colour}.",
            "Colour of the {name}: {colour}.",
            "The {name} comes in a {colour} finish.",
        ],
        "ru": ["{name} доступен в цвете «{colour}».", "Цвет товара «{name}» — {colour}.", "{name}, цвет — {colour}."],
        "zh": ["{name}是{colour}款。", "{name}颜色为{colour}。", "{name}有{colour}可选。"],
    },
    "PP": {
        "en": [
            "The {name} costs {price} and the {name2} costs {price2}.",
            "{name} is {price}, whereas {name2} is {price2}.",
            "For comparison: {name} – {price}, {name2} – {price2}.",
            "The {name} ({price}) vs. the {name2} ({price2}).",
        ],
        "ru": [
            "{name} — {price}, {name2} — {price2}.",
            "{name} стоит {price}, тогда как {name2} — {price2}.",
            "Для сравнения: {name} за {price} и {name2} за {price2}.",
        ],
        "zh": [
            "{name}售价{price}，{name2}售价{price2}。",
            "{name}是{price}，{name2}则是{price2}。",
            "对比一下：{name}{price}，{name2}{price2}。",
        ],
    },
    "count": {
        "en": [
            "Here are {count} options for you.",
            "I found {count} products that match.",
            "There are {count} items that fit.",
            "{count} results came up.",
        ],
        "ru": ["Нашлось вариантов: {count}.", "Подобрал для вас {count} шт.", "Всего найдено товаров: {count}."],
        "zh": [
            "找到了{count}款商品。",
            "为您推荐{count}个商品。",
            "一共有{count}个选择。",
            "这里有{count}款符合要求的商品。",
        ],
    },
    "ref": {
        "en": ["Order {n}", "Your order {n}", "Order #{n}", "Order number {n}", "Your order no. {n}"],
        "ru": ["Заказ №{n}", "Ваш заказ {n}", "Заказ номер {n}", "Заказ № {n}"],
        "zh": ["订单{n}", "您的订单{n}", "订单 #{n}", "订单号{n}"],
    },
    "state": {
        "en": [
            "{ref} {state}.",
            "Good news: {ref_low} {state}.",
            "I checked, and {ref_low} {state}.",
            "Update on {ref_low}: it {state}.",
        ],
        "ru": ["{ref} {state}.", "Я проверил: {ref_low} {state}.", "Статус такой: {ref_low} {state}."],
        "zh": ["{ref}{state}。", "您好，{ref}{state}。", "查询结果：{ref}{state}。"],
    },
    "date.expected_delivery": {
        "en": [
            "It should arrive by {date}.",
            "Estimated delivery: {date}.",
            "The expected delivery date is {date}.",
            "You can expect it on {date}.",
        ],
        "ru": [
            "Ожидаемая дата доставки — {date}.",
            "Доставка ожидается {date}.",
            "Он прибудет {date}.",
            "Планируемая дата доставки: {date}.",
        ],
        "zh": ["预计送达日期为{date}。", "预计{date}送达。", "预计会在{date}送到。", "预计到货时间：{date}。"],
    },
    "date.delivered_on": {
        "en": [
            "It was delivered on {date}.",
            "Delivered on {date}.",
            "{ref} was delivered on {date}.",
            "It arrived on {date}.",
        ],
        "ru": ["Доставлен {date}.", "Заказ вручён {date}.", "Вы получили его {date}."],
        "zh": ["已于{date}送达。", "签收时间：{date}。", "{date}签收。", "于{date}交付。"],
    },
    "date.shipped_on": {
        "en": [
            "It shipped on {date}.",
            "It was dispatched on {date}.",
            "Shipped on {date}.",
            "We sent it out on {date}.",
        ],
        "ru": ["Отправлен {date}.", "Дата отправки — {date}.", "Мы отправили его {date}."],
        "zh": ["已于{date}发货。", "发货日期：{date}。", "{date}已发出。"],
    },
    "date.placed_on": {
        "en": ["It was placed on {date}.", "Order date: {date}.", "You ordered it on {date}.", "Placed {date}."],
        "ru": ["Дата оформления — {date}.", "Заказ оформлен {date}.", "Вы сделали заказ {date}."],
        "zh": ["下单日期：{date}。", "您在{date}下单。", "订单创建于{date}。", "下单时间为{date}。"],
    },
    "total": {
        "en": [
            "The order total is {total}.",
            "Total: {total}.",
            "You paid {total} in total.",
            "Your total was {total}.",
        ],
        "ru": ["Итого: {total}.", "Общая сумма — {total}.", "Вы заплатили {total}."],
        "zh": ["订单金额：{total}。", "总计{total}。", "实付{total}。", "共计{total}。"],
    },
    "carrier": {
        "en": [
            "It's being delivered by {carrier}.",
            "Shipped via {carrier}.",
            "Carrier: {carrier}.",
            "{carrier} has it.",
        ],
        "ru": ["Доставляет {carrier}.", "Служба доставки — {carrier}.", "Отправлено через {carrier}."],
        "zh": ["快递公司：{carrier}。", "通过{carrier}发货。", "物流：{carrier}。"],
    },
    "policy.return_days": {
        "en": [
            "You can return it within {v} days.",
            "Our return window is {v} days.",
            "Returns are accepted up to {v} days after purchase.",
            "You have {v} days to send it back.",
        ],
        "ru": [
            "Срок возврата — {v} {dw}.",
            "Товар можно вернуть в течение {v} {dwg} после покупки.",
            "На возврат у вас есть {v} {dw}.",
        ],
        "zh": ["可在{v}天内退货。", "退货期为{v}天。", "收货后{v}天内可申请退货。", "支持{v}天无理由退货。"],
    },
    "policy.refund_days": {
        "en": [
            "Refunds are processed within {v}–{v2} business days.",
            "You'll get your money back in {v} to {v2} business days.",
            "Expect your refund within {v}-{v2} working days.",
        ],
        "ru": ["Деньги поступят в течение {v}–{v2} рабочих {dw2}.", "Возврат денег занимает {v}-{v2} рабочих {dw2}."],
        "zh": ["退款将在{v}至{v2}个工作日内到账。", "退款一般需要{v}~{v2}个工作日。"],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "There's a {v}% restocking fee on opened items that aren't defective.",
            "Opened, non-defective items are subject to a {v} percent restocking fee.",
        ],
        "ru": [
            "За возврат вскрытого товара без брака удерживается {v}%.",
            "Комиссия за возврат вскрытого исправного товара — {v} процентов.",
        ],
        "zh": ["已开封且无质量问题的商品需收取{v}%的重新上架费。", "拆封后无故障退货需扣除{v}%的费用。"],
    },
    "policy.standard_fee": {
        "en": ["Standard delivery is {m}.", "Standard shipping costs {m}.", "Shipping (standard) is {m}."],
        "ru": ["Стоимость стандартной доставки — {m}.", "Стандартная доставка обойдётся в {m}."],
        "zh": ["标准配送费用为{m}。", "普通快递运费是{m}。"],
    },
    "policy.free_shipping_over": {
        "en": [
            "Orders over {m} get free shipping.",
            "We offer free shipping for orders above {m}.",
            "Free delivery kicks in once your order is over {m}.",
        ],
        "ru": ["Бесплатная доставка для заказов от {m}.", "Доставка бесплатна при заказе на сумму свыше {m}."],
        "zh": ["订单满{m}免运费。", "满{m}即可享受免费配送。"],
    },
    "policy.standard_days": {
        "en": [
            "Standard delivery takes {v}–{v2} business days.",
            "With standard shipping, expect {v} to {v2} business days.",
        ],
        "ru": ["Стандартная доставка — {v}–{v2} рабочих {dw2}.", "Обычная доставка занимает {v}-{v2} рабочих {dw2}."],
        "zh": ["标准配送需{v}至{v2}个工作日。", "普通快递一般{v}~{v2}个工作日送达。"],
    },
    "policy.express_fee": {
        "en": ["Express delivery is {m}.", "Expedited shipping costs {m}.", "Express shipping will cost you {m}."],
        "ru": ["Экспресс-доставка — {m}.", "Стоимость срочной доставки составляет {m}."],
        "zh": ["加急配送费用为{m}。", "特快配送收费{m}。"],
    },
    "policy.express_days": {
        "en": [
            "Express delivery takes {v}–{v2} business days.",
            "With expedited shipping it arrives in {v} to {v2} business days.",
        ],
        "ru": ["Экспресс-доставка занимает {v}–{v2} рабочих {dw2}.", "Срочно доставим за {v}–{v2} рабочих {dw2}."],
        "zh": ["加急配送需要{v}至{v2}个工作日。", "选择特快{v}~{v2}个工作日送达。"],
    },
    "policy.warranty_months": {
        "en": ["It comes with a {v}-month warranty.", "The warranty period is {v} months.", "Warranty: {v} months."],
        "ru": ["Гарантия — {v} {mw}.", "Срок гарантии составляет {v} {mw}.", "Даём гарантию на {v} {mw}."],
        "zh": ["保修期{v}个月。", "提供{v}个月质保。", "享受{v}个月保修服务。"],
    },
}

STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is awaiting payment",
            "is still pending payment",
            "hasn't been paid for yet",
            "is on hold until the payment comes through",
        ],
        "paid": ["has been paid and is being packed", "is paid and being processed", "is paid and hasn't shipped yet"],
        "shipped": ["has been shipped", "is on the way", "has been dispatched", "is in transit"],
        "delivered": ["has been delivered", "was delivered to you", "has arrived", "was successfully delivered"],
        "returned": ["has been returned", "was returned to us", "was sent back to us as a return"],
        "cancelled": ["has been cancelled", "was canceled", "is cancelled"],
    },
    "ru": {
        "pending": ["ожидает оплаты", "пока не оплачен", "ждёт оплаты"],
        "paid": ["оплачен и готовится к отправке", "оплачен, его собирают", "оплачен, но ещё не отправлен"],
        "shipped": ["отправлен", "уже отправлен и едет к вам", "в пути", "передан в службу доставки"],
        "delivered": ["доставлен", "уже доставлен", "был доставлен", "вручён получателю"],
        "returned": ["возвращён", "был возвращён", "оформлен как возврат"],
        "cancelled": ["отменён", "был отменён", "аннулирован"],
    },
    "zh": {
        "pending": ["待付款", "尚未付款", "正在等待付款", "还未支付"],
        "paid": ["已付款，正在准备发货", "已支付，等待发货", "付款完成，正在打包"],
        "shipped": ["已发货", "正在配送中", "已经发出，正在路上", "已交给快递"],
        "delivered": ["已送达", "已签收", "已经送到了", "已成功送达"],
        "returned": ["已退货", "已退回", "已完成退货"],
        "cancelled": ["已取消", "已被取消", "已经取消了"],
    },
}

# {a}: the amount written the language's way
MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "US${a}", "{a} USD", "USD {a}", "$ {a}", "{a} dollars", "{a} US dollars"],
    "ru": ["{a} $", "{a} долл.", "${a}", "{a} USD", "{a} долларов", "$ {a}", "{a} долл. США"],
    "zh": ["{a}美元", "US${a}", "${a}", "{a} 美元", "USD {a}", "{a}美金"],
}
OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["€{a}", "{a} euros", "£{a}", "{a} GBP", "₽{a}", "{a} RUB", "¥{a}", "{a} yuan", "RMB {a}"],
    "ru": ["{a} руб.", "{a} ₽", "{a} рублей", "{a} евро", "{a} юаней", "{a} €", "£{a}"],
    "zh": ["¥{a}", "￥{a}", "{a}元", "{a}人民币", "{a}欧元", "€{a}", "{a}卢布", "RMB{a}", "{a}块"],
}
DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{month} {d}, {y}",
        "{d} {month} {y}",
        "{mon}. {d}, {y}",
        "{month} {d}{suffix}, {y}",
        "{weekday}, {d} {month} {y}",
        "{m}/{d}/{y}",
        "{y}-{mm}-{dd}",
        "the {d}{suffix} of {month}, {y}",
    ],
    "ru": [
        "{d} {month_ru} {y} г.",
        "{d} {month_ru} {y} года",
        "{dd}.{mm}.{y}",
        "{dd}.{mm}.{y} г.",
        "{weekday_ru}, {d} {month_ru} {y} г.",
    ],
    "zh": [
        "{y}年{m}月{d}日",
        "{y}年{mm}月{dd}日",
        "{y}-{mm}-{dd}",
        "{y}年{m}月{d}号",
        "{y}年{m}月{d}日（{weekday_zh}）",
    ],
}

# A second batch of wordings, added after the first had been tuned against (so the first batch's figures
# measured generalization only once, before that tuning).
_MORE_PATTERNS: dict[str, dict[str, list[str]]] = {
    "P": {
        "en": [
            "- **{name}** — {price}\n",
            "Price: {price} for the {name}.",
            "You can pick up the {name} for just {price}.",
            "The {name} will cost you {price}.",
            "At {price}, the {name} is great value.",
        ],
        "ru": [
            "- **{name}** — {price}\n",
            "{name} стоит всего {price}.",
            "Стоимость «{name}» — {price}.",
            "Цена: {price} ({name}).",
        ],
        "zh": [
            "- **{name}**：{price}\n",
            "{name}现价{price}。",
            "{name}只卖{price}。",
            "{name}，价格{price}。",
            "您看中的{name}售价是{price}。",
            "{name}的单价为{price}。",
        ],
    },
    "PQ": {
        "en": [
            "The {name} costs {price}; we have {qty} in stock.",
            "{name} — {price} ({qty} in stock).",
            "There are {qty} units of the {name} left, priced at {price} each.",
        ],
        "ru": [
            "{name}: цена {price}, остаток {qty} шт.",
            "{name} по {price}, на складе {qty} шт.",
            "В наличии {qty} шт. товара «{name}» по цене {price}.",
        ],
        "zh": [
            "{name}售价{price}，库存还有{qty}件。",
            "{name}（{price}）剩{qty}件。",
            "{name}现货{qty}件，每件{price}。",
        ],
    },
    "PI": {
        "en": [
            "Good news — the {name} is in stock at {price}.",
            "The {name} is available now for {price}.",
            "{name}: {price}, in stock.",
        ],
        "ru": ["{name} есть в наличии по цене {price}.", "Хорошая новость: {name} в наличии, {price}."],
        "zh": ["{name}有货，{price}。", "{name}目前有库存，售价{price}。"],
    },
    "PO": {
        "en": [
            "Sorry, the {name} ({price}) is sold out.",
            "The {name}, normally {price}, is out of stock at the moment.",
            "We're out of the {name} ({price}) right now.",
        ],
        "ru": ["{name} ({price}) распродан.", "Увы, {name} за {price} сейчас нет в наличии."],
        "zh": ["{name}（{price}）已经断货了。", "{name}原价{price}，目前无货。"],
    },
    "Q": {
        "en": [
            "There are {qty} left of the {name}.",
            "We've got {qty} of the {name} on hand.",
            "{name}: {qty} in stock.",
        ],
        "ru": ["{name}: осталось {qty} шт.", "На складе есть {qty} шт.: {name}."],
        "zh": ["{name}剩余库存{qty}件。", "{name}库存：{qty}件。"],
    },
    "I": {
        "en": ["The {name} is in stock and ready to ship.", "Yes, we have the {name} available."],
        "ru": ["{name} есть в продаже.", "{name} можно заказать прямо сейчас."],
        "zh": ["{name}现货充足。", "{name}可以立即下单。"],
    },
    "O": {
        "en": [
            "The {name} is sold out at the moment.",
            "Sorry, we're out of the {name} right now.",
            "The {name} is temporarily out of stock.",
        ],
        "ru": ["{name} раскупили.", "К сожалению, {name} сейчас нет в продаже."],
        "zh": ["{name}暂时没有现货。", "{name}卖光了。"],
    },
    "S": {
        "en": ["The {name} is offered in size {size}.", "We have the {name} in size {size}."],
        "ru": ["Есть {name} размера {size}."],
        "zh": ["{name}尺码{size}有货。"],
    },
    "C": {
        "en": ["The {name} is {colour}.", "The colour on the {name} is {colour}."],
        "ru": ["{name} — {colour}.", "Цвет: {colour} ({name})."],
        "zh": ["{name}为{colour}。", "{name}颜色：{colour}。"],
    },
    "PP": {
        "en": [
            "The {name} is {price}; the {name2} is {price2}.",
            "{name}: {price}. {name2}: {price2}.",
            "If you compare, the {name} costs {price} and the {name2} {price2}.",
        ],
        "ru": ["{name} обойдётся в {price}, а {name2} — в {price2}.", "{name} ({price}) и {name2} ({price2})."],
        "zh": ["{name}（{price}）和{name2}（{price2}）。", "{name}卖{price}，{name2}卖{price2}。"],
    },
    "count": {
        "en": ["I've got {count} picks for you.", "Here are {count} matching products."],
        "ru": ["Найдено {count} шт."],
        "zh": ["共找到{count}件商品。", "有{count}款可选。"],
    },
    "ref": {"en": ["Your order #{n}"], "ru": ["Заказ #{n}"], "zh": ["{n}号订单"]},
    "date.expected_delivery": {
        "en": ["Delivery is expected on {date}.", "ETA: {date}."],
        "ru": ["Ожидаем доставку {date}.", "Ориентировочная дата доставки: {date}."],
        "zh": ["预计于{date}送达。", "大约{date}到货。"],
    },
    "date.delivered_on": {
        "en": ["It reached you on {date}.", "You received it on {date}."],
        "ru": ["Получен {date}."],
        "zh": ["已于{date}签收。"],
    },
    "date.shipped_on": {
        "en": ["It left our warehouse on {date}.", "It went out on {date}."],
        "ru": ["Отгружен {date}."],
        "zh": ["于{date}发出。"],
    },
    "date.placed_on": {
        "en": ["You placed the order on {date}.", "It was ordered on {date}."],
        "ru": ["Дата заказа: {date}."],
        "zh": ["下单于{date}。"],
    },
    "total": {
        "en": ["That comes to {total} in total.", "Order total: {total}."],
        "ru": ["Сумма: {total}."],
        "zh": ["合计金额{total}。"],
    },
    "carrier": {"en": ["Your carrier is {carrier}."], "ru": ["Перевозчик: {carrier}."], "zh": ["由{carrier}承运。"]},
    "policy.return_days": {
        "en": ["We accept returns within {v} days of delivery.", "There's a {v}-day return window."],
        "ru": ["Возврат возможен в течение {v} {dwg}."],
        "zh": ["{v}天无理由退货。"],
    },
    "policy.refund_days": {
        "en": ["Refunds take {v}-{v2} business days to process."],
        "ru": ["Средства вернутся через {v}–{v2} рабочих {dw2}."],
        "zh": ["退款{v}-{v2}个工作日内原路退回。"],
    },
    "policy.restocking_fee_pct": {
        "en": ["Opened items without defects carry a {v}% restocking fee."],
        "ru": ["Удерживаем {v}% за вскрытый товар без дефектов."],
        "zh": ["开封且无瑕疵的商品收取{v}%手续费。"],
    },
    "policy.standard_fee": {
        "en": ["Standard shipping is a flat {m}."],
        "ru": ["Обычная доставка — {m}."],
        "zh": ["普通配送收费{m}。"],
    },
    "policy.free_shipping_over": {
        "en": ["Shipping is free for orders over {m}."],
        "ru": ["Доставим бесплатно, если заказ дороже {m}."],
        "zh": ["订单金额超过{m}即可免运费。"],
    },
    "policy.standard_days": {
        "en": ["Standard shipping usually takes {v}-{v2} business days."],
        "ru": ["Обычная доставка — от {v} до {v2} рабочих {dw2}."],
        "zh": ["普通配送通常需要{v}到{v2}个工作日。"],
    },
    "policy.express_fee": {
        "en": ["Express shipping is {m}."],
        "ru": ["Экспресс обойдётся в {m}."],
        "zh": ["加急费用{m}。"],
    },
    "policy.express_days": {
        "en": ["Express orders arrive within {v}-{v2} business days."],
        "ru": ["Экспресс-доставка — от {v} до {v2} рабочих {dw2}."],
        "zh": ["加急{v}-{v2}个工作日到。"],
    },
    "policy.warranty_months": {
        "en": ["There's a {v}-month warranty on it.", "It's covered by a {v} month warranty."],
        "ru": ["Гарантийный срок — {v} {mw}."],
        "zh": ["质保{v}个月。"],
    },
}
_MORE_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": ["is pending payment"],
        "paid": ["has been paid for and is waiting to ship", "is paid and we're getting it ready"],
        "shipped": ["is on its way to you", "has left our warehouse", "has been handed to the carrier"],
        "delivered": ["has reached you", "is delivered"],
        "returned": ["has been returned and processed", "came back to us"],
        "cancelled": ["has been canceled"],
    },
    "ru": {
        "pending": ["не оплачен", "ожидает вашей оплаты"],
        "paid": ["оплачен, готовим к отправке"],
        "shipped": ["уже отправлен", "отправлен и находится в пути"],
        "delivered": ["был вручён", "доставлен вам"],
        "returned": ["вернулся на склад"],
        "cancelled": ["был аннулирован"],
    },
    "zh": {
        "pending": ["等待付款中", "还没有支付"],
        "paid": ["已经付款，等待发货"],
        "shipped": ["已寄出", "正在运输中"],
        "delivered": ["已经送达", "已被签收"],
        "returned": ["已经退货", "已退货退款"],
        "cancelled": ["已作废"],
    },
}
_MORE_MONEY: dict[str, list[str]] = {"en": ["${a} USD"], "ru": ["{a} долл", "{a}$"], "zh": ["{a} 美金"]}
_MORE_OTHER: dict[str, list[str]] = {
    "en": ["{a} CNY", "{a} pounds", "{a} yen"],
    "ru": ["{a} р.", "{a} фунтов"],
    "zh": ["{a}块钱", "{a}日元", "{a}英镑"],
}
_MORE_DATES: dict[str, list[str]] = {
    "en": ["{mon} {d}, {y}", "{dd}/{mm}/{y}", "{weekday} {d} {month} {y}"],
    "ru": ["{d} {mon_ru} {y} г."],
    "zh": [],
}
for _claim, _langs in _MORE_PATTERNS.items():
    for _lang, _more in _langs.items():
        PATTERNS[_claim][_lang] += _more
for _lang, _states in _MORE_STATES.items():
    for _state, _more in _states.items():
        STATES[_lang][_state] += _more
for _table, _more_table in ((MONEY_FORMATS, _MORE_MONEY), (OTHER_CURRENCY, _MORE_OTHER), (DATE_FORMATS, _MORE_DATES)):
    for _lang, _more in _more_table.items():
        _table[_lang] += _more


# A third batch, measured once before being tuned against.
_THIRD_PATTERNS: dict[str, dict[str, list[str]]] = {
    "P": {
        "en": ["The {name} sells at {price} right now.", "Looking at the {name}? It's {price}.", "{name} | {price}\n"],
        "ru": ["Сейчас {name} стоит {price}.", "{name} — цена {price}.", "По цене {price} можно взять {name}."],
        "zh": ["{name}售价：{price}。", "{name}的零售价是{price}。", "{price}就能买到{name}。"],
    },
    "PQ": {
        "en": [
            "The {name} is {price} and we still have {qty} units.",
            "{qty} units of the {name} are in stock at {price}.",
        ],
        "ru": ["{name} стоит {price}, на складе {qty} шт.", "Осталось {qty} шт. товара «{name}», цена — {price}."],
        "zh": ["{name}价格{price}，仓库还剩{qty}件。", "{name}库存{qty}件，售价{price}。"],
    },
    "PI": {
        "en": ["The {name} is in stock for {price}.", "You can order the {name} today at {price}."],
        "ru": ["{name} в наличии за {price}.", "{name} по {price} есть на складе."],
        "zh": ["{name}库存充足，售价{price}。", "{name}有现货，只要{price}。"],
    },
    "PO": {
        "en": ["The {name} costs {price} but is currently unavailable.", "The {name} ({price}) has sold out."],
        "ru": ["{name} стоит {price}, но его сейчас нет.", "{name} ({price}) сейчас не в наличии."],
        "zh": ["{name}售价{price}，不过暂时无货。", "{name}（{price}）目前已下架缺货。"],
    },
    "Q": {
        "en": ["There are currently {qty} units of the {name} in stock.", "We have {qty} pieces of the {name} left."],
        "ru": ["{name} в количестве {qty} шт. есть на складе.", "Товара «{name}» на складе {qty} шт."],
        "zh": ["{name}库存数量为{qty}件。", "{name}还剩下{qty}件现货。"],
    },
    "I": {
        "en": ["We do have the {name} in stock.", "The {name} is in stock at the moment."],
        "ru": ["{name} сейчас есть в наличии.", "{name} в наличии на складе."],
        "zh": ["{name}库存充足。", "{name}目前有现货。"],
    },
    "O": {
        "en": ["I'm afraid the {name} is out of stock.", "The {name} isn't available right now."],
        "ru": ["{name}, к сожалению, нет в наличии.", "Товара «{name}» сейчас нет в наличии."],
        "zh": ["{name}目前缺货。", "很遗憾，{name}已经卖完了。"],
    },
    "S": {
        "en": ["The {name} is available in a size {size}."],
        "ru": ["{name} есть в размере {size} — можно заказать."],
        "zh": ["{name}有{size}码的。"],
    },
    "C": {
        "en": ["The {name} is a {colour} one."],
        "ru": ["{name} в цвете «{colour}»."],
        "zh": ["{name}是{colour}的款式。"],
    },
    "PP": {
        "en": [
            "{name} ({price}) or {name2} ({price2}).",
            "The {name} is priced at {price}, and the {name2} at {price2}.",
        ],
        "ru": ["{name} за {price} или {name2} за {price2}."],
        "zh": ["{name}售{price}，{name2}售{price2}。"],
    },
    "count": {
        "en": ["We've got {count} options that match."],
        "ru": ["Подходящих вариантов: {count}."],
        "zh": ["我找到{count}款合适的商品。"],
    },
    "ref": {"en": ["Order {n}"], "ru": ["Заказ {n}"], "zh": ["订单编号{n}"]},
    "state": {
        "en": ["Status of {ref_low}: it {state}."],
        "ru": ["По данным системы, {ref_low} {state}."],
        "zh": ["系统显示{ref}{state}。"],
    },
    "date.expected_delivery": {
        "en": ["It's scheduled to arrive on {date}."],
        "ru": ["Доставка запланирована на {date}."],
        "zh": ["预计送达时间是{date}。"],
    },
    "date.delivered_on": {
        "en": ["Delivery was completed on {date}."],
        "ru": ["Доставка состоялась {date}."],
        "zh": ["{date}已签收。"],
    },
    "date.shipped_on": {
        "en": ["It was shipped out on {date}."],
        "ru": ["Посылка отправлена {date}."],
        "zh": ["发货时间为{date}。"],
    },
    "date.placed_on": {
        "en": ["The order was created on {date}."],
        "ru": ["Заказ был сделан {date}."],
        "zh": ["您的下单日期是{date}。"],
    },
    "total": {
        "en": ["The total for this order is {total}."],
        "ru": ["Сумма заказа составляет {total}."],
        "zh": ["订单总价为{total}。"],
    },
    "carrier": {
        "en": ["It's travelling with {carrier}."],
        "ru": ["Заказ везёт {carrier}."],
        "zh": ["承运快递为{carrier}。"],
    },
    "policy.return_days": {
        "en": ["You've got a {v}-day window to return it."],
        "ru": ["У вас есть {v} {dw} на возврат."],
        "zh": ["收到商品{v}天内可退。"],
    },
    "policy.refund_days": {
        "en": ["Once we get it back, the refund takes {v}–{v2} business days."],
        "ru": ["Возврат средств — {v}–{v2} рабочих {dw2}."],
        "zh": ["退款到账需要{v}–{v2}个工作日。"],
    },
    "policy.restocking_fee_pct": {
        "en": ["A {v}% fee applies to opened items that work fine."],
        "ru": ["Если товар вскрыт и исправен, удерживаем {v}%."],
        "zh": ["商品已拆封且功能正常的，收取{v}%的手续费。"],
    },
    "policy.standard_fee": {
        "en": ["Standard delivery costs {m}."],
        "ru": ["Обычная доставка стоит {m}."],
        "zh": ["标准配送的运费是{m}。"],
    },
    "policy.free_shipping_over": {
        "en": ["Delivery is free on any order over {m}."],
        "ru": ["На заказы свыше {m} доставка бесплатная."],
        "zh": ["购物满{m}即可包邮。"],
    },
    "policy.standard_days": {
        "en": ["Standard orders arrive in {v}–{v2} business days."],
        "ru": ["Стандартная доставка идёт {v}–{v2} рабочих {dw2}."],
        "zh": ["标准配送时效为{v}–{v2}个工作日。"],
    },
    "policy.express_fee": {
        "en": ["The express option costs {m}."],
        "ru": ["Экспресс-доставка обойдётся в {m}."],
        "zh": ["加急配送需另付{m}。"],
    },
    "policy.express_days": {
        "en": ["Express gets it to you in {v}–{v2} business days."],
        "ru": ["Экспресс идёт {v}–{v2} рабочих {dw2}."],
        "zh": ["加急配送时效为{v}–{v2}个工作日。"],
    },
    "policy.warranty_months": {
        "en": ["The {v}-month warranty covers defects."],
        "ru": ["Гарантия составляет {v} {mw}."],
        "zh": ["保修时长为{v}个月。"],
    },
}
_THIRD_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": ["is still waiting on payment"],
        "paid": ["has been paid and is waiting to be shipped"],
        "shipped": ["is out for delivery", "was handed over to the courier"],
        "delivered": ["was delivered successfully"],
        "returned": ["was returned"],
        "cancelled": ["was called off"],
    },
    "ru": {
        "pending": ["ещё не оплачен"],
        "paid": ["оплачен и ждёт отправки"],
        "shipped": ["передан курьеру"],
        "delivered": ["успешно доставлен"],
        "returned": ["возвращён на склад"],
        "cancelled": ["отменили"],
    },
    "zh": {
        "pending": ["尚未支付"],
        "paid": ["付款已完成，等待发货"],
        "shipped": ["正在派送中"],
        "delivered": ["已经签收了"],
        "returned": ["已退回仓库"],
        "cancelled": ["已撤销"],
    },
}
_THIRD_MONEY: dict[str, list[str]] = {"en": ["USD{a}"], "ru": ["{a} долларов США"], "zh": ["{a}美元整"]}
_THIRD_OTHER: dict[str, list[str]] = {"en": ["{a} euro"], "ru": ["{a} юаня"], "zh": ["人民币{a}元"]}
_THIRD_DATES: dict[str, list[str]] = {
    "en": ["{month} {d} {y}"],
    "ru": ["{d} {month_ru} {y}г."],
    "zh": ["{y}年{m}月{d}日"],
}
for _claim, _langs in _THIRD_PATTERNS.items():
    for _lang, _more in _langs.items():
        PATTERNS[_claim][_lang] += _more
for _lang, _states in _THIRD_STATES.items():
    for _state, _more in _states.items():
        STATES[_lang][_state] += _more
for _table, _more_table in (
    (MONEY_FORMATS, _THIRD_MONEY),
    (OTHER_CURRENCY, _THIRD_OTHER),
    (DATE_FORMATS, _THIRD_DATES),
):
    for _lang, _more in _more_table.items():
        _table[_lang] += _more


# A fourth batch, measured once before being tuned against.
_FOURTH_PATTERNS: dict[str, dict[str, list[str]]] = {
    "P": {
        "en": ["The going price for the {name} is {price}.", "{name}? That'll be {price}.", "The {name} runs {price}."],
        "ru": ["Что касается {name}, цена — {price}.", "{name} сейчас продаём за {price}."],
        "zh": [
            "这款{name}卖{price}。",
            "{name}目前的价格为{price}。",
            "{name}到手价{price}。",
            "关于{name}，售价是{price}。",
        ],
    },
    "PQ": {
        "en": [
            "The {name}: {price}, and {qty} left in stock.",
            "Right now the {name} costs {price} and we have {qty} available.",
        ],
        "ru": ["{name}: {price}, на складе ещё {qty} шт."],
        "zh": ["{name}售价{price}，目前还有{qty}件库存。", "{name}价格是{price}，库存量{qty}件。"],
    },
    "PI": {
        "en": ["The {name} ({price}) is available."],
        "ru": ["{name} ({price}) есть в наличии."],
        "zh": ["{name}（{price}）现在有货。"],
    },
    "PO": {
        "en": ["The {name} is listed at {price} but it's currently sold out."],
        "ru": ["{name} ({price}) закончился на складе."],
        "zh": ["{name}（{price}）暂时卖完了。", "{name}定价{price}，目前缺货中。"],
    },
    "Q": {
        "en": ["We have {qty} units of the {name} available right now."],
        "ru": ["{name} есть в количестве {qty} шт."],
        "zh": ["{name}还有{qty}件可售。", "{name}目前剩余{qty}件。"],
    },
    "I": {
        "en": ["The {name} is available for immediate purchase."],
        "ru": ["{name} есть, можно купить сегодня."],
        "zh": ["{name}有现货，可以马上发货。", "{name}库存充足，欢迎下单。"],
    },
    "O": {
        "en": ["There's no stock of the {name} right now."],
        "ru": ["Сейчас {name} нет в наличии."],
        "zh": ["{name}目前无货。", "{name}现在缺货，暂时买不到。"],
    },
    "S": {
        "en": ["Size {size} is in stock for the {name}."],
        "ru": ["У модели «{name}» есть размер {size}."],
        "zh": ["{name}有{size}码现货。"],
    },
    "C": {
        "en": ["The {name} is in {colour}."],
        "ru": ["{name} выполнен в цвете «{colour}»."],
        "zh": ["{name}的配色是{colour}。"],
    },
    "PP": {
        "en": ["The {name} is {price}, compared with {price2} for the {name2}."],
        "ru": ["{name} стоит {price}, {name2} — {price2}."],
        "zh": ["{name}的价格是{price}，{name2}的价格是{price2}。"],
    },
    "count": {
        "en": ["I found {count} items for you."],
        "ru": ["Нашёл {count} подходящих товаров."],
        "zh": ["一共为您找到{count}款。"],
    },
    "state": {
        "en": ["Here's the latest: {ref_low} {state}."],
        "ru": ["Сейчас {ref_low} {state}."],
        "zh": ["目前{ref}{state}。"],
    },
    "date.expected_delivery": {
        "en": ["It's due to arrive on {date}."],
        "ru": ["Доставку ожидаем {date}."],
        "zh": ["预计送达时间为{date}。"],
    },
    "date.delivered_on": {
        "en": ["It got to you on {date}."],
        "ru": ["Заказ доставили {date}."],
        "zh": ["包裹于{date}送达。"],
    },
    "date.shipped_on": {
        "en": ["It was sent on {date}."],
        "ru": ["Его отправили {date}."],
        "zh": ["包裹在{date}寄出。"],
    },
    "date.placed_on": {
        "en": ["You made the order on {date}."],
        "ru": ["Заказ создан {date}."],
        "zh": ["这笔订单是{date}下的。"],
    },
    "total": {"en": ["The order came to {total}."], "ru": ["Заказ на сумму {total}."], "zh": ["订单金额是{total}。"]},
    "policy.return_days": {
        "en": ["Returns are possible for {v} days."],
        "ru": ["Вернуть покупку можно в течение {v} {dwg}."],
        "zh": ["退货时限为{v}天。"],
    },
    "policy.warranty_months": {
        "en": ["You get a {v}-month guarantee against defects."],
        "ru": ["Гарантия на дефекты — {v} {mw}."],
        "zh": ["质保期为{v}个月。"],
    },
    "policy.standard_days": {
        "en": ["Regular delivery takes between {v} and {v2} business days."],
        "ru": ["Обычная доставка: {v}–{v2} рабочих {dw2}."],
        "zh": ["标准快递{v}—{v2}个工作日可到。"],
    },
    "policy.free_shipping_over": {
        "en": ["Free standard shipping applies to orders over {m}."],
        "ru": ["Заказы от {m} доставляем бесплатно."],
        "zh": ["满{m}可享免邮。"],
    },
}
_FOURTH_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": ["still needs to be paid"],
        "paid": ["is paid and will ship soon"],
        "shipped": ["is with the courier now"],
        "delivered": ["was dropped off at your address"],
        "returned": ["was sent back and we received it"],
        "cancelled": ["got cancelled"],
    },
    "ru": {
        "pending": ["ещё ждёт оплаты"],
        "paid": ["уже оплачен"],
        "shipped": ["уже в пути к вам"],
        "delivered": ["уже доставлен вам"],
        "returned": ["возвращён нам"],
        "cancelled": ["был отменён по вашей просьбе"],
    },
    "zh": {
        "pending": ["等待买家付款"],
        "paid": ["已完成支付"],
        "shipped": ["已经发货了"],
        "delivered": ["已经签收"],
        "returned": ["已退货成功"],
        "cancelled": ["已经取消"],
    },
}
_FOURTH_DATES: dict[str, list[str]] = {
    "en": ["{weekday}, {month} {d}, {y}"],
    "ru": ["{dd}.{mm}.{y} г."],
    "zh": ["{y}年{m}月{d}日"],
}
for _claim, _langs in _FOURTH_PATTERNS.items():
    for _lang, _more in _langs.items():
        PATTERNS[_claim][_lang] += _more
for _lang, _states in _FOURTH_STATES.items():
    for _state, _more in _states.items():
        STATES[_lang][_state] += _more
for _lang, _more in _FOURTH_DATES.items():
    DATE_FORMATS[_lang] += _more

_RU_MON = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
_ZH_DAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(PATTERNS, "v", claim, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    q = value.quantize(Decimal("0.01"))
    whole, cents = divmod(q, 1)
    integer = f"{int(whole):,}"
    frac = f"{cents:.2f}"[2:]
    drop_cents = frac == "00" and rng.random() < 0.5
    if language == "ru":
        integer = integer.replace(",", rng.choice([" ", "\u00a0", ""]))
        return integer if drop_cents else f"{integer},{frac}"
    if language == "zh" and rng.random() < 0.5:
        integer = integer.replace(",", "")
    return integer if drop_cents else f"{integer}.{frac}"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    return rng.choice(MONEY_FORMATS[language]).format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def _suffix(d: int) -> str:
    if 11 <= d % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        mm=f"{day.month:02d}",
        dd=f"{day.day:02d}",
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        month_ru=RU_MONTHS[day.month - 1],
        mon_ru=_RU_MON[day.month - 1],
        suffix=_suffix(day.day),
        weekday=_EN_DAYS[day.weekday()],
        weekday_ru=_RU_DAYS[day.weekday()],
        weekday_zh=_ZH_DAYS[day.weekday()],
    )


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(STATES, state, language, rng)


__all__ = ["VARIETY", "date_text", "money_text", "other_currency_text", "pick", "state_phrase"]
