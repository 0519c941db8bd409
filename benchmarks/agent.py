"""The agent: how fast it answers, and how much it handles without a person.

No target is set by the issue ("The agent"); the figures say what an office can expect.

Answers: an office loaded by the demo generator, each case's first letter recorded, and
one message from its debtor taken in (as intake stores them: read by the reader, on the
timeline), drawn from the simulation's bank of debtor messages (promises, plan requests,
disputes, hardship, …). Then `answer_pending`, the agent's pass: for each message, what
it knows of the case, the policy, the acts with their events and tasks, the answer
written from its template and queued — one transaction per message.

Conversations: `amiable simulate` over a generated portfolio (the scheduler, the agent
and simulated debtors who write, read by the reader, over weeks of simulated time):
the automation rate (debtors who wrote and whose case no person touched) and the
escalation rate of the safety cases (death, insolvency, wrong person, dispute, stop,
hardship), which must be 100 %.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from amiable.agent.respond import AgentConfig, answer_pending
from amiable.agent.simulation import ConversingDebtors, message_bank
from amiable.channels.intake import reply_record
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.demo.load import demo_load
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.simulate import simulate
from amiable.portfolio.models import Case
from benchmarks.common import WORK

NOW = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)  # a Tuesday, 10:30 in Paris
CONFIG = AgentConfig("https://portail.example/p", b"bench-secret-of-32-bytes-for-link")


def run(quick: bool = False) -> None:
    _answers(500 if quick else 3_000)
    _conversations(*((200, 60) if quick else (1_000, 120)))


def _answers(count: int) -> None:
    WORK.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=WORK) as folder:
        database = Database(f"sqlite:///{Path(folder) / 'agent.db'}")
        upgrade(database)
        demo_load(database, tenant="default", cases=count, seed=7, clock=FixedClock(NOW))
        rng = random.Random(7)
        bank = message_bank()
        names = list(bank)
        weights = [float(bank[name].get("weight", 1)) for name in names]
        started = time.perf_counter()
        with database.write() as session:
            for number, case in enumerate(session.scalars(select(Case))):
                case.status = "active"
                case.first_letter_reference = f"{case.reference}-L1"
                case.first_letter_on = date(2026, 2, 10)
                behaviour = rng.choices(names, weights)[0]
                lang = "en" if case.debtor.language == "en" else "fr"
                text = rng.choice(bank[behaviour]["turns"][0][lang])
                for key, value in {"amount": "1250€", "date": "20 mars", "n": "3",
                                   "per_month": "100€", "low": "10€", "option": "2"}.items():  # fmt: skip
                    text = text.replace("{" + key + "}", value)
                sender = next(
                    (p.value for p in case.debtor.contact_points if p.kind == "email"), None
                )
                reply_record(
                    session, case=case, channel="email", provider="bench",
                    dedup_key=f"bench:{number}", text=text, sender=sender,
                    received_at=NOW, now=NOW,
                )  # fmt: skip
        taken = time.perf_counter() - started
        started = time.perf_counter()
        report = answer_pending(database, config=CONFIG, now=NOW, limit=count)
        seconds = time.perf_counter() - started
        database.dispose()
    handled = report.answered + report.silent + report.failed
    print(
        f"the agent's pass over {handled:,} messages: {seconds:.1f} s, "
        f"{handled / seconds:,.0f} messages/s ({report.answered:,} answered, "
        f"{report.silent:,} without an answer, {report.escalated:,} to a person, "
        f"{report.failed:,} failed); taking them in and reading them: {taken:.1f} s"
    )


def _conversations(cases: int, days: int) -> None:
    started = time.perf_counter()
    report = simulate(
        cases=cases, days=days, seed=42,
        render=template_renderer(CONFIG.portal_url, CONFIG.secret),
        debtors=ConversingDebtors(CONFIG),
    )  # fmt: skip
    seconds = time.perf_counter() - started
    talk = report["conversations"]
    print(
        f"simulation of {cases:,} cases over {days} days ({seconds:.0f} s): "
        f"{talk['debtors_who_wrote']:,} debtors wrote {talk['messages_received']:,} messages; "
        f"automation rate {talk['automation_rate']:.1%} "
        f"({talk['automation_rate_outside_safety']:.1%} outside the safety cases); "
        f"safety cases escalated {talk['safety_escalated']}/{talk['safety_cases']} "
        f"({talk['safety_escalation_rate']:.0%}, must be 100 %)"
    )
    for missed in talk["safety_missed"]:
        print(f"  NOT escalated ({missed['behaviour']}): {missed['message']!r}")
    print(f"  promises {talk['promises']}, plans {talk['plans']}, collected {talk['collected']}")
