"""Amounts of money and instalment counts in debtor messages, French and English.

- `find_amounts` finds what a debtor names as money: "1 250,00 €", "150e", "€ 89,90",
  "89€90", "£40", "40 quid", "cent cinquante euros", "a hundred and twenty quid",
  "50 par mois", "je peux verser 50", "3 mensualités de 120 €".
- `find_counts` finds how many instalments are asked for: "en 3 fois", "3 mensualités",
  "4 x 370 €", "in two goes", "6 monthly payments", "over 4 months".
- `parse_price` reads one standalone field value ("690,00", "EUR 6,99"), where a bare
  number is a price by construction. A message reader must not use it.

Decisions (the "why" of the rules below):
- Money is `Decimal` quantized to 0.01. A number with more than two decimals or with
  inconsistent digit grouping ("10.12.2026", "06 12 34 56 78", "1.837, 32") is skipped,
  never guessed: a wrong amount in a promise is worse than none.
- A separator followed by exactly three digits groups thousands in both languages
  ("1.250" and "1,250" are 1250): debtors write whole euros, not tenths of cents.
- A bare number (no currency marker) is money only in a money context: a period after it
  ("50 par mois", "30 a week"), a payment verb just before it ("je peux verser 50"), a
  payment noun ("un virement de 200", "mensualités de 120") or a multiplier ("4 fois 370").
- "balles" and "boules" are euros (French slang), "quid" pounds, "bucks" dollars; "$"
  alone is read as USD. "e" is the euro glued to the number ("150e"), or one space after it
  when the clause ends or a payment's words follow ("75 e par cb"), never an ordinal.
- Francs are read too, for cases in Swiss or CFP / CFA francs: "CHF 1'250.-", "Fr. 80",
  "120 francs suisses", "15 000 F CFP", "12 000 XPF", "5000 FCFA". A lone "F" is a franc
  only after three digits or more ("15 000 F"), not in "bâtiment 12 F".
- Counts start at 2: "en une fois" / "in one go" is a single payment, not a plan. A spread
  over a duration ("sur 6 mois", "over 4 months", "en 10 mois") is a count flagged
  `from_duration=True`; "depuis 3 mois" is a duration, not a count.
- `lang` is "fr" or "en" and chooses the number words ("cent" is 100 in French and a
  cent in English); any other value reads both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, NamedTuple

from amiable.nlu.normalize import word_set
from amiable.nlu.precompiled import compile_re

CENT: Final = Decimal("0.01")
# Counts larger than ten years of monthly instalments are not plans.
LARGEST_COUNT: Final = 120
# A message amount above this many digits before the decimal point is garbled, not money.
LARGEST_INTEGER_DIGITS: Final = 9


@dataclass(frozen=True, slots=True)
class AmountMention:
    """An amount of money said in the text.

    `start`/`end` cover the number and its currency marker (and cents), not the period or
    the instalment words around it. `currency` is None when the number carries no marker.
    """

    start: int
    end: int
    text: str
    value: Decimal
    currency: str | None
    period: str | None
    each: bool


@dataclass(frozen=True, slots=True)
class CountMention:
    """A number of instalments; `from_duration` when it comes from "over 4 months"."""

    start: int
    end: int
    text: str
    count: int
    from_duration: bool = False


# ---------------------------------------------------------------------------- tokens

_TOKEN: Final = compile_re(r"(\d+(?:(?:[.,'’]|[ \u00a0\u202f\u2009])\d+)*)|([^\W\d_]+)|(\S)")
_DIGIT_GROUP: Final = compile_re(r"\d+(?:[.,'’]\d+)*")
_SEPARATOR: Final = compile_re(r"([.,'’]|[ \u00a0\u202f\u2009])")
_SPACES: Final = frozenset(" \u00a0\u202f\u2009")
_SYMBOLS_START: Final = ("€", "£", "$", "₦", "₹")
_FOLD: Final = str.maketrans("àâäáéèêëíîïóôöúùûüç", "aaaaeeeeiiiooouuuuc")


class _Token(NamedTuple):
    # A NamedTuple, not a dataclass: messages are tokenized on every call, and tuples are
    # several times cheaper to build.
    kind: str  # "num" | "word" | "sym"
    start: int
    end: int
    text: str
    key: str  # lower case without accents, for the word tables


def _fold(word: str) -> str:
    lowered = word.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    append = tokens.append
    # Why: tuple.__new__ skips the Python-level NamedTuple constructor, halving the cost of
    # tokenizing, which is most of the cost of reading a message.
    new = tuple.__new__
    for match in _TOKEN.finditer(text):
        number, word, symbol = match.groups()
        start, end = match.span()
        if word is not None:
            lowered = word.lower()  # _fold, inlined: this loop runs for every word
            key = lowered if lowered.isascii() else lowered.translate(_FOLD)
            append(new(_Token, ("word", start, end, word, key)))
        elif number is None:
            append(new(_Token, ("sym", start, end, symbol, symbol)))
        elif _SPACES.isdisjoint(number):
            append(new(_Token, ("num", start, end, number, number)))
        else:
            tokens.extend(_spaced_number(tokens, _Token("num", start, end, number, number)))
    return tokens


# Why: "le 15 200 €" is a date then 200 €, not 15 200 €.
_DATE_ARTICLES: Final = frozenset({"le", "du", "au", "the", "on", "jusqu", "avant"})


def _spaced_number(before: list[_Token], token: _Token) -> list[_Token]:
    """Space is a weak separator: split a spaced run of digits unless it groups thousands."""
    pieces = [
        _Token(
            "num",
            token.start + match.start(),
            token.start + match.end(),
            match.group(),
            match.group(),
        )
        for match in _DIGIT_GROUP.finditer(token.text)
    ]
    if _parse_digits(token.text) is None:
        return pieces
    if before and before[-1].key in _DATE_ARTICLES and int(pieces[0].text) <= 31:
        rest = token.text[pieces[1].start - token.start :]
        return [pieces[0], _Token("num", pieces[1].start, token.end, rest, rest)]
    return [token]


def _glued(left: _Token, right: _Token) -> bool:
    return left.end == right.start


# ---------------------------------------------------------------------------- digits


def _parse_digits(raw: str) -> Decimal | None:
    """The value of "1 250,00", "1.250,00", "1,250.00", "1'049,95", "1250.5"; None if garbled."""
    parts = _SEPARATOR.split(raw)
    groups, separators = parts[0::2], parts[1::2]
    decimals = ""
    if separators and separators[-1] in ".," and len(groups[-1]) <= 2:
        decimals = groups.pop()
        decimal_separator = separators.pop()
        if decimal_separator in separators:
            return None
    if not _valid_grouping(groups, separators):
        return None
    integer = "".join(groups)
    return Decimal(f"{integer}.{decimals}" if decimals else integer)


def _valid_grouping(groups: list[str], separators: list[str]) -> bool:
    first = groups[0]
    if len(first) > 1 and first.startswith("0"):
        return False  # "0042" is a reference, not money
    if not separators:
        return len(first) <= LARGEST_INTEGER_DIGITS
    kinds = {" " if separator in _SPACES else separator for separator in separators}
    if kinds == {","} and _indian_grouping(groups):
        return True
    return (
        len(kinds) == 1
        and 1 <= len(first) <= 3
        and first != "0"
        and all(len(group) == 3 for group in groups[1:])
        and len("".join(groups)) <= LARGEST_INTEGER_DIGITS
    )


def _indian_grouping(groups: list[str]) -> bool:
    """ "1,20,000" and "12,50,000" (India): pairs of digits before the last three."""
    return (
        len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and groups[0] != "0"
        and all(len(group) == 2 for group in groups[1:-1])
        and len(groups[-1]) == 3
    )


# ---------------------------------------------------------------------------- words

_FRENCH_SMALL: Final = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90,
}  # fmt: skip
_FRENCH_SCALES: Final = {
    "cent": 100, "cents": 100, "mille": 1000, "mil": 1000, "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
_ENGLISH_SMALL: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ENGLISH_SCALES: Final = {
    "hundred": 100, "hundreds": 100, "thousand": 1000, "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
# Why: "un euro", "a dollar" are money, but "un" / "a" alone are articles.
_WEAK_ONES: Final = frozenset({"un", "une", "one", "a", "an"})
# English slang for banknotes: "a tenner a week", "I can give you a fiver".
_NOTES: Final = {"tenner": 10, "fiver": 5}
# Scales said after a number in English: "2 grand", "a grand", "1.5 lakh" (India), "2 crore".
_COLLOQUIAL_SCALES: Final = {
    "grand": 1000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
# Why: "a grand total", "a grand gesture" are no thousand; "a grand" is one only where the
# sentence goes on as money does: its end, a pause, a time, a way of paying or a link word.
_AFTER_GRAND: Final = word_set(
    """on by to in next this now at for off tomorrow today tonight each every per a an the
    and or if when once before after but so as from towards toward into over within via
    straight upfront back plus i we you it is was left more less of still cash up down end"""
)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    small: dict[str, int]
    scales: dict[str, int]
    french: bool
    english: bool

    @property
    def starters(self) -> frozenset[str]:
        """Word keys that may begin an amount: number words and currency codes."""
        notes = _NOTES if self.english else ()
        return frozenset(
            {*self.small, *self.scales, *_WEAK_ONES, *_CODES, *notes, "us", "fr", "sfr", "rs", "r"}
        )


_LEXICONS: Final = {
    "fr": _Lexicon(_FRENCH_SMALL, _FRENCH_SCALES, french=True, english=False),
    "en": _Lexicon(_ENGLISH_SMALL, _ENGLISH_SCALES, french=False, english=True),
}
_BOTH: Final = _Lexicon(
    {**_ENGLISH_SMALL, **_FRENCH_SMALL}, {**_ENGLISH_SCALES, **_FRENCH_SCALES}, True, True
)


def _lexicon(lang: str | None) -> _Lexicon:
    return _LEXICONS.get(lang or "", _BOTH)


def _add_small(current: int, value: int, french: bool) -> int | None:
    """`current` followed by a word below 100, or None when the pair is no number."""
    tail = current % 100
    if tail == 0:
        return current + value
    if french and value == 20 and tail == 4:
        return current + 76  # quatre-vingt(s)
    if value < 10 and tail % 10 == 0 and (tail >= 20 or (french and tail == 10)):
        return current + value
    if french and 10 <= value < 20 and tail in (60, 80):
        return current + value  # soixante-dix, quatre-vingt-onze
    return None


def _apply_scale(total: int, current: int, scale: int) -> tuple[int, int] | None:
    if scale == 100:
        return None if current >= 100 else (total, (current or 1) * 100)
    if total % (scale * 1000):
        return None  # "mille mille"
    return total + (current or 1) * scale, 0


def _is_connector(tokens: list[_Token], index: int, lexicon: _Lexicon, current: int) -> bool:
    """A hyphen inside "vingt-cinq", "et" in "vingt et un", "and" in "a hundred and five"."""
    if index + 1 >= len(tokens):
        return False
    token, after = tokens[index], tokens[index + 1]
    if token.key == "-":
        return (
            _glued(tokens[index - 1], token) and _glued(token, after) and after.key in lexicon.small
        )
    if token.key == "et" and lexicon.french:
        return after.key in ("un", "une", "onze") and current % 100 in (20, 30, 40, 50, 60)
    if token.key == "and" and lexicon.english:
        return current > 0 and current % 100 == 0 and after.key in lexicon.small
    return False


def _read_number_words(
    tokens: list[_Token], index: int, lexicon: _Lexicon
) -> tuple[int, int] | None:
    """(value, index after) of the number words starting at `tokens[index]`."""
    total = current = 0
    position, last_used = index, -1
    while position < len(tokens):
        key = tokens[position].key
        if key in lexicon.small:
            updated = _add_small(current, lexicon.small[key], lexicon.french)
            if updated is None:
                break
            current = updated
        elif key in lexicon.scales:
            scaled = _apply_scale(total, current, lexicon.scales[key])
            if scaled is None:
                break
            total, current = scaled
        elif key in ("a", "an") and position == index and lexicon.english:
            following = tokens[position + 1].key if position + 1 < len(tokens) else ""
            if following not in lexicon.scales:
                break
            current = 1
        elif _is_connector(tokens, position, lexicon, current):
            position += 1
            continue
        else:
            break
        last_used = position
        position += 1
    return None if last_used < 0 else (total + current, last_used + 1)


# ---------------------------------------------------------------------------- markers


_SYMBOLS: Final = {"€": "EUR", "£": "GBP", "$": "USD", "₦": "NGN", "₹": "INR"}
# Why the francs: a case may be in Swiss francs or in CFP / CFA francs (SPEC: amounts are in
# the currency of the case), written "CHF 1'250.-", "15 000 F CFP", "12 000 XPF", "5000 FCFA".
_CODES: Final = {
    "eur": "EUR", "gbp": "GBP", "usd": "USD", "chf": "CHF", "xpf": "XPF", "cfp": "XPF",
    "fcfp": "XPF", "xof": "XOF", "xaf": "XAF", "fcfa": "XOF", "cad": "CAD", "inr": "INR",
    "zar": "ZAR", "aud": "AUD", "nzd": "NZD", "dzd": "DZD", "tnd": "TND",
}  # fmt: skip
_CURRENCY_WORDS: Final = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "eus": "EUR", "balle": "EUR", "balles": "EUR",
    "boule": "EUR", "boules": "EUR", "quid": "GBP", "quids": "GBP", "pound": "GBP",
    "pounds": "GBP", "livre": "GBP", "livres": "GBP", "gbp": "GBP", "sterling": "GBP",
    "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "usd": "USD",
    "franc": "CHF", "francs": "CHF", "fr": "CHF", "frs": "CHF", "sfr": "CHF",
    # Québec: "300 piastres" are Canadian dollars.
    "piastre": "CAD", "piastres": "CAD", "piasse": "CAD", "piasses": "CAD",
    "rupees": "INR", "rand": "ZAR", "dinar": "DZD", "dinars": "DZD", "dirham": "MAD",
    "dirhams": "MAD", "cedi": "GHS", "cedis": "GHS", "naira": "NGN", **_CODES,
}  # fmt: skip
# What may follow a franc to say which one: "francs CFP", "F CFP", "francs suisses".
_FRANC_KINDS: Final = {
    "cfp": "XPF", "xpf": "XPF", "pacifique": "XPF", "cfa": "XOF", "suisse": "CHF",
    "suisses": "CHF", "swiss": "CHF",
}  # fmt: skip
# Word keys and signs that may begin an amount (number words, currency codes and signs).
_STARTERS: Final = {
    (lexicon.french, lexicon.english): lexicon.starters | set(_SYMBOLS_START)
    for lexicon in (*_LEXICONS.values(), _BOTH)
}


# Why a lone "F" needs three digits: "15 000 F" is a CFP amount, "bâtiment 12 F" is not.
_LONE_FRANC_SMALLEST: Final = 100
_CENT_WORDS: Final = frozenset(
    {"centime", "centimes", "cent", "cents", "c", "ct", "cts", "p", "pence", "penny", "pennies"}
)
_PAYMENT_VERBS: Final = word_set(
    """payer paye payes payerai payerais payera payerons payons payez payee payees paie paies
    paierai paierais paiera paierons paient verser verse verses verserai verserais versera
    versons versez versee regler regle regles reglerai reglerais reglera reglons reglez reglee
    rembourser rembourse rembourses rembourserai rembourserais remboursera remboursee virer
    vire virerai virerais virera viree envoyer envoie envoye enverrai enverrais enverra
    envoyee donner donne donnerai donnerais donnera proposer propose proposerai mettre mets
    mettrai mis deposer depose deposerai avancer avance dois doit devais devrais
    pay pays paid paying repay repaid send sent sending transfer transferred transferring
    give gave giving offer offered offering afford manage settle put owe owed owes spare
    deposit deposited"""
)
# Words allowed between a payment verb and its bare number ("je ne peux payer que 50").
_VERB_FILLERS: Final = word_set(
    """vous te lui leur deja encore seulement que qu juste environ env max maxi maximum
    minimum au moins you them it off back about around roughly only just at least most
    up to another les the"""
)
# Why: "je peux payer 50 le 15" is money, "je paie 2 loyers" is not.
_VERB_FOLLOWERS: Final = word_set(
    """le la les ce cette ces demain aujourd maintenant des dès d ici avant apres par chaque
    tous toutes en a au aux sur et ou mais pour dans fin debut lundi mardi mercredi jeudi
    vendredi samedi dimanche max maximum environ minimum de tout svp merci ce soir
    on by the this next today tomorrow now tonight per each every and or but to towards
    toward off back in at before after tops please thanks from until till when monday
    tuesday wednesday thursday friday saturday sunday hier yesterday deja already last
    dernier derniere"""
)
_UNIT_WORDS: Final = word_set(
    """fois mois jour jours semaine semaines an ans annee annees heure heures h min minute
    minutes mn pourcent pourcents mensualite mensualites versement versements echeance
    echeances paiement paiements prelevement prelevements tranche tranches x eme er ere
    times month months week weeks day days year years hour hours percent instalment
    instalments installment installments payment payments st nd rd th
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    janv fev fevr avr juil sept oct nov dec january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep"""
)
# What may follow "20 euros 50" for the 50 to be cents.
_CENTS_FOLLOWERS: Final = word_set(
    """par per a each chaque tous toutes le on et and demain aujourd ce today tomorrow tonight
    maintenant now svp merci please thanks"""
)
# What follows a number said after "vingt euros" for it to be a count, not cents.
# A day or a when after "60 euros 50": the 50 were its cents ("60 euros 50 samedi").
_CENTS_THEN_WHEN: Final = word_set(
    """lundi mardi mercredi jeudi vendredi samedi dimanche demain aujourd aujourdhui ce cette
    ce soir le d avant des maintenant monday tuesday wednesday thursday friday saturday
    sunday tomorrow today tonight this on by before next now"""
)
_NOT_CENTS_AFTER: Final = word_set(
    """fois times x mois month months jour jours day days semaine semaines week weeks an ans
    annee annees year years versements versement mensualites mensualite echeances echeance
    payments payment instalments installments instalment installment tranches acomptes
    euros euro pounds dollars"""
)
# Why "encore", "another": "50 samedi et encore 50 le 15", "£20 today and another 20 Friday".
_JOINERS: Final = frozenset({"et", "puis", "ensuite", "and", "then", "+", "encore", "another"})
_JOIN_REACH: Final = 25  # characters between the last amount and "et"
_RANGE_CONNECTORS: Final = frozenset({"-", "–", "to", "a", "ou", "or"})
_STRAY_SPACE: Final = compile_re(r"\d{1,3}(?:\.\d{3})+, \d{2}")
_REFERENCE_WORDS: Final = word_set(
    """n no nº num numero ref reference facture dossier contrat client article art compte
    commande order invoice case account ticket tel telephone phone mobile portable cp iban
    bic siret siren code postal bp cedex rue avenue boulevard"""
)
_ORDINAL_ARTICLES: Final = word_set(
    "le la du au ma sa ta mon son ton votre notre cette ce chaque une"
)
_ORDINAL_NOUNS: Final = word_set(
    """fois mois jour semaine echeance mensualite versement paiement relance lettre courrier
    rappel annee etage arrondissement trimestre prelevement tranche enfant appel"""
)


# ---------------------------------------------------------------------------- context

_PERIOD_AFTER: Final = compile_re(
    r"""[ \t\u00a0\u202f]*(?:(?:max(?:imum)?|mini(?:mum)?|environ|tops|au\s+(?:max(?:imum)?|moins))\.?\s*,?\s*)?
    (?:(?:le|the|on\s+the|on)\s+\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?=(?:chaque|each|every)\s))?
    (?:
        (?P<fortnight>(?:/|par|per|a|each|every|chaque)\s*(?:quinzaine|fortnight)\b|fortnightly\b
            |bi-?weekly\b|bimensuel(?:le)?s?\b|tou(?:te|t)?s?\s+les\s+(?:15|quinze)\s+jours\b
            |tou(?:te|t)?s?\s+les\s+(?:2|deux)\s+semaines\b|every\s+(?:2|two|other)\s+weeks?\b
            |every\s+other\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b
            |(?:(?:par|[aà]\s+chaque)\s+pay[ea]?\s*,?\s*)?aux\s+(?:2|deux)\s+semaines\b|every\s+(?:14|15|fourteen|fifteen)\s+days\b)
       |(?P<month>(?:/|par|per|a|each|every|chaque)\s*(?:mois|month)\b|/\s*(?:mo|mth|m)\b|par\s+moi\b
            |tou[st]?\s+les\s+mois\b|mensuel(?:le)?s?\b|mensuellement\b|monthly\b)
       |(?P<week>(?:/|par|per|a|each|every|chaque)\s*(?:semaine|semene|smaine|semaines|sem|week|wk)\b
            |toutes\s+les\s+semaines\b|weekly\b|hebdo(?:madaire)?s?\b)
       |(?P<year>(?:/|par|per|a|each|every|chaque)\s*(?:an|ann[ée]e|year|yr)\b|per\s+annum\b
            |tous\s+les\s+ans\b|annuel(?:le)?s?\b|annually\b|yearly\b)
       |(?P<weak_month>p\.?c\.?m\b|p/m\b|pm\b)
       |(?P<weak_week>p/w\b|pw\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_EACH_AFTER: Final = compile_re(
    r"""\s*(?:chacun(?:e)?s?\b|each\b(?!\s+(?:month|week|year|fortnight))|[x×]\s*\d{1,2}\b
    |par\s+(?:versement|mensualit[ée]|[ée]ch[ée]ance)\b|per\s+(?:instal(?:l)?ment|payment)\b
    |[aà]\s+chaque\s+fois\b|each\s+time\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# Why: in "6 monthly payments" the 6 counts payments, it is no monthly amount.
_PLAN_NOUN_AFTER: Final = compile_re(
    r"\s*(?:instal(?:l)?ments?|payments?|repayments?|versements?|paiements?|pr[ée]l[èe]vements?|[ée]ch[ée]ances?)\b",
    re.IGNORECASE,
)
_MULTIPLIER_BEFORE: Final = compile_re(
    r"(?<![€£$])\b(?P<number>\d{1,3}|[^\W\d_]+)(?:\s*[x×]|\s+fois(?:\s+(?:de|d['’]))?)\s*\Z",
    re.IGNORECASE,
)
_NOUN_BEFORE: Final = compile_re(
    r"""(?:\b(?P<en_adjective>monthly|weekly|fortnightly|equal|regular)\s+)?
    \b(?P<noun>mensualit[ée]s?|[ée]ch[ée]ances?|tranches?|traites?|versements?|paiements?|pr[ée]l[èe]vements?
        |r[èe]glements?|remboursements?|virements?|acomptes?|sommes?|montants?|ch[èe]ques?
        |instal(?:l)?ments?|payments?|repayments?|transfers?|deposits?|sums?|amounts?|checks?|lots)
    (?:\s+(?P<fr_adjective>mensuel(?:le)?s?|hebdomadaires?|[ée]gales?|r[ée]guli[èe]re?s?))?
    \s*(?:\bde\s|\bd['’]|\bof\s)\s*(?:(?:environ|about|around|only|just|seulement|max(?:imum)?)\s+)?\Z""",
    re.IGNORECASE | re.VERBOSE,
)
# Nouns whose amount is the amount of each instalment even in the singular.
_EACH_NOUNS: Final = ("mensualit", "echeance", "tranche", "traite", "instalment", "installment")
_PLURAL_EACH_NOUNS: Final = (
    "versements", "paiements", "prelevements", "reglements", "remboursements", "virements",
    "payments", "repayments", "transfers", "cheques", "checks", "lots",
)  # fmt: skip
_ADJECTIVE_PERIODS: Final = {
    "mensuel": "month", "monthly": "month", "hebdomadaire": "week", "weekly": "week",
    "fortnightly": "fortnight", "mensualit": "month",
}  # fmt: skip
_LOOKBACK: Final = 60
_MULTIPLIER_ENDINGS: Final = ("fois", "x", "×", "de", "d'", "d’")
_NOUN_ENDINGS: Final = (
    "de", "d'", "d’", "of", "environ", "about", "around", "only", "just", "seulement", "max", "maximum",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Before:
    """What the words just before an amount say about it."""

    each: bool = False
    period: str | None = None
    is_money_context: bool = False


def _context_before(text: str, start: int) -> _Before:
    window = text[max(0, start - _LOOKBACK) : start]
    # Why: the regexes below scan the whole window; most amounts follow none of these endings.
    tail = window.rstrip().lower()
    if tail.endswith(_MULTIPLIER_ENDINGS) and _is_multiplier(_MULTIPLIER_BEFORE.search(window)):
        return _Before(each=True, is_money_context=True)
    match = _NOUN_BEFORE.search(window) if tail.endswith(_NOUN_ENDINGS) else None
    if match is None:
        return _Before()
    noun = _fold(match.group("noun"))
    adjective = _fold(match.group("en_adjective") or match.group("fr_adjective") or "")
    each = bool(adjective) or noun.startswith(_EACH_NOUNS) or noun in _PLURAL_EACH_NOUNS
    period = next(
        (
            period
            for stem, period in _ADJECTIVE_PERIODS.items()
            if (adjective or noun).startswith(stem)
        ),
        None,
    )
    return _Before(each=each, period=period, is_money_context=True)


def _is_multiplier(match: re.Match[str] | None) -> bool:
    """ "4 fois", "trois x": a count before the amount; "euros x", "max" are not."""
    if match is None:
        return False
    number = match.group("number")
    return number.isdigit() or _fold(number) in _STRONG_NUMBER_WORDS


def _period_after(text: str, end: int, has_currency: bool) -> tuple[str | None, int]:
    """The period said right after an amount ("/mois", "a week") and where it ends."""
    match = _PERIOD_AFTER.match(text, end)
    if match is None or match.lastgroup is None:
        return None, end
    name = match.lastgroup
    if name.startswith("weak_"):
        # Why: "5 pm" is a time; "£50 pm" is a monthly amount only with its currency.
        return (name.removeprefix("weak_"), match.end()) if has_currency else (None, end)
    return name, match.end()


# ---------------------------------------------------------------------------- scanner


@dataclass(frozen=True, slots=True)
class _Number:
    value: Decimal
    first: int  # token index
    after: int  # token index after the number
    from_words: bool
    weak: bool  # a lone "un", "a", "one": money only with a currency word right after


@dataclass(frozen=True, slots=True)
class _Marked:
    """A number with its currency marker and cents."""

    number: _Number
    start: int  # char offset, prefix included
    end: int
    after: int  # token index after the marker and cents
    currency: str | None


class _Scanner:
    """Reads the amounts of one text, left to right, each token used at most once."""

    def __init__(self, text: str, lang: str | None, standalone: bool) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.lexicon = _lexicon(lang)
        self.standalone = standalone
        self.last_end = -1  # where the last amount read ends, for "30 € le 5 et 30 le 20"

    def amounts(self) -> list[AmountMention]:
        found: list[AmountMention] = []
        starters = _STARTERS[self.lexicon.french, self.lexicon.english]
        index = 0
        while index < len(self.tokens):
            token = self.tokens[index]
            # Why: most tokens are ordinary words; skip them before any closer look.
            read = self._amount_at(index) if token.kind == "num" or token.key in starters else None
            if read is None:
                index += 1
                continue
            mention, index = read
            found.append(mention)
            self.last_end = mention.end
        return found

    def _amount_at(self, index: int) -> tuple[AmountMention, int] | None:
        marked = self._marked_number(index)
        if marked is None:
            return None
        has_currency = marked.currency is not None
        period, period_end = _period_after(self.text, marked.end, has_currency)
        before = _context_before(self.text, marked.start)
        if not has_currency and (
            not self._bare_is_money(marked.number, period, before)
            or _PLAN_NOUN_AFTER.match(self.text, period_end)
        ):
            return None
        each = before.each or _EACH_AFTER.match(self.text, period_end) is not None
        mention = AmountMention(
            start=marked.start,
            end=marked.end,
            text=self.text[marked.start : marked.end],
            value=marked.number.value.quantize(CENT),
            currency=marked.currency,
            period=period or before.period,
            each=each,
        )
        return mention, marked.after

    # -- number and marker

    def _marked_number(self, index: int) -> _Marked | None:
        prefix = self._prefix_currency(index)
        number_index = prefix[1] if prefix else index
        number = self._number_at(number_index)
        if number is None:
            return None
        start = self.tokens[min(index, number.first)].start
        if prefix is not None:
            return self._with_cents(number, start, number.after, prefix[0], from_prefix=True)
        if not number.from_words and not self._left_clear(number.first):
            return None
        last = self.tokens[number.after - 1]
        if last.key in _NOTES:  # "a tenner" is a banknote, pounds by itself
            return _Marked(number, start, last.end, number.after, "GBP")
        suffix = self._suffix_currency(number)
        if suffix is None:
            if number.weak or not self._right_clear(number.after):
                return None
            # "je verse 300.- par mois": the Swiss dash belongs to the number.
            after = self._skip_swiss_dash(number.after) if not number.from_words else number.after
            end = self.tokens[after - 1].end
            return _Marked(number, start, end, after, self._range_currency(number))
        return self._with_cents(number, start, suffix[1], suffix[0], from_prefix=False)

    def _range_currency(self, number: _Number) -> str | None:
        """ "de 26 à 50 €", "entre 10 et 20 euros", "50 ou 60 €": the first number takes the
        currency said after the second."""
        tokens, connector = self.tokens, number.after
        if connector + 1 >= len(tokens) or number.from_words:
            return None
        before = tokens[number.first - 1].key if number.first else ""
        if before in _DATE_ARTICLES:
            return None  # "le 5 et 50 € le 10": the 5 is a day
        key = tokens[connector].key
        between = before in ("entre", "between") and key in ("et", "and")
        if key not in _RANGE_CONNECTORS and not between:
            return None
        other = self._number_at(connector + 1)
        suffix = self._suffix_currency(other) if other is not None else None
        return suffix[0] if suffix is not None else None

    def _number_at(self, index: int) -> _Number | None:
        if index >= len(self.tokens):
            return None
        token = self.tokens[index]
        if token.kind == "num":
            return self._digits_at(index)
        if token.kind == "word" and (
            token.key in self.lexicon.small
            or token.key in self.lexicon.scales
            or token.key in _WEAK_ONES
            or (token.key in _NOTES and self.lexicon.english)
        ):
            return self._words_at(index)
        return None

    def _digits_at(self, index: int) -> _Number | None:
        token = self.tokens[index]
        if self._after_leading_point(index):
            return _Number(Decimal(f"0.{token.text}"), index - 1, index + 1, False, False)
        value = _parse_digits(token.text)
        if value is None:
            return None
        after = index + 1
        if self.standalone and _STRAY_SPACE.fullmatch(
            self.text, token.start, self._end_of(index + 2)
        ):
            # A price field holds one price: "1.837, 32 €" is 1837.32 with a stray space.
            value, after = value + Decimal(self.tokens[index + 2].text) / 100, index + 3
        following = self.tokens[after] if after < len(self.tokens) else None
        if following is not None and following.key == "k" and self._thousands_k(token, after):
            value, after = value * 1000, after + 1  # "10k€", "$1.5k", "1,5 k€"
        elif following is not None and (scale := self._colloquial_scale(after)) is not None:
            value, after = value * scale, after + 1  # "2 grand", "1.5 lakh"
        elif following is not None and following.key == "virgule" and token.text.isdigit():
            decimals = self._dictated_decimals(after)  # "12 virgule 50 euros"
            if decimals is not None:
                value, after = value + decimals[0], decimals[1]
        elif following is not None and following.key in self.lexicon.scales:
            scaled = self._digits_then_scale(index)  # "2 cents euros", "3 hundred and 50"
            if scaled is not None:
                value, after = scaled
        return _Number(value, index, after, from_words=False, weak=False)

    def _digits_then_scale(self, index: int) -> tuple[Decimal, int] | None:
        """ "2 cents", "3 cent cinquante", "2 mille 500", "15 hundred", "3 hundred and 50":
        figures times the scale word said after them, and the rest said after it, in
        figures or in words (speech-to-text and SMS mix them)."""
        tokens, lexicon = self.tokens, self.lexicon
        number, word = tokens[index], tokens[index + 1]
        if not number.text.isdigit() or self.text[number.end : word.start] != " ":
            return None
        count, scale = int(number.text), lexicon.scales[word.key]
        if word.key in ("cent", "cents"):
            # "5 cents" is five cents in English, and "50 cents" fifty centimes in French.
            if lexicon.english or not 1 <= count <= 9:
                return None
        elif not 1 <= count < (100 if scale == 100 else 1000):
            return None
        return self._rest_after_scale(count * scale, scale, index + 2)

    def _rest_after_scale(self, value: int, scale: int, index: int) -> tuple[Decimal, int]:
        """`value` ends on a scale word at `index - 1`: add what is said after it below that
        scale ("cent 50", "trois cent cinquante", "2 mille 500", "hundred and 5")."""
        tokens = self.tokens
        rest = index
        if rest < len(tokens) and tokens[rest].key == "and" and self.lexicon.english:
            rest += 1
        if rest < len(tokens) and self.text[tokens[rest - 1].end : tokens[rest].start] in (" ", ""):
            following = tokens[rest]
            if following.kind == "num" and following.text.isdigit():
                if 0 < int(following.text) < scale and len(following.text) <= len(str(scale)) - 1:
                    return Decimal(value + int(following.text)), rest + 1
            elif following.key in self.lexicon.small:
                read = _read_number_words(tokens, rest, self.lexicon)
                if read is not None and 0 < read[0] < scale:
                    return Decimal(value + read[0]), read[1]
        return Decimal(value), index

    def _thousands_k(self, number: _Token, letter_index: int) -> bool:
        """ "10k", or "1,5 k€" with its sign glued to the k: thousands."""
        tokens = self.tokens
        if _glued(number, tokens[letter_index]):
            return True
        sign = tokens[letter_index + 1] if letter_index + 1 < len(tokens) else None
        return (
            self.text[number.end : tokens[letter_index].start] == " "
            and sign is not None
            and sign.key in _SYMBOLS
            and _glued(tokens[letter_index], sign)
        )

    def _after_leading_point(self, index: int) -> bool:
        """ ".75 €": a point opening a number of one or two digits."""
        token = self.tokens[index]
        if index == 0 or len(token.text) > 2 or not token.text.isdigit():
            return False
        point = self.tokens[index - 1]
        return (
            point.key == "."
            and _glued(point, token)
            and (point.start == 0 or self.text[point.start - 1].isspace())
        )

    def _end_of(self, index: int) -> int:
        return self.tokens[index].end if index < len(self.tokens) else -1

    def _words_at(self, index: int) -> _Number | None:
        key = self.tokens[index].key
        if key in _NOTES:
            return _Number(Decimal(_NOTES[key]), index, index + 1, from_words=True, weak=False)
        if key in _WEAK_ONES and key not in ("a", "an"):
            following = self.tokens[index + 1].key if index + 1 < len(self.tokens) else ""
            if following not in self.lexicon.scales:
                return _Number(Decimal(1), index, index + 1, from_words=True, weak=True)
        if key in ("a", "an"):
            if not self.lexicon.english:
                return None
            following = self.tokens[index + 1].key if index + 1 < len(self.tokens) else ""
            if following in _NOTES:  # "a tenner"
                return _Number(
                    Decimal(_NOTES[following]), index, index + 2, from_words=True, weak=False
                )
            scale = self._colloquial_scale(index + 1)
            if scale is not None:  # "a grand"
                return _Number(Decimal(scale), index, index + 2, from_words=True, weak=False)
            if following not in self.lexicon.scales:
                return _Number(Decimal(1), index, index + 1, from_words=True, weak=True)
        read = _read_number_words(self.tokens, index, self.lexicon)
        if read is None:
            return None
        value, after = Decimal(read[0]), read[1]
        last_scale = self.lexicon.scales.get(self.tokens[after - 1].key)
        if last_scale is not None and after < len(self.tokens) and self.tokens[after].kind == "num":
            value, after = self._rest_after_scale(read[0], last_scale, after)  # "cent 50"
        scale = self._colloquial_scale(after)
        if scale is not None:  # "two grand"
            value, after = value * scale, after + 1
        decimals = self._dictated_decimals(after)
        if decimals is not None:
            value, after = value + decimals[0], decimals[1]
        return _Number(value, index, after, from_words=True, weak=False)

    def _colloquial_scale(self, index: int) -> int | None:
        """1000 for the "grand" of "2 grand", 100,000 for "1.5 lakh"; English only."""
        tokens = self.tokens
        if not self.lexicon.english or index >= len(tokens):
            return None
        scale = _COLLOQUIAL_SCALES.get(tokens[index].key)
        if scale is None or tokens[index].text.istitle():
            return None  # "the Grand Hotel"
        if scale != 1000:
            return scale
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or following.kind == "sym" or following.kind == "num":
            return scale
        return scale if following.key in _AFTER_GRAND else None

    def _dictated_decimals(self, index: int) -> tuple[Decimal, int] | None:
        """ "deux cent trente-quatre virgule quatre-vingts": the decimals after a dictated
        comma (one figure, tenths; two, hundredths)."""
        tokens = self.tokens
        if not self.lexicon.french or index + 1 >= len(tokens) or tokens[index].key != "virgule":
            return None
        small = self._small_number(index + 1)
        if small is None:
            return None
        value, after = small
        token = tokens[index + 1]
        tenths = len(token.text) == 1 if token.kind == "num" else value < 10
        return Decimal(value) / (10 if tenths else 100), after

    def _prefix_currency(self, index: int) -> tuple[str, int] | None:
        """("EUR", index of the number) for "€150", "€ 89,90", "EUR29,99", "US$ 3.14"."""
        tokens = self.tokens
        token = tokens[index]
        currency = _SYMBOLS.get(token.key) or (
            _CODES.get(token.key) if token.kind == "word" else None
        )
        after = index + 1
        if token.key in ("fr", "sfr") and token.text in ("Fr", "SFr", "fr", "sfr"):
            # "Fr. 1'250.-", "SFr. 80": Swiss francs before the number (not "FR76", an IBAN).
            if after < len(tokens) and tokens[after].key == "." and _glued(token, tokens[after]):
                currency, after = "CHF", after + 1
            elif after < len(tokens) and not _glued(token, tokens[after]):
                currency = "CHF"
        if (
            token.key == "us"
            and after < len(tokens)
            and tokens[after].key == "$"
            and _glued(token, tokens[after])
        ):
            currency, after = "USD", after + 1
        if token.text in ("Rs", "rs", "RS") and after < len(tokens):
            # "Rs. 12,500", "Rs 8,000": rupees.
            if tokens[after].key == "." and _glued(token, tokens[after]):
                after += 1
            currency = "INR"
        if (
            token.text == "R"
            and after < len(tokens)
            and tokens[after].kind == "num"
            and _glued(token, tokens[after])
            and (
                len(tokens[after].text) >= 2
                or (
                    after + 1 < len(tokens)
                    and tokens[after + 1].kind == "num"
                    and len(tokens[after + 1].text) == 3
                )
            )
        ):
            # "R2 400", "R150": South African rand, the R glued to the number ("R2", a
            # reference, is not money).
            currency = "ZAR"
        if currency is None or after >= len(tokens) or tokens[after].kind != "num":
            return None
        if self.text[tokens[after - 1].end : tokens[after].start].strip():
            return None
        return currency, after

    def _prefix_of_next(self, symbol: int) -> bool:
        """A currency sign apart from the number before it and glued to a number after."""
        tokens = self.tokens
        sign = tokens[symbol]
        return (
            symbol + 1 < len(tokens)
            and tokens[symbol + 1].kind == "num"
            and tokens[symbol + 1].start == sign.end
            and sign.start > tokens[symbol - 1].end
        )

    def _suffix_currency(self, number: _Number) -> tuple[str, int] | None:
        """(currency, index after) for "150 €", "150e", "40 quid", "3.14US$", "20 €ur",
        "1'250.- CHF"."""
        tokens = self.tokens
        after = number.after
        if after >= len(tokens):
            return None
        if tokens[after].key in ".,":
            after = self._skip_swiss_dash(after)
            if after >= len(tokens):
                return None
        token, last = tokens[after], tokens[after - 1]
        if token.key in _SYMBOLS:
            if self._prefix_of_next(after):
                return None  # "15 January 2026   £1,204.80": the £ is the next sum's
            return _SYMBOLS[token.key], self._skip_euro_tail(after + 1)
        if token.kind != "word":
            return None
        if token.key == "us" and after + 1 < len(tokens) and tokens[after + 1].key == "$":
            return "USD", after + 2
        if token.key == "e" and not number.from_words:
            if self._is_ordinal(number, after) or not (
                _glued(last, token) or self._spaced_euro_letter(last, after)
            ):
                return None
            return "EUR", after + 1
        if token.text == "F" and not number.from_words:
            return self._lone_franc(number, after)
        currency = _CURRENCY_WORDS.get(token.key)
        if currency is None or (number.weak and not _glued_or_spaced(self.text, last, token)):
            return None
        following = tokens[after + 1].key if after + 1 < len(tokens) else ""
        if following == "sterling":
            return currency, after + 2
        if token.key.startswith("franc") and following in _FRANC_KINDS:
            return _FRANC_KINDS[following], after + 2
        return currency, after + 1

    def _lone_franc(self, number: _Number, letter_index: int) -> tuple[str, int] | None:
        """ "15 000 F CFP", "15 000 F": a franc sign, for an amount of francs (three digits)."""
        tokens = self.tokens
        following = tokens[letter_index + 1] if letter_index + 1 < len(tokens) else None
        if following is not None and following.key in _FRANC_KINDS:
            return _FRANC_KINDS[following.key], letter_index + 2
        if number.value < _LONE_FRANC_SMALLEST:
            return None
        return "XPF", letter_index + 1

    def _spaced_euro_letter(self, last: _Token, letter_index: int) -> bool:
        """ "75 e par cb", "50 e demain": an "e" one space after the number, ending the
        clause or followed by a payment's words, is the euro typed without its sign."""
        tokens = self.tokens
        if self.text[last.end : tokens[letter_index].start] != " ":
            return False
        following = tokens[letter_index + 1] if letter_index + 1 < len(tokens) else None
        if following is None:
            return True
        if following.kind == "sym":
            return following.key in ".,;:!?)"
        return following.key in _VERB_FOLLOWERS or following.key in _CENTS_FOLLOWERS

    def _skip_swiss_dash(self, index: int) -> int:
        """ "1'250.-": the Swiss way of writing no cents; the dash belongs to the number."""
        tokens = self.tokens
        if (
            index + 1 < len(tokens)
            and tokens[index].key in ".,"
            and tokens[index + 1].key in ("-", "–")
            and _glued(tokens[index - 1], tokens[index])
            and _glued(tokens[index], tokens[index + 1])
        ):
            return index + 2
        return index

    def _skip_euro_tail(self, index: int) -> int:
        """ "20 €ur", "€uros": the letters glued to the sign belong to it."""
        tokens = self.tokens
        if (
            index < len(tokens)
            and tokens[index].key in ("ur", "uro", "uros")
            and _glued(tokens[index - 1], tokens[index])
        ):
            return index + 1
        return index

    def _is_ordinal(self, number: _Number, letter_index: int) -> bool:
        """ "la 2e échéance", "le 3e mois": French ordinals, not euros."""
        if number.value >= 100 or number.value != number.value.to_integral_value():
            return False
        tokens = self.tokens
        before = tokens[number.first - 1].key if number.first else ""
        after = tokens[letter_index + 1].key if letter_index + 1 < len(tokens) else ""
        return before in _ORDINAL_ARTICLES or after in _ORDINAL_NOUNS

    # -- cents

    def _with_cents(
        self, number: _Number, start: int, after: int, currency: str, from_prefix: bool
    ) -> _Marked | None:
        if from_prefix:
            after = self._skip_swiss_dash(after)  # "CHF 200.– par mois"
        # Why: after a sign, glued letters are harmless ("184,20 €HT"); after a bare
        # prefixed number they are not ("€2024-118").
        if from_prefix and not self._right_clear(after) and not self._cents_follow(after):
            return None
        value = number.value
        cents = self._cents_at(after, from_prefix)
        if (
            cents is not None
            and value == value.to_integral_value()
            and not self._has_decimals(number)
        ):
            value, after = value + cents[0], cents[1]
        end = self.tokens[after - 1].end
        return _Marked(
            _Number(value, number.first, number.after, number.from_words, number.weak),
            start,
            end,
            after,
            currency,
        )

    def _has_decimals(self, number: _Number) -> bool:
        """ "75,00 €": its cents said already, the "14" on the next line is no cents."""
        last = self.tokens[number.after - 1].text
        return not number.from_words and len(last) > 3 and last[-3] in ",." and last[-2:].isdigit()

    def _cents_follow(self, index: int) -> bool:
        return index < len(self.tokens) and self.tokens[index].kind == "num"

    def _cents_at(self, index: int, from_prefix: bool) -> tuple[Decimal, int] | None:
        """Cents after the currency: "89€90", "20 euros 50", "1 USD et 23 centimes"."""
        tokens = self.tokens
        if index >= len(tokens):
            return None
        position = index
        if tokens[position].key in ("et", "and") and position + 1 < len(tokens):
            position += 1
        small = self._small_number(position)
        if small is None:
            return None
        value, after = small
        if after < len(tokens) and tokens[after].key in _CENT_WORDS:
            return Decimal(value) / 100, after + 1
        if position != index or from_prefix:
            return None
        if tokens[position].kind == "num" and len(tokens[position].text) != 2:
            return None
        if _glued(tokens[index - 1], tokens[position]) or self._ends_clause(after):
            return Decimal(value) / 100, after
        if after < len(tokens) and tokens[after].key in _CENTS_THEN_WHEN:
            return Decimal(value) / 100, after
        if tokens[position].kind == "word" and not (
            after < len(tokens) and tokens[after].key in _NOT_CENTS_AFTER
        ):
            # "soixante-quatorze euros quatre-vingt-dix vous pouvez…", "forty five pounds
            # fifty this morning": cents said in words, as speech-to-text writes them.
            return Decimal(value) / 100, after
        return None

    def _small_number(self, index: int) -> tuple[int, int] | None:
        token = self.tokens[index]
        if token.kind == "num" and token.text.isdigit() and len(token.text) <= 2:
            return int(token.text), index + 1
        if token.kind == "word":
            read = _read_number_words(self.tokens, index, self.lexicon)
            if read is not None and read[0] < 100:
                return read
        return None

    def _ends_clause(self, index: int) -> bool:
        """After "20 euros 50": the end, a punctuation mark or a period phrase."""
        if index >= len(self.tokens):
            return True
        token = self.tokens[index]
        if token.kind == "sym":
            return token.key in ".,;!?)/"
        return token.key in _CENTS_FOLLOWERS

    # -- glue and context

    def _left_clear(self, index: int) -> bool:
        """False for a number glued to a reference, a date or a code: "FA-2025", "15/03", "n°12"."""
        if index == 0:
            return True
        tokens = self.tokens
        left, number = tokens[index - 1], tokens[index]
        if not _glued(left, number):
            return True
        if left.kind == "word":
            return left.key in ("x",) and index >= 2 and tokens[index - 2].kind == "num"
        if left.kind == "num":
            return False
        char_before = self.text[left.start - 1] if left.start else " "
        if left.key in "/#°+_=@":
            return False
        if left.key == "-":
            return not char_before.isalnum()
        if left.key == ".":
            return char_before.isalpha()
        if left.key == ":":
            return not char_before.isdigit()
        return True

    def _right_clear(self, index: int) -> bool:
        """False for "10h30", "15th", "2024-118", "15/03", "10 %", "3x"."""
        tokens = self.tokens
        if index >= len(tokens):
            return True
        right, last = tokens[index], tokens[index - 1]
        if right.key == "%":
            return False
        if not _glued(last, right):
            return True
        if right.kind != "sym":
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        next_is_digit = (
            following is not None and following.kind == "num" and _glued(right, following)
        )
        return not (right.key in "/-:." and next_is_digit) and right.key not in "°"

    def _bare_is_money(self, number: _Number, period: str | None, before: _Before) -> bool:
        """A number without currency is money only in a money context (or a price field)."""
        if self.standalone:
            return True
        if number.weak or self._unit_follows(number.after) or self._reference_before(number.first):
            return False
        if period is not None or before.is_money_context:
            return True
        if number.from_words and number.value < 10:
            return False
        if not self._verb_follower_ok(number.after):
            return False
        return self._verb_before(number.first) or self._joined_to_last_amount(number.first)

    def _joined_to_last_amount(self, index: int) -> bool:
        """ "je vire 30 balles vendredi et 30 le 15": a number joined to the amount just read."""
        if index == 0 or self.last_end < 0:
            return False
        joiner = self.tokens[index - 1]
        return joiner.key in _JOINERS and joiner.start - self.last_end <= _JOIN_REACH

    def _unit_follows(self, index: int) -> bool:
        tokens = self.tokens
        return index < len(tokens) and (
            tokens[index].key in _UNIT_WORDS or tokens[index].key in "%×"
        )

    def _reference_before(self, index: int) -> bool:
        for position in range(index - 1, max(-1, index - 4), -1):
            token = self.tokens[position]
            if token.kind == "word":
                return token.key in _REFERENCE_WORDS
            if token.kind == "num":
                return False
        return False

    def _verb_before(self, index: int) -> bool:
        for position in range(index - 1, max(-1, index - 5), -1):
            key = self.tokens[position].key
            if key in _PAYMENT_VERBS:
                return True
            if key not in _VERB_FILLERS:
                return False
        return False

    def _verb_follower_ok(self, index: int) -> bool:
        if index >= len(self.tokens):
            return True
        token = self.tokens[index]
        if token.kind == "sym":
            return token.key in ".,;:!?)(\"'«»"
        return token.key in _VERB_FOLLOWERS


def _glued_or_spaced(text: str, left: _Token, right: _Token) -> bool:
    return not text[left.end : right.start].strip()


# ---------------------------------------------------------------------------- pre-check

# Why no "eur" here: it is inside "monsieur", "erreur", "heure"; the codes are looked for
# next to a digit instead (_CODE_BY_DIGIT).
# Nor "franc": it is inside "France" ("Banque de France"); francs are looked for by a digit.
_MARKERS: Final = (
    "€", "£", "$", "euro", "balle", "boule", "quid", "pound", "livre", "dollar", "buck", "chf",
    "xpf", "cfp", "fcfa", "piast", "piass", "rupee", "dinar", "dirham", "₦", "₹", "naira", "cedi",
)  # fmt: skip
_CONTEXT_HINTS: Final = (
    # periods
    "par mois", "/mois", "/ mois", "mensuel", "tous les mois", "chaque mois", "month", "semaine",
    "/sem", "hebdo", "week", "quinz", "fortnight", "15 jours", "par an", "/an", "annum", "year",
    "annuel", "annual", " pm", "pcm", "p/m",
    # payment verbs
    "pay", "pai", "vers", "regl", "règl", "rembours", "vir", "envo", "enverr", "send", "sent",
    "transf", "give", "gave", "donn", "offer", "afford", "manag", "settle", "owe", "dois", "doit",
    "devai", "devrai", "spare", "put", "mets", "mettr", " mis", "propos", "avanc", "dépos",
    "depos",
    # payment nouns and multipliers
    "acompte", "somme", "montant", "sum", "amount", "deposit", "mensual", "chéan", "chean",
    "chèque", "cheque", "check", "instal", "tranche", "fois", " x", "×",
)  # fmt: skip
_DIGIT: Final = compile_re(r"\d")
_GLUED_MARKER: Final = compile_re(r"\d(?:[ek]\b| e\b|x)", re.IGNORECASE)
_CODE_BY_DIGIT: Final = compile_re(
    r"\d\s?(?:eur|gbp|usd|xof|xaf|cad|inr|zar|aud|nzd|francs?\b|s?frs?\b|f\b)|(?:eur|gbp|usd|cad|inr|zar|aud|nzd|s?fr\.?|\brs\.?|\br)\s?\d"
)
_WORD: Final = compile_re(r"[^\W\d_]+")
_STRONG_NUMBER_WORDS: Final = (
    frozenset(
        (set(_FRENCH_SMALL) | set(_FRENCH_SCALES) | set(_ENGLISH_SMALL) | set(_ENGLISH_SCALES))
        - _WEAK_ONES
    )
    | frozenset(_NOTES)
    | frozenset(_COLLOQUIAL_SCALES)
)


def _may_hold_money(text: str) -> bool:
    """A cheap test that rules out most messages without money before tokenizing."""
    lowered = text.lower()
    if any(marker in lowered for marker in _MARKERS):
        return True
    has_digit = _DIGIT.search(text) is not None
    if has_digit and (_GLUED_MARKER.search(text) or _CODE_BY_DIGIT.search(lowered)):
        return True
    if not any(hint in lowered for hint in _CONTEXT_HINTS):
        return False
    return has_digit or not _STRONG_NUMBER_WORDS.isdisjoint(_WORD.findall(lowered))


# ---------------------------------------------------------------------------- public


def find_amounts(text: str, lang: str) -> list[AmountMention]:
    """Every amount of money in a debtor's message, in reading order."""
    if not text or not _may_hold_money(text):
        return []
    return _Scanner(text, lang, standalone=False).amounts()


def parse_price(text: str, lang: str | None = None) -> AmountMention | None:
    """The price in a standalone field value ("690,00", "€ 89,90", "ab 2.99 €").

    A bare number counts here because the whole string is known to be a price; the first
    amount with a currency marker wins, else the first number.
    """
    if not text:
        return None
    found = _Scanner(text, lang, standalone=True).amounts()
    marked = [mention for mention in found if mention.currency is not None]
    candidates = marked or found
    return candidates[0] if candidates else None


# ---------------------------------------------------------------------------- counts

_COUNT_NUMBER: Final = r"(?P<number>\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+){0,3})"
_FRENCH_PLAN_NOUNS: Final = (
    r"(?:mensualit[ée]s|versements|[ée]ch[ée]ances|paiements|pr[ée]l[èe]vements|tranches|traites"
    r"|r[èe]glements|remboursements|virements|acomptes)"
)
# "EMIs": equated monthly instalments, as Indian English says them.
_ENGLISH_PLAN_NOUNS: Final = r"(?:instal(?:l)?ments|payments|repayments|transfers|lots|emis)"
_IN_NOUNS: Final = r"(?:fois|goes|parts|lots|chunks|stages|tranches|times|bits)"
_ADJECTIVES: Final = (
    r"(?:(?:monthly|weekly|fortnightly|quarterly|equal|separate|smaller|small|regular|petit(?:e)?s"
    r"|trimestriel(?:le)?s)\s+){0,2}"
)
# The count patterns run on lower-cased text (IGNORECASE is several times slower) and only
# in a window around one of these keywords. One regex per kind: joined into one alternation
# with named groups they lose the engine's literal-prefix shortcut and cost twice as much.
_COUNT_KEYWORDS: Final = (
    ("fois", compile_re(r"fois")),
    ("plan", compile_re(
        r"mensualit|versements|ch[ée]ances|paiements|pr[ée]l[èe]vements|tranches|traites|acomptes|r[èe]glements"
        r"|remboursements|virements|instal|payments|transfers|lots|emis"
    )),
    ("spread", compile_re(r"(?:sur|over|across|en|pendant|durant|for) (?:\S+ ){1,3}(?:mois|months|semaines|weeks)")),
    ("times", compile_re(r"(?<![a-z])[x×](?![a-z])")),
    # ("split … into": the keyword runs to "into", the count after it kept in the window.)
    ("parts", compile_re(r"goes|parts|lots|chunks|stages|times|bits|ways|split[^.?!]{0,30}?\binto\b|split")),
)  # fmt: skip
_IN_COUNT: Final = compile_re(
    rf"\b(?:en|in|into)\s+{_COUNT_NUMBER}\s+{_ADJECTIVES}(?:{_IN_NOUNS}|{_FRENCH_PLAN_NOUNS}|{_ENGLISH_PLAN_NOUNS})\b"
)  # "en 3 fois", "in 3 instalments", "in two goes"
_IN_TIMES: Final = compile_re(rf"\b(?:en|in)\s+{_COUNT_NUMBER}\s*[x×](?!\w)")  # "en 4x sans frais"
_NOUN_COUNT: Final = compile_re(
    rf"\b{_COUNT_NUMBER}\s+{_ADJECTIVES}(?:{_FRENCH_PLAN_NOUNS}|{_ENGLISH_PLAN_NOUNS})\b"
)  # "3 mensualités", "6 monthly payments"
_TIMES_BEFORE: Final = compile_re(
    rf"(?<![€£$.,])\b{_COUNT_NUMBER}\s*[x×]\s*(?=(?:[€£$]\s*)?\d)"
)  # "4 x 370 €", "3x100€"
_TIMES_AFTER: Final = compile_re(
    rf"(?:[€£$]\s?\d[\d.,]*|[€£$]|\b(?:euros?|pounds|quid|dollars))\s*(?P<span>[x×]\s*{_COUNT_NUMBER})\b"
)  # "100 € x 3", "£100 x 4": the count is the "x 3" part
_SPLIT: Final = compile_re(rf"\bsplit\b[^.?!]{{0,20}}?\b{_COUNT_NUMBER}\s+(?:ways|parts)\b")
# "can I split the £900 bill into 3?": the count bare after "into".
_SPLIT_INTO: Final = compile_re(
    rf"\bsplit\b[^.?!]{{0,30}}?\binto\s+{_COUNT_NUMBER}\b(?!\s*(?:[€£$%]|k\b|\d|mois|months?|weeks?|semaines?))"
)
# "over something like 12 months", "sur environ 10 mois": the count said roughly.
_ROUGHLY: Final = (
    r"(?:(?:about|around|roughly|approximately|something like|maybe|perhaps|environ|peut-[êe]tre"
    r"|[àa] peu pr[èe]s|quelque chose comme)\s+)?"
)
_SPREAD: Final = compile_re(
    rf"\b(?:sur|over|across|en)\s+(?:the\s+(?:remaining|next|following|coming)\s+|les\s+)?{_ROUGHLY}"
    rf"{_COUNT_NUMBER}\s+(?:(?:prochains|suivants|restants|remaining)\s+)?(?:mois|months|semaines|weeks)\b"
)  # "sur 6 mois", "over 4 months", "en 10 mois": a spread read as monthly instalments;
# "over the remaining five months", "sur les trois prochains mois"
_FOIS: Final = compile_re(rf"\b{_COUNT_NUMBER}\s+fois\b")
_TIMES_WORD: Final = compile_re(rf"\b{_COUNT_NUMBER}\s+times\b")  # "can I pay 3 times?"
_DURING: Final = compile_re(
    rf"\b(?:pendant|durant|for)\s+{_ROUGHLY}{_COUNT_NUMBER}\s+(?:mois|months|semaines|weeks)\b"
)
_FOIS_FREQUENCY: Final = compile_re(
    r"\s*(?:par|per|plus|moins|mieux|trop|de\s+suite|d[ée]j[àa]|dans|cette|ce)\b"
)
_FOIS_PLAN: Final = compile_re(r"\s*(?:(?:de|d['’])\s*)?(?:[€£$]|\d)|\s*sans\s+frais|\s*\?")
_PAYMENT_STEM: Final = compile_re(
    r"pa[iy]|r[eè]gl|vers|rembours|[ée]tal|fractionn|d[ée]coup|divis|[ée]chelonn"
)
_PERIOD_WORDS: Final = compile_re(
    r"par\s+mois|/\s*mois|mensuel|tous\s+les\s+mois|chaque\s+mois|a\s+month|per\s+month"
    r"|/\s*month|monthly|each\s+month|every\s+month|par\s+semaine|a\s+week|per\s+week|weekly"
)


@dataclass(frozen=True, slots=True)
class _CountRule:
    pattern: re.Pattern[str]
    from_duration: bool = False
    only_in_plan: bool = False  # "N fois" and "pendant N mois" need a payment around them


_COUNT_RULES: Final = {
    "fois": (_CountRule(_IN_COUNT), _CountRule(_FOIS, only_in_plan=True)),
    "plan": (_CountRule(_IN_COUNT), _CountRule(_NOUN_COUNT)),
    "spread": (
        _CountRule(_SPREAD, from_duration=True),
        _CountRule(_DURING, True, only_in_plan=True),
    ),
    "times": (_CountRule(_IN_TIMES), _CountRule(_TIMES_BEFORE), _CountRule(_TIMES_AFTER)),
    "parts": (
        _CountRule(_IN_COUNT),
        _CountRule(_SPLIT),
        _CountRule(_SPLIT_INTO),
        _CountRule(_TIMES_WORD, only_in_plan=True),
    ),
}
# How far around a keyword a count pattern may reach.
_BEFORE_KEYWORD: Final = 45
_AFTER_KEYWORD: Final = 25


def lower_in_place(text: str) -> str:
    """`text` lower-cased with every offset kept (a few letters grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def find_counts(text: str, lang: str) -> list[CountMention]:
    """Every number of instalments in a debtor's message, in reading order."""
    lowered = lower_in_place(text)
    lexicon = _lexicon(lang)
    found: list[CountMention] = []
    for kind, keyword_pattern in _COUNT_KEYWORDS:
        for keyword in keyword_pattern.finditer(lowered):
            window_start = max(0, keyword.start() - _BEFORE_KEYWORD)
            window_end = keyword.end() + _AFTER_KEYWORD
            for rule in _COUNT_RULES[kind]:
                found.extend(
                    _counts_in_window(text, lowered, rule, lexicon, window_start, window_end)
                )
    return _without_overlaps(found)


def _counts_in_window(
    text: str, lowered: str, rule: _CountRule, lexicon: _Lexicon, start: int, end: int
) -> list[CountMention]:
    found = []
    for match in rule.pattern.finditer(lowered, start, end):
        mention = _count_mention(text, match, lexicon, rule.from_duration)
        if mention is not None and (not rule.only_in_plan or _in_plan(lowered, mention, rule)):
            found.append(mention)
    return found


def _count_mention(
    text: str, match: re.Match[str], lexicon: _Lexicon, from_duration: bool
) -> CountMention | None:
    count = _count_value(match.group("number"), lexicon)
    if count is None:
        return None
    group = "span" if "span" in match.re.groupindex else 0
    raw, offset = match.group(group), match.start(group)
    start = offset + len(raw) - len(raw.lstrip())
    end = offset + len(raw.rstrip())
    return CountMention(start, end, text[start:end], count, from_duration)


def _count_value(number: str, lexicon: _Lexicon) -> int | None:
    if number.isdigit():
        value = int(number)
    else:
        tokens = _tokenize(number)
        read = _read_number_words(tokens, 0, lexicon)
        if read is None or read[1] != len(tokens):
            return None
        value = read[0]
    return value if 2 <= value <= LARGEST_COUNT else None


def _in_plan(lowered: str, mention: CountMention, rule: _CountRule) -> bool:
    if rule.from_duration:
        return _during_a_plan(lowered, mention)
    return _fois_is_plan(lowered, mention)


def _fois_is_plan(lowered: str, mention: CountMention) -> bool:
    """ "3 fois 100 €", "3 fois ?" and "payer 3 fois" are plans; "appelé 3 fois" and "2 fois par mois" are not."""
    if _FOIS_FREQUENCY.match(lowered, mention.end):
        return False
    if _FOIS_PLAN.match(lowered, mention.end):
        return True
    return _PAYMENT_STEM.search(lowered, max(0, mention.start - 30), mention.start) is not None


def _during_a_plan(lowered: str, mention: CountMention) -> bool:
    """ "50 € par mois pendant 6 mois" is 6 instalments; "malade pendant 3 mois" is not."""
    return (
        _PERIOD_WORDS.search(lowered, max(0, mention.start - _LOOKBACK), mention.start) is not None
    )


def _without_overlaps(mentions: list[CountMention]) -> list[CountMention]:
    kept: list[CountMention] = []
    for mention in sorted(mentions, key=lambda found: (found.start, -found.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
