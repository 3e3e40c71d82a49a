"""An independent check of a live-stream script against the store DB (not the agent's verifier, not the engine's
facts): every figure in the script's text is looked up in the DB rows of the product its segment presents.

- money ("$124.99", "124,99 $", "US$124.99"): the product's price; none outside product segments;
- stock counts ("only 5 left", "5 шт.", "5件"): the product's stock, and only when stock is low by the rule
  (<= units, or fewer days of stock than ``low_days`` at the mean daily sales of the last ``window`` days);
- percentages: the host's promotion only;
- a rating ("4.2 out of 5"): the product's rating; a range ("Sizes: 36–40"): a range of its catalog text;
- any other number ("1-Person", "5°C"): a number of that product's title, description (in the script's
  language), attributes or rating;
- products: each requested product's title (in the script's language) is said in a segment of its own, and no
  product segment names another product of the stream.

It reads the DB with its own queries and its own patterns, so a bug shared with the engine or the verifier does not
hide here. Speaking time is counted with its own unit counter from the settings' rates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from knowledge.db import session_scope
from knowledge.schema import DailySales, Product, ProductText, Stock

MONEY = {
    "en": re.compile(r"\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)"),
    "ru": re.compile(r"(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:,\d+)?)[\s\u00a0]?\$"),
    "zh": re.compile(r"US\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)"),
}
# A stock claim by its own words: "only 5 left", «осталось 5 шт.», "只剩5件" (not a pack size: «8 шт.» of batteries).
STOCK = {
    "en": re.compile(r"(?:only|down to)\s+(\d+)|(\d+)\s+left", re.I),
    "ru": re.compile(r"(?:осталось|в наличии)[^.!?]*?(\d+)\s*шт", re.I),
    "zh": re.compile(r"(?:剩|库存)[^。！？]*?(\d+)\s*件"),
}
RANGE = re.compile(r"(\d+(?:[.,]\d+)?)\s*[–—-]\s*(\d+(?:[.,]\d+)?)")
RATING = {  # the rating and its scale: "rated 4.2 out of 5", «на 4,2 из 5», "打了4.2分"
    "en": re.compile(r"(\d(?:\.\d+)?) out of 5\b"),
    "ru": re.compile(r"(\d(?:,\d+)?) из 5\b"),
    "zh": re.compile(r"(\d(?:\.\d+)?)分"),
}
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_RUN = re.compile(r"[A-Za-z0-9]+(?:['’\-.,][A-Za-z0-9]+)*")
WORD = re.compile(r"[^\W_]+(?:['’\-.,][^\W_]+)*")


def spoken_units(text: str, language: str) -> int:
    """Words (en, ru) or Han characters plus Latin/number runs (zh): the unit the rates are given in."""
    if language == "zh":
        return len(HAN.findall(text)) + len(LATIN_RUN.findall(text))
    return len(WORD.findall(text))


def _dec(text: str, language: str) -> Decimal:
    t = re.sub(r"[\s\u00a0\u202f]", "", text)
    t = t.replace(",", ".") if language == "ru" else t.replace(",", "")
    return Decimal(t).normalize()


@dataclass
class DbProduct:
    product_id: int
    title: str
    price: Decimal
    stock: int
    daily: float
    numbers: set[Decimal]
    rating: Decimal | None = None
    ranges: set[tuple[Decimal, Decimal]] = field(default_factory=set)  # "36–40" in its title or description


@dataclass
class Finding:
    kind: str  # money | stock | stock_not_low | rating | percent | range | number | title_missing | title_foreign
    segment: int
    text: str
    why: str


@dataclass
class CheckResult:
    figures: int = 0
    absent: list[Finding] = field(default_factory=list)  # figures or names the catalog does not back
    covered: int = 0
    requested: int = 0
    urgency_not_low: int = 0
    low_products: int = 0
    low_with_urgency: int = 0
    deviations: list[float] = field(default_factory=list)  # |rendered - planned| / planned per segment
    planned_total_ok: bool = True


def load_db_products(db_url: str, ids: list[int], language: str, window: int) -> dict[int, DbProduct]:
    out: dict[int, DbProduct] = {}
    with session_scope(db_url) as s:
        last = s.scalar(select(func.max(DailySales.day)))
        since = (last or dt.date.today()) - dt.timedelta(days=window - 1)
        sold = dict(
            s.execute(
                select(DailySales.product_id, func.sum(DailySales.units))
                .where(DailySales.product_id.in_(ids), DailySales.day >= since)
                .group_by(DailySales.product_id)
            ).all()
        )
        stock = dict(
            s.execute(
                select(Stock.product_id, func.sum(Stock.qty_system))
                .where(Stock.product_id.in_(ids))
                .group_by(Stock.product_id)
            ).all()
        )
        for p in s.scalars(select(Product).where(Product.id.in_(ids))):
            text = s.scalars(
                select(ProductText).where(ProductText.product_id == p.id, ProductText.lang == language)
            ).first()
            title = text.title if text else p.title
            description = text.description if text else p.description
            numbers: set[Decimal] = set()
            for source in (
                title,
                description,
                p.title,
                " ".join(str(v) for v in (p.attributes or {}).values()),
                str(p.rating or ""),
            ):
                for m in NUMBER.finditer(source or ""):
                    for reading in {m.group(0), m.group(0).replace(",", ".")}:
                        try:
                            numbers.add(Decimal(reading).normalize())
                        except ArithmeticError:
                            continue
            ranges = {
                (_dec(m.group(1), language), _dec(m.group(2), language))
                for source in (title, description)
                for m in RANGE.finditer(source or "")
            }
            out[p.id] = DbProduct(
                p.id,
                title,
                Decimal(p.price).normalize(),
                int(stock.get(p.id) or 0),
                float(sold.get(p.id) or 0) / window,
                numbers,
                Decimal(str(p.rating)).normalize() if p.rating is not None else None,
                ranges,
            )
    return out


def is_low(p: DbProduct, units: int, days: float) -> bool:
    return p.stock > 0 and (p.stock <= units or (p.daily > 0 and p.stock / p.daily < days))


def check_script(
    script: dict[str, Any],
    db: dict[int, DbProduct],
    *,
    low_units: int,
    low_days: float,
    rates: dict[str, float],
    requested: list[int],
) -> CheckResult:
    """Check one script (``tools.livestream.models.Script`` as JSON) against ``db`` (``load_db_products``)."""
    lang = script["language"]
    res = CheckResult(requested=len(requested))
    promo = script.get("promotion") or {}
    titles = {pid: p.title for pid, p in db.items()}
    res.planned_total_ok = sum(seg["seconds"] for seg in script["segments"]) == script["minutes"] * 60
    urgent: set[int] = set()
    covered: set[int] = set()
    for i, seg in enumerate(script["segments"]):
        text = " ".join(line["text"] for line in seg["lines"] if line.get("spoken", True))
        planned = seg["seconds"]
        rendered = spoken_units(text, lang) * 60.0 / rates[lang]
        res.deviations.append(abs(rendered - planned) / planned if planned else 1.0)
        pid = seg.get("product_id")
        p = db.get(pid) if pid is not None else None
        rest = text
        for other, title in titles.items():  # a product segment names its own product only
            if title in rest:
                if p is not None and other != pid:
                    res.absent.append(Finding("title_foreign", i, title, f"segment of product {pid}"))
                if p is not None and other == pid:
                    covered.add(pid)
                rest = rest.replace(title, " ")
        for m in RATING[lang].finditer(rest):
            res.figures += 1
            if p is None or p.rating is None or _dec(m.group(1), lang) != p.rating:
                res.absent.append(Finding("rating", i, m.group(0), f"DB rating {p.rating if p else None}"))
        rest = RATING[lang].sub(" ", rest)
        for m in MONEY[lang].finditer(rest):
            res.figures += 1
            said = _dec(m.group(1), lang)
            if p is None or said != p.price:
                res.absent.append(Finding("money", i, m.group(0), f"DB price {p.price if p else None}"))
        rest = MONEY[lang].sub(" ", rest)
        for m in STOCK[lang].finditer(rest):
            res.figures += 1
            said_qty = int(next(g for g in m.groups() if g))
            if p is None or said_qty != p.stock:
                res.absent.append(Finding("stock", i, m.group(0), f"DB stock {p.stock if p else None}"))
            elif not is_low(p, low_units, low_days):
                res.urgency_not_low += 1
                res.absent.append(Finding("stock_not_low", i, m.group(0), f"stock {p.stock}, {p.daily:.2f}/day"))
            else:
                urgent.add(p.product_id)
        rest = STOCK[lang].sub(" ", rest)
        for m in PERCENT.finditer(rest):
            res.figures += 1
            value = _dec(m.group(1), lang)
            # The host's offer, or a figure of the product's own text ("uses 85% less energy").
            if not (promo and value == Decimal(promo["percent_off"])) and (p is None or value not in p.numbers):
                res.absent.append(Finding("percent", i, m.group(0), f"promotion {promo or None}"))
        rest = PERCENT.sub(" ", rest)
        if promo.get("code"):
            rest = rest.replace(str(promo["code"]), " ")
        for m in RANGE.finditer(rest):  # a range is one figure: "Sizes: 36–40" is the catalog's range or wrong
            res.figures += 1
            if p is None or (_dec(m.group(1), lang), _dec(m.group(2), lang)) not in p.ranges:
                res.absent.append(Finding("range", i, m.group(0), f"not a range of product {pid}'s catalog text"))
        rest = RANGE.sub(" ", rest)
        for m in NUMBER.finditer(rest):
            res.figures += 1
            said = _dec(m.group(0), lang)
            if p is None or said not in p.numbers:
                res.absent.append(Finding("number", i, m.group(0), f"not in product {pid}'s catalog text"))
    res.covered = len(covered & set(requested))
    for pid in requested:
        if pid not in covered:
            res.absent.append(Finding("title_missing", -1, titles.get(pid, str(pid)), "never presented"))
    low = [pid for pid in requested if pid in db and is_low(db[pid], low_units, low_days)]
    res.low_products = len(low)
    res.low_with_urgency = len(set(low) & urgent)
    return res
