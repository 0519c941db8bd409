"""The demo portfolio: reproducible, valid for the importer, and looking like a real book."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from itertools import islice
from statistics import median

import pytest
from stdnum.fr import siren as siren_number

from amiable.demo import words
from amiable.demo.generator import (
    PAYMENT_KEYS,
    PAYMENT_METHODS,
    ROW_KEYS,
    DemoPortfolio,
    generate,
)

TODAY = date(2026, 5, 15)
AMOUNT = re.compile(r"^\d+\.\d{2}$")
FICTION_PHONE = re.compile(r"^\+33(63998|19900)\d{4}$")
EXAMPLE_EMAIL = re.compile(r"^[a-z0-9.\-]+@example\.(com|net|org)$")


@pytest.fixture(scope="module")
def portfolio() -> DemoPortfolio:
    return generate(cases=5_000, seed=42, today=TODAY)


@pytest.fixture(scope="module")
def rows(portfolio: DemoPortfolio) -> list[dict[str, str]]:
    return list(portfolio.rows())


@pytest.fixture(scope="module")
def payments(portfolio: DemoPortfolio) -> list[dict[str, str]]:
    return list(portfolio.payments())


def _cases(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    by_case: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_case[row["case_ref"]].append(row)
    return by_case


def _digest(portfolio: DemoPortfolio) -> str:
    content = {
        "office": portfolio.office,
        "creditors": portfolio.creditors,
        "rows": list(portfolio.rows()),
        "payments": list(portfolio.payments()),
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


# --- reproducibility ---------------------------------------------------------------------


def test_the_same_seed_and_day_give_the_same_portfolio_every_time() -> None:
    first = generate(cases=300, seed=7, today=TODAY)
    second = generate(cases=300, seed=7, today=TODAY)

    assert first.office == second.office
    assert first.creditors == second.creditors
    assert list(first.rows()) == list(second.rows())
    assert list(first.rows()) == list(first.rows())  # regenerating the same object too
    assert list(first.payments()) == list(second.payments())


def test_another_seed_gives_another_portfolio() -> None:
    first = generate(cases=300, seed=7, today=TODAY)
    other = generate(cases=300, seed=8, today=TODAY)

    assert list(first.rows()) != list(other.rows())
    assert first.office != other.office


def test_a_larger_portfolio_starts_with_the_smaller_one() -> None:
    small = list(generate(cases=50, seed=3, today=TODAY).rows())
    large = list(islice(generate(cases=5_000, seed=3, today=TODAY).rows(), len(small)))

    assert large == small


def test_the_portfolio_is_identical_in_another_interpreter_with_another_hash_seed() -> None:
    expected = _digest(generate(cases=200, seed=11, today=TODAY))
    script = (
        "import hashlib, json; from datetime import date; "
        "from amiable.demo.generator import generate; "
        "p = generate(cases=200, seed=11, today=date(2026, 5, 15)); "
        "c = {'office': p.office, 'creditors': p.creditors, 'rows': list(p.rows()), "
        "'payments': list(p.payments())}; "
        "print(hashlib.sha256(json.dumps(c, sort_keys=True).encode()).hexdigest())"
    )
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
    )

    assert result.stdout.strip() == expected


def test_rows_stream_without_building_the_portfolio_first() -> None:
    huge = generate(cases=1_000_000_000, seed=42, today=TODAY)

    first_rows = list(islice(huge.rows(), 20))

    assert len(first_rows) == 20
    assert first_rows[0]["case_ref"] == "DOS-2026-000001"


# --- the standard import format ------------------------------------------------------------


def test_every_row_has_exactly_the_import_columns_all_as_text(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert tuple(row) == ROW_KEYS
        assert all(isinstance(value, str) for value in row.values())
        assert row["country"] == "FR"
        assert row["currency"] == "EUR"
        assert row["has_title"] in ("true", "false")


def test_one_case_gives_at_least_one_row() -> None:
    single = list(generate(cases=1, seed=42, today=TODAY).rows())

    assert len(single) >= 1
    assert {row["case_ref"] for row in single} == {"DOS-2026-000001"}


def test_no_case_gives_no_row_and_a_negative_count_is_refused() -> None:
    assert list(generate(cases=0, seed=42, today=TODAY).rows()) == []
    with pytest.raises(ValueError, match="zero or more"):
        generate(cases=-1, seed=42, today=TODAY)


def test_case_numbers_run_from_one_without_gaps(rows: list[dict[str, str]]) -> None:
    case_refs = list(dict.fromkeys(row["case_ref"] for row in rows))

    assert case_refs == [f"DOS-2026-{number:06d}" for number in range(1, 5_001)]


def test_references_are_readable_and_claims_unique_per_creditor(
    rows: list[dict[str, str]],
) -> None:
    claim_keys = [(row["creditor_ref"], row["claim_ref"]) for row in rows]

    assert len(set(claim_keys)) == len(claim_keys)
    assert all(re.fullmatch(r"DEB-\d{6}", row["debtor_ref"]) for row in rows)
    assert all(re.fullmatch(r"CRED-\d{3}", row["creditor_ref"]) for row in rows)
    assert all(re.fullmatch(r"[A-Z]{2,3}-(\d{4}-)?\d{5,9}", row["claim_ref"]) for row in rows)


def test_amounts_are_positive_with_a_dot_and_two_decimals(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert AMOUNT.fullmatch(row["principal"]), row["principal"]
        principal = Decimal(row["principal"])
        assert principal > 0
        assert principal.as_tuple().exponent == -2


def test_claims_are_issued_before_they_fall_due_and_due_15_to_700_days_ago(
    rows: list[dict[str, str]],
) -> None:
    for row in rows:
        issued = date.fromisoformat(row["issue_date"])
        due = date.fromisoformat(row["due_date"])
        assert 30 <= (due - issued).days <= 60
        assert TODAY - timedelta(days=700) <= due <= TODAY - timedelta(days=15)


def test_claims_of_a_case_come_oldest_first(rows: list[dict[str, str]]) -> None:
    for case_rows in _cases(rows).values():
        due_dates = [row["due_date"] for row in case_rows]
        assert due_dates == sorted(due_dates)


def test_a_few_claims_carry_an_enforceable_title_and_they_are_old(
    rows: list[dict[str, str]],
) -> None:
    titled = [row for row in rows if row["has_title"] == "true"]

    assert 0.005 <= len(titled) / len(rows) <= 0.06
    assert all(TODAY - date.fromisoformat(row["due_date"]) >= timedelta(days=365) for row in titled)


# --- who the debtors are -------------------------------------------------------------------


def test_about_seven_cases_in_ten_are_against_consumers(rows: list[dict[str, str]]) -> None:
    types = Counter(case_rows[0]["debtor_type"] for case_rows in _cases(rows).values())

    assert set(types) == {"consumer", "business"}
    assert 0.65 <= types["consumer"] / 5_000 <= 0.75


def test_the_nature_of_a_claim_matches_its_debtor(rows: list[dict[str, str]]) -> None:
    for row in rows:
        if row["debtor_type"] == "business":
            assert row["nature"] == "b2b_invoice"
        else:
            assert row["nature"] in ("b2c_sale", "consumer_credit", "other")


def test_business_debtors_have_a_valid_siren_and_consumers_none(
    portfolio: DemoPortfolio, rows: list[dict[str, str]]
) -> None:
    sirens_by_debtor = {}
    for row in rows:
        if row["debtor_type"] == "business":
            assert siren_number.is_valid(row["siren"]), row["siren"]
            sirens_by_debtor[row["debtor_ref"]] = row["siren"]
        else:
            assert row["siren"] == ""
    # One company, one SIREN: no two debtors share one, nor with the office or its creditors.
    others = {portfolio.office["siren"]} | {str(c["siren"]) for c in portfolio.creditors}
    assert len(set(sirens_by_debtor.values())) == len(sirens_by_debtor)
    assert not others & set(sirens_by_debtor.values())


def test_phone_numbers_are_in_the_ranges_reserved_for_fiction(
    portfolio: DemoPortfolio, rows: list[dict[str, str]]
) -> None:
    phones = [row["phone"] for row in rows]

    assert all(FICTION_PHONE.fullmatch(phone) for phone in phones if phone)
    assert 0.7 <= sum(1 for phone in phones if phone) / len(phones) <= 0.9
    assert FICTION_PHONE.fullmatch(portfolio.office["phone"])


def test_emails_are_on_example_domains_only(
    portfolio: DemoPortfolio, rows: list[dict[str, str]]
) -> None:
    consumer_emails = [row["email"] for row in rows if row["debtor_type"] == "consumer"]

    assert all(EXAMPLE_EMAIL.fullmatch(row["email"]) for row in rows if row["email"]), [
        row["email"] for row in rows if row["email"] and not EXAMPLE_EMAIL.fullmatch(row["email"])
    ][:5]
    assert sum(1 for email in consumer_emails if email) / len(consumer_emails) >= 0.75
    assert portfolio.office["email"].endswith("@example.org")


def test_addresses_are_french_with_real_postcodes(rows: list[dict[str, str]]) -> None:
    communes = {(postcode, city) for postcode, city, _weight in words.COMMUNES}

    for row in rows:
        assert (row["postcode"], row["city"]) in communes
        assert re.fullmatch(r"\d+( bis)? \S.+", row["address"]), row["address"]
    departments = {row["postcode"][:2] for row in rows} | {row["postcode"][:3] for row in rows}
    assert {"57", "67", "68"} <= departments  # Alsace-Moselle and its local law
    assert {"971", "972", "974"} & departments  # overseas


def test_a_debtor_owing_several_creditors_keeps_one_identity(rows: list[dict[str, str]]) -> None:
    identity_keys = ("debtor_type", "debtor_name", "siren", "email", "phone", "address", "city")
    identities: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    creditors: dict[str, set[str]] = defaultdict(set)
    cases: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        identities[row["debtor_ref"]].add(tuple(row[key] for key in identity_keys))
        creditors[row["debtor_ref"]].add(row["creditor_ref"])
        cases[row["debtor_ref"]].add(row["case_ref"])

    assert all(len(found) == 1 for found in identities.values())
    several = [ref for ref, refs in cases.items() if len(refs) > 1]
    assert len(several) >= 50
    # One case per debtor and creditor: the second creditor is always another one.
    assert all(len(creditors[ref]) == len(cases[ref]) for ref in several)


def test_amounts_look_like_a_collection_agency_book(rows: list[dict[str, str]]) -> None:
    consumer = [
        Decimal(row["principal"])
        for row in rows
        if row["debtor_type"] == "consumer" and row["nature"] != "consumer_credit"
    ]
    credit = [Decimal(row["principal"]) for row in rows if row["nature"] == "consumer_credit"]
    business = [Decimal(row["principal"]) for row in rows if row["debtor_type"] == "business"]

    assert Decimal(120) <= median(consumer) <= Decimal(260)
    assert max(consumer) >= Decimal(1_500)
    assert all(Decimal(500) <= amount <= Decimal(15_000) for amount in credit)
    assert Decimal(1_200) <= median(business) <= Decimal(2_600)
    assert max(business) >= Decimal(20_000)


def test_most_cases_hold_few_claims_and_some_businesses_many(rows: list[dict[str, str]]) -> None:
    sizes = Counter(len(case_rows) for case_rows in _cases(rows).values())
    business_sizes = [
        len(case_rows)
        for case_rows in _cases(rows).values()
        if case_rows[0]["debtor_type"] == "business"
    ]

    assert (sizes[1] + sizes[2] + sizes[3]) / 5_000 >= 0.8
    assert sum(1 for size in business_sizes if size >= 10) >= 10


# --- payments already received -------------------------------------------------------------


def test_payments_have_their_columns_and_known_methods(payments: list[dict[str, str]]) -> None:
    assert payments
    for payment in payments:
        assert tuple(payment) == PAYMENT_KEYS
        assert payment["method"] in PAYMENT_METHODS
        assert AMOUNT.fullmatch(payment["amount"])
        assert Decimal(payment["amount"]) > 0
    references = [payment["reference"] for payment in payments]
    assert len(set(references)) == len(references)


def test_about_a_quarter_of_cases_have_part_payments(payments: list[dict[str, str]]) -> None:
    paid_cases = {payment["case_ref"] for payment in payments}
    per_case = Counter(payment["case_ref"] for payment in payments)

    assert 0.2 <= len(paid_cases) / 5_000 <= 0.3
    assert set(per_case.values()) <= {1, 2, 3}


def test_payments_never_reach_the_principal_and_fall_after_the_due_date(
    rows: list[dict[str, str]], payments: list[dict[str, str]]
) -> None:
    claims = {(row["case_ref"], row["claim_ref"]): row for row in rows}
    paid: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for payment in payments:
        key = (payment["case_ref"], payment["claim_ref"])
        claim = claims[key]  # every payment is for a claim of the same case
        paid[key] += Decimal(payment["amount"])
        paid_on = date.fromisoformat(payment["paid_on"])
        assert date.fromisoformat(claim["due_date"]) < paid_on < TODAY

    for key, total in paid.items():
        assert total < Decimal(claims[key]["principal"])


# --- the office and its creditors ----------------------------------------------------------


def test_the_office_is_complete_with_a_valid_siren(portfolio: DemoPortfolio) -> None:
    office = portfolio.office

    assert set(office) == {"name", "siren", "address", "postcode", "city", "email", "phone"}
    assert siren_number.is_valid(office["siren"])
    assert all(office.values())


def test_creditors_hold_a_mandate_within_the_rules(
    portfolio: DemoPortfolio, rows: list[dict[str, str]]
) -> None:
    creditors = portfolio.creditors

    assert 6 <= len(creditors) <= 10
    assert [c["ref"] for c in creditors] == [f"CRED-{n:03d}" for n in range(1, len(creditors) + 1)]
    assert {row["creditor_ref"] for row in rows} <= {str(c["ref"]) for c in creditors}
    for creditor in creditors:
        assert siren_number.is_valid(str(creditor["siren"]))
        assert creditor["is_natural_person"] is False
        assert creditor["segment"] in ("b2c", "b2b", "mixed")
        mandate = creditor["mandate"]
        assert isinstance(mandate, dict)
        assert str(mandate["basis"]).startswith("Mandat de recouvrement amiable")
        assert date.fromisoformat(mandate["signed_on"]) < TODAY - timedelta(days=700)
        assert mandate["fee_basis"] in ("percent_of_collected", "flat_per_case")
        if mandate["fee_basis"] == "flat_per_case":
            assert AMOUNT.fullmatch(mandate["flat_fee"])
        else:
            assert mandate["flat_fee"] == ""
            assert Decimal(mandate["fee_rate_percent"]) > 0
        assert 0 < mandate["payover_days"] <= 30  # R124-6: within one month
        assert 3 <= mandate["max_instalments"] <= 12
        assert mandate["max_plan_months"] >= mandate["max_instalments"]
        assert AMOUNT.fullmatch(mandate["min_instalment"])
        assert Decimal(0) <= Decimal(mandate["lump_sum_discount_percent"]) <= Decimal(10)
        assert mandate["allocation_order"] == "interest,indemnity,fee,principal"
        assert isinstance(mandate["late_interest"], bool)
        # The €40 indemnity is owed only between professionals.
        assert mandate["fixed_indemnity"] is (creditor["segment"] != "b2c")


def test_creditors_bill_only_the_debtors_of_their_segment(
    portfolio: DemoPortfolio, rows: list[dict[str, str]]
) -> None:
    segments = {str(c["ref"]): c["segment"] for c in portfolio.creditors}
    for row in rows:
        segment = segments[row["creditor_ref"]]
        if segment == "b2c":
            assert row["debtor_type"] == "consumer"
        elif segment == "b2b":
            assert row["debtor_type"] == "business"
