"""Statements of account, worked out by hand like a credit controller would.

Conventions under test: simple interest, actual/365 (leap years too), from the start day
inclusive to the statement date inclusive; an entry takes effect at the end of its day.
B2B rate for 2024 S1: ECB 4.50 % + 10 = 14.50 %; 2024 S2: 4.25 % + 10 = 14.25 %.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amiable.core.money import quantize
from amiable.ledger.choices import ClaimNature, Component, DebtorType, EntryKind
from amiable.ledger.rates import RateTables, Semester
from amiable.ledger.rules import (
    ClaimTerms,
    Entry,
    LedgerError,
    Statement,
    compute_statement,
    fee_allowed,
)

RATES = RateTables.load_default()


def day(text: str) -> date:
    """A date as the office writes it: "31/01/2024"."""
    dd, mm, yyyy = text.split("/")
    return date(int(yyyy), int(mm), int(dd))


def invoice(claim_id: int | str = 1, *, due: str = "31/01/2024", **overrides) -> ClaimTerms:
    """A B2B invoice, company to company, unless overridden."""
    fields = {
        "claim_id": claim_id,
        "reference": f"F-{claim_id}",
        "nature": ClaimNature.B2B_INVOICE,
        "debtor_type": DebtorType.BUSINESS,
        "issue_date": day("01/01/2024"),
        "due_date": day(due),
    }
    fields.update(overrides)
    return ClaimTerms(**fields)


def consumer_sale(claim_id: int | str = 1, *, due: str = "31/01/2024", **overrides) -> ClaimTerms:
    overrides.setdefault("nature", ClaimNature.B2C_SALE)
    overrides.setdefault("debtor_type", DebtorType.CONSUMER)
    return invoice(claim_id, due=due, **overrides)


def principal(claim_id, amount: str, on: str = "01/01/2024") -> Entry:
    return Entry(EntryKind.PRINCIPAL, Decimal(amount), day(on), claim_id=claim_id)


def payment(amount: str, on: str, claim_id=None, entry_id=None) -> Entry:
    return Entry(EntryKind.PAYMENT, Decimal(amount), day(on), claim_id=claim_id, entry_id=entry_id)


def adjustment(claim_id, component: Component, amount: str, on: str) -> Entry:
    return Entry(
        EntryKind.ADJUSTMENT, Decimal(amount), day(on), claim_id=claim_id, component=component
    )


def statement(claims, entries, as_of: str, **options) -> Statement:
    options.setdefault("rates", RATES)
    return compute_statement(claims, entries, day(as_of), **options)


# B2B: late-payment interest and the €40 (C. com. L441-10 II, D441-5) ----------------------


def test_b2b_invoice_bears_ecb_plus_ten_from_the_day_after_due_date_and_40_euros():
    # 1 000 € due 31/01/2024, unpaid on 30/04/2024: 1/02 to 30/04 inclusive is 90 days
    # (29 + 31 + 30) at 14.50 %: 1 000 × 14.50 % × 90 / 365 = 35.753… = 35.75 €. Plus 40 €.
    result = statement([invoice()], [principal(1, "1000")], "30/04/2024")

    claim = result.claim(1)
    assert claim.principal == Decimal("1000.00")
    assert claim.interest == Decimal("35.75")
    assert claim.indemnity == Decimal("40.00")
    assert claim.balance == Decimal("1075.75")
    [line] = claim.lines
    assert (line.start, line.end, line.days) == (day("01/02/2024"), day("30/04/2024"), 90)
    assert (line.base, line.rate, line.amount) == (
        Decimal("1000.00"),
        Decimal("14.50"),
        Decimal("35.75"),
    )
    assert line.rule == "L441-10 C. com.: BCE 4.50 % + 10 pts"
    assert result.warnings == ()  # 2024 S1 ECB rate is verified


def test_interest_counts_the_statement_date_and_nothing_on_the_due_date():
    # On the due date nothing is late yet; the next day is one day of interest:
    # 1 000 × 14.50 % / 365 = 0.397 = 0.40 €, and the €40 is due.
    on_due_date = statement([invoice()], [principal(1, "1000")], "31/01/2024").claim(1)
    next_day = statement([invoice()], [principal(1, "1000")], "01/02/2024").claim(1)

    assert (on_due_date.interest, on_due_date.indemnity, on_due_date.lines) == (
        Decimal("0.00"),
        Decimal("0.00"),
        (),
    )
    assert (next_day.interest, next_day.indemnity) == (Decimal("0.40"), Decimal("40.00"))
    assert next_day.lines[0].days == 1


def test_period_spanning_a_semester_change_is_split_at_1_july():
    # 1 000 € due 31/05/2024, statement 31/07/2024:
    # 1/06–30/06: 30 days at 14.50 % = 11.917… = 11.92 €
    # 1/07–31/07: 31 days at 14.25 % (ECB 4.25 % on 1 July) = 12.102… = 12.10 €
    result = statement([invoice(due="31/05/2024")], [principal(1, "1000")], "31/07/2024")

    first, second = result.claim(1).lines
    assert (first.days, first.rate, first.amount) == (30, Decimal("14.50"), Decimal("11.92"))
    assert (second.start, second.days, second.rate, second.amount) == (
        day("01/07/2024"),
        31,
        Decimal("14.25"),
        Decimal("12.10"),
    )
    assert second.rule == "L441-10 C. com.: BCE 4.25 % + 10 pts"
    assert result.claim(1).interest == Decimal("24.02")


def test_contract_rate_at_least_three_times_the_legal_rate_applies():
    # 2024 S1 legal rate "other cases" 5.07 %, so the floor is 15.21 %. A 16 % clause holds:
    # 1 000 × 16 % × 90 / 365 = 39.452… = 39.45 €.
    terms = invoice(contract_rate=Decimal("16"))
    claim = statement([terms], [principal(1, "1000")], "30/04/2024").claim(1)

    assert claim.interest == Decimal("39.45")
    assert (
        claim.lines[0].rule == "L441-10 C. com.: taux contractuel 16.00 % (≥ 3 × taux légal 5.07 %)"
    )


def test_contract_rate_below_three_times_the_legal_rate_falls_back_to_ecb_plus_ten():
    # 15 % < 15.21 %: the clause is ignored, ECB 4.50 % + 10 = 14.50 % applies: 35.75 €.
    terms = invoice(contract_rate=Decimal("15"))
    claim = statement([terms], [principal(1, "1000")], "30/04/2024").claim(1)

    assert claim.interest == Decimal("35.75")
    assert claim.lines[0].rate == Decimal("14.50")
    assert "taux contractuel 15.00 % < 3 × taux légal 5.07 %" in claim.lines[0].rule


def test_mandate_may_waive_interest_and_the_fixed_indemnity():
    terms = invoice(late_interest=False, fixed_indemnity=False)
    claim = statement([terms], [principal(1, "1000")], "30/04/2024").claim(1)

    assert (claim.interest, claim.indemnity, claim.balance) == (
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("1000.00"),
    )


def test_invoice_paid_on_its_due_date_owes_neither_interest_nor_indemnity():
    result = statement(
        [invoice()], [principal(1, "1000"), payment("1000", "31/01/2024")], "30/04/2024"
    )

    assert result.total_due == Decimal("0.00")
    assert result.claim(1).charged[Component.INDEMNITY] == Decimal("0.00")
    assert result.claim(1).lines == ()


def test_half_paid_on_due_date_the_rest_is_late_and_owes_the_40_euros():
    # 500 € left from 1/02 to 30/04: 500 × 14.50 % × 90 / 365 = 17.876… = 17.88 €.
    result = statement(
        [invoice()], [principal(1, "1000"), payment("500", "31/01/2024")], "30/04/2024"
    )

    claim = result.claim(1)
    assert (claim.principal, claim.interest, claim.indemnity) == (
        Decimal("500.00"),
        Decimal("17.88"),
        Decimal("40.00"),
    )


# Payments: interest first, mandate order, named claim, oldest first, over-payment --------


def test_partial_payment_goes_to_interest_then_indemnity_then_principal():
    # On 30/04/2024 the debtor owes 35.75 interest + 40 indemnity + 1 000 principal and pays
    # 500: 35.75 + 40 + 424.25. Principal left 575.75, which bears interest from 1/05:
    # 575.75 × 14.50 % × 31 / 365 = 7.090… = 7.09 € on 31/05/2024.
    result = statement(
        [invoice()], [principal(1, "1000"), payment("500", "30/04/2024")], "31/05/2024"
    )

    [allocation] = result.allocations
    assert [(part.component, part.amount) for part in allocation.parts] == [
        (Component.INTEREST, Decimal("35.75")),
        (Component.INDEMNITY, Decimal("40.00")),
        (Component.PRINCIPAL, Decimal("424.25")),
    ]
    claim = result.claim(1)
    assert (claim.principal, claim.interest, claim.indemnity) == (
        Decimal("575.75"),
        Decimal("7.09"),
        Decimal("0.00"),
    )
    assert claim.paid == Decimal("500.00")
    assert claim.balance == Decimal("582.84")
    # The period is split at the payment date: the payment day still bore interest on 1 000.
    assert [(line.start, line.end, line.base) for line in claim.lines] == [
        (day("01/02/2024"), day("30/04/2024"), Decimal("1000.00")),
        (day("01/05/2024"), day("31/05/2024"), Decimal("575.75")),
    ]


def test_mandate_can_put_principal_first():
    # Same 500 € on 30/04/2024, but the mandate says principal first: principal 500 left,
    # which bears 500 × 14.50 % × 31 / 365 = 6.157… = 6.16 € in May. Interest 35.75 + 6.16.
    order = (Component.PRINCIPAL, Component.INTEREST, Component.INDEMNITY, Component.FEE)
    result = statement(
        [invoice()],
        [principal(1, "1000"), payment("500", "30/04/2024")],
        "31/05/2024",
        allocation_order=order,
    )

    claim = result.claim(1)
    assert (claim.principal, claim.interest, claim.indemnity) == (
        Decimal("500.00"),
        Decimal("41.91"),
        Decimal("40.00"),
    )
    assert claim.balance == Decimal("581.91")


def test_an_allocation_order_must_name_every_component_once():
    with pytest.raises(LedgerError, match="allocation order"):
        statement([invoice()], [], "30/04/2024", allocation_order=(Component.INTEREST,))


def two_invoices() -> tuple[list[ClaimTerms], list[Entry]]:
    # F-1: 1 000 € due 31/01/2024; F-2: 500 € due 29/02/2024.
    # On 30/04/2024 F-1 owes 35.75 interest + 40; F-2 owes 61 days (March 31 + April 30):
    # 500 × 14.50 % × 61 / 365 = 12.116… = 12.12 € interest + 40.
    claims = [invoice(1), invoice(2, due="29/02/2024")]
    return claims, [principal(1, "1000"), principal(2, "500")]


def test_payment_naming_an_invoice_pays_that_invoice_first():
    claims, entries = two_invoices()
    result = statement(claims, [*entries, payment("300", "30/04/2024", claim_id=2)], "30/04/2024")

    assert [tuple(part) for part in result.allocations[0].parts] == [
        (2, Component.INTEREST, Decimal("12.12")),
        (2, Component.INDEMNITY, Decimal("40.00")),
        (2, Component.PRINCIPAL, Decimal("247.88")),
    ]
    assert result.claim(2).principal == Decimal("252.12")
    assert result.claim(1).balance == Decimal("1075.75")  # the older invoice is untouched
    assert result.total_due == Decimal("1327.87")


def test_what_exceeds_the_named_invoice_goes_to_the_oldest_one():
    # 600 € naming F-2, which owes 552.12 in all; 47.88 left go to F-1: interest 35.75,
    # then 12.13 of its indemnity.
    claims, entries = two_invoices()
    result = statement(claims, [*entries, payment("600", "30/04/2024", claim_id=2)], "30/04/2024")

    assert result.claim(2).balance == Decimal("0.00")
    assert result.claim(1).interest == Decimal("0.00")
    assert result.claim(1).indemnity == Decimal("27.87")


def test_case_level_payment_is_spread_oldest_due_date_first():
    # 1 100 € unnamed: F-1 (due first) takes 1 075.75; the 24.25 left pay F-2's interest
    # 12.12 and 12.13 of its indemnity.
    claims, entries = two_invoices()
    result = statement(claims, [*entries, payment("1100", "30/04/2024")], "30/04/2024")

    assert result.claim(1).balance == Decimal("0.00")
    f2 = result.claim(2)
    assert (f2.principal, f2.interest, f2.indemnity) == (
        Decimal("500.00"),
        Decimal("0.00"),
        Decimal("27.87"),
    )
    assert result.total_paid == Decimal("1100.00")


def test_over_payment_becomes_a_credit_and_never_a_negative_principal():
    # 1 100 € against 1 075.75 due: 24.25 is owed back to the debtor. No more interest after.
    entries = [principal(1, "1000"), payment("1100", "30/04/2024", entry_id="virement-7")]
    result = statement([invoice()], entries, "31/12/2024")

    assert result.claim(1).principal == Decimal("0.00")
    assert result.total_due == Decimal("0.00")
    assert result.overpaid == Decimal("24.25")
    assert result.total_received == Decimal("1100.00")
    assert result.total_paid == Decimal("1075.75")
    assert result.allocations[0].entry.entry_id == "virement-7"
    assert result.allocations[0].unallocated == Decimal("24.25")
    assert len(result.claim(1).lines) == 1  # nothing accrued after the payment


def test_a_credit_is_set_off_against_a_fee_posted_later():
    # 24.25 € of credit, then a 30 € fee on 15/05/2024: 24.25 of it is paid by the credit.
    fee = Entry(EntryKind.FEE, Decimal("30"), day("15/05/2024"), claim_id=1)
    entries = [principal(1, "1000"), payment("1100", "30/04/2024"), fee]
    result = statement([invoice()], entries, "31/05/2024")

    assert result.overpaid == Decimal("0.00")
    assert result.claim(1).fees == Decimal("5.75")
    assert result.allocations[0].parts[-1] == (1, Component.FEE, Decimal("24.25"))


# Adjustments and manual postings ------------------------------------------------------------


def test_credit_note_on_principal_lowers_the_interest_base_from_the_next_day():
    # 1 000 € due 31/01/2024; credit note of 200 € dated 29/02/2024.
    # 1/02–29/02: 29 days on 1 000 = 11.520… = 11.52 €
    # 1/03–30/04: 61 days on 800 = 800 × 14.50 % × 61 / 365 = 19.386… = 19.39 €
    entries = [principal(1, "1000"), adjustment(1, Component.PRINCIPAL, "-200", "29/02/2024")]
    claim = statement([invoice()], entries, "30/04/2024").claim(1)

    assert [line.amount for line in claim.lines] == [Decimal("11.52"), Decimal("19.39")]
    assert (claim.principal, claim.interest, claim.indemnity) == (
        Decimal("800.00"),
        Decimal("30.91"),
        Decimal("40.00"),
    )


def test_credit_note_after_full_payment_is_owed_back_to_the_debtor():
    credit_note = adjustment(1, Component.PRINCIPAL, "-200", "15/05/2024")
    entries = [principal(1, "1000"), payment("1075.75", "30/04/2024"), credit_note]
    result = statement([invoice()], entries, "31/05/2024")

    assert result.total_due == Decimal("0.00")
    assert result.overpaid == Decimal("200.00")
    assert result.claim(1).principal == Decimal("0.00")  # not -200
    assert result.allocations[-1].entry == credit_note


def test_creditor_waives_part_of_the_interest_and_posts_a_fee():
    # 35.75 € of interest on 30/04/2024, 20 € waived; a 15 € fee posted on a business debtor.
    entries = [
        principal(1, "1000"),
        adjustment(1, Component.INTEREST, "-20", "30/04/2024"),
        Entry(EntryKind.FEE, Decimal("15"), day("30/04/2024"), claim_id=1),
        Entry(EntryKind.INTEREST, Decimal("2.50"), day("30/04/2024"), claim_id=1),
    ]
    claim = statement([invoice()], entries, "30/04/2024").claim(1)

    assert claim.interest == Decimal("18.25")  # 35.75 − 20 + 2.50 posted by hand
    assert claim.fees == Decimal("15.00")
    assert claim.balance == Decimal("1073.25")


def test_entries_dated_after_the_statement_date_are_not_counted():
    entries = [principal(1, "1000"), payment("500", "01/05/2024")]
    result = statement([invoice()], entries, "30/04/2024")

    assert result.total_paid == Decimal("0.00")
    assert result.allocations == ()


def test_money_must_be_decimal_and_entries_must_name_known_claims():
    with pytest.raises(LedgerError, match="Decimal"):
        statement(
            [invoice()], [Entry(EntryKind.PRINCIPAL, 1000.0, day("01/01/2024"), 1)], "30/04/2024"
        )  # type: ignore[arg-type]
    with pytest.raises(LedgerError, match="unknown claim"):
        statement([invoice()], [principal(9, "10")], "30/04/2024")
    with pytest.raises(LedgerError, match="names no claim"):
        statement(
            [invoice()], [Entry(EntryKind.FEE, Decimal("5"), day("01/02/2024"))], "30/04/2024"
        )


def test_a_ledger_fails_on_its_first_bad_entry_in_date_order():
    # Amounts are read ahead of the replay, but an amount that cannot be read still fails
    # in its turn: after the entries before it, and not at all once past the statement date.
    unknown_claim = Entry(EntryKind.FEE, Decimal("5"), day("01/02/2024"), claim_id=9)
    a_float = Entry(EntryKind.FEE, 12.5, day("01/03/2024"), claim_id=1)  # type: ignore[arg-type]
    not_a_number = Entry(EntryKind.FEE, Decimal("NaN"), day("01/03/2024"), claim_id=1)
    for bad_amount in (a_float, not_a_number):
        ledger = [principal(1, "1000"), bad_amount, unknown_claim]
        with pytest.raises(LedgerError, match="unknown claim 9"):
            statement([invoice()], ledger, "30/04/2024")
        earlier = replace(bad_amount, effective_date=day("15/01/2024"))
        with pytest.raises(LedgerError, match=r"never a float|not a number"):
            statement([invoice()], [principal(1, "1000"), earlier, unknown_claim], "30/04/2024")
        later = statement([invoice()], [principal(1, "1000"), bad_amount], "29/02/2024")
        assert later.claim(1).fees == Decimal("0.00")


# Consumers and other claims: interest from the formal notice only ---------------------------


def test_no_interest_and_no_indemnity_for_a_consumer_without_formal_notice():
    fee = Entry(EntryKind.FEE, Decimal("35"), day("15/02/2024"), claim_id=1)
    result = statement([consumer_sale()], [principal(1, "1000"), fee], "31/12/2024")

    claim = result.claim(1)
    assert (claim.interest, claim.indemnity, claim.fees) == (Decimal("0.00"),) * 3
    assert claim.lines == ()
    assert result.total_due == Decimal("1000.00")
    assert claim.charged[Component.FEE] == Decimal("0.00")  # the fee was not booked
    assert any("L111-8 CPCE" in warning for warning in result.warnings)


def test_consumer_owes_legal_interest_other_cases_rate_from_the_formal_notice():
    # Company creditor, notice dated 15/01/2026, statement 15/03/2026:
    # 17 + 28 + 15 = 60 days at 2.62 % (2026 S1, all other cases):
    # 1 000 × 2.62 % × 60 / 365 = 4.306… = 4.31 €. Never the €40.
    terms = consumer_sale(due="31/12/2025", formal_notice_date=day("15/01/2026"))
    claim = statement([terms], [principal(1, "1000", "01/12/2025")], "15/03/2026").claim(1)

    assert claim.interest == Decimal("4.31")
    assert claim.indemnity == Decimal("0.00")
    [line] = claim.lines
    assert line.start == day("15/01/2026")
    assert line.rule == (
        "1231-6 C. civ.: taux légal 2026-S1 2.62 % (autres cas) "
        "depuis la mise en demeure du 15/01/2026"
    )


def test_creditor_who_is_a_private_individual_uses_the_higher_legal_rate():
    # Same claim, creditor a natural person: 6.67 % → 1 000 × 6.67 % × 60 / 365 = 10.964… = 10.96 €.
    terms = consumer_sale(
        due="31/12/2025",
        nature=ClaimNature.OTHER,
        formal_notice_date=day("15/01/2026"),
        creditor_is_natural_person=True,
    )
    claim = statement([terms], [principal(1, "1000", "01/12/2025")], "15/03/2026").claim(1)

    assert claim.interest == Decimal("10.96")


def test_consumer_credit_bears_the_contract_rate_from_the_formal_notice():
    # 10 000 € loan, notice 01/02/2025, 12 % a year: 28 + 31 + 30 = 89 days
    # 10 000 × 12 % × 89 / 365 = 292.602… = 292.60 €.
    terms = consumer_sale(
        nature=ClaimNature.CONSUMER_CREDIT,
        due="15/01/2025",
        contract_rate=Decimal("12"),
        formal_notice_date=day("01/02/2025"),
    )
    claim = statement([terms], [principal(1, "10000", "01/01/2024")], "30/04/2025").claim(1)

    assert claim.interest == Decimal("292.60")
    assert claim.lines[0].rule == (
        "L312-39 C. consom.: taux contractuel 12.00 % depuis la mise en demeure du 01/02/2025"
    )


def test_business_debtor_on_a_non_invoice_claim_gets_legal_interest_but_no_40_euros():
    terms = invoice(
        nature=ClaimNature.OTHER, formal_notice_date=day("15/01/2026"), due="31/12/2025"
    )
    claim = statement([terms], [principal(1, "1000", "01/12/2025")], "15/03/2026").claim(1)

    assert (claim.interest, claim.indemnity) == (Decimal("4.31"), Decimal("0.00"))


# Insolvency stop, missing and unverified rates --------------------------------------------


def test_insolvency_opening_stops_interest_after_that_day_but_keeps_the_40_euros():
    # Opening judgment 31/03/2024: 1/02–31/03 = 29 + 31 = 60 days
    # 1 000 × 14.50 % × 60 / 365 = 23.835… = 23.84 €, nothing after, even on 30/06/2024.
    terms = invoice(interest_stop_date=day("31/03/2024"))
    claim = statement([terms], [principal(1, "1000")], "30/06/2024").claim(1)

    assert claim.interest == Decimal("23.84")
    assert claim.lines[-1].end == day("31/03/2024")
    assert claim.indemnity == Decimal("40.00")


def test_insolvency_opened_before_the_due_date_means_no_interest_and_no_indemnity():
    terms = invoice(interest_stop_date=day("15/01/2024"))
    claim = statement([terms], [principal(1, "1000")], "30/06/2024").claim(1)

    assert (claim.interest, claim.indemnity) == (Decimal("0.00"), Decimal("0.00"))


def tables_until_2026_s1() -> RateTables:
    """The shipped tables as they stand in mid-2026, whatever is added later."""
    last = Semester(2026, 1)
    return RateTables(
        legal=[row for row in RATES.legal_rows if row.semester <= last],
        ecb=[row for row in RATES.ecb_rows if row.semester <= last],
    )


def test_missing_2026_s2_rate_stops_interest_on_30_june_with_a_warning():
    # 1 000 € due 31/05/2026, statement 31/07/2026. June: 30 days at 2.15 % + 10 = 12.15 %
    # = 1 000 × 12.15 % × 30 / 365 = 9.986… = 9.99 €. July: no known rate, nothing computed.
    terms = invoice(due="31/05/2026")
    result = statement([terms], [principal(1, "1000")], "31/07/2026", rates=tables_until_2026_s1())

    claim = result.claim(1)
    assert claim.interest == Decimal("9.99")
    assert claim.lines[-1].end == day("30/06/2026")
    assert claim.indemnity == Decimal("40.00")
    assert (
        "no ECB refinancing rate for 2026-S2: interest stops on 30/06/2026 (claims F-1)"
        in result.warnings
    )
    # The 2026 S1 ECB rate itself is unverified (compliance.md): said too.
    assert any("unverified rate used: ECB rate 2026-S1" in warning for warning in result.warnings)


def test_unverified_rate_from_memory_is_named_in_a_warning():
    # Due 31/12/2018, statement 31/01/2019: 31 days at 0.00 % + 10 = 10 %:
    # 1 000 × 10 % × 31 / 365 = 8.493… = 8.49 €, computed but flagged.
    terms = invoice(issue_date=day("01/12/2018"), due="31/12/2018")
    result = statement([terms], [principal(1, "1000", "01/12/2018")], "31/01/2019")

    assert result.claim(1).interest == Decimal("8.49")
    assert result.warnings == (
        "unverified rate used: ECB rate 2019-S1 0.00 %; source: from memory, "
        "to be checked against the ECB key interest rates page",
    )


# Fees toward the debtor (L111-8 CPCE, L441-10 C. com.) --------------------------------------


def test_no_recovery_fee_of_any_kind_toward_a_consumer():
    for kind in ("fixed_indemnity", "recovery_fee", "file_fee", "legal_act"):
        allowed, reason = fee_allowed(
            nature=ClaimNature.B2C_SALE, debtor_type=DebtorType.CONSUMER, fee_kind=kind
        )
        assert allowed is False
        assert "L111-8 CPCE" in reason


def test_fees_toward_a_business():
    b2b = {"nature": ClaimNature.B2B_INVOICE, "debtor_type": DebtorType.BUSINESS}
    assert fee_allowed(**b2b, fee_kind="fixed_indemnity")[0] is True
    assert fee_allowed(**b2b, fee_kind="additional_recovery_costs") == (
        True,
        "L441-10 II C. com.: further compensation beyond the 40 €, on proof of the actual "
        "costs (attach the invoices)",
    )
    assert fee_allowed(**b2b, fee_kind="reminder_fee")[0] is False
    assert fee_allowed(**b2b, fee_kind="something_new")[0] is False
    other = {"nature": ClaimNature.OTHER, "debtor_type": DebtorType.BUSINESS}
    assert fee_allowed(**other, fee_kind="fixed_indemnity")[0] is False


# Speed --------------------------------------------------------------------------------------


def test_a_case_of_50_invoices_and_200_entries_computes_in_a_few_milliseconds():
    claims = [
        invoice(n, issue_date=date(2024, 1, 1), due=f"{1 + n % 28:02d}/{1 + n % 12:02d}/2024")
        for n in range(50)
    ]
    entries = [principal(n, f"{1000 + 37 * n}") for n in range(50)]
    entries += [
        payment(f"{150 + n}", f"{1 + n % 28:02d}/{1 + n % 12:02d}/2025", claim_id=n % 7 or None)
        for n in range(150)
    ]
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        result = compute_statement(claims, entries, day("30/06/2026"), rates=RATES)
        best = min(best, time.perf_counter() - started)

    assert result.total_paid + result.total_due == result.total_charged
    assert best < 0.02, f"{best * 1000:.2f} ms"


# Properties ---------------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31))
CENTS = st.integers(min_value=1, max_value=500_000).map(lambda cents: Decimal(cents) / 100)


@st.composite
def cases(draw) -> tuple[list[ClaimTerms], list[Entry], date]:
    count = draw(st.integers(min_value=1, max_value=4))
    claims = []
    entries: list[Entry] = []
    for claim_id in range(count):
        issue = draw(st.dates(min_value=date(2023, 1, 1), max_value=date(2025, 12, 31)))
        due = issue + draw(
            st.timedeltas(min_value=date.resolution * 0, max_value=date.resolution * 90)
        )
        claims.append(
            ClaimTerms(
                claim_id=claim_id,
                reference=f"F-{claim_id}",
                nature=draw(st.sampled_from(ClaimNature)),
                debtor_type=draw(st.sampled_from(DebtorType)),
                issue_date=issue,
                due_date=due,
                creditor_is_natural_person=draw(st.booleans()),
                contract_rate=draw(st.none() | st.sampled_from([Decimal("8"), Decimal("18")])),
                formal_notice_date=draw(st.none() | DAYS),
                interest_stop_date=draw(st.none() | DAYS),
            )
        )
        entries.append(Entry(EntryKind.PRINCIPAL, draw(CENTS), issue, claim_id=claim_id))
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        # Reversals name a payment: the tests above make them (a bare one is refused).
        kinds = [kind for kind in EntryKind if kind is not EntryKind.REVERSAL]
        kind = draw(st.sampled_from([EntryKind.PAYMENT] * 3 + kinds))
        claim_id = draw(st.sampled_from(range(count)))
        amount = draw(CENTS)
        component = None
        if kind is EntryKind.ADJUSTMENT:
            component = draw(st.sampled_from(Component))
            amount = amount if draw(st.booleans()) else -amount
        if kind is EntryKind.PAYMENT and draw(st.booleans()):
            claim_id = None
        entries.append(Entry(kind, amount, draw(DAYS), claim_id=claim_id, component=component))
    order = draw(st.permutations(list(Component)))
    return claims, entries, draw(DAYS), tuple(order)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_properties_of_every_statement(case):
    claims, entries, as_of, order = case
    result = compute_statement(claims, entries, as_of, rates=RATES, allocation_order=order)

    # Everything charged is either paid or still due.
    assert result.total_paid + result.total_due == result.total_charged
    # Every euro received (or credited back) is either allocated or held as a credit.
    assert sum((a.amount for a in result.allocations), Decimal(0)) == (
        result.total_paid + result.overpaid
    )
    received = sum(
        (e.amount for e in entries if e.kind is EntryKind.PAYMENT and e.effective_date <= as_of),
        Decimal(0),
    )
    assert result.total_received == received
    assert result.overpaid >= 0
    for claim in result.claims:
        terms = next(t for t in claims if t.claim_id == claim.claim_id)
        for component in Component:
            allocated = sum(
                (
                    part.amount
                    for allocation in result.allocations
                    for part in allocation.parts
                    if part.claim_id == claim.claim_id and part.component is component
                ),
                Decimal(0),
            )
            # No component goes negative, and none is paid beyond what was charged.
            assert claim.due(component) >= 0
            assert allocated + claim.due(component) == claim.charged[component]
        assert claim.paid + claim.balance == sum(claim.charged.values(), Decimal(0))
        # What was charged is what the entries and the interest lines say, when no
        # adjustment blurs the picture.
        mine = [e for e in entries if e.claim_id == claim.claim_id and e.effective_date <= as_of]
        if not any(e.kind is EntryKind.ADJUSTMENT for e in mine):
            posted = {
                kind: sum((e.amount for e in mine if e.kind is kind), Decimal(0))
                for kind in EntryKind
            }
            lines = sum((line.amount for line in claim.lines), Decimal(0))
            assert claim.charged[Component.PRINCIPAL] == posted[EntryKind.PRINCIPAL]
            assert claim.charged[Component.INTEREST] == lines + posted[EntryKind.INTEREST]
            if terms.debtor_type is DebtorType.BUSINESS:
                assert claim.charged[Component.FEE] == posted[EntryKind.FEE]
                computed = claim.charged[Component.INDEMNITY] - posted[EntryKind.INDEMNITY]
                assert computed in (0, 40)
        if terms.debtor_type is DebtorType.CONSUMER:
            assert claim.charged[Component.INDEMNITY] == 0
            assert claim.charged[Component.FEE] == 0
        for line in claim.lines:
            assert line.end <= as_of
            assert terms.interest_stop_date is None or line.end <= terms.interest_stop_date
            assert Semester.of(line.start) == Semester.of(line.end)
            assert line.base > 0


def test_statement_is_immutable():
    result = statement([invoice()], [principal(1, "1000")], "30/04/2024")
    with pytest.raises(AttributeError):
        result.total_due = Decimal(0)  # type: ignore[misc]
    assert replace(result.claim(1), balance=Decimal(0)).balance == 0


# The fast calculator: integer cents inside, the same Decimals outside -----------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.integers(min_value=1, max_value=10**11),  # cents: up to a billion euros
    rate=st.integers(min_value=0, max_value=400_000).map(lambda n: Decimal(n).scaleb(-4))
    | st.sampled_from([Decimal("12"), Decimal("1.2E+1"), Decimal("14.50"), Decimal("0.005")]),
    notice=st.dates(min_value=date(2023, 1, 1), max_value=date(2025, 12, 31)),
    as_of=st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 6, 30)),
    payments=st.lists(
        st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 6, 30)), max_size=3
    ),
)
def test_each_interest_line_is_the_decimal_formula_rounded_half_up(
    base, rate, notice, as_of, payments
):
    # Lines are computed in integers; each must still be, to the cent and to the digit,
    # quantize(base × rate × days / 36 500), whatever the rate's decimals or the base.
    loan = consumer_sale(
        nature=ClaimNature.CONSUMER_CREDIT,
        due="31/12/2022",
        contract_rate=rate,
        formal_notice_date=notice,
    )
    b2b = invoice(2, due="31/12/2022")
    amount = Decimal(base) / 100
    entries = [
        Entry(EntryKind.PRINCIPAL, amount, day("01/12/2022"), claim_id=1),
        Entry(EntryKind.PRINCIPAL, amount, day("01/12/2022"), claim_id=2),
        *(
            Entry(EntryKind.PAYMENT, amount / 7, on, claim_id=1 + n % 2)
            for n, on in enumerate(payments)
        ),
    ]
    result = compute_statement([loan, b2b], entries, as_of, rates=RATES)

    for claim in result.claims:
        for line in claim.lines:
            expected = quantize(line.base * line.rate * line.days / Decimal(36_500))
            assert str(line.amount) == str(expected)


def test_amounts_with_more_than_two_decimals_are_rounded_half_up_on_the_way_in():
    entries = [
        principal(1, "1000.005"),
        Entry(EntryKind.FEE, Decimal("10.0049"), day("01/02/2024"), claim_id=1),
        adjustment(1, Component.FEE, "-0.015", "02/02/2024"),
        payment("100.125", "31/01/2024"),
    ]
    result = statement([invoice()], entries, "31/01/2024")

    claim = result.claim(1)
    assert str(claim.charged[Component.PRINCIPAL]) == "1000.01"
    assert str(claim.charged[Component.FEE]) == "0.00"  # not yet: dated after 31/01
    assert str(result.allocations[0].amount) == "100.13"
    later = statement([invoice()], entries, "02/02/2024").claim(1)
    assert str(later.charged[Component.FEE]) == "9.98"  # 10.00 - 0.02


def test_rates_are_not_reused_from_other_tables():
    # The calculator keeps what it derived from a rate table for later cases; other tables
    # (a rate recorded by the office, a what-if) must give their own rates.
    low_ecb = RateTables(
        legal=RATES.legal_rows,
        ecb=[replace(row, rate=Decimal("1.00")) for row in RATES.ecb_rows],
    )
    shipped = statement([invoice()], [principal(1, "1000")], "30/04/2024")
    other = statement([invoice()], [principal(1, "1000")], "30/04/2024", rates=low_ecb)
    again = statement([invoice()], [principal(1, "1000")], "30/04/2024")

    assert [line.rate for line in shipped.claim(1).lines] == [Decimal("14.50")]
    assert [line.rate for line in other.claim(1).lines] == [Decimal("11.00")]
    assert again == shipped


def test_a_contract_rate_is_shown_as_written_in_each_case():
    # 16 and 16.0 are equal numbers, but each statement shows its own claim's rate.
    for written in ("16", "16.0", "16.00"):
        terms = invoice(contract_rate=Decimal(written))
        [line] = statement([terms], [principal(1, "1000")], "30/04/2024").claim(1).lines
        assert str(line.rate) == written
        assert line.amount == Decimal("39.45")


def test_a_case_without_claims_holds_a_payment_as_a_credit():
    result = statement([], [payment("25", "15/01/2024")], "31/01/2024")

    assert result.claims == ()
    assert result.overpaid == Decimal("25.00")
    assert result.total_due == Decimal("0.00")
    assert result.due_by_component == dict.fromkeys(Component, Decimal("0.00"))


def test_statements_are_ordinary_dataclass_instances():
    # The calculator fills the frozen output objects without their __init__: they must be
    # exactly what the constructor would have made.
    result = statement(
        [invoice()], [principal(1, "1000"), payment("500", "30/04/2024")], "31/05/2024"
    )
    rebuilt = replace(result)
    assert rebuilt == result and vars(rebuilt) == vars(result)
    assert vars(replace(result.claim(1))) == vars(result.claim(1))
    assert vars(replace(result.allocations[0])) == vars(result.allocations[0])


def test_the_benchmark_case_is_a_long_case_with_every_rate_known():
    from amiable.ledger.bench_fixture import benchmark_case

    claims, entries, as_of = benchmark_case()
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        result = compute_statement(claims, entries, as_of, rates=RATES)
        best = min(best, time.perf_counter() - started)

    assert (len(claims), len(entries), as_of) == (50, 200, date(2026, 6, 15))
    assert sum(len(claim.lines) for claim in result.claims) > 200
    assert not any(warning.startswith("no ") for warning in result.warnings)
    assert result.total_paid + result.total_due == result.total_charged
    assert best < 0.02, f"{best * 1000:.2f} ms"


# Reversals: a returned direct debit, a chargeback, a refund ----------------------------------


def reversal(of: int, amount: str, on: str, entry_id: int = 99) -> Entry:
    return Entry(EntryKind.REVERSAL, Decimal(amount), day(on), entry_id=entry_id, reverses=of)


def test_a_reversed_payment_counts_until_the_reversal_and_never_after():
    paid = [principal(1, "1000"), payment("500", "30/04/2024", entry_id=7)]
    reversed_ = [*paid, reversal(7, "500", "10/05/2024")]
    never_paid = statement([invoice()], [principal(1, "1000")], "31/05/2024")

    before = statement([invoice()], reversed_, "09/05/2024")
    after = statement([invoice()], reversed_, "31/05/2024")

    # Before the return the payment stands; after it the ledger reads as if it never came:
    # the interest ran on the whole principal all along.
    assert before.total_received == Decimal("500.00")
    assert before.total_due == statement([invoice()], paid, "09/05/2024").total_due
    assert after.total_received == Decimal("0")
    assert after.allocations == ()
    assert after.total_due == never_paid.total_due
    assert after.claim(1).interest == never_paid.claim(1).interest > Decimal("35.75")


def test_a_reversal_of_something_else_or_twice_is_refused():
    entries = [principal(1, "1000"), payment("500", "30/04/2024", entry_id=7)]
    with pytest.raises(LedgerError, match="not a payment of this case"):
        statement([invoice()], [*entries, reversal(8, "500", "10/05/2024")], "31/05/2024")
    twice = [*entries, reversal(7, "500", "10/05/2024"), reversal(7, "500", "11/05/2024", 98)]
    with pytest.raises(LedgerError, match="reversed twice"):
        statement([invoice()], twice, "31/05/2024")
