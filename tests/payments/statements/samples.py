"""Where the statement samples live, and a safe reader of the mt940 library's expectations.

The public samples (genkgo/camt, wolph/mt940) sit in /work/shared/data, outside the
repository; a test that needs them is skipped with the reason when they are absent.
The mt940 expectations are PyYAML dumps of Python objects: they are read with a
SafeLoader that turns every `!!python/…` tag into plain data, never executing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
CAMT_SAMPLES = SHARED_DATA / "camt-samples"
MT940_SAMPLES = SHARED_DATA / "mt940-samples"
OWN_DATA = Path(__file__).resolve().parent / "data"


def sample(folder: Path, name: str) -> bytes:
    path = folder / name
    if not path.exists():
        pytest.skip(f"shared sample absent: {path}")
    return path.read_bytes()


def camt_files() -> list[Path]:
    return sorted(CAMT_SAMPLES.glob("*.xml")) if CAMT_SAMPLES.exists() else []


def mt940_files() -> list[Path]:
    if not MT940_SAMPLES.exists():
        return []
    return sorted(
        path
        for path in MT940_SAMPLES.rglob("*")
        if path.suffix in {".sta", ".txt"} and path.name != "SOURCE.txt"
    )


def sample_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@dataclass(frozen=True)
class Applied:
    """A `!!python/object/apply:` value: the callable's name and its arguments, inert."""

    name: str
    arguments: list[Any]


class _ExpectationLoader(yaml.SafeLoader):
    pass


def _python_object(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    data: dict[Any, Any] = {}
    yield data
    if isinstance(node, yaml.MappingNode):
        data.update(loader.construct_mapping(node))


def _python_apply(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Applied:
    if isinstance(node, yaml.SequenceNode):
        return Applied(suffix, list(loader.construct_sequence(node, deep=True)))
    if isinstance(node, yaml.MappingNode):
        return Applied(suffix, [loader.construct_mapping(node, deep=True)])
    return Applied(suffix, [loader.construct_scalar(node)])  # type: ignore[arg-type]


_ExpectationLoader.add_multi_constructor("tag:yaml.org,2002:python/object/apply:", _python_apply)
_ExpectationLoader.add_multi_constructor("tag:yaml.org,2002:python/object/new:", _python_apply)
_ExpectationLoader.add_multi_constructor("tag:yaml.org,2002:python/object:", _python_object)
_ExpectationLoader.add_constructor(
    "tag:yaml.org,2002:python/tuple",
    lambda loader, node: tuple(loader.construct_sequence(node)),  # type: ignore[arg-type]
)


@dataclass(frozen=True)
class ExpectedLine:
    amount: Decimal  # signed as the library's 5.0.0 behaviour had it
    currency: str | None
    value_date: date
    entry_date: date | None


def _pickled_date(value: object) -> date | None:
    """mt940's Date/DateTime pickle: year (2 bytes, big-endian), month, day, …"""
    if not isinstance(value, Applied) or not value.arguments:
        return None
    raw = value.arguments[0]
    if not isinstance(raw, bytes) or len(raw) < 4:
        return None
    return date(raw[0] * 256 + raw[1], raw[2], raw[3])


def expected_lines(statement_file: Path) -> list[ExpectedLine] | None:
    """The library's expected transactions for a sample, None when it has no .yml."""
    expectation = statement_file.with_suffix(".yml")
    if not expectation.exists():
        return None
    # A SafeLoader subclass: the `!!python/…` tags become data, nothing is imported or run.
    loaded = yaml.load(expectation.read_text(encoding="utf-8"), Loader=_ExpectationLoader)
    lines: list[ExpectedLine] = []
    for transaction in loaded.get("transactions") or []:
        data = transaction.get("data", {})
        amount = data.get("amount")
        if not isinstance(amount, dict):
            continue
        decimal = amount["amount"]
        assert isinstance(decimal, Applied) and decimal.name == "decimal.Decimal"
        value_date = _pickled_date(data.get("date"))
        assert value_date is not None
        lines.append(
            ExpectedLine(
                amount=Decimal(str(decimal.arguments[0])),
                currency=amount.get("currency"),
                value_date=value_date,
                entry_date=_pickled_date(data.get("entry_date")),
            )
        )
    return lines
