"""Calendar dates as written in en/ru/zh: "2026-11-25", "November 25, 2026", "25 ноября 2026 г.", "2026年11月25日",
"25.11.2026", "11/25/2026", "25-11-2026", "2026/11/25".

A date written without its year ("December 3", "3 декабря", "12月3日") is read as a reader reads it: the nearest such
day to today (a reply in late December saying "January 3" means next January). ``DateSpan.dates(today)`` does that.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

from knowledge.figures.numbers import ZH_DIGITS, zh_to_int

_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_EN_MON = {k[:3]: v for k, v in _EN_MONTHS.items()} | {"sept": 9}
_RU_MONTHS = {m: i + 1 for i, m in enumerate(
    ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"])}
# "25 нояб. 2026 г.", "3 сент.": the abbreviations Russian calendars and receipts print.
_RU_ABBREVIATIONS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
                     "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
_EN_MONTH_RE = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RU_MONTH_RE = (r"(?P<mon>январ[яье]|феврал[яье]|марта?|апрел[яье]|ма[яй]|июн[яье]|июл[яье]|августа?|"
                r"сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье]|"
                r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)(?:\.|(?![а-яё])))")
_RU_WEEKDAY_RE = (r"(?:понедельник|вторник|сред[аы]|четверг|пятниц[аы]|суббот[аы]|воскресенье|"
                  r"пн|вт|ср|чт|пт|сб|вс)")
# Days written as ordinal words: "October thirteenth", "шестого августа", "двадцать седьмого ноября".
_EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
           "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_EN_ORD_DAY = {w: i + 1 for i, w in enumerate(_EN_ORD)} | {"twentieth": 20, "thirtieth": 30}
EN_ORDINAL_WORDS = tuple(_EN_ORD_DAY)
_RU_ORD = ["перв", "втор", "треть", "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат",
           "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат",
           "девятнадцат", "двадцат"]
_RU_ORD_DAY = {w: i + 1 for i, w in enumerate(_RU_ORD)} | {"тридцат": 30, "четверт": 4}
_EN_ORD_RE = (r"(?P<dw>(?:(?:twenty|thirty)[- ])?(?:" + "|".join(_EN_ORD) + r")|twentieth|thirtieth)")
_RU_ORD_RE = (r"(?P<dw>(?:(?:двадцать|тридцать)\s+)?(?:" + "|".join(sorted(_RU_ORD + ["тридцат", "четверт"], key=len,
              reverse=True)) + r")(?:ого|его|ье|ое|го))")
# A year after the date, set off by an apostrophe ("Oct 18 '26"), a comma or brackets ("12月4号，2026年",
# "11月25日（2026年）").
_APOS_YEAR = r"['’](?P<y2>\d{2})(?!\d)"
_PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    # "2026/8/28", "2026.08.28": year first, as Chinese and ISO-minded writers put it.
    ("ymd", re.compile(r"(?<![\d./])(?P<y>\d{4})([/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/]|\.\d)")),
    # "2026年的11月29号": a spoken 的 after the year.
    ("zh", re.compile(r"(?:(?P<y>\d{4})\s?年(?:的)?\s?)?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?[日号]"
                      r"(?:\s?[，,（(]\s?(?P<y2>\d{4})\s?年[)）]?)?")),
    # "二〇二六年十一月十八日": the year digit by digit, month and day as numerals.
    ("zh_words", re.compile(r"(?:(?P<y>[〇零一二三四五六七八九]{4})\s?年\s?)?(?P<m>[一二三四五六七八九十]{1,3})\s?月\s?"
                            r"(?P<d>[一二三四五六七八九十]{1,3})\s?[日号]")),
    ("dmy", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\d|\.\d)")),
    ("slash", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")),
    # "25-11-2026" (day first in most of the world, month first in the US): both readings, as for slashes.
    ("dash", re.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})(?![\d-])")),
    # "Nov 29, 2026", "Nov-29-2026" (a month-first stamp as order systems print it).
    ("en_md", re.compile(rf"\b{_EN_MONTH_RE}(?:\s+|-)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                         rf"(?:(?:,?\s+|-)(?P<y>\d{{4}})|\s+{_APOS_YEAR})?", re.IGNORECASE)),
    ("en_mdw", re.compile(rf"\b{_EN_MONTH_RE}\s+(?:the\s+)?{_EN_ORD_RE}\b(?:,?\s+(?P<y>\d{{4}})|\s+{_APOS_YEAR})?",
                          re.IGNORECASE)),
    ("en_dwm", re.compile(rf"\b(?:the\s+)?{_EN_ORD_RE}\s+(?:of\s+)?{_EN_MONTH_RE}(?:,?\s+(?P<y>\d{{4}}))?\b",
                          re.IGNORECASE)),
    ("ru_w", re.compile(rf"(?<![а-яё]){_RU_ORD_RE}\s+{_RU_MONTH_RE}(?![а-яё])"
                        rf"(?:\s+(?P<y>\d{{4}})(?:\s?(?:года|году|г\.?))?)?", re.IGNORECASE)),
    # "21st August 2026", "29-Nov-2026", "29 Nov. 2026": day, month, year with spaces or dashes.
    ("en_dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-){_EN_MONTH_RE}"
                         rf"(?:(?:,?\s+|-)(?P<y>\d{{4}}))?(?![\w-])", re.IGNORECASE)),
    # "12 октября 2026 г.", "12-го октября 2026 г.": the day may carry its ordinal ending.
    # The weekday may stand in brackets before the year: "24 ноября (вторник) 2026 года".
    ("ru", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:-?(?:го|е|ое))?\s+{_RU_MONTH_RE}(?![а-яё])"
                      rf"(?:(?:\s*[(（]\s*{_RU_WEEKDAY_RE}\s*[)）])?\s+(?P<y>\d{{4}})(?:\s?(?:года|году|г\.?))?)?",
                      re.IGNORECASE)),
]
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    year: int | None  # None when the text gives no year
    days: tuple[tuple[int, int], ...]  # (month, day) readings: "3/4/2026" is March 4 or 3 April

    def dates(self, today: dt.date | None = None) -> set[dt.date]:
        """The dates this text can mean; without a year, the nearest such day to ``today``."""
        out: set[dt.date] = set()
        ref = today or dt.date.today()
        for mon, day in self.days:
            if self.year is not None:
                with contextlib.suppress(ValueError):
                    out.add(dt.date(self.year, mon, day))
                continue
            options: list[dt.date] = []
            for y in (ref.year - 1, ref.year, ref.year + 1):
                with contextlib.suppress(ValueError):
                    options.append(dt.date(y, mon, day))
            if options:
                out.add(min(options, key=lambda d: abs((d - ref).days)))
        return out


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + 2000 if y < 100 else y


def _month(kind: str, raw: str) -> int | None:
    low = raw.lower().rstrip(".")
    if kind.startswith("en"):
        return _EN_MONTHS.get(low) or _EN_MON.get(low[:4]) or _EN_MON.get(low[:3])
    if low in _RU_ABBREVIATIONS:
        return _RU_ABBREVIATIONS[low]
    for stem, num in sorted(_RU_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(stem):
            return num
    return None


def ordinal_day(words: str) -> int | None:
    """The day of an ordinal written in words: "twenty-first" -> 21, "двадцать седьмого" -> 27."""
    low = words.lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30, "двадцать": 20, "тридцать": 30}.get(low[0], 0) if len(low) > 1 else 0
    last = low[-1]
    if last in _EN_ORD_DAY:
        return tens + _EN_ORD_DAY[last]
    for stem, num in sorted(_RU_ORD_DAY.items(), key=lambda kv: -len(kv[0])):
        if last.startswith(stem):
            return tens + num
    return None


def find_dates(text: str) -> list[DateSpan]:
    """Every date written in ``text``, in order."""
    found: list[DateSpan] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            gd = m.groupdict()
            if kind in ("slash", "dash"):
                a, b = int(gd["a"]), int(gd["b"])
                pairs = [(a, b), (b, a)]  # m/d (en) or d/m
            elif kind in ("en_md", "en_dm", "ru"):
                mon = _month(kind, gd["mon"])
                if mon is None:
                    continue
                pairs = [(mon, int(gd["d"]))]
            elif kind in ("en_mdw", "en_dwm", "ru_w"):
                mon, day = _month(kind, gd["mon"]), ordinal_day(gd["dw"])
                if mon is None or day is None:
                    continue
                pairs = [(mon, day)]
            elif kind == "zh_words":
                mon_n, day_n = zh_to_int(gd["m"]), zh_to_int(gd["d"])
                if mon_n is None or day_n is None:
                    continue
                pairs = [(mon_n, day_n)]
                if gd["y"]:
                    gd["y"] = "".join(str(ZH_DIGITS[ch]) for ch in gd["y"])
            else:
                pairs = [(int(gd["m"]), int(gd["d"]))]
            pairs = [(mo, d) for mo, d in pairs if 1 <= mo <= 12 and 1 <= d <= 31]
            if not pairs:
                continue
            found.append(DateSpan(m.start(), m.end(), m.group(0), _year(gd.get("y") or gd.get("y2")), tuple(pairs)))
    return sorted(found, key=lambda f: f.start)


def parse_iso(text: str) -> dt.date | None:
    """A date from an ISO string as tools write them ("2026-11-25", "2026-11-25T10:00:00Z")."""
    m = ISO_DATE.match(text.strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
