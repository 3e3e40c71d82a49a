"""Text analysis for the sparse keyword leg of search: tokens, BM25 weights, a vocabulary for typo tolerance.

One analyzer for documents and queries, so both sides agree on what a term is:

- Unicode NFKC and lowercasing first ("ＬＥＤ" and "LED" are one term; "ё" folds to "е").
- Text is split into runs by script, so a mixed title ("Куртка Gore-Tex 防水") is handled run by run:
  Chinese runs are segmented with jieba (search mode: "登山靴" also yields "登山"), Cyrillic words are reduced to
  their lemma with pymorphy3 ("ботинки", "ботинок" -> "ботинок"), Latin words are stemmed with the Snowball English
  stemmer ("boots" -> "boot"). Numbers and units are split ("60W" -> "60", "w") so "60 W" matches "60W".
- Small stop-word lists per language drop words that only add noise ("for", "для", "的").
- Terms are hashed into a 32-bit sparse index space with blake2b (stable across processes and machines, unlike
  ``hash()``); collisions at catalog vocabulary sizes are negligible.

BM25: the document side carries term-frequency saturation with length normalization
(``tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))``); the query side carries 1 per term and the index applies
IDF from its own collection statistics (Qdrant's ``Modifier.IDF`` on the sparse vector), so IDF stays right as
products are added and removed without re-encoding documents.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.language import shop_language

log = logging.getLogger(__name__)

# Runs of one script: CJK ideographs, Cyrillic letters, Latin letters, digits (with a decimal part).
_RUN = re.compile(
    r"(?P<zh>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
    r"|(?P<ru>[\u0400-\u04ff]+)"
    r"|(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<en>[a-z\u00c0-\u024f]+)"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A person's age ("she's 8", «сыну 7 лет», "5岁"): no size, amount or model number of what they are to get ("50" of
# SPF 50, "5米" of a tape measure).
AGE = re.compile(
    r"(?<![а-яё])(?:ему|ей|им|сыну|дочке|дочери|ребенку|ребёнку|внуку|внучке)\s+\d{1,2}(?:\s*(?:лет|год\w*|мес\w*))?"
    r"(?![\d.,])|(?<![\d.,])\d{1,2}\s*(?:лет|года?|годик\w*)(?![а-яё])"
    r"|\b(?:he|she|they)(?:'s| is| are|'re|s)\s+(?:only\s+|just\s+|turning\s+)?\d{1,2}\b(?!\s*(?:size|eu|uk|us)\b)"
    r"|\bturn(?:s|ing)\s+\d{1,2}\b(?!\s*(?:size|eu|uk|us)\b)"
    r"|\b\d{1,2}\s*-?\s*(?:years?|yrs?|y/?o)(?:[\s-]*old)?\b|\d{1,2}\s*周?岁",
    re.IGNORECASE,
)
# How long something is for ("на 3 дня", "for a 5 day trip", "3-day hike", "三天"): no size, amount or model number.
DURATION = re.compile(
    r"(?<![\d.,])\d{1,3}\s*-?\s*(?:дн(?:я|ей)|день|суток|сутки|ноч(?:и|ей|ь)|недел[юиь]|месяц(?:а|ев)?)(?![а-яё])"
    r"|(?<![\d.,])\d{1,3}\s*-?\s*(?:days?|nights?|weeks?|months?)\b"
    r"|(?<![\d.,])\d{1,3}\s*(?:天|晚|周|个月|个星期|星期)",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "a an and any are as at be buy by can could find for from get give i in is it its like look looking "
        "me my need of on or our please show some that the these this those to want we with would you your"
    ),
    "ru": _words(
        "а бы в во для есть же и из или ищу к какая какие какой ко купить ли меня мне на найти но нужен нужна "
        "нужно нужны о об от по пожалуйста покажи показать с со тот у хочу эта эти это этот"
    ),
    "zh": _words(
        "一个 一些 与 个 买 了 些 及 吗 吧 呢 和 在 想 我 或 找 把 是 有 款 的 给 要 请"
    ),
}


def told_not_named(words: str) -> bool:
    """Words too long to be a product's name or a query to say back: a clause or a story (a name has a few words
    and no full stop)."""
    return len(words.split()) > 8 or len(re.findall(r"[\u4e00-\u9fff]", words)) > 16 \
        or bool(re.search(r"[.!?。！？]\s", words.strip()))


def normalize(text: str) -> str:
    """NFKC, lowercase, control characters removed, "ё" folded to "е" (Russian writers mix them freely)."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    return text.lower().replace("ё", "е")


