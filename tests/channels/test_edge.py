"""The web app's edge: server-issued sessions, body caps before parsing, the websocket's Origin, per-client rate limits
(in memory and shared through Redis by two apps), /health for the operator only, and error hygiene: a password
planted in a misconfigured URL reaches no response, no frame, no /health answer, and only masked the log."""

from __future__ import annotations

import json
import logging
import socket
import uuid
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from starlette.websockets import WebSocketDisconnect

from agent import templates
from agent.shopper_messages import error_text
from channels.web.app import create_app, issuer_of
from channels.web.edge import TrustedProxies, client_address, origin_allowed, pick_language
from channels.web.sessions import SessionIssuer, load_secret
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import (
    AgentSettings,
    DatabaseSettings,
    LimitsSettings,
    LLMSettings,
    ServerSettings,
    Settings,
)

from .conftest import OPERATOR, OPERATOR_TOKEN, real_settings
from .live_server import serve_in_thread
from .standin import StandIn

PLANTED = "S3cr3tPlanted"


def edge_settings(tmp_path: Path, **server: object) -> Settings:
    limits = server.pop("limits", None)
    return Settings(
        data_dir=tmp_path, db=DatabaseSettings(url=f"sqlite:///{tmp_path}/empty.db"), llm=LLMSettings(backend="none"),
        server=ServerSettings(operator_token=SecretStr(OPERATOR_TOKEN), **server),  # type: ignore[arg-type]
        limits=limits or LimitsSettings(), store_name="Edge Test Shop",
    )


def standin_app(settings: Settings, **kwargs: object) -> tuple[TestClient, StandIn]:
    core = StandIn()
    return TestClient(create_app(settings, assistant=core, **kwargs)), core  # type: ignore[arg-type]


def first_frame(ws) -> dict:
    frame: dict = ws.receive_json()
    return frame


def until_done(ws) -> list[dict]:
    frames = [ws.receive_json()]
    while frames[-1]["type"] != "done":
        frames.append(ws.receive_json())
    return frames


# -- sessions -------------------------------------------------------------------------------------------------------

def test_sessions_are_issued_signed_and_unguessable(tmp_path: Path) -> None:
    issuer = SessionIssuer(b"k" * 32)
    ids = {issuer.issue() for _ in range(200)}
    assert len(ids) == 200 and all(issuer.valid(i) for i in ids)
    one = next(iter(ids))
    token, mac = one.split(".")
    assert len(token) == 24 and len(mac) == 22
    forged = token[:-1] + ("A" if token[-1] != "A" else "B") + "." + mac  # another token under the same MAC
    assert not issuer.valid(forged)
    assert not SessionIssuer(b"x" * 32).valid(one)  # another server's secret
    for bad in ("", "web-123", "a.b", one + "x", None):
        assert not issuer.valid(bad)


def test_the_generated_secret_is_kept_under_data_dir(tmp_path: Path) -> None:
    settings = edge_settings(tmp_path)
    key = load_secret(settings)
    path = tmp_path / "secrets" / "session.key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_secret(settings) == key  # a restart (or a second worker) keeps sessions valid
    first, _ = standin_app(settings)
    second, _ = standin_app(edge_settings(tmp_path))
    assert issuer_of(second.app).valid(issuer_of(first.app).issue())
    configured = edge_settings(tmp_path / "other", session_secret=SecretStr("s" * 32))
    assert load_secret(configured) == b"s" * 32 and not (tmp_path / "other" / "secrets").exists()


def test_post_without_a_session_gets_one_and_continues_with_it(tmp_path: Path) -> None:
    client, core = standin_app(edge_settings(tmp_path))
    with client:
        first = client.post("/v1/chat", json={"text": "hello"}).json()
        sid = first["session_id"]
        assert issuer_of(client.app).valid(sid) and first["text"] == f"[{sid} #1] you said: hello"
        again = client.post("/v1/chat", json={"session_id": sid, "text": "again"}).json()
        assert again["session_id"] == sid and again["text"] == f"[{sid} #2] you said: again"
        issued = client.post("/v1/sessions").json()
        assert issued["type"] == "session" and issuer_of(client.app).valid(issued["session_id"])


