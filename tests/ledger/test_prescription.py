"""Limitation periods: how long the creditor can still act, branch by branch.

`ends_on` is the last day to act; the claim is prescribed from the next day.
"""

from __future__ import annotations

from datetime import date

import pytest

from amiable.ledger.choices import ClaimNature, DebtorType
from amiable.ledger.prescription import add_years, is_prescribed, prescription


def day(text: str) -> date:
    dd, mm, yyyy = text.split("/")
    return date(int(yyyy), int(mm), int(dd))


def consumer_sale(due: str, **options):
    return prescription(
        nature=ClaimNature.B2C_SALE,
        debtor_type=DebtorType.CONSUMER,
        due_date=day(due),
        has_title=False,
        **options,
    )


def test_sale_to_a_consumer_is_prescribed_two_years_after_the_due_date():
    # Due 15/03/2024: the creditor can act until 15/03/2026 inclusive.
    p = consumer_sale("15/03/2024")

    assert p.ends_on == day("15/03/2026")
    assert p.started_on == day("15/03/2024")
    assert p.rule.startswith("L218-2 C. consom.: 2 ans")
    assert is_prescribed(p, day("15/03/2026")) is False
    assert is_prescribed(p, day("16/03/2026")) is True


def test_sale_to_a_business_falls_under_the_five_year_commercial_rule():
    p = prescription(
        nature=ClaimNature.B2C_SALE,
        debtor_type=DebtorType.BUSINESS,
        due_date=day("15/03/2024"),
        has_title=False,
    )

    assert p.ends_on == day("15/03/2029")
    assert p.rule.startswith("L110-4 C. com.: 5 ans")


def test_invoice_between_businesses_runs_five_years():
    p = prescription(
        nature=ClaimNature.B2B_INVOICE,
        debtor_type=DebtorType.BUSINESS,
        due_date=day("31/01/2024"),
        has_title=False,
    )

    assert p.ends_on == day("31/01/2029")
    assert "L110-4" in p.rule


def test_other_claim_on_a_private_person_follows_the_civil_code_five_years():
    p = prescription(
        nature=ClaimNature.OTHER,
        debtor_type=DebtorType.CONSUMER,
        due_date=day("01/06/2023"),
        has_title=False,
    )

    assert p.ends_on == day("01/06/2028")
    assert p.rule.startswith("2224 C. civ.: 5 ans")


def test_consumer_credit_is_forclosed_two_years_after_the_first_unregularised_incident():
    # First unpaid instalment 10/05/2024. The borrower acknowledged the debt on 01/03/2025
    # and paid 50 € on 02/04/2025: neither stops the forclusion.
    p = prescription(
        nature=ClaimNature.CONSUMER_CREDIT,
        debtor_type=DebtorType.CONSUMER,
        due_date=day("10/05/2024"),
        has_title=False,
        interruptions=[day("01/03/2025"), day("02/04/2025")],
    )

    assert p.ends_on == day("10/05/2026")
    assert p.started_on == day("10/05/2024")
    assert p.rule.startswith("R312-35 C. consom.: forclusion 2 ans")
    assert "ni une reconnaissance ni un paiement partiel" in p.rule
    assert "01/03/2025: sans effet sur la forclusion" in p.rule
    assert is_prescribed(p, day("11/05/2026")) is True


def test_an_enforceable_title_gives_ten_years_from_its_date_whatever_the_claim():
    p = prescription(
        nature=ClaimNature.CONSUMER_CREDIT,
        debtor_type=DebtorType.CONSUMER,
        due_date=day("10/05/2022"),
        has_title=True,
        title_date=day("20/06/2024"),
    )

    assert p.ends_on == day("20/06/2034")
    assert p.started_on == day("20/06/2024")
    assert p.rule.startswith("L111-4 CPCE: 10 ans")


def test_a_title_without_its_date_is_refused():
    with pytest.raises(ValueError, match="date"):
        prescription(
            nature=ClaimNature.B2B_INVOICE,
            debtor_type=DebtorType.BUSINESS,
            due_date=day("31/01/2024"),
            has_title=True,
        )


def test_acknowledgment_before_expiry_starts_a_new_period_of_the_same_length():
    # Due 15/03/2024 (ends 15/03/2026). Written plan request 10/01/2026: new 2 years,
    # to 10/01/2028. Part payment 05/05/2027: again, to 05/05/2029.
    p = consumer_sale("15/03/2024", interruptions=[day("05/05/2027"), day("10/01/2026")])

    assert p.started_on == day("05/05/2027")
    assert p.ends_on == day("05/05/2029")
    assert "interrompue le 10/01/2026" in p.rule
    assert "interrompue le 05/05/2027" in p.rule


def test_acknowledgment_on_the_last_day_still_interrupts():
    p = consumer_sale("15/03/2024", interruptions=[day("15/03/2026")])

    assert p.ends_on == day("15/03/2028")


def test_payment_after_expiry_does_not_revive_the_debt():
    # Ends 15/03/2026; the debtor pays something on 01/04/2026: still prescribed.
    p = consumer_sale("15/03/2024", interruptions=[day("01/04/2026")])

    assert p.ends_on == day("15/03/2026")
    assert p.started_on == day("15/03/2024")
    assert is_prescribed(p, day("02/04/2026")) is True
    assert "01/04/2026: après l'expiration, sans effet" in p.rule


def test_interruption_before_the_due_date_changes_nothing():
    p = consumer_sale("15/03/2024", interruptions=[day("01/03/2024")])

    assert (p.started_on, p.ends_on) == (day("15/03/2024"), day("15/03/2026"))


def test_leap_day_due_date_ends_on_28_february():
    assert consumer_sale("29/02/2024").ends_on == day("28/02/2026")
    title = prescription(
        nature=ClaimNature.B2B_INVOICE,
        debtor_type=DebtorType.BUSINESS,
        due_date=day("31/01/2024"),
        has_title=True,
        title_date=day("29/02/2024"),
    )
    assert title.ends_on == day("28/02/2034")
    # An interruption on a leap day, five years later.
    b2b = prescription(
        nature=ClaimNature.B2B_INVOICE,
        debtor_type=DebtorType.BUSINESS,
        due_date=day("31/01/2024"),
        has_title=False,
        interruptions=[day("29/02/2028")],
    )
    assert b2b.ends_on == day("28/02/2033")


def test_adding_years():
    assert add_years(day("29/02/2024"), 4) == day("29/02/2028")
    assert add_years(day("29/02/2024"), 1) == day("28/02/2025")
    assert add_years(day("31/12/2024"), 2) == day("31/12/2026")
