"""The assistant: one LangGraph agent behind ``Assistant.reply(turn)``, the one entry every channel calls."""
