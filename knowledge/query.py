"""Query understanding: price limits and currencies, attributes, category hints and negations, in en/ru/zh.

``parse_query("waterproof hiking boots under 120")`` -> price_max 120, attributes {"waterproof": True},
category "footwear/hiking-boots", text "waterproof hiking boots". The words it knows come from a ``Lexicon``:
the store's own categories (localized names from the DB) and attribute values (keys and values from the DB), plus
the demo taxonomy's en/ru/zh words for each attribute value when that module is present, plus a few synonyms.
So an imported catalog is understood through its own category names and attribute values, with no product list.

Attributes and categories are soft (they re-rank); price limits and negations are hard (they filter).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from knowledge.bounds import COLD_LIMIT_C, COLD_RATED, bound, bound_around
from knowledge.figures import CURRENCY_RE, RU_WORDS, SCALED_RE, currency_of, spoken_figures, to_number, zh_to_int
from knowledge.text import (
    _RUN,
    AGE,
    DURATION,
    STOP_WORDS,
    detect_language,
    en_stem,
    normalize,
    pinyin,
    ru_lemma,
)
from tools.catalog_models import ParsedQuery

# --- currencies and numbers ------------------------------------------------------------------------------------

# A number: "120", "10 000", "1,299.99", "10k", "10к", "1万", "5千" -- read by the shared parser.
_CUR = CURRENCY_RE
_NUM = SCALED_RE
_AMOUNT = rf"(?:(?P<c1>{_CUR})\s*)?(?P<n>{_NUM})(?:\s*(?P<c2>{_CUR}))?"
_to_number = to_number
_currency_of = currency_of


_LOCAL_CURRENCY = {"ru": "RUB", "zh": "CNY"}


def convert(amount: Decimal, currency: str, store_currency: str, fx: dict[str, float]) -> Decimal:
    """Convert with rates to a common base (USD in the defaults); unknown currencies pass through unchanged."""
    if currency == store_currency or currency not in fx or store_currency not in fx:
        return amount
    value = amount * Decimal(str(fx[currency])) / Decimal(str(fx[store_currency]))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# Price phrases, most specific first. Each yields (min group, max group) names present in the match.
_A = _AMOUNT
_B = _AMOUNT.replace("?P<c1>", "?P<d1>").replace("?P<n>", "?P<m>").replace("?P<c2>", "?P<d2>")
_PRICE_PATTERNS: list[re.Pattern[str]] = [
    # ranges
    re.compile(rf"(?:between|from|от|介于|在)\s*{_A}\s*(?:and|to|-|–|до|и|到|至|和)\s*{_B}(?:\s*(?:之间|范围内|以内))?",
               re.I),
    re.compile(rf"{_A}\s*(?:-|–|—|to|до|到|至|~)\s*{_B}", re.I),
    # upper limits
    re.compile(rf"(?:under|sub|below|less than|cheaper than|up to|at most|max(?:imum)?|no more than|not more than|"
               rf"максимум(?:\s+за)?|"
               # "nothing over $30": a ceiling, though "over" alone is a floor
               rf"(?:nothing|not|none|no|never|anything but) (?:over|above|more than|pricier than)|"
               rf"within|<=?|до|дешевле|меньше|не дороже|не более|не больше|в пределах|"
               # "cap it at 35"
               rf"cap(?:ped)?(?: it)? at|"
               rf"(?:уложусь|уложиться|уложимся|впишусь|вписаться)\s+в|хватит(?:\s+ли)?|不超过|别超过|不要超过|不能超过|"
               rf"低于|少于|小于|便宜于|"
               rf"最多|以内|以下)\s*{_A}(?P<max_suffix>)", re.I),
    # («в 4000 уложусь?»: the amount before the verb of fitting in)
    re.compile(rf"{_A}\s*(?:以内|以下|之内|内|or less|and under|or cheaper|max|tops|уложусь|уложимся|впишусь|впишемся)",
               re.I),
    # lower limits
    re.compile(rf"(?:over|above|more than|at least|from|min(?:imum)?|>=?|от|дороже|больше|более|не дешевле|"
               rf"(?<![别不要能])超过|高于|大于|至少)\s*{_A}(?P<min_prefix>)", re.I),
    re.compile(rf"{_A}\s*(?:以上|起|or more|and up|plus|\+)", re.I),
]
# "budget 50-80", "thinking like 50-80", «бюджет 3000-5000», "预算300-500": a bare range after a budget word is a price.
_BUDGET_BEFORE = re.compile(r"(?:\bbudget\w*|\bspend(?:ing)?|\bthinking|\bprice range|бюджет\w*|потратить|"
                            r"рассчитыва\w*|预算|价位|价格区间|价格)\s*(?:is|of|around|about|like|at|~|:|—|-|в|на|在)?\s*$",
                            re.I)
# A lower bound refused is an upper one: "dont want to spend more than 30", "wouldn't pay over 50".
_NOT_SPEND = re.compile(r"\b(?:do ?n'?t|do not|won'?t|wouldn'?t|would not|can'?t|cannot|not|never)\s+"
                        r"(?:(?:want|like|plan|need)\s+to\s+|wanna\s+|going\s+to\s+)?(?:spend|pay|go)(?:\s+(?:much|any))?\s*$",
                        re.I)
_UPPER_SUFFIX = re.compile(r"以内|以下|之内|内|or less|and under|or cheaper|max|tops|уложусь|уложимся|впишусь|впишемся",
                           re.I)
_LOWER_SUFFIX = re.compile(r"以上|起|or more|and up|plus|\+", re.I)


# Softer budget phrases, read only when no limit phrase above matched. An approximate figure ("around 50 dollars",
# "около 5 тысяч", "500左右") allows 10% over it: a shopper who says "about 50" does not mind 52 but would 80.
APPROX_MARGIN = Decimal("1.1")
_APPROX = [
    re.compile(rf"(?:around|about|\bbout|'bout|\babt|approximately|approx\.?|roughly|circa|~|≈|something like|"
               rf"in the region of|около|примерно|приблизительно|где-то|в районе|порядка|大概|大约|差不多)\s*{_AMOUNT}",
               re.I),
    re.compile(rf"{_AMOUNT}\s*(?:左右|上下|-?ish\b|or so\b)", re.I),
    # «рублей на 500», «долларов на 50»: the currency said first, the amount a rough one
    re.compile(rf"(?<![а-яё])(?P<c1>рубл(?:ей|я)|долларов|баксов|евро)\s+на\s+(?P<n>{_NUM})(?![\d.,])", re.I),
]
# A budget named as such ("budget 60 dollars", "I can spend 500", "бюджет 3000", "预算150", "2000块预算") is a limit.
_BUDGET = [
    re.compile(rf"(?:budget(?:\s+(?:is|of))?|(?:can|could|want to|willing to)\s+spend|spend(?:ing)?\s+(?:up to\s+)?|"
               rf"бюджет(?:ом)?|потратить|预算(?:就|只有|只|是|在|大概)*)\s*[:：]?\s*{_AMOUNT}", re.I),
    re.compile(rf"{_AMOUNT}\s*(?:的)?(?:预算|budget|бюджет)", re.I),
    # "limit $20", «лимит 1500р», "上限200", "限价100"; "400封顶"; "have 70 to spend"
    re.compile(rf"(?:\blimit(?:\s+(?:is|of))?|(?<![а-яё])лимит|上限|限额|限价|封顶)\s*[:：]?\s*{_AMOUNT}", re.I),
    re.compile(rf"{_AMOUNT}\s*(?:封顶|为上限|是上限)", re.I),
    re.compile(rf"\b(?:have|got|with)\s+{_AMOUNT}\s+to\s+spend\b", re.I),
]
# An amount with a currency and no limit word ("рублей 1500", "300块", "50 bucks") is what the shopper means to
# spend at most. A bare number without a currency is never a price here ("SPF 50", "size 44", "4 people").
_WITH_CURRENCY = re.compile(rf"(?P<c1>{_CUR})\s*(?P<n>{_NUM})(?!\s*(?:{_CUR}))|(?P<n2>{_NUM})\s*(?P<c2>{_CUR})"
                            rf"(?![a-zа-я])", re.I)


def _soft_price(text: str, out: PriceLimits) -> None:
    """Approximate figures, named budgets and amounts with a currency: the upper limit they imply."""
    for pats, factor in ((_APPROX, APPROX_MARGIN), (_BUDGET, Decimal(1))):
        for pat in pats:
            for m in pat.finditer(text):
                g = m.groupdict()
                if not (g.get("c1") or g.get("c2")) and (_UNIT_AFTER.match(text, m.end("n"))
                                                          or _PEOPLE_AFTER.match(text, m.end("n"))):
                    continue  # "roughly 30 litres", "about 12 of us": a quantity, not a budget
                out.price_max = (_to_number(g["n"]) * factor).quantize(Decimal("0.01"))
                out.currency = _currency_of(g.get("c1")) or _currency_of(g.get("c2"))
                out.spans.append(m.span())
                return
    for w in _WITH_CURRENCY.finditer(text):
        if _PAID_BEFORE.search(text, 0, w.start()):
            continue  # "tired of paying $15 for lunch": what something costs now, not what the shopper will spend
        out.price_max = _to_number(w.group("n") or w.group("n2"))
        out.currency = _currency_of(w.group("c1")) or _currency_of(w.group("c2"))
        out.spans.append(w.span())
        return


# A count of people after a figure: "about 12 of us", «человек 10», "大概十几个人".
_PEOPLE_AFTER = re.compile(r"\s*(?:of us\b|of them\b|people\b|persons?\b|guys\b|kids\b|adults\b|"
                           r"(?:человек|чел|гост\w*|взросл\w*|дет\w*)(?![а-яё])|个?人)", re.I)


_PAID_BEFORE = re.compile(r"\b(?:paying|paid|pay|spent|spending|costs?|costing|charged?)\s*(?:like\s+|about\s+)?$"
                          r"|(?<![а-яё])(?:плачу|платим|платил\w*|трачу|тратим|отдал\w*|отдаю)\s*(?:по\s+)?$"
                          r"|(?:花了|花|付了|付)\s*$", re.I)


# Money words shoppers write that the shared parser does not read: "50刀" (dollars, Chinese slang), "7 тысяч".
# Rewritten in place before anything else reads the text (``ru_thousands`` reads the other way round first).
_ZH_DOLLAR = re.compile(r"(?<=\d)\s?刀(?![具片叉子])")
_RU_WORD_NUM = "|".join(sorted(RU_WORDS, key=len, reverse=True))
_RU_N_THOUSAND = re.compile(r"(?P<n>\d+(?:[.,]\d)?)\s*(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)(?![а-яё])", re.I)


# What a person cannot eat is what the food must be without: "allergic to nuts", «аллергия на орехи», "对坚果过敏",
# "lactose intolerant", «не ест глютен», "coeliac". Rewritten as the plain negation the parser reads ("without nuts",
# «без орехи», "不要坚果"), so the thing named is excluded, never searched for.
_FREE_FROM: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:coeliac|celiac)s?\b", re.I), "gluten-free"),
    (re.compile(r"\b(?P<w>lactose|gluten|dairy|nut|peanut|soy|egg|wheat)[- ](?:allergy|allergic|intolerance|"
                r"intolerant|sensitivity)\b", re.I), "without \\g<w>"),
    (re.compile(r"\b(?:allergic to|(?:an )?allergy to|intolerant to|can'?t (?:eat|have|tolerate)|"
                r"(?:does|do)(?:n'?t| not) eat|doesnt eat|dont eat)\s+(?:any\s+)?(?P<w>[a-z]+)", re.I),
     "without \\g<w>"),
    (re.compile(r"(?<![а-яё])(?:аллерги\w* на|непереносимост\w*|не (?:ест|ем|едим|едят|переносит)|нельзя)\s+"
                r"(?P<w>[а-яё]+)", re.I), "без \\g<w>"),
    # What a person cannot do without is wanted: «без йогурта по утрам не может», "can't live without coffee".
    (re.compile(r"(?<![а-яё])без\s+(?P<w>[а-яё]+)(?=(?:\s+[а-яё]+){0,3}\s+(?:не\s+мо(?:жет|гу|жем|гут)|не\s+обход|"
                r"жить\s+не))", re.I), "\\g<w>"),
    (re.compile(r"\bcan'?t (?:live|do|go|survive|cope) without\s+(?:my\s+|his\s+|her\s+)?(?P<w>[a-z]+)", re.I),
     "loves \\g<w>"),
    (re.compile(r"乳糖不耐受?"), "无乳糖"),
    (re.compile(r"对(?![了吧啊])(?P<w>[\u4e00-\u9fff]{1,4}?)过敏"), "不要\\g<w>"),  # ("对了": "by the way")
    (re.compile(r"(?P<w>坚果|花生|牛奶|乳糖|麸质|鸡蛋|海鲜|大豆)过敏"), "不要\\g<w>"),
]


# "Down" after a verb is a direction, never the feather filling: "trying to cut down", "the price came down".
_PHRASAL_DOWN = re.compile(r"\b(cut(?:ting)?|calm|slow|sit|lie|shut|break|broke|turn(?:ed)?|come|came|go|went|put|"
                           r"write|settle|track|let|wind|scale|water|tone|knock|get|got|run|ran|narrow|upside|"
                           r"breaks|broken|burn(?:t|ed)?|hand(?:ed)?|slim(?:med)?|trim(?:med)?|dial(?:led)?)\s+down\b",
                           re.I)


def free_from(text: str) -> str:
    for pat, repl in _FREE_FROM:
        text = pat.sub(repl, text)
    return _PHRASAL_DOWN.sub(lambda m: m.group(1), text)


# Thousands said the colloquial way round, before the number reader makes "тысячи три" 1003: «тыщи три», «тысяч
# пять», «тысячи на четыре» (about three, five, four thousand), «полторы тыщи», «тыщи полторы» (1500).
_RU_THOUSANDS_AFTER = re.compile(rf"(?<![а-яё\d])(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)\s+(?:на\s+)?"
                                 rf"(?P<n>{_RU_WORD_NUM}|\d+)"
                                 r"(?![а-яё\d])", re.I)
_RU_ONE_AND_HALF_K = re.compile(r"(?<![а-яё])(?:полтор[аы]\s+(?:тысяч[иау]?|тыщ[иу]?)|(?:тысяч[иау]?|тыщ[иу]?)\s+"
                                r"(?:по\s+)?полтор[аы])(?![а-яё])", re.I)
# «от косаря до полутора»: the upper end said without its thousands, after a lower end in thousands.
_RU_UPTO_HALF_K = re.compile(r"(?<=к руб )до\s+полутора(?![а-яё])(?!\s+(?:час|лет|год|метр|литр|кило|кг|м\b|л\b))",
                             re.I)


# «тысяч 6-7» (six to seven thousand) and a number before the word: «3 тыс», «вышло 4 тысячи», «10 тыщ» -- in a
# shopper's message a thousands word is money, with or without «до» before it.
_RU_THOUSANDS_RANGE = re.compile(r"(?<![а-яё\d])(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)\s+(?P<n>\d+)\s*[-–]\s*(?P<m>\d+)"
                                 r"(?![а-яё\d])", re.I)
_RU_THOUSANDS_BEFORE = re.compile(r"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)"
                                  r"(?![а-яё])(?!\s*(?:руб|р\.|₽|\$|долл|евро|юан))", re.I)


_RU_FROM_TO_K = re.compile(r"(?<![а-яё])от\s+(?P<n>\d+)\s+до\s+(?P<m>\d+)\s*(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)"
                           r"(?![а-яё])",
                           re.I)


# «тысяч до 10», «тыщ до 6»: a ceiling in thousands, the word before it.
_RU_THOUSANDS_UPTO = re.compile(r"(?<![а-яё\d])(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)\s+до\s+(?P<n>\d+)(?![а-яё\d.,])",
                                re.I)


# «косарь» is a thousand roubles in slang: «до косаря», «два косаря», «до трёх косарей», «5 косарей».
_RU_GRAND_COUNT = {"один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
                   "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
                   "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
                   # «на пару косарей», «пару тыщ»: a couple is two
                   "пару": 2, "пара": 2, "пары": 2, "парочку": 2}
# «до пятёры» (a five-thousand note), «пятихатка» (five hundred): the banknotes' own nicknames.
_RU_NOTES = ((re.compile(r"(?<![а-яё])пят[её]р(?:а|ы|у|ой|ку|ки|ка)(?![а-яё])", re.I), "5к руб"),
             (re.compile(r"(?<![а-яё])(?:пятихат\w*|пятисотк\w*)", re.I), "500 руб"))
_RU_GRAND = re.compile(r"(?<![а-яё])(?:(?P<n>\d{1,3})\s*|(?P<w>[а-яё]+)\s+)?косар(?:ь|я|ей|ям|ями|ю|ем|и)(?![а-яё])",
                       re.I)


# «до восьми тыщ», «пять тыщ»: a count said in words before the slang word for thousands.
_RU_WORDS_K = re.compile(r"(?<![а-яё])(?P<w>" + "|".join(sorted(_RU_GRAND_COUNT, key=len, reverse=True)) +
                         r")\s+(?:тысяч[иау]?|тыщ[иу]?|тыс\.?|тыр)(?![а-яё])", re.I)


def _ru_grand(m: re.Match[str]) -> str:
    word = (m.group("w") or "").lower()
    if m.group("n"):
        return f"{m.group('n')}к руб"
    if word in _RU_GRAND_COUNT:
        return f"{_RU_GRAND_COUNT[word]}к руб"
    return f"{m.group('w')} 1к руб" if m.group("w") else "1к руб"


# The currency said first and the sum after it, in words: «рублей на тысячу», «рублей на две с половиной тысячи»,
# «рублей на тысячу — полторы» (a range: its upper end), «руб. на полторы тысячи». Like «тысячи на две», a sum "on"
# which a present should come out: about that much.
_RU_ROUBLES_ON = re.compile(
    r"(?<![а-яё])(?:рубл(?:ей|я)|руб\.?)\s+на\s+(?:(?P<w>[а-яё]+)\s+(?P<half>с\s+половиной\s+)?)?"
    r"(?:тысяч[уиа]?|тыщ[уи]?)(?:\s*[-–—]\s*(?P<hi>[а-яё]+)(?:\s+(?:тысяч[иа]?|тыщ[и]?))?)?(?![а-яё])", re.I)


def _thousands_of(word: str | None) -> float | None:
    if word is None:
        return 1.0  # «на тысячу»
    word = word.lower()
    if word.startswith("полтор"):
        return 1.5
    counts = {**_RU_GRAND_COUNT, "две": 2, "одну": 1}  # (a thousand is feminine: «две тысячи», «одну тысячу»)
    return float(counts[word]) if word in counts else None


def _ru_roubles_on(m: re.Match[str]) -> str:
    low = _thousands_of(m.group("w"))
    high = _thousands_of(m.group("hi")) if m.group("hi") else None
    if low is None or (m.group("hi") and high is None):
        return m.group(0)
    amount = (high if high is not None else low + (0.5 if m.group("half") else 0.0)) * 1000
    return f"около {amount:.0f} руб"


# «не дешевле 10 тысяч, но и не дороже 15», «от 5 тыс. и максимум до 8»: the upper end said without its thousands,
# after a lower end in thousands (a larger bare figure there is thousands too, never 15 roubles).
_RU_ELLIPTIC_K = re.compile(
    r"(?P<head>(?<![\d.,])(?P<a>\d+)\s*(?:тысяч[иау]?|тыщ[иу]?|тыс\.?)(?![а-яё])"
    # (nothing measured in between: «за 10 тысяч, размер до 52» is a size)
    r"(?:(?!размер|рост|вес|объ[её]м|литр|лет|год|км|мест|чел|градус|см|мм|ёмкост|емкост|мощн|ватт)[^.?!\d]){0,40}?"
    r"(?:до|дороже|больше|максимум)\s+)(?P<b>\d{1,3})"
    r"(?!\d|[.,]\d|\s*(?:тысяч|тыщ|тыс|к(?![а-яё])|руб|р\.|₽|\$|долл|евро|%|лет|год|кг|см|мм|м(?![а-яё])|л(?![а-яё])|шт))",
    re.I)


def _ru_elliptic_k(m: re.Match[str]) -> str:
    if int(m.group("b")) <= int(m.group("a")):
        return m.group(0)
    return f"{m.group('head')}{m.group('b')} тысяч"


def ru_thousands(text: str) -> str:
    text = _RU_ROUBLES_ON.sub(_ru_roubles_on, text)
    text = _RU_ELLIPTIC_K.sub(_ru_elliptic_k, text)
    for note, amount in _RU_NOTES:
        text = note.sub(amount, text)
    text = _RU_GRAND.sub(_ru_grand, text)
    text = _RU_WORDS_K.sub(lambda m: f"{_RU_GRAND_COUNT[m.group('w').lower()]}к руб", text)
    text = _RU_ONE_AND_HALF_K.sub("1500 руб", text)
    text = _RU_UPTO_HALF_K.sub("до 1500 руб", text)
    text = _RU_THOUSANDS_UPTO.sub(lambda m: f"до {m.group('n')}к руб", text)
    text = _RU_FROM_TO_K.sub(lambda m: f"от {m.group('n')}к до {m.group('m')}к руб", text)  # «от 2 до 3 тысяч»
    text = _RU_THOUSANDS_RANGE.sub(lambda m: f"{m.group('n')}к-{m.group('m')}к руб", text)
    text = _RU_THOUSANDS_BEFORE.sub(lambda m: f"{m.group('n')}к руб", text)
    return _RU_THOUSANDS_AFTER.sub(
        lambda m: f"около {m.group('n') if m.group('n').isdigit() else RU_WORDS[m.group('n').lower()]}к руб", text)


# Chinese numerals of an amount ("四百以内", "一百五左右", "预算两千") as digits, for the price reader.
_ZH_NUMERAL = "[零一二两三四五六七八九十百千万]+"
_ZH_AMOUNT = re.compile(rf"(?P<n>{_ZH_NUMERAL})"
                        rf"(?=\s*(?:块(?![睡儿去走玩吃住用来过])|元|蚊|以内|以下|之内|左右|上下|封顶|刀|美元|美金|人民币))"
                        rf"|(?<=预算)(?P<lead>是|在|大概|大约|差不多|就|只有)?\s*(?P<m>{_ZH_NUMERAL})")


def _zh_amount(m: re.Match[str]) -> str:
    word = m.group("n") or m.group("m")
    value = zh_to_int(word)
    if value is None or value < 10:
        return m.group(0)  # "五块" may stay words; "一点" is no amount
    return (m.group("lead") or "") + str(value)


# Chinese budgets said loosely, as the digits of their upper end: "两三百" (two or three hundred) is 300, "一百多"
# (a hundred and some) 199, "几十块" (some tens) 99, "一千出头" (just over a thousand) 1200, "百来块" 110; and a
# ceiling word before a numeral with no unit after it ("不超过三百").
_ZH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_ZH_NOT_AFTER = r"(?<![一二两三四五六七八九十百千万\d])"
_ZH_TWO_DIGITS = re.compile(_ZH_NOT_AFTER + r"[一二两三四五六七八九](?P<d>[二三四五六七八九])(?P<u>[十百千万])"
                            r"(?=\s*(?:块|元|的|左右|以内|吧|[，,。]|$))")
_ZH_SOME_MORE = re.compile(_ZH_NOT_AFTER + r"(?P<n>[一二两三四五六七八九]?[十百千万])多(?=\s*(?:块|元|的|吧|$))")
_ZH_SOME_TENS = re.compile(r"几(?P<u>[十百千])(?=\s*(?:块|元))")
_ZH_JUST_OVER = re.compile(r"(?P<n>[一二两三四五六七八九]?[百千万])(?:出头|来块|来)"
                           r"|(?P<t>[二三四五六七八九]?十)(?=来(?:块|元))来")  # "五十来块": about fifty
_ZH_CEILING = re.compile(rf"(?P<w>不超过|别超过|不要超过|不高于|不到|低于|少于|最多|顶多|封顶)\s*(?P<n>{_ZH_NUMERAL})"
                         r"(?=\s*(?:$|[，,。！!？?的吧]))")


def _zh_loose(text: str) -> str:
    def upper(m: re.Match[str]) -> str:
        return f"{_ZH_DIGIT[m.group('d')] * _ZH_UNIT[m.group('u')]}元"

    def some_more(m: re.Match[str]) -> str:
        base = zh_to_int(m.group("n")) or 0
        unit = _ZH_UNIT[m.group("n")[-1]]
        return f"{base + unit - 1}元" if base >= 10 else m.group(0)

    def just_over(m: re.Match[str]) -> str:
        if m.group("t"):
            return f"{round((zh_to_int(m.group('t')) or 0) * 1.1)}"
        base = zh_to_int(m.group("n")) or 0
        return f"{round(base * 1.2) if m.group(0).endswith('出头') else round(base * 1.1)}元" if base >= 100 \
            else m.group(0)

    text = _ZH_TWO_DIGITS.sub(upper, text)
    text = _ZH_SOME_MORE.sub(some_more, text)
    text = _ZH_SOME_TENS.sub(lambda m: f"{_ZH_UNIT[m.group('u')] * 10 - 1}", text)
    text = _ZH_JUST_OVER.sub(just_over, text)
    def ceiling(m: re.Match[str]) -> str:
        value = zh_to_int(m.group("n"))
        return f"{m.group('w')}{value}元" if value is not None and value >= 10 else m.group(0)

    return _ZH_CEILING.sub(ceiling, text)


# "150米以内": 米 is yuan in chat slang, before a limit word (a length says 1.5米 without one).
_ZH_MI_YUAN = re.compile(r"(?<![\d.])(?P<n>\d{2,5})\s?米(?=\s*(?:以内|以下|之内|左右|上下|的预算|预算))")


def money_slang(text: str) -> str:
    text = _ZH_MI_YUAN.sub(lambda m: f"{m.group('n')}元", text)
    text = _ZH_AMOUNT.sub(_zh_amount, text)
    text = _ZH_DOLLAR.sub("$", text)
    return _RU_N_THOUSAND.sub(lambda m: f"{m.group('n')}к", text)


@dataclass
class PriceLimits:
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    currency: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


def _a_present(text: str) -> bool:
    from knowledge.needs import GIFT  # (needs loads the profiles' code: only for the rare bare range)

    return bool(GIFT.search(text))


def parse_price(text: str) -> PriceLimits:
    """Price limits named in ``text`` (normalized), in the currency the shopper named (None when unnamed)."""
    out = PriceLimits()
    taken: list[tuple[int, int]] = []
    for i, pat in enumerate(_PRICE_PATTERNS):
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            cur = _currency_of(g.get("c1")) or _currency_of(g.get("c2"))
            after = m.end("m") if g.get("m") else m.end("n")
            if cur is None and (_UNIT_AFTER.match(text, after) or _TIME_AFTER.match(text, after)):
                continue  # "at least 5m", "больше 1,5 л": a quantity; «в школе до 5 вечера»: a time, not a price
            if "m" in g and g.get("m"):
                cur = cur or _currency_of(g.get("d1")) or _currency_of(g.get("d2"))
                lo, hi = _to_number(g["n"]), _to_number(g["m"])
                if i == 1 and cur is None and not _BUDGET_BEFORE.search(text[max(0, m.start() - 40):m.start()]) \
                        and not (re.fullmatch(r"[\s.!?,)]*", text[m.end():])
                                 and min(_to_number(g["n"]), _to_number(g["m"])) >= 10 and _a_present(text)):
                    # a bare "50-80" is too ambiguous (sizes, wattage) without a currency or a budget word, unless
                    # it closes a present's request ("housewarming for a friend who loves to cook, 50-70")
                    continue
                out.price_min, out.price_max = min(lo, hi), max(lo, hi)
            elif i in (2, 3):
                if i == 3 and not _UPPER_SUFFIX.search(m.group()[m.end("n") - m.start():]):
                    continue
                out.price_max = _to_number(g["n"])
            else:
                if i == 5 and not _LOWER_SUFFIX.search(m.group()[m.end("n") - m.start():]):
                    continue
                # "from 100" / "от 100" without a currency is ambiguous with sizes; require a currency or a
                # comparative word that only prices take.
                if i == 4 and cur is None and re.match(r"(?:from|от|min)", m.group(), re.I):
                    continue
                if i == 4 and _NOT_SPEND.search(text[max(0, m.start() - 40):m.start()]):
                    out.price_max = _to_number(g["n"])  # "dont want to spend more than 30": at most 30
                else:
                    out.price_min = _to_number(g["n"])
            out.currency = out.currency or cur
            taken.append((m.start(), m.end()))
    out.spans = taken
    if out.price_min is None and out.price_max is None:
        _soft_price(text, out)
    return out


# --- lexicon: the words the store knows --------------------------------------------------------------------------


@dataclass(frozen=True)
class LexEntry:
    kind: str  # "attr" | "category"
    key: str  # attribute key, or category path
    value: Any  # attribute value (True for yes/no flags); None for categories
    lang: str
    phrase: tuple[str, ...]  # analysed terms (en, ru) or the raw string as one item (zh)


# "shoes for running", "a mat for yoga": a thing and, after "for", the use that names its kind.
_FOR_USE = re.compile(r"\b([a-z]+)\s+for\s+([a-z]+)\b", re.IGNORECASE)


def _analyse(text: str) -> list[tuple[str, int, int, str]]:
    """(term, start, end, script) for every word of normalized ``text``, stop words kept (phrases need them)."""
    out: list[tuple[str, int, int, str]] = []
    for m in _RUN.finditer(text):
        kind, run = m.lastgroup or "en", m.group()
        if kind == "ru":
            out.append((ru_lemma(run), m.start(), m.end(), "ru"))
        elif kind == "en":
            out.append((en_stem(run), m.start(), m.end(), "en"))
        elif kind == "num":
            out.append((run, m.start(), m.end(), "num"))
        else:
            out.append((run, m.start(), m.end(), "zh"))
    return out


def phrase_of(text: str, lang: str) -> tuple[str, ...]:
    norm = normalize(text).strip()
    if lang == "zh" or re.search(r"[\u4e00-\u9fff]", norm):
        return (norm,)
    return tuple(t for t, _, _, s in _analyse(norm) if s != "zh")


# "down there", "down the road", "upside down": the word of a place or a direction, not the down of a filling.
_DOWN_THERE = re.compile(r"down\s+(?:there|here|the|to|in|at|by|on|below|from|a|an|and|with|for|when|again|"
                         r"stairs)\b|down(?=\s*[,.!?;]|\s*$)")
_SLIP_MIN = 5  # letters from which a word unknown to the lexicon may be a slip of a category's word
# wordfreq's Zipf scale: slips are next to never written ("flashlite", "hedlamp" 0; "dumbells", «кросовки» 1.4), words
# of their own are ("fryer" 3.0, «купальник» 3.1, "walkie" 2.9, «тачек» 2.4).
_SLIP_ZIPF = 2.0


def _en_stems(word: str) -> list[str]:
    """The words an English "-ing" or "-ed" form may come from ("sleeting" -> sleet, "hiked" -> hike)."""
    w = word.lower()
    for end in ("ing", "ed"):
        if w.endswith(end) and len(w) > len(end) + 2:
            base = w[:-len(end)]
            return [base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else base]
    return []


def _term(word: str, script: str) -> str:
    return ru_lemma(word) if script == "ru" else en_stem(word)


_ZH_AFTER_LATIN = re.compile(r"^[a-z0-9][a-z0-9 .+-]*\s*([\u4e00-\u9fff]{2,})$")


class Lexicon:
    """Category and attribute phrases in every language, matched longest-first."""

    def __init__(self, entries: Iterable[LexEntry] = ()) -> None:
        self.entries: list[LexEntry] = []
        self._seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
        self.flag_keys: set[str] = set()
        self.category_keys: dict[str, set[str]] = {}  # category path -> attribute keys its products have
        self.category_values: dict[str, dict[str, set[Any]]] = {}  # path -> key -> the values its products have
        self.category_ranges: dict[str, dict[str, tuple[float, float]]] = {}  # path -> numeric key -> (low, high)
        self._zh: list[LexEntry] = []
        self._by_first: dict[str, list[LexEntry]] = {}
        # (kind, key, value, lang) -> words as first written: how an attribute reads in a reason line.
        self.display: dict[tuple[str, str, str, str], str] = {}
        self._terms: set[str] = set()  # every word (as analysed) of every phrase: words the lexicon knows
        # words of categories' names by their analysed term (stem or lemma): the word as first written
        self._kind_words: dict[str, dict[str, str]] = {"en": {}, "ru": {}}
        for e in entries:
            self.add(e)

    def kinds_ending_in(self, word: str) -> set[str]:
        """Categories whose Chinese name ends in ``word``: a head noun said alone ("锅" of 煎锅, "刀" of 厨师刀)."""
        return {str(e.key) for e in self._zh if e.kind == "category" and e.phrase[0].endswith(word)}

    def add(self, e: LexEntry) -> None:
        if not e.phrase or not any(e.phrase):
            return
        sig = (e.kind, e.key, repr(e.value), e.phrase)
        if sig in self._seen:
            return
        self._seen.add(sig)
        self.entries.append(e)
        self._terms.update(e.phrase)
        # Indexed for matching: Chinese phrases are searched as substrings, word phrases by their first term.
        if len(e.phrase) == 1 and re.search(r"[\u4e00-\u9fff]", e.phrase[0]):
            self._zh.append(e)
        else:
            self._by_first.setdefault(e.phrase[0], []).append(e)
        if e.kind == "attr" and e.value is True:
            self.flag_keys.add(e.key)

    def add_phrase(self, kind: str, key: str, value: Any, lang: str, text: str) -> None:
        if text and text.strip():
            self.display.setdefault((kind, key, repr(value), lang), text.strip())
            self.add(LexEntry(kind, key, value, lang, phrase_of(text, lang)))
            if kind == "category":
                for w in _RUN.finditer(normalize(text)):
                    pool = self._kind_words.get(w.lastgroup or "")
                    if pool is not None and len(w.group()) >= _SLIP_MIN:
                        pool.setdefault(_term(w.group(), w.lastgroup or ""), w.group())
            # "LED灯泡": shoppers say the Chinese noun alone ("灯泡坏了"), so a category is known by it too.
            if kind == "category" and (m := _ZH_AFTER_LATIN.match(normalize(text).strip())) is not None:
                self.add(LexEntry(kind, key, value, lang, (m.group(1),)))

    def know_names(self, names: Iterable[str]) -> None:
        """Words the store names things by (brands): never taken for a slip of a kind's word ("Kitchenry")."""
        for name in names:
            self._terms.update(_term(m.group(), m.lastgroup or "") for m in _RUN.finditer(normalize(name)))

    def spell_kinds(self, text: str) -> str:
        """``text`` with misspelt words of categories' names put right ("flashlite", "hedlamp", «полатка»): a word no
        phrase of the lexicon knows and everyday language rarely writes, one slip (two in a word of eight letters or
        more) from a word of a category's name, with one such word nearest. Stems are compared, so "flashlite"
        (flashlit) is one slip from "flashlights" (flashlight), and «полатку» from «палатки». Normalized, unless
        nothing is put right or normalizing keeps every character's place (then the rest keeps its case)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA
        from wordfreq import zipf_frequency

        norm = normalize(text)
        base = text if len(norm) == len(text) else norm
        out, last = [], 0
        for m in _RUN.finditer(norm):
            word, script = m.group(), m.lastgroup or ""
            pool = self._kind_words.get(script)
            term = _term(word, script)
            if not pool or len(word) < _SLIP_MIN or len(term) < _SLIP_MIN or term in self._terms:
                continue
            limit = 1 if len(term) <= 7 else 2
            near = process.extract(term, list(pool), scorer=OSA.distance, score_cutoff=limit, limit=4)
            if not near:
                continue
            best = min(d for _, d, _ in near)
            right = {pool[t] for t, d, _ in near if d == best}
            if len(right) != 1:
                continue
            if zipf_frequency(word, script) >= _SLIP_ZIPF:
                continue  # a word of its own ("fryer", «купальник»), no slip
            if script == "en" and any(zipf_frequency(stem, "en") >= _SLIP_ZIPF + 0.5 for stem in _en_stems(word)):
                continue  # a rare form of a common word ("sleeting" of sleet), no slip of "sleeping"
            if base is text and text[m.start()].isupper() and re.search(r"[^\s.!?…]\s*$", text[:m.start()]):
                continue  # capitalised inside a sentence: a person's name («Внучке Машеньке»), no slip of a kind
            out += [base[last:m.start()], right.pop()]
            last = m.end()
        return "".join(out) + base[last:] if out else text

    def kinds_said_backwards(self, text: str) -> str:
        """``text`` with a kind said as "X for Y-ing" in the order of the kind's name ("shoes for running" -> "running
        shoes", "mat for yoga" -> "yoga mat", "glasses for swimming"): how speakers of many languages say a compound
        in English. Only where the turned phrase is, whole, a category's name or word; otherwise unchanged."""

        def turned(m: re.Match[str]) -> str:
            phrase = f"{m.group(2)} {m.group(1)}"
            whole = any(e.kind == "category" and a == 0 and b == len(phrase) for e, a, b in self.match(phrase))
            return phrase if whole else m.group(0)

        return _FOR_USE.sub(turned, text) if " for " in text.lower() else text

    def label(self, kind: str, key: str, value: Any, lang: str) -> str | None:
        return self.display.get((kind, key, repr(value), lang)) or self.display.get((kind, key, repr(value), "en"))

    def match(self, text: str) -> list[tuple[LexEntry, int, int]]:
        """Non-overlapping matches in normalized ``text`` as (entry, start, end), longest phrases first.

        Chinese phrases match as written, or by their pinyin syllables when the text has a homophone in their place
        ("巧克利" for "巧克力": the commonest slip of a pinyin input method).
        """
        words = _analyse(text)
        found: list[tuple[LexEntry, int, int]] = []
        hanzi = [(i, ch) for i, ch in enumerate(text) if "\u4e00" <= ch <= "\u9fff"]
        syllables = [pinyin(ch)[0] for _, ch in hanzi] if hanzi else []
        for e in self._zh if hanzi else ():
            start = text.find(e.phrase[0])
            if start < 0 and len(e.phrase[0]) >= 2:
                found += self._pinyin_matches(e, hanzi, syllables)
            while start >= 0:
                if len(e.phrase[0]) > 1 or not _ZH_NOT_ALONE.search(text, max(0, start - 1), start + 2):
                    found.append((e, start, start + len(e.phrase[0])))
                start = text.find(e.phrase[0], start + 1)
        for i, word in enumerate(words):
            for e in self._by_first.get(word[0], ()):
                n = len(e.phrase)
                if i + n <= len(words) and all(words[i + j][0] == e.phrase[j] for j in range(n)):
                    found.append((e, words[i][1], words[i + n - 1][2]))
        found.sort(key=lambda f: (-(f[2] - f[1]), f[1]))
        chosen: list[tuple[LexEntry, int, int]] = []
        for f in found:
            if all(f[2] <= c[1] or f[1] >= c[2] or (f[1], f[2]) == (c[1], c[2]) for c in chosen):
                chosen.append(f)
        return sorted(chosen, key=lambda f: f[1])


    @staticmethod
    def _pinyin_matches(e: LexEntry, hanzi: list[tuple[int, str]],
                        syllables: list[str]) -> list[tuple[LexEntry, int, int]]:
        phrase = e.phrase[0]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in phrase):
            return []
        want = list(pinyin(phrase))
        n = len(want)
        out = []
        for i in range(len(syllables) - n + 1):
            # One wrong character is a slip; two or more is another word that sounds alike (坚果 vs 煎锅).
            if (syllables[i : i + n] == want and hanzi[i + n - 1][0] - hanzi[i][0] == n - 1
                    and sum(a != b for a, b in zip(phrase, (ch for _, ch in hanzi[i : i + n]), strict=True)) == 1):
                out.append((e, hanzi[i][0], hanzi[i + n - 1][0] + 1))
        return out


