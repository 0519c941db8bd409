"""QR codes printed on letters: the debtor's payment page, or a ready-made bank transfer.

Two payloads:

- `portal_qr(url)`: the link to the debtor's secure payment page, which the letter also
  prints in full (the code is a convenience, never the only way to find the page).
- `epc_qr(...)`: the European Payments Council "SEPA Credit Transfer" code (EPC069-12,
  the "GiroCode"). A banking app that scans it fills in the payee, the IBAN, the amount and
  the reference, so the money arrives with the reference the reconciliation looks for and
  without a mistyped IBAN. The norm fixes what we follow here: service tag `BCD`, version
  `002` (the BIC may be left out inside the EEA), character set `1` (UTF-8), `SCT`, at most
  70 characters of name, an amount `EUR<units>.<cents>` from 0.01 to 999999999.99, either a
  structured creditor reference (ISO 11649 "RF…", at most 35 characters) or a remittance
  text (at most 140), elements separated by a line feed with nothing after the last one
  given, at most 331 bytes, error correction level M and QR version 13 at most.

`rf_reference` builds an ISO 11649 creditor reference ("RF" + two mod-97 check digits +
the office's own reference), and `is_rf_reference` checks one.

A `QrCode` holds its payload and the segno symbol, and draws itself on a ReportLab canvas
(module by module, as vector rectangles: no bitmap to blur when a mail house reprints).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Literal
from urllib.parse import urlsplit

import segno
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

QrKind = Literal["portal", "epc"]

# EPC069-12: the error correction level is fixed to M and the version may not exceed 13.
EPC_ERROR_LEVEL = "M"
EPC_MAX_VERSION = 13
EPC_MAX_PAYLOAD_BYTES = 331
EPC_MIN_AMOUNT = Decimal("0.01")
EPC_MAX_AMOUNT = Decimal("999999999.99")
EPC_MAX_NAME = 70
EPC_MAX_STRUCTURED_REFERENCE = 35
EPC_MAX_REMITTANCE_TEXT = 140
# The quiet zone the QR norm (ISO/IEC 18004) asks for around a symbol, in modules.
QUIET_ZONE_MODULES = 4

# Version 002 lets the payer's bank find the BIC itself, but only inside the EEA.
EEA_COUNTRIES = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
        "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    }
)  # fmt: skip

# ISO 11649: "RF", two check digits, then 1 to 21 letters or digits.
_RF_SHAPE = re.compile(r"RF\d{2}[A-Z0-9]{1,21}")
_RF_BODY = re.compile(r"[A-Z0-9]{1,21}")
# Separators people type in references and that ISO 11649 leaves out.
_REFERENCE_SEPARATORS = str.maketrans("", "", " -_./")

CAPTIONS: dict[QrKind, dict[str, str]] = {
    "portal": {
        "fr": "Paiement en ligne : scannez ce code avec votre téléphone pour ouvrir votre "
        "espace de paiement sécurisé.",
        "en": "Pay online: scan this code with your phone to open your secure payment page.",
    },
    "epc": {
        "fr": "Paiement par virement : scannez ce code avec l'application de votre banque. "
        "Le bénéficiaire, l'IBAN, le montant et la référence sont préremplis ; "
        "vérifiez-les avant de valider.",
        "en": "Pay by bank transfer: scan this code with your banking app. The payee, the "
        "IBAN, the amount and the reference are filled in for you; check them before you "
        "confirm.",
    },
}


class QrError(ValueError):
    """A QR code cannot be made from these details; `reason` says why, for a clerk."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class InvalidPortalUrl(QrError):
    """The payment page address is not an absolute http(s) address."""


class InvalidIban(QrError):
    """The IBAN fails its checks, or lies outside the SEPA zone."""


class InvalidBic(QrError):
    """The BIC is malformed, or missing for an account outside the EEA."""


class InvalidAmount(QrError):
    """The amount is outside 0.01 – 999 999 999.99 EUR or has more than two decimals."""


class InvalidPayeeName(QrError):
    """The payee's name is empty, longer than 70 characters, or holds a line break."""


class InvalidCreditorReference(QrError):
    """An ISO 11649 reference that fails its check digits, or a reference that cannot be
    carried (empty, too long, line breaks)."""


class PayloadTooLong(QrError):
    """The payload exceeds what the EPC norm allows (331 bytes, QR version 13)."""


# ISO 11649 creditor references ---------------------------------------------------------


def _as_digits(text: str) -> int:
    """ISO 7064 mod 97-10 reads letters as numbers: A=10 … Z=35."""
    return int("".join(str(int(char, 36)) for char in text))


