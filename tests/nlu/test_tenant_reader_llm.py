"""A tenant's LLM reader: stored with the tenant, off by default, consulted when unsure."""

from __future__ import annotations

from datetime import datetime

from tests.nlu.fake_openai import FakeOpenAI, Reply
from tests.nlu.fake_openai import fake_openai as fake_openai

from amiable.core.db import Database
from amiable.nlu.actions import reader_llm_configure, reader_llm_for
from amiable.nlu.choices import Intent
from amiable.nlu.llm import LlmConfig
from amiable.nlu.read import understand
from amiable.portfolio.models import Tenant

RECEIVED = datetime.fromisoformat("2026-03-10T12:00:00+01:00")


def test_a_tenant_without_configuration_reads_offline(database: Database, tenant_id: int) -> None:
    with database.read() as session:
        assert reader_llm_for(session.get_one(Tenant, tenant_id)) is None


def test_a_disabled_configuration_is_kept_but_never_consulted(
    database: Database, tenant_id: int, fake_openai: FakeOpenAI
) -> None:
    with database.write() as session:
        tenant = session.get_one(Tenant, tenant_id)
        config = LlmConfig(base_url=fake_openai.base_url, model="m", enabled=False)
        reader_llm_configure(session, tenant=tenant, config=config)
    with database.read() as session:
        tenant = session.get_one(Tenant, tenant_id)
        assert tenant.reader_llm is not None
        assert reader_llm_for(tenant) is None


def test_an_enabled_reader_is_consulted_on_an_unsure_message_and_keeps_safety(
    database: Database, tenant_id: int, fake_openai: FakeOpenAI
) -> None:
    with database.write() as session:
        tenant = session.get_one(Tenant, tenant_id)
        config = LlmConfig(
            base_url=fake_openai.base_url, model="m", enabled=True, min_offline_confidence=1.0
        )
        reader_llm_configure(session, tenant=tenant, config=config)
    with database.read() as session:
        reader = reader_llm_for(session.get_one(Tenant, tenant_id))
    assert reader is not None
    # The LLM leaves out the stop the offline reading found: the stop is kept.
    fake_openai.script(Reply.answer({"intents": ["acknowledgement"], "confidence": 0.9}))
    with reader:
        reading = understand(
            "Arrêtez de m'appeler. Jeanne Roux, 06 12 34 56 78", RECEIVED, llm=reader
        )
    assert Intent.STOP_CONTACT in reading.intents
    assert reading.source == "llm+offline"
    assert len(fake_openai.requests) == 1
    assert "06 12 34 56 78" not in fake_openai.requests[0].wire_text
