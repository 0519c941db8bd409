"""Where the debtor is, from what a case knows: the holiday region and every time zone
the debtor may plausibly be in.

    place_for("FR", "57000")  # Place("FR", "alsace-moselle", ("Europe/Paris",))
    place_for("US", None, "TX")  # Place("US", "TX", ("America/Chicago", "America/Denver"))

A place may have several zones when the case cannot tell which one applies (a US state
across two zones, French Polynesia's three): contact windows must then hold in all of
them (compliance.md §2, "all plausible zones"). Regions are the codes
`calendar.holidays` takes. A country with no table here raises `UnknownPlaceError`:
without a zone nothing may be sent (compliance.md §6, step 1).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from amiable.compliance.calendar import (
    ALSACE_MOSELLE,
    ENGLAND_WALES,
    FRANCE,
    NORTHERN_IRELAND,
    SCOTLAND,
    UNITED_KINGDOM,
    UNITED_STATES,
)


class UnknownPlaceError(LookupError):
    """The country is not one whose time zones are known here."""


@dataclass(frozen=True)
class Place:
    country: str
    """ISO 3166 alpha-2 code; the French overseas territories are "FR"."""
    region: str | None
    """The holiday region (`calendar.holidays`), or None for the country's default."""
    time_zones: tuple[str, ...]
    """IANA zones, every one the debtor may be in."""

    def __post_init__(self) -> None:
        if not self.time_zones:
            raise ValueError(f"a place needs at least one time zone: {self!r}")
        for name in self.time_zones:
            # Fails here, naming the zone, rather than at the first contact check.
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError) as error:
                raise ValueError(f"unknown IANA time zone {name!r} in {self!r}") from error


# --- France ---------------------------------------------------------------------------

PARIS = "Europe/Paris"
ALSACE_MOSELLE_DEPARTMENTS = frozenset({"57", "67", "68"})
OVERSEAS_ZONES: Mapping[str, tuple[str, ...]] = {
    "971": ("America/Guadeloupe",),
    "972": ("America/Martinique",),
    "973": ("America/Cayenne",),
    "974": ("Indian/Reunion",),
    "975": ("America/Miquelon",),
    "976": ("Indian/Mayotte",),
    "977": ("America/St_Barthelemy",),
    "978": ("America/Marigot",),
    "986": ("Pacific/Wallis",),
    # Polynésie: Society Islands (Tahiti), Marquesas and Gambier. The postcode may tell
    # them apart, but which postcodes belong to which archipelago is unverified: all three.
    "987": ("Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier"),
    "988": ("Pacific/Noumea",),
}
# Cases may carry the territory's own ISO 3166 code rather than "FR".
FRENCH_OVERSEAS_COUNTRY_CODES: Mapping[str, str] = {
    "GP": "971",
    "MQ": "972",
    "GF": "973",
    "RE": "974",
    "PM": "975",
    "YT": "976",
    "BL": "977",
    "MF": "978",
    "WF": "986",
    "PF": "987",
    "NC": "988",
}
# Saint-Barthélemy and Saint-Martin kept Guadeloupe's postcodes when they became
# collectivités: their codes 977 and 978 are INSEE codes, not postcodes.
_FRENCH_POSTCODE_EXCEPTIONS: Mapping[str, str] = {"97133": "977", "97150": "978"}
_FRENCH_POSTCODE = re.compile(r"\d{5}")


def french_department(postcode: str | None) -> str | None:
    """The département (or overseas collectivité) code of a French postcode, or None when
    the postcode is missing or not one.

    A postcode is La Poste's routing code, not an INSEE code: a few communes near a
    border are served from the neighbouring département and so read as that one
    (known limitation; the INSEE commune code is authoritative where a case has it)."""
    digits = (postcode or "").replace(" ", "")
    if not _FRENCH_POSTCODE.fullmatch(digits):
        return None
    if digits in _FRENCH_POSTCODE_EXCEPTIONS:
        return _FRENCH_POSTCODE_EXCEPTIONS[digits]
    if digits.startswith(("97", "98")):
        return digits[:3]
    if digits.startswith("20"):
        return _corsican_department(digits)
    return digits[:2]


def _corsican_department(postcode: str) -> str:
    """Corse-du-Sud (2A) takes 200xx–201xx, Haute-Corse (2B) 202xx–206xx; any other 20xxx
    is left as "20", still Corsica and metropolitan."""
    hundreds = int(postcode[2])
    if hundreds <= 1:
        return "2A"
    if hundreds <= 6:
        return "2B"
    return "20"


def _france(postcode: str | None, overseas_from_country: str | None) -> Place:
    department = french_department(postcode)
    if department not in OVERSEAS_ZONES and overseas_from_country is not None:
        department = overseas_from_country
    if department is not None and department in OVERSEAS_ZONES:
        return Place(FRANCE, department, OVERSEAS_ZONES[department])
    if department in ALSACE_MOSELLE_DEPARTMENTS:
        return Place(FRANCE, ALSACE_MOSELLE, (PARIS,))
    # Missing, unknown or any other metropolitan postcode (Monaco's 980xx included).
    return Place(FRANCE, None, (PARIS,))


