"""The agent's pass over the waiting messages: each answered once, in its own
transaction; one that fails is set aside for a person and the others are answered; a
message no case was found for becomes a person's task, once."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import select
from tests.agent.conftest import CONFIG, NOW

from amiable.agent import policy
from amiable.agent.models import HumanTask
from amiable.agent.worker import agent_pass
from amiable.channels.intake import email_intake, reply_record
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.db import Database
from amiable.portfolio.models import Case


def _written(database: Database, *texts: str) -> None:
    """Messages taken in (as intake does) and left for the agent's pass."""
    with database.write() as session:
        case = session.scalars(select(Case)).one()
        for number, text in enumerate(texts):
            reply_record(session, case=case, channel="email", provider="test",
                         dedup_key=f"test:{number}", text=text,
                         sender="jean.dupont@example.com", received_at=NOW, now=NOW)  # fmt: skip


def test_each_waiting_message_is_answered_once(office: Database) -> None:
    _written(office, "Je vous paie le 20 mars.", "Pouvez-vous m'envoyer le détail ?")
    first = agent_pass(office, config=CONFIG, now=NOW)
    again = agent_pass(office, config=CONFIG, now=NOW)
    assert (first["answered"], again["answered"]) == (2, 0)
    with office.read() as session:
        keys = session.scalars(select(OutboundMessage.idempotency_key)).all()
        assert sorted(keys) == ["reply:1", "reply:2"]
        assert None not in session.scalars(select(InboundMessage.handled_at)).all()


def test_a_message_the_agent_fails_on_is_set_aside_and_the_others_answered(
    office: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    decide = policy.decide

    def failing(reading: Any, text: str, situation: Any) -> Any:
        if "boom" in text:
            raise RuntimeError("a bug in the policy")
        return decide(reading, text, situation)

    monkeypatch.setattr(policy, "decide", failing)
    _written(office, "boom", "Je vous paie le 20 mars.")
    report = agent_pass(office, config=CONFIG, now=NOW)
    assert (report["failed"], report["answered"]) == (1, 1)
    with office.read() as session:
        task = session.scalars(select(HumanTask)).one()
        assert task.kind == "review" and "a bug in the policy" in task.reason
        assert "« boom »" in task.summary
        assert session.scalars(select(Case.status)).one() == "promised"


def test_a_message_nobody_could_be_found_for_becomes_one_task(office: Database) -> None:
    message = EmailMessage()
    message["From"] = "inconnu@example.org"
    message["To"] = "reponse@alcyon.example"
    message["Subject"] = "Votre courrier"
    message["Message-ID"] = "<x-1@example.org>"
    message.set_content("Bonjour, j'ai reçu un courrier qui ne me concerne pas.")
    with office.read() as session:
        tenant_id = session.scalars(select(Case.tenant_id)).one()
    intake = email_intake(office, message.as_bytes(), tenant_id=tenant_id,
                          token_secret=b"a-reply-token-secret-of-32-chars!", now=NOW)  # fmt: skip
    assert intake.status == "triage"
    assert agent_pass(office, config=CONFIG, now=NOW)["triaged"] == 1
    assert agent_pass(office, config=CONFIG, now=NOW)["triaged"] == 0
    with office.read() as session:
        task = session.scalars(select(HumanTask)).one()
        assert (task.case_id, task.kind, task.priority) == (None, "review", 3)
        assert "inconnu@example.org" in task.summary and "ne me concerne pas" in task.summary
        assert session.scalars(select(OutboundMessage)).all() == []  # nobody is answered
