"""Synthetic portfolios of a French collection agency, seeded and reproducible.

`generate(cases=..., seed=..., today=...)` describes the agency, its creditors and
their mandates; `rows()` then streams one dict per claim in the standard import
format and `payments()` the part payments already received. Nothing is kept in
memory but a bounded pool of recent debtors, so a million cases stream at the same
pace as a hundred, and the same seed and day always give the same portfolio.

Everything is fictional: names come from `words`, e-mail addresses use the
example.com/.net/.org domains reserved by RFC 2606, phone numbers the ranges ARCEP
keeps for fiction (06 39 98 xx xx, 01 99 00 xx xx). SIRENs pass the Luhn check so
imports accept them; being random, a few may match a real company, one more reason
never to use demo data outside a demo.

What makes it realistic: about 70 % of cases against consumers; consumer principals
log-normal around 180 € with a tail to a few thousand (consumer credit 500–15,000 €),
business invoices around 1,800 € with a tail past 50,000 €; monthly or bimonthly
bills from telecom, energy and rent; B2B terms of 30, 45 or 60 days; a few claims
backed by an enforceable title, older; some debtors owing to several creditors of
the office; part payments on about a quarter of cases, never reaching the principal
(the amount invoiced, which `payments()` then reduces).
"""

from __future__ import annotations

import math
import random
import unicodedata
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate, pairwise
from statistics import NormalDist
from typing import NamedTuple

from amiable.demo import words
from amiable.portfolio.imports.standard import STANDARD_FIELDS

# The rows are in the standard import format, so the demo goes through the real importer.
ROW_KEYS: tuple[str, ...] = STANDARD_FIELDS
"""The standard import format, in column order."""

PAYMENT_KEYS: tuple[str, ...] = (
    "case_ref",
    "claim_ref",
    "paid_on",
    "amount",
    "reference",
    "method",
)
PAYMENT_METHODS: tuple[str, ...] = ("virement", "carte", "cheque", "prelevement")

MOBILE_FICTION_PREFIX = "+3363998"
"""06 39 98 xx xx, the mobile numbers ARCEP reserves for fiction, in E.164."""
LANDLINE_FICTION_PREFIX = "+3319900"
"""01 99 00 xx xx, the geographic numbers ARCEP reserves for fiction, in E.164."""
EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.net", "example.org")

MIN_DAYS_OVERDUE = 15
MAX_DAYS_OVERDUE = 700
MAX_PAYMENT_TERM_DAYS = 60
ALLOCATION_ORDER = "interest,indemnity,fee,principal"

_CONSUMER_SHARE = 0.70
_REUSED_DEBTOR_SHARE = 0.08
"""Share of cases against a debtor the office already chases for another creditor."""
_DEBTOR_POOL_SIZE = 4096
"""Recent debtors kept per type for reuse: bounded, so memory does not grow with cases."""
_PAYMENT_SHARE = 0.25
_SIREN_SPAN = 90_000_000
"""SIREN bodies run over 10000000–99999999 (no leading zero), then the Luhn digit."""
_FIRST_DEBTOR_SIREN_INDEX = 100
"""SIREN indexes below this one are the office's and the creditors'."""
_DAY_COUNT = MAX_DAYS_OVERDUE + MAX_PAYMENT_TERM_DAYS + 1
"""Every date of a row is at most this many days before `today`."""


# --- the kinds of creditor --------------------------------------------------------------


class _Billing(NamedTuple):
    """How a kind of creditor bills one kind of debtor."""

    weight: int  # relative share of the office's cases with that kind of debtor
    median: float  # euros per claim
    sigma: float  # spread of the log-normal
    max_claims: int
    floor_cents: int
    ceiling_cents: int


def _consumers(
    weight: int,
    median: float,
    sigma: float,
    *,
    max_claims: int = 6,
    floor_cents: int = 500,
    ceiling_cents: int = 900_000,
) -> _Billing:
    return _Billing(weight, median, sigma, max_claims, floor_cents, ceiling_cents)


def _businesses(weight: int, median: float, sigma: float) -> _Billing:
    return _Billing(weight, median, sigma, 25, 2_000, 25_000_000)


@dataclass(frozen=True)
class _Archetype:
    """A kind of creditor: whom it bills, how much, how often, how it numbers claims."""

    key: str
    name_pattern: str  # with {brand} or {last_name}; the legal form is part of it
    segment: str  # b2c, b2b or mixed
    consumers: _Billing | None
    businesses: _Billing | None
    consumer_nature: str
    cadence_days: int  # between two bills of one case; 0 for irregular deliveries
    same_amount: bool  # rent, subscription: every claim of a case for the same amount
    claim_prefix: str
    claim_with_year: bool
    claim_digits: int
    basis: str  # completes "Mandat de recouvrement amiable …"


