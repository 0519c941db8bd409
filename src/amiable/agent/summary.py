"""The escalation summary: what a clerk reads to act in thirty seconds.

Who, what is owed, what the debtor said (quoted, the latest first), how it was read,
what the agent did, and what it suggests next. Plain text in the office's language,
built from the case's own records: nothing here is invented or inferred beyond the
readings already stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from amiable.playbooks.context import money_text

QUOTE_CHARS = 600
"""The debtor's message is quoted up to this length; the whole is on the case timeline."""

EARLIER = 3
"""How many earlier exchanges the summary recalls."""


@dataclass(frozen=True, slots=True)
class Exchange:
    at: datetime
    channel: str
    text: str
    intent: str


@dataclass(frozen=True, slots=True)
class SummaryFacts:
    case_reference: str
    debtor_name: str
    debtor_type: str  # consumer, business
    creditor_name: str
    status: str
    total_due: Decimal
    currency: str
    message: Exchange
    reading: dict[str, object]
    did: tuple[str, ...]  # what the agent did, in words
    why: str
    suggestion: str
    earlier: tuple[Exchange, ...] = ()
    commitments: tuple[str, ...] = ()  # promises and plans, in words


_WORDS = {
    "fr": {
        "who": "Débiteur", "owes": "Doit", "to": "à", "case": "Dossier", "status": "statut",
        "said": "A écrit", "read": "Lu comme", "did": "L'agent a", "why": "Pourquoi",
        "next": "À faire", "before": "Échanges précédents", "commitments": "Engagements",
        "consumer": "particulier", "business": "professionnel", "none": "rien",
    },
    "en": {
        "who": "Debtor", "owes": "Owes", "to": "to", "case": "Case", "status": "status",
        "said": "Wrote", "read": "Read as", "did": "The agent", "why": "Why",
        "next": "Next", "before": "Earlier", "commitments": "Commitments",
        "consumer": "consumer", "business": "business", "none": "nothing",
    },
}  # fmt: skip


def summarise(facts: SummaryFacts, lang: str = "fr") -> str:
    words = _WORDS.get(lang, _WORDS["en"])
    reading = facts.reading
    entities = [
        f"{name} {reading[name]}"
        for name in ("date", "amount", "installments", "installment_amount", "dispute_type")
        if reading.get(name) not in (None, "")
    ]
    listed = reading.get("intents")
    intents = ", ".join(
        str(item) for item in (listed if isinstance(listed, list) else [reading.get("intent")])
    )
    lines = [
        f"{words['case']} {facts.case_reference} ({words['status']} {facts.status})",
        f"{words['who']}: {facts.debtor_name} ({words.get(facts.debtor_type, facts.debtor_type)})",
        f"{words['owes']}: {money_text(facts.total_due, facts.currency, lang)} "
        f"{words['to']} {facts.creditor_name}",
        f"{words['said']} ({facts.message.channel}, {facts.message.at:%Y-%m-%d %H:%M} UTC): "
        f"« {_quote(facts.message.text)} »",
        f"{words['read']}: {intents}"
        + (f" — {'; '.join(entities)}" if entities else "")
        + f" (confidence {float(str(reading.get('confidence') or 0)):.2f})",
        f"{words['did']}: {', '.join(facts.did) or words['none']}",
        f"{words['why']}: {facts.why}",
        f"{words['next']}: {facts.suggestion}",
    ]
    if facts.commitments:
        lines.append(f"{words['commitments']}: {'; '.join(facts.commitments)}")
    if facts.earlier:
        lines.append(f"{words['before']}:")
        lines += [
            f"  {item.at:%Y-%m-%d} {item.channel} [{item.intent}] « {_quote(item.text, 160)} »"
            for item in facts.earlier[:EARLIER]
        ]
    return "\n".join(lines)


def _quote(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