# A thing named as where something is or happens ("melts in her backpack", "spilled out of my bag").
_RU_IN = re.compile(r"(?<![а-яё])(?:в|во)\s+$")
_RU_LOCATIVE = re.compile(r"(?:е|ах|ях)$")
_PLACE_OF = re.compile(r"\b(?:in|into|inside|out of|all over)\s+(?:her|his|my|our|their|your)\s+$", re.I)


# What a thing runs on, said before a kind of the store: "装5号电池的", "takes AA batteries", «на батарейках».
_POWERED_BY = re.compile(r"(?:(?:装|用)\s*(?:[\d一二三四五七]+号)?|\btakes?\s+(?:aa+\s+)?|\buses?\s+|\bruns? on\s+|"
                         r"(?<![а-яё])на\s+)$", re.I)


# Words a refusal may reach that name no thing: "so not that", "not those", "有".
_NOT_A_TERM = frozenset(["that", "those", "these", "this", "it", "them", "like", "one", "ones", "so", "too", "very",
                         # a constraint given up, not a thing refused ("forget the budget", "no colour preference")
                         "budget", "price", "colour", "color", "size", "things", "stuff",
                         "целый", "целая", "это", "то", "有", "那个", "这个", "那种", "这种"])


# Words a one-character value sits inside without meaning it: "玩不明白" is no white, "天黑" no black.
_ZH_NOT_ALONE = re.compile(r"明白|白天|坦白|空白|白费|白白|天黑|拉黑|黑夜|褪黑|黑眼圈|黑头|黑车|黑店")


