"""``shopkeeper telegram --mode polling|webhook``: run the Telegram bot over the assistant."""

from __future__ import annotations

import asyncio
from typing import Annotated, Literal

import typer


def telegram(
    mode: Annotated[
        str | None,
        typer.Option(help="polling (no public address needed) or webhook (default: settings.telegram.mode)."),
    ] = None,
) -> None:
    """Run the Telegram bot (token: SHOPKEEPER_TELEGRAM__TOKEN; see README, "Telegram")."""
    from shopkeeper.errors import DependencyMissing, ShopkeeperError
    from shopkeeper.settings import get_settings

    if mode is not None and mode not in ("polling", "webhook"):
        raise typer.BadParameter("use polling or webhook", param_hint="--mode")
    chosen: Literal["polling", "webhook"] | None = (
        "webhook" if mode == "webhook" else ("polling" if mode == "polling" else None)
    )
    try:
        try:
            from channels.telegram.run import serve
        except ImportError as exc:
            raise DependencyMissing("aiogram", "telegram") from exc
        asyncio.run(serve(get_settings(), mode=chosen))
    except ShopkeeperError as exc:
        typer.echo(exc.message + (f"\n{exc.hint}" if exc.hint else ""), err=True)
        raise typer.Exit(1) from exc
    except KeyboardInterrupt:
        pass


def register(app: typer.Typer) -> None:
    app.command("telegram")(telegram)
