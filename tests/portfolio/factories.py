"""Builders for import files, in the office's own formats."""

from __future__ import annotations

from pathlib import Path

from amiable.portfolio.imports.standard import STANDARD_FIELDS


def claim_row(**overrides: str) -> dict[str, str]:
    row = {
        "creditor_ref": "CRED-001", "case_ref": "DOS-1", "debtor_ref": "DEB-1", "debtor_type": "consumer",
        "debtor_name": "Jean Dupont", "siren": "", "email": "jean.dupont@example.com", "phone": "06 39 98 00 01",
        "address": "12 rue des Lilas", "postcode": "69003", "city": "Lyon", "country": "FR",
        "claim_ref": "FAC-1", "issue_date": "05/01/2026", "due_date": "04/02/2026", "principal": "180,50",
        "currency": "EUR", "nature": "b2c_sale", "has_title": "false",
    }  # fmt: skip
    row.update(overrides)
    return row


def write_csv(path: Path, rows: list[dict[str, str]], *, encoding: str = "cp1252", delimiter: str = ";",
              headers: tuple[str, ...] = STANDARD_FIELDS) -> Path:  # fmt: skip
    lines = [delimiter.join(headers)]
    lines += [delimiter.join(row.get(h, "") for h in headers) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
