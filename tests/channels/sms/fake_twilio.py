"""A local stand-in for Twilio's Messages API, over real HTTP on 127.0.0.1.

The Twilio adapter is tested through its real httpx client and real sockets against this
server, which speaks Twilio's wire format: HTTP Basic auth checked against the account
SID and auth token (401 and error 20003 otherwise), form-encoded fields validated as
Twilio does (21604 no To, 21602 no Body, 21603 no From, 21211 invalid To, 21610
recipient unsubscribed by texting STOP to Twilio), a 201 JSON
message resource on success, and errors as `{code, message, more_info, status}`. It
records what it accepted, can fail the next calls with 500 or 429 or answer slower than
the client waits, and builds status callbacks and inbound messages signed the way Twilio
signs them (its own implementation of the algorithm, not the adapter's).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode

import phonenumbers
import pytest
from tests.local_server import LocalServer

from amiable.channels.sms.segments import segment_count

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "fake-twilio-auth-token-0123456789"


@dataclass(frozen=True)
class Accepted:
    """One message the fake accepted, as it came over the wire."""

    sid: str
    to: str
    from_: str | None
    messaging_service_sid: str | None
    body: str
    status_callback: str | None
    form: dict[str, str]


@dataclass(frozen=True)
class Received:
    """Any request, accepted or not."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class SignedRequest:
    """A webhook as Twilio would deliver it: what a route hands to the parser."""

    url: str
    headers: dict[str, str]
    body: bytes


@dataclass
class _Failure:
    status: int
    code: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)


def twilio_signature(auth_token: str, url: str, params: dict[str, str]) -> str:
    """Twilio's algorithm, written here independently: URL, then each name+value sorted."""
    data = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    mac = hmac.new(auth_token.encode("utf-8"), data.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.digest()).decode("ascii")


