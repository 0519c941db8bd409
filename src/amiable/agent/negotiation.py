"""Payment plans inside the creditor's mandate: what the agent offers, accepts or counters.

Pure domain logic: money is integer cents, percentages are `Decimal`, today is passed in.

- Instalments are monthly: instalment k falls on the first due date plus k-1 calendar
  months, same day of month, clamped to the month's last day (31 Jan, 28 Feb, 31 Mar).
  The first due date is today + 7 days unless the mandate's window is shorter; a
  hardship offer defers it to the end of the window (today + `first_due_within_days`).
- Rounding (`plan_for`): the regular instalment is balance / count rounded UP to a
  whole euro, or to a multiple of 5 € once it reaches 100 €; the remainder goes on the
  LAST instalment, which is then > 0 and not above the regular one ("5 × 210 € then
  200 €"). When that leaves nothing for the last (small balances, long plans), the
  regular instalment is rounded DOWN instead (to the cent when below 1 €) and the
  remainder goes on the FIRST. The total is always exactly the balance.
- Minimum instalment: every instalment must reach it, except the last, which may be
  smaller when the balance does not divide (the trade's "9 × 50 € then 23,40 €");
  `check` applies that rule. The plans the agent generates itself are stricter: a
  count whose last instalment would fall below the minimum is not offered, the next
  lower count (larger instalments, remainder spread) is used instead.
- `max_months` bounds the span first → last due date (n instalments span n-1 months).
- Paying in full ("full") gets the mandate's lump-sum discount, rounded down to the cent.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from amiable.core.money import from_cents

FIRST_DUE_WITHIN_DAYS = 30  # default: the first instalment falls at most this many days after today
DEFAULT_FIRST_DUE_DAYS = 7  # the usual first due date, today + 7 days
_EURO = 100
_FIVE_EUROS = 500
_ROUND_TO_FIVE_FROM = 10_000  # a regular instalment of 100 € or more is a multiple of 5 €
_ONE_EURO_TOLERANCE = 100  # a count and an instalment amount agree within 1 € per instalment


@dataclass(frozen=True, slots=True)
class Bounds:
    max_instalments: int  # 1 means no plan may be offered (only payment in full)
    min_instalment_cents: int  # 0 = no minimum
    # Longest span in months from the first instalment's date to the last's;
    # 0 = no limit beyond max_instalments.
    max_months: int
    # Discount for paying the whole balance at once; 0 = none.
    lump_sum_discount_percent: Decimal = Decimal(0)
    first_due_within_days: int = FIRST_DUE_WITHIN_DAYS

    def __post_init__(self) -> None:
        if self.max_instalments < 1:
            raise ValueError(f"max_instalments must be at least 1: {self.max_instalments}")
        if self.min_instalment_cents < 0:
            raise ValueError(
                f"min_instalment_cents must not be negative: {self.min_instalment_cents}"
            )
        if self.max_months < 0:
            raise ValueError(f"max_months must not be negative: {self.max_months}")
        if self.first_due_within_days < 1:
            raise ValueError(
                f"first_due_within_days must be at least 1: {self.first_due_within_days}"
            )
        percent: object = self.lump_sum_discount_percent
        if isinstance(percent, bool) or not isinstance(percent, Decimal | int):
            raise TypeError(f"lump_sum_discount_percent must be a Decimal: {percent!r}")
        if not 0 <= percent < 100:
            raise ValueError(f"lump_sum_discount_percent must be in [0, 100): {percent}")


@dataclass(frozen=True, slots=True)
class Instalment:
    number: int  # 1-based
    due_on: date
    amount_cents: int


@dataclass(frozen=True, slots=True)
class PlanOption:
    key: str  # stable, e.g. "full", "3x", "6x", "12x-hardship": the same inputs give the same keys
    instalments: tuple[Instalment, ...]
    total_cents: int  # sum of the instalments, exactly
    discount_cents: int = 0  # balance - total (only a lump-sum discount)

    def __post_init__(self) -> None:
        if not self.instalments:
            raise ValueError("a plan has at least one instalment")
        total = sum(i.amount_cents for i in self.instalments)
        if total != self.total_cents:
            raise ValueError(f"total_cents {self.total_cents} is not the sum {total}")

    @property
    def count(self) -> int:
        return len(self.instalments)

    @property
    def first_due_on(self) -> date:
        return self.instalments[0].due_on

    @property
    def last_due_on(self) -> date:
        return self.instalments[-1].due_on

    @property
    def instalment_cents(self) -> int:
        """The regular instalment: the most frequent amount (the larger one on a tie)."""
        amounts = [i.amount_cents for i in self.instalments]
        return max(set(amounts), key=lambda amount: (amounts.count(amount), amount))


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the debtor proposed (from the reader: number of instalments, an instalment
    amount, a date, an amount)."""

    instalments: int | None = None
    instalment_cents: int | None = None
    first_due_on: date | None = None
    amount_cents: int | None = None  # a one-off amount offered (e.g. "I can pay 200 now")


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # "accept" | "counter" | "outside"
    plan: PlanOption | None  # for "accept": the plan matching the proposal
    # For "counter"/"outside": the closest plans inside the bounds (may be empty).
    counters: tuple[PlanOption, ...]
    # Plain English, one per violated bound, e.g. "instalment 30.00 below the minimum 50.00".
    reasons: tuple[str, ...]

    @property
    def within_bounds(self) -> bool:
        return self.kind == "accept"


