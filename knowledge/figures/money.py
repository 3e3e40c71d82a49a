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
    (r"\$|usd|us\$|us \$|(?:us |u\.s\. )?dollars?|bucks?|бакс(?:а|ов|ы)?|долл(?:ар(?:а|ов|ы)?)?\.?(?: сша)?|дол\.|"
     r"美元|美金|美刀|американск\w* долл\w*\.?",
     "USD"),
    (r"€|eur|euros?|евро|欧元", "EUR"),
    (r"£|gbp|(?:british )?pounds?(?: sterling)?|фунт(?:а|ов)?(?: стерлинг\w*)?|英镑", "GBP"),
    # ("700р": the letter alone right after a figure; «р-р» is a size)
    (r"₽|rub|руб(?:л(?:ь|я|ей))?\.?|р\.|(?<=\d)р(?![а-яёa-z-])|rubles?|roubles?|卢布", "RUB"),
    (r"¥|￥|cn¥|cny|rmb|yuan|юан(?:ь|я|ей)|元|块钱|块(?![睡儿去走玩吃住用来过])|人民币", "CNY"),  # ("一块睡": together)
    # Cantonese says 蚊 for Hong Kong dollars ("五百蚊左右"); only right after a figure is it money, not a mosquito.
    (r"hk\$|hkd|港币|港元|港紙|港纸|(?<=\d)蚊", "HKD"),
]
# Written by templates (Babel) but never typed in a query, where "cad"/"aud" would match inside words.
_REPLY_ONLY: list[tuple[str, str]] = [
    (r"c\$|cad|canadian dollars?|加元|加币|加拿大元", "CAD"),
    (r"a\$|aud|australian dollars?|澳元|澳币|澳大利亚元", "AUD"),
    (r"円|(?:japanese )?yen|jpy|日元|иен[аы]?|йен[аы]?", "JPY"),
    (r"₹|inr|rupees?|рупи[йия]", "INR"),
    (r"₩|krw|韩元", "KRW"), (r"chf|swiss francs?|francs?|франк(?:а|ов)?|瑞郎", "CHF"),
    (r"nt\$|twd|新台币|台币", "TWD"), (r"nz\$|nzd|new zealand dollars?|新西兰元", "NZD"),
    (r"₸|kzt|тенге|坚戈", "KZT"),
    (r"֏|amd|драм(?:а|ов)?|dram|德拉姆", "AMD"), (r"₴|uah|грн\.?|гривн[аыя]|гривен|hryvnias?|格里夫纳", "UAH"),
    (r"канадск\w* долл\w*\.?", "CAD"), (r"австралийск\w* долл\w*\.?", "AUD"), (r"ca\$", "CAD"), (r"au\$", "AUD"),
    (r"刀", "USD"),  # "53.99刀": dollar slang after an amount in a reply, a knife in a query
    (r"s\$|sgd|singapore dollars?|сингапурск\w* долл\w*\.?|新加坡元|新币", "SGD"),
    (r"zł|pln|zloty|złoty|zlotys?|злот\w*|兹罗提", "PLN"), (r"₺|try|liras?|лир[аыу]?|里拉", "TRY"),
    (r"byn|бел\.? ?руб\w*\.?|белорусск\w* руб\w*|白俄罗斯卢布", "BYN"), (r"kgs|som|сом(?:а|ов)?|索姆", "KGS"),
    (r"฿|thb|baht|бат(?:а|ов)?|泰铢", "THB"), (r"卢比|рупи\w*", "INR"), (r"mxn|pesos?|песо|比索", "MXN"),
    (r"brl|reais|reals?|реал(?:а|ов)?|雷亚尔", "BRL"), (r"sek|nok|dkk|kronor|kroner|kronas?|крон(?:а|ы)?|克朗", "SEK"),
    (r"[A-Z]{1,3}\$", "XD$")]
# Any currency word (query understanding: it is next to a number the shopper typed).
CURRENCY_RE = "|".join(f"(?:{p})" for p, _ in CURRENCY_WORDS)

