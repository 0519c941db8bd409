"""What a message template sees: a frozen `MessageContext`, and nothing else.

Templates never reach an ORM object, never compute and never type an amount: every
amount is a Decimal taken from the ledger's statement (`ledger.balances.case_statement`)
and written by the `money` filter; every date is written by the `day` filter. The
formatting functions used by those filters live here too, so that the compliance checks
(`playbooks.mentions`) look for exactly what the templates print.

The locked legal text of CPCE L111-8 (reproduced in every first letter, R124-4 5°) lives
here as well: a template may only print it from the context, never paraphrase it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

import phonenumbers
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency
from sqlalchemy.orm import Session

from amiable.core.money import from_cents, quantize
from amiable.ledger.balances import case_statement
from amiable.ledger.choices import ClaimNature, Component, DebtorType
from amiable.ledger.rules import ClaimStatement, Statement
from amiable.payments.reference import case_payment_reference, reference_text
from amiable.portfolio.actions import mandate_in_force
from amiable.portfolio.models import Case, Claim, Creditor, Debtor, Mandate, Tenant

CHANNELS = ("email", "sms", "letter", "call")
LANGS = ("fr", "en")
TONES = ("preventif", "cordial", "ferme")
DEBTOR_TYPES = (DebtorType.CONSUMER.value, DebtorType.BUSINESS.value)

# Babel locales: en_GB writes "15 March 2026" (en_US would write "March 15, 2026").
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
_HOME_COUNTRY = "FR"

# CPCE L111-8 al. 2 and 3, version since 19 March 2014 (loi 2014-344 art. 12), tagged [V]
# in compliance.md §1.1. Re-check against Légifrance on every release.
L111_8_REFERENCE = "Code des procédures civiles d'exécution, article L111-8, alinéas 2 et 3"
L111_8_TEXT = (
    "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du "
    "créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi "
    "au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition "
    "législative contraire.\n\n"
    "Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises "
    "pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie "
    "des frais ainsi exposés à la charge du débiteur de mauvaise foi."
)
# A courtesy translation for English letters, printed after the French text, never
# instead of it: only the French text is the law. Our wording, not an official one.
L111_8_TRANSLATION = (
    "The costs of recovery undertaken without an enforceable title remain payable by the "
    "creditor, unless they relate to an act that the law requires the creditor to perform. "
    "Any contrary clause is deemed unwritten, unless a statute provides otherwise.\n\n"
    "However, a creditor who shows that the steps taken to recover the debt were necessary "
    "may ask the enforcement judge (juge de l'exécution) to leave all or part of the costs "
    "so incurred payable by a debtor acting in bad faith."
)

_CLAIM_LABELS = {
    ClaimNature.B2B_INVOICE: ("Facture", "Invoice"),
    ClaimNature.B2C_SALE: ("Facture", "Invoice"),
    ClaimNature.CONSUMER_CREDIT: ("Contrat de crédit", "Credit agreement"),
    ClaimNature.OTHER: ("Créance", "Claim"),
}


class MessageContextError(ValueError):
    """The case cannot be written to: no mandate, unknown channel, an unlawful amount…"""


class RecoveryFeeRefused(MessageContextError):
    """A consumer's balance holds a recovery fee: it is never shown, the message is refused."""


# What templates see ----------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyView:
    """The office writing (the tenant): who the debtor is dealing with."""

    name: str
    address_lines: tuple[str, ...]
    phone: str | None
    email: str | None
    collector_type: str  # portfolio.choices.CollectorType
    siren: str | None

    @property
    def address(self) -> str:
        return ", ".join(self.address_lines)


@dataclass(frozen=True)
class CreditorView:
    """Whom the money is owed to, and on whose behalf the agency writes."""

    name: str
    address_lines: tuple[str, ...]

    @property
    def address(self) -> str:
        return ", ".join(self.address_lines)


