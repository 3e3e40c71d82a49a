"""One parser for money, numbers and dates in en/ru/zh, shared by query understanding and the reply verifier."""

from knowledge.figures.dates import DateSpan, find_dates, parse_iso
from knowledge.figures.money import CURRENCY_RE, CURRENCY_WORDS, Money, currency_of, find_money
from knowledge.figures.numbers import (
    EN_WORDS,
    NUMBER,
    NUMBER_RE,
    RU_WORDS,
    SCALED_RE,
    dec,
    halfwidth,
    readings,
    scaled_readings,
    to_number,
    zh_to_int,
)
from knowledge.figures.spoken import spoken_figures

__all__ = ["CURRENCY_RE", "CURRENCY_WORDS", "EN_WORDS", "NUMBER", "NUMBER_RE", "RU_WORDS", "SCALED_RE", "DateSpan",
           "Money", "currency_of", "dec", "find_dates", "find_money", "halfwidth", "parse_iso", "readings",
           "scaled_readings", "spoken_figures", "to_number", "zh_to_int"]
