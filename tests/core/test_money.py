from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amiable.core.money import (
    AmountError,
    format_amount,
    from_cents,
    parse_amount,
    quantize,
    to_cents,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 250,00 €", "1250.00"),
        ("1.250,00 EUR", "1250.00"),
        ("1,250.00", "1250.00"),
        ("1\u202f250,50", "1250.50"),  # Babel's French thousands separator
        ("1\u00a0250", "1250.00"),
        ("150e", "150.00"),
        ("150 euros", "150.00"),
        ("£40", "40.00"),
        ("$75.50", "75.50"),
        ("12,5", "12.50"),
        ("-12.5", "-12.50"),
        ("(3,50)", "-3.50"),  # accountants' negative
        ("1.250.000", "1250000.00"),
    ],
)
def test_amounts_as_offices_write_them(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12..5", "1.234,5,6", "nan", "1e5", "--3"])
def test_what_is_not_an_amount_is_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


def test_a_lone_separator_before_three_digits_is_ambiguous_unless_the_mapping_says() -> None:
    with pytest.raises(AmountError, match="ambiguous"):
        parse_amount("1.250")
    assert parse_amount("1.250", decimal_mark=",") == Decimal("1250.00")
    assert parse_amount("1.250", decimal_mark=".") == Decimal("1.25")
    assert parse_amount("0.250") == Decimal("0.25")  # a leading zero cannot be a thousands group


def test_more_than_two_decimals_is_refused_unless_trailing_zeros() -> None:
    with pytest.raises(AmountError, match="decimals"):
        parse_amount("10.12345")
    assert parse_amount("10.12000") == Decimal("10.12")


def test_cents_round_trip_and_half_up_rounding() -> None:
    assert to_cents(Decimal("1250.50")) == 125050
    assert from_cents(125050) == Decimal("1250.50")
    assert quantize(Decimal("0.125")) == Decimal("0.13")
    assert quantize(Decimal("-0.125")) == Decimal("-0.13")


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_any_cents_survive_formatting_and_parsing(cents: int) -> None:
    amount = from_cents(cents)
    assert to_cents(amount) == cents
    assert parse_amount(format_amount(amount, lang="fr")) == amount
    assert parse_amount(format_amount(amount, "EUR", lang="en")) == amount


def test_display_follows_the_language() -> None:
    assert format_amount(Decimal("1250.5")) == "1\u202f250,50\u00a0€"
    assert format_amount(Decimal("1250.5"), "GBP", lang="en") == "£1,250.50"