@dataclass(frozen=True)
class DebtorView:
    name: str
    salutation: str  # "Madame, Monsieur," / "Dear Camille Martin,"
    closing: str  # the formula matching the salutation: "Yours sincerely," after a name
    type: str  # consumer or business
    address_lines: tuple[str, ...]

    @property
    def is_consumer(self) -> bool:
        return self.type == DebtorType.CONSUMER.value

    @property
    def is_business(self) -> bool:
        return self.type == DebtorType.BUSINESS.value


@dataclass(frozen=True)
class ClaimView:
    """One invoice or debt of the case, as the debtor knows it."""

    label: str  # "Facture", "Contrat de crédit"… in the message's language
    reference: str
    description: str | None
    issue_date: date
    due_date: date
    amount: Decimal  # the principal charged (the invoice amount)
    balance: Decimal  # what this claim still owes, every component included


@dataclass(frozen=True)
class BalanceView:
    """The ledger's statement, itemised as R124-4 3° asks: what is still due, by component.

    `principal + interest + indemnity + fees == total_due`, to the cent."""

    as_of: date
    principal: Decimal
    interest: Decimal
    indemnity: Decimal  # B2B fixed indemnity (C. com. L441-10, D441-5)
    fees: Decimal  # never for a consumer (L111-8 CPCE): the context refuses it
    payments_received: Decimal  # every payment received, over-payment included
    total_due: Decimal
    credit: Decimal  # an over-payment owed back to the debtor
    claims: tuple[ClaimView, ...]

    @property
    def accessories(self) -> Decimal:
        """The "autres accessoires" of R124-4 3°: everything but principal and interest."""
        return self.indemnity + self.fees


@dataclass(frozen=True)
class FirstLetterView:
    """The first letter (R124-4): every later message recalls its reference and date."""

    reference: str
    sent_on: date


@dataclass(frozen=True)
class PaymentView:
    """How to pay: the agency's segregated client account (R124-2) and/or the portal."""

    iban: str | None  # grouped by four for reading: "FR76 3000 4000 …"
    account_holder: str
    reference: str  # what the debtor quotes on a transfer: the case's "RF…" reference
    portal_url: str | None


@dataclass(frozen=True)
class PlanBoundsView:
    """The instalment plans the creditor pre-approved in the mandate."""

    max_instalments: int
    min_instalment: Decimal
    max_months: int


@dataclass(frozen=True)
class PromiseView:
    """A promise to pay the debtor made: this amount by this date."""

    amount: Decimal
    due_on: date


@dataclass(frozen=True)
class InstalmentView:
    number: int
    due_on: date
    amount: Decimal


@dataclass(frozen=True)
class PlanView:
    """A payment plan the agent offers or the debtor accepted (agent.negotiation)."""

    number: int  # its place in the offer: "option 1", "option 2"
    key: str
    count: int  # instalments
    instalment: Decimal  # the regular instalment
    first_due_on: date
    last_due_on: date
    total: Decimal  # exactly the balance, less a lump-sum discount
    discount: Decimal
    instalments: tuple[InstalmentView, ...]


@dataclass(frozen=True)
class ReceiptLineView:
    label: str  # "Facture FAC-2026-0117 – principal"
    amount: Decimal


@dataclass(frozen=True)
class ReceiptView:
    """A receipt (quittance, R124-6 CPCE) for one payment, as a message states it."""

    number: str  # "Q-2026-000123"
    amount: Decimal
    paid_on: date
    means: str  # "virement bancaire" / "bank transfer", "carte bancaire" / "card"…
    lines: tuple[ReceiptLineView, ...]  # how the payment was allocated
    balance_after: Decimal  # what is still owed after it (0: the case is settled)
    overpaid: Decimal  # paid beyond the balance: owed back to the debtor
    pdf_url: str | None  # the PDF on the debtor page, when there is one

    @property
    def settled(self) -> bool:
        return self.balance_after <= 0


