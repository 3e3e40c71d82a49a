"""A ninth fresh split for the grounding eval: spoken and selling voices — a store kiosk, a salesperson, a live-stream
host, a chat seller and a shopper-style text.

This set was written blind to the verifier: its helper did not read ``agent/`` (so neither ``agent/grounding/`` nor
``agent/stream_verify.py``), ``tools/``, ``knowledge/``, the tests, ``evals.grounding``, ``evals.grounding_cases``,
``evals.grounding_score``, ``evals.grounding_checker``, the blind fifth, seventh and eighth fresh splits or any report
under ``evals/reports/``. It read only ``evals.grounding_wording``, ``evals.grounding_calendar`` and the fresh splits
2, 3, 4 and 6 (``evals.grounding_fresh6`` is its template), for the placeholders, claim keys and correctness rules and
so as not to repeat their wordings. It is a DEVELOPMENT split, meant to be read: the people tuning the verifier will
look at its misses and false rejections, so it measures wordings they have not tuned to only until they do.

The register is speech and selling, in four voices, all written for this split:
(a) a voice kiosk in a store reading its answer aloud — short sentences, contractions, fillers and confirmations
("Alright,", "So,", "Let's see —", "Mm-hm,", «Итак,», «Значит, так:», «Секундочку…», 嗯，, 好嘞，,
我看一下哈，), figures as people say them but always with a currency marker ("$49.99", "49 dollars and 99
cents", "49 dollars 99 cents", now and then "forty-nine dollars ninety-nine cents"; «49,99 доллара», «49 долларов
99 центов»; 49.99美元, 49美元99美分), dates as spoken ("Tuesday, the 3rd of November 2026", "November the
third, 2026", «3 ноября 2026 года, во вторник», «третьего ноября 2026 года», 2026年11月3号,
二〇二六年十一月三号);
(b) a salesperson naming an option with its figure ("You could go with the X for $49.99, or there's the Y for
$59.99"), two products in one sentence with each price tied to its own product and no comparison the figures do
not carry ("lighter", "better", "cheaper");
(c) a Chinese live-stream host (家人们、宝宝们、老铁们、上链接、拍、还剩N件) and a Russian chat seller
(«Здравствуйте! Уточнила по «X»: …», «Есть в наличии, …»);
(d) English texting ("yeah the X is $49.99.", "only 3 left btw", "eta for order 12 is …").
Hype never adds a claim: no "discount", "best", "bestseller", "limited", "deal", 优惠, 秒杀, 福利, and no "only"/"just"
before a price (only before a count that is left).

Correctness rules, as for the earlier fresh splits: each sentence names the product, order or policy its figures
belong to, and a sentence about two products ties each price to its own product; every date carries its year, is
unambiguous (no numeric day/month order to swap) and has no "by", "around", «до», 之前 or 左右 near it; the return
window is not tied to delivery or purchase; the restocking fee keeps its "opened and not faulty" condition; the refund
time keeps "after we receive the return"; an order-state phrase says only what is true of that state (a shipped
order has not arrived, a paid one has not left); a stock count is the available quantity; no sentence adds a claim
(rating, discount, promise, other figure) its placeholders do not back; money in another currency is plainly that
currency ("49 euros and 99 cents", «49,99 рубля», 人民币49.99元). Russian dates are adverbial everywhere (a verb
before the date, never a preposition), so the spoken ordinal is the genitive «третьего ноября 2026 года» — the
nominative «третье ноября» would be ungrammatical in every Russian pattern here. Russian names stay in «» after a
noun or a case-free slot, never with a gendered past participle or adjective; counts are «N шт.» so no plural
agreement is needed; ranges of days use {dw2} only where the range is nominative/accusative. Chinese patterns never
put a number-bearing placeholder straight after {name} or {ref}, so two figures never run together.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH9``. Pattern ids are ``<claim>.<language>.z<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import (
    EN_MONTHS,
    EN_WEEKDAYS,
    RU_MONTHS,
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

FRESH9 = "development (fresh 9)"
_TAG = "z"

# claim -> language -> patterns; the placeholders are those of evals.grounding_fresh6 for the same claim.
FRESH9_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Alright, the {name} is {price}.",
            "So, the {name} — that one's {price}.",
            "Let's see — the {name} comes to {price}.",
            "yeah the {name} is {price}.",
            "Okay, so if you're looking at the {name}, it's {price}.",
            "Got it — the {name} rings up at {price}.",
            "You could also look at the {name}, which is {price}.",
            "Mm-hm, for the {name} you're looking at {price}.",
        ],
        "ru": [
            "Итак, «{name}» — цена {price}.",
            "Значит, так: «{name}» у нас за {price}.",
            "Секундочку… «{name}» — это {price}.",
            "Здравствуйте! Уточнила по «{name}»: цена {price}.",
            "Так, «{name}» продаётся по цене {price}.",
            "Если присматриваетесь к «{name}», цена — {price}.",
            "Смотрите: за «{name}» нужно заплатить {price}.",
        ],
        "zh": [
            "好嘞，{name}是{price}。",
            "我看一下哈，{name}标的是{price}。",
            "嗯，{name}这款价格{price}。",
            "家人们，{name}的价格给大家说一下，是{price}。",
            "宝宝们看过来，{name}这一款是{price}。",
            "老铁们，{name}定价{price}。",
            "这边跟您说一下，{name}要{price}。",
        ],
    },
    "PQ": {
        "en": [
            "Alright, the {name} is {price}, and we've got {qty} available.",
            "So, the {name} — {price} each, and there are {qty} available right now.",
            "yeah the {name} is {price}, only {qty} left btw.",
            "Let's see — we've got {qty} of the {name} available, {price} apiece.",
            "If the {name} works for you, it's {price}, and there are {qty} of them available at the moment.",
            "Okay, the {name}: {price} a piece, {qty} available.",
            "the {name} is {price} and there's {qty} left, fyi.",
        ],
        "ru": [
            "Итак, «{name}» — {price}, в наличии {qty} шт.",
            "Значит, так: «{name}» стоит {price}, свободный остаток {qty} шт.",
            "Здравствуйте! Уточнила по «{name}»: цена {price}, остаток {qty} шт.",
            "Есть в наличии, «{name}» — {price}, сейчас {qty} шт.",
            "Секундочку… «{name}» по {price} за штуку, свободно {qty} шт.",
            "Так, «{name}» за {price}, и на складе сейчас {qty} шт.",
            "Смотрите: «{name}» стоит {price}, доступно {qty} шт.",
        ],
        "zh": [
            "好嘞，{name}是{price}，还剩{qty}件。",
            "家人们，{name}一件是{price}，库存还剩{qty}件。",
            "宝宝们，{name}，{price}，现在还剩{qty}件哈。",
            "我看一下哈，{name}单价{price}，目前有{qty}件可以买。",
            "老铁们，{name}还剩{qty}件，每件{price}。",
            "嗯，{name}这款{price}，可售库存{qty}件。",
            "这边跟您说一下，{name}的价格是{price}，现货有{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "Yep, the {name} is in stock, and it's {price}.",
            "Alright, the {name} is {price}, and we do have it in stock.",
            "So, the {name} — {price}, in stock right now.",
            "yep the {name}'s in stock, {price}.",
            "If you'd like to grab the {name}, it's in stock at {price}.",
            "Let's see — the {name}, {price}, and yes, it's in stock.",
            "Sure — we have the {name} in stock, and it's {price}.",
        ],
        "ru": [
            "Итак, «{name}» в наличии, цена {price}.",
            "Есть в наличии, «{name}» стоит {price}.",
            "Здравствуйте! Уточнила по «{name}»: есть в наличии, цена {price}.",
            "Значит, так: «{name}» есть на складе, по цене {price}.",
            "Секундочку… Да, «{name}» в наличии, стоит {price}.",
            "Так, «{name}» за {price} — в наличии, можно заказывать.",
            "Смотрите: «{name}» есть в наличии, а цена — {price}.",
        ],
        "zh": [
            "好嘞，{name}有货，价格{price}。",
            "家人们，{name}上链接了，{price}，有现货。",
            "宝宝们，{name}有现货，{price}，喜欢的可以直接拍。",
            "我看一下哈，{name}现在有库存，{price}。",
            "老铁们，{name}这款{price}，有货。",
            "嗯，{name}是{price}，目前有现货。",
            "这边跟您说一下，{name}有货的，卖{price}。",
        ],
    },
    "PO": {
        "en": [
            "So, the {name} is {price}, but we're out of it right now.",
            "Ah, the {name} — it's {price}, but it's out of stock at the moment.",
            "ah sorry, the {name} is {price} but it's sold out rn.",
            "Let's see — the {name} is priced at {price}, though none are in stock right now.",
            "The {name} is {price} — unfortunately it's out of stock right now.",
            "Okay, so the {name} is {price}, but it's currently sold out.",
            "Hmm, the {name} — {price} — isn't in stock at the moment.",
        ],
        "ru": [
            "Итак, «{name}» стоит {price}, но сейчас товара нет в наличии.",
            "Здравствуйте! Уточнила по «{name}»: цена {price}, но в наличии сейчас нет.",
            "Значит, так: «{name}» по цене {price} сейчас нет в наличии.",
            "Секундочку… Цена на «{name}» — {price}, а вот в наличии товара сейчас нет.",
            "Так, «{name}» стоит {price}, но пока нет на складе.",
            "Увы, «{name}» за {price} сейчас не в наличии.",
        ],
        "zh": [
            "好嘞，{name}是{price}，不过现在没货了。",
            "家人们，{name}这款{price}，目前断货了，暂时拍不了。",
            "宝宝们，{name}是{price}，但是现在缺货哈。",
            "我看一下哈，{name}价格{price}，可惜目前没有库存。",
            "老铁们，{name}标价{price}，现在卖空了。",
            "嗯，{name}的价格是{price}，暂时缺货。",
        ],
    },
    "Q": {
        "en": [
            "Alright, we've got {qty} of the {name} available.",
            "So, there are {qty} of the {name} in stock right now.",
            "only {qty} of the {name} left btw.",
            "Let's see — the {name}, {qty} available at the moment.",
            "Okay, for the {name}, we've got {qty} available.",
            "yeah there's {qty} of the {name} left.",
            "Just checked — {qty} units of the {name} are available.",
        ],
        "ru": [
            "Итак, «{name}» в наличии: {qty} шт.",
            "Есть в наличии, «{name}» — {qty} шт.",
            "Здравствуйте! Уточнила по «{name}»: на складе {qty} шт.",
            "Значит, так: по «{name}» остаток {qty} шт.",
            "Секундочку… Товара «{name}» сейчас {qty} шт.",
            "Так, «{name}» в количестве {qty} шт. есть на складе.",
            "Смотрите: по «{name}» доступно {qty} шт.",
        ],
        "zh": [
            "好嘞，{name}还剩{qty}件。",
            "家人们，{name}库存只剩{qty}件了。",
            "宝宝们，{name}现在还有{qty}件。",
            "我看一下哈，{name}可售的有{qty}件。",
            "老铁们，{name}目前有{qty}件现货。",
            "嗯，{name}现在能买的还有{qty}件。",
            "这边跟您说一下，{name}的库存是{qty}件。",
        ],
    },
    "I": {
        "en": [
            "Yep, the {name} is in stock.",
            "Alright, good — the {name}'s in stock right now.",
            "So, the {name} — yes, we have it in stock.",
            "yeah the {name}'s in stock rn.",
            "Let's see — yep, the {name} is available and in stock.",
            "Sure thing, the {name} is in stock at the moment.",
            "Okay, the {name}: in stock.",
        ],
        "ru": [
            "Итак, «{name}» в наличии.",
            "Здравствуйте! Уточнила по «{name}»: есть в наличии.",
            "Значит, так: «{name}» на складе есть.",
            "Секундочку… Да, «{name}» в наличии.",
            "Так, «{name}» сейчас есть в наличии.",
            "Смотрите: «{name}» есть на складе, можно заказывать.",
        ],
        "zh": [
            "好嘞，{name}有货。",
            "家人们，{name}有现货，想要的直接拍。",
            "宝宝们，{name}现在是有货的哈。",
            "我看一下哈，{name}库存是有的。",
            "老铁们，{name}还有货。",
            "嗯，{name}目前有现货。",
        ],
    },
    "O": {
        "en": [
            "Ah, sorry — the {name} is out of stock right now.",
            "So, we're out of the {name} at the moment.",
            "nope, the {name}'s sold out rn, sorry.",
            "Let's see — the {name} isn't in stock right now.",
            "Hmm, the {name} is out of stock, I'm afraid.",
            "Alright, I checked, and the {name} is sold out at the moment.",
            "Okay, so the {name} is currently out of stock.",
        ],
        "ru": [
            "Итак, «{name}» сейчас нет в наличии.",
            "Здравствуйте! Уточнила по «{name}»: к сожалению, нет в наличии.",
            "Значит, так: «{name}» на складе сейчас нет.",
            "Секундочку… Увы, товара «{name}» сейчас нет.",
            "Так, «{name}» сейчас не в наличии.",
            "К сожалению, «{name}» распродали.",
        ],
        "zh": [
            "我看一下哈，{name}现在没货了。",
            "家人们，{name}暂时断货了。",
            "宝宝们，{name}卖完了哈，暂时拍不了。",
            "嗯，{name}目前缺货。",
            "老铁们，{name}这款现在没有库存。",
            "不好意思，{name}这会儿缺货。",
        ],
    },
    "S": {
        "en": [
            "Yep, the {name} comes in size {size}.",
            "Alright, size {size} is one of the sizes for the {name}.",
            "yeah the {name} comes in {size}.",
            "So, for the {name}, {size} is one of the size options.",
            "Let's see — the {name} does come in a size {size}.",
            "Sure, the {name} has a size {size} option.",
            "Mm-hm, the {name} is offered in {size}.",
        ],
        "ru": [
            "Итак, у «{name}» есть размер {size}.",
            "Здравствуйте! Уточнила по «{name}»: размер {size} есть в линейке.",
            "Значит, так: «{name}» бывает в размере {size}.",
            "Секундочку… Да, размер {size} у «{name}» предусмотрен.",
            "Так, для «{name}» есть вариант в размере {size}.",
            "Ага, смотрю: «{name}» бывает в размере {size}, его можно заказать.",
        ],
        "zh": [
            "好嘞，{name}有{size}码。",
            "家人们，{name}有{size}码可以选。",
            "宝宝们，{name}是有{size}码的哈。",
            "我看一下哈，{name}的尺码里有{size}码。",
            "嗯，{size}码的{name}是有的。",
            "这边跟您说一下，{name}这款出了{size}码。",
        ],
    },
    "C": {
        "en": [
            "Alright, the {name} comes in {colour}.",
            "So, colour-wise, the {name} is {colour}.",
            "yeah the {name} is {colour}.",
            "Let's see — the colour on the {name} is {colour}.",
            "Okay, the {name} — it's a {colour} one.",
            "Yep, the {name}'s colour is {colour}.",
            "If you're matching colours, the {name} is {colour}.",
        ],
        "ru": [
            "Итак, цвет у «{name}» — {colour}.",
            "Здравствуйте! Уточнила по «{name}»: цвет — {colour}.",
            "Значит, так: «{name}» в цвете «{colour}».",
            "Секундочку… Цвет «{name}» — {colour}.",
            "Так, «{name}» идёт в цвете «{colour}».",
            "Смотрите: у «{name}» цвет {colour}.",
        ],
        "zh": [
            "好嘞，{name}这款是{colour}。",
            "家人们，{name}这个颜色是{colour}哈。",
            "宝宝们，{name}是{colour}款的。",
            "我看一下哈，{name}颜色写的是{colour}。",
            "嗯，{name}是{colour}的这一款。",
            "这边跟您说一下，{name}的颜色为{colour}。",
        ],
    },
    # two products in one sentence: each price sits next to its own product, and no comparison is drawn
    "PP": {
        "en": [
            "If you'd rather look at something else, there's the {name2} at {price2}, and the {name} is {price}.",
            "So, the {name} is {price}, and the {name2} is {price2}.",
            "Alright — the {name} rings up at {price}, while the {name2} comes to {price2}.",
            "yeah the {name} is {price} and the {name2} is {price2}.",
            "Okay, two options: the {name} at {price}, or the {name2} at {price2}.",
            "Two to pick from: the {name} rings up at {price}, and the {name2} rings up at {price2}.",
            "Let's see — {price} for the {name}, and {price2} for the {name2}.",
        ],
        "ru": [
            "Итак, «{name}» — это {price}, а «{name2}» — {price2}.",
            "Если хотите другой вариант, есть «{name2}» за {price2}, а «{name}» стоит {price}.",
            "Здравствуйте! Уточнила по обоим: «{name}» — {price}, «{name2}» — {price2}.",
            "Значит, так: «{name}» по цене {price}, и «{name2}» по цене {price2}.",
            "Секундочку… «{name}» у нас {price}, «{name2}» — {price2}.",
            "Можно взять «{name}» за {price} или посмотреть «{name2}» за {price2}.",
            "Смотрите: «{name}» обойдётся в {price}, «{name2}» — в {price2}.",
        ],
        "zh": [
            "好嘞，{name}是{price}，{name2}是{price2}。",
            "家人们，两款都给大家报一下：{name}的价格是{price}，{name2}的价格是{price2}。",
            "宝宝们，想换一款的话，{name2}是{price2}，{name}是{price}。",
            "我看一下哈，{name}卖{price}，另外{name2}卖{price2}。",
            "老铁们，{name}这款是{price}，{name2}那款是{price2}。",
            "嗯，如果不选{name}（{price}），还可以看看{name2}，它是{price2}。",
            "这边跟您说一下，{name}是{price}的价格，{name2}是{price2}的价格。",
        ],
    },
    "count": {
        "en": [
            "Alright, here's what came up — {count} in total.",
            "So, the number of matches is {count}; here's the rundown.",
            "ok so total matches: {count}.",
            "Let's see — matching what you're after, I've got {count}.",
            "Okay, I've got {count} for you — see below.",
            "Here's what I found — {count} in all.",
            "Got it — I pulled up {count}, listed below.",
        ],
        "ru": [
            "Итак, нашлось вариантов: {count}.",
            "Значит, так: подходящих товаров — {count}, сейчас перечислю.",
            "Секундочку… Так, совпадений по запросу: {count}.",
            "Здравствуйте! Подобрала вам варианты, всего их {count}.",
            "Так, по вашему запросу результатов — {count}.",
            "Так, по вашему запросу у меня набралось позиций: {count}.",
            "Нашла для вас подходящие товары — всего {count}.",
        ],
        "zh": [
            "好嘞，一共找到{count}款。",
            "我看一下哈，符合的有{count}款，给您列一下。",
            "嗯，搜出来{count}个结果。",
            "家人们，符合要求的一共{count}款，往下看。",
            "这边帮您筛了一下，共{count}款合适的。",
            "一共{count}个选项，我挨个说一下哈。",
            "宝宝们，这次搜到{count}款，都列在下面了。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is a plain noun phrase (nominative in Russian) that never ends in a comma; Chinese patterns put a
    # word between {ref} (which may end in the order number) and the next figure.
    "ref": {
        "en": [
            "Alright, your order number {n}",
            "That order number {n}",
            "So that order of yours, {n},",
            "ur order #{n}",
            "The order you placed under number {n}",
            "The order number {n} you mentioned",
        ],
        "ru": [
            "Секундочку, ваш заказик № {n}",
            "Этот ваш заказ номер {n}",
            "Ваш заказ под номером {n}",
            "Заказик номер {n}",
            "Оформленный у нас заказ номер {n}",
            "Тот самый заказ номер {n}",
        ],
        "zh": [
            "好嘞，您那个{n}号订单",
            "您这个{n}的订单",
            "单号是{n}的那一单",
            "您拍的订单{n}",
            "{n}这个订单",
            "您说的订单{n}",
        ],
    },
    "state": {
        "en": [
            "Alright, {ref_low} {state}.",
            "So, let's see, {ref_low} {state}.",
            "Let's see — {ref_low} {state}.",
            "ok so {ref_low} {state}.",
            "Okay, got it. {ref} {state}.",
            "One sec… okay, {ref_low} {state}.",
            "Sure — {ref_low} {state}.",
        ],
        "ru": [
            "Итак, {ref_low} {state}.",
            "Значит, так: {ref_low} {state}.",
            "Секундочку… Да, {ref_low} {state}.",
            "Здравствуйте! Уточнила: {ref_low} {state}.",
            "Так, сейчас скажу: {ref_low} {state}.",
            "Проверила для вас: {ref_low} {state}.",
            "Глянула по базе — {ref_low} {state}.",
        ],
        "zh": [
            "我看一下哈，{ref}{state}。",
            "好嘞，{ref}{state}。",
            "嗯，我帮您瞅了一眼，{ref}{state}。",
            "宝宝，{ref}{state}哦。",
            "查到啦！{ref}{state}。",
            "这边查到了：{ref}{state}。",
            "跟您说一下哈，{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Alright, {ref_low} should get to you on {date}.",
            "So, {ref_low} is expected to arrive on {date}.",
            "eta for {ref_low} is {date}.",
            "Let's see — we're expecting {ref_low} to reach you on {date}.",
            "Okay, {ref_low} is due to be delivered on {date}.",
            "The expected delivery day for {ref_low} is {date}, so keep an eye out then.",
            "Mm-hm, {ref_low} is set to land on {date}.",
        ],
        "ru": [
            "Итак, {ref_low} ожидается {date}.",
            "Значит, так: {ref_low} по плану привезут {date}.",
            "Секундочку… По плану {ref_low} будет у вас {date}.",
            "Здравствуйте! Уточнила: {ref_low} должен приехать {date}.",
            "Так, {ref_low} планируем доставить {date}.",
            "Ориентируйтесь так: {ref_low} приедет {date}.",
            "По прогнозу службы доставки {ref_low} привезут {date}.",
        ],
        "zh": [
            "好嘞，{ref}预计{date}送到。",
            "我看一下哈，{ref}预计是{date}到。",
            "嗯，{ref}预计{date}能送到您手上。",
            "宝宝，{ref}预计在{date}到货哦。",
            "这边查到了，{ref}预计在{date}到达。",
            "按现在的进度，{ref}预计{date}送达。",
            "跟您说一下哈，{ref}的预计送达日是{date}。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Alright, {ref_low} was delivered on {date}.",
            "So, {ref_low} got dropped off on {date}.",
            "yeah {ref_low} was delivered {date}.",
            "Let's see — {ref_low} arrived on {date}.",
            "Okay, the carrier marked {ref_low} as delivered on {date}.",
            "Looks like {ref_low} reached you on {date}.",
            "Mm-hm, delivery of {ref_low} happened on {date}.",
        ],
        "ru": [
            "Итак, {ref_low} доставили {date}.",
            "Значит, так: {ref_low} вручили {date}.",
            "Секундочку… Да, {ref_low} был доставлен {date}.",
            "Здравствуйте! Уточнила: {ref_low} привезли {date}.",
            "По отметке службы доставки {ref_low} вручён {date}.",
            "Так, {ref_low} получен {date}.",
            "Вижу, что {ref_low} доставлен {date}.",
        ],
        "zh": [
            "好嘞，{ref}是{date}送到的。",
            "我看一下哈，{ref}在{date}已经签收了。",
            "嗯，{ref}于{date}签收。",
            "这边查到了，{ref}是在{date}签收的。",
            "宝宝，{ref}显示{date}已送达哦。",
            "物流显示{ref}在{date}妥投了。",
            "快递那边显示，{ref}是{date}送到的。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Alright, {ref_low} shipped on {date}.",
            "So, we sent {ref_low} out on {date}.",
            "yeah {ref_low} shipped out {date}.",
            "Let's see — the carrier picked up {ref_low} on {date}.",
            "Okay, {ref_low} was dispatched from our warehouse on {date}.",
            "Looks like {ref_low} went out the door on {date}.",
            "Sure — we handed {ref_low} off to the courier on {date}.",
        ],
        "ru": [
            "Итак, {ref_low} отправили {date}.",
            "Значит, так: {ref_low} уехал со склада {date}.",
            "Секундочку… Так, {ref_low} передали в доставку {date}.",
            "Здравствуйте! Уточнила: {ref_low} отгрузили {date}.",
            "Так, {ref_low} курьер забрал {date}.",
            "Вижу, что {ref_low} был отправлен {date}.",
            "Да, {ref_low} ушёл к вам {date}.",
        ],
        "zh": [
            "好嘞，{ref}是{date}发出的。",
            "我看一下哈，{ref}在{date}已经发货了。",
            "嗯，{ref}在{date}交给快递了。",
            "这边查到了，{ref}于{date}从仓库寄出。",
            "快递在{date}揽收了{ref}。",
            "{ref}这边显示是{date}发的货。",
            "宝宝，{ref}是{date}发出去的哈。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Alright, {ref_low} was placed on {date}.",
            "So, you put in {ref_low} on {date}.",
            "yeah you placed {ref_low} on {date}.",
            "Let's see — {ref_low} was put through on {date}.",
            "Okay, {ref_low} was made on {date}.",
            "Looks like {ref_low} was ordered on {date}.",
            "Mm-hm, the order date on {ref_low} is {date}.",
        ],
        "ru": [
            "Итак, {ref_low} оформлен {date}.",
            "Значит, так: {ref_low} вы оформили {date}.",
            "Секундочку… Да, {ref_low} был создан {date}.",
            "Здравствуйте! Уточнила: {ref_low} пришёл к нам {date}.",
            "Так, {ref_low} сделан {date}.",
            "Вижу, что {ref_low} оформлен {date}.",
            "Смотрю: {ref_low} оформлялся {date}.",
        ],
        "zh": [
            "好嘞，{ref}的下单日是{date}。",
            "我看一下哈，{ref}是您在{date}拍下的。",
            "嗯，{ref}是{date}提交的。",
            "这边查到了，{ref}是{date}生成的。",
            "{ref}这边显示是{date}下单的。",
            "宝宝，{ref}是{date}那天拍的哦。",
            "订单记录里，{ref}的下单日期写的是{date}。",
        ],
    },
    "total": {
        "en": [
            "{ref} comes to {total} altogether.",
            "{ref} — alright, that one totals {total}.",
            "{ref} was {total} in total.",
            "{ref}, let's see, adds up to {total}.",
            "{ref} rang up at {total} total.",
            "{ref} came out to {total} in total.",
            "{ref} has a total of {total}, just so you know.",
        ],
        "ru": [
            "{ref} — итого {total}.",
            "{ref} вышел на {total}.",
            "{ref}, значит, на сумму {total}.",
            "{ref} обошёлся в {total}.",
            "{ref} в итоге — {total}.",
            "{ref} — всего получилось {total}.",
            "{ref}: общая сумма — {total}.",
        ],
        "zh": [
            "好嘞，{ref}一共是{total}。",
            "我看一下哈，{ref}总共{total}。",
            "嗯，{ref}合计下来是{total}。",
            "这边查到了，{ref}的总额是{total}。",
            "宝宝，{ref}加起来一共{total}哦。",
            "宝宝们注意，{ref}一共要付{total}哦。",
            "算了一下，{ref}总价是{total}。",
        ],
    },
    "carrier": {
        "en": [
            "Alright, {carrier} is the carrier on your order.",
            "So, {carrier} is handling the delivery of your order.",
            "yeah your order ships with {carrier}.",
            "Let's see — the courier for your order is {carrier}.",
            "Okay, your parcel goes through {carrier}.",
            "Your delivery's handled by {carrier}, just so you know.",
            "Mm-hm, your order's carrier is {carrier}.",
        ],
        "ru": [
            "Итак, перевозчик по вашему заказу — {carrier}.",
            "Значит, так: доставку вашего заказа выполняет {carrier}.",
            "Здравствуйте! Уточнила: ваш заказ доставляет {carrier}.",
            "Секундочку… Служба доставки у вашего заказа — {carrier}.",
            "Так, ваша посылка идёт через {carrier}.",
            "Ваш заказ отправляем через {carrier}.",
            "По вашему заказу перевозчик — {carrier}.",
        ],
        "zh": [
            "好嘞，您的订单走的是{carrier}。",
            "我看一下哈，您这单是{carrier}配送。",
            "嗯，您的包裹由{carrier}来送。",
            "宝宝，您的快递是{carrier}哦。",
            "这边查到了，您订单的快递公司是{carrier}。",
            "您的包裹发的是{carrier}。",
            "物流这块，您的订单用的是{carrier}。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Alright, on returns — you've got {v} days to send something back.",
            "So, our return window is {v} days.",
            "yeah you can return stuff within {v} days.",
            "Let's see — returns are accepted for {v} days.",
            "Okay, if it doesn't work out, you have {v} days to return it.",
            "Just so you know, we take returns within {v} days.",
            "Sure — the return period here is {v} days.",
        ],
        "ru": [
            "Итак, по возврату: у вас есть {v} {dw}, чтобы вернуть товар.",
            "Значит, так: на возврат у нас {v} {dw}.",
            "Здравствуйте! Уточнила: вернуть покупку можно в течение {v} {dwg}.",
            "Секундочку… Срок возврата у нас — {v} {dw}.",
            "Так, если не подойдёт, товар можно вернуть в течение {v} {dwg}.",
            "Возврат принимаем в течение {v} {dwg}, если что.",
            "Если передумаете — есть {v} {dw} на возврат.",
        ],
        "zh": [
            "好嘞，退货的话，{v}天内都可以退。",
            "我看一下哈，我们这边退货期限是{v}天。",
            "嗯，{v}天之内可以申请退货。",
            "宝宝们放心，咱家支持{v}天退货。",
            "这边跟您说一下，退货窗口一共{v}天。",
            "不合适的话，{v}天内可以寄回来退。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Alright, once we receive the return, your refund takes {v} to {v2} business days.",
            "So, after we receive the return, the refund goes through in {v}–{v2} business days.",
            "refunds take {v}-{v2} business days after we receive the return btw.",
            "Let's see — the refund lands {v} to {v2} business days after we receive the return.",
            "Okay, after we receive the return, give it {v}–{v2} business days for the refund.",
            "Just so you know, refunds are processed {v} to {v2} business days after we receive the return.",
            "Once we've received the return, the refund comes through in {v}–{v2} business days.",
        ],
        "ru": [
            "Итак, после того как мы получим возврат, деньги придут за {v}–{v2} рабочих {dw2}.",
            "Значит, так: когда возврат придёт к нам, деньги вернём за {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Уточнила: деньги возвращаются через {v}–{v2} рабочих {dw2} после получения нами возврата.",
            "Секундочку… Возврат средств — {v}–{v2} рабочих {dw2} после того, как мы получим товар обратно.",
            "Так, как только возврат поступит к нам, на перевод денег уходит {v}–{v2} рабочих {dw2}.",
            "После получения нами возврата деньги приходят за {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "好嘞，我们收到退货后，{v}到{v2}个工作日给您退款。",
            "我看一下哈，退款是在我们收到退货之后{v}–{v2}个工作日到账。",
            "嗯，收到您的退货以后，{v}-{v2}个工作日内退款。",
            "宝宝们注意哈，退款要等我们收到退货后{v}到{v2}个工作日。",
            "这边跟您说一下，我们收到退回的商品后，退款需要{v}–{v2}个工作日。",
            "退货到了我们这边以后，再过{v}到{v2}个工作日钱就退回去了。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Alright, heads up — if it's opened and not faulty, there's a {v}% restocking fee.",
            "So, an opened item that isn't faulty gets a {v} percent restocking fee.",
            "fyi opened stuff that isn't faulty has a {v}% restocking fee.",
            "Let's see — returning something opened and not faulty means a {v}% restocking fee.",
            "Okay, for opened items that aren't faulty, we charge a {v} percent restocking fee.",
            "Just so you know, there's a {v}% restocking fee on returns that are opened but not faulty.",
            "Sure — the restocking fee is {v}%, and that's for items that were opened and aren't faulty.",
        ],
        "ru": [
            "Итак, если товар вскрыт и исправен, при возврате удерживаем {v}%.",
            "Значит, так: за возврат вскрытого товара без неисправностей берётся сбор {v}%.",
            "Здравствуйте! Уточнила: если упаковку вскрыли, а товар не бракованный, удержание составит {v}%.",
            "Секундочку… Сбор за возврат — {v}%, он берётся, если товар открыт и исправен.",
            "Так, вскрытый и исправный товар вернуть можно, но с удержанием {v}%.",
            "Если товар открыт, но с ним всё в порядке, при возврате удержим {v}%.",
        ],
        "zh": [
            "好嘞，拆封了又没有质量问题的话，退货要扣{v}%的手续费。",
            "我看一下哈，已拆封且无故障的商品退货，收{v}%的上架费。",
            "嗯，拆开了但东西没坏的，退的时候扣百分之{v}。",
            "宝宝们注意，拆封后没有质量问题的退货，会收{v}%的费用。",
            "这边跟您说一下，商品拆了封、也不是故障的，退货手续费是{v}%。",
            "开封过、没有故障的商品要退的话，扣{v}%手续费。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Alright, standard shipping is {m}.",
            "So, standard shipping will run you {m}.",
            "standard shipping's {m} btw.",
            "Let's see — for standard shipping, it's {m}.",
            "Okay, the standard shipping fee comes to {m}.",
            "If you go with standard shipping, that's {m}.",
            "Mm-hm, standard delivery costs {m}.",
        ],
        "ru": [
            "Итак, за стандартную доставку — {m}.",
            "Значит, так: стандартная доставка выйдет в {m}.",
            "Здравствуйте! Уточнила: стоимость стандартной доставки — {m}.",
            "Секундочку… Стандартная доставка — это {m}.",
            "Так, если выбираете стандартную доставку, платите {m}.",
            "По стандартной доставке цена {m}.",
        ],
        "zh": [
            "好嘞，标准配送运费是{m}。",
            "我看一下哈，普通快递收{m}。",
            "嗯，走标准配送的话是{m}。",
            "宝宝们，标准快递运费{m}哈。",
            "这边跟您说一下，标准配送要{m}。",
            "选标准配送的话，运费是{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Alright, shipping's free once your order is over {m}.",
            "So, if your order's over {m}, you don't pay for shipping.",
            "free shipping over {m} btw.",
            "Let's see — orders above {m} ship free.",
            "Okay, go over {m} and the shipping's free.",
            "Just so you know, any order over {m} gets free shipping.",
            "Mm-hm, we ship for free on orders over {m}.",
        ],
        "ru": [
            "Итак, если заказ больше {m}, доставка бесплатная.",
            "Значит, так: при сумме заказа свыше {m} доставляем бесплатно.",
            "Здравствуйте! Уточнила: на заказы дороже {m} доставка бесплатная.",
            "Секундочку… Бесплатная доставка — для заказов на сумму больше {m}.",
            "Так, наберёте заказ больше чем на {m} — доставка за наш счёт.",
            "Доставка бесплатная, если заказ превышает {m}.",
        ],
        "zh": [
            "好嘞，订单金额只要超过{m}，运费就免了。",
            "我看一下哈，单笔订单超过{m}免运费。",
            "嗯，买满{m}就给您包邮。",
            "家人们，订单过了{m}就包邮哈。",
            "这边跟您说一下，订单高于{m}不收运费。",
            "超过{m}的订单，运费我们出。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Alright, standard shipping takes {v} to {v2} business days.",
            "So, with standard shipping, you're looking at {v}–{v2} business days.",
            "standard shipping is {v}-{v2} business days btw.",
            "Let's see — standard delivery is {v} to {v2} business days.",
            "Okay, if you pick standard shipping, plan on {v}–{v2} business days.",
            "Mm-hm, standard shipping gets there in {v} to {v2} business days.",
        ],
        "ru": [
            "Итак, стандартная доставка идёт {v}–{v2} рабочих {dw2}.",
            "Значит, так: стандартная доставка занимает у нас {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Уточнила: при стандартной доставке срок {v}–{v2} рабочих {dw2}.",
            "Секундочку… Стандартная доставка — это {v}–{v2} рабочих {dw2}.",
            "Так, если стандартная доставка, то ждать {v}–{v2} рабочих {dw2}.",
            "Стандартной доставкой везём {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "好嘞，标准配送要{v}到{v2}个工作日。",
            "我看一下哈，普通快递{v}–{v2}个工作日能到。",
            "嗯，选标准配送的话，{v}-{v2}个工作日送到。",
            "宝宝们，标准快递一般{v}到{v2}个工作日到手。",
            "这边跟您说一下，标准配送的时效是{v}–{v2}个工作日。",
            "标准配送路上要走{v}到{v2}个工作日。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Alright, express shipping is {m}.",
            "So, express shipping will run you {m}.",
            "express shipping's {m} btw.",
            "Let's see — for express shipping, it's {m}.",
            "Okay, the express shipping fee comes to {m}.",
            "If you go with express shipping, that's {m}.",
            "Mm-hm, express delivery costs {m}.",
        ],
        "ru": [
            "Итак, за экспресс-доставку — {m}.",
            "Значит, так: экспресс-доставка выйдет в {m}.",
            "Здравствуйте! Уточнила: стоимость экспресс-доставки — {m}.",
            "Секундочку… Экспресс-доставка — это {m}.",
            "Так, если выбираете экспресс-доставку, платите {m}.",
            "По экспресс-доставке цена {m}.",
        ],
        "zh": [
            "好嘞，加急配送运费是{m}。",
            "我看一下哈，加急快递收{m}。",
            "嗯，走加急配送的话是{m}。",
            "宝宝们，加急快递运费{m}哈。",
            "这边跟您说一下，加急配送要{m}。",
            "选加急配送的话，运费是{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Alright, express shipping takes {v} to {v2} business days.",
            "So, with express shipping, you're looking at {v}–{v2} business days.",
            "express shipping is {v}-{v2} business days btw.",
            "Let's see — express delivery is {v} to {v2} business days.",
            "Okay, if you pick express shipping, plan on {v}–{v2} business days.",
            "Mm-hm, express shipping gets there in {v} to {v2} business days.",
        ],
        "ru": [
            "Итак, экспресс-доставка идёт {v}–{v2} рабочих {dw2}.",
            "Значит, так: экспресс-доставка занимает у нас {v}–{v2} рабочих {dw2}.",
            "Здравствуйте! Уточнила: при экспресс-доставке срок {v}–{v2} рабочих {dw2}.",
            "Секундочку… Экспресс-доставка — это {v}–{v2} рабочих {dw2}.",
            "Так, если экспресс-доставка, то ждать {v}–{v2} рабочих {dw2}.",
            "Экспресс-доставкой везём {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "好嘞，加急配送要{v}到{v2}个工作日。",
            "我看一下哈，加急快递{v}–{v2}个工作日能到。",
            "嗯，选加急配送的话，{v}-{v2}个工作日送到。",
            "宝宝们，加急快递一般{v}到{v2}个工作日到手。",
            "这边跟您说一下，加急配送的时效是{v}–{v2}个工作日。",
            "加急配送路上要走{v}到{v2}个工作日。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Alright, our warranty is {v} months.",
            "So, you get a {v}-month warranty with us.",
            "warranty's {v} months btw.",
            "Let's see — warranty coverage runs {v} months.",
            "Okay, the warranty period here is {v} months.",
            "Just so you know, our warranty covers {v} months.",
            "Sure — it's a {v}-month warranty under our policy.",
        ],
        "ru": [
            "Итак, гарантия у нас — {v} {mw}.",
            "Значит, так: гарантийный срок {v} {mw}.",
            "Здравствуйте! Уточнила: гарантия составляет {v} {mw}.",
            "Секундочку… По гарантии у нас {v} {mw}.",
            "Так, гарантийный период — {v} {mw}.",
            "Гарантию даём на {v} {mw}.",
        ],
        "zh": [
            "好嘞，保修是{v}个月。",
            "我看一下哈，质保期{v}个月。",
            "嗯，我们这边保修{v}个月。",
            "宝宝们放心，质保{v}个月。",
            "这边跟您说一下，保修期一共{v}个月。",
            "售后这块，保修时长是{v}个月。",
        ],
    },
}

# Order states as spoken predicates after the order reference (a masculine nominative «заказ» in Russian). Each is
# true of its own state only: a paid order has not left the warehouse, a shipped one has not arrived.
FRESH9_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "is still waiting on payment, so nothing's been processed yet",
            "hasn't been paid for yet — it stays pending until the payment goes through",
            "is pending; we haven't received the payment for it",
            "is sitting unpaid for now, so it's on hold",
        ],
        "paid": [
            "is paid for and getting packed up, but it hasn't shipped yet",
            "has been paid, and it's still at our warehouse being prepared",
            "is paid — it hasn't left us yet, we're getting it ready",
            "is all paid up and still with us; it hasn't gone to a carrier yet",
        ],
        "shipped": [
            "has shipped and is on its way, though it hasn't been delivered yet",
            "is out the door and with the carrier, headed your way",
            "has been sent out — it's in transit right now",
            "left our warehouse and is with the courier, still on the way",
        ],
        "delivered": [
            "has been delivered — it's marked as dropped off",
            "got delivered, so it should be with you",
            "shows as dropped off at your door, delivery complete",
            "arrived and is marked delivered",
        ],
        "returned": [
            "came back to us — it's been returned",
            "is marked as returned, and we've got it back",
            "has been returned to our warehouse",
            "was sent back to us and shows as returned",
        ],
        "cancelled": [
            "got cancelled, so nothing's going out for it",
            "is cancelled — it won't ship",
            "was cancelled and is closed now",
            "shows as cancelled",
        ],
    },
    "ru": {
        "pending": [
            "пока не оплачен, ждём оплату",
            "ещё ждёт оплаты, в работу не ушёл",
            "висит без оплаты — оплата пока не поступила",
        ],
        "paid": [
            "оплачен, сейчас собираем — со склада он ещё не уехал",
            "оплачен, пока у нас на складе, готовим к отправке",
            "оплачен и ждёт отправки, перевозчику ещё не передан",
        ],
        "shipped": [
            "уже едет к вам: он отправлен, но ещё не доставлен",
            "отправлен и сейчас в дороге",
            "ушёл со склада, сейчас в пути у перевозчика",
        ],
        "delivered": [
            "доставлен, отметка о вручении есть",
            "доставлен, его уже привезли",
            "уже у вас — доставка отмечена как завершённая",
        ],
        "returned": [
            "вернулся к нам на склад, возврат принят",
            "возвращён, товар уже у нас на складе",
            "оформлен как возвращённый, посылка пришла обратно",
        ],
        "cancelled": [
            "отменили, отправлять его не будем",
            "отменён и уже закрыт",
            "аннулирован, никуда не поедет",
        ],
    },
    "zh": {
        "pending": [
            "还没付款哈，在等您付款",
            "还在待付款状态呢",
            "这边还没收到付款，暂时没开始处理",
        ],
        "paid": [
            "已经付过款了，正在仓库打包，还没发出去",
            "付款收到啦，还在备货，没发货呢",
            "已付款，包裹还在仓库没出库",
        ],
        "shipped": [
            "已经发出去啦，在路上了，还没送到",
            "已经发货了，快递正在运输中",
            "出库了，正在往您那边送",
        ],
        "delivered": [
            "已经送到啦，显示签收了",
            "已经签收完成啦",
            "已经妥投，包裹送到了",
        ],
        "returned": [
            "已经退回来了，我们这边收到退货了",
            "退货已完成，商品回到仓库了",
            "显示已退回，退货已经入库",
        ],
        "cancelled": [
            "已经取消了，不会发货",
            "被取消了哈，这单不发了",
            "已取消，订单关闭了",
        ],
    },
}

# Store-currency (USD) money as it is said. {a}: the amount in figures, the language's way; {dc}: units and cents in
# figures and words ("49 dollars and 99 cents", «49 долларов 99 центов», 49美元99美分); {dc_bare}: the same without
# "and" ("49 dollars 99 cents"); {words}: all in words ("forty-nine dollars ninety-nine cents"). A whole amount drops
# its cents in the spoken forms ("50 dollars", 50美元). Russian figures always keep their kopeck part («50,00»), so
# «доллара» (the genitive singular a fraction takes) is right after every {a}.
FRESH9_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "{dc}", "{a} dollars", "{dc_bare}", "{words}"],
    "ru": ["{a} доллара", "{dc}", "${a}", "{a} $"],
    "zh": ["{a}美元", "{dc}", "${a}"],
}
# The same amounts in another currency: a planted error whatever the number. {w} and {c}: whole units and cents of a
# spoken form ("49 euros and 99 cents"); a whole amount cuts the format before {c}. {rub}, {kop}, {cent}: the Russian
# words agreeing with {w} and {c}.
FRESH9_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": [
        "{a} euros",
        "£{a}",
        "{a} Canadian dollars",
        "{w} euros and {c} cents",
        "{a} yuan",
        "{w} pounds {c}",
        "€{a}",
        "{a} Mexican pesos",
    ],
    "ru": [
        "{a} рубля",
        "{w} {rub} {c} {kop}",
        "{a} евро",
        "{w} евро {c} {cent}",
        "{a} юаня",
        "{a} тенге",
        "{a} канадского доллара",
        "€{a}",
    ],
    "zh": ["人民币{a}元", "{a}元人民币", "{a}欧元", "{w}欧元{c}欧分", "{a}日元", "{a}英镑", "{a}港币", "{a}加元"],
}
# Spoken dates, every one with its year and none with a numeric day/month order. Russian dates are in the genitive
# that follows a verb («доставили третьего ноября 2026 года»); the weekday after «в/во».
FRESH9_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{weekday}, the {d_th} of {month} {y}",
        "{month} the {d_word}, {y}",
        "the {d_word} of {month}, {y}",
        "{weekday}, {month} {d_word}, {y}",
        "{weekday} the {d_th} of {month}, {y}",
        "{month} {d_th}, {y}",
    ],
    "ru": [
        "{d} {month_ru} {y} года, {wd_ru_acc}",
        "{wd_ru_acc}, {d} {month_ru} {y} года",
        "{d_gen_ru} {month_ru} {y} года",
        "{d} {month_ru} {y} года",
        "{d} {month_ru} {y}-го",
        "{wd_ru_acc}, {d_gen_ru} {month_ru} {y} года",
    ],
    "zh": [
        "{y}年{m}月{d}号",
        "{y}年{m}月{d}号周{wd_zh}",
        "{y}年{m}月{d}号（礼拜{wd_zh}）",
        "{y}年的{m}月{d}号",
        "{zh_y}年{zh_m}月{zh_d}号",
        "{y}年{m}月{d}日",
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
_ZH_DIGITS = "〇一二三四五六七八九"


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH9_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH9_STATES, state, language, rng)


def _spoken_money(value: Decimal, language: str, fmt: str, rng: random.Random) -> str:
    """The spoken forms of a store-currency amount: {dc}, {dc_bare} and {words} (see FRESH9_MONEY_FORMATS). An amount
    under one dollar is said in cents alone ("99 cents", «99 центов», 99美分)."""
    whole, cents = _parts(value)
    if language == "ru":
        cents_text = f"{cents} {_ru_plural(cents, 'цент', 'цента', 'центов')}"
        if not whole:
            return cents_text
        text = f"{_grouped(whole, language, rng)} {_ru_plural(whole, 'доллар', 'доллара', 'долларов')}"
        return text if not cents else f"{text} {cents_text}"
    if language == "zh":
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
    if not cents:
        return text
    joint = " and " if fmt == "{dc}" else " "
    return f"{text}{joint}{cents_text}"


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH9_MONEY_FORMATS[language])
    if fmt in ("{dc}", "{dc_bare}", "{words}"):
        return _spoken_money(value, language, fmt, rng)
    return fmt.format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    fmt = rng.choice(FRESH9_OTHER_CURRENCY[language])
    whole, cents = _parts(value)
    if whole == 0 and "{w}" in fmt:
        fmt = FRESH9_OTHER_CURRENCY[language][0]
    elif cents == 0 and "{c}" in fmt:
        fmt = fmt[: fmt.index("{c}")].removesuffix(" and ").rstrip()
    return fmt.format(
        a=_amount(value, language, rng),
        w=_grouped(whole, language, rng),
        c=cents,
        rub=_ru_plural(whole, "рубль", "рубля", "рублей"),
        kop=_ru_plural(cents, "копейка", "копейки", "копеек"),
        cent=_ru_plural(cents, "цент", "цента", "центов"),
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


def _zh_number(n: int) -> str:
    """1..31 in Chinese numerals, as said in a date: 三, 十, 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _ZH_DIGITS[ones]
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十{_ZH_DIGITS[ones] if ones else ''}"


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH9_DATE_FORMATS[language])
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
        wd_ru_acc=_ru_weekday_accusative(day.weekday()),
        wd_zh=ZH_WEEKDAYS[day.weekday()],
        zh_y="".join(_ZH_DIGITS[int(c)] for c in str(day.year)),
        zh_m=_zh_number(day.month),
        zh_d=_zh_number(day.day),
    )


__all__ = [
    "FRESH9",
    "FRESH9_DATE_FORMATS",
    "FRESH9_MONEY_FORMATS",
    "FRESH9_OTHER_CURRENCY",
    "FRESH9_PATTERNS",
    "FRESH9_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
