"""Reply tokens thread a debtor's answer (and a bounce) back to the message it answers;
a forged or garbled token threads nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amiable.channels.email.tokens import (
    is_token_shaped,
    message_id,
    read_reply_token,
    reply_address,
    reply_token,
    token_from_address,
)

SECRET = b"amiable-test-secret-0123456789abcdef"
OTHER_SECRET = b"another-tenant-secret-0123456789ab"


def test_the_token_of_message_1042_is_pinned() -> None:
    # Tokens already sent out must stay readable: the format may not drift.
    assert reply_token(1042, SECRET) == "sy7pclqaqec4djl56y"


def test_a_token_is_short_lowercase_letters_and_digits() -> None:
    token = reply_token(2**63 - 1, SECRET)
    assert token.isascii() and token.isalnum() and token == token.lower()
    assert len(token) == 29  # 13 base-36 digits of the id + 16 characters of MAC
    assert len(reply_token(1, SECRET)) == 17


def test_the_token_reads_back_to_its_message() -> None:
    for outbound_id in (1, 35, 36, 1042, 987_654_321, 2**63 - 1):
        assert read_reply_token(reply_token(outbound_id, SECRET), SECRET) == outbound_id


def test_a_server_that_changes_the_case_of_the_local_part_does_not_break_the_thread() -> None:
    token = reply_token(1042, SECRET)
    assert read_reply_token(token.upper(), SECRET) == 1042
    assert read_reply_token(f"  {token.title()}\n", SECRET) == 1042


def test_a_forged_mac_is_refused() -> None:
    token = reply_token(1042, SECRET)
    last = "a" if token[-1] != "a" else "b"
    assert read_reply_token(token[:-1] + last, SECRET) is None


def test_another_messages_id_under_a_valid_mac_is_refused() -> None:
    # Someone who saw their own token tries to attach text to message 1043.
    token = reply_token(1042, SECRET)
    forged = reply_token(1043, SECRET)[:-16] + token[-16:]
    assert read_reply_token(forged, SECRET) is None


def test_a_token_made_with_another_secret_is_refused() -> None:
    assert read_reply_token(reply_token(1042, OTHER_SECRET), SECRET) is None


@pytest.mark.parametrize(
    "garbled",
    ["", "reply", "sy7pclqaqec4djl56", "0sy7pclqaqec4djl56y", "sy7pclqaqec4djl5_6y",
     "sy7pclqaqec4djl56y!", "sy7pclqaqéc4djl56y", "z" * 40, "-1aaaaaaaaaaaaaaaa"],
)  # fmt: skip
def test_garbled_tokens_read_as_nothing(garbled: str) -> None:
    assert read_reply_token(garbled, SECRET) is None


def test_a_non_string_token_reads_as_nothing() -> None:
    assert read_reply_token(None, SECRET) is None  # type: ignore[arg-type]


def test_a_short_secret_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        reply_token(1, b"short")
    with pytest.raises(ValueError, match="at least 16 bytes"):
        read_reply_token("sy7pclqaqec4djl56y", b"short")


@pytest.mark.parametrize("bad_id", [0, -5, 2**63])
def test_ids_outside_the_outbox_range_are_refused(bad_id: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        reply_token(bad_id, SECRET)


def test_a_boolean_is_not_a_message_id() -> None:
    with pytest.raises(TypeError):
        reply_token(True, SECRET)


def test_the_reply_address_is_the_mailbox_sub_addressed_with_the_token() -> None:
    token = reply_token(1042, SECRET)
    assert reply_address("reply@alcyon-gestion.fr", token) == f"reply+{token}@alcyon-gestion.fr"
    assert reply_address("bounces@Alcyon-Gestion.FR", token) == f"bounces+{token}@alcyon-gestion.fr"


@pytest.mark.parametrize(
    "mailbox",
    [
        "reply",
        "reply@",
        "@alcyon-gestion.fr",
        "re ply@alcyon-gestion.fr",
        "reply+x@alcyon-gestion.fr",
    ],
)
def test_a_mailbox_that_cannot_take_a_token_is_refused(mailbox: str) -> None:
    with pytest.raises(ValueError):
        reply_address(mailbox, reply_token(1042, SECRET))


def test_only_a_token_goes_into_a_reply_address() -> None:
    with pytest.raises(ValueError, match="not a reply token"):
        reply_address("reply@alcyon-gestion.fr", "x\r\nBcc: someone@example.com")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("reply+sy7pclqaqec4djl56y@alcyon-gestion.fr", "sy7pclqaqec4djl56y"),
        ("Alcyon Gestion <reply+sy7pclqaqec4djl56y@alcyon-gestion.fr>", "sy7pclqaqec4djl56y"),
        ("REPLY+SY7PCLQAQEC4DJL56Y@ALCYON-GESTION.FR", "sy7pclqaqec4djl56y"),
        # A debtor's own sub-address is not a token.
        ("jean.dupont+factures@gmail.com", None),
        ("reply@alcyon-gestion.fr", None),
        ("reply+@alcyon-gestion.fr", None),
        ("not an address", None),
        ("reply+sy7pclqaqec4djl56y@alcyon-gestion.fr\r\nBcc: x@example.com", None),
    ],
)
def test_the_token_is_read_from_an_address(address: str, expected: str | None) -> None:
    assert token_from_address(address) == expected


def test_token_shape() -> None:
    assert is_token_shaped("sy7pclqaqec4djl56y")
    assert not is_token_shaped("factures")


def test_the_message_id_is_the_same_on_every_attempt() -> None:
    first = message_id("alcyon-gestion.fr", 1042, "case-1042/relance-1")
    assert first == "<amiable.1042.ac14eabcf32f8b25716e@alcyon-gestion.fr>"
    assert message_id("Alcyon-Gestion.fr", 1042, "case-1042/relance-1") == first
    assert message_id("alcyon-gestion.fr", 1042, "case-1042/relance-2") != first


@pytest.mark.parametrize(
    "domain", ["", "localhost", "alcyon gestion.fr", "a@b.fr", "alcyon-gestion.fr>"]
)
def test_a_message_id_needs_a_domain_name(domain: str) -> None:
    with pytest.raises(ValueError, match="not a domain name"):
        message_id(domain, 1, "key")


def test_a_message_id_needs_a_positive_id_and_a_key() -> None:
    with pytest.raises(ValueError, match="positive"):
        message_id("alcyon-gestion.fr", 0, "key")
    with pytest.raises(ValueError, match="idempotency key"):
        message_id("alcyon-gestion.fr", 1, "")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=2**63 - 1), st.binary(min_size=16, max_size=64))
def test_every_token_reads_back_whatever_its_case(outbound_id: int, secret: bytes) -> None:
    token = reply_token(outbound_id, secret)
    assert read_reply_token(token, secret) == outbound_id
    assert read_reply_token(token.upper(), secret) == outbound_id
    assert token_from_address(reply_address("reply@alcyon-gestion.fr", token)) == token
