"""The claim calculator: principal, late interest, indemnity, fees, payments. Pure, no I/O.

`compute_statement(claims, entries, as_of, rates=...)` replays a case's ledger and says, per
claim and per component, what is still due, and why (one line per interest period with the
rule that chose its rate). The agent only ever quotes this output; it never computes.

Conventions (each one a choice to confirm with counsel where marked):

- Interest is simple (no capitalisation, C. civ. 1343-2), on the outstanding principal only.
- Day count actual/365, leap years included: a 29 February is one more day at rate/365.
  Whether leap years should use /366 is a convention to confirm (unverified).
- Interest accrues from its start date inclusive to `as_of` inclusive. B2B: the start is the
  day after the due date (C. com. L441-10 II). Otherwise: the formal-notice date
  (C. civ. 1231-6), never earlier than the day after the due date.
- Every entry takes effect at the *end* of its day: a payment on 30 April still bears
  interest on 30 April, and reduces the base from 1 May. So a debt due 31/01/2024 and paid
  30/04/2024 bears 90 days of interest (29 in February, 31 in March, 30 in April).
- Each interest period (split at semester starts and at the payment dates that reach the
  claim) is rounded half-up to the cent once, so the lines add up to the totals shown and
  payments are allocated in whole cents.
- Entries dated after `as_of` are ignored: a statement as of a past date replays the
  ledger as it stood then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import groupby
from typing import NamedTuple

from amiable.core.money import ZERO, quantize
from amiable.ledger.choices import (
    ClaimNature,
    Component,
    DebtorType,
    EntryKind,
    VerificationStatus,
)
from amiable.ledger.rates import RateRow, RateTables, RateUnavailable, Semester

DEFAULT_ORDER: tuple[Component, ...] = (
    Component.INTEREST,  # C. civ. 1343-1: a partial payment goes to interest first
    Component.INDEMNITY,
    Component.FEE,
    Component.PRINCIPAL,
)
FIXED_INDEMNITY = Decimal("40.00")  # C. com. D441-5, since 1 January 2013
ECB_MARGIN_POINTS = Decimal(10)  # C. com. L441-10 II
LEGAL_RATE_FLOOR_MULTIPLIER = Decimal(3)  # C. com. L441-10 II
# Actual/365 every year, 366-day years included: a convention to confirm (unverified).
_PERCENT_DAYS = Decimal(36_500)
_ONE_DAY = timedelta(days=1)
_COMPONENTS = tuple(Component)  # iterating an Enum class is slow in a hot loop

ClaimId = int | str
_PeriodRate = tuple[Decimal, str, tuple[RateRow, ...]]  # annual %, rule, rows it rests on


class LedgerError(ValueError):
    """The claims and entries given cannot be replayed (unknown claim, float amount…)."""


@dataclass(frozen=True)
class ClaimTerms:
    """What the calculator needs to know about one claim (one invoice, one loan…)."""

    claim_id: ClaimId
    reference: str
    nature: ClaimNature
    debtor_type: DebtorType
    issue_date: date
    due_date: date
    creditor_is_natural_person: bool = False
    contract_rate: Decimal | None = None  # annual percent, e.g. Decimal("12")
    formal_notice_date: date | None = None  # mise en demeure: legal interest runs from it
    late_interest: bool = True  # the mandate may waive interest
    fixed_indemnity: bool = True  # the mandate may waive the €40
    # E.g. the opening of an insolvency procedure (L622-28 C. com., unverified): no accrual
    # after this day, and no €40 if it falls on or before the due date.
    interest_stop_date: date | None = None


@dataclass(frozen=True)
class Entry:
    """One ledger line. Amounts are positive except for adjustments, which are signed."""

    kind: EntryKind
    amount: Decimal
    effective_date: date
    claim_id: ClaimId | None = None  # a payment may name the claim it pays; None = case-level
    component: Component | None = None  # for adjustments: the component adjusted
    entry_id: int | str | None = None


class InterestLine(NamedTuple):
    """One interest period: `days` days on `base` at `rate` % a year.

    An immutable record like the frozen dataclasses below, but a named tuple: a long case
    has hundreds of lines, and a named tuple is several times cheaper to build."""

    start: date
    end: date  # inclusive
    days: int
    base: Decimal
    rate: Decimal  # annual percent
    amount: Decimal
    rule: str  # why this rate, e.g. "L441-10 C. com.: BCE 4.50 % + 10 pts"
    rates_used: tuple[RateRow, ...]


class Allocation(NamedTuple):
    claim_id: ClaimId
    component: Component
    amount: Decimal


@dataclass(frozen=True)
class PaymentAllocation:
    """Where one payment went. `entry` may also be an adjustment whose credit exceeded what
    was due: that excess is money owed back to the debtor, applied like a payment."""

    entry: Entry
    amount: Decimal
    parts: tuple[Allocation, ...]
    unallocated: Decimal  # still in `overpaid` at the statement date


@dataclass(frozen=True)
class ClaimStatement:
    """What one claim still owes, by component, at the statement date."""

    claim_id: ClaimId
    reference: str
    principal: Decimal
    interest: Decimal
    indemnity: Decimal
    fees: Decimal
    paid: Decimal  # everything allocated to this claim
    balance: Decimal
    lines: tuple[InterestLine, ...]
    charged: dict[Component, Decimal]  # everything ever due, before payments

    def due(self, component: Component) -> Decimal:
        return {
            Component.PRINCIPAL: self.principal,
            Component.INTEREST: self.interest,
            Component.INDEMNITY: self.indemnity,
            Component.FEE: self.fees,
        }[component]


@dataclass(frozen=True)
class Statement:
    as_of: date
    claims: tuple[ClaimStatement, ...]
    due_by_component: dict[Component, Decimal]
    total_due: Decimal
    total_paid: Decimal  # allocated to the claims; total_paid + total_due == total_charged
    total_charged: Decimal
    total_received: Decimal  # payments received, over-payment included
    overpaid: Decimal  # a credit owed back to the debtor, never a negative principal
    allocations: tuple[PaymentAllocation, ...]
    warnings: tuple[str, ...]

    def claim(self, claim_id: ClaimId) -> ClaimStatement:
        for claim in self.claims:
            if claim.claim_id == claim_id:
                return claim
        raise KeyError(claim_id)


def compute_statement(
    claims: Sequence[ClaimTerms],
    entries: Sequence[Entry],
    as_of: date,
    *,
    rates: RateTables,
    allocation_order: Sequence[Component] = DEFAULT_ORDER,
) -> Statement:
    """Replay the ledger of one case up to `as_of` (inclusive) and itemise what is due."""
    order = tuple(allocation_order)
    if sorted(order) != sorted(Component) or len(order) != len(Component):
        raise LedgerError(f"allocation order must list each component once: {order}")
    return _Replay(claims, as_of, rates, order).run(entries)


def fee_allowed(*, nature: ClaimNature, debtor_type: DebtorType, fee_kind: str) -> tuple[bool, str]:
    """May this fee be claimed from the debtor in the amicable phase? Fails closed.

    Fee kinds: "fixed_indemnity" (the €40), "additional_recovery_costs" (beyond the €40,
    on proof), "legal_act" (an act the law requires of the creditor), "file_fee",
    "reminder_fee", "recovery_fee". Anything else is refused.
    """
    if debtor_type is DebtorType.CONSUMER:
        return False, (
            "L111-8 CPCE: recovery costs incurred without an enforceable title stay with the "
            "creditor; asking a consumer for them is punished as an aggressive practice "
            "(former C. consom. L122-16; current article unverified)"
        )
    if fee_kind == "fixed_indemnity":
        if nature is ClaimNature.B2B_INVOICE:
            return True, "L441-10 II and D441-5 C. com.: 40 € per invoice paid late"
        return False, "L441-10 C. com.: the 40 € indemnity applies to invoices between businesses"
    if fee_kind == "additional_recovery_costs":
        if nature is ClaimNature.B2B_INVOICE:
            return True, (
                "L441-10 II C. com.: further compensation beyond the 40 €, on proof of the "
                "actual costs (attach the invoices)"
            )
        return False, "L441-10 II C. com.: further compensation applies to B2B invoices only"
    if fee_kind == "legal_act":
        return True, (
            "L111-8 CPCE: the cost of an act the law requires the creditor to perform may be "
            "charged to the debtor"
        )
    if fee_kind in ("file_fee", "reminder_fee", "recovery_fee"):
        return False, (
            "L111-8 CPCE: amicable recovery costs without an enforceable title stay with the "
            "creditor; a contrary clause is deemed unwritten"
        )
    return False, f"unknown fee kind {fee_kind!r}: refused until it is classified"


def is_b2b(terms: ClaimTerms) -> bool:
    """The L441-10 regime: an invoice between professionals."""
    return terms.nature is ClaimNature.B2B_INVOICE and terms.debtor_type is DebtorType.BUSINESS


class _ClaimState:
    """A claim being replayed. Invariant: between two `_advance` calls the principal due
    does not change, so interest can be computed lazily, period by period."""

    __slots__ = (
        "accrual_end",
        "charged",
        "indemnity_decided",
        "lines",
        "next_accrual_day",
        "outstanding",
        "paid",
        "rates",
        "terms",
    )

    def __init__(self, terms: ClaimTerms, as_of: date) -> None:
        self.terms = terms
        self.charged = dict.fromkeys(_COMPONENTS, ZERO)
        self.paid = dict.fromkeys(_COMPONENTS, ZERO)
        self.outstanding = ZERO  # sum of charged - paid, kept up to date to skip paid claims
        self.lines: list[InterestLine] = []
        self.indemnity_decided = False
        self.rates: dict[tuple[int, bool], _PeriodRate] = {}  # by (year, first half?)
        start = _interest_start(terms)
        end = as_of if terms.interest_stop_date is None else min(as_of, terms.interest_stop_date)
        self.next_accrual_day: date = start if start is not None else date.max
        self.accrual_end: date | None = end if start is not None else None

    def charge(self, component: Component, amount: Decimal) -> None:
        self.charged[component] += amount
        self.outstanding += amount

    def due(self, component: Component) -> Decimal:
        return self.charged[component] - self.paid[component]


@dataclass
class _AllocationBuilder:
    entry: Entry
    amount: Decimal
    parts: list[Allocation] = field(default_factory=list)
    unallocated: Decimal = ZERO


class _Replay:
    def __init__(
        self,
        claims: Sequence[ClaimTerms],
        as_of: date,
        rates: RateTables,
        order: tuple[Component, ...],
    ) -> None:
        self.as_of = as_of
        self.rates = rates
        self.order = order
        self.states: dict[ClaimId, _ClaimState] = {}
        for terms in claims:
            if terms.claim_id in self.states:
                raise LedgerError(f"claim {terms.claim_id!r} given twice")
            if terms.contract_rate is not None and not isinstance(terms.contract_rate, Decimal):
                raise LedgerError(f"claim {terms.reference}: the contract rate must be a Decimal")
            self.states[terms.claim_id] = _ClaimState(terms, as_of)
        # Oldest due date first (the order a case-level payment is spread in).
        self.by_age = sorted(
            self.states.values(), key=lambda state: (state.terms.due_date, state.terms.issue_date)
        )
        self.builders: list[_AllocationBuilder] = []
        self.credit: list[_AllocationBuilder] = []  # money received beyond what was due, FIFO
        self.received = ZERO
        self.rate_cache: dict[tuple[object, ...], _PeriodRate] = {}
        self.missing: dict[str, list[str]] = {}  # missing semester warning -> references
        self.unverified: dict[RateRow, None] = {}
        self.notes: list[str] = []

    def run(self, entries: Sequence[Entry]) -> Statement:
        dated = sorted(
            (
                (entry.effective_date, entry.kind is EntryKind.PAYMENT, index, entry)
                for index, entry in enumerate(entries)
                if entry.effective_date <= self.as_of
            ),
            key=lambda item: item[:3],
        )
        for day, group in groupby(dated, key=lambda item: item[0]):
            charged_today = False
            for _, is_payment, _, entry in group:
                if is_payment:
                    if charged_today and self.credit:
                        self._apply_credit(day)
                        charged_today = False
                    self._pay(entry)
                else:
                    charged_today = self._post(entry) or charged_today
            if charged_today and self.credit:
                self._apply_credit(day)
        for state in self.states.values():
            self._advance(state, self.as_of)
        if self.credit:
            self._apply_credit(self.as_of)
        return self._statement()

    # Entries -----------------------------------------------------------------------------

    def _post(self, entry: Entry) -> bool:
        """Apply a non-payment entry; True if it added something due."""
        amount = _amount(entry)
        state = self._claim_of(entry)
        terms = state.terms
        if entry.kind is EntryKind.ADJUSTMENT:
            if entry.component is None:
                raise LedgerError(f"adjustment {entry.entry_id!r} names no component")
            component = entry.component
        elif entry.kind is EntryKind.PAYMENT:  # pragma: no cover - routed to _pay
            raise AssertionError(entry)
        else:
            if amount < 0:
                raise LedgerError(
                    f"{entry.kind} entry {entry.entry_id!r} is negative: use an adjustment"
                )
            component = Component(entry.kind.value)
        if terms.debtor_type is DebtorType.CONSUMER and component in (
            Component.FEE,
            Component.INDEMNITY,
        ):
            self.notes.append(
                f"{component.label('en')} of {amount} € on claim {terms.reference} refused: "
                "no indemnity or recovery fee may be charged to a consumer (L111-8 CPCE)"
            )
            return False
        if entry.kind is EntryKind.PRINCIPAL and entry.effective_date > terms.due_date:
            self.notes.append(
                f"principal of claim {terms.reference} is dated "
                f"{_french(entry.effective_date)}, after its due date: interest on it runs "
                "only from that date"
            )
        if component is Component.PRINCIPAL or entry.kind is EntryKind.ADJUSTMENT:
            # The interest base or the amount due changes: settle interest up to this day.
            self._advance(state, entry.effective_date)
        if amount >= 0:
            state.charge(component, amount)
            return amount > 0
        # A credit: it cancels what is still due; beyond that it is owed back to the debtor.
        reduction = min(-amount, state.due(component))
        state.charge(component, -reduction)
        excess = -amount - reduction
        if excess > 0:
            builder = _AllocationBuilder(entry, excess)
            self.builders.append(builder)
            self.credit.append(builder)
            builder.unallocated = excess
            return True
        return False

    def _pay(self, entry: Entry) -> None:
        amount = _amount(entry)
        if amount < 0:
            raise LedgerError(f"payment {entry.entry_id!r} is negative: use an adjustment")
        named = self._named_claim(entry)
        self.received += amount
        builder = _AllocationBuilder(entry, amount)
        self.builders.append(builder)
        builder.unallocated = self._allocate(builder, amount, entry.effective_date, named)
        if builder.unallocated > 0:
            self.credit.append(builder)

    def _apply_credit(self, day: date) -> None:
        for builder in self.credit:
            builder.unallocated = self._allocate(builder, builder.unallocated, day, None)
        self.credit = [builder for builder in self.credit if builder.unallocated > 0]

    def _allocate(
        self,
        builder: _AllocationBuilder,
        amount: Decimal,
        day: date,
        named: _ClaimState | None,
    ) -> Decimal:
        """Spend `amount`: the named claim first, then by oldest due date; within a claim in
        the mandate's component order. Returns what is left over."""
        remaining = amount
        claims = self.by_age if named is None else [named, *self.by_age]
        for state in claims:
            if remaining <= 0:
                break
            if state.outstanding <= 0:
                # Nothing due means no principal either, so nothing can have accrued since.
                continue
            self._advance(state, day)
            charged, paid = state.charged, state.paid
            for component in self.order:
                due = charged[component] - paid[component]
                if due <= 0:
                    continue
                take = due if due < remaining else remaining
                paid[component] += take
                state.outstanding -= take
                remaining -= take
                builder.parts.append(Allocation(state.terms.claim_id, component, take))
                if remaining <= 0:
                    break
        return remaining

    def _claim_of(self, entry: Entry) -> _ClaimState:
        state = self._named_claim(entry)
        if state is None:
            raise LedgerError(f"{entry.kind} entry {entry.entry_id!r} names no claim")
        return state

    def _named_claim(self, entry: Entry) -> _ClaimState | None:
        if entry.claim_id is None:
            return None
        state = self.states.get(entry.claim_id)
        if state is None:
            raise LedgerError(f"entry {entry.entry_id!r} names unknown claim {entry.claim_id!r}")
        return state

    # Interest and indemnity ------------------------------------------------------------

    def _advance(self, state: _ClaimState, day: date) -> None:
        """Bring the claim up to the end of `day`, before that day's entries take effect."""
        if state.accrual_end is not None and state.next_accrual_day <= day:
            self._accrue(state, day)
        terms = state.terms
        if not state.indemnity_decided and day > terms.due_date:
            state.indemnity_decided = True
            # Late means principal still unpaid at the end of the due date; an insolvency
            # opening on or before it forbids paying at maturity, so no indemnity (unverified).
            if (
                is_b2b(terms)
                and terms.fixed_indemnity
                and (terms.interest_stop_date is None or terms.interest_stop_date > terms.due_date)
                and state.due(Component.PRINCIPAL) > 0
            ):
                state.charge(Component.INDEMNITY, FIXED_INDEMNITY)

    def _accrue(self, state: _ClaimState, through: date) -> None:
        assert state.accrual_end is not None
        end = through if through < state.accrual_end else state.accrual_end
        start = state.next_accrual_day
        if start > end:
            return
        base = state.charged[Component.PRINCIPAL] - state.paid[Component.PRINCIPAL]
        if base > 0:
            lines, interest = state.lines, ZERO
            while start <= end:
                year, first_half = start.year, start.month <= 6
                semester_end = date(year, 6, 30) if first_half else date(year, 12, 31)
                period_end = end if end < semester_end else semester_end
                period_rate = state.rates.get((year, first_half))
                if period_rate is None:
                    try:
                        period_rate = self._rate(state, year, first_half)
                    except RateUnavailable as missing:
                        self._rate_missing(state, missing)
                        state.accrual_end = start - _ONE_DAY
                        end = start - _ONE_DAY
                        break
                rate, rule, rows = period_rate
                days = (period_end - start).days + 1
                amount = quantize(base * rate * days / _PERCENT_DAYS)
                lines.append(InterestLine(start, period_end, days, base, rate, amount, rule, rows))
                interest += amount
                start = period_end + _ONE_DAY
            state.charge(Component.INTEREST, interest)
        state.next_accrual_day = end + _ONE_DAY

    def _rate(self, state: _ClaimState, year: int, first_half: bool) -> _PeriodRate:
        # Claims on the same terms share their rates: a case of 50 invoices looks each
        # semester up once, not 50 times.
        terms = state.terms
        key = (
            year,
            first_half,
            is_b2b(terms),
            terms.contract_rate,
            terms.creditor_is_natural_person,
            terms.nature,
            terms.formal_notice_date,
        )
        period_rate = self.rate_cache.get(key)
        if period_rate is None:
            period_rate = _period_rate(terms, Semester(year, 1 if first_half else 2), self.rates)
            for row in period_rate[2]:
                if row.status is VerificationStatus.UNVERIFIED:
                    self.unverified[row] = None
            self.rate_cache[key] = period_rate
        state.rates[(year, first_half)] = period_rate
        return period_rate

    def _rate_missing(self, state: _ClaimState, missing: RateUnavailable) -> None:
        warning = (
            f"no {missing.table} for {missing.semester}: interest stops on "
            f"{_french(missing.semester.start - _ONE_DAY)}"
        )
        self.missing.setdefault(warning, []).append(state.terms.reference)

    # Output ----------------------------------------------------------------------------

    def _statement(self) -> Statement:
        # Every amount is already in whole cents (entries are rounded on the way in, each
        # interest line once), so sums need no further rounding.
        claim_statements = []
        due_by_component = dict.fromkeys(_COMPONENTS, ZERO)
        total_paid = total_charged = ZERO
        for state in self.states.values():
            charged, paid = state.charged, state.paid
            total_charged += sum(charged.values(), ZERO)
            dues = {component: charged[component] - paid[component] for component in _COMPONENTS}
            for component, amount in dues.items():
                due_by_component[component] += amount
            claim_paid = sum(paid.values(), ZERO)
            total_paid += claim_paid
            claim_statements.append(
                ClaimStatement(
                    claim_id=state.terms.claim_id,
                    reference=state.terms.reference,
                    principal=dues[Component.PRINCIPAL],
                    interest=dues[Component.INTEREST],
                    indemnity=dues[Component.INDEMNITY],
                    fees=dues[Component.FEE],
                    paid=claim_paid,
                    balance=sum(dues.values(), ZERO),
                    lines=tuple(state.lines),
                    charged=dict(charged),
                )
            )
        total_due = sum(due_by_component.values(), ZERO)
        warnings = list(self.notes)
        for warning, references in self.missing.items():
            warnings.append(f"{warning} (claims {', '.join(references)})")
        for row in self.unverified:
            warnings.append(f"unverified rate used: {row.describe()}; source: {row.source}")
        return Statement(
            as_of=self.as_of,
            claims=tuple(claim_statements),
            due_by_component=due_by_component,
            total_due=total_due,
            total_paid=total_paid,
            total_charged=total_charged,
            total_received=self.received,
            overpaid=sum((builder.unallocated for builder in self.credit), ZERO),
            allocations=tuple(
                PaymentAllocation(
                    entry=builder.entry,
                    amount=builder.amount,
                    parts=tuple(builder.parts),
                    unallocated=builder.unallocated,
                )
                for builder in self.builders
            ),
            warnings=tuple(dict.fromkeys(warnings)),
        )


