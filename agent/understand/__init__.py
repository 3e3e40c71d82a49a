"""Understanding a turn: language, intent, slots, sentiment, references to earlier turns. Cheap first, LLM last."""
