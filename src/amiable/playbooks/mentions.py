"""Content gates on a rendered message (compliance.md §0.4, §1.1, §1.2, §1.4).

- The first letter to a debtor in France carries the mandatory mentions of CPCE R124-4;
  omitting one is a criminal contravention (R124-7), so the check fails closed.
- Every later message recalls the first letter's reference and date (R124-4, last para.),
  and names the agency and the creditor (C. consom. L121-2: who acts for whom is clear).
- No message contains a deny-listed phrase: threats, false legal status, imitation of a
  court officer or public authority (C. consom. L121-6, C. pén. 433-13), and, toward a
  consumer, recovery fees (CPCE L111-8).
- An SMS keeps the amount and the nature of the debt out of its first 40 characters, which
  a locked phone shows to whoever holds it, and names its sender.

Texts are compared folded: accents, case, apostrophes and spaces (Babel's no-break
spaces included) do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from amiable.ledger.choices import DebtorType
from amiable.playbooks.context import (
    L111_8_TEXT,
    L111_8_TRANSLATION,
    MessageContext,
    day_short_text,
    day_text,
    money_text,
)

SMS_PRIVATE_PREFIX = 40  # what a lock screen shows of an SMS, roughly


@dataclass(frozen=True)
class Problem:
    kind: str  # "missing" or "forbidden"
    name: str  # the mention's name, or the deny-listed phrase
    reason: str  # the rule, for people

    def __str__(self) -> str:
        return f"{self.kind}: {self.name}"


# Folding ------------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "“": '"', "”": '"'})  # fmt: skip


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _bare(run: str) -> str:
    """A run of non-ASCII characters with straight quotes, compatibility forms decomposed
    and combining marks (the accents NFKD splits off) dropped."""
    decomposed = unicodedata.normalize("NFKD", run.translate(_QUOTES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, no accents, straight quotes, single spaces: what comparisons see.
    Cached: a message is folded whole, line by line and rule by rule.

    Only the non-ASCII runs of a text need Unicode work (a French letter has about one
    character in thirty): they are folded one by one, and cached, while the rest is
    copied as it is — the same result as folding the whole text, five times faster."""
    bare = _NOT_ASCII.sub(lambda run: _bare(run.group()), text.replace("`", "'"))
    return " ".join(bare.casefold().split())


def _fold_reference(text: str) -> str:
    """The plain definition of `fold`, which the tests hold it to."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def fold_lines(text: str) -> list[str]:
    return [fold(line) for line in text.splitlines()]


@dataclass(frozen=True)
class _Reading:
    """A rendered text, folded once for every check."""

    whole: str
    lines: tuple[str, ...]
    compact: str  # no spaces at all: an IBAN printed in groups of four or not

    @classmethod
    def of(cls, text: str) -> _Reading:
        lines = tuple(fold_lines(text))
        # The folded lines joined are the folded whole (folding turns every run of
        # whitespace, line breaks included, into one space): no second pass over the text.
        whole = " ".join(line for line in lines if line)
        return cls(whole=whole, lines=lines, compact=whole.replace(" ", ""))

    def has(self, phrase: str) -> bool:
        folded = fold(phrase)
        return bool(folded) and folded in self.whole

    def has_all(self, phrases: tuple[str, ...]) -> bool:
        return bool(phrases) and all(self.has(phrase) for phrase in phrases)

    def line_with(self, labels: tuple[str, ...], value: str) -> bool:
        """A line naming one of `labels` and showing `value`: an itemised amount."""
        folded_value = fold(value)
        return any(
            folded_value in line and any(fold(label) in line for label in labels)
            for line in self.lines
        )


# Mandatory mentions ------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A mandatory element of a message, found in its rendered text or missing."""

    name: str
    source: str
    present: Callable[[_Reading, MessageContext], bool]


def _money(context: MessageContext, amount: Decimal) -> str:
    return money_text(amount, context.currency, context.lang)


def _has_day(reading: _Reading, context: MessageContext, day: date) -> bool:
    return reading.has(day_text(day, context.lang)) or reading.has(
        day_short_text(day, context.lang)
    )


