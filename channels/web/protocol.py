"""The web channel's wire format: what a client sends, what it gets back, and how events become JSON frames.

The role is never part of what a client sends: on the shopper endpoints it is fixed by the server, so a shopper
cannot talk their way into the manager's tools by adding ``"role": "manager"`` to a request. Nor is a session id
chosen by the client: the server issues signed ones (channels.web.sessions) and a client only hands back what it got.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from agent.events import (
    AudioEvent,
    DoneEvent,
    ErrorEvent,
    Event,
    HandoffEvent,
    ProductsEvent,
    TableEvent,
    TaskEvent,
    TokenEvent,
    Turn,
)
from tools.base import Role
from tools.catalog_models import ProductHit

LOCALES = ("en", "ru", "zh")
MAX_FRAME_BYTES = 64 * 1024  # a chat message is a few hundred bytes; anything near this is not a chat message

_EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


class ChatMessageIn(BaseModel):
    """One shopper message, as sent to ``POST /v1/chat`` or as a websocket frame."""

    # Unknown keys are refused rather than dropped, so ``"role": "manager"`` gets a clear 422, not silent shopper.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    # Omitted: a new session is issued (its id comes back in the reply, or in the websocket's first frame).
    # Given: it must be one this server issued; anything else is refused with code ``session_invalid``.
    session_id: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.:\-]+$")
    text: str = Field(min_length=1, max_length=8000)
    locale: str | None = Field(default=None, description="en, ru or zh; detected from the text when missing")
    # Optional client id of this message, echoed on every frame of its reply (websocket only) so a client can
    # match replies to messages.
    id: str | None = Field(default=None, max_length=100)

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        short = v.lower().replace("_", "-").split("-")[0]
        if short not in LOCALES:
            raise ValueError(f"locale must be one of {', '.join(LOCALES)}")
        return short

    def to_turn(self, *, session_id: str, role: Role, channel: str, client_id: str | None) -> Turn:
        return Turn(session_id=session_id, role=role, text=self.text, locale=self.locale, channel=channel,
                    client_id=client_id)


class SessionIssued(BaseModel):
    """The session a client continues with: the websocket's first frame, and ``POST /v1/sessions``."""

    type: Literal["session"] = "session"
    session_id: str


class ChatReply(BaseModel):
    """Everything one turn produced, collected from its events (``POST /v1/chat``)."""

    session_id: str
    text: str
    intent: str
    language: str
    grounded: bool = True
    used_llm: bool = False
    products: list[ProductHit] = Field(default_factory=list)
    tables: list[TableEvent] = Field(default_factory=list)
    tasks: list[TaskEvent] = Field(default_factory=list)
    handoff: HandoffEvent | None = None
    notices: list[str] = Field(default_factory=list)
    errors: list[ErrorEvent] = Field(default_factory=list)


class Rejected(BaseModel):
    """Why a request was refused: a stable ``code`` and a sentence for people (400 ``session_invalid``,
    413 ``too_large``, 422 ``input_rejected``, 429 ``rate_limited``, 503 ``unavailable``)."""

    code: str
    message: str
    detail: list[dict[str, Any]] = Field(default_factory=list)


class HealthCheck(BaseModel):
    status: str  # "ok" | "degraded"
    detail: str


class Health(BaseModel):
    """What an operator sees (bearer token or, when allowed, loopback)."""

    status: str  # "ok" when every check is ok, else "degraded"
    store: str
    checks: dict[str, HealthCheck]


class HealthStatus(BaseModel):
    """What everybody else sees: no detail about what is broken or how it is configured."""

    status: str  # "ok" | "degraded"


def event_frame(event: Event, *, reply_to: str | None = None) -> dict[str, Any]:
    """One event as a JSON-ready dict; audio bytes travel as base64."""
    if isinstance(event, AudioEvent):
        frame: dict[str, Any] = {
            "type": "audio",
            "data": base64.b64encode(event.data).decode("ascii"),
            "sample_rate": event.sample_rate,
            "text": event.text,
        }
    else:
        frame = event.model_dump(mode="json")
    if reply_to is not None:
        frame["reply_to"] = reply_to
    return frame


def parse_event(frame: dict[str, Any]) -> Event:
    """The inverse of ``event_frame`` for every event except audio (clients and tests use it)."""
    data = {k: v for k, v in frame.items() if k != "reply_to"}
    if data.get("type") == "audio":
        data["data"] = base64.b64decode(data["data"])
    return _EVENT_ADAPTER.validate_python(data)


def error_frame(code: str, message: str, *, reply_to: str | None = None) -> dict[str, Any]:
    return event_frame(ErrorEvent(code=code, message=message), reply_to=reply_to)


async def collect(session_id: str, events: AsyncIterator[Event]) -> ChatReply:
    """Fold one turn's events into a ``ChatReply``; the ``done`` event's text is the authoritative reply."""
    tokens: list[str] = []
    reply = ChatReply(session_id=session_id, text="", intent="other", language="en")
    done: DoneEvent | None = None
    async for event in events:
        if isinstance(event, TokenEvent):
            tokens.append(event.text)
        elif isinstance(event, ProductsEvent):
            reply.products.extend(event.items)
        elif isinstance(event, TableEvent):
            reply.tables.append(event)
        elif isinstance(event, TaskEvent):
            reply.tasks.append(event)
        elif isinstance(event, HandoffEvent):
            reply.handoff = event
        elif isinstance(event, ErrorEvent):
            reply.errors.append(event)
        elif isinstance(event, DoneEvent):
            done = event
    if done is not None:
        reply.text = done.text or "".join(tokens)
        reply.intent, reply.language = done.intent, done.language
        reply.grounded, reply.used_llm = done.grounded, done.used_llm
        reply.notices = list(done.notices)
    else:
        reply.text = "".join(tokens)
    return reply


def describe_errors(errors: Any) -> str:
    """Pydantic/FastAPI validation errors as one readable sentence: ``text: Field required; locale: ...``."""
    parts = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("body",)]
        field = ".".join(loc) or "message"
        if err.get("type") == "extra_forbidden":
            why = (
                "the role is set by the server, not by the client"
                if loc and loc[-1] == "role"
                else "unknown field (allowed: session_id, text, locale, id)"
            )
        else:
            why = str(err.get("msg", "invalid"))
        parts.append(f"{field}: {why}")
    return "; ".join(parts) or "invalid message"
