"""What a running A/B experiment changes in how a shopper session's replies read: the model's system prompt (knob
"prompt") and how product lines show price and stock (knob "price_display"). The names are fixed in
``tools.experiments.models`` (an experiment naming another is refused when defined); their meaning lives here and in
``agent.templates``. Staff sessions, and shoppers outside any experiment, get the defaults.
"""

from __future__ import annotations

import logging

from agent.compose import SYSTEM_PROMPT
from shopkeeper.settings import Settings
from tools.experiments.hooks import variant_config
from tools.experiments.models import PRICE_DISPLAYS, PROMPTS

log = logging.getLogger(__name__)

# Every variant keeps the grounding rules word for word; only the manner changes. Each is fixed bytes, so the
# model's prefix cache holds it within a session (two variants alternating on one llama.cpp slot re-read ~70 tokens).
SYSTEM_PROMPTS: dict[str, str] = {
    "default": SYSTEM_PROMPT,
    "one_sentence": (
        "You answer a shopper directly, as the store. Write exactly 1 short sentence, only in the language named, "
        "that answers the question. Use only the facts given: no other prices, numbers, dates, stock or products. "
        "Never say better, best or worse unless a fact says so. No quotes, no narration, no labels. "
        "Product cards are shown separately."
    ),
    "warm": (
        "You answer a shopper directly and warmly, as the store. Write 1-2 short, friendly sentences, only in the "
        "language named, and answer the question first. Use only the facts given: no other prices, numbers, dates, "
        "stock or products. Never say better, best or worse unless a fact says so. No quotes, no narration, no "
        "labels. Product cards are shown separately."
    ),
}
DEFAULT_PRICE_DISPLAY = "price_and_stock"


def _chosen(settings: Settings, session_id: str, role: str, knob: str, choices: tuple[str, ...]) -> str | None:
    if role != "shopper":  # experiments measure shoppers; staff read the defaults
        return None
    found = variant_config(settings, session_id, knob)
    if found is None:
        return None
    if found[2] not in choices:  # defined before the names were checked: keep the default rather than fail a turn
        log.warning("experiment %s variant %s: %s %r ignored", found[0], found[1], knob, found[2])
        return None
    return str(found[2])


def system_prompt_for(settings: Settings, session_id: str, role: str) -> str:
    """The system prompt for this session's model sentences."""
    name = _chosen(settings, session_id, role, "prompt", PROMPTS)
    return SYSTEM_PROMPTS[name or "default"]


def price_display_for(settings: Settings, session_id: str, role: str) -> str:
    """How this session's product lines show price and stock (see ``agent.templates.product_line``)."""
    return _chosen(settings, session_id, role, "price_display", PRICE_DISPLAYS) or DEFAULT_PRICE_DISPLAY
