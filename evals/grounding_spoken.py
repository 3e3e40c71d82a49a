"""Figures as staff say them aloud, shared by the spoken grounding splits (fresh 9, 10 and 11): amounts split into
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
