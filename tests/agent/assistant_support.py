"""Shared, process-wide cached set-up for the assistant tests (a demo store the tests may write to, its index).

Plain cached functions rather than conftest fixtures, so this area's fixtures do not collide with other helpers'
conftest files; each test module wraps them in thin session fixtures. Everything is built once per process.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from shopkeeper.settings import AgentSettings, DatabaseSettings, LLMSettings, Settings

ROOT = Path(tempfile.mkdtemp(prefix="sk_assistant_"))


@lru_cache(maxsize=1)
def store_dir() -> Path:
    """A small demo store (its own copy: hand-over tests write events) and its embedded index."""
    from knowledge.demo import build_demo_store

    base = ROOT / "store"
    base.mkdir(parents=True, exist_ok=True)
    build_demo_store(f"sqlite:///{base / 'store.db'}", seed=7, products=300, sales_days=60)
    settings = Settings(data_dir=base, llm=LLMSettings(backend="none"))
    try:
        from knowledge.indexing import build_index
        from knowledge.services import get_services

        build_index(settings, get_services(settings).embedder, rebuild=True)
    except ImportError:
        pass  # the search spine is not installed yet: search falls back or reports it
    return base


def make_settings(tmp: Path, *, data_dir: Path | None = None, llm: str = "none", **agent: object) -> Settings:
    """Settings on the shared store, with this test's own checkpoint file under ``tmp``."""
    base = data_dir or store_dir()
    if llm != "none":
        # A test that gives the assistant a model means to exercise the model's path; the shipped default policy
        # (measured: the template everywhere) would never ask it. Tests of the policy itself pass their own.
        agent.setdefault("reply_policy", {"default": "model"})
    return Settings(
        data_dir=base,
        db=DatabaseSettings(url=f"sqlite:///{base / 'store.db'}"),
        llm=LLMSettings.model_validate({"backend": llm, "first_token_timeout_s": 2.0, "timeout_s": 5.0}),
        agent=AgentSettings.model_validate({"checkpoint_url": f"sqlite:///{tmp / 'checkpoints.db'}", **agent}),
    )


def copy_store(dest: Path) -> Path:
    """A private copy of the store and index (for fault tests that break them)."""
    src = store_dir()
    shutil.copytree(src, dest, dirs_exist_ok=True)
    return dest


@lru_cache(maxsize=1)
def shared_embedder() -> Any:
    from knowledge.embeddings import make_embedder

    return make_embedder(Settings().embedding)


def make_services(settings: Settings) -> object:
    """Services for ``settings`` that reuse one loaded embedding model across tests."""
    from knowledge.services import Services

    services = Services(settings)
    services.__dict__["embedder"] = shared_embedder()
    return services


def real_understander() -> object | None:
    """The project's understander when it is installed (else None)."""
    try:
        from agent.understand.understander import Understander
    except ImportError:
        return None
    return Understander(shared_embedder(), chat_model=None, settings=Settings().agent)


class KeywordUnderstander:
    """A deterministic stand-in for tests whose subject is not understanding (faults, roles, compose).

    It knows a handful of phrasings; the routing quality itself is measured by evals/routing on the real one.
    """

    def understand(self, text: str, *, locale: str | None = None, context: object | None = None,
                   role: str | None = None) -> object:
        import re

        from agent.guard import guess_language
        from agent.understand.models import Intent, Sentiment, Slots, Understanding

        t = text.lower()
        lang = guess_language(text, locale)
        order = re.search(r"\d{3,}", t)
        rules: list[tuple[tuple[str, ...], Intent, dict[str, Any]]] = [
            (("cheaper", "подешевле", "便宜"), Intent.SEARCH, {"refine": "cheaper"}),
            (("person", "human", "оператор", "人工"), Intent.HUMAN_REQUEST, {}),
            (("terrible", "awful", "ужасн", "太差"), Intent.COMPLAINT, {}),
            (("order", "заказ", "订单"), Intent.ORDER_STATUS, {"order_id": int(order.group()) if order else None}),
            (("return", "возврат", "退货"), Intent.RETURN, {}),
            (("deliver", "доставк", "配送"), Intent.DELIVERY, {}),
            (("out of stock", "нет в наличии", "缺货"), Intent.MANAGER_QUERY, {}),
            (("goes with", "к нему", "搭配"), Intent.RECOMMEND, {}),
            (("second one", "второй", "第二"), Intent.PRODUCT_QUESTION, {"ordinal": 2}),
            (("script", "сценарий", "脚本"), Intent.SCRIPT_REQUEST, {}),
            (("hello", "thanks", "привет", "спасибо", "你好", "谢谢"), Intent.SMALLTALK, {}),
            (("blorp", "???"), Intent.OTHER, {}),
        ]
        for words, intent, slots in rules:
            if any(w in t for w in words):
                score = -0.8 if intent == Intent.COMPLAINT or "terrible" in t else 0.0
                return Understanding(
                    language=lang, intent=intent, confidence=0.2 if intent == Intent.OTHER else 0.9,
                    slots=Slots(**{k: v for k, v in slots.items() if v is not None}),
                    sentiment=Sentiment(score=score, label="negative" if score < 0 else "neutral"),
                    is_follow_up="refine" in slots or "ordinal" in slots)
        return Understanding(language=lang, intent=Intent.SEARCH, confidence=0.9, slots=Slots(query=text))


async def collect(assistant: Any, text: str | None, *, session: str = "s", role: str = "shopper",
                  locale: str | None = None) -> list[Any]:
    from agent.events import Turn

    turn = Turn.model_validate({"session_id": session, "role": role, "text": text, "locale": locale})
    return [ev async for ev in assistant.reply(turn)]


def done_of(events: list[Any]) -> Any:
    assert events and getattr(events[-1], "type", None) == "done", events
    assert sum(1 for e in events if getattr(e, "type", None) == "done") == 1
    return events[-1]


def of_type(events: list[Any], kind: str) -> list[Any]:
    return [e for e in events if getattr(e, "type", None) == kind]


@lru_cache(maxsize=1)
def shared_services() -> object:
    """One Services (DB URL, embedder, index) over the shared store, for every assistant test in the process."""
    base = store_dir()
    return make_services(Settings(data_dir=base, db=DatabaseSettings(url=f"sqlite:///{base / 'store.db'}")))
