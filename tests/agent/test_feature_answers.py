""""Is the X waterproof?" is answered yes or no first, from the product's own attribute (issue 10: direct answers)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from agent.assistant import Assistant
from tests.agent.assistant_support import (
    collect,
    done_of,
    make_settings,
    real_understander,
    shared_services,
    store_dir,
)


@pytest.fixture
async def assistant(tmp_path):
    understander = real_understander()
    if understander is None:
        pytest.skip("the understander is not installed")
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=understander)
    yield a
    await a.aclose()


def _product(waterproof: bool) -> str:
    """A product whose catalog says it is (or is not) waterproof (the demo's waterproof ones say so in the title)."""
    with sqlite3.connect(store_dir() / "store.db") as conn:
        rows = conn.execute("select title, attributes from products").fetchall()
    for title, attrs in rows:
        if json.loads(attrs or "{}").get("waterproof") is waterproof:
            return str(title)
    raise AssertionError("the demo store has no such product")


@pytest.mark.parametrize(("waterproof", "first_word"), [(True, "Yes"), (False, "No")])
async def test_a_yes_no_feature_question_is_answered_first(assistant, waterproof: bool, first_word: str) -> None:
    title = _product(waterproof)
    done = done_of(await collect(assistant, f"Is the {title} waterproof?", session=f"feat-{waterproof}"))
    assert done.text.startswith(first_word), done.text
    assert title in done.text.split("\n")[0]
