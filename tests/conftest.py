"""Shared test fixtures (keep this file small: area-specific fixtures live in tests/<area>/conftest.py)."""

from __future__ import annotations

import os
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
