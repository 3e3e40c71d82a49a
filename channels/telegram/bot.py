"""The Telegram channel: aiogram routers that turn updates into ``Turn``s and the core's events into messages.

One chat is one session of the core (``tg:<bot id>:<chat id>``). Everybody is a shopper, except the user ids in
``telegram.manager_user_ids``, and those only in a private chat with the bot. Replies are the core's verified
sentences (``channels.port.safe_reply``, as the web uses), streamed into one message by edits (``render``).
Updates of one chat are handled one at a time, so two quick messages never interleave their replies.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections import OrderedDict
from pathlib import Path

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ChatAction, ChatType
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command, CommandStart
from aiogram.types import Audio, CallbackQuery, Document, Message, User, Voice

from agent.events import ErrorEvent, HandoffEvent, Turn
from agent.shopper_messages import error_text
from channels.port import ReplySource, safe_reply
from channels.telegram.cards import CardAction, price_text
from channels.telegram.cart import CartBook
from channels.telegram.render import ReplyRenderer, TurnOutcome
from channels.telegram.staff import StaffDesk, session_id_of
from channels.telegram.texts import LANGS, lang_of, t
from channels.telegram.voice import SpeechToText
from shopkeeper.errors import ConfigError, InputRejected, ShopkeeperError
from shopkeeper.limits import Limiter, MemoryLimiter
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings
from tools.base import Role
from tools.experiments.hooks import cart_added

log = get_logger(__name__)

MAX_REMEMBERED_CHATS = 10_000


def create_bot(settings: Settings) -> Bot:
    """The aiogram ``Bot`` for the configured token, on Telegram's API or on ``telegram.api_base``."""
    token = settings.telegram.token
    if token is None or not token.get_secret_value().strip():
        raise ConfigError("no Telegram bot token", hint="set SHOPKEEPER_TELEGRAM__TOKEN to the token @BotFather gave")
    base = settings.telegram.api_base
    session = AiohttpSession(api=TelegramAPIServer.from_base(base)) if base else AiohttpSession()
    try:
        return Bot(token.get_secret_value().strip(), session=session)
    except Exception as exc:  # aiogram's TokenValidationError; its message never quotes the token
        raise ConfigError(
            "the Telegram bot token is malformed", hint="it looks like 123456789:AA..., as @BotFather gave it"
        ) from exc