_ARCHETYPES: tuple[_Archetype, ...] = (
    _Archetype(
        key="telecom",
        name_pattern="{brand} Télécom SA",
        segment="mixed",
        consumers=_consumers(30, 95.0, 0.85),
        businesses=_businesses(10, 700.0, 1.0),
        consumer_nature="b2c_sale",
        cadence_days=30,
        same_amount=False,
        claim_prefix="FAC-",
        claim_with_year=True,
        claim_digits=5,
        basis="des factures impayées de services de télécommunications (mobile, internet, "
        "téléphonie fixe), contrats grand public et professionnels.",
    ),
    _Archetype(
        key="energy",
        name_pattern="{brand} Énergie SAS",
        segment="mixed",
        consumers=_consumers(25, 260.0, 0.8, max_claims=4),
        businesses=_businesses(10, 2600.0, 1.1),
        consumer_nature="b2c_sale",
        cadence_days=61,
        same_amount=False,
        claim_prefix="ENR-",
        claim_with_year=True,
        claim_digits=7,
        basis="des factures impayées de fourniture d'électricité et de gaz naturel aux "
        "clients résidentiels et professionnels.",
    ),
    _Archetype(
        key="wholesaler",
        name_pattern="{brand} Distribution SAS",
        segment="b2b",
        consumers=None,
        businesses=_businesses(30, 2400.0, 1.15),
        consumer_nature="b2c_sale",
        cadence_days=0,
        same_amount=False,
        claim_prefix="FC-",
        claim_with_year=True,
        claim_digits=6,
        basis="des factures impayées de marchandises livrées à des clients professionnels "
        "(conditions générales de vente, paiement à 30, 45 ou 60 jours).",
    ),
    _Archetype(
        key="software",
        name_pattern="{brand} Logiciels SAS",
        segment="b2b",
        consumers=None,
        businesses=_businesses(15, 1200.0, 0.9),
        consumer_nature="b2c_sale",
        cadence_days=30,
        same_amount=True,
        claim_prefix="INV-",
        claim_with_year=True,
        claim_digits=5,
        basis="des factures impayées d'abonnements logiciels en ligne et de prestations "
        "de maintenance et de formation.",
    ),
    _Archetype(
        key="landlord",
        name_pattern="{brand} Gestion Immobilière SAS",
        segment="mixed",
        consumers=_consumers(10, 720.0, 0.35),
        businesses=_businesses(5, 2200.0, 0.6),
        consumer_nature="other",
        cadence_days=30,
        same_amount=True,
        claim_prefix="LOY-",
        claim_with_year=True,
        claim_digits=6,
        basis="des loyers et charges impayés au titre des baux d'habitation et des baux "
        "commerciaux gérés pour le compte des propriétaires.",
    ),
    _Archetype(
        key="consumer_credit",
        name_pattern="{brand} Crédit SA",
        segment="b2c",
        consumers=_consumers(
            12, 3000.0, 0.75, max_claims=1, floor_cents=50_000, ceiling_cents=1_500_000
        ),
        businesses=None,
        consumer_nature="consumer_credit",
        cadence_days=0,
        same_amount=False,
        claim_prefix="CTR-",
        claim_with_year=False,
        claim_digits=9,
        basis="des sommes restant dues au titre de contrats de crédit à la consommation "
        "après déchéance du terme (capital restant dû et échéances impayées).",
    ),
    _Archetype(
        key="garage",
        name_pattern="Garage {last_name} SARL",
        segment="mixed",
        consumers=_consumers(6, 480.0, 0.7, max_claims=2),
        businesses=_businesses(3, 1300.0, 0.8),
        consumer_nature="b2c_sale",
        cadence_days=0,
        same_amount=False,
        claim_prefix="OR-",
        claim_with_year=True,
        claim_digits=5,
        basis="des factures impayées de réparation, d'entretien et de pièces détachées "
        "pour les véhicules de particuliers et de flottes professionnelles.",
    ),
    _Archetype(
        key="water",
        name_pattern="{brand} Eau et Assainissement SAS",
        segment="b2c",
        consumers=_consumers(12, 170.0, 0.6, max_claims=3),
        businesses=None,
        consumer_nature="b2c_sale",
        cadence_days=182,
        same_amount=False,
        claim_prefix="EAU-",
        claim_with_year=True,
        claim_digits=7,
        basis="des factures impayées de distribution d'eau potable et d'assainissement.",
    ),
    _Archetype(
        key="fitness",
        name_pattern="{brand} Fitness SARL",
        segment="b2c",
        consumers=_consumers(8, 45.0, 0.35),
        businesses=None,
        consumer_nature="b2c_sale",
        cadence_days=30,
        same_amount=True,
        claim_prefix="ABO-",
        claim_with_year=True,
        claim_digits=6,
        basis="des mensualités impayées d'abonnements à une salle de sport.",
    ),
    _Archetype(
        key="equipment_rental",
        name_pattern="{brand} Location Matériel SAS",
        segment="b2b",
        consumers=None,
        businesses=_businesses(10, 2800.0, 1.0),
        consumer_nature="b2c_sale",
        cadence_days=0,
        same_amount=False,
        claim_prefix="LOC-",
        claim_with_year=True,
        claim_digits=6,
        basis="des factures impayées de location de matériel de chantier et d'engins, "
        "transport compris.",
    ),
)
_ALWAYS_PRESENT = 8
"""The first eight kinds are in every portfolio; the others join at random (8–10 creditors)."""


