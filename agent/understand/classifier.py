"""Intent classifier: sentence embeddings (multilingual USE) + character and word n-grams + keyword-rule
indicators, logistic regression on top.

Trained at start-up on the ``train`` split of ``data/intents.csv`` and cached on disk (embeddings, vectorizer,
model), keyed by the dataset's content hash, the embedder's name and ``FEATURES_VERSION``: a restart loads in
well under a second, a changed dataset retrains by itself.

Why both feature sets: the embedding carries meaning across en/ru/zh (a Russian example helps a Chinese
question), the character n-grams carry the keywords the embedding blurs ("заказ", "直播", "aisle"). Evals
measured the pair better than either alone (see evals/reports/routing.md, which also scores nearest-centroid
and kNN on the same embeddings as baselines). Word uni+bigrams over Russian lemmas, English stems and jieba words
let one example cover its other word forms; the keyword rules of ``rules.py`` also enter as 0/1 features, so the
model learns how much each cue is worth instead of trusting a hand-set ratio alone.

Style: shoppers wrap the ask in greetings, apologies and thanks ("hi, sorry to bother you, ... thanks!"). Each
training line gets one copy wrapped in such neutral filler (same label), so the model learns the filler says
nothing about the intent. The copies are generated, never written from the held-out lines.

Confidence: the model's softmax is sharpened or softened by one temperature fitted on out-of-fold predictions
of the training split (never the held-out split), so "0.6" means roughly "right six times in ten". The circuit
breaker relies on that.
"""

from __future__ import annotations

import hashlib
import logging
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize_scalar
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedShuffleSplit

from agent.understand import model_cache
from agent.understand import rules as rules_mod
from agent.understand.dataset import Example, dataset_hash, load_examples
from agent.understand.models import Intent
from agent.understand.rules import rule_hits
from knowledge.embeddings import Embedder
from knowledge.text import detect_language, en_stem, normalize, ru_lemma, zh_words

log = logging.getLogger(__name__)

FEATURES_VERSION = "4"
Kind = Literal["logreg", "centroid", "knn"]
Matrix = npt.NDArray[np.float64]


def _prep(text: str) -> str:
    # Digits carry order numbers and prices, not intent: one symbol for any run keeps n-grams general.
    return re.sub(r"\d+", "0", text.lower())


_RUN = re.compile(r"(?P<zh>[\u3400-\u4dbf\u4e00-\u9fff]+)|(?P<ru>[а-яё]+)|(?P<num>\d+)|(?P<en>[a-z]+(?:'[a-z]+)?)")


def word_terms(text: str) -> list[str]:
    """Analysed words of ``text`` (Russian lemmas, English stems, jieba words; numbers -> "0") plus their bigrams.

    Function words are kept: for intent they are signal ("where is MY order", "CAN I return").
    """
    words: list[str] = []
    for m in _RUN.finditer(normalize(text)):
        kind, run = m.lastgroup, m.group()
        if kind == "zh":
            words.extend(zh_words(run))
        elif kind == "ru":
            words.append(ru_lemma(run))
        elif kind == "num":
            words.append("0")
        else:
            words.append(en_stem(run))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


# Neutral wrappers for the style copies: greetings, hedges and thanks that carry no intent of their own.
_PREFIXES = {
    "en": ("hi there, ", "hello! ", "hey, quick question: ", "sorry to bother you, but ", "ok so ", "um, ",
           "good morning, ", "hi, hope you're well. ", "so basically ", "I was wondering, ", "hey, me again. ",
           "right, "),
    "ru": ("здравствуйте, ", "привет! ", "слушайте, ", "извините за беспокойство, ", "короче, ", "ну ",
           "добрый день, ", "подскажите, ", "так, ", "я тут подумала, ", "снова я. ", "ой, "),
    "zh": ("你好，", "您好！", "请问一下，", "打扰一下，", "那个，", "嗯，", "早上好，", "在吗？", "我想问下，", "哎，",
           "又是我，", "对了，"),
}
_SUFFIXES = {
    "en": (" thanks", " please", " thx!", ", cheers", " if that makes sense", " :)", " lol",
           ", thank you in advance"),
    "ru": (" спасибо", " пожалуйста", ", заранее спасибо", " )", " плиз", ", буду благодарна"),
    "zh": ("，谢谢", "，麻烦了", "～", "，谢啦", "哈", "，辛苦了"),
}


def style_copy(text: str, lang: str | None) -> str:
    """``text`` wrapped in a neutral greeting and/or thanks of its language (deterministic per text)."""
    lang = lang if lang in _PREFIXES else detect_language(text)
    lang = lang if lang in _PREFIXES else "en"
    rnd = random.Random(int(hashlib.md5(text.encode()).hexdigest()[:8], 16))
    r = rnd.random()
    out = text
    if r < 0.7:
        out = rnd.choice(_PREFIXES[lang]) + out
    if r > 0.4:
        out = out + rnd.choice(_SUFFIXES[lang])
    return out


