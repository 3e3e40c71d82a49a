"""Ops journey (manager questions), minimal for now: what is out of stock, optionally in one aisle.

The tool is manager-only: a shopper or host asking gets a refusal raised by the tool layer's role check, whatever
the words; this journey never checks the role itself.
"""

from __future__ import annotations

import re

from agent.journeys import forecast
from agent.journeys.base import TurnView, call, fault_result
from agent.state import JourneyResult
from tools.inventory import OutOfStockInput

_AISLE = re.compile(r"(?:aisle|проход\w*|ряд\w*|通道)\s*(?:№|#|no\.?)?\s*([0-9A-Za-z]{1,4})|([0-9]{1,3})\s*号?通道",
                    re.IGNORECASE)


def aisle_of(view: TurnView) -> str | None:
    if view.understanding.slots.aisle:
        return view.understanding.slots.aisle
    m = _AISLE.search(view.text)
    return (m.group(1) or m.group(2)) if m else None


async def run(view: TurnView) -> JourneyResult:
    if forecast.wants(view.text):  # run-out, reorder and demand questions: the forecast journey
        return await forecast.run(view)
    intent = "manager_query"
    aisle = aisle_of(view)
    try:
        out = await call(view, "out_of_stock", OutOfStockInput(aisle=aisle, language=view.language, limit=50))
    except Exception as exc:
        return fault_result(exc, intent)
    rows = [[r.sku, r.title, r.aisle, r.shelf, r.qty_system, r.qty_shelf] for r in out.rows]
    columns = {"en": ["SKU", "Product", "Aisle", "Shelf", "System qty", "Shelf qty"],
               "ru": ["Артикул", "Товар", "Проход", "Полка", "По системе", "На полке"],
               "zh": ["SKU", "商品", "通道", "货架", "系统数量", "货架数量"]}.get(view.language)
    title = {"en": "Out of stock", "ru": "Нет в наличии", "zh": "缺货商品"}.get(view.language, "Out of stock")
    data = {"aisle": out.aisle, "total": out.total}
    return JourneyResult(
        intent=intent,
        kind="out_of_stock",
        data=data,
        # "in_stock": False says what the counted products are, so "3 products are out of stock" can be checked.
        facts=[{**data, "in_stock": False}, {"rows": rows}],
        llm_ok=False,
        events=[{"type": "table", "title": title + (f" · {out.aisle}" if out.aisle else ""),
                 "columns": columns or [], "rows": rows}] if rows else [],
        tools=["out_of_stock"],
    )
