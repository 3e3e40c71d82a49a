"""Experiments in the store DB: define, list, stop; record exposures (assignments) and session outcomes.

Definitions live in ``experiments`` (``variants`` JSON: ``{"A": {"weight": 1, "config": {...}}, ...}``, in order,
the first the control). A session's variant is computed (tools/experiments/assign.py); the assignment row records
that the session saw it, the first time it took a turn. ``session_outcomes`` holds one row per session: turns,
add-to-cart clicks and whether it was handed over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from knowledge.db import session_scope
from knowledge.schema import Experiment, ExperimentAssignment, SessionOutcome
from shopkeeper.errors import InputRejected, NotFound
from tools.experiments.assign import assign
from tools.experiments.models import ExperimentSpec, VariantSpec


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _spec(row: Experiment) -> ExperimentSpec:
    variants = [
        VariantSpec(name=name, weight=v.get("weight", 1.0), config=v.get("config", {}))
        for name, v in (row.variants or {}).items()
    ]
    return ExperimentSpec(name=row.name, variants=variants, active=row.active)


def create(db_url: str, spec: ExperimentSpec) -> ExperimentSpec:
    """Store a new experiment. Its variants cannot change later: that would move sessions between variants."""
    body = {v.name: {"weight": v.weight, "config": v.config} for v in spec.variants}
    try:
        with session_scope(db_url) as s:
            s.add(Experiment(name=spec.name, variants=body, active=spec.active))
    except IntegrityError as exc:
        raise InputRejected(f"an experiment named {spec.name!r} exists already") from exc
    return spec


def set_active(db_url: str, name: str, active: bool) -> ExperimentSpec:
    with session_scope(db_url) as s:
        row = s.scalar(select(Experiment).where(Experiment.name == name))
        if row is None:
            raise NotFound(f"no experiment named {name!r}")
        row.active = active
        return _spec(row)


def list_experiments(db_url: str, active_only: bool = False) -> list[ExperimentSpec]:
    with session_scope(db_url) as s:
        q = select(Experiment).order_by(Experiment.id)
        if active_only:
            q = q.where(Experiment.active.is_(True))
        return [_spec(row) for row in s.scalars(q)]


def _outcome(s: Session, subject: str) -> SessionOutcome:
    row = s.scalar(select(SessionOutcome).where(SessionOutcome.subject == subject))
    if row is None:
        row = SessionOutcome(subject=subject, turns=0, cart_adds=0, escalated=False)
        s.add(row)
    return row


def record_turn(db_url: str, subject: str, escalated: bool, experiments: list[ExperimentSpec]) -> None:
    """One finished turn of ``subject`` in the running ``experiments``: its assignments (first turn only) and
    its outcome row. A concurrent first write by another worker is retried once (the unique keys decide)."""
    for attempt in (0, 1):
        try:
            with session_scope(db_url) as s:
                _assign_missing(s, subject, experiments)
                row = _outcome(s, subject)
                row.turns += 1
                row.escalated = row.escalated or escalated
                row.last_at = _now()
            return
        except IntegrityError:
            if attempt:
                raise


def record_cart_add(db_url: str, subject: str, experiments: list[ExperimentSpec]) -> None:
    for attempt in (0, 1):
        try:
            with session_scope(db_url) as s:
                _assign_missing(s, subject, experiments)
                row = _outcome(s, subject)
                row.cart_adds += 1
                row.last_at = _now()
            return
        except IntegrityError:
            if attempt:
                raise


def _assign_missing(s: Session, subject: str, experiments: list[ExperimentSpec]) -> None:
    if not experiments:
        return
    wanted = [e.name for e in experiments]
    ids = {
        name: eid for name, eid in s.execute(select(Experiment.name, Experiment.id).where(Experiment.name.in_(wanted)))
    }
    have = set(s.scalars(select(ExperimentAssignment.experiment_id).where(ExperimentAssignment.subject == subject)))
    for spec in experiments:
        eid = ids.get(spec.name)
        if eid is not None and eid not in have:
            s.add(ExperimentAssignment(experiment_id=eid, subject=subject, variant=assign(spec, subject)))


@dataclass(frozen=True)
class SessionRow:
    subject: str
    variant: str
    turns: int
    cart_adds: int
    escalated: bool


def sessions_of(db_url: str, name: str) -> tuple[ExperimentSpec, list[SessionRow]]:
    """The experiment and every session assigned to it with its outcome (a session assigned but with no outcome
    row yet counts as zero turns)."""
    with session_scope(db_url) as s:
        row = s.scalar(select(Experiment).where(Experiment.name == name))
        if row is None:
            raise NotFound(f"no experiment named {name!r}")
        q = (
            select(
                ExperimentAssignment.subject,
                ExperimentAssignment.variant,
                SessionOutcome.turns,
                SessionOutcome.cart_adds,
                SessionOutcome.escalated,
            )
            .outerjoin(SessionOutcome, SessionOutcome.subject == ExperimentAssignment.subject)
            .where(ExperimentAssignment.experiment_id == row.id)
        )
        rows = [SessionRow(sub, v, int(t or 0), int(c or 0), bool(e)) for sub, v, t, c, e in s.execute(q)]
        return _spec(row), rows
