"""What a shopper may be told when something goes wrong: a stable code and a fixed, localized sentence.

Exception text, URLs, credentials and driver messages never reach a shopper: they go to the operator's log (where
``shopkeeper.logs.RedactingFilter`` masks secrets). The core and every channel's edge pass errors and notices
through here, so a new fault anywhere still shows only one of these sentences.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable

from agent import templates
from agent.events import DoneEvent, ErrorEvent, Event
from shopkeeper.errors import ShopkeeperError

log = logging.getLogger(__name__)

# Stable code -> template key of its sentence. Codes are part of the API (clients may branch on them).
ERROR_TEMPLATES: dict[str, str] = {
    "internal": "error",
    "unavailable": "err_unavailable",
    "store_unavailable": "err_store_unavailable",
    "store_busy": "store_busy",
    "input_rejected": "err_input",
    "bad_frame": "err_input",
    "permission_denied": "err_permission",
    "rate_limited": "rate_limited",
    "session_invalid": "err_session_invalid",
    "too_large": "err_too_large",
}
# The project's own error codes (shopkeeper.errors) folded into the public ones.
_FROM_INTERNAL = {
    "store_unavailable": "store_unavailable",
    "input_rejected": "input_rejected",
    "permission_denied": "permission_denied",
    "config": "unavailable",
    "dependency_missing": "unavailable",
    "index_unavailable": "unavailable",
    "llm_unavailable": "unavailable",
    "limits_unavailable": "unavailable",
    "too_many_attempts": "rate_limited",
    "verification_required": "permission_denied",
}


def public_code(exc: BaseException) -> str:
    """The stable code a shopper gets for ``exc``: ``internal`` for anything the project did not raise on purpose."""
    if isinstance(exc, ShopkeeperError):
        return _FROM_INTERNAL.get(exc.code, "internal")
    return "internal"


def error_text(code: str, language: str | None) -> str:
    return templates.t(ERROR_TEMPLATES.get(code, "error"), language)


def error_event(code: str, language: str | None) -> ErrorEvent:
    """An ``error`` event with a public code and its sentence; unknown codes become ``internal``."""
    code = code if code in ERROR_TEMPLATES else "internal"
    return ErrorEvent(code=code, message=error_text(code, language))


@functools.cache
def _notice_patterns() -> tuple[re.Pattern[str], ...]:
    # Every localized sentence of the ``notice_*`` templates: the fixed set a shopper may see. A field ({ticket})
    # may hold only a short word or number, never free text.
    patterns = []
    for key, table in templates._T.items():
        if key.startswith("notice_"):
            for sentence in table.values():
                parts = re.split(r"\{\w+\}", sentence)
                patterns.append(re.compile("^" + r"[\w\-]{1,40}".join(re.escape(p) for p in parts) + "$"))
    return tuple(patterns)


def is_public_notice(notice: str) -> bool:
    return any(p.match(notice) for p in _notice_patterns())


def shopper_notices(raw: Iterable[str], language: str | None, *, ticket_id: int | None = None,
                    session_id: str | None = None) -> list[str]:
    """The notices a shopper sees: only sentences from the fixed, localized set, each once.

    Anything else the turn noted (an exception's text, an operator hint, a verifier's reason) is logged for the
    operator instead.
    """
    shown: list[str] = []
    for notice in raw:
        if not notice:
            continue
        if is_public_notice(notice):
            if notice not in shown:
                shown.append(notice)
        else:
            log.info("turn notice (operator only): %s", notice, extra={"fields": {"session_id": session_id}})
    if ticket_id is not None:
        shown.append(templates.t("notice_handoff", language, ticket=ticket_id))
    return shown


def public_event(event: Event, language: str | None, *, session_id: str | None = None) -> Event:
    """``event`` as a shopper may see it: errors reduced to code + fixed sentence, notices to the fixed set.

    The channels' last line (channels.port.safe_reply): whatever a journey or a future change puts into an error or
    a notice, only these sentences leave the server.
    """
    if isinstance(event, ErrorEvent):
        if event.code in ERROR_TEMPLATES and event.message in {error_text(event.code, x) for x in templates.LANGS}:
            return event
        log.warning("error event reduced to its public form (operator only): %s: %s", event.code, event.message,
                    extra={"fields": {"session_id": session_id}})
        return error_event(event.code, language)
    if isinstance(event, DoneEvent):
        kept = [n for n in event.notices if is_public_notice(n)]
        if kept != event.notices:
            dropped = [n for n in event.notices if n not in kept]
            log.info("notices kept from the shopper (operator only): %s", dropped,
                     extra={"fields": {"session_id": session_id}})
            return event.model_copy(update={"notices": kept})
    return event
