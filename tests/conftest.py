"""Shared test fixtures (keep this file small: area-specific fixtures live in tests/<area>/conftest.py)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# The trained intent classifier depends only on the shipped dataset and the embedding model, so every test's
# temporary store shares one cache (kept under var/, so a second run of the suite skips training too).
os.environ.setdefault("SHOPKEEPER_CACHE_DIR", str(Path(__file__).resolve().parents[1] / "var" / "test-cache"))
# llama.cpp threads sleep instead of spinning: on 2 shared cores spinning slows every other test.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


@pytest.fixture(scope="session")
def demo_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small demo store (300 products, 60 days of sales, seed 7) in a temporary SQLite file, built once per session.

    Its "today" is the real current date, so order and expiry dates read naturally. Tests must not write to it;
    build your own store (``knowledge.demo.build_demo_store``) when a test changes data.
    """
    from knowledge.demo import build_demo_store

    url = f"sqlite:///{tmp_path_factory.mktemp('demo_store') / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=60)
    return url


# -- throwaway servers (tests/servers.py) ------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A PostgreSQL cluster of our own for the whole test session (skipped, with the reason, when it cannot start)."""
    from tests.servers import ServerUnavailable
    from tests.servers import postgres_server as start

    try:
        with start() as server:
            yield server
    except ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL for the tests: {exc}")


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> str:
    """A fresh, empty PostgreSQL database for one test (SQLAlchemy URL). ``SHOPKEEPER_TEST_POSTGRES_URL`` points the
    tests at a server of your own instead (an empty database they may fill)."""
    configured = os.environ.get("SHOPKEEPER_TEST_POSTGRES_URL")
    if configured:
        return configured
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"t_{uuid.uuid4().hex[:12]}")  # type: ignore[attr-defined, no-any-return]


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A redis-server of our own on a free loopback port for the whole test session."""
    from tests.servers import ServerUnavailable, redis_server

    try:
        with redis_server() as server:
            yield server.url
    except ServerUnavailable as exc:
        pytest.skip(f"no Redis for the tests: {exc}")
