"""The fake Bot API server keeps to Telegram's protocol where the bot depends on it (checked with plain HTTP, not
through aiogram, so a mistake in the fake cannot hide behind the library it serves)."""

from __future__ import annotations

import json

import aiohttp
import pytest

from tests.fakes.telegram_api import FakeBotAPI

TOKEN = "616161:fake-protocol-token-Kp"


@pytest.mark.asyncio
async def test_updates_are_confirmed_by_offset_and_methods_answer_like_telegram() -> None:
    async with FakeBotAPI(TOKEN) as api, aiohttp.ClientSession() as http:
        url = f"{api.base_url}/bot{TOKEN}"
        api.user_text(5, "one")
        api.user_text(5, "two")

        async def call(method: str, **fields: object) -> tuple[int, dict]:
            async with http.post(f"{url}/{method}", data={k: str(v) for k, v in fields.items()}) as resp:
                return resp.status, await resp.json()

        status, body = await call("getUpdates", timeout=0)
        assert status == 200 and body["ok"] is True
        ids = [u["update_id"] for u in body["result"]]
        assert [u["message"]["text"] for u in body["result"]] == ["one", "two"]
        _, body = await call("getUpdates", offset=ids[0] + 1, timeout=0)
        assert [u["update_id"] for u in body["result"]] == ids[1:]  # the first is confirmed and forgotten
        _, body = await call("getUpdates", offset=ids[1] + 1, timeout=0)
        assert body["result"] == []

        keyboard = json.dumps({"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]})
        status, body = await call("sendMessage", chat_id=5, text="hello", reply_markup=keyboard)
        assert status == 200 and body["result"]["text"] == "hello" and body["result"]["chat"]["id"] == 5
        assert api.sent[-1].buttons == [{"text": "A", "callback_data": "a"}]
        message_id = body["result"]["message_id"]
        status, body = await call(
            "editMessageText", chat_id=5, message_id=message_id, text="hello", reply_markup=keyboard
        )
        assert status == 400 and body == {"ok": False, "error_code": 400, "description": body["description"]}
        assert "message is not modified" in body["description"]

        file_id, path = api.add_file(b"OggS-voice", "oga")
        _, body = await call("getFile", file_id=file_id)
        assert body["result"]["file_path"] == path
        async with http.get(f"{api.base_url}/file/bot{TOKEN}/{path}") as resp:
            assert resp.status == 200 and await resp.read() == b"OggS-voice"

        async with http.post(f"{api.base_url}/bot123:wrong/getMe") as resp:
            assert resp.status == 401 and (await resp.json())["description"] == "Unauthorized"
        status, body = await call("noSuchMethod")
        assert status == 404 and body["ok"] is False
        await call("setWebhook", url="http://127.0.0.1:9/hook")
        status, body = await call("getUpdates")
        assert status == 409 and "webhook is active" in body["description"]
