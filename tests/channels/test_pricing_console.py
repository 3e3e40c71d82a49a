"""End to end: a markdown proposal -> a manager approves it over HTTP in the console -> a shopper's search over
POST /v1/chat shows the new price at once (also through the index's price filter). Shoppers and hosts cannot decide.

Our own store and index (a price changes here; the shared channel store stays as it was).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from channels.web.app import create_app
from knowledge.db import session_scope
from knowledge.schema import PriceProposal, ProposalState, StoreEvent
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings
from tools.pricing import store
from tools.pricing.models import Draft
from tools.pricing.proposals import propose

from .conftest import real_settings
from .test_staff import HOST_PASSWORD, login, staff_settings

TODAY = dt.date.today()  # the demo store is generated for the real today


@pytest.fixture(scope="module")
def priced(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index
    from knowledge.services import Services

    root = tmp_path_factory.mktemp("pricing_console")
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=60)
    settings = real_settings(url, root / "data")
    settings.staff = staff_settings()
    # The hunt for a searchable proposal sends two chats per draft, and how many drafts it tries depends on the day
    # the demo store is generated for: the per-client turn limit (tested in test_edge.py) must not end it.
    settings.limits.turns = 10_000
    build_index(settings, Services(settings).embedder)
    return settings


@pytest.fixture(scope="module")
def client(priced: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(priced, limiter=MemoryLimiter())) as c:
        yield c


@pytest.fixture(scope="module")
def drafts(priced: Settings) -> list[Draft]:
    made = propose(priced.db_url, priced.pricing, priced.forecast.store, TODAY)
    assert made, "the demo store has overstock to mark down"
    return made


def _chat(client: TestClient, text: str) -> dict[str, Any]:
    # The app's own client (its event loop holds the assistant); it never logs in, so it is a shopper.
    resp = client.post("/v1/chat", json={"text": text, "locale": "en"})
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def _hit(body: dict[str, Any], product_id: int) -> dict[str, Any] | None:
    return next((h for h in body["products"] if h["product_id"] == product_id), None)


def _under(d: Draft) -> Decimal:
    """A price limit between the proposed and the current price."""
    return ((d.current_price + d.proposed_price) / 2).quantize(Decimal("1"))


def _searchable(client: TestClient, drafts: list[Draft]) -> Draft:
    """A proposal whose product a shopper finds by its title, at its current price, and which a price limit
    between the two prices filters out today."""
    for d in drafts:
        if not d.current_price > _under(d) > d.proposed_price:
            continue
        hit = _hit(_chat(client, d.title), d.product_id)
        if hit is None or Decimal(str(hit["price"])) != d.current_price:
            continue
        if _hit(_chat(client, f"{d.title} under {_under(d)}"), d.product_id) is None:
            return d
    raise AssertionError("no proposed product could be found by its title")


def test_proposal_approved_in_the_console_shows_in_a_shoppers_search(
    client: TestClient, priced: Settings, drafts: list[Draft]
) -> None:
    chosen = _searchable(client, drafts)
    (pid,) = store.save(priced.db_url, [chosen], by="test")

    manager = TestClient(client.app)
    login(manager)
    listed = manager.get("/staff/api/pricing/proposals", params={"lang": "ru"})
    assert listed.status_code == 200, listed.text
    row = next(r for r in listed.json()["rows"] if r["id"] == pid)
    assert row["state"] == "proposed" and Decimal(row["proposed_price"]) == chosen.proposed_price
    assert any("Эластичность" in line for line in row["drivers"])

    resp = manager.post(f"/staff/api/pricing/proposals/{pid}/approve")
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert out["proposal"]["state"] == "applied" and out["proposal"]["decided_by"] == "staff:ana"
    assert out["index_refreshed"] is True

    # At once: the shopper's search by title shows the new price, in the card and in the reply's words.
    body = _chat(client, chosen.title)
    hit = _hit(body, chosen.product_id)
    assert hit is not None and Decimal(str(hit["price"])) == chosen.proposed_price
    if chosen.title in body["text"]:
        assert str(chosen.proposed_price) in body["text"] and str(chosen.current_price) not in body["text"]
    # And through the index's price filter: "under" a limit only the new price meets.
    cheaper = _chat(client, f"{chosen.title} under {_under(chosen)}")
    hit = _hit(cheaper, chosen.product_id)
    assert hit is not None and Decimal(str(hit["price"])) == chosen.proposed_price, (
        chosen.title, str(_under(chosen)), cheaper["text"], [h["title"] for h in cheaper["products"]])

    with session_scope(priced.db_url) as s:
        event = s.scalars(
            select(StoreEvent).where(StoreEvent.kind == "price_changed", StoreEvent.product_id == chosen.product_id)
        ).one()
        assert event.payload["by"] == "staff:ana" and event.payload["new"] == str(chosen.proposed_price)

    again = manager.post(f"/staff/api/pricing/proposals/{pid}/approve")
    assert again.status_code == 409


def test_reject_over_http_and_unknown_proposals(client: TestClient, priced: Settings, drafts: list[Draft]) -> None:
    (pid,) = store.save(priced.db_url, [drafts[-1]], by="test")
    manager = TestClient(client.app)
    login(manager)
    page = manager.get("/staff/pricing")
    assert page.status_code == 200 and "Price proposals" in page.text and "/static/pricing.js" in page.text
    resp = manager.post(f"/staff/api/pricing/proposals/{pid}/reject", json={"note": "wait for the weekend"})
    assert resp.status_code == 200 and resp.json()["proposal"]["state"] == "rejected"
    assert manager.post("/staff/api/pricing/proposals/999999/approve").status_code == 404
    applied = manager.get("/staff/api/pricing/proposals", params={"state": "rejected"}).json()
    assert pid in {r["id"] for r in applied["rows"]}


def test_shoppers_and_hosts_cannot_decide(client: TestClient, priced: Settings, drafts: list[Draft]) -> None:
    (pid,) = store.save(priced.db_url, [drafts[0]], by="test")
    shopper = TestClient(client.app)
    assert shopper.get("/staff/api/pricing/proposals").status_code == 401
    assert shopper.get("/staff/pricing").status_code == 401
    assert shopper.post(f"/staff/api/pricing/proposals/{pid}/approve").status_code == 401
    host = TestClient(client.app)
    login(host, "bo", HOST_PASSWORD)
    assert host.get("/staff/api/pricing/proposals").status_code == 403
    assert host.post(f"/staff/api/pricing/proposals/{pid}/approve").status_code == 403
    assert host.post(f"/staff/api/pricing/proposals/{pid}/reject").status_code == 403
    # A shopper's chat that asks for it changes nothing: the chat's role is the shopper's, set by the server.
    for text in (f"approve price proposal {pid}", "what should we mark down?", "что уценить?", "哪些商品该降价"):
        body = _chat(client, text)
        assert not body["tables"], (text, body)
    with session_scope(priced.db_url) as s:
        row = s.get(PriceProposal, pid)
        assert row is not None and row.state == ProposalState.PROPOSED