def test_a_client_chosen_session_id_is_refused(tmp_path: Path) -> None:
    client, core = standin_app(edge_settings(tmp_path))
    with client:
        resp = client.post("/v1/chat", json={"session_id": "my-own-session", "text": "hello", "locale": "ru"})
        assert resp.status_code == 400
        assert resp.json() == {"code": "session_invalid", "message": templates.t("err_session_invalid", "ru")}
        # Over the websocket: on connect (error frame, then close 1008) and in a frame (error + empty done).
        with client.websocket_connect("/ws/chat?session_id=my-own-session") as ws:
            assert first_frame(ws)["code"] == "session_invalid"
            with pytest.raises(WebSocketDisconnect) as closed:
                ws.receive_json()
            assert closed.value.code == 1008
        with client.websocket_connect("/ws/chat") as ws:
            sid = first_frame(ws)["session_id"]
            ws.send_json({"session_id": "web-chosen", "text": "hi", "id": "m1"})
            frames = until_done(ws)
            assert [(f["type"], f.get("code"), f["reply_to"]) for f in frames] == [
                ("error", "session_invalid", "m1"), ("done", None, "m1")]
            assert until_done_text(ws, "still here") == f"[{sid} #1] you said: still here"
        # A signed id handed back on connect continues that session.
        with client.websocket_connect(f"/ws/chat?session_id={sid}") as ws:
            assert first_frame(ws) == {"type": "session", "session_id": sid}
            assert until_done_text(ws, "back") == f"[{sid} #2] you said: back"
    assert "my-own-session" not in core.turns and "web-chosen" not in core.turns


def until_done_text(ws, text: str) -> str:
    ws.send_json({"text": text})
    return str(until_done(ws)[-1]["text"])


# -- bodies, origins ------------------------------------------------------------------------------------------------

def test_an_oversize_body_gets_413_before_parsing(tmp_path: Path) -> None:
    client, core = standin_app(edge_settings(tmp_path, max_body_bytes=4096))
    with client:
        big = json.dumps({"text": "x" * 10_000}).encode()
        resp = client.post("/v1/chat", content=big, headers={"content-type": "application/json",
                                                               "accept-language": "zh-CN,zh;q=0.9"})
        assert resp.status_code == 413
        assert resp.json() == {"code": "too_large", "message": templates.t("err_too_large", "zh")}
        # Not JSON at all: parsing would say 422; the cap answers first.
        assert client.post("/v1/chat", content=b"{" * 5000,
                           headers={"content-type": "application/json"}).status_code == 413
        # Chunked (no Content-Length): the bytes are counted as they arrive.
        chunks = iter([b'{"text": "', b"y" * 3000, b"z" * 3000, b'"}'])
        resp = client.post("/v1/chat", content=chunks, headers={"content-type": "application/json"})
        assert resp.status_code == 413 and resp.json()["code"] == "too_large"
        # Under the cap all is as usual.
        assert client.post("/v1/chat", json={"text": "small"}).status_code == 200
    assert sum(core.turns.values()) == 1


def test_a_declared_oversize_body_is_refused_without_reading_it(tmp_path: Path) -> None:
    """Over a real socket: a 10 MB Content-Length gets 413 at once, though not one byte of the body was sent."""
    app = create_app(edge_settings(tmp_path), assistant=StandIn())
    with serve_in_thread(app) as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 10000000\r\n\r\n")
            head = sock.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 413"), head


def test_the_websocket_checks_its_origin(tmp_path: Path) -> None:
    client, _ = standin_app(edge_settings(tmp_path))
    with client:
        for origin in ("https://evil.example", "null", "http://testserver.evil.example"):
            with pytest.raises(WebSocketDisconnect) as refused, \
                    client.websocket_connect("/ws/chat", headers={"origin": origin}):
                pass
            assert refused.value.code == 1008, origin
        for origin in ("http://testserver", "http://localhost:5173", "http://127.0.0.1:8000"):
            with client.websocket_connect("/ws/chat", headers={"origin": origin}) as ws:
                assert first_frame(ws)["type"] == "session", origin
    client, _ = standin_app(edge_settings(tmp_path, allowed_origins=["https://shop.example.com"]))
    with client:
        with client.websocket_connect("/ws/chat", headers={"origin": "https://shop.example.com"}) as ws:
            assert first_frame(ws)["type"] == "session"
        with pytest.raises(WebSocketDisconnect), client.websocket_connect("/ws/chat",
                                                                         headers={"origin": "http://localhost"}):
            pass


def test_origin_rules() -> None:
    assert origin_allowed(None, "shop:8000", [])  # not a browser: nothing to protect
    assert origin_allowed("https://shop:8000", "shop:8000", [])
    assert not origin_allowed("https://shop:8001", "shop:8000", [])
    assert origin_allowed("http://[::1]:3000", "shop", [])
    assert origin_allowed("https://anything.example", "shop", ["*"])
    assert not origin_allowed("file://", "shop", [])


# -- clients and rate limits ----------------------------------------------------------------------------------------

