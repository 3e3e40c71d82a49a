"""The terminal channel: read lines, send Turns, render Events with Rich as they stream.

Works the same on a terminal and with piped stdin (``echo "boots under 120" | shopkeeper chat``): a prompt is shown
only when stdin is a terminal.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import Callable
from decimal import Decimal

from babel.numbers import format_currency
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from agent.events import (
    DoneEvent,
    ErrorEvent,
    Event,
    HandoffEvent,
    ProductsEvent,
    TableEvent,
    TaskEvent,
    TokenEvent,
    Turn,
)
from channels.port import ReplySource, safe_reply
from tools.base import Role
from tools.catalog_models import ProductHit

QUIT = {"/quit", "/exit", "/q"}


def new_session_id() -> str:
    return f"cli-{uuid.uuid4().hex[:10]}"


def price_text(price: Decimal, currency: str, locale: str) -> str:
    try:
        return format_currency(price, currency, locale={"zh": "zh_Hans_CN"}.get(locale, locale))
    except (ValueError, LookupError):
        return f"{price} {currency}"


def products_table(items: list[ProductHit], title: str | None, locale: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("product", overflow="fold")
    table.add_column("price", justify="right", style="bold")
    table.add_column("stock", justify="right")
    table.add_column("where")
    table.add_column("why", style="dim", overflow="fold")
    for i, p in enumerate(items, 1):
        stock = f"[green]{p.stock_qty} in stock[/]" if p.in_stock and p.stock_qty > 0 else "[red]out of stock[/]"
        name = p.title + (f"\n[dim]{p.brand}[/]" if p.brand else "")
        table.add_row(str(i), name, price_text(p.price, p.currency, locale), stock, p.location or "", p.reason)
    return table


def event_table(event: TableEvent) -> Table:
    table = Table(title=event.title, title_justify="left")
    for col in event.columns:
        table.add_column(str(col))
    for row in event.rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


class TerminalRenderer:
    """Renders one turn's events as they come; tokens are verified sentences and are never taken back."""

    def __init__(self, console: Console, locale: str) -> None:
        self.console = console
        self.locale = locale
        self.streamed = ""

    def __call__(self, event: Event) -> None:
        c = self.console
        if isinstance(event, TokenEvent):
            if not self.streamed:
                c.print("[bold cyan]assistant ›[/] ", end="")
            self.streamed += event.text
            c.print(event.text, end="", markup=False, highlight=False, soft_wrap=True)
            c.file.flush()
        elif isinstance(event, ProductsEvent):
            self._break_line()
            c.print(products_table(event.items, event.title, self.locale))
        elif isinstance(event, TableEvent):
            self._break_line()
            c.print(event_table(event))
        elif isinstance(event, TaskEvent):
            self._break_line()
            c.print(f"[magenta]task #{event.task_id}[/] {event.kind} · {event.state}: {event.summary}")
        elif isinstance(event, HandoffEvent):
            self._break_line()
            ticket = f" (ticket #{event.ticket_id})" if event.ticket_id is not None else ""
            c.print(f"[yellow]handed over to a person{ticket}:[/] {event.reason}")
        elif isinstance(event, ErrorEvent):
            self._break_line()
            c.print(f"[red]error ({event.code}):[/] {escape(event.message)}", highlight=False)
        elif isinstance(event, DoneEvent):
            self._done(event)

    def _break_line(self) -> None:
        if self.streamed and not self.streamed.endswith("\n"):
            self.console.print()
            self.streamed += "\n"

    def _done(self, event: DoneEvent) -> None:
        c = self.console
        final = event.text.strip()
        if not self.streamed.strip() and final:
            # A core that sent no tokens (the contract says done.text is the tokens joined): show its text once.
            c.print("[bold cyan]assistant ›[/] ", end="")
            c.print(final, markup=False, highlight=False)
        else:
            # The tokens were verified sentences and done.text is exactly them: nothing to correct or repeat.
            self._break_line()
        for notice in event.notices:
            c.print(f"[dim]ⓘ {escape(notice)}[/]", highlight=False)


async def run_turn(source: ReplySource, turn: Turn, render: Callable[[Event], None]) -> DoneEvent | None:
    done: DoneEvent | None = None
    async for event in safe_reply(source, turn):
        render(event)
        if isinstance(event, DoneEvent):
            done = event
    return done


def _read_line(prompt: bool, console: Console) -> str | None:
    try:
        return console.input("[bold green]you ›[/] ") if prompt else sys.stdin.readline() or None
    except EOFError:
        return None


async def chat_loop(
    source: ReplySource, *, session_id: str, role: Role, locale: str | None, console: Console | None = None
) -> int:
    """Chat until ``/quit`` or end of input; returns the number of turns sent."""
    console = console or Console()
    interactive = sys.stdin.isatty()
    if interactive:
        console.print(f"[dim]session {session_id} as {role.value} · /quit to leave · "
                      f"resume later with --session {session_id}[/]")
    turns = 0
    while True:
        line = await asyncio.to_thread(_read_line, interactive, console)
        if line is None:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in QUIT:
            break
        if not interactive:
            console.print(f"[bold green]you ›[/] {escape(text)}", highlight=False)
        turn = Turn(session_id=session_id, role=role, text=text, locale=locale, channel="cli")
        await run_turn(source, turn, TerminalRenderer(console, locale or "en"))
        turns += 1
    return turns
