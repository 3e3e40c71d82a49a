"""The project's graded search set, built from a demo store and written in the WANDS format.

Queries in en/ru/zh are combined from a category, 0–2 attribute values its products really have, and sometimes a
price limit (in dollars, roubles or yuan, converted with the same configured rates the search uses); every query also
gets a typo'd twin. Labels come from the DB: Exact when the category, every asked attribute and the price limit
match; Partial when the category matches; Irrelevant otherwise (not listed, as in WANDS).

Files (tab-separated, WANDS columns plus a few extra ones WANDS readers ignore):
product.csv (product_id, product_name, product_class, category hierarchy, product_description, product_features,
rating_count, average_rating, review_count, price), query.csv (query_id, query, query_class, language, variant,
price_max_usd), label.csv (id, query_id, product_id, label).
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.query import Lexicon, convert, lexicon_from_db

LANGS = ("en", "ru", "zh")
GAIN = {"Exact": 1.0, "Partial": 0.5, "Irrelevant": 0.0}


@dataclass
class Query:
    id: int
    text: str
    language: str
    variant: str  # clean | typo
    query_class: str  # category path
    price_max_usd: float | None = None
    labels: dict[int, str] = field(default_factory=dict)  # product id -> Exact | Partial


@dataclass
class _Product:
    id: int
    title: str
    path: str
    attrs: dict[str, Any]
    price: float
    description: str


def _matches(attrs: dict[str, Any], key: str, value: Any) -> bool:
    v = attrs.get(key)
    return v == value or (isinstance(v, list) and value in v)


def _typo(text: str, rng: random.Random, language: str, homophones: dict[str, list[str]] | None = None) -> str:
    """One realistic slip in the longest word: a dropped, doubled or swapped letter (en, ru). In Chinese, mostly a
    homophone picked wrongly in a pinyin input method ("巧克利" for "巧克力"), sometimes a missing character."""
    words = text.split(" ")
    if language == "zh":
        from knowledge.text import pinyin

        i = max(range(len(words)), key=lambda k: (not any(c.isdigit() for c in words[k]), len(words[k])))
        w = words[i]
        spots = [j for j, ch in enumerate(w) if len((homophones or {}).get(pinyin(ch)[0], [])) > 1]
        if spots and rng.random() < 0.75:
            j = rng.choice(spots)
            others = [c for c in (homophones or {})[pinyin(w[j])[0]] if c != w[j]]
            words[i] = w[:j] + rng.choice(others) + w[j + 1:]
        elif len(w) >= 3:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1:]
        return " ".join(words)
    candidates = [k for k, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return text
    i = max(candidates, key=lambda k: (len(words[k]), k))
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.choice(("drop", "swap", "double"))
    if kind == "drop":
        w = w[:j] + w[j + 1:]
    elif kind == "swap":
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _homophones(texts: list[str]) -> dict[str, list[str]]:
    """Characters of the catalog's Chinese text grouped by toneless pinyin: what a pinyin keyboard offers."""
    from knowledge.text import pinyin

    chars = sorted({ch for t in texts for ch in t if "\u4e00" <= ch <= "\u9fff"})
    out: dict[str, list[str]] = defaultdict(list)
    for ch in chars:
        out[pinyin(ch)[0]].append(ch)
    return dict(out)


def _price_phrase(usd: float, language: str, fx: dict[str, float], rng: random.Random) -> tuple[str, float]:
    """A price limit as a shopper would say it, and the limit in store dollars that the phrase means."""
    if language == "en":
        amount = max(5, round(usd / 5) * 5)
        phrase = rng.choice((f"under ${amount}", f"under {amount}", f"below {amount} dollars"))
        return phrase, float(amount)
    if language == "ru":
        rub = max(500, round(usd / fx["RUB"] / 500) * 500)
        phrase = rng.choice((f"до {rub} руб", f"дешевле {rub} рублей", f"до {rub} ₽"))
        return phrase, float(convert(Decimal(rub), "RUB", "USD", fx))
    cny = max(50, round(usd / fx["CNY"] / 50) * 50)
    phrase = rng.choice((f"{cny}元以内", f"不超过{cny}元", f"{cny}块以下"))
    return phrase, float(convert(Decimal(cny), "CNY", "USD", fx))


def _ru_agree(adj: str, noun: str) -> str:
    """Russian adjectives in the lexicon are masculine; category names are plural ("ботинки", "палатки")."""
    try:
        from knowledge.demo.terms import ru_agree
    except ImportError:  # pragma: no cover
        return adj
    return ru_agree(adj, "p")


