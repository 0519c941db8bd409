"""A case followed by the scheduler, its messages handed to real local servers, and the
debtor's answers coming back: e-mail through SMTP and IMAP (a real aiosmtpd relay and a
real Dovecot), SMS through a local server speaking Twilio's API, letters as a mail-house
batch. What the office would see is read back from the database."""

# ruff: noqa: F811  (the fixtures imported from the channel test helpers are parameters)
from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import select
from tests.channels.email.dovecot import DovecotServer, dovecot, dovecot_process  # noqa: F401
from tests.channels.email.smtp_server import smtp_sink  # noqa: F401
from tests.channels.sms.fake_twilio import AUTH_TOKEN, FakeTwilio, fake_twilio  # noqa: F401
from tests.portfolio.factories import claim_row, write_csv

from amiable.channels.calls import call_list, call_outcome_record
from amiable.channels.choices import CallOutcome
from amiable.channels.config import ChannelConfig, channels_from
from amiable.channels.delivery import _transfer_codes, deliver_due, letters_batch
from amiable.channels.email.imap import ImapPoller
from amiable.channels.intake import email_intake, email_intake_many
from amiable.channels.models import DeliveryEvent, InboundMessage, OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.settings import Settings
from amiable.payments.reference import case_payment_reference
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.actions import mandate_record
from amiable.portfolio.imports.pipeline import import_file
from amiable.portfolio.models import CaseEvent, ContactPoint, Creditor, Tenant
from amiable.web.app import create_app

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SECRETS = {
    "AMIABLE_REPLY_TOKEN_SECRET": "a-reply-token-secret-of-32-chars!",
    "AMIABLE_TWILIO_TOKEN": AUTH_TOKEN,
    "AMIABLE_INBOUND_SECRET": "an-inbound-webhook-secret",
}
DEBTOR_MAIL = "jean.dupont@example.com"
DEBTOR_MOBILE = "+33612345678"
RENDER = template_renderer("https://paiement.alcyon.example/p")


@pytest.fixture
def office(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    """An agency with its R124-2 file and a mandate; one consumer case with an e-mail
    address, a mobile number and a postal address."""
    path = write_csv(
        tmp_path / "export.csv", [claim_row(due_date="01/02/2026", phone="06 12 34 56 78")]
    )
    import_file(database, tenant="default", path=path, clock=FixedClock(MONDAY))
    with database.write() as session:
        tenant = session.scalars(select(Tenant)).one()
        tenant.name = "Alcyon Gestion"
        tenant.address, tenant.postcode, tenant.city = "24 rue Garibaldi", "69006", "Lyon"
        tenant.email, tenant.phone = "contact@alcyon.example", "+33472000000"
        tenant.liability_insurance = "MMA 123"
        tenant.client_account_iban = "FR7630006000011234567890189"
        tenant.prosecutor_declared_on = date(2025, 1, 10)
        creditor = session.scalars(select(Creditor)).one()
        creditor.name = "Opaline Télécom SAS"
        creditor.address, creditor.postcode, creditor.city = "8 quai Saint-Antoine", "69002", "Lyon"
        mandate_record(
            session,
            creditor=creditor,
            reference="M-1",
            signed_on=date(2026, 1, 5),
            basis="Factures impayées",
            fee_basis="percent_of_collected",
            fee_rate_percent=Decimal("12"),
            now=MONDAY,
        )
    return database


def configure(database: Database, **channels: Any) -> ChannelConfig:
    with database.write() as session:
        session.scalars(select(Tenant)).one().channels = channels
    return ChannelConfig.of(channels)


def email_settings(port: int) -> dict[str, Any]:
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "security": "none",
        "sender_name": "Alcyon Gestion — Recouvrement",
        "sender_address": "recouvrement@alcyon.example",
        "reply_mailbox": "reponse@alcyon.example",
        "domain": "alcyon.example",
        "token_secret_env": "AMIABLE_REPLY_TOKEN_SECRET",
    }


def twilio_settings(fake: FakeTwilio) -> dict[str, Any]:
    return {
        "provider": "twilio",
        "account_sid": fake.account_sid,
        "auth_token_env": "AMIABLE_TWILIO_TOKEN",
        "from_number": "+33757000000",
        "base_url": fake.base_url,
        "status_callback_url": "http://testserver/webhooks/default/sms/twilio/status",
    }


