"""Staff login and the hand-over to a person over the web app: the real app, the real Assistant, the real store DB.

Two clients as in a shop: a shopper's websocket and a staff member's (cookie-authenticated) API and live socket.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from channels.web.app import create_app, issuer_of
from channels.web.staff_auth import COOKIE, hash_password, verify_password
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings, StaffSettings, StaffUser

from .live_server import serve_in_thread

PASSWORD = "correct horse battery"
HOST_PASSWORD = "host password 42"


def staff_settings() -> StaffSettings:
    return StaffSettings(users={
        "ana": StaffUser(role="manager", password_hash=SecretStr(hash_password(PASSWORD))),
        "bo": StaffUser(role="host", password_hash=SecretStr(hash_password(HOST_PASSWORD))),
    })


@pytest.fixture(scope="module")
def staffed(settings: Settings) -> Iterator[Settings]:
    """The shared Settings with two staff users (its services stay loaded); restored afterwards."""
    before = settings.staff
    settings.staff = staff_settings()
    try:
        yield settings
    finally:
        settings.staff = before


@pytest.fixture(scope="module")
def app_client(staffed: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(staffed, limiter=MemoryLimiter())) as c:
        yield c


def login(client: TestClient, user: str = "ana", password: str = PASSWORD) -> None:
    r = client.post("/staff/login", json={"username": user, "password": password})
    assert r.status_code == 200, r.text


def test_passwords_are_salted_scrypt_hashes() -> None:
    a, b = hash_password("s3cret-pass"), hash_password("s3cret-pass")
    assert a != b and a.startswith("scrypt$") and "s3cret" not in a
    assert verify_password("s3cret-pass", a) and verify_password("s3cret-pass", b)
    assert not verify_password("s3cret-pasS", a)
    assert not verify_password("s3cret-pass", "scrypt$bad")  # a damaged hash matches nothing
    assert not verify_password("s3cret-pass", "plain-text-password")


def test_a_shopper_gets_401_on_every_staff_page_and_api(app_client: TestClient) -> None:
    # A fresh client holds no staff cookie, only what a shopper can have: a signed shopper session id.
    shopper = TestClient(app_client.app)
    session = issuer_of(app_client.app).issue()  # type: ignore[arg-type]
    shopper.cookies.set(COOKIE, session)  # a shopper session id is not a staff cookie
    # Every staff API route the app declares (its OpenAPI paths), and the page itself.
    declared = [(m.upper(), path) for path, ops in app_client.app.openapi()["paths"].items()  # type: ignore[attr-defined]
                if path.startswith("/staff/") for m in ops]
    checked = 0
    for method, path in [("GET", "/staff"), *declared]:
        r = shopper.request(method, path.replace("{ticket_id}", "1"), json={"text": "hi"})
        assert r.status_code == 401, (method, path, r.status_code)
        assert "summary" not in r.text and "session_id" not in r.text
        checked += 1
    assert checked >= 7  # page, me, list, one, take, reply, release
    with pytest.raises(WebSocketDisconnect), shopper.websocket_connect("/staff/ws") as ws:
        ws.receive_json()
    # A forged or tampered cookie counts as none.
    shopper.cookies.set(COOKIE, "eyJ1c2VyIjoiYW5hIiwicm9sZSI6Im1hbmFnZXIiLCJleHAiOjk5OTk5OTk5OTl9.AAAA")
    assert shopper.get("/staff/api/handoffs").status_code == 401


def test_login_sets_a_strict_httponly_cookie_and_logout_ends_it(app_client: TestClient) -> None:
    c = TestClient(app_client.app)
    assert c.post("/staff/login", json={"username": "ana", "password": "wrong"}).status_code == 401
    assert c.post("/staff/login", json={"username": "nobody", "password": PASSWORD}).status_code == 401
    r = c.post("/staff/login", json={"username": "ana", "password": PASSWORD})
    assert r.status_code == 200 and r.json() == {"user": "ana", "role": "manager"}
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert c.get("/staff/api/me").json()["user"] == "ana"
    page = c.get("/staff")
    assert page.status_code == 200 and "Hand-overs" in page.text and "/static/staff.js" in page.text
    assert c.post("/staff/logout").status_code == 204
    assert c.get("/staff/api/me").status_code == 401
    assert c.get("/staff").status_code == 401


def test_staff_add_prints_a_settings_line_with_a_verifiable_hash() -> None:
    import json

    import typer
    from typer.testing import CliRunner

    from channels.web.cli_staff import register

    app = typer.Typer()  # the command alone: the shopkeeper callback's log set-up would outlive CliRunner's streams
    register(app)
    runner = CliRunner()
    out = runner.invoke(app, ["staff", "add", "cleo", "--role", "host", "--password-stdin"], input="long enough 1\n")
    assert out.exit_code == 0, out.output
    line = next(x for x in out.stdout.splitlines() if x.startswith("SHOPKEEPER_STAFF__USERS="))
    users = json.loads(line.split("=", 1)[1].strip("'"))
    assert users["cleo"]["role"] == "host" and "long enough" not in line
    assert verify_password("long enough 1", users["cleo"]["password_hash"])
    bad = runner.invoke(app, ["staff", "add", "cleo", "--role", "owner", "--password-stdin"], input="long enough 1\n")
    assert bad.exit_code != 0
    short = runner.invoke(app, ["staff", "add", "cleo", "--password-stdin"], input="short\n")
    assert short.exit_code != 0


def _turn(ws: WebSocketTestSession, text: str, mid: str, pushed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Send one message; the frames answering it up to its done (frames pushed meanwhile go to ``pushed``)."""
    ws.send_json({"text": text, "locale": "en", "id": mid})
    frames: list[dict[str, Any]] = []
    while True:
        frame = ws.receive_json()
        if frame.get("reply_to") != mid:
            pushed.append(frame)
            continue
        frames.append(frame)
        if frame["type"] == "done":
            return frames


