"""Staff login for the web app: scrypt password hashes, a signed session cookie, and the FastAPI dependency.

Passwords are hashed with the standard library's scrypt (memory-hard, salted), so no extra dependency is needed;
the hash string carries its parameters, so they can be raised later without breaking existing hashes.
The cookie is ``<payload>.<mac>``: the user, role and expiry as base64 JSON, signed with HMAC-SHA256 under the
server's session secret with a domain prefix of its own (a shopper's session id can never pass as a staff cookie).
HttpOnly (no script reads it) and SameSite=Strict (no other site's page can send it: the CSRF defence).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import html
import json
import secrets
import time
from pathlib import Path
from typing import Literal

from fastapi import HTTPException, Request, WebSocket
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ValidationError

from shopkeeper.errors import InputRejected, NotFound, PermissionDenied, ShopkeeperError
from shopkeeper.settings import Settings

COOKIE = "shopkeeper_staff"
_DOMAIN = b"shopkeeper-staff-v1:"
# scrypt cost: N=2^15, r=8 uses 32 MiB and about 0.1 s per check on this machine; enough to make guessing slow.
_N, _R, _P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=_unb64(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=_MAXMEM, dklen=len(_unb64(digest)))
    except (ValueError, binascii.Error):  # a damaged hash in the settings matches nothing
        return False
    return hmac.compare_digest(got, _unb64(digest))


# Checked when the user name is unknown, so a wrong name costs the same time as a wrong password.
_DUMMY = hash_password(secrets.token_hex(8))


class StaffPrincipal(BaseModel):
    """Who is logged in on the staff page."""

    user: str
    role: Literal["manager", "host"]
    exp: int


class StaffCookies:
    """Signs and checks staff session cookies."""

    def __init__(self, secret: bytes, settings: Settings) -> None:
        self._secret = secret
        self._settings = settings

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._secret, _DOMAIN + payload.encode("ascii"), hashlib.sha256).digest())

    def login(self, user: str, password: str) -> StaffPrincipal | None:
        account = self._settings.staff.users.get(user)
        ok = verify_password(password, account.password_hash.get_secret_value() if account else _DUMMY)
        if account is None or not ok:
            return None
        return StaffPrincipal(user=user, role=account.role, exp=int(time.time()) + self._settings.staff.session_ttl_s)

    def sign(self, who: StaffPrincipal) -> str:
        payload = _b64(json.dumps(who.model_dump(), separators=(",", ":")).encode("utf-8"))
        return f"{payload}.{self._mac(payload)}"

    def check(self, cookie: str | None) -> StaffPrincipal | None:
        if not cookie or cookie.count(".") != 1:
            return None
        payload, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac(payload)):
            return None
        try:
            who = StaffPrincipal.model_validate_json(_unb64(payload))
        except (ValidationError, ValueError, binascii.Error):
            return None
        account = self._settings.staff.users.get(who.user)
        # Expired, or the user was removed (or their role changed) since: the cookie no longer counts.
        if who.exp < time.time() or account is None or account.role != who.role:
            return None
        return who


def cookies_of(conn: Request | WebSocket) -> StaffCookies:
    cookies: StaffCookies = conn.app.state.staff_cookies
    return cookies


def require_staff(request: Request) -> StaffPrincipal:
    """The dependency of every staff route: 401 without a valid staff cookie."""
    who = cookies_of(request).check(request.cookies.get(COOKIE))
    if who is None:
        raise HTTPException(status_code=401, detail="staff login required")
    return who


def staff_of_socket(ws: WebSocket) -> StaffPrincipal | None:
    return cookies_of(ws).check(ws.cookies.get(COOKIE))


_STATIC_DIR = Path(__file__).resolve().parent / "static"
_LOGIN_REQUIRED = (
    '<!doctype html><meta charset="utf-8"><title>Staff login required</title>'
    '<p>Staff login required. <a href="/staff/login">Log in</a></p>'
)


def staff_page(request: Request, settings: Settings, filename: str) -> HTMLResponse:
    """A staff page from static/ with the store's name filled in, or 401 with a link to log in."""
    if cookies_of(request).check(request.cookies.get(COOKIE)) is None:
        return HTMLResponse(_LOGIN_REQUIRED, status_code=401)
    text = (_STATIC_DIR / filename).read_text(encoding="utf-8")
    return HTMLResponse(text.replace("{{store_name}}", html.escape(settings.store_name)),
                        headers={"cache-control": "no-store"})


def staff_http_error(
    exc: ShopkeeperError, *, denied: str | None = None, conflict: type[ShopkeeperError] | None = None,
    rejected_status: int = 422,
) -> HTTPException:
    """A staff API's answer to a tool's error: 403 refused by role (``denied`` replaces the message), 404 not found,
    409 for the router's own ``conflict`` error, ``rejected_status`` for bad input, else 503 (no store to ask)."""
    if isinstance(exc, PermissionDenied):
        return HTTPException(403, denied or exc.message)
    if isinstance(exc, NotFound):
        return HTTPException(404, exc.message)
    if conflict is not None and isinstance(exc, conflict):
        return HTTPException(409, exc.message)
    if isinstance(exc, InputRejected):
        return HTTPException(rejected_status, exc.message)
    return HTTPException(503, exc.message)