# --- United Kingdom -------------------------------------------------------------------

LONDON = "Europe/London"
SCOTTISH_POSTCODE_AREAS = frozenset(
    {"AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "TD", "ZE"}
)
# TD (Galashiels) is the Scottish Borders plus a strip of Northumberland: TD15
# (Berwick-upon-Tweed) is in England, TD12 (Coldstream and Cornhill-on-Tweed) straddles
# the Tweed, every other TD district is read as Scotland (some sources put a few English
# addresses in TD9: unverified).
_ENGLISH_TD_DISTRICTS = frozenset({"TD15"})
_CROSS_BORDER_TD_DISTRICTS = frozenset({"TD12"})
# Jersey, Guernsey and the Isle of Man are not in the UK and have bank holidays of their
# own (Liberation Day…), which are not computed: their nation is left unknown, so the
# union of the UK's calendars applies (unverified as a substitute for theirs).
_CROWN_DEPENDENCY_AREAS = frozenset({"JE", "GY", "IM"})
_UK_POSTCODE_DISTRICT = re.compile(r"([A-Z]{1,2})(\d{1,2})")


def uk_postcode_district(postcode: str | None) -> tuple[str, str] | None:
    """(area, district) of a UK postcode, e.g. ("EH", "EH1") for "EH1 1YZ"; None when the
    text does not start like a postcode."""
    text = (postcode or "").replace(" ", "").upper()
    found = _UK_POSTCODE_DISTRICT.match(text)
    if found is None:
        return None
    return found.group(1), found.group(1) + found.group(2)


def uk_nation(postcode: str | None) -> str | None:
    """ "scotland", "northern-ireland" or "england-wales"; None when the postcode does not
    tell (missing, unreadable, TD12 across the border, a Crown dependency), so that the
    calendar applies every nation's bank holidays."""
    district = uk_postcode_district(postcode)
    if district is None:
        return None
    area, district_code = district
    if area in _CROWN_DEPENDENCY_AREAS or district_code in _CROSS_BORDER_TD_DISTRICTS:
        return None
    if district_code in _ENGLISH_TD_DISTRICTS:
        return ENGLAND_WALES
    if area in SCOTTISH_POSTCODE_AREAS:
        return SCOTLAND
    if area == "BT":
        return NORTHERN_IRELAND
    return ENGLAND_WALES


def _united_kingdom(postcode: str | None) -> Place:
    return Place(UNITED_KINGDOM, uk_nation(postcode), (LONDON,))


# --- United States --------------------------------------------------------------------

EASTERN, CENTRAL, MOUNTAIN = "America/New_York", "America/Chicago", "America/Denver"
MOUNTAIN_NO_DST, PACIFIC = "America/Phoenix", "America/Los_Angeles"
CONTIGUOUS_US_ZONES = (EASTERN, CENTRAL, MOUNTAIN, MOUNTAIN_NO_DST, PACIFIC)
# Official zone boundaries (US DOT), one IANA zone per distinct current rule: zones whose
# rules are the same today (e.g. America/Indiana/Indianapolis and America/New_York) are
# not repeated, since the contact windows would be the same. Places that keep another
# zone by local custom against the official one (Phenix City, Alabama, on Eastern time)
# are not listed (unverified).
US_STATE_ZONES: Mapping[str, tuple[str, ...]] = {
    "AL": (CENTRAL,),
    # Alaska time, plus Hawaii-Aleutian time west of 169°30′ W (Adak).
    "AK": ("America/Anchorage", "America/Adak"),
    # No DST in Arizona, except the Navajo Nation, which keeps Mountain time with DST.
    "AZ": (MOUNTAIN_NO_DST, MOUNTAIN),
    "AR": (CENTRAL,),
    "CA": (PACIFIC,),
    "CO": (MOUNTAIN,),
    "CT": (EASTERN,),
    "DC": (EASTERN,),
    "DE": (EASTERN,),
    "FL": (EASTERN, CENTRAL),  # the western panhandle is Central
    "GA": (EASTERN,),
    "HI": ("Pacific/Honolulu",),
    "ID": (MOUNTAIN, PACIFIC),  # the northern panhandle is Pacific
    "IL": (CENTRAL,),
    "IN": (EASTERN, CENTRAL),  # north-west and south-west counties are Central
    "IA": (CENTRAL,),
    "KS": (CENTRAL, MOUNTAIN),  # four western counties are Mountain
    "KY": (EASTERN, CENTRAL),
    "LA": (CENTRAL,),
    "ME": (EASTERN,),
    "MD": (EASTERN,),
    "MA": (EASTERN,),
    "MI": (EASTERN, CENTRAL),  # four Upper Peninsula counties are Central
    "MN": (CENTRAL,),
    "MS": (CENTRAL,),
    "MO": (CENTRAL,),
    "MT": (MOUNTAIN,),
    "NE": (CENTRAL, MOUNTAIN),
    "NV": (PACIFIC, MOUNTAIN),  # West Wendover is on Mountain time
    "NH": (EASTERN,),
    "NJ": (EASTERN,),
    "NM": (MOUNTAIN,),
    "NY": (EASTERN,),
    "NC": (EASTERN,),
    "ND": (CENTRAL, MOUNTAIN),
    "OH": (EASTERN,),
    "OK": (CENTRAL,),
    "OR": (PACIFIC, MOUNTAIN),  # most of Malheur County is Mountain
    "PA": (EASTERN,),
    "RI": (EASTERN,),
    "SC": (EASTERN,),
    "SD": (CENTRAL, MOUNTAIN),
    "TN": (EASTERN, CENTRAL),
    "TX": (CENTRAL, MOUNTAIN),  # El Paso and Hudspeth counties are Mountain
    "UT": (MOUNTAIN,),
    "VT": (EASTERN,),
    "VA": (EASTERN,),
    "WA": (PACIFIC,),
    "WV": (EASTERN,),
    "WI": (CENTRAL,),
    "WY": (MOUNTAIN,),
    "AS": ("Pacific/Pago_Pago",),
    "GU": ("Pacific/Guam",),
    "MP": ("Pacific/Saipan",),
    "PR": ("America/Puerto_Rico",),
    "VI": ("America/St_Thomas",),
}


def _united_states(state: str | None) -> Place:
    code = (state or "").strip().upper()
    if code in US_STATE_ZONES:
        return Place(UNITED_STATES, code, US_STATE_ZONES[code])
    # Unknown state: the debtor may be anywhere in the contiguous states.
    return Place(UNITED_STATES, None, CONTIGUOUS_US_ZONES)


# --- Other European countries ---------------------------------------------------------

# Main zone per country. Regional holidays are not computed for these countries
# (unverified whether any of them would close a window). Neighbours outside the EU that
# French creditors often deal with are included.
EUROPEAN_ZONES: Mapping[str, str] = {
    "AT": "Europe/Vienna",
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki",
    "GR": "Europe/Athens",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IT": "Europe/Rome",
    "LT": "Europe/Vilnius",
    "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest",
    "SE": "Europe/Stockholm",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
    # Not in the EU.
    "AD": "Europe/Andorra",
    "CH": "Europe/Zurich",
    "IS": "Atlantic/Reykjavik",
    "LI": "Europe/Vaduz",
    "MC": "Europe/Monaco",
    "NO": "Europe/Oslo",
}
# Two EU countries have islands an hour behind the mainland; their postcodes tell them
# apart (postcode ranges from general knowledge, unverified): Canary Islands 35xxx
# (Las Palmas) and 38xxx (Santa Cruz de Tenerife); Azores 9500–9999.
CANARY = "Atlantic/Canary"
AZORES = "Atlantic/Azores"


def _spanish_zones(postcode: str | None) -> tuple[str, ...]:
    digits = (postcode or "").strip()
    if re.fullmatch(r"\d{5}", digits):
        return (CANARY,) if digits[:2] in ("35", "38") else (EUROPEAN_ZONES["ES"],)
    return (EUROPEAN_ZONES["ES"], CANARY)


def _portuguese_zones(postcode: str | None) -> tuple[str, ...]:
    found = re.match(r"(\d{4})", (postcode or "").strip())
    if found is not None:
        return (AZORES,) if int(found.group(1)) >= 9500 else (EUROPEAN_ZONES["PT"],)
    return (EUROPEAN_ZONES["PT"], AZORES)


def _europe(country: str, postcode: str | None) -> Place:
    if country == "ES":
        return Place(country, None, _spanish_zones(postcode))
    if country == "PT":
        return Place(country, None, _portuguese_zones(postcode))
    return Place(country, None, (EUROPEAN_ZONES[country],))


# --- Entry point ----------------------------------------------------------------------


def place_for(country: str, postcode: str | None, state: str | None = None) -> Place:
    """The debtor's place from the case's country (ISO code; "UK" is read as "GB"), its
    postcode and, for the US, its state code."""
    code = (country or "").strip().upper()
    if code == FRANCE or code in FRENCH_OVERSEAS_COUNTRY_CODES:
        return _france(postcode, FRENCH_OVERSEAS_COUNTRY_CODES.get(code))
    if code in (UNITED_KINGDOM, "UK"):
        return _united_kingdom(postcode)
    if code == UNITED_STATES:
        return _united_states(state)
    if code in EUROPEAN_ZONES:
        return _europe(code, postcode)
    raise UnknownPlaceError(
        f"no time zones known for country {country!r}: nothing may be sent until a person "
        "sets the debtor's place (compliance.md §6, step 1)"
    )