@dataclass(frozen=True)
class ReplyView:
    """What an answer to the debtor needs beyond the case: what the agent did and asks."""

    case_tone: str = "cordial"  # the tone the case had reached: the wording follows it
    missing: str | None = None  # "date" or "amount": what the agent asks the debtor
    counter: bool = False  # the offers answer a proposal outside the creditor's bounds
    stopped_channel: str | None = None  # "email", "sms", "all"
    callback_by: date | None = None  # a person calls back by then
    dispute_type: str | None = None  # nlu.choices.DisputeType
    advice: tuple[str, ...] = ()  # free debt advice services (hardship), one per line
    link_expires_on: date | None = None  # the payment link's last day
    document_requested: bool = False  # a copy was asked: a person sends it
    receipt: ReceiptView | None = None  # payment_receipt: the receipt it carries


@dataclass(frozen=True)
class LegalNoticeView:
    reference: str
    l111_8: str  # the French text, verbatim
    l111_8_translation: str  # an unofficial English translation, printed after it

    @property
    def l111_8_paragraphs(self) -> tuple[str, ...]:
        return tuple(self.l111_8.split("\n\n"))

    @property
    def l111_8_translation_paragraphs(self) -> tuple[str, ...]:
        return tuple(self.l111_8_translation.split("\n\n"))


@dataclass(frozen=True)
class MessageContext:
    """Everything a template may print. Built by `message_context` (or `sample_context`)."""

    channel: str
    lang: str
    tone: str
    as_of: date  # the date of the message
    currency: str
    case_reference: str
    agency: AgencyView
    creditor: CreditorView
    debtor: DebtorView
    balance: BalanceView
    basis: str  # the basis of the claims (R124-4 3°), as the mandate states it
    first_letter: FirstLetterView | None
    payment: PaymentView
    plan: PlanBoundsView
    promise: PromiseView | None
    legal: LegalNoticeView
    # The agent's answers (agent.replies): the plans offered, the plan accepted, what
    # the answer says it did or asks.
    offers: tuple[PlanView, ...] = ()
    plan_accepted: PlanView | None = None
    reply: ReplyView | None = None


VIEWS: frozenset[type] = frozenset(
    {
        AgencyView, CreditorView, DebtorView, ClaimView, BalanceView, FirstLetterView,
        PaymentView, PlanBoundsView, PromiseView, InstalmentView, PlanView, ReceiptLineView,
        ReceiptView, ReplyView, LegalNoticeView, MessageContext,
    }
)  # fmt: skip
"""The plain frozen data a template reads: no attribute of theirs not starting with "_"
can reach code (the sandbox's rendering takes a fast path on them)."""


# Formatting: the only way amounts and dates become text ----------------------------------