def build_searchset(db_url: str, *, seed: int = 11, per_category: int = 3, fx: dict[str, float] | None = None,
                    lexicon: Lexicon | None = None) -> tuple[list[Query], dict[int, _Product]]:
    from knowledge.schema import Category, Product, ProductText
    from shopkeeper.settings import SearchSettings

    fx = fx or SearchSettings().fx_rates
    lex = lexicon or lexicon_from_db(db_url)
    rng = random.Random(seed)
    with session_scope(db_url) as s:
        cats = {c.id: (c.path, dict(c.names or {})) for c in s.scalars(select(Category))}
        en_desc = dict(s.execute(select(ProductText.product_id, ProductText.description)
                                 .where(ProductText.lang == "en")).all())
        homophones = _homophones(list(s.scalars(select(ProductText.description).where(ProductText.lang == "zh"))))
        products = {
            p.id: _Product(p.id, p.title, cats[p.category_id][0] if p.category_id in cats else "",
                           dict(p.attributes or {}), float(p.price), en_desc.get(p.id, p.description or ""))
            for p in s.scalars(select(Product).where(Product.active.is_(True)))
        }
    by_cat: dict[str, list[_Product]] = defaultdict(list)
    for p in products.values():
        by_cat[p.path].append(p)
    names = {path: n for path, n in cats.values()}
    queries: list[Query] = []
    qid = 0
    for path in sorted(by_cat):
        members = by_cat[path]
        if len(members) < 3 or not all(names.get(path, {}).get(lang) for lang in LANGS):
            continue
        # Attribute values that products of this category really have and that the store has words for.
        values: dict[tuple[str, Any], int] = defaultdict(int)
        for p in members:
            for k, v in p.attrs.items():
                if isinstance(v, bool) and v or isinstance(v, str):
                    values[(k, v)] += 1
        nameable = sorted(
            (kv for kv in values if all(lex.label("attr", kv[0], kv[1], lang) for lang in LANGS)), key=repr
        )
        prices = sorted(p.price for p in members)
        for t in range(per_category):
            n_attrs = min(len(nameable), (0, 1, 2)[t % 3])
            asked: list[tuple[str, Any]] = []
            pool = list(nameable)
            rng.shuffle(pool)
            for kv in pool:
                if len(asked) >= n_attrs:
                    break
                if all(kv[0] != a[0] for a in asked):
                    asked.append(kv)
            with_price = t >= 1 and rng.random() < 0.6
            usd = prices[len(prices) // 2] * rng.uniform(0.9, 1.4) if with_price else None
            for lang in LANGS:
                words = [lex.label("attr", k, v, lang) or "" for k, v in asked]
                cat_name = names[path][lang]
                if lang == "ru":
                    words = [_ru_agree(w.lower(), cat_name) for w in words]
                    text = " ".join([*words, cat_name.lower()])
                elif lang == "zh":
                    text = "".join([*words, cat_name])
                else:
                    text = " ".join([*(w.lower() for w in words), cat_name.lower()])
                limit = None
                # The slip goes into the product words: a typo'd price would change what is asked.
                typo = _typo(text, rng, lang, homophones)
                if usd is not None:
                    phrase, limit = _price_phrase(usd, lang, fx, rng)
                    text, typo = f"{text} {phrase}", f"{typo} {phrase}"
                labels: dict[int, str] = {}
                for p in members:
                    exact = all(_matches(p.attrs, k, v) for k, v in asked) and (limit is None or p.price <= limit)
                    labels[p.id] = "Exact" if exact else "Partial"
                qid += 1
                queries.append(Query(qid, text, lang, "clean", path, limit, labels))
                qid += 1
                queries.append(Query(qid, typo, lang, "typo", path, limit, dict(labels)))
    return queries, products


def write_wands(directory: Path, queries: list[Query], products: dict[int, _Product]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "product.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["product_id", "product_name", "product_class", "category hierarchy", "product_description",
                    "product_features", "rating_count", "average_rating", "review_count", "price"])
        for p in products.values():
            feats = "|".join(f"{k}:{v}" for k, v in p.attrs.items() if not isinstance(v, list | dict))
            w.writerow([p.id, p.title, p.path.rsplit("/", 1)[-1], " / ".join(p.path.split("/")),
                        p.description.replace("\t", " ").replace("\n", " "), feats, "", "", "", f"{p.price:.2f}"])
    with (directory / "query.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["query_id", "query", "query_class", "language", "variant", "price_max_usd"])
        for q in queries:
            w.writerow([q.id, q.text, q.query_class, q.language, q.variant,
                        "" if q.price_max_usd is None else f"{q.price_max_usd:.2f}"])
    with (directory / "label.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["id", "query_id", "product_id", "label"])
        n = 0
        for q in queries:
            for pid, label in sorted(q.labels.items()):
                n += 1
                w.writerow([n, q.id, pid, label])


def read_wands_queries(directory: Path) -> list[Query]:
    """Queries and labels of any WANDS-format directory (extra columns used when present)."""
    queries: dict[int, Query] = {}
    with (directory / "query.csv").open(encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            qid = int(row["query_id"])
            pmax = (row.get("price_max_usd") or "").strip()
            queries[qid] = Query(qid, row["query"], row.get("language") or "", row.get("variant") or "clean",
                                 row.get("query_class") or "", float(pmax) if pmax else None)
    with (directory / "label.csv").open(encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            q = queries.get(int(row["query_id"]))
            if q is not None and row["label"] in ("Exact", "Partial"):
                q.labels[int(row["product_id"])] = row["label"]
    return list(queries.values())
