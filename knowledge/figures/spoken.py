"""Figures said in words, written as digits: what a voice, a phone agent or a chatty seller says ("forty-nine
dollars and ninety-nine cents", "November thirtieth, twenty twenty-six", «шестьдесят один доллар девяносто девять
центов», «двадцать четвёртого ноября две тысячи двадцать шестого года», "三十四点九九美元", "二〇二六年十一月三日")
becomes what the money and date parsers read ("49 dollars and 99 cents", "November 30th, 2026", «61 доллар 99
центов», «24 ноября 2026 года», "34.99美元", "2026年11月3日").

Only figures whose role is plain are rewritten: an amount before a currency word, a day beside a month, a year after
a date, a number of several words, a percentage. A lone "one" ("that one's cheaper"), "一下" or "另一款" is a word,
not a figure, and stays as written.
"""

from __future__ import annotations

import re

from knowledge.figures.dates import EN_ORDINAL_WORDS, ordinal_day
from knowledge.figures.money import EN_NUMBER_WORDS, en_words_value
from knowledge.figures.numbers import zh_to_int

# --- English ----------------------------------------------------------------------------------------------------

_EN_NUM_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
# A run of number words: "forty-nine", "one hundred and five", "two thousand twenty-six".
_EN_RUN = re.compile(rf"\b(?:{_EN_NUM_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_EN_NUM_WORD}))*\b", re.I)
_EN_ORD_WORD = "|".join(sorted(EN_ORDINAL_WORDS, key=len, reverse=True))
_EN_ORD_RUN = re.compile(rf"\b(?:(?P<tens>twenty|thirty)[\s-])?(?P<ord>{_EN_ORD_WORD})\b", re.I)
_MONTHS_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
             r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
