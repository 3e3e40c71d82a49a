"""OpenMP wait policy for llama.cpp: sleep, do not spin, between steps (unless the operator chose otherwise).

llama-cpp-python is built with OpenMP (libgomp), whose threads busy-wait at every barrier. On a machine whose cores
are shared (web workers, the embedder, other processes) a spinning thread steals the core its partner needs:
measured on 2 busy cores, Qwen2.5 1.5B took 12-28 s for 16 tokens spinning and 3-6 s passive (Gemma 270M: 4-38 s
vs 1.2-1.7 s). libgomp reads the variable once, when it loads, so ``agent.llm`` sets it at import, before anything
imports ``llama_cpp``. Set ``OMP_WAIT_POLICY=ACTIVE`` on a dedicated machine to try spinning.
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)


def configure_openmp() -> str:
    """Default ``OMP_WAIT_POLICY`` to PASSIVE; return the policy in effect for libraries loaded from now on."""
    if "OMP_WAIT_POLICY" not in os.environ and _libgomp_loaded():
        log.info("libgomp was loaded before the LLM backend: set OMP_WAIT_POLICY=PASSIVE in the environment")
    return os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _libgomp_loaded() -> bool:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return "libgomp.so" in maps.read()
    except OSError:
        return False
