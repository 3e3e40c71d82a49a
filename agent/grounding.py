"""Grounding: every figure in a reply must appear in this turn's tool results.

``check(reply, facts)`` extracts each price, quantity, percentage, date, day count and order state from the reply
(en/ru/zh number formats: "1 299,00 ₽", "¥800", "$119.99", "119,99", "3–5 days", "30 дней", "30天", "三十天") and
looks for it in the facts: the JSON of the tool outputs this turn produced. Matching is tolerant of formatting
(separators, trailing zeros, currency symbol or code) and strict on value: a converted or rounded price is not in
the facts, so it fails. The caller replaces a failing reply with its template reply.

What is deliberately not checked: list markers ("1."), ordinals ("2nd", "第二", "2-й"), and numbers inside a word
that the facts also contain (a title "Trail 2024", a size "42", "60W" all come back from the facts as numbers).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel

# --- facts -------------------------------------------------------------------------------------------------------

ORDER_STATES = ("pending", "paid", "shipped", "delivered", "returned", "cancelled")
# The linear part of an order's life: a delivered order was also paid and shipped, so saying so is true.
_LIFECYCLE = {"pending": 0, "paid": 1, "shipped": 2, "delivered": 3}
_MONEY_KEYS = ("price", "total", "unit_price", "price_min", "price_max", "amount", "current_price",
               "proposed_price", "revenue")
# Field names that hold an amount of money in policy fields and tool outputs ("standard_fee", "free_shipping_over").
_MONEY_NAME = re.compile(r"(price|fee|cost|total|amount|revenue|threshold|_over$)")
_HIDDEN_KEYS = {"score", "took_ms", "id", "product_ids", "exclude_ids", "weight"}
_SHOWN_IDS = {"order_id", "ticket_id"}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_NUM_IN_TEXT = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass
class FactSet:
    """The figures a reply may use, collected from this turn's tool outputs (as JSON)."""

    numbers: set[Decimal] = field(default_factory=set)
    money: set[tuple[Decimal, str]] = field(default_factory=set)
    # Amounts that are money in the facts whatever currency a reply writes them in (policy figures, fees):
    # a reply's "$1" must match one of these, not any number such as "1-2 days".
    money_amounts: set[Decimal] = field(default_factory=set)
    currencies: set[str] = field(default_factory=set)
    dates: set[dt.date] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    stock_flags: set[bool] = field(default_factory=set)  # in_stock values of the products in the facts

    def add_number(self, value: Decimal) -> None:
        self.numbers.add(value.normalize())


def _dec(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _walk(value: Any, facts: FactSet, key: str = "") -> None:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, dict):
        currency = value.get("currency")
        if isinstance(currency, str) and currency:
            facts.currencies.add(currency.upper())
            for k in _MONEY_KEYS:
                amount = _dec(value.get(k)) if value.get(k) is not None else None
                if amount is not None:
                    facts.money.add((amount.normalize(), currency.upper()))
        for k, v in value.items():
            if (k in _MONEY_KEYS or _MONEY_NAME.search(str(k))) and isinstance(v, int | float | str | Decimal) \
                    and not isinstance(v, bool) and (amount := _dec(v)) is not None:
                facts.money_amounts.add(amount.normalize())
        if isinstance(value.get("in_stock"), bool):
            facts.stock_flags.add(value["in_stock"])
        for k, v in value.items():
            if k in _HIDDEN_KEYS or (str(k).endswith("_id") and k not in _SHOWN_IDS):
                continue  # internal ids and scores are never shown: a reply quoting them is inventing
            _walk(v, facts, str(k))
        return
    if isinstance(value, list | tuple | set):
        for v in value:
            _walk(v, facts, key)
        return
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int | float | Decimal):
        d = _dec(value)
        if d is not None:
            facts.add_number(d)
        return
    if isinstance(value, dt.datetime):
        facts.dates.add(value.date())
        return
    if isinstance(value, dt.date):
        facts.dates.add(value)
        return
    text = str(value)
    if key == "status" and text in ORDER_STATES:
        facts.states.add(text)
    m = _ISO_DATE.match(text.strip())
    if m:
        with contextlib.suppress(ValueError):
            facts.dates.add(dt.date(int(m[1]), int(m[2]), int(m[3])))
    # Numbers inside text (titles, policy bodies, "60W", "Aisle 4") are facts too, in every reading.
    # Read both ways: digit by digit group ("Edge 3 300" holds 3 and 300) and as a reply would be read (3300).
    for token in _NUM_IN_TEXT.findall(text) + _NUMBER.findall(text):
        for d in _readings(token):
            facts.add_number(d)
    # Amounts written with a currency in text ("free delivery over $50", "5,99 $") are money facts.
    if any(ch.isdigit() for ch in text):
        for fig in extract_figures(text):
            if fig.kind == "money":
                facts.money_amounts.update(Decimal(v).normalize() for v in fig.values)
    # Dates written out in policy text ("until 15 January") count as dates.
    for span_date in _find_dates(text):
        facts.dates.update(span_date[2])


