"""E-invoices to rows in the standard import format.

Reads Factur-X / ZUGFeRD PDFs (the XML they carry), CII XML (CrossIndustryInvoice) and
UBL 2.1 Invoice / CreditNote XML. The invoice's buyer is the debtor, its seller the
creditor, and the amount due for payment (after prepayments) the principal. Values are
returned as found (dates made ISO, amounts in plain decimal); checking them is the
validation step's job, as for any other import.

XML from outside is hostile until proven otherwise: no entity is resolved, no DTD or
network resource is loaded, and a document carrying a DOCTYPE is refused outright.
"""

from __future__ import annotations

import codecs
import io
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from lxml import etree

# The standard import format's columns an invoice can fill (vat_number is an optional one).
INVOICE_FIELDS = (
    "creditor_ref",
    "creditor_name",
    "case_ref",
    "debtor_ref",
    "debtor_type",
    "debtor_name",
    "siren",
    "email",
    "phone",
    "address",
    "postcode",
    "city",
    "country",
    "claim_ref",
    "issue_date",
    "due_date",
    "principal",
    "currency",
    "nature",
    "has_title",
    "vat_number",
)
# Far above any real invoice (a Factur-X PDF with scanned annexes included).
MAX_INVOICE_BYTES = 50 * 1024 * 1024
# UNTDID 1001 codes that EN 16931 treats as credit notes: money owed back, not owed.
CREDIT_NOTE_TYPES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)
# Attachment names the Factur-X, ZUGFeRD and XRechnung specifications give the XML.
_PREFERRED_ATTACHMENTS = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")
_SIREN_SCHEME = "0002"
_SIRET_SCHEME = "0009"
_CII_ROOT = "CrossIndustryInvoice"
_UBL_ROOTS = ("Invoice", "CreditNote")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_NON_ID_CHARACTERS = re.compile(r"[\s.\-]")
_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


class InvoiceError(Exception):
    """An e-invoice that cannot be turned into a row, with the reason."""


def read_invoice(path: Path) -> list[dict[str, str]]:
    """One standard import row per invoice in a Factur-X/ZUGFeRD PDF, CII or UBL file."""
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(b"%PDF"):
        return [_row_from_invoice(_invoice_from_pdf(data, path.name))]
    if _looks_like_xml(data):
        return [_row_from_invoice(_invoice_root(data, path.name))]
    raise InvoiceError(f"{path.name} is neither a PDF nor an XML invoice")


def _looks_like_xml(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True  # the parser reads the BOM; the "<" is two bytes wide here
    return data.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"<")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_INVOICE_BYTES:
            raise InvoiceError(f"{path.name} is too large for an invoice ({size} bytes)")
        data = path.read_bytes()
    except OSError as error:
        raise InvoiceError(f"cannot open {path.name}: {error.strerror or error}") from error
    if not data:
        raise InvoiceError(f"{path.name} is empty")
    return data


# --- Containers ---------------------------------------------------------------------------


def _invoice_from_pdf(data: bytes, name: str) -> etree._Element:
    attachments = _xml_attachments(data, name)
    if not attachments:
        raise InvoiceError(
            f"{name} carries no Factur-X/ZUGFeRD XML: a plain PDF invoice must be keyed in"
        )
    reasons = []
    for attachment_name, xml in attachments:
        try:
            return _invoice_root(xml, f"{name}/{attachment_name}")
        except InvoiceError as error:
            reasons.append(str(error))
    raise InvoiceError("; ".join(reasons))


def _xml_attachments(data: bytes, name: str) -> list[tuple[str, bytes]]:
    """The PDF's XML attachments, the one the standards name first."""
    from pypdf import PdfReader  # imported here: only PDF invoices need it

    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        found = [
            (attachment_name, content)
            for attachment_name in attachments
            if attachment_name.lower().endswith(".xml")
            for content in attachments[attachment_name]
        ]
    except Exception as error:  # pypdf raises many kinds on damaged or encrypted files
        raise InvoiceError(f"{name} is not a readable PDF: {error}") from error
    return sorted(found, key=lambda item: item[0].lower() not in _PREFERRED_ATTACHMENTS)


