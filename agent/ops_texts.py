"""Manager replies about the store operating loop (agent/journeys/ops.py) in en/ru/zh: phantom stock in the
out-of-stock answer, tasks, a task reported done or counted, the loop's metrics.

Kept apart from agent/templates.py (which reaches them through ``render``), like the forecast texts.
"""

from __future__ import annotations

from typing import Any

_T: dict[str, dict[str, str]] = {
    # Said after the out-of-stock count when some of the items are phantom stock.
    "phantom_tail": {
        "en": " For {phantom} of them the system still shows stock, but the shelf was seen empty.",
        "ru": " Из них {phantom} — фантомные остатки: по системе товар числится, а полка пуста.",
        "zh": "其中{phantom}种为虚库存：系统有记录，但货架是空的。",
    },
    "backroom_tail": {
        "en": " Only the ones with units in the back room.",
        "ru": " Только те, что есть на складе.",
        "zh": "仅限仓库有货的商品。",
    },
    "ops_tasks": {
        "en": "{count} tasks{where} ({state}); {overdue} overdue.",
        "ru": "Задач{where} ({state}): {count}; просрочено: {overdue}.",
        "zh": "{where}共有{count}项任务（{state}），其中{overdue}项已逾期。",
    },
    "ops_tasks_none": {
        "en": "No tasks{where} ({state}).",
        "ru": "Задач{where} нет ({state}).",
        "zh": "{where}没有任务（{state}）。",
    },
    "ops_task_done": {
        "en": "Task {task} is marked done. The next shelf photo or a count will check it.",
        "ru": "Задача {task} отмечена как выполненная. Следующее фото полки или пересчёт её проверит.",
        "zh": "任务{task}已标记为完成，将由下一张货架照片或盘点核实。",
    },
    "ops_task_verified": {
        "en": "Count {qty} entered for task {task}: the task is verified.",
        "ru": "Пересчёт {qty} по задаче {task} внесён: задача подтверждена.",
        "zh": "任务{task}的盘点数量{qty}已录入：任务已核实。",
    },
    "ops_task_failed": {
        "en": "Count {qty} entered for task {task}: it does not match, so the task failed. Count again or take a "
        "shelf photo.",
        "ru": "Пересчёт {qty} по задаче {task} внесён, но не сходится: задача не подтверждена. Пересчитайте ещё раз "
        "или сфотографируйте полку.",
        "zh": "任务{task}的盘点数量{qty}已录入，但不一致，任务未通过核实。请重新盘点或拍摄货架照片。",
    },
    "ops_task_counted": {
        "en": "Count {qty} entered for task {task}.",
        "ru": "Пересчёт {qty} по задаче {task} внесён.",
        "zh": "任务{task}的盘点数量{qty}已录入。",
    },
    "ops_task_which": {
        "en": "Which task? Give its number, e.g. “task 12 done” or “count 5 for task 12”.",
        "ru": "Какая задача? Укажите номер, например «задача 12 выполнена» или «пересчёт 5 по задаче 12».",
        "zh": "哪个任务？请给出编号，例如“任务12完成”或“任务12盘点5件”。",
    },
    "ops_metrics": {
        "en": "Last {days} days{where}: {hours} hours out of stock across {count} products; estimated lost sales in "
        "units: {units}.",
        "ru": "За {days} дн.{where}: {hours} ч без товара на полке по {count} товарам; оценка упущенных продаж в "
        "штуках: {units}.",
        "zh": "过去{days}天{where}：{count}种商品共缺货{hours}小时；估计损失销量（件数）：{units}。",
    },
    "ops_metrics_none": {
        "en": "No shelf was seen empty in the last {days} days{where}.",
        "ru": "За {days} дн.{where} пустых полок не замечено.",
        "zh": "过去{days}天{where}没有发现空货架。",
    },
    "metrics_restock": {
        "en": " Restocks verified: {verified}; median time to restock: {median} h.",
        "ru": " Подтверждённых пополнений: {verified}; медианное время пополнения: {median} ч.",
        "zh": "已核实补货{verified}次，补货用时中位数{median}小时。",
    },
    "metrics_no_restock": {
        "en": " No restock verified yet.",
        "ru": " Подтверждённых пополнений пока нет.",
        "zh": "尚无已核实的补货。",
    },
}

