"""The drivers of a price proposal in words, en/ru/zh: each driver is a key and its figures (tools/pricing/models.py
``Driver``), rendered in the reader's language when shown, so one stored proposal reads in every language."""

from __future__ import annotations

from typing import Any

from tools.pricing.models import Driver

LANGS = ("en", "ru", "zh")

_T: dict[str, dict[str, str]] = {
    "overstock": {
        "en": "Overstock: {on_hand} on hand cover {cover_days} days of demand (more than {limit_days}).",
        "ru": "Затоваривание: {on_hand} шт. на складе хватит на {cover_days} дн. спроса (больше {limit_days}).",
        "zh": "库存积压：现有 {on_hand} 件可满足 {cover_days} 天需求（超过 {limit_days} 天）。",
    },
    "expiring": {
        "en": "Expiring: {units} units expire by {date}; about {unsold} would be left unsold at the current price.",
        "ru": "Истекает срок: {units} шт. годны до {date}; по текущей цене около {unsold} шт. не продастся.",
        "zh": "临期：{units} 件将于 {date} 前过期，按现价约 {unsold} 件卖不完。",
    },
    "demand_forecast": {
        "en": "Demand: {daily} a day, from the stored demand forecast.",
        "ru": "Спрос: {daily} шт. в день, по сохранённому прогнозу спроса.",
        "zh": "需求：每天 {daily} 件，来自已保存的需求预测。",
    },
    "demand_recent": {
        "en": "Demand: {daily} a day, from the last {days} days of sales (no stored forecast).",
        "ru": "Спрос: {daily} шт. в день, по продажам за последние {days} дн. (прогноза нет).",
        "zh": "需求：每天 {daily} 件，来自最近 {days} 天的销量（无已保存预测）。",
    },
    "elasticity_product": {
        "en": "Price elasticity {value}, from this product's {n} sales days.",
        "ru": "Эластичность по цене {value}, по {n} дн. продаж этого товара.",
        "zh": "价格弹性 {value}，来自该商品 {n} 天的销售数据。",
    },
    "elasticity_shrunk": {
        "en": "Price elasticity {value}: this product's {n} sales days, pulled toward its category's {category_value}.",
        "ru": "Эластичность по цене {value}: {n} дн. продаж товара с поправкой к категории ({category_value}).",
        "zh": "价格弹性 {value}：该商品 {n} 天销售数据，向其品类的 {category_value} 收缩。",
    },
    "elasticity_category": {
        "en": "Price elasticity {value}, estimated for its category from {n} sales days.",
        "ru": "Эластичность по цене {value}, оценена по категории за {n} дн. продаж.",
        "zh": "价格弹性 {value}，按品类从 {n} 天销售数据估计。",
    },
    "elasticity_default": {
        "en": "Price elasticity {value}: the default (no price changes in the history to learn from).",
        "ru": "Эластичность по цене {value}: значение по умолчанию (в истории не было изменений цены).",
        "zh": "价格弹性 {value}：默认值（历史中没有价格变化可供估计）。",
    },
    "effect": {
        "en": "Over {days} days: units {units_before} → {units_after}, revenue {revenue_before} → {revenue_after}, "
        "margin {margin_before} → {margin_after}, stock left {left_before} → {left_after}.",
        "ru": "За {days} дн.: продажи {units_before} → {units_after} шт., выручка {revenue_before} → "
        "{revenue_after}, маржа {margin_before} → {margin_after}, останется {left_before} → {left_after} шт.",
        "zh": "{days} 天内：销量 {units_before} → {units_after} 件，收入 {revenue_before} → {revenue_after}，"
        "毛利 {margin_before} → {margin_after}，剩余库存 {left_before} → {left_after} 件。",
    },
    "cost_assumed": {
        "en": "Cost unknown in the catalog: assumed {ratio}% of the regular price {regular}.",
        "ru": "Себестоимости в каталоге нет: принята равной {ratio}% обычной цены {regular}.",
        "zh": "目录中无成本：按常规价 {regular} 的 {ratio}% 估算。",
    },
    "guardrail": {
        "en": "Limited by a guardrail ({rule}): {bound}.",
        "ru": "Ограничено правилом ({rule}): {bound}.",
        "zh": "受护栏限制（{rule}）：{bound}。",
    },
}

RULES: dict[str, dict[str, str]] = {
    "margin": {"en": "minimum margin over cost", "ru": "минимальная наценка", "zh": "最低毛利"},
    "max_change": {"en": "maximum change per step", "ru": "максимальный шаг изменения", "zh": "单次最大调幅"},
    "min_price": {"en": "minimum price", "ru": "минимальная цена", "zh": "最低价格"},
    "max_price": {"en": "maximum price", "ru": "максимальная цена", "zh": "最高价格"},
    "price_floor": {"en": "the product's price floor", "ru": "нижняя граница цены товара", "zh": "商品价格下限"},
    "price_ceiling": {"en": "the product's price ceiling", "ru": "верхняя граница цены товара", "zh": "商品价格上限"},
}


class _Figures(dict[str, Any]):
    """A driver's figures; one a template asks for that an older stored proposal lacks reads as "?"."""

    def __missing__(self, key: str) -> str:
        return "?"


def render(driver: Driver, lang: str) -> str:
    lang = lang if lang in LANGS else "en"
    params = _Figures(driver.params)
    if "rule" in params:
        params["rule"] = RULES.get(str(params["rule"]), {}).get(lang, str(params["rule"]))
    table = _T.get(driver.key)
    if table is None:  # a driver kind this version does not know: its key and figures, unrendered
        return f"{driver.key}: {dict(driver.params)}"
    return table[lang].format_map(params)


def render_all(drivers: list[Driver], lang: str) -> list[str]:
    return [render(d, lang) for d in drivers]
