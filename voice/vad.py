"""End-of-speech detection on a live 16 kHz stream: Silero VAD (shipped inside faster-whisper) on 32 ms windows.

``Endpointer.feed(samples)`` takes audio as it arrives and returns what happened: speech started, an utterance ended
(with its samples, a short pre-roll included so the first syllable is kept), or the speaker went on past the length
cap. Silero scores each 512-sample window with the 64 samples before it as context, exactly as faster-whisper's own
offline VAD does, so the streaming decisions match ``get_speech_timestamps`` on the same audio. Hysteresis as there:
a window at or above ``threshold`` is speech; only windows below ``threshold - 0.15`` count as silence.

It keeps the wall-clock time at which the last speech window arrived, so the kiosk can measure from the moment the
shopper stopped talking (the end-of-silence wait is part of what the shopper waits for).

With ``pause_ms`` set, a shorter silence first gives a ``pause`` event with the audio so far: the kiosk transcribes it
while the end-of-speech wait runs. Both events carry ``mark`` (the index of the utterance's last voiced window) and
cut their audio from it the same way, so an ``utterance`` with the ``pause``'s mark holds exactly the same samples:
nothing was said in between, and the transcript of the pause is the transcript of the utterance.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from shopkeeper.errors import DependencyMissing
from voice.audio import SAMPLE_RATE

WINDOW = 512  # samples per Silero window at 16 kHz (32 ms)
CONTEXT = 64
WINDOW_MS = WINDOW * 1000 / SAMPLE_RATE
# Windows kept after the last voiced one: whisper hears a word's end better with ~100 ms of room.
KEEP_AFTER = 3

_model: Any = None
_model_lock = threading.Lock()


def silero() -> Any:
    """faster-whisper's Silero VAD model (ONNX, one thread), loaded once per process."""
    global _model
    with _model_lock:
        if _model is None:
            try:
                from faster_whisper.vad import get_vad_model
            except ImportError:
                raise DependencyMissing("faster-whisper", "voice") from None
            _model = get_vad_model()
        return _model


def window_probs(model: Any, previous: np.ndarray, windows: np.ndarray) -> np.ndarray:
    """Speech probabilities of ``windows`` (n*512 samples), the window before them giving the first one context."""
    out = model(np.concatenate([previous, windows]).astype(np.float32))
    return np.asarray(out, dtype=np.float32).reshape(-1)[1:]


@dataclass
class VadEvent:
    kind: Literal["speech_start", "pause", "utterance", "too_long"]
    samples: np.ndarray | None = None  # the utterance's audio (kinds "pause": so far, and "utterance")
    speech_ended_at: float = 0.0  # monotonic time the last speech window arrived
    decided_at: float = 0.0  # monotonic time the end was decided
    compute_s: float = 0.0  # model time spent on this utterance's windows
    mark: int = -1  # the last voiced window's index: a pause and an utterance with the same mark have the same samples


