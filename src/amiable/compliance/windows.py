"""Contact windows: may a message go out, or a call be placed, at this instant?

    place = place_for("FR", "57000")
    is_open(now, "call", place)  # False on Good Friday in Metz
    next_open(now, "call", place)  # the first instant it is, in UTC

The windows are data per jurisdiction and channel (data/contact_windows.yaml, loaded and
validated on first use), so adding a jurisdiction is configuration. An instant is open
when, in **every** time zone of the debtor's place, the local day is one of the window's
days, is not a closed public holiday there, and the local time is inside one of its hour
ranges (start included, end excluded).

A tenant, or a debtor who designated a window, narrows the policy with `narrowed(rules,
override)`: an override has the file's shape and is validated the same way, and one that
would widen the policy (another day, hours outside the policy's, holidays opened, a
channel or jurisdiction the policy does not have) is refused.

Daylight-saving changes: an instant is judged by the wall clock the debtor sees at that
instant, which is always defined. So a range, or the part of one, that falls in the hour
skipped in spring is not open that day, and a range that starts inside it opens when the
clock jumps (03:00 in Paris); a wall time that occurs twice in autumn is open both times
it occurs. `next_open` finds the exact instant in both cases, since it tries every
range start (under both readings of an ambiguous time) and every offset change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from itertools import pairwise
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from amiable.compliance.calendar import is_holiday
from amiable.compliance.places import Place

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STATUSES = ("law", "policy")
HOLIDAY_RULES: Mapping[str, bool] = {"closed": True, "open": False}
SEARCH_HORIZON = timedelta(days=40)
DEFAULT_FILE = "contact_windows.yaml"

# The case stores ISO codes ("GB"); the policy file says "UK". Either finds the other.
_JURISDICTION_ALIASES = {"GB": "UK", "UK": "GB"}
_JURISDICTION_KEYS = frozenset({"source", "status", "channels", "extra_holidays"})
_CHANNEL_KEYS = frozenset({"days", "hours", "holidays", "source"})
_EXTRA_HOLIDAY_KEYS = frozenset({"date", "name", "regions"})
_CLOCK_TIME = re.compile(r"(\d\d):(\d\d)")
_MIDNIGHT_END = timedelta(hours=24)


class ContactWindowError(ValueError):
    """Contact-window data that cannot be used; the message names where it is wrong."""


class WideningError(ContactWindowError):
    """An override that would open a window the policy keeps closed."""


class UnknownRuleError(LookupError):
    """No window for this jurisdiction or channel: nothing may be sent."""


class NoOpenWindowError(LookupError):
    """No open instant within the search horizon."""


@dataclass(frozen=True, order=True)
class HourRange:
    """Local clock times, as the time since midnight; start included, end excluded."""

    start: timedelta
    end: timedelta

    def contains(self, since_midnight: timedelta) -> bool:
        return self.start <= since_midnight < self.end

    def covers(self, other: HourRange) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return f"{_clock_text(self.start)}-{_clock_text(self.end)}"


WHOLE_DAY = HourRange(timedelta(0), _MIDNIGHT_END)


@dataclass(frozen=True)
class ContactWindow:
    days: frozenset[int]
    """Weekdays, 0 = Monday."""
    hours: tuple[HourRange, ...]
    """Sorted, not overlapping."""
    closed_on_holidays: bool
    source: str

    def allows_clock_time(self, since_midnight: timedelta) -> bool:
        return any(hour_range.contains(since_midnight) for hour_range in self.hours)

    def describe(self) -> str:
        days = ", ".join(DAY_NAMES[day] for day in sorted(self.days))
        hours = ", ".join(str(hour_range) for hour_range in self.hours)
        holidays = "closed" if self.closed_on_holidays else "open"
        return f"{days}; {hours}; holidays {holidays}"


@dataclass(frozen=True)
class ExtraHoliday:
    """A closed day the calendar cannot compute (a one-off proclamation)."""

    day: date
    name: str
    regions: frozenset[str] | None
    """None: the whole country."""

    def closes(self, day: date, region: str | None) -> bool:
        # A debtor whose region is unknown may be in any of them.
        in_region = self.regions is None or region is None or region in self.regions
        return day == self.day and in_region


@dataclass(frozen=True)
class JurisdictionRules:
    jurisdiction: str
    source: str
    status: str
    """"law" or "policy"."""
    channels: Mapping[str, ContactWindow]
    extra_holidays: tuple[ExtraHoliday, ...] = ()


@dataclass(frozen=True)
class ContactRules:
    jurisdictions: Mapping[str, JurisdictionRules]


# --- Reading and validating ------------------------------------------------------------


@dataclass(frozen=True)
class _Where:
    """Where a value sits in the data, for error messages: origin and dotted path."""

    origin: str
    path: str = ""

    def child(self, key: object) -> _Where:
        if isinstance(key, int):
            return _Where(self.origin, f"{self.path}[{key}]")
        return _Where(self.origin, f"{self.path}.{key}" if self.path else str(key))

    def error(self, message: str) -> ContactWindowError:
        return ContactWindowError(f"{self.origin}: {self.path or 'top level'}: {message}")

    def widening(self, message: str) -> WideningError:
        return WideningError(f"{self.origin}: {self.path}: {message}")


@cache
def default_rules() -> ContactRules:
    """The policy shipped with amiable, read and validated once, on first use."""
    resource = resources.files("amiable.compliance") / "data" / DEFAULT_FILE
    return rules_from_yaml(resource.read_text(encoding="utf-8"), DEFAULT_FILE)


def rules_from_yaml(text: str, origin: str) -> ContactRules:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ContactWindowError(f"{origin}: not valid YAML: {error}") from error
    return rules_from_mapping(data, origin)


def rules_from_mapping(data: object, origin: str = "contact windows") -> ContactRules:
    where = _Where(origin)
    table = _mapping(data, where)
    if not table:
        raise where.error("no jurisdiction")
    jurisdictions = {}
    for key, entry in table.items():
        code = _jurisdiction_code(key, where)
        jurisdictions[code] = _jurisdiction(code, entry, where.child(code), partial=False)
    return ContactRules(MappingProxyType(jurisdictions))


def _jurisdiction_code(key: object, where: _Where) -> str:
    if not isinstance(key, str) or not key.strip():
        # YAML 1.1 reads some bare country codes as booleans (NO, ON…).
        raise where.error(f"jurisdiction {key!r} is not a code (quote it)")
    return key.strip().upper()


def _jurisdiction(code: str, entry: object, where: _Where, *, partial: bool) -> JurisdictionRules:
    """A jurisdiction's rules; `partial` (an override) makes source, status and every
    channel optional."""
    fields = _mapping(entry, where)
    _refuse_unknown_keys(fields, _JURISDICTION_KEYS, where)
    required = () if partial else ("source", "status", "channels")
    _require_keys(fields, required, where)
    source = _text(fields.get("source", ""), where.child("source"), allow_empty=partial)
    status = fields.get("status", "")
    if (status or not partial) and status not in STATUSES:
        raise where.child("status").error(f"{status!r} is not one of {', '.join(STATUSES)}")
    channels_where = where.child("channels")
    channels = _mapping(fields.get("channels", {}), channels_where)
    if not channels and not partial:
        raise channels_where.error("no channel")
    return JurisdictionRules(
        jurisdiction=code,
        source=source,
        status=str(status),
        channels=MappingProxyType(
            {
                _text(name, channels_where, allow_empty=False): _channel(
                    spec, channels_where.child(name), source
                )
                for name, spec in channels.items()
            }
        ),
        extra_holidays=_extra_holidays(
            fields.get("extra_holidays", []), where.child("extra_holidays")
        ),
    )


def _channel(spec: object, where: _Where, jurisdiction_source: str) -> ContactWindow:
    fields = _mapping(spec, where)
    _refuse_unknown_keys(fields, _CHANNEL_KEYS, where)
    _require_keys(fields, ("days", "holidays"), where)
    holidays = fields["holidays"]
    if holidays not in HOLIDAY_RULES:
        raise where.child("holidays").error(
            f"{holidays!r} is not one of {', '.join(HOLIDAY_RULES)}"
        )
    source = fields.get("source", jurisdiction_source)
    return ContactWindow(
        days=_days(fields["days"], where.child("days")),
        hours=_hours(fields["hours"], where.child("hours")) if "hours" in fields else (WHOLE_DAY,),
        closed_on_holidays=HOLIDAY_RULES[holidays],
        source=_text(source, where.child("source"), allow_empty=True),
    )


def _days(value: object, where: _Where) -> frozenset[int]:
    names = _sequence(value, where)
    if not names:
        raise where.error("no day")
    days: set[int] = set()
    for index, name in enumerate(names):
        if name not in DAY_NAMES:
            raise where.child(index).error(f"unknown day {name!r} (use {', '.join(DAY_NAMES)})")
        if DAY_NAMES.index(name) in days:
            raise where.child(index).error(f"day {name!r} is listed twice")
        days.add(DAY_NAMES.index(name))
    return frozenset(days)


def _hours(value: object, where: _Where) -> tuple[HourRange, ...]:
    items = _sequence(value, where)
    if not items:
        raise where.error("no hour range (leave hours out for the whole day)")
    ranges = [_hour_range(item, where.child(index)) for index, item in enumerate(items)]
    ordered = sorted(ranges)
    for earlier, later in pairwise(ordered):
        if later.start < earlier.end:
            raise where.error(f"ranges {earlier} and {later} overlap")
    return tuple(ordered)


def _hour_range(value: object, where: _Where) -> HourRange:
    bounds = _sequence(value, where)
    if len(bounds) != 2:
        raise where.error(f'expected ["HH:MM", "HH:MM"], got {value!r}')
    start = _clock_time(bounds[0], where.child(0))
    end = _clock_time(bounds[1], where.child(1))
    if start >= _MIDNIGHT_END:
        raise where.child(0).error("a range cannot start at 24:00")
    if start >= end:
        raise where.error(
            f"range {_clock_text(start)}-{_clock_text(end)} is inverted or empty "
            "(a window across midnight is two ranges on two days)"
        )
    return HourRange(start, end)


def _clock_time(value: object, where: _Where) -> timedelta:
    if not isinstance(value, str):
        # An unquoted 10:00 is the integer 600 in YAML 1.1: say so.
        raise where.error(f"{value!r} is not HH:MM text (quote times in YAML)")
    found = _CLOCK_TIME.fullmatch(value)
    if found is None:
        raise where.error(f"{value!r} is not HH:MM")
    hours, minutes = int(found.group(1)), int(found.group(2))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes > 0):
        raise where.error(f"{value!r} is not a time of day (00:00 to 24:00)")
    return timedelta(hours=hours, minutes=minutes)


def _extra_holidays(value: object, where: _Where) -> tuple[ExtraHoliday, ...]:
    extras = []
    for index, item in enumerate(_sequence(value, where)):
        item_where = where.child(index)
        fields = _mapping(item, item_where)
        _refuse_unknown_keys(fields, _EXTRA_HOLIDAY_KEYS, item_where)
        _require_keys(fields, ("date", "name"), item_where)
        regions = fields.get("regions")
        extras.append(
            ExtraHoliday(
                day=_date(fields["date"], item_where.child("date")),
                name=_text(fields["name"], item_where.child("name"), allow_empty=False),
                regions=None
                if regions is None
                else frozenset(
                    _text(region, item_where.child("regions"), allow_empty=False)
                    for region in _sequence(regions, item_where.child("regions"))
                ),
            )
        )
    return tuple(extras)


def _date(value: object, where: _Where) -> date:
    # YAML reads an unquoted 2022-06-03 as a date already; a timestamp is not a day.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise where.error(f"{value!r} is not a date (YYYY-MM-DD)")


def _mapping(value: object, where: _Where) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise where.error(f"expected a mapping, got {type(value).__name__}")
    return value


def _sequence(value: object, where: _Where) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise where.error(f"expected a list, got {type(value).__name__}")
    return list(value)


def _text(value: object, where: _Where, *, allow_empty: bool) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise where.error(f"expected text, got {value!r}")
    return value


def _refuse_unknown_keys(fields: Mapping[Any, Any], known: frozenset[str], where: _Where) -> None:
    unknown = sorted(str(key) for key in fields if key not in known)
    if unknown:
        raise where.error(
            f"unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )


def _require_keys(fields: Mapping[Any, Any], required: Iterable[str], where: _Where) -> None:
    missing = [key for key in required if key not in fields]
    if missing:
        raise where.error(f"missing {', '.join(missing)}")


def _clock_text(since_midnight: timedelta) -> str:
    minutes = int(since_midnight.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# --- Narrowing -------------------------------------------------------------------------


def narrowed(
    rules: ContactRules, override: Mapping[str, Any], origin: str = "tenant override"
) -> ContactRules:
    """The rules with a tenant's (or a debtor's) override applied. The override has the
    policy file's shape, with source and status optional and any subset of channels; a
    channel it names is replaced whole. It may only narrow: raises `WideningError` when
    it would open anything the policy keeps closed."""
    where = _Where(origin)
    jurisdictions = dict(rules.jurisdictions)
    for key, entry in _mapping(override, where).items():
        code = _jurisdiction_code(key, where)
        found = _find_jurisdiction(jurisdictions, code)
        if found is None:
            raise where.child(code).widening(
                "the policy has no window for this jurisdiction; an override cannot add one"
            )
        base = jurisdictions[found]
        narrowing = _jurisdiction(found, entry, where.child(key), partial=True)
        jurisdictions[found] = _narrowed_jurisdiction(base, narrowing, origin, where.child(key))
    return ContactRules(MappingProxyType(jurisdictions))


def _narrowed_jurisdiction(
    base: JurisdictionRules, narrowing: JurisdictionRules, origin: str, where: _Where
) -> JurisdictionRules:
    channels = dict(base.channels)
    for name, window in narrowing.channels.items():
        channel_where = where.child("channels").child(name)
        if name not in base.channels:
            raise channel_where.widening(
                "the policy has no window for this channel; an override cannot add one"
            )
        _check_narrows(base.channels[name], window, channel_where)
        channels[name] = replace(
            window, source=_narrowed_source(base.channels[name].source, window.source, origin)
        )
    return replace(
        base,
        source=_narrowed_source(base.source, narrowing.source, origin),
        channels=MappingProxyType(channels),
        extra_holidays=base.extra_holidays + narrowing.extra_holidays,
    )


def _check_narrows(policy: ContactWindow, window: ContactWindow, where: _Where) -> None:
    extra_days = window.days - policy.days
    if extra_days:
        names = ", ".join(DAY_NAMES[day] for day in sorted(extra_days))
        raise where.child("days").widening(f"{names} outside the policy days ({policy.describe()})")
    blocks = _contiguous(policy.hours)
    for hour_range in window.hours:
        if not any(block.covers(hour_range) for block in blocks):
            raise where.child("hours").widening(
                f"{hour_range} is outside the policy hours "
                f"({', '.join(str(block) for block in policy.hours)})"
            )
    if policy.closed_on_holidays and not window.closed_on_holidays:
        raise where.child("holidays").widening("the policy is closed on public holidays")


def _contiguous(ranges: Iterable[HourRange]) -> list[HourRange]:
    """Ranges that touch (10:00-13:00 and 13:00-14:00) merged, so that an override may
    span them."""
    blocks: list[HourRange] = []
    for hour_range in sorted(ranges):
        if blocks and blocks[-1].end >= hour_range.start:
            blocks[-1] = HourRange(blocks[-1].start, max(blocks[-1].end, hour_range.end))
        else:
            blocks.append(hour_range)
    return blocks


def _narrowed_source(policy_source: str, override_source: str, origin: str) -> str:
    reason = f": {override_source}" if override_source else ""
    return f"{policy_source}; narrowed by {origin}{reason}"


# --- Asking ----------------------------------------------------------------------------


def window_for(
    channel: str, jurisdiction: str, *, rules: ContactRules | None = None
) -> ContactWindow:
    jurisdiction_rules = _jurisdiction_rules(rules or default_rules(), jurisdiction)
    return _channel_window(jurisdiction_rules, channel)


def is_open(
    instant_utc: datetime,
    channel: str,
    place: Place,
    jurisdiction: str | None = None,
    *,
    rules: ContactRules | None = None,
) -> bool:
    """Whether the channel's window is open at this instant in every zone of the place.
    `jurisdiction` defaults to the place's country."""
    moment = _aware(instant_utc)
    jurisdiction_rules = _jurisdiction_rules(
        rules or default_rules(), jurisdiction or place.country
    )
    window = _channel_window(jurisdiction_rules, channel)
    zones = _zones(place)
    return _open_everywhere(moment, window, jurisdiction_rules, place, zones)


