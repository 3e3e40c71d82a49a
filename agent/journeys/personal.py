"""Personal data in a shopper's words: the second factor of an order look-up (an e-mail, a phone's last 4 digits)
found in en/ru/zh text, and the same spans masked before the text is kept in history, summaries or logs.

"order 1042, email anna@example.com", "заказ 1042, телефон ...1234", "订单1042 手机尾号1234".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.understand.rules import CORRECTION_CUE

EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# A word that announces a phone number, then (within a few words) its digits.
# "phone last 4 = 5026", "my number ends 3800": the cue may name the last four itself, and "ends" may stand alone.
_PHONE_CUE = (r"(?:\b(?:(?:phone|number|tel\.?|mobile|cell)\s+last\s+(?:4|four)(?:\s+digits)?|"
              r"number\s+end(?:s|ing)(?:\s+(?:in|with))?|"
              r"phone|telephone|tel(?:\.|\b)|mobile|cell|last\s+(?:4|four)\s+digits|ending\s+(?:in|with)|"
              r"ends\s+(?:in|with)|телефон\w*|тел(?:\.|\b)|мобильн\w*|последние\s+(?:4|четыре)\s+цифры|"
              r"оканчивается\s+на)|手机(?:号码|号)?|电话(?:号码)?|尾号|后四位|后4位)")
PHONE_AFTER_CUE = re.compile(_PHONE_CUE + r"[^\d+]{0,30}?(\+?\d[\d\s().\-]{2,24}\d)", re.IGNORECASE)
# The digits first, then what they are: "7030, last digits of my phone", «2483 — последние цифры телефона»,
# "8200是我手机尾号".
PHONE_BEFORE_CUE = re.compile(
    r"(?<![\d+])(\d{4})(?!\d)\s*[,;:(\-–—]?\s*(?:(?:is|are|=)\s+)?(?:the\s+|my\s+)?(?:last\s+(?:(?:4|four)\s+)?)?"
    r"(?:digits?|numbers?)\s+(?:of|on|from|in)\s+(?:my|the|his|her|our)\s+(?:phone|mobile|cell|number)|"
    r"(?<![\d+])(\d{4})(?!\d)\s*[,;:(\-–—]?\s*(?:это\s+)?последние\s+(?:4\s+|четыре\s+)?цифры\s+(?:моего\s+|"
    r"его\s+|её\s+|ее\s+)?(?:телефона|номера)|"
    r"(?<![\d+])(\d{4})(?!\d)\s*[,，]?\s*(?:是)?(?:我|他|她)?(?:的)?(?:手机|电话)(?:号码?)?(?:的)?(?:尾号|后四位|后4位)",
    re.IGNORECASE,
)
_ORDER_BEFORE = re.compile(r"(?:order|заказ\w*|订单|单号|#|№)\s*(?:no\.?|number|номер|号)?\s*[:：]?\s*$", re.IGNORECASE)
PHONE_TAIL = re.compile(r"(?:\.{2,}|…|\*{2,}|[xX]{2,})\s?(\d{4})(?!\d)")  # "...1234", "…1234", "**1234"
PHONE_FULL = re.compile(r"(?<![\w+])\+\d[\d\s().\-]{7,}\d")  # "+1-555-123-4567"
ORDER_CUE = re.compile(r"order|заказ|订单|单号|#|№", re.IGNORECASE)
# Only digits (4, or a whole phone number of 7 or more) in a short message: "1234", "it's 555 123 4567".
_BARE_DIGITS = re.compile(r"^[^\d+]{0,24}?(\+?\d[\d\s().\-]*\d|\d)[^\d]{0,24}$")

EMAIL_MASK = "[e-mail]"
PHONE_MASK = "[phone]"


@dataclass(frozen=True)
class Factors:
    """What a message quotes to prove an order is the shopper's, and where (to mask it)."""

    email: str | None = None
    phone_last4: str | None = None
    spans: tuple[tuple[int, int, str], ...] = ()  # (start, end, mask)

    @property
    def any(self) -> bool:
        return self.email is not None or self.phone_last4 is not None


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def find_factors(text: str, *, awaiting_factor: bool = False) -> Factors:
    """The e-mail and phone digits in ``text``.

    ``awaiting_factor``: the assistant has just asked for the factor, so a message that is only four digits
    ("1234") is the phone's last 4 digits, not a new order number.
    """
    spans: list[tuple[int, int, str]] = []
    email: str | None = None
    last_end = 0
    for m in EMAIL.finditer(text):
        # "anna.lee212@example.com - no wait, anna.lee122@example.com": a second address right after the words of
        # a correction replaces the first; otherwise the first one given stands.
        if email is None or (m.start() - last_end <= 40 and CORRECTION_CUE.search(text[last_end:m.start()])):
            email = m.group(0)
        last_end = m.end()
        spans.append((m.start(), m.end(), EMAIL_MASK))
    last4: str | None = None
    for pattern in (PHONE_AFTER_CUE, PHONE_TAIL):
        for m in pattern.finditer(text):
            digits = _digits(m.group(1))
            if len(digits) >= 4 and not _inside(m.start(1), spans):
                last4 = last4 or digits[-4:]
                spans.append((m.start(1), m.end(1), PHONE_MASK))
    for m in PHONE_BEFORE_CUE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        # "order 1042, last 4 digits of my phone are 5678": the number is the order's, the phone's digits follow.
        order_before = _ORDER_BEFORE.search(text[max(0, m.start(group) - 20):m.start(group)])
        digits_after = re.match(r"[^\d\n]{0,12}\d", text[m.end():])
        if not order_before and not digits_after and not _inside(m.start(group), spans):
            last4 = last4 or m.group(group)
            spans.append((m.start(group), m.end(group), PHONE_MASK))
    for m in PHONE_FULL.finditer(text):
        if not _inside(m.start(), spans):
            last4 = last4 or _digits(m.group(0))[-4:]
            spans.append((m.start(), m.end(), PHONE_MASK))
    if last4 is None and email is None and awaiting_factor and not ORDER_CUE.search(text):
        bare = _BARE_DIGITS.match(text.strip())
        digits = _digits(bare.group(1)) if bare else ""
        if bare and (len(digits) == 4 or len(digits) >= 7):
            last4 = digits[-4:]
            offset = text.index(text.strip())
            spans.append((offset + bare.start(1), offset + bare.end(1), PHONE_MASK))
    return Factors(email=email, phone_last4=last4, spans=tuple(sorted(spans)))


def _inside(pos: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(start <= pos < end for start, end, _ in spans)


def waiting_order(pending: object, text: str, masked: str) -> int | None:
    """The order waiting for its factor, when ``text`` gives the factor (``masked`` is ``text`` with it masked) and
    no other order: a stray number beside the factor ("anna212@… - no wait, 122. anna122@…") is not an order."""
    if pending is None or masked == text or ORDER_CUE.search(masked):
        return None
    return int(str(pending))


def mask(text: str, factors: Factors) -> str:
    """``text`` with the factor spans replaced by "[e-mail]" / "[phone]"."""
    out, pos = [], 0
    for start, end, label in factors.spans:
        if start < pos:
            continue
        out += [text[pos:start], label]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def redact(text: str) -> str:
    """Mask every e-mail address and phone number found in ``text`` (for history, summaries and logs)."""
    return mask(text, find_factors(text))
