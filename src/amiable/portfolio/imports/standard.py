"""The standard import format, and the validation of one row into a `StandardRow`.

One row per claim, English snake_case headers; any office can map its export to it:

    creditor_ref, case_ref, debtor_ref, debtor_type (consumer|business), debtor_name,
    siren, email, phone, address, postcode, city, country, claim_ref, issue_date,
    due_date, principal, currency, nature (b2b_invoice|b2c_sale|consumer_credit|other),
    has_title (true|false)

Optional columns: creditor_name, iban, vat_number, language, title_date, contract_rate,
formal_notice_date, description. Validation is pure: it reads nothing from the
database, so it runs at full speed and is tested without one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from amiable.portfolio.imports import fields as f
from amiable.portfolio.imports.fields import FieldError

STANDARD_FIELDS = (
    "creditor_ref", "case_ref", "debtor_ref", "debtor_type", "debtor_name", "siren",
    "email", "phone", "address", "postcode", "city", "country", "claim_ref",
    "issue_date", "due_date", "principal", "currency", "nature", "has_title",
)  # fmt: skip
OPTIONAL_FIELDS = (
    "creditor_name", "iban", "vat_number", "language", "title_date", "contract_rate",
    "formal_notice_date", "description",
)  # fmt: skip
ALL_FIELDS = STANDARD_FIELDS + OPTIONAL_FIELDS
# The values a row's fingerprint is made of, in this order (see `fingerprint`).
_FINGERPRINTED = (*ALL_FIELDS, "siret")
_ENGLISH_SPEAKING = frozenset({"GB", "US", "IE"})
# Without these a row means nothing; a file lacking one of them is refused whole.
REQUIRED_FIELDS = ("debtor_ref", "debtor_name", "claim_ref", "due_date", "principal")

DEBTOR_TYPES = {
    "consumer": "consumer", "particulier": "consumer", "b2c": "consumer", "c": "consumer",
    "personne_physique": "consumer", "individual": "consumer",
    "business": "business", "professionnel": "business", "entreprise": "business",
    "societe": "business", "pro": "business", "b2b": "business", "company": "business",
}  # fmt: skip
NATURES = ("b2b_invoice", "b2c_sale", "consumer_credit", "other")

# Headers that French business software commonly writes, folded (see fields.fold).
ALIASES: dict[str, str] = {
    "creancier": "creditor_ref", "ref_creancier": "creditor_ref",
    "code_client_creancier": "creditor_ref", "mandant": "creditor_ref",
    "nom_creancier": "creditor_name",
    "dossier": "case_ref", "n_dossier": "case_ref", "no_dossier": "case_ref",
    "numero_dossier": "case_ref", "ref_dossier": "case_ref",
    "code_client": "debtor_ref", "ref_client": "debtor_ref", "compte_client": "debtor_ref",
    "ref_debiteur": "debtor_ref", "code_debiteur": "debtor_ref",
    "type_debiteur": "debtor_type", "type_client": "debtor_type",
    "raison_sociale": "debtor_name", "nom_client": "debtor_name", "client": "debtor_name",
    "nom_debiteur": "debtor_name", "debiteur": "debtor_name", "nom": "debtor_name",
    "siret": "siren", "n_siren": "siren", "mail": "email", "courriel": "email",
    "e_mail": "email", "telephone": "phone", "tel": "phone", "portable": "phone",
    "mobile": "phone", "adresse": "address", "code_postal": "postcode", "cp": "postcode",
    "ville": "city", "pays": "country",
    "facture": "claim_ref", "n_facture": "claim_ref", "no_facture": "claim_ref",
    "numero_facture": "claim_ref", "num_facture": "claim_ref", "piece": "claim_ref",
    "n_piece": "claim_ref", "invoice_number": "claim_ref",
    "date_facture": "issue_date", "date_emission": "issue_date", "date_piece": "issue_date",
    "invoice_date": "issue_date",
    "date_echeance": "due_date", "echeance": "due_date", "date_d_echeance": "due_date",
    "date_limite_de_paiement": "due_date",
    "montant": "principal", "montant_ttc": "principal", "solde": "principal",
    "montant_du": "principal", "reste_du": "principal", "amount": "principal",
    "devise": "currency", "nature_creance": "nature", "titre_executoire": "has_title",
    "date_titre": "title_date", "taux_contractuel": "contract_rate",
    "date_mise_en_demeure": "formal_notice_date", "libelle": "description",
}  # fmt: skip


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "field": self.field, "reason": self.reason}


@dataclass(frozen=True)
class StandardRow:
    """One validated claim row, every value normalised."""

    row: int
    creditor_ref: str
    creditor_name: str | None
    case_ref: str
    debtor_ref: str
    debtor_type: str
    debtor_name: str
    siren: str | None
    siret: str | None
    vat_number: str | None
    iban: str | None
    email: str | None
    phone: str | None
    address: str | None
    postcode: str | None
    city: str | None
    country: str
    language: str
    claim_ref: str
    issue_date: date
    due_date: date
    principal: Decimal
    currency: str
    nature: str
    has_title: bool
    title_date: date | None
    contract_rate: Decimal | None
    formal_notice_date: date | None
    description: str | None
    fingerprint: str = field(default="", compare=False)


@dataclass(frozen=True)
class RowOptions:
    """What the file's mapping says about how its values are written."""

    default_creditor: str | None = None
    decimal_mark: str | None = None
    date_format: str | None = None
    constants: Mapping[str, str] = field(default_factory=dict)