def collect_facts(results: Iterable[Any], *, default_currency: str | None = None) -> FactSet:
    """Facts from tool outputs (pydantic models or their JSON); ``default_currency`` is the store's."""
    facts = FactSet()
    for r in results:
        _walk(r, facts)
    if default_currency:
        facts.currencies.add(default_currency.upper())
    return facts


# --- numbers -----------------------------------------------------------------------------------------------------

_SPACES = "\u00a0\u202f\u2009 "


def _readings(token: str) -> set[Decimal]:
    """Every value a written number can mean: "1,299" is 1299 (en) or 1.299 (ru); "1 299,00" is 1299."""
    raw = token.strip()
    for sp in _SPACES:
        raw = raw.replace(sp, "")
    out: set[Decimal] = set()

    def add(text: str) -> None:
        d = _dec(text)
        if d is not None:
            out.add(d.normalize())

    if "," in raw and "." in raw:
        dec_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
        thou = "." if dec_sep == "," else ","
        add(raw.replace(thou, "").replace(dec_sep, "."))
    elif "," in raw or "." in raw:
        sep = "," if "," in raw else "."
        parts = raw.split(sep)
        if len(parts) > 2:
            add(raw.replace(sep, ""))
        else:
            if len(parts[1]) == 3:
                add(raw.replace(sep, ""))  # a thousands separator
            add(raw.replace(sep, "."))  # a decimal separator
    else:
        add(raw)
    return out


# --- figures in a reply ------------------------------------------------------------------------------------------

class Figure(BaseModel):
    kind: str  # money | percent | number | date | state
    text: str
    values: list[str] = []  # readings (numbers) or ISO dates or states
    currency: str | None = None


_NUM = r"\d{1,3}(?:[\u00a0\u202f\u2009 ,.]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
_CUR_PRE = r"US\$|C\$|A\$|\$|€|£|CN¥|¥|￥|₽|руб\.?|RUB|USD|EUR|CNY|GBP|RMB"
_CUR_POST = (
    r"US\$|\$|€|£|CN¥|¥|￥|₽|руб(?:\.|лей|ля|ль)?|р\.|RUB|USD|EUR|CNY|GBP|RMB|dollars?|euros?|"
    r"долл(?:\.|аров|ара|ар)?|евро|美元|欧元|卢布|人民币|元|块"
)
_CURRENCY = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "美元": "USD", "долл": "USD",
    "долл.": "USD", "долларов": "USD", "доллара": "USD", "доллар": "USD",
    "c$": "CAD", "cn¥": "CNY", "a$": "AUD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "евро": "EUR", "欧元": "EUR",
    "£": "GBP", "gbp": "GBP",
    "¥": "CNY", "￥": "CNY", "cny": "CNY", "rmb": "CNY", "元": "CNY", "块": "CNY", "人民币": "CNY",
    "₽": "RUB", "rub": "RUB", "руб": "RUB", "руб.": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB",
    "р.": "RUB", "卢布": "RUB",
}
_MONEY_PRE = re.compile(rf"(?P<cur>{_CUR_PRE})\s?(?P<num>{_NUM})", re.IGNORECASE)
_MONEY_POST = re.compile(rf"(?P<num>{_NUM})\s?(?P<cur>{_CUR_POST})(?![A-Za-zА-Яа-я])", re.IGNORECASE)
_PERCENT = re.compile(rf"(?P<num>{_NUM})\s?(?:%|％|percent\b|per cent\b|процент\w*)", re.IGNORECASE)
_NUMBER = re.compile(_NUM)
_LIST_MARKER = re.compile(r"(?m)^\s*\d{1,2}[.)]\s")
_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)\b|\d+-?(?:й|я|е|го|му|м|ой|ая|ое)(?![а-я])|第\s?\d+|#\s?\d{1,2}\b", re.IGNORECASE
)

