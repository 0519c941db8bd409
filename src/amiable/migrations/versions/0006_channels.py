"""channels: delivery state of the outbox, provider reports, inbound messages, opt-outs

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import amiable.core.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_TIME = amiable.core.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("outbound_message") as table:
        table.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        table.add_column(sa.Column("next_attempt_at", _TIME, nullable=True))
        table.add_column(sa.Column("provider", sa.String(length=30), nullable=True))
        table.add_column(sa.Column("provider_message_id", sa.String(length=200), nullable=True))
        table.add_column(sa.Column("message_id", sa.String(length=250), nullable=True))
        table.add_column(sa.Column("last_error", sa.String(length=500), nullable=True))
        table.add_column(sa.Column("status_changed_at", _TIME, nullable=True))
    op.create_index(
        "ix_outbound_message_provider_id",
        "outbound_message",
        ["provider", "provider_message_id"],
    )
    op.create_index("ix_outbound_message_message_id", "outbound_message", ["message_id"])
    op.add_column("tenant", sa.Column("channels", _JSON, nullable=True))
    op.add_column("contact_point", sa.Column("opted_out_channels", _JSON, nullable=True))
    op.create_index("ix_contact_point_value", "contact_point", ["tenant_id", "kind", "value"])
    op.create_table(
        "delivery_event",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("outbound_message_id", _ID, nullable=True),
        sa.Column("provider", sa.String(length=30), nullable=False),
        sa.Column("event_id", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("raw_status", sa.String(length=100), nullable=True),
        sa.Column("occurred_at", _TIME, nullable=True),
        sa.Column("data", _JSON, nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["outbound_message_id"], ["outbound_message.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "provider", "event_id"),
    )
    op.create_index("ix_delivery_event_message", "delivery_event", ["outbound_message_id"])
    op.create_table(
        "inbound_message",
        sa.Column("id", _ID, nullable=False),
        sa.Column("tenant_id", _ID, nullable=False),
        sa.Column("case_id", _ID, nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("provider", sa.String(length=30), nullable=False),
        sa.Column("dedup_key", sa.String(length=250), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=True),
        sa.Column("recipient", sa.String(length=320), nullable=True),
        sa.Column("subject", sa.String(length=500), nullable=True),
        sa.Column("message_id", sa.String(length=250), nullable=True),
        sa.Column("in_reply_to_id", _ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("reading", _JSON, nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("received_at", _TIME, nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenant.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["in_reply_to_id"], ["outbound_message.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tenant_id", "dedup_key"),
    )
    op.create_index("ix_inbound_message_case", "inbound_message", ["case_id", "received_at"])
    op.create_index(
        "ix_inbound_message_status", "inbound_message", ["tenant_id", "status", "received_at"]
    )


def downgrade() -> None:
    op.drop_table("inbound_message")
    op.drop_table("delivery_event")
    op.drop_index("ix_contact_point_value", "contact_point")
    op.drop_column("contact_point", "opted_out_channels")
    op.drop_column("tenant", "channels")
    op.drop_index("ix_outbound_message_message_id", "outbound_message")
    op.drop_index("ix_outbound_message_provider_id", "outbound_message")
    with op.batch_alter_table("outbound_message") as table:
        for column in ("status_changed_at", "last_error", "message_id", "provider_message_id",
                       "provider", "next_attempt_at", "attempts"):  # fmt: skip
            table.drop_column(column)