def _first_letter_named(reading: _Reading, context: MessageContext) -> bool:
    letter = context.first_letter
    return (
        letter is not None
        and reading.has(letter.reference)
        and _has_day(reading, context, letter.sent_on)
    )


def _payment_instructions(reading: _Reading, context: MessageContext) -> bool:
    payment = context.payment
    iban = payment.iban and fold(payment.iban).replace(" ", "") in reading.compact
    portal = payment.portal_url and reading.has(payment.portal_url)
    return bool(iban or portal) and reading.has(payment.reference)


# R124-4 4°: "une demande de payer". The phrases the shipped letters use, in both languages.
_DEMANDS = (
    re.compile(r"vous (demandons|prions|invitons) de (bien vouloir )?regler"),
    re.compile(r"we (ask|request) (that )?you (to )?pay"),
    re.compile(r"please pay"),
)
_ACTIVITY = ("recouvrement amiable", "amicable debt recovery", "amicable debt collection")
_PRINCIPAL_LABELS = ("principal",)
_INTEREST_LABELS = ("intérêts", "interest")
_ACCESSORY_LABELS = ("accessoires", "accessories", "other sums")

FIRST_LETTER_MENTIONS: tuple[Mention, ...] = (
    Mention("agent_identity", "R124-4 1°", lambda r, c: r.has(c.agency.name)),
    Mention("agent_address", "R124-4 1°", lambda r, c: r.has_all(c.agency.address_lines)),
    Mention("amicable_activity_statement", "R124-4 1°",
            lambda r, c: any(r.has(phrase) for phrase in _ACTIVITY)),
    Mention("creditor_identity", "R124-4 2°", lambda r, c: r.has(c.creditor.name)),
    Mention("creditor_address", "R124-4 2°", lambda r, c: r.has_all(c.creditor.address_lines)),
    Mention("debt_basis", "R124-4 3°", lambda r, c: r.has(c.basis)),
    Mention("principal", "R124-4 3°",
            lambda r, c: r.line_with(_PRINCIPAL_LABELS, _money(c, c.balance.principal))),
    Mention("interest", "R124-4 3°",
            lambda r, c: r.line_with(_INTEREST_LABELS, _money(c, c.balance.interest))),
    Mention("accessories", "R124-4 3°",
            lambda r, c: r.line_with(_ACCESSORY_LABELS, _money(c, c.balance.accessories))),
    Mention("demand_to_pay", "R124-4 4°",
            lambda r, c: any(pattern.search(r.whole) for pattern in _DEMANDS)),
    Mention("payment_instructions", "R124-4 4°", _payment_instructions),
    Mention("L111_8_block", "R124-4 5°", lambda r, c: r.has(L111_8_TEXT)),
    # The letter shows its own reference and date, which every later step recalls.
    Mention("first_letter_reference", "R124-4 (last paragraph)", _first_letter_named),
)  # fmt: skip

LATER_MESSAGE_MENTIONS: tuple[Mention, ...] = (
    Mention("first_letter_recall", "R124-4 (last paragraph)", _first_letter_named),
    Mention("agent_identity", "C. consom. L121-2", lambda r, c: r.has(c.agency.name)),
    Mention("creditor_identity", "C. consom. L121-2", lambda r, c: r.has(c.creditor.name)),
)


def missing_mentions(
    reading: _Reading, context: MessageContext, *, first_letter: bool, recall_required: bool
) -> list[Problem]:
    mentions = FIRST_LETTER_MENTIONS if first_letter else LATER_MESSAGE_MENTIONS
    return [
        Problem("missing", mention.name, mention.source)
        for mention in mentions
        if (first_letter or recall_required or mention.name != "first_letter_recall")
        and not mention.present(reading, context)
    ]


# Deny-lists ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DenyRule:
    phrase: str  # folded; a regular expression matched on word boundaries
    reason: str
    consumer_only: bool = False  # recovery fees: lawful toward a business (L441-10)
    # Collector types for which the phrase is their true status (a commissaire de justice
    # may say so); empty means forbidden for everyone.
    allowed_for: frozenset[str] = frozenset()


