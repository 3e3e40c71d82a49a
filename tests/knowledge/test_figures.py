"""The shared parser for money, numbers and dates (knowledge.figures): query understanding and the verifier read
"10k", "1万", "1 299,00 ₽" and dates alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from agent.grounding import extract_figures
from knowledge.figures import currency_of, find_dates, find_money, readings, scaled_readings, to_number, zh_to_int
from knowledge.query import parse_price


@pytest.mark.parametrize(("raw", "value"), [
    ("120", "120"), ("10 000", "10000"), ("1,299.99", "1299.99"), ("99,5", "99.5"), ("10k", "10000"),
    ("10 к", "10000"), ("1万", "10000"), ("5千", "5000"), ("1,299", "1299"),
])
def test_to_number_reads_what_a_shopper_typed(raw: str, value: str) -> None:
    assert to_number(raw) == Decimal(value)


def test_readings_keep_every_locale_meaning() -> None:
    assert readings("1,299") == {Decimal("1299"), Decimal("1.299")}
    assert readings("1 299,00") == {Decimal("1299")}
    assert readings("1.299,00") == {Decimal("1299")}
    assert scaled_readings("1万") == {Decimal("10000")}
    assert zh_to_int("三十") == 30 and zh_to_int("两百") == 200 and zh_to_int("天") is None


@pytest.mark.parametrize(("text", "currency", "value"), [
    ("1 299,00 ₽", "RUB", "1299"), ("¥800", "CNY", "800"), ("$119.99", "USD", "119.99"), ("800元", "CNY", "800"),
    ("US$119.99", "USD", "119.99"), ("119,99 $", "USD", "119.99"), ("1万元", "CNY", "10000"),
    ("$10k", "USD", "10000"), ("10к руб", "RUB", "10000"), ("5 000 рублей", "RUB", "5000"), ("€90", "EUR", "90"),
])
def test_money_in_every_language(text: str, currency: str, value: str) -> None:
    [money] = find_money(text)
    assert money.currency == currency
    assert Decimal(value) in money.values


@pytest.mark.parametrize("text", ["相机1万元以上", "camera over 10k $", "камера от 10к руб"])
def test_query_and_verifier_agree_on_scaled_amounts(text: str) -> None:
    """The issue's disagreement: "10k" and "1万" were 10000 for search and 10 or 1 for the verifier."""
    limit = parse_price(text.lower())
    [money] = [f for f in extract_figures(text) if f.kind == "money"]
    assert limit.price_min == Decimal("10000")
    assert Decimal("10000") in {Decimal(v) for v in money.values}
    assert limit.currency == money.currency


def test_currency_words() -> None:
    assert [currency_of(w) for w in ("руб.", "рублей", "元", "块", "$", "USD", "евро", "C$", "kg")] == \
        ["RUB", "RUB", "CNY", "CNY", "USD", "USD", "EUR", "CAD", None]


@pytest.mark.parametrize(("text", "year", "day"), [
    ("on November 25, 2026", 2026, (11, 25)),
    ("25 ноября 2026 г.", 2026, (11, 25)),
    ("2026年11月25日", 2026, (11, 25)),
    ("2026-11-25", 2026, (11, 25)),
    ("25.11.2026", 2026, (11, 25)),
    ("December 3", None, (12, 3)),
    ("3 декабря", None, (12, 3)),
    ("12月3日", None, (12, 3)),
])
def test_dates_with_and_without_year(text: str, year: int | None, day: tuple[int, int]) -> None:
    [span] = find_dates(text)
    assert span.year == year
    assert day in span.days


def test_a_date_without_year_is_the_nearest_such_day() -> None:
    [span] = find_dates("January 3")
    assert span.dates(dt.date(2026, 12, 28)) == {dt.date(2027, 1, 3)}
    assert span.dates(dt.date(2026, 2, 1)) == {dt.date(2026, 1, 3)}
