"""The `amiable` command line. Every command works on the default tenant
(AMIABLE_DEFAULT_TENANT, "default") unless `--tenant` is given."""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    # Imported when a command needs the database: `amiable nlu` starts without SQLAlchemy.
    from amiable.core.bootstrap import App

app = typer.Typer(
    help="amiable: amicable debt recovery agent.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
demo_app = typer.Typer(help="Demo portfolio.", no_args_is_help=True)
tenant_app = typer.Typer(help="Tenants (offices).", no_args_is_help=True)
key_app = typer.Typer(help="API keys.", no_args_is_help=True)
mapping_app = typer.Typer(help="Saved column mappings for imports.", no_args_is_help=True)
creditor_app = typer.Typer(help="Creditors and their mandates.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(demo_app, name="demo")
app.add_typer(tenant_app, name="tenant")
app.add_typer(key_app, name="apikey")
app.add_typer(mapping_app, name="mapping")
app.add_typer(creditor_app, name="creditor")
scheduler_app = typer.Typer(
    help="The scheduler: plan, guard and queue messages.", no_args_is_help=True
)
app.add_typer(scheduler_app, name="scheduler")
playbook_app = typer.Typer(
    help="Playbooks: what is sent, when, on which channel.", no_args_is_help=True
)
app.add_typer(playbook_app, name="playbook")
rates_app = typer.Typer(help="Legal and ECB interest rates used by balances.", no_args_is_help=True)
app.add_typer(rates_app, name="rates")

TenantOption = Annotated[
    str | None, typer.Option("--tenant", help="Tenant slug (default: AMIABLE_DEFAULT_TENANT).")
]


def _app() -> App:
    from amiable.core.bootstrap import bootstrap

    return bootstrap()


def _tenant(application: App, tenant: str | None) -> str:
    return tenant or application.settings.default_tenant


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate the database at AMIABLE_DATABASE_URL to the latest schema."""
    from amiable.core.migrate import current_revision, upgrade

    application = _app()
    upgrade(application.database)
    typer.echo(f"database at revision {current_revision(application.database)}")


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    creditor: Annotated[
        str | None, typer.Option(help="Creditor reference for rows without creditor_ref.")
    ] = None,
    mapping: Annotated[
        str | None, typer.Option(help="Saved mapping name, or a mapping JSON file.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything, write nothing.")
    ] = False,
    rejects: Annotated[
        Path | None, typer.Option(help="Where to write rejected rows (CSV).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    tenant: TenantOption = None,
) -> None:
    """Import cases from CSV, XLSX, JSON/JSONL, or Factur-X/UBL invoices (PDF or XML)."""
    from amiable.portfolio.imports.pipeline import ImportFailed, import_file
    from amiable.portfolio.tenants import tenant_ensure

    application = _app()
    slug = _tenant(application, tenant)
    with application.database.write() as session:
        tenant_ensure(session, slug=slug, now=application.clock.now())
    progress = None if as_json or not sys.stderr.isatty() else _progress(file)
    try:
        summary = import_file(
            application.database, tenant=slug, path=file, creditor=creditor, mapping=mapping,
            dry_run=dry_run, rejects_path=rejects, batch_size=application.settings.import_batch_size,
            clock=application.clock, on_progress=progress.update if progress else None,
        )  # fmt: skip
    except ImportFailed as error:
        if as_json:
            typer.echo(json.dumps({"error": str(error)}, ensure_ascii=False))
        _fail(str(error))
        return
    finally:
        if progress:
            progress.close()
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False, default=str))
        return
    prefix = "dry run: would have " if dry_run else ""
    typer.echo(f"{prefix}imported {summary.imported}, updated {summary.updated}, "
               f"unchanged {summary.unchanged}, rejected {summary.rejected}")  # fmt: skip
    for refusal in summary.errors[:20]:
        typer.echo(f"  row {refusal['row']}, {refusal['field']}: {refusal['reason']}")
    if summary.rejected > 20:
        typer.echo(f"  … {summary.rejected - 20} more rejected rows")
    if summary.rejects_file:
        typer.echo(f"rejected rows kept in {summary.rejects_file}")
    if summary.creditors_created:
        typer.echo(f"new creditors: {', '.join(summary.creditors_created)}")
    if summary.creditors_without_mandate:
        typer.echo("no mandate on file (nobody is contacted for them until it is recorded): "
                   + ", ".join(summary.creditors_without_mandate))  # fmt: skip


class _progress:
    """A progress line on the terminal for large files (rows read, rows per second)."""

    def __init__(self, file: Path) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} rows"),
                             TimeElapsedColumn(), transient=True)  # fmt: skip
        self._task = self._bar.add_task(f"importing {file.name}", total=None)
        self._bar.start()

    def update(self, rows: int) -> None:
        self._bar.update(self._task, completed=rows)

    def close(self) -> None:
        self._bar.stop()


@app.command("export")
def export_command(
    kind: Annotated[
        str,
        typer.Argument(help="cases, claims, events, ledger, messages, proposals (R124-5) or tasks"),
    ],
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option(help="File to write (default: standard output).")
    ] = None,
    tenant: TenantOption = None,
) -> None:
    """Export all of a tenant's cases, claims, events, ledger entries, messages, the
    debtors' proposals to report to each creditor (R124-5), or the people's tasks."""
    from amiable.portfolio.tenants import TenantNotFound, tenant_get
    from amiable.reporting import export

    application = _app()
    if kind not in export.KINDS or fmt not in ("jsonl", "csv"):
        _fail(f"choose one of {', '.join(export.KINDS)} and --format jsonl|csv")
    try:
        with application.database.read() as session:
            tenant_id = tenant_get(session, _tenant(application, tenant)).id
    except TenantNotFound as error:
        _fail(str(error))
        return
    if output is None:
        export.write(application.database, kind, tenant_id, sys.stdout, fmt)
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        count = export.write(application.database, kind, tenant_id, stream, fmt)
    typer.echo(f"{count} {kind} written to {output}", err=True)


@demo_app.command("load")
def demo_load_command(
    cases: Annotated[int, typer.Option(min=1, help="Number of cases to generate.")] = 2000,
    seed: Annotated[
        int, typer.Option(help="Random seed: the same seed gives the same portfolio.")
    ] = 42,
    if_empty: Annotated[
        bool, typer.Option("--if-empty", help="Do nothing if the tenant has cases.")
    ] = False,
    tenant: TenantOption = None,
) -> None:
    """Load a realistic synthetic portfolio (French agency, B2B and B2C creditors)."""
    from amiable.demo.load import demo_load

    application = _app()
    loaded = demo_load(application.database, tenant=_tenant(application, tenant), cases=cases, seed=seed,
                       clock=application.clock, if_empty=if_empty)  # fmt: skip
    if loaded.skipped:
        typer.echo("the tenant already has cases: demo portfolio not loaded")
    else:
        typer.echo(
            f"demo portfolio: {loaded.cases} cases, {loaded.claims} claims, {loaded.payments} payments"
        )


@demo_app.command("statement")
def demo_statement_command(
    out: Annotated[
        Path, typer.Option("--out", dir_okay=False, help="Where to write the camt.053.")
    ],
    truth: Annotated[
        Path | None,
        typer.Option("--truth", dir_okay=False, help="Also write each line's true cases (JSON)."),
    ] = None,
    payments: Annotated[int, typer.Option(min=1, help="How many debtors pay.")] = 300,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 42,
    tenant: TenantOption = None,
) -> None:
    """Write the bank statement (camt.053) of a day of the demo portfolio's payments, to
    try `amiable statements import` on."""
    from amiable.demo.statement import demo_statement
    from amiable.portfolio.tenants import tenant_get

    application = _app()
    with application.database.read() as session:
        tenant_id = tenant_get(session, _tenant(application, tenant)).id
        made = demo_statement(session, tenant_id=tenant_id, day=application.clock.now().date(),
                              payments=payments, seed=seed)  # fmt: skip
    out.write_bytes(made.data)
    if truth is not None:
        truth.write_text(json.dumps({"cases": made.truth, "kinds": made.kinds}, indent=1))
    payments_made = sum(map(bool, made.truth.values()))
    typer.echo(
        f"{out}: {payments_made} debtors' payments, with strangers' credits, fees and returns"
    )


@app.command("nlu")
def nlu(
    batch: Annotated[
        int, typer.Option(help="Lines read before answering; 1 answers each line at once.")
    ] = 256,
    tenant: Annotated[
        str | None,
        typer.Option(
            "--tenant", help="Use this tenant's LLM reader when one is enabled (default: offline)."
        ),
    ] = None,
) -> None:
    """Read debtor messages: JSONL on standard input, one reading per line on standard output.

    Each input line: {"id", "text", "received_at", "channel"?, "lang"?}. Works offline. A bad
    line gives {"id": ..., "error": "..."} and the others are still read.
    """
    from amiable.nlu.command import decoded, read_stream

    llm = None
    if tenant is not None:
        from amiable.nlu.actions import reader_llm_for
        from amiable.portfolio.tenants import tenant_get

        with _app().database.read() as session:
            llm = reader_llm_for(tenant_get(session, tenant))
    read_stream(decoded(sys.stdin.buffer), sys.stdout, batch=batch, llm=llm)


@tenant_app.command("reader-llm")
def tenant_reader_llm_command(
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint, e.g. https://api.mistral.ai/v1")
    ] = None,
    model: Annotated[str | None, typer.Option(help="Model name at that endpoint.")] = None,
    api_key: Annotated[
        str | None, typer.Option(help="Bearer key, if the endpoint needs one.")
    ] = None,
    enable: Annotated[bool, typer.Option("--enable/--disable", help="Consult it or not.")] = True,
    min_confidence: Annotated[
        float, typer.Option(help="Consult it when the offline confidence is below this.")
    ] = 0.75,
    draft_replies: Annotated[
        bool,
        typer.Option(
            "--draft-replies/--no-draft-replies",
            help="Let it rewrite the agent's answers (each checked; the template when a check fails).",
        ),
    ] = False,
    remove: Annotated[bool, typer.Option(help="Remove the configuration.")] = False,
    tenant: TenantOption = None,
) -> None:
    """Configure the tenant's optional LLM reader (off by default). Without options, show it."""
    from amiable.nlu.actions import reader_llm_config, reader_llm_configure
    from amiable.nlu.llm import LlmConfig, LlmConfigError
    from amiable.portfolio.tenants import tenant_ensure

    application = _app()
    with application.database.write() as session:
        owner = tenant_ensure(
            session, slug=_tenant(application, tenant), now=application.clock.now()
        )
        if remove:
            reader_llm_configure(session, tenant=owner, config=None)
            typer.echo(f"tenant {owner.slug}: LLM reader removed; messages are read offline")
            return
        if base_url is None and model is None:
            config = reader_llm_config(owner)
            typer.echo(json.dumps({"tenant": owner.slug, "reader_llm": _shown_config(config)}))
            return
        try:
            config = LlmConfig(
                base_url=base_url or "",
                model=model or "",
                api_key=api_key or None,
                enabled=enable,
                min_offline_confidence=min_confidence,
                draft_replies=draft_replies,
            )
        except LlmConfigError as error:
            _fail(str(error))
            return
        reader_llm_configure(session, tenant=owner, config=config)
        typer.echo(json.dumps({"tenant": owner.slug, "reader_llm": _shown_config(config)}))


def _shown_config(config: Any) -> dict[str, Any] | None:
    if config is None:
        return None
    shown = config.to_mapping()
    if shown.get("api_key"):
        shown["api_key"] = shown["api_key"][:4] + "…"
    return shown


@playbook_app.command("import")
def playbook_import_command(path: Path, tenant: TenantOption = None) -> None:
    """Store a playbook (YAML) for the tenant, after checking it; it replaces the shipped
    playbook of the same id."""
    from amiable.playbooks.actions import playbook_save
    from amiable.playbooks.definitions import PlaybookError
    from amiable.portfolio.tenants import tenant_ensure

    application = _app()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        _fail(f"cannot read {path}: {error}")
        return
    with application.database.write() as session:
        owner = tenant_ensure(
            session, slug=_tenant(application, tenant), now=application.clock.now()
        )
        try:
            playbook = playbook_save(
                session,
                tenant_id=owner.id,
                text=text,
                source=str(path),
                now=application.clock.now(),
            )
        except PlaybookError as error:
            _fail(str(error))
            return
    typer.echo(
        f"playbook {playbook.id} saved for tenant {owner.slug} ({len(playbook.steps)} steps)"
    )


@playbook_app.command("list")
def playbook_list_command(tenant: TenantOption = None) -> None:
    """The playbooks that apply to the tenant, and any stored one that no longer loads."""
    from amiable.playbooks.actions import tenant_playbooks
    from amiable.portfolio.tenants import tenant_ensure

    application = _app()
    with application.database.write() as session:
        owner = tenant_ensure(
            session, slug=_tenant(application, tenant), now=application.clock.now()
        )
        playbooks, errors = tenant_playbooks(session, owner.id)
    for playbook in playbooks:
        typer.echo(
            f"{playbook.id}\t{playbook.jurisdiction}\t{len(playbook.steps)} steps\t{playbook.names['en']}"
        )
    for error in errors:
        typer.echo(f"error: {error}", err=True)


@scheduler_app.command("run")
def scheduler_run_command(
    portal_url: Annotated[
        str | None,
        typer.Option(help="The debtor page's address (default: AMIABLE_PORTAL_URL)."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1, help="Processes running the due actions (one per core renders fastest)."
        ),
    ] = 1,
) -> None:
    """One pass: schedule every open case's next action, run what is due into the outbox."""
    import os
    import socket

    from amiable.playbooks.rendering import template_renderer
    from amiable.playbooks.worker import run_once

    application = _app()
    report = run_once(
        application.database,
        owner=f"{socket.gethostname()}:{os.getpid()}",
        render=template_renderer(
            portal_url or application.settings.portal_url,
            application.settings.secret_key.get_secret_value().encode(),
        ),
        now=application.clock.now(),
        workers=workers,
    )
    typer.echo(
        f"queued {report.queued}, deferred {report.deferred}, blocked {report.blocked}, "
        f"skipped {report.skipped}"
    )


@app.command("simulate")
def simulate_command(
    cases: Annotated[int, typer.Option(help="Cases in the generated portfolio.")] = 1000,
    days: Annotated[int, typer.Option(help="Days of simulated time.")] = 120,
    seed: Annotated[int, typer.Option(help="Seed of the portfolio and of the debtors.")] = 42,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    conversations: Annotated[
        bool,
        typer.Option(help="Debtors write back and the agent answers (else: status changes)."),
    ] = True,
) -> None:
    """Run the playbooks over a generated portfolio with a fake clock, in a database of
    its own, and report messages, case states, amounts collected and decisions by rule;
    with conversations, the agent's automation rate and the safety cases' escalation."""
    from amiable.agent.respond import AgentConfig
    from amiable.agent.simulation import ConversingDebtors
    from amiable.playbooks.rendering import template_renderer
    from amiable.playbooks.simulate import simulate

    if cases < 1 or days < 1:
        _fail("--cases and --days must be at least 1")
    config = AgentConfig("https://portail.example/p", b"simulation-secret-of-32-bytes!!!")
    report = simulate(
        cases=cases, days=days, seed=seed,
        render=template_renderer(config.portal_url, config.secret),
        debtors=ConversingDebtors(config) if conversations else None,
    )  # fmt: skip
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    messages = report["messages"]
    typer.echo(f"{cases} cases over {days} days (seed {seed}): {messages['total']} messages")
    for channel, count in sorted(messages["by_channel"].items()):
        typer.echo(f"  {channel}: {count}")
    typer.echo(
        "cases by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(report["cases_by_status"].items()))
    )
    typer.echo(f"collected: {report['collected']}")
    typer.echo(
        "decisions by rule: "
        + ", ".join(f"{k} {v}" for k, v in report["decisions_by_rule"].items())
    )
    talk = report.get("conversations")
    if talk:
        typer.echo(
            f"conversations: {talk['debtors_who_wrote']} debtors wrote "
            f"{talk['messages_received']} messages; automation rate {talk['automation_rate']} "
            f"({talk['automation_rate_outside_safety']} outside the safety cases); "
            f"safety cases escalated {talk['safety_escalated']}/{talk['safety_cases']}"
        )
        for missed in talk["safety_missed"]:
            typer.echo(f"  NOT escalated ({missed['behaviour']}): {missed['message']!r}")


@app.command("serve")
def serve_command(
    host: Annotated[
        str | None, typer.Option(help="Interface (default AMIABLE_HOST, 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default AMIABLE_PORT, 8000).")] = None,
) -> None:
    """Serve the API (and, later, the back-office and the debtor portal); unless
    AMIABLE_WORKER_INTERVAL is 0, the agent's work runs here too, every so many seconds."""
    import uvicorn

    from amiable.web.app import create_app

    application = _app()
    worker = None
    if application.settings.worker_interval > 0:
        from amiable.workers.loop import InProcessWorker

        # The embedded default: the agent's work runs in this process (see workers.loop).
        worker = InProcessWorker(application, application.settings.worker_interval).start()
    try:
        uvicorn.run(create_app(application), host=host or application.settings.host,
                    port=port or application.settings.port)  # fmt: skip
    finally:
        if worker is not None:
            worker.stop()


@tenant_app.command("create")
def tenant_create_command(
    slug: str,
    name: Annotated[str | None, typer.Option(help="The office's name.")] = None,
) -> None:
    """Create a tenant (an office)."""
    from amiable.portfolio.tenants import TenantNotFound, tenant_create, tenant_get

    application = _app()
    with application.database.write() as session:
        try:
            tenant_get(session, slug)
        except TenantNotFound:
            tenant_create(session, slug=slug, name=name or slug, now=application.clock.now())
            typer.echo(f"tenant {slug} created")
            return
    _fail(f"tenant {slug} exists already", 1)


@key_app.command("create")
def apikey_create_command(
    name: Annotated[str, typer.Option(help="What the key is for.")] = "api",
    tenant: TenantOption = None,
) -> None:
    """Issue an API key for a tenant. The key is printed once and never stored."""
    from amiable.portfolio.tenants import api_key_create, tenant_ensure

    application = _app()
    with application.database.write() as session:
        owner = tenant_ensure(
            session, slug=_tenant(application, tenant), now=application.clock.now()
        )
        issued = api_key_create(session, tenant=owner, name=name, now=application.clock.now())
    typer.echo(issued.secret)


@mapping_app.command("save")
def mapping_save_command(
    name: str,
    column: Annotated[
        list[str], typer.Option(help="field=Header in file; repeat for each column.")
    ],
    decimal_mark: Annotated[
        str | None, typer.Option(help="',' or '.' when the file uses one only.")
    ] = None,
    date_format: Annotated[str | None, typer.Option(help="strptime format, e.g. %d/%m/%Y.")] = None,
    delimiter: Annotated[
        str | None, typer.Option(help="CSV delimiter when sniffing is not wanted.")
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="File encoding, e.g. cp1252.")] = None,
    constant: Annotated[
        list[str] | None, typer.Option(help="field=value used for every row.")
    ] = None,
    tenant: TenantOption = None,
) -> None:
    """Save a column mapping from an office's export to the standard import format."""
    from amiable.portfolio.imports.mappings import MappingError, mapping_save
    from amiable.portfolio.tenants import tenant_ensure

    application = _app()
    try:
        columns = _pairs(column)
        options: dict[str, Any] = {k: v for k, v in (("decimal_mark", decimal_mark), ("date_format", date_format),
                                                    ("delimiter", delimiter), ("encoding", encoding)) if v}  # fmt: skip
        if constant:
            options["constants"] = _pairs(constant)
        with application.database.write() as session:
            owner = tenant_ensure(
                session, slug=_tenant(application, tenant), now=application.clock.now()
            )
            mapping_save(session, tenant_id=owner.id, name=name, columns=columns, options=options,
                         now=application.clock.now())  # fmt: skip
    except MappingError as error:
        _fail(str(error))
    typer.echo(f"mapping {name} saved")


@mapping_app.command("list")
def mapping_list_command(tenant: TenantOption = None) -> None:
    """List saved column mappings."""
    from sqlalchemy import select

    from amiable.portfolio.models import ColumnMapping
    from amiable.portfolio.tenants import tenant_get

    application = _app()
    with application.database.read() as session:
        owner = tenant_get(session, _tenant(application, tenant))
        for mapping in session.execute(
            select(ColumnMapping).where(ColumnMapping.tenant_id == owner.id)
        ).scalars():
            typer.echo(
                f"{mapping.name}: {json.dumps(mapping.columns, ensure_ascii=False)} {mapping.options}"
            )


@creditor_app.command("mandate")
def creditor_mandate_command(
    creditor: Annotated[str, typer.Argument(help="Creditor reference.")],
    reference: Annotated[str, typer.Option(help="The mandate's reference.")],
    signed_on: Annotated[str, typer.Option(help="Date signed, YYYY-MM-DD.")],
    basis: Annotated[str, typer.Option(help="The basis of the sums to collect (R124-3).")],
    fee_basis: Annotated[str, typer.Option(help="percent_of_collected or flat_per_case.")],
    fee_rate: Annotated[
        str | None, typer.Option(help="Fee in percent of amounts collected.")
    ] = None,
    flat_fee: Annotated[str | None, typer.Option(help="Flat fee per case.")] = None,
    payover_days: int = 30,
    max_instalments: int = 1,
    min_instalment: str = "0",
    max_plan_months: int = 0,
    tenant: TenantOption = None,
) -> None:
    """Record a creditor's mandate, so its cases may be worked."""
    from amiable.portfolio.actions import MandateError, creditor_upsert, mandate_record
    from amiable.portfolio.tenants import tenant_get

    application = _app()
    try:
        with application.database.write() as session:
            owner = tenant_get(session, _tenant(application, tenant))
            found, _ = creditor_upsert(
                session, tenant_id=owner.id, reference=creditor, now=application.clock.now()
            )
            mandate_record(session, creditor=found, reference=reference, signed_on=date.fromisoformat(signed_on),
                           basis=basis, fee_basis=fee_basis, now=application.clock.now(),
                           fee_rate_percent=Decimal(fee_rate) if fee_rate else None,
                           flat_fee=Decimal(flat_fee) if flat_fee else None, payover_days=payover_days,
                           max_instalments=max_instalments, min_instalment=Decimal(min_instalment),
                           max_plan_months=max_plan_months)  # fmt: skip
    except (MandateError, ValueError) as error:
        _fail(str(error))
    typer.echo(f"mandate {reference} recorded for {creditor}")


def _pairs(items: list[str]) -> dict[str, str]:
    from amiable.portfolio.imports.mappings import MappingError

    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise MappingError(f"expected field=value, got {item!r}")
        pairs[key.strip()] = value.strip()
    return pairs


@rates_app.command("add")
def rates_add_command(
    table: Annotated[str, typer.Argument(help="legal (CMF L313-2) or ecb (L441-10 C. com.)")],
    semester: Annotated[str, typer.Argument(help="e.g. 2026-S2")],
    rate: Annotated[str, typer.Argument(help="yearly percent, e.g. 2.15")],
    source: Annotated[str, typer.Option(help="Where it was published (arrêté, ECB decision).")],
    category: Annotated[
        str | None, typer.Option(help="legal only: natural_person or other")
    ] = None,
    status: Annotated[str, typer.Option(help="verified, secondary or unverified")] = "verified",
) -> None:
    """Record a semester's published rate; balances use it from now on."""
    import getpass

    from amiable.ledger.rate_store import RateError, rate_record

    application = _app()
    try:
        with application.database.write() as session:
            rate_record(session, table=table, semester=semester, rate=Decimal(rate.replace(",", ".")),
                        source=source, status=status, category=category, now=application.clock.now(),
                        recorded_by=f"cli:{getpass.getuser()}")  # fmt: skip
    except (RateError, ArithmeticError) as error:
        _fail(str(error))
    typer.echo(f"{table} rate {semester}{f' ({category})' if category else ''}: {rate} % recorded")


@rates_app.command("list")
def rates_list_command() -> None:
    """Every semester's rates, with their source and verification status."""
    from amiable.ledger.rate_store import rate_tables

    application = _app()
    with application.database.read() as session:
        tables = rate_tables(session)
    for row in (*tables.legal_rows, *tables.ecb_rows):
        label = f"{row.table} {row.semester}" + (f" {row.category}" if row.category else "")
        typer.echo(f"{label:<32} {row.rate:>6} %  {row.status:<10} {row.source}")


# -- channels ---------------------------------------------------------------------------

channels_app = typer.Typer(
    help="Channels: send the outbox, read replies, letters for the mail house, calls.",
    no_args_is_help=True,
)
app.add_typer(channels_app, name="channels")


def _channel_settings(application: App, tenant: str | None) -> tuple[int, Any]:
    from amiable.channels.config import ChannelConfig, ChannelConfigError
    from amiable.portfolio.tenants import TenantNotFound, tenant_get

    with application.database.read() as session:
        try:
            owner = tenant_get(session, _tenant(application, tenant))
        except TenantNotFound as error:
            _fail(str(error))
            raise
        try:
            return owner.id, ChannelConfig.of(owner.channels)
        except ChannelConfigError as error:
            _fail(str(error))
            raise


@tenant_app.command("channels")
def tenant_channels_command(
    file: Annotated[
        Path | None, typer.Option(help="The channel settings, JSON (see the README).")
    ] = None,
    tenant: TenantOption = None,
) -> None:
    """Set the tenant's channel settings from a JSON file; without --file, show them."""
    from amiable.channels.config import ChannelConfig, ChannelConfigError
    from amiable.portfolio.tenants import tenant_ensure

    application = _app()
    with application.database.write() as session:
        owner = tenant_ensure(
            session, slug=_tenant(application, tenant), now=application.clock.now()
        )
        if file is None:
            typer.echo(json.dumps({"tenant": owner.slug, "channels": owner.channels or {}}))
            return
        try:
            stored = json.loads(file.read_text(encoding="utf-8"))
            ChannelConfig.of(stored)
        except (OSError, ValueError, ChannelConfigError) as error:
            _fail(f"{file}: {error}")
        owner.channels = stored
    typer.echo(f"tenant {owner.slug}: channel settings saved")


@channels_app.command("deliver")
def channels_deliver_command(
    tenant: TenantOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Messages per pass.")] = 500,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes sending at once (one per core is fastest).")
    ] = 1,
) -> None:
    """Send the due e-mails and SMS of the outbox, until none is left."""
    from amiable.channels.config import ChannelConfigError, channels_from
    from amiable.channels.delivery import deliver_all

    application = _app()
    tenant_id, config = _channel_settings(application, tenant)
    try:
        channels_from(config, application.environ)  # every secret set, every setting sound
    except ChannelConfigError as error:
        _fail(str(error))
        return
    report = deliver_all(
        application.database,
        tenant_id=tenant_id,
        config=config,
        environ=dict(application.environ),
        now=application.clock.now(),
        workers=workers,
        limit=limit,
    )
    for problem in report.errors:
        typer.echo(f"error: {problem}", err=True)
    typer.echo(
        ", ".join(
            f"{name} {getattr(report, name)}"
            for name in ("sent", "retried", "failed", "bounced", "dead", "held")
        )
    )


