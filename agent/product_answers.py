"""Small pieces of a product answer (issue 16): the verb that agrees with a product's title ("the Trail Boots cost",
"the Summit Tent costs"), whether the shopper asked where a product is (only then, or on a full product card, is its
aisle said), and a letter size asked without the word "size" ("does it come in L?").

A title's number is read from the title itself, as the catalog data carries no grammatical number for English
(the demo taxonomy's plural mark is the Russian noun's: "умные часы" is plural, "Smartwatch" is not): English
titles end with their noun ("… Hiking Boots"), Russian ones start with it, after its adjectives
("Треккинговые ботинки …").
"""

from __future__ import annotations

import re
from typing import Any

# English nouns ending in "s" that are singular ("Lens", "Canvas", "Chaos"): "-ss", "-us", "-is" endings and these.
_EN_SINGULAR_S = frozenset(
    {
        "lens",
        "canvas",
        "atlas",
        "series",
        "news",
        "gas",
        "bus",
        "plus",
        "bias",
        "chaos",
        "species",
        "mattress",
        "compass",
        "glass",
        "ios",
    }
)


def en_plural(title: str) -> bool:
    """Is an English product title's head noun plural ("… Hiking Boots", "… Batteries"; not "… Lens", "… Dress")?"""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", title)
    if not words:
        return False
    last = words[-1].lower()
    if last in _EN_SINGULAR_S or len(last) < 3 or not last.endswith("s"):
        return False
    return not last.endswith(("ss", "us", "is", "'s"))


_RU_PLURAL_ADJ = re.compile(r"^[а-яё-]+(?:ые|ие)$", re.I)
_RU_PLURAL_NOUN = re.compile(r"^[а-яё-]+[ыи]$", re.I)


def ru_plural(title: str) -> bool:
    """Is a Russian product title plural ("Треккинговые ботинки …", "Брюки …"; not "Спальный мешок …")?"""
    words = title.split()
    if not words:
        return False
    first = words[0].strip("«»\"'").lower()
    return bool(_RU_PLURAL_ADJ.match(first) or _RU_PLURAL_NOUN.match(first))


def verbs(title: str, lang: str) -> dict[str, str]:
    """Template fields that agree with ``title``: {is}, {costs}, {comes}, {has}, {it_does} in English; {costs}
    («стоит» / «стоят») in Russian. Chinese needs none."""
    if lang == "ru":
        return {"costs": "стоят" if ru_plural(title) else "стоит"}
    many = lang == "en" and en_plural(title)
    return {
        "is": "are" if many else "is",
        "costs": "cost" if many else "costs",
        "comes": "come" if many else "comes",
        "has": "have" if many else "has",
        "it_does": "they do" if many else "it does",
    }



def asks_where(text: str) -> bool:
    """Does the shopper ask where the product is in the store? The one location cue of ``agent.journeys.where``."""
    from agent.journeys.where import asks_where as cue  # here: where imports templates, which imports this module

    return cue(text)


# Letter sizes in capitals (or the unambiguous longer ones in any case), standing alone: "does it come in L?",
# "got it in xl", "есть L?", "有XL的吗". A letter that is part of the product's own title is not a question.
_LETTER_SIZE = re.compile(r"(?<![A-Za-z0-9])(?:(?-i:XXXL|XXL|XL|XXS|XS|S|M|L)|(?i:xxxl|xxl|xl|xxs|xs))(?![A-Za-z0-9])")


def letter_size(text: str, product: dict[str, Any]) -> str | None:
    """The letter size ``text`` asks about, when the product is one sold in sizes; None otherwise."""
    from agent.templates import product_sizes

    sizes = product_sizes(product)
    if not sizes or not any(re.fullmatch(r"[A-Za-z]{1,4}", s) for s in sizes):
        return None
    title_tokens = set(re.findall(r"[A-Za-z0-9]+", str(product.get("title") or "")))
    for m in _LETTER_SIZE.finditer(text):
        if m.group(0) not in title_tokens:
            return m.group(0).upper()
    return None