def _until(ws: WebSocketTestSession, kind: str) -> dict[str, Any]:
    for _ in range(20):
        frame = ws.receive_json()
        if frame["type"] == kind:
            return frame
    raise AssertionError(f"no {kind} frame")


def test_take_over_reply_and_release_between_a_shopper_socket_and_a_staff_page(app_client: TestClient) -> None:
    staff = TestClient(app_client.app)
    login(staff)
    pushed: list[dict[str, Any]] = []
    with app_client.websocket_connect("/ws/chat") as shopper, staff.websocket_connect("/staff/ws") as live:
        assert live.receive_json() == {"type": "hello", "user": "ana", "role": "manager"}
        session = shopper.receive_json()["session_id"]
        frames = _turn(shopper, "I want to talk to a person, this is useless", "m1", pushed)
        handoff = [f for f in frames if f["type"] == "handoff"]
        assert handoff, [f["type"] for f in frames]
        ticket = handoff[0]["ticket_id"]
        assert _until(live, "ticket_changed")["ticket_id"] == ticket  # the staff page hears of the new ticket

        listed = {t["ticket_id"]: t for t in staff.get("/staff/api/handoffs").json()}
        assert listed[ticket]["state"] == "open" and listed[ticket]["session_id"] == session
        assert "talk to a person" in listed[ticket]["summary"]

        # A host may not take what the manager holds; the manager takes it.
        r = staff.post(f"/staff/api/handoffs/{ticket}/take")
        assert r.status_code == 200 and r.json()["state"] == "taken" and r.json()["taken_by"] == "ana"
        other = TestClient(app_client.app)
        login(other, "bo", HOST_PASSWORD)
        assert other.post(f"/staff/api/handoffs/{ticket}/take").status_code == 409
        assert other.post(f"/staff/api/handoffs/{ticket}/reply", json={"text": "hi"}).status_code == 409
        assert other.post(f"/staff/api/handoffs/{ticket}/release").status_code == 409
        status = _until(shopper, "staff_status")
        assert status["state"] == "taken" and status["name"] == "ana"

        # While the person holds the session the assistant does not answer: a status and an empty done only.
        held = _turn(shopper, "hello? my order 1042 never arrived", "m2", pushed)
        assert [f["type"] for f in held] == ["staff_holding", "done"] and held[-1]["text"] == ""
        heard = _until(live, "shopper_message")
        assert heard["ticket_id"] == ticket and "never arrived" in heard["message"]["text"]

        # The person's reply reaches the shopper's own socket, and is stored on the ticket.
        r = staff.post(f"/staff/api/handoffs/{ticket}/reply", json={"text": "Hi, I'm Ana. Let me check that order."})
        assert r.status_code == 200
        got = _until(shopper, "agent_message")
        assert got["from"] == "staff" and got["name"] == "ana" and got["text"].startswith("Hi, I'm Ana")
        detail = staff.get(f"/staff/api/handoffs/{ticket}").json()
        assert [m["sender"] for m in detail["messages"]][-2:] == ["shopper", "staff"]

        # A reconnecting shopper sees the reply and who holds the chat.
        with app_client.websocket_connect(f"/ws/chat?session_id={session}") as again:
            assert again.receive_json()["session_id"] == session
            replayed = again.receive_json()
            assert replayed["type"] == "agent_message" and replayed["id"] == got["id"]
            assert again.receive_json()["type"] == "staff_status"

        # Release: the assistant has the session back and answers the next message.
        r = staff.post(f"/staff/api/handoffs/{ticket}/release")
        assert r.status_code == 200 and r.json()["state"] == "released"
        assert _until(shopper, "staff_status")["state"] == "released"
        after = _turn(shopper, "waterproof hiking boots under 120", "m3", pushed)
        done = after[-1]
        assert done["type"] == "done" and done["text"] and done["intent"] != "human_request"
        assert not [f for f in after if f["type"] in ("staff_holding", "handoff")]
        assert ticket not in {t["ticket_id"] for t in staff.get("/staff/api/handoffs").json()}


