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

    @property
    def is_safety(self) -> bool:
        return any(intent in SAFETY for intent in self.intents)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(CENT))
