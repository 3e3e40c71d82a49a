"""What a channel needs from the core: ``reply(turn)`` streaming events, and ``aclose()``.

Channels depend on this small Protocol rather than on the concrete ``agent.assistant.Assistant``, so a channel can
be exercised with any object that speaks the same events, and ``import channels`` stays light.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, Protocol, runtime_checkable

from agent.events import DoneEvent, Event, TokenEvent, Turn
from shopkeeper.errors import ShopkeeperError
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)


@runtime_checkable
class ReplySource(Protocol):
    def reply(self, turn: Turn) -> AsyncIterator[Event]: ...

    async def aclose(self) -> None: ...


def make_assistant(settings: Settings, **kwargs: Any) -> ReplySource:
    """Build the real core. Imported here, lazily, because the agent pulls in LangGraph and the models."""
    from agent.assistant import Assistant

    assistant: ReplySource = Assistant(settings, **kwargs)
    return assistant


async def safe_reply(source: ReplySource, turn: Turn) -> AsyncGenerator[Event, None]:
    """``source.reply(turn)`` that always ends with ``done``: a fault in the core becomes an ``error`` event.

    The core is meant to turn its own faults into events; this is the channel's last line, so one broken turn
    never takes a websocket, a request or a terminal session down with it. It is also the last line of error
    hygiene: errors leave as a stable code and a fixed, localized sentence, notices only from the fixed set; the
    cause goes to the operator's log (secrets masked by shopkeeper.logs).
    """
    from agent.guard import guess_language
    from agent.shopper_messages import error_event, public_code, public_event

    language = guess_language(turn.text or "", turn.locale)
    fields = {"session_id": turn.session_id, "client": turn.client_id}
    finished = False
    shown: list[str] = []  # token texts already sent: a done after a crash must not take them back
    events = source.reply(turn)
    try:
        async for event in events:
            finished = finished or isinstance(event, DoneEvent)
            if isinstance(event, TokenEvent):
                shown.append(event.text)
            yield public_event(event, language, session_id=turn.session_id)
    except ShopkeeperError as exc:
        log.warning("turn failed: %s", exc, extra={"fields": {**fields, "code": exc.code}})
        yield error_event(public_code(exc), language)
    except Exception:
        log.exception("turn crashed", extra={"fields": fields})
        yield error_event("internal", language)
    finally:
        # Close the core's generator at once when the channel stops early (a client went away mid-reply).
        close = getattr(events, "aclose", None)
        if close is not None:
            await close()
    if not finished:
        yield DoneEvent(text="".join(shown), intent="error", language=language)
