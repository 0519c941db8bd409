"""Changing a tenant's playbooks: save one (checked first), list what applies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.playbooks.definitions import (
    Playbook,
    PlaybookError,
    load_playbook,
    shipped_playbooks,
    shipped_template_exists,
)
from amiable.playbooks.models import ScheduledAction, TenantPlaybook


def playbook_save(
    session: Session, *, tenant_id: int, text: str, source: str, now: datetime
) -> Playbook:
    """Store a tenant's playbook after the same checks as the shipped ones (templates
    included); raises PlaybookError naming the file, step and line, and stores nothing."""
    playbook = load_playbook(text, source, shipped_template_exists)
    row = session.scalar(
        select(TenantPlaybook).where(
            TenantPlaybook.tenant_id == tenant_id, TenantPlaybook.playbook_id == playbook.id
        )
    )
    if row is None:
        session.add(
            TenantPlaybook(
                tenant_id=tenant_id,
                playbook_id=playbook.id,
                source=text,
                enabled=True,
                created_at=now,
                updated_at=now,
            )
        )
    else:
        row.source = text
        row.enabled = True
        row.updated_at = now
    session.flush()
    return playbook


def tenant_playbooks(
    session: Session, tenant_id: int
) -> tuple[list[Playbook], list[PlaybookError]]:
    """The playbooks that apply to a tenant: the shipped ones, each replaced by the
    tenant's own of the same id. A stored playbook that no longer loads (a template
    removed since) is reported, and the others still apply."""
    by_id = {playbook.id: playbook for playbook in shipped_playbooks()}
    errors: list[PlaybookError] = []
    rows = session.scalars(
        select(TenantPlaybook).where(
            TenantPlaybook.tenant_id == tenant_id, TenantPlaybook.enabled.is_(True)
        )
    )
    for row in rows:
        try:
            by_id[row.playbook_id] = load_playbook(
                row.source, f"tenant playbook {row.playbook_id}", shipped_template_exists
            )
        except PlaybookError as error:
            errors.append(error)
    return sorted(by_id.values(), key=lambda playbook: playbook.id), errors


def schedule_reset(session: Session, *, case_id: int, now: datetime, reason: str) -> int:
    """The case's facts changed (a promise, a plan, a stop): its pending actions are
    cancelled and the scheduler plans again from the new facts on its next pass (the case
    counts as changed). An action a worker holds right now is left to the worker, whose
    write checks the case did not change meanwhile. Returns how many were cancelled."""
    pending = session.scalars(
        select(ScheduledAction).where(
            ScheduledAction.case_id == case_id, ScheduledAction.status == "pending"
        )
    ).all()
    for action in pending:
        action.status = "cancelled"
        # Its key is freed: the same step, planned again from the new facts, takes it.
        action.idempotency_key = f"{action.idempotency_key}~cancelled{action.id}"[:200]
        action.data = {**action.data, "cancelled": reason[:200]}
        action.updated_at = now
    return len(pending)
