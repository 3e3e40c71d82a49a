"""End-of-speech detection on a live stream: one utterance per question, nothing for silence or noise, a cap."""

from __future__ import annotations

import numpy as np

from voice.vad import Endpointer

from .conftest import noise, silence, speech


def _stream(endpointer: Endpointer, samples: np.ndarray, frame: int = 1600) -> list[tuple[float, object]]:
    """Feed ``samples`` in 100 ms frames on a simulated clock; return (stream time, event) pairs."""
    out = []
    for i in range(0, samples.size, frame):
        now = (i + frame) / 16000
        out += [(now, e) for e in endpointer.feed(samples[i : i + frame], now=now)]
    return out


def test_a_question_between_silences_is_one_utterance() -> None:
    question = speech("Where are the batteries?", "en")
    events = _stream(Endpointer(end_silence_ms=500), np.concatenate([silence(1.0), question, silence(1.2)]))
    kinds = [e.kind for _, e in events]
    assert kinds == ["speech_start", "utterance"]
    at, utterance = events[1]
    assert utterance.samples is not None
    # The utterance holds the question (pre-roll included, trailing silence trimmed), not the whole stream.
    assert 0.8 * question.size / 16000 < utterance.samples.size / 16000 < question.size / 16000 + 0.6
    # It ends after the configured silence, measured from the last speech the VAD heard.
    assert 0.45 <= utterance.decided_at - utterance.speech_ended_at <= 0.75
    assert at == utterance.decided_at


def test_silence_and_noise_are_not_questions() -> None:
    endpointer = Endpointer()
    assert _stream(endpointer, np.concatenate([silence(2.0), noise(2.0), noise(1.0, level=0.2, seed=3)])) == []
    assert endpointer.flush() is None


def test_two_questions_give_two_utterances() -> None:
    a, b = speech("Where are the batteries?", "en"), speech("Do you sell tents?", "en")
    events = _stream(Endpointer(), np.concatenate([a, silence(1.0), b, silence(1.0)]))
    assert [e.kind for _, e in events] == ["speech_start", "utterance", "speech_start", "utterance"]


def test_talking_past_the_cap_is_refused_once_then_listening_resumes() -> None:
    long_talk = np.concatenate([speech("Where are the batteries and the tents and the boots", "en")] * 4)
    endpointer = Endpointer(max_utterance_s=3.0, end_silence_ms=600)
    events = _stream(endpointer, np.concatenate([long_talk, silence(1.0), speech("Hello there", "en"), silence(1.0)]))
    kinds = [e.kind for _, e in events]
    assert kinds.count("too_long") == 1
    # The monologue is dropped, not answered; the next question is heard normally.
    assert kinds[-1] == "utterance"
    assert kinds[kinds.index("too_long") + 1 :].count("utterance") == 1


def test_flush_ends_the_utterance_at_once() -> None:
    endpointer = Endpointer()
    events = _stream(endpointer, speech("Where are the batteries?", "en")[:20000])
    assert [e.kind for _, e in events] == ["speech_start"]
    assert endpointer.in_speech
    ended = endpointer.flush()
    assert ended is not None and ended.kind == "utterance" and ended.samples is not None
    assert not endpointer.in_speech


def test_a_pause_gives_the_audio_so_far_and_the_end_the_same_audio() -> None:
    question = speech("Where are the batteries?", "en")
    events = _stream(
        Endpointer(end_silence_ms=500, pause_ms=200), np.concatenate([silence(0.5), question, silence(1.0)])
    )
    assert [e.kind for _, e in events] == ["speech_start", "pause", "utterance"]
    (paused_at, pause), (ended_at, utterance) = events[1], events[2]
    # The pause comes first, ~200 ms into the silence; nothing was said after it, so the audio is the same.
    assert paused_at < ended_at
    assert 0.15 <= pause.decided_at - pause.speech_ended_at <= 0.45
    assert pause.mark == utterance.mark
    assert pause.samples is not None and utterance.samples is not None
    assert np.array_equal(pause.samples, utterance.samples)


def test_speech_after_a_pause_makes_the_pause_stale() -> None:
    a, b = speech("Where are the batteries", "en"), speech("and the tents?", "en")
    voiced = np.nonzero(np.abs(a) > 1e-3)[0]
    a = a[: voiced[-1] + 1]  # espeak-ng ends a clip with ~0.4 s of silence: the pause is the one added here
    events = _stream(Endpointer(end_silence_ms=700, pause_ms=200), np.concatenate([a, silence(0.35), b, silence(1.0)]))
    kinds = [e.kind for _, e in events]
    assert kinds.count("utterance") == 1 and kinds.count("pause") == 2
    pauses = [e for _, e in events if e.kind == "pause"]
    utterance = next(e for _, e in events if e.kind == "utterance")
    assert utterance.samples is not None and pauses[0].samples is not None
    # The first pause's audio is only the start of the question: its mark says it is not the utterance's.
    assert pauses[0].mark != utterance.mark
    assert pauses[0].samples.size < utterance.samples.size
    assert pauses[1].mark == utterance.mark


def test_no_pause_events_unless_asked() -> None:
    question = speech("Where are the batteries?", "en")
    events = _stream(Endpointer(end_silence_ms=500), np.concatenate([question, silence(1.0)]))
    assert [e.kind for _, e in events] == ["speech_start", "utterance"]
