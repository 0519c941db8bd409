"""E-invoices to import rows: the public Factur-X/UBL samples, and what must be refused."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from pypdf import PdfWriter
from tests.conftest import shared_data

from amiable.portfolio.imports.invoices import InvoiceError, read_invoice

# What the akretion/factur-x samples say (read from the files themselves).
FACTURX_FULL = {
    "creditor_ref": "123456782",  # seller's SIREN, SpecifiedLegalOrganization schemeID 0002
    "creditor_name": "LE FOURNISSEUR",
    "case_ref": "",
    "debtor_ref": "987654321",
    "debtor_type": "business",
    "debtor_name": "LE CLIENT",
    "siren": "987654321",
    "email": "buyer@buyer.com",
    "phone": "01 01 25 45 87",
    "address": "MON ADRESSE LIGNE 1, Buyer line 2, Buyer line 3",
    "postcode": "06000",
    "city": "MA VILLE",
    "country": "FR",
    "claim_ref": "F20260023",
    "issue_date": "2026-01-31",
    "due_date": "2026-03-02",
    "principal": "104.90",
    "currency": "EUR",
    "nature": "b2b_invoice",
    "has_title": "false",
    "vat_number": "FR05987654321",
}
# BASIC and BASIC WL carry no buyer contact: the party's own e-mail address (BT-49) is used.
FACTURX_BASIC = FACTURX_FULL | {"email": "me@buyer.com", "phone": ""}
FACTURX_MINIMUM = FACTURX_FULL | {
    "email": "",
    "phone": "",
    "address": "",
    "postcode": "",
    "city": "",
    "country": "",
    "due_date": "",
    "vat_number": "",
}
UBL = {
    "creditor_ref": "999999998",
    "creditor_name": "Au bon moulin",
    "case_ref": "",
    "debtor_ref": "787878784",
    "debtor_type": "business",
    # The registration name (BT-44), not the trading name "Ma jolie Trading Brand"
    "debtor_name": "Ma jolie boutique SARL",
    "siren": "787878784",
    "email": "laetita.durand@jolieboutique.com",
    "phone": "+33 7 42 12 42 12",
    "address": "35 rue de la République, La presqu'île",
    "postcode": "69001",
    "city": "Lyon",
    "country": "FR",
    "claim_ref": "F124212",
    "issue_date": "2026-06-17",
    "due_date": "2026-07-16",
    "principal": "208.03",  # PayableAmount: 308.03 incl. VAT less 100.00 prepaid
    "currency": "EUR",
    "nature": "b2b_invoice",
    "has_title": "false",
    "vat_number": "FR19787878784",
}
EXPECTED = {
    "factur-x-minimum.xml": FACTURX_MINIMUM,
    "factur-x-basicwl.xml": FACTURX_BASIC,
    "factur-x-basic.xml": FACTURX_BASIC,
    "factur-x-en16931.xml": FACTURX_FULL,
    "factur-x-extended.xml": FACTURX_FULL,
    "invoice_EN16931.pdf": FACTURX_FULL,
    "ubl-21-en16931.xml": UBL,
    # The agent and service provider nested in each party must not leak into it.
    "ubl-21-extended-ctc-fr.xml": UBL,
}

CII_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
 xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument>
  <ram:ID>AV-2026-007</ram:ID>
  <ram:TypeCode>{type_code}</ram:TypeCode>
  <ram:IssueDateTime>
   <udt:DateTimeString format="102">20260215</udt:DateTimeString>
  </ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty>
    <ram:Name>Boulangerie Martin</ram:Name>
    <ram:SpecifiedTaxRegistration>
     <ram:ID schemeID="VA">FR 40 303 265 045</ram:ID>
    </ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty>{buyer}</ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    {amounts}
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
BUYER_WITH_SIRET = """
    <ram:GlobalID schemeID="0009">732 829 320 00074</ram:GlobalID>
    <ram:Name>Café du Port</ram:Name>"""
GRAND_TOTAL = "<ram:GrandTotalAmount>1250.10</ram:GrandTotalAmount>"


def cii(
    *, type_code: str = "380", buyer: str = BUYER_WITH_SIRET, amounts: str = GRAND_TOTAL
) -> bytes:
    return CII_TEMPLATE.format(type_code=type_code, buyer=buyer, amounts=amounts).encode()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pdf_with_attachments(attachments: dict[str, bytes]) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- The public samples -------------------------------------------------------------------


@pytest.fixture
def samples() -> Path:
    """`../shared/data/facturx-samples` beside the project; skipped where absent."""
    return shared_data("facturx-samples")


def test_every_sample_reads_into_one_invoice_row(samples):
    """Samples added to the shared folder later must at least read; known ones are checked below."""
    found = {p.name for p in samples.iterdir() if p.suffix in (".xml", ".pdf")}
    assert set(EXPECTED) <= found
    for name in sorted(found):
        rows = read_invoice(samples / name)
        assert len(rows) == 1 and rows[0]["claim_ref"], name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_sample_invoice_gives_its_standard_row(samples, name):
    assert read_invoice(samples / name) == [EXPECTED[name]]


# --- What the samples do not show ---------------------------------------------------------


def test_a_buyer_known_by_siret_gets_its_siren_and_a_grand_total_stands_in_for_the_amount_due(
    tmp_path,
):
    [row] = read_invoice(write(tmp_path, "facture.xml", cii()))

    assert row["siren"] == "732829320"
    assert row["debtor_ref"] == "732829320"
    assert row["debtor_name"] == "Café du Port"
    # The seller has no SIREN: its VAT number identifies it
    assert row["creditor_ref"] == "FR40303265045"
    assert row["principal"] == "1250.10"
    assert row["due_date"] == ""


def test_a_credit_note_is_money_owed_back(tmp_path):
    [row] = read_invoice(write(tmp_path, "avoir.xml", cii(type_code="381")))

    assert row["principal"] == "-1250.10"


def test_the_amount_due_is_net_of_prepayments(tmp_path):
    amounts = (
        "<ram:GrandTotalAmount>1250.10</ram:GrandTotalAmount>"
        "<ram:TotalPrepaidAmount>250.00</ram:TotalPrepaidAmount>"
        "<ram:DuePayableAmount>1000.10</ram:DuePayableAmount>"
    )

    [row] = read_invoice(write(tmp_path, "acompte.xml", cii(amounts=amounts)))

    assert row["principal"] == "1000.10"


def test_a_buyer_known_only_by_name_is_referenced_by_name(tmp_path):
    buyer = "<ram:Name>M. Jean Valjean</ram:Name>"

    [row] = read_invoice(write(tmp_path, "facture.xml", cii(buyer=buyer)))

    assert (row["debtor_ref"], row["siren"]) == ("M. Jean Valjean", "")


def test_a_factur_x_pdf_is_read_through_its_xml_and_other_attachments_are_ignored(tmp_path):
    pdf = pdf_with_attachments({"bon-de-livraison.xml": b"<livraison/>", "factur-x.xml": cii()})
    path = write(tmp_path, "facture.pdf", pdf)

    [row] = read_invoice(path)

    assert (row["claim_ref"], row["principal"]) == ("AV-2026-007", "1250.10")


def test_a_pdf_without_xml_is_refused(tmp_path):
    path = write(tmp_path, "scan.pdf", pdf_with_attachments({}))

    with pytest.raises(InvoiceError, match="carries no Factur-X/ZUGFeRD XML"):
        read_invoice(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.xml", b"", r"empty\.xml is empty"),
        ("notes.txt", b"facture F1 : 100 EUR", "neither a PDF nor an XML invoice"),
        ("broken.xml", b"<Invoice><ID>F1</Invoice>", r"broken\.xml is not well-formed XML"),
        (
            "order.xml",
            b"<Order><ID>F1</ID></Order>",
            r"not a CII or UBL invoice \(root element 'Order'\)",
        ),
        ("broken.pdf", b"%PDF-1.7\n garbage", r"broken\.pdf is not a readable PDF"),
    ],
)
def test_what_is_not_an_invoice_is_refused_with_the_reason(tmp_path, name, data, reason):
    with pytest.raises(InvoiceError, match=reason):
        read_invoice(write(tmp_path, name, data))


def test_an_invoice_without_an_amount_due_is_refused(tmp_path):
    with pytest.raises(InvoiceError, match="no amount due"):
        read_invoice(write(tmp_path, "facture.xml", cii(amounts="")))


def test_an_invoice_without_a_buyer_is_refused(tmp_path):
    data = cii().replace(b"<ram:BuyerTradeParty>", b"<ram:Other>")
    data = data.replace(b"</ram:BuyerTradeParty>", b"</ram:Other>")

    with pytest.raises(InvoiceError, match="no buyer"):
        read_invoice(write(tmp_path, "facture.xml", data))


# --- Hostile XML --------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&lol9;</ID></Invoice>
"""


