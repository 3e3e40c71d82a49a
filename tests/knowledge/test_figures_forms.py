"""Money and date forms added in session 7 (issue 9): each read to its value, and its neighbours left alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from knowledge.figures import find_dates, find_money, halfwidth


def test_halfwidth_keeps_offsets_and_punctuation() -> None:
    text = "售价＄５９．９９，库存ＸＬ码：７件！"
    narrow = halfwidth(text)
    assert narrow == "售价$59.99，库存XL码：7件！"
    assert len(narrow) == len(text)


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("59 dollars and 99 cents", "USD", "59.99"),
        ("59 долларов 9 центов", "USD", "59.09"),
        ("5美元49美分", "USD", "5.49"),
        ("59.99（美元）", "USD", "59.99"),
        ("23.99 (EUR)", "EUR", "23.99"),
        ("21.99美刀", "USD", "21.99"),
        ("14,99 дол.", "USD", "14.99"),
        ("CA$3.99", "CAD", "3.99"),
        ("NT$120", "TWD", "120"),
        ("9,49 канадских долларов", "CAD", "9.49"),
        ("94.99 австралийских долл.", "AUD", "94.99"),
        ("44.99新台币", "TWD", "44.99"),
        ("47,99 тенге", "KZT", "47.99"),
        ("87,99 грн", "UAH", "87.99"),
    ],
)
def test_money_forms(text: str, currency: str, value: str) -> None:
    found = find_money(text)
    assert len(found) == 1 and found[0].text == text, found
    assert found[0].currency == currency
    assert Decimal(value) in found[0].values


def test_dollars_without_cents_stay_one_amount() -> None:
    found = find_money("10 dollars and 3 pairs left")
    assert [(m.text, m.currency) for m in found] == [("10 dollars", "USD")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("placed on 29-Nov-2026.", dt.date(2026, 11, 29)),
        ("Оформление заказа — 12-го октября 2026 г.", dt.date(2026, 10, 12)),
        ("创建日期是二〇二六年十一月十八日。", dt.date(2026, 11, 18)),
        ("下单日：二〇二六年九月二十日", dt.date(2026, 9, 20)),
    ],
)
def test_date_forms(text: str, day: dt.date) -> None:
    found = find_dates(text)
    assert len(found) == 1
    assert found[0].dates(dt.date(2026, 12, 1)) == {day}


def test_a_number_and_its_unit_is_no_date() -> None:
    assert find_dates("a 24-month warranty, 3-day delivery") == []
