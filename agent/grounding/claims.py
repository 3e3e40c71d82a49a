"""The claims one sentence makes, each typed and placed: a price, a stock count, in or out of stock, a size, a
rating, an order state, a date, a carrier, a tracking code, a number of days, a percentage, a count of options,
or a plain number. Binding them to subjects and checking them is ``agent.grounding.verify``'s job.

Figures are read with the shared parser (knowledge.figures), so "1 299,00 ₽", "¥800", "$119.99", "3–5 days",
"30 дней", "30天", "三十天", "1万" and "10k" mean here what they mean in query understanding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.figures import (
    EN_WORDS,
    NUMBER,
    NUMBER_RE,
    RU_WORDS,
    DateSpan,
    find_dates,
    find_money,
    readings,
    scaled_readings,
    zh_to_int,
)


@dataclass
class Claim:
    kind: str  # money stock_qty stock_flag rating size state date carrier code duration percent count number
    start: int
    end: int
    text: str
    values: set[Decimal] = field(default_factory=set)
    currency: str | None = None
    word: str = ""  # stock_flag in/out, state name, size label, carrier name, code
    date: DateSpan | None = None
    role: str | None = None  # for dates: expected_delivery, delivered_on, shipped_on, placed_on
    negated: bool = False
    pair: tuple[set[Decimal], set[Decimal]] | None = None  # a range ("3–5 days"): both ends, read together
    qualifiers: tuple[str, ...] = ()  # express / standard / free / return / refund: which figures it may be


_ZH_NUM = "[零〇一二两三四五六七八九十百千]+"
_EN_NUM = "|".join(EN_WORDS)
_RU_NUM = "|".join(RU_WORDS)
# A number as written, digits or words: "3", "1 299,00", "three", "три", "三十", "1万", "10k".
NUMX = (rf"(?:(?<![A-Za-z0-9.,])(?:\d+(?:[.,]\d+)?(?:\s?[kк](?![a-zа-я])|万|千)|{NUMBER_RE})|"
        rf"\b(?:{_EN_NUM})\b|(?<![а-яё])(?:{_RU_NUM})"
        rf"(?![а-яё])|(?<!第){_ZH_NUM})")


def number_values(token: str) -> set[Decimal]:
    t = token.strip().lower()
    if t in EN_WORDS:
        return {Decimal(EN_WORDS[t])}
    if t in RU_WORDS:
        return {Decimal(RU_WORDS[t])}
    if re.fullmatch(_ZH_NUM, t):
        n = zh_to_int(t)
        return {Decimal(n)} if n is not None else set()
    return scaled_readings(t)


_I = re.IGNORECASE
_DAY_UNIT = (r"(?:(?:business|working|calendar)\s+)?(?:days?|weeks?|months?|years?|hours?)\b|"
             r"(?:рабочих\s+|календарных\s+)?(?:дн(?:я|ей|ь)|сут\w*|недел\w*|месяц\w*|год(?:а)?(?![а-я])|лет(?![а-я])|"
             r"час\w*)|个?工作日|天|周|星期|个月|年(?![\d月])|小时")
_RANGE_SEP = r"\s*(?:–|-|—|to|до|到|至|~|or|или|或)\s*"
_DURATION = re.compile(rf"(?P<a>{NUMX})(?:{_RANGE_SEP}(?P<b>{NUMX}))?\s*(?P<unit>{_DAY_UNIT})", _I)
_PERCENT = re.compile(rf"(?P<a>{NUMX})\s?(?:%|％|percent\b|per cent\b|процент\w*)|百分之(?P<b>{_ZH_NUM}|\d+)", _I)
_COUNT = re.compile(
    rf"(?P<a>{NUMX})\s+(?:[a-z-]+\s+)?(?:options?|products?|items?|results?|choices?|models?|matches|variants?|"
    rf"picks?|suggestions?)\b|"
    rf"(?P<b>{NUMX})\s+(?:[а-яё]+\s+)?(?:вариант\w*|товар\w*|модел\w*|позици\w*|предложени\w*)|"
    rf"(?P<c>{NUMX})\s*(?:款|个(?:商品|选择|结果|选项|产品)|件商品|种(?:商品|选择)?)|"
    # "Вариантов нашлось: 5", "Matching products: 5", "符合条件的商品：5款"
    rf"(?:options?|products?|items?|results?|matches|вариант\w*|товар\w*|позици\w*|商品|结果|选择)"
    rf"(?:\s+[\w-]+)?\s*[:：]\s*(?P<d>{NUMX})", _I)
_STOCK_QTY = re.compile(
    rf"(?P<a>{NUMX})\s+(?:(?:pairs?|units?|pieces?|pcs|items?|of them)\s+)?(?:(?:are|is)\s+)?(?:left|remaining|"
    rf"in stock|available|on hand)\b|"
    rf"(?:we have|there are|there's|only|just)\s+(?P<b>{NUMX})\s+(?:pairs?|units?|pieces?|pcs|left)\b|"
    rf"(?P<c>{NUMX})\s+(?:units?|pieces?|pcs)\b|"
    rf"(?:в наличии|осталось|остался|осталась|есть)\s*:?\s*(?:всего\s+|только\s+)?(?P<d>{NUMX})\s*"
    rf"(?:шт\.?|штук\w*|пар\w*|единиц\w*)?|"
    rf"(?P<e>{NUMX})\s*(?:шт\.?|штук\w*|пар\w*|единиц\w*)(?:\s+в наличии)?|"
    rf"(?:有货|库存|现货|仅剩|还剩|剩余|剩下|只剩|还有)\s*[:：]?\s*(?P<f>{NUMX})\s*(?:件|个|双|台|套)?|"
    rf"(?P<g>{NUMX})\s*(?:件|双|台|套)(?:库存|现货|有货)?", _I)
_RATING = re.compile(
    r"(?P<a>\d(?:[.,]\d)?)\s*(?:/\s*5|out of 5|stars?|★|звезд\w*|из 5|星|分(?!钟))|"
    r"(?:rated|rating(?: of)?|рейтинг\w*|оценк\w*|评分|评级)\s*[:：]?\s*(?P<b>\d(?:[.,]\d)?)"
    r"(?:\s*(?:/\s*5|out of 5|из 5|stars?|звезд\w*|星|分(?!钟)))?", _I)
_SIZE_ONE = r"(?:\d{1,2}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)"
_SIZE = re.compile(
    rf"(?:\bsizes?\b|размер\w*|尺码|码数)\s*[:：]?\s*(?P<list>{_SIZE_ONE}(?:\s*(?:,|and|or|и|или|/|、|和|或)\s*"
    rf"{_SIZE_ONE})*)(?![\w])|"
    rf"(?<![A-Za-z0-9])(?P<zh>\d{{2}}(?:\.5)?|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)\s*"
    rf"(?:码|号(?![a-z\d]|通道|货架|楼|店|订单|门|线))", _I)
# Colours in en/ru/zh, each under one English name (the catalog's attribute values are English).
COLOURS: dict[str, tuple[str, str, str]] = {
    # name: (English, Russian stem with its endings, Chinese)
    "red": ("red", "красн", "红色"), "blue": ("blue", "син(?:ий|яя|ее|ие|его|ей|ем|юю|им|их)|голуб", "蓝色"),
    "green": ("green", "зел[её]н", "绿色"), "black": ("black", "ч[её]рн", "黑色"),
    "white": ("white", "бел(?:ый|ая|ое|ые|ого|ой|ом|ую|ых)", "白色"),
    "grey": ("gr[ae]y", "сер(?:ый|ая|ое|ые|ого|ой|ом|ую|ых)", "灰色"),
    "brown": ("brown", "коричнев", "棕色|褐色|咖啡色"), "orange": ("orange", "оранжев", "橙色"),
    "yellow": ("yellow", "ж[её]лт", "黄色"), "pink": ("pink", "розов", "粉色|粉红色"),
    "purple": ("purple|violet", "фиолетов", "紫色"), "beige": ("beige", "бежев", "米色|米黄色"),
    "navy": ("navy", "темно-син", "藏青色|海军蓝"), "silver": ("silver", "серебрист", "银色"),
}
_COLOUR_RE = [(name, re.compile(rf"(?<![A-Za-z])(?:{en})(?![A-Za-z])|(?<![а-яё])(?:{ru})[а-яё]*|{zh}", _I))
              for name, (en, ru, zh) in COLOURS.items()]


def colour_forms(name: str) -> re.Pattern[str]:
    """Every way a colour is written, for finding it in a product's own texts."""
    return dict(_COLOUR_RE)[name]


