"""The date resolver (amiable.nlu.dates) on peer corpora, beside dateparser.

    python -c "from benchmarks.nlu_dates import run; run()"

Corpora: the shared data directory beside the repository (../shared/data; not shipped).
Where each comes from, at which commit and under which licence: SOURCE.txt in
duckling-corpus/ (Duckling's time corpus, BSD) and recognizers-text-specs/ (Microsoft
Recognizers-Text DateTime specs, MIT).
- Duckling, Time_FR.jsonl and Time_EN.jsonl, section "allExamples" only, all read on
  2013-02-12 (a Tuesday; the day of 2013-02-12T04:30-02:00 in its own offset). Each text
  is the expression alone.
- Recognizers-Text, DateTime/{French,English}/{DateParser,DatePeriodParser,DateTimeModel}.json:
  sentences, each with its own reference day (entries without one are left out of the
  subset, as nothing says which day they are read on). The expression's place in the
  sentence is given; the mention there is scored (else the first).

The subset, "instants a debtor would use": gold of day grain, one day, a week (Monday to
Sunday) or a window of at most 15 days (a part of a week or month, "du 13 au 15 juillet"),
but not, whatever their grain: holidays; the nth weekday, day or week of a period ("the 3rd
Tuesday of 2014", "dernier jour d'octobre", "week 31", "la semaine du 6 octobre"); counted
weekdays and business days ("3 fridays from now"); sums on another day ("two days from
tomorrow", "since 2011"); anaphora ("le lendemain", "the day before", "that weekend",
"the day"); vague counts ("a few days ago"); counts of years ("il y a deux ans"); rolling
ranges ("the 2 last days", "upcoming two weeks"). Times of day, hours, months, seasons,
years, durations and open intervals fall out by their grain. The counts per reason are
printed.

Right: our mention's future reading (its past one when it has no future: "hier", "last
Friday") has its value inside the gold day or window [start, end). For a gold with a past
and a future resolution the future one is used.

dateparser 1.5.0, the settings most in its favour: languages=[lang], RELATIVE_BASE = the
reference day at midnight, PREFER_DATES_FROM="future" (the SPEC's reading of "le 15",
"vendredi"), its default day order per language (DMY in French, MDY in English, as the
corpora write English). On a Duckling expression: dateparser.parse, then search_dates if
parse finds nothing. In a Recognizers sentence: search_dates, the result on the gold
expression (else its first); when none, a second chance parse() of the gold expression
alone, which our resolver does not get.

Where the peers' gold departs from SPEC.md (shared/nlu/SPEC.md, "Dates") it is still
counted against us, and listed as a disagreement: Duckling's English corpus and
Recognizers-Text read "next Friday" as Friday of next week and "last Wednesday" as the
Wednesday of last week (the SPEC's mirror, and ours: the first Friday after, the last
Wednesday before); Recognizers reads a weekday named on that very day as that day (SPEC:
strictly after); Recognizers reads "Friday 22" as the nearest such day, past included.
A second accuracy leaves the disagreements out.
"""

from __future__ import annotations

import json
import re
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from amiable.nlu.dates import DateMention, find_dates

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DUCKLING_REFERENCE = date(2013, 2, 12)
LONGEST_WINDOW_DAYS = 15
RECOGNIZERS_FILES = ("DateParser.json", "DatePeriodParser.json", "DateTimeModel.json")
SHOWN_PER_LIST = 12


@dataclass(frozen=True)
class Example:
    corpus: str
    lang: str
    text: str  # what both systems read
    expression: str  # the gold expression
    span: tuple[int, int] | None  # where it is in text; None when text is the expression
    received: date | None
    gold: tuple[date, date] | None  # [start, end)
    excluded: str | None  # why it is outside the subset


@dataclass
class Score:
    examples: int = 0
    subset: int = 0
    ours_right: int = 0
    theirs_right: int = 0
    disagreements: int = 0
    ours_right_agreed: int = 0
    theirs_right_agreed: int = 0
    ours_covered: int = 0
    theirs_covered: int = 0
    coverage_examples: int = 0


