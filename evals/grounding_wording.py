"""Sentence patterns and value formats for the adversarial grounding set, in en/ru/zh.

Written for this eval in a shop assistant's loose voice, deliberately unlike ``agent/templates.py``. Every claim has
several patterns per language: the first list is the development split's, the second was the held-out split's
(its errors have since been read by the people tuning the verifier, so it is reported as "development (read)"),
and ``FRESH_PATTERNS`` (with ``FRESH_STATES`` and the fresh money, currency and date formats) is reserved for the
fresh held-out split, so a verifier tuned on the first two is still measured on wordings nobody tuning it has seen.
Value formats (money, dates) are split the same way.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import EN_MONTHS, RU_MONTHS

DEV, HELD, FRESH = "development", "held-out", "held-out-fresh"
SPLITS = (DEV, HELD, FRESH)
_TAGS = {DEV: "d", HELD: "h", FRESH: "f"}

# claim -> language -> (development patterns, held-out patterns)
PATTERNS: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    # -- products: P price, Q count in stock, I in stock, O out of stock, S size, C colour --------------------
    "P": {
        "en": (["The {name} sells for {price}.", "{name} — {price}.", "You can get the {name} for {price}.",
                "Price of the {name}: {price}."],
               ["The {name} will set you back {price}.", "At {price}, the {name} is one option."]),
        "ru": (["{name} стоит {price}.", "Цена — {price}: {name}.", "{name}: {price}.",
                "Сейчас {name} продаётся за {price}."],
               ["{name} обойдётся вам в {price}.", "Берите {name} за {price}."]),
        "zh": (["{name}的价格是{price}。", "{name}售价{price}。", "{name}：{price}。", "现在{name}卖{price}。"],
               ["{name}只要{price}。", "买{name}需要{price}。"]),
    },
    "PQ": {
        "en": (["The {name} costs {price}, and {qty} are on the shelf.",
                "{name} goes for {price}; we have {qty} units.",
                "{name}: priced at {price} with {qty} left."],
               ["We're holding {qty} of the {name}, each {price}."]),
        "ru": (["{name} стоит {price}, на складе {qty} шт.", "{name} — {price}, осталось {qty} штук.",
                "Цена {price}, в наличии {qty} шт.: {name}."],
               ["Есть {qty} шт. по {price} — {name}."]),
        "zh": (["{name}售价{price}，库存{qty}件。", "{name}的价格为{price}，还剩{qty}件。",
                "{name}：{price}，有{qty}件现货。"],
               ["{name}目前有{qty}件，单价{price}。"]),
    },
    "PI": {
        "en": (["The {name} is {price} and currently available.", "{name} at {price}, in stock right now."],
               ["{price} buys you the {name}, which we have on hand."]),
        "ru": (["{name} стоит {price} и есть в наличии.", "{name} за {price} — в наличии."],
               ["{name} по цене {price} можно забрать сегодня."]),
        "zh": (["{name}售价{price}，现在有货。", "{name}价格{price}，有现货。"],
               ["{name}（{price}）今天就能买到。"]),
    },
    "PO": {
        "en": (["The {name} is {price}, but it's sold out at the moment.",
                "{name} ({price}) is currently out of stock."],
               ["{name} normally costs {price}; none left right now."]),
        "ru": (["{name} стоит {price}, но сейчас его нет в наличии.", "{name} ({price}) сейчас распродан."],
               ["{name} за {price} временно закончился."]),
        "zh": (["{name}售价{price}，但目前缺货。", "{name}价格{price}，暂时售罄。"],
               ["{name}（{price}）已经卖完了。"]),
    },
    "Q": {
        "en": (["We have {qty} of the {name} in stock.", "There are {qty} units of the {name} available."],
               ["{qty} pieces of the {name} remain."]),
        "ru": (["В наличии {qty} шт.: {name}.", "{name} — осталось {qty} штук."],
               ["На полке лежит {qty} шт. — {name}."]),
        "zh": (["{name}还有{qty}件库存。", "{name}库存{qty}件。"], ["{name}剩下{qty}件。"]),
    },
    "I": {
        "en": (["The {name} is in stock.", "Good news: the {name} is available."],
               ["The {name} can be picked up today, it's on the shelf."]),
        "ru": (["{name} есть в наличии.", "{name} сейчас в продаже и на складе."],
               ["{name} можно купить прямо сейчас."]),
        "zh": (["{name}有货。", "{name}目前有库存。"], ["{name}可以直接购买。"]),
    },
    "O": {
        "en": (["Sorry, the {name} is out of stock.", "The {name} is sold out right now."],
               ["We've run out of the {name}."]),
        "ru": (["К сожалению, {name} нет в наличии.", "{name} сейчас распродан."], ["{name} закончился на складе."]),
        "zh": (["抱歉，{name}缺货。", "{name}暂时无货。"], ["{name}已经卖完了。"]),
    },
    "S": {
        "en": (["The {name} comes in size {size}.", "Size {size} of the {name} is offered."],
               ["You can order the {name} in a {size}."]),
        "ru": (["{name} есть в размере {size}.", "Для товара «{name}» есть размер {size}."],
               ["Можно взять {name}, размер {size}."]),
        "zh": (["{name}有{size}码。", "{name}提供{size}码。"], ["{name}可选{size}码。"]),
    },
    "C": {
        "en": (["The {name} comes in {colour}.", "The {name} is made in {colour}."],
               ["The colour of the {name} is {colour}."]),
        "ru": (["{name} — цвет: {colour}.", "Цвет товара «{name}»: {colour}."],
               ["{name} выпускается в цвете «{colour}»."]),
        "zh": (["{name}是{colour}的。", "{name}的颜色是{colour}。"], ["{name}有{colour}款。"]),
    },
    # two products in one sentence (compare turns)
    "PP": {
        "en": (["The {name} is {price}, while the {name2} is {price2}.",
                "{name} costs {price}; {name2} costs {price2}."],
               ["Compare {price} for the {name} with {price2} for the {name2}."]),
        "ru": (["{name} стоит {price}, а {name2} — {price2}.", "{name}: {price}; {name2}: {price2}."],
               ["За {name} просят {price}, за {name2} — {price2}."]),
        "zh": (["{name}售价{price}，而{name2}售价{price2}。", "{name}{price}，{name2}{price2}。"],
               ["{name2}要{price2}，{name}要{price}。"]),
    },
    "count": {
        "en": (["I found {count} options.", "There are {count} matches for that."],
               ["{count} products fit what you asked."]),
        "ru": (["Подходящих товаров: {count}.", "Вариантов нашлось: {count}."], ["Я подобрал {count} шт."]),
        "zh": (["为您找到{count}款商品。", "共有{count}个结果。"], ["符合条件的有{count}款。"]),
    },
    # -- orders -----------------------------------------------------------------------------------------------
    "ref": {
        "en": (["Order {n}", "Your order #{n}", "Order no. {n}"], ["The order numbered {n}"]),
        "ru": (["Заказ {n}", "Ваш заказ № {n}", "Заказ №{n}"], ["Заказ под номером {n}"]),
        "zh": (["订单{n}", "您的订单 {n}", "订单号{n}"], ["编号{n}的订单"]),
    },
    "state": {
        "en": (["{ref} {state}."], ["Checked it: {ref_low} {state}."]),
        "ru": (["{ref} {state}."], ["Проверил: {ref_low} {state}."]),
        "zh": (["{ref}{state}。"], ["查到了，{ref}{state}。"]),
    },
    "date.expected_delivery": {
        "en": (["It should arrive on {date}.", "{ref} is expected on {date}."], ["Look for it around {date}."]),
        "ru": (["Привезём его {date}.", "{ref} будет у вас ориентировочно {date}."], ["Ждите его {date}."]),
        "zh": (["预计{date}到货。", "{ref}大约{date}能送到。"], ["请在{date}留意收货。"]),
    },
    "date.delivered_on": {
        "en": (["It was delivered on {date}.", "{ref} reached you on {date}."],
               ["The courier handed it over on {date}."]),
        "ru": (["Его вручили {date}.", "{ref} вы получили {date}."], ["Курьер отдал его {date}."]),
        "zh": (["{date}已经送到。", "{ref}的签收日期是{date}。"], ["您在{date}收到了包裹。"]),
    },
    "date.shipped_on": {
        "en": (["It left us on {date}.", "We handed {ref_low} to the carrier on {date}."],
               ["The carrier picked it up on {date}."]),
        "ru": (["Он уехал со склада {date}.", "{ref} передан в службу доставки {date}."], ["Отгрузка была {date}."]),
        "zh": (["{date}从仓库发出。", "{ref}的发货日期为{date}。"], ["快递在{date}揽收。"]),
    },
    "date.placed_on": {
        "en": (["You placed it on {date}.", "{ref} was placed on {date}."], ["The order dates from {date}."]),
        "ru": (["Вы оформили его {date}.", "{ref} оформлен {date}."], ["Покупка сделана {date}."]),
        "zh": (["您于{date}下的单。", "{ref}的下单时间是{date}。"], ["这笔订单创建于{date}。"]),
    },
    "total": {
        "en": (["The total comes to {total}.", "{ref} amounts to {total}."], ["Its value is {total}."]),
        "ru": (["Сумма заказа — {total}.", "{ref} на сумму {total}."], ["Итого по заказу: {total}."]),
        "zh": (["订单总额为{total}。", "{ref}合计{total}。"], ["金额一共是{total}。"]),
    },
    "carrier": {
        "en": (["It travels with {carrier}.", "The carrier is {carrier}."], ["{carrier} is handling it."]),
        "ru": (["Перевозчик — {carrier}.", "Везёт {carrier}."], ["Доставкой занимается {carrier}."]),
        "zh": (["承运商是{carrier}。", "由{carrier}配送。"], ["{carrier}负责运送。"]),
    },
    # -- policies: {v}/{v2} figures, {m} money, {dw}/{mw} Russian day/month words ------------------------------
    "policy.return_days": {
        "en": (["You have {v} days to return it.", "Returns are accepted within {v} days."],
               ["The return window is {v} days long."]),
        "ru": (["Вернуть товар можно в течение {v} {dwg}.", "На возврат даётся {v} {dw}."],
               ["Срок возврата — {v} дн."]),
        "zh": (["{v}天内可以退货。", "退货期限为{v}天。"], ["可在{v}天之内办理退货。"]),
    },
    "policy.refund_days": {
        "en": (["Refunds arrive in {v}–{v2} business days.", "Your money comes back within {v} to {v2} working days."],
               ["Expect the refund after {v}-{v2} business days."]),
        "ru": (["Деньги вернутся за {v}–{v2} рабочих дней.", "Возврат средств занимает от {v} до {v2} рабочих дней."],
               ["Средства поступят через {v}-{v2} рабочих дней."]),
        "zh": (["退款会在{v}–{v2}个工作日内到账。", "{v}到{v2}个工作日内退款。"], ["退款需要{v}-{v2}个工作日。"]),
    },
    "policy.restocking_fee_pct": {
        "en": (["Opened items that work carry a {v}% restocking fee.",
                "A restocking fee of {v}% applies to opened, non-faulty items."],
               ["We keep {v}% if an opened item isn't faulty."]),
        "ru": (["За вскрытый исправный товар удерживаем {v}%.", "Комиссия за вскрытую упаковку — {v}%."],
               ["С открытого исправного товара берётся {v}%."]),
        "zh": (["已拆封的非故障商品收取{v}%的费用。", "拆封后无质量问题退货，扣{v}%。"],
               ["未损坏的已拆封商品收{v}%手续费。"]),
    },
    "policy.standard_fee": {
        "en": (["Standard shipping is {m}.", "Regular delivery costs {m}."],
               ["We charge {m} for the standard option."]),
        "ru": (["Обычная доставка стоит {m}.", "Стандартная доставка — {m}."], ["За обычную доставку берём {m}."]),
        "zh": (["普通配送运费{m}。", "标准快递收费{m}。"], ["标准配送要付{m}。"]),
    },
    "policy.free_shipping_over": {
        "en": (["Shipping is free on orders above {m}.", "Spend more than {m} and delivery is free."],
               ["Orders over {m} ship at no cost."]),
        "ru": (["При заказе дороже {m} доставка бесплатная.", "Бесплатно доставим заказ от {m}."],
               ["Если сумма больше {m}, доставка ничего не стоит."]),
        "zh": (["满{m}包邮。", "订单超过{m}免运费。"], ["消费{m}以上免费配送。"]),
    },
    "policy.standard_days": {
        "en": (["A standard parcel arrives in {v}–{v2} business days.",
                "Regular shipping needs {v} to {v2} working days."],
               ["Allow {v}-{v2} business days for standard shipping."]),
        "ru": (["Обычная посылка идёт {v}–{v2} рабочих {dw2}.",
                "Стандартная доставка занимает от {v} до {v2} рабочих {dw2}."],
               ["Обычной доставкой — {v}-{v2} рабочих {dw2}."]),
        "zh": (["普通配送需要{v}–{v2}个工作日。", "标准快递{v}到{v2}个工作日送达。"],
               ["标准配送大约{v}-{v2}个工作日。"]),
    },
    "policy.express_fee": {
        "en": (["Express costs {m}.", "The fast option is {m}."], ["Express shipping runs {m}."]),
        "ru": (["Экспресс-доставка стоит {m}.", "Срочная доставка — {m}."], ["За экспресс берём {m}."]),
        "zh": (["加急配送收费{m}。", "快速配送运费{m}。"], ["加急要{m}。"]),
    },
    "policy.express_days": {
        "en": (["Express arrives in {v}–{v2} business days.", "The fast option takes {v} to {v2} working days."],
               ["With express, allow {v}-{v2} business days."]),
        "ru": (["Экспрессом — {v}–{v2} рабочих {dw2}.", "Срочная доставка занимает от {v} до {v2} рабочих {dw2}."],
               ["Экспресс довезёт за {v}-{v2} рабочих {dw2}."]),
        "zh": (["加急配送{v}–{v2}个工作日送达。", "加急{v}到{v2}个工作日。"], ["选择加急大约{v}-{v2}个工作日。"]),
    },
    "policy.warranty_months": {
        "en": (["The warranty lasts {v} months.", "You're covered for {v} months against defects."],
               ["Defects are covered for {v} months after purchase."]),
        "ru": (["Гарантия действует {v} {mw}.", "Гарантийный срок — {v} мес."],
               ["На дефекты даём гарантию на {v} мес."]),
        "zh": (["保修期为{v}个月。", "质量问题保修{v}个月。"], ["购买后{v}个月内享受保修。"]),
    },
}

# Order states in present wording, per state: (development, held-out).
STATES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "en": {
        "pending": (["is still awaiting payment", "hasn't been paid yet"], ["is waiting for your payment"]),
        "paid": (["is paid and being prepared", "has been paid; we're packing it"], ["is paid and not yet shipped"]),
        "shipped": (["has shipped", "is on its way to you"], ["is in transit with the carrier"]),
        "delivered": (["was delivered", "has been delivered"], ["reached you already"]),
        "returned": (["was returned", "has been returned to us"], ["came back to us as a return"]),
        "cancelled": (["was cancelled", "has been cancelled"], ["is no longer active, it was cancelled"]),
    },
    "ru": {
        "pending": (["ожидает оплаты", "ещё не оплачен"], ["ждёт вашей оплаты"]),
        "paid": (["оплачен и собирается", "оплачен, его упаковывают"], ["оплачен, но ещё не отправлен"]),
        "shipped": (["отправлен", "уже в пути"], ["передан перевозчику и едет к вам"]),
        "delivered": (["доставлен", "уже доставлен"], ["уже у вас, его вручили"]),
        "returned": (["возвращён", "оформлен как возврат"], ["вернулся к нам"]),
        "cancelled": (["отменён", "был отменён"], ["аннулирован"]),
    },
    "zh": {
        "pending": (["待付款", "还没有付款"], ["正在等待您付款"]),
        "paid": (["已付款，正在备货", "已支付，正在打包"], ["付款成功，尚未发货"]),
        "shipped": (["已发货", "已经寄出"], ["正在运输途中"]),
        "delivered": (["已送达", "已经签收"], ["已经送到您手上了"]),
        "returned": (["已退货", "已经退回"], ["已办理退货"]),
        "cancelled": (["已取消", "已经被取消了"], ["已作废"]),
    },
}

COLOURS = {
    "black": ("black", "чёрный", "黑色"), "white": ("white", "белый", "白色"), "grey": ("grey", "серый", "灰色"),
    "blue": ("blue", "синий", "蓝色"), "red": ("red", "красный", "红色"), "green": ("green", "зелёный", "绿色"),
    "brown": ("brown", "коричневый", "棕色"), "beige": ("beige", "бежевый", "米色"),
    "orange": ("orange", "оранжевый", "橙色"),
}

_NBSP = "\u00a0"
# money formats for the store currency (USD): {a} is the amount written the language's way
MONEY_FORMATS: dict[str, tuple[list[str], list[str]]] = {
    "en": (["${a}", "{a} USD", "US${a}", "USD {a}"], ["{a} dollars", "$ {a}"]),
    "ru": (["{a} $", "{a} долл.", "${a}", "{a} USD"], ["{a} долларов", "USD {a}"]),
    "zh": (["US${a}", "{a}美元", "${a}", "{a} 美元"], ["{a} USD", "USD {a}"]),
}
# the same amounts with another currency: a planted error whatever the number
OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["€{a}", "£{a}", "{a} EUR", "¥{a}", "{a} rubles", "CNY {a}"],
    "ru": ["{a} ₽", "{a} руб.", "{a} €", "{a} евро", "{a} юаней", "€{a}"],
    "zh": ["¥{a}", "{a}元", "{a}欧元", "€{a}", "{a}人民币", "{a}卢布"],
}
DATE_FORMATS: dict[str, tuple[list[str], list[str]]] = {
    "en": (["{month} {d}, {y}", "{d} {month} {y}", "{mon} {d}, {y}", "{iso}"], ["{weekday}, {month} {d}, {y}"]),
    "ru": (["{d} {month_ru} {y} г.", "{d} {month_ru} {y} года", "{dd}.{mm}.{y}", "{iso}"], ["{d}.{mm}.{y}"]),
    "zh": (["{y}年{m}月{d}日", "{y}年{m}月{d}号", "{iso}"], ["{y}/{m}/{d}"]),
}

# --- the fresh held-out split ------------------------------------------------------------------------------------
# Written after the second list's errors had been read by the people tuning the verifier, by someone who has not
# read the verifier: other sentence shapes and registers (chatty, formal, terse, e-mail), Russian and Chinese
# written as such rather than translated. Same placeholders as the lists above.
FRESH_PATTERNS: dict[str, dict[str, list[str]]] = {
    "P": {
        "en": ["Happy to help! The {name} is priced at {price}.", "{name}? That one's {price}.",
               "Please note the {name} is currently listed at {price}.", "It's {price} for the {name}."],
        "ru": ["По цене: {name} — {price}.", "Стоимость «{name}» составляет {price}.",
               "За «{name}» отдадите {price}.", "Цена вопроса — {price} ({name})."],
        "zh": ["{name}这款定价{price}。", "您问的{name}，价格是{price}哦。", "{name}目前标价{price}。",
               "这款{name}要{price}。"],
    },
    "PQ": {
        "en": ["The {name} is {price} — we've got {qty} of them in the warehouse.",
               "Priced at {price}, the {name} has {qty} units in stock.",
               "{qty} in stock for the {name}, at {price} each."],
        "ru": ["«{name}» стоит {price}, на складе сейчас {qty} шт.",
               "Цена за штуку — {price}, всего {qty} шт. ({name}).",
               "По «{name}»: {price}, остаток {qty} шт."],
        "zh": ["{name}每件{price}，仓库里还有{qty}件。", "{name}定价{price}，现有库存{qty}件。",
               "这款{name}还剩{qty}件，{price}一件。"],
    },
    "PI": {
        "en": ["Yes, the {name} is in stock, and it's {price}.", "The {name} ({price}) is available to order now.",
               "Good news — we have the {name} on hand at {price}."],
        "ru": ["Да, «{name}» в наличии, цена {price}.", "«{name}» за {price} есть на складе, можно заказывать.",
               "Имеется в наличии: {name}, {price}."],
        "zh": ["{name}有现货，价格{price}。", "好消息，{name}库存充足，售价{price}。", "{name}现货在售，{price}。"],
    },
    "PO": {
        "en": ["Unfortunately the {name} ({price}) is out of stock for now.",
               "The {name} lists at {price}, but we don't have any in stock at the moment.",
               "{name} — {price}, currently unavailable."],
        "ru": ["Увы, «{name}» ({price}) сейчас нет на складе.",
               "«{name}» стоит {price}, но в данный момент отсутствует.",
               "{name}, {price} — нет в наличии."],
        "zh": ["很遗憾，{name}（{price}）目前没货了。", "{name}标价{price}，不过现在缺货。",
               "{name}，{price}，暂无库存。"],
    },
    "Q": {
        "en": ["Stock check: {qty} units of the {name}.", "We currently hold {qty} of the {name}.",
               "The warehouse shows {qty} for the {name}."],
        "ru": ["Остаток по «{name}»: {qty} шт.", "На складе сейчас {qty} шт. товара «{name}».",
               "Осталось штук: {qty} — «{name}»."],
        "zh": ["{name}现有{qty}件。", "库存显示{name}还有{qty}件。", "{name}：现货{qty}件。"],
    },
    "I": {
        "en": ["Yes, we have the {name}.", "The {name} is available — you can order it today.",
               "We do have the {name} in stock at the moment."],
        "ru": ["Да, «{name}» есть.", "«{name}» в наличии, можно оформлять.", "Товар «{name}» сейчас на складе."],
        "zh": ["{name}现在有货。", "{name}有库存，随时可以下单。", "有的，{name}在售。"],
    },
    "O": {
        "en": ["I'm afraid the {name} is currently unavailable.", "No stock left of the {name}, sorry.",
               "The {name} is out of stock at the moment."],
        "ru": ["Увы, «{name}» сейчас нет.", "Товара «{name}» на складе не осталось.", "«{name}» — нет в наличии."],
        "zh": ["不好意思，{name}目前没货。", "{name}库存已经清空了。", "{name}暂时缺货。"],
    },
    "S": {
        "en": ["Yes, the {name} is available in size {size}.", "Size {size} is one of the options for the {name}.",
               "We carry the {name} in {size}."],
        "ru": ["Да, «{name}» бывает в размере {size}.", "Размер {size} у «{name}» есть.",
               "«{name}» доступен в размере {size}."],
        "zh": ["{name}有{size}码可选。", "{size}码的{name}是有的。", "{name}尺码里有{size}。"],
    },
    "C": {
        "en": ["The {name} is available in {colour}.", "You'll get the {name} in {colour}.",
               "Colour-wise, the {name} is {colour}."],
        "ru": ["«{name}»: цвет — {colour}.", "Расцветка у «{name}» — {colour}.", "Цвет «{name}» — {colour}."],
        "zh": ["{name}是{colour}款。", "{name}的配色为{colour}。", "这款{name}颜色是{colour}。"],
    },
    "PP": {
        "en": ["The {name} comes in at {price}; the {name2} is {price2}.",
               "Side by side: {name} at {price} vs {name2} at {price2}.",
               "If you go for the {name} it's {price}, and the {name2} would be {price2}."],
        "ru": ["«{name}» — {price}, «{name2}» — {price2}.",
               "Если сравнивать: {name} за {price} против {name2} за {price2}.",
               "Стоимость «{name}» — {price}, а «{name2}» обойдётся в {price2}."],
        "zh": ["{name}是{price}，{name2}是{price2}。", "对比一下：{name}{price}，{name2}{price2}。",
               "选{name}要{price}，选{name2}则是{price2}。"],
    },
    "count": {
        "en": ["Your search turned up {count} products.", "I've got {count} results for you.",
               "{count} items match."],
        "ru": ["Всего результатов: {count}.", "По запросу нашлось товаров: {count}.", "Найдено позиций: {count}."],
        "zh": ["一共搜到{count}件商品。", "找到了{count}个相关商品。", "搜索结果共{count}条。"],
    },
    "ref": {
        "en": ["Your order {n}", "Order ID {n}", "Order ref {n}"],
        "ru": ["Ваш заказ {n}", "Заказ с номером {n}", "Заказ #{n}"],
        "zh": ["您的{n}号订单", "单号为{n}的订单", "订单#{n}"],
    },
    "state": {
        "en": ["Quick update: {ref_low} {state}.", "Hi! I just looked it up, and {ref_low} {state}.",
               "Dear customer, {ref_low} {state}."],
        "ru": ["Сообщаем: {ref_low} {state}.", "Коротко: {ref_low} {state}.", "Здравствуйте! {ref} {state}."],
        "zh": ["您好，{ref}{state}。", "跟您说一下，{ref}{state}。", "系统显示{ref}{state}。"],
    },
    "date.expected_delivery": {
        "en": ["Estimated delivery: {date}.", "You should have it by {date}.", "The delivery estimate is {date}."],
        "ru": ["Ожидаемая дата доставки — {date}.", "Планируем доставить {date}.", "По плану он приедет {date}."],
        "zh": ["预计送达日期：{date}。", "大概{date}能到您手里。", "预计送达时间为{date}。"],
    },
    "date.delivered_on": {
        "en": ["Delivery was completed on {date}.", "It was dropped off on {date}.", "Delivered: {date}."],
        "ru": ["Дата вручения — {date}.", "Доставка выполнена {date}.", "Посылку получили {date}."],
        "zh": ["包裹已于{date}签收。", "{date}就送到了。", "签收时间：{date}。"],
    },
    "date.shipped_on": {
        "en": ["It was dispatched on {date}.", "Shipped: {date}.", "We sent it out on {date}."],
        "ru": ["Дата отправки — {date}.", "Отправили его {date}.", "Заказ отгружен со склада {date}."],
        "zh": ["已于{date}发货。", "发货时间：{date}。", "{date}就寄出去了。"],
    },
    "date.placed_on": {
        "en": ["Order date: {date}.", "You ordered it on {date}.", "It was submitted on {date}."],
        "ru": ["Дата заказа — {date}.", "Оформлен он был {date}.", "Заказ поступил к нам {date}."],
        "zh": ["下单日期：{date}。", "您是{date}下的订单。", "订单提交于{date}。"],
    },
    "total": {
        "en": ["You paid {total} in total.", "Order total: {total}.", "All in, it comes to {total}."],
        "ru": ["Общая сумма — {total}.", "Всего к оплате было {total}.", "Стоимость заказа составила {total}."],
        "zh": ["总共{total}。", "订单金额：{total}。", "这一单一共花了{total}。"],
    },
    "carrier": {
        "en": ["It's being shipped via {carrier}.", "Carrier: {carrier}.", "{carrier} has the parcel."],
        "ru": ["Служба доставки — {carrier}.", "Посылку везёт {carrier}.", "Перевозчик: {carrier}."],
        "zh": ["快递公司是{carrier}。", "物流：{carrier}。", "包裹交给了{carrier}。"],
    },
    "policy.return_days": {
        "en": ["Changed your mind? You can send it back within {v} days.", "Return period: {v} days.",
               "Items may be returned up to {v} days after delivery."],
        "ru": ["Передумали? Вернуть можно в течение {v} {dwg}.", "Срок на возврат — {v} {dw}.",
               "Оформить возврат можно в течение {v} {dwg} после получения."],
        "zh": ["不满意的话，{v}天内都能退。", "退货期：{v}天。", "收货后{v}天内可申请退货。"],
    },
    "policy.refund_days": {
        "en": ["Once we get it back, the refund takes {v} to {v2} business days.",
               "Refund processing time: {v}–{v2} working days.", "Refunds usually land within {v}-{v2} business days."],
        "ru": ["После возврата деньги придут в течение {v}–{v2} рабочих дней.",
               "Срок зачисления средств — от {v} до {v2} рабочих дней.", "Возврат денег: {v}-{v2} рабочих дней."],
        "zh": ["退款一般{v}到{v2}个工作日到账。", "退款处理时间：{v}–{v2}个工作日。", "钱会在{v}-{v2}个工作日内退回。"],
    },
    "policy.restocking_fee_pct": {
        "en": ["If you've opened it and nothing's wrong with it, there's a {v}% restocking charge.",
               "Restocking fee for opened non-defective goods: {v}%."],
        "ru": ["Если товар вскрыт, но исправен, удерживается {v}% от стоимости.",
               "Сбор за возврат вскрытого исправного товара — {v}%."],
        "zh": ["商品拆封但没有质量问题的，要扣{v}%的手续费。", "已拆封无故障商品退货手续费：{v}%。"],
    },
    "policy.standard_fee": {
        "en": ["Standard delivery will cost you {m}.", "Standard shipping fee: {m}."],
        "ru": ["Стоимость стандартной доставки — {m}.", "Обычная доставка обойдётся в {m}."],
        "zh": ["普通快递运费是{m}。", "标准配送费：{m}。"],
    },
    "policy.free_shipping_over": {
        "en": ["Free shipping kicks in once your order goes over {m}.", "Orders above {m} qualify for free delivery."],
        "ru": ["Доставка бесплатна для заказов свыше {m}.", "Закажите больше чем на {m} — и доставим бесплатно."],
        "zh": ["订单金额超过{m}就包邮。", "购物满{m}即可免运费。"],
    },
    "policy.standard_days": {
        "en": ["Standard shipping typically takes {v} to {v2} business days.",
               "Standard delivery time: {v}–{v2} working days."],
        "ru": ["Стандартная доставка — обычно {v}–{v2} рабочих {dw2}.",
               "Срок обычной доставки: от {v} до {v2} рабочих {dw2}."],
        "zh": ["普通快递一般{v}到{v2}个工作日送到。", "标准配送时效：{v}–{v2}个工作日。"],
    },
    "policy.express_fee": {
        "en": ["Need it fast? Express is {m}.", "Express delivery fee: {m}."],
        "ru": ["Нужно быстрее? Экспресс-доставка — {m}.", "Стоимость срочной доставки составляет {m}."],
        "zh": ["想快点收到的话，加急是{m}。", "加急配送费：{m}。"],
    },
    "policy.express_days": {
        "en": ["Express gets it to you in {v} to {v2} business days.", "Express delivery time: {v}–{v2} working days."],
        "ru": ["Экспресс-доставка займёт {v}–{v2} рабочих {dw2}.", "Срочно доставим за {v}-{v2} рабочих {dw2}."],
        "zh": ["加急的话{v}到{v2}个工作日就能到。", "加急配送时效：{v}–{v2}个工作日。"],
    },
    "policy.warranty_months": {
        "en": ["It's covered by a {v}-month warranty.", "Warranty period: {v} months."],
        "ru": ["Гарантия — {v} {mw}.", "На товар распространяется гарантия сроком {v} мес."],
        "zh": ["享受{v}个月的质保。", "保修期：{v}个月。"],
    },
}

FRESH_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": ["is still unpaid", "is on hold until the payment comes through"],
        "paid": ["has been paid for and is being packed", "is paid; it hasn't left the warehouse yet"],
        "shipped": ["is out for shipping and on the way", "has been dispatched"],
        "delivered": ["has arrived at your address", "was handed over to you"],
        "returned": ["has been sent back and processed as a return", "was returned to the store"],
        "cancelled": ["has been called off", "was cancelled and won't be shipped"],
    },
    "ru": {
        "pending": ["пока не оплачен", "ожидает поступления оплаты"],
        "paid": ["оплачен, сейчас его комплектуют", "оплачен и готовится к отправке"],
        "shipped": ["уже отправлен и едет к вам", "в пути"],
        "delivered": ["вручён", "успешно доставлен"],
        "returned": ["вернули на склад", "оформлен на возврат и принят"],
        "cancelled": ["отменили", "снят с оформления"],
    },
    "zh": {
        "pending": ["尚未付款", "还在等待付款"],
        "paid": ["已付款，仓库正在配货", "付过款了，还没发出"],
        "shipped": ["已经发出，正在路上", "已出库发货"],
        "delivered": ["已经签收了", "已妥投"],
        "returned": ["已经退回仓库", "的退货已经处理完毕"],
        "cancelled": ["已经取消了", "被取消了，不会发货"],
    },
}

FRESH_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["{a} bucks", "US$ {a}", "{a} US dollars"],
    "ru": ["{a} долл. США", "{a} долларов США", "{a}$"],
    "zh": ["{a}美金", "美元{a}", "US$ {a}"],
}
FRESH_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["{a} euros", "₽{a}", "{a} GBP", "RMB {a}", "{a} yen"],
    "ru": ["{a} рублей", "{a} фунтов", "{a} EUR", "{a} CNY", "¥{a}"],
    "zh": ["人民币{a}元", "{a}英镑", "{a}日元", "€ {a}", "{a}卢布"],
}
FRESH_DATE_FORMATS: dict[str, list[str]] = {
    "en": ["the {dth} of {month}, {y}", "{mm}/{dd}/{y}", "{weekday} {mon} {dth}, {y}"],
    "ru": ["{dd}.{mm}.{y} г.", "{d} {mon_ru} {y} г.", "{d} {month_ru} {y} г. ({weekday_ru})"],
    "zh": ["{y}.{mm}.{dd}", "{y}年{mm}月{dd}日", "{y}年{m}月{d}日（{weekday_zh}）"],
}
_RU_MONTHS_SHORT = ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."]
_RU_WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
_ZH_WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def _lists(claim: str, language: str) -> tuple[list[str], list[str], list[str]]:
    dev, held = PATTERNS[claim][language]
    return dev, held, FRESH_PATTERNS[claim][language]


def pick_from(patterns: dict[str, dict[str, list[str]]], tag: str, claim: str, language: str,
              rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language`` from a split's own table (the variety and fresh splits)."""
    options = patterns[claim][language]
    i = rng.randrange(len(options))
    return f"{claim}.{language}.{tag}{i}", options[i]


