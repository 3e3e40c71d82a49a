"""Unknown-names eval: are products and brands the store does not have said not to exist, and those it has found?

``python -m evals unknown_names [--products 1200] [--seed 11] [--per-lang 50] [--threshold X] [--report NAME]``

The set is built deterministically (``--seed``) from a fresh demo store in a temporary directory:

- real names: products and brands sampled from the store, written as shoppers write them (whole titles, brand +
  model + type, lowercase partial names, a typo in the brand, the brand transliterated into Cyrillic, brand + type
  in Chinese with the Latin brand); the products each name fits are its targets;
- invented names: written by hand in ``evals/data/unknown_names_invented.json`` (whole invented names) and combined
  from its invented brands, model words, numbers and codes with the store's own category names and brands (a
  plausible brand + type, a real brand + an invented model, a real model + a number it does not have, a bare brand);
  any invented word too close to a word of the store is dropped;
- generic questions ("do you have hiking boots?"), which name no particular thing and must not be called unknown.

Each name is asked in one question per language (price, stock, "do you have", in turn). Cases alternate between a
development split (where the threshold is tuned) and a held-out split. Two measurements:

1. The resolver (``knowledge.names``) alone, on every case: its best product score, swept over thresholds on the
   development split; the chosen threshold is the one that accepts no invented name and finds the most real ones
   (the middle of the best range); precision and recall at it on both splits.
2. End to end through ``Assistant.reply`` (templates, no LLM) with the threshold in settings: an invented name is
   "answered with another product's facts" when the reply does not say the store lacks it (the template's
   sentence quoting the name) and still shows a product's price; a real name is "found" when the reply shows the
   title and price of one of its target products and does not say the store lacks it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evals.report import markdown_table, print_table, sha256_json, write_report

LANGS = ("en", "ru", "zh")
DATA = Path(__file__).resolve().parent / "data" / "unknown_names_invented.json"
QUESTIONS = {
    "en": ["How much is the {n}?", "Is the {n} in stock?", "Do you have the {n}?"],
    "ru": ["Сколько стоит {n}?", "Есть ли в наличии {n}?", "У вас есть {n}?"],
    "zh": ["{n}多少钱？", "{n}有货吗？", "你们有{n}吗？"],
}
GENERIC_Q = {"en": "Do you have {n}?", "ru": "У вас есть {n}?", "zh": "你们有{n}吗？"}
# The template's sentences that say the store lacks the thing (agent/templates.py name_unknown / brand_unknown).
SAYS_UNKNOWN = {
    "en": re.compile(r"We don't have “|We don't carry the brand “"),
    "ru": re.compile(r"У нас в магазине нет «|Бренда «.*» у нас нет"),
    "zh": re.compile(r"我们店里没有“|我们不经营“"),
}
SUFFIXES = {"2", "3", "Pro", "Lite", "Max", "X", "Plus"}
_CYR = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
        "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "у",
        "v": "в", "w": "в", "x": "кс", "y": "и", "z": "з"}


@dataclass
class Case:
    kind: str  # real | invented | generic
    style: str
    language: str
    name: str
    question: str
    split: str = "dev"
    targets: list[int] = field(default_factory=list)  # real: the products the name fits


# --- the set --------------------------------------------------------------------------------------------------------


def translit_ru(word: str) -> str:
    """A shopper's Cyrillic spelling of a Latin brand ("Northpeak" -> "Нортпеак")."""
    w = word.lower().replace("th", "t").replace("ee", "i").replace("oo", "у").replace("sh", "ш").replace("ch", "ч")
    out = "".join(_CYR.get(ch, ch) for ch in w)
    return out[:1].upper() + out[1:]


def typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard: a letter dropped, doubled or two swapped (never the first letter)."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(["drop", "double", "swap"])
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


@dataclass
class _Prod:
    id: int
    brand: str
    category: str
    titles: dict[str, str]
    cat_names: dict[str, str]
    model: str