def _parse_xml(data: bytes, source: str) -> etree._Element:
    # Refused before parsing, so that a bomb gets this answer rather than whatever limit
    # the parser hits first; the DOCTYPE check after parsing covers other encodings.
    if any(marker in data for marker in _DOCTYPE_MARKERS):
        raise InvoiceError("DOCTYPE not allowed")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InvoiceError(f"{source} is not well-formed XML: {error}") from None
    # Entities are already left unexpanded; refusing any DOCTYPE closes the door on
    # entity bombs and external entities whatever the parser's defaults become.
    if root.getroottree().docinfo.doctype:
        raise InvoiceError("DOCTYPE not allowed")
    return root


def _invoice_root(data: bytes, source: str) -> etree._Element:
    root = _parse_xml(data, source)
    kind = etree.QName(root).localname
    if kind == _CII_ROOT or kind in _UBL_ROOTS:
        return root
    if kind == "CrossIndustryDocument":
        raise InvoiceError(f"{source} is a ZUGFeRD 1.0 invoice, which is not supported")
    raise InvoiceError(f"{source} is not a CII or UBL invoice (root element {kind!r})")


def _row_from_invoice(root: etree._Element) -> dict[str, str]:
    if etree.QName(root).localname == _CII_ROOT:
        return _cii_row(root)
    return _ubl_row(root)


# --- Lookups ------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _xpath(path: str) -> etree.XPath:
    """'A/B' in any namespace: e-invoices come with varying prefixes and namespace versions."""
    steps = [
        f"*[local-name()='{step}']" if step not in ("", ".") else step for step in path.split("/")
    ]
    return etree.XPath("/".join(steps))


def _elements(node: etree._Element | None, path: str) -> list[etree._Element]:
    if node is None:
        return []
    return [item for item in _xpath(path)(node) if isinstance(item, etree._Element)]


def _element(node: etree._Element | None, path: str) -> etree._Element | None:
    found = _elements(node, path)
    return found[0] if found else None


def _text(node: etree._Element | None, *paths: str) -> str:
    """The first non-empty text among the paths, whitespace collapsed."""
    for path in paths:
        for element in _elements(node, path):
            text = " ".join("".join(element.itertext()).split())
            if text:
                return text
    return ""


def _texts_by_scheme(node: etree._Element | None, path: str) -> list[tuple[str, str]]:
    return [
        ((element.get("schemeID") or "").strip(), " ".join((element.text or "").split()))
        for element in _elements(node, path)
    ]


# --- Values -------------------------------------------------------------------------------


def _siren(identifiers: list[tuple[str, str]]) -> str:
    """A SIREN from (scheme, id) pairs: 0002 is the SIREN, 0009 the SIRET (SIREN + 5 digits).

    An id without scheme counts when its shape says what it is (9 or 14 digits), as the
    MINIMUM profile may omit the scheme.
    """
    for scheme, value in identifiers:
        digits = _NON_ID_CHARACTERS.sub("", value)
        if not digits.isdigit():
            continue
        if scheme in (_SIREN_SCHEME, "") and len(digits) == 9:
            return digits
        if scheme in (_SIRET_SCHEME, "") and len(digits) == 14:
            return digits[:9]
    return ""


def _vat_number(value: str) -> str:
    return re.sub(r"\s", "", value).upper()


def _amount(text: str, *, credit_note: bool) -> str:
    try:
        amount = Decimal(text.replace(" ", ""))
    except InvalidOperation:
        raise InvoiceError(f"the amount due is not a number: {text!r}") from None
    if not amount.is_finite():
        raise InvoiceError(f"the amount due is not a number: {text!r}")
    if credit_note and amount:
        amount = -amount  # money the creditor owes back; zero stays "0.00", not "-0.00"
    return format(amount, "f")


def _iso_date(text: str, format_code: str = "") -> str:
    """ISO date from CII format 102 (YYYYMMDD) or an xsd:date; anything else as found.

    An unreadable date is passed through rather than dropped, so that the validation
    step shows the office what the invoice actually says.
    """
    text = text.strip()
    if format_code in ("", "102") and len(text) == 8 and text.isdigit():
        year, month, day = text[:4], text[4:6], text[6:]
    elif match := _ISO_DATE.match(text):
        year, month, day = match.groups()
    else:
        return text
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return text