_CODE = re.compile(r"(?<![\w-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{5,}(?![\w-])|"
                   r"(?<![\d.,])\d{9,}(?![\d.,])")
# How to write something ("the last 4 digits of the phone"): a format, not a fact of the store.
_INPUT_FORMAT = re.compile(
    r"(?:last|first|последн\w*|первы\w*|后|前)\s*\d{1,2}\s*(?:digits?|characters?|цифр\w*|символ\w*|位)", _I)
_LIST_MARKER = re.compile(r"(?m)^\s*\d{1,2}[.)]\s")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b|\d+-?(?:й|я|е|го|му|м|ой|ая|ое)(?![а-я])|第\s?\d+|#\s?\d{1,2}\b|"
                      r"(?:segment|блок|环节|option|вариант)\s*\d{1,2}\b", _I)
_OUT_OF_STOCK = re.compile(r"out of stock|not in stock|sold out|unavailable|not available|нет в наличии|"
                           r"в наличии нет|нет на складе|закончил\w*|распродан\w*|缺货|无货|没有货|没货|售罄|无库存",
                           _I)
_IN_STOCK = re.compile(r"in stock|available now|(?:is|are) (?:now )?available|в наличии|в продаже|на складе|有货|"
                       r"有库存|"
                       r"现货", _I)
