"""The Twilio adapter against a fake Twilio speaking the real wire format, plus the port's
own rules (the message value, the opt-out keywords)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from tests.channels.sms.fake_twilio import FakeTwilio, SignedRequest, twilio_signature
from tests.channels.sms.fake_twilio import fake_twilio as fake_twilio

from amiable.channels.sms.gateway import (
    DeliveryStatus,
    DeliveryUpdate,
    SmsGateway,
    SmsMessage,
    SmsPermanentError,
    SmsTransientError,
    WebhookRejected,
    is_stop,
)
from amiable.channels.sms.twilio import TwilioGateway
from amiable.core.clock import FixedClock

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
OUR_NUMBER = "+33757000000"
DEBTOR = "+33612345678"
STATUS_URL = "https://amiable.example/webhooks/sms/twilio/status"
INBOUND_URL = "https://amiable.example/webhooks/sms/twilio/inbound"


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=0.3) as client:
        yield client


@pytest.fixture
def twilio(fake_twilio: FakeTwilio, http: httpx.Client) -> TwilioGateway:
    return TwilioGateway(
        account_sid=fake_twilio.account_sid,
        auth_token=fake_twilio.auth_token,
        from_number=OUR_NUMBER,
        status_callback_url=STATUS_URL,
        base_url=fake_twilio.base_url,
        client=http,
        clock=FixedClock(NOW),
    )


def reminder(
    body: str = "Bonjour, votre facture 2026-0042 reste due.", **overrides: str
) -> SmsMessage:
    fields = {"to": DEBTOR, "body": body, "sender": "", "reference": "outbound-42", **overrides}
    return SmsMessage(**fields)


def status_update(twilio: TwilioGateway, request: SignedRequest) -> DeliveryUpdate:
    return twilio.parse_status_callback(url=request.url, headers=request.headers, body=request.body)


# Sending


def test_a_reminder_goes_out_with_basic_auth_and_twilio_form_fields(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    receipt = twilio.send(reminder())

    [accepted] = fake_twilio.accepted
    assert accepted.form == {
        "To": DEBTOR,
        "From": OUR_NUMBER,
        "Body": "Bonjour, votre facture 2026-0042 reste due.",
        "StatusCallback": f"{STATUS_URL}?ref=outbound-42",
    }
    assert receipt.provider == "twilio"
    assert receipt.provider_id == accepted.sid
    assert receipt.status is DeliveryStatus.QUEUED
    assert receipt.segments == 1
    assert receipt.raw["num_segments"] == "1"
    [request] = fake_twilio.requests
    assert request.path == f"/2010-04-01/Accounts/{fake_twilio.account_sid}/Messages.json"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_a_161_character_text_is_billed_two_segments(twilio: TwilioGateway) -> None:
    assert twilio.send(reminder("a" * 161)).segments == 2


def test_a_messaging_service_replaces_the_from_number(
    fake_twilio: FakeTwilio, http: httpx.Client
) -> None:
    gateway = TwilioGateway(
        account_sid=fake_twilio.account_sid,
        auth_token=fake_twilio.auth_token,
        messaging_service_sid="MG" + "2" * 32,
        base_url=fake_twilio.base_url,
        client=http,
    )
    receipt = gateway.send(reminder())

    [accepted] = fake_twilio.accepted
    assert accepted.form == {
        "To": DEBTOR,
        "MessagingServiceSid": "MG" + "2" * 32,
        "Body": "Bonjour, votre facture 2026-0042 reste due.",
    }
    assert receipt.raw["status"] == "accepted"
    assert receipt.status is DeliveryStatus.QUEUED


def test_the_message_sender_overrides_the_configured_number(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    twilio.send(reminder(sender="+33757000999"))
    assert fake_twilio.accepted[0].from_ == "+33757000999"


def test_wrong_credentials_are_a_permanent_error_and_nothing_is_sent(
    fake_twilio: FakeTwilio, http: httpx.Client
) -> None:
    gateway = TwilioGateway(
        account_sid=fake_twilio.account_sid,
        auth_token="not-the-token",
        from_number=OUR_NUMBER,
        base_url=fake_twilio.base_url,
        client=http,
    )
    with pytest.raises(SmsPermanentError) as refused:
        gateway.send(reminder())
    assert refused.value.reason == "Twilio 401: Authenticate (error 20003)"
    assert refused.value.provider_code == "20003"
    assert fake_twilio.accepted == []


def test_an_invalid_number_is_a_permanent_error(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    with pytest.raises(SmsPermanentError) as refused:
        twilio.send(reminder(to="+33612"))
    assert refused.value.provider_code == "21211"
    assert refused.value.reason == "Twilio 400: Invalid 'To' Phone Number: +33612 (error 21211)"
    assert refused.value.recipient_opted_out is False
    assert fake_twilio.accepted == []


def test_a_recipient_unsubscribed_at_twilio_is_reported_as_an_opt_out(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    fake_twilio.unsubscribe(DEBTOR)
    with pytest.raises(SmsPermanentError) as refused:
        twilio.send(reminder())
    assert refused.value.provider_code == "21610"
    assert refused.value.recipient_opted_out is True
    assert fake_twilio.accepted == []


@pytest.mark.parametrize("status", [500, 503])
def test_a_server_error_is_transient_and_the_retry_goes_through(
    twilio: TwilioGateway, fake_twilio: FakeTwilio, status: int
) -> None:
    fake_twilio.fail_next(1, status)
    with pytest.raises(SmsTransientError) as failed:
        twilio.send(reminder())
    assert failed.value.maybe_sent is False
    assert fake_twilio.accepted == []

    receipt = twilio.send(reminder())
    assert [m.sid for m in fake_twilio.accepted] == [receipt.provider_id]


def test_too_many_requests_is_transient_with_the_retry_hint(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    fake_twilio.fail_next(1, 429, retry_after=7)
    with pytest.raises(SmsTransientError) as failed:
        twilio.send(reminder())
    assert failed.value.reason == "Twilio 429: Too Many Requests (error 20429)"
    assert failed.value.retry_after == 7.0
    assert fake_twilio.accepted == []


def test_a_timeout_is_transient_and_warns_the_message_may_be_out(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    fake_twilio.slow_next(1, 1.0)
    with pytest.raises(SmsTransientError) as failed:
        twilio.send(reminder())
    assert failed.value.maybe_sent is True


def test_an_unreachable_twilio_is_transient_and_nothing_left(http: httpx.Client) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    gateway = TwilioGateway(
        account_sid="AC" + "1" * 32,
        auth_token="token",
        from_number=OUR_NUMBER,
        base_url=f"http://127.0.0.1:{closed_port}",
        client=http,
    )
    with pytest.raises(SmsTransientError) as failed:
        gateway.send(reminder())
    assert failed.value.maybe_sent is False


def test_the_gateway_implements_the_port(twilio: TwilioGateway) -> None:
    assert isinstance(twilio, SmsGateway)


def test_the_gateway_needs_exactly_one_sender_setting() -> None:
    with pytest.raises(ValueError):
        TwilioGateway(account_sid="AC1", auth_token="t")
    with pytest.raises(ValueError):
        TwilioGateway(
            account_sid="AC1", auth_token="t", from_number=OUR_NUMBER, messaging_service_sid="MG1"
        )


# Status callbacks


def test_a_signed_status_callback_becomes_a_delivery_update(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    receipt = twilio.send(reminder())
    callback_url = fake_twilio.accepted[0].status_callback
    assert callback_url is not None

    update = status_update(
        twilio, fake_twilio.status_callback(callback_url, receipt.provider_id, "delivered")
    )

    assert update == DeliveryUpdate(
        provider="twilio",
        provider_id=receipt.provider_id,
        status=DeliveryStatus.DELIVERED,
        raw_status="delivered",
        error_code=None,
        at=None,
        event_id=f"{receipt.provider_id}:delivered",
        reference="outbound-42",
    )


def test_an_undelivered_callback_carries_the_error_and_the_carrier_time(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    request = fake_twilio.status_callback(
        f"{STATUS_URL}?ref=outbound-42",
        "SM" + "a" * 32,
        "undelivered",
        ErrorCode="30003",
        RawDlrDoneDate="2611200931",
    )
    update = status_update(twilio, request)
    assert update.status is DeliveryStatus.UNDELIVERED
    assert update.error_code == "30003"
    assert update.at == datetime(2026, 11, 20, 9, 31, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("accepted", DeliveryStatus.QUEUED),
        ("scheduled", DeliveryStatus.QUEUED),
        ("queued", DeliveryStatus.QUEUED),
        ("sending", DeliveryStatus.SENT),
        ("sent", DeliveryStatus.SENT),
        ("delivered", DeliveryStatus.DELIVERED),
        ("read", DeliveryStatus.DELIVERED),
        ("undelivered", DeliveryStatus.UNDELIVERED),
        ("partially_delivered", DeliveryStatus.UNDELIVERED),
        ("failed", DeliveryStatus.FAILED),
        ("canceled", DeliveryStatus.FAILED),
        ("receiving", DeliveryStatus.UNKNOWN),
        ("received", DeliveryStatus.UNKNOWN),
    ],
)
def test_twilio_statuses_are_mapped(
    twilio: TwilioGateway, fake_twilio: FakeTwilio, raw: str, status: DeliveryStatus
) -> None:
    update = status_update(twilio, fake_twilio.status_callback(STATUS_URL, "SM1", raw))
    assert update.status is status
    assert update.raw_status == raw


def test_an_unknown_status_is_unknown_with_the_raw_status_kept(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    update = status_update(twilio, fake_twilio.status_callback(STATUS_URL, "SM1", "teleported"))
    assert update.status is DeliveryStatus.UNKNOWN
    assert update.raw_status == "teleported"
    assert update.event_id == "SM1:teleported"


def test_a_forged_signature_is_rejected(twilio: TwilioGateway, fake_twilio: FakeTwilio) -> None:
    genuine = fake_twilio.status_callback(STATUS_URL, "SM1", "delivered")
    forged_headers = {
        **genuine.headers,
        "X-Twilio-Signature": twilio_signature(
            "someone-elses-token",
            STATUS_URL,
            {"MessageSid": "SM1", "MessageStatus": "delivered"},
        ),
    }
    with pytest.raises(WebhookRejected) as rejected:
        twilio.parse_status_callback(url=STATUS_URL, headers=forged_headers, body=genuine.body)
    assert rejected.value.reason == "X-Twilio-Signature does not match: not sent by Twilio"


def test_a_missing_signature_is_rejected(twilio: TwilioGateway, fake_twilio: FakeTwilio) -> None:
    genuine = fake_twilio.status_callback(STATUS_URL, "SM1", "delivered")
    headers = {k: v for k, v in genuine.headers.items() if k != "X-Twilio-Signature"}
    with pytest.raises(WebhookRejected) as rejected:
        twilio.parse_status_callback(url=STATUS_URL, headers=headers, body=genuine.body)
    assert rejected.value.reason == "missing X-Twilio-Signature header"


def test_a_tampered_body_or_url_is_rejected(twilio: TwilioGateway, fake_twilio: FakeTwilio) -> None:
    genuine = fake_twilio.status_callback(f"{STATUS_URL}?ref=outbound-42", "SM1", "failed")
    tampered_body = genuine.body.replace(b"failed", b"delivered")
    with pytest.raises(WebhookRejected):
        twilio.parse_status_callback(url=genuine.url, headers=genuine.headers, body=tampered_body)
    with pytest.raises(WebhookRejected):
        twilio.parse_status_callback(
            url=f"{STATUS_URL}?ref=outbound-43", headers=genuine.headers, body=genuine.body
        )


def test_the_signature_holds_with_or_without_the_default_port(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    signed = fake_twilio.status_callback(STATUS_URL, "SM1", "sent")
    behind_proxy = STATUS_URL.replace("amiable.example", "amiable.example:443")
    update = twilio.parse_status_callback(
        url=behind_proxy, headers=signed.headers, body=signed.body
    )
    assert update.status is DeliveryStatus.SENT


def test_a_callback_for_another_account_is_rejected(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    request = fake_twilio.status_callback(
        STATUS_URL, "SM1", "delivered", AccountSid="AC" + "9" * 32
    )
    with pytest.raises(WebhookRejected) as rejected:
        status_update(twilio, request)
    assert rejected.value.reason == "webhook for another Twilio account"


def test_garbage_bodies_are_rejected_with_a_clear_reason(twilio: TwilioGateway) -> None:
    headers = {"X-Twilio-Signature": "c2lnbmF0dXJl"}
    with pytest.raises(WebhookRejected) as rejected:
        twilio.parse_status_callback(url=STATUS_URL, headers=headers, body=b"\xff\xfe\x00")
    assert rejected.value.reason == "webhook body is not UTF-8 text"
    with pytest.raises(WebhookRejected) as rejected:
        twilio.parse_status_callback(url=STATUS_URL, headers=headers, body=b'{"json": true}')
    assert rejected.value.reason == "webhook body is not form data (name=value&...)"


def test_a_signed_callback_missing_a_field_is_rejected(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    params = {"AccountSid": fake_twilio.account_sid, "MessageSid": "SM1"}
    headers = {"X-Twilio-Signature": twilio_signature(fake_twilio.auth_token, STATUS_URL, params)}
    body = b"AccountSid=" + fake_twilio.account_sid.encode() + b"&MessageSid=SM1"
    with pytest.raises(WebhookRejected) as rejected:
        twilio.parse_status_callback(url=STATUS_URL, headers=headers, body=body)
    assert rejected.value.reason == "Twilio status callback without MessageStatus"


# Inbound messages


def test_an_inbound_stop_is_read_and_recognised(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    request = fake_twilio.inbound(
        INBOUND_URL, from_=DEBTOR, to=OUR_NUMBER, body="STOP", MessageSid="SM" + "b" * 32
    )
    inbound = twilio.parse_inbound(url=request.url, headers=request.headers, body=request.body)

    assert inbound.provider == "twilio"
    assert inbound.provider_id == "SM" + "b" * 32
    assert inbound.event_id == "SM" + "b" * 32
    assert inbound.from_number == DEBTOR
    assert inbound.to_number == OUR_NUMBER
    assert inbound.body == "STOP"
    assert inbound.received_at == NOW
    assert is_stop(inbound.body)


def test_an_inbound_sentence_is_left_to_the_reader(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    body = "Je ne peux pas stopper le paiement, je vous rappelle demain"
    request = fake_twilio.inbound(INBOUND_URL, from_=DEBTOR, to=OUR_NUMBER, body=body)
    inbound = twilio.parse_inbound(url=request.url, headers=request.headers, body=request.body)
    assert inbound.body == body
    assert not is_stop(inbound.body)


def test_a_forged_inbound_is_rejected(twilio: TwilioGateway, fake_twilio: FakeTwilio) -> None:
    forger = FakeTwilio(account_sid=fake_twilio.account_sid, auth_token="guessed-token")
    request = forger.inbound(INBOUND_URL, from_=DEBTOR, to=OUR_NUMBER, body="J'ai tout payé")
    with pytest.raises(WebhookRejected):
        twilio.parse_inbound(url=request.url, headers=request.headers, body=request.body)


def test_an_inbound_from_a_non_number_is_rejected_with_the_reason(
    twilio: TwilioGateway, fake_twilio: FakeTwilio
) -> None:
    request = fake_twilio.inbound(INBOUND_URL, from_="PROMO", to=OUR_NUMBER, body="Hi")
    with pytest.raises(WebhookRejected) as rejected:
        twilio.parse_inbound(url=request.url, headers=request.headers, body=request.body)
    assert rejected.value.reason == "Twilio inbound sender not a phone number: 'PROMO'"


# The port's own rules


def test_a_message_must_be_addressed_in_e164_with_a_body_and_a_reference() -> None:
    with pytest.raises(ValueError, match=r"E\.164"):
        reminder(to="06 12 34 56 78")
    with pytest.raises(ValueError, match="empty"):
        reminder(body="")
    with pytest.raises(ValueError, match="reference"):
        reminder(reference=" ")


@pytest.mark.parametrize(
    "body",
    [
        "STOP",
        "stop",
        "Stop SMS",
        "STOP 36180",
        "STOP36180",
        "stop!",
        " Stop. ",
        "STOP 🛑",
        "ARRET",
        "arrêt",
        "Arrêtez",
        "unsubscribe",
        "UNSUBSCRIBE please",
        "STOPALL",
        "stop all",
        "désabonner",
        "Désabonnez-moi",
        "désinscription",
        "Stop merci",
        "stop svp",
        "STOP s'il vous plaît",
        "Stop relances",
        "cancel",
        "END",
        "quit",
        "opt-out",
        "Stop stop stop",
        "stop " * 9,
    ],
)
def test_bare_opt_out_keywords_are_stop(body: str) -> None:
    assert is_stop(body)


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   ",
        "Je ne peux pas stopper le paiement",
        "Je paierai à la fin du mois, stop aux pénalités svp",
        "Pourquoi arrêter mon échéancier ?",
        "OK merci",
        "Bus stop",
        "stopper le prélèvement",
        "Stopping by tomorrow to pay",
    ],
)
def test_sentences_are_not_stop(body: str) -> None:
    assert not is_stop(body)
