"""Composing a collection e-mail: what the debtor's mail client receives, byte for
byte, parsed back with the standard library as a receiving server would."""

from __future__ import annotations

import email
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, MIMEPart
from typing import Any

import pytest

from amiable.channels.email.compose import Sender, compose
from amiable.channels.email.tokens import message_id, reply_address, reply_token

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SECRET = b"amiable-test-secret-0123456789abcdef"
SENDER = Sender(
    name="Alcyon Gestion — Service recouvrement",
    address="recouvrement@alcyon-gestion.fr",
    reply_mailbox="reply@alcyon-gestion.fr",
    domain="alcyon-gestion.fr",
)
TOKEN = reply_token(1042, SECRET)
TEXT = (
    "Bonjour Madame Dupont,\n\n"
    "Sauf erreur de notre part, la facture F-2026-0142 du 15 septembre 2026 reste impayée : "
    "1\u202f234,56\u00a0€ en principal.\n\n"
    "Pour régler : https://pay.alcyon-gestion.fr/p/7Qk2\n\n"
    "Pour ne plus recevoir de courriels, répondez STOP.\n"
)
HTML = "<p>Bonjour Madame Dupont,</p><p>La facture F-2026-0142 reste impayée : 1\u202f234,56\u00a0€.</p>"


def a_notice(**overrides: Any) -> EmailMessage:
    arguments: dict[str, Any] = {
        "sender": SENDER,
        "to": "Éloïse Dupont <eloise.dupont@example.fr>",
        "subject": "Relance amiable : facture n° F-2026-0142 — 1\u202f234,56\u00a0€",
        "text": TEXT,
        "html": HTML,
        "message_id": message_id("alcyon-gestion.fr", 1042, "case-1042/relance-1"),
        "reply_to": reply_address("reply@alcyon-gestion.fr", TOKEN),
        "lang": "fr",
        "now": NOW,
    }
    arguments.update(overrides)
    return compose(**arguments)


def received(message: EmailMessage) -> tuple[bytes, EmailMessage]:
    """The bytes on the wire and the message a receiving server parses from them."""
    raw = message.as_bytes()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return raw, parsed


def content(part: MIMEPart) -> str:
    """The decoded text, with the wire's CRLF line ends read as the reader sees them."""
    text = part.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


def test_a_notice_with_html_is_text_then_html_in_utf8_quoted_printable() -> None:
    raw, parsed = received(a_notice())

    assert parsed.get_content_type() == "multipart/alternative"
    plain, html = list(parsed.iter_parts())
    assert plain.get_content_type() == "text/plain"
    assert html.get_content_type() == "text/html"
    for part in (plain, html):
        assert part.get_content_charset() == "utf-8"
        assert part["Content-Transfer-Encoding"] == "quoted-printable"
        assert "MIME-Version" not in part
    assert content(plain) == TEXT
    assert content(html) == HTML + "\n"
    assert raw.isascii()


def test_a_notice_without_html_is_a_single_text_part() -> None:
    _, parsed = received(a_notice(html=None))
    assert parsed.get_content_type() == "text/plain"
    assert not parsed.is_multipart()
    assert content(parsed) == TEXT


def test_the_headers_a_debtor_receives() -> None:
    raw, parsed = received(a_notice())

    sender = parsed["From"].addresses[0]
    assert sender.display_name == "Alcyon Gestion — Service recouvrement"
    assert sender.addr_spec == "recouvrement@alcyon-gestion.fr"
    assert b"From: =?utf-8?q?Alcyon_Gestion_=E2=80=94_Service_recouvrement?=" in raw
    recipient = parsed["To"].addresses[0]
    assert (recipient.display_name, recipient.addr_spec) == (
        "Éloïse Dupont",
        "eloise.dupont@example.fr",
    )
    assert parsed["Reply-To"] == "reply+sy7pclqaqec4djl56y@alcyon-gestion.fr"
    assert parsed["Subject"] == "Relance amiable : facture n° F-2026-0142 — 1\u202f234,56\u00a0€"
    assert parsed["Date"] == "Fri, 20 Nov 2026 09:30:00 +0000"
    assert parsed["Message-ID"] == "<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>"
    assert parsed["Content-Language"] == "fr"
    assert parsed["MIME-Version"] == "1.0"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert "In-Reply-To" not in parsed
    assert "References" not in parsed