@dataclass
class _Fitted:
    kind: Kind
    classes: list[str]
    model: Any = None
    vectorizer: TfidfVectorizer | None = None
    word_vectorizer: TfidfVectorizer | None = None
    rule_keys: list[tuple[str, str]] = field(default_factory=list)
    centroids: npt.NDArray[np.float32] | None = None
    train_vectors: npt.NDArray[np.float32] | None = None
    train_labels: npt.NDArray[np.int64] | None = None
    temperature: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)


def _softmax(z: Matrix) -> Matrix:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float64)


class IntentClassifier:
    """``predict(texts)`` -> class probabilities over ``Intent`` (columns in ``self.intents`` order)."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        examples: list[Example] | None = None,
        dataset_path: Path | str | None = None,
        cache_dir: Path | str | None = None,
        kind: Kind = "logreg",
        C: float = 30.0,
        ngram_weight: float = 1.0,
    ) -> None:
        self.embedder = embedder
        self.kind: Kind = kind
        self.C = C
        self.ngram_weight = ngram_weight
        all_examples = examples if examples is not None else load_examples(dataset_path, split="train")
        self.examples = [e for e in all_examples if e.split == "train"]
        if not self.examples:
            raise ValueError("no training examples (split == 'train') in the intent dataset")
        self.key = (f"{dataset_hash(self.examples)}-{model_cache.slug(embedder.name)}-{kind}-C{C:g}-w{ngram_weight:g}"
                    f"-v{FEATURES_VERSION}r{_rules_signature()}")
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.loaded_from_cache = False
        started = time.perf_counter()
        fitted = self._load()
        if fitted is None:
            fitted = self._fit()
            self._save(fitted)
        else:
            self.loaded_from_cache = True
        self._fitted = fitted
        self.intents = [Intent(c) for c in fitted.classes]
        self.startup_s = time.perf_counter() - started
        log.info("intent classifier %s ready in %.2fs (%s)", self.key, self.startup_s,
                 "cache" if self.loaded_from_cache else "trained")

    # -- cache ---------------------------------------------------------------------------------------------------

    @property
    def cache_path(self) -> Path | None:
        return self.cache_dir / f"intents-{self.key}.pkl" if self.cache_dir else None

    def _load(self) -> _Fitted | None:
        return model_cache.load(self.cache_path, _Fitted)

    def _save(self, fitted: _Fitted) -> None:
        path = self.cache_path
        if path is None:
            return
        # Models of older versions of the dataset or rules (same embedder and settings) are dead weight.
        suffix = re.sub(r"r[0-9a-f]{8}\.pkl$", "r*.pkl", path.name.split("-", 2)[2])
        model_cache.save(path, fitted, stale_glob=f"intents-*-{suffix}")

    # -- training ------------------------------------------------------------------------------------------------

    def _fit(self) -> _Fitted:
        texts = [e.text for e in self.examples]
        labels = [e.intent.value for e in self.examples]
        classes = sorted(set(labels))
        y = np.array([classes.index(lbl) for lbl in labels])
        fitted = _Fitted(kind=self.kind, classes=classes, meta={"n_train": len(texts), "embedder": self.embedder.name})
        if self.kind == "logreg":
            # Style copies sit right after their originals' block: index i + n is the copy of line i.
            texts = texts + [style_copy(e.text, e.lang) for e in self.examples]
            y = np.concatenate([y, y])
        vectors = self.embedder.embed(texts)
        if self.kind == "centroid":
            cents = np.vstack([vectors[y == k].mean(axis=0) for k in range(len(classes))])
            fitted.centroids = (cents / np.linalg.norm(cents, axis=1, keepdims=True)).astype(np.float32)
        elif self.kind == "knn":
            fitted.train_vectors, fitted.train_labels = vectors, y
        else:
            fitted.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True,
                                                preprocessor=_prep, max_features=20000)
            fitted.vectorizer.fit(texts)
            fitted.word_vectorizer = TfidfVectorizer(analyzer=word_terms, sublinear_tf=True)
            fitted.word_vectorizer.fit(texts)
            fitted.rule_keys = sorted({(h.rule, h.intent.value) for t in texts for h in rule_hits(t)})
            features = self._features(fitted, vectors, texts)
            fitted.model = _logreg(self.C).fit(features, y)
        fitted.temperature = self._fit_temperature(fitted, vectors, texts, y)
        return fitted

    def _fit_temperature(self, fitted: _Fitted, vectors: npt.NDArray[np.float32], texts: list[str],
                         y: npt.NDArray[np.int64]) -> float:
        """One temperature minimizing log-loss on a stratified quarter of the training split held back from a
        refit on the other three quarters (one extra fit: a full k-fold costs too much start-up on 2 cores)."""
        n_classes = len(fitted.classes)
        n = len(self.examples)  # originals; for logreg, rows n.. are their style copies
        splitter = StratifiedShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
        tr, te = next(splitter.split(np.zeros(n), y[:n]))
        if fitted.kind == "logreg":
            tr = np.concatenate([tr, tr + n])  # a line and its copy stay on the same side: no leak into the check
        sub = _Fitted(kind=fitted.kind, classes=fitted.classes, vectorizer=fitted.vectorizer,
                      word_vectorizer=fitted.word_vectorizer, rule_keys=fitted.rule_keys)
        if fitted.kind == "centroid":
            cents = np.vstack([vectors[tr][y[tr] == k].mean(axis=0) for k in range(n_classes)])
            sub.centroids = (cents / np.linalg.norm(cents, axis=1, keepdims=True)).astype(np.float32)
        elif fitted.kind == "knn":
            sub.train_vectors, sub.train_labels = vectors[tr], y[tr]
        else:
            # The vectorizers saw all training text, but no labels: nothing leaks through them.
            sub.model = _logreg(self.C).fit(self._features(sub, vectors[tr], [texts[i] for i in tr]), y[tr])
        oof = self._logits(sub, vectors[te], [texts[i] for i in te])
        y = y[te]

        def nll(t: float) -> float:
            p = _softmax(oof / t)
            return float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

        res = minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded")
        return float(res.x)

    # -- inference -----------------------------------------------------------------------------------------------

    def _features(self, fitted: _Fitted, vectors: npt.NDArray[np.float32], texts: list[str]) -> csr_matrix:
        assert fitted.vectorizer is not None
        parts = [csr_matrix(vectors.astype(np.float64)), fitted.vectorizer.transform(texts) * self.ngram_weight]
        if fitted.word_vectorizer is not None:
            parts.append(fitted.word_vectorizer.transform(texts) * self.ngram_weight)
        if fitted.rule_keys:
            index = {k: j for j, k in enumerate(fitted.rule_keys)}
            rows: list[int] = []
            cols: list[int] = []
            for i, text in enumerate(texts):
                for j in sorted({index[k] for h in rule_hits(text) if (k := (h.rule, h.intent.value)) in index}):
                    rows.append(i)
                    cols.append(j)
            parts.append(csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(fitted.rule_keys))))
        return hstack(parts).tocsr()

    def _logits(self, fitted: _Fitted, vectors: npt.NDArray[np.float32], texts: list[str]) -> Matrix:
        if fitted.kind == "centroid":
            assert fitted.centroids is not None
            # Cosine similarities are in [-1, 1]; x20 puts them on a logit-like scale before the temperature.
            return np.asarray(vectors @ fitted.centroids.T, dtype=np.float64) * 20.0
        if fitted.kind == "knn":
            assert fitted.train_vectors is not None and fitted.train_labels is not None
            sims = vectors @ fitted.train_vectors.T
            k = 7
            top = np.argsort(-sims, axis=1)[:, :k]
            out = np.full((len(vectors), len(fitted.classes)), -5.0)
            for i, row in enumerate(top):
                votes = np.zeros(len(fitted.classes))
                for j in row:
                    votes[fitted.train_labels[j]] += max(float(sims[i, j]), 0.0)
                out[i] = np.log(votes / max(votes.sum(), 1e-9) + 1e-3)
            return out
        return np.asarray(fitted.model.decision_function(self._features(fitted, vectors, texts)), dtype=np.float64)

    def predict_vectors(self, vectors: npt.NDArray[np.float32], texts: list[str]) -> Matrix:
        """Calibrated probabilities for texts whose embeddings are already computed."""
        logits = self._logits(self._fitted, vectors, texts)
        return _softmax(logits / self._fitted.temperature)

    def predict(self, texts: list[str]) -> Matrix:
        """Calibrated probabilities, one row per text, columns in ``self.intents`` order."""
        if not texts:
            return np.zeros((0, len(self.intents)))
        return self.predict_vectors(self.embedder.embed(texts), texts)

    def ranked(self, text: str) -> list[tuple[Intent, float]]:
        """All intents with their probabilities, best first."""
        probs = self.predict([text])[0]
        order = np.argsort(-probs)
        return [(self.intents[i], float(probs[i])) for i in order]

    @property
    def temperature(self) -> float:
        return self._fitted.temperature


def _logreg(C: float) -> LogisticRegression:
    # saga: measured ~1.5x faster than lbfgs on these sparse+dense features, same held-out accuracy. tol 1e-2
    # halves the cold start (two fits on ~8k rows) for the same held-out accuracy as 1e-3 (measured 2026-11-23).
    return LogisticRegression(C=C, solver="saga", max_iter=3000, tol=1e-2, random_state=0)


def _rules_signature() -> str:
    """Hash of the keyword rules' source: their hits are features, so a changed rule retrains the cached model."""
    return hashlib.sha256(Path(rules_mod.__file__).read_bytes()).hexdigest()[:8]
