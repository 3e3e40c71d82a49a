"""A/B experiments on how replies read (issue 14 item 5): the model's system prompt ("prompt") and the product lines'
stock display ("price_display"), set per shopper session by a running experiment on a copy of the demo store, through
real assistant turns; every line shown still passes verification."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import create_engine, text

from agent import templates
from agent.assistant import Assistant
from agent.compose import SYSTEM_PROMPT
from agent.grounding import verify_reply
from agent.llm.scripted import ScriptedChatModel
from agent.reply_variants import SYSTEM_PROMPTS, price_display_for, system_prompt_for
from tests.agent.assistant_support import (
    KeywordUnderstander,
    collect,
    copy_store,
    done_of,
    make_services,
    make_settings,
)
from tools.experiments import hooks, store
from tools.experiments.assign import assign
from tools.experiments.models import PRICE_DISPLAYS, PROMPTS, ExperimentSpec, VariantSpec


def _line_of(reply: str, title: str) -> str:
    """The numbered product line of ``title`` in a search reply (the heading quotes the query too)."""
    return next(ln for ln in reply.splitlines() if title in ln and re.match(r"\d+\. ", ln))


def _sessions_by_variant(spec: ExperimentSpec, n: int = 60) -> dict[str, str]:
    """One session id per variant of ``spec``."""
    out: dict[str, str] = {}
    for i in range(n):
        out.setdefault(assign(spec, f"web:{i}"), f"web:{i}")
    assert set(out) == {v.name for v in spec.variants}
    return out


def test_every_named_value_has_its_meaning_and_typos_are_refused() -> None:
    assert set(SYSTEM_PROMPTS) == set(PROMPTS) and SYSTEM_PROMPTS["default"] == SYSTEM_PROMPT
    for prompt in SYSTEM_PROMPTS.values():  # the grounding rules are in every variant, word for word
        assert "Use only the facts given: no other prices, numbers, dates, stock or products." in prompt
    with pytest.raises(ValidationError, match="price_display 'scarce' is not one of"):
        VariantSpec(name="b", weight=1, config={"price_display": "scarce"})
    with pytest.raises(ValidationError, match="prompt 'friendly' is not one of"):
        VariantSpec(name="b", weight=1, config={"prompt": "friendly"})


@pytest.mark.parametrize("style", PRICE_DISPLAYS)
@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_each_display_is_a_verified_line(style: str, lang: str) -> None:
    low = {"product_id": 1, "title": "Trail Lamp", "price": "19.99", "currency": "USD", "in_stock": True,
           "stock_qty": 3}
    high = {**low, "product_id": 2, "title": "Camp Mug", "stock_qty": 40}
    with templates.price_display(style):
        lines = [templates.product_line(h, lang) for h in (low, high)]
    for line, hit in zip(lines, (low, high), strict=True):
        verdict = verify_reply(line, [hit], language=lang, default_currency="USD")
        assert verdict.ok, (line, verdict.reason())
    if style == "price_and_stock":
        assert "3" in lines[0] and "40" in lines[1]
    elif style == "price_only":
        assert "3" not in lines[0].replace("19.99", "") and "40" not in lines[1], lines
    else:  # scarcity: the count only when it is low
        assert templates.t("only_left", lang, qty=3) in lines[0] and "40" not in lines[1], lines
    # Outside the block the default holds again.
    assert templates.t("in_stock", lang, qty=40) in templates.product_line(high, lang)


async def test_sessions_read_their_variants_prompt_and_display(tmp_path: Path) -> None:
    base = copy_store(tmp_path / "store")
    settings = make_settings(tmp_path, data_dir=base, llm="llamacpp")
    with create_engine(settings.db_url).connect() as conn:
        title, qty = conn.execute(text(
            "SELECT p.title, SUM(s.qty_system) q FROM products p JOIN stock s ON s.product_id = p.id "
            "WHERE p.active GROUP BY p.id HAVING q BETWEEN 1 AND 5 ORDER BY p.id LIMIT 1")).one()
    spec = store.create(settings.db_url, ExperimentSpec(name="display-1", variants=[
        VariantSpec(name="control", weight=1),
        VariantSpec(name="plain", weight=1, config={"price_display": "price_only", "prompt": "one_sentence"}),
        VariantSpec(name="scarce", weight=1, config={"price_display": "scarcity", "prompt": "warm"}),
    ]))
    hooks.forget_cache()
    sessions = _sessions_by_variant(spec)
    for sid in sessions.values():
        assert price_display_for(settings, sid, "manager") == "price_and_stock"  # staff are not measured
        assert system_prompt_for(settings, sid, "manager") == SYSTEM_PROMPT

    model = ScriptedChatModel(lambda messages: "")  # says nothing true: the template's lines are what is shown
    a = Assistant(settings, chat_model=model, services=make_services(settings), understander=KeywordUnderstander())
    try:
        shown = {name: done_of(await collect(a, title, session=sid)) for name, sid in sessions.items()}
    finally:
        await a.aclose()
        hooks.forget_cache()
    systems = [c.messages[0].content for c in model.calls if c.kind == "stream"]
    assert set(systems) == {SYSTEM_PROMPT, SYSTEM_PROMPTS["one_sentence"], SYSTEM_PROMPTS["warm"]}

    line = _line_of(shown["control"].text, title)
    assert templates.t("in_stock", "en", qty=int(qty)) in line
    line = _line_of(shown["plain"].text, title)
    assert line.endswith(", " + templates.t("in_stock_plain", "en")), line
    assert templates.t("in_stock", "en", qty=int(qty)) not in line
    line = _line_of(shown["scarce"].text, title)
    assert templates.t("only_left", "en", qty=int(qty)) in line
    assert all(d.grounded for d in shown.values()), {k: d.text for k, d in shown.items()}