def test_the_assistant_itself_stays_silent_while_a_person_holds_the_session(app_client: TestClient,
                                                                             staffed: Settings) -> None:
    """Any channel, not only the web one: in the graph a "taken" ticket is not a released one, and the catalog
    questions answered while a ticket merely waits are not answered while a person holds it."""
    from agent.events import Turn
    from tools import handoff

    core = app_client.app.state.core.assistant  # type: ignore[attr-defined]
    portal = app_client.portal
    assert portal is not None

    def say(text: str) -> list[Any]:
        async def run() -> list[Any]:
            return [e async for e in core.reply(Turn(session_id="graph-held", text=text, channel="api"))]
        return portal.call(run)

    filed = [e for e in say("I want to talk to a person") if e.type == "handoff"]
    assert filed
    ticket = filed[0].ticket_id
    waiting = say("waterproof hiking boots")  # open ticket: the catalog is still answered below the notice
    assert any(e.type == "products" for e in waiting)
    handoff.take(staffed.db_url, ticket, "ana")
    held = say("waterproof hiking boots")
    assert not any(e.type == "products" for e in held)
    state = portal.call(core.session_state, "graph-held")
    assert state["escalated"] is True and state["ticket_id"] == ticket
    assert handoff.get_ticket(staffed.db_url, ticket).messages[-1].text == "waterproof hiking boots"
    handoff.release(staffed.db_url, ticket, "ana")
    back = say("waterproof hiking boots")
    assert any(e.type == "products" for e in back)
    assert portal.call(core.session_state, "graph-held")["escalated"] is False


CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ANGRY = ["This is terrible. My new boots fell apart after two days!",
         "Worst shop ever, I am furious and nobody helps me!",
         "I want to speak to a human right now!"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_in_chromium_an_angry_shopper_is_taken_over_answered_by_a_person_and_given_back(
        staffed: Settings, browser_assistant: object) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(staffed, assistant=browser_assistant)  # type: ignore[arg-type]
    with serve_in_thread(app) as base, sync_playwright() as pw:
        assert httpx.post(base + "/v1/chat", json={"text": "hello"}, timeout=180).status_code == 200  # warm models
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            # Two browser contexts: the shopper and the staff member share no cookies, as on two machines.
            shop = browser.new_context(viewport={"width": 900, "height": 720}, locale="en-US").new_page()
            desk = browser.new_context(viewport={"width": 1200, "height": 720}, locale="en-US").new_page()
            requests: list[str] = []
            for page in (shop, desk):
                page.on("request", lambda r: requests.append(r.url))

            shop.goto(base + "/")
            shop.wait_for_selector("#status-dot.online", timeout=10_000)
            sent = 0
            for text in ANGRY:  # angry until a ticket is filed (sentiment trend, or at the latest the request)
                shop.fill("#input", text)
                shop.keyboard.press("Enter")
                sent += 1
                shop.wait_for_selector(f".msg.bot[data-state=done] >> nth={sent - 1}", timeout=90_000)
                if shop.locator(".handoff").count():
                    break
            assert shop.locator(".handoff").count() == 1, "the angry conversation filed no ticket"
            session = shop.evaluate("localStorage.getItem('shopkeeper.session')")

            # The staff page is behind the login: 401 first, then the login form leads to it.
            assert desk.goto(base + "/staff").status == 401  # type: ignore[union-attr]
            desk.goto(base + "/staff/login")
            desk.fill("#username", "ana")
            desk.fill("#password", PASSWORD)
            desk.click("#login")
            desk.wait_for_url(base + "/staff", timeout=10_000)
            desk.wait_for_selector("#live.on", timeout=10_000)
            tickets = staff_tickets(base, desk)
            ticket = next(t for t in tickets if t["session_id"] == session)
            assert ticket["reason"] in ("negative_sentiment", "complaint", "human_request")
            print(f"hand-over after {sent} angry message(s), reason {ticket['reason']}")  # shown with -s
            item = desk.locator(f"#tickets li[data-ticket='{ticket['ticket_id']}']")
            item.wait_for(timeout=10_000)
            item.click()
            desk.wait_for_selector("#detail:not([hidden])")
            assert "furious" in desk.locator("#d-summary").inner_text() or sent < 2

            desk.click("#take")
            desk.wait_for_function("() => document.querySelector('#d-state').dataset.state === 'taken'")
            shop.wait_for_selector(".status-line", timeout=10_000)
            assert "ana" in shop.locator(".status-line").last.inner_text()

            # Held by a person: the shopper's message reaches the staff page live; the assistant stays silent.
            bots_before = shop.locator(".msg.bot[data-state=done]").count()
            shop.fill("#input", "Hello? Is anyone there?")
            shop.keyboard.press("Enter")
            shop.wait_for_selector(".msg.bot.status[data-state=done]", timeout=10_000)
            desk.wait_for_selector("#conversation .m.shopper >> text=Is anyone there?", timeout=10_000)
            assert shop.locator(".msg.bot[data-state=done]").count() == bots_before + 1  # the status line only

            desk.fill("#reply", "Hi, I'm Ana from the store. I'm sorry about the boots, let me help.")
            desk.keyboard.press("Enter")
            shop.wait_for_selector(".msg.staff .bubble >> text=I'm Ana from the store", timeout=10_000)
            assert "ana" in shop.locator(".msg.staff .who").inner_text()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shop.screenshot(path=str(ARTIFACTS / "staff-shopper.png"))
            desk.screenshot(path=str(ARTIFACTS / "staff-desk.png"))

            # Release: the session is the assistant's again, and the next message gets an assistant reply.
            desk.click("#release")
            shop.wait_for_selector(".status-line >> text=assistant is back", timeout=10_000)
            shop.fill("#input", "waterproof hiking boots under 120")
            shop.keyboard.press("Enter")
            last = shop.locator(".msg.bot:not(.staff):not(.status)[data-state=done]").nth(sent)
            last.wait_for(timeout=90_000)
            assert len(last.locator(".bubble").inner_text()) > 10
            assert shop.locator(".card").count() >= 1  # the catalog answer, not a hand-over reply

            outside = [u for u in requests if not u.startswith(base) and not u.startswith("data:")]
            assert outside == [], f"the pages fetched from other hosts: {outside}"
        finally:
            browser.close()


def staff_tickets(base: str, desk: Any) -> list[dict[str, Any]]:
    """The open hand-overs as the logged-in staff page's own fetch sees them (same cookie)."""
    tickets: list[dict[str, Any]] = desk.evaluate("fetch('/staff/api/handoffs').then((r) => r.json())")
    return tickets