def days_of_scheduling(database: Database, until: datetime, start: datetime = MONDAY) -> None:
    now = start
    while now <= until:
        run_once(database, owner="worker", render=RENDER, now=now)
        now += timedelta(hours=12)


def outbox(database: Database, channel: str | None = None) -> list[OutboundMessage]:
    with database.read() as session:
        query = select(OutboundMessage).order_by(OutboundMessage.id)
        if channel:
            query = query.where(OutboundMessage.channel == channel)
        rows = list(session.scalars(query))
        session.expunge_all()  # read as they are now, usable after the session
        return rows


def event_types(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(CaseEvent.type).order_by(CaseEvent.id)))


def test_an_email_of_the_playbook_is_answered_and_the_answer_lands_on_its_case_read(
    office: Database,
    smtp_sink: Any,
    dovecot: DovecotServer,
) -> None:
    relay = smtp_sink()
    config = configure(office, email=email_settings(relay.port))
    days_of_scheduling(office, until=datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    [queued] = outbox(office, "email")
    assert (queued.status, queued.step, queued.recipient) == ("queued", "email_1", DEBTOR_MAIL)

    sent_at = datetime(2026, 3, 10, 9, 5, tzinfo=UTC)
    report = deliver_due(
        office, tenant_id=queued.tenant_id, channels=channels_from(config, SECRETS), now=sent_at
    )
    assert (report.sent, report.retried, report.failed) == (1, 0, 0)
    [delivery] = relay.deliveries
    assert delivery.rcpt_tos == (DEBTOR_MAIL,)
    assert delivery.mail_from.startswith("bounces+") and delivery.mail_from.endswith(
        "@alcyon.example"
    )
    sent = email.message_from_bytes(delivery.data, policy=email.policy.default)
    assert sent["Reply-To"].addresses[0].username.startswith("reponse+")
    [row] = outbox(office, "email")
    assert (row.status, row.message_id, row.attempts) == ("sent", sent["Message-ID"], 1)

    # The debtor answers from his mailbox; the answer arrives in the office's mailbox.
    answer = EmailMessage()
    answer["From"] = f"Jean Dupont <{DEBTOR_MAIL}>"
    answer["To"] = sent["Reply-To"]
    answer["Subject"] = f"Re: {sent['Subject']}"
    answer["Message-ID"] = "<reponse-1@example.com>"
    answer["In-Reply-To"] = sent["Message-ID"]
    answer["Date"] = "Wed, 11 Mar 2026 18:40:00 +0100"
    answer.set_content(
        "Bonjour,\n\nJe vous règlerai les 180,50 € le 30 mars.\n\nJean Dupont\n\n"
        f"Le 10 mars 2026, Alcyon Gestion a écrit :\n> {sent.get_body(('plain',)).get_content()[:200]}"  # type: ignore[union-attr]
    )
    dovecot.append(answer.as_bytes())
    poller = ImapPoller(
        dovecot.host, dovecot.port, dovecot.username, dovecot.password, security="none"
    )
    read_at = datetime(2026, 3, 11, 18, 45, tzinfo=UTC)

    def handle(batch: list[tuple[bytes, str]]) -> list[bool]:
        # As `amiable channels poll` does: the poll's messages stored in one transaction.
        intakes = email_intake_many(
            office,
            [(raw, None) for raw, _uid in batch],
            tenant_id=row.tenant_id,
            token_secret=SECRETS["AMIABLE_REPLY_TOKEN_SECRET"].encode(),
            now=read_at,
        )
        return [intake.status != "quarantined" for intake in intakes]

    polled = poller.poll_batch(handle)
    assert (polled.fetched, polled.handled, polled.failed) == (1, 1, 0)
    assert dovecot.messages("INBOX") == []  # moved to the processed folder, not lost
    with office.read() as session:
        [reply] = session.scalars(select(InboundMessage)).all()
        assert (reply.case_id, reply.status, reply.in_reply_to_id) == (row.case_id, "read", row.id)
        raw = reply.raw
        assert raw is not None and b"<reponse-1@example.com>" in raw
        assert reply.reading is not None
        assert (reply.reading["intent"], reply.reading["amount"], reply.reading["date"]) == (
            "promise_to_pay",
            "180.50",
            "2026-03-30",
        )
        received = session.scalars(
            select(CaseEvent).where(CaseEvent.type == "reply_received")
        ).one()
        assert (
            received.case_id == row.case_id
            and received.data["reading"]["intent"] == "promise_to_pay"
        )

    # The same message polled again (a poll cut off before its move) is one message.
    again = email_intake(
        office,
        raw or b"",
        tenant_id=row.tenant_id,
        token_secret=SECRETS["AMIABLE_REPLY_TOKEN_SECRET"].encode(),
        now=read_at,
    )
    assert again.duplicate and event_types(office).count("reply_received") == 1


def test_a_hard_bounce_invalidates_the_address_and_no_e_mail_goes_to_it_again(
    office: Database,
    smtp_sink: Any,
) -> None:
    relay = smtp_sink()
    relay.handler.refusals[DEBTOR_MAIL] = "550 5.1.1 <jean.dupont@example.com>: User unknown"
    config = configure(office, email=email_settings(relay.port))
    days_of_scheduling(office, until=datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    tenant_id = outbox(office)[0].tenant_id
    report = deliver_due(
        office,
        tenant_id=tenant_id,
        channels=channels_from(config, SECRETS),
        now=MONDAY + timedelta(days=8, hours=1),
    )
    assert (report.sent, report.bounced) == (0, 1)
    with office.read() as session:
        point = session.scalars(select(ContactPoint).where(ContactPoint.kind == "email")).one()
        assert point.status == "bounced"
    assert "contact_point_invalidated" in event_types(office)
    # The second e-mail step (26 March) finds no address: it is skipped, nothing queued.
    days_of_scheduling(
        office, until=datetime(2026, 3, 27, 9, 0, tzinfo=UTC), start=MONDAY + timedelta(days=9)
    )
    assert [m.step for m in outbox(office, "email")] == ["email_1"]
    assert relay.deliveries == []


def test_a_transient_sms_failure_is_retried_and_a_stop_stops_every_sms_after_it(
    office: Database,
    fake_twilio: FakeTwilio,
) -> None:
    config = configure(office, sms=twilio_settings(fake_twilio))
    days_of_scheduling(office, until=datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
    [queued] = outbox(office, "sms")
    assert (queued.step, queued.recipient) == ("sms_1", DEBTOR_MOBILE)
    channels = channels_from(config, SECRETS)
    fake_twilio.fail_next(1, status=503)
    first = deliver_due(
        office,
        tenant_id=queued.tenant_id,
        channels=channels,
        now=datetime(2026, 3, 16, 9, 1, tzinfo=UTC),
    )
    assert (first.sent, first.retried) == (0, 1)
    [waiting] = outbox(office, "sms")
    assert waiting.status == "queued" and waiting.next_attempt_at == datetime(
        2026, 3, 16, 9, 2, tzinfo=UTC
    )
    second = deliver_due(
        office,
        tenant_id=queued.tenant_id,
        channels=channels,
        now=datetime(2026, 3, 16, 9, 3, tzinfo=UTC),
    )
    assert second.sent == 1 and len(fake_twilio.accepted) == 1
    [sent] = outbox(office, "sms")

    application = App(
        settings=Settings(environment="test", database_url=office.url),
        database=office,
        clock=FixedClock(datetime(2026, 3, 16, 10, 0, tzinfo=UTC)),
        environ=SECRETS,
    )
    client = TestClient(create_app(application))
    # The carrier's receipt, delivered twice: recorded once.
    receipt = fake_twilio.status_callback(
        "http://testserver/webhooks/default/sms/twilio/status",
        sent.provider_message_id or "",
        "delivered",
    )
    for _ in range(2):
        response = client.post(
            "/webhooks/default/sms/twilio/status", content=receipt.body, headers=receipt.headers
        )
        assert response.status_code == 200
    assert outbox(office, "sms")[0].status == "delivered"
    with office.read() as session:
        assert len(session.scalars(select(DeliveryEvent)).all()) == 1

    # A forged STOP is refused and changes nothing.
    url = "http://testserver/webhooks/default/sms/twilio/inbound"
    forged = fake_twilio.inbound(url, from_=DEBTOR_MOBILE, to="+33757000000", body="STOP")
    forged.headers["X-Twilio-Signature"] = "bm90IGEgc2lnbmF0dXJl"
    refused = client.post(
        "/webhooks/default/sms/twilio/inbound", content=forged.body, headers=forged.headers
    )
    assert refused.status_code == 403
    # The debtor's real STOP.
    stop = fake_twilio.inbound(url, from_=DEBTOR_MOBILE, to="+33757000000", body="STOP")
    response = client.post(
        "/webhooks/default/sms/twilio/inbound", content=stop.body, headers=stop.headers
    )
    assert response.status_code == 200 and response.json()["status"] == "read"
    with office.read() as session:
        phone = session.scalars(select(ContactPoint).where(ContactPoint.kind == "phone")).one()
        assert (phone.status, phone.opted_out_channels) == ("valid", ["sms"])
        [reply] = session.scalars(select(InboundMessage)).all()
        assert reply.reading is not None and reply.reading["intent"] == "stop_contact"

    # Two months on: the second SMS step finds no number it may text; the call (the same
    # number, another channel) still happens.
    days_of_scheduling(
        office,
        until=datetime(2026, 5, 10, 9, 0, tzinfo=UTC),
        start=datetime(2026, 3, 17, 9, 0, tzinfo=UTC),
    )
    assert [m.step for m in outbox(office, "sms")] == ["sms_1"]
    assert [m.step for m in outbox(office, "call")] == ["call_1"]
    with office.read() as session:
        skipped = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_skipped")
        ).all()
    assert any("sms_2" in reason and "mobile" in reason for reason in skipped)


def test_the_letters_go_as_one_batch_that_opens_with_every_mandatory_mention(
    office: Database, tmp_path: Path
) -> None:
    days_of_scheduling(office, until=MONDAY)
    [letter] = outbox(office, "letter")
    result = letters_batch(
        office, tenant_id=letter.tenant_id, out_dir=tmp_path, now=MONDAY + timedelta(hours=1)
    )
    assert result is not None and result.pdf_path.exists() and result.index_path.exists()
    text = " ".join(
        "\n".join(page.extract_text() for page in PdfReader(result.pdf_path).pages).split()
    )
    for line in letter.body_text.splitlines():
        if line.strip():
            assert " ".join(line.split()) in text, line
    # The R124-4 mentions, as printed: the L111-8 text, the creditor, the amounts.
    assert "article L111-8" in text
    assert "Les frais de recouvrement entrepris sans titre exécutoire" in text
    index = result.index_path.read_text(encoding="utf-8-sig").splitlines()
    assert len(index) == 2 and "Jean Dupont" in index[1]
    [sent] = outbox(office, "letter")
    assert sent.status == "sent" and sent.data["batch"] == result.pdf_path.name
    # The letter asks for a transfer to the office's account: its QR code is the EPC
    # transfer code, with the amount the letter states and the case's RF reference.
    assert "sont préremplis" in text
    with office.read() as session:
        codes = _transfer_codes(session, letter.tenant_id, [
            (letter.id, letter.body_text, "fr", "first_letter", "", letter.case_id, "")])  # fmt: skip
    payload = codes[letter.id].payload.split("\n")
    assert payload[0] == "BCD" and case_payment_reference(letter.case_id) in payload
    amount = payload[7].removeprefix("EUR")
    assert f"{amount.replace('.', ',')} €" in text.replace("\u202f", " ").replace("\xa0", " ")


def test_a_call_task_carries_its_script_and_its_outcome_is_read_as_a_reply(
    office: Database,
) -> None:
    days_of_scheduling(office, until=datetime(2026, 3, 31, 9, 0, tzinfo=UTC))
    with office.read() as session:
        tenant_id = session.scalars(select(Tenant.id)).one()
        [task] = call_list(
            session, tenant_id=tenant_id, now=datetime(2026, 3, 31, 9, 0, tzinfo=UTC)
        )
    assert task.phone == DEBTOR_MOBILE and "Jean Dupont" in task.script
    reply_id = call_outcome_record(
        office,
        tenant_id=tenant_id,
        message_id=task.message_id,
        outcome=CallOutcome.PROMISE,
        note="Paiera 180,50 € le 10 avril",
        actor="user:clerk-1",
        now=datetime(2026, 3, 31, 10, 0, tzinfo=UTC),
        amount=Decimal("180.50"),
        on=date(2026, 4, 10),
    )
    assert reply_id is not None
    with office.read() as session:
        reply = session.get_one(InboundMessage, reply_id)
        assert reply.channel == "call" and reply.reading is not None
        assert (reply.reading["intent"], reply.reading["amount"], reply.reading["date"]) == (
            "promise_to_pay",
            "180.50",
            "2026-04-10",
        )
        assert (
            call_list(session, tenant_id=tenant_id, now=datetime(2026, 3, 31, 11, 0, tzinfo=UTC))
            == []
        )
    assert event_types(office)[-2:] == ["call_outcome_recorded", "reply_received"]


def test_an_e_mail_from_nobody_known_goes_to_triage_and_is_kept(office: Database) -> None:
    stranger = EmailMessage()
    stranger["From"] = "someone@elsewhere.example"
    stranger["To"] = "reponse@alcyon.example"
    stranger["Subject"] = "Question"
    stranger["Message-ID"] = "<q-1@elsewhere.example>"
    stranger.set_content("Bonjour, qui êtes-vous ?")
    with office.read() as session:
        tenant_id = session.scalars(select(Tenant.id)).one()
    intake = email_intake(
        office,
        stranger.as_bytes(),
        tenant_id=tenant_id,
        token_secret=b"a-reply-token-secret-of-32-chars!",
        now=MONDAY,
    )
    assert (intake.case_id, intake.status) == (None, "triage")
    with office.read() as session:
        row = session.scalars(select(InboundMessage)).one()
        assert row.raw == stranger.as_bytes() and row.case_id is None


def _events(database: Database) -> list[Any]:
    with database.read() as session:
        return list(
            session.execute(select(CaseEvent.type, CaseEvent.reason).order_by(CaseEvent.id))
        )


def test_a_reply_restarts_the_clock_of_the_next_reminder(office: Database) -> None:
    """The debtor writes three days after the first letter: the first e-mail, due eight
    days after the letter, waits eight days after the reply instead."""
    days_of_scheduling(office, until=MONDAY)
    answer = EmailMessage()
    answer["From"] = DEBTOR_MAIL
    answer["To"] = "reponse@alcyon.example"
    answer["Subject"] = "Votre courrier"
    answer["Message-ID"] = "<r-2@example.com>"
    answer["Date"] = "Thu, 05 Mar 2026 09:00:00 +0000"
    answer.set_content("Bonjour, je regarde cela avec ma banque et je reviens vers vous.")
    with office.read() as session:
        tenant_id = session.scalars(select(Tenant.id)).one()
    intake = email_intake(
        office,
        answer.as_bytes(),
        tenant_id=tenant_id,
        token_secret=SECRETS["AMIABLE_REPLY_TOKEN_SECRET"].encode(),
        now=datetime(2026, 3, 5, 9, 1, tzinfo=UTC),
    )
    assert intake.status == "read"  # threaded by the sender's address: one debtor, one case
    days_of_scheduling(
        office, until=datetime(2026, 3, 20, 9, 0, tzinfo=UTC), start=MONDAY + timedelta(hours=12)
    )
    [first_email] = outbox(office, "email")
    assert first_email.created_at.date() == date(2026, 3, 13)


def test_a_pass_of_the_in_process_worker_schedules_and_sends(
    office: Database, smtp_sink: Any
) -> None:
    from amiable.workers.loop import work_pass

    relay = smtp_sink()
    configure(office, email=email_settings(relay.port))
    days_of_scheduling(office, until=datetime(2026, 3, 9, 9, 0, tzinfo=UTC))
    application = App(
        settings=Settings(environment="test", database_url=office.url),
        database=office,
        clock=FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=UTC)),
        environ=SECRETS,
    )
    report = work_pass(application)
    assert (report.queued, report.sent, report.problems) == (1, 1, [])
    assert [delivery.rcpt_tos for delivery in relay.deliveries] == [(DEBTOR_MAIL,)]


