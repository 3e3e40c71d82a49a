"""The sentiment classifier with the real multilingual USE model: trains on a tiny set, caches, predicts in
en/ru/zh; and the project's own labelled set keeps its promises (sizes, no held-out line in training)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from agent.understand.sentiment import intensity_band, lexicon_signature, score
from agent.understand.sentiment_data import DEFAULT_SENTIMENT_DATASET, SentimentExample, load_sentiment
from agent.understand.sentiment_model import SentimentClassifier, sentiment_from
from knowledge.embeddings import Embedder, make_embedder
from shopkeeper.errors import DataError
from shopkeeper.settings import EmbeddingSettings

TINY = [
    ("this is terrible, it broke after a day", "negative", "en"),
    ("worst order ever, I want my money back", "negative", "en"),
    ("the parcel is late again and nobody answers", "negative", "en"),
    ("ужасно, сломалось через день", "negative", "ru"),
    ("верните деньги, это обман", "negative", "ru"),
    ("太差了，一天就坏了", "negative", "zh"),
    ("退钱，骗人的", "negative", "zh"),
    ("do you have this in blue", "neutral", "en"),
    ("where is my order 4412", "neutral", "en"),
    ("what are your opening hours", "neutral", "en"),
    ("есть такое в синем", "neutral", "ru"),
    ("где мой заказ 4412", "neutral", "ru"),
    ("有蓝色的吗", "neutral", "zh"),
    ("我的订单在哪", "neutral", "zh"),
    ("thank you so much, it's perfect", "positive", "en"),
    ("love it, great service", "positive", "en"),
    ("arrived fast, really happy", "positive", "en"),
    ("спасибо, всё отлично", "positive", "ru"),
    ("очень довольна, супер", "positive", "ru"),
    ("谢谢，太好了", "positive", "zh"),
    ("很满意，非常喜欢", "positive", "zh"),
]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return make_embedder(EmbeddingSettings())


def _tiny() -> list[SentimentExample]:
    return [SentimentExample(t, label, lang, "train") for t, label, lang in TINY]  # type: ignore[arg-type]


def test_trains_on_a_tiny_set_predicts_and_loads_from_cache(embedder: Embedder, tmp_path: Path) -> None:
    clf = SentimentClassifier(embedder, examples=_tiny(), cache_dir=tmp_path)
    assert not clf.loaded_from_cache and clf.cache_path is not None and clf.cache_path.is_file()
    assert lexicon_signature() in clf.key  # lexicon signals are features: a changed weight retrains
    probs = clf.predict(["this is awful, it broke", "do you have it in red", "thanks, perfect"], ["en", "en", "en"])
    assert probs.shape == (3, 3) and np.allclose(probs.sum(axis=1), 1.0)
    assert [s.label for s in clf.analyse_many(["this is awful, it broke", "do you have it in red", "thanks, perfect"],
                                              ["en", "en", "en"])] == ["negative", "neutral", "positive"]
    again = SentimentClassifier(embedder, examples=_tiny(), cache_dir=tmp_path)
    assert again.loaded_from_cache
    assert np.allclose(again.predict(["thanks, perfect"], ["en"]), clf.predict(["thanks, perfect"], ["en"]))
    # A changed training set is another model: a new key, and the old file is swept away.
    changed = SentimentClassifier(embedder, examples=_tiny()[:-1], cache_dir=tmp_path)
    assert not changed.loaded_from_cache and changed.key != clf.key
    assert [p.name for p in tmp_path.glob("sentiment-*.pkl")] == [changed.cache_path.name]  # type: ignore[union-attr]


def test_needs_two_labels(embedder: Embedder) -> None:
    with pytest.raises(ValueError, match="at least 2 labels"):
        SentimentClassifier(embedder, examples=[SentimentExample("ok", "neutral", "en", "train")])


@pytest.fixture(scope="module")
def project(embedder: Embedder) -> SentimentClassifier:
    # The suite-wide cache (tests/conftest.py), where the Understander's copy lives too: trained once.
    return SentimentClassifier(embedder, cache_dir=Path(os.environ["SHOPKEEPER_CACHE_DIR"]) / "understand")


@pytest.mark.parametrize(("text", "lang", "label"), [
    ("my boots leak after a week and nobody answers my emails", "en", "negative"),  # no lexicon word at all
    ("курьер опять не приехал, третий день жду", "ru", "negative"),
    ("快递三天了还没送到，也没人回复", "zh", "negative"),
    ("can I pay with paypal", "en", "neutral"),
    ("сколько стоит доставка в Казань", "ru", "neutral"),
    ("可以到店自提吗", "zh", "neutral"),
    ("the jacket fits perfectly, thank you", "en", "positive"),
    ("куртка села идеально, спасибо", "ru", "positive"),
    ("外套很合身，谢谢", "zh", "positive"),
])
def test_project_classifier_reads_all_three_languages(project: SentimentClassifier, text: str, lang: str,
                                                      label: str) -> None:
    s = project.analyse(text, lang)
    assert s.label == label, (text, s)
    assert s.source == "classifier" and -1.0 <= s.score <= 1.0
    assert (s.intensity == 0.0) == (label == "neutral")


def test_intensity_follows_the_words_not_the_certainty(project: SentimentClassifier) -> None:
    calm = project.analyse("my boots leak after a week and nobody answers my emails", "en")
    fury = project.analyse("THIS IS THE WORST SHOP EVER, GIVE ME MY MONEY BACK!!!", "en")
    assert calm.label == fury.label == "negative"
    assert fury.intensity > calm.intensity and intensity_band(fury.intensity) == "strong"
    assert fury.score <= -0.8 < calm.score


def test_sentiment_from_probabilities() -> None:
    neutral = sentiment_from(np.array([0.2, 0.7, 0.1]), -0.6)
    assert neutral.label == "neutral" and neutral.intensity == 0.0 and -0.35 < neutral.score < 0
    unsure = sentiment_from(np.array([0.5, 0.4, 0.1]), 0.0)
    sure = sentiment_from(np.array([0.95, 0.04, 0.01]), 0.0)
    assert unsure.label == sure.label == "negative" and 0.2 <= unsure.intensity < sure.intensity <= 0.6
    loud = sentiment_from(np.array([0.6, 0.3, 0.1]), -0.95)
    assert loud.score == -0.95 and intensity_band(loud.intensity) == "strong"
    # The lexicon disagreeing with the label does not make a turn stronger.
    positive = np.array([0.1, 0.1, 0.8])
    assert sentiment_from(positive, -0.9).intensity == sentiment_from(positive, 0.0).intensity


def test_project_dataset_sizes_and_separation() -> None:
    rows = load_sentiment(DEFAULT_SENTIMENT_DATASET)
    train = [r for r in rows if r.split == "train"]
    test = [r for r in rows if r.split == "test"]
    for lang in ("en", "ru", "zh"):
        assert sum(r.lang == lang for r in train) >= 600
        assert {r.label for r in test if r.lang == lang} == {"negative", "neutral", "positive"}
    assert not {r.text.lower() for r in train} & {r.text.lower() for r in test}
    assert {r.split for r in rows} == {"train", "test"}


def test_loader_detects_language_and_names_bad_lines(tmp_path: Path) -> None:
    ok = tmp_path / "ok.csv"
    ok.write_text("text,label\nspasibo? нет: ужас,negative\n太好了,positive\nwhere is it,neutral\n", encoding="utf-8")
    assert [(r.lang, r.split) for r in load_sentiment(ok)] == [("ru", "test"), ("zh", "test"), ("en", "test")]
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nfine,happy\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.csv:2: unknown label"):
        load_sentiment(bad)
    with pytest.raises(DataError, match="needs columns"):
        (tmp_path / "cols.csv").write_text("text,intent\nx,y\n", encoding="utf-8")
        load_sentiment(tmp_path / "cols.csv")


def test_lexicon_score_carries_intensity() -> None:
    s = score("this is the worst service ever", "en")
    assert s.source == "lexicon" and s.intensity == abs(s.score) > 0
    assert score("where is my order", "en").intensity == 0.0


def test_models_prepare_trains_or_loads_the_sentiment_classifier(capsys: pytest.CaptureFixture[str]) -> None:
    from agent.cli import _prepare_sentiment
    from shopkeeper.settings import Settings

    settings = Settings()  # the suite's cache dir (SHOPKEEPER_CACHE_DIR): usually trained already by this file
    _prepare_sentiment(settings)
    first = capsys.readouterr().out
    assert "sentiment classifier ready: cached" in first or "trained on 2," in first
    _prepare_sentiment(settings)  # a second run (the assistant's first turn) only reads the file
    assert "sentiment classifier ready: cached" in capsys.readouterr().out
    assert list((settings.cache_path / "understand").glob("sentiment-*.pkl"))


@pytest.mark.parametrize(("turns", "lang", "reason"), [
    (["where is my parcel, it was due on monday", "still nothing, and no one replies to my emails",
      "this is the worst service ever, I am furious"], "en", "negative_sentiment"),
    (["курьер так и не приехал", "опять никто не отвечает, третий день жду"], "ru", "negative_sentiment"),
    (["快递还没到，也没人联系我", "客服三天都不回复，太让人失望了"], "zh", "negative_sentiment"),
    (["the parcel is late", "ah it just arrived, thank you so much!"], "en", None),
])
def test_real_scores_drive_the_hand_over(project: SentimentClassifier, turns: list[str], lang: str,
                                         reason: str | None) -> None:
    from typing import cast

    from agent.journeys.escalate import should_escalate
    from agent.state import AgentState
    from agent.understand.models import Intent, Understanding

    history: list[float] = []
    decided = None
    for text in turns:
        u = Understanding(language=lang, intent=Intent.ORDER_STATUS, confidence=0.9,
                          sentiment=project.analyse(text, lang))
        decided = should_escalate(u, cast(AgentState, {"sentiment_history": history}))
        if decided:
            break
        history.append(u.sentiment.score)
    assert decided == reason, (history, decided)
