"""Reading inbound e-mail: the shapes debtors' mail clients really send, and the broken
ones, each read into exact fields or quarantined with its reason, never an exception."""

from __future__ import annotations

import base64
import email
import functools
import hashlib
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amiable.channels.email.inbound import (
    Attachment,
    InboundEmail,
    Quarantined,
    ThreadKeys,
    case_references,
    decode_text,
    html_to_text,
    parse_inbound,
    plus_tag,
)
from amiable.nlu.clean import clean

FIXTURES = Path(__file__).parent / "fixtures" / "inbound"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def read(name: str) -> InboundEmail:
    parsed = parse_inbound(fixture(name))
    assert isinstance(parsed, InboundEmail), parsed
    return parsed


@dataclass(frozen=True)
class Expected:
    from_address: str
    from_name: str
    subject: str
    text_starts: str
    date: datetime | None
    html_present: bool
    auto_reply: bool
    keys: ThreadKeys


EXPECTED = {
    "gmail_reply_fr.eml": Expected(
        from_address="jerome.dupre@gmail.com",
        from_name="Jérôme Dupré",
        subject="Re: Relance – facture FA-118",
        text_starts="Bonjour,\n\nJe vais régler 150 € le 15 novembre, et le reste fin décembre.",
        date=datetime(2026, 11, 3, 10, 40, 2, tzinfo=UTC),
        html_present=True,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=[
                "<relance-2.d-2026-0042@alcyon.example>",
                "<relance-1.d-2026-0042@alcyon.example>",
            ],
            case_references=[],
            sender="jerome.dupre@gmail.com",
        ),
    ),
    "outlook_reply_fr.eml": Expected(
        from_address="sophie.martin@entreprise-martin.fr",
        from_name="Martin, Sophie",
        subject="RE: Relance facture FA-2026-0131",
        text_starts="Bonjour,\n\nNous contestons cette facture : la prestation n’a jamais été livrée.",
        date=datetime(2026, 11, 4, 8, 5, 31, tzinfo=UTC),
        html_present=True,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=["<relance-1.fa-2026-0131@alcyon.example>"],
            case_references=["FA-2026-0131"],
            sender="sophie.martin@entreprise-martin.fr",
        ),
    ),
    "apple_mail_reply_en.eml": Expected(
        from_address="emma.clarke@icloud.com",
        from_name="Emma Clarke",
        subject="Re: Payment reminder D-2026-0107",
        text_starts="Hello,\n\nI already paid the full amount on 28 October by bank transfer — "
        "reference 4471-B.",
        date=datetime(2026, 11, 5, 18, 22, 47, tzinfo=UTC),
        html_present=True,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=["t4k8m2p6q9rs"],
            message_ids=[
                "<relance-3.d-2026-0107@alcyon.example>",
                "<relance-1.d-2026-0107@alcyon.example>",
            ],
            case_references=["D-2026-0107"],
            sender="emma.clarke@icloud.com",
        ),
    ),
    "html_only_tracking.eml": Expected(
        from_address="compta@bati-ouest.fr",
        from_name="SARL Bati-Ouest",
        subject="Règlement facture FA-2026-0088",
        text_starts="Bonjour,\n\nLe virement de 1 250,00 € est parti ce matin",
        date=datetime(2026, 11, 6, 13, 3, tzinfo=UTC),
        html_present=True,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=[],
            case_references=["FA-2026-0088"],
            sender="compta@bati-ouest.fr",
        ),
    ),
    "iso_8859_1.eml": Expected(
        from_address="f.leger@orange.fr",
        from_name="Françoise Léger",
        subject="Re : Échéancier",
        text_starts="Bonjour,\n\nJe ne peux pas payer la totalité ce mois-ci.",
        date=datetime(2026, 11, 7, 8, 15, tzinfo=UTC),
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=["<relance-2.d-2026-0051@alcyon.example>"],
            case_references=[],
            sender="f.leger@orange.fr",
        ),
    ),
    "windows_1252_declared_utf8.eml": Expected(
        from_address="kevin.morel@free.fr",
        from_name="Kevin Morel",
        subject="paiement",
        text_starts="Bonjour,\nJe vous envoie 80 € par mois à partir du 10, c’est le maximum.",
        date=datetime(2026, 11, 8, 19, 41, 9, tzinfo=UTC),
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[], message_ids=[], case_references=[], sender="kevin.morel@free.fr"
        ),
    ),
    "malformed_truncated.eml": Expected(
        from_address="paul.girard@laposte.net",
        from_name="Paul Girard",
        subject="Justificatif de paiement",
        text_starts="Voici le justificatif du virement de 300 €.",
        date=None,
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[], message_ids=[], case_references=[], sender="paul.girard@laposte.net"
        ),
    ),
    "out_of_office_fr.eml": Expected(
        from_address="n.roux@cabinet-roux.fr",
        from_name="Nathalie Roux",
        subject="Réponse automatique : Relance dossier D-2026-0042",
        text_starts="Bonjour,\n\nJe suis absente du bureau jusqu'au 17 novembre inclus",
        date=datetime(2026, 11, 10, 8, 0, 3, tzinfo=UTC),
        html_present=False,
        auto_reply=True,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=["<relance-3.d-2026-0042@alcyon.example>"],
            case_references=["D-2026-0042"],
            sender="n.roux@cabinet-roux.fr",
        ),
    ),
    "reply_plus_token.eml": Expected(
        from_address="marc.lefebvre@sfr.fr",
        from_name="",
        subject="Re: Votre dossier",
        text_starts="Bonjour, je vous ai déjà répondu par courrier.",
        date=datetime(2026, 11, 11, 20, 47, 10, tzinfo=UTC),
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=["k7q2m4x9c3ab"],
            message_ids=[],
            case_references=[],
            sender="marc.lefebvre@sfr.fr",
        ),
    ),
    "in_reply_to_only.eml": Expected(
        from_address="luc.bernard@outlook.fr",
        from_name="Luc Bernard",
        subject="Réponse",
        text_starts="D'accord, je paie tout vendredi.",
        date=datetime(2026, 11, 12, 11, 30, tzinfo=UTC),
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=["<relance-1.d-2026-0077@alcyon.example>"],
            case_references=[],
            sender="luc.bernard@outlook.fr",
        ),
    ),
    "case_number_subject.eml": Expected(
        from_address="amelie.petit@wanadoo.fr",
        from_name="Amélie Petit",  # raw UTF-8 in the header, no RFC 2047 encoding
        subject="Re: Dossier D-2026-0042",
        text_starts="Bonjour,\n\nSuite à votre courrier concernant le dossier D-2026-0042",
        date=datetime(2026, 11, 13, 15, 20, tzinfo=UTC),
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[],
            message_ids=[],
            case_references=["D-2026-0042"],
            sender="amelie.petit@wanadoo.fr",
        ),
    ),
    "unknown_sender.eml": Expected(
        from_address="quelquun@example.net",
        from_name="Inconnu",
        subject="Question",
        text_starts="Bonjour,\n\nJ'ai reçu un courrier de votre part au nom de mon voisin, "
        "qui a déménagé l'an dernier. Je ne le connais pas",  # format=flowed joined back
        date=datetime(2026, 11, 14, 6, 55, 12, tzinfo=UTC),
        html_present=False,
        auto_reply=False,
        keys=ThreadKeys(
            plus_tags=[], message_ids=[], case_references=[], sender="quelquun@example.net"
        ),
    ),
}


