"""The local model out of process: a supervised llama.cpp worker, reached through the OpenAI-compatible backend.

``WorkerChatModel`` is the ``ChatModel`` of ``SHOPKEEPER_LLM__BACKEND=llamacpp``. The GGUF runs in a child process
(``agent.llm.worker_main``: llama-cpp-python's own OpenAI-compatible server) on 127.0.0.1, so this process never
loads llama.cpp, and a fault there costs at most the call in progress:

- a crash (SIGSEGV, SIGKILL, the kernel's OOM killer) cuts the HTTP stream: that call raises ``LLMUnavailable``
  (compose falls back to the template with a notice) and ``ModelWorker`` restarts the process by itself, after a
  back-off that doubles while crashes repeat, with one log line per restart;
- a hang (no first token within ``first_token_timeout_s``, no reply within ``timeout_s``) is ended by a watchdog
  that kills the worker's process group: the same path as a crash.

The worker starts lazily at the first call (or at ``start()``); its CPU is checked first (``agent.llm.cpu``). Calls
are sent one at a time (one llama.cpp context serves one sequence; queuing here keeps the time-outs about the
worker, not about the queue). ``close()`` stops it; an ``atexit`` hook, the worker's own parent-death signal and its
own process group mean it is never left running.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, SecretStr

from agent.llm.base import ChatMessage, M, ToolCall
from agent.llm.openai_compat import OpenAICompatChatModel
from agent.llm.worker_main import WorkerConfig
from shopkeeper.errors import ConfigError, DependencyMissing, LLMUnavailable
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

WorkerState = Literal["stopped", "starting", "ready", "restarting", "failed", "closed"]
_ALIAS = "local"
_STDERR_LINES = 20
# A worker that served this long before dying was healthy: the next crash starts the back-off from the beginning.
_HEALTHY_UPTIME_S = 60.0
# After this many starts in a row that never became ready, calls fail at once instead of waiting for the next try.
_FAIL_FAST_AFTER = 3


class WorkerStatus(BaseModel):
    """What ``health`` reports about the worker (no token, no secrets)."""

    state: WorkerState
    pid: int | None = None
    port: int | None = None
    restarts: int = 0
    crashes: int = 0
    last_exit: str | None = None
    last_error: str | None = None
    uptime_s: float | None = None
    build: str | None = None  # llama.cpp's system info as the worker reports it (instruction sets of the build)
    prefix_cache: bool | None = None  # the bounded prefix-state cache (agent.llm.prefix_cache) is installed


@dataclass(frozen=True)
class WorkerSpec:
    model_path: Path
    n_threads: int = 2
    n_ctx: int = 4096
    n_gpu_layers: int = 0
    port: int | None = None
    startup_timeout_s: float = 120.0
    backoff_s: float = 0.5
    backoff_max_s: float = 30.0
    python: str = sys.executable
    missing_hint: str = "check SHOPKEEPER_LLM__MODEL_PATH"


@dataclass(frozen=True)
class Endpoint:
    generation: int
    port: int
    token: SecretStr

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def exit_reason(returncode: int) -> str:
    """``-9`` -> ``"killed by SIGKILL"``; ``1`` -> ``"exited with code 1"``."""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"killed by {name}"
    return f"exited with code {returncode}"


_live: weakref.WeakSet[ModelWorker] = weakref.WeakSet()


@atexit.register
def _kill_all() -> None:
    for worker in list(_live):
        worker.close(grace_s=0.0)


class ModelWorker:
    """Owns the worker process: one supervisor thread starts it, waits for it, and restarts it when it dies."""

    def __init__(self, spec: WorkerSpec) -> None:
        self.spec = spec
        self._cond = threading.Condition()
        self._state: WorkerState = "stopped"
        self._proc: subprocess.Popen[bytes] | None = None
        self._endpoint: Endpoint | None = None
        self._generation = 0
        self._restarts = 0
        self._crashes = 0
        self._failed_starts = 0
        self._last_exit: str | None = None
        self._last_error: str | None = None
        self._kill_reason: dict[int, str] = {}
        self._exits: dict[int, str] = {}
        self._ready_at: float | None = None
        self._build: str | None = None
        self._prefix_cache: bool | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._stderr: collections.deque[str] = collections.deque(maxlen=_STDERR_LINES)
        self._output_done = threading.Event()

    # -- public --------------------------------------------------------------------------------------------------

    @property
    def state(self) -> WorkerState:
        return self._state

    def start(self, *, wait: bool = True) -> None:
        """Check the model file and the CPU, start the supervisor (once), and wait until the worker serves."""
        with self._cond:
            if self._state == "closed":
                raise LLMUnavailable("the model worker was closed")
            running = self._thread is not None and self._thread.is_alive()
        if not running:
            self._preflight()
            with self._cond:
                if self._thread is None or not self._thread.is_alive():
                    self._stop.clear()
                    self._thread = threading.Thread(target=self._supervise, name="llm-worker-supervisor",
                                                    daemon=True)
                    self._state = "starting"
                    _live.add(self)
                    self._thread.start()
        if wait:
            self.endpoint()

    def endpoint(self, timeout_s: float | None = None) -> Endpoint:
        """The serving worker's address; waits while it (re)starts. ``LLMUnavailable`` when it does not come up."""
        if self._thread is None or not self._thread.is_alive():
            self.start(wait=False)
        limit = self.spec.startup_timeout_s if timeout_s is None else timeout_s
        deadline = time.monotonic() + limit
        with self._cond:
            while True:
                if self._state == "ready" and self._endpoint is not None and self._proc is not None:
                    if _running(self._proc.pid):
                        return self._endpoint
                    # Died a moment ago and not reaped yet: the supervisor is about to restart it.
                    self._cond.wait(0.05)
                    continue
                if self._state in {"failed", "closed"} or self._failed_starts >= _FAIL_FAST_AFTER:
                    raise LLMUnavailable(f"the model worker is {self._state if self._state != 'restarting' else 'down'}"
                                         f": {self._last_error or self._last_exit or 'not started'}",
                                         hint="see the operator log (agent.llm.worker)")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise LLMUnavailable(f"the model worker did not become ready within {limit:g} s",
                                         hint="raise SHOPKEEPER_LLM__WORKER_STARTUP_TIMEOUT_S on a slow machine")
                self._cond.wait(remaining)

    def kill(self, generation: int, reason: str) -> None:
        """Kill that generation's process (a hang): the supervisor logs it and starts a new one."""
        with self._cond:
            proc = self._proc
            if proc is None or generation != self._generation or not _running(proc.pid):
                return
            self._kill_reason[generation] = reason
        log.warning("model worker pid %d %s: killing it", proc.pid, reason)
        _killpg(proc.pid, signal.SIGKILL)

    def exit_of(self, generation: int, wait_s: float = 2.0) -> str | None:
        """Why that generation's process ended (None while it runs). Waits briefly: a cut connection is seen by the
        client a moment before the supervisor reaps the process."""
        deadline = time.monotonic() + wait_s
        # A killed process closes its sockets while it exits, a moment before it shows as dead: alive for half a
        # second after the failure means the request failed, not the worker.
        alive_until = time.monotonic() + min(wait_s, 0.5)
        with self._cond:
            current = self._proc if generation == self._generation else None
            while generation not in self._exits and current is not None and _running(current.pid):
                if time.monotonic() >= alive_until:
                    return None
                self._cond.wait(0.02)
            while generation not in self._exits:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._state == "closed":
                    return self._exits.get(generation)
                self._cond.wait(remaining)
            return self._exits[generation]

    def cpu_seconds(self, generation: int) -> float | None:
        """CPU time used so far by that generation's process (None when it is gone or there is no /proc)."""
        proc = self._proc
        if proc is None or generation != self._generation:
            return None
        try:
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return None

    def status(self) -> WorkerStatus:
        with self._cond:
            proc = self._proc if self._state == "ready" else None
            uptime = time.monotonic() - self._ready_at if self._ready_at is not None and proc is not None else None
            return WorkerStatus(state=self._state, pid=proc.pid if proc else None,
                                port=self._endpoint.port if self._endpoint and proc else None,
                                restarts=self._restarts, crashes=self._crashes, last_exit=self._last_exit,
                                last_error=self._last_error, uptime_s=round(uptime, 1) if uptime is not None else None,
                                build=self._build, prefix_cache=self._prefix_cache)

    def close(self, grace_s: float = 3.0) -> None:
        """Stop the worker and its supervisor; the worker is gone when this returns."""
        with self._cond:
            self._state = "closed"
            self._stop.set()
            proc, thread = self._proc, self._thread
            self._cond.notify_all()
        if proc is not None and proc.poll() is None:
            _killpg(proc.pid, signal.SIGTERM if grace_s > 0 else signal.SIGKILL)
            try:
                proc.wait(timeout=grace_s if grace_s > 0 else 5)
            except subprocess.TimeoutExpired:
                _killpg(proc.pid, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=5)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        _live.discard(self)

    # -- the supervisor thread -----------------------------------------------------------------------------------

    def _preflight(self) -> None:
        import importlib.util

        if importlib.util.find_spec("llama_cpp") is None:
            raise DependencyMissing("llama-cpp-python", "local-llm")
        if not self.spec.model_path.is_file():
            raise ConfigError(f"chat model file not found: {self.spec.model_path}", hint=self.spec.missing_hint)
        from agent.llm.cpu import check_cpu

        check_cpu(self.spec.python)

    def _supervise(self) -> None:
        failures = 0
        while not self._stop.is_set():
            proc, endpoint = self._spawn()
            ready = proc is not None and endpoint is not None and self._await_ready(proc, endpoint)
            if proc is not None and endpoint is not None:
                proc.wait()
                self._output_done.wait(timeout=1.0)  # the last lines explain a failed start
                reason = self._record_exit(proc, endpoint.generation, ready)
            else:
                reason = self._last_error or "could not start"
            if self._stop.is_set():
                break
            with self._cond:
                healthy = ready and self._ready_at is not None and time.monotonic() - self._ready_at > _HEALTHY_UPTIME_S
                failures = 1 if healthy else failures + 1
                if reason.endswith("SIGILL"):
                    self._state, self._last_error = "failed", f"{reason}: the build uses instructions this CPU lacks"
                    self._cond.notify_all()
                    log.error("model worker %s; not restarting (rebuild llama-cpp-python for this CPU)", reason)
                    return
                self._state = "restarting"
                self._restarts += 1
                self._cond.notify_all()
            delay = min(self.spec.backoff_s * 2 ** (failures - 1), self.spec.backoff_max_s)
            log.warning("model worker %s; restarting in %.1f s (restart %d)", reason, delay, self._restarts)
            self._stop.wait(delay)

    def _spawn(self) -> tuple[subprocess.Popen[bytes] | None, Endpoint | None]:
        port = self.spec.port or free_port()
        token = secrets.token_urlsafe(24)
        config = WorkerConfig(model_path=str(self.spec.model_path), alias=_ALIAS, port=port, token=token,
                              parent_pid=os.getpid(), n_threads=self.spec.n_threads, n_ctx=self.spec.n_ctx,
                              n_gpu_layers=self.spec.n_gpu_layers)
        with self._cond:
            if self._stop.is_set():
                return None, None
            self._generation += 1
            generation = self._generation
            self._state = "starting"
            self._endpoint = None
            self._stderr.clear()
            try:
                proc = subprocess.Popen(
                    [self.spec.python, "-m", "agent.llm.worker_main"],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    env=dict(os.environ, OMP_WAIT_POLICY=os.environ.get("OMP_WAIT_POLICY", "PASSIVE")),
                    cwd=str(Path(__file__).resolve().parents[2]),
                    start_new_session=True,  # its own process group: killpg ends it and anything it started
                )
            except OSError as exc:
                self._last_error = f"cannot start the worker: {exc}"
                self._failed_starts += 1
                return None, None
            self._proc = proc
        assert proc.stdin is not None and proc.stdout is not None
        self._output_done = threading.Event()
        threading.Thread(target=self._read_output, args=(proc, self._output_done), name="llm-worker-output",
                         daemon=True).start()
        with contextlib.suppress(OSError):
            proc.stdin.write(config.model_dump_json().encode("utf-8"))
            proc.stdin.close()
        log.info("model worker pid %d starting on 127.0.0.1:%d (%s)", proc.pid, port, self.spec.model_path.name)
        return proc, Endpoint(generation, port, SecretStr(token))

    def _await_ready(self, proc: subprocess.Popen[bytes], endpoint: Endpoint) -> bool:
        import httpx

        generation = endpoint.generation
        url = endpoint.base_url.removesuffix("/v1") + "/worker/info"
        headers = {"Authorization": f"Bearer {endpoint.token.get_secret_value()}"}
        started = time.monotonic()
        deadline = started + self.spec.startup_timeout_s
        while time.monotonic() < deadline and not self._stop.is_set():
            if proc.poll() is not None:
                return False
            try:
                response = httpx.get(url, headers=headers, timeout=2.0)
            except httpx.HTTPError:
                response = None
            if response is not None and response.status_code == 200:
                info = response.json()
                with self._cond:
                    if self._stop.is_set():
                        return False
                    self._state, self._endpoint, self._ready_at = "ready", endpoint, time.monotonic()
                    self._build = str(info.get("system_info") or "") or None
                    self._prefix_cache = bool(info.get("prefix_cache"))
                    self._failed_starts = 0
                    self._last_error = None
                    self._cond.notify_all()
                log.info("model worker pid %d ready in %.1f s", proc.pid, time.monotonic() - started)
                return True
            self._stop.wait(0.1)
        if proc.poll() is None:
            self._kill_reason.setdefault(generation, f"not ready within {self.spec.startup_timeout_s:g} s")
            _killpg(proc.pid, signal.SIGKILL)
        return False

    def _record_exit(self, proc: subprocess.Popen[bytes], generation: int, was_ready: bool) -> str:
        reason = exit_reason(proc.returncode)
        with self._cond:
            killed_for = self._kill_reason.pop(generation, None)
            if killed_for:
                reason = f"{killed_for} ({reason})"
            if not was_ready and not self._stop.is_set():
                self._failed_starts += 1
                tail = " | ".join(list(self._stderr)[-3:])
                self._last_error = f"start failed: {reason}" + (f": {tail[:400]}" if tail else "")
                reason = self._last_error
            elif not self._stop.is_set():
                self._crashes += 1
            self._last_exit = reason
            self._exits[generation] = reason
            if self._proc is proc:
                self._endpoint = None
                if self._state != "closed":
                    self._state = "restarting"
            self._cond.notify_all()
        return f"pid {proc.pid} {reason}"

    def _read_output(self, proc: subprocess.Popen[bytes], done: threading.Event) -> None:
        # llama.cpp and uvicorn write here; kept for the operator's log, and the tail explains a failed start.
        assert proc.stdout is not None
        try:
            for raw in proc.stdout:
                line = raw.decode("utf-8", "replace").rstrip()
                if line and not line.startswith(("disconnected", "Disconnected from client")):
                    self._stderr.append(line)
                    log.debug("worker %d: %s", proc.pid, line)
        finally:
            proc.stdout.close()
            done.set()


