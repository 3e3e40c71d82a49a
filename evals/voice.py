"""Voice kiosk: end of speech -> first audio out, split into VAD, STT, agent and TTS; word error rate per language.

Each question of ``evals/data/voice/questions.jsonl`` (en/ru/zh shopper questions written for this eval; no rule or
model of the project was tuned on them) is spoken by espeak-ng, then:

1. **through the kiosk pipeline** (``voice.kiosk.KioskSession``, the code behind the websocket): the question and
   the silence after it are fed in real time, 100 ms per 100 ms frame, as a microphone would, until the answer is
   done. Measured from the moment the last speech frame arrived: the VAD's end-of-speech wait,
   speech to text, the assistant up to its first verified sentence, and that sentence's synthesis;
2. **each component alone, in the same run, on the same input**: Silero VAD over the clip, whisper on the clip,
   ``Assistant.reply`` on the reference text up to its first token, and synthesis of the same first sentence;
3. **the same pipeline with baseline voice settings**, in the same run, question by question (``--baseline KEY=VALUE``,
   a ``voice`` setting; default ``vad_pause_ms=0 stt_window_s=30``: no early transcription, whisper's 30 s window),
   the two orders alternating, so a shared machine's load weighs on both alike.

The pipeline's transcripts give the error rates: word error rate for en and ru, character error rate for zh
(Chinese is not written in words). espeak-ng's voice is robotic, so these are a floor for the real-voice case only
in the sense of being the same model; MODELS.md found whisper base weak on espeak-ng Russian and Mandarin.

The agent runs with templates only by default (``--llm none``): the kiosk's first sentence then comes from the
verified template; ``--llm llamacpp`` measures the local model instead.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from evals.report import REPORTS_DIR, markdown_table, print_table, sha256_files, write_report

DATA = Path(__file__).resolve().parent / "data" / "voice" / "questions.jsonl"
ESPEAK = {"en": "en-us", "ru": "ru", "zh": "cmn-latn-pinyin"}
FRAME_S = 0.1


def espeak_samples(text: str, language: str) -> np.ndarray:
    from voice.audio import decode
    from voice.tts import to_pinyin

    words = to_pinyin(text) if language == "zh" else text
    wav = subprocess.run(
        ["espeak-ng", "-v", ESPEAK[language], "-s", "150", "--stdout", "--stdin"],
        input=words.encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout
    return decode(wav, max_seconds=60)


def _tokens(text: str, language: str) -> list[str]:
    text = re.sub(r"[^\w\s]", " ", text.lower())
    if language == "zh":
        return [c for c in text if not c.isspace()]
    return text.split()


def error_rate(reference: str, hypothesis: str, language: str) -> tuple[int, int]:
    """(edits, reference length) over words, or characters for Chinese."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = _tokens(reference, language), _tokens(hypothesis, language)
    return Levenshtein.distance(ref, hyp), len(ref)


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q * (len(ordered) - 1)))))
    return ordered[k]


class _Recorder:
    """A kiosk output that notes when things happen."""

    def __init__(self) -> None:
        self.frames: list[dict[str, Any]] = []
        self.first_audio_at: float | None = None
        self.done = asyncio.Event()

    async def send_json(self, frame: dict[str, Any]) -> None:
        self.frames.append(frame)
        if frame.get("type") == "done":
            self.done.set()

    async def send_audio(self, header: dict[str, Any], wav: bytes) -> None:
        if self.first_audio_at is None:
            self.first_audio_at = time.monotonic()
        self.frames.append(header)


def _build_store(data_dir: Path, settings: Any) -> None:
    from knowledge.db import store_exists
    from knowledge.demo import build_demo_store
    from knowledge.indexing import build_index
    from knowledge.services import Services

    if not store_exists(settings.db_url):
        build_demo_store(settings.db_url, seed=7, products=300, sales_days=10)
    if not (data_dir / "index").exists():
        build_index(settings, Services(settings).embedder)


