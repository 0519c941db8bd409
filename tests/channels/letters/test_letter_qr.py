"""Payment QR codes: the EPC069-12 SEPA credit transfer payload, ISO 11649 creditor
references, and the debtor's payment page.

Given the office's account and the amount a letter asks for, when the transfer code is
made, then its payload is the exact text the EPC norm describes, encoded at error level M
within version 13; bad details are refused with the reason, and no code is made.
"""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import numpy
import pypdfium2
import pytest
import segno
from reportlab.pdfgen.canvas import Canvas

from amiable.channels.letters import (
    InvalidAmount,
    InvalidBic,
    InvalidCreditorReference,
    InvalidIban,
    InvalidPayeeName,
    InvalidPortalUrl,
    PayloadTooLong,
    QrError,
    epc_qr,
    is_rf_reference,
    portal_qr,
    rf_reference,
)
from amiable.channels.letters.qr import EPC_MAX_VERSION, QUIET_ZONE_MODULES, QrCode

IBAN = "FR76 3000 4000 0312 3456 7890 143"


def transfer(**overrides: object) -> QrCode:
    details: dict[str, object] = {
        "name": "Alcyon Gestion",
        "iban": IBAN,
        "amount": Decimal("1162.34"),
        "remittance_reference": "D-2026-0042",
        **overrides,
    }
    return epc_qr(**details)


# ISO 11649 --------------------------------------------------------------------------------------


def test_rf_reference_of_the_iso_11649_example() -> None:
    assert rf_reference("539007547034") == "RF18539007547034"


def test_rf_reference_of_a_case_reference_drops_separators_only() -> None:
    assert rf_reference("D-2026-0042") == "RF78D20260042"
    assert rf_reference("d 2026 0042") == "RF78D20260042"


def test_rf_reference_validator() -> None:
    assert is_rf_reference("RF18539007547034")
    assert is_rf_reference("RF18 5390 0754 7034")  # as printed, in groups of four
    assert is_rf_reference("rf78d20260042")
    assert not is_rf_reference("RF19539007547034")  # a check digit off
    assert not is_rf_reference("RF18539007547035")  # a reference digit off
    assert not is_rf_reference("RF1853900754703")  # a digit dropped
    assert not is_rf_reference("XX18539007547034")
    assert not is_rf_reference("RF18" + "1" * 22)  # 21 characters at most after the check


@pytest.mark.parametrize("text", ["", "  ", "D/2026#0042", "Dossier é", "1" * 22])
def test_rf_reference_refuses_what_it_cannot_carry(text: str) -> None:
    with pytest.raises(InvalidCreditorReference, match="1 to 21 letters or digits"):
        rf_reference(text)


# EPC payloads ------------------------------------------------------------------------------------


def test_epc_payload_with_the_case_reference_as_remittance_text() -> None:
    code = transfer()
    assert code.payload == (
        "BCD\n002\n1\nSCT\n\nAlcyon Gestion\nFR7630004000031234567890143\nEUR1162.34\n\n\nD-2026-0042"
    )
    assert code.kind == "epc"


def test_epc_payload_with_a_structured_creditor_reference_and_a_bic() -> None:
    code = transfer(
        name="Opaline Télécom SAS",
        bic="BNPAFRPPXXX",
        amount=Decimal("1150"),
        remittance_reference="RF78 D202 6004 2",
    )
    assert code.payload == (
        "BCD\n002\n1\nSCT\nBNPAFRPPXXX\nOpaline Télécom SAS\nFR7630004000031234567890143\n"
        "EUR1150.00\n\nRF78D20260042"
    )


def test_epc_code_is_utf8_at_error_level_m_within_version_13() -> None:
    code = transfer(name="Opaline Télécom SAS")
    assert code.symbol.error == "M"  # never boosted, though room would allow it
    assert code.version <= EPC_MAX_VERSION
    expected = segno.make_qr(code.payload.encode("utf-8"), error="m", boost_error=False)
    assert code.matrix() == tuple(tuple(bool(cell) for cell in row) for row in expected.matrix)
    assert code.modules == len(expected.matrix)


def test_epc_amount_at_the_edges() -> None:
    assert transfer(amount=Decimal("0.01")).payload.split("\n")[7] == "EUR0.01"
    highest = transfer(amount=Decimal("999999999.99"))
    assert highest.payload.split("\n")[7] == "EUR999999999.99"


