"""Learned re-ranking on real shopper queries: ``python -m evals search_homedepot [--dataset DIR]``.

The Home Depot set (WANDS format, titles only, real queries with shallow human labels; README in the dataset
folder) is imported into a scratch store under ``--cache-dir`` and indexed once (both reused by later runs). Its
queries are split by a hash of their id (``knowledge.rank.train.split_of``, 20% validation). The re-ranker is
trained on the train part only, with fixed parameters (nothing is tuned on validation), and then the validation
queries run through the real search five ways in the same run: BM25 alone, dense alone, today's hybrid (index-side
fusion), hybrid with the learned re-ranker, and the same re-ranker without the products' relevance prior (an
ablation: the prior is learned from the train queries' labels, ``knowledge.rank.priors``). Reported: nDCG@10
(Exact 1, Partial 0.5; unjudged products count as irrelevant), judged@10 (share of the top 10 that raters saw),
MRR, end-to-end latency and the re-ranking step's own latency (features and model over ~200 candidates).

The set is a development set: 80% of the public queries (the rest is held back by the project). Its licence allows
internal evaluation and training of ranking parameters only, so nothing of it enters the repository; without the
folder this eval says so and exits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from evals.report import markdown_table, print_table, write_report
from evals.search import VAR, ensure_index, percentile, prepare_wands

DEFAULT_DATASET = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "search_homedepot"
# "learned_no_prior": the same model without the products' relevance prior (an ablation, same run).
METHODS = ("bm25", "dense", "hybrid", "learned", "learned_no_prior")


def _file_hash(*paths: Path) -> str:
    h = hashlib.blake2b(digest_size=8)
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()


def judged_at(ranked: list[int], gains: dict[int, float], k: int = 10) -> float:
    top = ranked[:k]
    return sum(pid in gains for pid in top) / len(top) if top else 0.0


def mrr(ranked: list[int], gains: dict[int, float]) -> float:
    return next((1.0 / (i + 1) for i, pid in enumerate(ranked) if gains.get(pid, 0.0) > 0), 0.0)


def train_rows(base: Any, train: list[Any], root: Path, dataset: Path, share: float) -> Any:
    """Feature rows of the train queries, computed once per index build, feature set and split (kept in ``root``)."""
    from sqlalchemy import func, select

    from knowledge.db import session_scope
    from knowledge.rank.features import FEATURE_VERSION, FEATURES
    from knowledge.rank.train import Rows, collect
    from knowledge.schema import Product
    from knowledge.search import SearchRequest

    meta = json.loads((root / "index" / "meta.json").read_text())
    with session_scope(base.settings.db_url) as s:
        changed = str(s.scalar(select(func.max(Product.updated_at))))  # an incremental build bumps built_at only
    key = hashlib.blake2b(json.dumps([FEATURE_VERSION, list(FEATURES), meta.get("embedder"), meta.get("avg_len"),
                                      meta.get("products"), changed,
                                      _file_hash(dataset / "query.csv", dataset / "label.csv"), share,
                                      [q.id for q in train], base.settings.search.rerank_candidates]).encode(),
                          digest_size=8).hexdigest()
    path = root / f"rank-rows-{key}.npz"
    if path.exists():
        print(f"train rows from {path}", file=sys.stderr)
        return Rows.load(path)
    t0 = time.perf_counter()

    def featurize(text: str) -> tuple[list[int], Any]:
        ids, x = base.features(SearchRequest(text, limit=10, mode="hybrid"))
        return ids, x

    def progress(n: int) -> None:
        if n % 500 == 0:
            print(f"  features: {n:,}/{len(train):,} train queries ({time.perf_counter() - t0:.0f} s)",
                  file=sys.stderr)

    rows = collect(featurize, train, progress)
    rows.save(path)
    return rows


def _routed_turns(settings: Any, shared: dict[str, Any], valid: list[Any], n: int) -> tuple[dict[str, Any], str]:
    """Validation queries asked as shopper turns (``Assistant.reply``, no LLM) on the whole imported catalog.

    The issue's latency target is a routed search turn at 50,000 products with re-ranking: this store holds 54,667
    and search uses the model just trained. Turns routed elsewhere (a query read as a question about delivery, say)
    are timed too and reported apart.
    """
    from evals.routed_turns import time_turns
    from knowledge.services import Services
    from shopkeeper.settings import LLMSettings

    turn_settings = settings.model_copy(update={"llm": LLMSettings(backend="none")})
    svc = Services(turn_settings)
    svc.__dict__.update(shared)  # the run's loaded model and open shard
    plan = [("en", q.text) for q in valid[:n]]
    print(f"routed turns: {len(plan):,} validation queries through Assistant.reply …", file=sys.stderr)
    timed = time_turns(turn_settings, plan, len(plan), services=svc)
    search = timed.by_intent.get("search", [])
    metrics: dict[str, Any] = {
        "routed_turns": len(timed.seconds),
        "routed_turn_p50_ms": round(percentile([s * 1000 for s in timed.seconds], 50), 1),
        "routed_turn_p95_ms": round(percentile([s * 1000 for s in timed.seconds], 95), 1),
        "routed_search_turns": len(search),
        "routed_search_turn_p50_ms": round(percentile([s * 1000 for s in search], 50), 1) if search else None,
        "routed_search_turn_p95_ms": round(percentile([s * 1000 for s in search], 95), 1) if search else None,
        "routed_turn_error_events": timed.error_events,
        "routed_warm_up_s": round(timed.warm_up_s, 1),
    }
    p95 = metrics["routed_search_turn_p95_ms"]
    metrics["target_routed_search_p95_le_150ms"] = p95 is not None and p95 <= 150
    rows = [[intent, len(v), percentile([s * 1000 for s in v], 50), percentile([s * 1000 for s in v], 95)]
            for intent, v in sorted(timed.by_intent.items(), key=lambda kv: -len(kv[1]))]
    md = "\n".join([
        "## Whole shopper turns at 54,667 products, with the learned re-ranker", "",
        f"The first {len(plan):,} validation queries, each asked as a new session's turn through `Assistant.reply` "
        "(LLM backend \"none\": routing, query understanding, the search tool with the re-ranker trained above, "
        "the template reply and its claim-by-claim verification), after one warm-up turn "
        f"({timed.warm_up_s:.1f} s: the classifiers, the name index of the catalog). Search turns: p50 "
        f"{metrics['routed_search_turn_p50_ms']} ms, **p95 {p95} ms** (target ≤ 150 ms); all turns p95 "
        f"{metrics['routed_turn_p95_ms']} ms; {timed.error_events} error events.", "",
        markdown_table(["routed to", "turns", "p50 ms", "p95 ms"], rows),
    ])
    return metrics, md


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals search_homedepot", description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="the Home Depot WANDS directory")
    ap.add_argument("--cache-dir", type=Path, default=VAR, help="where the imported store, index and rows are kept")
    ap.add_argument("--validation-share", type=float, default=0.2)
    ap.add_argument("--max-train", type=int, default=0, help="use at most this many train queries (0: all)")
    ap.add_argument("--max-validation", type=int, default=0, help="use at most this many validation queries")
    ap.add_argument("--model-out", type=Path, help="also write the trained model here")
    ap.add_argument("--name", default="search_homedepot", help="report name under evals/reports")
    ap.add_argument("--routed-turns", type=int, default=300,
                    help="validation queries also asked as whole shopper turns with the learned re-ranker (0: none)")
    args = ap.parse_args(argv)
    if not (args.dataset / "product.csv").is_file():
        print(f"skipped: the Home Depot set is not at {args.dataset} (it is never shipped with the project; "
              "pass --dataset DIR)", file=sys.stderr)
        return 0

    from knowledge.embeddings import make_embedder
    from knowledge.rank.features import FEATURES
    from knowledge.rank.train import FitParams, fit, read_labelled, split_of
    from knowledge.search import SearchEngine, SearchRequest
    from knowledge.services import Services
    from shopkeeper.settings import EmbeddingSettings, SearchSettings, Settings

    load_start = round(os.getloadavg()[0], 1)
    embedder = make_embedder(EmbeddingSettings())
    root, url, ext_ids = prepare_wands(args.dataset, args.cache_dir)

    def settings(**search: Any) -> Settings:
        return Settings(data_dir=root, db={"url": url}, search=SearchSettings(**search))

    index_s = ensure_index(settings(), embedder)
    queries = read_labelled(args.dataset, ext_ids)
    train = [q for q in queries if split_of(q.id, args.validation_share) == "train"]
    valid = [q for q in queries if split_of(q.id, args.validation_share) == "validation"]
    if args.max_train:
        train = train[: args.max_train]
    if args.max_validation:
        valid = valid[: args.max_validation]
    print(f"{len(queries):,} labelled queries: {len(train):,} train, {len(valid):,} validation", file=sys.stderr)

    shared: dict[str, Any] = {"embedder": embedder}

    def engine(**search: Any) -> SearchEngine:
        svc = Services(settings(**search))
        svc.__dict__.update(shared)  # one loaded model, one open shard for every engine of this run
        e = SearchEngine(svc.settings, svc)
        shared.setdefault("index", svc.index)
        return e

    # -- train rows (cached: they depend only on the index, the features and the train queries)
    base = engine(ranker="off")
    t0 = time.perf_counter()
    rows = train_rows(base, train, root, args.dataset, args.validation_share)
    collect_s = time.perf_counter() - t0
    in_pool = [sum(g > 0 for g in q.gains.values()) for q in train]
    pool_hits = np.bincount(rows.group[rows.y > 0], minlength=len(rows.queries))
    candidate_recall = float(np.sum(pool_hits) / max(1, sum(in_pool)))

    t0 = time.perf_counter()
    model = fit(rows, meta={"trained_on": "Home Depot train split (WANDS format)", "train_queries": len(train),
                            "validation_share": args.validation_share}, db_url=url)
    fit_s = time.perf_counter() - t0
    model_path = model.save(root / "ranker.json")
    plain = fit(rows, FitParams(prior=False), meta={"trained_on": "Home Depot train split, no prior"})
    plain_path = plain.save(root / "ranker-no-prior.json")
    if args.model_out:
        model.save(args.model_out)
    print(f"model: {len(model.trees)} trees, {model_path.stat().st_size / 1024:.0f} KiB, fit {fit_s:.0f} s",
          file=sys.stderr)

    # -- validation: the real search, four ways, same queries, same run
    engines = {"bm25": base, "dense": base, "hybrid": base, "learned": engine(ranker=str(model_path)),
               "learned_no_prior": engine(ranker=str(plain_path))}
    mode = {"bm25": "bm25", "dense": "dense", "hybrid": "hybrid", "learned": "hybrid", "learned_no_prior": "hybrid"}
    results: dict[str, list[tuple[list[int], float]]] = {m: [] for m in METHODS}
    rerank_ms: list[float] = []
    base.search(SearchRequest("warm up"))
    engines["learned"].search(SearchRequest("warm up"))
    engines["learned_no_prior"].search(SearchRequest("warm up"))
    for method in METHODS:
        e = engines[method]
        for q in valid:
            t = time.perf_counter()
            out = e.search(SearchRequest(q.text, limit=10, mode=mode[method]))  # type: ignore[arg-type]
            results[method].append(([h.product_id for h in out.hits], (time.perf_counter() - t) * 1000))
            if method == "learned" and (ms := e.last_rerank_ms()) is not None:
                rerank_ms.append(ms)
        print(f"  {method}: {len(valid):,} validation queries done", file=sys.stderr)

    from knowledge.rank.train import ndcg

    metrics: dict[str, Any] = {}
    rows_md = []
    for method in METHODS:
        res = results[method]
        nd = statistics.fmean(ndcg(r, q.gains) for q, (r, _) in zip(valid, res, strict=True))
        jd = statistics.fmean(judged_at(r, q.gains) for q, (r, _) in zip(valid, res, strict=True))
        rr = statistics.fmean(mrr(r, q.gains) for q, (r, _) in zip(valid, res, strict=True))
        lat = [ms for _, ms in res]
        metrics[f"ndcg10_{method}"] = round(nd, 4)
        metrics[f"judged10_{method}"] = round(jd, 4)
        metrics[f"mrr_{method}"] = round(rr, 4)
        metrics[f"latency_p50_ms_{method}"] = round(percentile(lat, 50), 1)
        metrics[f"latency_p95_ms_{method}"] = round(percentile(lat, 95), 1)
        rows_md.append([method, nd, jd, rr, percentile(lat, 50), percentile(lat, 95)])
    bm25 = metrics["ndcg10_bm25"]
    metrics["ndcg10_learned_vs_bm25_ratio"] = round(metrics["ndcg10_learned"] / bm25, 3) if bm25 else None
    metrics["ndcg10_hybrid_vs_bm25_ratio"] = round(metrics["ndcg10_hybrid"] / bm25, 3) if bm25 else None
    metrics["ndcg10_learned_no_prior_vs_bm25_ratio"] = \
        round(metrics["ndcg10_learned_no_prior"] / bm25, 3) if bm25 else None
    metrics["target_learned_ge_1_10_bm25"] = bool(bm25 and metrics["ndcg10_learned"] >= 1.10 * bm25)
    metrics["rerank_step_p50_ms"] = round(percentile(rerank_ms, 50), 2)
    metrics["rerank_step_p95_ms"] = round(percentile(rerank_ms, 95), 2)
    metrics["candidate_recall_train"] = round(candidate_recall, 4)
    metrics["queries_train"] = len(train)
    metrics["queries_validation"] = len(valid)
    metrics["train_rows"] = int(len(rows.y))
    metrics["train_features_s"] = round(collect_s, 1)
    metrics["fit_s"] = round(fit_s, 1)
    metrics["model_kib"] = round(model_path.stat().st_size / 1024, 1)

    routed_md = ""
    if args.routed_turns and valid:
        routed_metrics, routed_md = _routed_turns(settings(ranker=str(model_path)), shared, valid, args.routed_turns)
        metrics.update(routed_metrics)

    # Per query: where does each method win? (how often the learned order beats BM25, ties, loses)
    per_q = [(ndcg(rl, q.gains), ndcg(rb, q.gains)) for q, (rl, _), (rb, _) in
             zip(valid, results["learned"], results["bm25"], strict=True)]
    metrics["queries_learned_better"] = sum(a > b + 1e-9 for a, b in per_q)
    metrics["queries_learned_worse"] = sum(a < b - 1e-9 for a, b in per_q)

    cols = ["method", "nDCG@10", "judged@10", "MRR", "p50 ms", "p95 ms"]
    print_table("Home Depot validation queries", cols, rows_md)
    # By query length (no query text in the report: the set's licence keeps its content out of the repository).
    by_len: dict[str, list[list[float]]] = {}
    for i, q in enumerate(valid):
        n = len(q.text.split())
        key = str(n) if n < 4 else "4+"
        by_len.setdefault(key, []).append([ndcg(results[m][i][0], q.gains) for m in METHODS])
    len_rows = [[f"{key} words", len(v), *np.mean(np.asarray(v), axis=0).tolist()] for key, v in sorted(by_len.items())]
    body = "\n".join([
        "## Validation queries, every method in the same run", "", markdown_table(cols, rows_md),
        f"Learned / BM25 nDCG@10: **{metrics['ndcg10_learned_vs_bm25_ratio']}** (target ≥ 1.10); "
        f"today's hybrid / BM25: {metrics['ndcg10_hybrid_vs_bm25_ratio']}. "
        f"The learned order is better than BM25's on {metrics['queries_learned_better']} validation queries and "
        f"worse on {metrics['queries_learned_worse']}.", "",
        f"Re-ranking step (features and model over the candidates of both legs): p50 {metrics['rerank_step_p50_ms']} "
        f"ms, p95 {metrics['rerank_step_p95_ms']} ms per query; end-to-end latencies above include query "
        "understanding, embedding, the index queries and the DB read of 10 hits.", "",
        routed_md,
        "## nDCG@10 by query length", "", markdown_table(["query", "queries", *METHODS], len_rows),
        "## How it is measured", "",
        f"Split: blake2b of the query id, {args.validation_share:.0%} validation (`knowledge.rank.train.split_of`); "
        "the model is fitted on the train part with fixed parameters (`FitParams`), nothing is chosen on "
        "validation. Candidates: the top "
        f"{base.settings.search.rerank_candidates} of the BM25 leg and of the dense leg, each scored by both legs; "
        f"{len(FEATURES)} query-time features (`knowledge/rank/features.py`) and, for `learned`, each candidate's "
        "relevance prior from the train queries (`knowledge/rank/priors.py`: how often the product was judged "
        "relevant when it was a candidate, smoothed; out of fold for the rows fitted on, so a query's own labels "
        "never feed its rows; validation queries are never counted) — the popularity signal a store with judged or "
        "clicked queries has; `learned_no_prior` is the same fit without it; a gradient-boosted regression on gains "
        "(scikit-learn HistGradientBoostingRegressor, exported to JSON and scored in NumPy). "
        f"Candidate recall on train queries (relevant judged products found among the candidates): "
        f"{candidate_recall:.2f}: no re-ranking can find the rest. nDCG@10 uses Exact 1, Partial 0.5, Irrelevant 0, "
        "the ideal order over every judged product; unjudged products count as irrelevant (pools are shallow, "
        "about 6 judged products per query), so absolute values are low for every method: compare in the same run, "
        "with judged@10 beside it. Every method runs the full search path with 10 hits read from the DB, on a "
        "2-core machine shared with other work.",
    ])
    dataset = {"name": "Home Depot product search relevance (WANDS format)", "path": str(args.dataset),
               "development_set": True, "note": "80% of the public queries; the rest is held back by the project",
               "products": len(ext_ids), "queries_labelled": len(queries), "split": "blake2b(query id), "
               f"{args.validation_share:.0%} validation", "index_s": round(index_s, 1),
               "load_avg_1min_at_start": load_start}
    md, js = write_report(args.name, metrics, dataset=dataset, body_md=body,
                          title="Product search on real queries (Home Depot): learned re-ranking")
    print(f"report: {md}  {js}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
