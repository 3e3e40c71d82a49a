"""The console's experiments API and page (channels/web/experiments.py): managers define, read and stop
experiments; a host's login is refused, no login is 401. The router on its own app over a migrated store."""

from __future__ import annotations

import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from channels.web.experiments import experiments_router
from channels.web.staff_auth import COOKIE, StaffCookies, StaffPrincipal, hash_password
from knowledge.migrate import upgrade
from shopkeeper.settings import DatabaseSettings, Settings, StaffSettings, StaffUser
from tools.experiments import hooks, store

SPEC = {
    "name": "price-display",
    "variants": [
        {"name": "A", "weight": 1},
        {"name": "B", "weight": 1, "config": {"price_display": "scarcity"}},
    ],
}


@pytest.fixture
def app_and_cookies(tmp_path) -> tuple[FastAPI, StaffCookies, Settings]:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    settings = Settings(
        data_dir=tmp_path,
        db=DatabaseSettings(url=url),
        staff=StaffSettings(
            users={
                "ana": StaffUser(role="manager", password_hash=SecretStr(hash_password("pw-ana-1234"))),
                "bo": StaffUser(role="host", password_hash=SecretStr(hash_password("pw-bo-12345"))),
            }
        ),
    )
    app = FastAPI()
    cookies = StaffCookies(b"k" * 32, settings)
    app.state.staff_cookies = cookies
    app.include_router(experiments_router(settings))
    return app, cookies, settings


def _as(client: TestClient, cookies: StaffCookies, user: str, role: str) -> None:
    who = StaffPrincipal(user=user, role=role, exp=int(time.time()) + 600)  # type: ignore[arg-type]
    client.cookies.set(COOKIE, cookies.sign(who))


def test_manager_defines_reads_and_stops_an_experiment(app_and_cookies):
    app, cookies, settings = app_and_cookies
    with TestClient(app) as c:
        assert c.get("/staff/api/experiments").status_code == 401
        assert c.get("/staff/experiments").status_code == 401
        _as(c, cookies, "ana", "manager")
        page = c.get("/staff/experiments")
        assert page.status_code == 200 and "/static/experiments.js" in page.text
        assert c.post("/staff/api/experiments", json=SPEC).status_code == 201
        assert c.post("/staff/api/experiments", json=SPEC).status_code == 409  # the name is taken
        bad = {**SPEC, "name": "x", "variants": SPEC["variants"][:1]}
        assert c.post("/staff/api/experiments", json=bad).status_code == 422
        listed = c.get("/staff/api/experiments").json()["experiments"]
        assert [e["name"] for e in listed] == ["price-display"] and listed[0]["active"] is True

        store.record_turn(settings.db_url, "web:1", False, store.list_experiments(settings.db_url))
        res = c.get("/staff/api/experiments/price-display/results?min_sample=5").json()
        assert [v["name"] for v in res["variants"]] == ["A", "B"] and res["varies"] == ["price_display"]
        assert sum(v["sessions"] for v in res["variants"]) == 1 and len(res["warnings"]) == 2
        assert c.get("/staff/api/experiments/nope/results").status_code == 404

        stopped = c.post("/staff/api/experiments/price-display/stop").json()["experiment"]
        assert stopped["active"] is False and hooks.running(settings.db_url) == []


def test_a_host_cannot_reach_experiments(app_and_cookies):
    app, cookies, _ = app_and_cookies
    with TestClient(app) as c:
        _as(c, cookies, "bo", "host")
        assert c.get("/staff/api/experiments").status_code == 403
        assert c.post("/staff/api/experiments", json=SPEC).status_code == 403