def rf_reference(text: str) -> str:
    """The ISO 11649 creditor reference carrying `text`: "RF", two check digits, `text`.

    Spaces, hyphens, dots, slashes and underscores are dropped (the norm allows letters and
    digits only) and letters are upper-cased, so "D-2026-0042" becomes "RF78D20260042" and
    a matcher can find it again with the same function. Anything else is refused rather
    than silently dropped: two case references must never collapse into one."""
    body = text.translate(_REFERENCE_SEPARATORS).upper()
    if not _RF_BODY.fullmatch(body):
        raise InvalidCreditorReference(
            f"a creditor reference holds 1 to 21 letters or digits, got {text!r}"
        )
    check = 98 - _as_digits(body + "RF00") % 97
    return f"RF{check:02d}{body}"


def is_rf_reference(text: str) -> bool:
    """Whether `text` (spaces ignored, as printed in groups of four) is a valid ISO 11649
    reference: its check digits make the mod-97 remainder of the rotated string 1."""
    compact = text.replace(" ", "").upper()
    if not _RF_SHAPE.fullmatch(compact):
        return False
    return _as_digits(compact[4:] + compact[:4]) % 97 == 1


# Payloads -------------------------------------------------------------------------------


def _single_line(value: str, error: type[QrError], what: str) -> str:
    if "\n" in value or "\r" in value:
        # A line break would shift every later element of the payload.
        raise error(f"the {what} may not contain a line break")
    return value.strip()


def _epc_amount(amount: Decimal) -> str:
    """ "EUR1162.34": the norm's format. Never rounded: a third decimal is refused."""
    if not isinstance(amount, Decimal):
        raise InvalidAmount(f"the amount must be a Decimal, got {type(amount).__name__}")
    if not amount.is_finite():
        raise InvalidAmount(f"the amount {amount} is not a number")
    try:
        cents = amount.quantize(Decimal("0.01"))
    except InvalidOperation as error:  # more digits than the context holds
        raise InvalidAmount(f"the amount {amount} is outside the EPC range") from error
    if cents != amount:
        raise InvalidAmount(f"the amount {amount} has more than two decimals")
    if not EPC_MIN_AMOUNT <= cents <= EPC_MAX_AMOUNT:
        raise InvalidAmount(
            f"the amount {amount} is outside {EPC_MIN_AMOUNT} – {EPC_MAX_AMOUNT} EUR"
        )
    return f"EUR{cents:.2f}"


def _epc_iban(iban: str) -> IBAN:
    try:
        account = IBAN(iban)
    except SchwiftyException as error:
        raise InvalidIban(f"the IBAN {iban!r} is not valid: {error}") from error
    if not account.in_sepa_zone:
        raise InvalidIban(f"the IBAN {account.formatted} is outside the SEPA zone")
    return account


def _epc_bic(bic: str | None, account: IBAN) -> str:
    if bic is None or not bic.strip():
        if account.country_code not in EEA_COUNTRIES:
            raise InvalidBic(
                f"a BIC is required for an account in {account.country_code} (outside the EEA)"
            )
        return ""
    try:
        return str(BIC(bic.strip()))
    except SchwiftyException as error:
        raise InvalidBic(f"the BIC {bic!r} is not valid: {error}") from error


def _epc_remittance(reference: str) -> tuple[str, str]:
    """(structured, text): an ISO 11649 reference goes in the structured element, checked;
    any other reference (the case reference the letter asks the debtor to quote) goes in the
    remittance text, verbatim, so the bank statement shows exactly what the letter says."""
    value = _single_line(reference, InvalidCreditorReference, "remittance reference")
    if not value:
        raise InvalidCreditorReference("the remittance reference is empty")
    compact = value.replace(" ", "").upper()
    if _RF_SHAPE.fullmatch(compact):
        if not is_rf_reference(compact):
            raise InvalidCreditorReference(
                f"{value!r} looks like an ISO 11649 reference but its check digits are wrong"
            )
        return compact, ""
    if len(value) > EPC_MAX_REMITTANCE_TEXT:
        raise InvalidCreditorReference(
            f"the remittance text holds {len(value)} characters, at most "
            f"{EPC_MAX_REMITTANCE_TEXT} are allowed"
        )
    return "", value