def test_an_xml_bomb_is_refused_at_once(tmp_path):
    path = write(tmp_path, "bomb.xml", BILLION_LAUGHS)
    started = time.perf_counter()

    with pytest.raises(InvoiceError, match=r"^DOCTYPE not allowed$"):
        read_invoice(path)

    # A billion "lol"s expanded would take gigabytes and minutes
    assert time.perf_counter() - started < 1


def xxe(system_id: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "{system_id}">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>&secret;</cbc:ID>
</Invoice>
""".encode()


def test_an_external_entity_is_refused_without_reading_the_file(tmp_path):
    path = write(tmp_path, "xxe.xml", xxe("file:///etc/passwd"))

    with pytest.raises(InvoiceError, match=r"^DOCTYPE not allowed$") as refused:
        read_invoice(path)

    assert "root:" not in str(refused.value)


def test_an_external_entity_inside_a_factur_x_pdf_is_refused_too(tmp_path):
    canary = write(tmp_path, "canary.txt", b"CANARY-SECRET")
    pdf = pdf_with_attachments({"factur-x.xml": xxe(canary.as_uri())})

    with pytest.raises(InvoiceError, match="DOCTYPE not allowed") as refused:
        read_invoice(write(tmp_path, "facture.pdf", pdf))

    assert "CANARY-SECRET" not in str(refused.value)
