"""Reconciliation at scale: a day's bank statement against an office of a million cases.

Target (issue "Payments"): matching a 100,000-line camt.053 against 1,000,000 open cases
in under 30 s — reading the file, building the index of the office's cases (references,
debtors' names and IBANs, invoice numbers, then what the cases the weak evidence points
at were asked for), and matching every line, in one process. And on a generated
statement whose truth is known: the match rate, and the precision of what is booked
without a person, which must be 1.000.

The office is filled with set-based SQL (the read path needs the data's shape, not the
import path) and kept in .bench/ between runs, keyed by the schema's revision and its
size. The statement is generated with a fixed seed, directly from the cases' ids, in the
mix of `amiable demo statement` at scale: the RF reference in the structured field or
typed in the text, the case reference in every spacing, an invoice number, the payer's
IBAN with the very balance, a name alone, strangers. A camt.053 of 100,000 lines weighs
more than the parser's cap (`statements.MAX_BYTES`): the bank's statement comes in
pages, each a camt.053 of its own, as banks paginate long statements.

Last, the whole import (`statement_import`: parse, store, match, and book each matched
payment on the ledger with its receipt) of a slice of the statement, on a copy of the
office, so that the kept database stays as it was filled.
"""

from __future__ import annotations

import random
import resource
import shutil
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from amiable.core.db import Database
from amiable.core.migrate import head_revision, upgrade
from amiable.payments.matching import CaseIndex, Match, match_line
from amiable.payments.reconcile import case_index, statement_import
from amiable.payments.reference import case_payment_reference, reference_text
from amiable.payments.statements import MAX_BYTES, parse_statements
from amiable.payments.statements.model import Direction, StatementLine
from amiable.payments.statements.writer import camt053
from amiable.portfolio.keys import name_key, reference_key
from benchmarks.common import WORK, verdict

TARGET_SECONDS = 30.0
TARGET_CASES = 1_000_000
CREDITORS = 10
TENANT_ID = 1
FILL_VERSION = "payments v3"  # in the tenant's name: a change of the fill rebuilds it
PAGE_LINES = 25_000  # lines per camt.053 page: ~35 MB, under the parser's 50 MB cap
DAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
OFFICE_IBAN = "FR7630006000011234567890189"

# status → share of cases (%): mostly open, a few the matcher must hold for a person
STATUSES = [("active", 62), ("new", 15), ("promised", 5), ("on_plan", 5), ("paid", 5),
            ("closed", 3), ("disputed", 2), ("hardship_hold", 1), ("legal_stop", 1),
            ("handed_over", 1)]  # fmt: skip
OPEN = ("new", "active", "promised", "on_plan")
# how debtors write their transfers → share of lines (%)
KINDS = [("rf", 35), ("rf_text", 15), ("case_text", 20), ("invoice", 10), ("iban", 8),
         ("name", 7), ("stranger", 5)]  # fmt: skip
IDENTITY = ("rf", "rf_text", "case_text", "invoice")

FIRST_NAMES = ("Marie", "Jean", "Nathalie", "Pierre", "Isabelle", "Michel", "Sylvie", "Philippe",
               "Catherine", "Alain", "Françoise", "Nicolas", "Sandrine", "Éric", "Valérie",
               "Laurent", "Christine", "Stéphane", "Céline", "Olivier", "Hélène", "David",
               "Aurélie", "Julien", "Sophie", "Thomas", "Camille", "Karim", "Fatima", "Léa",
               "Hugo", "Chloé", "Mohamed", "Inès", "Lucas", "Manon", "Yann", "Agnès", "Rémi",
               "Zoé")  # fmt: skip
LAST_NAMES = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
              "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
              "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
              "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
              "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
              "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez",
              "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen",
              "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger")  # fmt: skip
TRADES = ("Bâtiment", "Transports", "Services", "Boulangerie", "Plomberie", "Conseil",
          "Informatique", "Immobilier", "Restauration", "Couverture")  # fmt: skip