# Synonyms the taxonomy does not spell out (written as (kind, key, value, lang, phrase)).
_SYNONYMS: list[tuple[str, str, Any, str, str]] = [
    ("attr", "colour", "grey", "en", "gray"),
    # Colours a shopper asks for that the store may not have at all: read as colours, so "a purple yoga mat?" is
    # answered "no" rather than with mats of any colour.
    *(("attr", "colour", colour, lang, word) for colour, lang, word in (
        ("purple", "en", "purple"), ("purple", "en", "violet"), ("purple", "en", "lilac"), ("pink", "en", "pink"),
        ("yellow", "en", "yellow"), ("purple", "ru", "фиолетовый"), ("purple", "ru", "сиреневый"),
        ("pink", "ru", "розовый"), ("yellow", "ru", "жёлтый"), ("yellow", "ru", "желтый"), ("purple", "zh", "紫色"),
        ("pink", "zh", "粉色"), ("pink", "zh", "粉红色"), ("yellow", "zh", "黄色"))),
    # Without wires is wireless: «без проводов», "cordless", "no wires" (a negation of wires, not of a product word).
    ("attr", "wireless", True, "ru", "без проводов"),
    ("attr", "wireless", True, "ru", "без провода"),
    ("attr", "wireless", True, "en", "cordless"),
    ("attr", "wireless", True, "en", "bluetooth"),
    ("attr", "wireless", True, "ru", "блютуз"),
    ("attr", "wireless", True, "ru", "bluetooth"),
    ("attr", "wireless", True, "zh", "蓝牙"),
    ("attr", "wireless", True, "en", "no wires"),
    ("attr", "wireless", True, "zh", "不带线"),
    *(("attr", "wireless", True, "zh", w) for w in ("没线", "没有线", "不要线", "无线的")),
    # ... and with a wire is not wireless: "wired", «проводные», "有线"
    ("attr", "wireless", False, "en", "wired"),
    *(("attr", "wireless", False, "ru", w) for w in ("проводные", "проводной", "проводная", "проводное", "с проводом")),
    ("attr", "wireless", False, "zh", "有线"),
    # Noise cancelling as shoppers say it: «шумодав», «с шумоподавлением», "ANC", "降噪".
    *(("attr", "noise_cancelling", True, "ru", w) for w in ("шумодав", "шумодавом", "с шумодавом", "шумоподавлением",
                                                            "с шумоподавлением", "шумоподавление")),
    ("attr", "noise_cancelling", True, "en", "anc"),
    ("attr", "noise_cancelling", True, "en", "noise canceling"),
    # Coffee in beans as people ask for it: «в зёрнах», "beans", "咖啡豆" (the catalog writes «зерновой»).
    *(("attr", "form", "beans", "ru", w) for w in ("в зернах", "в зёрнах", "зерновой", "зерновое", "зерна", "зёрна")),
    *(("attr", "form", "beans", "en", w) for w in ("beans", "whole beans", "in beans")),
    ("attr", "material", "aluminium", "en", "aluminum"),
    ("attr", "material", "leather", "zh", "皮革"),
    ("attr", "material", "leather", "zh", "皮"),
    ("attr", "material", "leather", "ru", "кожа"),
    ("attr", "material", "leather", "ru", "из кожи"),
    ("attr", "waterproof", True, "en", "water resistant"),
    ("attr", "waterproof", True, "en", "water-proof"),
    ("attr", "waterproof", True, "ru", "водонепроницаемый"),
    ("attr", "waterproof", True, "ru", "непромокаемый"),
    ("attr", "waterproof", True, "zh", "防水"),
    *(("attr", "waterproof", True, "zh", w) for w in ("防雨", "防泼水", "不漏雨", "不进水")),
    ("attr", "waterproof", True, "ru", "не промокает"),  # "чтобы не промокал": a wish said as a negation
    ("attr", "waterproof", True, "en", "keeps water out"),
    # «чтоб не протекала»: a tent or a boot that lets no water in
    *(("attr", "waterproof", True, "ru", w) for w in ("не протекает", "не протекала", "не протекал", "не протекало",
                                                       "не протекали", "не промокала", "не промокал", "не промокали")),
    # Teflon is what shoppers call a non-stick coating: «без тефлона» leaves the coated pans out.
    *(("attr", "non_stick", True, lang, w) for lang, w in (("en", "teflon"), ("ru", "тефлон"), ("ru", "тефлона"),
                                                            ("ru", "тефлоном"), ("ru", "тефлоновый"),
                                                            ("ru", "тефлоновая"), ("ru", "тефлоновой"),
                                                            ("ru", "тефлоновым"), ("zh", "特氟龙"))),
    *(("attr", "non_stick", True, "en", w) for w in ("nonstick", "non stick")),
    # Headphones by how they sit, in shoppers' short words ("头戴的也不要", «накладные»).
    *(("attr", "form", "over-ear", "zh", w) for w in ("头戴", "头戴的")),
    *(("attr", "form", "in-ear", "zh", w) for w in ("入耳", "入耳的", "耳塞")),
    *(("attr", "form", "over-ear", "ru", w) for w in ("полноразмерные", "накладные", "большие наушники")),
    *(("attr", "form", "in-ear", "ru", w) for w in ("вкладыши", "затычки", "внутриканальные")),
    *(("attr", "form", "over-ear", "en", w) for w in ("over ear", "over the ear", "on-ear", "on ear")),
    *(("attr", "form", "in-ear", "en", w) for w in ("in ear", "earbuds", "buds")),
    # Sugar kept out in other words: "没加糖的", "控糖" (watching one's sugar).
    *(("attr", "sugar_free", True, "zh", w) for w in ("没加糖", "不加糖", "没放糖", "不放糖", "控糖", "不含糖")),
    # Feathers are the down shoppers are allergic to: "no feathers", «без пера», "对羽毛过敏".
    *(("attr", key, "down", lang, w) for key in ("material", "insulation") for lang, w in (
        ("en", "feathers"), ("en", "feather"), ("ru", "перо"), ("ru", "пера"), ("ru", "перья"), ("zh", "羽毛"))),
    # Not afraid of water: «воды не боится», "不怕水" (a wish said as a negation).
    *(("attr", "waterproof", True, "ru", w) for w in ("воды не боится", "не боится воды", "не боится дождя",
                                                       "дождя не боится", "не боятся воды", "воды не боятся")),
    *(("attr", "waterproof", True, "zh", w) for w in ("不怕水", "不怕淋")),
    # The connector as phone sellers name it: "Type-C" is USB-C (not a size "C").
    *(("attr", "connector", "usb-c", lang, word) for lang in ("en", "ru", "zh")
      for word in ("type-c", "type c", "typec")),
    ("attr", "connector", "usb-c", "ru", "тайп-си"),
    # Coffee ground already, as people say it: "磨好的粉", "咖啡粉", «молотого»; "splashed" is wet, kept out.
    *(("attr", "form", "ground", "zh", w) for w in ("磨好的粉", "磨好的", "咖啡粉")),
    # ... and in beans ("ground rather than whole beans": the beans are the form refused, not coffee itself)
    *(("attr", "form", "beans", "en", w) for w in ("beans", "whole beans", "in beans")),
    *(("attr", "form", "beans", "ru", w) for w in ("в зёрнах", "в зернах", "зерновой", "зерновым", "зерновой кофе")),
    *(("attr", "waterproof", True, "en", w) for w in ("splashproof", "splash proof", "splash-proof", "splashed",
                                                       "getting splashed", "getting wet")),
    # Man-made fibre as a whole ("化纤的一律不要"): synthetic; "棉的" cotton, "毛线" knitted wool, "带帽的" a hood.
    ("attr", "material", "synthetic", "zh", "化纤"),
    # Vegan as people say it of a person's diet: "吃全素", "吃素的", «гостья веганка».
    *(("attr", "vegan", True, "zh", w) for w in ("全素", "吃素", "素食")),
    *(("attr", "vegan", True, "ru", w) for w in ("веган", "веганка", "веганы")),
    # Down and synthetic fill as people say them: duck or goose down, "化纤棉" (a sleeping bag's fill is its material,
    # a jacket's its insulation; the kind keeps the key it records).
    *(("attr", key, "down", "zh", w) for key in ("material", "insulation") for w in ("鸭绒", "鹅绒")),
    *(("attr", key, "synthetic", "zh", w) for key in ("material", "insulation")
      for w in ("化纤棉", "人造棉", "合成棉")),
    ("attr", "material", "cotton", "zh", "棉的"),
    ("attr", "material", "wool", "zh", "毛线"),
    ("attr", "hood", True, "zh", "带帽"),
    # A cord said as people say it: "带线儿的那种可别整" (wired, not wireless)
    *(("attr", "wireless", False, "zh", w) for w in ("带线", "带线儿", "有线儿")),
    ("attr", "hood", True, "zh", "连帽"),
    # Rechargeable as people say it: "充电电池", "能充电的" (the longer "充电宝", "充电器" stay kinds).
    *(("attr", "rechargeable", True, "zh", w) for w in ("充电", "能充电", "可以充电", "能充")),
    # ... and in English and Russian: "one I can charge up", «который заряжается», «на аккумуляторе»
    *(("attr", "rechargeable", True, "en", w) for w in ("charge up", "chargeable")),
    *(("attr", "rechargeable", True, "ru", w) for w in ("заряжается", "заряжаемый", "на аккумуляторе")),
    # Decaf as people say it: "the decaffeinated sort", "without caffeine", "无咖啡因".
    *(("attr", "decaf", True, "en", w) for w in ("decaffeinated", "caffeine-free", "caffeine free", "no caffeine",
                                                  "without caffeine")),
    *(("attr", "decaf", True, "ru", w) for w in ("декаф", "без кофеина", "бескофеиновый")),
    *(("attr", "decaf", True, "zh", w) for w in ("无咖啡因", "脱咖啡因", "去咖啡因", "低咖啡因", "低因")),
    # A colour said by its character and 的 ("有黑的吗", "要白的"): "黑的" may still be dark chocolate, kept for the
    # kind whose products record it.
    *(("attr", "colour", colour, "zh", ch + "的") for ch, colour in (
        ("红", "red"), ("橙", "orange"), ("黄", "yellow"), ("绿", "green"), ("蓝", "blue"), ("紫", "purple"),
        ("粉", "pink"), ("黑", "black"), ("白", "white"), ("灰", "grey"), ("棕", "brown"))),
    ("attr", "kind", "dark", "zh", "黑的"),
    # A skin type as people say it («для сухой кожи», "干皮": not leather, 皮 alone is).
    *(("attr", "skin", "dry", "ru", w) for w in ("сухая кожа", "сухой кожи", "сухую кожу", "сухой кожей",
                                                 "кожа сухая", "кожа сохнет", "кожа шелушится")),
    *(("attr", "skin", "oily", "ru", w) for w in ("жирная кожа", "жирной кожи", "жирную кожу", "кожа жирная",
                                                  "кожа блестит")),
    *(("attr", "skin", "dry", "zh", w) for w in ("干皮", "干性皮肤", "皮肤干", "皮肤很干", "皮肤干燥", "干性肌肤")),
    *(("attr", "skin", "oily", "zh", w) for w in ("油皮", "油性皮肤", "皮肤油", "皮肤很油", "油性肌肤", "混油")),
    *(("attr", "skin", "dry", "en", w) for w in ("dry skin", "skin is dry", "flaky skin")),
    *(("attr", "skin", "oily", "en", w) for w in ("oily skin", "skin is oily", "greasy skin")),
]


