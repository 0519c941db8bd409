"""A case imported on Monday, followed by the scheduler day by day, on a real database.

The guard runs when each action is due; what went out is read back from the outbox."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.portfolio.factories import claim_row, write_csv

from amiable.channels.models import OutboundMessage
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.dispatcher import (
    RenderedMessage,
    claim_due,
    reap_expired,
    run_claimed,
    schedule_next,
)
from amiable.playbooks.models import ScheduledAction
from amiable.portfolio.actions import mandate_record
from amiable.portfolio.imports.pipeline import import_file
from amiable.portfolio.models import Case, CaseEvent, Creditor, Tenant

PLAYBOOKS = shipped_playbooks(lambda *_: True)
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def render(session, case, action, now, *, book) -> RenderedMessage:  # type: ignore[no-untyped-def]
    return RenderedMessage(
        subject=f"{action.step} {case.reference}",
        text=f"{action.data['template']}/{action.data['tone']} for {case.reference}",
        html=None,
        lang="fr",
    )


@pytest.fixture
def office(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    """An agency with its R124-2 file, one creditor with a mandate, one consumer case."""
    path = write_csv(
        tmp_path / "export.csv", [claim_row(due_date="01/02/2026", phone="06 12 34 56 78")]
    )
    import_file(database, tenant="default", path=path, clock=FixedClock(MONDAY))
    _agency_with_mandate(database)
    return database


def tick(database: Database, now: datetime) -> None:
    with database.write() as session:
        for case in session.scalars(select(Case)).all():
            schedule_next(session, case=case, playbooks=PLAYBOOKS, now=now)
    claimed = claim_due(database, owner="worker-1", now=now)
    run_claimed(database, claimed, owner="worker-1", playbooks=PLAYBOOKS, render=render, now=now)


def sent(database: Database) -> list[tuple[str, str, date]]:
    with database.read() as session:
        rows = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).all()
        return [(row.channel, row.step or "", row.created_at.date()) for row in rows]


def test_sixty_days_of_a_silent_debtor_fill_the_outbox_step_by_step(office: Database) -> None:
    now = MONDAY
    while now < MONDAY + timedelta(days=60):
        tick(office, now)
        now += timedelta(hours=6)
    assert sent(office) == [
        ("letter", "first_letter", date(2026, 3, 2)),
        ("email", "email_1", date(2026, 3, 10)),
        # Due on Sunday 15 March: held to Monday 10:00 in Paris.
        ("sms", "sms_1", date(2026, 3, 16)),
        ("email", "email_2", date(2026, 3, 26)),
        ("call", "call_1", date(2026, 3, 31)),
        ("letter", "formal_letter", date(2026, 4, 10)),
        ("sms", "sms_2", date(2026, 4, 27)),
    ]
    with office.read() as session:
        reasons = session.scalars(
            select(CaseEvent.reason)
            .where(CaseEvent.type == "message_queued")
            .order_by(CaseEvent.id)
        ).all()
    assert reasons[1] == "step email_1 of fr_consumer_small: 8 days after the previous step"


# French public holidays of spring 2026, written out by hand for the check below.
HOLIDAYS_2026 = {
    date(2026, 4, 6),
    date(2026, 5, 1),
    date(2026, 5, 8),
    date(2026, 5, 14),
    date(2026, 5, 25),
}


def test_no_message_leaves_outside_the_french_contact_window(
    office: Database, tenant_id: int
) -> None:
    """Checked on the exported messages, not on the engine's own verdicts."""
    from zoneinfo import ZoneInfo

    from amiable.reporting.export import records

    now = MONDAY
    while now < MONDAY + timedelta(days=90):
        tick(office, now)
        now += timedelta(hours=3)
    messages = list(records(office, "messages", tenant_id))
    assert len(messages) == 7
    paris = ZoneInfo("Europe/Paris")
    for message in messages:
        local = datetime.fromisoformat(message["queued_at"]).astimezone(paris)
        assert local.weekday() < 5, message
        assert local.date() not in HOLIDAYS_2026, message
        if message["channel"] != "letter":
            minutes = local.hour * 60 + local.minute
            assert 600 <= minutes < 780 or 840 <= minutes < 1200, message
    days = [datetime.fromisoformat(m["queued_at"]).astimezone(paris).date() for m in messages]
    assert len(set(days)) == len(days)  # one message a day at most


