"""Grounding eval: does any reply carry a figure (price, stock, order state, date, day count) absent from its facts?

``python -m evals grounding [--turns 200] [--llm local|none|both] [--llm-turns 45] [--seed 7]``

Turns are generated from a fresh demo store: prices and stock of real products (titles in en/ru/zh), states of
real orders, policy figures, and questions about products and orders that do not exist. Each runs through
``Assistant.reply`` with templates only and (``--llm local``/``both``) with the packaged local LLM (Qwen through
llama.cpp). Per reply we count:

- ``ungrounded_final``: the final reply (``done.text``) has a figure that is not in the turn's tool results
  (target 0: verify replaces failing LLM text with the template);
- ``raw_llm_failed_verification``: how often the LLM's own text failed verification before that fallback
  (information about the model, not a failure of the assistant);
- ``db_crosscheck_errors``: an independent check against the DB, not through the verifier: an order reply whose
  state word differs from the order's real state, a state given for an order that does not exist, or a price that
  no product, order or policy in the store has.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from agent.grounding import ORDER_STATES, check_results, extract_figures
from evals.report import markdown_table, print_table, write_report

_PRICE_Q = {"en": "How much is the {t}?", "ru": "Сколько стоит {t}?", "zh": "{t}多少钱？"}
_STOCK_Q = {"en": "Do you have the {t} in stock?", "ru": "Есть ли в наличии {t}?", "zh": "{t}有货吗？"}
_ORDER_Q = {"en": "Where is my order {n}?", "ru": "Где мой заказ {n}?", "zh": "我的订单{n}在哪里？"}
_POLICY_Q = {
    "en": ["How many days do I have to return something?", "How long does delivery take and what does it cost?",
           "How long is the warranty?"],
    "ru": ["Сколько дней есть на возврат?", "Сколько идёт доставка и сколько стоит?", "Какая гарантия?"],
    "zh": ["退货期限是几天？", "配送要多久，运费多少？", "保修期多长？"],
}
_FAKE_PRODUCTS = {
    "en": ["Zorblax Hyperboots 9000", "Quantum Llama Tent XL", "Glimmerfrost Parka 77"],
    "ru": ["ботинки Зорблакс 9000", "палатка Квантум Лама XL", "парка Гиммерфрост 77"],
    "zh": ["佐布拉克斯9000超能靴", "量子羊驼帐篷XL", "闪霜77派克大衣"],
}
LANGS = ("en", "ru", "zh")


@dataclass
class Case:
    kind: str  # price | stock | order | order_missing | policy | product_missing
    language: str
    text: str
    order_id: int | None = None
    order_status: str | None = None


@dataclass
class Outcome:
    case: Case
    mode: str
    text: str
    intent: str
    seconds: float
    ungrounded: list[str] = field(default_factory=list)
    raw_failed: bool = False
    raw_reason: str = ""
    llm_fallback: bool = False
    used_llm: bool = False
    db_errors: list[str] = field(default_factory=list)


def build_store(root: Path, seed: int) -> Any:
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index
    from knowledge.services import get_services
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    root.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{root / 'store.db'}"
    build_demo_store(url, seed=seed, products=400, sales_days=30)
    settings = Settings(data_dir=root, db=DatabaseSettings(url=url), llm=LLMSettings(backend="none"))
    build_index(settings, get_services(settings).embedder, rebuild=True)
    return settings


def make_cases(db_url: str, n: int, seed: int) -> list[Case]:
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Order, Product
    from knowledge.store import get_product_cards

    rng = random.Random(seed)
    with session_scope(db_url) as s:
        ids = list(s.scalars(select(Product.id).where(Product.active.is_(True)).order_by(Product.id)))
        orders = [(o.id, o.status.value) for o in s.scalars(select(Order).order_by(Order.id))]
        picks = rng.sample(ids, min(len(ids), n))
        cards = {lang: {c.product_id: c for c in get_product_cards(s, picks, lang)} for lang in LANGS}
    cases: list[Case] = []
    kinds = ["price", "stock", "order", "price", "stock", "order", "policy", "order_missing", "product_missing"]
    i = 0
    while len(cases) < n:
        lang = LANGS[i % 3]
        kind = kinds[(i // 3) % len(kinds)]
        pid = picks[i % len(picks)]
        if kind in ("price", "stock"):
            title = cards[lang][pid].title
            cases.append(Case(kind, lang, (_PRICE_Q if kind == "price" else _STOCK_Q)[lang].format(t=title)))
        elif kind == "order":
            oid, status = rng.choice(orders)
            cases.append(Case(kind, lang, _ORDER_Q[lang].format(n=oid), order_id=oid, order_status=status))
        elif kind == "order_missing":
            oid = 900_000 + rng.randrange(99_999)
            cases.append(Case(kind, lang, _ORDER_Q[lang].format(n=oid), order_id=oid))
        elif kind == "policy":
            cases.append(Case(kind, lang, rng.choice(_POLICY_Q[lang])))
        else:
            fake = rng.choice(_FAKE_PRODUCTS[lang])
            cases.append(Case(kind, lang, _PRICE_Q[lang].format(t=fake)))
        i += 1
    return cases


def known_prices(db_url: str) -> set[Decimal]:
    """Every price-like figure the store holds: product, variant and order-line prices, order totals, fees."""
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Order, OrderLine, Policy, Product, Variant

    out: set[Decimal] = set()
    with session_scope(db_url) as s:
        for col in (Product.price, Variant.price, OrderLine.unit_price, Order.total):
            out.update(Decimal(str(v)).normalize() for v in s.scalars(select(col)) if v is not None)
        for fields in s.scalars(select(Policy.fields)):
            for v in (fields or {}).values():
                if isinstance(v, int | float) and not isinstance(v, bool):
                    out.add(Decimal(str(v)).normalize())
    return out


def crosscheck(case: Case, text: str, prices: set[Decimal]) -> list[str]:
    """Checks against the DB itself, independent of the turn's tool results and of the verifier."""
    errors: list[str] = []
    figures = extract_figures(text)
    states = {f.values[0] for f in figures if f.kind == "state"}
    if case.kind == "order" and case.order_status:
        wrong = {s for s in states if s != case.order_status and s in ORDER_STATES}
        lifecycle = ["pending", "paid", "shipped", "delivered"]
        if case.order_status in lifecycle:  # earlier states of the same order are true too
            wrong -= set(lifecycle[: lifecycle.index(case.order_status)])
        if wrong:
            errors.append(f"state {sorted(wrong)} but the order is {case.order_status}")
    if case.kind == "order_missing" and states:
        errors.append(f"a state {sorted(states)} for an order that does not exist")
    for f in figures:
        if f.kind == "money" and not any(Decimal(v) in prices for v in f.values):
            errors.append(f"price {f.text} is not in the store")
    return errors


