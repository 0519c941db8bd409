"""The OVH adapter against a fake OVH API speaking the real wire format."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from tests.channels.sms.fake_ovh import Callback, FakeOvh
from tests.channels.sms.fake_ovh import fake_ovh as fake_ovh

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
from amiable.channels.sms.ovh import OvhSmsGateway, map_ovh_delivery
from amiable.core.clock import FixedClock

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
DEBTOR = "+33612345678"
SECRET = "callback-secret-0123456789abcdef"
STATUS_URL = "https://amiable.example/webhooks/sms/ovh/status"
INBOUND_URL = "https://amiable.example/webhooks/sms/ovh/inbound"


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=0.3) as client:
        yield client


def gateway_for(fake: FakeOvh, http: httpx.Client, **overrides: object) -> OvhSmsGateway:
    settings: dict[str, object] = {
        "application_key": fake.application_key,
        "application_secret": fake.application_secret,
        "consumer_key": fake.consumer_key,
        "service_name": fake.service_name,
        "sender": "AMIABLE",
        "callback_secret": SECRET,
        "endpoint": fake.endpoint,
        "client": http,
        "clock": FixedClock(NOW),
        **overrides,
    }
    return OvhSmsGateway(**settings)  # type: ignore[arg-type]


@pytest.fixture
def ovh(fake_ovh: FakeOvh, http: httpx.Client) -> OvhSmsGateway:
    return gateway_for(fake_ovh, http)


def reminder(
    body: str = "Bonjour, votre facture 2026-0042 reste due.", **overrides: str
) -> SmsMessage:
    fields = {"to": DEBTOR, "body": body, "sender": "", "reference": "outbound-42", **overrides}
    return SmsMessage(**fields)


def receipt_of(ovh: OvhSmsGateway, callback: Callback) -> DeliveryUpdate:
    return ovh.parse_status_callback(url=callback.url, headers=callback.headers, body=callback.body)


# Sending


def test_a_reminder_goes_out_as_a_signed_job_with_our_reference_as_tag(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    receipt = ovh.send(reminder())

    [job] = fake_ovh.jobs
    assert job.body == {
        "charset": "UTF-8",
        "coding": "7bit",
        "message": "Bonjour, votre facture 2026-0042 reste due.",
        "noStopClause": True,
        "priority": "high",
        "receivers": [DEBTOR],
        "tag": "outbound-42",
        "sender": "AMIABLE",
        "senderForResponse": False,
    }
    assert job.headers["X-Ovh-Application"] == fake_ovh.application_key
    assert job.headers["X-Ovh-Consumer"] == fake_ovh.consumer_key
    assert job.headers["X-Ovh-Signature"].startswith("$1$")
    assert receipt.provider == "ovh"
    assert receipt.provider_id == str(job.id)
    assert receipt.status is DeliveryStatus.QUEUED
    assert receipt.segments == 1
    assert receipt.raw == {
        "totalCreditsRemoved": 1,
        "invalidReceivers": [],
        "validReceivers": [DEBTOR],
        "ids": [job.id],
    }


def test_the_server_clock_is_read_once_and_used_for_every_signature(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    # The fake's clock is an hour ahead and it refuses timestamps a minute off: both
    # sends pass only because the adapter signs with OVH's time.
    ovh.send(reminder())
    ovh.send(reminder(reference="outbound-43"))
    assert fake_ovh.requests == [
        ("GET", "/1.0/auth/time"),
        ("POST", f"/1.0/sms/{fake_ovh.service_name}/jobs"),
        ("POST", f"/1.0/sms/{fake_ovh.service_name}/jobs"),
    ]
    assert [job.body["tag"] for job in fake_ovh.jobs] == ["outbound-42", "outbound-43"]


def test_a_text_outside_gsm7_is_sent_as_8bit_and_counted_in_ucs2_parts(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    receipt = ovh.send(reminder("Nous sommes prêts à vous aider. " * 3))
    assert fake_ovh.jobs[0].body["coding"] == "8bit"
    assert receipt.segments == 2  # 96 UTF-16 units: two parts of 67


def test_without_a_sender_ovh_sends_from_its_reply_short_code(
    fake_ovh: FakeOvh, http: httpx.Client
) -> None:
    gateway_for(fake_ovh, http, sender=None).send(reminder())
    body = fake_ovh.jobs[0].body
    assert body["senderForResponse"] is True
    assert "sender" not in body


def test_the_stop_clause_can_be_asked_for(fake_ovh: FakeOvh, http: httpx.Client) -> None:
    gateway_for(fake_ovh, http, no_stop_clause=False).send(reminder())
    assert fake_ovh.jobs[0].body["noStopClause"] is False


def test_a_wrong_secret_breaks_the_signature_and_nothing_is_sent(
    fake_ovh: FakeOvh, http: httpx.Client
) -> None:
    gateway = gateway_for(fake_ovh, http, application_secret="not-the-secret")
    with pytest.raises(SmsPermanentError) as refused:
        gateway.send(reminder())
    assert refused.value.reason == "OVH 400: Invalid signature (INVALID_SIGNATURE)"
    assert refused.value.provider_code == "INVALID_SIGNATURE"
    assert fake_ovh.jobs == []


def test_an_unknown_consumer_key_is_a_permanent_error(
    fake_ovh: FakeOvh, http: httpx.Client
) -> None:
    with pytest.raises(SmsPermanentError) as refused:
        gateway_for(fake_ovh, http, consumer_key="revoked").send(reminder())
    assert refused.value.reason == "OVH 403: This credential does not exist (INVALID_CREDENTIAL)"
    assert fake_ovh.jobs == []


def test_an_invalid_receiver_is_a_permanent_error(ovh: OvhSmsGateway, fake_ovh: FakeOvh) -> None:
    with pytest.raises(SmsPermanentError) as refused:
        ovh.send(reminder(to="+33612"))
    assert refused.value.reason == "OVH refused the receiver as invalid: +33612"
    assert fake_ovh.jobs == []


@pytest.mark.parametrize("status", [500, 503, 429])
def test_server_errors_and_throttling_are_transient_and_the_retry_goes_through(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh, status: int
) -> None:
    fake_ovh.fail_next(1, status)
    with pytest.raises(SmsTransientError) as failed:
        ovh.send(reminder())
    assert failed.value.reason.startswith(f"OVH {status}: ")
    assert fake_ovh.jobs == []

    receipt = ovh.send(reminder())
    assert receipt.provider_id == str(fake_ovh.jobs[0].id)


def test_a_timeout_is_transient_and_warns_the_sms_may_be_out(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    fake_ovh.slow_next(1, 1.0)
    with pytest.raises(SmsTransientError) as failed:
        ovh.send(reminder())
    assert failed.value.maybe_sent is True


def test_callbacks_are_registered_with_the_secret_token(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    ovh.register_callbacks(status_url=STATUS_URL, inbound_url=INBOUND_URL)
    assert fake_ovh.account_settings == {
        "callBack": f"{STATUS_URL}?token={SECRET}",
        "smsResponse": {"responseType": "cgi", "cgiUrl": f"{INBOUND_URL}?token={SECRET}"},
    }


def test_the_gateway_implements_the_port(ovh: OvhSmsGateway) -> None:
    assert isinstance(ovh, SmsGateway)


def test_a_short_callback_secret_is_refused(fake_ovh: FakeOvh, http: httpx.Client) -> None:
    with pytest.raises(ValueError, match="at least 16"):
        gateway_for(fake_ovh, http, callback_secret="short")


# Delivery receipts (no signature at OVH: the token is the proof)


def test_a_delivery_receipt_with_the_token_becomes_an_update(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    receipt = ovh.send(reminder())
    callback = fake_ovh.delivery_receipt(
        ovh.callback_url(STATUS_URL),
        receipt.provider_id,
        ptt="4",
        date="2026-11-20T10:31:00+01:00",
        description="1",
        descriptionDlr="Success",
    )

    assert receipt_of(ovh, callback) == DeliveryUpdate(
        provider="ovh",
        provider_id=receipt.provider_id,
        status=DeliveryStatus.DELIVERED,
        raw_status="description=1 ptt=4 descriptionDlr=Success",
        error_code=None,
        at=datetime(2026, 11, 20, 9, 31, tzinfo=UTC),
        event_id=f"{receipt.provider_id}:1:4",
    )


def test_an_undelivered_receipt_carries_the_operator_code(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    callback = fake_ovh.delivery_receipt(
        ovh.callback_url(STATUS_URL), 100000001, ptt="23", description="2", descriptionDlr="Failed"
    )
    update = receipt_of(ovh, callback)
    assert update.status is DeliveryStatus.UNDELIVERED
    assert update.error_code == "23"
    assert update.at is None


def test_the_older_dlr_parameter_is_read_too(ovh: OvhSmsGateway, fake_ovh: FakeOvh) -> None:
    callback = fake_ovh.delivery_receipt(ovh.callback_url(STATUS_URL), 100000001, dlr="16")
    update = receipt_of(ovh, callback)
    assert update.status is DeliveryStatus.FAILED
    assert update.raw_status == "dlr=16"


@pytest.mark.parametrize(
    ("dlr_state", "ptt", "status"),
    [
        ("0", None, DeliveryStatus.QUEUED),
        ("1", None, DeliveryStatus.DELIVERED),
        ("2", None, DeliveryStatus.UNDELIVERED),
        ("4", None, DeliveryStatus.QUEUED),
        ("8", None, DeliveryStatus.SENT),
        ("16", None, DeliveryStatus.FAILED),
        (None, "3", DeliveryStatus.SENT),
        (None, "4", DeliveryStatus.DELIVERED),
        (None, "8", DeliveryStatus.UNDELIVERED),
        (None, "6", DeliveryStatus.UNKNOWN),
        ("1", "24", DeliveryStatus.DELIVERED),  # the DLR state decides
        ("99", "4", DeliveryStatus.DELIVERED),  # an unmapped state falls back on ptt
        ("99", "999", DeliveryStatus.UNKNOWN),
    ],
)
def test_ovh_states_are_mapped(
    dlr_state: str | None, ptt: str | None, status: DeliveryStatus
) -> None:
    assert map_ovh_delivery(dlr_state, ptt) is status


def test_an_unknown_state_is_unknown_with_the_raw_status_kept(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    callback = fake_ovh.delivery_receipt(
        ovh.callback_url(STATUS_URL), 100000001, ptt="999", description="99"
    )
    update = receipt_of(ovh, callback)
    assert update.status is DeliveryStatus.UNKNOWN
    assert update.raw_status == "description=99 ptt=999"
    assert update.error_code is None


def test_a_time_without_offset_is_not_guessed(ovh: OvhSmsGateway, fake_ovh: FakeOvh) -> None:
    callback = fake_ovh.delivery_receipt(
        ovh.callback_url(STATUS_URL), 1, description="1", date="2026-11-20 10:31:00"
    )
    assert receipt_of(ovh, callback).at is None


def test_a_receipt_without_the_token_is_rejected(ovh: OvhSmsGateway, fake_ovh: FakeOvh) -> None:
    callback = fake_ovh.delivery_receipt(STATUS_URL, 100000001, description="1")
    with pytest.raises(WebhookRejected) as rejected:
        receipt_of(ovh, callback)
    assert rejected.value.reason == "OVH callback without its token (OVH signs nothing)"


@pytest.mark.parametrize(
    "url",
    [
        f"{STATUS_URL}?token=wrong-token-0123456789abcdef",
        f"{STATUS_URL}?token=",
        f"{STATUS_URL}?token={SECRET}&token=other",
    ],
)
def test_a_receipt_with_a_wrong_token_is_rejected(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh, url: str
) -> None:
    with pytest.raises(WebhookRejected) as rejected:
        receipt_of(ovh, fake_ovh.delivery_receipt(url, 100000001, description="1"))
    assert rejected.value.reason == "OVH callback token does not match"


def test_a_receipt_missing_its_fields_is_rejected(ovh: OvhSmsGateway) -> None:
    base = ovh.callback_url(STATUS_URL)
    with pytest.raises(WebhookRejected) as rejected:
        ovh.parse_status_callback(url=f"{base}&description=1", headers={}, body=b"")
    assert rejected.value.reason == "OVH delivery receipt without id"
    with pytest.raises(WebhookRejected) as rejected:
        ovh.parse_status_callback(url=f"{base}&id=100000001", headers={}, body=b"")
    assert rejected.value.reason == "OVH delivery receipt without a state (description, dlr, ptt)"


# Replies


def test_a_stop_reply_is_read_and_threaded_to_our_message(
    ovh: OvhSmsGateway, fake_ovh: FakeOvh
) -> None:
    callback = fake_ovh.reply(
        ovh.callback_url(INBOUND_URL),
        senderid="0033612345678",
        message="Stop",
        id="555001",
        shortcode="38123",
        tag="outbound-42",
        keyword="STOP",
    )
    inbound = ovh.parse_inbound(url=callback.url, headers=callback.headers, body=callback.body)

    assert inbound.provider == "ovh"
    assert inbound.provider_id == "555001"
    assert inbound.event_id == "555001"
    assert inbound.from_number == DEBTOR
    assert inbound.to_number == "38123"
    assert inbound.body == "Stop"
    assert inbound.reference == "outbound-42"
    assert inbound.received_at == NOW
    assert is_stop(inbound.body)


def test_a_reply_without_the_token_is_rejected(ovh: OvhSmsGateway, fake_ovh: FakeOvh) -> None:
    callback = fake_ovh.reply(INBOUND_URL, senderid=DEBTOR, message="J'ai payé", id="1")
    with pytest.raises(WebhookRejected):
        ovh.parse_inbound(url=callback.url, headers=callback.headers, body=callback.body)


def test_garbage_replies_are_rejected_with_a_clear_reason(ovh: OvhSmsGateway) -> None:
    url = ovh.callback_url(INBOUND_URL)
    with pytest.raises(WebhookRejected) as rejected:
        ovh.parse_inbound(url=url, headers={}, body=b"\xff\xfe")
    assert rejected.value.reason == "webhook body is not UTF-8 text"
    with pytest.raises(WebhookRejected) as rejected:
        ovh.parse_inbound(url=url, headers={}, body=b"just some text")
    assert rejected.value.reason == "webhook body is not form data (name=value&...)"
    with pytest.raises(WebhookRejected) as rejected:
        ovh.parse_inbound(url=url, headers={}, body=b"id=1&message=hello")
    assert rejected.value.reason == "OVH inbound SMS without senderid"
    with pytest.raises(WebhookRejected) as rejected:
        ovh.parse_inbound(url=url, headers={}, body=b"id=1&senderid=ORANGE&message=hello")
    assert rejected.value.reason == "OVH inbound sender not a phone number: 'ORANGE'"
