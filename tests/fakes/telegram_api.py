"""A local fake Telegram Bot API server: the real HTTP protocol on a free loopback port, scripted by the test.

It answers what aiogram sends: ``POST /bot{token}/{method}`` with form-encoded fields (objects and lists
JSON-encoded; uploads as multipart parts referenced by ``attach://name``), replying ``{"ok": true, "result": ...}``
or ``{"ok": false, "error_code": ..., "description": ...}`` as Telegram does, and ``GET /file/bot{token}/{path}``
for file downloads. Methods: getMe, getUpdates (long polling, honouring ``offset`` and ``timeout``), sendMessage,
editMessageText, sendPhoto, sendChatAction, answerCallbackQuery, getFile, setWebhook, deleteWebhook. A wrong token
gets 401, an unknown method 404, a no-op edit Telegram's "message is not modified" 400, and getUpdates while a
webhook is set 409, like the real server.

The test plays the users: ``user_text``, ``user_press``, ``user_voice``, ``user_document`` queue updates (or, with a
webhook set, POST them to the bot's webhook with its secret header). ``wait_for`` waits for what the bot sends.

Usage::

    async with FakeBotAPI(token) as api:
        bot = Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        api.user_text(chat_id=42, text="boots under 120")
        msg = await api.wait_for(lambda m: m.chat_id == 42 and m.method == "sendMessage")
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

JSON_FIELDS = {
    "reply_markup",
    "allowed_updates",
    "entities",
    "caption_entities",
    "link_preview_options",
    "reply_parameters",
}


@dataclass
class Call:
    """One request the bot made: the method and its fields (JSON fields decoded, uploads as bytes)."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Sent:
    """A message the bot sent (sendMessage / sendPhoto), with its edits applied."""

    method: str
    chat_id: int
    message_id: int
    text: str  # message text, or a photo's caption
    reply_markup: dict[str, Any] | None = None
    photo: str | bytes | None = None  # a URL / file id string, or the uploaded bytes
    parse_mode: str | None = None
    edits: list[str] = field(default_factory=list)  # texts before each edit, oldest first

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [b for row in rows for b in row]


@dataclass
class FakeUser:
    id: int
    first_name: str = "Alex"
    language_code: str | None = "en"
    username: str | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data


class TelegramError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


