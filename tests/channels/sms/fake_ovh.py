"""A local stand-in for OVHcloud's /sms API, over real HTTP on 127.0.0.1.

The OVH adapter is tested through its real httpx client against this server, which
speaks OVH's wire format under `/1.0`: `GET /auth/time` (its own clock, deliberately
off from ours, so a client that ignores it fails), and signed calls checked the way OVH
checks them: application key and consumer key known, timestamp close to the server's
clock, and `X-Ovh-Signature` recomputed from the request as received (method, full URL,
raw body, timestamp). Refusals use OVH's error shape `{errorCode, httpCode, message}`.
`POST /sms/{serviceName}/jobs` validates the body against the fields and enums the API
accepts and answers `{ids, invalidReceivers, validReceivers, totalCreditsRemoved}`;
`PUT /sms/{serviceName}` records the callback settings. The fake records what it
accepted, can fail the next calls with 500 or 429 or answer slowly, and builds the
callbacks OVH would make (delivery receipts by GET, replies by POST), which carry no
signature: only the token in the URL the adapter registered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlencode, urlsplit

import phonenumbers
import pytest
from tests.local_server import LocalServer

from amiable.channels.sms.segments import segment_count

APPLICATION_KEY = "fakeAppKey123"
APPLICATION_SECRET = "fakeAppSecret456"
CONSUMER_KEY = "fakeConsumerKey789"
SERVICE_NAME = "sms-ab12345-1"
# OVH's clock is ahead of ours here: a client must use GET /auth/time to be accepted.
SERVER_CLOCK_OFFSET_SECONDS = 3600
# How far a request's timestamp may stray from the server's clock (the fake's choice).
TIMESTAMP_TOLERANCE_SECONDS = 60

_JOB_FIELDS = {
    "charset": {"UTF-8"},
    "class": {"flash", "phoneDisplay", "sim", "toolkit"},
    "coding": {"7bit", "8bit"},
    "priority": {"high", "low", "medium", "veryLow"},
}
_JOB_PROPERTIES = {
    "charset",
    "class",
    "coding",
    "differedPeriod",
    "message",
    "noStopClause",
    "priority",
    "receivers",
    "receiversDocumentUrl",
    "receiversSlotId",
    "sender",
    "senderForResponse",
    "tag",
    "validityPeriod",
}


@dataclass(frozen=True)
class Job:
    """One job the fake accepted: its id and the JSON body as received."""

    id: int
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass(frozen=True)
class Callback:
    """A callback as OVH would make it: what a route hands to the parser."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes


