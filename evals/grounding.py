"""Grounding eval: an adversarial test of the verifier, and an independent check of what local-LLM turns show.

``python -m evals grounding [--llm local|none] [--llm-turns 200] [--seed 7] [--heldout-seed 8] [--heldout2-seed 9]
[--variety-seed 10] [--fresh2-seed 11] [--fresh3-seed 12] [--fresh4-seed 13] [--fresh5-seed 14]
[--fresh6-seed 15] [--fresh7-seed 16] [--fresh8-seed 17] [--fresh9-seed 18] [--fresh10-seed 19] [--fresh11-seed 20]
[--fresh12-seed 21] [--fresh13-seed 22]``

1. Adversarial set. A fresh demo store; the shop's own tools (``search_products``, ``get_product``,
   ``order_status``, ``get_policy``) give real facts; from them ``evals.grounding_cases`` writes replies in en/ru/zh,
   each either correct or with exactly one planted error (another product's price, a wrong stock count, in vs out
   of stock, a size or colour the product does not come in, an invented product or brand, a wrong order state or
   date, a wrong policy figure, a figure in another currency). The verifier (``agent.grounding.verify_reply``)
   judges each reply against its turn's facts: recall on planted errors and the share of correct replies rejected,
   per language and per error kind. Fifteen splits, each with its own seed and its own sentence patterns and formats:
   development (anyone tuning the verifier may read it); "development (read)", the former held-out split, whose
   errors have been read while tuning; "development (variety)" (evals/grounding_variety.py), many more wordings
   per claim written to tune the verifier beyond the first two; "development (fresh, read)" and "development
   (fresh 2, read)" (evals/grounding_fresh2.py), "development (fresh 3, read)" (evals/grounding_fresh3.py) and
   "development (fresh 4, read)" (evals/grounding_fresh4.py), written without reading the verifier but read since
   by the people tuning it; "development (fresh 6)" (evals/grounding_fresh6.py), written late in session 9 by a
   helper who read neither the verifier nor fresh 5, and read while tuning; "development (fresh 7)"
   (evals/grounding_fresh7.py) and "development (fresh 9)" (evals/grounding_fresh9.py), written in session 10 the
   same way (the formal voice of store notices; spoken and selling voices, without reading fresh 8) and read while
   tuning; "development (fresh 10)" (evals/grounding_fresh10.py, session 12: a phone agent, a floor associate,
   texting sellers, a Russian operator, Chinese 客服) and "development (fresh 12)" (evals/grounding_fresh12.py,
   session 12: a kiosk, a salesperson, an English live-stream host, texting, a Russian smart speaker and
   marketplace seller, a Chinese live-stream host) and "development (fresh 13)" (evals/grounding_fresh13.py,
   session 13, Russian first: a marketplace seller, a voice assistant, a support operator, a Telegram shop bot; an
   English call-centre agent; Chinese customer service and a WeChat shop owner), to be read while tuning; and three
   blind splits, written by
   helpers who did not read the verifier: "held-out (fresh 5)" (evals/grounding_fresh5.py, session 9), "held-out
   (fresh 8)" (evals/grounding_fresh8.py, session 10, spoken and selling voices) and "held-out (fresh 11)"
   (evals/grounding_fresh11.py, session 12, written beside fresh 10 without reading it: a voice assistant, support
   e-mail, a family shop owner, a Russian marketplace seller, a Xiaohongshu seller note). The report shows only
   aggregate figures for the blind splits (no reply texts, no pattern
   ids), so reading the report does not reveal their wordings.
2. Local-LLM turns. Questions through ``Assistant.reply`` with the packaged model; each shown reply is read by
   ``evals.grounding_checker``, which shares no code with the verifier and asks the DB about every claim it finds.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.grounding_cases import CORRECT, ERROR_KINDS, Case, dataset_hash, generate
from evals.grounding_facts import LANGS, STORE_TODAY, build_store, collect_facts
from evals.grounding_fresh2 import FRESH2
from evals.grounding_fresh3 import FRESH3
from evals.grounding_fresh4 import FRESH4
from evals.grounding_fresh5 import FRESH5
from evals.grounding_fresh6 import FRESH6
from evals.grounding_fresh7 import FRESH7
from evals.grounding_fresh8 import FRESH8
from evals.grounding_fresh9 import FRESH9
from evals.grounding_fresh10 import FRESH10
from evals.grounding_fresh11 import FRESH11
from evals.grounding_fresh12 import FRESH12
from evals.grounding_fresh13 import FRESH13
from evals.grounding_score import Scored, false_rejects, kind_table, metrics, misses, patterns, score, verifier_name
from evals.grounding_variety import VARIETY
from evals.grounding_wording import DEV, FRESH, HELD
from evals.report import markdown_table, print_table, sha256_json, write_report

TARGET_RECALL = 0.99
TARGET_FALSE_REJECT = 0.05


@dataclass(frozen=True)
class Split:
    """One split of the adversarial set, as the report, the command line and the dataset record name it."""

    name: str  # in the report, and its role
    prefix: str  # of its metrics
    split: str  # the generator's split (evals.grounding_cases)
    flag: str  # --<flag>-seed/-planted/-correct; "" for the development split (--seed, --planted, --correct)
    seed: int
    size: int  # planted and correct replies, each (the defaults)
    key: str  # in the dataset record
    patterns: str
    section: str | None  # its section with misses; None for a blind split (aggregate figures only)


SPLITS = (
    Split("development", "dev", DEV, "", 7, 1050, "development", "development patterns", "Development split"),
    Split("development (read)", "heldout", HELD, "heldout", 8, 510, "held_out",
          "second pattern list (errors read while tuning)", "Development (read) split (formerly held-out)"),
    Split("development (variety)", "variety", VARIETY, "variety", 10, 510, "variety",
          "evals/grounding_variety.py (errors read while tuning)", "Development (variety) split"),
    Split("development (fresh, read)", "dev_fresh", FRESH, "heldout2", 9, 510, "dev_fresh",
          "FRESH_PATTERNS (errors read while tuning)", "Development (fresh, read) split (formerly held-out (fresh))"),
    *(Split(f"development (fresh {n}, read)", f"dev_fresh{n}", split, f"fresh{n}", 9 + n, 510, f"dev_fresh{n}",
            f"evals/grounding_fresh{n}.py (read while tuning)",
            f"Development (fresh {n}, read) split (formerly held-out (fresh {n}))")
      for n, split in ((2, FRESH2), (3, FRESH3), (4, FRESH4))),
    *(Split(f"development (fresh {n})", f"dev_fresh{n}", split, f"fresh{n}", 9 + n, 510, f"dev_fresh{n}",
            f"evals/grounding_fresh{n}.py (read while tuning)", f"Development (fresh {n}) split")
      for n, split in ((6, FRESH6), (7, FRESH7), (9, FRESH9), (10, FRESH10), (12, FRESH12), (13, FRESH13))),
    *(Split(f"held-out (fresh {n})", f"heldout_fresh{n}", split, f"fresh{n}", 9 + n, 510, f"held_out_fresh{n}",
            f"evals/grounding_fresh{n}.py", None)
      for n, split in ((5, FRESH5), (8, FRESH8), (11, FRESH11))),
)
# (name in the report, metrics prefix) per split
SPLIT_NAMES = tuple((s.name, s.prefix) for s in SPLITS)


def _arg(args: argparse.Namespace, s: Split, what: str) -> int:
    return int(getattr(args, f"{s.flag}_{what}" if s.flag else what))


def _score_fresh(cases: list[Case], currency: str) -> tuple[str, list[Scored]]:
    """Score in a new interpreter: the verifier measured is the tree's at scoring time, whatever ran before."""
    return verifier_name(), score(cases, currency)