def _running(pid: int) -> bool:
    """False once the process is dead, even before it is reaped (a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except (OSError, IndexError):
        return True  # no /proc: the supervisor's wait() tells
    return state not in {"Z", "X"}


def _killpg(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


class _Watchdog:
    """Kills a hung worker: no first piece within ``first_s`` while it computes nothing, or no end within ``total_s``.

    A stopped or deadlocked process uses no CPU; a worker still reading a long prompt on a busy machine does. The
    second is slow, not hung, and killing it would turn load into a restart storm (each restart reloads the model),
    so past ``first_s`` the worker is killed only once it has used under a tenth of a core for ``idle_window_s``.
    The caller's own first-token limit (``guarded_stream``) still ends the turn on time either way.
    """

    def __init__(self, on_expire: Callable[[str], None], *, first_s: float, total_s: float,
                 cpu: Callable[[], float | None] = lambda: None, idle_window_s: float = 1.0) -> None:
        self._on_expire = on_expire
        self._first_s, self._total_s = first_s, total_s
        self._cpu, self._window = cpu, idle_window_s
        self._started = time.monotonic()
        self._first_seen = False
        self._done = threading.Event()
        self.expired: str | None = None
        self._thread = threading.Thread(target=self._run, name="llm-worker-watchdog", daemon=True)
        self._thread.start()

    def progress(self) -> None:
        self._first_seen = True

    def cancel(self) -> None:
        self._done.set()

    def _computing(self, samples: collections.deque[tuple[float, float]], now: float) -> bool:
        old = [(t, c) for t, c in samples if now - t >= self._window]
        if not old or not samples:
            return True  # not watched long enough to call it idle
        t0, c0 = old[-1]
        return samples[-1][1] - c0 >= 0.1 * (now - t0)

    def _run(self) -> None:
        samples: collections.deque[tuple[float, float]] = collections.deque()
        while True:
            now = time.monotonic()
            used = self._cpu()
            if used is None:
                samples.clear()  # no CPU figures (no /proc): the first-token limit alone decides
            else:
                samples.append((now, used))
                while len(samples) > 2 and now - samples[1][0] >= self._window:
                    samples.popleft()
            if now >= self._started + self._total_s:
                self.expired = f"hung: no end of the reply within {self._total_s:g} s"
            elif not self._first_seen and now >= self._started + self._first_s and (
                    used is None or not self._computing(samples, now)):
                self.expired = f"hung: no first token within {self._first_s:g} s, and idle"
            if self.expired:
                self._on_expire(self.expired)
                return
            if self._done.wait(0.25):
                return


class _WorkerClient(OpenAICompatChatModel):
    """The OpenAI-compatible backend pointed at the worker, with llama.cpp's repeat penalty on every request."""

    def __init__(self, endpoint: Endpoint, *, timeout_s: float, repeat_penalty: float, name: str) -> None:
        super().__init__(base_url=endpoint.base_url, model=_ALIAS, api_key=endpoint.token, timeout_s=timeout_s,
                         max_retries=0, name=name)
        self.generation = endpoint.generation
        self._repeat_penalty = repeat_penalty

    def _chat(self, **params: Any) -> Any:
        extra: dict[str, Any] = {"repeat_penalty": self._repeat_penalty}
        if "max_tokens" in params:
            # langchain-openai sends the limit as ``max_completion_tokens``, which llama.cpp's server ignores
            # (measured: a 12-token limit streamed 485 tokens); its own field is ``max_tokens``.
            extra["max_tokens"] = params["max_tokens"]
        return super()._chat(extra_body=extra, **params)


