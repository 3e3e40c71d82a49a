"""Fixtures of the voice tests: speech made with espeak-ng (en/ru/zh), the packaged whisper joined once.

Everything is real: faster-whisper with the packaged base model, Silero VAD, piper with the packaged voice,
espeak-ng. Without the ``voice`` extra or espeak-ng these tests are skipped, saying which is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install 'shopkeeper[voice]'")
pytest.importorskip("piper", reason="the voice extra is not installed: pip install 'shopkeeper[voice]'")
if shutil.which("espeak-ng") is None:
    pytest.skip("espeak-ng is not installed (apt-get install espeak-ng)", allow_module_level=True)

from shopkeeper.settings import Settings, VoiceSettings
from voice.audio import SAMPLE_RATE, decode

CACHE = Path(__file__).resolve().parents[2] / "var" / "test-cache"
ESPEAK_VOICE = {"en": "en-us", "ru": "ru", "zh": "cmn-latn-pinyin"}


def espeak_wav(text: str, language: str, *, rate: int = 150) -> bytes:
    """A WAV of ``text`` spoken by espeak-ng (Mandarin as tone-numbered pinyin, as the kiosk speaks it)."""
    from voice.tts import to_pinyin

    words = to_pinyin(text) if language == "zh" else text
    done = subprocess.run(
        ["espeak-ng", "-v", ESPEAK_VOICE[language], "-s", str(rate), "--stdout", "--stdin"],
        input=words.encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=30,
    )
    return done.stdout


def speech(text: str, language: str) -> np.ndarray:
    """``text`` spoken by espeak-ng as float32 samples at 16 kHz."""
    return decode(espeak_wav(text, language), max_seconds=60)


def pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)


def noise(seconds: float, *, level: float = 0.05, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, level, int(seconds * SAMPLE_RATE)).astype(np.float32)


@pytest.fixture(scope="session")
def whisper_dir() -> Path:
    """The packaged whisper base, joined once into the suite's cache (later runs reuse it)."""
    from voice.models import prepare_whisper

    return prepare_whisper(Settings(data_dir=CACHE / "voice"))


@pytest.fixture(scope="session")
def voice_settings(whisper_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("voice"), voice=VoiceSettings(stt_model=whisper_dir))