def test_every_fixture_has_its_expectation() -> None:
    assert sorted(path.name for path in FIXTURES.glob("*.eml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_real_shape_is_read_into_exact_fields(name: str) -> None:
    expected = EXPECTED[name]
    raw = fixture(name)

    parsed = read(name)

    assert parsed.from_address == expected.from_address
    assert parsed.from_name == expected.from_name
    assert parsed.subject == expected.subject
    assert parsed.text.startswith(expected.text_starts), parsed.text
    assert parsed.date == expected.date
    assert parsed.html_present is expected.html_present
    assert parsed.auto_reply is expected.auto_reply
    assert parsed.thread_keys() == expected.keys
    assert (parsed.raw_size, parsed.raw_sha256) == (len(raw), hashlib.sha256(raw).hexdigest())
    assert "<" not in parsed.text.split("\n")[0]  # no markup leaks into the first line


def test_the_whole_body_is_handed_over_and_the_reader_keeps_the_debtors_words() -> None:
    gmail = read("gmail_reply_fr.eml")

    assert "Sauf erreur de notre part" in gmail.text  # quoted history is not cut here
    assert clean(gmail.text).text == (
        "Bonjour,\n\nJe vais régler 150 € le 15 novembre, et le reste fin décembre."
    )


def test_outlook_reply_keeps_its_header_block_for_the_reader_to_cut() -> None:
    outlook = read("outlook_reply_fr.eml")

    assert "De : Alcyon Recouvrement <relances@alcyon.example>\nEnvoyé : lundi 3 novembre" in (
        outlook.text
    )
    assert clean(outlook.text).text == (
        "Bonjour,\n\nNous contestons cette facture : la prestation n’a jamais été livrée."
        "\n\nSophie Martin\nComptabilité fournisseurs"
    )
    assert outlook.message_id == (
        "<PR3P192MB0714C3F0D1B2A4E5F6A7@PR3P192MB0714.EURP192.PROD.OUTLOOK.COM>"
    )


def test_html_only_mail_becomes_safe_text() -> None:
    parsed = read("html_only_tracking.eml")

    assert parsed.text == (
        "Bonjour,\n\n"
        "Le virement de 1 250,00 € est parti ce matin & vous arrivera sous 48 h.\n\n"
        "Facture FA-2026-0088\n"
        "Référence virement : VIR-8841\n\n"
        "Montant 1 250,00 €\n\n"
        "Cordialement,\n"
        "Service comptable"
    )
    for leaked in ("pwned", "document", "track.example", "font-family", "campaign", "offre"):
        assert leaked not in parsed.text
    assert "Règlement" not in parsed.text  # the <title>
    assert parsed.attachments == []  # a remote pixel is not an attachment


def test_html_blockquotes_become_quoted_lines_the_reader_drops() -> None:
    message = email.message_from_bytes(fixture("gmail_reply_fr.eml"))
    html_part = next(part for part in message.walk() if part.get_content_type() == "text/html")
    payload = html_part.get_payload(decode=True)
    assert isinstance(payload, bytes)

    text = html_to_text(payload.decode("utf-8"))

    assert text == (
        "Bonjour,\n\nJe vais régler 150 € le 15 novembre, et le reste fin décembre.\n\n"
        "Cordialement,\nJérôme\n\n"
        "Le lun. 3 nov. 2026 à 10:12, Alcyon <relances@alcyon.example> a écrit :\n\n"
        "> Madame, Monsieur,\n>\n"
        "> Sauf erreur de notre part, la facture FA-118 du 2 octobre 2026 reste impayée "
        "pour un montant de 420,00 €.\n>\n"
        "> Alcyon Recouvrement"
    )
    assert clean(text).text.startswith("Bonjour,\n\nJe vais régler 150 €")


def test_html_conversion_never_fetches_nor_fails() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<html></html>") == ""
    assert html_to_text("<?xml version='1.0' encoding='iso-8859-1'?><p>é</p>") == "é"
    assert html_to_text('<p>a<img src="http://127.0.0.1:9/x.png">b</p>') == "ab"
    assert html_to_text("<div>a</div><div><br></div><div>b</div>") == "a\n\nb"


def test_iso_8859_1_is_read_as_declared() -> None:
    parsed = read("iso_8859_1.eml")

    assert parsed.text == (
        "Bonjour,\n\nJe ne peux pas payer la totalité ce mois-ci. Pourriez-vous m'accorder un\n"
        "échéancier sur trois mois ? Ça m'aiderait beaucoup.\n\nFrançoise Léger"
    )
    assert parsed.defects == []


def test_a_wrong_charset_declaration_is_detected_and_noted() -> None:
    parsed = read("windows_1252_declared_utf8.eml")

    assert parsed.text == (
        "Bonjour,\nJe vous envoie 80 € par mois à partir du 10, c’est le maximum. "
        "Mon cœur n’y est pas mais je veux régler ça.\nKévin"
    )
    assert parsed.defects == [
        "text/plain: declared charset utf-8 does not match the bytes; detected cp1252"
    ]


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        ("Réglé".encode("cp1252") + b" \x80", "iso-8859-1", ("Réglé €", None)),
        ("Réglé".encode(), "iso-8859-1", ("Réglé", "declared iso-8859-1 but the bytes are UTF-8")),
        ("Réglé".encode(), "x-inconnu", ("Réglé", "unknown charset x-inconnu; decoded as UTF-8")),
        ("Réglé".encode(), None, ("Réglé", "decoded as UTF-8")),
        (b"plain", "utf-8", ("plain", None)),
        (b"", "utf-8", ("", None)),
    ],
)
def test_charset_fallbacks(data: bytes, declared: str | None, expected: tuple[str, str]) -> None:
    assert decode_text(data, declared) == expected


