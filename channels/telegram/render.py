"""One turn's events as Telegram messages.

Tokens are sentences the core has already verified: the first one opens the reply message and later ones are added
by editing it, at most once per ``edit_interval_s`` (Telegram limits edits), and the last edit comes with ``done``.
Nothing shown is ever taken back: the message only grows, and a reply longer than one Telegram message continues in
a new one. Product cards follow the reply's first sentence (or come alone when there is no text); tables (manager
answers) are sent as monospaced text.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field
from pathlib import Path

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest

from agent.events import (
    ChartEvent,
    DoneEvent,
    ErrorEvent,
    Event,
    HandoffEvent,
    ProductsEvent,
    TableEvent,
    TaskEvent,
    TokenEvent,
)
from channels.telegram.cards import card_keyboard, card_text, photo_of
from channels.telegram.texts import t
from shopkeeper.logs import get_logger
from tools.catalog_models import ProductHit

log = get_logger(__name__)

MESSAGE_LIMIT = 4000  # Telegram allows 4096 characters; the rest is headroom for a notice line


@dataclass
class TurnOutcome:
    """What the channel needs after a turn: the ticket it filed, the language it spoke, the cards it showed."""

    done: DoneEvent | None = None
    ticket_id: int | None = None
    error: ErrorEvent | None = None
    cards: list[ProductHit] = field(default_factory=list)


class ReplyRenderer:
    def __init__(
        self, bot: Bot, chat_id: int, *, language: str, images_dir: Path, max_cards: int, edit_interval_s: float
    ) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.language = language
        self.images_dir = images_dir
        self.max_cards = max_cards
        self.edit_interval_s = edit_interval_s
        self.outcome = TurnOutcome()
        self._text = ""  # everything streamed so far
        self._start = 0  # where the current message's part of _text begins
        self._message_id: int | None = None
        self._shown = ""  # the current message's text as Telegram has it
        self._last_edit = 0.0
        self._pending_cards: list[ProductHit] = []

    async def on(self, event: Event) -> None:
        if isinstance(event, TokenEvent):
            self._text += event.text
            await self._stream(final=False)
        elif isinstance(event, ProductsEvent):
            room = self.max_cards - len(self.outcome.cards) - len(self._pending_cards)
            self._pending_cards += event.items[: max(room, 0)]
            if self._message_id is not None:
                await self._flush_cards()
        elif isinstance(event, TableEvent):
            await self._send_table(event)
        elif isinstance(event, ChartEvent):
            await self._send_text(f"📈 {event.title}")
        elif isinstance(event, TaskEvent):
            await self._send_text(f"📋 #{event.task_id} {event.kind} · {event.state}: {event.summary}")
        elif isinstance(event, HandoffEvent):
            self.outcome.ticket_id = event.ticket_id
        elif isinstance(event, ErrorEvent):
            self.outcome.error = event
        elif isinstance(event, DoneEvent):
            self.outcome.done = event
            self.language = event.language or self.language
            await self._finish(event)

    # -- the streamed reply ---------------------------------------------------------------------------------------

    async def _stream(self, *, final: bool, tail: str = "") -> None:
        while True:
            raw = self._text[self._start :]
            body = raw.strip()
            if len(body) <= MESSAGE_LIMIT:
                break
            # This message is full: close it at a sentence or word boundary and go on in a new one.
            cut = _cut_point(body, MESSAGE_LIMIT)
            await self._show(body[:cut].rstrip(), force=True)
            self._start += len(raw) - len(raw.lstrip()) + cut
            self._message_id, self._shown = None, ""
        text = (body + tail).strip()
        if not text:
            return
        await self._show(text, force=final)
        if self._message_id is not None and self._pending_cards:
            await self._flush_cards()

    async def _show(self, text: str, *, force: bool) -> None:
        if self._message_id is None:
            sent = await self._safe_send(text)
            if sent is not None:
                self._message_id, self._shown, self._last_edit = sent, text, time.monotonic()
            return
        if text == self._shown or (not force and time.monotonic() - self._last_edit < self.edit_interval_s):
            return
        try:
            await self.bot.edit_message_text(text=text, chat_id=self.chat_id, message_id=self._message_id)
            self._shown, self._last_edit = text, time.monotonic()
        except TelegramBadRequest as exc:
            if "not modified" not in exc.message:
                log.warning("a reply edit failed: %s", exc.message)
        except TelegramAPIError as exc:
            log.warning("a reply edit failed: %s", type(exc).__name__)

    async def _finish(self, done: DoneEvent) -> None:
        notices = "".join("\n\n" + t("notice", self.language, text=n) for n in done.notices)
        if self._text.strip():
            await self._stream(final=True, tail=notices)
        elif self.outcome.error is not None:
            await self._send_text(self.outcome.error.message + notices)
        else:  # cards without words (or nothing at all): the cards, then what the turn noticed
            await self._flush_cards()
            if notices.strip():
                await self._send_text(notices.strip())
        await self._flush_cards()

    # -- everything else ------------------------------------------------------------------------------------------

    async def _safe_send(self, text: str, *, parse_mode: str | None = None) -> int | None:
        try:
            message = await self.bot.send_message(self.chat_id, text, parse_mode=parse_mode)
            return message.message_id
        except TelegramAPIError as exc:
            log.warning("a message could not be sent: %s", type(exc).__name__)
            return None

    async def _send_text(self, text: str) -> None:
        await self._safe_send(text[:MESSAGE_LIMIT])

    async def _flush_cards(self) -> None:
        cards, self._pending_cards = self._pending_cards, []
        for hit in cards:
            await self._send_card(hit)
            self.outcome.cards.append(hit)

    async def _send_card(self, hit: ProductHit) -> None:
        caption = card_text(hit, self.language)
        keyboard = card_keyboard(hit, self.language)
        photo = photo_of(hit, self.images_dir)
        if photo is not None:
            try:
                await self.bot.send_photo(self.chat_id, photo, caption=caption, reply_markup=keyboard)
                return
            except TelegramAPIError as exc:  # an image URL Telegram cannot fetch: the text card still goes out
                log.info("a card photo was refused (%s): sent as text", type(exc).__name__)
        try:
            await self.bot.send_message(self.chat_id, caption, reply_markup=keyboard)
        except TelegramAPIError as exc:
            log.warning("a product card could not be sent: %s", type(exc).__name__)

    async def _send_table(self, event: TableEvent) -> None:
        await self._safe_send(table_html(event, self.language), parse_mode="HTML")


def table_html(event: TableEvent, language: str, limit: int = MESSAGE_LIMIT) -> str:
    """A table as aligned monospaced text (HTML ``<pre>``, escaped), cut to fit one message."""
    cells = [[str(c) for c in event.columns]] + [["" if v is None else str(v) for v in row] for row in event.rows]
    widths = [min(max(len(r[i]) for r in cells if i < len(r)), 28) for i in range(len(event.columns))]

    def line(row: list[str]) -> str:
        return "  ".join(c[:w].ljust(w) for c, w in zip(row, widths, strict=False)).rstrip()

    head = f"<b>{html.escape(event.title)}</b>\n"
    lines = [line(cells[0]), line(["─" * w for w in widths])]
    shown = 0
    for row in cells[1:]:
        candidate = "\n".join([*lines, line(row)])
        if len(head) + len(html.escape(candidate)) + 60 > limit:
            break
        lines.append(line(row))
        shown += 1
    more = len(cells) - 1 - shown
    body = head + "<pre>" + html.escape("\n".join(lines)) + "</pre>"
    if more:
        body += "\n" + html.escape(t("more_rows", language, n=more))
    return body


def _cut_point(text: str, limit: int) -> int:
    for mark in ("\n", ". ", "。", "! ", "? ", " "):
        at = text.rfind(mark, 0, limit)
        if at > limit // 2:
            return at + len(mark)
    return limit
