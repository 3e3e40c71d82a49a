"""Generic CSV import: mapping, bad rows with line numbers, encodings, hostile text, idempotent re-import."""

from __future__ import annotations

import random
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import selectinload

from knowledge.db import get_engine, session_scope
from knowledge.demo import build_demo_store
from knowledge.importers import import_csv, parse_mapping
from knowledge.importers.records import RowRejected, parse_attributes, parse_price
from knowledge.schema import ImportRun, Product, ProductText, Stock
from knowledge.store import get_product_cards
from shopkeeper.errors import DataError

FIXTURES = Path(__file__).parent / "fixtures"
MAP = "external_id=ID,title=Name,price=Price,stock_qty=Stock,image_url=Image,attributes=Attributes"


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'store.db'}"


def _products(url):
    with session_scope(url) as s:
        return {p.external_id: p for p in s.scalars(select(Product).options(selectinload(Product.category)))}


def test_good_rows_imported_bad_rows_reported_with_lines(db_url):
    report = import_csv(db_url, FIXTURES / "products_basic.csv", MAP)
    assert (report.rows_read, report.inserted, report.updated, report.rejected) == (10, 6, 0, 4)
    assert [(e.line, e.reason) for e in report.errors] == [
        (7, "price 'twelve dollars' is not a number"),
        (8, "title is empty"),
        (9, "price '-4.00' is negative"),
        (10, "attributes are not valid JSON: Expecting property name enclosed in double quotes at character 1"),
    ]
    products = _products(db_url)
    assert set(products) == {"A-100", "A-101", "A-102", "A-103", "A-104", "A-109"}
    assert products["A-100"].attributes == {"waterproof": True, "material": "leather"}
    assert products["A-101"].attributes == {"waterproof": False, "material": "mesh", "weight_g": 280}
    assert products["A-101"].price == Decimal("1099.50")
    assert products["A-103"].currency == "USD" and products["A-103"].attributes["sugar_free"] is True
    assert products["A-100"].category.path == "outdoor/footwear/hiking-boots"
    assert products["A-102"].sku == "A-102"  # no SKU column value: the id is the SKU
    with session_scope(db_url) as s:
        run = s.get(ImportRun, report.run_id)
        assert run is not None
        assert (run.inserted, run.updated, run.rejected) == (6, 0, 4)
        assert [e["line"] for e in run.errors["rows"]] == [7, 8, 9, 10]
        assert s.scalar(select(func.count()).select_from(ProductText)) == 6


def test_second_import_updates_instead_of_duplicating(db_url, tmp_path):
    import_csv(db_url, FIXTURES / "products_basic.csv", MAP)
    again = import_csv(db_url, FIXTURES / "products_basic.csv", MAP)
    assert (again.inserted, again.updated, again.rejected) == (0, 6, 4)
    changed = tmp_path / "changed.csv"
    changed.write_text(
        (FIXTURES / "products_basic.csv").read_text(encoding="utf-8").replace("119.00", "99.00"), encoding="utf-8"
    )
    third = import_csv(db_url, changed, MAP)
    assert (third.inserted, third.updated) == (0, 6)
    products = _products(db_url)
    assert len(products) == 6 and products["A-100"].price == Decimal("99.00")
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(Stock)) == 5  # stock rows updated in place, not added
        assert s.scalar(select(func.count()).select_from(ProductText)) == 6


def test_no_stock_column_value_means_no_stock_rows(db_url):
    import_csv(db_url, FIXTURES / "products_basic.csv", MAP)
    ids = {ext: p.id for ext, p in _products(db_url).items()}
    with session_scope(db_url) as s:
        cards = {c.product_id: c for c in get_product_cards(s, list(ids.values()))}
    assert cards[ids["A-102"]].stock_known is False and cards[ids["A-102"]].stock_qty == 0
    assert cards[ids["A-101"]].stock_known is True and cards[ids["A-101"]].in_stock is False  # a real 0
    assert cards[ids["A-100"]].stock_qty == 12 and cards[ids["A-100"]].in_stock


def test_columns_found_by_usual_names_without_a_mapping(db_url):
    report = import_csv(db_url, FIXTURES / "products_basic.csv")
    assert report.inserted == 6
    assert _products(db_url)["A-109"].image_url is None


def test_sql_looking_text_and_control_characters_stored_verbatim(db_url, tmp_path):
    hostile = "Robert'); DROP TABLE products;--"
    control = "bell\x07 escape\x1b[31m red\x1b[0m tab\there"
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("id,title,description,price\n")
        f.write(f'1,"{hostile}","{control}",5\n')
        f.write('2,"nul\x00byte",x,5\n')
        f.write('3,Plain,"; SELECT 1; --",6\n')
    report = import_csv(db_url, path)
    assert report.inserted == 2 and report.rejected == 1
    assert report.errors[0].line == 3 and "NUL" in report.errors[0].reason
    products = _products(db_url)
    assert products["1"].title == hostile
    assert products["1"].description == control
    assert products["3"].description == "; SELECT 1; --"
    assert "products" in inspect(get_engine(db_url)).get_table_names()


