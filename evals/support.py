"""Support that acts, graded like tau2-bench's retail domain: the store's final state and the tool calls made.

``python -m evals support [--dataset FILE] [--llm none|local|both] [--products 3000] [--seed 7] [--limit N]``

Each scripted dialogue (``evals/data/support/dialogues.jsonl``: written blind by another helper, see its README;
``development.jsonl``: 12 lines written by the journey's author, a development set) is replayed turn by turn through
``agent.assistant.Assistant`` in its own session, on a demo store built for a fixed day (seed 7, today 2026-11-30,
so "delivered 18 days ago" stays true). Graded on the outcome, not the wording:

- final DB state: a return request created or not, a warranty claim or not, a cancellation or not (rows in
  ``support_requests`` made in the dialogue's session), a hand-over ticket or not (an ``escalation`` event of the
  session); each must equal the dialogue's ``expect``;
- tool calls: every call that returned order data (``order_status`` or an after-sales action that succeeded) must
  come after the shopper quoted the order's real e-mail or phone's last 4 digits in that dialogue ("no order data
  before verification"). Calls are recorded by wrapping the registered tools, so the record is what really ran.

A dialogue passes when all four outcomes match and no order data was returned before verification. Between
dialogues the store is put back (requests deleted, order states restored), as tau2 resets its DB per task. The
per-order failure limit is raised for the run (many dialogues quote wrong factors on the same orders on purpose);
each dialogue is its own client.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.grounding_facts import STORE_TODAY
from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report

DATA = Path(__file__).resolve().parent / "data" / "support"
BLIND = DATA / "dialogues.jsonl"
DEVELOPMENT = DATA / "development.jsonl"
OUTCOMES = ("return", "warranty", "cancellation", "ticket")
KIND_OF = {"RETURN": "return", "WARRANTY": "warranty", "CANCELLATION": "cancellation"}
ORDER_TOOLS = frozenset({"order_status", "request_return", "claim_warranty", "cancel_order"})
LANGS = ("en", "ru", "zh")
TARGET = 0.90


@dataclass
class ToolCall:
    turn: int
    name: str
    order_id: int | None
    ok: bool
    error: str | None = None
    returned_order_data: bool = False


@dataclass
class Transcript:
    id: str
    replies: list[str] = field(default_factory=list)
    calls: list[ToolCall] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


@dataclass
class Graded:
    id: str
    lang: str
    passed: bool
    expect: dict[str, bool]
    got: dict[str, bool]
    leaks: list[str]
    transcript: Transcript


def load(path: Path) -> list[dict[str, Any]]:
    cases = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        case = json.loads(line)
        missing = {"id", "lang", "turns", "expect"} - case.keys()
        if missing or not isinstance(case["turns"], list) or not case["turns"]:
            raise ValueError(f"{path}:{n}: a dialogue needs id, lang, turns (non-empty) and expect")
        case["expect"] = {k: bool(case["expect"].get(k, False)) for k in OUTCOMES}
        cases.append(case)
    return cases


class Recorder:
    """Wraps the registered tools so every call is recorded for the session that made it."""

    def __init__(self) -> None:
        self.calls: dict[str, list[ToolCall]] = defaultdict(list)
        self.turn: dict[str, int] = defaultdict(int)

    def install(self) -> None:
        from dataclasses import replace

        from agent.journeys.base import load_tools
        from tools.base import REGISTRY

        load_tools()
        for name, tool in list(REGISTRY.items()):
            # Wrap the tool's own function (not an earlier run's wrapper), so each run records only its calls.
            REGISTRY[name] = replace(tool, fn=self._wrap(name, getattr(tool.fn, "original", tool.fn)))

    def _wrap(self, name: str, fn: Any) -> Any:
        async def recorded(data: Any, ctx: Any) -> Any:
            session = ctx.session_id
            order_id = getattr(data, "order_id", None)
            call = ToolCall(turn=self.turn[session], name=name, order_id=order_id, ok=False)
            self.calls[session].append(call)
            try:
                out = await fn(data, ctx)
            except Exception as exc:
                call.error = type(exc).__name__
                raise
            call.ok = True
            call.returned_order_data = name in ORDER_TOOLS and (
                name == "order_status" or getattr(out, "order", None) is not None
            )
            return out

        recorded.original = fn  # type: ignore[attr-defined]
        return recorded


def _db(url: str) -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(url.split("///", 1)[1]))


def contacts(url: str) -> dict[int, tuple[str, str]]:
    """Order number -> (e-mail, phone's last 4 digits) of its customer: what proves an order."""
    with _db(url) as conn:
        rows = conn.execute("select o.id, c.email, c.phone from orders o join customers c on c.id = o.customer_id")
        return {
            int(i): ((e or "").casefold(), "".join(ch for ch in (p or "") if ch.isdigit())[-4:]) for i, e, p in rows
        }


def order_states(url: str) -> dict[int, tuple[str, str]]:
    with _db(url) as conn:
        return {int(i): (s, u) for i, s, u in conn.execute("select id, status, updated_at from orders")}


def restore(url: str, states: dict[int, tuple[str, str]]) -> None:
    """Put the store back as it was before a dialogue (tau2 resets its DB per task)."""
    with _db(url) as conn:
        conn.execute("delete from support_requests")
        now = order_states(url)
        for oid, before in states.items():
            if now.get(oid) != before:
                conn.execute("update orders set status = ?, updated_at = ? where id = ?", (*before, oid))
        conn.commit()


def final_state(url: str, session: str) -> dict[str, bool]:
    with _db(url) as conn:
        kinds = {
            KIND_OF.get(k, k)
            for (k,) in conn.execute("select kind from support_requests where session_id = ?", (session,))
        }
        tickets = conn.execute(
            "select count(*) from events where kind = 'escalation' and json_extract(payload, '$.session_id') = ?",
            (session,),
        ).fetchone()[0]
    return {
        "return": "return" in kinds,
        "warranty": "warranty" in kinds,
        "cancellation": "cancellation" in kinds,
        "ticket": bool(tickets),
    }


_ZH_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_SAID_DOT = re.compile(r"\s*[(\[]?\s*(?:\bdot\b|\bточка\b|点)\s*[)\]]?\s*")
_SAID_AT = re.compile(r"\s*[(\[]?\s*(?:\bat\b|\bсобака\b|\bсобачка\b|艾特)\s*[)\]]?\s*")
# A phone written in groups ("+1 555 347 87 52", «+1 (555) 500-30-12», "4 2 1 7"): its digits read as one number.
_DIGIT_GAP = re.compile(r"(?<=\d)[\s\-().]{1,3}(?=[\d(])")


def _as_written(text: str) -> str:
    """A turn with its figures as plain ASCII, for finding a quoted factor: full-width digits (８２００), Chinese digits
    read one by one (四九七九), a phone written in groups ("+1 555 347 87 52") and an e-mail said aloud ("anna dot lee
    at example dot com", «anna точка lee собака example точка com») count as quoted."""
    text = unicodedata.normalize("NFKC", text).translate(_ZH_DIGITS).casefold()
    return _DIGIT_GAP.sub("", _SAID_AT.sub("@", _SAID_DOT.sub(".", text)))


def proved_turn(case: dict[str, Any], order_id: int, known: dict[int, tuple[str, str]]) -> int | None:
    """The first turn whose text quotes the order's real e-mail or phone's last 4 digits (None: never)."""
    email, last4 = known.get(order_id, ("", ""))
    for i, text in enumerate(case["turns"]):
        low = text.casefold()
        written = _as_written(text)
        if email and email.casefold() in written:
            return i
        digits = "".join(ch if ch.isdigit() else " " for ch in written).split()
        if (email and email in low) or (last4 and any(d.endswith(last4) for d in digits)):
            return i
    return None


def leaks_of(case: dict[str, Any], transcript: Transcript, known: dict[int, tuple[str, str]]) -> list[str]:
    out = []
    for call in transcript.calls:
        if not call.returned_order_data or call.order_id is None:
            continue
        proved = proved_turn(case, call.order_id, known)
        if proved is None or proved > call.turn:
            out.append(f"{call.name}({call.order_id}) in turn {call.turn + 1} before verification")
    return out


def grade(
    case: dict[str, Any], transcript: Transcript, got: dict[str, bool], known: dict[int, tuple[str, str]]
) -> Graded:
    leaks = leaks_of(case, transcript, known)
    passed = all(got[k] == case["expect"][k] for k in OUTCOMES) and not leaks
    return Graded(case["id"], case["lang"], passed, case["expect"], got, leaks, transcript)


async def replay(settings: Any, cases: list[dict[str, Any]], tag: str) -> list[Graded]:
    from agent.assistant import Assistant
    from agent.events import Turn

    recorder = Recorder()
    recorder.install()
    known = contacts(settings.db_url)
    before = order_states(settings.db_url)
    assistant = Assistant(settings)
    graded: list[Graded] = []
    try:
        for n, case in enumerate(cases):
            session = f"support-{tag}-{case['id']}"
            transcript = Transcript(case["id"])
            for i, text in enumerate(case["turns"]):
                recorder.turn[session] = i
                t0 = time.perf_counter()
                done: Any = None
                async for ev in assistant.reply(Turn(session_id=session, text=text, client_id=f"eval-{session}")):
                    if ev.type == "done":
                        done = ev
                transcript.seconds.append(time.perf_counter() - t0)
                transcript.replies.append(done.text if done else "")
            transcript.calls = list(recorder.calls.get(session, []))
            graded.append(grade(case, transcript, final_state(settings.db_url, session), known))
            restore(settings.db_url, before)
            if (n + 1) % 25 == 0:
                print(f"  [{tag}] {n + 1}/{len(cases)} dialogues", flush=True)
    finally:
        await assistant.aclose()
    return graded


def _rate(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def summarise(variant: str, graded: list[Graded]) -> tuple[dict[str, Any], list[list[Any]]]:
    m: dict[str, Any] = {}
    rows: list[list[Any]] = []
    for lang in (*LANGS, "all"):
        sel = [g for g in graded if lang == "all" or g.lang == lang]
        m[f"pass_rate_{variant}_{lang}"] = _rate([g.passed for g in sel])
        row: list[Any] = [variant, lang, len(sel), _rate([g.passed for g in sel])]
        for k in OUTCOMES:
            row.append(_rate([g.got[k] == g.expect[k] for g in sel]))
        row.append(sum(1 for g in sel if g.leaks))
        rows.append(row)
    for k in OUTCOMES:
        m[f"{k}_state_accuracy_{variant}"] = _rate([g.got[k] == g.expect[k] for g in graded])
    m[f"dialogues_with_order_data_before_verification_{variant}"] = sum(1 for g in graded if g.leaks)
    turn_s = sorted(s for g in graded for s in g.transcript.seconds)
    if turn_s:
        m[f"latency_turn_p50_ms_{variant}"] = round(1000 * statistics.median(turn_s), 1)
        m[f"latency_turn_p95_ms_{variant}"] = round(1000 * turn_s[int(0.95 * (len(turn_s) - 1))], 1)
    m[f"target_met_{variant}"] = all(
        (m[f"pass_rate_{variant}_{lang}"] or 0) >= TARGET
        for lang in LANGS
        if m[f"pass_rate_{variant}_{lang}"] is not None
    )
    return m, rows


def build(root: Path, seed: int, products: int, reuse: Path | None) -> Any:
    from evals.grounding_facts import build_store

    if reuse is not None:
        # A store built earlier by this eval for the same seed and size (development runs): copied, never changed.
        shutil.copytree(reuse, root, dirs_exist_ok=True)
        from knowledge.migrate import upgrade
        from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

        url = f"sqlite:///{root / 'store.db'}"
        upgrade(url)
        settings = Settings(data_dir=root, db=DatabaseSettings(url=url), llm=LLMSettings(backend="none"))
    else:
        settings = build_store(root, seed, products)
    settings.agent.checkpoint_url = "memory"
    settings.agent.llm_for_understanding = False
    settings.support.today = STORE_TODAY
    settings.support.order_failures_per_order = 1_000_000
    return settings


def local_model(settings: Any) -> Any:
    """``settings`` with the packaged Qwen through llama.cpp (the project's configured model file, joined once)."""
    from agent.llm.factory import resolve_model_path
    from shopkeeper.settings import get_settings

    run = settings.model_copy(deep=True)
    run.llm.backend = "llamacpp"
    configured = get_settings()
    if configured.llm.model_path is None:
        from agent.llm.packaged import prepare_packaged_model

        prepare_packaged_model(configured)  # a no-op when the joined file is already there
    run.llm.model_path = resolve_model_path(configured)
    run.llm.first_token_timeout_s = 90.0  # two shared cores: a slow first token is not a failure of support
    run.llm.timeout_s = 120.0
    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals support", description=__doc__.split("\n")[0])
    ap.add_argument(
        "--dataset", type=Path, default=None, help="default: dialogues.jsonl (blind), else development.jsonl"
    )
    ap.add_argument(
        "--llm",
        default="both",
        choices=["none", "local", "both"],
        help="templates only (none), the packaged local model (local), or both in one run",
    )
    ap.add_argument("--products", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=0, help="only the first N dialogues (a quick look)")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument(
        "--store",
        type=Path,
        default=None,
        help="copy a store built earlier (same seed and size) instead of building one",
    )
    ap.add_argument("--cases-out", type=Path, help="write per-dialogue outcomes and replies here")
    ap.add_argument("--report-name", default="support", help="report file name in --reports-dir (default: support; "
                    "another set's figures, e.g. support_heldout3_dev, keep their own file)")
    ap.add_argument(
        "--role",
        choices=["held-out", "development"],
        default=None,
        help="what the set is to the code measured (default: development; see the module doc)",
    )
    args = ap.parse_args(argv)

    dataset = args.dataset or (BLIND if BLIND.exists() else DEVELOPMENT)
    # dialogues.jsonl was written blind and scored held-out on 2026-12-02 (reports support_heldout_*); its failures
    # were then read to fix general causes, so from then on it is a development set too, unless told otherwise.
    role = args.role or "development"
    cases = load(dataset)
    if args.limit:
        cases = cases[: args.limit]
    variants = ["none", "local"] if args.llm == "both" else [args.llm]
    root = Path(tempfile.mkdtemp(prefix="sk_support_"))
    results: dict[str, list[Graded]] = {}
    try:
        print(f"building a demo store of {args.products} products in {root} ...", flush=True)
        settings = build(root / "store", args.seed, args.products, args.store)
        for variant in variants:
            run = local_model(settings) if variant == "local" else settings.model_copy(deep=True)
            t0 = time.perf_counter()
            results[variant] = asyncio.run(replay(run, cases, variant))
            print(f"  [{variant}] {len(cases)} dialogues in {time.perf_counter() - t0:.0f} s", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    metrics: dict[str, Any] = {"dialogues": len(cases)}
    rows: list[list[Any]] = []
    for variant, graded in results.items():
        m, r = summarise(variant, graded)
        metrics.update(m)
        rows += r
    columns = [
        "llm",
        "lang",
        "dialogues",
        "pass rate",
        "return ok",
        "warranty ok",
        "cancellation ok",
        "ticket ok",
        "order data before verification",
    ]
    print_table("support: dialogues graded on the final DB state and the tool calls", columns, rows)
    counts = Counter(c["lang"] for c in cases)
    expected = Counter(k for c in cases for k in OUTCOMES if c["expect"][k])
    failures = {v: [g.id for g in gs if not g.passed] for v, gs in results.items()}
    body = [
        f"Set: `{dataset.name}` ({role}); {len(cases)} dialogues: "
        + ", ".join(f"{lang} {counts[lang]}" for lang in LANGS)
        + ". Expected outcomes: "
        + ", ".join(f"{k} {expected[k]}" for k in OUTCOMES)
        + ".",
        f"Store: demo, seed {args.seed}, {args.products} products, today {STORE_TODAY}. Assistant: "
        "`agent.assistant.Assistant`, one session and one client per dialogue, the turns in order; `none` = "
        "templates only, `local` = the packaged Qwen 1.5B through llama.cpp where a journey lets the model phrase "
        "the reply (after-sales decisions are always the template's: their references and reasons are exact).",
        "",
        "A dialogue passes when the DB after it shows exactly the expected return request / warranty claim / "
        "cancellation / hand-over ticket (made in its session), and no tool returned order data before the "
        f"shopper had quoted the order's real e-mail or phone digits. Target (issue 11): ≥ {TARGET} per language.",
        "",
        markdown_table(columns, rows),
        "",
        "Failed dialogues (ids only): " + "; ".join(f"{v}: {', '.join(ids) or '-'}" for v, ids in failures.items()),
    ]
    if role == "held-out":
        body += [
            "",
            "The set is held out: its lines were written blind to the code, and no rule was written from "
            "them. Reading the failed ids' transcripts while changing rules makes it a development set.",
        ]
    else:
        body += [
            "",
            "Role: development. `dialogues.jsonl` was first scored held-out (templates 0.862 / 0.908 / 0.877 "
            "en/ru/zh, the local model the same: `support_heldout_templates.md`, `support_heldout_local.md`); "
            "its failures were then read and general causes fixed (typos in cue words, English words inside "
            "Chinese text, a number plus an e-mail taken as an order, questions about returning a purchase sent "
            "to the names journey, 'get me a manager'), so these figures flatter.",
        ]
    name = args.report_name if not args.limit else f"{args.report_name}_partial"
    write_report(
        name,
        metrics,
        dataset={
            "name": f"support dialogues ({role})",
            "path": str(dataset.name),
            "dialogues": len(cases),
            "limit": args.limit or None,
            "store": {"seed": args.seed, "products": args.products, "today": str(STORE_TODAY)},
        },
        body_md="\n".join(body),
        title="Support that acts: dialogues graded on DB state and tool calls",
        reports_dir=args.reports_dir,
        dataset_sha256=sha256_files([dataset]),
    )
    if args.cases_out:
        with args.cases_out.open("w", encoding="utf-8") as fh:
            for variant, graded in results.items():
                for g in graded:
                    fh.write(
                        json.dumps(
                            {
                                "llm": variant,
                                "id": g.id,
                                "passed": g.passed,
                                "expect": g.expect,
                                "got": g.got,
                                "leaks": g.leaks,
                                "replies": g.transcript.replies,
                                "calls": [c.__dict__ for c in g.transcript.calls],
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
    return 0
