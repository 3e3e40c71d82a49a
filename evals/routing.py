"""Routing eval: intent accuracy and macro-F1 per language on held-out turns, confusions, latency of understand().

``python -m evals routing`` scores the held-out split of ``agent/understand/data/intents.csv``;
``python -m evals routing --dataset my.csv`` scores any ``text,intent[,lang]`` CSV (language detected when the
column is missing). The full path (classifier + rules, no LLM) is compared with baselines measured in the same
run on the same embeddings: the classifier alone, nearest-centroid and kNN.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from agent.understand.classifier import IntentClassifier, Kind
from agent.understand.dataset import DEFAULT_DATASET, Example, load_examples
from agent.understand.language import detect_language
from agent.understand.models import Intent
from agent.understand.understander import Understander
from evals.report import REPORTS_DIR, markdown_table, print_table, write_report
from knowledge.embeddings import Embedder, make_embedder
from shopkeeper.settings import get_settings

LANGS = ("en", "ru", "zh")


class _Precomputed:
    """An embedder that serves vectors computed once in batches (so scoring 600 turns takes seconds)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._vectors: dict[str, npt.NDArray[np.float32]] = {}

    def add(self, texts: list[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.inner.embed(todo), strict=True))

    def embed(self, texts: list[str]) -> npt.NDArray[np.float32]:
        self.add(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._vectors[t] for t in texts]).astype(np.float32)


def _scores(gold: list[Intent], pred: list[Intent]) -> tuple[float, float]:
    from sklearn.metrics import accuracy_score, f1_score

    if not gold:
        return 0.0, 0.0
    labels = sorted({g.value for g in gold})
    g = [x.value for x in gold]
    p = [x.value for x in pred]
    return float(accuracy_score(g, p)), float(f1_score(g, p, labels=labels, average="macro", zero_division=0))