async def _pipeline(
    engines: Any, assistant: Any, samples: np.ndarray, language: str, n: int, tag: str = "main"
) -> dict[str, Any]:
    from voice.kiosk import KioskSession

    out = _Recorder()
    kiosk = KioskSession(engines, assistant, out, session_id=f"voice-eval-{tag}-{n}", locale=language)
    # The question and the silence after it arrive in real time, one 100 ms frame per 100 ms, as from a microphone:
    # the VAD's end-of-speech wait is then the one a shopper has.
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
    step = int(FRAME_S * 16000) * 2
    frames = [pcm[i : i + step] for i in range(0, len(pcm), step)]
    quiet = bytes(step)  # 100 ms of digital silence, 16-bit PCM
    started = time.monotonic()
    k = 0
    while not out.done.is_set() and time.monotonic() - started < 120:
        due = started + k * FRAME_S
        await asyncio.sleep(max(0.0, due - time.monotonic()))
        await kiosk.feed_pcm(frames[k] if k < len(frames) else quiet)
        k += 1
    await kiosk.wait()
    await kiosk.close()
    done = next((f for f in out.frames if f.get("type") == "done"), {})
    transcript = next((f["text"] for f in out.frames if f.get("type") == "transcript"), "")
    tokens = [f["text"] for f in out.frames if f.get("type") == "token"]
    return {
        "timings": done.get("timings") or {},
        "transcript": transcript,
        "first_sentence": tokens[0] if tokens else "",
        "intent": done.get("intent"),
        "spoke": any(f.get("type") == "audio" for f in out.frames),
    }


async def _raw_agent(assistant: Any, text: str, language: str, n: int) -> tuple[float | None, str]:
    from agent.events import TokenEvent, Turn

    started = time.monotonic()
    first: float | None = None
    sentence = ""
    async for event in assistant.reply(Turn(session_id=f"voice-raw-{n}", text=text, locale=language)):
        if isinstance(event, TokenEvent) and first is None:
            first, sentence = time.monotonic() - started, event.text
    return first, sentence


def _with_voice(settings: Any, pairs: list[str]) -> Any:
    """``settings`` with ``voice`` settings changed by ``KEY=VALUE`` pairs (values as JSON, else as text)."""
    from shopkeeper.settings import VoiceSettings

    changed: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in VoiceSettings.model_fields:
            raise SystemExit(f"--baseline takes a voice setting as KEY=VALUE, not {pair!r}")
        try:
            changed[key] = json.loads(value)
        except json.JSONDecodeError:
            changed[key] = value
    voice = VoiceSettings.model_validate({**settings.voice.model_dump(), **changed})
    return settings.model_copy(update={"voice": voice})


async def run(args: argparse.Namespace) -> int:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    from agent.assistant import Assistant
    from shopkeeper.settings import AgentSettings, DatabaseSettings, LLMSettings, Settings
    from voice.kiosk import KioskEngines

    rows = [json.loads(line) for line in args.dataset.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.per_language:
        rows = [r for lang in ESPEAK for r in [x for x in rows if x["lang"] == lang][: args.per_language]]
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="voice-eval-"))
    settings = Settings(
        data_dir=data_dir,
        llm=LLMSettings(backend=args.llm),
        agent=AgentSettings(llm_for_understanding=False),
        db=DatabaseSettings(url=f"sqlite:///{(data_dir / 'store.db').resolve()}"),
    )
    print(f"store and index in {data_dir} (built once if missing)")
    _build_store(data_dir, settings)
    engines = KioskEngines(settings)
    engines.warm_up()
    configs: list[tuple[str, Any]] = [("main", engines)]
    if args.baseline:
        base_settings = _with_voice(settings, args.baseline)
        # Same piper voice; the same whisper unless a speech-to-text setting differs.
        same_stt = not any(pair.startswith("stt_") for pair in args.baseline)
        base = KioskEngines(base_settings, stt=engines.stt if same_stt else None, speaker=engines.speaker)
        base.warm_up()
        configs.append(("baseline", base))
    assistant = Assistant(settings)
    await assistant.start()  # what the web app does at start-up: classifiers, dictionaries, name index
    # One throwaway turn per language: first-call costs (dictionaries, ONNX sessions) are not the kiosk's steady state.
    for lang in ESPEAK:
        warm = espeak_samples({"en": "Hello", "ru": "Привет", "zh": "你好"}[lang], lang)
        for tag, eng in configs:
            await _pipeline(eng, assistant, warm, lang, -1, tag)
    load_start = _load()

    results: list[dict[str, Any]] = []
    for n, row in enumerate(rows):
        lang, text = row["lang"], row["text"]
        samples = espeak_samples(text, lang)
        runs: dict[str, dict[str, Any]] = {}
        for tag, eng in configs if n % 2 == 0 else configs[::-1]:
            runs[tag] = {"lang": lang, **await _pipeline(eng, assistant, samples, lang, n, tag)}
            runs[tag]["edits"], runs[tag]["ref_len"] = error_rate(text, runs[tag]["transcript"], lang)
        piped = runs["main"]
        t0 = time.perf_counter()
        get_speech_timestamps(samples, VadOptions())
        raw_vad = time.perf_counter() - t0
        raw_stt = engines.stt.transcribe_sync(samples, language=lang)
        raw_agent, sentence = await _raw_agent(assistant, text, lang, n)
        raw_tts = None
        if sentence.strip():
            t0 = time.perf_counter()
            engines.speaker.synthesize(sentence, lang)
            raw_tts = time.perf_counter() - t0
        results.append(
            {
                "lang": lang,
                "text": text,
                "audio_s": round(samples.size / 16000, 2),
                **piped,
                "raw": {"vad_s": raw_vad, "stt_s": raw_stt.elapsed_s, "agent_s": raw_agent, "tts_s": raw_tts},
                **({"baseline": runs["baseline"]} if "baseline" in runs else {}),
            }
        )
        t = piped["timings"]
        base_t = runs["baseline"]["timings"].get("first_audio_s") if "baseline" in runs else None
        print(f"{lang} {t.get('first_audio_s')!s:>7} s (baseline {base_t}) {text!r} -> {piped['transcript']!r}")
    await assistant.aclose()
    return _report(args, rows, results, settings, load_start)


