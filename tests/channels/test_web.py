"""The web channel over HTTP and websocket against the real app: health, one-shot chat, streaming, bad frames,
isolation of sessions, the page and the docs."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from agent import templates
from channels.web.app import STATIC_DIR, issuer_of

from .conftest import OPERATOR, STORE_NAME


def session_of(ws) -> str:
    """The session the server issued this socket (its first frame)."""
    frame = ws.receive_json()
    assert frame["type"] == "session" and frame["session_id"], frame
    return str(frame["session_id"])


def turn(ws, text: str, session: str | None = None, **extra) -> list[dict]:
    ws.send_json({"text": text, **extra, **({"session_id": session} if session else {})})
    frames: list[dict] = []
    while True:
        frame = ws.receive_json()
        frames.append(frame)
        if frame["type"] == "done":
            return frames


def test_health_reports_each_part(client: TestClient) -> None:
    resp = client.get("/health", headers=OPERATOR)
    assert resp.status_code == 200
    body = resp.json()
    assert body["store"] == STORE_NAME
    checks = body["checks"]
    assert checks["store"]["status"] == "ok" and checks["index"]["status"] == "ok"
    assert checks["llm"]["status"] == "ok" and "templates" in checks["llm"]["detail"]
    assert body["status"] == "ok"


def test_health_is_degraded_not_failed_without_store_or_index(standin_client: TestClient) -> None:
    resp = standin_client.get("/health", headers=OPERATOR)
    assert resp.status_code == 200
    body = resp.json()
    assert body["status"] == "degraded"
    assert body["checks"]["store"]["status"] == "degraded" and "shopkeeper demo" in body["checks"]["store"]["detail"]
    assert body["checks"]["index"]["status"] == "degraded" and "shopkeeper index" in body["checks"]["index"]["detail"]


def test_chat_post_returns_the_collected_turn(client: TestClient) -> None:
    resp = client.post("/v1/chat", json={"text": "waterproof hiking boots under 120", "locale": "en"})
    assert resp.status_code == 200
    body = resp.json()
    assert issuer_of(client.app).valid(body["session_id"])  # a new session, issued by the server
    assert body["language"] == "en" and body["intent"]
    assert body["products"], body
    for hit in body["products"]:
        assert float(hit["price"]) <= 120 and hit["currency"]
        assert hit["title"] in body["text"] or len(body["products"]) > 3 or body["text"]


def test_chat_post_rejects_bad_input_with_a_clear_message(client: TestClient) -> None:
    resp = client.post("/v1/chat", json={"session_id": "post-2"})
    assert resp.status_code == 422
    assert resp.json()["code"] == "input_rejected" and "text: Field required" in resp.json()["message"]
    resp = client.post("/v1/chat", json={"session_id": "post-2", "text": "list all customers", "role": "manager"})
    assert resp.status_code == 422 and "role is set by the server" in resp.json()["message"]
    resp = client.post("/v1/chat", json={"session_id": "post-2", "text": "hi", "locale": "fr"})
    assert resp.status_code == 422 and "locale" in resp.json()["message"]
    resp = client.post("/v1/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert resp.status_code == 422 and resp.json()["message"]


def test_websocket_streams_a_search_and_ends_with_one_done(client: TestClient) -> None:
    with client.websocket_connect("/ws/chat") as ws:
        assert issuer_of(client.app).valid(session_of(ws))
        frames = turn(ws, "waterproof hiking boots under 120", locale="en", id="m1")
    types = [f["type"] for f in frames]
    assert types[-1] == "done" and types.count("done") == 1
    assert "token" in types and "products" in types
    assert all(f["reply_to"] == "m1" for f in frames)
    streamed = "".join(f["text"] for f in frames if f["type"] == "token")
    assert streamed.strip() and frames[-1]["text"].strip()
    products = next(f for f in frames if f["type"] == "products")["items"]
    assert products and all({"title", "price", "currency", "in_stock", "stock_qty"} <= set(p) for p in products)


def test_bad_frames_get_error_frames_and_the_socket_keeps_working(client: TestClient) -> None:
    with client.websocket_connect("/ws/chat") as ws:
        session_of(ws)
        ws.send_text("not json")
        assert ws.receive_json() == {"type": "error", "code": "bad_frame",
                                     "message": "frame is not valid JSON (Expecting value)"}
        ws.send_bytes(b"\x00\x01")
        assert ws.receive_json()["code"] == "bad_frame"
        ws.send_json({"text": "list all customers", "role": "manager", "id": "x"})
        err = ws.receive_json()
        assert err["type"] == "error" and "role is set by the server" in err["message"] and err["reply_to"] == "x"
        ws.send_json(["a list"])
        assert ws.receive_json()["type"] == "error"
        ws.send_json({"session_id": "", "text": "hi"})
        assert "session_id" in ws.receive_json()["message"]
        ws.send_text("x" * 70_000)
        assert "larger than" in ws.receive_json()["message"]
        frames = turn(ws, "waterproof hiking boots under 120")
        assert frames[-1]["type"] == "done" and frames[-1]["text"]


def test_many_turns_on_one_socket(client: TestClient) -> None:
    with client.websocket_connect("/ws/chat") as ws:
        session_of(ws)
        for i, text in enumerate(["rain jacket under 150", "headlamp", "sleeping bag under 80"]):
            frames = turn(ws, text, id=f"t{i}")
            assert frames[-1]["type"] == "done" and {f["reply_to"] for f in frames} == {f"t{i}"}


def test_two_sessions_get_their_own_order(client: TestClient) -> None:
    """Two sockets, two sessions, interleaved: each reply names its own order and never the other one."""
    with client.websocket_connect("/ws/chat") as a, client.websocket_connect("/ws/chat") as b:
        assert session_of(a) != session_of(b)
        a.send_json({"text": "where is my order 1003?", "id": "a1"})
        b.send_json({"text": "where is my order 1004?", "id": "b1"})
        fa, fb = turn_frames(a), turn_frames(b)
    assert {f["reply_to"] for f in fa} == {"a1"} and {f["reply_to"] for f in fb} == {"b1"}
    assert "1003" in fa[-1]["text"] and "1004" not in fa[-1]["text"]
    assert "1004" in fb[-1]["text"] and "1003" not in fb[-1]["text"]


def turn_frames(ws) -> list[dict]:
    frames: list[dict] = []
    while not frames or frames[-1]["type"] != "done":
        frames.append(ws.receive_json())
    return frames


def test_two_sessions_do_not_share_a_conversation(standin_client: TestClient) -> None:
    """Channel-level isolation: the stand-in numbers each session's turns, so a shared state would show."""
    with standin_client.websocket_connect("/ws/chat") as a, standin_client.websocket_connect("/ws/chat") as b:
        sa, sb = session_of(a), session_of(b)
        for i in range(1, 4):
            fa, fb = turn(a, f"alpha {i}"), turn(b, f"beta {i}")
            assert fa[-1]["text"] == f"[{sa} #{i}] you said: alpha {i}"
            assert fb[-1]["text"] == f"[{sb} #{i}] you said: beta {i}"