# --- Public functions -------------------------------------------------------------------


def offers(
    balance_cents: int, bounds: Bounds, today: date, *, hardship: bool = False
) -> tuple[PlanOption, ...]:
    """The plans to offer, 1 to 3 of them, all inside the bounds.

    In order: "full" (with the lump-sum discount), a short plan (about half the longest
    count, at least 2) and the longest plan the bounds allow. With `hardship`, the
    longest plan comes first with its first date deferred to the end of the window
    (key "<n>x-hardship"), then the short plan, then "full". A balance too small for
    any plan of two instalments or more, or `max_instalments == 1`, gives only "full".
    """
    _require_balance(balance_cents)
    first = _default_first(bounds, today)
    full = plan_for(balance_cents, 1, bounds, today, first_due_on=first)
    longest = _longest_count(balance_cents, bounds)
    if longest is None:
        return (full,)
    short = _short_count(balance_cents, bounds, longest)
    short_plans = () if short is None else (plan_for(balance_cents, short, bounds, today),)
    if hardship:
        deferred = today + timedelta(days=bounds.first_due_within_days)
        long_plan = _plan(balance_cents, _split(balance_cents, longest), deferred, 0)
        return (replace(long_plan, key=f"{longest}x-hardship"), *short_plans, full)
    return (full, *short_plans, plan_for(balance_cents, longest, bounds, today))


def plan_for(
    balance_cents: int,
    count: int,
    bounds: Bounds,
    today: date,
    *,
    first_due_on: date | None = None,
) -> PlanOption:
    """The plan of `count` monthly instalments for the balance, rounded as the module says.

    Bounds are not enforced here (see `check`), except that `count == 1` is the "full"
    option and gets the lump-sum discount. Raises ValueError when the balance is not
    positive or the count is below 1 or above the balance in cents.
    """
    _require_balance(balance_cents)
    if count < 1:
        raise ValueError(f"a plan has at least one instalment: {count}")
    if count > balance_cents:
        raise ValueError(f"{count} instalments cannot each be positive on {balance_cents} cents")
    first = _default_first(bounds, today) if first_due_on is None else first_due_on
    if count == 1:
        discount = _lump_sum_discount(balance_cents, bounds)
        return _plan(balance_cents, (balance_cents - discount,), first, discount)
    return _plan(balance_cents, _split(balance_cents, count), first, 0)