def _address(*lines: str) -> str:
    return ", ".join(line for line in lines if line)


def _reference(siren: str, vat: str, name: str) -> str:
    return siren or vat or name


def _standard_row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(INVOICE_FIELDS, "")
    row.update(values, debtor_type="business", nature="b2b_invoice", has_title="false")
    return row


def _require(value: str, what: str) -> str:
    if not value:
        raise InvoiceError(f"the invoice has no {what}")
    return value


# --- CII (Factur-X, ZUGFeRD 2) ------------------------------------------------------------


def _cii_row(root: etree._Element) -> dict[str, str]:
    document = _element(root, "ExchangedDocument")
    transaction = _element(root, "SupplyChainTradeTransaction")
    agreement = _element(transaction, "ApplicableHeaderTradeAgreement")
    settlement = _element(transaction, "ApplicableHeaderTradeSettlement")
    seller = _element(agreement, "SellerTradeParty")
    buyer = _element(agreement, "BuyerTradeParty")
    if buyer is None:
        raise InvoiceError("the invoice has no buyer (BuyerTradeParty)")
    currency = _text(settlement, "InvoiceCurrencyCode")
    return _standard_row(
        **_cii_creditor(seller),
        **_cii_debtor(buyer),
        claim_ref=_require(_text(document, "ID"), "number (ExchangedDocument/ID)"),
        issue_date=_cii_date(_element(document, "IssueDateTime/DateTimeString")),
        due_date=_cii_date(
            _element(settlement, "SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString")
        ),
        principal=_cii_principal(settlement, currency, _text(document, "TypeCode")),
        currency=currency,
    )