def next_open(
    instant_utc: datetime,
    channel: str,
    place: Place,
    jurisdiction: str | None = None,
    *,
    rules: ContactRules | None = None,
) -> datetime:
    """The earliest instant at or after this one when the window is open, in UTC. Raises
    `NoOpenWindowError` when none comes within `SEARCH_HORIZON`."""
    moment = _aware(instant_utc).astimezone(UTC)
    jurisdiction_rules = _jurisdiction_rules(
        rules or default_rules(), jurisdiction or place.country
    )
    window = _channel_window(jurisdiction_rules, channel)
    zones = _zones(place)
    if _open_everywhere(moment, window, jurisdiction_rules, place, zones):
        return moment
    horizon = moment + SEARCH_HORIZON
    for candidate in _candidates(moment, horizon, window, zones):
        if _open_everywhere(candidate, window, jurisdiction_rules, place, zones):
            return candidate
    raise NoOpenWindowError(
        f"no {channel!r} window opens within {SEARCH_HORIZON.days} days after "
        f"{moment.isoformat()} for {place.country}/{place.region} under "
        f"{jurisdiction_rules.jurisdiction} ({window.describe()}): the window never holds "
        f"in all of {', '.join(place.time_zones)} at once"
    )


def window_check(
    place: Place, jurisdiction: str | None = None, *, rules: ContactRules | None = None
) -> Callable[[datetime, str], datetime | None]:
    """The shape `guard.guard` takes: None when the channel is open now, else the instant
    it opens."""

    def check(now: datetime, channel: str) -> datetime | None:
        opens = next_open(now, channel, place, jurisdiction, rules=rules)
        return None if opens == _aware(now).astimezone(UTC) else opens

    return check


