"""What a tool is: typed input and output, the roles allowed to call it, and one async function.

Roles are enforced here, in the tool layer, never in a prompt: a shopper's session cannot reach a manager tool
whatever the text of the conversation says.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from shopkeeper.errors import InputRejected, PermissionDenied
from shopkeeper.settings import Settings, get_settings


class Role(enum.StrEnum):
    SHOPPER = "shopper"
    MANAGER = "manager"
    HOST = "host"


ALL_ROLES = frozenset(Role)
STAFF = frozenset({Role.MANAGER, Role.HOST})


@dataclass
class ToolContext:
    """Run-time dependencies of a tool call: who is asking, and the shared services (DB, index, models)."""

    role: Role
    session_id: str = "local"
    client_id: str | None = None  # the edge's key for the client (agent.events.Turn.client_id)
    # Orders this session proved with a second factor earlier (from the checkpointed state, never from a model's
    # tool arguments): follow-ups about them need no factor again.
    verified_orders: frozenset[int] = frozenset()
    locale: str = "en"
    settings: Settings = field(default_factory=get_settings)
    # Lazily built shared services (knowledge.services.Services); typed loosely to keep tools importable alone.
    services: Any = None

    def svc(self) -> Any:
        if self.services is None:
            from knowledge.services import get_services

            self.services = get_services(self.settings)
        return self.services


InT = TypeVar("InT", bound=BaseModel)
OutT = TypeVar("OutT", bound=BaseModel)


@dataclass(frozen=True)
class Tool(Generic[InT, OutT]):
    name: str
    description: str
    input_model: type[InT]
    output_model: type[OutT]
    roles: frozenset[Role]
    fn: Callable[[InT, ToolContext], Awaitable[OutT]]

    def allowed(self, role: Role) -> bool:
        return role in self.roles

    def require(self, role: Role) -> None:
        """Raise the refusal a ``role`` that may not use this tool gets (before the call, or before a journey asks a
        question of its own on the way to it)."""
        if not self.allowed(role):
            raise PermissionDenied(f"the {role.value} role may not use {self.name}", role=role.value)

    async def __call__(self, data: InT | dict[str, Any], ctx: ToolContext) -> OutT:
        self.require(ctx.role)
        try:
            args = data if isinstance(data, self.input_model) else self.input_model.model_validate(data)
        except ValidationError as exc:
            # A 100 KB query or a negative price is the caller's mistake: say which field and why, not a traceback.
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "input"
            raise InputRejected(f"{self.name}: {where}: {first.get('msg', 'invalid value')}") from exc
        return await self.fn(args, ctx)

    def json_schema(self) -> dict[str, Any]:
        """OpenAI-style function schema, for LLM tool calling."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.input_model.model_json_schema(),
            },
        }


REGISTRY: dict[str, Tool[Any, Any]] = {}


def tool(name: str, *, roles: frozenset[Role] | set[Role], description: str) -> Callable[
    [Callable[[InT, ToolContext], Awaitable[OutT]]], Tool[InT, OutT]
]:
    """Register ``async def fn(input: Input, ctx: ToolContext) -> Output`` as a typed tool."""

    def wrap(fn: Callable[[InT, ToolContext], Awaitable[OutT]]) -> Tool[InT, OutT]:
        hints = typing.get_type_hints(fn)
        params = [v for k, v in hints.items() if k != "return"]
        t: Tool[InT, OutT] = Tool(
            name=name,
            description=description,
            input_model=params[0],
            output_model=hints["return"],
            roles=frozenset(roles),
            fn=fn,
        )
        if name in REGISTRY and REGISTRY[name].fn is not fn:
            raise ValueError(f"tool {name} registered twice")
        REGISTRY[name] = t
        return t

    return wrap


def tools_for(role: Role) -> list[Tool[Any, Any]]:
    """The tools a role may call: what an LLM in tool-calling mode is offered."""
    return [t for t in REGISTRY.values() if t.allowed(role)]
