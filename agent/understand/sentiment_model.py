"""Sentiment classifier: multilingual sentence embeddings + character n-grams + the lexicon's signals, logistic
regression over negative / neutral / positive.

Trained on the ``train`` split of ``data/sentiment.csv`` (labelled customer messages in en/ru/zh) and cached on
disk by ``model_cache`` under the same directory as the intent classifier, keyed by the data's content hash, the
embedder, ``FEATURES_VERSION`` and the lexicon's signature (its signals are features): a restart loads in well under
a second, a changed dataset or lexicon retrains by itself.

Why the three feature sets: the embedding carries meaning across languages and catches complaints without a
single cue word ("the boots leak and nobody answers"); character n-grams carry short slang, typos and emoji the
embedding blurs; the lexicon adds what was hand-weighed (swearing, shouting, "!!!") as a prior the model learns to
trust or discount.

Intensity: the classifier's margin says how sure it is, not how strongly the shopper feels, so a turn's intensity
is the larger of a margin-based floor (0.2..0.6) and the lexicon's strength when the lexicon agrees with the label.
The words that make a message strong (swearing, "worst", capitals) are the lexicon's; a calm complaint stays
mild to moderate, which keeps the escalate journey's thresholds (-0.35 persisting, -0.8 very negative) meaningful.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from agent.understand import model_cache
from agent.understand import sentiment as lexicon
from agent.understand.models import Sentiment
from agent.understand.sentiment_data import LABELS, SentimentExample, load_sentiment
from knowledge.embeddings import Embedder

log = logging.getLogger(__name__)

FEATURES_VERSION = "1"
LEXICON_WEIGHT = 2.0  # lexicon features are 4 numbers among ~20k: scaled so regularization does not drown them
Matrix = npt.NDArray[np.float64]


def _prep(text: str) -> str:
    return re.sub(r"\d+", "0", text.lower())


@dataclass
class _Fitted:
    model: LogisticRegression
    vectorizer: TfidfVectorizer
    meta: dict[str, Any]


def sentiment_from(probs: npt.NDArray[np.floating], lex_value: float) -> Sentiment:
    """One turn's ``Sentiment`` from class probabilities (``LABELS`` order) and the lexicon's reading (-1..1)."""
    p = {label: float(probs[i]) for i, label in enumerate(LABELS)}
    label = max(LABELS, key=lambda k: p[k])
    if label == "neutral":
        # A neutral turn leans a little (never across the escalate line of -0.35).
        return Sentiment(score=round(0.25 * (p["positive"] - p["negative"]), 3), label="neutral", intensity=0.0,
                         source="classifier")
    sign = 1.0 if label == "positive" else -1.0
    margin = p[label] - max(v for k, v in p.items() if k != label)
    agreeing = max(0.0, sign * lex_value)
    intensity = round(min(1.0, max(0.2 + 0.4 * margin, agreeing)), 3)
    return Sentiment(score=sign * intensity, label=label, intensity=intensity, source="classifier")


class SentimentClassifier:
    """``analyse(text, lang)`` -> ``Sentiment``; ``predict(texts, langs)`` -> probabilities in ``LABELS`` order."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        examples: list[SentimentExample] | None = None,
        dataset_path: Path | str | None = None,
        cache_dir: Path | str | None = None,
        C: float = 4.0,
    ) -> None:
        self.embedder = embedder
        self.C = C
        source = examples if examples is not None else load_sentiment(dataset_path, split="train")
        self.examples = [e for e in source if e.split == "train"]
        labels = {e.label for e in self.examples}
        if len(labels) < 2:
            raise ValueError("the sentiment classifier needs training lines (split == 'train') of at least 2 labels")
        data_key = model_cache.content_key(f"{e.text}\t{e.label}\t{e.lang}" for e in self.examples)
        self.key = (f"{data_key}-{model_cache.slug(embedder.name)}-C{C:g}-v{FEATURES_VERSION}"
                    f"x{lexicon.lexicon_signature()}")
        self.cache_path = Path(cache_dir) / f"sentiment-{self.key}.pkl" if cache_dir else None
        started = time.perf_counter()
        fitted = model_cache.load(self.cache_path, _Fitted)
        self.loaded_from_cache = fitted is not None
        if fitted is None:
            fitted = self._fit()
            # Older models for this embedder and settings (other data or lexicon) are dead weight.
            model_cache.save(self.cache_path, fitted, stale_glob=f"sentiment-*-{model_cache.slug(embedder.name)}-*.pkl")
        self._fitted = fitted
        self.startup_s = time.perf_counter() - started
        log.info("sentiment classifier %s ready in %.2fs (%s)", self.key, self.startup_s,
                 "cache" if self.loaded_from_cache else "trained")

    # -- training ------------------------------------------------------------------------------------------------

    def _fit(self) -> _Fitted:
        texts = [e.text for e in self.examples]
        langs = [e.lang for e in self.examples]
        y = np.array([LABELS.index(e.label) for e in self.examples])
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, preprocessor=_prep,
                                     max_features=20000)
        vectorizer.fit(texts)
        features = self._features(vectorizer, self.embedder.embed(texts), texts, langs)
        model = LogisticRegression(C=self.C, max_iter=2000, random_state=0).fit(features, y)
        return _Fitted(model=model, vectorizer=vectorizer,
                       meta={"n_train": len(texts), "embedder": self.embedder.name})

    # -- inference -----------------------------------------------------------------------------------------------

    @staticmethod
    def _features(vectorizer: TfidfVectorizer, vectors: npt.NDArray[np.float32], texts: list[str],
                  langs: list[str]) -> csr_matrix:
        lex = np.array([lexicon.signals(t, lang).features() for t, lang in zip(texts, langs, strict=True)],
                       dtype=np.float64).reshape(len(texts), 4)
        return hstack([csr_matrix(vectors.astype(np.float64)), vectorizer.transform(texts),
                       csr_matrix(lex * LEXICON_WEIGHT)]).tocsr()

    def predict(self, texts: list[str], langs: list[str]) -> Matrix:
        """Probabilities, one row per text, columns in ``LABELS`` order (a label unseen in training gets 0)."""
        out = np.zeros((len(texts), len(LABELS)))
        if not texts:
            return out
        f = self._fitted
        probs = f.model.predict_proba(self._features(f.vectorizer, self.embedder.embed(texts), texts, langs))
        for j, cls in enumerate(f.model.classes_):
            out[:, int(cls)] = probs[:, j]
        return out

    def analyse_many(self, texts: list[str], langs: list[str]) -> list[Sentiment]:
        probs = self.predict(texts, langs)
        return [sentiment_from(row, lexicon.lexicon_value(t, lang))
                for row, t, lang in zip(probs, texts, langs, strict=True)]

    def analyse(self, text: str, lang: str) -> Sentiment:
        """This turn's sentiment; an empty text is neutral without asking the model."""
        if not text.strip():
            return Sentiment(source="classifier")
        return self.analyse_many([text], [lang])[0]
