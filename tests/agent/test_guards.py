"""What must never happen, one test each: a payment booked by the test provider in
production, plans offered to a debtor under a legal stop, a case left owing a discount
it was granted, a reminder of a promise already kept, a question forgotten after a
"merci"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr, ValidationError
from sqlalchemy import select
from tests.agent.conftest import CONFIG, NOW, Say, office_setup

from amiable.agent.converse import Line, converse
from amiable.agent.worker import agent_pass
from amiable.channels.models import OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.settings import Settings
from amiable.ledger.models import LedgerEntry
from amiable.payments.links import link_token
from amiable.payments.record import payment_record
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.models import Case
from amiable.web.app import create_app

SECRET = SecretStr(CONFIG.secret.decode())


def _status(database: Database) -> str:
    with database.read() as session:
        return session.scalars(select(Case.status)).one()


def _pay(database: Database, cents: int, at: datetime, reference: str) -> None:
    with database.write() as session:
        case = session.scalars(select(Case)).one()
        payment_record(session, case=case, amount_cents=cents, currency="EUR",
                       effective_on=at.date(), external_reference=reference, actor="test",
                       now=at)  # fmt: skip


def test_the_test_provider_is_refused_in_production(office: Database) -> None:
    with pytest.raises(ValidationError, match="may not be on in production"):
        Settings(environment="production", secret_key=SecretStr("x" * 40),
                 payments_test_provider=True)  # fmt: skip
    settings = Settings(environment="production", database_url=office.url,
                        secret_key=SECRET, portal_url=CONFIG.portal_url, worker_interval=0)  # fmt: skip
    assert settings.test_payments is False
    client = TestClient(create_app(App(settings=settings, database=office, clock=FixedClock(NOW))))
    with office.read() as session:
        case_id = session.scalars(select(Case.id)).one()
    token = link_token(case_id, NOW.date() + timedelta(days=30), CONFIG.secret)
    page = client.get(f"/p/{token}").text
    assert 'id="pay-balance"' not in page and "IBAN FR76" in page  # a transfer, not a button
    refused = client.post(f"/p/{token}/pay", data={"purpose": "balance"}, follow_redirects=False)
    assert refused.status_code == 409
    assert client.post(f"/p/{token}/test-checkout/tst_0", follow_redirects=False).status_code == 404
    with office.read() as session:
        assert session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "payment")).all() == []


def test_a_debtor_under_a_legal_stop_is_offered_nothing_and_not_answered(
    office: Database, say: Say
) -> None:
    say("Mon dossier de surendettement a été déclaré recevable par la Banque de France.")
    assert _status(office) == "legal_stop"
    turn = say(
        "Je suis au chômage depuis un mois, je ne peux rien payer.", at=NOW + timedelta(days=1)
    )
    types = [action["type"] for action in turn.actions]
    assert "plan_offered" not in types and "escalated" in types
    assert turn.reply is None
    assert _status(office) == "legal_stop"


def test_a_discounted_payment_in_full_settles_the_case(
    database: Database, tenant_id: int, tmp_path: Path
) -> None:
    office_setup(database, tmp_path, discount="10")
    converse(database, tenant="default", case_reference="DOS-1", config=CONFIG, now=NOW,
             line=Line("Je peux payer en plusieurs fois ?", "email"))  # fmt: skip
    turn = converse(database, tenant="default", case_reference="DOS-1", config=CONFIG,
                    now=NOW + timedelta(hours=1), line=Line("option 1", "email"))  # fmt: skip
    assert turn.actions[0]["type"] == "plan_accepted" and turn.actions[0]["key"] == "full"
    assert turn.actions[0]["discount"] == "125.00"
    _pay(database, 112_500, NOW + timedelta(days=2), "bank:full")
    assert _status(database) == "paid"
    with database.read() as session:
        waiver = session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "adjustment")).one()
        assert (waiver.amount_cents, waiver.component) == (-12_500, "principal")


def test_a_promise_kept_before_its_date_is_not_reminded(office: Database, say: Say) -> None:
    say("Je vous règle 200 € le 20 mars, le reste ensuite.")
    _pay(office, 20_000, NOW + timedelta(days=2), "bank:200")
    render = template_renderer(CONFIG.portal_url, CONFIG.secret)
    for day in range(2, 20):
        at = datetime(2026, 3, 3, 10, 0, tzinfo=UTC) + timedelta(days=day)
        agent_pass(office, config=CONFIG, now=at)
        run_once(office, owner="w", render=render, now=at)
    with office.read() as session:
        templates = session.scalars(select(OutboundMessage.template)).all()
    assert "promise_reminder" not in templates and "broken_promise" not in templates


def test_a_thank_you_keeps_the_question_asked_open(office: Database, say: Say) -> None:
    say("Je peux payer en plusieurs fois ?")
    say("Merci, je regarde ça.", at=NOW + timedelta(hours=1))
    turn = say("option 2", at=NOW + timedelta(hours=2))
    assert turn.actions[0]["type"] == "plan_accepted"
