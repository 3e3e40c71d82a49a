"""API docs at ``/docs`` that work offline.

FastAPI's own docs page loads Swagger UI from a CDN. Here the Swagger UI bundle shipped inside the ``swagger-ui-py``
wheel is served by the app itself; without that package, a small local page lists the endpoints from
``/openapi.json`` instead.
"""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/docs/assets"


def swagger_assets_dir() -> Path | None:
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or spec.origin is None:
        return None
    static = Path(spec.origin).parent / "static"
    return static if (static / "swagger-ui-bundle.js").is_file() else None


def _simple_page(app: FastAPI) -> str:
    """A plain list of operations, for when no Swagger UI bundle is installed."""
    schema: dict[str, Any] = app.openapi()
    rows = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            summary = html.escape(op.get("summary") or op.get("description") or "")
            rows.append(f"<tr><td><code>{method.upper()}</code></td><td><code>{html.escape(path)}</code></td>"
                        f"<td>{summary}</td></tr>")
    title = html.escape(app.title)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} API</title>"
        "<style>body{font:15px system-ui,sans-serif;margin:2rem;color:#1f2937}td{padding:.3rem .8rem;"
        "border-bottom:1px solid #e5e7eb}code{font-size:14px}</style></head>"
        f"<body><h1>{title} API</h1><p>Machine-readable schema: <a href='/openapi.json'>/openapi.json</a>. "
        "Websocket chat: <code>/ws/chat</code> (send <code>{\"session_id\", \"text\", \"locale\"}</code>, "
        "receive one JSON frame per event, ending with <code>done</code>).</p>"
        f"<table>{''.join(rows)}</table></body></html>"
    )


def add_docs(app: FastAPI) -> None:
    """Register ``/docs``; create the app with ``docs_url=None, redoc_url=None`` so FastAPI's CDN page is off."""
    assets = swagger_assets_dir()
    if assets is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        if assets is None:
            return HTMLResponse(_simple_page(app))
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
        )