def money_text(amount: Decimal, currency: str, lang: str) -> str:
    """ "1 250,00 €" (narrow no-break space, no-break space before €, as Babel writes)
    in French, "€1,250.00" in English. Refuses anything but a Decimal."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"an amount must be a Decimal, not {type(amount).__name__}: {amount!r}")
    if not amount.is_finite() or quantize(amount) != amount:
        # Babel would round half-even without a word: an amount to print is already in cents.
        raise ValueError(f"an amount to print is in whole cents: {amount!r}")
    return _money_text(amount, currency, _locale(lang))


@lru_cache(maxsize=65536)
def _money_text(amount: Decimal, currency: str, locale: str) -> str:
    # A letter prints its total three or four times, and a portfolio has many equal
    # amounts: formatting is done once per value.
    shape = _money_shape(currency, locale)
    if shape is None or not amount:
        return format_currency(amount, currency, locale=locale)
    prefix, group, point, suffix = shape
    units, hundredths = divmod(abs(int(amount * 100)), 100)
    sign = "-" if amount < 0 else ""
    grouped = f"{units:,}".replace(",", group)
    return f"{sign}{prefix}{grouped}{point}{hundredths:02d}{suffix}"


@lru_cache(maxsize=64)
def _money_shape(currency: str, locale: str) -> tuple[str, str, str, str] | None:
    """How Babel writes amounts of `currency` in `locale` — symbol before, group and
    decimal separators, symbol after — read off its own output for 1,234,567.89, so that
    the fast path prints exactly what Babel prints (the tests hold it to that). None for a
    currency Babel does not write with two decimals (F CFP, yen): Babel then writes it."""
    sample = format_currency(Decimal("1234567.89"), currency, locale=locale)
    found = re.fullmatch(r"(\D*)1(\D)234(\D)567(\D)89(\D*)", sample)
    if found is None or found[2] != found[3] or found[2] == found[4]:
        return None
    return found[1], found[2], found[4], found[5]


def day_text(day: date, lang: str) -> str:
    """ "15 mars 2026" / "15 March 2026"; "1er mars 2026", as French writes the first."""
    if not isinstance(day, date):
        raise TypeError(f"a day must be a date, not {type(day).__name__}: {day!r}")
    return _day_text(day, _locale(lang))


@lru_cache(maxsize=4096)
def _day_text(day: date, locale: str) -> str:
    written = format_date(day, "d MMMM y", locale=locale)
    if locale.startswith("fr") and day.day == 1:
        return "1er" + written[1:]
    return written


def day_short_text(day: date, lang: str) -> str:
    """ "15/03/2026" in both languages (day first, as in France and the UK)."""
    if not isinstance(day, date):
        raise TypeError(f"a day must be a date, not {type(day).__name__}: {day!r}")
    return _day_short_text(day, _locale(lang))


@lru_cache(maxsize=4096)
def _day_short_text(day: date, locale: str) -> str:
    return format_date(day, "dd/MM/y", locale=locale)


def _locale(lang: str) -> str:
    if lang not in _LOCALES:
        raise MessageContextError(f"unknown language {lang!r}; expected one of {LANGS}")
    return _LOCALES[lang]


# Building the context from a case ----------------------------------------------------------


def message_context(
    session: Session,
    *,
    case: Case,
    as_of: date,
    channel: str,
    lang: str,
    tone: str = "cordial",
    portal_url: str | None = None,
    promise: PromiseView | None = None,
    first_letter: FirstLetterView | None = None,
    statement: Statement | None = None,
    tenant: Tenant | None = None,
) -> MessageContext:
    """The context of one message about `case`, its amounts as the ledger says on `as_of`.

    `portal_url` is the payment link (or a placeholder the sender replaces with a signed
    link). `first_letter` names the first letter being prepared, when the case has none
    recorded yet. `statement` and `tenant`, when the caller has read them already (the
    dispatcher's batch), spare the queries. Raises MessageContextError without a mandate in force (no mandate, no
    outreach: R124-3), and RecoveryFeeRefused if a consumer's ledger carries a fee.
    """
    check_choice(channel=channel, lang=lang, tone=tone)
    mandate = mandate_in_force(case.creditor, as_of)
    if mandate is None:
        raise MessageContextError(
            f"case {case.reference}: no mandate of {case.creditor.reference} in force on "
            f"{as_of.isoformat()}; the agency may not write (CPCE R124-3)"
        )
    tenant = tenant or session.get(Tenant, case.tenant_id)
    if tenant is None:
        raise MessageContextError(f"case {case.reference}: its tenant does not exist")
    if statement is None:
        statement = case_statement(session, case, as_of)
    _refuse_consumer_fees(case, statement)
    return MessageContext(
        channel=channel,
        lang=lang,
        tone=tone,
        as_of=as_of,
        currency=case.currency,
        case_reference=case.reference,
        agency=agency_view(tenant, lang),
        creditor=creditor_view(case.creditor, lang),
        debtor=debtor_view(case.debtor, lang),
        balance=balance_view(statement, case.claims, lang),
        basis=mandate.basis,
        first_letter=first_letter or _recorded_first_letter(case),
        payment=payment_view(tenant, case.id, portal_url, case.currency),
        plan=plan_view(mandate),
        promise=promise,
        legal=legal_notice(),
    )


def check_choice(*, channel: str, lang: str, tone: str) -> None:
    if channel not in CHANNELS:
        raise MessageContextError(f"unknown channel {channel!r}; expected one of {CHANNELS}")
    if lang not in LANGS:
        raise MessageContextError(f"unknown language {lang!r}; expected one of {LANGS}")
    if tone not in TONES:
        raise MessageContextError(f"unknown tone {tone!r}; expected one of {TONES}")


def _refuse_consumer_fees(case: Case, statement: Statement) -> None:
    """Fail closed: a fee ever charged to a consumer taints the whole balance shown."""
    if case.debtor.type != DebtorType.CONSUMER.value:
        return
    charged = sum((claim.charged[Component.FEE] for claim in statement.claims), start=Decimal(0))
    if charged or statement.due_by_component[Component.FEE]:
        raise RecoveryFeeRefused(
            f"case {case.reference}: the ledger charges {charged} of fees to a consumer. "
            "L111-8 CPCE: recovery costs without an enforceable title stay with the creditor, "
            "and asking a consumer for them is an offence; remove the fee entry and tell the "
            "compliance officer before writing to this debtor"
        )


def _recorded_first_letter(case: Case) -> FirstLetterView | None:
    if case.first_letter_reference and case.first_letter_on:
        return FirstLetterView(reference=case.first_letter_reference, sent_on=case.first_letter_on)
    return None


def agency_view(tenant: Tenant, lang: str) -> AgencyView:
    return AgencyView(
        name=tenant.name,
        address_lines=address_lines(
            tenant.address, tenant.postcode, tenant.city, tenant.country, lang
        ),
        phone=phone_text(tenant.phone, lang),
        email=tenant.email,
        collector_type=tenant.collector_type,
        siren=tenant.siren,
    )


def creditor_view(creditor: Creditor, lang: str) -> CreditorView:
    return CreditorView(
        name=creditor.name,
        address_lines=address_lines(
            creditor.address, creditor.postcode, creditor.city, creditor.country, lang
        ),
    )


def debtor_view(debtor: Debtor, lang: str) -> DebtorView:
    name = " ".join(debtor.name.split())
    return DebtorView(
        name=name,
        salutation=salutation(name, debtor.type, lang),
        closing=closing(debtor.type, lang),
        type=debtor.type,
        address_lines=address_lines(
            debtor.address, debtor.postcode, debtor.city, debtor.country, lang
        ),
    )


def salutation(name: str, debtor_type: str, lang: str) -> str:
    # The debtor's civility is not recorded: French letters use the neutral formal form.
    if lang == "fr":
        return "Madame, Monsieur,"
    if debtor_type == DebtorType.BUSINESS.value:
        return "Dear Sir or Madam,"
    return f"Dear {name},"


def closing(debtor_type: str, lang: str) -> str:
    """The letter's closing formula, matching `salutation` (British usage: "Yours faithfully"
    only after "Dear Sir or Madam")."""
    if lang == "fr":
        return "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées."
    if debtor_type == DebtorType.BUSINESS.value:
        return "Yours faithfully,"
    return "Yours sincerely,"


def balance_view(statement: Statement, claims: list[Claim], lang: str) -> BalanceView:
    due = statement.due_by_component
    by_id = {claim.id: claim for claim in claims}
    return BalanceView(
        as_of=statement.as_of,
        principal=due[Component.PRINCIPAL],
        interest=due[Component.INTEREST],
        indemnity=due[Component.INDEMNITY],
        fees=due[Component.FEE],
        payments_received=statement.total_received,
        total_due=statement.total_due,
        credit=statement.overpaid,
        claims=tuple(
            claim_view(by_id[line.claim_id], line, lang)
            for line in statement.claims
            if line.claim_id in by_id
        ),
    )


def claim_view(claim: Claim, line: ClaimStatement, lang: str) -> ClaimView:
    french, english = _CLAIM_LABELS.get(ClaimNature(claim.nature), ("Créance", "Claim"))
    return ClaimView(
        label=french if lang == "fr" else english,
        reference=claim.reference,
        description=claim.description,
        issue_date=claim.issue_date,
        due_date=claim.due_date,
        amount=line.charged[Component.PRINCIPAL],
        balance=line.balance,
    )


# The currency an account of this country's IBAN takes; any other SEPA country: euros.
_ACCOUNT_CURRENCIES = {"GB": "GBP", "CH": "CHF", "GI": "GBP"}


def payment_view(
    tenant: Tenant, case_id: int, portal_url: str | None, currency: str = "EUR"
) -> PaymentView:
    """How to pay. The client account is shown only to debtors who can pay into it in the
    case's currency: a pound debt is not sent to a euro account (the debtor page takes it).
    The reference to quote is the case's ISO 11649 one, which reconciliation reads first."""
    iban = tenant.client_account_iban
    if iban and _ACCOUNT_CURRENCIES.get(iban[:2].upper(), "EUR") != currency:
        iban = None
    return PaymentView(
        iban=iban_text(iban),
        account_holder=tenant.name,
        reference=reference_text(case_payment_reference(case_id)),
        portal_url=portal_url,
    )


