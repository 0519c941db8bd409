"""Pay-over (reversement): what was collected for a creditor goes to it, within one month
of encashment unless the mandate says otherwise (R124-6 CPCE), with a statement.

    payover_issue(session, tenant_id=…, creditor_id=…, up_to=…, actor=…, now=…) -> Payover
    payover_due(session, tenant_id=…, today=…, warn_days=7) -> [PayoverDue]
    payover_paid(session, tenant_id=…, number=…, actor=…, now=…)

A statement takes every payment the office encashed for the creditor's cases (a bank
line, a provider's payment: not an imported history) up to `up_to` that no earlier
statement took, and every reversal (a returned transfer, a chargeback) of a
payment: a reversal of a payment already paid over is a negative line, which the
creditor owes back (it lowers what this statement pays). Each ledger entry is on one
statement only (a unique key), so nothing is paid over twice.

The agency's fee is the mandate's (R124-3 4°): a percentage of each sum collected
(rounded half-up to the cent, signed like the sum), or a flat fee per case, charged on
the first sum collected on the case and never more than it. Fees are the creditor's,
never the debtor's (L111-8 CPCE): they are taken from what is paid over.

`payover_due` is the warning: for each creditor, the sums encashed and not yet on a
statement, with the day they must reach the creditor (the first encashment + the
mandate's `payover_days`, 30 by default), listed when that day is within `warn_days`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from amiable.core.money import from_cents
from amiable.ledger.choices import EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.payments.documents import AgencyBlock, PayoverDocument, PayoverItemView, payover_pdf
from amiable.payments.models import Payover, PayoverItem
from amiable.playbooks.context import address_lines, money_text
from amiable.portfolio.actions import mandate_in_force
from amiable.portfolio.choices import FeeBasis
from amiable.portfolio.models import Case, Creditor, Debtor, Mandate, Tenant

DEFAULT_PAYOVER_DAYS = 30


def payover_deadline(encashed_on: date, days: int) -> date:
    """The mandate's delay, never beyond one calendar month after encashment (R124-6:
    "dans un délai d'un mois", unless agreed otherwise — a longer agreed delay is the
    mandate's to state and a person's to apply): 31 January gives 28 (29) February."""
    month, year = encashed_on.month % 12 + 1, encashed_on.year + (encashed_on.month == 12)
    last_day = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    one_month = date(year, month, min(encashed_on.day, last_day))
    return min(encashed_on + timedelta(days=days), one_month)


# Money the office itself encashed, by the prefix of its outside reference: a bank line,
# a provider's payment (and the simulation's). Payments in an imported history were
# received before the case came (by the creditor): they are not the office's to pay over.
ENCASHED_SOURCES = ("bank:", "stripe:", "test:", "simulation:")


class PayoverError(ValueError):
    """A statement that cannot be issued (nothing to pay over, no mandate…)."""


@dataclass(frozen=True)
class PayoverDue:
    creditor_id: int
    creditor: str
    currency: str
    amount_cents: int  # encashed, not yet on a statement (reversals deducted)
    first_encashed_on: date
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class _Item:
    entry_id: int
    case_id: int
    case_reference: str
    debtor_name: str
    encashed_on: date
    amount_cents: int  # signed


def _open_items(
    session: Session, tenant_id: int, creditor_id: int, up_to: date, currency: str
) -> list[_Item]:
    """Payments and reversals of the creditor's cases in `currency` on no statement yet,
    oldest first."""
    taken = select(PayoverItem.ledger_entry_id)
    rows = session.execute(
        select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.amount_cents, LedgerEntry.effective_on,
               Case.id, Case.reference, Debtor.name)
        .join(Case, Case.id == LedgerEntry.case_id)
        .join(Debtor, Debtor.id == Case.debtor_id)
        .where(LedgerEntry.tenant_id == tenant_id, Case.creditor_id == creditor_id,
               Case.currency == currency,
               LedgerEntry.kind.in_((EntryKind.PAYMENT.value, EntryKind.REVERSAL.value)),
               LedgerEntry.effective_on <= up_to, LedgerEntry.id.not_in(taken),
               or_(*(LedgerEntry.external_reference.startswith(source)
                     for source in ENCASHED_SOURCES)))
        .order_by(LedgerEntry.effective_on, LedgerEntry.id)
    )  # fmt: skip
    return [
        _Item(entry_id, case_id, reference, name, on,
              cents if kind == EntryKind.PAYMENT.value else -cents)
        for entry_id, kind, cents, on, case_id, reference, name in rows
    ]  # fmt: skip


def _fees(session: Session, items: list[_Item], mandate: Mandate | None) -> list[int]:
    if mandate is None:
        return [0] * len(items)
    if mandate.fee_basis == FeeBasis.FLAT_PER_CASE.value:
        flat = mandate.flat_fee_cents or 0
        charged = set(
            session.scalars(
                select(PayoverItem.case_id).where(
                    PayoverItem.case_id.in_({item.case_id for item in items}),
                    PayoverItem.fee_cents > 0,
                )
            )
        )
        fees = []
        for item in items:
            if item.amount_cents > 0 and item.case_id not in charged:
                fees.append(min(flat, item.amount_cents))
                charged.add(item.case_id)
            else:
                fees.append(0)
        return fees
    rate = mandate.fee_rate_percent or Decimal(0)
    return [
        int((Decimal(item.amount_cents) * rate / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for item in items
    ]


def _fee_detail(mandate: Mandate | None, lang: str) -> str:
    if mandate is None:
        return (
            "aucun mandat en vigueur : aucun honoraire"
            if lang == "fr"
            else "no mandate in force: no fee"
        )
    if mandate.fee_basis == FeeBasis.FLAT_PER_CASE.value:
        flat = money_text(from_cents(mandate.flat_fee_cents or 0), "EUR", lang)
        text = (f"forfait de {flat} par dossier (mandat {mandate.reference})" if lang == "fr"
                else f"flat fee of {flat} per case (mandate {mandate.reference})")  # fmt: skip
    else:
        rate = f"{(mandate.fee_rate_percent or Decimal(0)).normalize():f}"
        text = (f"{rate} % des sommes encaissées (mandat {mandate.reference})" if lang == "fr"
                else f"{rate}% of the sums collected (mandate {mandate.reference})")  # fmt: skip
    return text


def payover_issue(
    session: Session,
    *,
    tenant_id: int,
    creditor_id: int,
    up_to: date,
    actor: str,
    now: datetime,
    lang: str = "fr",
    currency: str = "EUR",
) -> Payover:
    """The statement of what is owed to the creditor for the sums encashed up to `up_to`,
    in one currency (a creditor with cases in two gets two statements)."""
    creditor = session.get(Creditor, creditor_id)
    tenant = session.get(Tenant, tenant_id)
    if creditor is None or tenant is None or creditor.tenant_id != tenant_id:
        raise PayoverError(f"no creditor {creditor_id} in this office")
    items = _open_items(session, tenant_id, creditor_id, up_to, currency)
    if not items:
        raise PayoverError(
            f"nothing encashed in {currency} for {creditor.name} up to {up_to} is left to pay over"
        )
    mandate = mandate_in_force(creditor, up_to)
    fees = _fees(session, items, mandate)
    collected, fee_total = sum(item.amount_cents for item in items), sum(fees)
    days = mandate.payover_days if mandate is not None else DEFAULT_PAYOVER_DAYS
    first = min(item.encashed_on for item in items)
    count = session.scalar(
        select(func.count()).select_from(Payover).where(Payover.tenant_id == tenant_id)
    )
    payover = Payover(
        tenant_id=tenant_id, creditor_id=creditor_id,
        number=f"RV-{up_to:%Y-%m}-{(count or 0) + 1:05d}", period_start=first, period_end=up_to,
        currency=currency, collected_cents=collected, fee_cents=fee_total,
        owed_cents=collected - fee_total, due_on=payover_deadline(first, days), status="issued",
        fee_detail=_fee_detail(mandate, lang)[:300], issued_at=now, issued_by=actor[:100],
    )  # fmt: skip
    session.add(payover)
    session.flush()
    for item, fee in zip(items, fees, strict=True):
        session.add(
            PayoverItem(
                payover_id=payover.id, ledger_entry_id=item.entry_id, case_id=item.case_id,
                amount_cents=item.amount_cents, fee_cents=fee, encashed_on=item.encashed_on,
            )
        )  # fmt: skip
    document = PayoverDocument(
        lang=lang, number=payover.number, issued_on=now.date(),
        agency=AgencyBlock(
            name=tenant.name,
            address_lines=address_lines(tenant.address, tenant.postcode, tenant.city,
                                        tenant.country, lang),
            identity=f"SIREN {tenant.siren}" if tenant.siren else "",
        ),
        creditor_name=creditor.name,
        creditor_address_lines=address_lines(creditor.address, creditor.postcode, creditor.city,
                                             creditor.country, lang),
        period_start=first, period_end=up_to, currency=currency,
        items=tuple(
            PayoverItemView(item.case_reference, item.debtor_name, item.encashed_on,
                            from_cents(item.amount_cents), from_cents(fee))
            for item, fee in zip(items, fees, strict=True)
        ),
        collected=from_cents(collected), fee_total=from_cents(fee_total),
        owed=from_cents(collected - fee_total), fee_detail=payover.fee_detail,
        due_on=payover.due_on,
    )  # fmt: skip
    payover.pdf = payover_pdf(document, now=now)
    return payover


def payover_due(
    session: Session, *, tenant_id: int, today: date, warn_days: int = 7
) -> list[PayoverDue]:
    """Per creditor, what is encashed and on no statement, when its deadline is within
    `warn_days` days (or past): the warning before the one-month limit."""
    warnings: list[PayoverDue] = []
    for creditor in session.scalars(
        select(Creditor).where(Creditor.tenant_id == tenant_id).order_by(Creditor.id)
    ):
        currencies = session.scalars(
            select(Case.currency).where(Case.creditor_id == creditor.id).distinct()
        ).all()
        for currency in sorted(currencies):
            _warn(session, warnings, tenant_id, creditor, today, warn_days, currency)
    return warnings


def _warn(
    session: Session, warnings: list[PayoverDue], tenant_id: int, creditor: Creditor,
    today: date, warn_days: int, currency: str,
) -> None:  # fmt: skip
    items = _open_items(session, tenant_id, creditor.id, today, currency)
    amount = sum(item.amount_cents for item in items)
    if amount <= 0:
        return
    mandate = mandate_in_force(creditor, today)
    days = mandate.payover_days if mandate is not None else DEFAULT_PAYOVER_DAYS
    first = min(item.encashed_on for item in items if item.amount_cents > 0)
    due_on = payover_deadline(first, days)
    if due_on - today <= timedelta(days=warn_days):
        warnings.append(PayoverDue(creditor.id, creditor.name, currency, amount, first, due_on,
                                   overdue=due_on < today))  # fmt: skip


def payover_paid(
    session: Session, *, tenant_id: int, number: str, actor: str, now: datetime
) -> Payover:
    payover = session.scalars(
        select(Payover).where(Payover.tenant_id == tenant_id, Payover.number == number)
    ).first()
    if payover is None:
        raise PayoverError(f"no pay-over statement {number!r}")
    if payover.status == "paid":
        raise PayoverError(f"{number} was marked paid on {payover.paid_at:%Y-%m-%d}")
    payover.status, payover.paid_at = "paid", now
    return payover
