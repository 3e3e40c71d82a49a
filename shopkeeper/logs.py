"""Logging set-up: readable lines for people, JSON lines for log collectors (``SHOPKEEPER_LOG_JSON=true``).

Every line passes through ``RedactingFilter`` first: passwords in URLs, API keys, tokens and bearer credentials
are replaced by ``***`` in the message, its fields and its traceback, so a driver's error that quotes a connection
string does not put the password into the operator's log either.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any

MASK = "***"
_REDACTIONS: list[tuple[re.Pattern[str], str]] = [
    # scheme://user:password@host -> scheme://user:***@host (postgresql, redis, amqp, http...)
    (re.compile(r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^\s:/@'\"]*:)[^\s@'\"]+(?=@)", re.IGNORECASE), r"\g<head>" + MASK),
    # Authorization: Bearer <token> / Basic <credentials>
    (re.compile(r"\b(?P<head>(?:bearer|basic)\s+)[A-Za-z0-9._~+/=\-]{8,}", re.IGNORECASE), r"\g<head>" + MASK),
    # key=value or key: value pairs (libpq DSNs, JSON, reprs): password=..., api_key: "...", access_token=...
    (re.compile(r"(?P<head>(?<![A-Za-z0-9])(?:password|passwd|pwd|\w*secret|api[_-]?key|access[_-]?key"
                r"|(?:access|refresh|auth|api|bot|operator|bearer)[_-]?token)"
                r"[\"']?\s*[=:]\s*[\"']?)[^\s\"'&,;}]+", re.IGNORECASE), r"\g<head>" + MASK),
    # Query strings: ?token=..., &session=... (a session id is a bearer credential in an access log line).
    (re.compile(r"(?P<head>[?&](?:token|key|session(?:_id)?|sig|signature)=)[^\s&\"']+", re.IGNORECASE),
     r"\g<head>" + MASK),
    # Telegram bot tokens: 123456789:AA...
    (re.compile(r"\b\d{8,10}:[A-Za-z0-9_\-]{30,}\b"), MASK),
    # Well-known API key shapes that travel without a name beside them.
    (re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_\-]{16,}\b"), MASK),
    (re.compile(r"\b(?:ghp|gho|ghs|github_pat|xox[abprs])_[A-Za-z0-9_\-]{16,}\b"), MASK),
]


def redact(text: str) -> str:
    """``text`` with credentials replaced by ``***`` (URL passwords, key=value secrets, bearer tokens, API keys)."""
    for pattern, repl in _REDACTIONS:
        text = pattern.sub(repl, text)
    return text


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redact_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact_value(v) for v in value]
    return value


def _redact_arg(value: Any) -> Any:
    if value is None or isinstance(value, int | float):
        return value  # numbers keep their type for %d / %.1f
    text = str(value)
    masked = redact(text)
    return value if masked == text else masked


class RedactingFilter(logging.Filter):
    """Rewrites each record before any handler formats it; attach it to every handler that writes somewhere."""

    def filter(self, record: logging.LogRecord) -> bool:
        # The template and each argument are redacted apart, keeping ``args``: some formatters read them (uvicorn's
        # access log unpacks its tuple).
        record.msg = _redact_arg(record.msg)
        if isinstance(record.args, dict):
            record.args = {k: _redact_arg(v) for k, v in record.args.items()}
        elif record.args:
            record.args = tuple(_redact_arg(a) for a in record.args)
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            record.fields = _redact_value(fields)
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            data.update(extra)
        if record.exc_text:  # set (and redacted) by RedactingFilter
            data["exc"] = record.exc_text
        elif record.exc_info:
            data["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(data, ensure_ascii=False, default=str)


_installed = False


def install_redaction() -> None:
    """Redact every log record as it is made (whatever handler writes it: ours, uvicorn's, pytest's). Idempotent."""
    global _installed
    if _installed:
        return
    _installed = True
    make = logging.getLogRecordFactory()
    redacting = RedactingFilter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        redacting.filter(record)
        return record

    logging.setLogRecordFactory(factory)


def setup_logging(level: str = "INFO", *, json_lines: bool = False) -> None:
    install_redaction()
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Libraries that are chatty at INFO.
    for name in ("httpx", "httpcore", "jieba", "urllib3", "sentence_transformers"):
        logging.getLogger(name).setLevel(logging.WARNING)


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name)
