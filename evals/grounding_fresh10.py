"""A tenth fresh split for the grounding eval: staff who speak and text — a phone agent reading facts back, a floor
associate talking face to face, an SMS / WhatsApp seller, a Russian phone operator and Telegram shop admin, and a
Chinese e-commerce customer-service agent and shop-floor 导购.

This set was written blind to the verifier: its helper did not read ``agent/`` (so neither ``agent/grounding/`` nor
``agent/stream_verify.py``), ``tools/``, ``knowledge/``, the tests, ``evals.grounding``, ``evals.grounding_cases``,
``evals.grounding_score``, ``evals.grounding_checker``, the blind fifth, seventh, eighth and eleventh fresh splits
or any report under ``evals/reports/``. It read only ``evals.grounding_wording``, ``evals.grounding_calendar`` and
the fresh splits 2, 3, 4, 6 and 9 (``evals.grounding_fresh9`` is its template), for the placeholders, claim keys and
correctness rules and so as not to repeat their wordings: every sentence pattern here is new wording. It is a
DEVELOPMENT split, meant to be read: the people tuning the verifier will look at its misses and false rejections,
so it measures wordings they have not tuned to only until they do.

The register is how shop staff talk and text, with English given the most variety, in five voices written for this
split:
(a) a phone / call-centre agent reading facts back to a caller — "Okay, bear with me one sec… right, so the X is
showing at $49.99", "I've got your order here, and it went out on …", "Thanks for holding.", "Let me read that
back to you:", "…, yep.";
(b) a floor associate in a shop, face to face and casual — "yeah, the X, that's 49.99 dollars", "Honestly the X runs
$49.99", "there's 4 left of the X on the system", "we do the X in a size M";
(c) an SMS / WhatsApp seller — lowercase, "pls", "u", "ur", "thx", "rn", "atm", "fyi", "lmk", "n", "=", no emoji:
"hi, X's $49.99 rn";
(d) a Russian phone operator («Так, смотрю… по «X» — 49,99 доллара», «Минуточку… Ага, …», «Записывайте: …»,
«Слушайте, …») and a Russian Telegram shop admin («Добрый день! По «X»: …», «Да, подскажу: …», «Есть, есть, …»);
(e) a Chinese e-commerce customer-service agent (亲，…；亲亲，这边帮您查了一下，…；…哦；…呢；让您久等了，…；
后台显示…) and a shop-floor 导购 (这款X现在是49.99美元哈；店里…；您看的这款…).
Money is said the way these people say it, always with a currency marker: "$49.99", "49.99 dollars", "49 dollars and
99 cents", "forty-nine dollars and ninety-nine cents", "USD 49.99"; «49,99 доллара», «49 долларов 99 центов», «сорок
девять долларов девяносто девять центов», «49,99$», «49,99 USD»; 49.99美元, 49美元99美分, 四十九点九九美元, $49.99,
美金49.99. Dates are spoken with their year, in words now and then: "the third of November, 2026", "Tuesday the 3rd
of November, 2026", "November third, twenty twenty-six", "Nov 3, 2026"; «3 ноября 2026 года», «третьего ноября две
тысячи двадцать шестого года», «во вторник, 3 ноября 2026 года»; 2026年11月3号, 二〇二六年十一月三日,
2026年11月3日（星期二）. Figures are never hedged ("about", "around", "like", «примерно», «ориентировочно», 大约,
一般 never stand before a figure or date), and hype never adds a claim: no "discount", "best", "deal", "limited",
"bargain", «скидка», «выгодно», 优惠, 秒杀, 福利, 划算, and no "only"/"just"/«всего»/只要 before a price ("only" stands
only before a count that is left).

Correctness rules, as for the earlier fresh splits: each sentence names the product, order or policy its figures
belong to — after the last "…", "?" or "!" of a pattern the name and its figure still stand together — and a
sentence about two products ties each price to its own product with no comparison; every date carries its year, is
unambiguous (no numeric day/month order to swap) and has no "by", "around", "before", «до», 之前, 以前 or 左右 near
it; the return window is not tied to delivery or purchase; the restocking fee keeps its "opened and not faulty"
condition; the refund time keeps "after we receive the return"; free shipping is for orders over the amount; an
order-state phrase says only what is true of that state (a shipped order has not arrived, a paid one has not left);
a stock count is the available quantity; no sentence adds a claim (rating, discount, promise, restock, other figure)
its placeholders do not back; a price sentence says nothing of stock; money in another currency is plainly that
currency ("49 pounds and 99 pence", «49,99 гривны», 人民币49.99元). Russian dates are adverbial everywhere (a verb
before the date, never a preposition), so the spoken ordinal is the genitive «третьего ноября», and a year in words is
the genitive ordinal «две тысячи двадцать шестого года». Russian names stay in «» after a noun or a case-free slot,
never with a gendered past participle, adjective or pronoun; counts are «N шт.»; ranges of days use {dw2} only where
the range is nominative/accusative. Russian money, which may be spelled out in words, only ever stands in a
nominative/accusative slot («стоит …», «за …», «— …», «превышает …», «больше, чем …»), never after a preposition or
comparative that takes the genitive («свыше …», «дороже …»). Chinese patterns never put a number-bearing placeholder
straight after {name} or {ref}, so two figures never run together.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH10``. Pattern ids are ``<claim>.<language>.k<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
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
from evals.grounding_spoken import en_year_words as _en_year_words
from evals.grounding_spoken import grouped as _grouped
from evals.grounding_spoken import parts as _parts
from evals.grounding_spoken import ru_below_thousand as _ru_below_thousand
from evals.grounding_spoken import ru_plural as _ru_plural
from evals.grounding_spoken import ru_weekday_accusative as _ru_weekday_accusative
from evals.grounding_spoken import zh_below_ten_thousand as _zh_below_ten_thousand
from evals.grounding_spoken import zh_date_number as _zh_date_number
from evals.grounding_wording import phrase_from, pick_from

FRESH10 = "development (fresh 10)"
_TAG = "k"

# claim -> language -> patterns; the placeholders are those of evals.grounding_fresh9 for the same claim.
FRESH10_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Okay, bear with me one sec… right, so the {name} is showing at {price}.",
            "Right, I've pulled up the {name} for you, and that one's {price}, yep.",
            "So the {name} on my screen here — that's coming up at {price}.",
            "yeah, the {name}, that's {price}.",
            "Honestly the {name} runs {price}.",
            "The {name} — that'll be {price} at the till.",
            "hi, {name}'s {price} rn",
            "the {name} is {price} atm, lmk if u want it",
            "Let me read that back to you: the {name}, {price}.",
            "Mhm, and the {name} is priced at {price} on the system.",
        ],
        "ru": [
            "Так, смотрю… по «{name}» — {price}.",
            "Минуточку, сейчас гляну… Ага, «{name}» стоит {price}.",
            "Добрый день! По товару «{name}» цена {price}.",
            "Да, подскажу: «{name}» — это {price}.",
            "У меня в системе «{name}» идёт за {price}.",
            "Слушайте, товар «{name}» у нас по цене {price}.",
            "Записывайте: «{name}», цена — {price}.",
            "Есть такой, да: «{name}», стоимость {price}.",
        ],
        "zh": [
            "亲，这款{name}现在是{price}哦。",
            "亲亲，这边帮您查了一下，{name}售价{price}呢。",
            "这款{name}现在是{price}哈。",
            "亲，{name}目前标价{price}呢。",
            "您手上这款{name}是{price}的。",
            "亲，帮您看了，{name}的单价是{price}哦。",
            "这个{name}我们这边卖{price}哈。",
            "让您久等了，{name}的价格是{price}。",
        ],
    },
    "PQ": {
        "en": [
            "Okay, bear with me… right, the {name} is {price}, and I'm showing {qty} available.",
            "So that's the {name} at {price}, with {qty} in stock on my end, yep.",
            "yeah the {name}'s {price}, and there's {qty} left on the system.",
            "Honestly the {name} runs {price}, and we've got {qty} of them left.",
            "{name}: {price}, {qty} in stock rn",
            "thx for waiting, {name} is {price} each, {qty} avail atm",
            "Right, reading it off the screen: {name}, {price} a unit, {qty} available.",
            "Mhm, the {name} is {price}, and stock's showing {qty} available.",
            "We've got {qty} of the {name} left, and each one's {price}.",
        ],
        "ru": [
            "Так, смотрю… «{name}» — {price}, на складе сейчас {qty} шт.",
            "Минуточку… Ага, по «{name}»: цена {price}, свободных {qty} шт.",
            "Добрый день! По «{name}»: {price} за штуку, остаток — {qty} шт.",
            "Да, подскажу: «{name}» стоит {price}, доступно к заказу {qty} шт.",
            "У меня в системе «{name}» за {price}, и есть {qty} шт.",
            "Записывайте: «{name}», {price}, в наличии {qty} шт.",
            "Слушайте, по товару «{name}» цена {price}, а на складе {qty} шт.",
            "Сейчас на складе {qty} шт. товара «{name}», цена — {price}.",
        ],
        "zh": [
            "亲，{name}现在是{price}，还有{qty}件库存哦。",
            "亲亲，这边帮您查了一下，{name}单价{price}，目前可售{qty}件呢。",
            "这款{name}是{price}哈，店里还剩{qty}件。",
            "亲，{name}的价格是{price}，现货还有{qty}件哦。",
            "{name}这边{price}一件，系统显示还剩{qty}件呢。",
            "您看的这款{name}卖{price}，现在有{qty}件。",
            "亲，帮您查到了：{name}，{price}，库存{qty}件。",
            "亲，{name}还有{qty}件现货，价格{price}哦。",
        ],
    },
    "PI": {
        "en": [
            "Okay, one sec… yep, the {name} is in stock, and it's showing at {price}.",
            "Right, so the {name} — in stock, {price}, yep.",
            "yeah we've got the {name}, that's {price}.",
            "Honestly the {name} is in stock right now, and it runs {price}.",
            "hi! {name} is in stock atm, it's {price}, lmk",
            "we have the {name} in stock, {price}, thx for asking",
            "I can see the {name} is in stock on my end, priced at {price}.",
            "Yeah, the {name}'s on the shelf, and it's {price}.",
            "Good news on the {name}: it's in stock, and it's {price}.",
        ],
        "ru": [
            "Так, смотрю… «{name}» в наличии, {price}.",
            "Минуточку… Ага, «{name}» на складе есть, стоит {price}.",
            "Добрый день! «{name}» в наличии, цена — {price}, можно оформлять.",
            "Да, подскажу: по «{name}» наличие есть, цена {price}.",
            "У меня в системе «{name}» есть в наличии по цене {price}.",
            "Слушайте, товар «{name}» сейчас в наличии и стоит {price}.",
            "Записывайте: «{name}», {price}, в наличии.",
            "Есть, есть, «{name}» в наличии — {price}.",
        ],
        "zh": [
            "亲，{name}有现货哦，价格是{price}。",
            "亲亲，这边帮您查了一下，{name}有货的，{price}呢。",
            "这款{name}现在有货，{price}哈。",
            "{name}是有库存的，{price}，亲可以放心拍哦。",
            "亲，{name}现货在售，售价{price}。",
            "您要的{name}我们有货，{price}一件。",
            "亲，系统显示{name}有库存，{price}呢。",
            "这个{name}店里有现货，卖{price}哈。",
        ],
    },
    "PO": {
        "en": [
            "Okay, bear with me… so the {name} is {price}, but I'm showing it as out of stock right now.",
            "Right, the {name} is listed at {price}, but it's sold out at the moment, I'm afraid.",
            "Ah, the {name} — that's {price}, but we've got none left right now.",
            "Honestly the {name} runs {price}, but there's none in stock at the minute.",
            "sorry {name} is out of stock atm, it's {price} tho",
            "{name} is {price}, none in stock rn sorry",
            "Mhm, the {name} is priced at {price}, but stock's showing nothing available right now.",
            "I can see the {name} at {price} on my screen, but it's currently out of stock.",
            "It's {price}, the {name}, but sadly it's sold out right now.",
        ],
        "ru": [
            "Так, смотрю… «{name}» стоит {price}, но сейчас нет в наличии.",
            "Минуточку… По «{name}»: цена {price}, но на складе сейчас пусто.",
            "Добрый день! Цена «{name}» — {price}, а вот наличия сейчас нет, увы.",
            "Да, подскажу: «{name}» за {price}, но сейчас товара нет на складе.",
            "У меня в системе «{name}» по цене {price}, но остаток нулевой.",
            "Слушайте, товар «{name}» стоит {price}, но сейчас его нет в наличии.",
            "Записывайте: «{name}», {price}, в наличии нет.",
        ],
        "zh": [
            "亲，{name}是{price}，不过现在没有现货了哦。",
            "亲亲，这边帮您查了一下，{name}售价{price}，但是暂时缺货呢。",
            "这款{name}是{price}哈，可惜店里现在没货了。",
            "亲，{name}标价{price}，目前库存是空的呢。",
            "{name}的价格是{price}，但是系统显示已经卖完了哦。",
            "您问的{name}卖{price}，这会儿断货了。",
            "亲，{name}定价{price}，现在暂时没货哦。",
        ],
    },
    "Q": {
        "en": [
            "Okay, bear with me one sec… right, I'm showing {qty} of the {name} available.",
            "So for the {name}, the system has {qty} in stock, yep.",
            "there's {qty} left of the {name} on the system.",
            "Honestly we've only got {qty} of the {name} left.",
            "{qty} of the {name} in stock rn",
            "got {qty} of the {name} atm, thx",
            "Right, on the {name}, stock's at {qty} available.",
            "Let me read that off for you — {qty} of the {name} available.",
            "Yeah, the {name}, we've got {qty} of those left.",
        ],
        "ru": [
            "Сейчас на складе {qty} шт. товара «{name}».",
            "Так, смотрю… по «{name}» свободно {qty} шт.",
            "Минуточку… Ага, остаток по «{name}» — {qty} шт.",
            "Добрый день! «{name}» есть, {qty} шт.",
            "Да, подскажу: по «{name}» в наличии {qty} шт.",
            "У меня в системе по «{name}» числится {qty} шт.",
            "Записывайте: «{name}» — {qty} шт. в наличии.",
            "Слушайте, товара «{name}» осталось {qty} шт.",
        ],
        "zh": [
            "亲，{name}这边库存还有{qty}件哦。",
            "亲亲，这边帮您查了一下，{name}目前可售{qty}件呢。",
            "这款{name}店里还剩{qty}件哈。",
            "亲，系统里{name}显示有{qty}件现货。",
            "{name}的话，现在还有{qty}件呢。",
            "亲，{name}剩余库存{qty}件哦。",
            "您要的{name}我们还有{qty}件。",
            "亲，帮您看了，{name}现货{qty}件呢。",
        ],
    },
    "I": {
        "en": [
            "Okay, one sec… yep, the {name} is showing as in stock.",
            "Right, so the {name} — that's in stock, yep.",
            "yeah we've got the {name} in stock.",
            "Honestly the {name} is on the shelf right now, in stock.",
            "hey, {name} is in stock atm",
            "yes {name} in stock rn, thx",
            "I can see the {name} is in stock on my end.",
            "Good news on the {name} — we do have it in stock.",
        ],
        "ru": [
            "Так, смотрю… «{name}» есть в наличии.",
            "Минуточку… Ага, по «{name}» наличие есть.",
            "Добрый день! «{name}» в наличии, можно оформлять.",
            "Да, подскажу: товар «{name}» сейчас на складе.",
            "У меня в системе «{name}» числится в наличии.",
            "Есть, есть, «{name}» в наличии.",
            "Слушайте, товар «{name}» сейчас есть в наличии.",
        ],
        "zh": [
            "亲，{name}这边是有现货的哦。",
            "亲亲，这边帮您查了一下，{name}是有货的呢。",
            "这款{name}现在有货哈。",
            "亲，系统显示{name}有库存。",
            "您要的{name}我们有现货。",
            "{name}的话，店里现在有货呢。",
            "亲，{name}在售有货，可以直接拍哦。",
        ],
    },
    "O": {
        "en": [
            "Okay, bear with me… ah, the {name} is showing as out of stock right now.",
            "Right, I'm sorry, the {name} is sold out at the moment.",
            "Ah, no, the {name}'s all gone at the minute, sorry.",
            "Honestly the {name} is out of stock right now.",
            "sorry {name} is out of stock atm",
            "no {name} in stock rn sorry",
            "I can see the {name} is out of stock on my end.",
            "Unfortunately the {name} is sold out right now.",
        ],
        "ru": [
            "Так, смотрю… по «{name}» наличия сейчас нет.",
            "Минуточку… Увы, товара «{name}» на складе не осталось.",
            "Добрый день! По «{name}», к сожалению, остаток нулевой.",
            "Да, подскажу: товара «{name}» сейчас нет на складе.",
            "У меня в системе по «{name}» стоит «нет в наличии».",
            "Слушайте, «{name}» сейчас нет в наличии.",
            "Записывайте: «{name}» — нет в наличии.",
        ],
        "zh": [
            "亲，{name}现在没有现货了哦。",
            "亲亲，这边帮您查了一下，{name}暂时缺货呢。",
            "这款{name}店里卖完了哈。",
            "亲，系统显示{name}没有库存了。",
            "您要的{name}现在断货了，不好意思。",
            "{name}的话，目前是缺货状态呢。",
            "亲，{name}已经售罄了哦。",
        ],
    },
    "S": {
        "en": [
            "Okay, one sec… yep, the {name} does come in size {size}.",
            "Right, so size {size} is available on the {name}, yep.",
            "yeah we do the {name} in a size {size}.",
            "The {name} is made in a size {size}, yeah.",
            "yep {name} comes in size {size}",
            "yes, size {size} exists for the {name}, thx",
            "I can see a size {size} listed for the {name}.",
            "The {name} is offered in size {size}, yeah, that's on the size list.",
        ],
        "ru": [
            "Так, смотрю… у «{name}» размер {size} есть.",
            "Минуточку… Ага, «{name}» выпускается в размере {size}.",
            "Добрый день! Для «{name}» доступен размер {size}.",
            "Да, подскажу: в размерной сетке «{name}» есть {size}.",
            "У меня в системе у «{name}» есть размер {size}.",
            "Записывайте: «{name}», размер {size} — есть.",
            "Слушайте, размер {size} у товара «{name}» бывает.",
        ],
        "zh": [
            "亲，{name}{size}码是有的哦。",
            "亲亲，这边帮您查了一下，{name}是有{size}码的呢。",
            "这款{name}出{size}码哈。",
            "亲，{name}的尺码表里有{size}码。",
            "您要的{size}码，{name}是有这个尺码的。",
            "亲，{name}可以选{size}码哦。",
            "{name}的话，{size}码是有的呢。",
        ],
    },
    "C": {
        "en": [
            "Okay, one sec… right, the {name} is showing as {colour}.",
            "Right, I've got the {name} down as {colour}.",
            "yeah we do the {name} in {colour}.",
            "That {name} is {colour}, yeah.",
            "{name} is {colour} fyi",
            "colour on the {name} is {colour} btw",
            "I can see the {name} listed in {colour}.",
            "The {name} you mentioned is {colour}.",
        ],
        "ru": [
            "Так, смотрю… по «{name}» цвет {colour}.",
            "Минуточку… Ага, у «{name}» расцветка — {colour}.",
            "Добрый день! По цвету: «{name}» — {colour}.",
            "Да, подскажу: в карточке «{name}» указан цвет {colour}.",
            "У меня в системе у «{name}» цвет {colour}.",
            "Записывайте: «{name}», цвет — {colour}.",
            "Слушайте, цвет у товара «{name}» — {colour}.",
        ],
        "zh": [
            "亲，{name}是{colour}的哦。",
            "亲亲，这边帮您查了一下，{name}的颜色是{colour}呢。",
            "这款{name}是{colour}款哈。",
            "亲，{name}这款颜色是{colour}。",
            "您看的{name}是{colour}的。",
            "{name}的话，颜色是{colour}呢。",
            "亲，{name}页面上标的颜色是{colour}哦。",
        ],
    },
    # two products in one sentence: each price sits next to its own product, and no comparison is drawn
    "PP": {
        "en": [
            "Okay, bear with me… right, the {name} is {price}, and the {name2} is showing at {price2}.",
            "So I've got the {name} here at {price}, and the {name2} at {price2}.",
            "yeah the {name}'s {price}, and that one over there, the {name2}, is {price2}.",
            "Honestly the {name} runs {price}, and the {name2} runs {price2}.",
            "{name} = {price}, {name2} = {price2} fyi",
            "the {name} is {price} n the {name2} is {price2} rn",
            "Let me read both back to you: the {name}, {price}; the {name2}, {price2}.",
            "If you're deciding, the {name2} is {price2}, and the {name} is {price}.",
        ],
        "ru": [
            "Так, смотрю… по «{name}» цена {price}, по «{name2}» — {price2}.",
            "Минуточку… Ага, «{name}» стоит {price}, «{name2}» стоит {price2}.",
            "Добрый день! Цены такие: «{name}» — {price}, «{name2}» — {price2}.",
            "Да, подскажу: за «{name}» {price}, за «{name2}» {price2}.",
            "У меня в системе «{name}» идёт за {price}, а «{name2}» за {price2}.",
            "Записывайте: «{name}» — {price}; «{name2}» — {price2}.",
            "Слушайте, товар «{name}» по цене {price}, а товар «{name2}» по цене {price2}.",
        ],
        "zh": [
            "亲，两款帮您查好了：{name}售价{price}，{name2}售价{price2}哦。",
            "亲亲，这边帮您查了一下，{name}卖{price}呢，{name2}卖{price2}。",
            "这款{name}是{price}哈，旁边那款{name2}是{price2}。",
            "亲，{name}的价格是{price}；{name2}的价格是{price2}。",
            "您看的{name}是{price}，另一款{name2}要{price2}。",
            "{name}的话是{price}，{name2}的话是{price2}呢。",
            "亲，{name2}标价{price2}，{name}标价{price}哦。",
        ],
    },
    "count": {
        "en": [
            "Okay, bear with me… right, I've got {count} coming up that match.",
            "So that search brings back {count} results, yep.",
            "yeah I've found {count} that fit what you're after.",
            "Honestly there's {count} on the system that match what you asked for.",
            "found {count} that match, see below",
            "{count} results for that rn",
            "I'm seeing {count} options that fit on my end.",
            "Let me read them out — {count} in total.",
        ],
        "ru": [
            "Так, смотрю… подходящих позиций: {count}.",
            "Минуточку… Ага, нашлось совпадений — {count}.",
            "Добрый день! По вашему запросу вариантов: {count}.",
            "Да, подскажу: подходящих вариантов — {count}, ниже список.",
            "У меня в системе под запрос выпадает позиций: {count}.",
            "Записывайте: вариантов всего {count}.",
            "Слушайте, результатов по запросу — {count}.",
        ],
        "zh": [
            "亲，帮您搜到{count}款合适的哦。",
            "亲亲，这边帮您查了一下，符合条件的有{count}款呢。",
            "店里符合您要求的有{count}款哈。",
            "亲，系统里搜出来{count}个结果。",
            "您要的这类商品，一共有{count}款。",
            "亲，筛下来一共{count}个选项，下面给您列出来哦。",
            "按您说的条件，找到了{count}款呢。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is a plain noun phrase (a masculine nominative headed by «заказ» in Russian) with no full stop in
    # it and no comma at its end; Chinese patterns put a word between {ref} (which may end in the number) and a figure.
    "ref": {
        "en": [
            "Your order with reference {n}",
            "Order {n} under your name",
            "The {n} order you placed with us",
            "Order #{n} on ur account",
            "The order under {n} on our system",
            "Your {n} order",
            "Order reference {n}",
        ],
        "ru": [
            "Ваш заказ с номером {n} в нашей базе",
            "Заказ номер {n} на ваше имя",
            "Ваш заказ № {n} в нашем магазине",
            "Ваш заказ по номеру {n}",
            "Искомый заказ № {n}",
            "Заказ #{n} из вашей истории",
            "Наш с вами заказ номер {n}",
        ],
        "zh": [
            "您这边的订单{n}",
            "您下的{n}号订单",
            "编号{n}的这笔订单",
            "您在店里下的订单{n}",
            "单号{n}这一单",
            "您问到的{n}这笔单子",
            "{n}号这笔订单",
        ],
    },
    "state": {
        "en": [
            "Okay, bear with me one sec… right, {ref_low} {state}.",
            "Right, I've got it up on the screen: {ref_low} {state}.",
            "So, reading off the system, {ref_low} {state}, yep.",
            "yeah so {ref_low} {state}.",
            "hi! {ref_low} {state}, thx for waiting",
            "hey, looked it up for u: {ref_low} {state}.",
            "Thanks for holding. {ref} {state}.",
            "Mhm, {ref_low} {state}, that's what I'm seeing.",
        ],
        "ru": [
            "Так, смотрю… {ref_low} {state}.",
            "Минуточку, открываю… Ага, {ref_low} {state}.",
            "Добрый день! По статусу: {ref_low} {state}.",
            "Да, по заказу подскажу: {ref_low} {state}.",
            "У меня в системе {ref_low} {state}.",
            "Спасибо, что подождали: {ref_low} {state}.",
            "Слушайте, вот что вижу: {ref_low} {state}.",
        ],
        "zh": [
            "亲，这边看到{ref}{state}。",
            "亲亲，这边帮您查了一下，{ref}{state}呢。",
            "亲，后台显示{ref}{state}。",
            "让您久等了，{ref}{state}。",
            "亲，帮您看了一下订单状态，{ref}{state}。",
            "好的亲，{ref}目前{state}。",
            "查好了亲，{ref}{state}哦。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Okay, bear with me… right, {ref_low} is due to reach you on {date}.",
            "So I've got {ref_low} here, and the delivery estimate on it is {date}.",
            "yeah {ref_low} should land on {date}.",
            "Honestly the system has {ref_low} arriving on {date}.",
            "{ref_low} is expected {date}, thx for ur patience",
            "eta on {ref_low}: {date}",
            "Mhm, {ref_low} is scheduled to be delivered on {date}.",
            "Right, for {ref_low}, the expected delivery date is {date}, yep.",
        ],
        "ru": [
            "Так, смотрю… {ref_low} ожидаем у вас {date}.",
            "Минуточку… Ага, {ref_low} должны привезти {date}.",
            "Добрый день! Плановая дата такая: {ref_low} привезут {date}.",
            "Да, подскажу: {ref_low} служба доставки обещает привезти {date}.",
            "У меня в системе стоит, что {ref_low} доставят {date}.",
            "Слушайте, {ref_low} приедет к вам {date}.",
            "Записывайте: {ref_low} планируем привезти {date}.",
        ],
        "zh": [
            "亲，{ref}预计会在{date}派送到您那边哦。",
            "亲亲，这边帮您查了一下，{ref}预计{date}到货呢。",
            "亲，{ref}的预计到达时间是{date}。",
            "亲，后台显示{ref}预计在{date}送达。",
            "让您久等了，{ref}预计{date}能到。",
            "好的亲，{ref}预计送达日期是{date}哦。",
            "{ref}这边物流预计{date}送到，请您留意一下哦。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Okay, one sec… right, {ref_low} shows as delivered on {date}, yep.",
            "So I've got {ref_low} here, and it was dropped off on {date}.",
            "yeah {ref_low} got to you on {date}.",
            "The carrier's got {ref_low} down as delivered on {date}.",
            "hi, tracking says {ref_low} was delivered on {date}",
            "{ref_low} arrived on {date}, lmk if u can't find it",
            "Mhm, delivery on {ref_low} was completed on {date}.",
            "Right, reading it back: {ref_low}, delivered on {date}.",
        ],
        "ru": [
            "Так, смотрю… {ref_low} вручили вам {date}.",
            "Минуточку… Ага, {ref_low} курьер отдал вам {date}.",
            "Добрый день! По трекингу {ref_low} получили {date}.",
            "Да, по заказу подскажу: {ref_low} вам доставили {date}.",
            "У меня в системе стоит, что {ref_low} вручён {date}.",
            "Слушайте, {ref_low} вам передали {date}.",
            "Записывайте: {ref_low} доставлен и вручён {date}.",
        ],
        "zh": [
            "亲，{ref}在{date}就已经签收了哦。",
            "亲亲，这边帮您查了一下，{ref}是{date}送达的呢。",
            "亲，物流记录显示{ref}于{date}完成签收。",
            "好的亲，{ref}已经在{date}送到了。",
            "让您久等了，{ref}是{date}妥投的。",
            "亲，后台看到{ref}是在{date}签收的哦。",
            "快递员是在{date}把{ref}送到的。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Okay, I've got {ref_low} here, and it went out on {date}.",
            "Right, one sec… {ref_low} shipped from us on {date}, yep.",
            "yeah {ref_low} left the warehouse on {date}.",
            "So the courier collected {ref_low} on {date}.",
            "{ref_low} went out {date} fyi",
            "hi! {ref_low} was sent out on {date}, thx",
            "Mhm, the ship date on {ref_low} is {date}.",
            "The system shows {ref_low} as dispatched on {date}.",
        ],
        "ru": [
            "Так, смотрю… {ref_low} передан в доставку {date}.",
            "Минуточку… Ага, {ref_low} со склада уехал {date}.",
            "Добрый день! По отправке: {ref_low} выехал со склада {date}.",
            "Да, подскажу: {ref_low} мы отправили вам {date}.",
            "У меня в системе {ref_low} сдан перевозчику {date}.",
            "Слушайте, {ref_low} забрала служба доставки {date}.",
            "Записывайте: {ref_low} — отгружен {date}.",
        ],
        "zh": [
            "亲，{ref}在{date}就发出了哦。",
            "亲亲，这边帮您查了一下，{ref}于{date}出库发货了呢。",
            "亲，物流记录显示{ref}在{date}被快递揽收。",
            "好的亲，{ref}的发货时间是{date}。",
            "让您久等了，{ref}已经在{date}寄出啦。",
            "亲，后台看到{ref}是在{date}发的货哦。",
            "{ref}这边是{date}交给快递的，亲。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Okay, bear with me… right, {ref_low} went in on {date}.",
            "So I've got {ref_low} here, placed on {date}, yep.",
            "yeah {ref_low} was put in on {date}.",
            "The system's got {ref_low} as placed on {date}.",
            "{ref_low} was placed {date} fyi",
            "hi, {ref_low} came through to us on {date}, thx",
            "Mhm, the date on {ref_low} is {date}, that's when you placed it.",
            "Right, reading it back: {ref_low}, placed on {date}.",
        ],
        "ru": [
            "Так, смотрю… {ref_low} вы сделали {date}.",
            "Минуточку… Ага, {ref_low} был размещён {date}.",
            "Добрый день! По дате: {ref_low} оформили {date}.",
            "Да, подскажу: {ref_low} создан в системе {date}.",
            "У меня в системе {ref_low} зарегистрирован {date}.",
            "Слушайте, {ref_low} вы оформляли {date}.",
            "Записывайте: {ref_low} — оформлен {date}.",
        ],
        "zh": [
            "亲，{ref}是在{date}下的单哦。",
            "亲亲，这边帮您查了一下，{ref}的下单时间是{date}呢。",
            "亲，后台记录{ref}是{date}提交的。",
            "好的亲，{ref}创建于{date}。",
            "让您久等了，{ref}是{date}拍下的。",
            "亲，{ref}的下单日期显示为{date}哦。",
            "查到了亲，{ref}是{date}下单的呢。",
        ],
    },
    "total": {
        "en": [
            "{ref} — bear with me — right, that came to {total} all in.",
            "{ref} comes out at {total}, yep, that's the total.",
            "{ref}, yeah, that was {total} altogether.",
            "{ref} totalled {total}, that's what's on the receipt.",
            "{ref}: total {total}, thx",
            "{ref} came to {total} in the end fyi",
            "{ref} has {total} as the total on my screen.",
            "{ref} — reading it back — is {total} in total.",
        ],
        "ru": [
            "{ref}, смотрю, на сумму {total}.",
            "{ref} — минуточку — итоговая сумма {total}.",
            "{ref}: всего к оплате вышло {total}.",
            "{ref} тянет на {total}.",
            "{ref} — сумма по нему {total}, всё верно.",
            "{ref} в сумме составил {total}.",
            "{ref} записан на сумму {total}.",
        ],
        "zh": [
            "亲，{ref}总金额是{total}哦。",
            "亲亲，这边帮您查了一下，{ref}合计{total}呢。",
            "好的亲，{ref}加起来是{total}。",
            "让您久等了，{ref}的总价为{total}。",
            "亲，后台显示{ref}的金额一共{total}。",
            "{ref}这边算下来是{total}哈。",
            "亲，{ref}全部加在一起是{total}。",
        ],
    },
    "carrier": {
        "en": [
            "Okay, bear with me… right, your order is going with {carrier}.",
            "So the carrier on your order is {carrier}, yep.",
            "yeah your order's with {carrier}.",
            "It's {carrier} that's bringing your order, yeah.",
            "ur order ships via {carrier} fyi",
            "carrier for ur order is {carrier}, thx",
            "Mhm, your order's been booked with {carrier}.",
            "Right, I've got {carrier} down as the courier for your order.",
        ],
        "ru": [
            "Так, смотрю… ваш заказ везёт {carrier}.",
            "Минуточку… Ага, доставкой вашего заказа занимается {carrier}.",
            "Добрый день! Для вашего заказа выбран перевозчик {carrier}.",
            "Да, подскажу: ваш заказ едет с {carrier}.",
            "У меня в системе по вашему заказу указан {carrier}.",
            "Слушайте, посылку с вашим заказом везёт {carrier}.",
            "Записывайте: перевозчик вашего заказа — {carrier}.",
        ],
        "zh": [
            "亲，您的订单是{carrier}在配送哦。",
            "亲亲，这边帮您查了一下，您这单走的{carrier}呢。",
            "好的亲，您订单的承运快递是{carrier}。",
            "让您久等了，您的订单由{carrier}承运。",
            "亲，后台显示您这单快递用的是{carrier}。",
            "您的订单这边安排的是{carrier}哈。",
            "亲，您订单的物流公司是{carrier}。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Okay, so on returns, you've got {v} days to send it back.",
            "Right, the returns policy gives you {v} days, yep.",
            "yeah you've got {v} days to return it if it's not right.",
            "Honestly, returns are fine within {v} days.",
            "u have {v} days to return it fyi",
            "returns ok within {v} days, thx",
            "Mhm, we accept returns within a {v}-day window.",
            "Let me read you the policy: returns within {v} days.",
        ],
        "ru": [
            "Так, по правилам магазина вернуть покупку можно в течение {v} {dwg}.",
            "Минуточку… Ага, на возврат товара у вас есть {v} {dw}.",
            "Добрый день! Возврат у нас возможен в течение {v} {dwg}.",
            "Да, подскажу: вернуть товар вы можете в течение {v} {dwg}.",
            "По регламенту на возврат отводится {v} {dw}.",
            "Слушайте, если не подошло, {v} {dw} на возврат у вас есть.",
            "Записывайте: возврат — в течение {v} {dwg}.",
        ],
        "zh": [
            "亲，退货的话{v}天内都是可以的哦。",
            "亲亲，这边帮您查了一下，退货期是{v}天呢。",
            "店里的规定是{v}天内可以退哈。",
            "亲，申请退货的时限是{v}天。",
            "好的亲，退货给您{v}天的时间。",
            "亲，不喜欢的话，{v}天内可以办理退货呢。",
            "退货这块，{v}天内都能给您办哈。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Okay, so the refund goes back to you {v} to {v2} business days after we receive the return.",
            "Right, after we receive the return, allow {v}–{v2} business days for the money to come back, yep.",
            "yeah the refund shows up {v}-{v2} business days after we receive the return.",
            "Honestly it's {v} to {v2} business days for the refund, counted from when we receive the return.",
            "refund is {v}-{v2} business days after we receive ur return",
            "once we receive the return pls allow {v}-{v2} business days for the refund, thx",
            "Mhm, refunds take {v} to {v2} business days once we've received the return.",
            "Let me read you the policy: refund in {v}–{v2} business days after we receive the return.",
        ],
        "ru": [
            "Так, смотрю… деньги вернутся через {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
            "Минуточку… Ага, когда возврат к нам придёт, деньги поступят за {v}–{v2} рабочих {dw2}.",
            "Добрый день! Деньги приходят через {v}–{v2} рабочих {dw2} после получения нами возврата.",
            "Да, подскажу: как только мы получим возврат, деньги вернутся за {v}–{v2} рабочих {dw2}.",
            "По регламенту возврат денег занимает {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
            "Слушайте, после того как мы получим ваш возврат, деньги придут вам через {v}–{v2} рабочих {dw2}.",
            "Записывайте: возврат денег — {v}–{v2} рабочих {dw2} после того, как мы получим товар обратно.",
        ],
        "zh": [
            "亲，我们收到退货以后，{v}到{v2}个工作日就给您退款哦。",
            "亲亲，这边帮您查了一下，收到您的退货后{v}–{v2}个工作日退款到账呢。",
            "店里的规定是收到退货后{v}-{v2}个工作日退款哈。",
            "亲，退款会在我们收到退货之后的{v}到{v2}个工作日到账。",
            "好的亲，等我们收到退货，再过{v}–{v2}个工作日钱就退给您了。",
            "退款这块，我们收到退回的商品后需要{v}到{v2}个工作日哈。",
            "亲，收到退货后{v}-{v2}个工作日内给您处理退款。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Okay, so if the item's been opened and it isn't faulty, there's a {v}% restocking fee.",
            "Right, opened items that aren't faulty carry a {v} percent restocking fee, yep.",
            "yeah there's a restocking fee of {v}% on anything opened that isn't faulty.",
            "Honestly, opened and not faulty means a {v}% restocking fee on the return.",
            "opened + not faulty = {v}% restocking fee fyi",
            "if it's opened n not faulty there's a {v}% restocking fee, thx",
            "Mhm, we take a {v} per cent restocking fee when the item is opened and not faulty.",
            "Let me read you the policy: {v}% restocking fee on opened items that aren't faulty.",
        ],
        "ru": [
            "Так, смотрю… за вскрытый и исправный товар при возврате удерживается {v}%.",
            "Минуточку… Ага, если упаковку открыли, а товар исправный, сбор за возврат — {v}%.",
            "Добрый день! Если товар распакован и без неисправностей, при возврате удерживаем {v}%.",
            "Да, подскажу: с вскрытого исправного товара при возврате берём {v}%.",
            "По регламенту комиссия {v}% берётся, когда товар вскрыт и не имеет брака.",
            "Слушайте, если вы товар открыли и он не бракованный, при возврате удержим {v}%.",
            "Записывайте: вскрытый исправный товар — удержание {v}% при возврате.",
        ],
        "zh": [
            "亲，商品打开过又不是故障的话，退货会扣{v}%手续费哦。",
            "亲亲，这边帮您查了一下，已拆封且非故障的商品退回要收取{v}%的费用呢。",
            "店里的规定是，拆过封、没坏的东西退回来扣{v}%哈。",
            "好的亲，开封后无故障退货的，手续费是百分之{v}。",
            "亲，退已经拆封的正常商品，需要扣除{v}%的再入库费。",
            "退货这块，拆封的商品如果没有故障，要收{v}%手续费哈。",
            "亲，已开封的非故障商品退货，按{v}%收取手续费。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Okay, bear with me… right, standard shipping is showing at {m}.",
            "So standard delivery comes to {m}, yep.",
            "yeah, for standard shipping we charge {m}.",
            "Honestly the standard shipping fee is {m}.",
            "std shipping is {m} fyi",
            "standard delivery = {m}, thx",
            "Mhm, standard shipping on your order would be {m}.",
            "Let me read you the shipping rates: standard is {m}.",
        ],
        "ru": [
            "Так, смотрю… обычная доставка у нас стоит {m}.",
            "Минуточку… Ага, стандартная доставка — {m}, это по тарифу.",
            "Добрый день! Стоимость стандартной доставки составляет {m}.",
            "Да, подскажу: стандартная доставка идёт за {m}.",
            "Стандартная доставка у нас по тарифу {m}.",
            "Слушайте, стандартная доставка будет стоить {m}.",
            "Записывайте: доставка стандартная, цена {m}.",
        ],
        "zh": [
            "亲，标准配送的运费是{m}哦。",
            "亲亲，这边帮您查了一下，普通配送收{m}呢。",
            "店里标准快递的运费是{m}哈。",
            "好的亲，走标准物流要付{m}。",
            "亲，选普通快递的话运费{m}。",
            "运费这块，标准配送是{m}哈。",
            "亲，标准配送这一档收费{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Okay, so once your order's over {m}, shipping's free.",
            "Right, orders over {m} get free shipping, yep.",
            "yeah if you spend over {m}, the shipping's on us.",
            "Honestly, go over {m} on your order and you won't pay shipping.",
            "free shipping on orders over {m} fyi",
            "order over {m} = free shipping, thx",
            "Mhm, shipping's free for any order that comes to more than {m}.",
            "Let me read you the shipping terms: orders over {m} ship for free.",
        ],
        "ru": [
            "Так, смотрю… если заказ дороже, чем {m}, доставка бесплатная.",
            "Минуточку… Ага, когда сумма заказа превышает {m}, доставляем бесплатно.",
            "Добрый день! Бесплатно доставим, если заказ будет больше, чем на {m}.",
            "Да, подскажу: заказ на сумму больше, чем {m}, едет к вам бесплатно.",
            "По тарифу доставка ничего не стоит, когда заказ превышает {m}.",
            "Слушайте, наберёте больше, чем на {m}, — доставка бесплатно.",
            "Записывайте: заказ выше, чем {m}, — доставка за наш счёт.",
        ],
        "zh": [
            "亲，单子金额超过{m}的话，运费就不用付了哦。",
            "亲亲，这边帮您查了一下，订单金额高于{m}就包邮呢。",
            "店里的规矩是订单金额超出{m}就免邮哈。",
            "好的亲，下单金额超过{m}，运费全免。",
            "运费这块，订单总额高于{m}就包邮哈。",
            "亲，买的金额超过{m}可以免运费。",
            "亲，凡是超过{m}的订单都包邮哦。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Okay, so standard shipping is {v} to {v2} business days.",
            "Right, with standard delivery it's {v}–{v2} business days, yep.",
            "yeah, standard gets to you in {v}-{v2} business days.",
            "Honestly standard delivery is a {v} to {v2} business day wait.",
            "std shipping {v}-{v2} business days fyi",
            "standard is {v}-{v2} business days, thx",
            "Mhm, for standard shipping, give it {v} to {v2} business days.",
            "Let me read you the delivery times: standard is {v}–{v2} business days.",
        ],
        "ru": [
            "Так, смотрю… обычная доставка — {v}–{v2} рабочих {dw2}.",
            "Минуточку… Ага, стандартной доставкой посылка едет {v}–{v2} рабочих {dw2}.",
            "Добрый день! Срок стандартной доставки составляет {v}–{v2} рабочих {dw2}.",
            "Да, подскажу: по стандартной доставке ждать {v}–{v2} рабочих {dw2}.",
            "По тарифу на стандартную доставку уходит {v}–{v2} рабочих {dw2}.",
            "Слушайте, со стандартной доставкой посылка будет у вас через {v}–{v2} рабочих {dw2}.",
            "Записывайте: стандартная доставка, срок {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "亲，标准配送需要{v}到{v2}个工作日送到哦。",
            "亲亲，这边帮您查了一下，普通快递{v}–{v2}个工作日送达呢。",
            "店里发标准快递的话，{v}-{v2}个工作日到哈。",
            "好的亲，标准物流的时效是{v}到{v2}个工作日。",
            "亲，选普通快递，{v}到{v2}个工作日能收到。",
            "时效这块，标准配送是{v}–{v2}个工作日哈。",
            "亲，标准配送这一档要{v}-{v2}个工作日。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Okay, bear with me… right, express shipping is {m}.",
            "So if you want it faster, express is {m}, yep.",
            "yeah express costs {m}.",
            "Honestly the express shipping fee is {m}.",
            "express is {m} fyi",
            "express delivery = {m}, thx",
            "Mhm, express on your order would be {m}.",
            "Let me read you the shipping rates: express is {m}.",
        ],
        "ru": [
            "Так, смотрю… экспресс-доставка у нас стоит {m}.",
            "Минуточку… Ага, срочная доставка — {m}, это по тарифу.",
            "Добрый день! Стоимость экспресс-доставки составляет {m}.",
            "Да, подскажу: экспресс-доставка идёт за {m}.",
            "Экспресс у нас по тарифу {m}.",
            "Слушайте, экспресс-доставка будет стоить {m}.",
            "Записывайте: доставка экспресс, цена {m}.",
        ],
        "zh": [
            "亲，加急配送的运费是{m}哦。",
            "亲亲，这边帮您查了一下，加急快递收{m}呢。",
            "店里加急件的运费是{m}哈。",
            "好的亲，走加急物流要付{m}。",
            "亲，选加急的话运费{m}。",
            "运费这块，加急配送是{m}哈。",
            "亲，加急配送这一档收费{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Okay, so express shipping is {v} to {v2} business days.",
            "Right, with express delivery it's {v}–{v2} business days, yep.",
            "yeah, express gets to you in {v}-{v2} business days.",
            "Honestly express delivery is a {v} to {v2} business day wait.",
            "express {v}-{v2} business days fyi",
            "express is {v}-{v2} business days, thx",
            "Mhm, for express shipping, give it {v} to {v2} business days.",
            "Let me read you the delivery times: express is {v}–{v2} business days.",
        ],
        "ru": [
            "Так, смотрю… экспресс-доставка — {v}–{v2} рабочих {dw2}.",
            "Минуточку… Ага, экспрессом посылка едет {v}–{v2} рабочих {dw2}.",
            "Добрый день! Срок экспресс-доставки составляет {v}–{v2} рабочих {dw2}.",
            "Да, подскажу: по экспресс-доставке ждать {v}–{v2} рабочих {dw2}.",
            "По тарифу на экспресс-доставку уходит {v}–{v2} рабочих {dw2}.",
            "Слушайте, с экспресс-доставкой посылка будет у вас через {v}–{v2} рабочих {dw2}.",
            "Записывайте: экспресс-доставка, срок {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "亲，加急配送需要{v}到{v2}个工作日送到哦。",
            "亲亲，这边帮您查了一下，加急快递{v}–{v2}个工作日送达呢。",
            "店里发加急件的话，{v}-{v2}个工作日到哈。",
            "好的亲，加急物流的时效是{v}到{v2}个工作日。",
            "亲，选加急，{v}到{v2}个工作日能收到。",
            "时效这块，加急配送是{v}–{v2}个工作日哈。",
            "亲，加急配送这一档要{v}-{v2}个工作日。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Okay, so our warranty runs {v} months.",
            "Right, you get {v} months of warranty with us, yep.",
            "yeah, it's covered by our {v}-month warranty.",
            "Honestly the warranty's {v} months.",
            "{v} month warranty on it, thx",
            "u get {v} months warranty fyi",
            "Mhm, the warranty period is {v} months on our side.",
            "Let me read you the policy: warranty, {v} months.",
        ],
        "ru": [
            "Так, смотрю… гарантия у нас {v} {mw}.",
            "Минуточку… Ага, гарантийный срок составляет {v} {mw}.",
            "Добрый день! На товары действует гарантия {v} {mw}.",
            "Да, подскажу: гарантия рассчитана на {v} {mw}.",
            "По регламенту гарантия — {v} {mw}.",
            "Слушайте, гарантия на {v} {mw} у нас.",
            "Записывайте: гарантийный период {v} {mw}.",
        ],
        "zh": [
            "亲，我们的保修期是{v}个月哦。",
            "亲亲，这边帮您查了一下，质保是{v}个月呢。",
            "店里的东西都保修{v}个月哈。",
            "好的亲，保修时间一共{v}个月。",
            "亲，售后保修给您{v}个月。",
            "保修这块，{v}个月的质保哈。",
            "亲，质保期按{v}个月算。",
        ],
    },
}

# Order states as spoken predicates after the order reference (a masculine nominative «заказ» in Russian). Each is
# true of its own state only: a paid order has not left the warehouse, a shipped one has not arrived. The Chinese
# phrases end without a particle, since some patterns add 呢 or 哦 after them.
FRESH10_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is still sitting there unpaid, so we haven't started on it",
            "hasn't had a payment come through yet, so it's pending",
            "is pending — no payment on it yet",
            "is waiting on ur payment",
            "is showing as pending payment",
        ],
        "paid": [
            "is paid and being packed up, not shipped yet",
            "has gone through payment-wise, and it's still with us in the warehouse",
            "is paid, and we're getting it ready to go out — it hasn't left yet",
            "is paid but hasn't shipped yet",
            "is showing as paid and still being prepared here",
        ],
        "shipped": [
            "has gone out and is on its way to you, not delivered yet",
            "is with the courier now and on its way",
            "is in transit — it's left us but hasn't reached you yet",
            "has shipped and is on the way",
            "is showing as shipped and in transit",
        ],
        "delivered": [
            "has been delivered, it's showing as dropped off",
            "got delivered to you",
            "is showing as delivered",
            "was delivered, yep, it's marked complete",
            "has arrived — the carrier marked it delivered",
        ],
        "returned": [
            "has come back to us as a return",
            "is showing as returned",
            "got returned, and it's back with us",
            "has been sent back and logged as returned",
            "is marked returned on our end",
        ],
        "cancelled": [
            "has been cancelled, so nothing's going out",
            "is showing as cancelled",
            "got cancelled, so it won't be shipped",
            "was cancelled on our end",
            "is cancelled and closed off",
        ],
    },
    "ru": {
        "pending": [
            "ещё не оплачен, ждём от вас оплату",
            "пока без оплаты, поэтому в работу не взят",
            "числится как неоплаченный",
            "ждёт оплаты — она пока не пришла",
        ],
        "paid": [
            "оплачен, его сейчас собирают, со склада он пока не уходил",
            "оплачен и ждёт отгрузки на складе",
            "оплачен, но ещё не отправлен — готовим",
            "уже оплачен, сейчас на сборке, в доставку не передан",
        ],
        "shipped": [
            "отправлен и сейчас едет к вам, но пока не доставлен",
            "уже у перевозчика, в пути",
            "выехал со склада и находится в дороге",
            "в пути — отгружен, но ещё не вручён",
        ],
        "delivered": [
            "доставлен и вручён",
            "уже доставлен, статус — вручено",
            "привезён и получен",
            "числится доставленным",
        ],
        "returned": [
            "вернулся к нам, оформлен возврат",
            "числится возвращённым, товар снова у нас",
            "уже вернулся к нам на склад",
            "пришёл обратно к нам как возврат",
        ],
        "cancelled": [
            "отменён, отгружать его не будем",
            "числится в отменённых",
            "аннулирован и закрыт",
            "был отменён, доставки не будет",
        ],
    },
    "zh": {
        "pending": [
            "还没有付款，在等您付款",
            "目前是待付款状态",
            "还没收到您的付款",
            "还没付款，暂时没有处理",
        ],
        "paid": [
            "已经付款了，正在打包，还没发货",
            "付款成功，在仓库备货中，还没出库",
            "已付款，正在等待发货",
            "已经付过款，还没交给快递",
        ],
        "shipped": [
            "已经发货了，正在路上，还没送到",
            "已经交给快递，在运输途中",
            "已经出库，正在往您那边送",
            "已经发出，还在路上没签收",
        ],
        "delivered": [
            "已经签收过了",
            "已经送到了，显示已签收",
            "已经妥妥送到啦",
            "显示快递已经妥投",
        ],
        "returned": [
            "已经退回来了",
            "退货已经回到我们仓库了",
            "显示已退货",
            "已经作为退货收回了",
        ],
        "cancelled": [
            "已经取消，这单不会发货了",
            "是取消状态",
            "已经被取消，订单关闭了",
            "已经撤销了，不会再发出",
        ],
    },
}

# Store-currency (USD) money as staff say or text it. {a}: the amount in figures, the language's way; {dc}: units and
# cents in figures and words ("49 dollars and 99 cents", «49 долларов 99 центов», 49美元99美分); {words}: all in
# words ("forty-nine dollars and ninety-nine cents", «сорок девять долларов девяносто девять центов», 四十九点九九美元).
# A whole amount drops its cents in the spoken forms ("50 dollars", «пятьдесят долларов», 五十美元). Russian figures
# always keep their kopeck part («50,00»), so «доллара» (the genitive singular a fraction takes) is right after every
# {a}; Russian words are nominative, which is why Russian patterns put money only in nominative/accusative slots.
FRESH10_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "{a} dollars", "{dc}", "{words}", "USD {a}"],
    "ru": ["{a} доллара", "{dc}", "{words}", "{a}$", "{a} USD"],
    "zh": ["{a}美元", "{dc}", "{words}", "${a}", "美金{a}"],
}
# The same amounts in another currency: a planted error whatever the number. {w} and {c}: whole units and cents in
# figures; {ww} and {cw}: the same in English words; a whole amount cuts the format before {c}/{cw}. {gbp}, {pence},
# {eur}, {cent}: the English units agreeing with them; {rub}, {kop}: the Russian words agreeing with {w} and {c}.
# Russian figures keep their kopeck part, so a genitive singular follows them. An English amount of exactly one
# unit written "1" takes the singular ("1 dollar", "1 euro").
FRESH10_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": [
        "{a} euros",
        "€{a}",
        "{w} {gbp} and {c} {pence}",
        "{a} Canadian dollars",
        "{a} Japanese yen",
        "{a} Swiss francs",
        "{ww} {eur} and {cw} {cent}",
        "{a} Australian dollars",
    ],
    "ru": [
        "{a} рубля",
        "{w} {rub} {c} {kop}",
        "{a} евро",
        "{a} гривны",
        "{a} юаня",
        "{a} ₽",
        "{a} фунта стерлингов",
        "{a} белорусского рубля",
    ],
    "zh": ["人民币{a}元", "{a}元人民币", "{a}欧元", "{a}英镑", "{a}日元", "{a}港元", "{a}澳元", "{w}欧元{c}欧分"],
}
# Spoken and texted dates, every one with its year (in figures or words) and none with a numeric day/month order.
# Russian dates are in the genitive that follows a verb («отправили третьего ноября 2026 года»); the weekday after
# «в/во»; a year in words is the genitive ordinal («две тысячи двадцать шестого года»).
FRESH10_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{month} {d_th}, {y}",
        "{weekday}, {month} {d}, {y}",
        "the {d_word} of {month}, {y}",
        "{d} {month} {y}",
        "{weekday} the {d_th} of {month}, {y}",
        "{mon} {d}, {y}",
        "{month} {d_word}, {y_words}",
    ],
    "ru": [
        "{d} {month_ru} {y} года",
        "{d_gen_ru} {month_ru} {y} года",
        "{d_gen_ru} {month_ru} {y_gen_ru} года",
        "{wd_ru_acc}, {d} {month_ru} {y} года",
        "{d} {month_ru} {y} года ({wd_ru})",
        "{d_gen_ru} {month_ru} {y}-го",
    ],
    "zh": [
        "{y}年{m}月{d}号",
        "{y}年{m}月{d}日",
        "{zh_y}年{zh_m}月{zh_d}日",
        "{zh_y}年{zh_m}月{zh_d}号",
        "{y}年{m}月{d}日（星期{wd_zh}）",
        "{y}年{m}月{d}号星期{wd_zh}",
    ],
}

# genitive ordinals 1..19 («первого» … «девятнадцатого»); the round tens below, the rest composed
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
# genitive ordinals of the round tens, indexed by the tens digit: «двадцатого» … «девяностого»
_RU_TENS_ORDINALS_GEN = [
    "",
    "десятого",
    "двадцатого",
    "тридцатого",
    "сорокового",
    "пятидесятого",
    "шестидесятого",
    "семидесятого",
    "восьмидесятого",
    "девяностого",
]
# Russian cardinals, masculine (доллар and цент are masculine)
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_ZH_DIGITS = "〇一二三四五六七八九"
# digits as read after 点 and inside a number: 零 for zero
_ZH_READ = "零一二三四五六七八九"


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH10_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH10_STATES, state, language, rng)


def _ru_number(n: int) -> str:
    """0 .. 999 999 999 as a masculine Russian cardinal: «сорок девять», «тысяча двести девяносто девять»."""
    if n == 0:
        return "ноль"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    words: list[str] = []
    if millions:
        words += _ru_below_thousand(millions, feminine=False)
        words.append(_ru_plural(millions, "миллион", "миллиона", "миллионов"))
    if thousands:
        if thousands != 1 or millions:
            words += _ru_below_thousand(thousands, feminine=True)
        words.append(_ru_plural(thousands, "тысяча", "тысячи", "тысяч"))
    if units:
        words += _ru_below_thousand(units, feminine=False)
    return " ".join(words)


def _zh_number(n: int) -> str:
    """0 .. 99 999 999 as read in Chinese: 四十九, 一千二百九十九, 一万零五百."""
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    if not high:
        return _zh_below_ten_thousand(low, leading=True)
    text = _zh_below_ten_thousand(high, leading=True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _zh_below_ten_thousand(low, leading=False)
    return text


def _spoken_money(value: Decimal, language: str, fmt: str, rng: random.Random) -> str:
    """The spoken forms of a store-currency amount: {dc} and {words} (see FRESH10_MONEY_FORMATS). An amount under one
    dollar is said in cents alone ("99 cents", «99 центов», 99美分) in {dc}."""
    whole, cents = _parts(value)
    if language == "zh":
        if fmt == "{words}":
            text = _zh_number(whole)
            if cents:
                text += "点" + "".join(_ZH_READ[int(c)] for c in f"{cents:02d}".rstrip("0"))
            return f"{text}美元"
        if not whole:
            return f"{cents}美分"
        text = f"{_grouped(whole, language, rng)}美元"
        return text if not cents else f"{text}{cents}美分"
    if language == "ru":
        words = fmt == "{words}"
        cents_text = f"{_ru_number(cents) if words else cents} {_ru_plural(cents, 'цент', 'цента', 'центов')}"
        if not whole:
            return cents_text
        units = _ru_number(whole) if words else _grouped(whole, language, rng)
        text = f"{units} {_ru_plural(whole, 'доллар', 'доллара', 'долларов')}"
        return text if not cents else f"{text} {cents_text}"
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
    fmt = rng.choice(FRESH10_MONEY_FORMATS[language])
    if fmt in ("{dc}", "{words}"):
        return _spoken_money(value, language, fmt, rng)
    return _en_singular(fmt.format(a=_amount(value, language, rng)), value, language)


def _en_singular(text: str, value: Decimal, language: str) -> str:
    """An English amount written as a bare "1" takes the singular: "1 dollar", "1 Canadian dollar", "1 euro"."""
    if language != "en" or _parts(value) != (1, 0):
        return text
    return re.sub(r"(?<![\d.,])1 ((?:[A-Z][a-z]+ )?)(dollar|euro|franc)s\b", r"1 \1\2", text)


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    fmt = rng.choice(FRESH10_OTHER_CURRENCY[language])
    whole, cents = _parts(value)
    if whole == 0 and ("{w}" in fmt or "{ww}" in fmt):
        fmt = FRESH10_OTHER_CURRENCY[language][0]
    elif cents == 0 and ("{c}" in fmt or "{cw}" in fmt):
        cut = fmt.index("{c}") if "{c}" in fmt else fmt.index("{cw}")
        fmt = fmt[:cut].removesuffix(" and ").rstrip()
    text = fmt.format(
        a=_amount(value, language, rng),
        w=_grouped(whole, language, rng),
        c=cents,
        ww=_en_number(whole),
        cw=_en_number(cents),
        gbp=_en_unit(whole, "pound"),
        pence="penny" if cents == 1 else "pence",
        eur=_en_unit(whole, "euro"),
        cent=_en_unit(cents, "cent"),
        rub=_ru_plural(whole, "рубль", "рубля", "рублей"),
        kop=_ru_plural(cents, "копейка", "копейки", "копеек"),
    )
    return _en_singular(text, value, language)


def _ru_ordinal_genitive(n: int) -> str:
    """1..99 in the genitive, as a date after a verb: «третьего», «двадцатого», «тридцать первого»."""
    if n < 20:
        return _RU_ORDINALS_GEN[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return _RU_TENS_ORDINALS_GEN[tens]
    return f"{_RU_TENS[tens]} {_RU_ORDINALS_GEN[ones - 1]}"


def _ru_year_genitive(year: int) -> str:
    """The year as the genitive ordinal before «года»: «две тысячи двадцать шестого»; other centuries in figures."""
    if year == 2000:
        return "двухтысячного"
    if 2001 <= year <= 2099:
        return f"две тысячи {_ru_ordinal_genitive(year - 2000)}"
    return str(year)


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH10_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        d_th=en_suffixed(day.day),
        d_word=_en_ordinal_word(day.day),
        y_words=_en_year_words(day.year),
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        weekday=EN_WEEKDAYS[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        d_gen_ru=_ru_ordinal_genitive(day.day),
        y_gen_ru=_ru_year_genitive(day.year),
        wd_ru=RU_WEEKDAYS[day.weekday()],
        wd_ru_acc=_ru_weekday_accusative(day.weekday()),
        wd_zh=ZH_WEEKDAYS[day.weekday()],
        zh_y="".join(_ZH_DIGITS[int(c)] for c in str(day.year)),
        zh_m=_zh_date_number(day.month),
        zh_d=_zh_date_number(day.day),
    )


__all__ = [
    "FRESH10",
    "FRESH10_DATE_FORMATS",
    "FRESH10_MONEY_FORMATS",
    "FRESH10_OTHER_CURRENCY",
    "FRESH10_PATTERNS",
    "FRESH10_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
