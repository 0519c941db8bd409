"""Which case a bank credit pays: a pure matcher over an index of the office's cases.

    index = CaseIndex.of_cases(rows, claim_rows)   # once per import, ~1 µs a case
    index.add_debtors(payers)                      # the debtors the payers may be
    found = match_line(line, index)                # a Match: cases, score, reason

The evidence, strongest first, each with its score (0–100) and the reason a clerk reads:

| evidence                                                      | score | outcome     |
|---------------------------------------------------------------|-------|-------------|
| the case's ISO 11649 reference in the structured field        | 100   | matched     |
| the same reference typed in the free text                     | 98    | matched     |
| the case reference in the free text                           | 95    | matched     |
| an invoice (claim) reference, distinctive, of one open case   | 90    | matched     |
| the payer's IBAN is one case's debtor's, and the amount fits  | 92    | matched     |
| the payer's IBAN is one case's debtor's, the amount does not  | 75    | to review   |
| the payer's name is one case's debtor's, and the amount fits  | 70    | to review   |
| several candidates, a short invoice number, a name alone      | ≤ 70  | to review   |
| nothing                                                       | 0     | unmatched   |

"The amount fits" means it equals what the case was asked for: its balance as last
computed, a pending promise, the next instalment of a plan, or an open checkout (within
a cent). Only identity evidence (a reference) or an IBAN with a fitting amount is booked
without a person: a name is never enough, so what is auto-matched is right.

Several references of this office in one transfer make a grouped payment: the cases are
matched together and the booking spreads the amount (`payments.reconcile`). References
that disagree (the structured one names one case, the text another) go to a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from amiable.payments.reference import case_id_of, case_ids_in_text
from amiable.payments.statements.model import StatementLine
from amiable.portfolio.keys import ASCII_OTHERS, iban_key, name_key, reference_key

AUTO_SCORE = 90
"""At or above: booked without a person. Below: a person confirms or reassigns."""

_TOKEN = re.compile(r"[0-9A-Za-z]+")
# Statuses in which a case takes no payment without a person (its money may not be
# asked for, or the case is over): the line is put to review, with the reason.
_HOLD_STATUSES = {
    "closed": "the case is closed",
    "legal_stop": "the case is under a legal stop (insolvency, over-indebtedness, death)",
    "handed_over": "the case was handed over to court recovery",
}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    case_id: int
    reference: str
    currency: str
    status: str


class _Facts(Mapping[int, CaseFacts]):
    """The cases' facts, kept as plain tuples (a million objects cost seconds to make);
    a `CaseFacts` is made when a line asks for one."""

    def __init__(self) -> None:
        self.rows: dict[int, Sequence[Any]] = {}  # (id, reference, currency, status)

    def __getitem__(self, case_id: int) -> CaseFacts:
        _, reference, currency, status = self.rows[case_id]
        return CaseFacts(case_id, reference, currency, status)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self.rows

    def __iter__(self) -> Iterator[int]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class CaseIndex:
    """What the matcher knows of the office's cases, by every key a transfer may carry."""

    cases: _Facts = field(default_factory=_Facts)
    by_reference: dict[str, int] = field(default_factory=dict)  # normalised case reference
    by_claim: dict[str, list[int]] = field(default_factory=dict)  # normalised invoice ref
    by_iban: dict[str, list[int]] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)  # name key: sorted tokens
    # What each case was asked for (cents): filled for the candidates that need it.
    expected: dict[int, set[int]] = field(default_factory=dict)
    longest_reference: int = 0
    # Lines already matched by a reference (`payments.reconcile.case_index` matches them
    # before it looks payers up): the same answer, not computed twice.
    known: dict[StatementLine, Match] = field(default_factory=dict)

    @classmethod
    def of_cases(
        cls, cases: Iterable[Sequence[Any]], claims: Iterable[Sequence[Any]] = ()
    ) -> CaseIndex:
        """`cases`: (id, reference, currency, status); `claims`: (case id, claim reference).
        The hot loop of a million cases: keys made inline (bytes.translate), rows kept as
        they come."""
        index = cls()
        rows = index.cases.rows
        by_reference = index.by_reference
        drop = ASCII_OTHERS
        longest = 0
        for row in cases:
            case_id, reference = row[0], row[1]
            rows[case_id] = row
            if reference.isascii():
                key = reference.encode().translate(None, drop).upper().decode()
            else:
                key = reference_key(reference)
            if len(key) >= 4:
                by_reference[key] = case_id
                if len(key) > longest:
                    longest = len(key)
        by_claim: dict[str, list[int]] = {}
        for case_id, claim_reference in claims:
            if claim_reference.isascii():
                key = claim_reference.encode().translate(None, drop).upper().decode()
            else:
                key = reference_key(claim_reference)
            if len(key) >= 4 and case_id in rows:
                cases_of = by_claim.get(key)
                if cases_of is None:
                    by_claim[key] = [case_id]
                elif case_id not in cases_of:
                    cases_of.append(case_id)
                if len(key) > longest:
                    longest = len(key)
        index.by_claim = by_claim
        index.longest_reference = longest
        return index

    def add_debtors(self, debtors: Iterable[Sequence[Any]]) -> None:
        """(case id, debtor's name key, debtor's IBAN) of the cases payers may be."""
        for case_id, key, iban in debtors:
            if case_id not in self.cases:
                continue
            if iban:
                cases = self.by_iban.setdefault(iban_key(iban), [])
                if case_id not in cases:
                    cases.append(case_id)
            if key:
                cases = self.by_name.setdefault(key, [])
                if case_id not in cases:
                    cases.append(case_id)

    def candidates_needing_amounts(self, lines: Iterable[StatementLine]) -> set[int]:
        """The cases whose expected amounts the weak evidence (IBAN, name) of `lines` needs."""
        wanted: set[int] = set()
        for line in lines:
            if line.counterparty_iban:
                wanted.update(self.by_iban.get(iban_key(line.counterparty_iban), ()))
            if line.counterparty_name:
                wanted.update(self.by_name.get(name_key(line.counterparty_name), ()))
        return wanted


