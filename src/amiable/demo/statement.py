"""`amiable demo statement`: the office's bank statement for a day of the demo portfolio.

Debtors of open demo cases pay, and write on their transfers what real debtors write:
the RF reference in the structured field (their banking app read the QR code), the RF
reference or the case reference typed in the free text in every spacing and case, an
invoice number, nothing but their name; a family pays two cases in one transfer;
strangers' transfers land on the account; the bank takes its fees; two direct debits
come back. Each line's truth (the cases it pays) is returned beside the file, so that
what reconciliation books can be checked line by line: a precision, not an impression.
The bank's references carry the day and the seed: another seed is another day's file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.core.money import to_cents
from amiable.ledger.balances import case_statement
from amiable.payments.reference import case_payment_reference, reference_text
from amiable.payments.statements.model import Direction, StatementLine
from amiable.payments.statements.writer import camt053
from amiable.portfolio.models import Case, Tenant

_OPEN = ("new", "active", "promised", "on_plan")
_STRANGERS = ("SCI DES TILLEULS", "M ROBERT ANDRE", "CAISSE ALLOC FAMILIALES", "LOYER GARAGE 12",
              "ASSURANCE MUTUELLE OUEST", "MME NADIA BENALI")  # fmt: skip


@dataclass(frozen=True)
class DemoStatement:
    data: bytes  # camt.053
    truth: dict[str, list[str]]  # bank reference of a credit -> the case references it pays
    kinds: dict[str, str]  # bank reference -> how the debtor wrote it ("rf", "name"…)


def demo_statement(
    session: Session, *, tenant_id: int, day: date, payments: int = 300, seed: int = 42
) -> DemoStatement:
    rng = random.Random(seed)
    tenant = session.get(Tenant, tenant_id)
    if tenant is None:
        raise ValueError(f"no tenant {tenant_id}")
    ids = list(
        session.scalars(
            select(Case.id)
            .where(Case.tenant_id == tenant_id, Case.status.in_(_OPEN))
            .order_by(Case.id)
        )
    )
    chosen = rng.sample(ids, min(len(ids), payments))
    lines: list[StatementLine] = []
    truth: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    credits: list[StatementLine] = []
    position = 0
    while position < len(chosen):
        number = len(lines) + 1
        reference = f"DEMO{day:%Y%m%d}-{seed}-{number:05d}"
        kind = rng.choices(
            ("rf", "rf_text", "case_text", "invoice", "name", "grouped"),
            weights=(35, 15, 25, 10, 10, 5),
        )[0]
        group = chosen[position : position + (2 if kind == "grouped" else 1)]
        position += len(group)
        cases = [session.get(Case, case_id) for case_id in group]
        if any(case is None for case in cases):
            continue
        real = [case for case in cases if case is not None]
        balances = [to_cents(case_statement(session, case, day).total_due) for case in real]
        if min(balances) <= 0:
            continue
        amount = sum(balances) if kind == "grouped" else _amount(rng, balances[0])
        first = real[0]
        payer = first.debtor.name.upper()
        if rng.random() < 0.5:
            payer = " ".join(reversed(payer.split()))
        structured = None
        if kind == "rf":
            structured, text = (
                case_payment_reference(first.id),
                rng.choice(("PAIEMENT", "", "REGLEMENT")),
            )
        elif kind == "rf_text":
            written = reference_text(case_payment_reference(first.id))
            text = f"VIR {written.lower() if rng.random() < 0.3 else written} MERCI"
        elif kind == "case_text":
            text = _case_reference_text(rng, first.reference)
        elif kind == "invoice":
            claim = rng.choice(first.claims)
            text = (
                f"FACTURE {claim.reference}" if rng.random() < 0.5 else f"Fact. {claim.reference}"
            )
        elif kind == "name":
            text = rng.choice(("VIREMENT", "REMBOURSEMENT", "PAIEMENT DETTE", ""))
        else:
            text = "REGLEMENT " + " ET ".join(case.reference for case in real)
        line = StatementLine(
            booking_date=day, value_date=day, amount_cents=amount, currency=first.currency,
            direction=Direction.CREDIT, bank_reference=reference,
            end_to_end_id=f"E2E-{reference}", structured_reference=structured, remittance=text,
            counterparty_name=payer, bank_code="PMNT/RCDT/ESCT",
        )  # fmt: skip
        lines.append(line)
        credits.append(line)
        truth[reference] = [case.reference for case in real]
        kinds[reference] = kind
    for number, stranger in enumerate(rng.sample(_STRANGERS, 4), start=1):
        reference = f"DEMO{day:%Y%m%d}-{seed}-S{number:04d}"
        lines.append(
            StatementLine(
                booking_date=day, value_date=day, amount_cents=rng.randrange(2_000, 90_000),
                currency="EUR", direction=Direction.CREDIT, bank_reference=reference,
                remittance=rng.choice(("LOYER NOVEMBRE", "REMBOURSEMENT", "VIREMENT", "")),
                counterparty_name=stranger, bank_code="PMNT/RCDT/ESCT",
            )
        )  # fmt: skip
        truth[reference], kinds[reference] = [], "stranger"
    lines.append(
        StatementLine(
            booking_date=day, value_date=day, amount_cents=1_850, currency="EUR",
            direction=Direction.DEBIT, bank_reference=f"DEMO{day:%Y%m%d}-{seed}-F0001",
            remittance="FRAIS TENUE DE COMPTE", bank_code="ACMT/MDOP/CHRG",
        )
    )  # fmt: skip
    for number, returned in enumerate(rng.sample(credits, min(2, len(credits))), start=1):
        reference = f"DEMO{day:%Y%m%d}-{seed}-R{number:04d}"
        lines.append(
            StatementLine(
                booking_date=day, value_date=day, amount_cents=returned.amount_cents,
                currency=returned.currency, direction=Direction.DEBIT, bank_reference=reference,
                end_to_end_id=returned.end_to_end_id, remittance="RETOUR VIREMENT",
                counterparty_name=returned.counterparty_name, bank_code="PMNT/RCDT/RRTN",
                return_reason="AC04",
            )
        )  # fmt: skip
        kinds[reference] = "return"
    data = camt053(
        lines, account_iban=tenant.client_account_iban or "FR7630006000011234567890189",
        statement_id=f"DEMO-{day:%Y%m%d}", created_at=datetime.combine(day, time(18), UTC),
    )  # fmt: skip
    return DemoStatement(data, truth, kinds)


def _amount(rng: random.Random, balance: int) -> int:
    """The whole balance, or a part of it in round euros (an instalment, what one can)."""
    if balance < 2_000 or rng.random() < 0.45:
        return balance
    return max(1_000, min(balance, rng.choice((5_000, 10_000, 15_000, 20_000, balance // 2))))


def _case_reference_text(rng: random.Random, reference: str) -> str:
    spaced = reference.replace("-", " ")
    glued = reference.replace("-", "")
    written = rng.choice((reference, spaced, glued, reference.lower()))
    return rng.choice(
        (f"DOSSIER {written}", f"REF {written}", f"{written} PAIEMENT", f"N° {written}")
    )
