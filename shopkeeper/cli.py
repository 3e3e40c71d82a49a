"""The ``shopkeeper`` command. Each package registers its own commands, so this file stays wiring only."""

from __future__ import annotations

import importlib

import typer

from shopkeeper.logs import setup_logging
from shopkeeper.settings import get_settings

app = typer.Typer(
    name="shopkeeper",
    help="Shopkeeper: an open-source AI shop assistant.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

# Modules that define ``register(app: typer.Typer) -> None``. Heavy imports stay inside the commands.
COMMAND_MODULES = (
    "knowledge.cli_store",  # db upgrade, demo, import
    "knowledge.cli_search",  # index, search
    "knowledge.graph_cli",  # graph build
    "agent.cli",  # models, ask
    "channels.cli",  # chat, serve
    "channels.web.cli_staff",  # staff add
    "voice.cli",  # kiosk (microphone and speaker, or a recorded question)
    "channels.telegram.cli",  # telegram (aiogram imported only when the command runs)
    "tools.vision.cli",  # vision shelves, generate, train, analyze
    "knowledge.forecast.cli",  # forecast (statsforecast imported only when the command runs)
    "tools.pricing.cli",  # pricing propose, list, approve, reject
    "tools.operations.cli",  # ops board, tasks, scan, close
    "tools.experiments.cli",  # experiments list, results, create, start, stop
)


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug lines.")) -> None:
    settings = get_settings()
    setup_logging("DEBUG" if verbose else settings.log_level, json_lines=settings.log_json)


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
