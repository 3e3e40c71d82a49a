"""Manager replies about price proposals (agent/journeys/markdown.py) in en/ru/zh, rendered from tool results.

Kept apart from agent/templates.py (which reaches them through ``render``), like the forecast texts.
"""

from __future__ import annotations

from typing import Any

_T: dict[str, dict[str, str]] = {
    "pricing_markdowns": {
        "en": "{count} price proposals are waiting for approval, the largest expected revenue change first. "
        "Approve or reject them in the staff console.",
        "ru": "Ценовых предложений ждут решения: {count}, сначала с наибольшим ожидаемым изменением выручки. "
        "Одобрить или отклонить их можно в консоли персонала.",
        "zh": "有 {count} 条调价建议等待审批，按预期收入变化从大到小排列。请在员工控制台中批准或拒绝。",
    },
    "pricing_markdowns_none": {
        "en": "No price proposals are waiting. Run `shopkeeper pricing propose` to make markdown proposals.",
        "ru": "Ценовых предложений нет. Запустите `shopkeeper pricing propose`, чтобы подготовить уценки.",
        "zh": "目前没有待审批的调价建议。运行 `shopkeeper pricing propose` 生成降价建议。",
    },
}

COLUMNS: dict[str, list[str]] = {
    "en": ["#", "SKU", "Product", "Price", "Proposed", "Change %", "Why"],
    "ru": ["№", "Артикул", "Товар", "Цена", "Предложено", "Изменение, %", "Почему"],
    "zh": ["编号", "SKU", "商品", "现价", "建议价", "变化 %", "原因"],
}
TITLE = {"en": "Markdown proposals", "ru": "Предложения по уценке", "zh": "降价建议"}


def render(kind: str, lang: str, data: dict[str, Any]) -> str | None:
    """The reply of ``kind`` (None when it is not a pricing kind)."""
    table = _T.get(kind)
    if table is None:
        return None
    return table.get(lang, table["en"]).format(**data)
