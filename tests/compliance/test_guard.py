"""The guard, decided when an action is due: every verdict names its rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from amiable.compliance.guard import GuardFacts, SentMessage, guard, jurisdiction_rules

NOW = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)  # Tuesday, 11:30 in Paris
FRANCE = jurisdiction_rules("FR")


def facts(**overrides: object) -> GuardFacts:
    base = GuardFacts(
        jurisdiction="FR",
        status_stops_chasing=False,
        status="active",
        mandate_in_force=True,
        collector_is_agency=True,
        agency_prerequisites_met=True,
        contact_valid=True,
        time_zone="Europe/Paris",
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def test_a_clean_case_may_be_contacted() -> None:
    verdict = guard(facts(), "email", NOW, FRANCE)
    assert verdict.allowed
    assert verdict.rule == "allowed"


@pytest.mark.parametrize(
    ("overrides", "rule"),
    [
        ({"status_stops_chasing": True, "status": "disputed"}, "hard_stop"),
        ({"mandate_in_force": False}, "mandate"),
        ({"agency_prerequisites_met": False}, "agency_prerequisites"),
        ({"contact_valid": False}, "contact_point"),
    ],
)
def test_hard_gates_block_and_name_their_rule(overrides: dict[str, object], rule: str) -> None:
    verdict = guard(facts(**overrides), "email", NOW, FRANCE)
    assert verdict.decision == "block"
    assert verdict.rule == rule


def test_a_creditors_own_department_needs_no_agency_file() -> None:
    verdict = guard(
        facts(collector_is_agency=False, agency_prerequisites_met=False), "email", NOW, FRANCE
    )
    assert verdict.allowed


def test_one_message_a_day_in_the_debtors_day() -> None:
    # Sent at 00:30 Paris time today (23:30 UTC yesterday): today is taken.
    sent = (SentMessage(datetime(2026, 3, 9, 23, 30, tzinfo=UTC), "sms"),)
    verdict = guard(facts(sent=sent), "email", NOW, FRANCE)
    assert verdict.decision == "defer"
    assert verdict.rule == "cap_per_day"
    # Until midnight in Paris, 23:00 UTC.
    assert verdict.until == datetime(2026, 3, 10, 23, 0, tzinfo=UTC)


def test_three_messages_in_seven_days_then_wait_for_the_oldest_to_age_out() -> None:
    sent = tuple(SentMessage(NOW - timedelta(days=days), "email") for days in (6, 4, 2))
    verdict = guard(facts(sent=sent), "letter", NOW, FRANCE)
    assert verdict.decision == "defer"
    assert verdict.rule == "cap_per_week"
    assert verdict.until == NOW - timedelta(days=6) + timedelta(days=7)


def test_two_sms_in_seven_days() -> None:
    sent = (
        SentMessage(NOW - timedelta(days=5), "sms"),
        SentMessage(NOW - timedelta(days=3), "sms"),
    )
    assert guard(facts(sent=sent), "email", NOW, FRANCE).allowed
    verdict = guard(facts(sent=sent), "sms", NOW, FRANCE)
    assert verdict.rule == "cap_sms_week"
    assert verdict.until == NOW + timedelta(days=2)


def test_a_call_task_is_not_counted_as_a_message() -> None:
    sent = (SentMessage(NOW - timedelta(hours=1), "email"),)
    assert guard(facts(sent=sent), "call", NOW, FRANCE).allowed


def test_outside_the_window_the_action_waits_for_it_to_open() -> None:
    opens = NOW + timedelta(hours=3)
    verdict = guard(facts(), "sms", NOW, FRANCE, window=lambda at, channel: opens)
    assert verdict.decision == "defer"
    assert verdict.rule == "contact_window"
    assert verdict.until == opens


def test_an_unknown_jurisdiction_has_no_rules_so_nothing_is_sent() -> None:
    with pytest.raises(KeyError, match="nothing may be sent"):
        jurisdiction_rules("ZZ")