_FEATURE_YES = {
    "en": "Yes, the {title} {is} {feature}.",
    "ru": "Да, у товара {title} есть отметка «{feature}».",
    "zh": "是的，{title}是{feature}的。",
}
_FEATURE_NO = {
    "en": "No, the {title} {is} not {feature}.",
    "ru": "Нет, у товара {title} нет отметки «{feature}».",
    "zh": "不是，{title}不是{feature}的。",
}
_FEATURE_UNKNOWN = {
    "en": "The catalog does not say whether the {title} {is} {feature}.",
    "ru": "В каталоге не указано, есть ли у товара {title} отметка «{feature}».",
    "zh": "商品资料没有说明{title}是否{feature}。",
}


def feature_answer(lang: str, product: dict[str, Any], key: str) -> str:
    """Yes or no to "is the X waterproof?", from the product's own yes/no attribute; said plainly when the catalog
    does not record it. The feature's words are the catalog lexicon's, in the shopper's language."""
    from knowledge.query import default_lexicon

    lang = lang if lang in _FEATURE_YES else "en"
    feature = default_lexicon().label("attr", key, True, lang) or key.replace("_", " ")
    title = str(product.get("title") or "")
    fields = {"title": title, "feature": feature.lower() if lang != "zh" else feature,
              "is": verbs(title, "en")["is"] if lang == "en" else ""}
    value = (product.get("attributes") or {}).get(key)
    if not isinstance(value, bool):
        return _FEATURE_UNKNOWN[lang].format(**fields)
    return (_FEATURE_YES if value else _FEATURE_NO)[lang].format(**fields)


# Units of the measures a shopper may ask a yes or no about ("is the cheapest power bank 20000 mAh?").
_UNITS: dict[str, dict[str, str]] = {
    "capacity_mah": {"en": " mAh", "ru": " мА·ч", "zh": "毫安"},
    "capacity_l": {"en": " L", "ru": " л", "zh": "升"},
    "capacity_gb": {"en": " GB", "ru": " ГБ", "zh": "GB"},
    "lumens": {"en": " lm", "ru": " лм", "zh": "流明"},
    "wattage": {"en": " W", "ru": " Вт", "zh": "瓦"},
    "weight_kg": {"en": " kg", "ru": " кг", "zh": "公斤"},
    "length_m": {"en": " m", "ru": " м", "zh": "米"},
    "persons": {"en": " people", "ru": " чел.", "zh": "人"},
    "pieces": {"en": " pieces", "ru": " дет.", "zh": "片"},
    "megapixels": {"en": " MP", "ru": " Мп", "zh": "百万像素"},
}
_MEASURE_YES = {"en": "Yes, the {title} {is} {have}.", "ru": "Да, {title}: {have}.", "zh": "是的，{title}是{have}的。"}
# (the figure asked is not repeated: a sentence names only what is true of the product it names)
_MEASURE_NO = {"en": "No, the {title} {is} {have}.", "ru": "Нет, {title}: {have}.", "zh": "不是，{title}是{have}的。"}
_MEASURE_UNKNOWN = {"en": "The catalog does not give that figure for the {title}.",
                    "ru": "В каталоге нет этой характеристики для товара {title}.",
                    "zh": "商品资料没有{title}的这项参数。"}


def _amount(key: str, value: float, lang: str) -> str:
    number = f"{value:g}".replace(".", ",") if lang == "ru" else f"{value:g}"
    if key == "persons":  # a head count is what the thing is for: "for 2 people", «на 2 чел.»
        return {"en": f"for {number} people", "ru": f"на {number} чел.", "zh": f"{number}人"}[lang]
    return number + _UNITS.get(key, {}).get(lang, "")


def measure_answer(lang: str, product: dict[str, Any], key: str, want: float) -> str:
    """Yes or no to "is the cheapest power bank 20000 mAh?", from the number the product records."""
    lang = lang if lang in _MEASURE_YES else "en"
    title = str(product.get("title") or "")
    have = (product.get("attributes") or {}).get(key)
    fields = {"title": title, "is": verbs(title, "en")["is"] if lang == "en" else ""}
    if isinstance(have, bool) or not isinstance(have, int | float):
        return _MEASURE_UNKNOWN[lang].format(**fields)
    same = abs(float(have) - float(want)) < 1e-9
    template = _MEASURE_YES if same else _MEASURE_NO
    return template[lang].format(**fields, have=_amount(key, float(have), lang))
