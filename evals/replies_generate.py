"""Generate the replies to judge: every turn of the set through the real ``Assistant`` under each reply variant.

Variants (``VARIANTS``): ``template`` (no LLM: the journey's template, ``llm.backend = none``), ``model`` (the
packaged local Qwen through the supervised llama.cpp worker, as shipped), ``remote`` (the configured
OpenAI-compatible model, only when ``SHOPKEEPER_LLM__BACKEND=openai`` with a base URL) and ``template_model``
(the template plus one short model sentence) when the reply-policy code exists (``reply_policy_available``).

A turn's history (earlier shopper lines) is replayed first in the same session by the template-only assistant,
for every variant alike, through one SQLite checkpoint file the assistants share: every candidate answers the same
conversation, and the judge sees one history. Each variant runs in its own session and client id, so hand-over
tickets and order look-up limits of one variant never touch another's.

Recorded per turn and variant: the shown text (``done.text``: exactly the streamed, verified sentences), the
turn's tool facts (compact), the time to the first shown sentence and the total time, and how the reply was made.
Lines are appended to the output as each turn finishes, so a long run can be stopped and resumed (``--resume``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

log = logging.getLogger(__name__)

TEMPLATE = "template"
MODEL = "model"
REMOTE = "remote"
TEMPLATE_MODEL = "template_model"
VARIANTS = (TEMPLATE, MODEL, REMOTE, TEMPLATE_MODEL)

# Facts as the judge sees them: the fields a reply may state, nothing the shopper never reads (ids, scores, images).
_DROP_KEYS = frozenset(
    {
        "image_url",
        "score",
        "sku",
        "description",
        "complements",
        "variants",
        "took_ms",
        "mode",
        "parsed",
        "product_id",
        "reason",
    }
)
_MAX_STR = 600  # policy texts are quoted whole by the template: the judge must see them whole


class HistoryStep(BaseModel):
    text: str
    reply: str


class VariantReply(BaseModel):
    """One candidate reply: what the shopper read, how fast, and how it was made."""

    text: str
    first_sentence_s: float | None  # None: nothing was shown
    total_s: float
    used_llm: bool
    grounded: bool
    intent: str
    notices: list[str] = Field(default_factory=list)
    kind: str = ""  # the journey's template kind
    route: str = ""  # the graph's journey node (search, product, support, escalate, smalltalk, clarify, blocked...)
    facts_digest: str = ""  # equal digests: the variant answered from the same tool results
    facts: list[Any] | None = None  # this variant's own tool results, kept only when they differ from the turn's


class GeneratedTurn(BaseModel):
    turn: str
    lang: str
    journey: str
    text: str
    history: list[HistoryStep] = Field(default_factory=list)
    facts: list[Any] = Field(default_factory=list)  # compact tool results of the template run
    fact_lines: list[str] = Field(default_factory=list)
    variants: dict[str, VariantReply]


@dataclass(frozen=True)
class Turn:
    """One line of ``turns.jsonl``."""

    id: str
    lang: str
    journey: str
    text: str
    history: tuple[str, ...] = ()


def load_turns(path: Path) -> list[Turn]:
    turns: list[Turn] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        tid = str(row["id"])
        if tid in seen:
            raise ValueError(f"{path}:{n}: duplicate turn id {tid!r}")
        seen.add(tid)
        turns.append(Turn(tid, row["lang"], row["journey"], row["text"], tuple(row.get("history") or ())))
    return turns


def interleave(turns: list[Turn]) -> list[Turn]:
    """Round-robin over (journey, language), so a run stopped early still covers every cell evenly."""
    groups: dict[tuple[str, str], list[Turn]] = {}
    for t in turns:
        groups.setdefault((t.journey, t.lang), []).append(t)
    queues = [groups[k] for k in sorted(groups)]
    out: list[Turn] = []
    for i in range(max((len(q) for q in queues), default=0)):
        out += [q[i] for q in queues if i < len(q)]
    return out


def _compact(value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict):
        return {
            k: _compact(v, depth + 1) for k, v in value.items() if k not in _DROP_KEYS and v not in (None, "", [], {})
        }
    if isinstance(value, list):  # never shortened: a size or hit left out would make a true reply look wrong
        return [_compact(v, depth + 1) for v in value]
    if isinstance(value, str) and len(value) > _MAX_STR:
        return value[: _MAX_STR - 3] + "..."
    return value


def compact_facts(facts: list[Any]) -> list[Any]:
    """The turn's tool results without what a reply never states (ids, scores, images, long descriptions)."""
    return [_compact(f) for f in facts]