def plan_view(mandate: Mandate) -> PlanBoundsView:
    return PlanBoundsView(
        max_instalments=mandate.max_instalments,
        min_instalment=from_cents(mandate.min_instalment_cents),
        max_months=mandate.max_plan_months,
    )


def legal_notice() -> LegalNoticeView:
    return LegalNoticeView(
        reference=L111_8_REFERENCE, l111_8=L111_8_TEXT, l111_8_translation=L111_8_TRANSLATION
    )


def address_lines(
    street: str | None, postcode: str | None, city: str | None, country: str | None, lang: str
) -> tuple[str, ...]:
    lines = [" ".join((street or "").split()), " ".join(f"{postcode or ''} {city or ''}".split())]
    if country and country != _HOME_COUNTRY:
        lines.append(Locale.parse(_locale(lang)).territories.get(country, country))
    return tuple(line for line in lines if line)


@lru_cache(maxsize=4096)
def phone_text(phone: str | None, lang: str) -> str | None:
    """ "04 72 00 00 00" for a French reader, "+33 4 72 00 00 00" for the others."""
    if not phone:
        return None
    try:
        number = phonenumbers.parse(phone, _HOME_COUNTRY)
    except phonenumbers.NumberParseException:
        return phone
    national = lang == "fr" and number.country_code == 33
    style = phonenumbers.PhoneNumberFormat.NATIONAL if national else phonenumbers.PhoneNumberFormat.INTERNATIONAL  # fmt: skip
    return phonenumbers.format_number(number, style)


