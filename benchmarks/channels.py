"""E-mail out and replies in: rendering and handing e-mails to an SMTP relay, and the
intake of what debtors send back.

Targets (issue "Channels"): 10,000 e-mails rendered and handed to a local SMTP server
at ≥ 300 messages/s; 10,000 inbound messages parsed and threaded at ≥ 500 messages/s.

Out: an office loaded by the demo generator, its cases placed a month ago with their
first letter recorded; each case with an e-mail address gets the "reminder" e-mail
(cordial or firm), rendered by the dispatcher's own renderer (`TemplateRenderer`, over
the case book the dispatcher reads) and queued in the outbox as the dispatcher queues
it. Then the delivery worker (`deliver_due`, in passes of 500 as `amiable channels
deliver` runs it) composes, signs and hands each one over one kept-alive SMTP
connection to a real server: aiosmtpd in a process of its own, discarding what it takes.

In: as many replies as e-mails sent, built as mail clients write them: answers to the
reply+token address with In-Reply-To, answers threaded only by the sender's address or
a case number in the subject, HTML parts and quoted history in French and English,
out-of-office replies, strangers, and a few deliveries of the same message twice. Each
goes through `email_intake`, the code path of the IMAP poll and the inbound webhook:
parse, de-duplicate, thread, read with the offline reader, write. Also printed, for
where the time goes: parsing with the thread keys alone, and the reader alone.
"""

from __future__ import annotations

import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text, update

from amiable.channels.config import ChannelConfig
from amiable.channels.delivery import deliver_all
from amiable.channels.email.inbound import parse_inbound
from amiable.channels.email.tokens import reply_address, reply_token
from amiable.channels.intake import email_intake_many
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.clock import FixedClock
from amiable.core.collector import fewer_collections
from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.demo.load import demo_load
from amiable.nlu.read import understand
from amiable.playbooks.dispatcher import ContentRefused, load_book
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.rendering import TemplateRenderer
from amiable.portfolio.choices import ContactStatus
from amiable.portfolio.models import Case, ContactPoint, Debtor, Tenant
from benchmarks.common import verdict

TODAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 10:00 in Paris
PLACED = TODAY - timedelta(days=30)
FIRST_LETTER_ON = (PLACED + timedelta(days=1)).date()
TARGET_SENT_PER_SECOND = 300
TARGET_RECEIVED_PER_SECOND = 500
BATCH = 500
POLL_BATCH = 100
"""Messages handed over by one mailbox poll (the poller's default batch)."""
WORKERS = os.cpu_count() or 1
"""Processes rendering and sending, one per core (`--workers` of the commands)."""
"""Cases rendered per transaction, and e-mails per delivery pass (the CLI's default)."""
CASES_PER_EMAIL = 1.4
"""About three debtors in four have an e-mail address in the demo portfolio."""
DOMAIN = "alteane.example"
REPLY_MAILBOX = f"reponse@{DOMAIN}"
TOKEN_SECRET = "bench-reply-token-secret-0123456789"
PORTAL_URL = "https://portail.example/payer"


def run(*, quick: bool) -> None:
    messages = 1_000 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="channels-bench-") as folder:
        database = _office(Path(folder) / "channels.db", messages)
        tenant_id = _tenant_id(database)
        queued, rendering = _render(database, tenant_id, messages)
        with _smtp_server() as (port, server_cpu):
            sent, delivery, server_seconds = _deliver(database, tenant_id, port, server_cpu)
        assert sent == queued == messages, (sent, queued, messages)
        _report_outbound(messages, rendering, delivery, server_seconds)
        raws, kinds = _replies(database, tenant_id, messages)
        _intake(database, tenant_id, raws, kinds)
        database.dispose()


# -- the office ---------------------------------------------------------------------------


def _office(path: Path, messages: int) -> Database:
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    cases = math.ceil(messages * CASES_PER_EMAIL) + 100
    started = time.perf_counter()
    demo_load(database, tenant="bench", cases=cases, seed=7, clock=FixedClock(PLACED))
    with database.write() as session:
        # An agency collecting for others (its R124-2 file is complete in the demo
        # office), whose first letters went out the day after placement: what a
        # reminder recalls (R124-4).
        session.execute(update(Tenant).values(collector_type="agency"))
        session.execute(
            text(
                "UPDATE \"case\" SET first_letter_reference = reference || '-L1', "
                "first_letter_on = :day"
            ),
            {"day": FIRST_LETTER_ON},
        )
    print(f"(office of {cases:,} cases loaded in {time.perf_counter() - started:.0f} s)")
    return database


