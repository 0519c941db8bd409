"""Dates in debtor messages, French and English, resolved against the day the message arrived.

The contract is shared/nlu/SPEC.md ("Dates"). Every mention carries two readings, because
only the caller knows the tense: `future` (a promise, a plan) and `past` (already paid).
Words that only point one way leave the other reading empty ("hier" has no future).

Conventions, the SPEC's first; the ones it leaves open are marked (*):
- "le 15", "on the 15th": the next 15th on or after the received day; past: the latest 15th
  on or before it. Months without that day are skipped ("le 31" in November: 31 December).
- Day and month without a year ("15 mars", "12/03"): the next occurrence on or after the
  received day, the year may roll; past: the latest on or before. With a year: that date,
  for both readings.
- Numbers are day/month in French. In English a numeric date is read only when one order
  makes it valid ("2/15", "27/02"): "05/04" may be either, and the SPEC makes only
  written-out months gold in English.
- Weekday names: the next such day strictly after the received day; past: the latest
  strictly before. (*) "vendredi prochain" / "next Friday" is that same next Friday (the
  mirror of the SPEC's "last Friday"); Duckling's English corpus and Recognizers-Text read
  "next Friday" as the Friday of next week instead. "lundi en huit": that Monday (today
  counts) plus a week; "Friday after next", "Friday week": next Friday plus a week.
  (*) "jeudi 15": the next 15th that is a Thursday if one comes within two months, else the
  next 15th (the weekday taken for a slip).
- Windows: "fin du mois" last 3 days (value: the last day); "début du mois prochain" 1st..10th
  (value: the 1st); "la semaine prochaine" Monday..Sunday (value: Monday); "en fin de semaine"
  Friday..Sunday of this week (value (*): Friday, the last working day); "ce week-end"
  Saturday..Sunday. A window that has begun is cut at the received day ("fin du mois" on
  the 30th: 30th..31st).
- "dans 15 jours" +14..+15 (value (*): +15, the words said); likewise (*) "dans 8 jours",
  "sous huitaine" +7..+8, the French week. "dans deux semaines", "in 2 weeks", (*) "in a
  fortnight" (an English fortnight is exactly 14 days): +14.
- (*) "now", "maintenant", "tout de suite" are not dates (SPEC: "I'll pay now" has no date).
- A salary or benefits date without a day ("quand je toucherai mon salaire", "payday") is a
  mention of kind "salary" with no reading at all.
- Two days of one month: "du 13 au 15 juillet", "entre le 5 et le 10", "13-15 July" are one
  window, first to last day (value: the first). (*) "le 5 et le 20 décembre", "March 3rd and
  4th" are two dates, the month said once being both's: two dated payments make a plan.
- (*) A bare number is no day: "le 15", "du 15", "the 15th", "on/by the 15" are; "the 30" alone
  (as often money), "for 6", "15" are not.
- "d'ici", "avant", "au plus tard", "by", "before", "within", "dans la semaine" around a date
  set `deadline`: the date is the latest day promised, not the only one.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from amiable.nlu import holidays
from amiable.nlu.normalize import word_set
from amiable.nlu.precompiled import compile_re

__all__ = ["DateKind", "DateMention", "Resolved", "find_dates"]


class DateKind(StrEnum):
    ABSOLUTE = "absolute"  # day, month and year written
    DAY_MONTH = "day_month"  # day and month, no year
    DAY_OF_MONTH = "day_of_month"  # "le 15"
    WEEKDAY = "weekday"
    RELATIVE_DAY = "relative_day"  # counted from the received day: demain, dans 10 jours
    RELATIVE_PERIOD = "relative_period"  # a whole week or month: la semaine prochaine
    VAGUE = "vague"  # part of a period: fin du mois, début novembre, ce week-end
    SALARY = "salary"  # when the pay or the benefits come, no day said


@dataclass(frozen=True, slots=True)
class Resolved:
    """A day, with the window any day of which fits the words (first == value == last if exact)."""

    value: date
    first: date
    last: date

    @classmethod
    def exact(cls, day: date) -> Resolved:
        return cls(day, day, day)

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    future: Resolved | None
    past: Resolved | None
    kind: str
    deadline: bool = False  # "d'ici vendredi", "by the 15th": at the latest that day


def find_dates(text: str, received: date, lang: str) -> list[DateMention]:
    """Every date expression in text, in order, resolved against the received day.

    `lang` picks the words looked for ("fr" or "en"; anything else: both). Numeric dates
    are looked for in every language.
    """
    if isinstance(received, datetime):  # a datetime is a date too; its time would leak out
        received = received.date()
    folded = _fold(text)
    words = frozenset(_WORD.findall(folded))
    has_digit = _DIGIT.search(folded) is not None
    found: list[_Found] = []
    for rule in _rules_for(lang):
        if rule.applies(words, has_digit):
            found.extend(rule.find(folded, received, lang, words))
    return [_mention(text, folded, item) for item in _without_overlaps(found)]


# --- Text folding: lower case, no accents, one character for one, so spans stay valid ---

_DIGIT = compile_re(r"\d")
_WORD = compile_re(r"[a-z]+")


def _folding_table() -> dict[str, str]:
    table = dict.fromkeys("\u2019\u2018\u02bc\u00b4", "'")  # why: phones type curly apostrophes
    table.update(dict.fromkeys("\u00a0\u202f\u2009\u2007", " "))
    table.update(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014", "-"))
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if base.isascii() and base.isalpha():
            table[chr(code)] = base
    return table


_FOLDING = _folding_table()
_NON_ASCII = compile_re(r"[^\x00-\x7f]")


def _fold(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower into two ("İ"): keep those as they are
        lowered = "".join(letter if len(letter.lower()) != 1 else letter.lower() for letter in text)
    if lowered.isascii():
        return lowered
    # why: str.translate looks every character up; only the accented few need it
    return _NON_ASCII.sub(_fold_letter, lowered)


def _fold_letter(match: re.Match[str]) -> str:
    letter = match.group()
    return _FOLDING.get(letter, letter)


# --- Calendar arithmetic ---


def _month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def _add_months(day: date, months: int) -> date:
    year, month = _shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, _month_length(year, month)))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday_after(day: date, weekday: int) -> date:
    """The first such weekday strictly after day."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def _weekday_before(day: date, weekday: int) -> date:
    """The last such weekday strictly before day."""
    return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def _day_in(year: int, month: int, day: int) -> date | None:
    return date(year, month, day) if 1 <= day <= _month_length(year, month) else None


def _next_day_of_month(received: date, day: int) -> date | None:
    for offset in range(3):  # why: every day up to the 31st comes back within two months
        candidate = _day_in(*_shift_month(received.year, received.month, offset), day)
        if candidate is not None and candidate >= received:
            return candidate
    return None


def _previous_day_of_month(received: date, day: int) -> date | None:
    for offset in range(0, -3, -1):
        candidate = _day_in(*_shift_month(received.year, received.month, offset), day)
        if candidate is not None and candidate <= received:
            return candidate
    return None


def _next_day_month(received: date, day: int, month: int) -> date | None:
    for year in range(received.year, received.year + 9):  # why: 29 February, 2096 -> 2104
        candidate = _day_in(year, month, day)
        if candidate is not None and candidate >= received:
            return candidate
    return None


def _previous_day_month(received: date, day: int, month: int) -> date | None:
    for year in range(received.year, received.year - 9, -1):
        candidate = _day_in(year, month, day)
        if candidate is not None and candidate <= received:
            return candidate
    return None


# why: a promise is near; "mardi 3" when the coming 3rd is a Thursday is more likely a slip
# than a Tuesday 3rd nine months on, so a weekday only picks between the next two months.
MONTHS_A_WEEKDAY_LOOKS_AHEAD = 2


def _next_weekday_on_day(received: date, weekday: int, day: int) -> date | None:
    """ "jeudi 15": the next 15th, on or after the received day, that is a Thursday."""
    for offset in range(MONTHS_A_WEEKDAY_LOOKS_AHEAD + 1):
        candidate = _day_in(*_shift_month(received.year, received.month, offset), day)
        if candidate is not None and candidate >= received and candidate.weekday() == weekday:
            return candidate
    return None


def _previous_weekday_on_day(received: date, weekday: int, day: int) -> date | None:
    for offset in range(0, -MONTHS_A_WEEKDAY_LOOKS_AHEAD - 1, -1):
        candidate = _day_in(*_shift_month(received.year, received.month, offset), day)
        if candidate is not None and candidate <= received and candidate.weekday() == weekday:
            return candidate
    return None


def _full_year(written: str, received: date) -> int:
    year = int(written.lstrip("'"))
    if year < 100:  # why: "74" on a birth date is 1974, "35" on a deadline is 2035
        year += 2000 if 2000 + year <= received.year + 30 else 1900
    return year


# --- Windows: a part of a week or a month, that recurs ---

# (first, value, last) of the window `offset` periods after the one holding the received day.
Window = tuple[date, date, date]
WindowAt = Callable[[int], Window]


def _upcoming(window_at: WindowAt, received: date, offsets: Iterable[int]) -> Resolved | None:
    """The first window not over on the received day, cut so it starts no earlier."""
    for offset in offsets:
        first, value, last = window_at(offset)
        if last >= received:
            first = max(first, received)
            return Resolved(min(max(value, first), last), first, last)
    return None


def _recent(window_at: WindowAt, received: date, offsets: Iterable[int]) -> Resolved | None:
    """The last window begun by the received day, cut so it ends no later."""
    for offset in offsets:
        first, value, last = window_at(offset)
        if first <= received:
            last = min(last, received)
            return Resolved(min(max(value, first), last), first, last)
    return None


# Parts of a week: (first weekday, value weekday, last weekday), Monday = 0.
_WEEK_PARTS = {
    "whole": (0, 0, 6), "start": (0, 0, 1), "middle": (2, 2, 3), "end": (4, 4, 6),
    "weekend": (5, 5, 6),
}  # fmt: skip


def _week_part(received: date, part: str) -> WindowAt:
    first, value, last = _WEEK_PARTS[part]
    monday = _monday(received)

    def window_at(offset: int) -> Window:
        start = monday + timedelta(weeks=offset)
        return (start + timedelta(first), start + timedelta(value), start + timedelta(last))

    return window_at


def _part_of_month(year: int, month: int, part: str) -> Window:
    length = _month_length(year, month)
    if part == "end":
        return date(year, month, length - 2), date(year, month, length), date(year, month, length)
    if part == "start":
        return date(year, month, 1), date(year, month, 1), date(year, month, 10)
    if part == "middle":
        return date(year, month, 10), date(year, month, 15), date(year, month, 20)
    if part == "first_week":  # "la première semaine de janvier": the 1st to the 7th
        return date(year, month, 1), date(year, month, 1), date(year, month, 7)
    if part == "first":  # "the first of next month": the day itself
        return date(year, month, 1), date(year, month, 1), date(year, month, 1)
    return date(year, month, 1), date(year, month, 1), date(year, month, length)


def _month_part(received: date, part: str) -> WindowAt:
    def window_at(offset: int) -> Window:
        return _part_of_month(*_shift_month(received.year, received.month, offset), part)

    return window_at


def _named_month_part(received: date, month: int, part: str, year: int | None) -> WindowAt:
    """ "fin novembre": offsets count years; a written year pins it."""

    def window_at(offset: int) -> Window:
        return _part_of_month(year if year else received.year + offset, month, part)

    return window_at


# --- What a phrase means, before the received day is known ---


@dataclass(frozen=True, slots=True)
class _Offset:
    """So many days from the received day; `slack` days before it fit too."""

    days: int
    slack: int = 0
    deadline: bool = False


@dataclass(frozen=True, slots=True)
class _Period:
    scale: str  # "week" or "month"
    part: str  # "whole", "start", "middle", "end", "weekend"
    when: str  # "current" (this one, or the next if over), "next", "last", "after_next"
    deadline: bool = False  # "dans la semaine", "within the month": by its end


_Meaning = _Offset | _Period


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    kind: str
    future: Resolved | None
    past: Resolved | None
    deadline: bool = False


