"""``shopkeeper kiosk``: the voice kiosk on this machine's microphone and speaker (or on a recording).

    shopkeeper kiosk [--lang en|ru|zh]              listen on the default microphone, answer on the speaker
    shopkeeper kiosk --clip question.wav [--out answer.wav]   one question from a file; the answer to a file

Microphone and speaker go through ``sounddevice`` (PortAudio). A machine without PortAudio or without a microphone
gets a clear message and exit code 1, never a traceback.
"""

from __future__ import annotations

import asyncio
import io
import queue
import threading
import wave
from pathlib import Path
from typing import Annotated, Any

import typer

from shopkeeper.errors import ShopkeeperError

BLOCK = 1600  # 100 ms of 16 kHz audio per microphone frame


class _Console:
    """Prints what the kiosk hears and says; keeps its audio for playback or a file."""

    def __init__(self, player: _Player | None) -> None:
        self.player = player
        self.audio: list[bytes] = []
        self.done = asyncio.Event()

    async def send_json(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type")
        if kind == "transcript":
            typer.secho(f"\nheard ({frame['language']}): {frame['text']}", fg=typer.colors.CYAN)
        elif kind == "token":
            typer.echo(frame["text"], nl=False)
        elif kind == "error":
            typer.secho(f"\n{frame['message']}", fg=typer.colors.YELLOW)
        elif kind == "stopped" and self.player is not None:
            self.player.stop()
        elif kind == "done":
            typer.echo()
            self.done.set()

    async def send_audio(self, header: dict[str, Any], wav: bytes) -> None:
        self.audio.append(wav)
        if self.player is not None:
            self.player.play(wav)


class _Player:
    """Plays sentences one after another on the default output device; ``stop`` drops what is queued (barge-in)."""

    def __init__(self, sd: Any) -> None:
        self.sd = sd
        self.queue: queue.Queue[bytes] = queue.Queue()
        threading.Thread(target=self._run, daemon=True, name="kiosk-speaker").start()

    def play(self, wav: bytes) -> None:
        self.queue.put(wav)

    def stop(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()
        self.sd.stop()

    def _run(self) -> None:
        import numpy as np

        while True:
            wav = self.queue.get()
            with wave.open(io.BytesIO(wav)) as w:
                rate = w.getframerate()
                samples = np.frombuffer(w.readframes(w.getnframes()), "<i2")
            self.sd.play(samples, rate)
            self.sd.wait()


def _sounddevice() -> Any:
    """sounddevice with a working input device, or a ShopkeeperError that says what is missing."""
    try:
        import sounddevice as sd
    except ImportError:
        raise ShopkeeperError("sounddevice is not installed", hint="pip install 'shopkeeper[voice]'") from None
    except OSError:  # sounddevice raises this when the PortAudio library itself is missing
        raise ShopkeeperError(
            "no audio system: the PortAudio library is not installed",
            hint="apt-get install libportaudio2, or use --clip FILE",
        ) from None
    try:
        sd.query_devices(kind="input")
        sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError):
        raise ShopkeeperError(
            "no microphone or speaker found on this machine",
            hint="plug one in, use the browser kiosk at /kiosk, or --clip FILE",
        ) from None
    return sd


def kiosk(
    lang: Annotated[str | None, typer.Option("--lang", help="en, ru or zh (default: detected per question).")] = None,
    clip: Annotated[Path | None, typer.Option("--clip", help="Answer one recorded question instead.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="With --clip: write the spoken answer here.")] = None,
) -> None:
    """The voice kiosk on this machine's microphone and speaker (Ctrl+C to stop)."""
    from channels.port import make_assistant
    from shopkeeper.settings import get_settings
    from voice.kiosk import KioskSession, get_engines

    if lang is not None and lang not in ("en", "ru", "zh"):
        raise typer.BadParameter("use en, ru or zh", param_hint="--lang")
    if clip is not None and not clip.is_file():
        raise typer.BadParameter(f"{clip} does not exist", param_hint="--clip")
    settings = get_settings()

    async def run() -> None:
        sd = None if clip is not None else _sounddevice()
        engines = get_engines(settings)
        typer.echo("loading speech models…")
        await asyncio.to_thread(engines.warm_up)
        assistant = make_assistant(settings)
        console = _Console(_Player(sd) if sd is not None else None)
        session = KioskSession(
            engines,
            assistant,
            console,
            session_id=f"kiosk-{threading.get_ident()}",
            locale=lang,
            client_id="local-kiosk",
        )
        try:
            if clip is not None:
                await session.clip(clip.read_bytes())
                await console.done.wait()
                if out is not None:
                    _write(out, console.audio)
                    typer.echo(f"answer written to {out}")
                return
            await _listen(sd, session)
        finally:
            await session.close()
            await assistant.aclose()

    try:
        asyncio.run(run())
    except ShopkeeperError as exc:
        typer.secho(f"kiosk: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo()


async def _listen(sd: Any, session: Any) -> None:
    loop = asyncio.get_running_loop()
    frames: asyncio.Queue[bytes] = asyncio.Queue()

    def on_audio(data: Any, _frames: int, _time: Any, _status: Any) -> None:
        loop.call_soon_threadsafe(frames.put_nowait, bytes(data))

    with sd.RawInputStream(samplerate=16000, channels=1, dtype="int16", blocksize=BLOCK, callback=on_audio):
        typer.secho("listening: ask a question (Ctrl+C to stop)", fg=typer.colors.GREEN)
        while True:
            await session.feed_pcm(await frames.get())


def _write(path: Path, wavs: list[bytes]) -> None:
    """Join the answer's sentence WAVs (same voice, same rate) into one file."""
    pcm = b""
    rate = 22050
    for wav in wavs:
        with wave.open(io.BytesIO(wav)) as w:
            rate = w.getframerate()
            pcm += w.readframes(w.getnframes())
    from voice.audio import wav_bytes

    path.write_bytes(wav_bytes(pcm, rate))


def register(app: typer.Typer) -> None:
    """Add this package's commands to ``app``."""
    app.command("kiosk")(kiosk)