def _tenant_id(database: Database) -> int:
    with database.read() as session:
        return session.scalars(select(Tenant.id).where(Tenant.slug == "bench")).one()


def _cases_with_email(database: Database) -> list[int]:
    with database.read() as session:
        return list(
            session.scalars(
                select(Case.id)
                .join(ContactPoint, ContactPoint.debtor_id == Case.debtor_id)
                .where(
                    ContactPoint.kind == "email",
                    ContactPoint.status == ContactStatus.VALID.value,
                )
                .distinct()
                .order_by(Case.id)
            )
        )


def _recipient(case: Case) -> str | None:
    for point in case.debtor.contact_points:
        if (
            point.kind == "email"
            and point.status == ContactStatus.VALID.value
            and "email" not in (point.opted_out_channels or ())
        ):
            return point.value
    return None


# -- out: rendering and delivery ---------------------------------------------------------


def _render(database: Database, tenant_id: int, messages: int) -> tuple[int, _Timing]:
    """Render the reminder e-mail of `messages` cases and queue it, as the dispatcher
    does (its case book, its renderer, one insert per batch), in one process per core as
    `amiable scheduler run --workers` does."""
    candidates = _cases_with_email(database)
    share = math.ceil(len(candidates) / WORKERS)
    parts = [candidates[start : start + share] for start in range(0, len(candidates), share)]
    quotas = [
        messages // len(parts) + (1 if n < messages % len(parts) else 0) for n in range(len(parts))
    ]
    timing = _Timing.start()
    with ProcessPoolExecutor(max_workers=len(parts), mp_context=get_context("spawn")) as pool:
        results = list(
            pool.map(
                _render_part, [database.url] * len(parts), [tenant_id] * len(parts), parts, quotas
            )
        )
    timing.stop()
    queued = sum(count for count, _ in results)
    refused = sum(refusals for _, refusals in results)
    if refused:
        print(f"  ({refused:,} cases refused by the content rules, not counted)")
    return queued, timing


def _render_part(url: str, tenant_id: int, candidates: list[int], messages: int) -> tuple[int, int]:
    # The scheduler's workers run with the cycle collector set aside (core.collector).
    with fewer_collections():
        return _render_cases(Database(url), tenant_id, candidates, messages)


def _render_cases(
    database: Database, tenant_id: int, candidates: list[int], messages: int
) -> tuple[int, int]:
    queued = refused = 0
    render = TemplateRenderer(PORTAL_URL)
    for start in range(0, len(candidates), BATCH):
        if queued >= messages:
            break
        with database.write() as session, session.no_autoflush:
            book = load_book(session, candidates[start : start + BATCH], TODAY)
            rows: list[dict[str, Any]] = []
            for case in book.cases.values():
                if queued + len(rows) >= messages:
                    break
                recipient = _recipient(case)
                tone = "ferme" if case.id % 3 == 0 else "cordial"
                action = ScheduledAction(
                    tenant_id=case.tenant_id,
                    case_id=case.id,
                    playbook="bench",
                    step="reminder",
                    kind="email",
                    due_at=TODAY,
                    idempotency_key=f"bench:{case.id}:reminder",
                    data={"template": "reminder", "channel": "email", "tone": tone},
                )
                try:
                    rendered = render(session, case, action, TODAY, book=book)
                except ContentRefused:
                    refused += 1
                    continue
                rows.append(
                    {
                        "tenant_id": tenant_id,
                        "case_id": case.id,
                        "scheduled_action_id": None,
                        "idempotency_key": action.idempotency_key,
                        "channel": "email",
                        "template": "reminder",
                        "tone": tone,
                        "lang": rendered.lang,
                        "recipient": recipient,
                        "subject": rendered.subject,
                        "body_text": rendered.text,
                        "body_html": rendered.html,
                        "status": "queued",
                        "scheduled_for": TODAY,
                        "sent_at": None,
                        "debtor_timezone": case.debtor.timezone,
                        "playbook": "bench",
                        "step": "reminder",
                        "reason": "benchmark: the reminder step",
                        "data": {"guard": "allow"},
                        "created_at": TODAY,
                    }
                )
            if rows:
                session.execute(insert(OutboundMessage), rows)
            queued += len(rows)
    database.dispose()
    return queued, refused


