"""Live-stream scripts: over generated scripts in en/ru/zh on a demo store, are their facts the catalog's, is every
requested product presented, and do segment texts take the time their budgets plan?

``python -m evals livestream [--scripts 60] [--seed 7] [--products 600] [--llm-hooks]``

Each case: a random set of 1-8 products of a demo store (``knowledge.demo.build_demo_store``), a length of 5-30
minutes, a language, a promotion in half of them; the script comes from the tool a host's session calls
(``tools.livestream.tool.generate``). The checker (``evals/livestream_check.py``) is independent of the agent's
verifier: it looks every figure up in the DB with its own queries. As the baseline measured in the same run, it is
shown scripts with one planted wrong figure each (a price, a stock count, a feature number changed by one step), so
the report says how many wrong facts it would have caught.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from evals.livestream_check import CheckResult, check_script, load_db_products
from evals.report import sha256_json, write_report

TODAY = dt.date(2026, 12, 1)  # the demo store's "today": the same store whatever day the eval runs
LANGS = ("en", "ru", "zh")
TOLERANCE = 0.15


def cases(n: int, seed: int, ids: list[int]) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        minutes = rng.randint(5, 30)
        k = rng.randint(1, min(8, max(1, minutes // 2)))
        promo = (
            {"code": f"LIVE{rng.randint(10, 99)}", "percent_off": rng.choice([5, 10, 15, 20, 25])}
            if rng.random() < 0.5
            else None
        )
        out.append(
            {
                "language": LANGS[i % 3],
                "minutes": minutes,
                "product_ids": rng.sample(ids, k),
                "promotion": promo,
                "seed": rng.randint(0, 10_000),
                "theme": "",
            }
        )
    return out


def _plant(script: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], str] | None:
    """A copy of ``script`` with one figure of a product segment changed by one step (a wrong fact)."""
    spots = [
        (i, j)
        for i, seg in enumerate(script["segments"])
        if seg.get("product_id") is not None
        for j, line in enumerate(seg["lines"])
        if line["kind"] in ("price", "urgency", "feature", "rating")
        and re.search(r"\d", line["text"].replace(seg.get("title") or "", ""))
    ]
    if not spots:
        return None
    i, j = rng.choice(spots)
    copy = {**script, "segments": [dict(seg, lines=[dict(x) for x in seg["lines"]]) for seg in script["segments"]]}
    line = copy["segments"][i]["lines"][j]
    title = copy["segments"][i].get("title") or ""
    body = line["text"].replace(title, "\x00")
    m = next(re.finditer(r"\d+", body))  # the first figure of the line: the whole part of a price
    body = body[: m.start()] + str(int(m.group(0)) + 1) + body[m.end() :]
    line["text"] = body.replace("\x00", title)
    return copy, line["text"]


async def _generate(case: dict[str, Any], settings: Any) -> tuple[dict[str, Any], float]:
    from tools.base import Role, ToolContext
    from tools.livestream.models import ScriptInput
    from tools.livestream.tool import generate

    started = time.perf_counter()
    script = await generate(ScriptInput.model_validate(case), ToolContext(role=Role.HOST, settings=settings))
    return script.model_dump(mode="json"), time.perf_counter() - started


def _pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0


def run(n: int, seed: int, products: int, llm_hooks: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="sk_livestream_eval_") as tmp:
        return _run_in(Path(tmp), n, seed, products, llm_hooks)


def _run_in(tmp: Path, n: int, seed: int, products: int, llm_hooks: bool) -> dict[str, Any]:
    from knowledge.db import session_scope
    from knowledge.demo import build_demo_store
    from knowledge.schema import Product
    from shopkeeper.settings import DatabaseSettings, LivestreamSettings, Settings

    url = f"sqlite:///{tmp / 'store.db'}"
    build_demo_store(url, seed=seed, products=products, sales_days=90, today=TODAY)
    settings = Settings(data_dir=tmp, db=DatabaseSettings(url=url), livestream=LivestreamSettings(llm_hooks=llm_hooks))
    cfg = settings.livestream
    with session_scope(url) as s:
        from sqlalchemy import select

        ids = list(s.scalars(select(Product.id).where(Product.active.is_(True)).order_by(Product.id)))
    todo = cases(n, seed, ids)
    rows: list[dict[str, Any]] = []
    rng = random.Random(seed + 1)
    planted = caught = 0
    for case in todo:
        script, took = asyncio.run(_generate(case, settings))
        db = load_db_products(url, case["product_ids"], case["language"], cfg.sales_window_days)
        kw = {
            "low_units": cfg.low_stock_units,
            "low_days": cfg.low_stock_days,
            "rates": cfg.rates,
            "requested": case["product_ids"],
        }
        res: CheckResult = check_script(script, db, **kw)
        wrong = _plant(script, rng)
        plant: dict[str, Any] | None = None
        if wrong is not None:
            planted += 1
            hit = len(check_script(wrong[0], db, **kw).absent) > len(res.absent)
            caught += hit
            plant = {"line": wrong[1], "caught": hit}
        rows.append(
            {
                "case": case,
                "took_s": round(took, 3),
                "figures": res.figures,
                "absent": [f.__dict__ for f in res.absent],
                "covered": res.covered,
                "requested": res.requested,
                "urgency_not_low": res.urgency_not_low,
                "low_products": res.low_products,
                "low_with_urgency": res.low_with_urgency,
                "deviations": [round(d, 4) for d in res.deviations],
                "planned_total_ok": res.planned_total_ok,
                "segments": len(script["segments"]),
                "presentations": sum(seg["kind"] == "product" for seg in script["segments"]) / len(case["product_ids"]),
                "replaced": script["replaced"],
                "planted": plant,
                "llm_hooks": script["llm_hooks"],
                "spoken_s": script["spoken_seconds"],
                "length_s": script["seconds"],
            }
        )
        print(
            f"{case['language']} {case['minutes']:>2} min {len(case['product_ids'])} products: "
            f"{res.figures} figures, {len(res.absent)} absent, covered {res.covered}/{res.requested}, "
            f"max deviation {max(res.deviations):.3f}, {took:.1f} s"
        )
    return {"rows": rows, "planted": planted, "caught": caught, "cases": todo}


def metrics_of(out: dict[str, Any]) -> dict[str, float | int | str | bool | None]:
    rows = out["rows"]
    devs = [d for r in rows for d in r["deviations"]]
    took = [r["took_s"] for r in rows]
    m: dict[str, float | int | str | bool | None] = {
        "scripts": len(rows),
        **{f"scripts_{lang}": sum(r["case"]["language"] == lang for r in rows) for lang in LANGS},
        "figures_checked": sum(r["figures"] for r in rows),
        "facts_absent_from_catalog": sum(len(r["absent"]) for r in rows),
        "products_requested": sum(r["requested"] for r in rows),
        "products_covered_share": round(sum(r["covered"] for r in rows) / max(1, sum(r["requested"] for r in rows)), 4),
        "segments": len(devs),
        "segment_time_within_15pct_share": round(sum(d <= TOLERANCE for d in devs) / max(1, len(devs)), 4),
        "segment_time_deviation_max": round(max(devs, default=0.0), 4),
        "segment_time_deviation_p95": round(_pct(devs, 0.95), 4),
        "planned_total_equals_length_share": round(sum(r["planned_total_ok"] for r in rows) / max(1, len(rows)), 4),
        "urgency_said_when_stock_not_low": sum(r["urgency_not_low"] for r in rows),
        "low_stock_products": sum(r["low_products"] for r in rows),
        "low_stock_products_with_urgency": sum(r["low_with_urgency"] for r in rows),
        "sentences_replaced_by_verifier": sum(r["replaced"] for r in rows),
        "llm_hooks_kept": sum(r["llm_hooks"] for r in rows),
        "planted_wrong_figures": out["planted"],
        "planted_wrong_figures_caught_share": round(out["caught"] / out["planted"], 4) if out["planted"] else None,
        "generate_p50_s": round(statistics.median(took), 3) if took else None,
        "generate_p95_s": round(_pct(took, 0.95), 3),
    }
    return m


def _body(out: dict[str, Any], m: dict[str, Any]) -> str:
    lines = [
        "## Per language",
        "",
        "| language | scripts | figures | absent | covered | within 15% | max dev. | p50 s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang in LANGS:
        rows = [r for r in out["rows"] if r["case"]["language"] == lang]
        devs = [d for r in rows for d in r["deviations"]]
        lines.append(
            f"| {lang} | {len(rows)} | {sum(r['figures'] for r in rows)} | "
            f"{sum(len(r['absent']) for r in rows)} | {sum(r['covered'] for r in rows)}/"
            f"{sum(r['requested'] for r in rows)} | "
            f"{sum(d <= TOLERANCE for d in devs) / max(1, len(devs)):.3f} | {max(devs, default=0):.3f} | "
            f"{statistics.median([r['took_s'] for r in rows]) if rows else 0:.2f} |"
        )
    absent = [(r["case"], f) for r in out["rows"] for f in r["absent"]]
    lines += ["", "## Facts absent from the catalog", ""]
    lines += [f"- {c['language']} {c['product_ids']}: {f['kind']} {f['text']!r} ({f['why']})" for c, f in absent[:30]]
    if not absent:
        lines.append("None.")
    lines += [
        "",
        "## How it is measured",
        "",
        "- Figures: every money amount, stock count, percentage and other number in each segment's spoken "
        "text, looked up in the DB rows of the segment's product (its price, stock, and the numbers of its "
        "title, description in the script's language, attributes and rating); outside product segments only "
        "the host's promotion may carry a figure. Titles: each requested product's DB title is said in its "
        "own segment, and no product segment names another product.",
        "- Stock urgency: a stock count may be said only when stock is low by the same rule the settings "
        "define (<= low_stock_units, or fewer than low_stock_days of stock at the mean daily sales of the "
        "last sales_window_days), computed here from the DB with the checker's own queries.",
        "- Time: rendered = spoken units of the segment text / the language's rate (en 150 words/min, ru 120 "
        "words/min, zh 220 characters/min, a Latin word or number counting as one character); deviation = "
        "|rendered - planned| / planned.",
        "- Baseline (same run): one wrong figure planted per script (a price, stock count, feature or rating "
        "number + 1); `planted_wrong_figures_caught_share` is how many the checker flags.",
        f"- Long streams on few products are filled with recap segments (a product presented again for "
        f"viewers who joined later) and viewer prompts; the mean script presents each product "
        f"{_mean_rounds(out):.1f} times.",
    ]
    return "\n".join(lines)


def _mean_rounds(out: dict[str, Any]) -> float:
    vals = [r["presentations"] for r in out["rows"]]
    return statistics.mean(vals) if vals else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals livestream", description=__doc__)
    ap.add_argument("--scripts", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--products", type=int, default=600)
    ap.add_argument("--llm-hooks", action="store_true", help="let the configured LLM write the hooks")
    ap.add_argument("--reports-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    out = run(args.scripts, args.seed, args.products, args.llm_hooks)
    m = metrics_of(out)
    dataset = {
        "name": "generated live-stream requests on a demo store",
        "seed": args.seed,
        "products": args.products,
        "scripts": args.scripts,
        "today": TODAY.isoformat(),
        "lengths_min": [5, 30],
        "products_per_script": [1, 8],
        "llm_hooks": args.llm_hooks,
    }
    md, _ = write_report(
        "livestream",
        m,
        dataset=dataset,
        body_md=_body(out, m),
        extra={"rows": out["rows"]},
        title="Live-stream scripts: grounded facts, coverage, timing",
        reports_dir=args.reports_dir,
        dataset_sha256=sha256_json(out["cases"]),
    )
    print(
        f"{m['scripts']} scripts: {m['facts_absent_from_catalog']} facts absent of {m['figures_checked']}, "
        f"covered {m['products_covered_share']}, within 15% {m['segment_time_within_15pct_share']}, "
        f"planted caught {m['planted_wrong_figures_caught_share']} -> {md}"
    )
    return 0
