"""``python -m evals latency``: how fast the assistant answers, next to the raw llama.cpp baseline of the same run.

1. Local LLM: the packaged Qwen2.5-Coder-1.5B-Instruct on N threads. Each question is asked twice, interleaved:
   raw llama-cpp-python (``create_chat_completion(stream=True)``, the baseline) and the project's path
   (``LlamaCppChatModel`` through ``guarded_stream``: worker thread, asyncio queue, garbage detector, RAM prefix
   cache). Time to first token and decode speed (tokens/s after the first token) are reported side by side, with
   the overhead ratio. Every question is new to both models, so the fixed system prompt is the only shared prefix
   (the realistic case: a turn's text differs, the system prompt does not).
2. Time to the first verified sentence (TTFVS): shopper turns (search, product, policy in en/ru/zh) through
   ``Assistant.reply`` with the chat model the factory builds for backend "llamacpp" (the latency that counts: the
   first text a shopper sees is a whole sentence that passed verification), next to raw llama.cpp's time to first
   token and to first sentence on the very same compose prompt, measured in the same run.
3. Default reply policy: time to the first shown sentence of shopper turns with the local model configured and
   ``agent.reply_policy`` as settings give it (issue 16's target), and the share of turns that asked the model.
4. Routed turns (no LLM): ``routed_turn_latency()`` drives ``agent.assistant.Assistant`` with the LLM backend
   "none" over a demo store: search, order and policy questions in en/ru/zh, p50 and p95 per turn.

Options: ``--reps N`` (questions per language, default 4), ``--max-tokens N``, ``--threads N``,
``--routed-turns N`` (default 72), ``--ttfvs-reps N`` (default 3), ``--policy-reps N`` (default 2), ``--skip-llm``,
``--skip-ttfvs``, ``--skip-policy``, ``--skip-routed``,
``--model PATH``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from evals.report import markdown_table, print_table, rss_mb, write_report

SYSTEM = (
    "You are the shop assistant of an outdoor store. Answer in the language of the question, in one or two short "
    "sentences. Never invent prices or stock levels."
)
QUESTIONS = {
    "en": [
        "What should I pack for a two-day hike?",
        "How do I choose a sleeping bag for autumn?",
        "Are trekking poles worth it for beginners?",
        "What is the difference between a tent and a tarp?",
    ],
    "ru": [
        "Что взять с собой в поход на два дня?",
        "Как выбрать спальный мешок для осени?",
        "Нужны ли новичку трекинговые палки?",
        "Чем палатка отличается от тента?",
    ],
    "zh": [
        "两天徒步需要带什么？",
        "秋天怎么选睡袋？",
        "新手需要登山杖吗？",
        "帐篷和天幕有什么区别？",
    ],
}
WARMUP = "Hello! What do you sell?"


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _load() -> str:
    """The 1-minute load average: other jobs on a shared machine move these figures, so the report says so."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "n/a"


def _messages(question: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]


def _raw_run(llama: Any, question: str, max_tokens: int, repeat_penalty: float = 1.0) -> tuple[float, float, int]:
    """(time to first token s, decode tokens/s, tokens) for raw llama-cpp-python streaming."""
    started = time.perf_counter()
    first: float | None = None
    tokens = 0
    for chunk in llama.create_chat_completion(messages=_messages(question), stream=True, max_tokens=max_tokens,
                                              temperature=0.0, repeat_penalty=repeat_penalty):
        if chunk["choices"][0]["delta"].get("content"):
            first = first if first is not None else time.perf_counter()
            tokens += 1
    end = time.perf_counter()
    first = first if first is not None else end
    return first - started, (tokens - 1) / (end - first) if tokens > 1 and end > first else 0.0, tokens


