"""What understanding produces, and the dialogue context it reads. Shared by the understander and the graph."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field


class Intent(enum.StrEnum):
    SEARCH = "search"
    PRODUCT_QUESTION = "product_question"
    COMPARE = "compare"
    RECOMMEND = "recommend"
    ORDER_STATUS = "order_status"
    RETURN = "return"
    DELIVERY = "delivery"
    POLICY_QUESTION = "policy_question"
    COMPLAINT = "complaint"
    HUMAN_REQUEST = "human_request"
    STORE_INFO = "store_info"
    SMALLTALK = "smalltalk"
    MANAGER_QUERY = "manager_query"
    SCRIPT_REQUEST = "script_request"
    OTHER = "other"


class Sentiment(BaseModel):
    score: float = Field(0.0, ge=-1.0, le=1.0)  # -1 very negative .. +1 very positive (= signed intensity)
    label: Literal["negative", "neutral", "positive"] = "neutral"
    intensity: float = Field(0.0, ge=0.0, le=1.0)  # how strongly; 0 for neutral (bands: sentiment.intensity_band)
    source: Literal["lexicon", "classifier"] = "lexicon"


class Slots(BaseModel):
    """Structured facts pulled from the words; every field optional."""

    query: str | None = None  # product words for search, cleaned of price/negation phrases
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    currency: str | None = None
    category: str | None = None
    brand: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)  # {"colour": "blue", "waterproof": True}
    exclude_terms: list[str] = Field(default_factory=list)
    exclude_attrs: dict[str, list[Any]] = Field(default_factory=dict)  # {"material": ["leather"]}: "not leather"
    order_id: int | None = None
    aisle: str | None = None
    # References to what was shown before: "the second one" -> ordinal 2; "cheaper" -> refine "cheaper".
    ordinal: int | None = None
    refine: Literal["cheaper", "pricier", "similar", "attribute"] | None = None


class DialogueContext(BaseModel):
    """What the conversation so far tells understanding (kept in the checkpointed graph state)."""

    last_intent: Intent | None = None
    last_slots: Slots | None = None
    shown_product_ids: list[int] = Field(default_factory=list)  # in display order
    shown_prices: list[Decimal] = Field(default_factory=list)  # same order as shown_product_ids
    sentiment_history: list[float] = Field(default_factory=list)
    language: str | None = None
    shown_category: str | None = None  # the kind most of the products shown last were of


class Understanding(BaseModel):
    language: str  # "en" | "ru" | "zh" | other ISO code
    intent: Intent
    confidence: float = Field(ge=0.0, le=1.0)
    slots: Slots = Field(default_factory=Slots)
    sentiment: Sentiment = Field(default_factory=Sentiment)
    source: Literal["rules", "classifier", "llm", "context"] = "classifier"
    alternatives: list[tuple[Intent, float]] = Field(default_factory=list)  # runner-up intents with scores
    is_follow_up: bool = False  # resolved against DialogueContext ("cheaper", "the second one")
