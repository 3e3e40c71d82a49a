"""The supervised llama.cpp worker on the tiny base Gemma 3 270M: replies cross a process boundary, and a crash,
a hang or closing the model costs at most the call in progress, never the caller's process.

Gemma 270M is a base model: these tests assert mechanics (pieces arrive, faults surface as ``LLMUnavailable``,
the worker comes back), not quality.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel

from agent.llm.base import ChatMessage, ChatModel, ToolCall
from agent.llm.cpu import (
    BuildInfo,
    build_info,
    check_cpu,
    cpu_flags,
    cpu_model_name,
    missing_instructions,
    parse_system_info,
)
from agent.llm.factory import health, make_chat_model, reset_chat_model
from agent.llm.guard import guarded_stream
from agent.llm.packaged import prepare_test_model
from agent.llm.worker import WorkerChatModel, exit_reason
from shopkeeper.errors import ConfigError, LLMUnavailable
from shopkeeper.settings import LLMSettings, Settings

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (extra local-llm)")
pytest.importorskip("llama_cpp.server.app", reason="llama-cpp-python[server] is not installed (extra local-llm)")

pytestmark = pytest.mark.llm

REPO = Path(__file__).resolve().parents[2]
MSGS = [ChatMessage(role="system", content="You are a shop assistant."),
        ChatMessage(role="user", content="Do you sell tents?")]
# The base model loops on this until max_tokens: a stream long enough to be killed in the middle of.
LONG = [MSGS[0], ChatMessage(role="user", content="Write a very long story about a dragon.")]
ORDER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_order",
        "description": "Look up an order by its number.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "integer"}}, "required": ["order_id"]},
    },
}


class Understanding(BaseModel):
    intent: Literal["search", "order_status", "other"]
    in_stock_only: bool


@pytest.fixture(scope="module")
def gemma_path() -> Path:
    return prepare_test_model(REPO / "var" / "models")


def _settings(model_path: Path, **llm: object) -> Settings:
    values: dict[str, object] = {"backend": "llamacpp", "model_path": model_path, "n_threads": 2, "n_ctx": 512,
                                 "first_token_timeout_s": 30.0, "timeout_s": 60.0, "worker_restart_backoff_s": 0.1}
    values.update(llm)
    return Settings(llm=LLMSettings.model_validate(values))


@pytest.fixture(scope="module")
def worker(gemma_path: Path) -> Iterator[WorkerChatModel]:
    model = WorkerChatModel.from_settings(_settings(gemma_path))
    yield model
    model.close()


def _pid(model: WorkerChatModel) -> int:
    model.load()
    pid = model.status().pid
    assert pid is not None
    return pid


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def _kill_mid_stream(model: WorkerChatModel, sig: signal.Signals) -> tuple[list[str], LLMUnavailable]:
    pid = _pid(model)
    pieces: list[str] = []
    with pytest.raises(LLMUnavailable) as info:
        for piece in model.stream(LONG, max_tokens=250, temperature=0.0):
            pieces.append(piece)
            if len(pieces) == 2:
                os.kill(pid, sig)
    assert _wait_gone(pid)
    return pieces, info.value


def test_streams_a_reply_from_a_worker_process(worker: WorkerChatModel):
    assert isinstance(worker, ChatModel)
    assert not worker.loaded or worker.status().state == "ready"
    pieces = list(worker.stream(MSGS, max_tokens=12, temperature=0.0))
    assert 1 < len(pieces) <= 12 and "".join(pieces).strip()
    status = worker.status()
    assert status.state == "ready" and status.pid is not None and status.pid != os.getpid()
    # llama.cpp is loaded in the worker, by the worker: the shared library is mapped there.
    assert "libllama" in Path(f"/proc/{status.pid}/maps").read_text()
    assert status.port is not None and status.prefix_cache is True  # llama.cpp's prompt-prefix reuse, bounded


def test_json_and_forced_tool_calls_go_through_the_worker(worker: WorkerChatModel):
    result = worker.complete_json(MSGS, Understanding, max_tokens=40)
    assert isinstance(result, Understanding)
    call = worker.call_tool([ChatMessage(role="user", content="Where is my order 1042?")], [ORDER_TOOL],
                            forced="get_order")
    assert isinstance(call, ToolCall) and call.name == "get_order"
    assert isinstance(call.arguments["order_id"], int)


def test_a_failed_request_is_not_a_crash(worker: WorkerChatModel):
    worker.load()
    before = worker.status()
    too_long = [ChatMessage(role="user", content="tent " * 2000)]  # beyond n_ctx=512: the worker refuses it
    started = time.monotonic()
    with pytest.raises(LLMUnavailable) as info:
        list(worker.stream(too_long, max_tokens=4))
    assert "restarted" not in info.value.message and time.monotonic() - started < 20
    after = worker.status()
    assert after.pid == before.pid and after.restarts == before.restarts and after.state == "ready"
    assert list(worker.stream(MSGS, max_tokens=4, temperature=0.0))


def test_sigkill_mid_stream_costs_that_call_and_the_worker_comes_back(worker: WorkerChatModel):
    before = worker.status()
    pieces, error = _kill_mid_stream(worker, signal.SIGKILL)
    assert len(pieces) >= 2
    assert "SIGKILL" in error.message and "restarted" in error.message
    again = list(worker.stream(MSGS, max_tokens=8, temperature=0.0))
    assert again and "".join(again).strip()
    after = worker.status()
    assert after.state == "ready" and after.pid != before.pid
    assert after.restarts == before.restarts + 1 and after.crashes == before.crashes + 1
    assert "SIGKILL" in (after.last_exit or "")


async def test_sigsegv_mid_stream_surfaces_through_guarded_stream(worker: WorkerChatModel):
    pid = _pid(worker)
    before = worker.status().restarts
    pieces: list[str] = []
    with pytest.raises(LLMUnavailable, match="SIGSEGV"):
        async for piece in guarded_stream(worker, LONG, first_token_timeout_s=30, total_timeout_s=60,
                                          max_tokens=250, temperature=0.0):
            pieces.append(piece)
            if len(pieces) == 2:
                os.kill(pid, signal.SIGSEGV)
    assert len(pieces) >= 2
    reply = [p async for p in guarded_stream(worker, MSGS, first_token_timeout_s=60, total_timeout_s=90,
                                             max_tokens=8, temperature=0.0)]
    assert reply
    assert worker.status().restarts == before + 1 and worker.status().pid != pid


def test_a_hung_worker_is_killed_after_the_first_token_timeout_and_restarted(gemma_path: Path):
    model = WorkerChatModel.from_settings(_settings(gemma_path, first_token_timeout_s=3.0, timeout_s=20.0))
    try:
        pid = _pid(model)
        os.kill(pid, signal.SIGSTOP)  # alive but silent: what a deadlock inside llama.cpp looks like from outside
        started = time.monotonic()
        with pytest.raises(LLMUnavailable, match="no first token within 3 s"):
            list(model.stream(MSGS, max_tokens=8, temperature=0.0))
        assert time.monotonic() - started < 15
        assert _wait_gone(pid)
        assert list(model.stream(MSGS, max_tokens=8, temperature=0.0))
        status = model.status()
        assert status.restarts == 1 and status.pid != pid and "hung" in (status.last_exit or "")
    finally:
        model.close()


def test_a_worker_that_dies_while_idle_is_back_before_the_next_call(gemma_path: Path):
    model = WorkerChatModel.from_settings(_settings(gemma_path))
    try:
        pid = _pid(model)
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while model.status().state != "ready" or model.status().pid == pid:
            assert time.monotonic() < deadline, model.status()
            time.sleep(0.1)
        assert model.status().restarts == 1
        assert list(model.stream(MSGS, max_tokens=4, temperature=0.0))
    finally:
        model.close()


def test_closing_the_model_leaves_no_process(gemma_path: Path):
    model = WorkerChatModel.from_settings(_settings(gemma_path))
    pid = _pid(model)
    model.close()
    assert not _alive(pid)
    assert model.status().state == "closed"
    with pytest.raises(LLMUnavailable, match="closed"):
        list(model.stream(MSGS, max_tokens=4))


def test_the_worker_dies_with_its_parent(gemma_path: Path, tmp_path: Path):
    # The parent is SIGKILLed (no atexit, no close): the worker must not be left behind.
    script = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        from agent.llm.worker import WorkerChatModel
        from shopkeeper.settings import LLMSettings, Settings
        model = WorkerChatModel.from_settings(Settings(llm=LLMSettings(model_path=Path({str(gemma_path)!r}),
                                                                       n_ctx=256)))
        model.load()
        print(model.status().pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=180,
                          check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    worker_pid = int(done.stdout.split()[0])
    assert _wait_gone(worker_pid), f"worker {worker_pid} outlived its parent"


def test_the_factory_builds_the_worker_and_health_reports_it(gemma_path: Path):
    settings = _settings(gemma_path)
    assert isinstance(make_chat_model(settings), WorkerChatModel)
    reset_chat_model()
    try:
        status = health(settings, probe=True)
        assert status.reachable and status.loaded and status.worker is not None
        assert status.worker["state"] == "ready" and status.worker["pid"] != os.getpid()
        assert "AVX2 = 1" in (status.worker["build"] or "")
        assert "token" not in str(status.model_dump()).lower()
    finally:
        reset_chat_model()


def test_missing_model_file_is_a_config_error_before_any_process(tmp_path: Path):
    model = WorkerChatModel.from_settings(Settings(data_dir=tmp_path))
    with pytest.raises(ConfigError) as info:
        list(model.stream(MSGS))
    assert info.value.hint == "run `shopkeeper models prepare`"
    assert model.status().pid is None


# -- the CPU check and the build's instruction sets -------------------------------------------------------------


def test_system_info_is_parsed():
    text = "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | AVX512 = 0 | OPENMP = 1 |"
    features = parse_system_info(text)
    assert features["AVX2"] and features["FMA"] and not features["AVX512"] and features["OPENMP"]
    build = BuildInfo(system_info=text, features=features)
    assert build.native_only == []
    no_avx2 = frozenset({"pni", "ssse3", "avx", "f16c", "bmi2"})
    assert missing_instructions(build, no_avx2) == ["AVX2", "FMA"]


def test_the_installed_build_is_portable_and_runs_here():
    build = build_info()
    assert build.features.get("AVX2") and build.features.get("FMA"), build.system_info
    assert build.native_only == [], f"a native-only build is installed: {build.system_info}"
    flags = cpu_flags()
    assert flags is not None and "avx2" in flags
    assert check_cpu() == build


def test_the_cpu_model_name_comes_from_cpuinfo(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Processor\n"
                    "flags\t\t: fpu avx2 avx512f avx512_fp16\n", encoding="utf-8")
    assert cpu_model_name(info) == "Intel(R) Xeon(R) Processor"
    assert cpu_model_name(tmp_path / "missing") == "unknown"


def test_a_cpu_without_avx2_gets_a_clear_config_error():
    with pytest.raises(ConfigError, match="lacks AVX2") as info:
        check_cpu(flags=frozenset({"pni", "ssse3", "avx", "f16c", "bmi2"}))
    assert "SHOPKEEPER_LLAMA_CMAKE_ARGS" in (info.value.hint or "")


def test_exit_reasons_name_the_signal():
    assert exit_reason(-signal.SIGSEGV) == "killed by SIGSEGV"
    assert exit_reason(-signal.SIGKILL) == "killed by SIGKILL"
    assert exit_reason(1) == "exited with code 1"


def test_the_watchdog_tells_a_slow_worker_from_a_hung_one():
    from agent.llm.worker import _Watchdog

    started = time.monotonic()

    def busy() -> float:  # a worker reading a long prompt: a full core of CPU time
        return time.monotonic() - started

    expired: list[str] = []
    slow = _Watchdog(expired.append, first_s=0.5, total_s=2.0, cpu=busy, idle_window_s=0.5)
    time.sleep(1.2)
    assert expired == []  # past the first-token limit, but computing: slow, not hung
    time.sleep(1.3)
    assert expired == ["hung: no end of the reply within 2 s"]  # the total limit holds whatever it does
    slow.cancel()

    idle: list[str] = []
    stuck = _Watchdog(idle.append, first_s=0.5, total_s=30.0, cpu=lambda: 1.0, idle_window_s=0.5)
    time.sleep(1.5)
    assert idle == ["hung: no first token within 0.5 s, and idle"]
    stuck.cancel()
