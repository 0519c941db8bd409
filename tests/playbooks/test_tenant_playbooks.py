"""A tenant's own playbook: checked when saved, replacing the shipped one of its id."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from amiable.core.db import Database
from amiable.playbooks.actions import playbook_save, tenant_playbooks
from amiable.playbooks.definitions import PlaybookError
from amiable.playbooks.models import TenantPlaybook

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
GENTLER = """\
id: fr_consumer_small
name: {fr: "Particuliers, version douce", en: "Consumers, gentler"}
jurisdiction: FR
segment: {debtor: consumer, amount_max: "1500.00"}
steps:
  - {id: first_letter, channel: letter, template: first_letter, tone: cordial, after: {from: placement, days: 0}}
  - {id: email_1, channel: email, template: reminder, tone: preventif, after: {from: previous, days: 15}, when: [no_reply, has_email]}
"""


def test_a_tenant_playbook_replaces_the_shipped_one_of_its_id(
    database: Database, tenant_id: int
) -> None:
    with database.write() as session:
        playbook_save(session, tenant_id=tenant_id, text=GENTLER, source="gentle.yaml", now=NOW)
    with database.read() as session:
        playbooks, errors = tenant_playbooks(session, tenant_id)
    assert errors == []
    by_id = {playbook.id: playbook for playbook in playbooks}
    assert len(by_id["fr_consumer_small"].steps) == 2
    assert by_id["fr_consumer_small"].names["en"] == "Consumers, gentler"
    assert "fr_b2b_invoices" in by_id  # the others still apply


def test_a_playbook_with_a_missing_template_is_refused_and_nothing_is_stored(
    database: Database, tenant_id: int
) -> None:
    broken = GENTLER.replace(
        "template: reminder, tone: preventif", "template: reminder, tone: ferme"
    ).replace(
        "channel: letter, template: first_letter", "channel: letter, template: no_such_letter"
    )
    with (
        database.write() as session,
        pytest.raises(PlaybookError, match="no template 'no_such_letter'") as caught,
    ):
        playbook_save(session, tenant_id=tenant_id, text=broken, source="bad.yaml", now=NOW)
    assert caught.value.step == "first_letter"
    assert caught.value.line == 6
    with database.read() as session:
        assert session.query(TenantPlaybook).count() == 0