def synonym_phrases() -> list[str]:
    """The shoppers' words for attribute values the catalog spells otherwise ("Type-C", "cordless", «кожа»)."""
    return [phrase for *_, phrase in _SYNONYMS]


def _taxonomy_entries(lex: Lexicon) -> dict[str, str]:
    """Words of the demo taxonomy (when installed): every attribute value in en/ru/zh. Returns slug -> category key."""
    try:
        from knowledge.category_words import CATEGORY_WORDS
        from knowledge.demo.taxonomy import DEPARTMENTS
    except ImportError:  # pragma: no cover - the demo package is part of the project, but stay optional
        return {}
    slugs: dict[str, str] = {}
    for dep in DEPARTMENTS:
        for cat in dep.categories:
            slugs[cat.slug] = f"{dep.slug}/{cat.slug}"
            for lang in ("en", "ru", "zh"):
                lex.add_phrase("category", slugs[cat.slug], None, lang, cat.names.get(lang))
                lex.add_phrase("category", slugs[cat.slug], None, lang, getattr(cat.noun, lang))
                # the shoppers' everyday words for it ("thermos", «кроссы», "跑鞋")
                for word in CATEGORY_WORDS.get(cat.slug, {}).get(lang, ()):
                    lex.add_phrase("category", slugs[cat.slug], None, lang, word)
            for spec in cat.attrs:
                if spec.choices and isinstance(spec.choices[0].value, int | float) and not isinstance(
                    spec.choices[0].value, bool
                ):
                    continue  # numbers with units are parsed by pattern, not by phrase
                for ch in spec.choices:
                    if ch.value is False:
                        continue
                    for lang in ("en", "ru", "zh"):
                        if ch.title is not None:
                            lex.add_phrase("attr", spec.key, ch.value, lang, ch.title.get(lang))
                        if ch.value is True:
                            lex.add_phrase("attr", spec.key, True, lang, spec.name.get(lang))
                    if isinstance(ch.value, str):
                        lex.add_phrase("attr", spec.key, ch.value, "en", ch.value.replace("-", " "))
    return slugs


def build_lexicon(categories: Iterable[tuple[str, dict[str, Any]]] = (),
                  attributes: Iterable[tuple[str, Any]] = ()) -> Lexicon:
    """A lexicon from the store's categories (path, localized names) and attribute (key, value) pairs."""
    lex = Lexicon()
    cats = list(categories)
    slugs = _taxonomy_entries(lex)
    if cats:
        # Point taxonomy category keys at the store's real paths (matched by their last segment).
        by_slug = {p.rsplit("/", 1)[-1]: p for p, _ in cats}
        remapped = Lexicon()
        remapped.display = {
            (k, by_slug.get(key.rsplit("/", 1)[-1], key) if k == "category" else key, v, lg): t
            for (k, key, v, lg), t in lex.display.items()
        }
        for e in lex.entries:
            if e.kind == "category":
                slug = e.key.rsplit("/", 1)[-1]
                if slug in by_slug:
                    remapped.add(LexEntry(e.kind, by_slug[slug], None, e.lang, e.phrase))
            else:
                remapped.add(e)
        remapped._kind_words = lex._kind_words  # the taxonomy's words name the store's kinds too
        lex = remapped
        for path, names in cats:
            for lang, name in (names or {}).items():
                if isinstance(name, str):
                    lex.add_phrase("category", path, None, lang, name)
    del slugs
    for key, value in attributes:
        if value is True:
            lex.add_phrase("attr", key, True, "en", key.replace("_", " "))
            if key.endswith("_free"):
                lex.add_phrase("attr", key, True, "en", key.replace("_", "-"))
        elif isinstance(value, str) and 2 <= len(value) <= 40:
            lex.add_phrase("attr", key, value, "en", value.replace("-", " "))
    for kind, key, value, lang, text in _SYNONYMS:
        lex.add_phrase(kind, key, value, lang, text)
    return lex


_default_lock = threading.Lock()
_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The demo taxonomy's words alone: used when no store lexicon is given (tests, the CLI without a DB)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = build_lexicon()
        return _default


_store: Lexicon | None = None


def store_lexicon() -> Lexicon:
    """The lexicon of the store this process last read from its DB (a process serves one store), else the demo
    taxonomy's: for readers without the DB at hand that need the store's kinds and what they record."""
    return _store or default_lexicon()


def lexicon_from_db(db_url: str) -> Lexicon:
    """The store's own words: category names and distinct attribute values (cached per URL by the caller)."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product

    pairs: set[tuple[str, Any]] = set()
    keys: dict[str, set[str]] = {}
    values: dict[str, dict[str, set[Any]]] = {}
    ranges: dict[str, dict[str, tuple[float, float]]] = {}
    with session_scope(db_url) as s:
        cat_rows = list(s.scalars(select(Category)))
        cats = [(c.path, dict(c.names or {})) for c in cat_rows]
        path_of = {c.id: c.path for c in cat_rows}
        # Distinct attribute bags are few (combinations repeat), so this stays cheap at 50k products.
        for cat_id, attrs in s.execute(select(Product.category_id, Product.attributes).distinct()):
            for k, v in (attrs or {}).items():
                if isinstance(v, bool | str):
                    pairs.add((k, v))
            if cat_id in path_of:
                keys.setdefault(path_of[cat_id], set()).update((attrs or {}).keys())
                for k, v in (attrs or {}).items():
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        low, high = ranges.setdefault(path_of[cat_id], {}).get(k, (v, v))
                        ranges[path_of[cat_id]][k] = (min(low, v), max(high, v))
                    if isinstance(v, str):
                        values.setdefault(path_of[cat_id], {}).setdefault(k, set()).add(v)
                    elif isinstance(v, list):  # sizes
                        values.setdefault(path_of[cat_id], {}).setdefault(k, set()).update(map(str, v))
        brands = [b for b in s.scalars(select(Product.brand).distinct()) if b]
    lex = build_lexicon(cats, sorted(pairs, key=repr))
    lex.category_keys = keys
    lex.category_values = values
    lex.category_ranges = ranges
    lex.know_names(brands)
    global _store
    _store = lex
    return lex


# --- numbers with units ----------------------------------------------------------------------------------------

_UNITS: list[tuple[str, str]] = [
    (r"w|watts?|вт|ватт|瓦", "wattage"),
    (r"l|litres?|liters?|л|литр(?:а|ов)?|升", "capacity_l"),
    (r"ml|millilit(?:re|er)s?|мл|миллилитр(?:а|ов)?|毫升", "capacity_ml"),
    (r"mah|ма·ч|мач|миллиампер(?:-?час\w*)?|毫安(?:时)?", "capacity_mah"),
    (r"gb|гб|gigs?", "capacity_gb"),
    (r"lm|lumens?|лм|流明", "lumens"),
    (r"mp|мп|万像素", "megapixels"),
    (r"-?persons?|people|-?man|-?местн\w*|человек(?:а)?|个?人", "persons"),
    (r"kg|kilos?|kilograms?|кг|килограмм(?:а|ов)?|公斤|千克", "weight_kg"),
    (r"m|metres?|meters?|м|метр(?:а|ов)?|米", "length_m"),
    (r"pieces?|pcs|pc|детал(?:ей|и|ь)|элемент(?:ов|а)?|片", "pieces"),
]
# Keys of measured quantities: a request that names one names something only some kinds of thing record.
MEASURED_KEYS = frozenset(k for _, k in _UNITS) - {"capacity_ml"}
# A number with a unit is a quantity, never a price ("at least 5m", "不少于2米").
_UNIT_WORDS = "|".join(f"(?:{u})" for u, _ in _UNITS)
_UNIT_AFTER = re.compile(rf"\s?(?:{_UNIT_WORDS})(?![a-zа-я])", re.I)
# An hour, a span of time, an age or another measure after the number: "до 5 вечера", "under 3 years", "5点以前".
_TIME_AFTER = re.compile(r"\s?(?:вечера|утра|дня|ночи|час(?:а|ов)?|ч\.|минут\w*|мин\.|лет|года?|месяц\w*|недел\w*|"
                         r"дн(?:я|ей)|am|pm|a\.m\.|p\.m\.|o'?clock|hours?|hrs?|minutes?|mins?|years?|months?|weeks?|"
                         r"days?|点|点钟|分钟|小时|岁|个月|天|周|"
                         # a weight, a distance, a temperature or a head count of a story («отъелся до 7 кило»)
                         r"кило\w*|kilos?|градус\w*|degrees?|°|км|километр\w*|miles?|человек|people|раз|times|"
                         r"公里|度|个人)(?![a-zа-яё])", re.I)
# Quantities said in words, rewritten as the digits the unit parser reads: "两万毫安" -> "20000毫安", "half a litre"
# -> "0.5 l", «полтора литра» -> "1.5 л", a card's "128G" -> "128gb" (a power of two: never grams of chocolate).
_ZH_NUM_UNIT = re.compile(r"(?<![\d.,])(?P<n>\d+万|[零一二两三四五六七八九十百千万]+)"
                          r"(?:点(?P<d>[零一二三四五六七八九]+))?\s?"
                          r"(?P<u>毫安|毫升|升|瓦|流明|米|片|码)")
_HALF_LITRE = re.compile(r"(?<![\w.,])(?:half a|a half|half)[\s-]+lit(?:re|er)\b|(?<![а-яё])пол-?\s?литра\b", re.I)
_ONE_AND_HALF = re.compile(r"(?<![а-яё])(?:полтора|полутора)\s+(?P<u>литр(?:а|ов)?|л)(?![а-яё])|"
                           r"(?:one and a half|1 and a half)\s+(?P<e>lit(?:re|er)s?)\b|"
                           # "a litre and a half"
                           r"(?<![\w-])(?:a|one)\s+(?P<e2>lit(?:re|er))\s+and\s+a\s+half\b|一升半|一个半升", re.I)
_GIGS = re.compile(r"(?<![\d.,])(?P<n>8|16|32|64|128|256|512|1024)\s?g(?![a-zа-я])", re.I)


# A refusal right before an amount with its unit ("not the big heavy 20000 mah type"); "no more than" is a bound.
_MEASURE_REFUSED = re.compile(r"(?:(?<![\w-])(?:not|no|nothing|never)|(?<![а-яё])не|不要|别要|别)\s*"
                              r"(?:(?:the|a|an|one of those|those|that)\s+)?"
                              r"(?:(?:big|bigger|heavy|huge|small|little|bulky|chunky|large|massive)\s+)*"
                              r"(?:(?:на|по)\s+)?$", re.I)


def without_amounts(text: str) -> str:
    """``text`` with its amounts and their units blanked ("最便宜那款充电宝是两万毫安的吗" -> "…充电宝是 的吗"): what is
    left names the kind, not a filter of it."""
    return re.sub(r"\s+", " ", _UNIT_RE.sub(" ", spell_quantities(text))).strip()


# A shoe size said as an ordinal in words: «сорок третьего размера», «сорок третий размер», «размер сорок второй».
_RU_SIZE_ORD = {"первого": 1, "первый": 1, "второго": 2, "второй": 2, "третьего": 3, "третий": 3, "четвёртого": 4,
                "четвертого": 4, "четвёртый": 4, "четвертый": 4, "пятого": 5, "пятый": 5, "шестого": 6, "шестой": 6,
                "седьмого": 7, "седьмой": 7, "восьмого": 8, "восьмой": 8, "девятого": 9, "девятый": 9}
_RU_SIZE_WORDS = re.compile(r"(?<![а-яё])(?P<t>тридцать|сорок)\s+(?P<o>" + "|".join(_RU_SIZE_ORD) + r")(?![а-яё])"
                            r"|(?<![а-яё])(?P<r>сороков(?:ого|ой|ый)|тридцатого|тридцатый)(?![а-яё])", re.I)


_NOT_A_SIZE_AFTER = re.compile(r"\s*(?:год|раз|день|дня|этаж|автобус|маршрут|дом|класс|квартир|минут|час|км|"
                               r"километр|регион|номер|троллейбус|трамва)", re.I)


def _ru_size_words(text: str) -> str:
    def size(m: re.Match[str]) -> str:
        if m.group("r"):
            n = 40 if m.group("r").lower().startswith("сорок") else 30
        else:
            n = (40 if m.group("t").lower() == "сорок" else 30) + _RU_SIZE_ORD[m.group("o").lower()]
        return f"{n}-го" if m.group(0).lower().endswith("го") else f"{n}-й"

    said_size = bool(re.search(r"размер|р-р", text, re.I))

    def size_only(m: re.Match[str]) -> str:
        # («сорок второго года», «сорок третий автобус»: a year or a route, not a size)
        if not said_size and _NOT_A_SIZE_AFTER.match(text, m.end()):
            return m.group(0)
        return size(m)

    return _RU_SIZE_WORDS.sub(size_only, text)


def spell_quantities(text: str) -> str:
    """``text`` with quantities said in words or shorthand written as a number and a unit the parser reads."""
    text = _ru_size_words(text)

    def zh(m: re.Match[str]) -> str:
        word = m.group("n")
        # "七八百毫升" (seven or eight hundred): the larger, which meets both readings of a floor
        pair = re.fullmatch(r"[一二两三四五六七八九]([二三四五六七八九])([十百千万])", word)
        n = int(word[:-1]) * 10000 if word[0].isdigit() else (
            zh_to_int(pair.group(1) + pair.group(2)) if pair else zh_to_int(word))
        if n is not None and m.group("d"):  # "一点七升": 1.7 l
            return f" {n}.{''.join(str('零一二三四五六七八九'.index(c)) for c in m.group('d'))}{m.group('u')}"
        return m.group() if n is None else f" {n}{m.group('u')}"

    # "一升半" before the Chinese numerals, which would read its "一升" alone.
    out = _ONE_AND_HALF.sub(
        lambda m: "1,5 л" if m.group("u") else ("1.5 l" if m.group("e") or m.group("e2") else " 1.5升"), text)
    out = _ZH_NUM_UNIT.sub(zh, out)
    out = _HALF_LITRE.sub(lambda m: "0,5 л" if m.group().lower().startswith("пол") else "0.5 l", out)
    return _GIGS.sub(lambda m: f"{m.group('n')}gb", out)
_UNIT_RE = re.compile(
    # A Chinese character before the number does not glue it to a word ("想要4人帐篷"); a Latin or Cyrillic one does.
    rf"(?<![A-Za-z0-9А-Яа-яЁё_.])(?P<n>\d+(?:[.,]\d+)?)\s?(?P<u>{_UNIT_WORDS})(?![a-zа-я])",
    re.I,
)
# «литров 30», «ватт 800»: Russian puts the unit first for "about so many".
_RU_UNIT_FIRST = re.compile(r"(?<![а-яё])(?P<u>литр(?:а|ов)?|ватт|метр(?:а|ов)?|килограмм(?:а|ов)?)\s+(?:на\s+)?"
                            r"(?P<n>\d+(?:[.,]\d+)?)(?!\d|[.,]\d|\s?(?:" + _UNIT_WORDS + r")(?![a-zа-я]))", re.I)
# "四人帐篷", "双人睡袋", "单人": how many people, in Chinese words (digits are read by _UNIT_RE).
_ZH_PERSONS = re.compile(r"(?<![\d一二两三四五六七八九十])(?P<n>[一二两三四五六七八九十]|单|双)\s?个?人(?![人民群工])")
_ZH_PERSONS_N = {"单": 1, "双": 2, "俩": 2, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "八": 8, "九": 9, "十": 10}
# How many people a thing is for, told as who is going: "4 of us", "family of four", «нас четверо», "вчетвером",
# "一家四口", "我们三个人". Read for a kind whose products carry a head count (a tent), once a need names it.
_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_RU_GROUP = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "вдвоём": 2, "вдвоем": 2, "втроём": 3,
             "втроем": 3, "вчетвером": 4, "впятером": 5, "вшестером": 6}
_GROUP = re.compile(
    r"\b(?P<e>[2-8]|two|three|four|five|six|seven|eight) of us\b|\bfamily of (?P<f>[2-8]|two|three|four|five|six)\b"
    r"|(?<![а-яё])(?:нас\s+)?(?P<r>двое|трое|четверо|пятеро|шестеро|вдвоё?м|втроё?м|вчетвером|впятером|вшестером)"
    r"(?![а-яё])|(?<![а-яё])нас\s+(?P<rn>[2-8])(?![\d])"
    r"|一家(?P<z>[二两三四五六])口|(?:我们|一共|总共)(?P<z2>[二两三四五六七八]|[2-8])个?人"
    # "我们家四口人", "cooking for 4 now", "we're a party of 6"
    r"|家(?P<z3>[二两三四五六])口人?|(?P<z4>俩)人"
    r"|\b(?:cooking|camping|sleeping|room) for (?P<e2>[2-8]|two|three|four|five|six)\b"
    r"|\bparty of (?P<e3>[2-8]|two|three|four|five|six)\b"
    # "it needs to sleep 4", "one that sleeps six": a tent's people said by its shopper
    r"|\b(?:needs? to |has to |must |that |to )?sleeps? (?P<e4>[2-8]|two|three|four|five|six)\b(?! hours| hrs)", re.I)


def group_size(text: str) -> int | None:
    """The number of people in the shopper's group, or None."""
    m = _GROUP.search(text)
    if m is None:
        return None
    word = next(v for v in m.groups() if v)
    if word.isdigit():
        return int(word)
    return _EN_NUM.get(word.lower()) or _RU_GROUP.get(word.lower()) or _ZH_PERSONS_N.get(word)


