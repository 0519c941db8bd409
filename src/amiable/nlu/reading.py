"""What the reader makes of one message: the SPEC's output line as a value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from amiable.nlu.choices import SAFETY, DisputeType, Intent

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Reading:
    """One message read. `intents` holds every intent found, the primary first."""

    intent: Intent
    intents: tuple[Intent, ...]
    lang: str
    date: date | None = None
    amount: Decimal | None = None
    installments: int | None = None
    installment_amount: Decimal | None = None
    dispute_type: DisputeType | None = None
    confidence: float = 0.0
    # Why: the rules and model scores that led here, for the case event ("why was this read so?").
    evidence: tuple[str, ...] = field(default=(), compare=False)
    source: str = field(default="offline", compare=False)

    def to_json(self) -> dict[str, Any]:
        """The SPEC's output fields (without `id`)."""
        return {
            "intent": self.intent.value,
            "intents": [intent.value for intent in self.intents],
            "lang": self.lang,
            "date": self.date.isoformat() if self.date else None,
            "amount": _money(self.amount),
            "installments": self.installments,
            "installment_amount": _money(self.installment_amount),
            "dispute_type": self.dispute_type.value if self.dispute_type else None,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reading:
        """A reading stored as `to_json` (plus `evidence`) made a value again; a stored
        error reading (unreadable text) becomes an `other` reading of no confidence."""
        intents = tuple(Intent(value) for value in data.get("intents") or [data["intent"]])
        return cls(
            intent=Intent(data["intent"]),
            intents=intents,
            lang=str(data.get("lang") or "fr"),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            amount=Decimal(data["amount"]) if data.get("amount") else None,
            installments=data.get("installments"),
            installment_amount=(
                Decimal(data["installment_amount"]) if data.get("installment_amount") else None
            ),
            dispute_type=DisputeType(data["dispute_type"]) if data.get("dispute_type") else None,
            confidence=float(data.get("confidence") or 0.0),
            evidence=tuple(data.get("evidence") or ()),
            source=str(data.get("source") or "offline"),
        )

    @property
    def is_safety(self) -> bool:
        return any(intent in SAFETY for intent in self.intents)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(CENT))