def test_the_client_is_the_peer_unless_a_trusted_proxy_says_otherwise() -> None:
    none, proxy = TrustedProxies([]), TrustedProxies(["10.0.0.0/8", "testclient"])
    assert client_address("198.51.100.4", ["203.0.113.9"], none) == "198.51.100.4"  # a header anyone can write
    assert client_address("10.1.2.3", ["203.0.113.9"], proxy) == "203.0.113.9"
    # Left of the last untrusted hop is whatever the client wrote: it is not believed.
    assert client_address("10.1.2.3", ["1.1.1.1, 203.0.113.9, 10.0.0.7"], proxy) == "203.0.113.9"
    assert client_address("198.51.100.4", ["203.0.113.9"], proxy) == "198.51.100.4"
    assert pick_language("fr-FR, ru;q=0.8, en;q=0.5") == "ru" and pick_language(None) == "en"


def test_turns_are_limited_per_client_across_rotating_sessions(tmp_path: Path) -> None:
    settings = edge_settings(tmp_path, limits=LimitsSettings(turns=3, window_s=60))
    client, core = standin_app(settings, limiter=MemoryLimiter())
    with client:
        # A new session for every message does not reset the count: it is kept per client.
        for i in range(2):
            assert client.post("/v1/chat", json={"text": f"hello {i}"}).status_code == 200
        with client.websocket_connect("/ws/chat") as ws:
            first_frame(ws)
            other = client.post("/v1/sessions").json()["session_id"]
            ws.send_json({"session_id": other, "text": "third", "id": "t3"})
            assert until_done(ws)[-1]["text"].endswith("you said: third")
            ws.send_json({"text": "fourth", "id": "t4", "locale": "ru"})
            frames = until_done(ws)
            assert frames[0] == {"type": "error", "code": "rate_limited",
                                 "message": templates.t("rate_limited", "ru"), "reply_to": "t4"}
            assert frames[-1]["type"] == "done" and frames[-1]["text"] == ""
        resp = client.post("/v1/chat", json={"text": "fifth"})
        assert resp.status_code == 429 and resp.json()["code"] == "rate_limited"
        assert int(resp.headers["retry-after"]) == 60
    assert sum(core.turns.values()) == 3


def test_forwarded_for_is_believed_only_from_trusted_proxies(tmp_path: Path) -> None:
    limits = LimitsSettings(turns=1, window_s=60)
    # TestClient's peer is "testclient": trusted here, so each X-Forwarded-For address is its own client.
    client, _ = standin_app(edge_settings(tmp_path, trusted_proxies=["testclient"], limits=limits),
                            limiter=MemoryLimiter())
    with client:
        for addr in ("203.0.113.1", "203.0.113.2"):
            assert client.post("/v1/chat", json={"text": "hi"}, headers={"x-forwarded-for": addr}).status_code == 200
        assert client.post("/v1/chat", json={"text": "hi"},
                           headers={"x-forwarded-for": "203.0.113.1"}).status_code == 429
    client, _ = standin_app(edge_settings(tmp_path, limits=limits), limiter=MemoryLimiter())
    with client:  # nobody trusted: the header changes nothing
        for addr, status in (("203.0.113.1", 200), ("203.0.113.2", 429)):
            assert client.post("/v1/chat", json={"text": "hi"}, headers={"x-forwarded-for": addr}).status_code == status


def test_the_client_address_reaches_the_turn(tmp_path: Path) -> None:
    seen: list[str | None] = []

    class Recorder(StandIn):
        async def reply(self, turn):  # type: ignore[no-untyped-def]
            seen.append(turn.client_id)
            async for event in super().reply(turn):
                yield event

    app = create_app(edge_settings(tmp_path, trusted_proxies=["testclient"]), assistant=Recorder())
    with TestClient(app) as client:
        client.post("/v1/chat", json={"text": "hi"}, headers={"x-forwarded-for": "203.0.113.5"})
        with client.websocket_connect("/ws/chat") as ws:
            first_frame(ws)
            until_done_text(ws, "hi")
    assert seen == ["203.0.113.5", "testclient"]


# -- /health --------------------------------------------------------------------------------------------------------

