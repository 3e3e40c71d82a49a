"""The operator's log masks credentials: passwords in URLs, key=value secrets, bearer tokens, API keys, session ids
in query strings; in the message, its arguments, its fields and its traceback, in text and JSON lines."""

from __future__ import annotations

import json
import logging

import pytest

from shopkeeper.logs import install_redaction, redact, setup_logging

SECRET = "S3cr3tPlanted"


@pytest.mark.parametrize("text,kept", [
    (f"postgresql://shop:{SECRET}@127.0.0.1:1/x", "postgresql://shop:***@127.0.0.1:1/x"),
    (f"redis://:{SECRET}@cache:6379/0", "redis://:***@cache:6379/0"),
    (f"host=db password={SECRET} user=shop", "host=db password=*** user=shop"),
    (f'{{"api_key": "{SECRET}"}}', '{"api_key": "***"}'),
    (f"OPENAI_API_KEY={SECRET}", "OPENAI_API_KEY=***"),
    (f"Authorization: Bearer {SECRET}", "Authorization: Bearer ***"),
    (f"GET /ws/chat?session_id={SECRET}&x=1", "GET /ws/chat?session_id=***&x=1"),
    (f"key sk-{SECRET}abcdefghijk used", "key *** used"),
])
def test_redact_masks_credentials(text: str, kept: str) -> None:
    assert redact(text) == kept


def test_ordinary_text_is_left_alone() -> None:
    for text in ("time to first token: 80 ms", "the password was wrong", "order 1003 shipped on 2026-12-01"):
        assert redact(text) == text


def test_log_lines_are_masked_in_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        for json_lines in (False, True):
            setup_logging("INFO", json_lines=json_lines)
            log = logging.getLogger("test.redaction")
            log.warning("cannot open %s", f"postgresql://shop:{SECRET}@127.0.0.1:1/x",
                        extra={"fields": {"dsn": f"password={SECRET}"}})
            try:
                raise RuntimeError(f"connect failed: redis://:{SECRET}@cache/0")
            except RuntimeError:
                log.exception("turn failed")
            err = capsys.readouterr().err
            assert SECRET not in err and "postgresql://shop:***@127.0.0.1:1/x" in err and "redis://:***@cache/0" in err
            if json_lines:
                lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
                assert lines[0]["dsn"] == "password=***" and "RuntimeError" in lines[1]["exc"]
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def test_records_are_masked_for_every_handler(caplog: pytest.LogCaptureFixture) -> None:
    install_redaction()  # what create_app does: even pytest's own handler gets masked records
    logging.getLogger("test.redaction").warning("dsn %s", f"postgresql://u:{SECRET}@h/x")
    assert SECRET not in caplog.text and "postgresql://u:***@h/x" in caplog.text
