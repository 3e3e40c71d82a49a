"""Catalog importers (generic CSV with a mapping, Shopify export, WANDS) sharing one row loop and one upsert."""

from knowledge.importers.csv_generic import import_csv, parse_mapping
from knowledge.importers.records import ImportReport, ProductRecord, RowIssue
from knowledge.importers.shopify import import_shopify, strip_html
from knowledge.importers.wands import import_wands

__all__ = [
    "ImportReport",
    "ProductRecord",
    "RowIssue",
    "import_csv",
    "import_shopify",
    "import_wands",
    "parse_mapping",
    "strip_html",
]
