"""Deterministic assignment of a session to a variant: a hash of the experiment and session names, so every worker
and every restart gives the same answer without shared state (the DB row only records the exposure)."""

from __future__ import annotations

import bisect
import hashlib
import itertools

from tools.experiments.models import ExperimentSpec


def unit_hash(experiment: str, subject: str) -> float:
    """A number in [0, 1) fixed by the pair; independent across experiments (the name is part of the key)."""
    digest = hashlib.sha256(f"{experiment}\x1f{subject}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def assign(spec: ExperimentSpec, subject: str) -> str:
    """The variant ``subject`` falls into, with probability proportional to the variants' weights."""
    total = sum(v.weight for v in spec.variants)
    edges = list(itertools.accumulate(v.weight / total for v in spec.variants))
    i = bisect.bisect_right(edges, unit_hash(spec.name, subject))
    return spec.variants[min(i, len(spec.variants) - 1)].name
