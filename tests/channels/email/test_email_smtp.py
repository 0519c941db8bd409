"""The SMTP transport against a real SMTP server (aiosmtpd on 127.0.0.1): what the
relay receives, how each of its refusals comes back, and one connection for many
messages."""

from __future__ import annotations

import email
import socket
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

import pytest

from amiable.channels.email.compose import Sender, compose
from amiable.channels.email.tokens import message_id, reply_address, reply_token
from amiable.channels.email.transport import (
    PermanentSendError,
    SmtpTransport,
    TransientSendError,
    TransportConfigurationError,
)

if TYPE_CHECKING:  # imported by pytest as a plugin, so that its asserts are rewritten
    from smtp_server import SmtpSink, TlsFiles

pytest_plugins = ["smtp_server"]

StartSink = Callable[..., "SmtpSink"]
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SECRET = b"amiable-test-secret-0123456789abcdef"
SENDER = Sender(
    name="Alcyon Gestion — Service recouvrement",
    address="recouvrement@alcyon-gestion.fr",
    reply_mailbox="reply@alcyon-gestion.fr",
    domain="alcyon-gestion.fr",
)
TEXT = "Bonjour,\n\nLa facture F-2026-0142 (1\u202f234,56\u00a0€) reste impayée.\n"
HTML = "<p>Bonjour,</p><p>La facture F-2026-0142 (1\u202f234,56\u00a0€) reste impayée.</p>"


def notice(
    outbound_id: int = 1042, to: str = "Éloïse Dupont <eloise.dupont@example.fr>"
) -> EmailMessage:
    token = reply_token(outbound_id, SECRET)
    return compose(
        sender=SENDER,
        to=to,
        subject=f"Relance amiable : facture n° F-2026-{outbound_id:04d}",
        text=TEXT,
        html=HTML,
        message_id=message_id("alcyon-gestion.fr", outbound_id, f"case-{outbound_id}/relance-1"),
        reply_to=reply_address("reply@alcyon-gestion.fr", token),
        lang="fr",
        now=NOW,
    )


def bounce_address(outbound_id: int) -> str:
    return reply_address("bounces@alcyon-gestion.fr", reply_token(outbound_id, SECRET))


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.fixture
def plain_transport(smtp_sink: StartSink) -> Iterator[tuple[SmtpSink, SmtpTransport]]:
    sink = smtp_sink()
    transport = SmtpTransport(
        sink.host, sink.port, "none", local_hostname="worker1.test", timeout=5
    )
    yield sink, transport
    transport.close()


