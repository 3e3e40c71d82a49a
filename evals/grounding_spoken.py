"""Figures as staff say them aloud, shared by the spoken grounding splits (fresh 9 to 12): amounts split into
dollars and cents, digit grouping, English numbers and ordinals in words, Russian plural forms and weekdays.

These helpers carry no wording of any split (the patterns, state phrases and formats stay in each split's module),
so sharing them keeps the splits' sentences as blind as they were written.
"""

from __future__ import annotations

import random
from decimal import Decimal

from evals.grounding_calendar import EN_SMALL, EN_TENS, RU_WEEKDAYS

EN_ORDINALS = [
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


def parts(value: Decimal) -> tuple[int, int]:
    """Whole units and cents of ``value`` rounded to the cent."""
    q = value.quantize(Decimal("0.01"))
    whole, frac = f"{q:.2f}".split(".")
    return int(whole), int(frac)


def grouped(whole: int, language: str, rng: random.Random) -> str:
    """Whole units with thousands grouped the language's way: "1,299", «1 299» (space or no-break space), 1299."""
    if language == "ru":
        return f"{whole:,}".replace(",", rng.choice([" ", "\u00a0"]))
    if language == "zh":
        return f"{whole}"
    return f"{whole:,}"


def amount(value: Decimal, language: str, rng: random.Random) -> str:
    """The amount in figures: "1,299.99" (a whole amount now and then without cents, "$50"), «1 299,99» always with
    its kopeck part, 1299.99."""
    whole, cents = parts(value)
    figure = grouped(whole, language, rng)
    if language == "ru":
        return f"{figure},{cents:02d}"
    if cents == 0 and rng.random() < 0.5:
        return figure
    return f"{figure}.{cents:02d}"


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def en_number(n: int) -> str:
    """0 .. 999 999 999 in English words: "one thousand two hundred ninety-nine"."""
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return EN_TENS[tens] + (f"-{EN_SMALL[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{EN_SMALL[hundreds]} hundred" + (f" {en_number(rest)}" if rest else "")
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        return f"{en_number(thousands)} thousand" + (f" {en_number(rest)}" if rest else "")
    millions, rest = divmod(n, 1_000_000)
    return f"{en_number(millions)} million" + (f" {en_number(rest)}" if rest else "")


def en_unit(n: int, unit: str) -> str:
    return unit if n == 1 else f"{unit}s"


def en_ordinal_word(n: int) -> str:
    """1..31 as spoken: "third", "twenty-first", "thirtieth"."""
    if n < 20:
        return EN_ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return EN_TENS[tens][:-1] + "ieth"
    return f"{EN_TENS[tens]}-{EN_ORDINALS[ones - 1]}"


def ru_weekday_accusative(i: int) -> str:
    """«во вторник», «в среду», «в пятницу»: the weekday of evals.grounding_calendar.RU_WEEKDAYS after в/во."""
    word = RU_WEEKDAYS[i]
    if word.endswith("а"):
        word = word[:-1] + "у"
    return ("во " if word.startswith("вт") else "в ") + word


RU_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_UNITS_FEM = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = [
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
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]
ZH_READ = "零一二三四五六七八九"


ZH_DIGITS = "〇一二三四五六七八九"


def en_year_words(year: int) -> str:
    """A year as said aloud: "two thousand", "two thousand five", "twenty twenty-six"; other centuries in figures."""
    if year == 2000:
        return "two thousand"
    if 2001 <= year <= 2009:
        return f"two thousand {EN_SMALL[year - 2000]}"
    if 2010 <= year <= 2099:
        return f"twenty {en_number(year - 2000)}"
    return str(year)


def ru_below_thousand(n: int, feminine: bool) -> list[str]:
    """1 .. 999 as Russian cardinal words, masculine or feminine in the last digit."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(RU_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        words.append(RU_TEENS[rest - 10])
        return words
    tens, ones = divmod(rest, 10)
    if tens:
        words.append(RU_TENS[tens])
    if ones:
        words.append((RU_UNITS_FEM if feminine else RU_UNITS)[ones])
    return words


def zh_below_ten_thousand(n: int, leading: bool) -> str:
    """1 .. 9999 read in Chinese, with 零 for a gap: 一千零五, 一百一十; ``leading`` drops the 一 of 一十 (十一)."""
    digits = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    units = ["千", "百", "十", ""]
    out = ""
    gap = False
    for i, digit in enumerate(digits):
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        if i == 2 and digit == 1 and not out and leading:
            out += "十"
        else:
            out += ZH_READ[digit] + units[i]
    return out


def zh_date_number(n: int) -> str:
    """1..31 in Chinese numerals, as said in a date: 三, 十, 十一, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return ZH_DIGITS[ones]
    head = "" if tens == 1 else ZH_DIGITS[tens]
    return f"{head}十{ZH_DIGITS[ones] if ones else ''}"


# genitive ordinals 1..19 («первого» … «девятнадцатого»); the round tens below, the rest composed
RU_ORDINALS_GEN = [
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
RU_TENS_ORDINALS_GEN = [
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


def ru_number(n: int, feminine: bool = False) -> str:
    """0 .. 999 999 999 as a Russian cardinal: «сорок четыре», «тысяча двести девяносто девять»; ``feminine`` for
    a feminine noun after it («двадцать две копейки»)."""
    if n == 0:
        return "ноль"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    words: list[str] = []
    if millions:
        words += ru_below_thousand(millions, feminine=False)
        words.append(ru_plural(millions, "миллион", "миллиона", "миллионов"))
    if thousands:
        if thousands != 1 or millions:
            words += ru_below_thousand(thousands, feminine=True)
        words.append(ru_plural(thousands, "тысяча", "тысячи", "тысяч"))
    if units:
        words += ru_below_thousand(units, feminine=feminine)
    return " ".join(words)


def zh_number(n: int) -> str:
    """0 .. 99 999 999 as read in Chinese: 四十四, 一千二百九十九, 一万零五百."""
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    if not high:
        return zh_below_ten_thousand(low, leading=True)
    text = zh_below_ten_thousand(high, leading=True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + zh_below_ten_thousand(low, leading=False)
    return text


def ru_ordinal_genitive(n: int) -> str:
    """1..99 in the genitive, as a date after a verb: «девятнадцатого», «двадцатого», «тридцать первого»."""
    if n < 20:
        return RU_ORDINALS_GEN[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return RU_TENS_ORDINALS_GEN[tens]
    return f"{RU_TENS[tens]} {RU_ORDINALS_GEN[ones - 1]}"


def ru_year_genitive(year: int) -> str:
    """The year as the genitive ordinal before «года»: «две тысячи двадцать шестого»; other centuries in figures."""
    if year == 2000:
        return "двухтысячного"
    if 2001 <= year <= 2099:
        return f"две тысячи {ru_ordinal_genitive(year - 2000)}"
    return str(year)
