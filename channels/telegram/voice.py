"""Voice messages: the one method the bot needs from speech-to-text, and where the project's engine comes from.

The engine is ``voice.stt`` (faster-whisper over the packaged whisper base, shared with the kiosk), so a shopper's
voice message is heard the same way in the store and in Telegram. A test or a deployment may pass any object with
the same method instead.
"""

from __future__ import annotations

import importlib.util
from typing import Protocol, runtime_checkable

from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)


class Heard(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def language(self) -> str | None: ...


@runtime_checkable
class SpeechToText(Protocol):
    async def transcribe(self, audio: bytes, *, language: str | None = None) -> Heard:
        """The words in ``audio`` (any container ffmpeg reads: Telegram's OGG/Opus voice, WAV, MP3...); empty text
        for silence or noise. ``language``: en/ru/zh when the chat's language is known (short clips are detected
        badly), else detected. Raises ``shopkeeper.errors.InputRejected`` for audio that cannot be decoded, or that
        is too long (its message then says "too long")."""
        ...


def default_speech_to_text(settings: Settings) -> SpeechToText | None:
    """The project's engine (``voice.stt``; the model loads on the first voice message), or None without the
    ``voice`` extra: voice messages then get a clear "type your question" reply."""
    if importlib.util.find_spec("faster_whisper") is None:
        log.warning("voice messages are off: faster-whisper is not installed (pip install 'shopkeeper[voice]')")
        return None
    from voice.stt import get_stt

    engine: SpeechToText = get_stt(settings)
    return engine
