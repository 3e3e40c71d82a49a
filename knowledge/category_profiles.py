"""Category profiles: what each category of the store is for, as vectors, built from the catalog itself.

A shopper who writes a need ("my feet get wet on walks"), a use or an interest ("he likes camping") names no
category. Each category's profile is made of its own words: its localized names and the sentences its products'
descriptions share most (titles and brands cut out), in every language the store writes. Those texts are embedded
with the project's multilingual model once per catalog version; a request is matched by cosine similarity to the
closest facet of each category. Nothing here knows the demo store: an imported catalog gets profiles from its own
names and descriptions.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from knowledge.embeddings import Embedder

log = logging.getLogger(__name__)

# Sentences per category and language kept in a profile: the most shared ones say what the category is for; the
# long tail is product-specific (features, sizes) and would pull the profile towards attribute words.
SENTENCES_PER_LANG = 4
MIN_SENTENCE_CHARS = 8
MIN_SENTENCE_HANZI = 4  # a Chinese character says about as much as two Latin letters
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")
# Sentences that are product facts rather than what the category is for ("Brand: X.", "Key features: ...").
_FACT_LINE = re.compile(r":|：")
# Figures inside a use sentence ("Keeps drinks hot for 12 hours", "for ages 6 and up") differ from product to product
# and would split one shared sentence into many: they are cut, and the sentence ("keeps drinks hot for hours") kept.
_FIGURE = re.compile(r"\s*\d[\d.,]*\s*(?:[%°+]|[a-zA-Z]{1,2}\b)?")


@dataclass(frozen=True)
class CategoryMatch:
    path: str
    score: float  # cosine similarity of the request to the category's closest facet, in [-1, 1]


class CategoryProfiles:
    """Facet vectors of every category; ``match`` ranks categories for an embedded request."""

    def __init__(
        self,
        owners: list[str],
        vectors: npt.NDArray[np.float32],
        names: dict[str, dict[str, str]],
        is_name: list[bool] | None = None,
        heads: frozenset[str] = frozenset(),
    ) -> None:
        self.paths = sorted(set(owners))
        col = {p: i for i, p in enumerate(self.paths)}
        self.owner = np.asarray([col[p] for p in owners], dtype=np.int64)
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.names = names
        # Which facets are a category's own names (the rest are description sentences).
        self.is_name = np.asarray(is_name if is_name is not None else [False] * len(owners), dtype=bool)
        # The words the store names its products by (``head_keys`` of every title and category name).
        self.heads = heads

    def __len__(self) -> int:
        return len(self.paths)

    def match(self, vector: npt.NDArray[np.float32], top: int = 5) -> list[CategoryMatch]:
        """Categories by the similarity of their closest facet to ``vector`` (L2-normalized), best first."""
        if not self.paths:
            return []
        sims = self.vectors @ np.asarray(vector, dtype=np.float32)
        best = np.full(len(self.paths), -1.0, dtype=np.float32)
        np.maximum.at(best, self.owner, sims)
        order = np.argsort(-best, kind="stable")[:top]
        return [CategoryMatch(self.paths[i], float(best[i])) for i in order]

    def name_fit(self, vector: npt.NDArray[np.float32]) -> tuple[str | None, float]:
        """The category whose own name is closest to ``vector`` (a thing a shopper asked for), and how close.

        A thing the store sells sits close to some category's name in some language ("rucksack" ~ "Backpacks",
        "кроссы" ~ "Кеды"); a thing it does not sell stays far from all of them ("laptops", "冰箱")."""
        if not self.is_name.any():
            return None, -1.0
        sims = self.vectors[self.is_name] @ np.asarray(vector, dtype=np.float32)
        i = int(np.argmax(sims))
        return self.paths[int(self.owner[self.is_name][i])], float(sims[i])

    def names_by_head(self, phrase: str) -> bool:
        """Whether the store names some product or category by the head word of ``phrase``: "bikes" is no
        product's name (bike helmets are helmets), "tyres" none, "рюкзак" one."""
        keys = head_keys(phrase, whole_phrase=True)
        if keys & self.heads:
            return True
        # A compound ends in its head: «шлем» names the «велошлем», "watch" the "smartwatch", "lamp" the "headlamp".
        return any(len(k) >= 4 and re.search(r"[a-zа-яё]", k) and any(h.endswith(k) for h in self.heads) for k in keys)

    def name(self, path: str, lang: str) -> str:
        names = self.names.get(path) or {}
        return names.get(lang) or names.get("en") or path.rsplit("/", 1)[-1]


def _sentences(description: str, title: str, brand: str | None) -> list[str]:
    text = description.replace(title, " ")
    if brand:
        text = text.replace(brand, " ")
    out = []
    for s in _SENTENCE.split(text):
        s = s.strip(" .。")
        if _FACT_LINE.search(s):
            continue
        s = re.sub(r"\s{2,}", " ", _FIGURE.sub(" ", s)).strip(" .。")
        if len(s) >= MIN_SENTENCE_CHARS or len(re.findall(r"[\u4e00-\u9fff]", s)) >= MIN_SENTENCE_HANZI:
            out.append(s)
    return out


