"""WANDS (Wayfair ANnotation DataSet) format: a directory with tab-separated product.csv, query.csv, label.csv.

Only products go into the store; queries and graded labels stay in the files for ``python -m evals search``.
WANDS has no prices: products are stored with price 0 and ``attributes.price_missing = true``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path

from knowledge.importers.decode import Decoded, decode_file
from knowledge.importers.pipeline import Item, Parser, make_record, run_import
from knowledge.importers.records import ImportReport, RowRejected, parse_attributes, parse_int, split_category
from knowledge.importers.table import Stop, read_table, require_columns
from shopkeeper.errors import DataError

PRODUCT_COLUMNS = {"product id": "product_id", "product name": "product_name"}


def _fields(row: dict[str, str]) -> dict[str, object]:
    name = row.get("product_name", "").strip()
    if not name:
        raise RowRejected("product_name is empty")
    pid = row.get("product_id", "").strip()
    if not pid:
        raise RowRejected("product_id is empty")
    attributes = parse_attributes(row.get("product_features"), strict=False)
    product_class = row.get("product_class", "").strip()
    if product_class:
        attributes["product_class"] = product_class
    attributes["price_missing"] = True
    rating = row.get("average_rating", "").strip()
    description = row.get("product_description", "").strip()
    return {
        "external_id": pid,
        "title": name,
        "description": "" if description.lower() == "nan" else description,
        "price": Decimal("0"),
        "category_path": split_category(row.get("category hierarchy", "")) or split_category(product_class),
        "attributes": attributes,
        "rating": float(rating) if rating and rating.lower() != "nan" else None,
        "review_count": parse_int(row.get("review_count"), field="review_count") or 0,
    }


def _parser(name: str) -> Parser:
    def parse(decoded: Decoded, report: ImportReport) -> tuple[Iterator[Item], int]:
        # WANDS is plain TSV: quotes inside values are literal inches marks, not CSV quoting.
        table = read_table(decoded.text, delimiter="\t", quotes=False, name=name)
        require_columns(table, PRODUCT_COLUMNS, name)
        report.warnings.append("WANDS has no prices: products are stored with price 0 (attributes.price_missing)")

        def items() -> Iterator[Item]:
            for line, row in table.rows:
                if isinstance(row, str | Stop):
                    yield line, row
                    continue
                yield make_record(line, partial(_fields, row))

        return items(), table.total_lines

    return parse


def import_wands(db_url: str, directory: Path | str, *, source: str = "wands", progress: bool = False) -> ImportReport:
    """Import ``directory/product.csv``; checks that query.csv and label.csv are there too (warns if not)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError(f"{directory} is not a directory", hint="pass the WANDS dataset directory (with product.csv)")
    product_file = directory / "product.csv"
    missing = [f for f in ("query.csv", "label.csv") if not (directory / f).is_file()]

    def parse(decoded: Decoded, report: ImportReport) -> tuple[Iterator[Item], int]:
        if missing:
            report.warnings.append(f"{', '.join(missing)} not found in {directory}: products only, nothing to evaluate")
        return _parser("product.csv")(decoded, report)

    return run_import(db_url, source=source, path=product_file, progress=progress, parse=parse, decode=decode_file)
