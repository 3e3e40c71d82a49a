"""Numbers as shoppers and replies write them in en/ru/zh: "1 299,00", "1,299.99", "10k", "10к", "1万", "三十".

Two readings are offered because the two users want different things. Query understanding wants one value
(``to_number``: "1,299" is 1299, "10k" is 10000). The verifier wants every value a written number can mean
(``readings``: "1,299" is 1299 in English and 1.299 in Russian), so a figure is rejected only when no reading of it
is in the facts.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SPACES = "\u00a0\u202f\u2009 "
# A written number: grouped thousands ("10 000", "1,299.99"), or plain digits with an optional decimal part.
NUMBER_RE = r"\d{1,3}(?:[\u00a0\u202f\u2009 ,.]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
NUMBER = re.compile(NUMBER_RE)
# The same, with a magnitude suffix as shoppers type it: "10k", "10 к", "1万", "5千".
SCALED_RE = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:\s?[kк](?![a-zа-я])|万|千)?"
_SCALE = {"k": 1000, "к": 1000, "千": 1000, "万": 10000}

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
            "sixty": 60, "ninety": 90}
RU_WORDS = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
            "восемь": 8, "девять": 9, "десять": 10, "четырнадцать": 14, "пятнадцать": 15, "двадцать": 20,
            "тридцать": 30, "шестьдесят": 60, "девяносто": 90}


# Full-width forms Chinese input methods type ("２１．９９", "＄５", "ＵＳＤ"): the same characters, one for one, so
# offsets into the text stay valid. Only letters, digits and money signs: full-width punctuation ("，", "：", "！")
# ends clauses and sentences in Chinese and keeps its width.
_HALFWIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)},
              **{0xFF41 + i: 0x61 + i for i in range(26)}, 0xFF04: 0x24, 0xFF03: 0x23, 0xFF05: 0x25}
_WIDE_POINT = re.compile(r"(?<=\d)[．，](?=\d)")


def halfwidth(text: str) -> str:
    """``text`` with full-width digits, Latin letters and money signs written narrow ("２１．９９美刀" -> "21.99美刀");
    same length, so every offset still points at the same character."""
    narrow = text.translate(_HALFWIDTH)
    return _WIDE_POINT.sub(lambda m: "." if m.group(0) == "．" else ",", narrow)


def dec(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def readings(token: str) -> set[Decimal]:
    """Every value a written number can mean: "1,299" is 1299 (en) or 1.299 (ru); "1 299,00" is 1299."""
    raw = token.strip()
    for sp in SPACES:
        raw = raw.replace(sp, "")
    out: set[Decimal] = set()

    def add(text: str) -> None:
        d = dec(text)
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


def to_number(raw: str) -> Decimal:
    """One value for a number a shopper typed: "10 000" and "10,000" are 10000, "99,5" is 99.5, "10k" and "1万"
    scale. A comma before exactly three digits is a thousands separator (the reading shoppers mean in limits)."""
    text = raw.strip().replace("\u00a0", " ")
    mult = Decimal(1)
    if text and text[-1].lower() in _SCALE:
        mult, text = Decimal(_SCALE[text[-1].lower()]), text[:-1].strip()
    text = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    value = dec(text.replace(",", "."))
    if value is None:
        raise ValueError(f"not a number: {raw!r}")
    return value * mult


def scaled_readings(token: str) -> set[Decimal]:
    """``readings`` of a number that may carry a magnitude suffix ("10k", "1万")."""
    text = token.strip()
    if text and text[-1].lower() in _SCALE:
        mult = Decimal(_SCALE[text[-1].lower()])
        return {(v * mult).normalize() for v in readings(text[:-1])}
    return readings(text)


def zh_to_int(word: str) -> int | None:
    """A Chinese numeral up to the ten-thousands ("三十" -> 30, "两百" -> 200, "两万" -> 20000); None when it is not
    one."""
    if "万" in word:
        head, _, tail = word.partition("万")
        high = zh_to_int(head) if head else 1
        # "两万五" is 25000: a lone digit after 万 counts in thousands.
        low = (ZH_DIGITS[tail] * 1000 if tail in ZH_DIGITS else zh_to_int(tail)) if tail else 0
        return None if high is None or low is None or "万" in tail else high * 10000 + low
    total, current, last_unit = 0, 0, 0
    for ch in word:
        if ch in ZH_DIGITS:
            current = ZH_DIGITS[ch]
        elif ch in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current, last_unit = 0, unit
        else:
            return None
    if current and last_unit >= 100 and word[-2] in "百千":
        # "一百五" is 150 and "一千五" 1500: a digit right after 百 or 千 counts in the next unit down ("一百零五"
        # is 105: the 零 says the tens are empty).
        return total + current * last_unit // 10
    return total + current
