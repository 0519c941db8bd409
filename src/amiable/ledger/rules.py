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
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple, TypeVar
from weakref import WeakKeyDictionary

from amiable.core.money import CENT, ZERO, quantize
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
_SORTED_COMPONENTS = sorted(_COMPONENTS)

# Speed: a case of 50 claims and 200 entries must compute in well under a millisecond. So
# the replay keeps money in integer cents, in lists indexed like `_COMPONENTS` (integer
# sums are exact, and several times faster than Decimal ones), compares days as day
# numbers (`date.toordinal()`), and makes Decimals (`CENT * cents`: the two decimals
# `quantize` gives) and dates only for what it shows. Python calls cost more than most of
# what they do here: the hot paths avoid small helper calls, at the price of some length.
_PRINCIPAL, _INTEREST, _INDEMNITY, _FEE = range(len(_COMPONENTS))
_INDEX = {component: index for index, component in enumerate(_COMPONENTS)}
_C_PRINCIPAL, _C_INTEREST, _C_INDEMNITY, _C_FEE = _COMPONENTS
_FIXED_INDEMNITY_CENTS = int(FIXED_INDEMNITY * 100)
_PERCENT_DAYS_INT = 36_500  # `_PERCENT_DAYS` for integer arithmetic
# `tuple.__new__(SomeNamedTuple, values)` builds a named tuple without the Python-level
# `__new__` that checks its arguments: 2.5 times faster, for hundreds of lines.
_new_tuple = tuple.__new__
_NEVER = date.max.toordinal() + 1  # a day number after every date
# Below this, `base × rate × days` in integers gives the very cents of the Decimal
# formula (see `_Period`); above it (never for real money) the Decimal formula is used.
_EXACT_LIMIT = 10**26
_QUANTIZE_LIMIT = 10**28  # cents: `quantize` refuses a result of more than 28 digits
# `EntryKind.PAYMENT` goes through `EnumType.__getattr__` in Python 3.11, and `kind.value`
# through a Python property: both slow in a loop over every entry. Read them once, here.
_PAYMENT = EntryKind.PAYMENT
_ADJUSTMENT = EntryKind.ADJUSTMENT
_PRINCIPAL_ENTRY = EntryKind.PRINCIPAL
_REVERSAL = EntryKind.REVERSAL
_CONSUMER = DebtorType.CONSUMER
_BUSINESS = DebtorType.BUSINESS
_B2B_INVOICE = ClaimNature.B2B_INVOICE
_UNVERIFIED = VerificationStatus.UNVERIFIED
# A principal entry charges principal, a fee entry a fee…: `Component(kind.value)`.
_COMPONENT_OF_KIND = {kind: Component(kind.value) for kind in EntryKind if kind.value in _INDEX}
_INDEX_OF_KIND = {kind: _INDEX[component] for kind, component in _COMPONENT_OF_KIND.items()}
_AGE = attrgetter("terms.due_date", "terms.issue_date")  # sort key of claims, oldest first
_AMOUNT = attrgetter("amount")
_RATIO = Decimal.as_integer_ratio
_DECIMAL_ONLY = {Decimal}
# Cents per unit of the exact fraction p / q an amount stands for, for every q dividing
# 100 (at most two decimals: nothing to round).
_CENTS_PER = {q: 100 // q for q in (1, 2, 4, 5, 10, 20, 25, 50, 100)}

ClaimId = int | str
_PeriodRate = tuple[Decimal, str, tuple[RateRow, ...]]  # annual %, rule, rows it rests on
_Output = TypeVar("_Output", "ClaimStatement", "PaymentAllocation", "Statement")


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
    reverses: int | str | None = None  # for a reversal: the `entry_id` of the payment undone


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


class _Period(NamedTuple):
    """One semester of one interest regime, as the accrual loop needs it.

    The annual rate is `numerator / (divisor / 36 500)` exactly, `divisor` being 36 500
    times a power of ten (so even), and a line's interest in cents is `product / divisor`
    with `product = base × numerator × days`, rounded half-up: `(product + divisor / 2) //
    divisor`. That is the very cent of the Decimal formula `quantize(base × rate × days /
    36 500)` while `product` < 10^26:
    - the products are exact, their digits being fewer than Decimal's 28;
    - the one rounding, of the division to 28 digits, is under 10^-27 of the quotient,
      so under 0.1 / divisor cent;
    - a quotient that is not itself a half cent is at least 1 / (2 × divisor) cent away
      from every half cent (`2 × product - (2k + 1) × divisor` is a non-zero integer),
    so that rounding never carries the quotient across a half cent.
    A rate with no such form (negative, not finite) gets `numerator = _EXACT_LIMIT`: its
    products are never below the limit, so its lines go the Decimal way.
    """

    end: date
    last_day: int  # `end` as a day number
    rate: Decimal  # annual percent, as shown on the line
    rule: str
    rows: tuple[RateRow, ...]
    numerator: int
    divisor: int
    half: int  # divisor // 2, for the half-up rounding
    after: date  # the first day of the next semester
    number: int  # year × 2 + (0 for January-June, 1 for July-December): they count up
    # What the statement says of the unverified rows among `rows`, written once: one row
    # of a rate table, one text.
    warnings: tuple[str, ...]


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
    if sorted(order) != _SORTED_COMPONENTS or len(order) != len(_COMPONENTS):
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
    return terms.nature is _B2B_INVOICE and terms.debtor_type is _BUSINESS


# Semesters already looked up, by rate tables and exact claim terms, shared by every
# statement: most cases use the shipped tables and the same B2B terms. Keyed weakly by the
# tables, so that tables built for a test or a what-if go away with them; started afresh
# past a size, since each formal-notice date makes a regime of its own.
_SHARED_PERIODS: WeakKeyDictionary[RateTables, dict[tuple[object, ...], dict[int, _Period]]] = (
    WeakKeyDictionary()
)
_SHARED_REGIMES_MAX = 1_024


class _ClaimState:
    """A claim being replayed, in integer cents. Invariant: between two `_advance` calls the
    principal due does not change, so interest can be computed lazily, period by period.

    Days are compared as day numbers (`date.toordinal()`): comparing two ints is several
    times cheaper than comparing two dates. The dates are kept where a line shows them."""

    __slots__ = (
        "accrual_end",
        "accrual_end_day",
        "charged",
        "claim_id",
        "due",
        "due_day",
        "indemnity_day",
        "lines",
        "next_accrual",
        "next_accrual_day",
        "outstanding",
        "period",
        "periods",
        "regime",
        "terms",
    )

    def __init__(
        self,
        terms: ClaimTerms,
        as_of: date,
        regimes: dict[tuple[object, ...], dict[int, _Period]],
    ) -> None:
        self.terms = terms
        self.claim_id = terms.claim_id
        # Cents by component, indexed like `_COMPONENTS`: a list is cheaper than a dict
        # keyed by enum members, and integers cheaper than Decimals.
        self.charged = [0, 0, 0, 0]  # everything ever due
        self.due = [0, 0, 0, 0]  # still due: charged minus what payments took
        self.outstanding = 0  # sum of `due`, kept up to date to skip paid claims
        self.lines: list[InterestLine] = []
        self.period: _Period | None = None  # that of `next_accrual_day`, once known
        self.due_day = due_day = terms.due_date.toordinal()
        stop = terms.interest_stop_date
        b2b = terms.nature is _B2B_INVOICE and terms.debtor_type is _BUSINESS  # is_b2b()
        # The €40 is decided once past the due date (then _NEVER). Only a B2B invoice whose
        # mandate claims it can owe it, and not when an insolvency opening on or before the
        # due date forbids paying at maturity (unverified): the others never look again.
        if b2b and terms.fixed_indemnity and (stop is None or stop > terms.due_date):
            self.indemnity_day = due_day
        else:
            self.indemnity_day = _NEVER
        # Interest runs from the day after the due date for a B2B invoice (L441-10 II: no
        # reminder needed), else from the formal notice (C. civ. 1231-6), which cannot make
        # the debt late before it is payable; never if the mandate waives it.
        if not terms.late_interest:
            start = None
        elif b2b:
            start = terms.due_date + _ONE_DAY
        elif terms.formal_notice_date is None:
            start = None
        else:
            start = max(terms.formal_notice_date, terms.due_date + _ONE_DAY)
        end = as_of if stop is None else min(as_of, stop)
        # What the rate of a semester depends on: claims alike in a case share their rate
        # lookups (`periods`: semester number -> period, looked up lazily).
        self.regime = regime = (
            b2b,
            terms.contract_rate,
            terms.creditor_is_natural_person,
            terms.nature,
            terms.formal_notice_date,
        )
        periods = regimes.get(regime)
        if periods is None:
            periods = regimes[regime] = {}
        self.periods = periods
        # The first day not accrued yet, and the last day that may be: no interest at all
        # is a first day that never comes.
        self.next_accrual_day = start if start is not None else date.max
        self.next_accrual = start.toordinal() if start is not None else _NEVER
        self.accrual_end_day = end
        self.accrual_end = end.toordinal()


class _AllocationBuilder:
    """Where one payment (or excess credit) is going; becomes a `PaymentAllocation`."""

    __slots__ = ("amount", "entry", "parts", "unallocated")

    def __init__(self, entry: Entry, amount: Decimal, unallocated: int) -> None:
        self.entry = entry
        self.amount = amount
        self.parts: list[Allocation] = []
        self.unallocated = unallocated  # cents


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
        # (index, component as given): the index for the arithmetic, the component for output.
        self.order = tuple((_INDEX[component], component) for component in order)
        self.states: dict[ClaimId, _ClaimState] = {}
        # Regime (see `_ClaimState`) -> semester number -> period, for this case's claims.
        self.regimes: dict[tuple[object, ...], dict[int, _Period]] = {}
        for terms in claims:
            if terms.claim_id in self.states:
                raise LedgerError(f"claim {terms.claim_id!r} given twice")
            if terms.contract_rate is not None and not isinstance(terms.contract_rate, Decimal):
                raise LedgerError(f"claim {terms.reference}: the contract rate must be a Decimal")
            self.states[terms.claim_id] = _ClaimState(terms, as_of, self.regimes)
        # Oldest due date first (the order a case-level payment is spread in).
        self.by_age = sorted(self.states.values(), key=_AGE)
        self.builders: list[_AllocationBuilder] = []
        self.credit: list[_AllocationBuilder] = []  # money received beyond what was due, FIFO
        self.received = 0
        # This rate tables' entry of `_SHARED_PERIODS`, once `_period` needs it.
        self.shared_regimes: dict[tuple[object, ...], dict[int, _Period]] | None = None
        self.missing: dict[str, list[str]] = {}  # missing semester warning -> references
        self.unverified: dict[str, None] = {}  # warnings on the unverified rates used
        self.notes: list[str] = []

    def run(self, entries: Sequence[Entry]) -> Statement:
        as_of, last = self.as_of, self.as_of.toordinal()
        kept = [entry for entry in entries if entry.effective_date <= as_of]
        if any(entry.kind is _REVERSAL for entry in kept):
            kept = _without_reversed(kept)
        # Day by day, payments after the other entries of their day, else in the order
        # given: a stable sort on 2 × day number, + 1 for a payment (ints: cheap keys).
        keys = [2 * entry.effective_date.toordinal() + (entry.kind is _PAYMENT) for entry in kept]
        all_cents = _entry_cents(kept)
        today, today_number = as_of, last
        charged_today = False  # something became due today: a credit held may pay it
        for position in sorted(range(len(kept)), key=keys.__getitem__):
            entry, key, cents = kept[position], keys[position], all_cents[position]
            number = key >> 1
            if number != today_number:
                if charged_today and self.credit:
                    self._apply_credit(today, today_number)
                today, today_number, charged_today = entry.effective_date, number, False
            if cents is None:  # an amount `_entry_cents` left for `_cents_of` to refuse
                cents = _cents_of(entry)
            if key & 1:  # a payment
                if charged_today and self.credit:
                    self._apply_credit(today, number)
                    charged_today = False
                self._pay(entry, cents, number)
            else:
                charged_today = self._post(entry, cents, number) or charged_today
        if charged_today and self.credit:
            self._apply_credit(today, today_number)
        for state in self.states.values():
            if state.next_accrual <= last or last > state.indemnity_day:
                self._advance(state, as_of, last)
        if self.credit:
            self._apply_credit(as_of, last)
        return self._statement()

    # Entries -----------------------------------------------------------------------------

    def _post(self, entry: Entry, cents: int, day_number: int) -> bool:
        """Apply a non-payment entry of `cents`; True if it added something due."""
        claim_id = entry.claim_id
        state = None if claim_id is None else self.states.get(claim_id)
        if state is None:
            raise self._claim_error(entry)
        kind = entry.kind
        if kind is _ADJUSTMENT:
            component = entry.component
            if component is None:
                raise LedgerError(f"adjustment {entry.entry_id!r} names no component")
            index = _INDEX[component]
        elif kind is _PAYMENT:  # pragma: no cover - routed to _pay
            raise AssertionError(entry)
        else:
            if cents < 0:
                raise LedgerError(f"{kind} entry {entry.entry_id!r} is negative: use an adjustment")
            index = _INDEX_OF_KIND.get(kind, -1)
            if index < 0:
                index = _INDEX[_component_of(kind)]  # raises: no such component
            if index == _PRINCIPAL:
                if day_number > state.due_day and kind is _PRINCIPAL_ENTRY:
                    self._late_principal(state, entry)
                # The interest base changes: settle interest up to this day.
                if state.next_accrual <= day_number or day_number > state.indemnity_day:
                    self._advance(state, entry.effective_date, day_number)
            elif index != _INTEREST and state.terms.debtor_type is _CONSUMER:
                return self._refuse(state, entry, _COMPONENTS[index])
            if cents:
                state.charged[index] += cents
                state.due[index] += cents
                state.outstanding += cents
                return True
            return False
        # An adjustment (as above, in the order checks were ever made).
        if index in (_FEE, _INDEMNITY) and state.terms.debtor_type is _CONSUMER:
            return self._refuse(state, entry, component)
        # The amount due changes: settle interest up to this day.
        if state.next_accrual <= day_number or day_number > state.indemnity_day:
            self._advance(state, entry.effective_date, day_number)
        if cents >= 0:
            state.charged[index] += cents
            state.due[index] += cents
            state.outstanding += cents
            return cents > 0
        # A credit: it cancels what is still due; beyond that it is owed back to the debtor.
        due = state.due[index]
        reduction = -cents if -cents < due else due
        state.charged[index] -= reduction
        state.due[index] -= reduction
        state.outstanding -= reduction
        excess = -cents - reduction
        if excess > 0:
            builder = _AllocationBuilder(entry, CENT * excess, excess)
            self.builders.append(builder)
            self.credit.append(builder)
            return True
        return False

    def _late_principal(self, state: _ClaimState, entry: Entry) -> None:
        self.notes.append(
            f"principal of claim {state.terms.reference} is dated "
            f"{_french(entry.effective_date)}, after its due date: interest on it runs "
            "only from that date"
        )

    def _refuse(self, state: _ClaimState, entry: Entry, component: Component) -> bool:
        """An indemnity or fee toward a consumer: noted, never charged."""
        amount = _amount(entry)
        self.notes.append(
            f"{component.label('en')} of {amount} € on claim {state.terms.reference} refused: "
            "no indemnity or recovery fee may be charged to a consumer (L111-8 CPCE)"
        )
        return False

    def _pay(self, entry: Entry, cents: int, day_number: int) -> None:
        if cents < 0:
            raise LedgerError(f"payment {entry.entry_id!r} is negative: use an adjustment")
        claim_id = entry.claim_id
        named = None if claim_id is None else self.states.get(claim_id)
        if named is None and claim_id is not None:
            raise self._claim_error(entry)
        self.received += cents
        # `_amount(entry)`, built from the cents but for a zero, which may be "-0.00".
        amount = CENT * cents if cents else _amount(entry)
        builder = _AllocationBuilder(entry, amount, cents)
        self.builders.append(builder)
        builder.unallocated = self._allocate(
            builder, cents, entry.effective_date, day_number, named
        )
        if builder.unallocated > 0:
            self.credit.append(builder)

    def _apply_credit(self, day: date, day_number: int) -> None:
        for builder in self.credit:
            builder.unallocated = self._allocate(
                builder, builder.unallocated, day, day_number, None
            )
        self.credit = [builder for builder in self.credit if builder.unallocated > 0]

    def _allocate(
        self,
        builder: _AllocationBuilder,
        amount: int,
        day: date,
        day_number: int,
        named: _ClaimState | None,
    ) -> int:
        """Spend `amount` cents: the named claim first, then by oldest due date; within a
        claim in the mandate's component order. Returns what is left over."""
        remaining = amount
        claims = self.by_age if named is None else (named, *self.by_age)
        parts = builder.parts
        for state in claims:
            if remaining <= 0:
                break
            if state.outstanding <= 0:
                # Nothing due means no principal either, so nothing can have accrued since.
                continue
            if state.next_accrual <= day_number or day_number > state.indemnity_day:
                self._advance(state, day, day_number)
            dues = state.due
            for index, component in self.order:
                due = dues[index]
                if due <= 0:
                    continue
                take = due if due < remaining else remaining
                dues[index] = due - take
                state.outstanding -= take
                remaining -= take
                parts.append(_new_tuple(Allocation, (state.claim_id, component, CENT * take)))
                if remaining <= 0:
                    break
        return remaining

    def _claim_error(self, entry: Entry) -> LedgerError:
        if entry.claim_id is None:
            return LedgerError(f"{entry.kind} entry {entry.entry_id!r} names no claim")
        return LedgerError(f"entry {entry.entry_id!r} names unknown claim {entry.claim_id!r}")

    # Interest and indemnity ------------------------------------------------------------

    def _advance(self, state: _ClaimState, day: date, day_number: int) -> None:
        """Bring the claim up to the end of `day`, before that day's entries take effect:
        the €40 once past the due date, the interest lines up to `day`, one per semester.

        Callers test first whether there is anything to do (`state.next_accrual <=
        day_number or day_number > state.indemnity_day`): most of the time there is not,
        and the test is cheaper than the call."""
        if day_number > state.indemnity_day:
            # Late means principal still unpaid at the end of the due date (`indemnity_day`
            # is _NEVER for a claim that cannot owe the €40, see `_ClaimState`).
            state.indemnity_day = _NEVER
            if state.due[_PRINCIPAL] > 0:
                state.charged[_INDEMNITY] += _FIXED_INDEMNITY_CENTS
                state.due[_INDEMNITY] += _FIXED_INDEMNITY_CENTS
                state.outstanding += _FIXED_INDEMNITY_CENTS
        first_day = state.next_accrual
        if first_day > day_number:
            return
        if day_number < state.accrual_end:
            end, last_day = day, day_number
        else:
            end, last_day = state.accrual_end_day, state.accrual_end
            if first_day > last_day:
                return
        base = state.due[_PRINCIPAL]
        if base <= 0:
            state.period = None  # days without interest go by: the semester may change
        else:
            start = state.next_accrual_day
            # The semester `start` falls in: mostly known from the claim's last line.
            period = state.period
            if period is None:
                number = start.year * 2 + (start.month > 6)
                period = state.periods.get(number) or self._period(state, number)
            base_amount = CENT * base  # the same Decimal on every line of this stretch
            lines, interest = state.lines, 0
            while period is not None:  # None: no rate known for the semester
                (
                    semester_end,
                    semester_last_day,
                    rate,
                    rule,
                    rows,
                    numerator,
                    divisor,
                    half,
                    after,
                    number,
                    _,
                ) = period
                if last_day < semester_last_day:
                    line_end, line_last_day = end, last_day
                else:
                    line_end, line_last_day = semester_end, semester_last_day
                days = line_last_day - first_day + 1
                product = base * numerator * days
                if product < _EXACT_LIMIT:
                    cents = (product + half) // divisor  # half-up, see _Period
                    amount = CENT * cents
                else:
                    amount = _decimal_interest(state, base_amount, rate, days)
                    cents = _cents(amount)
                lines.append(
                    _new_tuple(
                        InterestLine,
                        (start, line_end, days, base_amount, rate, amount, rule, rows),
                    )
                )
                interest += cents
                if line_last_day == last_day:
                    # Next time, this semester again, unless it is over.
                    state.period = period if last_day < semester_last_day else None
                    break
                start, first_day = after, line_last_day + 1
                period = state.periods.get(number + 1) or self._period(state, number + 1)
            else:
                # Interest stops the day before the first semester of unknown rate.
                end, last_day = start - _ONE_DAY, first_day - 1
                state.accrual_end_day, state.accrual_end = end, last_day
            state.charged[_INTEREST] += interest
            state.due[_INTEREST] += interest
            state.outstanding += interest
        state.next_accrual_day, state.next_accrual = end + _ONE_DAY, last_day + 1

    def _period(self, state: _ClaimState, number: int) -> _Period | None:
        """Semester `number` of the claim's regime, which its case has not looked up yet
        (50 invoices on the same terms look each semester up once, not 50 times); None if
        its rate is unknown (warned). Built once per rate tables and exact terms, whatever
        the case."""
        regimes = self.shared_regimes
        if regimes is None:
            regimes = _SHARED_PERIODS.get(self.rates)
            if regimes is None or len(regimes) > _SHARED_REGIMES_MAX:
                regimes = _SHARED_PERIODS[self.rates] = {}
            self.shared_regimes = regimes
        # The exact contract rate too: Decimal("16") and Decimal("16.0") are equal, but a
        # line shows the rate of its own claim (or of the first claim alike in its case).
        terms = state.terms
        periods = regimes.setdefault((*state.regime, repr(terms.contract_rate)), {})
        period = periods.get(number)
        if period is None:
            try:
                period = periods[number] = _new_period(terms, number, self.rates)
            except RateUnavailable as missing:
                self._rate_missing(state, missing)
                return None
        for warning in period.warnings:
            self.unverified[warning] = None
        state.periods[number] = period
        return period

    def _rate_missing(self, state: _ClaimState, missing: RateUnavailable) -> None:
        warning = (
            f"no {missing.table} for {missing.semester}: interest stops on "
            f"{_french(missing.semester.start - _ONE_DAY)}"
        )
        self.missing.setdefault(warning, []).append(state.terms.reference)

    # Output ----------------------------------------------------------------------------

    def _statement(self) -> Statement:
        # Every amount is in whole cents (entries are rounded on the way in, each interest
        # line once): the sums are exact integers, turned into Decimals only here.
        claim_statements = []
        states = self.states.values()
        total_charged = _column_sums([state.charged for state in states])
        total_due = _column_sums([state.due for state in states])
        for state in states:
            # `_amounts` and `_by_component`, written out: calls cost more than their work.
            charged_cents, due_cents = state.charged, state.due
            due_principal, due_interest, due_indemnity, due_fees = due_cents
            principal = CENT * due_principal if due_principal else ZERO
            interest = CENT * due_interest if due_interest else ZERO
            indemnity = CENT * due_indemnity if due_indemnity else ZERO
            fees = CENT * due_fees if due_fees else ZERO
            # Charged is what is due plus what payments took (so more, if not the same): what
            # they took nothing of keeps the same Decimal.
            principal_charged, interest_charged, indemnity_charged, fees_charged = charged_cents
            charged = {
                _C_PRINCIPAL: principal
                if principal_charged == due_principal
                else CENT * principal_charged,
                _C_INTEREST: interest
                if interest_charged == due_interest
                else CENT * interest_charged,
                _C_INDEMNITY: indemnity
                if indemnity_charged == due_indemnity
                else CENT * indemnity_charged,
                _C_FEE: fees if fees_charged == due_fees else CENT * fees_charged,
            }
            balance = state.outstanding
            paid = sum(charged_cents) - balance
            claim = _object_new(ClaimStatement)
            _set_fields(
                claim,
                "__dict__",
                {
                    "claim_id": state.claim_id,
                    "reference": state.terms.reference,
                    "principal": principal,
                    "interest": interest,
                    "indemnity": indemnity,
                    "fees": fees,
                    "paid": CENT * paid if paid else ZERO,
                    "balance": CENT * balance if balance else ZERO,
                    "lines": tuple(state.lines),
                    "charged": charged,
                },
            )
            claim_statements.append(claim)
        allocations = []
        for builder in self.builders:
            unallocated, parts = builder.unallocated, builder.parts
            allocation = _object_new(PaymentAllocation)
            _set_fields(
                allocation,
                "__dict__",
                {
                    "entry": builder.entry,
                    "amount": builder.amount,
                    "parts": tuple(parts),
                    # Nothing left is 0.00, but a payment with nothing to allocate shows
                    # its own amount, "-0.00" included, as ever.
                    "unallocated": (
                        CENT * unallocated if unallocated else ZERO if parts else builder.amount
                    ),
                },
            )
            allocations.append(allocation)
        warnings = list(self.notes)
        for warning, references in self.missing.items():
            warnings.append(f"{warning} (claims {', '.join(references)})")
        warnings += self.unverified
        return _build(
            Statement,
            {
                "as_of": self.as_of,
                "claims": tuple(claim_statements),
                "due_by_component": _by_component(_amounts(total_due)),
                "total_due": CENT * sum(total_due),
                "total_paid": CENT * (sum(total_charged) - sum(total_due)),
                "total_charged": CENT * sum(total_charged),
                "total_received": CENT * self.received,
                "overpaid": CENT * sum(builder.unallocated for builder in self.credit),
                "allocations": tuple(allocations),
                "warnings": tuple(dict.fromkeys(warnings)),
            },
        )


# `_build`, written out where tens of objects are built (claim statements, allocations).
_object_new = object.__new__
_set_fields = object.__setattr__


def _build(cls: type[_Output], fields: dict[str, object]) -> _Output:
    """`cls(**fields)` for the frozen output dataclasses below, twice as fast.

    The generated `__init__` of a frozen dataclass sets each field through
    `object.__setattr__`: 50 claim statements of 10 fields cost more than all their
    interest lines. These classes have no `__post_init__` and every field is passed, so
    giving the instance `fields` as its attribute dictionary makes the very same object."""
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", fields)
    return instance


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


def _new_period(terms: ClaimTerms, number: int, rates: RateTables) -> _Period:
    """Look semester `number` (see `_Period.number`) up; raises RateUnavailable."""
    semester = Semester(number // 2, 1 if number % 2 == 0 else 2)
    rate, rule, rows = _period_rate(terms, semester, rates)
    numerator, denominator = _rate_fraction(rate)
    end = semester.end
    divisor = _PERCENT_DAYS_INT * denominator
    return _Period(
        end=end,
        last_day=end.toordinal(),
        rate=rate,
        rule=rule,
        rows=rows,
        numerator=numerator,
        divisor=divisor,
        half=divisor // 2,
        number=number,
        warnings=tuple(
            f"unverified rate used: {row.describe()}; source: {row.source}"
            for row in rows
            if row.status is _UNVERIFIED
        ),
        after=end + _ONE_DAY if end < date.max else end,  # 31/12/9999 has no day after
    )


def _rate_fraction(rate: Decimal) -> tuple[int, int]:
    """`rate` as numerator / 10^k exactly (read off its digits, never rounded); see _Period."""
    if not rate.is_finite() or rate < 0:
        return _EXACT_LIMIT, 1
    _, digits, exponent = rate.as_tuple()
    assert isinstance(exponent, int)
    coefficient = int("".join(map(str, digits)))
    if exponent >= 0:
        return coefficient * 10**exponent, 1
    return coefficient, 10**-exponent


def _decimal_interest(state: _ClaimState, base: Decimal, rate: Decimal, days: int) -> Decimal:
    """The interest of one line by the Decimal formula, for what integers do not cover."""
    amount = quantize(base * rate * days / _PERCENT_DAYS)
    if not amount.is_finite():
        raise LedgerError(f"claim {state.terms.reference}: the contract rate must be a number")
    return amount


def _component_of(kind: EntryKind) -> Component:
    """The component an entry of another kind than those of `_COMPONENT_OF_KIND` charges:
    none, so this raises, as `Component(kind.value)` always did."""
    return Component(kind.value)


def _by_component(amounts: tuple[Decimal, Decimal, Decimal, Decimal]) -> dict[Component, Decimal]:
    principal, interest, indemnity, fees = amounts
    return {
        _COMPONENTS[_PRINCIPAL]: principal,
        _COMPONENTS[_INTEREST]: interest,
        _COMPONENTS[_INDEMNITY]: indemnity,
        _COMPONENTS[_FEE]: fees,
    }


def _amounts(cents: list[int]) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Cents by component as Decimals, zeros shared."""
    principal, interest, indemnity, fees = cents
    return (
        CENT * principal if principal else ZERO,
        CENT * interest if interest else ZERO,
        CENT * indemnity if indemnity else ZERO,
        CENT * fees if fees else ZERO,
    )


def _cents_of(entry: Entry) -> int:
    """The entry's amount in cents, rounded half-up (away from zero) like `quantize`.

    From the exact fraction the Decimal stands for: cheaper than `int(quantize(amount) *
    100)`, which every entry of the ledger would pay."""
    amount = entry.amount
    if not isinstance(amount, Decimal):
        raise LedgerError(f"entry {entry.entry_id!r}: money is a Decimal, never a float")
    try:
        numerator, denominator = amount.as_integer_ratio()
    except (ValueError, OverflowError):  # NaN or infinite: `quantize` raises for most
        quantize(amount)
        raise LedgerError(f"entry {entry.entry_id!r}: the amount is not a number") from None
    if 100 % denominator == 0:  # at most two decimals, the usual case: nothing to round
        cents = numerator * (100 // denominator)
    else:
        cents = (200 * abs(numerator) + denominator) // (2 * denominator)
        cents = -cents if numerator < 0 else cents
    if not -_QUANTIZE_LIMIT < cents < _QUANTIZE_LIMIT:
        quantize(amount)  # raises, as it always did for amounts beyond 28 digits
    return cents


def _entry_cents(entries: list[Entry]) -> Sequence[int | None]:
    """Every entry's amount in cents, as `_cents_of` gives it.

    The usual ledger (Decimals of at most two decimals) takes a few passes over the list
    instead of a call per entry. Otherwise each entry goes through `_cents_of`, None
    standing for an amount it refuses: it is asked again when that entry's turn comes, so
    that the entries before it are replayed (and may fail) first, as ever."""
    amounts = list(map(_AMOUNT, entries))
    if amounts and set(map(type, amounts)) == _DECIMAL_ONLY:  # the exact type: no subclass
        try:
            cents = [numerator * _CENTS_PER[denominator] for numerator, denominator in map(_RATIO, amounts)]  # fmt: skip
        except (KeyError, ValueError, OverflowError):  # more decimals, NaN, infinite
            pass
        else:
            if min(cents) > -_QUANTIZE_LIMIT and max(cents) < _QUANTIZE_LIMIT:
                return cents
    return list(map(_cents_or_none, entries))


def _without_reversed(entries: list[Entry]) -> list[Entry]:
    """The entries but the reversals and the payments they undo: a returned payment was
    never received (interest ran on as if it had not come). A reversal of anything but a
    payment of this ledger is refused."""
    payments = {entry.entry_id: entry for entry in entries if entry.kind is _PAYMENT}
    undone = set()
    for entry in entries:
        if entry.kind is _REVERSAL:
            target = payments.get(entry.reverses)
            if target is None or entry.reverses is None:
                raise LedgerError(
                    f"reversal {entry.entry_id!r} names {entry.reverses!r}, "
                    "which is not a payment of this case up to that day"
                )
            if entry.reverses in undone:
                raise LedgerError(f"payment {entry.reverses!r} is reversed twice")
            undone.add(entry.reverses)
    return [
        entry
        for entry in entries
        if entry.kind is not _REVERSAL
        and (entry.kind is not _PAYMENT or entry.entry_id not in undone)
    ]


def _cents_or_none(entry: Entry) -> int | None:
    try:
        return _cents_of(entry)
    except Exception:  # whatever it is, `_cents_of` raises it again in the entry's turn
        return None


def _column_sums(rows: list[list[int]]) -> list[int]:
    """Component by component totals of claims' cents (four zeros for no claim)."""
    return list(map(sum, zip(*rows, strict=True))) if rows else [0, 0, 0, 0]


def _amount(entry: Entry) -> Decimal:
    """The entry's amount as a Decimal rounded to the cent, for what is shown."""
    return quantize(entry.amount)


def _cents(amount: Decimal) -> int:
    """A Decimal already rounded to the cent, in cents. Exact: below 10^26 (`quantize`
    refuses more), times 100 at most drops trailing zeros to stay within 28 digits."""
    return int(amount * 100)


def _french(day: date) -> str:
    return day.strftime("%d/%m/%Y")