_LETTER_SIZE = r"(?:xxxl|xxl|xl|xxs|xs|s|m|l|[2-4]xl)"
SIZE_RE = re.compile(
    r"(?:size|размер[а-я]*|尺码|尺寸)\s*(?P<n>\d{1,2}(?:[.,]5)?)(?!\d)|(?P<m>\d{2})\s*(?:码|号|размер|-?го размера)|"
    # «а 42-го?»: a shoe size said as an ordinal (no day of a month is 33-48).
    r"(?<![\d.,])(?P<g>3[3-9]|4[0-8])(?:-го|-?[йи]й?)(?![а-яё])|"  # «а 45й?», «42-й»
    # "she's a 37 now", "he wears a 44", «у неё 37-й», «ношу 42»: a person's shoe size said of them.
    r"\b(?:she|he|they|i|(?:my|our|his|her)\s+[a-z]+)(?:(?:'s|'re| is| are|'m| am)\s+(?:a|an)|\s+(?:wears?|takes?)"
    r"(?:\s+(?:a|an))?)"
    r"\s+(?:size\s+)?(?P<p>3[3-9]|4[0-8])(?![\d.,])(?!\s*(?:years?|yrs?|y/?o\b|-year))|"
    r"(?<![а-яё])(?:у\s+(?:неё|нее|него|меня)|ношу|носит|нош[уy])\s+(?P<q>3[3-9]|4[0-8])(?:-?[йи]й?)?(?![\d.,а-яё])|"
    # Letter sizes only with a size word beside them: a bare "m" or "s" is a unit or a plural, not a size.
    rf"(?:size|размер[а-я]*|尺码|尺寸)\s*(?P<l>{_LETTER_SIZE})(?![a-zа-я])|"
    rf"(?<![a-zа-я])(?P<k>{_LETTER_SIZE})\s*(?:码|号|size|размер[а-я]*)",
    re.I,
)
# Two or more letters are a size on their own in a request ("давайте 2XL", "XL的"): no word or unit is spelt so.
# (A product's name may end in them, "Квантум Лама XL": names are read with SIZE_RE alone.)
_BARE_LETTER_SIZE = re.compile(r"(?<![a-zа-я0-9-])(?P<b>[2-4]xl|xxxl|xxl|xl|xxs)(?![a-zа-я0-9-])", re.I)
# "2XL" is how some shoppers write XXL; the catalog spells the letters out.
_SIZE_ALIASES = {"2XL": "XXL", "3XL": "XXXL"}

# --- negation --------------------------------------------------------------------------------------------------

# ("i never drink enough": a habit told, nothing refused)
_NEG_EN = re.compile(r"(?<![\w-])(?!never \w+ enough\b)"
                     # ("no more than 10000 mah": a bound, nothing refused)
                     r"(?!(?:not|no|nothing) (?:more|less|bigger|smaller|larger|heavier|lighter|longer|shorter|higher|"
                     r"lower|cheaper|dearer|pricier)\b)(?!(?:not|no|nothing) (?:over|under|above|below)\s*[$£€\d])"
                     r"(?:not|no|without|non|never|except|excluding|w/o|anything but|"
                     r"other than|avoid|"
                     r"(?:rather than|instead of)(?!\s+(?:next|this|last|tomorrow|today|tonight|later|now|then|that|it|"
                     r"them|one|ones|me|us|\d))|"
                     # ("I won't have leather", "it mustn't have down", "I'd rather they weren't black")
                     r"won'?t have|will not have|mustn'?t (?:have|be|contain)|must not (?:have|be|contain)|"
                     r"needn'?t be(?: one of those)?|(?<=rather they )weren'?t|(?<=rather it )wasn'?t|"
                     # "zero nuts", "stop showing me plastic ones"
                     r"zero|stop (?:showing|sending|suggesting)(?: me)?|"
                     # "ok scrap wool, he says it itches", "ditch the leather ones"
                     r"scrap|ditch|(?<!i )(?<!we )(?<!you )(?<!he )(?<!she )(?<!they )forget(?: about)?|"
                     r"nothing|none of(?:\s+the)?|skip(?:\s+the)?|neither|isn'?t|aren'?t|free of|"
                     r"(?:do not|don'?t) (?:want|like|need)(?:\s+(?:any|the))?)"
                     r"[\s-]+(?:made (?:of|from)\s+|in\s+|with\s+|any\s+|the\s+|an?\s+|"
                     # "nothing that needs batteries": the thing it would need is refused
                     r"(?:that|which)\s+(?:needs?|uses?|takes?|runs? on|comes? with|has|have)\s+)?"
                     # "not the big over-ear ones": the size said of the kind refused is no part of it
                     r"(?:(?:big|bigger|small|huge|tiny|little|bulky|chunky|heavy|clunky)\s+"
                     r"(?=[a-z-]+\s+(?:ones?|kind|type|sort|style)\b))?"
                     # ("ground rather than whole beans": the beans are refused, "whole" only says which)
                     r"(?:whole\s+(?=beans?\b))?"
                     # ("rather than forever buying batteries": the batteries are what is refused)
                     r"(?:(?:forever|always|constantly)\s+)?(?:(?:buying|using|changing|replacing)\s+)?"
                     # ("no nonstick coating": the coating goes with the word refused, not into the query)
                     r"(?P<w>[a-z][a-z-]*)(?:\s+(?:coating|coated|lining|lined|finish|fabric|material))?", re.I)
# An auxiliary or a person before "not" / "never" makes it a statement about what happens, not a refusal of a thing
# (unless the word after it is one the store knows: "it is not leather" still refuses leather).
_TOLD_NOT = re.compile(r"(?<![\w'])(?:will|would|shall|should|can|could|may|might|must|do|does|did|am|is|are|was|"
                       r"were|have|has|had|i|you|he|she|we|they|it)\s+$", re.I)
# "не из ПВХ", "не из кожи": the preposition is part of the negation, the material is the excluded word.
# Words of refusing after «не» («не надо», «не хочу», «не подойдут»): the refusal, never the thing refused.
# «не пьёт кофе», «не может без …»: verbs of what a person takes or stands, not the thing.
_RU_VERBS_OF_LIKING = (r"(?:пь[её]т|пьют|ест|едят|любит|любят|носит|носят|переносит|выносит|употребляет|может|"
                       r"призна[её]т)")
_RU_REFUSING = (r"(?:надо|нужн[оаы]|нужен|хочу|хотим|подойд[её]т|подойдут|подходят|вариант|предлагайте|показывайте|"
                # an office letter: «Пуховые модели не рассматриваю», «Чёрный цвет также не предлагать»
                r"рассматриваю|рассматриваем|предлагать|показывать|интересуют|интересует)")
_NEG_RU = re.compile(r"(?<![\w])(?:не(?:\s+(?:хочу|хотим|надо|нужн[оаы]|нужен))?|без|кроме(?!\s+того)|но не|"
                     r"никак(?:ого|ой|их|ое)|ничего\s+со?|"
                     # «просим исключить позиции с орехами»
                     r"исключит[ье](?:\s+(?:позиции|товары|варианты|модели))?(?:\s+со?)?)"
                     r"\s+(?:из\s+|в\s+|на\s+)?(?!(?:" + _RU_REFUSING + "|" + _RU_VERBS_OF_LIKING + r")(?![а-яё]))"
                     r"(?P<w>[а-я][а-я-]*)", re.I)
# Words that name what is refused only by its quality beside them («пуховые модели», «синтетические материалы»).
_RU_GENERIC_THING = frozenset(["модели", "модель", "материалы", "материал", "варианты", "вариант", "цвет", "цвета",
                               "расцветки", "позиции", "товары", "изделия", "ткани", "ткань"])
# «Без кофе утро не начинает», «жить не может без чая»: a thing someone cannot do without is one they love.
_CANNOT_DO_WITHOUT = re.compile(r"\s+(?:[а-яё]+\s+){0,2}не\s+(?:начина|мыслит|представля|обход|жив[её]т|может|"
                                r"просыпа)", re.I)
_CANNOT_LIVE = re.compile(r"(?:жить|прожить|и дня|ни дня|дня)\s+не\s+(?:может|могу|можем|могут|мыслит)\s*$", re.I)
# «кроме шоколадных и с орехами»: what follows "and" after «кроме» is excepted too (its own «с» is what
# the refused thing has, not a wish for it).
_NEG_RU_ALSO = re.compile(r"(?<![\w])кроме\s+[а-я][а-я-]*\s*,?\s+и\s+(?:с|со)\s+(?P<w>[а-я][а-я-]*)", re.I)
# The refusal after the thing: «кожаные не надо», «чёрный не хочу», «с ПВХ не предлагайте»; "皮的不要", "PVC的就不要了".
_NEG_RU_AFTER = re.compile(r"(?<![\w])(?!(?:мне|нам|ему|ей|им|вам|тебе|это|этого|такое|такого|так|тогда|точно|уже|"
                           r"пока|сейчас|больше|ещё|еще|вот|а|и|но|да|нет|просто|пожалуйста)(?![а-яё]))"
                           r"(?P<w>[а-яё][а-яё-]*)\s+(?:(?:точно|уже|пожалуйста|тоже|также|вообще|совсем|больше)\s+)?"
                           # «и коричневые тоже мимо»: passed over, refused
                           r"(?:не\s+" + _RU_REFUSING + r"|мимо)"
                           + r"(?![а-яё])", re.I)
# "真皮的不要", "棕色白色都不要"
_NEG_ZH_AFTER = re.compile(r"(?:含|加了|加|带|有|是)?(?P<w>[a-z][a-z0-9-]*|[\u4e00-\u9fff]{1,5}?)"
                           r"(?:的(?:那种|这种)?(?:就|也|都|可|一概|一律|统统|全都)?|(?:也|都|一概|一律|统统)|"
                           r"(?=太[\u4e00-\u9fff]{1,3}不要))"
                           r"(?:太[\u4e00-\u9fff]{1,3}(?=不要))?"
                           # ("那种特氟龙涂层的我是真不要了": the speaker's own emphasis before the refusal)
                           r"(?:我(?:是)?(?:真|可|绝对|再也)?)?"
                           r"(?:不要|不考虑|不行|算了|别要|别(?:给我)?推荐?|别[再在]推荐?|别(?![\u4e00-\u9fff])|pass|免了|"
                           # northern speech: "羽绒的可别整", "绿茶甭整"
                           r"(?:可)?别整|甭整|不整|"
                           # "黑的以外都行": all but that one
                           r"(?:以外|之外)都(?:行|可以|ok))"
                           # (the refusal ends its clause: "要纯棉的不要涤纶的" refuses the polyester, not the cotton)
                           r"(?=$|[\s，,。.!！?？;；、~了吧啊哦哈呢嘛])")
# "牛奶巧克力不要，带坚果的也不要": a kind's or a quality's name, then the refusal closing its clause.
_NEG_ZH_BARE = re.compile(r"(?:^|(?<=[\s，,。.!！?？;；]))(?P<w>[\u4e00-\u9fff]{2,5}?)(?:可)?(?:不要|别整|甭整)"
                          r"(?=$|[\s，,。.!！?？;；了])")
# The excluded word may be Latin inside Chinese ("不要PVC的"); "也不要", "都不要" are the same negation.
_NEG_ZH = re.compile(
    r"(?:别(?![推给要是加放带含买送再太整])(?=[\u4e00-\u9fff]{1,3}的)|不要|不含|没有|不是|非|除了|别要|无需|不想要|不带|不能是|"
    r"别是|不加|不放|不用|别加|别放|别带|别含|(?:可)?别整|甭整)"
    # ("黑的不要 有白的吗": a refusal closed, then a new question of having)
    r"(?!\s+有)\s*(?:有|含|加|带|是)?(?:那种|这种|那类|这类)?"
    # (never a wish that follows a refusal closed before it: "加了糖的也不要 要大家都能吃的")
    r"\s*(?![了也都还就别再要])(?P<w>[a-z][a-z0-9-]*|[\u4e00-\u9fff]{1,5}?)"  # ("不要特氟龙涂层的": five)
    r"(?:的|材质|制|款|那种|这种|(?=$|\s|，|,|。|、|和|或|也|都|就|以外|之外|!|！|\?|？))"
)
# What the person already has or will not have is no wish either, most of all in a present's story: "doesnt drink
# coffee", "already has a tent", "hates pink", «кофе не пьёт», «рюкзак и палатка у него уже есть», «розовое терпеть
# не может», "别推耳机", "airpods已经有了", "刀和锅都有了". The things named are refused like a negated word.
_EN_OBJ = (r"(?:a\s+|an\s+|the\s+|any\s+|some\s+|his\s+|her\s+|their\s+|my\s+|plenty of\s+|enough\s+)?"
           r"(?:(?:good|nice|great|decent|new|old|fancy|million|ton of|lot of|bunch of|like a million|"
           r"(?:like |about |around |over )?\d+)\s+)*")
# "hates wearing hats", "hate buying batteries", "doesn't like using…": the thing refused follows the gerund.
_DOING = r"(?:\s+(?:buying|using|wearing|carrying|changing|replacing|charging|cleaning|drinking|eating|reading))?"
_REFUSED_EN = re.compile(
    r"(?<![\w-])(?:(?:(?:does|do|did|would|will|wo|ca|could)(?:n'?t| not)|never)\s+"
    r"(?:drink|eat|like|wear|use|read|want|need|touch|stand)s?(?!\s+enough\b)" + _DOING +
    r"|(?:hates?|dislikes?)" + _DOING + r"|allergic to|not into|not a fan of|already (?:has|have|got|owns?|bought)"
    r"|(?:has|have|owns?|got) (?:(?:about|like) )?(?:a (?:hundred|million|ton|bunch|few|couple|pile|stack)|several|"
    r"plenty|dozens|heaps|loads|lots|tons|piles|stacks)"
    r"(?: of)?"
    # "owns every screwdriver known to man", "has all the gadgets"
    r"|(?:has|have|owns?|got) (?:every|all the|all kinds of|loads of|tons of|so many|too many))\s+"
    + _EN_OBJ + r"(?P<w>[a-z][a-z-]*)", re.I)
# Words that stand where the thing would but are none: pronouns, adverbs, "норм" («уже есть, норм»).
_RU_NOT_THING = (r"(?!(?:него|нее|неё|них|меня|нас|вас|тебя|это|все|всё|уже|тоже|совсем|вообще|никогда|много|мало|"
                 r"особо|терпеть|норм|нормальн\w*|такой|такая|такие|такое|один|одна|одни|два|две|он|она|они|и|а|"
                 r"но|да|нет|там|тут|дома)(?![а-яё]))")
