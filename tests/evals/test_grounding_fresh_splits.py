"""The fresh wording splits of the grounding eval, fresh 2 to fresh 11 (evals/grounding_fresh2.py ...
evals/grounding_fresh11.py): each covers every claim with wordings and state phrases of its own, new relative to
every earlier split, keeps the correctness rules, generates the eval's counts deterministically, and a planted error
always shows in the text (the reply with the true value, its correct twin, reads differently).

Verifier outcomes are not asserted: the tests check the splits themselves, not how the verifier does on them. No
reply text is printed, not even when a test fails: the assertions compare counts, hashes and flags, and failure
messages name a claim, language and pattern index, never a text, so the blind split's wording stays unread.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from evals import (
    grounding,
    grounding_fresh2,
    grounding_fresh3,
    grounding_fresh4,
    grounding_fresh5,
    grounding_fresh6,
    grounding_fresh7,
    grounding_fresh8,
    grounding_fresh9,
    grounding_fresh10,
    grounding_fresh11,
    grounding_fresh12,
    grounding_fresh13,
)
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
from evals.grounding_score import metrics, score
from evals.grounding_variety import PATTERNS as VARIETY_PATTERNS
from evals.grounding_variety import STATES as VARIETY_STATES
from evals.grounding_wording import COLOURS, FRESH, FRESH_PATTERNS, FRESH_STATES, PATTERNS, STATES


@dataclass(frozen=True)
class Fresh:
    """One fresh split: its wording module, the seed and pattern-id tag it is generated with, the split generated
    before it (same seed, different cases) and its name and metrics prefix in the eval's report."""

    number: int
    module: ModuleType
    seed: int
    tag: str
    previous: str
    name: str
    prefix: str

    @property
    def split(self) -> str:
        return str(getattr(self.module, f"FRESH{self.number}"))

    def table(self, what: str) -> Any:
        return getattr(self.module, f"FRESH{self.number}_{what}")


FRESH_SPLITS = [
    Fresh(2, grounding_fresh2, 11, "n", FRESH, "development (fresh 2, read)", "dev_fresh2"),
    Fresh(3, grounding_fresh3, 12, "t", FRESH2, "development (fresh 3, read)", "dev_fresh3"),
    Fresh(4, grounding_fresh4, 13, "q", FRESH3, "development (fresh 4, read)", "dev_fresh4"),
    Fresh(5, grounding_fresh5, 14, "v", FRESH4, "held-out (fresh 5)", "heldout_fresh5"),
    Fresh(6, grounding_fresh6, 15, "w", FRESH5, "development (fresh 6)", "dev_fresh6"),
    Fresh(7, grounding_fresh7, 16, "x", FRESH6, "development (fresh 7)", "dev_fresh7"),
    Fresh(8, grounding_fresh8, 17, "y", FRESH7, "held-out (fresh 8)", "heldout_fresh8"),
    Fresh(9, grounding_fresh9, 18, "z", FRESH8, "development (fresh 9)", "dev_fresh9"),
    Fresh(10, grounding_fresh10, 19, "k", FRESH9, "development (fresh 10)", "dev_fresh10"),
    Fresh(11, grounding_fresh11, 20, "j", FRESH10, "held-out (fresh 11)", "heldout_fresh11"),
    Fresh(12, grounding_fresh12, 21, "m", FRESH11, "development (fresh 12)", "dev_fresh12"),
    Fresh(13, grounding_fresh13, 22, "r", FRESH12, "development (fresh 13)", "dev_fresh13"),
]
each_split = pytest.mark.parametrize("fresh", FRESH_SPLITS, ids=[f"fresh{f.number}" for f in FRESH_SPLITS])

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
# Wordings fresh 5 shares with development (variety), by (claim, language) -> pattern indices and (language, state)
# -> phrase indices: known, left as they are because changing them would change fresh 5's cases. No other repeat.
# Fresh 6 was written without reading fresh 5; a plain status sentence and a state phrase came out the same. Fresh 8
# was written without reading fresh 5 or 7: three short order references match fresh 5's and a colour line matches
# development (fresh, read); left as they are, so fresh 8 stays unread (only the indices were looked up).
_KNOWN_REPEATS = {
    5: {("ref", "en"): [3], ("ref", "zh"): [1], ("state", "en"): [5]},
    6: {("state", "en"): [0]},
    8: {("ref", "en"): [0, 1], ("ref", "ru"): [0, 3], ("C", "en"): [5]},
    # order references said the plain way, as in splits their writer could not read
    11: {("ref", "en"): [3], ("ref", "ru"): [0, 1, 3]},
}
_KNOWN_STATE_REPEATS = {5: {("en", "pending"): [1], ("en", "delivered"): [2]}, 6: {("en", "cancelled"): [0]},
                        11: {("en", "pending"): [2], ("en", "shipped"): [1], ("en", "delivered"): [0],
                             ("ru", "delivered"): [3], ("ru", "cancelled"): [2]}}
