"""``grounded`` is a verdict: the graph's verify node reads the reply as shown, template or LLM, claim by claim."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from agent import templates
from agent.graph import verify_node
from agent.state import JourneyResult
from shopkeeper.settings import Settings

HIT = {"product_id": 7, "sku": "NT-7", "title": "Northpeak Trail Boots", "brand": "Northpeak", "price": "59.99",
       "currency": "USD", "in_stock": False, "stock_qty": 0}


def _run(reply: str, language: str = "en", **extra: Any) -> dict[str, Any]:
    result = JourneyResult(intent="search", kind="search_results", facts=[{"hits": [HIT]}],
                           data={"query": "boots", "hits": [HIT], "currency": "USD"})
    state = {"result": result.model_dump(mode="json"), "reply": reply, "language": language, "grounded": True,
             "notices": [], "used_llm": False, **extra}
    runtime = SimpleNamespace(context=SimpleNamespace(settings=Settings()))
    return verify_node(state, runtime)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_a_template_reply_is_verified_and_grounded(language: str) -> None:
    reply = templates.render("search_results", language, {"query": "boots", "hits": [HIT], "currency": "USD"})
    assert _run(reply, language)["grounded"] is True


def test_a_reply_with_a_false_claim_is_not_grounded_and_the_log_says_which(caplog: pytest.LogCaptureFixture) -> None:
    update = _run("The Northpeak Trail Boots cost $59.99 and are in stock.")
    assert update["grounded"] is False
    assert "stock_flag 'in stock': not true of product 'Northpeak Trail Boots'" in caplog.text


def test_grounded_stays_false_when_compose_already_found_a_failure() -> None:
    assert _run("The Northpeak Trail Boots cost $59.99.", grounded=False)["grounded"] is False