def phrase_from(states: dict[str, dict[str, list[str]]], state: str, language: str, rng: random.Random) -> str:
    """A state phrase from a split's own table (the variety and fresh splits)."""
    return rng.choice(states[language][state])


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """A pattern for ``claim`` in ``language`` from the split's own list: (pattern id, pattern)."""
    pool = _lists(claim, language)[SPLITS.index(split)]
    i = rng.randrange(len(pool))
    return f"{claim}.{language}.{_TAGS[split]}{i}", pool[i]


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    dev, held = STATES[language][state]
    return rng.choice((dev, held, FRESH_STATES[language][state])[SPLITS.index(split)])


def amount_text(value: Decimal, language: str, rng: random.Random) -> str:
    """"1,299.99" (en), "1 299,99" (ru, no-break space), "1299.99" (zh); whole amounts sometimes without cents."""
    cents = value != value.to_integral_value() or rng.random() < 0.5
    raw = f"{value:,.2f}" if cents else f"{value:,.0f}"
    if language == "ru":
        return raw.replace(",", _NBSP).replace(".", ",")
    if language == "zh":
        return raw.replace(",", "")
    return raw


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    dev, held = MONEY_FORMATS[language]
    fmt = rng.choice((dev, held, FRESH_MONEY_FORMATS[language])[SPLITS.index(split)])
    return fmt.format(a=amount_text(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str = DEV) -> str:
    """The two older splits share one list of other currencies; the fresh split has its own."""
    formats = FRESH_OTHER_CURRENCY[language] if split == FRESH else OTHER_CURRENCY[language]
    return rng.choice(formats).format(a=amount_text(value, language, rng))


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    dev, held = DATE_FORMATS[language]
    fmt = rng.choice((dev, held, FRESH_DATE_FORMATS[language])[SPLITS.index(split)])
    return fmt.format(month=EN_MONTHS[day.month - 1], mon=EN_MONTHS[day.month - 1][:3], d=day.day, y=day.year,
                      iso=day.isoformat(), weekday=day.strftime("%A"), month_ru=RU_MONTHS[day.month - 1],
                      dd=f"{day.day:02d}", mm=f"{day.month:02d}", m=day.month, dth=_ordinal(day.day),
                      mon_ru=_RU_MONTHS_SHORT[day.month - 1], weekday_ru=_RU_WEEKDAYS[day.weekday()],
                      weekday_zh=_ZH_WEEKDAYS[day.weekday()])


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ru_days(n: int) -> str:
    """Russian plural of "day" after ``n`` (1 день, 2 дня, 5 дней)."""
    if n % 10 == 1 and n % 100 != 11:
        return "день"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "дня"
    return "дней"


def ru_days_genitive(n: int) -> str:
    """"в течение 1 дня", "в течение 2 дней", "в течение 30 дней"."""
    return "дня" if n % 10 == 1 and n % 100 != 11 else "дней"


def ru_months(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "месяц"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "месяца"
    return "месяцев"


def ru_working_days(upper: int) -> str:
    """After a range "3–5 рабочих …" Russian agrees with the upper figure: дня (2–4) or дней."""
    return "дня" if 2 <= upper % 10 <= 4 and not 12 <= upper % 100 <= 14 else "дней"


def colour_word(value: str, language: str) -> str:
    words = COLOURS.get(value)
    if words is None:
        return value
    return words[("en", "ru", "zh").index(language)]
