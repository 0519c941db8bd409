"""The issue's end-to-end run on the embedded default (SQLite, in-process, a real SMTP
server, the web application): a first e-mail goes out, the debtor answers it with a
promise, the agent confirms on the thread; the debtor opens the link of that answer,
chooses a plan on the debtor page instead, pays every instalment through the test
provider; the case is paid, nothing more is planned, and the thanks go out."""

# ruff: noqa: F811  (the SMTP fixture imported from the channel test helpers is a parameter)
from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import select
from tests.agent.conftest import CONFIG, office_setup
from tests.channels.email.smtp_server import smtp_sink  # noqa: F401

from amiable.agent.worker import agent_pass
from amiable.channels.config import ChannelConfig, channels_from
from amiable.channels.delivery import deliver_due
from amiable.channels.intake import email_intake
from amiable.channels.models import OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.settings import Settings
from amiable.playbooks.actions import playbook_save
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.models import Case, Tenant
from amiable.web.app import create_app

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

SECRET = "a-reply-token-secret-of-32-chars!"
PLAYBOOK = """
id: fr_email_first
name: {fr: "Particuliers, par e-mail", en: "Consumers, by e-mail"}
jurisdiction: FR
priority: 50
segment: {debtor: consumer}
steps:
  - {id: first_email, channel: email, template: first_letter, tone: cordial, after: {from: placement, days: 0}}
  - {id: email_1, channel: email, template: reminder, tone: cordial, after: {from: previous, days: 8}, when: [no_reply]}
"""
START = datetime(2026, 3, 3, 10, 30, tzinfo=UTC)


def _day(database: Database, at: datetime, relay_config: ChannelConfig, tenant_id: int) -> None:
    """One pass of the in-process worker: the agent, the scheduler, the outbox."""
    agent_pass(database, config=CONFIG, now=at)
    run_once(
        database, owner="w", render=template_renderer(CONFIG.portal_url, CONFIG.secret), now=at
    )
    deliver_due(database, tenant_id=tenant_id, channels=channels_from(relay_config,
                {"AMIABLE_REPLY_TOKEN_SECRET": SECRET}), now=at)  # fmt: skip


def test_from_a_first_e_mail_to_a_promise_a_plan_on_the_debtor_page_and_a_paid_case(
    database: Database, tenant_id: int, tmp_path: Path, smtp_sink: Any
) -> None:
    office_setup(database, tmp_path)
    relay = smtp_sink()
    settings = {
        "smtp_host": "127.0.0.1", "smtp_port": relay.port, "security": "none",
        "sender_name": "Alcyon Gestion", "sender_address": "recouvrement@alcyon.example",
        "reply_mailbox": "reponse@alcyon.example", "domain": "alcyon.example",
        "token_secret_env": "AMIABLE_REPLY_TOKEN_SECRET",
    }  # fmt: skip
    with database.write() as session:
        case = session.scalars(select(Case)).one()
        case.status, case.first_letter_reference, case.first_letter_on = "new", None, None
        session.scalars(select(Tenant)).one().channels = {"email": settings}
        playbook_save(session, tenant_id=tenant_id, text=PLAYBOOK, source="mine.yaml", now=START)
    config = ChannelConfig.of({"email": settings})

    # 1. The first e-mail (the R124-4 letter, by e-mail) goes out through SMTP.
    _day(database, START, config, tenant_id)
    [first] = relay.deliveries
    sent = email.message_from_bytes(first.data, policy=email.policy.default)
    assert "DOS-1" in str(sent["Subject"])

    # 2. The debtor answers it: a promise. The agent records it and answers on the thread.
    answer = EmailMessage()
    answer["From"] = "Jean Dupont <jean.dupont@example.com>"
    answer["To"] = sent["Reply-To"]
    answer["Subject"] = f"Re: {sent['Subject']}"
    answer["Message-ID"] = "<promesse-1@example.com>"
    answer["In-Reply-To"] = sent["Message-ID"]
    answer.set_content("Bonjour,\nJe vous règle la totalité le 20 mars.\nJean Dupont")
    at = START + timedelta(days=1)
    email_intake(
        database, answer.as_bytes(), tenant_id=tenant_id, token_secret=SECRET.encode(), now=at
    )
    _day(database, at, config, tenant_id)
    confirmation = email.message_from_bytes(relay.deliveries[-1].data, policy=email.policy.default)
    assert confirmation["In-Reply-To"] == "<promesse-1@example.com>"
    assert str(confirmation["Subject"]).startswith("Re: ")
    body = confirmation.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "20 mars 2026" in body and "automatique" in body
    with database.read() as session:
        assert session.scalars(select(Case.status)).one() == "promised"

    # 3. The debtor opens the link of that answer and chooses a plan instead.
    link = re.search(r"https://pay\.alcyon\.example/p/\S+", body)
    assert link is not None
    token = link.group(0).rsplit("/", 1)[1]
    now = at + timedelta(hours=2)
    application = App(
        settings=Settings(environment="test", database_url=database.url, portal_url=CONFIG.portal_url,
                          secret_key=SecretStr(CONFIG.secret.decode()), worker_interval=0),
        database=database, clock=FixedClock(now),
    )  # fmt: skip
    client = TestClient(create_app(application))
    page = client.get(f"/p/{token}").text
    key, total = next(
        (k, t) for k, t in re.findall(
            r'name="option" value="([^"]+)"><input type="hidden" name="total" value="(\d+)"', page
        ) if k != "full"
    )  # fmt: skip
    assert client.post(f"/p/{token}/plan", data={"option": key, "total": total},
                       follow_redirects=False).status_code == 303  # fmt: skip
    with database.read() as session:
        assert session.scalars(select(Case.status)).one() == "on_plan"

    # 4. Each instalment paid through the test provider; then the case is settled.
    while True:
        start = client.post(
            f"/p/{token}/pay", data={"purpose": "instalment"}, follow_redirects=False
        )
        if start.status_code != 303:
            break
        assert client.post(start.headers["location"], follow_redirects=False).status_code == 303
    with database.read() as session:
        assert session.scalars(select(Case.status)).one() == "paid"
    _day(database, now + timedelta(hours=1), config, tenant_id)
    thanks = email.message_from_bytes(relay.deliveries[-1].data, policy=email.policy.default)
    last = thanks.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # The receipt of the last instalment (R124-6) says the case is settled and thanks.
    assert "Voici votre quittance n° Q-" in last and "Ce règlement solde votre dossier" in last
    with database.read() as session:
        sent_templates = session.scalars(
            select(OutboundMessage.template).where(OutboundMessage.status == "sent")
            .order_by(OutboundMessage.id)
        ).all()  # fmt: skip
    # A receipt for every instalment paid (three), and no separate thanks.
    assert sent_templates == [
        "first_letter", "reply_promise_confirm", "reply_plan_confirm", *["payment_receipt"] * 3
    ]  # fmt: skip
    for day in range(1, 15):
        _day(database, now + timedelta(days=day), config, tenant_id)
    with database.read() as session:
        assert not set(session.scalars(select(ScheduledAction.status))) & {"pending", "leased"}
    templates = [
        email.message_from_bytes(d.data, policy=email.policy.default)["Subject"]
        for d in relay.deliveries
    ]
    # The first e-mail, the promise confirmed, the plan confirmed, three receipts, the last
    # one saying the case is settled: nothing more.
    assert len(templates) == 6, templates
    assert templates[-1].endswith("dossier soldé")