def _load_store(db_url: str) -> list[_Prod]:
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product

    out = []
    with session_scope(db_url) as s:
        cats = {c.id: c for c in s.scalars(select(Category))}
        for p in s.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.id)):
            titles = {t.lang: t.title for t in p.texts}
            en = titles.get("en", p.title)
            rest = en[len(p.brand or "") :].split()
            model = rest[0] if rest else ""
            if len(rest) > 1 and rest[1] in SUFFIXES:
                model += " " + rest[1]
            cat = cats[p.category_id] if p.category_id else None
            out.append(_Prod(p.id, p.brand or "", cat.path if cat else "", titles,
                             {k: str(v) for k, v in (cat.names or {}).items()} if cat else {}, model))
    return out


def _words_of(store: list[_Prod]) -> set[str]:
    words: set[str] = set()
    for p in store:
        for text in [*p.titles.values(), p.brand, *p.cat_names.values()]:
            words.update(w.lower() for w in re.findall(r"\w+", text))
    return words


def _too_close(word: str, store_words: set[str]) -> bool:
    from rapidfuzz import fuzz, process

    w = word.lower()
    return w in store_words or process.extractOne(w, list(store_words), scorer=fuzz.ratio, score_cutoff=80) is not None


def _alter_title(p: _Prod, lang: str, style: str, rng: random.Random) -> str:
    """The title with one word left out (not the brand or model) or one typo in its longest other word."""
    title = p.titles[lang]
    keep = {w.lower() for w in f"{p.brand} {p.model}".split()}
    if lang == "zh":
        head, _, rest = title.partition(p.model)
        if style == "title_typo":
            return typo(p.brand, rng) + title[len(p.brand):]
        return f"{head}{p.model.split()[0]} {rest.strip()[2:]}".strip() if len(rest.strip()) > 3 else title
    words = title.split()
    others = [i for i, w in enumerate(words) if w.lower() not in keep]
    if style == "title_typo":  # a typo in a word, never in a number ("1000-piece" is another product)
        others = [i for i in others if words[i].isalpha()] or others
    if not others:
        return title
    if style == "title_word_dropped" and len(others) > 1:
        i = rng.choice(others)
        return " ".join(words[:i] + words[i + 1 :])
    i = max(others, key=lambda j: len(words[j]))
    words[i] = typo(words[i], rng)
    return " ".join(words)


