"""The kiosk's streaming pipeline, independent of the transport: audio in, spoken verified sentences out.

    microphone frames -> Endpointer (Silero VAD) -> utterance -> whisper -> Turn -> Assistant.reply
      -> verified ``token`` sentences -> piper / espeak-ng, one sentence at a time -> audio out

The assistant's ``token`` events are already whole verified sentences (``agent.stream_verify``): the kiosk speaks
exactly those and nothing else, and speaks each as soon as it arrives, so the first sentence plays while the next is
still being written. A sentence is synthesised in a worker thread while the assistant goes on.

Barge-in: speech that lasts ``barge_in_ms`` while the kiosk is thinking or talking cancels the turn (the assistant's
stream is closed, queued sentences are dropped) and sends ``stopped``, so the page stops playback at once; the new
utterance then becomes the next turn. The page can also send ``barge_in`` itself (a tap, or its own VAD).

Early transcription: at the first short pause (``vad_pause_ms`` of silence) whisper starts on the audio so far in
a worker thread, while the end-of-speech wait (``vad_end_silence_ms``) runs. If the utterance then ends with nothing
said since, its audio is that same audio (``voice.vad``) and the transcript is already there or on its way; if the
shopper went on, that guess is dropped and the whole utterance is transcribed as before.

Every turn ends with a ``done`` frame, also after bad input (silence, noise, an over-long recording, corrupt or
non-audio data): the shopper gets a clear sentence, shown and spoken, and the kiosk is listening again.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from pydantic import BaseModel

from agent.events import DoneEvent, Event, TokenEvent, Turn
from shopkeeper.errors import ShopkeeperError
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings
from tools.base import Role
from voice.audio import AudioInput, AudioRejected, pcm16_to_float, wav_bytes
from voice.stt import Transcript, WhisperSTT, get_stt, normalize_language
from voice.texts import LANGUAGES, Key, say
from voice.tts import Speaker, Speech
from voice.vad import Endpointer, VadEvent, silero

log = get_logger(__name__)


class ReplySource(Protocol):
    def reply(self, turn: Turn) -> Any: ...


class KioskOutput(Protocol):
    """Where the kiosk's frames go: JSON frames, and audio as a JSON header followed by WAV bytes."""

    async def send_json(self, frame: dict[str, Any]) -> None: ...

    async def send_audio(self, header: dict[str, Any], wav: bytes) -> None: ...


class KioskTimings(BaseModel):
    """One turn, in seconds, from the moment the shopper stopped talking."""

    vad_s: float = 0.0  # end of speech -> end decided (the silence wait and the VAD's own time)
    vad_compute_s: float = 0.0  # of which Silero ran
    stt_s: float = 0.0  # end decided -> transcript
    agent_s: float = 0.0  # transcript -> first verified sentence
    tts_s: float = 0.0  # first verified sentence -> its audio sent
    first_audio_s: float | None = None  # end of speech -> first audio sent (None: nothing was spoken)
    stt_audio_s: float = 0.0  # length of the utterance transcribed
    stt_early: bool = False  # the transcript was started at the pause, before the end was decided
    tts_first_synth_s: float = 0.0  # synthesis alone of the first sentence


class KioskEngines:
    """Speech models shared by every kiosk connection of a process: loaded once, used from worker threads."""

    def __init__(self, settings: Settings, *, stt: WhisperSTT | None = None, speaker: Speaker | None = None) -> None:
        self.settings = settings
        self.stt = stt or get_stt(settings)
        self.speaker = speaker or Speaker(settings)
        self._warm = False
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load whisper, Silero and the English voice (seconds: do it before the first shopper speaks)."""
        with self._lock:
            if self._warm:
                return
            silero()
            self.stt.load()
            self.speaker.warm_up(("en",))
            self._warm = True

    def endpointer(self) -> Endpointer:
        voice = self.settings.voice
        return Endpointer(
            threshold=voice.vad_threshold,
            end_silence_ms=voice.vad_end_silence_ms,
            min_speech_ms=voice.vad_min_speech_ms,
            preroll_ms=voice.vad_preroll_ms,
            max_utterance_s=voice.max_utterance_s,
            pause_ms=voice.vad_pause_ms,
        )


_engines: dict[int, KioskEngines] = {}
_engines_lock = threading.Lock()


def get_engines(settings: Settings) -> KioskEngines:
    """The process's kiosk engines for ``settings`` (one set of speech models per Settings object)."""
    with _engines_lock:
        found = _engines.get(id(settings))
        if found is None or found.settings is not settings:
            found = _engines[id(settings)] = KioskEngines(settings)
        return found


_PROBLEM_KEY: dict[str, Key] = {
    "too_long": "too_long",
    "too_large": "too_long",
    "not_audio": "not_audio",
    "corrupt": "corrupt",
    "empty": "no_speech",
}


def _consume(task: asyncio.Task[Transcript]) -> None:
    """Retrieve a dropped early transcription's error, so asyncio does not log it as never retrieved."""
    if not task.cancelled():
        task.exception()


