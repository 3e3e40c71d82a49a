"""Live captions of the host's speech: microphone PCM in, utterances cut by the kiosk's VAD, transcribed by
faster-whisper, and translated into the other two store languages by the configured LLM.

Without an LLM there is no translation: the caption says so (``translation="unavailable"`` and a notice) and carries
the transcript only. A dictionary or template "translation" of free speech would put words in the host's mouth.

Audio framing is the kiosk's (channels/web/kiosk.py): 16-bit little-endian mono PCM at 16 kHz, any frame size.
Each caption carries its latency: from the end of the host's speech (the last voiced window) to the caption being
ready, split into the VAD's end-of-speech wait, the transcription and the translation.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from shopkeeper.errors import LLMUnavailable, ShopkeeperError
from shopkeeper.settings import Settings

log = logging.getLogger(__name__)

Language = Literal["en", "ru", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "ru", "zh")
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh": "Chinese (simplified)"}
NO_MODEL = {
    "en": "Live translation needs a language model, and none is configured: captions only.",
    "ru": "Для живого перевода нужна языковая модель, а она не настроена: только субтитры.",
    "zh": "实时翻译需要语言模型，目前未配置：仅显示字幕。",
}
MODEL_FAILED = {
    "en": "The language model did not answer in time: this caption is not translated.",
    "ru": "Языковая модель не ответила вовремя: эта фраза без перевода.",
    "zh": "语言模型未及时响应：此句未翻译。",
}
TRANSLATE_PROMPT = (
    "You translate a live-stream host's spoken words for viewers. Translate the text into the language named. Keep "
    "every product name, number, price and size exactly as given. Output only the translation, one line, no quotes."
)


class Caption(BaseModel):
    type: Literal["caption"] = "caption"
    seq: int
    language: str  # what was spoken
    text: str  # the transcript
    translations: dict[str, str] = Field(default_factory=dict)  # other language -> text (empty without a model)
    translation: Literal["llm", "unavailable", "failed"] = "unavailable"
    notice: str | None = None
    latency_ms: dict[str, float] = Field(default_factory=dict)  # vad_wait, transcribe, translate, total


class Translator:
    """The configured chat model as a translator; ``available`` is false when the settings name none."""

    def __init__(self, settings: Settings, model: Any | None = None) -> None:
        self.settings = settings
        self._model = model

    @property
    def available(self) -> bool:
        return self._model is not None or self.settings.llm.backend != "none"

    def model(self) -> Any:
        if self._model is None:
            from agent.llm.factory import get_chat_model

            self._model = get_chat_model(self.settings)
        return self._model

    async def translate(self, text: str, source: str, target: str) -> str:
        from agent.llm.base import ChatMessage
        from agent.llm.factory import guarded_stream

        messages = [
            ChatMessage(role="system", content=TRANSLATE_PROMPT),
            ChatMessage(
                role="user", content=f"From {LANGUAGE_NAMES.get(source, source)} into {LANGUAGE_NAMES[target]}:\n{text}"
            ),
        ]
        pieces: list[str] = []
        llm = self.settings.llm
        async for piece in guarded_stream(
            self.model(),
            messages,
            first_token_timeout_s=llm.first_token_timeout_s,
            total_timeout_s=llm.timeout_s,
            max_tokens=llm.max_tokens,
            temperature=0.0,
        ):
            pieces.append(piece)
        return " ".join("".join(pieces).split())


Send = Callable[[dict[str, Any]], Awaitable[None]]


class CaptionSession:
    """One host's microphone: ``feed_pcm`` as frames arrive, ``flush`` when the host stops; captions go to ``send``.

    Utterances are transcribed one after another in the order spoken (one whisper per process, serialised there too),
    while the socket keeps receiving audio."""

    def __init__(
        self,
        settings: Settings,
        send: Send,
        *,
        language: Language = "en",
        stt: Any | None = None,
        translator: Translator | None = None,
    ) -> None:
        from voice.kiosk import get_engines

        self.settings = settings
        self.send = send
        self.language: Language = language
        self.engines = get_engines(settings)
        self.stt = stt or self.engines.stt
        self.vad = self.engines.endpointer()
        self.translator = translator or Translator(settings)
        self._seq = 0
        self._chain: asyncio.Task[None] | None = None

    def set_language(self, language: Language) -> None:
        self.language = language

    async def feed_pcm(self, data: bytes) -> None:
        from voice.audio import pcm16_to_float

        samples = pcm16_to_float(data)
        if samples.size == 0:
            return
        for event in self.vad.feed(samples):
            if event.kind == "speech_start":
                await self.send({"type": "speech_start"})
            elif event.kind == "utterance" and event.samples is not None:
                self._queue(event.samples, event.speech_ended_at, event.decided_at)
            elif event.kind == "too_long":
                await self.send(
                    {
                        "type": "error",
                        "code": "too_long",
                        "message": "one caption is at most "
                        f"{self.settings.voice.max_utterance_s:.0f} s of speech: pause a moment",
                    }
                )

    async def flush(self) -> None:
        """The host stopped the microphone: caption what was said so far without the silence wait."""
        event = self.vad.flush()
        if event is not None and event.samples is not None:
            self._queue(event.samples, event.speech_ended_at, event.decided_at)
        await self.wait()

    async def wait(self) -> None:
        if self._chain is not None:
            await asyncio.shield(self._chain)

    async def close(self) -> None:
        if self._chain is not None and not self._chain.done():
            self._chain.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._chain

    def _queue(self, samples: np.ndarray, ended_at: float, decided_at: float) -> None:
        self._seq += 1
        previous = self._chain
        seq = self._seq

        async def run() -> None:
            if previous is not None:
                await asyncio.shield(previous)
            try:
                caption = await self.caption(samples, seq=seq, ended_at=ended_at, decided_at=decided_at)
            except ShopkeeperError as exc:
                log.warning("caption %d failed: %s", seq, exc)
                await self.send({"type": "error", "code": "caption_failed", "message": exc.message})
                return
            if caption is not None:
                await self.send(caption.model_dump())

        self._chain = asyncio.get_running_loop().create_task(run())

    async def caption(
        self, samples: np.ndarray, *, seq: int = 0, ended_at: float | None = None, decided_at: float | None = None
    ) -> Caption | None:
        """The caption of one utterance (None when it held no words)."""
        started = time.monotonic()
        ended_at = started if ended_at is None else ended_at
        decided_at = started if decided_at is None else decided_at
        heard = await asyncio.to_thread(self.stt.transcribe_sync, samples, language=self.language)
        transcribed = time.monotonic()
        text = heard.text.strip()
        if heard.no_speech or not text:
            return None
        spoken = heard.language if heard.language in LANGUAGES else self.language
        caption = Caption(seq=seq, language=spoken, text=text)
        if not self.translator.available:
            caption.notice = NO_MODEL[self.language]
        else:
            try:
                for target in LANGUAGES:
                    if target != spoken:
                        caption.translations[target] = await self.translator.translate(text, spoken, target)
                caption.translation = "llm"
            except (LLMUnavailable, ShopkeeperError) as exc:
                log.warning("caption %d: translation failed (%s)", seq, exc)
                caption.translations = {}
                caption.translation = "failed"
                caption.notice = MODEL_FAILED[self.language]
        done = time.monotonic()
        caption.latency_ms = {
            "vad_wait": round((decided_at - ended_at) * 1000, 1),
            "transcribe": round((transcribed - started) * 1000, 1),
            "translate": round((done - transcribed) * 1000, 1),
            "total": round((done - ended_at) * 1000, 1),
        }
        return caption
