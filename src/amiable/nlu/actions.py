"""Changing how a tenant's messages are read: the optional LLM reader, off by default."""

from __future__ import annotations

from sqlalchemy.orm import Session

from amiable.nlu.llm import LlmConfig, LlmReader
from amiable.portfolio.models import Tenant


def reader_llm_configure(session: Session, *, tenant: Tenant, config: LlmConfig | None) -> None:
    """Store (or, with None, remove) the tenant's LLM reader configuration."""
    tenant.reader_llm = config.to_mapping() if config else None
    session.flush()


def reader_llm_config(tenant: Tenant) -> LlmConfig | None:
    """The tenant's LLM reader configuration, if one is stored."""
    return LlmConfig.from_mapping(tenant.reader_llm) if tenant.reader_llm else None


def reader_llm_for(tenant: Tenant) -> LlmReader | None:
    """An LLM reader for the tenant when one is configured and enabled; else None."""
    config = reader_llm_config(tenant)
    return LlmReader(config) if config and config.enabled else None


def drafter_for(tenant: Tenant) -> LlmConfig | None:
    """The tenant's LLM settings when answers may be drafted by it; else None."""
    config = reader_llm_config(tenant)
    return config if config and config.enabled and config.draft_replies else None
