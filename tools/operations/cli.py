"""``shopkeeper ops``: the manager console's board and tasks in a terminal. ``board`` (out of stock by aisle),
``tasks`` (by state), ``scan`` (new events -> tasks) and ``close`` (report a task done, or enter a count, which
checks it as the loop does: verified or failed).

These read and write the store DB only, never the search index, so they work while ``shopkeeper serve`` runs.
The commands call the same manager-only typed tools as the console, as a manager: whoever can run the command on
the store's machine is trusted with the store DB already. Exit code 2 when the store is unusable or a step refused.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from tools.base import ToolContext

console = Console()
err = Console(stderr=True)
ops = typer.Typer(help="Store operations: out-of-stock board, tasks and their checks (the manager console's).")


def _ctx(language: str, by: str) -> ToolContext:
    from shopkeeper.settings import get_settings
    from tools.base import Role, ToolContext

    return ToolContext(role=Role.MANAGER, session_id=f"cli:{by}", settings=get_settings(), locale=language)


def _run(coro: Any) -> Any:
    from shopkeeper.errors import ShopkeeperError

    try:
        return asyncio.run(coro)
    except ShopkeeperError as exc:
        err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint:[/] {exc.hint}" if exc.hint else ""))
        raise typer.Exit(2) from None


@ops.command("board")
def board_cmd(
    aisle: str | None = typer.Option(None, help="One aisle (e.g. 4); all when missing."),
    lang: str = typer.Option("en", help="Title language: en, ru or zh."),
    in_backroom: bool = typer.Option(False, "--in-backroom", help="Only products the back room holds."),
) -> None:
    """What is out of stock on the shelves, by aisle: the system's zeros and phantom stock (seen empty)."""
    from tools.inventory import OutOfStockInput, out_of_stock

    out = _run(
        out_of_stock(
            OutOfStockInput(aisle=aisle, language=lang, limit=500, in_backroom=in_backroom), _ctx(lang, "board")
        )
    )
    table = Table(title=f"Out of stock · {'aisle ' + out.aisle if out.aisle else 'all aisles'} · {out.total} products")
    for col in ("aisle", "shelf", "SKU", "product", "system", "seen", "back room", ""):
        table.add_column(col)
    for r in out.rows:
        seen = "–" if r.qty_shelf is None else str(r.qty_shelf)
        table.add_row(
            r.aisle,
            r.shelf,
            r.sku,
            r.title,
            str(r.qty_system),
            seen,
            str(r.backroom_qty),
            "phantom" if r.phantom else "",
        )
    console.print(table)


@ops.command("tasks")
def tasks_cmd(
    state: str = typer.Option("active", help="active, open, in_progress, done, verified, failed or all."),
    aisle: str | None = typer.Option(None, help="One aisle; all when missing."),
    lang: str = typer.Option("en", help="Title language: en, ru or zh."),
    limit: int = typer.Option(50, min=1, max=500),
) -> None:
    """Store tasks, most urgent first."""
    from tools.operations.tool import ListTasksInput, list_tasks

    try:
        data = ListTasksInput(state=state, aisle=aisle, language=lang, limit=limit)
    except ValueError:
        err.print("[red]error:[/] --state must be one of active, open, in_progress, done, verified, failed, all")
        raise typer.Exit(2) from None
    out = _run(list_tasks(data, _ctx(lang, "tasks")))
    table = Table(title=f"Tasks · {state} · {len(out.rows)} of {out.total}")
    for col in ("id", "kind", "state", "prio", "due", "SKU", "product", "place", "why / last step"):
        table.add_column(col)
    for t in out.rows:
        due = t.due_at.strftime("%m-%d %H:%M") if t.due_at else ""
        place = f"{t.aisle}-{t.shelf}" + (f":{t.position}" if t.position is not None else "") if t.aisle else ""
        why = t.reason + (f" · {t.note}" if t.note and t.note != t.reason else "")
        table.add_row(
            str(t.id),
            t.kind,
            t.state + (" (overdue)" if t.overdue else ""),
            str(t.priority),
            due,
            t.sku,
            t.title,
            place,
            why,
        )
    console.print(table)


@ops.command("scan")
def scan_cmd() -> None:
    """Scan stock and lots for new events and turn every unhandled event into a task."""
    from shopkeeper.settings import get_settings
    from tools.operations.tool import ScanInput, plan_store_tasks

    report = _run(plan_store_tasks(ScanInput(store=get_settings().forecast.store), _ctx("en", "scan")))
    console.print(
        f"{report.events} new events; tasks created {report.tasks_created or 'none'}, "
        f"joined {report.tasks_joined or 'none'}" + (f"; no task: {report.no_task}" if report.no_task else "")
    )


@ops.command("close")
def close_cmd(
    task_id: int = typer.Argument(..., min=1, help="The task's number (see `shopkeeper ops tasks`)."),
    count: int | None = typer.Option(None, min=0, help="Units counted on the shelf (or of the lot): checks the task."),
    done: bool = typer.Option(False, "--done", help="Report the task done; a photo or a count checks it later."),
    moved: int | None = typer.Option(None, min=0, help="With --done on a restock: units brought from the back room."),
    by: str = typer.Option(..., help="Who closes it (logged)."),
) -> None:
    """Close a task: a count checks it at once (verified when it agrees, failed when not); --done reports it."""
    from tools.operations.tool import EnterCountInput, ReportDoneInput, enter_count, report_task_done

    if (count is None) == (not done):
        err.print("[red]error:[/] give --count N (checks the task) or --done (reports it), one of them")
        raise typer.Exit(2)
    ctx = _ctx("en", by)
    if count is not None:
        out = _run(enter_count(EnterCountInput(task_id=task_id, qty=count, by=by), ctx))
    else:
        out = _run(report_task_done(ReportDoneInput(task_id=task_id, qty_moved=moved, by=by), ctx))
    t = out.task
    console.print(f"task {t.id} ({t.kind}, {t.sku}) is [bold]{t.state}[/bold]" + (f": {t.note}" if t.note else ""))


def register(app: typer.Typer) -> None:
    app.add_typer(ops, name="ops")
