"""A twelfth fresh split for the grounding eval: voices that talk and sell — an in-store voice kiosk chatting to a
shopper, a salesperson pitching two options, an English live-stream host, a shop's Instagram / WhatsApp account
texting, a Russian smart-speaker assistant and marketplace seller, and a Chinese live-stream host and chat seller.

This set was written blind to the verifier: its helper did not read ``agent/`` (so neither ``agent/grounding/`` nor
``agent/stream_verify.py``), ``tools/``, ``knowledge/``, the tests, ``evals.grounding``, ``evals.grounding_cases``,
``evals.grounding_score``, ``evals.grounding_checker``, the blind fifth, seventh, eighth and eleventh fresh splits
or any report under ``evals/reports/``. It read only ``evals.grounding_wording``, ``evals.grounding_calendar``,
``evals.grounding_spoken`` and the fresh splits 2, 3, 4, 6, 9 and 10 (``evals.grounding_fresh10`` is its template),
for the placeholders, claim keys and correctness rules and so as not to repeat their wordings: every sentence
pattern and state phrase here is new wording. It is a DEVELOPMENT split, meant to be read: the people tuning the
verifier will look at its misses and false rejections, so it measures wordings they have not tuned to only until
they do.

The register is talk and selling, with English given the most variety, in six voices written for this split:
(a) a voice kiosk in a store, talking to a shopper standing in front of it — short, warm, a bit rambling, with
contractions ("Hiya! The X, yeah, that one'll cost you $44.99.", "Let me just check that for you… okay, …", "we've
got 7 of those on hand", "there's 7 sitting on the shelf");
(b) a salesperson pitching two options in one breath, each price tied to its own product and no comparison the
figures do not carry ("The X'll run you $44.99, whereas the Y is $59.99.", "If you like the X, that's …; if you'd
rather the Y, that one's …");
(c) an English-speaking live-stream host ("alright chat, the X is $44.99 right now, and we've got 7 left", "drop a
heart if you want it", "Chat, for whoever asked, …");
(d) casual texting from a shop's Instagram / WhatsApp account — lowercase, "rn", "atm", "ur", "u", "btw", "n", "=",
"avail", no emoji ("hey! X is 44.99 usd rn", "yep 7 in stock for the X", "ur order … shipped on nov 20 2026");
(e) Russian: a smart-speaker voice assistant («Вот что удалось найти: …», «По вашему заказу: …», «Нашла: …»,
«Докладываю: …») and a marketplace seller answering a buyer's question under a listing («Здравствуйте! Благодарим за
вопрос. …», «Уточнили на складе: …», «Передан в службу доставки»);
(f) Chinese: a live-stream host (家人们、宝宝们、来，家人们、上链接、还剩N件) and a chat seller (亲，…哦；在的亲；
亲，帮您确认了，…；收到亲，…).
Money is said the way these people say it, always with a currency marker and unambiguous cents: "$44.99", "44.99
usd", "US$44.99", "44 dollars and 99 cents", "forty-four dollars ninety-nine" (cents under ten are said "and five
cents"), and for a whole amount "12 dollars even" / "twelve dollars even"; «44,99 доллара», «44,99 доллара США», «44
доллара 99 центов», «сорок четыре доллара девяносто девять центов», «$44,99»; 44.99美元, 44美元99美分,
四十四点九九美元, 四十四美元九十九美分, 44.99美金. Dates are said with their year, in words now and then: "Thursday the
19th of November, 2026", "the 19th, November 2026", "nov 19 2026", "the nineteenth of November, twenty twenty-six";
«девятнадцатого ноября 2026 года», «в четверг 19 ноября 2026 года», «19 ноября две тысячи двадцать шестого года»;
2026年11月19日, 二零二六年十一月十九号, 2026年11月19号（周四）. Figures are never hedged ("about", "around", "roughly",
"like", «примерно», «ориентировочно», 大约, 左右 never stand near a figure or date), and hype never adds a claim: no
"discount", "deal", "best", "limited", "sale", "bargain", "steal", «скидка», «выгодно», «акция», 优惠, 秒杀, 福利,
划算, 特价, 手慢无, and no "only"/"just"/«всего»/只要 before a price ("only"/只剩 stand only before a count that is
left).

Correctness rules, as for fresh 9 and fresh 10: each sentence names the product, order or policy its figures belong
to — after the last "…", "?" or "!" of a pattern the name and its figure still stand together — and a sentence about
two products ties each price to its own product with no comparison; every date carries its year, is unambiguous (no
numeric day/month order to swap) and has no "by", "around", "before", «до», 之前, 以前 or 左右 near it; the return
window is not tied to delivery or purchase; the restocking fee keeps its "opened and not faulty" condition; the
refund time keeps "after we receive the return"; free shipping is for orders over the amount; an order-state phrase
says only what is true of that state (a shipped order has not arrived, a paid one has not left); a stock count is the
available quantity; no sentence adds a claim (rating, discount, promise, restock, other figure) its placeholders do
not back; a price sentence says nothing of stock; a carrier sentence does not say the order has left; money in
another currency is plainly that currency ("forty-four pounds and ninety-nine pence", «44,99 злотого», 44.99韩元).
Russian dates are adverbial everywhere (a verb before the date, never a preposition), so the spoken ordinal is the
genitive «девятнадцатого ноября», and a year in words is the genitive ordinal «две тысячи двадцать шестого года».
Russian names stay in «» after a noun or a case-free slot, never with a gendered past participle, adjective or
pronoun; counts are «N шт.»; ranges of days use {dw2} only where the range is nominative/accusative. Russian money,
which may be spelled out in words, only ever stands in a nominative/accusative slot («стоит …», «за …», «— …»,
«составляет …», «обойдётся в …», «превышает …», «больше, чем …»), never after a preposition or comparative that takes
the genitive («свыше …», «от …», «дороже …»). Chinese patterns never put a number-bearing placeholder straight after
{name} or {ref}, so two figures never run together.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH12``. Pattern ids are ``<claim>.<language>.m<i>``.
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
from evals.grounding_spoken import ru_number as _ru_number
from evals.grounding_spoken import ru_ordinal_genitive as _ru_ordinal_genitive
from evals.grounding_spoken import ru_plural as _ru_plural
from evals.grounding_spoken import ru_weekday_accusative as _ru_weekday_accusative
from evals.grounding_spoken import ru_year_genitive as _ru_year_genitive
from evals.grounding_spoken import zh_date_number as _zh_date_number
from evals.grounding_spoken import zh_number as _zh_number
from evals.grounding_wording import phrase_from, pick_from

FRESH12 = "development (fresh 12)"
_TAG = "m"

# claim -> language -> patterns; the placeholders are those of evals.grounding_fresh10 for the same claim.
FRESH12_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Hiya! The {name}, yeah, that one'll cost you {price}.",
            "Let me just check that for you… okay, the {name} comes up at {price}.",
            "Mm, the {name} you've got in your hand there, that's {price}.",
            "Oh, that's the {name} — it's {price}, that one.",
            "If you're after the {name}, that'll run you {price}.",
            "The {name} I'd point you to goes for {price}.",
            "alright chat, the {name} is {price} right now.",
            "Okay chat, price check on the {name}: {price}.",
            "Chat, for everyone asking in the comments, the {name} is {price}.",
            "hey! {name} is {price} rn",
            "hiii the {name} is {price}",
            "{name} costs {price}, lmk if u want one",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» стоит {price}.",
            "Нашла для вас: товар «{name}», цена — {price}.",
            "Цена на «{name}» сейчас {price}.",
            "Товар «{name}» продаётся за {price}.",
            "Здравствуйте! Благодарим за вопрос. Цена товара «{name}» — {price}.",
            "Добрый день! Стоимость «{name}» составляет {price}.",
            "Здравствуйте! «{name}» в нашем магазине — {price}.",
            "Спасибо за интерес! Товар «{name}» стоит {price}.",
            "По вашему запросу: «{name}» — {price}.",
        ],
        "zh": [
            "家人们看过来，{name}现在的价格是{price}。",
            "宝宝们，{name}上链接了，价格{price}。",
            "来，家人们，{name}这一款，{price}。",
            "宝宝们问的{name}，价格是{price}哈。",
            "家人们，{name}给大家报个价：{price}。",
            "亲，您咨询的{name}售价为{price}哦。",
            "亲，{name}这边是{price}一件哦。",
            "在的亲，{name}卖{price}哦。",
            "亲，帮您确认了，{name}的价格是{price}。",
        ],
    },
    "PQ": {
        "en": [
            "Okay so the {name}'s {price}, and we've got {qty} of those on hand.",
            "Right, the {name} — {price} each, and there's {qty} sitting on the shelf.",
            "Let me have a look… the {name} is {price}, and there are {qty} in stock.",
            "Ooh, the {name}, that's {price}, and there's {qty} of them in stock.",
            "The {name} will run you {price}, and we've got {qty} available.",
            "You'd be looking at {price} for the {name}, and there are {qty} still available.",
            "alright chat, the {name} is {price} right now, and we've got {qty} left.",
            "Chat, the {name}: {price}, with {qty} left in stock — drop a heart if you want one.",
            "Here's the {name} on camera, chat, {price} a piece, {qty} left.",
            "{name}: {price}, got {qty} atm",
            "yep {qty} left of the {name}, {price} each",
            "hey! {name} is {price}, we have {qty} rn",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» за {price}, в наличии {qty} шт.",
            "Товар «{name}» стоит {price}, доступно для заказа {qty} шт.",
            "Здравствуйте! Уточнили на складе: «{name}» стоит {price}, остаток {qty} шт.",
            "Добрый день! Благодарим за вопрос. «{name}» — {price}, на складе {qty} шт.",
            "Здравствуйте! По товару «{name}» цена {price}, доступно {qty} шт.",
            "Нашла: «{name}», {price}, на складе сейчас {qty} шт.",
            "Цена «{name}» — {price}, а в наличии {qty} шт.",
            "Уточнили на складе: товара «{name}» {qty} шт., цена за штуку — {price}.",
            "По запросу «{name}»: цена {price}, остаток на складе {qty} шт.",
        ],
        "zh": [
            "家人们，{name}现在是{price}，还剩{qty}件。",
            "宝宝们，{name}上链接了，{price}一件，库存还有{qty}件。",
            "来，家人们，{name}这一款{price}，还剩{qty}件哈。",
            "宝宝们，{name}还剩{qty}件，价格是{price}。",
            "家人们，{name}这款给大家报个价：{price}，库存{qty}件。",
            "亲，{name}的价格是{price}，现在还有{qty}件哦。",
            "亲，您咨询的{name}售价{price}，仓库还有{qty}件哦。",
            "在的亲，{name}卖{price}，目前剩{qty}件。",
            "亲，帮您确认了，{name}单价{price}，可售数量{qty}件哦。",
        ],
    },
    "PI": {
        "en": [
            "Good news, the {name}'s in stock, and it's {price}.",
            "Yep, we've got the {name} in, and it's {price}.",
            "Oh, the {name}, yeah, that's in stock — {price}.",
            "Let me check… yes, the {name} is in stock, and it comes to {price}.",
            "The {name} is in stock, and it'll run you {price}.",
            "The {name} I'd go for is in stock at {price}.",
            "alright chat, the {name} is in stock, {price} — drop a heart if you want it.",
            "Chat, we've got the {name} in stock, and it's {price}.",
            "yes! {name} in stock, {price}",
            "hey, the {name} is in stock rn, {price}",
            "{name} avail rn, {price}",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» есть в наличии, цена {price}.",
            "Нашла: товар «{name}» в наличии, стоит {price}.",
            "Товар «{name}» есть на складе и стоит {price}.",
            "Здравствуйте! Уточнили на складе: «{name}» в наличии, стоимость {price}.",
            "Добрый день! Благодарим за вопрос. Товар «{name}» в наличии, цена — {price}.",
            "Здравствуйте! «{name}» есть в наличии, оформить можно по цене {price}.",
            "Да, «{name}» на складе есть, стоимость — {price}.",
            "Хорошая новость: «{name}» в наличии, цена {price}.",
            "По вашему запросу: «{name}» в наличии за {price}.",
        ],
        "zh": [
            "家人们，{name}有现货，价格是{price}。",
            "宝宝们，{name}现货上链接了，{price}。",
            "来，家人们，{name}有货的，{price}一件。",
            "宝宝们，{name}是有库存的，{price}。",
            "亲，{name}有现货的哦，售价{price}。",
            "亲，您咨询的{name}目前有货，价格{price}哦。",
            "在的亲，{name}仓库有货，{price}。",
            "亲，帮您确认了，{name}现货在售，价格是{price}哦。",
            "亲，{name}有货，可以直接下单，价格{price}哦。",
        ],
    },
    "PO": {
        "en": [
            "Aw, the {name}'s {price}, but we're all out of it right now.",
            "So the {name} is {price}, but I'm afraid there's none on hand at the moment.",
            "Let me check… the {name} is {price}, but we've run out.",
            "The {name} would be {price}, but it's out of stock at the moment.",
            "I'd love to get you the {name} at {price}, but it's out of stock right now.",
            "Chat, the {name} is {price}, but it's sold out right now, sorry guys.",
            "Sorry chat, the {name} — {price} — is out of stock at the moment.",
            "sorry! {name} is {price} but out of stock rn",
            "{name} is {price} but we're out atm",
            "ah the {name} is {price}, none in stock rn tho",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» стоит {price}, но сейчас нет в наличии.",
            "Нашла товар «{name}»: цена {price}, но на складе сейчас пусто.",
            "Товар «{name}» стоит {price}, однако в наличии товара нет.",
            "Здравствуйте! Уточнили на складе: «{name}» стоит {price}, но остатков нет.",
            "Добрый день! Благодарим за вопрос. Цена «{name}» — {price}, но сейчас товара нет в наличии.",
            "Здравствуйте! «{name}» — {price}, к сожалению, сейчас нет на складе.",
            "К сожалению, «{name}» за {price} сейчас нет в наличии.",
            "По вашему запросу: «{name}», {price}, в наличии отсутствует.",
        ],
        "zh": [
            "家人们，{name}是{price}，可惜现在没货了。",
            "宝宝们，{name}这款{price}，目前断货，链接先不上了。",
            "来，家人们，{name}价格是{price}，但现在库存没了哈。",
            "宝宝们，{name}卖{price}，这会儿已经没有库存了。",
            "亲，{name}售价{price}，但是暂时没有现货哦。",
            "亲，您咨询的{name}价格是{price}，不过已经卖完了哦。",
            "在的亲，{name}标价{price}，现在缺货呢。",
            "亲，帮您确认了，{name}是{price}，目前无货哦。",
        ],
    },
    "Q": {
        "en": [
            "We've got {qty} of the {name} on hand right now.",
            "There's {qty} of the {name} sitting on the shelf.",
            "Let me see… yep, {qty} of the {name} in stock.",
            "Ooh, the {name}, we've got {qty} of those.",
            "I can see {qty} of the {name} available.",
            "Chat, heads up, the {name} has {qty} left.",
            "alright chat, {qty} of the {name} left in stock.",
            "Okay chat, only {qty} of the {name} left.",
            "{qty} left of the {name} rn",
            "yep {qty} in stock for the {name}",
            "we've got {qty} of the {name} atm",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» в наличии {qty} шт.",
            "Нашла: товара «{name}» на складе {qty} шт.",
            "Сейчас можно заказать {qty} шт. товара «{name}».",
            "Здравствуйте! Уточнили на складе: «{name}» — {qty} шт.",
            "Добрый день! Благодарим за вопрос. Остаток «{name}» — {qty} шт.",
            "Здравствуйте! Товара «{name}» осталось {qty} шт., можно заказывать.",
            "По вашему запросу: «{name}», доступно {qty} шт.",
            "На складе лежит {qty} шт. товара «{name}».",
            "Уточнили на складе: по «{name}» доступный остаток {qty} шт.",
        ],
        "zh": [
            "家人们，{name}还剩{qty}件。",
            "宝宝们，{name}库存还有{qty}件哈。",
            "来，家人们，{name}这款只剩{qty}件了。",
            "宝宝们，{name}的库存是{qty}件。",
            "家人们，{name}剩下的数量是{qty}件。",
            "亲，{name}目前还有{qty}件哦。",
            "亲，您咨询的{name}仓库里还有{qty}件哦。",
            "在的亲，{name}现货有{qty}件。",
            "亲，帮您确认了，{name}可售{qty}件哦。",
        ],
    },
    "I": {
        "en": [
            "Yep, the {name}'s in stock, you're in luck.",
            "Oh, we've got the {name} in stock, yeah.",
            "Let me check… the {name} is in stock.",
            "The {name} is in stock if you'd like it.",
            "Chat, the {name} is in stock right now.",
            "alright chat, the {name} is in stock, drop a heart if you want it.",
            "yep! {name} is in stock",
            "{name} is in stock, lmk",
            "hey, we have the {name} in stock atm",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» есть в наличии.",
            "Нашла: товар «{name}» на складе есть.",
            "Товар «{name}» в наличии, можно оформлять заказ.",
            "Здравствуйте! Уточнили на складе: «{name}» в наличии.",
            "Добрый день! Благодарим за вопрос. Товар «{name}» есть в наличии.",
            "Здравствуйте! Да, «{name}» сейчас есть на складе.",
            "По вашему запросу: «{name}» в наличии.",
            "Хорошая новость: товар «{name}» есть на складе.",
        ],
        "zh": [
            "家人们，{name}有现货。",
            "宝宝们，{name}是有货的，放心拍。",
            "来，家人们，{name}现在有库存。",
            "宝宝们，{name}有现货，上链接了。",
            "亲，{name}有货的哦。",
            "亲，您咨询的{name}目前有现货哦。",
            "在的亲，{name}仓库里有货。",
            "亲，帮您确认了，{name}是有库存的哦。",
        ],
    },
    "O": {
        "en": [
            "Aw, sorry, we're all out of the {name} right now.",
            "Oh, the {name}'s sold out at the moment, I'm afraid.",
            "Let me check… no, the {name} is out of stock.",
            "The {name} is out of stock at the moment, unfortunately.",
            "Sorry chat, the {name} is sold out right now.",
            "Chat, the {name} is out of stock at the moment.",
            "sorry! {name} is sold out rn",
            "ah no, {name} is out of stock atm",
            "we're out of the {name} rn, sorry",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» сейчас нет в наличии.",
            "К сожалению, товара «{name}» на складе сейчас нет.",
            "Товар «{name}» сейчас отсутствует на складе.",
            "Здравствуйте! Уточнили на складе: «{name}» нет в наличии.",
            "Добрый день! Благодарим за вопрос. Увы, товара «{name}» сейчас нет.",
            "Здравствуйте! «{name}» на данный момент отсутствует в наличии.",
            "По вашему запросу: «{name}» — в наличии нет.",
            "Нашла товар «{name}», но остаток на складе нулевой.",
        ],
        "zh": [
            "家人们，{name}没货了。",
            "宝宝们，{name}已经卖完了，暂时没有库存。",
            "来，家人们，{name}现在断货了哈。",
            "宝宝们，{name}这会儿缺货。",
            "亲，{name}暂时没有现货哦。",
            "亲，您咨询的{name}目前缺货哦。",
            "在的亲，{name}已经没有库存了。",
            "亲，帮您确认了，{name}现在无货哦。",
        ],
    },
    "S": {
        "en": [
            "Oh yeah, the {name} comes in a size {size}.",
            "They make the {name} in a size {size}, yeah.",
            "Let me check… yep, size {size} is one of the {name}'s sizes.",
            "Good news, the {name} is available in size {size} here.",
            "Size {size} is an option on the {name}, if that's yours.",
            "Chat, the {name} comes in size {size}, for everyone asking.",
            "yep {name} comes in {size}",
            "{name} does come in size {size}, yes",
            "hey! size {size} is a thing for the {name}",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» бывает в размере {size}.",
            "Нашла: у товара «{name}» есть размер {size}.",
            "Размер {size} для «{name}» предусмотрен.",
            "Здравствуйте! Уточнили: у «{name}» есть размер {size}.",
            "Добрый день! Благодарим за вопрос. Товар «{name}» выпускается в размере {size}.",
            "Здравствуйте! Да, в линейке «{name}» есть размер {size}.",
            "По вашему запросу: размер {size} у «{name}» есть.",
            "Размерная сетка «{name}» включает {size}.",
        ],
        "zh": [
            "家人们，{name}有{size}码的。",
            "宝宝们，{name}这一款出了{size}码哈。",
            "来，家人们，{name}能选{size}码。",
            "宝宝们，{name}的码数里有{size}码。",
            "亲，{name}是有{size}码的哦。",
            "亲，您咨询的{name}有{size}码哦。",
            "在的亲，{name}的尺码里有{size}码。",
            "亲，帮您确认了，{name}做了{size}码哦。",
        ],
    },
    "C": {
        "en": [
            "Oh, the {name}, that one's {colour}.",
            "The {name}'s the {colour} one, yeah.",
            "Let me check… the {name} is {colour}.",
            "Yep, the {name} comes in {colour}, that's right.",
            "The {name} I'd show you is {colour}.",
            "Chat, the {name} is {colour}, for everyone asking.",
            "colour's {colour} on the {name}",
            "fyi the {name} comes in {colour}",
            "hey! {name} is in {colour}",
        ],
        "ru": [
            "Вот что удалось найти: у «{name}» цвет {colour}.",
            "Нашла: товар «{name}», цвет — {colour}.",
            "Цвет у товара «{name}» такой: {colour}.",
            "Здравствуйте! Уточнили: «{name}» — цвет {colour}.",
            "Добрый день! Благодарим за вопрос. Цвет «{name}» — {colour}.",
            "Здравствуйте! В карточке «{name}» цвет указан как {colour}.",
            "По вашему запросу: цвет у «{name}» {colour}.",
            "Расцветка товара «{name}» — {colour}.",
        ],
        "zh": [
            "家人们，{name}是{colour}的。",
            "宝宝们，{name}这款颜色是{colour}哈。",
            "来，家人们，{name}是{colour}款。",
            "宝宝们，{name}的颜色给大家说下，是{colour}。",
            "亲，{name}的颜色是{colour}哦。",
            "亲，您咨询的{name}是{colour}的哦。",
            "在的亲，{name}颜色为{colour}。",
            "亲，帮您确认了，{name}是{colour}哦。",
        ],
    },
    # two products in one sentence: each price sits next to its own product, and no comparison is drawn
    "PP": {
        "en": [
            "The {name}'ll run you {price}, whereas the {name2} is {price2}.",
            "So you've got the {name} at {price}, or there's the {name2} at {price2}.",
            "I'd show you two: the {name}, which is {price}, and the {name2}, which is {price2}.",
            "If you like the {name}, that's {price}; if you'd rather the {name2}, that one's {price2}.",
            "Either works — the {name} goes for {price}, and the {name2} goes for {price2}.",
            "Oh, so the {name} is {price}, and the {name2} next to it is {price2}.",
            "Let me check both… the {name} is {price}, and the {name2} comes to {price2}.",
            "Chat, the {name} is {price}, and the {name2} is {price2} — drop a heart for the one you want.",
            "alright chat, two up next: the {name} at {price} and the {name2} at {price2}.",
            "{name} is {price}, {name2} is {price2}",
            "so {name} = {price} n {name2} = {price2}",
            "hey! the {name} is {price}, the {name2} is {price2}",
        ],
        "ru": [
            "Вот что удалось найти: «{name}» стоит {price}, а «{name2}» стоит {price2}.",
            "Нашла два варианта: «{name}» — {price}, «{name2}» — {price2}.",
            "Здравствуйте! Благодарим за вопрос. Цена «{name}» — {price}, цена «{name2}» — {price2}.",
            "Добрый день! «{name}» продаётся за {price}, «{name2}» — за {price2}.",
            "Здравствуйте! По двум товарам: «{name}» стоит {price}; «{name2}» стоит {price2}.",
            "Можно взять «{name}», это {price}, или «{name2}», это {price2}.",
            "По вашему запросу: за «{name}» — {price}, за «{name2}» — {price2}.",
            "Стоимость «{name}» составляет {price}, а стоимость «{name2}» — {price2}.",
        ],
        "zh": [
            "家人们，{name}是{price}，{name2}是{price2}。",
            "宝宝们，两款都上链接了：{name}卖{price}，{name2}卖{price2}。",
            "来，家人们，{name}这一款{price}，{name2}那一款{price2}。",
            "宝宝们，{name2}是{price2}，{name}是{price}。",
            "亲，{name}的价格是{price}，{name2}的价格是{price2}哦。",
            "亲，您咨询的两款：{name}售价{price}，{name2}售价{price2}哦。",
            "在的亲，{name}标价{price}，{name2}标价{price2}。",
            "亲，帮您确认了，{name}是{price}，另一款{name2}是{price2}哦。",
        ],
    },
    "count": {
        "en": [
            "Okay, I found {count} that match what you're looking for.",
            "Let me see… there are {count} that fit, they're on the screen now.",
            "So there's {count} here that fit what you described.",
            "There are {count} that match, let me walk you through them.",
            "I've got {count} options I can show you.",
            "Chat, {count} of them match what you asked for.",
            "alright chat, we pulled up {count} for that.",
            "found {count} for u, see below",
            "{count} matches rn",
            "hey! {count} results came up",
        ],
        "ru": [
            "Вот что удалось найти: вариантов — {count}.",
            "Нашла подходящих товаров: {count}.",
            "По вашему запросу нашлось позиций: {count}.",
            "Здравствуйте! Подобрали для вас варианты, их {count}.",
            "Добрый день! Благодарим за вопрос. Подходящих позиций в магазине: {count}.",
            "Всего результатов по запросу: {count}.",
            "Количество подходящих товаров — {count}.",
            "Здравствуйте! Под ваш запрос подходит товаров: {count}.",
        ],
        "zh": [
            "家人们，一共给大家找到{count}款。",
            "宝宝们，符合的有{count}款，往下看哈。",
            "来，家人们，这次筛出来{count}款。",
            "亲，帮您找到{count}款合适的哦。",
            "亲，您要的条件下有{count}款哦。",
            "在的亲，搜到了{count}个商品。",
            "亲，帮您确认了，共有{count}款符合哦。",
            "亲，符合您要求的商品一共{count}个哦。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is a plain noun phrase (a masculine nominative headed by «заказ» in Russian) with no full stop in
    # it and no comma at its end; Chinese patterns put a word between {ref} (which may end in the number) and a figure.
    "ref": {
        "en": [
            "The order you placed under {n}",
            "Order number {n} on your account",
            "The #{n} order you placed",
            "The order with the number {n}",
            "Order {n} that you put in",
            "Your order number {n} with us",
            "That order of yours numbered {n}",
            "Your order with ref {n}",
        ],
        "ru": [
            "Заказ за номером {n} в вашем кабинете",
            "Интересующий вас заказ под номером {n}",
            "Заказ №{n} с вашего аккаунта",
            "Ваш заказ {n} на маркетплейсе",
            "Заказ с номером {n} из вашего профиля",
            "Упомянутый вами заказ номер {n}",
            "Ваш заказ под кодом {n}",
            "Заказ с кодом {n}",
        ],
        "zh": [
            "订单号为{n}的这一单",
            "这位宝宝的订单{n}",
            "亲拍下的订单{n}",
            "您这笔单号{n}的订单",
            "编号为{n}的那笔订单",
            "亲的这笔{n}号订单",
            "您刚才提到的订单{n}",
            "{n}号订单这边",
        ],
    },
    "state": {
        "en": [
            "Let me pull that up… okay, {ref_low} {state}.",
            "Sure thing, so {ref_low} {state}.",
            "Oh, good question — {ref_low} {state}.",
            "So I've looked it up, and {ref_low} {state}.",
            "Here we go. {ref} {state}.",
            "Alrighty! {ref} {state}.",
            "Chat, for the person asking, {ref_low} {state}.",
            "hey hey! so {ref_low} {state}",
            "hi, just checked, {ref_low} {state}",
            "update: {ref_low} {state}",
        ],
        "ru": [
            "По вашему заказу: {ref_low} {state}.",
            "Вот что удалось найти: {ref_low} {state}.",
            "Проверила статус: {ref_low} {state}.",
            "Докладываю: {ref_low} {state}.",
            "Здравствуйте! Благодарим за вопрос. Сейчас {ref_low} {state}.",
            "Добрый день! Уточнили: {ref_low} {state}.",
            "Здравствуйте! По данным маркетплейса, {ref_low} {state}.",
            "Статус на сейчас такой: {ref_low} {state}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问订单，{ref}{state}。",
            "亲，{ref}{state}哦。",
            "亲，帮您确认了，{ref}{state}。",
            "在的亲，{ref}{state}。",
            "亲，查到了，{ref}{state}呢。",
            "亲，系统里{ref}{state}哦。",
            "亲，物流这边看到{ref}{state}。",
            "收到亲，{ref}现在{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Let me check… {ref_low} should be with you on {date}.",
            "Okay, so {ref_low} should land with you on {date}.",
            "Good news, {ref_low} is set to arrive on {date}.",
            "The estimate for {ref_low} says it'll arrive on {date}.",
            "Ooh, {ref_low} is coming to you on {date}.",
            "Chat, for whoever asked, {ref_low} is expected on {date}.",
            "hey! {ref_low} should arrive {date}",
            "eta {date} for {ref_low}",
            "hi! expected delivery for {ref_low} is {date}",
            "{ref_low} is due on {date}, keep an eye out",
        ],
        "ru": [
            "По вашему заказу: {ref_low} ожидается к получению {date}.",
            "Вот что удалось найти: {ref_low} привезут {date}.",
            "Служба доставки планирует доставить {ref_low} {date}.",
            "Докладываю: {ref_low} поступит к вам {date}.",
            "Здравствуйте! Благодарим за вопрос. По плану {ref_low} прибудет к вам {date}.",
            "Добрый день! Уточнили у службы доставки: {ref_low} доставят {date}.",
            "Здравствуйте! Плановая дата доставки такая: {ref_low} приедет {date}.",
            "Ожидайте: {ref_low} курьер привезёт {date}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问，{ref}预计{date}到货。",
            "亲，{ref}预计在{date}送到您手上哦。",
            "亲，帮您确认了，{ref}预计{date}送达。",
            "在的亲，{ref}的预计送达日期是{date}。",
            "亲，物流显示{ref}预计{date}到哦。",
            "亲，{ref}预计会在{date}到达哦。",
            "收到亲，{ref}预计是{date}送到。",
            "亲，系统预计{ref}在{date}派送到家哦。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Let me see… yep, {ref_low} got delivered on {date}.",
            "Oh, {ref_low} was dropped off on {date}, according to the carrier.",
            "So it says here {ref_low} arrived on {date}.",
            "The carrier marked {ref_low} as delivered on {date}, looks like.",
            "Right, {ref_low} reached you on {date}.",
            "Delivery for {ref_low} went through on {date}.",
            "Chat, {ref_low} shows delivered on {date}.",
            "hey, {ref_low} was delivered {date}, lmk if it's not there",
            "{ref_low} got delivered on {date} btw",
            "hi! tracking has {ref_low} delivered on {date}",
        ],
        "ru": [
            "По вашему заказу: {ref_low} вручён {date}.",
            "Вот что удалось найти: {ref_low} доставили {date}.",
            "Служба доставки отметила, что {ref_low} получен {date}.",
            "Докладываю: {ref_low} был доставлен {date}.",
            "Здравствуйте! Благодарим за вопрос. По данным трекинга, {ref_low} вам вручили {date}.",
            "Добрый день! Уточнили: {ref_low} вы получили {date}.",
            "Здравствуйте! Видим, что {ref_low} передали вам {date}.",
            "Курьер отметил: {ref_low} доставлен {date}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问，{ref}是{date}送到的。",
            "亲，{ref}在{date}已经送到了哦。",
            "亲，帮您确认了，{ref}于{date}签收。",
            "在的亲，{ref}是{date}签收的。",
            "亲，物流显示{ref}在{date}已妥投哦。",
            "亲，{ref}的签收日期是{date}哦。",
            "收到亲，{ref}在{date}就签收了。",
            "亲，快递记录里{ref}于{date}送达哦。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Let me see… {ref_low} shipped out on {date}.",
            "Okay, so we sent {ref_low} off on {date}.",
            "It says here {ref_low} left our warehouse on {date}.",
            "Yep, {ref_low} went off with the courier on {date}.",
            "Oh, {ref_low} got shipped on {date}.",
            "We packed up and shipped {ref_low} on {date}.",
            "Chat, {ref_low} went out on {date}, for whoever asked.",
            "{ref_low} shipped on {date} btw",
            "hey! {ref_low} went out {date}",
            "hi, {ref_low} was sent {date}",
        ],
        "ru": [
            "По вашему заказу: {ref_low} отправлен {date}.",
            "Вот что удалось найти: {ref_low} уехал со склада {date}.",
            "Мы передали {ref_low} в службу доставки {date}.",
            "Докладываю: {ref_low} отправили {date}.",
            "Здравствуйте! Благодарим за вопрос. Со склада {ref_low} отгрузили {date}.",
            "Добрый день! Уточнили на складе: {ref_low} отгружен {date}.",
            "Здравствуйте! Сообщаем, что {ref_low} передан в службу доставки {date}.",
            "Курьер забрал {ref_low} у нас {date}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问，{ref}是{date}发的货。",
            "亲，{ref}在{date}已经发货了哦。",
            "亲，帮您确认了，{ref}于{date}发出。",
            "在的亲，{ref}是{date}出库的。",
            "亲，物流显示{ref}在{date}被揽收哦。",
            "亲，{ref}的发货日期是{date}哦。",
            "收到亲，{ref}在{date}就寄出了。",
            "亲，仓库在{date}把{ref}发出去了哦。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Let me see… you placed {ref_low} on {date}.",
            "Okay, so {ref_low} came in on {date}.",
            "It says here {ref_low} was made on {date}.",
            "Your order history shows {ref_low} placed on {date}.",
            "Oh, {ref_low} goes back to {date}, that's when you placed it.",
            "Right, you put {ref_low} through on {date}.",
            "Chat, {ref_low} was placed on {date}, for whoever asked.",
            "you placed {ref_low} on {date} btw",
            "hey! {ref_low} went in {date}",
            "hi, {ref_low} was ordered {date}",
        ],
        "ru": [
            "По вашему заказу: {ref_low} оформлен {date}.",
            "Вот что удалось найти: {ref_low} вы оформили {date}.",
            "В истории покупок видно, что {ref_low} создан {date}.",
            "Докладываю: {ref_low} вы разместили {date}.",
            "Здравствуйте! Благодарим за вопрос. Судя по системе, {ref_low} вы сделали {date}.",
            "Добрый день! Уточнили: {ref_low} поступил к нам {date}.",
            "Здравствуйте! Видим, что {ref_low} был оформлен {date}.",
            "Маркетплейс показывает, что {ref_low} оформили {date}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问，{ref}是{date}下的单。",
            "亲，{ref}是在{date}拍下的哦。",
            "亲，帮您确认了，{ref}于{date}下单。",
            "在的亲，{ref}是{date}提交的订单。",
            "亲，系统显示{ref}在{date}创建哦。",
            "亲，{ref}的下单时间是{date}哦。",
            "收到亲，{ref}在{date}就下单了。",
            "亲，订单记录里{ref}于{date}生成哦。",
        ],
    },
    "total": {
        "en": [
            "{ref} added up to {total}, all in.",
            "{ref} was {total} altogether, so the screen says.",
            "{ref} totals {total}, yep, that's everything.",
            "{ref} comes to {total} with everything on it.",
            "{ref} came out at {total} once it was all added up.",
            "{ref} rang up to {total} in all.",
            "{ref} came to {total}, chat, for whoever asked.",
            "{ref} was {total} total btw",
            "{ref}: {total} all in",
            "{ref} = {total} in total",
        ],
        "ru": [
            "{ref} — сумма всех позиций {total}.",
            "{ref} в сумме стоит {total}.",
            "{ref}: итоговая стоимость — {total}.",
            "{ref} — в общей сложности {total}.",
            "{ref} — всего по чеку {total}.",
            "{ref} обошёлся вам в {total}.",
            "{ref}: сумма заказа — {total}.",
            "{ref} — итог {total}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问，{ref}总共是{total}。",
            "亲，{ref}一共是{total}哦。",
            "亲，帮您确认了，{ref}总计{total}。",
            "在的亲，{ref}的总金额为{total}。",
            "亲，系统显示{ref}合计{total}哦。",
            "亲，{ref}加在一起一共{total}哦。",
            "收到亲，{ref}总价是{total}。",
            "亲，{ref}的金额总共{total}哦。",
        ],
    },
    "carrier": {
        "en": [
            "Let me check… your order's going with {carrier}.",
            "So {carrier} is bringing your order.",
            "Okay, {carrier}'s the one delivering your order.",
            "We've got {carrier} lined up for your order.",
            "The courier on your order is {carrier}, yeah.",
            "Your order travels with {carrier}.",
            "Chat, for whoever asked, your order goes with {carrier}.",
            "ur order's going via {carrier}",
            "hey! {carrier} is delivering ur order",
            "carrier = {carrier} for ur order",
        ],
        "ru": [
            "Вот что удалось найти: ваш заказ доставляет {carrier}.",
            "По вашему заказу: доставкой займётся {carrier}.",
            "Ваш заказ повезёт {carrier}.",
            "Докладываю: для вашего заказа назначен перевозчик {carrier}.",
            "Здравствуйте! Благодарим за вопрос. Доставку вашего заказа осуществляет {carrier}.",
            "Добрый день! Уточнили: за доставку вашего заказа отвечает {carrier}.",
            "Здравствуйте! Служба доставки по вашему заказу — {carrier}.",
            "Ваш заказ доставит компания {carrier}.",
        ],
        "zh": [
            "家人们，刚刚有宝宝问快递，您的订单是{carrier}送哈。",
            "亲，您的订单由{carrier}配送哦。",
            "亲，帮您确认了，您这单用{carrier}配送。",
            "在的亲，您订单的快递是{carrier}。",
            "亲，您的订单安排了{carrier}哦。",
            "亲，您这边订单的承运商是{carrier}哦。",
            "收到亲，您的订单走{carrier}。",
            "亲，您的包裹会由{carrier}送到哦。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "You've got {v} days to bring it back if it's not right.",
            "So on returns, you've got {v} days.",
            "If it doesn't work out, there's a {v}-day window to return it.",
            "And if you change your mind, you've got {v} days to return it.",
            "Returns stay open for {v} days.",
            "You can return it within {v} days, no problem.",
            "Chat, returns are {v} days, so no stress.",
            "u can return within {v} days",
            "returns = {v} days btw",
            "yep {v} day returns",
        ],
        "ru": [
            "Вот что удалось найти: вернуть товар можно в течение {v} {dwg}.",
            "По правилам магазина на возврат даётся {v} {dw}.",
            "Здравствуйте! Благодарим за вопрос. Срок возврата — {v} {dw}.",
            "Добрый день! Оформить возврат вы можете в течение {v} {dwg}.",
            "Здравствуйте! Если товар вам не подошёл, на возврат у вас есть {v} {dw}.",
            "Срок для возврата покупки составляет {v} {dw}.",
            "Докладываю: на возврат у вас {v} {dw}.",
            "Возврат принимается в течение {v} {dwg}.",
        ],
        "zh": [
            "家人们放心，咱们支持{v}天内退货。",
            "宝宝们，退货时间是{v}天哈。",
            "亲，{v}天内都可以申请退货哦。",
            "亲，帮您确认了，退货期限是{v}天。",
            "在的亲，不合适的话{v}天内可以退哦。",
            "亲，我们家退货给{v}天的时间哦。",
            "收到亲，{v}天之内都能退货。",
            "亲，退货规则是{v}天内可退哦。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Once we receive the return, the refund takes {v} to {v2} business days to come through.",
            "So after we receive the return, give it {v}–{v2} business days for your money.",
            "And the refund lands {v} to {v2} business days after we receive the return.",
            "Your refund goes out {v} to {v2} business days after we receive the return.",
            "After we receive the return, you'll see the refund in {v}–{v2} business days.",
            "Let me check… refunds take {v}–{v2} business days after we receive the return.",
            "Chat, refunds are {v} to {v2} business days after we receive the return.",
            "refund takes {v}-{v2} business days after we receive the return",
            "after we receive the return it's {v}-{v2} business days for the refund",
            "once we receive ur return, refund in {v}-{v2} business days",
        ],
        "ru": [
            "Вот что удалось найти: деньги вернутся за {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
            "После того как мы получим возврат, средства поступят к вам через {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Благодарим за вопрос. Возврат денег занимает {v}–{v2} рабочих {dw2} после того, как "
            "мы получим возврат.",
            "Добрый день! Как только возврат придёт к нам, деньги вернём через {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Перевод денег занимает {v}–{v2} рабочих {dw2} после получения нами возврата.",
            "Докладываю: после того как мы получим возврат, на возврат средств уходит {v}–{v2} рабочих {dw2}.",
            "Средства возвращаются через {v}–{v2} рабочих {dw2} после того, как возврат придёт к нам.",
            "Уточнили в бухгалтерии: деньги придут через {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
        ],
        "zh": [
            "家人们，等我们收到退货，{v}–{v2}个工作日退款就到了。",
            "宝宝们，退款时间是我们收到退货后的{v}到{v2}个工作日哈。",
            "亲，我们收到退货后{v}到{v2}个工作日会退款哦。",
            "亲，帮您确认了，仓库收到退货后，{v}-{v2}个工作日内退款。",
            "在的亲，收到您寄回的退货以后，{v}到{v2}个工作日退款到账。",
            "亲，退货到了我们这里，{v}–{v2}个工作日给您退款哦。",
            "收到亲，我们收到退货后需要{v}-{v2}个工作日退款。",
            "亲，退款会在我们收到退货后{v}到{v2}个工作日处理好哦。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "If it's been opened and it's not faulty, there's a {v}% restocking fee, just so you know.",
            "So anything opened and not faulty comes back with a {v}% restocking fee.",
            "Just so you know, returns that are opened and not faulty carry a {v} percent restocking fee.",
            "There's a {v}% restocking fee when it's opened and not faulty.",
            "Opened and not faulty means we take a {v}% restocking fee.",
            "Let me check… a {v}% restocking fee applies to opened items that aren't faulty.",
            "Chat, if it's opened and not faulty, there's a {v} percent restocking fee.",
            "if opened & not faulty, restocking fee is {v}%",
            "heads up, {v}% restocking fee if it's opened and not faulty",
            "yep, {v}% restocking fee on opened, not faulty stuff",
        ],
        "ru": [
            "Вот что удалось найти: если товар вскрыт и исправен, при возврате удерживается {v}%.",
            "За возврат вскрытого, но исправного товара берём сбор {v}%.",
            "Здравствуйте! Благодарим за вопрос. При возврате распакованного товара без брака удерживается {v}%.",
            "Добрый день! Если упаковка вскрыта, а товар без дефектов, комиссия за возврат — {v}%.",
            "Здравствуйте! Вскрытый и не бракованный товар можно вернуть с удержанием {v}%.",
            "Докладываю: сбор за возврат составляет {v}%, если товар вскрыт и неисправностей нет.",
            "Удержание {v}% применяется, когда товар вскрыт и исправен.",
            "Уточнили у менеджера: с открытого исправного товара при возврате удерживаем {v}%.",
        ],
        "zh": [
            "家人们注意，拆封了但没有故障的商品退回，要扣{v}%手续费。",
            "宝宝们，已开封且无故障的退货，手续费是{v}%哈。",
            "亲，商品已拆封且没有故障的话，退货收取{v}%的手续费哦。",
            "亲，帮您确认了，开封后不是质量问题的退货，扣{v}%的费用。",
            "在的亲，拆了封、商品又没坏的话，退货扣百分之{v}哦。",
            "亲，开封过的正常商品退货，会扣除{v}%的重新入库费哦。",
            "收到亲，已拆封无故障的商品退货需支付{v}%手续费。",
            "亲，如果拆封了而且没有故障，退货时扣{v}%哦。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Standard shipping's {m}, if you want it sent.",
            "So standard shipping comes to {m}.",
            "For standard shipping you'd pay {m}.",
            "Shipping the standard way is {m}.",
            "Let me check… standard delivery is {m}.",
            "If you go standard, shipping's {m}.",
            "Chat, standard shipping is {m}.",
            "standard shipping {m} btw",
            "std delivery costs {m}",
            "hey! standard shipping will be {m}",
        ],
        "ru": [
            "Вот что удалось найти: стандартная доставка стоит {m}.",
            "По тарифу обычная доставка — {m}.",
            "Здравствуйте! Благодарим за вопрос. Стандартная доставка обойдётся в {m}.",
            "Добрый день! За стандартную доставку платите {m}.",
            "Здравствуйте! Стандартная доставка у нас стоит {m}.",
            "Докладываю: за обычную доставку нужно заплатить {m}.",
            "Стоимость обычной доставки составляет {m}.",
            "Стандартная доставка в нашем магазине — {m}.",
        ],
        "zh": [
            "家人们，普通配送收{m}的运费。",
            "宝宝们，标准配送的运费是{m}哈。",
            "亲，标准快递运费是{m}哦。",
            "亲，帮您确认了，标准配送运费{m}。",
            "在的亲，走普通快递的话运费是{m}。",
            "亲，选标准配送需要付{m}运费哦。",
            "收到亲，标准物流的运费为{m}。",
            "亲，普通快递这边收{m}哦。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Spend over {m} and shipping's free.",
            "Once your order goes over {m}, you get free shipping.",
            "If the order comes to more than {m}, shipping is free.",
            "Let me check… shipping's free on orders over {m}.",
            "Get your order over {m} and we'll ship it for free.",
            "Anything over {m} in one order ships free.",
            "Chat, free shipping on any order over {m}.",
            "orders over {m} ship free btw",
            "free shipping if ur order is over {m}",
            "hey! over {m} = free shipping",
        ],
        "ru": [
            "Вот что удалось найти: если сумма заказа больше, чем {m}, доставка бесплатная.",
            "Доставка бесплатна, когда заказ превышает {m}.",
            "Здравствуйте! Благодарим за вопрос. При заказе на сумму больше, чем {m}, доставка бесплатная.",
            "Добрый день! Заказы, сумма которых превышает {m}, доставляем бесплатно.",
            "Здравствуйте! Если корзина выходит больше, чем {m}, за доставку платить не нужно.",
            "Докладываю: бесплатная доставка действует, когда заказ больше, чем {m}.",
            "Как только сумма заказа превышает {m}, доставка становится бесплатной.",
            "Бесплатно доставляем заказы дороже, чем {m}.",
        ],
        "zh": [
            "家人们，一单超过{m}，运费全免。",
            "宝宝们，订单总额超过{m}就不收运费哈。",
            "亲，订单金额超过{m}就包邮哦。",
            "亲，帮您确认了，订单高于{m}免运费。",
            "在的亲，买的总额超过{m}可以包邮。",
            "亲，单笔订单金额高于{m}就免邮哦。",
            "收到亲，订单超出{m}包邮。",
            "亲，超过{m}的订单我们包运费哦。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Standard shipping takes {v} to {v2} business days to get to you.",
            "So with standard, it's {v}–{v2} business days.",
            "Standard delivery is {v} to {v2} business days, if that works for you.",
            "Standard gets there in {v}–{v2} business days.",
            "Let me check… standard delivery runs {v}–{v2} business days.",
            "If you go standard, give it {v} to {v2} business days.",
            "Chat, standard shipping is {v} to {v2} business days.",
            "standard = {v}-{v2} business days",
            "std shipping takes {v}-{v2} business days btw",
            "hey! standard is {v}-{v2} business days",
        ],
        "ru": [
            "Вот что удалось найти: стандартная доставка занимает {v}–{v2} рабочих {dw2}.",
            "Обычной доставкой посылка идёт {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Благодарим за вопрос. Срок стандартной доставки — {v}–{v2} рабочих {dw2}.",
            "Добрый день! Стандартной доставкой привезём через {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! На стандартную доставку закладывайте {v}–{v2} рабочих {dw2}.",
            "Докладываю: при стандартной доставке ожидание составит {v}–{v2} рабочих {dw2}.",
            "Стандартная доставка длится {v}–{v2} рабочих {dw2}.",
            "Уточнили у службы доставки: по стандартному тарифу срок — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "家人们，普通配送要{v}–{v2}个工作日。",
            "宝宝们，标准配送{v}–{v2}个工作日能收到哈。",
            "亲，标准快递{v}到{v2}个工作日送到哦。",
            "亲，帮您确认了，标准配送时效{v}-{v2}个工作日。",
            "在的亲，走普通快递的话{v}到{v2}个工作日到货。",
            "亲，选标准配送需要{v}到{v2}个工作日哦。",
            "收到亲，标准物流要走{v}-{v2}个工作日。",
            "亲，普通快递这边{v}到{v2}个工作日送达哦。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Express shipping's {m}, if you want it quicker.",
            "So express shipping comes to {m}.",
            "For express shipping you'd pay {m}.",
            "Shipping it express is {m}.",
            "Let me check… express delivery is {m}.",
            "If you go express, shipping's {m}.",
            "Chat, express shipping is {m}.",
            "express shipping {m} btw",
            "express delivery costs {m}",
            "hey! express will be {m}",
        ],
        "ru": [
            "Вот что удалось найти: экспресс-доставка стоит {m}.",
            "По тарифу срочная доставка — {m}.",
            "Здравствуйте! Благодарим за вопрос. Экспресс-доставка обойдётся в {m}.",
            "Добрый день! За экспресс-доставку платите {m}.",
            "Здравствуйте! Цена экспресс-доставки — {m}.",
            "Докладываю: за срочную доставку нужно заплатить {m}.",
            "Стоимость срочной доставки у нас составляет {m}.",
            "Экспресс-доставка в нашем магазине — {m}.",
        ],
        "zh": [
            "家人们，加急配送收{m}的运费。",
            "宝宝们，加急配送的运费是{m}哈。",
            "亲，加急快递运费是{m}哦。",
            "亲，帮您确认了，加急配送运费{m}。",
            "在的亲，走加急快递的话运费是{m}。",
            "亲，选加急配送需要付{m}运费哦。",
            "收到亲，加急物流的运费为{m}。",
            "亲，加急快递这边收{m}哦。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Express shipping gets to you in {v} to {v2} business days.",
            "So with express, it's {v}–{v2} business days.",
            "Express delivery is {v} to {v2} business days, if that works for you.",
            "Express gets there in {v}–{v2} business days.",
            "Let me check… express delivery runs {v}–{v2} business days.",
            "If you go express, give it {v} to {v2} business days.",
            "Chat, express shipping is {v} to {v2} business days.",
            "express takes {v}-{v2} business days fyi",
            "express shipping takes {v}-{v2} business days btw",
            "hey! express is {v}-{v2} business days",
        ],
        "ru": [
            "Вот что удалось найти: экспресс-доставка занимает {v}–{v2} рабочих {dw2}.",
            "Срочной доставкой посылка идёт {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Благодарим за вопрос. Срок экспресс-доставки — {v}–{v2} рабочих {dw2}.",
            "Добрый день! Экспресс-доставкой привезём через {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! На экспресс-доставку закладывайте {v}–{v2} рабочих {dw2}.",
            "Докладываю: при экспресс-доставке ожидание составит {v}–{v2} рабочих {dw2}.",
            "Экспресс-доставка длится {v}–{v2} рабочих {dw2}.",
            "Уточнили у службы доставки: по экспресс-тарифу срок — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "家人们，加急配送要{v}–{v2}个工作日。",
            "宝宝们，加急配送{v}–{v2}个工作日能收到哈。",
            "亲，加急快递{v}到{v2}个工作日送到哦。",
            "亲，帮您确认了，加急配送时效{v}-{v2}个工作日。",
            "在的亲，走加急快递的话{v}到{v2}个工作日到货。",
            "亲，选加急配送需要{v}到{v2}个工作日哦。",
            "收到亲，加急物流要走{v}-{v2}个工作日。",
            "亲，加急快递这边{v}到{v2}个工作日送达哦。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "You get a {v}-month warranty with that, just so you know.",
            "Our warranty's {v} months, so you're covered.",
            "Let me check… the warranty runs for {v} months.",
            "It comes with {v} months of warranty.",
            "The warranty on our stuff is {v} months.",
            "And there's a {v}-month warranty on top.",
            "Chat, warranty is {v} months.",
            "{v} months warranty btw",
            "warranty lasts {v} months fyi",
            "hey! u get {v} months of warranty",
        ],
        "ru": [
            "Вот что удалось найти: гарантия на товары — {v} {mw}.",
            "Гарантия в нашем магазине действует {v} {mw}.",
            "Здравствуйте! Благодарим за вопрос. Гарантийный срок — {v} {mw}.",
            "Добрый день! Даём гарантию сроком на {v} {mw}.",
            "Здравствуйте! Гарантия составляет {v} {mw}.",
            "Докладываю: гарантия длится {v} {mw}.",
            "На покупки распространяется гарантия {v} {mw}.",
            "Уточнили у сервиса: срок гарантии — {v} {mw}.",
        ],
        "zh": [
            "家人们放心，质保{v}个月。",
            "宝宝们，质保期是{v}个月哈。",
            "亲，我们保修{v}个月哦。",
            "亲，帮您确认了，保修期为{v}个月。",
            "在的亲，商品保修{v}个月。",
            "亲，售后质保给到{v}个月哦。",
            "收到亲，保修时间是{v}个月。",
            "亲，我们家的质保期{v}个月哦。",
        ],
    },
}

# Order states as spoken predicates after the order reference (a masculine nominative «заказ» in Russian). Each is
# true of its own state only: a paid order has not left the warehouse, a shipped one has not arrived. The Chinese
# phrases end without a particle, since some patterns add 呢 or 哦 after them.
FRESH12_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "hasn't been paid for just yet, so it's still pending",
            "is still pending — we're waiting on the payment",
            "is waiting for payment, so we haven't touched it yet",
            "is unpaid rn, still pending",
            "is sitting at pending payment",
            "is on hold until the payment comes in",
        ],
        "paid": [
            "is paid and we're packing it up, it hasn't shipped yet",
            "is paid for and still here with us, not sent out yet",
            "has been paid, and it's waiting to ship",
            "is paid, not shipped yet",
            "has its payment in and is being got ready here, it hasn't left yet",
            "is all paid and still in our warehouse",
        ],
        "shipped": [
            "is on its way to you — it shipped but hasn't arrived yet",
            "has left us and is out with the carrier, not delivered yet",
            "shipped and is in transit rn",
            "is on the road to you now, it hasn't been delivered yet",
            "has been handed to the courier and is on its way",
            "is in the carrier's hands and heading your way",
        ],
        "delivered": [
            "has been delivered — the carrier shows it dropped off",
            "was delivered, all done",
            "got dropped off, it's marked delivered",
            "shows up as delivered on our end",
            "made it to you, it's delivered",
            "is delivered, the tracking's closed out",
        ],
        "returned": [
            "came back to us, it's marked as a return",
            "has been returned and it's back in our hands",
            "has made its way back to us as a return",
            "was sent back and we've got it",
            "is logged as returned rn",
            "has been returned to the store",
        ],
        "cancelled": [
            "was cancelled, so it won't be going out",
            "has been cancelled and won't ship",
            "is cancelled, nothing's shipping",
            "was called off, so it's cancelled now",
            "is cancelled on our side",
            "has been cancelled and closed",
        ],
    },
    "ru": {
        "pending": [
            "ожидает оплаты и пока не оплачен",
            "ещё не оплачен, поэтому в обработку не передан",
            "пока числится неоплаченным",
            "создан, но оплата по нему ещё не поступила",
            "пока ждёт, когда поступит оплата",
        ],
        "paid": [
            "оплачен и собирается на складе, в доставку пока не передан",
            "оплачен, сейчас комплектуется и ещё не отправлен",
            "оплачен и ждёт отправки со склада",
            "оплачен, отгрузки ещё не было",
            "оплачен, сборка идёт, со склада не отправлен",
        ],
        "shipped": [
            "передан в службу доставки и сейчас в пути",
            "отправлен, едет к вам и ещё не вручён",
            "отгружен со склада и сейчас едет к вам",
            "передан в службу доставки, пока не вручён",
            "в дороге: отправлен, но ещё не получен",
        ],
        "delivered": [
            "доставлен и получен вами",
            "уже вручён получателю",
            "доставлен адресату",
            "уже доставлен — посылка получена",
            "доставлен, статус — получен",
        ],
        "returned": [
            "возвращён нам, возврат оформлен",
            "вернулся на наш склад как возврат",
            "оформлен как возврат и уже у нас",
            "вернулся к продавцу, возврат получен",
            "пришёл к нам обратно, возврат принят",
        ],
        "cancelled": [
            "снят с отправки и отменён",
            "аннулирован, отгружаться не будет",
            "отменён — отгрузки не будет",
            "числится отменённым и закрыт",
            "отменён, доставка по нему не состоится",
        ],
    },
    "zh": {
        "pending": [
            "还没付款，等您付款后才会处理",
            "还处于待支付",
            "还在等付款，暂未处理",
            "还没有支付成功",
            "处于未付款状态",
        ],
        "paid": [
            "已付款，仓库正在打包，还没发出",
            "付款已到账，还在备货中，没有发货",
            "已经支付，等待仓库发货",
            "付过款了，包裹还没出库",
            "已付款，目前在仓库待发",
        ],
        "shipped": [
            "已经发货，包裹在路上，还没签收",
            "已交给快递，正在运输",
            "已发出，正在运输途中，还没送达",
            "已经出库，正在路上",
            "已经寄出了，包裹还在途中",
        ],
        "delivered": [
            "已经送达签收",
            "已经签收成功",
            "显示已经送到并签收",
            "已妥投签收",
            "已经送到，物流显示签收",
        ],
        "returned": [
            "已经退回到我们仓库",
            "已经办完退货，货退回来了",
            "状态是已退货",
            "已退回，我们收到了",
            "已作为退货回到店里",
        ],
        "cancelled": [
            "已经取消，不会发货",
            "已取消，订单已关闭",
            "取消掉了，不会再发",
            "已经被取消啦",
            "已经取消，这一单作废了",
        ],
    },
}

# Store-currency (USD) money as these voices say or text it. {a}: the amount in figures, the language's way; {dc}:
# units and cents in figures and words ("44 dollars and 99 cents", «44 доллара 99 центов», 44美元99美分), a whole
# English amount said "12 dollars even"; {spoken}: English words the way people say a price, "forty-four dollars
# ninety-nine" (cents under ten keep their unit, "forty-four dollars and five cents"; a whole amount "twelve dollars
# even"); {words}: all in words («сорок четыре доллара девяносто девять центов», 四十四点九九美元); {words_dc}: Chinese
# units and cents in words (四十四美元九十九美分). An amount under one dollar is said in cents alone. Russian figures
# always keep their kopeck part («50,00»), so «доллара» (the genitive singular a fraction takes) is right after every
# {a}; Russian words are nominative, which is why Russian patterns put money only in nominative/accusative slots.
FRESH12_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "{a} usd", "{dc}", "{spoken}", "US${a}"],
    "ru": ["{a} доллара", "{a} доллара США", "{dc}", "{words}", "${a}"],
    "zh": ["{a}美元", "{dc}", "{words}", "{words_dc}", "{a}美金"],
}
# The same amounts in another currency: a planted error whatever the number. {w} and {c}: whole units and cents in
# figures; {ww} and {cw}: the same in English words; {wwr} and {cwr}: the same in Russian words (kopecks feminine); a
# whole amount cuts the format before the cents. {gbp}, {pence}, {eur}, {cent}: the English units agreeing with
# them; {rub}, {kop}: the Russian words agreeing with the whole units and cents. Russian figures keep their kopeck
# part, so a genitive singular follows them. An English amount of exactly one unit written "1" takes the singular.
FRESH12_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": [
        "{a} euros",
        "£{a}",
        "{a} CAD",
        "{ww} {gbp} and {cw} {pence}",
        "{a} Mexican pesos",
        "{w} {eur} and {c} {cent}",
        "{a} Singapore dollars",
        "{a} Indian rupees",
    ],
    "ru": [
        "{a} рубля",
        "{a} евро",
        "{w} {rub} {c} {kop}",
        "{a} злотого",
        "{a} тенге",
        "{wwr} {rub} {cwr} {kop}",
        "{a} турецкой лиры",
        "{a} грузинского лари",
    ],
    "zh": ["RMB {a}", "{a}元人民币", "{a}欧元", "{a}英镑", "{a}韩元", "{a}新台币", "{a}卢布", "{w}英镑{c}便士"],
}
# Spoken and texted dates, every one with its year (in figures or words) and none with a numeric day/month order.
# {mon_lc} is the texted lowercase month ("nov"). Russian dates are in the genitive that follows a verb
# («отправили девятнадцатого ноября 2026 года»); the weekday after «в/во»; a year in words is the genitive ordinal
# («две тысячи двадцать шестого года»). {zh_y0} reads the year digit by digit with 零 (二零二六).
FRESH12_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{weekday} the {d_th} of {month}, {y}",
        "the {d_th}, {month} {y}",
        "{mon_lc} {d} {y}",
        "the {d_word} of {month}, {y_words}",
        "{weekday}, {d_th} {month} {y}",
        "{mon_lc} {d_th} {y}",
        "{d} {mon} {y}",
    ],
    "ru": [
        "{d_gen_ru} {month_ru} {y} года",
        "{wd_ru_acc} {d} {month_ru} {y} года",
        "{d} {month_ru} {y_gen_ru} года",
        "{d_gen_ru} {month_ru} {y}-го года",
        "{wd_ru_acc}, {d_gen_ru} {month_ru} {y} года",
        "{d} {month_ru} {y} года",
    ],
    "zh": [
        "{y}年{m}月{d}日",
        "{zh_y0}年{zh_m}月{zh_d}号",
        "{y}年{m}月{d}号（周{wd_zh}）",
        "{zh_y}年{zh_m}月{zh_d}日",
        "{y}年{m}月{d}号礼拜{wd_zh}",
        "{zh_y0}年{zh_m}月{zh_d}日",
    ],
}

# Russian cardinals: masculine (доллар, цент, рубль) and feminine (копейка, тысяча) last digits
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_ZH_DIGITS = "〇一二三四五六七八九"
# digits as read after 点, inside a number and in a year read digit by digit: 零 for zero
_ZH_READ = "零一二三四五六七八九"


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH12_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH12_STATES, state, language, rng)


def _zh_money(whole: int, cents: int, fmt: str, rng: random.Random) -> str:
    """Chinese {dc} (44美元99美分), {words} (四十四点九九美元) and {words_dc} (四十四美元九十九美分)."""
    if fmt == "{words}":
        text = _zh_number(whole)
        if cents:
            text += "点" + "".join(_ZH_READ[int(c)] for c in f"{cents:02d}".rstrip("0"))
        return f"{text}美元"
    spelled = fmt == "{words_dc}"
    cents_text = f"{_zh_number(cents) if spelled else cents}美分"
    if not whole:
        return cents_text
    text = f"{_zh_number(whole) if spelled else _grouped(whole, 'zh', rng)}美元"
    return text if not cents else f"{text}{cents_text}"


def _ru_money(whole: int, cents: int, fmt: str, rng: random.Random) -> str:
    """Russian {dc} («44 доллара 99 центов») and {words} («сорок четыре доллара девяносто девять центов»)."""
    words = fmt == "{words}"
    cents_text = f"{_ru_number(cents) if words else cents} {_ru_plural(cents, 'цент', 'цента', 'центов')}"
    if not whole:
        return cents_text
    units = _ru_number(whole) if words else _grouped(whole, "ru", rng)
    text = f"{units} {_ru_plural(whole, 'доллар', 'доллара', 'долларов')}"
    return text if not cents else f"{text} {cents_text}"


def _en_money(whole: int, cents: int, fmt: str, rng: random.Random) -> str:
    """English {dc} ("44 dollars and 99 cents", "12 dollars even") and {spoken} ("forty-four dollars ninety-nine",
    "forty-four dollars and five cents", "twelve dollars even")."""
    spoken = fmt == "{spoken}"
    if not whole:
        return f"{_en_number(cents) if spoken else cents} {_en_unit(cents, 'cent')}"
    units = _en_number(whole) if spoken else _grouped(whole, "en", rng)
    text = f"{units} {_en_unit(whole, 'dollar')}"
    if not cents:
        return f"{text} even"
    if spoken and cents >= 10:
        return f"{text} {_en_number(cents)}"
    return f"{text} and {_en_number(cents) if spoken else cents} {_en_unit(cents, 'cent')}"


def _spoken_money(value: Decimal, language: str, fmt: str, rng: random.Random) -> str:
    """The spoken forms of a store-currency amount (see FRESH12_MONEY_FORMATS)."""
    whole, cents = _parts(value)
    if language == "zh":
        return _zh_money(whole, cents, fmt, rng)
    if language == "ru":
        return _ru_money(whole, cents, fmt, rng)
    return _en_money(whole, cents, fmt, rng)


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH12_MONEY_FORMATS[language])
    if fmt in ("{dc}", "{words}", "{spoken}", "{words_dc}"):
        return _spoken_money(value, language, fmt, rng)
    return fmt.format(a=_amount(value, language, rng))


def _en_singular(text: str, value: Decimal, language: str) -> str:
    """An English amount written as a bare "1" takes the singular: "1 euro", "1 Mexican peso", "1 Indian rupee"."""
    if language != "en" or _parts(value) != (1, 0):
        return text
    return re.sub(r"(?<![\d.,])1 ((?:[A-Z][a-z]+ )?)(dollar|euro|franc|peso|rupee)s\b", r"1 \1\2", text)


_WHOLE_FIELDS = ("{w}", "{ww}", "{wwr}")
_CENT_FIELDS = ("{c}", "{cw}", "{cwr}")


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    fmt = rng.choice(FRESH12_OTHER_CURRENCY[language])
    whole, cents = _parts(value)
    if whole == 0 and any(field in fmt for field in _WHOLE_FIELDS):
        fmt = FRESH12_OTHER_CURRENCY[language][0]
    elif cents == 0 and any(field in fmt for field in _CENT_FIELDS):
        cut = min(fmt.index(field) for field in _CENT_FIELDS if field in fmt)
        fmt = fmt[:cut].removesuffix(" and ").rstrip()
    text = fmt.format(
        a=_amount(value, language, rng),
        w=_grouped(whole, language, rng),
        c=cents,
        ww=_en_number(whole),
        cw=_en_number(cents),
        wwr=_ru_number(whole),
        cwr=_ru_number(cents, feminine=True),
        gbp=_en_unit(whole, "pound"),
        pence="penny" if cents == 1 else "pence",
        eur=_en_unit(whole, "euro"),
        cent=_en_unit(cents, "cent"),
        rub=_ru_plural(whole, "рубль", "рубля", "рублей"),
        kop=_ru_plural(cents, "копейка", "копейки", "копеек"),
    )
    return _en_singular(text, value, language)


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH12_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        d_th=en_suffixed(day.day),
        d_word=_en_ordinal_word(day.day),
        y_words=_en_year_words(day.year),
        month=EN_MONTHS[day.month - 1],
        mon=EN_MONTHS[day.month - 1][:3],
        mon_lc=EN_MONTHS[day.month - 1][:3].lower(),
        weekday=EN_WEEKDAYS[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        d_gen_ru=_ru_ordinal_genitive(day.day),
        y_gen_ru=_ru_year_genitive(day.year),
        wd_ru=RU_WEEKDAYS[day.weekday()],
        wd_ru_acc=_ru_weekday_accusative(day.weekday()),
        wd_zh=ZH_WEEKDAYS[day.weekday()],
        zh_y="".join(_ZH_DIGITS[int(c)] for c in str(day.year)),
        zh_y0="".join(_ZH_READ[int(c)] for c in str(day.year)),
        zh_m=_zh_date_number(day.month),
        zh_d=_zh_date_number(day.day),
    )


__all__ = [
    "FRESH12",
    "FRESH12_DATE_FORMATS",
    "FRESH12_MONEY_FORMATS",
    "FRESH12_OTHER_CURRENCY",
    "FRESH12_PATTERNS",
    "FRESH12_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
