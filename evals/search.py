"""Search quality and speed: ``python -m evals search [--dataset DIR] [--products N] [--scale N]``.

Runs the real search (query understanding, embedding, the on-disk Qdrant edge index, re-ranking, DB fact read) in
three retrieval modes in the same run — BM25 alone, dense alone, hybrid — and reports nDCG@10 (gain Exact 1,
Partial 0.5), recall@50, MRR and latency p50/p95, with per-language and clean-vs-typo breakdowns and the hybrid
fusion methods compared (RRF, DBSF, weighted RRF).

Without ``--dataset`` it builds a demo store (``--products``, default 3,000), indexes it, generates the project's
graded set from it (``evals/searchset.py``) and writes that set in WANDS format under ``var/evals/searchset`` so it
can be reused (``--dataset var/evals/searchset``) or imported. With ``--dataset`` any WANDS directory is imported
into a scratch store (products only) and its queries and labels are used as they are.
``--scale N`` runs the scale benchmark instead (``evals/search_scale.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from evals.report import REPORTS_DIR, markdown_table, print_table, write_report
from evals.searchset import GAIN, Query, build_searchset, read_wands_queries, write_wands

VAR = Path("var/evals")
MODES = ("bm25", "dense", "hybrid")


def ndcg_at(ranked: list[int], labels: dict[int, str], k: int = 10) -> float:
    gains = [GAIN.get(labels.get(pid, "Irrelevant"), 0.0) for pid in ranked[:k]]
    dcg = sum(g / np.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((GAIN[v] for v in labels.values()), reverse=True)[:k]
    idcg = sum(g / np.log2(i + 2) for i, g in enumerate(ideal))
    return float(dcg / idcg) if idcg > 0 else 0.0


def _targets(labels: dict[int, str]) -> set[int]:
    exact = {p for p, v in labels.items() if v == "Exact"}
    return exact or {p for p, v in labels.items() if v == "Partial"}


def recall_at(ranked: list[int], labels: dict[int, str], k: int = 50) -> float:
    t = _targets(labels)
    return len(t & set(ranked[:k])) / len(t) if t else 0.0


def reciprocal_rank(ranked: list[int], labels: dict[int, str]) -> float:
    t = _targets(labels)
    return next((1.0 / (i + 1) for i, pid in enumerate(ranked) if pid in t), 0.0)


def percentile(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q)) if xs else 0.0


def _settings(root: Path, db_url: str, **search: Any) -> Any:
    from shopkeeper.settings import SearchSettings, Settings

    return Settings(data_dir=root, db={"url": db_url}, search=SearchSettings(**search))


def prepare_demo(products: int, seed: int = 7, cache: Path = VAR) -> tuple[Path, str]:
    """A demo store and its index under var/evals (reused when already built for this size and seed)."""
    from knowledge.db import store_exists
    from knowledge.demo import build_demo_store

    root = (cache / f"search-demo-{products}-s{seed}").resolve()
    root.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{root / 'store.db'}"
    if not store_exists(url) or not (root / "built.ok").exists():
        print(f"building a demo store of {products:,} products …", file=sys.stderr)
        build_demo_store(url, seed=seed, products=products, sales_days=30)
        (root / "built.ok").write_text("ok")
    return root, url


def prepare_wands(directory: Path, cache: Path = VAR) -> tuple[Path, str, dict[str, int]]:
    """A scratch store with the products of a WANDS directory, imported once under ``cache`` and reused."""
    from sqlalchemy import select

    from knowledge.db import session_scope, store_exists
    from knowledge.importers.wands import import_wands
    from knowledge.migrate import upgrade
    from knowledge.schema import Product

    root = (cache / f"search-wands-{directory.resolve().name}").resolve()
    root.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{root / 'store.db'}"
    if not store_exists(url) or not (root / "built.ok").exists():
        upgrade(url)
        report = import_wands(url, directory, progress=True)
        print(f"imported {directory}: {report}", file=sys.stderr)
        (root / "built.ok").write_text("ok")
    with session_scope(url) as s:
        ids = {ext: pid for pid, ext in s.execute(select(Product.id, Product.external_id))}
    return root, url, ids


def ensure_index(settings: Any, embedder: Any) -> float:
    from knowledge.indexing import build_index

    t0 = time.perf_counter()
    result = build_index(settings, embedder)
    print(f"index: {result.mode}, {result.indexed} indexed in {result.seconds:.1f} s", file=sys.stderr)
    return time.perf_counter() - t0


def run_queries(engine: Any, queries: list[Query], mode: str, remap: Callable[[int], int] | None = None,
                limit: int = 50) -> list[tuple[Query, list[int], float]]:
    from knowledge.search import SearchRequest

    out = []
    for q in queries:
        t0 = time.perf_counter()
        res = engine.search(SearchRequest(q.text, language=q.language or None, limit=limit, mode=mode))  # type: ignore[arg-type]
        ms = (time.perf_counter() - t0) * 1000
        out.append((q, [h.product_id for h in res.hits], ms))
    return out


def score(results: list[tuple[Query, list[int], float]]) -> dict[str, float]:
    if not results:
        return {"ndcg10": 0.0, "recall50": 0.0, "mrr": 0.0, "p50_ms": 0.0, "p95_ms": 0.0, "n": 0}
    return {
        "ndcg10": statistics.fmean(ndcg_at(r, q.labels) for q, r, _ in results),
        "recall50": statistics.fmean(recall_at(r, q.labels) for q, r, _ in results),
        "mrr": statistics.fmean(reciprocal_rank(r, q.labels) for q, r, _ in results),
        "p50_ms": percentile([ms for *_, ms in results], 50),
        "p95_ms": percentile([ms for *_, ms in results], 95),
        "n": len(results),
    }


def _chart(path: Path, per_lang: dict[str, dict[str, float]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = list(next(iter(per_lang.values())).keys())
    fig, ax = plt.subplots(figsize=(7, 3.6))
    width = 0.8 / len(per_lang)
    for i, (mode, vals) in enumerate(per_lang.items()):
        ax.bar([g + i * width for g in range(len(groups))], [vals[k] for k in groups], width, label=mode)
    ax.set_xticks([g + width * (len(per_lang) - 1) / 2 for g in range(len(groups))], groups)
    ax.set_ylabel("nDCG@10")
    ax.set_ylim(0, 1)
    ax.legend(loc="lower right")
    ax.set_title("Search quality by query group and retrieval mode")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals search", description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", type=Path, help="a WANDS-format directory (product.csv, query.csv, label.csv)")
    ap.add_argument("--products", type=int, default=3000, help="demo store size when no --dataset (default 3000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-category", type=int, default=3, help="query templates per category and language")
    ap.add_argument("--max-queries", type=int, default=0, help="use at most this many queries (0: all)")
    ap.add_argument("--out", type=Path, default=VAR / "searchset", help="where the generated set is written")
    ap.add_argument("--scale", type=int, default=0, help="run the scale benchmark with N products instead")
    ap.add_argument("--name", default="search", help="report name under evals/reports")
    ap.add_argument("--cache-dir", type=Path, default=VAR, help="where scratch stores and indexes are kept")
    ap.add_argument("--ranker", default=None,
                    help="learned re-ranker for hybrid: auto (default settings), off, or a model path")
    args = ap.parse_args(argv)
    if args.scale:
        from evals.search_scale import run as run_scale

        return run_scale(args.scale)

    from knowledge.embeddings import make_embedder
    from knowledge.search import SearchEngine
    from knowledge.services import Services
    from shopkeeper.settings import EmbeddingSettings

    embedder = make_embedder(EmbeddingSettings())
    if args.dataset:
        root, url, ext_ids = prepare_wands(args.dataset, args.cache_dir)
        queries = read_wands_queries(args.dataset)
        for q in queries:  # WANDS product ids -> store ids
            q.labels = {ext_ids[str(pid)]: v for pid, v in q.labels.items() if str(pid) in ext_ids}
        dataset: dict[str, Any] = {"kind": "wands", "path": str(args.dataset), "products": len(ext_ids)}
    else:
        root, url = prepare_demo(args.products, args.seed, args.cache_dir)
        settings = _settings(root, url)
        index_s = ensure_index(settings, embedder)
        queries, products = build_searchset(url, per_category=args.per_category, seed=args.seed + 4)
        write_wands(args.out, queries, products)
        dataset = {"kind": "demo", "products": len(products), "seed": args.seed, "set": str(args.out),
                   "index_s": round(index_s, 1)}  # a full build, or only the incremental check when reused
    settings = _settings(root, url)
    ensure_index(settings, embedder)
    if args.max_queries:
        queries = queries[: args.max_queries]
    dataset["queries"] = len(queries)
    dataset["load_avg_1min_at_start"] = round(__import__("os").getloadavg()[0], 1)

    shared: dict[str, Any] = {"embedder": embedder}

    def engine_for(**search: Any) -> Any:
        if args.ranker and "ranker" not in search:
            search["ranker"] = args.ranker
        svc = Services(_settings(root, url, **search))
        # Share the loaded model and the open index (cached_property slots): one process opens a shard once.
        svc.__dict__.update(shared)
        return SearchEngine(svc.settings, svc)

    engine = engine_for()
    shared["index"] = engine.services.index
    engine.search(__import__("knowledge.search", fromlist=["SearchRequest"]).SearchRequest("warm up"))
    results = {mode: run_queries(engine, queries, mode) for mode in MODES}

    # Fusion methods for the hybrid leg, on the same queries (without the learned re-ranker, which replaces fusion).
    default_fusion = engine.settings.search.fusion
    from knowledge.rank.model import model_path

    learned = engine.ranker() is not None
    fusion: dict[str, dict[str, float]] = {}
    for method in ("rrf", "dbsf", "weighted"):
        fusion[method] = score(results["hybrid"] if method == default_fusion and not learned
                               else run_queries(engine_for(fusion=method, ranker="off"), queries, "hybrid"))

    metrics: dict[str, Any] = {}
    for mode in MODES:
        s = score(results[mode])
        metrics[f"ndcg10_{mode}"] = round(s["ndcg10"], 4)
        metrics[f"recall50_{mode}"] = round(s["recall50"], 4)
        metrics[f"mrr_{mode}"] = round(s["mrr"], 4)
        metrics[f"latency_p50_ms_{mode}"] = round(s["p50_ms"], 1)
        metrics[f"latency_p95_ms_{mode}"] = round(s["p95_ms"], 1)
    groups: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for mode in MODES:
        for key, pred in (
            ("en", lambda q: q.language == "en"), ("ru", lambda q: q.language == "ru"),
            ("zh", lambda q: q.language == "zh"), ("clean", lambda q: q.variant == "clean"),
            ("typo", lambda q: q.variant == "typo"),
        ):
            sub = [r for r in results[mode] if pred(r[0])]
            if sub:
                groups[mode][key] = score(sub)
    hybrid = groups["hybrid"]
    for key, s in hybrid.items():
        metrics[f"ndcg10_hybrid_{key}"] = round(s["ndcg10"], 4)
    if "en" in hybrid:
        for lang in ("ru", "zh"):
            if lang in hybrid:
                metrics[f"ndcg10_gap_{lang}_vs_en_points"] = round(100 * (hybrid["en"]["ndcg10"]
                                                                          - hybrid[lang]["ndcg10"]), 1)
    if "clean" in hybrid and "typo" in hybrid:
        metrics["ndcg10_gap_typo_vs_clean_points"] = round(100 * (hybrid["clean"]["ndcg10"]
                                                                  - hybrid["typo"]["ndcg10"]), 1)
    for method, s in fusion.items():
        metrics[f"ndcg10_hybrid_fusion_{method}"] = round(s["ndcg10"], 4)
    metrics["hybrid_ranker"] = str(model_path(engine.settings)) if learned else "off (fusion)"

    rows = [[mode, s["ndcg10"], s["recall50"], s["mrr"], s["p50_ms"], s["p95_ms"]]
            for mode in MODES for s in [score(results[mode])]]
    cols = ["mode", "nDCG@10", "recall@50", "MRR", "p50 ms", "p95 ms"]
    print_table("Search quality by retrieval mode", cols, rows)
    grows = [[mode, *(groups[mode].get(k, {}).get("ndcg10", 0.0) for k in ("en", "ru", "zh", "clean", "typo"))]
             for mode in MODES]
    gcols = ["mode", "en", "ru", "zh", "clean", "typo"]
    print_table("nDCG@10 by query group", gcols, grows)
    frows = [[m + (" (default)" if m == default_fusion else ""), s["ndcg10"], s["recall50"], s["mrr"], s["p95_ms"]]
             for m, s in fusion.items()]
    print_table("Hybrid fusion methods", ["fusion", "nDCG@10", "recall@50", "MRR", "p95 ms"], frows)

    chart = REPORTS_DIR / f"{args.name}.png"
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    _chart(chart, {m: {k: groups[m][k]["ndcg10"] for k in ("en", "ru", "zh", "clean", "typo") if k in groups[m]}
                   for m in MODES})
    examples = []
    for q, ranked, ms in results["hybrid"][:: max(1, len(queries) // 12)][:12]:
        examples.append([q.language, q.variant, q.text, f"{ndcg_at(ranked, q.labels):.2f}", f"{ms:.0f}"])
    body = "\n".join([
        "## By retrieval mode (same queries, same run)", "", markdown_table(cols, rows),
        "## nDCG@10 by query group", "", markdown_table(gcols, grows),
        f"![nDCG@10 by group]({chart.name})", "",
        "## Hybrid fusion methods", "", markdown_table(["fusion", "nDCG@10", "recall@50", "MRR", "p95 ms"], frows),
        "## Sample queries (hybrid)", "", markdown_table(["lang", "variant", "query", "nDCG@10", "ms"], examples),
        "## How it is measured", "",
        "Every mode runs the full search path: query understanding (price, attributes, category, negation), "
        "typo correction, the Qdrant edge index on disk, the same re-ranking on understood attributes and category, "
        "and the DB fact read of the hits; only the retrieval leg differs (`bm25`: sparse BM25 vector alone, "
        "`dense`: the USE multilingual embedding alone, `hybrid`: both fused, or, when a learned ranking model is in "
        "use (`hybrid_ranker`), the top candidates of both legs re-ranked by it, `knowledge/rank`). "
        "Latency is end-to-end per query "
        "with 50 hits read from the DB, on a 2-core machine shared with other work. Labels: Exact = category, every "
        "asked attribute and the price limit match; Partial = category matches; Irrelevant otherwise. "
        "Recall@50 and MRR count Exact products (Partial when a query has no Exact product).",
    ])
    md, js = write_report(args.name, metrics, dataset=dataset, body_md=body, title="Product search")
    print(f"report: {md}  {js}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