_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_EN_MON = {k[:3]: v for k, v in _EN_MONTHS.items()} | {"sept": 9}
_RU_MONTHS = {m: i + 1 for i, m in enumerate(
    ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"])}
_EN_MONTH_RE = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RU_MONTH_RE = r"(?P<mon>январ[яье]|феврал[яье]|марта?|апрел[яье]|ма[яй]|июн[яье]|июл[яье]|августа?|" \
    r"сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье])"
_DATE_PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    ("zh", re.compile(r"(?:(?P<y>\d{4})\s?年\s?)?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?[日号]")),
    ("dmy", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\d.])")),
    ("slash", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")),
    ("en_md", re.compile(rf"\b{_EN_MONTH_RE}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
                         re.IGNORECASE)),
    ("en_dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH_RE}(?:,?\s+(?P<y>\d{{4}}))?",
                         re.IGNORECASE)),
    ("ru", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+{_RU_MONTH_RE}(?:\s+(?P<y>\d{{4}})(?:\s?г\.?)?)?",
                      re.IGNORECASE)),
]

_STATE_WORDS: dict[str, tuple[str, ...]] = {
    "pending": ("pending", "awaiting payment", "ожидает оплаты", "в обработке", "待付款", "待处理", "未付款", "处理中"),
    "paid": ("paid", "оплачен", "已付款", "已支付", "已经付款", "已经支付"),
    # Chinese: only the perfective forms (已/已经…): a bare 送达 is also "expected to arrive" (预计送达).
    "shipped": ("shipped", "dispatched", "on its way", "in transit", "отправлен", "в пути", "已发货", "已经发货",
                "已寄出", "已经寄出", "运输中", "在途"),
    "delivered": ("delivered", "arrived", "доставлен", "вручен", "已送达", "已经送达", "已签收", "已经签收", "已交付"),
    "returned": ("returned", "возвращён", "возвращен", "已退货", "已经退货", "已退回"),
    "cancelled": ("cancelled", "canceled", "отменён", "отменен", "已取消", "已经取消", "被取消"),
}
# An order is being discussed when the reply names one by number ("order 1042", "заказ №1042", "订单1042").
# Yes/no stock claims ("in stock", "нет в наличии", "有货"): checked against the in_stock flags of the facts.
_OUT_OF_STOCK = re.compile(r"out of stock|not in stock|sold out|unavailable|нет в наличии|в наличии нет|закончил\w*|"
                           r"缺货|无货|没有货|没货|售罄")
_IN_STOCK = re.compile(r"in stock|available now|в наличии|есть в продаже|有货|有库存|现货")
_ORDER_WORDS = re.compile(r"(?:\border|заказ\w*|订单)\s*(?:№|#|no\.?|number|номер|号)?\s*\d{3,}", re.IGNORECASE)

_EN_WORD_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
                 "thirty": 30, "sixty": 60, "ninety": 90}