class FakeTwilio(LocalServer):
    """Serves /2010-04-01/Accounts/{sid}/Messages.json on a port the system picks."""

    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.accepted: list[Accepted] = []
        self.requests: list[Received] = []
        self._failures: list[_Failure] = []
        self._delays: list[float] = []
        self.unsubscribed: set[str] = set()
        self._lock = threading.Lock()
        self._listen(_Server, _Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def fail_next(self, count: int, status: int = 500, retry_after: int | None = None) -> None:
        """The next `count` calls answer `status` (500, 503, 429) in Twilio's error shape."""
        code, message = (20429, "Too Many Requests") if status == 429 else (20500, "Internal")
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        with self._lock:
            self._failures.extend(_Failure(status, code, message, headers) for _ in range(count))

    def unsubscribe(self, number: str) -> None:
        """The number texted STOP to Twilio: sends to it fail with 21610 from now on."""
        with self._lock:
            self.unsubscribed.add(number)

    def slow_next(self, count: int, seconds: float) -> None:
        """The next `count` calls wait `seconds` before answering (longer than a timeout)."""
        with self._lock:
            self._delays.extend([seconds] * count)

    # Webhooks Twilio would send

    def status_callback(
        self, url: str, message_sid: str, status: str, **extra: str
    ) -> SignedRequest:
        """A signed status callback for `url` (the StatusCallback the message carried)."""
        params = {
            "AccountSid": self.account_sid,
            "ApiVersion": "2010-04-01",
            "MessageSid": message_sid,
            "MessageStatus": status,
            "SmsSid": message_sid,
            "SmsStatus": status,
            **extra,
        }
        return self._signed(url, params)

    def inbound(self, url: str, from_: str, to: str, body: str, **extra: str) -> SignedRequest:
        """A signed inbound message, as Twilio posts it to the number's webhook."""
        sid = extra.pop("MessageSid", "SM" + uuid.uuid4().hex)
        params = {
            "AccountSid": self.account_sid,
            "ApiVersion": "2010-04-01",
            "Body": body,
            "From": from_,
            "MessageSid": sid,
            "NumMedia": "0",
            "NumSegments": "1",
            "SmsMessageSid": sid,
            "SmsSid": sid,
            "SmsStatus": "received",
            "To": to,
            **extra,
        }
        return self._signed(url, params)

    def _signed(self, url: str, params: dict[str, str]) -> SignedRequest:
        return SignedRequest(
            url=url,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": twilio_signature(self.auth_token, url, params),
                "I-Twilio-Idempotency-Token": uuid.uuid4().hex,
            },
            body=urlencode(params).encode(),
        )

    # Lifecycle

    # Used by the handler

    def _next_failure(self) -> _Failure | None:
        with self._lock:
            return self._failures.pop(0) if self._failures else None

    def _next_delay(self) -> float:
        with self._lock:
            return self._delays.pop(0) if self._delays else 0.0

    def _record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)

    def _accept(self, accepted: Accepted) -> None:
        with self._lock:
            self.accepted.append(accepted)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeTwilio


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        fake._record(Received("POST", self.path, dict(self.headers.items()), raw))
        delay = fake._next_delay()
        if delay:
            fake._stopping.wait(delay)
        failure = fake._next_failure()
        if failure is not None:
            self._error(failure.status, failure.code, failure.message, failure.headers)
            return
        self._create_message(fake, raw)

    def do_GET(self) -> None:
        self._error(405, 20004, "Method not allowed")

    def _create_message(self, fake: FakeTwilio, raw: bytes) -> None:
        if not self._authenticated(fake):
            self._error(401, 20003, "Authenticate")
            return
        path = f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"
        if self.path != path:
            self._error(404, 20404, f"The requested resource {self.path} was not found")
            return
        form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        to = form.get("To", "")
        if not to:
            self._error(400, 21604, "A 'To' phone number is required.")
            return
        if not form.get("Body"):
            self._error(400, 21602, "Message body is required.")
            return
        if not form.get("From") and not form.get("MessagingServiceSid"):
            self._error(400, 21603, "A 'From' phone number is required.")
            return
        if not _valid_e164(to):
            self._error(400, 21211, f"Invalid 'To' Phone Number: {to}")
            return
        if to in fake.unsubscribed:
            self._error(400, 21610, "Attempt to send to unsubscribed recipient")
            return
        sid = "SM" + uuid.uuid4().hex
        fake._accept(
            Accepted(
                sid=sid,
                to=to,
                from_=form.get("From"),
                messaging_service_sid=form.get("MessagingServiceSid"),
                body=form["Body"],
                status_callback=form.get("StatusCallback"),
                form=form,
            )
        )
        self._json(201, _message_resource(fake.account_sid, sid, form))

    def _authenticated(self, fake: FakeTwilio) -> bool:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            decoded = base64.b64decode(header[len("Basic ") :]).decode("utf-8")
        except ValueError:
            return False
        username, _, password = decoded.partition(":")
        return hmac.compare_digest(username, fake.account_sid) and hmac.compare_digest(
            password, fake.auth_token
        )

    def _error(
        self, status: int, code: int, message: str, headers: dict[str, str] | None = None
    ) -> None:
        body = {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }
        self._json(status, body, headers)

    def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _valid_e164(number: str) -> bool:
    if not number.startswith("+"):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        return False


def _message_resource(account_sid: str, sid: str, form: dict[str, str]) -> dict[str, Any]:
    service = form.get("MessagingServiceSid")
    return {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": form["Body"],
        "date_created": "Fri, 20 Nov 2026 09:30:00 +0000",
        "date_sent": None,
        "date_updated": "Fri, 20 Nov 2026 09:30:00 +0000",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": form.get("From"),
        "messaging_service_sid": service,
        "num_media": "0",
        # A string, as Twilio sends it. Twilio counts segments itself; the fake borrows the
        # segment module, which has its own exact tests.
        "num_segments": str(segment_count(form["Body"]).segments),
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        "status": "accepted" if service and not form.get("From") else "queued",
        "subresource_uris": {
            "media": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}/Media.json"
        },
        "to": form["To"],
        "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json",
    }


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    """A running fake Twilio, stopped after the test."""
    with FakeTwilio() as server:
        yield server
