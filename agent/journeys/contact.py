"""How else to reach the store, and when its staff work: for the hand-over and "too many attempts" replies.

The store-info policy in the DB is the source (its ``fields``: ``hours`` such as
``{"mon_sat": ["09:00", "21:00"], "sun": ["10:00", "18:00"]}``, ``phone``, ``email``). Settings fill in the hours
when the policy has none (``SHOPKEEPER_SUPPORT__STAFF_HOURS``) and override the contacts when set
(``SHOPKEEPER_SUPPORT__CONTACT_PHONE`` / ``__CONTACT_EMAIL``). Nothing here is invented: with neither, the reply
leaves the sentence out.
"""

from __future__ import annotations

import logging
from typing import Any

from babel.dates import get_day_names

from agent.journeys.base import TurnView, call, dump
from agent.templates import lang_of
from tools.policies import PolicyInput

log = logging.getLogger(__name__)

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = {"en": "–", "ru": "–", "zh": "至"}
_LIST = {"en": ", ", "ru": ", ", "zh": "，"}


def format_hours(hours: Any, language: str) -> str | None:
    """``{"mon_sat": ["09:00", "21:00"], "sun": [...]}`` as "Mon–Sat 09:00–21:00, Sun 10:00–18:00" (localized
    day names from CLDR); None when the shape is not understood, so nothing half-right is said."""
    if not isinstance(hours, dict) or not hours:
        return None
    lang = lang_of(language)
    names = get_day_names("abbreviated", locale=lang)
    parts: list[str] = []
    for key, span in hours.items():
        days = str(key).lower().split("_")
        if not all(d in _DAYS for d in days) or len(days) > 2:
            return None
        if not (isinstance(span, list | tuple) and len(span) == 2):
            return None
        label = _RANGE[lang].join(str(names[_DAYS.index(d)]) for d in days)
        sep = "" if lang == "zh" else " "
        parts.append(f"{label}{sep}{span[0]}–{span[1]}")
    return _LIST[lang].join(parts)


async def store_contact(view: TurnView) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Template fields ``hours``, ``phone``, ``email`` (each may be None), and the store-info policy they came from
    (a fact for verify), or None when the store has none."""
    cfg = view.ctx.settings.support
    policy: dict[str, Any] | None = None
    try:
        out = await call(view, "get_policy", PolicyInput(kind="store_info", language=view.language))
        policy = dump(out.policies[0])
    except Exception as exc:  # no policy or no DB: the settings (or nothing) are used, the reply still goes out
        log.info("no store-info policy for the contact line: %s", type(exc).__name__)
    fields = dict(policy.get("fields") or {}) if policy else {}
    data = {
        "hours": format_hours(fields.get("hours"), view.language) or cfg.staff_hours,
        "phone": cfg.contact_phone or fields.get("phone"),
        "email": cfg.contact_email or fields.get("email"),
    }
    return data, policy