def iban_text(iban: str | None) -> str | None:
    """An IBAN in groups of four, as it is printed for people to copy."""
    if not iban:
        return None
    compact = re.sub(r"\s", "", iban).upper()
    return " ".join(compact[start : start + 4] for start in range(0, len(compact), 4))


# A fully populated context: the golden files, and `templates.load_all` rendering every
# template to catch a variable the context does not have. ---------------------------------


def sample_context(
    *, channel: str, lang: str, tone: str, debtor_type: str = DebtorType.CONSUMER.value
) -> MessageContext:
    """A fixed context with every optional part filled in (first letter, IBAN, portal,
    promise). A consumer owing two telecom invoices, or a joinery owing two B2B invoices."""
    check_choice(channel=channel, lang=lang, tone=tone)
    business = debtor_type == DebtorType.BUSINESS.value
    balance = _sample_business_balance(lang) if business else _sample_consumer_balance(lang)
    debtor_name = "Menuiserie Roux SAS" if business else "Camille Martin"
    return MessageContext(
        channel=channel,
        lang=lang,
        tone=tone,
        as_of=date(2026, 11, 20),
        currency="EUR",
        case_reference="D-2026-0042",
        agency=AgencyView(
            name="Alcyon Gestion",
            address_lines=("24 rue Garibaldi", "69006 Lyon"),
            phone=phone_text("+33472000000", lang),
            email="contact@alcyon-gestion.example",
            collector_type="agency",
            siren="812345678",
        ),
        creditor=CreditorView(
            name="Opaline Télécom SAS", address_lines=("8 quai Saint-Antoine", "69002 Lyon")
        ),
        debtor=DebtorView(
            name=debtor_name,
            salutation=salutation(debtor_name, debtor_type, lang),
            closing=closing(debtor_type, lang),
            type=debtor_type,
            address_lines=("12 rue des Lilas", "69003 Lyon"),
        ),
        balance=balance,
        basis=_SAMPLE_BASIS[(business, lang)],
        first_letter=FirstLetterView(reference="AG-2026-0042-L1", sent_on=date(2026, 10, 12)),
        payment=PaymentView(
            iban=iban_text("FR7630004000031234567890143"),
            account_holder="Alcyon Gestion",
            reference=reference_text(case_payment_reference(42)),
            portal_url="https://pay.alcyon-gestion.example/p/7Q2XK9",
        ),
        plan=PlanBoundsView(max_instalments=3, min_instalment=Decimal("50.00"), max_months=3),
        promise=PromiseView(amount=Decimal("300.00"), due_on=date(2026, 11, 25)),
        legal=legal_notice(),
    )


