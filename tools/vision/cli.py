"""``shopkeeper vision``: shelves, generate, train, analyze. Heavy work runs in the vision worker (own environment)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console()
vision_app = typer.Typer(
    help="Shelf vision: synthetic shelf photos, a YOLO detector, gaps and phantom stock.", no_args_is_help=True
)


def _fail(exc: Exception) -> typer.Exit:
    from shopkeeper.errors import ShopkeeperError

    if isinstance(exc, ShopkeeperError):
        console.print(f"[red]{exc.message}[/red]" + (f"\n[dim]{exc.hint}[/dim]" if exc.hint else ""))
    else:
        console.print(f"[red]{exc}[/red]")
    return typer.Exit(1)


@vision_app.command("shelves")
def shelves_cmd(store: str = typer.Option("main", help="Store code.")) -> None:
    """List the planogram's shelves (use them as --shelf AISLE-SHELF[:FROM-TO])."""
    from knowledge.planogram import list_shelves
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    try:
        rows = list_shelves(get_settings().db_url, store)
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    table = Table(title=f"Shelves of store {store}")
    table.add_column("shelf id")
    table.add_column("positions", justify="right")
    for aisle, shelf, n in rows:
        table.add_row(f"{aisle}-{shelf}", str(n))
    console.print(table)


@vision_app.command("generate")
def generate_cmd(
    out: Annotated[Path, typer.Argument(help="Folder for the photos (JPEG) and truth.jsonl.")],
    shelf: str = typer.Option(..., "--shelf", help="AISLE-SHELF[:FROM-TO], e.g. 4-B:1-6."),
    count: int = typer.Option(1, min=1, help="Photos to draw."),
    empty: str = typer.Option(
        "store", help="'store': gaps where the store last saw none (qty_shelf 0); 'random'; or positions, e.g. '2,5'."
    ),
    seed: int = typer.Option(0),
) -> None:
    """Draw synthetic photos of one shelf section from the planogram, with their ground truth."""
    import json

    from knowledge.planogram import load_shelf, parse_shelf_id
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings
    from tools.vision.synth import render

    try:
        plan = load_shelf(get_settings().db_url, parse_shelf_id(shelf))
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    if empty == "store":
        empties: set[int] | None = {s.position for s in plan.slots if s.qty_shelf == 0}
    elif empty == "random":
        empties = None
    else:
        try:
            empties = {int(p) for p in empty.split(",") if p.strip()}
        except ValueError as exc:
            raise _fail(ValueError(f"--empty: not a list of positions: {empty!r}")) from exc
    out.mkdir(parents=True, exist_ok=True)
    with (out / "truth.jsonl").open("a", encoding="utf-8") as fh:
        for i in range(count):
            img, photo = render(plan, empties, seed=seed + i)
            name = f"shelf_{plan.shelf.aisle}-{plan.shelf.shelf}_{seed + i:04d}.jpg"
            img.save(out / name, quality=92)
            fh.write(json.dumps({"image": name, "photo": photo.model_dump()}) + "\n")
            console.print(f"{out / name}: empty positions {sorted(photo.empty_positions) or 'none'}")


