"""Figures said in words are read as the digits they say, in the roles where they are figures, and left alone
where they are words ("that one", "一下", "另一款")."""

from __future__ import annotations

import pytest

from knowledge.figures import find_dates, find_money, spoken_figures


@pytest.mark.parametrize(("said", "written"), [
    ("forty-nine dollars and ninety-nine cents", "49 dollars and 99 cents"),
    ("one thousand two hundred ninety-nine dollars", "1299 dollars"),
    ("placed on October thirtieth, twenty twenty-six", "placed on October 30th, 2026"),
    ("on November the twenty-eighth, 2026", "on November 28th, 2026"),
    ("the third of November, 2026", "the 3rd of November, 2026"),
    ("шестьдесят один доллар девяносто девять центов", "61 доллар 99 центов"),
    ("двадцать четвёртого ноября две тысячи двадцать шестого года", "24 ноября 2026 года"),
    ("за сорок девять долларов", "за 49 долларов"),
    ("三十四点九九美元", "34.99美元"),
    ("四十九美元九十九美分", "49美元99美分"),
    ("二〇二六年十一月三日", "2026年11月3日"),
    ("百分之十五", "15%"),
])
def test_figures_in_words_become_digits(said: str, written: str) -> None:
    assert spoken_figures(said) == written


@pytest.mark.parametrize("words", ["that one is cheaper", "one of them", "four left", "одна из них", "亲，一下",
                                   "另一款", "还剩三件", "1万元"])
def test_words_that_are_not_figures_stay(words: str) -> None:
    assert spoken_figures(words) == words


def test_cents_alone_are_an_amount_and_after_dollars_their_cents() -> None:
    assert spoken_figures("the Pulse 2 is ninety-nine cents") == "the Pulse 2 is $0.99"
    assert spoken_figures("fifty-nine dollars, ninety-nine cents") == "59 dollars, 99 cents"


def test_the_money_and_date_parsers_read_what_was_said() -> None:
    amounts = find_money(spoken_figures("It's forty-nine dollars and ninety-nine cents."))
    assert [(m.currency, sorted(map(str, m.values))) for m in amounts] == [("USD", ["49.99"])]
    dates = find_dates(spoken_figures("It went out November twenty-eighth, twenty twenty-six."))
    assert [(d.year, d.days) for d in dates] == [(2026, ((11, 28),))]
