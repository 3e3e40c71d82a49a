"""Session ids issued by the server: unguessable and signed, so a client can neither pick nor forge one.

An id is ``<random>.<mac>``: 18 random bytes (``secrets.token_urlsafe``) and an HMAC-SHA256 of them under the
server's secret, cut to 128 bits. Checking one needs no storage, so every web worker that has the same secret
accepts the ids the others issued. The secret comes from settings (``SHOPKEEPER_SERVER__SESSION_SECRET``) or is
generated once and kept in ``data_dir/secrets/session.key``, so a restart keeps sessions valid.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from shopkeeper.errors import ConfigError
from shopkeeper.logs import get_logger
from shopkeeper.settings import Settings

log = get_logger(__name__)

_SHAPE = re.compile(r"^[A-Za-z0-9_\-]{24}\.[A-Za-z0-9_\-]{22}$")
_DOMAIN = b"shopkeeper-session-v1:"  # the key signs nothing else under this prefix


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class SessionIssuer:
    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ConfigError("the session secret is too short", hint="set SHOPKEEPER_SERVER__SESSION_SECRET to at "
                              "least 16 random characters, or unset it to use a generated key")
        self._secret = secret

    def _mac(self, token: str) -> str:
        return _b64(hmac.new(self._secret, _DOMAIN + token.encode("ascii"), hashlib.sha256).digest()[:16])

    def issue(self) -> str:
        token = secrets.token_urlsafe(18)
        return f"{token}.{self._mac(token)}"

    def valid(self, session_id: str | None) -> bool:
        if not session_id or not _SHAPE.match(session_id):
            return False
        token, mac = session_id.split(".", 1)
        return hmac.compare_digest(mac, self._mac(token))


def _key_file(settings: Settings) -> Path:
    return (settings.data_dir / "secrets" / "session.key").resolve()


def load_secret(settings: Settings) -> bytes:
    """The configured secret, else the one kept under data_dir (created once, atomically, readable by us only)."""
    if settings.server.session_secret is not None:
        return settings.server.session_secret.get_secret_value().encode("utf-8")
    path = _key_file(settings)
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    except ValueError:
        log.warning("the session key file is damaged: a new key is made (existing sessions end)")
        path.unlink(missing_ok=True)
    key = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".session.key.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex())
        try:
            # link() fails when another worker got there first: then its key is the one everybody uses.
            os.link(tmp, path)
        except FileExistsError:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    except OSError as exc:
        log.warning("the session key could not be kept under data_dir (%s): sessions end when this process "
                    "stops; set SHOPKEEPER_SERVER__SESSION_SECRET", type(exc).__name__)
    return key


def session_issuer(settings: Settings) -> SessionIssuer:
    return SessionIssuer(load_secret(settings))
