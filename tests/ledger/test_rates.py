"""The shipped rate tables: what they say, where it comes from, and what they refuse to guess."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from amiable.ledger.choices import LegalRateCategory, VerificationStatus
from amiable.ledger.rates import RateRow, RateTables, RateUnavailable, Semester

TABLES = RateTables.load_default()
COMPANY, INDIVIDUAL = False, True


def test_2026_s1_legal_rate_is_the_arrete_of_15_december_2025():
    company = TABLES.legal_rate(date(2026, 3, 15), COMPANY)
    individual = TABLES.legal_rate(date(2026, 3, 15), INDIVIDUAL)

    assert company.rate == Decimal("2.62")
    assert company.category is LegalRateCategory.OTHER
    assert individual.rate == Decimal("6.67")
    assert individual.category is LegalRateCategory.NATURAL_PERSON
    assert company.status is VerificationStatus.VERIFIED
    assert "15 décembre 2025" in company.source


@pytest.mark.parametrize(
    ("day", "individual", "company"),
    [
        (date(2023, 6, 30), "4.47", "2.06"),
        (date(2023, 7, 1), "6.82", "4.22"),
        (date(2024, 1, 1), "8.01", "5.07"),
        (date(2024, 12, 31), "8.16", "4.92"),
        (date(2025, 2, 14), "7.21", "3.71"),
        (date(2025, 7, 1), "6.65", "2.76"),
    ],
)
def test_legal_rates_2023_to_2025_follow_compliance_note(day, individual, company):
    assert TABLES.legal_rate(day, INDIVIDUAL).rate == Decimal(individual)
    assert TABLES.legal_rate(day, COMPANY).rate == Decimal(company)
    # [V2] in compliance.md: confirmed by a secondary source only.
    assert TABLES.legal_rate(day, COMPANY).status is VerificationStatus.SECONDARY


def test_legal_rates_before_2023_are_from_memory_and_flagged_unverified():
    rows = [row for row in TABLES.legal_rows if row.semester < Semester(2023, 1)]

    assert len(rows) == 32  # 16 semesters (2015 S1 to 2022 S2) x 2 categories
    assert {row.status for row in rows} == {VerificationStatus.UNVERIFIED}
    assert {row.source for row in rows} == {
        "from memory, to be checked against the arrêtés on Légifrance"
    }
    assert TABLES.legal_rate(date(2015, 1, 1), INDIVIDUAL).rate == Decimal("4.06")
    assert TABLES.legal_rate(date(2022, 12, 31), COMPANY).rate == Decimal("0.77")


@pytest.mark.parametrize(
    ("day", "rate", "status"),
    [
        (date(2015, 3, 1), "0.05", VerificationStatus.UNVERIFIED),
        (date(2016, 7, 1), "0.00", VerificationStatus.UNVERIFIED),
        # The first hike took effect on 27 July 2022: the 1 July rate was still 0.00.
        (date(2022, 9, 30), "0.00", VerificationStatus.UNVERIFIED),
        (date(2023, 1, 1), "2.50", VerificationStatus.VERIFIED),
        (date(2023, 12, 31), "4.00", VerificationStatus.VERIFIED),
        (date(2024, 6, 30), "4.50", VerificationStatus.VERIFIED),
        (date(2024, 7, 1), "4.25", VerificationStatus.VERIFIED),
        (date(2025, 1, 1), "3.15", VerificationStatus.VERIFIED),
        (date(2025, 7, 1), "2.15", VerificationStatus.UNVERIFIED),
        (date(2026, 6, 30), "2.15", VerificationStatus.UNVERIFIED),
    ],
)
def test_ecb_rate_is_the_one_in_force_on_the_first_day_of_the_semester(day, rate, status):
    row = TABLES.ecb_rate(day)

    assert row.rate == Decimal(rate)
    assert row.status is status
    assert row.effective_from == Semester.of(day).start


def test_tables_cover_every_semester_from_2015_s1_to_2026_s1_without_gaps():
    expected = []
    semester = Semester(2015, 1)
    while semester <= Semester(2026, 1):
        expected.append(semester)
        semester = semester.next()

    assert [row.semester for row in TABLES.ecb_rows] == expected
    for category in LegalRateCategory:
        covered = [row.semester for row in TABLES.legal_rows if row.category is category]
        assert covered == expected


def test_2026_s2_is_not_known_and_is_not_invented():
    with pytest.raises(RateUnavailable) as legal:
        TABLES.legal_rate(date(2026, 7, 1), COMPANY)
    with pytest.raises(RateUnavailable) as ecb:
        TABLES.ecb_rate(date(2026, 12, 31))

    assert legal.value.semester == Semester(2026, 2)
    assert ecb.value.semester == Semester(2026, 2)
    assert "2026-S2" in str(ecb.value)


def test_nothing_before_2015():
    with pytest.raises(RateUnavailable):
        TABLES.ecb_rate(date(2014, 12, 31))


def test_tables_built_in_a_test_answer_only_what_they_hold():
    row = RateRow(
        table="ecb",
        semester=Semester(2030, 1),
        rate=Decimal("1.00"),
        status=VerificationStatus.VERIFIED,
        source="test",
    )
    tables = RateTables(legal=[], ecb=[row])

    assert tables.ecb_rate(date(2030, 5, 5)) is row
    with pytest.raises(RateUnavailable):
        tables.legal_rate(date(2030, 5, 5), COMPANY)


def test_a_semester_given_twice_is_refused():
    csv_text = (
        "effective_from,rate,status,source\n"
        "2030-01-01,1.00,verified,a\n"
        "2030-01-01,1.25,verified,b\n"
    )
    with pytest.raises(ValueError, match="two ECB rates for 2030-S1"):
        RateTables.from_csv(legal="effective_from,category,rate,status,source\n", ecb=csv_text)


def test_a_rate_must_take_effect_on_1_january_or_1_july():
    csv_text = "effective_from,rate,status,source\n2030-03-01,1.00,verified,a\n"
    with pytest.raises(ValueError, match="1 January or 1 July"):
        RateTables.from_csv(legal="effective_from,category,rate,status,source\n", ecb=csv_text)


def test_csv_notes_and_quoted_sources_are_read():
    tables = RateTables.from_csv(
        legal=(
            "# refreshed each semester\n"
            "effective_from,category,rate,status,source\n"
            '2030-07-01,other,1.50,secondary,"Arrêté du 20 juin 2030, JO du 25 juin 2030"\n'
        ),
        ecb="effective_from,rate,status,source\n",
    )

    row = tables.legal_rate(date(2030, 8, 1), COMPANY)
    assert row.source == "Arrêté du 20 juin 2030, JO du 25 juin 2030"
    assert row.describe() == "legal rate 2030-S2 (other) 1.50 %"


def test_semester_arithmetic():
    assert Semester.of(date(2024, 6, 30)) == Semester(2024, 1)
    assert Semester.of(date(2024, 7, 1)) == Semester(2024, 2)
    assert Semester(2024, 2).next() == Semester(2025, 1)
    assert Semester(2024, 2).end == date(2024, 12, 31)
    assert Semester.parse("2026-S2") == Semester(2026, 2)
    assert str(Semester(2026, 2)) == "2026-S2"
