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
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
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
    """Import a camt.053/054/052, MT940, OFX or CSV file: every credit matched to its case
    and booked, returns reversed, the rest queued for a person. The same file or the same
    lines again add nothing."""
    from amiable.payments.reconcile import statement_import
    from amiable.payments.statements import CsvMapping, StatementError

    application = _app()
    mapping = None
    if csv_mapping is not None:
        try:
            mapping = CsvMapping.from_dict(json.loads(csv_mapping.read_text(encoding="utf-8")))
        except (ValueError, TypeError) as error:
            _fail(f"{csv_mapping}: not a CSV mapping: {error}")
    tenant_id = _tenant_id(application, tenant)
    try:
        result = statement_import(
            application.database, tenant_id=tenant_id, data=file.read_bytes(), actor="cli",
            now=application.clock.now(), filename=file.name, csv_mapping=mapping,
        )  # fmt: skip
    except StatementError as error:
        _fail(f"{file}: {error}")
        return
    counts = result.counts()
    if as_json:
        typer.echo(json.dumps(counts))
        return
    if result.file_seen_before:
        typer.echo(f"{file.name}: imported before (import #{result.import_id}); nothing added")
    typer.echo(", ".join(f"{name.replace('_', ' ')} {value}" for name, value in counts.items()))
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)


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
