"""Does this CPU run the installed llama.cpp build? Asked before the model worker starts, never by crashing.

A llama.cpp build compiled for instructions the CPU lacks dies with SIGILL (or worse, on some AVX-512 parts, a
native build segfaulted in decode). ``./run`` builds a portable x86-64 set (AVX/AVX2/FMA/F16C/BMI2, no AVX-512), and
this module checks two things:

- which instruction sets the installed build uses: ``llama_print_system_info()``, asked in a short-lived
  subprocess so this process never loads llama.cpp (a SIGILL there is itself the answer);
- whether ``/proc/cpuinfo`` lists each of them. A missing one is a ``ConfigError`` that says how to rebuild.
"""

from __future__ import annotations

import functools
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from pydantic import BaseModel

from shopkeeper.errors import ConfigError, DependencyMissing

# llama.cpp's feature names (as ``llama_print_system_info`` prints them) -> the /proc/cpuinfo flag that provides it.
CPUINFO_FLAG = {
    "SSE3": "pni",
    "SSSE3": "ssse3",
    "AVX": "avx",
    "AVX2": "avx2",
    "F16C": "f16c",
    "FMA": "fma",
    "BMI2": "bmi2",
    "AVX_VNNI": "avx_vnni",
    "AVX512": "avx512f",
    "AVX512_VBMI": "avx512vbmi",
    "AVX512_VNNI": "avx512_vnni",
    "AVX512_BF16": "avx512_bf16",
    "AMX_INT8": "amx_int8",
}
# Sets that only newer CPUs have: a build that uses one of them is not portable (what -march=native gives on them).
NATIVE_ONLY = ("AVX_VNNI", "AVX512", "AVX512_VBMI", "AVX512_VNNI", "AVX512_BF16", "AMX_INT8")
REBUILD_HINT = ("rebuild llama-cpp-python for this CPU: remove ~/.cache/shopkeeper/wheels and rerun ./run with "
                "SHOPKEEPER_LLAMA_CMAKE_ARGS set to what this CPU has (e.g. '-DGGML_NATIVE=OFF -DGGML_AVX2=OFF "
                "-DGGML_FMA=OFF -DGGML_F16C=OFF -DGGML_BMI2=OFF' for a CPU without AVX2)")
_FEATURE = re.compile(r"([A-Z][A-Z0-9_]*) = (\d+)")
_PROBE = "import llama_cpp, sys; sys.stdout.write(llama_cpp.llama_print_system_info().decode('utf-8', 'replace'))"


class BuildInfo(BaseModel):
    """What the installed llama.cpp build was compiled to use."""

    system_info: str
    features: dict[str, bool]

    @property
    def used(self) -> list[str]:
        return [name for name, on in self.features.items() if on]

    @property
    def native_only(self) -> list[str]:
        """Instruction sets in this build that a portable x86-64 build leaves out (empty for ``./run``'s build)."""
        return [name for name in NATIVE_ONLY if self.features.get(name)]


def parse_system_info(text: str) -> dict[str, bool]:
    """``"CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 0 | ..."`` -> ``{"SSE3": True, "AVX2": True, "AVX512": False}``."""
    return {name: value != "0" for name, value in _FEATURE.findall(text)}


def _cpuinfo_field(key: str, path: Path) -> str | None:
    """The first CPU's ``key`` line of /proc/cpuinfo (its value); None where there is no such file or line."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return next((line.partition(":")[2].strip() for line in text.splitlines() if line.startswith(key)), None)


def cpu_flags(path: Path = Path("/proc/cpuinfo")) -> frozenset[str] | None:
    """The first CPU's flags from /proc/cpuinfo; None where there is no such file (not Linux, or not x86)."""
    flags = _cpuinfo_field("flags", path)
    return None if flags is None else frozenset(flags.split())


def cpu_model_name(path: Path = Path("/proc/cpuinfo")) -> str:
    """The first CPU's model name from /proc/cpuinfo ("unknown" where there is none), for reports."""
    return _cpuinfo_field("model name", path) or "unknown"


@functools.lru_cache(maxsize=4)
def build_info(python: str = sys.executable) -> BuildInfo:
    """Ask the installed llama-cpp-python (in a subprocess) which instruction sets its build uses."""
    env = dict(os.environ, OMP_WAIT_POLICY=os.environ.get("OMP_WAIT_POLICY", "PASSIVE"))
    try:
        done = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, timeout=120, env=env,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"cannot ask llama-cpp-python for its build: {type(exc).__name__}") from exc
    if done.returncode == -signal.SIGILL:
        raise ConfigError("the installed llama.cpp build uses instructions this CPU does not have (SIGILL)",
                          hint=REBUILD_HINT)
    if done.returncode != 0:
        if "No module named 'llama_cpp'" in done.stderr:
            raise DependencyMissing("llama-cpp-python", "local-llm")
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ConfigError(f"llama-cpp-python does not load (exit {done.returncode}): {last[:300]}",
                          hint="reinstall it: ./run test (or ./run demo)")
    return BuildInfo(system_info=done.stdout.strip(), features=parse_system_info(done.stdout))


def missing_instructions(build: BuildInfo, flags: frozenset[str]) -> list[str]:
    """The instruction sets the build uses and the CPU lacks, by llama.cpp's names."""
    return [name for name in build.used if name in CPUINFO_FLAG and CPUINFO_FLAG[name] not in flags]


def check_cpu(python: str = sys.executable, *, flags: frozenset[str] | None = None) -> BuildInfo:
    """Raise ``ConfigError`` (naming SHOPKEEPER_LLAMA_CMAKE_ARGS) when this CPU cannot run the installed build."""
    build = build_info(python)
    flags = flags if flags is not None else cpu_flags()
    if flags is None:
        return build  # nothing to compare against: the worker's own start will tell
    missing = missing_instructions(build, flags)
    if missing:
        raise ConfigError(f"this CPU lacks {', '.join(missing)}, which the installed llama.cpp build uses",
                          hint=REBUILD_HINT)
    return build
