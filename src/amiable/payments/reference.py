"""The structured creditor reference (ISO 11649, "RF…") a debtor quotes on a transfer.

    case_payment_reference(case_id)        -> "RF71A0000001Z"   (compact)
    reference_text("RF71A0000001Z")        -> "RF71 A000 0001 Z"  (as printed)
    case_id_of("rf71 a000 0001 z")         -> 1296 + …           (or None)

One reference per case, derived from its id, so nothing is stored and a million cases
need no new column: `A` (amiable's mark, so that a stranger's RF reference on the same
account is not read as ours) followed by the case id in base 36, at least seven
characters. ISO 11649's two check digits (ISO 7064 MOD 97-10) catch every single typo
and every swap of two characters, so a reference that passes them names the case it was
made for; the matcher still checks that the amount makes sense for that case.

A bank passes the reference in the structured remittance field (camt
`RmtInf/Strd/CdtrRefInf/Ref`, the EPC QR code's reference); a debtor typing it by hand
puts it in the free text, often with spaces: both are read.
"""

from __future__ import annotations

import re

from stdnum import iso11649

_MARK = "A"
_DIGITS36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BODY_MIN = 7
# "RF", two digits, then up to 21 letters or digits, spaces allowed between groups.
_IN_TEXT = re.compile(r"\bRF\s?\d{2}(?:\s?[0-9A-Z]){1,21}\b", re.IGNORECASE)


def case_payment_reference(case_id: int) -> str:
    """The compact RF reference of a case: "RF" + check digits + "A" + base-36 id."""
    if case_id <= 0:
        raise ValueError("a case id is positive")
    digits = ""
    number = case_id
    while number:
        number, digit = divmod(number, 36)
        digits = _DIGITS36[digit] + digits
    body = _MARK + digits.rjust(_BODY_MIN, "0")
    return f"RF{_check_digits(body)}{body}"


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
    if len(body) < 2 or body[0] != _MARK:
        return None
    try:
        case_id = int(body[1:], 36)
    except ValueError:  # pragma: no cover - is_valid admits letters and digits only
        return None
    return case_id or None


def case_ids_in_text(text: str) -> list[int]:
    """Every amiable RF reference written in free text, in order, without repeats."""
    found: list[int] = []
    for match in _IN_TEXT.finditer(text):
        # Spaces let the pattern run on into the next word ("RF71 A000 0001 Z PAIEMENT"):
        # the longest prefix whose check digits hold is the reference.
        compact = "".join(match.group(0).split()).upper()
        for end in range(len(compact), 4, -1):
            case_id = case_id_of(compact[:end])
            if case_id is not None:
                if case_id not in found:
                    found.append(case_id)
                break
    return found


def _check_digits(body: str) -> str:
    # ISO 7064 MOD 97-10 over body + "RF00", letters as 10–35; 98 minus the remainder.
    number = int("".join(str(int(char, 36)) for char in body + "RF00"))
    return f"{98 - number % 97:02d}"
