"""Dates in debtor messages: SPEC.md "Dates", with the conventions documented in dates.py."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amiable.nlu.dates import DateMention, Resolved, find_dates

FRIDAY = date(2026, 11, 20)  # week of Monday 16 .. Sunday 22 November 2026
WEDNESDAY = date(2026, 11, 18)
SUNDAY = date(2026, 11, 22)
MONDAY = date(2026, 11, 23)
YEAR_END = date(2026, 12, 28)  # a Monday; next week straddles the new year
NEW_YEARS_EVE = date(2025, 12, 31)
THE_15TH = date(2026, 3, 15)  # a Sunday
LEAP_FEBRUARY = date(2028, 2, 27)  # a Sunday, in a February of 29 days

# A reading written as "YYYY-MM-DD" (exact) or "value first..last" (a window).
Expected = str | None


def resolved(expected: Expected) -> Resolved | None:
    if expected is None:
        return None
    value, _, window = expected.partition(" ")
    if not window:
        return Resolved.exact(date.fromisoformat(value))
    first, last = window.split("..")
    return Resolved(date.fromisoformat(value), date.fromisoformat(first), date.fromisoformat(last))


def only_mention(text: str, received: date, lang: str) -> DateMention:
    mentions = find_dates(text, received, lang)
    assert len(mentions) == 1, mentions
    return mentions[0]


# (text, lang, received, kind, future, past)
CASES: list[tuple[str, str, date, str, Expected, Expected]] = [
    # Relative days, SMS spellings, any case
    ("je paierai demain", "fr", FRIDAY, "relative_day", "2026-11-21", None),
    ("Je règle DEM1 sans faute", "fr", FRIDAY, "relative_day", "2026-11-21", None),
    ("demin promis", "fr", FRIDAY, "relative_day", "2026-11-21", None),
    ("ajd c'est bon", "fr", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("auj", "fr", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("aujourd\u2019hui", "fr", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("ce soir", "fr", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("ce matin", "fr", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("Après-demain", "fr", FRIDAY, "relative_day", "2026-11-22", None),
    ("apres demain", "fr", FRIDAY, "relative_day", "2026-11-22", None),
    ("hier", "fr", FRIDAY, "relative_day", None, "2026-11-19"),
    ("avant-hier", "fr", FRIDAY, "relative_day", None, "2026-11-18"),
    ("avant hier", "fr", FRIDAY, "relative_day", None, "2026-11-18"),
    ("demain", "fr", SUNDAY, "relative_day", "2026-11-23", None),
    ("demain", "fr", NEW_YEARS_EVE, "relative_day", "2026-01-01", None),
    # Counted days and weeks: "15 jours" is a French fortnight, "8 jours" a French week
    ("dans 10 jours", "fr", FRIDAY, "relative_day", "2026-11-30", None),
    ("dans 10 jours", "fr", YEAR_END, "relative_day", "2027-01-07", None),
    ("dans 15 jours", "fr", FRIDAY, "relative_day", "2026-12-05 2026-12-04..2026-12-05", None),
    ("dans quinze jours", "fr", FRIDAY, "relative_day", "2026-12-05 2026-12-04..2026-12-05", None),
    ("dans deux semaines", "fr", FRIDAY, "relative_day", "2026-12-04", None),
    ("dans 8 jours", "fr", FRIDAY, "relative_day", "2026-11-28 2026-11-27..2026-11-28", None),
    ("sous huitaine", "fr", FRIDAY, "relative_day", "2026-11-28 2026-11-27..2026-11-28", None),
    ("dans 2 jours", "fr", LEAP_FEBRUARY, "relative_day", "2028-02-29", None),
    ("dans 3 mois", "fr", FRIDAY, "relative_day", "2027-02-20", None),
    ("il y a 3 jours", "fr", FRIDAY, "relative_day", None, "2026-11-17"),
    # Weekdays: strictly after (future), strictly before (past)
    ("vendredi", "fr", FRIDAY, "weekday", "2026-11-27", "2026-11-13"),
    ("lundi", "fr", SUNDAY, "weekday", "2026-11-23", "2026-11-16"),
    ("lundi", "fr", MONDAY, "weekday", "2026-11-30", "2026-11-16"),
    ("lundi", "fr", NEW_YEARS_EVE, "weekday", "2026-01-05", "2025-12-29"),
    ("dimanche", "fr", THE_15TH, "weekday", "2026-03-22", "2026-03-08"),
    ("lundi pro", "fr", FRIDAY, "weekday", "2026-11-23", None),
    ("vendredi prochain", "fr", WEDNESDAY, "weekday", "2026-11-20", None),
    ("vendredi de la semaine prochaine", "fr", WEDNESDAY, "weekday", "2026-11-27", None),
    ("mardi de la semaine prochaine", "fr", FRIDAY, "weekday", "2026-11-24", None),
    ("lundi dernier", "fr", FRIDAY, "weekday", None, "2026-11-16"),
    ("lundi dernier", "fr", MONDAY, "weekday", None, "2026-11-16"),
    ("lundi en huit", "fr", FRIDAY, "weekday", "2026-11-30", None),
    ("lundi en huit", "fr", MONDAY, "weekday", "2026-11-30", None),
    ("jeudi 26", "fr", FRIDAY, "weekday", "2026-11-26", "2026-10-26"),
    ("mardi 3", "fr", FRIDAY, "weekday", "2026-12-03", "2026-11-03"),
    ("Friday week", "en", WEDNESDAY, "weekday", "2026-11-27", None),
    # Day of the month: on or after / on or before, same day counts, short months skipped
    ("je paierai le 15", "fr", FRIDAY, "day_of_month", "2026-12-15", "2026-11-15"),
    ("le 15", "fr", THE_15TH, "day_of_month", "2026-03-15", "2026-03-15"),
    ("le 1er", "fr", FRIDAY, "day_of_month", "2026-12-01", "2026-11-01"),
    ("le 1er", "fr", NEW_YEARS_EVE, "day_of_month", "2026-01-01", "2025-12-01"),
    ("le 5", "fr", YEAR_END, "day_of_month", "2027-01-05", "2026-12-05"),
    ("le 31", "fr", FRIDAY, "day_of_month", "2026-12-31", "2026-10-31"),
    ("le 30", "fr", LEAP_FEBRUARY, "day_of_month", "2028-03-30", "2028-01-30"),
    ("j'ai payé le 5", "fr", date(2026, 11, 3), "day_of_month", "2026-11-05", "2026-10-05"),
    ("le 15 du mois prochain", "fr", FRIDAY, "day_of_month", "2026-12-15", None),
    ("le 20 du mois dernier", "fr", FRIDAY, "day_of_month", None, "2026-10-20"),
    # Day and month: the next (previous) occurrence, the year may roll; day/month in French
    ("le 10/12", "fr", FRIDAY, "day_month", "2026-12-10", "2025-12-10"),
    ("10.12", "fr", FRIDAY, "day_month", "2026-12-10", "2025-12-10"),
    ("le 28/11", "fr", date(2026, 12, 2), "day_month", "2027-11-28", "2026-11-28"),
    ("10 décembre", "fr", FRIDAY, "day_month", "2026-12-10", "2025-12-10"),
    ("10 dec", "fr", FRIDAY, "day_month", "2026-12-10", "2025-12-10"),
    ("15 janvier", "fr", YEAR_END, "day_month", "2027-01-15", "2026-01-15"),
    ("15 mars", "fr", THE_15TH, "day_month", "2026-03-15", "2026-03-15"),
    ("le 29/02", "fr", date(2027, 3, 1), "day_month", "2028-02-29", "2024-02-29"),
    ("lundi 1er décembre", "fr", FRIDAY, "day_month", "2026-12-01", "2025-12-01"),
    ("10/12/2026", "fr", FRIDAY, "absolute", "2026-12-10", "2026-12-10"),
    ("le 5 décembre 2026 à 14h", "fr", FRIDAY, "absolute", "2026-12-05", "2026-12-05"),
    ("29/02/2028", "fr", FRIDAY, "absolute", "2028-02-29", "2028-02-29"),
    ("2026-11-30", "fr", FRIDAY, "absolute", "2026-11-30", "2026-11-30"),
    ("Novembre 23 de 1987", "fr", FRIDAY, "absolute", "1987-11-23", "1987-11-23"),
    ("Lundi 12 Janvier, 2016", "fr", FRIDAY, "absolute", "2016-01-12", "2016-01-12"),
    ("le 12/08, 2015", "fr", FRIDAY, "absolute", "2015-08-12", "2015-08-12"),
    ("31/10/74", "fr", FRIDAY, "absolute", "1974-10-31", "1974-10-31"),
    ("le 15/03/35", "fr", FRIDAY, "absolute", "2035-03-15", "2035-03-15"),
    ("déc. 15", "fr", FRIDAY, "day_month", "2026-12-15", "2025-12-15"),
    # Two days: a window ("du … au", "entre … et", "13-15"), in the month said or the next
    ("du 13 au 15 juillet", "fr", FRIDAY, "day_month", "2027-07-13 2027-07-13..2027-07-15", "2026-07-13 2026-07-13..2026-07-15"),
    ("entre le 5 et le 10", "fr", FRIDAY, "day_of_month", "2026-12-05 2026-12-05..2026-12-10", "2026-11-05 2026-11-05..2026-11-10"),
    ("du 18 au 25", "fr", FRIDAY, "day_of_month", "2026-11-20 2026-11-20..2026-11-25", "2026-11-18 2026-11-18..2026-11-20"),
    ("13-15 juillet", "fr", FRIDAY, "day_month", "2027-07-13 2027-07-13..2027-07-15", "2026-07-13 2026-07-13..2026-07-15"),
    ("Novembre 19 au 20", "fr", date(2026, 11, 3), "day_month", "2026-11-19 2026-11-19..2026-11-20", "2025-11-19 2025-11-19..2025-11-20"),
    ("from the 13th to the 15th of July", "en", FRIDAY, "day_month", "2027-07-13 2027-07-13..2027-07-15", "2026-07-13 2026-07-13..2026-07-15"),
    ("between the 5th and the 10th", "en", FRIDAY, "day_of_month", "2026-12-05 2026-12-05..2026-12-10", "2026-11-05 2026-11-05..2026-11-10"),
    # Weeks and months: windows
    ("la semaine prochaine", "fr", FRIDAY, "relative_period", "2026-11-23 2026-11-23..2026-11-29", None),
    ("la semaine pro", "fr", SUNDAY, "relative_period", "2026-11-23 2026-11-23..2026-11-29", None),
    ("la semaine prochaine", "fr", YEAR_END, "relative_period", "2027-01-04 2027-01-04..2027-01-10", None),
    ("la semaine dernière", "fr", FRIDAY, "relative_period", None, "2026-11-09 2026-11-09..2026-11-15"),
    ("cette semaine", "fr", SUNDAY, "relative_period", "2026-11-22 2026-11-22..2026-11-22", "2026-11-16 2026-11-16..2026-11-22"),
    ("le mois prochain", "fr", NEW_YEARS_EVE, "relative_period", "2026-01-01 2026-01-01..2026-01-31", None),
    ("en fin de semaine", "fr", WEDNESDAY, "vague", "2026-11-20 2026-11-20..2026-11-22", "2026-11-13 2026-11-13..2026-11-15"),
    ("à la fin de la semaine", "fr", WEDNESDAY, "vague", "2026-11-20 2026-11-20..2026-11-22", "2026-11-13 2026-11-13..2026-11-15"),
    ("en fin de semaine", "fr", THE_15TH, "vague", "2026-03-15 2026-03-15..2026-03-15", "2026-03-13 2026-03-13..2026-03-15"),
    ("ce week-end", "fr", FRIDAY, "vague", "2026-11-21 2026-11-21..2026-11-22", "2026-11-14 2026-11-14..2026-11-15"),
    ("fin du mois", "fr", FRIDAY, "vague", "2026-11-30 2026-11-28..2026-11-30", "2026-10-31 2026-10-29..2026-10-31"),
    ("fin de mois", "fr", YEAR_END, "vague", "2026-12-31 2026-12-29..2026-12-31", "2026-11-30 2026-11-28..2026-11-30"),
    ("fin du mois", "fr", LEAP_FEBRUARY, "vague", "2028-02-29 2028-02-27..2028-02-29", "2028-02-27 2028-02-27..2028-02-27"),
    ("fin novembre", "fr", FRIDAY, "vague", "2026-11-30 2026-11-28..2026-11-30", "2025-11-30 2025-11-28..2025-11-30"),
    ("début du mois prochain", "fr", FRIDAY, "vague", "2026-12-01 2026-12-01..2026-12-10", None),
    ("debut du mois prochain", "fr", YEAR_END, "vague", "2027-01-01 2027-01-01..2027-01-10", None),
    ("mi-décembre", "fr", FRIDAY, "vague", "2026-12-15 2026-12-10..2026-12-20", "2025-12-15 2025-12-10..2025-12-20"),
    # English
    ("I'll pay tomorrow", "en", FRIDAY, "relative_day", "2026-11-21", None),
    ("today", "en", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("tonight", "en", FRIDAY, "relative_day", "2026-11-20", "2026-11-20"),
    ("yesterday", "en", FRIDAY, "relative_day", None, "2026-11-19"),
    ("in 10 days", "en", FRIDAY, "relative_day", "2026-11-30", None),
    ("in 2 weeks", "en", FRIDAY, "relative_day", "2026-12-04", None),
    ("in a fortnight", "en", FRIDAY, "relative_day", "2026-12-04", None),
    ("3 days ago", "en", FRIDAY, "relative_day", None, "2026-11-17"),
    ("on Friday", "en", FRIDAY, "weekday", "2026-11-27", "2026-11-13"),
    ("next Friday", "en", WEDNESDAY, "weekday", "2026-11-20", None),
    ("Friday next week", "en", WEDNESDAY, "weekday", "2026-11-27", None),
    ("Friday after next", "en", WEDNESDAY, "weekday", "2026-11-27", None),
    ("last Friday", "en", FRIDAY, "weekday", None, "2026-11-13"),
    ("on the 15th", "en", FRIDAY, "day_of_month", "2026-12-15", "2026-11-15"),
    ("the 1st", "en", FRIDAY, "day_of_month", "2026-12-01", "2026-11-01"),
    ("the 20th of next month", "en", FRIDAY, "day_of_month", "2026-12-20", None),
    ("15th December", "en", FRIDAY, "day_month", "2026-12-15", "2025-12-15"),
    ("December 15", "en", FRIDAY, "day_month", "2026-12-15", "2025-12-15"),
    ("Dec 15th", "en", FRIDAY, "day_month", "2026-12-15", "2025-12-15"),
    ("the first of March", "en", FRIDAY, "day_month", "2027-03-01", "2026-03-01"),
    ("25/03", "en", FRIDAY, "day_month", "2027-03-25", "2026-03-25"),
    ("2/15", "en", FRIDAY, "day_month", "2027-02-15", "2026-02-15"),
    ("next week", "en", FRIDAY, "relative_period", "2026-11-23 2026-11-23..2026-11-29", None),
    ("last week", "en", FRIDAY, "relative_period", None, "2026-11-09 2026-11-09..2026-11-15"),
    ("end of the month", "en", FRIDAY, "vague", "2026-11-30 2026-11-28..2026-11-30", "2026-10-31 2026-10-29..2026-10-31"),
    ("beginning of next month", "en", FRIDAY, "vague", "2026-12-01 2026-12-01..2026-12-10", None),
    ("this weekend", "en", FRIDAY, "vague", "2026-11-21 2026-11-21..2026-11-22", "2026-11-14 2026-11-14..2026-11-15"),
    ("end of May", "en", FRIDAY, "vague", "2027-05-31 2027-05-29..2027-05-31", "2026-05-31 2026-05-29..2026-05-31"),
    ("mid next week", "en", FRIDAY, "vague", "2026-11-25 2026-11-25..2026-11-26", None),
    ("end of last week", "en", WEDNESDAY, "vague", None, "2026-11-13 2026-11-13..2026-11-15"),
    ("pay by the 30", "en", FRIDAY, "day_of_month", "2026-11-30", "2026-10-30"),
    ("20 of next month", "en", FRIDAY, "day_of_month", "2026-12-20", None),
    ("two days from today", "en", FRIDAY, "relative_day", "2026-11-22", None),
    ("Feb13", "en", FRIDAY, "day_month", "2027-02-13", "2026-02-13"),
    ("I paid $12 December 27", "en", FRIDAY, "day_month", "2026-12-27", "2025-12-27"),
    # Days in words, as speech-to-text writes them.
    ("je vous fais le virement le quinze", "fr", FRIDAY, "day_of_month", "2026-12-15", "2026-11-15"),
    ("le vingt-huit du mois dernier", "fr", FRIDAY, "day_of_month", None, "2026-10-28"),
    ("à partir du premier", "fr", FRIDAY, "day_of_month", "2026-12-01", "2026-11-01"),
    ("j'ai réglé le douze point", "fr", FRIDAY, "day_of_month", "2026-12-12", "2026-11-12"),
    ("I paid it on the fifth", "en", FRIDAY, "day_of_month", "2026-12-05", "2026-11-05"),
    ("I'll pay on the twenty-eighth", "en", FRIDAY, "day_of_month", "2026-11-28", "2026-10-28"),
    ("by the thirtieth", "en", FRIDAY, "day_of_month", "2026-11-30", "2026-10-30"),
    ("paid on twelfth of this month", "en", FRIDAY, "day_of_month", None, "2026-11-12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "received", "kind", "future", "past"), CASES)
def test_resolves(
    text: str, lang: str, received: date, kind: str, future: Expected, past: Expected
) -> None:
    mention = only_mention(text, received, lang)
    assert (mention.kind, mention.future, mention.past) == (kind, resolved(future), resolved(past))


NO_DATE = [
    ("fr", "je peux verser 150 € par mois"),
    ("fr", "le solde de 1 250,00 € reste dû"),
    ("fr", "appelez-moi au 06 12 34 56 78"),
    ("fr", "mon numéro : 06.12.34.56.78 ou 06-12-34-56-78"),
    ("fr", "ou au +33 6 12 34 56 78"),
    ("fr", "concernant la facture n° 2024-118"),
    ("fr", "référence FA-2025-0042"),
    ("fr", "j'habite 12 rue des Lilas, 75015 Paris"),
    ("fr", "rappelez-moi à 10h30"),
    ("fr", "vous appliquez 15 % de frais"),
    ("fr", "je suis au chômage depuis 3 mois"),
    ("fr", "je veux payer en 3 fois"),
    ("fr", "en 3 mensualités"),
    ("fr", "client depuis 2017"),
    ("fr", "selon l'article L.622-21 du code de commerce"),
    ("fr", "le 31/02"),
    ("fr", "le 1er versement de 50 €"),
    ("fr", "j'habite au 15 rue de la Paix"),
    ("fr", "je paie les 3/4 du montant"),
    ("fr", "j'ai reçu 12.10 € de remboursement"),
    ("fr", "disponible 24/7"),
    ("fr", "il a payé la facture"),
    ("fr", "je paie maintenant, tout de suite"),
    ("fr", "le 32 et le 10/13"),
    ("en", "I can pay £40 a month for 6 months"),
    ("en", "in 3 instalments"),
    ("en", "a customer since 2017, call me at 10:30 or at 3pm"),
    ("en", "this is my 3rd payment and the 2nd time I write"),
    ("en", "I may pay less"),
    ("en", "I sat in the sun"),
    ("en", "ref 12/05 and invoice no 10/11"),
    ("en", "I'll pay on 05/04"),  # 5 April or May 4th
    ("en", "fees of 15.5%"),
    ("en", "it takes 3 days"),
    ("en", "a table for 6, a timer for 20 seconds"),
    ("en", "the ATM gave me 10 pounds instead of the 30 I asked for"),
    ("en", "what are your weekend rates"),
    ("fr", "entre 10 et 20 par mois"),
    ("fr", "en mars 3 fois"),
    ("fr", "je paierai le premier versement, puis les deux autres"),
    ("fr", "4 fois 50 €, le premier à votre convenance"),
    ("fr", "deux fois vingt euros"),
    ("en", "the first one and the second half"),
    ("en", "I'll pay the first instalment and the third"),
]


@pytest.mark.parametrize(("lang", "text"), NO_DATE)
def test_finds_no_date(lang: str, text: str) -> None:
    assert find_dates(text, FRIDAY, lang) == []


SALARY = [
    ("fr", "je paierai quand je toucherai mon salaire"),
    ("fr", "à la paie"),
    ("fr", "quand je serai payé"),
    ("fr", "quand la CAF aura versé"),
    ("fr", "dès réception de mon salaire"),
    ("en", "on payday"),
    ("en", "when I get paid"),
    ("en", "when my universal credit comes in"),
]


@pytest.mark.parametrize(("lang", "text"), SALARY)
def test_salary_has_no_day(lang: str, text: str) -> None:
    mention = only_mention(text, FRIDAY, lang)
    assert (mention.kind, mention.future, mention.past) == ("salary", None, None)


def test_salary_never_hides_a_date() -> None:
    mentions = find_dates("quand je toucherai mon salaire le 5", FRIDAY, "fr")
    assert [mention.kind for mention in mentions] == ["salary", "day_of_month"]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Je paierai d'ici vendredi, merci", "fr", "d'ici vendredi"),
        ("virement avant le 10", "fr", "avant le 10"),
        ("au plus tard le 30", "fr", "au plus tard le 30"),
        ("le 30 au plus tard", "fr", "le 30 au plus tard"),
        ("I'll pay by Friday", "en", "by Friday"),
        ("by the end of the month", "en", "by the end of the month"),
        ("je paie dans la semaine", "fr", "dans la semaine"),
    ],
)
def test_deadline_words_belong_to_the_date(text: str, lang: str, span: str) -> None:
    mention = only_mention(text, FRIDAY, lang)
    assert (mention.text, mention.deadline) == (span, True)
    assert text[mention.start : mention.end] == span


def test_mentions_come_in_order_with_their_spans() -> None:
    text = "Hier j'ai payé 50 €, le reste après-demain ou le 15/12."
    mentions = find_dates(text, FRIDAY, "fr")
    assert [mention.text for mention in mentions] == ["Hier", "après-demain", "15/12"]
    assert [mention.future for mention in mentions] == [
        None,
        Resolved.exact(date(2026, 11, 22)),
        Resolved.exact(date(2026, 12, 15)),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "le 5 et le 20 décembre",
            "fr",
            [("le 5", "2026-12-05"), ("le 20 décembre", "2026-12-20")],
        ),
        ("March 3rd and 4th", "en", [("March 3rd", "2027-03-03"), ("4th", "2027-03-04")]),
        (
            "13 juillet - 15 juillet",
            "fr",
            [("13 juillet", "2027-07-13"), ("15 juillet", "2027-07-15")],
        ),
        ("July 13 - July 15", "en", [("July 13", "2027-07-13"), ("July 15", "2027-07-15")]),
    ],
)
def test_two_dates_stay_two_and_share_their_month(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    # why: two dated payments make a plan (SPEC), a window does not
    mentions = find_dates(text, FRIDAY, lang)
    found = [
        (mention.text, mention.future.value.isoformat()) for mention in mentions if mention.future
    ]
    assert found == expected


def test_a_weekday_before_a_date_is_part_of_it() -> None:
    mention = only_mention("je paie vendredi 27/11", FRIDAY, "fr")
    assert (mention.text, mention.future) == ("vendredi 27/11", Resolved.exact(date(2026, 11, 27)))


def test_numeric_dates_are_day_first_in_french() -> None:
    assert find_dates("2/15", FRIDAY, "fr") == []


def test_an_unknown_language_looks_for_both() -> None:
    mentions = find_dates("demain or tomorrow", FRIDAY, "und")
    assert [mention.text for mention in mentions] == ["demain", "tomorrow"]


def test_a_datetime_received_counts_as_its_day() -> None:
    mention = only_mention("demain", datetime(2026, 11, 20, 23, 59), "fr")
    assert mention.future == Resolved.exact(date(2026, 11, 21))


# --- Properties ---

RELATIVE_PHRASES = [
    ("fr", "demain"), ("fr", "le 15"), ("fr", "le 31"), ("fr", "vendredi"), ("fr", "hier"),
    ("fr", "fin du mois"), ("fr", "début du mois prochain"), ("fr", "début du mois"),
    ("fr", "la semaine prochaine"), ("fr", "la semaine dernière"), ("fr", "cette semaine"),
    ("fr", "en fin de semaine"), ("fr", "ce week-end"), ("fr", "15 mars"), ("fr", "29/02"),
    ("fr", "dans 15 jours"), ("fr", "mi-décembre"), ("fr", "fin février"),
    ("fr", "lundi en huit"), ("fr", "jeudi 31"), ("fr", "le 20 du mois prochain"),
    ("en", "next Friday"), ("en", "last Friday"), ("en", "on the 30th"), ("en", "end of May"),
    ("en", "in 3 months"), ("en", "a week ago"), ("en", "this weekend"),
    ("en", "the 20th of last month"), ("en", "Friday after next"),
]  # fmt: skip
RECEIVED = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(received=RECEIVED, phrase=st.sampled_from(RELATIVE_PHRASES))
def test_future_never_before_and_past_never_after_the_received_day(
    received: date, phrase: tuple[str, str]
) -> None:
    lang, text = phrase
    mention = only_mention(text, received, lang)
    assert mention.future is not None or mention.past is not None
    if mention.future is not None:
        assert received <= mention.future.first <= mention.future.value <= mention.future.last
    if mention.past is not None:
        assert mention.past.first <= mention.past.value <= mention.past.last <= received


@given(received=RECEIVED, day=st.integers(min_value=1, max_value=31))
def test_day_of_month_is_the_nearest_such_day(received: date, day: int) -> None:
    mention = only_mention(f"le {day}", received, "fr")
    assert mention.future is not None and mention.past is not None
    future, past = mention.future.value, mention.past.value
    assert future.day == day and past.day == day
    between_future = (received + timedelta(days=n) for n in range((future - received).days))
    between_past = (past + timedelta(days=n + 1) for n in range((received - past).days))
    assert all(moment.day != day for moment in between_future)
    assert all(moment.day != day for moment in between_past)


WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@given(received=RECEIVED, weekday=st.integers(min_value=0, max_value=6))
def test_weekday_is_within_the_week_either_side(received: date, weekday: int) -> None:
    mention = only_mention(WEEKDAYS[weekday], received, "fr")
    assert mention.future is not None and mention.past is not None
    assert 1 <= (mention.future.value - received).days <= 7
    assert 1 <= (received - mention.past.value).days <= 7
    assert mention.future.value.weekday() == weekday == mention.past.value.weekday()


AMOUNTS = st.tuples(st.integers(min_value=0, max_value=99_999), st.integers(0, 99)).flatmap(
    lambda amount: st.sampled_from(
        [
            f"{amount[0]} €",
            f"{amount[0]},{amount[1]:02d} €",
            f"{amount[0]}.{amount[1]:02d} €",
            f"{amount[0]}.{amount[1]:02d} euros",
            f"€{amount[0]}.{amount[1]:02d}",
            f"£{amount[0]}.{amount[1]:02d}",
            f"{amount[0]:,} EUR".replace(",", " "),
            f"{amount[0]}.{amount[1]:02d}%",
        ]
    )
)


@given(amount=AMOUNTS, lang=st.sampled_from(["fr", "en"]))
def test_amounts_are_not_dates(amount: str, lang: str) -> None:
    assert find_dates(f"je peux payer {amount} maintenant", FRIDAY, lang) == []


@given(text=st.text(max_size=80), received=RECEIVED, lang=st.sampled_from(["fr", "en", "xx"]))
def test_spans_point_into_the_text(text: str, received: date, lang: str) -> None:
    for mention in find_dates(text, received, lang):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("starting the first of next month", "en"),
        ("from the first day of next month", "en"),
        ("à partir du premier du mois prochain", "fr"),
    ],
)
def test_the_first_of_next_month_is_that_day(text: str, lang: str) -> None:
    (mention,) = find_dates(text, date(2025, 11, 19), lang)
    assert mention.future == Resolved(date(2025, 12, 1), date(2025, 12, 1), date(2025, 12, 1))


def _first(text: str, received: date, lang: str) -> DateMention:
    (mention,) = find_dates(text, received, lang)
    return mention


@pytest.mark.parametrize(
    ("text", "lang", "received", "future"),
    [
        ("le lendemain de Noël", "fr", FRIDAY, "2026-12-26"),
        ("le surlendemain de Noël", "fr", FRIDAY, "2026-12-27"),
        ("à la Toussaint", "fr", date(2026, 10, 2), "2026-11-01"),
        ("la veille du jour de l'an", "fr", FRIDAY, "2026-12-31"),
        ("le lundi de Pâques", "fr", FRIDAY, "2027-03-29"),
        ("le jeudi avant la Pentecôte", "fr", FRIDAY, "2027-05-13"),
        ("on Boxing Day", "en", FRIDAY, "2026-12-26"),
        ("the Monday after Thanksgiving", "en", WEDNESDAY, "2026-11-30"),
        ("the day after Memorial Day", "en", date(2027, 5, 3), "2027-06-01"),
        ("on St Patrick's Day", "en", date(2027, 3, 1), "2027-03-17"),
        ("by Good Friday", "en", date(2027, 3, 1), "2027-03-26"),
    ],
)
def test_feast_days_are_their_day(text: str, lang: str, received: date, future: str) -> None:
    assert str(_first(text, received, lang).future.value) == future


def test_a_feast_day_gone_by_is_this_years_in_the_past() -> None:
    mention = _first("I paid on St Patrick's Day", date(2027, 3, 23), "en")
    assert str(mention.past.value) == "2027-03-17"


def test_before_a_feast_day_is_a_deadline() -> None:
    assert _first("avant la Toussaint", date(2026, 10, 2), "fr").deadline


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'll sort it after Christmas"),
        ("en", "I bought a Christmas present"),
        ("en", "Christmas was hard this year"),
        ("fr", "pendant les vacances de Noël"),
        ("fr", "après Pâques"),
        ("fr", "la prime de Noël"),
    ],
)
def test_a_season_or_a_thing_named_for_a_feast_is_no_day(lang: str, text: str) -> None:
    assert find_dates(text, FRIDAY, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "received", "future"),
    [
        ("le dernier vendredi du mois", "fr", date(2026, 10, 7), "2026-10-30"),
        ("le dernier vendredi du mois", "fr", date(2026, 10, 31), "2026-11-27"),
        ("le premier lundi du mois prochain", "fr", FRIDAY, "2026-12-07"),
        ("the last Friday of this month", "en", date(2027, 6, 8), "2027-06-25"),
        ("the first Monday in March", "en", FRIDAY, "2027-03-01"),
        ("the third Tuesday of September 2027", "en", FRIDAY, "2027-09-21"),
    ],
)
def test_the_nth_weekday_of_a_month(text: str, lang: str, received: date, future: str) -> None:
    assert str(_first(text, received, lang).future.value) == future


def test_a_french_fortnight_in_words_is_fifteen_days() -> None:
    mention = _first("dans une quinzaine", FRIDAY, "fr")
    assert (str(mention.future.first), str(mention.future.last)) == ("2026-12-04", "2026-12-05")


def test_the_first_days_of_next_month_are_its_start() -> None:
    mention = _first("dans les premiers jours du mois prochain", FRIDAY, "fr")
    assert (str(mention.future.first), str(mention.future.last)) == ("2026-12-01", "2026-12-10")


def test_a_sum_before_le_does_not_hide_the_month() -> None:
    assert str(_first("230 € le 10 février", FRIDAY, "fr").future.value) == "2027-02-10"


def test_the_nth_weekday_of_this_month_gone_by_is_in_the_past() -> None:
    mention = _first("the first Monday of this month", FRIDAY, "en")
    assert (mention.future, str(mention.past.value)) == (None, "2026-11-02")


def test_the_nth_weekday_of_last_month() -> None:
    mention = _first("le premier lundi du mois dernier", FRIDAY, "fr")
    assert (mention.future, str(mention.past.value)) == (None, "2026-10-05")


@pytest.mark.parametrize(
    ("text", "day"), [("jour de Noël", "2026-12-25"), ("fête du travail", "2027-05-01")]
)
def test_a_feast_day_named_as_a_day_needs_no_preposition(text: str, day: str) -> None:
    assert str(_first(text, FRIDAY, "fr").future.value) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A day of a month named: whatever follows the month, and "day" after the number.
        ("i will pay the 5 of the next month £100", date(2026, 4, 5)),
        ("the 20th day of next month", date(2026, 4, 20)),
        ("le 5 du mois prochain 100 €", date(2026, 4, 5)),
    ],
)
def test_a_day_of_a_named_month_is_a_day_whatever_follows(text: str, day: date) -> None:
    found = find_dates(text, date(2026, 3, 10), "fr" if " le " in f" {text}" else "en")
    assert [mention.future.value for mention in found if mention.future][:1] == [day]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # A spaced suffix that fits its number is an ordinal: "the 3 rd", "the 22 nd".
        ("I will pay on the 3 rd", "en", date(2026, 12, 3)),
        ("payment on the 22 nd of December", "en", date(2026, 12, 22)),
        # A weekday with its day in brackets is one day, not two.
        ("next Friday (the 27th)", "en", date(2026, 11, 27)),
        ("vendredi (le 27)", "fr", date(2026, 11, 27)),
    ],
)
def test_spaced_ordinals_and_bracketed_days(text: str, lang: str, day: date) -> None:
    found = find_dates(text, FRIDAY, lang)
    assert [mention.future.value for mention in found if mention.future] == [day]


@pytest.mark.parametrize("text", ["we are at 3 rd avenue", "the 3 th floor", "the 21 nd"])
def test_a_spaced_suffix_that_does_not_fit_is_no_day(text: str) -> None:
    assert find_dates(text, FRIDAY, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "received", "future"),
    [
        ("le lendemain du 15 août", "fr", date(2026, 8, 3), "2026-08-16"),
        ("la veille du 1er mai", "fr", date(2027, 4, 20), "2027-04-30"),
        ("le surlendemain du 11 novembre", "fr", date(2026, 11, 2), "2026-11-13"),
        # Said on the day after: that day, not next year's.
        ("le lendemain du 14 juillet", "fr", date(2026, 7, 15), "2026-07-15"),
        ("the day after 30th June", "en", date(2026, 6, 3), "2026-07-01"),
        ("the day before September 1st", "en", date(2026, 8, 10), "2026-08-31"),
    ],
)
def test_the_day_after_or_before_a_day_of_a_month(
    text: str, lang: str, received: date, future: str
) -> None:
    assert str(_first(text, received, lang).future.value) == future


@pytest.mark.parametrize(
    ("text", "lang", "received", "future"),
    [
        ("à la Saint-Nicolas", "fr", date(2026, 11, 2), "2026-12-06"),
        ("pour la Sainte-Catherine", "fr", date(2026, 11, 2), "2026-11-25"),
    ],
)
def test_saints_days_people_pay_by(text: str, lang: str, received: date, future: str) -> None:
    assert str(_first(text, received, lang).future.value) == future


@pytest.mark.parametrize(
    ("text", "lang", "received", "future"),
    [
        # October 2026 ends on a Saturday: its last working day is Friday the 30th.
        ("le dernier jour ouvré du mois", "fr", date(2026, 10, 5), "2026-10-30"),
        ("the last working day of the month", "en", date(2026, 10, 5), "2026-10-30"),
        # Gone by this month: next month's (November 2026 ends on a Monday).
        ("the last business day of the month", "en", date(2026, 10, 31), "2026-11-30"),
        ("le dernier jour ouvrable du mois prochain", "fr", date(2026, 9, 7), "2026-10-30"),
        ("the last working day of next month", "en", date(2026, 9, 7), "2026-10-30"),
    ],
)
def test_the_last_working_day_of_a_month(text: str, lang: str, received: date, future: str) -> None:
    assert str(_first(text, received, lang).future.value) == future


@pytest.mark.parametrize("text", ["this day week", "today week", "this day next week"])
def test_this_day_week_is_a_week_from_the_day(text: str) -> None:
    assert _first(f"I'll pay {text}", FRIDAY, "en").future.value == FRIDAY + timedelta(days=7)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le lendemain de mon anniversaire"),
        ("en", "the day after we spoke"),
        ("fr", "la veille au soir"),
        ("en", "the last working day of my contract"),
    ],
)
def test_a_day_after_or_a_working_day_of_nothing_dated_is_no_day(lang: str, text: str) -> None:
    assert find_dates(text, FRIDAY, lang) == []