def _wrapped_run(model: Any, question: str, max_tokens: int) -> tuple[float, float, int]:
    from agent.llm.base import ChatMessage
    from agent.llm.guard import guarded_stream

    messages = [ChatMessage(role="system", content=SYSTEM), ChatMessage(role="user", content=question)]

    async def run() -> tuple[float, float, int]:
        started = time.perf_counter()
        first: float | None = None
        tokens = 0
        async for _piece in guarded_stream(model, messages, first_token_timeout_s=120, total_timeout_s=300,
                                           max_tokens=max_tokens, temperature=0.0):
            first = first if first is not None else time.perf_counter()
            tokens += 1
        end = time.perf_counter()
        first = first if first is not None else end
        return first - started, (tokens - 1) / (end - first) if tokens > 1 and end > first else 0.0, tokens

    return asyncio.run(run())


def llm_latency(model_path: Path, *, threads: int, reps: int, max_tokens: int) -> tuple[dict[str, Any], str]:
    # Imported first: it sets OMP_WAIT_POLICY (default PASSIVE) before libgomp loads, for both paths alike.
    from agent.llm.llamacpp import LlamaCppChatModel  # isort: skip

    import llama_cpp

    n_ctx = 4096
    load_before = _load()
    t0 = time.perf_counter()
    raw = llama_cpp.Llama(model_path=str(model_path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
                          verbose=False)
    raw_load_s = time.perf_counter() - t0
    wrapped = LlamaCppChatModel(model_path, n_threads=threads, n_ctx=n_ctx)
    t0 = time.perf_counter()
    wrapped.load()
    wrapped_load_s = time.perf_counter() - t0
    # Warm-up: page the weights in and put the system prompt into both KV caches.
    _raw_run(raw, WARMUP, 8)
    _wrapped_run(wrapped, WARMUP, 8)

    rows: list[list[Any]] = []
    raw_ttft: list[float] = []
    raw_tps: list[float] = []
    wr_ttft: list[float] = []
    wr_tps: list[float] = []
    for lang, questions in QUESTIONS.items():
        for question in questions[:reps]:
            # Alternate which path goes first, so drifting load on a shared machine hits both alike.
            # Same sampling on both (greedy, same repeat penalty), so both generate the same tokens.
            if len(rows) % 2 == 0:
                r = _raw_run(raw, question, max_tokens, wrapped.repeat_penalty)
                w = _wrapped_run(wrapped, question, max_tokens)
            else:
                w = _wrapped_run(wrapped, question, max_tokens)
                r = _raw_run(raw, question, max_tokens, wrapped.repeat_penalty)
            raw_ttft.append(r[0])
            raw_tps.append(r[1])
            wr_ttft.append(w[0])
            wr_tps.append(w[1])
            rows.append([lang, question, round(r[0] * 1000), round(r[1], 1), r[2], round(w[0] * 1000),
                         round(w[1], 1), w[2]])
    raw.close()
    wrapped.close()
    metrics: dict[str, Any] = {
        "llm_raw_ttft_p50_ms": round(statistics.median(raw_ttft) * 1000, 1),
        "llm_ttft_p50_ms": round(statistics.median(wr_ttft) * 1000, 1),
        "llm_ttft_overhead_ratio": round(statistics.median(wr_ttft) / statistics.median(raw_ttft), 3),
        "llm_raw_decode_tokens_per_s_p50": round(statistics.median(raw_tps), 2),
        "llm_decode_tokens_per_s_p50": round(statistics.median(wr_tps), 2),
        "llm_decode_speed_ratio": round(statistics.median(wr_tps) / statistics.median(raw_tps), 3),
        "llm_raw_ttft_p95_ms": round(_pct(raw_ttft, 0.95) * 1000, 1),
        "llm_ttft_p95_ms": round(_pct(wr_ttft, 0.95) * 1000, 1),
        "llm_raw_load_s": round(raw_load_s, 2),
        "llm_load_s": round(wrapped_load_s, 2),
        "llm_threads": threads,
        "llm_max_tokens": max_tokens,
        "llm_questions": len(rows),
        "llm_load_avg_1m_before": float(load_before) if load_before != "n/a" else None,
    }
    columns = ["lang", "question", "raw ttft ms", "raw tok/s", "raw tokens", "ours ttft ms", "ours tok/s",
               "ours tokens"]
    print_table("LLM latency: raw llama.cpp vs LlamaCppChatModel + guarded_stream", columns, rows)
    body = (
        f"## Local LLM ({model_path.name}, {threads} threads, n_ctx {n_ctx}, max {max_tokens} tokens, greedy)\n\n"
        "Each question asked once to each path, interleaved (which path goes first alternates); the system prompt "
        f"is shared and cached in both after a warm-up. Load average before: {load_before}, after: {_load()}; "
        f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')} for both.\n"
        "*raw*: llama-cpp-python `create_chat_completion(stream=True)`; *ours*: `LlamaCppChatModel` through "
        "`guarded_stream` (worker thread + asyncio queue + garbage detector + RAM prefix cache).\n"
        "Both paths generate the same tokens (greedy, same repeat penalty), so the ratios compare equal work. "
        "Absolute figures depend on what else runs on the machine (a load average above the core count means "
        "shared cores: MODELS.md measured 13-15 tok/s on a quieter one); the ratios are measured under the same "
        "load and are the point.\n\n"
        + markdown_table(columns, rows)
    )
    return metrics, body


# -- time to the first verified sentence (shopper turns with the local model) ----------------------------------

TTFVS_QUESTIONS = {
    "en": ["waterproof hiking boots", "headlamp", "how do I return a jacket"],
    "ru": ["непромокаемые ботинки", "налобный фонарь", "как вернуть куртку"],
    "zh": ["防水登山鞋", "头灯", "怎么退货夹克"],
}


class _PromptRecorder:
    """The factory's chat model, with each compose prompt and the time of its first piece recorded."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.name = model.name
        self.calls: list[dict[str, Any]] = []

    def stream(self, messages: Any, *, max_tokens: int = 256, temperature: float = 0.2) -> Any:
        call: dict[str, Any] = {"messages": list(messages), "max_tokens": max_tokens, "temperature": temperature,
                                "started": time.perf_counter(), "first": None, "text": ""}
        self.calls.append(call)
        for piece in self.model.stream(messages, max_tokens=max_tokens, temperature=temperature):
            if call["first"] is None:
                call["first"] = time.perf_counter()
            call["text"] += piece
            yield piece

    def __getattr__(self, name: str) -> Any:  # complete_json, call_tool, load, close: the model's own
        return getattr(self.model, name)


def _raw_first_sentence(llama: Any, messages: list[dict[str, str]], max_tokens: int,
                        temperature: float) -> tuple[float, float | None, str]:
    """Raw llama-cpp-python on the same prompt: (time to first token s, time to first complete sentence s, text)."""
    from agent.stream_verify import SentenceBuffer

    buffer = SentenceBuffer("en")
    started = time.perf_counter()
    first: float | None = None
    sentence_at: float | None = None
    text = ""
    for chunk in llama.create_chat_completion(messages=messages, stream=True, max_tokens=max_tokens,
                                              temperature=temperature):
        piece = chunk["choices"][0]["delta"].get("content")
        if not piece:
            continue
        now = time.perf_counter()
        first = first if first is not None else now
        text += piece
        if sentence_at is None and buffer.feed(piece):
            sentence_at = now
    end = time.perf_counter()
    if sentence_at is None and text.strip():
        sentence_at = end  # the stream's end completes its only sentence
    return (first if first is not None else end) - started, (sentence_at - started) if sentence_at else None, text


def verified_sentence_latency(model_path: Path, *, threads: int, reps: int) -> tuple[dict[str, Any], str]:
    """Time to the first verified sentence (TTFVS) of shopper turns through ``Assistant.reply`` with the chat model
    the factory builds for backend "llamacpp", next to raw llama.cpp's time to first token on the same prompt."""
    # Imported first: it sets OMP_WAIT_POLICY before libgomp loads, as for the raw baseline above.
    import agent.llm.llamacpp  # noqa: F401  # isort: skip
    import llama_cpp

    from agent.assistant import Assistant
    from agent.compose import COMPOSE_MAX_TOKENS, SYSTEM_PROMPT
    from agent.events import Turn
    from agent.llm.factory import make_chat_model
    from knowledge.demo.build import build_demo_store
    from shopkeeper.settings import AgentSettings, LLMSettings, Settings

    rows: list[list[Any]] = []
    samples: dict[str, list[float]] = {k: [] for k in ("ttfvs", "done", "pre_llm", "ours_ttft", "raw_ttft",
                                                        "raw_sentence")}
    first_from: dict[str, int] = {"llm": 0, "template": 0}
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="shopkeeper-ttfvs-") as tmp:
        settings = Settings(data_dir=Path(tmp), llm=LLMSettings(backend="llamacpp", model_path=model_path,
                                                                n_threads=threads, first_token_timeout_s=120,
                                                                timeout_s=300),
                            # The model path itself, whatever the default reply policy is (see default_policy_latency).
                            agent=AgentSettings(checkpoint_url=f"sqlite:///{Path(tmp) / 'checkpoints.db'}",
                                                reply_policy={"default": "model"}))
        build_demo_store(settings.db_url, products=600, sales_days=30)
        _build_index_if_possible(settings)
        base = make_chat_model(settings)
        backend = f"{type(base).__name__} ({base.name})" if base is not None else "none"
        model = _PromptRecorder(base)
        assistant = Assistant(settings, chat_model=model)
        plan = [(lang, q) for lang, qs in TTFVS_QUESTIONS.items() for q in qs[:reps]]
        # Raw llama.cpp in this process, run on each turn's own compose prompt right after the turn (interleaved,
        # so drifting load on a shared machine hits both alike; never at the same time, so they never share cores).
        raw = llama_cpp.Llama(model_path=str(model_path), n_ctx=4096, n_threads=threads, n_threads_batch=threads,
                              verbose=False)
        _raw_first_sentence(raw, [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "Hi"}],
                            4, 0.0)  # warm-up: the fixed system prompt into the KV cache, as the worker has it
        raw_of: dict[int, tuple[float, float | None]] = {}

        async def turn(session: str, lang: str, question: str) -> tuple[float | None, float, Any, str]:
            started = time.perf_counter()
            first: float | None = None
            first_text = ""
            done: Any = None
            async for ev in assistant.reply(Turn(session_id=session, text=question, locale=lang)):
                if ev.type == "token" and first is None:
                    first, first_text = time.perf_counter() - started, ev.text
                if ev.type == "done":
                    done = ev
            return first, time.perf_counter() - started, done, first_text

        async def drive() -> list[tuple[str, str, float | None, float, Any, str, dict[str, Any] | None, float]]:
            out = []
            await turn("ttfvs-warm", "en", "hello, what do you sell?")  # loads the embedder, index, model
            await turn("ttfvs-warm2", "en", "rain jacket")  # a compose prompt that is not one of the measured ones
            for i, (lang, question) in enumerate(plan):
                before = len(model.calls)
                t0 = time.perf_counter()
                first, total, done, first_text = await turn(f"ttfvs-{i}", lang, question)
                call = model.calls[before] if len(model.calls) > before else None
                out.append((lang, question, first, total, done, first_text, call, t0))
                if call is not None:
                    messages = [{"role": m.role, "content": m.content} for m in call["messages"]]
                    ttft, sentence, _ = await asyncio.to_thread(
                        _raw_first_sentence, raw, messages, min(call["max_tokens"], COMPOSE_MAX_TOKENS),
                        call["temperature"])
                    raw_of[i] = (ttft, sentence)
            await assistant.aclose()
            return out

        results = asyncio.run(drive())
        close = getattr(base, "close", None)
        if callable(close):
            close()

    for i, (lang, question, first, total, done, first_text, call, t0) in enumerate(results):
        raw_ttft, raw_sentence = raw_of.get(i, (None, None))
        if call is not None and raw_ttft is not None:
            samples["pre_llm"].append(call["started"] - t0)
            if call["first"] is not None:
                samples["ours_ttft"].append(call["first"] - call["started"])
            samples["raw_ttft"].append(raw_ttft)
            if raw_sentence is not None:
                samples["raw_sentence"].append(raw_sentence)
        source = "llm" if call is not None and first_text.strip() and first_text.strip() in call["text"] else "template"
        if first is not None:
            samples["ttfvs"].append(first)
            first_from[source] += 1
        samples["done"].append(total)
        reply = " ".join(str(getattr(done, "text", "")).split())
        rows.append([lang, question, _ms(first), _ms(total), _ms(call["started"] - t0) if call else "-",
                     _ms(call["first"] - call["started"]) if call and call["first"] else "-", _ms(raw_ttft),
                     _ms(raw_sentence), source, bool(getattr(done, "used_llm", False)),
                     reply[:70] + ("…" if len(reply) > 70 else "")])
    raw.close()

    def p(key: str, q: float) -> float | None:
        return round(_pct(samples[key], q) * 1000, 1) if samples[key] else None

    metrics: dict[str, Any] = {
        "ttfvs_p50_ms": p("ttfvs", 0.5),
        "ttfvs_p95_ms": p("ttfvs", 0.95),
        "ttfvs_raw_llamacpp_ttft_same_prompt_p50_ms": p("raw_ttft", 0.5),
        "ttfvs_raw_llamacpp_first_sentence_same_prompt_p50_ms": p("raw_sentence", 0.5),
        "ttfvs_turn_before_llm_p50_ms": p("pre_llm", 0.5),
        "ttfvs_ours_llm_ttft_p50_ms": p("ours_ttft", 0.5),
        "ttfvs_turn_done_p50_ms": p("done", 0.5),
        "ttfvs_turns": len(results),
        "ttfvs_first_sentence_from_llm": first_from["llm"],
        "ttfvs_first_sentence_from_template": first_from["template"],
        "ttfvs_turns_llm_kept": sum(1 for r in rows if r[9]),
    }
    columns = ["lang", "question", "TTFVS ms", "turn ms", "before LLM ms", "ours TTFT ms", "raw TTFT ms",
               "raw 1st sentence ms", "1st sentence from", "LLM kept", "reply"]
    print_table("Time to the first verified sentence", columns, rows)
    body = (
        "## Time to the first verified sentence (shopper turns, local model)\n\n"
        f"Chat model as `agent.llm.factory.make_chat_model` builds it for backend `llamacpp` at the time of the run: "
        f"**{backend}**, {threads} threads; demo store of 600 products; one new session per turn after two warm-up "
        f"turns. Load average before: {load_before}, after: {_load()}.\n\n"
        "*TTFVS*: from `Assistant.reply(turn)` to its first `token` event, which is a whole sentence that passed "
        "`verify_sentence` (understanding, tools, prompt processing, generation up to the end of the first sentence "
        "and one piece past it, verification). *before LLM*: turn start to the compose call; *ours TTFT*: compose "
        "call to the first piece from the model. *raw TTFT* / *raw 1st sentence*: raw llama-cpp-python "
        "(`create_chat_completion(stream=True)`, in this process) on the very same compose prompt, run right after "
        "each turn (interleaved, never at the same time); its first sentence is cut by the same `SentenceBuffer`, "
        "without verification. *1st sentence from*: the LLM, or the template when the LLM's sentences failed or "
        "none came.\n\n"
        + markdown_table(columns, rows)
    )
    return metrics, body


