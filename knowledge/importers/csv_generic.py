"""Any product CSV, with a column mapping (``title=Name,price=Price``) or columns recognised by their usual names."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from knowledge.importers.decode import Decoded
from knowledge.importers.pipeline import Item, Parser, make_record, run_import
from knowledge.importers.records import (
    ImportReport,
    RowRejected,
    parse_attributes,
    parse_int,
    parse_price,
    split_category,
)
from knowledge.importers.table import Stop, read_table, require_columns
from shopkeeper.errors import DataError

FIELDS: dict[str, tuple[str, ...]] = {
    # field -> header names recognised without a mapping (compared case-insensitively)
    "external_id": ("id", "external_id", "product_id", "product id", "handle"),
    "sku": ("sku", "variant sku", "article", "item number"),
    "title": ("title", "name", "product name", "product_name"),
    "description": ("description", "body", "details", "product_description"),
    "price": ("price", "unit price", "retail price"),
    "currency": ("currency",),
    "brand": ("brand", "vendor", "manufacturer"),
    "category": ("category", "category path", "category_path", "categories"),
    "attributes": ("attributes", "features", "specs", "product_features"),
    "image_url": ("image_url", "image url", "image", "image src"),
    "stock_qty": ("stock", "stock_qty", "qty", "quantity", "inventory"),
    "rating": ("rating", "average_rating"),
    "review_count": ("review_count", "reviews"),
    "language": ("language", "lang"),
}


def parse_mapping(spec: str | None) -> dict[str, str]:
    """``"title=Name,price=Price"`` -> ``{"title": "Name", "price": "Price"}``; unknown fields are an error."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field = field.strip()
        if not sep or not column.strip():
            raise DataError(f"mapping {part.strip()!r} is not field=Column")
        if field not in FIELDS:
            raise DataError(f"unknown field {field!r} in the mapping; known fields: {', '.join(FIELDS)}")
        out[field] = column.strip()
    return out


def resolve_mapping(header: list[str], given: dict[str, str]) -> dict[str, str]:
    lower = {h.lower(): h for h in header}
    mapping = dict(given)
    for field, names in FIELDS.items():
        if field not in mapping:
            found = next((lower[n] for n in names if n in lower), None)
            if found is not None and found not in mapping.values():
                mapping[field] = found
    return mapping


def _parser(mapping_spec: dict[str, str], currency: str, language: str, name: str, delimiter: str | None) -> Parser:
    def parse(decoded: Decoded, report: ImportReport) -> tuple[Iterator[Item], int]:
        table = read_table(decoded.text, delimiter=delimiter, name=name)
        mapping = resolve_mapping(table.header, mapping_spec)
        require_columns(table, {k: v for k, v in mapping_spec.items()}, name)
        missing = [f for f in ("title", "price") if f not in mapping]
        if "external_id" not in mapping and "sku" not in mapping:
            missing.append("external_id or sku")
        if missing:
            raise DataError(
                f"{name}: no column for {', '.join(missing)}; the header has: {', '.join(table.header)}",
                line=1,
                hint="name the columns with --map, e.g. --map title=Name,price=Price,external_id=ID",
            )
        report.warnings.extend(f"column {col!r} is not imported" for col in table.header if col not in mapping.values())

        def items() -> Iterator[Item]:
            for line, row in table.rows:
                if isinstance(row, str | Stop):
                    yield line, row
                    continue
                yield make_record(line, partial(_fields, row, mapping, currency, language))

        return items(), table.total_lines

    return parse


def _fields(row: dict[str, str], m: dict[str, str], currency: str, language: str) -> dict[str, object]:
    def get(field: str) -> str:
        return row.get(m[field], "").strip() if field in m else ""

    title = get("title")
    if not title:
        raise RowRejected("title is empty")
    ext = get("external_id") or get("sku")
    if not ext:
        raise RowRejected("no id: both the id and the SKU are empty")
    rating = get("rating")
    return {
        "external_id": ext,
        "sku": get("sku") or None,
        "title": title,
        "description": get("description"),
        "language": get("language") or language,
        "price": parse_price(get("price")),
        "currency": get("currency") or currency,
        "brand": get("brand") or None,
        "category_path": split_category(get("category")),
        "attributes": parse_attributes(get("attributes")),
        "image_url": get("image_url") or None,
        "stock_qty": parse_int(get("stock_qty"), field="stock"),
        "rating": float(rating) if rating else None,
        "review_count": parse_int(get("review_count"), field="review count") or 0,
    }


def import_csv(
    db_url: str,
    path: Path | str,
    mapping: dict[str, str] | str | None = None,
    *,
    source: str = "csv",
    currency: str = "USD",
    language: str = "en",
    delimiter: str | None = None,
    progress: bool = False,
) -> ImportReport:
    """Import a product CSV (delimiter sniffed: , ; tab |). ``mapping``: field -> column, or "field=Column,...".

    Fields: external_id, sku, title, description, price, currency, brand, category (``A > B > C``), attributes
    (JSON or ``key:value|key:value``), image_url, stock_qty, rating, review_count, language.
    """
    given = parse_mapping(mapping) if isinstance(mapping, str) or mapping is None else dict(mapping)
    for field in given:
        if field not in FIELDS:
            raise DataError(f"unknown field {field!r} in the mapping; known fields: {', '.join(FIELDS)}")
    path = Path(path)
    return run_import(
        db_url,
        source=source,
        path=path,
        progress=progress,
        parse=_parser(given, currency, language, path.name, delimiter),
    )