# In a reply a currency is written before the amount ("$119.99", "US$119.99") or after it ("119,99 $", "800元").
# "US$", "C$", "A$" only as words: "Terra$11.49" is a name glued to a dollar price, not Australian dollars.
# "US$" may run into a name before it ("Glide ProUS$4.49"): the currency still starts at "US$".
# Chinese also writes the currency word first ("美金50", "欧元24.99"), as a code is.
_PRE = (r"US\$|(?<![A-Za-z])(?:[A-Z]{1,2}\$|CN¥)|₸|₴|₺|฿|zł|\$|€|£|¥|￥|₽|₹|₩|руб\.?|"
        r"RUB|USD|EUR|CNY|GBP|RMB|CAD|AUD|JPY|HKD|"
        r"INR|KRW|CHF|TWD|NZD|KZT|UAH|美元|美金|美刀|欧元|新台币|台币|英镑|日元|港币|港元|人民币|卢布")
# "36.99元美金" (yuan as the word for a unit of money, then which money) is dollars, not yuan.
_POST = (
    r"[元块](?:美金|美元)|US\$|\$|€|£|CN¥|¥|￥|₽|₹|₩|руб(?:\.|лей|ля|ль)?|р\.|RUB|USD|EUR|CNY|GBP|RMB|CAD|AUD|JPY|HKD|INR|KRW|CHF|"
    r"(?:US |U\.S\. |Canadian |Australian |Hong Kong )dollars?|dollars?|euros?|pounds sterling|(?:Japanese )?yen|"
    r"(?:British )?pounds|rupees?|(?:Mexican|Argentine|Chilean|Colombian|Philippine) pesos?|"
    r"Swiss francs?|долл(?:\.|аров|ара|ар)?(?: США)?|евро|иен[аы]?|йен[аы]?|фунт(?:ов|а)? стерлинг\w*|"
    r"(?:американск|канадск|австралийск|гонконгск|новозеландск|сингапурск)\w* долл\w*\.?|"
    r"дол\.|тенге|₸|₴|грн\.?|гривн[аыя]|гривен|драм(?:а|ов)?(?![а-яё])|AMD|֏|"
    r"(?:бел\.? ?|белорусск\w* )руб\w*\.?|злот\w*|лир[аыу]?(?![а-яё])|сом(?:а|ов)?(?![а-яё])|бат(?:а|ов)(?![а-яё])|"
    r"рупи\w*|песо|крон[аы]?(?![а-яё])|zł|₺|฿|SGD|PLN|BYN|KGS|THB|MXN|BRL|SEK|NOK|DKK|zlot(?:y|ys)|złoty|liras?|baht|pesos?|"
    r"美元|美金|美刀|刀(?![具片刃叉])|欧元|英镑|日元|港币|港元|加拿大元|加元|澳大利亚元|澳元|韩元|卢布|人民币|新台币|台币|新加坡元|新币|"
    r"泰铢|卢比|兹罗提|"
    r"里拉|比索|克朗|元|块|"
    # Another country's money named by its country: "6.49 Singapore dollars", "76,99 турецкой лиры", "45,99
    # грузинского лари" (no code of their own here: any such amount is simply not in the store's money).
    r"(?-i:[A-Z][a-z]+\s+){1,2}(?:dollars?|rupees?|pesos?|francs?|liras?|lira|dinars?|dirhams?|ringgits?|rand|won|"
    r"kron(?:or|er|a)|rubles?|roubles?)|"
    r"[а-яё]+(?:ой|ого|ая|ий|их|ых|ые)\s+(?:лир[аыу]?|лари|доллар\w*|рупи\w*|песо|динар\w*|франк\w*|крон[аы]?|"
    r"юан\w*|иен[аы]?|йен[аы]?|вон[аы]?|ринггит\w*|манат\w*|сом(?:а|ов)?|рубл\w*|драм(?:а|ов)?|форинт\w*|"
    r"ле[йяв]|леев|лев[аы]?|злот\w*|тенге|шекел\w*|дирхам\w*|бат(?:а|ов)?|реал\w*|рэнд\w*|фунт\w*)(?![а-яё])"
)
# A magnitude after the amount: "$10k", "10к руб", "1万元", "5千块".
_SCALE = r"(?P<scale>万|千|\s?[kк](?![a-zа-я]))?"
# A code may be followed by a colon before its amount, as in a label: "USD：15.99", "USD: 15.99".
MONEY_PRE = re.compile(rf"(?P<cur>{_PRE})(?:\s?|(?<=[A-Za-z\u4e00-\u9fff])\s?[:：]\s?)(?P<num>{NUMBER_RE}){_SCALE}",
                       re.IGNORECASE)
