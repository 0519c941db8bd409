"""Phone numbers: E.164 or a refusal with a reason, never a guess."""

from __future__ import annotations

import pytest

from amiable.channels.sms.numbers import InvalidNumber, inbound_e164, is_mobile, to_e164


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        # France, as clerks type it
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("+33 6 12 34 56 78", "FR", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "FR", "+33612345678"),
        ("0033 6 12 34 56 78", "FR", "+33612345678"),
        ("  07 81 23 45 67  ", "FR", "+33781234567"),
        ("01 23 45 67 89", "FR", "+33123456789"),
        # Overseas: with their country code, and in the French national plan
        ("+262 692 12 34 56", "FR", "+262692123456"),
        ("0692 12 34 56", "FR", "+262692123456"),
        ("0639 01 23 45", "FR", "+262639012345"),
        ("0690 12 34 56", "FR", "+590690123456"),
        ("0696 12 34 56", "FR", "+596696123456"),
        ("0694 20 12 34", "FR", "+594694201234"),
        ("+687 75 12 34", "FR", "+687751234"),
        # United Kingdom and United States
        ("07400 123456", "GB", "+447400123456"),
        ("+44 7400 123456", "FR", "+447400123456"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("+1 201 555 0123", "FR", "+12015550123"),
    ],
)
def test_numbers_are_written_in_e164(raw: str, region: str, expected: str) -> None:
    assert to_e164(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region", "reason"),
    [
        ("", "FR", "empty phone number"),
        ("   ", "FR", "empty phone number"),
        ("hello", "FR", "not a phone number"),
        ("n/a", "FR", "not a phone number"),
        ("06 12 34 56 78 / 07 11 22 33 44", "FR", "not a phone number"),
        ("0612", "FR", "not a valid number for FR"),
        ("+33 6 12 34 56 78 9", "FR", "not a valid number for FR"),
        ("0612345678abc", "FR", "not a valid number for FR"),
        # A British mobile typed nationally under the French default is not French.
        ("07400 123456", "FR", "not a valid number for FR"),
        # Ofcom's drama range: reserved, never assigned.
        ("+44 7700 900123", "FR", "not a valid number for GB"),
        ("+33 6 12 34 56 78 ext. 12", "FR", "has an extension, which an SMS cannot reach"),
    ],
)
def test_garbage_is_refused_with_a_reason(raw: str, region: str, reason: str) -> None:
    with pytest.raises(InvalidNumber) as refused:
        to_e164(raw, region)
    assert refused.value.reason == reason
    assert isinstance(refused.value, ValueError)


def test_a_number_both_metropolitan_and_overseas_is_refused_not_guessed() -> None:
    # "0596 00 00 00" reads as +33 5 96… and as Martinique's +596 596…
    with pytest.raises(InvalidNumber) as refused:
        to_e164("0596 00 00 00")
    assert refused.value.reason.startswith("ambiguous between metropolitan France")
    # With its country code it is not ambiguous.
    assert to_e164("+596 596 00 00 00") == "+596596000000"


def test_mobiles_are_told_from_landlines() -> None:
    assert is_mobile("+33612345678") is True
    assert is_mobile("+262692123456") is True
    assert is_mobile("+447400123456") is True
    assert is_mobile("+33123456789") is False
    assert is_mobile("+442079460958") is False
    # The North American plan cannot tell: the channel stays open there.
    assert is_mobile("+14155552671") is True


@pytest.mark.parametrize("raw", ["0612345678", "+33612", "garbage", ""])
def test_is_mobile_wants_a_valid_e164(raw: str) -> None:
    with pytest.raises(InvalidNumber):
        is_mobile(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+33612345678", "+33612345678"),
        ("0033612345678", "+33612345678"),
        ("33612345678", "+33612345678"),
        ("0612345678", "+33612345678"),
        ("+447400123456", "+447400123456"),
        # Reserved range: not "valid", but a text from it exists and must be read.
        ("+447700900123", "+447700900123"),
    ],
)
def test_inbound_senders_are_read_leniently(raw: str, expected: str) -> None:
    assert inbound_e164(raw) == expected


@pytest.mark.parametrize("raw", ["", "TWILIO", "12", "+"])
def test_inbound_senders_that_are_not_numbers_are_refused(raw: str) -> None:
    with pytest.raises(InvalidNumber):
        inbound_e164(raw)
