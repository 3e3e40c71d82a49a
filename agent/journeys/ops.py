"""Ops journey (manager questions and actions): what is out of stock (phantom stock included, optionally only what
the back room holds), the store's tasks, a task reported done or counted, and the operating loop's metrics.

The tools are manager-only: a shopper or host asking gets a refusal raised by the tool layer's role check, whatever
the words; this journey never checks the role itself. Follow-ups: "and aisle 5?" names its aisle; "only the ones we
have in the back room" keeps the last aisle (remembered in the slots).
"""

from __future__ import annotations

import re
from typing import Any

import tools.operations.tool  # noqa: F401  (registers the operating-loop tools)
from agent import ops_texts
from agent.journeys import forecast, markdown
from agent.journeys.base import TurnView, call, ensure_allowed, fault_result
from agent.state import JourneyResult
from tools.inventory import OutOfStockInput
from tools.operations.tool import EnterCountInput, ListTasksInput, MetricsInput, ReportDoneInput

INTENT = "manager_query"
_AISLE = re.compile(
    r"(?:aisle|проход\w*|ряд\w*|通道)\s*(?:№|#|no\.?)?\s*([0-9A-Za-z]{1,4})|([0-9]{1,3})\s*号?通道", re.IGNORECASE
)
_BACKROOM = re.compile(r"back ?room|stock ?room|на склад\w*|в подсобк\w*|仓库|后仓|库房", re.IGNORECASE)
_TASK_ID = re.compile(r"(?:task|задач\w*|задани\w*|任务)\s*(?:№|#|no\.?)?\s*(\d{1,9})", re.IGNORECASE)
_DONE = re.compile(
    r"\b(?:done|finished|completed?|closed?|restocked)\b|выполн|сделан|готов|закр(?:ыт|ой|ыть|ыла)|"
    r"完成|做完|关闭|补好",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\bcount(?:ed)?\b|пересч[её]т|пересчита|насчитал|盘点|清点|数了", re.IGNORECASE)
_TASKS = re.compile(r"\btasks?\b|задач|задани|任务", re.IGNORECASE)
_METRICS = re.compile(
    r"\bmetrics?\b|lost sales|hours out of stock|time to restock|\bkpis?\b|метрик|упущенн\w* продаж|"
    r"потерянн\w* продаж|часов без товара|время пополнения|指标|销售损失|损失|缺货时长|补货用时",
    re.IGNORECASE,
)
_RESTOCKED_Q = re.compile(
    r"\b(?:get|got|been|was|were)\s+restocked|пополнил\w*|пополнен\w*|补货了吗|补上了吗|补货了没", re.IGNORECASE
)
_STATE_WORDS = (
    ("failed", re.compile(r"\bfailed\b|не подтвержд|провален|未通过|失败", re.IGNORECASE)),
    ("verified", re.compile(r"\bverified\b|подтвержд[её]нн|已核实", re.IGNORECASE)),
    ("all", re.compile(r"\ball tasks\b|все задачи|所有任务|全部任务", re.IGNORECASE)),
)
_NUMBER = re.compile(r"\d{1,7}")
# Out of stock now, not a forecast: "что закончилось" is past ("закончится" is the forecast's run-out question).
_OUT_NOW = re.compile(
    r"\b(?:ran out|out of stock|sold out)\b|законч\w*?(?:ось|ись|ился|илась)\b|кончил\w*|"
    r"нет в наличии|缺货|缺什么|没货了|卖完了",
    re.IGNORECASE,
)


def aisle_of(view: TurnView) -> str | None:
    if view.understanding.slots.aisle:
        return view.understanding.slots.aisle
    m = _AISLE.search(view.text)
    return (m.group(1) or m.group(2)) if m else None


def _lang(view: TurnView) -> str:
    return view.language if view.language in ("en", "ru", "zh") else "en"


def _other_number(text: str, skip: re.Match[str]) -> int | None:
    """The first number in ``text`` outside the task number's match ("count 5 for task 12" -> 5)."""
    for m in _NUMBER.finditer(text):
        if m.start() >= skip.end() or m.end() <= skip.start():
            return int(m.group())
    return None


async def run(view: TurnView) -> JourneyResult:
    if markdown.wants(view.text):  # "what should we mark down": the pending price proposals
        return await markdown.run(view)
    if forecast.wants(view.text) and not _OUT_NOW.search(view.text):  # run-out, reorder, demand: forecasts
        return await forecast.run(view)
    text = view.text
    try:
        task = _TASK_ID.search(text)
        if _COUNT.search(text) and (task or _TASKS.search(text)):
            if task is None:
                ensure_allowed(view, "enter_count")
            return await _count(view, task) if task else _which()
        if task and _DONE.search(text):
            return await _done(view, task)
        if _METRICS.search(text):
            return await _metrics(view)
        if _RESTOCKED_Q.search(text):
            return await _tasks(view, "all")
        if _TASKS.search(text):
            state = next((s for s, rx in _STATE_WORDS if rx.search(text)), "active")
            return await _tasks(view, state)
        return await _out_of_stock(view)
    except Exception as exc:
        return fault_result(exc, INTENT)


def _which() -> JourneyResult:
    return JourneyResult(intent=INTENT, kind="ops_task_which", llm_ok=False)


async def _out_of_stock(view: TurnView) -> JourneyResult:
    aisle = aisle_of(view)
    backroom = bool(_BACKROOM.search(view.text))
    if aisle is None and backroom:  # "only the ones we have in the back room": the aisle asked about last
        aisle = view.last_slots.get("aisle")
    out = await call(
        view, "out_of_stock", OutOfStockInput(aisle=aisle, language=view.language, limit=50, in_backroom=backroom)
    )
    lang = _lang(view)
    yes = ops_texts.YES[lang]
    rows = [
        [r.sku, r.title, r.aisle, r.shelf, r.qty_system, r.qty_shelf, yes if r.phantom else "", r.backroom_qty]
        for r in out.rows
    ]
    title = {"en": "Out of stock", "ru": "Нет в наличии", "zh": "缺货商品"}[lang]
    phantom = sum(1 for r in out.rows if r.phantom)
    data: dict[str, Any] = {"aisle": out.aisle, "total": out.total}
    kind = "out_of_stock"
    if phantom and out.total:
        kind = "out_of_stock_phantom"
        data.update(phantom=phantom, in_backroom=backroom)
    return JourneyResult(
        intent=INTENT,
        kind=kind,
        data=data,
        # "in_stock": False says what the counted products are, so "3 products are out of stock" can be checked.
        facts=[{**data, "in_stock": False}, {"rows": rows}],
        llm_ok=False,
        events=[
            {
                "type": "table",
                "title": title + (f" · {out.aisle}" if out.aisle else ""),
                "columns": ops_texts.COLUMNS["out_of_stock"][lang],
                "rows": rows,
            }
        ]
        if rows
        else [],
        tools=["out_of_stock"],
        slots={"aisle": out.aisle} if out.aisle else None,
    )


async def _tasks(view: TurnView, state: str) -> JourneyResult:
    aisle = aisle_of(view)
    out = await call(
        view,
        "list_tasks",
        ListTasksInput.model_validate({"state": state, "aisle": aisle, "language": view.language, "limit": 50}),
    )
    lang = _lang(view)
    rows = [
        [
            r.id,
            r.kind,
            r.state,
            r.priority,
            r.due_at.strftime("%Y-%m-%d %H:%M") if r.due_at else "",
            r.sku,
            r.title,
            r.aisle,
            r.shelf,
            r.position,
            r.reason,
        ]
        for r in out.rows
    ]
    overdue = sum(1 for r in out.rows if r.overdue)
    data = {"count": out.total, "overdue": overdue, "state": state, "aisle": out.aisle}
    return JourneyResult(
        intent=INTENT,
        kind="ops_tasks" if out.total else "ops_tasks_none",
        data=data,
        facts=[data, {"rows": rows}],
        llm_ok=False,
        events=[
            {
                "type": "table",
                "title": ops_texts.TITLES["tasks"][lang],
                "columns": ops_texts.COLUMNS["tasks"][lang],
                "rows": rows,
            }
        ]
        if rows
        else [],
        tools=["list_tasks"],
        slots={"aisle": out.aisle} if out.aisle else None,
    )


def _task_event(row: Any, lang: str) -> list[dict[str, Any]]:
    place = f"{row.aisle}-{row.shelf}" if row.aisle else ""
    summary = " · ".join(p for p in (row.sku, row.title, place, row.note) if p)
    return [{"type": "task", "task_id": row.id, "kind": row.kind, "state": row.state, "summary": summary}]


async def _done(view: TurnView, task: re.Match[str]) -> JourneyResult:
    task_id = int(task.group(1))
    moved = _other_number(view.text, task)
    out = await call(view, "report_task_done", ReportDoneInput(task_id=task_id, qty_moved=moved))
    data = {"task": task_id}
    return JourneyResult(
        intent=INTENT,
        kind="ops_task_done",
        data=data,
        facts=[data, out.task.model_dump(mode="json")],
        llm_ok=False,
        events=_task_event(out.task, _lang(view)),
        tools=["report_task_done"],
    )


async def _count(view: TurnView, task: re.Match[str]) -> JourneyResult:
    task_id = int(task.group(1))
    qty = _other_number(view.text, task)
    if qty is None:
        return _which()
    out = await call(view, "enter_count", EnterCountInput(task_id=task_id, qty=qty))
    kind = {"verified": "ops_task_verified", "failed": "ops_task_failed"}.get(out.task.state, "ops_task_counted")
    data = {"task": task_id, "qty": qty}
    return JourneyResult(
        intent=INTENT,
        kind=kind,
        data=data,
        facts=[data, out.task.model_dump(mode="json")],
        llm_ok=False,
        events=_task_event(out.task, _lang(view)),
        tools=["enter_count"],
    )


async def _metrics(view: TurnView) -> JourneyResult:
    aisle = aisle_of(view)
    out = await call(view, "loop_metrics", MetricsInput(days=7, aisle=aisle, language=view.language))
    lang = _lang(view)
    yes = ops_texts.YES[lang]
    rows = [
        [r.sku, r.title, r.aisle, r.hours_out_of_stock, yes if r.out_now else "", r.velocity, r.lost_units]
        for r in out.products
    ]
    data = {
        "days": 7,
        "aisle": aisle,
        "hours": out.hours_out_of_stock,
        "count": len(out.products),
        "units": out.lost_units,
        "verified": out.restocks_verified,
        "median": out.restock_hours_median,
    }
    return JourneyResult(
        intent=INTENT,
        kind="ops_metrics" if out.products else "ops_metrics_none",
        data=data,
        # "in_stock": False: the hours counted are hours out of stock, so "out of stock" can be checked.
        facts=[{**data, "in_stock": False}, {"rows": rows}],
        llm_ok=False,
        events=[
            {
                "type": "table",
                "title": ops_texts.TITLES["metrics"][lang],
                "columns": ops_texts.COLUMNS["metrics"][lang],
                "rows": rows,
            }
        ]
        if rows
        else [],
        tools=["loop_metrics"],
    )