def run(quick: bool = False) -> dict[str, Any]:
    """Print a table of the figures, and return them (per corpus)."""
    if not (DATA / "duckling-corpus").is_dir() or not (DATA / "recognizers-text-specs").is_dir():
        print("skipped: peer corpora not found")
        return {"skipped": "peer corpora not found"}
    try:
        import dateparser  # noqa: F401  (a dev dependency: measured, never used at run time)
    except ImportError:
        print("skipped: dateparser is not installed (pip install -e '.[dev]')")
        return {"skipped": "dateparser not installed"}
    corpora = {
        "Duckling FR": list(_duckling(DATA / "duckling-corpus" / "Time_FR.jsonl", "fr")),
        "Duckling EN": list(_duckling(DATA / "duckling-corpus" / "Time_EN.jsonl", "en")),
        "Recognizers FR": _deduplicated(_recognizers(DATA / "recognizers-text-specs", "French", "fr")),
        "Recognizers EN": _deduplicated(_recognizers(DATA / "recognizers-text-specs", "English", "en")),
    }  # fmt: skip
    figures: dict[str, Any] = {}
    for name, examples in corpora.items():
        if quick:  # every fourth example: the same mix, a quarter of the time
            examples = examples[::4]
        figures[name] = _measure(name, examples)
    _print_table(figures)
    return figures


# --- Reading the corpora ---


def _duckling(path: Path, lang: str) -> Iterator[Example]:
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["section"] != "allExamples":  # other sections have other reference times
            continue
        gold, excluded = _duckling_gold(row)
        excluded = excluded or _excluded_by_words(row["text"])
        yield Example(
            f"Duckling {lang.upper()}",
            lang,
            row["text"],
            row["text"],
            None,
            DUCKLING_REFERENCE,
            gold,
            excluded,
        )


def _duckling_gold(row: dict[str, Any]) -> tuple[tuple[date, date] | None, str | None]:
    kind, grain = row.get("kind"), row.get("grain")
    if kind == "instant" and grain == "day":
        day = _day(row["value"])
        return (day, day + timedelta(days=1)), None
    if kind == "instant" and grain == "week":
        monday = _day(row["value"])
        return (monday, monday + timedelta(days=7)), None
    if kind == "interval" and grain == "day":
        return _window(_day(row["start"]), _day(row["end"]))
    if kind is None:
        return None, "holiday or not resolved in the corpus"
    if kind.startswith("open_interval"):
        return None, "open interval"
    return None, f"grain {grain}"


def _recognizers(root: Path, language: str, lang: str) -> Iterator[Example]:
    for file_name in RECOGNIZERS_FILES:
        path = root / "DateTime" / language / file_name
        for entry in json.loads(path.read_text(encoding="utf-8-sig")):
            reference = entry.get("Context", {}).get("ReferenceDateTime")
            received = _day(reference) if reference else None
            for result in entry["Results"]:
                yield _recognizers_example(
                    f"Recognizers {lang.upper()}", lang, entry, result, received
                )


def _recognizers_example(
    corpus: str, lang: str, entry: dict[str, Any], result: dict[str, Any], received: date | None
) -> Example:
    start = result["Start"] if "Start" in result else result["start"]  # one entry says "start"
    end = result["End"] + 1 if "End" in result else start + result["Length"]
    gold, excluded = _recognizers_gold(result)
    if received is None:
        excluded = "no reference day"
    excluded = excluded or _excluded_by_words(result["Text"])
    return Example(
        corpus, lang, entry["Input"], result["Text"], (start, end), received, gold, excluded
    )


