"""Why a recommendation fits, in the shopper's language (en/ru/zh), built only from the graph's evidence.

Every phrase states a fact the store holds: an attribute both products have, sizes both come in, how many orders
held both, a number that is larger. Nothing here is generic praise.
"""

from __future__ import annotations

from typing import Any

from babel import Locale

LANGS = ("en", "ru", "zh")

# Attribute keys as a noun per language; unknown keys fall back to the key itself ("battery_type" -> "battery type").
LABELS: dict[str, tuple[str, str, str]] = {
    "waterproof": ("waterproof", "водонепроницаемость", "防水"),
    "insulated": ("insulated", "утепление", "保暖"),
    "wireless": ("wireless", "беспроводной", "无线"),
    "rechargeable": ("rechargeable", "аккумуляторный", "可充电"),
    "organic": ("organic", "органический", "有机"),
    "vegan": ("vegan", "веганский", "纯素"),
    "gluten_free": ("gluten-free", "без глютена", "无麸质"),
    "sugar_free": ("sugar-free", "без сахара", "无糖"),
    "sizes": ("sizes", "размеры", "尺码"),
    "size": ("size", "размер", "尺码"),
    "colour": ("colour", "цвет", "颜色"),
    "color": ("colour", "цвет", "颜色"),
    "material": ("material", "материал", "材质"),
    "kind": ("type", "тип", "类型"),
    "type": ("type", "тип", "类型"),
    "capacity_gb": ("capacity, GB", "объём, ГБ", "容量（GB）"),
    "megapixels": ("megapixels", "мегапиксели", "像素（百万）"),
    "persons": ("persons", "мест", "人数"),
    "wattage": ("power, W", "мощность, Вт", "功率（W）"),
    "mah": ("capacity, mAh", "ёмкость, мА·ч", "容量（mAh）"),
    "season": ("season", "сезонность", "季节"),
    "rating": ("rating", "рейтинг", "评分"),
}

_P: dict[str, tuple[str, str, str]] = {
    "flag_like": ("{label} like your {base}", "{label} — как у «{base}»", "和您的{base}一样{label}"),
    "sizes_like": (
        "comes in the same sizes as your {base} ({values})",
        "есть в тех же размерах, что и «{base}» ({values})",
        "有与{base}相同的尺码（{values}）",
    ),
    "same_like": (
        "same {label} as your {base}: {values}",
        "{label} как у «{base}»: {values}",
        "与{base}的{label}相同：{values}",
    ),
    "category_pair": (
        "shoppers who buy {base_cat} often add {cat} ({n} orders)",
        "к товарам «{base_cat}» часто берут «{cat}» ({n})",
        "购买{base_cat}的顾客常加购{cat}（{n}笔订单）",
    ),
    "better_flag": ("{label}, unlike {base}", "{label} — в отличие от «{base}»", "{label}，而{base}没有"),
    "better_number": ("{label} {new} vs {old}", "{label}: {new} против {old}", "{label}{new}，原款为{old}"),
    "popular": ("one of our best sellers ({n} orders)", "хит продаж ({n})", "热销商品（{n}笔订单）"),
    "goes_with": ("goes with your {base}", "подходит к «{base}»", "适合搭配{base}"),
    "within_budget": ("within your budget of {budget}", "в пределах вашего бюджета {budget}",
                      "在您{budget}的预算之内"),
}

# "bought together by N shoppers" needs the plural form of N in Russian (Babel's CLDR plural rules).
_TOGETHER: dict[str, dict[str, str]] = {
    "en": {"one": "bought together by {n} shopper", "other": "bought together by {n} shoppers"},
    "ru": {"one": "вместе купил {n} покупатель", "few": "вместе купили {n} покупателя",
           "many": "вместе купили {n} покупателей", "other": "вместе купили {n} покупателя"},
    "zh": {"other": "{n}位顾客一起购买过"},
}
_ORDERS_RU = {"one": "{n} заказ", "few": "{n} заказа", "many": "{n} заказов", "other": "{n} заказа"}


def lang_of(language: str | None) -> str:
    code = (language or "en").split("-")[0].lower()
    return code if code in LANGS else "en"


def _i(lang: str) -> int:
    return LANGS.index(lang_of(lang))


def label(key: str, lang: str) -> str:
    if key in LABELS:
        return LABELS[key][_i(lang)]
    return key.replace("_", " ")


def _sep(lang: str) -> str:
    return "；" if lang_of(lang) == "zh" else "; "


def _values(value: Any, lang: str) -> str:
    if isinstance(value, list):
        shown = [str(v) for v in value[:6]]
        return ("、" if lang_of(lang) == "zh" else ", ").join(shown)
    return str(value)


def bought_together(n: int, lang: str) -> str:
    forms = _TOGETHER[lang_of(lang)]
    form = Locale.parse(lang_of(lang)).plural_form(n)
    return forms.get(form, forms["other"]).format(n=n)


def popular(n: int, lang: str) -> str:
    """A best seller offered where no pattern fits the basket: says so, with the orders that make it one."""
    return _P["popular"][_i(lang)].format(n=_orders(n, lang))


def _orders(n: int, lang: str) -> str:
    if lang_of(lang) == "ru":
        return _ORDERS_RU.get(Locale.parse("ru").plural_form(n), _ORDERS_RU["other"]).format(n=n)
    return str(n)


def matched_phrases(matched: dict[str, Any], base: str, lang: str, limit: int = 1) -> list[str]:
    """Shared attributes as phrases: flags first (the strongest reason), then sizes, then equal values."""
    lang = lang_of(lang)
    i = _i(lang)
    flags = [k for k, v in matched.items() if v is True]
    sizes = [k for k in matched if k in ("sizes", "size") and isinstance(matched[k], list)]
    rest = [k for k in matched if k not in flags and k not in sizes]
    out = [_P["flag_like"][i].format(label=label(k, lang), base=base) for k in flags]
    out += [_P["sizes_like"][i].format(base=base, values=_values(matched[k], lang)) for k in sizes]
    out += [_P["same_like"][i].format(label=label(k, lang), base=base, values=_values(matched[k], lang))
            for k in rest]
    return out[:limit]


def complement_reason(props: dict[str, Any], base_title: str, base_cat: str, cat: str, lang: str) -> str:
    """Why ``cat`` goes with the base product: attributes it shares with it, and the orders pairing the categories."""
    lang = lang_of(lang)
    parts = matched_phrases(dict(props.get("matched") or {}), base_title, lang)
    together = int(props.get("orders") or 0)
    if together:
        parts.append(bought_together(together, lang))
    elif props.get("category_orders"):
        parts.append(_P["category_pair"][_i(lang)].format(
            base_cat=base_cat, cat=cat, n=_orders(int(props["category_orders"]), lang)))
    if not parts:
        stored = props.get("stored_reason")
        parts.append(str(stored) if stored and lang == "en" else _P["goes_with"][_i(lang)].format(base=base_title))
    return _sep(lang).join(parts)


def upsell_reason(better: dict[str, list[Any]], base_title: str, budget: str | None, lang: str) -> str:
    """What is better than the base (flags it lacks, larger numbers), and that it fits the stated budget."""
    lang = lang_of(lang)
    i = _i(lang)
    parts = []
    for key, (old, new) in list(better.items())[:2]:
        if isinstance(new, bool):
            parts.append(_P["better_flag"][i].format(label=label(key, lang), base=base_title))
        else:
            parts.append(_P["better_number"][i].format(label=label(key, lang), new=new, old=old))
    if budget:
        parts.append(_P["within_budget"][i].format(budget=budget))
    return _sep(lang).join(parts)