STATE_WORDS: dict[str, tuple[str, ...]] = {
    "pending": ("pending", "awaiting payment", "ожидает оплаты", "в обработке", "待付款", "待处理", "未付款", "处理中",
                "没有付款", "没付款", "尚未付款", "待支付"),
    "paid": ("paid", "оплачен", "已付款", "已支付", "已经付款", "已经支付"),
    # Chinese: only the perfective forms (已/已经…): a bare 送达 is also "expected to arrive" (预计送达).
    "shipped": ("shipped", "dispatched", "on its way", "in transit", "отправлен", "в пути", "已发货", "已经发货",
                "已寄出", "已经寄出", "运输中", "在途"),
    "delivered": ("delivered", "arrived", "доставлен", "вручен", "已送达", "已经送达", "已签收", "已经签收", "已交付",
                  "已经交付"),
    "returned": ("returned", "возвращён", "возвращен", "оформлен как возврат", "已退货", "已经退货", "已退回",
                 "已经退回"),
    "cancelled": ("cancelled", "canceled", "отменён", "отменен", "已取消", "已经取消", "被取消"),
}
# "will be delivered" says the order has not reached that state yet: read like a negation.
_FUTURE = re.compile(r"(?:\bwill(?: be)?|\bshould be|\bis expected to be|\bбудет|\bскоро будет|将|将会|即将)\s*$", _I)
_NEGATION = re.compile(r"(?:\bnot|n't|\bnever|\byet to|\bне|\bещё не|未|没|还没|尚未|没有)\s*"
                       r"(?:been\s+|yet\s+|ещё\s+)?$",
                       _I)
CARRIERS = ("ups", "usps", "fedex", "dhl", "dpd", "gls", "tnt", "royal mail", "canada post", "сдэк", "cdek",
            "почта россии", "boxberry", "sf express", "顺丰", "中通", "圆通", "申通", "韵达", "京东物流", "ems")
_DATE_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("delivered_on", re.compile(r"delivered|arrived|received|got it|доставлен|вручен|вручил\w*|получил\w*|送达|送到|"
                                r"签收|收到",
                                _I)),
    ("expected_delivery", re.compile(r"expect|arriv|should|estimated|will (?:be|get|reach)|reach(?:es)? you|"
                                     r"ожида|прибуд|придёт|придет|привез\w*|будет у вас|доставим|预计|预期|将于|到货",
                                     _I)),
    ("shipped_on", re.compile(r"shipped|dispatched|sent|handed|carrier|left (?:us|the)|отправлен|передан|уехал|"
                              r"покинул|发货|寄出|发出|出库", _I)),
    ("placed_on", re.compile(r"placed|ordered|made on|оформ\w*|сделан|заказали|下单|下的单|订购", _I)),
]


