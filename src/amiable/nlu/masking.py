"""Masking personal data out of a debtor's message before it leaves the machine.

The LLM reader sends messages to a third-party endpoint; what it needs is the meaning
(intents, dates, amounts), never who wrote it or how to reach them. Each piece of personal
data is replaced by a numbered placeholder such as [EMAIL_1] or [PHONE_2]; the same value
gets the same placeholder wherever it appears, so the message keeps its sense.

Amounts and dates are left as they are on purpose: they are exactly what the reader needs.
The detectors are cheap regular expressions, tuned to over-mask rather than to leak.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# A single separator inside a phone number: space, dot, dash, or the no-break spaces
# French typography puts between digit pairs.
_SEP = r"[ .\-\u00a0\u202f]?"

EMAIL = re.compile(r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)

# "FR76 3000 6000 0112 3456 7890 189", "GB82WEST12345698765432": groups of four, the last one
# shorter. Upper case only, so a following "le 15" is never taken as one more group.
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b")

# 13 to 19 digits in one run, in groups of four, or in the 4-6-5 American Express layout.
# Only these layouts: a looser "any digits with spaces" would swallow an amount written just
# before a phone number ("150 0612345678"). Cards never start with 0, which keeps
# "0033 6 12 34 56 78" for the phone detector.
CARD = re.compile(
    r"(?<![\w+])(?:[1-9]\d{12,18}|[1-9]\d{3}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?|3\d{3}[ \-]\d{6}[ \-]\d{5})(?![\w])"
)

PHONE = re.compile(
    rf"""
    (?<![\w+/])
    (?:
        (?:\+|00)33{_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d{{2}}){{4}}          # France, international
      | (?:\+|00)44{_SEP}(?:\(0\){_SEP})?\d{{2,4}}{_SEP}\d{{3,4}}{_SEP}\d{{3,4}}  # UK, international
      | \+[1-9]\d{{0,2}}(?:{_SEP}\(?\d{{1,4}}\)?){{2,6}}                      # any country, +…
      | 0[1-9](?:{_SEP}\d{{2}}){{4}}                                          # France, national
      | \(?0\d{{2,4}}\)?{_SEP}\d{{3,4}}{_SEP}\d{{3,4}}                        # UK, national
      | \(?0\d{{3,4}}\)?{_SEP}\d{{6}}                                         # UK, 5+6 digits
      | (?:1{_SEP})?\(?[2-9]\d{{2}}\)?{_SEP}[2-9]\d{{2}}{_SEP}\d{{4}}         # North America
    )
    (?![\w/])
    """,
    re.VERBOSE,
)

_STREET_WORDS_FR = (
    r"rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|impasse|route|quai|cours|square"
    r"|passage|r[ée]sidence|lotissement|hameau|lieu-dit|villa|cit[ée]|sentier"
)
# "12 rue de la Paix", "3 bis, avenue Foch": up to the end of the line or a comma.
STREET_FR = re.compile(
    rf"\b\d{{1,4}}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:{_STREET_WORDS_FR})\b[^\n,;.]{{0,60}}",
    re.IGNORECASE,
)

_STREET_WORDS_EN = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Crescent|Place|Pl"
    r"|Gardens|Terrace|Boulevard|Blvd|Square|Row|Mews|Grove"
)
# "221B Baker Street", "10 Downing St": a number, capitalised words, a street word.
STREET_EN = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?[ \t]+(?:[A-Z][\w'\-]*[ \t]+){{1,4}}(?:{_STREET_WORDS_EN})\b\.?"
)

# Words after a five-digit number that make it an amount or a date, not a postcode and town.
_NOT_A_TOWN = (
    r"(?i:euros?|eur|€|dollars?|usd|pounds?|livres?|gbp|fois|mois|jours?|le|la|les|ce|cette"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|today|tomorrow|demain|ok|merci|thanks)\b"
)
_TOWN_WORD = r"[A-ZÀ-Ý][\w'’]*"
# "75002 Paris", "93200 Saint-Denis", "75008 PARIS CEDEX 08": a French postcode and its town.
POSTCODE_FR = re.compile(
    rf"\b(?:0[1-9]|[1-8]\d|9[0-8])\d{{3}}[ \t]+(?!{_NOT_A_TOWN}){_TOWN_WORD}"
    rf"(?:[ \-]{_TOWN_WORD})*(?:[ \t]+(?i:cedex)(?:[ \t]+\d{{1,2}})?)?"
)
# "SW1A 1AA", "M1 1AE": the UK shape, upper case only so ordinary words never match.
POSTCODE_UK = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b")
_US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
    r"|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
# "Springfield, IL 62701", "Washington, DC 20500-0003": a town, a comma, a state and a ZIP
# code. The town is required, as state codes are also words ("euros, OK 15000" is an amount).
POSTCODE_US = re.compile(
    rf"\b(?P<town>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)*),[ \t]*"
    rf"(?P<zip>(?:{_US_STATES})[ \t]\d{{5}}(?:-\d{{4}})?)\b"
)

# A person's name: one to three capitalised words ("Marie Lenoir", "Jean-Pierre DUPONT",
# "Anne de La Tour"). Case-sensitive on purpose: only the cue before it ignores case.
_NAME_WORD = r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*"
_PARTICLE = r"(?:de|du|des|da|van|von|le|la)[ \t]+"
_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE})?{_NAME_WORD}){{0,2}})"
_TITLE = r"(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mlle\.?|Dr\.?|Madame|Monsieur|Mademoiselle|Miss)"

_SIGN_OFF = (
    r"(?i:bien cordialement|cordialement|bien [àa] vous|sinc[èe]res salutations|salutations"
    r"|respectueusement|bonne journ[ée]e|merci beaucoup|merci d'avance|merci|best regards"
    r"|kind regards|warm regards|regards|best wishes|best|many thanks|thanks|thank you"
    r"|cheers|yours sincerely|yours faithfully|yours truly|sincerely|--)"
)
# A sign-off then a name filling the rest of its line: "Cordialement,\nMarie Lenoir",
# "Regards, Ben". Requiring the end of the line keeps a following sentence unmasked.
SIGNATURE = re.compile(
    rf"(?:^|(?<=[\s.!]))(?:{_SIGN_OFF})[ \t]*[,.!]?[ \t]*\n?\s*(?:{_TITLE}[ \t]+)?"
    rf"{_NAME}[ \t]*[.!]?[ \t]*$",
    re.MULTILINE,
)
_INTRODUCTION = r"(?i:je m'appelle|je m’appelle|je suis|moi c'est|my name is|this is|i am|i'm|it's)"
# A name introduced by its owner or by a title: "je m'appelle Marie", "Mme Lenoir".
INTRODUCED = re.compile(
    rf"(?:\b{_INTRODUCTION}[ \t]+(?:{_TITLE}[ \t]+)?|(?<![\w.]){_TITLE}[ \t]+){_NAME}"
)
# Greeting a named person: "Bonjour Marie", "Dear Mr Smith", "Hi Ben".
GREETING = re.compile(
    r"(?:^|(?<=[\s.!]))(?i:bonjour|bonsoir|salut|cher|ch[èe]re|dear|hello|hi|hey)[ \t]+"
    rf"(?:{_TITLE}[ \t]+)?{_NAME}",
    re.MULTILINE,
)

# Capitalised words that the name patterns would take but that are ordinary words; masking
# them would hide meaning ("Merci\nVendredi" is a day, not a person).
_NOT_NAMES = frozenset(
    word
    for line in (
        "je j tu il elle on nous vous ils elles i we you he she they it this that there here",
        "ok oui non yes no merci bonjour cordialement thanks regards sorry please stop",
        "désolé desole désolée desolee absent absente urgent important malade",
        "madame monsieur mademoiselle sir madam mesdames messieurs team all service client support",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "monday tuesday wednesday thursday friday saturday sunday",
        "janvier février fevrier mars avril mai juin juillet août aout septembre octobre",
        "novembre décembre decembre january february march april may june july august",
        "september october november december",
        "le la les un une the a an pour for au en à ce ça cela",
    )
    for word in line.split()
)

_Replacement = Callable[[re.Match[str]], str]


@dataclass(frozen=True, slots=True)
class Masked:
    """A message with its personal data replaced by placeholders.

    `originals` maps each placeholder back to what it hid; it stays on this machine and
    must never be sent or logged.
    """

    text: str
    originals: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """How many distinct values of each kind were masked, e.g. {"EMAIL": 1}."""
        counts: dict[str, int] = {}
        for placeholder in self.originals:
            kind = placeholder[1:].rsplit("_", 1)[0]
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    def summary(self) -> str:
        """What was masked, without the values, for the evidence: "1 email, 2 phone"."""
        counts = self.counts()
        if not counts:
            return "nothing to mask"
        return ", ".join(f"{count} {kind.lower()}" for kind, count in sorted(counts.items()))

    def unmask(self, text: str) -> str:
        """Put the original values back into `text` (e.g. an answer quoting a placeholder)."""
        for placeholder, original in self.originals.items():
            text = text.replace(placeholder, original)
        return text


class _Masker:
    """Numbers the placeholders of one message: one number per distinct value of a kind."""

    def __init__(self) -> None:
        self.originals: dict[str, str] = {}
        self._placeholders: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def placeholder(self, kind: str, value: str) -> str:
        key = (kind, _normalised(value))
        if key not in self._placeholders:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            placeholder = f"[{kind}_{self._counts[kind]}]"
            self._placeholders[key] = placeholder
            self.originals[placeholder] = value.strip()
        return self._placeholders[key]

    def whole(self, kind: str, accept: Callable[[str], bool] | None = None) -> _Replacement:
        """A replacement hiding the whole match, when `accept` (if any) agrees."""

        def replace(match: re.Match[str]) -> str:
            value = match.group(0)
            if accept is not None and not accept(value):
                return value
            return self.placeholder(kind, value)

        return replace

    def zip_code(self, match: re.Match[str]) -> str:
        """Hide the state and ZIP code, keep the town; nothing when the "town" is a word."""
        town = match.group("town")
        if _is_ordinary(town.split()[-1]):
            return match.group(0)
        whole = match.group(0)
        start = match.start("zip") - match.start(0)
        return whole[:start] + self.placeholder("POSTCODE", match.group("zip"))

    def name_only(self, match: re.Match[str]) -> str:
        """Hide the name group only: the cue before it ("Cordialement", "Mme") stays."""
        name = _trim_ordinary_words(match.group("name"))
        if not name:
            return match.group(0)
        whole = match.group(0)
        start = match.start("name") - match.start(0)
        return whole[:start] + self.placeholder("NAME", name) + whole[start + len(name) :]


def _normalised(value: str) -> str:
    """The same e-mail or phone written twice gets one placeholder, whatever its spacing."""
    return "".join(
        character for character in value.lower() if character.isalnum() or character in "@+"
    )


def _is_ordinary(word: str) -> bool:
    return word.lower().strip("'’.") in _NOT_NAMES


def _trim_ordinary_words(name: str) -> str:
    """The name without trailing ordinary words; empty when it starts with one."""
    words = name.split()
    if not words or _is_ordinary(words[0]):
        return ""
    while _is_ordinary(words[-1]):
        # Cut at the last word's own position, so the spacing inside the name is kept.
        name = name[: name.rfind(words.pop())].rstrip()
    return name


def _digit_count(value: str) -> int:
    return sum(character.isdigit() for character in value)


def _is_phone(value: str) -> bool:
    digits = _digit_count(value)
    if value.startswith(("+", "00")):
        return 8 <= digits <= 15
    return 10 <= digits <= 11


def _is_iban(value: str) -> bool:
    # A real IBAN is mostly digits; this keeps runs of capitalised words glued to a number
    # ("AB12 CDEF GHIJ") from being taken for one.
    compact = "".join(value.split())
    return 15 <= len(compact) <= 34 and _digit_count(compact) >= 10


def mask(text: str) -> Masked:
    """Replace e-mails, phones, IBANs, cards, addresses and names by placeholders."""
    masker = _Masker()
    # Order matters: long structured numbers first, so a phone detector never takes part of
    # an IBAN or a card; names last, as they lean on words the others leave alone.
    text = EMAIL.sub(masker.whole("EMAIL"), text)
    text = IBAN.sub(masker.whole("IBAN", _is_iban), text)
    text = CARD.sub(masker.whole("CARD"), text)
    text = PHONE.sub(masker.whole("PHONE", _is_phone), text)
    text = STREET_FR.sub(masker.whole("ADDRESS"), text)
    text = STREET_EN.sub(masker.whole("ADDRESS"), text)
    text = POSTCODE_FR.sub(masker.whole("POSTCODE"), text)
    text = POSTCODE_UK.sub(masker.whole("POSTCODE"), text)
    text = POSTCODE_US.sub(masker.zip_code, text)
    text = SIGNATURE.sub(masker.name_only, text)
    text = INTRODUCED.sub(masker.name_only, text)
    text = GREETING.sub(masker.name_only, text)
    return Masked(text=text, originals=dict(masker.originals))