def _recognizers_gold(result: dict[str, Any]) -> tuple[tuple[date, date] | None, str | None]:
    kind = (result.get("TypeName") or result.get("Type") or "").removeprefix("datetimeV2.")
    if kind not in ("date", "daterange"):
        return None, f"type {kind}"
    try:
        if "Resolution" in result:  # DateTimeModel: values, the future one last
            value = result["Resolution"]["values"][-1]
            if kind == "date":
                day = _day(value["value"])
                return (day, day + timedelta(days=1)), None
            return _window(_day(value["start"]), _day(value["end"]))
        future = result["Value"]["FutureResolution"]
        if kind == "date":
            day = _day(future["date"])
            return (day, day + timedelta(days=1)), None
        return _window(_day(future["startDate"]), _day(future["endDate"]))
    except (KeyError, ValueError):  # "0001-01-01", "2016-11-31", "not resolved"
        return None, "gold not a valid day"


def _window(start: date, end: date) -> tuple[tuple[date, date] | None, str | None]:
    end = max(end, start + timedelta(days=1))  # "rest of my week" on a Sunday: start == end
    if (end - start).days > LONGEST_WINDOW_DAYS:
        return None, f"window over {LONGEST_WINDOW_DAYS} days"
    return (start, end), None


def _day(text: str) -> date:
    day = date.fromisoformat(text[:10])
    if day.year < 1000:  # Recognizers' "0001-01-01": no such day
        raise ValueError(text)
    return day


def _deduplicated(examples: Iterable[Example]) -> list[Example]:
    """The same sentence is often in two spec files: count it once."""
    seen: set[tuple[str, date | None, tuple[int, int] | None]] = set()
    unique = []
    for example in examples:
        key = (example.text, example.received, example.span)
        if key not in seen:
            seen.add(key)
            unique.append(example)
    return unique


# --- The subset: what is left out, and why ---

_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)"
)
_EXCLUSIONS = [
    ("holiday", r"\b(?:noel|christmas|xmas|nouvel an|jour de l'an|new year|toussaint|jour des morts"
     r"|fete|thanksgiving|halloween|easter|paques|valentine|independence day|ides|mlk|boss"
     r"|labou?r day|earth day|saint patrick|black friday|workers' day|eid\b|ramadan)"),
    ("nth weekday, day or week of a period",
     r"\b(?:premier|premiere|deuxieme|troisieme|troiseme|quatrieme|cinquieme|first|second|third"
     rf"|fourth|fifth|\d+(?:st|nd|rd|th|e|eme))\s+(?:last\s+)?(?:{_WEEKDAY}|jour|day|semaine|week)s?\b"
     rf"|\b(?:last|dernier|derniere)\s+(?:{_WEEKDAY}|day|jour|semaine|week)s?\s+(?:of|in|de|du|d')"
     r"|\bweek\s+\d|\bweek\s+of\b|\bsemaine\s+d[eu]\b"),
    ("counted weekdays or business days",
     rf"\b(?:\d+|two|three|four|deux|trois|quatre)\s+{_WEEKDAY}s?\b|business days|jours? ouvr"
     r"|journees? de travail"),
    ("sum on another day",
     r"(?:days?|jours?|weeks?|semaines?|months?|mois|fortnight)\s+(?:from|after|before|apres"
     r"|avant|later|plus tard)\b(?!\s+(?:now|today)\b)|\bsince\b"
     rf"|(?:days?|weeks?|months?)\s+(?:from\s+(?:now|today)\s+)?on\s+{_WEEKDAY}"
     rf"|^{_WEEKDAY}\s+\w+\s+weeks?\s+from|weeks?\s+and\s+\w+\s+days?"),
    ("anaphora",
     r"^(?:(?:the|my|ma|la|le)\s+(?:day|journee|jour|week|semaine)|same week|that weekend"
     r"|(?:le |la )?(?:lendemain|veille)|(?:le )?jour (?:suivant|precedent|d'avant|d'apres|pasee?)"
     r"|(?:the )?day (?:before|after)|(?:the )?next day|past day|(?:the )?last day"
     r"|(?:le )?dernier jour|un jour apres|deux jours (?:plus tard|apres)|my weekend"
     r"|rest (?:of )?(?:the |my |this |current )?week)$"),
    ("vague count", r"\b(?:quelques|few|couple|a peu pres)\b"),
    ("count of years", r"\b(?:years?|ans?|annees?)\b|(?:mois|months?)\W+(?:et\W+|and\W+|plus\W+)?"
     r"(?:de\W+|d')?\d+\s+(?:jours|days)"),
    ("rolling range",
     r"\b(?:\d+|two|three|five|deux|trois|cinq)\s+(?:dernieres?|derniers?|dernier|prochaine?s?"
     r"|upcoming|next|past|last|passees)\s+(?:jours?|semaines?|days?|weeks?)\b"
     r"|\b(?:next|last|past|previous|upcoming)\s+(?:\d+|two|three|four|five|couple(?:\s+of)?)"
     r"\s+(?:business\s+)?(?:days?|weeks?)\b|\bupcoming\s+(?:\d+|two)\b|\b(?:\d+|two)\s+upcoming\b"
     r"|semaines? passees"),
]  # fmt: skip
_EXCLUDING = [(reason, re.compile(pattern)) for reason, pattern in _EXCLUSIONS]


