"""``GET /health``: is the store, the index and the chat model usable, and if not, what to run. Never raises.

Each check is cheap (no model is loaded, no query is embedded) and runs in a thread with a time limit, so a locked
database or an unreachable index server makes the answer "degraded", never a hung or failed request.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable
from pathlib import Path

import httpx

from channels.web.protocol import Health, HealthCheck
from shopkeeper.settings import Settings

CHECK_TIMEOUT_S = 3.0


def _ok(detail: str) -> HealthCheck:
    return HealthCheck(status="ok", detail=detail)


def _degraded(detail: str) -> HealthCheck:
    return HealthCheck(status="degraded", detail=detail)


def check_store(settings: Settings) -> HealthCheck:
    from knowledge.db import store_exists

    if store_exists(settings.db_url):
        return _ok("store database reachable")
    return _degraded("store database missing or unreachable: run `shopkeeper demo` or check SHOPKEEPER_DB__URL")


def check_index(settings: Settings) -> HealthCheck:
    if settings.index.url:
        try:
            resp = httpx.get(settings.index.url.rstrip("/") + "/readyz", timeout=CHECK_TIMEOUT_S)
        except httpx.HTTPError as exc:
            return _degraded(f"Qdrant server unreachable ({type(exc).__name__}): search falls back to keywords")
        if resp.status_code < 400:
            return _ok("Qdrant server reachable")
        return _degraded(f"Qdrant server answered {resp.status_code}: search falls back to keywords")
    path = settings.index_path
    if path.is_dir() and any(path.iterdir()):
        return _ok("embedded index present")
    return _degraded("search index missing: run `shopkeeper index` (search falls back to keywords meanwhile)")


def _gguf_present(settings: Settings) -> Path | None:
    # The same file the llama.cpp backend loads (settings or the packaged Qwen), never a guess from the folder.
    from agent.llm.factory import resolve_model_path

    path = resolve_model_path(settings)
    return path if path.is_file() else None


def check_llm(settings: Settings) -> HealthCheck:
    backend = settings.llm.backend
    if backend == "none":
        return _ok("language model off by configuration: replies come from templates")
    if backend == "openai":
        if not settings.llm.base_url and settings.llm.api_key is None:
            return _degraded("OpenAI-compatible backend without base_url or api_key: replies come from templates")
        return _ok(f"OpenAI-compatible endpoint configured ({settings.llm.model})")
    if importlib.util.find_spec("llama_cpp") is None:
        return _degraded("llama-cpp-python is not installed (pip install 'shopkeeper[local-llm]'): templates only")
    model = _gguf_present(settings)
    if model is None:
        return _degraded("no GGUF model found: run `shopkeeper models prepare` (templates meanwhile)")
    return _ok(f"local model {model.name}")


CHECKS: dict[str, Callable[[Settings], HealthCheck]] = {"store": check_store, "index": check_index, "llm": check_llm}


async def _run(name: str, check: Callable[[Settings], HealthCheck], settings: Settings) -> HealthCheck:
    try:
        return await asyncio.wait_for(asyncio.to_thread(check, settings), timeout=CHECK_TIMEOUT_S + 1)
    except TimeoutError:
        return _degraded(f"{name} check timed out")
    except Exception as exc:  # a health endpoint reports faults, it never fails with them
        return _degraded(f"{name} check failed: {type(exc).__name__}: {exc}")


async def health(settings: Settings) -> Health:
    results = await asyncio.gather(*(_run(n, c, settings) for n, c in CHECKS.items()))
    checks = dict(zip(CHECKS, results, strict=True))
    status = "ok" if all(c.status == "ok" for c in checks.values()) else "degraded"
    return Health(status=status, store=settings.store_name, checks=checks)
