"""120 simulated days over a generated portfolio: no message breaks a rule.

The messages are rendered from the shipped templates, and the check reads them from the
audit export and judges them by the rules written out here, independently of the
guard's own verdicts: contact windows and holidays, caps, the R124-4 first letter and its
recall, no threat, no recovery fee charged to a consumer, nothing after a stop."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from amiable.core.db import Database
from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.simulate import simulate
from amiable.portfolio.models import Tenant
from amiable.reporting.export import records

# French public holidays of 2026 (metropole), written out by hand.
HOLIDAYS = {
    date(2026, 4, 6), date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 14), date(2026, 5, 25),
    date(2026, 7, 14), date(2026, 8, 15), date(2026, 11, 1), date(2026, 11, 11), date(2026, 12, 25),
}  # fmt: skip


FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
# L111-8, paragraphs 2 and 3, as every first letter must reproduce them (R124-4).
L111_8 = (
    "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier",
    "peut demander au juge de l'exécution de laisser tout ou partie des frais",
)
# What an agency's amicable message never says: threats it cannot carry out.
THREATS = ("huissier", "saisie", "casier judiciaire", "prison", "police", "gendarmerie", "pénal")
STOPPED = {"paid", "disputed", "hardship_hold"}


def test_one_hundred_and_twenty_days_break_no_rule(tmp_path: Path) -> None:
    report = simulate(
        cases=60,
        days=120,
        seed=11,
        render=template_renderer("https://portail.example/p"),
        folder=tmp_path,
        playbooks=shipped_playbooks(lambda *_: True),
    )
    assert report["messages"]["total"] > 60
    assert set(report["cases_by_status"]) >= {"paid", "disputed", "hardship_hold"}
    # Judged on the audit export (`amiable export messages`), as anyone outside would.
    database = Database(f"sqlite:///{tmp_path / 'simulation.db'}")
    with database.read() as session:
        tenant_id = session.scalars(select(Tenant.id)).one()
    messages = list(records(database, "messages", tenant_id))
    events = list(records(database, "events", tenant_id))
    consumers = {
        case["case_ref"]
        for case in records(database, "cases", tenant_id)
        if case["debtor_type"] == "consumer"
    }
    database.dispose()
    per_case: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for message in messages:
        zone = ZoneInfo(message["debtor_timezone"])
        created_at = datetime.fromisoformat(message["queued_at"])
        channel = message["channel"]
        local = created_at.astimezone(zone)
        assert local.weekday() < 5, (channel, local)
        if zone.key == "Europe/Paris":
            assert local.date() not in HOLIDAYS, local
        if channel != "letter":
            minutes = local.hour * 60 + local.minute
            assert 600 <= minutes < 780 or 840 <= minutes < 1200, (channel, local)
        per_case[message["case_ref"]].append((created_at, channel))
    _check_contents(messages, consumers)
    _check_nothing_after_a_stop(messages, events)
    for sent in per_case.values():
        ordered = sorted((at, channel) for at, channel in sent if channel != "call")
        days = [at.astimezone(ZoneInfo("Europe/Paris")).date() for at, _ in ordered]
        assert len(days) == len(set(days)), "two messages on one day"
        for index, (at, _) in enumerate(ordered):
            window = [m for m in ordered[: index + 1] if m[0] > at - timedelta(days=7)]
            assert len(window) <= 3, "more than three messages in seven days"
            assert sum(1 for _, channel in window if channel == "sms") <= 2


def _check_contents(messages: list[dict[str, Any]], consumers: set[str]) -> None:
    first_letters: dict[str, str] = {}
    for message in sorted(messages, key=lambda m: (m["queued_at"], m["id"])):
        text, reference = message["text"], message["case_ref"]
        assert message["lang"] == "fr"
        assert not any(threat in text.lower() for threat in THREATS), (reference, text)
        if reference in consumers:
            assert "indemnité forfaitaire" not in text.lower(), (reference, text)
        if message["step"] == "first_letter":
            assert reference not in first_letters, "two first letters"
            assert all(sentence in text for sentence in L111_8), text
            assert "Fondement de la créance" in text and "Total restant dû" in text
            day = datetime.fromisoformat(message["queued_at"]).astimezone(ZoneInfo("Europe/Paris"))
            first_letters[reference] = (
                f"{reference}-L1 du {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"
            )
        elif message["channel"] != "call":
            # Every later contact recalls the first letter's reference and date (R124-4).
            assert reference in first_letters, "a message before the first letter"
            assert first_letters[reference] in text, (first_letters[reference], text)


def _check_nothing_after_a_stop(
    messages: list[dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    stopped_at: dict[str, str] = {}
    for event in events:
        if event["type"] == "status_changed" and event["data"]["status"] in STOPPED:
            stopped_at.setdefault(event["case_ref"], event["occurred_at"])
    assert len(stopped_at) > 10
    for message in messages:
        stop = stopped_at.get(message["case_ref"])
        if stop is not None:
            after = datetime.fromisoformat(message["queued_at"]) > datetime.fromisoformat(stop)
            assert not after, (message["case_ref"], message["step"], stop)
