"""The calls the core and the channels make: a turn ended, a product went to the cart, and which variant's config
a journey should use. They never raise (an experiment must not cost a shopper a turn) and cost one cached lookup
when no experiment is running.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from typing import Any

from shopkeeper.settings import Settings
from tools.experiments import store
from tools.experiments.assign import assign
from tools.experiments.models import ExperimentSpec

log = logging.getLogger(__name__)

CACHE_SECONDS = 30.0  # a new or stopped experiment takes effect within this long in every worker
_cache: dict[str, tuple[float, list[ExperimentSpec]]] = {}
_lock = threading.Lock()


def subject_of(session_id: str) -> str:
    """The session as stored (the column holds 128 characters; longer ids are stored as their hash)."""
    if len(session_id) <= 128:
        return session_id
    return "sha256:" + hashlib.sha256(session_id.encode()).hexdigest()


def running(db_url: str) -> list[ExperimentSpec]:
    """The active experiments, read at most once per ``CACHE_SECONDS`` per store."""
    now = time.monotonic()
    with _lock:
        hit = _cache.get(db_url)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            return hit[1]
    try:
        specs = store.list_experiments(db_url, active_only=True)
    except Exception as exc:  # a store without the tables (not upgraded): no experiments, said once per period
        log.warning("experiments are off: %s", exc)
        specs = []
    with _lock:
        _cache[db_url] = (now, specs)
    return specs


def forget_cache() -> None:
    """Read the definitions again on the next call (after a change in this process, and in tests)."""
    with _lock:
        _cache.clear()


def variant_config(settings: Settings, session_id: str, knob: str) -> tuple[str, str, Any] | None:
    """(experiment, variant, value) of the first running experiment whose variant for this session sets ``knob``
    (e.g. "upsell_strategy"); None when none does, and the journey keeps its default."""
    for spec in running(settings.db_url):
        name = assign(spec, subject_of(session_id))
        config = next(v.config for v in spec.variants if v.name == name)
        if knob in config:
            return spec.name, name, config[knob]
    return None


def _safe(fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except Exception as exc:  # logged for the operator; the shopper's turn goes on
        log.warning("experiment outcome not recorded: %s", exc)


async def turn_ended(settings: Settings, session_id: str, role: str, values: dict[str, Any]) -> None:
    """A shopper's turn finished (``values``: the turn's final graph state; ``escalated`` marks a hand-over)."""
    if role != "shopper":
        return
    specs = await asyncio.to_thread(running, settings.db_url)
    if specs:
        escalated = bool(values.get("escalated"))
        await asyncio.to_thread(_safe, store.record_turn, settings.db_url, subject_of(session_id), escalated, specs)


async def cart_added(settings: Settings, session_id: str) -> None:
    """The shopper put a product in the cart (a channel's button)."""
    specs = await asyncio.to_thread(running, settings.db_url)
    if specs:
        await asyncio.to_thread(_safe, store.record_cart_add, settings.db_url, subject_of(session_id), specs)
