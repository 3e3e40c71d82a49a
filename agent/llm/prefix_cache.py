"""A bounded RAM cache of llama.cpp states, so a prompt that starts like an earlier one skips re-reading that prefix.

llama.cpp already reuses the KV cache of the *previous* call up to the common prefix. This cache also brings back
the prefix of an *earlier, different* prompt (the compose prompt after an understanding prompt, each with its own
fixed system prompt).

Why not ``llama_cpp.LlamaRAMCache`` as is: each saved state also copies the logits of every evaluated position
(up to ``n_batch`` x vocabulary floats: 33 MB for a 55-token prompt of Qwen2.5, 311 MB from 512 tokens), while its
capacity counts only the KV bytes, so a long-running server could hold many gigabytes; and restoring scans the
whole logits buffer (~0.4 s). After a restore llama-cpp-python always re-evaluates at least the last prompt token
(``_requires_eval``), so only the KV state matters: entries keep one logits row, sizes count every byte, and the
number of entries is bounded too. Relies on llama-cpp-python internals of the pinned 0.3.x; ``install`` declines
(returns False) when they are not there, and llama.cpp's own prefix reuse still works.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

log = logging.getLogger(__name__)

_NEEDED = ("_ctx", "_seed", "_scores", "scores", "input_ids", "n_tokens", "set_cache", "_requires_eval")


def install(llama: Any, *, capacity_bytes: int, max_entries: int = 4) -> bool:
    """Give ``llama`` a compact, bounded state cache. False when this llama-cpp-python lacks what it needs."""
    import llama_cpp
    from llama_cpp.llama import LlamaState

    if not all(hasattr(llama, name) for name in _NEEDED):
        log.warning("llama-cpp-python %s: prefix state cache not installed", getattr(llama_cpp, "__version__", "?"))
        return False

    class CompactRAMCache(llama_cpp.LlamaRAMCache):
        @property
        def cache_size(self) -> int:
            return sum(s.llama_state_size + s.scores.nbytes + s.input_ids.nbytes for s in self.cache_state.values())

        def __setitem__(self, key: Any, value: Any) -> None:
            super().__setitem__(key, value)
            while len(self.cache_state) > max_entries:
                self.cache_state.popitem(last=False)

    def save_state() -> Any:
        ctx = llama._ctx.ctx
        size = int(llama_cpp.llama_state_get_size(ctx))
        buffer = (ctypes.c_uint8 * size)()
        written = int(llama_cpp.llama_state_get_data(ctx, buffer, size))
        if written > size:
            raise RuntimeError("failed to copy the llama.cpp state")
        return LlamaState(
            input_ids=llama.input_ids.copy(),
            scores=llama._scores[-1:].copy(),  # one row: the rest is never read after a restore
            n_tokens=llama.n_tokens,
            llama_state=ctypes.string_at(buffer, written),
            llama_state_size=written,
            seed=llama._seed,
        )

    def load_state(state: Any) -> None:
        rows = llama.scores.shape[0]
        if state.n_tokens and len(state.scores):
            llama.scores[min(state.n_tokens, rows) - 1, :] = state.scores[-1]
        llama.input_ids = state.input_ids.copy()
        llama.n_tokens = state.n_tokens
        llama._requires_eval = True  # re-evaluate the last token: fresh logits before sampling
        llama._seed = state.seed
        data = (ctypes.c_uint8 * state.llama_state_size).from_buffer_copy(state.llama_state)
        if llama_cpp.llama_state_set_data(llama._ctx.ctx, data, state.llama_state_size) != state.llama_state_size:
            raise RuntimeError("failed to restore the llama.cpp state")

    # Instance attributes shadow the methods for this one model only.
    llama.save_state = save_state
    llama.load_state = load_state
    llama.set_cache(CompactRAMCache(capacity_bytes=capacity_bytes))
    return True
