"""Shopper-voice requests: how the assistant handles what shoppers actually write, judged against the store DB.

``python -m evals requests [--products 3000] [--seed 7] [--limit N] [--cases-out PATH]``

The set (``evals/data/requests/requests.jsonl``, see its README) was written blind: by a helper who saw only the
category slugs of the store, in en/ru/zh, in six kinds (need, gift, negation, name_or_compare, followup, not_sold).
It is held out. A fresh demo store and index are built in a temp dir. Every case goes through
``agent.assistant.Assistant`` (templates only: ``llm.backend = "none"``), one session per case, turns in order.
The LAST turn is judged by the rules in ``evals/requests_judge.py``, which were fixed before the first run:

- need / gift / negation: top-3 precision. A product shown counts if its category is one of the case's, its price is
  within the case's limits, it has the wanted attributes and none of the excluded ones (plain-English words mapped to
  the DB's attributes; unmappable words are listed in the report and not checked). The denominator is
  min(3, qualifying products in the DB). Cases where no product qualifies are counted apart.
- name_or_compare: the reply answers directly (yes/no in its first sentence; which one is cheaper, with the
  difference when asked; the price, the count), decided from the DB.
- not_sold: the reply says, in the shopper's language, that the store does not sell it.
- followup: the last turn's top 3 stay in the case's categories (subject kept), and they honour the
  constraints (precision as above; "a bit cheaper?" means cheaper on average than the previous turn's top 3).

Per-case outcomes are not written to the report (the set stays held out). ``--cases-out`` writes them to a file of
your choosing. Whoever reads that file while tuning turns this set into a development set.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evals.grounding_facts import STORE_TODAY
from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report
from evals.requests_judge import (
    KINDS,
    LANGS,
    PRECISION_KINDS,
    RULES,
    ProductView,
    checkable,
    constraint_of,
    judge_question,
    load_cases,
    load_products,
    precision_at_3,
    says_not_sold,
)

DATASET = Path(__file__).resolve().parent / "data" / "requests" / "requests.jsonl"
TARGETS = {"precision": 0.80, "direct_answer": 0.90, "not_sold": 0.90, "followup_subject": 0.90}


@dataclass
class TurnOut:
    text: str
    intent: str
    shown: list[int]
    seconds: float


@dataclass
class CaseOutcome:
    id: str
    lang: str
    kind: str
    turns: list[TurnOut]
    score: float | None = None  # precision (need/gift/negation/followup) or 1/0 (others); None: not scored
    subject_kept: bool | None = None
    said_not_sold: bool = False
    expected: str = ""
    unchecked_words: list[str] = field(default_factory=list)
    note: str = ""


async def run_cases(settings: Any, cases: list[dict[str, Any]]) -> list[list[TurnOut]]:
    from agent.assistant import Assistant
    from agent.events import Turn

    assistant = Assistant(settings)
    out: list[list[TurnOut]] = []
    try:
        for i, case in enumerate(cases):
            turns: list[TurnOut] = []
            for text in case["turns"]:
                t0 = time.perf_counter()
                shown: list[int] = []
                done: Any = None
                async for ev in assistant.reply(Turn(session_id=f"req-{case['id']}", text=text,
                                                     client_id=f"eval-req-{i}")):
                    if ev.type == "products":
                        shown += [h.product_id for h in ev.items if h.product_id not in shown]
                    elif ev.type == "done":
                        done = ev
                turns.append(TurnOut(done.text if done else "", done.intent if done else "", shown,
                                     time.perf_counter() - t0))
            out.append(turns)
            if (i + 1) % 25 == 0:
                print(f"  {i + 1}/{len(cases)} cases", flush=True)
    finally:
        await assistant.aclose()
    return out


def judge(case: dict[str, Any], turns: list[TurnOut], products: dict[int, ProductView]) -> CaseOutcome:
    last = turns[-1]
    o = CaseOutcome(case["id"], case["lang"], case["kind"], turns,
                    said_not_sold=says_not_sold(last.text, case["lang"]))
    exp = case["expect"]
    kind = case["kind"]
    if kind == "not_sold":
        o.score = 1.0 if o.said_not_sold else 0.0
        return o
    c = constraint_of(exp)
    chk = checkable(c, products)
    o.unchecked_words = chk.unmapped + chk.unrecorded
    if kind == "name_or_compare":
        v = judge_question(case, last.text, last.shown, products)
        o.score = None if v.ok is None else float(v.ok)
        o.expected, o.note = v.expected, v.reason
        return o
    prec, n_db = precision_at_3(last.shown, c, products)
    o.expected = f"{n_db} qualifying products in the DB"
    if kind == "followup":
        top = [products[i] for i in last.shown[:3] if i in products]
        o.subject_kept = bool(top) and all(p.slug in c.categories for p in top)
        if prec is not None and exp.get("relative") == "cheaper" and len(turns) >= 2:
            prev = [products[i].price for i in turns[-2].shown[:3] if i in products]
            now = [p.price for p in top]
            if not (prev and now and statistics.mean(now) < statistics.mean(prev)):
                prec = 0.0
                o.note = "not cheaper than the previous turn"
    o.score = prec
    return o


def _rate(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def summarise(outcomes: list[CaseOutcome]) -> tuple[dict[str, Any], list[list[Any]]]:
    m: dict[str, Any] = {"cases": len(outcomes)}
    rows: list[list[Any]] = []
    for kind in KINDS:
        for lang in (*LANGS, "all"):
            sel = [o for o in outcomes if o.kind == kind and (lang == "all" or o.lang == lang)]
            scored = [o.score for o in sel if o.score is not None]
            key = {"need": "precision_top3", "gift": "precision_top3", "negation": "precision_top3",
                   "name_or_compare": "direct_answer_rate", "not_sold": "not_sold_said_rate",
                   "followup": "followup_constraint_precision"}[kind]
            val = _rate(scored)
            m[f"{key}_{kind}_{lang}" if kind in PRECISION_KINDS else f"{key}_{lang}"] = val
            extra: Any = ""
            if kind == "followup":
                kept = [1.0 if o.subject_kept else 0.0 for o in sel]
                m[f"followup_subject_kept_{lang}"] = _rate(kept)
                extra = _rate(kept)
            rows.append([kind, lang, len(sel), len(scored), val, extra])
    sellable = [o for o in outcomes if o.kind != "not_sold"]
    m["false_not_sold_rate_all"] = _rate([1.0 if o.said_not_sold else 0.0 for o in sellable])
    m["latency_turn_p50_ms"] = round(1000 * statistics.median(t.seconds for o in outcomes for t in o.turns), 1)
    m["latency_turn_p95_ms"] = round(1000 * sorted(t.seconds for o in outcomes for t in o.turns)[
        int(0.95 * (sum(len(o.turns) for o in outcomes) - 1))], 1)

    def at_least(prefix: str, target: float, langs: tuple[str, ...] = LANGS) -> bool:
        return all((m.get(f"{prefix}_{lang}") or 0.0) >= target for lang in langs)

    m["target_precision_met"] = all(at_least(f"precision_top3_{k}", TARGETS["precision"]) for k in PRECISION_KINDS)
    m["target_direct_answer_met"] = at_least("direct_answer_rate", TARGETS["direct_answer"])
    m["target_not_sold_met"] = at_least("not_sold_said_rate", TARGETS["not_sold"])
    m["target_followup_subject_met"] = at_least("followup_subject_kept", TARGETS["followup_subject"])
    return m, rows


def word_coverage(cases: list[dict[str, Any]], products: dict[int, ProductView]) -> dict[str, Any]:
    """Which attribute words are checked against the DB, and which are not (no rule, or not recorded)."""
    checked: Counter[str] = Counter()
    unmapped: Counter[str] = Counter()
    unrecorded: Counter[str] = Counter()
    for case in cases:
        if case["kind"] == "not_sold":
            continue
        chk = checkable(constraint_of(case["expect"]), products)
        checked.update(chk.attributes + chk.exclude)
        unmapped.update(chk.unmapped)
        unrecorded.update(chk.unrecorded)
    return {"checked": dict(checked.most_common()), "no_rule": dict(unmapped.most_common()),
            "not_recorded_in_case_categories": dict(unrecorded.most_common())}


def build(root: Path, seed: int, n_products: int) -> Any:
    """A demo store and its index under ``root`` (the grounding eval's builder: fixed "today"), templates only."""
    from evals.grounding_facts import build_store

    settings = build_store(root, seed, n_products)
    settings.agent.checkpoint_url = "memory"
    settings.agent.llm_for_understanding = False
    return settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals requests", description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", type=Path, default=DATASET)
    ap.add_argument("--products", type=int, default=3000, help="demo store size (default 3000, the demo's own)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N cases (a quick look; not reported "
                    "as the held-out figure)")
    ap.add_argument("--cases-out", type=Path, help="write per-case outcomes here (reading them makes the set a "
                    "development set)")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument("--role", default="held-out", choices=["held-out", "development"])
    ap.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = ap.parse_args(argv)

    cases = load_cases(args.dataset)
    if args.limit:
        cases = cases[: args.limit]
    root = Path(tempfile.mkdtemp(prefix="sk_requests_"))
    try:
        print(f"building a demo store of {args.products} products in {root} ...", flush=True)
        settings = build(root / "store", args.seed, args.products)
        products = load_products(settings.db_url)
        t0 = time.perf_counter()
        transcripts = asyncio.run(run_cases(settings, cases))
        run_s = time.perf_counter() - t0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    outcomes = [judge(c, t, products) for c, t in zip(cases, transcripts, strict=True)]
    metrics, rows = summarise(outcomes)
    metrics["run_seconds"] = round(run_s, 1)
    coverage = word_coverage(cases, products)
    unsatisfiable = Counter((o.lang, o.kind) for o in outcomes
                            if o.kind in (*PRECISION_KINDS, "followup") and o.score is None)
    unscored_q = [o.id for o in outcomes if o.kind == "name_or_compare" and o.score is None]

    columns = ["kind", "lang", "cases", "scored", "score", "followup subject kept"]
    print_table("requests: shopper-voice set, last turn judged against the DB", columns, rows)
    counts = Counter((c["lang"], c["kind"]) for c in cases)
    body = [
        "Set: `evals/data/requests/requests.jsonl`, written blind (only the category slugs were known) in en/ru/zh;",
        "see its README. Role: **" + args.role + "**. Assistant: `agent.assistant.Assistant`, templates only",
        "(`llm.backend = none`, no LLM for understanding), one session per case, turns in order; the last turn judged.",
        "",
        "Score per kind: need/gift/negation = top-3 precision (qualifying shown in the first 3 / min(3, qualifying in",
        "the DB)); name_or_compare = share answered directly and correctly; not_sold = share saying the store does",
        "not sell it, in the shopper's language; followup = top-3 precision with all constraints (and 'cheaper' when",
        "asked), beside it the share whose top 3 stay in the case's categories (subject kept).",
        f"Targets (issue 10): precision ≥ {TARGETS['precision']} per language for need, gift and negation; direct "
        f"answers ≥ {TARGETS['direct_answer']}; not sold said ≥ {TARGETS['not_sold']}; follow-ups keep the subject ≥ "
        f"{TARGETS['followup_subject']}.",
        "",
        markdown_table(columns, rows),
        "",
        "Cases per language and kind: " + ", ".join(f"{lang}/{k}: {counts[(lang, k)]}" for lang in LANGS
                                                     for k in KINDS),
        "",
        "Cases with no qualifying product in this store (not scored): "
        + (", ".join(f"{lang}/{k}: {n}" for (lang, k), n in sorted(unsatisfiable.items())) or "none")
        + f". Direct questions not checkable from the DB: {len(unscored_q)} ({', '.join(unscored_q) or '-'}).",
        "",
        "## Attribute words",
        "",
        f"Rules: `evals/requests_judge.py` `RULES` ({len(RULES)} words). Words checked in at least one case, and the "
        "number of cases:",
        "",
        ", ".join(f"{w} ({n})" for w, n in coverage["checked"].items()) or "-",
        "",
        "**Not checked: no rule maps them to the DB** (the demo store records no such fact):",
        "",
        ", ".join(f"{w} ({n})" for w, n in coverage["no_rule"].items()) or "-",
        "",
        "**Not checked in some cases: a rule exists, but no product of the case's categories records the fact:**",
        "",
        ", ".join(f"{w} ({n})" for w, n in coverage["not_recorded_in_case_categories"].items()) or "-",
        "",
        "## Judge changes after the first run (2026-12-02)",
        "",
        "The rules were written before the first full run. Two bugs in the judge were then found and fixed (the",
        "assistant was not touched): (1) attribute words were looked up case-sensitively, so \"size M\" and the other",
        "letter sizes were reported as unmapped and not checked; (2) the yes/no reader took the shopper's own words",
        "echoed in quotes (\"为您找到“跑鞋有44码的吗”…\"), stock phrases (\"有货\") and broad negations",
        "(\"I'm not sure\", \"Не уверен\") as answers. First-run figures, for the record: direct answers en 0.000 /",
        "ru 0.048 / zh 0.350, the zh figure inflated by (2). The assistant's rankings vary a little from run to run",
        "on the same store seed (ties ordered differently): between two runs, 22 of 378 last turns showed a different",
        "top 3 and one precision score moved (en negation 0.476 -> 0.460), so differences of one case are noise.",
        "",
        "Leniency to keep in mind: a price, difference or count question passes when the right figure appears",
        "anywhere in the reply (a list whose first line is the cheapest passes \"how much is the cheapest\").",
        "",
        "Per-case outcomes are deliberately not in this report (held-out set). "
        "`--cases-out PATH` writes them; reading them while tuning makes the set a development set.",
    ]
    dataset = {"name": "requests: shopper-voice requests written blind (en/ru/zh)", "role": args.role,
               "path": str(args.dataset.relative_to(DATASET.parents[3]) if args.dataset.is_relative_to(
                   DATASET.parents[3]) else args.dataset),
               "cases": len(cases), "limit": args.limit or None,
               "store": {"kind": "demo", "seed": args.seed, "products": args.products, "today": str(STORE_TODAY)},
               "judge": "evals/requests_judge.py"}
    # A development set's figures never take the held-out report's name: "requests_development2" beside "requests".
    name = "requests" if args.role == "held-out" else f"requests_{args.dataset.stem}"
    write_report(name if not args.limit else f"{name}_partial", metrics, dataset=dataset,
                 body_md="\n".join(body), title="Requests: shopper-voice set, judged against the store DB",
                 reports_dir=args.reports_dir, dataset_sha256=sha256_files([args.dataset]),
                 extra={"word_coverage": coverage, "targets": TARGETS})
    if args.cases_out:
        with args.cases_out.open("w", encoding="utf-8") as fh:
            for o in outcomes:
                fh.write(json.dumps(asdict(o), ensure_ascii=False) + "\n")
    return 0
