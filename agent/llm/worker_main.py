"""The model worker process: llama-cpp-python's own OpenAI-compatible server around one GGUF, on 127.0.0.1.

Started and supervised by ``agent.llm.worker`` (``python -m agent.llm.worker_main``, its config as JSON on stdin so
the API token never shows in ``ps``). It is llama-cpp-python's server app (``llama_cpp.server.app.create_app``) with
a few settings the defaults get wrong for us:

- ``interrupt_requests=False``: by default a new request cancels the stream in progress; the supervisor sends one
  request at a time anyway, and a queued request must wait, not cut someone's reply;
- ``logits_all=False``: the server's default keeps n_ctx x vocabulary floats (2.4 GB for Qwen2.5 at 4096);
- no SSE pings, so a stopped worker is seen as silence by the client's read time-out;
- the compact, bounded prefix-state cache of ``agent.llm.prefix_cache`` instead of the server's ``LlamaRAMCache``
  (whose states each copy up to 311 MB of logits);
- an API key (a random token per start) so another local user cannot drive the model.

It dies with its parent (``PR_SET_PDEATHSIG``), never writes a core file, and asks the kernel's OOM killer to pick it
before the server (``oom_score_adj``).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import sys
from typing import Any

from pydantic import BaseModel, Field

PR_SET_PDEATHSIG = 1


class WorkerConfig(BaseModel):
    model_path: str
    alias: str = "local"
    port: int
    token: str = Field(repr=False)
    parent_pid: int
    n_threads: int = 2
    n_ctx: int = 4096
    n_gpu_layers: int = 0
    cache_bytes: int = 256 * 2**20
    cache_entries: int = 4


def _die_with_parent(parent_pid: int) -> None:
    """SIGKILL this process when the thread that started it goes (Linux); exit now if the parent is already gone."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        sys.exit(0)


def _contain() -> None:
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a 1 GB core file per crash would fill the disk
    with contextlib.suppress(OSError), open("/proc/self/oom_score_adj", "w", encoding="ascii") as adj:
        adj.write("1000")  # under memory pressure the kernel kills the worker (one turn lost), not the server


def _scrub_environment(*settings: type[Any]) -> None:
    """Drop variables the server's settings classes would read (they are pydantic BaseSettings without a prefix:
    ``MODEL``, ``N_BATCH``, ``CHAT_FORMAT``, ``CONFIG_FILE``... from the operator's environment would override ours)."""
    names = {"config_file"} | {name.lower() for cls in settings for name in cls.model_fields}
    for key in [k for k in os.environ if k.lower() in names]:
        del os.environ[key]


def build_app(config: WorkerConfig) -> Any:
    """llama-cpp-python's server app with the model loaded (``create_app`` loads it) and our prefix cache."""
    import llama_cpp
    import llama_cpp.server.app as server_app
    from fastapi import Header, HTTPException
    from llama_cpp.server.settings import ModelSettings, ServerSettings

    from agent.llm.prefix_cache import install

    _scrub_environment(ModelSettings, ServerSettings)

    server = ServerSettings(host="127.0.0.1", port=config.port, api_key=config.token, interrupt_requests=False,
                            disable_ping_events=True)
    model = ModelSettings(model=config.model_path, model_alias=config.alias, n_ctx=config.n_ctx,
                          n_threads=config.n_threads, n_threads_batch=config.n_threads,
                          n_gpu_layers=config.n_gpu_layers, logits_all=False, cache=False, verbose=False)
    app = server_app.create_app(server_settings=server, model_settings=[model])
    proxy = getattr(server_app, "_llama_proxy", None)
    llama = getattr(proxy, "_current_model", None)
    cached = llama is not None and config.cache_bytes > 0 and install(
        llama, capacity_bytes=config.cache_bytes, max_entries=config.cache_entries)
    system_info = llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip()

    async def info(authorization: str | None = Header(default=None)) -> dict[str, Any]:
        # Answered without the model lock: readiness and health stay quick while a reply is being generated.
        if authorization != f"Bearer {config.token}":
            raise HTTPException(status_code=401, detail="invalid API key")
        return {"pid": os.getpid(), "model": config.alias, "system_info": system_info, "prefix_cache": cached,
                "llama_cpp_version": llama_cpp.__version__}

    app.add_api_route("/worker/info", info, methods=["GET"])
    return app


def main() -> int:
    config = WorkerConfig.model_validate_json(sys.stdin.read())
    _die_with_parent(config.parent_pid)
    _contain()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before llama.cpp's OpenMP runtime loads
    import uvicorn

    app = build_app(config)
    uvicorn.run(app, host="127.0.0.1", port=config.port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
