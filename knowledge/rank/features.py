"""Feature rows for (query, candidate) pairs: what the re-ranking model sees.

Every feature is a number comparable across catalogs and languages: leg scores are also given relative to the
query's best, ranks are logged, text matches are fractions. Query-level features (the same for every candidate of a
query: length, numbers, how much the two legs agree, how sure each leg is) let the trees weigh the dense leg per
query; a pointwise model ranks candidates within a query, so they act only through interactions, which is the point.

Product text comes from the store DB (every language title, brand, category names, rating and review count); the
analysis of a title is cached by its text, so a product edit is seen at once and repeated candidates cost nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from sqlalchemy import select

from knowledge.db import session_scope
from knowledge.rank.candidates import Pool
from knowledge.text import Vocabulary, normalize, tokens

FEATURE_VERSION = 2

FEATURES: tuple[str, ...] = (
    # query level
    "q_terms", "q_chars", "q_has_number", "legs_overlap10", "legs_same_top1", "bm25_top", "bm25_gap10",
    "bm25_found", "dense_top", "dense_gap10",
    # candidate: the legs
    "bm25", "bm25_rel", "bm25_rank_log", "in_bm25", "dense", "dense_rel", "dense_rank_log", "in_dense",
    # candidate: text matches
    "cover", "cover_idf", "phrase", "bigrams", "head_match", "lead_match", "num_match", "num_conflict",
    "fuzz_token_set", "fuzz_partial", "trigram_cover", "title_len_log", "word_fuzzy_cover", "compound",
    # candidate: structure and shop signals
    "category_cover", "brand_in_query", "in_stock", "reviews_log", "rating",
)
# Text and leg features also given relative to the best candidate of the same query: a pointwise model sees one
# candidate at a time, and "as good as the best here" says more than an absolute value that varies by query.
RELATIVE: tuple[str, ...] = ("cover", "cover_idf", "phrase", "bigrams", "fuzz_token_set", "fuzz_partial",
                             "trigram_cover", "word_fuzzy_cover", "bm25", "dense", "num_match")
FEATURES = FEATURES + tuple(f"{name}_vs_best" for name in RELATIVE)
INDEX = {name: i for i, name in enumerate(FEATURES)}

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class DocText:
    titles: tuple[str, ...]
    brand: str = ""
    category: str = ""  # category names in every language, joined
    rating: float = 0.0
    reviews: int = 0


def doc_texts(db_url: str, ids: Sequence[int]) -> dict[int, DocText]:
    """Titles in every language, brand, category names, rating and reviews of ``ids`` from the store."""
    from knowledge.schema import Category, Product, ProductText

    if not ids:
        return {}
    titles: dict[int, list[str]] = {}
    out: dict[int, DocText] = {}
    with session_scope(db_url) as s:
        for pid, title in s.execute(select(ProductText.product_id, ProductText.title)
                                    .where(ProductText.product_id.in_(ids)).order_by(ProductText.id)):
            titles.setdefault(pid, []).append(title)
        rows = s.execute(select(Product.id, Product.title, Product.brand, Product.rating, Product.review_count,
                                Category.names).outerjoin(Category, Category.id == Product.category_id)
                         .where(Product.id.in_(ids)))
        for pid, title, brand, rating, reviews, names in rows:
            ts = titles.get(pid) or [title]
            if title not in ts:
                ts.insert(0, title)
            cat = " ".join(v for v in (names or {}).values() if isinstance(v, str))
            out[pid] = DocText(tuple(ts), brand or "", cat, float(rating or 0.0), int(reviews or 0))
    return out


@dataclass(frozen=True)
class _Doc:
    seq: tuple[str, ...]  # terms of every title in order, "|" between titles so bigrams do not cross them
    terms: frozenset[str]
    lead: frozenset[str]  # the first term of each title (often the brand)
    numbers: frozenset[str]
    norms: tuple[str, ...]  # normalized titles
    trigrams: frozenset[str]
    length: int
    words: tuple[str, ...]  # surface words (normalized), for typo-tolerant and compound matches
    joined: frozenset[str]  # adjacent surface words written together ("deck over" -> "deckover")


def _trigrams(text: str) -> set[str]:
    t = " ".join(text.split())
    return {t[i : i + 3] for i in range(len(t) - 2)}


@lru_cache(maxsize=200_000)
def _doc(titles: tuple[str, ...]) -> _Doc:
    seq: list[str] = []
    lead: set[str] = set()
    numbers: set[str] = set()
    tri: set[str] = set()
    norms = []
    words: list[str] = []
    joined: set[str] = set()
    for title in titles:
        toks = tokens(title)
        surf = [t.surface for t in toks if t.script in ("en", "ru")]
        words += surf
        joined |= {a + b for a, b in zip(surf, surf[1:], strict=False)}
        if toks:
            lead.add(toks[0].term)
        if seq:
            seq.append("|")
        seq += [t.term for t in toks]
        numbers |= {t.term for t in toks if t.script == "num"}
        norm = normalize(title)
        norms.append(norm)
        tri |= _trigrams(norm)
    terms = frozenset(t for t in seq if t != "|")
    return _Doc(tuple(seq), terms, frozenset(lead), frozenset(numbers), tuple(norms), frozenset(tri),
                len(seq) // max(1, len(titles)), tuple(dict.fromkeys(words)), frozenset(joined))


@lru_cache(maxsize=50_000)
def _terms_of(text: str) -> frozenset[str]:
    return frozenset(t.term for t in tokens(text))


@dataclass
class QueryText:
    text: str
    norm: str
    terms: list[str]  # distinct analysed terms, in order
    idf: list[float]
    numbers: set[str]
    bigrams: set[tuple[str, str]]
    trigrams: set[str]
    words: list[str]  # surface words of 3+ letters (en, ru)
    joined: set[str]  # adjacent surface words written together

    @classmethod
    def of(cls, text: str, vocab: Vocabulary | None = None) -> QueryText:
        toks = tokens(text)
        seen: dict[str, float] = {}
        n_docs = max(1, vocab.docs if vocab else 1)
        top_idf = math.log(n_docs + 1)
        for t in toks:
            if t.term in seen:
                continue
            if vocab is None or t.script not in ("en", "ru"):
                idf = 0.5 * top_idf  # no document frequency for this kind of term: a neutral weight
            else:
                df = vocab.surface.get(t.surface, 0)
                idf = math.log((n_docs + 1) / (df + 1))
            seen[t.term] = max(idf, 0.05)
        seq = [t.term for t in toks]
        norm = " ".join(normalize(text).split())
        surf = [t.surface for t in toks if t.script in ("en", "ru")]
        return cls(text, norm, list(seen), list(seen.values()), {t.term for t in toks if t.script == "num"},
                   set(zip(seq, seq[1:], strict=False)), _trigrams(norm),
                   list(dict.fromkeys(w for w in surf if len(w) >= 3)),
                   {a + b for a, b in zip(surf, surf[1:], strict=False)})


def _fuzz(q: str, norms: tuple[str, ...]) -> tuple[float, float]:
    from rapidfuzz import fuzz

    best_set = best_partial = 0.0
    for n in norms:
        best_set = max(best_set, fuzz.token_set_ratio(q, n))
        best_partial = max(best_partial, fuzz.partial_ratio(q, n))
    return best_set / 100.0, best_partial / 100.0


def _word_fuzzy_cover(words: list[str], doc_words: tuple[str, ...]) -> float:
    """Share of query words with a title word at most a slip away (ratio >= 80) or sharing a 5-letter prefix."""
    from rapidfuzz import fuzz, process

    if not words or not doc_words:
        return 0.0
    def near(w: str) -> bool:
        if w in doc_words or any(len(w) >= 5 and d[:5] == w[:5] for d in doc_words):
            return True
        return process.extractOne(w, doc_words, scorer=fuzz.ratio, score_cutoff=80) is not None

    hit = sum(near(w) for w in words)
    return hit / len(words)


def featurize(query: QueryText, pool: Pool, docs: dict[int, DocText]) -> Matrix:
    """One row per pool candidate, columns as ``FEATURES``."""
    n = len(pool)
    x = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return x
    k = max(pool.k, 1)
    # -- query level
    b_order = [pool.ids[i] for i in np.argsort(pool.bm25_rank, kind="stable") if pool.bm25_rank[i] < k][:10]
    d_order = [pool.ids[i] for i in np.argsort(pool.dense_rank, kind="stable") if pool.dense_rank[i] < k][:10]
    bm_sorted = np.sort(pool.bm25)[::-1]
    de_sorted = np.sort(pool.dense)[::-1]
    bm_top = float(bm_sorted[0])
    de_top = float(de_sorted[0])
    x[:, INDEX["q_terms"]] = len(query.terms)
    x[:, INDEX["q_chars"]] = math.log1p(len(query.norm))
    x[:, INDEX["q_has_number"]] = 1.0 if query.numbers else 0.0
    x[:, INDEX["legs_overlap10"]] = len(set(b_order) & set(d_order)) / 10.0
    x[:, INDEX["legs_same_top1"]] = 1.0 if b_order and d_order and b_order[0] == d_order[0] else 0.0
    x[:, INDEX["bm25_top"]] = math.log1p(max(bm_top, 0.0))
    x[:, INDEX["bm25_gap10"]] = (bm_top - float(bm_sorted[min(9, n - 1)])) / bm_top if bm_top > 0 else 0.0
    x[:, INDEX["bm25_found"]] = float(np.sum(pool.bm25_rank < k)) / k
    x[:, INDEX["dense_top"]] = de_top
    x[:, INDEX["dense_gap10"]] = de_top - float(de_sorted[min(9, n - 1)])
    # -- the legs
    x[:, INDEX["bm25"]] = pool.bm25
    x[:, INDEX["bm25_rel"]] = pool.bm25 / bm_top if bm_top > 0 else 0.0
    x[:, INDEX["bm25_rank_log"]] = np.log1p(pool.bm25_rank)
    x[:, INDEX["in_bm25"]] = (pool.bm25_rank < k).astype(np.float64)
    x[:, INDEX["dense"]] = pool.dense
    x[:, INDEX["dense_rel"]] = pool.dense - de_top
    x[:, INDEX["dense_rank_log"]] = np.log1p(pool.dense_rank)
    x[:, INDEX["in_dense"]] = (pool.dense_rank < k).astype(np.float64)
    # -- text matches
    q_terms = query.terms
    idf_total = sum(query.idf) or 1.0
    head = q_terms[-1] if q_terms else None
    for row, pid in enumerate(pool.ids):
        info = docs.get(pid)
        if info is None:
            continue
        d = _doc(info.titles)
        hit = [t in d.terms for t in q_terms]
        x[row, INDEX["cover"]] = sum(hit) / len(q_terms) if q_terms else 0.0
        x[row, INDEX["cover_idf"]] = sum(w for w, h in zip(query.idf, hit, strict=True) if h) / idf_total
        x[row, INDEX["phrase"]] = 1.0 if query.norm and any(query.norm in t for t in d.norms) else 0.0
        if query.bigrams:
            pairs = set(zip(d.seq, d.seq[1:], strict=False))
            x[row, INDEX["bigrams"]] = len(query.bigrams & pairs) / len(query.bigrams)
        x[row, INDEX["head_match"]] = 1.0 if head is not None and head in d.terms else 0.0
        x[row, INDEX["lead_match"]] = 1.0 if d.lead & set(q_terms) else 0.0
        if query.numbers:
            common = query.numbers & d.numbers
            x[row, INDEX["num_match"]] = len(common) / len(query.numbers)
            x[row, INDEX["num_conflict"]] = 1.0 if d.numbers and not common else 0.0
        fs, fp = _fuzz(query.norm, d.norms)
        x[row, INDEX["fuzz_token_set"]] = fs
        x[row, INDEX["fuzz_partial"]] = fp
        if query.trigrams:
            x[row, INDEX["trigram_cover"]] = len(query.trigrams & d.trigrams) / len(query.trigrams)
        x[row, INDEX["title_len_log"]] = math.log1p(d.length)
        x[row, INDEX["word_fuzzy_cover"]] = _word_fuzzy_cover(query.words, d.words)
        x[row, INDEX["compound"]] = 1.0 if (query.joined & set(d.words)) or (d.joined & set(query.words)) else 0.0
        if info.category and q_terms:
            cat = _terms_of(info.category)
            x[row, INDEX["category_cover"]] = sum(t in cat for t in q_terms) / len(q_terms)
        if info.brand:
            brand = _terms_of(info.brand)
            x[row, INDEX["brand_in_query"]] = 1.0 if brand and brand <= set(q_terms) else 0.0
        x[row, INDEX["reviews_log"]] = math.log1p(info.reviews)
        x[row, INDEX["rating"]] = info.rating
        x[row, INDEX["in_stock"]] = float(pool.payload.get(pid, {}).get("in_stock", 0) or 0)
    for name in RELATIVE:
        col = x[:, INDEX[name]]
        x[:, INDEX[f"{name}_vs_best"]] = col - col.max()
    return x