def _interest_start(terms: ClaimTerms) -> date | None:
    if not terms.late_interest:
        return None
    day_after_due = terms.due_date + _ONE_DAY
    if is_b2b(terms):
        return day_after_due  # L441-10 II: no reminder needed
    if terms.formal_notice_date is None:
        return None  # C. civ. 1231-6: no interest before a mise en demeure
    # A notice sent before the debt is payable cannot make it late earlier.
    return max(terms.formal_notice_date, day_after_due)


def _period_rate(terms: ClaimTerms, semester: Semester, rates: RateTables) -> _PeriodRate:
    """The annual rate for one semester of one claim, the rule saying why, the rows used."""
    contract = terms.contract_rate
    if is_b2b(terms):
        legal: RateRow | None = None
        floor_note = ""
        if contract is not None:
            # The 3x floor compares with the "all other cases" legal rate (interpretation,
            # unverified): the creditor of a B2B invoice is a professional.
            legal = rates.legal_rate_for(semester, False)
            floor = legal.rate * LEGAL_RATE_FLOOR_MULTIPLIER
            if contract >= floor:
                return (
                    contract,
                    f"L441-10 C. com.: taux contractuel {contract:.2f} % "
                    f"(≥ 3 × taux légal {legal.rate:.2f} %)",
                    (legal,),
                )
            floor_note = f" (taux contractuel {contract:.2f} % < 3 × taux légal {legal.rate:.2f} %)"
        ecb = rates.ecb_rate_for(semester)
        used = (ecb,) if legal is None else (legal, ecb)
        return (
            ecb.rate + ECB_MARGIN_POINTS,
            f"L441-10 C. com.: BCE {ecb.rate:.2f} % + 10 pts{floor_note}",
            used,
        )
    assert terms.formal_notice_date is not None
    since = f"depuis la mise en demeure du {_french(terms.formal_notice_date)}"
    if contract is not None:
        article = "L312-39 C. consom." if terms.nature is ClaimNature.CONSUMER_CREDIT else "Contrat"
        return contract, f"{article}: taux contractuel {contract:.2f} % {since}", ()
    legal = rates.legal_rate_for(semester, terms.creditor_is_natural_person)
    category = "créancier particulier" if terms.creditor_is_natural_person else "autres cas"
    return (
        legal.rate,
        f"1231-6 C. civ.: taux légal {semester} {legal.rate:.2f} % ({category}) {since}",
        (legal,),
    )


def _amount(entry: Entry) -> Decimal:
    if not isinstance(entry.amount, Decimal):
        raise LedgerError(f"entry {entry.entry_id!r}: money is a Decimal, never a float")
    return quantize(entry.amount)


def _french(day: date) -> str:
    return day.strftime("%d/%m/%Y")