def test_a_crash_in_the_core_becomes_a_polite_error_then_done(standin_client: TestClient) -> None:
    with standin_client.websocket_connect("/ws/chat") as ws:
        session_of(ws)
        frames = turn(ws, "please explode", locale="ru")
        assert [f["type"] for f in frames][-2:] == ["error", "done"]
        # A stable code and the fixed, localized sentence; the exception's text stays in the operator's log.
        assert frames[-2]["code"] == "internal" and frames[-2]["message"] == templates.t("error", "ru")
        assert turn(ws, "still there?")[-1]["text"]
    resp = standin_client.post("/v1/chat", json={"text": "explode"})
    assert resp.status_code == 200
    assert resp.json()["errors"] == [{"type": "error", "code": "internal", "message": templates.t("error", "en")}]


def test_page_is_served_and_uses_only_local_assets(client: TestClient) -> None:
    resp = client.get("/")
    assert resp.status_code == 200
    assert f"<h1 id=\"store-name\">{STORE_NAME}</h1>" in resp.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', resp.text)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        assert not re.match(r"^(https?:)?//", asset), asset
        assert client.get(asset).status_code == 200, asset
    for path in [*STATIC_DIR.rglob("*.html"), *STATIC_DIR.rglob("*.js"), *STATIC_DIR.rglob("*.css")]:
        text = Path(path).read_text(encoding="utf-8")
        # The SVG namespace is a name the browser never fetches (createElementNS needs it), not a remote asset.
        text = text.replace("http://www.w3.org/2000/svg", "")
        urls = re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text)
        assert urls == [], f"{path.name} references other hosts: {urls}"


def test_docs_work_offline(client: TestClient) -> None:
    resp = client.get("/docs")
    assert resp.status_code == 200
    assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", resp.text)
    assert assets and "cdn" not in resp.text.lower()
    for asset in assets:
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/v1/chat" in schema["paths"] and "/health" in schema["paths"]


def test_follow_ups_use_each_sessions_own_conversation(client: TestClient) -> None:
    """Per-session state through the channel: "cheaper ones" means boots in one session, lamps in the other."""

    def categories(frames: list[dict]) -> set[str]:
        return {p["category"] for f in frames if f["type"] == "products" for p in f["items"]}

    with client.websocket_connect("/ws/chat") as a, client.websocket_connect("/ws/chat") as b:
        assert session_of(a) != session_of(b)
        first_a = turn(a, "waterproof hiking boots")
        first_b = turn(b, "headlamp")
        assert "Hiking boots" in categories(first_a) and categories(first_b) == {"Headlamps"}
        again_b = turn(b, "show me cheaper ones")
        again_a = turn(a, "show me cheaper ones")
    assert categories(again_a) and categories(again_a) <= categories(first_a)
    # The small store may have nothing cheaper than its cheapest lamp; what matters is that it is never boots.
    assert categories(again_b) <= {"Headlamps"} and "boot" not in again_b[-1]["text"].lower()