def _default_frame(event: Event) -> dict[str, Any]:
    return event.model_dump(mode="json")


@dataclass
class KioskSession:
    """One kiosk (one websocket, or the local microphone): its VAD state, its session, its turn in progress."""

    engines: KioskEngines
    assistant: ReplySource
    out: KioskOutput
    session_id: str
    locale: str | None = None  # the session's language when the kiosk is set to one; None: detected per utterance
    client_id: str | None = None
    allow_turn: Callable[[], bool] = lambda: True
    frame: Callable[[Event], dict[str, Any]] = _default_frame
    # -- state ---------------------------------------------------------------------------------------------------------
    _vad: Endpointer | None = field(default=None, init=False)
    _task: asyncio.Task[None] | None = field(default=None, init=False)
    _barged: bool = field(default=False, init=False)
    _turns: int = field(default=0, init=False)
    _early: tuple[int, asyncio.Task[Transcript]] | None = field(default=None, init=False)  # (mark, transcription)

    @property
    def vad(self) -> Endpointer:
        if self._vad is None:
            self._vad = self.engines.endpointer()
        return self._vad

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def set_locale(self, locale: str | None) -> None:
        code = normalize_language(locale)
        self.locale = code if code in LANGUAGES else None

    # -- input ---------------------------------------------------------------------------------------------------------

    async def feed_pcm(self, data: bytes) -> None:
        """Microphone audio: little-endian 16-bit mono PCM at 16 kHz, any frame size."""
        samples = pcm16_to_float(data)
        if samples.size == 0:
            return
        for event in self.vad.feed(samples):
            await self._on_vad(event)
        if (
            self.busy
            and not self._barged
            and self.vad.in_speech
            and self.vad.speech_ms >= self.engines.settings.voice.barge_in_ms
        ):
            await self.barge_in(reason="speech")

    async def end_of_speech(self) -> None:
        """The page says the shopper stopped (push-to-talk released): the utterance ends now, no silence wait."""
        event = self.vad.flush()
        if event is not None:
            await self._on_vad(event)

    async def clip(self, data: AudioInput) -> None:
        """A whole recording (WAV, OGG/Opus, MP3, WebM...): one turn, decoded and checked like any audio."""
        now = time.monotonic()
        limit = self.engines.settings.voice.max_clip_bytes
        if isinstance(data, bytes | bytearray) and len(data) > limit:
            await self._start(self._refuse("too_long", AudioRejected("too_large", f"{len(data):,} bytes")))
            return
        await self._start(self._turn(data, ended_at=now, decided_at=now, vad_compute_s=0.0))

    async def refuse(self, key: Key, why: str) -> None:
        """Answer input refused before it reached the kiosk (a clip announced too large) with a clear reply."""
        await self._start(self._refuse(key, AudioRejected("too_large", why)))

    async def barge_in(self, *, reason: str = "client") -> None:
        """Stop talking now: cancel the turn in progress and tell the page to stop playback."""
        if not self.busy:
            await self.out.send_json({"type": "stopped", "reason": reason, "turn": self._turns})
            return
        self._barged = True
        await self._cancel()
        await self.out.send_json({"type": "stopped", "reason": reason, "turn": self._turns})

    async def close(self) -> None:
        self._early = None
        await self._cancel()

    async def wait(self) -> None:
        """Until the turn in progress has finished (tests, the CLI and the eval use it)."""
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    # -- turns ---------------------------------------------------------------------------------------------------------

    async def _on_vad(self, event: VadEvent) -> None:
        if event.kind == "speech_start":
            await self.out.send_json({"type": "speech_start"})
        elif event.kind == "pause":
            self._transcribe_early(event)
        elif event.kind == "too_long":
            self._early = None
            await self._start(self._refuse("too_long", AudioRejected("too_long", "the shopper kept talking")))
        elif event.samples is not None:
            early, self._early = self._early, None
            await self._start(
                self._turn(
                    event.samples,
                    ended_at=event.speech_ended_at,
                    decided_at=event.decided_at,
                    vad_compute_s=event.compute_s,
                    early=early[1] if early is not None and early[0] == event.mark else None,
                )
            )

    def _transcribe_early(self, event: VadEvent) -> None:
        """Start whisper on the audio up to this pause; the utterance uses it if nothing is said before its end."""
        if event.samples is None:
            return
        if self._early is not None and not self._early[1].done():
            # One guess at a time: whisper runs one call after another, so a second would only queue behind it.
            return
        task = asyncio.create_task(self.engines.stt.transcribe(event.samples, language=self.locale))
        task.add_done_callback(_consume)
        self._early = (event.mark, task)

    async def _start(self, work: Any) -> None:
        # A new utterance replaces whatever the kiosk was still doing: the newest question wins.
        await self._cancel()
        self._barged = False
        self._turns += 1
        self._task = asyncio.create_task(work)

    async def _cancel(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _refuse(self, key: Key, cause: Exception | None = None, language: str | None = None) -> None:
        """A clear reply of the kiosk's own, shown and spoken, then ``done``: the shopper is never left waiting."""
        language = language or self.locale or "en"
        if cause is not None:
            log.info("kiosk input refused (%s): %s", key, cause)
        text = say(key, language)
        await self.out.send_json({"type": "error", "code": f"voice_{key}", "message": text, "turn": self._turns})
        with contextlib.suppress(ShopkeeperError):  # the sentence is on screen even when speech is not working
            await self._speak(text, language, seq=0)
        await self.out.send_json(
            {
                "type": "done",
                "text": text,
                "intent": "voice_" + key,
                "language": language,
                "turn": self._turns,
                "timings": None,
            }
        )

    async def _turn(
        self,
        audio: AudioInput | np.ndarray,
        *,
        ended_at: float,
        decided_at: float,
        vad_compute_s: float,
        early: asyncio.Task[Transcript] | None = None,
    ) -> None:
        timings = KioskTimings(vad_s=round(decided_at - ended_at, 4), vad_compute_s=vad_compute_s)
        timings.stt_early = early is not None
        await self.out.send_json({"type": "thinking", "turn": self._turns})
        try:
            heard = await (early if early is not None else self.engines.stt.transcribe(audio, language=self.locale))
        except AudioRejected as exc:
            await self._refuse(_PROBLEM_KEY.get(exc.problem, "corrupt"), exc)
            return
        except ShopkeeperError as exc:
            log.warning("kiosk speech-to-text is unavailable: %s", exc)
            await self._refuse("unavailable", exc)
            return
        heard_at = time.monotonic()
        timings.stt_s = round(heard_at - decided_at, 4)
        timings.stt_audio_s = heard.duration_s
        language = heard.language if heard.language in LANGUAGES else (self.locale or "en")
        if heard.no_speech:
            await self._refuse("no_speech", language=language)
            return
        await self.out.send_json({"type": "transcript", "text": heard.text, "language": language, "turn": self._turns})
        if not self.allow_turn():
            await self._refuse("busy", language=language)
            return
        await self._answer(heard, language, timings, ended_at=ended_at, heard_at=heard_at)

    async def _answer(
        self, heard: Transcript, language: str, timings: KioskTimings, *, ended_at: float, heard_at: float
    ) -> None:
        from channels.port import safe_reply

        turn = Turn(
            session_id=self.session_id,
            role=Role.SHOPPER,
            text=heard.text,
            locale=language,
            channel="kiosk",
            client_id=self.client_id,
        )
        sentences: asyncio.Queue[str | None] = asyncio.Queue()
        first: dict[str, float] = {}
        voice = asyncio.create_task(self._voice(sentences, language, first, timings, ended_at))
        done: DoneEvent | None = None
        try:
            async with aclosing(safe_reply(self.assistant, turn)) as events:  # type: ignore[arg-type]
                async for event in events:
                    if isinstance(event, TokenEvent):
                        first.setdefault("sentence", time.monotonic())
                        await sentences.put(event.text)
                        await self.out.send_json({**self.frame(event), "turn": self._turns})
                    elif isinstance(event, DoneEvent):
                        done = event
                    else:
                        await self.out.send_json({**self.frame(event), "turn": self._turns})
            await sentences.put(None)
            await voice
        finally:
            if not voice.done():
                voice.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await voice
        if "sentence" in first:
            timings.agent_s = round(first["sentence"] - heard_at, 4)
        frame: dict[str, Any] = (
            self.frame(done)
            if done is not None
            else {"type": "done", "text": "", "intent": "error", "language": language}
        )
        await self.out.send_json({**frame, "turn": self._turns, "timings": timings.model_dump()})

    async def _voice(
        self,
        sentences: asyncio.Queue[str | None],
        language: str,
        first: dict[str, float],
        timings: KioskTimings,
        ended_at: float,
    ) -> None:
        """Speak each verified sentence as it comes; a failing voice costs the audio, never the text."""
        seq = 0
        while (text := await sentences.get()) is not None:
            try:
                speech = await self._speak(text, language, seq=seq)
            except ShopkeeperError as exc:
                log.warning("kiosk text-to-speech failed: %s", exc)
                await self.out.send_json(
                    {"type": "error", "code": "voice_tts", "turn": self._turns, "message": say("unavailable", language)}
                )
                return
            if speech is None:
                continue
            if seq == 0:
                sent = time.monotonic()
                timings.tts_s = round(sent - first.get("sentence", sent), 4)
                timings.tts_first_synth_s = speech.elapsed_s
                timings.first_audio_s = round(sent - ended_at, 4)
            seq += 1

    async def _speak(self, text: str, language: str, *, seq: int) -> Speech | None:
        speech = await asyncio.to_thread(self.engines.speaker.synthesize, text, language)
        if speech is None:
            return None
        header = {
            "type": "audio",
            "format": "wav",
            "sample_rate": speech.sample_rate,
            "seq": seq,
            "text": speech.text,
            "engine": speech.engine,
            "turn": self._turns,
        }
        await self.out.send_audio(header, wav_bytes(speech.pcm16, speech.sample_rate))
        return speech
