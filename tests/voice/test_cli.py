"""``shopkeeper kiosk``: a machine without a microphone gets a clear message, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from shopkeeper.cli import app


@pytest.fixture(autouse=True)
def _keep_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def _has_microphone() -> bool:
    try:
        import sounddevice as sd

        sd.query_devices(kind="input")
    except Exception:  # no PortAudio, or no device: exactly the case under test
        return False
    return True


@pytest.mark.skipif(_has_microphone(), reason="this machine has a microphone: the kiosk would start listening")
def test_no_microphone_is_a_clear_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SHOPKEEPER_DATA_DIR", str(tmp_path))
    from shopkeeper.settings import get_settings

    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["kiosk"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "PortAudio" in result.output or "microphone" in result.output
    assert "--clip" in result.output  # it says what to do instead


def test_bad_language_and_missing_clip_are_refused(tmp_path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["kiosk", "--lang", "fr"]).exit_code == 2
    missing = runner.invoke(app, ["kiosk", "--clip", str(tmp_path / "nope.wav")])
    words = " ".join(missing.output.replace("│", " ").split())  # the error is drawn in a box that may wrap
    assert missing.exit_code == 2 and "does not exist" in words