class TelegramChannel:
    def __init__(
        self,
        settings: Settings,
        source: ReplySource,
        bot: Bot,
        *,
        stt: SpeechToText | None = None,
        limiter: Limiter | None = None,
    ) -> None:
        self.settings = settings
        self.source = source
        self.bot = bot
        self.stt = stt
        self.limiter: Limiter = limiter if limiter is not None else MemoryLimiter()
        self.desk = StaffDesk(bot, settings)
        self.carts = CartBook()
        self.images_dir = Path(settings.telegram.images_dir or settings.data_dir / "images")
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        self._languages: OrderedDict[int, str] = OrderedDict()  # the language each chat last spoke

    # -- wiring ---------------------------------------------------------------------------------------------------

    def dispatcher(self) -> Dispatcher:
        """The routers, plus a background task (while the bot runs) that passes on replies staff write on the
        web's /staff page to Telegram shoppers."""
        dp = Dispatcher()
        dp.include_router(self.router())
        relay: list[asyncio.Task[None]] = []

        async def start_relay() -> None:
            relay.append(asyncio.create_task(self.desk.relay_forever(self.settings.telegram.relay_interval_s)))

        async def stop_relay() -> None:
            for task in relay:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            relay.clear()

        dp.startup.register(start_relay)
        dp.shutdown.register(stop_relay)
        return dp

    def router(self) -> Router:
        root = Router(name="telegram")
        staff_chat = self.settings.telegram.staff_chat_id
        if staff_chat is not None:
            staff = Router(name="staff")
            staff.message.filter(F.chat.id == staff_chat)
            staff.callback_query.filter(F.message.chat.id == staff_chat)
            staff.message()(self.desk.staff_message)
            root.include_router(staff)
        shopper = Router(name="shopper")
        shopper.message(CommandStart())(self.on_start)
        shopper.message(Command("help"))(self.on_start)
        shopper.message(Command("cart"))(self.on_cart)
        shopper.message(F.text)(self.on_text)
        shopper.message(F.voice | F.audio)(self.on_voice)
        shopper.message(F.document.mime_type.startswith("audio/"))(self.on_voice)
        shopper.message()(self.on_other)
        shopper.callback_query(CardAction.filter())(self.on_card)
        root.include_router(shopper)
        return root

    # -- who, where, which language -------------------------------------------------------------------------------

    def role_of(self, user: User | None, chat_type: str) -> Role:
        if user is not None and chat_type == ChatType.PRIVATE and user.id in self.settings.telegram.manager_user_ids:
            return Role.MANAGER
        return Role.SHOPPER

    def language_of(self, chat_id: int, user: User | None) -> str:
        return self._languages.get(chat_id) or lang_of(user.language_code if user else None)

    def _spoke(self, chat_id: int, language: str) -> None:
        if language in LANGS:
            self._languages[chat_id] = language
            self._languages.move_to_end(chat_id)
            while len(self._languages) > MAX_REMEMBERED_CHATS:
                self._languages.popitem(last=False)

    def _lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock

    def _allowed(self, user: User | None) -> bool:
        key = f"telegram:turn:{user.id if user else 'anon'}"
        limits = self.settings.limits
        try:
            return self.limiter.hit(key, limit=limits.turns, window_s=limits.window_s)
        except ShopkeeperError as exc:  # the limits store is down: serve the shopper rather than refuse everyone
            log.warning("turn limit not checked: %s", exc)
            return True

    # -- handlers -------------------------------------------------------------------------------------------------

    async def on_start(self, message: Message) -> None:
        language = self.language_of(message.chat.id, message.from_user)
        await message.answer(t("start", language, store=self.settings.store_name))

    async def on_cart(self, message: Message) -> None:
        chat_id = message.chat.id
        language = self.language_of(chat_id, message.from_user)
        lines = self.carts.lines(chat_id)
        if not lines:
            await message.answer(t("cart_empty", language))
            return
        rows = [t("cart_title", language)]
        for line in lines:
            rows.append(f"• {line.title} × {line.qty} — {price_text(line.price * line.qty, line.currency, language)}")
        totals = ", ".join(price_text(v, c, language) for c, v in self.carts.totals(chat_id).items())
        rows.append(t("cart_total", language, total=totals))
        await message.answer("\n".join(rows))

    async def on_text(self, message: Message) -> None:
        async with self._lock(message.chat.id):
            await self._turn(message.chat.id, message.chat.type, message.from_user, message.text or "", None)

    async def on_voice(self, message: Message) -> None:
        chat_id = message.chat.id
        async with self._lock(chat_id):
            heard = await self._transcribe(message)
            if heard is None:
                return
            text, language = heard
            if language:
                self._spoke(chat_id, language)
            await self._turn(chat_id, message.chat.type, message.from_user, text, language)

    async def on_other(self, message: Message) -> None:
        await message.answer(t("unsupported", self.language_of(message.chat.id, message.from_user)))

    async def on_card(self, query: CallbackQuery, callback_data: CardAction) -> None:
        message = query.message
        if message is None or not isinstance(message, Message):
            await query.answer()
            return
        chat_id = message.chat.id
        language = callback_data.lang if callback_data.lang in LANGS else self.language_of(chat_id, query.from_user)
        hit = self.carts.shown(chat_id, callback_data.product_id)
        if callback_data.action == "cart":
            line = self.carts.add(chat_id, callback_data.product_id)
            if line is None:
                await query.answer(t("cart_stale", language), show_alert=True)
            else:
                await cart_added(self.settings, session_id_of(self.bot.id, chat_id))  # A/B outcome (tools/experiments)
                await query.answer(t("cart_added", language, title=line.title, count=self.carts.count(chat_id)))
            return
        await query.answer()  # stop the button's spinner at once: the answer comes as messages
        # "More like this" asks the core for the card's category, in the card's language: tried on the demo store
        # (2026-12-02), the core answers a bare category reliably in en/ru/zh, while "similar to <title>" phrasings
        # often found nothing. The channel stays a translator: the reply is the core's.
        ask = (hit.category or hit.title) if hit is not None else _card_title(message)
        if not ask:
            await self.bot.send_message(chat_id, t("cart_stale", language))
            return
        async with self._lock(chat_id):
            await self._turn(chat_id, message.chat.type, query.from_user, ask, language)

    # -- one turn -------------------------------------------------------------------------------------------------

    async def _turn(self, chat_id: int, chat_type: str, user: User | None, text: str, locale: str | None) -> None:
        language = locale or self.language_of(chat_id, user)
        if not self._allowed(user):
            await self._say(chat_id, error_text("rate_limited", language))
            return
        session_id = session_id_of(self.bot.id, chat_id)
        ticket = await self.desk.active_ticket(session_id)
        if ticket is not None and ticket.state == "taken":
            # A person holds the chat: the message goes to them; the assistant does not answer.
            await self.desk.hold(ticket, user, text)
            return
        typing: asyncio.Task[None] | None = asyncio.create_task(self._typing_until_cancelled(chat_id))
        turn = Turn(
            session_id=session_id,
            role=self.role_of(user, chat_type),
            text=text,
            locale=locale,
            channel="telegram",
            client_id=f"tg:{user.id}" if user else None,
        )
        renderer = ReplyRenderer(
            self.bot,
            chat_id,
            language=language,
            images_dir=self.images_dir,
            max_cards=self.settings.telegram.cards_per_reply,
            edit_interval_s=self.settings.telegram.edit_interval_s,
        )
        events = safe_reply(self.source, turn)
        try:
            async for event in events:
                if typing is not None and not isinstance(event, HandoffEvent | ErrorEvent):
                    typing.cancel()  # something is about to show: Telegram ends "typing…" with the message
                    typing = None
                await renderer.on(event)
        finally:
            if typing is not None:
                typing.cancel()
            await events.aclose()
        await self._after(chat_id, user, text, ticket.ticket_id if ticket else None, renderer.outcome)

    async def _after(
        self, chat_id: int, user: User | None, text: str, open_ticket: int | None, outcome: TurnOutcome
    ) -> None:
        self.carts.remember(chat_id, outcome.cards)
        if outcome.done is not None:
            self._spoke(chat_id, outcome.done.language)
        if open_ticket is not None:
            await self.desk.forward(open_ticket, user, text)  # the staff group follows a waiting hand-over
        elif outcome.ticket_id is not None:
            await self.desk.post_ticket(outcome.ticket_id, user)

    async def _transcribe(self, message: Message) -> tuple[str, str | None] | None:
        """The words of a voice message, or None after telling the shopper why there are none."""
        chat_id = message.chat.id
        language = self.language_of(chat_id, message.from_user)
        media: Voice | Audio | Document | None = message.voice or message.audio or message.document
        if media is None:
            return None
        limit_s, limit_bytes = self.settings.telegram.voice_max_seconds, self.settings.telegram.voice_max_bytes
        duration = getattr(media, "duration", None) or 0
        if duration > limit_s or (media.file_size or 0) > limit_bytes:
            await message.answer(t("voice_too_long", language, seconds=limit_s))
            return None
        if self.stt is None:
            await message.answer(t("voice_unavailable", language))
            return None
        await self._action(chat_id, ChatAction.TYPING)
        try:
            data = await self.bot.download(media.file_id, timeout=30)
        except TelegramAPIError as exc:
            log.warning("a voice message could not be downloaded: %s", type(exc).__name__)
            await message.answer(t("voice_unreadable", language))
            return None
        audio = data.read() if data is not None else b""
        if len(audio) > limit_bytes:
            await message.answer(t("voice_too_long", language, seconds=limit_s))
            return None
        hint = self._languages.get(chat_id) or _known(message.from_user)
        try:
            heard = await self.stt.transcribe(audio, language=hint)
        except InputRejected as exc:
            log.info("a voice message was refused: %s", exc)
            key = "voice_too_long" if "long" in exc.message else "voice_unreadable"
            await message.answer(t(key, language, seconds=limit_s))
            return None
        except ShopkeeperError as exc:
            log.warning("speech-to-text is unavailable: %s", exc)
            await message.answer(t("voice_unavailable", language))
            return None
        except Exception:
            log.exception("speech-to-text failed on a voice message")
            await message.answer(t("voice_unreadable", language))
            return None
        words = heard.text.strip()
        spoken = heard.language if heard.language in LANGS else hint
        if not words:
            await message.answer(t("voice_silent", spoken or language))
            return None
        await message.answer(t("heard", spoken or language, text=words))
        return words, spoken

    # -- small helpers ----------------------------------------------------------------------------------------------

    async def _say(self, chat_id: int, text: str) -> None:
        try:
            await self.bot.send_message(chat_id, text)
        except TelegramAPIError as exc:
            log.warning("a message could not be sent: %s", type(exc).__name__)

    async def _typing_until_cancelled(self, chat_id: int) -> None:
        """ "typing…" for as long as the core thinks: Telegram shows it for 5 s per call."""
        while True:
            await self._action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(4.0)

    async def _action(self, chat_id: int, action: ChatAction) -> None:
        with contextlib.suppress(TelegramAPIError):  # "typing…" is a courtesy; the reply itself still goes out
            await self.bot.send_chat_action(chat_id, action)


def _known(user: User | None) -> str | None:
    """The user's Telegram language when it is one the assistant speaks (a hint for speech-to-text), else None."""
    code = (user.language_code or "").lower().split("-")[0] if user else ""
    return code if code in LANGS else None


def _card_title(message: Message) -> str:
    """A card's title is its first line (used when this process did not show the card: after a restart)."""
    return (message.text or message.caption or "").split("\n", 1)[0].strip()
