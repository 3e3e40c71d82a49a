"""The reply policy: per journey and language, who writes what the shopper reads (issue 16).

- ``template``: the template reply only (exact, ~30 ms, the same facts every time).
- ``model``: the LLM writes from this turn's facts; the template answers when it fails or none of its sentences
  passes verification.
- ``template+model``: the template's verified sentences first (time to the first shown sentence is the template's),
  then at most one short LLM sentence that adds to them.

The mapping lives in settings (``agent.reply_policy``; ``agent.reply_policy_remote`` when a remote model is
configured). Keys, most particular first: ``"<journey>.<lang>"``, ``"<journey>"``, ``"*.<lang>"``, ``"default"``.
The measured defaults come from evals/replies, which asks for a reply under a given policy through ``with_policy``
(an Assistant built with those settings) or ``compose(..., policy=...)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast, get_args

from shopkeeper.logs import get_logger
from shopkeeper.settings import ReplyModeName, Settings
from tools.experiments.hooks import variant_config

log = get_logger(__name__)

ReplyMode = ReplyModeName  # "template" | "model" | "template+model"
MODES: tuple[ReplyMode, ...] = cast(tuple[ReplyMode, ...], get_args(ReplyMode))

# The journey that serves each intent (agent.graph.ROUTES, kept here as plain strings: compose must not import the
# graph, which imports compose). Journey results carry the intent, not the route.
JOURNEY_OF_INTENT: dict[str, str] = {
    "search": "search",
    "product_question": "product",
    "compare": "product",
    "recommend": "recommend",
    "order_status": "support",
    "return": "support",
    "delivery": "support",
    "policy_question": "support",
    "store_info": "support",
    "complaint": "support",
    "human_request": "escalate",
    "smalltalk": "smalltalk",
    "manager_query": "ops",
    "script_request": "livestream",
    "other": "clarify",
}
JOURNEYS = tuple(sorted(set(JOURNEY_OF_INTENT.values())))


def journey_of(intent: str) -> str:
    return JOURNEY_OF_INTENT.get(intent, "clarify")


def active_policy(settings: Settings) -> Mapping[str, ReplyMode]:
    """The mapping in force: the remote one when a remote model is configured and it has one."""
    remote = settings.agent.reply_policy_remote
    if settings.llm.backend == "openai" and remote is not None:
        return remote
    return settings.agent.reply_policy


def choose(policy: Mapping[str, ReplyMode], journey: str, language: str) -> ReplyMode:
    """The mode for ``journey`` in ``language``: the most particular key of ``policy`` that is set."""
    for key in (f"{journey}.{language}", journey, f"*.{language}", "default"):
        mode = policy.get(key)
        if mode is not None:
            return mode
    return "model"


def mode_for(settings: Settings, intent: str, language: str) -> ReplyMode:
    """The mode for a turn whose journey result has ``intent``, in ``language``, under ``settings``."""
    return choose(active_policy(settings), journey_of(intent), language)


def experiment_mode(settings: Settings, session_id: str, role: str, intent: str, language: str) -> ReplyMode | None:
    """The mode a running A/B experiment gives this shopper session (its variant's ``reply_policy``: a mode, or a
    policy mapping like the setting's); None when no experiment sets it, and the settings' policy holds."""
    if role != "shopper":  # experiments measure shoppers; staff sessions keep the configured policy
        return None
    found = variant_config(settings, session_id, "reply_policy")
    if found is None:
        return None
    value = found[2]
    try:
        if isinstance(value, str):
            return validate({"default": value})["default"]
        if isinstance(value, Mapping):
            return choose(validate(value), journey_of(intent), language)
    except ValueError as exc:  # a bad definition must not break the shopper's turn: keep the configured policy
        log.warning("experiment %s variant %s: reply_policy ignored (%s)", found[0], found[1], exc)
    return None


def validate(policy: Mapping[str, str]) -> dict[str, ReplyMode]:
    """``policy`` checked: known modes, and keys that name a journey, a language pattern or "default"."""
    out: dict[str, ReplyMode] = {}
    for key, mode in policy.items():
        if mode not in MODES:
            raise ValueError(f"reply policy {key!r}: unknown mode {mode!r} (use one of {', '.join(MODES)})")
        journey = key.split(".", 1)[0]
        if key != "default" and journey != "*" and journey not in JOURNEYS:
            known = ", ".join(JOURNEYS)
            raise ValueError(f"reply policy key {key!r}: unknown journey {journey!r} (use one of {known})")
        out[key] = cast(ReplyMode, mode)
    return out


def with_policy(settings: Settings, policy: Mapping[str, str], *, remote: bool | None = None) -> Settings:
    """A copy of ``settings`` whose reply policy is ``policy`` (for the replies eval: build an Assistant with it).

    ``remote``: set the remote model's policy (True), the local one (False), or the one in force (None)."""
    checked = validate(policy)
    if remote is None:
        remote = settings.llm.backend == "openai" and settings.agent.reply_policy_remote is not None
    field = "reply_policy_remote" if remote else "reply_policy"
    agent = settings.agent.model_copy(update={field: checked})
    return settings.model_copy(update={"agent": agent})
