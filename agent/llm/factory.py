"""Choose the chat model from settings, keep one instance per process, and report its health.

Heavy libraries (llama_cpp, langchain_openai) are imported by the backend modules only when one is built.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from agent.llm.base import ChatModel
from agent.llm.guard import GarbageDetector, guarded_stream
from shopkeeper.errors import ConfigError
from shopkeeper.settings import Settings, get_settings

__all__ = ["GarbageDetector", "LLMHealth", "get_chat_model", "guarded_stream", "health", "make_chat_model",
           "reset_chat_model", "resolve_model_path"]


def resolve_model_path(settings: Settings) -> Path:
    """The GGUF the llama.cpp backend loads: the configured path, or the packaged Qwen joined into models_dir."""
    if settings.llm.model_path is not None:
        return settings.llm.model_path.expanduser().resolve()
    from agent.llm.packaged import default_model_path

    return default_model_path(settings)


def make_chat_model(settings: Settings) -> ChatModel | None:
    """A new chat model for ``settings.llm.backend``; ``None`` for backend "none" (templates only).

    Nothing heavy happens here: the llama.cpp worker starts at the first call (or ``.load()``), the remote backend
    connects at the first request. A missing model file is reported then, as ``ConfigError`` with a hint.
    """
    backend = settings.llm.backend
    if backend == "none":
        return None
    if backend == "llamacpp":
        # Out of process: llama.cpp runs in a supervised worker (agent.llm.worker), so a crash costs one turn.
        from agent.llm.worker import WorkerChatModel

        return WorkerChatModel.from_settings(settings)
    if backend == "openai":
        from agent.llm.openai_compat import OpenAICompatChatModel

        return OpenAICompatChatModel.from_settings(settings)
    raise ConfigError(f"unknown LLM backend {backend!r}",
                      hint="set SHOPKEEPER_LLM__BACKEND to llamacpp, openai or none")


_cache_lock = threading.Lock()
_cached: tuple[str, ChatModel | None] | None = None


def _cache_key(settings: Settings) -> str:
    return settings.llm.model_dump_json() + "|" + str(settings.models_dir)


def get_chat_model(settings: Settings | None = None) -> ChatModel | None:
    """The process-wide chat model for these settings (built once; rebuilt only when the LLM settings change).

    One instance matters for llama.cpp: the GGUF is ~1.1 GB in memory and its context is reused across turns.
    """
    global _cached
    settings = settings or get_settings()
    key = _cache_key(settings)
    with _cache_lock:
        if _cached is None or _cached[0] != key:
            old = _cached[1] if _cached else None
            _cached = (key, make_chat_model(settings))
            _close(old)
        return _cached[1]


def reset_chat_model() -> None:
    """Drop the process-wide instance (tests, or after the operator changed the model)."""
    global _cached
    with _cache_lock:
        old = _cached[1] if _cached else None
        _cached = None
    _close(old)


def _close(model: ChatModel | None) -> None:
    close = getattr(model, "close", None)
    if callable(close):
        close()


class LLMHealth(BaseModel):
    backend: Literal["llamacpp", "openai", "none"]
    model: str | None = None
    # llama.cpp: the GGUF exists on disk; openai: a base URL is configured.
    present: bool = False
    loaded: bool = False
    # Only filled when probed: the endpoint answered GET /models (openai) or the GGUF loaded (llamacpp).
    reachable: bool | None = None
    detail: str | None = None
    # llamacpp: the model worker process (state, pid, restarts, last exit, the build's instruction sets).
    worker: dict[str, Any] | None = None


def health(settings: Settings | None = None, *, probe: bool = False) -> LLMHealth:
    """Backend, model and whether it is present / loaded / reachable. ``probe`` may load or call the model."""
    settings = settings or get_settings()
    llm = settings.llm
    if llm.backend == "none":
        return LLMHealth(backend="none", present=True, detail="templates only (no LLM)")
    model = _cached[1] if _cached is not None and _cached[0] == _cache_key(settings) else None
    if llm.backend == "llamacpp":
        path = resolve_model_path(settings)
        status = LLMHealth(backend="llamacpp", model=str(path), present=path.is_file(),
                           loaded=bool(getattr(model, "loaded", False)))
        if not status.present:
            status.detail = "model file missing: run `shopkeeper models prepare`"
        if probe and status.present:
            try:
                model = get_chat_model(settings)
                load = getattr(model, "load", None)
                if callable(load):
                    load()
                status.loaded = status.reachable = True
            except Exception as exc:  # a health check reports, it never raises
                status.reachable, status.detail = False, str(exc)
        worker_status = getattr(model, "status", None)
        if callable(worker_status):
            status.worker = worker_status().model_dump()
        return status
    status = LLMHealth(backend="openai", model=llm.model, present=bool(llm.base_url) or llm.api_key is not None,
                       loaded=model is not None)
    status.detail = llm.base_url or "default OpenAI endpoint"
    if probe:
        from agent.llm.openai_compat import probe_endpoint

        status.reachable, why = probe_endpoint(settings)
        if why:
            status.detail = f"{status.detail}: {why}"
    return status
