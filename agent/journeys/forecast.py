"""Forecast journey (manager questions over the demand forecast): what runs out this weekend, what to reorder,
a product's demand next week. Reached from the ops journey when ``rules.forecast_question`` matches.

The tools are manager-only: anyone else gets the tool layer's refusal; this journey never checks the role itself.
"""

from __future__ import annotations

import re
from typing import Any

from agent import forecast_texts
from agent.journeys.base import TurnView, call, ensure_allowed, fault_result
from agent.state import JourneyResult
from agent.understand.rules import forecast_question
from shopkeeper.errors import NotFound
from tools.forecast import DemandInput, ReorderInput, RunOutInput

INTENT = "manager_query"
_SKU = re.compile(r"\b[A-Z]{2,5}-\d{3,8}\b")


def wants(text: str) -> bool:
    return forecast_question(text) is not None


def _table(view: TurnView, key: str, rows: list[list[Any]]) -> list[dict[str, Any]]:
    lang = view.language if view.language in ("en", "ru", "zh") else "en"
    if not rows:
        return []
    return [
        {
            "type": "table",
            "title": forecast_texts.TITLES[key][lang],
            "columns": forecast_texts.COLUMNS[key][lang],
            "rows": rows,
        }
    ]


def _result(
    kind: str, data: dict[str, Any], facts: list[dict[str, Any]], events: list[dict[str, Any]], tool: str
) -> JourneyResult:
    return JourneyResult(
        intent=INTENT, kind=kind, data=data, facts=[data, *facts], llm_ok=False, events=events, tools=[tool]
    )


async def _run_out(view: TurnView) -> JourneyResult:
    out = await call(view, "run_out_this_weekend", RunOutInput(language=view.language, limit=50))
    rows = [[r.sku, r.title, r.on_hand, r.incoming, r.demand, r.runs_out_on.isoformat()] for r in out.rows]
    data: dict[str, Any] = {"count": out.total, "sunday": out.sunday.isoformat()}
    if not out.rows:
        return _result("forecast_run_out_none", data, [], [], "run_out_this_weekend")
    data["first"] = out.rows[0].runs_out_on.isoformat()
    return _result("forecast_run_out", data, [{"rows": rows}], _table(view, "run_out", rows), "run_out_this_weekend")


async def _reorder(view: TurnView) -> JourneyResult:
    out = await call(view, "reorder_suggestions", ReorderInput(language=view.language, limit=50))
    rows = [[r.sku, r.title, r.on_hand, r.incoming, r.demand, r.order_qty] for r in out.rows]
    data: dict[str, Any] = {"count": out.total, "until": out.cover_until.isoformat()}
    kind = "forecast_reorder" if out.rows else "forecast_reorder_none"
    return _result(kind, data, [{"rows": rows}], _table(view, "reorder", rows), "reorder_suggestions")


async def _demand(view: TurnView) -> JourneyResult:
    ensure_allowed(view, "product_demand_next_week")
    m = _SKU.search(view.text.upper())
    if m is None:
        return JourneyResult(intent=INTENT, kind="forecast_which_product", data={"example": "APP-000016"}, llm_ok=False)
    out = await call(view, "product_demand_next_week", DemandInput(sku=m.group(0), language=view.language))
    data = {
        "sku": out.sku,
        "title": out.title,
        "first": out.first_day.isoformat(),
        "last": out.last_day.isoformat(),
        "mean": out.mean,
        "lo80": out.lo80,
        "hi80": out.hi80,
    }
    rows = [[d.day.isoformat(), d.mean, d.lo80, d.hi80] for d in out.days if out.first_day <= d.day <= out.last_day]
    figures = {k: v for k, v in data.items() if k not in ("sku", "title")}
    return JourneyResult(
        intent=INTENT,
        kind="forecast_demand",
        data=data,
        llm_ok=False,
        facts=[{"product_id": out.product_id, "sku": out.sku, "title": out.title}, figures, {"rows": rows}],
        events=_table(view, "demand", rows),
        tools=["product_demand_next_week"],
    )


async def run(view: TurnView) -> JourneyResult:
    question = forecast_question(view.text) or "run_out"
    try:
        if question == "reorder":
            return await _reorder(view)
        if question == "demand":
            return await _demand(view)
        return await _run_out(view)
    except NotFound as exc:
        if exc.hint and "shopkeeper forecast" in exc.hint:  # no forecast, or one too old for the days asked
            return JourneyResult(
                intent=INTENT,
                kind="forecast_missing",
                llm_ok=False,
                failed=True,
                notices=[f"{exc.message}: {exc.hint or ''}"],
            )
        return fault_result(exc, INTENT)
    except Exception as exc:
        return fault_result(exc, INTENT)
