"""An eleventh fresh split for the grounding eval: answers read out by a voice assistant, support e-mails, a small
family shop, a Russian marketplace seller and a Chinese seller note.

This set was written blind to the verifier: its helper did not read ``agent/`` (so neither ``agent/grounding/`` nor
``agent/stream_verify.py``), ``tools/``, ``knowledge/``, the tests, ``evals.grounding``, ``evals.grounding_cases``,
``evals.grounding_score``, ``evals.grounding_checker``, the blind fifth, seventh, eighth and tenth fresh splits or any
report under ``evals/reports/``. It read only ``evals.grounding_wording``, ``evals.grounding_calendar`` and the fresh
splits 2, 3, 4, 6 and 9 (``evals.grounding_fresh9`` is its template), for the placeholders, claim keys and
correctness rules and so as not to repeat their wordings. It is a HELD-OUT split: whoever tunes the verifier must not
read it (nor its cases, misses or false rejections), or its figures stop measuring wordings nobody has tuned to.

The register is five voices, all new for this split, with English given the most variety:
(a) a smart speaker answering at home ("Here's what I found: the X costs $49.99.", "Checking your orders… Order 12
from our shop is in transit.", "Shipping date for your order (#12): Tuesday, November 3rd, 2026."), figures
now and then in words but always with a currency marker ("forty-nine dollars and ninety-nine cents"), every date
with its year ("Tuesday, November 3rd, 2026", "November third, 2026");
(b) a support e-mail ("Thanks for reaching out! I checked the X for you: it is currently priced at $49.99.",
"Regarding your order (#12), …", "Please note that …"), with sign-off lines that carry no claim;
(c) a chatty owner of a small family shop, British and American English mixed ("we've got 3 of the X left", "it's
yours for $49.99, love", "we do the X in size 10", "standard postage is …"), still in dollars;
(d) a Russian marketplace seller answering a question in the Ozon/Wildberries manner («Здравствуйте! Спасибо за
вопрос. «X» стоит 49,99 доллара.», «Благодарим за интерес к товару «X»: …», statuses in «»: «в статусе «В пути»»)
and a Russian voice assistant («Вот что я нашла: …», «По вашему запросу: …», «Нашла в магазине: …»), money also in
words («сорок девять долларов девяносто девять центов»);
(e) a Chinese Xiaohongshu-style seller note (宝子们、姐妹们、评论区问的…统一回复、小店、码住、～) and a Chinese voice
assistant (为您查询到，…; 小度为您找到：…; 帮您查了一下，…; 根据查询结果，…), money also read out (四十九点九九美元),
dates with the year (2026年11月3日（周二）, 二〇二六年十一月三日).
Hype never adds a claim: no "discount", "best", "deal", "limited", "bargain", 优惠, 秒杀, 福利, 先到先得, and no
"only"/"just" before a price (only before a count that is left); no praise of a product, no hedged figure ("about",
"around", "roughly", 一般, 左右, «примерно»).

Correctness rules, as for the earlier fresh splits: each sentence names the product, order or policy its figures
belong to, and a sentence about two products ties each price to its own product with no comparison; every date
carries its year, is unambiguous (no numeric day/month order to swap) and has no "by", "around", «до», 之前 or 左右
near it; the return window is not tied to delivery or purchase; the restocking fee keeps its "opened and not faulty"
condition; the refund time keeps "after we receive the return"; an order-state phrase says only what is true of that
state (a shipped order has not arrived, a paid one has not left); a date, total or carrier sentence says nothing of
the order's state; a stock count is the available quantity; no sentence adds a claim (rating, discount, promise,
other figure) its placeholders do not back; money in another currency is plainly that currency ("49 euros", "49.99
Australian dollars", «49,99 гривны», 49.99澳元). Russian dates are adverbial everywhere (a verb before the date, never
a preposition, and never the order reference straight before the date, since it may end in its number); Russian
names stay in «» after a noun («товар «X»») or in a case-free slot, never with a gendered past participle, adjective
or pronoun of their own; counts are «N шт.»; ranges of days use {dw2} only where the range is nominative/accusative;
Russian money sits only in nominative/accusative slots («стоит …», «за …», «превышает …», «больше чем …»), so the
amount in words («сорок девять долларов») is right wherever it lands. Chinese patterns never put a number-bearing
placeholder straight after {name} or {ref}, so two figures never run together.

The functions have the signatures of their namesakes in ``evals.grounding_fresh9``; the split's constant is
``FRESH11``. Pattern ids are ``<claim>.<language>.j<i>``.
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
from evals.grounding_spoken import amount as _amount
from evals.grounding_spoken import en_number as _en_number
from evals.grounding_spoken import en_ordinal_word as _en_ordinal_word
from evals.grounding_spoken import en_unit as _en_unit
from evals.grounding_spoken import grouped as _grouped
from evals.grounding_spoken import parts as _parts
from evals.grounding_spoken import ru_plural as _ru_plural
from evals.grounding_spoken import ru_weekday_accusative as _ru_weekday_accusative
from evals.grounding_wording import phrase_from, pick_from

FRESH11 = "held-out (fresh 11)"
_TAG = "j"

# claim -> language -> patterns; the placeholders are those of evals.grounding_fresh9 for the same claim.
FRESH11_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Here's what I found: the {name} costs {price}.",
            "Sure, the price of the {name} is {price}.",
            "I found the {name} in the store's catalogue, and its price is {price}.",
            "Thanks for reaching out! I checked the {name} for you: it is currently priced at {price}.",
            "Regarding the {name} in your question, the price is {price}.",
            "Happy to confirm that the {name} is priced at {price}. Kind regards, the shop team.",
            "Oh, the {name}? It's yours for {price}, love.",
            "Right then, the {name} goes for {price} here.",
            "Ah, the {name} — that'll be {price}, dear.",
            "The {name}, hon? We sell that one at {price}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. «{name}» стоит {price}.",
            "Добрый день! Цена товара «{name}» — {price}.",
            "Благодарим за интерес к товару «{name}»: его цена {price}.",
            "Здравствуйте! Товар «{name}» сейчас продаётся за {price}. С уважением, продавец.",
            "Вот что я нашла: цена на «{name}» — {price}.",
            "По вашему запросу: товар «{name}», цена — {price}.",
            "Нашла в магазине: «{name}», стоимость {price}.",
        ],
        "zh": [
            "为您查询到，{name}的价格是{price}。",
            "小度为您找到：{name}，售价{price}。",
            "帮您查了一下，{name}现在的售价为{price}。",
            "评论区问的{name}统一回复一下，价格是{price}～",
            "宝子们，{name}在小店卖{price}哦。",
            "姐妹们问的{name}，价格{price}，想要的私信我～",
            "小店的{name}定价是{price}，码住～",
        ],
    },
    "PQ": {
        "en": [
            "Here's what I found: the {name} costs {price}, and {qty} are available.",
            "The {name} is {price}, and the store has {qty} in stock right now.",
            "Okay, I checked: {qty} of the {name} are in stock, priced at {price} each.",
            "Thanks for your message! The {name} is priced at {price}, and we currently have {qty} units available.",
            "Regarding the {name}: it costs {price}, with {qty} available to order.",
            "I can confirm the {name} is {price} per unit, and {qty} are currently available.",
            "We've got {qty} of the {name} left, {price} each.",
            "Oh, the {name}'s {price}, and there are {qty} sitting on the shelf right now.",
            "Right, the {name} is {price} a piece and I've got {qty} of them in stock.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. Товар «{name}» стоит {price}, в наличии {qty} шт.",
            "Добрый день! Товар «{name}» — {price} за штуку, на складе {qty} шт.",
            "Благодарим за интерес к товару «{name}»: цена {price}, доступно к заказу {qty} шт.",
            "Здравствуйте! По товару «{name}»: стоимость {price}, в наличии {qty} шт. С уважением, продавец.",
            "Вот что я нашла: «{name}» за {price}, сейчас в наличии {qty} шт.",
            "По вашему запросу: товар «{name}», цена {price}, остаток {qty} шт.",
            "Нашла в магазине: товар «{name}» стоит {price}, свободных {qty} шт.",
        ],
        "zh": [
            "为您查询到，{name}的价格是{price}，库存还有{qty}件。",
            "小度为您找到：{name}，售价{price}，当前可售{qty}件。",
            "帮您查了一下，{name}单价为{price}，目前库存{qty}件。",
            "评论区问的{name}统一回复：{price}一件，现在还剩{qty}件～",
            "宝子们，{name}是{price}，小店只剩{qty}件了哦。",
            "姐妹们，{name}的价格是{price}，库存{qty}件～",
            "小店的{name}：价格{price}，现货{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "Here's what I found: the {name} is in stock and costs {price}.",
            "Yes, the {name} is available in the store right now, priced at {price}.",
            "I checked the store for the {name}: it's in stock, at a price of {price}.",
            "Thanks for reaching out! The {name} is in stock, and its price is {price}.",
            "Regarding the {name}, I'm pleased to say it's in stock at {price}.",
            "Just to confirm, the {name} is currently in stock and priced at {price}.",
            "Oh yes, we've got the {name} in, and it's {price}.",
            "Yep, the {name}'s here on the shelf, and it's yours for {price}.",
            "Good question — the {name} is in stock right now, and it'll cost you {price}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. «{name}» есть в наличии, цена {price}.",
            "Добрый день! Товар «{name}» в наличии, стоит {price}.",
            "Благодарим за интерес к товару «{name}»: он в наличии по цене {price}.",
            "Да, товар «{name}» сейчас в наличии, можно оформлять заказ по цене {price}.",
            "Вот что я нашла: товар «{name}» в наличии и стоит {price}.",
            "По вашему запросу: товар «{name}» есть на складе, цена — {price}.",
            "Нашла в магазине: «{name}» за {price}, товар в наличии.",
        ],
        "zh": [
            "为您查询到，{name}有货，价格是{price}。",
            "小度为您找到：{name}目前有库存，售价{price}。",
            "帮您查了一下，{name}现在有库存，可以购买，售价为{price}。",
            "评论区问的{name}统一回复：有现货，{price}～",
            "宝子们，{name}小店有货哦，{price}一件。",
            "姐妹们，{name}现货在，价格{price}，喜欢可以下单～",
            "小店的{name}有货，定价{price}。",
        ],
    },
    "PO": {
        "en": [
            "Here's what I found: the {name} costs {price}, but it's out of stock right now.",
            "The {name} is priced at {price}; however, the store doesn't have it in stock at the moment.",
            "I checked the {name}: it costs {price}, and it's not in stock today.",
            "Thanks for reaching out! The {name} is listed at {price}, but I'm sorry to say it's currently out of"
            " stock.",
            "Regarding the {name}: its price is {price}, though it is out of stock for the time being.",
            "Just to let you know, the {name} sells for {price} but has no stock at the moment.",
            "Oh, the {name}'s {price}, but we've none left, I'm afraid.",
            "Ah, shame — the {name} is {price}, but we're all out of it right now.",
            "The {name} would be {price}, but we haven't got any in at the minute.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. Товар «{name}» стоит {price}, но сейчас его нет в наличии.",
            "Добрый день! Цена товара «{name}» — {price}, однако на складе его сейчас нет.",
            "Благодарим за интерес к товару «{name}»: цена {price}, но, к сожалению, товар закончился.",
            "Здравствуйте! Товар «{name}» за {price} сейчас отсутствует на складе.",
            "Вот что я нашла: товар «{name}» стоит {price}, но в наличии сейчас нет.",
            "По вашему запросу: товар «{name}», цена {price}, нет в наличии.",
            "Нашла в магазине: «{name}» за {price}, но купить сейчас не получится — товара нет в наличии.",
        ],
        "zh": [
            "为您查询到，{name}的价格是{price}，不过目前缺货。",
            "小度为您找到：{name}，售价{price}，暂时没有库存。",
            "帮您查了一下，{name}售价为{price}，现在处于缺货状态。",
            "评论区问的{name}统一回复：{price}，但现在断货了～",
            "宝子们，{name}是{price}，可惜小店现在没货了。",
            "姐妹们，{name}定价{price}，目前卖光了哈。",
            "小店的{name}标价{price}，这会儿没有现货。",
        ],
    },
    "Q": {
        "en": [
            "Here's what I found: there are {qty} of the {name} in stock.",
            "The store currently has {qty} units of the {name} available.",
            "I checked: the {name} has {qty} available right now.",
            "Thanks for your question! We currently have {qty} of the {name} available.",
            "Regarding the {name}, our available stock is {qty} units.",
            "Just to confirm, {qty} units of the {name} are available to order.",
            "We've got {qty} of the {name} left.",
            "I've {qty} of the {name} left, if you want one.",
            "There's {qty} of the {name} left on the shelf, pet.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. Товара «{name}» в наличии {qty} шт.",
            "Добрый день! По товару «{name}» на складе сейчас {qty} шт.",
            "Благодарим за интерес к товару «{name}»: доступно к заказу {qty} шт.",
            "Здравствуйте! Остаток товара «{name}» — {qty} шт.",
            "Вот что я нашла: «{name}» — в наличии {qty} шт.",
            "По вашему запросу: товар «{name}», остаток на складе {qty} шт.",
            "Нашла в магазине: «{name}», доступно {qty} шт.",
        ],
        "zh": [
            "为您查询到，{name}当前库存{qty}件。",
            "小度为您找到：{name}还有{qty}件可以买。",
            "帮您查了一下，{name}的可售数量为{qty}件。",
            "评论区问的{name}统一回复：还剩{qty}件～",
            "宝子们，{name}小店里只剩{qty}件了。",
            "姐妹们，{name}目前现货{qty}件哦。",
            "小店的{name}库存：{qty}件。",
        ],
    },
    "I": {
        "en": [
            "Here's what I found: the store has the {name} in stock.",
            "Yes, the {name} is on the store's shelves right now.",
            "I checked the {name}, and it's available in the store.",
            "Thanks for reaching out! I'm happy to confirm the {name} is in stock.",
            "Regarding the {name}: we currently hold stock of it.",
            "Just to let you know, we do have the {name} in stock.",
            "Oh yes, we've got the {name} in.",
            "The {name}? Yep, it's in, love.",
            "You're in luck, the {name}'s in stock today.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. «{name}» есть в наличии.",
            "Добрый день! Товар «{name}» в наличии, можно заказывать.",
            "Благодарим за интерес к товару «{name}»: он есть на складе.",
            "Да, товар «{name}» на складе есть, оформляйте заказ.",
            "Вот что я нашла: товар «{name}» сейчас на складе.",
            "По вашему запросу: в наличии есть товар «{name}».",
            "Нашла в магазине: «{name}» есть в наличии прямо сейчас.",
        ],
        "zh": [
            "为您查询到，{name}目前有货。",
            "小度为您找到：{name}有库存，可以下单。",
            "帮您查了一下，{name}现在处于有货状态。",
            "评论区问的{name}统一回复：有现货～",
            "宝子们，{name}小店有货哦。",
            "姐妹们，{name}在库的，放心拍～",
            "小店的{name}是有现货的哈。",
        ],
    },
    "O": {
        "en": [
            "Here's what I found: no stock of the {name} right now.",
            "Sorry, the store doesn't have the {name} in stock right now.",
            "I checked the {name}: there's none in stock right now.",
            "Thanks for reaching out! Unfortunately, the {name} is currently out of stock.",
            "Regarding the {name}, I'm afraid it is not in stock at the moment.",
            "Just to let you know, the {name} is unavailable, as we have no stock of it at present.",
            "Oh, we're all out of the {name}, I'm sorry to say.",
            "Sorry love, the {name}'s sold out.",
            "We haven't got any of the {name} in at the moment, I'm afraid.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. К сожалению, товара «{name}» сейчас нет в наличии.",
            "Добрый день! Увы, товар «{name}» сейчас недоступен к заказу — его нет в наличии.",
            "Благодарим за интерес к товару «{name}», но, к сожалению, он закончился.",
            "Здравствуйте! Товар «{name}» распродан, в наличии его нет.",
            "Вот что я нашла: товара «{name}» в наличии нет.",
            "По вашему запросу: товар «{name}» отсутствует на складе.",
            "Нашла в магазине «{name}», но на складе товара сейчас нет.",
        ],
        "zh": [
            "为您查询到，{name}目前缺货。",
            "小度为您找到：{name}暂时没有库存。",
            "帮您查了一下，{name}现在处于缺货状态。",
            "评论区问的{name}统一回复：现在断货了～",
            "宝子们，{name}小店卖空了哦。",
            "姐妹们，{name}暂时没货，抱歉啦～",
            "小店的{name}这会儿没有现货了。",
        ],
    },
    "S": {
        "en": [
            "Here's what I found: size {size} is available for the {name}.",
            "Yes, size {size} is offered for the {name}.",
            "I checked the {name}: size {size} is on its size list.",
            "Thanks for reaching out! The {name} does come in a size {size}.",
            "Regarding sizing, {size} is one of the sizes the {name} comes in.",
            "Just to confirm, the {name} can be ordered in size {size}.",
            "Oh yes, we do the {name} in size {size}.",
            "The {name} comes in {size}, so you're sorted.",
            "You can have the {name} in size {size}, no problem.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. У товара «{name}» есть размер {size}.",
            "Добрый день! В размерной сетке товара «{name}» есть размер {size}.",
            "Благодарим за интерес к товару «{name}»: размер {size} у него есть.",
            "Здравствуйте! Товар «{name}» можно заказать в размере {size}.",
            "Вот что я нашла: для «{name}» есть размер {size}.",
            "По вашему запросу: товар «{name}», размер {size} есть.",
            "Нашла в магазине: у «{name}» есть вариант размера {size}.",
        ],
        "zh": [
            "为您查询到，{name}的尺码包括{size}码。",
            "小度为您找到：{name}可选尺码里有{size}。",
            "帮您查了一下，{name}可以选择{size}码。",
            "评论区问的{name}统一回复：有{size}码～",
            "宝子们，{name}的码数里有{size}哦。",
            "姐妹们，{size}码的{name}小店也有～",
            "小店的{name}尺码表里有{size}码。",
        ],
    },
    "C": {
        "en": [
            "Here's what I found: the {name} is a {colour} one.",
            "The colour listed for the {name} is {colour}.",
            "I checked the {name}: its colour is {colour}.",
            "Thanks for reaching out! The {name} is {colour}.",
            "Regarding colour, the {name} is a {colour} model.",
            "Just to confirm, the {name} you enquired after is {colour}.",
            "Oh, the {name}'s {colour}, that one.",
            "The {name} we've got is in {colour}.",
            "The {name} is done in {colour}, pet.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. Цвет товара «{name}» — {colour}.",
            "Добрый день! Товар «{name}» представлен в цвете «{colour}».",
            "Благодарим за интерес к товару «{name}»: цвет у него {colour}.",
            "Здравствуйте! В карточке товара «{name}» указан цвет «{colour}».",
            "Вот что я нашла: «{name}», цвет — {colour}.",
            "По вашему запросу: товар «{name}», цвет {colour}.",
            "Нашла в магазине: цвет у товара «{name}» {colour}.",
        ],
        "zh": [
            "为您查询到，{name}为{colour}款。",
            "小度为您找到：{name}，颜色{colour}。",
            "帮您查了一下，{name}的商品颜色为{colour}。",
            "评论区问的{name}统一回复：是{colour}的～",
            "宝子们，{name}的配色是{colour}哦。",
            "姐妹们，{name}这款颜色就是{colour}～",
            "小店这款{name}走的是{colour}配色。",
        ],
    },
    # two products in one sentence: each price sits next to its own product, and no comparison is drawn
    "PP": {
        "en": [
            "Here's what I found: the {name} costs {price}, and the {name2} costs {price2}.",
            "The {name} is priced at {price}; the {name2} is priced at {price2}.",
            "I checked both: {price} for the {name}, {price2} for the {name2}.",
            "Thanks for reaching out! The {name} is {price}, whereas the {name2} is {price2}.",
            "Regarding the two items in your message: the {name} is {price} and the {name2} is {price2}.",
            "Just to confirm the prices, the {name} is {price} and the {name2} is {price2}.",
            "Well, the {name}'s {price}, and the {name2} next to it is {price2}.",
            "You can have the {name} for {price} or the {name2} for {price2}, whichever suits.",
            "The {name2} is {price2}, love, and the {name} is {price}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. «{name}» стоит {price}, а «{name2}» — {price2}.",
            "Добрый день! Цена товара «{name}» — {price}, цена товара «{name2}» — {price2}.",
            "Благодарим за интерес к обоим товарам: «{name}» за {price} и «{name2}» за {price2}.",
            "Здравствуйте! Можете выбрать «{name2}» по цене {price2} или «{name}» по цене {price}.",
            "Вот что я нашла: товар «{name}» продаётся за {price}, товар «{name2}» — за {price2}.",
            "По вашему запросу: товар «{name}» — {price}; товар «{name2}» — {price2}.",
            "Нашла в магазине два варианта: «{name}» за {price} и «{name2}» за {price2}.",
        ],
        "zh": [
            "为您查询到，{name}的售价是{price}，{name2}的售价是{price2}。",
            "小度为您找到两款商品：{name}，{price}；{name2}，{price2}。",
            "帮您查了一下，{name}定价{price}，{name2}定价{price2}。",
            "评论区问的两款统一回复：{name}卖{price}，{name2}卖{price2}～",
            "宝子们，{name}的价格为{price}，{name2}的价格为{price2}哦。",
            "姐妹们可以二选一：{name}要{price}，{name2}要{price2}～",
            "小店里，{name}这款卖{price}，{name2}这款卖{price2}。",
        ],
    },
    "count": {
        "en": [
            "Here's what I found: {count} products match your request.",
            "I found {count} results in the store.",
            "Okay, {count} products came up for that.",
            "Thanks for reaching out! I've put together {count} options for you below.",
            "Regarding your search, it returned {count} products.",
            "Please see the {count} matching products listed below. Warm wishes!",
            "I've got {count} that might suit you, have a look.",
            "There are {count} that fit the bill, love.",
            "Searching the store… {count} matches.",
        ],
        "ru": [
            "Здравствуйте! По вашему запросу подобрали товаров: {count}.",
            "Добрый день! Подходящих вариантов в магазине — {count}.",
            "Благодарим за обращение! Количество подходящих товаров: {count}.",
            "Здравствуйте! Мы нашли для вас варианты, их {count}.",
            "Вот что я нашла: результатов — {count}.",
            "По вашему запросу в каталоге совпадений: {count}.",
            "Нашла в магазине подходящие товары, всего — {count}.",
        ],
        "zh": [
            "为您查询到{count}款相关商品。",
            "小度为您找到了{count}个结果。",
            "帮您查了一下，匹配的商品共{count}件。",
            "根据查询结果，共有{count}款商品符合要求。",
            "姐妹们要的款，我筛了一下，一共{count}款～",
            "宝子们，按你们说的要求，小店里能对上的有{count}款哦。",
            "小店里找到{count}款，下面一一列出来～",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is a plain noun phrase (a masculine nominative «заказ» in Russian) that never ends in a comma;
    # Russian and Chinese patterns put a word between the reference (which may end in the order number) and the next
    # figure.
    "ref": {
        "en": [
            "Your order {n} with us",
            "The order we have on file as {n}",
            "Shop order #{n} in your name",
            "The order with reference {n}",
            "Your order (the one numbered {n})",
            "Order {n} from our shop",
            "The order filed under {n}",
        ],
        "ru": [
            "Ваш заказ № {n} в нашем магазине",
            "Заказ № {n} на ваше имя",
            "Заказ с номером {n} из вашего личного кабинета",
            "Заказ покупателя № {n}",
            "Заказ № {n} из раздела «Мои заказы»",
            "Заказ № {n} от нашего магазина",
        ],
        "zh": [
            "您那笔单号{n}的订单",
            "订单编号{n}的那一笔",
            "您在小店下的{n}号订单",
            "您让我查的{n}号订单",
            "编号{n}这一单",
            "您那张{n}号单子",
        ],
    },
    "state": {
        "en": [
            "Here's what I found: {ref_low} {state}.",
            "Checking your orders… {ref} {state}.",
            "Okay. {ref} {state}.",
            "Thanks for reaching out! I've checked, and {ref_low} {state}.",
            "Regarding your question, {ref_low} {state}.",
            "I can confirm that {ref_low} {state}. Kind regards, Customer Care.",
            "Right, I've had a look, and {ref_low} {state}.",
            "Let me have a peek — yes, {ref_low} {state}.",
            "Love, I've just checked — {ref_low} {state}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. Проверили: {ref_low} {state}.",
            "Добрый день! Сообщаем, что {ref_low} {state}.",
            "Благодарим за ожидание: {ref_low} {state}.",
            "Здравствуйте! По данным личного кабинета продавца, {ref_low} {state}.",
            "Вот что я нашла: {ref_low} {state}.",
            "По вашему запросу: {ref_low} {state}.",
            "Нашла информацию о заказе: {ref_low} {state}.",
        ],
        "zh": [
            "为您查询到，{ref}{state}。",
            "小度为您查到：{ref}{state}。",
            "小爱帮您看了看，{ref}{state}。",
            "根据查询结果，{ref}{state}。",
            "评论区问订单的宝子统一回复：{ref}{state}～",
            "宝子，帮你看了，{ref}{state}哦。",
            "亲爱的，{ref}{state}啦。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Here's what I found: {ref_low} is scheduled for delivery on {date}.",
            "The expected delivery date for {ref_low} is {date}.",
            "Expected delivery for {ref_low}: {date}.",
            "Thanks for reaching out! Our tracking shows {ref_low} arriving on {date}.",
            "Regarding {ref_low}, the estimated delivery date is {date}.",
            "Please expect {ref_low} to be delivered on {date}.",
            "The courier's got {ref_low} down to reach you on {date}.",
            "Right, {ref_low} is due with you on {date}.",
            "We're looking at {date} for {ref_low} to land on your doorstep.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. Ожидаем, что {ref_low} доставят {date}.",
            "Добрый день! По данным службы доставки, {ref_low} привезут {date}.",
            "Благодарим за ожидание: {ref_low} должны доставить {date}.",
            "Здравствуйте! В трекинге указано, что {ref_low} привезут {date}.",
            "Вот что я нашла: {ref_low} прибудет {date}.",
            "По вашему запросу: {ref_low} планируется доставить {date}.",
            "Нашла информацию о доставке: {ref_low} должен прибыть к вам {date}.",
        ],
        "zh": [
            "为您查询到，{ref}预计将在{date}送达。",
            "小度为您查到：{ref}的预计送达日期是{date}。",
            "帮您查了一下，{ref}预计会在{date}到达。",
            "根据查询结果，{ref}计划于{date}送到。",
            "宝子，{ref}预计到货时间是{date}哦。",
            "姐妹，{ref}预计{date}就能收到啦～",
            "小店这边显示，{ref}的预计到达时间为{date}。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Here's what I found: delivery of {ref_low} was completed on {date}.",
            "The store shows {ref_low} as delivered on {date}.",
            "Delivery date for {ref_low}: {date}.",
            "Thanks for reaching out! According to the tracking, {ref_low} was handed over to you on {date}.",
            "Regarding {ref_low}, it was delivered to your address on {date}.",
            "Our records confirm that {ref_low} reached its destination on {date}.",
            "The courier dropped {ref_low} off with you on {date}.",
            "Ooh, {ref_low} arrived with you on {date}, love.",
            "Yes, {ref_low} got to you on {date}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос. По данным трекинга, {ref_low} вручили {date}.",
            "Добрый день! Сообщаем, что {ref_low} был получен {date}.",
            "Благодарим за ожидание: {ref_low} доставлен адресату {date}.",
            "Здравствуйте! Отметка о вручении стоит: {ref_low} получен {date}.",
            "Вот что я нашла: {ref_low} доставили вам {date}.",
            "По вашему запросу: {ref_low} получили {date}.",
            "Нашла информацию о доставке: {ref_low} доставлен и вручён {date}.",
        ],
        "zh": [
            "为您查询到，{ref}已于{date}签收。",
            "小度为您查到：{ref}在{date}送达。",
            "帮您查了一下，{ref}的签收时间是{date}。",
            "根据查询结果，{ref}于{date}完成配送。",
            "宝子，{ref}显示在{date}已经签收啦。",
            "姐妹，{ref}在{date}就送到了哦～",
            "小店这边显示，{ref}是在{date}妥投的。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Here's what I found: {ref_low} left the warehouse on {date}.",
            "The ship date for {ref_low} is {date}.",
            "Shipping date for {ref_low}: {date}.",
            "Thanks for reaching out! I can see that {ref_low} was shipped on {date}.",
            "Regarding {ref_low}, it went out to the carrier on {date}.",
            "Please note that {ref_low} was dispatched on {date}.",
            "We posted {ref_low} off on {date}.",
            "Right, {ref_low} went out from us on {date}.",
            "Yes, {ref_low} was sent off on {date}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: {ref_low} мы отправили {date}.",
            "Добрый день! Сообщаем, что {ref_low} передали в службу доставки {date}.",
            "Благодарим за ожидание: {ref_low} выехал с нашего склада {date}.",
            "Здравствуйте! Сообщаем дату отправки: {ref_low} ушёл со склада {date}.",
            "Вот что я нашла: {ref_low} отгрузили со склада {date}.",
            "По вашему запросу: {ref_low} был отправлен продавцом {date}.",
            "Нашла информацию об отправке: {ref_low} отправлен {date}.",
        ],
        "zh": [
            "为您查询到，{ref}已于{date}发出。",
            "小度为您查到：{ref}的发货日期是{date}。",
            "帮您查了一下，{ref}在{date}离开了仓库。",
            "根据查询结果，{ref}于{date}交付快递。",
            "宝子，{ref}在{date}就寄出去啦。",
            "姐妹，{ref}我们{date}已经发走了哦～",
            "小店这边显示，{ref}在{date}由仓库发出。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Here's what I found: {ref_low} was created on {date}.",
            "The order date for {ref_low} is {date}.",
            "Date placed for {ref_low}: {date}.",
            "Thanks for reaching out! Our system shows {ref_low} as placed on {date}.",
            "Regarding {ref_low}, it was submitted on {date}.",
            "For your records, the placement date of {ref_low} is {date}.",
            "You put {ref_low} through with us on {date}.",
            "Right, {ref_low} came in on {date}.",
            "Ah yes, {ref_low} was put in on {date}.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: {ref_low} был оформлен вами {date}.",
            "Добрый день! Сообщаем, что {ref_low} поступил в систему {date}.",
            "Благодарим за ожидание: {ref_low} создан {date}.",
            "Здравствуйте! Дату заказа проверили: {ref_low} был сделан {date}.",
            "Вот что я нашла: {ref_low} оформили {date}.",
            "По вашему запросу: {ref_low} зарегистрирован {date}.",
            "Нашла информацию о заказе: {ref_low} оформлен покупателем {date}.",
        ],
        "zh": [
            "为您查询到，{ref}的下单时间为{date}。",
            "小度为您查到：{ref}的创建日期为{date}。",
            "帮您查了一下，{ref}是在{date}提交的。",
            "根据查询结果，{ref}于{date}下单。",
            "宝子，{ref}的拍下日期是{date}哦。",
            "姐妹，{ref}是{date}那天下的单～",
            "小店这边显示，{ref}的订购日期是{date}。",
        ],
    },
    "total": {
        "en": [
            "{ref}: the total is {total}.",
            "{ref} — total amount: {total}.",
            "{ref} sums to {total}.",
            "{ref} has an order total of {total}.",
            "{ref} amounts to {total} in total, as per our records.",
            "{ref} came to {total} in all.",
            "{ref} adds up to {total}, all told.",
            "{ref} is {total} altogether, love.",
            "{ref} rang in at {total} all in.",
        ],
        "ru": [
            "{ref} оформлен на сумму {total}.",
            "{ref} набран на сумму {total}.",
            "{ref} стоит в сумме {total}.",
            "{ref} — общая стоимость {total}.",
            "{ref} на общую сумму {total}, проверила по системе.",
            "{ref}: полная стоимость составила {total}.",
            "{ref} обошёлся в общей сложности в {total}.",
        ],
        "zh": [
            "为您查询到，{ref}的总金额为{total}。",
            "小度为您查到：{ref}合计金额{total}。",
            "帮您查了一下，{ref}总计{total}。",
            "根据查询结果，{ref}金额合计为{total}。",
            "宝子，{ref}的订单金额一共{total}哦。",
            "姐妹，{ref}加起来是{total}～",
            "小店这边显示，{ref}整单金额{total}。",
        ],
    },
    "carrier": {
        "en": [
            "Here's what I found: your order is assigned to {carrier}.",
            "The carrier assigned to your order is {carrier}.",
            "Carrier for your order: {carrier}.",
            "Thanks for reaching out! {carrier} is the delivery company for your order.",
            "Regarding delivery, your order goes with {carrier}.",
            "Please note your order is handled through {carrier}.",
            "We use {carrier} for your order, love.",
            "Your order's going via {carrier}.",
            "{carrier}'s the courier on your order.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: ваш заказ доставляет служба {carrier}.",
            "Добрый день! Доставкой вашего заказа занимается {carrier}.",
            "Благодарим за ожидание: перевозчик вашего заказа — {carrier}.",
            "Здравствуйте! Для вашего заказа выбран перевозчик {carrier}.",
            "Вот что я нашла: ваш заказ закреплён за перевозчиком {carrier}.",
            "По вашему запросу: служба доставки для вашего заказа — {carrier}.",
            "Нашла информацию о доставке: вашим заказом занимается {carrier}.",
        ],
        "zh": [
            "为您查询到，承运您订单的是{carrier}。",
            "小度为您查到：您订单的快递是{carrier}。",
            "帮您查了一下，您的包裹配送方是{carrier}。",
            "根据查询结果，您订单的承运商为{carrier}。",
            "宝子，你的订单走{carrier}哦。",
            "姐妹，你这单用的是{carrier}～",
            "小店这边显示，您的订单安排了{carrier}配送。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Here's what I found: the store accepts returns within {v} days.",
            "Returns: you have {v} days.",
            "The store's return window is {v} days.",
            "Thanks for reaching out! Our returns policy gives you {v} days to send an item back.",
            "Regarding returns, you have a window of {v} days.",
            "Please note that items can be returned within {v} days.",
            "If it's not right, you've got {v} days to bring it back.",
            "We give you {v} days for returns.",
            "You've {v} days to change your mind and return it, love.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: на оформление возврата у вас {v} {dw}.",
            "Добрый день! Срок для возврата товара составляет {v} {dw}.",
            "Благодарим за обращение: возврат можно оформить в течение {v} {dwg}.",
            "Здравствуйте! Если товар не подошёл, у вас есть {v} {dw} на возврат.",
            "Вот что я нашла: в магазине действует возврат в течение {v} {dwg}.",
            "По вашему запросу: товары принимают обратно в течение {v} {dwg}.",
            "Нашла правила возврата: вернуть покупку разрешено в течение {v} {dwg}.",
        ],
        "zh": [
            "为您查询到，本店支持{v}天内退货。",
            "小度为您查到：这家店的退货时限为{v}天。",
            "帮您查了一下，商品可以在{v}天内申请退货。",
            "根据查询结果，退货需在{v}天以内办理。",
            "宝子们，小店的退货期是{v}天哦。",
            "姐妹们放心，买了不合适有{v}天可以退～",
            "小店这边的规定是：退货期为{v}天。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Here's what I found: refunds take {v} to {v2} business days after we receive the return.",
            "After we receive the return, expect the refund in {v}–{v2} business days.",
            "Refund time after we receive the return: {v}–{v2} business days.",
            "Thanks for reaching out! Once we receive the return, your refund will be processed in {v} to {v2} business"
            " days.",
            "Regarding refunds, they are issued {v}–{v2} business days after we receive the return.",
            "Please allow {v} to {v2} business days after we receive the return for your refund.",
            "When we receive the return, your money comes back in {v}–{v2} business days.",
            "We refund you {v} to {v2} business days after we receive the return, love.",
            "As soon as we receive the return, it's {v}–{v2} business days till you're refunded.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: деньги поступят через {v}–{v2} рабочих {dw2} после того, как мы получим"
            " возврат.",
            "Добрый день! После получения нами возвращённого товара возврат средств занимает {v}–{v2} рабочих {dw2}.",
            "Благодарим за обращение: как только возврат придёт к нам, деньги вернутся за {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Когда мы получим ваш возврат, перевод денег займёт {v}–{v2} рабочих {dw2}.",
            "Вот что я нашла: возврат денег — {v}–{v2} рабочих {dw2} с момента, когда мы получим возврат.",
            "По вашему запросу: средства возвращаются за {v}–{v2} рабочих {dw2} после получения нами возврата.",
            "Нашла правила возврата: после того как возврат поступит к нам, деньги придут через {v}–{v2} рабочих"
            " {dw2}.",
        ],
        "zh": [
            "为您查询到，我们收到退货后，会在{v}到{v2}个工作日内退款。",
            "小度为您查到：商家收到退货后{v}–{v2}个工作日退款。",
            "帮您查了一下，退款会在我们收到退货之后的{v}-{v2}个工作日内完成。",
            "根据查询结果，收到退回商品后，退款需{v}到{v2}个工作日。",
            "宝子们，退货寄到小店以后，退款{v}到{v2}个工作日到账哦。",
            "姐妹们，我们这边收到退货，{v}–{v2}个工作日就给退钱～",
            "小店这边的规定是：收到退货后{v}到{v2}个工作日办理退款。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Here's what I found: returns of opened items that aren't faulty carry a {v}% restocking fee.",
            "For items that are opened and not faulty, the restocking fee is {v} percent.",
            "Restocking fee on opened, non-faulty items: {v} percent.",
            "Thanks for reaching out! Please note a {v}% restocking fee applies if the item was opened and is not"
            " faulty.",
            "Regarding restocking, we charge {v}% on opened items that are not faulty.",
            "A restocking fee of {v}% is deducted for returns that have been opened and are not faulty.",
            "If you've opened it and it's not faulty, we do take a {v}% restocking fee, I'm afraid.",
            "We keep back {v}% as a restocking fee when the item's been opened and isn't faulty.",
            "If it's been opened and isn't faulty, there's a {v}% restocking fee to pay.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: при возврате вскрытого и исправного товара удерживается {v}%.",
            "Добрый день! Если упаковка вскрыта, а товар исправен, сбор за возврат составит {v}%.",
            "Благодарим за обращение: за возврат открытого товара без брака удерживаем {v}%.",
            "Здравствуйте! Если вы открыли товар и он исправен, при возврате мы удержим {v}%.",
            "Вот что я нашла: вскрытый товар без неисправностей принимают обратно с удержанием {v}%.",
            "По вашему запросу: комиссия {v}% берётся, если товар вскрыт и не бракованный.",
            "Нашла правила возврата: за вскрытый исправный товар сбор {v}%.",
        ],
        "zh": [
            "为您查询到，已拆封且无质量问题的商品退货，收取{v}%的手续费。",
            "小度为您查到：拆封后没有故障的商品，退货时扣除{v}%。",
            "帮您查了一下，商品已打开且不是故障品的话，退货收{v}%的上架费。",
            "根据查询结果，开封且无故障的退货商品，需支付{v}%的重新上架费。",
            "宝子们，拆了封但东西没毛病的，退货要扣{v}%哦。",
            "姐妹们注意，拆封了又没坏的退回来，要收{v}%手续费～",
            "小店这边的规定是：已开封、无故障的商品退货，扣{v}%手续费。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Here's what I found: shipping with the standard option costs {m}.",
            "The store's standard shipping costs {m}.",
            "Cost of standard shipping: {m}.",
            "Thanks for reaching out! Our standard shipping rate is {m}.",
            "Regarding shipping, the standard option is {m}.",
            "Please note that standard shipping is charged at {m}.",
            "Standard postage is {m}, love.",
            "We charge {m} for standard delivery.",
            "It's {m} to send it standard.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: стандартная доставка стоит {m}.",
            "Добрый день! Стоимость обычной доставки составляет {m}.",
            "Благодарим за обращение: за стандартную доставку нужно заплатить {m}.",
            "Здравствуйте! Цена стандартной доставки — {m}.",
            "Вот что я нашла: тариф стандартной доставки — {m}.",
            "По вашему запросу: стандартная доставка обойдётся в {m}.",
            "Нашла условия доставки: стандартный вариант стоит {m}.",
        ],
        "zh": [
            "为您查询到，标准配送的运费为{m}。",
            "小度为您查到：普通配送收费{m}。",
            "帮您查了一下，标准快递的费用是{m}。",
            "根据查询结果，标准配送每单收{m}运费。",
            "宝子们，走普通快递要付运费{m}哦。",
            "姐妹们，选标准配送的话邮费是{m}～",
            "小店这边的规定是：标准配送的邮费为{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Here's what I found: orders over {m} get free shipping.",
            "Orders over {m} come with free shipping.",
            "Free delivery applies to orders over {m}.",
            "Thanks for reaching out! Once your order total is over {m}, shipping is free of charge.",
            "Regarding shipping costs, we waive them on orders over {m}.",
            "Please note that orders exceeding {m} qualify for free shipping.",
            "Spend over {m} and we'll post it free.",
            "Anything over {m}, love, and the shipping's on us.",
            "Go over {m} with your order and you won't pay a penny for shipping.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: если сумма заказа превышает {m}, доставка бесплатная.",
            "Добрый день! Доставим бесплатно заказ, сумма которого превышает {m}.",
            "Благодарим за обращение: бесплатная доставка действует для заказов, сумма которых превышает {m}.",
            "Здравствуйте! Бесплатно доставляем заказы, если их сумма больше чем {m}.",
            "Вот что я нашла: доставка бесплатна, когда сумма заказа больше чем {m}.",
            "По вашему запросу: при заказе больше чем на {m} доставка за счёт магазина.",
            "Нашла условия доставки: заказ на сумму больше чем {m} доставляется бесплатно.",
        ],
        "zh": [
            "为您查询到，单笔订单金额超过{m}时，运费全免。",
            "小度为您查到：订单超过{m}包邮。",
            "帮您查了一下，订单总额高于{m}可以免运费。",
            "根据查询结果，订单金额一旦超过{m}，就不收运费。",
            "宝子们，小店订单超过{m}就免邮哦。",
            "姐妹们，下单金额超过{m}给你们包邮～",
            "小店这边的规定是：订单超过{m}免运费配送。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Here's what I found: standard shipping takes {v}–{v2} business days.",
            "The store's standard delivery window is {v} to {v2} business days.",
            "For standard shipping, count {v} to {v2} business days.",
            "Thanks for reaching out! With standard shipping, delivery takes {v} to {v2} business days.",
            "Regarding delivery times, standard shipping arrives in {v}–{v2} business days.",
            "Please note that standard orders are delivered in {v}–{v2} business days.",
            "Standard post takes {v} to {v2} business days, love.",
            "Send it standard and it'll take {v}–{v2} business days.",
            "With standard, you're waiting {v} to {v2} business days.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: срок стандартной доставки — {v}–{v2} рабочих {dw2}.",
            "Добрый день! Стандартной доставкой заказ идёт {v}–{v2} рабочих {dw2}.",
            "Благодарим за обращение: обычная доставка займёт {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! С обычной доставкой посылка будет в пути {v}–{v2} рабочих {dw2}.",
            "Вот что я нашла: при стандартной доставке ждать нужно {v}–{v2} рабочих {dw2}.",
            "По вашему запросу: стандартную доставку выполняем за {v}–{v2} рабочих {dw2}.",
            "Нашла условия доставки: стандартный вариант — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "为您查询到，标准配送的送达时间为{v}到{v2}个工作日。",
            "小度为您查到：普通配送{v}–{v2}个工作日送达。",
            "帮您查了一下，标准快递的配送时间是{v}-{v2}个工作日。",
            "根据查询结果，标准配送时长为{v}到{v2}个工作日。",
            "宝子们，选普通快递的话，{v}到{v2}个工作日到哦。",
            "姐妹们，标准配送要等{v}–{v2}个工作日～",
            "小店这边的规定是：标准配送{v}到{v2}个工作日送到。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Here's what I found: shipping with the express option costs {m}.",
            "The store's express shipping costs {m}.",
            "Cost of express shipping: {m}.",
            "Thanks for reaching out! If you need it faster, express shipping is {m}.",
            "Regarding faster delivery, the express option costs {m}.",
            "Please note that express shipping is charged at {m}.",
            "Express post is {m}, love.",
            "We charge {m} to send it express.",
            "If you're in a hurry, it's {m} for express.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: экспресс-доставка стоит {m}.",
            "Добрый день! Тариф на экспресс-доставку составляет {m}.",
            "Благодарим за обращение: за ускоренную доставку нужно заплатить {m}.",
            "Здравствуйте! Если нужно быстрее, экспресс-доставка стоит {m}.",
            "Вот что я нашла: экспресс-доставка обойдётся в {m}.",
            "По вашему запросу: цена экспресс-доставки {m}.",
            "Нашла условия доставки: экспресс-вариант стоит {m}.",
        ],
        "zh": [
            "为您查询到，加急配送的运费为{m}。",
            "小度为您查到：加急快递收费{m}。",
            "帮您查了一下，加急快递的费用是{m}。",
            "根据查询结果，加急配送每单收{m}运费。",
            "宝子们，走加急快递要付运费{m}哦。",
            "姐妹们，选加急配送的话邮费是{m}～",
            "小店这边的规定是：加急配送的邮费为{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Here's what I found: express shipping takes {v}–{v2} business days.",
            "The store's express delivery window is {v} to {v2} business days.",
            "For express shipping, count {v} to {v2} business days.",
            "Thanks for reaching out! With express shipping, delivery takes {v} to {v2} business days.",
            "Regarding express, it arrives in {v}–{v2} business days.",
            "Please note that express orders are delivered in {v}–{v2} business days.",
            "Express reaches you in {v} to {v2} business days, love.",
            "Send it express and it'll take {v}–{v2} business days.",
            "With express, you're waiting {v} to {v2} business days.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: срок экспресс-доставки — {v}–{v2} рабочих {dw2}.",
            "Добрый день! Экспресс-доставкой заказ идёт {v}–{v2} рабочих {dw2}.",
            "Благодарим за обращение: ускоренная доставка займёт {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! С экспресс-доставкой посылка будет в пути {v}–{v2} рабочих {dw2}.",
            "Вот что я нашла: при экспресс-доставке ждать нужно {v}–{v2} рабочих {dw2}.",
            "По вашему запросу: экспресс-доставку выполняем за {v}–{v2} рабочих {dw2}.",
            "Нашла условия доставки: экспресс-вариант — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "为您查询到，加急配送的送达时间为{v}到{v2}个工作日。",
            "小度为您查到：加急快递{v}–{v2}个工作日送达。",
            "帮您查了一下，加急快递的配送时间是{v}-{v2}个工作日。",
            "根据查询结果，加急配送时长为{v}到{v2}个工作日。",
            "宝子们，选加急快递的话，{v}到{v2}个工作日到哦。",
            "姐妹们，加急配送要等{v}–{v2}个工作日～",
            "小店这边的规定是：加急配送{v}到{v2}个工作日送到。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Here's what I found: the store's warranty lasts {v} months.",
            "Warranty length: {v} months.",
            "The store offers a {v}-month warranty.",
            "Thanks for reaching out! Our products come with a {v}-month warranty.",
            "Regarding the warranty, it covers {v} months.",
            "Please note that our warranty period is {v} months.",
            "Our warranty keeps you covered for {v} months, love.",
            "We give you a {v}-month warranty.",
            "It's a {v}-month warranty with us.",
        ],
        "ru": [
            "Здравствуйте! Спасибо за вопрос: гарантия на товары — {v} {mw}.",
            "Добрый день! Срок гарантии составляет {v} {mw}.",
            "Благодарим за обращение: мы даём гарантию {v} {mw}.",
            "Здравствуйте! Гарантию магазин предоставляет на {v} {mw}.",
            "Вот что я нашла: гарантийный срок в магазине — {v} {mw}.",
            "По вашему запросу: срок гарантийного обслуживания — {v} {mw}.",
            "Нашла условия гарантии: {v} {mw}.",
        ],
        "zh": [
            "为您查询到，本店的保修期为{v}个月。",
            "小度为您查到：质保时长为{v}个月。",
            "帮您查了一下，保修期限是{v}个月。",
            "根据查询结果，商品享有{v}个月保修。",
            "宝子们，小店的东西都保修{v}个月哦。",
            "姐妹们放心，质保有{v}个月～",
            "小店这边的规定是：保修{v}个月。",
        ],
    },
}

# Order states as predicates after the order reference (a masculine nominative «заказ» in Russian). Each is true of
# its own state only: a paid order has not left the warehouse, a shipped one has not arrived.
FRESH11_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is still waiting for your payment to come through",
            "hasn't been paid yet, so we're holding it until the payment arrives",
            "is pending payment",
            "is unpaid at the moment, so we haven't started on it",
            "is waiting on payment before we can pack it",
        ],
        "paid": [
            "has been paid and is being prepared for dispatch; it has not shipped yet",
            "is paid for and still at the warehouse",
            "has its payment through and is waiting to be shipped",
            "is paid and being got ready, but it hasn't left us yet",
            "is paid up and sitting with us until it goes out",
        ],
        "shipped": [
            "is on the move with the carrier and hasn't reached you yet",
            "is in transit",
            "has been shipped and is currently on its way",
            "has left us and is with the carrier now",
            "is out of our hands and on its way, not delivered yet",
        ],
        "delivered": [
            "was delivered successfully",
            "has been delivered to you, according to the tracking",
            "carries a delivered status",
            "has reached you — it's shown as delivered",
            "was dropped off, so it's with you now",
        ],
        "returned": [
            "was sent back and we've received it",
            "shows a status of returned",
            "has been returned, and the return is logged",
            "has come back to the shop as a return",
            "is back with us now, returned",
        ],
        "cancelled": [
            "was cancelled, and nothing will be sent for it",
            "shows a status of cancelled",
            "is cancelled and closed",
            "has been cancelled, so it won't go out",
            "got called off — it's cancelled",
        ],
    },
    "ru": {
        "pending": [
            "ещё не оплачен — ждём поступления денег",
            "находится в статусе «Ожидает оплаты»",
            "пока не оплачен, поэтому в сборку не передан",
            "ждёт оплаты с вашей стороны",
        ],
        "paid": [
            "оплачен и собирается на складе, но ещё не отправлен",
            "оплачен, сейчас находится в сборке и пока не передан в доставку",
            "оплачен и ждёт отгрузки со склада",
            "в статусе «Оплачен»: он ещё на складе и не отправлен",
        ],
        "shipped": [
            "отправлен и находится в пути, но ещё не доставлен",
            "в статусе «В пути»",
            "передан в службу доставки и едет к вам",
            "уже отгружен и в дороге, до вас он ещё не добрался",
        ],
        "delivered": [
            "доставлен и вручён вам",
            "значится в статусе «Получен»",
            "доставлен на указанный вами адрес",
            "вручён получателю",
        ],
        "returned": [
            "вернули нам — возврат получен",
            "в статусе «Возврат»: товар к нам вернулся",
            "вернулся обратно к продавцу",
            "оформлен как возврат и уже получен нами",
        ],
        "cancelled": [
            "отменён, отправки не будет",
            "значится в статусе «Отменён»",
            "аннулирован и отправлен не будет",
            "отменили, и доставки по нему не будет",
        ],
    },
    "zh": {
        "pending": [
            "还没有支付，正在等您付款",
            "目前是待支付状态",
            "还没付款哦，付款后才会开始处理",
            "还没有完成付款",
        ],
        "paid": [
            "款已付清，仓库正在配货，还没出库",
            "付款已完成，目前还在打包，尚未发货",
            "是已付款待发货状态",
            "已支付成功，包裹还没离开仓库",
        ],
        "shipped": [
            "已经发货，正在配送途中，还没签收",
            "目前在运输中",
            "已交给快递，正在路上，尚未送达",
            "已发出，还在路上",
        ],
        "delivered": [
            "已经送达并签收",
            "显示已签收",
            "已完成配送",
            "已经到货签收了",
        ],
        "returned": [
            "已经退货完成，商品已回到我们这边",
            "是已退货状态",
            "已经退回小店",
            "已退回，我们已收到退货",
        ],
        "cancelled": [
            "已撤销，这单不会再寄出",
            "是已取消状态",
            "被取消了，订单状态是已关闭",
            "取消了哦，这一单不会发出",
        ],
    },
}

# Store-currency (USD) money. {a}: the amount in figures, the language's way; {dc}: units and cents in figures and
# words ("49 dollars and 99 cents", «49 долларов 99 центов», 49美元99美分); {words}: all in words, as a voice assistant
# reads it ("forty-nine dollars and ninety-nine cents", «сорок девять долларов девяносто девять центов»,
# 四十九点九九美元). A whole amount drops its cents in the spoken forms ("50 dollars", 50美元). Russian figures always
# keep their kopeck part («50,00»), so «доллара» (the genitive singular a fraction takes) is right after every {a};
# Russian words are used below a thousand only (above it «тысяча» would need the accusative «тысячу»), otherwise {dc}.
FRESH11_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "{a} dollars", "{dc}", "{words}", "{a} US dollars"],
    "ru": ["{a} доллара", "{dc}", "{a} $", "{words}", "{a} долл. США"],
    "zh": ["{a}美元", "{dc}", "${a}", "{words}", "{a}美金"],
}
# The same amounts in another currency: a planted error whatever the number. {w} and {c}: whole units and cents of a
# spoken form ("49 pounds 99 pence"); a whole amount cuts the format before {c}. {grn}, {kop}: the Russian words
# agreeing with {w} and {c}. {eur_words}: the amount in English words in euros.
FRESH11_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": [
        "{a} euros",
        "£{a}",
        "{w} pounds {c} pence",
        "{a} Australian dollars",
        "{a} Swiss francs",
        "₹{a}",
        "{eur_words}",
        "{a} rubles",
    ],
    "ru": [
        "{a} рубля",
        "{w} {grn} {c} {kop}",
        "{a} евро",
        "{a} гривны",
        "{a} фунта стерлингов",
        "{a} белорусского рубля",
        "{a} австралийского доллара",
        "{a} ₽",
    ],
    "zh": ["人民币{a}元", "{a}欧元", "{a}英镑", "{a}澳元", "{a}韩元", "{w}英镑{c}便士", "{a}新台币", "{a}卢布"],
}
# Dates, every one with its year and none with a numeric day/month order. Russian dates follow a verb; the weekday is
# in parentheses (nominative) or after «в/во»; "г." never ends a date, so no pattern ends in "г..".
FRESH11_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{weekday}, {month} {d_th}, {y}",
        "{month} {d_word}, {y}",
        "{d} {month} {y}",
        "{weekday} {d} {month} {y}",
        "{d_th} {month} {y}",
        "{month} {d}, {y}",
        "{weekday} {month} {d_th}, {y}",
    ],
    "ru": [
        "{d}\u00a0{month_ru} {y}\u00a0года",
        "{d} {month_ru} {y} года ({wd_ru})",
        "{d_gen_ru} {month_ru} {y} года, {wd_ru_acc}",
        "{wd_ru_acc}, {d} {month_ru} {y}",
        "{d} {month_ru} {y} г. ({wd_ru})",
        "{d} {month_ru} {y}",
    ],
    "zh": [
        "{y}年{m}月{d}日",
        "{y}年{m}月{d}日（周{wd_zh}）",
        "{y}年{m}月{d}日星期{wd_zh}",
        "{zh_y}年{zh_m}月{zh_d}日",
        "{y}年{m}月{d}号（星期{wd_zh}）",
    ],
}

# genitive ordinals 1..19 («первого» … «девятнадцатого»); 20 and 30 below, 21..29 and 31 are composed
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
]
# masculine cardinals, nominative = accusative for «доллар»/«цент»
_RU_SMALL = [
    "ноль",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]
# the year's digits read one by one (二〇二六); the counting digits with 零 for a gap (一千零五)
_ZH_DIGITS = "〇一二三四五六七八九"
_ZH_COUNT = "零一二三四五六七八九"


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH11_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH11_STATES, state, language, rng)


def _ru_number(n: int) -> str:
    """0 .. 999 in Russian words, masculine: «сорок девять», «двести один», «сто»."""
    if n < 20:
        return _RU_SMALL[n]
    hundreds, rest = divmod(n, 100)
    words = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_RU_TENS[tens])
        if ones:
            words.append(_RU_SMALL[ones])
    elif rest:
        words.append(_RU_SMALL[rest])
    return " ".join(words)


def _zh_below_10k(n: int) -> str:
    """1 .. 9999 in Chinese counting numerals with 零 for a gap: 一千零五, 一百一十, 四十九."""
    out = ""
    started = zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit:
            if zero:
                out += "零"
            out += _ZH_COUNT[digit] + name
            started, zero = True, False
        elif started:
            zero = True
    return out


def _zh_count(n: int) -> str:
    """0 .. 99 999 999 in Chinese counting numerals: 零, 五, 十五, 四十九, 一千二百九十九, 一万零一十五."""
    if n < 10:
        return _ZH_COUNT[n]
    if n < 20:
        return "十" + (_ZH_COUNT[n - 10] if n > 10 else "")
    if n < 10_000:
        return _zh_below_10k(n)
    high, low = divmod(n, 10_000)
    text = f"{_zh_count(high)}万"
    if low:
        text += ("零" if low < 1000 else "") + _zh_below_10k(low)
    return text


def _spoken_money(value: Decimal, language: str, fmt: str, rng: random.Random) -> str:
    """The spoken forms of a store-currency amount: {dc} and {words} (see FRESH11_MONEY_FORMATS). An amount under one
    dollar is said in cents alone ("99 cents", «99 центов», 99美分)."""
    whole, cents = _parts(value)
    if language == "ru":
        if fmt == "{words}" and whole < 1000:
            units, hundredths = _ru_number(whole), _ru_number(cents)
        else:
            units, hundredths = _grouped(whole, language, rng), str(cents)
        cents_text = f"{hundredths} {_ru_plural(cents, 'цент', 'цента', 'центов')}"
        if not whole:
            return cents_text
        text = f"{units} {_ru_plural(whole, 'доллар', 'доллара', 'долларов')}"
        return text if not cents else f"{text} {cents_text}"
    if language == "zh":
        if fmt == "{words}":
            decimals = "".join(_ZH_COUNT[int(c)] for c in f"{cents:02d}".rstrip("0"))
            return f"{_zh_count(whole)}{'点' + decimals if decimals else ''}美元"
        if not whole:
            return f"{cents}美分"
        text = f"{_grouped(whole, language, rng)}美元"
        return text if not cents else f"{text}{cents}美分"
    if fmt == "{words}":
        units, hundredths = _en_number(whole), _en_number(cents)
    else:
        units, hundredths = _grouped(whole, language, rng), str(cents)
    cents_text = f"{hundredths} {_en_unit(cents, 'cent')}"
    if not whole:
        return cents_text
    text = f"{units} {_en_unit(whole, 'dollar')}"
    return text if not cents else f"{text} and {cents_text}"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH11_MONEY_FORMATS[language])
    if fmt in ("{dc}", "{words}"):
        return _spoken_money(value, language, fmt, rng)
    text = fmt.format(a=_amount(value, language, rng))
    if language == "en" and text == "1 dollars":
        return "1 dollar"
    return text


def _en_euro_words(value: Decimal) -> str:
    """The amount in English words in euros: "forty-nine euros and ninety-nine cents", "fifty euros"."""
    whole, cents = _parts(value)
    cents_text = f"{_en_number(cents)} {_en_unit(cents, 'cent')}"
    if not whole:
        return f"{_en_number(cents)} euro {_en_unit(cents, 'cent')}"
    text = f"{_en_number(whole)} {_en_unit(whole, 'euro')}"
    return text if not cents else f"{text} and {cents_text}"


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    fmt = rng.choice(FRESH11_OTHER_CURRENCY[language])
    whole, cents = _parts(value)
    if fmt == "{eur_words}":
        return _en_euro_words(value)
    if whole == 0 and "{w}" in fmt:
        fmt = FRESH11_OTHER_CURRENCY[language][0]
    elif cents == 0 and "{c}" in fmt:
        fmt = fmt[: fmt.index("{c}")].rstrip()
    return fmt.format(
        a=_amount(value, language, rng),
        w=_grouped(whole, language, rng),
        c=cents,
        grn=_ru_plural(whole, "гривна", "гривны", "гривен"),
        kop=_ru_plural(cents, "копейка", "копейки", "копеек"),
    )


def _ru_ordinal_genitive(n: int) -> str:
    """1..31 in the genitive, as a date after a verb: «третьего», «двадцатого», «тридцать первого»."""
    if n < 20:
        return _RU_ORDINALS_GEN[n - 1]
    tens, ones = divmod(n, 10)
    head = "двадцат" if tens == 2 else "тридцат"
    if not ones:
        return f"{head}ого"
    return f"{head}ь {_RU_ORDINALS_GEN[ones - 1]}"


def _zh_date_number(n: int) -> str:
    """1..31 in Chinese numerals, as said in a date: 三, 十, 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _ZH_DIGITS[ones]
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十{_ZH_DIGITS[ones] if ones else ''}"


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH11_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        d_th=en_suffixed(day.day),
        d_word=_en_ordinal_word(day.day),
        month=EN_MONTHS[day.month - 1],
        weekday=EN_WEEKDAYS[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        d_gen_ru=_ru_ordinal_genitive(day.day),
        wd_ru=RU_WEEKDAYS[day.weekday()],
        wd_ru_acc=_ru_weekday_accusative(day.weekday()),
        wd_zh=ZH_WEEKDAYS[day.weekday()],
        zh_y="".join(_ZH_DIGITS[int(c)] for c in str(day.year)),
        zh_m=_zh_date_number(day.month),
        zh_d=_zh_date_number(day.day),
    )


__all__ = [
    "FRESH11",
    "FRESH11_DATE_FORMATS",
    "FRESH11_MONEY_FORMATS",
    "FRESH11_OTHER_CURRENCY",
    "FRESH11_PATTERNS",
    "FRESH11_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