def _load() -> float:
    import os

    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return float("nan")


def _p(values: list[float | None], q: float) -> float:
    return round(_pct([v for v in values if v is not None], q), 3)


def _run_metrics(runs: list[dict[str, Any]], langs: list[str]) -> dict[str, float | int | None]:
    """First-audio percentiles, the pipeline's parts and the error rates of one configuration's runs."""
    spoken = [r for r in runs if r["timings"].get("first_audio_s") is not None]
    first = [r["timings"]["first_audio_s"] for r in spoken]
    out: dict[str, float | int | None] = {
        "first_audio_p50_s": _p(first, 0.5),
        "first_audio_p95_s": _p(first, 0.95),
        "turns_spoken": len(spoken),
        "stt_early_turns": sum(1 for r in spoken if r["timings"].get("stt_early")),
    }
    for part in ("vad", "stt", "agent", "tts"):
        out[f"pipeline_{part}_p50_s"] = _p([r["timings"].get(f"{part}_s") for r in spoken], 0.5)
    for lang in langs:
        mine = [r for r in runs if r["lang"] == lang]
        edits, length = sum(r["edits"] for r in mine), sum(r["ref_len"] for r in mine)
        out["cer_zh" if lang == "zh" else f"wer_{lang}"] = round(edits / length, 3) if length else None
        out[f"first_audio_p50_s_{lang}"] = _p([r["timings"].get("first_audio_s") for r in mine], 0.5)
    return out