@pytest.mark.parametrize(
    ("overrides", "error", "reason"),
    [
        ({"iban": "FR76 3000 4000 0312 3456 7890 144"}, InvalidIban, "not valid"),
        ({"iban": "not an iban"}, InvalidIban, "not valid"),
        ({"iban": "CH93 0076 2011 6238 5295 7"}, InvalidBic, "outside the EEA"),
        ({"bic": "BNPAFR"}, InvalidBic, "not valid"),
        ({"amount": Decimal("1000000000.00")}, InvalidAmount, "outside 0.01"),
        ({"amount": Decimal("0")}, InvalidAmount, "outside 0.01"),
        ({"amount": Decimal("-5.00")}, InvalidAmount, "outside 0.01"),
        ({"amount": Decimal("12.345")}, InvalidAmount, "more than two decimals"),
        ({"amount": Decimal("NaN")}, InvalidAmount, "not a number"),
        ({"amount": 12.5}, InvalidAmount, "must be a Decimal"),
        ({"name": ""}, InvalidPayeeName, "empty"),
        ({"name": "A" * 71}, InvalidPayeeName, "71 characters"),
        ({"name": "Alcyon\nGestion"}, InvalidPayeeName, "line break"),
        ({"remittance_reference": "RF19539007547034"}, InvalidCreditorReference, "check digits"),
        ({"remittance_reference": " "}, InvalidCreditorReference, "empty"),
        ({"remittance_reference": "x" * 141}, InvalidCreditorReference, "141 characters"),
        ({"name": "é" * 70, "remittance_reference": "é" * 140}, PayloadTooLong, "bytes"),
    ],
)
def test_bad_transfer_details_are_refused_with_the_reason(
    overrides: dict[str, object], error: type[QrError], reason: str
) -> None:
    with pytest.raises(error, match=reason) as raised:
        transfer(**overrides)
    assert isinstance(raised.value, QrError)  # a ValueError, with a reason for the clerk
    assert reason in raised.value.reason


def test_an_account_outside_the_eea_goes_with_its_bic() -> None:
    code = transfer(iban="CH93 0076 2011 6238 5295 7", bic="UBSWCHZH80A")
    assert code.payload.split("\n")[4:7] == [
        "UBSWCHZH80A",
        "Alcyon Gestion",
        "CH9300762011623852957",
    ]


# The payment page ----------------------------------------------------------------------------------


def test_portal_code_carries_the_address_as_it_is() -> None:
    code = portal_qr("https://pay.alcyon-gestion.example/p/7Q2XK9")
    assert code.payload == "https://pay.alcyon-gestion.example/p/7Q2XK9"
    assert code.kind == "portal"
    assert code.caption("fr").startswith("Paiement en ligne : scannez ce code")
    assert code.caption("en").startswith("Pay online: scan this code")


@pytest.mark.parametrize(
    "url",
    ["", "javascript:alert(1)", "pay.alcyon-gestion.example/p/7Q2XK9", "https://", "https://a b/"],
)
def test_portal_code_refuses_anything_but_a_web_address(url: str) -> None:
    with pytest.raises(InvalidPortalUrl, match="absolute http"):
        portal_qr(url)


# Drawing ------------------------------------------------------------------------------------------


def test_the_flowable_draws_the_matrix_module_for_module() -> None:
    """Drawn alone on a page, read back from the page image at module centres."""
    code = transfer()
    size, dpi = 200.0, 144
    output = BytesIO()
    canvas = Canvas(output, pagesize=(size, size), invariant=1)
    code.flowable(size).drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()

    document = pypdfium2.PdfDocument(output.getvalue())
    image = numpy.array(document[0].render(scale=dpi / 72, grayscale=True).to_numpy(), copy=True)
    document.close()
    side = code.modules + 2 * QUIET_ZONE_MODULES
    module = image.shape[0] / side
    read = tuple(
        tuple(
            bool(image[int((row + QUIET_ZONE_MODULES + 0.5) * module),
                       int((column + QUIET_ZONE_MODULES + 0.5) * module)] < 128)
            for column in range(code.modules)
        )
        for row in range(code.modules)
    )  # fmt: skip
    assert read == code.matrix()
