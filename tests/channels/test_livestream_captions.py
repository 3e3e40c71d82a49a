"""Captions of the host's speech with and without a language model: an espeak-ng clip is transcribed by the packaged
whisper; with a model every other store language gets the model's translation of that transcript, and a model that
fails leaves the caption untranslated and says so (nothing stands in for a translation)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agent.llm import ScriptedChatModel
from agent.llm.base import ChatMessage
from shopkeeper.settings import LLMSettings, Settings, VoiceSettings
from tools.livestream.captions import CaptionSession, Translator

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng (apt-get install espeak-ng)"),
]
pytest.importorskip("faster_whisper", reason="the voice extra is not installed: pip install 'shopkeeper[voice]'")


@pytest.fixture(scope="module")
def voice_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from tests.voice.conftest import CACHE
    from voice.models import prepare_whisper

    whisper = prepare_whisper(Settings(data_dir=Path(CACHE) / "voice"))
    return Settings(
        data_dir=tmp_path_factory.mktemp("captions"),
        llm=LLMSettings(backend="openai", base_url="http://127.0.0.1:9/v1", timeout_s=5, first_token_timeout_s=5),
        voice=VoiceSettings(stt_model=whisper),
    )


def _translate(messages: list[ChatMessage]) -> str:
    """A stand-in model: marks the text with the language it was asked for, so the test sees which went where."""
    head, _, text = messages[-1].content.partition(":\n")
    target = head.split(" into ", 1)[-1]
    return f"<{target}> {text}"


async def _nowhere(frame: dict[str, object]) -> None:
    return None


async def test_a_caption_is_translated_into_the_other_two_languages_by_the_model(voice_settings: Settings) -> None:
    from tests.voice.conftest import speech

    session = CaptionSession(
        voice_settings, _nowhere, language="en", translator=Translator(voice_settings, ScriptedChatModel(_translate))
    )
    caption = await session.caption(speech("The red jacket is on sale today.", "en"), seq=1)
    assert caption is not None
    assert "jacket" in caption.text.lower() and caption.language == "en"
    assert caption.translation == "llm" and caption.notice is None
    assert caption.translations == {"ru": f"<Russian> {caption.text}", "zh": f"<Chinese (simplified)> {caption.text}"}
    assert caption.latency_ms["total"] >= caption.latency_ms["transcribe"] > 0


async def test_a_failing_model_leaves_the_caption_untranslated_and_says_so(voice_settings: Settings) -> None:
    from tests.voice.conftest import speech

    session = CaptionSession(
        voice_settings, _nowhere, language="en", translator=Translator(voice_settings, ScriptedChatModel(fail=True))
    )
    caption = await session.caption(speech("Thanks for watching, see you soon.", "en"), seq=2)
    assert caption is not None and "watching" in caption.text.lower()
    assert caption.translation == "failed" and caption.translations == {}
    assert caption.notice is not None and "not translated" in caption.notice


async def test_silence_makes_no_caption(voice_settings: Settings) -> None:
    from tests.voice.conftest import silence

    session = CaptionSession(voice_settings, _nowhere, language="ru", translator=Translator(voice_settings))
    assert await session.caption(silence(1.5)) is None
