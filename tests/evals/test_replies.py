"""The replies eval's packet, key and score logic on a tiny synthetic set, and one real generation run."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from evals.replies_generate import (
    MODEL,
    TEMPLATE,
    GeneratedTurn,
    HistoryStep,
    Turn,
    VariantReply,
    compact_facts,
    interleave,
    load_generated,
)
from evals.replies_packets import IDENTICAL, build_round, load_key, write_round
from evals.replies_score import (
    VerdictError,
    agreement,
    at_least_best,
    choose_policy,
    outcome,
    parse_ranking,
    policy_latency,
    policy_share,
    read_round,
    turn_info,
    two_fold_share,
)


def _reply(text: str, first: float, llm: bool = False) -> VariantReply:
    return VariantReply(
        text=text,
        first_sentence_s=first,
        total_s=first + (3.0 if llm else 0.01),
        used_llm=llm,
        grounded=True,
        intent="search",
        kind="search_results",
    )


def _turn(tid: str, lang: str, journey: str, template: str, model: str) -> GeneratedTurn:
    return GeneratedTurn(
        turn=tid,
        lang=lang,
        journey=journey,
        text=f"question {tid}",
        history=[HistoryStep(text="hi", reply="Hello!")] if tid.endswith("0") else [],
        facts=[{"title": "Trail boot", "price": "99.00", "in_stock": True}],
        variants={TEMPLATE: _reply(template, 0.03), MODEL: _reply(model, 2.0, llm=True)},
    )


@pytest.fixture
def generated() -> list[GeneratedTurn]:
    rows = []
    for i in range(12):
        lang = ("en", "ru", "zh")[i % 3]
        journey = "search" if i < 6 else "product"
        model_text = f"model says {i}" if i != 11 else f"template says {i}"  # turn 11: identical texts
        rows.append(_turn(f"{lang}-{journey}-{i:02d}", lang, journey, f"template says {i}", model_text))
    return rows


def _truth(g: GeneratedTurn) -> dict[str, int]:
    """The synthetic judge: the model wins product turns, search turns are ties."""
    return {TEMPLATE: 1, MODEL: 0} if g.journey == "product" else {TEMPLATE: 0, MODEL: 0}


def _write_verdicts(folder: Path, generated: list[GeneratedTurn], flip: frozenset[str] = frozenset()) -> None:
    """Verdict files as a judge would write them: labels only, ranked by ``_truth`` (reversed for ``flip``)."""
    keys = load_key(folder)
    by_id = {g.turn: g for g in generated}
    files: dict[str, list[str]] = {}
    for turn, key in keys.items():
        if key.file == IDENTICAL:
            continue
        truth = _truth(by_id[turn])
        if turn in flip:
            truth = {v: 1 - lvl for v, lvl in truth.items()}
        level = {label: truth[variants[0]] for label, variants in key.labels.items()}
        groups = [sorted(lbl for lbl, lv in level.items() if lv == x) for x in sorted(set(level.values()))]
        ranking = ">".join("=".join(g) for g in groups)
        files.setdefault(key.file.replace("packet_", "verdicts_").replace(".md", ".jsonl"), []).append(
            json.dumps({"turn": turn, "ranking": ranking, "notes": "synthetic"})
        )
    for name, lines in files.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_parse_ranking_reads_levels_and_rejects_bad_lines() -> None:
    assert parse_ranking("A>B=C", "ABC") == {"A": 0, "B": 1, "C": 1}
    assert parse_ranking(" b = a ", "AB") == {"A": 0, "B": 0}
    for bad in ("A>B", "A>A=B", "A>>B", "A>B>D"):
        with pytest.raises(VerdictError):
            parse_ranking(bad, "AB" if bad != "A>B" else "ABC")


def test_packets_are_blind_deterministic_and_shuffled_per_round(generated: list[GeneratedTurn]) -> None:
    files1, keys1 = build_round(generated, 1, per_file=5)
    again, keys1b = build_round(generated, 1, per_file=5)
    files2, keys2 = build_round(generated, 2, per_file=5)
    assert files1 == again and keys1 == keys1b
    text = "\n".join(files1.values())
    assert "template says 3" in text and "model says 3" in text
    assert TEMPLATE not in text.replace("template says", "") and "model says" in text
    assert "used_llm" not in text and "first_sentence" not in text
    # Identical replies are not shown to judges; every other turn is, once.
    auto = [k for k in keys1 if k.file == IDENTICAL]
    assert [k.turn for k in auto] == [generated[11].turn]
    assert sorted(k.turn for k in keys1) == sorted(g.turn for g in generated)
    assert all(text.count(f"`{g.turn}`") == 1 for g in generated[:11])
    assert len(files1) == 2  # 12 turns at about 5 a file
    # The label order and the turn order both change between rounds.
    first1 = {k.turn: k.labels["A"] for k in keys1}
    first2 = {k.turn: k.labels["A"] for k in keys2}
    assert first1 != first2
    assert [k.turn for k in keys1] != [k.turn for k in keys2]
    assert {tuple(sorted(v for vs in k.labels.values() for v in vs)) for k in keys1} == {(MODEL, TEMPLATE)}


def test_verdicts_map_back_through_the_key_and_score(tmp_path: Path, generated: list[GeneratedTurn]) -> None:
    for r in (1, 2):
        write_round(generated, r, tmp_path, per_file=5)
    _write_verdicts(tmp_path / "round1", generated)
    flipped = {generated[7].turn}  # a product turn the second round judges the other way
    _write_verdicts(tmp_path / "round2", generated, flip=frozenset(flipped))
    r1, r2 = read_round(tmp_path / "round1", 1), read_round(tmp_path / "round2", 2)
    assert not r1.errors and not r1.missing and r1.auto == {generated[11].turn}
    for g in generated[:11]:
        assert r1.levels[g.turn] == _truth(g)
    assert outcome(r1.levels[generated[7].turn], MODEL) == "win"
    assert outcome(r1.levels[generated[0].turn], MODEL) == "tie"
    assert outcome(r2.levels[generated[7].turn], MODEL) == "loss"
    share, n = agreement(r1, r2)
    assert n == 11 and share == pytest.approx(10 / 11)  # identical-text turns are left out
    assert agreement(r1, r1)[0] == 1.0

    info = turn_info(generated)
    rounds = [r1, r2]
    chosen = choose_policy(rounds, info, [TEMPLATE, MODEL])
    # Search: a tie everywhere, so the faster template; product: the model wins.
    assert {cell: v for cell, v in chosen.items() if cell[0] == "search"} == {
        ("search", lang): TEMPLATE for lang in ("en", "ru", "zh")
    }
    assert {cell: v for cell, v in chosen.items() if cell[0] == "product"} == {
        ("product", lang): MODEL for lang in ("en", "ru", "zh")
    }
    assert policy_share(TEMPLATE, rounds, info, lang="en")[0] == pytest.approx(4 / 8)
    assert policy_share(chosen, rounds, info, lang="en")[0] == 1.0
    # ru holds the flipped turn: in round 2 the model lost it.
    ru_share, ru_n = policy_share(chosen, rounds, info, lang="ru")
    assert ru_n == 8 and ru_share == pytest.approx(7 / 8)
    lat = policy_latency(chosen, info)
    assert lat["model_share_of_turns"] == pytest.approx(0.5)
    assert lat["first_sentence_p50_s"] == pytest.approx((0.03 + 2.0) / 2)
    two = two_fold_share(rounds, info, [TEMPLATE, MODEL])
    assert set(two) == {"en", "ru", "zh"} and all(n > 0 for _, n in two.values())


def test_variants_differing_only_in_their_own_ticket_number_share_a_label() -> None:
    from evals.replies_packets import assign_labels

    g = _turn(
        "en-handover-001",
        "en",
        "handover",
        "I've filed ticket 1 for you; call +1-555 by 18:00.",
        "I've filed ticket 18 for you; call +1-555 by 18:00.",
    )
    g.facts = [{"ticket_id": 1}]
    g.variants[MODEL].facts = [{"ticket_id": 18}]
    import random

    assert list(assign_labels(g, random.Random(1)).values()) == [[MODEL, TEMPLATE]]
    g.variants[MODEL].text = "I've filed ticket 18 for you; call +1-555 by 17:00."
    assert len(assign_labels(g, random.Random(1))) == 2


def test_a_candidate_with_other_facts_is_shown_its_own() -> None:
    from evals.replies_packets import render_turn

    g = _turn("en-search-002", "en", "search", "Trail boot, $99.", "Summit boot, $120.")
    g.variants[MODEL].facts = [{"title": "Summit boot", "price": "120.00"}]
    text = render_turn(g, {"A": [TEMPLATE], "B": [MODEL]})
    assert text.count("Facts candidate B answered from") == 1 and "Summit boot" in text.split("**B**")[1]
    g.variants[MODEL].facts = [{**g.facts[0], "ticket_id": 3}]  # only its own ticket differs: no second block
    assert "answered from" not in render_turn(g, {"A": [TEMPLATE], "B": [MODEL]})


def test_policy_setting_uses_graph_journeys_and_a_default() -> None:
    from evals.replies_score import TurnInfo, policy_setting

    t = TurnInfo("compare", "ru", {}, {}, route="product")
    assert t.cell == ("product", "ru")
    policy = {
        ("search", "en"): TEMPLATE,
        ("search", "ru"): TEMPLATE,
        ("product", "ru"): MODEL,
        ("support", "zh"): "template_model",
    }
    assert policy_setting(policy) == {"default": "template", "product.ru": "model", "support.zh": "template+model"}


def test_at_least_best_compares_with_the_better_candidate() -> None:
    assert at_least_best({TEMPLATE: 1, MODEL: 0}, MODEL) is True
    assert at_least_best({TEMPLATE: 1, MODEL: 0}, TEMPLATE) is False
    assert at_least_best({TEMPLATE: 0, MODEL: 0, "template_model": 1}, "template_model") is False
    assert at_least_best({TEMPLATE: 0}, MODEL) is None


def test_bad_verdict_lines_are_reported_not_scored(tmp_path: Path, generated: list[GeneratedTurn]) -> None:
    write_round(generated, 1, tmp_path, per_file=60)
    folder = tmp_path / "round1"
    turn = generated[0].turn
    (folder / "verdicts_01.jsonl").write_text(
        json.dumps({"turn": turn, "ranking": "A>C"})
        + "\nnot json\n"
        + json.dumps({"turn": "nope", "ranking": "A>B"})
        + "\n",
        encoding="utf-8",
    )
    r = read_round(folder, 1)
    assert len(r.errors) == 3 and turn in r.missing and len(r.missing) == 11


def test_helpers_interleave_and_compact() -> None:
    turns = [Turn(f"{lang}-{j}-{i}", lang, j, "x") for j in ("a", "b") for lang in ("en", "ru") for i in range(3)]
    first4 = interleave(turns)[:4]
    assert {(t.journey, t.lang) for t in first4} == {("a", "en"), ("a", "ru"), ("b", "en"), ("b", "ru")}
    facts = compact_facts(
        [
            {
                "hits": [
                    {
                        "title": "T",
                        "image_url": "x",
                        "score": 0.3,
                        "price": "5",
                        "in_stock": True,
                        "description": "long",
                    }
                ],
                "parsed": {"q": 1},
            }
        ]
    )
    assert facts == [{"hits": [{"title": "T", "price": "5", "in_stock": True}]}]


def test_generation_runs_the_real_assistant_with_history(tmp_path: Path) -> None:
    """Template and a scripted 'model' through the real Assistant over a small demo store, history replayed."""
    from agent.llm.scripted import ScriptedChatModel
    from evals.replies_generate import Generator, record_run
    from tests.agent.assistant_support import make_services, make_settings

    settings = make_settings(tmp_path)
    turn = Turn("en-search-t1", "en", "search", "show me cheaper ones", ("hiking boots",))
    model = ScriptedChatModel(["Here are some options from the store."])

    async def run() -> GeneratedTurn:
        async with Generator(
            settings, [TEMPLATE, MODEL], model_path=None, chat_model=model, services=make_services(settings)
        ) as gen:
            entry = record_run(tmp_path / "g.jsonl", gen, model_path=None, resume=False)
            row = await gen.run(turn)
            record_run(tmp_path / "g.jsonl", gen, model_path=None, resume=True, update=entry | {"turns_written": 1})
            return row

    row = asyncio.run(run())
    runs = json.loads((tmp_path / "g.meta.json").read_text("utf-8"))["runs"]
    assert len(runs) == 1 and runs[0]["turns_written"] == 1 and runs[0]["variants"] == [TEMPLATE, MODEL]
    assert "commit" in runs[0]["git"] and TEMPLATE in runs[0]["reply_policy"]
    assert set(row.variants) == {TEMPLATE, MODEL}
    assert [h.text for h in row.history] == ["hiking boots"] and row.history[0].reply
    t, m = row.variants[TEMPLATE], row.variants[MODEL]
    assert t.text and not t.used_llm and t.first_sentence_s is not None and t.total_s >= t.first_sentence_s
    assert m.text and m.first_sentence_s is not None
    assert row.facts and t.facts_digest == m.facts_digest  # the same conversation, the same tool results
    out = tmp_path / "g.jsonl"
    out.write_text(row.model_dump_json() + "\n" + row.model_dump_json() + "\n", encoding="utf-8")
    assert [g.turn for g in load_generated(out)] == [row.turn]
