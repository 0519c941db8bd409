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
from collections.abc import Mapping
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
    "creancier": "creditor_ref", "ref_creancier": "creditor_ref", "code_client_creancier": "creditor_ref",
    "mandant": "creditor_ref", "nom_creancier": "creditor_name",
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
    """Check and normalise one row given as standard field -> text."""
    errors: list[RowError] = []

    def get(name: str) -> str:
        return (values.get(name) or options.constants.get(name) or "").strip()

    def attempt(parse: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return parse(*args, **kwargs)
        except FieldError as error:
            errors.append(RowError(number, error.field, error.reason))
            return None

    creditor_ref = attempt(
        f.reference, "creditor_ref", get("creditor_ref") or options.default_creditor or ""
    )
    debtor_ref = attempt(f.reference, "debtor_ref", get("debtor_ref"))
    debtor_name = attempt(f.text, "debtor_name", get("debtor_name"), required=True)
    claim_ref = attempt(f.reference, "claim_ref", get("claim_ref"))
    siren, siret = attempt(f.parse_siren, "siren", get("siren")) or (None, None)
    # An unreadable SIREN leaves the type unknown rather than guessed, so that one
    # mistake is reported once and not again as a nature/type contradiction.
    siren_unreadable = any(error.field == "siren" for error in errors)
    debtor_type = _debtor_type(number, get("debtor_type"), siren, siren_unreadable, errors)
    nature = _nature(number, get("nature"), debtor_type, errors)
    country = attempt(f.parse_country, "country", get("country")) or "FR"
    issue_date = attempt(
        f.parse_date, "issue_date", get("issue_date"), date_format=options.date_format
    )
    due_date = attempt(f.parse_date, "due_date", get("due_date"), date_format=options.date_format)
    if due_date is None and not any(e.field == "due_date" for e in errors):
        errors.append(RowError(number, "due_date", "missing"))
    if issue_date and due_date and due_date < issue_date:
        errors.append(
            RowError(
                number,
                "due_date",
                f"due date {due_date:%d/%m/%Y} is before the issue date {issue_date:%d/%m/%Y}",
            )
        )
    has_title = attempt(f.parse_bool, "has_title", get("has_title"))
    title_date = attempt(
        f.parse_date, "title_date", get("title_date"), date_format=options.date_format
    )
    row = dict(
        row=number,
        creditor_ref=creditor_ref,
        creditor_name=attempt(f.text, "creditor_name", get("creditor_name")),
        case_ref=attempt(f.reference, "case_ref", get("case_ref"), required=False),
        debtor_ref=debtor_ref,
        debtor_type=debtor_type,
        debtor_name=debtor_name,
        siren=siren,
        siret=siret,
        vat_number=attempt(f.text, "vat_number", get("vat_number"), max_length=20),
        iban=attempt(f.parse_iban, "iban", get("iban")),
        email=attempt(f.parse_email, "email", get("email")),
        phone=attempt(f.parse_phone, "phone", get("phone"), country=country),
        address=attempt(f.text, "address", get("address"), max_length=300),
        postcode=attempt(f.text, "postcode", get("postcode"), max_length=20),
        city=attempt(f.text, "city", get("city"), max_length=100),
        country=country,
        language=(get("language").lower() or ("en" if country in {"GB", "US", "IE"} else "fr"))[:2],
        claim_ref=claim_ref,
        issue_date=issue_date or due_date,
        due_date=due_date,
        principal=attempt(f.parse_principal, "principal", get("principal"), decimal_mark=options.decimal_mark),
        currency=attempt(f.parse_currency, "currency", get("currency")),
        nature=nature,
        has_title=bool(has_title),
        title_date=title_date,
        contract_rate=attempt(f.parse_rate, "contract_rate", get("contract_rate")),
        formal_notice_date=attempt(f.parse_date, "formal_notice_date", get("formal_notice_date"), date_format=options.date_format),
        description=attempt(f.text, "description", get("description"), max_length=300),
    )  # fmt: skip
    if errors:
        return errors
    if not row["case_ref"]:
        # A case is one debtor's debts for one creditor.
        row["case_ref"] = f"{creditor_ref}-{debtor_ref}"[:64]
    return StandardRow(**row, fingerprint=fingerprint(row))


def fingerprint(row: Mapping[str, Any]) -> str:
    canonical = "\x1f".join(
        "" if row.get(name) is None else str(row.get(name)) for name in ALL_FIELDS + ("siret",)
    )
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