def epc_payload(
    *, name: str, iban: str, bic: str | None = None, amount: Decimal, remittance_reference: str
) -> str:
    """The EPC069-12 payload text (see the module docstring), validated element by element."""
    payee = _single_line(name, InvalidPayeeName, "payee name")
    if not payee:
        raise InvalidPayeeName("the payee name is empty")
    if len(payee) > EPC_MAX_NAME:
        raise InvalidPayeeName(
            f"the payee name holds {len(payee)} characters, at most {EPC_MAX_NAME} are allowed"
        )
    account = _epc_iban(iban)
    structured, text = _epc_remittance(remittance_reference)
    elements = [
        "BCD",
        "002",
        "1",  # UTF-8
        "SCT",
        _epc_bic(bic, account),
        payee,
        account.compact,
        _epc_amount(amount),
        "",  # purpose code: none
        structured,
        text,
    ]
    while elements[-1] == "":
        elements.pop()  # "nothing after the last element given"
    payload = "\n".join(elements)
    size = len(payload.encode("utf-8"))
    if size > EPC_MAX_PAYLOAD_BYTES:
        raise PayloadTooLong(
            f"the payload is {size} bytes, the EPC norm allows {EPC_MAX_PAYLOAD_BYTES}"
        )
    return payload


# The code itself --------------------------------------------------------------------------


@dataclass(frozen=True)
class QrCode:
    """A payload and its symbol. `error` is the correction level, never boosted: segno
    would otherwise raise it when room allows, and the EPC norm fixes it to M."""

    payload: str
    kind: QrKind
    error: str = EPC_ERROR_LEVEL

    @cached_property
    def symbol(self) -> segno.QRCode:
        # Bytes, so segno writes them as they are (byte mode, UTF-8, no ECI header), which
        # is what the payload's character set "1" announces.
        return segno.make_qr(
            self.payload.encode("utf-8"), error=self.error.lower(), boost_error=False
        )

    @property
    def version(self) -> int:
        return int(self.symbol.version)

    @property
    def modules(self) -> int:
        """Modules on a side, without the quiet zone."""
        return len(self.symbol.matrix)

    def matrix(self) -> tuple[tuple[bool, ...], ...]:
        """Dark (True) or light modules, row by row from the top, without the quiet zone."""
        return tuple(tuple(bool(cell) for cell in row) for row in self.symbol.matrix)

    def caption(self, lang: str) -> str:
        """What the letter prints next to the code, in the letter's language."""
        return CAPTIONS[self.kind]["fr" if lang == "fr" else "en"]

    def draw(self, canvas: Canvas, *, x: float, y: float, size: float) -> None:
        """Draw the symbol with its quiet zone in a `size`-point square whose lower-left
        corner is (x, y). Runs of dark modules become one rectangle each: fewer operators,
        and no hairline seams between neighbours when rasterised."""
        side = self.modules + 2 * QUIET_ZONE_MODULES
        module = size / side
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        for row_index, row in enumerate(self.matrix()):
            top = y + size - (QUIET_ZONE_MODULES + row_index) * module
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                left = x + (QUIET_ZONE_MODULES + start) * module
                canvas.rect(left, top - module, (column - start) * module, module, 0, 1)
        canvas.restoreState()

    def flowable(self, size: float) -> Flowable:
        """The code as a platypus flowable of `size` points square."""
        return _QrFlowable(self, size)


class _QrFlowable(Flowable):
    def __init__(self, code: QrCode, size: float) -> None:
        super().__init__()
        self.code = code
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.code.draw(self.canv, x=0, y=0, size=self.size)


def _checked(code: QrCode) -> QrCode:
    if code.version > EPC_MAX_VERSION:
        raise PayloadTooLong(
            f"the code needs QR version {code.version}, the EPC norm allows {EPC_MAX_VERSION}"
        )
    return code


def portal_qr(url: str) -> QrCode:
    """A code opening the debtor's payment page. Only absolute http(s) addresses: a phone
    must open it as a web page, never run it as anything else."""
    address = url.strip()
    parts = urlsplit(address)
    if (
        parts.scheme not in ("https", "http")
        or not parts.netloc
        or any(char in string.whitespace for char in address)
    ):
        raise InvalidPortalUrl(f"not an absolute http(s) address: {url!r}")
    return _checked(QrCode(payload=address, kind="portal"))


def epc_qr(
    *, name: str, iban: str, bic: str | None = None, amount: Decimal, remittance_reference: str
) -> QrCode:
    """A SEPA credit transfer code (EPC069-12 version 002) for `amount` euros to `iban`.

    `remittance_reference` is either an ISO 11649 reference ("RF…", checked, sent in the
    structured element) or the office's own reference (sent as remittance text)."""
    payload = epc_payload(
        name=name, iban=iban, bic=bic, amount=amount, remittance_reference=remittance_reference
    )
    return _checked(QrCode(payload=payload, kind="epc"))
