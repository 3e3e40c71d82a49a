"""The second fresh split of the grounding eval (evals/grounding_fresh2.py), now "development (fresh 2, read)":
counts, its own wordings, and that a planted error always shows in the text (the reply with the true value, its
correct twin, reads differently).

Verifier outcomes are not asserted here: the split measures the verifier in the eval's report, not in tests.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

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
from evals.grounding_facts import LANGS, FactPool, Scenario
from evals.grounding_fresh2 import (
    FRESH2,
    FRESH2_PATTERNS,
    FRESH2_STATES,
    date_text,
    money_text,
    other_currency_text,
)
from evals.grounding_score import metrics, score
from evals.grounding_wording import COLOURS, FRESH, PATTERNS, STATES

# the placeholders that carry each claim's figures: a pattern without one would hide a planted value
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

    root: Path = tmp_path_factory.mktemp("grounding_fresh2")
    settings = Settings(data_dir=root, db=DatabaseSettings(url=demo_db_url), llm=LLMSettings(backend="none"))
    return collect_facts(settings, 3, n_products=40, n_orders=15, with_search=False)


def test_fresh2_wordings_cover_every_claim_and_state_and_carry_their_figures() -> None:
    assert set(FRESH2_PATTERNS) == set(PATTERNS)
    for claim, by_lang in FRESH2_PATTERNS.items():
        assert set(by_lang) == set(LANGS)
        for lang, patterns in by_lang.items():
            assert len(set(patterns)) >= 6, (claim, lang)
            for p in patterns:
                fields = {f for _, f, _, _ in string.Formatter().parse(p) if f}
                need = {"date"} if claim.startswith("date.") else _CARRIES[claim]
                assert need <= fields, (claim, lang, p)
                if claim == "state":
                    assert fields & {"ref", "ref_low"}, p
    assert all(set(FRESH2_STATES[lang]) == set(STATES[lang]) for lang in LANGS)


def test_fresh2_split_generates_the_eval_counts_from_its_own_wordings(pool: FactPool) -> None:
    cases = generate(pool, 510, 510, 11, FRESH2)
    assert len(cases) == 1020 and {c.split for c in cases} == {FRESH2}
    per = Counter((c.language, c.label == CORRECT) for c in cases)
    assert per == {(lang, ok): 170 for lang in LANGS for ok in (True, False)}
    kinds = Counter(c.label for c in cases if c.label != CORRECT)
    assert set(kinds) == set(ERROR_KINDS) and set(kinds.values()) == {51}
    assert all(p.rsplit(".", 1)[1].startswith("n") for c in cases for p in c.patterns)
    assert all(c.planted for c in cases if c.label != CORRECT)
    # no planted reply is word for word a correct one
    assert not {c.text for c in cases if c.label != CORRECT} & {c.text for c in cases if c.label == CORRECT}
    assert dataset_hash(generate(pool, 510, 510, 11, FRESH2)) == dataset_hash(cases)
    assert dataset_hash(generate(pool, 510, 510, 11, FRESH)) != dataset_hash(cases)


Write = Callable[[_Writer, bool], str | None]


def _twins(pool: FactPool, seed: int, write: Write) -> list[tuple[str | None, str | None]]:
    """(planted, correct) sentence pairs: two writers in the same state, so the same pattern and name, one given a
    wrong value and the other the true one. ``write(writer, wrong)`` renders one sentence, None if the scenario
    cannot carry the claim."""
    pairs: list[tuple[str | None, str | None]] = []
    for lang in LANGS:
        for i, scen in enumerate(pool.scenarios[lang]):
            planted = write(_writer(scen, pool, f"{seed}:{i}"), True)
            if planted is not None:
                pairs.append((planted, write(_writer(scen, pool, f"{seed}:{i}"), False)))
    return pairs


def _writer(scen: Scenario, pool: FactPool, seed: str) -> _Writer:
    return _Writer(scen, FRESH2, random.Random(seed), pool)


def _in_stock(p: dict[str, Any]) -> bool:
    return bool(p["in_stock"]) and int(p["stock_qty"]) > 0


def test_every_planted_value_shows_against_its_correct_twin(pool: FactPool) -> None:
    def price(w: _Writer, wrong: bool) -> str | None:
        if len(w.s.products) < 2:
            return None
        a, b = w.s.products[0], w.s.products[1]
        if Decimal(str(a["price"])) == Decimal(str(b["price"])):
            return None
        text = w.price(b["price"] if wrong else a["price"])
        return w.product(a, "PQ" if _in_stock(a) else "PO", price=text)

    def qty(w: _Writer, wrong: bool) -> str | None:
        stocked = [p for p in w.s.products if _in_stock(p)]
        if not stocked:
            return None
        a = stocked[0]
        return w.product(a, "Q", qty=int(a["stock_qty"]) + (1 if wrong else 0))

    def size(w: _Writer, wrong: bool) -> str | None:
        if w.s.kind != "product" or not (w.s.products[0].get("attributes") or {}).get("sizes"):
            return None
        a = w.s.products[0]
        sizes = a["attributes"]["sizes"]
        missing = [s for s in (SHOE_SIZES if sizes[0].isdigit() else APPAREL_SIZES) if s not in sizes]
        return w.size(a, missing[0] if wrong else sizes[0]) if missing else None

    def colour(w: _Writer, wrong: bool) -> str | None:
        if w.s.kind != "product" or (w.s.products[0].get("attributes") or {}).get("colour") not in COLOURS:
            return None
        real = w.s.products[0]["attributes"]["colour"]
        return w.colour(w.s.products[0], next(c for c in COLOURS if c != real) if wrong else real)

    def invented(w: _Writer, wrong: bool) -> str | None:
        if not w.s.products:
            return None
        a = w.s.products[0]
        return w.product(a, "P", **({"name": "Zorblax Nova Frying Pan"} if wrong else {}))

    def state(w: _Writer, wrong: bool) -> str | None:
        if w.s.order is None:
            return None
        real = str(w.s.order["status"])
        return w.state(WRONG_STATES[real][0] if wrong else real)

    def date(w: _Writer, wrong: bool) -> str | None:
        if w.s.order is None:
            return None
        true = dt.date.fromisoformat(str(w.s.order["placed_on"])[:10])
        # a year off is the hardest to show: every format must carry the year
        return w.date("placed_on", true.replace(year=true.year - 1) if wrong else true)

    def policy(w: _Writer, wrong: bool) -> str | None:
        keys = w.policy_keys()
        if not keys:
            return None
        v = ((w.s.policy or {}).get("fields") or {})[keys[0]]
        bad = [v[0], v[1] + 3] if isinstance(v, list) else (Decimal(str(v)) + 1 if isinstance(v, float) else v + 1)
        return w.policy(keys[0], bad if wrong else None)

    # a planted state or stock flip swaps the phrase itself: no phrase may be shared with the state it replaces
    for lang in LANGS:
        for real, wrongs in WRONG_STATES.items():
            assert all(not set(FRESH2_STATES[lang][real]) & set(FRESH2_STATES[lang][w]) for w in wrongs)
        for a, b in (("PI", "PO"), ("I", "O")):
            assert not set(FRESH2_PATTERNS[a][lang]) & set(FRESH2_PATTERNS[b][lang])
    for write in (price, qty, size, colour, invented, state, date, policy):
        pairs = _twins(pool, 11, write)
        assert pairs, write.__name__
        assert all(planted != correct for planted, correct in pairs), write.__name__


def test_money_and_dates_render_distinct_values_distinctly() -> None:
    amounts = [Decimal(a) for a in ("5.99", "6.99", "14.99", "50", "50.01", "59.99", "599.90", "1299.99", "1300")]
    days = [dt.date(2025, 11, 30) + dt.timedelta(days=n) for n in range(0, 420, 3)]
    for lang in LANGS:
        for seed in range(25):
            rng = random.Random(seed)
            usd = [money_text(a, lang, FRESH2, rng) for a in amounts]
            other = [other_currency_text(a, lang, rng, FRESH2) for a in amounts]
            assert len(set(usd)) == len(amounts) and len(set(other)) == len(amounts)
            assert not set(usd) & set(other)  # another currency never reads as the store's
            written = [date_text(d, lang, FRESH2, rng) for d in days]
            assert len(set(written)) == len(days)


def test_fresh2_split_scores_into_its_own_metrics(pool: FactPool) -> None:
    m = metrics(score(generate(pool, 30, 30, 11, FRESH2)), "dev_fresh2")
    assert m["dev_fresh2_planted_all"] == 30 and m["dev_fresh2_correct_all"] == 30
    for lang in LANGS:
        assert m[f"dev_fresh2_planted_{lang}"] == 10 and m[f"dev_fresh2_correct_{lang}"] == 10
        assert 0.0 <= m[f"dev_fresh2_recall_{lang}"] <= 1.0
        assert 0.0 <= m[f"dev_fresh2_false_reject_rate_{lang}"] <= 1.0