def detect_language(text: str, default: str = "en") -> str:
    """Which analyser reads a query: "zh", "ru", else ``default`` (the shared detector, ``knowledge.language``)."""
    return shop_language(text, default)


# --- per-script analyzers (heavy resources loaded once, quietly) -----------------------------------------------

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    with _lock:
        jieba.setLogLevel(logging.WARNING)  # it prints "Building prefix dict..." otherwise
        jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # it logs its dictionary path at INFO
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def ru_lemma(word: str) -> str:
    parses = _morph().parse(word)
    return str(parses[0].normal_form).replace("ё", "е") if parses else word


_DESCRIBING = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "NPRO", "ADVB", "PRCL", "CONJ", "PREP", "INTJ", "COMP",
                         "PRED"})


def ru_only_describes(phrase: str) -> bool:
    """Whether a Russian phrase is all qualities, pronouns and particles, no thing («твердый какой-нибудь», «что-нибудь
    тёплое»): the words of a wish about something already named, never the name of a kind the store could lack."""
    words = re.findall(r"[а-яё]+(?:-[а-яё]+)?", phrase.lower())
    return bool(words) and all(str(_morph().parse(w)[0].tag.POS) in _DESCRIBING for w in words)


@lru_cache(maxsize=200_000)
def en_stem(word: str) -> str:
    return str(_stemmer().stemWord(word)) if len(word) > 3 else word


@lru_cache(maxsize=50_000)
def zh_words(run: str) -> tuple[str, ...]:
    return tuple(w for w in _jieba().cut_for_search(run) if w.strip())


def zh_tokens(text: str) -> list[tuple[str, int, int]]:
    """Chinese words of ``text`` with their places (jieba's default mode): (word, start, end)."""
    return [(w, s, e) for w, s, e in _jieba().tokenize(text)]


def zh_tagged(text: str) -> list[tuple[str, str, int, int]]:
    """Chinese words of ``text`` with their part of speech (jieba.posseg: "n" noun, "nr" person name, "ns" place
    name...) and places: (word, tag, start, end)."""
    import jieba.posseg

    _jieba()
    out: list[tuple[str, str, int, int]] = []
    at = 0
    for pair in jieba.posseg.cut(text):
        start = text.find(pair.word, at)
        if start < 0:
            continue
        out.append((pair.word, pair.flag, start, start + len(pair.word)))
        at = start + len(pair.word)
    return out


def zh_word_frequency(word: str) -> int:
    """How common a Chinese word is in jieba's dictionary (0 when it is not there)."""
    return int(_jieba().dt.FREQ.get(word) or 0)


def ru_word_known(word: str) -> bool:
    """Is ``word`` a Russian word the dictionary knows (any form)? Invented brand names are not."""
    return bool(_morph().word_is_known(word.lower().replace("ё", "е")))


@lru_cache(maxsize=100_000)
def pinyin(run: str) -> tuple[str, ...]:
    """Toneless pinyin syllable of each character of a run of Chinese characters."""
    from pypinyin import lazy_pinyin

    syl = lazy_pinyin(run)
    return tuple(syl) if len(syl) == len(run) else tuple(lazy_pinyin(ch)[0] for ch in run)


@dataclass(frozen=True)
class Token:
    surface: str  # the word as written (normalized): what typo correction compares
    term: str  # the analysed term (lemma, stem or segment): what is hashed
    script: str  # zh | ru | en | num


