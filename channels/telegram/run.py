"""Running the bot: long polling (no public address needed) or a webhook (Telegram POSTs updates to us).

Webhook mode refuses to start without ``telegram.webhook_secret``: Telegram sends it in a header with every update,
and without it anybody who finds the URL could post updates claiming to come from a manager's user id.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from channels.port import ReplySource
from channels.telegram.bot import TelegramChannel, create_bot
from channels.telegram.voice import SpeechToText
from shopkeeper.errors import ConfigError
from shopkeeper.limits import get_limiter
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)


async def start_polling(dp: Dispatcher, bot: Bot, *, handle_signals: bool = False) -> None:
    """Poll until stopped (``dp.stop_polling()``; SIGINT/SIGTERM with ``handle_signals``). A webhook left from
    webhook mode is removed first: Telegram refuses getUpdates while one is set. Updates that waited are kept."""
    await bot.delete_webhook(drop_pending_updates=False)
    await dp.start_polling(bot, handle_signals=handle_signals, close_bot_session=False, polling_timeout=25)


def webhook_app(dp: Dispatcher, bot: Bot, settings: Settings) -> web.Application:
    secret = settings.telegram.webhook_secret
    if secret is None or not secret.get_secret_value():
        raise ConfigError(
            "webhook mode needs a secret",
            hint="set SHOPKEEPER_TELEGRAM__WEBHOOK_SECRET to 1-256 characters of A-Z, a-z, 0-9, _ and -",
        )
    app = web.Application(client_max_size=1 << 20)
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret.get_secret_value()).register(
        app, path=settings.telegram.webhook_path
    )
    setup_application(app, dp, bot=bot)
    return app


async def set_webhook(dp: Dispatcher, bot: Bot, settings: Settings) -> None:
    url = settings.telegram.webhook_url
    if not url:
        raise ConfigError(
            "webhook mode needs the public URL Telegram should call",
            hint="set SHOPKEEPER_TELEGRAM__WEBHOOK_URL, e.g. https://shop.example.com/telegram/webhook",
        )
    secret = settings.telegram.webhook_secret
    await bot.set_webhook(
        url,
        secret_token=secret.get_secret_value() if secret else None,
        allowed_updates=dp.resolve_used_update_types(),
        drop_pending_updates=False,
    )


@contextlib.asynccontextmanager
async def webhook_server(
    dp: Dispatcher, bot: Bot, settings: Settings, *, host: str | None = None, port: int | None = None
) -> AsyncIterator[str]:
    """Serve the webhook endpoint; yields the local base URL (``http://host:port``), port 0 picks a free one."""
    app = webhook_app(dp, bot, settings)
    runner = web.AppRunner(app, access_log=None)  # request lines would show the webhook path to every log reader
    await runner.setup()
    site = web.TCPSite(
        runner, host or settings.telegram.listen_host, settings.telegram.listen_port if port is None else port
    )
    await site.start()
    try:
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        bound = sockets[0].getsockname() if sockets else (host, port)
        yield f"http://{bound[0]}:{bound[1]}"
    finally:
        await runner.cleanup()


async def serve(
    settings: Settings,
    *,
    mode: str | None = None,
    source: ReplySource | None = None,
    stt: SpeechToText | None = None,
    handle_signals: bool = True,
) -> None:
    """Run the bot until interrupted: build the core (unless given), the bot and the channel, then poll or serve."""
    from channels.port import make_assistant
    from channels.telegram.voice import default_speech_to_text

    mode = mode or settings.telegram.mode
    bot = create_bot(settings)
    owned = source is None
    core = source if source is not None else make_assistant(settings)
    channel = TelegramChannel(
        settings,
        core,
        bot,
        stt=stt if stt is not None else default_speech_to_text(settings),
        limiter=get_limiter(settings),
    )
    dp = channel.dispatcher()
    start = getattr(core, "start", None)
    warming = asyncio.create_task(start()) if owned and callable(start) else None
    try:
        if mode == "webhook":
            async with webhook_server(dp, bot, settings) as local:
                await set_webhook(dp, bot, settings)
                log.info("Telegram webhook listening on %s%s", local, settings.telegram.webhook_path)
                await asyncio.Event().wait()
        else:
            me = await bot.get_me()
            log.info("Telegram bot @%s polling", me.username)
            await start_polling(dp, bot, handle_signals=handle_signals)
    finally:
        if warming is not None and not warming.done():
            warming.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await warming
        await bot.session.close()
        if owned:
            await core.aclose()
