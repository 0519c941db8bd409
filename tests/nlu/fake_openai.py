"""A local stand-in for an OpenAI-compatible chat-completions server, over real HTTP.

The LLM reader is tested through its real httpx client and real sockets, so what is
asserted is what would go over the wire: the path, the headers, the masked prompt. The
server answers with scripted replies, one per request, in order: valid JSON, JSON in
fences, garbage, HTTP errors, or a reply slower than the client's timeout.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from tests.local_server import LocalServer

PATH = "/v1/chat/completions"


@dataclass(frozen=True)
class Reply:
    """One scripted HTTP answer."""

    status: int = 200
    body: bytes = b""
    delay_seconds: float = 0.0
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def content(cls, text: str) -> Reply:
        """A 200 in the chat-completions shape whose message content is `text`."""
        envelope = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "model": "fake-model",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        return cls(body=json.dumps(envelope).encode())

    @classmethod
    def answer(cls, answer: dict[str, Any]) -> Reply:
        return cls.content(json.dumps(answer))

    @classmethod
    def fenced(cls, answer: dict[str, Any]) -> Reply:
        """How servers ignoring response_format tend to answer: prose and a fenced block."""
        return cls.content(
            f"Here is the reading:\n```json\n{json.dumps(answer)}\n```\nHope it helps."
        )

    @classmethod
    def error(
        cls, status: int, message: str = "scripted error", headers: dict[str, str] | None = None
    ) -> Reply:
        body = json.dumps({"error": {"message": message, "type": "fake_error"}}).encode()
        return cls(status=status, body=body, headers=tuple((headers or {}).items()))

    @classmethod
    def raw(cls, body: bytes, status: int = 200) -> Reply:
        return cls(status=status, body=body)

    def slow(self, seconds: float) -> Reply:
        return replace(self, delay_seconds=seconds)


@dataclass(frozen=True)
class Received:
    """One request as the server got it."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)

    def message(self, role: str) -> str:
        """The content of the first message with that role ("system", "user")."""
        return next(m["content"] for m in self.body.get("messages", []) if m["role"] == role)

    @property
    def wire_text(self) -> str:
        """Everything the server received in the body, as text: what left the machine."""
        return json.dumps(self.body, ensure_ascii=False)


class FakeOpenAI(LocalServer):
    """Serves chat completions on 127.0.0.1, on a port the system picks."""

    def __init__(self, api_key: str | None = None) -> None:
        # When set, requests must carry "Authorization: Bearer <api_key>" or get a 401.
        self.api_key = api_key
        self.requests: list[Received] = []
        self._replies: list[Reply] = []
        self._lock = threading.Lock()
        self._listen(_Server, _Handler)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def _record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)

    def _next_reply(self) -> Reply:
        with self._lock:
            if self._replies:
                return self._replies.pop(0)
        return Reply.error(500, "no reply scripted for this request")

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    # Handler threads must not keep the test process alive or block server_close().
    daemon_threads = True
    fake: FakeOpenAI


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"unparsable": raw.decode("utf-8", "replace")}
        fake._record(Received("POST", self.path, dict(self.headers.items()), body))
        self._send(self._reply_for(fake, body))

    def do_GET(self) -> None:
        self._send(Reply.error(405, "only POST is served"))

    def _reply_for(self, fake: FakeOpenAI, body: Any) -> Reply:
        if self.path != PATH:
            return Reply.error(404, f"unknown path {self.path}")
        if fake.api_key and self.headers.get("Authorization") != f"Bearer {fake.api_key}":
            return Reply.error(401, "Incorrect API key provided")
        if not isinstance(body, dict) or "model" not in body or "messages" not in body:
            return Reply.error(400, "model and messages are required")
        return fake._next_reply()

    def _send(self, reply: Reply) -> None:
        self.server.fake._wait(reply.delay_seconds)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (its timeout); nothing left to answer.
            pass

    def log_message(self, format: str, *args: Any) -> None:
        # Quiet: the tests assert on `requests`, not on the access log.
        pass


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A running fake server, stopped after the test."""
    with FakeOpenAI() as server:
        yield server
