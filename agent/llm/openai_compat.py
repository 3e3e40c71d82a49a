"""Any OpenAI-compatible endpoint (vLLM, llama.cpp's server, a cloud API) through langchain-openai's ``ChatOpenAI``.

- ``stream``: ``ChatOpenAI.stream``; a stream that ends without a finish reason was cut and is a fault.
- ``complete_json``: ``with_structured_output(schema, method="function_calling")``: the one structured mode that
  llama.cpp's server, vLLM and cloud APIs all accept (``json_schema`` is rejected by llama.cpp's server).
- ``call_tool``: ``bind_tools(tools, tool_choice=forced or "auto")``; with ``forced=None`` the model chooses (the
  tool-calling mode for capable remote models; the caller still checks roles and validates arguments).

Every transport fault (refused connection, time-out, HTTP error, a stream cut mid-way, unparsable output) is raised
as ``LLMUnavailable``; retries are few (``max_retries``) because the agent has a template reply to fall back on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr, ValidationError

from agent.llm.base import ChatMessage, M, ToolCall
from agent.llm.messages import to_role_dicts
from shopkeeper.errors import ConfigError, LLMUnavailable
from shopkeeper.settings import Settings

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

# A local server (vLLM, llama.cpp) needs no key, but the OpenAI client insists on one.
_NO_KEY = SecretStr("not-needed")


def _transport_errors() -> tuple[type[BaseException], ...]:
    import httpx
    import openai
    from langchain_core.exceptions import OutputParserException

    return (openai.OpenAIError, httpx.HTTPError, OutputParserException, ValidationError, ValueError)


class OpenAICompatChatModel:
    """``ChatModel`` over an OpenAI-compatible HTTP endpoint."""

    def __init__(
        self,
        *,
        base_url: str | None,
        model: str,
        api_key: SecretStr | None = None,
        timeout_s: float = 60.0,
        max_retries: int = 1,
        name: str | None = None,
    ) -> None:
        self.base_url = base_url
        self.model = model
        self.name = name or f"openai:{model}"
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._max_retries = max_retries
        self._client: ChatOpenAI | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAICompatChatModel:
        llm = settings.llm
        return cls(base_url=llm.base_url, model=llm.model, api_key=llm.api_key, timeout_s=llm.timeout_s)

    @property
    def loaded(self) -> bool:
        return self._client is not None

    def _base(self) -> ChatOpenAI:
        if self._client is None:
            try:
                from langchain_openai import ChatOpenAI
            except ImportError:
                # A core dependency, so there is no extra to name: the installation itself is incomplete.
                raise ConfigError("langchain-openai is not installed", hint="pip install langchain-openai") from None
            key = self._api_key or (_NO_KEY if self.base_url else None)
            try:
                self._client = ChatOpenAI(
                    model=self.model,
                    base_url=self.base_url,
                    api_key=key,
                    timeout=self._timeout_s,
                    max_retries=self._max_retries,
                )
            except (ValueError, ValidationError) as exc:
                raise ConfigError(f"cannot set up the OpenAI-compatible client: {exc}",
                                  hint="set SHOPKEEPER_LLM__BASE_URL and SHOPKEEPER_LLM__API_KEY") from exc
        return self._client

    def _chat(self, **params: Any) -> ChatOpenAI:
        # A shallow copy shares the HTTP client (and its connection pool) and changes only per-call parameters.
        return self._base().model_copy(update=params)

    def _fault(self, exc: BaseException) -> LLMUnavailable:
        where = self.base_url or "the OpenAI API"
        return LLMUnavailable(f"{self.name} at {where}: {type(exc).__name__}: {exc}",
                              hint="check that the endpoint is up and SHOPKEEPER_LLM__BASE_URL is right")

    # -- ChatModel -----------------------------------------------------------------------------------------------

    def stream(self, messages: list[ChatMessage], *, max_tokens: int = 256, temperature: float = 0.2) -> Iterator[str]:
        chat = self._chat(max_tokens=max_tokens, temperature=temperature)
        finished = False
        try:
            for chunk in chat.stream(to_role_dicts(messages)):
                if chunk.response_metadata.get("finish_reason"):
                    finished = True
                text = chunk.content if isinstance(chunk.content, str) else _text_of(chunk.content)
                if text:
                    yield text
        except _transport_errors() as exc:
            raise self._fault(exc) from exc
        if not finished:
            raise LLMUnavailable(f"{self.name}: the stream ended before the model finished (connection cut)")

    def complete_json(self, messages: list[ChatMessage], schema: type[M], *, max_tokens: int = 256) -> M:
        chat = self._chat(max_tokens=max_tokens, temperature=0.0)
        try:
            result = chat.with_structured_output(schema, method="function_calling").invoke(to_role_dicts(messages))
        except _transport_errors() as exc:
            raise self._fault(exc) from exc
        if result is None:
            raise LLMUnavailable(f"{self.name}: no structured reply for {schema.__name__}")
        if isinstance(result, schema):
            return result
        try:
            return schema.model_validate(result)
        except ValidationError as exc:
            raise LLMUnavailable(f"{self.name}: reply does not match {schema.__name__}: {exc}") from exc

    def call_tool(
        self, messages: list[ChatMessage], tools: list[dict[str, Any]], *, forced: str | None = None
    ) -> ToolCall | None:
        names = {_tool_name(t) for t in tools}
        if forced is not None and forced not in names:
            raise ConfigError(f"forced tool {forced!r} is not among the tools offered: {sorted(names)}")
        chat = self._chat(temperature=0.0)
        try:
            reply = chat.bind_tools(tools, tool_choice=forced or "auto").invoke(to_role_dicts(messages))
        except _transport_errors() as exc:
            raise self._fault(exc) from exc
        for call in reply.tool_calls:
            if call["name"] in names:
                return ToolCall(name=call["name"], arguments=dict(call["args"]))
        if reply.invalid_tool_calls:
            bad = reply.invalid_tool_calls[0]
            raise LLMUnavailable(f"{self.name}: unparsable tool call {bad.get('name')!r}: {bad.get('error')}")
        if forced is not None:
            raise LLMUnavailable(f"{self.name}: the endpoint ignored the forced tool {forced!r}")
        return None  # the model chose to answer in text

    def close(self) -> None:
        self._client = None


def _text_of(content: list[Any]) -> str:
    parts = [p if isinstance(p, str) else p.get("text", "") for p in content if isinstance(p, str | dict)]
    return "".join(str(p) for p in parts)


def _tool_name(tool: dict[str, Any]) -> str:
    function = tool.get("function", tool)
    return str(function.get("name", ""))


def probe_endpoint(settings: Settings, *, timeout_s: float = 3.0) -> tuple[bool, str | None]:
    """Ask ``GET {base_url}/models``: (reachable, why not)."""
    import httpx

    base = (settings.llm.base_url or "https://api.openai.com/v1").rstrip("/")
    headers = {}
    if settings.llm.api_key is not None:
        headers["Authorization"] = f"Bearer {settings.llm.api_key.get_secret_value()}"
    try:
        response = httpx.get(f"{base}/models", headers=headers, timeout=timeout_s)
    except httpx.HTTPError as exc:
        return False, f"{type(exc).__name__}: {exc}"
    if response.status_code != 200:
        return False, f"HTTP {response.status_code}"
    try:
        ids = [m.get("id") for m in response.json().get("data", [])]
    except (ValueError, AttributeError):
        return True, None
    if ids and settings.llm.model not in ids:
        return True, f"model {settings.llm.model!r} not listed ({', '.join(map(str, ids[:5]))})"
    return True, None