@dataclass
class Endpointer:
    threshold: float = 0.5
    end_silence_ms: int = 500
    min_speech_ms: int = 200
    preroll_ms: int = 300
    max_utterance_s: float = 30.0
    pause_ms: int = 0  # silence after which a ``pause`` event gives the audio so far (0: no pause events)
    model: Any = None
    # -- state ---------------------------------------------------------------------------------------------------------
    _pending: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32), init=False)
    _previous: np.ndarray = field(default_factory=lambda: np.zeros(WINDOW, np.float32), init=False)
    _preroll: deque[np.ndarray] = field(default_factory=deque, init=False)
    _utterance: list[np.ndarray] = field(default_factory=list, init=False)
    _triggered: bool = field(default=False, init=False)
    _announced: bool = field(default=False, init=False)
    _draining: bool = field(default=False, init=False)  # past the cap: wait for silence, then drop it all
    _speech_windows: int = field(default=0, init=False)
    _silence_windows: int = field(default=0, init=False)
    _last_voiced: int = field(default=-1, init=False)  # index in _utterance of the last window not silent
    _paused_mark: int = field(default=-1, init=False)  # the mark a pause event was last given for
    _last_speech_at: float = field(default=0.0, init=False)
    _compute_s: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        if self.model is None:
            self.model = silero()

    @property
    def in_speech(self) -> bool:
        """Is the shopper talking now (speech confirmed, its end not yet decided)? Not while a monologue past the cap
        drains: its refusal must not be cut off as if the shopper had barged in."""
        return self._triggered and self._announced and not self._draining

    @property
    def speech_ms(self) -> float:
        return self._speech_windows * WINDOW_MS

    def reset(self) -> None:
        self._utterance = []
        self._triggered = self._announced = self._draining = False
        self._speech_windows = self._silence_windows = 0
        self._last_voiced = self._paused_mark = -1
        self._compute_s = 0.0

    def feed(self, samples: np.ndarray, *, now: float | None = None) -> list[VadEvent]:
        """Add audio (float32, 16 kHz); return the events it completed, in order."""
        now = time.monotonic() if now is None else now
        data = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        usable = data.size - data.size % WINDOW
        self._pending = data[usable:]
        if usable == 0:
            return []
        windows = data[:usable]
        started = time.perf_counter()
        probs = window_probs(self.model, self._previous, windows)
        self._compute_s += time.perf_counter() - started
        self._previous = windows[-WINDOW:]
        events: list[VadEvent] = []
        for i, prob in enumerate(probs):
            event = self._step(windows[i * WINDOW : (i + 1) * WINDOW], float(prob), now)
            if event is not None:
                events.append(event)
        return events

    def flush(self, *, now: float | None = None) -> VadEvent | None:
        """The utterance in progress as if silence had followed (the client said it stopped talking)."""
        now = time.monotonic() if now is None else now
        if not self._triggered or self._draining or self.speech_ms < self.min_speech_ms:
            self.reset()
            return None
        return self._finish(now)

    # -- internals -------------------------------------------------------------------------------------------------

    def _step(self, window: np.ndarray, prob: float, now: float) -> VadEvent | None:
        speech = prob >= self.threshold
        silence = prob < self.threshold - 0.15
        if not self._triggered:
            if speech:
                self._triggered = True
                self._utterance = [*self._preroll, window]
                self._preroll.clear()
                self._speech_windows, self._silence_windows = 1, 0
                self._last_voiced = len(self._utterance) - 1
                self._last_speech_at = now
                return self._maybe_announce()
            self._preroll.append(window)
            while len(self._preroll) * WINDOW_MS > self.preroll_ms:
                self._preroll.popleft()
            return None
        if not self._draining:
            self._utterance.append(window)
        if speech:
            self._speech_windows += 1
            self._last_speech_at = now
        if silence:
            self._silence_windows += 1
        else:
            self._silence_windows = 0
            if not self._draining:
                self._last_voiced = len(self._utterance) - 1
        if self._silence_windows * WINDOW_MS >= self.end_silence_ms:
            if self._draining or self.speech_ms < self.min_speech_ms:
                self.reset()  # a click, a cough, or the end of a monologue already refused
                return None
            return self._finish(now)
        if not self._draining and len(self._utterance) * WINDOW / SAMPLE_RATE > self.max_utterance_s:
            self._draining = True
            self._utterance = []
            return VadEvent("too_long", decided_at=now)
        if self._pause_due():
            self._paused_mark = self._last_voiced
            return VadEvent(
                "pause",
                samples=self._cut(),
                speech_ended_at=self._last_speech_at,
                decided_at=now,
                mark=self._last_voiced,
            )
        return self._maybe_announce()

    def _pause_due(self) -> bool:
        if self.pause_ms <= 0 or self._draining or self.speech_ms < self.min_speech_ms:
            return False
        if self._paused_mark == self._last_voiced:
            return False  # this silence already gave its pause
        # At least KEEP_AFTER silent windows, so the pause's cut is the one the utterance will have.
        return self._silence_windows >= KEEP_AFTER and self._silence_windows * WINDOW_MS >= self.pause_ms

    def _cut(self) -> np.ndarray:
        """The utterance's audio up to KEEP_AFTER windows past its last voiced window."""
        return np.concatenate(self._utterance[: self._last_voiced + 1 + KEEP_AFTER])

    def _maybe_announce(self) -> VadEvent | None:
        if not self._announced and self.speech_ms >= self.min_speech_ms:
            self._announced = True
            return VadEvent("speech_start", decided_at=self._last_speech_at)
        return None

    def _finish(self, now: float) -> VadEvent:
        event = VadEvent(
            "utterance",
            samples=self._cut(),
            speech_ended_at=self._last_speech_at,
            decided_at=now,
            compute_s=round(self._compute_s, 4),
            mark=self._last_voiced,
        )
        self.reset()
        return event
