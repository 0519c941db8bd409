"""`amiable statements …` (bank files and the payments queue) and `amiable payover …`
(pay-over statements to creditors)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from amiable.cli import TenantOption, _app, _fail, _tenant

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from sqlalchemy.orm import Session

    from amiable.core.bootstrap import App
    from amiable.payments.models import BankLine

statements_app: typer.Typer = typer.Typer(
    help="Bank statements: import, reconcile, and the lines waiting for a person.",
    no_args_is_help=True,
)


@statements_app.command("import")
def statements_import_command(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, readable=True)],
    tenant: TenantOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
    csv_mapping: Annotated[
        Path | None,
        typer.Option(
            "--csv-mapping",
            exists=True,
            dir_okay=False,
            help="JSON mapping of a bank's CSV columns (CSV files only).",
        ),
    ] = None,
) -> None:
    """Import camt.053/054/052, MT940, OFX or CSV files: every credit matched to its case
    and booked, returns reversed, the rest queued for a person. The same file or the same
    lines again add nothing. Several files (the pages of a long statement) are read on
    every core and matched against one index of the office; each gets its line of output
    (one JSON object per line with --json)."""
    from amiable.payments.reconcile import statements_import
    from amiable.payments.statements import CsvMapping, StatementError

    application = _app()
    mapping = None
    if csv_mapping is not None:
        try:
            mapping = CsvMapping.from_dict(json.loads(csv_mapping.read_text(encoding="utf-8")))
        except (ValueError, TypeError) as error:
            _fail(f"{csv_mapping}: not a CSV mapping: {error}")
    tenant_id = _tenant_id(application, tenant)
    results = statements_import(
        application.database, tenant_id=tenant_id,
        files=[(file.read_bytes(), file.name) for file in files], actor="cli",
        now=application.clock.now(), csv_mapping=mapping,
    )  # fmt: skip
    refused = 0
    for file, result in zip(files, results, strict=True):
        if isinstance(result, StatementError):
            refused += 1
            if as_json:
                typer.echo(
                    json.dumps({"file": file.name, "error": str(result)}, ensure_ascii=False)
                )
            else:
                typer.echo(f"error: {file}: {result}", err=True)
            continue
        counts = result.counts()
        if as_json:
            typer.echo(json.dumps(counts if len(files) == 1 else {"file": file.name, **counts}))
            continue
        prefix = f"{file.name}: " if len(files) > 1 else ""
        if result.file_seen_before:
            typer.echo(f"{file.name}: imported before (import #{result.import_id}); nothing added")
        typer.echo(
            prefix
            + ", ".join(f"{name.replace('_', ' ')} {value}" for name, value in counts.items())
        )
        for warning in result.warnings:
            typer.echo(f"warning: {file.name}: {warning}", err=True)
    if refused:
        raise typer.Exit(2)


@statements_app.command("queue")
def statements_queue_command(
    tenant: TenantOption = None, limit: Annotated[int, typer.Option(min=1)] = 50
) -> None:
    """The bank lines waiting for a person, oldest first, with the suggested case."""
    from sqlalchemy import select

    from amiable.core.money import from_cents
    from amiable.payments.models import BankLine
    from amiable.payments.reconcile import TO_REVIEW, UNMATCHED
    from amiable.portfolio.models import Case

    application = _app()
    tenant_id = _tenant_id(application, tenant)
    with application.database.read() as session:
        rows = session.execute(
            select(BankLine, Case.reference)
            .outerjoin(Case, Case.id == BankLine.case_id)
            .where(BankLine.tenant_id == tenant_id, BankLine.status.in_((TO_REVIEW, UNMATCHED)))
            .order_by(BankLine.booking_date, BankLine.id)
            .limit(limit)
        ).all()
        for line, suggested in rows:
            typer.echo(
                f"#{line.id}  {line.booking_date}  {line.direction}  "
                f"{from_cents(line.amount_cents)} {line.currency}  "
                f"{line.counterparty_name or '—'}  «{line.remittance[:60]}»"
            )
            typer.echo(f"    {line.status}: {line.reason}")
            if suggested:
                typer.echo(f"    suggested case {suggested} (score {line.score})")
        if not rows:
            typer.echo("no bank line waiting")


LineArgument = Annotated[int, typer.Argument(help="The bank line's number (#… in the queue).")]


@statements_app.command("confirm")
def statements_confirm_command(line: LineArgument, tenant: TenantOption = None) -> None:
    """Book a waiting line on the case suggested for it."""
    from amiable.payments.reconcile import line_confirm

    _decide(tenant, lambda session, tenant_id, now: line_confirm(
        session, tenant_id=tenant_id, line_id=line, actor="cli", now=now))  # fmt: skip


@statements_app.command("assign")
def statements_assign_command(
    line: LineArgument,
    case: Annotated[str, typer.Argument(help="The case's reference, or its RF reference.")],
    tenant: TenantOption = None,
) -> None:
    """Book a waiting line on the case a person names."""
    from amiable.payments.reconcile import line_assign

    _decide(tenant, lambda session, tenant_id, now: line_assign(
        session, tenant_id=tenant_id, line_id=line, case_reference=case, actor="cli", now=now))  # fmt: skip


@statements_app.command("set-aside")
def statements_set_aside_command(
    line: LineArgument,
    reason: Annotated[str, typer.Option("--reason", help="Why it is no debtor's payment.")],
    tenant: TenantOption = None,
) -> None:
    """Close a waiting line that is not a debtor's payment."""
    from amiable.payments.reconcile import line_set_aside

    _decide(tenant, lambda session, tenant_id, now: line_set_aside(
        session, tenant_id=tenant_id, line_id=line, reason=reason, actor="cli", now=now))  # fmt: skip


