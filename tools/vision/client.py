"""The core side of the vision boundary: run the worker with the vision environment's python, stream its progress,
return its typed result. The core process never imports torch 2.14 or ultralytics.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from shopkeeper.errors import ConfigError, ShopkeeperError
from shopkeeper.settings import Settings
from tools.vision.offline import offline_env, prepare_config_dir
from tools.vision.protocol import Progress

REPO = Path(__file__).resolve().parents[2]
R = TypeVar("R", bound=BaseModel)


class VisionFailed(ShopkeeperError):
    code = "vision_failed"


def vision_python(settings: Settings) -> Path | None:
    """The vision environment's python: the setting, else ``<repo>/.venv-vision/bin/python``; None when absent."""
    path = settings.vision.python or REPO / ".venv-vision" / "bin" / "python"
    return path if path.exists() else None


def config_dir(settings: Settings) -> Path:
    return prepare_config_dir((settings.data_dir / "models" / "vision" / "yolo-config").resolve())


def default_weights(settings: Settings) -> Path:
    return (settings.vision.weights or settings.data_dir / "models" / "vision" / "shelf.pt").resolve()


def run_worker(
    settings: Settings,
    request: BaseModel,
    result_type: type[R],
    *,
    progress: Callable[[Progress], None] | None = None,
    timeout_s: float | None = None,
) -> R:
    """Send ``request`` to a fresh worker process; ``progress`` gets each progress line as it comes."""
    python = vision_python(settings)
    if python is None:
        raise ConfigError(
            "the vision environment is not installed",
            hint="run `./run vision-setup`, or set SHOPKEEPER_VISION__PYTHON to a python that has ultralytics",
        )
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [str(python), "-m", "tools.vision.worker"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env=offline_env(config_dir(settings)),
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(request.model_dump_json())
        proc.stdin.close()
        result: R | None = None
        error: str | None = None
        hint: str | None = None
        timed_out = threading.Event()

        def _kill() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout_s, _kill) if timeout_s else None
        if timer:
            timer.start()
        try:
            for line in proc.stdout:
                try:
                    msg = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a stray line from a library; the protocol lines are whole JSON objects
                kind = msg.get("kind")
                if kind == "progress" and progress:
                    progress(Progress.model_validate(msg))
                elif kind == "result":
                    result = result_type.model_validate(msg["result"])
                elif kind == "error":
                    error, hint = msg.get("message"), msg.get("hint")
            proc.wait()
        except BaseException:
            proc.kill()  # Ctrl-C or an error here: no orphan worker keeps the CPU busy
            proc.wait()
            raise
        finally:
            if timer:
                timer.cancel()
        if timed_out.is_set():
            raise VisionFailed(
                f"the vision worker did not finish in {timeout_s:.0f} s",
                hint="raise SHOPKEEPER_VISION__TIMEOUT_S, or check the machine's load",
            )
        if result is not None:
            return result
        log.seek(0)
        tail = log.read()[-1500:].strip()
        raise VisionFailed(
            error or f"the vision worker exited with code {proc.returncode}",
            hint=hint or (tail.splitlines()[-1] if tail else None),
        )
