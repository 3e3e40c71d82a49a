"""The manager chat of the console: the same assistant, in the logged-in person's staff role, over
``POST /staff/api/chat``. The role comes from the login, never from the request, and the conversation is the
person's own (session ``staff:<user>``), so nothing a shopper sends can reach it and a manager cannot write into a
shopper's session. ``"reset": true`` starts the conversation over.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.guard import guess_language
from agent.shopper_messages import error_text
from channels.port import ReplySource, safe_reply
from channels.web.protocol import ChatMessageIn, ChatReply, Rejected, collect
from channels.web.staff_auth import StaffPrincipal, require_staff
from tools.base import Role

Staff = Annotated[StaffPrincipal, Depends(require_staff)]


class StaffChatIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str = Field(min_length=1, max_length=8000)
    locale: str | None = None
    reset: bool = False  # start a new conversation (the assistant forgets the earlier follow-up context)


def staff_chat_router(get_assistant: Callable[[], ReplySource | None]) -> APIRouter:
    api = APIRouter(prefix="/staff/api", tags=["staff"])
    # The person's current conversation; a reset (or a restart of the server) opens a new one, so an old
    # conversation's follow-up context never leaks into a new one.
    current: dict[str, str] = {}

    @api.post("/chat", response_model=ChatReply, summary="One turn of the console's chat, in the staff member's role",
              responses={401: {"description": "no staff login"}, 422: {"model": Rejected}, 503: {"model": Rejected}})
    async def chat(body: StaffChatIn, who: Staff) -> ChatReply | JSONResponse:
        try:
            message = ChatMessageIn(text=body.text, locale=body.locale)  # the same checks as a shopper's message
        except ValidationError as exc:
            return JSONResponse({"code": "input_rejected", "message": exc.errors()[0]["msg"]}, status_code=422)
        if body.reset or who.user not in current:
            current[who.user] = f"staff:{who.user}:{secrets.token_hex(4)}"
        session_id = current[who.user]
        source = get_assistant()
        if source is None:
            language = guess_language(body.text, message.locale)
            return JSONResponse({"code": "unavailable", "message": error_text("unavailable", language)},
                                status_code=503)
        turn = message.to_turn(session_id=session_id, role=Role(who.role), channel="web", client_id=None)
        return await collect(session_id, safe_reply(source, turn))

    return api