@vision_app.command("train")
def train_cmd(
    epochs: int = typer.Option(25, min=1, help="Training epochs."),
    images: int = typer.Option(160, min=8, help="Synthetic training photos."),
    val_images: int = typer.Option(40, min=4, help="Synthetic validation photos (other aisles)."),
    imgsz: int | None = typer.Option(None, help="Image size (default: settings vision.imgsz)."),
    batch: int = typer.Option(8, min=1),
    mosaic: float = typer.Option(0.0, min=0.0, max=1.0, help="ultralytics' mosaic augmentation (0: off)."),
    out: Annotated[Path | None, typer.Option(help="Where the weights go (default: settings vision.weights).")] = None,
    seed: int = typer.Option(0),
) -> None:
    """Train the shelf detector from a YOLO yaml on synthetic photos of this store's planogram (no download)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings
    from tools.vision.client import config_dir, default_weights, run_worker
    from tools.vision.dataset import split_by_aisle, store_sections, write_dataset
    from tools.vision.protocol import Progress as WorkerProgress
    from tools.vision.protocol import TrainRequest, TrainResult

    settings = get_settings()
    v = settings.vision
    work = (settings.data_dir / "models" / "vision").resolve()
    target = (out or default_weights(settings)).resolve()
    t0 = time.perf_counter()
    try:
        plans = store_sections(settings.db_url, v.positions_per_photo)
        train, val, _test = split_by_aisle(plans)  # the test aisles stay unseen: evals/vision uses them
        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[info]}"),
            TimeElapsedColumn(),
            console=console,
        ) as bar:
            tasks: dict[str, TaskID] = {}

            def step(stage: str, done: int, total: int, info: str = "") -> None:
                if stage not in tasks:
                    tasks[stage] = bar.add_task(stage, total=max(total, 1), info="")
                bar.update(tasks[stage], completed=min(done, total), total=max(total, 1), info=info)

            shutil.rmtree(work / "dataset", ignore_errors=True)
            data = write_dataset(
                work / "dataset",
                train,
                val,
                n_train=images,
                n_val=val_images,
                seed=seed,
                progress=lambda s, d, t: step(f"drawing {s} photos", d, t),
            )

            def on_progress(p: WorkerProgress) -> None:
                if p.stage == "train":
                    step("training", p.done, p.total, f"epoch {int(p.info.get('epoch', 0))}/{epochs}")
                elif p.stage == "epoch":
                    step("validation mAP50", p.done, p.total, f"mAP50 {p.info.get('mAP50', 0):.3f}")

            req = TrainRequest(
                data_yaml=data.data_yaml,
                model_yaml=v.model_yaml,
                out_dir=str(work / "runs"),
                epochs=epochs,
                imgsz=imgsz or v.imgsz,
                batch=batch,
                mosaic=mosaic,
                device=v.device,
                seed=seed,
                config_dir=str(config_dir(settings)),
            )
            result = run_worker(settings, req, TrainResult, progress=on_progress)
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(result.weights, target)
    console.print(
        f"weights: {target} ({target.stat().st_size / 1e6:.1f} MB); training {result.seconds:.0f} s, "
        f"total {time.perf_counter() - t0:.0f} s; "
        f"mAP50 {result.metrics.get('metrics/mAP50(B)', float('nan')):.3f} on the validation aisles"
    )


@vision_app.command("analyze")
def analyze_cmd(
    photo: Annotated[Path, typer.Argument(help="A photo of one shelf section.")],
    shelf: str = typer.Option(..., "--shelf", help="AISLE-SHELF[:FROM-TO] the photo shows, e.g. 4-B:1-6."),
    weights: Annotated[Path | None, typer.Option(help="Your own YOLO weights (default: the trained ones).")] = None,
    store: str = typer.Option("main", help="Store code."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the reading without writing events."),
) -> None:
    """Map the photo's detections to the planogram; record gap events and flag phantom stock."""
    from knowledge.planogram import parse_shelf_id
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings
    from tools.vision.analyze import YoloDetector, analyze_photo

    settings = get_settings()
    try:
        result = analyze_photo(
            settings, photo, parse_shelf_id(shelf, store), YoloDetector(settings, weights), record=not dry_run
        )
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    events = {r.position: r for r in result.recorded}
    table = Table(title=f"Shelf {result.shelf}: {len(result.gaps)} gap(s), {result.boxes} boxes, {result.ms:.0f} ms")
    for col in ("position", "state", "faces seen", "confidence", "events"):
        table.add_column(col)
    for r in result.readings:
        rec = events.get(r.position)
        table.add_row(
            str(r.position), r.state, str(r.facings_seen), f"{r.confidence:.2f}", ", ".join(rec.events) if rec else ""
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(vision_app, name="vision")
