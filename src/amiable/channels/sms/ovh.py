"""OVHcloud adapter for the SMS port, on OVH's real API wire format.

Sending is `POST {endpoint}/sms/{serviceName}/jobs` with a JSON body (the fields the API
accepts: charset, class, coding "7bit"|"8bit", differedPeriod, message, noStopClause,
priority "high"|"medium"|"low"|"veryLow", receivers, receiversDocumentUrl,
receiversSlotId, sender, senderForResponse, tag, validityPeriod). Every call is signed:
`X-Ovh-Application`, `X-Ovh-Consumer`, `X-Ovh-Timestamp` and `X-Ovh-Signature` =
"$1$" + sha1_hex(AS + "+" + CK + "+" + METHOD + "+" + full URL + "+" + body + "+" +
timestamp). The timestamp is OVH's clock, not ours: like OVH's own clients, the adapter
reads `GET /auth/time` once and keeps the difference. The answer is `{ids,
invalidReceivers, validReceivers, totalCreditsRemoved}`; an invalid receiver is a
permanent error. Our reference travels as the job's `tag`, and OVH hands it back with
the replies to that message.

Callbacks carry NO signature: OVH offers none, for delivery receipts (the account's
`callBack` URL, called with `id`, `ptt`, `date`, `description` (the DLR state) and
`descriptionDlr`) or for replies (the `smsResponse` CGI URL, posted with `id`,
`senderid`, `message`, `shortcode`, `tag`, `keyword`). They are authenticated by a secret
token we put in the callback URL (`?token=…`), compared in constant time. Keep that URL
on HTTPS and the token out of logs.

France: OVH appends a "STOP 36xxx" clause and holds sends to business hours unless
`noStopClause` is set, which the API reserves for messages that are not marketing.
Collection messages are not marketing (the opt-out we honour is the debtor's reply, read
by `is_stop`), so `no_stop_clause` defaults to True.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

from amiable.channels.sms.gateway import (
    DeliveryStatus,
    DeliveryUpdate,
    InboundSms,
    SmsMessage,
    SmsPermanentError,
    SmsReceipt,
    SmsTransientError,
    WebhookRejected,
    form_fields,
)
from amiable.channels.sms.numbers import InvalidNumber, inbound_e164
from amiable.channels.sms.segments import segment_count
from amiable.core.clock import Clock, SystemClock

__all__ = ["OvhSmsGateway", "map_ovh_delivery", "ovh_signature"]

Priority = Literal["high", "medium", "low", "veryLow"]
TOKEN_PARAMETER = "token"
MINIMUM_SECRET_LENGTH = 16

# The DLR state OVH sends as `description` (older callbacks: `dlr`).
_DLR_STATES = {
    "0": DeliveryStatus.QUEUED,  # creating or pending
    "1": DeliveryStatus.DELIVERED,  # success
    "2": DeliveryStatus.UNDELIVERED,  # failed at the operator
    "4": DeliveryStatus.QUEUED,  # waiting
    "8": DeliveryStatus.SENT,  # buffered at the operator
    "16": DeliveryStatus.FAILED,  # error, not billed
}
# The operator's `ptt` code, used when no DLR state came (OVH's documented list).
_PTT_CODES = {
    "1": DeliveryStatus.SENT,  # phone problem, being retried
    "2": DeliveryStatus.SENT,  # operator problem, being retried
    "3": DeliveryStatus.SENT,  # accepted by the operator
    "4": DeliveryStatus.DELIVERED,
    "6": DeliveryStatus.UNKNOWN,  # the operator does not know
    **{
        code: DeliveryStatus.UNDELIVERED
        for code in (
            "5",
            "8",
            "20",
            "21",
            "23",
            "24",
            "25",
            "26",
            "27",
            "28",
            "29",
            "33",
            "39",
            "73",
            "74",
            "76",
            "202",
        )
    },
}


def map_ovh_delivery(dlr_state: str | None, ptt: str | None) -> DeliveryStatus:
    """The DLR state decides; the ptt code only when the state is absent or unmapped."""
    if dlr_state is not None and dlr_state.strip() in _DLR_STATES:
        return _DLR_STATES[dlr_state.strip()]
    if ptt is not None and ptt.strip() in _PTT_CODES:
        return _PTT_CODES[ptt.strip()]
    return DeliveryStatus.UNKNOWN


def ovh_signature(
    application_secret: str, consumer_key: str, method: str, url: str, body: str, timestamp: str
) -> str:
    """X-Ovh-Signature: "$1$" + sha1_hex(AS+CK+METHOD+URL+BODY+TIMESTAMP, joined by "+")."""
    payload = "+".join((application_secret, consumer_key, method.upper(), url, body, timestamp))
    return "$1$" + hashlib.sha1(payload.encode()).hexdigest()


class OvhSmsGateway:
    """Sends through OVH's /sms API and reads its token-protected callbacks."""

    provider = "ovh"

    def __init__(
        self,
        *,
        application_key: str,
        application_secret: str,
        consumer_key: str,
        service_name: str,
        sender: str | None,
        callback_secret: str,
        endpoint: str = "https://eu.api.ovh.com/1.0",
        client: httpx.Client | None = None,
        no_stop_clause: bool = True,
        priority: Priority = "high",
        timeout_seconds: float = 10.0,
        clock: Clock | None = None,
    ) -> None:
        """`sender` is a sender declared and validated on the OVH account; None sends from
        OVH's reply short code (`senderForResponse`, France only), the only way for
        debtors to answer. `no_stop_clause` stays True for collection messages, which are
        not marketing (see the module docstring)."""
        if not (application_key and application_secret and consumer_key and service_name):
            raise ValueError("OVH needs an application key, secret, consumer key and service")
        if len(callback_secret) < MINIMUM_SECRET_LENGTH:
            raise ValueError(
                f"OVH callback_secret must be at least {MINIMUM_SECRET_LENGTH} characters: "
                "it is the callbacks' only protection"
            )
        self.application_key = application_key
        self._application_secret = application_secret
        self._consumer_key = consumer_key
        self.service_name = service_name
        self.sender = sender
        self._callback_secret = callback_secret
        self.endpoint = endpoint.rstrip("/")
        self.no_stop_clause = no_stop_clause
        self.priority = priority
        self._client = client or httpx.Client(timeout=timeout_seconds)
        self._clock = clock or SystemClock()
        self._time_delta: int | None = None

    @property
    def jobs_url(self) -> str:
        return f"{self.endpoint}/sms/{quote(self.service_name, safe='')}/jobs"

    def callback_url(self, base_url: str) -> str:
        """`base_url` with our secret token added: what to register at OVH."""
        return _with_query(base_url, {TOKEN_PARAMETER: self._callback_secret})

    # Sending

    def send(self, message: SmsMessage) -> SmsReceipt:
        """Create one job for one receiver; a receipt, or SmsTransient/PermanentError."""
        info = segment_count(message.body)
        payload: dict[str, Any] = {
            "charset": "UTF-8",
            "coding": "7bit" if info.encoding == "GSM-7" else "8bit",
            "message": message.body,
            "noStopClause": self.no_stop_clause,
            "priority": self.priority,
            "receivers": [message.to],
            "tag": message.reference,
        }
        sender = message.sender or self.sender
        if sender:
            payload["sender"] = sender
            payload["senderForResponse"] = False
        else:
            payload["senderForResponse"] = True
        response = self._call("POST", self.jobs_url, payload)
        document = _json(response)
        if not isinstance(document, dict):
            # Not retried: OVH may hold the job, and a retry would send it twice.
            raise SmsPermanentError(
                "OVH accepted the request but its answer could not be read; the SMS may "
                "have been sent: check the OVH console before sending it again"
            )
        invalid = document.get("invalidReceivers") or []
        if invalid:
            raise SmsPermanentError(
                f"OVH refused the receiver as invalid: {', '.join(map(str, invalid))}",
                provider_code="invalidReceivers",
            )
        ids = document.get("ids") or []
        if not ids:
            raise SmsPermanentError(
                "OVH created no SMS for the receiver (no id, no invalid receiver reported)"
            )
        return SmsReceipt(
            provider=self.provider,
            provider_id=str(ids[0]),
            status=DeliveryStatus.QUEUED,
            segments=info.segments,
            raw=document,
        )

    def register_callbacks(self, *, status_url: str, inbound_url: str) -> None:
        """Point the account's delivery receipts and replies at our routes, token added
        (`PUT /sms/{serviceName}`: `callBack` and `smsResponse` as a CGI)."""
        url = f"{self.endpoint}/sms/{quote(self.service_name, safe='')}"
        payload = {
            "callBack": self.callback_url(status_url),
            "smsResponse": {"responseType": "cgi", "cgiUrl": self.callback_url(inbound_url)},
        }
        self._call("PUT", url, payload)

    def _call(self, method: str, url: str, payload: dict[str, Any]) -> httpx.Response:
        body = json.dumps(payload)
        timestamp = str(int(self._clock.now().timestamp()) + self._server_time_delta())
        headers = {
            "Content-Type": "application/json",
            "X-Ovh-Application": self.application_key,
            "X-Ovh-Consumer": self._consumer_key,
            "X-Ovh-Timestamp": timestamp,
            "X-Ovh-Signature": ovh_signature(
                self._application_secret, self._consumer_key, method, url, body, timestamp
            ),
        }
        response = self._request(method, url, content=body.encode(), headers=headers)
        if response.status_code == 429 or response.status_code >= 500:
            raise SmsTransientError(_error_reason(response))
        if response.status_code >= 400:
            document = _json(response)
            code = document.get("errorCode") if isinstance(document, dict) else None
            raise SmsPermanentError(_error_reason(response), provider_code=code)
        return response

    def _server_time_delta(self) -> int:
        """OVH's clock minus ours, read once from the unauthenticated GET /auth/time."""
        if self._time_delta is None:
            response = self._request("GET", f"{self.endpoint}/auth/time")
            if response.status_code != 200:
                raise SmsTransientError(f"OVH /auth/time answered {response.status_code}")
            server_time = _json(response)
            if not isinstance(server_time, int) or isinstance(server_time, bool):
                raise SmsTransientError("OVH /auth/time did not answer a timestamp")
            self._time_delta = server_time - int(self._clock.now().timestamp())
        return self._time_delta

    def _request(
        self,
        method: str,
        url: str,
        *,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        try:
            return self._client.request(method, url, content=content, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise SmsTransientError(f"OVH unreachable: {error!r}") from error
        except httpx.TimeoutException as error:
            raise SmsTransientError(
                "OVH did not answer in time; the SMS may have been accepted", maybe_sent=True
            ) from error
        except httpx.TransportError as error:
            raise SmsTransientError(
                f"connection to OVH broke: {error!r}", maybe_sent=True
            ) from error

    # Callbacks (no signature: the token in the URL is the proof)

    def parse_status_callback(
        self, *, url: str, headers: Mapping[str, str], body: bytes
    ) -> DeliveryUpdate:
        """A delivery receipt (GET or POST: id, description/dlr, ptt, date), token checked.

        OVH gives no event id, so the event is the message id and the state it reports:
        a replayed receipt has the same id, a new state a new one.
        """
        fields = self._verified_fields(url, body)
        provider_id = fields.get("id", "").strip()
        if not provider_id:
            raise WebhookRejected("OVH delivery receipt without id")
        dlr_state = fields.get("description") or fields.get("dlr")
        ptt = fields.get("ptt")
        if not dlr_state and not ptt:
            raise WebhookRejected("OVH delivery receipt without a state (description, dlr, ptt)")
        status = map_ovh_delivery(dlr_state, ptt)
        raw_status = " ".join(
            f"{name}={fields[name]}"
            for name in ("description", "dlr", "ptt", "descriptionDlr")
            if fields.get(name)
        )
        failed = status in (DeliveryStatus.FAILED, DeliveryStatus.UNDELIVERED)
        return DeliveryUpdate(
            provider=self.provider,
            provider_id=provider_id,
            status=status,
            raw_status=raw_status,
            error_code=ptt if failed and ptt else None,
            at=_aware_datetime(fields.get("date")),
            event_id=f"{provider_id}:{dlr_state or ''}:{ptt or ''}",
        )

    def parse_inbound(self, *, url: str, headers: Mapping[str, str], body: bytes) -> InboundSms:
        """A reply (id, senderid, message, shortcode, tag), token checked. `tag` is the
        tag of the message answered, our reference."""
        fields = self._verified_fields(url, body)
        provider_id = fields.get("id", "").strip()
        if not provider_id:
            raise WebhookRejected("OVH inbound SMS without id")
        if "senderid" not in fields:
            raise WebhookRejected("OVH inbound SMS without senderid")
        if "message" not in fields:
            raise WebhookRejected("OVH inbound SMS without message")
        try:
            from_number = inbound_e164(fields["senderid"])
        except InvalidNumber as error:
            raise WebhookRejected(
                f"OVH inbound sender {error.reason}: {fields['senderid']!r}"
            ) from error
        return InboundSms(
            provider=self.provider,
            provider_id=provider_id,
            from_number=from_number,
            to_number=fields.get("shortcode") or self.sender or "",
            body=fields["message"],
            received_at=_aware_datetime(fields.get("date")) or self._clock.now(),
            event_id=provider_id,
            reference=fields.get("tag") or None,
        )

    def _verified_fields(self, url: str, body: bytes) -> dict[str, str]:
        """Query and form fields, once the URL token matches; WebhookRejected otherwise."""
        query = parse_qsl(urlsplit(url).query, keep_blank_values=True)
        tokens = [value for name, value in query if name == TOKEN_PARAMETER]
        if not tokens:
            raise WebhookRejected("OVH callback without its token (OVH signs nothing)")
        if len(tokens) > 1 or not hmac.compare_digest(
            tokens[0].encode(), self._callback_secret.encode()
        ):
            raise WebhookRejected("OVH callback token does not match")
        fields: dict[str, str] = {}
        for name, value in [*query, *form_fields(body)]:
            if name != TOKEN_PARAMETER:
                fields.setdefault(name, value)
        return fields


def _with_query(url: str, extra: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name not in extra
    ]
    return urlunsplit(parts._replace(query=urlencode([*query, *extra.items()])))


def _aware_datetime(raw: str | None) -> datetime | None:
    """An ISO 8601 time with its offset, in UTC. A time without an offset is not
    guessed at (OVH does not document its zone): None, the raw value stays in the log."""
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    return parsed.astimezone(UTC)


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _error_reason(response: httpx.Response) -> str:
    document = _json(response)
    if isinstance(document, dict):
        code = document.get("errorCode")
        message = document.get("message") or response.reason_phrase
        suffix = f" ({code})" if code else ""
        return f"OVH {response.status_code}: {message}{suffix}"
    return f"OVH {response.status_code}: {response.reason_phrase or 'no message'}"