# --- the public face -----------------------------------------------------------------------


@dataclass(frozen=True)
class DemoPortfolio:
    """The agency, its creditors with their mandates, and the recipe for the cases.

    `rows()` and `payments()` regenerate the cases from `seed` and `today` at each
    call: identical output every time, nothing held in memory.
    """

    office: dict[str, str]
    creditors: list[dict[str, object]]
    cases: int
    seed: int
    today: date

    def rows(self) -> Iterator[dict[str, str]]:
        """One dict per claim in the standard import format (`ROW_KEYS`), case by case."""
        iso = _iso_dates(self.today)
        template = dict.fromkeys(ROW_KEYS, "")
        template["country"], template["currency"] = "FR", "EUR"
        for case in _case_stream(cases=self.cases, seed=self.seed, today=self.today):
            creditor_ref, case_ref, identity, nature, has_title, claims, _payments = case
            # Copying a prepared dict is twice as fast as a 19-key literal.
            base = template.copy()
            base["creditor_ref"], base["case_ref"] = creditor_ref, case_ref
            (
                base["debtor_ref"],
                base["debtor_type"],
                base["debtor_name"],
                base["siren"],
                base["email"],
                base["phone"],
                base["address"],
                base["postcode"],
                base["city"],
            ) = identity
            base["nature"], base["has_title"] = nature, "true" if has_title else "false"
            for claim_ref, issue_offset, due_offset, cents in claims:
                row = base.copy()
                row["claim_ref"] = claim_ref
                row["issue_date"] = iso[issue_offset]
                row["due_date"] = iso[due_offset]
                row["principal"] = _amount_text(cents)
                yield row

    def payments(self) -> Iterator[dict[str, str]]:
        """Part payments already received (`PAYMENT_KEYS`), oldest first within a case."""
        iso = _iso_dates(self.today)
        for case in _case_stream(cases=self.cases, seed=self.seed, today=self.today):
            case_ref = case[1]
            for claim_ref, paid_offset, cents, reference, method in case[6]:
                yield {
                    "case_ref": case_ref,
                    "claim_ref": claim_ref,
                    "paid_on": iso[paid_offset],
                    "amount": _amount_text(cents),
                    "reference": reference,
                    "method": method,
                }


def generate(*, cases: int, seed: int = 42, today: date) -> DemoPortfolio:
    """Describe a portfolio of `cases` cases; its rows stream from the result."""
    if cases < 0:
        raise ValueError(f"cases must be zero or more, not {cases}")
    setup = _setup(seed=seed, today=today)
    return DemoPortfolio(
        office=setup.office, creditors=setup.creditors, cases=cases, seed=seed, today=today
    )


def _amount_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


# --- the office and its creditors -------------------------------------------------------


@dataclass(frozen=True)
class _Setup:
    office: dict[str, str]
    creditors: list[dict[str, object]]
    archetypes: list[_Archetype]
    sirens: _SirenSequence


