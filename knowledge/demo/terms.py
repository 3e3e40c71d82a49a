"""Term tables shared by the demo taxonomy: a word in en/ru/zh, Russian adjective agreement, attribute specs.

Titles are built by combination ("Waterproof" + "Leather" + "Hiking Boots"), so Russian adjectives are stored once
in the masculine nominative and made to agree with the noun's gender here instead of being typed four times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Gender = Literal["m", "f", "n", "p"]  # masculine, feminine, neuter, plural-only ("ботинки")
LANGS = ("en", "ru", "zh")


@dataclass(frozen=True)
class Term:
    en: str
    ru: str
    zh: str

    def get(self, lang: str) -> str:
        return str(getattr(self, lang))


def is_ru_adjective(word: str) -> bool:
    last = word.split()[-1] if word else ""
    return len(last) > 3 and last[-2:] in ("ый", "ий", "ой")


def ru_agree(adjective: str, gender: Gender) -> str:
    """Put a Russian adjective (masculine nominative singular) into the gender/number of its noun.

    Only the last word inflects ("2-местный" -> "2-местная"); the spelling rules cover hard, soft, velar (г к х)
    and sibilant (ж ш щ ч) stems, which is every adjective in the demo tables.
    """
    if gender == "m" or not is_ru_adjective(adjective):
        return adjective
    head, _, last = adjective.rpartition(" ")
    stem, ending = last[:-2], last[-2:]
    velar = stem[-1:] in "гкх"
    sibilant = stem[-1:] in "жшщч"
    if ending == "ый" or (ending == "ой" and not (velar or sibilant)):
        forms = {"f": "ая", "n": "ое", "p": "ые"}
    elif ending == "ой" or velar:
        forms = {"f": "ая", "n": "ое", "p": "ие"}
    elif sibilant:
        forms = {"f": "ая", "n": "ее", "p": "ие"}
    else:  # soft stem: синий
        forms = {"f": "яя", "n": "ее", "p": "ие"}
    word = stem + forms[gender]
    return f"{head} {word}" if head else word


@dataclass(frozen=True)
class Choice:
    """One value of an attribute: what is stored, the words it adds to a title, how it reads in a description."""

    value: Any
    title: Term | None  # None: not named in titles (e.g. waterproof=False)
    label: Term  # value as shown in "Key features"
    weight: float = 1.0
    price_factor: float = 1.0


@dataclass(frozen=True)
class AttrSpec:
    key: str
    name: Term  # "Material" / "Материал" / "材质"
    choices: tuple[Choice, ...]
    in_title: float = 1.0  # probability the chosen value is named in the title
    stratify: bool = False  # cycle through choices by product index so every combination shows up


@dataclass(frozen=True)
class Noun:
    en: str
    ru: str
    zh: str
    gender: Gender = "m"


@dataclass
class CategorySpec:
    slug: str
    names: Term
    noun: Noun
    price: tuple[float, float]
    attrs: tuple[AttrSpec, ...] = ()
    blurb: Term = Term("", "", "")
    variants: Literal["none", "shoe", "apparel", "colour"] = "none"
    perishable: bool = False
    weight: float = 1.0  # share of the catalog, relative to other categories
    brands: tuple[str, ...] = ()  # overrides the department's brands
    extra: dict[str, Any] = field(default_factory=dict)


YES = Term("yes", "да", "是")
NO = Term("no", "нет", "否")


def flag(
    key: str, name: Term, title: Term, p_true: float = 0.5, factor: float = 1.15, *, stratify: bool = False
) -> AttrSpec:
    """A yes/no attribute named in titles only when true (e.g. waterproof)."""
    return AttrSpec(
        key,
        name,
        (
            Choice(True, title, YES, p_true, factor),
            Choice(False, None, NO, 1.0 - p_true, 1.0),
        ),
        stratify=stratify,
    )


def pick(
    key: str,
    name: Term,
    *options: tuple[Any, Term] | tuple[Any, Term, float],
    in_title: float = 1.0,
    stratify: bool = False,
    label_is_title: bool = True,
) -> AttrSpec:
    """An attribute with named values: ``(value, words, price_factor?)``."""
    choices = []
    for opt in options:
        value, words = opt[0], opt[1]
        factor = float(opt[2]) if len(opt) > 2 else 1.0
        choices.append(
            Choice(value, words, words if label_is_title else Term(str(value), str(value), str(value)), 1.0, factor)
        )
    return AttrSpec(key, name, tuple(choices), in_title=in_title, stratify=stratify)


def number(
    key: str,
    name: Term,
    values: tuple[float | int, ...],
    unit: Term,
    *,
    in_title: float = 1.0,
    factor_step: float = 0.0,
    sep: Term = Term("", " ", ""),
) -> AttrSpec:
    """A numeric attribute with a unit ("60W" / "60 Вт" / "60瓦"); larger values may cost more (factor_step)."""
    choices = []
    for i, v in enumerate(values):
        shown = f"{v:g}" if isinstance(v, float) else str(v)
        shown_ru = shown.replace(".", ",")  # Russian writes a decimal comma: 1,7 л
        words = Term(f"{shown}{sep.en}{unit.en}", f"{shown_ru}{sep.ru}{unit.ru}", f"{shown}{sep.zh}{unit.zh}")
        choices.append(Choice(v, words, words, 1.0, 1.0 + factor_step * i))
    return AttrSpec(key, name, tuple(choices), in_title=in_title)


# Attribute names used across departments.
N_MATERIAL = Term("Material", "Материал", "材质")
N_COLOUR = Term("Colour", "Цвет", "颜色")
N_WATERPROOF = Term("Waterproof", "Непромокаемость", "防水")
N_CAPACITY = Term("Capacity", "Вместимость", "容量")
N_WATTAGE = Term("Power", "Мощность", "功率")

WATT = Term("W", "Вт", "瓦")
LITRE = Term("L", "л", "升")
MAH = Term("mAh", "мА·ч", "毫安")

COLOUR = AttrSpec(
    "colour",
    N_COLOUR,
    tuple(
        Choice(v, t, t)
        for v, t in (
            ("black", Term("Black", "чёрный", "黑色")),
            ("white", Term("White", "белый", "白色")),
            ("grey", Term("Grey", "серый", "灰色")),
            ("blue", Term("Blue", "синий", "蓝色")),
            ("red", Term("Red", "красный", "红色")),
            ("green", Term("Green", "зелёный", "绿色")),
            ("brown", Term("Brown", "коричневый", "棕色")),
            ("beige", Term("Beige", "бежевый", "米色")),
            ("orange", Term("Orange", "оранжевый", "橙色")),
        )
    ),
    in_title=0.35,
)

WATERPROOF = flag("waterproof", N_WATERPROOF, Term("Waterproof", "непромокаемый", "防水"), stratify=True)

SUGAR_FREE = flag(
    "sugar_free",
    Term("Sugar-free", "Без сахара", "无糖"),
    Term("Sugar-Free", "без сахара", "无糖"),
    p_true=0.35,
    factor=1.1,
)
VEGAN = flag("vegan", Term("Vegan", "Веганский", "纯素"), Term("Vegan", "веганский", "纯素"), p_true=0.3, factor=1.1)
GLUTEN_FREE = flag(
    "gluten_free",
    Term("Gluten-free", "Без глютена", "无麸质"),
    Term("Gluten-Free", "без глютена", "无麸质"),
    p_true=0.25,
    factor=1.15,
)
ORGANIC = flag(
    "organic",
    Term("Organic", "Органический", "有机"),
    Term("Organic", "органический", "有机"),
    p_true=0.25,
    factor=1.25,
)
RECHARGEABLE = flag(
    "rechargeable",
    Term("Rechargeable", "Аккумуляторный", "可充电"),
    Term("Rechargeable", "аккумуляторный", "可充电"),
    p_true=0.4,
    factor=1.3,
)
WIRELESS = flag(
    "wireless",
    Term("Wireless", "Беспроводной", "无线"),
    Term("Wireless", "беспроводной", "无线"),
    p_true=0.6,
    factor=1.3,
    stratify=True,
)
INSULATED = flag(
    "insulated",
    Term("Insulated", "Утеплённый", "保暖"),
    Term("Insulated", "утеплённый", "保暖"),
    p_true=0.5,
    factor=1.2,
)