_RU_WORD_NUMS = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
                 "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "четырнадцать": 14, "пятнадцать": 15,
                 "двадцать": 20, "тридцать": 30, "шестьдесят": 60, "девяносто": 90}
_EN_WORD_RE = re.compile(
    r"\b(?P<w>" + "|".join(_EN_WORD_NUMS) + r")\s+(?:(?:business|working)\s+)?"
    r"(?:days?|weeks?|months?|years?|items?|pieces?|units?|left|in stock)\b", re.IGNORECASE)
_RU_WORD_RE = re.compile(
    r"(?<![а-я])(?P<w>" + "|".join(_RU_WORD_NUMS) + r")\s+(?:рабочих\s+)?(?:дн|недел|месяц|год|лет|штук|шт)",
    re.IGNORECASE)
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_ZH_NUM_RE = re.compile(
    r"(?<!第)(?P<w>[零〇一二两三四五六七八九十百千]+)\s?(?:个工作日|个月|天|日|周|年|件|个|台|元|块|%)"
)


def _zh_to_int(word: str) -> int | None:
    total, current = 0, 0
    for ch in word:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + 2000 if y < 100 else y


def _month(kind: str, raw: str) -> int | None:
    low = raw.lower().rstrip(".")
    if kind.startswith("en"):
        return _EN_MONTHS.get(low) or _EN_MON.get(low[:4]) or _EN_MON.get(low[:3])
    for stem, num in sorted(_RU_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(stem):
            return num
    return None


def _find_dates(text: str) -> list[tuple[int, int, set[dt.date], str]]:
    """(start, end, possible dates, text) for every date written in ``text``; a missing year matches any year."""
    found: list[tuple[int, int, set[dt.date], str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            gd = m.groupdict()
            year = _year(gd.get("y"))
            pairs: list[tuple[int, int]] = []
            if kind == "slash":
                a, b = int(gd["a"]), int(gd["b"])
                pairs = [(a, b), (b, a)]  # m/d (en) or d/m
            elif kind in ("en_md", "en_dm", "ru"):
                mon = _month(kind, gd["mon"])
                if mon is None:
                    continue
                pairs = [(mon, int(gd["d"]))]
            else:
                pairs = [(int(gd["m"]), int(gd["d"]))]
            dates: set[dt.date] = set()
            years = [year] if year else list(range(2000, 2041))
            for mon, day in pairs:
                for y in years:
                    with contextlib.suppress(ValueError):
                        dates.add(dt.date(y, mon, day))
            if not dates:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), dates, m.group(0)))
    return found