def _jurisdiction_rules(rules: ContactRules, jurisdiction: str) -> JurisdictionRules:
    code = jurisdiction.strip().upper()
    found = _find_jurisdiction(rules.jurisdictions, code)
    if found is None:
        raise UnknownRuleError(
            f"no contact windows for jurisdiction {jurisdiction!r} "
            f"(known: {', '.join(sorted(rules.jurisdictions))}): nothing may be sent"
        )
    return rules.jurisdictions[found]


def _find_jurisdiction(jurisdictions: Mapping[str, JurisdictionRules], code: str) -> str | None:
    if code in jurisdictions:
        return code
    alias = _JURISDICTION_ALIASES.get(code)
    return alias if alias in jurisdictions else None


def _channel_window(jurisdiction_rules: JurisdictionRules, channel: str) -> ContactWindow:
    if channel not in jurisdiction_rules.channels:
        raise UnknownRuleError(
            f"no {channel!r} window in {jurisdiction_rules.jurisdiction} "
            f"(known: {', '.join(sorted(jurisdiction_rules.channels))}): nothing may be sent"
        )
    return jurisdiction_rules.channels[channel]


def _aware(instant: datetime) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{instant!r} must be timezone-aware (UTC in storage)")
    return instant


def _zones(place: Place) -> tuple[ZoneInfo, ...]:
    return tuple(ZoneInfo(name) for name in place.time_zones)