def map_headers(headers: list[str], columns: Mapping[str, str] | None = None) -> dict[str, str]:
    """standard field -> file header. An explicit mapping wins; otherwise standard names
    and the common French aliases are recognised, ignoring case and accents."""
    if columns:
        missing = [header for header in columns.values() if header not in headers]
        if missing:
            raise ValueError(f"the mapping names columns the file does not have: {missing}")
        return dict(columns)
    found: dict[str, str] = {}
    for header in headers:
        folded = f.fold(header)
        standard = folded if folded in ALL_FIELDS else ALIASES.get(folded)
        if standard and standard not in found:
            found[standard] = header
    return found


def missing_required(mapped: Mapping[str, str], options: RowOptions) -> list[str]:
    present = set(mapped) | set(options.constants)
    return [name for name in REQUIRED_FIELDS if name not in present]


def validate_row(
    number: int, values: Mapping[str, str], options: RowOptions
) -> StandardRow | list[RowError]:
    """Check and normalise one row given as standard field -> text.

    Every field is read, and every refusal recorded, in a fixed order: the errors of a
    row always come in the same order."""
    get = values.get
    if options.constants:
        constant = options.constants.get
        texts = [(get(name) or constant(name) or "").strip() for name in ALL_FIELDS]
    else:
        texts = [(get(name) or "").strip() for name in ALL_FIELDS]
    return validate_texts(number, texts, options)


