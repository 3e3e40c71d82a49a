"""An independent claim checker for shown replies: its own parsing, its own DB query per claim.

It shares nothing with the verifier (``agent.grounding``) or the shared figure parser it uses (``knowledge.figures``):
a second, simpler reading of the same reply, so a mistake in one is not repeated by the other. It reads the kept
sentences of a final reply, finds the claims it understands (price, stock count and state of a product named by
its title; state and dates of an order named by its number; days, months, fees, thresholds and percentages of the
store's policies) and asks the store DB whether each is true. Claims it cannot bind to a subject are counted, not
judged, except money: an amount nothing in the store costs is wrong wherever it stands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select

from knowledge.db import session_scope
from knowledge.schema import Order, OrderLine, Policy, Product, ProductText, Stock, Variant


@dataclass
class Claim:
    kind: str  # price | stock_count | stock_state | order_state | order_date | order_exists | policy | currency
    subject: str
    said: str
    truth: str
    ok: bool
    sentence: str


@dataclass
class CheckResult:
    claims: list[Claim] = field(default_factory=list)
    unbound: int = 0  # figures with no subject the checker could name (counted, not judged)
    dates_without_year: int = 0  # judged on day and month; counted because a shown date should carry its year

    @property
    def wrong(self) -> list[Claim]:
        return [c for c in self.claims if not c.ok]


_SENT = re.compile(r"(?<![Nn]o\.)(?<=[.!?])\s+|(?<=[。！？；])|\n+")
_USD = r"US\$|\$|USD|dollars?|долл\w*\.?|美元"
_OTHER = r"€|£|¥|￥|₽|EUR|GBP|CNY|RMB|RUB|руб\w*\.?|rubles?|евро|юан\w*|元|人民币|欧元|卢布|euros?"
_AMOUNT = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_MONEY = re.compile(rf"(?P<pre>{_USD}|{_OTHER})\s?(?P<a>{_AMOUNT})|(?P<b>{_AMOUNT})\s?(?P<post>{_USD}|{_OTHER})",
                    re.IGNORECASE)
_ORDER_REF = re.compile(r"(?:order|заказ\w*|订单)\D{0,14}?(\d{3,9})", re.IGNORECASE)
# Stock counts: "12 in stock", "осталось 12", "库存12件" (strong: they say stock); "12 units", "12 шт." (weak: only
# next to a product's own title, since descriptions say "1000 pieces" of a puzzle).
_COUNT_STRONG = re.compile(r"(?<![\d.,])(\d+)\s*(?:in stock|left|are on the shelf)|"
                           r"(?:have|holding|осталось|в наличии|на складе|库存|还剩|剩下|有)\s*(\d+)(?![\d.,])"
                           r"(?!\s*(?:码|号|size|天|个))", re.IGNORECASE)
_COUNT_WEAK = re.compile(r"(?<![\d.,])(\d+)\s*(?:units?|pieces|шт\b|шт\.|штук|件)", re.IGNORECASE)
_NEGATION = re.compile(r"(?:\bnot|n't|\bне|未|没)\s*(?:yet\s*)?$", re.IGNORECASE)
# "expected to be delivered", "будет доставлен", "预计送达": a promise about a date, not the order's state.
_PROSPECT = re.compile(r"(?:expected to be|will be|should be|to be|будет|ожидается|预计|将|会)\s*$", re.IGNORECASE)
_OUT = re.compile(r"out of stock|sold out|none left|run out|not in stock|нет в наличии|распродан|закончил|缺货|无货|"
                  r"售罄|卖完", re.IGNORECASE)
_IN = re.compile(r"in stock|on hand|on the shelf|в наличии|есть в продаже|有货|有库存|现货", re.IGNORECASE)
_STATES: list[tuple[str, re.Pattern[str]]] = [
    ("pending", re.compile(r"awaiting payment|pending|not (?:been |yet )?paid|hasn't been paid|ожидает оплаты|"
                           r"не оплачен|ждёт вашей оплаты|待付款|未付款|还没有付款|等待您付款", re.IGNORECASE)),
    ("cancelled", re.compile(r"cancel|отмен|аннулир|取消|作废", re.IGNORECASE)),
    ("returned", re.compile(r"\breturned\b|возвращ|как возврат|已退货|退回", re.IGNORECASE)),
    ("delivered", re.compile(r"delivered|arrived|reached you|доставлен|вручен|вручили|已送达|签收|已经送到",
                             re.IGNORECASE)),
    ("shipped", re.compile(r"shipped|on its way|in transit|dispatched|отправлен|в пути|已发货|寄出|运输",
                           re.IGNORECASE)),
    ("paid", re.compile(r"(?<!not )(?<!hasn't been )\bpaid\b|(?<!не )оплачен|已付款|已支付|付款成功", re.IGNORECASE)),
]
_LIFE = ["pending", "paid", "shipped", "delivered"]
_EN_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_RU_MON = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
_DATES = [
    re.compile(r"(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"),
    re.compile(r"(?P<y>20\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})"),
    re.compile(r"(?P<y>20\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>20\d\d)"),
    re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>20\d\d)"),
    re.compile(r"(?P<d>\d{1,2})\s+(?P<mon>[A-Za-zА-Яа-яё]{3,9})\.?,?\s+(?P<y>20\d\d)"),
]
_NO_YEAR = [
    re.compile(r"\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?\s+(?P<d>\d{1,2})"
               r"(?:st|nd|rd|th)?\b(?!,?\s*20\d\d)(?![.,]?\d)", re.IGNORECASE),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\s+(?P<mon>январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|"
               r"декабр)[а-я]*+(?!\s*20\d\d)", re.IGNORECASE),
    re.compile(r"(?<!年)(?<![\d])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
]
_DAYS = re.compile(r"(\d+)\s*(?:(?:[-–]|to|до|到)\s*(\d+)\s*)?(?:business |working |рабочих )?"
                   r"(days?|дн\w*|天|个工作日|months?|месяц\w*|мес|个月)", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+)\s*%")
_RETURN = re.compile(r"return|возвр|вернуть|退货|退", re.IGNORECASE)
_REFUND = re.compile(r"refund|money comes back|деньги|средств|退款", re.IGNORECASE)
_DELIVERY = re.compile(r"deliver|shipping|ship|parcel|express|доставк|посылк|экспресс|配送|运费|快递|邮|加急", re.I)
_EXPRESS = re.compile(r"express|fast option|экспресс|срочн|加急|快速", re.IGNORECASE)
_STANDARD = re.compile(r"standard|regular|обычн|стандарт|普通|标准", re.IGNORECASE)
_WARRANTY = re.compile(r"warrant|covered|гарант|保修", re.IGNORECASE)
# "within 15 days of delivery": delivery as the start of a return window, not a delivery time.
_WINDOW_START = re.compile(r"\b(of|after|from)\s+(the\s+)?deliver|с момента (получения|доставки)|"
                           r"после (получения|доставки)|签收后|收货后|到货后", re.IGNORECASE)
_ELECTRONICS = re.compile(r"electronic|opened|restocking|электрон|вскрыт|открыт|电子|拆封", re.IGNORECASE)
_FOOD = re.compile(r"food|perishable|продукт|скоропорт|食品|生鲜", re.IGNORECASE)


def _number(raw: str) -> Decimal | None:
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".") if len(s.rsplit(",", 1)[1]) <= 2 else s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _is_usd(cur: str) -> bool:
    return re.fullmatch(_USD, cur, re.IGNORECASE) is not None


def _month(name: str) -> int | None:
    low = name.lower()
    for i, m in enumerate(_EN_MON):
        if low.startswith(m):
            return i + 1
    for i, m in enumerate(_RU_MON):
        if low.startswith(m) and (m != "ма" or low in ("мая", "май")):
            return i + 1
    return None


def _dates(text: str) -> list[tuple[str, dt.date]]:
    out: list[tuple[str, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for rx in _DATES:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            gd = m.groupdict()
            month = int(gd["m"]) if gd.get("m") else _month(gd.get("mon") or "")
            if month is None:
                continue
            try:
                day = dt.date(int(gd["y"]), month, int(gd["d"]))
            except ValueError:
                continue
            taken.append(m.span())
            out.append((m.group(0), day))
    return out


class ClaimChecker:
    """Checks the claims of shown replies against the store at ``db_url``."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        with session_scope(db_url) as s:
            names: dict[str, int] = {}
            for pid, title in s.execute(select(ProductText.product_id, ProductText.title)):
                names[title.lower()] = pid
            prefixes: dict[str, set[int]] = {}
            for pid, title in s.execute(select(Product.id, Product.title)):
                names.setdefault(title.lower(), pid)
                # Shoppers and models shorten titles to their first words ("Teddy & Co Summit Max"): a prefix of
                # the English title names a product when no other title starts the same way.
                words = title.split()
                for k in range(2, len(words)):
                    prefixes.setdefault(" ".join(words[:k]).lower(), set()).add(pid)
            for prefix, pids in prefixes.items():
                if prefix not in names:
                    # An ambiguous prefix still names *a* product: -1 stops a figure next to it from being
                    # bound to an earlier product.
                    names[prefix] = next(iter(pids)) if len(pids) == 1 else -1
            prices = {Decimal(str(v)) for v in s.scalars(select(Product.price))}
            prices |= {Decimal(str(v)) for v in s.scalars(select(Variant.price)) if v is not None}
            prices |= {Decimal(str(v)) for v in s.scalars(select(Order.total))}
            prices |= {Decimal(str(v)) for v in s.scalars(select(OrderLine.unit_price))}
            for fields in s.scalars(select(Policy.fields)):
                prices |= {Decimal(str(v)) for v in (fields or {}).values()
                           if isinstance(v, int | float) and not isinstance(v, bool)}
        # Longest titles first, so "Boots X Pro" wins over "Boots X".
        self.names = sorted(names.items(), key=lambda kv: -len(kv[0]))
        self.any_price = prices

    # -- one DB query per claim ---------------------------------------------------------------------------------
    def _product(self, pid: int) -> tuple[Decimal, set[Decimal], int, str]:
        with session_scope(self.db_url) as s:
            p = s.get(Product, pid)
            assert p is not None
            variant_prices = {Decimal(str(v)) for v in
                              s.scalars(select(Variant.price).where(Variant.product_id == pid)) if v is not None}
            total = s.scalar(select(func.coalesce(func.sum(Stock.qty_system), 0)).where(Stock.product_id == pid))
            qty = int(total or 0)
            return Decimal(str(p.price)), variant_prices, qty, p.title

    def _order(self, oid: int) -> dict[str, Any] | None:
        with session_scope(self.db_url) as s:
            o = s.get(Order, oid)
            if o is None:
                return None
            dates = {d.date() for d in (o.placed_at, o.shipped_at, o.delivered_at) if d is not None}
            if o.expected_delivery:
                dates.add(o.expected_delivery)
            units = {Decimal(str(v)) for v in s.scalars(select(OrderLine.unit_price).where(OrderLine.order_id == oid))}
            return {"status": o.status.value, "dates": dates, "total": Decimal(str(o.total)), "units": units}

    def _policy(self, key: str) -> dict[str, Any]:
        with session_scope(self.db_url) as s:
            fields = s.scalar(select(Policy.fields).where(Policy.key == key).limit(1))
            return dict(fields or {})

    # -- reading ------------------------------------------------------------------------------------------------
    def _named(self, sentence: str) -> list[tuple[int, int, int]]:
        """(start, end, product id) of every product title in ``sentence``, longest match first, no overlaps."""
        low = sentence.lower()
        found: list[tuple[int, int, int]] = []
        taken: list[tuple[int, int]] = []
        for title, pid in self.names:
            if len(title) < 6:
                continue
            start = low.find(title)
            while start >= 0:
                end = start + len(title)
                if not any(a < end and start < b for a, b in taken):
                    taken.append((start, end))
                    found.append((start, end, pid))
                start = low.find(title, end)
        return sorted(found)

    def check(self, text: str, *, forbidden_names: list[str] | None = None,
              context_order: int | None = None) -> CheckResult:
        """The claims of ``text``. ``context_order``: the order the shopper asked about, which a reply may call "it";
        ``forbidden_names``: names the shopper made up, which no figure may be given for."""
        result = CheckResult()
        last_product: int | None = None
        last_order: int | None = context_order
        for sentence in (x.strip() for x in _SENT.split(text)):
            if not sentence:
                continue
            named = self._named(sentence)
            if named:
                last_product = named[-1][2] if named[-1][2] > 0 else None
            refs = [int(m.group(1)) for m in _ORDER_REF.finditer(sentence)]
            if refs:
                last_order = refs[0]
            self._money(sentence, named, last_product if not refs else None, refs or ([last_order] if last_order and
                        not named else []), result)
            if named or (last_product is not None and not refs):
                self._stock(sentence, named, last_product, result)
            if refs or (last_order is not None and not named):
                self._order_claims(sentence, refs[0] if refs else last_order, result)
            self._policy_claims(sentence, result)
            for bad in forbidden_names or []:
                if bad.lower() in sentence.lower() and (_MONEY.search(sentence) or _IN.search(sentence)):
                    result.claims.append(Claim("invented_product", bad, sentence, "no such product in the store",
                                               False, sentence))
        return result

    def _money(self, sentence: str, named: list[tuple[int, int, int]], carry: int | None, orders: list[int],
               result: CheckResult) -> None:
        for m in _MONEY.finditer(sentence):
            cur = m["pre"] or m["post"]
            value = _number(m["a"] or m["b"])
            if value is None:
                continue
            if not _is_usd(cur):
                result.claims.append(Claim("currency", "", m.group(0), "the store sells in USD", False, sentence))
                continue
            before = [pid for start, _, pid in named if start < m.start()]
            pid = before[-1] if before else (named[0][2] if named else carry)
            if pid == -1:  # next to a shortened name several products share: which one is not known
                result.unbound += 1
                continue
            if pid is not None and not _DELIVERY.search(sentence):
                price, variants, _, title = self._product(pid)
                ok = value == price or value in variants
                result.claims.append(Claim("price", title, m.group(0), str(price), ok, sentence))
            elif orders and orders[0] is not None and (o := self._order(orders[0])) is not None:
                ok = value == o["total"] or value in o["units"]
                result.claims.append(Claim("order_amount", f"order {orders[0]}", m.group(0), str(o["total"]), ok,
                                           sentence))
            elif _DELIVERY.search(sentence):
                fields = self._policy("delivery")
                allowed = {Decimal(str(fields[k])) for k in ("standard_fee", "express_fee", "free_shipping_over")
                           if k in fields}
                result.claims.append(Claim("policy", "delivery", m.group(0), str(sorted(allowed)), value in allowed,
                                           sentence))
            else:
                result.unbound += 1
                if value not in self.any_price:
                    result.claims.append(Claim("price", "(no subject)", m.group(0), "no price in the store", False,
                                               sentence))

    def _stock(self, sentence: str, named: list[tuple[int, int, int]], carry: int | None,
               result: CheckResult) -> None:
        pid = named[0][2] if named else carry
        if pid is None or pid == -1:
            return
        # Titles, money and dates out first: their digits are not counts ("Power Bank 5000", "$12", "May 3").
        chars = list(sentence)
        for start, end, _ in named:
            chars[start:end] = " " * (end - start)
        plain = _MONEY.sub(" ", "".join(chars))
        for d in _dates(plain):
            plain = plain.replace(d[0], " ")
        counts = [int(g) for m in _COUNT_STRONG.finditer(plain) for g in m.groups() if g]
        if named:
            counts += [int(m.group(1)) for m in _COUNT_WEAK.finditer(plain) if int(m.group(1)) not in counts]
        out = _OUT.search(sentence) is not None
        said_in = _IN.search(sentence) is not None and not out
        if not counts and not out and not said_in:
            return
        _, _, qty, title = self._product(pid)
        for n in counts:
            result.claims.append(Claim("stock_count", title, str(n), str(qty), n == qty, sentence))
        if out:
            result.claims.append(Claim("stock_state", title, "out of stock", f"{qty} in stock", qty <= 0, sentence))
        elif said_in and not counts:
            result.claims.append(Claim("stock_state", title, "in stock", f"{qty} in stock", qty > 0, sentence))

    def _order_claims(self, sentence: str, oid: int | None, result: CheckResult) -> None:
        if oid is None:
            return
        said = [state for state, rx in _STATES if any(
            state == "pending" or not (_NEGATION.search(sentence[max(0, m.start() - 12):m.start()])
                                       or _PROSPECT.search(sentence[max(0, m.start() - 16):m.start()]))
            for m in rx.finditer(sentence))]
        dates = _dates(sentence)
        if not said and not dates and not any(rx.search(sentence) for rx in _NO_YEAR):
            return
        o = self._order(oid)
        if o is None:
            result.claims.append(Claim("order_exists", f"order {oid}", ", ".join(said) or dates[0][0],
                                       "no such order", False, sentence))
            return
        real = o["status"]
        for state in said[:1]:  # the most specific reading (negated "not paid" is pending, listed first)
            ok = state == real or (state in _LIFE and real in _LIFE and _LIFE.index(state) <= _LIFE.index(real))
            result.claims.append(Claim("order_state", f"order {oid}", state, real, ok, sentence))
        for raw, day in dates:
            result.claims.append(Claim("order_date", f"order {oid}", raw, ", ".join(sorted(map(str, o["dates"]))),
                                       day in o["dates"], sentence))
        for rx in _NO_YEAR:
            for m in rx.finditer(sentence):
                gd = m.groupdict()
                month = int(gd["m"]) if gd.get("m") else _month(gd["mon"])
                if month is None:
                    continue
                result.dates_without_year += 1
                ok = any((d.month, d.day) == (month, int(gd["d"])) for d in o["dates"])
                result.claims.append(Claim("order_date", f"order {oid}", m.group(0) + " (no year)",
                                           ", ".join(sorted(map(str, o["dates"]))), ok, sentence))

    def _policy_claims(self, sentence: str, result: CheckResult) -> None:
        spans = list(_DAYS.finditer(sentence))
        pct = [int(m.group(1)) for m in _PERCENT.finditer(sentence)]
        if not spans and not pct:
            return
        if pct and _ELECTRONICS.search(sentence):
            fee = self._policy("returns.electronics").get("restocking_fee_pct")
            for v in pct:
                result.claims.append(Claim("policy", "restocking fee", f"{v}%", str(fee), v == fee, sentence))
        for m in spans:
            unit = m.group(3).lower()
            figures = [int(m.group(1))] + ([int(m.group(2))] if m.group(2) else [])
            allowed: set[int] | None = None
            subject = ""
            if unit.startswith(("month", "месяц", "мес", "个月")) and _WARRANTY.search(sentence):
                subject, allowed = "warranty", {int(self._policy("warranty").get("warranty_months", -1))}
            elif _REFUND.search(sentence) and not _DELIVERY.search(sentence):
                subject, allowed = "refund days", set(self._policy("returns").get("refund_days") or [])
            elif _RETURN.search(sentence) and (not _DELIVERY.search(sentence) or _WINDOW_START.search(sentence)):
                key = ("returns.electronics" if _ELECTRONICS.search(sentence) else
                       "returns.perishables" if _FOOD.search(sentence) else "returns")
                subject, allowed = key, {int(self._policy(key).get("return_days", -1))}
            elif _DELIVERY.search(sentence):
                fields = self._policy("delivery")
                express, standard = _EXPRESS.search(sentence), _STANDARD.search(sentence)
                keys = ["express_days"] if express and not standard else ["standard_days"] if standard and not \
                    express else ["standard_days", "express_days"]
                subject, allowed = "delivery days", {int(x) for k in keys for x in fields.get(k) or []}
            if allowed is None:
                result.unbound += 1
                continue
            for v in figures:
                result.claims.append(Claim("policy", subject, m.group(0), str(sorted(allowed)), v in allowed,
                                           sentence))