async def run_mode(mode: str, settings: Any, cases: list[Case], prices: set[Decimal]) -> list[Outcome]:
    from agent.assistant import Assistant
    from agent.events import Turn

    assistant = Assistant(settings)
    outcomes: list[Outcome] = []
    try:
        for i, case in enumerate(cases):
            session = f"{mode}-{i}"
            started = time.perf_counter()
            done: Any = None
            async for ev in assistant.reply(Turn(session_id=session, text=case.text)):
                if ev.type == "done":
                    done = ev
            seconds = time.perf_counter() - started
            state = await assistant.session_state(session)
            facts = (state.get("result") or {}).get("facts") or []
            report = check_results(done.text, facts, default_currency=settings.currency)
            notices = list(done.notices)
            outcomes.append(Outcome(
                case=case, mode=mode, text=done.text, intent=done.intent, seconds=seconds,
                ungrounded=[f.text for f in report.unsupported],
                raw_failed=any(n.startswith("ungrounded:") for n in notices),
                raw_reason="; ".join(n for n in notices if n.startswith("ungrounded:")),
                llm_fallback=any("language model is unavailable" in n or "языковая" in n or "语言模型" in n
                                 for n in notices),
                used_llm=done.used_llm,
                db_errors=crosscheck(case, done.text, prices),
            ))
            if mode != "templates":
                print(f"  [{mode} {i + 1}/{len(cases)}] {seconds:.1f}s {case.language} {case.kind}: "
                      f"{'RAW-FAIL ' if outcomes[-1].raw_failed else ''}{done.text[:90]!r}", flush=True)
    finally:
        await assistant.aclose()
    return outcomes


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    n = len(outcomes)
    lat = sorted(o.seconds for o in outcomes) or [0.0]
    return {
        "turns": n,
        "ungrounded_final": sum(1 for o in outcomes if o.ungrounded),
        "db_crosscheck_errors": sum(1 for o in outcomes if o.db_errors),
        "raw_llm_failed_verification": sum(1 for o in outcomes if o.raw_failed),
        "llm_fallbacks": sum(1 for o in outcomes if o.llm_fallback),
        "llm_replies_kept": sum(1 for o in outcomes if o.used_llm),
        "latency_p50_ms": round(statistics.median(lat) * 1000, 1),
        "latency_p95_ms": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals grounding", description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=210, help="generated turns (templates mode)")
    parser.add_argument("--llm", choices=["local", "none", "both"], default="both")
    parser.add_argument("--llm-turns", type=int, default=45,
                        help="turns sent to the local LLM (2 cores: ~15 s each, up to 60 s when busy)")
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="sk_grounding_"))
    try:
        settings = build_store(root / "store", args.seed)
        settings.agent.checkpoint_url = "memory"
        settings.agent.llm_for_understanding = False  # measured here: composing, not understanding
        cases = make_cases(settings.db_url, args.turns, args.seed)
        prices = known_prices(settings.db_url)
        results: dict[str, list[Outcome]] = {}
        if args.llm in ("none", "both"):
            results["templates"] = asyncio.run(run_mode("templates", settings, cases, prices))
        if args.llm in ("local", "both"):
            from agent.llm.factory import resolve_model_path
            from shopkeeper.settings import get_settings

            llm_settings = settings.model_copy(deep=True)
            llm_settings.llm.backend = "llamacpp"
            llm_settings.llm.model_path = resolve_model_path(get_settings())
            llm_settings.llm.max_tokens = args.max_tokens
            llm_settings.llm.first_token_timeout_s = 60.0
            llm_settings.llm.timeout_s = 90.0
            # An even spread over languages and kinds, bounded for 2 cores.
            step = max(1, len(cases) // max(1, args.llm_turns))
            results["local_llm"] = asyncio.run(run_mode("local_llm", llm_settings, cases[::step][: args.llm_turns],
                                                        prices))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    metrics: dict[str, Any] = {}
    rows: list[list[Any]] = []
    for mode, outcomes in results.items():
        summary = summarise(outcomes)
        for key, value in summary.items():
            metrics[f"{key}_{mode}"] = value
        rows.append([mode] + list(summary.values()))
        for lang in LANGS:
            part = [o for o in outcomes if o.case.language == lang]
            metrics[f"ungrounded_final_{mode}_{lang}"] = sum(1 for o in part if o.ungrounded)
    if "templates" in results and results["templates"]:
        # Templates are grounded by construction: every flag on them is a false positive of the verifier.
        metrics["verifier_false_positive_rate_templates"] = round(
            metrics["ungrounded_final_templates"] / len(results["templates"]), 4)
    if "local_llm" in results and results["local_llm"]:
        llm_n = len(results["local_llm"])
        metrics["raw_llm_failed_verification_rate"] = round(
            metrics["raw_llm_failed_verification_local_llm"] / llm_n, 3)
    columns = ["mode", "turns", "ungrounded final", "DB cross-check errors", "raw LLM failed verify",
               "LLM fallbacks", "LLM replies kept", "p50 ms", "p95 ms"]
    print_table("grounding", columns, rows)
    examples: list[list[Any]] = []
    for mode, outcomes in results.items():
        for o in outcomes:
            if o.ungrounded or o.db_errors or o.raw_failed:
                examples.append([mode, o.case.language, o.case.kind, o.case.text[:60],
                                 "; ".join(o.ungrounded + o.db_errors) or f"raw LLM text replaced ({o.raw_reason})",
                                 o.text[:80].replace("\n", " ")])
    kinds = sorted({c.kind for c in cases})
    body = [
        "Replies whose figures are not in the turn's tool results, after verification (target 0), and how often",
        "the local LLM's own text failed verification before the template replaced it (information, not failure).",
        "",
        markdown_table(columns, rows),
        "",
        f"Turn kinds: {', '.join(kinds)}; languages en/ru/zh evenly; demo store seed {args.seed} (400 products).",
        "The DB cross-check is independent of the verifier: order state words against the order's real state,",
        "no state for orders that do not exist, every quoted price present somewhere in the store.",
        f"Local LLM: packaged Qwen2.5-Coder-1.5B-Instruct (llama.cpp, 2 threads), max {args.max_tokens} tokens;",
        "understanding without the LLM in this eval (it measures composing).",
        "Not measured here: claims without figures, e.g. the LLM naming a product that does not exist next to a",
        "real price from the closest search hit; figure verification cannot see those.",
        "",
    ]
    if examples:
        body += ["## Cases to read (first 25)", "",
                 markdown_table(["mode", "lang", "kind", "question", "finding", "final reply"], examples[:25])]
    write_report("grounding", metrics, dataset={"generator": "evals/grounding.py", "seed": args.seed,
                                               "turns": len(cases), "kinds": kinds},
                 body_md="\n".join(body), title="Grounding: no invented figures")
    bad = sum(metrics.get(f"ungrounded_final_{m}", 0) for m in results)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
