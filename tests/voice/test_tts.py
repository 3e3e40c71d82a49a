"""Text to speech: piper speaks English, espeak-ng speaks ru/zh; what is spoken transcribes back."""

from __future__ import annotations

import numpy as np
import pytest

from shopkeeper.settings import Settings
from voice.audio import resample
from voice.stt import get_stt
from voice.tts import Speaker, _cn_number, speakable, spoken_form, to_pinyin


@pytest.fixture(scope="module")
def speaker(voice_settings: Settings) -> Speaker:
    return Speaker(voice_settings)


def test_english_speaks_with_the_packaged_piper_voice(speaker: Speaker, voice_settings: Settings) -> None:
    spoken = speaker.synthesize("The batteries are in aisle 7, shelf C.", "en")
    assert spoken is not None and spoken.engine == "piper" and spoken.sample_rate == 22050
    assert 1.0 < spoken.seconds < 6.0
    samples = resample(np.frombuffer(spoken.pcm16, "<i2").astype(np.float32) / 32768, spoken.sample_rate)
    heard = get_stt(voice_settings).transcribe_sync(samples, language="en").text.lower()
    assert "batter" in heard and "7" in heard.replace("seven", "7")


@pytest.mark.parametrize(("language", "text"), [("ru", "Батарейки в ряду 7, полка C."), ("zh", "电池在7号通道C层。")])
def test_russian_and_chinese_fall_back_to_espeak_ng(speaker: Speaker, language: str, text: str) -> None:
    spoken = speaker.synthesize(text, language)
    assert spoken is not None and spoken.engine == "espeak-ng"
    assert spoken.seconds > 0.8
    assert np.abs(np.frombuffer(spoken.pcm16, "<i2")).max() > 1000  # it is not silence


def test_markup_and_links_are_not_read_aloud(speaker: Speaker) -> None:
    assert speakable("**Trail boots** — see https://shop.example.com/boots") == "Trail boots — see"
    assert speaker.synthesize("** __ ``", "en") is None


def test_aisle_numbers_are_said_so_that_they_are_heard_and_shown_as_written(speaker: Speaker) -> None:
    assert spoken_form("Batteries are in aisle 4, shelf A.", "en") == "Batteries are in aisle number 4, shelf A."
    assert spoken_form("Батарейки в ряду 4.", "ru") == "Батарейки в ряду 4."
    spoken = speaker.synthesize("Batteries are in Aisle 12.", "en")
    assert spoken is not None and spoken.text == "Batteries are in Aisle 12."


def test_mandarin_numbers_and_pinyin() -> None:
    assert [_cn_number(x) for x in ("4", "10", "12", "105", "1010", "12345")] == [
        "四",
        "十",
        "十二",
        "一百零五",
        "一千零一十",
        "一二三四五",
    ]
    assert to_pinyin("电池在4号通道。").split()[:5] == ["dian4", "chi2", "zai4", "si4", "hao4"]
