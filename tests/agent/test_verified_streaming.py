"""Verified streaming at the ``Assistant.reply`` level: no text leaves the core before its sentence is complete and
verified, a failing sentence never leaves it, and ``done.text`` is exactly the tokens joined on every path (LLM
kept, sentences dropped, LLM down, dying mid-stream, timing out, writing garbage, cut by the token limit)."""

from __future__ import annotations

import time

import pytest

from agent import templates
from agent.assistant import Assistant
from agent.events import Turn
from agent.stream_verify import SentenceBuffer
from tests.agent.assistant_support import KeywordUnderstander, collect, done_of, make_settings, of_type, shared_services
from tests.agent.streaming_support import (
    GOOD_CLOSING,
    GOOD_OPENING,
    WRONG_LANGUAGE,
    RecordingModel,
    VerifierSpy,
    assert_token_contract,
    expected_shown,
    first_fact,
    planted_reply,
    wrong_price,
)

TEMPLATE_START = "Here is what I found"


def _settings(tmp_path):
    settings = make_settings(tmp_path, llm="llamacpp")
    settings.llm.first_token_timeout_s = 0.5
    settings.llm.timeout_s = 2.0
    return settings


def _assistant(tmp_path, model) -> Assistant:
    return Assistant(_settings(tmp_path), chat_model=model, services=shared_services(),
                     understander=KeywordUnderstander())


# -- the sentence buffer --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,sentences,rest", [
    ("It costs $9.99. It is in stock. Want", ["It costs $9.99. ", "It is in stock. "], "Want"),
    ("标准配送需要3到5个工作日，运费为$5.99。加急", ["标准配送需要3到5个工作日，运费为$5.99。"], "加急"),
    ("Сапоги стоят 97,99 $. Есть в наличии.", ["Сапоги стоят 97,99 $. "], "Есть в наличии."),
    ("Order No. 1042 is shipped. The", ["Order No. 1042 is shipped. "], "The"),
])
def test_buffer_hands_out_only_complete_sentences(text, sentences, rest):
    buffer = SentenceBuffer("en")
    out: list[str] = []
    for i, ch in enumerate(text):  # one character at a time: the worst tokenizer
        for sentence in buffer.feed(ch):
            out.append(sentence)
            # A sentence is handed out only when text after its end has arrived ("$9." may become "$9.99").
            assert len("".join(out)) < i + 1
    assert out == sentences
    assert buffer.rest() == rest
    assert "".join(out) + rest == text


def test_a_decimal_point_is_not_a_sentence_end_while_it_streams():
    buffer = SentenceBuffer("en")
    assert buffer.feed("It costs $9.") == [] and buffer.feed("99") == [] and buffer.feed(" today.") == []
    assert buffer.feed(" Then") == ["It costs $9.99 today. "]


# -- Assistant.reply -------------------------------------------------------------------------------------------------

async def test_planted_wrong_price_and_language_never_leave_the_core(tmp_path, monkeypatch):
    spy = VerifierSpy().install(monkeypatch)
    model = RecordingModel(planted_reply, delay_s=0.01)
    a = _assistant(tmp_path, model)
    turn = Turn(session_id="planted", text="waterproof hiking boots", locale="en")
    events: list = []
    seen: list[tuple[str, str]] = []  # (token, what the model had produced when the token left the core)
    async for event in a.reply(turn):
        now = time.monotonic()
        if event.type == "token":
            # Verified, and passed, before it left the core.
            assert spy.passed_before(event.text, now), (event.text, spy.calls)
            seen.append((event.text, model.text_until(now)))
        events.append(event)
    await a.aclose()
    prompt = model.last_prompt
    title, price = first_fact(prompt)
    tokens = [e.text for e in of_type(events, "token")]
    assert_token_contract(events)
    for token, produced in seen[:-1]:
        # Its sentence was complete when it left: the model had already written past the sentence's end.
        end = produced.find(token.strip()) + len(token.strip())
        assert end > len(token.strip()) - 1 and produced[end:].strip(), (token, produced)
    assert "".join(tokens) == expected_shown(prompt)
    assert not any(wrong_price(price) in t or WRONG_LANGUAGE[:8] in t for t in tokens)
    assert tokens[0] == GOOD_OPENING and tokens[-1].strip() == GOOD_CLOSING
    failed = {v.sentence.strip() for v in spy.failed()}
    assert f"The {title} costs ${wrong_price(price)} today." in failed and WRONG_LANGUAGE in failed
    done = done_of(events)
    assert done.used_llm and done.grounded
    assert templates.t("notice_corrected", "en") in done.notices


