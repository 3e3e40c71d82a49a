"""A script product's facts, read from the store: the product card and description in the host's language, the
features its catalog text lists, and how fast it sells (for stock urgency).

Everything a script says about a product comes from the ``ProductFacts`` built here, and the same facts are what
its sentences are verified against.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from knowledge.db import session_scope
from knowledge.schema import DailySales
from knowledge.search import product_detail
from shopkeeper.errors import NotFound
from shopkeeper.settings import LivestreamSettings

# The demo catalog's descriptions end with "Key features: A: x; B: y. Brand: Z." in each language (Russian lists
# bare phrases: "Особенности: 1-местная, непромокаемая, зимняя."); an imported catalog may have neither.
_FEATURES = re.compile(
    r"(?:Key features|Особенности|主要特点)\s*[:：]\s*(?P<list>.+?)\s*"
    r"(?:[.。]\s*(?:Brand|Бренд|品牌)\s*[:：].*)?[.。]?\s*$",
    re.S,
)
_YES = {"yes", "да", "是", "true"}
_NO = {"no", "нет", "否", "false"}
_SENTENCE_END = {
    "zh": re.compile(r"(?<=[。！？])"),
    "en": re.compile(r"(?<=[.!?])\s+"),
    "ru": re.compile(r"(?<=[.!?])\s+"),
}


@dataclass
class ProductFacts:
    product_id: int
    detail: dict[str, Any]  # tools.catalog_models.ProductDetail as JSON, complements left out
    features: list[str] = field(default_factory=list)  # "Waterproof", "Season: 4-Season" (the catalog's words)
    pitch: str | None = None  # the description's selling sentence ("Quick to pitch and stable in wind, ...")
    daily_sales: float = 0.0
    low_stock: bool = False

    @property
    def title(self) -> str:
        return str(self.detail["title"])

    @property
    def stock_qty(self) -> int:
        return int(self.detail.get("stock_qty") or 0)

    @property
    def in_stock(self) -> bool:
        return bool(self.detail.get("in_stock")) and self.stock_qty > 0


def catalog_features(description: str, attributes: dict[str, Any], language: str) -> list[str]:
    """The features the catalog text lists, in its own words; a "no" feature ("Organic: no") is no selling point.
    Without a feature list, an English catalog's attributes stand in ("comfort temp c: 5")."""
    m = _FEATURES.search(description or "")
    items: list[str] = []
    if m:
        raw = m.group("list").strip().rstrip(".。")
        parts = [x for x in re.split(r"\s*(?:[;；。]|\.(?=\s))\s*", raw) if x]  # "Colour: Grey. Sizes: 36–40"
        if language == "ru":  # "непромокаемые, кожаные": two features; "Размеры: 39–45" stays one
            parts = [
                x for part in parts for x in (re.split(r",\s+", part) if not re.search(r"[:：]", part) else [part])
            ]
        for part in parts:
            pair = re.match(r"(?P<label>[^:：]+?)\s*(?P<sep>[:：])\s*(?P<value>.+)", part)
            label, sep, value = (pair["label"], pair["sep"], pair["value"].strip()) if pair else (part, "", "")
            label = label.strip()
            if not label:
                continue
            if sep and value.lower() in _NO:
                continue
            items.append(label if not sep or value.lower() in _YES else f"{label}{sep} {value}".replace("： ", "："))
        return items
    if language != "en":
        return items  # attribute keys are English: a Russian or Chinese script would quote them in another language
    for key, value in attributes.items():
        name = str(key).replace("_", " ")
        if isinstance(value, bool):
            if value:
                items.append(name.capitalize())
        elif isinstance(value, int | float | str) and str(value).strip():
            items.append(f"{name.capitalize()}: {value}")
    return items


def selling_sentence(description: str, title: str, language: str) -> str | None:
    """The description's first sentence that is neither the title again nor the feature list."""
    head = _FEATURES.split(description or "")[0] if _FEATURES.search(description or "") else description or ""
    for sentence in _SENTENCE_END.get(language, _SENTENCE_END["en"]).split(head.strip()):
        s = sentence.strip()
        if not s or s.rstrip(".。!！") == title.rstrip(".。") or s.startswith(("Brand", "Бренд", "品牌")):
            continue
        if len(s) > (3 if language == "zh" else 8):
            return s
    return None


def daily_sales(db_url: str, ids: list[int], window_days: int) -> dict[int, float]:
    """Average units a day per product over the last ``window_days`` of the store's sales history (ending at its
    latest recorded day, so an old demo store reads as it was then)."""
    if not ids:
        return {}
    with session_scope(db_url) as s:
        last = s.scalar(select(func.max(DailySales.day)))
        if last is None:
            return {}
        since = last - dt.timedelta(days=window_days - 1)
        rows = s.execute(
            select(DailySales.product_id, func.sum(DailySales.units))
            .where(DailySales.product_id.in_(ids), DailySales.day >= since)
            .group_by(DailySales.product_id)
        ).all()
    return {int(pid): float(units or 0) / window_days for pid, units in rows}


def is_low(stock_qty: int, daily: float, cfg: LivestreamSettings) -> bool:
    """Really low: a few units left, or fewer days of stock than ``low_stock_days`` at the recent sales rate.
    Nothing in stock is not "low" (a sold-out product gets no urgency, it is said to be sold out)."""
    if stock_qty <= 0:
        return False
    if stock_qty <= cfg.low_stock_units:
        return True
    return daily > 0 and stock_qty / daily < cfg.low_stock_days


def load_products(db_url: str, ids: list[int], language: str, cfg: LivestreamSettings) -> list[ProductFacts]:
    """The facts of ``ids`` in that order; an id the store does not have is an error, not a silent gap."""
    rates = daily_sales(db_url, ids, cfg.sales_window_days)
    out: list[ProductFacts] = []
    for pid in dict.fromkeys(ids):
        detail = product_detail(db_url, pid, None, language)
        if detail is None:
            raise NotFound(f"no product {pid} in the store")
        data = detail.model_dump(mode="json", exclude={"complements", "score", "reason"})
        description = str(data.get("description") or "")
        facts = ProductFacts(
            product_id=pid,
            detail=data,
            features=catalog_features(description, dict(data.get("attributes") or {}), language),
            pitch=selling_sentence(description, str(data["title"]), language),
            daily_sales=round(rates.get(pid, 0.0), 3),
        )
        facts.low_stock = is_low(facts.stock_qty if facts.in_stock else 0, facts.daily_sales, cfg)
        out.append(facts)
    return out
