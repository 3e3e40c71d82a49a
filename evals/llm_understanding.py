"""The local LLM as understanding's second opinion: latency with the cached prompt prefix, next to the same call
without it, and whether its answer beats the classifier's on the turns where the classifier is unsure.

``python -m evals llm_understanding`` takes the held-out intent turns (the ``test``, ``blind_a`` and ``blind_b``
splits of ``agent/understand/data/intents.csv`` and the two customer-voice sets of ``evals/data/routing``, or the
``--dataset`` CSVs given instead), keeps those the cheap path (classifier
and rules, no LLM) is unsure of (confidence below ``agent.intent_confidence``: the only turns the model is ever
asked about), and asks the packaged model about each with the prompt of ``agent.understand.llm``:

- *cached*: the fixed prefix (task, definitions, worked examples) was evaluated once at start-up (``warm_up``);
  each call evaluates only the turn's own tokens and decodes the JSON answer;
- *uncached*: the same call after the model's KV cache is cleared, so the whole prompt is evaluated again (what a
  call costs when the prefix is not kept first and fixed, or after another prompt evicted it).

Both paths decode greedily and give the same answer; only the time differs. The two are interleaved turn by turn
(cached first, then cleared and uncached), so drifting load on a shared machine hits both alike.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from agent.understand.dataset import DEFAULT_DATASET, Example, load_examples
from agent.understand.language import detect_language
from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report

SPLITS = ("test", "blind_a", "blind_b")
ROUTING_DATA = Path(__file__).parent / "data" / "routing"
CUSTOMER_VOICE = [ROUTING_DATA / "customer_voice_dev.csv", ROUTING_DATA / "customer_voice_heldout.csv"]


def _pct(values: list[float], q: float) -> float | None:
    """The q-quantile, interpolated linearly between the two nearest calls (None without calls)."""
    return float(np.percentile(values, q * 100)) if values else None


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 1)


def _unsure_turns(sets: dict[str, list[Example]], threshold: float) -> tuple[list[tuple[str, Example, Any]], int]:
    """(set name, example, cheap-path understanding) for every turn below the threshold; and how many were scored."""
    from agent.understand.understander import Understander
    from knowledge.embeddings import make_embedder
    from shopkeeper.settings import get_settings

    settings = get_settings()
    understander = Understander(make_embedder(settings.embedding), None, settings,
                                cache_dir=settings.cache_path / "understand")
    out: list[tuple[str, Example, Any]] = []
    total = 0
    for name, examples in sets.items():
        for ex in examples:
            total += 1
            u = understander.understand(ex.text, use_llm=False, role=ex.role)
            if u.confidence < threshold:
                out.append((name, ex, u))
    return out, total


def run(model_path: Path, sets: dict[str, list[Example]], *, threads: int, max_turns: int, uncached: int
        ) -> tuple[dict[str, Any], str]:
    # Imported first: it sets OMP_WAIT_POLICY (default PASSIVE) before libgomp loads.
    from agent.llm.llamacpp import LlamaCppChatModel  # isort: skip

    from agent.understand.llm import ask_intent, build_messages, system_prompt, warm_up
    from shopkeeper.settings import get_settings

    threshold = get_settings().agent.intent_confidence
    tail, scored = _unsure_turns(sets, threshold)
    unsure = len(tail)
    # A seeded shuffle before the cut, so a cut sample draws on every set, not on the first split only.
    random.Random(0).shuffle(tail)
    tail = tail[:max_turns]
    # The RAM state cache is off here: "uncached" must mean the prefix is evaluated again. llama.cpp's own reuse of
    # the previous call's KV cache is what the cached path relies on (the assistant also has the RAM cache, which
    # brings the prefix back after a different prompt ran in between).
    model = LlamaCppChatModel(model_path, n_threads=threads, n_ctx=4096, cache_bytes=0)
    t0 = time.perf_counter()
    llama = model.load()
    load_s = time.perf_counter() - t0
    prefix_tokens = len(llama.tokenize(system_prompt().encode("utf-8"), add_bos=True, special=True))
    llama.reset()
    t0 = time.perf_counter()
    warmed = warm_up(model)
    warm_s = time.perf_counter() - t0

    rows: list[list[Any]] = []
    cached_s: list[float] = []
    uncached_s: list[float] = []
    correct = Counter[str]()
    per_lang: dict[str, Counter[str]] = {}
    answered = 0
    same_answer = 0
    for k, (name, ex, u) in enumerate(tail):
        candidates = [(u.intent, u.confidence), *u.alternatives]
        user_tokens = len(llama.tokenize(build_messages(ex.text, candidates)[1].content.encode("utf-8"),
                                         add_bos=False, special=False))
        t0 = time.perf_counter()
        picked = ask_intent(model, ex.text, candidates)
        cached_s.append(time.perf_counter() - t0)
        cold_ms: float | None = None
        if k < uncached:
            llama.reset()  # the KV cache is emptied: the next call evaluates the whole prompt
            t0 = time.perf_counter()
            cold = ask_intent(model, ex.text, candidates)
            cold_s = time.perf_counter() - t0
            uncached_s.append(cold_s)
            cold_ms = round(cold_s * 1000)
            same_answer += cold == picked
        lang = ex.lang or detect_language(ex.text)
        answered += picked is not None
        got = picked if picked is not None else u.intent  # a failed call keeps the classifier's answer
        c = per_lang.setdefault(lang, Counter())
        for key, ok in (("classifier", u.intent == ex.intent), ("llm", got == ex.intent)):
            correct[key] += ok
            c[key] += ok
        c["n"] += 1
        rows.append([name, lang, ex.text[:70].replace("|", "/").replace("\n", " "), ex.intent.value,
                     u.intent.value, round(u.confidence, 2), picked.value if picked else "—", user_tokens,
                     round(cached_s[-1] * 1000), cold_ms if cold_ms is not None else "—"])
    model.close()

    n = max(len(tail), 1)
    metrics: dict[str, Any] = {
        "threshold": threshold,
        "turns_scored": scored,
        "unsure_turns": unsure,
        "unsure_share": round(unsure / max(scored, 1), 4),
        "turns_asked": len(tail),
        "prefix_tokens": prefix_tokens,
        "cached_p50_ms": _ms(statistics.median(cached_s) if cached_s else None),
        "cached_p95_ms": _ms(_pct(cached_s, 0.95)),
        "uncached_p50_ms": _ms(statistics.median(uncached_s) if uncached_s else None),
        "uncached_p95_ms": _ms(_pct(uncached_s, 0.95)),
        "uncached_calls": len(uncached_s),
        "cached_vs_uncached_p50_ratio": (round(statistics.median(cached_s[:len(uncached_s)])
                                               / statistics.median(uncached_s), 3) if uncached_s else None),
        "uncached_same_answer": same_answer,
        "warm_up_s": round(warm_s, 2),
        "warm_up_ok": warmed,
        "model_load_s": round(load_s, 2),
        "llm_answered_share": round(answered / n, 4),
        "accuracy_classifier_on_unsure": round(correct["classifier"] / n, 4),
        "accuracy_llm_on_unsure": round(correct["llm"] / n, 4),
        "threads": threads,
    }
    for lang, c in sorted(per_lang.items()):
        metrics[f"accuracy_classifier_on_unsure_{lang}"] = round(c["classifier"] / c["n"], 4)
        metrics[f"accuracy_llm_on_unsure_{lang}"] = round(c["llm"] / c["n"], 4)
        metrics[f"unsure_turns_{lang}"] = c["n"]
    columns = ["set", "lang", "text", "gold", "classifier", "conf", "llm", "turn tokens", "cached ms", "uncached ms"]
    print_table("LLM understanding on the classifier's unsure turns", columns, rows)
    lang_rows = [[lang, c["n"], round(c["classifier"] / c["n"], 3), round(c["llm"] / c["n"], 3)]
                 for lang, c in sorted(per_lang.items())]
    body = (
        f"## The call ({model_path.name}, {threads} threads, greedy, JSON grammar of `IntentChoice`)\n\n"
        f"The fixed prefix (task, definitions, {prefix_tokens} tokens with one worked training line per intent and "
        f"language) is evaluated once by `warm_up` ({warm_s:.1f} s here); a cached call then evaluates only the "
        "turn's tokens (column *turn tokens*) and decodes about ten. The uncached call is the same prompt after the "
        f"KV cache was cleared (first {len(uncached_s)} turns; {same_answer} of them gave the same answer as the "
        f"cached call). Load average at the end: {os.getloadavg()[0]:.2f}; OMP_WAIT_POLICY="
        f"{os.environ.get('OMP_WAIT_POLICY')}.\n\n"
        "| path | p50 ms | p95 ms | calls |\n|---|---|---|---|\n"
        f"| cached prefix | {metrics['cached_p50_ms']} | {metrics['cached_p95_ms']} | {len(cached_s)} |\n"
        f"| without it | {metrics['uncached_p50_ms']} | {metrics['uncached_p95_ms']} | {len(uncached_s)} |\n\n"
        f"## Accuracy where it is asked (confidence < {threshold}: {unsure} of {scored} held-out turns; the first "
        f"{len(tail)} of them, drawn at random with a fixed seed, asked)\n\n"
        "*classifier*: the cheap path's intent (what the assistant does without the model); *llm*: the model's "
        "answer (a failed call keeps the classifier's).\n\n"
        + markdown_table(["lang", "turns", "classifier", "llm"], lang_rows)
        + "\n\n## Turns\n\n" + markdown_table(columns, rows)
    )
    return metrics, body


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals llm_understanding", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=None, help="GGUF path (default: the packaged Qwen)")
    ap.add_argument("--dataset", type=Path, action="append", default=[],
                    help="a text,intent[,lang][,role] CSV whose unsure turns are added, instead of the customer-voice "
                    "sets (repeatable)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-turns", type=int, default=120, help="at most this many unsure turns are asked")
    ap.add_argument("--uncached", type=int, default=12, help="how many of them are also asked without the prefix")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument("--report-name", default="llm_understanding")
    args = ap.parse_args(argv)

    from agent.llm.packaged import prepare_packaged_model
    from shopkeeper.settings import get_settings

    sets: dict[str, list[Example]] = {s: load_examples(DEFAULT_DATASET, split=s) for s in SPLITS}
    extra = args.dataset or CUSTOMER_VOICE
    for path in extra:
        sets[path.stem] = load_examples(path)
    model_path = args.model or prepare_packaged_model(get_settings())
    metrics, body = run(model_path, sets, threads=args.threads, max_turns=args.max_turns, uncached=args.uncached)
    files = [DEFAULT_DATASET, *extra]
    dataset = {"turns": {k: len(v) for k, v in sets.items()}, "files": [str(p) for p in files],
               "model": model_path.name, "only": "turns below agent.intent_confidence on the cheap path"}
    md, _ = write_report(args.report_name, metrics, dataset=dataset, body_md=body,
                         title="LLM understanding: the cached prompt prefix, and the model on the unsure tail",
                         reports_dir=args.reports_dir, dataset_sha256=sha256_files(files))
    print(f"report: {md}")
    return 0

