"""The host page: staff login required; a host searches, generates a verified script and gets it back timed; in a
real browser (Debian's Chromium) the host generates, edits, exports Markdown and runs the teleprompter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from channels.web.app import create_app
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings

from .live_server import serve_in_thread
from .test_browser import ARGS, CHROMIUM
from .test_staff import HOST_PASSWORD, login, staff_settings


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


def test_page_and_api_need_a_staff_login(host_client: TestClient) -> None:
    host_client.cookies.clear()
    assert host_client.get("/staff/livestream").status_code == 401
    assert host_client.get("/staff/api/livestream/products", params={"q": "tent"}).status_code == 401
    r = host_client.post("/staff/api/livestream/script", json={"product_ids": [1], "minutes": 2})
    assert r.status_code == 401


def test_host_searches_and_generates_a_timed_script(host_client: TestClient) -> None:
    login(host_client, "bo", HOST_PASSWORD)
    try:
        assert "Live-stream script" in host_client.get("/staff/livestream").text
        found = host_client.get("/staff/api/livestream/products", params={"q": "tent", "lang": "en"}).json()
        ids = [h["product_id"] for h in found["hits"][:2]]
        assert ids
        r = host_client.post(
            "/staff/api/livestream/script",
            json={
                "product_ids": ids,
                "minutes": 3,
                "language": "en",
                "theme": "tents",
                "promotion": {"code": "TENT10", "percent_off": 10},
            },
        )
        assert r.status_code == 200, r.text
        script = r.json()
        assert sum(s["seconds"] for s in script["segments"]) == 180
        assert [s["product_id"] for s in script["segments"] if s["kind"] == "product" and s["round"] == 1] == ids
        assert "TENT10" in script["markdown"]
        bad = host_client.post("/staff/api/livestream/script", json={"product_ids": [987654], "minutes": 2})
        assert bad.status_code == 404
    finally:
        host_client.post("/staff/logout")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_host_generates_edits_exports_and_reads_the_teleprompter(hosted: Settings, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(hosted, limiter=MemoryLimiter())
    with serve_in_thread(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800}, accept_downloads=True)
            page.goto(base + "/staff/login")
            page.fill("#username", "bo")
            page.fill("#password", HOST_PASSWORD)
            page.click("#login")
            page.wait_for_url(base + "/staff", timeout=20_000)
            page.goto(base + "/staff/livestream")

            page.fill("#q", "tent")
            page.click("#search")
            page.wait_for_selector("#results li", timeout=60_000)
            page.locator("#results li button").nth(0).click()
            page.locator("#results li button").nth(1).click()
            assert page.locator("#picked li").count() == 2
            page.fill("#theme", "tents")
            page.fill("#minutes", "3")
            page.click("#generate")
            page.wait_for_function("() => document.getElementById('md').value.startsWith('# ')", timeout=120_000)
            md = page.input_value("#md")
            assert "## 0:00 · Opening" in md and "Product 2" in md

            # Edit, then export: the file is the edited Markdown.
            page.fill("#md", md + "\nHost note: show the tent's vestibule.\n")
            with page.expect_download() as info:
                page.click("#export")
            saved = tmp_path / "script.md"
            info.value.save_as(saved)
            text = saved.read_text(encoding="utf-8")
            assert text.startswith("# ") and "Host note: show the tent's vestibule." in text

            # The teleprompter scrolls with the clock.
            page.click("#teleprompter")
            assert page.locator("#prompter").is_visible()
            page.click("#play")
            page.wait_for_function("() => document.getElementById('clock').textContent !== '0:00'", timeout=5_000)
            first = page.evaluate("document.getElementById('prompter-text').scrollTop")
            page.wait_for_timeout(1500)
            later = page.evaluate("document.getElementById('prompter-text').scrollTop")
            assert later > first
            page.click("#close")
            assert not page.locator("#prompter").is_visible()
        finally:
            browser.close()
