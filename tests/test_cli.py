"""The command line as a user types it, in a fresh working directory."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.portfolio.factories import claim_row, write_csv

AMIABLE = [sys.executable, "-m", "amiable"]


def amiable(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMIABLE_")}
    return subprocess.run(
        [*AMIABLE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_new_office_migrates_imports_and_exports(tmp_path: Path) -> None:
    assert "database at revision" in amiable(tmp_path, "db", "upgrade").stdout
    assert (tmp_path / "amiable.db").exists()  # the default: a SQLite file where the command runs
    path = write_csv(
        tmp_path / "export.csv", [claim_row(), claim_row(claim_ref="F-2", principal="abc")]
    )

    result = amiable(tmp_path, "import", str(path), "--json")

    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {k: summary[k] for k in ("imported", "updated", "unchanged", "rejected")} == {
        "imported": 1, "updated": 0, "unchanged": 0, "rejected": 1}  # fmt: skip
    assert summary["errors"] == [{"row": 3, "field": "principal", "reason": "not an amount: 'abc'"}]
    assert (tmp_path / "export.rejects.csv").exists()

    again = json.loads(amiable(tmp_path, "import", str(path), "--json").stdout)
    assert (again["imported"], again["unchanged"]) == (0, 1)

    cases = amiable(tmp_path, "export", "cases").stdout.splitlines()
    assert [json.loads(line)["case_ref"] for line in cases] == ["DOS-1"]
    ledger = list(
        csv.DictReader(amiable(tmp_path, "export", "ledger", "--format", "csv").stdout.splitlines())
    )
    assert [(row["kind"], row["amount"]) for row in ledger] == [("principal", "180.50")]
    events = [
        json.loads(line)["type"]
        for line in amiable(tmp_path, "export", "events").stdout.splitlines()
    ]
    assert events == ["case_opened"]


def test_human_output_names_each_rejected_row(tmp_path: Path) -> None:
    amiable(tmp_path, "db", "upgrade")
    path = write_csv(tmp_path / "e.csv", [claim_row(due_date="32/01/2026")])
    output = amiable(tmp_path, "import", str(path), "--creditor", "CRED-9").stdout
    assert "imported 0, updated 0, unchanged 0, rejected 1" in output
    assert "row 2, due_date: not a date: '32/01/2026'" in output


def test_an_unreadable_file_fails_with_a_message_and_no_trace(tmp_path: Path) -> None:
    amiable(tmp_path, "db", "upgrade")
    (tmp_path / "empty.csv").write_bytes(b"")
    result = amiable(tmp_path, "import", str(tmp_path / "empty.csv"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: empty.csv:")
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_demo_load_is_reproducible_and_skipped_when_cases_exist(tmp_path: Path) -> None:
    amiable(tmp_path, "db", "upgrade")
    first = amiable(tmp_path, "demo", "load", "--cases", "40", "--seed", "7")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("demo portfolio: 40 cases")
    assert "already has cases" in amiable(tmp_path, "demo", "load", "--if-empty").stdout


def test_an_office_records_a_newly_published_rate(tmp_path: Path) -> None:
    amiable(tmp_path, "db", "upgrade")
    added = amiable(
        tmp_path,
        "rates",
        "add",
        "ecb",
        "2026-S2",
        "2,15",
        "--source",
        "BCE, décision du 5 juin 2026",
    )
    assert added.stdout.strip() == "ecb rate 2026-S2: 2,15 % recorded"
    listed = amiable(tmp_path, "rates", "list").stdout.splitlines()
    assert any(
        line.startswith("ecb 2026-S2") and "verified" in line and "BCE, décision" in line
        for line in listed
    )
    refused = amiable(tmp_path, "rates", "add", "legal", "2026-S2", "6.5", "--source", "arrêté")
    assert (refused.returncode, refused.stderr.strip()) == (
        2,
        "error: a legal rate needs --category natural_person or other",
    )


def test_an_office_configures_its_llm_reader_without_showing_the_key(tmp_path: Path) -> None:
    assert amiable(tmp_path, "db", "upgrade").returncode == 0
    shown = amiable(tmp_path, "tenant", "reader-llm")
    assert json.loads(shown.stdout)["reader_llm"] is None
    refused = amiable(tmp_path, "tenant", "reader-llm", "--base-url", "ftp://x", "--model", "m")
    assert refused.returncode == 2
    assert "http(s)" in refused.stderr
    configured = amiable(
        tmp_path,
        "tenant",
        "reader-llm",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "mistral",
        "--api-key",
        "sk-very-secret",
    )
    assert configured.returncode == 0, configured.stderr
    assert "sk-very-secret" not in configured.stdout
    assert json.loads(configured.stdout)["reader_llm"]["enabled"] is True
    # Nothing listens on port 9: the offline reading comes back all the same.
    read = subprocess.run(
        [sys.executable, "-m", "amiable", "nlu", "--tenant", "default"],
        input=json.dumps({"id": "a", "text": "hmm", "received_at": "2026-02-28T19:05:00+01:00"}),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("AMIABLE_")},
        check=True,
    )
    assert json.loads(read.stdout)["intent"] == "other"
    removed = amiable(tmp_path, "tenant", "reader-llm", "--remove")
    assert removed.returncode == 0
    assert json.loads(amiable(tmp_path, "tenant", "reader-llm").stdout)["reader_llm"] is None


def test_a_simulation_reports_messages_states_and_rules(tmp_path: Path) -> None:
    result = amiable(tmp_path, "simulate", "--cases", "20", "--days", "20", "--seed", "5", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["cases"] == 20
    assert report["messages"]["total"] == sum(report["messages"]["by_channel"].values()) > 0
    assert sum(report["cases_by_status"].values()) == 20
    # Every step that went out was allowed by the guard; the agent answered the others.
    assert report["decisions_by_rule"]["allowed"] == report["messages"]["by_origin"]["playbook"]
    talk = report["conversations"]
    assert talk["safety_escalation_rate"] in (1.0, None)
    assert report["messages"]["by_origin"]["agent"] >= talk["answers_queued"]
    # The simulation never touches the office's own database.
    assert not (tmp_path / "amiable.db").exists()


def test_the_scheduler_queues_the_demo_portfolios_first_letters_once(tmp_path: Path) -> None:
    assert amiable(tmp_path, "db", "upgrade").returncode == 0
    assert amiable(tmp_path, "demo", "load", "--cases", "30").returncode == 0
    first = amiable(tmp_path, "scheduler", "run")
    assert first.returncode == 0, first.stderr
    queued = int(first.stdout.split()[1].rstrip(","))
    second = amiable(tmp_path, "scheduler", "run")
    assert second.returncode == 0, second.stderr
    # The same instant: nothing new is due, nothing is sent twice.
    assert second.stdout.startswith("queued 0,")
    assert queued >= 0


def test_channel_settings_are_checked_when_saved_and_secrets_never_stored(
    tmp_path: Path,
) -> None:
    assert amiable(tmp_path, "db", "upgrade").returncode == 0
    good = tmp_path / "channels.json"
    good.write_text(
        json.dumps(
            {
                "email": {
                    "smtp_host": "smtp.example.fr",
                    "sender_name": "Alcyon Gestion",
                    "sender_address": "recouvrement@alcyon.example",
                    "reply_mailbox": "reponse@alcyon.example",
                    "domain": "alcyon.example",
                    "token_secret_env": "AMIABLE_REPLY_TOKEN_SECRET",
                }
            }
        )
    )
    saved = amiable(tmp_path, "tenant", "channels", "--file", str(good))
    assert saved.returncode == 0, saved.stderr
    shown = json.loads(amiable(tmp_path, "tenant", "channels").stdout)
    assert shown["channels"]["email"]["token_secret_env"] == "AMIABLE_REPLY_TOKEN_SECRET"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"email": {"smtp_host": "x", "password": "in clear"}}))
    refused = amiable(tmp_path, "tenant", "channels", "--file", str(bad))
    assert refused.returncode == 2
    assert "email.password: Extra inputs are not permitted" in refused.stderr
    # Sending with a secret that is not set says which one.
    unset = amiable(tmp_path, "channels", "deliver")
    assert unset.returncode == 2
    assert "the environment variable AMIABLE_REPLY_TOKEN_SECRET is not set" in unset.stderr


def test_the_playground_answers_each_line_as_the_agent_would_and_lists_the_tasks(
    tmp_path: Path,
) -> None:
    assert amiable(tmp_path, "db", "upgrade").returncode == 0
    path = write_csv(tmp_path / "export.csv", [claim_row(issue_date="01/06/2026",
                     due_date="01/07/2026", principal="600,00", phone="06 12 34 56 78")])  # fmt: skip
    assert amiable(tmp_path, "import", str(path)).returncode == 0
    mandate = amiable(
        tmp_path, "creditor", "mandate", "CRED-001", "--reference", "M-1",
        "--signed-on", "2026-01-05", "--basis", "Factures impayées",
        "--fee-basis", "percent_of_collected", "--fee-rate", "10",
        "--max-instalments", "4", "--min-instalment", "50", "--max-plan-months", "4",
    )  # fmt: skip
    assert mandate.returncode == 0, mandate.stderr
    lines = "\n".join([
        "Bonjour, est-il possible de payer en plusieurs fois ?",
        "{not json",
        json.dumps({"text": "option 2", "channel": "email"}),
        json.dumps({"text": "Je conteste, je n'ai jamais reçu la marchandise", "channel": "fax"}),
        json.dumps({"text": "Je conteste, je n'ai jamais reçu la marchandise", "channel": "sms"}),
    ]) + "\n"  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMIABLE_")}
    result = subprocess.run(
        [*AMIABLE, "converse", "--case", "DOS-1", "--json"], cwd=tmp_path, env=env,
        input=lines, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5  # one object per line, errors included
    offered, bad_json, accepted, bad_channel, dispute = out
    assert [a["type"] for a in offered["actions"]] == ["plan_offered"]
    assert offered["reply"]["template"] == "reply_plan_offer"
    assert "automatique" in offered["reply"]["text"]
    assert "error" in bad_json and "error" in bad_channel and "fax" in bad_channel["error"]
    assert [a["type"] for a in accepted["actions"]][:2] == ["plan_accepted", "payment_link_sent"]
    assert dispute["reading"]["intent"] == "dispute"
    assert {"dispute_opened", "escalated"} <= {a["type"] for a in dispute["actions"]}
    tasks = amiable(tmp_path, "agent", "tasks")
    assert tasks.returncode == 0 and "P2" in tasks.stdout and "DOS-1" in tasks.stdout
    assert "jamais reçu la marchandise" in tasks.stdout  # the debtor's words, quoted
    # R124-5: the debtor's plan, to report to the creditor.
    report = amiable(tmp_path, "export", "proposals", "--format", "csv")
    assert report.returncode == 0, report.stderr
    [row] = list(csv.DictReader(report.stdout.splitlines()))
    assert (row["creditor_ref"], row["case_ref"]) == ("CRED-001", "DOS-1")
    assert "plan accepted" in row["data"]