def score_in_child(cases: list[Case], currency: str) -> tuple[str, list[Scored]]:
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(_score_fresh, cases, currency).result()


def checker_calibration(db_url: str, cases: list[Case]) -> dict[str, Any]:
    """How the independent checker does on the adversarial set (no turn context, so invented names it cannot see):
    planted errors it flags, per kind, and correct replies it flags."""
    from evals.grounding_checker import ClaimChecker

    checker = ClaimChecker(db_url)
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for c in cases:
        total[c.label] += 1
        if checker.check(c.text).wrong:
            flagged[c.label] += 1
    return {k: (flagged[k], total[k]) for k in (*ERROR_KINDS, CORRECT) if total[k]}


def _split_section(title: str, scored: list[Scored], n_misses: int) -> list[str]:
    body = [f"## {title}", "", markdown_table(["error kind", *LANGS, "all"], kind_table(scored)), ""]
    miss_rows, fr_rows = patterns(scored, 12)
    if miss_rows:
        body += ["Most missed (kind, language, misses):", "", markdown_table(["kind", "lang", "missed"], miss_rows), ""]
    if fr_rows:
        body += ["Patterns most often in wrongly rejected correct replies (pattern id, rejected, used, share):", "",
                 markdown_table(["pattern", "rejected", "used", "share"], fr_rows), ""]
    rows = misses(scored, n_misses)
    if rows:
        body += [f"Missed planted errors (first {n_misses}):", "",
                 markdown_table(["lang", "kind", "planted", "reply"], rows), ""]
    rows = false_rejects(scored, n_misses)
    if rows:
        body += [f"Correct replies rejected (first {n_misses}):", "",
                 markdown_table(["lang", "turn", "reply", "verifier's reason"], rows), ""]
    return body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals grounding", description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=400)
    for sp in SPLITS:
        stem = f"--{sp.flag}-" if sp.flag else "--"
        what = "demo store and development split" if not sp.flag else f"{sp.name} split" + (
            ", the blind one" if sp.section is None else "")
        parser.add_argument(f"{stem}seed", type=int, default=sp.seed, help=what)
        parser.add_argument(f"{stem}planted", type=int, default=sp.size, help="replies with one planted error")
        parser.add_argument(f"{stem}correct", type=int, default=sp.size, help="correct replies")
    parser.add_argument("--llm", choices=["local", "none"], default="local")
    parser.add_argument("--llm-turns", type=int, default=200)
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--misses", type=int, default=25, help="rows in each misses table")
    parser.add_argument("--reports-dir", type=Path, default=None)
    parser.add_argument("--report-name", default=None, help="report file name (default: grounding, or "
                        "grounding_verifier with --llm none: a verifier-only run never replaces the full report)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="sk_grounding_"))
    try:
        print(f"building the demo store in {root} ...", flush=True)
        settings = build_store(root / "store", args.seed, args.products)
        settings.agent.checkpoint_url = "memory"
        settings.agent.llm_for_understanding = False  # measured here: composing, not understanding
        pool = collect_facts(settings, args.seed)
        llm: list[Any] = []
        if args.llm == "local":
            from evals.grounding_llm import run_llm_turns

            llm = run_llm_turns(settings, args.llm_turns, args.seed, max_tokens=args.max_tokens,
                                log_path=root / "llm_turns.jsonl")
        cases = {sp.prefix: generate(pool, _arg(args, sp, "planted"), _arg(args, sp, "correct"), _arg(args, sp, "seed"),
                                     sp.split) for sp in SPLITS}
        scored: dict[str, list[Scored]] = {}
        verifier = ""
        for sp in SPLITS:
            verifier, scored[sp.prefix] = score_in_child(cases[sp.prefix], settings.currency)
        calibration = checker_calibration(settings.db_url, cases["dev"])
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    m: dict[str, Any] = {}
    for sp in SPLITS:
        m.update(metrics(scored[sp.prefix], sp.prefix))
    for split in (p for _, p in SPLIT_NAMES):
        m[f"{split}_targets_met"] = all(m[f"{split}_recall_{lang}"] >= TARGET_RECALL
                                        and m[f"{split}_false_reject_rate_{lang}"] <= TARGET_FALSE_REJECT
                                        for lang in LANGS)
    cal_planted = sum(v[0] for k, v in calibration.items() if k != CORRECT)
    cal_total = sum(v[1] for k, v in calibration.items() if k != CORRECT)
    m["checker_recall_on_dev_planted"] = round(cal_planted / max(1, cal_total), 4)
    m["checker_flags_on_dev_correct"] = round(calibration.get(CORRECT, (0, 1))[0] / max(1, calibration.get(
        CORRECT, (0, 1))[1]), 4)
    if llm:
        from evals.grounding_llm import summarise

        m.update(summarise(llm))

    columns = ["split", "lang", "planted", "recall", "correct", "false reject rate"]
    rows = [[name, lang, m[f"{p}_planted_{lang}"], m[f"{p}_recall_{lang}"], m[f"{p}_correct_{lang}"],
             m[f"{p}_false_reject_rate_{lang}"]] for name, p in SPLIT_NAMES for lang in (*LANGS, "all")]
    print_table("grounding: verifier on the adversarial set", columns, rows)

    body = [
        f"Verifier: `agent.grounding.{verifier}` (a reply is rejected when any sentence fails). Targets per language:",
        f"recall on planted errors ≥ {TARGET_RECALL}, correct replies rejected ≤ {TARGET_FALSE_REJECT:.0%}.",
        "Sixteen splits, each with its own seed, sentence patterns and formats (evals/grounding_wording.py,",
        "evals/grounding_variety.py, evals/grounding_fresh2.py ... evals/grounding_fresh13.py):",
        "development (first list of",
        "each claim) may be read by whoever tunes the verifier; development (read) is the former held-out split",
        "(second list), whose errors have been read while tuning; development (variety) holds many more wordings per",
        "claim, written to tune the verifier towards phrasings it had not seen (a development split too);",
        "development (fresh, read) (FRESH_PATTERNS), development (fresh 2, read) (evals/grounding_fresh2.py),",
        "development (fresh 3, read) (evals/grounding_fresh3.py) and development (fresh 4, read)",
        "(evals/grounding_fresh4.py) were written without reading the verifier and were held out until their wordings",
        "had been read (sessions 7 and 9): they are development splits now. Development (fresh 6)",
        "(evals/grounding_fresh6.py) was written late in session 9, without reading the verifier or fresh 5, to be",
        "read while tuning; development (fresh 7) (evals/grounding_fresh7.py, the formal voice of store notices and",
        "support letters) and development (fresh 9) (evals/grounding_fresh9.py, spoken and selling voices, written",
        "without reading fresh 8) were written the same way in session 10, and development (fresh 10)",
        "(evals/grounding_fresh10.py: a phone agent, a floor associate, texting sellers) and development (fresh 12)",
        "(evals/grounding_fresh12.py: a kiosk, a salesperson, a live-stream host, texting, marketplace sellers) in",
        "session 12; development (fresh 13) (evals/grounding_fresh13.py, session 13, Russian first: marketplace",
        "seller, voice assistant, support operator, Telegram shop bot) too. Held-out",
        "(fresh 5) (evals/grounding_fresh5.py, session 9), held-out (fresh 8) (evals/grounding_fresh8.py, session 10:",
        "a kiosk speaking, a salesperson, a live-stream host, casual texting) and held-out (fresh 11)",
        "(evals/grounding_fresh11.py, session 12: a voice assistant, support e-mail, a family shop owner, marketplace",
        "sellers) were written by helpers who did not read the verifier; they are the blind splits and are reported",
        "here only as aggregate figures.",
        "",
        markdown_table(columns, rows),
        "",
        f"Store: demo seed {args.seed}, {args.products} products, today {STORE_TODAY}; facts from the real tools",
        "(search_products on category names, get_product, order_status, get_policy), in the JSON shapes the journeys",
        "put in JourneyResult.facts. Store currency USD: ₽/¥/€/元 amounts are planted errors (other_currency).",
        "",
    ]
    for sp in SPLITS:
        if sp.section is not None:
            body += _split_section(sp.section, scored[sp.prefix], args.misses)
    for sp in (sp for sp in SPLITS if sp.section is None):
        body += [f"## {sp.name[:1].upper()}{sp.name[1:]} split", "",
                 f"{sp.patterns}, seed {_arg(args, sp, 'seed')}. Aggregate figures only: no replies, no",
                 "pattern ids, no misses, so the report can be read without learning the split's wordings and the "
                 "split", "keeps measuring unseen wording.", "",
                 markdown_table(["error kind", *LANGS, "all"], kind_table(scored[sp.prefix])), ""]
    body += ["## Independent claim checker", "",
             "evals/grounding_checker.py: its own sentence splitting, money/date/number parsing and lexicons, one DB",
             "query per claim (SQLAlchemy on the store). It imports nothing from agent.grounding or knowledge.figures.",
             "Calibration on the development split (no turn context, so it cannot know which names are invented):",
             "", markdown_table(["label", "flagged by the checker"],
                                [[k, f"{a}/{b}"] for k, (a, b) in calibration.items()]), ""]
    if llm:
        wrong = [(o, w) for o in llm for w in o.wrong]
        by_kind = Counter((o.turn.kind, o.turn.language) for o in llm)
        kept = Counter((o.turn.kind, o.used_llm) for o in llm)
        body += ["## Local-LLM turns", "",
                 f"{len(llm)} turns through Assistant.reply with the packaged Qwen model (llama.cpp backend, max "
                 f"{args.max_tokens} tokens; understanding without the LLM). The final reply of each turn (the",
                 "kept, verified sentences) was read by the independent checker.", "",
                 markdown_table(["metric", "value"], [[k, v] for k, v in m.items() if k.startswith("llm_")]), "",
                 markdown_table(["turn kind", "model text kept", "template only"],
                                [[k, kept[(k, True)], kept[(k, False)]] for k in sorted({o.turn.kind for o in llm})]),
                 "", "Turns per kind and language: " + ", ".join(f"{k}/{lang}: {n}" for (k, lang), n in
                                                                 sorted(by_kind.items())), ""]
        if wrong:
            body += ["Wrong claims shown (first 25):", "",
                     markdown_table(["lang", "kind", "question", "claim", "said", "truth", "sentence"],
                                    [[o.turn.language, o.turn.kind, o.turn.question[:50], w["kind"], w["said"],
                                      w["truth"][:40], w["sentence"][:90]] for o, w in wrong[:25]]), ""]
        samples = [o for o in llm if o.used_llm][:8]
        if samples:
            body += ["Model replies kept (first 8):", "",
                     markdown_table(["lang", "kind", "claims", "reply"],
                                    [[o.turn.language, o.turn.kind, o.claims, o.text[:160].replace("\n", " ")]
                                     for o in samples]), ""]
    dataset: dict[str, Any] = {
        "name": "grounding adversarial set (generated)",
        "role": "development, development (read), development (variety), development (fresh, read), development "
                "(fresh 2, read), development (fresh 3, read), development (fresh 4, read), development (fresh 6), "
                "development (fresh 7), development (fresh 9), development (fresh 10), development (fresh 12), "
                "development (fresh 13), "
                "held-out (fresh 5), held-out (fresh 8) and held-out (fresh 11) splits",
        "generator": "evals/grounding_cases.py + evals/grounding_wording.py + evals/grounding_variety.py + "
                     "evals/grounding_fresh2.py ... evals/grounding_fresh13.py",
        "store": {"seed": args.seed, "products": args.products, "today": str(STORE_TODAY)},
        **{sp.key: {"role": sp.name, "seed": _arg(args, sp, "seed"), "planted": _arg(args, sp, "planted"),
                    "correct": _arg(args, sp, "correct"), "patterns": sp.patterns,
                    "sha256": dataset_hash(cases[sp.prefix])} for sp in SPLITS},
        "llm_turns": {"count": len(llm), "seed": args.seed, "max_tokens": args.max_tokens} if llm else None,
    }
    name = args.report_name or ("grounding" if args.llm == "local" else "grounding_verifier")
    write_report(name, m, dataset=dataset, body_md="\n".join(body),
                 title="Grounding: the verifier under attack, and what LLM turns show",
                 reports_dir=args.reports_dir,
                 dataset_sha256=sha256_json([dataset[sp.key]["sha256"] for sp in SPLITS]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
