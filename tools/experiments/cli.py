"""``shopkeeper experiments``: list the A/B experiments, show one's results per variant, define, start or stop one.

Exit code 2 when the store is unusable, the experiment is unknown or a definition is invalid.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)
experiments = typer.Typer(help="A/B experiments on chat sessions: variants, outcomes, significance.")


def _fail(exc: Exception) -> typer.Exit:
    from shopkeeper.errors import ShopkeeperError

    if isinstance(exc, ShopkeeperError):
        err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint:[/] {exc.hint}" if exc.hint else ""))
        return typer.Exit(2)
    raise exc


def _db_url() -> str:
    from shopkeeper.settings import get_settings

    return get_settings().db_url


def _p(p: float | None) -> str:
    return "-" if p is None else f"{p:.4f}"


@experiments.command("list")
def list_cmd(active: bool = typer.Option(False, "--active", help="Only the running experiments.")) -> None:
    """The experiments: variants with their weights and what each changes."""
    from shopkeeper.errors import ShopkeeperError
    from tools.experiments import store

    try:
        rows = store.list_experiments(_db_url(), active_only=active)
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    table = Table("experiment", "state", "variant", "weight", "changes")
    for spec in rows:
        for i, v in enumerate(spec.variants):
            config = ", ".join(f"{k}={val}" for k, val in v.config.items()) or "(default)"
            table.add_row(
                spec.name if i == 0 else "",
                ("running" if spec.active else "stopped") if i == 0 else "",
                v.name + (" (control)" if i == 0 else ""),
                f"{v.weight:g}",
                config,
            )
    console.print(table if rows else "no experiments yet: `shopkeeper experiments create --json ...`")


@experiments.command("results")
def results_cmd(
    name: str = typer.Argument(..., help="The experiment's name."),
    min_sample: int = typer.Option(100, min=1, help="Sessions per variant below which results are flagged."),
) -> None:
    """Per variant: sessions, add-to-cart and hand-over rates and turns with 95% intervals, and tests against the
    control (two-proportion z-test, chi-square over all variants, Mann-Whitney U for turns)."""
    from shopkeeper.errors import ShopkeeperError
    from tools.experiments import store
    from tools.experiments.results import summarize

    try:
        spec, rows = store.sessions_of(_db_url(), name)
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    res = summarize(spec, rows, min_sample)
    table = Table(
        "variant",
        "sessions",
        "add-to-cart (95% CI)",
        "p vs control",
        "hand-over (95% CI)",
        "p vs control",
        "turns mean (95% CI)",
        "median",
        "p (Mann-Whitney)",
        title=f"{res.name} ({'running' if res.active else 'stopped'}; control {res.control})",
    )
    for v in res.variants:
        cart, esc, turns = v.add_to_cart, v.escalation, v.turns
        table.add_row(
            v.name,
            str(v.sessions),
            f"{cart.rate:.1%} ({cart.ci95.low:.1%}-{cart.ci95.high:.1%})",
            _p(cart.p_value),
            f"{esc.rate:.1%} ({esc.ci95.low:.1%}-{esc.ci95.high:.1%})",
            _p(esc.p_value),
            f"{turns.mean:.2f} ({turns.ci95_mean.low:.2f}-{turns.ci95_mean.high:.2f})" if turns else "-",
            f"{turns.median:g}" if turns else "-",
            _p(turns.p_value if turns else None),
        )
    console.print(table)
    console.print(
        f"chi-square across variants: add-to-cart p={_p(res.chi2_add_to_cart_p)}, "
        f"hand-over p={_p(res.chi2_escalation_p)}"
    )
    for w in res.warnings:
        console.print(f"[yellow]warning:[/] {w}")


@experiments.command("create")
def create_cmd(
    spec_json: str = typer.Option(
        ...,
        "--json",
        help='The definition, or @FILE: {"name": "upsell-1", "variants": '
        '[{"name": "A", "weight": 1}, {"name": "B", "weight": 1, "config": '
        '{"upsell_strategy": "complements_first"}}]}; the first variant is the control.',
    ),
) -> None:
    """Define an experiment; it runs at once (every worker picks it up within half a minute)."""
    from pydantic import ValidationError

    from shopkeeper.errors import ShopkeeperError
    from tools.experiments import store
    from tools.experiments.models import ExperimentSpec

    text = Path(spec_json[1:]).read_text(encoding="utf-8") if spec_json.startswith("@") else spec_json
    try:
        spec = ExperimentSpec.model_validate_json(text)
    except ValidationError as exc:
        err.print(f"[red]error:[/] invalid experiment: {exc}")
        raise typer.Exit(2) from None
    try:
        store.create(_db_url(), spec)
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    console.print(f"experiment {spec.name} created with variants {', '.join(v.name for v in spec.variants)}")


def _set(name: str, active: bool) -> None:
    from shopkeeper.errors import ShopkeeperError
    from tools.experiments import store

    try:
        store.set_active(_db_url(), name, active)
    except ShopkeeperError as exc:
        raise _fail(exc) from exc
    console.print(f"experiment {name} {'running' if active else 'stopped'}")


@experiments.command("stop")
def stop_cmd(name: str = typer.Argument(..., help="The experiment's name.")) -> None:
    """Stop assigning sessions (the results stay)."""
    _set(name, False)


@experiments.command("start")
def start_cmd(name: str = typer.Argument(..., help="The experiment's name.")) -> None:
    """Run a stopped experiment again (sessions keep their variants: assignment is a hash)."""
    _set(name, True)


def register(app: typer.Typer) -> None:
    app.add_typer(experiments, name="experiments")
