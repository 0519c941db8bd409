"""Contact windows: when the agent may call, text, e-mail or post, in the debtor's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amiable.compliance.calendar import UnsupportedCalendarError
from amiable.compliance.places import Place, place_for
from amiable.compliance.windows import (
    DAY_NAMES,
    WHOLE_DAY,
    ContactRules,
    ContactWindowError,
    HourRange,
    NoOpenWindowError,
    UnknownRuleError,
    WideningError,
    default_rules,
    is_open,
    narrowed,
    next_open,
    rules_from_mapping,
    rules_from_yaml,
    window_check,
    window_for,
)

PARIS = place_for("FR", "75001")
METZ = place_for("FR", "57000")
REUNION = place_for("FR", "97400")
GUADELOUPE = place_for("FR", "97110")
TEXAS = place_for("US", None, "TX")
EDINBURGH = place_for("GB", "EH1 1YZ")
LONDON = place_for("GB", "SW1A 1AA")
FRENCH_HOURS = [["10:00", "13:00"], ["14:00", "20:00"]]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def hours(clock: str) -> timedelta:
    hour, minute = clock.split(":")
    return timedelta(hours=int(hour), minutes=int(minute))


def clock_only_rules(hours_spec: list[list[str]]) -> ContactRules:
    """A jurisdiction "XX" with one call window every day, for clock-only checks."""
    return rules_from_mapping(
        {
            "XX": {
                "source": "test",
                "status": "policy",
                "channels": {
                    "call": {"days": list(DAY_NAMES), "hours": hours_spec, "holidays": "open"}
                },
            }
        },
        "test",
    )


# --- The shipped policy ---


def test_french_policy_is_d223_9_windows() -> None:
    for channel in ("email", "sms", "call"):
        window = window_for(channel, "FR")
        assert window.days == frozenset({0, 1, 2, 3, 4})
        assert window.hours == (
            HourRange(hours("10:00"), hours("13:00")),
            HourRange(hours("14:00"), hours("20:00")),
        )
        assert window.closed_on_holidays
    letter = window_for("letter", "FR")
    assert letter.hours == (WHOLE_DAY,)
    assert letter.closed_on_holidays


def test_us_policy_is_reg_f_hours_every_day_holidays_open() -> None:
    window = window_for("sms", "US")
    assert window.days == frozenset(range(7))
    assert window.hours == (HourRange(hours("08:00"), hours("21:00")),)
    assert not window.closed_on_holidays
    assert "1006.6(b)(1)(i)" in window.source


def test_uk_policy_default_and_gb_alias() -> None:
    window = window_for("call", "GB")
    assert window.days == frozenset(range(6))  # Monday to Saturday
    assert window.hours == (HourRange(hours("08:00"), hours("20:00")),)
    assert default_rules().jurisdictions["UK"].status == "policy"


# --- France ---


@pytest.mark.parametrize(
    ("paris_clock", "expected"),
    [
        ("09:59", False),
        ("10:00", True),
        ("12:59", True),
        ("13:00", False),
        ("13:59", False),
        ("14:00", True),
        ("19:59", True),
        ("20:00", False),
    ],
)
def test_friday_in_paris(paris_clock: str, expected: bool) -> None:
    # Friday 12 June 2026, Paris on summer time (UTC+2).
    instant = utc(2026, 6, 12) + hours(paris_clock) - timedelta(hours=2)
    assert is_open(instant, "call", PARIS) is expected


def test_saturday_is_closed() -> None:
    assert not is_open(utc(2026, 6, 13, 9), "call", PARIS)  # 11:00 in Paris


def test_bastille_day_is_closed_for_every_channel() -> None:
    for channel in ("email", "sms", "call", "letter"):
        assert not is_open(utc(2026, 7, 14, 9), channel, PARIS)  # Tuesday, 11:00 in Paris


def test_good_friday_closed_in_metz_open_in_paris() -> None:
    good_friday = utc(2026, 4, 3, 9)  # 11:00 in Paris and Metz
    assert not is_open(good_friday, "call", METZ)
    assert is_open(good_friday, "call", PARIS)


def test_next_open_from_friday_evening_is_monday_ten_paris_time() -> None:
    friday_evening = utc(2026, 6, 12, 18, 30)  # 20:30 in Paris
    assert next_open(friday_evening, "sms", PARIS) == utc(2026, 6, 15, 8)  # Monday 10:00 CEST


def test_next_open_across_the_spring_change() -> None:
    # Friday 27 March 2026 20:30 CET; clocks go forward on Sunday 29 March.
    assert next_open(utc(2026, 3, 27, 19, 30), "call", PARIS) == utc(2026, 3, 30, 8)


def test_next_open_across_the_autumn_change() -> None:
    # Friday 23 October 2026 20:30 CEST; clocks go back on Sunday 25 October.
    assert next_open(utc(2026, 10, 23, 18, 30), "call", PARIS) == utc(2026, 10, 26, 9)


def test_easter_weekend_in_metz_reopens_on_tuesday() -> None:
    thursday_evening = utc(2026, 4, 2, 18)  # 20:00 in Metz
    assert next_open(thursday_evening, "call", METZ) == utc(2026, 4, 7, 8)
    assert next_open(thursday_evening, "call", PARIS) == utc(2026, 4, 3, 8)


def test_reunion_is_judged_on_reunion_time() -> None:
    # Wednesday 10 June 2026, 09:30 UTC: 11:30 in Paris, 13:30 in Saint-Denis.
    assert is_open(utc(2026, 6, 10, 9, 30), "call", PARIS)
    assert not is_open(utc(2026, 6, 10, 9, 30), "call", REUNION)
    assert next_open(utc(2026, 6, 10, 9, 30), "call", REUNION) == utc(2026, 6, 10, 10)


def test_guadeloupe_abolition_day_is_closed() -> None:
    # 11:00 in Pointe-à-Pitre (UTC-4) on Wednesday 27 May 2026, then on Thursday.
    assert not is_open(utc(2026, 5, 27, 15), "call", GUADELOUPE)
    assert is_open(utc(2026, 5, 28, 15), "call", GUADELOUPE)


def test_polynesia_window_holds_in_all_three_zones() -> None:
    polynesia = place_for("FR", "98714")
    # Wednesday 10 June 2026 19:30 UTC: 09:30 Tahiti (closed), 10:00 Marquesas, 10:30 Gambier.
    assert not is_open(utc(2026, 6, 10, 19, 30), "call", polynesia)
    assert next_open(utc(2026, 6, 10, 19, 30), "call", polynesia) == utc(2026, 6, 10, 20)


def test_letters_post_any_hour_of_a_business_day() -> None:
    assert is_open(utc(2026, 6, 12, 1), "letter", PARIS)  # Friday 03:00
    assert not is_open(utc(2026, 6, 13, 12), "letter", PARIS)  # Saturday
    assert next_open(utc(2026, 6, 13, 12), "letter", PARIS) == utc(
        2026, 6, 14, 22
    )  # Monday 00:00 CEST


# --- United States ---


def test_texas_message_at_eight_thirty_eastern_waits_for_eight_mountain() -> None:
    # Wednesday 10 June 2026 08:30 EDT = 07:30 CDT = 06:30 MDT (El Paso).
    eight_thirty_eastern = utc(2026, 6, 10, 12, 30)
    assert not is_open(eight_thirty_eastern, "sms", TEXAS)
    opens = next_open(eight_thirty_eastern, "sms", TEXAS)
    assert opens == utc(2026, 6, 10, 14)  # 08:00 MDT, 09:00 CDT
    assert not is_open(opens - timedelta(seconds=1), "sms", TEXAS)


def test_texas_evening_closes_at_nine_central() -> None:
    assert is_open(utc(2026, 6, 11, 1, 59), "call", TEXAS)  # 20:59 CDT, 19:59 MDT
    assert not is_open(utc(2026, 6, 11, 2), "call", TEXAS)  # 21:00 CDT


def test_us_holiday_is_not_closed_but_letters_wait() -> None:
    observed_independence_day = utc(2026, 7, 3, 16)  # Friday, 11:00 CDT
    assert is_open(observed_independence_day, "email", TEXAS)
    assert not is_open(observed_independence_day, "letter", TEXAS)


# --- United Kingdom ---


def test_st_andrews_day_closed_in_edinburgh_open_in_london() -> None:
    st_andrews_day = utc(2026, 11, 30, 10)  # Monday, 10:00 GMT
    assert not is_open(st_andrews_day, "call", EDINBURGH)
    assert is_open(st_andrews_day, "call", LONDON)


def test_uk_saturday_open_sunday_closed() -> None:
    assert is_open(utc(2026, 6, 13, 9), "email", LONDON)  # Saturday 10:00 BST
    assert not is_open(utc(2026, 6, 14, 9), "email", LONDON)  # Sunday


def test_uk_one_off_bank_holiday_from_the_data() -> None:
    assert not is_open(utc(2023, 5, 8, 10), "call", LONDON)  # the coronation
    assert is_open(utc(2023, 5, 9, 10), "call", LONDON)


# --- Daylight-saving edge cases ---


def test_range_starting_in_the_skipped_hour_opens_when_the_clock_jumps() -> None:
    rules = clock_only_rules([["02:30", "04:00"]])
    # Sunday 29 March 2026 in Paris: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    assert not is_open(utc(2026, 3, 29, 0, 59, 59), "call", PARIS, "XX", rules=rules)
    assert next_open(utc(2026, 3, 28, 23), "call", PARIS, "XX", rules=rules) == utc(2026, 3, 29, 1)


def test_range_inside_the_skipped_hour_does_not_open_that_day() -> None:
    rules = clock_only_rules([["02:00", "02:30"]])
    # The next 02:00 on a Paris clock is Monday 30 March, 02:00 CEST.
    assert next_open(utc(2026, 3, 28, 23), "call", PARIS, "XX", rules=rules) == utc(2026, 3, 30, 0)


def test_repeated_autumn_hour_is_open_both_times() -> None:
    rules = clock_only_rules([["02:00", "02:30"]])
    # Sunday 25 October 2026: 02:00-03:00 CEST, then 02:00-03:00 CET again.
    assert is_open(utc(2026, 10, 25, 0, 15), "call", PARIS, "XX", rules=rules)  # 02:15 CEST
    assert not is_open(utc(2026, 10, 25, 0, 45), "call", PARIS, "XX", rules=rules)  # 02:45 CEST
    assert is_open(utc(2026, 10, 25, 1, 15), "call", PARIS, "XX", rules=rules)  # 02:15 CET
    # The second opening is the instant the clock goes back.
    assert next_open(utc(2026, 10, 25, 0, 45), "call", PARIS, "XX", rules=rules) == utc(
        2026, 10, 25, 1
    )


def test_range_starting_in_the_repeated_hour_opens_again_at_its_second_reading() -> None:
    rules = clock_only_rules([["02:15", "02:45"]])
    # 02:15 CET, the second 02:15 of Sunday 25 October 2026, is 01:15 UTC.
    assert not is_open(utc(2026, 10, 25, 1, 14), "call", PARIS, "XX", rules=rules)  # 02:14 CET
    assert next_open(utc(2026, 10, 25, 0, 50), "call", PARIS, "XX", rules=rules) == utc(
        2026, 10, 25, 1, 15
    )


def test_no_window_within_forty_days_raises() -> None:
    rules = clock_only_rules([["10:00", "11:00"]])
    paris_and_tokyo = Place("FR", None, ("Europe/Paris", "Asia/Tokyo"))
    with pytest.raises(NoOpenWindowError, match="within 40 days"):
        next_open(utc(2026, 6, 1), "call", paris_and_tokyo, "XX", rules=rules)


# --- Errors when asking ---


def test_unknown_jurisdiction_channel_and_naive_instant() -> None:
    berlin = place_for("DE", None)
    with pytest.raises(UnknownRuleError, match="'DE'"):
        is_open(utc(2026, 6, 12, 9), "call", berlin)
    with pytest.raises(UnknownRuleError, match="'fax'"):
        is_open(utc(2026, 6, 12, 9), "fax", PARIS)
    with pytest.raises(ValueError, match="timezone-aware"):
        is_open(datetime(2026, 6, 12, 9), "call", PARIS)


def test_french_policy_for_a_debtor_without_a_calendar_refuses_to_guess() -> None:
    with pytest.raises(UnsupportedCalendarError):
        is_open(utc(2026, 6, 12, 9), "call", place_for("DE", None), "FR")


def test_window_check_has_the_guard_shape() -> None:
    check = window_check(PARIS)
    assert check(utc(2026, 6, 12, 9), "call") is None
    assert check(utc(2026, 6, 12, 18, 30), "call") == utc(2026, 6, 15, 8)


# --- Validating the data ---


def french_yaml(channel_line: str) -> str:
    return f'FR:\n  source: "test"\n  status: policy\n  channels:\n    call: {channel_line}\n'


@pytest.mark.parametrize(
    ("channel_line", "message"),
    [
        (
            "{days: [mon, tue, mun], holidays: closed}",
            r"FR\.channels\.call\.days\[2\]: unknown day 'mun'",
        ),
        (
            "{days: [mon, mon], holidays: closed}",
            r"FR\.channels\.call\.days\[1\]: day 'mon' is listed twice",
        ),
        ("{days: [], holidays: closed}", r"FR\.channels\.call\.days: no day"),
        (
            '{days: [mon], hours: [["10h00", "13:00"]], holidays: closed}',
            r"FR\.channels\.call\.hours\[0\]\[0\]: '10h00' is not HH:MM",
        ),
        (
            '{days: [mon], hours: [["10:00", "25:00"]], holidays: closed}',
            r"hours\[0\]\[1\]: '25:00' is not a time of day",
        ),
        (
            '{days: [mon], hours: [["10:00", "10:60"]], holidays: closed}',
            r"'10:60' is not a time of day",
        ),
        (
            '{days: [mon], hours: [[10:00, "13:00"]], holidays: closed}',
            r"hours\[0\]\[0\]: 600 is not HH:MM text \(quote times in YAML\)",
        ),
        (
            '{days: [mon], hours: [["13:00", "10:00"]], holidays: closed}',
            r"FR\.channels\.call\.hours\[0\]: range 13:00-10:00 is inverted or empty",
        ),
        (
            '{days: [mon], hours: [["10:00", "10:00"]], holidays: closed}',
            r"range 10:00-10:00 is inverted or empty",
        ),
        (
            '{days: [mon], hours: [["14:00", "20:00"], ["10:00", "14:30"]], holidays: closed}',
            r"FR\.channels\.call\.hours: ranges 10:00-14:30 and 14:00-20:00 overlap",
        ),
        ('{days: [mon], hours: [["24:00", "24:00"]], holidays: closed}', r"cannot start at 24:00"),
        ("{days: [mon], hours: [], holidays: closed}", r"no hour range"),
        (
            "{days: [mon], holidays: sometimes}",
            r"FR\.channels\.call\.holidays: 'sometimes' is not one of closed, open",
        ),
        ("{days: [mon]}", r"FR\.channels\.call: missing holidays"),
        ("{days: [mon], holidays: closed, hour: []}", r"FR\.channels\.call: unknown key\(s\) hour"),
    ],
)
def test_bad_channel_data_is_refused_naming_where(channel_line: str, message: str) -> None:
    with pytest.raises(ContactWindowError, match=message):
        rules_from_yaml(french_yaml(channel_line), "contact_windows.yaml")


def test_error_names_the_file() -> None:
    with pytest.raises(ContactWindowError, match=r"^tenant\.yaml: FR\.channels\.call\.days"):
        rules_from_yaml(french_yaml("{days: [mun], holidays: closed}"), "tenant.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("FR: [1, 2]", r"FR: expected a mapping, got list"),
        ("FR: {status: policy, channels: {}}", r"FR: missing source"),
        (
            "FR: {source: x, status: maybe, channels: {call: {days: [mon], holidays: open}}}",
            r"FR\.status: 'maybe' is not one of law, policy",
        ),
        (
            "NO: {source: x, status: law, channels: {}}",
            r"jurisdiction False is not a code \(quote it\)",
        ),
        ("FR: {source: x, status: law, channels: {}}", r"FR\.channels: no channel"),
        (
            'FR: {source: x, status: law, channels: {call: {days: [mon], holidays: open}}, extra_holidays: [{date: "2026-02-30", name: x}]}',
            r"extra_holidays\[0\]\.date: '2026-02-30' is not a date",
        ),
        (
            "FR: {source: x, status: law, channels: {call: {days: [mon], holidays: open}}, extra_holidays: [{date: 2026-02-03}]}",
            r"extra_holidays\[0\]: missing name",
        ),
        ("[", r"not valid YAML"),
        ("", r"top level: expected a mapping, got NoneType"),
    ],
)
def test_bad_jurisdiction_data_is_refused(text: str, message: str) -> None:
    with pytest.raises(ContactWindowError, match=message):
        rules_from_yaml(text, "contact_windows.yaml")


# --- Tenant narrowing ---


def narrower_french_calls() -> dict[str, Any]:
    return {
        "FR": {
            "source": "tenant policy: mornings only",
            "channels": {
                "call": {
                    "days": ["mon", "tue", "wed", "thu"],
                    "hours": [["10:00", "12:00"]],
                    "holidays": "closed",
                }
            },
        }
    }


def test_tenant_may_narrow_the_french_call_window() -> None:
    rules = narrowed(default_rules(), narrower_french_calls())
    monday = utc(2026, 6, 15)  # CEST: local = UTC + 2
    assert is_open(monday + hours("09:30"), "call", PARIS, rules=rules)  # 11:30
    assert not is_open(monday + hours("10:00"), "call", PARIS, rules=rules)  # 12:00
    assert not is_open(utc(2026, 6, 12, 9), "call", PARIS, rules=rules)  # Friday 11:00
    assert is_open(utc(2026, 6, 12, 9), "email", PARIS, rules=rules)  # other channels unchanged
    assert (
        "narrowed by tenant override: tenant policy: mornings only"
        in window_for("call", "FR", rules=rules).source
    )
    # The shipped policy itself is untouched.
    assert is_open(utc(2026, 6, 12, 9), "call", PARIS)


def test_tenant_may_close_us_holidays_through_the_gb_or_us_key() -> None:
    rules = narrowed(
        default_rules(),
        {
            "US": {
                "channels": {
                    "email": {
                        "days": list(DAY_NAMES),
                        "hours": [["09:00", "20:00"]],
                        "holidays": "closed",
                    }
                }
            }
        },
    )
    assert not is_open(utc(2026, 7, 3, 16), "email", TEXAS, rules=rules)
    rules = narrowed(
        default_rules(),
        {
            "GB": {
                "channels": {
                    "call": {"days": WEEKDAYS, "hours": [["09:00", "17:00"]], "holidays": "closed"}
                }
            }
        },
    )
    assert not is_open(utc(2026, 6, 13, 9), "call", LONDON, rules=rules)  # Saturday now closed


def test_narrowing_may_span_touching_policy_ranges() -> None:
    base = clock_only_rules([["10:00", "13:00"], ["13:00", "14:00"]])
    rules = narrowed(
        base,
        {
            "XX": {
                "channels": {
                    "call": {"days": ["mon"], "hours": [["12:00", "14:00"]], "holidays": "open"}
                }
            }
        },
    )
    assert window_for("call", "XX", rules=rules).hours == (
        HourRange(hours("12:00"), hours("14:00")),
    )


def test_tenant_may_add_closed_days() -> None:
    rules = narrowed(
        default_rules(),
        {"FR": {"extra_holidays": [{"date": "2026-06-12", "name": "agency closed"}]}},
    )
    assert not is_open(utc(2026, 6, 12, 9), "call", PARIS, rules=rules)


@pytest.mark.parametrize(
    ("channel_spec", "message"),
    [
        (
            {"days": WEEKDAYS, "hours": [["09:00", "12:00"]], "holidays": "closed"},
            r"FR\.channels\.call\.hours: 09:00-12:00 is outside the policy hours \(10:00-13:00, 14:00-20:00\)",
        ),
        (
            {"days": WEEKDAYS, "hours": [["12:00", "15:00"]], "holidays": "closed"},
            r"12:00-15:00 is outside the policy hours",
        ),
        (
            {"days": [*WEEKDAYS, "sat"], "hours": FRENCH_HOURS, "holidays": "closed"},
            r"FR\.channels\.call\.days: sat outside the policy days",
        ),
        (
            {"days": WEEKDAYS, "hours": FRENCH_HOURS, "holidays": "open"},
            r"FR\.channels\.call\.holidays: the policy is closed on public holidays",
        ),
        ({"days": WEEKDAYS, "holidays": "closed"}, r"00:00-24:00 is outside the policy hours"),
    ],
)
def test_widening_override_is_refused(channel_spec: dict[str, Any], message: str) -> None:
    with pytest.raises(WideningError, match=message):
        narrowed(default_rules(), {"FR": {"channels": {"call": channel_spec}}})


def test_override_cannot_add_a_channel_or_a_jurisdiction() -> None:
    spec = {"days": ["mon"], "hours": [["10:00", "11:00"]], "holidays": "closed"}
    with pytest.raises(
        WideningError, match=r"FR\.channels\.whatsapp: the policy has no window for this channel"
    ):
        narrowed(default_rules(), {"FR": {"channels": {"whatsapp": spec}}})
    with pytest.raises(WideningError, match=r"DE: the policy has no window for this jurisdiction"):
        narrowed(default_rules(), {"DE": {"channels": {"call": spec}}})


def test_override_is_validated_like_the_policy() -> None:
    with pytest.raises(
        ContactWindowError, match=r"tenant 42: FR\.channels\.call\.days\[0\]: unknown day 'lundi'"
    ):
        narrowed(
            default_rules(),
            {"FR": {"channels": {"call": {"days": ["lundi"], "holidays": "closed"}}}},
            "tenant 42",
        )


# --- Property: next_open is the first open instant ---

PLACES = [
    PARIS,
    METZ,
    REUNION,
    place_for("FR", "98714"),
    TEXAS,
    EDINBURGH,
    place_for("US", None, None),
]
FIVE_MINUTES = timedelta(minutes=5)


@settings(max_examples=120, deadline=None)
@given(
    instant=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
    ),
    channel=st.sampled_from(["email", "call", "letter"]),
    place=st.sampled_from(PLACES),
)
def test_next_open_is_open_and_nothing_earlier_is(
    instant: datetime, channel: str, place: Place
) -> None:
    opens = next_open(instant, channel, place)
    assert opens >= instant
    assert opens.tzinfo is UTC
    assert is_open(opens, channel, place)
    if is_open(instant, channel, place):
        assert opens == instant
    probe = instant
    while probe < opens:
        assert not is_open(probe, channel, place), probe
        probe += FIVE_MINUTES
