"""The compliance guard: may this action run now? Evaluated when it is due, not when it
was planned — a dispute or a payment can arrive in between.

    verdict = guard(facts, channel, now, rules)

A pure function of what the caller read from the database (`GuardFacts`) and of the
jurisdiction's rules (data, `compliance/data/rules.yaml`). The verdict is `allow`,
`defer` (with the earliest instant worth retrying) or `block`, and always names the
rule that decided, for the case event ("why was this not sent?"). The checks follow
compliance.md §6, in its order: party and tenant gates, case gates, hard stops, channel
gates, time gates, frequency gates. Content gates (mandatory mentions, deny-list) run
on the rendered text, in the templates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import yaml


@dataclass(frozen=True, slots=True)
class Caps:
    """How many messages a case may receive: per local day, per rolling week, and per
    channel per rolling week. Counted over every channel, SMS and e-mail included."""

    per_day: int
    per_week: int
    per_channel_week: dict[str, int]


@dataclass(frozen=True, slots=True)
class JurisdictionRules:
    code: str
    caps: Caps
    agency_prerequisites: bool
    """Whether an agency collecting for others must show its R124-2 file first (France)."""
    source: str


@dataclass(frozen=True, slots=True)
class SentMessage:
    at: datetime
    channel: str


@dataclass(frozen=True, slots=True)
class GuardFacts:
    jurisdiction: str
    status_stops_chasing: bool
    status: str
    mandate_in_force: bool
    collector_is_agency: bool
    agency_prerequisites_met: bool
    """Professional liability insurance, segregated client account, declaration to the
    procureur (CPCE R124-2)."""
    contact_valid: bool
    """A valid, not opted-out contact point for the channel."""
    time_zone: str
    sent: Sequence[SentMessage] = ()
    prescribed_claims: tuple[str, ...] = ()
    """References of open claims whose limitation period has run out: a time-barred debt
    is never chased (compliance.md §6.4); a person decides what the message may say."""
    """What the case was sent recently (the last eight days are enough)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: str  # "allow" | "defer" | "block"
    rule: str
    reason: str
    until: datetime | None = None

    @property
    def allowed(self) -> bool:
        return self.decision == "allow"


WindowCheck = Callable[[datetime, str], datetime | None]
"""The contact window for the debtor's place: None when `now` is inside it for the
channel, else the next instant it opens (UTC)."""


def guard(
    facts: GuardFacts,
    channel: str,
    now: datetime,
    rules: JurisdictionRules,
    window: WindowCheck | None = None,
) -> Verdict:
    if facts.status_stops_chasing:
        return Verdict("block", "hard_stop", f"the case is {facts.status}: no contact")
    if facts.prescribed_claims:
        return Verdict(
            "block",
            "hard_stop",
            f"time-barred claim(s) {', '.join(facts.prescribed_claims)}: no contact",
        )
    if not facts.mandate_in_force:
        return Verdict("block", "mandate", "no mandate in force for this creditor (CPCE R124-3)")
    if (
        rules.agency_prerequisites
        and facts.collector_is_agency
        and not facts.agency_prerequisites_met
    ):
        return Verdict(
            "block",
            "agency_prerequisites",
            "the agency's insurance, client account or declaration is missing (CPCE R124-2)",
        )
    if not facts.contact_valid:
        return Verdict("block", "contact_point", f"no valid {channel} contact for the debtor")
    if window is not None:
        opens = window(now, channel)
        if opens is not None:
            return Verdict("defer", "contact_window", "outside the contact window", until=opens)
    return _caps(facts, channel, now, rules.caps)


def _caps(facts: GuardFacts, channel: str, now: datetime, caps: Caps) -> Verdict:
    if channel == "call":
        # A call is a task for a person, who decides; it is not a message sent.
        return Verdict("allow", "allowed", "a call task for a person")
    zone = ZoneInfo(facts.time_zone)
    today = now.astimezone(zone).date()
    messages = [item for item in facts.sent if item.channel != "call"]
    same_day = [item for item in messages if item.at.astimezone(zone).date() == today]
    if len(same_day) >= caps.per_day:
        tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=zone)
        return Verdict(
            "defer",
            "cap_per_day",
            f"already {len(same_day)} message(s) today (cap {caps.per_day} a day)",
            until=tomorrow.astimezone(now.tzinfo),
        )
    week_ago = now - timedelta(days=7)
    in_week = sorted(item.at for item in messages if item.at > week_ago)
    if len(in_week) >= caps.per_week:
        frees = in_week[len(in_week) - caps.per_week] + timedelta(days=7)
        return Verdict(
            "defer",
            "cap_per_week",
            f"already {len(in_week)} messages in 7 days (cap {caps.per_week})",
            until=frees,
        )
    limit = caps.per_channel_week.get(channel)
    if limit is not None:
        on_channel = sorted(
            item.at for item in messages if item.channel == channel and item.at > week_ago
        )
        if len(on_channel) >= limit:
            frees = on_channel[len(on_channel) - limit] + timedelta(days=7)
            return Verdict(
                "defer",
                f"cap_{channel}_week",
                f"already {len(on_channel)} {channel} in 7 days (cap {limit})",
                until=frees,
            )
    return Verdict("allow", "allowed", "every rule passed")


@cache
def jurisdiction_rules(code: str) -> JurisdictionRules:
    """The rules of a jurisdiction, from `compliance/data/rules.yaml`."""
    table = _rules_table()
    if code.upper() not in table:
        raise KeyError(f"no compliance rules for jurisdiction {code!r}: nothing may be sent")
    return table[code.upper()]


@cache
def _rules_table() -> dict[str, JurisdictionRules]:
    resource = resources.files("amiable.compliance") / "data" / "rules.yaml"
    raw: dict[str, Any] = yaml.safe_load(resource.read_text(encoding="utf-8"))
    table = {}
    for code, entry in raw.items():
        caps = entry["caps"]
        table[code] = JurisdictionRules(
            code=code,
            caps=Caps(
                per_day=int(caps["per_day"]),
                per_week=int(caps["per_week"]),
                per_channel_week={
                    str(k): int(v) for k, v in (caps.get("per_channel_week") or {}).items()
                },
            ),
            agency_prerequisites=bool(entry.get("agency_prerequisites", False)),
            source=str(entry.get("source", "")),
        )
    return table