@dataclass(frozen=True, slots=True)
class Match:
    case_ids: tuple[int, ...]  # one case, several for a grouped payment, none if unmatched
    score: int
    reason: str

    @property
    def auto(self) -> bool:
        return bool(self.case_ids) and self.score >= AUTO_SCORE


def match_line(line: StatementLine, index: CaseIndex) -> Match:
    """The case(s) a credit line pays, with a score and the reason (see the module's table)."""
    known = index.known.get(line)
    if known is not None:
        return known
    structured = case_id_of(line.structured_reference) if line.structured_reference else None
    if structured is not None and structured not in index.cases:
        structured = None  # a reference of amiable's form naming no case of this office
    in_text = case_ids_in_text(line.remittance, index.cases)
    by_reference, doubt = _references_in_text(
        line.remittance, index.by_reference, index.longest_reference
    )
    strong: list[int] = []
    for case_id in ([structured] if structured is not None else []) + in_text + by_reference:
        if case_id not in strong:
            strong.append(case_id)
    if structured is not None and len(strong) > 1:
        others = ", ".join(index.cases[case_id].reference for case_id in strong[1:])
        return Match(
            tuple(strong), 60,
            f"the structured reference names case {index.cases[structured].reference} but the "
            f"text names {others}: a person decides",
        )  # fmt: skip
    if strong:
        reason = _strong_reason(structured, in_text, strong, index)
        if doubt and structured is None and not in_text:
            return Match(tuple(strong), 70, f"{reason}; but {doubt}: a person confirms")
        return _checked(line, index, tuple(strong), _strong_score(structured, in_text, strong),
                        reason)  # fmt: skip
    claims = _claims_in_text(line.remittance, index)
    if claims:
        return claims if claims.score < AUTO_SCORE else _checked(line, index, claims.case_ids,
                                                                  claims.score, claims.reason)  # fmt: skip
    return _by_payer(line, index)


def _strong_score(structured: int | None, in_text: list[int], strong: list[int]) -> int:
    if structured is not None:
        return 100
    if strong and strong[0] in in_text:
        return 98
    return 95


def _strong_reason(
    structured: int | None, in_text: list[int], strong: list[int], index: CaseIndex
) -> str:
    references = ", ".join(index.cases[case_id].reference for case_id in strong)
    if structured is not None:
        why = "the structured creditor reference (RF) names case"
    elif strong[0] in in_text:
        why = "the transfer text carries the RF reference of case"
    else:
        why = "the transfer text names case"
    grouped = " (a grouped payment)" if len(strong) > 1 else ""
    return f"{why}{'s' if len(strong) > 1 else ''} {references}{grouped}"


def _checked(
    line: StatementLine, index: CaseIndex, case_ids: tuple[int, ...], score: int, reason: str
) -> Match:
    """Identity is established; what may still stop the booking: currency, case status."""
    for case_id in case_ids:
        facts = index.cases[case_id]
        if facts.currency != line.currency:
            return Match(case_ids, min(score, 70),
                         f"{reason}; but the case is in {facts.currency}, the credit in "
                         f"{line.currency}")  # fmt: skip
        held = _HOLD_STATUSES.get(facts.status)
        if held:
            return Match(case_ids, min(score, 70), f"{reason}; but {held}")
    return Match(case_ids, score, reason)