def test_a_collection_notice_carries_no_list_or_bulk_headers_and_one_recipient() -> None:
    _, parsed = received(a_notice())
    for absent in (
        "List-Unsubscribe",
        "List-Unsubscribe-Post",
        "List-Id",
        "Precedence",
        "Cc",
        "Bcc",
        "Return-Path",
    ):
        assert absent not in parsed


def test_the_date_is_written_in_utc_whatever_the_clock_zone() -> None:
    paris = timezone(timedelta(hours=1))
    _, parsed = received(a_notice(now=datetime(2026, 11, 20, 10, 30, tzinfo=paris)))
    assert parsed["Date"] == "Fri, 20 Nov 2026 09:30:00 +0000"


def test_answering_a_debtor_threads_the_reply() -> None:
    thread = ["<first@example.fr>", "<CAF7x=debtor-answer@mail.gmail.com>"]
    _, parsed = received(a_notice(references=thread))
    assert parsed["In-Reply-To"] == "<CAF7x=debtor-answer@mail.gmail.com>"
    assert parsed["References"] == "<first@example.fr> <CAF7x=debtor-answer@mail.gmail.com>"


def test_a_long_thread_keeps_its_first_and_latest_references() -> None:
    thread = [f"<m{number}@example.fr>" for number in range(30)] + ["<m29@example.fr>"]
    _, parsed = received(a_notice(references=thread))
    kept = str(parsed["References"]).split()
    assert len(kept) == 20
    assert kept[0] == "<m0@example.fr>"
    assert kept[1:] == [f"<m{number}@example.fr>" for number in range(11, 30)]
    assert parsed["In-Reply-To"] == "<m29@example.fr>"


def test_long_lines_are_wrapped_on_the_wire_and_rejoined_for_the_reader() -> None:
    long_line = "Détail des sommes dues : " + " ; ".join(
        f"facture F-2026-{number:04d} : 1\u202f234,56\u00a0€" for number in range(40)
    )
    long_subject = "Relance amiable : " + " ".join(f"facture n° F-2026-{n:04d}" for n in range(12))
    raw, parsed = received(a_notice(text=long_line + "\n", subject=long_subject))

    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    assert parsed["Subject"] == long_subject
    plain = next(parsed.iter_parts())
    assert content(plain) == long_line + "\n"


def test_the_same_message_is_the_same_bytes_on_every_attempt() -> None:
    # A retry sends what was sent: same Message-ID, same MIME boundary.
    assert a_notice().as_bytes() == a_notice().as_bytes()


def test_an_international_domain_is_written_in_its_ascii_form() -> None:
    _, parsed = received(a_notice(to="client@exämple.fr"))
    assert parsed["To"].addresses[0].addr_spec == "client@xn--exmple-cua.fr"


def test_extra_headers_are_added() -> None:
    _, parsed = received(a_notice(headers={"Feedback-ID": "relance-1:alcyon:amiable"}))
    assert parsed["Feedback-ID"] == "relance-1:alcyon:amiable"


