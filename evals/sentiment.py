"""Sentiment eval: macro-F1 and accuracy per language of the sentiment classifier, against a majority-class and a
lexicon-only baseline measured in the same run, with a confusion table and accuracy per intensity band.

``python -m evals sentiment`` scores the held-out split of ``agent/understand/data/sentiment.csv``;
``python -m evals sentiment --dataset my.csv`` scores any ``text,label[,lang]`` CSV (labels negative, neutral,
positive; language detected when the column is missing). The classifier is always the one the assistant uses:
trained on the project's ``train`` split (cached under the data dir).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agent.understand import sentiment as lexicon
from agent.understand.sentiment_data import DEFAULT_SENTIMENT_DATASET, LABELS, load_sentiment
from agent.understand.sentiment_model import SentimentClassifier
from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report
from knowledge.embeddings import make_embedder
from shopkeeper.errors import DataError
from shopkeeper.settings import get_settings

LANGS = ("en", "ru", "zh")


def scores(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """Accuracy and macro-F1 (averaged over the labels present in ``gold``)."""
    from sklearn.metrics import accuracy_score, f1_score

    if not gold:
        return 0.0, 0.0
    labels = sorted(set(gold))
    return (float(accuracy_score(gold, pred)),
            float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0)))


def _confusion(gold: Sequence[str], pred: Sequence[str]) -> list[list[Any]]:
    counts = Counter(zip(gold, pred, strict=True))
    return [[g, *(counts[(g, p)] for p in LABELS)] for g in LABELS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals sentiment", description=__doc__)
    ap.add_argument("--dataset", type=Path, help="CSV with text,label[,lang] (default: the project's held-out split)")
    ap.add_argument("--latency-turns", type=int, default=30, help="turns timed one by one")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument("--report-name", help="report name (default: sentiment, or sentiment_<csv name> with --dataset)")
    args = ap.parse_args(argv)

    csv_path: Path = args.dataset or DEFAULT_SENTIMENT_DATASET
    try:
        examples = load_sentiment(csv_path) if args.dataset else load_sentiment(csv_path, split="test")
    except DataError as exc:
        print(f"{exc.message}" + (f" ({exc.hint})" if exc.hint else ""), file=sys.stderr)
        return 2
    if not examples:
        print(f"no rows to score in {csv_path}")
        return 2
    settings = get_settings()
    train = load_sentiment(DEFAULT_SENTIMENT_DATASET, split="train")
    embedder = make_embedder(settings.embedding)
    t0 = time.perf_counter()
    clf = SentimentClassifier(embedder, examples=train, cache_dir=settings.cache_path / "understand")
    startup_s = time.perf_counter() - t0

    texts = [e.text for e in examples]
    langs = [e.lang for e in examples]
    gold: list[str] = [e.label for e in examples]
    results = clf.analyse_many(texts, langs)
    pred: list[str] = [r.label for r in results]
    lex: list[str] = [lexicon.score(t, lang).label for t, lang in zip(texts, langs, strict=True)]

    metrics: dict[str, float | int | str | bool | None] = {"n_eval": len(examples), "n_train": len(train)}
    rows: list[list[Any]] = []
    for lang in (*sorted({*LANGS, *langs}, key=lambda x: (x not in LANGS, x)), "all"):
        idx = [i for i, e in enumerate(examples) if lang == "all" or e.lang == lang]
        if not idx:
            continue
        g = [gold[i] for i in idx]
        # Majority class of the scored set itself: the best any constant answer can do on it (an upper bound on
        # trivial baselines, so the comparison is not flattered).
        majority = Counter(g).most_common(1)[0][0]
        acc, f1 = scores(g, [pred[i] for i in idx])
        acc_l, f1_l = scores(g, [lex[i] for i in idx])
        acc_m, f1_m = scores(g, [majority] * len(idx))
        metrics[f"n_{lang}"] = len(idx)
        metrics[f"macro_f1_{lang}"] = round(f1, 4)
        metrics[f"accuracy_{lang}"] = round(acc, 4)
        metrics[f"lexicon_macro_f1_{lang}"] = round(f1_l, 4)
        metrics[f"lexicon_accuracy_{lang}"] = round(acc_l, 4)
        metrics[f"majority_macro_f1_{lang}"] = round(f1_m, 4)
        metrics[f"majority_accuracy_{lang}"] = round(acc_m, 4)
        rows.append([lang, len(idx), f1, acc, f1_l, acc_l, f1_m, acc_m, majority])

    # Intensity bands: how often the label is right at each strength (does "strong" mean sure?).
    band_rows: list[list[Any]] = []
    for band in ("none", "mild", "moderate", "strong"):
        sel = [i for i, r in enumerate(results) if lexicon.intensity_band(r.intensity) == band]
        ok = sum(pred[i] == gold[i] for i in sel)
        band_rows.append([band, len(sel), ok / len(sel) if sel else float("nan")])
        metrics[f"accuracy_band_{band}"] = round(ok / len(sel), 4) if sel else None

    # Latency: one turn at a time with the real embedder (a trailing space defeats its query cache).
    times = []
    for e in examples[: args.latency_turns]:
        t = time.perf_counter()
        clf.analyse(e.text + " ", e.lang)
        times.append((time.perf_counter() - t) * 1000)
    metrics["latency_p50_ms"] = round(statistics.median(times), 1)
    metrics["classifier_startup_s"] = round(startup_s, 2)
    metrics["classifier_startup_from_cache"] = clf.loaded_from_cache

    cols = ["lang", "n", "macro-F1", "accuracy", "lexicon F1", "lexicon acc", "majority F1", "majority acc",
            "majority class"]
    print_table(f"Sentiment on {csv_path.name}", cols, rows)
    conf = _confusion(gold, pred)
    conf_lex = _confusion(gold, lex)
    conf_cols = ["gold \\ predicted", *LABELS]
    print_table("Confusion (classifier)", conf_cols, conf)
    print_table("Accuracy per intensity band (classifier)", ["band", "turns", "accuracy"], band_rows)

    default = args.dataset is None
    name = args.report_name or ("sentiment" if default else f"sentiment_{csv_path.stem}")
    dataset: dict[str, Any] = {
        "file": str(csv_path if not default else csv_path.relative_to(Path(__file__).resolve().parent.parent)),
        "split": "test" if default else "all rows",
        "rows": len(examples),
        "languages": dict(Counter(langs)),
        "labels": dict(Counter(gold)),
        "development": False if default else None,
        "note": ("held-out split, written in a different style (e-mails, long stories, terse chat) before the "
                 "classifier existed and never edited; see agent/understand/data/README.md" if default
                 else "a user-supplied CSV"),
    }
    body = [
        "## Per language", "", markdown_table(cols, rows),
        "Classifier: logistic regression over multilingual USE embeddings, character n-grams and the lexicon's "
        f"signals, trained on {len(train):,} lines (split=train of agent/understand/data/sentiment.csv). Lexicon: "
        "the hand-weighted en/ru/zh cue lists of agent/understand/sentiment.py alone (label at +-0.25). Majority: "
        "the most frequent label of the scored set, per language. Macro-F1 averages over the labels present in "
        "the gold set.", "",
        "## Confusion, classifier (rows gold, columns predicted)", "", markdown_table(conf_cols, conf),
        "## Confusion, lexicon baseline", "", markdown_table(conf_cols, conf_lex),
        "## Accuracy per intensity band (classifier)", "",
        markdown_table(["band", "turns", "label accuracy"], band_rows),
        "Bands: none = neutral, mild < 0.45, moderate < 0.7, strong >= 0.7 (intensity = |score|).", "",
        f"Rerun: `python -m evals sentiment{'' if default else ' --dataset ' + str(csv_path)}`.",
    ]
    write_report(name, metrics, dataset=dataset, body_md="\n".join(body), reports_dir=args.reports_dir,
                 title=f"Sentiment: negative / neutral / positive on {csv_path.name}",
                 dataset_sha256=sha256_files([csv_path]))
    return 0