def test_a_codec_that_is_not_a_text_encoding_is_not_trusted() -> None:
    raw = (
        b"From: d@example.fr\r\nSubject: x\r\nContent-Type: text/plain; charset=base64\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nJe r\xc3\xa8gle demain.\r\n"
    )

    parsed = parse_inbound(raw)

    assert isinstance(parsed, InboundEmail)
    assert parsed.text == "Je règle demain."
    assert parsed.defects == ["text/plain: unknown charset base64; decoded as UTF-8"]


def test_a_forwarded_message_is_listed_as_an_attachment_not_read_as_the_reply() -> None:
    forwarded = b"From: x@example.fr\r\nSubject: ancien\r\n\r\nTexte transfere.\r\n"
    raw = (
        b"From: d@example.fr\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="F"\r\n\r\n'
        b"--F\r\nContent-Type: text/plain\r\n\r\nVoir ci-dessous.\r\n"
        b"--F\r\nContent-Type: message/rfc822\r\n\r\n" + forwarded + b"--F--\r\n"
    )

    parsed = parse_inbound(raw)

    assert isinstance(parsed, InboundEmail)
    assert parsed.text == "Voir ci-dessous."
    assert [(item.content_type, item.filename) for item in parsed.attachments] == [
        ("message/rfc822", None)
    ]
    assert parsed.attachments[0].size > 0