def test_a_disputed_case_gets_nothing_more_and_the_block_is_recorded(office: Database) -> None:
    tick(office, MONDAY)
    with office.write() as session:
        case = session.scalars(select(Case)).one()
        case.status = "disputed"
    now = MONDAY
    while now < MONDAY + timedelta(days=30):
        tick(office, now)
        now += timedelta(hours=6)
    assert [step for _, step, _ in sent(office)] == ["first_letter"]


def test_without_a_mandate_the_first_letter_waits_and_is_not_skipped(office: Database) -> None:
    with office.write() as session:
        creditor = session.scalars(select(Creditor)).one()
        for mandate in creditor.mandates:
            session.delete(mandate)
    tick(office, MONDAY)
    tick(office, MONDAY + timedelta(days=1, hours=1))
    assert sent(office) == []
    with office.read() as session:
        action = session.scalars(select(ScheduledAction)).one()
        assert action.step == "first_letter"
        assert action.status == "pending"
        deferred = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_deferred")
        ).all()
    # One event, not one a day.
    assert len(deferred) == 1
    assert deferred[0].startswith("mandate:")


def test_a_lease_of_a_dead_worker_is_reaped_and_nothing_is_sent_twice(office: Database) -> None:
    with office.write() as session:
        schedule_next(
            session, case=session.scalars(select(Case)).one(), playbooks=PLAYBOOKS, now=MONDAY
        )
    # Worker 1 claims and dies before running.
    assert claim_due(office, owner="worker-1", now=MONDAY) != []
    assert claim_due(office, owner="worker-2", now=MONDAY) == []
    assert reap_expired(office, now=MONDAY + timedelta(minutes=1)) == 0
    assert reap_expired(office, now=MONDAY + timedelta(minutes=6)) == 1
    later = MONDAY + timedelta(minutes=6)
    claimed = claim_due(office, owner="worker-2", now=later)
    run_claimed(office, claimed, owner="worker-2", playbooks=PLAYBOOKS, render=render, now=later)
    # Worker 1 wakes up and runs what it had claimed: its lease is gone, nothing happens.
    run_claimed(office, claimed, owner="worker-1", playbooks=PLAYBOOKS, render=render, now=later)
    assert [step for _, step, _ in sent(office)] == ["first_letter"]


def test_the_audit_export_shows_what_went_out_when_and_why(
    office: Database, tenant_id: int
) -> None:
    from amiable.reporting.export import records

    tick(office, MONDAY)
    tick(office, MONDAY + timedelta(days=8))
    lines = list(records(office, "messages", tenant_id))
    assert [line["step"] for line in lines] == ["first_letter", "email_1"]
    email = lines[1]
    assert email["case_ref"] == "DOS-1"
    assert email["channel"] == "email"
    assert email["template"] == "reminder"
    assert email["tone"] == "cordial"
    assert email["scheduled_for"] == "2026-03-10T09:00:00+00:00"
    assert email["queued_at"] == "2026-03-10T09:00:00+00:00"
    assert email["debtor_timezone"] == "Europe/Paris"
    assert email["text"] == "reminder/cordial for DOS-1"
    assert email["reason"].startswith("step email_1 of fr_consumer_small")


def test_a_message_refused_for_its_content_is_blocked_and_not_sent(office: Database) -> None:
    from amiable.playbooks.dispatcher import ContentRefused

    def refusing(session, case, action, now, *, book):  # type: ignore[no-untyped-def]
        raise ContentRefused("missing: first letter reference")

    with office.write() as session:
        schedule_next(
            session, case=session.scalars(select(Case)).one(), playbooks=PLAYBOOKS, now=MONDAY
        )
    claimed = claim_due(office, owner="worker-1", now=MONDAY)
    run_claimed(office, claimed, owner="worker-1", playbooks=PLAYBOOKS, render=refusing, now=MONDAY)
    assert sent(office) == []
    with office.read() as session:
        blocked = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_blocked")
        ).all()
    assert blocked == ["content: missing: first letter reference"]


