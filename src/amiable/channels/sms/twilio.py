"""Twilio adapter for the SMS port, on Twilio's real REST wire format.

Sending is `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, HTTP Basic auth
(account SID, auth token), form-encoded `To`, `From` or `MessagingServiceSid`, `Body`,
`StatusCallback`. The answer is a JSON message resource (`sid`, `status`, `num_segments`
as a string, `error_code`, `error_message`); errors are JSON `{code, message, more_info,
status}`.

Twilio has no client-reference field on messages, so our reference rides in the status
callback URL (`?ref=…`): the delivery receipt names our row even when the send answer
was lost. The signature covers the full URL, query included, so it cannot be forged.

Status callbacks and inbound messages are form posts signed with `X-Twilio-Signature`:
base64(HMAC-SHA1(auth token, full URL + every POST field name and value, sorted by
name)). The URL must be the one Twilio called, as configured (scheme, host, port, path,
query): behind a proxy the route rebuilds it from the forwarded headers.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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
    header_value,
)
from amiable.channels.sms.numbers import InvalidNumber, inbound_e164
from amiable.channels.sms.segments import segment_count
from amiable.core.clock import Clock, SystemClock

__all__ = ["TwilioGateway", "map_twilio_status", "twilio_signature"]

API_VERSION = "2010-04-01"
SIGNATURE_HEADER = "X-Twilio-Signature"
REFERENCE_PARAMETER = "ref"

# Twilio's message statuses (outbound and inbound) mapped tolerantly; anything else is
# `unknown` and the raw status travels beside it.
_STATUSES = {
    "accepted": DeliveryStatus.QUEUED,
    "scheduled": DeliveryStatus.QUEUED,
    "queued": DeliveryStatus.QUEUED,
    "sending": DeliveryStatus.SENT,
    "sent": DeliveryStatus.SENT,
    "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.DELIVERED,
    "undelivered": DeliveryStatus.UNDELIVERED,
    # Some parts did not arrive: the debtor may have read half a message that must carry
    # mandatory mentions, so it counts as not delivered.
    "partially_delivered": DeliveryStatus.UNDELIVERED,
    "failed": DeliveryStatus.FAILED,
    # Only scheduled messages can be canceled; it never left Twilio.
    "canceled": DeliveryStatus.FAILED,
}
# 21610: "Attempt to send to unsubscribed recipient" (the debtor texted STOP to Twilio).
_UNSUBSCRIBED = 21610


def map_twilio_status(raw_status: str) -> DeliveryStatus:
    """Twilio's status word as a DeliveryStatus; `unknown` for anything not mapped
    (including the inbound-only "receiving" and "received")."""
    return _STATUSES.get(raw_status.strip().lower(), DeliveryStatus.UNKNOWN)


def twilio_signature(auth_token: str, url: str, fields: Iterable[tuple[str, str]]) -> str:
    """X-Twilio-Signature for a form post: base64(HMAC-SHA1(token, url + sorted fields)).

    Fields are sorted by name; a name sent several times contributes each distinct value,
    sorted, as Twilio's own validator does.
    """
    values: dict[str, set[str]] = {}
    for name, value in fields:
        values.setdefault(name, set()).add(value)
    payload = url + "".join(
        name + value for name in sorted(values) for value in sorted(values[name])
    )
    digest = hmac.new(auth_token.encode(), payload.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


class TwilioGateway:
    """Sends through Twilio's Messages API and reads its signed webhooks."""

    provider = "twilio"

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        from_number: str | None = None,
        messaging_service_sid: str | None = None,
        status_callback_url: str | None = None,
        base_url: str = "https://api.twilio.com",
        client: httpx.Client | None = None,
        timeout_seconds: float = 10.0,
        clock: Clock | None = None,
    ) -> None:
        if not account_sid or not auth_token:
            raise ValueError("Twilio needs an account SID and an auth token")
        if bool(from_number) == bool(messaging_service_sid):
            raise ValueError("Twilio needs exactly one of from_number or messaging_service_sid")
        self.account_sid = account_sid
        self._auth_token = auth_token
        self.from_number = from_number
        self.messaging_service_sid = messaging_service_sid
        self.status_callback_url = status_callback_url
        self.base_url = base_url.rstrip("/")
        self._client = client or httpx.Client(timeout=timeout_seconds)
        self._clock = clock or SystemClock()

    @property
    def messages_url(self) -> str:
        return f"{self.base_url}/{API_VERSION}/Accounts/{self.account_sid}/Messages.json"

    # Sending

    def send(self, message: SmsMessage) -> SmsReceipt:
        """POST the message; a receipt on 2xx, SmsTransientError or SmsPermanentError else."""
        response = self._post(self._form(message))
        if response.status_code == 429 or response.status_code >= 500:
            raise SmsTransientError(
                _error_reason(response), retry_after=_retry_after(response.headers)
            )
        if response.status_code >= 400:
            raise _permanent_error(response)
        document = _json_object(response)
        provider_id = document.get("sid") if document is not None else None
        if document is None or not isinstance(provider_id, str) or not provider_id:
            # Not retried: Twilio may hold the message, and a retry would send it twice.
            raise SmsPermanentError(
                f"Twilio answered {response.status_code} without a message sid; the message "
                "may have been sent: check the Twilio console before sending it again"
            )
        raw_status = str(document.get("status") or "")
        return SmsReceipt(
            provider=self.provider,
            provider_id=provider_id,
            status=map_twilio_status(raw_status),
            segments=_segments(document.get("num_segments"), message.body),
            raw=document,
        )

    def _form(self, message: SmsMessage) -> dict[str, str]:
        form = {"To": message.to, "Body": message.body}
        if message.sender:
            form["From"] = message.sender
        elif self.from_number:
            form["From"] = self.from_number
        else:
            form["MessagingServiceSid"] = self.messaging_service_sid or ""
        if self.status_callback_url:
            form["StatusCallback"] = _with_query(
                self.status_callback_url, {REFERENCE_PARAMETER: message.reference}
            )
        return form

    def _post(self, form: dict[str, str]) -> httpx.Response:
        try:
            return self._client.post(
                self.messages_url,
                data=form,
                auth=(self.account_sid, self._auth_token),
                headers={"Accept": "application/json"},
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise SmsTransientError(f"Twilio unreachable: {error!r}") from error
        except httpx.TimeoutException as error:
            raise SmsTransientError(
                "Twilio did not answer in time; the message may have been accepted",
                maybe_sent=True,
            ) from error
        except httpx.TransportError as error:
            raise SmsTransientError(
                f"connection to Twilio broke: {error!r}", maybe_sent=True
            ) from error

    # Webhooks

    def parse_status_callback(
        self, *, url: str, headers: Mapping[str, str], body: bytes
    ) -> DeliveryUpdate:
        """A verified delivery receipt (MessageSid, MessageStatus, ErrorCode)."""
        fields = self._verified_fields(url, headers, body)
        provider_id = _first(fields, "MessageSid", "SmsSid")
        raw_status = _first(fields, "MessageStatus", "SmsStatus")
        if not provider_id:
            raise WebhookRejected("Twilio status callback without MessageSid")
        if not raw_status:
            raise WebhookRejected("Twilio status callback without MessageStatus")
        return DeliveryUpdate(
            provider=self.provider,
            provider_id=provider_id,
            status=map_twilio_status(raw_status),
            raw_status=raw_status,
            error_code=_first(fields, "ErrorCode") or None,
            at=_dlr_done_date(_first(fields, "RawDlrDoneDate")),
            event_id=f"{provider_id}:{raw_status}",
            reference=_query_value(url, REFERENCE_PARAMETER),
        )

    def parse_inbound(self, *, url: str, headers: Mapping[str, str], body: bytes) -> InboundSms:
        """A verified inbound text (MessageSid, From, To, Body)."""
        fields = self._verified_fields(url, headers, body)
        provider_id = _first(fields, "MessageSid", "SmsMessageSid", "SmsSid")
        if not provider_id:
            raise WebhookRejected("Twilio inbound message without MessageSid")
        for name in ("From", "To", "Body"):
            if _first(fields, name) is None:
                raise WebhookRejected(f"Twilio inbound message without {name}")
        sender = _first(fields, "From") or ""
        try:
            from_number = inbound_e164(sender)
        except InvalidNumber as error:
            raise WebhookRejected(f"Twilio inbound sender {error.reason}: {sender!r}") from error
        recipient = _first(fields, "To") or ""
        try:
            to_number = inbound_e164(recipient)
        except InvalidNumber:
            # A short code or an alphanumeric id: kept as Twilio gave it.
            to_number = recipient
        return InboundSms(
            provider=self.provider,
            provider_id=provider_id,
            from_number=from_number,
            to_number=to_number,
            body=_first(fields, "Body") or "",
            received_at=self._clock.now(),
            event_id=provider_id,
        )

    def _verified_fields(
        self, url: str, headers: Mapping[str, str], body: bytes
    ) -> list[tuple[str, str]]:
        """The form fields, only once the signature is proved; WebhookRejected otherwise."""
        signature = header_value(headers, SIGNATURE_HEADER)
        if not signature:
            raise WebhookRejected(f"missing {SIGNATURE_HEADER} header")
        fields = form_fields(body)
        if not any(
            hmac.compare_digest(
                twilio_signature(self._auth_token, candidate, fields).encode(),
                signature.strip().encode(),
            )
            for candidate in _url_variants(url)
        ):
            raise WebhookRejected(f"{SIGNATURE_HEADER} does not match: not sent by Twilio")
        account = _first(fields, "AccountSid")
        if account is not None and account != self.account_sid:
            raise WebhookRejected("webhook for another Twilio account")
        return fields


def _url_variants(url: str) -> list[str]:
    """The URL as given, with and without its default port: Twilio signs whichever form
    it was configured with, and proxies add or drop ":443"."""
    parts = urlsplit(url)
    default_port = {"https": 443, "http": 80}.get(parts.scheme)
    host = parts.hostname or ""
    variants = [url]
    if default_port is None or not host:
        return variants
    userinfo = parts.netloc.rpartition("@")[0]
    prefix = f"{userinfo}@" if userinfo else ""
    if parts.port is None:
        variants.append(urlunsplit(parts._replace(netloc=f"{prefix}{host}:{default_port}")))
    elif parts.port == default_port:
        variants.append(urlunsplit(parts._replace(netloc=f"{prefix}{host}")))
    return variants


def _with_query(url: str, extra: Mapping[str, str]) -> str:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True) + list(extra.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def _query_value(url: str, name: str) -> str | None:
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key == name and value:
            return value
    return None


def _first(fields: list[tuple[str, str]], *names: str) -> str | None:
    for wanted in names:
        for name, value in fields:
            if name == wanted:
                return value
    return None


def _dlr_done_date(raw: str | None) -> datetime | None:
    """Twilio's RawDlrDoneDate (YYMMDDhhmm, UTC) from the carrier's receipt, if readable."""
    if not raw:
        return None
    try:
        return datetime.strptime(raw, "%y%m%d%H%M").replace(tzinfo=UTC)
    except ValueError:
        return None


def _segments(raw: Any, body: str) -> int:
    """Twilio's num_segments ("2", a string), or our own count when it is missing."""
    try:
        count = int(raw)
    except (TypeError, ValueError):
        return segment_count(body).segments
    return count if count > 0 else segment_count(body).segments


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        document = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return document if isinstance(document, dict) else None


def _error_reason(response: httpx.Response) -> str:
    document = _json_object(response) or {}
    code = document.get("code")
    message = document.get("message") or response.reason_phrase or "no message"
    suffix = f" (error {code})" if code is not None else ""
    return f"Twilio {response.status_code}: {message}{suffix}"


def _permanent_error(response: httpx.Response) -> SmsPermanentError:
    document = _json_object(response) or {}
    code = document.get("code")
    return SmsPermanentError(
        _error_reason(response),
        provider_code=str(code) if code is not None else None,
        recipient_opted_out=code == _UNSUBSCRIBED,
    )


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