_THREAT = "threat of an action that is not legally possible or not decided (C. consom. L121-6)"
_COURT_OFFICER = "confusion with a court officer or a judicial act (C. pén. 433-13)"
_FALSE_STATUS = "false legal status or imminent court action (C. consom. L121-2, L121-6)"
_PRESSURE = "pressure or shaming (C. consom. L121-6; ASF accord, ANCR charter)"
_PUBLIC = "imitation of a public authority (C. pén. 433-13)"
_FEES = "recovery fees asked of a consumer (CPCE L111-8; former C. consom. L122-16)"
_COMMISSAIRE = frozenset({"commissaire"})

DENY_FRENCH: tuple[DenyRule, ...] = (
    DenyRule("prison", _THREAT), DenyRule("emprisonnement", _THREAT),
    DenyRule("arrestation", _THREAT), DenyRule("garde a vue", _THREAT),
    DenyRule("police", _THREAT), DenyRule("gendarmerie", _THREAT),
    DenyRule("penal(e|es|ement)?", _THREAT), DenyRule("plainte", _THREAT),
    DenyRule("ficp", _THREAT), DenyRule("fichage", _THREAT), DenyRule("ficher", _THREAT),
    DenyRule("huissiers?", _COURT_OFFICER, allowed_for=_COMMISSAIRE),
    DenyRule("commissaires? de justice", _COURT_OFFICER, allowed_for=_COMMISSAIRE),
    DenyRule("commandement de payer", _COURT_OFFICER), DenyRule("signification", _COURT_OFFICER),
    DenyRule("saisies?", _THREAT), DenyRule("saisir (vos|votre|ton|tes)", _THREAT),
    DenyRule("execution forcee", _COURT_OFFICER), DenyRule("expulsion", _THREAT),
    DenyRule("tribunal", _FALSE_STATUS), DenyRule("assignation", _FALSE_STATUS),
    DenyRule("poursuites?", _FALSE_STATUS), DenyRule("dernier avis", _FALSE_STATUS),
    DenyRule("contentieux", _FALSE_STATUS), DenyRule("service juridique", _FALSE_STATUS),
    DenyRule("(notre|nos) avocats?", _FALSE_STATUS),
    DenyRule("dernier avertissement", _PRESSURE), DenyRule("derniere chance", _PRESSURE),
    DenyRule("sous peine", _PRESSURE), DenyRule("votre employeur", _PRESSURE),
    DenyRule("vos voisins", _PRESSURE), DenyRule("votre (famille|entourage)", _PRESSURE),
    DenyRule("republique francaise", _PUBLIC), DenyRule("tresor public", _PUBLIC),
    DenyRule("au nom de la loi", _PUBLIC), DenyRule("officier (de justice|ministeriel)", _PUBLIC),
    DenyRule("frais de (recouvrement|dossier|relance|gestion|procedure|intervention)", _FEES,
             consumer_only=True),
)  # fmt: skip

