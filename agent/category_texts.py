"""Replies to questions about a kind of product as a whole (agent.journeys.category_asks) in en/ru/zh: the answer
first (the cheapest, the most expensive, how many, from what to what, which kind is cheaper), then the product it
rests on. Every figure is the journey's data, which is the ``category_facts`` tool result; a product's price stands
right after its title, so the verifier binds it to that product; a difference stands in a sentence of its own.
"""

from __future__ import annotations

from typing import Any

from babel import Locale

from agent.product_answers import feature_answer, measure_answer, verbs
from agent.templates import lang_of, money

_T: dict[str, dict[str, str]] = {
    # Titles carry the kind's words ("... Hiking Boots", "Пуховый спальный мешок ...", "... 防水蓝牙音箱"), so a
    # sentence that says the kind reads as naming one of those products: a range or a count stands apart from it.
    "category_cheapest": {
        "en": "The cheapest of our {name_l} is the {c_title} at {c_price}. We have {count} in all, up to {max}.",
        "ru": "Самый дешёвый вариант — {c_title}, {c_price}. Всего {count_ru}, цены до {max}.",
        "zh": "最便宜的是{c_title}，{c_price}。共{count}款，最高{max}。",
    },
    "category_dearest": {
        "en": "The most expensive of our {name_l} is the {d_title} at {d_price}. We have {count} in all, from {min}.",
        "ru": "Самый дорогой вариант — {d_title}, {d_price}. Всего {count_ru}, цены от {min}.",
        "zh": "最贵的是{d_title}，{d_price}。共{count}款，最低{min}。",
    },
    "category_count": {
        "en": "We have {count} in all, from {min} to {max}. The cheapest is the {c_title} at {c_price}; the most "
        "expensive is the {d_title} at {d_price}.",
        "ru": "Всего у нас {count_ru}, цены от {min} до {max}. Самый дешёвый — {c_title}, {c_price}; самый дорогой — "
        "{d_title}, {d_price}.",
        "zh": "我们共有{count}款，价格从{min}到{max}。最便宜的是{c_title}，{c_price}；最贵的是{d_title}，{d_price}。",
    },
    "category_range": {
        "en": "Prices run from {min} to {max}. The cheapest is the {c_title} at {c_price}.",
        "ru": "Цены — от {min} до {max}. Самый дешёвый — {c_title}, {c_price}.",
        "zh": "价格从{min}到{max}。最便宜的是{c_title}，{c_price}。",
    },
    "category_spread": {
        "en": "Prices run from {min} to {max}. The difference is {diff}. The cheapest is the {c_title} at "
        "{c_price}; the most expensive is the {d_title} at {d_price}.",
        "ru": "Цены — от {min} до {max}, разница {diff}. Самый дешёвый — {c_title}, {c_price}; самый дорогой — "
        "{d_title}, {d_price}.",
        "zh": "价格从{min}到{max}，差价{diff}。最便宜的是{c_title}，{c_price}；最贵的是{d_title}，{d_price}。",
    },
    "category_one": {
        "en": "We have just one ({name_l}): the {c_title} at {c_price}.",
        "ru": "У нас только один вариант: {c_title}, {c_price}.",
        "zh": "我们只有一款：{c_title}，{c_price}。",
    },
    # "Are all your X over/under $N?": yes or no first, then the product that decides it (the bound is not repeated:
    # it is the shopper's figure, not the store's).
    "category_all_over_yes": {
        "en": "Yes. Even the cheapest, the {c_title}, costs {c_price}.",
        "ru": "Да. Даже самый дешёвый вариант — {c_title} — стоит {c_price}.",
        "zh": "是的。最便宜的{c_title}也要{c_price}。",
    },
    "category_all_over_no": {
        "en": "No. The cheapest is the {c_title} at {c_price}; {count} in all, up to {max}.",
        "ru": "Нет. Самый дешёвый вариант — {c_title}, {c_price}. Всего {count_ru}, цены до {max}.",
        "zh": "不是。最便宜的是{c_title}，{c_price}。共{count}款，最高{max}。",
    },
    "category_all_under_yes": {
        "en": "Yes. Even the most expensive, the {d_title}, costs {d_price}.",
        "ru": "Да. Даже самый дорогой вариант — {d_title} — стоит {d_price}.",
        "zh": "是的。最贵的{d_title}也只要{d_price}。",
    },
    "category_all_under_no": {
        "en": "No. The most expensive is the {d_title} at {d_price}; {count} in all, from {min}.",
        "ru": "Нет. Самый дорогой вариант — {d_title}, {d_price}. Всего {count_ru}, цены от {min}.",
        "zh": "不是。最贵的是{d_title}，{d_price}。共{count}款，最低{min}。",
    },
    # "Can I get an A and a B for under $N?": yes or no, the two cheapest, then their sum in a sentence of its own.
    "category_basket_yes": {
        "en": "Yes. The {a_title} costs {a_price} and the {b_title} costs {b_price}. Together that is {total}.",
        "ru": "Да. {a_title} стоит {a_price}, а {b_title} — {b_price}. Вместе это {total}.",
        "zh": "可以。{a_title}售价{a_price}，{b_title}售价{b_price}。合计{total}。",
    },
    "category_basket_no": {
        "en": "No. Even the cheapest, the {a_title} at {a_price} and the {b_title} at {b_price}, come to more. "
        "Together that is {total}.",
        "ru": "Нет. Даже самые дешёвые варианты — {a_title} за {a_price} и {b_title} за {b_price} — выходят дороже. "
        "Вместе это {total}.",
        "zh": "不行。即使选最便宜的{a_title}（{a_price}）和{b_title}（{b_price}），也会超出预算。合计{total}。",
    },
    "category_compare": {
        "en": "The {lo_title} ({lo_price}) {is} cheaper than the {hi_title} ({hi_price}). The difference is {diff}.",
        "ru": "{lo_title} ({lo_price}) дешевле, чем {hi_title} ({hi_price}). Разница — {diff}.",
        "zh": "{lo_title}（{lo_price}）比{hi_title}（{hi_price}）便宜。差价{diff}。",
    },
}
_EXISTS = {
    "en": "Yes, we do: {count} that fit, from {min}.",
    "ru": "Да, есть: {count_ru}, цены от {min}.",
    "zh": "有的：共{count}款，最低{min}。",
}
# "5 товаров", "2 товара", "1 товар": the count with its noun in the right form.
_RU_GOODS = {"one": "товар", "few": "товара", "many": "товаров", "other": "товара"}


