"""Audio in and out: decoding any container to 16 kHz mono, PCM frames, WAV bytes, and why audio is refused.

Decoding goes through PyAV (FFmpeg's libraries, a dependency of faster-whisper), so OGG/Opus voice messages, WAV,
MP3, FLAC and WebM all read the same way. It stops as soon as the audio passes the length cap: a 10-minute
recording is refused after reading ``max_seconds`` of it, not after decoding all of it.
"""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Literal

import numpy as np

from shopkeeper.errors import DependencyMissing, InputRejected

SAMPLE_RATE = 16_000  # what whisper and Silero VAD read

AudioProblem = Literal["not_audio", "corrupt", "too_long", "too_large", "empty"]
AudioInput = bytes | bytearray | memoryview | str | Path | np.ndarray


class AudioRejected(InputRejected):
    """Audio that cannot be used; ``problem`` says why (the kiosk and Telegram turn it into a sentence)."""

    def __init__(self, problem: AudioProblem, message: str) -> None:
        super().__init__(message)
        self.problem: AudioProblem = problem


def pcm16_to_float(data: bytes) -> np.ndarray:
    """Little-endian 16-bit PCM (what the kiosk page sends) as float32 in [-1, 1]."""
    usable = len(data) - len(data) % 2  # an odd byte is half a sample: dropped rather than misaligning the rest
    return np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def wav_bytes(pcm16: bytes, sample_rate: int) -> bytes:
    """A mono 16-bit WAV file around raw PCM (what the browser plays with decodeAudioData)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm16)
    return out.getvalue()


def read_wav_pcm16(data: bytes) -> tuple[bytes, int]:
    """Raw PCM and sample rate of a mono 16-bit WAV (tests and the eval read the kiosk's answers with it)."""
    with wave.open(io.BytesIO(data), "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise AudioRejected("corrupt", "expected a mono 16-bit WAV")
        return w.readframes(w.getnframes()), w.getframerate()


def resample(samples: np.ndarray, from_rate: int, to_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Linear-interpolation resampling: enough for speech going into whisper (it hears 16 kHz anyway)."""
    if from_rate == to_rate or samples.size == 0:
        return samples.astype(np.float32, copy=False)
    n_out = int(round(samples.size * to_rate / from_rate))
    x_old = np.arange(samples.size, dtype=np.float64) / from_rate
    x_new = np.arange(n_out, dtype=np.float64) / to_rate
    return np.interp(x_new, x_old, samples).astype(np.float32)


def decode(audio: AudioInput, *, max_seconds: float, max_bytes: int | None = None) -> np.ndarray:
    """Any audio as float32 mono at 16 kHz. Raises ``AudioRejected`` (not audio, corrupt, too long, empty).

    A NumPy array is taken as already decoded (float32 mono 16 kHz).
    """
    if isinstance(audio, np.ndarray):
        samples = audio.astype(np.float32, copy=False).reshape(-1)
        if samples.size > max_seconds * SAMPLE_RATE:
            raise AudioRejected("too_long", f"audio too long: more than {max_seconds:g} s")
        return samples
    if isinstance(audio, str | Path):
        path = Path(audio)
        if not path.is_file():
            raise AudioRejected("not_audio", f"no such audio file: {path.name}")
        size = path.stat().st_size
        source: io.BufferedIOBase | io.BytesIO | str = str(path)
    else:
        blob = bytes(audio)
        size = len(blob)
        source = io.BytesIO(blob)
    if size == 0:
        raise AudioRejected("empty", "the audio is empty")
    if max_bytes is not None and size > max_bytes:
        raise AudioRejected("too_large", f"audio too long: {size:,} bytes, the limit is {max_bytes:,}")
    return _decode_av(source, max_seconds)


def _decode_av(source: object, max_seconds: float) -> np.ndarray:
    try:
        import av
    except ImportError:
        raise DependencyMissing("av (PyAV, installed with faster-whisper)", "voice") from None
    limit = int(max_seconds * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        container = av.open(source, mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise AudioRejected("not_audio", f"not an audio file ({type(exc).__name__})") from None
    try:
        if not container.streams.audio:
            raise AudioRejected("not_audio", "the file has no audio stream")
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        try:
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    pcm = out.to_ndarray().reshape(-1)
                    chunks.append(pcm)
                    total += pcm.size
                if total > limit:
                    raise AudioRejected("too_long", f"audio too long: more than {max_seconds:g} s")
            for out in resampler.resample(None):  # flush what the resampler holds back
                chunks.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            if total == 0:
                raise AudioRejected("corrupt", f"the audio could not be decoded ({type(exc).__name__})") from None
            # A file cut short mid-frame: keep what decoded (a recording stopped abruptly is still a question).
    finally:
        container.close()
    if not chunks or sum(c.size for c in chunks) == 0:
        raise AudioRejected("empty", "the audio holds no samples")
    samples = np.concatenate(chunks).astype(np.float32) / 32768.0
    if samples.size > limit:
        raise AudioRejected("too_long", f"audio too long: more than {max_seconds:g} s")
    return samples
