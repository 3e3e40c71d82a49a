"""``shopkeeper graph build``: rebuild the knowledge graph's derived edges from the store's catalog and orders."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

console = Console()
graph_app = typer.Typer(help="The knowledge graph (complements, co-purchase, substitutes, policies).",
                        no_args_is_help=True)


@graph_app.command("build")
def build_cmd(
    embeddings: bool = typer.Option(True, "--embeddings/--no-embeddings",
                                    help="Find substitutes with the embedding model (else by title word overlap)."),
) -> None:
    """Rebuild the graph from the catalog and the orders (works for imported catalogs too); safe to run again."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from knowledge.graph import build_graph
    from knowledge.services import get_services
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    settings = get_settings()
    try:
        embedder = get_services(settings).embedder if embeddings else None
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True) as bar:
            tasks: dict[str, TaskID] = {}

            def progress(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=max(total, 1))
                bar.update(tasks[stage], completed=done, total=max(total, 1))

            summary = build_graph(settings.db_url, embedder, progress=progress)
    except ShopkeeperError as exc:
        console.print(f"[red]{exc.message}[/red]" + (f"\n[dim]{exc.hint}[/dim]" if exc.hint else ""))
        raise typer.Exit(1) from exc
    table = Table(title=f"Knowledge graph from {summary.products:,} products and {summary.orders:,} orders")
    table.add_column("edge")
    table.add_column("count", justify="right")
    for rel, n in summary.edges.items():
        table.add_row(rel, f"{n:,}")
    console.print(table)
    console.print(f"built in {summary.seconds:.1f} s")


def register(app: typer.Typer) -> None:
    app.add_typer(graph_app, name="graph")