def _references_in_text(
    text: str, references: Mapping[str, int], longest: int
) -> tuple[list[int], str | None]:
    """Case references written in the text, however split: "DOS-2026-0042", "DOS 2026 0042",
    "dos20260042" all read as DOS20260042 (one to four consecutive words joined). With
    them, why they are doubtful, if they are: digits only joined from several words or
    short (a date, an amount: "2026-04-12", "123,45"), or two readings of the same words
    ("DOS-1 100": DOS-1, or DOS-1100?)."""
    found: list[int] = []
    spans: list[tuple[int, int]] = []
    doubt: str | None = None
    for start, end, key in _windows(text, longest):
        case_id = references.get(key)
        if case_id is None:
            continue
        if key.isdigit() and (end > start or len(key) < 6):
            doubt = doubt or f"{key} may be a date or an amount as well as a case reference"
        if any(start <= last and first <= end for first, last in spans):
            doubt = doubt or "the same words read as two case references"
        spans.append((start, end))
        if case_id not in found:
            found.append(case_id)
    return found, doubt


MAX_REFERENCE_KEY = 64
"""A reference's key is at most as long as the reference (64 characters)."""


def text_keys(text: str) -> Iterator[tuple[int, int, str]]:
    """Every reference key the text can form (`_windows` with no office to bound it)."""
    return _windows(text, MAX_REFERENCE_KEY)


def _windows(text: str, longest: int) -> Iterator[tuple[int, int, str]]:
    """(first word, last word, key) for every run of one to four words of the text joined
    into a reference key that has a digit and is no longer than the longest reference."""
    words = [word.upper() for word in _TOKEN.findall(text)]
    for start in range(len(words)):
        key = ""
        for end in range(start, min(start + 4, len(words))):
            key += words[end]
            if len(key) > longest:
                break
            if any(char.isdigit() for char in key):
                yield start, end, key


def _claims_in_text(text: str, index: CaseIndex) -> Match | None:
    """Invoice numbers: what a business debtor quotes. A distinctive one of a single case
    is identity; a short or shared one only a suggestion."""
    hits: dict[int, str] = {}
    shared = False
    for _, _, key in _windows(text, index.longest_reference):
        cases = index.by_claim.get(key)
        if cases:
            shared = shared or len(cases) > 1
            for case_id in cases:
                hits.setdefault(case_id, key)
    if not hits:
        return None
    ids = tuple(hits)
    keys = ", ".join(sorted(set(hits.values())))
    distinctive = all(_distinctive(key) for key in hits.values())
    if len(ids) == 1 and distinctive and not shared:
        return Match(ids, 90, f"the transfer text names invoice {keys} of case "
                              f"{index.cases[ids[0]].reference}")  # fmt: skip
    names = ", ".join(index.cases[case_id].reference for case_id in ids[:5])
    return Match(ids, 65, f"the transfer text names invoice(s) {keys}, found on case(s) {names}: "
                          "too short or shared to be sure")  # fmt: skip


def _distinctive(key: str) -> bool:
    """An invoice reference unlikely to be a date, an amount or another number."""
    has_letter = any(char.isalpha() for char in key)
    return len(key) >= 6 and (has_letter or len(key) >= 8)


def _by_payer(line: StatementLine, index: CaseIndex) -> Match:
    """No reference: the payer's account, then name, with the amount."""
    if line.counterparty_iban:
        cases = [
            case_id
            for case_id in index.by_iban.get(iban_key(line.counterparty_iban), ())
            if index.cases[case_id].currency == line.currency
        ]
        fitting = [case_id for case_id in cases if _fits(line.amount_cents, index, case_id)]
        if len(fitting) == 1:
            return _checked(line, index, (fitting[0],), 92,
                            f"the payer's IBAN is the debtor's of case "
                            f"{index.cases[fitting[0]].reference} and the amount is what it was "
                            "asked for")  # fmt: skip
        if len(cases) == 1:
            return Match((cases[0],), 75,
                         f"the payer's IBAN is the debtor's of case "
                         f"{index.cases[cases[0]].reference}, but the amount is not one it was "
                         "asked for")  # fmt: skip
        if cases:
            names = ", ".join(index.cases[case_id].reference for case_id in cases[:5])
            return Match(tuple(cases), 60,
                         f"the payer's IBAN is the debtor's of several cases ({names})")  # fmt: skip
    if line.counterparty_name:
        cases = [
            case_id
            for case_id in index.by_name.get(name_key(line.counterparty_name), ())
            if index.cases[case_id].currency == line.currency
        ]
        fitting = [case_id for case_id in cases if _fits(line.amount_cents, index, case_id)]
        if len(fitting) == 1:
            return Match((fitting[0],), 70,
                         f"the payer's name is the debtor's of case "
                         f"{index.cases[fitting[0]].reference} and the amount is what it was "
                         "asked for; a name alone is not proof")  # fmt: skip
        if cases:
            names = ", ".join(index.cases[case_id].reference for case_id in cases[:5])
            return Match(tuple(cases[:5]), 40, f"the payer's name is the debtor's of {names}")
    return Match((), 0, "no reference, account or name of a case")


def _fits(amount_cents: int, index: CaseIndex, case_id: int) -> bool:
    expected = index.expected.get(case_id, ())
    return any(abs(amount_cents - cents) <= 1 for cents in expected)