def test_truncated_mime_keeps_what_arrived_and_says_what_is_missing() -> None:
    parsed = read("malformed_truncated.eml")

    assert parsed.text == "Voici le justificatif du virement de 300 €."
    assert parsed.date is None  # "samedi dernier vers midi"
    assert parsed.defects == ["CloseBoundaryNotFoundDefect", "InvalidBase64PaddingDefect"]
    assert parsed.attachments == [
        Attachment(
            filename="justificatif.pdf",
            content_type="application/pdf",
            size=112,
            sha256="cfd1b273585efc3511183b2d0b3e6f114e78c4cdfedefda60bcee17888f21819",
        )
    ]


def test_out_of_office_is_flagged_with_its_reason() -> None:
    parsed = read("out_of_office_fr.eml")

    assert (parsed.auto_reply, parsed.auto_reply_reason) == (
        True,
        "Auto-Submitted: auto-generated",
    )


PLAIN_REPLY = (
    "From: debiteur@example.fr\r\nTo: relances@alcyon.example\r\n"
    "{header}Subject: {subject}\r\nDate: Mon, 3 Nov 2026 10:00:00 +0100\r\n\r\nBonjour.\r\n"
)


@pytest.mark.parametrize(
    ("header", "subject", "reason"),
    [
        ("Auto-Submitted: auto-replied\r\n", "Re: Relance", "Auto-Submitted: auto-replied"),
        ("X-Autoreply: yes\r\n", "Re: Relance", "X-Autoreply header"),
        ("X-Autorespond: vacation\r\n", "Re: Relance", "X-Autorespond header"),
        ("Precedence: auto_reply\r\n", "Re: Relance", "Precedence: auto_reply"),
        ("Precedence: bulk\r\n", "Re: Relance", "Precedence: bulk"),
        ("Precedence: junk\r\n", "Re: Relance", "Precedence: junk"),
        (
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\r\n",
            "Re: Relance",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        ),
        (
            "X-MS-Exchange-Inbox-Rules-Loop: a@b.fr\r\n",
            "Re: Relance",
            "X-MS-Exchange-Inbox-Rules-Loop header",
        ),
        ("", "Out of Office: Relance", "subject: Out of Office: Relance"),
        ("", "Automatic reply: Relance", "subject: Automatic reply: Relance"),
        ("", "Absence du 3 au 10 novembre", "subject: Absence du 3 au 10 novembre"),
        ("", "RE: Absent du bureau", "subject: RE: Absent du bureau"),
        ("", "Relance (Out of office)", "subject: Relance (Out of office)"),
        ("Auto-Submitted: no\r\n", "Re: Relance", None),
        ("", "Re: Absence de réponse à mon courrier", None),
        ("", "Re: Relance", None),
    ],
)
def test_automatic_replies_are_recognised(header: str, subject: str, reason: str | None) -> None:
    parsed = parse_inbound(PLAIN_REPLY.format(header=header, subject=subject).encode())

    assert isinstance(parsed, InboundEmail)
    assert (parsed.auto_reply, parsed.auto_reply_reason) == (reason is not None, reason)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: Dossier D-2026-0042", ["D-2026-0042"]),
        ("Votre dossier n° 12345", ["12345"]),
        ("Dossier numéro 67890 et dossier N°12345", ["67890", "12345"]),
        ("réf. AG-2026-0042-L1 – relance", ["AG-2026-0042-L1"]),
        ("D-2026-0042 / D-2026-0042", ["D-2026-0042"]),
        ("Question", []),
        ("Facture 2026 du 12/11", []),
    ],
)
def test_case_references_in_the_subject(subject: str, expected: list[str]) -> None:
    assert case_references(subject) == expected