def _deliver(
    database: Database, tenant_id: int, port: int, server_cpu: _ServerCpu
) -> tuple[int, _Timing, float | None]:
    config = ChannelConfig.of(
        {
            "email": {
                "smtp_host": "127.0.0.1",
                "smtp_port": port,
                "security": "none",
                "sender_name": "Altéane Recouvrement — service amiable",
                "sender_address": f"recouvrement@{DOMAIN}",
                "reply_mailbox": REPLY_MAILBOX,
                "domain": DOMAIN,
                "token_secret_env": "AMIABLE_REPLY_TOKEN_SECRET",
            }
        }
    )
    totals: Counter[str] = Counter()
    server_started = server_cpu()
    timing = _Timing.start()
    report = deliver_all(
        database,
        tenant_id=tenant_id,
        config=config,
        environ={"AMIABLE_REPLY_TOKEN_SECRET": TOKEN_SECRET},
        now=TODAY,
        workers=WORKERS,
        limit=BATCH,
    )
    for name in ("sent", "retried", "failed", "bounced", "dead", "held"):
        totals[name] += getattr(report, name)
    timing.stop()
    server_ended = server_cpu()
    problems = {name: count for name, count in totals.items() if name != "sent" and count}
    assert not problems, problems
    server_seconds = None
    if server_started is not None and server_ended is not None:
        server_seconds = server_ended - server_started
    return totals["sent"], timing, server_seconds


def _report_outbound(
    messages: int, rendering: _Timing, delivery: _Timing, server_seconds: float | None
) -> None:
    both = rendering.seconds + delivery.seconds
    rate = messages / both
    server = "" if server_seconds is None else f"; SMTP server CPU {server_seconds:.1f} s"
    print(
        f"render {messages:,} reminder e-mails and queue them: {rendering.seconds:.1f} s, "
        f"{messages / rendering.seconds:,.0f} messages/s (CPU {rendering.cpu:.1f} s)"
    )
    print(
        f"deliver them to a local SMTP server (deliver_due, passes of {BATCH}): "
        f"{delivery.seconds:.1f} s, {messages / delivery.seconds:,.0f} messages/s "
        f"(CPU {delivery.cpu:.1f} s{server}), all {messages:,} accepted"
    )
    print(
        f"render and deliver {messages:,} e-mails: {both:.1f} s, {rate:,.0f} messages/s — "
        f"{verdict(rate >= TARGET_SENT_PER_SECOND)} (≥ {TARGET_SENT_PER_SECOND})"
    )


@dataclass
class _Timing:
    wall: float
    cpu_start: float
    seconds: float = 0.0
    cpu: float = 0.0

    @classmethod
    def start(cls) -> _Timing:
        return cls(time.perf_counter(), time.process_time())

    def stop(self) -> None:
        self.seconds = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu_start


