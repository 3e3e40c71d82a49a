"""The manager console (/staff/console and /staff/api/console): managers only (401 anonymous, 403 for a host); the
board by aisle is the inventory tool's out-of-stock list; a count closes a task the way the loop checks it; and, in
a real browser (Debian's Chromium), a manager sees the board and the charts, closes a task, edits a price and a
shopper's search shows the new price within 5 s.

Our own store and index (prices and tasks change here; the shared channel store stays as it was). A shelf reading
three hours ago (an empty slot, as the photo analyzer records it) gives the metrics an out-of-stock spell to chart.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from channels.web.app import create_app
from knowledge.planogram import SlotReading, load_shelf, parse_shelf_id, record_readings
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings
from tools.base import Role, ToolContext
from tools.inventory import OutOfStockInput, out_of_stock
from tools.operations.events import now_utc
from tools.operations.loop import plan_tasks

from .conftest import real_settings
from .live_server import serve_in_thread
from .test_browser import ARGS, CHROMIUM
from .test_staff import HOST_PASSWORD, PASSWORD, login, staff_settings

API = "/staff/api/console"
GETS = ["/board", "/tasks", "/events", "/metrics", "/products?q=tent"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index
    from knowledge.services import Services

    root = tmp_path_factory.mktemp("console")
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=30)
    settings = real_settings(url, root / "data")
    settings.staff = staff_settings()
    build_index(settings, Services(settings).embedder)
    plan = load_shelf(url, parse_shelf_id("4-B:1-6"))
    seen_at = now_utc() - dt.timedelta(hours=3)
    record_readings(
        url, plan, [SlotReading(position=plan.slots[2].position, state="empty")], photo="cam-4B.jpg", at=seen_at
    )
    report = plan_tasks(settings, now=seen_at)
    assert report.tasks_created, "the demo store's mismatches, expiring lots and the gap make tasks"
    return settings


@pytest.fixture(scope="module")
def client(store: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(store, limiter=MemoryLimiter())) as c:
        yield c


def _manager(client: TestClient) -> TestClient:
    c = TestClient(client.app)
    login(c)
    return c


def test_anonymous_gets_401_and_a_host_403_on_the_page_and_every_api(client: TestClient) -> None:
    shopper = TestClient(client.app)
    assert shopper.get("/staff/console").status_code == 401
    for path in GETS:
        assert shopper.get(API + path).status_code == 401, path
    assert shopper.post(API + "/tasks/1/count", json={"qty": 1}).status_code == 401
    assert shopper.post(API + "/products/1", json={"price": "1.00"}).status_code == 401
    assert shopper.post(API + "/scan").status_code == 401

    host = TestClient(client.app)
    login(host, "bo", HOST_PASSWORD)
    assert host.get("/staff/console").status_code == 403
    for path in GETS:
        assert host.get(API + path).status_code == 403, path
    assert host.post(API + "/tasks/1/done", json={}).status_code == 403
    assert host.post(API + "/products/1", json={"price": "1.00"}).status_code == 403


async def test_board_groups_the_inventory_tools_answer_by_aisle(client: TestClient, store: Settings) -> None:
    board = _manager(client).get(API + "/board", params={"lang": "ru"}).json()
    truth = await out_of_stock(
        OutOfStockInput(language="ru", limit=500), ToolContext(role=Role.MANAGER, settings=store)
    )
    got = {(a["aisle"], r["product_id"], r["phantom"]) for a in board["aisles"] for r in a["rows"]}
    assert got == {(r.aisle, r.product_id, r.phantom) for r in truth.rows} and board["total"] == truth.total
    aisle4 = next(a for a in board["aisles"] if a["aisle"] == "4")
    assert aisle4["phantom"] >= 1 and aisle4["out"] == len(aisle4["rows"])  # the gap the camera saw
    only4 = _manager(client).get(API + "/board", params={"aisle": "aisle 4"}).json()
    assert [a["aisle"] for a in only4["aisles"]] == ["4"]


def test_a_count_closes_a_task_as_the_loop_checks_it(client: TestClient) -> None:
    manager = _manager(client)
    page = manager.get("/staff/console")
    assert page.status_code == 200 and "/static/console.js" in page.text and "Store console" in page.text
    rows = manager.get(API + "/tasks").json()["rows"]
    count_task = next(t for t in rows if t["kind"] == "count" and t["state"] == "open")
    # Zero units is not what the camera or the last count saw for a mismatch: the sources conflict, the task fails.
    out = manager.post(f"{API}/tasks/{count_task['id']}/count", json={"qty": 10_000}).json()["task"]
    assert out["state"] == "failed" and out["note"] == "count disagrees with what was seen"
    again = manager.post(f"{API}/tasks/{count_task['id']}/count", json={"qty": 1})
    assert again.status_code == 422  # a checked task takes no more counts
    assert manager.post(f"{API}/tasks/999999/count", json={"qty": 1}).status_code == 404
    assert manager.post(f"{API}/tasks/1/count", json={"qty": -1}).status_code == 422
    events = manager.get(API + "/events").json()["rows"]
    assert any(
        e["kind"] == "task_state" and f"task {count_task['id']} done → failed by staff:ana" in e["summary"]
        for e in events
    )
    metrics = manager.get(API + "/metrics").json()
    assert metrics["tasks_by_state"].get("failed", 0) >= 1 and metrics["hours_out_of_stock"] >= 2.9


def test_the_console_chat_speaks_in_the_login_role_never_the_requests(client: TestClient) -> None:
    # One client throughout: the assistant's async resources live on the loop the app started on.
    ask = {"text": "what's out of stock in aisle 4"}
    client.cookies.clear()
    try:
        assert client.post("/staff/api/chat", json=ask).status_code == 401  # a shopper: no staff login
        login(client)
        assert client.post("/staff/api/chat", json={**ask, "role": "shopper"}).status_code == 422  # no role field
        assert client.post("/staff/api/chat", json={"text": ""}).status_code == 422
        reply = client.post("/staff/api/chat", json=ask).json()
        assert reply["session_id"].startswith("staff:ana:") and reply["tables"], reply
        board = client.get(API + "/board", params={"aisle": "4"}).json()
        titles = {r["title"] for a in board["aisles"] for r in a["rows"]}
        cells = {str(cell) for t in reply["tables"] for row in t["rows"] for cell in row}
        assert titles and titles <= cells, (titles, cells)
        again = client.post("/staff/api/chat", json={"text": "and aisle 5?"}).json()
        assert again["session_id"] == reply["session_id"] and again["tables"]  # the follow-up keeps the conversation
        fresh = client.post("/staff/api/chat", json={"text": "hello", "reset": True}).json()
        assert fresh["session_id"] != reply["session_id"]

        client.cookies.clear()
        login(client, "bo", HOST_PASSWORD)
        refused = client.post("/staff/api/chat", json=ask).json()
        assert not refused["tables"] and refused["session_id"].startswith("staff:bo:"), refused
    finally:
        client.cookies.clear()


def _chat(base: str, text: str) -> dict[str, Any]:
    resp = httpx.post(base + "/v1/chat", json={"text": text, "locale": "en"}, timeout=180)
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def _price_in_search(base: str, title: str, product_id: int) -> Decimal | None:
    hit = next((h for h in _chat(base, title)["products"] if h["product_id"] == product_id), None)
    return Decimal(str(hit["price"])) if hit else None


def _findable(base: str, manager: httpx.Client) -> dict[str, Any]:
    """A product a shopper finds by its title."""
    for row in manager.get(API + "/products", params={"q": "a"}).json()["rows"]:
        if _price_in_search(base, row["title"], row["product_id"]) == Decimal(str(row["price"])):
            return row
    raise AssertionError("no product could be found by its title")


def _board_titles(base: str, aisle: str) -> set[str]:
    with httpx.Client(base_url=base, timeout=60) as manager:
        assert manager.post("/staff/login", json={"username": "ana", "password": PASSWORD}).status_code == 200
        board = manager.get(API + "/board", params={"aisle": aisle}).json()
    return {r["title"] for a in board["aisles"] for r in a["rows"]}


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_in_chromium_a_manager_closes_a_task_and_a_price_edit_reaches_a_shoppers_search(store: Settings) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(store, limiter=MemoryLimiter())
    with serve_in_thread(app) as base, sync_playwright() as pw:
        _chat(base, "hello")  # the first turn loads the shopper's models: not part of any timing below
        with httpx.Client(base_url=base, timeout=180) as api:
            assert api.post("/staff/login", json={"username": "ana", "password": PASSWORD}).status_code == 200
            product = _findable(base, api)  # also warms the shopper's path
            task = next(t for t in api.get(API + "/tasks").json()["rows"] if t["kind"] == "restock")
        new_price = (Decimal(str(product["price"])) * Decimal("0.83")).quantize(Decimal("0.01"))

        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            # A shopper's browser: no staff cookie, so neither the page nor the API.
            shop = browser.new_context().new_page()
            assert shop.goto(base + "/staff/console").status == 401  # type: ignore[union-attr]
            assert shop.request.get(base + API + "/board").status == 401

            page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(base + "/staff/login")
            page.fill("#username", "ana")
            page.fill("#password", PASSWORD)
            page.click("#login")
            page.wait_for_url(base + "/staff", timeout=20_000)
            page.goto(base + "/staff/console")

            # The board by aisle and the charts (SVG bars, one per product / task state).
            page.wait_for_selector("#board .aisle[data-aisle='4']", timeout=20_000)
            assert "phantom" in page.locator("#board .aisle[data-aisle='4']").inner_text()
            page.wait_for_selector("#chart-oos svg rect.bar", timeout=20_000)
            assert page.locator("#chart-tasks svg rect.bar").count() >= 1
            hours = float(page.locator("#chart-oos svg rect.bar").first.get_attribute("data-value") or 0)
            assert hours >= 2.9  # the gap seen three hours ago, still open

            # Close a restock task with a count: units on the shelf verify it.
            # The filter reloads the table: wait until its rows are shown, or the count could be typed into a row
            # the reload then replaces (an empty box, and the click does nothing).
            page.select_option("#task-state", "all")
            page.wait_for_selector("#tasks[data-filter='all']", state="attached", timeout=20_000)
            row = page.locator(f"#tasks tr[data-task='{task['id']}']")
            row.wait_for(timeout=10_000)
            row.locator(".count-qty").fill("4")
            row.locator(".count-btn").click()
            page.wait_for_selector(f"#tasks tr[data-task='{task['id']}'][data-state='verified']", timeout=20_000)
            page.wait_for_function(
                "() => document.getElementById('events').textContent.includes('→ verified')", timeout=10_000
            )
            verified_bar = "#chart-tasks svg rect.bar >> nth=-1"  # states are charted in order: verified after open
            assert page.locator(verified_bar).get_attribute("data-value") != "0"
            assert "verified" in page.locator("#chart-tasks svg").inner_html()

            # Edit the price; a shopper's search shows it within 5 s.
            page.fill("#product-q", product["sku"])
            page.click("#product-find")
            page.locator("#product-results button.pick").first.click()
            page.fill("#edit-price", str(new_price))
            page.click("#edit-save")
            page.wait_for_function(
                "() => document.getElementById('edit-result').textContent.startsWith('Saved')", timeout=10_000
            )
            saved_at = time.monotonic()
            assert "shoppers' search has it now" in page.inner_text("#edit-result")
            seen = None
            while time.monotonic() - saved_at < 5:
                seen = _price_in_search(base, product["title"], product["product_id"])
                if seen == new_price:
                    break
                time.sleep(0.2)
            assert seen == new_price, f"search shows {seen}, not {new_price}, 5 s after the edit"
            print(f"new price in a shopper's search {time.monotonic() - saved_at:.2f} s after the save")

            # A shopper asks for a person: the hand-over is in the console's queue.
            ticket = _chat(base, "I want to talk to a person, please")["handoff"]
            assert ticket and ticket["ticket_id"], "the shopper's request opened a hand-over"
            page.reload()
            page.wait_for_selector(f"#handoffs li.waiting[data-ticket='{ticket['ticket_id']}']", timeout=20_000)

            # The manager chat: the same assistant in the manager's role answers with the board's table.
            page.fill("#chat-text", "what's out of stock in aisle 4")
            page.click("#chat-send")
            page.wait_for_selector("#chat-log .reply table", timeout=120_000)
            aisle4 = _board_titles(base, "4")
            table = page.inner_text("#chat-log .reply table")
            assert aisle4 and all(title in table for title in aisle4), (table, aisle4)
            assert all(u.startswith(base) for u in requests), "the console loads nothing from another site"
        finally:
            browser.close()