def _open_everywhere(
    moment: datetime,
    window: ContactWindow,
    jurisdiction_rules: JurisdictionRules,
    place: Place,
    zones: Iterable[ZoneInfo],
) -> bool:
    return all(_open_in_zone(moment, window, jurisdiction_rules, place, zone) for zone in zones)


def _open_in_zone(
    moment: datetime,
    window: ContactWindow,
    jurisdiction_rules: JurisdictionRules,
    place: Place,
    zone: ZoneInfo,
) -> bool:
    local = moment.astimezone(zone)
    day = local.date()
    if day.weekday() not in window.days:
        return False
    if window.closed_on_holidays and _closed_day(day, place, jurisdiction_rules):
        return False
    return window.allows_clock_time(_since_midnight(local))


def _closed_day(day: date, place: Place, jurisdiction_rules: JurisdictionRules) -> bool:
    if any(extra.closes(day, place.region) for extra in jurisdiction_rules.extra_holidays):
        return True
    return is_holiday(day, place.country, place.region)


def _since_midnight(local: datetime) -> timedelta:
    # The wall clock, whichever of two identical autumn readings this is.
    return timedelta(
        hours=local.hour, minutes=local.minute, seconds=local.second, microseconds=local.microsecond
    )


# --- Where the next opening can be -----------------------------------------------------


