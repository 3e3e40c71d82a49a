"""Products of the demo store, combined from the taxonomy: brand x model x attributes x price, in en/ru/zh."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from knowledge.demo.taxonomy import DEPARTMENTS, MODEL_SUFFIXES, MODEL_WORDS, Department
from knowledge.demo.terms import LANGS, AttrSpec, CategorySpec, Choice, is_ru_adjective, ru_agree

SHOE_SIZES = tuple(str(s) for s in range(36, 48))
APPAREL_SIZES = ("XS", "S", "M", "L", "XL", "XXL")
GOLDEN = 0.6180339887  # low-discrepancy step: prices of a category spread evenly over its range


@dataclass
class CategoryRow:
    id: int
    path: str
    parent_id: int | None
    department: str
    names: dict[str, str]
    spec: CategorySpec | None = None
    season: tuple[float, ...] = ()


@dataclass
class ProductRow:
    id: int
    sku: str
    category: CategoryRow
    brand: str
    price: Decimal
    attributes: dict[str, Any]
    texts: dict[str, tuple[str, str]]  # lang -> (title, description)
    sizes: list[str] = field(default_factory=list)
    perishable: bool = False
    rating: float = 4.0
    review_count: int = 0
    popularity: float = 1.0  # relative daily demand; drives stock, orders and sales


def build_categories() -> list[CategoryRow]:
    """One row per department (the parent) and per category, paths like ``footwear/hiking-boots``."""
    rows: list[CategoryRow] = []
    next_id = 1
    for dept in DEPARTMENTS:
        parent = CategoryRow(next_id, dept.slug, None, dept.slug, _names(dept.names), None, dept.season)
        rows.append(parent)
        next_id += 1
        for spec in dept.categories:
            rows.append(
                CategoryRow(
                    next_id, f"{dept.slug}/{spec.slug}", parent.id, dept.slug, _names(spec.names), spec, dept.season
                )
            )
            next_id += 1
    return rows


def _names(term: Any) -> dict[str, str]:
    return {lang: term.get(lang) for lang in LANGS}


def allocate(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` by weight (largest remainder), giving every category one product first when there is room."""
    n = len(weights)
    base = [1] * n if total >= n else [0] * n
    rest = total - sum(base)
    wsum = sum(weights)
    exact = [rest * w / wsum for w in weights]
    counts = [b + math.floor(e) for b, e in zip(base, exact, strict=True)]
    order = sorted(range(n), key=lambda i: exact[i] - math.floor(exact[i]), reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _choose(spec: AttrSpec, index: int, stride: int, rng: random.Random) -> Choice:
    if spec.stratify:
        return spec.choices[(index // stride) % len(spec.choices)]
    return rng.choices(spec.choices, weights=[c.weight for c in spec.choices])[0]


def _round_price(value: float) -> Decimal:
    if value >= 20:
        return Decimal(f"{round(value) - 0.01:.2f}")
    if value >= 3:
        return Decimal(f"{max(round(value * 2) / 2 - 0.01, 0.99):.2f}")
    return Decimal(f"{max(round(value, 1) - 0.01, 0.49):.2f}")


def _sizes(kind: str, rng: random.Random) -> list[str]:
    if kind == "shoe":
        start = rng.randint(0, 4)
        return list(SHOE_SIZES[start : start + rng.randint(5, 8)])
    if kind == "apparel":
        start = rng.randint(0, 1)
        return list(APPAREL_SIZES[start : start + rng.randint(4, 6)])
    return []


def _texts(
    spec: CategorySpec,
    brand: str,
    model: str,
    named: list[Choice],
    features: list[tuple[AttrSpec, Choice]],
    sizes: list[str],
) -> dict[str, tuple[str, str]]:
    noun = spec.noun
    en_title = " ".join([brand, model, *[c.title.en for c in named if c.title], noun.en])
    zh_title = f"{brand} {model} " + "".join(c.title.zh for c in named if c.title) + noun.zh
    ru_pre = [ru_agree(c.title.ru, noun.gender) for c in named if c.title and is_ru_adjective(c.title.ru)]
    ru_post = [c.title.ru for c in named if c.title and not is_ru_adjective(c.title.ru)]
    ru_title = " ".join([*ru_pre, noun.ru, *ru_post, brand, model])
    ru_title = ru_title[0].upper() + ru_title[1:]

    # A flag that is false ("Waterproof: no") is left out of the text: keyword search would match the word and
    # rank non-waterproof boots for "waterproof boots". The attributes still say waterproof=false.
    features = [(a, c) for a, c in features if c.value is not False]
    en_feats = "; ".join(f"{a.name.en}: {c.label.en}" for a, c in features)
    zh_feats = "；".join(f"{a.name.zh}：{c.label.zh}" for a, c in features)
    # Russian lists features as adjectives agreeing with the noun ("кожаные, непромокаемые"), not "ключ: значение".
    ru_yes = []
    for _, c in features:
        if c.value is False:
            continue
        word = c.title.ru if c.value is True and c.title else c.label.ru
        ru_yes.append(ru_agree(word, noun.gender) if is_ru_adjective(word) else word)
    ru_feats = ", ".join(ru_yes)
    feat_en = f" Key features: {en_feats}." if en_feats else ""
    feat_ru = f" Особенности: {ru_feats}." if ru_feats else ""
    feat_zh = f"主要特点：{zh_feats}。" if zh_feats else ""
    size_en = f" Sizes: {sizes[0]}–{sizes[-1]}." if sizes else ""
    size_ru = f" Размеры: {sizes[0]}–{sizes[-1]}." if sizes else ""
    size_zh = f"尺码：{sizes[0]}–{sizes[-1]}。" if sizes else ""
    return {
        "en": (en_title, f"{en_title}. {spec.blurb.en}{feat_en}{size_en} Brand: {brand}."),
        "ru": (ru_title, f"{ru_title}. {spec.blurb.ru}{feat_ru}{size_ru} Бренд: {brand}."),
        "zh": (zh_title, f"{zh_title}。{spec.blurb.zh}{feat_zh}{size_zh}品牌：{brand}。"),
    }


def _product(pid: int, cat: CategoryRow, dept: Department, index: int, rng: random.Random) -> ProductRow:
    spec = cat.spec
    assert spec is not None
    brands = spec.brands or dept.brands
    brand_i = rng.randrange(len(brands))
    brand = brands[brand_i]
    model = rng.choice(MODEL_WORDS) + rng.choice(MODEL_SUFFIXES)

    attributes: dict[str, Any] = {}
    named: list[Choice] = []
    features: list[tuple[AttrSpec, Choice]] = []
    factor = 1.0
    stride = 1
    for attr in spec.attrs:
        choice = _choose(attr, index, stride, rng)
        if attr.stratify:
            stride *= len(attr.choices)
        attributes[attr.key] = choice.value
        features.append((attr, choice))
        factor *= choice.price_factor
        if choice.title is not None and rng.random() < attr.in_title:
            named.append(choice)

    sizes = _sizes(spec.variants, rng)
    if sizes:
        attributes["sizes"] = sizes

    lo, hi = spec.price
    u = (index * GOLDEN + rng.random() * 0.15) % 1.0
    brand_factor = 0.9 + 0.08 * brand_i  # later brands in a department are a little more premium
    raw = lo * (hi / lo) ** u * (factor * brand_factor) ** 0.6
    price = _round_price(min(max(raw, lo), hi))

    return ProductRow(
        id=pid,
        sku=f"{dept.slug[:3].upper()}-{pid:06d}",
        category=cat,
        brand=brand,
        price=price,
        attributes=attributes,
        texts=_texts(spec, brand, model, named, features, sizes),
        sizes=sizes,
        perishable=spec.perishable,
        rating=round(min(5.0, max(2.5, rng.gauss(4.2, 0.4))), 1),
        review_count=int(rng.expovariate(1 / 60)),
        # Demand falls with price and varies a lot between products (a few bestsellers, a long tail).
        popularity=rng.lognormvariate(0, 0.8) * spec.weight / math.sqrt(float(price) / lo + 1),
    )


def build_products(categories: list[CategoryRow], total: int, seed: int) -> list[ProductRow]:
    """``total`` products spread over categories by weight; ids interleave categories so any prefix is a mix."""
    rng = random.Random(seed * 7919 + 11)
    leaf = [c for c in categories if c.spec is not None]
    counts = allocate(total, [c.spec.weight for c in leaf if c.spec is not None])
    depts = {d.slug: d for d in DEPARTMENTS}
    slots = sorted(
        ((i / n, k, i) for k, n in enumerate(counts) for i in range(n)),
        key=lambda t: (t[0], t[1]),
    )
    return [_product(pid, leaf[k], depts[leaf[k].department], i, rng) for pid, (_, k, i) in enumerate(slots, 1)]
