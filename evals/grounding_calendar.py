"""The calendar and number words the fresh wording splits of the grounding eval render figures with.

Month and weekday names, full-width digits, English number words and ordinal suffixes that two or more of the
wording modules (``evals.grounding_wording``, ``evals.grounding_variety``, ``evals.grounding_fresh2`` ...
``evals.grounding_fresh6``) write dates and amounts with. Only tables and helpers that
were identical in those modules live here: a split whose table differs (fresh 2's full-width table has no comma,
fresh 3's weekday abbreviations are capitalised or end in a full stop, fresh 3 and fresh 4 spell hundreds
differently) keeps its own, next to its wording. Changing anything here changes the cases of every split that uses
it, and so its dataset hash.
"""

from __future__ import annotations

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# genitive, as after a day: «5 декабря»
RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
# indexed by dt.date.weekday(): Monday first
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RU_WEEKDAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WEEKDAYS_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
# the numeral after 周/星期/礼拜: 周一 ... 周日
ZH_WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"]
# digits, decimal point and comma to their full-width forms
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")

EN_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_suffixed(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st, 22nd, 23rd ... 31st."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


__all__ = [
    "EN_MONTHS",
    "EN_SMALL",
    "EN_TENS",
    "EN_WEEKDAYS",
    "FULL_WIDTH",
    "RU_MONTHS",
    "RU_WEEKDAYS",
    "RU_WEEKDAYS_SHORT",
    "ZH_WEEKDAYS",
    "en_suffixed",
]
