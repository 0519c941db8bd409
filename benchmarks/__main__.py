"""Run the benchmarks and print their figures.

    python -m benchmarks [--quick] [--only import,balance,case_list,nlu,daily_run,payments]

Targets (issue "The case book"): import ≥ 20,000 rows/s on SQLite; balance of a case
with 50 claims and 200 entries < 1 ms; case list API over 1,000,000 cases p95 < 50 ms.
Targets (issue "Reading debtor replies"): on unseen messages primary accuracy ≥ 0.92,
safety recall ≥ 0.98, date ≥ 0.95, amount ≥ 0.97, false entities ≤ 0.03; beat dateparser
and price-parser on the peer corpora; ≥ 2,000 messages/s on one core start-up included,
one message < 5 ms.
Target (issue "Playbooks"): the daily run on 1,000,000 open cases < 120 s, < 2 GB.
Targets (issue "Channels"): 10,000 e-mails rendered and sent ≥ 300/s; replies taken in ≥ 500/s.
Issue "The agent" (no target): messages answered per second; the simulation's automation
rate and the safety cases' escalation rate (100 %).
Target (issue "Payments"): matching a 100,000-line statement against 1,000,000 open cases
< 30 s; match rate and precision on a generated statement whose truth is known.
"""

from __future__ import annotations

import argparse
import sys
import time

from benchmarks import agent, balance, case_list, channels, daily_run, imports, nlu, payments
from benchmarks.common import machine_speed_ms

SUITES = {
    "import": imports.run,
    "balance": balance.run,
    "case_list": case_list.run,
    "nlu": nlu.run,
    "daily_run": daily_run.run,
    "channels": channels.run,
    "agent": agent.run,
    "payments": payments.run,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    parser.add_argument(
        "--only", default=",".join(SUITES), help="comma-separated: " + ", ".join(SUITES)
    )
    args = parser.parse_args()
    started = time.perf_counter()
    print(f"machine pace: sum(range(10**6)) in {machine_speed_ms():.1f} ms (lower is faster)")
    for name in args.only.split(","):
        if name not in SUITES:
            sys.exit(f"unknown benchmark {name!r}")
        print(f"\n== {name}", flush=True)
        SUITES[name](quick=args.quick)
    print(f"\nmachine pace at the end: {machine_speed_ms():.1f} ms")
    print(f"benchmarks done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