def head_keys(title: str, *, whole_phrase: bool = False) -> set[str]:
    """The words a product title (or a shopper's phrase) names its thing by, as comparable keys: the last Latin
    word, stemmed ("Trail Running Shoes" -> "shoe"), every Russian noun's lemma («Стеклянная кружка» -> «кружка»),
    and the last Chinese word ("骑行头盔" -> "头盔"). A title ends in what it is in English and Chinese; in Russian the
    noun comes first and brands follow, so every noun counts. ``whole_phrase``: the phrase is the thing asked for,
    so its Chinese words all count when it is one word short of a title's ("自行车" is not "头盔")."""
    from knowledge.text import en_stem, ru_lemma, zh_words

    keys: set[str] = set()
    latin = re.findall(r"[a-z]{2,}", title.lower())
    # In a Russian or Chinese title the Latin words are its brand and model ("Велошлем Aquaflow Edge Plus").
    if latin and (whole_phrase or not re.search(r"[а-яё\u4e00-\u9fff]", title.lower())):
        keys.add(en_stem(latin[-1]))
    for w in re.findall(r"[а-яё]{3,}", title.lower()):
        if _is_noun(w):
            keys.add(ru_lemma(w))
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", title):
        words = [w for w in zh_words(run) if len(w) >= 2]
        if words:
            keys.add(words[-1])
            if whole_phrase:
                keys.update(words)
    return keys


def _is_noun(word: str) -> bool:
    from knowledge.text import _morph

    return "NOUN" in _morph().parse(word)[0].tag


def profile_texts(db_url: str) -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
    """Per category path: its names and its most shared description sentences per language; and its names."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product, ProductText

    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    names: dict[str, dict[str, str]] = {}
    holding: set[str] = set()
    with session_scope(db_url) as s:
        cats = {c.id: c for c in s.scalars(select(Category))}
        for c in cats.values():
            names[c.path] = {k: str(v) for k, v in (c.names or {}).items() if v}
        rows = s.execute(
            select(Product.category_id, Product.brand, ProductText.lang, ProductText.title, ProductText.description)
            .join(ProductText, ProductText.product_id == Product.id)
            .where(Product.active.is_(True))
        )
        for cat_id, brand, lang, title, desc in rows:
            cat = cats.get(cat_id) if cat_id is not None else None
            if cat is None:
                continue
            holding.add(cat.path)
            if not desc:
                continue
            # Each product counts a sentence once: "shared by many products" is what makes it the category's.
            counts[(cat.path, lang)].update(set(_sentences(desc, title or "", brand)))
    # Only categories that hold products: a department ("Outdoor") is a heading, not something to recommend.
    texts = {path: list(dict.fromkeys((names.get(path) or {}).values())) for path in sorted(holding)}
    for (path, _lang), counter in sorted(counts.items()):
        texts[path] += [s for s, _ in counter.most_common(SENTENCES_PER_LANG)]
    return {p: t for p, t in texts.items() if t}, names


def store_heads(db_url: str) -> frozenset[str]:
    """``head_keys`` of every active product title (in every language the store writes) and category name."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product, ProductText

    heads: set[str] = set()
    with session_scope(db_url) as s:
        titles = set(s.scalars(select(ProductText.title).join(Product, ProductText.product_id == Product.id)
                               .where(Product.active.is_(True))))
        titles |= set(s.scalars(select(Product.title).where(Product.active.is_(True))))
        category_names = {str(v) for names in s.scalars(select(Category.names)) for v in (names or {}).values() if v}
    for title in titles:
        heads |= head_keys(title)
    # A category's name may join two kinds: "Nuts & trail mix" holds nuts as well as mix ("Bike helmets" no bikes).
    for name in category_names:
        for part in re.split(r"\s*(?:&|\band\b|,|(?<![а-яё])и(?![а-яё])|、|和|与)\s*", name, flags=re.IGNORECASE):
            if part.strip():
                heads |= head_keys(part)
    return frozenset(heads)


def build_profiles(db_url: str, embedder: Embedder) -> CategoryProfiles:
    texts, names = profile_texts(db_url)
    owners = [p for p, ts in texts.items() for _ in ts]
    flat = [t for ts in texts.values() for t in ts]
    own = [t in set((names.get(p) or {}).values()) for p, ts in texts.items() for t in ts]
    vectors = embedder.embed(flat) if flat else np.zeros((0, embedder.dim), dtype=np.float32)
    return CategoryProfiles(owners, vectors, names, own, store_heads(db_url))


RECHECK_S = 30.0  # how stale the profiles may be after a catalog change
_lock = threading.Lock()
_cache: dict[tuple[str, str], tuple[tuple[object, ...], CategoryProfiles]] = {}
_checked: dict[tuple[str, str], float] = {}


def _signature(db_url: str) -> tuple[object, ...]:
    from sqlalchemy import func, select

    from knowledge.db import session_scope
    from knowledge.schema import Category, Product

    with session_scope(db_url) as s:
        row = s.execute(select(func.count(Product.id), func.max(Product.updated_at))).one()
        n_cats = s.scalar(select(func.count(Category.id)))
    return (row[0], str(row[1]), n_cats)


def get_profiles(db_url: str, embedder: Embedder) -> CategoryProfiles:
    """The store's category profiles, rebuilt when the catalog changed since they were built (warmed at start-up).

    The catalog's signature is read at most every ``RECHECK_S`` seconds, so a search turn costs no query for it."""
    key = (db_url, embedder.name)
    now = time.monotonic()
    with _lock:
        hit = _cache.get(key)
        if hit is not None and now - _checked.get(key, -RECHECK_S) < RECHECK_S:
            return hit[1]
    sig = _signature(db_url)
    with _lock:
        _checked[key] = now
        if hit is not None and hit[0] == sig:
            return hit[1]
    profiles = build_profiles(db_url, embedder)
    with _lock:
        _cache[key] = (sig, profiles)
    log.info("category profiles built: %d categories", len(profiles))
    return profiles


__all__ = [
    "CategoryMatch", "CategoryProfiles", "build_profiles", "get_profiles", "head_keys", "profile_texts", "store_heads",
]
