"""A sixth fresh split for the grounding eval: the long, hedged prose of a language-model shop assistant.

This set was written by a helper who did not read the verifier (``agent/grounding/``, ``agent/stream_verify.py``),
its tests, or the blind fifth fresh split (``evals.grounding_fresh5``); the other pattern sets were read only so as
not to repeat them. It copies how a large language model writes a helpful shop reply: long sentences of two or three
clauses joined by "and", "while", "which", "so"; hedged openers ("From what I can see,", "According to our system,",
«Судя по данным системы,», "根据系统显示，"); the figure in parentheses or between em-dashes ("the X (currently
$59.99) is ..."); verbs that introduce a figure ("comes in at", "is listed at", «обойдётся в», «значится по цене»,
"售价为", "标价"); counts as "there are N units available", «в наличии N единиц», "现有库存N件"; order states as
whole clauses ("has already been handed to the courier and is on its way", «уже передан курьеру и едет к вам»,
"已交给快递，正在运输途中"). Money as "$59.99", "59.99 US dollars", «59,99 доллара США», «$59,99», "59.99美元",
"US$59.99"; dates as "Tuesday, November 3, 2026", «во вторник, 3 ноября 2026 года», "2026年11月3日（星期二）" and
other unambiguous forms, always with their year.

Correctness rules, as for the earlier fresh splits: each sentence names the product, order or policy its figures
belong to; every date carries its year and none has "by", "around", «до» or 之前 around it; the return window is not
tied to delivery or purchase; the restocking fee keeps its "opened and not faulty" condition; the refund time keeps
"after we receive the return"; an order-state phrase says only what is true of that state (a shipped order has not
arrived, a paid one has not left); a stock count is the available quantity; no sentence adds a claim its
placeholders do not back.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH6``. Pattern ids are ``<claim>.<language>.w<i>``.
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

FRESH6 = "development (fresh 6)"
_TAG = "w"

# claim -> language -> patterns; the placeholders are those of evals.grounding_wording (see grounding_fresh2.py).
# Russian dates are adverbial («оформлен 3 ноября 2026 года», «во вторник, 3 ноября 2026 года»), so no pattern puts
# a preposition before {date}; Russian ranges are in the nominative/accusative, where {dw2} agrees with {v2}.
FRESH6_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "From what I can see, the {name} is currently listed at {price}, which is the price shown on its page.",
            "The {name} (currently {price}) could be a good fit, and I'm happy to compare it with anything else "
            "you have in mind.",
            "According to our system, the {name} comes in at {price} — that's its current listed price.",
            "If you're considering the {name}, it's priced at {price}, so you can factor that into your budget.",
            "The price of the {name} is {price}, which should help you decide whether it fits what you had in mind.",
            "Looking at the listing for the {name}, I can see it's priced at {price} at the moment.",
            "Based on our catalog, the {name} sells for {price}.",
        ],
        "ru": [
            "Судя по данным системы, «{name}» сейчас значится по цене {price}.",
            "Товар «{name}» (сейчас {price}) может стать хорошим вариантом, и я с радостью помогу сравнить его "
            "с другими.",
            "По нашим данным, «{name}» обойдётся вам в {price} — это актуальная цена в каталоге.",
            "Если вы рассматриваете «{name}», стоимость этого товара составляет {price}, так что эту сумму можно "
            "сразу заложить в бюджет.",
            "Цена на «{name}» — {price}, и именно эту сумму вы увидите при оформлении заказа.",
            "В карточке товара «{name}» указана цена {price}.",
            "Согласно нашему каталогу, товар «{name}» стоит {price}.",
        ],
        "zh": [
            "根据系统显示，{name}目前的售价为{price}。",
            "{name}（目前售价{price}）是个不错的选择，如果需要，我也可以帮您和其他商品做个对比。",
            "从系统信息来看，{name}标价{price}，这是它当前的价格。",
            "如果您在考虑{name}，它的价格是{price}，您可以据此安排预算。",
            "{name}的售价为{price}，下单时看到的也是这个价格。",
            "查看了一下{name}的商品页面，目前标价为{price}。",
            "按照我们的商品目录，{name}售价为{price}。",
        ],
    },
    "PQ": {
        "en": [
            "From what I can see, the {name} is listed at {price}, and there are {qty} units available right now.",
            "The {name} (currently {price}) has {qty} units available, so you can go ahead and order it.",
            "According to our system, the {name} comes in at {price} per unit, while the available stock stands at "
            "{qty} units.",
            "If the {name} is what you're after, it's priced at {price}, and we currently have {qty} of them "
            "available.",
            "The {name} is listed at {price} — and, as of now, there are {qty} units available in stock.",
            "Right now there are {qty} units of the {name} available, each priced at {price}.",
            "Based on our current inventory, the {name} sells for {price} and has {qty} units available.",
        ],
        "ru": [
            "Судя по данным системы, «{name}» значится по цене {price}, а в наличии сейчас {qty} единиц.",
            "Товар «{name}» (цена — {price}) есть на складе: в наличии {qty} шт., так что оформить заказ можно "
            "прямо сейчас.",
            "По нашим данным, «{name}» обойдётся в {price} за штуку, при этом доступный остаток составляет {qty} шт.",
            "Если вас интересует «{name}», цена этого товара — {price}, и сейчас для заказа доступно {qty} шт.",
            "Сейчас в наличии {qty} единиц товара «{name}», каждая по цене {price}.",
            "Согласно складским данным, «{name}» продаётся за {price} — доступно для заказа {qty} шт.",
        ],
        "zh": [
            "根据系统显示，{name}售价为{price}，现有库存{qty}件。",
            "{name}（目前售价{price}）现有库存{qty}件，您可以直接下单。",
            "从系统信息来看，{name}每件标价{price}，可售库存为{qty}件。",
            "如果您需要{name}，它的价格是{price}，目前可售数量为{qty}件。",
            "目前{name}共有{qty}件可售，每件售价{price}。",
            "按照库存记录，{name}售价{price}——现有库存{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "From what I can see, the {name} is in stock and listed at {price}, so you can order it right away.",
            "The {name} (currently {price}) is available and in stock, which means you can place your order "
            "whenever you're ready.",
            "According to our system, the {name} comes in at {price} and is currently in stock.",
            "Good news — the {name} is in stock at the moment, and it's priced at {price}.",
            "If you'd like the {name}, it's in stock right now and sells for {price}, so there's no waiting for a "
            "restock.",
            "The {name} is listed at {price}, and I can confirm it's currently available in our stock.",
        ],
        "ru": [
            "Судя по данным системы, «{name}» есть в наличии и значится по цене {price}, так что заказать этот "
            "товар можно прямо сейчас.",
            "Товар «{name}» (сейчас {price}) в наличии, поэтому оформить заказ можно в любой момент.",
            "По нашим данным, «{name}» обойдётся в {price}, и сейчас этот товар есть на складе.",
            "Хорошая новость — товар «{name}» сейчас в наличии, а цена составляет {price}.",
            "Если вы присматриваетесь к «{name}», этот товар в наличии и продаётся за {price}.",
            "Согласно нашему каталогу, товар «{name}» стоит {price} и есть в наличии, так что его можно заказать.",
        ],
        "zh": [
            "根据系统显示，{name}目前有货，售价为{price}，您可以直接下单。",
            "{name}（目前售价{price}）现在有现货，随时都可以购买。",
            "从系统信息来看，{name}标价{price}，而且目前有库存。",
            "好消息——{name}现在有货，价格是{price}。",
            "如果您想要{name}，它目前有现货，售价{price}，不需要等待补货。",
            "按照库存记录，{name}售价为{price}，目前有货可下单。",
        ],
    },
    "PO": {
        "en": [
            "From what I can see, the {name} is listed at {price}, but unfortunately it's out of stock at the moment.",
            "The {name} (normally {price}) is currently out of stock, so it can't be ordered right now.",
            "According to our system, the {name} comes in at {price}; however, it's sold out right now, which means "
            "it isn't available to order.",
            "Unfortunately, the {name} — priced at {price} — is out of stock at the moment, so you may want to "
            "consider an alternative.",
            "I'm sorry to say that the {name}, which sells for {price}, is currently unavailable because it's out of "
            "stock.",
            "The {name} is priced at {price}, although it's currently out of stock and can't be added to an order.",
        ],
        "ru": [
            "Судя по данным системы, «{name}» значится по цене {price}, но, к сожалению, сейчас этого товара нет "
            "в наличии.",
            "Товар «{name}» (обычно {price}) сейчас закончился, поэтому оформить на него заказ пока не получится.",
            "По нашим данным, «{name}» обойдётся в {price}, однако в данный момент товара нет в наличии.",
            "К сожалению, товар «{name}» — по цене {price} — сейчас отсутствует на складе, так что можно "
            "присмотреться к альтернативам.",
            "Товар «{name}», который продаётся за {price}, сейчас распродан и недоступен для заказа.",
            "Согласно нашему каталогу, цена товара «{name}» — {price}, хотя сейчас его нет в наличии.",
        ],
        "zh": [
            "根据系统显示，{name}售价为{price}，但很遗憾目前缺货。",
            "{name}（平时售价{price}）目前缺货，暂时无法下单。",
            "从系统信息来看，{name}标价{price}，不过现在已经售罄，所以暂时买不到。",
            "很抱歉，{name}——售价{price}——目前没有库存，您可以先看看其他替代商品。",
            "{name}的售价为{price}，但目前处于缺货状态，无法加入订单。",
            "按照库存记录，{name}标价{price}，目前暂时缺货。",
        ],
    },
    "Q": {
        "en": [
            "From what I can see, there are {qty} units of the {name} available right now.",
            "According to our system, the {name} has {qty} units available in stock at the moment.",
            "The {name} currently has {qty} units available, so you can order it without waiting.",
            "Based on our current inventory, there are {qty} units of the {name} available, and I'm happy to help "
            "you place an order.",
            "Right now the available stock for the {name} stands at {qty} units.",
            "If you're wondering about stock, the {name} has {qty} units available at the moment.",
            "Our stock records show {qty} units of the {name} available for order.",
        ],
        "ru": [
            "Судя по данным системы, в наличии сейчас {qty} единиц товара «{name}».",
            "По нашим данным, доступный остаток товара «{name}» составляет {qty} шт.",
            "Товара «{name}» сейчас в наличии {qty} шт., так что заказать его можно без ожидания.",
            "Согласно складским данным, для заказа доступно {qty} единиц товара «{name}».",
            "Если вас интересует наличие, то товара «{name}» сейчас доступно {qty} шт.",
            "Сейчас для заказа доступно {qty} шт. товара «{name}», и я с радостью помогу оформить заказ.",
        ],
        "zh": [
            "根据系统显示，{name}现有库存{qty}件。",
            "从系统信息来看，{name}目前可售数量为{qty}件。",
            "{name}目前有{qty}件可售，您可以直接下单，无需等待。",
            "按照库存记录，{name}现有{qty}件可供购买。",
            "如果您关心库存，{name}现在的可售库存为{qty}件。",
            "目前{name}共有{qty}件可售，如需下单我可以帮您。",
        ],
    },
    "I": {
        "en": [
            "From what I can see, the {name} is in stock right now, so you can go ahead and order it.",
            "According to our system, the {name} is currently in stock and available to order.",
            "Good news — the {name} is in stock at the moment, which means there's no need to wait for a restock.",
            "The {name} is available and in stock, so you can add it to your cart whenever you're ready.",
            "I've checked for you, and the {name} is currently in stock.",
            "Based on our current inventory, the {name} is in stock and can be ordered right away.",
        ],
        "ru": [
            "Судя по данным системы, товар «{name}» есть в наличии, так что его можно заказать прямо сейчас.",
            "По нашим данным, товар «{name}» сейчас в наличии и доступен для заказа.",
            "Хорошая новость — товар «{name}» есть на складе, поэтому ждать поступления не придётся.",
            "По результатам проверки товар «{name}» в наличии.",
            "Товар «{name}» сейчас в наличии, и его можно добавить в корзину в любой момент.",
            "Согласно складским данным, товар «{name}» есть в наличии и готов к заказу.",
        ],
        "zh": [
            "根据系统显示，{name}目前有货，您可以直接下单。",
            "从系统信息来看，{name}现在有库存，可以正常购买。",
            "好消息——{name}目前有现货，不需要等待补货。",
            "帮您查过了，{name}现在有货。",
            "{name}目前有货，您准备好后随时可以加入购物车。",
            "按照库存记录，{name}有现货，可立即下单。",
        ],
    },
    "O": {
        "en": [
            "From what I can see, the {name} is out of stock at the moment, so it can't be ordered right now.",
            "According to our system, the {name} is currently sold out, which means it isn't available to order.",
            "Unfortunately, the {name} is out of stock right now — I'm sorry about that.",
            "I've checked for you, and the {name} is currently unavailable because it's out of stock.",
            "The {name} is out of stock at the moment, so you may want to look at an alternative in the meantime.",
            "Based on our current inventory, the {name} is sold out and can't be added to an order right now.",
        ],
        "ru": [
            "Судя по данным системы, товара «{name}» сейчас нет в наличии, поэтому заказать его пока нельзя.",
            "По нашим данным, товар «{name}» распродан, так что оформить на него заказ сейчас не получится.",
            "К сожалению, товар «{name}» сейчас закончился — приношу извинения за неудобство.",
            "По результатам проверки товара «{name}» нет на складе.",
            "Товара «{name}» сейчас нет в наличии, поэтому, возможно, стоит рассмотреть альтернативу.",
            "Согласно складским данным, товар «{name}» отсутствует в наличии и недоступен для заказа.",
        ],
        "zh": [
            "根据系统显示，{name}目前缺货，所以暂时无法下单。",
            "从系统信息来看，{name}已经售罄，现在买不到。",
            "很抱歉，{name}目前没有库存——给您带来不便了。",
            "帮您查过了，{name}现在缺货。",
            "{name}目前处于缺货状态，您可以先看看其他替代商品。",
            "按照库存记录，{name}已售罄，暂时无法加入订单。",
        ],
    },
    "S": {
        "en": [
            "From what I can see, the {name} is available in size {size}, so you can select it when you place "
            "your order.",
            "According to our system, size {size} is one of the sizes offered for the {name}.",
            "The {name} does come in size {size}, and you can pick it from the size options when ordering.",
            "Good news — size {size} is offered for the {name}, so you can go ahead and choose it.",
            "If you need a {size}, the {name} is offered in that size.",
            "Looking at the size options for the {name}, I can see that {size} is one of them.",
        ],
        "ru": [
            "Судя по данным системы, товар «{name}» доступен в размере {size}, так что этот размер можно выбрать "
            "при оформлении заказа.",
            "По нашим данным, размер {size} входит в размерную сетку товара «{name}».",
            "Хорошая новость — у товара «{name}» есть размер {size}.",
            "Если вам нужен размер {size}, то товар «{name}» есть в этом размере.",
            "В размерной линейке товара «{name}» есть {size}, и его можно выбрать на странице товара.",
            "Согласно карточке товара «{name}», размер {size} доступен для выбора.",
        ],
        "zh": [
            "根据系统显示，{name}有{size}码可选，下单时直接选择即可。",
            "从系统信息来看，{size}码属于{name}提供的尺码之一。",
            "好消息——{name}有{size}码。",
            "如果您需要{size}码，{name}是有这个尺码的。",
            "查看了{name}的尺码选项，其中包括{size}码。",
            "按照商品信息，{name}提供{size}码，您可以放心选择。",
        ],
    },
    "C": {
        "en": [
            "From what I can see, the {name} comes in {colour}, which is the colour listed for it.",
            "According to our system, the colour of the {name} is {colour}.",
            "The {name} is finished in {colour}, so that's the colour you'll receive.",
            "Just to confirm the colour — the {name} is {colour}.",
            "If colour matters to you, the {name} comes in {colour}.",
            "Looking at the listing for the {name}, its colour is {colour}.",
        ],
        "ru": [
            "Судя по данным системы, товар «{name}» представлен в цвете «{colour}».",
            "По нашим данным, цвет товара «{name}» — {colour}.",
            "Уточню по цвету — товар «{name}» выполнен в цвете «{colour}», именно такой вы и получите.",
            "Согласно карточке товара «{name}», его цвет — {colour}.",
            "Цвет товара «{name}» указан в карточке как {colour}.",
            "Товар «{name}» (цвет: {colour}) подойдёт, если вам нужен именно такой оттенок.",
        ],
        "zh": [
            "根据系统显示，{name}的颜色是{colour}。",
            "从系统信息来看，{name}为{colour}款，您收到的就是这个颜色。",
            "如果您在意颜色，{name}是{colour}的。",
            "确认一下颜色——{name}是{colour}。",
            "查看了{name}的商品页面，颜色标注为{colour}。",
            "按照商品信息，{name}的配色是{colour}。",
        ],
    },
    "PP": {
        "en": [
            "From what I can see, the {name} is listed at {price}, while the {name2} comes in at {price2}.",
            "The {name} (currently {price}) and the {name2} (currently {price2}) are both worth a look, depending "
            "on your budget.",
            "According to our system, the {name} sells for {price}, whereas the {name2} is priced at {price2}, so you "
            "can compare them side by side.",
            "To compare the two: the {name} is {price} — and the {name2} is {price2}.",
            "If you're deciding between them, the {name} costs {price} and the {name2} costs {price2}, which should "
            "make the comparison easier.",
            "Price-wise, the {name} comes to {price}, while the {name2} is listed at {price2}.",
        ],
        "ru": [
            "Судя по данным системы, «{name}» значится по цене {price}, тогда как «{name2}» обойдётся в {price2}.",
            "Товар «{name}» (сейчас {price}) и товар «{name2}» (сейчас {price2}) — оба достойные варианты, всё "
            "зависит от вашего бюджета.",
            "По нашим данным, «{name}» стоит {price}, а «{name2}» — {price2}, так что их легко сравнить.",
            "Для сравнения: цена «{name}» — {price}, в то время как «{name2}» продаётся за {price2}.",
            "Согласно каталогу, «{name}» обойдётся вам в {price}, а «{name2}» значится по цене {price2}.",
            "По ценам ситуация такая: «{name}» — {price}, «{name2}» — {price2}, и я могу подробнее рассказать "
            "о каждом.",
        ],
        "zh": [
            "根据系统显示，{name}售价为{price}，而{name2}标价{price2}。",
            "{name}（目前{price}）和{name2}（目前{price2}）都值得考虑，主要看您的预算。",
            "从系统信息来看，{name}的价格是{price}，{name2}则是{price2}，方便您直接比较。",
            "对比一下两款商品：{name}售价{price}——{name2}售价{price2}。",
            "如果您在这两款之间犹豫，{name}要{price}，{name2}要{price2}，这样比较起来会更清楚。",
            "按照商品目录，{name}标价{price}，{name2}的售价为{price2}。",
        ],
    },
    "count": {
        "en": [
            "From what I can see, I found {count} products that match what you're looking for, and I've listed "
            "them below.",
            "According to our catalog, there are {count} matching products, which I've summarised below.",
            "I found {count} options that fit your request — here they are:",
            "Your search returned {count} results, so here's a quick overview of each one.",
            "Based on what you described, {count} products came up, and I've gathered them below.",
            "There are {count} items matching your search, which I've listed here:",
        ],
        "ru": [
            "Судя по каталогу, количество подходящих товаров — {count}, и ниже я привожу их список.",
            "По вашему запросу нашлось подходящих вариантов: {count} — вот они:",
            "Всего по вашим критериям подходит товаров: {count}, и ниже краткий обзор каждого.",
            "Согласно результатам поиска, число подходящих позиций составляет {count}, их список ниже.",
            "Результатов поиска по вашему запросу — {count}, ниже перечислены все.",
            "Нашлись варианты, соответствующие вашему запросу (всего {count}):",
        ],
        "zh": [
            "根据系统显示，为您找到{count}款符合条件的商品，具体如下：",
            "从搜索结果来看，共有{count}款商品符合您的要求，我把它们列在下面了。",
            "我帮您找到了{count}个合适的选项——请看下面：",
            "您的搜索共返回{count}个结果，下面逐一为您介绍。",
            "按照您描述的需求，一共筛选出{count}款商品，详情如下：",
            "符合您搜索条件的商品共有{count}款，列表如下：",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is the subject of every sentence it appears in (nominative in Russian).
    "ref": {
        "en": [
            "The order #{n} you asked about",
            "The order you mentioned (#{n})",
            "Your order (number {n})",
            "Order #{n} from your message",
            "The order under number {n}",
            "Your order with the number {n}",
        ],
        "ru": [
            "Упомянутый вами заказ № {n}",
            "Оформленный вами заказ № {n}",
            "Заказ № {n} из вашего сообщения",
            "Интересующий вас заказ № {n}",
            "Нужный вам заказ № {n}",
            "Указанный вами заказ № {n}",
        ],
        "zh": [
            "您提到的订单{n}",
            "编号为{n}的这笔订单",
            "您询问的订单（编号{n}）",
            "订单（编号：{n}）",
            "您的这笔订单{n}",
            "单号为{n}的这一单",
        ],
    },
    "state": {
        "en": [
            "From what I can see, {ref_low} {state}.",
            "According to our system, {ref_low} {state}.",
            "Thanks for your patience while I checked — {ref_low} {state}.",
            "I've looked into this for you, and {ref_low} {state}.",
            "{ref} {state}, which is the most recent status we have on file.",
            "Based on the latest update in our system, {ref_low} {state}.",
            "Happy to help with that! {ref} {state}.",
        ],
        "ru": [
            "Судя по данным системы, {ref_low} {state}.",
            "По нашим данным, {ref_low} {state}.",
            "Спасибо за ожидание — {ref_low} {state}.",
            "Информацию проверили: {ref_low} {state}.",
            "{ref} {state}, и это самый актуальный статус в нашей системе.",
            "Согласно последнему обновлению в системе, {ref_low} {state}.",
            "С радостью помогу! {ref} {state}.",
        ],
        "zh": [
            "根据系统显示，{ref}{state}。",
            "从系统信息来看，{ref}{state}。",
            "感谢您耐心等待——{ref}{state}。",
            "帮您查询了一下，{ref}{state}。",
            "{ref}{state}，这是系统里最新的状态。",
            "根据系统中最新的订单记录，{ref}{state}。",
            "很乐意为您查询！{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "From what I can see, {ref_low} is expected to arrive on {date}, so you can plan around that date.",
            "According to our system, the estimated delivery date for {ref_low} is {date}.",
            "The current estimate is that {ref_low} will be delivered on {date}, and I'm glad to check again if you "
            "need an update.",
            "Based on the latest estimate, {ref_low} should reach you on {date}, which is the date shown in our "
            "system.",
            "If everything goes to plan, {ref_low} is scheduled to be delivered on {date}.",
            "Our system lists {date} as the expected delivery date for {ref_low}.",
        ],
        "ru": [
            "Судя по данным системы, {ref_low} планируется доставить {date}, так что можно ориентироваться на эту "
            "дату.",
            "По нашим данным, {ref_low} прибудет к вам {date} — это расчётная дата доставки.",
            "Согласно текущей оценке, {ref_low} будет доставлен {date}.",
            "Если всё пойдёт по плану, {ref_low} приедет к вам {date}.",
            "В системе указано, что {ref_low} ожидается к доставке {date}.",
            "По плану {ref_low} должен прибыть {date}, и я с радостью проверю статус ещё раз, если понадобится.",
        ],
        "zh": [
            "根据系统显示，{ref}预计于{date}送达。",
            "从系统信息来看，{ref}的预计送达日期是{date}，您可以据此安排时间。",
            "按目前的预估，{ref}将在{date}送到您手上。",
            "如果一切顺利，{ref}预计{date}到达。",
            "系统里显示{ref}的预计送达时间为{date}。",
            "{ref}的预计送达日为{date}，届时请留意查收。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "From what I can see, {ref_low} was delivered on {date}, and the carrier marked the delivery as completed.",
            "According to our system, the delivery date for {ref_low} was {date}.",
            "Our records show that {ref_low} was delivered on {date}.",
            "Based on the tracking information, {ref_low} reached you on {date}, so the delivery is complete.",
            "{date} is the date on which {ref_low} was delivered, according to the carrier's confirmation.",
            "The carrier confirmed that {ref_low} was delivered on {date}.",
        ],
        "ru": [
            "Судя по данным системы, {ref_low} был доставлен {date}, и перевозчик подтвердил вручение.",
            "По нашим данным, {ref_low} вручили вам {date}.",
            "Согласно отметке перевозчика, {ref_low} был доставлен {date}.",
            "В нашей системе указано, что {ref_low} доставлен {date}, так что доставка завершена.",
            "Судя по информации об отслеживании, {ref_low} прибыл к вам {date}.",
            "Как видно из истории доставки, {ref_low} был вручён {date}.",
        ],
        "zh": [
            "根据系统显示，{ref}已于{date}送达，快递也确认了签收。",
            "从物流信息来看，{ref}在{date}签收。",
            "我们的记录显示，{ref}的送达日期是{date}。",
            "根据快递的确认信息，{ref}于{date}妥投，配送已经完成。",
            "系统里显示{ref}是{date}送到的。",
            "{ref}已在{date}送达，签收记录已同步到系统中。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "From what I can see, {ref_low} was shipped on {date}, which is when it left our warehouse.",
            "According to our system, {ref_low} was handed to the carrier on {date}.",
            "Our records show that {ref_low} left our warehouse on {date}.",
            "Based on the tracking information, {ref_low} was dispatched on {date}, and that's when the carrier "
            "took it over.",
            "The shipping date recorded for {ref_low} is {date}.",
            "Just so you know, {ref_low} went out on {date}.",
        ],
        "ru": [
            "Судя по данным системы, {ref_low} был отправлен {date} — именно тогда он покинул наш склад.",
            "По нашим данным, {ref_low} передали перевозчику {date}.",
            "Согласно нашим записям, {ref_low} покинул наш склад {date}.",
            "В системе указано, что {ref_low} был отгружен {date}, после чего его забрал перевозчик.",
            "Как видно из истории доставки, {ref_low} был передан в доставку {date}.",
            "Для справки: {ref_low} был отправлен {date}.",
        ],
        "zh": [
            "根据系统显示，{ref}已于{date}发货，也就是当天离开了我们的仓库。",
            "从物流信息来看，{ref}在{date}交给了快递。",
            "我们的记录显示，{ref}的发货日期是{date}。",
            "系统里显示{ref}是{date}出库的。",
            "{ref}于{date}由快递揽收。",
            "查询结果显示，{ref}在{date}从仓库发出。",
        ],
    },
    "date.placed_on": {
        "en": [
            "From what I can see, {ref_low} was placed on {date}.",
            "According to our system, {ref_low} was created on {date}, which is the order date we have on file.",
            "Our records show that {ref_low} was submitted on {date}.",
            "The order date for {ref_low} is {date}, based on the timestamp in our system.",
            "Looking at the order history, {ref_low} came in on {date}.",
            "Based on our records, {ref_low} was placed on {date}, so that's the date to use if you need it for "
            "your records.",
        ],
        "ru": [
            "Судя по данным системы, {ref_low} был оформлен {date}.",
            "По нашим данным, {ref_low} поступил к нам {date}, и это дата заказа в системе.",
            "Согласно нашим записям, {ref_low} был создан {date}.",
            "В системе указано, что {ref_low} оформлен {date}.",
            "Как видно из истории заказов, {ref_low} был размещён {date}.",
            "Для ваших записей: {ref_low} был оформлен {date}.",
        ],
        "zh": [
            "根据系统显示，{ref}是在{date}下单的。",
            "从系统信息来看，{ref}的下单日期为{date}。",
            "我们的记录显示，{ref}提交于{date}。",
            "系统里显示{ref}创建于{date}，这就是订单日期。",
            "查询结果显示，{ref}的下单时间是{date}。",
            "如果您需要留存记录，{ref}是{date}下的单。",
        ],
    },
    "total": {
        "en": [
            "{ref} comes to a total of {total}, which covers everything on the order.",
            "{ref} — according to our system — has a grand total of {total}.",
            "{ref} is listed at {total} in total.",
            "{ref} adds up to {total} overall, based on the order summary.",
            "{ref} has an order total of {total}, so that's the full amount for this order.",
            "{ref} totals {total} (that's the full order amount).",
        ],
        "ru": [
            "{ref} оформлен на общую сумму {total}, и в неё входят все позиции заказа.",
            "{ref} — согласно данным системы — на сумму {total}.",
            "{ref} значится в системе на сумму {total}.",
            "{ref} имеет итоговую сумму {total}, и это полная стоимость заказа.",
            "{ref} на общую сумму {total} — именно эта сумма указана в итоге заказа.",
            "{ref} в сумме составляет {total}.",
        ],
        "zh": [
            "{ref}的订单总额为{total}，包含订单中的所有商品。",
            "根据系统显示，{ref}合计{total}。",
            "从订单信息来看，{ref}的总金额是{total}。",
            "{ref}一共是{total}——这是整笔订单的金额。",
            "系统里显示{ref}的结算总额为{total}。",
            "查询结果显示，{ref}的总价为{total}。",
        ],
    },
    "carrier": {
        "en": [
            "From what I can see, your order was shipped with {carrier}.",
            "According to our system, the carrier handling your parcel is {carrier}.",
            "Your parcel was handed over to {carrier} for delivery, so they're the ones to contact about the "
            "delivery itself.",
            "The shipping carrier on this order is {carrier}.",
            "Based on the shipping details, {carrier} is the courier for your order.",
            "Just so you know, we sent your package with {carrier}.",
        ],
        "ru": [
            "Судя по данным системы, ваш заказ отправлен через {carrier}.",
            "По нашим данным, посылку передали перевозчику {carrier}.",
            "Ваша посылка была передана в службу доставки {carrier}, так что по вопросам доставки можно обращаться "
            "туда.",
            "Перевозчик по этому заказу — {carrier}.",
            "Согласно данным об отправке, заказ отправлен службой {carrier}.",
            "Для справки: отправку вашего заказа выполнила служба доставки {carrier}.",
        ],
        "zh": [
            "根据系统显示，您的订单由{carrier}承运。",
            "从物流信息来看，您的包裹是通过{carrier}寄出的。",
            "这笔订单的承运快递是{carrier}，物流问题可以直接联系他们。",
            "我们是用{carrier}给您发的货。",
            "查询结果显示，负责配送的快递公司为{carrier}。",
            "您的订单选用的物流公司是{carrier}。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "According to our return policy, you have {v} days to return an item, which gives you time to decide "
            "whether it's right for you.",
            "From what I can see, our return window is {v} days, so you can send the item back within that period.",
            "Our store accepts returns within {v} days, which is the standard return window under our policy.",
            "The return policy gives you {v} days to send an item back if it doesn't work out.",
            "If you change your mind, our policy allows returns within {v} days.",
            "Under our returns policy (a {v}-day return window), you can send items back within that time.",
        ],
        "ru": [
            "Согласно нашей политике возврата, вернуть товар можно в течение {v} {dwg}.",
            "Судя по условиям магазина, срок возврата составляет {v} {dw}, так что у вас есть время всё обдумать.",
            "Наш магазин принимает возвраты в течение {v} {dwg} — это стандартный срок по нашим правилам.",
            "По правилам возврата у вас есть {v} {dw}, чтобы отправить товар обратно, если он не подойдёт.",
            "Если передумаете, по нашей политике товар можно вернуть в течение {v} {dwg}.",
            "Срок на возврат в нашем магазине — {v} {dw}, и в этот период товар можно отправить обратно.",
        ],
        "zh": [
            "根据我们的退货政策，您可以在{v}天内办理退货。",
            "从店铺规定来看，退货期限为{v}天，您有充足的时间考虑。",
            "本店支持{v}天内退货，这是我们的标准退货期。",
            "如果您改变主意，按照政策可以在{v}天之内退货。",
            "我们的退货窗口期是{v}天，在此期间可以把商品寄回。",
            "按照退货规则，退货期限为{v}天。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "According to our refund policy, refunds are issued within {v}–{v2} business days after we receive the "
            "return.",
            "The refund takes {v} to {v2} business days after we receive the return, which is our standard "
            "processing time.",
            "From what I can see, our policy is to process refunds {v}–{v2} business days after we receive the return.",
            "Under our refund policy, the refund is issued {v}–{v2} business days after we receive the return.",
            "You can expect the refund {v}–{v2} business days after we receive the return, according to our policy.",
            "Per our refund policy, it takes {v}-{v2} business days after we receive the return for the refund to be "
            "processed.",
        ],
        "ru": [
            "Согласно нашей политике, возврат денег занимает {v}–{v2} рабочих {dw2} после того, как мы получим "
            "возвращённый товар.",
            "Судя по условиям магазина, деньги поступят через {v}–{v2} рабочих {dw2} после получения нами возврата.",
            "После того как возврат поступит к нам, перечисление средств занимает {v}–{v2} рабочих {dw2}, и это "
            "стандартный срок.",
            "По нашим правилам, средства возвращаются через {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
            "Срок возврата денег — {v}–{v2} рабочих {dw2} после получения нами возвращённого товара.",
            "Согласно политике возврата, средства будут перечислены через {v}-{v2} рабочих {dw2} после получения "
            "нами возврата.",
        ],
        "zh": [
            "根据我们的退款政策，我们收到退货后会在{v}–{v2}个工作日内办理退款。",
            "从店铺规定来看，退款会在我们收到退货后{v}至{v2}个工作日内完成。",
            "在我们收到退货之后，退款需要{v}-{v2}个工作日处理，这是标准时效。",
            "按照退款规则，我们收到退回的商品后{v}–{v2}个工作日内退款。",
            "退款时效为我们收到退货后的{v}–{v2}个工作日。",
            "如果您已寄回商品，我们收到退货后{v}到{v2}个工作日会给您退款。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "According to our return policy, a {v}% restocking fee applies if the item has been opened and is not "
            "faulty.",
            "From what I can see, items that are opened and not faulty carry a {v}% restocking fee when returned.",
            "Our policy charges a restocking fee of {v}% on returns of opened items that aren't faulty, so it's worth "
            "keeping that in mind before opening the packaging.",
            "If you return an item that was opened and isn't faulty, our policy deducts a {v}% restocking fee.",
            "The restocking fee under our policy is {v}% — it applies to opened items that are not faulty.",
            "Just so you know, returning an opened, non-faulty item comes with a {v}% restocking fee under our policy.",
        ],
        "ru": [
            "Согласно нашей политике, за вскрытый и исправный товар при возврате удерживается комиссия {v}%.",
            "Судя по условиям магазина, если товар был вскрыт и не имеет дефектов, при возврате удерживается {v}% "
            "его стоимости.",
            "Если вы возвращаете вскрытый товар без брака, по нашим правилам удерживается {v}% — это плата за "
            "повторную подготовку к продаже.",
            "Комиссия за возврат вскрытого, но исправного товара составляет {v}%.",
            "По правилам возврата для вскрытых товаров без неисправностей действует удержание {v}%.",
            "Обратите внимание: при возврате вскрытого исправного товара удерживается {v}% стоимости.",
        ],
        "zh": [
            "根据我们的退货政策，已拆封且无质量问题的商品退货需收取{v}%的上架费。",
            "从店铺规定来看，如果商品已经拆封、并且没有质量问题，退货时会扣除{v}%。",
            "商品拆封后若无故障，退货需要支付{v}%的手续费。",
            "按照退货规则，已开封且非质量问题的退货收取{v}%费用。",
            "需要提醒您：拆封后无质量问题的商品退回，要扣{v}%的手续费。",
            "已拆封但无质量问题的商品，退货手续费为{v}%。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "According to our shipping policy, standard shipping costs {m}.",
            "From what I can see, standard delivery comes in at {m}, which is the fee for the regular option.",
            "Our standard shipping option is listed at {m}.",
            "If you choose standard shipping, the fee is {m}.",
            "Standard shipping — the regular option — is charged at {m} under our policy.",
            "The shipping policy lists the standard delivery fee as {m}.",
        ],
        "ru": [
            "Согласно нашей политике доставки, стандартная доставка стоит {m}.",
            "Судя по условиям магазина, стандартная доставка обойдётся вам в {m}, и это тариф для обычного способа "
            "отправки.",
            "Стоимость стандартной доставки составляет {m} (это базовый вариант).",
            "Если вы выберете стандартную доставку, её стоимость составит {m}.",
            "По нашим тарифам стандартная доставка значится по цене {m}.",
            "Для справки: стандартная доставка у нас стоит {m}.",
        ],
        "zh": [
            "根据我们的配送政策，标准快递的运费为{m}。",
            "从店铺规定来看，标准配送收费{m}，这是普通配送方式的运费。",
            "如果您选择标准配送，运费是{m}。",
            "标准快递的运费标价{m}。",
            "按照运费规则，标准配送需支付{m}。",
            "温馨提示：标准配送的费用为{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "According to our shipping policy, shipping is free on orders over {m}.",
            "From what I can see, orders over {m} qualify for free shipping, so you won't pay a delivery fee above "
            "that amount.",
            "If your order total is over {m}, shipping is on us.",
            "Our free shipping threshold is {m} — any order above that amount ships free.",
            "Free shipping applies to orders over {m}, which can be a nice way to save on delivery.",
            "Under our policy, you get free shipping once your order exceeds {m}.",
        ],
        "ru": [
            "Согласно нашей политике доставки, заказы на сумму свыше {m} доставляются бесплатно.",
            "Судя по условиям магазина, при заказе от {m} доставка будет бесплатной, так что платить за неё не "
            "придётся.",
            "Если сумма вашего заказа превысит {m}, доставка будет бесплатной.",
            "Порог бесплатной доставки у нас — {m}: все заказы дороже этой суммы доставляются бесплатно.",
            "Бесплатная доставка действует для заказов свыше {m}, что помогает сэкономить.",
            "По нашим правилам, доставка становится бесплатной, когда сумма заказа больше {m}.",
        ],
        "zh": [
            "根据我们的配送政策，订单金额超过{m}即可享受免运费。",
            "从店铺规定来看，订单满{m}就包邮，不需要再付运费。",
            "如果您的订单金额超过{m}，运费由我们承担。",
            "我们的包邮门槛是{m}——超过这个金额的订单都免运费。",
            "按照运费规则，订单金额高于{m}可免运费。",
            "温馨提示：订单满{m}即享包邮。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "According to our shipping policy, standard delivery takes {v}–{v2} business days.",
            "From what I can see, standard shipping arrives within {v} to {v2} business days.",
            "Standard shipping is estimated at {v}–{v2} business days, so you can plan accordingly.",
            "If you choose standard shipping, you can expect delivery in {v}-{v2} business days.",
            "Our standard delivery time is {v} to {v2} business days (that's the regular option).",
            "The standard option under our shipping policy takes {v}–{v2} business days to arrive.",
        ],
        "ru": [
            "Согласно нашей политике доставки, стандартная доставка занимает {v}–{v2} рабочих {dw2}.",
            "Судя по условиям магазина, при стандартной доставке посылка будет в пути {v}–{v2} рабочих {dw2}.",
            "Если выбрать стандартную доставку, она займёт {v}–{v2} рабочих {dw2}, так что получение можно "
            "спланировать заранее.",
            "Срок стандартной доставки составляет {v}-{v2} рабочих {dw2}.",
            "По нашим правилам на стандартную доставку уходит {v}–{v2} рабочих {dw2}.",
            "Для справки: стандартная доставка — это {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "根据我们的配送政策，标准配送需要{v}–{v2}个工作日。",
            "从店铺规定来看，标准快递一般在{v}至{v2}个工作日送达。",
            "如果您选择标准配送，预计需要{v}-{v2}个工作日，方便您提前安排。",
            "标准配送的时效为{v}–{v2}个工作日。",
            "按照配送规则，标准快递在途时间为{v}到{v2}个工作日。",
            "温馨提示：标准配送需{v}–{v2}个工作日送达。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "According to our shipping policy, express shipping costs {m}.",
            "From what I can see, express delivery comes in at {m}, which is the fee for the express option.",
            "If you need it sooner, express shipping is available for {m}.",
            "Our express shipping fee is {m} — a good choice when timing matters.",
            "Express shipping is listed at {m} under our policy.",
            "The shipping policy lists the express delivery fee as {m}.",
        ],
        "ru": [
            "Согласно нашей политике доставки, экспресс-доставка стоит {m}.",
            "Судя по условиям магазина, экспресс-доставка обойдётся вам в {m}, если нужно получить заказ срочно.",
            "Стоимость экспресс-доставки составляет {m} (это срочный вариант).",
            "Если вы выберете экспресс-доставку, её стоимость составит {m}.",
            "По нашим тарифам экспресс-доставка значится по цене {m}.",
            "Для справки: экспресс-доставка у нас стоит {m}.",
        ],
        "zh": [
            "根据我们的配送政策，加急配送的运费为{m}。",
            "从店铺规定来看，加急快递收费{m}，适合着急收货的情况。",
            "如果您选择加急配送，运费是{m}。",
            "加急快递的运费标价{m}。",
            "按照运费规则，加急配送需支付{m}。",
            "温馨提示：加急配送的费用为{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "According to our shipping policy, express delivery takes {v}–{v2} business days.",
            "From what I can see, express shipping arrives within {v} to {v2} business days.",
            "If you choose express, you can expect delivery in {v}-{v2} business days, which is handy if you need "
            "it soon.",
            "Express shipping is estimated at {v}–{v2} business days.",
            "Our express delivery time is {v} to {v2} business days, so you can plan around that.",
            "The express option under our shipping policy takes {v}–{v2} business days to arrive.",
        ],
        "ru": [
            "Согласно нашей политике доставки, экспресс-доставка занимает {v}–{v2} рабочих {dw2}.",
            "Судя по условиям магазина, при экспресс-доставке посылка будет в пути {v}–{v2} рабочих {dw2}.",
            "Если выбрать экспресс-доставку, она займёт {v}–{v2} рабочих {dw2}, и это удобно, если вещь нужна срочно.",
            "Срок экспресс-доставки составляет {v}-{v2} рабочих {dw2}.",
            "По нашим правилам на экспресс-доставку уходит {v}–{v2} рабочих {dw2}.",
            "Для справки: экспресс-доставка — это {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "根据我们的配送政策，加急配送需要{v}–{v2}个工作日。",
            "从店铺规定来看，加急快递一般在{v}至{v2}个工作日送达。",
            "如果您选择加急配送，预计需要{v}-{v2}个工作日，适合着急收货的情况。",
            "加急配送的时效为{v}–{v2}个工作日。",
            "按照配送规则，加急快递在途时间为{v}到{v2}个工作日。",
            "温馨提示：加急配送需{v}–{v2}个工作日送达。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "According to our warranty policy, the product comes with a {v}-month warranty.",
            "From what I can see, the warranty period is {v} months, which covers you for that time.",
            "Our warranty lasts {v} months, so you're covered for that period.",
            "You're covered by a {v}-month warranty under our policy.",
            "The warranty — {v} months in total — is part of our standard policy.",
            "Under our warranty policy, coverage runs for {v} months.",
        ],
        "ru": [
            "Согласно нашей гарантийной политике, гарантия действует {v} {mw}.",
            "Судя по условиям магазина, гарантийный срок составляет {v} {mw}, так что в течение этого времени вы "
            "защищены.",
            "Гарантия на товар — {v} {mw}, и она входит в наши стандартные условия.",
            "Если возникнут вопросы по гарантии, её срок — {v} {mw}.",
            "По нашим правилам срок гарантии составляет {v} мес. (это стандартные условия).",
            "Для справки: гарантийное обслуживание действует {v} {mw}.",
        ],
        "zh": [
            "根据我们的保修政策，商品享有{v}个月的保修。",
            "从店铺规定来看，保修期为{v}个月，在此期间您都能享受保修服务。",
            "我们提供{v}个月的质保，让您用得放心。",
            "如果遇到问题，保修期是{v}个月。",
            "按照保修规则，质保时长为{v}个月。",
            "温馨提示：本店商品保修{v}个月。",
        ],
    },
}

# Order states as predicates after the order reference, whole clauses in the assistant's voice. Each is true of its
# own state only: a paid order has not left the warehouse, a shipped one has not arrived.
FRESH6_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is still awaiting payment, so we haven't started processing it yet",
            "is currently pending — the payment hasn't come through on our side yet",
            "has been created but not paid for yet, which means it is still in the pending stage",
            "hasn't been paid yet (its status is pending), so it's on hold until the payment is completed",
        ],
        "paid": [
            "has been paid for and is now being prepared at our warehouse, so it hasn't shipped yet",
            "is paid — the payment went through, and the team is getting it ready for dispatch",
            "shows the payment as received, while the parcel itself is still with us waiting to be handed to a carrier",
            "is fully paid and currently in processing, and it has not left the warehouse yet",
        ],
        "shipped": [
            "has already been handed to the courier and is on its way",
            "has shipped and is currently in transit, so it hasn't been delivered yet",
            "left our warehouse and is now with the carrier, making its way to you",
            "is on the road — it has been dispatched and is in transit to your address",
        ],
        "delivered": [
            "has been delivered — the carrier confirmed the drop-off",
            "was delivered successfully, which means it should already be with you",
            "has reached its destination and is marked as delivered",
            "is showing as delivered, so the parcel has completed its journey",
        ],
        "returned": [
            "has been returned to us, and the return has been received at our warehouse",
            "is marked as returned — the item came back to us",
            "was sent back and has been processed as a return",
            "has come back to our warehouse as a completed return",
        ],
        "cancelled": [
            "has been cancelled, so it won't be shipped",
            "was cancelled and is no longer active",
            "is showing as cancelled — nothing will be sent out for it",
            "has been cancelled, which means it is closed and won't be processed further",
        ],
    },
    "ru": {
        "pending": [
            "пока ожидает оплаты, поэтому в обработку ещё не передан",
            "ещё не оплачен — как только оплата поступит, мы начнём его обрабатывать",
            "находится в статусе ожидания оплаты, и оплата по нему пока не поступила",
        ],
        "paid": [
            "оплачен и сейчас готовится к отправке на нашем складе, так что в путь он ещё не отправился",
            "успешно оплачен, а сейчас его собирают и упаковывают для передачи в доставку",
            "оплачен, но пока остаётся у нас на складе и ещё не передан перевозчику",
        ],
        "shipped": [
            "уже передан курьеру и едет к вам",
            "отправлен и сейчас находится в пути, хотя до вас ещё не доставлен",
            "покинул наш склад и сейчас в дороге — перевозчик везёт его к вам",
        ],
        "delivered": [
            "уже доставлен — перевозчик подтвердил вручение",
            "успешно доставлен и, судя по всему, уже у вас",
            "значится доставленным, то есть посылка уже вручена",
        ],
        "returned": [
            "был возвращён нам, и возврат уже принят на складе",
            "значится возвращённым — товар вернулся к нам",
            "оформлен как возврат, и посылка уже поступила обратно к нам",
        ],
        "cancelled": [
            "отменён, так что отправлен он не будет",
            "значится отменённым и больше не обрабатывается",
            "был отменён — никакой отправки по нему не будет",
        ],
    },
    "zh": {
        "pending": [
            "目前还在等待付款，所以尚未进入处理流程",
            "尚未付款，付款完成后我们才会开始处理",
            "仍处于待付款状态，系统里还没有收到这笔款项",
        ],
        "paid": [
            "已经付款成功，目前正在仓库备货，还没有发出",
            "款项已经收到，我们正在为它打包，准备交给快递",
            "已付款，不过包裹还在我们仓库里，尚未交给快递",
        ],
        "shipped": [
            "已交给快递，正在运输途中",
            "已经发货，目前在路上，还没有送达",
            "已离开我们的仓库，快递正在把它送往您的地址",
        ],
        "delivered": [
            "已经送达，快递也确认了签收",
            "已成功签收，包裹应该已经在您手上了",
            "显示为已送达，配送已经完成",
        ],
        "returned": [
            "已经退回给我们，仓库也收到了退货",
            "已作为退货处理完毕，商品已回到我们这里",
            "显示为已退货，商品已经寄回仓库",
        ],
        "cancelled": [
            "已经取消，所以不会发货",
            "已被取消，系统中不再处理",
            "显示为已取消，这笔订单不会再发出",
        ],
    },
}

# Store-currency (USD) money. {a}: the amount written the language's way. Russian amounts always carry their kopeck
# part («59,99», «50,00»), so «доллара» (the genitive singular a fraction takes) is right for every amount.
FRESH6_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "US${a}", "{a} US dollars", "${a} USD", "${a} (US dollars)"],
    "ru": ["{a} доллара США", "${a}", "{a} $", "{a} долл. США", "{a} USD", "{a} доллара США (USD)"],
    "zh": ["{a}美元", "US${a}", "${a}", "{a} 美元", "{a}美元（USD）"],
}
# The same amounts in another currency: a planted error whatever the number.
FRESH6_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["€{a}", "{a} GBP", "CAD {a}", "{a} Canadian dollars", "₽{a}", "{a} Japanese yen", "¥{a}", "{a} euros"],
    "ru": [
        "{a} рубля",
        "{a} ₽",
        "{a} евро",
        "€{a}",
        "{a} CAD",
        "{a} юаня",
        "{a} фунта стерлингов",
        "{a} канадского доллара",
    ],
    "zh": ["{a}元", "人民币{a}元", "{a}日元", "CAD {a}", "{a}欧元", "{a}加拿大元", "£{a}", "{a}港元"],
}
# Every format carries the year and is unambiguous (no numeric day/month order to guess): a date a year off must stay
# visibly wrong.
FRESH6_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{weekday}, {month} {d}, {y}",
        "{weekday}, {month} {d_th}, {y}",
        "{month} {d}, {y} (a {weekday})",
        "{d} {month} {y} ({weekday})",
        "{wd_short}, {d} {mon} {y}",
        "{month} {d}, {y}",
    ],
    "ru": [
        "{wd_ru_acc}, {d} {month_ru} {y} года",
        "{d} {month_ru} {y} года (это {wd_ru})",
        "{d} {month_ru} {y} года",
        "{dd}.{mm}.{y} ({wd_ru})",
        "{wd_ru_acc}, {dd}.{mm}.{y}",
        "{d} {month_ru} {y} г.",
    ],
    "zh": [
        "{y}年{m}月{d}日（星期{wd_zh}）",
        "{y}年{m}月{d}日",
        "{y}年{mm}月{dd}日（星期{wd_zh}）",
        "{y}-{mm}-{dd}（星期{wd_zh}）",
        "{y}年{m}月{d}号（星期{wd_zh}）",
    ],
}


def _ru_weekday_accusative(i: int) -> str:
    """«во вторник», «в среду», «в пятницу»: the weekday of evals.grounding_calendar.RU_WEEKDAYS after в/во."""
    word = RU_WEEKDAYS[i]
    if word.endswith("а"):
        word = word[:-1] + "у"
    return ("во " if word.startswith("вт") else "в ") + word


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH6_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH6_STATES, state, language, rng)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount as a language model writes it: English with thousands commas and, for whole amounts now and then,
    no cents ("$50"); Russian «1 299,99» (space or no-break space) always with its kopeck part; Chinese with or
    without thousands commas."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    grouped = f"{int(whole):,}"
    if language == "ru":
        sep = rng.choice([" ", "\u00a0"])
        return f"{grouped.replace(',', sep)},{frac}"
    if language == "zh" and rng.random() < 0.5:
        grouped = whole
    if language == "en" and frac == "00" and rng.random() < 0.4:
        return grouped
    return f"{grouped}.{frac}"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    return rng.choice(FRESH6_MONEY_FORMATS[language]).format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    return rng.choice(FRESH6_OTHER_CURRENCY[language]).format(a=_amount(value, language, rng))


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH6_DATE_FORMATS[language])
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
        wd_short=EN_WEEKDAYS[day.weekday()][:3],
        month_ru=RU_MONTHS[day.month - 1],
        wd_ru=RU_WEEKDAYS[day.weekday()],
        wd_ru_acc=_ru_weekday_accusative(day.weekday()),
        wd_zh=ZH_WEEKDAYS[day.weekday()],
    )


__all__ = [
    "FRESH6",
    "FRESH6_DATE_FORMATS",
    "FRESH6_MONEY_FORMATS",
    "FRESH6_OTHER_CURRENCY",
    "FRESH6_PATTERNS",
    "FRESH6_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
