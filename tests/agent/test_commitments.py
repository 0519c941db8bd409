"""Promises and plans over weeks, with the real scheduler: a promise pauses the
playbook and is reminded the day before; unpaid, it is broken, the debtor is told, and
the playbook resumes one tone firmer; paid, the case is settled, every action stops and
the debtor is thanked once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.agent.conftest import CONFIG, office_setup

from amiable.agent.converse import Line, converse
from amiable.agent.models import PaymentPlan, Promise
from amiable.agent.worker import agent_pass
from amiable.channels.models import OutboundMessage
from amiable.core.db import Database
from amiable.payments.record import payment_record
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.models import Case, CaseEvent

RENDER = template_renderer(CONFIG.portal_url, CONFIG.secret)
MONDAY = datetime(2026, 3, 3, 10, 30, tzinfo=UTC)  # when the case was placed (conftest NOW)


@pytest.fixture
def placed(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    """The office's case, its first letter sent by the scheduler (not set by hand)."""
    office_setup(database, tmp_path)
    with database.write() as session:
        case = session.scalars(select(Case)).one()
        case.status, case.first_letter_reference, case.first_letter_on = "new", None, None
    run_once(database, owner="w", render=RENDER, now=MONDAY)
    with database.read() as session:
        assert session.scalars(select(OutboundMessage.template)).all() == ["first_letter"]
    return database


def _say(database: Database, text: str, at: datetime) -> None:
    converse(database, tenant="default", case_reference="DOS-1", line=Line(text, "email", at),
             config=CONFIG, now=at)  # fmt: skip


def _day(database: Database, at: datetime) -> None:
    agent_pass(database, config=CONFIG, now=at)
    run_once(database, owner="w", render=RENDER, now=at)


def _outbox(database: Database) -> list[tuple[str, str, str]]:
    with database.read() as session:
        return [
            (row.template, row.tone, row.body_text)
            for row in session.scalars(select(OutboundMessage).order_by(OutboundMessage.id))
        ]


def test_a_broken_promise_is_noticed_and_the_playbook_resumes_one_tone_firmer(
    placed: Database,
) -> None:
    _say(
        placed,
        "Bonjour, je vous réglerai la totalité le vendredi 13 mars.",
        MONDAY + timedelta(days=1, hours=1),
    )
    with placed.read() as session:
        promise = session.scalars(select(Promise)).one()
        assert (promise.due_on, promise.amount_cents, promise.status) == (
            date(2026, 3, 13),
            125000,
            "pending",
        )
        assert session.scalars(select(Case.status)).one() == "promised"
        # The reminder planned before the promise no longer holds.
        assert "pending" not in session.scalars(select(ScheduledAction.status)).all()
    for day in range(2, 9):  # up to Wednesday 11 March: nothing but the answer
        _day(placed, MONDAY + timedelta(days=day))
    assert [t for t, _, _ in _outbox(placed)] == ["first_letter", "reply_promise_confirm"]
    _day(placed, datetime(2026, 3, 12, 10, 0, tzinfo=UTC))  # the day before
    template, _tone, text = _outbox(placed)[-1]
    assert (
        template == "promise_reminder" and "13 mars 2026" in text and "1\u202f250,00\u00a0€" in text
    )
    for day in (13, 14, 15):
        _day(placed, datetime(2026, 3, day, 10, 0, tzinfo=UTC))
    assert _outbox(placed)[-1][0] == "promise_reminder"  # grace: not broken yet
    _day(placed, datetime(2026, 3, 16, 10, 0, tzinfo=UTC))
    with placed.read() as session:
        assert session.scalars(select(Promise.status)).one() == "broken"
        assert session.scalars(select(Case.status)).one() == "active"
        assert "promise_broken" in session.scalars(select(CaseEvent.type)).all()
    assert _outbox(placed)[-1][:2] == ("broken_promise", "ferme")
    for day in range(17, 40):
        _day(placed, datetime(2026, 3, 1, 10, 0, tzinfo=UTC) + timedelta(days=day))
    after = _outbox(placed)[4:]
    assert after, "the playbook resumed"
    # The next reminder of the playbook is a cordial e-mail; after a broken promise it is firm.
    assert after[0][0] == "reminder" and after[0][1] == "ferme"


def test_a_promise_paid_settles_the_case_stops_everything_and_thanks_once(
    placed: Database,
) -> None:
    _say(placed, "Je paie 1250 euros le 10 mars, promis.", MONDAY + timedelta(days=1, hours=1))
    at = datetime(2026, 3, 9, 11, 0, tzinfo=UTC)
    with placed.write() as session:
        case = session.scalars(select(Case)).one()
        recorded = payment_record(
            session, case=case, amount_cents=125000, currency="EUR", effective_on=at.date(),
            external_reference="bank:tx-1", actor="test", now=at,
        )  # fmt: skip
        assert recorded.settled and recorded.balance_cents == 0
    with placed.read() as session:
        assert session.scalars(select(Promise.status)).one() == "kept"
        assert session.scalars(select(Case.status)).one() == "paid"
        assert not set(session.scalars(select(ScheduledAction.status))) & {"pending", "leased"}
    for day in range(0, 20):
        _day(placed, at + timedelta(days=day))
    templates = [t for t, _, _ in _outbox(placed)]
    # The receipt of the payment that settled the case thanks the debtor: nothing after it.
    assert templates == ["first_letter", "reply_promise_confirm", "payment_receipt"]
    # The same bank line again books nothing.
    with placed.write() as session:
        case = session.scalars(select(Case)).one()
        again = payment_record(
            session, case=case, amount_cents=125000, currency="EUR", effective_on=at.date(),
            external_reference="bank:tx-1", actor="test", now=at,
        )  # fmt: skip
        assert again.entry_id is None


def test_a_plan_s_instalments_are_reminded_and_a_missed_one_breaks_the_plan(
    placed: Database,
) -> None:
    _say(placed, "Je peux payer en 3 fois ?", MONDAY + timedelta(days=1, hours=1))
    with placed.read() as session:
        plan = session.scalars(select(PaymentPlan)).one()
        assert plan.status == "accepted" and len(plan.instalments) == 3
        first, second = plan.instalments[0], plan.instalments[1]
    first_due = date.fromisoformat(first["due_on"])
    with placed.write() as session:
        case = session.scalars(select(Case)).one()
        payment_record(session, case=case, amount_cents=first["amount_cents"], currency="EUR",
                       effective_on=first_due, external_reference="bank:i1", actor="test",
                       now=datetime.combine(first_due, datetime.min.time(), tzinfo=UTC))  # fmt: skip
    second_due = date.fromisoformat(second["due_on"])
    day = first_due
    while day <= second_due + timedelta(days=3):
        _day(placed, datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=10))
        day += timedelta(days=1)
    templates = [t for t, _, _ in _outbox(placed)]
    assert "promise_reminder" in templates  # the second instalment, the day before
    with placed.read() as session:
        assert session.scalars(select(PaymentPlan.status)).one() == "broken"
        assert session.scalars(select(Case.status)).one() == "active"
    assert templates[-1] == "broken_promise"
