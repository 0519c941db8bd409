"""Which case a bank credit pays: a pure matcher over an index of the office's cases.

    index = CaseIndex.build(rows, claim_rows)      # once per import, ~1 µs a case
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
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from amiable.payments.reference import case_id_of, case_ids_in_text
from amiable.payments.statements.model import StatementLine

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
    debtor_name: str


@dataclass
class CaseIndex:
    """What the matcher knows of the office's cases, by every key a transfer may carry."""

    cases: dict[int, CaseFacts] = field(default_factory=dict)
    by_reference: dict[str, int] = field(default_factory=dict)  # normalised case reference
    by_claim: dict[str, list[int]] = field(default_factory=dict)  # normalised invoice ref
    by_iban: dict[str, list[int]] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)  # name key: sorted tokens
    # What each case was asked for (cents): filled for the candidates that need it.
    expected: dict[int, set[int]] = field(default_factory=dict)
    longest_reference: int = 0

    @classmethod
    def build(
        cls,
        cases: Iterable[tuple[int, str, str, str, str, str | None]],
        claims: Iterable[tuple[int, str]] = (),
    ) -> CaseIndex:
        """`cases`: (id, reference, currency, status, debtor name, debtor IBAN);
        `claims`: (case id, claim reference)."""
        index = cls()
        by_iban: defaultdict[str, list[int]] = defaultdict(list)
        by_name: defaultdict[str, list[int]] = defaultdict(list)
        longest = 0
        for case_id, reference, currency, status, name, iban in cases:
            index.cases[case_id] = CaseFacts(case_id, reference, currency, status, name)
            key = normal_reference(reference)
            if len(key) >= 4:
                index.by_reference[key] = case_id
                longest = max(longest, len(key))
            if iban:
                by_iban[normal_iban(iban)].append(case_id)
            name_key = normal_name(name)
            if name_key:
                by_name[name_key].append(case_id)
        by_claim: defaultdict[str, list[int]] = defaultdict(list)
        for case_id, claim_reference in claims:
            key = normal_reference(claim_reference)
            if len(key) >= 4 and case_id in index.cases:
                cases_of = by_claim[key]
                if case_id not in cases_of:
                    cases_of.append(case_id)
                longest = max(longest, len(key))
        index.by_iban, index.by_name, index.by_claim = dict(by_iban), dict(by_name), dict(by_claim)
        index.longest_reference = longest
        return index

    def candidates_needing_amounts(self, lines: Iterable[StatementLine]) -> set[int]:
        """The cases whose expected amounts the weak evidence (IBAN, name) of `lines` needs."""
        wanted: set[int] = set()
        for line in lines:
            if line.counterparty_iban:
                wanted.update(self.by_iban.get(normal_iban(line.counterparty_iban), ()))
            if line.counterparty_name:
                wanted.update(self.by_name.get(normal_name(line.counterparty_name), ()))
        return wanted


@dataclass(frozen=True, slots=True)
class Match:
    case_ids: tuple[int, ...]  # one case, several for a grouped payment, none if unmatched
    score: int
    reason: str

    @property
    def auto(self) -> bool:
        return bool(self.case_ids) and self.score >= AUTO_SCORE


def normal_reference(text: str) -> str:
    return "".join(_TOKEN.findall(text)).upper()


def normal_iban(text: str) -> str:
    return "".join(text.split()).upper()


def normal_name(text: str) -> str:
    """A name as a key: accents, case, punctuation, civilities and word order ignored."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    words = sorted(word for word in _TOKEN.findall(folded) if word not in _CIVILITIES)
    return " ".join(words)


_CIVILITIES = frozenset(
    {"M", "MR", "MME", "MLLE", "MRS", "MS", "MISS", "MONSIEUR", "MADAME", "OU", "ET", "SAS",
     "SARL", "SA", "EURL", "SASU", "LTD", "LLC", "INC", "DR"}
)  # fmt: skip


def match_line(line: StatementLine, index: CaseIndex) -> Match:
    """The case(s) a credit line pays, with a score and the reason (see the module's table)."""
    text = f"{line.structured_reference or ''} {line.remittance}"
    structured = case_id_of(line.structured_reference) if line.structured_reference else None
    if structured is not None and structured not in index.cases:
        structured = None  # a reference of amiable's form naming no case of this office
    in_text = case_ids_in_text(line.remittance, index.cases)
    by_reference = _references_in_text(line.remittance, index.by_reference, index.longest_reference)
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
        return _checked(line, index, tuple(strong), _strong_score(structured, in_text, strong),
                        _strong_reason(structured, in_text, strong, index, text))  # fmt: skip
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
    structured: int | None, in_text: list[int], strong: list[int], index: CaseIndex, text: str
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


def _references_in_text(text: str, references: Mapping[str, int], longest: int) -> list[int]:
    """Case references written in the text, however split: "DOS-2026-0042", "DOS 2026 0042",
    "dos20260042" all read as DOS20260042 (one to three consecutive words joined)."""
    words = [word.upper() for word in _TOKEN.findall(text)]
    found: list[int] = []
    for start in range(len(words)):
        key = ""
        for end in range(start, min(start + 4, len(words))):
            key += words[end]
            if len(key) > longest:
                break
            case_id = references.get(key)
            if case_id is not None and case_id not in found and any(c.isdigit() for c in key):
                found.append(case_id)
    return found


def _claims_in_text(text: str, index: CaseIndex) -> Match | None:
    """Invoice numbers: what a business debtor quotes. A distinctive one of a single case
    is identity; a short or shared one only a suggestion."""
    words = [word.upper() for word in _TOKEN.findall(text)]
    hits: dict[int, str] = {}
    shared = False
    for start in range(len(words)):
        key = ""
        for end in range(start, min(start + 4, len(words))):
            key += words[end]
            if len(key) > index.longest_reference:
                break
            cases = index.by_claim.get(key)
            if cases and any(c.isdigit() for c in key):
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
            for case_id in index.by_iban.get(normal_iban(line.counterparty_iban), ())
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
            for case_id in index.by_name.get(normal_name(line.counterparty_name), ())
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
