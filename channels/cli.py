"""CLI commands of the channels: ``shopkeeper serve`` (web app) and ``shopkeeper chat`` (terminal)."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from tools.base import Role


def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default: settings.server.host).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: settings.server.port).")] = None,
) -> None:
    """Run the web chat, the HTTP API and the websocket chat."""
    import uvicorn

    from shopkeeper.settings import get_settings

    settings = get_settings()
    host = host or settings.server.host
    port = port or settings.server.port
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"Shopkeeper web chat: http://{shown}:{port}  (API docs: http://{shown}:{port}/docs)")
    # proxy_headers=False: uvicorn would otherwise believe X-Forwarded-For from 127.0.0.1 by itself; the app decides
    # whom to believe (SHOPKEEPER_SERVER__TRUSTED_PROXIES), so per-client limits have one source of truth.
    uvicorn.run("channels.web.app:create_app", factory=True, host=host, port=port,
                log_level=settings.log_level.lower(), ws="websockets-sansio", ws_max_size=1 << 20,
                proxy_headers=False)


def chat(
    session: Annotated[str | None, typer.Option("--session", help="Continue this conversation.")] = None,
    role: Annotated[Role, typer.Option(help="Who asks (the terminal is the operator's own machine).")] = Role.SHOPPER,
    lang: Annotated[str | None, typer.Option("--lang", help="en, ru or zh (default: detected per message).")] = None,
) -> None:
    """Chat with the assistant in the terminal (streamed replies; /quit to leave; reads piped stdin too)."""
    from rich.console import Console

    from channels.port import make_assistant
    from channels.terminal import chat_loop, new_session_id
    from shopkeeper.errors import ShopkeeperError
    from shopkeeper.settings import get_settings

    if lang is not None and lang not in ("en", "ru", "zh"):
        raise typer.BadParameter("use en, ru or zh", param_hint="--lang")
    console = Console()

    async def run() -> None:
        assistant = make_assistant(get_settings())
        try:
            await chat_loop(assistant, session_id=session or new_session_id(), role=role, locale=lang,
                            console=console)
        finally:
            await assistant.aclose()

    try:
        asyncio.run(run())
    except ShopkeeperError as exc:
        console.print(f"[red]{exc.message}[/]" + (f"\n[dim]{exc.hint}[/]" if exc.hint else ""), highlight=False)
        raise typer.Exit(1) from exc
    except KeyboardInterrupt:
        console.print()


def register(app: typer.Typer) -> None:
    """Add this package's commands to ``app``."""
    app.command("serve")(serve)
    app.command("chat")(chat)