class _Mask:
    def __init__(self, text: str) -> None:
        self.chars = list(text)

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.chars[i] = " "

    @property
    def text(self) -> str:
        return "".join(self.chars)


_UNITS = [("day", r"day|дн|сут|天|日|工作日"), ("week", r"week|недел|周|星期"), ("month", r"month|месяц|月"),
          ("year", r"year|год|лет|年"), ("hour", r"hour|час|小时")]
_QUALIFIERS = [("express", re.compile(r"express|expedited|next[- ]day|экспресс|срочн|加急|快速|特快", _I)),
               ("standard", re.compile(r"standard|regular|normal|обычн|стандартн|普通|标准", _I)),
               ("free", re.compile(r"\bfree\b|бесплатн|免运费|包邮|免费", _I)),
               ("refund", re.compile(r"refund|money back|возврат (?:денег|средств)|деньги|退款|到账", _I)),
               ("return", re.compile(r"\breturn|вернуть|возврат|退货|退回|可退", _I))]


def unit_class(word: str) -> str:
    """"business days" -> "day", "месяца" -> "month", "个工作日" -> "day"."""
    low = word.lower()
    for name, pattern in _UNITS:
        if re.search(pattern, low):
            return name
    return "day"


def _qualifiers(text: str, start: int, end: int) -> tuple[str, ...]:
    """The policy variants a figure's clause names: "express delivery takes 1–2 days" is about the express
    figures; "5–7 days after we receive the return we refund" may be the return's or the refund's."""
    # Within the figure's own clause: "standard delivery 3–5 days, returns within 30 days" are two.
    left = max(text.rfind(p, 0, start) for p in ",，;；")
    right = min((i for i in (text.find(p, end) for p in ",，;；") if i >= 0), default=len(text))
    return tuple(name for name, pattern in _QUALIFIERS if pattern.search(text, left + 1, right))


def _first_group(m: re.Match[str], names: str) -> tuple[str, int, int] | None:
    for g in names:
        if m.groupdict().get(g):
            return m[g], m.start(g), m.end(g)
    return None


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 24):start]
    return bool(_NEGATION.search(before) or _FUTURE.search(before))


def _date_role(text: str, start: int, end: int) -> str | None:
    """Which of an order's dates a date is: the role word nearest before it ("handed to the carrier on ...")."""
    before = text[max(0, start - 60):start]
    best: tuple[int, str] | None = None
    for role, pattern in _DATE_ROLES:
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), role)
    if best:
        return best[1]
    # Chinese and Russian often put the verb after the date: "您于2026年11月30日下的单", "2026-11-03 вручили".
    after = re.split(r"[,，;；。.!?]", text[end:])[0][:40]
    first: tuple[int, str] | None = None
    for role, pattern in _DATE_ROLES:
        found = pattern.search(after)
        if found and (first is None or found.start() < first[0]):
            first = (found.start(), role)
    return first[1] if first else None


