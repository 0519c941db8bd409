"""agent: promises, payment plans, the human work queue, checkouts, conversation state

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import amiable.core.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_TIME = amiable.core.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.add_column("case", sa.Column("agent_state", _JSON, nullable=True))
    op.add_column("inbound_message", sa.Column("handled_at", _TIME, nullable=True))
    # Messages received before the agent existed were seen by people: the agent does not
    # answer them weeks late.
    op.execute("UPDATE inbound_message SET handled_at = created_at")
    op.create_table(
        "promise",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("resolved_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_promise_case", "promise", ["case_id", "status"])
    op.create_table(
        "payment_plan",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("option_key", sa.String(length=40), nullable=False),
        sa.Column("offer_group", sa.String(length=60), nullable=False),
        sa.Column("balance_cents", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("discount_cents", sa.Integer(), nullable=False),
        sa.Column("instalments", _JSON, nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("offered_at", _TIME, nullable=False),
        sa.Column("expires_at", _TIME, nullable=False),
        sa.Column("accepted_at", _TIME, nullable=True),
        sa.Column("accepted_via", sa.String(length=30), nullable=True),
        sa.Column("resolved_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payment_plan_case", "payment_plan", ["case_id", "status"])
    op.create_table(
        "human_task",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=True),
        sa.Column("inbound_message_id", _ID, nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("data", _JSON, nullable=False),
        sa.Column("due_at", _TIME, nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("closed_at", _TIME, nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["inbound_message_id"], ["inbound_message.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_human_task_queue", "human_task", ["tenant_id", "status", "priority", "due_at"]
    )
    op.create_index("ix_human_task_case", "human_task", ["case_id"])
    op.create_table(
        "payment_checkout",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("provider_reference", sa.String(length=100), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("plan_id", _ID, nullable=True),
        sa.Column("instalment", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("data", _JSON, nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("expires_at", _TIME, nullable=False),
        sa.Column("paid_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["plan_id"], ["payment_plan.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("provider", "provider_reference"),
    )
    op.create_index("ix_payment_checkout_case", "payment_checkout", ["case_id"])


def downgrade() -> None:
    op.drop_table("payment_checkout")
    op.drop_table("human_task")
    op.drop_table("payment_plan")
    op.drop_table("promise")
    with op.batch_alter_table("inbound_message") as table:
        table.drop_column("handled_at")
    with op.batch_alter_table("case") as table:
        table.drop_column("agent_state")
