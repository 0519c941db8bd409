"""The debtor page over HTTP (FastAPI's test client; the browser test is test_portal_browser):
a signed link shows the itemised debt and the plans the mandate allows; a plan chosen
is recorded and confirmed; the test provider's payment is booked once and settles the
case; forged and expired links show nothing."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import select
from tests.agent.conftest import CONFIG, NOW, Say

from amiable.agent.models import PaymentPlan
from amiable.channels.models import OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.settings import Settings
from amiable.ledger.models import LedgerEntry
from amiable.payments.links import link_token
from amiable.portfolio.models import Case, CaseEvent
from amiable.web.app import create_app


@pytest.fixture
def client(office: Database) -> TestClient:
    settings = Settings(environment="test", database_url=office.url, portal_url=CONFIG.portal_url,
                        secret_key=SecretStr(CONFIG.secret.decode()), worker_interval=0)  # fmt: skip
    application = App(settings=settings, database=office, clock=FixedClock(NOW))
    return TestClient(create_app(application))


def plain(text: str) -> str:
    """French amounts are written with no-break spaces (Babel): compared as spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _case(database: Database) -> Case:
    with database.read() as session:
        case = session.scalars(select(Case)).one()
        session.expunge_all()
        return case


def _token(database: Database, days: int = 30) -> str:
    return link_token(_case(database).id, NOW.date() + timedelta(days=days), CONFIG.secret)


def test_the_page_shows_the_itemised_debt_and_the_plans_the_mandate_allows(
    office: Database, client: TestClient
) -> None:
    response = client.get(f"/p/{_token(office)}")
    assert response.status_code == 200
    page = plain(response.text)
    assert "DOS-1" in page and "Opaline Télécom SAS" in page
    assert "1 250,00" in page  # the principal, as the ledger says, in French
    assert 'name="option" value="full"' in page
    keys = re.findall(r'name="option" value="([^"]+)"', page)
    assert len(keys) >= 2 and any(key != "full" for key in keys)
    assert response.headers["cache-control"] == "no-store"
    assert "<script" not in page


def test_a_forged_or_expired_link_shows_nothing_of_the_debt(
    office: Database, client: TestClient
) -> None:
    token = _token(office)
    forged = token[:-1] + ("a" if token[-1] != "a" else "b")
    response = client.get(f"/p/{forged}")
    assert response.status_code == 403 and "1 250" not in plain(response.text)
    other_case = link_token(_case(office).id + 1, NOW.date() + timedelta(days=3), b"x" * 32)
    assert client.get(f"/p/{other_case}").status_code == 403
    expired = _token(office, days=-1)
    response = client.get(f"/p/{expired}")
    assert response.status_code == 410 and "expiré" in response.text
    assert "1 250" not in plain(response.text)


def test_a_plan_chosen_is_recorded_then_paying_each_instalment_settles_the_case(
    office: Database, client: TestClient
) -> None:
    token = _token(office)
    page = client.get(f"/p/{token}").text
    key, total = next(
        (k, int(t)) for k, t in re.findall(
            r'name="option" value="([^"]+)"><input type="hidden" name="total" value="(\d+)"', page
        ) if k != "full"
    )  # fmt: skip
    response = client.post(f"/p/{token}/plan", data={"option": key, "total": str(total)},
                           follow_redirects=False)  # fmt: skip
    assert response.status_code == 303
    with office.read() as session:
        plan = session.scalars(select(PaymentPlan)).one()
        assert (plan.status, plan.option_key, plan.accepted_via) == ("accepted", key, "portal")
        assert sum(item["amount_cents"] for item in plan.instalments) == 125000
        assert session.scalars(select(Case.status)).one() == "on_plan"
        confirm = session.scalars(select(OutboundMessage)).one()
        assert (
            confirm.template == "reply_plan_confirm"
            and confirm.recipient == "jean.dupont@example.com"
        )
        count = len(plan.instalments)
    # Choosing again: a plan is already running, nothing changes.
    again = client.post(f"/p/{token}/plan", data={"option": key, "total": str(total)})
    assert again.status_code == 409
    for _ in range(count):
        start = client.post(
            f"/p/{token}/pay", data={"purpose": "instalment"}, follow_redirects=False
        )
        assert start.status_code == 303 and "/test-checkout/" in start.headers["location"]
        checkout_page = client.get(start.headers["location"])
        assert "aucun argent réel" in checkout_page.text
        paid = client.post(start.headers["location"], follow_redirects=False)
        assert paid.status_code == 303
        # The same confirmation twice books nothing more.
        client.post(start.headers["location"])
    with office.read() as session:
        payments = session.scalars(
            select(LedgerEntry.amount_cents).where(LedgerEntry.kind == "payment")
        ).all()
        assert sum(payments) == 125000 and len(payments) == count
        assert session.scalars(select(Case.status)).one() == "paid"
        assert session.scalars(select(PaymentPlan.status)).one() == "completed"
        types = session.scalars(select(CaseEvent.type)).all()
        assert types.count("payment_received") == count
        assert "plan_completed" in types
    assert "soldé" in client.get(f"/p/{token}").text


def test_a_plan_that_no_longer_fits_the_balance_is_refused_with_today_s_figures(
    office: Database, client: TestClient
) -> None:
    token = _token(office)
    page = client.get(f"/p/{token}").text
    key, total = re.findall(
        r'name="option" value="([^"]+)"><input type="hidden" name="total" value="(\d+)"', page
    )[-1]
    response = client.post(f"/p/{token}/plan", data={"option": key, "total": str(int(total) + 1)})
    assert response.status_code == 409 and "ne correspond plus" in response.text
    with office.read() as session:
        assert session.scalars(select(PaymentPlan)).all() == []
        assert session.scalars(select(Case.status)).one() == "active"


def test_the_work_queue_lists_what_the_agent_handed_over_most_urgent_first(
    office: Database, client: TestClient, say: Say
) -> None:
    from amiable.portfolio.tenants import api_key_create, tenant_get

    say("rappelez-moi svp, je voudrais parler à quelqu'un")
    say("Mon père est décédé le mois dernier, merci de ne plus écrire.")
    with office.write() as session:
        tenant = tenant_get(session, "default")
        secret = api_key_create(session, tenant=tenant, name="t", now=NOW).secret
    response = client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200
    tasks = response.json()
    # One open task per case and kind: the death (priority 1) first, then the call-back.
    assert [(t["kind"], t["priority"]) for t in tasks] == [("escalation", 1), ("callback", 2)]
    assert tasks[0]["case"] == "DOS-1" and "décédé" in tasks[0]["summary"]
    assert client.get("/api/v1/tasks").status_code == 401