def validate_texts(
    number: int, texts: Sequence[str], options: RowOptions
) -> StandardRow | list[RowError]:
    """`validate_row` for a row given as its texts in ALL_FIELDS order, stripped, with
    the mapping's constants already in place of blanks.

    This runs once per imported row, so it is written flat (no per-field helper
    calls); an empty optional field is settled without calling its parser, which
    would return None for it."""
    errors: list[RowError] = []
    (
        creditor_ref_text, case_ref_text, debtor_ref_text, debtor_type_text, debtor_name_text,
        siren_text, email_text, phone_text, address_text, postcode_text, city_text,
        country_text, claim_ref_text, issue_date_text, due_date_text, principal_text,
        currency_text, nature_text, has_title_text, creditor_name_text, iban_text,
        vat_number_text, language_text, title_date_text, contract_rate_text,
        formal_notice_date_text, description_text,
    ) = texts  # fmt: skip
    date_format = options.date_format

    # Any: each is None until read, and set whenever the row has no errors.
    creditor_ref: Any = None
    debtor_ref: Any = None
    debtor_name: Any = None
    claim_ref: Any = None
    try:
        creditor_ref = f.reference(
            "creditor_ref", creditor_ref_text or options.default_creditor or ""
        )
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    try:
        debtor_ref = f.reference("debtor_ref", debtor_ref_text)
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    try:
        debtor_name = f.text("debtor_name", debtor_name_text, required=True)
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    try:
        claim_ref = f.reference("claim_ref", claim_ref_text)
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    siren = siret = None
    # An unreadable SIREN leaves the type unknown rather than guessed, so that one
    # mistake is reported once and not again as a nature/type contradiction.
    siren_unreadable = False
    if siren_text:
        try:
            siren, siret = f.parse_siren("siren", siren_text)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
            siren_unreadable = True
    debtor_type: Any = _debtor_type(number, debtor_type_text, siren, siren_unreadable, errors)
    nature = _nature(number, nature_text, debtor_type, errors)
    country = "FR"
    try:
        country = f.parse_country("country", country_text) or "FR"
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    issue_date: Any = None
    due_date: Any = None
    if issue_date_text:
        try:
            issue_date = f.parse_date("issue_date", issue_date_text, date_format=date_format)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if due_date_text:
        try:
            due_date = f.parse_date("due_date", due_date_text, date_format=date_format)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    else:
        errors.append(RowError(number, "due_date", "missing"))
    if issue_date and due_date and due_date < issue_date:
        errors.append(
            RowError(
                number,
                "due_date",
                f"due date {due_date:%d/%m/%Y} is before the issue date {issue_date:%d/%m/%Y}",
            )
        )
    has_title = title_date = None
    try:
        has_title = f.parse_bool("has_title", has_title_text)
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    if title_date_text:
        try:
            title_date = f.parse_date("title_date", title_date_text, date_format=date_format)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    creditor_name = case_ref = vat_number = iban = email = phone = None
    if creditor_name_text:
        try:
            creditor_name = f.text("creditor_name", creditor_name_text)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if case_ref_text:
        try:
            case_ref = f.reference("case_ref", case_ref_text, required=False)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if vat_number_text:
        try:
            vat_number = f.text("vat_number", vat_number_text, max_length=20)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if iban_text:
        try:
            iban = f.parse_iban("iban", iban_text)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if email_text:
        try:
            email = f.parse_email("email", email_text)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if phone_text:
        try:
            phone = f.parse_phone("phone", phone_text, country=country)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    address = postcode = city = None
    principal: Any = None
    currency: Any = None
    if address_text:
        try:
            address = f.text("address", address_text, max_length=300)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if postcode_text:
        try:
            postcode = f.text("postcode", postcode_text, max_length=20)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if city_text:
        try:
            city = f.text("city", city_text, max_length=100)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    language = (language_text.lower() or ("en" if country in _ENGLISH_SPEAKING else "fr"))[:2]
    try:
        principal = f.parse_principal(
            "principal", principal_text, decimal_mark=options.decimal_mark
        )
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    try:
        currency = f.parse_currency("currency", currency_text)
    except FieldError as error:
        errors.append(RowError(number, error.field, error.reason))
    contract_rate = formal_notice_date = description = None
    if contract_rate_text:
        try:
            contract_rate = f.parse_rate("contract_rate", contract_rate_text)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if formal_notice_date_text:
        try:
            formal_notice_date = f.parse_date(
                "formal_notice_date", formal_notice_date_text, date_format=date_format
            )
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if description_text:
        try:
            description = f.text("description", description_text, max_length=300)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
    if errors:
        return errors
    if not case_ref:
        # A case is one debtor's debts for one creditor.
        case_ref = f"{creditor_ref}-{debtor_ref}"[:64]
    issue_date = issue_date or due_date
    has_title = bool(has_title)
    # What `fingerprint` computes from the row's values (in _FINGERPRINTED order), built
    # directly: with no errors, the required values are all set, the optional text values
    # are None or non-empty text, and str() of a date is its isoformat().
    canonical = "\x1f".join((
        creditor_ref, case_ref, debtor_ref, debtor_type, debtor_name, siren or "",
        email or "", phone or "", address or "", postcode or "", city or "", country,
        claim_ref, issue_date.isoformat(), due_date.isoformat(), str(principal), currency,
        nature, "True" if has_title else "False", creditor_name or "", iban or "",
        vat_number or "", language, "" if title_date is None else str(title_date),
        "" if contract_rate is None else str(contract_rate),
        "" if formal_notice_date is None else str(formal_notice_date),
        description or "", siret or "",
    ))  # fmt: skip
    return _standard_row({
        "row": number, "creditor_ref": creditor_ref, "creditor_name": creditor_name,
        "case_ref": case_ref, "debtor_ref": debtor_ref, "debtor_type": debtor_type,
        "debtor_name": debtor_name, "siren": siren, "siret": siret, "vat_number": vat_number,
        "iban": iban, "email": email, "phone": phone, "address": address,
        "postcode": postcode, "city": city, "country": country, "language": language,
        "claim_ref": claim_ref, "issue_date": issue_date, "due_date": due_date,
        "principal": principal, "currency": currency, "nature": nature,
        "has_title": has_title, "title_date": title_date, "contract_rate": contract_rate,
        "formal_notice_date": formal_notice_date, "description": description,
        "fingerprint": hashlib.sha256(canonical.encode()).hexdigest(),
    })  # fmt: skip