class WorkerChatModel:
    """``ChatModel`` over the supervised llama.cpp worker (see the module docstring)."""

    def __init__(
        self,
        worker: ModelWorker,
        *,
        first_token_timeout_s: float = 30.0,
        timeout_s: float = 60.0,
        repeat_penalty: float = 1.05,
        name: str | None = None,
    ) -> None:
        self.worker = worker
        self.first_token_timeout_s = first_token_timeout_s
        self.timeout_s = timeout_s
        self.repeat_penalty = repeat_penalty
        self.name = name or f"llamacpp:{worker.spec.model_path.name}"
        self._lock = threading.Lock()  # one request at a time: one llama.cpp context, one sequence
        self._client: _WorkerClient | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkerChatModel:
        from agent.llm.factory import resolve_model_path

        llm = settings.llm
        spec = WorkerSpec(
            model_path=resolve_model_path(settings),
            n_threads=llm.n_threads,
            n_ctx=llm.n_ctx,
            n_gpu_layers=llm.n_gpu_layers,
            port=llm.worker_port,
            startup_timeout_s=llm.worker_startup_timeout_s,
            backoff_s=llm.worker_restart_backoff_s,
            backoff_max_s=llm.worker_restart_backoff_max_s,
            missing_hint="run `shopkeeper models prepare`" if llm.model_path is None
            else "check SHOPKEEPER_LLM__MODEL_PATH",
        )
        return cls(ModelWorker(spec), first_token_timeout_s=llm.first_token_timeout_s, timeout_s=llm.timeout_s)

    # -- lifecycle -----------------------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.worker.state == "ready"

    def load(self) -> None:
        """Start the worker now and wait until it serves (otherwise the first call does)."""
        self.worker.start(wait=True)

    start = load

    def status(self) -> WorkerStatus:
        return self.worker.status()

    def close(self) -> None:
        self.worker.close()

    # -- calls ---------------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _call(self, busy_s: float, first_s: float, total_s: float) -> Iterator[tuple[_WorkerClient, _Watchdog]]:
        if not self._lock.acquire(timeout=busy_s):
            raise LLMUnavailable(f"{self.name}: busy for more than {busy_s:g} s")
        try:
            endpoint = self.worker.endpoint()
            client = self._client
            if client is None or client.generation != endpoint.generation:
                client = self._client = _WorkerClient(endpoint, timeout_s=self.timeout_s + 5,
                                                      repeat_penalty=self.repeat_penalty, name=self.name)
            watchdog = _Watchdog(lambda why: self.worker.kill(endpoint.generation, why), first_s=first_s,
                                 total_s=total_s, cpu=lambda: self.worker.cpu_seconds(endpoint.generation))
            try:
                yield client, watchdog
            except LLMUnavailable as exc:
                raise self._fault(exc, endpoint.generation, watchdog) from exc
            finally:
                watchdog.cancel()
        finally:
            self._lock.release()

    def _fault(self, exc: LLMUnavailable, generation: int, watchdog: _Watchdog) -> LLMUnavailable:
        """A failed call: say whether the worker died (and is being restarted) or the request alone failed."""
        died = self.worker.exit_of(generation, wait_s=5.0 if watchdog.expired else 2.0)
        if watchdog.expired:
            return LLMUnavailable(f"{self.name}: the model worker {watchdog.expired}; it is being restarted")
        if died:
            return LLMUnavailable(f"{self.name}: the model worker {died}; it is being restarted")
        return exc

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 256, temperature: float = 0.2) -> Iterator[str]:
        # The queue wait is bounded by the first-token limit too: a caller that waited longer has given up already.
        with self._call(self.first_token_timeout_s, self.first_token_timeout_s, self.timeout_s) as (client, dog):
            pieces = client.stream(messages, max_tokens=max_tokens, temperature=temperature)
            try:
                for piece in pieces:
                    dog.progress()
                    yield piece
            finally:
                close = getattr(pieces, "close", None)
                if close is not None:
                    close()  # an early stop closes the HTTP stream: the worker stops generating

    def complete_json(self, messages: list[ChatMessage], schema: type[M], *, max_tokens: int = 256) -> M:
        # Forced function calling: llama.cpp's server turns the schema into a grammar (json_schema mode is rejected).
        with self._call(self.timeout_s, self.timeout_s, self.timeout_s) as (client, _):
            return client.complete_json(messages, schema, max_tokens=max_tokens)

    def call_tool(
        self, messages: list[ChatMessage], tools: list[dict[str, Any]], *, forced: str | None = None
    ) -> ToolCall | None:
        with self._call(self.timeout_s, self.timeout_s, self.timeout_s) as (client, _):
            return client.call_tool(messages, tools, forced=forced)
