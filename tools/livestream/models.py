"""Input and output of the live-stream script tool: what a host asks for, and the timed, verified script."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

Language = Literal["en", "ru", "zh"]
SegmentKind = Literal["opening", "product", "interaction", "promotion", "closing"]
LineKind = Literal[
    "greeting",
    "agenda",
    "hook",
    "pitch",
    "feature",
    "rating",
    "price",
    "urgency",
    "sold_out",
    "question",
    "poll",
    "qa",
    "promo",
    "recap",
    "closing",
]


class Promotion(BaseModel):
    """The host's offer for this stream: a code and a percentage off (the store DB holds no promotions)."""

    code: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{1,23}$", description="the code viewers type, e.g. WINTER15")
    percent_off: int = Field(ge=1, le=90)


class ScriptInput(BaseModel):
    product_ids: list[int] = Field(default_factory=list, max_length=20, description="products, in stream order")
    topic: str | None = Field(default=None, max_length=300, description="searched in the catalog when no ids")
    theme: str = Field(default="", max_length=200, description="the stream's theme, in the host's words")
    minutes: int = Field(default=10, ge=1, le=120)
    language: Language = "en"
    promotion: Promotion | None = None
    seed: int = 0  # the template wording is chosen with it: the same input gives the same script

    @model_validator(mode="after")
    def _products_or_topic(self) -> ScriptInput:
        if not self.product_ids and not (self.topic or "").strip():
            raise ValueError("give product ids or a topic to search")
        return self


class Line(BaseModel):
    kind: LineKind
    text: str
    source: Literal["template", "llm"] = "template"
    spoken: bool = True  # False for a stage note the host does not read out


class Segment(BaseModel):
    kind: SegmentKind
    product_id: int | None = None
    title: str | None = None
    round: int = 1  # 1: the product's first presentation; 2+: a recap for viewers who joined later
    lines: list[Line] = Field(default_factory=list)
    start_s: int = 0
    seconds: int = 0  # planned time budget
    units: int = 0  # spoken units (words; characters for zh) of its spoken lines

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines if line.spoken)


class ScriptProduct(BaseModel):
    """A product of the script with the facts it states (all from the store DB)."""

    product_id: int
    title: str
    price: Decimal
    currency: str
    stock_qty: int
    in_stock: bool
    daily_sales: float  # average units a day over the settings' sales window
    low_stock: bool  # urgency may be said


class Script(BaseModel):
    language: Language
    theme: str
    minutes: int
    seconds: int  # the length in seconds: the segments' budgets add up to it
    rate_per_min: float
    rate_unit: Literal["words", "characters"]
    segments: list[Segment]
    products: list[ScriptProduct]
    promotion: Promotion | None = None
    llm_hooks: int = 0  # hooks the LLM wrote that passed verification
    replaced: int = 0  # sentences (LLM or template) that failed verification and were replaced or dropped
    spoken_seconds: float = 0.0  # the spoken text's length at the rate, before budgets were scaled to the length
    # The products' facts (and the host's theme and offer) every sentence was verified against; the tool adds the
    # plan its Markdown headings show (tools.livestream.markdown.plan_fact), so a reply gate finds those figures too.
    facts: list[dict[str, Any]] = Field(default_factory=list)
    markdown: str = ""