def evaluate(proposal: Proposal, balance_cents: int, bounds: Bounds, today: date) -> Verdict:
    """Accept, counter or hand to a human what the debtor proposed.

    - An instalment amount alone: count = ceil(balance / amount), the debtor's amount
      exactly, the remainder on the last instalment. A count alone: `plan_for(count)`.
      Both: the count wins when the amount is within 1 € of balance / count, else the
      amount. A date alone: payment in full on that date. `amount_cents` counts only
      without a count or an instalment amount: a one-off amount covering the "full"
      option is accepted as "full", a smaller one (a partial payment without a plan)
      is "outside", with the usual offers as counters.
    - Inside every bound → "accept". Otherwise → "counter" with the plans inside the
      bounds: the debtor's own plan moved to a valid first date when that alone fixes
      it, then the longest plan, the short one and "full" (dated from the debtor's date
      brought into the window). When no plan of two instalments or more fits the
      bounds (`max_instalments == 1`, tiny balances) → "outside" with "full" only.
    """
    _require_balance(balance_cents)
    for name, value in (
        ("instalments", proposal.instalments),
        ("instalment_cents", proposal.instalment_cents),
        ("amount_cents", proposal.amount_cents),
    ):
        if value is not None and value < 1:
            raise ValueError(f"the proposal's {name} must be positive: {value}")

    if proposal.instalments is None and proposal.instalment_cents is None:
        if proposal.amount_cents is not None:
            full = plan_for(balance_cents, 1, bounds, today, first_due_on=proposal.first_due_on)
            if proposal.amount_cents < full.total_cents:
                reason = (
                    f"partial payment {_money(proposal.amount_cents)} without a plan "
                    f"for the balance {_money(balance_cents)}"
                )
                return Verdict("outside", None, offers(balance_cents, bounds, today), (reason,))
            return _judge(full, proposal, balance_cents, bounds, today)
        if proposal.first_due_on is None:
            counters = _counters(None, balance_cents, bounds, today, _default_first(bounds, today))
            kind = "counter" if _longest_count(balance_cents, bounds) else "outside"
            return Verdict(kind, None, counters, ("no payment plan proposed",))

    by_amount = proposal.instalment_cents is not None and (
        proposal.instalments is None or not _consistent(proposal, balance_cents)
    )
    count = _proposed_count(proposal, balance_cents, by_amount)
    first = (
        _default_first(bounds, today) if proposal.first_due_on is None else proposal.first_due_on
    )
    if count > min(bounds.max_instalments, balance_cents) or (
        bounds.max_months and count - 1 > bounds.max_months
    ):
        # Refused whatever the dates: the plan (maybe thousands of instalments) is not built.
        return _refuse(
            None,
            _count_reasons(proposal, by_amount, count, first, balance_cents, bounds, today),
            proposal,
            balance_cents,
            bounds,
            today,
        )
    if by_amount and proposal.instalment_cents is not None:
        amount = proposal.instalment_cents
        amounts = (amount,) * (count - 1) + (balance_cents - (count - 1) * amount,)
        plan = (
            plan_for(balance_cents, 1, bounds, today, first_due_on=first)
            if count == 1
            else _plan(balance_cents, amounts, first, 0)
        )
    else:
        plan = plan_for(balance_cents, count, bounds, today, first_due_on=first)
    return _judge(plan, proposal, balance_cents, bounds, today)


def check(plan: PlanOption, balance_cents: int, bounds: Bounds, today: date) -> tuple[str, ...]:
    """The bounds the plan violates, one plain-English reason each; empty when inside.

    Checked: the count, the minimum instalment (every instalment but the last, which
    may be smaller), positive amounts, increasing due dates, the span in months, the
    first date's window (tomorrow to today + `first_due_within_days`) and the total
    (the balance; for a single payment, the balance less the lump-sum discount too).
    """
    reasons: list[str] = []
    amounts = [i.amount_cents for i in plan.instalments]
    if plan.count > bounds.max_instalments:
        reasons.append(_too_many(plan.count, bounds))
    if bounds.min_instalment_cents and plan.count > 1:
        lowest = min(amounts[:-1])
        if lowest < bounds.min_instalment_cents:
            reasons.append(
                f"instalment {_money(lowest)} below the minimum {_money(bounds.min_instalment_cents)}"
            )
    if min(amounts) <= 0:
        reasons.append(f"instalment {_money(min(amounts))} not above zero")
    dates = [i.due_on for i in plan.instalments]
    if any(later <= earlier for earlier, later in pairwise(dates)):
        reasons.append("due dates not in increasing order")
    elif bounds.max_months and plan.last_due_on > _add_months(plan.first_due_on, bounds.max_months):
        reasons.append(
            f"span of {_span_months(plan.first_due_on, plan.last_due_on)} months "
            f"above the maximum {bounds.max_months}"
        )
    earliest, latest = _window(bounds, today)
    if plan.first_due_on < earliest:
        reasons.append(
            f"first instalment on {plan.first_due_on} before the earliest date {earliest}"
        )
    elif plan.first_due_on > latest:
        reasons.append(f"first instalment on {plan.first_due_on} after the latest date {latest}")
    allowed = {balance_cents}
    if plan.count == 1:
        allowed.add(balance_cents - _lump_sum_discount(balance_cents, bounds))
    if plan.total_cents not in allowed:
        reasons.append(
            f"total {_money(plan.total_cents)} differs from the balance {_money(balance_cents)}"
        )
    elif plan.discount_cents != balance_cents - plan.total_cents:
        reasons.append(
            f"discount {_money(plan.discount_cents)} differs from the balance less the total "
            f"{_money(balance_cents - plan.total_cents)}"
        )
    return tuple(reasons)


