"""Shopify export and WANDS directory imports."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from knowledge.db import session_scope
from knowledge.importers import import_shopify, import_wands, strip_html
from knowledge.schema import Product, Variant
from knowledge.store import get_product_cards
from shopkeeper.errors import DataError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'store.db'}"


def _by_ext(url, source):
    with session_scope(url) as s:
        return {
            p.external_id: p
            for p in s.scalars(select(Product).options(selectinload(Product.category)).where(Product.source == source))
        }


def test_shopify_groups_variants_and_strips_html(db_url):
    report = import_shopify(db_url, FIXTURES / "shopify_export.csv")
    assert (report.inserted, report.rejected) == (4, 2)
    assert [(e.line, e.reason) for e in report.errors] == [
        (8, "variant of 'bad-price-socks' skipped: Variant Price 'abc' is not a number"),
        (10, "product 'no-title-product' has no Title on any of its rows"),
    ]
    products = _by_ext(db_url, "shopify")
    jacket = products["alpine-rain-jacket"]
    assert jacket.description == "A waterproof shell with taped seams & a hood.\n2.5-layer fabric\nPit zips"
    assert jacket.price == Decimal("149.00") and jacket.brand == "Northpeak"
    assert jacket.attributes["size"] == ["S", "M", "L"] and "waterproof" in jacket.attributes["tags"]
    assert jacket.image_url == "https://cdn.example.com/arj-1.jpg"
    assert jacket.category.path.endswith("outerwear/coats-jackets")
    assert products["draft-headlamp"].active is False
    assert products["enamel-camp-mug"].sku == "MUG-001"
    with session_scope(db_url) as s:
        variants = s.scalars(select(Variant).where(Variant.product_id == jacket.id)).all()
        assert sorted(v.sku for v in variants) == ["ARJ-L-RED", "ARJ-M-BLU", "ARJ-S-BLU"]
        assert {v.sku: v.price for v in variants}["ARJ-L-RED"] == Decimal("155.00")
        assert (
            s.scalar(
                select(func.count()).select_from(Variant).where(Variant.product_id == products["enamel-camp-mug"].id)
            )
            == 0
        )
        cards = {c.sku: c for c in get_product_cards(s, [p.id for p in products.values()])}
    assert cards["alpine-rain-jacket"].stock_qty == 11  # 4 + 0 + 7 over the variants
    assert cards["HL-400"].stock_known is False  # no inventory in the file: no invented stock
    assert cards["bad-price-socks"].stock_qty == 8  # only the valid variant


def test_shopify_reimport_updates(db_url):
    import_shopify(db_url, FIXTURES / "shopify_export.csv")
    again = import_shopify(db_url, FIXTURES / "shopify_export.csv")
    assert (again.inserted, again.updated) == (0, 4)
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 4
        assert s.scalar(select(func.count()).select_from(Variant)) == 4


def test_shopify_needs_its_columns(db_url, tmp_path):
    path = tmp_path / "not_shopify.csv"
    path.write_text("Name,Price\nx,1\n", encoding="utf-8")
    with pytest.raises(DataError, match="missing column.*'Handle'"):
        import_shopify(db_url, path)


def test_strip_html_handles_entities_scripts_and_blocks():
    assert strip_html("<p>Fish &amp; chips</p><p>Hot<br>now</p><style>p{}</style>") == "Fish & chips\nHot\nnow"
    assert strip_html("no tags at all") == "no tags at all"


def test_wands_directory(db_url):
    report = import_wands(db_url, FIXTURES / "wands_sample")
    assert (report.inserted, report.rejected) == (7, 1)
    assert report.errors[0].line == 8 and report.errors[0].reason == "product_name is empty"
    assert any("no prices" in w for w in report.warnings)
    products = _by_ext(db_url, "wands")
    bed = products["0"]
    assert bed.title == "solid wood platform bed"
    assert bed.description == 'good, deep sturdy wood frame with 12" clearance'  # the inch mark is not a CSV quote
    assert bed.attributes["overallwidth-sidetoside"] == 64.7 and bed.attributes["price_missing"] is True
    assert bed.category.path == "furniture/bedroom-furniture/beds-headboards/beds"
    assert bed.rating == 4.5 and bed.review_count == 15 and bed.price == 0
    assert products["5"].attributes["other_features"] == ["orphan feature without key"]
    again = import_wands(db_url, FIXTURES / "wands_sample")
    assert (again.inserted, again.updated) == (0, 7)


def test_wands_needs_a_directory_and_warns_without_labels(db_url, tmp_path):
    with pytest.raises(DataError, match="not a directory"):
        import_wands(db_url, FIXTURES / "products_basic.csv")
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "product.csv").write_text("product_id\tproduct_name\n1\tlamp\n", encoding="utf-8")
    report = import_wands(db_url, tmp_path / "only")
    assert report.inserted == 1
    assert any("query.csv, label.csv not found" in w for w in report.warnings)
