"""The third fresh split of the grounding eval, now "development (fresh 3, read)" (evals/grounding_fresh3.py): it
covers every claim with its own wordings, generates the eval's counts, and a planted error always shows in the text.

Verifier outcomes are not asserted: the tests check the split itself, not how the verifier does on it.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from evals import grounding
from evals.grounding_cases import (
    APPAREL_SIZES,
    CORRECT,
    ERROR_KINDS,
    SHOE_SIZES,
    WRONG_STATES,
    _Writer,
    dataset_hash,
    generate,
)
from evals.grounding_facts import LANGS, FactPool
from evals.grounding_fresh2 import FRESH2, FRESH2_PATTERNS
from evals.grounding_fresh3 import (
    FRESH3,
    FRESH3_DATE_FORMATS,
    FRESH3_PATTERNS,
    FRESH3_STATES,
    date_text,
    money_text,
    other_currency_text,
)
from evals.grounding_score import metrics, score
from evals.grounding_variety import PATTERNS as VARIETY_PATTERNS
from evals.grounding_wording import COLOURS, FRESH_PATTERNS, PATTERNS, STATES

# placeholders that carry each claim's figures: a pattern without one would hide a planted value
_CARRIES = {
    "P": {"name", "price"},
    "PQ": {"name", "price", "qty"},
    "PI": {"name", "price"},
    "PO": {"name", "price"},
    "Q": {"name", "qty"},
    "I": {"name"},
    "O": {"name"},
    "S": {"name", "size"},
    "C": {"name", "colour"},
    "PP": {"name", "price", "name2", "price2"},
    "count": {"count"},
    "ref": {"n"},
    "state": {"state"},
    "total": {"total"},
    "carrier": {"carrier"},
    "policy.standard_fee": {"m"},
    "policy.free_shipping_over": {"m"},
    "policy.express_fee": {"m"},
    "policy.refund_days": {"v", "v2"},
    "policy.standard_days": {"v", "v2"},
    "policy.express_days": {"v", "v2"},
    "policy.return_days": {"v"},
    "policy.restocking_fee_pct": {"v"},
    "policy.warranty_months": {"v"},
}


@pytest.fixture(scope="module")
def pool(demo_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> FactPool:
    from evals.grounding_facts import collect_facts
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    root: Path = tmp_path_factory.mktemp("grounding_fresh3")
    settings = Settings(data_dir=root, db=DatabaseSettings(url=demo_db_url), llm=LLMSettings(backend="none"))
    return collect_facts(settings, 3, n_products=40, n_orders=15, with_search=False)


def _earlier(claim: str, lang: str) -> set[str]:
    """Every pattern the earlier (now read) splits hold for ``claim`` in ``lang``."""
    dev, held = PATTERNS[claim][lang]
    seen = set(dev) | set(held) | set(FRESH_PATTERNS[claim][lang]) | set(FRESH2_PATTERNS[claim][lang])
    return seen | set(VARIETY_PATTERNS.get(claim, {}).get(lang, []))


def test_fresh3_wordings_cover_every_claim_are_new_and_carry_their_figures() -> None:
    assert set(FRESH3_PATTERNS) == set(PATTERNS) == set(FRESH2_PATTERNS)
    for claim, by_lang in FRESH3_PATTERNS.items():
        assert set(by_lang) == set(LANGS)
        for lang, patterns in by_lang.items():
            assert len(set(patterns)) >= max(6, len(FRESH2_PATTERNS[claim][lang])), (claim, lang)
            assert not set(patterns) & _earlier(claim, lang), (claim, lang)
            for p in patterns:
                fields = {f for _, f, _, _ in string.Formatter().parse(p) if f}
                need = {"date"} if claim.startswith("date.") else _CARRIES[claim]
                assert need <= fields, (claim, lang, p)
                if claim == "state":
                    assert fields & {"ref", "ref_low"}, p
    assert all(set(FRESH3_STATES[lang]) == set(STATES[lang]) for lang in LANGS)


def test_fresh3_keeps_the_correctness_rules() -> None:
    # no hedge or deadline word right before a date: "by Friday" is not "on Friday"
    for claim in (c for c in FRESH3_PATTERNS if c.startswith("date.")):
        for lang, patterns in FRESH3_PATTERNS[claim].items():
            for p in patterns:
                before = p.split("{date}")[0].rstrip().lower()
                assert not before.endswith(("by", "around", "до", "около", "左右", "之前")), (lang, p)
    # every date format carries the year
    for formats in FRESH3_DATE_FORMATS.values():
        assert all({"y", "yy", "fw_y"} & {f for _, f, _, _ in string.Formatter().parse(x) if f} for x in formats)
    # the restocking fee keeps its condition: opened and not faulty
    opened = {"en": ("opened",), "ru": ("вскрыт",), "zh": ("拆封", "开封")}
    not_faulty = {
        "en": ("faulty", "defect", "fault", "working order"),
        "ru": ("исправ", "дефект", "брак", "надлежащего"),
        "zh": ("无故障", "非质量", "无质量", "非故障", "功能正常"),
    }
    for lang, patterns in FRESH3_PATTERNS["policy.restocking_fee_pct"].items():
        for p in patterns:
            assert any(w in p.lower() for w in opened[lang]) and any(w in p.lower() for w in not_faulty[lang]), p


def test_fresh3_split_generates_the_eval_counts_from_its_own_wordings(pool: FactPool) -> None:
    cases = generate(pool, 510, 510, 12, FRESH3)
    assert len(cases) == 1020 and {c.split for c in cases} == {FRESH3}
    per = Counter((c.language, c.label == CORRECT) for c in cases)
    assert per == {(lang, ok): 170 for lang in LANGS for ok in (True, False)}
    kinds = Counter(c.label for c in cases if c.label != CORRECT)
    assert set(kinds) == set(ERROR_KINDS) and set(kinds.values()) == {51}
    assert all(p.rsplit(".", 1)[1].startswith("t") for c in cases for p in c.patterns)
    assert all(c.planted for c in cases if c.label != CORRECT)
    assert not {c.text for c in cases if c.label != CORRECT} & {c.text for c in cases if c.label == CORRECT}
    # no placeholder is left unfilled
    assert not any("{" in c.text or "}" in c.text for c in cases)
    assert dataset_hash(generate(pool, 510, 510, 12, FRESH3)) == dataset_hash(cases)
    assert dataset_hash(generate(pool, 510, 510, 12, FRESH2)) != dataset_hash(cases)


def _in_stock(p: dict[str, Any]) -> bool:
    return bool(p["in_stock"]) and int(p["stock_qty"]) > 0


def test_every_planted_value_shows_against_its_correct_twin(pool: FactPool) -> None:
    """Two writers in the same random state render the same pattern, one with a wrong value and one with the
    true value: the texts must differ, or the planted error would be invisible."""
    checked: Counter[str] = Counter()
    for lang in LANGS:
        for i, scen in enumerate(pool.scenarios[lang]):

            def twin(wrong: bool, scen: Any = scen, i: int = i) -> _Writer:
                del wrong
                return _Writer(scen, FRESH3, random.Random(f"12:{i}"), pool)

            ps = scen.products
            if len(ps) >= 2 and Decimal(str(ps[0]["price"])) != Decimal(str(ps[1]["price"])):
                a, b = ps[0], ps[1]
                combo = "PQ" if _in_stock(a) else "PO"
                bad = (w := twin(True)).product(a, combo, price=w.price(b["price"]))
                good = (w := twin(False)).product(a, combo, price=w.price(a["price"]))
                assert bad != good
                checked["price"] += 1
            stocked = [p for p in ps if _in_stock(p)]
            if stocked:
                a = stocked[0]
                assert twin(True).product(a, "Q", qty=int(a["stock_qty"]) + 1) != twin(False).product(a, "Q")
                checked["qty"] += 1
            if scen.kind == "product":
                a = ps[0]
                sizes = (a.get("attributes") or {}).get("sizes") or []
                missing = [s for s in (SHOE_SIZES if sizes and sizes[0].isdigit() else APPAREL_SIZES) if s not in sizes]
                if sizes and missing:
                    assert twin(True).size(a, missing[0]) != twin(False).size(a, sizes[0])
                    checked["size"] += 1
                real = (a.get("attributes") or {}).get("colour")
                if real in COLOURS:
                    other = next(c for c in COLOURS if c != real)
                    assert twin(True).colour(a, other) != twin(False).colour(a, real)
                    checked["colour"] += 1
            if scen.order is not None:
                real_state = str(scen.order["status"])
                assert twin(True).state(WRONG_STATES[real_state][0]) != twin(False).state(real_state)
                true = dt.date.fromisoformat(str(scen.order["placed_on"])[:10])
                assert twin(True).date("placed_on", true.replace(year=true.year - 1)) != twin(False).date("placed_on")
                checked["order"] += 1
            if scen.policy is not None:
                keys = twin(False).policy_keys()
                if keys:
                    v = ((scen.policy or {}).get("fields") or {})[keys[0]]
                    bad_v: Any = (
                        [v[0], v[1] + 3]
                        if isinstance(v, list)
                        else (Decimal(str(v)) + 1 if isinstance(v, float) else v + 1)
                    )
                    assert twin(True).policy(keys[0], bad_v) != twin(False).policy(keys[0])
                    checked["policy"] += 1
    assert set(checked) == {"price", "qty", "size", "colour", "order", "policy"}, checked
    # a planted state or stock flip swaps the phrase itself: no phrase may be shared with the state it replaces
    for lang in LANGS:
        for real, wrongs in WRONG_STATES.items():
            assert all(not set(FRESH3_STATES[lang][real]) & set(FRESH3_STATES[lang][w]) for w in wrongs)
        for a_claim, b_claim in (("PI", "PO"), ("I", "O")):
            assert not set(FRESH3_PATTERNS[a_claim][lang]) & set(FRESH3_PATTERNS[b_claim][lang])


def test_money_and_dates_render_distinct_values_distinctly() -> None:
    amounts = [
        Decimal(a)
        for a in ("5.99", "6.99", "14.99", "50", "50.01", "59.09", "59.90", "59.99", "599.90", "1299.99", "1300")
    ]
    days = [dt.date(2025, 11, 30) + dt.timedelta(days=n) for n in range(0, 420, 3)]
    for lang in LANGS:
        for seed in range(25):
            rng = random.Random(seed)
            usd = [money_text(a, lang, FRESH3, rng) for a in amounts]
            other = [other_currency_text(a, lang, rng, FRESH3) for a in amounts]
            assert len(set(usd)) == len(amounts) and len(set(other)) == len(amounts)
            assert not set(usd) & set(other)
            written = [date_text(d, lang, FRESH3, rng) for d in days]
            assert len(set(written)) == len(days)


def test_fresh3_and_the_earlier_fresh_splits_are_development(pool: FactPool) -> None:
    names = dict(grounding.SPLIT_NAMES)
    assert names["development (fresh 3, read)"] == "dev_fresh3"
    assert names["development (fresh, read)"] == "dev_fresh" and names["development (fresh 2, read)"] == "dev_fresh2"
    m = metrics(score(generate(pool, 30, 30, 12, FRESH3)), "dev_fresh3")
    assert m["dev_fresh3_planted_all"] == 30 and m["dev_fresh3_correct_all"] == 30
    for lang in LANGS:
        assert m[f"dev_fresh3_planted_{lang}"] == 10 and m[f"dev_fresh3_correct_{lang}"] == 10
        assert 0.0 <= m[f"dev_fresh3_recall_{lang}"] <= 1.0
        assert 0.0 <= m[f"dev_fresh3_false_reject_rate_{lang}"] <= 1.0