DENY_ENGLISH: tuple[DenyRule, ...] = (
    DenyRule("arrest(ed)?", _THREAT), DenyRule("prison", _THREAT), DenyRule("jail", _THREAT),
    DenyRule("imprisonment", _THREAT), DenyRule("police", _THREAT), DenyRule("criminal", _THREAT),
    DenyRule("bailiffs?", _COURT_OFFICER, allowed_for=_COMMISSAIRE),
    DenyRule("enforcement (agent|officer)s?", _COURT_OFFICER), DenyRule("sheriff", _COURT_OFFICER),
    DenyRule("writ", _COURT_OFFICER), DenyRule("summons", _FALSE_STATUS),
    DenyRule("court (order|action|date|summons|proceedings)", _FALSE_STATUS),
    DenyRule("(take|taken|taking) you to court", _FALSE_STATUS),
    DenyRule("legal (action|proceedings)", _FALSE_STATUS), DenyRule("lawsuit", _FALSE_STATUS),
    DenyRule("sue(d)?", _FALSE_STATUS), DenyRule("judgment", _FALSE_STATUS),
    DenyRule("seiz(e|ed|ure)", _THREAT), DenyRule("garnish(ment|ee)?", _THREAT),
    DenyRule("repossess(ion)?", _THREAT), DenyRule("attachment of earnings", _THREAT),
    DenyRule("eviction", _THREAT), DenyRule("blacklist(ed)?", _THREAT),
    DenyRule("doorstep", _PRESSURE), DenyRule("home visit", _PRESSURE),
    DenyRule("visit your home", _PRESSURE),
    DenyRule("final (notice|warning)", _PRESSURE), DenyRule("last chance", _PRESSURE),
    DenyRule("or else", _PRESSURE), DenyRule("your employer", _PRESSURE),
    DenyRule("your (neighbours|neighbors|family)", _PRESSURE),
    DenyRule("(our|the) (lawyers|solicitors)", _FALSE_STATUS),
    DenyRule("legal department", _FALSE_STATUS), DenyRule("government", _PUBLIC),
    DenyRule("(collection|recovery|administration|admin|late|processing) (fees?|costs?)", _FEES,
             consumer_only=True),
)  # fmt: skip

_LOCKED_TEXTS = (fold(L111_8_TEXT), fold(L111_8_TRANSLATION))
_COMPILED: dict[str, re.Pattern[str]] = {}


def _pattern(rule: DenyRule) -> re.Pattern[str]:
    pattern = _COMPILED.get(rule.phrase)
    if pattern is None:
        pattern = _COMPILED[rule.phrase] = re.compile(rf"(?<!\w)(?:{rule.phrase})(?!\w)")
    return pattern


def deny_rules(context: MessageContext) -> list[DenyRule]:
    """The rules that apply to this debtor and this office. Both languages always: an
    English message may quote a French phrase."""
    consumer = context.debtor.type == DebtorType.CONSUMER.value
    return [
        rule
        for rule in (*DENY_FRENCH, *DENY_ENGLISH)
        if (consumer or not rule.consumer_only)
        and context.agency.collector_type not in rule.allowed_for
    ]


def forbidden_phrases(
    text: str, context: MessageContext, *, folded: str | None = None
) -> list[Problem]:
    """The deny-listed phrases in `text`; `folded` is `fold(text)` when the caller has it."""
    if folded is None:
        folded = fold(text)
    # The locked L111-8 text speaks of recovery costs and the enforcement judge: it is
    # the law reproduced, not something the agency says.
    for locked in _LOCKED_TEXTS:
        folded = folded.replace(locked, " ")
    rules = deny_rules(context)
    if not _any_pattern(tuple(rule.phrase for rule in rules)).search(folded):
        # Nearly every message is clean: one search over all the phrases says so.
        return []
    return [
        Problem("forbidden", rule.phrase, rule.reason)
        for rule in rules
        if _pattern(rule).search(folded)
    ]


