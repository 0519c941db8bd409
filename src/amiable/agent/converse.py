"""The playground: an office tries the agent on one of its cases from the terminal.

Each message goes the way a real one does: stored as an `inbound_message` of the case
(provider "playground"), read by the reader, put on the timeline, then answered by
`agent.respond` against the configured database — promises, plans, tasks and the
answer in the outbox are real rows. The channel defaults to the debtor's e-mail (else
their mobile), written from the debtor's own address or number.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from amiable.agent.respond import AgentConfig, Turn, draft_pending, respond
from amiable.channels.intake import reply_record
from amiable.core.db import Database
from amiable.portfolio.models import Case, Tenant

CHANNELS = ("email", "sms", "call", "portal", "letter")


class ConverseError(ValueError):
    """A line the playground cannot take (bad JSON, unknown channel, bad date)."""


@dataclass(frozen=True)
class Line:
    text: str
    channel: str | None = None
    received_at: datetime | None = None


def parse_line(raw: str) -> Line:
    """Plain text, or a JSON object with `text` and optionally `channel`, `received_at`."""
    stripped = raw.strip()
    if not stripped.startswith("{"):
        return Line(stripped)
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as error:
        raise ConverseError(f"not a JSON object: {error.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ConverseError('a JSON line needs a "text" string')
    channel = data.get("channel")
    if channel is not None and channel not in CHANNELS:
        raise ConverseError(f"unknown channel {channel!r} (one of {', '.join(CHANNELS)})")
    received = data.get("received_at")
    received_at = None
    if received is not None:
        try:
            received_at = datetime.fromisoformat(str(received).replace("Z", "+00:00"))
        except ValueError:
            raise ConverseError(f"received_at is not an ISO 8601 date-time: {received!r}") from None
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=UTC)
    return Line(data["text"], channel, received_at)


def converse(
    database: Database,
    *,
    tenant: str,
    case_reference: str,
    line: Line,
    config: AgentConfig,
    now: datetime,
) -> Turn:
    if not line.text.strip():
        raise ConverseError("the message is empty")
    received_at = line.received_at or now
    with database.write() as session:
        case = session.scalars(
            select(Case)
            .join(Tenant, Tenant.id == Case.tenant_id)
            .where(Tenant.slug == tenant, Case.reference == case_reference)
        ).first()
        if case is None:
            raise ConverseError(f"no case {case_reference!r} for tenant {tenant!r}")
        channel = line.channel or _default_channel(case)
        inbound = reply_record(
            session, case=case, channel=channel, provider="playground",
            dedup_key=f"playground:{uuid.uuid4().hex}", text=line.text,
            sender=_sender(case, channel), received_at=received_at, now=now,
        )  # fmt: skip
        turn = respond(session, inbound, config=config, now=now)
    draft_pending(database, turn, line.text)
    return turn


def turn_json(turn: Turn) -> dict[str, Any]:
    return turn.to_json()


def _default_channel(case: Case) -> str:
    kinds = {point.kind for point in case.debtor.contact_points if point.status == "valid"}
    return "email" if "email" in kinds else "sms" if "phone" in kinds else "letter"


def _sender(case: Case, channel: str) -> str | None:
    kind = {"email": "email", "sms": "phone", "call": "phone"}.get(channel)
    return next((point.value for point in case.debtor.contact_points if point.kind == kind), None)
