"""Jobs are rows: every import, export or nightly run has a record the UI can show."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import JsonDocument, UTCDateTime


class Job(Base):
    __tablename__ = "job"
    __table_args__ = (Index("ix_job_tenant_kind", "tenant_id", "kind", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    kind: Mapped[str] = mapped_column(String(40))  # import, export, demo…
    status: Mapped[str] = mapped_column(String(12))  # portfolio.choices.JobStatus
    params: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    log: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