# A Chinese currency word may run into a Latin name after it ("171.99美金Pixelon Pulse"); a Latin one may not ("5 euro"
# is money, "5 eurosport" is not).
MONEY_POST = re.compile(rf"(?P<num>{NUMBER_RE}){_SCALE}\s?(?P<cur>{_POST}|{CURRENCY_RE})"
                        r"(?:(?<=[\u4e00-\u9fff])|(?![A-Za-zА-Яа-я]))", re.IGNORECASE)


# Whole units and cents written apart: "18 dollars and 49 cents", "83 доллара 99 центов", "5美元49美分".
MONEY_SPLIT = re.compile(
    # Thousands grouped by commas ("1,499") or, in Russian, by spaces («1 499 долларов 99 центов»).
    rf"(?<![\d.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+)"
    rf"\s?(?P<cur>{_POST}|{CURRENCY_RE})\s*(?:,\s*)?(?:and\s+|и\s+)?"
    rf"(?P<cents>\d{{1,2}})\s?"
    r"(?:cents?|¢|цент(?:а|ов)?|ц\.?|коп(?:еек|ейки|ейка|\.)?|美分|分)(?![A-Za-zА-Яа-яЁё])", re.IGNORECASE)

# Chinese money in its spoken units: "109块9毛9分" (yuan, jiao, fen), then which money it is ("…美元"); without a
# currency word it is yuan. At least a jiao or a fen must follow, or it is a plain "N块" read by MONEY_POST.
MONEY_ZH_UNITS = re.compile(
    r"(?P<num>\d+)\s?[块元](?:(?P<jiao>\d)\s?[毛角])?(?:(?P<fen>\d)\s?分)?(?<=[毛角分])(?:钱)?\s?"
    r"(?P<cur>美元|美金|美刀|欧元|英镑|日元|港币|港元|加元|澳元|卢布|人民币|新加坡元|泰铢|卢比)?")

# Dollars written in English words: "one hundred nineteen dollars and ninety-nine cents", "eleven dollars", and the
# way a support desk types it, words then digits: "fifty-nine dollars, 99 cents".
_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
# The English number words en_words_value reads (knowledge.figures.spoken rewrites runs of them as digits).
EN_NUMBER_WORDS = (*_EN_UNITS, *_EN_TENS, "hundred", "thousand")
_EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
_EN_WORDS = rf"(?:{_EN_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_EN_WORD}))*"
MONEY_EN_WORDS = re.compile(
    rf"\b(?P<num>{_EN_WORDS})\s+(?P<cur>(?:US |U\.S\. |Canadian |Australian |Singapore )?dollars?)"
    rf"(?:,?\s+(?:and\s+)?(?P<cents>{_EN_WORDS}|\d{{1,2}})\s+cents?)?\b", re.IGNORECASE)


def en_words_value(words: str) -> int | None:
    """The number English words say ("one hundred nineteen" -> 119); None when they do not make one number."""
    total, current = 0, 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "and":
            continue
        if w in _EN_UNITS:
            current += _EN_UNITS.index(w)
        elif w in _EN_TENS:
            current += _EN_TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:
            return None
    return total + current


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
    if w == "蚊":
        return "HKD"  # found after a figure only (CURRENCY_WORDS), so alone it is the money already
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
    for m in MONEY_ZH_UNITS.finditer(text):
        cur = currency_of(m["cur"]) or "CNY"
        jiao, fen = int(m["jiao"] or 0), int(m["fen"] or 0)
        value = (Decimal(m["num"]) + Decimal(jiao) / 10 + Decimal(fen) / 100).normalize()
        found.append(Money(m.start(), m.end(), m.group(0), cur, frozenset({value})))
        taken.append((m.start(), m.end()))
    for m in MONEY_EN_WORDS.finditer(text):
        whole = en_words_value(m["num"])
        cents = (int(m["cents"]) if m["cents"].isdigit() else en_words_value(m["cents"])) if m["cents"] else 0
        if whole is None or cents is None or cents > 99:
            continue
        cur = currency_of(m["cur"]) or ("USD" if m["cur"].lower().startswith(("dollar", "us", "u.s.")) else m["cur"])
        value = (Decimal(whole) + Decimal(cents) / 100).normalize()
        found.append(Money(m.start(), m.end(), m.group(0), cur, frozenset({value})))
        taken.append((m.start(), m.end()))
    for m in MONEY_SPLIT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        cur = currency_of(m["cur"]) or m["cur"].upper()
        value = (Decimal(re.sub(r"[,\s\u00a0\u202f]", "", m["num"])) + Decimal(m["cents"]) / 100).normalize()
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
