"""Where the debtor is: postcode and state to holiday region and time zones."""

from __future__ import annotations

import pytest

from amiable.compliance.calendar import holidays
from amiable.compliance.places import (
    CONTIGUOUS_US_ZONES,
    US_STATE_ZONES,
    Place,
    UnknownPlaceError,
    french_department,
    place_for,
    uk_nation,
)

# --- France ---


@pytest.mark.parametrize(
    ("postcode", "department"),
    [
        ("75001", "75"),  # Paris
        ("57000", "57"),  # Metz
        ("01000", "01"),  # Bourg-en-Bresse: the leading zero is kept
        ("20000", "2A"),  # Ajaccio
        ("20100", "2A"),  # Sartène
        ("20200", "2B"),  # Bastia
        ("20600", "2B"),  # Furiani
        ("97400", "974"),  # Saint-Denis de La Réunion
        ("97133", "977"),  # Saint-Barthélemy keeps a Guadeloupe postcode
        ("97150", "978"),  # Saint-Martin too
        ("97110", "971"),  # Pointe-à-Pitre
        ("98714", "987"),  # Papeete
        ("98800", "988"),  # Nouméa
        (" 13 001 ", "13"),  # spaces as typed
        ("1300", None),
        ("ABCDE", None),
        (None, None),
    ],
)
def test_french_department(postcode: str | None, department: str | None) -> None:
    assert french_department(postcode) == department


def test_metz_is_alsace_moselle() -> None:
    assert place_for("FR", "57000") == Place("FR", "alsace-moselle", ("Europe/Paris",))
    assert place_for("FR", "67000").region == "alsace-moselle"  # Strasbourg
    assert place_for("FR", "68100").region == "alsace-moselle"  # Mulhouse


def test_saint_denis_de_la_reunion() -> None:
    assert place_for("FR", "97400") == Place("FR", "974", ("Indian/Reunion",))


def test_ajaccio_is_metropolitan_and_paris_time() -> None:
    assert place_for("FR", "20000") == Place("FR", None, ("Europe/Paris",))


@pytest.mark.parametrize(
    ("postcode", "region", "zone"),
    [
        ("97110", "971", "America/Guadeloupe"),
        ("97200", "972", "America/Martinique"),
        ("97300", "973", "America/Cayenne"),
        ("97500", "975", "America/Miquelon"),
        ("97600", "976", "Indian/Mayotte"),
        ("97133", "977", "America/St_Barthelemy"),
        ("97150", "978", "America/Marigot"),
        ("98600", "986", "Pacific/Wallis"),
        ("98800", "988", "Pacific/Noumea"),
    ],
)
def test_overseas_zones(postcode: str, region: str, zone: str) -> None:
    assert place_for("FR", postcode) == Place("FR", region, (zone,))


def test_polynesia_has_three_plausible_zones() -> None:
    assert place_for("FR", "98714").time_zones == (
        "Pacific/Tahiti",
        "Pacific/Marquesas",
        "Pacific/Gambier",
    )


@pytest.mark.parametrize("postcode", [None, "", "garbage", "98000"])
def test_missing_or_unknown_postcode_is_metropolitan_france(postcode: str | None) -> None:
    assert place_for("FR", postcode) == Place("FR", None, ("Europe/Paris",))


def test_overseas_iso_country_code_without_postcode() -> None:
    assert place_for("RE", None) == Place("FR", "974", ("Indian/Reunion",))
    assert place_for("nc", "") == Place("FR", "988", ("Pacific/Noumea",))


def test_every_french_region_has_a_calendar() -> None:
    for postcode in (
        "57000",
        "97110",
        "97200",
        "97300",
        "97400",
        "97500",
        "97600",
        "97133",
        "97150",
        "98600",
        "98714",
        "98800",
    ):
        holidays("FR", place_for("FR", postcode).region, 2026)


# --- United Kingdom ---


@pytest.mark.parametrize(
    ("postcode", "nation"),
    [
        ("EH1 1YZ", "scotland"),  # Edinburgh
        ("G1 1XQ", "scotland"),  # Glasgow: the one-letter area
        ("GL1 1AA", "england-wales"),  # Gloucester, not Glasgow
        ("ZE1 0AA", "scotland"),
        ("BT1 5GS", "northern-ireland"),
        ("bt71 4aa", "northern-ireland"),  # lower case as typed
        ("SW1A 1AA", "england-wales"),
        ("CF10 1AA", "england-wales"),  # Cardiff
        ("TD1 1AA", "scotland"),  # Galashiels
        ("TD15 1AA", "england-wales"),  # Berwick-upon-Tweed
        ("TD12 4AA", None),  # straddles the Tweed: nation unknown
        ("JE2 3AA", None),  # Jersey is not in the UK
        (None, None),
        ("12345", None),
    ],
)
def test_uk_nation(postcode: str | None, nation: str | None) -> None:
    assert uk_nation(postcode) == nation


def test_uk_place() -> None:
    assert place_for("GB", "EH1 1YZ") == Place("GB", "scotland", ("Europe/London",))
    assert place_for("UK", "BT1 5GS") == Place("GB", "northern-ireland", ("Europe/London",))


# --- United States ---


def test_texas_spans_central_and_mountain() -> None:
    assert place_for("US", "79901", "TX") == Place(
        "US", "TX", ("America/Chicago", "America/Denver")
    )


@pytest.mark.parametrize(
    ("state", "zones"),
    [
        ("CA", ("America/Los_Angeles",)),
        ("ny", ("America/New_York",)),
        ("AZ", ("America/Phoenix", "America/Denver")),
        ("FL", ("America/New_York", "America/Chicago")),
        ("HI", ("Pacific/Honolulu",)),
    ],
)
def test_us_state_zones(state: str, zones: tuple[str, ...]) -> None:
    assert place_for("US", None, state).time_zones == zones


def test_unknown_state_is_every_contiguous_zone() -> None:
    assert place_for("US", None, None) == Place("US", None, CONTIGUOUS_US_ZONES)
    assert place_for("US", None, "ZZ").time_zones == CONTIGUOUS_US_ZONES


def test_all_fifty_states_and_dc_are_listed() -> None:
    assert len(set(US_STATE_ZONES) - {"AS", "GU", "MP", "PR", "VI"}) == 51


# --- Elsewhere ---


def test_european_country_main_zone() -> None:
    assert place_for("DE", "10115") == Place("DE", None, ("Europe/Berlin",))
    assert place_for("be", None) == Place("BE", None, ("Europe/Brussels",))


def test_spanish_and_portuguese_islands() -> None:
    assert place_for("ES", "35001").time_zones == ("Atlantic/Canary",)
    assert place_for("ES", "28001").time_zones == ("Europe/Madrid",)
    assert place_for("ES", None).time_zones == ("Europe/Madrid", "Atlantic/Canary")
    assert place_for("PT", "9500-123").time_zones == ("Atlantic/Azores",)
    assert place_for("PT", "1000-001").time_zones == ("Europe/Lisbon",)


def test_unknown_country_is_refused() -> None:
    with pytest.raises(UnknownPlaceError, match="'ZZ'"):
        place_for("ZZ", None)


def test_place_refuses_no_zone_and_misspelt_zone() -> None:
    with pytest.raises(ValueError, match="at least one time zone"):
        Place("FR", None, ())
    with pytest.raises(ValueError, match="Paris"):
        Place("FR", None, ("Europe/Pariss",))
