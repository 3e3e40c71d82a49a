"""The host page: pick products, set theme and length, generate a live-stream script, edit it, export Markdown, and
read it in a teleprompter that scrolls by the plan's time. Page /staff/livestream, API under /staff/api/livestream.

Staff login is required (401 without the cookie); the script tool's own role check decides the rest
(tools/livestream/tool.py: hosts and managers), so this router adds no rule of its own.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from channels.web.staff_auth import StaffPrincipal, require_staff, staff_page
from shopkeeper.errors import InputRejected, NotFound, PermissionDenied, ShopkeeperError
from shopkeeper.settings import Settings
from tools.base import Role, ToolContext
from tools.catalog_models import SearchInput, SearchOutput
from tools.livestream.models import Script, ScriptInput
from tools.livestream.tool import generate_stream_script

Staff = Annotated[StaffPrincipal, Depends(require_staff)]


def _http(exc: ShopkeeperError) -> HTTPException:
    if isinstance(exc, PermissionDenied):
        return HTTPException(403, exc.message)
    if isinstance(exc, NotFound):
        return HTTPException(404, exc.message)
    if isinstance(exc, InputRejected):
        return HTTPException(422, exc.message)
    return HTTPException(503, exc.message)


def livestream_router(settings: Settings) -> APIRouter:
    public = APIRouter(include_in_schema=False)
    api = APIRouter(prefix="/staff/api/livestream", tags=["staff"], dependencies=[Depends(require_staff)])

    def ctx_of(who: StaffPrincipal, lang: str) -> ToolContext:
        return ToolContext(role=Role(who.role), session_id=f"staff:{who.user}", settings=settings, locale=lang)

    @public.get("/staff/livestream", response_class=HTMLResponse)
    async def page(request: Request) -> HTMLResponse:
        return staff_page(request, settings, "livestream.html")

    @api.get("/products", response_model=SearchOutput)
    async def products(
        who: Staff, q: Annotated[str, Query(min_length=1, max_length=300)], lang: Literal["en", "ru", "zh"] = "en"
    ) -> SearchOutput:
        from tools.catalog import search_products

        try:
            out: SearchOutput = await search_products(SearchInput(query=q, language=lang, limit=12), ctx_of(who, lang))
        except ShopkeeperError as exc:
            raise _http(exc) from exc
        return out

    @api.post("/script", response_model=Script)
    async def script(body: ScriptInput, who: Staff) -> Script:
        try:
            return await generate_stream_script(body, ctx_of(who, body.language))
        except ShopkeeperError as exc:
            raise _http(exc) from exc

    router = APIRouter()
    router.include_router(public)
    router.include_router(api)
    return router