def test_a_notice_reaches_the_relay_with_its_bounce_address_and_both_parts(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport

    result = transport.send(notice(), envelope_from=bounce_address(1042))

    assert result.response == "250 2.0.0 Ok: queued as Q00001"
    assert result.accepted == ("eloise.dupont@example.fr",)
    assert dict(result.refused) == {}
    assert result.message_id == "<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>"
    assert result.envelope_from == "bounces+sy7pclqaqec4djl56y@alcyon-gestion.fr"
    [delivery] = sink.deliveries
    assert delivery.mail_from == "bounces+sy7pclqaqec4djl56y@alcyon-gestion.fr"
    assert delivery.rcpt_tos == ("eloise.dupont@example.fr",)
    assert delivery.tls is False
    message = parsed(delivery.data)
    assert message["From"].addresses[0].display_name == "Alcyon Gestion — Service recouvrement"
    assert b"From: =?utf-8?q?Alcyon_Gestion_=E2=80=94_Service_recouvrement?=" in delivery.data
    assert message["To"].addresses[0].display_name == "Éloïse Dupont"
    assert message["Reply-To"] == "reply+sy7pclqaqec4djl56y@alcyon-gestion.fr"
    assert message["Subject"] == "Relance amiable : facture n° F-2026-1042"
    assert message["Message-ID"] == "<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>"
    assert message["Auto-Submitted"] == "auto-generated"
    plain, html = message.iter_parts()
    assert plain.get_content().replace("\r\n", "\n") == TEXT
    assert html.get_content().replace("\r\n", "\n") == HTML + "\n"
    assert "Bcc" not in message and "List-Unsubscribe" not in message


def test_without_a_bounce_address_the_envelope_sender_is_the_from_address(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    transport.send(notice())
    assert sink.deliveries[0].mail_from == "recouvrement@alcyon-gestion.fr"


def test_a_retried_send_carries_the_same_message_id(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    transport.send(notice(1042))
    transport.send(notice(1042))  # the worker died before recording the first send
    first, second = (parsed(delivery.data) for delivery in sink.deliveries)
    assert first["Message-ID"] == second["Message-ID"]
    assert sink.deliveries[0].data == sink.deliveries[1].data


def test_an_injected_header_never_reaches_the_relay(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    with pytest.raises(ValueError):
        notice(to="eloise.dupont@example.fr\r\nBcc: voisin@example.com")
    message = EmailMessage()
    message["From"] = "recouvrement@alcyon-gestion.fr"
    message["To"] = "eloise.dupont@example.fr"
    message.set_content("x")
    with pytest.raises(ValueError, match="line break"):
        transport.send(
            message, envelope_from="bounces@alcyon-gestion.fr\r\nRCPT TO:<x@example.com>"
        )
    assert sink.deliveries == []


def test_a_refused_recipient_is_a_permanent_error_and_the_connection_stays_usable(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    sink.handler.refusals["gone@example.fr"] = (
        "550 5.1.1 <gone@example.fr>: Recipient address rejected: User unknown"
    )

    with pytest.raises(PermanentSendError) as refused:
        transport.send(notice(1, to="gone@example.fr"), envelope_from=bounce_address(1))

    assert refused.value.code == 550
    assert (
        refused.value.reason == "5.1.1 <gone@example.fr>: Recipient address rejected: User unknown"
    )
    assert refused.value.stage == "rcpt"
    assert refused.value.recipient == "gone@example.fr"
    assert refused.value.address_refused is True
    assert sink.deliveries == []
    transport.send(notice(2), envelope_from=bounce_address(2))
    assert len(sink.deliveries) == 1
    assert sink.connections == 1


def test_a_greylisted_recipient_is_a_transient_error(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    sink.handler.refusals["later@example.fr"] = "451 4.7.1 Greylisted, please try again later"

    with pytest.raises(TransientSendError) as deferred:
        transport.send(notice(1, to="later@example.fr"))

    assert not isinstance(deferred.value, TransportConfigurationError)
    assert (deferred.value.code, deferred.value.stage) == (451, "rcpt")
    assert deferred.value.reason == "4.7.1 Greylisted, please try again later"
    assert sink.deliveries == []


def test_a_message_refused_after_data_is_a_permanent_error(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    sink.handler.data_reply = "554 5.7.1 Message rejected as spam"
    with pytest.raises(PermanentSendError) as refused:
        transport.send(notice())
    assert (refused.value.code, refused.value.stage) == (554, "data")
    assert refused.value.address_refused is False
    assert sink.deliveries == []


def test_a_policy_refusal_at_rcpt_does_not_condemn_the_address(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    # Our relay or reputation is at fault, not the debtor's mailbox.
    sink, transport = plain_transport
    sink.handler.refusals["eloise.dupont@example.fr"] = (
        "554 5.7.1 <eloise.dupont@example.fr>: Relay access denied"
    )
    with pytest.raises(PermanentSendError) as refused:
        transport.send(notice())
    assert (refused.value.code, refused.value.stage) == (554, "rcpt")
    assert refused.value.address_refused is False


def test_a_connection_dropped_by_the_server_is_reopened_once(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    transport.send(notice(1))
    sink.drop_connections()  # the relay closed the idle connection

    transport.send(notice(2))

    assert len(sink.deliveries) == 2
    assert sink.connections == 2
    assert [delivery.connection for delivery in sink.deliveries] == [1, 2]


def test_a_connection_dropped_twice_in_a_row_is_a_transient_error(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    sink.handler.drop_next_mail = 2

    with pytest.raises(TransientSendError, match="connection lost twice") as lost:
        transport.send(notice(1))

    assert lost.value.code is None
    assert sink.deliveries == []
    assert sink.connections == 2
    transport.send(notice(2))  # the next message opens a fresh connection
    assert len(sink.deliveries) == 1


def test_a_thousand_messages_go_over_one_connection(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    messages = [notice(outbound_id) for outbound_id in range(1, 11)]

    started = time.perf_counter()
    for number in range(1000):
        transport.send(messages[number % 10], envelope_from=bounce_address(number % 10 + 1))
    elapsed = time.perf_counter() - started

    assert len(sink.deliveries) == 1000
    assert sink.connections == 1
    assert {delivery.connection for delivery in sink.deliveries} == {1}
    assert sink.deliveries[-1].rcpt_tos == ("eloise.dupont@example.fr",)
    print(f"1000 messages over one connection in {elapsed:.2f} s ({1000 / elapsed:.0f}/s)")


def test_a_relay_that_caps_a_session_gets_a_new_connection_every_n_messages(
    smtp_sink: StartSink,
) -> None:
    sink = smtp_sink()
    with SmtpTransport(sink.host, sink.port, "none", messages_per_connection=2) as transport:
        for outbound_id in range(1, 6):
            transport.send(notice(outbound_id))
    assert [delivery.connection for delivery in sink.deliveries] == [1, 1, 2, 2, 3]


def test_recipients_refused_among_others_are_reported_and_the_rest_delivered(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    sink.handler.refusals["gone@example.fr"] = "550 5.1.1 User unknown"
    message = EmailMessage()
    message["From"] = "recouvrement@alcyon-gestion.fr"
    message["To"] = "gone@example.fr, comptable@example.fr"
    message["Subject"] = "Copie au comptable"
    message.set_content("Bonjour")

    result = transport.send(message)

    assert result.accepted == ("comptable@example.fr",)
    assert dict(result.refused) == {"gone@example.fr": (550, "5.1.1 User unknown")}
    assert sink.deliveries[0].rcpt_tos == ("comptable@example.fr",)


def test_bcc_recipients_get_the_message_without_the_bcc_header(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    message = EmailMessage()
    message["From"] = "recouvrement@alcyon-gestion.fr"
    message["To"] = "eloise.dupont@example.fr"
    message["Bcc"] = "archive@alcyon-gestion.fr"
    message.set_content("Bonjour")

    transport.send(message)

    assert sink.deliveries[0].rcpt_tos == ("eloise.dupont@example.fr", "archive@alcyon-gestion.fr")
    assert b"Bcc" not in sink.deliveries[0].data
    assert message["Bcc"] == "archive@alcyon-gestion.fr"  # the caller's message is untouched


def test_a_non_ascii_mailbox_goes_with_smtputf8(
    plain_transport: tuple[SmtpSink, SmtpTransport],
) -> None:
    sink, transport = plain_transport
    message = EmailMessage()
    message["From"] = "recouvrement@alcyon-gestion.fr"
    message["To"] = "josé.garcía@exemple.fr"
    message["Subject"] = "Relance"
    message.set_content("Bonjour")

    transport.send(message)

    assert sink.deliveries[0].rcpt_tos == ("josé.garcía@exemple.fr",)
    assert "SMTPUTF8" in sink.deliveries[0].mail_options


def test_starttls_with_auth_plain(smtp_sink: StartSink, tls_files: TlsFiles) -> None:
    sink = smtp_sink(starttls=tls_files.server_context(), users={"amiable": "s3cret-relay"})
    with SmtpTransport(
        sink.host, sink.port, "starttls", username="amiable", password="s3cret-relay",
        ssl_context=tls_files.client_context(), timeout=5,
    ) as transport:  # fmt: skip
        transport.send(notice(), envelope_from=bounce_address(1042))
    [delivery] = sink.deliveries
    assert delivery.tls is True
    assert delivery.login == "amiable"
    assert (
        parsed(delivery.data)["Message-ID"]
        == "<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>"
    )


def test_starttls_with_auth_login(smtp_sink: StartSink, tls_files: TlsFiles) -> None:
    sink = smtp_sink(
        starttls=tls_files.server_context(), users={"amiable": "s3cret-relay"},
        auth_exclude_mechanism=["PLAIN"],
    )  # fmt: skip
    with SmtpTransport(
        sink.host, sink.port, "starttls", username="amiable", password="s3cret-relay",
        ssl_context=tls_files.client_context(), timeout=5,
    ) as transport:  # fmt: skip
        transport.send(notice())
    assert [(delivery.tls, delivery.login) for delivery in sink.deliveries] == [(True, "amiable")]


def test_implicit_tls(smtp_sink: StartSink, tls_files: TlsFiles) -> None:
    sink = smtp_sink(implicit_tls=tls_files.server_context(), users={"amiable": "s3cret-relay"})
    with SmtpTransport(
        sink.host, sink.port, "tls", username="amiable", password="s3cret-relay",
        ssl_context=tls_files.client_context(), timeout=5,
    ) as transport:  # fmt: skip
        transport.send(notice())
        transport.send(notice(1043))
    assert [(delivery.tls, delivery.login) for delivery in sink.deliveries] == [
        (True, "amiable"),
        (True, "amiable"),
    ]
    assert sink.connections == 1


def test_a_tls_connection_dropped_by_the_server_is_reopened_once(
    smtp_sink: StartSink, tls_files: TlsFiles
) -> None:
    sink = smtp_sink(implicit_tls=tls_files.server_context())
    with SmtpTransport(
        sink.host, sink.port, "tls", ssl_context=tls_files.client_context(), timeout=5
    ) as transport:
        transport.send(notice(1))
        sink.drop_connections()
        transport.send(notice(2))
    assert [(delivery.connection, delivery.tls) for delivery in sink.deliveries] == [
        (1, True),
        (2, True),
    ]


def test_the_server_offers_no_authentication_before_tls(
    smtp_sink: StartSink, tls_files: TlsFiles
) -> None:
    # As real relays do (RFC 4954 4): the fixture must not accept a password in clear.
    import smtplib

    sink = smtp_sink(starttls=tls_files.server_context(), users={"amiable": "s3cret-relay"})
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
        client.ehlo()
        assert client.has_extn("starttls")
        assert not client.has_extn("auth")
        code, reply = client.docmd("AUTH", "PLAIN AGFtaWFibGUAczNjcmV0LXJlbGF5")
    assert (code, reply) == (530, b"Must issue a STARTTLS command first")


def test_a_wrong_password_is_a_configuration_error_and_nothing_is_sent(
    smtp_sink: StartSink, tls_files: TlsFiles
) -> None:
    sink = smtp_sink(starttls=tls_files.server_context(), users={"amiable": "s3cret-relay"})
    transport = SmtpTransport(
        sink.host, sink.port, "starttls", username="amiable", password="wrong",
        ssl_context=tls_files.client_context(), timeout=5,
    )  # fmt: skip
    with pytest.raises(TransportConfigurationError) as refused:
        transport.send(notice())
    assert (refused.value.code, refused.value.stage) == (535, "auth")
    assert sink.deliveries == []


def test_sending_in_clear_to_a_relay_that_requires_starttls_is_a_configuration_error(
    smtp_sink: StartSink, tls_files: TlsFiles
) -> None:
    sink = smtp_sink(starttls=tls_files.server_context())
    with pytest.raises(TransportConfigurationError) as refused:
        SmtpTransport(sink.host, sink.port, "none", timeout=5).send(notice())
    assert (refused.value.code, refused.value.stage) == (530, "mail")
    assert sink.deliveries == []


def test_a_relay_without_starttls_is_refused_rather_than_used_in_clear(
    smtp_sink: StartSink,
) -> None:
    sink = smtp_sink()
    with pytest.raises(TransportConfigurationError, match="does not offer STARTTLS") as refused:
        SmtpTransport(sink.host, sink.port, "starttls", timeout=5).send(notice())
    assert refused.value.stage == "tls"
    assert sink.deliveries == []


def test_an_untrusted_certificate_is_a_configuration_error(
    smtp_sink: StartSink, tls_files: TlsFiles
) -> None:
    sink = smtp_sink(starttls=tls_files.server_context())
    with pytest.raises(TransportConfigurationError, match="certificate not trusted"):
        SmtpTransport(sink.host, sink.port, "starttls", timeout=5).send(notice())
    assert sink.deliveries == []


def test_credentials_are_never_sent_over_a_clear_connection() -> None:
    with pytest.raises(ValueError, match="starttls' or 'tls'"):
        SmtpTransport("127.0.0.1", 25, "none", username="amiable", password="s3cret-relay")


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        ({"security": "ssl"}, "security must be one of"),
        ({"security": "tls", "username": "amiable"}, "both the SMTP username and password"),
        ({"security": "tls", "timeout": 0}, "timeout must be positive"),
        ({"security": "tls", "messages_per_connection": 0}, "at least 1"),
    ],
)
def test_bad_settings_are_refused(arguments: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        SmtpTransport("127.0.0.1", 25, **arguments)


def test_a_refused_connection_is_a_transient_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with pytest.raises(TransientSendError) as unreachable:
        SmtpTransport("127.0.0.1", closed_port, "none", timeout=2).send(notice())
    assert (unreachable.value.code, unreachable.value.stage) == (None, "connect")
    assert "ConnectionRefusedError" in unreachable.value.reason


def test_a_silent_server_times_out_as_a_transient_error() -> None:
    with socket.socket() as silent:  # accepts connections, never says hello
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        with pytest.raises(TransientSendError, match="timed out") as waited:
            SmtpTransport("127.0.0.1", port, "none", timeout=0.3).send(notice())
    assert waited.value.stage == "connect"


def test_a_message_without_sender_or_recipient_is_refused_before_connecting() -> None:
    transport = SmtpTransport("127.0.0.1", 9, "none")
    message = EmailMessage()
    message["To"] = "eloise.dupont@example.fr"
    with pytest.raises(ValueError, match="no envelope sender"):
        transport.send(message)
    message["From"] = "recouvrement@alcyon-gestion.fr"
    del message["To"]
    with pytest.raises(ValueError, match="no valid recipient"):
        transport.send(message)
