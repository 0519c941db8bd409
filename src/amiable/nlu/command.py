"""`amiable nlu`: JSONL in, JSONL out, same order, one bad line never losing the others."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from amiable.nlu.read import ReadingError, understand

if TYPE_CHECKING:
    from amiable.nlu.llm import LlmReader


def read_line(line: str, llm: LlmReader | None = None) -> dict[str, Any]:
    """The output object for one input line (a reading, or an error with the reason)."""
    try:
        message = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        return {"id": None, "error": f"not JSON: {error}"}
    if not isinstance(message, dict):
        return {"id": None, "error": "not a JSON object"}
    identifier = message.get("id")
    if identifier is not None and not isinstance(identifier, str | int):
        identifier = json.dumps(identifier)
    try:
        received_at = _received_at(message.get("received_at"))
        reading = understand(
            message.get("text"),  # type: ignore[arg-type]  # checked by understand
            received_at,
            lang=message.get("lang"),
            channel=message.get("channel"),
            llm=llm,
        )
    except ReadingError as error:
        return {"id": identifier, "error": str(error)}
    except Exception as error:
        return {"id": identifier, "error": f"internal error: {type(error).__name__}: {error}"}
    return {"id": identifier, **reading.to_json()}


def _received_at(value: object) -> datetime:
    if not isinstance(value, str):
        raise ReadingError(
            "received_at is missing: an ISO 8601 date and time with offset is needed"
        )
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise ReadingError(f"received_at {value!r} is not an ISO 8601 date and time") from error
    if parsed.utcoffset() is None:
        raise ReadingError(
            f"received_at {value!r} has no offset: relative dates would be ambiguous"
        )
    return parsed


def decoded(stream: BinaryIO) -> Iterator[str]:
    """Lines of a byte stream as text: bytes that are not UTF-8 become U+FFFD, so one bad
    line is read as garbled (and answered with an error) instead of stopping the run."""
    for raw in stream:
        yield raw.decode("utf-8", errors="replace")


def read_stream(
    lines: Iterable[str], output: TextIO, batch: int = 256, llm: LlmReader | None = None
) -> int:
    """Read every line, write every reading; returns the number of lines written."""
    written = 0
    pending: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        pending.append(json.dumps(read_line(line, llm), ensure_ascii=False))
        if len(pending) >= batch:
            output.write("\n".join(pending) + "\n")
            output.flush()
            written += len(pending)
            pending.clear()
    if pending:
        output.write("\n".join(pending) + "\n")
        written += len(pending)
    output.flush()
    return written