_REFUSED_RU = re.compile(r"(?<![а-яё])(?:уже\s+есть|терпеть\s+не\s+может|не\s+" + _RU_VERBS_OF_LIKING + r")\s+"
                         + _RU_NOT_THING + r"(?P<w>[а-яё][а-яё-]*)(?![а-яё])", re.I)
_RU_WORD = _RU_NOT_THING + r"[а-яё][а-яё-]*"
_REFUSED_RU_HAS = re.compile(
    rf"(?<![а-яё])(?P<w>{_RU_WORD}(?:\s+и\s+{_RU_WORD})?)(?=(?:\s+у\s+[а-яё]+)?\s+уже\s+есть"
    r"|\s+у\s+(?:него|неё|нее|них|мамы|папы|мужа|жены|деда|бабушки)(?:\s+(?:хорош|нормальн|отличн|приличн)[а-яё]*)?"
    r"\s+(?:уже\s+)?есть"
    # «кружек у неё полный сервант», «мячей дома штук пять», «лампочек полно»: heaps of them had already
    r"|(?:\s+у\s+(?:него|неё|нее|них))?(?:\s+дома)?(?:\s+уже)?\s+(?:полн[а-яё]*\s+(?:сервант|шкаф|коробк[а-яё]*|ящик)"
    # («наушники полноразмерные»: «полно» is a whole word, not the start of another)
    r"|штук\s+(?:\d+|пять|шесть|семь|восемь|десять|двадцать)|полно|навалом|куча|целая\s+куча)(?![а-яё]))", re.I)
_REFUSED_RU_AFTER = re.compile(
    rf"(?<![а-яё])(?P<w>{_RU_WORD})(?=\s+(?:совсем\s+|вообще\s+|никогда\s+)?(?:терпеть\s+)?не\s+{_RU_VERBS_OF_LIKING}"
    r"(?![а-яё]))", re.I)
_REFUSED_ZH = re.compile(r"(?:不喝|不吃|不爱吃|不爱喝|不喜欢|讨厌|别再?送|不要再?送|别(?:给(?:我|他|她))?推荐?|"
                         r"不用推荐?|(?<![就也])算了[，,\s]*(?=[\u4e00-\u9fff]{1,4}的)|"
                         r"不要推荐?)\s*"
                         r"(?P<w>[a-z][a-z0-9-]*|[\u4e00-\u9fff]{1,4}?)(?=$|\s|，|,|。|、|和|或|也|了|的|!|！|\?|？)")
# The thing had, never a particle, pronoun or time word ("咖啡机家里已经有了", "登山杖和背包去年都给他买过了").
_REFUSED_ZH_AFTER = re.compile(r"(?P<w>[a-z][a-z0-9-]*|"
                               r"(?![的了和跟、都也就经给他她年里我对]|去年|前年|家里|之前|以前|上次|已经)"
                               r"[\u4e00-\u9fff]{1,3}?(?:[和跟、]?(?![的了都也就经已给])[\u4e00-\u9fff]{1,3}?)?)"
                               r"(?=过敏|不耐|(?:他|她|家里)?(?:已经|都|也)+有了|(?:他|她)(?:已经)?有[a-z0-9\s]{2,20}了|(?:家里|他|她)?(?:已经)?有一?(?:堆|大堆|很多|好多)了?|"
                               r"(?:家里|他|她)?(?:已经|都)?(?:堆成山|成堆|多得是|一大堆)了?|"
                               r"(?:都|也)?是最新(?:款|的)|(?:已经|都|也)*(?:有)?好几(?:双|个|件|条|台|把|只)了?|"
                               r"(?:就)?(?:算了|免了|不用了)|"
                               r"(?:去年|前年|之前|以前|上次)?(?:已经|都|也)*(?:给(?:他|她|我)|送过)?"
                               r"(?:买过|送过)了?)")
# «молочное ей нельзя», «шоколадное тоже нельзя», «глютен врач запретил»: what the person must not have.
_FORBIDDEN_RU = re.compile(
    r"(?<![а-яё])(?!(?:ей|ему|им|мне|нам|тоже|врач|доктор|строго)(?![а-яё]))"
    rf"(?P<w>{_RU_WORD})(?=\s+(?:(?:ей|ему|им|мне|нам|ребенку|ребёнку|тоже|совсем|вообще|точно|строго|"
    r"врач|доктор|врачи)\s+){0,2}(?:нельзя|запретил\w*|противопоказан\w*)(?![а-яё]))", re.I)
# What a person reacts to: "wool gives me hives, even merino", "latex makes her itch".
_REACTS_TO_EN = re.compile(r"(?<![\w-])(?P<w>[a-z][a-z-]*)\s+(?:gives?|makes?)\s+(?:me|him|her|them|us)\s+"
                           r"(?:hives|itch\w*|a rash|break out|sneez\w*|sick)\b", re.I)
_REACTS_EVEN_EN = re.compile(r"(?:hives|itch\w*|a rash|allergic)\W+(?:even|also)\s+(?P<w>[a-z][a-z-]*)", re.I)
# «чтоб молока совсем не было»: what must not be in it at all
_ABSENT_RU = re.compile(r"(?<![а-яё])(?:чтоб|чтобы)\s+(?P<w>[а-яё]+)\s+(?:(?:совсем|вообще|точно|и)\s+)?не\s+было",
                        re.I)
_REFUSED = (_REFUSED_EN, _REACTS_TO_EN, _REACTS_EVEN_EN, _REFUSED_RU, _REFUSED_RU_HAS, _REFUSED_RU_AFTER,
            _FORBIDDEN_RU, _REFUSED_ZH, _REFUSED_ZH_AFTER, _ABSENT_RU)
_COORDINATED = re.compile(r"\s+(?:и|and)\s+|[和跟、]")
# A negation reaches over a coordinated word: "no leather or suede", "без сахара и лактозы", "不要黑色和白色".
# Only a word the lexicon knows as an attribute value is taken, so "not leather and a hood" keeps the hood.
# Words that say which of two values named is wanted: "хочу беспроводные", "换个没线的", "有没有有线的", «проводные
# лучше».
_WISH_BEFORE = re.compile(r"(?:\b(?:want|need|prefer|rather|get|getting|switch to)|(?<![а-яё])(?:хочу|хотим|нужн\w*|"
                          r"возьму|лучше|подарить|купить)|想要?|要个?|换个|换成|有没有)"
                          r"(?:\s+\S{1,4}){0,3}\s*\S{0,4}$", re.I)
_WISH_AFTER = re.compile(r"^\S{0,3}\s*(?:(?<![а-яё])(?:лучше|подарить|купить|взять)|\bbetter\b|\bplease\b|\bpls\b|"
                         r"的吗|的吧)", re.I)


def _wished(norm: str, start: int, end: int) -> bool:
    return bool(_WISH_BEFORE.search(norm[max(0, start - 16):start]) or _WISH_AFTER.match(norm[end:end + 12]))


# More things had, coordinated after the first: "… boots and a pack.", "… a tent and a sleeping bag".
_THINGS_MORE = re.compile(r"\s*,?\s*(?:and|or|plus)\s+(?:(?:a|an|the|some|his|her|their|any)\s+)?"
                          r"(?P<w>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
                          r"(?=\s*(?:$|[.,;!?]|\s(?:and|or|but|so|too|already|which|that)\b))", re.I)
_NEG_MORE = re.compile(r"^\s*(?:,\s*)?(?:and|or|nor|и|или|ни|和|或|或者|、|/)\s*(?:no\s+|not\s+|ни\s+)?"
                       r"(?P<w>[a-z][a-z-]*|[а-я][а-я-]*|[\u4e00-\u9fff]{1,3}?)(?=的|$|\s|,|，|。|\?|？|!)",
                       re.I)
# A phrase that begins with a negation word ("non-stick", "не промокает").
_NEG_WORD = re.compile(r"(?:non|no|не|без|不|无)(?![a-zа-я])", re.I)
# ... or holds one inside ("воды не боится": waterproof).
_NEG_INSIDE = re.compile(r"(?<=\s)(?:не|not|no)(?=\s)", re.I)
# Words left dangling once the negations around them are cut out: "йогурт и", "jacket and", "夹克 也".
_DANGLING = re.compile(r"(?:(?<=\s)|^)(?:and|or|but|и|или|а|но|также|also|和|或|也|都|还有|并且)(?=\s|$)", re.I)

# --- the question frame ------------------------------------------------------------------------------------------
# "Do you have …", "есть ли …", "有没有…", "…有吗": a question about a thing, not words of the thing. Cut before
# negations are read, so the "没有" inside "有没有" is never an exclusion and "有" is never the query.
_FRAME_PATTERNS: list[re.Pattern[str]] = [
    re.compile(r"\b(?:do|does|did)\s+(?:you|u|y'all|the store|your store|you guys)\s+"
               r"(?:still\s+)?(?:have|sell|carry|stock|offer|got)\b(?:\s+(?:any|some))?"
               r"|\b(?:have|got)\s+(?:you\s+got\s+)?(?:any|some)\b|\bhave you got\b(?:\s+any)?|\bhave you any\b"
               # ("I wonder whether you stock sewing machines")
               r"|\b(?:whether|if)\s+(?:you|u)\s+(?:still\s+)?(?:have|sell|carry|stock)\b(?:\s+(?:any|some))?"
               r"|\b(?:is|are)\s+there\s+any\b|\bany chance (?:you|u) (?:have|sell)\b"
               r"|\b(?:can|could) (?:i|we) (?:buy|get|find|order)\b(?:\s+(?:any|some))?"
               r"|\b(?:i'?m|i am)\s+looking\s+for\b|\blooking for\b"
               r"|\bi(?:'d| would)?\s+(?:want|need|like)(?:\s+to\s+(?:buy|get|find))?\b"
               r"|\b(?:please|pls|plz)\b", re.I),
    re.compile(r"(?<![а-я])(?:а\s+)?(?:есть\s+ли|имеются\s+ли|бывают\s+ли|продаете\s+ли|продаются\s+ли)"
               r"(?:\s+(?:у\s+вас|в\s+продаже|в\s+наличии))?(?![а-я])"
               r"|(?<![а-я])(?:у\s+вас|вы)\s+(?:есть|продаете|продаются)(?![а-я])"
               r"|(?<![а-я])(?:у\s+вас\s+)?есть(?:\s+(?:у\s+вас|в\s+наличии))?\s*(?=\?|$)"
               r"|(?<![а-я])(?:ищу|интересуют|интересует|хочу|хотел[аи]?\s+бы|мне\s+нужн[аоы]?|нужн[аоы]|нужен"
               r"|пожалуйста|подскажите)(?![а-я])", re.I),
    re.compile(r"请问|(?:你们|您们|店里|这里)?(?:有没有|有木有|有无|有卖|卖不卖|是否有)|我(?:想要|想买|要买|需要)|帮我找"
               # ("有黑的吗": the 的 of a colour is the colour's, "黑的" black)
               r"|(?:有卖|卖|有)?(?:(?<![红橙黄绿蓝紫粉黑白灰棕])的)?(?:吗|么|嘛)\s*[?？]?\s*$"),
]
_ZH_HAVE_Q = re.compile(r"^(?:(?:你们|您们|店里|这里)?有)(?=[\u4e00-\u9fffa-z].*(?:吗|么|嘛)\s*[?？]?\s*$)")


