"""A local stand-in for Stripe's Checkout Sessions API, over real HTTP on 127.0.0.1.

The Stripe provider is tested through the official SDK's own HTTP client and real
sockets against this server, which speaks Stripe's wire format:

- `POST /v1/checkout/sessions`, form-encoded with Stripe's bracketed keys
  (`line_items[0][price_data][unit_amount]=4200`, `metadata[case_id]=17`), decoded here
  into nested objects and validated as Stripe does: an unknown parameter, a missing
  required one, an invalid integer, a URL or metadata out of bounds is a 400
  `invalid_request_error` naming the `param`;
- `Authorization: Bearer sk_test_…` checked against the fake's key (401 otherwise, in
  Stripe's error shape `{"error": {"type", "message", "code", "param", "doc_url"}}`);
- `Idempotency-Key` honoured: the same key with the same parameters replays the first
  answer (header `Idempotent-Replayed: true`), with other parameters it is a 400
  `idempotency_error`; as at Stripe, a request refused before it ran (an injected
  failure, a validation error) saves nothing under its key;
- a 200 with a Checkout Session object (`cs_test_…`, `status: "open"`,
  `payment_status: "unpaid"`, `payment_intent: null`, the checkout URL…).

It records every request, can be told to fail the next ones (500 `api_error`, 429
`rate_limit`, 402 `card_error`), moves a session on as the debtor would (`complete`,
`expire`), and builds webhook deliveries signed the way Stripe signs them: header
`t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (its own implementation of the
scheme, not the SDK's).
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from tests.local_server import LocalServer

API_KEY = "sk_test_amiableFake0123456789abcdef"
WEBHOOK_SECRET = "whsec_test_amiableFakeSigningSecret0123"
API_VERSION = "2026-10-28.endive"
"""What the fake puts in events it builds (the version stripe-python 16.1.0 pins)."""

PATH = "/v1/checkout/sessions"
DOCS = "https://docs.stripe.com/error-codes"

# The parameters `POST /v1/checkout/sessions` takes at the pinned API version (from the
# API reference); any other name is refused, as Stripe refuses it.
KNOWN_PARAMETERS = frozenset({
    "adaptive_pricing", "after_expiration", "allow_promotion_codes",
    "allowed_payment_method_types", "automatic_tax", "billing_address_collection",
    "branding_settings", "cancel_url", "client_reference_id", "consent_collection",
    "currency", "custom_fields", "custom_text", "customer", "customer_account",
    "customer_creation", "customer_email", "customer_update", "discounts",
    "excluded_payment_method_types", "expand", "expires_at", "integration_identifier",
    "invoice_creation", "line_items", "locale", "managed_payments", "metadata", "mode",
    "name_collection", "optional_items", "origin_context", "payment_intent_data",
    "payment_method_collection", "payment_method_configuration", "payment_method_data",
    "payment_method_options", "permissions", "phone_number_collection",
    "redirect_on_completion", "return_url", "saved_payment_method_options",
    "setup_intent_data", "shipping_address_collection", "shipping_options", "submit_type",
    "subscription_data", "success_url", "tax_id_collection", "ui_mode", "wallet_options",
})  # fmt: skip
# The smallest total Stripe charges in a few currencies (minor units).
MINIMUM_AMOUNTS = {"eur": 50, "usd": 50, "gbp": 30, "chf": 50}


class FormError(ValueError):
    """A request Stripe would refuse with a 400 invalid_request_error."""

    def __init__(self, message: str, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code


@dataclass(frozen=True)
class Received:
    """Any request, accepted or not, as it came over the wire."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    form: dict[str, Any] | None = None  # the body decoded into nested objects
    created: bool = False  # it created a session (not a replay, not a refusal)

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)


@dataclass
class _Failure:
    status: int
    error: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Saved:
    """What an idempotency key answered the first time."""

    form: dict[str, Any]
    status: int
    body: dict[str, Any]
    request_id: str


def stripe_signature_header(
    payload: bytes, secret: str, timestamp: int, *, extra_signatures: Sequence[str] = ()
) -> str:
    """Stripe's webhook signature, written here independently of the SDK.

    `extra_signatures` are put first, as Stripe lists a signature per active secret when
    one is being rolled over (all but one of them won't match the endpoint's secret).
    """
    signed = str(timestamp).encode("ascii") + b"." + payload
    digest = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    parts = [f"t={timestamp}", *(f"v1={s}" for s in extra_signatures), f"v1={digest}"]
    return ",".join(parts)