def test_a_delivery_report_that_comes_back_later_marks_the_message_and_the_address(
    office: Database, smtp_sink: Any
) -> None:
    relay = smtp_sink()
    config = configure(office, email=email_settings(relay.port))
    days_of_scheduling(office, until=datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    tenant_id = outbox(office)[0].tenant_id
    deliver_due(
        office,
        tenant_id=tenant_id,
        channels=channels_from(config, SECRETS),
        now=datetime(2026, 3, 10, 9, 5, tzinfo=UTC),
    )
    [delivery] = relay.deliveries
    sent = email.message_from_bytes(delivery.data, policy=email.policy.default)
    report = (
        f"From: MAILER-DAEMON@relay.example\r\nTo: {delivery.mail_from}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-1@relay.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; relay.example\r\n\r\n"
        f"Final-Recipient: rfc822; {DEBTOR_MAIL}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
        f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {sent['Message-ID']}\r\n"
        f"To: {DEBTOR_MAIL}\r\n--B--\r\n"
    ).encode()
    intake = email_intake(
        office,
        report,
        tenant_id=tenant_id,
        token_secret=SECRETS["AMIABLE_REPLY_TOKEN_SECRET"].encode(),
        now=datetime(2026, 3, 10, 9, 30, tzinfo=UTC),
    )
    assert intake.status == "bounce"
    [message] = outbox(office, "email")
    assert message.status == "bounced"
    with office.read() as session:
        point = session.scalars(select(ContactPoint).where(ContactPoint.kind == "email")).one()
        assert point.status == "bounced"
        assert session.scalars(select(InboundMessage.status)).all() == ["bounce"]
    assert "reply_received" not in event_types(office)


def test_a_creditor_with_its_own_identity_is_named_as_the_sender(
    office: Database, smtp_sink: Any
) -> None:
    """A credit department writes in its company's name; the office's other creditors
    keep the office's identity."""
    relay = smtp_sink()
    with office.read() as session:
        creditor = session.scalars(select(Creditor.reference)).one()
    settings = email_settings(relay.port) | {
        "creditors": {
            creditor: {
                "sender_name": "Opaline Télécom — Service clients",
                "sender_address": "recouvrement@opaline.example",
            }
        }
    }
    config = configure(office, email=settings)
    days_of_scheduling(office, until=datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    tenant_id = outbox(office)[0].tenant_id
    deliver_due(
        office,
        tenant_id=tenant_id,
        channels=channels_from(config, SECRETS),
        now=datetime(2026, 3, 10, 9, 5, tzinfo=UTC),
    )
    [delivery] = relay.deliveries
    sent = email.message_from_bytes(delivery.data, policy=email.policy.default)
    [author] = sent["From"].addresses
    assert (author.display_name, author.addr_spec) == (
        "Opaline Télécom — Service clients",
        "recouvrement@opaline.example",
    )
    assert sent["Reply-To"].addresses[0].domain == "alcyon.example"  # answers come to the office


def test_an_ovh_reply_is_taken_only_with_the_callback_token(office: Database) -> None:
    """OVHcloud signs nothing: its callbacks carry our secret token, and one without it
    is refused with nothing recorded."""
    from tests.channels.sms.fake_ovh import APPLICATION_KEY, SERVICE_NAME, FakeOvh

    environ = SECRETS | {
        "AMIABLE_OVH_SECRET": "ovh-application-secret",
        "AMIABLE_OVH_CONSUMER": "ovh-consumer-key",
        "AMIABLE_OVH_CALLBACK": "a-callback-token-of-32-characters",
    }
    configure(
        office,
        sms={
            "provider": "ovh",
            "application_key": APPLICATION_KEY,
            "application_secret_env": "AMIABLE_OVH_SECRET",
            "consumer_key_env": "AMIABLE_OVH_CONSUMER",
            "service_name": SERVICE_NAME,
            "callback_secret_env": "AMIABLE_OVH_CALLBACK",
        },
    )
    application = App(
        settings=Settings(environment="test", database_url=office.url),
        database=office,
        clock=FixedClock(datetime(2026, 3, 16, 10, 0, tzinfo=UTC)),
        environ=environ,
    )
    client = TestClient(create_app(application))
    fake = FakeOvh()  # only its callback builder: nothing is sent here
    path = "/webhooks/default/sms/ovh/inbound"
    bare = fake.reply(
        f"http://testserver{path}", senderid="0612345678", message="STOP", id="900001"
    )
    refused = client.post(path, content=bare.body, headers=bare.headers)
    assert refused.status_code == 403
    with office.read() as session:
        assert session.scalars(select(InboundMessage)).all() == []
    url = f"http://testserver{path}?token={environ['AMIABLE_OVH_CALLBACK']}"
    signed = fake.reply(url, senderid="0612345678", message="STOP", id="900001")
    taken = client.post(
        signed.url.removeprefix("http://testserver"), content=signed.body, headers=signed.headers
    )
    assert taken.status_code == 200 and taken.json()["status"] == "read"
    with office.read() as session:
        phone = session.scalars(select(ContactPoint).where(ContactPoint.kind == "phone")).one()
        assert phone.opted_out_channels == ["sms"]