def _offset_found(start: int, end: int, offset: _Offset, received: date) -> _Found:
    value = received + timedelta(days=offset.days)
    resolved = Resolved(value, value - timedelta(days=offset.slack), value)
    future = resolved if offset.days >= 0 else None
    past = resolved if offset.days <= 0 else None
    return _Found(start, end, DateKind.RELATIVE_DAY, future, past, offset.deadline)


def _period_found(start: int, end: int, period: _Period, received: date) -> _Found:
    if period.scale == "week":
        window_at = _week_part(received, period.part)
    else:
        window_at = _month_part(received, period.part)
    future = past = None
    if period.when == "current":
        future = _upcoming(window_at, received, (0, 1))
        past = _recent(window_at, received, (0, -1))
    elif period.when == "next":
        future = _upcoming(window_at, received, (1,))
    elif period.when == "after_next":
        future = _upcoming(window_at, received, (2,))
    else:
        past = _recent(window_at, received, (-1,))
    kind = DateKind.RELATIVE_PERIOD if period.part == "whole" else DateKind.VAGUE
    return _Found(start, end, kind, future, past, period.deadline)


def _meaning_found(start: int, end: int, meaning: _Meaning, received: date) -> _Found:
    if isinstance(meaning, _Offset):
        return _offset_found(start, end, meaning, received)
    return _period_found(start, end, meaning, received)


# --- Vocabulary ---


_NOT_LETTER_OR_DIGIT = compile_re(r"[^a-z0-9]")


def _canonical(phrase: str) -> str:
    """The letters and digits only: "apres-demain", "après demain" and "apres demain" meet."""
    return _NOT_LETTER_OR_DIGIT.sub("", phrase)


def _flexible(phrase: str, glue: str = "*") -> str:
    """A regex for phrase; between its words any spaces, hyphens, apostrophes (or none)."""
    return rf"[\s'-]{glue}".join(re.escape(word) for word in re.split(r"[\s'-]+", phrase) if word)


def _alternation(phrases: Iterable[str]) -> str:
    # why: longest first, so "ce soir" is not cut to "ce" and "septembre" not to "sept"
    return "|".join(
        _flexible(phrase)
        for phrase in sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    )


def _lookup(table: dict[str, int]) -> dict[str, int]:
    return {_canonical(word): number for word, number in table.items()}


_FRENCH_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "mecredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "samdi": 5, "dimanche": 6,
}  # fmt: skip
_FRENCH_WEEKDAY_SHORT = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
_ENGLISH_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "tues": 1, "wednesday": 2, "weds": 2, "thursday": 3, "thurs": 3,
    "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sunday": 6,
    # Misspelt: "i cant pai til frieday".
    "frieday": 4, "firday": 4, "fryday": 4, "fridy": 4, "wensday": 2, "wendsday": 2,
    "thrusday": 3, "thursay": 3, "saterday": 5, "tuseday": 1,
}  # fmt: skip
# why: "sat", "sun", "wed", "mon", "tue" are words too; they count only next to a day number
_ENGLISH_WEEKDAY_SHORT = {"mon": 0, "tue": 1, "wed": 2, "sat": 5, "sun": 6}
_WEEKDAY_NUMBERS = _lookup(
    _FRENCH_WEEKDAYS | _FRENCH_WEEKDAY_SHORT | _ENGLISH_WEEKDAYS | _ENGLISH_WEEKDAY_SHORT
)

_FRENCH_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevier": 2, "fevr": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12, "novembr": 11, "decembr": 12, "octobr": 10, "septembr": 9,
}  # fmt: skip
_ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "febuary": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12, "novemeber": 11, "novmber": 11, "decmber": 12,
}  # fmt: skip
_MONTH_NUMBERS = _lookup(_FRENCH_MONTHS | _ENGLISH_MONTHS)

# "le 5 de chaque mois à partir de janvier", "on the 1st of every month starting in May": the
# month a monthly series starts in (a month alone is no date: only a day said beside it is).
_SERIES_MONTH = compile_re(
    r"\b(?:a partir d(?:e|u mois d'?e?)|a compter d(?:e|u mois d'?e?)|des(?: le mois d'?e?)?|from|"
    r"starting(?: in| from)?|beginning(?: in)?|commencing(?: in)?|as of)\s+(?P<month>"
    + "|".join(
        sorted(set(_FRENCH_MONTHS) | set(_ENGLISH_MONTHS), key=lambda word: (-len(word), word))
    )
    + r")\b(?![\s.,/-]*\d)"
)


_SERIES_NEXT_MONTH = compile_re(
    r"\b(?:a partir du|a compter du|des le|from|starting|beginning|commencing)\s+(?:mois prochain|next month)\b"
)


def series_months(text: str, received: date) -> list[tuple[int, int]]:
    """(position, month) of each "à partir de janvier", "starting in May", "starting next
    month" in text."""
    folded = _fold(text)
    found = [
        (match.start(), _MONTH_NUMBERS[match.group("month")])
        for match in _SERIES_MONTH.finditer(folded)
    ]
    following = _shift_month(received.year, received.month, 1)[1]
    found += [(match.start(), following) for match in _SERIES_NEXT_MONTH.finditer(folded)]
    return sorted(found)


def day_in_month_from(day: int, month: int, received: date) -> date:
    """The first `day` of a month, from `month` on, that is not before the received day:
    "le 5 de chaque mois à partir de janvier" read on 25 November is 5 January."""
    year = received.year if month >= received.month else received.year + 1
    first = date(year, month, min(day, _month_length(year, month)))
    # (Only the received month itself, its day gone, gives way to the next.)
    return first if first >= received else _add_months(first, 1)


_FRENCH_COUNTS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "vingt et un": 21, "vingt-deux": 22, "vingt-trois": 23, "vingt-quatre": 24,
    "vingt-cinq": 25, "vingt-six": 26, "vingt-sept": 27, "vingt-huit": 28, "vingt-neuf": 29,
    "trente": 30, "trente et un": 31, "quarante": 40, "quarante-cinq": 45, "soixante": 60,
    "quatre-vingt-dix": 90, "premier": 1,
}  # fmt: skip
_ENGLISH_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")  # fmt: skip
_ENGLISH_ORDINALS = {word: number for number, word in enumerate(_ENGLISH_UNITS, start=1)} | {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
} | {f"twenty-{word}": 20 + number for number, word in enumerate(_ENGLISH_UNITS, start=1)}  # fmt: skip
_ENGLISH_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip
_NUMBER_WORDS = _lookup(_FRENCH_COUNTS) | _lookup(_ENGLISH_ORDINALS) | _lookup(_ENGLISH_COUNTS)
_FRENCH_DAY_WORDS = {word: n for word, n in _FRENCH_COUNTS.items() if n <= 31 and word != "une"}

_FR_WEEKDAY = _alternation(_FRENCH_WEEKDAYS)
_FR_WEEKDAY_ANY = _alternation(_FRENCH_WEEKDAYS | _FRENCH_WEEKDAY_SHORT)
_EN_WEEKDAY = _alternation(_ENGLISH_WEEKDAYS)
_EN_WEEKDAY_ANY = _alternation(_ENGLISH_WEEKDAYS | _ENGLISH_WEEKDAY_SHORT)
_FR_MONTH = _alternation(_FRENCH_MONTHS)
_EN_MONTH = _alternation(_ENGLISH_MONTHS)
_FR_DAY = rf"(?:[0-3]?\d(?:er|ere|eme|e)?|{_alternation(_FRENCH_DAY_WORDS)})"
# why: "the 3 rd" is typed too; a spaced suffix must fit its number ("3 rd", not a road)
_EN_SUFFIX = r"(?:st|nd|rd|th|(?<=1) st|(?<=2) nd|(?<=3) rd|(?<=[04-9]) th)"
_EN_DAY = rf"(?:[0-3]?\d{_EN_SUFFIX}?|{_alternation(_ENGLISH_ORDINALS)})"
_FR_COUNT = rf"(?:\d{{1,3}}|{_alternation(_FRENCH_COUNTS)})"
_EN_COUNT = rf"(?:\d{{1,3}}|{_alternation(_ENGLISH_COUNTS)})"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d|'?\d\d)"

# What may follow a number for it to be a day: not money, a time, a unit, a count of things.
_NOT_A_DAY_AFTER = compile_re(
    r"\s*(?:[%€$£]|[/.,:-]\d|\d|°"
    r"|(?:eur|euros?|e|h|heures?|hrs?|hours?|min|mins|minutes?|secondes?|seconds?|secs?"
    r"|ans?|mois|jours?|semaines?"
    r"|years?|yrs?|months?|weeks?|days?|fois|times?|x|ml|kg|km|cm|m|pounds?|quid|p|gbp|usd"
    r"|dollars?|cents?|centimes?|cts?|pence|pour\s?cent|per\s?cent|percent|am|pm"
    r"|versements?|mensualites?|echeances?|factures?|dossiers?|prelevements?|paiements?"
    r"|payments?|instal+ments?|invoices?|letters?|lettres?|reminders?|relances?|courriers?"
    r"|calls?|appels?|messages?|mails?|e-?mails?|sms|texts?|notices?|occasions?|personnes?"
    r"|people|enfants?|children|kids|rue|avenue|av|bd|boulevard|chemin|allee|place|impasse"
    r"|route|quai|residence|bis|ter|etage|floor|street|st|road|rd|lane|close|numero|points?"
    r"|pages?|articles?|attempts?|tentatives?|thing)\b)"
)
_MONEY_BEFORE = compile_re(
    r"(?:[€$£]|\b(?:eur|gbp|usd))[ \t]*\Z"
)  # (not across a line: "75,00 €\n14/02/2026")
_REFERENCE_BEFORE = compile_re(
    r"(?:n°|\bno\.?|\bn|\bnum(?:ero)?\.?|\bref(?:erence)?\.?|#|\bfacture|\bcontrat|\bdossier"
    r"|\bclient|\binvoice|\baccount|\bacct|\bpolicy|\btel|\bphone)\s*[:.]?\s*$"
)
_DEADLINE_BEFORE = compile_re(
    r"\b(?:d'?\s?ici|dici|avant|jusqu'?\s?a?|au\s+plus\s+tard|pas\s+plus\s+tard\s+que"
    r"|by|before|no\s+later\s+than|not\s+later\s+than|latest\s+by|until|till|within)\s*$"
)
_DEADLINE_AFTER = compile_re(
    r"\s*,?\s*(?:au\s+plus\s+tard|dernier\s+delai|grand\s+maximum|maximum|max"
    r"|at\s+the\s+(?:very\s+)?latest|latest)\b"
)


def _is_day_number(folded: str, end: int) -> bool:
    return _NOT_A_DAY_AFTER.match(folded, end) is None


def _number(written: str) -> int | None:
    digits = re.match(r"\d+", written)
    if digits:
        return int(digits.group())
    return _NUMBER_WORDS.get(_canonical(written))


# --- Rules: a pattern, and what a match of it means on the received day ---

