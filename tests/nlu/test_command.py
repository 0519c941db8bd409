"""`amiable nlu`: JSONL in, JSONL out, one bad line never losing the others."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from amiable.nlu.command import read_line, read_stream


def line(**fields: object) -> str:
    return json.dumps({"received_at": "2026-03-10T12:00:00+01:00", **fields})


def test_every_bad_line_gets_its_error_and_the_good_ones_are_read() -> None:
    lines = [
        line(id="ok-1", text="je paierai le 15"),
        line(id="empty", text=""),
        line(id="huge", text="a" * 1_000_001),
        line(id="binary", text="\x00\x01\x02garbage\x03\x04"),
        line(id="bad-date", text="ok merci", received_at="2026-02-30T10:00:00+01:00"),
        line(id="no-offset", text="ok merci", received_at="2026-03-10T10:00:00"),
        line(id="channel", text="ok merci", channel="pigeon"),
        "{not json",
        "[1, 2]",
        line(id="ok-2", text="STOP", extra_field="ignored"),
    ]
    output = io.StringIO()
    written = read_stream(iter(lines), output, batch=3)
    readings = [json.loads(row) for row in output.getvalue().splitlines()]
    assert written == len(lines)
    assert [reading["id"] for reading in readings] == [
        "ok-1",
        "empty",
        "huge",
        "binary",
        "bad-date",
        "no-offset",
        "channel",
        None,
        None,
        "ok-2",
    ]
    assert readings[0]["intent"] == "promise_to_pay"
    assert readings[0]["date"] == "2026-03-15"
    assert readings[-1]["intent"] == "stop_contact"
    errors = {reading["id"]: reading.get("error", "") for reading in readings}
    assert "empty" in errors["empty"]
    assert "too long" in errors["huge"]
    assert "binary" in errors["binary"]
    assert "not an ISO 8601" in errors["bad-date"]
    assert "no offset" in errors["no-offset"]
    assert "unknown channel" in errors["channel"]
    assert all("error" not in readings[index] for index in (0, 9))


def test_output_fields_follow_the_spec() -> None:
    reading = read_line(
        line(id=7, text="Je vous propose 3 fois 100 €, premier versement le 20.", lang="fr")
    )
    assert set(reading) == {
        "id",
        "intent",
        "intents",
        "lang",
        "date",
        "amount",
        "installments",
        "installment_amount",
        "dispute_type",
        "confidence",
    }
    assert reading["id"] == 7
    assert reading["intent"] == "payment_plan_request"
    assert reading["installments"] == 3
    assert reading["installment_amount"] == "100.00"
    assert reading["date"] == "2026-03-20"
    assert 0 <= reading["confidence"] <= 1


def test_the_command_runs_as_a_process_offline() -> None:
    stdin = "\n".join(
        [line(id="a", text="ok merci"), "garbage", line(id="b", text="arrêtez de m'appeler")]
    )
    result = subprocess.run(
        [sys.executable, "-m", "amiable", "nlu"],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    readings = [json.loads(row) for row in result.stdout.splitlines()]
    assert [reading["id"] for reading in readings] == ["a", None, "b"]
    assert readings[0]["intent"] == "acknowledgement"
    assert readings[2]["intent"] == "stop_contact"


def test_bytes_that_are_not_utf8_spoil_their_line_only() -> None:
    stdin = (
        line(id="a", text="ok merci").encode()
        + b"\n"
        + b'{"id": "b", "text": "\xff\xfe bad", "received_at": "2026-03-10T12:00:00+01:00"}\n'
        + line(id="c", text="STOP").encode()
        + b"\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "amiable", "nlu"],
        input=stdin,
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    readings = [json.loads(row) for row in result.stdout.decode().splitlines()]
    assert [reading["id"] for reading in readings] == ["a", "b", "c"]
    assert "UTF-8" in readings[1]["error"]
    assert readings[2]["intent"] == "stop_contact"