WARM_SEARCH = {"en": "rain jacket", "ru": "дождевик", "zh": "雨衣"}  # not among the measured questions


def default_policy_latency(model_path: Path, *, threads: int, reps: int) -> tuple[dict[str, Any], str]:
    """Time to the first shown sentence of shopper turns under the default reply policy (``agent.reply_policy`` as
    settings give it), with the local model configured: what a shopper waits for on 2 cores, and the model's share
    of the turns (asked, and its text shown)."""
    import agent.llm.llamacpp  # noqa: F401  # isort: skip  (OMP_WAIT_POLICY before libgomp loads)

    from agent.assistant import Assistant
    from agent.events import Turn
    from agent.llm.factory import make_chat_model
    from knowledge.db import session_scope
    from knowledge.demo.build import build_demo_store
    from knowledge.store import get_order_contact
    from shopkeeper.settings import AgentSettings, LLMSettings, Settings

    load_before = _load()
    by_lang: dict[str, list[float]] = {lang: [] for lang in ROUTED_QUESTIONS}
    rows: list[list[Any]] = []
    asked = shown = 0
    with tempfile.TemporaryDirectory(prefix="shopkeeper-policy-") as tmp:
        settings = Settings(data_dir=Path(tmp), llm=LLMSettings(backend="llamacpp", model_path=model_path,
                                                                n_threads=threads, first_token_timeout_s=120,
                                                                timeout_s=300),
                            agent=AgentSettings(checkpoint_url=f"sqlite:///{Path(tmp) / 'checkpoints.db'}"))
        policy = dict(settings.agent.reply_policy)
        build_demo_store(settings.db_url, products=600, sales_days=30)
        _build_index_if_possible(settings)
        with session_scope(settings.db_url) as s:
            contact = get_order_contact(s, 1042)
        email = contact.email if contact is not None and contact.email else "unknown@example.com"
        plan = [(lang, q.format(email=email)) for lang in ROUTED_QUESTIONS
                for q in [*ROUTED_QUESTIONS[lang], *TTFVS_QUESTIONS[lang]]] * max(1, reps)
        base = make_chat_model(settings)
        model = _PromptRecorder(base) if base is not None else None
        assistant = Assistant(settings, chat_model=model)

        async def drive() -> None:
            nonlocal asked, shown
            # Warm-up as a running server is warm: the embedder, index, classifiers and each language's search
            # path are loaded by a first search per language (the web app warms the assistant at start-up).
            for lang in ROUTED_QUESTIONS:
                async for _ev in assistant.reply(Turn(session_id=f"policy-warm-{lang}", text=WARM_SEARCH[lang],
                                                      locale=lang)):
                    pass
            for i, (lang, question) in enumerate(plan):
                before = len(model.calls) if model is not None else 0
                started = time.perf_counter()
                first: float | None = None
                done: Any = None
                async for ev in assistant.reply(Turn(session_id=f"policy-{i}", text=question, locale=lang)):
                    if ev.type == "token" and first is None:
                        first = time.perf_counter() - started
                    if ev.type == "done":
                        done = ev
                total = time.perf_counter() - started
                was_asked = model is not None and len(model.calls) > before
                used = bool(getattr(done, "used_llm", False))
                asked += was_asked
                shown += used
                by_lang[lang].append(first if first is not None else total)
                if i < len(plan) // max(1, reps):
                    reply = " ".join(str(getattr(done, "text", "")).split())
                    rows.append([lang, question, _ms(first), _ms(total), was_asked, used,
                                 reply[:70] + ("…" if len(reply) > 70 else "")])
            await assistant.aclose()

        asyncio.run(drive())
        close = getattr(base, "close", None)
        if callable(close):
            close()
    firsts = [v for vs in by_lang.values() for v in vs]
    n = len(firsts)
    metrics: dict[str, Any] = {
        "policy_default": policy,
        "policy_first_shown_p50_ms": round(_pct(firsts, 0.5) * 1000, 1),
        "policy_first_shown_p95_ms": round(_pct(firsts, 0.95) * 1000, 1),
        "policy_turns": n,
        "policy_model_asked_share": round(asked / max(1, n), 3),
        "policy_model_text_shown_share": round(shown / max(1, n), 3),
        "target_policy_first_shown_met": _pct(firsts, 0.5) <= 1.0 and _pct(firsts, 0.95) <= 3.0,
    }
    lang_rows = [[lang, len(v), round(_pct(v, 0.5) * 1000, 1), round(_pct(v, 0.95) * 1000, 1)]
                 for lang, v in by_lang.items()]
    print_table("Default reply policy: first shown sentence", ["lang", "turns", "p50 ms", "p95 ms"], lang_rows)
    body = (
        "## Default reply policy: time to the first shown sentence (local model configured)\n\n"
        f"Reply policy as settings give it: `{policy}` (measured in evals/reports/replies.md). Backend `llamacpp`, "
        f"{threads} threads, demo store of 600 products; search, product, order, policy and advice questions in "
        f"en/ru/zh, {max(1, reps)} pass(es), one new session per turn after a warm-up search per language. "
        "Target (issue 16): p50 <= 1 s and p95 <= 3 s. *first shown*: `Assistant.reply(turn)` to its first "
        "`token` event (a verified sentence), or the whole turn when no text streamed. *model asked*: the turn "
        "called the chat model; "
        f"*model shown*: its text reached the shopper. Load average before: {load_before}, after: {_load()}.\n\n"
        + markdown_table(["lang", "turns", "p50 ms", "p95 ms"], lang_rows)
        + f"\nModel asked in {asked} of {n} turns, its text shown in {shown}.\n\n"
        + markdown_table(["lang", "question", "first shown ms", "turn ms", "model asked", "model shown", "reply"],
                         rows)
    )
    return metrics, body