Reader = Callable[[re.Match[str], date, str], _Found | list[_Found] | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    read: Reader
    # why: most messages hold no date; a rule runs only if one of its words (or a digit) is there
    words: frozenset[str] | None = None
    needs_digit: bool = False
    also: frozenset[str] | None = None  # a second word set, one of which must be there too

    def applies(self, words: frozenset[str], has_digit: bool) -> bool:
        if self.needs_digit and not has_digit:
            return False
        if self.also is not None and self.also.isdisjoint(words):
            return False
        return self.words is None or not self.words.isdisjoint(words)

    def find(
        self, folded: str, received: date, lang: str, words: frozenset[str]
    ) -> Iterable[_Found]:
        for match in self.pattern.finditer(folded):
            found = self.read(match, received, lang)
            if isinstance(found, list):
                yield from found
            elif found is not None:
                yield found


def _trigger_words(*vocabularies: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for vocabulary in vocabularies:
        for phrase in vocabulary:
            words.update(_WORD.findall(phrase))
    return frozenset(words - _FUNCTION_WORDS)


_FUNCTION_WORDS = word_set(
    "a au d de des du en l la le les ce cet cette dans the of in on at this a an to by s"
)


# Numeric dates: 10/12, 10.12, 10-12-2026, 2026-12-10, 10 12 2026.
# why: each starts with a digit, so the regex engine skips to digits; what may come before
# a date is checked in _read_numeric.
_NUMERIC = compile_re(
    r"(?P<first>\d\d?)(?P<separator>[/.-])(?P<second>\d{1,2})"
    r"(?:(?:(?P=separator)|,\s?(?=(?:19|20)\d\d\b))(?P<year>(?:1[89]|2[01])\d\d|\d\d))?"
    r"(?![\w/-]|[.,:]\d)"
)
_ISO = compile_re(
    r"(?P<year>(?:19|20)\d\d)(?P<separator>[-/.])(?P<second>\d{1,2})"
    r"(?P=separator)(?P<first>\d{1,2})(?![\w/-]|[.,]\d)"
)
_SPACED = compile_re(
    r"(?P<first>\d\d?)\s(?P<second>\d{1,2})\s(?P<year>(?:19|20)\d\d)(?![\w/-]|[.,]\d|\s\d)"
)


def _read_numeric(match: re.Match[str], received: date, lang: str) -> _Found | None:
    folded = match.string
    start = match.start()
    if _glued(folded, start, spaced=match.re is _SPACED):
        return None
    if _MONEY_BEFORE.search(folded, max(0, start - 8), start) or _REFERENCE_BEFORE.search(
        folded, max(0, start - 20), start
    ):
        return None
    if not _is_day_number(folded, match.end()):
        return None
    first, second = int(match["first"]), int(match["second"])
    if match.re is _ISO:
        day, month = first, second
    elif lang == "en" and first != second and first <= 12 and second <= 12:
        return None  # "05/04" is 5 April or May 4th: not a date to act on (SPEC)
    else:
        day, month = _day_and_month(first, second, lang)
    if match["year"] is None and _looks_like_fraction(folded, start, day, month):
        return None
    return _dated(match, received, day, month, match["year"])


def _glued(folded: str, start: int, spaced: bool) -> bool:
    """Inside a longer number, a code or a phone number ("FA-2025-0042", "06 12 34 56 78")."""
    previous = folded[start - 1 : start]
    if previous and (previous.isalnum() or previous in "_/.,:-"):
        return True
    return spaced and previous.isspace() and folded[start - 2 : start - 1].isdigit()


def _day_and_month(first: int, second: int, lang: str) -> tuple[int, int]:
    if lang == "en" and first <= 12 < second:  # why: "2/15" can only be month/day
        return second, first
    return first, second


def _looks_like_fraction(folded: str, start: int, day: int, month: int) -> bool:
    """ "3/4 du montant", "1/2", "24/7": not dates, unless introduced like one ("le 1/2")."""
    if (day, month) == (24, 7):
        return True
    if not (day < month <= 4):
        return False
    return re.search(r"\b(?:le|du|au|the|on|by)\s*$", folded[max(0, start - 4) : start]) is None


def _dated(
    match: re.Match[str],
    received: date,
    day: int,
    month: int,
    year_written: str | None,
    end: int | None = None,
    start: int | None = None,
) -> _Found | None:
    """A day and a month, with or without a year: one date, or the next/last occurrence."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    start = _start_with_weekday(match.string, match.start() if start is None else start)
    end = match.end() if end is None else end
    if year_written is not None:
        year = _full_year(year_written, received)
        exact = _day_in(year, month, day)
        if exact is None:
            return None
        resolved = Resolved.exact(exact)
        return _Found(start, end, DateKind.ABSOLUTE, resolved, resolved)
    future = _next_day_month(received, day, month)
    past = _previous_day_month(received, day, month)
    if future is None or past is None:  # 31/02: no such day
        return None
    return _Found(start, end, DateKind.DAY_MONTH, Resolved.exact(future), Resolved.exact(past))


# A weekday just before a date ("vendredi 27/11", "Monday, Feb 18") is part of it.
_WEEKDAY_BEFORE = compile_re(
    rf"\b(?:{_FR_WEEKDAY_ANY}|{_EN_WEEKDAY_ANY})\.?\s*,?\s*(?:le\s+|the\s+)?$"
)


def _start_with_weekday(folded: str, start: int) -> int:
    before = _WEEKDAY_BEFORE.search(folded, max(0, start - 16), start)
    return start if before is None else before.start()


# Day and month in words: "le 15 mars 2026", "lundi 1er mars", "15th December", "Dec 15th".
_FRENCH_DAY_MONTH = compile_re(
    rf"(?<![\w.,/-])(?:le\s+)?(?P<day>{_FR_DAY})(?![\d])(?:\s*de\s+|\s*d'\s?|[-/]|\s*)"
    rf"(?P<month>{_FR_MONTH})\b\.?(?:(?:(?:,\s*|\s+de\s+)(?=\d{{4}}\b)|\s+|[/-]){_YEAR}\b)?"
)
_FRENCH_MONTH_DAY = compile_re(
    rf"(?<![\w.,/-])(?P<month>{_FR_MONTH})(?![a-z])\.?(?:\s+|[-/])(?P<day>\d\d?)(?:er)?\b"
    r"(?:\s*,?\s*(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?"
)
# why: no spaces around a dash between day and month: "13 - July 15" is a range's end
_ENGLISH_DAY_MONTH = compile_re(
    rf"(?<![\w.,/-])(?:the\s+)?(?P<day>{_EN_DAY})(?![\d])(?:\s*of\s+|[-/]|\s*)"
    rf"(?P<month>{_EN_MONTH})\b\.?(?:(?:(?:,\s*|\s+of\s+)(?=\d{{4}}\b)|\s+|[/-]){_YEAR}\b)?"
)
_ENGLISH_MONTH_DAY = compile_re(
    rf"(?<![\w.,/-])\b(?P<month>{_EN_MONTH})(?![a-z])\.?(?:,?\s+(?:the\s+)?|[-/]|(?=\d))"
    rf"(?P<day>{_EN_DAY})\b"
    r"(?:(?:\s*,?\s*|[-/]|\s+of\s+)(?P<year>(?:19|20)\d\d)\b)?"
    rf"(?:\s*,\s*(?:{_EN_WEEKDAY_ANY})\b\.?)?"
)


def _read_day_month(match: re.Match[str], received: date, lang: str) -> _Found | None:
    day, month = _number(match["day"]), _MONTH_NUMBERS.get(_canonical(match["month"]))
    if day is None or month is None:
        return None
    start = match.start()
    # "$12 December 27" (not "230 € le 10 février": the article says a day follows)
    if start == match.start("day") and _MONEY_BEFORE.search(match.string, max(0, start - 8), start):
        return None
    month_first = match.re is _FRENCH_MONTH_DAY and not match["year"]
    if month_first and not _is_day_number(match.string, match.end()):  # "mars 3 fois", "juin 10 €"
        return None
    year = match["year"]
    if (
        year is not None
        and len(year.lstrip("'")) == 2
        and not _is_day_number(match.string, match.end())
    ):  # "le 15 mars 20 €": 20 is money, not the year
        found = _dated(match, received, day, month, None)
        return None if found is None else _trimmed(found, match.start("year"), match.string)
    return _dated(match, received, day, month, year)


def _trimmed(found: _Found, end: int, folded: str) -> _Found:
    end = len(folded[:end].rstrip(" ,"))
    return _Found(found.start, end, found.kind, found.future, found.past, found.deadline)


# Two days of one month: "du 13 au 15 juillet", "entre le 5 et le 10", "13-15 July",
# "from the 13th to the 15th", "Novembre 19 au 20". The window runs from the first to the last.
_FR_WEEKDAY_BEFORE_DAY = rf"(?:(?:{_FR_WEEKDAY_ANY})\.?\s+)?"
_EN_WEEKDAY_BEFORE_DAY = rf"(?:(?:{_EN_WEEKDAY_ANY})\.?\s+)?"
_FRENCH_RANGE = compile_re(
    rf"(?<![\w.,/-])(?:(?P<intro>du|entre)\s+)?(?P<the>le\s+)?{_FR_WEEKDAY_BEFORE_DAY}"
    rf"(?P<first>{_FR_DAY})(?!\d)\s*(?P<link>-|au|a|et|jusqu'?\s?(?:a|au))\s*(?:le\s+)?"
    rf"{_FR_WEEKDAY_BEFORE_DAY}(?P<last>{_FR_DAY})(?!\d)(?:\s*(?:de\s+|d'\s?)?"
    rf"(?P<month>{_FR_MONTH})\b\.?(?:[\s,]+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?)?"
)
_ENGLISH_RANGE = compile_re(
    rf"(?<![\w.,/-])(?:(?P<intro>from|between)\s+)?(?P<the>the\s+)?{_EN_WEEKDAY_BEFORE_DAY}"
    rf"(?P<first>{_EN_DAY})(?!\d)\s*(?P<link>-|to|until|till|through|thru|and)\s*(?:the\s+)?"
    rf"{_EN_WEEKDAY_BEFORE_DAY}(?P<last>{_EN_DAY})(?!\d)(?:\s*(?:of\s+|-)?"
    rf"(?P<month>{_EN_MONTH})\b\.?(?:[\s,]+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?)?"
)
_MONTH_FIRST_RANGE = compile_re(
    rf"\b(?P<month>{_FR_MONTH}|{_EN_MONTH})\b\.?\s+(?:entre\s+|between\s+)?(?:le\s+|the\s+)?"
    r"(?P<first>\d\d?)(?:er|st|nd|rd|th)?\s*(?P<link>-|au|a|et|to|and|through|until)\s*"
    r"(?:le\s+|the\s+)?(?P<last>\d\d?)(?:er|st|nd|rd|th)?\b"
    r"(?:[\s,]+(?:de\s+|of\s+)?(?P<year>(?:19|20)\d\d)\b)?"
)
# Without a month, a range needs the words that make it one: "du 13 au 18", "between the 5th and..."
_RANGE_WITHOUT_MONTH = {("du", "au"), ("du", "jusquau"), ("entre", "et"), ("from", "to"),
                        ("from", "until"), ("from", "till"), ("between", "and")}  # fmt: skip


def _read_range(match: re.Match[str], received: date, lang: str) -> _Found | list[_Found] | None:
    first_day, last_day = _number(match["first"]), _number(match["last"])
    if first_day is None or last_day is None or not _is_day_number(match.string, match.end()):
        return None
    groups = match.groupdict()
    if _canonical(match["link"]) in ("et", "and") and not groups.get("intro"):
        return _both_of_two(match, received, first_day, last_day)
    if not 1 <= first_day < last_day <= 31:
        return None
    if match["month"] is None:
        words = (groups.get("intro"), _canonical(match["link"]))
        if words not in _RANGE_WITHOUT_MONTH:
            return None
        ordinal = match["first"][-1].isalpha()  # "from 5th to 10th"
        if words[0] != "du" and not (groups.get("the") or ordinal):  # "entre 10 et 20 par mois"
            return None
        if not (match["first"][:1].isdigit() and match["last"][:1].isdigit()):
            return None
        return _range_found(match, received, first_day, last_day, None)
    return _range_found(
        match, received, first_day, last_day, _MONTH_NUMBERS[_canonical(match["month"])]
    )


def _both_of_two(
    match: re.Match[str], received: date, first_day: int, last_day: int
) -> list[_Found] | None:
    """ "le 5 et le 20 décembre", "March 3rd and 4th": two dates (a plan, for the SPEC), not a
    window; the month said once is both's."""
    if match["month"] is None:
        return None
    month = _MONTH_NUMBERS[_canonical(match["month"])]
    year = match["year"]
    first = _dated(match, received, first_day, month, year, end=match.end("first"))
    last = _dated(match, received, last_day, month, year, start=match.start("last"))
    return [found for found in (first, last) if found is not None]


def _range_found(
    match: re.Match[str], received: date, first_day: int, last_day: int, month: int | None
) -> _Found | None:
    if match["year"] is not None and month is not None:
        first = _day_in(int(match["year"]), month, first_day)
        last = _day_in(int(match["year"]), month, last_day)
        if first is None or last is None:
            return None
        resolved = Resolved(first, first, last)
        return _Found(match.start(), match.end(), DateKind.ABSOLUTE, resolved, resolved)
    if month is None:
        coming_end = _next_day_of_month(received, last_day)
        gone_start = _previous_day_of_month(received, first_day)
    else:
        coming_end = _next_day_month(received, last_day, month)
        gone_start = _previous_day_month(received, first_day, month)
    future = past = None
    if coming_end is not None:
        start = max(coming_end.replace(day=first_day), received)
        future = Resolved(start, start, coming_end)
    if gone_start is not None:
        end = _day_in(gone_start.year, gone_start.month, last_day)
        if end is not None:
            past = Resolved(gone_start, gone_start, min(end, received))
    if future is None or past is None:
        return None
    kind = DateKind.DAY_OF_MONTH if month is None else DateKind.DAY_MONTH
    return _Found(match.start(), match.end(), kind, future, past)


# Day of the month alone: "le 15", "le 1er", "le 15 du mois prochain", "on the 15th", "the 1st".
# why: they start at the digit (the regex engine skips to digits); the words that introduce
# the day ("le", "on the") are looked for just before it.
# "du mois prochain", "of next month": which month the day is in.
_OF_FRENCH_MONTH = (
    r"(?:\s+d(?:u|e)\s+(?:ce\s+)?mois(?:[\s-]?ci)?"
    r"(?:\s+(?P<which>prochain|pro|suivant|dernier|passe|precedent|en\s+cours))?)?"
)
_OF_ENGLISH_MONTH = (
    r"(?:\s+(?:day\s+)?of\s+(?:the\s+)?"
    r"(?P<which>this|current|next|following|coming|last|previous|past)\s+month)?"
)
_FRENCH_DAY_OF_MONTH = compile_re(r"(?P<day>\d\d?)(?:er|ere|eme)?\b" + _OF_FRENCH_MONTH)
# "tous les 15", "chaque 15": a day each month, the next one first.
# (Ch'ti "el" for "le": "ej vous paie l'reste el 28".)
_FRENCH_DAY_INTRODUCED = compile_re(r"\b(?:le|el|du|au|tous les|chaque)\s+$")
_ENGLISH_DAY_OF_MONTH = compile_re(
    rf"(?P<day>\d\d?)(?P<suffix>{_EN_SUFFIX})?\b" + _OF_ENGLISH_MONTH
)
# why: "the 30" alone is as often money ("instead of the 30"); after "on", "by"... it is a day
_ENGLISH_DAY_INTRODUCED = compile_re(
    r"\b(?:(?P<preposition>on|by|before|until|till|for|from|after)\s+)?(?P<the>the)\s+$"
)
_WHICH_MONTH = {
    "prochain": 1, "pro": 1, "suivant": 1, "next": 1, "following": 1, "coming": 1,
    "dernier": -1, "passe": -1, "precedent": -1, "last": -1, "previous": -1, "past": -1,
    "encours": 0, "this": 0, "current": 0,
}  # fmt: skip


# A day of the month in words, as speech-to-text writes it: "le quinze", "à partir du
# premier", "le vingt-huit du mois dernier", "on the fifth", "by the thirtieth". Read by the
# same readers as the digits.
_FRENCH_DAY_WORD_OF_MONTH = compile_re(
    rf"\b(?P<day>{_alternation(_FRENCH_DAY_WORDS)})\b" + _OF_FRENCH_MONTH
)
_ENGLISH_DAY_WORD_OF_MONTH = compile_re(
    rf"\b(?P<day>{_alternation(_ENGLISH_ORDINALS)})\b" + _OF_ENGLISH_MONTH
)
_SENTENCE_END = compile_re(r"\s*(?:[.!?;]|$|point\b)")
# "...le douze point": a full stop dictated, not a count of points.
_DICTATED_STOP = compile_re(r"\s+point\s*$")


def _read_french_day_of_month(match: re.Match[str], received: date, lang: str) -> _Found | None:
    start = match.start()
    introduced = _FRENCH_DAY_INTRODUCED.search(match.string, max(0, start - 9), start)
    if introduced is None:  # why: a bare "15" is any number; "quinze jours" no day
        return None
    if (
        _canonical(match["day"]) == "premier"
        and not introduced.group().startswith(("du", "au"))
        and not match["which"]
        and not _SENTENCE_END.match(match.string, match.end())
    ):
        return None  # why: "le premier le 10", "le premier samedi": the first of a plan
    return _day_of_month(match, received, introduced.start())


def _read_english_day_of_month(match: re.Match[str], received: date, lang: str) -> _Found | None:
    start = match.start()
    introduced = _ENGLISH_DAY_INTRODUCED.search(match.string, max(0, start - 12), start)
    preposition = introduced["preposition"] if introduced else None
    # "15th" alone is a day, "15" is not; a word needs more: "the first one" is no day.
    if not (match.groupdict().get("suffix") or match["which"] or preposition):
        return None
    if introduced is not None:  # "on the 15th"; "by", "before"... are left to the deadline
        start = (
            introduced.start() if preposition in (None, "on", "for") else introduced.start("the")
        )
    return _day_of_month(match, received, start)


def _day_of_month(match: re.Match[str], received: date, start: int) -> _Found | None:
    written = match["day"]
    day = _number(written)
    folded = match.string
    in_digits = written[0].isdigit()
    if day is None or not 1 <= day <= 31:
        return None
    if in_digits and _glued(folded, match.start(), spaced=False):
        return None
    # "du mois prochain", "of the next month" after the number says it is a day, whatever
    # follows the month: "the 5 of the next month £100".
    of_a_month = "mo" in folded[match.end("day") : match.end()]
    if (
        not of_a_month
        and not _is_day_number(folded, match.end())
        and (in_digits or not _DICTATED_STOP.match(folded, match.end()))
    ):
        return None
    return _day_of_month_found(start, match.end(), received, day, match["which"])


def _day_of_month_found(
    start: int, end: int, received: date, day: int, which: str | None
) -> _Found | None:
    if which is not None:
        return _day_of_named_month(start, end, received, day, _WHICH_MONTH[_canonical(which)])
    future = _next_day_of_month(received, day)
    past = _previous_day_of_month(received, day)
    if future is None or past is None:
        return None
    kind = DateKind.DAY_OF_MONTH
    return _Found(start, end, kind, Resolved.exact(future), Resolved.exact(past))


def _day_of_named_month(
    start: int, end: int, received: date, day: int, months_ahead: int
) -> _Found | None:
    """ "le 20 du mois prochain": one date; which reading it is depends on where it falls."""
    exact = _day_in(*_shift_month(received.year, received.month, months_ahead), day)
    if exact is None:
        return None
    resolved = Resolved.exact(exact)
    future = resolved if exact >= received else None
    past = resolved if exact <= received else None
    return _Found(start, end, DateKind.DAY_OF_MONTH, future, past)


# Weekdays, with what may qualify them: "vendredi", "lundi pro", "mardi en huit", "next Friday".
_FRENCH_WEEKDAY_QUALIFIERS = {
    "prochain": "next", "prochaine": "next", "pro": "next", "suivant": "next",
    "suivante": "next", "qui vient": "next", "d'apres": "next", "qui arrive": "next",
    "dernier": "last", "derniere": "last", "passe": "last", "passee": "last",
    "en huit": "plus_week", "en 8": "plus_week", "en quinze": "plus_fortnight",
    "en 15": "plus_fortnight",
    "de cette semaine": "this_week", "cette semaine": "this_week",
    **{
        f"{article}semaine {which}": "next_week"
        for article in ("de la ", "la ", "")
        for which in ("prochaine", "prochain", "pro", "suivante", "d'apres", "qui vient")
    },
    **{
        f"{article}semaine {which}": "last_week"
        for article in ("de la ", "la ", "")
        for which in ("derniere", "dernier", "passee")
    },
}  # fmt: skip
_ENGLISH_WEEKDAY_BEFORE = {
    "this coming": "next", "the coming": "next", "coming": "next", "this": "plain",
    "next": "next", "the next": "next", "last": "last", "past": "last", "previous": "last",
    "the last": "last", "this past": "last", "a week on": "plus_week",
}  # fmt: skip
_ENGLISH_WEEKDAY_AFTER = {
    "after next": "after_next", "next week": "next_week", "of next week": "next_week",
    "the following week": "next_week", "of the following week": "next_week",
    "this week": "this_week", "of this week": "this_week", "last week": "last_week",
    "of last week": "last_week", "from last week": "last_week", "just gone": "last",
    "gone": "last", "week": "after_next",
}  # fmt: skip
_QUALIFIERS = {
    _canonical(words): meaning
    for words, meaning in (
        _FRENCH_WEEKDAY_QUALIFIERS | _ENGLISH_WEEKDAY_BEFORE | _ENGLISH_WEEKDAY_AFTER
    ).items()
}

_FRENCH_WEEKDAY = compile_re(
    # ("ven.", "lun." with their point: a day, unless a number follows, as in a date.)
    rf"\b(?P<weekday>{_FR_WEEKDAY}|(?<!\d )(?<!\bla )(?<!\ble )(?<!\bun )(?<!\bune )(?:lun|mar|mer|jeu|ven|sam|dim)(?=\.(?!\s*\d)))\b"
    rf"(?:\.?\s+(?P<after>{_alternation(_FRENCH_WEEKDAY_QUALIFIERS)})\b)?"
)
_ENGLISH_WEEKDAY = compile_re(
    rf"\b(?P<weekday>{_EN_WEEKDAY}|(?:mon|tue|wed)(?=\.)"
    # A short day that may be a word ("sat", "sun") counts where only a day fits: after "on",
    # "by", a payment verb or a sentence's start, and ending the sentence ("£25 sat", "ok
    # sun", "paying mon pls").
    r"|(?=(?:mon|tue|wed|sat|sun)\b)(?:(?<=^)|(?<=\bon )|(?<=\bby )|(?<=\bpay )|(?<=paying )|(?<=\bpaid )|(?<=\bsend )"
    r"|(?<=\bsent )|(?<=\btill )|(?<=until )|(?<=\bnext )|(?<=\bthis )|(?<=\bok )|(?<=\. )"
    r"|(?<=\d )|(?<=£\d\d )|(?<=\$\d\d ))(?:mon|tue|wed|sat|sun)(?=\s*$|\s*[.!,?]|\s+(?:then|ok|pls|please|thx|thanks|lol|x+)\b))"
    rf"(?:'s)?\b(?:\s+(?P<after>{_alternation(_ENGLISH_WEEKDAY_AFTER)})\b)?"
)
_ENGLISH_WEEK_THEN_WEEKDAY = compile_re(
    rf"\b(?P<week>next|last|this)\s+week(?:'s|\s+on)?\s+(?P<weekday>{_EN_WEEKDAY})\b"
)


_WEEKDAY_QUALIFIED_BEFORE = compile_re(
    rf"\b(?P<before>ce|cette|{_alternation(_ENGLISH_WEEKDAY_BEFORE)})\s+$"
)


def _read_weekday(match: re.Match[str], received: date, lang: str) -> _Found | None:
    weekday = _WEEKDAY_NUMBERS[_canonical(match["weekday"])]
    start = match.start()
    before = None
    if "week" in match.groupdict():  # "next week Friday"
        meanings = [f"{match['week']}_week"]
    else:
        before = _WEEKDAY_QUALIFIED_BEFORE.search(match.string, max(0, start - 14), start)
        qualifiers = [before["before"] if before else None, match.groupdict().get("after")]
        meanings = [_QUALIFIERS.get(_canonical(words), "plain") for words in qualifiers if words]
    meaning = next((meaning for meaning in meanings if meaning != "plain"), "plain")
    if meaning == "next" and "after_next" in meanings:
        # "next Tuesday week": the week's "week" after the day, not the day alone.
        meaning = "after_next"
    future, past = _weekday_readings(received, weekday, meaning)
    start = start if before is None else before.start()
    return _Found(start, match.end(), DateKind.WEEKDAY, future, past)


def _weekday_readings(
    received: date, weekday: int, meaning: str
) -> tuple[Resolved | None, Resolved | None]:
    coming = _weekday_after(received, weekday)
    if meaning == "plain":
        return Resolved.exact(coming), Resolved.exact(_weekday_before(received, weekday))
    if meaning == "next":
        return Resolved.exact(coming), None
    if meaning == "last":
        return None, Resolved.exact(_weekday_before(received, weekday))
    if meaning == "after_next":
        return Resolved.exact(coming + timedelta(weeks=1)), None
    if meaning in ("plus_week", "plus_fortnight"):
        # why: "mardi en huit" said on a Tuesday is a week from today, so today counts
        weeks = 1 if meaning == "plus_week" else 2
        today_or_coming = received if received.weekday() == weekday else coming
        return Resolved.exact(today_or_coming + timedelta(weeks=weeks)), None
    weeks = {"this_week": 0, "next_week": 1, "last_week": -1}[meaning]
    exact = _monday(received) + timedelta(weeks=weeks, days=weekday)
    resolved = Resolved.exact(exact)
    return (resolved if exact >= received else None), (resolved if exact <= received else None)


# A weekday and a day number: "jeudi 15", "vendredi, le 22", "Friday the 22nd".
_FRENCH_WEEKDAY_DAY = compile_re(
    rf"\b(?P<weekday>{_FR_WEEKDAY_ANY})\b\.?\s*[,(]?\s*(?:le\s+)?(?P<day>[0-3]?\d)(?:er|eme|e)?\b\)?"
)
_ENGLISH_WEEKDAY_DAY = compile_re(
    rf"\b(?P<weekday>{_EN_WEEKDAY_ANY})\b\.?\s*[,(]?\s*(?:the\s+)?(?P<day>{_EN_DAY})\b\)?"
)


def _read_weekday_day(match: re.Match[str], received: date, lang: str) -> _Found | None:
    day = _number(match["day"])
    if day is None or not 1 <= day <= 31 or not _is_day_number(match.string, match.end()):
        return None
    weekday = _WEEKDAY_NUMBERS[_canonical(match["weekday"])]
    future = _next_weekday_on_day(received, weekday, day) or _next_day_of_month(received, day)
    past = _previous_weekday_on_day(received, weekday, day) or _previous_day_of_month(received, day)
    if future is None or past is None:
        return None
    return _Found(
        match.start(), match.end(), DateKind.WEEKDAY, Resolved.exact(future), Resolved.exact(past)
    )


# Fixed phrases: today, tomorrow, next week, the end of the month...
_TODAY, _TOMORROW, _IN_TWO_DAYS = _Offset(0), _Offset(1), _Offset(2)
_YESTERDAY, _TWO_DAYS_AGO = _Offset(-1), _Offset(-2)


def _phrases(meaning: _Meaning, *phrases: str) -> dict[str, _Meaning]:
    return dict.fromkeys(phrases, meaning)


def _week(part: str, when: str, deadline: bool = False) -> _Period:
    return _Period("week", part, when, deadline)


def _month(part: str, when: str, deadline: bool = False) -> _Period:
    return _Period("month", part, when, deadline)


_FRENCH_PHRASES: dict[str, _Meaning] = {
    **_phrases(
        _TODAY, "aujourd'hui", "aujourdhui", "ajourd'hui", "aujourdui", "auj", "ajd", "aujd",
        "ojourdui", "ojourd'hui", "ojourdhui", "ojourd8", "aujourd8",
        "ojd", "ce jour", "dans la journee", "ce matin", "ce midi", "cet apres-midi",
        "cet aprem", "ce soir", "cette nuit", "dans la soiree", "en fin de journee",
        "dans l'heure", "dans la demi-heure", "dans une heure", "d'ici une heure",
        "avant midi", "d'ici midi", "avant ce soir", "d'ici ce soir",
        # A payment just made: "virement fait par Wero à l'instant".
        "a l'instant", "tout a l'heure", "il y a quelques minutes", "il y a une heure",
        # Belgian and regional: "je fais le virement tantôt" (not "à tantôt", a goodbye).
        "tantot", "ce tantot",
    ),
    **_phrases(_TOMORROW, "demain", "dem1", "demin", "dmain", "2main", "deman", "d'main"),
    **_phrases(
        _IN_TWO_DAYS, "apres-demain", "apres dem1", "apres demin", "apredemain", "apresdemain",
        "a pres demain", "apre demain", "apre demin", "a pres demin",
    ),
    **_phrases(_YESTERDAY, "hier", "ier"),
    **_phrases(
        _month("first", "next"), "le premier du mois prochain", "le premier du mois pro",
        "le premier jour du mois prochain", "premier du mois prochain",
    ),
    **_phrases(_TWO_DAYS_AGO, "avant-hier", "avanthier"),
    **_phrases(
        _week("whole", "next"), "la semaine prochaine", "semaine prochaine", "la semaine pro",
        "semaine pro", "la sem pro", "sem pro", "la sem prochaine", "la semaine suivante",
        "la semaine qui suit", "la semaine d'apres", "la semaine qui vient",
        "la semene prochene", "semene prochene", "la semaine prochene", "la semene prochaine",
        "semene prochaine", "semaine prochene", "la semene pro",
    ),
    **_phrases(
        _week("whole", "last"), "la semaine derniere", "semaine derniere", "la semaine passee",
        "semaine passee", "la sem derniere",
    ),
    **_phrases(_week("whole", "current"), "cette semaine", "cette semaine-ci"),
    **_phrases(
        _week("whole", "current", deadline=True), "dans la semaine", "en cours de semaine",
        "dans le courant de la semaine",
    ),
    **_phrases(
        _week("end", "current"), "en fin de semaine", "fin de semaine", "a la fin de la semaine",
        "la fin de la semaine", "fin de la semaine", "en fin de sem", "fin de sem",
        "fin de cette semaine", "a la fin de cette semaine", "en fin de cette semaine",
    ),
    **_phrases(
        _week("end", "next"), "en fin de semaine prochaine", "fin de semaine prochaine",
        "a la fin de la semaine prochaine", "la fin de la semaine prochaine",
        "fin de la semaine prochaine", "fin de la semaine pro", "fin de semaine pro",
    ),
    **_phrases(
        _week("middle", "current"), "en milieu de semaine", "milieu de semaine",
        "au milieu de la semaine", "mi-semaine", "en milieu de la semaine",
    ),
    **_phrases(
        _week("middle", "next"), "en milieu de semaine prochaine", "milieu de semaine prochaine",
        "au milieu de la semaine prochaine",
    ),
    **_phrases(
        _week("start", "current"), "en debut de semaine", "debut de semaine",
        "au debut de la semaine", "debut de la semaine",
    ),
    **_phrases(
        _week("start", "next"), "en debut de semaine prochaine", "debut de semaine prochaine",
        "apres le week-end", "apres le weekend", "apres le we", "apres ce week-end",
        "apres ce weekend",
        "au debut de la semaine prochaine", "debut de la semaine prochaine",
        "debut de semaine pro", "debut de la semaine pro",
    ),
    **_phrases(
        _week("weekend", "current"), "ce week-end", "ce weekend", "ce we", "ce w-e", "ce wk",
        "ce wkend", "le week-end", "le weekend", "le we",
    ),
    **_phrases(
        _week("weekend", "next"), "le week-end prochain", "le weekend prochain", "le we prochain",
        "week-end prochain", "weekend prochain", "we prochain",
    ),
    **_phrases(
        _week("weekend", "last"), "le week-end dernier", "le weekend dernier", "le we dernier",
        "week-end dernier", "weekend dernier",
    ),
    **_phrases(
        _month("whole", "next"), "le mois prochain", "mois prochain", "le mois pro",
        "le mois suivant", "le mois qui vient", "mois pro",
    ),
    **_phrases(
        _month("whole", "last"), "le mois dernier", "mois dernier", "le mois passe",
    ),
    **_phrases(_month("whole", "current"), "ce mois-ci", "ce mois"),
    **_phrases(
        _month("whole", "current", deadline=True), "dans le mois", "courant du mois",
        "dans le courant du mois", "en cours de mois",
    ),
    **_phrases(
        _month("end", "current"), "fin du mois", "fin de mois", "en fin de mois",
        "a la fin du mois", "la fin du mois", "fin de ce mois", "fin du mois-ci", "fin mois",
        "fin du mois en cours", "a la fin de ce mois", "fin courant", "fin de mois courant",
        "fin du mois courant", "a la fin du mois courant",
        "ala fin du mois", "ala fin du moi", "a la fin du moi", "fin du moi",
    ),
    **_phrases(
        _month("end", "next"), "fin du mois prochain", "fin de mois prochain", "fin du mois pro",
        "fin de mois pro", "a la fin du mois prochain", "la fin du mois prochain",
        "en fin de mois prochain", "fin mois prochain", "fin prochain",
    ),
    **_phrases(
        _month("end", "last"), "fin du mois dernier", "fin de mois dernier", "fin du mois passe",
        "a la fin du mois dernier", "la fin du mois dernier",
    ),
    **_phrases(
        _month("start", "next"), "debut du mois prochain", "debut de mois prochain",
        "debut mois prochain", "en debut de mois prochain", "au debut du mois prochain",
        "le debut du mois prochain", "debut du mois pro", "debut de mois pro",
        "en debut de mois pro", "au tout debut du mois prochain", "tout debut du mois prochain",
        "dans les premiers jours du mois prochain", "les premiers jours du mois prochain",
        "debut prochain", "en debut prochain",
        "aux premiers jours du mois prochain",
        "debu du moi prochin", "debu du mois prochain", "debut du moi prochain",
        "debu du moi prochain", "debu du mois prochin", "debut du moi prochin",
    ),
    **_phrases(
        _month("start", "current"), "debut du mois", "debut de mois", "en debut de mois",
        "au debut du mois", "le debut du mois", "debut mois", "au tout debut du mois",
    ),
    **_phrases(
        _month("start", "last"), "debut du mois dernier", "au debut du mois dernier",
        "en debut de mois dernier", "debut de mois dernier",
    ),
    **_phrases(
        _month("middle", "current"), "mi-mois", "a la mi-mois", "la mi-mois", "milieu du mois",
        "en milieu de mois", "au milieu du mois", "milieu de mois",
    ),
    **_phrases(
        _month("middle", "next"), "mi-mois prochain", "milieu du mois prochain",
        "a la mi-mois prochain", "au milieu du mois prochain",
    ),
    **_phrases(_Offset(8, 1, deadline=True), "sous huitaine", "dans la huitaine"),
    **_phrases(
        _Offset(15, 1, deadline=True), "sous quinzaine", "dans la quinzaine",
        "d'ici une quinzaine", "d'ici une quinzaine de jours",
    ),
    # (*) "dans une quinzaine" is "dans 15 jours": +14..+15.
    **_phrases(_Offset(15, 1), "dans une quinzaine", "dans une quinzaine de jours"),
}  # fmt: skip

_ENGLISH_PHRASES: dict[str, _Meaning] = {
    **_phrases(
        _TODAY, "today", "2day", "todya", "tonight", "tonite", "2nite", "this evening", "this morning",
        "just now", "mins ago", "minutes ago", "a few minutes ago", "an hour ago", "earlier today",
        "this afternoon", "this arvo", "later today", "end of the day", "end of day", "eod",
        "within the hour", "in the next hour",
        "before midday", "by midday", "before noon", "by noon", "by lunchtime", "before lunch",
        "by tonight", "by this evening", "by this afternoon",
        # Welsh and Irish English: "I'll do the transfer now in a minute", "I paid it now just".
        "now in a minute", "now just",
    ),
    **_phrases(
        _TOMORROW, "tomorrow", "tomorow", "tommorow", "tommorrow", "tomorrows", "tmrw", "tmr",
        "tmrow", "tmoz", "tomoz", "2moro", "2morrow", "2morow", "2mrw",
        # A word of another language in an English message: "I'll pay mañana", "bukas".
        "manana", "bukas",
        # Scots: "I'll get it sorted the morra".
        "the morra", "the morrow", "the morn",
    ),
    **_phrases(
        _IN_TWO_DAYS, "the day after tomorrow", "day after tomorrow", "the day after tmrw",
        "day after tmrw", "overmorrow",
    ),
    **_phrases(_YESTERDAY, "yesterday", "yday", "last night", "last nite", "yesterday evening"),
    **_phrases(_TWO_DAYS_AGO, "the day before yesterday", "day before yesterday"),
    **_phrases(
        _Offset(7), "a week today", "this time next week", "this day week", "today week",
        "this day next week",
    ),
    **_phrases(_Offset(8), "a week tomorrow", "tomorrow week"),
    **_phrases(
        _Offset(14), "in a fortnight", "a fortnight from now", "in a fortnight's time",
        "a fortnight today", "a fortnight from today",
    ),
    **_phrases(_Offset(14, deadline=True), "within a fortnight"),
    **_phrases(
        _week("whole", "next"), "next week", "the following week", "the coming week",
        "coming week", "upcoming week", "the week after", "next wk", "nxt week", "nextweek",
    ),
    **_phrases(_week("whole", "after_next"), "the week after next", "week after next"),
    **_phrases(
        _week("whole", "last"), "last week", "the past week", "past week", "previous week",
        "the previous week", "the week before", "last wk",
    ),
    **_phrases(
        _week("whole", "current"), "this week", "current week", "this wk", "this working week",
        "this work week",
    ),
    **_phrases(_week("whole", "current", deadline=True), "within the week"),
    **_phrases(
        _week("whole", "next"), "next working week", "next work week", "next workweek",
    ),
    **_phrases(
        _week("end", "current"), "end of the week", "the end of the week", "end of this week",
        "the end of this week", "end of week", "end of the wk", "eow", "later in the week",
        "later this week", "late this week", "end of current week", "end of the current week",
    ),
    **_phrases(
        _week("end", "next"), "end of next week", "the end of next week", "late next week",
        "end of coming week", "end of the coming week", "end of the following week",
    ),
    **_phrases(
        _week("end", "last"), "end of last week", "end of the last week", "end of past week",
        "end of the past week", "end of previous week", "end of the previous week",
        "late last week",
    ),
    **_phrases(
        _week("middle", "current"), "mid-week", "midweek", "the middle of the week",
        "middle of the week", "mid this week", "middle of this week",
    ),
    **_phrases(
        _week("middle", "next"), "mid next week", "middle of next week",
        "the middle of next week",
    ),
    **_phrases(
        _week("start", "current"), "beginning of the week", "start of the week",
        "early in the week", "early this week", "beginning of this week", "start of this week",
        "the beginning of the week", "the start of the week",
    ),
    **_phrases(
        _week("start", "next"), "beginning of next week", "start of next week", "early next week",
        "after the weekend", "after the week-end", "after this weekend", "after the wkend",
        "the beginning of next week", "the start of next week",
    ),
    **_phrases(
        _week("weekend", "current"), "this weekend", "the weekend", "at the weekend",
        "on the weekend", "over the weekend", "this wkend", "this week-end", "the week-end",
    ),
    **_phrases(_week("weekend", "next"), "next weekend", "next week-end"),
    **_phrases(_week("weekend", "last"), "last weekend", "last week-end", "the past weekend"),
    **_phrases(
        _month("whole", "next"), "next month", "the following month", "the coming month",
        "the month after", "next mth",
    ),
    **_phrases(
        _month("whole", "last"), "last month", "the previous month", "previous month",
        "past month", "the past month",
    ),
    **_phrases(
        _month("whole", "current"), "this month", "current month", "later this month", "this mth",
    ),
    **_phrases(_month("whole", "current", deadline=True), "within the month"),
    **_phrases(
        _month("end", "current"), "end of the month", "the end of the month", "end of this month",
        "the end of this month", "end of month", "month end", "month-end", "eom",
        "end of the mth", "end of mth", "the month end", "late this month",
    ),
    **_phrases(_month("end", "next"), "end of next month", "the end of next month"),
    **_phrases(
        _month("first", "next"), "the first of next month", "first of next month",
        "the first of the next month", "the first day of next month", "first day of next month",
    ),
    **_phrases(_month("end", "last"), "end of last month", "the end of last month"),
    **_phrases(
        _month("start", "next"), "beginning of next month", "the beginning of next month",
        "start of next month", "the start of next month", "early next month",
        "beginning of the next month", "start of the next month", "first thing next month",
        "the first few days of next month", "first few days of next month",
        "the first days of next month",
    ),
    **_phrases(
        _month("start", "current"), "beginning of the month", "the beginning of the month",
        "start of the month", "the start of the month", "early in the month",
        "beginning of month", "start of month",
        "beginning of this month", "start of this month", "early this month",
    ),
    **_phrases(
        _month("middle", "current"), "mid-month", "the middle of the month",
        "middle of the month", "the middle of this month", "middle of this month",
    ),
    **_phrases(
        _month("middle", "next"), "middle of next month", "the middle of next month",
        "mid next month",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _PhraseGroup:
    """The phrases that share their longest word, searched for with one regex."""

    word_sets: tuple[frozenset[str], ...]  # a phrase can only be where all its words are
    source: str  # the regex, compiled on first use
    meanings: dict[str, _Meaning]  # by canonical form


class _PhraseRule:
    """Fixed phrases, looked for only when the message holds their words.

    Why: one alternation of 300 phrases costs tens of microseconds a message; a set
    intersection and a few short searches cost a few.
    """

    def __init__(self, table: dict[str, _Meaning]) -> None:
        by_word: dict[str, list[str]] = {}
        for phrase in table:
            words = set(_WORD.findall(phrase))
            by_word.setdefault(max(sorted(words - _FUNCTION_WORDS or words), key=len), []).append(
                phrase
            )
        self._groups = {word: _phrase_group(phrases, table) for word, phrases in by_word.items()}
        self._keys = frozenset(self._groups)
        # why: compiling all 110 groups costs half the module's import, the CLI's start-up;
        # a message needs a few of them
        self._patterns: dict[str, re.Pattern[str]] = {}

    def applies(self, words: frozenset[str], has_digit: bool) -> bool:
        return not self._keys.isdisjoint(words)

    def find(
        self, folded: str, received: date, lang: str, words: frozenset[str]
    ) -> Iterable[_Found]:
        for key in self._keys & words:
            group = self._groups[key]
            if any(word_set <= words for word_set in group.word_sets):
                yield from _phrase_occurrences(group, self._pattern(key), folded, received)

    def _pattern(self, key: str) -> re.Pattern[str]:
        pattern = self._patterns.get(key)
        if pattern is None:
            pattern = self._patterns[key] = compile_re(self._groups[key].source)
        return pattern


def _phrase_group(phrases: list[str], table: dict[str, _Meaning]) -> _PhraseGroup:
    # why: words must stand apart ("aujourdhui" is listed itself) so that word sets are exact
    alternatives = sorted(phrases, key=len, reverse=True)
    alternation = "|".join(_flexible(phrase, glue="+") for phrase in alternatives)
    meanings = {_canonical(phrase): table[phrase] for phrase in phrases}
    word_sets = tuple(frozenset(_WORD.findall(phrase)) for phrase in phrases)
    return _PhraseGroup(word_sets, rf"(?:{alternation})\b", meanings)


def _phrase_occurrences(
    group: _PhraseGroup, pattern: re.Pattern[str], folded: str, received: date
) -> Iterable[_Found]:
    for match in pattern.finditer(folded):
        start = match.start()
        if start == 0 or not folded[start - 1].isalnum():
            said = _canonical(match.group())
            if said in _THAT_DAY_WORDS and _THAT_DAY_AFTER.match(folded, match.end()):
                continue  # "ce jour-là", "cette semaine-là": said before, not today's
            if said == "tantot" and folded[max(0, start - 2) : start] == "a ":
                continue  # "à tantôt": a goodbye, no day
            yield _meaning_found(start, match.end(), group.meanings[said], received)


_THAT_DAY_WORDS = frozenset({"cejour", "cettesemaine", "cemois", "ceweekend", "cewe"})
# ("ce jour-là", "ce jour là," but not "réglé ce jour la somme de…")
_THAT_DAY_AFTER = compile_re(r"\s*-\s*la\b|\s+la\b(?!\s+[a-z])")


# Counted offsets: "dans 10 jours", "sous 48h", "il y a 3 semaines", "in 2 weeks", "3 days ago".
_FRENCH_COUNTED = compile_re(
    rf"\b(?P<lead>dans|ds|sous|d'?\s?ici|dici|il\s+y\s+a|y\s+a|ya)\s+(?:les?\s+)?(?P<count>{_FR_COUNT})"
    r"\s*(?P<unit>jours?|j|semaines?|sem|mois|heures?|h)\b"
)
# why: English starts at the unit, a few letters the engine skips to, and looks back for the count
_ENGLISH_COUNTED = compile_re(
    r"(?P<unit>days?|weeks?|wks?|fortnights?|months?|hours?|hrs?)\b(?:'s|')?"
    r"(?:\s+(?P<tail>time|from\s+now|from\s+today|after\s+today|hence|ago|back)\b)?"
)
_ENGLISH_COUNT_BEFORE = compile_re(
    rf"(?:\b(?P<lead>in|within)\s+(?:the\s+)?(?:next\s+)?)?\b(?P<count>{_EN_COUNT})\s*$"
)
_DAYS_IN_UNIT = {
    "j": 1, "jour": 1, "day": 1, "semaine": 7, "sem": 7, "week": 7, "wk": 7, "fortnight": 14,
}  # fmt: skip
_PAST_LEADS = ("ilya", "ya", "ago", "back")


def _read_french_counted(match: re.Match[str], received: date, lang: str) -> _Found | None:
    return _counted(match.start(), match.end(), match, match, received, lang)


def _read_english_counted(match: re.Match[str], received: date, lang: str) -> _Found | None:
    start = match.start()
    before = _ENGLISH_COUNT_BEFORE.search(match.string, max(0, start - 30), start)
    if before is None:
        return None
    if match["tail"] and before["lead"] and _canonical(match["tail"]) in _PAST_LEADS:
        return None  # "in 2 weeks ago"
    return _counted(before.start(), match.end(), before, match, received, "en")


def _counted(
    start: int,
    end: int,
    count_match: re.Match[str],
    unit_match: re.Match[str],
    received: date,
    lang: str,
) -> _Found | None:
    count = _number(count_match["count"])
    lead = _canonical(count_match["lead"] or "")
    tail = _canonical(unit_match.groupdict().get("tail") or "")
    if count is None or not (lead or tail):  # "depuis 3 mois", "for 6 months": no anchor
        return None
    sign = -1 if lead in _PAST_LEADS or tail in _PAST_LEADS else 1
    deadline = lead in ("sous", "dici", "within")
    unit = unit_match["unit"]
    unit = unit if unit == "mois" else unit.rstrip("s")
    if unit in ("mois", "month"):
        exact = _add_months(received, sign * count)
        return _offset_found(start, end, _Offset((exact - received).days, 0, deadline), received)
    if unit in ("heure", "h", "hour", "hr"):
        return _offset_found(start, end, _Offset(sign * (count // 24), 0, deadline), received)
    days = count * _DAYS_IN_UNIT[unit]
    # why: a French "8 jours" is a week and "15 jours" a fortnight: a day less fits too
    slack = 1 if lang != "en" and unit in ("j", "jour") and days in (8, 15) else 0
    return _offset_found(start, end, _Offset(sign * days, slack, deadline), received)


# A part of a named month: "fin novembre", "début du mois d'avril", "mi-décembre", "end of May".
_FRENCH_MONTH_PART = compile_re(
    r"\b(?:(?:en|a\s+la|au|la|le|des\s+le)\s+)?(?:tout\s+)?(?P<part>fin|debut|mi|milieu|courant|premiere\s+semaine)"
    rf"(?:\s+du\s+mois)?(?:\s*-\s*|\s+)(?:de\s+|d'\s?)?(?P<month>{_FR_MONTH})\b\.?"
    r"(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_ENGLISH_MONTH_PART = compile_re(
    r"\b(?:(?:the\s+)?(?P<part>end|beginning|start|middle|first\s+week)\s+of|(?P<near>early|late|mid))"
    rf"(?:\s*-\s*|\s+)(?P<month>{_EN_MONTH})\b\.?(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_MONTH_PARTS = {
    "fin": "end", "end": "end", "late": "end", "debut": "start", "beginning": "start",
    "start": "start", "early": "start", "mi": "middle", "milieu": "middle", "middle": "middle",
    "mid": "middle", "courant": "whole", "premiere semaine": "first_week", "first week": "first_week",
}  # fmt: skip


def _read_month_part(match: re.Match[str], received: date, lang: str) -> _Found | None:
    month = _MONTH_NUMBERS[_canonical(match["month"])]
    part = _MONTH_PARTS[" ".join((match.groupdict().get("part") or match["near"]).split())]
    year = int(match["year"]) if match["year"] else None
    window_at = _named_month_part(received, month, part, year)
    if year is not None:
        first, value, last = window_at(0)
        resolved = Resolved(value, first, last)
        return _Found(match.start(), match.end(), DateKind.VAGUE, resolved, resolved)
    future = _upcoming(window_at, received, (0, 1))
    past = _recent(window_at, received, (0, -1))
    return _Found(match.start(), match.end(), DateKind.VAGUE, future, past)


# The turn of the year: "entre Noël et le jour de l'an", "between Christmas and New Year"
# (26-31 December). ("Après les fêtes" is left without a day: authors split on it, and it
# often follows the day itself, "le 3 janvier, après les fêtes".)
_YEAR_END = compile_re(
    r"\b(?:entre\s+no[eë]l\s+et\s+(?:le\s+)?(?:jour\s+de\s+l'?\s?an|nouvel\s+an|la\s+saint[\s-]sylvestre)"
    r"|between\s+christmas\s+and\s+(?:the\s+)?new\s+year(?:'?s(?:\s+day|\s+eve)?)?)\b"
)
_YEAR_END_WORDS = word_set("noel christmas")


def _read_year_end(match: re.Match[str], received: date, lang: str) -> _Found | None:
    first, last = date(received.year, 12, 26), date(received.year, 12, 31)
    if last < received:
        first, last = date(received.year + 1, 12, 26), date(received.year + 1, 12, 31)
    future = Resolved(max(first, received), max(first, received), last)
    return _Found(match.start(), match.end(), DateKind.VAGUE, future, None)


# When the pay or the benefits come: no day, but a promise all the same.
# Pay that needs no determiner, and pay ("la paie") that does: "il a payé" is no salary.
_FRENCH_PAY = (
    r"(?:(?:(?:la|ma|mon|mes|le|les|l'|sa|son|ses|notre|nos|du|de)[\s']+){0,2}"
    r"(?:salaires?|caf|rsa|apl|aah|chomage|pole\s+emploi|france\s+travail|retraite|pension"
    r"|allocs?|allocations?|prime|indemnites|virement\s+de\s+(?:mon|l')\s?employeur)"
    r"|(?:la|ma|sa|ta|notre|(?:ma\s+)?prochaine)\s+(?:paie|paye))"
)
_FRENCH_SALARY = compile_re(
    r"\b(?:(?:quand|lorsque|des\s+que|une\s+fois(?:\s+que)?|apres\s+que|le\s+jour\s+ou)"
    r"(?:[\s']+(?!(?:et|mais|ou|donc|car|pour|par)\b)[a-z]+){0,4}?[\s']+"
    rf"(?:{_FRENCH_PAY}|(?:serai|suis|sois|etre|ete)\s+payee?s?|touche(?:rai|rais|rons)?)"
    r"|(?:a|apres|des|(?:le\s+)?jour\s+de|(?:a|des|apres)\s+reception\s+de|au\s+versement\s+de"
    rf"|a\s+l'\s?arrivee\s+de)[\s']+{_FRENCH_PAY})\b"
)
_ENGLISH_SALARY = compile_re(
    r"\b(?:pay\s*-?\s*day(?!\s+by)|(?:when|once|as\s+soon\s+as|after|until)\s+(?:i|we)"
    r"(?:'m|'re|\s+am|\s+are|\s+get|\s+got|'ve\s+been|\s+have\s+been|\s+receive)\s+paid"
    r"|(?:when|once|as\s+soon\s+as|after|until)(?:\s+[a-z']+){0,3}?\s+(?:wages?|salary"
    r"|pay\s*(?:check|cheque|packet)|paycheck|benefits?|universal\s+credit|pension|dole"
    r"|child\s+benefit|tax\s+credits?|(?:my|the|our)\s+pay)\b)"
)


def _read_salary(match: re.Match[str], received: date, lang: str) -> _Found | None:
    return _Found(match.start(), match.end(), DateKind.SALARY, None, None)


_FRENCH_SALARY_WORDS = word_set(
    "salaire salaires paie paye caf rsa apl aah chomage emploi travail retraite pension allocs "
    "alloc allocations allocation prime indemnites employeur paye payee payes payees touche "
    "toucherai toucherais toucherons"
)
_ENGLISH_SALARY_WORDS = word_set(
    "payday pay paid wages wage salary paycheck paycheque benefits benefit credit pension dole "
    "credits"
)

# --- Feast days and the nth weekday of a month ---

# "le lendemain de la Toussaint", "the Monday after Thanksgiving", "à Noël", "by Christmas".
# (*) A feast day with "after", "over" or "pendant" is no day ("after Christmas" has no
# window in the SPEC); "avant Noël", "by Easter" set `deadline` as "avant le 15" does.
_HOLIDAY_NAMES = _alternation(holidays.HOLIDAYS)
_HOLIDAY = compile_re(
    r"(?<![\w'])(?:"
    rf"(?P<relation>le\s+lendemain\s+(?:du\s+|d[e']\s*)|le\s+surlendemain\s+(?:du\s+|d[e']\s*)"
    r"|la\s+veille\s+(?:du\s+|d[e']\s*)"
    r"|the\s+day\s+after\s+|the\s+day\s+before\s+"
    rf"|(?:le\s+|the\s+)?(?P<weekday>{_FR_WEEKDAY}|{_EN_WEEKDAY})\s+"
    r"(?P<side>qui\s+suit|d'apres|apres|suivant|avant|precedant|qui\s+precede|after|following|before)\s+)"
    r"|(?P<vague>apres|pendant|vers|autour\s+d[e']|depuis|jusqu'(?:a|au)|after|over|around|during"
    r"|since|until|till|through|right\s+after|just\s+after|straight\s+after)\s+"
    r"|(?P<deadline>avant|d'ici(?:\s+a)?|au\s+plus\s+tard\s+(?:a|pour)|by|before|no\s+later\s+than)\s+"
    r"|(?P<plain>a|au|pour|des|le\s+jour\s+d[e']|le\s+soir\s+d[e']|le\s+matin\s+d[e']|on|at)\s+"
    rf"|(?P<bare>))(?:(?:la|le|l')\s*)?(?P<name>{_HOLIDAY_NAMES})(?![\w'])"
    # Not a thing named after the day: "a Christmas present", "la prime de Noël".
    r"(?!\s+(?:present|gift|bonus|party|dinner|lunch|tree|card|shopping|holiday|break|period"
    r"|rush|spending|bill|season|market|cadeau|repas|vacances|conges|fetes|marche)s?\b)"
)
_HOLIDAY_RULES = {_canonical(name): rule for name, rule in holidays.HOLIDAYS.items()}
# why: the names' own words, not those said every day ("day", "new", "friday", "lundi")
_HOLIDAY_WORDS = word_set(
    "noel toussaint sylvestre nouvel an armistice valentin assomption travail chandeleur paques "
    "ascension pentecote gras saint nicolas catherine christmas xmas boxing patrick paddy independence fourth "
    "halloween valentine valentines veterans juneteenth bonfire easter good thanksgiving memorial "
    "labor labour luther mlk presidents columbus nationale black eve year years bank"
)
# Names that are a day said alone ("lundi de Pâques", "Boxing Day"), not a season ("Noël").
_DAYS_BY_NAME_ALONE = frozenset(
    _canonical(name)
    for name in (
        "le lundi de paques", "lundi de paques", "le lundi de pentecote", "lundi de pentecote",
        "le vendredi saint", "le jeudi de l'ascension", "le jour de l'an", "christmas day",
        "christmas eve", "xmas eve", "boxing day", "new year's day", "new years day",
        "new year's eve", "new years eve", "st patrick's day", "saint patrick's day",
        "easter monday", "easter sunday", "good friday", "thanksgiving day", "memorial day",
        "labor day", "labour day", "independence day", "jour de l'an", "jour de noel",
        "le jour de noel", "la fete du travail", "fete du travail", "le nouvel an",
    )
)  # fmt: skip
# The days a relation moves a feast or a day of a month by ("surlendemain" before
# "lendemain", which it holds).
_DAY_OFFSETS = {"surlendemain": 2, "lendemain": 1, "veille": -1, "after": 1, "before": -1}
_BEFORE_SIDES = frozenset({"avant", "precedant", "qui precede", "before"})


def _read_holiday(match: re.Match[str], received: date, lang: str) -> _Found | None:
    name = _canonical(match["name"])
    if match["vague"] or (match["bare"] is not None and name not in _DAYS_BY_NAME_ALONE):
        return None
    rule = _HOLIDAY_RULES[name]
    days = [_shifted(day, match) for day in holidays.occurrences(rule, received)]
    future = next((day for day in days if day >= received), None)
    past = next((day for day in reversed(days) if day <= received), None)
    return _Found(
        match.start("relation") if match["relation"] else match.start("name"),
        match.end(),
        DateKind.DAY_MONTH,
        None if future is None else Resolved.exact(future),
        None if past is None else Resolved.exact(past),
        deadline=match["deadline"] is not None,
    )


def _shifted(day: date, match: re.Match[str]) -> date:
    """The day a relation names: the day after, the day before, the Monday after."""
    if match["weekday"]:
        weekday = _WEEKDAY_NUMBERS[_canonical(match["weekday"])]
        if re.sub(r"\s+", " ", match["side"]) in _BEFORE_SIDES:
            return _weekday_before(day, weekday)
        return _weekday_after(day, weekday)
    if match["relation"]:
        word = next(word for word in _DAY_OFFSETS if word in match["relation"])
        return day + timedelta(days=_DAY_OFFSETS[word])
    if match["deadline"] and match["deadline"].split()[0] in _BEFORE_SIDES:
        # "avant Noël", "before Christmas": the day before is the last one promised; "by
        # Christmas", "d'ici Noël" may be the day itself.
        return day - timedelta(days=1)
    return day


_ORDINAL_WEEK = {
    "premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "second": 2, "troisieme": 3,
    "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4, "dernier": -1, "first": 1,
    "1st": 1, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1, "final": -1,
}  # fmt: skip
# "le dernier vendredi du mois", "the last Friday of this month", "the first Monday in March".
_NTH_WEEKDAY = compile_re(
    rf"(?<![\w'])(?:le\s+|the\s+)?(?P<nth>{_alternation(_ORDINAL_WEEK)})\s+"
    rf"(?P<weekday>{_FR_WEEKDAY}|{_EN_WEEKDAY})\s+"
    r"(?:(?:du|de\s+ce|de\s+la|de|d'|of|in)\s*(?:the\s+|this\s+)?"
    r"(?P<month>mois(?:\s+(?P<fr_next>prochain|suivant)|\s+(?P<fr_last>dernier|passe|precedent)"
    r"|\s+en\s+cours|-ci)?|month|next\s+month|the\s+following\s+month|last\s+month|the\s+previous\s+month"
    rf"|{_FR_MONTH}|{_EN_MONTH})(?:\s+(?P<year>(?:19|20)\d\d))?)(?![\w])"
)
_NTH_WEEKDAY_WORDS = _trigger_words(_ORDINAL_WEEK)
_WEEKDAY_WORDS = _trigger_words(_FRENCH_WEEKDAYS, _ENGLISH_WEEKDAYS)


def _this_month_or_next(
    day_in: Callable[[int], date | None], received: date
) -> tuple[date | None, date | None]:
    """A day of "the month" said bare: this month's, or next month's once gone by (last
    month's for a payment made)."""
    this_month = day_in(0)
    future = this_month if this_month and this_month >= received else day_in(1)
    past = this_month if this_month and this_month <= received else day_in(-1)
    return future, past


def _read_nth_weekday(match: re.Match[str], received: date, lang: str) -> _Found | None:
    nth = _ORDINAL_WEEK[_canonical(match["nth"])]
    weekday = _WEEKDAY_NUMBERS[_canonical(match["weekday"])]
    said = re.sub(r"\s+", " ", match["month"])
    named = _MONTH_NUMBERS.get(_canonical(said))

    def day_in(months_ahead: int) -> date | None:
        year, month = _shift_month(received.year, received.month, months_ahead)
        return holidays.nth_weekday(year, month, weekday, nth)

    # "this month", "ce mois-ci": that month's, gone by or not (the bare "du mois" rolls on).
    this = "this" in match.string[match.start() : match.start("month")] or any(
        word in said for word in ("-ci", "en cours")
    )
    if named is not None and match["year"]:  # a year written: that day, either way
        future = past = holidays.nth_weekday(int(match["year"]), named, weekday, nth)
    elif named is not None:
        years = (received.year - 1, received.year, received.year + 1)
        days = [holidays.nth_weekday(year, named, weekday, nth) for year in years]
        future = next((day for day in days if day and day >= received), None)
        past = next((day for day in reversed(days) if day and day <= received), None)
    elif match["fr_next"] or "next" in said or "following" in said:
        future, past = day_in(1), None
    elif match["fr_last"] or "last" in said or "previous" in said:
        future, past = None, day_in(-1)
    elif this:
        this_month = day_in(0)
        future = this_month if this_month and this_month >= received else None
        past = this_month if this_month and this_month <= received else None
    else:
        future, past = _this_month_or_next(day_in, received)
    return _Found(
        match.start(),
        match.end(),
        DateKind.DAY_MONTH,
        None if future is None else Resolved.exact(future),
        None if past is None else Resolved.exact(past),
    )


# "le 5 du 12", "le 28 du 1": a day and a month's number, as those who write little say them.
_FRENCH_DAY_DU_MONTH = compile_re(
    r"\ble (?P<first>[0-3]?\d) du (?P<second>1[0-2]|0?[1-9])\b(?![.,/:-]?\d|\s*(?:mois|au|h\b))"
)


def _read_day_du_month(match: re.Match[str], received: date, lang: str) -> _Found | None:
    return _dated(
        match, received, int(match["first"]), int(match["second"]), None, start=match.start("first")
    )


# "le lendemain du 14 juillet", "la veille du 15 août", "the day after 4th July": a day and
# its month, moved by a day. (A feast's own name is read by `_HOLIDAY`.)
_FRENCH_NEXT_TO_DAY_MONTH = compile_re(
    r"(?<![\w'])(?:le\s+|la\s+)?(?P<relation>lendemain|surlendemain|veille)\s+du\s+"
    rf"(?P<day>{_FR_DAY})\s+(?P<month>{_FR_MONTH})(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w])"
)
_ENGLISH_NEXT_TO_DAY_MONTH = compile_re(
    r"(?<![\w'])(?:the\s+)?day\s+(?P<relation>after|before)\s+(?:the\s+)?"
    rf"(?:(?P<day>{_EN_DAY})\s+(?:of\s+)?(?P<month>{_EN_MONTH})"
    rf"|(?P<month_first>{_EN_MONTH})\s+(?P<day_after>{_EN_DAY}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w])"
)


def _read_next_to_day_month(match: re.Match[str], received: date, lang: str) -> _Found | None:
    day = _number(match["day"] or match["day_after"])
    month = _MONTH_NUMBERS.get(_canonical(match["month"] or match["month_first"]))
    if day is None or month is None:
        return None
    shift = timedelta(days=_DAY_OFFSETS[match["relation"]])
    # (The day named is looked for from the day before, or after, the one received: "le
    # lendemain du 14 juillet" said on the 15th is that day.)
    found = _dated(match, received - shift, day, month, match["year"])
    if found is None:
        return None
    future = None if found.future is None else Resolved.exact(found.future.value + shift)
    past = None if found.past is None else Resolved.exact(found.past.value + shift)
    return replace(found, future=future, past=past)


# "le dernier jour ouvré du mois", "the last working day of the month": its last weekday
# from Monday to Friday (a feast day on it is not looked for).
_LAST_WORKING_DAY = compile_re(
    r"(?<![\w'])(?:le\s+|the\s+)?(?:dernier\s+jour\s+(?:ouvre|ouvrable|de\s+semaine)"
    r"|last\s+(?:working|business|week)\s*day)\s+(?:du|de\s+ce|of\s+(?:the|this))\s+"
    r"(?:mois|month)(?P<next>\s+(?:prochain|suivant))?(?![\w])"
    r"|(?<![\w'])(?:the\s+)?last\s+(?:working|business)\s*day\s+of\s+next\s+month(?![\w])"
)


def _read_last_working_day(match: re.Match[str], received: date, lang: str) -> _Found | None:
    def day_in(months_ahead: int) -> date:
        year, month = _shift_month(received.year, received.month, months_ahead)
        last = date(year, month, _month_length(year, month))
        return last - timedelta(days=max(0, last.weekday() - 4))

    future: date | None
    past: date | None
    if match["next"] or "next month" in match.group():
        future, past = day_in(1), None
    else:
        future, past = _this_month_or_next(day_in, received)
    return _Found(
        match.start(),
        match.end(),
        DateKind.DAY_MONTH,
        None if future is None else Resolved.exact(future),
        None if past is None else Resolved.exact(past),
    )


_FRENCH_RULES = (
    _Rule(_HOLIDAY, _read_holiday, _HOLIDAY_WORDS),
    _Rule(_NTH_WEEKDAY, _read_nth_weekday, _NTH_WEEKDAY_WORDS, also=_WEEKDAY_WORDS),
    _Rule(_FRENCH_DAY_MONTH, _read_day_month, _trigger_words(_FRENCH_MONTHS)),
    _Rule(_FRENCH_MONTH_DAY, _read_day_month, _trigger_words(_FRENCH_MONTHS), True),
    _Rule(_FRENCH_RANGE, _read_range, _trigger_words(_FRENCH_MONTHS) | {"du", "entre"}),
    _Rule(_MONTH_FIRST_RANGE, _read_range, _trigger_words(_FRENCH_MONTHS), True),
    _Rule(
        _FRENCH_DAY_OF_MONTH,
        _read_french_day_of_month,
        frozenset({"le", "el", "du", "au", "les", "chaque"}),
        True,
    ),
    _Rule(_FRENCH_DAY_WORD_OF_MONTH, _read_french_day_of_month, _trigger_words(_FRENCH_DAY_WORDS)),
    _Rule(_FRENCH_WEEKDAY, _read_weekday, _trigger_words(_FRENCH_WEEKDAYS, _FRENCH_WEEKDAY_SHORT)),
    _Rule(
        _FRENCH_WEEKDAY_DAY,
        _read_weekday_day,
        _trigger_words(_FRENCH_WEEKDAYS, _FRENCH_WEEKDAY_SHORT),
        True,
    ),
    _PhraseRule(_FRENCH_PHRASES),
    _Rule(
        _FRENCH_COUNTED,
        _read_french_counted,
        frozenset({"jour", "jours", "j", "semaine", "semaines", "sem", "mois", "heures", "h"}),
    ),
    _Rule(_FRENCH_MONTH_PART, _read_month_part, _trigger_words(_FRENCH_MONTHS)),
    _Rule(_FRENCH_SALARY, _read_salary, _FRENCH_SALARY_WORDS),
    _Rule(_FRENCH_DAY_DU_MONTH, _read_day_du_month, word_set("le"), True, word_set("du")),
    _Rule(
        _FRENCH_NEXT_TO_DAY_MONTH,
        _read_next_to_day_month,
        word_set("lendemain surlendemain veille"),
        also=_trigger_words(_FRENCH_MONTHS),
    ),
    _Rule(_LAST_WORKING_DAY, _read_last_working_day, word_set("ouvre ouvrable semaine")),
    _Rule(_YEAR_END, _read_year_end, _YEAR_END_WORDS),
)
_ENGLISH_RULES = (
    _Rule(_HOLIDAY, _read_holiday, _HOLIDAY_WORDS),
    _Rule(_NTH_WEEKDAY, _read_nth_weekday, _NTH_WEEKDAY_WORDS, also=_WEEKDAY_WORDS),
    _Rule(_ENGLISH_DAY_MONTH, _read_day_month, _trigger_words(_ENGLISH_MONTHS)),
    _Rule(_ENGLISH_RANGE, _read_range, _trigger_words(_ENGLISH_MONTHS) | {"from", "between"}),
    _Rule(_MONTH_FIRST_RANGE, _read_range, _trigger_words(_ENGLISH_MONTHS), True),
    _Rule(_ENGLISH_MONTH_DAY, _read_day_month, _trigger_words(_ENGLISH_MONTHS)),
    _Rule(_ENGLISH_DAY_OF_MONTH, _read_english_day_of_month, None, True),
    _Rule(
        _ENGLISH_DAY_WORD_OF_MONTH, _read_english_day_of_month, _trigger_words(_ENGLISH_ORDINALS)
    ),
    _Rule(
        _ENGLISH_WEEKDAY, _read_weekday, _trigger_words(_ENGLISH_WEEKDAYS, _ENGLISH_WEEKDAY_SHORT)
    ),
    _Rule(_ENGLISH_WEEK_THEN_WEEKDAY, _read_weekday, frozenset({"week"})),
    _Rule(
        _ENGLISH_WEEKDAY_DAY,
        _read_weekday_day,
        _trigger_words(_ENGLISH_WEEKDAYS, _ENGLISH_WEEKDAY_SHORT),
    ),
    _PhraseRule(_ENGLISH_PHRASES),
    _Rule(
        _ENGLISH_COUNTED,
        _read_english_counted,
        word_set("day days week weeks wk wks month months hour hours hr hrs fortnight"),
    ),
    _Rule(_ENGLISH_MONTH_PART, _read_month_part, _trigger_words(_ENGLISH_MONTHS)),
    _Rule(_ENGLISH_SALARY, _read_salary, _ENGLISH_SALARY_WORDS),
    _Rule(
        _ENGLISH_NEXT_TO_DAY_MONTH,
        _read_next_to_day_month,
        word_set("after before"),
        also=_trigger_words(_ENGLISH_MONTHS),
    ),
    _Rule(_LAST_WORKING_DAY, _read_last_working_day, word_set("working business weekday")),
    _Rule(_YEAR_END, _read_year_end, _YEAR_END_WORDS),
)
_NUMERIC_RULES = (
    _Rule(_NUMERIC, _read_numeric, None, True),
    _Rule(_ISO, _read_numeric, None, True),
    _Rule(_SPACED, _read_numeric, None, True),
)


def phrase_patterns() -> list[str]:
    """The phrase rules' patterns, compiled on first use (shipped compiled ahead:
    amiable.nlu.precompiled)."""
    return [
        group.source
        for rule in (*_FRENCH_RULES, *_ENGLISH_RULES, *_NUMERIC_RULES)
        if isinstance(rule, _PhraseRule)
        for group in rule._groups.values()
    ]


def _rules_for(lang: str) -> tuple[_Rule | _PhraseRule, ...]:
    if lang == "fr":
        return _NUMERIC_RULES + _FRENCH_RULES
    if lang == "en":
        return _NUMERIC_RULES + _ENGLISH_RULES
    return _NUMERIC_RULES + _FRENCH_RULES + _ENGLISH_RULES


# --- Putting the finds together ---


# Between readings of the same words, the one that knows more: "le 5" in "le 5 et le 20 décembre".
_KIND_RANK = {DateKind.ABSOLUTE: 0, DateKind.DAY_MONTH: 1}


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """The longest reading of each stretch of text; a salary phrase never hides a date."""
    # The kept stretches are disjoint and kept sorted: a candidate only needs comparing
    # with its two neighbours (a long letter has thousands of candidates).
    starts: list[int] = []
    kept: list[_Found] = []
    for item in sorted(found, key=_preference):
        index = bisect_right(starts, item.start)
        if index > 0 and kept[index - 1].end > item.start:
            continue
        if index < len(kept) and kept[index].start < item.end:
            continue
        starts.insert(index, item.start)
        kept.insert(index, item)
    return kept


def _preference(found: _Found) -> tuple[bool, int, int, int]:
    rank = _KIND_RANK.get(DateKind(found.kind), 2)
    return (found.kind == DateKind.SALARY, found.start - found.end, found.start, rank)


def _mention(text: str, folded: str, found: _Found) -> DateMention:
    start, end, deadline = found.start, found.end, found.deadline
    before = _DEADLINE_BEFORE.search(folded, max(0, start - 25), start)
    if before is not None:
        start, deadline = before.start(), True
    after = _DEADLINE_AFTER.match(folded, end)
    if after is not None:
        end, deadline = after.end(), True
    return DateMention(start, end, text[start:end], found.future, found.past, found.kind, deadline)