def test_a_time_barred_claim_stops_every_contact(
    database: Database, tenant_id: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "old.csv",
        [claim_row(issue_date="05/01/2022", due_date="04/02/2022", phone="06 12 34 56 78")],
    )
    import_file(database, tenant="default", path=path, clock=FixedClock(MONDAY))
    _agency_with_mandate(database)
    tick(database, MONDAY)
    assert sent(database) == []
    with database.read() as session:
        blocked = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_blocked")
        ).all()
    assert blocked == ["hard_stop: time-barred claim(s) FAC-1: no contact"]


def test_one_case_that_cannot_be_placed_does_not_stop_the_others(
    database: Database, tenant_id: int, tmp_path: Path
) -> None:
    rows = [
        claim_row(case_ref="DOS-BE", debtor_ref="DEB-BE", claim_ref="F-BE", country="BE", postcode="1000",
                  city="Bruxelles", phone="", due_date="01/02/2026"),
        claim_row(case_ref="DOS-FR", debtor_ref="DEB-FR", claim_ref="F-FR", phone="06 12 34 56 78",
                  due_date="01/02/2026"),
    ]  # fmt: skip
    import_file(
        database,
        tenant="default",
        path=write_csv(tmp_path / "two.csv", rows),
        clock=FixedClock(MONDAY),
    )
    _agency_with_mandate(database)
    tick(database, MONDAY)
    with database.read() as session:
        refs = (
            session.execute(
                select(Case.reference).join(OutboundMessage, OutboundMessage.case_id == Case.id)
            )
            .scalars()
            .all()
        )
        errors = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_blocked")
        ).all()
    assert refs == ["DOS-FR"]
    assert len(errors) == 1
    assert errors[0].startswith("error: ")


def test_a_payment_that_changes_the_segment_does_not_restart_the_playbook(office: Database) -> None:
    tick(office, MONDAY)
    with office.write() as session:
        claim = session.scalars(select(Case)).one().claims[0]
        claim.principal_cents = 900_000  # the balance now belongs to the large-debt segment
    now = MONDAY
    while now < MONDAY + timedelta(days=20):
        tick(office, now)
        now += timedelta(hours=6)
    steps = [step for _, step, _ in sent(office)]
    assert steps.count("first_letter") == 1
    with office.read() as session:
        playbooks = set(session.scalars(select(ScheduledAction.playbook)).all())
    assert playbooks == {"fr_consumer_small"}


@pytest.mark.parametrize("status", ["on_plan", "promised"])
def test_a_case_on_a_plan_or_with_a_promise_is_not_dunned(office: Database, status: str) -> None:
    with office.write() as session:
        session.scalars(select(Case)).one().status = status
    tick(office, MONDAY)
    assert sent(office) == []


def test_a_letter_is_not_sent_to_an_address_the_debtor_left(office: Database) -> None:
    from amiable.portfolio.models import ContactPoint

    with office.write() as session:
        postal = session.scalars(select(ContactPoint).where(ContactPoint.kind == "postal")).one()
        postal.status = "opted_out"
    tick(office, MONDAY)
    assert [channel for channel, _, _ in sent(office)] == []
    with office.read() as session:
        skipped = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_skipped")
        ).all()
    assert skipped == ["step first_letter skipped: no postal address for the debtor"]


def _agency_with_mandate(database: Database) -> None:
    with database.write() as session:
        tenant = session.scalars(select(Tenant)).one()
        tenant.liability_insurance = "MMA 123"
        tenant.client_account_iban = "FR7630006000011234567890189"
        tenant.prosecutor_declared_on = date(2025, 1, 10)
        creditor = session.scalars(select(Creditor)).one()
        mandate_record(
            session, creditor=creditor, reference="M-1", signed_on=date(2026, 1, 5),
            basis="Factures impayées", fee_basis="percent_of_collected",
            fee_rate_percent=Decimal("12"), now=MONDAY,
        )  # fmt: skip