@channels_app.command("poll")
def channels_poll_command(tenant: TenantOption = None) -> None:
    """Read the tenant's reply mailbox (IMAP): each message threaded to its case and read."""
    from amiable.channels.config import ChannelConfigError, secret
    from amiable.channels.email.imap import ImapPoller, ImapPollError
    from amiable.channels.intake import mailbox_handler

    application = _app()
    tenant_id, config = _channel_settings(application, tenant)
    imap = config.inbound.imap
    if imap is None or config.email is None:
        _fail("no reply mailbox configured (channels.inbound.imap and channels.email)")
        return
    try:
        password = secret(imap.password_env, application.environ)
        token_secret = secret(config.email.token_secret_env, application.environ).encode()
    except ChannelConfigError as error:
        _fail(str(error))
        return
    poller = ImapPoller(imap.host, imap.port, imap.username, password, imap.security, imap.folder)

    handle = mailbox_handler(
        application.database,
        tenant_id=tenant_id,
        token_secret=token_secret,
        clock=application.clock,
    )

    try:
        report = poller.poll_batch(handle)
    except ImapPollError as error:
        _fail(error.reason)
        return
    typer.echo(
        f"fetched {report.fetched}, handled {report.handled}, failed {report.failed}, "
        f"quarantined {report.quarantined}"
    )


