"""Shared test fixtures (keep this file small: area-specific fixtures live in tests/<area>/conftest.py)."""

from __future__ import annotations

import pytest


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
