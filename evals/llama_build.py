"""``python -m evals llama_build [--native-site PATH]``: the portable llama.cpp build against a native one.

``./run`` compiles llama-cpp-python for a portable x86-64 set (AVX/AVX2/FMA/F16C/BMI2, no AVX-512) so one install
runs on any x86-64 CPU of that class and a cached wheel carries no machine's CPU flags. This eval measures what that
costs on this machine: the packaged Qwen2.5-Coder-1.5B-Instruct, same prompt, same threads, greedy decoding, time to
first token and decode tokens/s, for

- *portable*: the llama-cpp-python installed in this environment;
- *native*: a build made on this machine with ``CMAKE_ARGS="-DGGML_NATIVE=ON"`` (``-march=native``), installed with
  ``pip install --no-deps --target PATH``, passed as ``--native-site PATH``. Without it only the portable build runs.

Each build is measured in its own subprocess (``PYTHONPATH`` puts the native site first), rounds alternate between
the builds so that load from other jobs on a shared machine falls on both alike, and every round reloads the model
and starts with one discarded warm-up run. Each run re-reads the whole prompt (the KV cache is reset), so time to
first token is prompt processing plus the first token. A build that crashes (the issue saw native builds segfault
in decode on an AVX-512 Xeon) is reported as such, with its exit signal.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from evals.report import markdown_table, print_table, write_report

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = "You are the shop assistant of an outdoor store. Answer in English, in plain sentences."
PROMPT = "Describe in about eighty words how to choose waterproof hiking boots for a first long trek."


def _loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


# -- the child: one build, one model load, several runs ---------------------------------------------------------


def measure(model_path: Path, *, threads: int, runs: int, max_tokens: int) -> dict[str, Any]:
    """Load the model with whatever llama_cpp is first on sys.path and time ``runs`` greedy replies (+1 warm-up)."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import llama_cpp

    started = time.perf_counter()
    llama = llama_cpp.Llama(model_path=str(model_path), n_ctx=1024, n_threads=threads, n_threads_batch=threads,
                            verbose=False)
    load_s = time.perf_counter() - started
    messages: Any = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": PROMPT}]
    out: list[dict[str, float]] = []
    for i in range(runs + 1):
        llama.reset()  # forget the KV cache: every run reads the whole prompt again
        t0, c0 = time.perf_counter(), time.process_time()
        first: float | None = None
        first_cpu = 0.0
        tokens = 0
        for chunk in llama.create_chat_completion(messages=messages, stream=True, max_tokens=max_tokens,
                                                  temperature=0.0, repeat_penalty=1.0):
            if chunk["choices"][0]["delta"].get("content"):  # type: ignore[index, union-attr]
                if first is None:
                    first, first_cpu = time.perf_counter(), time.process_time()
                tokens += 1
        end, end_cpu = time.perf_counter(), time.process_time()
        if i == 0 or first is None:
            continue  # the warm-up pages the weights in
        # Wall time says what a shopper waits on this machine now; CPU time (all threads of this process) says how
        # much work the build needs, which other jobs on shared cores disturb far less.
        out.append({"ttft_s": first - t0, "decode_tok_s": (tokens - 1) / (end - first) if tokens > 1 else 0.0,
                    "tokens": tokens, "prompt_cpu_s": first_cpu - c0,
                    "decode_cpu_ms_per_token": 1000 * (end_cpu - first_cpu) / (tokens - 1) if tokens > 1 else 0.0})
    return {"llama_cpp_file": llama_cpp.__file__, "version": llama_cpp.__version__,
            "system_info": llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip(),
            "load_s": load_s, "runs": out, "context_tokens_after_last_run": llama.n_tokens}


def _child_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--max-tokens", type=int, default=64)
    args = ap.parse_args(argv)
    result = measure(args.model, threads=args.threads, runs=args.runs, max_tokens=args.max_tokens)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


# -- the parent: alternate builds, collect, report --------------------------------------------------------------


