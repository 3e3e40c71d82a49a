"""The voice kiosk through its websocket, end to end: espeak-ng speech in, whisper, the real Assistant (templates),
verified sentences spoken by piper / espeak-ng out, and back through whisper. Bad input gets a clear reply."""

from __future__ import annotations

import io
import json
import re
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from channels.web.app import create_app
from shopkeeper.limits import MemoryLimiter
from shopkeeper.settings import AgentSettings, DatabaseSettings, LLMSettings, Settings, VoiceSettings
from voice.audio import decode, float_to_pcm16
from voice.stt import get_stt

from .conftest import espeak_wav, noise, pcm16, silence, speech

pytestmark = pytest.mark.slow

FRAME = 3200  # 100 ms of 16 kHz PCM, as the kiosk page sends


@pytest.fixture(scope="module")
def kiosk_settings(whisper_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index
    from knowledge.services import Services

    data_dir = tmp_path_factory.mktemp("kiosk")
    url = f"sqlite:///{data_dir / 'store.db'}"
    build_demo_store(url, seed=7, products=300, sales_days=10)
    settings = Settings(
        data_dir=data_dir,
        db=DatabaseSettings(url=url),
        llm=LLMSettings(backend="none"),
        agent=AgentSettings(llm_for_understanding=False),
        voice=VoiceSettings(stt_model=whisper_dir),
        store_name="Kiosk Test Store",
    )
    build_index(settings, Services(settings).embedder)
    return settings


@pytest.fixture(scope="module")
def client(kiosk_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(kiosk_settings, limiter=MemoryLimiter())) as c:
        yield c


@contextmanager
def kiosk(client: TestClient, **query: str) -> Iterator[Any]:
    """A kiosk websocket past its greeting (session, ready)."""
    url = "/v1/kiosk" + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    with client.websocket_connect(url) as sock:
        first, ready = sock.receive_json(), sock.receive_json()
        assert first["type"] == "session" and first["session_id"]
        assert ready["type"] == "ready" and ready["sample_rate"] == 16000
        yield sock


def stream(sock, samples: np.ndarray) -> None:
    data = pcm16(samples)
    for i in range(0, len(data), FRAME):
        sock.send_bytes(data[i : i + FRAME])


def send_clip(sock, data: bytes, chunk: int = 256 * 1024) -> None:
    sock.send_text(json.dumps({"type": "clip", "size": len(data)}))
    for i in range(0, len(data), chunk):
        sock.send_bytes(data[i : i + chunk])


def until_done(sock) -> tuple[list[dict], list[bytes]]:
    """Frames up to and including ``done``; the WAV bytes that followed each audio header."""
    frames: list[dict] = []
    audio: list[bytes] = []
    while True:
        frame = sock.receive_json()
        frames.append(frame)
        if frame["type"] == "audio":
            wav = sock.receive_bytes()
            assert len(wav) == frame["bytes"]
            audio.append(wav)
        if frame["type"] == "done":
            return frames, audio


def kinds(frames: list[dict]) -> list[str]:
    return [f["type"] for f in frames]


NUMBER_WORDS = {str(i): w for i, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}


def heard_back(audio: list[bytes], settings: Settings, language: str) -> str:
    """What whisper hears in the kiosk's spoken answer (all its sentences, in order)."""
    samples = np.concatenate([decode(w, max_seconds=120) for w in audio])
    return get_stt(settings).transcribe_sync(samples, language=language).text


def test_page_is_served_with_local_assets_only(client: TestClient) -> None:
    page = client.get("/kiosk")
    assert page.status_code == 200 and "Kiosk Test Store" in page.text
    assert "/static/kiosk.js" in page.text and "http://" not in page.text and "https://" not in page.text
    assert client.get("/static/kiosk.js").status_code == 200


def test_spoken_question_gets_a_spoken_verified_answer(client: TestClient, kiosk_settings: Settings) -> None:
    with kiosk(client, locale="en") as sock:
        stream(sock, np.concatenate([silence(0.5), speech("Where are the batteries?", "en"), silence(1.0)]))
        frames, audio = until_done(sock)
    order = kinds(frames)
    assert order[:3] == ["speech_start", "thinking", "transcript"]
    transcript = frames[2]
    assert "batteries" in transcript["text"].lower() and transcript["language"] == "en"
    tokens = [f["text"] for f in frames if f["type"] == "token"]
    done = frames[-1]
    # Only verified sentences are spoken: every audio frame speaks one token sentence, in order.
    spoken = [f["text"] for f in frames if f["type"] == "audio"]
    assert spoken and len(spoken) <= len(tokens)
    assert all(any(s in t for t in tokens) for s in spoken)
    assert done["text"] == "".join(tokens)
    # The first sentence's audio goes out before the reply is finished: audio frames come before done, interleaved.
    assert order.index("audio") < order.index("done")
    products = [f for f in frames if f["type"] == "products"]
    assert products and any("batter" in p["title"].lower() for p in products[0]["items"])
    timings = done["timings"]
    assert timings["first_audio_s"] > 0 and timings["stt_s"] >= 0
    # Nothing was said after the first short pause: the transcript begun there is the one used.
    assert timings["stt_early"] is True
    back = heard_back(audio, kiosk_settings, "en").lower()
    assert "batter" in back


def test_a_question_resumed_after_a_pause_is_transcribed_whole(client: TestClient) -> None:
    first, rest = speech("Where are the batteries", "en"), speech("and the tents?", "en")
    first = first[: np.flatnonzero(np.abs(first) > 1e-3)[-1] + 1]  # without espeak-ng's own trailing silence
    with kiosk(client, locale="en") as sock:
        # 300 ms: past the early-transcription pause (200 ms), short of the end of speech (500 ms)
        stream(sock, np.concatenate([silence(0.3), first, silence(0.3), rest, silence(1.0)]))
        frames, _ = until_done(sock)
    transcripts = [f["text"].lower() for f in frames if f["type"] == "transcript"]
    assert len(transcripts) == 1 and "batter" in transcripts[0] and "tent" in transcripts[0], transcripts


def test_where_are_the_batteries_is_answered_with_the_aisle(client: TestClient, kiosk_settings: Settings) -> None:
    with kiosk(client, locale="en") as sock:
        send_clip(sock, espeak_wav("Where are the batteries?", "en"))
        frames, audio = until_done(sock)
    locations = [p.get("location") or "" for f in frames if f["type"] == "products" for p in f["items"]]
    aisles = {m.group(1) for loc in locations if (m := re.search(r"(\d+)", loc))}
    back = heard_back(audio, kiosk_settings, "en").lower()
    # Whisper writes a spoken number as a digit or as a word ("aisle 4" / "aisle four"); either is the aisle.
    said = {a for a in aisles if re.search(rf"\b(?:{a}|{NUMBER_WORDS.get(a, a)})\b", back)}
    assert aisles and said, (aisles, back)


@pytest.mark.parametrize(
    ("language", "question", "script"),
    [
        ("ru", "Где находятся батарейки?", r"[а-яё]"),
        ("zh", "电池在哪里？", r"[\u4e00-\u9fff]"),
    ],
)
def test_russian_and_chinese_clips_are_answered_in_their_language(
    client: TestClient, language: str, question: str, script: str
) -> None:
    with kiosk(client) as sock:
        sock.send_text(json.dumps({"type": "config", "locale": language}))
        assert sock.receive_json() == {"type": "ready", "sample_rate": 16000, "format": "pcm16le", "locale": language}
        send_clip(sock, espeak_wav(question, language))
        frames, audio = until_done(sock)
    transcript = next(f for f in frames if f["type"] == "transcript")
    assert transcript["language"] == language and re.search(script, transcript["text"].lower())
    done = frames[-1]
    assert done["language"] == language and re.search(script, done["text"].lower())
    engines = {f["engine"] for f in frames if f["type"] == "audio"}
    assert audio and engines == {"espeak-ng"}  # the documented fallback: no piper voice for ru/zh on PyPI


def _wav(samples: np.ndarray) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(float_to_pcm16(samples))
    return out.getvalue()


BAD_CLIPS = {
    "silence": (_wav(silence(3.0)), "voice_no_speech"),
    "noise": (_wav(noise(3.0, level=0.1)), "voice_no_speech"),
    "corrupt": (_wav(silence(1.0))[:20] + b"\xff\xff" + b"\x00" * 200, {"voice_corrupt", "voice_not_audio"}),
    "not-audio": (b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 40, "voice_not_audio"),
    "ten-minutes": (_wav(silence(600.0)), "voice_too_long"),
}


def test_bad_audio_gets_a_clear_spoken_reply_and_the_kiosk_keeps_listening(client: TestClient) -> None:
    with kiosk(client, locale="ru") as sock:
        for name, (data, code) in BAD_CLIPS.items():
            send_clip(sock, data, chunk=1024 * 1024)
            frames, audio = until_done(sock)
            error = next(f for f in frames if f["type"] == "error")
            assert error["code"] in (code if isinstance(code, set) else {code}), name
            assert re.search(r"[а-яё]", error["message"].lower()), name  # in the kiosk's language
            assert audio, f"{name}: the reply is spoken too"
            assert frames[-1]["text"] == error["message"]
        # Streamed silence is not a question: nothing happens until the shopper speaks.
        stream(sock, silence(3.0))
        sock.send_text(json.dumps({"type": "barge_in"}))
        assert sock.receive_json()["type"] == "stopped"  # the first frame after the silence: no turn was started
        # Nothing is stuck: a real question still gets its answer.
        send_clip(sock, espeak_wav("Где находятся батарейки?", "ru"))
        frames, _ = until_done(sock)
        assert "transcript" in kinds(frames) and "token" in kinds(frames)


def test_talking_on_for_minutes_is_cut_at_the_cap_with_a_clear_reply(client: TestClient) -> None:
    sentence = speech("I am looking for batteries and tents and boots and jackets and gloves", "en")
    loud = np.flatnonzero(np.abs(sentence) > 0.01)
    words = sentence[loud[0] : loud[-1] + 1]  # espeak-ng's own pauses at the ends would end the utterance
    with kiosk(client, locale="en") as sock:
        # ~40 s without a pause, past the 30 s cap; then silence, so a kiosk that missed the cap answers, not hangs.
        stream(sock, np.concatenate([*[words] * 9, silence(1.5)]))
        frames, audio = until_done(sock)
    assert kinds(frames)[0] == "speech_start"
    error = next(f for f in frames if f["type"] == "error")
    assert error["code"] == "voice_too_long" and "too long" in error["message"]
    assert "transcript" not in kinds(frames) and audio


def test_speaking_over_the_kiosk_stops_it_and_answers_the_new_question(client: TestClient) -> None:
    with kiosk(client, locale="en") as sock:
        stream(sock, np.concatenate([speech("Where are the batteries?", "en"), silence(0.8)]))
        while sock.receive_json()["type"] != "thinking":
            pass
        stream(sock, np.concatenate([speech("Do you have hiking boots?", "en"), silence(1.0)]))
        frames, _ = until_done(sock)
    stopped = [f for f in frames if f["type"] == "stopped"]
    assert stopped and stopped[0]["reason"] == "speech"
    done = frames[-1]
    assert done["turn"] == 2  # the interrupted turn never finished
    transcripts = [f for f in frames if f["type"] == "transcript"]
    assert [t["turn"] for t in transcripts] == [2] and "boots" in transcripts[0]["text"].lower()


def test_barge_in_message_stops_the_audio_at_once(client: TestClient) -> None:
    with kiosk(client, locale="en") as sock:
        send_clip(sock, espeak_wav("Do you have hiking boots?", "en"))
        while (frame := sock.receive_json())["type"] != "audio":
            pass
        sock.receive_bytes()
        sock.send_text(json.dumps({"type": "barge_in"}))
        after: list[dict] = []
        while (frame := sock.receive_json())["type"] != "stopped":
            after.append(frame)
            if frame["type"] == "audio":
                sock.receive_bytes()
        # Then silence from the kiosk: the next frame is the answer to a new question, not more of the old one.
        send_clip(sock, espeak_wav("Where are the batteries?", "en"))
        frames, _ = until_done(sock)
    assert frame["reason"] == "client"
    assert {f["turn"] for f in frames} == {2}


def test_bad_frames_get_errors_and_the_socket_stays_open(client: TestClient) -> None:
    with kiosk(client) as sock:
        for bad in ("not json", json.dumps([1, 2]), json.dumps({"type": "dance"}), json.dumps({"type": "clip"})):
            sock.send_text(bad)
            frame = sock.receive_json()
            assert frame["type"] == "error" and frame["code"] == "bad_frame"
        sock.send_bytes(b"\0" * (128 * 1024))
        assert sock.receive_json()["code"] == "bad_frame"
        sock.send_text(json.dumps({"type": "config", "locale": "xx"}))
        assert sock.receive_json()["locale"] is None  # an unknown language means "detect"


def test_a_foreign_page_cannot_open_the_kiosk(client: TestClient) -> None:
    with (
        pytest.raises(WebSocketDisconnect) as closed,
        client.websocket_connect("/v1/kiosk", headers={"origin": "https://evil.example"}) as sock,
    ):
        sock.receive_json()
    assert closed.value.code == 1008