def frame_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of the question frame in normalized text ("do you have", "есть ли у вас", "有没有", "有…吗")."""
    spans: list[tuple[int, int]] = []
    for pat in (*_FRAME_PATTERNS, _ZH_HAVE_Q):
        spans += [m.span() for m in pat.finditer(norm) if m.end() > m.start()]
    return spans


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` replaced by spaces of the same length, so every other offset stays valid."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _ascii_fold(v: Any) -> str:
    return str(v).lower()


@dataclass
class Understanding:
    """Everything parse_query found, with spans, before it is packed into ``ParsedQuery``."""

    parsed: ParsedQuery
    exclude_attrs: dict[str, list[Any]]
    # The words that are neither price, negation, attribute, number with unit nor question frame: empty for a turn
    # that only adds constraints ("only waterproof ones", "не кожаные", "要防水的"), which edits the last request.
    rest: str = ""
    # A price written as a bare number ("до 120") in a language whose money is not the store's: the limits as
    # written, read in the store's currency. ``parsed`` holds the shopper's-money reading; search keeps it unless it
    # leaves nothing of the thing asked for (``knowledge.search``: "ботинки до 120" are not 1.33-dollar boots).
    bare_price: tuple[Decimal | None, Decimal | None] | None = None


def understand(
    text: str,
    language: str | None = None,
    *,
    store_currency: str = "USD",
    fx: dict[str, float] | None = None,
    lexicon: Lexicon | None = None,
) -> Understanding:
    from shopkeeper.settings import SearchSettings

    fx = fx or SearchSettings().fx_rates
    lex = lexicon or default_lexicon()
    norm = normalize(lex.kinds_said_backwards(lex.spell_kinds(text)))
    # Loose Chinese budgets first: the spoken-figure reader would make "几十块" ten and "一百多" a hundred.
    norm = free_from(spell_quantities(money_slang(spoken_figures(_zh_loose(ru_thousands(
        re.sub(r"\s+", " ", norm).strip()))))))
    lang = language or detect_language(norm)
    remove: list[tuple[int, int]] = []
    said = norm  # before the question frame is blanked: its words ("хочу", "想要") say which value is wished
    # «чёрный не хочу» refuses: "хочу" after "не" is no frame of a request.
    # «палатка у него хорошие есть» tells what he has: "есть" there is no "do you have".
    frame = [(s, e) for s, e in frame_spans(norm) if not re.search(r"(?<![а-яё])не\s+$", norm[max(0, s - 4):s])
             and not re.search(r"(?<![а-яё])у\s+(?:него|неё|нее|них)(?:\s+[а-яё]+)?\s+$", norm[max(0, s - 30):s])]
    if frame:
        blanked = blank(norm, frame)
        if blanked.strip(" ?？!！.。,，"):  # a frame alone ("do you have?") stays as it was
            said, norm = norm, blanked

    # A person's age is none of the thing's figures: "shes 8" is no size 8, "小侄子5岁" no 5 m tape measure.
    norm = AGE.sub(lambda m: " " * len(m.group()), norm)
    norm = DURATION.sub(lambda m: " " * len(m.group()), norm)  # "на 3 дня": how long, not a size or an amount

    # Price.
    price = parse_price(norm)
    remove += price.spans
    # A bare amount is in the shopper's own money: "до 5000" is roubles, "500以内" yuan, whatever the store's currency.
    cur = price.currency or _LOCAL_CURRENCY.get(lang, store_currency)
    bare = (price.price_min, price.price_max) if price.currency is None and cur != store_currency \
        and (price.price_min is not None or price.price_max is not None) else None
    pmin = convert(price.price_min, cur, store_currency, fx) if price.price_min is not None else None
    pmax = convert(price.price_max, cur, store_currency, fx) if price.price_max is not None else None

    def outside_price(s: int, e: int) -> bool:
        return all(e <= ps or s >= pe for ps, pe in price.spans)

    attributes: dict[str, Any] = {}
    exclude_terms: list[str] = []
    exclude_attrs: dict[str, list[Any]] = {}
    negated: list[tuple[int, int]] = []  # spans of negated words (the word itself, not the "not")
    refused_spans: list[tuple[int, int]] = []  # those of them that name no attribute value: kinds refused

    # Attribute phrases that begin with a negation word ("non-stick", "не промокает", "无糖") are wishes, not
    # negations: a negation starting inside one is not read.
    protected = [(s, e) for ent, s, e in lex.match(norm)
                 if ent.kind == "attr" and not ent.key.endswith("_free")
                 and (_NEG_WORD.match(norm[s:e]) or _NEG_INSIDE.search(norm[s:e]))]

    # Negations first, so "not leather" does not also count as a wish for leather.
    for pat in (_NEG_EN, _NEG_RU, _NEG_RU_ALSO, _NEG_ZH, _NEG_RU_AFTER, _NEG_ZH_AFTER, _NEG_ZH_BARE, _FREE_EN,
                *_REFUSED):
        for m in pat.finditer(norm):
            if any(ns <= m.start("w") < ne for ns, ne in negated):
                continue  # read already ("не кожаные не надо": one negation)
            if not outside_price(m.start(), m.end()) or any(ps <= m.start() < pe for ps, pe in protected):
                continue
            if pat is _NEG_ZH and m.start() > 0 and _is_hanzi(norm[m.start() - 1]) \
                    and norm[m.start("w") - 1].isspace() and _is_hanzi(norm[m.start("w")]):
                continue  # "娃娃太幼稚不要 平时爱画画": the refusal closed its clause; the next one is no refusal
            if pat is _FREE_EN and any(f[0].kind == "attr" and f[2] - f[1] > len(m.group("w"))
                                       for f in lex.match(m.group())):
                continue  # "gluten-free": the store's own flag, read as such ("peanut free" refuses the peanut one)
            word = m.group("w").strip("-")
            ws, we = m.start("w"), m.start("w") + len(word)
            if pat is _NEG_RU_AFTER and word.lower() in _RU_GENERIC_THING \
                    and (prev := re.search(r"([а-яё][а-яё-]*)\s+$", norm[:ws], re.I)) is not None:
                # «Пуховые модели не рассматриваю», «Чёрный цвет не предлагать»: the quality said before the word
                word, ws, we = prev.group(1), prev.start(1), prev.end(1)
            if pat is _NEG_RU and _ru_finite_verb(word):
                continue  # «не засыпает», «не влезает»: what a thing or a person does not do, nothing refused
            if word.lower() in ("без", "с", "со", "для", "на", "в", "из"):
                continue  # a preposition is no thing refused («не может без кофе»)
            if pat is _NEG_RU and (_CANNOT_DO_WITHOUT.match(norm, m.end())
                                   or _CANNOT_LIVE.search(norm[max(0, m.start() - 24):m.start()])):
                continue  # «без кофе утро не начинает», «жить не может без кофе»: loved, not refused
            if lang == "zh" and (lead := _ZH_REFUSED_LEAD.match(word)) is not None and lead.end() < len(word) \
                    and not any(f[1] == 0 and f[2] >= lead.end() + 1 for f in lex.match(word)):
                # "所以含奶的不要", "加了糖的也不要": the thing refused is 奶, 糖 (but "有机" is organic)
                word, ws = word[lead.end():], ws + lead.end()
            if lang == "zh" and ws > 0 and norm[ws - 1] in "有含加带是" \
                    and any(f[0].kind == "attr" and f[1] == 0 and f[2] >= 2 for f in lex.match(norm[ws - 1:we])):
                # "不要有机的": the pattern took 有 for "having"; 有机 is the word (organic)
                word, ws = norm[ws - 1:we], ws - 1
            # A colour said by its one character ("别推红的"): the colour, not a kind of tea that shares it.
            take_all = False  # all the hits are refused, not only the first (one value under two keys; colours)
            looked = (word + "色" if lang == "zh" and word in _ZH_COLOUR_CHARS
                      else norm[ws:we + (6 if pat is _NEG_ZH else 0)])
            hits = [f for f in lex.match(looked) if f[0].kind == "attr"]
            if lang == "zh" and pat is _NEG_ZH_AFTER \
                    and (pre := re.search(r"(?:[\u4e00-\u9fff]{1,2}色[、和跟或]?){1,3}$", norm[:ws])) is not None:
                # "棕色咖啡色那种都不要": the colours said in a row before the refused words are refused with them
                hits = [f for c in re.findall(r"[\u4e00-\u9fff]{1,2}色", pre.group()) for f in lex.match(c)
                        if f[0].kind == "attr"] + hits
                take_all = True
            if lang == "zh" and "的" in word and pat is _NEG_ZH_AFTER:
                # "黑的灰的都不要": the refusal took the colours said in a row as one word; each is refused
                parts = [w for w in word.split("的") if w]
                hits = [f for w in parts for f in lex.match(w + "色" if w in _ZH_COLOUR_CHARS else w)
                        if f[0].kind == "attr"] or hits
                take_all = True
            if lang == "zh" and word in _ZH_COLOUR_CHARS and (run := _ZH_COLOUR_RUN.match(norm, we)) is not None:
                # "别推红的橙的": the colours said after it in a row are refused with it
                for c in re.findall("[" + "".join(_ZH_COLOUR_CHARS) + "]", run.group()):
                    hits += [f for f in lex.match(c + "色") if f[0].kind == "attr"]
                we, take_all = run.end(), True
            ms, me = m.start(), m.end()
            if lang == "zh" and not hits and len(word) >= 2:
                # "绿茶可别整": green tea refused, not tea; the kind's own sort said before its head character
                kind = next((e for e, a, b in lex.match(word) if e.kind == "category" and a == 0 and b == len(word)),
                            None)
                keys = lex.category_keys.get(kind.key, set()) if kind is not None else set()
                hits = [f for f in lex.match(word[:-1]) if f[0].kind == "attr" and f[0].key in keys
                        and f[2] - f[1] == len(word) - 1]
            if lang == "zh" and not hits and pat in (_NEG_ZH, _NEG_ZH_AFTER, _NEG_ZH_BARE):
                # "特氟龙那种涂层的就算了", "不要那种特氟龙涂层的": the refused words run past the few characters the
                # pattern takes; the rest of the clause names them
                if pat is not _NEG_ZH:
                    cs, ce = max(norm.rfind(c, 0, ws) for c in "，,。；; ") + 1, we
                else:
                    ce = min((i for i in (norm.find(c, we) for c in "，,。；; ") if i >= 0), default=len(norm))
                    cs = ws
                wide = [f for f in lex.match(norm[cs:ce]) if f[0].kind == "attr"]
                if wide and ce - cs <= 12:
                    hits, ws, we = wide[:1], cs, ce
                    ms, me = min(ms, cs), max(me, ce)
                elif pat is _NEG_ZH and norm.startswith("的", we) and 1 < ce - we <= 8:
                    # "也不要那种死沉的铸铁锅": the heavy kind of pan said by its own words; those words are refused
                    # too (the kind at the end stays wanted: it is the pan, not pans, that is refused)
                    tail = norm[we + 1:ce]
                    kinds = [f for f in lex.match(tail) if f[0].kind == "category" and f[2] == len(tail)]
                    tail = tail[:kinds[0][1]] if kinds else tail
                    if len(tail) >= 2:
                        exclude_terms.append(tail)
                        me = max(me, we + 1 + len(tail))
            # The refusal follows the word: no word coordinated after it is refused with it.
            more = pat not in (_NEG_RU_AFTER, _NEG_ZH_AFTER, _NEG_ZH_BARE, _REFUSED_RU_HAS, _REFUSED_RU_AFTER,
                               _FORBIDDEN_RU, _REFUSED_ZH_AFTER)
            # "without sugar" / "без сахара" / "no gluten": a negated X where the store has an "X_free" flag is that
            # flag, a positive wish (and "无糖" never reaches here: it is a phrase of its own).
            word_key = (en_stem(word) if lang != "ru" else ru_lemma(word))
            free_key = next(
                (k for k in lex.flag_keys if k.endswith("_free") and _free_matches(k, word, word_key, lex)), None
            )
            if free_key:
                attributes[free_key] = True
                remove.append((m.start(), m.end()))
                if more:
                    _more_negated(norm, m.end(), lex, exclude_attrs, exclude_terms, attributes, negated, remove, lang)
                continue
            if pat is _NEG_EN and m.group(0).lower().startswith("zero") and not hits and word.endswith("ing"):
                continue  # "zero charging on site" tells what the place lacks; "zero nuts" refuses a thing
            if pat is _NEG_EN and not hits and _TOLD_NOT.search(norm[max(0, m.start() - 12):m.start()]) \
                    and m.group(0).lower().startswith(("not ", "never ")):
                continue  # "so I will not freeze", "I never experienced snow": a thing told, nothing refused
            if not hits and lang == "ru":
                hits = [(e, ws, we) for e in _ru_attr_by_stem(word, lex)]
                take_all = True  # one value, perhaps under two keys: all of them
            if hits:
                # A refusal after the words takes all they name ("棕色白色都不要": brown and white); one before them
                # takes the first, the others being read by _more_negated.
                for e, *_ in (hits if not more or take_all else hits[:1]):
                    if e.value is True:
                        attributes[e.key] = False
                    elif e.value is False:
                        attributes[e.key] = True  # "不要有线的": not wired is wireless
                    else:
                        exclude_attrs.setdefault(e.key, []).append(e.value)
                        exclude_terms.append(_ascii_fold(e.value))
            else:
                exclude_terms += [w for w in _COORDINATED.split(word) if w and w.lower() not in _NOT_A_TERM]
                refused_spans.append((ws, we))
                if pat is _REFUSED_EN:
                    # "already has boots and a pack", "has a tent and a sleeping bag": each thing had is refused
                    at = we
                    while (k := _THINGS_MORE.match(norm, at)) is not None:
                        exclude_terms.append(k.group("w").split()[-1])
                        refused_spans.append(k.span("w"))
                        negated.append(k.span("w"))
                        remove.append(k.span())
                        at = k.end()
            # The negation word too: "none" in "none of the leather ones" is not a wish for no insulation.
            negated.append((ms, max(we, me) if pat is _NEG_EN else we))
            remove.append((ms, me))
            if more:
                _more_negated(norm, m.end(), lex, exclude_attrs, exclude_terms, attributes, negated, remove, lang)

    # Attributes and category from the lexicon.
    category: str | None = None
    cat_len, cat_span = 0, (0, 0)
    flag_at: dict[str, int] = {}
    occasions = [o.span() for o in _OCCASION.finditer(norm)]
    constraint_spans: list[tuple[int, int]] = []
    for e, s, end in lex.match(norm):
        if not outside_price(s, end) or any(s < ne and ns < end for ns, ne in negated):
            continue
        if e.kind == "attr" and _DOWN_THERE.match(norm, s):
            continue  # "the power is off down there": a place, no down filling
        if e.kind == "category":
            if _WITH_KIND.search(norm[max(0, s - 12):s]):
                continue  # «что-нибудь к чаю», "something to go with coffee", "配茶": what goes with it is wanted
            if _for_a_thing(norm, s):
                continue  # "snacks for my daughters lunchbox", «чехол для телефона»: what the thing is for
            if re.match(r"chip(?:ping|ped|s)?\s+in\b", norm[s:s + 14]):
                continue  # "parents are chipping in": paying together, no crisps
            if _PLACE_OF.search(norm[max(0, s - 16):s]) or (
                    _RU_IN.search(norm[max(0, s - 4):s]) and _RU_LOCATIVE.search(norm[s:end])):
                # "it melts in her backpack", «путаются в рюкзаке»: where something happens, not what is wanted
                continue
            if _POWERED_BY.search(norm[max(0, s - 8):s]) or re.match(r"(?:的)?(?:声|声音|噪音)", norm[end:end + 3]):
                continue  # "装5号电池的" (what it takes), "电钻声" (the sound of one): not the thing wanted
            if end - s > cat_len:
                category, cat_len, cat_span = e.key, end - s, (s, end)
        else:
            if any(o_start <= s < o_end for o_start, o_end in occasions):
                continue  # "bday party": an occasion, not a party game
            constraint_spans.append((s, end))
            if e.key not in attributes:
                attributes[e.key] = e.value
                flag_at[e.key] = s
            elif isinstance(e.value, bool) and attributes[e.key] is (not e.value) \
                    and _wished(said, s, end) and not _wished(said, flag_at[e.key], flag_at[e.key] + 4):
                # "проводные рвёт каждый месяц … хочу беспроводные": of a yes and a no, the one wished for
                attributes[e.key] = e.value

    # A value refused is never also wanted: "NOT wool, wool makes my head itch" names wool twice.
    attributes = {k: v for k, v in attributes.items() if v not in exclude_attrs.get(k, ())}

    # Kinds of thing refused ("no tent, he has one", "airpods已经有了别推耳机"): none of them is what is wanted.
    # A kind inside a refused value's words ("不要牛奶巧克力": milk chocolate) is qualified, not refused.
    exclude_categories = [e.key for e, s, end in lex.match(norm)
                          if e.kind == "category" and any(s < ne and ns < end for ns, ne in refused_spans)]
    # A refused thing said by the head of a kind's name («шлем и бутылка у него есть»: the bike helmets and the
    # water bottles, named «велошлем», «бутылка для воды»).
    # (not a value refused: "rather than whole beans" refuses the coffee in beans, not coffee)
    refused_values = {_ascii_fold(v) for vs in exclude_attrs.values() for v in vs}
    for key in _kinds_headed_by([t for t in exclude_terms if t not in refused_values], lex):
        if key not in exclude_categories:
            exclude_categories.append(key)

    # «из мериноса», «из шерсти»: a material said as a noun, where the store writes the adjective («мериносовый»).
    if lang == "ru":
        for mm in _RU_MADE_OF.finditer(norm):
            if not outside_price(mm.start(), mm.end()) or any(mm.start() < ne and ns < mm.end() for ns, ne in negated):
                continue
            if not any(s <= mm.start("w") < end for e, s, end in lex.match(norm)):
                for e in _ru_attr_by_stem(mm.group("w"), lex)[:1]:
                    attributes.setdefault(e.key, e.value)
                    constraint_spans.append(mm.span())

    if category is None and lang == "zh":
        category = _fuzzy_zh_category(blank(norm, negated), lex)  # never a kind refused ("巧克力味的也不要")
    if category is None and lang == "ru":
        category = _ru_head_category(norm, lex, negated, attributes)

    # A word can name values of several attributes ("black": colour, or a kind of tea): keep the ones the
    # category's products actually have.
    allowed = lex.category_keys.get(category or "")
    if allowed:
        attributes = {k: v for k, v in attributes.items() if k in allowed or k.endswith("_free")}
    if category is not None and cat_len:
        # A kind named with a word that picks one of its own sorts ("green teas", «чёрный чай»): that sort, when
        # the kind's products come in several of them.
        sorts = lex.category_values.get(category, {})
        for w in _RUN.finditer(norm[cat_span[0]:cat_span[1]]):
            for e, _, _ in lex.match(w.group()) if w.lastgroup in ("en", "ru") else ():
                if e.kind == "attr" and len(sorts.get(e.key, ())) >= 2 and e.value in sorts[e.key]:
                    attributes.setdefault(e.key, e.value)

    for m in (*_UNIT_RE.finditer(norm), *_RU_UNIT_FIRST.finditer(norm)):
        if not outside_price(m.start(), m.end()):
            continue
        unit = m.group("u").lower()
        key = next(k for u, k in _UNITS if re.fullmatch(u, unit, re.I))
        n = _to_number(m.group("n"))
        if key == "capacity_ml":  # the catalog records capacities in litres: "500ml" is 0.5 l
            key, n = "capacity_l", (n / 1000).normalize()
        amount = int(n) if n == n.to_integral_value() else float(n)
        # "more than 1.7 l", «не меньше 20000 мАч», "800毫升以上": a floor or a ceiling, not that very amount.
        op = bound_around(norm, m.start(), m.end())
        if op is None and _MEASURE_REFUSED.search(norm[max(0, m.start() - 32):m.start()]):
            # "not the big heavy 20000 mah type", «не 20000 мАч», "不要两万毫安的": that amount is refused
            exclude_attrs.setdefault(key, []).append(amount)
            constraint_spans.append(m.span())
            continue
        attributes[key] = bound(op, amount) if op else amount
        constraint_spans.append(m.span())
    # "a winter sleeping bag", «нужен зимний», "零下用的": a comfort temperature at or below freezing, for a kind whose
    # products record one.
    temp_keys = [k for k in (lex.category_keys.get(category) or ()) if k.endswith("_temp_c")] if category else []
    if temp_keys and (cm := COLD_RATED.search(blank(norm, negated))) is not None:
        attributes.setdefault(temp_keys[0], bound("<=", COLD_LIMIT_C))
        constraint_spans.append(cm.span())
    elif category is None and "season" not in attributes \
            and (cm := COLD_RATED.search(blank(norm, negated))) is not None:
        # "it has to be a proper winter one" after sleeping bags: the cold, for the kind the last turn named
        # (``bounds.rate_for_cold`` makes it that kind's temperature or its four seasons).
        attributes["season"] = "winter"
        constraint_spans.append(cm.span())
    # Only for a kind whose products carry a head count (or when the catalog's keys are not known): "单人睡袋" is a
    # sleeping bag, not a filter its products cannot meet.
    kind_keys = lex.category_keys.get(category) if category else None
    persons_kind = category is not None and (kind_keys is None or "persons" in kind_keys)
    # (never a head count refused: "不要单人的 要能睡三个人的" is three)
    zm = next((z for z in _ZH_PERSONS.finditer(norm) if not any(ns <= z.start() < ne for ns, ne in negated)), None)
    if persons_kind and "persons" not in attributes and zm is not None \
            and outside_price(*zm.span()):
        attributes["persons"] = _ZH_PERSONS_N[zm.group("n")]
        constraint_spans.append(zm.span())
    if (sm := SIZE_RE.search(norm)) is not None:
        attributes["size"] = sm.group("n") or sm.group("m") or sm.group("g") or sm.group("p") or sm.group("q") \
            or _SIZE_ALIASES.get(x := (sm.group("l") or sm.group("k")).upper(), x)
        constraint_spans.append(sm.span())
    elif (bm := _BARE_LETTER_SIZE.search(norm)) is not None and (category is None or {"size", "sizes"} & (
            lex.category_keys.get(category) or {"size"})):
        attributes["size"] = _SIZE_ALIASES.get(x := bm.group("b").upper(), x)
        constraint_spans.append(bm.span())
    elif category is not None and (worn := lex.category_values.get(category, {}).get("sizes")):
        # "hiking boots in 45?", «кроссовки 42»: a figure a kind's products are sized in, said alone
        from knowledge.names import BARE_SHOE_SIZE

        for bs in BARE_SHOE_SIZE.finditer(norm):
            if outside_price(*bs.span()) and bs.group() in worn:
                attributes["size"] = bs.group()
                constraint_spans.append(bs.span())
                break

    # The cleaned text: what is left once price phrases and negations are cut out.
    cleaned = norm
    for start, stop in sorted(remove, reverse=True):
        cleaned = cleaned[:start] + " " + cleaned[stop:]
    cleaned = re.sub(r"[,;:!?，。！？、]+", " ", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" -–")
    if remove:
        cleaned = re.sub(r"\s+", " ", _DANGLING.sub(" ", cleaned)).strip(" -–")
    cleaned = re.sub(r"^的|的$", "", cleaned).strip()  # "800块以下的水壶" leaves a dangling particle
    if not cleaned and not attributes and category is None:
        cleaned = norm

    parsed = ParsedQuery(
        text=cleaned,
        language=lang,
        price_min=pmin,
        price_max=pmax,
        currency=price.currency,
        # ("耳机他有AirPods了": the kind named again in other words is still the one refused)
        category=category if category not in exclude_categories else None,
        attributes=attributes,
        exclude_terms=list(dict.fromkeys(exclude_terms)),
        exclude_categories=list(dict.fromkeys(exclude_categories)),
    )
    rest = blank(norm, [*remove, *constraint_spans])
    rest = re.sub(r"\s+", " ", re.sub(r"[,;:!?，。！？、.]+", " ", rest)).strip()
    return Understanding(parsed, {k: list(dict.fromkeys(v)) for k, v in exclude_attrs.items()}, rest, bare)


# Materials that are a kind of another: refusing the wider one refuses them (merino is wool), and asking for it is
# answered by them ("synthetic socks" are the polyester ones a catalog records by their fibre).
MATERIAL_KIN: dict[str, tuple[str, ...]] = {
    "wool": ("merino",),
    "synthetic": ("polyester", "nylon", "polyamide", "acrylic", "elastane", "spandex", "microfibre", "microfiber"),
}


def material_kin(value: object) -> frozenset[str]:
    """The material values that answer a wanted or refused ``value``: itself and the kinds of it."""
    v = str(value).lower()
    return frozenset((v, *MATERIAL_KIN.get(v, ())))


_ZH_COLOUR_CHARS = frozenset("红橙黄绿蓝紫粉黑白灰棕")


def _ru_finite_verb(word: str) -> bool:
    """Whether a Russian word is surely a verb in a person form («засыпает», «влезут»): its likeliest reading."""
    from knowledge.text import _morph

    return sum(p.score for p in _morph().parse(word.lower()) if "VERB" in p.tag) >= 0.8


def _is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
_ZH_COLOUR_RUN = re.compile(r"(?:的)?(?:[、和跟或]?[红橙黄绿蓝紫粉黑白灰棕](?:色)?的?)+")
_WITH_KIND = re.compile(r"(?:(?<![а-яё])к|\b(?:to )?go(?:es)? with(?: (?:my|the|a|your|our))?|配)\s*$", re.I)
# A party that is an occasion ("a bday party sat", "party for a kid in my sons class"), not a kind of game.
_OCCASION = re.compile(r"\b(?:birthday|bday|b-day|christmas|xmas|office|dinner|tea|house|retirement|leaving|graduation"
                       r"|holiday|new year'?s?|halloween|engagement|baby shower)\s+part(?:y|ies)\b"
                       r"|\bparty (?:on|this|next|at|sat\w*|sun\w*|fri\w*|tomorrow|tonight)\b", re.I)
_RU_MADE_OF = re.compile(r"(?<![а-яё])из\s+(?P<w>[а-яё]{4,})(?![а-яё])")


def _ru_attr_by_stem(word: str, lex: Lexicon) -> list[LexEntry]:
    """Russian attribute values sharing a long stem with ``word``: the noun a shopper says («синтетика», «мериноса»,
    «шерсти») for the adjective the store writes («синтетический», «мериносовый», «шерстяной»). Empty when none or
    when two values fit equally."""
    lemma = ru_lemma(word.lower())
    if lemma == word.lower():
        # «белые» reads first as a noun (the white side in chess): the adjective's own lemma is the value's
        from knowledge.text import _morph

        adj = next((p.normal_form for p in _morph().parse(word.lower()) if "ADJF" in p.tag), None)
        lemma = adj or lemma
    need = max(5, len(lemma) - 3)
    # «хлопок» / «хлопковый»: the vowel a noun's last syllable loses before the adjective's suffix
    fleeting = re.sub(r"[оеё]([кцнр])$", r"\1", lemma)
    best: dict[tuple[str, str], tuple[int, LexEntry]] = {}
    for e in lex.entries:
        if e.kind != "attr" or e.lang != "ru" or len(e.phrase) != 1 or e.value is None:
            continue
        term = e.phrase[0]
        n = len(os.path.commonprefix([lemma, term]))
        if n < need and any(re.match(re.escape(stem) + r"(?:ов|ев|ян|ан|ен)", term)
                            for stem in {lemma, fleeting} if len(stem) >= 3):
            n = need  # a short noun whole before its adjective's suffix: «пух» / «пуховый», «мех» / «меховой»
        if n >= need:
            key = (e.key, repr(e.value))
            if key not in best or n > best[key][0]:
                best[key] = (n, e)
    if not best:
        return []
    ranked = sorted(best.values(), key=lambda t: -t[0])
    top = [e for n, e in ranked if n == ranked[0][0]]
    if len({repr(e.value) for e in top}) > 1:
        return []
    return top  # one value, perhaps under two keys («пуховый»: the material and the insulation)


def _more_negated(norm: str, end: int, lex: Lexicon, exclude_attrs: dict[str, list[Any]], exclude_terms: list[str],
                  attributes: dict[str, Any], negated: list[tuple[int, int]], remove: list[tuple[int, int]],
                  lang: str = "en") -> None:
    """Extend a negation over the attribute words coordinated after it ("no leather or suede", "neither sugar nor
    lactose", "без сахара и лактозы")."""
    last_key = next(reversed(exclude_attrs), None)
    while (m := _NEG_MORE.match(norm[end:])) is not None:
        ws, we = end + m.start("w"), end + m.end("w")
        word = m.group("w")
        word_key = en_stem(word) if lang != "ru" else ru_lemma(word)
        free_key = next((k for k in lex.flag_keys if k.endswith("_free") and _free_matches(k, word, word_key, lex)),
                        None)
        if free_key:
            attributes[free_key] = True
            negated.append((ws, we))
            remove.append((end + m.start(), we))
            end = we
            continue
        hits = [f[0] for f in lex.match(norm[ws:we]) if f[0].kind == "attr"]
        if not hits:
            return
        # "黑色和白色": the second word is read as the same kind of thing as the first (a colour, not a grain).
        e = next((h for h in hits if h.key == last_key), hits[0])
        last_key = e.key
        if e.value in exclude_attrs.get(e.key, ()):
            pass  # "not leather and not black": the second "not" is read by the negation patterns too
        elif e.value is True:
            if e.key.endswith("_free"):
                attributes[e.key] = True
            else:
                attributes[e.key] = False
        else:
            exclude_attrs.setdefault(e.key, []).append(e.value)
            exclude_terms.append(_ascii_fold(e.value))
        negated.append((ws, we))
        remove.append((end + m.start(), we))
        end = we


_ZH_MEASURE = frozenset("口个只把台件条双张盏顶副套")


def _zh_head_category(text: str, lex: Lexicon) -> str | None:
    """The one category whose Chinese name ends in the head of a "X子" noun of ``text``: "袜子" (socks, colloquial)
    for "徒步袜" (hiking socks). Chinese nouns are head-final and 子 is a noun suffix, so "X子" is a kind of X; when
    several categories share that head ("鞋子": running shoes, hiking boots...), the noun alone does not decide."""
    heads = set(re.findall(r"([\u4e00-\u9fff])子", text))
    # A noun of one character after a measure word or "new" ("那口锅", "换个新锅" -> 新 锅): the head of the kind too
    # ("吃火锅" is one word, no pan).
    from knowledge.text import zh_tokens

    words = [w for w, _, _ in zh_tokens(text) if w.strip()]
    heads |= {w for before, w in zip(words, words[1:], strict=False)
              if len(w) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", w) and before[-1:] in _ZH_MEASURE}
    heads |= {w[1] for w in words if len(w) == 2 and w[0] in "新旧"}
    # A word that ends one kind's name and no other's ("头盔" of "骑行头盔"): that kind.
    zh_names = [(e.key, e.phrase[0]) for e in lex.entries if e.kind == "category" and e.lang == "zh"]
    for w in words:
        if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            ends = {key for key, name in zh_names if name.endswith(w)}
            if len(ends) == 1:
                return ends.pop()
    if not heads:
        return None
    found = {e.key for e in lex.entries if e.kind == "category" and e.lang == "zh" and e.phrase[0][-1:] in heads}
    return found.pop() if len(found) == 1 else None


def _kinds_headed_by(terms: Iterable[str], lex: Lexicon) -> list[str]:
    """The categories whose name has one of ``terms`` (single words) as its head noun: the last word after
    adjectives, the first before «для», or the end of a one-word compound («велошлем» for «шлем»)."""
    heads = {t for term in terms if len(term) >= 4 and " " not in term.strip()
             for t, _, _, _ in _analyse(term.strip())}
    found: list[str] = []
    for e in lex.entries:
        if e.kind != "category" or not heads or e.key in found:
            continue
        p = e.phrase
        if (p[-1] in heads and all(_RU_ADJECTIVE.search(w) for w in p[:-1]) and e.lang == "ru") \
                or (len(p) >= 2 and p[1] == "для" and p[0] in heads) \
                or (len(p) == 1 and any(len(h) >= 4 and p[0].endswith(h) for h in heads)) \
                or (e.lang == "en" and p[-1] in heads):
            found.append(e.key)
    return found


_RU_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")


# A part of the body names what a thing is for or a figure of speech («все уши прожужжал»), never the thing: no kind
# is known by it alone (the slang «беспроводные уши» is said whole).
_RU_BODY = frozenset({"ухо", "губа", "лицо", "рука", "нога", "голова", "глаз", "нос", "зуб", "кожа", "волос"})


def _ru_head_category(text: str, lex: Lexicon, negated: list[tuple[int, int]],
                      attributes: dict[str, Any] | None = None) -> str | None:
    """The one category whose Russian name is adjectives + a noun ("светодиодная лампочка") or a noun + «для …»
    ("крем для лица") and whose noun the text names alone ("перегорела лампочка"). A noun several categories share
    ("ботинки": hiking and winter boots) decides only when one of them records the qualities the text names ("крем
    для сухой кожи": the face creams record a skin type, the sunscreens do not); a negated noun decides nothing."""
    words = {t for t, s, e, script in _analyse(text) if script == "ru" and not any(ns <= s < ne for ns, ne in negated)}
    ru = [e for e in lex.entries if e.kind == "category" and e.lang == "ru" and len(e.phrase) >= 2]
    found = {e.key for e in ru if e.phrase[-1] in words and e.phrase[-1] not in _RU_BODY
             and all(_RU_ADJECTIVE.search(w) for w in e.phrase[:-1])}
    if attributes:
        # The qualities decide between the kinds the noun names, those named «крем для …» included.
        fit = {k for k in found | {e.key for e in ru if e.phrase[0] in words and e.phrase[1] == "для"}
               if set(attributes) <= lex.category_keys.get(k, set())}
        if len(fit) == 1:
            return fit.pop()
    return found.pop() if len(found) == 1 else None


def _fuzzy_zh_category(text: str, lex: Lexicon) -> str | None:
    """A Chinese category name with one character missing or wrong ("自车头盔" for "自行车头盔"), or known by the
    head of a colloquial noun ("袜子")."""
    return _fuzzy_zh_name(text, lex) or _zh_head_category(text, lex)


def _fuzzy_zh_name(text: str, lex: Lexicon) -> str | None:
    from rapidfuzz import fuzz

    best, best_score = None, 0.0
    for e in lex.entries:
        # Chinese nouns are head-final: "自车头盔" keeps the head 盔 of 自行车头盔, "卖自行车" (bicycles) does not.
        if e.kind != "category" or e.lang != "zh" or len(e.phrase[0]) < 3 or e.phrase[0][-1] not in text:
            continue
        score = fuzz.partial_ratio(e.phrase[0], text)
        if score >= 75 and score > best_score:
            best, best_score = e.key, score
    return best


# "school is nut free", "egg-free": the thing the request is free of (a flag of the store's, "gluten free", is read
# as that flag by the negation reading).
_FREE_EN = re.compile(r"\b(?!(?:hands|hassle|stress|care|worry|tax|duty|fuss|trouble|toll|risk|pain|cruelty|scent|"
                      r"fragrance|bpa|plastic)\b)(?P<w>[a-z]{3,})[- ]free\b", re.I)
# "X for (my daughter's) Y", «X для Y»: Y is what X is for. Only when X is a word of a thing, not the frame of a
# request ("looking for a tent", «ищу для дачи»).
_FOR_BEFORE = re.compile(r"(?:\bfor|(?<![а-яё])для)\s+(?:(?:my|his|her|our|their|the|a|an|your|моей|моего|моих|нашей|"
                         r"нашего)\s+)?(?:[\w']+\s+){0,2}$", re.I)
_NOT_A_THING = frozenset({
    "looking", "look", "search", "searching", "shopping", "something", "anything", "stuff", "things", "thing",
    "ideas", "idea", "gift", "gifts", "present", "presents", "good", "best", "recommend", "need", "needs", "want",
    "wants", "i", "im", "i'm", "we", "a", "an", "the", "some", "any", "what", "whats", "what's", "is", "are", "do",
    "does", "you", "u", "have", "got", "sell", "get", "buy", "me", "please", "pls", "just", "only", "also", "one",
    "ones", "kind", "sort", "type", "что-нибудь", "что-то", "подарок", "подарки", "ищу", "ищем", "нужно", "нужен",
    "нужна", "нужны", "есть", "у", "вас", "посоветуйте", "хочу", "хотим", "купить", "подберите", "подобрать",
    "вещь", "вещи", "штуку", "штука"
})


def _for_a_thing(norm: str, start: int) -> bool:
    """Whether the category word at ``start`` says what another thing named before it is for."""
    m = _FOR_BEFORE.search(norm[max(0, start - 40):start])
    if m is None:
        return False
    before = norm[:max(0, start - 40) + m.start()]
    clause = re.split(r"[.!?;,，。！？]", before)[-1]
    return any(w not in _NOT_A_THING and not w.isdigit() for w in re.findall(r"[\w'-]+", clause.lower()))


# Words before a refused thing that are no part of it: "所以含奶的", "加了糖的", "有坚果的".
_ZH_REFUSED_LEAD = re.compile(r"^(?:所以|还有|而且|然后|另外)?(?:含有|含|加了|加|带|有)?")
# Milk refused in a dairy word that names no kind of the store is lactose refused: "含奶的不要" ("milk" and «молоко»
# name milk chocolate, refused as that kind).
_MILK = re.compile(r"奶|乳|乳制品|奶制品|乳品")
# Sweet things refused are sugar refused: "doesn't eat sweets", «сладкое не ест», "不爱吃甜的".
_SWEETS = re.compile(r"sweets?|sugary|(?:сладк|сладост)[а-яё]*|甜的?|甜食|甜品", re.I)


def _free_matches(key: str, word: str, word_key: str, lex: Lexicon) -> bool:
    """Whether a negated word names what an "X_free" flag is free of ("sugar" for sugar_free, "сахара" too)."""
    base = key[: -len("_free")]
    if base == "sugar" and _SWEETS.fullmatch(word):
        return True
    if base == "lactose" and _MILK.fullmatch(word):
        return True
    if en_stem(base) == word_key or base == word:
        return True
    # Russian and Chinese names of the flag, e.g. "без сахара" as the phrase of sugar_free: compare its last word.
    for e in lex.entries:
        if e.kind == "attr" and e.key == key and e.value is True and e.phrase and e.phrase[-1] == word_key:
            return True
        # "不含糖", "不要麸质的": the Chinese name of the flag is "无" + the word ("无糖", "无麸质").
        if (e.kind == "attr" and e.key == key and e.value is True and len(e.phrase) == 1 and len(word) >= 1
                and re.fullmatch(r"[无無免零]" + re.escape(word), e.phrase[0])):
            return True
    return False


def parse_query(
    text: str,
    language: str | None = None,
    *,
    store_currency: str = "USD",
    fx: dict[str, float] | None = None,
    lexicon: Lexicon | None = None,
) -> ParsedQuery:
    """What the shopper asked for (see module doc). Never raises on odd text: unknown words stay in ``text``."""
    return understand(text, language, store_currency=store_currency, fx=fx, lexicon=lexicon).parsed


__all__ = ["MEASURED_KEYS", "Lexicon", "ParsedQuery", "build_lexicon", "convert", "frame_spans", "group_size",
           "lexicon_from_db", "parse_price", "parse_query", "understand", "STOP_WORDS"]