def tokens(text: str) -> list[Token]:
    """Analysed tokens of ``text`` in order, stop words removed."""
    out: list[Token] = []
    for m in _RUN.finditer(normalize(text)):
        kind = m.lastgroup or "en"
        run = m.group()
        if kind == "zh":
            for w in zh_words(run):
                if w not in STOP_WORDS["zh"]:
                    out.append(Token(w, w, "zh"))
            # Character bigrams too: a missing character breaks a word, not most of its bigrams. And bigrams of
            # the pinyin syllables: most Chinese typos are homophones picked wrongly in a pinyin input method
            # ("巧克利" for "巧克力"), which leave the syllables as they were.
            for i in range(len(run) - 1):
                out.append(Token(run[i : i + 2], "~" + run[i : i + 2], "zh"))
            syl = pinyin(run)
            for i in range(len(syl) - 1):
                out.append(Token(run[i : i + 2], f"^{syl[i]}{syl[i + 1]}", "zh"))
        elif kind == "ru":
            if run not in STOP_WORDS["ru"]:
                out.append(Token(run, ru_lemma(run), "ru"))
        elif kind == "num":
            out.append(Token(run, run.replace(",", "."), "num"))
        elif run not in STOP_WORDS["en"]:
            out.append(Token(run, en_stem(run), "en"))
    return out


def terms(text: str) -> list[str]:
    return [t.term for t in tokens(text)]


