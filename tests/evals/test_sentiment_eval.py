"""The sentiment eval scores any labelled CSV (language column optional) and writes a reproducible report."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from evals import sentiment


def test_sentiment_eval_scores_a_custom_csv_with_both_baselines(tmp_path: Path) -> None:
    scored = tmp_path / "mine.csv"
    scored.write_text(
        "text,label,lang\n"
        "this is the worst shop ever and I want my money back,negative,en\n"
        "do you have the grey hoodie in size L,neutral,en\n"
        "\"thank you so much, the jacket fits perfectly\",positive,en\n"
        "\"ужасный сервис, верните деньги\",negative,\n"
        "сколько стоит доставка в Казань,neutral,\n"
        "\"спасибо большое, всё отлично\",positive,\n"
        "太差了，我要退款,negative,zh\n"
        "可以到店自提吗,neutral,zh\n"
        "谢谢，非常满意,positive,zh\n",
        encoding="utf-8")
    reports = tmp_path / "reports"
    assert sentiment.main(["--dataset", str(scored), "--latency-turns", "3", "--reports-dir", str(reports)]) == 0
    report = json.loads((reports / "sentiment_mine.json").read_text(encoding="utf-8"))
    metrics = report["metrics"]
    assert metrics["n_eval"] == 9 and metrics["n_ru"] == 3  # the language of the ru rows was detected
    # Clear turns: the classifier gets them all, and both baselines are measured in the same run.
    for lang in ("en", "ru", "zh", "all"):
        assert metrics[f"macro_f1_{lang}"] == metrics[f"accuracy_{lang}"] == 1.0
        assert metrics[f"majority_accuracy_{lang}"] == round(1 / 3, 4)
        assert 0.0 <= metrics[f"lexicon_macro_f1_{lang}"] <= 1.0
    assert report["dataset"]["labels"] == {"negative": 3, "neutral": 3, "positive": 3}
    md = (reports / "sentiment_mine.md").read_text(encoding="utf-8")
    assert "Confusion, classifier" in md and "lexicon baseline" in md and "intensity band" in md
    prov = report["provenance"]
    assert prov["dataset_sha256"] == hashlib.sha256(b"mine.csv" + scored.read_bytes()).hexdigest()


def test_sentiment_eval_refuses_an_empty_or_mislabelled_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("text,label\n", encoding="utf-8")
    assert sentiment.main(["--dataset", str(empty), "--reports-dir", str(tmp_path)]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\ngreat,happy\n", encoding="utf-8")
    assert sentiment.main(["--dataset", str(bad), "--reports-dir", str(tmp_path)]) == 2
    assert "bad.csv:2: unknown label 'happy'" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.json"))