def _standard_row(values: dict[str, Any]) -> StandardRow:
    """`StandardRow(**values)` without the frozen dataclass's __init__, which sets its 30
    fields one `object.__setattr__` at a time and took a quarter of a row's validation.
    The result is the same object (same attributes, equality, hash and repr); `values`
    must name every field, in field order. A test compares it with `StandardRow(**…)`."""
    row = object.__new__(StandardRow)
    row.__dict__.update(values)
    return row


def fingerprint(row: Mapping[str, Any]) -> str:
    """A digest of a validated row's values, stored with its claim to recognise an
    unchanged re-import: it must stay the same for the same values."""
    return _digest([row.get(name) for name in _FINGERPRINTED])


def _digest(values: Iterable[Any]) -> str:
    canonical = "\x1f".join(["" if value is None else str(value) for value in values])
    return hashlib.sha256(canonical.encode()).hexdigest()


def _debtor_type(number: int, value: str, siren: str | None, siren_unreadable: bool,
                 errors: list[RowError]) -> str | None:  # fmt: skip
    if not value:
        if siren_unreadable:
            return None
        # Without a stated type, a SIREN means a business; otherwise the debtor gets
        # the consumer's protections (no indemnity, no B2B interest, 2-year prescription).
        return "business" if siren else "consumer"
    debtor_type = DEBTOR_TYPES.get(f.fold(value))
    if debtor_type is None:
        errors.append(
            RowError(number, "debtor_type", f"expected consumer or business, got {value!r}")
        )
    return debtor_type


def _nature(number: int, value: str, debtor_type: str | None, errors: list[RowError]) -> str:
    if not value:
        return "b2b_invoice" if debtor_type == "business" else "b2c_sale"
    nature = f.fold(value)
    if nature not in NATURES:
        errors.append(
            RowError(number, "nature", f"expected one of {', '.join(NATURES)}, got {value!r}")
        )
        return "other"
    if nature == "b2b_invoice" and debtor_type == "consumer":
        errors.append(
            RowError(number, "nature", "a B2B invoice cannot be owed by a consumer debtor")
        )
    return nature