def test_cp1251_file_is_detected_and_read_correctly(db_url):
    report = import_csv(
        db_url,
        FIXTURES / "products_cp1251.csv",
        "external_id=Артикул,title=Название,description=Описание,price=Цена,brand=Бренд,category=Категория",
        language="ru",
        currency="RUB",
    )
    assert report.encoding == "cp1251" and report.inserted == 4 and report.rejected == 0
    assert any("cp1251" in w for w in report.warnings)
    products = _products(db_url)
    assert products["RU-1"].title == "Непромокаемые треккинговые ботинки"
    assert products["RU-1"].price == Decimal("8990.00") and products["RU-1"].currency == "RUB"
    assert products["RU-2"].price == Decimal("199.50")
    assert products["RU-1"].language == "ru"
    assert products["RU-1"].category.names["ru"] == "Треккинговые ботинки"


def test_binary_garbage_is_a_clear_error_and_recorded(db_url, tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(random.Random(1).randbytes(4000))
    with pytest.raises(DataError, match="cannot read it as text"):
        import_csv(db_url, path)
    with session_scope(db_url) as s:
        run = s.scalars(select(ImportRun)).one()
        assert "cannot read it as text" in run.errors["fatal"]
        assert s.scalar(select(func.count()).select_from(Product)) == 0


def test_unbalanced_quote_keeps_good_rows_and_names_the_line(db_url):
    report = import_csv(db_url, FIXTURES / "broken_quotes.csv")
    assert report.inserted == 2
    assert report.fatal is not None and "line 4" in report.fatal and "unbalanced quote" in report.fatal
    assert report.errors[-1].line == 4 and "lines 4-6" in report.errors[-1].reason
    with session_scope(db_url) as s:
        assert "unbalanced quote" in s.scalars(select(ImportRun)).one().errors["fatal"]


def test_missing_required_column_is_a_clear_error(db_url, tmp_path):
    path = tmp_path / "noprice.csv"
    path.write_text("id,title,cost\n1,Thing,5\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"no column for price; the header has: id, title, cost"):
        import_csv(db_url, path)
    with pytest.raises(DataError, match=r"missing column\(s\) 'Preis'"):
        import_csv(db_url, path, "price=Preis")
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(ImportRun)) == 2


def test_malformed_rows_are_reported_and_skipped(db_url, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text(
        'id,title,price\n1,Ok,5\n2,Too,many,fields,9\n3,"quoted"junk,5\n4,Fine,7\n4,Fine again,8\n', encoding="utf-8"
    )
    report = import_csv(db_url, path)
    assert report.inserted == 2 and report.updated == 1 and report.rejected == 2
    assert [e.line for e in report.errors] == [3, 4]
    assert "has 5 fields but the header has 3" in report.errors[0].reason
    assert "malformed CSV on line 4" in report.errors[1].reason
    assert any("line 6" in w and "later row wins" in w for w in report.warnings)
    assert _products(db_url)["4"].title == "Fine again"


def test_empty_file_and_bad_mapping(db_url, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DataError, match="empty"):
        import_csv(db_url, empty)
    with pytest.raises(DataError, match="not field=Column"):
        parse_mapping("title")
    with pytest.raises(DataError, match="unknown field 'colour'"):
        parse_mapping("colour=Color")
    with pytest.raises(DataError, match="no such file"):
        import_csv(db_url, tmp_path / "missing.csv")


def test_import_next_to_demo_data_avoids_sku_clashes(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    build_demo_store(url, products=20, sales_days=0)
    path = tmp_path / "clash.csv"
    path.write_text(
        "id,sku,title,price\nX1,OUT-000001,Clashing SKU,5\nX2,OUT-000001,Same SKU again,6\n", encoding="utf-8"
    )
    report = import_csv(url, path)
    assert report.inserted == 2
    with session_scope(url) as s:
        skus = dict(s.execute(select(Product.external_id, Product.sku).where(Product.source == "csv")).all())
        assert skus["X1"] == "csv-OUT-000001"
        assert skus["X2"].startswith("csv-") and skus["X2"] != skus["X1"]
        assert s.scalar(select(func.count()).select_from(Product)) == 22


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("12.99", "12.99"),
        ("12,99", "12.99"),
        ("$1,234.50", "1234.50"),
        ("1 234,50 €", "1234.50"),
        ("1.234,5", "1234.50"),
        ("1,000", "1000.00"),
        ("7", "7.00"),
    ],
)
def test_parse_price(raw, value):
    assert parse_price(raw) == Decimal(value)


def test_parse_attributes_forms():
    assert parse_attributes("size:AA|size:AAA|pack:8") == {"size": ["AA", "AAA"], "pack": 8}
    assert parse_attributes('{"a": [1, 2]}') == {"a": [1, 2]}
    with pytest.raises(RowRejected):
        parse_attributes("justtext")
    assert parse_attributes("justtext|k:v", strict=False) == {"other_features": ["justtext"], "k": "v"}


def test_fixture_files_are_untouched(tmp_path):
    # Tests read fixtures in place; a copy imports the same (guards against accidental writes to fixtures).
    copy = tmp_path / "copy.csv"
    shutil.copy(FIXTURES / "products_basic.csv", copy)
    assert copy.read_bytes() == (FIXTURES / "products_basic.csv").read_bytes()
