"""``python -m evals cpu_portability [--cpus EPYC-Rome,Haswell] [--native-site PATH]``: does one llama.cpp install
run on other x86-64 CPUs than the one it was built on?

The lab has one kind of CPU (an AMD EPYC with AVX-512), and users' CPUs differ. QEMU's user-mode emulator
(``qemu-x86_64 -cpu MODEL``, Debian's ``qemu-user``) runs this environment's Python on an emulated CPU model that
lacks instructions the host has: EPYC-Rome and Haswell have AVX2 but no AVX-512. An instruction the model lacks
stops the process with SIGILL, so a build that carries its build machine's flags fails here, and a portable one
generates the same text as on the host.

Each (build, CPU) pair loads the small test GGUF (Gemma 3 270M, from the ``dev`` extra) in a subprocess and
generates a few tokens greedily. Builds: the llama-cpp-python installed here, and optionally a native build
(``CMAKE_ARGS="-DGGML_NATIVE=ON"``, installed with ``pip install --no-deps --target PATH``) as a control: it should
fail on the emulated CPUs. Emulation is slow (about 40 s a run); speed is not what is measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from evals.report import markdown_table, print_table, sha256_files, write_report

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "The shop sells tents and"
PROBE = (
    "import sys, llama_cpp\n"
    "llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, n_threads=2, verbose=False)\n"
    "out = llm.create_completion(sys.argv[2], max_tokens=8, temperature=0)\n"
    "print('TEXT=' + repr(out['choices'][0]['text']))\n"
    "print('FLAGS=' + llama_cpp.llama_print_system_info().decode())\n"
)


def run_probe(model: Path, cpu: str | None, site: Path | None, timeout_s: float) -> dict[str, Any]:
    """One build on one CPU (``cpu`` None: the host's own): exit status, generated text, seconds."""
    cmd = [sys.executable, "-c", PROBE, str(model), PROMPT]
    if cpu is not None:
        cmd = ["qemu-x86_64", "-cpu", cpu, *cmd]
    env = dict(os.environ)
    if site is not None:
        env["PYTHONPATH"] = f"{site}{os.pathsep}{env.get('PYTHONPATH', '')}"
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"ok": False, "outcome": f"timed out after {timeout_s:g} s", "text": None, "seconds": timeout_s}
    seconds = round(time.perf_counter() - started, 1)
    lines = proc.stdout.splitlines()
    text = next((line[5:] for line in lines if line.startswith("TEXT=")), None)
    flags = next((line[6:] for line in lines if line.startswith("FLAGS=")), "")
    code = proc.returncode
    # qemu reports the guest's fatal signal as 128 + signal number.
    signum = -code if code < 0 else code - 128 if code > 128 else None
    if code == 0 and text is not None:
        outcome = "ran"
    elif signum:
        outcome = f"killed by {signal.Signals(signum).name}"
    else:
        outcome = f"exit {code}: {proc.stderr.strip().splitlines()[-1:] or ''}"
    avx512 = "AVX512 = 1" in flags
    return {"ok": outcome == "ran", "outcome": outcome, "text": text, "seconds": seconds, "build_avx512": avx512}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals cpu_portability", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cpus", default="EPYC-Rome,Haswell",
                    help="QEMU CPU models to emulate, comma-separated (`qemu-x86_64 -cpu help` lists them)")
    ap.add_argument("--native-site", type=Path, help="a native llama-cpp-python build (pip install --target)")
    ap.add_argument("--timeout-s", type=float, default=600.0)
    args = ap.parse_args(argv)
    if shutil.which("qemu-x86_64") is None:
        print("qemu-x86_64 is missing: apt-get install qemu-user", file=sys.stderr)
        return 2
    from agent.llm.cpu import CPUINFO_FLAG, cpu_flags, cpu_model_name
    from agent.llm.packaged import prepare_test_model

    model = prepare_test_model(ROOT / "var" / "models")
    builds: dict[str, Path | None] = {"portable (installed)": None}
    if args.native_site:
        builds["native (control)"] = args.native_site
    cpus: list[str | None] = [None, *[c.strip() for c in args.cpus.split(",") if c.strip()]]
    rows: list[list[Any]] = []
    results: dict[str, dict[str, Any]] = {}
    for build, site in builds.items():
        for cpu in cpus:
            where = cpu or "host"
            print(f"{build} on {where} ...", flush=True)
            res = run_probe(model, cpu, site, args.timeout_s)
            results[f"{build} @ {where}"] = res
            rows.append([build, where, res["outcome"], res["text"] or "-", res["seconds"]])
    host_text = results["portable (installed) @ host"]["text"]
    portable = [r for k, r in results.items() if k.startswith("portable")]
    flags = cpu_flags() or frozenset()
    host_sets = [name for name, flag in CPUINFO_FLAG.items() if flag in flags]
    metrics: dict[str, float | int | str | bool | None] = {
        "host_cpu": cpu_model_name(),
        "host_has_avx512": "avx512f" in flags,
        # AVX-512 FP16 came with Sapphire Rapids: the class of Xeon on which issue 9 saw native builds segfault.
        "host_has_avx512_fp16": "avx512_fp16" in flags,
        "portable_runs_everywhere": all(r["ok"] for r in portable),
        "portable_same_text_everywhere": all(r["text"] == host_text for r in portable),
        "portable_build_avx512": bool(portable[0].get("build_avx512")),
        "emulated_cpus": ",".join(c for c in cpus if c),
    }
    if args.native_site:
        native = [r for k, r in results.items() if k.startswith("native") and not k.endswith("@ host")]
        metrics["native_fails_on_emulated"] = all(not r["ok"] for r in native)
    cols = ["build", "CPU", "outcome", "generated (greedy, 8 tokens)", "seconds"]
    print_table("llama.cpp builds on other CPUs", cols, rows)
    body = "\n".join([
        markdown_table(cols, rows),
        f"Host: this machine's CPU, {metrics['host_cpu']}, with {', '.join(host_sets)}"
        f"{' and AVX-512 FP16' if metrics['host_has_avx512_fp16'] else ''}. Others: `qemu-x86_64 -cpu MODEL` "
        "(user-mode emulation) running this environment's Python; EPYC-Rome and Haswell have AVX2 and no AVX-512. "
        "Seconds are emulation time, not speed (see `llama_build` for speed). A build with instructions the CPU "
        "lacks dies with SIGILL; a native build can also crash on the very CPU it was built for (issue 9's "
        "segfault in decode on a Sapphire Rapids class Xeon), which the host row shows when it happens.",
        "",
        "What this does not cover: a CPU without AVX2 (the portable set needs AVX2/FMA/F16C; the worker checks "
        "the CPU before it starts and names SHOPKEEPER_LLAMA_CMAKE_ARGS when they are missing), and the rest of the "
        "suite under emulation (pure Python and wheels with their own runtime dispatch, e.g. numpy).",
    ])
    write_report("cpu_portability", metrics, dataset={"model": model.name, "prompt": PROMPT},
                 dataset_sha256=sha256_files([model]), body_md=body, extra={"results": results},
                 title="llama.cpp: one build on other CPUs")
    return 0 if metrics["portable_runs_everywhere"] else 1