def facts_digest(facts: list[Any]) -> str:
    from evals.report import sha256_json

    return sha256_json(facts)[:12]


def reply_policy_available() -> bool:
    """True when the reply-policy setting exists (issue 16 item 2): then the ``template_model`` variant runs."""
    from shopkeeper.settings import AgentSettings

    return "reply_policy" in AgentSettings.model_fields


def _variant_settings(base: Any, variant: str, configured: Any, model_path: Path | None) -> Any:
    s = base.model_copy(deep=True)
    if variant == TEMPLATE:
        s.llm.backend = "none"
        return s
    if variant == REMOTE:
        s.llm = configured.llm.model_copy(deep=True)
    else:
        s.llm.backend = "llamacpp"
        s.llm.model_path = model_path
        # A busy shared machine: do not let a slow first token turn a model reply into a template one.
        s.llm.first_token_timeout_s = 90.0
        s.llm.timeout_s = 120.0
    if reply_policy_available():
        # The variant fixes the policy everywhere; the measured default is what this eval chooses.
        policy = "template+model" if variant == TEMPLATE_MODEL else "model"
        update = {"reply_policy": _policy_everywhere(s.agent.reply_policy, policy)}
        if "reply_policy_remote" in type(s.agent).model_fields:
            update["reply_policy_remote"] = update["reply_policy"]  # a remote model's own policy, fixed alike
        s.agent = s.agent.model_copy(update=update)
    return s


def _policy_everywhere(current: Any, choice: str) -> Any:
    """A reply policy choosing ``choice`` for every journey and language, in the shape the settings use."""
    if isinstance(current, str):
        return choice
    if isinstance(current, dict):
        return {"default": choice}
    model_type = type(current)
    try:
        return model_type.model_validate({"default": choice})
    except Exception:  # an unknown shape: leave the variant on the configured policy, and say so in the log
        log.warning("unknown reply_policy shape %r: the variant keeps the configured policy", current)
        return current