FORMS = ("SARL", "SAS", "EURL", "SA", "SASU")
DEBTOR_BANKS = ("30004", "30002", "30003", "10278", "20041", "30066", "10107", "18206",
                "11315", "13335")  # fmt: skip
STRANGER_BANKS = ("17515", "16958", "12548")  # no debtor banks here: no IBAN of ours
STRANGERS = ("SCI DES TILLEULS", "CAISSE ALLOC FAMILIALES", "LOYER GARAGE", "ASSURANCE MUTUELLE",
             "SARL ATELIER DU PORT", "ASSOCIATION LES AMIS DU PARC", "TRESOR PUBLIC",
             "CPAM REMBOURSEMENT", "SYNDIC COPROPRIETE", "MME NADIA BENALIOU-KESSLER")  # fmt: skip


def run(*, quick: bool) -> None:
    cases = 100_000 if quick else TARGET_CASES
    size = 10_000 if quick else 100_000
    booked = 500 if quick else 2_000
    database, path = _filled(cases)
    started = time.perf_counter()
    generated = _statement(database, size)
    pages = [
        camt053(generated.lines[start : start + PAGE_LINES], account_iban=OFFICE_IBAN,
                statement_id=f"BENCH-{DAY:%Y%m%d}-{start // PAGE_LINES + 1}", created_at=NOW)
        for start in range(0, size, PAGE_LINES)
    ]  # fmt: skip
    weight = sum(len(page) for page in pages)
    assert all(len(page) <= MAX_BYTES for page in pages)
    paged = (f"in {len(pages)} camt.053 pages of ≤ {PAGE_LINES:,} lines (one file would be "
             f"{weight / 1e6:.0f} MB, over the parser's {MAX_BYTES // 1_000_000} MB cap)"
             if len(pages) > 1 else "in one camt.053")  # fmt: skip
    print(f"statement of {size:,} credits generated {paged}, {weight / 1e6:.0f} MB, in "
          f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
    indexing = _measure(database, cases, pages, generated)
    database.dispose()
    _book(path, generated, booked, indexing)


@dataclass
class _Generated:
    lines: list[StatementLine]
    truth: dict[str, tuple[int, ...]]  # bank reference → the case ids it pays (none: stranger)
    kinds: dict[str, str]  # bank reference → how the payer wrote it


# -- measuring ---------------------------------------------------------------------------


def _measure(database: Database, cases: int, pages: list[bytes], generated: _Generated) -> float:
    """Print the figures of parse, index and match; return the index's seconds."""
    started = time.perf_counter()
    # As `statements import` reads the pages of a statement: on every core.
    parsed = parse_statements([(page, f"page-{number}.xml") for number, page in enumerate(pages)])
    lines = [line for page in parsed if not isinstance(page, Exception)
             for s in page.statements for line in s.lines]  # fmt: skip
    parsing = time.perf_counter() - started
    print(f"parse {len(lines):,} lines in {len(pages)} pages: {parsing:.1f} s "
          f"({len(lines) / parsing:,.0f} lines/s)", flush=True)  # fmt: skip
    assert len(lines) == len(generated.lines)

    started = time.perf_counter()
    with database.read() as session:
        index = case_index(session, TENANT_ID, lines)
    indexing = time.perf_counter() - started
    print(f"index of {len(index.cases):,} cases ({len(index.by_claim):,} invoice references, "
          f"{len(index.by_iban):,} IBANs, {len(index.by_name):,} names; amounts read for "
          f"{len(index.expected):,} candidates): {indexing:.1f} s", flush=True)  # fmt: skip

    started = time.perf_counter()
    matches = [match_line(line, index) for line in lines if line.direction == Direction.CREDIT]
    matching = time.perf_counter() - started
    print(f"match {len(matches):,} lines: {matching:.1f} s ({len(matches) / matching:,.0f} "
          "lines/s)", flush=True)  # fmt: skip
    memory_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    total = parsing + indexing + matching
    # Lines and cases both grow tenfold from --quick: every step is linear in one of them.
    projected = total * TARGET_CASES / cases
    scale = "" if cases == TARGET_CASES else f" (projected from {cases:,} cases: {projected:.0f} s)"
    print(f"matching total (parse + index + match) {total:.1f} s — "
          f"{verdict(projected < TARGET_SECONDS)} (< {TARGET_SECONDS:.0f} s){scale}", flush=True)  # fmt: skip
    _quality(lines, matches, generated, index)
    print(f"peak memory {memory_mb:,.0f} MB (the process: generation, parse, index, match)",
          flush=True)  # fmt: skip
    return indexing


def _quality(
    lines: list[StatementLine], matches: list[Match], generated: _Generated, index: CaseIndex
) -> None:
    outcome: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    auto = right = 0
    for line, match in zip(lines, matches, strict=True):
        reference = line.bank_reference or ""
        kind, truth = generated.kinds[reference], generated.truth[reference]
        if match.auto:
            auto += 1
            if match.case_ids == truth:
                right += 1
                outcome[(kind, "auto")] += 1
            else:
                outcome[(kind, "wrong")] += 1
                if len(wrong) < 5:
                    names = [index.cases[case_id].reference for case_id in truth]
                    wrong.append(f"  wrong {reference} ({kind}, truth {names}): {match.reason}")
        elif match.case_ids:
            suggested = bool(truth) and truth[0] in match.case_ids
            outcome[(kind, "review" if suggested else "review_other")] += 1
        else:
            outcome[(kind, "unmatched")] += 1
    count = len(matches)
    review = sum(n for (_, what), n in outcome.items() if what.startswith("review"))
    unmatched = sum(n for (_, what), n in outcome.items() if what == "unmatched")
    precision = right / auto if auto else 1.0
    print(f"match rate {auto / count:.3f} (auto-matched), to review {review / count:.3f}, "
          f"unmatched {unmatched / count:.3f}; precision on auto-matched lines {precision:.3f} "
          f"({auto - right} wrong of {auto:,}) — "
          f"{'meets' if precision == 1.0 else 'MISSES'} the target (1.000)", flush=True)  # fmt: skip
    for line in wrong:
        print(line, flush=True)
    identity = sum(1 for kind in generated.kinds.values() if kind in IDENTITY)
    found = sum(outcome[(kind, "auto")] for kind in IDENTITY)
    print(f"recall of identity evidence (RF, case reference, invoice) {found / identity:.3f} "
          f"({found:,} of {identity:,} lines booked on their case)", flush=True)  # fmt: skip
    for kind, _ in KINDS:
        row = {what: n for (of, what), n in outcome.items() if of == kind}
        of_kind = sum(row.values())
        parts = ", ".join(f"{what} {n / of_kind:.3f}" for what, n in sorted(row.items()))
        print(f"  {kind:>9} ({of_kind:,} lines): {parts}", flush=True)


def _book(path: Path, generated: _Generated, size: int, indexing: float) -> None:
    """`statement_import` of the statement's first `size` lines on a copy of the office."""
    data = camt053(generated.lines[:size], account_iban=OFFICE_IBAN,
                   statement_id=f"BENCH-{DAY:%Y%m%d}-SLICE", created_at=NOW)  # fmt: skip
    with tempfile.TemporaryDirectory(dir=WORK) as folder:
        copy = Path(folder) / path.name
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
        database = Database(f"sqlite:///{copy}")
        started = time.perf_counter()
        result = statement_import(database, tenant_id=TENANT_ID, data=data, actor="bench",
                                  now=NOW, filename="bench-slice.xml")  # fmt: skip
        seconds = time.perf_counter() - started
        with database.read() as session:
            rows = session.execute(
                text("SELECT bank_reference, case_id FROM bank_line "
                     "WHERE import_id = :id AND status = 'matched'"), {"id": result.import_id}
            ).all()  # fmt: skip
            payments = session.execute(
                text("SELECT count(*) FROM ledger_entry WHERE kind = 'payment' "
                     "AND external_reference LIKE 'bank:%'")
            ).scalar()  # fmt: skip
        database.dispose()
    wrong = sum(1 for reference, case_id in rows if generated.truth[reference] != (case_id,))
    print(f"import with booking of {size:,} lines on a copy of the office (a file this small "
          f"looks its cases up by key): {seconds:.1f} s, {size / seconds:,.0f} lines/s; counts "
          f"{result.counts()}; {payments:,} payments on the ledger; {wrong} booked on a case not "
          "the truth's", flush=True)  # fmt: skip


# -- the statement, with its truth -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Case:
    id: int
    reference: str
    debtor_name: str
    business: bool
    iban: str | None
    claims: tuple[str, ...]
    balance: int  # cents: principal less payments


def _statement(database: Database, size: int) -> _Generated:
    rng = random.Random(20261120)
    kinds = [kind for kind, share in KINDS for _ in range(size * share // 100)]
    kinds += ["rf"] * (size - len(kinds))
    rng.shuffle(kinds)
    payers = sum(1 for kind in kinds if kind != "stranger")
    with database.read() as session:
        pool = session.execute(
            text('SELECT c.id, d.iban IS NOT NULL FROM "case" c JOIN debtor d ON d.id = c.debtor_id '
                 f"WHERE c.tenant_id = :tenant AND c.status IN {OPEN!r} ORDER BY c.id"),
            {"tenant": TENANT_ID},
        ).all()  # fmt: skip
        with_iban = [case_id for case_id, has_iban in pool if has_iban]
        rng.shuffle(with_iban)
        by_iban = with_iban[: kinds.count("iban")]
        taken = set(by_iban)
        others = rng.sample([case_id for case_id, _ in pool if case_id not in taken],
                            payers - len(by_iban))  # fmt: skip
        facts = _facts(session, by_iban + others)
    by_iban_left, others_left = iter(by_iban), iter(others)
    lines: list[StatementLine] = []
    truth: dict[str, tuple[int, ...]] = {}
    written: dict[str, str] = {}
    for number, kind in enumerate(kinds, start=1):
        reference = f"BK{DAY:%Y%m%d}{number:07d}"
        if kind == "stranger":
            line = _stranger(rng, reference)
            truth[reference] = ()
        else:
            case = facts[next(by_iban_left) if kind == "iban" else next(others_left)]
            line = _payment(rng, reference, kind, case)
            truth[reference] = (case.id,)
        lines.append(line)
        written[reference] = kind
    return _Generated(lines, truth, written)


def _facts(session: Session, ids: list[int]) -> dict[int, _Case]:
    """What the payer of each case knows: references, name, IBAN, invoices, balance."""
    found: dict[int, _Case] = {}
    connection = session.connection()
    for start in range(0, len(ids), 900):
        chunk = tuple(ids[start : start + 900])
        marks = ",".join("?" * len(chunk))
        claims: dict[int, list[str]] = {}
        for case_id, reference in connection.exec_driver_sql(
            f"SELECT case_id, reference FROM claim WHERE case_id IN ({marks}) ORDER BY id", chunk
        ):
            claims.setdefault(case_id, []).append(reference)
        balances = dict(connection.exec_driver_sql(
            "SELECT case_id, sum(CASE kind WHEN 'payment' THEN -amount_cents ELSE amount_cents END) "
            f"FROM ledger_entry WHERE case_id IN ({marks}) GROUP BY case_id", chunk
        ).all())  # fmt: skip
        for case_id, reference, name, kind, iban in connection.exec_driver_sql(
            'SELECT c.id, c.reference, d.name, d.type, d.iban FROM "case" c '
            f"JOIN debtor d ON d.id = c.debtor_id WHERE c.id IN ({marks})",
            chunk,
        ):
            found[case_id] = _Case(case_id, reference, name, kind == "business", iban,
                                   tuple(claims[case_id]), int(balances[case_id]))  # fmt: skip
    return found


def _payment(rng: random.Random, reference: str, kind: str, case: _Case) -> StatementLine:
    structured = None
    iban = case.iban or _stranger_iban(rng)
    amount = _amount(rng, case.balance)
    if kind == "rf":
        structured = case_payment_reference(case.id)
        remittance = rng.choice(("PAIEMENT", "", "REGLEMENT", "VIR SEPA"))
    elif kind == "rf_text":
        printed = reference_text(case_payment_reference(case.id))
        written = rng.choice((printed, printed, printed.lower(), printed.replace(" ", "")))
        remittance = rng.choice((f"VIR {written} MERCI", written, f"REF {written} DOSSIER"))
    elif kind == "case_text":
        prefix, number = case.reference.split("-")
        spellings = (case.reference, f"{prefix} {number}", f"{prefix}{number}",
                     case.reference.lower(), f"{prefix} - {number}", f"{prefix}.{number}")  # fmt: skip
        written = rng.choice(spellings)
        remittance = rng.choice((f"DOSSIER {written}", f"REF {written}", f"{written} PAIEMENT",
                                 f"N° {written}", written))  # fmt: skip
    elif kind == "invoice":
        claim = rng.choice(case.claims)
        written = rng.choice((claim, claim.replace("-", " "), claim.replace("-", "")))
        remittance = rng.choice((f"FACTURE {written}", f"Fact. {written}", f"REGLEMENT {written}"))
    elif kind == "iban":
        amount = case.balance  # what it was asked for: the evidence is the account and the sum
        remittance = rng.choice(("VIREMENT", "REMBOURSEMENT", "", "PAIEMENT DETTE"))
    else:  # name
        iban = _stranger_iban(rng) if rng.random() < 0.7 else None  # an account not on file
        amount = case.balance if rng.random() < 0.6 else amount
        remittance = rng.choice(("VIREMENT", "REMBOURSEMENT", "PAIEMENT DETTE", ""))
    return StatementLine(
        booking_date=DAY, value_date=DAY, amount_cents=amount, currency="EUR",
        direction=Direction.CREDIT, bank_reference=reference,
        end_to_end_id=f"E2E-{reference}" if rng.random() < 0.7 else "NOTPROVIDED",
        structured_reference=structured, remittance=remittance,
        counterparty_name=_as_banks_write(rng, case.debtor_name, case.business),
        counterparty_iban=iban, bank_code="PMNT/RCDT/ESCT",
    )  # fmt: skip


def _stranger(rng: random.Random, reference: str) -> StatementLine:
    return StatementLine(
        booking_date=DAY, value_date=DAY, amount_cents=rng.randrange(1_000, 250_000),
        currency="EUR", direction=Direction.CREDIT, bank_reference=reference,
        end_to_end_id="NOTPROVIDED", remittance=rng.choice(("LOYER NOVEMBRE", "REMBOURSEMENT",
        "VIREMENT", "", "COTISATION", "REGULARISATION CHARGES")),
        counterparty_name=rng.choice(STRANGERS), counterparty_iban=_stranger_iban(rng),
        bank_code="PMNT/RCDT/ESCT",
    )  # fmt: skip


def _amount(rng: random.Random, balance: int) -> int:
    """The whole balance, or a part of it in round euros (an instalment, what one can)."""
    if balance < 2_000 or rng.random() < 0.45:
        return balance
    return max(1_000, min(balance, rng.choice((5_000, 10_000, 15_000, 20_000, balance // 2))))


def _as_banks_write(rng: random.Random, name: str, business: bool) -> str:
    written = name.upper()
    if rng.random() < 0.4:  # many banks drop the accents
        written = unicodedata.normalize("NFKD", written).encode("ascii", "ignore").decode()
    if not business:
        words = written.split()
        if rng.random() < 0.5:  # "DUPONT MARIE 12"
            words = [words[1], words[0], *words[2:]]
        if rng.random() < 0.25:
            words.insert(0, rng.choice(("M", "MME", "MONSIEUR OU MADAME")))
        written = " ".join(words)
    return written


def _stranger_iban(rng: random.Random) -> str:
    return french_iban(rng.choice(STRANGER_BANKS), rng.randrange(100_000), rng.randrange(10**11))


def french_iban(bank: str, branch: int, account: int) -> str:
    """A French IBAN whose RIB key and check digits hold (ISO 7064 MOD 97-10)."""
    key = 97 - (89 * int(bank) + 15 * branch + 3 * account) % 97
    bban = f"{bank}{branch:05d}{account:011d}{key:02d}"
    check = 98 - int(f"{bban}152700") % 97  # "FR00": F = 15, R = 27
    return f"FR{check:02d}{bban}"


# -- the office, filled once -------------------------------------------------------------


def _debtor_name(n: int, business: int) -> str:
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
    number = n // (len(FIRST_NAMES) * len(LAST_NAMES)) + 1
    if business:
        return f"{last} {TRADES[(n // 7) % len(TRADES)]} {number} {FORMS[n % len(FORMS)]}"
    return f"{first} {last} {number}"


def _debtor_iban(n: int) -> str | None:
    if (n * 2_654_435_761) % 100 >= 30:  # 30 % of debtors gave their account
        return None
    return french_iban(DEBTOR_BANKS[n % len(DEBTOR_BANKS)], (n * 37) % 100_000, n)


def _filled(cases: int) -> tuple[Database, Path]:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"payments-{cases}.db"
    database = Database(f"sqlite:///{path}")
    if path.exists():
        try:
            with database.read() as session:
                revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
                count = session.execute(text('SELECT count(*) FROM "case"')).scalar()
                name = session.execute(text("SELECT name FROM tenant WHERE id = 1")).scalar()
        except Exception:  # a half-built file: built again
            revision = count = name = None
        if revision == head_revision(database) and count == cases and name == FILL_VERSION:
            return database, path
        database.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        database = Database(f"sqlite:///{path}")
    upgrade(database)
    started = time.perf_counter()
    debtors = int(cases * 0.9)
    second = cases  # the second claim of every fourth case: ids after the first claims
    status_case = " ".join(f"WHEN n % 100 < {sum(s for _, s in STATUSES[:i + 1])} THEN '{status}'"
                           for i, (status, _) in enumerate(STATUSES))  # fmt: skip
    amount = "(1500 + ({id} * 7919) % 250000)"  # a claim's principal in cents, from its id
    now = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")
    numbers = "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < :last) "
    claim_values = (
        "SELECT {id}, 1, n + 1, (n * 7) % :creditors + 1, "
        "printf('FAC-%d-%07d', 2024 + n % 3, ({id} * 3141593) % 10000000), "
        "CASE WHEN (n % :debtors) % 10 < 3 THEN 'b2b_invoice' ELSE 'b2c_sale' END, "
        "date('2025-10-01', '+' || (n % 300) || ' days'), "
        "date('2025-10-31', '+' || (n % 300) || ' days'), " + amount + ", 'EUR', 0, 'open', "
        f"'{now}', '{now}' FROM k"
    )
    claim_insert = ("INSERT INTO claim (id, tenant_id, case_id, creditor_id, reference, nature, "
                    "issue_date, due_date, principal_cents, currency, has_title, status, "
                    "created_at, updated_at) ")  # fmt: skip
    with database.write() as session:
        raw = session.connection().connection.driver_connection
        raw.create_function("bench_name", 2, _debtor_name, deterministic=True)
        raw.create_function("bench_iban", 1, _debtor_iban, deterministic=True)
        raw.create_function("bench_name_key", 2, lambda n, b: name_key(_debtor_name(n, b)),
                            deterministic=True)  # fmt: skip
        raw.create_function("bench_reference_key", 1, reference_key, deterministic=True)
        session.execute(text(
            "INSERT INTO tenant (id, slug, name, collector_type, country, timezone, language, "
            f"client_account_iban, created_at) VALUES (1, 'default', '{FILL_VERSION}', 'agency', "
            f"'FR', 'Europe/Paris', 'fr', '{OFFICE_IBAN}', '{now}')"
        ))  # fmt: skip
        session.execute(text(
            numbers + "INSERT INTO creditor (id, tenant_id, reference, name, country, "
            "is_natural_person, created_at, updated_at) SELECT n + 1, 1, printf('CRED-%03d', n), "
            f"printf('Créancier %d', n), 'FR', 0, '{now}', '{now}' FROM k"
        ), {"last": CREDITORS - 1})  # fmt: skip
        session.execute(text(
            numbers + "INSERT INTO debtor (id, tenant_id, reference, type, name, name_key, iban, "
            "country, language, timezone, created_at, updated_at) "
            "SELECT n + 1, 1, printf('DEB-%07d', n), CASE WHEN n % 10 < 3 THEN 'business' ELSE "
            "'consumer' END, bench_name(n, n % 10 < 3), bench_name_key(n, n % 10 < 3), "
            "bench_iban(n), 'FR', 'fr', "
            f"'Europe/Paris', '{now}', '{now}' FROM k"
        ), {"last": debtors - 1})  # fmt: skip
        placed = (amount.format(id="(n + 1)") + " + CASE WHEN n % 4 = 0 THEN "
                  + amount.format(id=f"({second} + n / 4 + 1)") + " ELSE 0 END")  # fmt: skip
        session.execute(text(
            numbers + 'INSERT INTO "case" (id, tenant_id, reference, creditor_id, debtor_id, '
            "status, currency, jurisdiction, placed_cents, opened_at, updated_at) "
            "SELECT n + 1, 1, printf('DOS-%07d', n), (n * 7) % :creditors + 1, n % :debtors + 1, "
            f"CASE {status_case} ELSE 'active' END, 'EUR', 'FR', {placed}, '{now}', '{now}' FROM k"
        ), {"last": cases - 1, "creditors": CREDITORS, "debtors": debtors})  # fmt: skip
        session.execute(
            text(numbers + claim_insert + claim_values.format(id="(n + 1)")),
            {"last": cases - 1, "creditors": CREDITORS, "debtors": debtors},
        )
        session.execute(
            text(numbers + claim_insert + claim_values.format(id=f"({second} + n / 4 + 1)")
                 + " WHERE n % 4 = 0"),
            {"last": cases - 1, "creditors": CREDITORS, "debtors": debtors},
        )  # fmt: skip
        # The keys the import writes with each case and invoice (a small file looks them up).
        session.execute(text('UPDATE "case" SET reference_key = bench_reference_key(reference)'))
        session.execute(text("UPDATE claim SET reference_key = bench_reference_key(reference)"))
        session.execute(text(
            "INSERT INTO ledger_entry (tenant_id, case_id, claim_id, kind, amount_cents, currency, "
            "effective_on, recorded_at, reason) SELECT tenant_id, case_id, id, 'principal', "
            f"principal_cents, currency, issue_date, '{now}', 'principal of invoice ' || reference "
            "FROM claim ORDER BY id"
        ))  # fmt: skip
        # One case in ten has paid something already: its balance is not what was placed.
        session.execute(text(
            "INSERT INTO ledger_entry (tenant_id, case_id, kind, amount_cents, currency, "
            "effective_on, recorded_at, reason) SELECT 1, id, 'payment', 1000, 'EUR', "
            f"'2026-10-15', '{now}', 'payment received (bench history)' FROM \"case\" "
            "WHERE id % 10 = 6"
        ))  # fmt: skip
    with database.write() as session:
        session.execute(text("ANALYZE"))
    print(f"(filled {cases:,} cases in {time.perf_counter() - started:.0f} s; kept in {path})",
          flush=True)  # fmt: skip
    return database, path
