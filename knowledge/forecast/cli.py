"""``shopkeeper forecast``: forecast daily demand per product from the sales history and store it (see
shopkeeper.cli). Exit code 2 when the store or the configured backend is unusable."""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)


def forecast(
    horizon: int | None = typer.Option(None, min=1, max=90, help="Days ahead (default: settings, 14)."),
    today: str | None = typer.Option(None, help="The store's today, YYYY-MM-DD (default: the current date)."),
    backend: str | None = typer.Option(
        None, help="local, or a Fugue engine: native, dask, ray, spark (default: SHOPKEEPER_FORECAST__BACKEND)."
    ),
    n_jobs: int | None = typer.Option(
        None, "--n-jobs", min=-1, help="Worker processes, -1 for every core (default: SHOPKEEPER_FORECAST__N_JOBS)."
    ),
) -> None:
    """Forecast daily demand of every product with sales (model chosen per series) and store it for the manager
    tools ("what runs out this weekend", reorder suggestions, demand next week)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from knowledge.forecast.run import count_series, run_forecast
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    settings = get_settings()
    cfg = settings.forecast.model_copy(
        update={k: v for k, v in (("horizon_days", horizon), ("backend", backend), ("n_jobs", n_jobs)) if v is not None}
    )
    try:
        day = dt.date.fromisoformat(today) if today else None
    except ValueError:
        err.print(f"[red]error:[/] --today must be a date like 2026-12-02, not {today!r}")
        raise typer.Exit(2) from None
    try:
        total = count_series(settings.db_url, day)
        with Progress(
            TextColumn("forecasting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("series"),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        ) as bar:
            task = bar.add_task("series", total=total)
            summary = run_forecast(settings.db_url, cfg, day, progress=lambda n: bar.advance(task, n))
    except ShopkeeperError as exc:
        err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint:[/] {exc.hint}" if exc.hint else ""))
        raise typer.Exit(2) from None
    table = Table(title=f"Demand forecast · store {summary.store} · {summary.first_day} .. {summary.last_day}")
    table.add_column("model chosen")
    table.add_column("series", justify="right")
    for model, n in summary.models.items():
        table.add_row(model, str(n))
    console.print(table)
    console.print(f"{summary.series} series, {summary.rows} forecast rows stored in {summary.seconds:.1f} s")


def register(app: typer.Typer) -> None:
    app.command("forecast")(forecast)
