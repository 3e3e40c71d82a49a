"""``shopkeeper rank train --dataset DIR`` and ``shopkeeper rank status``: the learned re-ranker of a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

console = Console()
rank_app = typer.Typer(help="Learned re-ranking of search results: train it on labelled queries of your catalog.",
                       no_args_is_help=True)


@rank_app.command("train")
def train_cmd(
    dataset: Annotated[Path, typer.Option("--dataset", help="WANDS-format folder with query.csv and label.csv.")],
    out: Annotated[Path | None, typer.Option("--out", help="Model file (default: <data_dir>/models/ranker.json).")]
    = None,
    validation_share: float = typer.Option(0.2, "--validation-share", min=0.0, max=0.9,
                                           help="Share of queries held out to check the model (by id hash)."),
    source: str = typer.Option(None, "--source", help="Only products imported from this source (e.g. wands)."),
    force: bool = typer.Option(False, "--force", help="Install the model even if validation says it is worse."),
) -> None:
    """Train the re-ranker on labelled queries of the store's own (imported and indexed) catalog."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from knowledge.rank.train import train_for_store
    from knowledge.services import get_services
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    settings = get_settings()
    try:
        with Progress(TextColumn("[bold]features"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("features", total=None)
            result = train_for_store(settings, get_services(settings), dataset, out=out, source=source,
                                     validation_share=validation_share, force=force,
                                     progress=lambda n, total: bar.update(task, completed=n, total=total))
    except ShopkeeperError as exc:
        console.print(f"[red]{exc.message}[/red]" + (f"\n[dim]{exc.hint}[/dim]" if exc.hint else ""))
        raise typer.Exit(1) from exc
    console.print(f"Trained on {result.train_queries:,} queries ({len(result.model.trees)} trees).")
    if result.ndcg10_learned is not None and result.ndcg10_fusion is not None:
        console.print(f"Validation ({result.validation_queries:,} queries) nDCG@10: fusion "
                      f"{result.ndcg10_fusion:.3f} → learned {result.ndcg10_learned:.3f}")
    if result.installed:
        console.print(f"Installed: {result.path} (search uses it from the next start)")
    else:
        console.print(f"[yellow]Not installed: worse than the fusion on validation.[/yellow] Kept at {result.path}; "
                      "--force installs it anyway.")


@rank_app.command("status")
def status_cmd() -> None:
    """Which ranking model search uses, and what it was trained on."""
    from knowledge.rank.model import load_ranker, model_path
    from shopkeeper.settings import get_settings

    settings = get_settings()
    path = model_path(settings)
    model = load_ranker(settings)
    if model is None:
        why = ("SHOPKEEPER_SEARCH__RANKER=off" if settings.search.ranker == "off"
               else f"none at {path or settings.models_dir / 'ranker.json'}; `shopkeeper rank train` makes one")
        console.print(f"No ranking model in use ({why}): hybrid search ranks by {settings.search.fusion} fusion.")
        return
    console.print(f"Ranking model: {path} · {len(model.trees)} trees")
    for k, v in model.meta.items():
        if k != "params":
            console.print(f"  {k}: {v}")


def register(app: typer.Typer) -> None:
    app.add_typer(rank_app, name="rank")