# date-format fields that write the year (zh_numerals: 二〇二六年十二月一日, the year digit by digit)
_YEAR_FIELDS = {"y", "yy", "fw_y", "zh_numerals", "zh_y", "y_words", "y_gen_ru", "zh_y0"}


@pytest.fixture(scope="module")
def pool(demo_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> FactPool:
    from evals.grounding_facts import collect_facts
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    root: Path = tmp_path_factory.mktemp("grounding_fresh_splits")
    settings = Settings(data_dir=root, db=DatabaseSettings(url=demo_db_url), llm=LLMSettings(backend="none"))
    return collect_facts(settings, 3, n_products=40, n_orders=15, with_search=False)


def _fields(pattern: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(pattern) if f}


def _earlier_splits(fresh: Fresh) -> list[Fresh]:
    return [f for f in FRESH_SPLITS if f.number < fresh.number]


def _earlier_patterns(fresh: Fresh, claim: str, lang: str) -> set[str]:
    """Every pattern the splits written before ``fresh`` hold for ``claim`` in ``lang``: development, development
    (read), development (fresh, read), development (variety) and the fresh splits with a lower number."""
    dev, held = PATTERNS[claim][lang]
    seen = set(dev) | set(held) | set(FRESH_PATTERNS[claim][lang])
    seen |= set(VARIETY_PATTERNS.get(claim, {}).get(lang, []))
    for f in _earlier_splits(fresh):
        seen |= set(f.table("PATTERNS")[claim][lang])
    return seen


def _earlier_states(fresh: Fresh, lang: str, state: str) -> set[str]:
    """Every order-state phrase the splits written before ``fresh`` hold for ``state`` in ``lang``."""
    dev, held = STATES[lang][state]
    seen = set(dev) | set(held) | set(FRESH_STATES[lang][state])
    seen |= set(VARIETY_STATES.get(lang, {}).get(state, []))
    for f in _earlier_splits(fresh):
        seen |= set(f.table("STATES")[lang][state])
    return seen


@each_split
def test_wordings_cover_every_claim_are_new_and_carry_their_figures(fresh: Fresh) -> None:
    patterns_by_claim = fresh.table("PATTERNS")
    fresh2_patterns = grounding_fresh2.FRESH2_PATTERNS
    assert set(patterns_by_claim) == set(PATTERNS) == set(fresh2_patterns)
    for claim, by_lang in patterns_by_claim.items():
        assert set(by_lang) == set(LANGS), claim
        for lang, patterns in by_lang.items():
            distinct = len(set(patterns))
            assert distinct >= 6, (claim, lang)
            if fresh.number in (3, 4):  # written to match fresh 2's number of wordings per claim
                assert distinct >= len(fresh2_patterns[claim][lang]), (claim, lang)
            repeated = [i for i, p in enumerate(patterns) if p in _earlier_patterns(fresh, claim, lang)]
            known = _KNOWN_REPEATS.get(fresh.number, {}).get((claim, lang), [])
            assert set(repeated) <= set(known), (claim, lang, "pattern indices already in an earlier split", repeated)
            for i, p in enumerate(patterns):
                fields = _fields(p)
                need = {"date"} if claim.startswith("date.") else _CARRIES[claim]
                assert need <= fields, (claim, lang, i)
                if claim == "state":
                    assert fields & {"ref", "ref_low"}, (claim, lang, i)
    states = fresh.table("STATES")
    assert all(set(states[lang]) == set(STATES[lang]) for lang in LANGS)
    # the state phrases are new too
    for lang in LANGS:
        for state, phrases in states[lang].items():
            repeated = [i for i, p in enumerate(phrases) if p in _earlier_states(fresh, lang, state)]
            known = _KNOWN_STATE_REPEATS.get(fresh.number, {}).get((lang, state), [])
            assert set(repeated) <= set(known), (lang, state, "phrase indices already in an earlier split", repeated)


@each_split
def test_keeps_the_correctness_rules(fresh: Fresh) -> None:
    patterns_by_claim = fresh.table("PATTERNS")
    # no hedge or deadline word right before a date: "by Friday" is not "on Friday"
    for claim in (c for c in patterns_by_claim if c.startswith("date.")):
        for lang, patterns in patterns_by_claim[claim].items():
            for i, p in enumerate(patterns):
                before = p.split("{date}")[0].rstrip().lower()
                assert not before.endswith(("by", "around", "до", "около", "左右", "之前")), (claim, lang, i)
    # every date format carries the year: a date a year off must stay visibly wrong
    for lang, formats in fresh.table("DATE_FORMATS").items():
        assert all(_YEAR_FIELDS & _fields(x) for x in formats), lang
    # the restocking fee keeps its condition: opened and not faulty
    opened = {"en": ("opened",), "ru": ("вскрыт", "вскрыл", "открыл", "открыт", "распаков"),
              "zh": ("拆封", "开封", "拆了", "拆开", "打开", "拆过封")}
    not_faulty = {
        "en": ("faulty", "defect", "fault", "working", "works fine", "nothing wrong"),
        "ru": ("исправ", "дефект", "брак", "надлежащего", "рабоч", "всё в порядке"),
        "zh": ("无故障", "非质量", "无质量", "非故障", "功能正常", "没有质量问题", "没有故障", "毛病", "没坏",
               "不是故障", "正常", "不是质量问题"),
    }
    for lang, patterns in patterns_by_claim["policy.restocking_fee_pct"].items():
        for i, p in enumerate(patterns):
            low = p.lower()
            assert any(w in low for w in opened[lang]) and any(w in low for w in not_faulty[lang]), (lang, i)


@each_split
def test_split_generates_the_eval_counts_from_its_own_wordings(fresh: Fresh, pool: FactPool) -> None:
    cases = generate(pool, 510, 510, fresh.seed, fresh.split)
    n_cases = len(cases)
    assert n_cases == 1020 and {c.split for c in cases} == {fresh.split}
    per = Counter((c.language, c.label == CORRECT) for c in cases)
    assert per == {(lang, ok): 170 for lang in LANGS for ok in (True, False)}
    kinds = Counter(c.label for c in cases if c.label != CORRECT)
    assert set(kinds) == set(ERROR_KINDS) and set(kinds.values()) == {51}
    assert all(p.rsplit(".", 1)[1].startswith(fresh.tag) for c in cases for p in c.patterns)
    assert all(c.planted for c in cases if c.label != CORRECT)
    # no planted reply is word for word a correct one
    shared = len({c.text for c in cases if c.label != CORRECT} & {c.text for c in cases if c.label == CORRECT})
    assert shared == 0
    # no placeholder is left unfilled
    assert not any("{" in c.text or "}" in c.text for c in cases)
    # deterministic, and not the split before it drawn with the same seed
    own = dataset_hash(cases)
    again = dataset_hash(generate(pool, 510, 510, fresh.seed, fresh.split))
    previous = dataset_hash(generate(pool, 510, 510, fresh.seed, fresh.previous))
    assert again == own
    assert previous != own


def _in_stock(p: dict[str, Any]) -> bool:
    return bool(p["in_stock"]) and int(p["stock_qty"]) > 0


@each_split
def test_every_planted_value_shows_against_its_correct_twin(fresh: Fresh, pool: FactPool) -> None:
    """Two writers in the same random state render the same pattern, one with a wrong value (``w``) and one with the
    true value (``t``, its correct twin): the texts must differ, or the planted error would be invisible."""
    checked: Counter[str] = Counter()

    def shows(what: str, planted: str, correct: str, where: tuple[str, int]) -> None:
        same = planted == correct
        assert not same, (what, *where)
        checked[what] += 1

    for lang in LANGS:
        for i, scen in enumerate(pool.scenarios[lang]):
            where = (lang, i)

            def twins(scen: Any = scen, i: int = i) -> tuple[_Writer, _Writer]:
                seed = f"{fresh.seed}:{i}"
                return (
                    _Writer(scen, fresh.split, random.Random(seed), pool),
                    _Writer(scen, fresh.split, random.Random(seed), pool),
                )

            ps = scen.products
            if len(ps) >= 2 and Decimal(str(ps[0]["price"])) != Decimal(str(ps[1]["price"])):
                a, b = ps[0], ps[1]
                combo = "PQ" if _in_stock(a) else "PO"
                w, t = twins()
                shows(
                    "price",
                    w.product(a, combo, price=w.price(b["price"])),
                    t.product(a, combo, price=t.price(a["price"])),
                    where,
                )
            stocked = [p for p in ps if _in_stock(p)]
            if stocked:
                a = stocked[0]
                w, t = twins()
                shows("qty", w.product(a, "Q", qty=int(a["stock_qty"]) + 1), t.product(a, "Q"), where)
            if ps:
                a = ps[0]
                w, t = twins()
                shows("invented", w.product(a, "P", name="Zorblax Nova Frying Pan"), t.product(a, "P"), where)
            if scen.kind == "product":
                a = ps[0]
                sizes = (a.get("attributes") or {}).get("sizes") or []
                missing = [s for s in (SHOE_SIZES if sizes and sizes[0].isdigit() else APPAREL_SIZES) if s not in sizes]
                if sizes and missing:
                    w, t = twins()
                    shows("size", w.size(a, missing[0]), t.size(a, sizes[0]), where)
                real = (a.get("attributes") or {}).get("colour")
                if real in COLOURS:
                    w, t = twins()
                    shows("colour", w.colour(a, next(c for c in COLOURS if c != real)), t.colour(a, real), where)
            if scen.order is not None:
                real_state = str(scen.order["status"])
                w, t = twins()
                shows("state", w.state(WRONG_STATES[real_state][0]), t.state(real_state), where)
                # a year off is the hardest to show: every format must carry the year
                true = dt.date.fromisoformat(str(scen.order["placed_on"])[:10])
                w, t = twins()
                shows("date", w.date("placed_on", true.replace(year=true.year - 1)), t.date("placed_on"), where)
            if scen.policy is not None:
                w, t = twins()
                keys = t.policy_keys()
                if keys:
                    v = ((scen.policy or {}).get("fields") or {})[keys[0]]
                    bad_v: Any = (
                        [v[0], v[1] + 3]
                        if isinstance(v, list)
                        else (Decimal(str(v)) + 1 if isinstance(v, float) else v + 1)
                    )
                    shows("policy", w.policy(keys[0], bad_v), t.policy(keys[0]), where)
    assert set(checked) == {"price", "qty", "invented", "size", "colour", "state", "date", "policy"}, checked
    # a planted state or stock flip swaps the phrase itself: no phrase may be shared with the state it replaces
    states, patterns = fresh.table("STATES"), fresh.table("PATTERNS")
    for lang in LANGS:
        for real, wrongs in WRONG_STATES.items():
            assert all(not set(states[lang][real]) & set(states[lang][w]) for w in wrongs), (lang, real)
        for a_claim, b_claim in (("PI", "PO"), ("I", "O")):
            shared = len(set(patterns[a_claim][lang]) & set(patterns[b_claim][lang]))
            assert shared == 0, (lang, a_claim, b_claim)


@each_split
def test_money_and_dates_render_distinct_values_distinctly(fresh: Fresh) -> None:
    amounts = [
        Decimal(a)
        for a in ("5.99", "6.99", "14.99", "50", "50.01", "59.09", "59.90", "59.99", "599.90", "1299.99", "1300")
    ]
    days = [dt.date(2025, 11, 30) + dt.timedelta(days=n) for n in range(0, 420, 3)]
    words = fresh.module
    for lang in LANGS:
        for seed in range(25):
            rng = random.Random(seed)
            usd = {words.money_text(a, lang, fresh.split, rng) for a in amounts}
            other = {words.other_currency_text(a, lang, rng, fresh.split) for a in amounts}
            n_usd, n_other, n_both = len(usd), len(other), len(usd & other)
            assert n_usd == len(amounts) and n_other == len(amounts), (lang, seed)
            assert n_both == 0, (lang, seed)  # another currency never reads as the store's
            n_days = len({words.date_text(d, lang, fresh.split, rng) for d in days})
            assert n_days == len(days), (lang, seed)


def test_the_split_names_of_the_report() -> None:
    names = dict(grounding.SPLIT_NAMES)
    assert names["development (fresh, read)"] == "dev_fresh"
    assert all(names[f.name] == f.prefix for f in FRESH_SPLITS)
    # fresh 5, 8 and 11 are the blind splits; fresh 2 to 4 have been read, 6, 7, 9 and 10 were written to be read
    assert [n for n in names if n.startswith("held-out")] == ["held-out (fresh 5)", "held-out (fresh 8)",
                                                              "held-out (fresh 11)"]
    assert len(set(names.values())) == len(names)


@each_split
def test_split_scores_into_its_own_metrics(fresh: Fresh, pool: FactPool) -> None:
    p = fresh.prefix
    m = metrics(score(generate(pool, 30, 30, fresh.seed, fresh.split)), p)
    assert m[f"{p}_planted_all"] == 30 and m[f"{p}_correct_all"] == 30
    for lang in LANGS:
        assert m[f"{p}_planted_{lang}"] == 10 and m[f"{p}_correct_{lang}"] == 10
        assert 0.0 <= m[f"{p}_recall_{lang}"] <= 1.0
        assert 0.0 <= m[f"{p}_false_reject_rate_{lang}"] <= 1.0
