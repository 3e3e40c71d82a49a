"""An eighth fresh split for the grounding eval, held out: spoken and selling voices.

This split is HELD-OUT: the people tuning the verifier see only its aggregate figures, never its misses or its cases.
It was written by a helper who did not read the verifier or its tests (nothing under ``agent/``, ``knowledge/``,
``tools/`` or ``tests/``), nor the eval's case builder, scorer and checker (``evals.grounding``,
``evals.grounding_cases``, ``evals.grounding_score``, ``evals.grounding_checker``), nor the blind fifth and seventh
fresh splits (``evals.grounding_fresh5``, ``evals.grounding_fresh7``). It read only ``evals.grounding_wording``,
``evals.grounding_calendar`` and the fresh 2, 3, 4 and 6 splits, for the placeholders, claim keys, structure and
correctness rules, and so as not to repeat their wordings.

The register is spoken and selling talk, which none of the earlier splits uses: (a) a voice kiosk in a store reading
the answer aloud, in short sentences with contractions ("Okay, so the X is ...", "Right, the X — that one's ...",
«Так, значит, ...», «Смотрите: ...», 好的，这款...); (b) an in-store salesperson offering or comparing products while
stating the figure ("You could go with the X for ..., or there's the Y for ...", «Могу предложить ...», 推荐您看看...);
(c) a Chinese live-stream host (家人们、宝子们、直接拍、库存只有N件了、手慢无) and a Russian marketplace seller in chat
(«Добрый день! По «X»: ...»); (d) English casual texting ("yep, X's $49.99", "got 12 left"). Hype words never add a
claim: no "best price", discounts, ratings or bestsellers, and no comparison ("lighter", "cheaper") that the figures
do not back. Money is spoken with a currency marker: "$49.99", "49 dollars 99", "forty-nine dollars and ninety-nine
cents", «49 долларов 99 центов», «сорок девять долларов» (whole amounts only), "49美元99美分", "49.99美元". Dates are
spoken with their year: "Tuesday the 3rd of November, 2026", "November third, 2026", «третьего ноября 2026 года»,
«3 ноября 2026-го», 2026年11月3号, and 二〇二六年十一月三日 in one format.

Correctness rules, as for the earlier fresh splits: each sentence names the product, order or policy its figures
belong to; every date carries its year, is unambiguous (no numeric day/month order to swap) and has no "by",
"around", «до» or 之前 near it; the return window is not tied to delivery or purchase; the restocking fee keeps its
"opened and not faulty" condition; the refund time keeps "after we receive the return"; an order-state phrase says
only what is true of that state (a shipped order has not arrived, a paid one has not left); a stock count is the
available quantity; no sentence adds a claim (rating, discount, promise, other figure) its placeholders do not back;
money in another currency is plainly that currency.

The functions have the signatures of their namesakes in ``evals.grounding_wording``; the split's constant is
``FRESH8``. Pattern ids are ``<claim>.<language>.y<i>``.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from evals.grounding_calendar import (
    EN_MONTHS,
    EN_SMALL,
    EN_TENS,
    EN_WEEKDAYS,
    RU_MONTHS,
    RU_WEEKDAYS,
    ZH_WEEKDAYS,
    en_suffixed,
)
from evals.grounding_wording import phrase_from, pick_from

FRESH8 = "held-out (fresh 8)"
_TAG = "y"

# claim -> language -> patterns; the placeholders are those of evals.grounding_wording (see grounding_fresh2.py).
# Russian: a product name stands in «» and nothing agrees with it in gender (predicates are «стоит», «есть в
# наличии», or agree with «товар»); counts are «N шт.», so no noun has to agree with {qty} or {count}. The order
# reference is a masculine noun phrase headed by «заказ» and is the subject of every sentence; dates are adverbial
# («оформлен третьего ноября 2026 года»), so no pattern puts a preposition before {date}; ranges are «{v}–{v2}
# рабочих {dw2}» in the nominative/accusative, where {dw2} agrees with {v2}. No pattern puts punctuation right
# after {ref}/{ref_low}, because a reference may end in a comma or a dash.
FRESH8_PATTERNS: dict[str, dict[str, list[str]]] = {
    # -- products --------------------------------------------------------------------------------------------------
    "P": {
        "en": [
            "Okay, so the {name} is {price}.",
            "Right, the {name} — that one's {price}.",
            "yep, {name}'s {price}",
            "Sure — the {name} rings up at {price}.",
            "Can I point you to the {name}? It's {price}.",
            "That'd be {price} for the {name}.",
            "If you're looking at the {name}, you'd be paying {price} for it.",
            "the {name} is {price} btw",
        ],
        "ru": [
            "Так, значит, «{name}» стоит {price}.",
            "Смотрите: «{name}» — {price}.",
            "Могу предложить «{name}» — всего {price}.",
            "Добрый день! По «{name}»: цена {price}.",
            "За «{name}» на кассе будет {price}.",
            "Ага, «{name}» у нас идёт по {price}.",
            "Если присматриваетесь к «{name}» — цена {price}.",
        ],
        "zh": [
            "好的，这款{name}是{price}。",
            "推荐您看看{name}，才{price}。",
            "家人们，{name}，{price}，直接拍！",
            "宝子们看过来，这个{name}，{price}一件。",
            "您看的这款{name}，结账是{price}。",
            "{name}的话，价格是{price}哈。",
            "跟您报个价，{name}是{price}。",
        ],
    },
    "PQ": {
        "en": [
            "Okay, so the {name} is {price}, and we've got {qty} left.",
            "yep, {name}'s {price} — got {qty} left",
            "Right, the {name} — that's {price} each, with {qty} available right now.",
            "The {name}'s {price}, and I can see {qty} of them in stock.",
            "If the {name} works for you, it's {price}, and there's {qty} available.",
            "{qty} left of the {name}, {price} each",
            "So for the {name}, you're looking at {price}, with {qty} in stock.",
        ],
        "ru": [
            "Так, значит: «{name}» — {price}, в наличии {qty} шт.",
            "Добрый день! По «{name}»: цена {price}, на складе сейчас {qty} шт.",
            "Смотрите: «{name}» стоит {price}, доступно сейчас {qty} шт.",
            "Могу предложить «{name}» за {price} — таких сейчас в наличии {qty} шт.",
            "Ага, «{name}»: {price} за штуку, на складе {qty} шт.",
            "По «{name}» так: цена {price}, остаток {qty} шт.",
            "Слушайте, «{name}» — {price}, и на складе ещё {qty} шт.",
        ],
        "zh": [
            "好的，这款{name}卖{price}，现在还有{qty}件。",
            "家人们，{name}，{price}一件，库存只有{qty}件了，手慢无！",
            "宝子们，{name}还剩{qty}件，{price}，直接拍就行。",
            "推荐您看看{name}，{price}，店里现在有{qty}件。",
            "{name}的话，单价{price}，可以买的还有{qty}件。",
            "跟您说下，{name}是{price}，库存{qty}件。",
            "您要的{name}，{price}，现在能买的还剩{qty}件。",
        ],
    },
    "PI": {
        "en": [
            "Okay, so the {name} is {price}, and it's in stock.",
            "yep, {name}'s in stock, {price}",
            "Sure thing — the {name} is in stock right now at {price}.",
            "The {name}? We've got it in stock, and it's {price}.",
            "If you want another option, the {name} is in stock and it's {price}.",
            "Right, the {name} — in stock, {price}.",
            "We do have the {name} in stock, and it's {price}.",
        ],
        "ru": [
            "Так, значит, «{name}» есть в наличии, цена {price}.",
            "Добрый день! «{name}» в наличии, стоимость {price}.",
            "Могу предложить «{name}» — есть в наличии, {price}.",
            "Смотрите: «{name}» на складе есть, стоит {price}.",
            "Ага, «{name}» в наличии, по цене {price}.",
            "«{name}» сейчас есть в наличии, цена — {price}, можно сразу оформлять.",
            "Слушайте, «{name}» есть на складе, стоимость — {price}.",
        ],
        "zh": [
            "好的，{name}有货，价格{price}。",
            "家人们，{name}现货，{price}，直接拍！",
            "推荐您看看{name}，有现货，{price}。",
            "宝子们，{name}有库存的，{price}一件。",
            "{name}这款我们有货，您要的话是{price}。",
            "跟您说一下，{name}现在有货，卖{price}。",
            "给您播报一下，这款{name}现在就有，{price}。",
        ],
    },
    "PO": {
        "en": [
            "Okay, so the {name} is {price}, but it's out of stock right now.",
            "ah, {name}'s {price} but we're out of it atm",
            "Sorry — the {name} is {price}, but we've sold out for now.",
            "The {name}? That's {price}, but there's none in stock at the moment.",
            "Right, the {name} — {price}, only it's out of stock today.",
            "I'd love to sell you the {name} at {price}, but it's out of stock right now.",
            "So the {name} — that's {price} — is out of stock for now, sorry.",
        ],
        "ru": [
            "Так, значит, «{name}» стоит {price}, но в наличии сейчас нет.",
            "Добрый день! По «{name}»: цена {price}, но товар закончился.",
            "Смотрите: «{name}» — {price}, только на складе сейчас пусто.",
            "К сожалению, «{name}» за {price} сейчас не в наличии.",
            "«{name}» у нас стоит {price}, но сейчас всё распродано.",
            "Ага, «{name}» — {price}, но, увы, сейчас нет на складе.",
            "Слушайте, по «{name}»: {price}, но на складе сейчас ноль.",
        ],
        "zh": [
            "好的，{name}是{price}，不过现在缺货了。",
            "家人们，{name}，就是{price}的那款，已经没货了哈。",
            "抱歉，{name}卖{price}，可惜暂时断货了。",
            "宝子们，{name}是{price}，已经卖空了，现在拍不了。",
            "{name}的价格是{price}，但是目前没有库存。",
            "跟您说下，{name}是{price}，现在没货。",
            "不好意思，{name}售价是{price}，目前暂时没货。",
        ],
    },
    "Q": {
        "en": [
            "Okay, so we've got {qty} of the {name} left.",
            "got {qty} left of the {name}",
            "The {name}? We've got {qty} in stock.",
            "Let me check... yep, {qty} of the {name} available.",
            "Stock-wise, the {name} is at {qty}.",
            "Good news, we still have {qty} of the {name}.",
            "For the {name}, I'm seeing {qty} in stock.",
        ],
        "ru": [
            "Так, значит, «{name}» в наличии {qty} шт.",
            "Смотрите: товара «{name}» осталось {qty} шт.",
            "Добрый день! По «{name}»: на складе {qty} шт.",
            "Ага, «{name}» — остаток {qty} шт.",
            "Глянул склад: «{name}» — {qty} шт. в наличии.",
            "По наличию: товара «{name}» сейчас {qty} шт.",
            "Слушайте, «{name}» сейчас в наличии — {qty} шт.",
        ],
        "zh": [
            "好的，{name}现在还有{qty}件。",
            "家人们，{name}库存只有{qty}件了，手慢无！",
            "宝子们，{name}就剩{qty}件了，要的抓紧拍。",
            "帮您看了下库存，{name}有{qty}件。",
            "{name}这边可以买的有{qty}件。",
            "跟您说一下，{name}库存是{qty}件。",
            "给您播报一下库存：{name}，{qty}件。",
        ],
    },
    "I": {
        "en": [
            "Okay, so the {name} is in stock.",
            "yep, {name}'s in stock",
            "We do have the {name} — it's in stock.",
            "The {name}? Yes, that one's in stock.",
            "Right, the {name} — that's in stock right now.",
            "Let me check the {name}... yes, it's in stock.",
            "{name}'s in stock, you're good",
        ],
        "ru": [
            "Так, значит, «{name}» есть в наличии.",
            "Смотрите: «{name}» на складе есть.",
            "Добрый день! «{name}» в наличии, можно заказывать.",
            "Ага, «{name}» сейчас есть в наличии.",
            "Могу предложить «{name}» — как раз есть в наличии.",
            "Проверила — «{name}» в наличии.",
            "Слушайте, «{name}» есть, можно брать.",
        ],
        "zh": [
            "好的，{name}有货。",
            "家人们，{name}有现货，直接拍！",
            "宝子们，{name}有库存，放心拍。",
            "推荐您看看{name}，现在就有货。",
            "{name}这款有货的，您放心。",
            "帮您看了，{name}是有库存的。",
            "您听我说，{name}有货。",
        ],
    },
    "O": {
        "en": [
            "Okay, so the {name} is out of stock right now.",
            "ah sorry, {name}'s sold out",
            "The {name}? Afraid we're out of that one at the moment.",
            "Right, the {name} — that's sold out for now.",
            "We've sold out of the {name}, sorry about that.",
            "Let me check the {name}... no, it's out of stock.",
            "nope, {name}'s out of stock rn",
        ],
        "ru": [
            "Так, значит, товара «{name}» сейчас нет в наличии.",
            "Смотрите: по «{name}», к сожалению, пусто — всё раскупили.",
            "Добрый день! По «{name}»: сейчас нет в наличии.",
            "Увы, товар «{name}» сейчас распродан.",
            "Проверила — товара «{name}» на складе нет.",
            "Ага, «{name}» — сейчас нет в наличии, к сожалению.",
            "Слушайте, с «{name}» сейчас пусто, в наличии нет.",
        ],
        "zh": [
            "好的，{name}现在缺货。",
            "家人们，{name}已经卖空了，暂时拍不了哈。",
            "宝子们，{name}断货了，先别拍。",
            "不好意思，{name}目前没货了。",
            "{name}这款现在没有库存。",
            "帮您看了，{name}暂时缺货。",
            "您听我说，{name}目前缺货。",
        ],
    },
    "S": {
        "en": [
            "Okay, so the {name} does come in a {size}.",
            "yep, {name} comes in {size}",
            "The {name}? We carry it in size {size}.",
            "Right, the {name} — size {size} is one of the options.",
            "Good news if you're a {size} — the {name} comes in that size.",
            "Size {size}? Sure, the {name} comes in that.",
            "got the {name} in {size}, yep",
        ],
        "ru": [
            "Так, значит, у «{name}» есть размер {size}.",
            "Смотрите: среди размеров «{name}» есть {size}.",
            "Добрый день! По «{name}»: размер {size} есть в сетке.",
            "Могу предложить «{name}» в размере {size}.",
            "Ага, размер {size} у «{name}» есть.",
            "Вам {size}? У «{name}» такой размер есть.",
            "Слушайте, «{name}» есть в размере {size}.",
        ],
        "zh": [
            "好的，{name}有{size}码。",
            "宝子们，{name}有{size}码的，拍的时候选一下。",
            "家人们，{name}也有{size}码哦。",
            "推荐您看看{name}，有{size}码。",
            "您穿{size}码的话，{name}有这个码。",
            "{name}这款{size}码是有的。",
            "给您播报一下，{name}有{size}码。",
        ],
    },
    "C": {
        "en": [
            "Okay, so the {name} comes in {colour}.",
            "yep, {name}'s {colour}",
            "The {name}? That one's {colour}.",
            "Right, the {name} — colour's {colour}.",
            "Just so you know, the colour on the {name} is {colour}.",
            "Colour-wise, the {name} is {colour}.",
            "the {name} is {colour} btw",
        ],
        "ru": [
            "Так, значит, «{name}» — цвет {colour}.",
            "Смотрите: цвет у «{name}» — {colour}.",
            "Добрый день! По «{name}»: цвет — {colour}.",
            "Могу предложить «{name}» в цвете «{colour}».",
            "Ага, «{name}» идёт в цвете «{colour}».",
            "По цвету у «{name}» — {colour}.",
            "Слушайте, у «{name}» цвет {colour}.",
        ],
        "zh": [
            "好的，这款{name}颜色是{colour}。",
            "家人们，{name}是{colour}款，看清楚再拍。",
            "宝子们，{name}的颜色是{colour}哈。",
            "推荐您看看{name}，{colour}的。",
            "{name}这款，颜色是{colour}。",
            "跟您说下，{name}的颜色是{colour}。",
            "您听我说，{name}是{colour}的。",
        ],
    },
    # two products in one sentence: a salesperson offering or comparing, never saying which is better
    "PP": {
        "en": [
            "Okay, so the {name} is {price}, and the {name2} is {price2}.",
            "If you want another option, the {name2} is {price2}; the {name} you're looking at is {price}.",
            "{name}'s {price}, {name2}'s {price2}",
            "Right, two options: the {name} at {price}, or the {name2} at {price2}.",
            "You could go with the {name} for {price}, or there's the {name2} for {price2}.",
            "Side by side — the {name} is {price} and the {name2} runs {price2}.",
            "Got two for you: the {name} is {price}, and the {name2} is {price2}.",
        ],
        "ru": [
            "Так, значит: «{name}» — {price}, а «{name2}» — {price2}.",
            "Могу предложить два варианта: «{name}» за {price} или «{name2}» за {price2}.",
            "Смотрите: «{name}» стоит {price}, «{name2}» — {price2}.",
            "Добрый день! По ценам: «{name}» — {price}, «{name2}» — {price2}.",
            "Если хотите альтернативу, «{name2}» стоит {price2}, а «{name}» — {price}.",
            "Ага, «{name}» у нас по {price}, «{name2}» — по {price2}.",
            "Слушайте, есть «{name}» за {price}, а есть «{name2}» за {price2}.",
        ],
        "zh": [
            "好的，{name}是{price}，{name2}是{price2}。",
            "推荐您对比一下：{name}的价格是{price}，{name2}的价格是{price2}。",
            "家人们，{name}是{price}，{name2}是{price2}，按需求拍。",
            "如果想换一款，{name2}是{price2}，您看的{name}是{price}。",
            "宝子们，{name}卖{price}，{name2}卖{price2}，自己挑哈。",
            "这两款我跟您说下价格：{name}是{price}，{name2}是{price2}。",
            "给您播报一下：{name}，{price}；{name2}，{price2}。",
        ],
    },
    "count": {
        "en": [
            "Okay, so I've got {count} options for you.",
            "Alright, {count} things came up — let me go through them.",
            "found {count} that match",
            "There are {count} that fit what you're after; here goes:",
            "So, {count} products match. Here they are:",
            "Let me read you the {count} matches:",
            "Got {count} that fit — want me to run through them?",
        ],
        "ru": [
            "Так, значит, подходящих вариантов — {count}.",
            "Смотрите, под ваш запрос подходит позиций: {count}.",
            "Добрый день! Подобрали для вас варианты, всего {count}:",
            "Сейчас зачитаю, что нашлось, — вариантов {count}.",
            "Могу предложить вот что — всего {count} поз.:",
            "Ага, нашлось {count} шт. — перечисляю:",
            "Слушайте, нашлось вариантов: {count}.",
        ],
        "zh": [
            "好的，帮您找到{count}款。",
            "家人们，符合要求的一共{count}款，一个一个给大家看。",
            "宝子们，搜出来{count}款，下面挨个说。",
            "找到的有{count}款，我给您念一下：",
            "能选的一共{count}个，我一个一个跟您说。",
            "跟您说一下，找到了{count}款合适的。",
            "好的，一共{count}款，您听一下。",
        ],
    },
    # -- orders ----------------------------------------------------------------------------------------------------
    # The reference is the subject of every sentence it appears in (nominative, masculine «заказ» in Russian).
    "ref": {
        "en": [
            "Your order, number {n},",
            "Order number {n}",
            "Order {n} that you asked about",
            "Your order — number {n} —",
            "The order #{n} you texted about",
            "Order {n} you're checking on",
        ],
        "ru": [
            "Заказ номер {n}",
            "Ваш заказ — номер {n} —",
            "Заказ № {n}, про который вы спрашивали,",
            "Тот самый заказ № {n}",
            "Заказ № {n} на ваше имя",
            "Ваш заказ, номер {n},",
        ],
        "zh": [
            "您要查的订单{n}",
            "您这笔{n}的订单",
            "订单号{n}这一单",
            "这位宝子的订单{n}",
            "您说的{n}这一单",
            "订单{n}那一单",
        ],
    },
    "state": {
        "en": [
            "Okay, so {ref_low} {state}.",
            "Right, I've got it here — {ref_low} {state}.",
            "hey! {ref_low} {state}",
            "Let me pull that up... okay, {ref_low} {state}.",
            "{ref} {state}, just so you know.",
            "So here's where things are: {ref_low} {state}.",
            "ok so {ref_low} {state}",
        ],
        "ru": [
            "Так, значит, {ref_low} {state}.",
            "Смотрите: {ref_low} {state}.",
            "Добрый день! Подсказываю по статусу: {ref_low} {state}.",
            "Секунду, смотрю... Ага, {ref_low} {state}.",
            "По вашему вопросу: {ref_low} {state}.",
            "Так, нашла: {ref_low} {state}.",
            "Вижу по системе: {ref_low} {state}.",
        ],
        "zh": [
            "好的，{ref}{state}。",
            "看到评论区有宝子问了，{ref}{state}。",
            "我给您念一下，{ref}{state}。",
            "稍等我看下……好了，{ref}{state}。",
            "{ref}{state}，跟您同步一下。",
            "查到啦，{ref}{state}。",
            "嗯，{ref}{state}。",
        ],
    },
    "date.expected_delivery": {
        "en": [
            "Okay, so {ref_low} is due to arrive on {date}.",
            "Looks like {ref_low} should get to you on {date}.",
            "eta for {ref_low} is {date}",
            "The estimate I'm seeing for {ref_low} is {date}.",
            "Right now we're expecting {ref_low} to arrive on {date}.",
            "If nothing changes, {ref_low} lands on {date}.",
            "So {ref_low} is pencilled in for delivery on {date}.",
        ],
        "ru": [
            "Так, значит, {ref_low} ожидается {date}.",
            "Смотрите: {ref_low} должен приехать {date}.",
            "По графику {ref_low} прибывает {date}.",
            "Расчётная дата такая: {ref_low} приедет {date}.",
            "Добрый день! По доставке: {ref_low} ожидается у вас {date}.",
            "Если ничего не изменится, {ref_low} будет доставлен {date}.",
            "Ага, вижу: {ref_low} прибудет {date}.",
        ],
        "zh": [
            "好的，{ref}预计{date}送到。",
            "宝子们放心，{ref}预计{date}到。",
            "{ref}估计{date}能到您手上。",
            "跟您说一下，{ref}预计是{date}送达。",
            "我看了下，{ref}的预计到货日期是{date}。",
            "按现在的进度，{ref}会在{date}送到。",
            "给您播报一下，{ref}预计{date}送达。",
        ],
    },
    "date.delivered_on": {
        "en": [
            "Okay, so {ref_low} was delivered on {date}.",
            "Looks like {ref_low} got dropped off on {date}.",
            "yep, {ref_low} was delivered {date}",
            "Our records have {ref_low} delivered on {date}.",
            "The courier marked {ref_low} as delivered on {date}.",
            "So {ref_low} arrived on {date}.",
            "Right — {ref_low} made it to you on {date}.",
        ],
        "ru": [
            "Так, значит, {ref_low} доставлен {date}.",
            "Смотрите: {ref_low} был вручён {date}.",
            "Добрый день! Вижу, {ref_low} получен вами {date}.",
            "По отметке курьера {ref_low} доставлен {date}.",
            "Ага, {ref_low} уже приехал к вам {date}.",
            "Вижу, что {ref_low} был доставлен {date}.",
            "Слушайте, {ref_low} вручён {date}.",
        ],
        "zh": [
            "好的，{ref}在{date}就签收了。",
            "宝子，{ref}显示{date}已经送达了哈。",
            "{ref}是{date}签收的。",
            "跟您说一下，{ref}在{date}已经送达。",
            "我查了下，{ref}的送达时间是{date}。",
            "物流那边显示，{ref}在{date}送到了。",
            "您听我说，{ref}是{date}送达的。",
        ],
    },
    "date.shipped_on": {
        "en": [
            "Okay, so {ref_low} shipped out on {date}.",
            "Looks like {ref_low} was sent off on {date}.",
            "yep, {ref_low} shipped {date}",
            "The courier collected {ref_low} from us on {date}.",
            "Right, {ref_low} got shipped on {date}.",
            "So {ref_low} was dispatched on {date}.",
            "The system shows {ref_low} leaving us on {date}.",
        ],
        "ru": [
            "Так, значит, {ref_low} отправлен {date}.",
            "Добрый день! Сообщаю: {ref_low} отправлен вам {date}.",
            "Смотрите: {ref_low} ушёл со склада {date}.",
            "Ага, {ref_low} передан курьеру {date}.",
            "По данным склада, {ref_low} отгружен {date}.",
            "Вижу: {ref_low} поехал к вам {date}.",
            "Слушайте, {ref_low} уехал к вам {date}.",
        ],
        "zh": [
            "好的，{ref}是{date}发出的。",
            "宝子们，{ref}在{date}已经发货了哈。",
            "跟您说一下，{ref}在{date}出的库。",
            "{ref}是{date}交给快递的。",
            "我看了下，{ref}的发货时间是{date}。",
            "物流显示，{ref}在{date}被揽收。",
            "给您播报一下，{ref}是{date}发货的。",
        ],
    },
    "date.placed_on": {
        "en": [
            "Okay, so {ref_low} was placed on {date}.",
            "Looks like {ref_low} went in on {date}.",
            "yep, {ref_low} was placed {date}",
            "I've got {ref_low} down as placed on {date}.",
            "So {ref_low} was made on {date}.",
            "Right — {ref_low} came through on {date}.",
            "The system says {ref_low} was placed on {date}.",
        ],
        "ru": [
            "Так, значит, {ref_low} оформлен {date}.",
            "Смотрите: {ref_low} создан {date}.",
            "Добрый день! По дате: {ref_low} оформлен {date}.",
            "Ага, {ref_low} у нас появился {date}.",
            "Вижу, что {ref_low} был сделан {date}.",
            "По системе {ref_low} оформлен {date}.",
            "Слушайте, {ref_low} был оформлен {date}.",
        ],
        "zh": [
            "好的，{ref}下单时间是{date}。",
            "宝子，{ref}是{date}拍下的哈。",
            "跟您说一下，{ref}的下单日期是{date}。",
            "{ref}的话，是{date}下单的。",
            "我看了下，{ref}在{date}提交的。",
            "记录上{ref}是{date}生成的。",
            "您听我说，{ref}是{date}下单的。",
        ],
    },
    "total": {
        "en": [
            "{ref} came to {total} all in.",
            "{ref} rang up at {total}.",
            "{ref} was {total} altogether.",
            "{ref} totals up to {total}.",
            "{ref} is {total} for the whole thing.",
            "{ref} works out to {total} in total.",
            "{ref} comes to {total}, all told.",
        ],
        "ru": [
            "{ref} получился на {total}.",
            "{ref} в итоге вышел на {total}.",
            "{ref} оформлен на {total}.",
            "{ref} целиком стоит {total}.",
            "{ref} в общей сложности на {total}.",
            "{ref} по итогу на сумму {total}.",
            "{ref} суммарно на {total}.",
        ],
        "zh": [
            "好的，{ref}一共是{total}。",
            "{ref}加起来是{total}。",
            "跟您说一下，{ref}合计{total}。",
            "宝子，{ref}的总价是{total}哈。",
            "我算了下，{ref}总金额{total}。",
            "{ref}整单是{total}。",
            "给您播报一下，{ref}总共{total}。",
        ],
    },
    "carrier": {
        "en": [
            "Okay, so the carrier on your order is {carrier}.",
            "{carrier}'s handling your delivery.",
            "yep, your order's going with {carrier}",
            "Your order ships with {carrier}.",
            "Right, we're using {carrier} for your order.",
            "For tracking, {carrier} is who to check with on your order.",
            "The courier for your order? {carrier}.",
        ],
        "ru": [
            "Так, значит, ваш заказ везёт {carrier}.",
            "Смотрите: доставкой заказа занимается {carrier}.",
            "Добрый день! Ваш заказ доставляет {carrier}.",
            "Отправка вашего заказа — через {carrier}.",
            "Ага, ваш заказ едет через {carrier}.",
            "Ваш перевозчик по заказу — {carrier}, если что.",
            "Слушайте, ваш заказ доставляет служба {carrier}.",
        ],
        "zh": [
            "好的，您的订单走的是{carrier}。",
            "宝子，你这单发的是{carrier}。",
            "跟您说一下，配送的快递是{carrier}。",
            "您的包裹由{carrier}负责送。",
            "查物流的话找{carrier}就行，您的单子是他们送。",
            "这单用的是{carrier}快递。",
            "您听我说，您的订单是{carrier}配送。",
        ],
    },
    # -- policies --------------------------------------------------------------------------------------------------
    "policy.return_days": {
        "en": [
            "Okay, so you've got {v} days to bring it back.",
            "Returns? You get {v} days.",
            "yep, {v}-day returns",
            "If it's not right, you have {v} days to return it.",
            "Our return window's {v} days.",
            "Just so you know, you can send things back within {v} days.",
            "No stress — you've got a {v}-day window for returns.",
        ],
        "ru": [
            "Так, значит, на возврат у вас {v} {dw}.",
            "Смотрите: сдать товар обратно можно в течение {v} {dwg}.",
            "Добрый день! По возврату: срок — {v} {dw}.",
            "Если не подойдёт, у вас есть {v} {dw}, чтобы оформить возврат.",
            "Ага, возвраты принимаем в течение {v} {dwg}.",
            "Вернуть покупку можно в течение {v} {dwg}, это без проблем.",
            "Слушайте, на возврат даём {v} {dw}.",
        ],
        "zh": [
            "好的，退货期是{v}天。",
            "家人们放心拍，支持{v}天退货。",
            "宝子们，不合适的话{v}天内可以退哈。",
            "跟您说一下，我们的退货期限是{v}天。",
            "退货的话，您有{v}天时间。",
            "我们这边支持{v}天退货。",
            "给您播报一下，退货期{v}天。",
        ],
    },
    "policy.refund_days": {
        "en": [
            "Okay, so the refund takes {v} to {v2} business days after we receive the return.",
            "Refunds go through {v}–{v2} business days after we receive the return.",
            "yep, refund's {v}-{v2} business days after we receive the return",
            "After we receive the return, give it {v} to {v2} business days for the refund.",
            "You'll see the money back {v}–{v2} business days after we receive the return.",
            "The refund lands {v} to {v2} business days after we receive the return.",
            "Just so you know, the refund comes {v}–{v2} business days after we've received your return.",
        ],
        "ru": [
            "Так, значит, деньги вернём через {v}–{v2} рабочих {dw2} после того, как получим возврат.",
            "Смотрите: возврат средств — через {v}–{v2} рабочих {dw2} после того, как возврат придёт к нам.",
            "Добрый день! По деньгам: после получения возврата перечисляем их за {v}–{v2} рабочих {dw2}.",
            "Как только мы получим возврат, деньги придут через {v}–{v2} рабочих {dw2}.",
            "После того как возврат поступит к нам, средства вернутся за {v}-{v2} рабочих {dw2}.",
            "Деньги обратно — через {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
            "Слушайте, деньги придут через {v}–{v2} рабочих {dw2} после того, как мы получим возврат.",
        ],
        "zh": [
            "好的，我们收到退货后，{v}到{v2}个工作日退款。",
            "宝子们，退货寄回我们收到以后，{v}-{v2}个工作日钱就退回去了。",
            "跟您说一下，收到您的退货后，{v}–{v2}个工作日内给您退款。",
            "退款是在我们收到退货后{v}至{v2}个工作日。",
            "我们这边收到退货，再过{v}到{v2}个工作日，钱就退给您。",
            "家人们，退款时间是收到退货后{v}–{v2}个工作日。",
            "您听我说：我们收到退货后{v}–{v2}个工作日退款。",
        ],
    },
    "policy.restocking_fee_pct": {
        "en": [
            "Okay, so if it's opened and not faulty, there's a {v}% restocking fee.",
            "One thing — if you return something opened that isn't faulty, we take a {v}% restocking fee.",
            "yep, {v}% restocking fee if it's opened and not faulty",
            "Opened it, but it works fine? Then a {v}% restocking fee applies.",
            "Returning something that's opened but not faulty means a {v}% restocking fee.",
            "Just so you know, the restocking fee is {v}% — that's for opened items that aren't faulty.",
            "Okay — opened and not faulty? That's a {v}% restocking fee.",
        ],
        "ru": [
            "Так, значит, если товар вскрыт и исправен, при возврате удержим {v}%.",
            "Смотрите: за вскрытую, но исправную вещь при возврате берём {v}%.",
            "Добрый день! Уточняю: при возврате вскрытого товара без брака удерживаем {v}% стоимости.",
            "Если упаковку открыли, а товар исправный, при возврате будет удержание {v}%.",
            "Ага, вскрытый исправный товар вернуть можно, но с удержанием {v}%.",
            "Имейте в виду: вскрытый товар без неисправностей возвращается с удержанием {v}%.",
            "Слушайте, вскрытый, но исправный товар при возврате — минус {v}%.",
        ],
        "zh": [
            "好的，拆封了又没有质量问题的，退货要扣{v}%。",
            "宝子们注意，拆了封、没有质量问题的退回来，收{v}%的手续费哈。",
            "跟您说一下，已拆封且非质量问题的退货，扣{v}%。",
            "家人们，拆封后没毛病的商品要退，得扣{v}%。",
            "如果开封了，东西也没坏，退的时候扣{v}%。",
            "退货这块，开封且无故障的收{v}%手续费。",
            "给您播报一下：已拆封、无质量问题的退货，收{v}%手续费。",
        ],
    },
    "policy.standard_fee": {
        "en": [
            "Okay, so standard shipping is {m}.",
            "Regular shipping? That's {m}.",
            "yep, standard shipping's {m}",
            "Standard delivery comes out to {m}.",
            "Shipping the standard way costs {m}.",
            "For standard shipping you're looking at {m}.",
            "Standard shipping? {m}.",
        ],
        "ru": [
            "Так, значит, стандартная доставка — {m}.",
            "Смотрите: за обычную доставку — {m}.",
            "Добрый день! Стандартная доставка у нас за {m}.",
            "Ага, доставка стандартным способом — {m}.",
            "Если без спешки, стандартная доставка стоит {m}.",
            "Стандартная доставка по цене {m}, это базовый вариант.",
            "Слушайте, стандартная доставка стоит {m}.",
        ],
        "zh": [
            "好的，标准配送是{m}。",
            "家人们，走普通快递的话运费{m}哈。",
            "宝子们，标准快递收{m}。",
            "跟您说一下，标准运费是{m}。",
            "不着急的话，标准配送{m}。",
            "选标准配送，运费是{m}。",
            "您听我说，标准配送运费{m}。",
        ],
    },
    "policy.free_shipping_over": {
        "en": [
            "Okay, so shipping's free on orders over {m}.",
            "Go over {m} and shipping's free.",
            "yep, free shipping over {m}",
            "Once your order's over {m}, we cover shipping.",
            "Just so you know, orders above {m} ship free.",
            "Free shipping starts once you're over {m}.",
            "Orders over {m}? Shipping's on us.",
        ],
        "ru": [
            "Так, значит, если заказ больше {m}, доставка бесплатная.",
            "Смотрите: при сумме свыше {m} доставка за наш счёт.",
            "Добрый день! Бесплатно доставим, если заказ превышает {m}.",
            "Ага, набираете больше чем на {m} — доставка бесплатная.",
            "Если сумма заказа выше {m}, за доставку платить не нужно.",
            "Доставка бесплатная, когда заказ на сумму больше {m}.",
            "Слушайте, заказы дороже {m} возим бесплатно.",
        ],
        "zh": [
            "好的，买超过{m}就免运费。",
            "家人们，凑单超过{m}直接包邮！",
            "宝子们，订单超过{m}就不用付运费哈。",
            "跟您说一下，金额高于{m}免运费。",
            "只要订单过了{m}，运费我们出。",
            "超过{m}的订单，免运费配送。",
            "给您播报一下，订单超过{m}免运费。",
        ],
    },
    "policy.standard_days": {
        "en": [
            "Okay, so standard shipping takes {v} to {v2} business days.",
            "Standard's {v} to {v2} business days.",
            "yep, standard is {v}-{v2} business days",
            "With standard shipping, give it {v}–{v2} business days.",
            "Regular shipping takes {v} to {v2} business days to get to you.",
            "If you pick standard, it's {v}–{v2} business days.",
            "Standard shipping? Figure {v} to {v2} business days.",
        ],
        "ru": [
            "Так, значит, стандартная доставка идёт {v}–{v2} рабочих {dw2}.",
            "Смотрите: по срокам стандартная доставка — {v}–{v2} рабочих {dw2}.",
            "Добрый день! Стандартной доставкой посылка едет {v}–{v2} рабочих {dw2}.",
            "Ага, доставка в стандартном варианте — {v}–{v2} рабочих {dw2}.",
            "Если без спешки, стандартная доставка — это {v}–{v2} рабочих {dw2}.",
            "Со стандартной доставкой ждать {v}-{v2} рабочих {dw2}.",
            "Слушайте, стандартная доставка — {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "好的，标准配送要{v}到{v2}个工作日。",
            "家人们，普通快递{v}-{v2}个工作日到。",
            "宝子们，标准快递一般{v}–{v2}个工作日。",
            "跟您说一下，标准配送时效是{v}到{v2}个工作日。",
            "不着急的话选标准配送，{v}–{v2}个工作日。",
            "标准配送走的话，{v}至{v2}个工作日能到。",
            "您听我说，标准配送{v}到{v2}个工作日。",
        ],
    },
    "policy.express_fee": {
        "en": [
            "Okay, so express shipping is {m}.",
            "In a hurry? Express shipping costs {m}.",
            "yep, express is {m}",
            "Express delivery runs you {m}.",
            "If you want express, that's {m}.",
            "Express shipping will be {m}.",
            "Express? That'll be {m}.",
        ],
        "ru": [
            "Так, значит, экспресс-доставка — {m}.",
            "Смотрите: срочная доставка стоит {m}.",
            "Добрый день! Экспресс-доставка у нас за {m}.",
            "Если горит, экспресс-доставка стоит {m}.",
            "Ага, срочная доставка — по цене {m}.",
            "Экспресс-доставка будет стоить {m}.",
            "Слушайте, экспресс-доставка стоит {m}.",
        ],
        "zh": [
            "好的，加急配送是{m}。",
            "家人们，着急要的拍加急，运费{m}。",
            "宝子们，加急快递收{m}哈。",
            "跟您说一下，加急运费是{m}。",
            "赶时间的话选加急，{m}。",
            "走加急的话，费用是{m}。",
            "给您播报一下，加急配送{m}。",
        ],
    },
    "policy.express_days": {
        "en": [
            "Okay, so express takes {v} to {v2} business days.",
            "Express? That's {v}–{v2} business days.",
            "yep, express is {v}-{v2} business days",
            "If you need it quicker, express is {v} to {v2} business days.",
            "With express shipping, give it {v}–{v2} business days.",
            "Express shipping takes {v} to {v2} business days to get to you.",
            "Express shipping? Figure {v} to {v2} business days.",
        ],
        "ru": [
            "Так, значит, экспресс-доставка — {v}–{v2} рабочих {dw2}.",
            "Смотрите: срочной доставкой — {v}–{v2} рабочих {dw2}.",
            "Добрый день! Экспресс-доставкой посылка едет {v}–{v2} рабочих {dw2}.",
            "Если горит, берите экспресс-доставку: {v}–{v2} рабочих {dw2}.",
            "Ага, экспресс-доставка займёт {v}–{v2} рабочих {dw2}.",
            "С экспресс-доставкой ждать {v}-{v2} рабочих {dw2}.",
            "Слушайте, экспресс-доставка идёт {v}–{v2} рабочих {dw2}.",
        ],
        "zh": [
            "好的，加急配送要{v}到{v2}个工作日。",
            "家人们，加急{v}-{v2}个工作日就到。",
            "宝子们，拍加急的话{v}–{v2}个工作日。",
            "跟您说一下，加急时效是{v}到{v2}个工作日。",
            "赶时间就选加急，{v}–{v2}个工作日能到。",
            "走加急的话，{v}至{v2}个工作日送到。",
            "您听我说，加急{v}到{v2}个工作日。",
        ],
    },
    "policy.warranty_months": {
        "en": [
            "Okay, so the warranty's {v} months.",
            "You get a {v}-month warranty on it.",
            "yep, {v}-month warranty",
            "It's covered for {v} months under warranty.",
            "Warranty-wise, you've got {v} months.",
            "Just so you know, there's a {v}-month warranty.",
            "The warranty? {v} months.",
        ],
        "ru": [
            "Так, значит, гарантия — {v} {mw}.",
            "Смотрите: на гарантии товар {v} {mw}.",
            "Добрый день! Гарантийный срок у нас {v} {mw}.",
            "Ага, гарантия даётся на {v} {mw}.",
            "Могу сказать по гарантии: {v} {mw}.",
            "По гарантии вы защищены {v} {mw}.",
            "Слушайте, гарантия у нас {v} {mw}.",
        ],
        "zh": [
            "好的，保修是{v}个月。",
            "家人们，质保{v}个月，放心拍。",
            "宝子们，保修期{v}个月哈。",
            "跟您说一下，我们质保{v}个月。",
            "这个保修{v}个月。",
            "保修的话，给您{v}个月。",
            "给您播报一下，质保{v}个月。",
        ],
    },
}

# Order states as spoken predicates after the order reference. Each is true of its own state only: a pending order
# has not been paid, a paid one has not left the warehouse, a shipped one has not arrived.
FRESH8_STATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "hasn't been paid for yet, so we're holding it till the payment comes in",
            "is still sitting unpaid",
            "is waiting for payment before we can get going on it",
            "is pending — we haven't got the payment yet",
        ],
        "paid": [
            "is paid, and we're getting it packed up — it hasn't left yet",
            "has gone through payment-wise, but it's still here with us, not shipped",
            "is all paid up and waiting to go out",
            "is paid for; it's still in the warehouse for now",
        ],
        "shipped": [
            "is out the door and on its way to you",
            "has shipped — it's on the road, not delivered yet",
            "is with the courier right now, heading your way",
            "went out and it's in transit as we speak",
        ],
        "delivered": [
            "has been delivered, so it should be with you",
            "got to you — it shows delivered",
            "is showing delivered on our end",
            "was dropped off, so it's delivered",
        ],
        "returned": [
            "came back to us, so it's marked returned",
            "has been returned and we've got it back",
            "is back with us as a return",
            "shows returned — it made it back to our warehouse",
        ],
        "cancelled": [
            "got cancelled, so nothing's going out",
            "is cancelled — it won't be shipped",
            "was cancelled, so it's closed",
            "shows cancelled on our side",
        ],
    },
    "ru": {
        "pending": [
            "пока без оплаты, поэтому в работу не ушёл",
            "ждёт, когда придёт оплата",
            "ещё не оплачен, так что собирать его не начинали",
        ],
        "paid": [
            "оплачен, сейчас его собирают, со склада он пока не уехал",
            "оплачен и ждёт отправки, пока он у нас",
            "оплачен, но ещё лежит на складе, курьеру не передан",
        ],
        "shipped": [
            "уже едет, но пока не доставлен",
            "в дороге — курьер везёт его вам",
            "отправлен и сейчас в пути к вам",
        ],
        "delivered": [
            "уже у вас — доставка завершена",
            "доставлен, курьер отметил вручение",
            "приехал и вручён",
        ],
        "returned": [
            "вернулся к нам — возврат принят",
            "пришёл обратно на склад как возврат",
            "оформлен возвратом, посылка у нас",
        ],
        "cancelled": [
            "отменён, отправлять его не будем",
            "отменён и закрыт",
            "был отменён, так что никуда не поедет",
        ],
    },
    "zh": {
        "pending": [
            "还没付款呢，付完我们才开始处理",
            "在等您付款",
            "还没付，暂时没有处理",
        ],
        "paid": [
            "已经付好款了，正在打包，还没发",
            "付款收到了，还在仓库没出库",
            "已付款，等着发货呢",
        ],
        "shipped": [
            "已经发出去了，在路上，还没到",
            "在运输中，快递正往您那边送",
            "已经走了，还在路上",
        ],
        "delivered": [
            "已经送到了，显示签收",
            "已签收，东西到您那儿了",
            "送达了，快递那边确认过",
        ],
        "returned": [
            "退回来了，我们仓库已经收到",
            "已经退货，东西回到我们这边了",
            "退回成功，仓库已入库",
        ],
        "cancelled": [
            "已经取消了，不会再发",
            "取消掉了，这单关闭了",
            "被取消了，没有发货",
        ],
    },
}

# Store-currency (USD) money, always with a currency marker. {a}: the amount written the language's way (Russian
# always with its cent part, «49,99», so «доллара» agrees); {dc}: dollars and cents as they are said ("49 dollars
# 99", «49 долларов 99 центов», "49美元99美分"); {words}: the amount in words ("forty-nine dollars and ninety-nine
# cents"; Russian only for whole amounts, «пятьдесят долларов», otherwise {dc}).
FRESH8_MONEY_FORMATS: dict[str, list[str]] = {
    "en": ["${a}", "${a}", "{dc}", "{words}", "{a} dollars"],
    "ru": ["{a} доллара", "${a}", "{a} $", "{dc}", "{words}"],
    "zh": ["{a}美元", "{a}美元", "${a}", "{dc}"],
}
# The same amounts in another currency: a planted error whatever the number. {words}/{dc} as above, in euros,
# roubles and kopecks, or yuan (块/毛, with 人民币 said).
FRESH8_OTHER_CURRENCY: dict[str, list[str]] = {
    "en": ["{a} euros", "£{a}", "{a} pounds", "{a} Aussie dollars", "{a} Mexican pesos", "₹{a}", "{words}"],
    "ru": ["{a} евро", "{a} рубля", "{dc}", "{a} гривны", "{a} тенге", "{a} юаня", "{a} белорусского рубля"],
    "zh": ["{a}欧元", "{a}英镑", "{a}加币", "{a}澳币", "{a}日元", "{a}卢布", "{dc}"],
}
# Dates as they are said, every one with its year and none with a numeric day/month order to guess.
FRESH8_DATE_FORMATS: dict[str, list[str]] = {
    "en": [
        "{weekday} the {d_th} of {month}, {y}",
        "{month} {d_word}, {y}",
        "the {d_word} of {month}, {y}",
        "{month} the {d_th}, {y}",
        "{weekday}, {month} {d_word}, {y}",
    ],
    "ru": [
        "{d_word_ru} {month_ru} {y} года",
        "{d} {month_ru} {y}-го",
        "{wd_ru_acc}, {d} {month_ru} {y}-го",
        "{d} {month_ru} {y} года",
        "{wd_ru_acc}, {d_word_ru} {month_ru} {y} года",
    ],
    "zh": [
        "{y}年{m}月{d}号",
        "{y}年{m}月{d}号礼拜{wd_zh}",
        "{zh_numerals}",
        "{y}年{m}月{d}日星期{wd_zh}",
        "{y}年{m}月{d}号周{wd_zh}",
    ],
}

_EN_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
# genitive ordinals for «третьего ноября»; 20 and 30 are built from their own stems below
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
_RU_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_UNITS_FEM = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_TEENS = [
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
_ZH_DIGITS = "〇一二三四五六七八九"


def pick(claim: str, language: str, split: str, rng: random.Random) -> tuple[str, str]:
    """(pattern id, pattern) for ``claim`` in ``language``."""
    del split
    return pick_from(FRESH8_PATTERNS, _TAG, claim, language, rng)


def state_phrase(state: str, language: str, split: str, rng: random.Random) -> str:
    del split
    return phrase_from(FRESH8_STATES, state, language, rng)


def _split_cents(value: Decimal) -> tuple[int, int]:
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    return int(whole), int(frac)


def _amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount in digits as a kiosk shows it while speaking: English with thousands commas and, for whole amounts
    now and then, no cents ("$50"); Russian «1 299,99» (no-break space) always with its cent part; Chinese without
    thousands separators."""
    whole, cents = _split_cents(value)
    frac = f"{cents:02d}"
    if language == "ru":
        return f"{whole:,}".replace(",", "\u00a0") + f",{frac}"
    if language == "zh":
        return f"{whole}.{frac}"
    if cents == 0 and rng.random() < 0.5:
        return f"{whole:,}"
    return f"{whole:,}.{frac}"


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _en_number(n: int) -> str:
    """0..999 999 in English words: "one thousand two hundred ninety-nine"."""
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return EN_TENS[tens] + (f"-{EN_SMALL[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{EN_SMALL[hundreds]} hundred" + (f" {_en_number(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{_en_number(thousands)} thousand" + (f" {_en_number(rest)}" if rest else "")


def _ru_below_thousand(n: int, units: list[str]) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        words.append(_RU_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            words.append(_RU_TENS[tens])
        if ones:
            words.append(units[ones])
    return words


def _ru_number(n: int) -> str:
    """1..999 999 in Russian words, masculine (as before «доллар»): «сорок девять», «тысяча двести один»,
    «две тысячи»."""
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands == 1:
        words.append("тысяча")
    elif thousands:
        words += _ru_below_thousand(thousands, _RU_UNITS_FEM)
        words.append(_ru_plural(thousands, "тысяча", "тысячи", "тысяч"))
    words += _ru_below_thousand(rest, _RU_UNITS)
    return " ".join(words) if words else "ноль"


def _en_words(value: Decimal, one: str, many: str) -> str:
    """ "forty-nine dollars and ninety-nine cents", "fifty dollars", "twelve euros and five cents"; "ninety-nine
    cents" below one unit."""
    whole, cents = _split_cents(value)
    cents_text = f"{_en_number(cents)} cent" + ("" if cents == 1 else "s")
    if not whole and cents:
        return cents_text
    text = f"{_en_number(whole)} {one if whole == 1 else many}"
    return text if not cents else f"{text} and {cents_text}"


def _en_dc(value: Decimal) -> str:
    """ "49 dollars 99", the way the amount is said; whole amounts as "50 dollars"."""
    whole, cents = _split_cents(value)
    if not whole and cents:
        return f"{cents} cent" + ("" if cents == 1 else "s")
    text = f"{whole:,} dollar" + ("" if whole == 1 else "s")
    return text if not cents else f"{text} {cents:02d}"


def _ru_dc(value: Decimal, major: tuple[str, str, str], minor: tuple[str, str, str]) -> str:
    """«49 долларов 99 центов», «1 299 рублей 5 копеек»; whole amounts without the minor unit, amounts below one
    unit without the major one."""
    whole, cents = _split_cents(value)
    minor_text = f"{cents} {_ru_plural(cents, *minor)}"
    if not whole and cents:
        return minor_text
    text = f"{whole:,}".replace(",", "\u00a0") + " " + _ru_plural(whole, *major)
    return text if not cents else f"{text} {minor_text}"


def _zh_usd(value: Decimal) -> str:
    """49美元99美分; whole amounts as 50美元."""
    whole, cents = _split_cents(value)
    if not whole and cents:
        return f"{cents}美分"
    return f"{whole}美元" if not cents else f"{whole}美元{cents}美分"


def _zh_rmb(value: Decimal) -> str:
    """49块9毛9人民币, 49块零5分人民币, 50块人民币: spoken yuan, with the currency said."""
    whole, cents = _split_cents(value)
    jiao, fen = divmod(cents, 10)
    text = f"{whole}块"
    if jiao:
        text += f"{jiao}毛"
    elif fen:
        text += "零"
    if fen:
        text += f"{fen}分"
    return text + "人民币"


_USD_RU = ("доллар", "доллара", "долларов")


def money_text(value: Decimal, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH8_MONEY_FORMATS[language])
    if fmt == "{dc}":
        if language == "en":
            return _en_dc(value)
        if language == "ru":
            return _ru_dc(value, _USD_RU, ("цент", "цента", "центов"))
        return _zh_usd(value)
    if fmt == "{words}":
        if language == "en":
            return _en_words(value, "dollar", "dollars")
        whole, cents = _split_cents(value)
        if cents or whole == 0:
            return _ru_dc(value, _USD_RU, ("цент", "цента", "центов"))
        return f"{_ru_number(whole)} {_ru_plural(whole, *_USD_RU)}"
    return fmt.format(a=_amount(value, language, rng))


def other_currency_text(value: Decimal, language: str, rng: random.Random, split: str) -> str:
    del split
    fmt = rng.choice(FRESH8_OTHER_CURRENCY[language])
    if fmt == "{words}":
        return _en_words(value, "euro", "euros")
    if fmt == "{dc}":
        if language == "ru":
            return _ru_dc(value, ("рубль", "рубля", "рублей"), ("копейка", "копейки", "копеек"))
        return _zh_rmb(value)
    return fmt.format(a=_amount(value, language, rng))


def _en_ordinal_word(n: int) -> str:
    """1..31 as words: "third", "twentieth", "twenty-first", "thirtieth"."""
    if n < 20:
        return _EN_ORDINAL_WORDS[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return EN_TENS[tens][:-1] + "ieth"
    return f"{EN_TENS[tens]}-{_EN_ORDINAL_WORDS[ones - 1]}"


def _ru_ordinal_genitive(n: int) -> str:
    """1..31 in the genitive: «третьего», «двадцатого», «двадцать первого», «тридцатого»."""
    if n < 20:
        return _RU_ORDINALS_GEN[n - 1]
    tens, ones = divmod(n, 10)
    stem = "двадцат" if tens == 2 else "тридцат"
    if not ones:
        return f"{stem}ого"
    return f"{stem}ь {_RU_ORDINALS_GEN[ones - 1]}"


def _ru_weekday_accusative(i: int) -> str:
    """«во вторник», «в среду», «в пятницу»: the weekday of RU_WEEKDAYS after в/во."""
    word = RU_WEEKDAYS[i]
    if word.endswith("а"):
        word = word[:-1] + "у"
    return ("во " if word.startswith("вт") else "в ") + word


def _zh_number(n: int) -> str:
    """1..31 in Chinese numerals: 三, 十, 十一, 二十, 三十一."""
    tens, units = divmod(n, 10)
    if not tens:
        return _ZH_DIGITS[units]
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十" + (_ZH_DIGITS[units] if units else "")


def date_text(day: dt.date, language: str, split: str, rng: random.Random) -> str:
    del split
    fmt = rng.choice(FRESH8_DATE_FORMATS[language])
    return fmt.format(
        y=day.year,
        m=day.month,
        d=day.day,
        d_th=en_suffixed(day.day),
        d_word=_en_ordinal_word(day.day),
        month=EN_MONTHS[day.month - 1],
        weekday=EN_WEEKDAYS[day.weekday()],
        month_ru=RU_MONTHS[day.month - 1],
        d_word_ru=_ru_ordinal_genitive(day.day),
        wd_ru_acc=_ru_weekday_accusative(day.weekday()),
        wd_zh=ZH_WEEKDAYS[day.weekday()],
        zh_numerals="".join(_ZH_DIGITS[int(c)] for c in str(day.year))
        + f"年{_zh_number(day.month)}月{_zh_number(day.day)}日",
    )


__all__ = [
    "FRESH8",
    "FRESH8_DATE_FORMATS",
    "FRESH8_MONEY_FORMATS",
    "FRESH8_OTHER_CURRENCY",
    "FRESH8_PATTERNS",
    "FRESH8_STATES",
    "date_text",
    "money_text",
    "other_currency_text",
    "pick",
    "state_phrase",
]
