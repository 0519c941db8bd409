"""payment look-ups: debtors by IBAN and name key, one reversal per payment

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from amiable.portfolio.keys import name_key

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5_000


def upgrade() -> None:
    op.add_column("debtor", sa.Column("name_key", sa.String(length=200), nullable=True))
    connection = op.get_bind()
    debtor = sa.table("debtor", sa.column("id"), sa.column("name"), sa.column("name_key"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(debtor.c.id, debtor.c.name)
            .where(debtor.c.id > last)
            .order_by(debtor.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        connection.execute(
            debtor.update()
            .where(debtor.c.id == sa.bindparam("_id"))
            .values(name_key=sa.bindparam("key")),
            [{"_id": row.id, "key": name_key(row.name)} for row in rows],
        )
        last = rows[-1].id
    op.create_index("ix_debtor_iban", "debtor", ["tenant_id", "iban"])
    op.create_index("ix_debtor_name_key", "debtor", ["tenant_id", "name_key"])
    op.create_index(
        "uq_ledger_entry_reverses", "ledger_entry", ["reverses_id"], unique=True,
        sqlite_where=sa.text("reverses_id IS NOT NULL"),
        postgresql_where=sa.text("reverses_id IS NOT NULL"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("uq_ledger_entry_reverses", table_name="ledger_entry")
    op.drop_index("ix_debtor_name_key", table_name="debtor")
    op.drop_index("ix_debtor_iban", table_name="debtor")
    op.drop_column("debtor", "name_key")