def _confusion_png(gold: list[Intent], pred: list[Intent], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [i.value for i in Intent]
    m = np.zeros((len(names), len(names)), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        m[names.index(g.value), names.index(p.value)] += 1
    fig, ax = plt.subplots(figsize=(9, 8))
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(names)), names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(len(names)):
        for j in range(len(names)):
            if m[i, j]:
                ax.text(j, i, str(m[i, j]), ha="center", va="center", fontsize=7,
                        color="white" if m[i, j] > m.max() / 2 else "black")
    ax.set_title("Intent confusion (all held-out sets, en+ru+zh, no LLM)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _set_metrics(prefix: str, examples: list[Example], gold: list[Intent], pred: list[Intent],
                 clf_only: list[Intent], metrics: dict[str, float | int | str | bool | None]) -> list[list[Any]]:
    """Accuracy and macro-F1 per language (and the ru/zh gaps to en) of one scored set into ``metrics``."""
    rows: list[list[Any]] = []
    for lang in (*LANGS, "all"):
        idx = [i for i, e in enumerate(examples) if lang == "all" or e.lang == lang]
        if not idx:
            continue
        acc, f1 = _scores([gold[i] for i in idx], [pred[i] for i in idx])
        acc_c, f1_c = _scores([gold[i] for i in idx], [clf_only[i] for i in idx])
        metrics[f"{prefix}accuracy_{lang}"] = round(acc, 4)
        metrics[f"{prefix}macro_f1_{lang}"] = round(f1, 4)
        metrics[f"{prefix}accuracy_{lang}_classifier_only"] = round(acc_c, 4)
        rows.append([lang, len(idx), acc, f1, acc_c, f1_c])
    for lang in ("ru", "zh"):
        for m in ("accuracy", "macro_f1"):
            if f"{prefix}{m}_{lang}" in metrics and f"{prefix}{m}_en" in metrics:
                metrics[f"{prefix}{m}_gap_{lang}_vs_en_points"] = round(
                    100 * (float(metrics[f"{prefix}{m}_en"] or 0) - float(metrics[f"{prefix}{m}_{lang}"] or 0)), 2)
    return rows


def _target_met(prefix: str, metrics: dict[str, float | int | str | bool | None]) -> bool:
    """>= 0.90 accuracy and macro-F1 in each language, ru and zh within 5 points of en (the issue's bar)."""
    return all(float(metrics.get(f"{prefix}{m}_{lang}") or 0) >= 0.90
               for m in ("accuracy", "macro_f1") for lang in LANGS) and all(
        float(metrics.get(f"{prefix}{m}_gap_{lang}_vs_en_points") or 0) <= 5.0
        for m in ("accuracy", "macro_f1") for lang in ("ru", "zh"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals routing", description=__doc__)
    ap.add_argument("--dataset", type=Path, help="CSV with text,intent[,lang][,role] (default: the held-out splits)")
    ap.add_argument("--latency-turns", type=int, default=60, help="turns timed one by one (no batching)")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument("--report-name", help="report file name (default: routing, or routing_<csv name> with --dataset "
                    "so a custom set never overwrites the committed report)")
    args = ap.parse_args(argv)

    settings = get_settings()
    # Scored sets, name -> (metric prefix, examples). The default: the three held-out splits of the dataset.
    if args.dataset:
        sets = {str(args.dataset): ("", load_examples(args.dataset))}
    else:
        # Sets whose errors were read while rules or training lines were written are development sets, and
        # are named so; only blind B was scored once, after that work.
        sets = {"development (split=test)": ("dev_test_", load_examples(DEFAULT_DATASET, split="test")),
                "development (split=blind_a)": ("dev_blind_a_", load_examples(DEFAULT_DATASET, split="blind_a")),
                "held-out (split=blind_b)": ("heldout_blind_b_", load_examples(DEFAULT_DATASET, split="blind_b"))}
        sets = {k: v for k, v in sets.items() if v[1]}
    sets = {k: (prefix, [Example(e.text, e.intent, e.lang or detect_language(e.text), e.split, e.role) for e in exs])
            for k, (prefix, exs) in sets.items()}
    examples = [e for _, exs in sets.values() for e in exs]
    train = load_examples(DEFAULT_DATASET, split="train")

    raw = make_embedder(settings.embedding)
    cache_dir = settings.cache_path / "understand"  # the cache the assistant itself uses
    t0 = time.perf_counter()
    understander = Understander(raw, None, settings, cache_dir=cache_dir)
    startup_s = time.perf_counter() - t0
    from_cache = understander.classifier.loaded_from_cache

    # Accuracy pass: vectors batched once, then every turn goes through understand() (rules, follow-ups...).
    pre = _Precomputed(raw)
    pre.add([e.text for e in examples])
    understander.classifier.embedder = pre
    gold = [e.intent for e in examples]
    results = [understander.understand(e.text, use_llm=False, role=e.role) for e in examples]
    pred = [r.intent for r in results]
    clf_only = [understander.classifier.intents[int(np.argmax(p))]
                for p in understander.classifier.predict([e.text for e in examples])]
    understander.classifier.embedder = raw

    metrics: dict[str, float | int | str | bool | None] = {}
    set_rows: dict[str, list[list[Any]]] = {}
    offset = 0
    for set_name, (prefix, exs) in sets.items():
        sl = slice(offset, offset + len(exs))
        set_rows[set_name] = _set_metrics(prefix, exs, gold[sl], pred[sl], clf_only[sl], metrics)
        metrics[f"{prefix}n_eval"] = len(exs)
        offset += len(exs)

    # Calibration: accuracy by confidence band (the circuit breaker's threshold must mean something).
    bands = [(0.0, 0.4), (0.4, settings.agent.intent_confidence), (settings.agent.intent_confidence, 0.8), (0.8, 1.01)]
    cal_rows = []
    for lo, hi in bands:
        sel = [i for i, r in enumerate(results) if lo <= r.confidence < hi]
        ok = sum(pred[i] == gold[i] for i in sel)
        cal_rows.append([f"{lo:.2f}-{min(hi, 1.0):.2f}", len(sel), ok / len(sel) if sel else float("nan")])
    above = [i for i, r in enumerate(results) if r.confidence >= settings.agent.intent_confidence]
    metrics["share_above_threshold"] = round(len(above) / len(results), 4)
    metrics["accuracy_above_threshold"] = round(sum(pred[i] == gold[i] for i in above) / max(len(above), 1), 4)

    # Baselines on the same embeddings (trained here, cached beside the main model), over every scored turn.
    base_rows = []
    if not args.no_baselines:
        pre.add([e.text for e in train])
        kinds: tuple[Kind, ...] = ("centroid", "knn")
        for kind in kinds:
            clf = IntentClassifier(pre, cache_dir=cache_dir, kind=kind)
            probs = clf.predict([e.text for e in examples])
            bp = [clf.intents[int(np.argmax(p))] for p in probs]
            accs = []
            for lang in LANGS:
                idx = [i for i, e in enumerate(examples) if e.lang == lang]
                acc, _ = _scores([gold[i] for i in idx], [bp[i] for i in idx])
                accs.append(acc)
                metrics[f"accuracy_{lang}_baseline_{kind}"] = round(acc, 4)
            base_rows.append([kind, *accs])

    # Latency: one turn at a time, the real embedder (no batching, no precomputed vectors).
    sample = [e for lang in LANGS for e in [x for x in examples if x.lang == lang][: args.latency_turns // 3]]
    sample = sample or examples[: args.latency_turns]
    times = []
    for e in sample:
        text = e.text + " "  # a space defeats the embedder's query cache: we time the model, not a dict lookup
        t = time.perf_counter()
        understander.understand(text, use_llm=False)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    metrics["latency_p50_ms"] = round(statistics.median(times), 1)
    metrics["latency_p95_ms"] = round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)
    metrics["classifier_startup_s"] = round(startup_s, 2)
    metrics["classifier_startup_from_cache"] = from_cache
    metrics["temperature"] = round(understander.classifier.temperature, 3)
    metrics["n_train"] = len(train)
    for _, (prefix, _exs) in sets.items():
        metrics[f"{prefix}target_met"] = _target_met(prefix, metrics)

    confusions = Counter((g.value, p.value) for g, p in zip(gold, pred, strict=True) if g != p)
    source_counts = Counter(r.source for r in results)
    name = args.report_name or ("routing" if not args.dataset else f"routing_{args.dataset.stem}")
    png = args.reports_dir / f"{name}_confusion.png"
    args.reports_dir.mkdir(parents=True, exist_ok=True)
    _confusion_png(gold, pred, png)

    cols = ["lang", "n", "accuracy", "macro_f1", "acc (classifier only)", "f1 (classifier only)"]
    for set_name, rows in set_rows.items():
        print_table(f"Routing on {set_name} (understand(), no LLM)", cols, rows)
    conf_rows = [[g, p, n] for (g, p), n in confusions.most_common(15)]
    print_table("Most frequent confusions (gold -> predicted)", ["gold", "predicted", "count"], conf_rows)
    body: list[str] = []
    for set_name, rows in set_rows.items():
        prefix = sets[set_name][0]
        body += [f"## {set_name}", "", markdown_table(cols, rows),
                 f"Targets (>= 0.90 accuracy and macro-F1 per language, ru/zh within 5 points of en): "
                 f"{'met' if metrics[f'{prefix}target_met'] else 'NOT met'}.", ""]
    body += [
        "Full path = calibrated classifier (logistic regression over USE embeddings, character n-grams, word "
        "uni+bigram TF-IDF on lemmas/stems/jieba words and keyword-rule features; each training line also seen once "
        "wrapped in a neutral greeting or thanks) adjusted by keyword rules and, where the set names it, the "
        "session's role; no LLM.", "",
        *([] if args.dataset else [_SETS_NOTE, ""]),
        "## Baselines (same embeddings, same run, all scored turns)", "",
        markdown_table(["model", "acc en", "acc ru", "acc zh"], base_rows) if base_rows else "(skipped)", "",
        "## Confidence bands (is the circuit breaker's threshold meaningful?)", "",
        markdown_table(["confidence", "turns", "accuracy"], cal_rows),
        f"Routed by: {dict(source_counts)}", "",
        "## Most frequent confusions (gold -> predicted, all scored turns)", "",
        markdown_table(["gold", "predicted", "count"], conf_rows),
        f"![confusion matrix]({png.name})", "",
        "Latency: understand() one turn at a time with the real embedder on this machine (shared CPU), no LLM.", "",
        "LLM fallback is not scored here. Spot check (2026-11-23, this shared 2-core machine): the packaged "
        "Qwen2.5-Coder-1.5B took 17-82 s per intent call and labelled 7 of 15 low-confidence held-out turns "
        "correctly, against 10 of 15 for the classifier. With that model the fallback costs latency and accuracy; "
        "it is meant for a capable remote model.", "",
        "Rerun: `python -m evals routing` (or `--dataset my.csv` with columns text,intent[,lang][,role]).",
    ]
    from evals.report import sha256_files

    csv_path = Path(args.dataset) if args.dataset else DEFAULT_DATASET
    write_report(name, metrics, dataset={"name": "agent/understand/data/intents.csv" if not args.dataset
                                         else str(args.dataset),
                                         "sets": {k: len(v[1]) for k, v in sets.items()}, "train_turns": len(train)},
                 body_md="\n".join(body),
                 title=(f"Routing: intents on {csv_path.name}" if args.dataset
                        else "Routing: intents on development and held-out turns"),
                 reports_dir=args.reports_dir, dataset_sha256=sha256_files([csv_path]))
    print({k: v for k, v in metrics.items() if "baseline" not in k and "classifier_only" not in k})
    return 0


_SETS_NOTE = (
    "Which set is which. Only *held-out (split=blind_b)* is a held-out set: its errors were never read while rules "
    "or training lines were written. The two others are development sets because their errors were read during "
    "that work. *development (split=test)* was written with the dataset, in a different style from the "
    "training lines; its errors showed which kinds of training lines and rule words were missing (twice: when the "
    "dataset was built and on 2026-12-01). "
    "The blind_a and blind_b splits were written later by separate authors, one per language and "
    "set, who read only the annotation rules (never the training lines, the code or the other sets). blind_a's "
    "errors were read once while rules and targeted training lines were added (for kinds of turns, never its "
    "lines); blind_b was scored once, after that work was done, and is the least optimistic figure. Blind lines "
    "within a fuzzy ratio of 88 of a training or held-out line were dropped, so common turns such as 'hi' are not "
    "scored twice. No held-out line of any set is in training (a test checks)."
)