# --- Plans ----------------------------------------------------------------------------


def _split(balance_cents: int, count: int) -> tuple[int, ...]:
    """The instalment amounts for `count` instalments (see the module's rounding rule)."""
    regular, odd, odd_last = _shape(balance_cents, count)
    if count == 1:
        return (balance_cents,)
    if odd_last:
        return (regular,) * (count - 1) + (odd,)
    return (odd,) + (regular,) * (count - 1)


def _shape(balance_cents: int, count: int) -> tuple[int, int, bool]:
    """The regular instalment, the odd one (the remainder) and whether it is the last."""
    regular = _round_up(balance_cents, count, _EURO)
    if regular >= _ROUND_TO_FIVE_FROM:
        regular = _round_up(balance_cents, count, _FIVE_EUROS)
    rest = balance_cents - (count - 1) * regular
    if rest > 0:
        return regular, rest, True
    # Nothing left for the last: round down instead and put the remainder on the first.
    share = balance_cents // count
    regular = share // _EURO * _EURO
    if regular >= _ROUND_TO_FIVE_FROM:
        regular = share // _FIVE_EUROS * _FIVE_EUROS
    if regular == 0:
        regular = share
    return regular, balance_cents - (count - 1) * regular, False


def _round_up(balance_cents: int, count: int, unit: int) -> int:
    return -(-balance_cents // (count * unit)) * unit


def _plan(balance_cents: int, amounts: tuple[int, ...], first: date, discount: int) -> PlanOption:
    instalments = tuple(
        Instalment(number, _add_months(first, number - 1), amount)
        for number, amount in enumerate(amounts, start=1)
    )
    key = "full" if len(amounts) == 1 else f"{len(amounts)}x"
    return PlanOption(key, instalments, balance_cents - discount, discount)


def _fits(balance_cents: int, count: int, bounds: Bounds) -> bool:
    """Whether the agent may offer `count` instalments (every one at the minimum or more)."""
    if count < 2 or count > min(bounds.max_instalments, balance_cents):
        return False
    if bounds.max_months and count - 1 > bounds.max_months:
        return False
    return min(_split(balance_cents, count)) >= bounds.min_instalment_cents


def _longest_count(balance_cents: int, bounds: Bounds) -> int | None:
    """The largest count of two or more the agent may offer, None when there is none."""
    top = min(bounds.max_instalments, balance_cents)
    if bounds.max_months:
        top = min(top, bounds.max_months + 1)
    if bounds.min_instalment_cents:
        top = min(top, balance_cents // bounds.min_instalment_cents)
    return next((n for n in range(top, 1, -1) if _fits(balance_cents, n, bounds)), None)


def _short_count(balance_cents: int, bounds: Bounds, longest: int) -> int | None:
    """About half the longest count (rounded up, at least 2): the nearest fitting count
    at or below it, else above it; None when only the longest fits."""
    target = max(2, (longest + 1) // 2)
    candidates = [*range(target, 1, -1), *range(target + 1, longest)]
    return next((n for n in candidates if n != longest and _fits(balance_cents, n, bounds)), None)


def _lump_sum_discount(balance_cents: int, bounds: Bounds) -> int:
    # Integer arithmetic on the Decimal's exact ratio: rounded down to the cent, no float.
    numerator, denominator = Decimal(bounds.lump_sum_discount_percent).as_integer_ratio()
    return balance_cents * numerator // (denominator * 100)


# --- Evaluation -----------------------------------------------------------------------


def _proposed_count(proposal: Proposal, balance_cents: int, by_amount: bool) -> int:
    if by_amount and proposal.instalment_cents is not None:
        return -(-balance_cents // proposal.instalment_cents)
    if proposal.instalments is not None:
        return proposal.instalments
    return 1  # a date alone: payment in full on that date


def _consistent(proposal: Proposal, balance_cents: int) -> bool:
    """The count and the amount agree: the amount is within 1 € of balance / count."""
    assert proposal.instalments is not None and proposal.instalment_cents is not None
    gap = abs(proposal.instalment_cents * proposal.instalments - balance_cents)
    return gap <= _ONE_EURO_TOLERANCE * proposal.instalments


def _count_reasons(
    proposal: Proposal,
    by_amount: bool,
    count: int,
    first: date,
    balance_cents: int,
    bounds: Bounds,
    today: date,
) -> tuple[str, ...]:
    """What `check` would say of a monthly plan of `count` instalments, without building it."""
    reasons = [_too_many(count, bounds)] if count > bounds.max_instalments else []
    if count > balance_cents:
        reasons.append(f"{count} instalments on a balance of {_money(balance_cents)}")
    else:
        if by_amount and proposal.instalment_cents is not None:
            lowest = proposal.instalment_cents  # the debtor's amount decided the count
        else:
            regular, odd, odd_last = _shape(balance_cents, count)
            lowest = regular if odd_last or count > 2 else odd
        if lowest < bounds.min_instalment_cents:
            reasons.append(
                f"instalment {_money(lowest)} below the minimum {_money(bounds.min_instalment_cents)}"
            )
    if bounds.max_months and count - 1 > bounds.max_months:
        reasons.append(f"span of {count - 1} months above the maximum {bounds.max_months}")
    earliest, latest = _window(bounds, today)
    if first < earliest:
        reasons.append(f"first instalment on {first} before the earliest date {earliest}")
    elif first > latest:
        reasons.append(f"first instalment on {first} after the latest date {latest}")
    return tuple(reasons)


def _judge(
    plan: PlanOption, proposal: Proposal, balance_cents: int, bounds: Bounds, today: date
) -> Verdict:
    reasons = check(plan, balance_cents, bounds, today)
    if not reasons:
        return Verdict("accept", plan, (), ())
    return _refuse(plan, reasons, proposal, balance_cents, bounds, today)


def _refuse(
    plan: PlanOption | None,
    reasons: tuple[str, ...],
    proposal: Proposal,
    balance_cents: int,
    bounds: Bounds,
    today: date,
) -> Verdict:
    earliest, latest = _window(bounds, today)
    first = _default_first(bounds, today)
    if proposal.first_due_on is not None:
        first = min(max(proposal.first_due_on, earliest), latest)
    if _longest_count(balance_cents, bounds) is None:
        full = plan_for(balance_cents, 1, bounds, today, first_due_on=first)
        return Verdict("outside", None, (full,), reasons)
    return Verdict("counter", None, _counters(plan, balance_cents, bounds, today, first), reasons)


def _counters(
    plan: PlanOption | None, balance_cents: int, bounds: Bounds, today: date, first: date
) -> tuple[PlanOption, ...]:
    """The debtor's plan on a valid first date when that alone makes it fit, then the
    longest plan, the short one and "full", from `first`; one plan per count."""
    plans: list[PlanOption] = []
    if plan is not None:
        moved = _plan(
            balance_cents,
            tuple(i.amount_cents for i in plan.instalments),
            first,
            plan.discount_cents,
        )
        if not check(moved, balance_cents, bounds, today):
            plans.append(moved)
    longest = _longest_count(balance_cents, bounds)
    if longest is not None:
        plans.append(plan_for(balance_cents, longest, bounds, today, first_due_on=first))
        short = _short_count(balance_cents, bounds, longest)
        if short is not None:
            plans.append(plan_for(balance_cents, short, bounds, today, first_due_on=first))
    plans.append(plan_for(balance_cents, 1, bounds, today, first_due_on=first))
    counts: set[int] = set()
    unique: list[PlanOption] = []
    for option in plans:
        if option.count not in counts:
            counts.add(option.count)
            unique.append(option)
    return tuple(unique)


# --- Dates and figures ----------------------------------------------------------------


def _default_first(bounds: Bounds, today: date) -> date:
    return today + timedelta(days=min(DEFAULT_FIRST_DUE_DAYS, bounds.first_due_within_days))


def _window(bounds: Bounds, today: date) -> tuple[date, date]:
    """The earliest and the latest first due date: tomorrow, today + the window."""
    return today + timedelta(days=1), today + timedelta(days=bounds.first_due_within_days)


def _add_months(start: date, months: int) -> date:
    """The same day `months` calendar months later, clamped to the month's last day."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def _span_months(first: date, last: date) -> int:
    """Months from `first` to `last`, counting a started month as one."""
    months = (last.year - first.year) * 12 + last.month - first.month
    return months + 1 if _add_months(first, months) < last else months


def _too_many(count: int, bounds: Bounds) -> str:
    return f"{count} instalments above the maximum {bounds.max_instalments}"


def _money(cents: int) -> str:
    return str(from_cents(cents))


def _require_balance(balance_cents: int) -> None:
    if balance_cents <= 0:
        raise ValueError(f"the balance must be positive: {balance_cents} cents")