class Generator:
    """The assistants of every variant over one store, sharing one checkpoint file for replayed histories."""

    def __init__(
        self,
        base: Any,
        variants: Iterable[str],
        *,
        model_path: Path | None,
        chat_model: Any = None,
        services: Any = None,
    ) -> None:
        """``chat_model``/``services``: given instead of built from settings (tests pass a scripted model)."""
        from shopkeeper.settings import get_settings

        self._chat_model = chat_model
        self._services = services
        self.variants = list(variants)
        configured = get_settings()
        self.settings = {v: _variant_settings(base, v, configured, model_path) for v in {TEMPLATE, *self.variants}}
        self.assistants: dict[str, Any] = {}
        self.nonce = f"{time.time_ns():x}"

    async def __aenter__(self) -> Generator:
        from agent.assistant import Assistant
        from knowledge.services import get_services

        services = self._services or get_services(self.settings[TEMPLATE])
        models: dict[str, Any] = {}
        for v, s in self.settings.items():
            chat_model = None
            if v != TEMPLATE and self._chat_model is not None:
                chat_model = self._chat_model
            elif v != TEMPLATE:
                from agent.llm.factory import make_chat_model

                key = s.llm.model_dump_json()
                chat_model = models.get(key) or make_chat_model(s)
                models[key] = chat_model
            self.assistants[v] = Assistant(s, services=services, chat_model=chat_model)
            await self.assistants[v].start()
        self._models = list(models.values())
        return self

    async def __aexit__(self, *exc: object) -> None:
        for a in self.assistants.values():
            await a.aclose()
        for m in self._models:
            close = getattr(m, "close", None)
            if callable(close):
                await asyncio.to_thread(close)

    async def _say(
        self, variant: str, session: str, client: str, text: str, lang: str
    ) -> tuple[Any, float | None, float]:
        from agent.events import Turn as AgentTurn

        started = time.perf_counter()
        first: float | None = None
        done: Any = None
        async for ev in self.assistants[variant].reply(
            AgentTurn(session_id=session, text=text, client_id=client, locale=lang)
        ):
            if ev.type == "token" and first is None:
                first = time.perf_counter() - started
            elif ev.type == "done":
                done = ev
        return done, first, time.perf_counter() - started

    async def warm_up(self) -> None:
        """One untimed turn per variant: model load and first-use costs are not a shopper turn's latency."""
        for v in self.variants:
            await self._say(v, f"warm-{v}", f"warm-{v}", "hello, what do you sell?", "en")

    async def run(self, turn: Turn) -> GeneratedTurn:
        replies: dict[str, VariantReply] = {}
        history: list[HistoryStep] = []
        facts: list[Any] = []
        lines: list[str] = []
        for v in self.variants:
            # The run's nonce keeps a resumed run on a reused store out of an earlier run's sessions.
            session, client = f"rep:{self.nonce}:{turn.id}:{v}", f"rep-{self.nonce}-{turn.id}-{v}"
            steps: list[HistoryStep] = []
            for text in turn.history:  # the same template conversation before every variant's answer
                done, _, _ = await self._say(TEMPLATE, session, client, text, turn.lang)
                steps.append(HistoryStep(text=text, reply=done.text if done else ""))
            done, first, total = await self._say(v, session, client, turn.text, turn.lang)
            state = await self.assistants[v].session_state(session)
            result = state.get("result") or {}
            v_facts = compact_facts(list(result.get("facts") or []))
            if not replies:
                history, facts, lines = steps, v_facts, list(result.get("fact_lines") or [])
            replies[v] = VariantReply(
                text=done.text if done else "",
                first_sentence_s=None if first is None else round(first, 4),
                total_s=round(total, 4),
                used_llm=bool(done and done.used_llm),
                grounded=bool(done and done.grounded),
                intent=done.intent if done else "",
                notices=list(done.notices) if done else [],
                kind=str(result.get("kind") or ""),
                route=str(state.get("route") or ""),
                facts_digest=facts_digest(v_facts),
                facts=None if v_facts == facts else v_facts,
            )
        return GeneratedTurn(
            turn=turn.id,
            lang=turn.lang,
            journey=turn.journey,
            text=turn.text,
            history=history,
            facts=facts,
            fact_lines=lines,
            variants=replies,
        )


def done_ids(path: Path, variants: list[str]) -> set[str]:
    """Turns already generated with every wanted variant (for ``--resume``)."""
    if not path.exists():
        return set()
    out: set[str] = set()
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if all(v in row["variants"] for v in variants):
                out.add(row["turn"])
    return out


def load_generated(path: Path) -> list[GeneratedTurn]:
    """The generated file; a turn generated twice (a resumed run) counts once, its last line."""
    rows: dict[str, GeneratedTurn] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            g = GeneratedTurn.model_validate_json(line)
            rows[g.turn] = g
    return list(rows.values())


def resolve_variants(wanted: list[str] | None) -> list[str]:
    """The variants to run: template and model always; remote when configured; template_model when available."""
    from shopkeeper.settings import get_settings

    configured = get_settings()
    remote_ok = configured.llm.backend == "openai" and bool(configured.llm.base_url)
    default = (
        [TEMPLATE, MODEL] + ([TEMPLATE_MODEL] if reply_policy_available() else []) + ([REMOTE] if remote_ok else [])
    )
    chosen = wanted or default
    unknown = [v for v in chosen if v not in VARIANTS]
    if unknown:
        raise ValueError(f"unknown variant(s) {unknown}; choose from {', '.join(VARIANTS)}")
    if REMOTE in chosen and not remote_ok:
        raise ValueError("variant 'remote' needs SHOPKEEPER_LLM__BACKEND=openai and SHOPKEEPER_LLM__BASE_URL")
    if TEMPLATE_MODEL in chosen and not reply_policy_available():
        raise ValueError("variant 'template_model' needs the reply-policy setting (agent.reply_policy)")
    # The template first: its run gives the turn's history and facts (what every candidate is judged against).
    return [TEMPLATE, *(v for v in dict.fromkeys(chosen) if v != TEMPLATE)]