def _ms(value: float | None) -> Any:
    return "-" if value is None else round(value * 1000)


# -- routed turns (no LLM) --------------------------------------------------------------------------------------

ROUTED_QUESTIONS = {
    "en": ["waterproof hiking boots under 120", "where is my order 1042, email {email}", "how do I return a jacket",
           "do you have a two-person tent", "what is your delivery policy", "headlamp with batteries"],
    "ru": ["непромокаемые ботинки до 120", "где мой заказ 1042, почта {email}", "как вернуть куртку",
           "есть палатка на двоих", "какие условия доставки", "налобный фонарь"],
    "zh": ["120元以下的防水登山鞋", "我的订单1042在哪里 邮箱{email}", "怎么退货夹克",
           "有双人帐篷吗", "你们的配送政策是什么", "头灯"],
}


def routed_turn_latency(turns: int = 60) -> tuple[dict[str, Any], str]:
    """p50/p95 of routed (no LLM) turns through ``Assistant.reply`` on a demo store of 600 products."""
    from evals.routed_turns import time_turns
    from knowledge.db import session_scope
    from knowledge.demo.build import build_demo_store
    from knowledge.store import get_order_contact
    from shopkeeper.settings import LLMSettings, Settings

    with tempfile.TemporaryDirectory(prefix="shopkeeper-latency-") as tmp:
        settings = Settings(data_dir=Path(tmp), llm=LLMSettings(backend="none"))
        t0 = time.perf_counter()
        build_demo_store(settings.db_url, products=600, sales_days=30)
        _build_index_if_possible(settings)
        build_s = time.perf_counter() - t0
        # Order questions carry the order's e-mail (the second factor), so they time a real look-up.
        with session_scope(settings.db_url) as s:
            contact = get_order_contact(s, 1042)
        email = contact.email if contact is not None and contact.email else "unknown@example.com"
        plan = [(lang, q.format(email=email)) for lang, qs in ROUTED_QUESTIONS.items() for q in qs]
        timed = time_turns(settings, plan, turns)
    times = timed.seconds
    metrics = {
        "routed_turn_p50_ms": round(_pct(times, 0.5) * 1000, 1),
        "routed_turn_p95_ms": round(_pct(times, 0.95) * 1000, 1),
        "routed_turns": len(times),
        "routed_turn_error_events": timed.error_events,
        "routed_store_build_s": round(build_s, 1),
    }
    rows = [[lang, len(v), round(_pct(v, 0.5) * 1000, 1), round(_pct(v, 0.95) * 1000, 1)]
            for lang, v in timed.by_lang.items()]
    print_table("Routed turns (no LLM)", ["lang", "turns", "p50 ms", "p95 ms"], rows)
    body = ("## Routed turns (LLM backend \"none\", demo store of 600 products)\n\n"
            "Search, order and policy questions in en/ru/zh through `Assistant.reply`, one new session per turn "
            "(after one warm-up turn that loads the embedder, index and classifiers).\n\n"
            + markdown_table(["lang", "turns", "p50 ms", "p95 ms"], rows)
            + "\nIntents the turns were routed to: "
            + ", ".join(f"{k} {len(v)}" for k, v in sorted(timed.by_intent.items())) + "\n\n"
            + "What the turns answered (first time each question was asked):\n\n"
            + markdown_table(["lang", "question", "intent", "reply"], list(timed.samples.values())))
    return metrics, body


