"""Currencies and amounts of money as written in en/ru/zh: "$119.99", "119,99 $", "1 299,00 ₽", "¥800", "800元".

One table of currency words serves both query understanding ("до 5000 руб") and the verifier ("售价US$119.99").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from knowledge.figures.numbers import NUMBER_RE, scaled_readings

# (pattern, ISO code): one entry per currency, the words shoppers and templates use for it.
CURRENCY_WORDS: list[tuple[str, str]] = [
    (r"\$|usd|us\$|us \$|(?:us |u\.s\. )?dollars?|bucks?|долл(?:ар(?:а|ов|ы)?)?\.?(?: сша)?|дол\.|美元|美金|美刀",
     "USD"),
    (r"€|eur|euros?|евро|欧元", "EUR"),
    (r"£|gbp|pounds?(?: sterling)?|фунт(?:а|ов)?(?: стерлинг\w*)?|英镑", "GBP"),
    (r"₽|rub|руб(?:л(?:ь|я|ей))?\.?|р\.|rubles?|roubles?|卢布", "RUB"),
    (r"¥|￥|cn¥|cny|rmb|yuan|юан(?:ь|я|ей)|元|块钱|块|人民币", "CNY"),
]
# Written by templates (Babel) but never typed in a query, where "cad"/"aud" would match inside words.
_REPLY_ONLY: list[tuple[str, str]] = [
    (r"c\$|cad|canadian dollars?|加元|加币", "CAD"), (r"a\$|aud|australian dollars?|澳元|澳币", "AUD"),
    (r"円|yen|jpy|日元|иен[аы]?|йен[аы]?", "JPY"), (r"hk\$|hkd|港币|港元", "HKD"), (r"₹|inr|rupees?|рупи[йия]", "INR"),
    (r"₩|krw|韩元", "KRW"), (r"chf|swiss francs?|francs?|франк(?:а|ов)?|瑞郎", "CHF"),
    (r"nt\$|twd|新台币|台币", "TWD"), (r"nz\$|nzd|new zealand dollars?|新西兰元", "NZD"),
    (r"₸|kzt|тенге|坚戈", "KZT"), (r"₴|uah|грн\.?|гривн[аыя]|гривен|hryvnias?|格里夫纳", "UAH"),
    (r"канадск\w* долл\w*\.?", "CAD"), (r"австралийск\w* долл\w*\.?", "AUD"), (r"ca\$", "CAD"), (r"au\$", "AUD")]
# Any currency word (query understanding: it is next to a number the shopper typed).
CURRENCY_RE = "|".join(f"(?:{p})" for p, _ in CURRENCY_WORDS)

# In a reply a currency is written before the amount ("$119.99", "US$119.99") or after it ("119,99 $", "800元").
# "US$", "C$", "A$" only as words: "Terra$11.49" is a name glued to a dollar price, not Australian dollars.
# "US$" may run into a name before it ("Glide ProUS$4.49"): the currency still starts at "US$".
# Chinese also writes the currency word first ("美金50", "欧元24.99"), as a code is.
_PRE = (r"US\$|(?<![A-Za-z])(?:C\$|A\$|CA\$|AU\$|NT\$|NZ\$|CN¥|HK\$)|₸|₴|\$|€|£|¥|￥|₽|₹|₩|руб\.?|"
        r"RUB|USD|EUR|CNY|GBP|RMB|CAD|AUD|JPY|HKD|"
        r"INR|KRW|CHF|TWD|NZD|KZT|UAH|美元|美金|美刀|欧元|新台币|台币|英镑|日元|港币|港元|人民币|卢布")
# "36.99元美金" (yuan as the word for a unit of money, then which money) is dollars, not yuan.
_POST = (
    r"[元块](?:美金|美元)|US\$|\$|€|£|CN¥|¥|￥|₽|₹|₩|руб(?:\.|лей|ля|ль)?|р\.|RUB|USD|EUR|CNY|GBP|RMB|CAD|AUD|JPY|HKD|INR|KRW|CHF|"
    r"(?:US |U\.S\. |Canadian |Australian |Hong Kong )dollars?|dollars?|euros?|pounds sterling|yen|rupees?|"
    r"Swiss francs?|долл(?:\.|аров|ара|ар)?(?: США)?|евро|иен[аы]?|йен[аы]?|фунт(?:ов|а)? стерлинг\w*|"
    r"(?:канадск|австралийск|гонконгск|новозеландск|сингапурск)\w* долл\w*\.?|дол\.|тенге|₸|₴|грн\.?|гривн[аыя]|гривен|"
    r"美元|美金|美刀|欧元|英镑|日元|港币|港元|加元|澳元|韩元|卢布|人民币|新台币|台币|元|块"
)
# A magnitude after the amount: "$10k", "10к руб", "1万元", "5千块".
_SCALE = r"(?P<scale>万|千|\s?[kк](?![a-zа-я]))?"
MONEY_PRE = re.compile(rf"(?P<cur>{_PRE})\s?(?P<num>{NUMBER_RE}){_SCALE}", re.IGNORECASE)
# A Chinese currency word may run into a Latin name after it ("171.99美金Pixelon Pulse"); a Latin one may not ("5 euro"
# is money, "5 eurosport" is not).
MONEY_POST = re.compile(rf"(?P<num>{NUMBER_RE}){_SCALE}\s?(?P<cur>{_POST}|{CURRENCY_RE})"
                        r"(?:(?<=[\u4e00-\u9fff])|(?![A-Za-zА-Яа-я]))", re.IGNORECASE)


# Whole units and cents written apart: "18 dollars and 49 cents", "83 доллара 99 центов", "5美元49美分".
MONEY_SPLIT = re.compile(
    rf"(?P<num>\d+)\s?(?P<cur>{_POST}|{CURRENCY_RE})\s*(?:,\s*)?(?:and\s+|и\s+)?(?P<cents>\d{{1,2}})\s?"
    r"(?:cents?|¢|цент(?:а|ов)?|коп(?:еек|ейки|ейка|\.)?|美分|分)(?![A-Za-zА-Яа-яЁё])", re.IGNORECASE)

# The currency in brackets after the amount: "5.49（美元）", "23.99 (USD)".
MONEY_PAREN = re.compile(rf"(?P<num>{NUMBER_RE}){_SCALE}\s?[（(]\s?(?P<cur>{_POST}|{CURRENCY_RE})\s?[)）]",
                         re.IGNORECASE)


def currency_of(word: str | None) -> str | None:
    """ISO code of a currency word or symbol ("руб." -> RUB, "元" -> CNY); None when it is not one."""
    if not word:
        return None
    w = word.strip()
    for pattern, code in CURRENCY_WORDS + _REPLY_ONLY:
        if re.fullmatch(pattern, w, re.IGNORECASE):
            return code
    if re.fullmatch(r"долл\.?|долларов|доллара|доллар|[元块](?:美金|美元)", w, re.IGNORECASE):
        return "USD"
    return None


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    currency: str
    values: frozenset[Decimal]  # every reading of the amount


def find_money(text: str) -> list[Money]:
    """Every amount with a currency in ``text``, in order; amounts are read every way their locale allows."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in MONEY_SPLIT.finditer(text):
        cur = currency_of(m["cur"]) or m["cur"].upper()
        value = (Decimal(m["num"]) + Decimal(m["cents"]) / 100).normalize()
        found.append(Money(m.start(), m.end(), m.group(0), cur, frozenset({value})))
        taken.append((m.start(), m.end()))
    for pattern in (MONEY_PRE, MONEY_POST, MONEY_PAREN):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            cur = currency_of(m["cur"]) or m["cur"].upper()
            raw = m["num"] + (m["scale"] or "").strip()
            found.append(Money(m.start(), m.end(), m.group(0), cur, frozenset(scaled_readings(raw))))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)
