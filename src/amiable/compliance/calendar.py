"""Public holidays, computed from their rules (no table to download, nothing to refresh).

    holidays("FR", "alsace-moselle", 2026)  # {date(2026, 4, 3): "Vendredi saint", ...}
    is_holiday(date(2026, 7, 14), "FR", None)  # True

Countries and regions (the region codes are the ones `places.place_for` returns):

- "FR": None is metropolitan France (C. trav. L3133-1, compliance.md §1.7);
  "alsace-moselle" adds Good Friday and 26 December; an overseas code ("971" … "978",
  "986" … "988") adds that territory's own days.
- "GB" (or "UK"): "england-wales", "scotland", "northern-ireland"; None (nation unknown)
  is the union of the three, so that no nation's bank holiday is missed.
- "US": federal holidays (5 U.S.C. 6103) for any region; state holidays are not computed.

The rules are today's, applied to every year asked for (only Juneteenth, from 2021, is
dated); a past year's one-off changes are not reproduced. One-off days decreed by
proclamation (UK jubilees, coronations, state funerals, a moved early-May holiday) cannot
be computed: they are configuration, `extra_holidays` in data/contact_windows.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

MONDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = 0, 3, 4, 5, 6

FRANCE = "FR"
UNITED_KINGDOM = "GB"
UNITED_STATES = "US"
_COUNTRY_ALIASES = {"UK": UNITED_KINGDOM}

ALSACE_MOSELLE = "alsace-moselle"
ENGLAND_WALES = "england-wales"
SCOTLAND = "scotland"
NORTHERN_IRELAND = "northern-ireland"
UK_NATIONS = (ENGLAND_WALES, SCOTLAND, NORTHERN_IRELAND)

# Overseas days on top of the metropolitan list, by département or collectivité code.
# None of these was re-read in a primary text during the compliance research: all are
# unverified. The abolition days come from décret 83-1003 of 23 November 1983 as amended
# (loi 83-550 for the principle); Saint-Martin's and Saint-Barthélemy's were added later.
# The Antilles' customary days (Mardi gras, Mercredi des Cendres, Mi-Carême, Vendredi
# saint) rest on custom and collective agreements, not on a legal text: not included.
# Whether the whole metropolitan list applies in the collectivités with their own labour
# law (975, 986, 987, 988) is also unverified; it is applied there.
_OVERSEAS_FIXED_DAYS: Mapping[str, tuple[tuple[int, int, str], ...]] = {
    "971": ((5, 27, "Abolition de l'esclavage"),),  # Guadeloupe; décret 83-1003, unverified
    "972": ((5, 22, "Abolition de l'esclavage"),),  # Martinique; décret 83-1003, unverified
    "973": ((6, 10, "Abolition de l'esclavage"),),  # Guyane; décret 83-1003, unverified
    "974": ((12, 20, "Abolition de l'esclavage"),),  # La Réunion; décret 83-1003, unverified
    "975": (),  # Saint-Pierre-et-Miquelon: no local day known
    "976": ((4, 27, "Abolition de l'esclavage"),),  # Mayotte; décret 83-1003, unverified
    "977": ((10, 9, "Abolition de l'esclavage"),),  # Saint-Barthélemy; unverified
    "978": ((5, 28, "Abolition de l'esclavage"),),  # Saint-Martin; unverified
    "986": (
        (4, 28, "Saint Pierre Chanel"),  # Wallis-et-Futuna; general knowledge, unverified
        (7, 29, "Fête du Territoire"),  # Wallis-et-Futuna; general knowledge, unverified
    ),
    "987": (
        (3, 5, "Arrivée de l'Évangile"),  # Polynésie française; local law, unverified
        (6, 29, "Fête de l'autonomie"),  # Polynésie française; local law, unverified
    ),
    "988": ((9, 24, "Fête de la citoyenneté"),),  # Nouvelle-Calédonie; unverified
}
# Polynésie française also rests on Good Friday (general knowledge, unverified).
_OVERSEAS_WITH_GOOD_FRIDAY = frozenset({"987"})
FRENCH_REGIONS = frozenset({ALSACE_MOSELLE, *_OVERSEAS_FIXED_DAYS})

JUNETEENTH_FIRST_YEAR = 2021  # Juneteenth National Independence Day Act, 17 June 2021


class UnsupportedCalendarError(LookupError):
    """No holiday rules for this country or region: the caller must not guess."""


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus, Jones
    and Butcher), valid for every year from 1583."""
    golden_number = year % 19
    century, year_in_century = divmod(year, 100)
    skipped_leap_centuries, century_remainder = divmod(century, 4)
    moon_correction = (century + 8) // 25
    moon_orbit_correction = (century - moon_correction + 1) // 3
    epact = (
        19 * golden_number + century - skipped_leap_centuries - moon_orbit_correction + 15
    ) % 30
    leap_quarters, year_remainder = divmod(year_in_century, 4)
    days_to_sunday = (32 + 2 * century_remainder + 2 * leap_quarters - epact - year_remainder) % 7
    late_correction = (golden_number + 11 * epact + 22 * days_to_sunday) // 451
    month, day_before = divmod(epact + days_to_sunday - 7 * late_correction + 114, 31)
    return date(year, month, day_before + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1 = first) given weekday (0 = Monday) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def last_weekday(year: int, month: int, weekday: int) -> date:
    """The last given weekday (0 = Monday) of a month."""
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def is_weekend(day: date) -> bool:
    return day.weekday() in (SATURDAY, SUNDAY)


