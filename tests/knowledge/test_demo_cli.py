"""The store commands end to end: db upgrade, demo (refusing to clobber imported data), import exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from shopkeeper.cli import app
from shopkeeper.settings import get_settings

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def cli_db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("SHOPKEEPER_DB__URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_store_commands(cli_db):
    runner = CliRunner()
    result = runner.invoke(app, ["db", "upgrade"])
    from knowledge.migrate import head_revision

    assert result.exit_code == 0 and f"revision {head_revision()}" in result.output

    result = runner.invoke(app, ["demo", "--products", "40", "--sales-days", "2"])
    assert result.exit_code == 0, result.output
    assert "products" in result.output and "orders by status" in result.output

    result = runner.invoke(app, ["import", "csv", str(FIXTURES / "products_basic.csv")])
    assert result.exit_code == 1  # some rows rejected
    assert "line 7:" in result.output and "twelve dollars" in result.output

    result = runner.invoke(app, ["demo", "--products", "40", "--sales-days", "2"])
    assert result.exit_code == 2 and "refusing" in result.output

    result = runner.invoke(app, ["demo", "--products", "30", "--sales-days", "0", "--force"])
    assert result.exit_code == 0, result.output


def test_import_commands_exit_codes(cli_db, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["import", "wands", str(FIXTURES / "wands_sample")])
    assert result.exit_code == 1 and "product_name is empty" in result.output
    garbage = tmp_path / "x.csv"
    garbage.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(app, ["import", "csv", str(garbage)])
    assert result.exit_code == 2 and "cannot read it as text" in result.output
    good = tmp_path / "good.csv"
    good.write_text("Artikel;Name;Preis\nA1;Lampe;12,50\n", encoding="utf-8")
    result = runner.invoke(app, ["import", "csv", str(good), "--map", "external_id=Artikel,title=Name,price=Preis"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["import", "shopify", str(FIXTURES / "shopify_export.csv")])
    assert result.exit_code == 1 and "no-title-product" in result.output