def test_the_case_reference_pattern_is_configurable() -> None:
    office_pattern = re.compile(r"\bCASE-(?P<id>\d+)")
    parsed = parse_inbound(
        PLAIN_REPLY.format(header="", subject="Re: CASE-77 and CASE-78").encode()
    )
    assert isinstance(parsed, InboundEmail)

    assert parsed.thread_keys(office_pattern).case_references == ["77", "78"]
    assert parsed.thread_keys().case_references == []


@pytest.mark.parametrize(
    ("address", "tag"),
    [
        ("reply+k7q2m4x9c3ab@alcyon.example", "k7q2m4x9c3ab"),
        ("REPLY+K7Q2@ALCYON.EXAMPLE", "k7q2"),
        ("reply@alcyon.example", None),
        ("reply+@alcyon.example", None),
        ("not-an-address", None),
    ],
)
def test_plus_tags(address: str, tag: str | None) -> None:
    assert plus_tag(address) == tag


def test_recipients_of_every_kind_give_their_tags_once() -> None:
    raw = (
        b"From: d@example.fr\r\n"
        b"To: Alcyon <reply+aaa@alcyon.example>, autre@example.fr\r\n"
        b"Cc: reply+bbb@alcyon.example\r\n"
        b"Delivered-To: reply+aaa@alcyon.example\r\n"
        b"X-Original-To: reply+ccc@alcyon.example\r\n"
        b"Subject: Re\r\n\r\nOui.\r\n"
    )
    parsed = parse_inbound(raw)

    assert parsed.thread_keys().plus_tags == ["aaa", "bbb", "ccc"]
    assert parsed.delivered_to == ["reply+aaa@alcyon.example", "reply+ccc@alcyon.example"]


def test_an_encoded_comma_in_a_name_does_not_split_the_address() -> None:
    raw = (
        b"From: =?utf-8?q?Dupont=2C_J=C3=A9r=C3=B4me?= <J.Dupont@Example.FR>\r\n"
        b"Subject: x\r\n\r\nOui.\r\n"
    )
    parsed = parse_inbound(raw)

    assert (parsed.from_name, parsed.from_address) == ("Dupont, Jérôme", "j.dupont@example.fr")


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Mon, 3 Nov 2026 10:00:00 +0100", datetime(2026, 11, 3, 9, 0, tzinfo=UTC)),
        ("Mon, 3 Nov 2026 10:00:00 -0000", datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
        ("3 Nov 2026 10:00 EST", datetime(2026, 11, 3, 15, 0, tzinfo=UTC)),
        ("lundi 3 novembre", None),
        ("", None),
    ],
)
def test_dates_are_utc_or_none(date: str, expected: datetime | None) -> None:
    raw = f"From: d@example.fr\r\nDate: {date}\r\nSubject: x\r\n\r\nOui.\r\n".encode()

    assert parse_inbound(raw).date == expected


# --- what cannot be read -------------------------------------------------------------