class FakeBotAPI:
    def __init__(self, token: str, *, bot_username: str = "shop_test_bot") -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.callback_answers: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}  # file_path -> content
        self._file_ids: dict[str, str] = {}  # file_id -> file_path
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_responses: list[int] = []  # HTTP status of each webhook delivery
        self.fail_next: dict[str, int] = {}  # method -> HTTP status to answer once (a flaky server)
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- lifecycle ------------------------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeBotAPI:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        # No access log: its request lines would carry the token in the path, and the tests read the logs.
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- what users do ----------------------------------------------------------------------------------------------

    def _chat(self, chat_id: int, user: FakeUser, chat_type: str) -> dict[str, Any]:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": user.first_name}
        return {"id": chat_id, "type": chat_type, "title": "Staff"}

    def _message(self, chat_id: int, user: FakeUser, chat_type: str, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "from": user.as_json(),
            "chat": self._chat(chat_id, user, chat_type),
            **content,
        }

    def user_text(
        self,
        chat_id: int,
        text: str,
        *,
        user: FakeUser | None = None,
        chat_type: str = "private",
        reply_to: Sent | None = None,
    ) -> dict[str, Any]:
        user = user or FakeUser(id=chat_id)
        extra: dict[str, Any] = {}
        if text.startswith("/"):
            extra["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if reply_to is not None:
            extra["reply_to_message"] = self._as_message(reply_to)
        message = self._message(chat_id, user, chat_type, text=text, **extra)
        self._push({"message": message})
        return message

    def user_press(self, sent: Sent, data: str, *, user: FakeUser | None = None) -> str:
        """The user taps an inline button of ``sent`` whose callback data is ``data``."""
        if data not in {b.get("callback_data") for b in sent.buttons}:
            raise AssertionError(f"no button with callback data {data!r} on message {sent.message_id}")
        user = user or FakeUser(id=sent.chat_id)
        query_id = secrets.token_hex(8)
        self._push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user.as_json(),
                    "chat_instance": "ci-1",
                    "message": self._as_message(sent),
                    "data": data,
                }
            }
        )
        return query_id

    def add_file(self, content: bytes, suffix: str) -> tuple[str, str]:
        file_id = "F" + secrets.token_hex(10)
        path = f"{suffix.strip('.')}/file_{len(self.files)}.{suffix.strip('.')}"
        self.files[path] = content
        self._file_ids[file_id] = path
        return file_id, path

    def user_voice(
        self, chat_id: int, audio: bytes, *, duration: int, user: FakeUser | None = None, mime_type: str = "audio/ogg"
    ) -> dict[str, Any]:
        user = user or FakeUser(id=chat_id)
        file_id, _ = self.add_file(audio, "oga")
        voice = {
            "file_id": file_id,
            "file_unique_id": file_id[:8],
            "duration": duration,
            "mime_type": mime_type,
            "file_size": len(audio),
        }
        message = self._message(chat_id, user, "private", voice=voice)
        self._push({"message": message})
        return message

    def user_document(
        self, chat_id: int, content: bytes, *, file_name: str, mime_type: str, user: FakeUser | None = None
    ) -> dict[str, Any]:
        user = user or FakeUser(id=chat_id)
        file_id, _ = self.add_file(content, file_name.rsplit(".", 1)[-1])
        document = {
            "file_id": file_id,
            "file_unique_id": file_id[:8],
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        message = self._message(chat_id, user, "private", document=document)
        self._push({"message": message})
        return message

    def _as_message(self, sent: Sent) -> dict[str, Any]:
        bot = {"id": self.bot_id, "is_bot": True, "first_name": "Shop", "username": self.bot_username}
        chat_type = "private" if sent.chat_id > 0 else "supergroup"
        chat = {
            "id": sent.chat_id,
            "type": chat_type,
            **({"first_name": "Alex"} if chat_type == "private" else {"title": "Staff"}),
        }
        message: dict[str, Any] = {"message_id": sent.message_id, "date": int(time.time()), "from": bot, "chat": chat}
        if sent.method == "sendPhoto":
            message["photo"] = [{"file_id": "P1", "file_unique_id": "P1u", "width": 320, "height": 320}]
            message["caption"] = sent.text
        else:
            message["text"] = sent.text
        if sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        return message

    def _push(self, update: dict[str, Any]) -> None:
        update = {"update_id": next(self._update_ids), **update}
        if self.webhook_url:
            asyncio.get_running_loop().create_task(self._deliver(update))
            return
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())

    async def _deliver(self, update: dict[str, Any]) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret} if self.webhook_secret else {}
        assert self.webhook_url is not None
        async with ClientSession() as http, http.post(self.webhook_url, json=update, headers=headers) as resp:
            self.webhook_responses.append(resp.status)
        await self._notify()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # -- what the test waits for ---------------------------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[Sent], bool], *, timeout: float = 60.0, after: int = 0) -> Sent:
        """The first message the bot sent (index >= ``after``) that satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                for sent in self.sent[after:]:
                    if predicate(sent):
                        return sent
                left = deadline - time.monotonic()
                if left <= 0:
                    shown = [(s.method, s.chat_id, s.text[:80]) for s in self.sent[after:]]
                    raise AssertionError(f"the bot sent nothing matching in {timeout:.0f} s; it sent {shown}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=left)

    async def wait_call(self, method: str, *, timeout: float = 30.0, after: int = 0) -> Call:
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                for call in self.calls[after:]:
                    if call.method == method:
                        return call
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"the bot never called {method} in {timeout:.0f} s")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=left)

    async def settle(self, quiet_s: float = 1.5, timeout: float = 60.0) -> None:
        """Wait until the bot has made no request for ``quiet_s`` (its turn is over, edits included)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            last = max((c.at for c in self.calls if c.method != "getUpdates"), default=0.0)
            if time.monotonic() - last >= quiet_s:
                return
            await asyncio.sleep(0.2)

    def to_chat(self, chat_id: int, after: int = 0) -> list[Sent]:
        return [s for s in self.sent[after:] if s.chat_id == chat_id]

    # -- the HTTP side ----------------------------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        form = await request.post()
        params: dict[str, Any] = {}
        uploads: dict[str, bytes] = {}
        for key, value in form.items():
            if isinstance(value, web.FileField):
                uploads[key] = value.file.read()
            else:
                params[key] = value
        for key, value in list(params.items()):
            if key in JSON_FIELDS:
                params[key] = json.loads(value)
            elif isinstance(value, str) and value.startswith("attach://"):
                params[key] = uploads[value.removeprefix("attach://")]
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        self.calls.append(Call(method, params))
        status = self.fail_next.pop(method, None)
        if status is not None:
            return web.Response(status=status, text="<html><body>Bad Gateway</body></html>", content_type="text/html")
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        try:
            result = await handler(params)
        except TelegramError as exc:
            return web.json_response(
                {"ok": False, "error_code": exc.code, "description": exc.description}, status=exc.code
            )
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        content = self.files.get(request.match_info["path"])
        if content is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.Response(body=content, content_type="application/octet-stream")

    # -- methods ----------------------------------------------------------------------------------------------------

    async def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Shop",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise TelegramError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset", 0))
        timeout = min(float(params.get("timeout", 0)), 2.0)  # short: a test's bot stops promptly
        # Updates below the offset are confirmed: Telegram forgets them.
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not self._updates and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), timeout=deadline - time.monotonic())
                except TimeoutError:
                    break
        return list(self._updates[:100])

    def _store(self, method: str, params: dict[str, Any], text: str, photo: str | bytes | None = None) -> Sent:
        chat_id = int(params["chat_id"])
        sent = Sent(
            method=method,
            chat_id=chat_id,
            message_id=next(self._message_ids),
            text=text,
            reply_markup=params.get("reply_markup"),
            photo=photo,
            parse_mode=params.get("parse_mode"),
        )
        self.sent.append(sent)
        return sent

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        text = str(params.get("text", ""))
        if not text.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise TelegramError(400, "Bad Request: message is too long")
        return self._as_message(self._store("sendMessage", params, text))

    async def _m_sendphoto(self, params: dict[str, Any]) -> dict[str, Any]:
        caption = str(params.get("caption", ""))
        if len(caption) > 1024:
            raise TelegramError(400, "Bad Request: message caption is too long")
        photo = params.get("photo")
        if not photo:
            raise TelegramError(400, "Bad Request: there is no photo in the request")
        return self._as_message(self._store("sendPhoto", params, caption, photo=photo))

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        for sent in self.sent:
            if sent.chat_id == chat_id and sent.message_id == message_id:
                text = str(params.get("text", ""))
                if text == sent.text and params.get("reply_markup") == sent.reply_markup:
                    raise TelegramError(
                        400,
                        "Bad Request: message is not modified: specified new message content "
                        "and reply markup are exactly the same",
                    )
                if len(text) > 4096:
                    raise TelegramError(400, "Bad Request: MESSAGE_TOO_LONG")
                sent.edits.append(sent.text)
                sent.text = text
                if "reply_markup" in params:
                    sent.reply_markup = params["reply_markup"]
                return self._as_message(sent)
        raise TelegramError(400, "Bad Request: message to edit not found")

    async def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        self.callback_answers.append(params)
        return True

    async def _m_getfile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        path = self._file_ids.get(file_id)
        if path is None:
            raise TelegramError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id[:8],
            "file_size": len(self.files[path]),
            "file_path": path,
        }

    async def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = str(params["url"])
        self.webhook_secret = params.get("secret_token")
        return True

    async def _m_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = None
        self.webhook_secret = None
        return True
