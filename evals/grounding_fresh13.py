"""A thirteenth fresh split for the grounding eval: Russian given the most variety — a marketplace seller answering
under a listing and in chat, a smart-speaker voice assistant, a formal support operator writing e-mail, a Telegram
shop bot — with an English call-centre agent and chat assistant and a Chinese e-commerce customer-service chat and
WeChat shop owner beside them.

This set was written blind to the verifier: its helper did not read ``agent/`` (so neither ``agent/grounding/`` nor
``agent/stream_verify.py``), ``tools/``, ``knowledge/``, the tests, ``evals.grounding``, ``evals.grounding_cases``,
``evals.grounding_score``, ``evals.grounding_checker``, the blind fifth, seventh, eighth and eleventh fresh splits
or any report under ``evals/reports/``. It read only ``evals.grounding_wording``, ``evals.grounding_calendar``,
``evals.grounding_spoken`` and the fresh splits 10 and 12 (``evals.grounding_fresh12`` is its template), for the
placeholders, claim keys and correctness rules and so as not to repeat their wordings: every sentence pattern and
state phrase here is new wording. It is a DEVELOPMENT split, meant to be read: the people tuning the verifier will
look at its misses and false rejections, so it measures wordings they have not tuned to only until they do.
Not all of it is blind: 40 patterns and state phrases that repeated wordings of splits the helper had not read
(development, variety, fresh 2-9) were rewritten in session 13 by the developer tuning the verifier, after the first
run of this split; the first run (11 correct replies rejected, 12 errors missed of 1,020) was before any of that.

The register is written answers and a talking assistant, with Russian given the most variety, in six voices written
for this split:
(a) a Russian marketplace seller answering questions under a listing and in the chat («Добрый день! Спасибо, что
выбрали нас. …», «Отвечаем: …», «По наличию: …», «Доброго времени суток! …», «Отвечаем на ваш вопрос: …»);
(b) a Russian voice assistant on a smart speaker («Смотрите, что есть: …», «Сообщаю: …», «Нашёлся товар «X» …»);
(c) a Russian support operator writing formally by e-mail and in chat («Уважаемый покупатель! …», «Информируем Вас,
что …», «Сообщаем, что …», «Согласно нашей политике, …»);
(d) a Russian Telegram shop bot or channel post, in short fields with no full stop inside them (««X» | Цена: 44,99
доллара | Остаток: 7 шт.», «Есть в наличии: «X».»);
(e) English: a call-centre agent ("Thank you for your patience; …", "I can confirm …", "According to our system, …",
"Just to confirm, …") and a plain chat assistant ("Sure! …", "Here's what I found: …", "Happy to help — …");
(f) Chinese: an e-commerce customer-service chat (您好，…；亲，这边查询到…；亲，给您核实了一下，…；亲爱的顾客，…) and a
WeChat shop owner (在呢，…；你好呀，…；我看了下，…；朋友，…；小店的…).
Money is written and said the way these people do it, always with a currency marker and unambiguous cents: "$44.99",
"44.99 dollars", "44 dollars and 99 cents", "forty-four dollars ninety-nine", "USD 44.99"; «44,99 доллара», «44,99
доллара США», «44 доллара 99 центов», «сорок четыре доллара девяносто девять центов», «44,99 USD», «44,99 $»;
44.99美元, 44美元99美分, 四十四点九九美元, 四十四美元九十九美分, 44.99美金, USD 44.99. Dates carry their year, in
words now and then: "November 19, 2026", "Thursday, November 19th, 2026", "the 19th of November 2026", "November
nineteenth, twenty twenty-six"; «19 ноября 2026 года», «девятнадцатого ноября 2026 года», «в четверг девятнадцатого
ноября две тысячи двадцать шестого года», «19 ноября 2026-го года»; 2026年11月19日, 二零二六年十一月十九号,
2026年11月19日（星期四）. Figures are never hedged ("about", "around", "roughly", "typically", «примерно»,
«ориентировочно», «в среднем», 大约, 左右 never stand near a figure or date), and hype never adds a claim: no
"discount", "deal", "best", "limited", "sale", «скидка», «выгодно», «акция», «временно», 优惠, 秒杀, 福利, 划算, 特价,
and no "only"/"just"/«всего»/«только»/只要 before a price; «满» (which would mean "at least") never stands before the
free-shipping amount.

Correctness rules, as for fresh 9, 10 and 12: each sentence names the product, order or policy its figures belong to
— after the last "…", "?" or "!" of a pattern the name and its figure still stand together, so a greeting comes
first and the claim last — and a sentence about two products ties each price to its own product with no comparison;
every date carries its year, is unambiguous (no numeric day/month order to swap) and has no "by", "around",
"before", «до», 之前, 以前 or 左右 near it; the return window is not tied to delivery or purchase; the restocking fee
keeps its "opened and not faulty" («вскрытый и исправный») condition; the refund time keeps "after we receive the
return"; free shipping is for orders over the amount; an order-state phrase says only what is true of that state (a
shipped order has not arrived, a paid one has not left); a stock count is the available quantity; no sentence adds a
claim (rating, discount, promise, restock, other figure) its placeholders do not back; a price sentence says nothing
of stock; a carrier sentence does not say the order has left; money in another currency is plainly that currency
("forty-four British pounds", «44,99 юаня», 44.99港币). Russian dates are adverbial everywhere (a verb before the
date, never a preposition), so the spoken ordinal is the genitive «девятнадцатого ноября», and a year in words is
the genitive ordinal «две тысячи двадцать шестого года»; neither a date nor another figure follows {ref} or
{ref_low} straight on. Russian names stay in «» after a noun («товар», «позиция», «модель», «покупка») or a
case-free slot, never with a gendered past participle, adjective or pronoun; counts are «N шт.»; ranges of days use
{dw2} only where the range is nominative/accusative («через …», «за …», «займёт …», «— …»). Russian money, which may
be spelled out in words, only ever stands in a nominative/accusative slot («стоит …», «за …», «— …», «Цена: …»,
«составляет …», «обойдётся в …», «превышает …», «больше, чем …», «дороже, чем …»), never after a preposition or
comparative that takes the genitive («свыше …», «от …», «дороже …») nor «по цене …»; an amount in words whose
accusative would differ from its nominative («тысяча», «одна копейка») is given in figures instead. Chinese patterns
never put a number-bearing placeholder straight after {name} or {ref}, so two figures never run together.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH13``. Pattern ids are ``<claim>.<language>.n<i>``.
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

FRESH13 = "development (fresh 13)"
_TAG = "r"

# claim -> language -> patterns; the placeholders are those of evals.grounding_fresh12 for the same claim.
FRESH13_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Thank you for your patience; the {name} is currently listed at {price}.",
            "I can confirm that the {name} is priced at {price}.",
            "Just to confirm, the price of the {name} is {price}.",
            "According to our system, the {name} retails at {price}.",
            "Okay, I have the {name} in front of me, and the price is {price}.",
            "Sure! The {name} costs {price}.",
            "Here's what I found: the {name} is {price}.",
            "Happy to help — the {name} sells for {price}.",
            "Good question! The price on the {name} is {price}.",
            "The {name} carries a price of {price}.",
            "Price for the {name}: {price}.",
            "For the {name}, you'd pay {price}.",
            "Right, so the {name} will cost you {price}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товар «{name}» стоит {price}.",
            "Отвечаем: цена на «{name}» составляет {price}.",
            "Доброго времени суток! Покупка «{name}» обойдётся вам в {price}.",
            "Смотрите, что есть: товар «{name}» за {price}.",
            "Сообщаю: товар «{name}» стоит {price}.",
            "Нашёлся товар «{name}», цена — {price}.",
            "Уважаемый покупатель! Стоимость товара «{name}» составляет {price}.",
            "Информируем Вас, что цена товара «{name}» — {price}.",
            "Согласно нашему прайс-листу, товар «{name}» стоит {price}.",
            "«{name}» | Цена: {price}",
            "Цена за «{name}»: {price}.",
            "Отвечаем на ваш вопрос: товар «{name}» продаётся за {price}.",
            "Рады помочь: за «{name}» нужно заплатить {price}.",
            "Товар «{name}» — цена {price}.",
        ],
        "zh": [
            "您好，{name}的售价是{price}。",
            "亲，这边查询到{name}的价格为{price}哦。",
            "亲，给您核实了一下，{name}现价{price}。",
            "您好，很高兴为您服务，{name}卖{price}哦。",
            "亲爱的顾客，{name}的单价是{price}。",
            "在呢，{name}是{price}一件。",
            "你好呀，{name}我这边卖{price}。",
            "我看了下，{name}的价格是{price}哈。",
            "朋友，{name}定价{price}。",
            "小店的{name}售价{price}。",
        ],
    },
    "PQ": {
        "en": [
            "Thank you for your patience; the {name} is {price}, and we have {qty} available.",
            "I can confirm the {name} is priced at {price}, with {qty} currently in stock.",
            "According to our system, the {name} retails at {price}, and stock stands at {qty}.",
            "Okay, on the {name}: the price is {price}, and stock shows {qty} available.",
            "Sure! The {name} costs {price}, and we have {qty} available right now.",
            "Here's what I found: the {name} is {price}, with {qty} in stock.",
            "Happy to help — the {name} sells for {price}, and we currently hold {qty} in stock.",
            "Good question! The {name} is {price}, and we have {qty} available.",
            "The {name}: {price} per unit, {qty} in stock.",
            "Just to confirm, the {name} is {price} each, and we have {qty} on hand.",
            "For the {name}, you'd pay {price}; we have {qty} in stock.",
            "We have {qty} of the {name} in stock, priced at {price} each.",
            "Right, the {name} comes to {price}, and stock on it is {qty}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товар «{name}» стоит {price}, в наличии {qty} шт.",
            "Отвечаем: товар «{name}» — {price}, на складе {qty} шт.",
            "По наличию и цене: «{name}» за {price}, осталось {qty} шт.",
            "Доброго времени суток! Цена «{name}» — {price}, остаток на складе {qty} шт.",
            "Смотрите, что есть: «{name}» за {price}, можно заказать {qty} шт.",
            "Сообщаю: товар «{name}» стоит {price}, в наличии {qty} шт.",
            "Нашёлся товар «{name}»: цена {price}, на складе {qty} шт.",
            "Уважаемый покупатель! Товар «{name}» стоит {price}, количество на складе — {qty} шт.",
            "Информируем Вас, что стоимость товара «{name}» составляет {price}, в наличии {qty} шт.",
            "«{name}» | Цена: {price} | Остаток: {qty} шт.",
            "Товар «{name}» — {price} за штуку, осталось {qty} шт.",
            "В наличии {qty} шт. товара «{name}», цена за единицу — {price}.",
            "Отвечаем на ваш вопрос: «{name}» можно купить за {price}, на складе {qty} шт.",
            "Позиция «{name}»: стоимость {price}, свободный остаток {qty} шт.",
        ],
        "zh": [
            "您好，{name}的售价是{price}，库存还有{qty}件。",
            "亲，这边查询到{name}价格{price}，现货{qty}件哦。",
            "亲，给您核实了一下，{name}单价{price}，可售库存{qty}件。",
            "您好，很高兴为您服务，{name}卖{price}，仓库剩{qty}件哦。",
            "亲爱的顾客，{name}每件{price}，目前库存{qty}件。",
            "在呢，{name}是{price}一件，还有{qty}件。",
            "你好呀，{name}卖{price}，我这还剩{qty}件。",
            "我看了下，{name}的价格{price}，库存{qty}件哈。",
            "朋友，{name}定价{price}，手上还有{qty}件。",
            "小店的{name}售价{price}，现在剩{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "I can confirm the {name} is in stock, and it's priced at {price}.",
            "Thank you for your patience; the {name} is in stock at {price}.",
            "According to our system, the {name} is in stock and retails at {price}.",
            "Yes, the {name} is currently in stock, and the price is {price}.",
            "Sure! The {name} is in stock, and it costs {price}.",
            "Here's what I found: the {name} is available, priced at {price}.",
            "Happy to help — the {name} is in stock for {price}.",
            "Good news! We have the {name} in stock, and it's {price}.",
            "The {name}: in stock, {price}.",
            "Just to confirm, the {name} is in stock, and it'll cost you {price}.",
            "Right, the {name} is in stock, priced at {price}.",
            "For the {name}, it's in stock and you'd pay {price}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товар «{name}» в наличии, стоит {price}.",
            "Отвечаем: товар «{name}» есть на складе, цена {price}.",
            "По наличию: «{name}» есть, стоимость — {price}.",
            "Доброго времени суток! Товар «{name}» в наличии, цена — {price}.",
            "Смотрите, что есть: «{name}» в наличии за {price}.",
            "Сообщаю: товар «{name}» есть в наличии, стоит {price}.",
            "Нашёлся товар «{name}»: в наличии, цена {price}.",
            "Уважаемый покупатель! Товар «{name}» имеется в наличии и стоит {price}.",
            "Информируем Вас, что товар «{name}» в наличии, цена составляет {price}.",
            "«{name}» | В наличии | Цена: {price}",
            "Есть в наличии: «{name}», {price}.",
            "Товар «{name}» на складе, оформить заказ можно за {price}.",
            "Отвечаем на ваш вопрос: «{name}» есть, купить можно за {price}.",
        ],
        "zh": [
            "您好，{name}有现货，售价{price}。",
            "亲，这边查询到{name}有库存，价格{price}哦。",
            "亲，给您核实了一下，{name}有货，现价{price}。",
            "您好，很高兴为您服务，{name}现货在售，{price}一件哦。",
            "亲爱的顾客，{name}目前有现货，单价{price}。",
            "在呢，{name}有货的，卖{price}。",
            "你好呀，{name}我这有现货，价格{price}。",
            "我看了下，{name}仓库有货，价格是{price}哈。",
            "朋友，{name}是现货，定价{price}。",
            "小店的{name}有现货，售价{price}。",
        ],
    },
    "PO": {
        "en": [
            "I'm sorry, the {name} is priced at {price}, but it's currently out of stock.",
            "Thank you for your patience; the {name} is {price}, though we're out of stock at the moment.",
            "According to our system, the {name} retails at {price} but is currently unavailable.",
            "Just to confirm, the {name} is {price}, but we have none in stock right now.",
            "Sure, the {name} costs {price}, but unfortunately it's out of stock.",
            "Here's what I found: the {name} is {price}, but it's sold out at the moment.",
            "Unfortunately, the {name} at {price} is out of stock right now.",
            "The {name}: {price}, currently out of stock.",
            "I can confirm the price of the {name} is {price}; however, there's no stock at the moment.",
            "Right, so the {name} would be {price}, but we currently have none in stock.",
            "Happy to help — the {name} sells for {price}, but we've sold out of it.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товар «{name}» стоит {price}, но сейчас отсутствует на складе.",
            "Отвечаем: цена «{name}» — {price}, однако в наличии товара нет.",
            "По наличию: товар «{name}» за {price} сейчас отсутствует.",
            "Доброго времени суток! «{name}» стоит {price}, но остатков на складе нет.",
            "Смотрите, что есть: «{name}» за {price}, но в наличии нет.",
            "Сообщаю: цена товара «{name}» — {price}, наличия сейчас нет.",
            "Нашёлся товар «{name}» за {price}, но купить сейчас нельзя: нет в наличии.",
            "Уважаемый покупатель! Стоимость товара «{name}» составляет {price}, однако в настоящее время товар "
            "отсутствует на складе.",
            "Информируем Вас, что товар «{name}» стоит {price}, но в данный момент отсутствует в наличии.",
            "«{name}» | Цена: {price} | Нет в наличии",
            "К сожалению, товар «{name}» за {price} распродали полностью.",
            "Отвечаем на ваш вопрос: «{name}» — {price}, но на складе пусто.",
        ],
        "zh": [
            "您好，{name}售价{price}，但目前暂无库存。",
            "亲，这边查询到{name}价格{price}，不过现在缺货哦。",
            "亲，给您核实了一下，{name}现价{price}，暂时没有现货。",
            "您好，很高兴为您服务，{name}卖{price}，可惜已经售罄了哦。",
            "亲爱的顾客，{name}单价{price}，目前处于缺货状态。",
            "在呢，{name}是{price}，不过卖完了。",
            "你好呀，{name}卖{price}，但我这边现在没货了。",
            "我看了下，{name}的价格是{price}，仓库没库存了哈。",
            "朋友，{name}定价{price}，目前断货。",
        ],
    },
    "Q": {
        "en": [
            "I can confirm we have {qty} of the {name} in stock.",
            "Thank you for your patience; we have {qty} of the {name} available.",
            "According to our system, stock on the {name} is {qty}.",
            "Just to confirm, the {name} has {qty} in stock.",
            "Sure! We have {qty} of the {name} available right now.",
            "Here's what I found: {qty} of the {name} in stock.",
            "Happy to help — stock for the {name} stands at {qty}.",
            "Good question! We're holding {qty} of the {name} in stock.",
            "The {name}: {qty} in stock.",
            "Right, I'm seeing {qty} of the {name} available.",
            "Stock check on the {name}: {qty} available.",
            "We currently hold {qty} of the {name} in stock.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товара «{name}» в наличии {qty} шт.",
            "Отвечаем: на складе {qty} шт. товара «{name}».",
            "По наличию: «{name}» — {qty} шт.",
            "Доброго времени суток! Осталось {qty} шт. товара «{name}».",
            "Смотрите, что есть: «{name}», в наличии {qty} шт.",
            "Сообщаю: остаток товара «{name}» — {qty} шт.",
            "Нашёлся товар «{name}», на складе {qty} шт.",
            "Уважаемый покупатель! Количество товара «{name}» на складе составляет {qty} шт.",
            "Информируем Вас, что на складе имеется {qty} шт. товара «{name}».",
            "«{name}» | Остаток: {qty} шт.",
            "Для заказа свободно {qty} шт. товара «{name}».",
            "Отвечаем на ваш вопрос: в наличии {qty} шт. товара «{name}».",
            "На складе сейчас {qty} шт. позиции «{name}».",
        ],
        "zh": [
            "您好，{name}目前库存{qty}件。",
            "亲，这边查询到{name}还有{qty}件现货哦。",
            "亲，给您核实了一下，{name}可售数量为{qty}件。",
            "您好，很高兴为您服务，{name}仓库里剩{qty}件哦。",
            "亲爱的顾客，{name}现有库存{qty}件。",
            "在呢，{name}还有{qty}件。",
            "你好呀，{name}我这边剩{qty}件。",
            "我看了下，{name}库存是{qty}件哈。",
            "朋友，{name}手上还剩{qty}件。",
            "小店的{name}现在有{qty}件现货。",
        ],
    },
    "I": {
        "en": [
            "I can confirm the {name} is in stock.",
            "Thank you for your patience; the {name} is currently in stock.",
            "According to our system, the {name} is in stock.",
            "Just to confirm, we do have the {name} in stock.",
            "Sure! The {name} is in stock right now.",
            "Here's what I found: the {name} is available.",
            "Happy to help — yes, the {name} is in stock.",
            "Good news! The {name} is in stock.",
            "The {name}: in stock.",
            "Yes, we currently have the {name} in stock.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товар «{name}» есть в наличии.",
            "Отвечаем: «{name}» в наличии, ждём ваш заказ.",
            "По наличию: товар «{name}» есть на складе.",
            "Доброго времени суток! «{name}» сейчас в наличии.",
            "Смотрите, что есть: «{name}», в наличии.",
            "Сообщаю: товар «{name}» в наличии.",
            "Нашёлся товар «{name}» — есть на складе.",
            "Уважаемый покупатель! Товар «{name}» имеется в наличии.",
            "Информируем Вас, что товар «{name}» есть на складе.",
            "«{name}» | В наличии",
            "Есть в наличии: «{name}».",
            "Отвечаем на ваш вопрос: да, позиция «{name}» на складе есть.",
        ],
        "zh": [
            "您好，{name}有现货。",
            "亲，这边查询到{name}是有库存的哦。",
            "亲，给您核实了一下，{name}现在有货。",
            "您好，很高兴为您服务，{name}现货在售哦。",
            "亲爱的顾客，{name}目前有现货。",
            "在呢，{name}有货的。",
            "你好呀，{name}我这有现货。",
            "我看了下，{name}仓库有货哈。",
            "小店的{name}有现货。",
        ],
    },
    "O": {
        "en": [
            "I'm sorry, the {name} is currently out of stock.",
            "Thank you for your patience; unfortunately the {name} is out of stock.",
            "According to our system, the {name} is out of stock at the moment.",
            "Just to confirm, we don't have the {name} in stock right now.",
            "Sorry! The {name} is sold out at the moment.",
            "Here's what I found: the {name} is currently unavailable.",
            "Unfortunately, we've run out of the {name}.",
            "The {name}: out of stock.",
            "I've checked, and the {name} has no stock at the moment.",
            "I'm afraid the {name} is not in stock right now.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. К сожалению, товара «{name}» сейчас нет в наличии.",
            "Отвечаем: товара «{name}» на складе нет.",
            "По наличию: позиции «{name}» нет.",
            "Доброго времени суток! Увы, позиции «{name}» сейчас нет на складе.",
            "Сообщаю: товара «{name}» в наличии нет.",
            "Нашёлся товар «{name}», но сейчас нет в наличии.",
            "Уважаемый покупатель! В настоящее время товар «{name}» отсутствует на складе.",
            "Информируем Вас, что товара «{name}» нет в наличии.",
            "«{name}» | Нет в наличии",
            "Нет в наличии: «{name}».",
            "Отвечаем на ваш вопрос: позиции «{name}» на складе сейчас нет.",
            "Сообщаем, что товар «{name}» на складе отсутствует.",
        ],
        "zh": [
            "您好，{name}目前暂无库存。",
            "亲，这边查询到{name}缺货了哦。",
            "亲，给您核实了一下，{name}暂时没有现货。",
            "您好，很高兴为您服务，{name}已经售罄了哦。",
            "亲爱的顾客，{name}目前处于缺货状态。",
            "在呢，{name}卖完了。",
            "你好呀，{name}我这边现在没货了。",
            "我看了下，{name}仓库没库存了哈。",
            "朋友，{name}目前断货。",
        ],
    },
    "S": {
        "en": [
            "I can confirm the {name} comes in size {size}.",
            "According to our system, size {size} is offered for the {name}.",
            "Just to confirm, the {name} is made in a size {size}.",
            "Sure! The {name} is available in size {size}.",
            "Here's what I found: the {name} has a size {size}.",
            "Happy to help — the {name} comes in a {size}.",
            "Good question! Size {size} is one of the sizes of the {name}.",
            "The {name}: size {size} is offered.",
            "Yes, the {name} does come in size {size}.",
            "Thank you for your patience; the {name} is listed in size {size}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. У товара «{name}» есть размер {size}.",
            "Отвечаем: размер {size} для товара «{name}» есть.",
            "По размерам: у «{name}» есть {size}.",
            "Доброго времени суток! Товар «{name}» выпускают в размере {size}.",
            "Смотрите, что есть: «{name}», размер {size}.",
            "Сообщаю: товар «{name}» есть в размере {size}.",
            "Нашёлся товар «{name}» в размере {size}.",
            "Уважаемый покупатель! Товар «{name}» производится в размере {size}.",
            "Информируем Вас, что в размерном ряду товара «{name}» есть размер {size}.",
            "«{name}» | Размер: {size}",
            "Отвечаем на ваш вопрос: размер {size} у модели «{name}» есть.",
            "Размер {size} товара «{name}» можно выбрать при заказе.",
        ],
        "zh": [
            "您好，{name}有{size}码。",
            "亲，这边查询到{name}是有{size}码的哦。",
            "亲，给您核实了一下，{name}提供{size}码。",
            "您好，很高兴为您服务，{name}的尺码里包含{size}码哦。",
            "亲爱的顾客，{name}可选{size}码。",
            "在呢，{name}有{size}码的。",
            "你好呀，{name}做{size}码的。",
            "我看了下，{name}的码数有{size}码哈。",
            "朋友，{name}是有{size}码这个尺码的。",
        ],
    },
    "C": {
        "en": [
            "I can confirm the {name} is {colour}.",
            "According to our system, the {name} comes in {colour}.",
            "Just to confirm, the colour of the {name} is {colour}.",
            "Sure! The {name} is {colour}.",
            "Here's what I found: the {name} is listed as {colour}.",
            "Happy to help — the {name} comes in {colour}.",
            "The {name}: colour {colour}.",
            "Thank you for your patience; the {name} is a {colour} one.",
            "Yes, the {name} is made in {colour}.",
            "Good question! The {name}'s colour is {colour}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Цвет товара «{name}» — {colour}.",
            "Отвечаем: окраска товара «{name}» — {colour}.",
            "По цвету подскажем: товар «{name}» — {colour}.",
            "Доброго времени суток! У товара «{name}» цвет {colour}.",
            "Смотрите, что есть: «{name}», цвет {colour}.",
            "Сообщаю: расцветка у товара «{name}» — {colour}.",
            "Нашёлся товар «{name}», цвет — {colour}.",
            "Уважаемый покупатель! Цвет изделия «{name}» — {colour}.",
            "Информируем Вас, что цвет товара «{name}» — {colour}.",
            "«{name}» | Цвет: {colour}",
            "Отвечаем на ваш вопрос: у товара «{name}» цвет по каталогу — {colour}.",
            "Цвет модели «{name}»: {colour}.",
        ],
        "zh": [
            "您好，{name}的颜色是{colour}。",
            "亲，这边查询到{name}是{colour}的哦。",
            "亲，给您核实了一下，{name}为{colour}。",
            "您好，很高兴为您服务，{name}颜色为{colour}哦。",
            "亲爱的顾客，{name}的配色是{colour}。",
            "在呢，{name}是{colour}款。",
            "你好呀，{name}是{colour}的。",
            "我看了下，{name}颜色是{colour}哈。",
            "朋友，{name}这个颜色是{colour}。",
        ],
    },
    # two products in one sentence: each price sits next to its own product, and no comparison is drawn
    "PP": {
        "en": [
            "I can confirm the {name} is {price} and the {name2} is {price2}.",
            "According to our system, the {name} retails at {price}, and the {name2} retails at {price2}.",
            "Just to confirm, that's {price} for the {name} and {price2} for the {name2}.",
            "Sure! The {name} costs {price}, and the {name2} costs {price2}.",
            "Here's what I found: the {name} is {price}; the {name2} is {price2}.",
            "Happy to help — the {name} sells for {price}, and the {name2} sells for {price2}.",
            "Thank you for your patience; the {name} is priced at {price}, and the {name2} is priced at {price2}.",
            "The {name}: {price}; the {name2}: {price2}.",
            "On the two you mentioned, the {name} is {price} and the {name2} is {price2}.",
            "Right, so the {name} would be {price}, and the {name2} would be {price2}.",
            "Good question! The {name} comes to {price}, and the {name2} comes to {price2}.",
            "For the {name} you'd pay {price}, and for the {name2} you'd pay {price2}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Товар «{name}» стоит {price}, товар «{name2}» стоит {price2}.",
            "Отвечаем: товар «{name}» — {price}, товар «{name2}» — {price2}.",
            "Доброго времени суток! За «{name}» нужно заплатить {price}, за «{name2}» — {price2}.",
            "Смотрите, что есть: «{name}» за {price} и «{name2}» за {price2}.",
            "Сообщаю: цена «{name}» — {price}; цена «{name2}» — {price2}.",
            "Нашлись два товара: «{name}» стоит {price}, а «{name2}» — {price2}.",
            "Уважаемый покупатель! Стоимость товара «{name}» составляет {price}, стоимость товара «{name2}» — "
            "{price2}.",
            "Информируем Вас, что товар «{name}» стоит {price}, а товар «{name2}» стоит {price2}.",
            "Цены: «{name}» — {price}; «{name2}» — {price2}",
            "Товар «{name}» продаётся за {price}, товар «{name2}» продаётся за {price2}.",
            "Отвечаем на ваш вопрос: покупка «{name}» обойдётся в {price}, покупка «{name2}» — в {price2}.",
            "По вашему списку: позиция «{name}» — {price}, позиция «{name2}» — {price2}.",
        ],
        "zh": [
            "您好，{name}售价{price}，{name2}售价{price2}。",
            "亲，这边查询到{name}价格{price}，{name2}价格{price2}哦。",
            "亲，给您核实了一下，{name}现价{price}，{name2}现价{price2}。",
            "您好，很高兴为您服务，{name}卖{price}，{name2}卖{price2}哦。",
            "亲爱的顾客，{name}的单价是{price}，{name2}的单价是{price2}。",
            "在呢，{name}是{price}，{name2}是{price2}。",
            "你好呀，{name}我这卖{price}，{name2}卖{price2}。",
            "我看了下，{name}定价{price}，{name2}定价{price2}哈。",
            "朋友，{name2}是{price2}，{name}是{price}。",
        ],
    },
    "count": {
        "en": [
            "I can see {count} products that match your request.",
            "According to our system, {count} items match what you're looking for.",
            "Sure! I found {count} matching products.",
            "Here's what I found: {count} results.",
            "Happy to help — there are {count} options that fit.",
            "Thank you for your patience; your search returned {count} products.",
            "Your search came back with {count} matches.",
            "Results: {count}.",
            "Just to confirm, I have {count} matching items for you.",
            "I pulled up {count} products for that search.",
            "Good question! I'm showing {count} items that fit.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Подходящих товаров нашлось: {count}.",
            "Отвечаем: подходящих вариантов — {count}.",
            "Доброго времени суток! Под ваш запрос нашлось позиций: {count}.",
            "Смотрите, что есть: товаров по запросу — {count}.",
            "Сообщаю: найдено товаров — {count}.",
            "Уважаемый покупатель! Количество товаров, соответствующих запросу, — {count}.",
            "Информируем Вас, что по Вашему запросу найдено позиций: {count}.",
            "Найдено: {count}",
            "Под ваш запрос подходит товаров: {count}.",
            "Отвечаем на ваш вопрос: в каталоге таких товаров — {count}.",
            "Под ваши условия подошло товаров: {count}.",
            "Совпадений с запросом: {count}.",
        ],
        "zh": [
            "您好，共查到{count}款符合条件的商品。",
            "亲，这边查询到{count}款合适的哦。",
            "亲，给您核实了一下，符合要求的商品有{count}个。",
            "您好，很高兴为您服务，搜索结果一共{count}条哦。",
            "亲爱的顾客，匹配的商品共{count}款。",
            "在呢，我这有{count}款符合你说的。",
            "你好呀，帮你筛了一下，有{count}款。",
            "我看了下，合适的有{count}款哈。",
            "朋友，小店能对上的有{count}款。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is a plain noun phrase (a masculine nominative headed by «заказ» in Russian) with no full stop in
    # it and no comma at its end; Chinese patterns put a word between {ref} (which may end in the number) and a figure,
    # and Russian patterns put a word between {ref} / {ref_low} and a date.
    "ref": {
        "en": [
            "The order on file under {n}",
            "Order #{n} in your account history",
            "The order with ID {n}",
            "Your order {n} from our store",
            "Order number {n} that you mentioned",
            "Order {n} in our records",
            "The order listed as {n}",
            "The order under reference {n}",
            "Your order bearing number {n}",
        ],
        "ru": [
            "Оформленный у нас заказ под номером {n}",
            "Указанный Вами заказ № {n}",
            "Оформленный вами заказ {n}",
            "Заказ под номером {n} у нас в системе",
            "Заказ № {n} в приложении магазина",
            "Покупательский заказ № {n}",
            "Заказ с идентификатором {n}",
            "Упомянутый в переписке заказ № {n}",
            "Ваш заказ {n} из нашего магазина",
            "Заказ с номером {n} из вашего обращения",
        ],
        "zh": [
            "您下单的{n}号订单",
            "系统里单号{n}的这笔订单",
            "单号{n}的这个订单",
            "您在线咨询的{n}号订单",
            "您在小店下的订单{n}",
            "您提供的订单号{n}对应的订单",
            "你那笔订单{n}",
            "你下的那一单（{n}）",
            "订单（编号{n}）",
        ],
    },
    "state": {
        "en": [
            "Thank you for your patience; {ref_low} {state}.",
            "Having checked the account, I can tell you {ref_low} {state}.",
            "Per the order system on my screen, {ref_low} {state}.",
            "Just to confirm, {ref_low} {state}.",
            "I've checked for you, and {ref_low} {state}.",
            "Sure! {ref} {state}.",
            "Looking it up now: {ref_low} {state}.",
            "Happy to help — {ref_low} {state}.",
            "Good question! {ref} {state}.",
            "Status update: {ref_low} {state}.",
            "Looking at your account, {ref_low} {state}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Проверили: {ref_low} {state}.",
            "Отвечаем: {ref_low} {state}.",
            "Доброго времени суток! На данный момент {ref_low} {state}.",
            "Сообщаю: {ref_low} {state}.",
            "По статусу заказа: {ref_low} {state}.",
            "Уважаемый покупатель! Сообщаем, что {ref_low} {state}.",
            "Доводим до Вашего сведения: {ref_low} {state}.",
            "Статус: {ref_low} {state}.",
            "Мы проверили: {ref_low} {state}.",
            "Отвечаем на ваш вопрос: {ref_low} {state}.",
            "Смотрите, что есть по заказу: {ref_low} {state}.",
            "Согласно данным системы, {ref_low} {state}.",
        ],
        "zh": [
            "您好呀，查到{ref}{state}。",
            "亲，这边查询到{ref}{state}哦。",
            "亲，给您核实了一下，{ref}{state}。",
            "您好，很高兴为您服务，{ref}{state}。",
            "亲爱的顾客，{ref}{state}。",
            "在呢，{ref}{state}。",
            "你好呀，{ref}{state}哈。",
            "我看了下，{ref}{state}。",
            "朋友，跟你说下，{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "According to our system, {ref_low} is expected to arrive on {date}.",
            "I can confirm that {ref_low} is scheduled for delivery on {date}.",
            "The estimated delivery date for {ref_low} is {date}.",
            "Sure! It says {ref_low} should arrive on {date}.",
            "Here's what I found: {ref_low} is due to be delivered on {date}.",
            "Just to confirm, {ref_low} is set for delivery on {date}.",
            "Thank you for your patience; the carrier expects to deliver {ref_low} on {date}.",
            "Happy to help — {ref_low} is estimated to arrive on {date}.",
            "Good news! The carrier has {ref_low} scheduled to reach you on {date}.",
            "Tracking estimates delivery of {ref_low} on {date}.",
            "Projected drop-off for {ref_low}: {date}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Сообщаем: {ref_low} планируем доставить {date}.",
            "Отвечаем: {ref_low} ожидается у вас {date}.",
            "Доброго времени суток! По плану {ref_low} доставят {date}.",
            "Сообщаю: {ref_low} должен прибыть {date}.",
            "Смотрите: {ref_low} курьер доставит {date}.",
            "Уважаемый покупатель! Сообщаем, что {ref_low} будет доставлен {date}.",
            "Информируем Вас, что {ref_low} запланирован к доставке {date}.",
            "Доставка: {ref_low} прибудет {date}.",
            "Отвечаем на ваш вопрос: {ref_low} служба доставки привезёт {date}.",
            "Согласно данным перевозчика, {ref_low} должны вручить {date}.",
            "Ожидаемая доставка: {ref_low} приедет {date}.",
            "Согласно графику, {ref_low} курьер должен привезти {date}.",
        ],
        "zh": [
            "您好，{ref}预计{date}送达。",
            "亲，这边查询到{ref}预计在{date}到货哦。",
            "亲，给您核实了一下，{ref}的预计到达日期是{date}。",
            "您好，很高兴为您服务，{ref}预计{date}派送到您手中。",
            "亲爱的顾客，{ref}预计于{date}送达。",
            "在呢，{ref}预计{date}能到。",
            "你好呀，{ref}快递预计{date}送到。",
            "我看了下，{ref}预计是{date}到哈。",
            "朋友，{ref}物流预估{date}送达。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "According to our system, {ref_low} was delivered on {date}.",
            "I can confirm that {ref_low} was delivered on {date}.",
            "The carrier confirmed delivery of {ref_low} on {date}.",
            "Sure! The carrier lists {ref_low} as delivered on {date}.",
            "Here's what I found: {ref_low} reached its destination on {date}.",
            "Just to confirm, {ref_low} arrived on {date}.",
            "Thank you for your patience; tracking shows {ref_low} delivered on {date}.",
            "Happy to help — {ref_low} was handed over on {date}.",
            "The delivery log says {ref_low} was delivered on {date}.",
            "Delivery of {ref_low} was completed on {date}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. По нашим сведениям, {ref_low} вручили вам {date}.",
            "Отвечаем: {ref_low} был получен вами {date}.",
            "Доброго времени суток! Отвечаем: {ref_low} доставлен вам {date}.",
            "Сообщаю: {ref_low} доставлен адресату {date}.",
            "По отметке курьера, {ref_low} передан получателю {date}.",
            "Уважаемый покупатель! Сообщаем, что {ref_low} был вручён Вам {date}.",
            "Информируем Вас, что {ref_low} успешно доставлен {date}.",
            "Вручение: {ref_low} получили {date}.",
            "Отвечаем на ваш вопрос: {ref_low} привезли вам {date}.",
            "Согласно данным перевозчика, {ref_low} доставили и вручили {date}.",
            "По данным трекинга, {ref_low} прибыл и был выдан {date}.",
            "Служба доставки подтвердила, что {ref_low} вручён {date}.",
        ],
        "zh": [
            "您好，{ref}已于{date}签收。",
            "亲，这边查询到{ref}在{date}送达了哦。",
            "亲，给您核实了一下，{ref}的签收时间是{date}。",
            "您好，很高兴为您服务，{ref}于{date}妥投。",
            "亲爱的顾客，{ref}在{date}已经送到。",
            "在呢，{ref}是{date}签收的。",
            "你好呀，{ref}在{date}就送到了。",
            "我看了下，{ref}显示{date}签收哈。",
            "朋友，快递显示{ref}于{date}送达。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "According to our system, {ref_low} shipped on {date}.",
            "I can confirm that {ref_low} was dispatched on {date}.",
            "Our warehouse sent out {ref_low} on {date}.",
            "Sure! Our warehouse log has {ref_low} leaving on {date}.",
            "Here's what I found: {ref_low} was handed to the carrier on {date}.",
            "Just to confirm, {ref_low} went out on {date}.",
            "Thank you for your patience; we shipped {ref_low} on {date}.",
            "Happy to help — {ref_low} was shipped on {date}.",
            "Our records show {ref_low} was dispatched on {date}.",
            "The shipping date for {ref_low} is {date}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Сообщаем: {ref_low} мы отправили {date}.",
            "Отвечаем: {ref_low} уехал к вам {date}.",
            "Доброго времени суток! Отвечаем: {ref_low} передали в доставку {date}.",
            "Сообщаю: {ref_low} покинул склад {date}.",
            "Смотрите: склад отгрузил {ref_low} {date}.",
            "Уважаемый покупатель! Сообщаем, что {ref_low} был отправлен {date}.",
            "Информируем Вас, что {ref_low} передан перевозчику {date}.",
            "Отправка: {ref_low} выехал к вам {date}.",
            "Отвечаем на ваш вопрос: склад отправил вам {ref_low} — это произошло {date}.",
            "Согласно данным склада, {ref_low} отгружен {date}.",
            "По нашим данным, {ref_low} ушёл в доставку {date}.",
            "Перевозчик принял {ref_low} от нас {date}.",
        ],
        "zh": [
            "您好，{ref}已于{date}发货。",
            "亲，这边查询到{ref}在{date}发出了哦。",
            "亲，给您核实了一下，{ref}的发货时间是{date}。",
            "您好，很高兴为您服务，{ref}于{date}出库。",
            "亲爱的顾客，{ref}在{date}交给了快递。",
            "在呢，{ref}是{date}寄出去的。",
            "你好呀，{ref}我在{date}就发了。",
            "我看了下，{ref}显示{date}揽收哈。",
            "朋友，仓库在{date}发出了{ref}。",
        ],
    },
    "date.placed_on": {
        "en": [
            "According to our system, {ref_low} was placed on {date}.",
            "I can confirm that you placed {ref_low} on {date}.",
            "Our records show {ref_low} was created on {date}.",
            "Sure! The records say {ref_low} went in on {date}.",
            "Here's what I found: you submitted {ref_low} on {date}.",
            "Just to confirm, {ref_low} dates back to {date}.",
            "Thank you for your patience; {ref_low} came in on {date}.",
            "Happy to help — you put in {ref_low} on {date}.",
            "The purchase for {ref_low} went through on {date}.",
            "Your account shows {ref_low} as placed on {date}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Сообщаем: {ref_low} вы оформили {date}.",
            "Отвечаем: {ref_low} был создан {date}.",
            "Доброго времени суток! Отвечаем: {ref_low} оформлен вами {date}.",
            "Сообщаю: {ref_low} появился в системе {date}.",
            "Смотрите: {ref_low} размещён {date}.",
            "Уважаемый покупатель! Сообщаем, что {ref_low} был оформлен Вами {date}.",
            "Информируем Вас, что {ref_low} создан Вами {date}.",
            "Дата заказа: {ref_low} был сделан {date}.",
            "Отвечаем на ваш вопрос: {ref_low} оформляли {date}.",
            "Согласно истории заказов, {ref_low} оформлен {date}.",
            "По нашим данным, {ref_low} был размещён {date}.",
            "В личном кабинете видно, что {ref_low} оформили {date}.",
        ],
        "zh": [
            "您好，{ref}于{date}下单。",
            "亲，这边查询到{ref}是{date}提交的哦。",
            "亲，给您核实了一下，{ref}的下单日期是{date}。",
            "您好，很高兴为您服务，{ref}创建于{date}。",
            "亲爱的顾客，{ref}在{date}生成。",
            "在呢，{ref}是{date}拍的。",
            "你好呀，{ref}你是{date}下的。",
            "我看了下，{ref}显示{date}下单哈。",
            "朋友，系统里{ref}的下单时间是{date}。",
        ],
    },
    "total": {
        "en": [
            "{ref} comes to a total of {total}.",
            "{ref} came to {total} all told.",
            "{ref} totalled {total}, according to our system.",
            "{ref} adds up to {total}.",
            "{ref}: the grand total is {total}.",
            "The grand total on {ref} is {total}.",
            "{ref} sums to {total} in all.",
            "{ref} shows a total of {total}.",
            "{ref} — total {total}.",
            "{ref} came to {total} with all items included.",
            "Sure! {ref} totals {total}.",
            "Happy to help! {ref} comes to {total} in total.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. {ref} оформлен на сумму {total}.",
            "{ref} — сумма покупки {total}.",
            "Доброго времени суток! {ref} на общую сумму {total}.",
            "{ref}: итого {total}.",
            "{ref} | Сумма: {total}",
            "Уважаемый покупатель! {ref} сформирован на сумму {total}.",
            "Сумма по позиции {ref} к оплате — {total}.",
            "{ref} — со всеми позициями {total}.",
            "{ref} по итогам расчёта — {total}.",
            "{ref} имеет общую сумму {total}.",
            "{ref} — полная стоимость {total}.",
            "{ref}: стоимость всех товаров вместе — {total}.",
        ],
        "zh": [
            "您好，{ref}总金额为{total}。",
            "亲，这边查询到{ref}合计{total}哦。",
            "亲，给您核实了一下，{ref}一共是{total}。",
            "您好，很高兴为您服务，{ref}的总价是{total}哦。",
            "亲爱的顾客，{ref}总计{total}。",
            "在呢，{ref}加起来{total}。",
            "你好呀，{ref}总共{total}。",
            "我看了下，{ref}的总额是{total}哈。",
            "朋友，{ref}算下来一共{total}。",
        ],
    },
    "carrier": {
        "en": [
            "According to our system, your order will be delivered by {carrier}.",
            "I can confirm that {carrier} is the carrier for your order.",
            "Your order is assigned to {carrier}.",
            "Sure! {carrier} is handling delivery of your order.",
            "Here's what I found: your order ships with {carrier}.",
            "Just to confirm, your order's carrier is {carrier}.",
            "Thank you for your patience; {carrier} will deliver your order.",
            "Happy to help — {carrier} is the courier on your order.",
            "Your parcel has been booked with {carrier} as the courier.",
            "Delivery of your order is handled by {carrier}.",
            "Your order's delivery partner is {carrier}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Доставку вашего заказа выполнит {carrier}.",
            "Отвечаем: ваш заказ будет доставлять {carrier}.",
            "Доброго времени суток! Ваш заказ закреплён за перевозчиком {carrier}.",
            "Сообщаю: ваш заказ привезёт {carrier}.",
            "Смотрите: для доставки вашего заказа выбрана служба {carrier}.",
            "Уважаемый покупатель! Сообщаем, что доставку Вашего заказа осуществит {carrier}.",
            "Информируем Вас, что Ваш заказ доставит транспортная компания {carrier}.",
            "Доставка заказа: {carrier}",
            "Отвечаем на ваш вопрос: ваш заказ доставит курьерская служба {carrier}.",
            "Согласно данным системы, за вашим заказом закреплён перевозчик {carrier}.",
            "По вашему заказу работает служба доставки {carrier}.",
            "Ваш заказ доставляет партнёр {carrier}.",
        ],
        "zh": [
            "您好，您的订单由{carrier}负责配送。",
            "亲，这边查询到您的订单走的是{carrier}哦。",
            "亲，给您核实了一下，您的订单承运快递为{carrier}。",
            "您好，很高兴为您服务，您的订单安排{carrier}配送哦。",
            "亲爱的顾客，您订单的物流公司是{carrier}。",
            "在呢，你的订单用{carrier}送。",
            "你好呀，你的单子走{carrier}。",
            "我看了下，你这单的快递是{carrier}哈。",
            "朋友，你订单配送的是{carrier}。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "According to our policy, you can return items within {v} days.",
            "I can confirm our return window is {v} days.",
            "You have {v} days to send an item back.",
            "Sure! Returns are accepted for {v} days.",
            "Here's what I found: the return period is {v} days.",
            "Just to confirm, you have a {v}-day return window.",
            "Happy to help — items can be returned within {v} days.",
            "Our return policy gives you {v} days.",
            "Returns: {v} days.",
            "Thank you for your patience; you have {v} days to return an item.",
            "Good question! Our returns window runs for {v} days.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Вернуть покупку вы можете в течение {v} {dwg}.",
            "Отвечаем: срок возврата у нас — {v} {dw}.",
            "Доброго времени суток! Оформить возврат можно на протяжении {v} {dwg}.",
            "Сообщаю: товар можно вернуть в течение {v} {dwg}.",
            "Смотрите: у вас есть {v} {dw}, чтобы вернуть товар.",
            "Уважаемый покупатель! Согласно нашей политике, товар принимается к возврату в течение {v} {dwg}.",
            "Информируем Вас, что срок на возврат товара составляет {v} {dw}.",
            "Возврат: {v} {dw}",
            "Отвечаем на ваш вопрос: вернуть товар получится в течение {v} {dwg}.",
            "Согласно нашей политике, на возврат покупателю даётся {v} {dw}.",
            "Если товар не подошёл, у вас {v} {dw} на возврат.",
            "Срок возврата по нашим правилам — {v} {dw}.",
        ],
        "zh": [
            "您好，本店支持{v}天内退货。",
            "亲，这边查询到退货期限为{v}天哦。",
            "亲，给您核实了一下，商品可在{v}天内申请退货。",
            "您好，很高兴为您服务，我们的退货期是{v}天哦。",
            "亲爱的顾客，退货时限为{v}天。",
            "在呢，{v}天内都能退。",
            "你好呀，我这边{v}天内可以退货。",
            "我看了下，退货规定是{v}天哈。",
            "朋友，小店退货给{v}天。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "According to our policy, refunds are issued {v}–{v2} business days after we receive the return.",
            "I can confirm that once we receive the return, the refund takes {v} to {v2} business days.",
            "After we receive the return, please allow {v}–{v2} business days for the refund.",
            "Sure! Your refund is processed {v} to {v2} business days after we receive the return.",
            "Here's what I found: refunds take {v}-{v2} business days after we receive the return.",
            "Just to confirm, the refund arrives {v} to {v2} business days after we receive the return.",
            "Happy to help — expect your refund {v}–{v2} business days after we receive the return.",
            "Refund timing: {v}–{v2} business days after we receive the return.",
            "Thank you for your patience; once we receive the return, your money comes back in {v} to {v2} "
            "business days.",
            "Our policy is to refund within {v}–{v2} business days after we receive the return.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Деньги поступят через {v}–{v2} рабочих {dw2} после того, как мы "
            "получим возврат.",
            "Отвечаем: после получения нами возврата деньги придут через {v}–{v2} рабочих {dw2}.",
            "Доброго времени суток! Когда мы получим возврат, средства вернутся через {v}–{v2} рабочих {dw2}.",
            "Сообщаю: возврат средств займёт {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
            "Смотрите: после того как возврат будет получен нами, на возврат денег уйдёт {v}–{v2} рабочих {dw2}.",
            "Уважаемый покупатель! Согласно нашей политике, денежные средства возвращаются через {v}–{v2} рабочих "
            "{dw2} после получения нами возврата.",
            "Информируем Вас, что срок возврата денежных средств — {v}–{v2} рабочих {dw2} после того, как мы получим "
            "возврат.",
            "Возврат денег: {v}–{v2} рабочих {dw2} после того, как мы получим возврат",
            "Отвечаем на ваш вопрос: деньги поступят на счёт через {v}–{v2} рабочих {dw2} после того, как возврат "
            "поступит к нам.",
            "Мы переводим деньги через {v}–{v2} рабочих {dw2} после того, как получим возврат.",
            "Сообщаем, что после получения нами возврата средства будут зачислены через {v}–{v2} рабочих {dw2}.",
            "Получив ваш возврат, мы вернём деньги через {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "您好，我们收到退货后，{v}–{v2}个工作日内退款。",
            "亲，这边查询到退款会在我们收到退货后的{v}到{v2}个工作日到账哦。",
            "亲，给您核实了一下，收到您的退货后{v}-{v2}个工作日完成退款。",
            "您好，很高兴为您服务，我们收到退货以后{v}到{v2}个工作日给您退款哦。",
            "亲爱的顾客，退款时效为我们收到退货后{v}–{v2}个工作日。",
            "在呢，退货到我这后{v}到{v2}个工作日退钱。",
            "你好呀，我收到退货以后，{v}-{v2}个工作日把钱退给你。",
            "我看了下，收到退货之后{v}到{v2}个工作日退款哈。",
            "朋友，等我们收到退回的货，{v}–{v2}个工作日退款到账。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "According to our policy, a {v}% restocking fee applies if the item is opened and not faulty.",
            "I can confirm there's a {v}% restocking fee on items that are opened and not faulty.",
            "Items returned opened and not faulty are subject to a {v}% restocking fee.",
            "Sure! If it's opened and not faulty, a {v}% restocking fee is charged.",
            "Here's what I found: opened, non-faulty returns carry a {v} percent restocking fee.",
            "Just to confirm, the restocking fee is {v}% when an item is opened and not faulty.",
            "Happy to help — for opened items that aren't faulty, the restocking fee is {v}%.",
            "Restocking fee (opened, not faulty): {v}%.",
            "Thank you for your patience; we deduct a {v}% restocking fee if the item was opened and isn't faulty.",
            "Please note a {v}% restocking fee applies to returns that are opened and not faulty.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. За возврат вскрытого и исправного товара удерживается {v}%.",
            "Отвечаем: если товар вскрыт и исправен, при возврате мы удержим {v}%.",
            "Доброго времени суток! Со вскрытого и исправного товара при возврате взимается сбор {v}%.",
            "Сообщаю: при возврате товара, который вскрыт и исправен, удерживается {v}% стоимости.",
            "Смотрите: вскрытый и исправный товар принимаем обратно с удержанием {v}%.",
            "Уважаемый покупатель! Согласно нашей политике, при возврате вскрытого и исправного товара взимается "
            "сбор {v}%.",
            "Информируем Вас, что за возврат товара во вскрытой упаковке и без неисправностей удерживается {v}%.",
            "Сбор за возврат (вскрытый и исправный товар): {v}%",
            "Отвечаем на ваш вопрос: если упаковка вскрыта, а товар исправен, сбор за возврат составит {v}%.",
            "Согласно нашей политике, вскрытый и исправный товар возвращается с комиссией {v}%.",
            "Если вы вскрыли товар и он исправен, при возврате удерживаем {v}%.",
            "Возврат вскрытого, но исправного товара — с удержанием {v}%.",
        ],
        "zh": [
            "您好，已拆封且无故障的商品退货，收取{v}%的手续费。",
            "亲，这边查询到拆封后无故障的退货要扣{v}%哦。",
            "亲，给您核实了一下，商品拆了封但没有故障的，退货扣除{v}%费用。",
            "您好，很高兴为您服务，开封且非质量问题的退货收{v}%重新上架费哦。",
            "亲爱的顾客，已开封、无故障的商品退回需扣{v}%手续费。",
            "在呢，拆封了又没坏的，退货扣{v}%。",
            "你好呀，打开过但没毛病的东西退回来，我这收{v}%手续费。",
            "我看了下，拆过封、没有故障的退货扣百分之{v}哈。",
            "朋友，开封且无故障的退货，扣{v}%的费用。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "According to our policy, standard shipping costs {m}.",
            "I can confirm standard shipping is {m}.",
            "The standard shipping rate is {m}.",
            "Sure! Standard delivery comes to {m}.",
            "Here's what I found: standard shipping is charged at {m}.",
            "Just to confirm, standard shipping will be {m}.",
            "Happy to help — the fee for standard shipping is {m}.",
            "Regular shipping is billed at {m}.",
            "Thank you for your patience; standard delivery is {m}.",
            "For standard shipping, the charge is {m}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Стандартная доставка стоит {m}.",
            "Отвечаем: обычная доставка обойдётся в {m}.",
            "Доброго времени суток! Тариф на стандартную доставку — {m}.",
            "Сообщаю: стоимость стандартной доставки — {m}.",
            "Смотрите: доставка по стандартному тарифу стоит {m}.",
            "Уважаемый покупатель! Согласно нашей политике, стоимость стандартной доставки составляет {m}.",
            "Информируем Вас, что стандартная доставка стоит {m}.",
            "Стандартная доставка: {m}",
            "Отвечаем на ваш вопрос: за обычную доставку нужно будет заплатить {m}.",
            "Обычная доставка у нас платная — {m}.",
            "Цена стандартной доставки — {m}.",
            "Доставка стандартным способом стоит {m}.",
        ],
        "zh": [
            "您好，标准配送运费为{m}。",
            "亲，这边查询到普通快递运费是{m}哦。",
            "亲，给您核实了一下，标准快递收费{m}。",
            "您好，很高兴为您服务，标准配送需支付{m}运费哦。",
            "亲爱的顾客，标准物流的费用是{m}。",
            "在呢，普通快递运费{m}。",
            "你好呀，发普通快递的话运费{m}。",
            "我看了下，标准配送要{m}运费哈。",
            "朋友，普通件运费收{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "According to our policy, shipping is free on orders over {m}.",
            "I can confirm that orders over {m} qualify for free shipping.",
            "Any order over {m} ships for free.",
            "Sure! Once your order is over {m}, shipping is free.",
            "Here's what I found: free shipping applies to orders over {m}.",
            "Just to confirm, you get free shipping on any order over {m}.",
            "Happy to help — we ship orders over {m} at no charge.",
            "Free shipping: orders over {m}.",
            "Thank you for your patience; if your order totals more than {m}, shipping is free.",
            "Orders that come to more than {m} get free shipping.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Заказ на сумму больше, чем {m}, доставим бесплатно.",
            "Отвечаем: когда сумма заказа превышает {m}, доставку оплачиваем мы.",
            "Доброго времени суток! Бесплатно привезём заказ, если он больше, чем {m}.",
            "Сообщаю: доставка ничего не стоит, если заказ превышает {m}.",
            "Смотрите: стоит заказу превысить {m}, и доставка станет бесплатной.",
            "Уважаемый покупатель! Согласно нашей политике, доставка заказов на сумму больше, чем {m}, бесплатна.",
            "Информируем Вас, что при сумме заказа больше, чем {m}, доставка не оплачивается.",
            "Бесплатная доставка: заказ больше, чем {m}",
            "Отвечаем на ваш вопрос: если стоимость заказа превысит {m}, платить за доставку не придётся.",
            "Доставим бесплатно любой заказ, сумма которого больше, чем {m}.",
            "Бесплатная доставка положена, когда заказ превышает {m}.",
            "Заказ дороже, чем {m}, доставляем за свой счёт.",
        ],
        "zh": [
            "您好，订单金额超过{m}即可包邮。",
            "亲，这边查询到订单超过{m}免运费哦。",
            "亲，给您核实了一下，单笔订单金额高于{m}就免邮。",
            "您好，很高兴为您服务，订单总额超出{m}可享包邮哦。",
            "亲爱的顾客，订单金额超过{m}时免收运费。",
            "在呢，买超过{m}就包邮。",
            "你好呀，订单超过{m}我这包邮。",
            "我看了下，金额大于{m}的订单免运费哈。",
            "朋友，一单超过{m}，运费我来出。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "According to our policy, standard shipping takes {v}–{v2} business days.",
            "I can confirm standard delivery takes {v} to {v2} business days.",
            "Standard orders arrive in {v}-{v2} business days.",
            "Sure! With standard shipping, allow {v} to {v2} business days.",
            "Here's what I found: standard delivery time is {v}–{v2} business days.",
            "Just to confirm, standard shipping is {v} to {v2} business days.",
            "Happy to help — standard shipping gets there in {v}–{v2} business days.",
            "Regular shipping needs {v}–{v2} business days.",
            "Thank you for your patience; the standard delivery window is {v} to {v2} business days.",
            "Standard shipping takes between {v} and {v2} business days.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Стандартная доставка идёт {v}–{v2} рабочих {dw2}.",
            "Отвечаем: обычной доставкой заказ едет {v}–{v2} рабочих {dw2}.",
            "Доброго времени суток! Срок стандартной доставки: {v}–{v2} рабочих {dw2}.",
            "Сообщаю: стандартная доставка займёт {v}–{v2} рабочих {dw2}.",
            "Смотрите: по стандартному тарифу посылка будет в пути {v}–{v2} рабочих {dw2}.",
            "Уважаемый покупатель! Согласно нашей политике, срок стандартной доставки составляет {v}–{v2} рабочих "
            "{dw2}.",
            "Информируем Вас, что стандартная доставка выполняется за {v}–{v2} рабочих {dw2}.",
            "Стандартная доставка: {v}–{v2} рабочих {dw2}",
            "Отвечаем на ваш вопрос: при обычной доставке ждать придётся {v}–{v2} рабочих {dw2}.",
            "Стандартной доставкой привозим за {v}–{v2} рабочих {dw2}.",
            "Стандартный способ доставки — это {v}–{v2} рабочих {dw2}.",
            "Ожидание при стандартной доставке — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "您好，标准配送需要{v}–{v2}个工作日。",
            "亲，这边查询到普通快递{v}到{v2}个工作日送达哦。",
            "亲，给您核实了一下，标准快递时效为{v}-{v2}个工作日。",
            "您好，很高兴为您服务，标准配送{v}到{v2}个工作日可以送到哦。",
            "亲爱的顾客，标准物流的时效是{v}–{v2}个工作日。",
            "在呢，普通快递{v}到{v2}个工作日到。",
            "你好呀，发普通快递的话{v}-{v2}个工作日到。",
            "我看了下，标准配送要{v}到{v2}个工作日哈。",
            "朋友，普通件走{v}–{v2}个工作日。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "According to our policy, express shipping costs {m}.",
            "I can confirm express shipping is {m}.",
            "The express shipping rate is {m}.",
            "Sure! Express delivery comes to {m}.",
            "Here's what I found: express shipping is charged at {m}.",
            "Just to confirm, express shipping will be {m}.",
            "Happy to help — the fee for express shipping is {m}.",
            "Rush shipping is billed at {m}.",
            "Thank you for your patience; express delivery is {m}.",
            "For express shipping, the charge is {m}.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Экспресс-доставка стоит {m}.",
            "Отвечаем: срочная доставка обойдётся в {m}.",
            "Доброго времени суток! Тариф на экспресс-доставку — {m}.",
            "Сообщаю: стоимость экспресс-доставки — {m}.",
            "Смотрите: доставка по экспресс-тарифу стоит {m}.",
            "Уважаемый покупатель! Согласно нашей политике, стоимость экспресс-доставки составляет {m}.",
            "Информируем Вас, что экспресс-доставка стоит {m}.",
            "Экспресс-доставка: {m}",
            "Отвечаем на ваш вопрос: за срочную доставку нужно будет заплатить {m}.",
            "Срочная доставка у нас платная — {m}.",
            "Цена экспресс-доставки — {m}.",
            "Доставка экспресс-способом стоит {m}.",
        ],
        "zh": [
            "您好，加急配送运费为{m}。",
            "亲，这边查询到加急快递运费是{m}哦。",
            "亲，给您核实了一下，加急快递收费{m}。",
            "您好，很高兴为您服务，加急配送需支付{m}运费哦。",
            "亲爱的顾客，加急物流的费用是{m}。",
            "在呢，加急快递运费{m}。",
            "你好呀，发加急快递的话运费{m}。",
            "我看了下，加急配送要{m}运费哈。",
            "朋友，加急件运费收{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "According to our policy, express shipping takes {v}–{v2} business days.",
            "I can confirm express delivery takes {v} to {v2} business days.",
            "Express orders arrive in {v}-{v2} business days.",
            "Sure! With express shipping, allow {v} to {v2} business days.",
            "Here's what I found: express delivery time is {v}–{v2} business days.",
            "Just to confirm, express shipping is {v} to {v2} business days.",
            "Happy to help — express shipping gets there in {v}–{v2} business days.",
            "Rush shipping needs {v}–{v2} business days.",
            "Thank you for your patience; the express delivery window is {v} to {v2} business days.",
            "Express shipping takes between {v} and {v2} business days.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Экспресс-доставка идёт {v}–{v2} рабочих {dw2}.",
            "Отвечаем: срочной доставкой заказ едет {v}–{v2} рабочих {dw2}.",
            "Доброго времени суток! Срок экспресс-доставки: {v}–{v2} рабочих {dw2}.",
            "Сообщаю: экспресс-доставка займёт {v}–{v2} рабочих {dw2}.",
            "Смотрите: по экспресс-тарифу посылка будет в пути {v}–{v2} рабочих {dw2}.",
            "Уважаемый покупатель! Согласно нашей политике, срок экспресс-доставки составляет {v}–{v2} рабочих {dw2}.",
            "Информируем Вас, что экспресс-доставка выполняется за {v}–{v2} рабочих {dw2}.",
            "Экспресс-доставка: {v}–{v2} рабочих {dw2}",
            "Отвечаем на ваш вопрос: при срочной доставке ждать придётся {v}–{v2} рабочих {dw2}.",
            "Экспресс-доставкой привозим за {v}–{v2} рабочих {dw2}.",
            "Срочный способ доставки — это {v}–{v2} рабочих {dw2}.",
            "Ожидание при экспресс-доставке — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "您好，加急配送需要{v}–{v2}个工作日。",
            "亲，这边查询到加急快递{v}到{v2}个工作日送达哦。",
            "亲，给您核实了一下，加急快递时效为{v}-{v2}个工作日。",
            "您好，很高兴为您服务，加急配送{v}到{v2}个工作日可以送到哦。",
            "亲爱的顾客，加急物流的时效是{v}–{v2}个工作日。",
            "在呢，加急快递{v}到{v2}个工作日到。",
            "你好呀，发加急快递的话{v}-{v2}个工作日到。",
            "我看了下，加急配送要{v}到{v2}个工作日哈。",
            "朋友，加急件走{v}–{v2}个工作日。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "According to our policy, the warranty period is {v} months.",
            "I can confirm our products carry a {v}-month warranty.",
            "The manufacturer cover we offer runs {v} months.",
            "Sure! You're covered by a {v}-month warranty.",
            "Here's what I found: the warranty is {v} months.",
            "Just to confirm, the warranty runs {v} months.",
            "Happy to help — our warranty covers {v} months.",
            "Guarantee period, in months: {v}.",
            "Thank you for your patience; your purchase comes with {v} months of warranty.",
            "The warranty term is {v} months.",
        ],
        "ru": [
            "Добрый день! Спасибо, что выбрали нас. Гарантия на товары — {v} {mw}.",
            "Отвечаем: гарантийный срок у нас {v} {mw}.",
            "Доброго времени суток! Срок гарантии — {v} {mw}.",
            "Сообщаю: мы даём гарантию {v} {mw}.",
            "Смотрите: гарантия покрывает {v} {mw}.",
            "Уважаемый покупатель! Согласно нашей политике, гарантийный срок составляет {v} {mw}.",
            "Информируем Вас, что срок гарантии на товар — {v} {mw}.",
            "Гарантия: {v} {mw}",
            "Отвечаем на ваш вопрос: гарантию предоставляем на {v} {mw}.",
            "Срок гарантии по нашим правилам — {v} {mw}.",
            "Товары из нашего магазина на гарантии {v} {mw}.",
            "Гарантия от магазина — {v} {mw}.",
        ],
        "zh": [
            "您好，商品保修期为{v}个月。",
            "亲，这边查询到质保是{v}个月哦。",
            "亲，给您核实了一下，保修时长{v}个月。",
            "您好，很高兴为您服务，我们提供{v}个月的质保哦。",
            "亲爱的顾客，保修期限为{v}个月。",
            "在呢，保修{v}个月。",
            "你好呀，我这边的东西质保{v}个月。",
            "我看了下，保修是{v}个月哈。",
            "朋友，小店质保给{v}个月。",
        ],
    },
}

# Order states as predicates after the order reference (a masculine nominative «заказ» in Russian). Each is true of
# its own state only: a paid order has not left the warehouse, a shipped one has not arrived. The Chinese phrases end
# without a particle, since some patterns add 哦 or 哈 after them.
FRESH13_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is awaiting payment and hasn't been processed yet",
            "is pending until payment is received",
            "has not been paid yet",
            "is still in pending status, with no payment received",
            "is open but unpaid",
            "is waiting for payment to clear",
            "shows as unpaid for now",
        ],
        "paid": [
            "has been paid and is being prepared for shipment; it hasn't shipped yet",
            "is paid and currently being processed in our warehouse",
            "has payment confirmed and hasn't been dispatched yet",
            "is paid and awaiting dispatch",
            "is paid, and it's still being packed",
            "is paid for but hasn't left the warehouse",
            "has been paid and is queued for packing",
        ],
        "shipped": [
            "has been dispatched and is in transit",
            "is in transit and hasn't been delivered yet",
            "has left the building and is heading your way",
            "left our warehouse and is in transit",
            "is with the carrier and on its way to you",
            "has been shipped, but it hasn't been delivered yet",
            "is out with the carrier, not yet delivered",
        ],
        "delivered": [
            "has been delivered successfully",
            "was delivered to your address",
            "shows as handed over to you",
            "has reached its destination and is marked delivered",
            "has been delivered, and delivery is complete",
            "reached your door",
            "shows a completed delivery",
        ],
        "returned": [
            "has come back to our returns desk",
            "is logged in the system as a return",
            "was returned, and we have it back",
            "came back to our warehouse as a return",
            "has been returned and received on our end",
            "shows a completed return",
            "was received back as a return",
        ],
        "cancelled": [
            "has been cancelled and will not ship",
            "was withdrawn at your request and will not ship",
            "was cancelled and closed",
            "shows as cancelled, so nothing will be shipped",
            "has been cancelled on our side",
            "has been voided and won't ship",
            "was cancelled, and no shipment will go out",
        ],
    },
    "ru": {
        "pending": [
            "не оплачен — ждём поступления платежа",
            "пока ожидает оплату и в сборку не передан",
            "находится в статусе ожидания оплаты",
            "создан, однако платёж по нему пока не поступил",
            "ещё не оплачен, обработка начнётся после оплаты",
            "остаётся неоплаченным",
            "висит без оплаты",
        ],
        "paid": [
            "оплачен, сейчас на сборке и со склада ещё не уехал",
            "оплачен и комплектуется, пока не отправлен",
            "оплачен и готовится к передаче в доставку",
            "оплачен, но пока находится у нас на складе",
            "оплачен и ожидает сборки, отгрузки ещё не было",
            "успешно оплачен, отправка пока не состоялась",
            "оплачен, идёт упаковка, в доставку не передан",
        ],
        "shipped": [
            "отправлен и находится в пути, до вас пока не доехал",
            "находится в пути и пока не доставлен",
            "в пути — отгружен со склада, вручения ещё не было",
            "передан перевозчику и следует к вам",
            "покинул наш склад и сейчас в дороге",
            "отправлен, доставка ещё не завершена",
            "находится у перевозчика и едет к вам",
        ],
        "delivered": [
            "доставлен, получение подтверждено",
            "успешно вручён",
            "передан вам в руки, заказ закрыт",
            "доставлен и выдан получателю",
            "прибыл и вручён вам",
            "имеет статус доставленного",
            "доставлен — отметка о вручении стоит",
        ],
        "returned": [
            "вернулся к нам на склад, возврат оформлен",
            "оформлен как возврат, товар у нас",
            "вернулся на наш склад по возврату",
            "возвращён и принят нами",
            "получен нами обратно в качестве возврата",
            "числится в возвратах, товар уже на складе",
            "пришёл обратно, возврат зафиксирован",
        ],
        "cancelled": [
            "аннулирован по вашей просьбе",
            "аннулирован и отправляться не будет",
            "отменён, сборка и доставка по нему не ведутся",
            "закрыт в связи с отменой",
            "был отменён и закрыт",
            "снят с исполнения и не будет отправлен",
            "имеет статус отменённого",
        ],
    },
    "zh": {
        "pending": [
            "尚未完成付款，暂不处理",
            "还在待付款状态",
            "还没有收到付款",
            "目前没有付款记录",
            "付款还没完成",
            "还没付款，需付款后才处理",
        ],
        "paid": [
            "已完成付款，正在仓库打包，尚未发货",
            "已支付，等待出库",
            "付款成功了，还没发货",
            "已付款，仓库正在配货，还没寄出",
            "已收到付款，正在备货",
            "已经付款，还在仓库没发",
        ],
        "shipped": [
            "已发货，正在运输中，还未签收",
            "已经寄出，在运输途中",
            "已从仓库发出，尚未送达",
            "已经交给快递公司，在路上了",
            "已发货，物流运输中",
            "已经发出，还没到您手上",
        ],
        "delivered": [
            "已由您本人签收",
            "已经送达，显示签收成功",
            "快递已送到，已签收",
            "已经完成签收",
            "物流显示已送达",
            "已经妥投，签收完成",
        ],
        "returned": [
            "已退货，商品已回到仓库",
            "已经退回给我们",
            "退货已处理完毕，货已回仓",
            "状态为已退回",
            "的退货已入库",
            "已作退货处理，货已收回",
        ],
        "cancelled": [
            "已被取消，不会再发货",
            "已经关闭，订单取消了",
            "已被取消，不会再发出",
            "状态是已取消",
            "已经作废，不会寄出",
            "已撤销，不再发货",
        ],
    },
}

# Store-currency (USD) money as these voices write or say it. {a}: the amount in figures, the language's way; {dc}:
# units and cents in figures and words ("44 dollars and 99 cents", «44 доллара 99 центов», 44美元99美分), a whole
# English amount said "12 dollars even"; {spoken}: English words the way people say a price, "forty-four dollars
# ninety-nine" (cents under ten keep their unit, "forty-four dollars and five cents"; a whole amount "twelve dollars
# even"); {words}: all in words («сорок четыре доллара девяносто девять центов», 四十四点九九美元); {words_dc}: Chinese
# units and cents in words (四十四美元九十九美分). An amount under one dollar is said in cents alone. Russian figures
# always keep their kopeck part («50,00»), so «доллара» (the genitive singular a fraction takes) is right after every
# {a}; Russian words are nominative, which is why Russian patterns put money only in nominative/accusative slots, and
# an amount whose words would change in the accusative («тысяча» → «тысячу») is given as {dc} instead. An English
# amount of exactly one dollar written "1" takes the singular ("1 dollar").
FRESH13_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "{a} dollars", "{dc}", "{spoken}", "USD {a}", "{a} USD"],
    "ru": ["{a} доллара", "{a} доллара США", "{dc}", "{words}", "{a} USD", "{a} $"],
    "zh": ["{a}美元", "{dc}", "{words}", "{words_dc}", "{a}美金", "USD {a}"],
}
# The same amounts in another currency: a planted error whatever the number. {w} and {c}: whole units and cents in
# figures; {ww} and {cw}: the same in English words; {wwr} and {cwr}: the same in Russian words (kopecks feminine); a
# whole amount cuts the format before the cents. {gbp}, {pence}, {eur}, {cent}: the English units agreeing with
# them; {rub}, {kop}: the Russian words agreeing with the whole units and cents. Russian figures keep their kopeck
# part, so a genitive singular follows them; Russian words whose accusative would differ («одна копейка», «тысяча»)
# fall back to the first format. An English amount of exactly one unit written "1" takes the singular.
FRESH13_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": [
        "{a} euros",
        "{a} British pounds",
        "€{a}",
        "{ww} {eur} and {cw} {cent}",
        "{a} Australian dollars",
        "{a} Japanese yen",
        "{a} Swiss francs",
        "{w} {gbp} and {c} {pence}",
        "{a} Canadian dollars",
    ],
    "ru": [
        "{a} рубля",
        "{a} евро",
        "{a} юаня",
        "{w} {rub} {c} {kop}",
        "{a} армянского драма",
        "{a} киргизского сома",
        "{wwr} {rub} {cwr} {kop}",
        "{a} швейцарского франка",
        "{a} ₽",
    ],
    "zh": [
        "人民币{a}元",
        "{a}块钱人民币",
        "{a}日元",
        "{a}港币",
        "{a}欧元",
        "{a}澳元",
        "{a}加元",
        "{a}新加坡元",
        "{w}欧元{c}欧分",
    ],
}
# Written and spoken dates, every one with its year (in figures or words) and none with a numeric day/month order.
# Russian dates are in the genitive that follows a verb («отправили девятнадцатого ноября 2026 года»); the weekday
# after «в/во»; a year in words is the genitive ordinal («две тысячи двадцать шестого года»). {zh_y0} reads the year
# digit by digit with 零 (二零二六), {zh_y} with 〇 (二〇二六).
FRESH13_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{month} {d}, {y}",
        "{weekday}, {month} {d_th}, {y}",
        "the {d_th} of {month} {y}",
        "{month} {d_word}, {y_words}",
        "{d} {month} {y}",
        "{weekday}, {d} {month} {y}",
        "{mon} {d}, {y}",
        "{month} the {d_th}, {y}",
    ],
    "ru": [
        "{d} {month_ru} {y} года",
        "{d_gen_ru} {month_ru} {y} года",
        "{wd_ru_acc} {d_gen_ru} {month_ru} {y_gen_ru} года",
        "{d} {month_ru} {y}-го года",
        "{wd_ru_acc}, {d} {month_ru} {y} года",
        "{d_gen_ru} {month_ru} {y_gen_ru} года",
        "{d} {month_ru} {y} года ({wd_ru})",
    ],
    "zh": [
        "{y}年{m}月{d}日",
        "{y}年{m}月{d}号",
        "{zh_y0}年{zh_m}月{zh_d}号",
        "{y}年{m}月{d}日（星期{wd_zh}）",
        "{y}年{m}月{d}号周{wd_zh}",
        "{zh_y}年{zh_m}月{zh_d}日",
        "{zh_y0}年{zh_m}月{zh_d}日（周{wd_zh}）",
    ],
}

# Russian cardinal tens, indexed by the tens digit
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_ZH_DIGITS = "〇一二三四五六七八九"
# digits as read after 点, inside a number and in a year read digit by digit: 零 for zero
_ZH_READ = "零一二三四五六七八九"


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH13_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH13_STATES, state, language, rng)


def _ru_accusative_safe(n: int, feminine: bool = False) -> bool:
    """Whether the Russian words for ``n`` read the same in the nominative and the accusative: not so when a
    thousands group ends in one («тысяча» → «тысячу», «двадцать одна тысяча» → «двадцать одну тысячу») or, before a
    feminine noun, the number itself does («одна копейка» → «одну копейку»)."""
    thousands = n // 1000 % 1000
    if thousands and _ru_plural(thousands, "one", "few", "many") == "one":
        return False
    return not (feminine and _ru_plural(n % 1000, "one", "few", "many") == "one" and n % 1000)


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
    """Russian {dc} («44 доллара 99 центов») and {words} («сорок четыре доллара девяносто девять центов»); words
    whose accusative would differ are given in figures."""
    words = fmt == "{words}" and _ru_accusative_safe(whole)
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
    """The spoken forms of a store-currency amount (see FRESH13_MONEY_FORMATS)."""
    whole, cents = _parts(value)
    if language == "zh":
        return _zh_money(whole, cents, fmt, rng)
    if language == "ru":
        return _ru_money(whole, cents, fmt, rng)
    return _en_money(whole, cents, fmt, rng)


def _en_singular(text: str, value: Decimal, language: str) -> str:
    """An English amount written as a bare "1" takes the singular: "1 dollar", "1 euro", "1 Swiss franc", "1 British
    pound"."""
    if language != "en" or _parts(value) != (1, 0):
        return text
    return re.sub(r"(?<![\d.,])1 ((?:[A-Z][a-z]+ )?)(dollar|euro|franc|peso|rupee|pound)s\b", r"1 \1\2", text)


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH13_MONEY_FORMATS[language])
    if fmt in ("{dc}", "{words}", "{spoken}", "{words_dc}"):
        return _spoken_money(value, language, fmt, rng)
    return _en_singular(fmt.format(a=_amount(value, language, rng)), value, language)


_WHOLE_FIELDS = ("{w}", "{ww}", "{wwr}")
_CENT_FIELDS = ("{c}", "{cw}", "{cwr}")


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    formats = FRESH13_OTHER_CURRENCY[language]
    fmt = rng.choice(formats)
    whole, cents = _parts(value)
    words_change = "{wwr}" in fmt and not (_ru_accusative_safe(whole) and _ru_accusative_safe(cents, feminine=True))
    if words_change or (whole == 0 and any(field in fmt for field in _WHOLE_FIELDS)):
        fmt = formats[0]
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
    fmt = rng.choice(FRESH13_DATE_FORMATS[language])
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
        zh_y0="".join(_ZH_READ[int(c)] for c in str(day.year)),
        zh_m=_zh_date_number(day.month),
        zh_d=_zh_date_number(day.day),
    )


__all__ = [
    "FRESH13",
    "FRESH13_DATE_FORMATS",
    "FRESH13_MONEY_FORMATS",
    "FRESH13_OTHER_CURRENCY",
    "FRESH13_PATTERNS",
    "FRESH13_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
