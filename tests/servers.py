"""Throwaway PostgreSQL and Redis servers for the test session: started in a temporary directory on a free loopback
port, trust authentication, nothing kept; stopped (and the directory removed) at the end.

PostgreSQL refuses to run as root, so as root its programs run as the ``postgres`` user (or ``nobody``) through
``runuser``, in a directory that user owns. ``./run test`` installs Debian's redis-server (and PostgreSQL when its
programs are missing); without them the tests that need a server are skipped with the reason.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    """The server's programs are not installed or it would not start; the message says which and why."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes] | None, timeout_s: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerUnavailable(f"{what} exited with code {proc.returncode}: {_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise ServerUnavailable(f"{what} did not listen on 127.0.0.1:{port} within {timeout_s:.0f} s: {_tail(log)}")


def _tail(path: Path, lines: int = 8) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return "(no log)"


# -- PostgreSQL ---------------------------------------------------------------------------------------------------

def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)  # newest major first
    return candidates[0] if candidates else None


def _service_user() -> str | None:
    """The user PostgreSQL runs as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise ServerUnavailable("running as root and neither a 'postgres' nor a 'nobody' user exists for PostgreSQL")


def _as(user: str | None, cmd: list[str]) -> list[str]:
    return ["runuser", "-u", user, "--", *cmd] if user else cmd


@dataclass
class Postgres:
    root: Path
    port: int
    user: str | None
    pg_ctl: str

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of ``database`` (psycopg 3)."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; its URL."""
        import psycopg

        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # a name of our own making, never user input
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as(self.user, [self.pg_ctl, "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop"]),
                       capture_output=True, timeout=60, check=False, cwd=self.root)


@contextlib.contextmanager
def postgres_server() -> Iterator[Postgres]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise ServerUnavailable("PostgreSQL is not installed (initdb/pg_ctl not on PATH nor in "
                                "/usr/lib/postgresql/*/bin): apt-get install postgresql")
    user = _service_user()
    root = Path(tempfile.mkdtemp(prefix="shopkeeper-pg-"))
    try:
        if user:
            entry = pwd.getpwnam(user)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        os.chmod(root, 0o700)
        data, log = root / "data", root / "server.log"
        done = subprocess.run(_as(user, [initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                         "--locale=C", "--no-sync"]), capture_output=True, timeout=180, check=False,
                              cwd=root)
        if done.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {done.stderr.decode(errors='replace')[-500:]}")
        port = free_port()
        options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=50 -c shared_buffers=32MB")
        server = Postgres(root=root, port=port, user=user, pg_ctl=pg_ctl)
        started = subprocess.run(_as(user, [pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "120",
                                            "start"]), capture_output=True, timeout=180, check=False, cwd=root)
        if started.returncode != 0:
            raise ServerUnavailable(f"pg_ctl start failed: {started.stderr.decode(errors='replace')[-300:]} "
                                    f"{_tail(log)}")
        try:
            _wait_port(port, None, 60, "PostgreSQL", log)
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


# -- Redis --------------------------------------------------------------------------------------------------------

@dataclass
class Redis:
    port: int

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


@contextlib.contextmanager
def redis_server() -> Iterator[Redis]:
    binary = shutil.which("redis-server")
    if not binary:
        raise ServerUnavailable("redis-server is not installed: apt-get install redis-server (./run test does)")
    root = Path(tempfile.mkdtemp(prefix="shopkeeper-redis-"))
    port = free_port()
    log = root / "server.log"
    cmd = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
           "--dir", str(root), "--logfile", str(log), "--daemonize", "no", "--protected-mode", "yes"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_port(port, proc, 30, "redis-server", log)
        yield Redis(port=port)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        shutil.rmtree(root, ignore_errors=True)
