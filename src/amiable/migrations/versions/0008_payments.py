"""payments: bank imports and lines, webhook events, receipts, pay-over statements,
reversals on the ledger

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import amiable.core.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_TIME = amiable.core.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("ledger_entry") as batch:
        batch.add_column(sa.Column("reverses_id", _ID, nullable=True))
        batch.create_foreign_key(
            "fk_ledger_entry_reverses_id", "ledger_entry", ["reverses_id"], ["id"]
        )
    op.create_table(
        "bank_import",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=True),
        sa.Column("format", sa.String(length=12), nullable=False),
        sa.Column("statements", _JSON, nullable=False),
        sa.Column("counts", _JSON, nullable=False),
        sa.Column("imported_at", _TIME, nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "sha256"),
    )
    op.create_table(
        "bank_line",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("import_id", _ID, nullable=False),
        sa.Column("line_key", sa.String(length=64), nullable=False),
        sa.Column("account", sa.String(length=40), nullable=True),
        sa.Column("statement_id", sa.String(length=100), nullable=True),
        sa.Column("booking_date", sa.Date(), nullable=False),
        sa.Column("value_date", sa.Date(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("direction", sa.String(length=6), nullable=False),
        sa.Column("bank_reference", sa.String(length=100), nullable=True),
        sa.Column("end_to_end_id", sa.String(length=100), nullable=True),
        sa.Column("structured_reference", sa.String(length=40), nullable=True),
        sa.Column("remittance", sa.Text(), nullable=False),
        sa.Column("counterparty_name", sa.String(length=200), nullable=True),
        sa.Column("counterparty_iban", sa.String(length=34), nullable=True),
        sa.Column("bank_code", sa.String(length=40), nullable=True),
        sa.Column("reversal", sa.Boolean(), nullable=False),
        sa.Column("return_reason", sa.String(length=10), nullable=True),
        sa.Column("problem", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("case_id", _ID, nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("allocations", _JSON, nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("resolved_at", _TIME, nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["import_id"], ["bank_import.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "line_key"),
    )
    op.create_index("ix_bank_line_queue", "bank_line", ["tenant_id", "status", "booking_date"])
    op.create_index("ix_bank_line_case", "bank_line", ["case_id"])
    op.create_table(
        "webhook_event",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("event_id", sa.String(length=100), nullable=False),
        sa.Column("type", sa.String(length=60), nullable=False),
        sa.Column("outcome", sa.String(length=300), nullable=False),
        sa.Column("received_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "provider", "event_id"),
    )
    op.create_table(
        "receipt",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=False),
        sa.Column("ledger_entry_id", _ID, nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("balance_after_cents", sa.Integer(), nullable=False),
        sa.Column("allocation", _JSON, nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("message_id", _ID, nullable=True),
        sa.Column("issued_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["ledger_entry_id"], ["ledger_entry.id"]),
        sa.ForeignKeyConstraint(["message_id"], ["outbound_message.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ledger_entry_id"),
        sa.UniqueConstraint("tenant_id", "number"),
    )
    op.create_index("ix_receipt_case", "receipt", ["case_id"])
    op.create_table(
        "payover",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("creditor_id", _ID, nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("collected_cents", sa.Integer(), nullable=False),
        sa.Column("fee_cents", sa.Integer(), nullable=False),
        sa.Column("owed_cents", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("fee_detail", sa.String(length=300), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("issued_at", _TIME, nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("paid_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["creditor_id"], ["creditor.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "number"),
    )
    op.create_table(
        "payover_item",
        sa.Column("id", _ID, nullable=False),
        sa.Column("payover_id", _ID, nullable=False),
        sa.Column("ledger_entry_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("fee_cents", sa.Integer(), nullable=False),
        sa.Column("encashed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["payover_id"], ["payover.id"]),
        sa.ForeignKeyConstraint(["ledger_entry_id"], ["ledger_entry.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ledger_entry_id"),
    )
    op.create_index("ix_payover_item", "payover_item", ["payover_id"])


def downgrade() -> None:
    op.drop_index("ix_payover_item", table_name="payover_item")
    op.drop_table("payover_item")
    op.drop_table("payover")
    op.drop_index("ix_receipt_case", table_name="receipt")
    op.drop_table("receipt")
    op.drop_table("webhook_event")
    op.drop_index("ix_bank_line_case", table_name="bank_line")
    op.drop_index("ix_bank_line_queue", table_name="bank_line")
    op.drop_table("bank_line")
    op.drop_table("bank_import")
    with op.batch_alter_table("ledger_entry") as batch:
        batch.drop_constraint("fk_ledger_entry_reverses_id", type_="foreignkey")
        batch.drop_column("reverses_id")