def real_cases(store: list[_Prod], per_lang: int, rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    by_key: dict[tuple[str, str, str], list[int]] = defaultdict(list)  # (brand, category, model) -> products
    by_brand_cat: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_title: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p in store:
        by_brand_cat[(p.brand, p.category)].append(p.id)
        for lang, title in p.titles.items():
            by_title[(lang, title)].append(p.id)
    for p in store:
        # "Northpeak Summit" fits "Northpeak Summit Pro …" too: the shopper left the suffix out.
        for q in store:
            if q.brand == p.brand and q.category == p.category and (q.model + " ").startswith(p.model + " "):
                by_key[(p.brand, p.category, p.model)].append(q.id)
    styles = {
        "en": ["full_title", "brand_model_type", "lowercase_partial", "brand_typo", "brand_type", "title_word_dropped",
               "title_typo"],
        "ru": ["full_title", "type_brand_model", "brand_cyrillic", "brand_typo", "brand_type", "title_word_dropped",
               "title_typo"],
        "zh": ["full_title", "brand_model_type", "brand_model", "brand_typo", "brand_type", "title_word_dropped",
               "title_typo"],
    }
    for lang in LANGS:
        picks = rng.sample(store, per_lang)
        for i, p in enumerate(picks):
            style = styles[lang][i % len(styles[lang])]
            noun = p.cat_names.get(lang) or p.cat_names.get("en", "")
            noun_l = noun.lower() if lang != "zh" else noun
            targets = by_key[(p.brand, p.category, p.model)]
            if style == "full_title":
                name, targets = p.titles[lang], by_title[(lang, p.titles[lang])]
            elif style in ("brand_model_type",):
                name = f"{p.brand} {p.model} {noun_l}" if lang == "en" else f"{p.brand} {p.model} {noun}"
            elif style == "type_brand_model":
                name = f"{noun_l} {p.brand} {p.model}"
            elif style == "lowercase_partial":
                name = f"{p.brand} {p.model}".lower()
                targets = [q.id for q in store if q.brand == p.brand and (q.model + " ").startswith(p.model + " ")]
            elif style == "brand_cyrillic":
                name = f"{noun_l} {' '.join(translit_ru(w) for w in p.brand.split())} {p.model}"
            elif style == "brand_model":
                name = f"{p.brand} {p.model}"
                targets = [q.id for q in store if q.brand == p.brand and (q.model + " ").startswith(p.model + " ")]
            elif style == "brand_typo":
                words = p.brand.split()
                words[0] = typo(words[0], rng)
                name = " ".join(words) + f" {p.model} " + (noun_l if lang != "zh" else noun)
            elif style in ("title_word_dropped", "title_typo"):
                name = _alter_title(p, lang, style, rng)
                if style == "title_typo":
                    targets = by_title[(lang, p.titles[lang])]
            else:  # brand_type: a brand question, "Northpeak hiking boots"
                name = f"{p.brand} {noun_l}" if lang != "zh" else f"{p.brand}{noun}"
                targets = by_brand_cat[(p.brand, p.category)]
            question = QUESTIONS[lang][i % 3].format(n=name)
            cases.append(Case("real", style, lang, name, question, targets=sorted(set(targets))))
    return cases


def invented_cases(store: list[_Prod], per_lang: int, rng: random.Random) -> list[Case]:
    data = json.loads(DATA.read_text("utf-8"))
    store_words = _words_of(store)
    brands = sorted({p.brand for p in store if p.brand})
    inv_brands = {"en": [b for b in data["brands"]["latin"] if not _too_close(b, store_words)],
                  "ru": data["brands"]["ru"], "zh": data["brands"]["zh"]}
    models = [m for m in data["models"] if not _too_close(m, store_words)]
    store_numbers = {w for w in store_words if w.isdigit()}
    numbers = [n for n in data["numbers"] if n not in store_numbers]
    codes = data["codes"]
    cases: list[Case] = []
    for lang in LANGS:
        named = list(data["named"][lang])
        rows: list[tuple[str, str]] = [("whole_invented", n) for n in named]
        styles = ["invented_brand_type", "real_brand_invented_model", "real_model_wrong_number", "code_type",
                  "bare_invented_brand", "real_brand_model_wrong_type", "real_title_other_brand"]
        i = 0
        while len(rows) < per_lang:
            style = styles[i % len(styles)]
            p = rng.choice(store)
            noun = p.cat_names.get(lang) or p.cat_names.get("en", "")
            noun = noun.lower() if lang != "zh" else noun
            sep = "" if lang == "zh" else " "
            if style == "invented_brand_type":
                b = rng.choice(inv_brands[lang] if lang != "en" else inv_brands["en"])
                if lang == "zh" and rng.random() < 0.5:
                    b = rng.choice(inv_brands["en"])  # Chinese shoppers often write a foreign brand in Latin
                name = f"{b}{sep}{noun}" if lang == "zh" else f"{b} {noun}"
            elif style == "real_brand_invented_model":
                name = f"{p.brand} {rng.choice(models)} {rng.choice(numbers)}{sep}{noun}"
            elif style == "real_model_wrong_number":
                name = f"{p.brand} {p.model.split()[0]} {rng.choice(numbers)}{sep}{noun}"
            elif style == "real_brand_model_wrong_type":
                # The brand and model exist, but not as this type of product ("Northpeak Summit tent").
                word = p.model.split()[0]
                have = {q.category for q in store if q.brand == p.brand and q.model.split()[0] == word}
                other = [q for q in store if q.category not in have]
                if not other:
                    i += 1
                    continue
                c = rng.choice(other).cat_names
                kind = c.get(lang) or c.get("en", "")
                name = f"{p.brand} {word}{sep}{kind if lang == 'zh' else kind.lower()}"
            elif style == "real_title_other_brand":
                # A real title under a brand that does not make it.
                rest = p.titles[lang].replace(p.brand, "").strip()
                others = [b for b in brands if b != p.brand
                          and not any(q.brand == b and q.titles[lang].replace(b, "").strip() == rest for q in store)]
                b = rng.choice(others)
                name = p.titles[lang].replace(p.brand, b)
            elif style == "code_type":
                name = f"{rng.choice(inv_brands['en'])} {rng.choice(codes)}{sep}{noun}"
            else:
                name = rng.choice(inv_brands[lang] if lang != "zh" else inv_brands["en"])
            rows.append((style, name))
            i += 1
        for j, (style, name) in enumerate(rows[:per_lang]):
            cases.append(Case("invented", style, lang, name, QUESTIONS[lang][j % 3].format(n=name)))
    return cases


# Everyday words a shopper puts before a kind of product: they name no particular thing.
EVERYDAY = {"en": ["comfortable", "cheap", "good", "warm", "light", "nice"],
            "ru": ["хорошие", "недорогие", "удобные", "тёплые", "лёгкие", "качественные"],
            "zh": ["舒服的", "便宜的", "好一点的", "保暖的", "轻便的", "质量好的"]}


def generic_cases(store: list[_Prod], per_lang: int, rng: random.Random) -> list[Case]:
    cats = sorted({(p.category, tuple(sorted(p.cat_names.items()))) for p in store})
    picks = rng.sample(cats, min(per_lang, len(cats)))
    cases = []
    for lang in LANGS:
        for i, (_, names) in enumerate(picks):
            noun = dict(names).get(lang, "")
            noun = noun.lower() if lang != "zh" else noun
            cases.append(Case("generic", "category", lang, noun, GENERIC_Q[lang].format(n=noun)))
            adj = EVERYDAY[lang][i % len(EVERYDAY[lang])]
            phrase = f"{adj}{noun}" if lang == "zh" else f"{adj} {noun}"
            cases.append(Case("generic", "everyday_word_and_type", lang, phrase, GENERIC_Q[lang].format(n=phrase)))
    return cases


def build_set(db_url: str, per_lang: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    store = _load_store(db_url)
    cases = real_cases(store, per_lang, rng) + invented_cases(store, per_lang, rng)
    cases += generic_cases(store, max(5, per_lang // 3), rng)
    # Development and held-out halves, alternating within each (kind, language, style) group.
    seen: Counter[tuple[str, str, str]] = Counter()
    for c in cases:
        key = (c.kind, c.language, c.style)
        c.split = "dev" if seen[key] % 2 == 0 else "heldout"
        seen[key] += 1
    return cases


def set_hash(cases: list[Case]) -> str:
    """SHA-256 of the generated cases (names, questions, splits, targets): the data the report scored."""
    return sha256_json([asdict(c) for c in cases])


# --- the store ------------------------------------------------------------------------------------------------------


def build_store(root: Path, seed: int, products: int) -> Any:
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index
    from knowledge.services import get_services
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    root.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=seed, products=products, sales_days=14)
    settings = Settings(data_dir=root, db=DatabaseSettings(url=url), llm=LLMSettings(backend="none"))
    build_index(settings, get_services(settings).embedder, rebuild=True)
    return settings


# --- 1. the resolver alone -------------------------------------------------------------------------------------------


@dataclass
class Scored:
    case: Case
    named: bool
    score: float
    disagree: bool
    right: bool  # real: the resolved products include a target


def score_cases(db_url: str, cases: list[Case]) -> list[Scored]:
    from knowledge.names import resolve_name

    out = []
    for c in cases:
        r = resolve_name(db_url, c.question, threshold=0.0)
        out.append(Scored(c, r.status != "generic", r.score, r.numbers_disagree,
                          bool(set(r.product_ids) & set(c.targets))))
    return out


def accepted(s: Scored, threshold: float) -> bool:
    return s.named and not s.disagree and s.score >= threshold


def pr_at(scored: list[Scored], threshold: float) -> dict[str, float]:
    real = [s for s in scored if s.case.kind == "real"]
    inv = [s for s in scored if s.case.kind == "invented"]
    tp = sum(1 for s in real if accepted(s, threshold) and s.right)
    wrong_real = sum(1 for s in real if accepted(s, threshold) and not s.right)
    fp = sum(1 for s in inv if accepted(s, threshold))
    return {
        "precision": round(tp / max(1, tp + fp + wrong_real), 4),
        "recall": round(tp / max(1, len(real)), 4),
        "invented_accepted": fp,
        "real_accepted_wrong_product": wrong_real,
    }


def choose_threshold(dev: list[Scored]) -> tuple[float, list[list[Any]]]:
    grid = [round(0.30 + 0.01 * i, 2) for i in range(70)]
    rows = [[t, *pr_at(dev, t).values()] for t in grid]
    fewest = min(r[3] for r in rows)
    feasible = [r for r in rows if r[3] == fewest]
    best = max(r[2] for r in feasible)
    tied = [r[0] for r in feasible if r[2] == best]
    # The middle of the best range: as far from both kinds of error as the development split allows.
    return tied[len(tied) // 2], rows


# --- 2. end to end ---------------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    case: Case
    text: str
    kind: str
    said_unknown: bool
    shows_price: bool
    found: bool
    seconds: float


_PRICE = re.compile(r"[$¥€£₽]\s?\d|\d[\d\s.,]*\s?(?:\$|US\$|руб|₽)|US\$")


def _money(amount: Any, currency: str, lang: str) -> str:
    from agent.templates import money

    return money(amount, currency, lang)


async def run_turns(settings: Any, cases: list[Case]) -> list[Outcome]:
    from agent.assistant import Assistant
    from agent.events import Turn
    from knowledge.db import session_scope
    from knowledge.store import get_product_cards

    cards: dict[tuple[str, int], tuple[str, str]] = {}
    with session_scope(settings.db_url) as s:
        for lang in LANGS:
            ids = sorted({t for c in cases if c.language == lang for t in c.targets})
            for card in get_product_cards(s, ids, lang):
                cards[(lang, card.product_id)] = (card.title, _money(card.price, card.currency, lang))
    assistant = Assistant(settings)
    out: list[Outcome] = []
    try:
        for i, c in enumerate(cases):
            started = time.perf_counter()
            done: Any = None
            async for ev in assistant.reply(Turn(session_id=f"un-{i}", text=c.question)):
                if ev.type == "done":
                    done = ev
            seconds = time.perf_counter() - started
            state = await assistant.session_state(f"un-{i}")
            kind = str((state.get("result") or {}).get("kind") or "")
            text = done.text if done is not None else ""
            said = bool(SAYS_UNKNOWN[c.language].search(text)) and any(
                w[:3] in text for w in re.findall(r"\w+", c.name))
            found = any(cards[(c.language, t)][0] in text and cards[(c.language, t)][1] in text
                        for t in c.targets if (c.language, t) in cards)
            out.append(Outcome(c, text, kind, said, bool(_PRICE.search(text)), found and not said, seconds))
    finally:
        await assistant.aclose()
    return out


def summarise(outcomes: list[Outcome], split: str, lang: str | None) -> dict[str, Any]:
    sel = [o for o in outcomes if o.case.split == split and (lang is None or o.case.language == lang)]
    inv = [o for o in sel if o.case.kind == "invented"]
    real = [o for o in sel if o.case.kind == "real"]
    gen = [o for o in sel if o.case.kind == "generic"]
    as_other = sum(1 for o in inv if not o.said_unknown and o.shows_price)
    return {
        "invented": len(inv),
        "invented_answered_with_other_facts": as_other,
        "invented_said_unknown_rate": round(sum(o.said_unknown for o in inv) / max(1, len(inv)), 4),
        "real": len(real),
        "real_found_rate": round(sum(o.found for o in real) / max(1, len(real)), 4),
        "real_said_unknown": sum(o.said_unknown for o in real),
        "generic": len(gen),
        "generic_said_unknown": sum(o.said_unknown for o in gen),
    }


# --- main ------------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals unknown_names", description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=1200, help="products in the demo store built for the run")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--per-lang", type=int, default=50, help="real and invented names per language (each)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="end-to-end threshold (default: the one in settings, search.name_threshold)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    parser.add_argument("--show-misses", action="store_true", help="print the cases that went wrong")
    parser.add_argument("--report", default="unknown_names",
                        help="report name under evals/reports (another seed's run beside the default one)")
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="sk_unknown_names_"))
    try:
        settings = build_store(root / "store", args.seed, args.products)
        settings.agent.checkpoint_url = "memory"
        settings.agent.llm_for_understanding = False
        cases = build_set(settings.db_url, args.per_lang, args.seed)
        scored = score_cases(settings.db_url, cases)
        dev = [s for s in scored if s.case.split == "dev"]
        held = [s for s in scored if s.case.split == "heldout"]
        chosen, sweep = choose_threshold(dev)
        in_use = args.threshold if args.threshold is not None else settings.search.name_threshold
        settings.search.name_threshold = in_use
        outcomes = asyncio.run(run_turns(settings, cases))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    metrics: dict[str, Any] = {"threshold_chosen_on_dev": chosen, "threshold_in_use": in_use}
    for split, part in (("dev", dev), ("heldout", held)):
        for k, v in pr_at(part, in_use).items():
            metrics[f"resolver_{split}_{k}"] = v
    rows = []
    for split in ("dev", "heldout"):
        for lang in (*LANGS, None):
            m = summarise(outcomes, split, lang)
            tag = f"{split}_{lang or 'all'}"
            rows.append([split, lang or "all", m["invented"], m["invented_answered_with_other_facts"],
                         m["invented_said_unknown_rate"], m["real"], m["real_found_rate"], m["real_said_unknown"],
                         m["generic"], m["generic_said_unknown"]])
            metrics[f"invented_answered_with_other_facts_{tag}"] = m["invented_answered_with_other_facts"]
            metrics[f"real_found_rate_{tag}"] = m["real_found_rate"]
            metrics[f"generic_said_unknown_{tag}"] = m["generic_said_unknown"]
    lat = sorted(o.seconds for o in outcomes)
    metrics["turn_latency_p50_ms"] = round(lat[len(lat) // 2] * 1000, 1)

    cols = ["split", "lang", "invented", "invented answered with other facts", "invented said unknown",
            "real", "real found", "real said unknown", "generic", "generic said unknown"]
    print_table("unknown names (end to end, templates)", cols, rows)
    counts = Counter((c.kind, c.language) for c in cases)
    dataset = {
        "name": "unknown-names (generated)",
        "development_set": True,
        "note": "a development set: the resolver's author wrote the invented names and the generator's styles, and "
                "read the misses of both halves while writing its rules; the held-out half is held out from the "
                "threshold choice only. A run on another seed (--seed 23 --report unknown_names_seed23: another "
                "store, other real names and combinations, the same hand-written names) was read only after it ran",
        "seed": args.seed, "products": args.products, "per_lang": args.per_lang,
        "cases": len(cases), "by_kind_language": {f"{k}_{lang}": n for (k, lang), n in sorted(counts.items())},
        "invented_source": str(DATA.relative_to(DATA.parents[2])),
    }
    sweep_rows = [r for r in sweep if abs(r[0] - chosen) < 0.025 or round(r[0] * 100) % 5 == 0]
    misses = [o for o in outcomes if (o.case.kind == "invented" and not o.said_unknown)
              or (o.case.kind == "real" and not o.found) or (o.case.kind == "generic" and o.said_unknown)]
    body = [
        "## End to end (`Assistant.reply`, templates, threshold in use)", "",
        markdown_table(cols, rows),
        "An invented name is *answered with another product's facts* when the reply does not say the store lacks it "
        "and still quotes a price. A real name is *found* when the reply shows the title and price of a product the "
        "name fits and does not say the store lacks it.", "",
        "## Threshold sweep (resolver alone, development split)", "",
        markdown_table(["threshold", "precision", "recall", "invented accepted", "real accepted, wrong product"],
                       sweep_rows),
        f"Chosen: **{chosen}** (no invented name accepted on the development split, most real names found, the "
        f"middle of the tied range). In use: **{in_use}**.", "",
        "## Misses", "",
        markdown_table(["split", "kind", "style", "lang", "question", "reply kind", "reply"],
                       [[o.case.split, o.case.kind, o.case.style, o.case.language, o.case.question, o.kind,
                         o.text.replace("\n", " / ")[:140]] for o in misses[:60]]) if misses else "None.",
    ]
    if args.show_misses:
        for o in misses:
            print(o.case.split, o.case.kind, o.case.style, o.case.language, repr(o.case.question), o.kind,
                  repr(o.text[:160]))
    write_report(args.report, metrics, dataset=dataset, body_md="\n".join(body), dataset_sha256=set_hash(cases),
                 title="Unknown names: products and brands the store does not have")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
