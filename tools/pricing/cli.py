"""``shopkeeper pricing``: make markdown proposals (with a progress bar), list them, approve or reject one.

Approving here changes the store DB at once; the search index's price payload is refreshed by the next
``shopkeeper index`` (a running server owns the embedded index: approve in its console to refresh it at once).
Exit code 2 when the store is unusable or a decision is refused.
"""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)
pricing = typer.Typer(help="Price proposals: markdowns for overstock and expiring lots, approved by a person.")


def _fail(exc: Exception) -> typer.Exit:
    from shopkeeper.errors import ShopkeeperError

    if isinstance(exc, ShopkeeperError):
        err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint:[/] {exc.hint}" if exc.hint else ""))
        return typer.Exit(2)
    raise exc


def _day(today: str | None) -> dt.date:
    from shopkeeper.settings import get_settings

    try:
        return dt.date.fromisoformat(today) if today else (get_settings().forecast.today or dt.date.today())
    except ValueError:
        err.print(f"[red]error:[/] --today must be a date like 2026-12-02, not {today!r}")
        raise typer.Exit(2) from None


@pricing.command("propose")
def propose_cmd(
    today: str | None = typer.Option(None, help="The store's today, YYYY-MM-DD (default: the current date)."),
    store_name: str | None = typer.Option(None, "--store", help="Store (default: SHOPKEEPER_FORECAST__STORE)."),
    show: int = typer.Option(20, min=0, help="Proposals to print."),
) -> None:
    """Estimate price elasticities from the sales history and propose markdowns for overstock and expiring lots;
    the proposals wait for a manager's approval (console, chat or `shopkeeper pricing approve`)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings
    from tools.pricing import store
    from tools.pricing.elasticity import elasticities
    from tools.pricing.proposals import propose

    settings = get_settings()
    cfg = settings.pricing
    day = _day(today)
    where = store_name or settings.forecast.store
    try:
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
        ) as bar:
            step = bar.add_task("elasticities", total=1)
            book = elasticities(settings.db_url, cfg, day)
            bar.update(step, completed=1)
            task = bar.add_task("products", total=None)
            drafts = propose(
                settings.db_url,
                cfg,
                where,
                day,
                book=book,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
            ids = store.save(settings.db_url, drafts, by="cli")
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    table = Table(title=f"Price proposals · store {where} · {day}")
    for col in ("id", "SKU", "product", "price", "proposed", "kind", "units", "revenue", "margin"):
        table.add_column(col, justify="right" if col in ("id", "price", "proposed") else "left")
    for pid, d in list(zip(ids, drafts, strict=True))[:show]:
        e = d.detail.effect
        table.add_row(
            str(pid),
            d.sku,
            d.title[:40],
            str(d.current_price),
            str(d.proposed_price),
            d.detail.kind,
            f"{e.units_before:g} → {e.units_after:g}",
            f"{e.revenue_before:.0f} → {e.revenue_after:.0f}",
            f"{e.margin_before:.0f} → {e.margin_after:.0f}",
        )
    console.print(table)
    console.print(
        f"{len(ids)} proposals stored ({len(book.categories)} category and {len(book.products)} product "
        f"elasticities); effects over {cfg.horizon_days} days"
    )


@pricing.command("list")
def list_cmd(
    state: str = typer.Option("proposed", help="proposed, applied, rejected or all."),
    language: str = typer.Option("en", help="Language of the drivers: en, ru, zh."),
    limit: int = typer.Option(20, min=1),
) -> None:
    """Price proposals with their drivers."""
    from knowledge.schema import ProposalState
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings
    from tools.pricing import store

    states = {
        "proposed": ProposalState.PROPOSED,
        "applied": ProposalState.APPLIED,
        "rejected": ProposalState.REJECTED,
        "all": None,
    }
    if state not in states:
        err.print(f"[red]error:[/] --state must be one of {', '.join(states)}")
        raise typer.Exit(2)
    try:
        rows, total = store.list_proposals(get_settings().db_url, states[state], language, limit)
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    for v in rows:
        console.print(
            f"[bold]#{v.id}[/] {v.sku} {v.title}: {v.current_price} → {v.proposed_price} {v.currency} "
            f"({v.change_pct:+.1f}%, {v.state})"
        )
        for line in v.drivers:
            console.print(f"    {line}")
    console.print(f"{len(rows)} of {total} shown")


def _decide(proposal_id: int, approve: bool, by: str, note: str) -> None:
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings
    from tools.pricing import store

    settings = get_settings()
    try:
        if approve:
            view, _ = store.approve(
                settings.db_url, proposal_id, by, settings.pricing, settings.forecast.today or dt.date.today()
            )
        else:
            view = store.reject(settings.db_url, proposal_id, by, note)
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    console.print(f"#{view.id} {view.sku}: {view.state} ({view.current_price} → {view.proposed_price})")
    if approve:
        console.print("[dim]the search index's price filter catches up at the next `shopkeeper index`[/]")


@pricing.command("approve")
def approve_cmd(proposal_id: int, by: str = typer.Option(..., help="Who approves (logged).")) -> None:
    """Approve a pending proposal: the price changes in the store DB at once."""
    _decide(proposal_id, True, by, "")


@pricing.command("reject")
def reject_cmd(
    proposal_id: int,
    by: str = typer.Option(..., help="Who rejects (logged)."),
    note: str = typer.Option("", help="Why."),
) -> None:
    """Reject a pending proposal."""
    _decide(proposal_id, False, by, note)


def register(app: typer.Typer) -> None:
    app.add_typer(pricing, name="pricing")
