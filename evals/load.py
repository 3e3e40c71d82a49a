"""``python -m evals load``: many concurrent websocket shoppers against the real app, on loopback only.

The server runs in a subprocess on 127.0.0.1 (routed path: ``SHOPKEEPER_LLM__BACKEND=none``) so its memory can be
sampled apart from the clients. Each session sends numbered messages on its own socket and checks every reply:

- every frame carries ``reply_to`` = ``<session>:<n>`` of the message in flight on that socket (a frame for another
  message or session is a crossed reply), exactly one ``done`` per message (none: lost; two: duplicated);
- even-numbered messages ask for an order whose number is unique among the sessions' messages in flight, and the
  reply must name that order (the core looked up *this* message's order in *this* session), odd ones search.

First a single session runs alone (the baseline, same run); then all sessions together for ``--seconds``. Every
loop is bounded in count and time and stops by itself.

``--llm qwen|gemma --kill-worker SIGKILL,SIGSEGV``: the server composes with the local model, which runs in its
supervised worker process (``agent.llm.worker``), and during the load phase that worker is killed mid-stream with
each signal in turn (spread over the phase). Every session must keep getting answers (the turns in flight get the
template reply with a notice), the worker must come back by itself, and the report counts restarts, the turns
affected and the time until the next LLM reply.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from evals.report import REPORTS_DIR, markdown_table, print_table, write_report

ROOT = Path(__file__).resolve().parents[1]
FIRST_ORDER = 1001  # knowledge.demo: order numbers shoppers quote start here
SEARCHES = [
    "waterproof hiking boots under {n}",
    "rain jacket under {n}",
    "headlamp under {n}",
    "sleeping bag under {n}",
]
TURN_TIMEOUT_S = 30.0
# Message ids whose reply is streaming tokens right now (the worker killer waits for one): id -> token frames so far.
STREAMING: dict[str, int] = {}
BASELINE_THINK_S = 0.2  # the baseline is one shopper alone: unloaded latency


@dataclass
class TurnResult:
    session: int
    n: int
    sent_at: float  # seconds since the phase started
    latency_ms: float | None  # send -> done; None when lost
    first_frame_ms: float | None
    crossed: int = 0
    duplicated: int = 0
    marker_ok: bool | None = None  # None: this message carries no marker
    kind: str = "search"  # "order" | "search"
    errors: list[str] = field(default_factory=list)
    used_llm: bool | None = None
    notices: list[str] = field(default_factory=list)
    msg_id: str = ""


@dataclass
class Phase:
    name: str
    sessions: int
    seconds: float
    results: list[TurnResult] = field(default_factory=list)
    rss: list[tuple[float, float]] = field(default_factory=list)  # (t, MB)
    wall_s: float = 0.0
    server_cpu_s: float | None = None
    load_avg: list[float] = field(default_factory=list)
    pings: list[tuple[float, float]] = field(default_factory=list)  # (t, websocket ping round trip ms)
    opens_ms: list[float] = field(default_factory=list)  # connect -> the session frame, per session
    kills: list[Kill] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (from /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def checkpoint_bytes(data_dir: Path) -> int | None:
    """Size of the default SQLite checkpointer's files (None when conversations are kept elsewhere)."""
    files = [data_dir / name for name in ("checkpoints.db", "checkpoints.db-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) if files[0].exists() else None


def load_average() -> float | None:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError):
        return None


def message_for(session: int, n: int, orders: int, emails: dict[int, str] | None = None) -> tuple[str, str | None]:
    """The text of message ``n`` of ``session`` and the marker its reply must contain (or None)."""
    if n % 2 == 0:
        # Distinct among all sessions' messages at the same n, and for one session across 10 consecutive orders.
        order = FIRST_ORDER + (session + 100 * (n // 2)) % orders
        # The order's e-mail is the second factor: with it the reply comes from the order's DB row.
        email = (emails or {}).get(order)
        return (f"where is my order {order}? my email is {email}" if email else f"where is my order {order}?"), \
            str(order)
    price = 40 + (session * 7 + n) % 160
    return SEARCHES[(session + n) % len(SEARCHES)].format(n=price), None


async def run_session(url: str, sid: str, session: int, deadline: float, t0: float, orders: int, think_s: float,
                      max_turns: int, out: list[TurnResult], opens_ms: list[float] | None = None) -> None:
    from websockets.asyncio.client import connect

    rng = random.Random(session)
    sent: set[str] = set()

    def foreign(frame: dict[str, Any], res: TurnResult) -> None:
        # A frame for an earlier message of this socket is a duplicate; anything else is someone else's reply.
        if frame.get("reply_to") in sent:
            res.duplicated += 1
        else:
            res.crossed += 1

    opening = time.monotonic()
    async with connect(url, open_timeout=20, max_size=2**22) as ws:
        # The server issues the session: the socket's first frame names it (a client cannot pick one).
        sid_issued = json.loads(await asyncio.wait_for(ws.recv(), timeout=TURN_TIMEOUT_S))["session_id"]
        if opens_ms is not None:
            # A slow opening costs a shopper before the first turn, and leaves fewer turns in a timed phase.
            opens_ms.append((time.monotonic() - opening) * 1000)
        res: TurnResult | None = None
        # Shoppers arrive spread over one think time, not all in the same millisecond.
        await asyncio.sleep(rng.uniform(0, think_s))
        for n in range(max_turns):
            if time.monotonic() >= deadline:
                break
            text, marker = message_for(session, n, orders, ORDER_EMAILS)
            my_id = f"{sid}:{n}"
            started = time.monotonic()
            await ws.send(json.dumps({"session_id": sid_issued, "text": text, "locale": "en", "id": my_id}))
            res = TurnResult(session, n, started - t0, None, None, kind="search" if marker is None else "order",
                             msg_id=my_id)
            done_text: str | None = None
            try:
                async with asyncio.timeout(TURN_TIMEOUT_S):
                    while True:
                        frame = json.loads(await ws.recv())
                        if res.first_frame_ms is None:
                            res.first_frame_ms = (time.monotonic() - started) * 1000
                        if frame.get("reply_to") != my_id:
                            foreign(frame, res)
                            continue
                        if frame["type"] == "error":
                            res.errors.append(f"{frame.get('code')}: {frame.get('message')}")
                        if frame["type"] == "token":
                            STREAMING[my_id] = STREAMING.get(my_id, 0) + 1
                        if frame["type"] == "done":
                            done_text = frame.get("text", "")
                            res.latency_ms = (time.monotonic() - started) * 1000
                            res.used_llm = bool(frame.get("used_llm"))
                            res.notices = [str(x) for x in frame.get("notices") or []]
                            break
            except TimeoutError:
                res.errors.append("timed out")
            finally:
                STREAMING.pop(my_id, None)
            sent.add(my_id)
            if done_text is not None and marker is not None:
                res.marker_ok = marker in done_text
            out.append(res)
            if res.latency_ms is None:
                return  # the socket's state is unknown after a lost reply: stop this session, it is counted
            await asyncio.sleep(think_s * rng.uniform(0.5, 1.5))
        # Anything still arriving after the last reply is a duplicate or a stray: drain briefly and count it.
        if res is not None:
            try:
                while True:
                    foreign(json.loads(await asyncio.wait_for(ws.recv(), timeout=0.3)), res)
            except TimeoutError:
                pass


async def sample_rss(pid: int, t0: float, stop: asyncio.Event, out: list[tuple[float, float]],
                     load_avg: list[float]) -> None:
    while not stop.is_set():
        mb = rss_mb(pid)
        if mb is not None:
            out.append((time.monotonic() - t0, mb))
        la = load_average()
        if la is not None:
            load_avg.append(la)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1.0)


async def probe_loop(url: str, t0: float, stop: asyncio.Event, out: list[tuple[float, float]]) -> None:
    """Websocket pings on an idle socket: uvicorn answers them on the server's event loop, so a long round trip
    means the loop itself was blocked (synchronous work in a coroutine), not merely busy with queued turns."""
    from websockets.asyncio.client import connect

    async with connect(url, open_timeout=20, ping_interval=None) as ws:
        while not stop.is_set():
            started = time.monotonic()
            try:
                waiter = await ws.ping()
                await asyncio.wait_for(waiter, timeout=TURN_TIMEOUT_S)
                out.append((started - t0, (time.monotonic() - started) * 1000))
            except TimeoutError:
                out.append((started - t0, TURN_TIMEOUT_S * 1000))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=0.25)


@dataclass
class Kill:
    signal: str
    at_s: float  # seconds since the phase started
    pid: int | None  # the worker killed (None: no worker was found)
    mid_stream: bool  # a reply was streaming and the worker was using CPU when it was killed
    in_flight: list[str] = field(default_factory=list)  # message ids whose reply was streaming at that moment
    new_pid: int | None = None
    back_after_s: float | None = None  # until a new worker process was running


def worker_pids(server_pid: int) -> list[int]:
    """The model worker processes the server started (children running ``agent.llm.worker_main``)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == server_pid and b"agent.llm.worker_main" in cmdline:
            found.append(int(entry.name))
    return found


async def worker_busy(pid: int, window_s: float = 0.3) -> bool:
    """The worker used at least a third of a core over the window: it is generating, not idle."""
    before = cpu_seconds(pid)
    await asyncio.sleep(window_s)
    after = cpu_seconds(pid)
    return before is not None and after is not None and after - before >= window_s / 3


async def kill_worker(server_pid: int, signals: list[str], phase_s: float, t0: float, out: list[Kill]) -> None:
    """Kill the model worker mid-stream with each signal, spread over the phase; then watch it come back."""
    for i, name in enumerate(signals):
        await asyncio.sleep(max(0.0, t0 + phase_s * (i + 1) / (len(signals) + 1) - time.monotonic()))
        deadline = time.monotonic() + 30
        pid, mid = None, False
        while time.monotonic() < deadline:
            pids = worker_pids(server_pid)
            pid = pids[0] if pids else None
            if pid is not None and any(count >= 1 for count in STREAMING.values()) and await worker_busy(pid):
                mid = True
                break
            await asyncio.sleep(0.1)
        kill = Kill(name, round(time.monotonic() - t0, 2), pid, mid, sorted(STREAMING))
        out.append(kill)
        if pid is None:
            continue
        killed_at = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, getattr(signal, name))
        while time.monotonic() - killed_at < 120:
            fresh = [p for p in worker_pids(server_pid) if p != pid]
            if fresh:
                kill.new_pid, kill.back_after_s = fresh[0], round(time.monotonic() - killed_at, 2)
                break
            await asyncio.sleep(0.1)


async def run_phase(phase: Phase, url: str, pid: int, orders: int, think_s: float, max_turns: int,
                    prefix: str, kill_signals: list[str] | None = None) -> None:
    t0 = time.monotonic()
    deadline = t0 + phase.seconds
    stop = asyncio.Event()
    cpu0 = cpu_seconds(pid)
    sampler = asyncio.create_task(sample_rss(pid, t0, stop, phase.rss, phase.load_avg))
    prober = asyncio.create_task(probe_loop(url, t0, stop, phase.pings))
    killer = asyncio.create_task(kill_worker(pid, kill_signals, phase.seconds, t0, phase.kills)) \
        if kill_signals else None
    tasks = [
        asyncio.create_task(
            run_session(url, f"{prefix}-{s:03d}", s, deadline, t0, orders, think_s, max_turns, phase.results,
                        phase.opens_ms)
        )
        for s in range(phase.sessions)
    ]
    # Hard bound: the phase ends by itself even if a session hangs.
    _, pending = await asyncio.wait(tasks, timeout=phase.seconds + TURN_TIMEOUT_S + 30)
    for task in pending:
        task.cancel()
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            phase.results.append(TurnResult(-1, -1, 0, None, None, errors=[f"session failed: {task.exception()!r}"]))
    stop.set()
    await sampler
    await prober
    if killer is not None:
        try:
            await asyncio.wait_for(killer, timeout=150)
        except TimeoutError:
            phase.notes.append("the worker killer did not finish in time")
    phase.wall_s = time.monotonic() - t0
    cpu1 = cpu_seconds(pid)
    if cpu0 is not None and cpu1 is not None:
        phase.server_cpu_s = cpu1 - cpu0


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return round(values[lo] + (values[hi] - values[lo]) * (k - lo), 1)


def slope_mb_per_min(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of RSS over the second half of the run (after warm-up), in MB per minute."""
    half = [p for p in points if p[0] >= points[-1][0] / 2] if points else []
    if len(half) < 3:
        return None
    xs, ys = [p[0] for p in half], [p[1] for p in half]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return round(60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var, 2) if var else None


def summarize(phase: Phase) -> dict[str, Any]:
    res = phase.results
    lat = [r.latency_ms for r in res if r.latency_ms is not None]
    by_kind = {k: [r.latency_ms for r in res if r.latency_ms is not None and r.kind == k] for k in ("order", "search")}
    first = [r.first_frame_ms for r in res if r.first_frame_ms is not None]
    marked = [r for r in res if r.marker_ok is not None]
    return {
        "turns": len(res),
        "lost": sum(1 for r in res if r.latency_ms is None),
        "crossed": sum(r.crossed for r in res),
        "duplicated": sum(r.duplicated for r in res),
        "marker_checked": len(marked),
        "marker_mismatch": sum(1 for r in marked if not r.marker_ok),
        "error_frames": sum(len(r.errors) for r in res),
        "p50_ms": pct(lat, 0.5),
        "p95_ms": pct(lat, 0.95),
        "p99_ms": pct(lat, 0.99),
        "max_ms": round(max(lat), 1) if lat else None,
        "first_frame_p50_ms": pct(first, 0.5),
        "order_p50_ms": pct(by_kind["order"], 0.5),
        "order_p95_ms": pct(by_kind["order"], 0.95),
        "search_p50_ms": pct(by_kind["search"], 0.5),
        "search_p95_ms": pct(by_kind["search"], 0.95),
        "throughput_turns_per_s": round(len(lat) / phase.wall_s, 2) if phase.wall_s else None,
        "sessions_seen": len({r.session for r in res if r.session >= 0}),
    }


def chart(phase: Phase, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    pts = sorted((r.sent_at, r.latency_ms) for r in phase.results if r.latency_ms is not None)
    if pts:
        ax1.scatter([p[0] for p in pts], [p[1] for p in pts], s=3, alpha=0.35, label="turn latency")
        # p50 and p95 per time bucket (about 24 buckets over the run).
        width = max(1.0, pts[-1][0] / 24)
        buckets: dict[int, list[float]] = {}
        for x, y in pts:
            buckets.setdefault(int(x // width), []).append(y)
        xs = [(k + 0.5) * width for k in sorted(buckets)]
        p50s = [pct(buckets[k], 0.5) for k in sorted(buckets)]
        p95s = [pct(buckets[k], 0.95) for k in sorted(buckets)]
        ax1.plot(xs, p50s, color="tab:green", label="p50")
        ax1.plot(xs, p95s, color="tab:red", label="p95")
        ax1.legend(loc="upper right", fontsize=8)
    if phase.pings:
        ax1.plot([p[0] for p in phase.pings], [p[1] for p in phase.pings], color="black", lw=0.8, alpha=0.6,
                 label="server event-loop ping")
        ax1.legend(loc="upper right", fontsize=8)
    ax1.set_ylabel("send → done (ms)")
    ax1.set_title(f"{phase.sessions} websocket sessions, " + ("routed path (no LLM)" if not phase.kills else
                  "local LLM worker, killed at the dashed lines"))
    for kill in phase.kills:
        ax1.axvline(kill.at_s, color="tab:orange", ls="--", lw=1)
    ax2.plot([p[0] for p in phase.rss], [p[1] for p in phase.rss], color="tab:purple")
    ax2.set_ylabel("server RSS (MB)")
    ax2.set_ylim(bottom=0)
    ax2.set_xlabel("seconds")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def start_server(port: int, data_dir: Path, app: str, llm_env: dict[str, str] | None = None
                 ) -> subprocess.Popen[bytes]:
    env = dict(os.environ, SHOPKEEPER_DATA_DIR=str(data_dir), SHOPKEEPER_LLM__BACKEND="none",
               SHOPKEEPER_LOG_LEVEL="WARNING",
               # Every simulated shopper comes from 127.0.0.1: per-client limits off, health details for loopback.
               SHOPKEEPER_LIMITS__TURNS="1000000000", SHOPKEEPER_LIMITS__CONNECTIONS="1000000000",
               SHOPKEEPER_SUPPORT__ORDER_NUMBERS_PER_CLIENT="1000000000",
               SHOPKEEPER_SUPPORT__ORDER_FAILURES_PER_CLIENT="1000000000",
               SHOPKEEPER_SERVER__HEALTH_DETAILS_FROM_LOOPBACK="true")
    env.update(llm_env or {})
    cmd = [sys.executable, "-m", "uvicorn", "--factory", app, "--host", "127.0.0.1", "--port", str(port),
           "--ws", "websockets-sansio", "--log-level", "warning", "--no-access-log"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout_s: float = 180) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            resp = httpx.get(base + "/health", timeout=5)
            if resp.status_code == 200:
                body: dict[str, Any] = resp.json()
                return body
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError("server did not become ready")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


# The e-mail on each order (order id -> e-mail), read from the store before the run; sessions quote it.
ORDER_EMAILS: dict[int, str] = {}


def order_emails(data_dir: Path) -> dict[int, str]:
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.schema import Customer, Order
    from shopkeeper.settings import Settings

    with session_scope(Settings(data_dir=data_dir).db_url) as s:
        rows = s.execute(select(Order.id, Customer.email).join(Customer, Customer.id == Order.customer_id))
        return {int(oid): str(email) for oid, email in rows if email}


def count_orders(data_dir: Path) -> int:
    from sqlalchemy import func, select

    from knowledge.db import session_scope
    from knowledge.schema import Order
    from shopkeeper.settings import Settings

    with session_scope(Settings(data_dir=data_dir).db_url) as s:
        return int(s.scalar(select(func.count()).select_from(Order)) or 0)


async def warm_up(url: str) -> None:
    """One turn of each kind, so model and index loading is not counted as latency."""
    out: list[TurnResult] = []
    await run_session(url, "load-warmup", 999, time.monotonic() + 60, time.monotonic(), 1, 0.0, 2, out)


def llm_env(which: str, first_token_timeout_s: float, timeout_s: float) -> dict[str, str]:
    """Server settings for ``--llm``: the packaged Qwen (``shopkeeper models prepare``) or the tiny Gemma."""
    from agent.llm.packaged import default_model_path, prepare_test_model
    from shopkeeper.settings import get_settings

    if which == "none":
        return {}
    model = default_model_path(get_settings()) if which == "qwen" else prepare_test_model(ROOT / "var" / "models")
    if not model.is_file():
        raise SystemExit(f"no model at {model}: run `shopkeeper models prepare`")
    # The model writes every reply here: the shipped policy (the template everywhere, as evals/replies measured)
    # would never call it, and a kill would then hit no turn at all.
    return {"SHOPKEEPER_LLM__BACKEND": "llamacpp", "SHOPKEEPER_LLM__MODEL_PATH": str(model.resolve()),
            "SHOPKEEPER_LLM__FIRST_TOKEN_TIMEOUT_S": str(first_token_timeout_s),
            "SHOPKEEPER_LLM__TIMEOUT_S": str(timeout_s), "SHOPKEEPER_LOG_LEVEL": "INFO",
            "SHOPKEEPER_AGENT__REPLY_POLICY": json.dumps({"default": "model"})}


def summarize_kills(phase: Phase) -> dict[str, Any]:
    """Which turns each kill hit, how they ended, and how soon the model answered again."""
    rows, affected, affected_fallback, streaming_hit, streaming_fallback = [], 0, 0, 0, 0
    turns: list[dict[str, Any]] = []
    by_id = {r.msg_id: r for r in phase.results}
    for kill in phase.kills:
        hit = [r for r in phase.results if r.latency_ms is not None
               and r.sent_at <= kill.at_s <= r.sent_at + r.latency_ms / 1000]
        # A notice says the model failed: the reply is the template, or the sentences verified before the cut.
        fell_back = [r for r in hit if r.notices]
        streamed = [by_id[m] for m in kill.in_flight if m in by_id]
        affected += len(hit)
        affected_fallback += len(fell_back)
        streaming_hit += len(streamed)
        streaming_fallback += sum(1 for r in streamed if r.notices)
        turns += [{"kill": kill.signal, "id": r.msg_id, "streaming_at_kill": r.msg_id in kill.in_flight,
                   "latency_ms": round(r.latency_ms or 0), "used_llm": r.used_llm, "notices": r.notices}
                  for r in hit]
        after = [r.sent_at + r.latency_ms / 1000 - kill.at_s for r in phase.results
                 if r.used_llm and r.latency_ms is not None and r.sent_at >= kill.at_s]
        rows.append([kill.signal, kill.at_s, kill.pid, kill.mid_stream, len(streamed), len(hit), len(fell_back),
                     kill.new_pid, kill.back_after_s, round(min(after), 2) if after else None])
    return {"rows": rows, "kills": len(phase.kills), "restarts": sum(1 for k in phase.kills if k.new_pid),
            "mid_stream": sum(1 for k in phase.kills if k.mid_stream), "in_flight": affected, "turns": turns,
            "in_flight_fallback": affected_fallback, "streaming": streaming_hit,
            "streaming_fallback": streaming_fallback}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals load", description=__doc__.split("\n")[0])
    ap.add_argument("--sessions", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--think-ms", type=float, default=10_000,
                    help="mean pause between a reply and the next message (a shopper reads, then types)")
    ap.add_argument("--baseline-seconds", type=float, default=20, help="the single-session baseline phase")
    ap.add_argument("--max-turns", type=int, default=10_000, help="per session, a bound besides time")
    ap.add_argument("--data-dir", type=Path, default=None, help="store to serve (default: settings.data_dir)")
    ap.add_argument("--app", default="channels.web.app:create_app", help="uvicorn app factory")
    ap.add_argument("--llm", choices=["none", "qwen", "gemma"], default="none",
                    help="compose with the local model in its worker process (qwen: the packaged model; gemma: the "
                         "tiny base model, fast but not a chat model)")
    ap.add_argument("--kill-worker", default="",
                    help="comma-separated signals (SIGKILL,SIGSEGV) sent to the model worker mid-stream during load")
    ap.add_argument("--llm-first-token-timeout", type=float, default=10.0, help="server setting with --llm")
    ap.add_argument("--llm-timeout", type=float, default=25.0, help="server setting with --llm")
    ap.add_argument("--turn-timeout", type=float, default=None,
                    help="client wait for a reply (default 30 s; 90 s with --llm)")
    ap.add_argument("--name", default=None, help="report name (default: load, or load_llm_faults with --llm)")
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    args = ap.parse_args(argv)
    global TURN_TIMEOUT_S  # read by the session loops: one value per run
    TURN_TIMEOUT_S = args.turn_timeout or (90.0 if args.llm != "none" else 30.0)
    args.name = args.name or ("load" if args.llm == "none" else "load_llm_faults")
    kill_signals = [k.strip().upper() for k in args.kill_worker.split(",") if k.strip()]
    if kill_signals and args.llm == "none":
        ap.error("--kill-worker needs --llm qwen or --llm gemma")
    for name in kill_signals:
        if not isinstance(getattr(signal, name, None), signal.Signals):
            ap.error(f"unknown signal {name}")
    server_llm = llm_env(args.llm, args.llm_first_token_timeout, args.llm_timeout)

    from shopkeeper.settings import get_settings

    data_dir = (args.data_dir or get_settings().data_dir).resolve()
    try:
        orders = count_orders(data_dir)
        ORDER_EMAILS.update(order_emails(data_dir))
    except Exception as exc:  # the eval explains what is missing instead of failing deep in a session
        print(f"no store at {data_dir} ({type(exc).__name__}): run `shopkeeper demo` (and `shopkeeper index`) first",
              file=sys.stderr)
        return 2
    if orders == 0:
        print(f"the store at {data_dir} has no orders: run `shopkeeper demo` first", file=sys.stderr)
        return 2

    port = free_port()
    base, url = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}/ws/chat"
    proc = start_server(port, data_dir, args.app, server_llm)
    try:
        health = wait_ready(base, proc)
        asyncio.run(warm_up(url))
        baseline = Phase("single session", 1, args.baseline_seconds)
        run_id = f"{os.getpid():x}"
        asyncio.run(run_phase(baseline, url, proc.pid, orders, BASELINE_THINK_S, args.max_turns,
                              f"load-base-{run_id}"))
        load = Phase(f"{args.sessions} sessions", args.sessions, args.seconds)
        ckpt_before = checkpoint_bytes(data_dir)
        asyncio.run(run_phase(load, url, proc.pid, orders, args.think_ms / 1000, args.max_turns, f"load-{run_id}",
                              kill_signals))
        server_alive = proc.poll() is None
        workers_after = worker_pids(proc.pid)
        ckpt_after = checkpoint_bytes(data_dir)
    finally:
        stop_server(proc)

    b, s = summarize(baseline), summarize(load)
    rss = [mb for _, mb in load.rss]
    png = args.reports_dir / f"{args.name}.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    chart(load, png)
    clean = s["lost"] == 0 and s["crossed"] == 0 and s["duplicated"] == 0 and s["marker_mismatch"] == 0
    metrics: dict[str, float | int | str | bool | None] = {
        "sessions": args.sessions,
        "duration_s": round(load.wall_s, 1),
        "turns_completed": s["turns"] - s["lost"],
        "lost_replies": s["lost"],
        "duplicated_replies": s["duplicated"],
        "crossed_replies": s["crossed"],
        "order_marker_checked": s["marker_checked"],
        "order_marker_mismatches": s["marker_mismatch"],
        "error_frames": s["error_frames"],
        "latency_p50_ms": s["p50_ms"],
        "latency_p95_ms": s["p95_ms"],
        "latency_p99_ms": s["p99_ms"],
        "latency_max_ms": s["max_ms"],
        "first_frame_p50_ms": s["first_frame_p50_ms"],
        "session_open_p50_ms": pct(load.opens_ms, 0.5),
        "session_open_max_ms": round(max(load.opens_ms), 1) if load.opens_ms else None,
        "order_turn_latency_p50_ms": s["order_p50_ms"],
        "order_turn_latency_p95_ms": s["order_p95_ms"],
        "search_turn_latency_p50_ms": s["search_p50_ms"],
        "search_turn_latency_p95_ms": s["search_p95_ms"],
        "throughput_turns_per_s": s["throughput_turns_per_s"],
        "baseline_single_session_latency_p50_ms": b["p50_ms"],
        "baseline_single_session_latency_p95_ms": b["p95_ms"],
        "server_rss_start_mb": round(rss[0], 1) if rss else None,
        "server_rss_end_mb": round(rss[-1], 1) if rss else None,
        "server_rss_peak_mb": round(max(rss), 1) if rss else None,
        "server_rss_slope_second_half_mb_per_min": slope_mb_per_min(load.rss),
        "server_cpu_mean_percent": round(100 * load.server_cpu_s / load.wall_s, 1)
        if load.server_cpu_s is not None and load.wall_s else None,
        "server_cpu_ms_per_turn": round(1000 * load.server_cpu_s / max(1, s["turns"] - s["lost"]), 1)
        if load.server_cpu_s is not None else None,
        "machine_load_avg_1m_mean": round(statistics.fmean(load.load_avg), 2) if load.load_avg else None,
        "server_loop_ping_p50_ms": pct([p for _, p in load.pings], 0.5),
        "server_loop_ping_p99_ms": pct([p for _, p in load.pings], 0.99),
        "server_loop_ping_max_ms": round(max(p for _, p in load.pings), 1) if load.pings else None,
        "checkpoint_db_growth_kb_per_turn": round((ckpt_after - ckpt_before) / 1024 / max(1, s["turns"]), 1)
        if ckpt_before is not None and ckpt_after is not None else None,
        "server_alive_after": server_alive,
        "no_lost_duplicated_or_crossed": clean,
    }
    kills = summarize_kills(load) if args.llm != "none" else None
    if kills is not None:
        llm_turns = sum(1 for r in load.results if r.used_llm)
        fallback_turns = sum(1 for r in load.results if r.notices)
        metrics.update({
            "llm": args.llm,
            "llm_turns": llm_turns,
            "turns_with_llm_failure_notice": fallback_turns,
            "worker_kills": kills["kills"],
            "worker_kills_mid_stream": kills["mid_stream"],
            "worker_restarts": kills["restarts"],
            "turns_in_flight_at_a_kill": kills["in_flight"],
            "turns_in_flight_at_a_kill_with_notice": kills["in_flight_fallback"],
            "turns_streaming_at_a_kill": kills["streaming"],
            "turns_streaming_at_a_kill_with_notice": kills["streaming_fallback"],
            "worker_alive_after": bool(workers_after),
            "sessions_answered_after_last_kill": len({r.session for r in load.results if r.latency_ms is not None
                                                      and load.kills and r.sent_at > load.kills[-1].at_s}),
        })
        clean = clean and server_alive and bool(workers_after) and kills["restarts"] == kills["kills"]
        metrics["no_lost_duplicated_or_crossed"] = clean
    rows = [[k, v] for k, v in metrics.items()]
    print_table("load", ["metric", "value"], rows)
    errors = sorted({e for r in load.results for e in r.errors})[:10]
    checks = ", ".join(f"{k}: {v['status']}" for k, v in health.get("checks", {}).items())
    body = [
        f"![latency and server memory over time]({png.name})",
        "",
        "Baseline and load in the same run, same server process:",
        "",
        markdown_table(["phase", "sessions", "turns", "p50 ms", "p95 ms", "turns/s"],
                       [["single session", 1, b["turns"], b["p50_ms"], b["p95_ms"], b["throughput_turns_per_s"]],
                        [load.name, args.sessions, s["turns"], s["p50_ms"], s["p95_ms"],
                         s["throughput_turns_per_s"]]]),
        f"Server: `uvicorn --factory {args.app}` on 127.0.0.1 in a subprocess, "
        + ("`SHOPKEEPER_LLM__BACKEND=none` (routed path, templates)" if args.llm == "none" else
           f"`SHOPKEEPER_LLM__BACKEND=llamacpp` ({args.llm})")
        + f", store with {orders} orders; health at start: {health.get('status')} "
        f"({checks}).",
        f"Clients: {args.sessions} websocket sessions in one process, each sending numbered messages "
        f"(even: `where is my order N?` with N unique among messages in flight, checked in the reply; odd: a "
        f"search), mean think time {args.think_ms:.0f} ms, per-turn timeout {TURN_TIMEOUT_S:.0f} s. "
        "Both share the machine's cores, so latency includes client time.",
        "Event loop: an extra idle socket sends a websocket ping every 250 ms; uvicorn answers it on the server's "
        "event loop, so a long ping means the loop was blocked by synchronous work, not just busy.",
        "Memory: server RSS sampled every second; the slope is a least-squares fit over the second half of the run.",
        f"Offered load: at most {args.sessions / (args.think_ms / 1000):.1f} turns/s ({args.sessions} sessions, one "
        "message per think time each); the server is one uvicorn process. The machine's 1-minute load average "
        "during the run is reported because other work on the same cores shows up as latency here.",
    ]
    ping_max = metrics["server_loop_ping_max_ms"]
    if isinstance(ping_max, float) and s["p95_ms"] is not None and s["p95_ms"] > 10 * max(ping_max, 1.0):
        body += ["", f"Reading: turns waited up to {s['max_ms']:.0f} ms while the server's event loop answered pings "
                 f"within {ping_max:.0f} ms, so the time went to waiting on a shared resource (a lock, the single "
                 "checkpointer connection, the worker threads), not to blocking code on the loop."]
    if kills is not None:
        body += ["", f"Local model: `--llm {args.llm}` in its supervised worker process (`agent.llm.worker`), "
                 f"first-token limit {args.llm_first_token_timeout:g} s, reply limit {args.llm_timeout:g} s; turns "
                 f"whose LLM call failed or waited too long got the template reply and a notice. "
                 f"{metrics['llm_turns']} turns were written by the model, "
                 f"{metrics['turns_with_llm_failure_notice']} carried a notice that the model failed (a kill, or the "
                 "single worker busy with other sessions' replies past the limits): their text is the template, or "
                 "the sentences verified before the failure followed by the template.",
                 "", "Worker kills (the killer waits until a reply is streaming and the worker is using CPU):", "",
                 markdown_table(["signal", "at s", "worker pid", "mid-stream", "replies streaming",
                                 "turns in flight", "of them with a notice", "new worker pid",
                                 "new worker after s", "next LLM reply after s"], kills["rows"])]
        body += [f"- {note}" for note in load.notes]
    if errors:
        body += ["", "Error frames seen (first 10 distinct):", "", *[f"- `{e}`" for e in errors]]
    dataset = {"store": str(data_dir), "orders": orders, "sessions": args.sessions, "seconds": args.seconds,
               "app": args.app}
    if kills is not None:
        dataset.update(llm=args.llm, kill_worker=kill_signals)
    write_report(args.name, metrics, dataset=dataset, body_md="\n".join(body),
                 title="Load: concurrent websocket sessions" + (", local LLM worker killed mid-stream" if kill_signals
                                                                else ""), reports_dir=args.reports_dir,
                 extra={"kills": [vars(k) for k in load.kills], "turns_at_kills": kills["turns"]}
                 if kills is not None else None)
    print(f"report: {args.reports_dir / (args.name + '.md')}")
    return 0 if clean and server_alive else 1


if __name__ == "__main__":
    raise SystemExit(main())