_SAMPLE_BASIS = {
    (False, "fr"): "Factures impayées d'abonnement téléphonique (contrat n° OT-558120)",
    (False, "en"): "Unpaid telephone subscription invoices (contract no. OT-558120)",
    (True, "fr"): "Factures impayées de prestations de télécommunication (contrat n° OT-PRO-2231)",
    (True, "en"): "Unpaid telecommunication services invoices (contract no. OT-PRO-2231)",
}


def _sample_consumer_balance(lang: str) -> BalanceView:
    label = "Facture" if lang == "fr" else "Invoice"
    return BalanceView(
        as_of=date(2026, 11, 20),
        principal=Decimal("1150.00"),
        interest=Decimal("12.34"),
        indemnity=Decimal("0.00"),
        fees=Decimal("0.00"),
        payments_received=Decimal("100.00"),
        total_due=Decimal("1162.34"),
        credit=Decimal("0.00"),
        claims=(
            ClaimView(label, "FAC-2026-0117", None, date(2026, 1, 5), date(2026, 2, 4),
                      Decimal("180.50"), Decimal("80.50")),
            ClaimView(label, "FAC-2026-0342", None, date(2026, 3, 2), date(2026, 4, 1),
                      Decimal("1069.50"), Decimal("1081.84")),
        ),
    )  # fmt: skip


def _sample_business_balance(lang: str) -> BalanceView:
    label = "Facture" if lang == "fr" else "Invoice"
    return BalanceView(
        as_of=date(2026, 11, 20),
        principal=Decimal("2400.00"),
        interest=Decimal("37.85"),
        indemnity=Decimal("80.00"),
        fees=Decimal("0.00"),
        payments_received=Decimal("0.00"),
        total_due=Decimal("2517.85"),
        credit=Decimal("0.00"),
        claims=(
            ClaimView(label, "OT-F-88412", None, date(2026, 8, 3), date(2026, 9, 2),
                      Decimal("1600.00"), Decimal("1666.63")),
            ClaimView(label, "OT-F-89027", None, date(2026, 9, 1), date(2026, 10, 1),
                      Decimal("800.00"), Decimal("851.22")),
        ),
    )  # fmt: skip