def term_id(term: str) -> int:
    """Stable 32-bit id of a term in the sparse index space."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest(), "little")


# --- BM25 ----------------------------------------------------------------------------------------------------------


@dataclass
class Bm25Encoder:
    """Document-side BM25 weights; the index applies IDF (see module doc)."""

    k1: float = 1.2
    b: float = 0.75
    avg_len: float = 24.0

    def document(self, doc_terms: Iterable[str]) -> tuple[list[int], list[float]]:
        counts = Counter(doc_terms)
        length = sum(counts.values()) or 1
        norm = self.k1 * (1 - self.b + self.b * length / max(self.avg_len, 1e-6))
        weights: dict[int, float] = {}
        for t, tf in counts.items():
            i = term_id(t)
            weights[i] = weights.get(i, 0.0) + tf * (self.k1 + 1) / (tf + norm)
        idx = sorted(weights)
        return idx, [weights[i] for i in idx]

    @staticmethod
    def query(query_terms: Iterable[str], weights: dict[str, float] | None = None) -> tuple[list[int], list[float]]:
        """One per distinct term (a corrected term may carry less); IDF is applied by the index."""
        vec: dict[int, float] = {}
        for t in query_terms:
            i = term_id(t)
            vec[i] = max(vec.get(i, 0.0), (weights or {}).get(t, 1.0))
        idx = sorted(vec)
        return idx, [vec[i] for i in idx]


# --- vocabulary and typo correction ----------------------------------------------------------------------------


@dataclass
class Vocabulary:
    """Index terms and surface words with document frequencies, kept beside the index for typo correction.

    ``surface`` maps a written word (normalized) to the number of documents containing it; ``known`` holds the
    analysed terms. A query word is corrected only when neither its surface form nor its analysed term is known,
    so a valid inflection that happens not to be in the catalog ("ботинок" vs "ботинки") is left alone.
    """

    surface: dict[str, int] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)
    docs: int = 0
    total_len: int = 0
    _pools: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _stems: dict[str, str] | None = field(default=None, repr=False)

    @property
    def avg_len(self) -> float:
        return self.total_len / self.docs if self.docs else 24.0

    def add_document(self, toks: list[Token]) -> None:
        self.docs += 1
        self.total_len += len(toks)
        for s in {t.surface for t in toks if t.script in ("en", "ru")}:
            self.surface[s] = self.surface.get(s, 0) + 1
        self.known.update(t.term for t in toks)
        self._pools.clear()
        self._stems = None

    def remove_document(self, toks: list[Token]) -> None:
        """Keep counts roughly right on incremental deletes (``known`` is left: a stale term costs nothing)."""
        self.docs = max(0, self.docs - 1)
        self.total_len = max(0, self.total_len - len(toks))
        for s in {t.surface for t in toks if t.script in ("en", "ru")}:
            if s in self.surface:
                self.surface[s] -= 1
                if self.surface[s] <= 0:
                    del self.surface[s]
        self._pools.clear()
        self._stems = None

    def correct(self, tok: Token) -> str | None:
        """The most likely intended surface word for a misspelled ``tok``, or None when it is fine or unknown.

        Bounded edit distance (optimal string alignment, so a swapped pair of letters counts as one slip: 1 for
        words of 4–7 letters, 2 for longer), ties broken by document frequency so a common catalog word wins.
        """
        if tok.script not in ("en", "ru") or len(tok.surface) < 4:
            return None
        if tok.surface in self.surface or tok.term in self.known:
            return None
        from wordfreq import zipf_frequency

        if zipf_frequency(tok.surface, tok.script) >= EVERYDAY_WORD_ZIPF:
            return None  # "whats", "thats", «норм» are words of their own, no slip of "hats" or a catalog word
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        limit = 1 if len(tok.surface) <= 7 else 2
        pool = self._pool(tok.script)
        matches = process.extract(
            tok.surface, pool, scorer=OSA.distance, score_cutoff=limit, limit=8
        )
        if not matches and tok.script == "ru" and len(tok.surface) >= 6:
            # Russian words differ in their endings as well as by the slip: compare without the last two letters.
            stems = self._ru_stems()
            near = process.extract(tok.surface[:-2], list(stems), scorer=OSA.distance, score_cutoff=1, limit=4)
            matches = [(stems[m[0]], m[1], m[2]) for m in near]
        if not matches:
            return None
        best = min(matches, key=lambda m: (m[1], -self.surface.get(m[0], 0)))
        return str(best[0])

    def _ru_stems(self) -> dict[str, str]:
        """Russian surface words by their form without the last two letters (the most frequent word wins)."""
        if self._stems is None:
            best: dict[str, str] = {}
            for w in self._pool("ru"):
                if len(w) >= 6:
                    k = w[:-2]
                    if k not in best or self.surface[w] > self.surface[best[k]]:
                        best[k] = w
            self._stems = best
        return self._stems

    def _pool(self, script: str) -> list[str]:
        if script not in self._pools:
            cyr = script == "ru"
            self._pools[script] = [w for w in self.surface if ("\u0400" <= w[0] <= "\u04ff") == cyr]
        return self._pools[script]

    def save(self, path: Path) -> None:
        data = {"docs": self.docs, "total_len": self.total_len, "surface": self.surface, "known": sorted(self.known)}
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            surface={str(k): int(v) for k, v in data["surface"].items()},
            known=set(data["known"]),
            docs=int(data["docs"]),
            total_len=int(data["total_len"]),
        )


# Words of price phrases; a query word one slip away from one of them is dropped, not "corrected" to a product word
# ("dollas" must not become "dolls").
PRICE_WORDS = _words(
    "under below dollars dollar bucks euros pounds yuan rubles roubles less than cheaper maximum between "
    "руб рублей рубля рубли долларов доллара дешевле меньше дороже юаней евро"
)


def _is_price_word(tok: Token) -> bool:
    if tok.script not in ("en", "ru") or len(tok.surface) < 4:
        return False
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    return process.extractOne(tok.surface, sorted(PRICE_WORDS), scorer=OSA.distance, score_cutoff=1) is not None


@dataclass
class AnalyzedQuery:
    terms: list[str]
    weights: dict[str, float]
    corrected: str | None  # the query text with corrections applied, when any were made


# wordfreq's Zipf scale: a word seen more than ~3 times per million words ("whats" 3.9, "thats" 4.5, «норм» 4.6) is
# written on purpose; slips ("hikng", "jaket", «кросовки» 1.4) are rare.
EVERYDAY_WORD_ZIPF = 3.5


def analyze_query(text: str, vocab: Vocabulary | None) -> AnalyzedQuery:
    """Query terms for the sparse leg, with misspelled words replaced by their likely intended word.

    A corrected term gets weight 0.9 and the original is dropped: the original matches nothing in the index anyway.
    """
    toks = tokens(text)
    out: list[str] = []
    weights: dict[str, float] = {}
    fixes: dict[str, str] = {}
    for tok in toks:
        if _is_price_word(tok):
            continue  # a slipped "dollars" or "рублей" left over from price parsing: neither a product word nor a fix
        fix = vocab.correct(tok) if vocab is not None else None
        if fix is None:
            out.append(tok.term)
            continue
        fixes[tok.surface] = fix
        fixed = tokens(fix)
        for ft in fixed:
            out.append(ft.term)
            weights[ft.term] = 0.9
    corrected = None
    if fixes:
        norm = normalize(text)
        for wrong, right in fixes.items():
            norm = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, norm)
        corrected = norm
    return AnalyzedQuery(out, weights, corrected)