@channels_app.command("letters")
def channels_letters_command(
    out: Annotated[Path, typer.Option(help="Folder for the batch (PDF and CSV index).")],
    tenant: TenantOption = None,
) -> None:
    """The queued letters as one mail-house batch: a merged PDF and its index."""
    from amiable.channels.delivery import letters_batch

    application = _app()
    tenant_id, config = _channel_settings(application, tenant)
    out.mkdir(parents=True, exist_ok=True)
    result = letters_batch(
        application.database,
        tenant_id=tenant_id,
        out_dir=out,
        now=application.clock.now(),
        registered_templates=config.letters.registered_templates,
    )
    if result is None:
        typer.echo("no letter queued")
        return
    typer.echo(
        f"{len(result.letters)} letters, {result.pages} pages: {result.pdf_path}, {result.index_path}"
    )


@channels_app.command("calls")
def channels_calls_command(
    tenant: TenantOption = None,
    limit: Annotated[int, typer.Option(min=1)] = 20,
) -> None:
    """The calls due, most urgent first, with their scripts."""
    from amiable.channels.calls import call_list

    application = _app()
    tenant_id, _config = _channel_settings(application, tenant)
    with application.database.read() as session:
        tasks = call_list(session, tenant_id=tenant_id, now=application.clock.now(), limit=limit)
    for task in tasks:
        typer.echo(f"#{task.message_id}  {task.case_reference}  {task.debtor_name}  {task.phone}")
        typer.echo("    " + task.script.replace("\n", "\n    "))
    if not tasks:
        typer.echo("no call due")