def _setup(*, seed: int, today: date) -> _Setup:
    rng = random.Random(f"amiable-demo:{seed}:office")
    sirens = _SirenSequence(rng)
    brands = rng.sample(words.BRAND_WORDS, 12)
    office_brand = brands.pop()
    postcode, city = rng.choice(_BIG_CITIES)
    office = {
        "name": f"{office_brand} Recouvrement SAS",
        "siren": sirens.siren(0),
        "address": _street_address(rng),
        "postcode": postcode,
        "city": city,
        "email": f"contact.{_ascii(office_brand)}@example.org",
        "phone": f"{LANDLINE_FICTION_PREFIX}{rng.randrange(10_000):04d}",
    }
    extras = list(_ARCHETYPES[_ALWAYS_PRESENT:])
    rng.shuffle(extras)
    chosen = list(_ARCHETYPES[:_ALWAYS_PRESENT]) + extras[: rng.randrange(len(extras) + 1)]
    creditors = [
        _creditor(rng, archetype, index, brands.pop(), sirens.siren(index), today)
        for index, archetype in enumerate(chosen, start=1)
    ]
    return _Setup(office=office, creditors=creditors, archetypes=chosen, sirens=sirens)


def _creditor(
    rng: random.Random, archetype: _Archetype, index: int, brand: str, siren: str, today: date
) -> dict[str, object]:
    name = archetype.name_pattern.format(brand=brand, last_name=rng.choice(words.LAST_NAMES))
    postcode, city = rng.choice(_BIG_CITIES)
    # Signed before the oldest claim of the portfolio fell due.
    signed_on = today - timedelta(days=_DAY_COUNT + rng.randrange(30, 1200))
    flat = rng.random() < 0.2
    max_instalments = rng.randint(3, 12)
    return {
        "ref": f"CRED-{index:03d}",
        "name": name,
        "siren": siren,
        "address": _street_address(rng),
        "postcode": postcode,
        "city": city,
        "is_natural_person": False,
        "segment": archetype.segment,
        "mandate": {
            "reference": f"MDT-{signed_on.year}-{index:03d}",
            "signed_on": signed_on.isoformat(),
            "basis": "Mandat de recouvrement amiable " + archetype.basis,
            "fee_basis": "flat_per_case" if flat else "percent_of_collected",
            "fee_rate_percent": "0" if flat else rng.choice(("8", "10", "12.5", "15", "18", "20")),
            "flat_fee": f"{rng.choice((25, 30, 35, 45, 60))}.00" if flat else "",
            "payover_days": rng.choice((7, 10, 15, 30)),  # R124-6: one month at most
            "max_instalments": max_instalments,
            "min_instalment": rng.choice(
                ("100.00", "150.00", "200.00")
                if archetype.segment == "b2b"
                else ("20.00", "30.00", "50.00")
            ),
            "max_plan_months": max_instalments + rng.choice((0, 0, 0, 3, 6)),
            "lump_sum_discount_percent": rng.choice(("0", "0", "2", "3", "5", "10")),
            "allocation_order": ALLOCATION_ORDER,
            # Late-payment interest: between professionals (L441-10) and by credit contract.
            "late_interest": archetype.segment != "b2c" or archetype.key == "consumer_credit",
            # The €40 indemnity (D441-5) exists only between professionals.
            "fixed_indemnity": archetype.segment != "b2c",
        },
    }


class _SirenSequence:
    """Distinct SIRENs by index: an affine permutation of the 8-digit bodies, then Luhn."""

    def __init__(self, rng: random.Random) -> None:
        multiplier = rng.randrange(10_000_001, _SIREN_SPAN, 2)
        while math.gcd(multiplier, _SIREN_SPAN) != 1:
            multiplier += 2
        self.multiplier = multiplier
        self.offset = rng.randrange(_SIREN_SPAN)

    def siren(self, index: int) -> str:
        body = 10_000_000 + (self.multiplier * index + self.offset) % _SIREN_SPAN
        high, low = divmod(body, 10_000)
        return f"{body}{-(_LUHN_BY_FOUR_DIGITS[high] + _LUHN_BY_FOUR_DIGITS[low]) % 10}"


def _luhn_sum(digits: str) -> int:
    """The Luhn sum of digits that a check digit will follow: their last digit is doubled."""
    doubled = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
    return sum(
        doubled[int(digit)] if position % 2 == 0 else int(digit)
        for position, digit in enumerate(reversed(digits))
    )


# Both halves of an 8-digit body end on a doubled position, so one table serves both.
_LUHN_BY_FOUR_DIGITS = tuple(_luhn_sum(f"{chunk:04d}") for chunk in range(10_000))


# --- word tables, prepared once ---------------------------------------------------------


def _ascii(text: str) -> str:
    """Lower-case ASCII for an e-mail local part: "Lefèvre" → "lefevre", "Le Gall" → "le-gall"."""
    text = text.replace("œ", "oe").replace("Œ", "Oe")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().replace(" ", "-").replace("'", "")


