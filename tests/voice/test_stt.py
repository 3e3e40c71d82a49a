"""Speech to text with the packaged whisper base: the API the kiosk and Telegram use."""

from __future__ import annotations

import re

import numpy as np
import pytest

from shopkeeper.errors import InputRejected
from shopkeeper.settings import Settings
from voice.audio import AudioRejected
from voice.stt import WhisperSTT, get_stt, normalize_language, transcribe

from .conftest import espeak_wav, noise, silence, speech


@pytest.fixture(scope="module")
def stt(voice_settings: Settings) -> WhisperSTT:
    engine = get_stt(voice_settings)
    engine.load()
    return engine


def test_english_question_from_wav_bytes(stt: WhisperSTT) -> None:
    heard = stt.transcribe_sync(espeak_wav("Where are the batteries?", "en"), language="en-US")
    assert re.sub(r"[^a-z ]", "", heard.text.lower()).split() == ["where", "are", "the", "batteries"]
    assert heard.language == "en" and not heard.no_speech
    assert 1.0 < heard.duration_s < 3.0


def test_language_is_detected_among_the_stores_languages(stt: WhisperSTT, voice_settings: Settings) -> None:
    heard = transcribe(speech("Where are the batteries?", "en"), settings=voice_settings)
    assert heard.language == "en"
    assert "batter" in heard.text.lower()
    assert heard.language in voice_settings.voice.languages


@pytest.mark.parametrize(
    ("language", "text", "script"),
    [
        ("ru", "Где находятся батарейки?", r"[а-яё]"),
        ("zh", "电池在哪里？", r"[\u4e00-\u9fff]"),
    ],
)
def test_russian_and_chinese_with_the_session_locale(stt: WhisperSTT, language: str, text: str, script: str) -> None:
    # espeak-ng's robotic ru/zh is hard for whisper base (MODELS.md; word error rates in evals/voice): the words are
    # not asserted here, only that the locale is honoured and the result is in that language's script.
    heard = stt.transcribe_sync(speech(text, language), language=language)
    assert heard.language == language
    assert heard.text and re.search(script, heard.text.lower())


async def test_async_api_matches_the_telegram_protocol(stt: WhisperSTT) -> None:
    heard = await stt.transcribe(espeak_wav("Where can I find hiking boots?", "en"), language="en")
    assert "boots" in heard.text.lower()


@pytest.mark.parametrize(
    "audio", [silence(3.0), noise(3.0), noise(2.0, level=0.3, seed=5)], ids=["silence", "noise", "loud-noise"]
)
def test_silence_and_noise_are_no_speech_not_words(stt: WhisperSTT, audio: np.ndarray) -> None:
    heard = stt.transcribe_sync(audio, language=None)
    assert heard.no_speech and heard.text == ""


def test_bad_audio_raises_input_rejected(stt: WhisperSTT) -> None:
    with pytest.raises(InputRejected):
        stt.transcribe_sync(b"not audio at all " * 50, language="en")
    with pytest.raises(AudioRejected) as caught:
        stt.transcribe_sync(np.zeros(16000 * 600, np.float32), language="en")
    assert caught.value.problem == "too_long" and "too long" in caught.value.message


def test_locale_codes_are_normalised() -> None:
    assert [normalize_language(x) for x in ("ru-RU", "zh_CN", "EN", "", None)] == ["ru", "zh", "en", None, None]


def test_the_same_audio_gives_the_same_text(stt: WhisperSTT) -> None:
    # Robotic Mandarin is where whisper's sampled fallbacks wandered (a different text, once only zero-width joiners,
    # on each run): with the default single temperature the result is repeatable.
    clip = speech("电池在哪里？", "zh")
    heard = {stt.transcribe_sync(clip, language="zh").text for _ in range(3)}
    assert len(heard) == 1


def test_invisible_characters_are_not_words() -> None:
    from voice.stt import visible_text

    assert visible_text("\u200d\u200d\u200d\ufffd") == ""
    assert visible_text(" где\u200b батарейки ") == "где батарейки"


def test_a_decode_that_repeats_itself_is_a_loop_and_numbers_are_not() -> None:
    from types import SimpleNamespace

    from voice.stt import _looped

    def seg(text: str, ratio: float = 1.2) -> SimpleNamespace:
        return SimpleNamespace(text=text, compression_ratio=ratio)

    assert _looped([seg("點鎮,點點點點點")])  # too short for the compression test, still a loop
    assert _looped([seg("where where where where is it")])
    assert _looped([seg("fine text", ratio=2.6)])  # whisper's own compression test
    for text in ("Where are the batteries?", "10000 rubles", "AAA batteries", "ok ok", "电池在哪里"):
        assert not _looped([seg(text)]), text


def test_mandarin_where_are_the_batteries_is_not_a_loop(stt: WhisperSTT) -> None:
    heard = stt.transcribe_sync(espeak_wav("电池在哪里？", "zh"), language="zh").text
    assert heard and not re.search(r"(.)\1{3,}", heard), heard
