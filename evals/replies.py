"""Reply quality (issue 16): what the shopper reads, judged blind, template against model, per journey and language.

``python -m evals replies generate [--limit N] [--variants template,model] [--resume] [--store DIR]``
    Builds the demo store the turns were written against (seed 7, 3,000 products, today 2026-11-30) in a temp dir
    (or uses ``--store``), runs every turn of ``evals/data/replies/turns.jsonl`` through ``Assistant.reply`` under
    each variant and writes ``evals/data/replies/generated.jsonl`` (see ``evals/replies_generate.py``).
``python -m evals replies packets --round N``
    Blind judging packets ``evals/data/replies/roundN/packet_XX.md`` (+ ``key.json``, not for judges); judges
    follow ``evals/replies_judging.md`` and write ``roundN/verdicts_XX.jsonl``.
``python -m evals replies score [--rounds 1,2]``
    Maps the verdicts back through the keys and writes ``evals/reports/replies.md`` / ``.json``.

The turn set was written by the author of this harness, against the demo store, before any reply was generated; it
was not tuned against (no rule or template was written from it). It is still one author's language: see its README.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from evals.replies_generate import MODEL, TEMPLATE, TEMPLATE_MODEL, VARIANTS
from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report

DATA_DIR = Path(__file__).resolve().parent / "data" / "replies"
TURNS = DATA_DIR / "turns.jsonl"
GENERATED = DATA_DIR / "generated.jsonl"
JUDGING = Path(__file__).resolve().parent / "replies_judging.md"
TARGETS = {"at_least_best_share": 0.90, "agreement": 0.80, "first_sentence_p50_s": 1.0, "first_sentence_p95_s": 3.0}
LANGS = ("en", "ru", "zh")
LAT_COLS = [
    "variant",
    "turns",
    "first p50",
    "first p95",
    "total p50",
    "total p95",
    "turns with model text",
    "first p50 (model-text turns)",
    "first p95 (model-text turns)",
]


def _generate(args: argparse.Namespace) -> int:
    from evals.replies_generate import (
        build_store,
        generate,
        interleave,
        load_turns,
        local_model_path,
        open_store,
        resolve_variants,
    )

    turns = load_turns(args.turns)
    if args.only:
        wanted = set(args.only.split(","))
        turns = [t for t in turns if t.id in wanted]
    variants = resolve_variants(args.variants.split(",") if args.variants else None)
    model_path = local_model_path(args.model) if any(v in (MODEL, TEMPLATE_MODEL) for v in variants) else None
    if args.limit:
        turns = interleave(turns)[: args.limit]
    root = args.store or Path(tempfile.mkdtemp(prefix="sk_replies_"))
    try:
        if args.store and (args.store / "store.db").exists():
            settings = open_store(args.store)
        else:
            print(f"building the demo store (seed {args.seed}, {args.products} products) in {root} ...", flush=True)
            settings = build_store(root, args.seed, args.products)
        n = asyncio.run(
            generate(settings, turns, args.out, variants=variants, model_path=model_path, resume=args.resume)
        )
    finally:
        if not args.store and not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(f"{n} turns written to {args.out}")
    return 0


def _packets(args: argparse.Namespace) -> int:
    from evals.replies_generate import load_generated
    from evals.replies_packets import write_round

    generated = load_generated(args.generated)
    paths = write_round(generated, args.round, args.out_dir, seed=args.seed, per_file=args.per_file)
    print(
        f"round {args.round}: {len(paths)} packet files in {args.out_dir / f'round{args.round}'} "
        f"(key.json beside them is not for judges)"
    )
    return 0


def _fmt(value: float | None) -> Any:
    return "-" if value is None else round(value, 3)


def _score(args: argparse.Namespace) -> int:
    from evals.replies_generate import load_generated
    from evals.replies_score import (
        agreement,
        choose_policy,
        outcome,
        percentile,
        policy_latency,
        policy_setting,
        policy_share,
        policy_to_json,
        read_round,
        turn_info,
        two_fold_share,
    )

    generated = load_generated(args.generated)
    info = turn_info(generated)
    variants = [v for v in VARIANTS if any(v in g.variants for g in generated)]
    rounds = []
    for r in (int(x) for x in args.rounds.split(",")):
        folder = args.out_dir / f"round{r}"
        if not (folder / "key.json").exists():
            print(
                f"no key for round {r} ({folder}): run `python -m evals replies packets --round {r}` first",
                file=sys.stderr,
            )
            return 2
        rounds.append(read_round(folder, r))
    unjudged = [rv.round for rv in rounds if len(rv.levels) == len(rv.auto)]
    if unjudged:
        print(
            f"no verdicts in round(s) {unjudged}: judge the packets first (evals/replies_judging.md)", file=sys.stderr
        )
        return 2
    for rv in rounds:
        if rv.errors:
            print(f"round {rv.round}: {len(rv.errors)} unreadable verdicts, e.g. {rv.errors[:3]}", file=sys.stderr)
    m: dict[str, Any] = {"turns_generated": len(generated)}
    for rv in rounds:
        m[f"round{rv.round}_turns_judged"] = len(rv.levels) - len(rv.auto)
        m[f"round{rv.round}_turns_identical_replies"] = len(rv.auto)
        m[f"round{rv.round}_turns_missing_verdict"] = len(rv.missing)
        m[f"round{rv.round}_verdicts_unreadable"] = len(rv.errors)
    if len(rounds) >= 2:
        agree_share, n = agreement(rounds[0], rounds[1])
        m["agreement_pairwise_share"], m["agreement_pairwise_verdicts"] = _fmt(agree_share), n
        share_mt, n_mt = agreement(rounds[0], rounds[1], [(MODEL, TEMPLATE)])
        m["agreement_model_vs_template_share"] = _fmt(share_mt)

    # Win / tie / loss of each other variant against the template, per journey and language (both rounds count).
    wtl_rows: list[list[Any]] = []
    challengers = [v for v in variants if v != TEMPLATE]
    journeys = sorted({t.journey for t in info.values()})
    for v in challengers:
        for lang in (*LANGS, "all"):
            for journey in (*journeys, "all"):
                c: Counter[str] = Counter()
                for rv in rounds:
                    for turn, levels in rv.levels.items():
                        t = info.get(turn)
                        if (
                            t is None
                            or (lang != "all" and t.lang != lang)
                            or (journey != "all" and t.journey != journey)
                        ):
                            continue
                        o = outcome(levels, v)
                        if o:
                            c[o] += 1
                n = sum(c.values())
                if not n:
                    continue
                wtl_rows.append(
                    [
                        v,
                        journey,
                        lang,
                        n,
                        c["win"],
                        c["tie"],
                        c["loss"],
                        round(c["win"] / n, 3),
                        round(c["loss"] / n, 3),
                    ]
                )
                if journey == "all":
                    m[f"{v}_vs_template_win_share_{lang}"] = round(c["win"] / n, 3)
                    m[f"{v}_vs_template_tie_share_{lang}"] = round(c["tie"] / n, 3)
                    m[f"{v}_vs_template_loss_share_{lang}"] = round(c["loss"] / n, 3)

    # Latency per variant.
    lat_rows = []
    for v in variants:
        firsts = [g.variants[v].first_sentence_s for g in generated if v in g.variants]
        totals = [g.variants[v].total_s for g in generated if v in g.variants]
        row = [
            v,
            len(totals),
            _fmt(percentile(firsts, 0.5)),
            _fmt(percentile(firsts, 0.95)),
            _fmt(percentile(totals, 0.5)),
            _fmt(percentile(totals, 0.95)),
            sum(g.variants[v].used_llm for g in generated if v in g.variants),
        ]
        llm_firsts = [g.variants[v].first_sentence_s for g in generated if v in g.variants and g.variants[v].used_llm]
        row += [_fmt(percentile(llm_firsts, 0.5)), _fmt(percentile(llm_firsts, 0.95))]
        lat_rows.append(row)
        m[f"latency_{v}_first_sentence_p50_s"], m[f"latency_{v}_first_sentence_p95_s"] = row[2], row[3]
        m[f"latency_{v}_first_sentence_p50_s_model_text_turns"] = row[7]
        m[f"latency_{v}_first_sentence_p95_s_model_text_turns"] = row[8]
        m[f"latency_{v}_total_p50_s"], m[f"latency_{v}_total_p95_s"] = row[4], row[5]

    # Policies: one variant everywhere, and the per-cell best (in-sample and two-fold).
    chosen = choose_policy(rounds, info, variants, tolerance=args.tolerance)
    two_fold = two_fold_share(rounds, info, variants, tolerance=args.tolerance)
    pol_rows = []
    policies: list[tuple[str, Any]] = [(f"{v} everywhere", v) for v in variants]
    policies.append(("per journey+language best (in-sample)", chosen))
    for name, pol in policies:
        shares = [policy_share(pol, rounds, info, lang=lang) for lang in LANGS]
        lat = policy_latency(pol, info)
        pol_rows.append(
            [
                name,
                *(_fmt(s) for s, _ in shares),
                _fmt(lat["first_sentence_p50_s"]),
                _fmt(lat["first_sentence_p95_s"]),
                _fmt(lat["model_share_of_turns"]),
                _fmt(lat["model_text_shown_share"]),
            ]
        )
        slug = name.split(" ")[0] if isinstance(pol, str) else "per_cell_best"
        for lang, (s, _) in zip(LANGS, shares, strict=True):
            m[f"policy_{slug}_at_least_best_share_{lang}"] = _fmt(s)
    pol_rows.append(
        [
            "per journey+language best, two-fold (chosen on half, scored on the other)",
            *(_fmt(two_fold.get(lang, (None, 0))[0]) for lang in LANGS),
            "",
            "",
            "",
            "",
        ]
    )
    for lang in LANGS:
        m[f"policy_per_cell_best_two_fold_at_least_best_share_{lang}"] = _fmt(two_fold.get(lang, (None, 0))[0])
    lat_chosen = policy_latency(chosen, info)
    m["recommended_first_sentence_p50_s"] = _fmt(lat_chosen["first_sentence_p50_s"])
    m["recommended_first_sentence_p95_s"] = _fmt(lat_chosen["first_sentence_p95_s"])
    m["recommended_model_share_of_turns"] = _fmt(lat_chosen["model_share_of_turns"])
    m["recommended_model_text_shown_share"] = _fmt(lat_chosen["model_text_shown_share"])
    m["target_at_least_best_met"] = all(
        (m.get(f"policy_per_cell_best_at_least_best_share_{lang}") or 0) >= TARGETS["at_least_best_share"]
        for lang in LANGS
    )
    if "agreement_pairwise_share" in m:
        m["target_agreement_met"] = agree_share is not None and agree_share >= TARGETS["agreement"]

    policy_json = policy_to_json(chosen)
    setting = policy_setting(chosen)
    rec_rows = [[j, *(policy_json.get(j, {}).get(lang, "-") for lang in LANGS)] for j in sorted(policy_json)]
    routes = Counter((t.journey, t.route) for t in info.values())
    route_rows = [[j, r or "-", n] for (j, r), n in sorted(routes.items())]
    print_table(
        "replies: win/tie/loss against the template",
        ["variant", "journey", "lang", "verdicts", "win", "tie", "loss", "win share", "loss share"],
        wtl_rows,
    )
    print_table(
        "replies: latency per variant (s)",
        LAT_COLS,
        lat_rows,
    )
    pol_cols = [
        "policy",
        "en",
        "ru",
        "zh",
        "first p50 s",
        "first p95 s",
        "model asked (share of turns)",
        "model text shown (share)",
    ]
    print_table("replies: shown reply at least as good as the better of template and model", pol_cols, pol_rows)
    print_table("recommended reply policy (quality first, latency second)", ["journey", "en", "ru", "zh"], rec_rows)
    print("setting: SHOPKEEPER_AGENT__REPLY_POLICY='" + json.dumps(setting) + "'")

    notes = (args.judges or "").strip()
    meta = _generation_meta(args.generated)
    body = [
        "What the shopper reads, judged blind. Set: `evals/data/replies/turns.jsonl` (written by the harness author "
        "against the demo store; not tuned against: no rule, template or prompt was written from it). Replies: "
        "`evals/data/replies/generated.jsonl` (`python -m evals replies generate`). Judging: "
        "`evals/replies_judging.md`; packets and keys in `evals/data/replies/round*/`.",
        "",
        f"Judges: {notes or 'not recorded (pass --judges)'}",
        "",
        "Replies generated by: "
        + (
            "; ".join(
                f"run started {r.get('started')} at commit `{(r.get('git') or {}).get('commit', '?')[:12]}` "
                f"(uncommitted changes: {(r.get('git') or {}).get('dirty')}), "
                f"variants {', '.join(r.get('variants', []))}"
                for r in (meta or {}).get("runs", [])
            )
            or "not recorded"
        )
        + " (`evals/data/replies/generated.meta.json`).",
        "",
        "Levels from each verdict: a variant's reply is better than, tied with, or worse than another's. Both rounds "
        "count (a turn judged twice counts twice). Turns where every variant showed the identical text are ties "
        "and were not put in packets.",
        "",
        "## Win / tie / loss against the template",
        "",
        markdown_table(
            ["variant", "journey", "lang", "verdicts", "win", "tie", "loss", "win share", "loss share"], wtl_rows
        ),
        "## Latency per variant (seconds, this run's machine; first = first shown sentence)",
        "",
        markdown_table(LAT_COLS, lat_rows),
        "## Policies: share of turns whose shown reply is judged at least as good as the better of template and model",
        "",
        markdown_table(pol_cols, pol_rows),
        f"The per-cell best is chosen by quality first, then p50 time to the first sentence among variants within "
        f"{args.tolerance} of the best share. Scored on the verdicts it was chosen from it is optimistic; the "
        f"two-fold row chooses on one half of the turns and scores on the other.",
        "",
        "## Recommended reply policy (per journey and language)",
        "",
        "Journeys here are the graph's journey nodes (the keys of `agent.reply_policy`), as the template run of each "
        "turn took them; the turn set's labels map onto them as below.",
        "",
        markdown_table(["journey", "en", "ru", "zh"], rec_rows),
        f"As the setting: `SHOPKEEPER_AGENT__REPLY_POLICY='{json.dumps(setting)}'`",
        "",
        markdown_table(["turn label", "graph journey (template run)", "turns"], route_rows),
    ]
    dataset = {
        "name": "replies: shopper turns (en/ru/zh) x variants, judged blind",
        "turns": str(TURNS.name),
        "generated": len(generated),
        "variants": variants,
        "rounds": [rv.round for rv in rounds],
        "role": "written by the harness author; not tuned against",
    }
    data_files = [args.generated] + sorted(
        p for rv in rounds for p in (args.out_dir / f"round{rv.round}").glob("verdicts_*.jsonl")
    )
    m = {k: (None if v == "-" else v) for k, v in m.items()}  # JSON: a figure or null
    write_report(
        args.name,
        m,
        dataset=dataset,
        body_md="\n".join(body),
        title="Replies: blind judged reply quality",
        reports_dir=args.reports_dir,
        dataset_sha256=sha256_files(data_files),
        extra={
            "recommended_policy": policy_json,
            "recommended_setting": setting,
            "targets": TARGETS,
            "generation": _generation_meta(args.generated),
        },
    )
    return 0


def _generation_meta(generated: Path) -> Any:
    """The runs that generated the judged replies (``generated.meta.json``): their code state, settings, machine."""
    from evals.replies_generate import meta_path

    path = meta_path(generated)
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals replies", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate", help="run every turn under each variant")
    g.add_argument("--turns", type=Path, default=TURNS)
    g.add_argument("--out", type=Path, default=GENERATED)
    g.add_argument("--variants", help=f"comma-separated, from {', '.join(VARIANTS)} (default: all available)")
    g.add_argument("--limit", type=int, default=0, help="the first N turns (interleaved over journey x language)")
    g.add_argument("--only", help="comma-separated turn ids")
    g.add_argument("--resume", action="store_true", help="append, skipping turns already in --out")
    g.add_argument("--store", type=Path, help="an existing store dir (built here when it has no store.db)")
    g.add_argument("--keep", action="store_true", help="keep the temporary store")
    g.add_argument("--model", type=Path, help="a GGUF for the local model (default: the packaged Qwen)")
    g.add_argument("--seed", type=int, default=7)
    g.add_argument("--products", type=int, default=3000)
    p = sub.add_parser("packets", help="blind judging packets for one round")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--generated", type=Path, default=GENERATED)
    p.add_argument("--out-dir", type=Path, default=DATA_DIR)
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--per-file", type=int, default=60)
    s = sub.add_parser("score", help="score the verdicts of the rounds and write the report")
    s.add_argument("--rounds", default="1,2")
    s.add_argument("--generated", type=Path, default=GENERATED)
    s.add_argument("--out-dir", type=Path, default=DATA_DIR)
    s.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    s.add_argument("--tolerance", type=float, default=0.0, help="quality shares this close count as equal")
    s.add_argument("--judges", help="who judged each round (recorded in the report)")
    s.add_argument("--name", default="replies",
                   help="report name (replies_first: the first judging, kept beside the newest)")
    args = ap.parse_args(argv)
    return {"generate": _generate, "packets": _packets, "score": _score}[args.cmd](args)