def extract_figures(text: str) -> list[Figure]:
    """Every checkable figure in ``text``, in order of kind: dates, money, percentages, other numbers, states."""
    figures: list[Figure] = []
    mask = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            mask[i] = " "

    for start, end, dates, raw in _find_dates(text):
        figures.append(Figure(kind="date", text=raw, values=sorted(d.isoformat() for d in dates)))
        blank(start, end)
    masked = "".join(mask)
    for m in _LIST_MARKER.finditer(masked):
        blank(m.start(), m.end())
    masked = "".join(mask)
    for m in _ORDINAL.finditer(masked):
        blank(m.start(), m.end())
    masked = "".join(mask)
    for pattern in (_MONEY_PRE, _MONEY_POST):
        for m in pattern.finditer(masked):
            cur = _CURRENCY.get(m["cur"].lower(), m["cur"].upper())
            figures.append(Figure(kind="money", text=m.group(0), currency=cur,
                                  values=sorted(str(v) for v in _readings(m["num"]))))
            blank(m.start(), m.end())
        masked = "".join(mask)
    for m in _PERCENT.finditer(masked):
        figures.append(Figure(kind="percent", text=m.group(0), values=sorted(str(v) for v in _readings(m["num"]))))
        blank(m.start(), m.end())
    masked = "".join(mask)
    for m in _NUMBER.finditer(masked):
        # A digit glued to a letter on its left is part of a code or model name ("X5", "SKU-A12"); those still
        # get checked, because the facts carry the same string.
        figures.append(Figure(kind="number", text=m.group(0), values=sorted(str(v) for v in _readings(m.group(0)))))
    for word_re, table in ((_EN_WORD_RE, _EN_WORD_NUMS), (_RU_WORD_RE, _RU_WORD_NUMS)):
        for m in word_re.finditer(text):
            figures.append(Figure(kind="number", text=m.group(0), values=[str(table[m["w"].lower()])]))
    for m in _ZH_NUM_RE.finditer(text):
        n = _zh_to_int(m["w"])
        if n is not None:
            figures.append(Figure(kind="number", text=m.group(0), values=[str(n)]))
    low = text.lower()
    out_spans = [m.span() for m in _OUT_OF_STOCK.finditer(low)]
    if out_spans:
        figures.append(Figure(kind="stock", text=low[out_spans[0][0]:out_spans[0][1]], values=["out"]))
    for m in _IN_STOCK.finditer(low):
        if not any(s <= m.start() < e for s, e in out_spans):
            figures.append(Figure(kind="stock", text=m.group(0), values=["in"]))
            break
    for state, words in _STATE_WORDS.items():
        for w in words:
            if re.search(rf"(?<![\w]){re.escape(w)}", low) if w.isascii() else w in low:
                figures.append(Figure(kind="state", text=w, values=[state]))
                break
    return figures


# --- the check ---------------------------------------------------------------------------------------------------

class GroundingReport(BaseModel):
    ok: bool
    checked: int
    unsupported: list[Figure] = []

    def reason(self) -> str:
        return ", ".join(f"{f.kind} {f.text!r}" for f in self.unsupported)


def _supported(fig: Figure, facts: FactSet, text: str) -> bool:
    if fig.kind == "date":
        return any(dt.date.fromisoformat(v) in facts.dates for v in fig.values)
    if fig.kind == "stock":
        # Without products in the facts a stock claim has nothing to stand on; with them, one must match.
        return (fig.values[0] == "in") in facts.stock_flags
    if fig.kind == "state":
        if not facts.states:
            # No order in this turn's facts: a state word is only a claim when the reply talks about an order.
            return not _ORDER_WORDS.search(text)
        state = fig.values[0]
        if state in facts.states:
            return True
        if state in _LIFECYCLE:
            return any(s in _LIFECYCLE and _LIFECYCLE[state] <= _LIFECYCLE[s] for s in facts.states)
        return False
    values = [Decimal(v) for v in fig.values]
    if fig.kind == "money":
        cur = fig.currency or ""
        if any((v, cur) in facts.money for v in values):
            return True
        # Policy figures ("free delivery over 50") carry no currency of their own: the store's currency applies.
        return cur in facts.currencies and any(v in facts.money_amounts or (v, cur) in facts.money for v in values)
    return any(v in facts.numbers for v in values)


def check(reply: str, facts: FactSet) -> GroundingReport:
    """Is every figure in ``reply`` among ``facts``? The report lists the ones that are not."""
    figures = extract_figures(reply)
    bad = [f for f in figures if not _supported(f, facts, reply)]
    return GroundingReport(ok=not bad, checked=len(figures), unsupported=bad)


def check_results(reply: str, results: Iterable[Any], *, default_currency: str | None = None) -> GroundingReport:
    return check(reply, collect_facts(results, default_currency=default_currency))


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)
    elif hasattr(value, "model_dump"):
        yield from _strings(value.model_dump())


def own_words(reply: str, results: Iterable[Any]) -> str:
    """``reply`` without the strings it quotes from the tool results (titles, brands, locations): what is left is
    the model's own wording, whose language must be the shopper's."""
    quoted = sorted({s for s in _strings(list(results)) if len(s) >= 4}, key=len, reverse=True)
    for s in quoted:
        reply = reply.replace(s, " ")
    return reply
