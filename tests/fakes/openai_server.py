"""A local fake OpenAI-compatible server: the real wire protocol over loopback, scripted per test.

It speaks what ``openai`` / ``langchain-openai`` send and expect: ``POST /v1/chat/completions`` (JSON, or Server-Sent
Events ``data: {...}`` chunks ending with ``data: [DONE]`` when ``"stream": true``), tool calls in the real shape
(``message.tool_calls[].function.arguments`` as a JSON string; streamed as argument fragments), and
``GET /v1/models``. Streams use HTTP/1.1 chunked transfer encoding, so "dying mid-stream" is a connection closed
without the terminating chunk, exactly what a crashed server looks like to a client.

Usage::

    with FakeOpenAIServer([FakeReply(text="Hello!"), FakeReply(tool_call=("search", {"query": "boots"}))]) as srv:
        model = OpenAICompatChatModel(base_url=srv.base_url, model="fake", api_key=None)
        ...
        srv.requests[-1]["tool_choice"]   # what the client sent
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeReply:
    """One scripted answer. ``text`` and/or ``tool_call`` (name, arguments); faults: ``status`` (an HTTP error),
    ``delay_s`` (before answering), ``die_after_chunks`` (streams only: close the connection after N SSE chunks),
    ``chunk_delay_s`` (between SSE chunks)."""

    text: str = ""
    tool_call: tuple[str, dict[str, Any]] | None = None
    status: int = 200
    delay_s: float = 0.0
    chunk_delay_s: float = 0.0
    die_after_chunks: int | None = None
    finish_reason: str | None = None  # default: "tool_calls" with a tool call, else "stop"


Script = Sequence[FakeReply] | Callable[[dict[str, Any]], FakeReply]


@dataclass
class _State:
    script: Script
    requests: list[dict[str, Any]] = field(default_factory=list)
    index: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def next_reply(self, request: dict[str, Any]) -> FakeReply:
        with self.lock:
            self.requests.append(request)
            if callable(self.script):
                return self.script(request)
            if not self.script:
                return FakeReply(text="OK")
            reply = self.script[min(self.index, len(self.script) - 1)]
            self.index += 1
            return reply


def _words(text: str) -> list[str]:
    pieces: list[str] = []
    for i, word in enumerate(text.split(" ")):
        pieces.append(word if i == 0 else " " + word)
    return [p for p in pieces if p]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet: pytest output stays readable
        return

    # -- routes --------------------------------------------------------------------------------------------------

    def do_GET(self) -> None:
        if self.path.rstrip("/") in {"/v1/models", "/models"}:
            self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model", "owned_by": "tests"}]})
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.path.rstrip("/") not in {"/v1/chat/completions", "/chat/completions"}:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        state = self.server.state
        reply = state.next_reply(body)
        if reply.delay_s and state.stopping.wait(reply.delay_s):
            return
        if reply.status != 200:
            self._json(reply.status, {"error": {"message": "scripted failure", "type": "server_error"}})
            return
        model = str(body.get("model") or "fake-model")
        if body.get("stream"):
            self._stream(reply, model)
        else:
            self._json(200, _completion(reply, model))

    # -- helpers -------------------------------------------------------------------------------------------------

    def _json(self, status: int, data: dict[str, Any]) -> None:
        raw = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _stream(self, reply: FakeReply, model: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        events = [json.dumps(c) for c in _stream_chunks(reply, model)] + ["[DONE]"]
        for i, event in enumerate(events):
            if reply.die_after_chunks is not None and i >= reply.die_after_chunks:
                # Crash: no final chunk of the chunked body, the socket just closes.
                self.close_connection = True
                self.wfile.flush()
                return
            if reply.chunk_delay_s and i and self.server.state.stopping.wait(reply.chunk_delay_s):
                return
            data = f"data: {event}\n\n".encode()
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def _tool_call_message(reply: FakeReply) -> list[dict[str, Any]]:
    assert reply.tool_call is not None
    name, arguments = reply.tool_call
    return [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": json.dumps(arguments)}}]


def _finish(reply: FakeReply) -> str:
    return reply.finish_reason or ("tool_calls" if reply.tool_call else "stop")


def _completion(reply: FakeReply, model: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.text or None}
    if reply.tool_call:
        message["tool_calls"] = _tool_call_message(reply)
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": _finish(reply), "logprobs": None}],
        "usage": {"prompt_tokens": 10, "completion_tokens": len(_words(reply.text)), "total_tokens": 10},
    }


def _stream_chunks(reply: FakeReply, model: str) -> list[dict[str, Any]]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}

    chunks = [chunk({"role": "assistant", "content": ""})]
    chunks += [chunk({"content": word}) for word in _words(reply.text)]
    if reply.tool_call:
        name, arguments = reply.tool_call
        raw = json.dumps(arguments)
        half = len(raw) // 2
        # Real servers send the name first, then the arguments in fragments.
        chunks.append(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                             "function": {"name": name, "arguments": raw[:half]}}]}))
        chunks.append(chunk({"tool_calls": [{"index": 0, "function": {"arguments": raw[half:]}}]}))
    chunks.append(chunk({}, _finish(reply)))
    return chunks


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler stuck in a scripted delay never blocks shutdown
    state: _State


class FakeOpenAIServer:
    """Start on an ephemeral loopback port in a thread (``with`` or ``start()``/``stop()``)."""

    def __init__(self, script: Script = ()) -> None:
        self._state = _State(script=script if callable(script) else list(script))
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = self._state
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Every request body received, in order (JSON-decoded)."""
        return self._state.requests

    def script(self, script: Script) -> None:
        """Replace the script (and restart it from its first reply)."""
        with self._state.lock:
            self._state.script = script if callable(script) else list(script)
            self._state.index = 0

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._state.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
