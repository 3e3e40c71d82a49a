"""Live help on the host page's websocket: a shopper (no staff login) or a foreign page cannot open it; a host sends
viewers' comments and gets answers with the store's figures; the host's speech (espeak-ng clips, as the voice tests
make them) comes back as captions, honestly untranslated when no language model is configured."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketDenialResponse

from agent import templates
from channels.web.app import create_app
from knowledge.search import product_detail
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings

from .live_server import serve_in_thread
from .test_browser import ARGS, CHROMIUM
from .test_staff import HOST_PASSWORD, login, staff_settings

WS = "/staff/ws/livestream"
FRAME = 3200  # 100 ms of 16 kHz PCM, as the kiosk page (and the host page) send


@pytest.fixture(scope="module")
def hosted(settings: Settings) -> Iterator[Settings]:
    """The shared Settings with staff users (a manager and a host); restored afterwards."""
    before = settings.staff
    settings.staff = staff_settings()
    try:
        yield settings
    finally:
        settings.staff = before


@pytest.fixture(scope="module")
def host_client(hosted: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(hosted, limiter=MemoryLimiter())) as c:
        yield c


def _until(ws: Any, kind: str, limit: int = 50) -> dict[str, Any]:
    for _ in range(limit):
        frame = ws.receive_json()
        assert frame["type"] != "error", frame
        if frame["type"] == kind:
            return dict(frame)
    raise AssertionError(f"no {kind} frame")


def test_a_shopper_or_a_foreign_page_cannot_open_the_live_socket(host_client: TestClient) -> None:
    host_client.cookies.clear()
    with pytest.raises(WebSocketDenialResponse) as no_login, host_client.websocket_connect(WS):
        pass
    assert no_login.value.status_code == 401
    # A shopper's own session cookie is no staff login.
    host_client.cookies.set("shopkeeper_staff", "c2hvcHBlcg.bm90LXNpZ25lZA")
    with pytest.raises(WebSocketDenialResponse) as forged, host_client.websocket_connect(WS):
        pass
    assert forged.value.status_code == 401
    host_client.cookies.clear()
    login(host_client, "bo", HOST_PASSWORD)
    try:
        with (
            pytest.raises(WebSocketDenialResponse) as foreign,
            host_client.websocket_connect(WS, headers={"origin": "https://evil.example"}),
        ):
            pass
        assert foreign.value.status_code == 403
    finally:
        host_client.post("/staff/logout")


def test_a_host_gets_answers_with_the_stores_figures(host_client: TestClient, hosted: Settings) -> None:
    login(host_client, "bo", HOST_PASSWORD)
    try:
        hits = host_client.get("/staff/api/livestream/products", params={"q": "jacket", "lang": "en"}).json()["hits"]
        ids = [h["product_id"] for h in hits[:2]]
        assert ids
        with host_client.websocket_connect(WS) as ws:
            assert ws.receive_json()["type"] == "ready"
            ws.send_json({"type": "comment", "text": "how much?"})
            assert ws.receive_json()["code"] == "no_stream"  # the stream's products come first
            ws.send_json({"type": "stream", "product_ids": ids, "host_language": "en"})
            assert _until(ws, "stream")["product_ids"] == ids
            for text, lang in [("how much is it?", "en"), ("сколько стоит?", "ru"), ("多少钱？", "zh")]:
                ws.send_json({"type": "comment", "text": text, "author": "viewer"})
                answer = _until(ws, "answer")
                db = product_detail(hosted.db_url, ids[0], None, lang)
                assert db is not None
                assert answer["answered"] and answer["language"] == lang and answer["product_id"] == ids[0]
                assert templates.money(Decimal(db.price), db.currency, lang) in answer["text"]
                assert str(db.stock_qty) in answer["text"] or not db.in_stock
            ws.send_json({"type": "comment", "text": "hi all!!"})
            hello = _until(ws, "answer")
            assert hello["kind"] == "greeting" and not hello["answered"]
            ws.send_text("not json")
            assert ws.receive_json()["code"] == "bad_frame"  # and the socket stays open:
            ws.send_json({"type": "comment", "text": "is it in stock?"})
            assert _until(ws, "answer")["asked"] == "stock"
    finally:
        host_client.post("/staff/logout")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (apt-get install espeak-ng)")
def test_the_hosts_speech_comes_back_as_a_caption(host_client: TestClient, hosted: Settings) -> None:
    pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install 'shopkeeper[voice]'")
    from tests.voice.conftest import CACHE, pcm16, silence, speech
    from voice.models import prepare_whisper

    before = hosted.voice
    hosted.voice = hosted.voice.model_copy(
        update={"stt_model": prepare_whisper(Settings(data_dir=Path(CACHE) / "voice"))}
    )
    login(host_client, "bo", HOST_PASSWORD)
    try:
        with host_client.websocket_connect(WS) as ws:
            ready = ws.receive_json()
            assert ready["translation"] is False  # the shared settings have no LLM
            ws.send_json({"type": "captions", "language": "en"})
            assert _until(ws, "captions")["language"] == "en"
            audio = pcm16(speech("This waterproof jacket keeps you dry in the rain.", "en")) + pcm16(silence(1.2))
            for i in range(0, len(audio), FRAME):
                ws.send_bytes(audio[i : i + FRAME])
            caption = _until(ws, "caption", limit=20)
        text = caption["text"].lower()
        assert "jacket" in text and "rain" in text, caption
        assert caption["language"] == "en" and caption["translations"] == {}
        assert caption["translation"] == "unavailable" and "needs a language model" in caption["notice"]
        assert 0 < caption["latency_ms"]["transcribe"] <= caption["latency_ms"]["total"]
    finally:
        host_client.post("/staff/logout")
        hosted.voice = before


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_the_host_pastes_comments_and_reads_the_answers_in_the_side_panel(hosted: Settings) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(hosted, limiter=MemoryLimiter())
    with serve_in_thread(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(base + "/staff/login")
            page.fill("#username", "bo")
            page.fill("#password", HOST_PASSWORD)
            page.click("#login")
            page.wait_for_url(base + "/staff", timeout=20_000)
            page.goto(base + "/staff/livestream")
            page.fill("#q", "jacket")
            page.click("#search")
            page.wait_for_selector("#results li", timeout=60_000)
            page.locator("#results li button").nth(0).click()
            first = page.locator("#picked li span").nth(0).text_content()
            page.fill("#comments", "kim: how much is it?\nсколько стоит?\nhello everyone!!")
            page.click("#answer")
            page.wait_for_function("() => document.querySelectorAll('#answers li').length === 3", timeout=120_000)
            items = page.locator("#answers li")
            texts = [items.nth(i).inner_text() for i in range(3)]
            greeting = next(t for t in texts if "hello everyone" in t)
            assert "not answered" in greeting
            english = next(t for t in texts if t.startswith("kim: how much"))
            assert first and first in english  # the picked product's title, with its price
            hits = page.evaluate("fetch('/staff/api/livestream/products?q=jacket&lang=en').then((r) => r.json())")[
                "hits"
            ]
            top = hits[0]
            assert f"{Decimal(top['price']):,.2f}" in english
        finally:
            browser.close()