def run_build(site: Path | None, model: Path, *, threads: int, runs: int, max_tokens: int) -> dict[str, Any]:
    """One subprocess for one round of one build: its JSON, or how it failed (exit signal, last stderr line)."""
    env = dict(os.environ, OMP_WAIT_POLICY=os.environ.get("OMP_WAIT_POLICY", "PASSIVE"))
    if site is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    cmd = [sys.executable, "-m", "evals.llama_build", "--child", "--model", str(model), "--threads", str(threads),
           "--runs", str(runs), "--max-tokens", str(max_tokens)]
    load_before = _loadavg()
    try:
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    except subprocess.TimeoutExpired:
        return {"ok": False, "failure": "timed out after 900 s", "load_avg": load_before}
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
            result.update(ok=True, load_avg=load_before)
            return result
    if done.returncode < 0:
        failure = f"crashed: killed by {signal.Signals(-done.returncode).name}"
    else:
        failure = f"exited with code {done.returncode}"
    tail = (done.stderr.strip().splitlines() or [""])[-1][:300]
    return {"ok": False, "failure": failure + (f" ({tail})" if tail else ""), "load_avg": load_before}


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def summarize(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    runs = [r for one in rounds if one.get("ok") for r in one["runs"]]
    failures = [one["failure"] for one in rounds if not one.get("ok")]
    first_ok = next((one for one in rounds if one.get("ok")), {})
    return {
        "runs": len(runs),
        "ttft_ms_median": round(1000 * statistics.median([r["ttft_s"] for r in runs]), 1) if runs else None,
        "decode_tok_s_median": _median([r["decode_tok_s"] for r in runs]),
        "tokens_median": _median([float(r["tokens"]) for r in runs]),
        "prompt_cpu_s_median": _median([r["prompt_cpu_s"] for r in runs]),
        "decode_cpu_ms_per_token_median": _median([r["decode_cpu_ms_per_token"] for r in runs]),
        "load_s_median": _median([one["load_s"] for one in rounds if one.get("ok")]),
        "failures": failures,
        "system_info": first_ok.get("system_info"),
        "llama_cpp_file": first_ok.get("llama_cpp_file"),
    }


def main(argv: list[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in and args_in[0] == "--child":
        return _child_main(args_in[1:])
    ap = argparse.ArgumentParser(prog="python -m evals llama_build", description=__doc__.split("\n")[0])
    ap.add_argument("--native-site", type=Path, default=None,
                    help="a folder with a native llama-cpp-python build (pip install --no-deps --target PATH)")
    ap.add_argument("--model", type=Path, default=None, help="GGUF (default: the packaged Qwen, prepared)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds per build (one model load each)")
    ap.add_argument("--runs", type=int, default=3, help="measured runs per round (after one warm-up)")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--name", default="llama_build")
    ap.add_argument("--reports-dir", type=Path, default=None)
    args = ap.parse_args(args_in)

    from agent.llm.cpu import CPUINFO_FLAG, cpu_flags, cpu_model_name, parse_system_info
    from agent.llm.packaged import QWEN_SHA256, default_model_path, is_prepared
    from shopkeeper.settings import get_settings

    model = args.model or default_model_path(get_settings())
    if args.model is None and not is_prepared(model):
        print(f"the packaged model is not prepared at {model}: run `shopkeeper models prepare`", file=sys.stderr)
        return 2
    builds: dict[str, Path | None] = {"portable": None}
    if args.native_site is not None:
        if not (args.native_site / "llama_cpp").is_dir():
            print(f"no llama_cpp package in {args.native_site}", file=sys.stderr)
            return 2
        builds["native"] = args.native_site.resolve()
    rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in builds}
    for i in range(args.rounds):
        for name, site in builds.items():
            print(f"round {i + 1}/{args.rounds}: {name} build", flush=True)
            rounds[name].append(run_build(site, model, threads=args.threads, runs=args.runs,
                                          max_tokens=args.max_tokens))
    summary = {name: summarize(one) for name, one in rounds.items()}

    flags = cpu_flags() or frozenset()
    cpu_sets = [name for name, flag in CPUINFO_FLAG.items() if flag in flags]
    metrics: dict[str, float | int | str | bool | None] = {"cpu": cpu_model_name(),
                                                          "cpu_has_avx512": "avx512f" in flags,
                                                          "threads": args.threads}
    for name, s in summary.items():
        features = parse_system_info(s["system_info"] or "")
        metrics[f"{name}_ttft_ms_median"] = s["ttft_ms_median"]
        metrics[f"{name}_decode_tok_s_median"] = s["decode_tok_s_median"]
        metrics[f"{name}_prompt_cpu_s_median"] = s["prompt_cpu_s_median"]
        metrics[f"{name}_decode_cpu_ms_per_token_median"] = s["decode_cpu_ms_per_token_median"]
        metrics[f"{name}_runs"] = s["runs"]
        metrics[f"{name}_crashed"] = bool(s["failures"])
        # llama_print_system_info lists only the sets a build uses: AVX512 absent means AVX512 = 0.
        metrics[f"{name}_build_avx512"] = features.get("AVX512", False) if features else None
    p, n = summary["portable"], summary.get("native")
    if n and n["decode_tok_s_median"] and p["decode_tok_s_median"]:
        metrics["native_over_portable_decode_ratio"] = round(n["decode_tok_s_median"] / p["decode_tok_s_median"], 3)
    if n and n["ttft_ms_median"] and p["ttft_ms_median"]:
        metrics["native_over_portable_ttft_ratio"] = round(n["ttft_ms_median"] / p["ttft_ms_median"], 3)
    if n and n["prompt_cpu_s_median"] and p["prompt_cpu_s_median"]:
        metrics["native_over_portable_prompt_cpu_ratio"] = round(n["prompt_cpu_s_median"] / p["prompt_cpu_s_median"],
                                                                 3)
    if n and n["decode_cpu_ms_per_token_median"] and p["decode_cpu_ms_per_token_median"]:
        metrics["native_over_portable_decode_cpu_ratio"] = round(
            n["decode_cpu_ms_per_token_median"] / p["decode_cpu_ms_per_token_median"], 3)

    columns = ["build", "runs", "TTFT ms", "decode tok/s", "prompt CPU s", "decode CPU ms/token", "tokens", "load s",
               "failures"]
    rows = [[name, s["runs"], s["ttft_ms_median"], s["decode_tok_s_median"], s["prompt_cpu_s_median"],
             s["decode_cpu_ms_per_token_median"], s["tokens_median"], s["load_s_median"],
             "; ".join(s["failures"]) or "none"] for name, s in summary.items()]
    print_table("llama.cpp build: portable vs native", columns, rows)
    loads = {name: [one.get("load_avg") for one in one_rounds] for name, one_rounds in rounds.items()}
    body = [
        "Medians over all runs of each build. TTFT and tok/s are wall time; the CPU columns are the process's CPU "
        "time (all its threads) for reading the prompt and per generated token.",
        "",
        markdown_table(columns, rows),
        f"CPU: {cpu_model_name()} ({os.cpu_count()} CPUs visible); instruction sets it has: {', '.join(cpu_sets)}.",
        "",
        *[f"- {name} build (`{s['llama_cpp_file']}`): `{s['system_info']}`" for name, s in summary.items()],
        "",
        f"Model: `{model.name}`; {args.threads} threads, n_ctx 1024, greedy, max {args.max_tokens} tokens, "
        f"{args.rounds} alternating rounds x {args.runs} runs per build (+1 warm-up per round), KV cache reset "
        "before each run. Prompt: a fixed system prompt and one English question.",
        f"1-minute load average at the start of each round: {json.dumps(loads)}. The machine is shared with other "
        "jobs, so absolute figures move between runs; the rounds alternate so that both builds see the same load.",
    ]
    write_report(args.name, metrics,
                 dataset={"model": model.name, "model_sha256": QWEN_SHA256 if args.model is None else None,
                          "prompt": [SYSTEM, PROMPT], "max_tokens": args.max_tokens, "development_set": False},
                 body_md="\n".join(body), extra={"rounds": rounds}, title="llama.cpp build: portable vs native",
                 reports_dir=args.reports_dir)
    return 0 if not p["failures"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
