"""Decoding and refusing audio: containers, corrupt and non-audio data, the length cap, PCM and WAV helpers."""

from __future__ import annotations

import io
import wave

import numpy as np
import pytest

from voice.audio import AudioRejected, decode, float_to_pcm16, pcm16_to_float, read_wav_pcm16, resample, wav_bytes

from .conftest import espeak_wav


def _wav(samples: np.ndarray, rate: int = 16000) -> bytes:
    return wav_bytes(float_to_pcm16(samples), rate)


def test_espeak_wav_decodes_to_16k_mono() -> None:
    data = espeak_wav("Where are the batteries?", "en")
    with wave.open(io.BytesIO(data)) as w:
        assert w.getframerate() == 22050  # espeak-ng's own rate: decode must resample
    samples = decode(data, max_seconds=30)
    assert samples.dtype == np.float32
    assert 0.8 < samples.size / 16000 < 4.0
    assert np.abs(samples).max() > 0.05


def test_ogg_opus_and_mp3_style_containers_decode(tmp_path) -> None:
    import av

    # An OGG/Opus file, as Telegram sends voice messages, written with PyAV itself.
    path = tmp_path / "voice.ogg"
    tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(48000) / 48000)).astype(np.float32)
    with av.open(str(path), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=48000, layout="mono")
        frame = av.AudioFrame.from_ndarray(tone.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = 48000
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    samples = decode(path, max_seconds=30)
    assert 0.9 < samples.size / 16000 < 1.2
    assert decode(path.read_bytes(), max_seconds=30).size == samples.size


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"this is a shopping list, not a recording\n" * 20, "not_audio"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not_audio"),
        (b"", "empty"),
    ],
)
def test_non_audio_is_refused_with_a_reason(data: bytes, problem: str) -> None:
    with pytest.raises(AudioRejected) as caught:
        decode(data, max_seconds=30)
    assert caught.value.problem == problem


def test_corrupt_audio_is_refused_or_keeps_what_decoded() -> None:
    good = _wav(np.full(16000, 0.1, np.float32))
    # The header alone, its data cut off: nothing to decode.
    with pytest.raises(AudioRejected) as caught:
        decode(good[:40], max_seconds=30)
    assert caught.value.problem in ("corrupt", "empty", "not_audio")
    # A header that lies about its format.
    broken = good[:20] + b"\xff\xff" + good[22:]
    with pytest.raises(AudioRejected):
        decode(broken, max_seconds=30)
    # A recording cut mid-way keeps the part that arrived.
    assert 0 < decode(good[: len(good) // 2], max_seconds=30).size < 16000


def test_a_ten_minute_recording_is_refused_without_decoding_all_of_it() -> None:
    ten_minutes = _wav(np.zeros(16000 * 600, np.float32))
    with pytest.raises(AudioRejected) as caught:
        decode(ten_minutes, max_seconds=30)
    assert caught.value.problem == "too_long"
    assert "too long" in caught.value.message  # channels key their reply on it (Telegram does)
    with pytest.raises(AudioRejected) as caught:
        decode(ten_minutes, max_seconds=30, max_bytes=4 * 1024 * 1024)
    assert caught.value.problem == "too_large"


def test_pcm_and_wav_round_trip() -> None:
    samples = np.linspace(-0.5, 0.5, 1000, dtype=np.float32)
    back = pcm16_to_float(float_to_pcm16(samples))
    assert np.allclose(back, samples, atol=1e-4)
    assert pcm16_to_float(b"\x01\x02\x03").size == 1  # half a sample is dropped, not misread
    pcm, rate = read_wav_pcm16(wav_bytes(float_to_pcm16(samples), 22050))
    assert rate == 22050 and len(pcm) == 2000
    assert resample(np.ones(22050, np.float32), 22050).size == 16000
