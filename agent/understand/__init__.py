"""Understanding a turn: language, intent, slots, sentiment, references to earlier turns. Cheap first, LLM last.

Entry point: ``Understander(embedder, chat_model, settings).understand(text, locale=..., context=...)``.
The understander (scikit-learn, the embedding model) loads on first use, so importing the models stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agent.understand.language import detect_language, guess_language
from agent.understand.models import DialogueContext, Intent, Sentiment, Slots, Understanding
from agent.understand.sentiment import Trend, trend

if TYPE_CHECKING:
    from agent.understand.understander import Understander

__all__ = ["DialogueContext", "Intent", "Sentiment", "Slots", "Trend", "Understander", "Understanding",
           "detect_language", "guess_language", "trend"]


def __getattr__(name: str) -> Any:
    if name == "Understander":
        from agent.understand.understander import Understander

        return Understander
    raise AttributeError(name)
