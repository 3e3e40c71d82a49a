"""What every importer produces: a validated product record, and the report of one import."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, Field, field_validator


class RowRejected(ValueError):
    """A row that cannot become a product; the message is the reason shown to the user."""


class VariantRecord(BaseModel):
    sku: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    price: Decimal | None = None
    stock_qty: int | None = None


class ProductRecord(BaseModel):
    external_id: str = Field(min_length=1, max_length=128)
    sku: str | None = Field(default=None, max_length=64)
    title: str = Field(min_length=1, max_length=500)
    description: str = ""
    language: str = "en"
    price: Decimal = Field(ge=0, max_digits=12, decimal_places=2)
    currency: str = "USD"
    brand: str | None = Field(default=None, max_length=120)
    category_path: list[str] = Field(default_factory=list)  # display names, top level first
    attributes: dict[str, Any] = Field(default_factory=dict)
    image_url: str | None = Field(default=None, max_length=1000)
    stock_qty: int | None = Field(default=None, ge=0)  # None: the file says nothing about stock
    rating: float | None = Field(default=None, ge=0, le=5)
    review_count: int = Field(default=0, ge=0)
    active: bool = True
    variants: list[VariantRecord] = Field(default_factory=list)

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        value = value.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", value):
            raise ValueError(f"currency must be a 3-letter code like USD, got {value!r}")
        return value


class RowIssue(BaseModel):
    line: int  # 1-based physical line in the file where the row starts
    reason: str


class ImportReport(BaseModel):
    run_id: int | None = None
    source: str
    path: str
    encoding: str | None = None
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    rejected: int = 0
    errors: list[RowIssue] = Field(default_factory=list)
    fatal: str | None = None  # the whole file could not be used (or reading stopped here)
    warnings: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.fatal is None and self.rejected == 0


_TRUE = {"true", "yes", "y", "1", "да", "是"}
_FALSE = {"false", "no", "n", "0", "нет", "否"}


def parse_price(raw: str | None, *, field: str = "price") -> Decimal:
    """Prices as people write them: 12.99, 12,99, $1,234.50, 1 234,50 €."""
    text = (raw or "").strip()
    if not text:
        raise RowRejected(f"{field} is empty")
    cleaned = re.sub(r"[^\d,.\-]", "", text.replace("\u00a0", "").replace(" ", ""))
    if cleaned.count(",") and cleaned.count("."):
        # The last separator is the decimal one: 1,234.50 or 1.234,50.
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise RowRejected(f"{field} {text!r} is not a number") from None
    if value < 0:
        raise RowRejected(f"{field} {text!r} is negative")
    if value >= Decimal("1e10"):
        raise RowRejected(f"{field} {text!r} is too large")
    return value.quantize(Decimal("0.01"))


def parse_int(raw: str | None, *, field: str) -> int | None:
    text = (raw or "").strip()
    if not text or text.lower() in ("nan", "null", "none"):
        return None
    try:
        value = float(text.replace(",", "")) if "." in text else int(text.replace(",", ""))
    except ValueError:
        raise RowRejected(f"{field} {text!r} is not a whole number") from None
    if value < 0:
        raise RowRejected(f"{field} {text!r} is negative")
    return int(value)


def parse_value(text: str) -> Any:
    """An attribute value from text: booleans and numbers become typed, everything else stays a string."""
    t = text.strip()
    low = t.lower()
    if low in _TRUE - {"1", "y", "n"}:
        return True
    if low in _FALSE - {"0", "y", "n"}:
        return False
    if re.fullmatch(r"-?\d{1,15}", t):
        return int(t)
    if re.fullmatch(r"-?\d+\.\d+", t):
        return float(t)
    return t


def parse_attributes(raw: str | None, *, strict: bool = True) -> dict[str, Any]:
    """A JSON object, or ``key:value|key:value`` (WANDS, spreadsheets); repeated keys collect into a list.

    ``strict=False`` keeps parts without a key under ``other_features`` instead of rejecting the row.
    """
    import json

    text = (raw or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RowRejected(f"attributes are not valid JSON: {exc.msg} at character {exc.pos}") from None
        if not isinstance(value, dict):
            raise RowRejected("attributes JSON must be an object")
        return value
    out: dict[str, Any] = {}
    for part in text.split("|"):
        if not part.strip():
            continue
        key, sep, value = part.partition(":")
        if not sep:
            key, sep, value = part.partition("=")
        if not sep or not key.strip():
            if strict:
                raise RowRejected(f"attribute {part.strip()!r} is not key:value")
            out.setdefault("other_features", []).append(part.strip())
            continue
        k, v = key.strip(), parse_value(value)
        if k in out:
            out[k] = (out[k] if isinstance(out[k], list) else [out[k]]) + [v]
        else:
            out[k] = v
    return out


def split_category(raw: str | None) -> list[str]:
    """``Outdoor > Footwear > Hiking boots`` or ``Outdoor / Footwear / Hiking boots`` -> names, top level first."""
    text = (raw or "").strip()
    if not text:
        return []
    for sep in (" > ", ">", " / ", "/", " | ", "|"):
        if sep in text:
            return [p.strip() for p in text.split(sep) if p.strip()]
    return [text]