def test_health_is_plain_for_anyone_and_detailed_for_the_operator(tmp_path: Path) -> None:
    client, _ = standin_app(edge_settings(tmp_path, trusted_proxies=["testclient"]))
    with client:
        anonymous = client.get("/health")
        assert anonymous.status_code == 200 and anonymous.json() == {"status": "degraded"}
        assert client.get("/health", headers={"Authorization": "Bearer wrong"}).json() == {"status": "degraded"}
        detailed = client.get("/health", headers=OPERATOR).json()
        assert detailed["status"] == "degraded" and {"store", "index", "llm"} <= set(detailed["checks"])
        # Loopback is not an operator unless the setting says so (a reverse proxy on the same host would be one).
        assert client.get("/health", headers={"x-forwarded-for": "127.0.0.1"}).json() == {"status": "degraded"}
    client, _ = standin_app(edge_settings(tmp_path, trusted_proxies=["testclient"], health_details_from_loopback=True))
    with client:
        assert "checks" in client.get("/health", headers={"x-forwarded-for": "127.0.0.1"}).json()
        assert "checks" not in client.get("/health", headers={"x-forwarded-for": "203.0.113.1"}).json()


# -- error hygiene --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("checkpoint_url", [
    f"postgresql://shop:{PLANTED}@127.0.0.1:1/x",
    f"mysql://shop:{PLANTED}@127.0.0.1:1/x",  # unsupported: the error message quotes the URL
])
def test_a_planted_password_reaches_no_response_frame_or_health(
        checkpoint_url: str, channels_store: str, indexed_data_dir: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    from agent.assistant import Assistant

    base = real_settings(channels_store, indexed_data_dir)
    settings = base.model_copy(update={
        "agent": AgentSettings(llm_for_understanding=False, checkpoint_url=checkpoint_url),
        "db": DatabaseSettings(url=f"postgresql+psycopg://shop:{PLANTED}@127.0.0.1:1/store"),
    })
    # The real Assistant (its understander is never reached: the checkpointer fails first).
    core = Assistant(settings, understander=SimpleNamespace())
    seen: list[str] = []
    caplog.set_level(logging.DEBUG)
    with TestClient(create_app(settings, assistant=core, limiter=MemoryLimiter())) as client:
        resp = client.post("/v1/chat", json={"text": "where is my order 1003?"})
        seen.append(resp.text)
        body = resp.json()
        # A stable code (a driver's error is "internal", our own configuration error "unavailable") and its sentence.
        assert resp.status_code == 200 and len(body["errors"]) == 1 and body["notices"] == []
        code = body["errors"][0]["code"]
        assert code in ("unavailable", "internal") and body["errors"][0]["message"] == error_text(code, "en")
        with client.websocket_connect("/ws/chat") as ws:
            seen.append(json.dumps(first_frame(ws)))
            ws.send_json({"text": "где мой заказ 1003?", "id": "r1"})
            frames = until_done(ws)
            seen.extend(json.dumps(f, ensure_ascii=False) for f in frames)
            assert [f["message"] for f in frames if f["type"] == "error"] == [error_text(code, "ru")]
        for headers in ({}, OPERATOR):
            health = client.get("/health", headers=headers)
            seen.append(health.text)
    assert seen and not [s for s in seen if PLANTED in s]
    # The operator's log has the cause, with the password masked.
    failures = [r for r in caplog.records if "turn failed" in r.getMessage()]
    assert failures and PLANTED not in caplog.text
    if checkpoint_url.startswith("mysql"):
        assert "mysql://shop:***@127.0.0.1:1/x" in caplog.text


def test_notices_reach_the_shopper_only_from_the_fixed_set(tmp_path: Path) -> None:
    from agent.events import DoneEvent, ErrorEvent
    from agent.shopper_messages import public_event, shopper_notices

    raw = [templates.t("notice_llm", "ru"), f"store unreachable: postgresql://u:{PLANTED}@h/x",
           "internal error: KeyError"]
    assert shopper_notices(raw, "ru", ticket_id=42) == [templates.t("notice_llm", "ru"),
                                                        templates.t("notice_handoff", "ru", ticket=42)]
    done = public_event(DoneEvent(text="ok", intent="other", language="en", notices=raw), "en")
    assert isinstance(done, DoneEvent) and done.notices == [templates.t("notice_llm", "ru")]
    err = public_event(ErrorEvent(code="config", message=f"bad URL postgresql://u:{PLANTED}@h/x"), "zh")
    assert err == ErrorEvent(code="internal", message=templates.t("error", "zh"))


# -- limits shared through Redis ------------------------------------------------------------------------------------

@pytest.mark.redis
def test_redis_limiter_counts_in_a_sliding_window(redis_url: str) -> None:
    import time

    from shopkeeper.limits import RedisLimiter

    limiter = RedisLimiter(redis_url, prefix=f"t-{uuid.uuid4().hex}")
    try:
        assert [limiter.hit("k", limit=2, window_s=0.5) for _ in range(3)] == [True, True, False]
        assert limiter.count("k", window_s=0.5) == 2 and limiter.count("other", window_s=0.5) == 0
        time.sleep(0.6)
        assert limiter.count("k", window_s=0.5) == 0 and limiter.hit("k", limit=2, window_s=0.5)
        limiter.reset("k")
        assert limiter.count("k", window_s=10) == 0
    finally:
        limiter.close()


@pytest.mark.redis
def test_two_app_instances_share_the_rate_limit_through_redis(redis_url: str, tmp_path: Path) -> None:
    """Two web workers (two apps, two limiters, one Redis): a client's turns are counted once, wherever they land."""
    from shopkeeper.limits import RedisLimiter

    prefix = f"t-{uuid.uuid4().hex}"
    limits = LimitsSettings(redis_url=SecretStr(redis_url), key_prefix=prefix, turns=4, window_s=60)
    workers = [RedisLimiter(redis_url, prefix=prefix), RedisLimiter(redis_url, prefix=prefix)]
    a, _ = standin_app(edge_settings(tmp_path / "a", limits=limits, session_secret=SecretStr("k" * 32)),
                       limiter=workers[0])
    b, _ = standin_app(edge_settings(tmp_path / "b", limits=limits, session_secret=SecretStr("k" * 32)),
                       limiter=workers[1])
    with a, b:
        codes = [(a if i % 2 == 0 else b).post("/v1/chat", json={"text": f"hi {i}"}).status_code for i in range(6)]
        assert codes == [200, 200, 200, 200, 429, 429]
        # The same secret on both workers: a session one issued continues on the other.
        sid = a.post("/v1/sessions").json()["session_id"]
        assert issuer_of(b.app).valid(sid)
    for limiter in workers:
        limiter.close()


@pytest.mark.redis
def test_get_limiter_uses_redis_when_configured(redis_url: str, tmp_path: Path) -> None:
    from shopkeeper.limits import RedisLimiter, get_limiter

    settings = edge_settings(tmp_path, limits=LimitsSettings(redis_url=SecretStr(redis_url), key_prefix="g"))
    limiter = get_limiter(settings)
    assert isinstance(limiter, RedisLimiter) and get_limiter(settings) is limiter
    assert isinstance(get_limiter(edge_settings(tmp_path)), MemoryLimiter)


def test_a_dead_limits_store_lets_traffic_through_and_says_so(tmp_path: Path,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    from shopkeeper.errors import LimitsUnavailable
    from shopkeeper.limits import RedisLimiter

    dead = RedisLimiter(f"redis://:{PLANTED}@127.0.0.1:1/0", timeout_s=0.2)
    with pytest.raises(LimitsUnavailable):
        dead.hit("k", limit=1, window_s=1)
    client, _ = standin_app(edge_settings(tmp_path), limiter=dead)
    with client:
        assert client.post("/v1/chat", json={"text": "hi"}).status_code == 200
    assert "rate limit not applied" in caplog.text and PLANTED not in caplog.text


def test_memory_limiter_window_and_reset() -> None:
    limiter = MemoryLimiter()
    assert [limiter.hit("a", limit=3, window_s=60) for _ in range(4)] == [True, True, True, False]
    assert limiter.hit("b", limit=3, window_s=60) and limiter.count("a", window_s=60) == 3
    limiter.reset("a")
    assert limiter.count("a", window_s=60) == 0 and limiter.hit("a", limit=3, window_s=60)
    assert limiter.hit("w", limit=1, window_s=0.05)
    import time

    time.sleep(0.06)
    assert limiter.hit("w", limit=1, window_s=0.05)  # the window moved on


def test_httpx_client_against_a_live_server_gets_a_session(tmp_path: Path) -> None:
    app = create_app(edge_settings(tmp_path), assistant=StandIn())
    with serve_in_thread(app) as base:
        body = httpx.post(base + "/v1/chat", json={"text": "hello"}, timeout=30).json()
    assert issuer_of(app).valid(body["session_id"])


def test_the_operators_health_details_are_masked_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check whose failure quotes a connection string: the operator sees the cause, never the password."""
    from channels.web import health

    def leaky(_settings: Settings) -> health.HealthCheck:
        raise RuntimeError(f"cannot reach postgresql://shop:{PLANTED}@db.internal:5432/store")

    monkeypatch.setitem(health.CHECKS, "store", leaky)
    client, _ = standin_app(edge_settings(tmp_path))
    with client:
        detailed = client.get("/health", headers=OPERATOR)
        plain = client.get("/health")
    assert PLANTED not in detailed.text and PLANTED not in plain.text and plain.json() == {"status": "degraded"}
    assert "postgresql://shop:***@db.internal:5432/store" in detailed.json()["checks"]["store"]["detail"]
