"""The installed llama.cpp build runs on a CPU without AVX-512: QEMU user mode emulates one (Haswell: AVX2, no
AVX-512) and the build must generate there exactly what it generates on this machine.

A build carrying its build machine's flags dies with SIGILL under the emulator (evals/cpu_portability shows a native
build doing so), so this catches a wheel compiled with -march=native or AVX-512 on every CI run. `./run test` installs
Debian's qemu-user; without it the test is skipped with the command to install it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agent.llm.packaged import prepare_test_model
from evals.cpu_portability import run_probe

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (extra local-llm)")

pytestmark = [pytest.mark.llm, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("qemu-x86_64") is None, reason="qemu-x86_64 is missing: apt-get install qemu-user")
def test_installed_build_runs_on_a_cpu_without_avx512() -> None:
    model = prepare_test_model(REPO / "var" / "models")
    host = run_probe(model, None, None, timeout_s=120)
    assert host["ok"], host["outcome"]
    assert not host["build_avx512"], "the installed llama.cpp was compiled with AVX-512"
    emulated = run_probe(model, "Haswell", None, timeout_s=300)
    assert emulated["outcome"] == "ran", f"on an emulated Haswell the build was {emulated['outcome']}"
    assert emulated["text"] == host["text"]
