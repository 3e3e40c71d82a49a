"""Hand-over to a person through a Telegram staff group, over the same tickets as the web's /staff page.

When a turn files a ticket (``tools.handoff``), the ticket is posted to ``telegram.staff_chat_id``. A staff member
answers by replying to that post (or to a forwarded shopper message): the first reply takes the session over
(ticket "taken"), the reply is stored on the ticket and sent to the shopper. While a person holds the session the
shopper's messages go to the ticket and to the staff group, not to the assistant. ``/release`` as a reply hands the
chat back. The ticket number is read from the bot's own post, so nothing is kept in memory and a restart loses
nothing.
"""

from __future__ import annotations

import asyncio
import re

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import Message, User
from sqlalchemy.exc import SQLAlchemyError

from agent.journeys.personal import redact
from channels.telegram.texts import t
from shopkeeper.errors import NotFound, StoreUnavailable
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings
from tools import handoff
from tools.handoff import HandoffConflict, TicketView

log = get_logger(__name__)

_TICKET = re.compile(r"^(?:🆘 Hand-over |💬 )#(\d+)\b")


def session_id_of(bot_id: int, chat_id: int) -> str:
    """The core's session for one Telegram chat with this bot (one bot's chats never share a session with another's
    or with the web's, whose ids are signed and shaped differently)."""
    return f"tg:{bot_id}:{chat_id}"


def chat_of(session_id: str, bot_id: int) -> int | None:
    """The chat of a session of this bot; None for any other session (the web's, another bot's)."""
    head = f"tg:{bot_id}:"
    if not session_id.startswith(head):
        return None
    try:
        return int(session_id[len(head) :])
    except ValueError:
        return None


def who(user: User | None) -> str:
    if user is None:
        return "?"
    return user.full_name + (f" (@{user.username})" if user.username else "")


def staff_name(user: User) -> str:
    """The ticket's ``taken_by``: stable (the Telegram user id), so taking and replying match the same person."""
    return f"tg:{user.id}"


