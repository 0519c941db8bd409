"""Feast days and the weekdays of a month, as debtors name them: "le lendemain de la
Toussaint", "the Monday after Thanksgiving", "le dernier vendredi du mois".

Only the calendar lives here; `dates` reads the words and resolves them against the day a
message arrived. The holidays are those of France, the UK, Ireland and the US that people
pay around; "Thanksgiving", "Labor Day" and "Memorial Day" are the United States'. A
"bank holiday Monday" is left to its "Monday": the bank holidays of England and of Ireland
differ, and the one meant is nearly always the coming or the last Monday.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta


def easter(year: int) -> date:
    """Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-based; -1 for the last) given weekday (Monday 0) of a month."""
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day if day.month == month else None
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _weekday_of(month: int, weekday: int, nth: int, plus: int = 0) -> Callable[[int], date]:
    def on(year: int) -> date:
        day = nth_weekday(year, month, weekday, nth)
        assert day is not None  # the first four and the last of a weekday always exist
        return day + timedelta(days=plus)

    return on


MONDAY, THURSDAY = 0, 3

# Each name, folded (lower case, no accents), with the day it falls on in a given year.
HOLIDAYS: dict[str, Callable[[int], date]] = {
    # France
    "noel": _fixed(12, 25),
    "jour de noel": _fixed(12, 25),
    "le jour de noel": _fixed(12, 25),
    "la saint sylvestre": _fixed(12, 31),
    "la st sylvestre": _fixed(12, 31),
    "le jour de l'an": _fixed(1, 1),
    "jour de l'an": _fixed(1, 1),
    "le nouvel an": _fixed(1, 1),
    "nouvel an": _fixed(1, 1),
    "la toussaint": _fixed(11, 1),
    "toussaint": _fixed(11, 1),
    "la fete nationale": _fixed(7, 14),
    "l'armistice": _fixed(11, 11),
    "la saint valentin": _fixed(2, 14),
    "la st valentin": _fixed(2, 14),
    "l'assomption": _fixed(8, 15),
    "la fete du travail": _fixed(5, 1),
    "fete du travail": _fixed(5, 1),
    "la chandeleur": _fixed(2, 2),
    "la saint nicolas": _fixed(12, 6),
    "la st nicolas": _fixed(12, 6),
    "la sainte catherine": _fixed(11, 25),
    "la ste catherine": _fixed(11, 25),
    "paques": _from_easter(0),
    "le lundi de paques": _from_easter(1),
    "lundi de paques": _from_easter(1),
    "le vendredi saint": _from_easter(-2),
    "l'ascension": _from_easter(39),
    "le jeudi de l'ascension": _from_easter(39),
    "la pentecote": _from_easter(49),
    "le lundi de pentecote": _from_easter(50),
    "lundi de pentecote": _from_easter(50),
    "mardi gras": _from_easter(-47),
    # The UK, Ireland, the US
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "xmas": _fixed(12, 25),
    "xmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "xmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new year's day": _fixed(1, 1),
    "new years day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "new years eve": _fixed(12, 31),
    "st patrick's day": _fixed(3, 17),
    "st. patrick's day": _fixed(3, 17),
    "saint patrick's day": _fixed(3, 17),
    "paddy's day": _fixed(3, 17),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "fourth of july": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
    "valentines day": _fixed(2, 14),
    "veterans day": _fixed(11, 11),
    "juneteenth": _fixed(6, 19),
    "bonfire night": _fixed(11, 5),
    "easter": _from_easter(0),
    "easter sunday": _from_easter(0),
    "easter monday": _from_easter(1),
    "good friday": _from_easter(-2),
    "thanksgiving": _weekday_of(11, THURSDAY, 4),
    "thanksgiving day": _weekday_of(11, THURSDAY, 4),
    "black friday": _weekday_of(11, THURSDAY, 4, plus=1),
    "memorial day": _weekday_of(5, MONDAY, -1),
    "labor day": _weekday_of(9, MONDAY, 1),
    "labour day": _weekday_of(9, MONDAY, 1),
    "martin luther king day": _weekday_of(1, MONDAY, 3),
    "mlk day": _weekday_of(1, MONDAY, 3),
    "presidents day": _weekday_of(2, MONDAY, 3),
    "presidents' day": _weekday_of(2, MONDAY, 3),
    "columbus day": _weekday_of(10, MONDAY, 2),
    "the early may bank holiday": _weekday_of(5, MONDAY, 1),
    "the may bank holiday": _weekday_of(5, MONDAY, 1),
    "the spring bank holiday": _weekday_of(5, MONDAY, -1),
    "the august bank holiday": _weekday_of(8, MONDAY, -1),
    "the summer bank holiday": _weekday_of(8, MONDAY, -1),
}


def occurrences(on: Callable[[int], date], around: date) -> list[date]:
    """The days a holiday falls on in the years around a day, in order."""
    return [on(year) for year in range(around.year - 1, around.year + 2)]
