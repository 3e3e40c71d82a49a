"""The core's boundary types: a ``Turn`` comes in from a channel, ``Event``s stream back out."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from tools.base import Role
from tools.catalog_models import ProductHit


class Turn(BaseModel):
    session_id: str = Field(min_length=1, max_length=200)
    role: Role = Role.SHOPPER
    text: str | None = None
    audio: bytes | None = None  # 16 kHz mono PCM or a WAV file, for the kiosk
    locale: str | None = None  # "en", "ru", "zh"; detected from the text when missing
    channel: str = "api"
    # Who is on the other end, as the channel's edge knows it (web: the client address; Telegram: the user id).
    # Limits that must hold across sessions (order-number guessing, second-factor failures) are keyed on it.
    client_id: str | None = Field(default=None, max_length=200)


class TokenEvent(BaseModel):
    type: Literal["token"] = "token"
    text: str


class ProductsEvent(BaseModel):
    type: Literal["products"] = "products"
    items: list[ProductHit]
    title: str | None = None


class TableEvent(BaseModel):
    type: Literal["table"] = "table"
    title: str
    columns: list[str]
    rows: list[list[Any]]


class ChartEvent(BaseModel):
    type: Literal["chart"] = "chart"
    title: str
    spec: dict[str, Any]  # a Plotly figure as JSON; channels render it or a PNG of it


class TaskEvent(BaseModel):
    type: Literal["task"] = "task"
    task_id: int
    kind: str
    state: str
    summary: str


class HandoffEvent(BaseModel):
    type: Literal["handoff"] = "handoff"
    ticket_id: int | None
    reason: str


class AudioEvent(BaseModel):
    type: Literal["audio"] = "audio"
    data: bytes
    sample_rate: int
    text: str = ""


class ErrorEvent(BaseModel):
    type: Literal["error"] = "error"
    code: str
    message: str


class DoneEvent(BaseModel):
    """Last event of a turn: the whole reply text and how it was made."""

    type: Literal["done"] = "done"
    text: str
    intent: str
    language: str
    grounded: bool = True
    used_llm: bool = False
    notices: list[str] = Field(default_factory=list)  # "the language model is unavailable: short answer"


Event = Annotated[
    TokenEvent
    | ProductsEvent
    | TableEvent
    | ChartEvent
    | TaskEvent
    | HandoffEvent
    | AudioEvent
    | ErrorEvent
    | DoneEvent,
    Field(discriminator="type"),
]
