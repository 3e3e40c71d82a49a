"""Speech to text: faster-whisper (CTranslate2, int8 on the CPU) over the packaged multilingual whisper base.

The API every channel uses::

    from voice.stt import transcribe, get_stt
    heard = transcribe(ogg_bytes, language="ru")      # sync; bytes, a path, or float32 16 kHz samples
    heard = await get_stt().transcribe(ogg_bytes, language=None)   # async (runs in a worker thread)

``language`` is the session's locale when known ("en", "ru", "zh", or "ru-RU"): short clips are detected badly
(MODELS.md), so a known locale is passed on; None lets whisper detect it, restricted to
``settings.voice.languages``. Audio that is not audio, is corrupt or longer than ``settings.voice.max_utterance_s``
raises ``voice.audio.AudioRejected`` (an ``InputRejected``; its message says "too long" for the length cap).
Silence and noise are not errors: ``Transcript.no_speech`` is true and ``text`` is empty.

The model is loaded once per process and calls are serialised by a lock: on 2 cores two transcriptions at once only
slow each other down. The encoder reads ``settings.voice.stt_window_s`` (10 s) rather than whisper's 30 s window when
the audio is shorter (``voice.whisper_window``): four times less work for a kiosk question; a decode that then loops
(whisper's compression-ratio test) is redone with the full window.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
from pydantic import BaseModel

from shopkeeper.errors import DependencyMissing
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings, get_settings
from voice.audio import SAMPLE_RATE, AudioInput, decode

log = get_logger(__name__)

# Whisper's own rule for a segment that is not speech: likely silence and a low-confidence decoding together.
_NO_SPEECH_PROB = 0.6
_LOW_LOGPROB = -1.0
_MIN_SPEECH_S = 0.15  # less speech than this after VAD is a click or a breath
_TOKENS_PER_S = 10  # fast Chinese speech is ~5 characters a second, at most ~2 tokens each
_MAX_TOKENS = 440  # whisper's own bound for one 30 s window is 448 tokens including the prompt
_LOOPING = 2.4  # faster-whisper's compression_ratio_threshold: text this compressible is whisper repeating itself
# A short looping decode is too short for the compression test ("點鎮,點點點點點"): the same letter or word four
# times running is a loop too (digits are not: "10000" is a number).
_RUN = re.compile(r"([^\W\d_])\1{3,}|\b(\w+)(?:\W+\2\b){3,}")


class Transcript(BaseModel):
    text: str
    language: str | None = None  # the language given, or the one detected
    language_probability: float = 1.0
    duration_s: float = 0.0  # the audio's length
    speech_s: float = 0.0  # speech found in it by the VAD
    no_speech: bool = False  # silence or noise: nothing was said
    elapsed_s: float = 0.0  # time spent decoding and transcribing


@runtime_checkable
class SpeechToText(Protocol):
    async def transcribe(self, audio: AudioInput, *, language: str | None = None) -> Transcript: ...


def normalize_language(language: str | None) -> str | None:
    """ "ru-RU" -> "ru", "zh_CN" -> "zh", "" -> None: whisper takes the bare language code."""
    if not language:
        return None
    code = language.replace("_", "-").split("-")[0].strip().lower()
    return code or None


class WhisperSTT:
    """One faster-whisper model, loaded on first use (or by ``load``)."""

    def __init__(self, model_dir: Path | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self._model_dir = model_dir
        self._model: Any = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()
        self._window = 3000  # encoder frames (set from settings by load)

    @property
    def max_seconds(self) -> float:
        return self.settings.voice.max_utterance_s

    def load(self) -> None:
        with self._load_lock:
            if self._model is not None:
                return
            try:
                from voice.whisper_window import WindowedWhisper, window_frames
            except ImportError:
                raise DependencyMissing("faster-whisper", "voice") from None
            from voice.models import prepare_whisper

            folder = self._model_dir or prepare_whisper(self.settings)
            started = time.monotonic()
            voice = self.settings.voice
            self._window = window_frames(voice.stt_window_s)
            self._model = WindowedWhisper(
                str(folder),
                device="cpu",
                compute_type=voice.stt_compute_type,
                cpu_threads=voice.stt_threads,
                num_workers=1,
                window_frames=self._window,
            )
            log.info("whisper loaded from %s in %.1f s", folder, time.monotonic() - started)

    def transcribe_sync(self, audio: AudioInput, *, language: str | None = None, vad: bool = True) -> Transcript:
        """Transcribe in the calling thread. ``vad``: let Silero cut silence first (off when the caller already did)."""
        started = time.monotonic()
        samples = decode(audio, max_seconds=self.max_seconds)
        code = normalize_language(language)
        duration = samples.size / SAMPLE_RATE
        speech_s = speech_seconds(samples) if vad else duration
        if speech_s < _MIN_SPEECH_S:
            # Silence or noise: no model call at all (whisper would still guess a language, and sometimes words).
            return Transcript(
                text="",
                language=code,
                duration_s=round(duration, 3),
                speech_s=round(speech_s, 3),
                no_speech=True,
                elapsed_s=round(time.monotonic() - started, 3),
            )
        self.load()
        probability = 1.0
        with self._run_lock:
            if code is None and self.settings.voice.languages:
                code, probability = self._detect(samples)
            kept, info = self._decode(samples, code, vad, duration)
            if _looped(kept) and self._model.window_frames < 3000:
                # The short window made whisper repeat itself: the full window reads it as whisper always did.
                log.info("whisper looped on a %.1f s window; decoding again with 30 s", self._window / 100)
                self._model.window_frames = 3000
                try:
                    kept, info = self._decode(samples, code, vad, duration)
                finally:
                    self._model.window_frames = self._window
            if code is None:
                code, probability = str(info.language), float(info.language_probability)
        # A degenerate decode (zero-width joiners, a broken byte) is empty once cleaned, i.e. "not understood".
        text = visible_text(" ".join(s.text.strip() for s in kept))
        if code == "zh":
            text = text.replace(" ", "")  # whisper's segment joins put spaces between Chinese clauses
        return Transcript(
            text=text,
            language=code,
            language_probability=round(probability, 3),
            duration_s=round(duration, 3),
            speech_s=round(speech_s, 3),
            no_speech=not text,
            elapsed_s=round(time.monotonic() - started, 3),
        )

    def _decode(self, samples: np.ndarray, code: str | None, vad: bool, duration: float) -> tuple[list[Any], Any]:
        """Whisper's segments that are speech (run with the lock held), and its info."""
        segments, info = self._model.transcribe(
            samples,
            language=code,
            beam_size=self.settings.voice.stt_beam_size,
            temperature=list(self.settings.voice.stt_temperatures),
            vad_filter=vad,
            without_timestamps=True,
            condition_on_previous_text=False,
            # Whisper can loop on audio it cannot read (robotic Mandarin did): a question has few tokens a second.
            max_new_tokens=min(_MAX_TOKENS, int(duration * _TOKENS_PER_S) + 16),
        )
        kept = [s for s in segments if not (s.no_speech_prob > _NO_SPEECH_PROB and s.avg_logprob < _LOW_LOGPROB)]
        return kept, info

    def _detect(self, samples: np.ndarray) -> tuple[str, float]:
        """The likeliest of the store's languages (whisper alone took robotic Russian for Japanese here)."""
        allowed = self.settings.voice.languages
        _, _, ranked = self._model.detect_language(samples, vad_filter=True)
        for name, prob in ranked:  # most likely first
            if name in allowed:
                return str(name), float(prob)
        return allowed[0], 0.0

    async def transcribe(self, audio: AudioInput, *, language: str | None = None) -> Transcript:
        """The words in ``audio``, from a worker thread (the event loop never waits on the model)."""
        return await asyncio.to_thread(self.transcribe_sync, audio, language=language)