STATES: dict[str, dict[str, str]] = {
    "active": {"en": "open", "ru": "открытые", "zh": "未完成"},
    "open": {"en": "open", "ru": "открытые", "zh": "未开始"},
    "in_progress": {"en": "in progress", "ru": "в работе", "zh": "进行中"},
    "done": {"en": "reported done", "ru": "выполненные", "zh": "已报完成"},
    "verified": {"en": "verified", "ru": "подтверждённые", "zh": "已核实"},
    "failed": {"en": "failed", "ru": "не подтверждённые", "zh": "未通过"},
    "all": {"en": "all", "ru": "все", "zh": "全部"},
}

TITLES: dict[str, dict[str, str]] = {
    "tasks": {"en": "Tasks", "ru": "Задачи", "zh": "任务"},
    "metrics": {"en": "Out of stock and lost sales", "ru": "Без товара и упущенные продажи", "zh": "缺货与销售损失"},
}

COLUMNS: dict[str, dict[str, list[str]]] = {
    "out_of_stock": {
        "en": ["SKU", "Product", "Aisle", "Shelf", "System qty", "Shelf qty", "Phantom", "Back room"],
        "ru": ["Артикул", "Товар", "Проход", "Полка", "По системе", "На полке", "Фантом", "На складе"],
        "zh": ["SKU", "商品", "通道", "货架", "系统数量", "货架数量", "虚库存", "仓库"],
    },
    "tasks": {
        "en": ["Task", "Kind", "State", "Priority", "Due", "SKU", "Product", "Aisle", "Shelf", "Position", "Reason"],
        "ru": [
            "Задача",
            "Вид",
            "Состояние",
            "Приоритет",
            "Срок",
            "Артикул",
            "Товар",
            "Проход",
            "Полка",
            "Место",
            "Причина",
        ],
        "zh": ["任务", "类型", "状态", "优先级", "截止", "SKU", "商品", "通道", "货架", "位置", "原因"],
    },
    "metrics": {
        "en": ["SKU", "Product", "Aisle", "Hours out of stock", "Out now", "Units/day", "Lost units"],
        "ru": ["Артикул", "Товар", "Проход", "Часов без товара", "Нет сейчас", "Шт./день", "Упущено, шт."],
        "zh": ["SKU", "商品", "通道", "缺货小时", "当前缺货", "日销量", "损失件数"],
    },
}

YES = {"en": "yes", "ru": "да", "zh": "是"}


def text(key: str, lang: str, **fields: Any) -> str:
    table = _T[key]
    return table.get(lang, table["en"]).format(**fields)


def render(kind: str, lang: str, data: dict[str, Any]) -> str | None:
    """The reply of ``kind`` (None when it is not an operations kind)."""
    if kind == "out_of_stock_phantom":
        from agent import templates

        where = templates.t("aisle", lang, aisle=data["aisle"]) if data.get("aisle") else ""
        head = templates.plural("out_of_stock", lang, int(data["total"]), where=where)
        tail = text("backroom_tail", lang) if data.get("in_backroom") else ""
        return head + text("phantom_tail", lang, phantom=data["phantom"]) + tail
    if kind in ("ops_tasks", "ops_tasks_none", "ops_metrics", "ops_metrics_none"):
        from agent import templates

        where = templates.t("aisle", lang, aisle=data["aisle"]) if data.get("aisle") else ""
        fields = {**data, "where": where}
        if "state" in data:
            fields["state"] = STATES.get(data["state"], STATES["all"]).get(lang, data["state"])
        out = text(kind, lang, **fields)
        if kind == "ops_metrics":
            out += text("metrics_restock", lang, **fields) if data.get("verified") else text("metrics_no_restock", lang)
        return out
    if kind in _T:
        return text(kind, lang, **data)
    return None