async def test_first_token_waits_for_its_sentence_to_complete(tmp_path, monkeypatch):
    spy = VerifierSpy().install(monkeypatch)
    # Slow pieces: the first sentence takes ~7 pieces; a token sent early would arrive long before it completes.
    model = RecordingModel([f"{GOOD_OPENING} {GOOD_CLOSING}"], delay_s=0.05)
    a = _assistant(tmp_path, model)
    first_at: float | None = None
    async for event in a.reply(Turn(session_id="ttfvs", text="waterproof hiking boots", locale="en")):
        if event.type == "token" and first_at is None:
            first_at = time.monotonic()
            assert event.text == GOOD_OPENING and spy.passed_before(event.text, first_at)
    await a.aclose()
    assert first_at is not None
    # The first sentence ends at its full stop; it is known to have ended only when the next piece arrived.
    produced = [(t, p) for t, p in model.produced]
    complete_at = next(t for i, (t, _) in enumerate(produced) if "".join(p for _, p in produced[:i]).endswith("."))
    assert first_at >= complete_at


@pytest.mark.parametrize("case", ["down", "dies_mid_stream", "first_token_timeout", "total_timeout", "garbage"])
async def test_fallbacks_keep_what_was_shown_and_done_is_the_tokens(tmp_path, monkeypatch, case):
    spy = VerifierSpy().install(monkeypatch)
    shown_first = case in ("dies_mid_stream", "total_timeout", "garbage")
    model = {
        "down": RecordingModel(fail=True),
        # "I found a few options for you." is 7 pieces; the stream dies inside the next sentence.
        "dies_mid_stream": RecordingModel([f"{GOOD_OPENING} These boots are made for long wet"], die_after_tokens=10),
        "first_token_timeout": RecordingModel(["slow"], first_token_delay_s=3.0),
        "total_timeout": RecordingModel([f"{GOOD_OPENING} " + "More words " * 40], delay_s=0.15),
        "garbage": RecordingModel([f"{GOOD_OPENING} " + "La " * 120]),
    }[case]
    a = _assistant(tmp_path, model)
    events = await collect(a, "waterproof hiking boots", session=f"fb-{case}")
    await a.aclose()
    assert_token_contract(events)
    done = done_of(events)
    tokens = [e.text for e in of_type(events, "token")]
    assert all(spy.passed_before(t, time.monotonic()) for t in tokens)
    assert templates.t("notice_llm", "en") in done.notices
    assert TEMPLATE_START in done.text  # the template's verified sentences follow
    if shown_first:
        # What the shopper already read stays; the unfinished sentence never appears.
        assert tokens[0] == GOOD_OPENING and done.text.startswith(GOOD_OPENING + " " + TEMPLATE_START)
        assert "These boots" not in done.text and "More words" not in done.text and "La La" not in done.text
        assert done.used_llm
    else:
        assert done.text.startswith(TEMPLATE_START) and not done.used_llm


async def test_when_every_llm_sentence_fails_the_template_is_the_reply(tmp_path, monkeypatch):
    spy = VerifierSpy().install(monkeypatch)
    model = RecordingModel(lambda m: f"The {first_fact(m)[0]} costs ${wrong_price(first_fact(m)[1])}. {WRONG_LANGUAGE}")
    a = _assistant(tmp_path, model)
    events = await collect(a, "waterproof hiking boots", session="all-bad")
    await a.aclose()
    assert_token_contract(events)
    done = done_of(events)
    assert done.text.startswith(TEMPLATE_START) and not done.used_llm and done.grounded
    assert len(spy.failed()) == 1 and templates.t("notice_corrected", "en") in done.notices  # stopped at the first
    assert all(spy.passed_before(e.text, time.monotonic()) for e in of_type(events, "token"))


async def test_a_fragment_cut_by_the_token_limit_is_never_shown(tmp_path, monkeypatch):
    VerifierSpy().install(monkeypatch)
    model = RecordingModel([f"{GOOD_CLOSING} The first pair costs $1"])
    a = _assistant(tmp_path, model)
    events = await collect(a, "waterproof hiking boots", session="cut")
    await a.aclose()
    assert_token_contract(events)
    done = done_of(events)
    assert done.text == GOOD_CLOSING and done.used_llm
    assert templates.t("notice_corrected", "en") not in done.notices  # nothing failed verification: it was cut


async def test_a_short_answer_without_a_full_stop_is_kept_whole(tmp_path, monkeypatch):
    VerifierSpy().install(monkeypatch)
    a = _assistant(tmp_path, RecordingModel(["Have a look at these"]))
    done = done_of(await collect(a, "waterproof hiking boots", session="short"))
    await a.aclose()
    assert done.text == "Have a look at these" and done.used_llm