def local_model_path(explicit: Path | None) -> Path:
    """The packaged Qwen GGUF (joined once into the configured data dir), or ``--model PATH``."""
    if explicit is not None:
        return explicit.expanduser().resolve()
    from agent.llm.factory import resolve_model_path
    from shopkeeper.settings import get_settings

    configured = get_settings()
    if configured.llm.model_path is None:
        from agent.llm.packaged import prepare_packaged_model

        prepare_packaged_model(configured)
    return resolve_model_path(configured)


async def generate(
    base: Any, turns: list[Turn], out: Path, *, variants: list[str], model_path: Path | None, resume: bool
) -> int:
    """Run ``turns`` under ``variants`` and append one JSON line per turn to ``out``; returns turns written."""
    skip = done_ids(out, variants) if resume else set()
    todo = [t for t in interleave(turns) if t.id not in skip]
    if not resume and out.exists():
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    print(f"{len(todo)} turns to generate ({len(skip)} already done), variants: {', '.join(variants)}", flush=True)
    written = 0
    started = time.perf_counter()
    async with Generator(base, variants, model_path=model_path) as gen:
        run = record_run(out, gen, model_path=model_path, resume=resume)
        await gen.warm_up()
        for i, turn in enumerate(todo, 1):
            row = await gen.run(turn)
            with out.open("a", encoding="utf-8") as fh:
                fh.write(row.model_dump_json() + "\n")
            written += 1
            times = " ".join(f"{v}={r.total_s:.1f}s" for v, r in row.variants.items())
            print(f"[{i}/{len(todo)}] {time.perf_counter() - started:7.0f}s {turn.id} {times}", flush=True)
            record_run(out, gen, model_path=model_path, resume=True, update=run | {"turns_written": written})
    return written


def meta_path(out: Path) -> Path:
    return out.with_name(out.stem + ".meta.json")


def record_run(
    out: Path, gen: Generator, *, model_path: Path | None, resume: bool, update: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Where the replies came from, beside them (``generated.meta.json``): the code's git state when the run
    started, the variants' settings, the model file, the machine. A resumed run adds an entry; ``update`` rewrites
    the last one (progress)."""
    import datetime as dt

    from evals.report import git_state, machine_info

    path = meta_path(out)
    runs: list[dict[str, Any]] = []
    if resume and path.exists():
        runs = json.loads(path.read_text("utf-8")).get("runs", [])
    if update is not None:
        entry = update | {"updated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "load": cpu_note()}
        runs = [*runs[:-1], entry] if runs else [entry]
    else:
        entry = {
            "started": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "git": git_state(),
            "variants": gen.variants,
            "model_path": str(model_path) if model_path else None,
            "llm": {v: gen.settings[v].llm.model_dump(mode="json", exclude={"api_key"}) for v in gen.variants},
            "reply_policy": {v: getattr(gen.settings[v].agent, "reply_policy", None) for v in gen.variants},
            "machine": machine_info(),
        }
        runs.append(entry)
    path.write_text(json.dumps({"runs": runs}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return entry


def build_store(root: Path, seed: int, products: int) -> Any:
    """The demo store the turns were written against (seed 7, fixed today), its index, one checkpoint file."""
    from evals.grounding_facts import build_store as build

    settings = build(root, seed, products)
    settings.agent.checkpoint_url = f"sqlite:///{root / 'checkpoints.db'}"
    settings.agent.llm_for_understanding = False  # measured here: the reply, not understanding
    return settings


def open_store(root: Path) -> Any:
    """An already built store under ``root`` (``--store``), e.g. the one the turn set was written against."""
    from shopkeeper.settings import DatabaseSettings, LLMSettings, Settings

    if not (root / "store.db").exists():
        raise FileNotFoundError(f"no store.db under {root}")
    settings = Settings(
        data_dir=root, db=DatabaseSettings(url=f"sqlite:///{root / 'store.db'}"), llm=LLMSettings(backend="none")
    )
    settings.agent.checkpoint_url = f"sqlite:///{root / 'checkpoints.db'}"
    settings.agent.llm_for_understanding = False
    return settings


def cpu_note() -> str:
    try:
        return f"load average {os.getloadavg()[0]:.2f} at the end, {os.cpu_count()} CPUs"
    except OSError:
        return f"{os.cpu_count()} CPUs"
