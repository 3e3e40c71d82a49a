"""Scoring the verifier on the adversarial set: recall on planted errors and the share of correct replies rejected.

The verifier is a black box here: ``agent.grounding.verify_reply`` (claim level, per sentence) when the tree has
it, else the older whole-reply ``check_results``. A reply counts as rejected when any of its sentences fails.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from evals.grounding_cases import CORRECT, ERROR_KINDS, Case
from evals.grounding_facts import LANGS


@dataclass
class Scored:
    case: Case
    rejected: bool
    reason: str
    seconds: float


def verifier_name() -> str:
    import agent.grounding as g

    return "verify_reply" if hasattr(g, "verify_reply") else "check_results"


def judge(text: str, facts: list[dict[str, Any]], language: str, currency: str) -> tuple[bool, str]:
    """(rejected, the verifier's reason) for one reply."""
    import agent.grounding as g

    if hasattr(g, "verify_reply"):
        verdict = g.verify_reply(text, facts, language=language, default_currency=currency)
        reason = verdict.reason() if hasattr(verdict, "reason") else str(getattr(verdict, "failures", ""))
        return not verdict.ok, reason
    report = g.check_results(text, facts, default_currency=currency)
    return not report.ok, report.reason()


def score(cases: list[Case], currency: str = "USD") -> list[Scored]:
    out: list[Scored] = []
    for c in cases:
        started = time.perf_counter()
        try:
            rejected, reason = judge(c.text, c.facts, c.language, currency)
        except Exception as exc:  # a verifier crash on a reply is a finding, not the end of the eval
            rejected, reason = True, f"verifier raised {type(exc).__name__}: {exc}"
        out.append(Scored(c, rejected, reason, time.perf_counter() - started))
    return out


def metrics(scored: list[Scored], prefix: str) -> dict[str, float | int]:
    """Per language and per error kind: ``recall`` on planted errors, ``false_reject_rate`` on correct replies."""
    m: dict[str, float | int] = {}
    for lang in (*LANGS, "all"):
        part = [s for s in scored if lang in ("all", s.case.language)]
        planted = [s for s in part if s.case.label != CORRECT]
        correct = [s for s in part if s.case.label == CORRECT]
        m[f"{prefix}_planted_{lang}"] = len(planted)
        m[f"{prefix}_recall_{lang}"] = round(sum(s.rejected for s in planted) / max(1, len(planted)), 4)
        m[f"{prefix}_correct_{lang}"] = len(correct)
        m[f"{prefix}_false_reject_rate_{lang}"] = round(sum(s.rejected for s in correct) / max(1, len(correct)), 4)
    for kind in ERROR_KINDS:
        part = [s for s in scored if s.case.label == kind]
        m[f"{prefix}_recall_{kind}"] = round(sum(s.rejected for s in part) / max(1, len(part)), 4)
    lat = sorted(s.seconds for s in scored) or [0.0]
    m[f"{prefix}_verify_p95_ms"] = round(lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000, 2)
    return m


def kind_table(scored: list[Scored]) -> list[list[Any]]:
    """Rows: error kind, then recall in en, ru, zh and overall (with counts)."""
    rows: list[list[Any]] = []
    for kind in (*ERROR_KINDS, CORRECT):
        row: list[Any] = [kind]
        for lang in (*LANGS, "all"):
            part = [s for s in scored if s.case.label == kind and lang in ("all", s.case.language)]
            hit = sum(s.rejected for s in part)
            row.append(f"{hit}/{len(part)} rejected" if part else "-")
        rows.append(row)
    return rows


def misses(scored: list[Scored], n: int) -> list[list[Any]]:
    """Planted errors the verifier let through: language, kind, what was planted, the reply."""
    rows = [[s.case.language, s.case.label, s.case.planted, s.case.text.replace("\n", " ")]
            for s in scored if s.case.label != CORRECT and not s.rejected]
    return rows[:n]


def false_rejects(scored: list[Scored], n: int) -> list[list[Any]]:
    rows = [[s.case.language, s.case.scenario, s.case.text.replace("\n", " "), s.reason[:240].replace("|", "/")]
            for s in scored if s.case.label == CORRECT and s.rejected]
    return rows[:n]


def patterns(scored: list[Scored], top: int) -> tuple[list[list[Any]], list[list[Any]]]:
    """The most frequent miss patterns: (error kind, pattern id) of missed planted replies; and the pattern ids
    most often present in wrongly rejected correct replies."""
    miss = Counter((s.case.label, s.case.language) for s in scored if s.case.label != CORRECT and not s.rejected)
    pat: Counter[str] = Counter()
    for s in scored:
        if s.case.label == CORRECT and s.rejected:
            pat.update(set(s.case.patterns))
    used: Counter[str] = Counter()
    for s in scored:
        if s.case.label == CORRECT:
            used.update(set(s.case.patterns))
    miss_rows = [[k, lang, n] for (k, lang), n in miss.most_common(top)]
    fr_rows = [[p, n, used[p], round(n / max(1, used[p]), 2)] for p, n in pat.most_common(top)]
    return miss_rows, fr_rows