def _excluded_by_words(expression: str) -> str | None:
    folded = _fold(expression).strip(" .!?")
    return next((reason for reason, pattern in _EXCLUDING if pattern.search(folded)), None)


def _fold(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# --- Where the peers' gold departs from the SPEC ---

_NAMED_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("lundi", "monday"), ("mardi", "tuesday"), ("mercredi", "wednesday"),
         ("jeudi", "thursday"), ("vendredi", "friday"), ("samedi", "saturday"),
         ("dimanche", "sunday")]
    )
    for name in names
}  # fmt: skip
_WEEKDAY_ALONE = re.compile(
    r"^(?:on\s+)?(?P<before>this|next|last|past|previous|this past|coming|this coming|following"
    rf"|ce|cette)?\s*(?P<weekday>{_WEEKDAY})\s*(?P<after>prochaine?|dernier|derniere|suivant|d'apres"
    r"|passe)?$"
)
_NUMERIC_DAY_MONTH = re.compile(r"(?<![\d/.-])(\d\d?)[/.-](\d\d?)(?![\d])")
_WEEKDAY_AND_DAY = re.compile(
    rf"^(?:le\s+)?{_WEEKDAY}\s*,?\s*(?:le\s+|the\s+)?\d\d?(?:st|nd|rd|th|er|e)?$"
)


def _disagreement(example: Example) -> str | None:
    """How the gold departs from the SPEC's reading, if it does (the SPEC's day is then given)."""
    assert example.gold is not None and example.received is not None
    expression = _fold(example.expression).strip(" .!?")
    alone = _WEEKDAY_ALONE.match(expression)
    if alone:
        weekday = _NAMED_WEEKDAYS[alone["weekday"]]
        backwards = {alone["before"], alone["after"]} & {"last", "past", "previous", "this past", "dernier", "derniere", "passe"}  # fmt: skip
        expected = (
            _weekday_before(example.received, weekday)
            if backwards
            else _weekday_after(example.received, weekday)
        )
        if not example.gold[0] <= expected < example.gold[1]:
            return f"weekday: SPEC {expected}"
    if _WEEKDAY_AND_DAY.match(expression) and example.gold[0] < example.received:
        return "weekday and day: the gold is the nearest, past included"
    numeric = _NUMERIC_DAY_MONTH.search(expression)
    if example.lang == "en" and numeric and max(int(numeric[1]), int(numeric[2])) <= 12:
        month, day = int(numeric[1]), int(numeric[2])
        if (example.gold[0].month, example.gold[0].day) == (month, day) != (day, month):
            return "numeric date read month/day (US); ours day/month (UK)"
    same_day = (example.received.month, example.received.day)
    if (example.gold[0].month, example.gold[0].day) == same_day and example.gold[0].year > example.received.year:  # fmt: skip
        return "day and month of the received day: the SPEC counts that day, the gold a year on"
    return None


def _weekday_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def _weekday_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


# --- The two systems ---


def _ours(example: Example) -> date | None:
    assert example.received is not None
    mention = _on_the_expression(find_dates(example.text, example.received, example.lang), example)
    if mention is None:
        return None
    reading = mention.future if mention.future is not None else mention.past
    return None if reading is None else reading.value


