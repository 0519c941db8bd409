"""When a claim can no longer be enforced: prescription and forclusion (France).

Convention: `ends_on` is the last day on which the creditor can still act; the claim is
prescribed from the next day (C. civ. 2228-2229: the term is counted in days, and
prescription is acquired when its last day has passed). A period of N years from a day ends
on the same date N years later; from a 29 February it ends on 28 February.

A prescribed or forclosed claim is blocked from outreach by default (compliance.md 1.5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from amiable.ledger.choices import ClaimNature, DebtorType


@dataclass(frozen=True)
class Prescription:
    ends_on: date  # last day to act; prescribed from the day after
    rule: str  # which text, which period, which interruptions: shown to the office
    started_on: date  # the due date, the title date, or the last interruption that counted


def prescription(
    *,
    nature: ClaimNature,
    debtor_type: DebtorType,
    due_date: date,
    has_title: bool,
    title_date: date | None = None,
    interruptions: Sequence[date] = (),
) -> Prescription:
    """The limitation period of one claim, after the interruptions that count.

    `interruptions` are acknowledgments by the debtor, part payments and written requests
    for a payment plan (C. civ. 2240; case law treats a part payment or a request for time as
    an acknowledgment; unverified). One made before expiry starts a new period of the same
    length from its date (C. civ. 2231, unverified); one made after expiry revives nothing.
    """
    if has_title:
        if title_date is None:
            raise ValueError("an enforceable title needs its date")
        # CPCE L111-4 (unverified): 10 years to enforce a judgment or other enforceable title.
        years, started_on, interruptible = 10, title_date, True
        rule = "L111-4 CPCE: 10 ans pour exécuter le titre exécutoire"
    elif nature is ClaimNature.CONSUMER_CREDIT:
        # C. consom. R312-35: forclusion, not prescription. Only a court action (or a
        # rescheduling, after which the caller passes the first unregularised incident
        # after it as `due_date`) stops it; acknowledgments and part payments do not.
        years, started_on, interruptible = 2, due_date, False
        rule = (
            "R312-35 C. consom.: forclusion 2 ans après le premier incident de paiement non "
            "régularisé; ni une reconnaissance ni un paiement partiel ne l'interrompent"
        )
    elif nature is ClaimNature.B2C_SALE and debtor_type is DebtorType.CONSUMER:
        years, started_on, interruptible = 2, due_date, True
        rule = "L218-2 C. consom.: 2 ans (action d'un professionnel contre un consommateur)"
    elif nature is ClaimNature.B2B_INVOICE or debtor_type is DebtorType.BUSINESS:
        years, started_on, interruptible = 5, due_date, True
        rule = "L110-4 C. com.: 5 ans (obligations nées à l'occasion du commerce)"
    else:
        years, started_on, interruptible = 5, due_date, True
        rule = "2224 C. civ.: 5 ans (droit commun)"

    ends_on = add_years(started_on, years)
    notes: list[str] = []
    for day in sorted(interruptions):
        if not interruptible:
            notes.append(f"{_french(day)}: sans effet sur la forclusion")
        elif day < started_on:
            continue  # before the period it would interrupt had started
        elif day > ends_on:
            notes.append(f"{_french(day)}: après l'expiration, sans effet (pas de renaissance)")
        else:
            started_on, ends_on = day, add_years(day, years)
            notes.append(f"interrompue le {_french(day)} (C. civ. 2240)")
    if notes:
        rule = f"{rule}; {'; '.join(notes)}"
    return Prescription(ends_on=ends_on, rule=rule, started_on=started_on)


def is_prescribed(p: Prescription, as_of: date) -> bool:
    """True from the day after the last day to act."""
    return as_of > p.ends_on


def add_years(day: date, years: int) -> date:
    """Same date `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _french(day: date) -> str:
    return day.strftime("%d/%m/%Y")
