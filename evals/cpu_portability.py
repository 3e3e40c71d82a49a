"""``python -m evals cpu_portability [--cpus EPYC-Rome,Haswell] [--native-site PATH]``: does one install run on
other x86-64 CPUs than the one it was built on?

Users' CPUs differ from the lab's (an AMD EPYC with AVX-512 in one session, a Sapphire Rapids class Xeon in
another). QEMU's user-mode emulator (``qemu-x86_64 -cpu MODEL``, Debian's ``qemu-user``) runs this environment's
Python on an emulated CPU model that lacks instructions the host has: EPYC-Rome and Haswell have AVX2 but no
AVX-512. An instruction the model lacks stops the process with SIGILL, so a build that carries its build machine's
flags fails here, and a portable one gives the same output as on the host.

Two probes, on the host and on each emulated CPU:

- llama.cpp: each (build, CPU) pair loads the small test GGUF (Gemma 3 270M, from the ``dev`` extra) in a
  subprocess and generates a few tokens greedily. Builds: the llama-cpp-python installed here, and optionally a
  native build (``CMAKE_ARGS="-DGGML_NATIVE=ON"``, installed with ``pip install --no-deps --target PATH``) as a
  control: it should fail on the emulated CPUs.
- the assistant: three shopper turns (en/ru/zh) through ``Assistant.reply`` with templates on a small demo store,
  so the rest of the stack (classifier, embeddings, Qdrant, SQLite and their wheels) runs on the emulated CPU too.

Emulation is slow (about a minute a run); speed is not what is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
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
# A shopper's turn in each language, through the assistant with templates (no LLM: that is the probe above).
TURNS = ("waterproof hiking boots under 120", "нужен чайник до 3000 рублей", "有没有防水的登山鞋")
# The child's command: the assistant answers the turns in a process of its own, under the emulator.
TURN_PROBE = "import sys; from evals.cpu_portability import answer_turns; answer_turns(sys.argv[1], sys.argv[2:])"


def answer_turns(store: str, texts: list[str]) -> None:
    """In the child: print one ``REPLY=`` line (intent and text) per turn, each in a session of its own."""
    import asyncio

    from agent.assistant import Assistant
    from agent.events import Turn
    from evals.grounding_facts import store_settings

    settings = store_settings(Path(store))
    settings.agent.checkpoint_url = "memory"
    settings.agent.llm_for_understanding = False

    async def main() -> None:
        assistant = Assistant(settings)
        try:
            for i, text in enumerate(texts):
                async for ev in assistant.reply(Turn(session_id=f"cpu-{i}", text=text, client_id="cpu")):
                    if ev.type == "done":
                        print("REPLY=" + json.dumps({"intent": ev.intent, "text": ev.text}, ensure_ascii=False))
        finally:
            await assistant.aclose()

    asyncio.run(main())


def _run(cmd: list[str], cpu: str | None, env: dict[str, str], timeout_s: float) -> dict[str, Any]:
    """Run ``cmd`` on the host or under ``qemu-x86_64 -cpu CPU``: its stdout lines, outcome and seconds."""
    if cpu is not None:
        cmd = ["qemu-x86_64", "-cpu", cpu, *cmd]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"code": None, "lines": [], "outcome": f"timed out after {timeout_s:g} s", "seconds": timeout_s}
    code = proc.returncode
    # qemu reports the guest's fatal signal as 128 + signal number.
    signum = -code if code < 0 else code - 128 if code > 128 else None
    if code == 0:
        outcome = "ran"
    elif signum:
        outcome = f"killed by {signal.Signals(signum).name}"
    else:
        outcome = f"exit {code}: {proc.stderr.strip().splitlines()[-1:] or ''}"
    return {"code": code, "lines": proc.stdout.splitlines(), "outcome": outcome,
            "seconds": round(time.perf_counter() - started, 1)}


def run_probe(model: Path, cpu: str | None, site: Path | None, timeout_s: float) -> dict[str, Any]:
    """One build on one CPU (``cpu`` None: the host's own): exit status, generated text, seconds."""
    env = dict(os.environ)
    if site is not None:
        env["PYTHONPATH"] = f"{site}{os.pathsep}{env.get('PYTHONPATH', '')}"
    done = _run([sys.executable, "-c", PROBE, str(model), PROMPT], cpu, env, timeout_s)
    lines = done["lines"]
    text = next((line[5:] for line in lines if line.startswith("TEXT=")), None)
    flags = next((line[6:] for line in lines if line.startswith("FLAGS=")), "")
    outcome = done["outcome"] if done["outcome"] != "ran" or text is not None else "ran, but printed no text"
    return {"ok": outcome == "ran", "outcome": outcome, "text": text, "seconds": done["seconds"],
            "build_avx512": "AVX512 = 1" in flags}


def run_turns(store: Path, cpu: str | None, timeout_s: float) -> dict[str, Any]:
    """The assistant (templates, no LLM) answers TURNS on one CPU: the whole Python stack of a shopper's turn
    (intent classifier, embeddings, the Qdrant index, SQLite) on instructions that CPU has."""
    done = _run([sys.executable, "-c", TURN_PROBE, str(store), *TURNS], cpu, dict(os.environ), timeout_s)
    replies = [line[6:] for line in done["lines"] if line.startswith("REPLY=")]
    ok = done["outcome"] == "ran" and len(replies) == len(TURNS)
    return {"ok": ok, "outcome": done["outcome"] if ok or done["outcome"] != "ran" else "ran, but replies missing",
            "replies": replies, "seconds": done["seconds"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals cpu_portability", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cpus", default="EPYC-Rome,Haswell",
                    help="QEMU CPU models to emulate, comma-separated (`qemu-x86_64 -cpu help` lists them)")
    ap.add_argument("--native-site", type=Path, help="a native llama-cpp-python build (pip install --target)")
    ap.add_argument("--timeout-s", type=float, default=600.0)
    ap.add_argument("--turn-products", type=int, default=400,
                    help="demo store size for the assistant-turn probe (0: skip that probe)")
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
    turn_rows: list[list[Any]] = []
    turns: dict[str, dict[str, Any]] = {}
    if args.turn_products > 0:
        from evals.grounding_facts import build_store

        with tempfile.TemporaryDirectory(prefix="shopkeeper-cpu-") as tmp:
            store = Path(tmp) / "store"
            print(f"building a demo store of {args.turn_products} products for the assistant turns ...", flush=True)
            build_store(store, 7, args.turn_products)  # on the host: the index build is not what is tried
            for cpu in cpus:
                where = cpu or "host"
                print(f"assistant turns on {where} ...", flush=True)
                turns[where] = run_turns(store, cpu, args.timeout_s)
        host_replies = turns["host"]["replies"]
        for where, res in turns.items():
            intents = ", ".join(json.loads(r)["intent"] for r in res["replies"]) or "-"
            turn_rows.append([where, res["outcome"], intents, res["replies"] == host_replies, res["seconds"]])
        metrics["assistant_turns_run_everywhere"] = all(r["ok"] for r in turns.values())
        metrics["assistant_turns_same_everywhere"] = all(r["replies"] == host_replies for r in turns.values())
    cols = ["build", "CPU", "outcome", "generated (greedy, 8 tokens)", "seconds"]
    print_table("llama.cpp builds on other CPUs", cols, rows)
    turn_cols = ["CPU", "outcome", "intents", "replies as on the host", "seconds"]
    if turn_rows:
        print_table("assistant turns (templates) on other CPUs", turn_cols, turn_rows)
    body = "\n".join([
        markdown_table(cols, rows),
        f"Host: this machine's CPU, {metrics['host_cpu']}, with {', '.join(host_sets)}"
        f"{' and AVX-512 FP16' if metrics['host_has_avx512_fp16'] else ''}. Others: `qemu-x86_64 -cpu MODEL` "
        "(user-mode emulation) running this environment's Python; EPYC-Rome and Haswell have AVX2 and no AVX-512. "
        "Seconds are emulation time, not speed (see `llama_build` for speed). A build with instructions the CPU "
        "lacks dies with SIGILL; a native build can also crash on the very CPU it was built for (issue 9's "
        "segfault in decode on a Sapphire Rapids class Xeon), which the host row shows when it happens.",
        "",
        *(["## Assistant turns", "",
           f"The assistant with templates and no LLM (`llm.backend=none`) answers {len(TURNS)} shopper turns "
           f"({'; '.join(TURNS)}) on a demo store of {args.turn_products} products built on the host, in one "
           "process per CPU: the intent classifier, the multilingual embeddings, the Qdrant index and SQLite all run "
           "on the emulated CPU. \"Replies as on the host\": every reply's text and intent identical.", "",
           markdown_table(turn_cols, turn_rows)] if turn_rows else []),
        "What this does not cover: a CPU without AVX2 (the portable set needs AVX2/FMA/F16C; the worker checks "
        "the CPU before it starts and names SHOPKEEPER_LLAMA_CMAKE_ARGS when they are missing); the server, the "
        "model worker process and the test suite under emulation (QEMU user mode runs a child process on the host "
        "CPU, and the suite would take days emulated).",
    ])
    write_report("cpu_portability", metrics, dataset={"model": model.name, "prompt": PROMPT, "turns": list(TURNS),
                                                      "turn_store": {"seed": 7, "products": args.turn_products}},
                 dataset_sha256=sha256_files([model]), body_md=body, extra={"results": results, "turns": turns},
                 title="llama.cpp and the assistant on other CPUs")
    return 0 if metrics["portable_runs_everywhere"] and metrics.get("assistant_turns_run_everywhere", True) else 1