def _count_ru(n: int) -> str:
    return f"{n} {_RU_GOODS[Locale.parse('ru').plural_form(n)]}"


def _fields(lang: str, facts: dict[str, Any]) -> dict[str, Any]:
    cur = facts["currency"]
    cheap, dear = facts["cheapest"], facts["dearest"]
    return {
        "name": facts["name"], "name_l": facts["name"].lower() if lang != "zh" else facts["name"],
        "count": facts["count"], "count_ru": _count_ru(int(facts["count"])),
        "min": money(facts["price_min"], cur, lang), "max": money(facts["price_max"], cur, lang),
        "diff": money(facts["price_difference"], cur, lang),
        "c_title": cheap["title"], "c_price": money(cheap["price"], cheap["currency"], lang),
        "d_title": dear["title"], "d_price": money(dear["price"], dear["currency"], lang),
    }


def render(kind: str, language: str | None, data: dict[str, Any]) -> str | None:
    """The reply of a category question's kind, or None when ``kind`` is not one of these."""
    if kind not in _T:
        return None
    lang = lang_of(language)
    if kind == "category_compare":
        lo, hi = data["lo"], data["hi"]
        cur = data["currency"]
        fields = {**verbs(lo["cheapest"]["title"], lang),
                  "lo_title": lo["cheapest"]["title"], "hi_title": hi["cheapest"]["title"],
                  "lo_price": money(lo["price_min"], cur, lang), "hi_price": money(hi["price_min"], cur, lang),
                  "diff": money(data["price_difference"], cur, lang),
                  "lo_name": lo["name"], "hi_name": hi["name"],
                  "lo_name_l": lo["name"].lower(), "hi_name_l": hi["name"].lower()}
        return _T[kind][lang].format(**fields)
    if kind.startswith("category_basket_"):
        a, b = data["a"]["cheapest"], data["b"]["cheapest"]
        return _T[kind][lang].format(a_title=a["title"], a_price=money(a["price"], a["currency"], lang),
                                     b_title=b["title"], b_price=money(b["price"], b["currency"], lang),
                                     total=money(data["total"], data["currency"], lang))
    text = _T[kind][lang].format(**_fields(lang, data["facts"]))
    if (data.get("feature") or data.get("measure")) and kind in ("category_cheapest", "category_dearest"):
        # "Is your cheapest X waterproof?", "…是两万毫安的吗": yes or no about that product first, from its own
        # attribute.
        product = data["facts"]["cheapest" if kind == "category_cheapest" else "dearest"]
        sep = "" if lang == "zh" else " "
        measure = data.get("measure")
        said = measure_answer(lang, product, str(measure["key"]), float(measure["value"])) if measure \
            else feature_answer(lang, product, str(data["feature"]))
        text = said + sep + text
    return text


_NONE_FIT = {
    "en": "No, none of our {name_l} has all of that.",
    "ru": "Нет, в разделе «{name}» ни один товар не подходит под все эти условия.",
    "zh": "没有，我们的{name}里没有完全符合这些条件的。",
}


def exists_sentence(lang: str, facts: dict[str, Any]) -> str:
    """ "Yes, we do: 4 hiking boots that fit, from $89.99." for a "do you have ...?" whose kind the store has; "No,
    none of our winter boots has all of that." when nothing of the kind fits what was asked."""
    lang = lang_of(lang)
    if facts.get("none"):
        name = str(facts["name"])
        return _NONE_FIT[lang].format(name=name, name_l=name if lang == "zh" else name.lower())
    return _EXISTS[lang].format(**_fields(lang, facts))