_FIRST_NAMES = words.FIRST_NAMES
_FIRST_SLUGS = tuple(_ascii(name) for name in _FIRST_NAMES)
_LAST_NAMES = words.LAST_NAMES
_LAST_SLUGS = tuple(_ascii(name) for name in _LAST_NAMES)
_ACTIVITIES = words.BUSINESS_ACTIVITIES
_ACTIVITY_SLUGS = tuple(_ascii(name) for name in _ACTIVITIES)
_PLACES = words.BUSINESS_PLACES
_PLACE_SLUGS = tuple(_ascii(name) for name in _PLACES)
_LEGAL_FORMS = words.LEGAL_FORMS
_STREETS = tuple(f"{kind} {name}" for kind in words.STREET_TYPES for name in words.STREET_NAMES)
# "12 ", "3 bis ": every street has a number 1, fewer reach 150.
_HOUSE_NUMBERS = tuple(
    f"{number} " for number in range(1, 151) for _ in range(1 + 300 // (number + 20))
) + tuple(f"{number} bis " for number in range(1, 60, 3))
_HOUSE_STREET_PAIRS = len(_HOUSE_NUMBERS) * len(_STREETS)
_NAME_PAIRS = len(_FIRST_NAMES) * len(_LAST_NAMES)
_COMMUNES = words.COMMUNES
_COMMUNE_CUMULATIVE = tuple(accumulate(weight for _, _, weight in _COMMUNES))
_COMMUNE_TOTAL = _COMMUNE_CUMULATIVE[-1]
_BIG_CITIES = tuple((postcode, city) for postcode, city, weight in _COMMUNES if weight >= 40)
_BUSINESS_MAILBOXES = ("contact", "compta", "comptabilite", "facturation", "direction", "gestion")

_QUANTILES = 2048
_NORMAL_QUANTILES = tuple(
    NormalDist().inv_cdf((k + 0.5) / (_QUANTILES + 1)) for k in range(_QUANTILES + 1)
)


@lru_cache(maxsize=64)
def _amount_table(median: float, sigma: float) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Log-normal amounts in cents at evenly spaced quantiles, and the steps between them.

    Interpolating in this table costs one uniform draw, where `random.gauss` and `exp`
    would cost ten times as much per claim.
    """
    cents = tuple(median * 100 * math.exp(sigma * z) for z in _NORMAL_QUANTILES)
    steps = (*(high - low for low, high in pairwise(cents)), 0.0)
    return cents, steps


def _street_address(rng: random.Random) -> str:
    return f"{rng.randint(1, 120)} {rng.choice(_STREETS)}"


def _iso_dates(today: date) -> list[str]:
    """ISO dates by days before `today`: each date formatted once, not once per row."""
    return [(today - timedelta(days=offset)).isoformat() for offset in range(_DAY_COUNT)]


# --- the case stream ----------------------------------------------------------------------

_Identity = tuple[str, str, str, str, str, str, str, str, str]
"""debtor_ref, debtor_type, debtor_name, siren, email, phone, address, postcode, city."""
_Claim = tuple[str, int, int, int]
"""claim_ref, issue and due dates as days before today, principal in cents."""
_Payment = tuple[str, int, int, str, str]
"""claim_ref, paid on (days before today), amount in cents, reference, method."""
_Case = tuple[str, str, _Identity, str, bool, list[_Claim], list[_Payment]]
"""creditor_ref, case_ref, debtor, nature, has_title, claims oldest first, payments."""
_Draw = Callable[[], float]


class _Creditor:
    """A creditor while the cases stream: its claim numbering moves on with every claim."""

    __slots__ = (
        "archetype",
        "bit",
        "business_billing",
        "cadence_days",
        "claim_digits",
        "claim_number",
        "claim_prefixes",
        "consumer_billing",
        "consumer_nature",
        "ref",
        "same_amount",
        "title_share",
    )

    def __init__(
        self, index: int, archetype: _Archetype, years: Sequence[int], first_number: int
    ) -> None:
        self.ref = f"CRED-{index:03d}"
        self.archetype = archetype
        self.bit = 1 << index
        self.claim_number = first_number
        self.claim_digits = archetype.claim_digits
        prefix = archetype.claim_prefix
        # By issue date: "FAC-2025-" for an invoice issued in 2025.
        self.claim_prefixes = [
            f"{prefix}{year}-" if archetype.claim_with_year else prefix for year in years
        ]
        # Lenders go to court more often than others before handing a file over.
        self.title_share = 0.08 if archetype.key == "consumer_credit" else 0.025
        self.cadence_days = archetype.cadence_days
        self.same_amount = archetype.same_amount
        self.consumer_nature = archetype.consumer_nature
        self.consumer_billing = _billing_terms(archetype.consumers)
        self.business_billing = _billing_terms(archetype.businesses)


_BillingTerms = tuple[int, int, int, tuple[float, ...], tuple[float, ...]]
"""max claims, floor and ceiling in cents, amount table and its steps."""


def _billing_terms(billing: _Billing | None) -> _BillingTerms | None:
    if billing is None:
        return None
    cents_table, steps = _amount_table(billing.median, billing.sigma)
    return billing.max_claims, billing.floor_cents, billing.ceiling_cents, cents_table, steps


class _DebtorPool:
    """The last few thousand debtors of one type, some of whom owe a second creditor.

    Each debtor comes with a mask of the creditors already chasing them, one bit each.
    """

    def __init__(self) -> None:
        self.identities: list[_Identity] = []
        self.creditor_bits: list[int] = []
        self.next_slot = 0

    def reuse(self, draw: _Draw, creditor_bit: int) -> _Identity | None:
        if not self.identities or draw() >= _REUSED_DEBTOR_SHARE:
            return None
        slot = int(draw() * len(self.identities))
        if self.creditor_bits[slot] & creditor_bit:
            return None  # a second case for the same creditor would be the same case
        self.creditor_bits[slot] |= creditor_bit
        return self.identities[slot]

    def add(self, identity: _Identity, creditor_bit: int) -> None:
        if len(self.identities) < _DEBTOR_POOL_SIZE:
            self.identities.append(identity)
            self.creditor_bits.append(creditor_bit)
        else:
            self.identities[self.next_slot] = identity
            self.creditor_bits[self.next_slot] = creditor_bit
            self.next_slot = (self.next_slot + 1) % _DEBTOR_POOL_SIZE


def _case_stream(*, cases: int, seed: int, today: date) -> Iterator[_Case]:
    """The cases, one tuple each (see `_Case`).

    One random stream drives everything and is consumed the same way whatever the
    caller keeps, so `rows()` and `payments()` describe the same cases.
    """
    setup = _setup(seed=seed, today=today)
    numbering = random.Random(f"amiable-demo:{seed}:numbering")
    draw = random.Random(f"amiable-demo:{seed}:cases").random
    years = [(today - timedelta(days=offset)).year for offset in range(_DAY_COUNT)]
    compact_dates = [iso.replace("-", "") for iso in _iso_dates(today)]
    creditors = [
        _Creditor(index, archetype, years, numbering.randrange(100, 5000))
        for index, archetype in enumerate(setup.archetypes, start=1)
    ]
    consumer_creditors = [c for c in creditors if c.archetype.consumers]
    consumer_odds = list(accumulate(_weight(c.archetype.consumers) for c in consumer_creditors))
    business_creditors = [c for c in creditors if c.archetype.businesses]
    business_odds = list(accumulate(_weight(c.archetype.businesses) for c in business_creditors))
    consumer_pool, business_pool = _DebtorPool(), _DebtorPool()
    sirens = setup.sirens
    case_prefix = f"DOS-{today.year}-"
    debtor_count = 0

    for case_number in range(1, cases + 1):
        is_business = draw() >= _CONSUMER_SHARE
        if is_business:
            creditor = business_creditors[bisect(business_odds, draw() * business_odds[-1])]
            pool = business_pool
        else:
            creditor = consumer_creditors[bisect(consumer_odds, draw() * consumer_odds[-1])]
            pool = consumer_pool
        identity = pool.reuse(draw, creditor.bit)
        if identity is None:
            debtor_count += 1
            if is_business:
                siren = sirens.siren(_FIRST_DEBTOR_SIREN_INDEX + debtor_count)
                identity = _new_business(draw, f"DEB-{debtor_count:06d}", siren)
            else:
                identity = _new_consumer(draw, f"DEB-{debtor_count:06d}")
            pool.add(identity, creditor.bit)
        has_title = draw() < creditor.title_share
        claims = _claims(draw, creditor, is_business, has_title)
        case_ref = f"{case_prefix}{case_number:06d}"
        payments = (
            _payments(draw, claims, is_business, case_number, compact_dates)
            if draw() < _PAYMENT_SHARE
            else []
        )
        nature = "b2b_invoice" if is_business else creditor.consumer_nature
        yield creditor.ref, case_ref, identity, nature, has_title, claims, payments


def _weight(billing: _Billing | None) -> int:
    return billing.weight if billing else 0


def _address(draw: _Draw) -> tuple[str, str, str]:
    house, street = divmod(int(draw() * _HOUSE_STREET_PAIRS), len(_STREETS))
    address = _HOUSE_NUMBERS[house] + _STREETS[street]
    postcode, city, _weight = _COMMUNES[bisect(_COMMUNE_CUMULATIVE, draw() * _COMMUNE_TOTAL)]
    return address, postcode, city


def _phone(draw: _Draw, mobile_share: float, landline_share: float) -> str:
    kind = draw()
    if kind < mobile_share:
        return f"{MOBILE_FICTION_PREFIX}{int(draw() * 10_000):04d}"
    if kind < mobile_share + landline_share:
        return f"{LANDLINE_FICTION_PREFIX}{int(draw() * 10_000):04d}"
    return ""


def _new_consumer(draw: _Draw, debtor_ref: str) -> _Identity:
    first, last = divmod(int(draw() * _NAME_PAIRS), len(_LAST_NAMES))
    email = ""
    if draw() < 0.85:
        email = f"{_consumer_mailbox(draw, first, last)}@{EMAIL_DOMAINS[int(draw() * 3)]}"
    phone = _phone(draw, 0.72, 0.10)
    address, postcode, city = _address(draw)
    name = f"{_FIRST_NAMES[first]} {_LAST_NAMES[last]}"
    return (debtor_ref, "consumer", name, "", email, phone, address, postcode, city)


def _consumer_mailbox(draw: _Draw, first: int, last: int) -> str:
    first_slug, last_slug = _FIRST_SLUGS[first], _LAST_SLUGS[last]
    style = draw()
    if style < 0.45:
        return f"{first_slug}.{last_slug}"
    number = 1 + int(draw() * 99)
    if style < 0.7:
        return f"{first_slug}.{last_slug}{number}"
    if style < 0.82:
        return f"{first_slug[0]}.{last_slug}"
    if style < 0.92:
        return f"{first_slug}{last_slug}{number}"
    return f"{last_slug}.{first_slug}"


def _new_business(draw: _Draw, debtor_ref: str, siren: str) -> _Identity:
    name, slug = _business_name(draw)
    email = ""
    if draw() < 0.7:
        mailbox = _BUSINESS_MAILBOXES[int(draw() * len(_BUSINESS_MAILBOXES))]
        email = f"{mailbox}.{slug}@{EMAIL_DOMAINS[int(draw() * 3)]}"
    phone = _phone(draw, 0.3, 0.5)
    address, postcode, city = _address(draw)
    return (debtor_ref, "business", name, siren, email, phone, address, postcode, city)


def _business_name(draw: _Draw) -> tuple[str, str]:
    """A business debtor's name and a slug for its e-mail: "Boulangerie Martin SARL"."""
    style = draw()
    last = int(draw() * len(_LAST_NAMES))
    activity = int(draw() * len(_ACTIVITIES))
    form = _LEGAL_FORMS[int(draw() * len(_LEGAL_FORMS))]
    last_name, last_slug = _LAST_NAMES[last], _LAST_SLUGS[last]
    activity_name, activity_slug = _ACTIVITIES[activity], _ACTIVITY_SLUGS[activity]
    if style < 0.35:
        return f"{activity_name} {last_name} {form}", f"{activity_slug}-{last_slug}"
    if style < 0.48:
        return f"{last_name} et Fils {form}", f"{last_slug}-et-fils"
    if style < 0.63:
        place = last % len(_PLACES)
        return f"{activity_name} {_PLACES[place]} {form}", f"{activity_slug}-{_PLACE_SLUGS[place]}"
    if style < 0.72:
        return f"SCI {last_name}", f"sci-{last_slug}"
    if style < 0.85:
        # An entrepreneur individuel trades under their own name followed by "EI".
        first = int(draw() * len(_FIRST_NAMES))
        return f"{_FIRST_NAMES[first]} {last_name} EI", f"{_FIRST_SLUGS[first]}.{last_slug}"
    return f"{last_name} {activity_name} {form}", f"{last_slug}-{activity_slug}"


def _claims(draw: _Draw, creditor: _Creditor, is_business: bool, has_title: bool) -> list[_Claim]:
    """The claims of one case, oldest first, numbered in the creditor's style."""
    if is_business:
        billing = creditor.business_billing
        count = _business_claim_count(draw)
        term = _B2B_TERMS[int(draw() * len(_B2B_TERMS))]
    else:
        billing = creditor.consumer_billing
        count = _consumer_claim_count(draw)
        term = 30 if draw() < 0.7 else 31 + int(draw() * 30)
    assert billing is not None, "creditors are picked among those billing this debtor type"
    max_claims, floor, ceiling, cents_table, steps = billing

    # Due dates from the newest back, one bill per cadence, none older than the limit.
    due = _newest_days_overdue(draw, has_title)
    due_offsets = [due]
    cadence = creditor.cadence_days
    spread = 18 if count >= 10 else 35  # frequent deliveries when invoices pile up
    for _ in range(min(count, max_claims) - 1):
        due += cadence or 3 + int(draw() * spread)
        if due > MAX_DAYS_OVERDUE:
            break
        due_offsets.append(due)

    same_amount = 0
    if creditor.same_amount:
        position = draw() * _QUANTILES
        index = int(position)
        same_amount = int(cents_table[index] + (position - index) * steps[index])
    prefixes, digits, number = creditor.claim_prefixes, creditor.claim_digits, creditor.claim_number
    claims = []
    for due_offset in reversed(due_offsets):
        if same_amount:
            cents = same_amount
        else:  # log-normal, by interpolation in the table of quantiles
            position = draw() * _QUANTILES
            index = int(position)
            cents = int(cents_table[index] + (position - index) * steps[index])
        if cents < floor:
            cents = floor + int(draw() * floor)
        elif cents > ceiling:
            cents = ceiling - int(draw() * ceiling * 0.2)
        number += 1 + (cents & 3)  # other customers' invoices in between
        issue_offset = due_offset + term
        claim_ref = prefixes[issue_offset] + str(number).zfill(digits)
        claims.append((claim_ref, issue_offset, due_offset, cents))
    creditor.claim_number = number
    return claims


_B2B_TERMS = (30, 30, 45, 60)
"""Days from invoice to due date between professionals (L441-10: 60 days at most)."""


def _business_claim_count(draw: _Draw) -> int:
    kind = draw()
    if kind < 0.45:
        return 1
    if kind < 0.65:
        return 2
    if kind < 0.77:
        return 3
    if kind < 0.93:
        return 4 + int(draw() * 6)
    return 10 + int(draw() * 16)  # a customer who kept ordering without paying


def _consumer_claim_count(draw: _Draw) -> int:
    kind = draw()
    if kind < 0.62:
        return 1
    if kind < 0.84:
        return 2
    if kind < 0.94:
        return 3
    return 4 + int(draw() * 3)


def _newest_days_overdue(draw: _Draw, has_title: bool) -> int:
    if has_title:
        return 365 + int(draw() * 240)  # a court title takes months: these debts are old
    kind = draw()
    if kind < 0.08:
        return MIN_DAYS_OVERDUE + int(draw() * 15)
    if kind < 0.83:
        return 30 + int(draw() * 151)
    return 181 + int(draw() ** 1.5 * (MAX_DAYS_OVERDUE - 180))


def _payments(
    draw: _Draw,
    claims: list[_Claim],
    is_business: bool,
    case_number: int,
    compact_dates: list[str],
) -> list[_Payment]:
    """One to three part payments after the due date; a claim is never paid in full."""
    kind = draw()
    count = 1 if kind < 0.6 else 2 if kind < 0.88 else 3
    paid = [0] * len(claims)
    payments = []
    for sequence in range(1, count + 1):
        index = int(draw() * len(claims))
        claim_ref, _issue_offset, due_offset, cents = claims[index]
        amount = int((cents - paid[index]) * (0.1 + 0.4 * draw()))
        if not is_business and amount >= 2_000 and draw() < 0.6:
            amount -= amount % 1_000  # people send round sums: 20 €, 50 €, 120 €
        if amount < 1:
            continue
        paid[index] += amount
        paid_offset = 1 + int(draw() * (due_offset - 1))
        method = draw()
        if method < 0.45:
            method_name, prefix = "virement", "VIR"
        elif method < 0.72:
            method_name, prefix = "carte", "CB"
        elif method < (0.9 if is_business else 0.84):
            method_name, prefix = "cheque", "CHQ"
        else:
            method_name, prefix = "prelevement", "PRLV"
        reference = f"{prefix}-{compact_dates[paid_offset]}-{case_number:07d}{sequence}"
        payments.append((claim_ref, paid_offset, amount, reference, method_name))
    payments.sort(key=_older_first)
    return payments


def _older_first(payment: _Payment) -> int:
    return -payment[1]