@pytest.mark.parametrize(
    "overrides",
    [
        {"subject": "Relance\r\nBcc: voisin@example.com"},
        {"subject": "Relance\nBcc: voisin@example.com"},
        {"subject": "Relance\rX-Injected: yes"},
        {"subject": "Relance\u2028Bcc: voisin@example.com"},
        {"subject": "Relance\x00"},
        {"to": "eloise.dupont@example.fr\r\nBcc: voisin@example.com"},
        {"to": "Éloïse\n Dupont <eloise.dupont@example.fr>"},
        {"reply_to": "reply@alcyon-gestion.fr\nBcc: voisin@example.com"},
        {"message_id": "<a@b>\r\nBcc: voisin@example.com"},
        {"references": ["<a@b>\r\nBcc: voisin@example.com"]},
        {"headers": {"Feedback-ID": "x\r\nBcc: voisin@example.com"}},
        {"headers": {"X-Bad\r\nBcc": "voisin@example.com"}},
    ],
)
def test_a_line_break_in_any_header_is_refused(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        a_notice(**overrides)


def test_a_line_break_in_the_senders_name_is_refused() -> None:
    with pytest.raises(ValueError, match="line break"):
        Sender("Alcyon\r\nBcc: voisin@example.com", "recouvrement@alcyon-gestion.fr",
               "reply@alcyon-gestion.fr", "alcyon-gestion.fr")  # fmt: skip


def test_the_sender_address_is_a_bare_address() -> None:
    with pytest.raises(ValueError, match="bare"):
        Sender("Alcyon", "Alcyon <recouvrement@alcyon-gestion.fr>", "reply@alcyon-gestion.fr",
               "alcyon-gestion.fr")  # fmt: skip


@pytest.mark.parametrize(
    "name",
    ["Bcc", "cc", "List-Unsubscribe", "List-Unsubscribe-Post", "Precedence", "From", "Subject"],
)
def test_extra_headers_cannot_set_reserved_or_forbidden_headers(name: str) -> None:
    with pytest.raises(ValueError, match=r"not allowed|written by compose"):
        a_notice(headers={name: "x"})


@pytest.mark.parametrize(
    "to",
    [
        "eloise.dupont@example.fr, voisin@example.com",
        "not an address",
        "eloise@",
        "",
        "a@localhost",
    ],
)
def test_a_notice_goes_to_exactly_one_valid_address(to: str) -> None:
    with pytest.raises(ValueError):
        a_notice(to=to)


def test_a_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        a_notice(now=datetime(2026, 11, 20, 9, 30))


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"subject": "   "}, "subject is empty"),
        ({"lang": "français"}, "not a language tag"),
        ({"text": "Dupont &amp; Fils"}, "HTML entity"),
        ({"text": "Montant&nbsp;: 10 €"}, "HTML entity"),
        ({"text": "  \n"}, "plain-text part is empty"),
        ({"html": " "}, "html part is empty"),
        ({"message_id": "amiable.1042@alcyon-gestion.fr"}, "<left@right>"),
        ({"references": "<a@b>"}, "sequence"),
    ],
)
def test_bad_parts_are_refused_with_a_reason(overrides: dict[str, Any], reason: str) -> None:
    with pytest.raises((ValueError, TypeError), match=reason):
        a_notice(**overrides)


def test_a_long_non_ascii_sender_name_is_encoded_in_words_within_78_columns() -> None:
    sender = Sender(
        "Société Générale de Recouvrement Amiable des Établissements Dupont-Éloïse et Associés",
        "contact@sgra.example.fr", "reply@sgra.example.fr", "sgra.example.fr",
    )  # fmt: skip
    raw, parsed = received(a_notice(sender=sender))
    from_lines = raw.split(b"\r\n\r\n")[0].decode("ascii").split("\r\n")
    assert all(len(line) <= 78 for line in from_lines)
    header = raw.split(b"From: ", 1)[1].split(b"\r\nTo:", 1)[0].decode("ascii")
    encoded_name = header.rsplit(" <", 1)[0].replace("\r\n", "")
    # RFC 2047 decoders drop the blank between two encoded-words.
    assert str(make_header(decode_header(encoded_name))) == sender.name
    assert parsed["From"].addresses[0].addr_spec == "contact@sgra.example.fr"
