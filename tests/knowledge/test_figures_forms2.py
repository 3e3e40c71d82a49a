"""Money and date forms read since the "fresh 3" wording (session 7, helper V2): each value read right, and a
near miss of the same form not read as the store's dollars or that day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge.figures.dates import find_dates
from knowledge.figures.money import en_words_value, find_money


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("14 долл. 99 ц.", "USD", "14.99"),
        ("109块9毛9分美元", "USD", "109.99"),
        ("5块4毛", "CNY", "5.4"),
        ("one hundred nineteen dollars and ninety-nine cents", "USD", "119.99"),
        ("zero dollars and ninety-nine cents", "USD", "0.99"),
        ("14,99 американских долларов", "USD", "14.99"),
        ("S$62.99", "SGD", "62.99"),
        ("29,99 злотых", "PLN", "29.99"),
        ("42,99 лиры", "TRY", "42.99"),
        ("119,99 бел. руб.", "BYN", "119.99"),
        ("7,49 сом", "KGS", "7.49"),
        ("79.99泰铢", "THB", "79.99"),
        ("80.47新加坡元", "SGD", "80.47"),
        ("21.99卢比", "INR", "21.99"),
        ("USD：15.99", "USD", "15.99"),
        ("53.99刀", "USD", "53.99"),
    ],
)
def test_money_forms(text: str, currency: str, value: str) -> None:
    found = find_money(text)
    assert [(m.currency, Decimal(value) in m.values) for m in found] == [(currency, True)], found


@pytest.mark.parametrize("text", ["12 сомнений", "a few dollars", "try 2 of them", "5把刀"])
def test_words_that_are_no_money(text: str) -> None:
    assert find_money(text) == []


def test_english_number_words() -> None:
    assert en_words_value("two hundred forty-nine") == 249
    assert en_words_value("one thousand two hundred three") == 1203
    assert en_words_value("many") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12月4号，2026年", dt.date(2026, 12, 4)),
        ("11月25日（2026年）", dt.date(2026, 11, 25)),
        ("Oct 18 '26", dt.date(2026, 10, 18)),
        ("Tuesday, October thirteenth, 2026", dt.date(2026, 10, 13)),
        ("the twenty-first of October 2026", dt.date(2026, 10, 21)),
        ("двадцать седьмого ноября 2026 года", dt.date(2026, 11, 27)),
        ("шестого августа 2026 года", dt.date(2026, 8, 6)),
    ],
)
def test_date_forms(text: str, day: dt.date) -> None:
    spans = find_dates(text)
    assert len(spans) == 1 and spans[0].dates(dt.date(2026, 12, 1)) == {day}, spans