agent_app = typer.Typer(
    help="The agent: answers, promises, plans, people's tasks.", no_args_is_help=True
)
app.add_typer(agent_app, name="agent")


@app.command("converse")
def converse_command(
    case: Annotated[str, typer.Option("--case", help="The case's reference.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per message.")] = False,
    tenant: TenantOption = None,
) -> None:
    """Try the agent on a case: each line read is a debtor message (text, or JSON with
    `text`, `channel`, `received_at`); each answer is the reading, the actions and the reply.
    Runs against the configured database exactly as a real message would."""
    from amiable.agent.converse import ConverseError, converse, parse_line

    application = _app()
    config = agent_config(application)
    slug = _tenant(application, tenant)
    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        typer.echo(f"case {case}: write as the debtor (Ctrl-D to end)")
    for raw in sys.stdin:
        if not raw.strip():
            continue
        try:
            line = parse_line(raw)
            turn = converse(
                application.database, tenant=slug, case_reference=case, line=line,
                config=config, now=application.clock.now(),
            )  # fmt: skip
        except ConverseError as error:
            if as_json:
                typer.echo(json.dumps({"error": str(error)}, ensure_ascii=False))
                continue
            typer.echo(f"error: {error}", err=True)
            continue
        if as_json:
            typer.echo(json.dumps(turn.to_json(), ensure_ascii=False, default=str))
            continue
        data = turn.to_json()
        reading = data["reading"]
        typer.echo(f"[read] {reading['intent']} {json.dumps(reading, ensure_ascii=False)}")
        for action in data["actions"]:
            typer.echo(f"[act]  {json.dumps(action, ensure_ascii=False, default=str)}")
        if data["reply"]:
            reply = data["reply"]
            typer.echo(f"[reply {reply['channel']} to {reply['to']} at {reply['scheduled_for']}]")
            if reply["subject"]:
                typer.echo(f"Subject: {reply['subject']}")
            typer.echo(reply["text"])
        else:
            typer.echo(f"[no reply] {data['reason']}")