def decode_form(body: str) -> dict[str, Any]:
    """`a[b][0][c]=1&a[b][0][d]=2&e=3` → `{"a": {"b": [{"c": "1", "d": "2"}]}, "e": "3"}`.

    Stripe's encoding (Rails-style brackets): integer keys are list indices, starting at
    0 and without gaps; `name[]` appends. Values stay strings, as on the wire.
    """
    root: dict[str, Any] = {}
    for name, value in parse_qsl(body, keep_blank_values=True):
        match = re.fullmatch(r"([^\[\]]+)((?:\[[^\[\]]*\])*)", name)
        if match is None:
            raise FormError(f"Invalid parameter name: {name}", name)
        keys = [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))]
        node = root
        for depth, key in enumerate(keys[:-1]):
            if key == "":
                key = str(_next_index(node))
            child = node.setdefault(key, {})
            if not isinstance(child, dict):
                raise FormError(f"Invalid hash: {'.'.join(keys[: depth + 1])}", name)
            node = child
        last = keys[-1] or str(_next_index(node))
        if last in node:
            raise FormError(f"Received the parameter {name} more than once", name)
        node[last] = value
    listed = _listed(root, "")
    assert isinstance(listed, dict)
    return listed


def _next_index(node: dict[str, Any]) -> int:
    return sum(1 for key in node if key.isdigit())


