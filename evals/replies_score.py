"""Scoring the replies eval: verdicts mapped back through the keys, win/tie/loss, agreement, reply policies.

A verdict ranks a turn's labels (``"A>B=C"``: A best, B and C tied). Through the round's key each variant gets a
level (0 = best; variants behind one label share it). From the levels:

- pairwise outcome of a variant against the template per turn: win (better level), tie, loss;
- agreement of two rounds: over the turns judged in both, the share of variant pairs whose order (<, =, >) is the
  same in both rounds;
- a policy (a variant per journey and language) is "at least as good as the better candidate" on a turn when the
  variant it shows has a level no worse than the best of template and model (issue 16's target, >= 90 % per
  language). Both rounds' verdicts count (each turn once per round).

The per-journey-and-language policy is chosen by quality first (that share), latency second (p50 time to the first
shown sentence) among variants within ``tolerance`` of the best share. Chosen and scored on the same verdicts it is
optimistic, so it is also scored two-fold: chosen on one half of the turns (split by a hash of the id), scored on
the other.
"""

from __future__ import annotations

import hashlib
import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evals.replies_generate import MODEL, TEMPLATE, GeneratedTurn
from evals.replies_packets import IDENTICAL, TurnKey, load_key


class VerdictError(ValueError):
    """A verdict line that cannot be read against its key."""


def parse_ranking(ranking: str, labels: Iterable[str]) -> dict[str, int]:
    """``"A>B=C"`` -> ``{"A": 0, "B": 1, "C": 1}``. Every label of the turn must appear exactly once."""
    wanted = set(labels)
    levels: dict[str, int] = {}
    for level, group in enumerate(ranking.replace(" ", "").upper().split(">")):
        for label in group.split("="):
            if not label:
                raise VerdictError(f"empty label in ranking {ranking!r}")
            if label in levels:
                raise VerdictError(f"label {label} twice in ranking {ranking!r}")
            levels[label] = level
    if set(levels) != wanted:
        raise VerdictError(f"ranking {ranking!r} must rank exactly {'/'.join(sorted(wanted))}")
    return levels


def variant_levels(key: TurnKey, ranking: str | None) -> dict[str, int]:
    """Level of each variant of the turn (0 = best). A turn shown to nobody (identical replies) is a tie."""
    if key.file == IDENTICAL or ranking is None:
        return {v: 0 for variants in key.labels.values() for v in variants}
    by_label = parse_ranking(ranking, key.labels)
    return {v: by_label[label] for label, variants in key.labels.items() for v in variants}


@dataclass
class RoundVerdicts:
    round: int
    levels: dict[str, dict[str, int]]  # turn -> variant -> level
    notes: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # turns in packets without a verdict
    auto: set[str] = field(default_factory=set)  # identical-text turns: a tie nobody judged
    errors: list[str] = field(default_factory=list)


