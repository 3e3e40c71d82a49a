"""``shopkeeper index [--rebuild]`` and ``shopkeeper search [QUERY]`` (one shot, or an interactive prompt)."""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def _fail(exc: Exception) -> None:
    from shopkeeper.errors import ShopkeeperError

    if isinstance(exc, ShopkeeperError):
        console.print(f"[red]{exc.message}[/red]" + (f"\n[dim]{exc.hint}[/dim]" if exc.hint else ""))
        raise typer.Exit(1) from exc
    raise exc


def index_cmd(
    rebuild: bool = typer.Option(False, "--rebuild", help="Drop the index and build it again from the DB."),
) -> None:
    """Build the search index, or bring it up to date with the store DB (only changed products)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from knowledge.indexing import build_index
    from knowledge.services import get_services
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    settings = get_settings()
    try:
        embedder = get_services(settings).embedder
        with Progress(TextColumn("[bold]indexing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("index", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            result = build_index(settings, embedder, rebuild=rebuild, progress=progress)
    except ShopkeeperError as exc:
        _fail(exc)
        return
    if result.mode == "rebuild":
        console.print(f"Indexed {result.indexed:,} products in {result.seconds:.1f} s → {settings.index_path}")
    else:
        console.print(
            f"Index up to date: {result.indexed:,} re-indexed, {result.payload_refreshed:,} stock/price refreshed, "
            f"{result.deleted:,} removed; {result.total:,} products ({result.seconds:.1f} s)"
        )


def _show(out: Any) -> None:
    p = out.parsed
    understood = [f"text: [bold]{p.text}[/bold]", f"lang: {p.language}"]
    if p.corrected:
        understood.append(f"corrected: {p.corrected}")
    if p.price_min is not None or p.price_max is not None:
        cur = f" (said {p.currency})" if p.currency else ""
        understood.append(f"price: {p.price_min or ''}–{p.price_max or ''}{cur}")
    if p.category:
        understood.append(f"category: {p.category}")
    if p.attributes:
        understood.append("attributes: " + ", ".join(f"{k}={v}" for k, v in p.attributes.items()))
    if p.exclude_terms:
        understood.append("not: " + ", ".join(p.exclude_terms))
    console.print("[dim]" + " · ".join(understood) + f" · {out.mode}, {out.took_ms:.0f} ms[/dim]")
    if out.notice:
        console.print(f"[yellow]{out.notice}[/yellow]")
    table = Table(show_lines=False)
    for col in ("#", "product", "price", "stock", "location", "why"):
        table.add_column(col, overflow="fold")
    for i, h in enumerate(out.hits, 1):
        stock = f"[green]{h.stock_qty}[/green]" if h.in_stock else "[red]out[/red]"
        table.add_row(str(i), f"{h.title}\n[dim]{h.sku}[/dim]", f"{h.price} {h.currency}", stock,
                      h.location or "", h.reason)
    console.print(table if out.hits else "[dim]no products found[/dim]")


def search_cmd(
    query: str = typer.Argument(None, help="What to look for; leave out for an interactive prompt."),
    lang: str = typer.Option(None, "--lang", help="en, ru or zh (detected when left out)."),
    limit: int = typer.Option(8, "--limit", min=1, max=50),
    mode: str = typer.Option("hybrid", "--mode", help="hybrid, dense or bm25."),
) -> None:
    """Search the catalog the way the assistant does: price, stock and location from the store DB."""
    from knowledge.search import SearchRequest, get_engine
    from knowledge.services import get_services
    from shopkeeper.errors import InputRejected, ShopkeeperError
    from shopkeeper.settings import get_settings

    if mode not in ("hybrid", "dense", "bm25"):
        raise typer.BadParameter("mode must be hybrid, dense or bm25")
    engine = get_engine(get_services(get_settings()))

    def run(q: str) -> None:
        out = engine.search(SearchRequest(q, language=lang, limit=limit, mode=mode))  # type: ignore[arg-type]
        _show(out)

    if query is not None:
        try:
            run(query)
        except ShopkeeperError as exc:
            _fail(exc)
        return
    console.print("[bold]Shopkeeper search[/bold] — type what you are looking for (empty line or Ctrl-D to quit)")
    while True:
        try:
            q = console.input("[bold cyan]search>[/bold cyan] ")
        except (EOFError, KeyboardInterrupt):
            break
        if not q.strip():
            break
        try:
            run(q)
        except InputRejected as exc:
            console.print(f"[yellow]{exc.message}[/yellow]")
        except ShopkeeperError as exc:
            console.print(f"[red]{exc.message}[/red]" + (f" [dim]({exc.hint})[/dim]" if exc.hint else ""))


def register(app: typer.Typer) -> None:
    """Add this package's commands to ``app``."""
    from knowledge.rank.cli import register as register_rank

    app.command("index")(index_cmd)
    app.command("search")(search_cmd)
    register_rank(app)  # shopkeeper rank train|status
