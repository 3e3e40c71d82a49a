"""End to end in a real browser: Debian's Chromium (no browser download) drives the web chat against the real app."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest

from channels.web.app import create_app, issuer_of

from .live_server import serve_in_thread

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "tests" / "artifacts" / "chat.png"
README_SHOT = ROOT / "docs" / "screenshots" / "web-chat.png"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                       "(apt-get install -y chromium); Playwright's own browser download is not used"),
]


def test_shopper_asks_and_sees_streamed_reply_and_product_cards(browser_settings, browser_assistant) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(browser_settings, assistant=browser_assistant)
    with serve_in_thread(app) as base, sync_playwright() as pw:
        # The core loads its models on the first turn (tens of seconds on a busy 2-core machine): do that first,
        # so the page is judged on its own behaviour, not on model loading.
        warm = httpx.post(base + "/v1/chat", json={"text": "hello"}, timeout=180)  # a session of its own
        assert warm.status_code == 200
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 720}, locale="en-US")
            requests: list[str] = []
            frames: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(str(payload))))

            page.goto(base + "/")
            assert browser_settings.store_name in page.locator("#store-name").inner_text()
            page.wait_for_selector("#status-dot.online", timeout=10_000)
            assert page.locator("#chips button").count() >= 3

            # Streaming: the reply's text is on the page while the turn is still going. Every change of the page is
            # watched (a poll could miss a short window between the last sentence and "done" on a busy machine).
            page.evaluate(
                "() => { window.__streamed = false; new MutationObserver(() => {"
                " const m = document.querySelector('.msg.bot'); const b = m && m.querySelector('.bubble');"
                " if (b && !m.dataset.state && b.textContent.length > 0) window.__streamed = true;"
                " }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true}); }"
            )
            page.fill("#input", "waterproof hiking boots under 120")
            page.keyboard.press("Enter")
            page.wait_for_selector(".msg.bot[data-state=done]", timeout=90_000)
            assert page.evaluate("window.__streamed"), "the reply's text should show before the turn is done"

            reply = page.locator(".msg.bot .bubble").first.inner_text()
            assert len(reply) > 10
            tokens = [f for f in frames if '"type":"token"' in f]
            assert len(tokens) > 1, "the reply should arrive as several streamed token frames"
            assert any('"type":"done"' in f for f in frames)
            cards = page.locator(".card")
            assert cards.count() >= 1
            first = cards.first
            assert first.locator(".title").inner_text().strip()
            assert any(sym in first.locator(".price").inner_text() for sym in ("$", "€", "£", "₽", "¥"))
            assert first.locator(".stock").inner_text().strip()

            ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACT))
            if os.environ.get("SHOPKEEPER_UPDATE_SCREENSHOTS") == "1" or not README_SHOT.exists():
                README_SHOT.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(ARTIFACT, README_SHOT)

            # The page keeps the session the server issued; a reload continues it: same id, the transcript is there.
            session = page.evaluate("localStorage.getItem('shopkeeper.session')")
            assert issuer_of(app).valid(session)
            page.reload()
            page.wait_for_selector(".msg.user")
            page.wait_for_selector("#status-dot.online", timeout=10_000)
            assert page.evaluate("localStorage.getItem('shopkeeper.session')") == session
            assert page.locator(".card").count() == cards.count()

            # Socket loss: the page reconnects by itself and the conversation goes on.
            page.evaluate("state.ws.close()")
            page.wait_for_selector("#status-dot:not(.online)", state="attached", timeout=5_000)
            page.wait_for_selector("#status-dot.online", timeout=15_000)
            page.fill("#input", "headlamp")
            page.keyboard.press("Enter")
            page.wait_for_selector(".msg.bot[data-state=done] >> nth=1", timeout=60_000)
            assert page.locator(".msg.user").count() == 2

            # An id the server did not issue (typed into storage) is refused: the page gets a new one and goes on.
            page.evaluate("localStorage.setItem('shopkeeper.session', 'web-chosen-by-the-client')")
            page.reload()
            page.wait_for_function("() => { const s = localStorage.getItem('shopkeeper.session');"
                                   " return s && s !== 'web-chosen-by-the-client'; }", timeout=15_000)
            page.wait_for_selector("#status-dot.online", timeout=15_000)
            assert issuer_of(app).valid(page.evaluate("localStorage.getItem('shopkeeper.session')"))

            outside = [u for u in requests if not u.startswith(base) and not u.startswith("data:")]
            assert outside == [], f"the page fetched from other hosts: {outside}"
        finally:
            browser.close()