class FakeOvh(LocalServer):
    """Serves OVH's /1.0 API subset for SMS on a port the system picks."""

    def __init__(self) -> None:
        self.application_key = APPLICATION_KEY
        self.application_secret = APPLICATION_SECRET
        self.consumer_key = CONSUMER_KEY
        self.service_name = SERVICE_NAME
        self.jobs: list[Job] = []
        self.account_settings: dict[str, Any] = {}
        self.requests: list[tuple[str, str]] = []
        self._next_id = 100_000_001
        self._failures: list[int] = []
        self._delays: list[float] = []
        self._lock = threading.Lock()
        self._listen(_Server, _Handler)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/1.0"

    def server_time(self) -> int:
        return int(time.time()) + SERVER_CLOCK_OFFSET_SECONDS

    def fail_next(self, count: int, status: int = 500) -> None:
        """The next `count` signed calls answer `status` (500, 503, 429)."""
        with self._lock:
            self._failures.extend([status] * count)

    def slow_next(self, count: int, seconds: float) -> None:
        """The next `count` signed calls wait `seconds` before answering."""
        with self._lock:
            self._delays.extend([seconds] * count)

    # Callbacks OVH would make (no signature: OVH offers none)

    def delivery_receipt(self, callback_url: str, sms_id: int | str, **params: str) -> Callback:
        """A GET on the registered callBack URL with id and the DLR fields OVH appends."""
        query = urlencode({"id": str(sms_id), **params})
        separator = "&" if urlsplit(callback_url).query else "?"
        return Callback("GET", f"{callback_url}{separator}{query}", {}, b"")

    def reply(self, cgi_url: str, senderid: str, message: str, **params: str) -> Callback:
        """A POST on the registered smsResponse CGI URL, form-encoded, as OVH sends replies."""
        fields = {"senderid": senderid, "message": message, **params}
        return Callback(
            "POST",
            cgi_url,
            {"Content-Type": "application/x-www-form-urlencoded"},
            urlencode(fields).encode(),
        )

    # Lifecycle

    # Used by the handler

    def _take_failure(self) -> int | None:
        with self._lock:
            return self._failures.pop(0) if self._failures else None

    def _take_delay(self) -> float:
        with self._lock:
            return self._delays.pop(0) if self._delays else 0.0

    def _new_ids(self, count: int) -> list[int]:
        with self._lock:
            ids = list(range(self._next_id, self._next_id + count))
            self._next_id += count
            return ids


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeOvh


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        fake = self.server.fake
        fake.requests.append(("GET", self.path))
        if self.path == "/1.0/auth/time":
            self._json(200, fake.server_time())
            return
        self._error(404, "", "Got an invalid (or empty) URL")

    def do_POST(self) -> None:
        self._signed_call("POST")

    def do_PUT(self) -> None:
        self._signed_call("PUT")

    def _signed_call(self, method: str) -> None:
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        fake.requests.append((method, self.path))
        delay = fake._take_delay()
        if delay:
            fake._stopping.wait(delay)
        failure = fake._take_failure()
        if failure is not None:
            self._error(
                failure, "", "Internal server error" if failure != 429 else "Too many requests"
            )
            return
        refusal = self._authentication_refusal(fake, method, raw)
        if refusal is not None:
            self._error(*refusal)
            return
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            self._error(400, "", "Invalid JSON received")
            return
        jobs_path = f"/1.0/sms/{fake.service_name}/jobs"
        account_path = f"/1.0/sms/{fake.service_name}"
        if method == "POST" and self.path == jobs_path:
            self._create_jobs(fake, body)
        elif method == "PUT" and self.path == account_path:
            fake.account_settings.update(body if isinstance(body, dict) else {})
            self._json(200, None)
        else:
            self._error(404, "", f"The requested object ({self.path}) does not exist")

    def _authentication_refusal(
        self, fake: FakeOvh, method: str, raw: bytes
    ) -> tuple[int, str, str] | None:
        application = self.headers.get("X-Ovh-Application")
        if application != fake.application_key:
            return 403, "INVALID_KEY", "Invalid application key"
        consumer = self.headers.get("X-Ovh-Consumer")
        if consumer != fake.consumer_key:
            return 403, "INVALID_CREDENTIAL", "This credential does not exist"
        timestamp = self.headers.get("X-Ovh-Timestamp", "")
        if not timestamp.isdigit():
            return 400, "INVALID_SIGNATURE", "Invalid signature"
        if abs(int(timestamp) - fake.server_time()) > TIMESTAMP_TOLERANCE_SECONDS:
            return 400, "QUERY_TIME_OUT", "Query out of time"
        url = f"http://{self.headers.get('Host')}{self.path}"
        payload = "+".join(
            (
                fake.application_secret,
                fake.consumer_key,
                method,
                url,
                raw.decode("utf-8"),
                timestamp,
            )
        )
        expected = "$1$" + hashlib.sha1(payload.encode("utf-8")).hexdigest()
        if not hmac.compare_digest(expected, self.headers.get("X-Ovh-Signature", "")):
            return 400, "INVALID_SIGNATURE", "Invalid signature"
        return None

    def _create_jobs(self, fake: FakeOvh, body: Any) -> None:
        problem = _job_problem(body)
        if problem:
            self._error(400, "", problem)
            return
        valid = [r for r in body.get("receivers", []) if _valid_receiver(r)]
        invalid = [r for r in body.get("receivers", []) if not _valid_receiver(r)]
        ids = fake._new_ids(len(valid))
        for job_id in ids:
            fake.jobs.append(Job(job_id, body, dict(self.headers.items())))
        parts = segment_count(body["message"]).segments
        self._json(
            200,
            {
                "totalCreditsRemoved": parts * len(valid),
                "invalidReceivers": invalid,
                "validReceivers": valid,
                "ids": ids,
            },
        )

    def _error(self, status: int, error_code: str, message: str) -> None:
        body: dict[str, Any] = {"message": message}
        if error_code:
            body["errorCode"] = error_code
            body["httpCode"] = f"{status} {_REASONS.get(status, '')}".strip()
        self._json(status, body)

    def _json(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


_REASONS = {400: "Bad Request", 403: "Forbidden", 404: "Not Found"}


def _job_problem(body: Any) -> str | None:
    """Why OVH would refuse this job body, or None."""
    if not isinstance(body, dict):
        return "Invalid body: an object is expected"
    unknown = sorted(set(body) - _JOB_PROPERTIES)
    if unknown:
        return f"Unexpected property: {unknown[0]}"
    if not isinstance(body.get("message"), str) or not body["message"]:
        return "Missing parameter: message"
    for name, allowed in _JOB_FIELDS.items():
        if name in body and body[name] not in allowed:
            return f"Invalid value for {name}: {body[name]!r}"
    receivers = body.get("receivers")
    if not isinstance(receivers, list) or not all(isinstance(r, str) for r in receivers):
        return "Invalid parameter: receivers must be a list of strings"
    for name in ("noStopClause", "senderForResponse"):
        if name in body and not isinstance(body[name], bool):
            return f"Invalid parameter: {name} must be a boolean"
    return None


def _valid_receiver(receiver: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(receiver, None))
    except phonenumbers.NumberParseException:
        return False


@pytest.fixture
def fake_ovh() -> Iterator[FakeOvh]:
    """A running fake OVH API, stopped after the test."""
    with FakeOvh() as server:
        yield server