def _build_index_if_possible(settings: Any) -> None:
    """Build the vector index for the temporary store (search turns need it), when the spine offers a builder."""
    try:
        from knowledge.indexing import build_index
        from knowledge.services import get_services
    except ImportError:
        return
    build_index(settings, get_services(settings).embedder, rebuild=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals latency", description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=4, help="questions per language (max 4)")
    parser.add_argument("--max-tokens", type=int, default=48)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--routed-turns", type=int, default=72, help="3 languages x 6 questions x 4")
    parser.add_argument("--model", type=Path, default=None, help="GGUF path (default: the packaged Qwen)")
    parser.add_argument("--skip-llm", action="store_true")
    parser.add_argument("--skip-routed", action="store_true")
    parser.add_argument("--skip-ttfvs", action="store_true", help="skip time to the first verified sentence")
    parser.add_argument("--ttfvs-reps", type=int, default=3, help="shopper questions per language (max 3)")
    parser.add_argument("--skip-policy", action="store_true", help="skip the default reply policy's turns")
    parser.add_argument("--policy-reps", type=int, default=2, help="passes over the default-policy questions")
    args = parser.parse_args(argv)

    from shopkeeper.settings import get_settings

    metrics: dict[str, Any] = {}
    bodies: list[str] = []
    dataset: dict[str, Any] = {"llm_questions": "built-in en/ru/zh questions (evals/latency.py)",
                               "routed_questions": "built-in search/order/policy questions, demo store"}
    if not args.skip_llm:
        from agent.llm.packaged import prepare_packaged_model

        model_path = args.model or prepare_packaged_model(get_settings())
        dataset["model"] = model_path.name
        m, body = llm_latency(model_path, threads=args.threads, reps=min(args.reps, 4), max_tokens=args.max_tokens)
        metrics.update(m)
        bodies.append(body)
    if not args.skip_ttfvs:
        from agent.llm.packaged import prepare_packaged_model

        model_path = args.model or prepare_packaged_model(get_settings())
        dataset["ttfvs_questions"] = "built-in en/ru/zh shopper questions (evals/latency.py TTFVS_QUESTIONS)"
        m, body = verified_sentence_latency(model_path, threads=args.threads, reps=min(args.ttfvs_reps, 3))
        metrics.update(m)
        bodies.append(body)
    if not args.skip_policy:
        from agent.llm.packaged import prepare_packaged_model

        model_path = args.model or prepare_packaged_model(get_settings())
        dataset["policy_questions"] = "built-in routed + TTFVS questions (evals/latency.py), default reply policy"
        m, body = default_policy_latency(model_path, threads=args.threads, reps=args.policy_reps)
        metrics.update(m)
        bodies.append(body)
    if not args.skip_routed:
        m, body = routed_turn_latency(args.routed_turns)
        metrics.update(m)
        bodies.append(body)
    metrics["peak_rss_mb"] = round(rss_mb(), 1)
    md, js = write_report("latency", metrics, dataset=dataset, body_md="\n\n".join(bodies),
                          title="Latency: routed turns, time to the first verified sentence, the local LLM next to "
                                "raw llama.cpp")
    print_table("latency", ["metric", "value"], [[k, v] for k, v in metrics.items()])
    print(f"wrote {md} and {js}")
    return 0
