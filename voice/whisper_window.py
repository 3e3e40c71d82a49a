"""faster-whisper's model with a shorter encoder window, for the kiosk's few-second questions.

Whisper's encoder always reads a 30 s window: faster-whisper 1.2.1 pads each window's log-mel features with zeros
to 3000 frames (``generate_segments`` and ``detect_language`` both call ``pad_or_trim`` and then ``encode``), and the
encoder's time grows with that length, not with the speech in it. ``WindowedWhisper.encode`` drops the zero padding
beyond ``window_frames`` (or beyond the audio plus a one-second margin, when that is longer). CTranslate2 takes the
shorter input and uses the first positions of the encoder's position table.

A window shorter than the training one is not free. On the voice eval's development questions (espeak-ng, en/ru/zh)
whisper base repeated many of them over and over with only the speech plus a margin, and 2 of 36 with 6 s; with 10 s
it read English as with 30 s (word error rate 0.095 against 0.108) in a quarter of the time. ``voice.stt`` keeps 10 s
by default and redoes a decode that loops (whisper's compression-ratio test) with the full window.

Imported only where faster-whisper is (``WhisperSTT.load``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from faster_whisper import WhisperModel

FULL_FRAMES = 3000  # whisper's 30 s window, 100 log-mel frames a second
MARGIN_FRAMES = 100  # kept past the audio's last frame, so its end is not at the window's edge


class WindowedWhisper(WhisperModel):
    """A ``WhisperModel`` whose encoder reads ``window_frames`` (even, <= 3000) unless the audio needs more."""

    def __init__(self, *args: Any, window_frames: int = FULL_FRAMES, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.window_frames = window_frames

    def encode(self, features: np.ndarray) -> Any:
        if features.ndim == 2:
            features = np.expand_dims(features, 0)
        frames = features.shape[-1]
        if self.window_frames < frames:
            # faster-whisper's padding is exact zeros; a frame of real audio is never all zeros after normalising.
            filled = np.flatnonzero(np.any(features != 0, axis=(0, 1)))
            end = int(filled[-1]) + 1 if filled.size else 0
            keep = min(frames, max(self.window_frames, end + MARGIN_FRAMES))
            keep += keep % 2  # the encoder's second convolution halves the frames
            features = features[..., : min(keep, frames)]
        return super().encode(features)


def window_frames(seconds: float) -> int:
    """Encoder frames for a window of ``seconds`` (even, between 2 and whisper's 3000)."""
    frames = int(round(seconds * 100))
    return max(2, min(FULL_FRAMES, frames + frames % 2))