def _listed(value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        return value
    if value and all(key.isdigit() for key in value):
        indices = sorted(int(key) for key in value)
        if indices != list(range(len(indices))):
            raise FormError(f"Invalid array: {path} (indices must start at 0, no gaps)", path)
        return [_listed(value[str(i)], f"{path}[{i}]") for i in indices]
    return {key: _listed(item, f"{path}[{key}]" if path else key) for key, item in value.items()}


class FakeStripe(LocalServer):
    """Serves `POST /v1/checkout/sessions` on a port the system picks."""

    def __init__(self, api_key: str = API_KEY) -> None:
        self.api_key = api_key
        self.requests: list[Received] = []
        self.sessions: dict[str, dict[str, Any]] = {}
        self.now: int | None = None  # None: the real clock
        self._saved: dict[str, _Saved] = {}
        self._failures: list[_Failure] = []
        self._lock = threading.Lock()
        self._listen(_Server, _Handler)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def created(self) -> list[Received]:
        """The requests that created a session (not replays, not refusals)."""
        return [r for r in self.requests if r.created]

    def clock(self) -> int:
        return self.now if self.now is not None else int(time.time())

    def fail_next(self, count: int = 1, status: int = 500, **headers: str) -> None:
        """The next `count` requests answer `status` in Stripe's error shape: 500
        api_error, 429 rate_limit, 402 card_error (a declined card), 503, 409..."""
        error = _scripted_error(status)
        with self._lock:
            self._failures.extend(
                _Failure(status, error, {k.replace("_", "-"): v for k, v in headers.items()})
                for _ in range(count)
            )

    # The debtor's side

    def complete(
        self, session_id: str, *, payment_status: str = "paid", payment_intent: str | None = None
    ) -> dict[str, Any]:
        """The debtor paid (card: "paid") or authorised a debit (SEPA: "unpaid")."""
        with self._lock:
            session = self.sessions[session_id]
            session["status"] = "complete"
            session["payment_status"] = payment_status
            session["payment_intent"] = payment_intent or "pi_" + _token(24)
            session["url"] = None
            return copy.deepcopy(session)

    def settle(self, session_id: str, *, succeeded: bool = True) -> dict[str, Any]:
        """A delayed payment (SEPA) cleared or failed."""
        with self._lock:
            session = self.sessions[session_id]
            session["payment_status"] = "paid" if succeeded else "unpaid"
            return copy.deepcopy(session)

    def expire(self, session_id: str) -> dict[str, Any]:
        with self._lock:
            session = self.sessions[session_id]
            session["status"] = "expired"
            session["url"] = None
            return copy.deepcopy(session)

    # Webhooks Stripe would send

    def event(
        self,
        type: str,
        data_object: dict[str, Any],
        *,
        created: int | None = None,
        previous_attributes: dict[str, Any] | None = None,
        livemode: bool = False,
    ) -> dict[str, Any]:
        """An event as Stripe builds it (snapshot payload, as webhooks deliver it)."""
        data: dict[str, Any] = {"object": data_object}
        if previous_attributes is not None:
            data["previous_attributes"] = previous_attributes
        return {
            "id": "evt_" + _token(24),
            "object": "event",
            "api_version": API_VERSION,
            "created": self.clock() if created is None else created,
            "data": data,
            "livemode": livemode,
            "pending_webhooks": 1,
            "request": {"id": None, "idempotency_key": None},
            "type": type,
        }

    def signed_event(
        self,
        type: str,
        data_object: dict[str, Any],
        secret: str = WEBHOOK_SECRET,
        timestamp: int | None = None,
        **options: Any,
    ) -> tuple[bytes, str]:
        """(body, Stripe-Signature header) of a delivery of a new event."""
        signed_at = self.clock() if timestamp is None else timestamp
        event = self.event(type, data_object, created=options.pop("created", signed_at), **options)
        # Stripe's bodies are pretty-printed JSON; the signature covers those very bytes.
        payload = json.dumps(event, indent=2).encode("utf-8")
        return payload, stripe_signature_header(payload, secret, signed_at)

    # Used by the handler

    def _record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)

    def _next_failure(self) -> _Failure | None:
        with self._lock:
            return self._failures.pop(0) if self._failures else None

    def _create(
        self, form: dict[str, Any], key: str | None
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Answer a create: a replay, an idempotency conflict, or a new session."""
        with self._lock:
            saved = self._saved.get(key) if key else None
            if saved is not None:
                if saved.form != form:
                    return 400, _idempotency_conflict(key or ""), {}
                replayed = {"Idempotent-Replayed": "true", "Original-Request": saved.request_id}
                return saved.status, copy.deepcopy(saved.body), replayed
        session = _session(form, self.clock())  # raises FormError
        request_id = "req_" + _token(14)
        with self._lock:
            self.sessions[session["id"]] = session
            if key:
                self._saved[key] = _Saved(
                    copy.deepcopy(form), 200, copy.deepcopy(session), request_id
                )
        return 200, session, {"Request-Id": request_id, "X-Fake-Created": "yes"}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeStripe


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        fake = self.server.fake
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            status, body, headers, form = self._answer(fake, raw)
        except FormError as error:
            status, body, headers, form = 400, _invalid(error), {}, None
        created = headers.pop("X-Fake-Created", None) == "yes"
        fake._record(Received("POST", self.path, dict(self.headers.items()), raw, form, created))
        self._json(status, body, headers)

    def do_GET(self) -> None:
        self._json(404, _invalid(FormError(f"Unrecognized request URL (GET: {self.path}).")))

    def _answer(
        self, fake: FakeStripe, raw: bytes
    ) -> tuple[int, dict[str, Any], dict[str, str], dict[str, Any] | None]:
        """Stripe's order: the key, then the route, then the body, then idempotency."""
        refused = self._unauthenticated(fake)
        if refused is not None:
            return 401, refused, {}, None
        failure = fake._next_failure()
        if failure is not None:
            return failure.status, {"error": failure.error}, dict(failure.headers), None
        if urlsplit(self.path).path != PATH:
            raise FormError(f"Unrecognized request URL (POST: {self.path}).")
        content_type = self.headers.get("Content-Type", "")
        if not content_type.startswith("application/x-www-form-urlencoded"):
            raise FormError("Content-Type must be application/x-www-form-urlencoded")
        try:
            form = decode_form(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise FormError("Invalid request body (not UTF-8)") from None
        key = self.headers.get("Idempotency-Key")
        try:
            if key is not None and not 0 < len(key) <= 255:
                raise FormError("Idempotency keys are 1 to 255 characters long")
            status, body, headers = fake._create(form, key)
        except FormError as error:
            return 400, _invalid(error), {}, form
        if key:
            headers["Idempotency-Key"] = key
        return status, body if status == 200 else {"error": body}, headers, form

    def _unauthenticated(self, fake: FakeStripe) -> dict[str, Any] | None:
        """Stripe's 401 body, or None when the secret key is the fake's."""
        header = self.headers.get("Authorization", "")
        if not header:
            message = (
                "You did not provide an API key. You need to provide your API key in the "
                "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
                "YOUR_SECRET_KEY')."
            )
            return {"error": {"message": message, "type": "invalid_request_error"}}
        scheme, _, key = header.partition(" ")
        if scheme == "Bearer" and hmac.compare_digest(key.strip(), fake.api_key):
            return None
        shown = key.strip()
        masked = f"{shown[:8]}{'*' * max(len(shown) - 12, 0)}{shown[-4:]}"
        return {
            "error": {
                "message": f"Invalid API Key provided: {masked}",
                "type": "invalid_request_error",
                "code": "api_key_invalid",
                "doc_url": f"{DOCS}#api-key-invalid",
            }
        }

    def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body, indent=2).encode()
        all_headers = {"Request-Id": "req_" + _token(14), **(headers or {})}
        version = self.headers.get("Stripe-Version")
        if version:
            all_headers["Stripe-Version"] = version
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in all_headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _invalid(error: FormError) -> dict[str, Any]:
    body: dict[str, Any] = {"message": error.message, "type": "invalid_request_error"}
    if error.param is not None:
        body["param"] = error.param
    if error.code is not None:
        body["code"] = error.code
        body["doc_url"] = f"{DOCS}#{error.code.replace('_', '-')}"
    return {"error": body}


# What the endpoint checks, and the session it answers


def _session(form: dict[str, Any], now: int) -> dict[str, Any]:
    for name in form:
        if name not in KNOWN_PARAMETERS:
            raise FormError(f"Received unknown parameter: {name}", name, "parameter_unknown")
    mode = _required(form, "mode")
    if mode not in ("payment", "setup", "subscription"):
        raise FormError("Invalid mode: must be one of payment, setup, or subscription", "mode")
    if mode != "payment":
        raise FormError("This fake only creates sessions in payment mode", "mode")
    items = form.get("line_items")
    if not items:
        raise FormError("Missing required param: line_items.", "line_items", "parameter_missing")
    if not isinstance(items, list):
        raise FormError("Invalid array", "line_items")
    currencies: set[str] = set()
    total = 0
    for index, item in enumerate(items):
        where = f"line_items[{index}]"
        if not isinstance(item, dict):
            raise FormError("Invalid object", where)
        quantity = _integer(item.get("quantity"), f"{where}[quantity]", minimum=1)
        price = item.get("price_data")
        if not isinstance(price, dict):
            raise FormError(
                "You must specify either `price` or `price_data` for each line item.",
                f"{where}[price_data]",
                "parameter_missing",
            )
        currency = _required(price, "currency", f"{where}[price_data]")
        if not re.fullmatch(r"[A-Za-z]{3}", currency):
            raise FormError(f"Invalid currency: {currency}", f"{where}[price_data][currency]")
        unit = _integer(price.get("unit_amount"), f"{where}[price_data][unit_amount]", minimum=0)
        product = price.get("product_data")
        if not isinstance(product, dict) or not product.get("name"):
            raise FormError(
                "Missing required param: line_items[0][price_data][product_data][name].",
                f"{where}[price_data][product_data][name]",
                "parameter_missing",
            )
        currencies.add(currency.lower())
        total += unit * quantity
    if len(currencies) > 1:
        raise FormError("All line items must use the same currency", "line_items")
    (currency,) = currencies
    minimum = MINIMUM_AMOUNTS.get(currency)
    if minimum is not None and total < minimum:
        raise FormError(
            f"The Checkout Session's total amount due must add up to at least {minimum} "
            f"{currency} (in minor units)",
            "line_items",
            "amount_too_small",
        )
    success_url = _url(form, "success_url", required=True)
    cancel_url = _url(form, "cancel_url", required=False)
    metadata = _metadata(form.get("metadata"), "metadata")
    intent_data = form.get("payment_intent_data")
    if intent_data is not None:
        if not isinstance(intent_data, dict):
            raise FormError("Invalid hash", "payment_intent_data")
        _metadata(intent_data.get("metadata"), "payment_intent_data[metadata]")
    reference = form.get("client_reference_id")
    if reference is not None and not 0 < len(reference) <= 200:
        raise FormError("client_reference_id is 1 to 200 characters", "client_reference_id")
    adaptive = form.get("adaptive_pricing", {})
    enabled = adaptive.get("enabled", "false") if isinstance(adaptive, dict) else None
    if enabled not in ("true", "false"):
        raise FormError("Invalid boolean", "adaptive_pricing[enabled]")
    methods = form.get("allowed_payment_method_types") or ["card"]
    if not isinstance(methods, list):
        raise FormError("Invalid array", "allowed_payment_method_types")
    session_id = "cs_test_a1" + _token(56)
    return {
        "id": session_id,
        "object": "checkout.session",
        "adaptive_pricing": {"enabled": enabled == "true"},
        "after_expiration": None,
        "allow_promotion_codes": None,
        "amount_subtotal": total,
        "amount_total": total,
        "automatic_tax": {"enabled": False, "liability": None, "provider": None, "status": None},
        "billing_address_collection": None,
        "cancel_url": cancel_url,
        "client_reference_id": reference,
        "client_secret": None,
        "consent": None,
        "consent_collection": None,
        "created": now,
        "currency": currency,
        "currency_conversion": None,
        "custom_fields": [],
        "custom_text": {
            "after_submit": None,
            "shipping_address": None,
            "submit": None,
            "terms_of_service_acceptance": None,
        },
        "customer": None,
        "customer_creation": "if_required",
        "customer_details": None,
        "customer_email": None,
        "discounts": [],
        "expires_at": now + 24 * 3600,
        "invoice": None,
        "invoice_creation": {"enabled": False, "invoice_data": {"metadata": {}}},
        "livemode": False,
        "locale": None,
        "metadata": metadata,
        "mode": "payment",
        "payment_intent": None,
        "payment_link": None,
        "payment_method_collection": "if_required",
        "payment_method_options": {},
        "payment_method_types": methods,
        "payment_status": "unpaid",
        "phone_number_collection": {"enabled": False},
        "recovered_from": None,
        "saved_payment_method_options": None,
        "setup_intent": None,
        "shipping_address_collection": None,
        "shipping_cost": None,
        "shipping_options": [],
        "status": "open",
        "submit_type": None,
        "subscription": None,
        "success_url": success_url,
        "total_details": {"amount_discount": 0, "amount_shipping": 0, "amount_tax": 0},
        "ui_mode": "hosted",
        "url": f"https://checkout.stripe.com/c/pay/{session_id}#{_token(40)}",
    }


def _required(form: dict[str, Any], name: str, parent: str = "") -> str:
    param = f"{parent}[{name}]" if parent else name
    value = form.get(name)
    if value is None or value == "":
        raise FormError(f"Missing required param: {param}.", param, "parameter_missing")
    if not isinstance(value, str):
        raise FormError(f"Invalid string: {param}", param)
    return value


def _integer(value: Any, param: str, *, minimum: int) -> int:
    if value is None:
        raise FormError(f"Missing required param: {param}.", param, "parameter_missing")
    if not isinstance(value, str) or not re.fullmatch(r"-?[0-9]+", value):
        raise FormError(f"Invalid integer: {value}", param)
    number = int(value)
    if number < minimum:
        raise FormError(f"This value must be greater than or equal to {minimum}.", param)
    return number


def _url(form: dict[str, Any], name: str, *, required: bool) -> str | None:
    value = form.get(name)
    if value is None:
        if required:
            raise FormError(f"Missing required param: {name}.", name, "parameter_missing")
        return None
    if not isinstance(value, str) or not re.match(r"https?://[^/\s]+", value):
        raise FormError("Not a valid URL", name, "url_invalid")
    return value


def _metadata(value: Any, param: str) -> dict[str, str]:
    if value is None:
        return {}
    if value == "":  # `metadata=` unsets all keys
        return {}
    if not isinstance(value, dict):
        raise FormError("Invalid hash", param)
    if len(value) > 50:
        raise FormError("Metadata can have up to 50 keys", param)
    for key, item in value.items():
        if len(key) > 40:
            raise FormError(f"Metadata keys must be at most 40 characters: {key}", param)
        if not isinstance(item, str) or len(item) > 500:
            raise FormError("Metadata values must be strings of at most 500 characters", param)
    return dict(value)


def _scripted_error(status: int) -> dict[str, Any]:
    if status == 429:
        return {
            "message": "Request rate limit exceeded. Learn more about rate limits here "
            "https://stripe.com/docs/rate-limits.",
            "type": "invalid_request_error",
            "code": "rate_limit",
            "doc_url": f"{DOCS}#rate-limit",
        }
    if status == 402:
        return {
            "message": "Your card was declined.",
            "type": "card_error",
            "code": "card_declined",
            "decline_code": "generic_decline",
            "param": "",
            "doc_url": f"{DOCS}#card-declined",
        }
    if status >= 500:
        return {"message": "An unknown error occurred", "type": "api_error"}
    return {"message": f"scripted failure {status}", "type": "invalid_request_error"}


def _idempotency_conflict(key: str) -> dict[str, Any]:
    return {
        "message": "Keys for idempotent requests can only be used with the same parameters "
        f"they were first used with. Try using a key other than '{key}' if you meant to "
        "execute a different request.",
        "type": "idempotency_error",
    }


def _token(length: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(length))


@pytest.fixture
def fake_stripe() -> Iterator[FakeStripe]:
    """A running fake Stripe, stopped after the test."""
    with FakeStripe() as server:
        yield server
