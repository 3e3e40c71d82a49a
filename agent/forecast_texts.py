"""Manager replies about the demand forecast (agent/journeys/forecast.py) in en/ru/zh, rendered from tool results.

Kept apart from agent/templates.py (which reaches them through ``render``), like the after-sales texts.
"""

from __future__ import annotations

from typing import Any

_T: dict[str, dict[str, str]] = {
    "forecast_run_out": {
        "en": "{count} products are forecast to run out by Sunday {sunday}; the first on {first}.",
        "ru": "По прогнозу к воскресенью {sunday} закончатся товаров: {count}; первый — {first}.",
        "zh": "预计到周日 {sunday} 将有 {count} 种商品库存用完，最早在 {first}。",
    },
    "forecast_run_out_none": {
        "en": "No product is forecast to run out by Sunday {sunday}.",
        "ru": "По прогнозу до воскресенья {sunday} ничего не закончится.",
        "zh": "预计到周日 {sunday} 没有商品会库存用完。",
    },
    "forecast_reorder": {
        "en": "{count} products need reordering to last until {until}.",
        "ru": "Нужно дозаказать товаров, чтобы хватило до {until}: {count}.",
        "zh": "有 {count} 种商品需要补货才能撑到 {until}。",
    },
    "forecast_reorder_none": {
        "en": "Nothing needs reordering to last until {until}.",
        "ru": "До {until} дозаказывать ничего не нужно.",
        "zh": "到 {until} 之前无需补货。",
    },
    # The product is named in its own sentence: the verifier binds a sentence's figures to the product it names, and
    # forecast figures are not a product's own fields. The interval's level (80%) is in the table's columns.
    "forecast_demand": {
        "en": "Demand forecast for {sku}. From {first} to {last}: {mean} in all, likely between {lo80} and {hi80}.",
        "ru": "Прогноз спроса на {sku}. С {first} по {last}: всего {mean}, вероятно от {lo80} до {hi80}.",
        "zh": "{sku} 的需求预测。{first} 至 {last}：合计 {mean}，可能在 {lo80} 到 {hi80} 之间。",
    },
    "forecast_which_product": {
        "en": "Which product? Give its SKU, e.g. {example}.",
        "ru": "Какой товар? Укажите артикул, например {example}.",
        "zh": "哪个商品？请提供 SKU，例如 {example}。",
    },
    "forecast_missing": {
        "en": "There is no current demand forecast. Run `shopkeeper forecast` first.",
        "ru": "Актуального прогноза спроса нет. Сначала запустите `shopkeeper forecast`.",
        "zh": "目前没有有效的需求预测，请先运行 `shopkeeper forecast`。",
    },
}

COLUMNS: dict[str, dict[str, list[str]]] = {
    "run_out": {
        "en": ["SKU", "Product", "On hand", "Incoming", "Demand to Sunday", "Runs out on"],
        "ru": ["Артикул", "Товар", "В наличии", "В пути", "Спрос до воскресенья", "Закончится"],
        "zh": ["SKU", "商品", "现有库存", "在途", "至周日需求", "售罄日期"],
    },
    "reorder": {
        "en": ["SKU", "Product", "On hand", "Incoming", "Forecast demand", "Order qty"],
        "ru": ["Артикул", "Товар", "В наличии", "В пути", "Прогноз спроса", "Заказать"],
        "zh": ["SKU", "商品", "现有库存", "在途", "预测需求", "订货量"],
    },
    "demand": {
        "en": ["Day", "Forecast", "80% low", "80% high"],
        "ru": ["День", "Прогноз", "80% нижн.", "80% верхн."],
        "zh": ["日期", "预测", "80% 下限", "80% 上限"],
    },
}
TITLES = {
    "run_out": {"en": "Runs out this weekend", "ru": "Закончится к выходным", "zh": "本周末将售罄"},
    "reorder": {"en": "Reorder suggestions", "ru": "Что дозаказать", "zh": "补货建议"},
    "demand": {"en": "Demand next week", "ru": "Спрос на следующей неделе", "zh": "下周需求"},
}


def render(kind: str, lang: str, data: dict[str, Any]) -> str | None:
    """The reply of ``kind`` (None when it is not a forecast kind)."""
    table = _T.get(kind)
    if table is None:
        return None
    return table.get(lang, table["en"]).format(**data)