def _decide(tenant: str | None, decide: Callable[[Session, int, datetime], BankLine]) -> None:
    from amiable.payments.reconcile import LineError

    application = _app()
    tenant_id = _tenant_id(application, tenant)
    try:
        with application.database.write() as session:
            row = decide(session, tenant_id, application.clock.now())
            typer.echo(f"line #{row.id}: {row.status} ({row.reason})")
    except LineError as error:
        _fail(str(error))


def _tenant_id(application: App, tenant: str | None) -> int:
    from amiable.portfolio.tenants import TenantNotFound, tenant_get

    try:
        with application.database.read() as session:
            return tenant_get(session, _tenant(application, tenant)).id
    except TenantNotFound as error:
        _fail(str(error))
        raise  # unreachable: _fail exits


payover_app: typer.Typer = typer.Typer(
    help="Pay-over to creditors: statements, what is due, what was paid.", no_args_is_help=True
)


@payover_app.command("statement")
def payover_statement_command(
    creditor: Annotated[str, typer.Option("--creditor", help="The creditor's reference.")],
    out: Annotated[Path, typer.Option("--out", dir_okay=False, help="Where to write the PDF.")],
    up_to: Annotated[
        str | None,
        typer.Option("--up-to", help="Last day of encashment taken (YYYY-MM-DD; today)."),
    ] = None,
    lang: Annotated[str, typer.Option(help="fr or en.")] = "fr",
    currency: Annotated[
        str, typer.Option(help="The cases' currency (one statement each).")
    ] = "EUR",
    tenant: TenantOption = None,
) -> None:
    """Issue the pay-over statement of everything encashed for a creditor and not yet paid
    over: the sums, the agency's fee under the mandate, what is owed; the PDF is kept."""
    from datetime import date

    from sqlalchemy import select

    from amiable.core.money import from_cents
    from amiable.payments.payover import PayoverError, payover_issue
    from amiable.portfolio.models import Creditor

    application = _app()
    tenant_id = _tenant_id(application, tenant)
    now = application.clock.now()
    try:
        last_day = date.fromisoformat(up_to) if up_to else now.date()
    except ValueError:
        _fail(f"--up-to {up_to!r} is not a date (YYYY-MM-DD)")
        return
    try:
        with application.database.write() as session:
            creditor_id = session.scalar(
                select(Creditor.id).where(
                    Creditor.tenant_id == tenant_id, Creditor.reference == creditor
                )
            )
            if creditor_id is None:
                raise PayoverError(f"no creditor {creditor!r}")
            payover = payover_issue(session, tenant_id=tenant_id, creditor_id=creditor_id,
                                    up_to=last_day, actor="cli", now=now, lang=lang,
                                    currency=currency.upper())  # fmt: skip
            out.write_bytes(payover.pdf or b"")
            typer.echo(
                f"{payover.number}: collected {from_cents(payover.collected_cents)}, "
                f"fee {from_cents(payover.fee_cents)}, owed to the creditor "
                f"{from_cents(payover.owed_cents)} {payover.currency}, due by {payover.due_on}; "
                f"PDF in {out}"
            )
    except PayoverError as error:
        _fail(str(error))


@payover_app.command("due")
def payover_due_command(
    days: Annotated[int, typer.Option(min=0, help="Warn this many days before the limit.")] = 7,
    tenant: TenantOption = None,
) -> None:
    """Sums encashed and not yet paid over whose limit (one month, R124-6) is near or past."""
    from amiable.core.money import from_cents
    from amiable.payments.payover import payover_due

    application = _app()
    tenant_id = _tenant_id(application, tenant)
    with application.database.read() as session:
        due = payover_due(session, tenant_id=tenant_id, today=application.clock.now().date(),
                          warn_days=days)  # fmt: skip
    for item in due:
        state = "OVERDUE" if item.overdue else "due"
        typer.echo(f"{state} {item.due_on}: {from_cents(item.amount_cents)} {item.currency} to "
                   f"{item.creditor} (encashed since {item.first_encashed_on})")  # fmt: skip
    if not due:
        typer.echo("nothing to pay over within the warning period")


@payover_app.command("paid")
def payover_paid_command(
    number: Annotated[str, typer.Argument(help="The statement's number (RV-…).")],
    tenant: TenantOption = None,
) -> None:
    """Record that a pay-over statement's funds were transferred to the creditor."""
    from amiable.payments.payover import PayoverError, payover_paid

    application = _app()
    tenant_id = _tenant_id(application, tenant)
    try:
        with application.database.write() as session:
            payover = payover_paid(session, tenant_id=tenant_id, number=number, actor="cli",
                                   now=application.clock.now())  # fmt: skip
            typer.echo(f"{payover.number}: paid")
    except PayoverError as error:
        _fail(str(error))