async def test_a_model_repeating_itself_shows_each_sentence_once(tmp_path, monkeypatch):
    VerifierSpy().install(monkeypatch)
    a = _assistant(tmp_path, RecordingModel([f"{GOOD_CLOSING} {GOOD_CLOSING} {GOOD_CLOSING}"]))
    events = await collect(a, "waterproof hiking boots", session="loop")
    await a.aclose()
    assert_token_contract(events)
    assert done_of(events).text == GOOD_CLOSING
    assert templates.t("notice_corrected", "en") not in done_of(events).notices


@pytest.mark.parametrize("text,locale", [("водонепроницаемые ботинки", "ru"), ("防水登山靴", "zh")])
async def test_an_english_reply_to_a_russian_or_chinese_shopper_is_never_shown(tmp_path, monkeypatch, text, locale):
    spy = VerifierSpy().install(monkeypatch)
    model = RecordingModel(lambda m: f"{GOOD_OPENING} The {first_fact(m)[0]} costs ${first_fact(m)[1]}.")
    a = _assistant(tmp_path, model)
    events = await collect(a, text, session=f"lang-{locale}", locale=locale)
    await a.aclose()
    assert_token_contract(events)
    done = done_of(events)
    assert done.language == locale and GOOD_OPENING not in done.text and not done.used_llm
    assert done.text.startswith({"ru": "Вот что", "zh": "为您找到"}[locale])
    assert any(v.sentence.strip() == GOOD_OPENING for v in spy.failed())


async def test_template_replies_are_verified_sentence_by_sentence(tmp_path, monkeypatch):
    spy = VerifierSpy().install(monkeypatch)
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=KeywordUnderstander())
    events = await collect(a, "waterproof hiking boots", session="tpl")
    await a.aclose()
    assert_token_contract(events)
    tokens = of_type(events, "token")
    assert len(tokens) >= 2 and all(spy.passed_before(t.text, time.monotonic()) for t in tokens)
    assert done_of(events).text.startswith(TEMPLATE_START)


async def test_a_fault_after_tokens_still_ends_with_done_equal_to_the_tokens(tmp_path, monkeypatch):
    """A crash after the reply streamed: the error's safe sentence follows as a token, done.text is all of it."""
    import agent.graph as graph

    VerifierSpy().install(monkeypatch)

    def broken(state, result, reply):
        raise RuntimeError("bookkeeping broke")

    monkeypatch.setattr(graph, "_remember", broken)
    a = _assistant(tmp_path, RecordingModel([GOOD_CLOSING]))
    events = await collect(a, "waterproof hiking boots", session="crash")
    await a.aclose()
    assert_token_contract(events)
    assert of_type(events, "error")
    done = done_of(events)
    assert done.text == GOOD_CLOSING + " " + templates.t("error", "en")


async def test_a_hand_over_after_repeated_failures_is_verified_and_appended(tmp_path, monkeypatch, caplog):
    spy = VerifierSpy().install(monkeypatch)
    a = Assistant(make_settings(tmp_path), services=shared_services(), understander=KeywordUnderstander())
    for _ in range(2):
        await collect(a, "blorp", session="fail")
    events = await collect(a, "blorp", session="fail")
    await a.aclose()
    assert of_type(events, "handoff")
    assert_token_contract(events)
    tokens = of_type(events, "token")
    assert len(tokens) >= 2 and all(spy.passed_before(t.text, time.monotonic()) for t in tokens)
    # The graph's own reply and what was streamed agree: the core never had to overrule it.
    assert not [r for r in caplog.records if r.name == "agent.assistant" and r.levelname == "ERROR"]


async def test_a_reply_that_starts_wrong_is_stopped_and_the_template_answers_at_once(tmp_path, monkeypatch):
    VerifierSpy().install(monkeypatch)
    rest = " ".join(f"Sentence number {i} is here." for i in range(40))
    model = RecordingModel(lambda m: f"{WRONG_LANGUAGE} {rest}", delay_s=0.01)
    a = _assistant(tmp_path, model)
    events = await collect(a, "waterproof hiking boots", session="stop")
    await a.aclose()
    assert_token_contract(events)
    done = done_of(events)
    assert done.text.startswith(TEMPLATE_START) and not done.used_llm and "Sentence number" not in done.text
    time.sleep(0.1)  # the model's worker thread stops at its next piece
    assert len(model.produced) < 20  # of 96 pieces it would have written: the shopper did not wait for them
