"""Understanding a turn: language, intent, slots, sentiment, references to earlier turns. Cheap first, LLM last.

Entry point: ``Understander(embedder, chat_model, settings).understand(text, locale=..., context=...)``.
"""

from agent.understand.language import detect_language, guess_language
from agent.understand.models import DialogueContext, Intent, Sentiment, Slots, Understanding
from agent.understand.sentiment import Trend, trend
from agent.understand.understander import Understander

__all__ = ["DialogueContext", "Intent", "Sentiment", "Slots", "Trend", "Understander", "Understanding",
           "detect_language", "guess_language", "trend"]
