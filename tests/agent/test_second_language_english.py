"""Issue 10 (session 29, development17): English as learners write it — "shoes for running", "more cheap", "the
most cheap camera" — read as the kinds and comparisons the journeys know."""

from __future__ import annotations

import pytest

from agent.understand.shopper_text import shopper_text
from knowledge.query import default_lexicon, understand
from tests.agent.assistant_support import collect, done_of


@pytest.mark.parametrize(("text", "slug"), [
    ("Is there some shoes for running which are not so expensive? Size 39", "running-shoes"),
    ("i search a mat for yoga", "yoga-mats"),
    ("a bag for sleeping, it is cold in the mountains", "sleeping-bags"),
])
def test_a_kind_said_as_x_for_y_is_the_kind(text: str, slug: str) -> None:
    parsed = understand(text, lexicon=default_lexicon()).parsed
    assert parsed.category is not None and parsed.category.endswith("/" + slug), parsed


@pytest.mark.parametrize("text", ["something for running", "a gift for my running friend", "a toy for learning"])
def test_for_with_no_kind_of_that_name_is_left_alone(text: str) -> None:
    assert default_lexicon().kinds_said_backwards(text) == text


@pytest.mark.parametrize(("text", "read"), [
    ("Is there more cheap one?", "Is there cheaper one?"),
    ("your most cheap camera", "your cheapest camera"),
    ("a more big tent", "a bigger tent"),
    ("a more large one", "a larger one"),
])
def test_analytic_comparatives_are_read_as_the_usual_ones(text: str, read: str) -> None:
    assert shopper_text(text) == read


async def test_the_difference_between_the_most_cheap_and_the_most_expensive_is_answered(assistant):
    done = done_of(await collect(assistant, "Please tell me the price difference between your most cheap tent and "
                                 "the most expensive tent.", session="s29-diff"))
    assert "difference is" in done.text.lower(), done.text


@pytest.mark.parametrize(("text", "refused"), [
    ("must be rechargeable, hate buying batteries", "batteries"),
    ("my son hates wearing hats", "hats"),
    ("gift for dad, he doesn't like wearing gloves", "gloves"),
])
def test_a_thing_hated_after_a_gerund_is_refused_not_wanted(text: str, refused: str) -> None:
    parsed = understand(text, lexicon=default_lexicon()).parsed
    assert refused in parsed.exclude_terms and parsed.category is None, parsed
