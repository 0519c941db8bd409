"""The optional drafting mode end to end: a tenant whose model may rewrite the agent's
answers. A draft that keeps every figure goes out; a draft with an invented amount, or a
model that fails, leaves the template's answer, and the reasons stay on the message. The
model is a local server speaking the chat-completions wire format."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select
from tests.agent.conftest import NOW, Say
from tests.nlu.fake_openai import FakeOpenAI, Reply, fake_openai  # noqa: F401

from amiable.channels.models import OutboundMessage
from amiable.core.db import Database
from amiable.nlu.llm import LlmConfig
from amiable.portfolio.models import Tenant

PROMISE = "Bonjour, je vous réglerai la totalité le 20 mars. Jean Dupont"


def _draft_with(database: Database, fake: FakeOpenAI) -> None:
    config = LlmConfig(base_url=fake.base_url, model="fake-model", enabled=True,
                       min_offline_confidence=0.0, draft_replies=True)  # fmt: skip
    with database.write() as session:
        session.scalars(select(Tenant)).one().reader_llm = config.to_mapping()


def _answer(database: Database) -> OutboundMessage:
    with database.read() as session:
        row = session.scalars(select(OutboundMessage)).one()
        session.expunge(row)
        return row


def _good_draft(link: str, reference: str = "RF29 A000 0000 1") -> str:
    return (
        "Bonjour Monsieur Dupont,\n\n"
        "Merci pour votre message concernant le dossier DOS-1, que nous suivons pour "
        "Opaline Télécom SAS (notre courrier DOS-1-L1 du 10 février 2026). C'est noté : "
        "vous réglerez 1 250,00 € au plus tard le 20 mars 2026, et nous ne vous "
        "relancerons pas d'ici là. Ce règlement soldera votre dossier.\n\n"
        f"Pour régler en ligne : {link}\n"
        "Ou par virement : IBAN FR76 3000 6000 0112 3456 7890 189 (titulaire : Alcyon "
        f"Gestion), référence {reference}.\n\n"
        "En cas d'imprévu, prévenez-nous avant le 20 mars 2026 en répondant à ce message.\n\n"
        "Ce message a été rédigé par notre assistant automatique ; répondez « conseiller » "
        "pour parler à une personne.\n\nCordialement,\nAlcyon Gestion"
    )


def test_a_draft_keeping_every_figure_is_sent_instead_of_the_template(
    office: Database,
    say: Say,
    fake_openai: FakeOpenAI,  # noqa: F811
) -> None:
    _draft_with(office, fake_openai)
    fake_openai.script(Reply.error(500))  # a first message: the template goes
    first = say(PROMISE)
    template_text = first.reply.text if first.reply else ""
    link = next(word for word in template_text.split() if word.startswith("https://pay."))
    found = re.search(r"RF\d{2}(?: [0-9A]{1,4})+", template_text)
    assert found is not None, template_text  # the transfer reference the draft must keep
    good = _good_draft(link, found.group(0))
    fake_openai.script(Reply.content(good))
    second = say(PROMISE, at=NOW + timedelta(minutes=5))
    with office.read() as session:
        rows = session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)).all()
        assert rows[0].data["draft"]["source"] == "template"
        assert "did not answer" in rows[0].data["draft"]["problems"][0]
        assert rows[1].data["draft"] == {"source": "llm", "problems": []}
        assert rows[1].body_text.strip() == good and rows[1].body_html is None
    assert second.reply is not None and second.reply.text.strip() == good
    # What left the machine: no e-mail address of the debtor in the prompt.
    assert "jean.dupont@example.com" not in fake_openai.requests[-1].wire_text


def test_a_draft_with_an_invented_amount_is_refused_and_the_template_sent(
    office: Database,
    say: Say,
    fake_openai: FakeOpenAI,  # noqa: F811
) -> None:
    _draft_with(office, fake_openai)
    invented = _good_draft("https://pay.alcyon.example/p/x").replace("1 250,00 €", "1 150,00 €")
    fake_openai.script(Reply.content(invented))
    turn = say(PROMISE)
    row = _answer(office)
    assert row.data["draft"]["source"] == "template"
    assert any("1150" in p.replace(" ", "").replace(",", "").replace(".", "") or "amount" in p
               for p in row.data["draft"]["problems"])  # fmt: skip
    assert "1 150" not in row.body_text and turn.reply is not None
    assert row.body_text == turn.reply.text and row.body_html  # the template, both parts
