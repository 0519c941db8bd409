"""The structured creditor reference (ISO 11649, "RF…") a debtor quotes on a transfer.

    case_payment_reference(4242)           -> "RF79A00004242"      (compact)
    reference_text("RF79A00004242")        -> "RF79 A000 0424 2"   (as printed)
    case_id_of("rf79 a000 0424 2")         -> 4242                 (or None)

One reference per case, derived from its id, so nothing is stored and a million cases
need no new column: `A` (amiable's mark, so that a stranger's RF reference on the same
account is not read as ours) followed by the case id in digits, at least eight. On
digits, ISO 11649's two check digits (ISO 7064 MOD 97-10) catch every single wrong
character and every swap of two neighbours, so a typed reference that passes them names
the case it was made for. (On letters they would not: a letter counts as two digits, and
"0" → "G" can keep the remainder; hence no base 36.)

A bank passes the reference in the structured remittance field (camt
`RmtInf/Strd/CdtrRefInf/Ref`, the EPC QR code's reference); a debtor typing it by hand
puts it in the free text, often with spaces: both are read.
"""

from __future__ import annotations

import re
from collections.abc import Container

from stdnum import iso11649
from stdnum.iso7064 import mod_97_10

_MARK = "A"
_BODY_MIN = 8
# "RF", two digits, then up to 21 letters or digits, spaces allowed between groups.
_IN_TEXT = re.compile(r"\bRF\s?\d{2}(?:\s?[0-9A-Z]){1,21}\b", re.IGNORECASE)


def case_payment_reference(case_id: int) -> str:
    """The compact RF reference of a case: "RF" + check digits + "A" + the id in digits."""
    if case_id <= 0:
        raise ValueError("a case id is positive")
    body = _MARK + str(case_id).rjust(_BODY_MIN, "0")
    # ISO 7064 MOD 97-10 over body + "RF" (+ the two digits): the remainder must be 1.
    return f"RF{mod_97_10.calc_check_digits(body + 'RF')}{body}"


def reference_text(reference: str) -> str:
    """As printed for people: groups of four ("RF71 A000 0001 Z")."""
    return str(iso11649.format(reference))


def case_id_of(reference: str) -> int | None:
    """The case a reference names, or None if it is not a valid amiable RF reference."""
    compact = "".join(reference.split()).upper()
    # The check digits are digits (python-stdnum would read a letter there as 10–35).
    if not compact[2:4].isdigit() or not iso11649.is_valid(compact):
        return None
    body = compact[4:]
    # Digits after the mark: MOD 97-10 then catches every single wrong digit and every
    # swap of two neighbours (a letter typed for a digit is refused here).
    if len(body) < 2 or body[0] != _MARK or not body[1:].isdigit():
        return None
    case_id = int(body[1:])
    # The very form we print: a typed reference run on into the next number ("… 1 3
    # échéance") can pass the check digits with a longer body, never in this form.
    if not case_id or body[1:] != str(case_id).rjust(_BODY_MIN, "0"):
        return None
    return case_id


def case_ids_in_text(text: str, known: Container[int] | None = None) -> list[int]:
    """Every amiable RF reference written in free text, in order, without repeats; with
    `known`, only those naming a case in it."""
    found: list[int] = []
    for match in _IN_TEXT.finditer(text):
        case_id = _read_in_text(match.group(0), known)
        if case_id is not None and case_id not in found:
            found.append(case_id)
    return found


def _read_in_text(written: str, known: Container[int] | None) -> int | None:
    """Spaces let the pattern run on into the next words ("RF71 A000 0001 Z PAIEMENT"): the
    reference ends at the end of a word, the longest such prefix whose check digits hold
    (and that names a known case) first; a prefix ending inside a word last."""
    words = written.upper().split()
    compact = "".join(words)
    ends, length = [], 0
    for word in words:
        length += len(word)
        ends.append(length)
    inside = [end for end in range(len(compact), 4, -1) if end not in ends]
    for end in [*reversed(ends), *inside]:
        if end < 5:
            continue
        case_id = case_id_of(compact[:end])
        if case_id is not None and (known is None or case_id in known):
            return case_id
    return None