def holidays(country: str, region: str | None, year: int) -> dict[date, str]:
    """Every public holiday of a year, date → name (French for France, English elsewhere).

    Two holidays on the same date share it, their names joined with " / "."""
    return dict(_cached_holidays(*_normalized(country, region), year))


def is_holiday(day: date, country: str, region: str | None) -> bool:
    return day in _cached_holidays(*_normalized(country, region), day.year)


def _normalized(country: str, region: str | None) -> tuple[str, str | None]:
    code = country.strip().upper()
    code = _COUNTRY_ALIASES.get(code, code)
    if code == FRANCE:
        if region is not None and region not in FRENCH_REGIONS:
            raise UnsupportedCalendarError(
                f"no French holiday rules for region {region!r}: use None (metropole), "
                f"{ALSACE_MOSELLE!r} or an overseas code ({', '.join(sorted(_OVERSEAS_FIXED_DAYS))})"
            )
        return code, region
    if code == UNITED_KINGDOM:
        if region is not None and region not in UK_NATIONS:
            raise UnsupportedCalendarError(
                f"no UK bank-holiday rules for region {region!r}: use None (nation unknown) "
                f"or one of {', '.join(UK_NATIONS)}"
            )
        return code, region
    if code == UNITED_STATES:
        # State holidays are not computed: every state gets the federal list.
        return code, None
    raise UnsupportedCalendarError(
        f"no public-holiday rules for country {country!r} (known: FR, GB, US)"
    )


@cache
def _cached_holidays(country: str, region: str | None, year: int) -> Mapping[date, str]:
    # Read-only, so that no caller can alter what the next one is given.
    return MappingProxyType(_computed_holidays(country, region, year))


def _computed_holidays(country: str, region: str | None, year: int) -> dict[date, str]:
    if country == FRANCE:
        return _merged(_france(region, year))
    if country == UNITED_KINGDOM:
        nations = UK_NATIONS if region is None else (region,)
        return _merged(entry for nation in nations for entry in _uk_nation(nation, year))
    return _merged(_united_states(year))


def _merged(entries: Iterable[tuple[date, str]]) -> dict[date, str]:
    """Date → name; names that share a date are joined, each once, in order."""
    names: dict[date, list[str]] = {}
    for day, name in entries:
        on_day = names.setdefault(day, [])
        if name not in on_day:
            on_day.append(name)
    return {day: " / ".join(names[day]) for day in sorted(names)}


# --- France ---------------------------------------------------------------------------


def _france(region: str | None, year: int) -> list[tuple[date, str]]:
    entries = _france_metropolitan(year)
    easter = easter_sunday(year)
    if region == ALSACE_MOSELLE:
        # C. trav. L3134-13 (local law of the Bas-Rhin, Haut-Rhin and Moselle). Good
        # Friday is, to the letter, for communes with a Protestant or mixed church; it is
        # applied to the three départements, as employers there generally do (unverified).
        entries += [
            (easter - timedelta(days=2), "Vendredi saint"),
            (date(year, 12, 26), "Saint-Étienne"),
        ]
    elif region is not None:
        entries += [
            (date(year, month, day), name) for month, day, name in _OVERSEAS_FIXED_DAYS[region]
        ]
        if region in _OVERSEAS_WITH_GOOD_FRIDAY:
            entries.append((easter - timedelta(days=2), "Vendredi saint"))
    return entries


def _france_metropolitan(year: int) -> list[tuple[date, str]]:
    """C. trav. L3133-1. Whit Monday stays a public holiday even where it is worked as
    the "journée de solidarité"."""
    easter = easter_sunday(year)
    return [
        (date(year, 1, 1), "Jour de l'an"),
        (easter + timedelta(days=1), "Lundi de Pâques"),
        (date(year, 5, 1), "Fête du Travail"),
        (date(year, 5, 8), "Victoire 1945"),
        (easter + timedelta(days=39), "Ascension"),
        (easter + timedelta(days=50), "Lundi de Pentecôte"),
        (date(year, 7, 14), "Fête nationale"),
        (date(year, 8, 15), "Assomption"),
        (date(year, 11, 1), "Toussaint"),
        (date(year, 11, 11), "Armistice 1918"),
        (date(year, 12, 25), "Noël"),
    ]


