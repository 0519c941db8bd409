"""Public holidays: exact dates for known years, checked against published calendars
(Légifrance's list, gov.uk bank holidays, OPM federal holidays) and against an
independent Easter computation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from amiable.compliance.calendar import (
    UnsupportedCalendarError,
    easter_sunday,
    holidays,
    is_holiday,
    is_weekend,
    last_weekday,
    nth_weekday,
)

FRANCE_2026 = {
    date(2026, 1, 1): "Jour de l'an",
    date(2026, 4, 6): "Lundi de Pâques",
    date(2026, 5, 1): "Fête du Travail",
    date(2026, 5, 8): "Victoire 1945",
    date(2026, 5, 14): "Ascension",
    date(2026, 5, 25): "Lundi de Pentecôte",
    date(2026, 7, 14): "Fête nationale",
    date(2026, 8, 15): "Assomption",
    date(2026, 11, 1): "Toussaint",
    date(2026, 11, 11): "Armistice 1918",
    date(2026, 12, 25): "Noël",
}


def weekday_dates(calendar: dict[date, str]) -> list[date]:
    """The days off work: what gov.uk and OPM publish."""
    return [day for day in calendar if not is_weekend(day)]


# --- Easter ---


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
        (1943, date(1943, 4, 25)),  # the latest possible date
        (2285, date(2285, 3, 22)),  # the earliest possible date
    ],
)
def test_easter_sunday_on_known_years(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected


def test_easter_sunday_matches_dateutil_over_three_centuries() -> None:
    easter = pytest.importorskip("dateutil.easter")
    for year in range(1900, 2201):
        assert easter_sunday(year) == easter.easter(year), year


def test_weekday_helpers() -> None:
    assert nth_weekday(2026, 1, 0, 3) == date(2026, 1, 19)  # third Monday of January
    assert nth_weekday(2026, 11, 3, 4) == date(2026, 11, 26)  # fourth Thursday of November
    assert last_weekday(2026, 8, 0) == date(2026, 8, 31)
    assert last_weekday(2026, 12, 0) == date(2026, 12, 28)  # across the year end


# --- France ---


def test_metropolitan_france_2026_is_the_l3133_1_list() -> None:
    assert holidays("FR", None, 2026) == FRANCE_2026


def test_alsace_moselle_adds_good_friday_and_saint_etienne() -> None:
    alsace = holidays("FR", "alsace-moselle", 2026)
    assert set(alsace) - set(FRANCE_2026) == {date(2026, 4, 3), date(2026, 12, 26)}
    assert alsace[date(2026, 4, 3)] == "Vendredi saint"
    assert alsace[date(2026, 12, 26)] == "Saint-Étienne"


@pytest.mark.parametrize(
    ("region", "local_day"),
    [
        ("971", date(2026, 5, 27)),  # Guadeloupe
        ("972", date(2026, 5, 22)),  # Martinique
        ("973", date(2026, 6, 10)),  # Guyane
        ("974", date(2026, 12, 20)),  # La Réunion
        ("976", date(2026, 4, 27)),  # Mayotte
        ("977", date(2026, 10, 9)),  # Saint-Barthélemy
        ("978", date(2026, 5, 28)),  # Saint-Martin
        ("988", date(2026, 9, 24)),  # Nouvelle-Calédonie
    ],
)
def test_overseas_territory_adds_its_own_day_to_the_national_list(
    region: str, local_day: date
) -> None:
    calendar = holidays("FR", region, 2026)
    assert set(calendar) - set(FRANCE_2026) == {local_day}
    assert not is_holiday(local_day, "FR", None)  # not a metropolitan holiday


def test_reunion_abolition_day() -> None:
    assert holidays("FR", "974", 2026)[date(2026, 12, 20)] == "Abolition de l'esclavage"


def test_polynesia_local_days() -> None:
    extra = set(holidays("FR", "987", 2026)) - set(FRANCE_2026)
    assert extra == {date(2026, 3, 5), date(2026, 6, 29), date(2026, 4, 3)}


def test_two_holidays_on_one_date_keep_both_names() -> None:
    # 2008: Easter on 23 March put Ascension on 1 May.
    assert holidays("FR", None, 2008)[date(2008, 5, 1)] == "Fête du Travail / Ascension"
    assert len(holidays("FR", None, 2008)) == 10


def test_unknown_french_region_is_refused() -> None:
    with pytest.raises(UnsupportedCalendarError, match="'75'"):
        holidays("FR", "75", 2026)


# --- United Kingdom (gov.uk bank holidays) ---


def test_england_and_wales_2026() -> None:
    assert weekday_dates(holidays("GB", "england-wales", 2026)) == [
        date(2026, 1, 1),
        date(2026, 4, 3),
        date(2026, 4, 6),
        date(2026, 5, 4),
        date(2026, 5, 25),
        date(2026, 8, 31),
        date(2026, 12, 25),
        date(2026, 12, 28),  # Boxing Day (substitute day)
    ]


def test_scotland_2026_differs_from_england() -> None:
    scotland = holidays("GB", "scotland", 2026)
    assert weekday_dates(scotland) == [
        date(2026, 1, 1),
        date(2026, 1, 2),
        date(2026, 4, 3),
        date(2026, 5, 4),
        date(2026, 5, 25),
        date(2026, 8, 3),  # first Monday of August
        date(2026, 11, 30),
        date(2026, 12, 25),
        date(2026, 12, 28),
    ]
    assert not is_holiday(date(2026, 4, 6), "GB", "scotland")  # no Easter Monday
    assert not is_holiday(date(2026, 8, 31), "GB", "scotland")
    assert scotland[date(2026, 11, 30)] == "St Andrew's Day"


def test_northern_ireland_2026_boyne_substitute() -> None:
    calendar = holidays("GB", "northern-ireland", 2026)
    assert calendar[date(2026, 3, 17)] == "St Patrick's Day"
    assert calendar[date(2026, 7, 13)] == "Battle of the Boyne (Orangemen's Day) (substitute day)"
    assert len(weekday_dates(calendar)) == 10


def test_2025_published_lists() -> None:
    assert weekday_dates(holidays("GB", "england-wales", 2025)) == [
        date(2025, 1, 1),
        date(2025, 4, 18),
        date(2025, 4, 21),
        date(2025, 5, 5),
        date(2025, 5, 26),
        date(2025, 8, 25),
        date(2025, 12, 25),
        date(2025, 12, 26),
    ]
    # St Andrew's Day on a Sunday moves to Monday 1 December.
    assert is_holiday(date(2025, 12, 1), "GB", "scotland")
    # The Boyne on a Saturday moves to Monday 14 July.
    assert is_holiday(date(2025, 7, 14), "GB", "northern-ireland")


def test_christmas_on_a_sunday_names_the_substitute_as_gov_uk_does() -> None:
    calendar = holidays("GB", "england-wales", 2022)
    assert calendar[date(2022, 12, 26)] == "Boxing Day"
    assert calendar[date(2022, 12, 27)] == "Christmas Day (substitute day)"


def test_christmas_on_a_saturday_moves_both_days() -> None:
    calendar = holidays("GB", "england-wales", 2021)
    assert calendar[date(2021, 12, 27)] == "Christmas Day (substitute day)"
    assert calendar[date(2021, 12, 28)] == "Boxing Day (substitute day)"
    assert calendar[date(2021, 12, 25)] == "Christmas Day"  # the day itself stays marked


def test_scottish_new_year_substitutes() -> None:
    # 2022: 1 and 2 January on a weekend, substitutes Monday 3 and Tuesday 4.
    assert weekday_dates(holidays("GB", "scotland", 2022))[:2] == [
        date(2022, 1, 3),
        date(2022, 1, 4),
    ]
    # 2023: 1 January a Sunday, 2 January a Monday: New Year moves to Tuesday 3.
    calendar = holidays("GB", "scotland", 2023)
    assert calendar[date(2023, 1, 2)] == "2nd January"
    assert calendar[date(2023, 1, 3)] == "New Year's Day (substitute day)"


@pytest.mark.parametrize(
    ("nation", "count"), [("england-wales", 8), ("scotland", 9), ("northern-ireland", 10)]
)
def test_each_nation_gets_its_statutory_count_of_weekdays_every_year(
    nation: str, count: int
) -> None:
    for year in range(2000, 2101):
        assert len(weekday_dates(holidays("GB", nation, year))) == count, year


def test_unknown_uk_nation_closes_every_nations_days() -> None:
    union = holidays("GB", None, 2026)
    for nation in ("england-wales", "scotland", "northern-ireland"):
        assert set(holidays("GB", nation, 2026)) <= set(union)
    assert holidays("UK", "scotland", 2026) == holidays("GB", "scotland", 2026)


# --- United States (OPM federal holidays) ---


def test_us_federal_2026_observed_days() -> None:
    assert weekday_dates(holidays("US", "TX", 2026)) == [
        date(2026, 1, 1),
        date(2026, 1, 19),
        date(2026, 2, 16),
        date(2026, 5, 25),
        date(2026, 6, 19),
        date(2026, 7, 3),  # Independence Day on a Saturday: observed Friday 3 July
        date(2026, 9, 7),
        date(2026, 10, 12),
        date(2026, 11, 11),
        date(2026, 11, 26),
        date(2026, 12, 25),
    ]
    assert holidays("US", None, 2026)[date(2026, 7, 3)] == "Independence Day (observed)"


def test_us_sunday_holiday_is_observed_monday() -> None:
    assert holidays("US", None, 2027)[date(2027, 7, 5)] == "Independence Day (observed)"


def test_us_new_year_on_a_saturday_is_observed_the_year_before() -> None:
    # 1 January 2022 was a Saturday: observed Friday 31 December 2021.
    assert holidays("US", None, 2021)[date(2021, 12, 31)] == "New Year's Day (observed)"
    assert date(2021, 12, 31) not in holidays("US", None, 2022)


def test_juneteenth_only_from_2021() -> None:
    assert not is_holiday(date(2020, 6, 19), "US", None)
    assert is_holiday(date(2021, 6, 18), "US", None)  # observed, 19 June 2021 a Saturday


# --- API ---


def test_returned_dict_is_a_copy_of_the_cache() -> None:
    calendar = holidays("FR", None, 2026)
    calendar[date(2026, 3, 3)] = "invented"
    calendar.pop(date(2026, 7, 14))
    assert holidays("FR", None, 2026) == FRANCE_2026


def test_unknown_country_is_refused() -> None:
    with pytest.raises(UnsupportedCalendarError, match="'DE'"):
        is_holiday(date(2026, 10, 3), "DE", None)


@pytest.mark.parametrize("nation", ["england-wales", "scotland", "northern-ireland"])
def test_every_uk_substitute_follows_its_weekend_holiday_within_three_days(nation: str) -> None:
    for year in range(2000, 2101):
        calendar = holidays("GB", nation, year)
        for day, name in calendar.items():
            if name.endswith(" (substitute day)"):
                original = name.removesuffix(" (substitute day)")
                before = [day - timedelta(days=back) for back in (1, 2, 3)]
                assert not is_weekend(day)
                assert any(
                    calendar.get(earlier) == original and is_weekend(earlier) for earlier in before
                )
