"""Catalog changes made by another process while the server runs reach shoppers' search without a restart: the
serving process follows the DB (knowledge/index_follow.py). A real `shopkeeper import csv` and a price change run
in child processes against the store the live server uses; a shopper's search over `POST /v1/chat` shows them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from channels.web.app import create_app
from knowledge.index_follow import IndexFollower, watermark
from knowledge.services import Services
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import Settings

from .conftest import real_settings
from .live_server import serve_in_thread

TITLE = "Glacier Fjord Vacuum Thermos"
CSV = (
    "ID,Name,Description,Price,Currency,Category,Stock\n"
    f"FOLLOW-1,{TITLE},Keeps tea hot for 24 hours on the trail.,23.45,USD,Outdoor > Camping > Bottles,7\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index

    root = tmp_path_factory.mktemp("follow")
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=11, products=120, sales_days=7)
    settings = real_settings(url, root / "data")
    settings.index.follow_s = 0.25
    build_index(settings, Services(settings).embedder)
    return settings


def _env(settings: Settings) -> dict[str, str]:
    return {**os.environ, "SHOPKEEPER_DB__URL": settings.db_url, "SHOPKEEPER_DATA_DIR": str(settings.data_dir)}


def _search(base: str, text: str) -> list[dict[str, Any]]:
    resp = httpx.post(base + "/v1/chat", json={"text": text, "locale": "en"}, timeout=120)
    assert resp.status_code == 200, resp.text
    # No notice: the index answered (a broken index would fall back to a keyword search from the DB, and say so).
    assert resp.json()["notices"] == [], resp.json()["notices"]
    products: list[dict[str, Any]] = resp.json()["products"]
    return products


def _wait_for(check: Any, seconds: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if check():
            return time.monotonic() - start
        time.sleep(0.2)
    raise AssertionError(f"not seen in search within {seconds} s")


def test_a_step_runs_only_when_the_catalog_moved(store: Settings) -> None:
    follower = IndexFollower(store, Services(store))
    try:
        first = follower.step()
        assert first is not None and (first.indexed, first.deleted) == (0, 0)  # built from this DB: nothing to do
        assert follower.step() is None  # the watermark has not moved
        assert follower.seen == watermark(store.db_url)
    finally:
        follower.close()


def test_an_import_and_a_price_change_by_other_processes_reach_search(store: Settings, tmp_path: Path) -> None:
    csv = tmp_path / "new.csv"
    csv.write_text(CSV, encoding="utf-8")
    with serve_in_thread(create_app(store, limiter=MemoryLimiter())) as base:
        assert not any(p["title"] == TITLE for p in _search(base, TITLE))
        done = subprocess.run(
            [sys.executable, "-m", "shopkeeper.cli", "import", "csv", str(csv), "--source", "follow"],
            env=_env(store), capture_output=True, text=True, timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        took = _wait_for(lambda: any(p["title"] == TITLE for p in _search(base, TITLE)), 10)
        print(f"imported product in search {took:.2f} s after the import finished")
        hit = next(p for p in _search(base, TITLE) if p["title"] == TITLE)
        assert Decimal(str(hit["price"])) == Decimal("23.45")

        # The same product re-priced by a script in another process (as a second web worker on the same DB would).
        script = (
            "import sys; from decimal import Decimal; from sqlalchemy import select;"
            "from knowledge.db import session_scope; from knowledge.schema import Product\n"
            "with session_scope(sys.argv[1]) as s:\n"
            "    p = s.scalars(select(Product).where(Product.external_id == 'FOLLOW-1')).one()\n"
            "    p.price = Decimal('19.95')\n"
        )
        subprocess.run([sys.executable, "-c", script, store.db_url], check=True, timeout=120, env=_env(store))
        _wait_for(lambda: any(p["title"] == TITLE and Decimal(str(p["price"])) == Decimal("19.95")
                              for p in _search(base, TITLE)), 10)