# "twenty twenty-six", "nineteen ninety-nine": a year said as two pairs of digits.
_EN_YEAR_PAIRS = re.compile(r"\b(?P<hi>nineteen|twenty)[\s-]+(?P<lo>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
                            r"|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
                            r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b", re.I)
_EN_MONEY_AFTER = re.compile(r"\s*(?:us\s+)?(?:dollars?|bucks?|cents?|euros?|pounds?|rubles?|roubles?|yuan)\b", re.I)
# A measure after a single number word makes it a figure too ("thirty litres", "twenty thousand mah").
_EN_MEASURE_AFTER = re.compile(r"\s*(?:litres?|liters?|l|mah|milliamps?|gb|gigs?|lumens?|watts?|kg|kilos?|pieces?|"
                               r"people|persons?|inch(?:es)?|cm|mm)\b", re.I)
_EN_LIMIT_AFTER = re.compile(r"\s*(?:tops|max|maximum|or less|at most|at the most)\b", re.I)
_EN_CENTS_ALONE = re.compile(r"(?<![\d.,])\b(?P<n>\d{1,2}) cents\b", re.I)
_AFTER_DOLLARS = re.compile(r"(?:dollars?|bucks?)[,;]?\s+(?:and\s+)?$", re.I)
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_EN_DOLLARS_CENTS = re.compile(r"\b(?P<d>\d+) dollars?,? (?:and )?(?P<c>\d{1,2})(?!\d)(?![.,]\d)"
                               r"(?!\s*(?:cents?|percent|%|pairs?|pieces?|units?|items?|left|in stock|of\b|x\b|ml\b|"
                               r"[a-z]*(?:pack|person)))", re.I)


def _en_figures(text: str) -> str:
    def year(m: re.Match[str]) -> str:
        hi = 19 if m.group("hi").lower() == "nineteen" else 20
        lo = en_words_value(m.group("lo"))
        return m.group(0) if lo is None else f"{hi}{lo:02d}"

    def dated_year(m: re.Match[str]) -> str:
        return m.group("lead") + _EN_YEAR_PAIRS.sub(year, m.group("year"))

    # A year said in pairs, after a month and day: "November 30th, twenty twenty-six".
    text = _EN_ORD_RUN.sub(lambda m: _ordinal(m, text), text)
    # "November the 28th" is read as "November 28th".
    text = re.sub(rf"\b({_MONTHS_EN})\s+the\s+(\d{{1,2}}(?:st|nd|rd|th))\b", r"\1 \2", text, flags=re.I)
    text = re.sub(rf"(?P<lead>\b{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                  rf"{_MONTHS_EN},?\s+)(?P<year>{_EN_YEAR_PAIRS.pattern})", dated_year, text, flags=re.I)

    def run(m: re.Match[str]) -> str:
        words = [w for w in re.split(r"[\s-]+", m.group(0).lower()) if w != "and"]
        money = bool(_EN_MONEY_AFTER.match(text, m.end()) or _EN_MEASURE_AFTER.match(text, m.end()))
        if not money and _EN_LIMIT_AFTER.match(text, m.end()):
            value = en_words_value(m.group(0))
            money = value is not None and value >= 5  # "fifty tops", "thirty max": a budget said without a currency
        # One word is a figure only before a currency word ("ninety-nine cents" is two words already): "one of
        # them", "the Nova one" are words.
        if len(words) < 2 and not money:
            return m.group(0)
        value = en_words_value(m.group(0))
        return m.group(0) if value is None else str(value)

    # "one point seven litres": a decimal said before a measure or money
    text = _EN_POINT.sub(lambda m: _point(m, text), text)
    text = _EN_RUN.sub(run, text)
    # "fifty-two dollars ninety-nine" (no "cents") is 52.99 dollars.
    text = _EN_DOLLARS_CENTS.sub(lambda m: f"{m.group('d')}.{int(m.group('c')):02d} dollars", text)
    # "99 cents" on its own is an amount of 0.99 dollars; after dollars it is their cents.
    def cents(m: re.Match[str]) -> str:
        if _AFTER_DOLLARS.search(text[max(0, m.start() - 16):m.start()]):
            return m.group(0)
        return f"${int(m.group('n')) / 100:.2f}"

    return _EN_CENTS_ALONE.sub(cents, text)


_EN_DIGIT = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_POINT = re.compile(rf"\b(?P<w>(?:{_EN_NUM_WORD})(?:[\s-]+(?:{_EN_NUM_WORD}))*)\s+point\s+"
                       rf"(?P<d>(?:(?:{'|'.join(_EN_DIGIT)})\s*)+)", re.I)


def _point(m: re.Match[str], text: str) -> str:
    after = text[m.end():]
    if not (_EN_MEASURE_AFTER.match(after) or _EN_MONEY_AFTER.match(after)):
        return m.group(0)
    whole = en_words_value(m.group("w"))
    digits = "".join(str(_EN_DIGIT.index(d.lower())) for d in m.group("d").split())
    return m.group(0) if whole is None else f"{whole}.{digits} "


def _ordinal(m: re.Match[str], text: str) -> str:
    """A day said as an ordinal beside a month: "November thirtieth", "the third of November" -> "30th", "3rd"."""
    before, after = text[max(0, m.start() - 14):m.start()], text[m.end():m.end() + 16]
    if not (re.search(rf"{_MONTHS_EN}\s+(?:the\s+)?$", before, re.I)
            or re.match(rf"\s+(?:of\s+)?{_MONTHS_EN}\b", after, re.I)):
        return m.group(0)
    day = ordinal_day(m.group(0))
    if day is None or day > 31:
        return m.group(0)
    return f"{day}{_SUFFIX.get(day, 'th')}"


# --- Russian ----------------------------------------------------------------------------------------------------

# Nominative and the oblique forms amounts take after prepositions («за сорок девять», «от сорока девяти»).
_RU_UNITS = {
    1: "один одна одно одного одной одному", 2: "два две двух двум", 3: "три трёх трех трём трем",
    4: "четыре четырёх четырех четырём четырем", 5: "пять пяти", 6: "шесть шести", 7: "семь семи",
    8: "восемь восьми", 9: "девять девяти", 10: "десять десяти", 11: "одиннадцать одиннадцати",
    12: "двенадцать двенадцати", 13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати",
    15: "пятнадцать пятнадцати", 16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати",
    18: "восемнадцать восемнадцати", 19: "девятнадцать девятнадцати",
    20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока", 50: "пятьдесят пятидесяти",
    60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти",
    90: "девяносто девяноста", 100: "сто ста", 200: "двести двухсот", 300: "триста трёхсот трехсот",
    400: "четыреста четырёхсот четырехсот", 500: "пятьсот пятисот", 600: "шестьсот шестисот",
    700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот",
}
_RU_VALUE = {w: v for v, forms in _RU_UNITS.items() for w in forms.split()}
_RU_THOUSAND = ("тысяча", "тысячи", "тысяч", "тысячу")
# Ordinal days in the genitive («двадцать четвёртого ноября») and the year's last word («двадцать шестого года»).
_RU_ORD_GEN = {"первого": 1, "второго": 2, "третьего": 3, "четвёртого": 4, "четвертого": 4, "пятого": 5,
               "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10, "одиннадцатого": 11,
               "двенадцатого": 12, "тринадцатого": 13, "четырнадцатого": 14, "пятнадцатого": 15,
               "шестнадцатого": 16, "семнадцатого": 17, "восемнадцатого": 18, "девятнадцатого": 19,
               "двадцатого": 20, "тридцатого": 30}
# The Russian number words read as figures, in every form an amount takes.
RU_NUMBER_WORDS = (*_RU_VALUE, *_RU_THOUSAND)
_RU_WORD = "|".join(sorted(RU_NUMBER_WORDS, key=len, reverse=True))
_RU_ORD_WORD = "|".join(sorted(_RU_ORD_GEN, key=len, reverse=True))
_RU_RUN = re.compile(rf"(?<![а-яё])(?:{_RU_WORD})(?:\s+(?:{_RU_WORD}))*(?![а-яё])", re.I)
_RU_MONTHS_GEN = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_RU_DAY = re.compile(rf"(?<![а-яё])(?:(?P<tens>двадцать|тридцать)\s+)?(?P<ord>{_RU_ORD_WORD})(?=\s+{_RU_MONTHS_GEN})",
                     re.I)
_RU_YEAR = re.compile(rf"(?<![а-яё])(?P<head>(?:{_RU_WORD})(?:\s+(?:{_RU_WORD}))*)\s+(?P<ord>{_RU_ORD_WORD})"
                      rf"(?=\s+год)", re.I)
_RU_DOLLARS_CENTS = re.compile(r"(?<![\d.,])(?P<d>\d+)\s+(?P<w>доллар(?:а|ов)?)\s+(?P<c>\d{1,2})(?!\d)(?![.,]\d)"
                               r"(?!\s*(?:цент|шт|%|процент|пар|единиц|[а-яё]*мест))", re.I)
_RU_MONEY_AFTER = re.compile(r"\s*(?:доллар|цент|евро|рубл|юан|бакс|копе)", re.I)
# A measure after a single number word, or before it for "about so many" («тридцать литров», «литров на тридцать»).
_RU_MEASURE_AFTER = re.compile(r"\s*(?:литр|л(?![а-яё])|миллиампер|мач|ма·ч|гб|гиг|люмен|лм(?![а-яё])|ватт|"
                               r"вт(?![а-яё])|кг(?![а-яё])|килограмм|детал|элемент)", re.I)
_RU_MEASURE_BEFORE = re.compile(r"(?:литр\w*|ватт\w*|гб|кг|килограмм\w*)\s+(?:на|около|под)\s+$", re.I)


def _ru_value(words: list[str]) -> int | None:
    total, current = 0, 0
    for w in words:
        if w in _RU_THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif w in _RU_VALUE:
            current += _RU_VALUE[w]
        else:
            return None
    return total + current


def _ru_figures(text: str) -> str:
    def day(m: re.Match[str]) -> str:
        tens = {"двадцать": 20, "тридцать": 30}.get((m.group("tens") or "").lower(), 0)
        value = tens + _RU_ORD_GEN[m.group("ord").lower()]
        return m.group(0) if value > 31 else str(value)

    def year(m: re.Match[str]) -> str:
        head = _ru_value(m.group("head").lower().split())
        return m.group(0) if head is None else str(head + _RU_ORD_GEN[m.group("ord").lower()])

    text = _RU_YEAR.sub(year, text)
    text = _RU_DAY.sub(day, text)

    def run(m: re.Match[str]) -> str:
        words = m.group(0).lower().split()
        money = bool(_RU_MONEY_AFTER.match(text, m.end()) or _RU_MEASURE_AFTER.match(text, m.end())
                     or _RU_MEASURE_BEFORE.search(text[max(0, m.start() - 24):m.start()]))
        if len(words) < 2 and not money:
            return m.group(0)
        value = _ru_value(words)
        return m.group(0) if value is None else str(value)

    text = _RU_RUN.sub(run, text)
    # «пятьдесят два доллара девяносто девять» (no «центов») is 52,99 dollars.
    return _RU_DOLLARS_CENTS.sub(lambda m: f"{m.group('d')},{int(m.group('c')):02d} {m.group('w')}", text)


# --- Chinese ----------------------------------------------------------------------------------------------------

ZH_NUMERALS = _ZH_NUM = "零〇一二两三四五六七八九十百千万"
# An amount before its currency ("三十四点九九美元"), a percentage ("百分之十五"), a date's parts ("二〇二六年",
# "十一月", "三日"/"三号"): the roles in which a numeral is a figure.
_ZH_MONEY = re.compile(rf"(?<![\d.{_ZH_NUM}])(?P<n>[零〇一二两三四五六七八九十][{_ZH_NUM}]*)"
                       rf"(?:点(?P<d>[零〇一二三四五六七八九]+))?(?P<u>\s*(?:美元|美金|美分|元|块|刀|欧元|卢布))")
_ZH_DOLLARS_CENTS = re.compile(r"(?P<d>\d+)美元(?P<c>[零一二三四五六七八九十]{1,3})"
                               r"(?![零一二三四五六七八九十百千万美分个件元块])")
_ZH_PERCENT = re.compile(rf"百分之(?P<n>[{_ZH_NUM}]+)(?:点(?P<d>[零〇一二三四五六七八九]+))?")
_ZH_YEAR = re.compile(r"(?P<n>[零〇一二三四五六七八九]{4})(?=年)")
_ZH_MONTH_DAY = re.compile(rf"(?<=年)(?P<m>[{_ZH_NUM}]{{1,3}})月(?:(?P<d>[{_ZH_NUM}]{{1,3}})(?P<u>[日号]))?")
_ZH_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def _zh_amount(whole: str, decimals: str | None) -> str | None:
    value = zh_to_int(whole)
    if value is None:
        return None
    return f"{value}.{''.join(_ZH_DIGIT[c] for c in decimals)}" if decimals else str(value)


def _zh_figures(text: str) -> str:
    def money(m: re.Match[str]) -> str:
        out = _zh_amount(m.group("n"), m.group("d"))
        return m.group(0) if out is None else out + m.group("u")

    def percent(m: re.Match[str]) -> str:
        out = _zh_amount(m.group("n"), m.group("d"))
        return m.group(0) if out is None else f"{out}%"

    def money_cents(m: re.Match[str]) -> str:
        cents = zh_to_int(m.group("c"))
        return m.group(0) if cents is None or cents > 99 else f"{m.group('d')}.{cents:02d}美元"

    def month_day(m: re.Match[str]) -> str:
        month = zh_to_int(m.group("m"))
        if month is None or not 1 <= month <= 12:
            return m.group(0)
        if m.group("d") is None:
            return f"{month}月"
        day = zh_to_int(m.group("d"))
        return m.group(0) if day is None or not 1 <= day <= 31 else f"{month}月{day}{m.group('u')}"

    text = _ZH_YEAR.sub(lambda m: "".join(_ZH_DIGIT[c] for c in m.group("n")), text)
    text = _ZH_MONTH_DAY.sub(month_day, text)
    text = _ZH_PERCENT.sub(percent, text)
    text = _ZH_MONEY.sub(money, text)
    # "四十九美元九十九" (no 美分) is 49.99 dollars.
    return _ZH_DOLLARS_CENTS.sub(money_cents, text)


def spoken_figures(text: str) -> str:
    """``text`` with amounts, days, years and percentages said in words written as digits (see the module)."""
    if re.search(r"[a-z]", text, re.I):
        text = _en_figures(text)
    if re.search(r"[а-яё]", text, re.I):
        text = _ru_figures(text)
    if re.search(rf"[{_ZH_NUM}]", text):
        text = _zh_figures(text)
    return text


__all__ = ["RU_NUMBER_WORDS", "ZH_NUMERALS", "spoken_figures"]