def _report(
    args: argparse.Namespace,
    rows: list[dict[str, Any]],
    results: list[dict[str, Any]],
    settings: Any,
    load_start: float,
) -> int:
    import os

    p = _p
    langs = list(ESPEAK)
    main = _run_metrics(results, langs)
    spoken = [r for r in results if r["timings"].get("first_audio_s") is not None]
    first = [r["timings"]["first_audio_s"] for r in spoken]
    metrics: dict[str, float | int | str | bool | None] = {
        "first_audio_p50_s": main["first_audio_p50_s"],
        "first_audio_p95_s": main["first_audio_p95_s"],
        "target_first_audio_p50_s": 1.5,
        "turns_spoken": main["turns_spoken"],
        "turns": len(results),
        "stt_early_turns": main["stt_early_turns"],
    }
    for part in ("vad", "stt", "agent", "tts"):
        metrics[f"pipeline_{part}_p50_s"] = main[f"pipeline_{part}_p50_s"]
        metrics[f"raw_{part}_p50_s"] = p([r["raw"][f"{part}_s"] for r in spoken], 0.5)
    metrics["vad_end_silence_s"] = settings.voice.vad_end_silence_ms / 1000
    metrics["vad_pause_s"] = settings.voice.vad_pause_ms / 1000
    for lang in langs:
        key = "cer_zh" if lang == "zh" else f"wer_{lang}"
        metrics[key] = main[key]
        metrics[f"first_audio_p50_s_{lang}"] = main[f"first_audio_p50_s_{lang}"]
    based = [r["baseline"] for r in results if "baseline" in r]
    base = _run_metrics(based, langs) if based else {}
    for key, value in base.items():
        metrics[f"baseline_{key}"] = value
    metrics["load_average_1min_at_start"] = load_start
    metrics["load_average_1min_at_end"] = _load()
    metrics["llm_backend"] = args.llm

    columns = ["part", "in the pipeline p50 (s)", "alone p50 (s)", "p95 in the pipeline (s)"]
    if base:
        columns.append("baseline pipeline p50 (s)")
    table = [
        [
            part,
            metrics[f"pipeline_{part}_p50_s"],
            metrics[f"raw_{part}_p50_s"],
            p([r["timings"].get(f"{part}_s") for r in spoken], 0.95),
            *([base[f"pipeline_{part}_p50_s"]] if base else []),
        ]
        for part in ("vad", "stt", "agent", "tts")
    ]
    table.append(
        [
            "end of speech -> first audio",
            metrics["first_audio_p50_s"],
            "",
            metrics["first_audio_p95_s"],
            *([base["first_audio_p50_s"]] if base else []),
        ]
    )
    print_table("voice kiosk latency", columns, table)
    per_q = [[r["lang"], r["text"], r["transcript"], r["timings"].get("first_audio_s"), r["intent"]] for r in results]
    met = bool(spoken) and p(first, 0.5) <= 1.5
    body = [
        "## Where the time goes",
        "",
        "From the moment the last speech frame reached the kiosk to the first audio it sent. *In the pipeline*: "
        "the kiosk's own timings. *Alone*: the same component on the same input in the same run (VAD: Silero over "
        "the whole clip; its pipeline figure is the end-of-speech silence wait, "
        f"{settings.voice.vad_end_silence_ms} ms, plus that). Agent: `Assistant.reply` to its first verified "
        f"sentence, LLM backend `{args.llm}`. TTS: that sentence's synthesis (piper for en, espeak-ng for ru/zh).",
        "",
        markdown_table(columns, table),
        f"Target p50 <= 1.5 s: **{'met' if met else 'not met'}** on this run. The machine was shared with other "
        f"jobs (1-minute load average {load_start} at the start, {metrics['load_average_1min_at_end']} at the end, "
        f"on {os.cpu_count()} cores): whisper is the largest part, and it slows with the load.",
        "",
        f"Early transcription (`vad_pause_ms` = {settings.voice.vad_pause_ms}): whisper starts at the first "
        f"{settings.voice.vad_pause_ms} ms pause, during the {settings.voice.vad_end_silence_ms} ms end-of-speech "
        f"wait; {metrics['stt_early_turns']} of {metrics['turns_spoken']} spoken turns used it (the others went on "
        "speaking after a pause, and were transcribed whole after their end).",
        "",
        *(
            [
                f"Baseline, same run, same questions, alternating order: `{' '.join(args.baseline)}`. "
                f"First audio p50 {base['first_audio_p50_s']} s, p95 {base['first_audio_p95_s']} s; "
                + ", ".join(f"{k} {base[k]}" for k in ("wer_en", "wer_ru", "cer_zh") if k in base)
                + f" (this configuration: {metrics['wer_en']}, {metrics['wer_ru']}, {metrics['cer_zh']}).",
                "",
            ]
            if base
            else []
        ),
        "## Word error rate on espeak-ng speech",
        "",
        "wer_en, wer_ru: words; cer_zh: characters. Transcribed with the session's language given (the kiosk passes "
        "its locale). espeak-ng's robotic Russian and Mandarin are far from a person's voice: these rates say how "
        "whisper base copes with that voice, not with shoppers.",
        "",
        markdown_table(["language", "question", "heard", "first audio (s)", "intent"], per_q),
        "",
        "Rerun: `python -m evals voice` (add `--data-dir var` to use the demo store, `--llm llamacpp` for the "
        "local model).",
    ]
    dataset = {
        "file": str(args.dataset.relative_to(Path(__file__).resolve().parent.parent))
        if args.dataset.is_absolute()
        else str(args.dataset),
        "questions": len(rows),
        "voice": "espeak-ng (en-us, ru, cmn-latn-pinyin), 150 wpm",
        "store": "demo store seed 7, 300 products",
    }
    write_report(
        args.report_name,
        metrics,
        dataset=dataset,
        body_md="\n".join(body),
        reports_dir=args.reports_dir,
        dataset_sha256=sha256_files([args.dataset]),
        extra={"turns": results},
        title="Voice kiosk: latency and word error rate",
    )
    print(f"wrote {args.reports_dir / (args.report_name + '.md')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m evals voice", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dataset", type=Path, default=DATA, help="JSONL of {lang, text} questions")
    ap.add_argument("--per-language", type=int, default=0, help="only the first N questions of each language")
    ap.add_argument("--data-dir", type=Path, help="a data dir with a store and index (default: a new demo store)")
    ap.add_argument("--llm", choices=("none", "llamacpp", "openai"), default="none")
    ap.add_argument(
        "--baseline",
        nargs="*",
        default=["vad_pause_ms=0", "stt_window_s=30"],
        metavar="KEY=VALUE",
        help="voice settings of a baseline kiosk run on the same questions in the same run (none: no baseline)",
    )
    ap.add_argument("--reports-dir", type=Path, default=REPORTS_DIR)
    ap.add_argument("--report-name", default="voice")
    args = ap.parse_args(argv)
    return asyncio.run(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
