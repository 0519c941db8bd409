from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amiable.agent.negotiation import (
    Bounds,
    PlanOption,
    Proposal,
    check,
    evaluate,
    offers,
    plan_for,
)

TODAY = date(2026, 11, 20)
FIRST = TODAY + timedelta(days=7)


def amounts(plan: PlanOption) -> list[int]:
    return [i.amount_cents for i in plan.instalments]


def dates(plan: PlanOption) -> list[date]:
    return [i.due_on for i in plan.instalments]


balances = st.integers(min_value=1, max_value=100_000_000)
bounds_st = st.builds(
    Bounds,
    max_instalments=st.integers(min_value=1, max_value=48),
    min_instalment_cents=st.one_of(st.just(0), st.integers(min_value=1, max_value=50_000)),
    max_months=st.integers(min_value=0, max_value=48),
    lump_sum_discount_percent=st.decimals(
        min_value=0, max_value=Decimal("99.99"), places=2, allow_nan=False
    ),
    first_due_within_days=st.integers(min_value=1, max_value=90),
)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))


# --- Properties ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(balances, bounds_st, days, st.booleans())
def test_offered_plans_are_exact_and_inside_the_bounds(
    balance: int, bounds: Bounds, today: date, hardship: bool
) -> None:
    plans = offers(balance, bounds, today, hardship=hardship)
    assert 1 <= len(plans) <= 3
    assert len({p.count for p in plans}) == len(plans)
    assert [p.key for p in plans] == [
        p.key for p in offers(balance, bounds, today, hardship=hardship)
    ]
    assert plans[-1 if hardship else 0].key == "full"
    for plan in plans:
        assert check(plan, balance, bounds, today) == ()
        assert plan.total_cents == sum(amounts(plan))
        assert plan.total_cents + plan.discount_cents == balance
        assert plan.discount_cents == 0 or plan.key == "full"
        assert all(isinstance(a, int) and a > 0 for a in amounts(plan))
        assert all(a < b for a, b in pairwise(dates(plan)))
        assert all(a >= bounds.min_instalment_cents for a in amounts(plan)[:-1])
    if bounds.max_instalments == 1:
        assert [p.key for p in plans] == ["full"]


