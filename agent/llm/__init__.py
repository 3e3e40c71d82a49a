"""Chat model backends behind one small Protocol: llama.cpp (local), OpenAI-compatible (remote), scripted (tests).

Import what you need from here; the heavy libraries load only when a backend is built::

    from agent.llm import get_chat_model, guarded_stream, ChatMessage
    model = get_chat_model(settings)            # None when SHOPKEEPER_LLM__BACKEND=none
    async for piece in guarded_stream(model, messages, first_token_timeout_s=30, total_timeout_s=60):
        ...
"""

from agent.llm.openmp import configure_openmp

# Before anything can import llama_cpp (its OpenMP runtime reads this once): see agent.llm.openmp.
configure_openmp()

from agent.llm.base import ChatMessage, ChatModel, ToolCall  # noqa: E402
from agent.llm.factory import LLMHealth, get_chat_model, health, make_chat_model, reset_chat_model  # noqa: E402
from agent.llm.guard import GarbageDetector, guarded_stream  # noqa: E402
from agent.llm.scripted import ScriptedChatModel  # noqa: E402

__all__ = [
    "ChatMessage",
    "ChatModel",
    "GarbageDetector",
    "LLMHealth",
    "ScriptedChatModel",
    "ToolCall",
    "get_chat_model",
    "guarded_stream",
    "health",
    "make_chat_model",
    "reset_chat_model",
]
