"""``shopkeeper db upgrade``, ``shopkeeper demo``, ``shopkeeper import csv|shopify|wands`` (see shopkeeper.cli).

Exit codes of the import commands: 0 everything imported, 1 some rows rejected (listed), 2 the file was unusable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from knowledge.demo import DemoSummary
    from knowledge.importers import ImportReport

console = Console()
err = Console(stderr=True)
db_app = typer.Typer(help="The store database.", no_args_is_help=True)
import_app = typer.Typer(
    help="Import a catalog into the store (re-importing a file updates, never duplicates).", no_args_is_help=True
)
SHOW_ERRORS = 30


def _fail(exc: Exception, code: int = 2) -> typer.Exit:
    from shopkeeper.errors import ShopkeeperError

    if not isinstance(exc, ShopkeeperError):
        raise exc
    err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint:[/] {exc.hint}" if exc.hint else ""))
    return typer.Exit(code)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the store schema to the latest version (safe to run again)."""
    from knowledge.migrate import upgrade
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    url = get_settings().db_url
    try:
        revision = upgrade(url)
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    console.print(f"store schema at revision [bold]{revision}[/] ({_safe_url(url)})")


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def demo(
    seed: int = typer.Option(7, help="Random seed: the same seed builds the same store."),
    products: int = typer.Option(3000, min=1, max=500_000, help="How many products."),
    sales_days: int = typer.Option(365, min=0, max=3 * 366, help="Days of daily sales history."),
    sales_products: int | None = typer.Option(None, min=0, help="Products with sales history (default up to 5,000)."),
    force: bool = typer.Option(False, "--force", help="Replace a store that holds imported (non-demo) data."),
) -> None:
    """Build the generated demo store (replaces the current demo store; never an imported one without --force)."""
    from knowledge.demo import build_demo_store, is_demo_store
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    url = get_settings().db_url
    try:
        state = is_demo_store(url)
        if state is False and not force:
            err.print(
                f"[red]refusing:[/] the store at {_safe_url(url)} holds imported (non-demo) products; "
                "`shopkeeper demo` would delete them.\n[dim]hint:[/] pass --force to replace it, or point "
                "SHOPKEEPER_DB__URL at another database"
            )
            raise typer.Exit(2)
        summary = build_demo_store(
            url, seed=seed, products=products, sales_days=sales_days, progress=True, sales_products=sales_products
        )
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    _print_summary(summary)


def _print_summary(s: DemoSummary) -> None:
    table = Table(title=f"Demo store (seed {s.seed}, today {s.today}) built in {s.seconds:.1f} s", show_lines=False)
    table.add_column("what")
    table.add_column("rows", justify="right")
    for label, value in (
        ("categories", s.categories),
        ("products", s.products),
        ("titles & descriptions (en/ru/zh)", s.product_texts),
        ("variants", s.variants),
        ("locations (planogram)", s.locations),
        ("stock rows", s.stock_rows),
        ("lots with expiry", s.lots),
        ("customers", s.customers),
        ("orders", s.orders),
        ("order lines", s.order_lines),
        ("policies (x3 languages)", s.policies),
        ("graph edges", s.edges),
        (f"daily sales ({s.sales_products:,} products)", s.daily_sales),
    ):
        table.add_row(label, f"{value:,}")
    table.add_row("orders by status", ", ".join(f"{k} {v}" for k, v in sorted(s.orders_by_status.items())))
    console.print(table)
    console.print(f"store: {_safe_url(s.db_url)}\nnext: [bold]shopkeeper index[/] to build the search index")


def _report(report: ImportReport) -> None:
    table = Table(title=f"import {report.source}: {report.path}")
    for col in ("read", "inserted", "updated", "rejected", "encoding", "seconds"):
        table.add_column(col, justify="right")
    table.add_row(
        f"{report.rows_read:,}",
        f"{report.inserted:,}",
        f"{report.updated:,}",
        f"{report.rejected:,}",
        report.encoding or "-",
        f"{report.seconds:.2f}",
    )
    console.print(table)
    for warning in report.warnings[:SHOW_ERRORS]:
        console.print(f"[yellow]warning:[/] {warning}")
    for issue in report.errors[:SHOW_ERRORS]:
        console.print(f"[red]line {issue.line}:[/] {issue.reason}", markup=True, highlight=False)
    if len(report.errors) > SHOW_ERRORS:
        console.print(
            f"... and {len(report.errors) - SHOW_ERRORS:,} more rejected rows "
            f"(all recorded in import run #{report.run_id})"
        )
    if report.fatal:
        console.print(f"[red]stopped:[/] {report.fatal}")
    console.print(f"recorded as import run #{report.run_id}; next: [bold]shopkeeper index[/] to make it searchable")


def _run_import(fn: object, *args: object, **kwargs: object) -> None:
    from shopkeeper.errors import ShopkeeperError

    try:
        report = fn(*args, **kwargs)  # type: ignore[operator]
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    _report(report)
    if not report.ok:
        raise typer.Exit(1)


@import_app.command("csv")
def import_csv_cmd(
    path: Annotated[Path, typer.Argument(help="The CSV file (delimiter detected: , ; tab |; encoding detected).")],
    map_: str | None = typer.Option(
        None,
        "--map",
        help="field=Column pairs, e.g. external_id=ID,title=Name,price=Price,stock_qty=Qty. Fields: external_id, "
        "sku, title, description, price, currency, brand, category, attributes, image_url, stock_qty, rating, "
        "review_count, language. Unmapped fields are matched by usual column names.",
    ),
    source: str = typer.Option("csv", help="Name of this catalog source; re-imports with the same name update."),
    currency: str = typer.Option("USD", help="Currency when the file has no currency column."),
    language: str = typer.Option("en", help="Language of titles and descriptions (en, ru, zh...)."),
) -> None:
    """Import products from any CSV with a column mapping."""
    from knowledge.importers import import_csv
    from shopkeeper.settings import get_settings

    _run_import(
        import_csv,
        get_settings().db_url,
        path,
        map_,
        source=source,
        currency=currency,
        language=language,
        progress=True,
    )


@import_app.command("shopify")
def import_shopify_cmd(
    path: Annotated[Path, typer.Argument(help="Shopify products_export.csv")],
    currency: str = typer.Option("USD", help="The shop's currency (the export does not say)."),
) -> None:
    """Import a Shopify product export (rows of one Handle become one product with variants)."""
    from knowledge.importers import import_shopify
    from shopkeeper.settings import get_settings

    _run_import(import_shopify, get_settings().db_url, path, currency=currency, progress=True)


@import_app.command("wands")
def import_wands_cmd(
    directory: Annotated[Path, typer.Argument(help="WANDS directory with product.csv, query.csv, label.csv")],
) -> None:
    """Import the products of a WANDS-format dataset (tab-separated)."""
    from knowledge.importers import import_wands
    from shopkeeper.settings import get_settings

    _run_import(import_wands, get_settings().db_url, directory, progress=True)


def register(app: typer.Typer) -> None:
    """Add this package's commands to ``app``."""
    app.add_typer(db_app, name="db")
    app.command("demo")(demo)
    app.add_typer(import_app, name="import")
