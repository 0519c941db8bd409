"""120 simulated days over a generated portfolio: no message breaks a rule.

The check reads the messages the simulation left in its outbox and judges them by the
rules written out here, independently of the guard's own verdicts."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from amiable.channels.models import OutboundMessage
from amiable.core.db import Database
from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.dispatcher import RenderedMessage
from amiable.playbooks.simulate import simulate

# French public holidays of 2026 (metropole), written out by hand.
HOLIDAYS = {
    date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 14), date(2026, 5, 25),
    date(2026, 7, 14), date(2026, 8, 15), date(2026, 11, 1), date(2026, 11, 11), date(2026, 12, 25),
}  # fmt: skip


def render(session, case, action, now, *, book) -> RenderedMessage:  # type: ignore[no-untyped-def]
    return RenderedMessage(None, f"{action.step} {case.reference}", None, "fr")


def test_one_hundred_and_twenty_days_break_no_rule(tmp_path: Path) -> None:
    report = simulate(
        cases=60,
        days=120,
        seed=11,
        render=render,
        folder=tmp_path,
        playbooks=shipped_playbooks(lambda *_: True),
    )
    assert report["messages"]["total"] > 60
    assert set(report["cases_by_status"]) >= {"paid"}
    database = Database(f"sqlite:///{tmp_path / 'simulation.db'}")
    with database.read() as session:
        rows = session.execute(
            select(
                OutboundMessage.case_id,
                OutboundMessage.channel,
                OutboundMessage.created_at,
                OutboundMessage.debtor_timezone,
            )
        ).all()
    database.dispose()
    per_case: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for case_id, channel, created_at, time_zone in rows:
        zone = ZoneInfo(time_zone)
        local = created_at.astimezone(zone)
        assert local.weekday() < 5, (channel, local)
        if zone.key == "Europe/Paris":
            assert local.date() not in HOLIDAYS, local
        if channel != "letter":
            minutes = local.hour * 60 + local.minute
            assert 600 <= minutes < 780 or 840 <= minutes < 1200, (channel, local)
        per_case[case_id].append((created_at, channel))
    for sent in per_case.values():
        messages = sorted((at, channel) for at, channel in sent if channel != "call")
        days = [at.astimezone(ZoneInfo("Europe/Paris")).date() for at, _ in messages]
        assert len(days) == len(set(days)), "two messages on one day"
        for index, (at, _) in enumerate(messages):
            window = [m for m in messages[: index + 1] if m[0] > at - timedelta(days=7)]
            assert len(window) <= 3, "more than three messages in seven days"
            assert sum(1 for _, channel in window if channel == "sms") <= 2