class StaffDesk:
    def __init__(self, bot: Bot, settings: Settings) -> None:
        self.bot = bot
        self.settings = settings
        self.chat_id = settings.telegram.staff_chat_id
        self.db_url = settings.db_url
        self._relayed: set[str] | None = None  # web staff replies already passed on (None: not scanned yet)

    # -- shopper side -------------------------------------------------------------------------------------------------

    async def active_ticket(self, session_id: str) -> TicketView | None:
        """The session's open or taken ticket; a store DB that cannot be read means none (the assistant answers)."""
        try:
            return await asyncio.to_thread(handoff.session_ticket, self.db_url, session_id)
        except (SQLAlchemyError, StoreUnavailable) as exc:
            log.warning("hand-over state unknown (store DB): %s", type(exc).__name__)
            return None

    async def post_ticket(self, ticket_id: int, shopper: User | None) -> None:
        """Tell the staff group about a new (or updated) ticket."""
        if self.chat_id is None:
            return
        try:
            view = await asyncio.to_thread(handoff.get_ticket, self.db_url, ticket_id)
        except (NotFound, SQLAlchemyError, StoreUnavailable) as exc:
            log.warning("hand-over %s could not be read: %s", ticket_id, type(exc).__name__)
            return
        text = t(
            "staff_ticket",
            "en",
            ticket=ticket_id,
            reason=view.reason,
            who=who(shopper),
            lang=view.language,
            summary=view.summary[:3000] or "-",
        )
        await self._to_staff(text)

    async def hold(self, ticket: TicketView, shopper: User | None, text: str) -> None:
        """A shopper message in a session a person holds: on the ticket (personal data masked) and to the group."""
        masked = redact(text)
        try:
            await asyncio.to_thread(handoff.append_shopper, self.db_url, ticket.ticket_id, ticket.session_id, masked)
        except (NotFound, SQLAlchemyError, StoreUnavailable) as exc:
            log.warning(
                "a shopper message could not be added to hand-over %s: %s", ticket.ticket_id, type(exc).__name__
            )
        await self.forward(ticket.ticket_id, shopper, masked)

    async def forward(self, ticket_id: int, shopper: User | None, text: str) -> None:
        await self._to_staff(t("staff_shopper", "en", ticket=ticket_id, who=who(shopper), text=redact(text)[:3500]))

    async def _to_staff(self, text: str) -> None:
        if self.chat_id is None:
            return
        try:
            await self.bot.send_message(self.chat_id, text)
        except TelegramAPIError as exc:
            log.warning("the staff chat could not be told: %s", type(exc).__name__)

    # -- staff side -------------------------------------------------------------------------------------------------

    def ticket_replied_to(self, message: Message) -> int | None:
        """The ticket a staff message answers: its reply must quote one of the bot's own posts."""
        quoted = message.reply_to_message
        if quoted is None or quoted.from_user is None or quoted.from_user.id != self.bot.id:
            return None
        m = _TICKET.match(quoted.text or quoted.caption or "")
        return int(m.group(1)) if m else None

    async def staff_message(self, message: Message) -> None:
        ticket_id = self.ticket_replied_to(message)
        if ticket_id is None or message.from_user is None:
            return  # staff talking among themselves
        allowed = self.settings.telegram.staff_user_ids
        if allowed and message.from_user.id not in allowed:
            await message.reply(t("staff_not_allowed", "en"))
            return
        text = (message.text or message.caption or "").strip()
        if not text:
            return
        try:
            view = await asyncio.to_thread(handoff.get_ticket, self.db_url, ticket_id)
        except NotFound:
            return
        shopper_chat = chat_of(view.session_id, self.bot.id)
        if shopper_chat is None:
            await message.reply(t("staff_not_telegram", "en", ticket=ticket_id))
            return
        by = staff_name(message.from_user)
        if text.split()[0].split("@")[0].lower() == "/release":
            await self._release(message, view, by, shopper_chat)
            return
        try:
            if view.state != "taken" or view.taken_by != by:
                await asyncio.to_thread(handoff.take, self.db_url, ticket_id, by)
                await self._tell_shopper(
                    shopper_chat, t("staff_joined", view.language, name=message.from_user.first_name)
                )
                await self._to_staff(t("staff_taken", "en", ticket=ticket_id, name=who(message.from_user)))
            await asyncio.to_thread(handoff.staff_reply, self.db_url, ticket_id, by, text)
        except HandoffConflict as exc:
            await message.reply(t("staff_conflict", "en", ticket=ticket_id, reason=exc.message))
            return
        error = await self._tell_shopper(
            shopper_chat, t("staff_says", view.language, name=message.from_user.first_name, text=text)
        )
        if error:
            await message.reply(t("staff_undelivered", "en", ticket=ticket_id, reason=error))

    async def _release(self, message: Message, view: TicketView, by: str, shopper_chat: int) -> None:
        if view.state == "taken" and view.taken_by != by:
            await message.reply(t("staff_conflict", "en", ticket=view.ticket_id, reason=f"held by {view.taken_by}"))
            return
        if view.state in handoff.ACTIVE:
            await asyncio.to_thread(handoff.release, self.db_url, view.ticket_id, by)
            await self._tell_shopper(shopper_chat, t("staff_left", view.language))
        await self._to_staff(t("staff_released", "en", ticket=view.ticket_id))

    # -- replies written on the web's /staff page ----------------------------------------------------------------

    async def relay_web_replies(self) -> int:
        """Pass on what staff wrote on the web's /staff page to this bot's shoppers; the number sent.

        The web page stores a reply on the ticket and pushes it to web sockets only. Replies written here (by
        ``tg:`` staff) went out already. The first scan only marks what is there, so a restart sends nothing twice
        (replies written while the bot was down are still on the ticket, shown on the staff page)."""
        try:
            tickets = await asyncio.to_thread(handoff.active_tickets, self.db_url)
        except (SQLAlchemyError, StoreUnavailable) as exc:
            log.warning("web staff replies not checked (store DB): %s", type(exc).__name__)
            return 0
        first = self._relayed is None
        relayed = self._relayed if self._relayed is not None else set()
        self._relayed = relayed
        sent = 0
        for ticket in tickets:
            chat = chat_of(ticket.session_id, self.bot.id)
            if chat is None:
                continue
            for msg in ticket.messages:
                if msg.sender != "staff" or not msg.id or msg.id in relayed or (msg.by or "").startswith("tg:"):
                    continue
                relayed.add(msg.id)
                if (
                    not first
                    and await self._tell_shopper(
                        chat, t("staff_says", ticket.language, name=msg.by or "staff", text=msg.text)
                    )
                    is None
                ):
                    sent += 1
        return sent

    async def relay_forever(self, interval_s: float = 2.0) -> None:
        while True:
            try:
                await self.relay_web_replies()
            except Exception:  # one bad round must not end the relay for the bot's lifetime
                log.exception("relaying web staff replies failed")
            await asyncio.sleep(interval_s)

    async def _tell_shopper(self, chat_id: int, text: str) -> str | None:
        """Send to the shopper; the reason when Telegram refused (e.g. the shopper blocked the bot)."""
        try:
            await self.bot.send_message(chat_id, text[:4096])
            return None
        except TelegramAPIError as exc:
            log.warning("a staff reply was not delivered: %s", type(exc).__name__)
            return type(exc).__name__
