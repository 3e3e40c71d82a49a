"""Live captions of a stream host (issue 15): how long after the host stops speaking the caption is ready, and how
close it is to what was said.

Host lines in en/ru/zh are spoken by espeak-ng and streamed in real time (100 ms frames of 16 kHz PCM, the page's
framing) through ``tools.livestream.captions.CaptionSession``: the kiosk's VAD cuts the utterance, faster-whisper
transcribes it, and the configured LLM translates it (with ``--llm none``: no translation, as on a machine without a
model). Latency is measured from the last voiced window of the host's speech to the caption being ready, so the
VAD's end-of-speech wait is included; "transcribe" is whisper's share. Error rate: words (characters for Chinese),
Levenshtein over the reference length.

    python -m evals livestream_captions [--llm none|llamacpp|openai] [--per-language N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path
from typing import Any

from evals.report import markdown_table, print_table, sha256_json, write_report
from evals.voice import _pct, error_rate, espeak_samples

# Lines a host says on air (written for this eval; none is used by a test).
LINES: dict[str, list[str]] = {
    "en": [
        "Welcome back everyone, today we are looking at winter jackets.",
        "This one is fully waterproof and has taped seams.",
        "We have sizes from small to double extra large.",
        "Drop your questions in the chat and I will answer them.",
        "The hood folds into the collar when you do not need it.",
        "Thanks for watching, see you next week.",
    ],
    "ru": [
        "Всем привет, сегодня мы смотрим зимние куртки.",
        "Эта модель полностью непромокаемая.",
        "Есть размеры от маленького до очень большого.",
        "Пишите вопросы в чат, я на них отвечу.",
        "Капюшон убирается в воротник.",
        "Спасибо, что смотрели, до встречи на следующей неделе.",
    ],
    "zh": [
        "大家好，今天我们来看冬季夹克。",
        "这款完全防水。",
        "尺码从小号到特大号都有。",
        "有问题请在评论区留言。",
        "帽子可以收进领子里。",
        "谢谢观看，下周见。",
    ],
}
FRAME = 1600  # samples: 100 ms at 16 kHz


async def _caption_line(session: Any, text: str, language: str) -> dict[str, Any]:
    import numpy as np

    from voice.audio import float_to_pcm16

    got: list[dict[str, Any]] = []

    async def send(frame: dict[str, Any]) -> None:
        if frame.get("type") in ("caption", "error"):
            got.append(frame)

    session.send = send
    session.set_language(language)
    samples = np.concatenate([espeak_samples(text, language), np.zeros(int(1.5 * 16000), np.float32)])
    started = time.monotonic()
    for i in range(0, samples.size, FRAME):  # real time: the end-of-speech wait is measured as a host lives it
        await session.feed_pcm(float_to_pcm16(samples[i : i + FRAME]))
        await asyncio.sleep(max(0.0, started + (i + FRAME) / 16000 - time.monotonic()))
    await session.flush()
    caption = next((f for f in got if f.get("type") == "caption"), None)
    heard = caption["text"] if caption else ""
    edits, length = error_rate(text, heard, language)
    return {
        "language": language,
        "said": text,
        "heard": heard,
        "edits": edits,
        "length": length,
        "latency": caption["latency_ms"] if caption else None,
        "translations": caption["translations"] if caption else {},
    }


async def run(settings: Any, per_language: int) -> list[dict[str, Any]]:
    from tools.livestream.captions import CaptionSession

    async def nowhere(frame: dict[str, Any]) -> None:
        return None

    session = CaptionSession(settings, nowhere)
    await asyncio.to_thread(session.engines.warm_up)
    rows: list[dict[str, Any]] = []
    for language, lines in LINES.items():
        for text in lines[: per_language or None]:
            rows.append(await _caption_line(session, text, language))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m evals livestream_captions",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--llm", choices=["none", "llamacpp", "openai"], default="none")
    ap.add_argument("--per-language", type=int, default=0, help="only the first N lines of each language")
    ap.add_argument("--data-dir", type=Path, help="where the packaged whisper is joined (default: the settings')")
    ap.add_argument("--reports-dir", type=Path)
    ap.add_argument("--report-name", default="livestream_captions")
    args = ap.parse_args(argv)

    from shopkeeper.settings import LLMSettings, Settings

    extra: dict[str, Any] = {"data_dir": args.data_dir} if args.data_dir else {}
    settings = Settings(llm=LLMSettings(backend=args.llm), **extra)
    rows = asyncio.run(run(settings, args.per_language))

    metrics: dict[str, float | int | str | bool | None] = {"lines": len(rows), "llm_backend": args.llm}
    table: list[list[Any]] = []
    for language in LINES:
        mine = [r for r in rows if r["language"] == language]
        done = [r for r in mine if r["latency"]]
        total = [r["latency"]["total"] for r in done]
        whisper = [r["latency"]["transcribe"] for r in done]
        err = sum(r["edits"] for r in mine) / max(1, sum(r["length"] for r in mine))
        metrics[f"caption_latency_p50_ms_{language}"] = round(statistics.median(total), 1) if total else None
        metrics[f"caption_latency_p95_ms_{language}"] = round(_pct(total, 0.95), 1) if total else None
        metrics[f"transcribe_p50_ms_{language}"] = round(statistics.median(whisper), 1) if whisper else None
        metrics[f"error_rate_{language}"] = round(err, 3)
        metrics[f"captioned_share_{language}"] = round(len(done) / max(1, len(mine)), 3)
        table.append(
            [
                language,
                len(mine),
                len(done),
                metrics[f"caption_latency_p50_ms_{language}"],
                metrics[f"caption_latency_p95_ms_{language}"],
                metrics[f"transcribe_p50_ms_{language}"],
                metrics[f"error_rate_{language}"],
            ]
        )
    every = [r["latency"]["total"] for r in rows if r["latency"]]
    metrics["caption_latency_p50_ms"] = round(statistics.median(every), 1) if every else None
    metrics["caption_latency_p95_ms"] = round(_pct(every, 0.95), 1) if every else None
    columns = ["lang", "lines", "captioned", "latency p50 ms", "latency p95 ms", "whisper p50 ms", "error rate"]
    print_table("live captions (espeak-ng host lines, real-time stream)", columns, table)
    body = [
        "Host lines spoken by espeak-ng, streamed in real time in 100 ms PCM frames through the caption session "
        "(kiosk VAD, faster-whisper base int8 on the CPU). Latency: from the end of speech to the caption being "
        f"ready (VAD end-of-speech wait + transcription + translation). Translation backend: `{args.llm}`"
        + (" (no translation: the caption says live translation needs a model)." if args.llm == "none" else "."),
        "",
        "Whisper base hears espeak-ng's English well; its Russian and Mandarin voices are synthetic and far from the "
        "speech whisper was trained on, so those error rates say more about the test voice than about a host (a "
        "real voice is the measure still to take). Chinese comes back partly in traditional characters, which count "
        "as errors here.",
        "",
        markdown_table(columns, table),
        "",
        "## Each line",
        "",
        markdown_table(
            ["lang", "said", "heard", "latency ms"],
            [[r["language"], r["said"], r["heard"], r["latency"]["total"] if r["latency"] else "-"] for r in rows],
        ),
    ]
    write_report(
        args.report_name,
        metrics,
        dataset={"lines": LINES, "voice": "espeak-ng", "rate": 150},
        body_md="\n".join(body),
        reports_dir=args.reports_dir,
        dataset_sha256=sha256_json(LINES),
    )
    return 0
