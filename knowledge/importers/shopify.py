"""Shopify's product export CSV: one row per variant (and per extra image), grouped into products by Handle."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from knowledge.importers.decode import Decoded
from knowledge.importers.pipeline import Item, Parser, make_record, run_import
from knowledge.importers.records import (
    ImportReport,
    RowRejected,
    VariantRecord,
    parse_int,
    parse_price,
    split_category,
)
from knowledge.importers.table import Stop, read_table, require_columns

REQUIRED = {"product handle": "Handle", "title": "Title", "price": "Variant Price"}
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_html(html: str) -> str:
    """Text of an HTML fragment: tags and scripts removed, entities decoded, whitespace tidied."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    lines = (" ".join(chunk.split()) for chunk in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _product(handle: str, rows: list[tuple[int, dict[str, str]]], currency: str) -> tuple[dict[str, Any], list[Item]]:
    """Fields of one product from its rows; bad variant rows come back as their own rejected items."""
    issues: list[Item] = []
    head = next((r for _, r in rows if r.get("Title", "").strip()), None)
    if head is None:
        raise RowRejected(f"product {handle!r} has no Title on any of its rows")
    option_names = {i: head.get(f"Option{i} Name", "").strip() for i in (1, 2, 3)}
    variants: list[VariantRecord] = []
    option_values: dict[str, list[str]] = {}
    image = None
    for line, row in rows:
        image = image or row.get("Image Src", "").strip() or None
        has_variant = any(row.get(c, "").strip() for c in ("Variant SKU", "Variant Price", "Option1 Value"))
        if not has_variant:
            continue  # an extra-image row
        try:
            price = parse_price(row.get("Variant Price"), field="Variant Price")
            qty = parse_int(row.get("Variant Inventory Qty"), field="Variant Inventory Qty")
        except RowRejected as exc:
            issues.append((line, f"variant of {handle!r} skipped: {exc}"))
            continue
        attrs = {}
        for i, name in option_names.items():
            value = row.get(f"Option{i} Value", "").strip()
            if name and value and not (name == "Title" and value == "Default Title"):
                attrs[name.lower()] = value
                option_values.setdefault(name.lower(), [])
                if value not in option_values[name.lower()]:
                    option_values[name.lower()].append(value)
        variants.append(
            VariantRecord(sku=row.get("Variant SKU", "").strip() or None, attributes=attrs, price=price, stock_qty=qty)
        )
    if not variants:
        raise RowRejected(f"product {handle!r} has no variant with a price")
    prices = [v.price for v in variants if v.price is not None]
    stocks = [v.stock_qty for v in variants if v.stock_qty is not None]
    tags = [t.strip() for t in head.get("Tags", "").split(",") if t.strip()]
    attributes: dict[str, Any] = {**option_values}
    if tags:
        attributes["tags"] = tags
    published = head.get("Published", "").strip().lower()
    status = head.get("Status", "").strip().lower()
    min_price = min(prices) if prices else Decimal("0")
    single_default = len(variants) == 1 and not variants[0].attributes
    return {
        "external_id": handle,
        "sku": variants[0].sku if single_default else None,
        "title": head["Title"].strip(),
        "description": strip_html(head.get("Body (HTML)", "")),
        "price": min_price,
        "currency": currency,
        "brand": head.get("Vendor", "").strip() or None,
        "category_path": split_category(head.get("Product Category", "")) or split_category(head.get("Type", "")),
        "attributes": attributes,
        "image_url": image,
        "stock_qty": sum(s for s in stocks) if stocks else None,
        "active": status in ("", "active") and published not in ("false", "no"),
        # One "Default Title" variant is the product itself, not a variant worth listing.
        "variants": [] if single_default else variants,
    }, issues


def _parser(currency: str, name: str) -> Parser:
    def parse(decoded: Decoded, report: ImportReport) -> tuple[Iterator[Item], int]:
        table = read_table(decoded.text, delimiter=",", name=name)
        require_columns(table, REQUIRED, name)

        def items() -> Iterator[Item]:
            groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
            stop: tuple[int, Stop] | None = None
            for line, row in table.rows:
                if isinstance(row, Stop):
                    stop = (line, row)
                    break
                if isinstance(row, str):
                    yield line, row
                    continue
                handle = row.get("Handle", "").strip()
                if not handle:
                    yield line, "Handle is empty"
                    continue
                groups.setdefault(handle, []).append((line, row))
            for handle, rows in groups.items():
                try:
                    fields, issues = _product(handle, rows, currency)
                except RowRejected as exc:
                    yield rows[0][0], str(exc)
                    continue
                yield from issues
                yield make_record(rows[0][0], partial(dict, fields))
            if stop is not None:
                yield stop

        return items(), table.total_lines

    return parse


def import_shopify(
    db_url: str, path: Path | str, *, source: str = "shopify", currency: str = "USD", progress: bool = False
) -> ImportReport:
    """Import a Shopify ``products_export.csv``: rows with the same Handle are one product and its variants."""
    path = Path(path)
    return run_import(db_url, source=source, path=path, progress=progress, parse=_parser(currency, path.name))
