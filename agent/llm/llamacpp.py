"""A local GGUF model through llama-cpp-python (CPU by default; layers on a GPU when ``n_gpu_layers`` says so).

In-process: a fault in llama.cpp takes the calling process down. The assistant's ``llamacpp`` backend therefore runs
the model in a supervised worker process instead (``agent.llm.worker``); this class stays for scripts and evals that
measure llama.cpp itself.

- The model loads once, at the first call (or ``load()``), and is reused; one lock serialises every call because
  a llama.cpp context holds one sequence and is not thread-safe.
- The chat template comes from the GGUF (llama-cpp-python reads ``tokenizer.chat_template``).
- ``stream`` yields tokens as llama.cpp decodes them; ``complete_json`` constrains decoding with a grammar built
  from the pydantic schema, then validates into it.
- ``call_tool`` with ``forced`` builds a grammar from that tool's parameters, so the arguments are always
  well-formed. With ``forced=None`` it is best effort: small local models (Qwen2.5 1.5B) rarely emit a structured
  tool call on "auto"; they write it as text, so a ``<tool_call>{...}</tool_call>`` or a bare
  ``{"name": ..., "arguments": ...}`` in the text is parsed; otherwise ``None``. Decide the tool in code with this
  backend (MODELS.md).
- Prefix reuse: llama.cpp keeps the KV cache of the previous call and re-evaluates only what differs after the
  common prefix; a bounded RAM cache of saved states (``prefix_cache``) also brings back the prefix of an earlier,
  different prompt (e.g. the understanding prompt after a compose prompt). So keep the fixed system prompt first.

Faults: a missing or unloadable model file is ``ConfigError`` (with the command that fixes it); anything that goes
wrong while generating is ``LLMUnavailable``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from agent.llm.base import ChatMessage, M, ToolCall
from agent.llm.messages import to_role_dicts
from agent.llm.openmp import configure_openmp
from shopkeeper.errors import ConfigError, DependencyMissing, LLMUnavailable
from shopkeeper.settings import Settings

if TYPE_CHECKING:
    from llama_cpp import Llama

_TOOL_CALL_TEXT = re.compile(r"<tool_call>\s*(\{.*?\})\s*</tool_call>", re.S)
# llama.cpp's OpenMP threads should sleep, not spin, on shared cores (see agent.llm.openmp).
configure_openmp()


class LlamaCppChatModel:
    """``ChatModel`` over one GGUF file, loaded lazily and shared by every caller of this instance."""

    def __init__(
        self,
        model_path: Path,
        *,
        n_threads: int = 2,
        n_ctx: int = 4096,
        n_gpu_layers: int = 0,
        cache_bytes: int = 256 * 2**20,
        cache_entries: int = 4,
        repeat_penalty: float = 1.05,
        busy_timeout_s: float = 300.0,
        missing_hint: str | None = None,
        name: str | None = None,
    ) -> None:
        self.model_path = Path(model_path)
        self.n_threads = n_threads
        self.n_ctx = n_ctx
        self.n_gpu_layers = n_gpu_layers
        self.cache_bytes = cache_bytes
        self.cache_entries = cache_entries
        self.repeat_penalty = repeat_penalty
        self.busy_timeout_s = busy_timeout_s
        self.name = name or f"llamacpp:{self.model_path.name}"
        self._missing_hint = missing_hint or "check SHOPKEEPER_LLM__MODEL_PATH"
        self._llama: Llama | None = None
        self._lock = threading.Lock()  # serialises load and every generation

    @classmethod
    def from_settings(cls, settings: Settings) -> LlamaCppChatModel:
        from agent.llm.factory import resolve_model_path

        llm = settings.llm
        packaged = llm.model_path is None
        return cls(
            resolve_model_path(settings),
            n_threads=llm.n_threads,
            n_ctx=llm.n_ctx,
            n_gpu_layers=llm.n_gpu_layers,
            missing_hint="run `shopkeeper models prepare`" if packaged else "check SHOPKEEPER_LLM__MODEL_PATH",
        )

    # -- loading -------------------------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._llama is not None

    def load(self) -> Llama:
        """Load the GGUF now (otherwise the first call does). Raises ``ConfigError`` when it cannot be loaded."""
        if self._llama is not None:
            return self._llama
        with self._acquire():
            return self._load_locked()

    def _load_locked(self) -> Llama:
        if self._llama is not None:
            return self._llama
        try:
            import llama_cpp
        except ImportError:
            raise DependencyMissing("llama-cpp-python", "local-llm") from None
        if not self.model_path.is_file():
            raise ConfigError(f"chat model file not found: {self.model_path}", hint=self._missing_hint)
        try:
            llama = llama_cpp.Llama(
                model_path=str(self.model_path),
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                n_gpu_layers=self.n_gpu_layers,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ConfigError(f"cannot load chat model {self.model_path}: {exc}",
                              hint="the file may be damaged: run `shopkeeper models prepare --force`") from exc
        if self.cache_bytes > 0:
            from agent.llm.prefix_cache import install

            install(llama, capacity_bytes=self.cache_bytes, max_entries=self.cache_entries)
        self._llama = llama
        return llama

    def info(self) -> dict[str, Any]:
        """What llama.cpp actually uses (after load): threads, context size, GPU layers, chat template present."""
        llama = self.load()
        return {
            "n_threads": llama.context_params.n_threads,
            "n_threads_batch": llama.context_params.n_threads_batch,
            "n_ctx": llama.n_ctx(),
            "n_gpu_layers": llama.model_params.n_gpu_layers,
            "chat_template": "tokenizer.chat_template" in llama.metadata,
        }

    def close(self) -> None:
        with self._lock:
            llama, self._llama = self._llama, None
        if llama is not None:
            llama.close()

    def _acquire(self) -> _Held:
        if not self._lock.acquire(timeout=self.busy_timeout_s):
            raise LLMUnavailable(f"{self.name}: busy for more than {self.busy_timeout_s:g} s")
        return _Held(self._lock)

    def _fault(self, exc: Exception) -> LLMUnavailable:
        hint = None
        if "context window" in str(exc) or "exceed" in str(exc):
            hint = f"the prompt is longer than n_ctx={self.n_ctx}: shorten it or raise SHOPKEEPER_LLM__N_CTX"
        return LLMUnavailable(f"{self.name}: {type(exc).__name__}: {exc}", hint=hint)

    # -- ChatModel -----------------------------------------------------------------------------------------------

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 256, temperature: float = 0.2) -> Iterator[str]:
        with self._acquire():
            llama = self._load_locked()
            try:
                chunks = llama.create_chat_completion(
                    messages=to_role_dicts(messages),  # type: ignore[arg-type]
                    stream=True,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    repeat_penalty=self.repeat_penalty,
                )
                for chunk in chunks:
                    delta = chunk["choices"][0]["delta"]  # type: ignore[index]
                    text = delta.get("content") if isinstance(delta, dict) else None
                    if text:
                        yield text
            except (RuntimeError, ValueError, KeyError, OSError) as exc:
                raise self._fault(exc) from exc

    def complete_json(self, messages: list[ChatMessage], schema: type[M], *, max_tokens: int = 256) -> M:
        response_format = {"type": "json_object", "schema": schema.model_json_schema()}
        with self._acquire():
            llama = self._load_locked()
            try:
                result = llama.create_chat_completion(
                    messages=to_role_dicts(messages),  # type: ignore[arg-type]
                    response_format=response_format,  # type: ignore[arg-type]
                    max_tokens=max_tokens,
                    temperature=0.0,
                )
                text = result["choices"][0]["message"]["content"] or ""  # type: ignore[index]
            except (RuntimeError, ValueError, KeyError, OSError) as exc:
                raise self._fault(exc) from exc
        try:
            return schema.model_validate_json(text)
        except ValidationError as exc:
            # Most often the reply hit max_tokens before the JSON closed.
            raise LLMUnavailable(f"{self.name}: reply does not match {schema.__name__}: {exc.errors()[:2]}",
                                 hint="raise max_tokens or simplify the schema") from exc

    def call_tool(
        self, messages: list[ChatMessage], tools: list[dict[str, Any]], *, forced: str | None = None
    ) -> ToolCall | None:
        names = {str(t.get("function", {}).get("name")) for t in tools}
        if forced is not None and forced not in names:
            raise ConfigError(f"forced tool {forced!r} is not among the tools offered: {sorted(names)}")
        choice: Any = {"type": "function", "function": {"name": forced}} if forced else "auto"
        with self._acquire():
            llama = self._load_locked()
            try:
                result = llama.create_chat_completion(
                    messages=to_role_dicts(messages),  # type: ignore[arg-type]
                    tools=tools,  # type: ignore[arg-type]
                    tool_choice=choice,
                    max_tokens=256,
                    temperature=0.0,
                )
                message = result["choices"][0]["message"]  # type: ignore[index]
            except (RuntimeError, ValueError, KeyError, OSError) as exc:
                raise self._fault(exc) from exc
        for call in message.get("tool_calls") or []:
            function = call.get("function", {})
            if function.get("name") in names:
                return ToolCall(name=function["name"], arguments=_arguments(function.get("arguments"), self.name))
        if forced is not None:
            raise LLMUnavailable(f"{self.name}: no call of the forced tool {forced!r} in the reply")
        return _tool_call_in_text(message.get("content") or "", names)


class _Held:
    """Releases an already-acquired lock on exit (``with self._acquire():``)."""

    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def _arguments(raw: Any, name: str) -> dict[str, Any]:
    if isinstance(raw, dict):
        return raw
    try:
        data = json.loads(raw or "{}")
    except ValueError as exc:
        raise LLMUnavailable(f"{name}: tool arguments are not JSON: {raw!r:.200}") from exc
    if not isinstance(data, dict):
        raise LLMUnavailable(f"{name}: tool arguments are not an object: {raw!r:.200}")
    return data


def _tool_call_in_text(text: str, names: set[str]) -> ToolCall | None:
    """Best effort for ``tool_choice="auto"``: the call a small model wrote as text, if it names a known tool."""
    candidates = _TOOL_CALL_TEXT.findall(text)
    stripped = text.strip().removeprefix("```json").removeprefix("```").removesuffix("```").strip()
    if stripped.startswith("{"):
        candidates.append(stripped)
    for raw in candidates:
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("name") in names:
            arguments = data.get("arguments", data.get("parameters", {}))
            if isinstance(arguments, str):
                try:
                    arguments = json.loads(arguments)
                except ValueError:
                    continue
            if isinstance(arguments, dict):
                return ToolCall(name=str(data["name"]), arguments=arguments)
    return None