def test_empty_bytes_are_quarantined() -> None:
    for raw in (b"", b"\r\n  \r\n"):
        parsed = parse_inbound(raw)
        assert isinstance(parsed, Quarantined)
        assert parsed.reason == "empty message"
        assert parsed.raw_size == len(raw)


def test_garbage_bytes_are_quarantined_as_not_an_email() -> None:
    garbage = random.Random(5).randbytes(4096)

    parsed = parse_inbound(garbage)

    assert isinstance(parsed, Quarantined)
    assert parsed.reason == "not an e-mail: no From, To, Subject, Date or Message-ID header"
    assert parsed.raw_sha256 == hashlib.sha256(garbage).hexdigest()


def test_a_binary_body_under_good_headers_is_quarantined_with_the_headers_kept() -> None:
    raw = (
        b"From: Debiteur <d@example.fr>\r\nSubject: Re: Dossier D-2026-0042\r\n"
        b"In-Reply-To: <relance-1@alcyon.example>\r\n\r\n" + random.Random(6).randbytes(2000)
    )

    parsed = parse_inbound(raw)

    assert isinstance(parsed, Quarantined)
    assert parsed.reason == "no text: the text is empty or unreadable"
    assert parsed.thread_keys() == ThreadKeys(
        plus_tags=[],
        message_ids=["<relance-1@alcyon.example>"],
        case_references=["D-2026-0042"],
        sender="d@example.fr",
    )


def test_a_mail_with_only_an_attachment_is_quarantined_naming_it() -> None:
    raw = (
        b"From: d@example.fr\r\nSubject: justificatif\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n'
        b"Content-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="releve.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
    )

    parsed = parse_inbound(raw)

    assert isinstance(parsed, Quarantined)
    assert (
        parsed.reason == "no text: the message has no text or HTML part (attachments: releve.pdf)"
    )


@functools.cache
def message_with_attachment(size: int) -> tuple[bytes, bytes]:
    """A real multipart with a scan of `size` bytes, made here rather than committed
    (and once per run: both tests below share it)."""
    scan = random.Random(7).randbytes(size)
    raw = (
        b"From: Big <Big@Example.fr>\r\nTo: reply+abc@alcyon.example\r\n"
        b"Subject: Re: Dossier D-2026-0042\r\nMessage-ID: <scan-1@example.fr>\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoici le scan.\r\n"
        b"--B\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="scan.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(scan).replace(b"\n", b"\r\n")
        + b"--B--\r\n"
    )
    return raw, scan


def test_a_30_mb_attachment_is_quarantined_unread_but_routable() -> None:
    raw, _scan = message_with_attachment(30 * 2**20)

    parsed = parse_inbound(raw)

    assert isinstance(parsed, Quarantined)
    assert parsed.reason == f"too large: {len(raw)} bytes (limit 26214400 bytes)"
    assert (parsed.subject, parsed.message_id, parsed.from_address) == (
        "Re: Dossier D-2026-0042",
        "<scan-1@example.fr>",
        "big@example.fr",
    )
    assert parsed.thread_keys().plus_tags == ["abc"]
    assert parsed.raw_sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.slow
def test_under_a_raised_limit_the_30_mb_attachment_is_hashed_and_flagged() -> None:
    raw, scan = message_with_attachment(30 * 2**20)

    parsed = parse_inbound(raw, max_bytes=64 * 2**20)

    assert isinstance(parsed, InboundEmail)
    assert parsed.text == "Voici le scan."
    assert parsed.attachments == [
        Attachment(
            filename="scan.pdf",
            content_type="application/pdf",
            size=30 * 2**20,
            sha256=hashlib.sha256(scan).hexdigest(),
            over_limit=True,
        )
    ]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_no_bytes_at_all_make_it_raise(raw: bytes) -> None:
    assert isinstance(parse_inbound(raw), InboundEmail | Quarantined)


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(sorted(EXPECTED)),
    cut=st.integers(min_value=0, max_value=3000),
    noise=st.binary(max_size=40),
)
def test_cut_or_corrupted_real_mail_never_makes_it_raise(name: str, cut: int, noise: bytes) -> None:
    raw = fixture(name)
    damaged = raw[:cut] + noise + raw[cut + len(noise) :]

    assert isinstance(parse_inbound(damaged), InboundEmail | Quarantined)