def extract_claims(sentence: str, skip: list[tuple[int, int]], name_spans: list[tuple[int, int]]) -> list[Claim]:
    """Every claim in ``sentence``. ``skip``: spans already understood (order numbers); ``name_spans``: product
    names, whose digits are part of the name ("Trail Boots 2024"), not figures."""
    claims: list[Claim] = []
    mask = _Mask(sentence)
    for s, e in skip:
        mask.blank(s, e)
    for span in find_dates(mask.text):
        claims.append(Claim("date", span.start, span.end, span.text, date=span,
                            role=_date_role(sentence, span.start, span.end)))
        mask.blank(span.start, span.end)
    for pattern in (_LIST_MARKER, _ORDINAL, _INPUT_FORMAT):
        for m in pattern.finditer(mask.text):
            mask.blank(m.start(), m.end())
    for m in _CODE.finditer(mask.text):
        if re.fullmatch(r"\d+(?:[.,]\d+)?-[A-Za-zА-Яа-я]+", m.group(0)):
            continue  # "24-month", "2-person": a number and its unit, read below
        claims.append(Claim("code", m.start(), m.end(), m.group(0), word=m.group(0)))
        mask.blank(m.start(), m.end())
    for mon in find_money(mask.text):
        claims.append(Claim("money", mon.start, mon.end, mon.text, set(mon.values), mon.currency))
        mask.blank(mon.start, mon.end)
    for m in re.finditer(rf"(?P<n>{_ZH_NUM})\s?(?:元|块)", mask.text):
        n = zh_to_int(m["n"])
        if n is not None:
            claims.append(Claim("money", m.start(), m.end(), m.group(0), {Decimal(n)}, "CNY"))
            mask.blank(m.start(), m.end())
    for s, e in name_spans:
        mask.blank(s, e)  # a title's own figures ("Batteries AA 12 pcs", "Socks 1 pair") are its name
    for m in _PERCENT.finditer(mask.text):
        raw = m["a"] or m["b"]
        claims.append(Claim("percent", m.start(), m.end(), m.group(0), number_values(raw)))
        mask.blank(m.start(), m.end())
    for m in _DURATION.finditer(mask.text):
        pair = (number_values(m["a"]), number_values(m["b"])) if m["b"] else None
        claims.append(Claim("duration", m.start(), m.end(), m.group(0), number_values(m["a"]), word=m["unit"],
                            pair=pair))
        mask.blank(m.start(), m.end())
    for kind, pattern, groups in (("count", _COUNT, "abcd"), ("stock_qty", _STOCK_QTY, "abcdefg"),
                                  ("rating", _RATING, "ab")):
        for m in pattern.finditer(mask.text):
            got = _first_group(m, groups)
            if got is None:
                continue
            raw, s, e = got
            values = number_values(raw)
            if values:
                claims.append(Claim(kind, s, e, m.group(0), values))
            mask.blank(m.start(), m.end())
    for m in _SIZE.finditer(mask.text):
        raw = m["list"] or m["zh"]
        for part in re.split(r"\s*(?:,|and|or|и|или|/|、|和|或)\s*", raw, flags=_I):
            if part:
                claims.append(Claim("size", m.start(), m.end(), m.group(0), word=part.upper().replace(",", ".")))
        mask.blank(m.start(), m.end())
    for m in NUMBER.finditer(mask.text):
        claims.append(Claim("number", m.start(), m.end(), m.group(0), readings(m.group(0))))
    for name, pattern in _COLOUR_RE:
        for m in pattern.finditer(mask.text):  # a colour in a title is the title's, not a claim
            claims.append(Claim("colour", m.start(), m.end(), m.group(0), word=name))
    low = sentence.lower()
    out_spans = [m.span() for m in _OUT_OF_STOCK.finditer(low)]
    for s, e in out_spans:
        claims.append(Claim("stock_flag", s, e, sentence[s:e], word="out"))
    for m in _IN_STOCK.finditer(low):
        if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in out_spans):
            claims.append(Claim("stock_flag", m.start(), m.end(), m.group(0), word="in",
                                negated=_negated(low, m.start())))
    taken: list[tuple[int, int]] = []
    for state, words in STATE_WORDS.items():
        for w in words:
            word_re = rf"(?<![\w]){re.escape(w)}" if w.isascii() else re.escape(w)
            for m in re.finditer(word_re, low):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append(m.span())
                claims.append(Claim("state", m.start(), m.end(), m.group(0), word=state,
                                    negated=_negated(low, m.start())))
    for carrier in CARRIERS:
        carrier_re = rf"(?<![\w]){re.escape(carrier)}(?![\w])" if carrier.isascii() else re.escape(carrier)
        for m in re.finditer(carrier_re, low):
            claims.append(Claim("carrier", m.start(), m.end(), sentence[m.start():m.end()], word=carrier))
    for c in claims:
        if c.kind in ("money", "duration", "percent"):
            c.qualifiers = _qualifiers(sentence, c.start, c.end)
    return sorted(claims, key=lambda c: c.start)
