""""Is the X waterproof?" is answered yes or no first, from the product's own attribute (issue 10: direct answers)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.agent.assistant_support import (
    collect,
    done_of,
    store_dir,
)


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