@agent_app.command("run")
def agent_run_command(tenant: TenantOption = None) -> None:
    """One pass: notice broken promises and plans, answer every message waiting, thank
    the debtors whose case a payment settled."""
    from amiable.agent.worker import agent_pass
    from amiable.portfolio.tenants import tenant_get

    application = _app()
    tenant_id = None
    if tenant is not None:
        with application.database.read() as session:
            tenant_id = tenant_get(session, tenant).id
    report = agent_pass(application.database, config=agent_config(application),
                        now=application.clock.now(), tenant_id=tenant_id)  # fmt: skip
    typer.echo(json.dumps(report, ensure_ascii=False))


def agent_config(application: App) -> Any:
    from amiable.agent.respond import agent_config as config_of

    return config_of(application.settings)


@agent_app.command("tasks")
def agent_tasks_command(
    tenant: TenantOption = None, limit: Annotated[int, typer.Option(min=1)] = 20
) -> None:
    """The people's work queue: open tasks, most urgent first, with their summaries."""
    from sqlalchemy import select

    from amiable.agent.models import HumanTask
    from amiable.portfolio.tenants import tenant_get

    application = _app()
    with application.database.read() as session:
        tenant_id = tenant_get(session, _tenant(application, tenant)).id
        tasks = session.scalars(
            select(HumanTask)
            .where(HumanTask.tenant_id == tenant_id, HumanTask.status == "open")
            .order_by(HumanTask.priority, HumanTask.due_at, HumanTask.id)
            .limit(limit)
        ).all()
        for task in tasks:
            typer.echo(
                f"#{task.id}  P{task.priority}  {task.kind}  due {task.due_at:%Y-%m-%d %H:%M}"
            )
            typer.echo("    " + task.summary.replace("\n", "\n    "))
        if not tasks:
            typer.echo("no open task")


# Payments: bank statements, reconciliation, pay-over (their own module, registered here).
from amiable.payments.cli import payover_app, statements_app  # noqa: E402

app.add_typer(statements_app, name="statements")
app.add_typer(payover_app, name="payover")
