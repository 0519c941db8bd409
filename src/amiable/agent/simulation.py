"""Simulated debtors who write: `amiable simulate` with conversations.

Each debtor of the generated portfolio gets a behaviour from `data/simulated_debtors.yaml`
(a promise, a plan request, a dispute, a death announced by a relative…) or stays silent;
a few silent ones pay without a word. After the messages they receive, the writers answer
with one of the file's texts, filled with their own figures (amount, a date, an option
offered to them), on the channel they were written on. The real reader reads it and the
real agent answers (`agent.worker.agent_pass`, as in production); the debtor writes the
next turn once answered, then pays as they said — or not: some promises are broken.

The report adds what an office asks of an agent:
- the automation rate: debtors who wrote and whose case no person had to touch;
- the escalation rate of the safety cases (death, insolvency, wrong person, dispute,
  stop, hardship), which must be 100 %: a miss means the reader or the policy let one
  through, and the simulation says which message.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import func, select

from amiable.agent.models import HumanTask, PaymentPlan, Promise, first_uncovered
from amiable.agent.respond import AgentConfig, mandate_bounds
from amiable.agent.worker import agent_pass
from amiable.channels.intake import reply_record
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.db import Database
from amiable.core.money import from_cents, to_cents
from amiable.ledger.balances import case_statement
from amiable.payments.record import PaymentRefused, next_instalment, payment_record
from amiable.portfolio.models import Case

SAFETY = frozenset({"dispute", "hardship", "stop", "wrong_person", "deceased", "legal"})
ANSWERING = 0.45
"""The share of debtors who write back at all (the rest stay silent)."""
SILENT_PAYERS = 0.12
"""Of the silent ones, the share who pay after a few messages without a word."""
KEEP_PROMISE = 0.7
PAY_INSTALMENT = 0.85
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


@cache
def message_bank() -> dict[str, Any]:
    text = (
        resources.files("amiable.agent").joinpath("data/simulated_debtors.yaml").read_text("utf-8")
    )
    bank: dict[str, Any] = yaml.safe_load(text)["behaviours"]
    return bank


@dataclass
class Debtor:
    case_id: int
    behaviour: str | None  # None: silent
    after_messages: int
    lang: str = "fr"
    silent_payer: bool = False
    turn: int = 0
    wrote_at: datetime | None = None
    waiting_for: int | None = None  # the inbound message whose answer is awaited
    promised_on: date | None = None
    keeps: bool = True
    pays_at: datetime | None = None
    done: bool = False
    messages: list[str] = field(default_factory=list)


class ConversingDebtors:
    """The `Debtors` of `playbooks.simulate` who write, read by the reader, answered by
    the agent."""

    def __init__(self, config: AgentConfig) -> None:
        self.config = config
        self.received: Counter[int] = Counter()
        self.collected = Decimal(0)

    # Setup ---------------------------------------------------------------------------

    def setup(self, database: Database, case_ids: list[int], rng: random.Random) -> None:
        self.rng = rng
        bank = message_bank()
        names = list(bank)
        weights = [float(bank[name].get("weight", 1)) for name in names]
        with database.read() as session:
            languages = {case.id: case.debtor.language for case in session.scalars(select(Case))}
        self.debtors: dict[int, Debtor] = {}
        for case_id in case_ids:
            writes = rng.random() < ANSWERING
            behaviour = rng.choices(names, weights)[0] if writes else None
            debtor = Debtor(
                case_id=case_id,
                behaviour=behaviour,
                after_messages=rng.choice((1, 1, 1, 2, 2, 3)),
                lang="en" if languages.get(case_id) == "en" else "fr",
                silent_payer=not writes and rng.random() < SILENT_PAYERS,
                keeps=rng.random() < KEEP_PROMISE,
            )
            self.debtors[case_id] = debtor

    # Each tick ---------------------------------------------------------------------------

    def act(self, database: Database, queued: list[int], now: datetime) -> Decimal:
        for case_id in queued:
            self.received[case_id] += 1
        collected = Decimal(0)
        for debtor in self.debtors.values():
            if debtor.done:
                continue
            if debtor.behaviour is None:
                if debtor.silent_payer and self.received[debtor.case_id] >= debtor.after_messages:
                    if debtor.pays_at is None:
                        debtor.pays_at = now + timedelta(days=self.rng.randint(1, 10))
                    elif now >= debtor.pays_at:
                        collected += self._pay_all(database, debtor, now)
                        debtor.done = True
                continue
            collected += self._converse(database, debtor, now)
        agent_pass(database, config=self.config, now=now)
        self.collected += collected
        return collected

    def _converse(self, database: Database, debtor: Debtor, now: datetime) -> Decimal:
        if debtor.waiting_for is not None:
            if not self._answered(database, debtor.waiting_for):
                return Decimal(0)
            debtor.waiting_for = None
            debtor.wrote_at = now
        turns = message_bank()[debtor.behaviour or ""]["turns"]
        if debtor.turn < len(turns):
            ready = (
                self.received[debtor.case_id] >= debtor.after_messages
                if debtor.turn == 0
                else debtor.wrote_at is not None and now >= debtor.wrote_at + timedelta(hours=6)
            )
            if ready and _office_hours(now):
                self._write(database, debtor, turns[debtor.turn], now)
                debtor.turn += 1
            return Decimal(0)
        return self._pay_as_said(database, debtor, now)

    def _write(
        self, database: Database, debtor: Debtor, turn: dict[str, list[str]], now: datetime
    ) -> None:
        variants = turn.get(debtor.lang) or turn["fr"]
        template = self.rng.choice(variants)
        with database.write() as session:
            case = session.get_one(Case, debtor.case_id)
            statement = case_statement(session, case, now.date())
            text = self._fill(session, case, debtor, template, to_cents(statement.total_due), now)
            channel = self._channel(case)
            sender = next(
                (p.value for p in case.debtor.contact_points
                 if p.kind == ("email" if channel == "email" else "phone")),
                None,
            )  # fmt: skip
            row = reply_record(
                session, case=case, channel=channel, provider="simulation",
                dedup_key=f"simulation:{debtor.case_id}:{debtor.turn}", text=text,
                sender=sender, received_at=now, now=now,
            )  # fmt: skip
            debtor.waiting_for = row.id
            debtor.messages.append(text)

    def _pay_as_said(self, database: Database, debtor: Debtor, now: datetime) -> Decimal:
        with database.read() as session:
            promise = session.scalars(
                select(Promise).where(Promise.case_id == debtor.case_id).order_by(Promise.id.desc())
            ).first()
            plan = session.scalars(
                select(PaymentPlan).where(
                    PaymentPlan.case_id == debtor.case_id, PaymentPlan.status == "accepted"
                )
            ).first()
            status = session.get_one(Case, debtor.case_id).status
            session.expunge_all()
        if status in ("paid", "closed"):
            debtor.done = True
            return Decimal(0)
        if plan is not None:
            instalment = next_instalment(plan)
            if instalment is None:
                debtor.done = True
                return Decimal(0)
            due = date.fromisoformat(instalment["due_on"])
            if now.date() < due:
                return Decimal(0)
            if self.rng.random() > PAY_INSTALMENT:
                debtor.done = True  # stops paying: the plan breaks
                return Decimal(0)
            uncovered = first_uncovered(plan.instalments, plan.paid_cents)
            return self._pay(database, debtor, uncovered[1] if uncovered else 0, now)
        if promise is not None and promise.status == "pending":
            if now.date() < promise.due_on:
                return Decimal(0)
            debtor.done = True
            if not debtor.keeps:
                return Decimal(0)
            return self._pay(database, debtor, promise.amount_cents, now)
        if debtor.behaviour in ("pay_now", "info_then_pay"):
            if debtor.pays_at is None:
                debtor.pays_at = now + timedelta(hours=self.rng.randint(2, 48))
            elif now >= debtor.pays_at:
                debtor.done = True
                if self.rng.random() < 0.8:
                    return self._pay_all(database, debtor, now)
            return Decimal(0)
        debtor.done = True
        return Decimal(0)

    # Helpers ---------------------------------------------------------------------------

    def _answered(self, database: Database, inbound_id: int) -> bool:
        with database.read() as session:
            return (
                session.scalar(
                    select(InboundMessage.handled_at).where(InboundMessage.id == inbound_id)
                )
                is not None
            )

    def _pay_all(self, database: Database, debtor: Debtor, now: datetime) -> Decimal:
        with database.read() as session:
            case = session.get_one(Case, debtor.case_id)
            balance = to_cents(case_statement(session, case, now.date()).total_due)
        return self._pay(database, debtor, balance, now)

    def _pay(self, database: Database, debtor: Debtor, cents: int, now: datetime) -> Decimal:
        if cents <= 0:
            return Decimal(0)
        with database.write() as session:
            case = session.get_one(Case, debtor.case_id)
            try:
                payment_record(
                    session, case=case, amount_cents=cents, currency=case.currency,
                    effective_on=now.date(),
                    external_reference=f"simulation:{debtor.case_id}:{now.isoformat()}",
                    actor="simulation", now=now, reason="simulated payment",
                )  # fmt: skip
            except PaymentRefused:
                return Decimal(0)
        return from_cents(cents)

    def _channel(self, case: Case) -> str:
        kinds = {p.kind for p in case.debtor.contact_points if p.status == "valid"}
        if "email" in kinds and (self.rng.random() < 0.7 or "phone" not in kinds):
            return "email"
        return "sms" if "phone" in kinds else "email"

    def _fill(self, session: Any, case: Case, debtor: Debtor, template: str, balance: int,
              now: datetime) -> str:  # fmt: skip
        lang = debtor.lang
        local = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
        day = local + timedelta(days=self.rng.randint(3, 20))
        offered = (
            session.scalar(
                select(func.count())
                .select_from(PaymentPlan)
                .where(PaymentPlan.case_id == case.id, PaymentPlan.status == "offered")
            )
            or 1
        )
        bounds = mandate_bounds(case, local)
        mandate_min = max(bounds.min_instalment_cents if bounds else 0, 2000)
        values = {
            "amount": _money(balance, case.currency, lang, self.rng),
            "date": _day(day, local, lang, self.rng),
            "n": str(self.rng.choice((2, 3, 4))),
            "per_month": _money(
                _round_up(max(balance // 4, mandate_min), 1000), case.currency, lang, self.rng
            ),
            "low": _money(1000, case.currency, lang, self.rng),
            "option": str(self.rng.randint(1, offered)),
        }
        text = template
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text

    # Report ----------------------------------------------------------------------------

    def report(self, database: Database) -> dict[str, Any]:
        with database.read() as session:
            tasks = Counter(
                case_id
                for case_id in session.scalars(select(HumanTask.case_id))
                if case_id is not None
            )
            promises = Counter(session.scalars(select(Promise.status)))
            plans = Counter(session.scalars(select(PaymentPlan.status)))
            answers = session.scalar(
                select(func.count()).select_from(OutboundMessage)
                .where(OutboundMessage.idempotency_key.like("reply:%"))
            )  # fmt: skip
            received = session.scalar(
                select(func.count()).select_from(InboundMessage)
                .where(InboundMessage.provider == "simulation")
            )  # fmt: skip
        writers = [d for d in self.debtors.values() if d.behaviour is not None and d.messages]
        by_behaviour: dict[str, dict[str, int]] = {}
        for debtor in writers:
            entry = by_behaviour.setdefault(str(debtor.behaviour), {"debtors": 0, "escalated": 0})
            entry["debtors"] += 1
            entry["escalated"] += debtor.case_id in tasks
        safety = [d for d in writers if d.behaviour in SAFETY]
        missed = [
            {"behaviour": d.behaviour, "message": d.messages[0][:200]}
            for d in safety
            if d.case_id not in tasks
        ]
        automated = [d for d in writers if d.case_id not in tasks]
        return {
            "conversations": {
                "debtors_who_wrote": len(writers),
                "messages_received": received,
                "answers_queued": answers,
                "automated": len(automated),
                "automation_rate": _rate(len(automated), len(writers)),
                "automation_rate_outside_safety": _rate(
                    len([d for d in automated if d.behaviour not in SAFETY]),
                    len([d for d in writers if d.behaviour not in SAFETY]),
                ),
                "safety_cases": len(safety),
                "safety_escalated": len(safety) - len(missed),
                "safety_escalation_rate": _rate(len(safety) - len(missed), len(safety)),
                "safety_missed": missed[:20],
                "by_behaviour": dict(sorted(by_behaviour.items())),
                "promises": dict(promises),
                "plans": dict(plans),
                "collected": str(self.collected.quantize(Decimal("0.01"))),
            }
        }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _office_hours(now: datetime) -> bool:
    """Debtors write in the day (UTC, near enough for France and the UK)."""
    return 7 <= now.hour <= 20


def _round_up(cents: int, step: int) -> int:
    return -(-cents // step) * step


def _money(cents: int, currency: str, lang: str, rng: random.Random) -> str:
    amount = from_cents(cents)
    whole = amount == amount.to_integral_value()
    units = f"{int(amount)}" if whole else f"{amount:.2f}"
    if currency == "GBP":
        return rng.choice((f"£{units}", f"{units} pounds", f"£{amount:,.2f}"))
    if lang == "fr":
        french = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
        return rng.choice((f"{units}€", f"{units} euros", f"{french} €", f"{units} €"))
    return rng.choice((f"€{units}", f"{units} euros", f"€{amount:,.2f}"))


def _day(day: date, today: date, lang: str, rng: random.Random) -> str:
    if lang == "fr":
        forms = [f"{day.day} {_FR_MONTHS[day.month - 1]}", f"{day.day:02d}/{day.month:02d}"]
        if (day - today).days <= 6:
            forms.append(f"{_FR_DAYS[day.weekday()]} {day.day}")
        return rng.choice(forms)
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    forms = [f"{_EN_MONTHS[day.month - 1]} {day.day}", f"{day.day} {_EN_MONTHS[day.month - 1]}"]
    if (day - today).days <= 20 and day.month == today.month:
        forms.append(f"the {day.day}{suffix}")
    return rng.choice(forms)