def _cii_date(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return _iso_date(element.text or "", (element.get("format") or "").strip())


def _cii_principal(settlement: etree._Element | None, currency: str, type_code: str) -> str:
    totals = _element(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation")
    # DuePayableAmount is net of prepayments: what recovery can actually claim.
    for name in ("DuePayableAmount", "GrandTotalAmount"):
        text = _amount_in_currency(_elements(totals, name), currency)
        if text:
            return _amount(text, credit_note=type_code in CREDIT_NOTE_TYPES)
    raise InvoiceError("the invoice has no amount due (DuePayableAmount or GrandTotalAmount)")


def _amount_in_currency(elements: list[etree._Element], currency: str) -> str:
    """The amount in the invoice currency when a total is also given in the tax currency."""
    texts = [
        ((element.get("currencyID") or currency), (element.text or "").strip())
        for element in elements
    ]
    for element_currency, text in texts:
        if text and element_currency == currency:
            return text
    return next((text for _currency, text in texts if text), "")


def _cii_party(party: etree._Element | None) -> dict[str, str]:
    identifiers = _texts_by_scheme(party, "SpecifiedLegalOrganization/ID")
    identifiers += _texts_by_scheme(party, "GlobalID")
    vat = next(
        (
            value
            for scheme, value in _texts_by_scheme(party, "SpecifiedTaxRegistration/ID")
            if scheme in ("VA", "")
        ),
        "",
    )
    return {"name": _text(party, "Name"), "siren": _siren(identifiers), "vat": _vat_number(vat)}


def _creditor_fields(party: dict[str, str]) -> dict[str, str]:
    """The seller as the creditor: known by its SIREN, else its VAT number, else its name."""
    return {
        "creditor_ref": _reference(party["siren"], party["vat"], party["name"]),
        "creditor_name": party["name"],
    }


def _debtor_identity(party: dict[str, str]) -> dict[str, str]:
    """The buyer as the debtor; an invoice that names no buyer at all is unusable."""
    return {
        "debtor_ref": _require(
            _reference(party["siren"], party["vat"], party["name"]), "buyer identity"
        ),
        "debtor_name": party["name"],
        "siren": party["siren"],
        "vat_number": party["vat"],
    }


def _cii_creditor(seller: etree._Element | None) -> dict[str, str]:
    return _creditor_fields(_cii_party(seller))


def _cii_debtor(buyer: etree._Element) -> dict[str, str]:
    party = _cii_party(buyer)
    address = _element(buyer, "PostalTradeAddress")
    return {
        **_debtor_identity(party),
        # The contact's mailbox reaches a person; the party's (BT-49) is often a routing address.
        "email": _text(buyer, "DefinedTradeContact/EmailURIUniversalCommunication/URIID")
        or _scheme_text(buyer, "URIUniversalCommunication/URIID", "EM"),
        "phone": _text(buyer, "DefinedTradeContact/TelephoneUniversalCommunication/CompleteNumber"),
        "address": _address(
            _text(address, "LineOne"), _text(address, "LineTwo"), _text(address, "LineThree")
        ),
        "postcode": _text(address, "PostcodeCode"),
        "city": _text(address, "CityName"),
        "country": _text(address, "CountryID").upper(),
    }


def _scheme_text(node: etree._Element | None, path: str, scheme: str) -> str:
    return next(
        (value for found, value in _texts_by_scheme(node, path) if found == scheme and value), ""
    )


# --- UBL 2.1 ------------------------------------------------------------------------------


def _ubl_row(root: etree._Element) -> dict[str, str]:
    seller = _element(root, "AccountingSupplierParty/Party")
    buyer = _element(root, "AccountingCustomerParty/Party")
    if buyer is None:
        raise InvoiceError("the invoice has no buyer (AccountingCustomerParty)")
    currency = _text(root, "DocumentCurrencyCode")
    type_code = _text(root, "InvoiceTypeCode", "CreditNoteTypeCode")
    credit_note = etree.QName(root).localname == "CreditNote" or type_code in CREDIT_NOTE_TYPES
    return _standard_row(
        **_ubl_creditor(seller),
        **_ubl_debtor(buyer),
        claim_ref=_require(_text(root, "ID"), "number (ID)"),
        issue_date=_iso_date(_text(root, "IssueDate")),
        # A CreditNote has no DueDate of its own; both may carry one in PaymentMeans.
        due_date=_iso_date(
            _text(root, "DueDate", "PaymentMeans/PaymentDueDate", "PaymentTerms/PaymentDueDate")
        ),
        principal=_ubl_principal(root, currency, credit_note=credit_note),
        currency=currency,
    )


def _ubl_principal(root: etree._Element, currency: str, *, credit_note: bool) -> str:
    totals = _element(root, "LegalMonetaryTotal")
    # PayableAmount is net of prepayments: what recovery can actually claim.
    for name in ("PayableAmount", "TaxInclusiveAmount"):
        text = _amount_in_currency(_elements(totals, name), currency)
        if text:
            return _amount(text, credit_note=credit_note)
    raise InvoiceError("the invoice has no amount due (PayableAmount or TaxInclusiveAmount)")


def _ubl_party(party: etree._Element | None) -> dict[str, str]:
    # Direct children only: a party may nest an agent or a service provider with its own ids.
    identifiers = _texts_by_scheme(party, "PartyLegalEntity/CompanyID")
    identifiers += _texts_by_scheme(party, "PartyIdentification/ID")
    identifiers += _texts_by_scheme(party, "EndpointID")
    vat = next(
        (
            _text(scheme, "CompanyID")
            for scheme in _elements(party, "PartyTaxScheme")
            if _text(scheme, "TaxScheme/ID").upper() == "VAT"
        ),
        "",
    )
    # The registration name is the legal one (BT-44); PartyName is a trading name (BT-45).
    name = _text(party, "PartyLegalEntity/RegistrationName", "PartyName/Name")
    return {"name": name, "siren": _siren(identifiers), "vat": _vat_number(vat)}


def _ubl_creditor(seller: etree._Element | None) -> dict[str, str]:
    return _creditor_fields(_ubl_party(seller))


def _ubl_debtor(buyer: etree._Element) -> dict[str, str]:
    party = _ubl_party(buyer)
    address = _element(buyer, "PostalAddress")
    return {
        **_debtor_identity(party),
        "email": _text(buyer, "Contact/ElectronicMail") or _scheme_text(buyer, "EndpointID", "EM"),
        "phone": _text(buyer, "Contact/Telephone"),
        "address": _address(
            _text(address, "StreetName"),
            _text(address, "AdditionalStreetName"),
            *(_text(line, "Line") for line in _elements(address, "AddressLine")),
        ),
        "postcode": _text(address, "PostalZone"),
        "city": _text(address, "CityName"),
        "country": _text(address, "Country/IdentificationCode").upper(),
    }
