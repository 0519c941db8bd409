"""Reading returned mail: one fixture per real-world shape (RFC 3464 reports from
Postfix, Exim, Gmail and Microsoft 365, plain-text bounces, auto-replies), each
read to exact fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amiable.channels.email.bounces import (
    Bounce,
    BouncedRecipient,
    BounceParseError,
    address_is_dead,
    parse_bounce,
)
from amiable.channels.email.tokens import read_reply_token

FIXTURES = Path(__file__).parent / "fixtures" / "bounces"
SECRET = b"amiable-test-secret-0123456789abcdef"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


EXPECTED: dict[str, tuple[Bounce, int]] = {
    "postfix_user_unknown.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="jean.dupont@example.net",
                    action="failed",
                    status="5.1.1",
                    diagnostic="smtp; 550 5.1.1 <jean.dupont@example.net>: Recipient address "
                    "rejected: User unknown in virtual mailbox table",
                    permanent=True,
                )
            ],
            original_message_id="<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>",
            token="sy7pclqaqec4djl56y",
            kind="hard",
            source="dsn",
        ),
        1042,
    ),
    # Exim says 5.0.0 in Status and the precise 5.1.1 in the diagnostic.
    "exim_failed.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="marie.leroy@example.org",
                    action="failed",
                    status="5.1.1",
                    diagnostic="smtp; 550 5.1.1 <marie.leroy@example.org>: Recipient address "
                    "rejected: User unknown",
                    permanent=True,
                )
            ],
            original_message_id="<amiable.1043.7dad377e463bee30b232@alcyon-gestion.fr>",
            token="szotaybhs3gvnqs7al",
            kind="hard",
            source="dsn",
        ),
        1043,
    ),
    "gmail_address_not_found.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="paul.martin@gmail.com",
                    action="failed",
                    status="5.1.1",
                    diagnostic="smtp; 550-5.1.1 The email account that you tried to reach does "
                    "not exist. Please try 550-5.1.1 double-checking the recipient's email "
                    "address for typos or 550-5.1.1 unnecessary spaces. For more information, "
                    "go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser "
                    "5b1f17b1804b1-4a2e3c4d5e6sor1234567f.12 - gsmtp",
                    permanent=True,
                )
            ],
            original_message_id="<amiable.1044.b4aee546a9b507f3fe76@alcyon-gestion.fr>",
            token="t0yeuqvnphjd3qpm2q",
            kind="hard",
            source="dsn",
        ),
        1044,
    ),
    # The To of a Microsoft NDR is in angle brackets; the status detail has 2 digits.
    "microsoft365_ndr.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="sophie.bernard@contoso.fr",
                    action="failed",
                    status="5.1.10",
                    diagnostic="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
                    "found by SMTP address lookup",
                    permanent=True,
                )
            ],
            original_message_id="<amiable.1045.a31ce9a6d6adae03846e@alcyon-gestion.fr>",
            token="t1a4vwm2fdfrs2ga5f",
            kind="hard",
            source="dsn",
        ),
        1045,
    ),
    "mailbox_full_soft.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="luc.moreau@example.com",
                    action="failed",
                    status="4.2.2",
                    diagnostic="smtp; 452 4.2.2 <luc.moreau@example.com>: Recipient address "
                    "rejected: Mailbox full (quota exceeded)",
                    permanent=False,
                )
            ],
            original_message_id="<amiable.1046.a9db5631afb1c234c58e@alcyon-gestion.fr>",
            token="t2hvxxbrcweinzws7u",
            kind="soft",
            source="dsn",
        ),
        1046,
    ),
    "gmail_delayed.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="thomas.girard@exemple-pme.fr",
                    action="delayed",
                    status="4.4.1",
                    diagnostic="smtp; The recipient server did not accept our requests to "
                    "connect. Learn more at https://support.google.com/mail/answer/7720 "
                    "[mx.exemple-pme.fr. 203.0.113.80: timed out]",
                    permanent=False,
                )
            ],
            original_message_id="<amiable.1047.b37b5fca7cd4a86c8011@alcyon-gestion.fr>",
            token="t3rzbfxhq4e75xwyok",
            kind="delayed",
            source="dsn",
        ),
        1047,
    ),
    # No delivery-status part: the classic Postfix text, returned message quoted inline.
    "classic_undelivered_text.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="andre.petit@vieux-serveur.example",
                    action="failed",
                    status="5.1.1",
                    diagnostic="<andre.petit@vieux-serveur.example>: host "
                    "mail.vieux-serveur.example[192.0.2.78] said: 550 5.1.1 "
                    "<andre.petit@vieux-serveur.example>... User unknown (in reply to RCPT TO "
                    "command)",
                    permanent=True,
                )
            ],
            original_message_id="<amiable.1048.0219097e40bfb2a6ea0b@alcyon-gestion.fr>",
            token="t4eafc4zvtm4izelxp",
            kind="hard",
            source="text",
        ),
        1048,
    ),
    "qmail_failure_notice.eml": (
        Bounce(
            recipients=[
                BouncedRecipient(
                    address="claire.fontaine@petite-boite.example",
                    action="failed",
                    status="5.1.1",
                    diagnostic="<claire.fontaine@petite-boite.example>: Sorry, no mailbox here "
                    "by that name. (#5.1.1)",
                    permanent=True,
                )
            ],
            original_message_id="<amiable.1049.055dd3077c25933f1030@alcyon-gestion.fr>",
            token="t5bd2dp4f2fabhocma",
            kind="hard",
            source="text",
        ),
        1049,
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_real_bounce_shape_is_read_to_exact_fields(name: str) -> None:
    expected, _ = EXPECTED[name]
    assert parse_bounce(fixture(name)) == expected


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_token_of_each_bounce_names_the_outbound_message(name: str) -> None:
    expected, outbound_id = EXPECTED[name]
    assert expected.token is not None
    assert read_reply_token(expected.token, SECRET) == outbound_id


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_crlf_line_ends_read_the_same(name: str) -> None:
    raw = fixture(name).replace(b"\n", b"\r\n")
    assert parse_bounce(raw) == EXPECTED[name][0]


@pytest.mark.parametrize("name", ["auto_reply_absence.eml", "auto_reply_outlook_out_of_office.eml"])
def test_an_out_of_office_reply_is_not_a_bounce(name: str) -> None:
    # The Outlook one even says "could not be delivered to me in person".
    assert parse_bounce(fixture(name)) is None


def test_a_report_with_nothing_readable_is_a_clear_error() -> None:
    with pytest.raises(BounceParseError) as unreadable:
        parse_bounce(fixture("malformed_report.eml"))
    assert unreadable.value.reason == (
        "a delivery report with no readable recipient, token or original Message-ID"
    )


def test_a_successful_delivery_report_is_not_a_bounce() -> None:
    raw = fixture("postfix_user_unknown.eml")
    raw = raw.replace(b"Action: failed", b"Action: delivered").replace(
        b"Status: 5.1.1", b"Status: 2.0.0"
    )
    assert parse_bounce(raw) is None


def test_a_policy_rejection_is_soft_the_address_is_not_proven_dead() -> None:
    raw = fixture("postfix_user_unknown.eml").replace(b"Status: 5.1.1", b"Status: 5.7.1")
    bounce = parse_bounce(raw)
    assert bounce is not None
    assert [(r.status, r.permanent) for r in bounce.recipients] == [("5.7.1", False)]
    assert bounce.kind == "soft"


def test_a_full_mailbox_reported_as_permanent_is_still_soft() -> None:
    raw = fixture("mailbox_full_soft.eml").replace(b"Status: 4.2.2", b"Status: 5.2.2")
    bounce = parse_bounce(raw)
    assert bounce is not None
    assert [(r.status, r.permanent) for r in bounce.recipients] == [("5.2.2", False)]
    assert bounce.kind == "soft"


@pytest.mark.parametrize(
    ("status", "dead"),
    [("5.1.1", True), ("5.1.10", True), ("5.0.0", True), ("5.2.1", True), ("5.4.4", True),
     ("5.5.0", True), ("5.2.2", False), ("5.3.4", False), ("5.6.0", False), ("5.7.1", False),
     ("4.2.2", False), ("4.4.1", False), ("2.0.0", False), ("", False), ("5.1", False)],
)  # fmt: skip
def test_which_statuses_mean_the_address_is_dead(status: str, dead: bool) -> None:
    assert address_is_dead(status) is dead


def test_the_envelope_recipient_given_by_the_inbound_side_carries_the_token() -> None:
    # A relay that wrote neither Delivered-To nor X-Original-To, and returned no headers.
    lines = fixture("postfix_user_unknown.eml").split(b"\n")
    kept = [
        line for line in lines
        if not line.startswith((b"X-Original-To:", b"Delivered-To:", b"To:", b"Reply-To:",
                                b"Return-Path: <bounces", b"X-Postfix-Sender:"))
    ]  # fmt: skip
    raw = b"\n".join(kept)
    without = parse_bounce(raw)
    assert without is not None and without.token is None
    assert without.original_message_id == "<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>"

    given = parse_bounce(raw, envelope_recipient="bounces+sy7pclqaqec4djl56y@alcyon-gestion.fr")
    assert given is not None and given.token == "sy7pclqaqec4djl56y"


def test_a_debtors_own_sub_address_is_not_taken_for_our_token() -> None:
    raw = fixture("qmail_failure_notice.eml").replace(
        b"claire.fontaine@petite-boite.example", b"claire+factures@petite-boite.example"
    )
    bounce = parse_bounce(raw)
    assert bounce is not None
    assert [r.address for r in bounce.recipients] == ["claire+factures@petite-boite.example"]
    assert bounce.token == "t5bd2dp4f2fabhocma"


def test_a_plain_text_bounce_must_come_from_a_mailer_daemon() -> None:
    raw = fixture("classic_undelivered_text.eml")
    raw = raw.replace(b"Return-Path: <>", b"Return-Path: <andre.petit@vieux-serveur.example>")
    raw = raw.replace(b"From: MAILER-DAEMON@mx.vieux-serveur.example (Mail Delivery System)",
                      b"From: Andre Petit <andre.petit@vieux-serveur.example>")  # fmt: skip
    # A person forwarding a bounce to us is a reply to read, not a bounce.
    assert parse_bounce(raw) is None


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00\xff\xfe garbage", b"Subject: hello\n\nJust a reply.", b"not: [an email\n\n\n"],
)
def test_what_is_not_a_bounce_reads_as_none(raw: bytes) -> None:
    assert parse_bounce(raw) is None


def test_parse_bounce_reads_bytes_only() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse_bounce("Subject: hello")  # type: ignore[arg-type]


ALL_FIXTURES = sorted(path.name for path in FIXTURES.glob("*.eml"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(ALL_FIXTURES),
    cut=st.floats(min_value=0, max_value=1),
    noise=st.binary(max_size=40),
    position=st.floats(min_value=0, max_value=1),
)
def test_truncated_or_corrupted_mail_never_crashes_the_reader(
    name: str, cut: float, noise: bytes, position: float
) -> None:
    raw = fixture(name)
    raw = raw[: int(len(raw) * cut)]
    at = int(len(raw) * position)
    raw = raw[:at] + noise + raw[at:]
    try:
        result = parse_bounce(raw)
    except BounceParseError as error:
        assert error.reason
    else:
        assert result is None or isinstance(result, Bounce)
