"""reference keys: cases and invoices found by the key of their reference (a bank line
quoting them), without reading the whole office

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from amiable.portfolio.keys import reference_key

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5_000


def upgrade() -> None:
    connection = op.get_bind()
    for name in ("case", "claim"):
        op.add_column(name, sa.Column("reference_key", sa.String(length=64), nullable=True))
        table = sa.table(name, sa.column("id"), sa.column("reference"), sa.column("reference_key"))
        last = 0
        while True:
            rows = connection.execute(
                sa.select(table.c.id, table.c.reference)
                .where(table.c.id > last)
                .order_by(table.c.id)
                .limit(_BATCH)
            ).all()
            if not rows:
                break
            connection.execute(
                table.update()
                .where(table.c.id == sa.bindparam("_id"))
                .values(reference_key=sa.bindparam("key")),
                [{"_id": row.id, "key": reference_key(row.reference)[:64]} for row in rows],
            )
            last = rows[-1].id
        op.create_index(f"ix_{name}_reference_key", name, ["tenant_id", "reference_key"])


def downgrade() -> None:
    for name in ("claim", "case"):
        op.drop_index(f"ix_{name}_reference_key", table_name=name)
        op.drop_column(name, "reference_key")
