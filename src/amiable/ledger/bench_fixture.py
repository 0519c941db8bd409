"""A realistic large case for timing `compute_statement` (used by `make bench`).

One business debtor, 50 B2B invoices issued over 2023–2026 with due dates spread out,
150 principal, credit-note, fee and manual-posting entries, 50 partial payments (some
naming an invoice), statement on 15 June 2026 so that every semester's rate is known.
Deterministic: the same case on every run and every machine.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from amiable.ledger.choices import ClaimNature, Component, DebtorType, EntryKind
from amiable.ledger.rules import ClaimTerms, Entry

AS_OF = date(2026, 6, 15)
_FIRST_ISSUE = date(2023, 1, 9)


def benchmark_case() -> tuple[list[ClaimTerms], list[Entry], date]:
    """(claims, entries, as_of) of one long B2B case: 50 claims, 200 entries."""
    rng = random.Random(20260615)
    claims: list[ClaimTerms] = []
    entries: list[Entry] = []
    for number in range(1, 51):
        # An invoice about every 3 weeks, payable at 30, 45 or 60 days.
        issue = _FIRST_ISSUE + timedelta(days=(number - 1) * 25 + rng.randint(0, 6))
        due = issue + timedelta(days=rng.choice((30, 45, 60)))
        claims.append(
            ClaimTerms(
                claim_id=number,
                reference=f"FA-{issue.year}-{number:04d}",
                nature=ClaimNature.B2B_INVOICE,
                debtor_type=DebtorType.BUSINESS,
                issue_date=issue,
                due_date=due,
                # One contract in five stipulates 16 %: above 3 × the legal rate in some
                # semesters, below in others.
                contract_rate=Decimal("16") if number % 5 == 0 else None,
            )
        )
        entries.append(Entry(EntryKind.PRINCIPAL, _cents(rng, 80_000, 1_200_000), issue, number))
    entries += _other_postings(rng, claims)
    entries += _payments(rng, claims)
    return claims, entries, AS_OF


def _other_postings(rng: random.Random, claims: list[ClaimTerms]) -> list[Entry]:
    """100 credit notes, interest waivers, legal-act fees and hand-posted interest."""
    postings = []
    for index in range(100):
        terms = claims[rng.randrange(len(claims))]
        on = min(terms.due_date + timedelta(days=rng.randint(-20, 700)), AS_OF)
        kind = index % 4
        if kind == 0:  # a credit note on the principal
            entry = Entry(
                EntryKind.ADJUSTMENT,
                -_cents(rng, 1_000, 20_000),
                on,
                terms.claim_id,
                component=Component.PRINCIPAL,
            )
        elif kind == 1:  # the cost of an act the law requires (L111-8 CPCE)
            entry = Entry(EntryKind.FEE, _cents(rng, 2_000, 15_000), on, terms.claim_id)
        elif kind == 2:  # part of the interest waived
            entry = Entry(
                EntryKind.ADJUSTMENT,
                -_cents(rng, 100, 3_000),
                on,
                terms.claim_id,
                component=Component.INTEREST,
            )
        else:  # interest posted by hand (e.g. agreed in a settlement)
            entry = Entry(EntryKind.INTEREST, _cents(rng, 100, 5_000), on, terms.claim_id)
        postings.append(entry)
    return postings


def _payments(rng: random.Random, claims: list[ClaimTerms]) -> list[Entry]:
    """50 partial payments from mid-2023 to the statement date, one in two naming a claim."""
    payments = []
    first, last = date(2023, 5, 2), AS_OF
    span = (last - first).days
    for index in range(50):
        on = first + timedelta(days=span * index // 50 + rng.randint(0, 10))
        named = None
        if index % 2 == 0:
            issued = [terms for terms in claims if terms.issue_date <= on]
            named = rng.choice(issued).claim_id if issued else None
        payments.append(
            Entry(
                EntryKind.PAYMENT,
                _cents(rng, 30_000, 250_000),
                min(on, last),
                named,
                entry_id=f"VIR-{index + 1:03d}",
            )
        )
    return payments


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount from `low` to `high` cents, with two decimals like a stored amount."""
    return Decimal(rng.randint(low, high)).scaleb(-2)