_engines: dict[int, WhisperSTT] = {}
_engines_lock = threading.Lock()


def _looped(segments: list[Any]) -> bool:
    """Whisper repeated itself in these segments (then the full window is worth a second decode)."""
    return any(seg.compression_ratio > _LOOPING or _RUN.search(seg.text) for seg in segments)


def get_stt(settings: Settings | None = None) -> WhisperSTT:
    """The process's speech-to-text engine for ``settings`` (one model per Settings object, as knowledge.services)."""
    settings = settings or get_settings()
    with _engines_lock:
        engine = _engines.get(id(settings))
        if engine is None or engine.settings is not settings:
            engine = _engines[id(settings)] = WhisperSTT(settings=settings)
        return engine


def transcribe(audio: AudioInput, language: str | None = None, *, settings: Settings | None = None) -> Transcript:
    """Sync convenience: ``get_stt(settings).transcribe_sync(audio, language=language)``."""
    return get_stt(settings).transcribe_sync(audio, language=language)


def speech_seconds(samples: np.ndarray) -> float:
    """Seconds of speech Silero VAD finds in ``samples`` (16 kHz); 0.0 for silence and most noise."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    spans = get_speech_timestamps(samples, VadOptions())
    return float(sum(span["end"] - span["start"] for span in spans)) / SAMPLE_RATE


def silence(seconds: float) -> np.ndarray:
    """Samples of digital silence at 16 kHz (tests and the eval pad speech with it)."""
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)


def visible_text(text: str) -> str:
    """``text`` without invisible format characters and U+FFFD: what a degenerate decode leaves is never words."""
    return "".join(ch for ch in text if ch != "\ufffd" and unicodedata.category(ch) != "Cf").strip()