@settings(max_examples=200, deadline=None)
@given(balances, st.integers(min_value=2, max_value=60), days)
def test_plan_for_rounds_sensibly(balance: int, count: int, today: date) -> None:
    if count > balance:
        with pytest.raises(ValueError):
            plan_for(balance, count, Bounds(60, 0, 0), today)
        return
    plan = plan_for(balance, count, Bounds(60, 0, 0), today)
    parts = amounts(plan)
    assert sum(parts) == balance and plan.count == count and min(parts) > 0
    # Rounded up to a whole euro (5 € from 100 €), the remainder on the last...
    regular = -(-balance // (count * 100)) * 100
    if regular >= 10_000:
        regular = -(-balance // (count * 500)) * 500
    if (count - 1) * regular < balance:
        assert parts == [regular] * (count - 1) + [balance - (count - 1) * regular]
    else:  # ...unless nothing is left for it: rounded down, the remainder on the first.
        assert len(set(parts[1:])) == 1 and parts[0] >= parts[1]
        assert parts[1] < 100 or parts[1] % 100 == 0
        assert parts[1] < 10_000 or parts[1] % 500 == 0


@settings(max_examples=200, deadline=None)
@given(
    balances,
    bounds_st,
    days,
    st.one_of(st.none(), st.integers(min_value=1, max_value=60)),
    st.one_of(st.none(), st.integers(min_value=1, max_value=10_000_000)),
    st.one_of(st.none(), st.integers(min_value=-10, max_value=100)),
)
def test_evaluate_is_consistent_with_check(
    balance: int,
    bounds: Bounds,
    today: date,
    count: int | None,
    instalment: int | None,
    offset: int | None,
) -> None:
    first = None if offset is None else today + timedelta(days=offset)
    verdict = evaluate(Proposal(count, instalment, first), balance, bounds, today)
    assert verdict.kind in ("accept", "counter", "outside")
    if verdict.within_bounds:
        assert verdict.plan is not None and verdict.counters == () and verdict.reasons == ()
        assert check(verdict.plan, balance, bounds, today) == ()
    else:
        assert verdict.reasons and verdict.counters
        for plan in verdict.counters:
            assert check(plan, balance, bounds, today) == ()
    if verdict.kind == "outside":
        assert [p.key for p in verdict.counters] == ["full"]


# --- Examples -----------------------------------------------------------------------


MANDATE = Bounds(max_instalments=6, min_instalment_cents=5000, max_months=6)


def test_1250_euros_in_up_to_6_instalments() -> None:
    plans = offers(125_000, MANDATE, TODAY)
    assert [(p.key, amounts(p)) for p in plans] == [
        ("full", [125_000]),
        ("3x", [42_000, 42_000, 41_000]),
        ("6x", [21_000] * 5 + [20_000]),
    ]
    assert dates(plans[2]) == [
        date(2026, 11, 27),
        date(2026, 12, 27),
        date(2027, 1, 27),
        date(2027, 2, 27),
        date(2027, 3, 27),
        date(2027, 4, 27),
    ]
    assert plans[2].instalment_cents == 21_000 and plans[2].last_due_on == date(2027, 4, 27)


def test_month_end_is_clamped_but_the_day_kept() -> None:
    plan = plan_for(100_000, 4, MANDATE, date(2027, 1, 25), first_due_on=date(2027, 1, 31))
    assert dates(plan) == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    leap = plan_for(100_000, 2, MANDATE, date(2028, 1, 25), first_due_on=date(2028, 1, 31))
    assert dates(leap) == [date(2028, 1, 31), date(2028, 2, 29)]


def test_the_last_below_the_minimum_means_one_instalment_fewer() -> None:
    bounds = Bounds(12, 5000, 0)
    # 503 € in 10 would be 9 × 51 € then 44 €, below the minimum 50 €: 9 instalments instead.
    assert amounts(plan_for(50_300, 10, bounds, TODAY)) == [5100] * 9 + [4400]
    assert [(p.key, amounts(p)) for p in offers(50_300, bounds, TODAY)] == [
        ("full", [50_300]),
        ("5x", [10_500] * 4 + [8_300]),
        ("9x", [5600] * 8 + [5500]),
    ]


def test_the_debtors_short_last_instalment_is_accepted() -> None:
    verdict = evaluate(Proposal(instalment_cents=5000), 47_340, Bounds(12, 5000, 0), TODAY)
    assert verdict.kind == "accept" and verdict.plan is not None
    assert amounts(verdict.plan) == [5000] * 9 + [2340]


def test_50_euros_a_month_on_1000_with_at_most_12_is_countered() -> None:
    verdict = evaluate(Proposal(instalment_cents=5000), 100_000, Bounds(12, 0, 0), TODAY)
    assert verdict.kind == "counter" and not verdict.within_bounds
    assert verdict.reasons == ("20 instalments above the maximum 12",)
    assert [(p.key, amounts(p)) for p in verdict.counters] == [
        ("12x", [8400] * 11 + [7600]),
        ("6x", [17_000] * 5 + [15_000]),
        ("full", [100_000]),
    ]


def test_100_euros_a_month_on_1000_is_accepted() -> None:
    verdict = evaluate(Proposal(instalment_cents=10_000), 100_000, Bounds(12, 5000, 12), TODAY)
    assert verdict.kind == "accept" and verdict.plan is not None
    assert verdict.plan.key == "10x" and amounts(verdict.plan) == [10_000] * 10


def test_reasons_name_the_bound_and_both_figures() -> None:
    proposal = Proposal(instalments=10, first_due_on=TODAY + timedelta(days=45))
    verdict = evaluate(proposal, 30_000, Bounds(6, 5000, 4), TODAY)
    assert verdict.kind == "counter"
    assert verdict.reasons == (
        "10 instalments above the maximum 6",
        "instalment 30.00 below the minimum 50.00",
        "span of 9 months above the maximum 4",
        "first instalment on 2027-01-04 after the latest date 2026-12-20",
    )
    # Counters start from the latest allowed date, the closest to the debtor's.
    assert [p.key for p in verdict.counters] == ["5x", "3x", "full"]
    assert {p.first_due_on for p in verdict.counters} == {date(2026, 12, 20)}


def test_a_good_plan_on_a_bad_date_is_countered_on_a_good_date() -> None:
    verdict = evaluate(Proposal(instalments=3, first_due_on=TODAY), 30_000, MANDATE, TODAY)
    assert verdict.reasons == (
        "first instalment on 2026-11-20 before the earliest date 2026-11-21",
    )
    assert verdict.counters[0].key == "3x"
    assert verdict.counters[0].first_due_on == date(2026, 11, 21)


def test_count_and_amount_within_one_euro_keep_the_count() -> None:
    verdict = evaluate(Proposal(instalments=3, instalment_cents=33_300), 100_000, MANDATE, TODAY)
    assert verdict.plan is not None and amounts(verdict.plan) == [33_500, 33_500, 33_000]
    verdict = evaluate(Proposal(instalments=3, instalment_cents=25_000), 100_000, MANDATE, TODAY)
    assert verdict.plan is not None and amounts(verdict.plan) == [25_000] * 4


def test_hardship_puts_the_longest_plan_first_and_defers_it() -> None:
    plans = offers(125_000, MANDATE, TODAY, hardship=True)
    assert [p.key for p in plans] == ["6x-hardship", "3x", "full"]
    assert plans[0].first_due_on == TODAY + timedelta(days=30)
    assert plans[1].first_due_on == FIRST and plans[2].first_due_on == FIRST


def test_lump_sum_discount_is_rounded_down_to_the_cent() -> None:
    bounds = Bounds(6, 5000, 6, lump_sum_discount_percent=Decimal(10))
    full = offers(99_999, bounds, TODAY)[0]
    assert full.key == "full" and amounts(full) == [90_000]
    assert full.discount_cents == 9_999 and full.total_cents == 90_000
    assert evaluate(Proposal(instalments=1), 99_999, bounds, TODAY).plan == full
    assert evaluate(Proposal(amount_cents=90_000), 99_999, bounds, TODAY).plan == full


def test_a_single_payment_mandate_sends_every_plan_outside() -> None:
    bounds = Bounds(max_instalments=1, min_instalment_cents=0, max_months=0)
    assert [p.key for p in offers(100_000, bounds, TODAY)] == ["full"]
    assert [p.key for p in offers(100_000, bounds, TODAY, hardship=True)] == ["full"]
    verdict = evaluate(Proposal(instalments=3), 100_000, bounds, TODAY)
    assert verdict.kind == "outside" and verdict.plan is None
    assert verdict.reasons == ("3 instalments above the maximum 1",)
    assert [(p.key, amounts(p)) for p in verdict.counters] == [("full", [100_000])]
    assert evaluate(Proposal(instalments=1), 100_000, bounds, TODAY).kind == "accept"


def test_tiny_balances_get_only_full() -> None:
    assert [p.key for p in offers(7_000, MANDATE, TODAY)] == ["full"]
    assert [p.key for p in offers(1, Bounds(12, 0, 0), TODAY)] == ["full"]


def test_a_partial_payment_without_a_plan_is_for_a_human() -> None:
    verdict = evaluate(Proposal(amount_cents=20_000), 100_000, MANDATE, TODAY)
    assert verdict.kind == "outside"
    assert verdict.reasons == ("partial payment 200.00 without a plan for the balance 1000.00",)
    assert verdict.counters == offers(100_000, MANDATE, TODAY)
    accepted = evaluate(Proposal(amount_cents=100_000), 100_000, MANDATE, TODAY)
    assert accepted.kind == "accept" and accepted.plan is not None and accepted.plan.key == "full"


def test_check_reports_a_wrong_total() -> None:
    plan = plan_for(100_000, 3, MANDATE, TODAY)
    assert check(plan, 100_000, MANDATE, TODAY) == ()
    assert check(plan, 100_100, MANDATE, TODAY) == (
        "total 1000.00 differs from the balance 1001.00",
    )


@pytest.mark.parametrize("balance", [0, -100])
def test_a_balance_must_be_positive(balance: int) -> None:
    with pytest.raises(ValueError):
        offers(balance, MANDATE, TODAY)
    with pytest.raises(ValueError):
        evaluate(Proposal(instalments=3), balance, MANDATE, TODAY)


def test_bounds_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        Bounds(0, 0, 0)
    with pytest.raises(ValueError):
        Bounds(6, 0, 0, lump_sum_discount_percent=Decimal(100))
    with pytest.raises(TypeError):
        Bounds(6, 0, 0, lump_sum_discount_percent=0.1)  # type: ignore[arg-type]