def _candidates(
    after: datetime, horizon: datetime, window: ContactWindow, zones: Iterable[ZoneInfo]
) -> list[datetime]:
    """Every instant in (after, horizon] at which some zone can turn from closed to open:
    a local midnight, a range start (both readings of an ambiguous wall time) or an
    offset change. The first open instant after a closed one is always one of them."""
    instants: set[datetime] = set()
    for zone in zones:
        instants.update(_range_starts(after, horizon, window, zone))
        instants.update(_offset_changes(after, horizon, zone))
    return sorted(instant for instant in instants if after < instant <= horizon)


def _range_starts(
    after: datetime, horizon: datetime, window: ContactWindow, zone: ZoneInfo
) -> Iterator[datetime]:
    starts = {timedelta(0), *(hour_range.start for hour_range in window.hours)}
    day = after.astimezone(zone).date()
    last_day = horizon.astimezone(zone).date()
    while day <= last_day:
        for start in starts:
            yield from _wall_clock_instants(day, start, zone)
        day += timedelta(days=1)


def _wall_clock_instants(
    day: date, since_midnight: timedelta, zone: ZoneInfo
) -> Iterator[datetime]:
    wall = datetime.combine(day, time()) + since_midnight
    for fold in (0, 1):
        yield wall.replace(tzinfo=zone, fold=fold).astimezone(UTC)


def _offset_changes(after: datetime, horizon: datetime, zone: ZoneInfo) -> Iterator[datetime]:
    """The instants (to the second) where the zone's UTC offset changes. Steps of 12 hours
    never hold two changes: no zone changes its offset twice in one day."""
    step = 12 * 3600
    start = int(after.timestamp())
    end = int(horizon.timestamp()) + step
    for low in range(start, end, step):
        high = low + step
        if _offset_at(low, zone) != _offset_at(high, zone):
            yield _first_second_with_offset_of(high, low, zone)


def _offset_at(posix_seconds: int, zone: ZoneInfo) -> timedelta | None:
    return datetime.fromtimestamp(posix_seconds, UTC).astimezone(zone).utcoffset()


def _first_second_with_offset_of(high: int, low: int, zone: ZoneInfo) -> datetime:
    """Bisection between `low` (old offset) and `high` (new offset)."""
    new_offset = _offset_at(high, zone)
    while high - low > 1:
        middle = (low + high) // 2
        if _offset_at(middle, zone) == new_offset:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)