def read_round(folder: Path, round_no: int) -> RoundVerdicts:
    """Every ``verdicts_*.jsonl`` of ``round{N}``, mapped through its ``key.json``."""
    keys = load_key(folder)
    out = RoundVerdicts(round=round_no, levels={})
    for path in sorted(folder.glob("verdicts_*.jsonl")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                turn = str(row["turn"])
                if turn not in keys:
                    raise VerdictError(f"unknown turn {turn!r}")
                out.levels[turn] = variant_levels(keys[turn], str(row["ranking"]))
                out.notes[turn] = str(row.get("notes") or "")
            except (json.JSONDecodeError, KeyError, VerdictError) as exc:
                out.errors.append(f"{path.name}:{n}: {exc}")
    for turn, key in keys.items():
        if key.file == IDENTICAL:
            out.levels.setdefault(turn, variant_levels(key, None))
            out.auto.add(turn)
        elif turn not in out.levels:
            out.missing.append(turn)
    return out


def outcome(levels: dict[str, int], variant: str, against: str = TEMPLATE) -> str | None:
    """ "win" / "tie" / "loss" of ``variant`` against ``against`` on one turn; None when either is missing."""
    if variant not in levels or against not in levels:
        return None
    a, b = levels[variant], levels[against]
    return "win" if a < b else "tie" if a == b else "loss"


def _order(levels: dict[str, int], a: str, b: str) -> int:
    return (levels[a] > levels[b]) - (levels[a] < levels[b])


def agreement(
    first: RoundVerdicts, second: RoundVerdicts, pairs: Sequence[tuple[str, str]] | None = None
) -> tuple[float | None, int]:
    """Share of pairwise verdicts equal in both rounds, over turns judged in both (identical-text turns left out:
    nobody judged them). Returns (share, number of pairwise verdicts compared)."""
    same = total = 0
    for turn, l1 in first.levels.items():
        l2 = second.levels.get(turn)
        if l2 is None or turn in first.auto or turn in second.auto:
            continue
        variants = sorted(set(l1) & set(l2))
        wanted = pairs or [(a, b) for i, a in enumerate(variants) for b in variants[i + 1 :]]
        for a, b in wanted:
            if a in l1 and b in l1 and a in l2 and b in l2:
                total += 1
                same += _order(l1, a, b) == _order(l2, a, b)
    return (same / total if total else None), total


# -- policies ---------------------------------------------------------------------------------------------------

Cell = tuple[str, str]  # (journey, language)
Policy = dict[Cell, str]


@dataclass
class TurnInfo:
    journey: str  # the turn set's label (search, product, compare, order, policy, ...)
    lang: str
    first_sentence_s: dict[str, float | None]
    total_s: dict[str, float]
    route: str = ""  # the graph's journey node the template run took: the key space of the reply-policy setting
    used_llm: dict[str, bool] = field(default_factory=dict)  # did the shown text hold a model sentence

    @property
    def cell(self) -> Cell:
        return (self.route or self.journey, self.lang)


def turn_info(generated: Iterable[GeneratedTurn]) -> dict[str, TurnInfo]:
    out = {}
    for g in generated:
        first = g.variants.get(TEMPLATE) or next(iter(g.variants.values()))
        out[g.turn] = TurnInfo(
            g.journey,
            g.lang,
            {v: r.first_sentence_s for v, r in g.variants.items()},
            {v: r.total_s for v, r in g.variants.items()},
            route=first.route,
            used_llm={v: r.used_llm for v, r in g.variants.items()},
        )
    return out


def at_least_best(levels: dict[str, int], shown: str, candidates: Sequence[str] = (TEMPLATE, MODEL)) -> bool | None:
    """Is the shown variant's reply at least as good as the better of ``candidates``? None when not comparable."""
    present = [levels[c] for c in candidates if c in levels]
    if shown not in levels or not present:
        return None
    return levels[shown] <= min(present)


def policy_share(
    policy: Policy | str,
    rounds: Sequence[RoundVerdicts],
    info: dict[str, TurnInfo],
    turns: set[str] | None = None,
    lang: str | None = None,
) -> tuple[float | None, int]:
    """Share of judged turns (each round counts) where ``policy`` shows a reply at least as good as the better of
    template and model."""
    good = n = 0
    for r in rounds:
        for turn, levels in r.levels.items():
            t = info.get(turn)
            if t is None or (turns is not None and turn not in turns) or (lang is not None and t.lang != lang):
                continue
            shown = policy if isinstance(policy, str) else policy.get(t.cell, TEMPLATE)
            ok = at_least_best(levels, shown)
            if ok is not None:
                n += 1
                good += ok
    return (good / n if n else None), n


def p50(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return statistics.median(vals) if vals else None


def percentile(values: Iterable[float | None], q: float) -> float | None:
    vals = sorted(v for v in values if v is not None)
    if not vals:
        return None
    k = (len(vals) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(vals) - 1)
    return vals[lo] + (vals[hi] - vals[lo]) * (k - lo)


def choose_policy(
    rounds: Sequence[RoundVerdicts],
    info: dict[str, TurnInfo],
    variants: Sequence[str],
    *,
    turns: set[str] | None = None,
    tolerance: float = 0.0,
    latency_margin_s: float = 0.25,
) -> Policy:
    """Per (graph journey, language): the variant with the highest share of "at least as good as the better
    candidate"; among variants within ``tolerance`` of it, the fastest (p50 time to the first shown sentence), where
    a variant earlier in ``variants`` (the template first) keeps its place unless a later one is faster by more than
    ``latency_margin_s`` (timing noise must not pick the model where it wrote nothing)."""
    cells = sorted({t.cell for name, t in info.items() if turns is None or name in turns})
    policy: Policy = {}
    for cell in cells:
        cell_turns = {name for name, t in info.items() if t.cell == cell and (turns is None or name in turns)}
        scored: list[tuple[float, float, int, str]] = []
        for rank, v in enumerate(variants):
            share, n = policy_share(v, rounds, info, cell_turns)
            if share is None:
                continue
            latency = p50(info[name].first_sentence_s.get(v) for name in cell_turns)
            scored.append((share, latency if latency is not None else float("inf"), rank, v))
        if not scored:
            policy[cell] = TEMPLATE
            continue
        best = max(s for s, *_ in scored)
        near = sorted((row for row in scored if row[0] >= best - tolerance - 1e-12), key=lambda row: row[2])
        pick = near[0]
        for row in near[1:]:
            if row[1] < pick[1] - latency_margin_s:
                pick = row
        policy[cell] = pick[3]
    return policy


def half_of(turn: str) -> int:
    """A stable two-way split of the turns (not Python's salted hash)."""
    return hashlib.sha256(turn.encode()).digest()[0] % 2


def two_fold_share(
    rounds: Sequence[RoundVerdicts], info: dict[str, TurnInfo], variants: Sequence[str], *, tolerance: float = 0.0
) -> dict[str, tuple[float | None, int]]:
    """The per-cell policy chosen on one half of the turns and scored on the other, both ways, per language."""
    halves = [{t for t in info if half_of(t) == h} for h in (0, 1)]
    out: dict[str, tuple[float | None, int]] = {}
    for lang in sorted({t.lang for t in info.values()}):
        good = n = 0.0
        for h in (0, 1):
            chosen = choose_policy(rounds, info, variants, turns=halves[h], tolerance=tolerance)
            share, count = policy_share(chosen, rounds, info, halves[1 - h], lang)
            if share is not None:
                good += share * count
                n += count
        out[lang] = (good / n if n else None), int(n)
    return out


def policy_latency(policy: Policy | str, info: dict[str, TurnInfo]) -> dict[str, float | None]:
    """p50/p95 time to the first shown sentence and total, and the model's share of turns, under ``policy``."""
    first: list[float | None] = []
    total: list[float | None] = []
    model_turns = model_text = 0
    for t in info.values():
        v = policy if isinstance(policy, str) else policy.get(t.cell, TEMPLATE)
        first.append(t.first_sentence_s.get(v))
        total.append(t.total_s.get(v))
        model_turns += v != TEMPLATE
        model_text += bool(t.used_llm.get(v))
    n = len(info)
    return {
        "first_sentence_p50_s": percentile(first, 0.5),
        "first_sentence_p95_s": percentile(first, 0.95),
        "total_p50_s": percentile(total, 0.5),
        "total_p95_s": percentile(total, 0.95),
        "model_share_of_turns": model_turns / n if n else None,
        "model_text_shown_share": model_text / n if n else None,
    }


def policy_to_json(policy: Policy) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for (journey, lang), v in sorted(policy.items()):
        out.setdefault(journey, {})[lang] = v
    return out


SETTING_NAMES = {TEMPLATE: "template", MODEL: "model", "template_model": "template+model", "remote": "model"}


def policy_setting(policy: Policy) -> dict[str, str]:
    """The policy in the shape of ``settings.agent.reply_policy``: the most common choice as "default", and a
    "<journey>.<lang>" key wherever a cell differs from it."""
    if not policy:
        return {"default": "template"}
    names = {cell: SETTING_NAMES.get(v, v) for cell, v in policy.items()}
    counts: dict[str, int] = {}
    for name in names.values():
        counts[name] = counts.get(name, 0) + 1
    default = max(sorted(counts), key=lambda n: counts[n])
    out = {"default": default}
    out.update({f"{journey}.{lang}": name for (journey, lang), name in sorted(names.items()) if name != default})
    return out
