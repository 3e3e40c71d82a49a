"""Language detection for understanding: the shared detector (``knowledge.language``), under its old names."""

from knowledge.language import (
    SHOP_LANGUAGES,
    LanguageGuess,
    base_language,
    detect_language,
    dominant_language,
    guess_language,
    reply_language,
    shop_language,
)

__all__ = ["SHOP_LANGUAGES", "LanguageGuess", "base_language", "detect_language", "dominant_language",
           "guess_language", "reply_language", "shop_language"]
