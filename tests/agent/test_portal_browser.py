"""The debtor page in a real browser (Debian's headless Chromium against uvicorn on
127.0.0.1): the link in the agent's answer opens the debt and its plans; a plan chosen
is paid instalment by instalment through the test provider until the case is settled; a
dispute written on the page stops the plans; forged and expired links show nothing.
The HTTP-level counterpart is test_portal; these run on SQLite only."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import uvicorn
from pydantic import SecretStr
from sqlalchemy import select
from tests.agent.conftest import CONFIG, NOW

from amiable.agent.converse import Line, converse
from amiable.agent.models import PaymentPlan
from amiable.agent.respond import AgentConfig
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.settings import Settings
from amiable.ledger.models import LedgerEntry
from amiable.payments.links import link_token
from amiable.portfolio.models import Case, CaseEvent
from amiable.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (Debian's chromium package)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def plain(text: str) -> str:
    """French amounts are written with no-break spaces (Babel): compared as spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


class Portal:
    """The web application served by uvicorn from a thread, on a port the system picks."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/p"
        self.config = AgentConfig(self.url, CONFIG.secret)
        settings = Settings(environment="test", database_url=database.url, portal_url=self.url,
                            secret_key=SecretStr(CONFIG.secret.decode()), worker_interval=0)  # fmt: skip
        application = App(settings=settings, database=database, clock=FixedClock(NOW))
        config = uvicorn.Config(create_app(application), host="127.0.0.1", port=port,
                                log_level="warning")  # fmt: skip
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def __enter__(self) -> Portal:
        self._thread.start()
        for _ in range(500):
            if self.server.started or not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        assert self.server.started, "uvicorn did not start"
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=5)
        self._socket.close()

    def link(self, days: int = 30, secret: bytes = CONFIG.secret) -> str:
        with self.database.read() as session:
            case_id = session.scalars(select(Case.id)).one()
        return f"{self.url}/{link_token(case_id, NOW.date() + timedelta(days=days), secret)}"


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield browser
        browser.close()


@pytest.fixture
def portal(office: Database) -> Iterator[Portal]:
    with Portal(office) as served:
        yield served


@pytest.fixture
def page(browser: sync_api.Browser) -> Iterator[sync_api.Page]:
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(5000)
    yield context.new_page()
    context.close()


def test_from_the_agent_s_answer_a_plan_is_chosen_and_paid_until_the_case_is_settled(
    portal: Portal, page: sync_api.Page, tmp_path: Path
) -> None:
    turn = converse(
        portal.database, tenant="default", case_reference="DOS-1", config=portal.config,
        line=Line("Bonjour, je voudrais payer en plusieurs fois"), now=NOW,
    )  # fmt: skip
    assert turn.reply is not None and turn.reply.template == "reply_plan_offer"
    with portal.database.read() as session:
        answer = session.scalars(select(OutboundMessage.body_text)).one()
    found = re.search(re.escape(portal.url) + r"/[0-9a-z-]+", answer)
    assert found, answer
    response = page.goto(found.group())
    assert response is not None and response.status == 200
    expect = sync_api.expect
    expect(page.locator("h1")).to_contain_text("DOS-1")
    expect(page.locator("main")).to_contain_text("Opaline Télécom SAS")
    assert plain(page.locator("#total-due").inner_text()) == "1 250,00 €"
    expect(page.locator(".option")).to_have_count(3)  # the three the agent offered
    shot = tmp_path / "portal.png"
    page.screenshot(path=shot, full_page=True)
    assert shot.stat().st_size > 1000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # Each button says which plan it takes (its accessible name).
    page.get_by_role("button", name="Choisir l'échéancier en 3 fois").click()
    expect(page.get_by_role("status")).to_contain_text("Échéancier enregistré")
    expect(page.locator("#plan tbody tr")).to_have_count(3)
    expect(page.locator(".option")).to_have_count(0)  # a plan runs: no other is offered
    for number in range(1, 4):
        page.locator("#pay-instalment").click()
        expect(page).to_have_url(re.compile(r"/test-checkout/tst_[0-9a-f]+$"))
        expect(page.get_by_role("alert")).to_contain_text("aucun argent réel n'est prélevé")
        expected = "410,00 €" if number == 3 else "420,00 €"
        assert plain(page.locator("#checkout-amount").inner_text()) == expected
        page.get_by_role("button", name="Payer (test)").click()
        expect(page).to_have_url(re.compile(r"/p/[0-9a-z-]+\?done=paid$"))
        expect(page.get_by_role("status")).to_contain_text("Paiement reçu")
        paid = page.locator("#plan tbody tr").filter(has_text="réglée")
        if number < 3:
            expect(paid).to_have_count(number)  # the schedule marks what is paid
    expect(page.locator("#settled")).to_contain_text("Ce dossier est soldé")
    expect(page.locator("#pay-instalment, #pay-balance, .option")).to_have_count(0)

    with portal.database.read() as session:
        assert session.scalars(select(Case.status)).one() == "paid"
        payments = session.scalars(
            select(LedgerEntry.amount_cents).where(LedgerEntry.kind == "payment")
        ).all()
        assert sorted(payments) == [41000, 42000, 42000]
        plan = session.scalars(
            select(PaymentPlan).where(PaymentPlan.accepted_via.is_not(None))
        ).one()
        assert (plan.status, plan.option_key, plan.accepted_via) == ("completed", "3x", "portal")


def _write(page: sync_api.Page, text: str) -> None:
    page.get_by_label("Écrire à l'assistant").fill(text)
    page.get_by_role("button", name="Envoyer").click()


DISPUTE = "Je conteste cette facture, je n'ai jamais reçu le matériel"


def test_a_dispute_written_on_the_page_is_answered_and_opens_a_dispute(
    portal: Portal, page: sync_api.Page
) -> None:
    page.goto(portal.link())
    sync_api.expect(page.locator(".option")).not_to_have_count(0)
    _write(page, DISPUTE)
    sync_api.expect(page.get_by_role("status")).to_contain_text("Votre message a bien été reçu")
    with portal.database.read() as session:
        assert session.scalars(select(Case.status)).one() == "disputed"
        assert "dispute_opened" in session.scalars(select(CaseEvent.type)).all()
    sync_api.expect(page.locator("#agent-answer")).to_contain_text("DOS-1", timeout=500)
    sync_api.expect(page.locator(".option")).to_have_count(0)
    # Nothing is asked of a debtor who disputes: no plan, no pay button.
    sync_api.expect(page.locator("#pay-instalment, #pay-balance")).to_have_count(0)
    # Reloading the page does not send the message again (post, redirect, get).
    page.reload()
    with portal.database.read() as session:
        assert len(session.scalars(select(InboundMessage)).all()) == 1


def test_a_message_written_on_the_page_is_recorded_on_the_case(
    portal: Portal, page: sync_api.Page
) -> None:
    page.goto(portal.link())
    _write(page, DISPUTE)
    sync_api.expect(page.get_by_role("status")).to_contain_text("Votre message a bien été reçu")
    with portal.database.read() as session:
        inbound = session.scalars(select(InboundMessage)).one()
        assert (inbound.channel, inbound.text) == ("portal", DISPUTE)


def test_no_plan_can_be_chosen_on_a_disputed_case_even_from_a_page_left_open(
    portal: Portal, page: sync_api.Page
) -> None:
    page.goto(portal.link())
    choose = page.locator(".option button")
    sync_api.expect(choose).to_have_count(3)
    # The debtor disputes by e-mail while the page stays open with its plans.
    converse(portal.database, tenant="default", case_reference="DOS-1", config=portal.config,
             line=Line(DISPUTE, "email"), now=NOW)  # fmt: skip
    with portal.database.read() as session:
        assert session.scalars(select(Case.status)).one() == "disputed"
    with page.expect_response(lambda response: response.url.endswith("/plan")) as answer:
        choose.last.click()
    assert answer.value.status == 409  # refused, today's page shown instead
    sync_api.expect(page.get_by_role("alert")).to_contain_text("suspendu")
    sync_api.expect(page.locator(".option")).to_have_count(0)
    sync_api.expect(choose).to_have_count(0)
    page.goto(portal.link())
    sync_api.expect(choose).to_have_count(0)
    with portal.database.read() as session:
        assert session.scalars(select(PaymentPlan.status)).all().count("accepted") == 0
        assert session.scalars(select(Case.status)).one() == "disputed"


def test_a_forged_link_is_refused_and_an_expired_one_says_so_showing_nothing_of_the_debt(
    portal: Portal, page: sync_api.Page
) -> None:
    link = portal.link()
    forged = link[:-1] + ("a" if link[-1] != "a" else "b")
    for url, status, words in (
        (forged, 403, "n'est pas valide"),
        (portal.link(secret=b"x" * 32), 403, "n'est pas valide"),
        (portal.link(days=-1), 410, "expiré"),
    ):
        response = page.goto(url)
        assert response is not None and response.status == status
        sync_api.expect(page.get_by_role("alert")).to_contain_text(words)
        text = plain(page.locator("body").inner_text())
        assert "1 250" not in text and "DOS-1" not in text and "Opaline" not in text
        sync_api.expect(page.locator("form")).to_have_count(0)