def test_a_dispute_recorded_while_the_batch_is_being_written_stops_its_message(
    office: Database,
) -> None:
    """A batch is decided on a snapshot, outside the write lock; a dispute that lands
    meanwhile (a clerk, the agent reading a reply) is seen when the batch is written:
    the case is decided again, and nothing goes out."""
    tick(office, MONDAY)  # the first letter
    later = MONDAY + timedelta(days=8)  # the first e-mail is due

    def render_while_a_clerk_records_a_dispute(session, case, action, now, *, book):  # type: ignore[no-untyped-def]
        with office.write() as clerk:
            disputed = clerk.get_one(Case, case.id)
            disputed.status = "disputed"
            clerk.add(
                CaseEvent(
                    tenant_id=case.tenant_id,
                    case_id=case.id,
                    type="case_updated",
                    occurred_at=now,
                    actor="user:1",
                    reason="the debtor disputes the invoice",
                    data={},
                )
            )
        return render(session, case, action, now, book=book)

    with office.write() as session:
        schedule_next(
            session, case=session.scalars(select(Case)).one(), playbooks=PLAYBOOKS, now=later
        )
    claimed = claim_due(office, owner="worker-1", now=later)
    report = run_claimed(
        office,
        claimed,
        owner="worker-1",
        playbooks=PLAYBOOKS,
        render=render_while_a_clerk_records_a_dispute,
        now=later,
    )
    assert [step for _, step, _ in sent(office)] == ["first_letter"]
    assert report.queued == 0 and report.rules.get("hard_stop") == 1
    with office.read() as session:
        reasons = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_blocked")
        ).all()
    assert [reason.split(":")[0] for reason in reasons] == ["hard_stop"]


def test_a_message_another_worker_already_wrote_is_not_sent_twice_and_the_others_go(
    database: Database, tenant_id: int, tmp_path: Path
) -> None:
    """The batch's write meets the unique key of a message already written under the
    action's key (a state no worker should leave: the message exists, the action is not
    done): the batch is rolled back and run one action at a time; that one is set aside
    for a person under "error", the other case's letter still goes out, once."""
    rows = [
        claim_row(case_ref="DOS-A", debtor_ref="DEB-A", claim_ref="F-A", due_date="01/02/2026"),
        claim_row(case_ref="DOS-B", debtor_ref="DEB-B", claim_ref="F-B", due_date="01/02/2026"),
    ]
    import_file(
        database,
        tenant="default",
        path=write_csv(tmp_path / "two.csv", rows),
        clock=FixedClock(MONDAY),
    )
    _agency_with_mandate(database)
    with database.write() as session:
        for case in session.scalars(select(Case)).all():
            schedule_next(session, case=case, playbooks=PLAYBOOKS, now=MONDAY)
    claimed = claim_due(database, owner="worker-1", now=MONDAY)
    with database.write() as session:
        taken = session.scalars(
            select(ScheduledAction).join(Case, Case.id == ScheduledAction.case_id)
            .where(Case.reference == "DOS-A")
        ).one()  # fmt: skip
        session.add(
            OutboundMessage(
                tenant_id=tenant_id,
                case_id=taken.case_id,
                scheduled_action_id=taken.id,
                idempotency_key=taken.idempotency_key,
                channel="letter",
                template="first_letter",
                tone="cordial",
                lang="fr",
                recipient=None,
                subject=None,
                body_text="written by the other worker",
                body_html=None,
                status="queued",
                scheduled_for=MONDAY,
                sent_at=None,
                debtor_timezone="Europe/Paris",
                playbook=taken.playbook,
                step=taken.step,
                reason="the other worker",
                data={},
                # Out of the caps' reach, so that the guard lets the action through and
                # the write meets the unique key.
                created_at=MONDAY - timedelta(days=30),
            )
        )
    report = run_claimed(
        database, claimed, owner="worker-1", playbooks=PLAYBOOKS, render=render, now=MONDAY
    )
    with database.read() as session:
        letters = session.execute(
            select(Case.reference, OutboundMessage.body_text)
            .join(Case, Case.id == OutboundMessage.case_id)
            .order_by(Case.reference)
        ).all()
    assert [(ref, text == "written by the other worker") for ref, text in letters] == [
        ("DOS-A", True),
        ("DOS-B", False),
    ]
    assert (report.queued, report.blocked, report.rules.get("error")) == (1, 1, 1)
    with database.read() as session:
        [reason] = session.scalars(
            select(CaseEvent.reason).where(CaseEvent.type == "action_blocked")
        ).all()
    assert reason.startswith("error: IntegrityError")
