"""The planner, run like a clerk's calendar: ninety days of dunning in milliseconds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.planner import CaseFacts, DoneStep, Promise, plan

PLAYBOOKS = {playbook.id: playbook for playbook in shipped_playbooks(lambda *_: True)}
PLACED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
EVERY_CONTACT = frozenset({"email", "mobile", "phone", "address"})


def facts(**overrides: object) -> CaseFacts:
    base = CaseFacts(
        case_id=7,
        stops_chasing=False,
        placed_at=PLACED,
        due_on=date(2026, 2, 1),
        balance_cents=42_000,
        contacts=EVERY_CONTACT,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def run(
    case: CaseFacts, playbook_id: str, days: int
) -> tuple[list[tuple[str, str, date]], CaseFacts]:
    """Every action taken over `days`, one tick an hour, as (kind, step or template, day)."""
    playbook = PLAYBOOKS[playbook_id]
    taken: list[tuple[str, str, date]] = []
    now = PLACED
    end = PLACED + timedelta(days=days)
    while now <= end:
        result = plan(case, playbook, now)
        action = result.action
        if action is not None and action.due_at <= now:
            label = action.step_id or action.template or ""
            taken.append((action.kind, label, now.date()))
            if action.kind in ("step", "skip"):
                outcome = "sent" if action.kind == "step" else "skipped"
                case = replace(case, done=(*case.done, DoneStep(label, now, outcome)))
            elif action.kind == "promise_reminder" and case.promise:
                case = replace(case, promise=replace(case.promise, reminded=True))
            elif action.kind == "broken_promise" and case.promise:
                case = replace(case, promise=replace(case.promise, broken_noticed=True))
            continue
        now += timedelta(hours=1)
    return taken, case


def test_ninety_days_of_a_silent_consumer_follow_the_playbook_exactly() -> None:
    taken, _ = run(facts(), "fr_consumer_small", 90)
    assert taken == [
        ("step", "first_letter", date(2026, 3, 2)),
        ("step", "email_1", date(2026, 3, 10)),
        ("step", "sms_1", date(2026, 3, 15)),
        ("step", "email_2", date(2026, 3, 25)),
        ("step", "call_1", date(2026, 3, 30)),
        ("step", "formal_letter", date(2026, 4, 9)),
        ("step", "sms_2", date(2026, 4, 24)),
    ]


def test_a_debtor_without_mobile_gets_no_sms_and_the_rhythm_holds() -> None:
    taken, _ = run(facts(contacts=frozenset({"email", "address"})), "fr_consumer_small", 60)
    kinds = [(kind, step) for kind, step, _ in taken]
    assert ("skip", "sms_1") in kinds
    assert ("step", "sms_1") not in kinds
    assert ("skip", "call_1") in kinds
    # The skipped SMS still took its five days: the second e-mail comes ten days later.
    day = {step: when for _, step, when in taken}
    assert day["email_2"] - day["sms_1"] == timedelta(days=10)


def test_nothing_is_sent_on_a_case_whose_status_stops_chasing() -> None:
    taken, _ = run(facts(stops_chasing=True), "fr_consumer_small", 90)
    assert taken == []


def test_a_reply_restarts_the_clock_of_the_next_step() -> None:
    case = facts(
        done=(DoneStep("first_letter", PLACED),),
        last_reply_at=PLACED + timedelta(days=6),
    )
    result = plan(case, PLAYBOOKS["fr_consumer_small"], PLACED + timedelta(days=6))
    assert result.action is not None
    assert result.action.step_id == "email_1"
    # Eight days from the reply, not from the letter.
    assert result.action.due_at == PLACED + timedelta(days=14)
    assert "replied" in result.action.reason


def test_a_promise_pauses_the_playbook_reminds_the_day_before_and_resumes_when_broken() -> None:
    promise = Promise(key="p1", due_on=date(2026, 3, 20))
    case = facts(done=(DoneStep("first_letter", PLACED),), promise=promise)
    taken, case = run(case, "fr_consumer_small", 40)
    assert taken[:2] == [
        ("promise_reminder", "promise_reminder", date(2026, 3, 19)),
        ("broken_promise", "broken_promise", date(2026, 3, 22)),
    ]
    # The playbook resumes from the broken promise: the next e-mail eight days later.
    assert taken[2] == ("step", "email_1", date(2026, 3, 30))


def test_a_kept_promise_sends_nothing_about_it() -> None:
    promise = Promise(key="p1", due_on=date(2026, 3, 20), kept=True)
    case = facts(done=(DoneStep("first_letter", PLACED),), promise=promise)
    result = plan(case, PLAYBOOKS["fr_consumer_small"], PLACED + timedelta(days=1))
    assert result.action is not None
    assert result.action.kind == "step"


def test_a_business_invoice_is_reminded_five_days_before_it_falls_due() -> None:
    case = facts(due_on=date(2026, 3, 20))
    result = plan(case, PLAYBOOKS["fr_b2b_invoices"], PLACED)
    assert result.action is not None
    assert result.action.step_id == "pre_due"
    assert result.action.due_at == datetime(2026, 3, 15, 8, 0, tzinfo=UTC)
    # Then the first letter, only once overdue.
    case = replace(case, done=(DoneStep("pre_due", datetime(2026, 3, 15, 8, 0, tzinfo=UTC)),))
    letter = plan(case, PLAYBOOKS["fr_b2b_invoices"], datetime(2026, 3, 15, 8, 0, tzinfo=UTC))
    assert letter.action is not None
    assert letter.action.step_id == "first_letter"
    assert letter.action.due_at == datetime(2026, 3, 21, 8, 0, tzinfo=UTC)


def test_a_pre_due_reminder_is_skipped_when_the_invoice_is_already_due() -> None:
    result = plan(facts(), PLAYBOOKS["fr_b2b_invoices"], PLACED)
    assert result.action is not None
    assert result.action.kind == "skip"
    assert "already due" in result.action.reason


def test_idempotency_keys_name_case_playbook_step_and_cycle() -> None:
    result = plan(facts(cycle=2), PLAYBOOKS["fr_consumer_small"], PLACED)
    assert result.action is not None
    assert result.action.idempotency_key == "7:fr_consumer_small:first_letter:2"


def test_a_missed_tick_is_caught_up_from_its_due_time() -> None:
    # The scheduler was down for a week: the due time is unchanged, the action is late.
    case = facts(done=(DoneStep("first_letter", PLACED),))
    result = plan(case, PLAYBOOKS["fr_consumer_small"], PLACED + timedelta(days=20))
    assert result.action is not None
    assert result.action.due_at == PLACED + timedelta(days=8)


def test_without_its_first_letter_a_case_gets_no_later_message() -> None:
    case = facts(done=(DoneStep("first_letter", PLACED, "blocked"),))
    result = plan(case, PLAYBOOKS["fr_consumer_small"], PLACED + timedelta(days=30))
    assert result.action is None
    assert "first letter was blocked" in result.reason