@lru_cache(maxsize=16)
def _any_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds any of the phrases. The phrases are grouped by their first
    letter, so that at each word the engine tries the few that can start there rather
    than all seventy (a letter is read three to ten times faster); a phrase that does not
    start with a plain letter is tried everywhere, as before."""
    by_letter: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for phrase in phrases:
        first, rest = phrase[:1], phrase[1:]
        if first.isalpha() and first.isascii() and not rest.startswith(("?", "*", "+", "{")):
            by_letter.setdefault(first, []).append(f"(?:{rest})")
        else:
            anywhere.append(f"(?:{phrase})")
    alternatives = [
        f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(by_letter.items())
    ] + anywhere
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives) or '(?!)'})(?!\w)")


def forbidden_match(rule_phrase: str, line: str) -> bool:
    """Whether the folded `line` holds the deny-listed phrase (to point at a source line)."""
    pattern = _COMPILED.get(rule_phrase) or re.compile(rf"(?<!\w)(?:{rule_phrase})(?!\w)")
    return bool(pattern.search(fold(line)))


# The checks ----------------------------------------------------------------------------


def find_problems(
    text: str, *, first_letter: bool, context: MessageContext, recall_required: bool = True
) -> list[Problem]:
    """Missing mentions, then forbidden phrases, of one rendered text."""
    reading = _Reading.of(text)
    missing = missing_mentions(
        reading, context, first_letter=first_letter, recall_required=recall_required
    )
    return missing + forbidden_phrases(text, context, folded=reading.whole)


def check_rendered(
    text: str, *, first_letter: bool, context: MessageContext, recall_required: bool = True
) -> list[str]:
    """What is wrong with a rendered message: "missing: <mention>" for each mandatory
    mention absent (R124-4 for a first letter; the first letter's recall, the agency and
    the creditor for any later message), and "forbidden: <phrase>" for each deny-listed
    phrase found. Empty means it may go. `recall_required=False` only for a message sent
    before any recovery began (a reminder before the due date)."""
    problems = find_problems(
        text, first_letter=first_letter, context=context, recall_required=recall_required
    )
    return [str(problem) for problem in problems]


# Discretion: a message that may reach someone other than the debtor -------------------


def discretion_problems(text: str, context: MessageContext) -> list[Problem]:
    """A reply to a wrong number or to a relative after a death reveals nothing of the
    debt to whoever reads it: no amount, no creditor, no case reference, no word of a
    debt (CPCE R124-4 protects the debtor's privacy; FDCPA §805(b) and CONC 7.6 say the
    same of third parties)."""
    folded = fold(text)
    problems = []
    if _CURRENCY_MARKS.search(folded) or any(
        fold(_money(context, amount)) in folded
        for amount in (context.balance.total_due, context.balance.principal)
    ):
        problems.append(Problem("forbidden", "amount", "discreet message: no amount"))
    if fold(context.creditor.name) in folded:
        problems.append(Problem("forbidden", "creditor", "discreet message: no creditor"))
    if fold(context.case_reference) in folded:
        problems.append(Problem("forbidden", "case reference", "discreet message"))
    # "du" (dû) is also the commonest French article: a discreet text may say it.
    words = [
        w for w in _DEBT_WORDS if w != "du" and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded)
    ]
    if words:
        problems.append(
            Problem("forbidden", ", ".join(words), "discreet message: no word of a debt")
        )
    return problems


# SMS: what a lock screen shows ---------------------------------------------------------

_DEBT_WORDS = (
    "dette", "impaye", "recouvrement", "creance", "facture", "relance", "retard", "solde",
    "du", "doit", "devez", "credit", "pret", "loyer", "debt", "unpaid", "overdue", "arrears",
    "owe", "owed", "owing", "collection", "recovery", "invoice", "balance", "loan", "rent",
)  # fmt: skip
_CURRENCY_MARKS = re.compile(r"[€$£]|(?<!\w)(eur|euros?|usd|gbp)(?!\w)")


def sms_privacy_problems(text: str, context: MessageContext) -> list[str]:
    """An SMS names its sender, and keeps any amount and the nature of the debt out of
    the first 40 characters a locked phone displays."""
    problems = []
    if fold(context.agency.name) not in fold(text):
        problems.append("the SMS does not name its sender (the agency)")
    # The sender must be named, whatever its name says ("Alcyon Recouvrement"): its name
    # is not read as a word about the debt.
    head = fold(text[:SMS_PRIVATE_PREFIX]).replace(fold(context.agency.name), " ")
    amounts = [context.balance.total_due, context.balance.principal]
    if context.promise is not None:
        amounts.append(context.promise.amount)
    if _CURRENCY_MARKS.search(head) or any(fold(_money(context, a)) in head for a in amounts):
        problems.append(f"an amount shows in the first {SMS_PRIVATE_PREFIX} characters")
    words = [*_DEBT_WORDS, *(fold(claim.label) for claim in context.balance.claims)]
    found = [word for word in words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", head)]
    if found or fold(context.basis) in head:
        problems.append(
            f"the nature of the debt shows in the first {SMS_PRIVATE_PREFIX} characters: "
            f"{', '.join(found) or 'its basis'}"
        )
    return problems