def _on_the_expression(mentions: list[DateMention], example: Example) -> DateMention | None:
    if example.span is not None:
        start, end = example.span
        for mention in mentions:
            if mention.start < end and start < mention.end:
                return mention
    return mentions[0] if mentions else None


def _dateparser_settings(example: Example) -> dict[str, Any]:
    assert example.received is not None
    return {
        "RELATIVE_BASE": datetime.combine(example.received, datetime.min.time()),
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def _theirs(example: Example) -> date | None:
    import dateparser
    from dateparser.search import search_dates

    settings = _dateparser_settings(example)
    languages = [example.lang]
    if example.span is None:
        parsed = dateparser.parse(example.text, languages=languages, settings=settings)
        if parsed is None:
            found = search_dates(example.text, languages=languages, settings=settings) or []
            parsed = found[0][1] if found else None
        return None if parsed is None else parsed.date()
    found = search_dates(example.text, languages=languages, settings=settings) or []
    located = [(example.text.find(words), words, moment) for words, moment in found]
    start, end = example.span
    for position, words, moment in located:
        if position >= 0 and position < end and start < position + len(words):
            return moment.date()
    parsed = dateparser.parse(example.expression, languages=languages, settings=settings)
    if parsed is not None:  # the second chance: the gold expression alone
        return parsed.date()
    return found[0][1].date() if found else None


def _ours_covers(example: Example) -> bool:
    received = (
        example.received or DUCKLING_REFERENCE
    )  # coverage needs no reference; any day will do
    mentions = find_dates(example.text, received, example.lang)
    if example.span is None:
        return bool(mentions)
    start, end = example.span
    return any(mention.start < end and start < mention.end for mention in mentions)


def _theirs_covers(example: Example) -> bool:
    import dateparser
    from dateparser.search import search_dates

    languages = [example.lang]
    if example.span is None:
        return dateparser.parse(example.text, languages=languages) is not None
    start, end = example.span
    for words, _ in search_dates(example.text, languages=languages) or []:
        position = example.text.find(words)
        if position >= 0 and position < end and start < position + len(words):
            return True
    return False


# --- Measuring and printing ---


# Left out of the subset but read since the thirteenth session: measured apart.
_READ_APART = ("holiday", "nth weekday, day or week of a period")


def _measure(name: str, examples: list[Example]) -> dict[str, Any]:
    score = Score(examples=len(examples))
    apart = Counter()
    exclusions = Counter(example.excluded for example in examples if example.excluded)
    ours_seconds: list[float] = []
    theirs_seconds: list[float] = []
    disagreements: list[str] = []
    misses: list[str] = []
    for example in examples:
        score.coverage_examples += 1
        score.ours_covered += _ours_covers(example)
        score.theirs_covered += _theirs_covers(example)
        if example.excluded in _READ_APART and example.gold is not None:
            apart["n"] += 1
            apart["ours"] += _inside(_ours(example), example.gold)
            apart["dateparser"] += _inside(_theirs(example), example.gold)
        if example.excluded is not None or example.gold is None:
            continue
        score.subset += 1
        ours, ours_time = _timed(_ours, example)
        theirs, theirs_time = _timed(_theirs, example)
        ours_seconds.append(ours_time)
        theirs_seconds.append(theirs_time)
        ours_right, theirs_right = _inside(ours, example.gold), _inside(theirs, example.gold)
        score.ours_right += ours_right
        score.theirs_right += theirs_right
        disagreement = _disagreement(example)
        if disagreement is not None:
            score.disagreements += 1
            disagreements.append(_described(example, ours, disagreement))
        else:
            score.ours_right_agreed += ours_right
            score.theirs_right_agreed += theirs_right
            if not ours_right:
                misses.append(_described(example, ours, ""))
    return {
        "examples": score.examples,
        "subset": score.subset,
        "ours_accuracy": _share(score.ours_right, score.subset),
        "dateparser_accuracy": _share(score.theirs_right, score.subset),
        "disagreements": score.disagreements,
        "ours_accuracy_agreed": _share(score.ours_right_agreed, score.subset - score.disagreements),
        "dateparser_accuracy_agreed": _share(
            score.theirs_right_agreed, score.subset - score.disagreements
        ),
        "ours_coverage": _share(score.ours_covered, score.coverage_examples),
        "dateparser_coverage": _share(score.theirs_covered, score.coverage_examples),
        "ours_median_us": statistics.median(ours_seconds) * 1e6 if ours_seconds else None,
        "dateparser_median_us": statistics.median(theirs_seconds) * 1e6 if theirs_seconds else None,
        "excluded": dict(exclusions.most_common()),
        "feasts_and_nth_weekdays": {
            "n": apart["n"],
            "ours_accuracy": _share(apart["ours"], apart["n"]),
            "dateparser_accuracy": _share(apart["dateparser"], apart["n"]),
        },
        "disagreement_examples": disagreements,
        "our_misses": misses,
    }


def _timed(system: Callable[[Example], date | None], example: Example) -> tuple[date | None, float]:
    started = time.perf_counter()
    answer = system(example)
    return answer, time.perf_counter() - started


def _inside(day: date | None, gold: tuple[date, date]) -> bool:
    return day is not None and gold[0] <= day < gold[1]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _described(example: Example, ours: date | None, note: str) -> str:
    assert example.gold is not None
    last = example.gold[1] - timedelta(days=1)
    gold = str(example.gold[0]) if last == example.gold[0] else f"{example.gold[0]}..{last}"
    text = (
        example.expression if example.span is None else f"{example.expression} ← {example.text!r}"
    )
    return (
        f"{text} (read {example.received}): gold {gold}, ours {ours}{'; ' + note if note else ''}"
    )


def _print_table(figures: dict[str, dict[str, Any]]) -> None:
    print(
        f"{'corpus':16}{'examples':>9}{'subset':>8}{'ours':>8}{'dateparser':>11}"
        f"{'disagree':>9}{'ours*':>8}{'dp*':>8}{'cover':>8}{'dp cover':>9}{'ours µs':>9}{'dp µs':>9}"
    )
    for name, row in figures.items():
        ours_time, their_time = row["ours_median_us"] or 0, row["dateparser_median_us"] or 0
        print(
            f"{name:16}{row['examples']:>9}{row['subset']:>8}{row['ours_accuracy']:>8.1%}"
            f"{row['dateparser_accuracy']:>11.1%}{row['disagreements']:>9}"
            f"{row['ours_accuracy_agreed']:>8.1%}{row['dateparser_accuracy_agreed']:>8.1%}"
            f"{row['ours_coverage']:>8.1%}{row['dateparser_coverage']:>9.1%}"
            f"{ours_time:>9.0f}{their_time:>9.0f}"
        )
    print(
        "ours*, dp*: accuracy without the disagreements; cover: share of the whole corpus"
        " where the expression is recognised at all; µs: median per subset example (noisy)."
    )
    print(
        "\nfeast days and the nth weekday of a period (left out above), where the gold has a day:"
    )
    for name, row in figures.items():
        apart = row["feasts_and_nth_weekdays"]
        print(
            f"{name:16}{apart['n']:>9}{apart['ours_accuracy']:>8.1%}"
            f"{apart['dateparser_accuracy']:>11.1%}"
        )
    for name, row in figures.items():
        print(f"\n{name}: left out of the subset: {row['excluded']}")
        _print_list(f"{name}: where the gold departs from the SPEC", row["disagreement_examples"])
        _print_list(f"{name}: our misses", row["our_misses"])


def _print_list(title: str, lines: list[str]) -> None:
    if not lines:
        return
    print(f"{title} ({len(lines)}):")
    for line in lines[:SHOWN_PER_LIST]:
        print(f"  {line}")
    if len(lines) > SHOWN_PER_LIST:
        print(f"  … and {len(lines) - SHOWN_PER_LIST} more")