# --- United Kingdom -------------------------------------------------------------------


def _uk_nation(nation: str, year: int) -> list[tuple[date, str]]:
    """Banking and Financial Dealings Act 1971 sch. 1 and the usual proclamations, as
    gov.uk lists them year after year (pattern from general knowledge, unverified)."""
    easter = easter_sunday(year)
    movable = [
        (easter - timedelta(days=2), "Good Friday"),
        (nth_weekday(year, 5, MONDAY, 1), "Early May bank holiday"),
        (last_weekday(year, 5, MONDAY), "Spring bank holiday"),
    ]
    fixed = [
        (date(year, 1, 1), "New Year's Day"),
        (date(year, 12, 25), "Christmas Day"),
        (date(year, 12, 26), "Boxing Day"),
    ]
    if nation == SCOTLAND:
        movable.append((nth_weekday(year, 8, MONDAY, 1), "Summer bank holiday"))
        fixed += [(date(year, 1, 2), "2nd January"), (date(year, 11, 30), "St Andrew's Day")]
    else:
        movable += [
            (easter + timedelta(days=1), "Easter Monday"),
            (last_weekday(year, 8, MONDAY), "Summer bank holiday"),
        ]
    if nation == NORTHERN_IRELAND:
        fixed += [
            (date(year, 3, 17), "St Patrick's Day"),
            (date(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"),
        ]
    return movable + _with_substitute_days(fixed, {day for day, _ in movable})


def _with_substitute_days(
    fixed: list[tuple[date, str]], movable_days: set[date]
) -> list[tuple[date, str]]:
    """The fixed-date holidays, each kept on its own date (so that no message goes out on
    a Saturday Christmas Day), plus a substitute weekday for each one that falls on a
    weekend: the first weekday after it that is not already a holiday.

    Holidays on weekdays are placed first, then weekend ones in date order, which gives
    gov.uk's naming: Christmas on a Sunday makes Boxing Day Monday 26 and Christmas
    (substitute day) Tuesday 27."""
    taken = movable_days | {day for day, _ in fixed if not is_weekend(day)}
    substitutes = []
    for day, name in sorted(fixed):
        if not is_weekend(day):
            continue
        substitute = day + timedelta(days=1)
        while is_weekend(substitute) or substitute in taken:
            substitute += timedelta(days=1)
        taken.add(substitute)
        substitutes.append((substitute, f"{name} (substitute day)"))
    return fixed + substitutes


# --- United States --------------------------------------------------------------------


def _united_states(year: int) -> list[tuple[date, str]]:
    """Federal holidays, on their own date and, when that is a weekend, on the observed
    weekday (5 U.S.C. 6103(b): Saturday → the Friday before, Sunday → the Monday after).
    New Year's Day on a Saturday is observed on 31 December of the year before, so the
    next year's list is computed too. Inauguration Day (Washington DC area only) is left
    out."""
    entries = []
    for holiday_year in (year, year + 1):
        for day, name in _us_federal_dates(holiday_year):
            observed = _us_observed(day)
            entries.append((day, name))
            if observed != day:
                entries.append((observed, f"{name} (observed)"))
    return sorted((day, name) for day, name in entries if day.year == year)


def _us_federal_dates(year: int) -> list[tuple[date, str]]:
    dates = [
        (date(year, 1, 1), "New Year's Day"),
        (nth_weekday(year, 1, MONDAY, 3), "Birthday of Martin Luther King, Jr."),
        (nth_weekday(year, 2, MONDAY, 3), "Washington's Birthday"),
        (last_weekday(year, 5, MONDAY), "Memorial Day"),
        (date(year, 7, 4), "Independence Day"),
        (nth_weekday(year, 9, MONDAY, 1), "Labor Day"),
        (nth_weekday(year, 10, MONDAY, 2), "Columbus Day"),
        (date(year, 11, 11), "Veterans Day"),
        (nth_weekday(year, 11, THURSDAY, 4), "Thanksgiving Day"),
        (date(year, 12, 25), "Christmas Day"),
    ]
    if year >= JUNETEENTH_FIRST_YEAR:
        dates.append((date(year, 6, 19), "Juneteenth National Independence Day"))
    return dates


def _us_observed(day: date) -> date:
    if day.weekday() == SATURDAY:
        return day - timedelta(days=1)
    if day.weekday() == SUNDAY:
        return day + timedelta(days=1)
    return day