class _ServerCpu:
    """CPU seconds the SMTP server process has used so far (None off Linux)."""

    def __init__(self, pid: int) -> None:
        self.path = Path(f"/proc/{pid}/stat")

    def __call__(self) -> float | None:
        try:
            fields = self.path.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def _smtp_server() -> Iterator[tuple[int, _ServerCpu]]:
    """aiosmtpd in a process of its own, taking and discarding every message."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
         "-l", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
                    if connection.recv(100).startswith(b"220"):
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the SMTP server (aiosmtpd) did not start") from None
                time.sleep(0.1)
        yield port, _ServerCpu(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# -- in: replies --------------------------------------------------------------------------

_ANSWERS_FR = (
    "Bonjour,\n\nJe vous propose de régler {amount} € le {day} mars, puis le solde fin avril.\n\n"
    "Cordialement,\n{name}",
    "Bonjour,\n\nLe paiement de {amount} € a été effectué le {day} février par virement. "
    "Merci de vérifier de votre côté.\n\nBien à vous,\n{name}",
    "Madame, Monsieur,\n\nJe conteste cette facture : la marchandise n'a jamais été livrée "
    "et j'ai déjà signalé le problème au vendeur.\n\n{name}",
    "Bonjour,\n\nPouvez-vous m'envoyer le détail de la somme réclamée ? Je ne retrouve pas "
    "la facture.\n\nMerci,\n{name}",
    "Bonjour,\n\nJe suis au chômage depuis janvier et je ne peux pas payer pour l'instant. "
    "Est-il possible de payer {amount} € par mois ?\n\n{name}",
    "Bonjour, je paierai la totalité le {day} mars sans faute. Cordialement. {name}",
)
_ANSWERS_EN = (
    "Hello,\n\nI can pay £{amount} on {day} March and the rest at the end of April.\n\n"
    "Kind regards,\n{name}",
    "Hi,\n\nI paid {amount} EUR by bank transfer on {day} February, please check.\n\n{name}",
    "Dear Sir or Madam,\n\nI dispute this invoice: the goods were never delivered.\n\n{name}",
    "Hello, could you send me a statement of the amount claimed? Thanks, {name}",
)
_OUT_OF_OFFICE = (
    "Bonjour,\n\nJe suis absent du bureau jusqu'au {day} mars inclus, avec un accès limité à "
    "mes messages. Pour toute urgence, contactez l'accueil au 01 99 00 12 34.\n\n{name}"
)
_SIGNATURE_FR = "\n\n--\nEnvoyé de mon iPhone"


def _replies(database: Database, tenant_id: int, count: int) -> tuple[list[bytes], list[str]]:
    """`count` raw messages as they would arrive in the reply mailbox, and their kind."""
    random_ = random.Random(2026)
    secret = TOKEN_SECRET.encode()
    with database.read() as session:
        sent = session.execute(
            select(
                OutboundMessage.id, OutboundMessage.message_id, OutboundMessage.recipient,
                OutboundMessage.subject, OutboundMessage.body_text, OutboundMessage.lang,
                Case.reference,
            )
            .join(Case, Case.id == OutboundMessage.case_id)
            .where(OutboundMessage.tenant_id == tenant_id, OutboundMessage.status == "sent")
            .order_by(OutboundMessage.id)
        ).all()  # fmt: skip
    raws: list[bytes] = []
    kinds: list[str] = []
    while len(raws) < count:
        row = sent[len(raws) % len(sent)]
        draw = random_.random()
        if draw < 0.01 and raws:
            # The same message delivered twice (a replayed webhook, a poll cut short).
            index = random_.randrange(len(raws))
            raws.append(raws[index])
            kinds.append("duplicate")
            continue
        name = row.recipient.split("@")[0].replace(".", " ").title()
        answers = _ANSWERS_FR if row.lang == "fr" else _ANSWERS_EN
        words = random_.choice(answers).format(
            amount=random_.choice((50, 80, 120, 150, 200, 250, 300)),
            day=random_.randint(3, 28),
            name=name,
        )
        message = EmailMessage()
        message["From"] = f"{name} <{row.recipient}>"
        message["Date"] = format_datetime(TODAY + timedelta(minutes=random_.randint(5, 1400)))
        message["Message-ID"] = make_msgid(domain=row.recipient.split("@")[1])
        token_address = reply_address(REPLY_MAILBOX, reply_token(row.id, secret))
        if draw < 0.50:
            kind = "token reply"
            message["To"] = token_address
            message["Subject"] = f"RE: {row.subject}"
            message["In-Reply-To"] = row.message_id
            message["References"] = row.message_id
        elif draw < 0.68:
            kind = "sender only"
            message["To"] = REPLY_MAILBOX
            message["Subject"] = random_.choice(("Votre courrier", "Relance", "Facture", ""))
        elif draw < 0.78:
            kind = "case number in subject"
            message["To"] = REPLY_MAILBOX
            message["Subject"] = f"Dossier {row.reference}"
        elif draw < 0.93:
            kind = "out of office"
            message["To"] = token_address
            message["Subject"] = f"Réponse automatique : {row.subject}"
            message["Auto-Submitted"] = "auto-replied"
            message["In-Reply-To"] = row.message_id
            words = _OUT_OF_OFFICE.format(day=random_.randint(9, 20), name=name)
        else:
            kind = "unknown sender"
            stranger = f"contact{random_.randint(1, 10**6)}@inconnu.example"
            del message["From"]
            message["From"] = stranger
            message["To"] = REPLY_MAILBOX
            message["Subject"] = "Demande d'information"
        quoted = kind in ("token reply", "sender only") and random_.random() < 0.7
        if quoted:
            words += _SIGNATURE_FR if random_.random() < 0.3 else ""
            history = "\n".join(f"> {line}" if line else ">" for line in row.body_text.splitlines())
            words += (
                f"\n\nLe lun. 2 mars 2026 à 10:00, Altéane Recouvrement <recouvrement@{DOMAIN}> "
                f"a écrit :\n{history}\n"
            )
        message.set_content(words)
        if random_.random() < 0.35:
            message.add_alternative(_html(words), subtype="html")
        raws.append(message.as_bytes())
        kinds.append(kind)
    return raws, kinds


def _html(words: str) -> str:
    mine, _, history = words.partition("\n\nLe lun. 2 mars 2026")
    paragraphs = "".join(f"<p>{part.replace(chr(10), '<br>')}</p>" for part in mine.split("\n\n"))
    quote = ""
    if history:
        lines = [line.removeprefix("> ").removeprefix(">") for line in history.splitlines()[1:]]
        quote = (
            '<div class="gmail_quote">Le lun. 2 mars 2026, Altéane Recouvrement a écrit :'
            f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid">'
            f"{'<br>'.join(lines)}</blockquote></div>"
        )
    return (
        '<html><head><meta charset="utf-8"><style>p{margin:0}</style></head>'
        f'<body><div dir="ltr">{paragraphs}</div>{quote}'
        '<img src="https://tracker.example/p.gif" width="1" height="1"></body></html>'
    )


def _intake(database: Database, tenant_id: int, raws: list[bytes], kinds: list[str]) -> None:
    now = TODAY + timedelta(days=1)
    started = time.perf_counter()
    understand("Bonjour, je paierai demain.", now, lang="fr", channel="email")
    warm_up = time.perf_counter() - started
    statuses: Counter[str] = Counter()
    timing = _Timing.start()
    # As the mailbox poll hands them over: a hundred messages at a time, one process per
    # core (each poll batch is one write transaction).
    batches = [raws[start : start + POLL_BATCH] for start in range(0, len(raws), POLL_BATCH)]
    with ProcessPoolExecutor(max_workers=WORKERS, mp_context=get_context("spawn")) as pool:
        for found in pool.map(
            _intake_batch, [database.url] * len(batches), [tenant_id] * len(batches), batches
        ):
            statuses.update(found)
    timing.stop()
    rate = len(raws) / timing.seconds
    mix = ", ".join(f"{kind} {count:,}" for kind, count in Counter(kinds).most_common())
    split = ", ".join(f"{status} {count:,}" for status, count in statuses.most_common())
    print(f"{len(raws):,} inbound e-mails ({mix})")
    print(
        f"intake (email_intake_many, polls of {POLL_BATCH}, {WORKERS} processes: parse, "
        f"de-duplicate, thread, read, write): {timing.seconds:.1f} s, "
        f"{rate:,.0f} messages/s — {verdict(rate >= TARGET_RECEIVED_PER_SECOND)} "
        f"(≥ {TARGET_RECEIVED_PER_SECOND}); CPU {timing.cpu:.1f} s; reader warmed up "
        f"beforehand ({warm_up:.1f} s, not counted)"
    )
    print(f"  by status: {split}")
    # Where the time goes: the same messages parsed with their thread keys (no database,
    # no reader), then the reader alone on the texts the intake read, in the same words.
    parsing = _Timing.start()
    for raw in raws:
        parse_inbound(raw).thread_keys()
    parsing.stop()
    texts = _texts_read(database, tenant_id)
    reading = _Timing.start()
    for words, received_at, lang in texts:
        understand(words, received_at, lang=lang, channel="email")
    reading.stop()
    print(
        f"  measured apart: parse_inbound + thread_keys alone (no database, no reader) "
        f"{parsing.seconds:.1f} s, {len(raws) / parsing.seconds:,.0f} messages/s; the offline "
        f"reader alone on the {len(texts):,} texts it read {reading.seconds:.1f} s, "
        f"{len(texts) / reading.seconds:,.0f} messages/s"
    )


def _intake_batch(url: str, tenant_id: int, raws: list[bytes]) -> Counter[str]:
    database = _databases.get(url) or _databases.setdefault(url, Database(url))
    intakes = email_intake_many(
        database,
        [(raw, None) for raw in raws],
        tenant_id=tenant_id,
        token_secret=TOKEN_SECRET.encode(),
        now=TODAY + timedelta(days=1),
    )
    return Counter("duplicate" if intake.duplicate else intake.status for intake in intakes)


_databases: dict[str, Database] = {}


def _texts_read(database: Database, tenant_id: int) -> list[tuple[str, datetime, str | None]]:
    with database.read() as session:
        rows = session.execute(
            select(InboundMessage.text, InboundMessage.received_at, Debtor.language)
            .join(Case, Case.id == InboundMessage.case_id)
            .join(Debtor, Debtor.id == Case.debtor_id)
            .where(InboundMessage.tenant_id == tenant_id, InboundMessage.reading.is_not(None))
            .order_by(InboundMessage.id)
        ).all()
    return [(words or "", at, lang if lang in ("fr", "en") else None) for words, at, lang in rows]
