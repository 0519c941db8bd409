"""The reader (`amiable nlu`) measured the way the SPEC scores it.

- The scorer's figures (shared/nlu/score.py) on the public dev set (studied while
  writing the rules) and on the project's held-out sets (tests/nlu/data/), written
  apart from the training corpus. Each was scored once unseen (figures below, in `run`)
  and then read for its misses, so only those first figures measure unseen messages.
- Throughput of the whole command on a 10,000-line file, start-up included, on one core,
  and the time of a single message once started.
- Dates and amounts on the peer corpora, next to dateparser and price-parser
  (benchmarks/nlu_dates.py, benchmarks/nlu_amounts.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_NLU = ROOT.parent / "shared" / "nlu"
HELDOUT = ROOT / "tests" / "nlu" / "data" / "heldout.jsonl"
HELDOUT2 = ROOT / "tests" / "nlu" / "data" / "heldout2.jsonl"
HELDOUT3 = ROOT / "tests" / "nlu" / "data" / "heldout3.jsonl"
HELDOUT4 = ROOT / "tests" / "nlu" / "data" / "heldout4.jsonl"
HELDOUT5 = ROOT / "tests" / "nlu" / "data" / "heldout5.jsonl"
HELDOUT6 = ROOT / "tests" / "nlu" / "data" / "heldout6.jsonl"
HELDOUT7 = ROOT / "tests" / "nlu" / "data" / "heldout7.jsonl"
HELDOUT8 = ROOT / "tests" / "nlu" / "data" / "heldout8.jsonl"
HELDOUT9 = ROOT / "tests" / "nlu" / "data" / "heldout9.jsonl"
HELDOUT10 = ROOT / "tests" / "nlu" / "data" / "heldout10.jsonl"
HELDOUT11 = ROOT / "tests" / "nlu" / "data" / "heldout11.jsonl"
HELDOUT12 = ROOT / "tests" / "nlu" / "data" / "heldout12.jsonl"
HELDOUT13 = ROOT / "tests" / "nlu" / "data" / "heldout13.jsonl"
HELDOUT14 = ROOT / "tests" / "nlu" / "data" / "heldout14.jsonl"
HELDOUT15 = ROOT / "tests" / "nlu" / "data" / "heldout15.jsonl"
HELDOUT16 = ROOT / "tests" / "nlu" / "data" / "heldout16.jsonl"
HELDOUT17 = ROOT / "tests" / "nlu" / "data" / "heldout17.jsonl"
HELDOUT18 = ROOT / "tests" / "nlu" / "data" / "heldout18.jsonl"
HELDOUT19 = ROOT / "tests" / "nlu" / "data" / "heldout19.jsonl"
HELDOUT20 = ROOT / "tests" / "nlu" / "data" / "heldout20.jsonl"
HELDOUT21 = ROOT / "tests" / "nlu" / "data" / "heldout21.jsonl"
HELDOUT22 = ROOT / "tests" / "nlu" / "data" / "heldout22.jsonl"
HELDOUT23 = ROOT / "tests" / "nlu" / "data" / "heldout23.jsonl"
HELDOUT24 = ROOT / "tests" / "nlu" / "data" / "heldout24.jsonl"
HELDOUT25 = ROOT / "tests" / "nlu" / "data" / "heldout25.jsonl"
HELDOUT26 = ROOT / "tests" / "nlu" / "data" / "heldout26.jsonl"
HELDOUT27 = ROOT / "tests" / "nlu" / "data" / "heldout27.jsonl"
HELDOUT28 = ROOT / "tests" / "nlu" / "data" / "heldout28.jsonl"
HELDOUT29 = ROOT / "tests" / "nlu" / "data" / "heldout29.jsonl"
HELDOUT30 = ROOT / "tests" / "nlu" / "data" / "heldout30.jsonl"
HELDOUT31 = ROOT / "tests" / "nlu" / "data" / "heldout31.jsonl"
HELDOUT32 = ROOT / "tests" / "nlu" / "data" / "heldout32.jsonl"
HELDOUT33 = ROOT / "tests" / "nlu" / "data" / "heldout33.jsonl"
HELDOUT34 = ROOT / "tests" / "nlu" / "data" / "heldout34.jsonl"
HELDOUT35 = ROOT / "tests" / "nlu" / "data" / "heldout35.jsonl"
HELDOUT36 = ROOT / "tests" / "nlu" / "data" / "heldout36.jsonl"
HELDOUT37 = ROOT / "tests" / "nlu" / "data" / "heldout37.jsonl"
HELDOUT38 = ROOT / "tests" / "nlu" / "data" / "heldout38.jsonl"
HELDOUT39 = ROOT / "tests" / "nlu" / "data" / "heldout39.jsonl"
HELDOUT40 = ROOT / "tests" / "nlu" / "data" / "heldout40.jsonl"
HELDOUT41 = ROOT / "tests" / "nlu" / "data" / "heldout41.jsonl"
HELDOUT42 = ROOT / "tests" / "nlu" / "data" / "heldout42.jsonl"
HELDOUT43 = ROOT / "tests" / "nlu" / "data" / "heldout43.jsonl"
HELDOUT44 = ROOT / "tests" / "nlu" / "data" / "heldout44.jsonl"
HELDOUT45 = ROOT / "tests" / "nlu" / "data" / "heldout45.jsonl"
HELDOUT46 = ROOT / "tests" / "nlu" / "data" / "heldout46.jsonl"
HELDOUT47 = ROOT / "tests" / "nlu" / "data" / "heldout47.jsonl"
HELDOUT48 = ROOT / "tests" / "nlu" / "data" / "heldout48.jsonl"
HELDOUT49 = ROOT / "tests" / "nlu" / "data" / "heldout49.jsonl"
HELDOUT50 = ROOT / "tests" / "nlu" / "data" / "heldout50.jsonl"
HELDOUT51 = ROOT / "tests" / "nlu" / "data" / "heldout51.jsonl"
HELDOUT52 = ROOT / "tests" / "nlu" / "data" / "heldout52.jsonl"
HELDOUT53 = ROOT / "tests" / "nlu" / "data" / "heldout53.jsonl"
HELDOUT54 = ROOT / "tests" / "nlu" / "data" / "heldout54.jsonl"
HELDOUT55 = ROOT / "tests" / "nlu" / "data" / "heldout55.jsonl"
HELDOUT56 = ROOT / "tests" / "nlu" / "data" / "heldout56.jsonl"
HELDOUT57 = ROOT / "tests" / "nlu" / "data" / "heldout57.jsonl"
HELDOUT58 = ROOT / "tests" / "nlu" / "data" / "heldout58.jsonl"
HELDOUT59 = ROOT / "tests" / "nlu" / "data" / "heldout59.jsonl"
HELDOUT60 = ROOT / "tests" / "nlu" / "data" / "heldout60.jsonl"
HELDOUT61 = ROOT / "tests" / "nlu" / "data" / "heldout61.jsonl"
HELDOUT62 = ROOT / "tests" / "nlu" / "data" / "heldout62.jsonl"
HELDOUT63 = ROOT / "tests" / "nlu" / "data" / "heldout63.jsonl"
HELDOUT64 = ROOT / "tests" / "nlu" / "data" / "heldout64.jsonl"
HELDOUT65 = ROOT / "tests" / "nlu" / "data" / "heldout65.jsonl"
HELDOUT66 = ROOT / "tests" / "nlu" / "data" / "heldout66.jsonl"
HELDOUT67 = ROOT / "tests" / "nlu" / "data" / "heldout67.jsonl"
HELDOUT68 = ROOT / "tests" / "nlu" / "data" / "heldout68.jsonl"
HELDOUT69 = ROOT / "tests" / "nlu" / "data" / "heldout69.jsonl"
HELDOUT70 = ROOT / "tests" / "nlu" / "data" / "heldout70.jsonl"
HELDOUT71 = ROOT / "tests" / "nlu" / "data" / "heldout71.jsonl"
HELDOUT72 = ROOT / "tests" / "nlu" / "data" / "heldout72.jsonl"
HELDOUT73 = ROOT / "tests" / "nlu" / "data" / "heldout73.jsonl"
HELDOUT74 = ROOT / "tests" / "nlu" / "data" / "heldout74.jsonl"
HELDOUT75 = ROOT / "tests" / "nlu" / "data" / "heldout75.jsonl"
HELDOUT76 = ROOT / "tests" / "nlu" / "data" / "heldout76.jsonl"
HELDOUT77 = ROOT / "tests" / "nlu" / "data" / "heldout77.jsonl"
HELDOUT78 = ROOT / "tests" / "nlu" / "data" / "heldout78.jsonl"
HELDOUT79 = ROOT / "tests" / "nlu" / "data" / "heldout79.jsonl"
HELDOUT80 = ROOT / "tests" / "nlu" / "data" / "heldout80.jsonl"
HELDOUT81 = ROOT / "tests" / "nlu" / "data" / "heldout81.jsonl"
HELDOUT82 = ROOT / "tests" / "nlu" / "data" / "heldout82.jsonl"
HELDOUT83 = ROOT / "tests" / "nlu" / "data" / "heldout83.jsonl"
HELDOUT84 = ROOT / "tests" / "nlu" / "data" / "heldout84.jsonl"
HELDOUT85 = ROOT / "tests" / "nlu" / "data" / "heldout85.jsonl"
HELDOUT86 = ROOT / "tests" / "nlu" / "data" / "heldout86.jsonl"
HELDOUT87 = ROOT / "tests" / "nlu" / "data" / "heldout87.jsonl"
HELDOUT88 = ROOT / "tests" / "nlu" / "data" / "heldout88.jsonl"
HELDOUT89 = ROOT / "tests" / "nlu" / "data" / "heldout89.jsonl"
HELDOUT90 = ROOT / "tests" / "nlu" / "data" / "heldout90.jsonl"
HELDOUT91 = ROOT / "tests" / "nlu" / "data" / "heldout91.jsonl"
HELDOUT92 = ROOT / "tests" / "nlu" / "data" / "heldout92.jsonl"
HELDOUT93 = ROOT / "tests" / "nlu" / "data" / "heldout93.jsonl"
HELDOUT94 = ROOT / "tests" / "nlu" / "data" / "heldout94.jsonl"
HELDOUT95 = ROOT / "tests" / "nlu" / "data" / "heldout95.jsonl"
HELDOUT96 = ROOT / "tests" / "nlu" / "data" / "heldout96.jsonl"
HELDOUT97 = ROOT / "tests" / "nlu" / "data" / "heldout97.jsonl"
HELDOUT98 = ROOT / "tests" / "nlu" / "data" / "heldout98.jsonl"
HELDOUT99 = ROOT / "tests" / "nlu" / "data" / "heldout99.jsonl"
HELDOUT100 = ROOT / "tests" / "nlu" / "data" / "heldout100.jsonl"
HELDOUT101 = ROOT / "tests" / "nlu" / "data" / "heldout101.jsonl"
HELDOUT102 = ROOT / "tests" / "nlu" / "data" / "heldout102.jsonl"
HELDOUT103 = ROOT / "tests" / "nlu" / "data" / "heldout103.jsonl"
HELDOUT104 = ROOT / "tests" / "nlu" / "data" / "heldout104.jsonl"
HELDOUT105 = ROOT / "tests" / "nlu" / "data" / "heldout105.jsonl"
HELDOUT106 = ROOT / "tests" / "nlu" / "data" / "heldout106.jsonl"
HELDOUT107 = ROOT / "tests" / "nlu" / "data" / "heldout107.jsonl"
HELDOUT108 = ROOT / "tests" / "nlu" / "data" / "heldout108.jsonl"
HELDOUT109 = ROOT / "tests" / "nlu" / "data" / "heldout109.jsonl"
HELDOUT110 = ROOT / "tests" / "nlu" / "data" / "heldout110.jsonl"
HELDOUT111 = ROOT / "tests" / "nlu" / "data" / "heldout111.jsonl"
HELDOUT112 = ROOT / "tests" / "nlu" / "data" / "heldout112.jsonl"
HELDOUT113 = ROOT / "tests" / "nlu" / "data" / "heldout113.jsonl"
HELDOUT114 = ROOT / "tests" / "nlu" / "data" / "heldout114.jsonl"
HELDOUT115 = ROOT / "tests" / "nlu" / "data" / "heldout115.jsonl"
HELDOUT116 = ROOT / "tests" / "nlu" / "data" / "heldout116.jsonl"
HELDOUT117 = ROOT / "tests" / "nlu" / "data" / "heldout117.jsonl"
HELDOUT118 = ROOT / "tests" / "nlu" / "data" / "heldout118.jsonl"
HELDOUT119 = ROOT / "tests" / "nlu" / "data" / "heldout119.jsonl"
HELDOUT120 = ROOT / "tests" / "nlu" / "data" / "heldout120.jsonl"
HELDOUT121 = ROOT / "tests" / "nlu" / "data" / "heldout121.jsonl"
HELDOUT122 = ROOT / "tests" / "nlu" / "data" / "heldout122.jsonl"
HELDOUT123 = ROOT / "tests" / "nlu" / "data" / "heldout123.jsonl"
HELDOUT124 = ROOT / "tests" / "nlu" / "data" / "heldout124.jsonl"
HELDOUT125 = ROOT / "tests" / "nlu" / "data" / "heldout125.jsonl"
HELDOUT126 = ROOT / "tests" / "nlu" / "data" / "heldout126.jsonl"
HELDOUT127 = ROOT / "tests" / "nlu" / "data" / "heldout127.jsonl"
HELDOUT128 = ROOT / "tests" / "nlu" / "data" / "heldout128.jsonl"
HELDOUT129 = ROOT / "tests" / "nlu" / "data" / "heldout129.jsonl"
HELDOUT136 = ROOT / "tests" / "nlu" / "data" / "heldout136.jsonl"
HELDOUT137 = ROOT / "tests" / "nlu" / "data" / "heldout137.jsonl"
HELDOUT138 = ROOT / "tests" / "nlu" / "data" / "heldout138.jsonl"
HELDOUT139 = ROOT / "tests" / "nlu" / "data" / "heldout139.jsonl"
HELDOUT140 = ROOT / "tests" / "nlu" / "data" / "heldout140.jsonl"
HELDOUT141 = ROOT / "tests" / "nlu" / "data" / "heldout141.jsonl"
HELDOUT142 = ROOT / "tests" / "nlu" / "data" / "heldout142.jsonl"
HELDOUT143 = ROOT / "tests" / "nlu" / "data" / "heldout143.jsonl"
HELDOUT144 = ROOT / "tests" / "nlu" / "data" / "heldout144.jsonl"
HELDOUT145 = ROOT / "tests" / "nlu" / "data" / "heldout145.jsonl"
HELDOUT146 = ROOT / "tests" / "nlu" / "data" / "heldout146.jsonl"
HELDOUT147 = ROOT / "tests" / "nlu" / "data" / "heldout147.jsonl"
HELDOUT148 = ROOT / "tests" / "nlu" / "data" / "heldout148.jsonl"
HELDOUT149 = ROOT / "tests" / "nlu" / "data" / "heldout149.jsonl"
HELDOUT150 = ROOT / "tests" / "nlu" / "data" / "heldout150.jsonl"
HELDOUT151 = ROOT / "tests" / "nlu" / "data" / "heldout151.jsonl"
HELDOUT152 = ROOT / "tests" / "nlu" / "data" / "heldout152.jsonl"
HELDOUT153 = ROOT / "tests" / "nlu" / "data" / "heldout153.jsonl"
HELDOUT154 = ROOT / "tests" / "nlu" / "data" / "heldout154.jsonl"
HELDOUT155 = ROOT / "tests" / "nlu" / "data" / "heldout155.jsonl"
HELDOUT156 = ROOT / "tests" / "nlu" / "data" / "heldout156.jsonl"
HELDOUT157 = ROOT / "tests" / "nlu" / "data" / "heldout157.jsonl"
HELDOUT158 = ROOT / "tests" / "nlu" / "data" / "heldout158.jsonl"
HELDOUT159 = ROOT / "tests" / "nlu" / "data" / "heldout159.jsonl"
HELDOUT160 = ROOT / "tests" / "nlu" / "data" / "heldout160.jsonl"
HELDOUT161 = ROOT / "tests" / "nlu" / "data" / "heldout161.jsonl"
HELDOUT162 = ROOT / "tests" / "nlu" / "data" / "heldout162.jsonl"
HELDOUT163 = ROOT / "tests" / "nlu" / "data" / "heldout163.jsonl"
HELDOUT164 = ROOT / "tests" / "nlu" / "data" / "heldout164.jsonl"
HELDOUT165 = ROOT / "tests" / "nlu" / "data" / "heldout165.jsonl"
HELDOUT166 = ROOT / "tests" / "nlu" / "data" / "heldout166.jsonl"
HELDOUT167 = ROOT / "tests" / "nlu" / "data" / "heldout167.jsonl"
HELDOUT168 = ROOT / "tests" / "nlu" / "data" / "heldout168.jsonl"
HELDOUT169 = ROOT / "tests" / "nlu" / "data" / "heldout169.jsonl"
HELDOUT170 = ROOT / "tests" / "nlu" / "data" / "heldout170.jsonl"
HELDOUT171 = ROOT / "tests" / "nlu" / "data" / "heldout171.jsonl"
HELDOUT172 = ROOT / "tests" / "nlu" / "data" / "heldout172.jsonl"
HELDOUT173 = ROOT / "tests" / "nlu" / "data" / "heldout173.jsonl"
HELDOUT174 = ROOT / "tests" / "nlu" / "data" / "heldout174.jsonl"
HELDOUT175 = ROOT / "tests" / "nlu" / "data" / "heldout175.jsonl"
HELDOUT176 = ROOT / "tests" / "nlu" / "data" / "heldout176.jsonl"
HELDOUT177 = ROOT / "tests" / "nlu" / "data" / "heldout177.jsonl"
HELDOUT178 = ROOT / "tests" / "nlu" / "data" / "heldout178.jsonl"
HELDOUT179 = ROOT / "tests" / "nlu" / "data" / "heldout179.jsonl"
HELDOUT180 = ROOT / "tests" / "nlu" / "data" / "heldout180.jsonl"
HELDOUT181 = ROOT / "tests" / "nlu" / "data" / "heldout181.jsonl"
HELDOUT182 = ROOT / "tests" / "nlu" / "data" / "heldout182.jsonl"
HELDOUT183 = ROOT / "tests" / "nlu" / "data" / "heldout183.jsonl"
HELDOUT184 = ROOT / "tests" / "nlu" / "data" / "heldout184.jsonl"
HELDOUT185 = ROOT / "tests" / "nlu" / "data" / "heldout185.jsonl"
HELDOUT186 = ROOT / "tests" / "nlu" / "data" / "heldout186.jsonl"
HELDOUT187 = ROOT / "tests" / "nlu" / "data" / "heldout187.jsonl"
HELDOUT188 = ROOT / "tests" / "nlu" / "data" / "heldout188.jsonl"
HELDOUT189 = ROOT / "tests" / "nlu" / "data" / "heldout189.jsonl"
HELDOUT190 = ROOT / "tests" / "nlu" / "data" / "heldout190.jsonl"
HELDOUT191 = ROOT / "tests" / "nlu" / "data" / "heldout191.jsonl"
HELDOUT192 = ROOT / "tests" / "nlu" / "data" / "heldout192.jsonl"
HELDOUT193 = ROOT / "tests" / "nlu" / "data" / "heldout193.jsonl"
HELDOUT194 = ROOT / "tests" / "nlu" / "data" / "heldout194.jsonl"
HELDOUT195 = ROOT / "tests" / "nlu" / "data" / "heldout195.jsonl"
HELDOUT196 = ROOT / "tests" / "nlu" / "data" / "heldout196.jsonl"
HELDOUT197 = ROOT / "tests" / "nlu" / "data" / "heldout197.jsonl"
HELDOUT198 = ROOT / "tests" / "nlu" / "data" / "heldout198.jsonl"
HELDOUT199 = ROOT / "tests" / "nlu" / "data" / "heldout199.jsonl"
HELDOUT200 = ROOT / "tests" / "nlu" / "data" / "heldout200.jsonl"
HELDOUT201 = ROOT / "tests" / "nlu" / "data" / "heldout201.jsonl"
HELDOUT202 = ROOT / "tests" / "nlu" / "data" / "heldout202.jsonl"
HELDOUT203 = ROOT / "tests" / "nlu" / "data" / "heldout203.jsonl"
HELDOUT204 = ROOT / "tests" / "nlu" / "data" / "heldout204.jsonl"
HELDOUT205 = ROOT / "tests" / "nlu" / "data" / "heldout205.jsonl"
HELDOUT206 = ROOT / "tests" / "nlu" / "data" / "heldout206.jsonl"
HELDOUT207 = ROOT / "tests" / "nlu" / "data" / "heldout207.jsonl"
HELDOUT208 = ROOT / "tests" / "nlu" / "data" / "heldout208.jsonl"
HELDOUT209 = ROOT / "tests" / "nlu" / "data" / "heldout209.jsonl"
HELDOUT210 = ROOT / "tests" / "nlu" / "data" / "heldout210.jsonl"
HELDOUT211 = ROOT / "tests" / "nlu" / "data" / "heldout211.jsonl"
HELDOUT212 = ROOT / "tests" / "nlu" / "data" / "heldout212.jsonl"
HELDOUT213 = ROOT / "tests" / "nlu" / "data" / "heldout213.jsonl"
HELDOUT214 = ROOT / "tests" / "nlu" / "data" / "heldout214.jsonl"
HELDOUT215 = ROOT / "tests" / "nlu" / "data" / "heldout215.jsonl"
HELDOUT216 = ROOT / "tests" / "nlu" / "data" / "heldout216.jsonl"
HELDOUT217 = ROOT / "tests" / "nlu" / "data" / "heldout217.jsonl"
HELDOUT218 = ROOT / "tests" / "nlu" / "data" / "heldout218.jsonl"
HELDOUT219 = ROOT / "tests" / "nlu" / "data" / "heldout219.jsonl"
HELDOUT220 = ROOT / "tests" / "nlu" / "data" / "heldout220.jsonl"
HELDOUT221 = ROOT / "tests" / "nlu" / "data" / "heldout221.jsonl"
HELDOUT222 = ROOT / "tests" / "nlu" / "data" / "heldout222.jsonl"
HELDOUT223 = ROOT / "tests" / "nlu" / "data" / "heldout223.jsonl"
HELDOUT224 = ROOT / "tests" / "nlu" / "data" / "heldout224.jsonl"
HELDOUT225 = ROOT / "tests" / "nlu" / "data" / "heldout225.jsonl"
INPUT_FIELDS = ("id", "text", "received_at", "channel", "lang")
THROUGHPUT_LINES = 10_000


def _command() -> list[str]:
    return [sys.executable, "-m", "amiable", "nlu"]


def _one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def score_file(gold: Path, parity: int | None = None) -> dict | None:
    """Run the command on a gold file's inputs and score its readings. With `parity`,
    only the lines whose id number has that parity (the held-out set's two halves)."""
    if not gold.is_file():
        return None
    scorer = SHARED_NLU / "score.py"
    if not scorer.is_file():
        return None
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in.jsonl"
        readings = Path(folder) / "out.jsonl"
        kept = Path(folder) / "gold.jsonl"
        with (
            gold.open(encoding="utf-8") as source,
            inputs.open("w", encoding="utf-8") as sink,
            kept.open("w", encoding="utf-8") as gold_sink,
        ):
            for line in source:
                if not line.strip():
                    continue
                row = json.loads(line)
                if parity is not None and int(str(row["id"]).rsplit("-", 1)[1]) % 2 != parity:
                    continue
                gold_sink.write(line.rstrip("\n") + "\n")
                sink.write(json.dumps({k: row[k] for k in INPUT_FIELDS if k in row}) + "\n")
        gold = kept
        with inputs.open() as stdin, readings.open("w") as stdout:
            subprocess.run(_command(), stdin=stdin, stdout=stdout, check=True, cwd=ROOT)
        result = subprocess.run(
            [sys.executable, str(scorer), str(gold), str(readings), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(result.stdout)


def throughput(lines: int = THROUGHPUT_LINES) -> dict:
    """Messages per second of the whole command on one core, start-up included."""
    messages = [json.loads(line) for line in (SHARED_NLU / "dev.jsonl").open(encoding="utf-8")]
    if HELDOUT.is_file():
        messages += [json.loads(line) for line in HELDOUT.open(encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in.jsonl"
        with inputs.open("w", encoding="utf-8") as sink:
            for number in range(lines):
                row = messages[number % len(messages)]
                line = {k: row[k] for k in INPUT_FIELDS if k in row} | {"id": f"m{number}"}
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            with inputs.open() as stdin:
                subprocess.run(
                    _command(),
                    stdin=stdin,
                    stdout=subprocess.DEVNULL,
                    check=True,
                    cwd=ROOT,
                    preexec_fn=_one_core,
                )
            runs.append(time.perf_counter() - started)
    started = time.perf_counter()
    subprocess.run(_command(), input="", text=True, check=True, cwd=ROOT, preexec_fn=_one_core)
    start_up = time.perf_counter() - started
    best = min(runs)
    return {
        "lines": lines,
        "seconds_best": round(best, 3),
        "messages_per_second": round(lines / best),
        "start_up_seconds": round(start_up, 3),
    }


def single_message_latency() -> dict:
    """Time of `understand` for one message, once the process has started."""
    from amiable.nlu.read import understand

    messages = [json.loads(line) for line in (SHARED_NLU / "dev.jsonl").open(encoding="utf-8")]
    understand("bonjour", datetime.fromisoformat("2026-01-01T10:00:00+01:00"))  # warm caches
    timings = []
    for message in messages:
        received = datetime.fromisoformat(message["received_at"])
        started = time.perf_counter()
        understand(message["text"], received, message.get("lang"), message.get("channel"))
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "messages": len(timings),
        "median_ms": round(statistics.median(timings), 3),
        "p95_ms": round(timings[int(0.95 * len(timings)) - 1], 3),
        "max_ms": round(timings[-1], 3),
    }


def _print_score(name: str, result: dict | None) -> None:
    if result is None:
        print(f"{name}: skipped (file not found)")
        return
    print(
        f"{name}: {result['messages']} messages  primary {result['primary_accuracy']:.3f}"
        f"  macro-F1 {result['primary_macro_f1']:.3f}  intents F1 {result['intents_micro_f1']:.3f}"
        f"  safety recall {result['safety_recall']}  false entities {result['false_entity_rate']:.3f}"
    )
    entities = "  ".join(
        f"{field} {accuracy:.3f} (n={result['entity_counts'][field]})"
        for field, accuracy in result["entity_accuracy"].items()
    )
    print(f"    entities: {entities}")
    print(f"    top confusions: {'; '.join(result['top_confusions'][:6])}")


def run(quick: bool = False) -> dict:
    figures: dict = {}
    if not (SHARED_NLU / "dev.jsonl").is_file():
        print("skipped: ../shared/nlu not found")
        return figures
    figures["dev"] = score_file(SHARED_NLU / "dev.jsonl")
    _print_score("dev set (public)", figures["dev"])
    # The held-out sets were written apart from the training corpus, by other authors.
    # The first three were read while tuning the rules (the second and third only after
    # their unseen figures were taken); the fourth too, for its safety misses and then
    # its amounts. The fifth was written by an author who never saw the engine's code or
    # corpus and scored before anything was changed for it.
    for key, label, path in (
        ("heldout", "held-out set 1 (read while tuning)", HELDOUT),
        ("heldout2", "held-out set 2 (read while tuning)", HELDOUT2),
        ("heldout3", "held-out set 3 (read while tuning, entity-heavy)", HELDOUT3),
        # Scored once unseen (primary 0.927, safety recall 0.958, amounts 0.878); its
        # safety misses, then its amount errors, were read and fixed.
        ("heldout4", "held-out set 4 (amount-heavy; read while tuning)", HELDOUT4),
        # Scored unseen on 23 November 2026: primary 0.933, safety recall 0.972, dates
        # 0.971, amounts 0.943 (0.908 with the reader of the day before), false 0.008;
        # its safety and amount misses were then read and fixed.
        ("heldout5", "held-out set 5 (scored unseen, then read for its misses)", HELDOUT5),
        # Written by an author who never saw the code, the corpus or the engine's output
        # (300 messages, 140 safety cases, 35 traps). Scored unseen on 23 November 2026
        # (fourth session): primary 0.877, safety recall 0.950, dates 0.908, amounts
        # 0.924, instalment amounts 0.967, dispute type 0.750, false entities 0.010. Its
        # misses were then read and their general causes fixed.
        ("heldout6", "held-out set 6 (scored unseen, then read for its misses)", HELDOUT6),
        # Another author, the same conditions (250 messages, half B2B or quoted threads,
        # 79 traps), scored unseen after set 6's fixes: primary 0.900, safety recall
        # 0.917, dates 0.947, amounts 0.948, instalments 0.875, instalment amounts 0.958,
        # dispute type 0.731, false entities 0.009 (the reader of the morning before:
        # primary 0.864, safety recall 0.926). Then read for its misses.
        ("heldout7", "held-out set 7 (scored unseen, then read for its misses)", HELDOUT7),
        # A third author (250 messages; safety said indirectly, regional French, debt
        # advisers and guardians), scored unseen after set 7's fixes: primary 0.900,
        # safety recall 0.939, dates 0.949, amounts 0.743, dispute type 0.625, false
        # 0.006 (the morning's reader: primary 0.900, safety recall 0.977 -- the model's
        # raised thresholds had lost five safety cases the rules did not know). Then its
        # safety misses and amounts (rupees, rand, piastres) were read and fixed; its
        # dispute types were not.
        (
            "heldout8",
            "held-out set 8 (scored unseen, then read for its safety and amount misses)",
            HELDOUT8,
        ),
        # A fourth author (300 messages, 141 safety cases, phonetic SMS French, B2B
        # letters), scored unseen on 23 November 2026 (fifth session) before any change:
        # primary 0.910, safety recall 0.936, dates 0.905, amounts 0.911, instalments
        # 0.958, instalment amounts 0.933, dispute type 0.667, false entities 0.006. Its
        # misses were then read and their general causes fixed.
        ("heldout9", "held-out set 9 (scored unseen, then read for its misses)", HELDOUT9),
        # A fifth author (250 messages, 112 safety cases, typos and SMS shorthand, quoted
        # threads, relatives and executors), kept sealed while set 9 was worked on and the
        # model retrained, then scored once (23 November 2026, fifth session): primary
        # 0.900, safety recall 0.964, dates 0.920, amounts 0.900, dispute type 0.586,
        # false entities 0.005 (the morning's reader: 0.896, 0.955, 0.907, 0.900). Then
        # read for its misses.
        ("heldout10", "held-out set 10 (scored unseen, then read for its misses)", HELDOUT10),
        # A sixth author (250 messages, 113 safety cases; Belgian, Swiss, Québécois and
        # West African French, Irish and US English), scored once after set 10's fixes
        # (23 November 2026, fifth session): primary 0.932, safety recall 0.965, dates
        # 0.971, amounts 0.898, instalment amounts 0.850, dispute type 0.692, false
        # entities 0.006 (the session's first reader: 0.924, 0.956, 0.971, 0.898). Then
        # read for its misses.
        ("heldout11", "held-out set 11 (scored unseen, then read for its misses)", HELDOUT11),
        # A seventh author (250 messages, 104 safety cases; curators, accountants, US
        # validation letters, gym and kitchen disputes), scored once on 23 November 2026
        # (sixth session) with the session's first reader: primary 0.928, safety recall
        # 0.962, dates 0.925, amounts 0.918, instalments 0.929, instalment amounts 0.818,
        # dispute type 0.571, false entities 0.009. Then read for its misses.
        ("heldout12", "held-out set 12 (scored unseen, then read for its misses)", HELDOUT12),
        # An eighth author (250 messages, 104 safety cases; Swiss, Moroccan, Congolese and
        # Québec writers, B2B purchasing departments, commissions' plans), written while
        # set 12 was worked on and scored once after set 12's first fixes (23 November
        # 2026, sixth session): primary 0.912, safety recall 0.971, dates 0.937, amounts
        # 0.966, instalments 0.933, instalment amounts 0.864, dispute type 0.667, false
        # entities 0.009 (the session's first reader: 0.916, 0.971, 0.937, 0.966). Then
        # read for its misses.
        ("heldout13", "held-out set 13 (scored unseen, then read for its misses)", HELDOUT13),
        # A ninth author (250 messages, 102 safety cases; utilities, car finance, hospital
        # bills, landlords, Luxembourg and Irish writers), kept sealed while sets 12 and 13
        # were worked on, then scored once (23 November 2026, sixth session): primary
        # 0.948, safety recall 0.971, dates 0.925, amounts 0.935, instalments 0.846,
        # instalment amounts 0.947, dispute type 0.667, false entities 0.007 (the
        # session's first reader: 0.948, 0.980, 0.912, 0.935). Then read for its misses.
        ("heldout14", "held-out set 14 (scored unseen, then read for its misses)", HELDOUT14),
        # A tenth author (200 messages, 84 safety cases; energy, schools, dentists, rent),
        # scored once after sets 12 to 14's fixes (23 November 2026, sixth session):
        # primary 0.965, safety recall 0.976, dates 1.000, amounts 0.958, instalments
        # 0.900, instalment amounts 0.933, dispute type 0.429, false entities 0.002 (the
        # session's first reader: 0.960, 0.976, 1.000, 0.958). Then read for its two
        # safety misses only.
        (
            "heldout15",
            "held-out set 15 (scored unseen, then read for its safety misses)",
            HELDOUT15,
        ),
        # An eleventh author (250 messages, 104 with a safety intent; Belgian, Swiss,
        # Québec, Ivorian, Senegalese, Irish and US writers), scored once with the seventh
        # session's first reader (23 November 2026): primary 0.960, safety recall 0.973,
        # dates 0.892, amounts 1.000, instalments 0.800, instalment amounts 0.889, dispute
        # type 0.714, false entities 0.002. Then read for its misses.
        ("heldout16", "held-out set 16 (scored unseen, then read for its misses)", HELDOUT16),
        # A twelfth author (220 messages, 81 with a safety intent; a former collection
        # desk clerk: B2B bookkeepers, traites and credit notes, elderly letter writers,
        # verlan SMS), scored once with the same first reader: primary 0.946, safety
        # recall 0.955, dates 0.882, amounts 0.884, instalments 0.846, instalment amounts
        # 0.765, dispute type 0.773, false entities 0.009. Then read for its misses.
        ("heldout17", "held-out set 17 (scored unseen, then read for its misses)", HELDOUT17),
        # A thirteenth author (230 messages, 99 with a safety intent; a debt adviser's
        # view: run-on letters, guardians, heirs, prisoners' families, Maghreb and West
        # African writers), kept sealed while sets 16 and 17 were worked on, then scored
        # once: primary 0.904, safety recall 0.890, dates 0.944, amounts 0.865,
        # instalments 0.929, instalment amounts 0.857, dispute type 0.520, false entities
        # 0.006 (the session's first reader: 0.896, 0.890, 0.931, 0.865). Then read for
        # its misses.
        ("heldout18", "held-out set 18 (scored unseen, then read for its misses)", HELDOUT18),
        # A fourteenth author (220 messages, 84 with a safety intent; a contact centre's
        # quality analyst: voice-note transcripts, code-switching, Belgian, Swiss, Scots and
        # Canadian writers, sarcasm), scored once after sets 16 to 18's fixes: primary
        # 0.927, safety recall 0.905, dates 0.912, amounts 0.806, instalments 0.933,
        # instalment amounts 0.789, dispute type 0.667, false entities 0.007 (the
        # session's first reader: 0.927, 0.905, 0.895, 0.806). Then read for its misses.
        ("heldout19", "held-out set 19 (scored unseen, then read for its misses)", HELDOUT19),
        # A fifteenth author (220 messages, 86 with a safety intent; a novelist shadowing a
        # bailiff's office and a UK agency: landlords, farmers, heirs, second-language
        # writers, South African and Australian English), kept sealed through sets 16 to
        # 19's fixes and scored once: primary 0.941, safety recall 0.895, dates 0.985,
        # amounts 0.954, instalments 0.867, instalment amounts 0.900, dispute type 0.857,
        # false entities 0.005 (the session's first reader: 0.941, 0.895, 0.985, 0.954;
        # the fixes of sets 16 to 19 changed nothing here but one count). Then read for
        # its misses.
        ("heldout20", "held-out set 20 (scored unseen, then read for its misses)", HELDOUT20),
        # A sixteenth author (230 messages, 100 with a safety intent; Belgian, Swiss,
        # Québec, Australian and US writers, tradespeople, students, relatives), scored
        # once with the eighth session's first reader (23 November 2026): primary 0.917,
        # safety recall 0.920, dates 0.970, amounts 0.930, instalments 1.000, instalment
        # amounts 0.842, dispute type 0.577, false entities 0.003. Then read for its misses.
        ("heldout21", "held-out set 21 (scored unseen, then read for its misses)", HELDOUT21),
        # A seventeenth author (230 messages, 87 with a safety intent; a former clerk's
        # view: buried points, third parties, accounts-payable replies, remittances,
        # expatriates mixing French and English), scored once with the same first reader:
        # primary 0.961, safety recall 0.968, dates 0.918, amounts 0.879, instalments
        # 0.917, instalment amounts 1.000, dispute type 0.708, false entities 0.004. Then
        # read for its misses.
        ("heldout22", "held-out set 22 (scored unseen, then read for its misses)", HELDOUT22),
        # An eighteenth author (230 messages, 87 with a safety intent; a consumer-rights
        # volunteer: elderly letter writers, slang and verlan SMS, non-native writers,
        # dictated messages, African and Québec French), kept sealed through sets 21 and
        # 22's fixes, then scored once: primary 0.896, safety recall 0.903, dates 0.919,
        # amounts 0.826, instalments 1.000, instalment amounts 1.000, dispute type 0.583,
        # false entities 0.010 (the session's first reader: 0.891, 0.903). Then read for
        # its misses.
        ("heldout23", "held-out set 23 (scored unseen, then read for its misses)", HELDOUT23),
        # A nineteenth author (230 messages, 88 with a safety intent; a quality auditor's
        # sample: telecoms, energy, rent, hospital bills, B2B suppliers; notaries,
        # guardians, lawyers, insolvency practitioners), kept sealed through sets 21 to
        # 23's fixes, then scored once: primary 0.904, safety recall 0.961, dates 0.910,
        # amounts 0.927, instalments 1.000, instalment amounts 0.857, dispute type 0.720,
        # false entities 0.013 (the session's first reader: 0.900, 0.961). Then read for
        # its misses.
        ("heldout24", "held-out set 24 (scored unseen, then read for its misses)", HELDOUT24),
        # A twentieth author (230 messages, 111 with a safety intent; small businesses,
        # their bookkeepers, accountants and lawyers: payment runs, credit notes, deliveries,
        # insolvencies of the firm, a customer or a director; France, Belgium, Switzerland,
        # Québec, the UK, Ireland, the US, Canada, Australia), scored once by the reader as
        # the ninth session began: primary 0.891, safety recall 0.901, dates 0.904, amounts
        # 0.900, instalments 0.938, instalment amounts 0.944, dispute type 0.581, false
        # entities 0.010. With the intent model retrained on sets 1-24 and the new model of
        # the kinds of dispute (set 25 decided their shipping): 0.900, 0.901, 0.932, 0.920,
        # dispute type 0.742. Then read for its misses, and trained on.
        ("heldout25", "held-out set 25 (scored unseen, then read for its misses)", HELDOUT25),
        # A twenty-first author (230 messages, 109 with a safety intent; half dictated by
        # speech-to-text, half typed by the elderly, their families, carers, guardians and
        # the young; France, Belgium, Québec, francophone Africa, the UK, Ireland, the US,
        # Nigeria, India, Australia), scored once by the reader after set 25's fixes and the
        # retraining: primary 0.952, safety recall 0.991, dates 0.788, amounts 0.717,
        # instalments 0.769, instalment amounts 0.808, dispute type 0.913, false entities
        # 0.004 (the session's first reader: 0.952, 0.982, 0.788, 0.717). Then read for its
        # misses, and trained on.
        ("heldout26", "held-out set 26 (scored unseen, then read for its misses)", HELDOUT26),
        # A twenty-second author (230 messages, 91 with a safety intent; a self-service
        # portal's chat and WhatsApp: answers to the bot, second-language writers, French and
        # English mixed, long stories with the point in the middle), kept sealed through
        # sets 25 and 26's fixes and both retrainings, then scored once: primary 0.900,
        # safety recall 0.882, dates 0.936, amounts 0.969, instalments 0.692, instalment
        # amounts 0.857, dispute type 0.654, false entities 0.018 (the session's first
        # reader: 0.887, 0.882, 0.923, 0.938, dispute type 0.538). Then read for its
        # misses, and trained on.
        ("heldout27", "held-out set 27 (scored unseen, then read for its misses)", HELDOUT27),
        # A twenty-fourth author (230 messages, 110 with a safety intent; a debt charity
        # caseworker's and a social worker's inbox: people in crisis and those who write for
        # them, bereavement told among practical details, stops said roundabout, 42 traps),
        # scored once by the tenth session's first reader: primary 0.917, safety recall
        # 0.933, dates 0.968, amounts 0.976, instalments 1.0, instalment amounts 0.958,
        # dispute type 0.905, false entities 0.006. Then read for its misses, and trained on.
        ("heldout28", "held-out set 28 (scored unseen, then read for its misses)", HELDOUT28),
        # A twenty-fifth author (230 messages, 114 with a safety intent; lawyers, payroll,
        # notaries, liquidators, accounts payable, councils: formal letters with reference
        # numbers, invoice and hearing dates beside the payment's), scored once after set
        # 28's fixes: primary 0.822, safety recall 0.891, dates 0.871, amounts 0.852,
        # instalments 1.0, instalment amounts 1.0, dispute type 0.800, false entities 0.019
        # (the session's first reader: 0.822, 0.891). Then read for its misses, and trained on.
        ("heldout29", "held-out set 29 (scored unseen, then read for its misses)", HELDOUT29),
        # A twenty-sixth author (230 messages, 107 with a safety intent; very short mobile
        # replies: SMS spelling in both languages, slang, emoji, dictation slips, one-word
        # safety replies, answers to a bot's menu), kept sealed through sets 28 and 29's
        # fixes and the retraining, then scored once: primary 0.909, safety recall 0.933,
        # dates 0.898, amounts 0.955, instalments 1.0, instalment amounts 0.824, dispute
        # type 0.840, false entities 0.012 (the session's first reader: the same, false
        # entities 0.013). Then read for its misses, and trained on.
        ("heldout30", "held-out set 30 (scored unseen, then read for its misses)", HELDOUT30),
        # A twenty-seventh author (230 messages, 103 with a safety intent; everyday consumer
        # debts: buy-now-pay-later, phones, gyms, parking, rent, US medical bills; quoted and
        # forwarded mail, 45 traps), scored once after sets 28-30's fixes and two
        # retrainings: primary 0.896, safety recall 0.930, dates 0.986, amounts 0.933,
        # instalments 0.923, instalment amounts 0.947, dispute type 0.906, false entities
        # 0.012 (the session's first reader: 0.891, 0.930). Then read for its misses, and
        # trained on.
        ("heldout31", "held-out set 31 (scored unseen, then read for its misses)", HELDOUT31),
        # Set 32 (230 messages, 106 with a safety intent, 37 traps): French from Belgium,
        # Switzerland, Québec, West Africa and the Antilles, English from Scotland,
        # Ireland, Australia, India, Nigeria, South Africa and Canada. Scored unseen on
        # 23 November 2026 (eleventh session) by the session's first reader: primary
        # 0.904, safety recall 0.907, dates 0.938, amounts 0.868, false entities 0.003;
        # after the day's threshold changes, still unseen by the rules: 0.909 / 0.924.
        ("heldout32", "held-out set 32 (scored unseen, then read for its misses)", HELDOUT32),
        # Set 33 (230 messages, 123 with a safety intent, 40 traps): third parties writing
        # for or about the debtor (notaries, care homes, guardians, social workers, HR,
        # new occupants, relatives) and debtors writing about others. Scored unseen the
        # same day by the session's first reader: primary 0.878, safety recall 0.947, dates
        # 0.889, amounts 0.875, false entities 0.006; after the threshold changes, still
        # unseen by the rules: 0.883 / 0.962.
        ("heldout33", "held-out set 33 (scored unseen, then read for its misses)", HELDOUT33),
        # Set 34 (230 messages, 105 with a safety intent, 40 traps): the payments desk,
        # moved dates, part payments, instalments, amounts written every way among
        # reference, invoice and phone numbers, claimed balances and quoted reminders.
        # Scored unseen on 23 November 2026 (twelfth session) by the session's first
        # reader: primary 0.935, safety recall 0.966, dates 0.929, amounts 0.901,
        # instalment amounts 0.938, false entities 0.016.
        ("heldout34", "held-out set 34 (scored unseen, then read for its misses)", HELDOUT34),
        # Set 35 (230 messages, 105 with a safety intent, 40 traps): health, disability
        # and care: hospital stays, treatment, mental health crises, benefits, carers,
        # deaths in hospital, and illness named where it is not the reason (most traps).
        # Scored unseen the same day by the session's first reader: primary 0.800, safety
        # recall 0.951, dates 0.897, amounts 0.902, false entities 0.011.
        ("heldout35", "held-out set 35 (scored unseen, then read for its misses)", HELDOUT35),
        # Set 36 (230 messages, 104 with a safety intent, 40 traps): the calendar and the
        # purse: feast days, paydays, "sous huitaine", dates moved twice, invoice and
        # appointment dates beside the payment's, amounts in every form beside balances,
        # fees and incomes. Scored unseen on 23 November 2026 (thirteenth session) by the
        # session's first reader: primary 0.909, safety recall 0.964, dates 0.759, amounts
        # 0.873, instalments 0.895, instalment amounts 0.936, false entities 0.025.
        ("heldout36", "held-out set 36 (scored unseen, then read for its misses)", HELDOUT36),
        # Set 37 (230 messages, 105 with a safety intent, 40 traps): suspicious, angry and
        # complaining writers: scam fears, proof of the debt, regulators, GDPR, time-bars,
        # fees, harassment, insults around real promises. Scored unseen the same day by the
        # session's first reader: primary 0.883, safety recall 0.936, dates 0.981, amounts
        # 1.000, false entities 0.014.
        ("heldout37", "held-out set 37 (scored unseen, then read for its misses)", HELDOUT37),
        # Set 38 (230 messages, 105 with a safety intent, 40 traps): gig workers,
        # freelancers, students and seasonal staff: irregular income, payouts by app, pay
        # cycles ("tous les 15", "after my next gig"), a flatmate's procedure, a mission
        # ended. Scored unseen on 24 November 2026 (fourteenth session) by the session's
        # first reader: primary 0.922, safety recall 0.949, dates 0.930, amounts 1.000,
        # instalment amounts 0.810, false entities 0.006.
        ("heldout38", "held-out set 38 (scored unseen, then read for its misses)", HELDOUT38),
        # Set 39 (230 messages, 110 with a safety intent, 39 traps): debtors abroad and
        # across borders: frontaliers, expatriates, sailors; other currencies, exchange
        # rates, flights and returns beside the payment's date; foreign procedures (IVA,
        # Chapter 7, règlement collectif, concurso). Scored unseen the same day by the same
        # reader: primary 0.930, safety recall 0.944, dates 0.967, amounts 1.000, false
        # entities 0.008.
        ("heldout39", "held-out set 39 (scored unseen, then read for its misses)", HELDOUT39),
        # Set 40 (230 messages, 104 with a safety intent, 38 traps): couples, families and
        # shared debts: separations, co-borrowers and guarantors, economic abuse, a
        # relative paying or writing, joint debts of the dead. Scored unseen on 24 November
        # 2026 (fifteenth session) by the session's first reader: primary 0.726, safety
        # recall 0.901, dates 0.919, amounts 0.911, instalment amounts 0.733, false entities
        # 0.012 (most of the misses: a separation or a relative's illness named beside a
        # promise, read as the writer's hardship).
        ("heldout40", "held-out set 40 (scored unseen, then read for its misses)", HELDOUT40),
        # Set 41 (230 messages, 107 with a safety intent, 40 traps): events and accidents:
        # floods, fires, storms, break-ins, crashes, insurers that have not paid, card
        # fraud, bank errors. Scored unseen the same day by the same reader: primary 0.809,
        # safety recall 0.903, dates 0.914, amounts 0.930, false entities 0.011.
        ("heldout41", "held-out set 41 (scored unseen, then read for its misses)", HELDOUT41),
        # Set 42 (230 messages, 107 with a safety intent, 40 traps): follow-ups on agreements
        # already made: confirmations after a call, dates moved, payment holidays, new
        # instalment sums, safety news arriving mid-plan. Scored unseen the same day by the
        # same reader: primary 0.857, safety recall 0.920, dates 0.825, amounts 0.875,
        # instalments 0.727, instalment amounts 0.643, false entities 0.017.
        ("heldout42", "held-out set 42 (scored unseen, then read for its misses)", HELDOUT42),
        # Set 43 (230 messages, 108 with a safety intent, 39 traps): old debts, courts and
        # bailiffs: sold debts, time-bars, CCJs and injonctions (no insolvency), bailiffs'
        # visits, requests for proof. Kept sealed through sets 40-42's fixes and scored
        # unseen by the reader they made (01f2e4a, retrained with sets 40-42): primary 0.917,
        # safety recall 0.944, dates 0.904, amounts 0.957, false entities 0.015 (the
        # session's first reader: 0.922 / 0.952).
        ("heldout43", "held-out set 43 (scored unseen, then read for its misses)", HELDOUT43),
        # Set 44 (230 messages, 105 with a safety intent, 40 traps): moving house and final
        # bills: previous occupants, final meter readings, early termination fees, deposits,
        # flatmates, shelters. Written while set 43 was being fixed and scored unseen by the
        # session's reader after sets 40-43 (696a6fa, retrained with them): primary 0.887,
        # safety recall 0.909, dates 0.952, amounts 0.934, false entities 0.013 (the
        # session's first reader: 0.874 / 0.909).
        ("heldout44", "held-out set 44 (scored unseen, then read for its misses)", HELDOUT44),
        # Set 45 (230 messages, 108 with a safety intent, 40 traps): haggling and settlement
        # offers: discounts for a lump sum, full and final settlements, counter-offers,
        # offers held until the creditor agrees, fees refused. Scored unseen on 24 November
        # 2026 (sixteenth session) by the session's first reader (78db6a4): primary 0.883,
        # safety recall 0.939, dates 0.976, amounts 0.895, instalment amounts 0.911, false
        # entities 0.027.
        ("heldout45", "held-out set 45 (scored unseen, then read for its misses)", HELDOUT45),
        # Set 46 (230 messages, 109 with a safety intent, 39 traps): contact preferences and
        # channels: hours, places and channels shut ("not before 6pm", "email only"),
        # representatives, numbers given to someone else, payment-link trouble. Scored
        # unseen the same day by the same reader: primary 0.852, safety recall 0.889, dates
        # 1.000, amounts 0.974, false entities 0.006 (most of the misses: a channel, a place
        # or hours shut, which the SPEC reads as a stop).
        ("heldout46", "held-out set 46 (scored unseen, then read for its misses)", HELDOUT46),
        # Set 47 (230 messages, 104 with a safety intent, 40 traps): second-language writers
        # and machine translation: false friends ("éventuellement", "eventually"), calques
        # ("the 5 of the next month"), missing verbs, foreign procedures. Scored unseen the
        # same day by the same reader: primary 0.913, safety recall 0.930, dates 0.948,
        # amounts 0.971, instalment amounts 0.864, false entities 0.015.
        ("heldout47", "held-out set 47 (scored unseen, then read for its misses)", HELDOUT47),
        # Set 48 (230 messages, 109 with a safety intent, 40 traps): vulnerable debtors:
        # addictions, economic abuse, refuges, self-harm and despair, carers, and stress
        # that is no inability to pay. Kept sealed through sets 45-47's fixes and scored
        # unseen by the reader they made (32c7c82, retrained with sets 45-47): primary
        # 0.909, safety recall 0.969, dates 0.988, amounts 0.941, false entities 0.007 (the
        # session's first reader: 0.900 / 0.961).
        ("heldout48", "held-out set 48 (scored unseen, then read for its misses)", HELDOUT48),
        # Set 49 (230 messages, 107 with a safety intent, 41 traps): sole traders and very
        # small firms: closings that are no insolvency (cessation, radiation, dissolution
        # amiable) beside real procedures, clients that have not paid, businesses sold.
        # Kept sealed likewise and scored unseen by the same reader: primary 0.848, safety
        # recall 0.897, dates 0.937, amounts 0.854, false entities 0.010 (the session's
        # first reader: 0.844 / 0.888).
        ("heldout49", "held-out set 49 (scored unseen, then read for its misses)", HELDOUT49),
        # Sets 50-52 were written after sets 45-49's fixes and both retrainings and scored
        # unseen by that reader (3e56816), the session's last before them.
        # Set 50 (230 messages, 104 with a safety intent, 39 traps): long e-mail threads and
        # forwarded chains, inline answers, signatures and disclaimers, tempting words in the
        # quotes: primary 0.909, safety recall 0.958, dates 0.940, amounts 0.939, false
        # entities 0.007 (the session's first reader: 0.913 / 0.958).
        ("heldout50", "held-out set 50 (scored unseen, then read for its misses)", HELDOUT50),
        # Set 51 (230 messages, 107 with a safety intent, 40 traps): cars, vans and vehicle
        # finance: leases, repossessions, write-offs and insurers, garages, drivers whose
        # vehicle is their income: primary 0.878, safety recall 0.957, dates 0.913, amounts
        # 0.926, false entities 0.019 (the session's first reader: 0.883 / 0.957).
        ("heldout51", "held-out set 51 (scored unseen, then read for its misses)", HELDOUT51),
        # Set 52 (230 messages, 104 with a safety intent, about 40 traps): tenants, landlords
        # and housing debts: arrears, deposits, guarantors, eviction papers, housing benefit
        # paid to the landlord: primary 0.896, safety recall 0.983, dates 0.947, amounts
        # 0.813, false entities 0.015 (the session's first reader: 0.891 / 0.974).
        ("heldout52", "held-out set 52 (scored unseen, then read for its misses)", HELDOUT52),
        # Sets 53-55 were written after sets 50-52's fixes and retraining; 53 and 54 were
        # scored unseen by that reader (65da515), 55 by it with sets 53-54's first fixes in
        # (121b069).
        # Set 53 (230 messages, 105 with a safety intent, 40 traps): medical, dental and
        # veterinary bills and health insurance (EOBs, mutuelles, the Sécu reimbursing, a
        # pet that died): primary 0.826, safety recall 0.923, dates 0.889, amounts 0.885,
        # false entities 0.019 (the session's first reader: 0.817 / 0.915).
        ("heldout53", "held-out set 53 (scored unseen, then read for its misses)", HELDOUT53),
        # Set 54 (230 messages, 104 with a safety intent, 40 traps): public and quasi-public
        # creditors (water, council tax, canteens, universities, tolls), the creditor paid
        # at its own counter: primary 0.900, safety recall 0.930, dates 0.976, amounts 0.914,
        # false entities 0.008 (the session's first reader: 0.900 / 0.930).
        ("heldout54", "held-out set 54 (scored unseen, then read for its misses)", HELDOUT54),
        # Set 55 (230 messages, 104 with a safety intent, 40 traps): people who work away or
        # at odd hours (deployed soldiers, seafarers, truckers, rotations, night shifts):
        # primary 0.883, safety recall 0.965, dates 0.922, amounts 0.915, false entities
        # 0.013 (the session's first reader: 0.887 / 0.965).
        ("heldout55", "held-out set 55 (scored unseen, then read for its misses)", HELDOUT55),
        # Set 56 (230 messages, 110 with a safety intent, 40 traps): building works and
        # tradespeople's bills (unfinished work, snags, retentions, installers' insolvencies,
        # solar panels): primary 0.904, safety recall 0.924, dates 0.913, amounts 0.932, false
        # entities 0.010 (the seventeenth session's first reader).
        ("heldout56", "held-out set 56 (scored unseen, then read for its misses)", HELDOUT56),
        # Set 57 (230 messages, 103 with a safety intent, 40 traps): feasts, seasons and times of
        # day as payment days (Eid, Diwali, Lunar New Year, Easter, "avant midi", "after the
        # weekend"): primary 0.935, safety recall 0.975, dates 0.830, amounts 0.972, false
        # entities 0.018 (the session's first reader).
        ("heldout57", "held-out set 57 (scored unseen, then read for its misses)", HELDOUT57),
        # Set 58 (230 messages, 103 with a safety intent, 40 traps): amounts said every way and
        # with arithmetic (halves, the rest, "150 balles", "a ton"): primary 0.896, safety recall
        # 0.955, dates 0.933, amounts 0.830, false entities 0.026 (the session's first reader).
        ("heldout58", "held-out set 58 (scored unseen, then read for its misses)", HELDOUT58),
        # Set 59 (230 messages, 104 with a safety intent, 40 traps): travel, holidays, events and
        # cancellations (refunds, vouchers, chargebacks): primary 0.896, safety recall 0.974,
        # dates 0.946, amounts 0.951, false entities 0.009 (the session's first reader; after sets
        # 56-58's fixes 0.900 / 0.983).
        ("heldout59", "held-out set 59 (scored unseen, then read for its misses)", HELDOUT59),
        # Set 60 (230 messages, 107 with a safety intent, 39 traps): formal letters, templates and
        # advisers (consumer associations' models, "without prejudice", FDCPA, GDPR, ombudsmen,
        # long boilerplate): primary 0.813, safety recall 0.917, dates 0.800, amounts 0.848, false
        # entities 0.020 (the session's first reader; after sets 56-58's fixes 0.817 / 0.934).
        ("heldout60", "held-out set 60 (scored unseen, then read for its misses)", HELDOUT60),
        # Set 61 (230 messages, 104 with a safety intent, 39 traps): debtors waiting on money owed
        # to them (refunds, awards, inheritances, sales, a tenant's or a client's insolvency):
        # primary 0.861, safety recall 0.982, dates 0.958, amounts 0.980, false entities 0.012
        # (the session's first reader; after sets 56-58's fixes 0.861 / 0.982).
        ("heldout61", "held-out set 61 (scored unseen, then read for its misses)", HELDOUT61),
        # Set 62 (230 messages, 103 with a safety intent, 38 traps): payments that do not match
        # (part payments, bank references, failed direct debits, wrong accounts, lost cheques):
        # primary 0.922, safety recall 0.973, dates 0.901, amounts 0.928, false entities 0.020
        # (the session's first reader; after sets 56-61's fixes, before their retraining, 0.922 /
        # 0.973).
        ("heldout62", "held-out set 62 (scored unseen, then read for its misses)", HELDOUT62),
        # Set 63 (230 messages, 108 with a safety intent, 40 traps): subscriptions and online
        # services (auto-renewals, free trials, hacked accounts, children's purchases,
        # chargebacks): primary 0.917, safety recall 0.967, dates 0.967, amounts 0.926, false
        # entities 0.013 (the session's first reader, and the same after sets 56-61's fixes).
        ("heldout63", "held-out set 63 (scored unseen, then read for its misses)", HELDOUT63),
        # Set 64 (230 messages, 104 with a safety intent, 39 traps): the shortest replies to SMS
        # and chat reminders (a day alone, "stpo", "2moro", slang, emoji): primary 0.861, safety
        # recall 0.965, dates 0.792, amounts 0.938, false entities 0.005 (the session's first
        # reader; after sets 56-63's fixes and retraining 0.857 / 0.965).
        ("heldout64", "held-out set 64 (scored unseen, then read for its misses)", HELDOUT64),
        # Set 65 (230 messages, 104 with a safety intent, 40 traps): hostile, sarcastic and
        # venting writers with real intents buried inside: primary 0.844, safety recall 0.927,
        # dates 0.887, amounts 0.951, false entities 0.012 (the session's first reader; after sets
        # 56-64's fixes 0.852 / 0.935).
        ("heldout65", "held-out set 65 (scored unseen, then read for its misses)", HELDOUT65),
        # Set 66 (230 messages, 109 with a safety intent, 40 traps): business-to-business
        # correspondence (accounts payable, group entities, insolvency practitioners, e-invoicing
        # portals, legal footers): primary 0.839, safety recall 0.897, dates 0.798, amounts 0.850,
        # false entities 0.022 (the session's first reader; after sets 56-64's fixes 0.835 /
        # 0.905).
        ("heldout66", "held-out set 66 (scored unseen, then read for its misses)", HELDOUT66),
        # Set 67 (230 messages, 104 with a safety intent, 40 traps): elderly debtors and their
        # families (dementia, care homes, guardians and deputies, pensions, widows): primary
        # 0.865, safety recall 0.967, dates 0.934, amounts 1.000, false entities 0.007 (the reader
        # after sets 56-66's fixes and retraining; the session's first reader 0.865 / 0.958).
        ("heldout67", "held-out set 67 (scored unseen, then read for its misses)", HELDOUT67),
        # Set 68 (230 messages, 104 with a safety intent, 38 traps): lives across borders (leaving
        # the country, visas, asylum, money sent from abroad, second-language writers): primary
        # 0.926, safety recall 0.974, dates 0.952, amounts 0.956, false entities 0.005 (likewise;
        # the session's first reader 0.913 / 0.974).
        ("heldout68", "held-out set 68 (scored unseen, then read for its misses)", HELDOUT68),
        # Set 69 (230 messages, 106 with a safety intent, 39 traps): energy and water bills
        # (estimated readings, prepayment meters, the winter truce, back-billing, switching):
        # primary 0.900, safety recall 0.904, dates 0.954, amounts 0.917, false entities 0.014
        # (the reader after sets 56-68's first fixes; the session's first reader 0.909 / 0.921).
        ("heldout69", "held-out set 69 (scored unseen, then read for its misses)", HELDOUT69),
        # Set 70 (230 messages, 106 with a safety intent, 40 traps): consumer credit (cards,
        # revolving credit, personal loans, payday loans, debt purchasers, affordability
        # complaints): primary 0.935, safety recall 0.974, dates 0.946, amounts 0.971, false
        # entities 0.013 (the reader after sets 56-69's fixes; the session's first reader 0.926 /
        # 0.974).
        ("heldout70", "held-out set 70 (scored unseen, then read for its misses)", HELDOUT70),
        # Set 71 (230 messages, 106 with a safety intent, 40 traps): farmers, growers, fishermen
        # and winegrowers (harvests, subsidies, droughts and floods, co-operatives paying late):
        # primary 0.913, safety recall 0.930, dates 0.971, amounts 0.972, false entities 0.010
        # (likewise; the session's first reader 0.891 / 0.930).
        ("heldout71", "held-out set 71 (scored unseen, then read for its misses)", HELDOUT71),
        # Set 72 (230 messages, 106 with a safety intent, 39 traps): deaths and estates in depth
        # (notaries, heirs renouncing, borrower insurance, co-borrowers, euphemisms): primary
        # 0.900, safety recall 0.937, dates 0.956, amounts 0.921, false entities 0.013 (the reader
        # after sets 56-69's fixes; the session's first reader 0.891 / 0.929).
        ("heldout72", "held-out set 72 (scored unseen, then read for its misses)", HELDOUT72),
        # Set 73 (230 messages, 111 with a safety intent, 40 traps): telecoms and internet
        # (handsets on instalments, lines cut, porting, equipment returned, lines in a dead
        # relative's or an ex's name): primary 0.917, safety recall 0.950, dates 0.951, amounts
        # 0.909, false entities 0.008 (the reader after sets 56-72's fixes and retraining; the
        # session's first reader 0.913 / 0.950).
        ("heldout73", "held-out set 73 (scored unseen, then read for its misses)", HELDOUT73),
        # Set 74 (230 messages, 105 with a safety intent, 39 traps): parking charges, tolls, car
        # rental and car-sharing damage, low-emission zones, who was driving, appeals lodged:
        # primary 0.917, safety recall 0.948, dates 0.928, amounts 0.935, false entities 0.004
        # (likewise; the session's first reader 0.917 / 0.931).
        ("heldout74", "held-out set 74 (scored unseen, then read for its misses)", HELDOUT74),
        # Set 75 (230 messages, 104 with a safety intent, 39 traps): students and young adults
        # (halls, tuition, grants paid late, first credit, apprenticeships, parents writing):
        # primary 0.909, safety recall 0.974, dates 0.969, amounts 0.881, false entities 0.012
        # (likewise; the session's first reader 0.904 / 0.965).
        ("heldout75", "held-out set 75 (scored unseen, then read for its misses)", HELDOUT75),
        # Set 76 (230 messages, 105 with a safety intent, 39 traps): insurance premiums and claims
        # (claims that should offset the premium, policies cancelled, brokers, excesses, refused
        # claims): primary 0.935, safety recall 1.000, dates 0.962, amounts 0.939, false entities
        # 0.007 (the reader after sets 77-78's fixes; the session's first reader the same).
        ("heldout76", "held-out set 76 (scored unseen, then read for its misses)", HELDOUT76),
        # Set 77 (230 messages, 103 with a safety intent, 40 traps): professional fee notes
        # (lawyers, accountants, architects, surveyors, notaries: fees contested, work not done, fee
        # arbitration, clients insolvent or dead): primary 0.917, safety recall 0.939, dates 0.982,
        # amounts 0.846, false entities 0.005 (the session's first reader, before anything was
        # changed for it).
        ("heldout77", "held-out set 77 (scored unseen, then read for its misses)", HELDOUT77),
        # Set 78 (230 messages, 102 with a safety intent, 40 traps): postal replies read by OCR
        # (reply slips, handwritten notes, cheques enclosed, the reminder's printed text in the
        # scan, O for 0 and rn for m): primary 0.930, safety recall 0.973, dates 0.907, amounts
        # 0.889, false entities 0.009 (the reader after set 77's first fixes; the session's first
        # reader 0.926 / 0.973).
        ("heldout78", "held-out set 78 (scored unseen, then read for its misses)", HELDOUT78),
        # Set 79 (230 messages, 104 with a safety intent, 40 traps): memberships, clubs and lessons
        # (gyms, sports and riding clubs, music lessons, school and nursery fees, contracts frozen
        # or cancelled, clubs that closed): primary 0.930, safety recall 0.938, dates 0.968, amounts
        # 0.933, false entities 0.003 (the reader after sets 76-78's fixes and retraining; the
        # session's first reader 0.926 / 0.938).
        ("heldout79", "held-out set 79 (scored unseen, then read for its misses)", HELDOUT79),
        # Set 80 (230 messages, 104 with a safety intent, 39 traps): writers who mix languages
        # (franglais, Quebec and New Brunswick French, expats, English messages with French dates
        # and amounts): primary 0.935, safety recall 0.973, dates 0.662, amounts 0.929, false
        # entities 0.002 (the reader after set 79's and 81's first fixes; the session's first reader
        # the same).
        ("heldout80", "held-out set 80 (scored unseen, then read for its misses)", HELDOUT80),
        # Set 81 (230 messages, 103 with a safety intent, 39 traps): replies to the agent's own
        # messages (options chosen, dates confirmed, counter-offers, questions about the link,
        # quoted prompts): primary 0.909, safety recall 0.973, dates 0.939, amounts 1.000, false
        # entities 0.006 (the reader after sets 76-78's fixes and retraining; the session's first
        # reader 0.909 / 0.982).
        ("heldout81", "held-out set 81 (scored unseen, then read for its misses)", HELDOUT81),
        # Set 82 (230 messages, 104 with a safety intent, 40 traps): changes of circumstances and
        # identity (names changed by marriage or divorce, new addresses, numbers and banks,
        # namesakes, moves abroad, new jobs): primary 0.922, safety recall 0.947, dates 0.941,
        # amounts 0.949, false entities 0.003 (the reader after sets 76-81's fixes and retraining;
        # the session's first reader 0.913 / 0.938).
        ("heldout82", "held-out set 82 (scored unseen, then read for its misses)", HELDOUT82),
        # Set 83 (230 messages, 105 with a safety intent, 38 traps): co-ownership and property
        # charges (syndics, appels de fonds, UK service charges and ground rent, HOA dues, flats
        # sold, tenants chased, works contested): primary 0.896, safety recall 0.913, dates 0.929,
        # amounts 0.800, false entities 0.010 (likewise; the session's first reader 0.878 / 0.913).
        ("heldout83", "held-out set 83 (scored unseen, then read for its misses)", HELDOUT83),
        # Set 84 (230 messages, 103 with a safety intent, 40 traps): long, rambling letters (a third
        # of 150-355 words: life stories, wandering complaints, the decisive point buried, a stop in
        # a P.S.): primary 0.857, safety recall 0.974, dates 0.922, amounts 0.900, false entities
        # 0.021 (the reader after sets 82, 83, 85 and 87's fixes; the session's first reader 0.848 /
        # 0.966).
        ("heldout84", "held-out set 84 (scored unseen, then read for its misses)", HELDOUT84),
        # Set 85 (230 messages, 104 with a safety intent, 39 traps): numbers that are not the
        # payment (references, phone numbers, IBANs, invoice and letter dates, debts, fees, incomes,
        # pasted statements): primary 0.930, safety recall 0.965, dates 0.960, amounts 0.963, false
        # entities 0.022 (the reader after sets 82-83's fixes; the session's first reader the same).
        ("heldout85", "held-out set 85 (scored unseen, then read for its misses)", HELDOUT85),
        # Set 86 (230 messages, 103 with a safety intent, 40 traps): fraud, scams and suspicion
        # (identity theft, push-payment and romance scams, phishing fears, cloned cards, payments to
        # a fraudster posing as the creditor); 53 of its messages were glimpsed in a file still
        # being written, nothing was changed for them before the whole set was scored: primary
        # 0.848, safety recall 0.946, dates 0.983, amounts 1.000, false entities 0.026 (the reader
        # after sets 76-85's fixes and retraining on sets 1-85; the session's first reader the
        # same).
        ("heldout86", "held-out set 86 (scored unseen, then read for its misses)", HELDOUT86),
        # Set 87 (230 messages, 102 with a safety intent, 40 traps): guarantees and directors
        # (personal guarantees, guarantors of tenants and loans, companies dissolved or in
        # liquidation, co-signers, who owes what): primary 0.930, safety recall 0.928, dates 1.000,
        # amounts 0.954, false entities 0.006 (the reader after sets 82, 83 and 85's first fixes;
        # the session's first reader 0.935 / 0.937).
        ("heldout87", "held-out set 87 (scored unseen, then read for its misses)", HELDOUT87),
        # Set 88 (230 messages, 102 with a safety intent, 39 traps): removals and storage (items
        # damaged or lost in a move, quotes exceeded, storage fees after a death or an eviction,
        # goods held until paid, international moves): primary 0.948, safety recall 0.974, dates
        # 0.924, amounts 0.950, false entities 0.004 (the reader after sets 76-87's and 90's fixes
        # and retraining on sets 1-87; the session's first reader 0.939 / 0.974).
        ("heldout88", "held-out set 88 (scored unseen, then read for its misses)", HELDOUT88),
        # Set 89 (230 messages, 105 with a safety intent, 39 traps): home services and household
        # employment (cleaners, gardeners, tutors, childminders and au pairs, home-care agencies;
        # visits cancelled but billed): primary 0.965, safety recall 0.965, dates 0.984, amounts
        # 0.973, false entities 0.007 (likewise; the session's first reader 0.948 / 0.956).
        ("heldout89", "held-out set 89 (scored unseen, then read for its misses)", HELDOUT89),
        # Set 90 (230 messages, 104 with a safety intent, 40 traps): mixed-up accounts (several
        # files or creditors at once, payments sent to the wrong file, duplicate demands, joint and
        # separate accounts): primary 0.948, safety recall 0.991, dates 0.940, amounts 0.971, false
        # entities 0.004 (the reader after sets 76-87's fixes and retraining; the session's first
        # reader 0.939 / 1.000).
        ("heldout90", "held-out set 90 (scored unseen, then read for its misses)", HELDOUT90),
        # Set 91 (230 messages, 102 with a safety intent, 40 traps): regional and vernacular writing
        # (ch'ti, Marseille, Alsace, Reunion and Antilles creole, Belgian and Quebec slang; Scots,
        # Geordie, Scouse, Irish, Welsh, Jamaican-British and African-American English): primary
        # 0.900, safety recall 0.917, dates 0.833, amounts 0.966, false entities 0.006 (the reader
        # after sets 76-90's and 93's fixes; the session's first reader the same).
        ("heldout91", "held-out set 91 (scored unseen, then read for its misses)", HELDOUT91),
        # Set 92 (230 messages, 110 with a safety intent, 40 traps): online shopping and buy-now-
        # pay-later (parcels never arrived, returns not credited, refunds pending, Klarna and Alma
        # instalments, marketplace sellers, chargebacks): primary 0.944, safety recall 0.983, dates
        # 0.911, amounts 0.914, false entities 0.011 (likewise; the session's first reader 0.939 /
        # 0.983).
        ("heldout92", "held-out set 92 (scored unseen, then read for its misses)", HELDOUT92),
        # Set 93 (230 messages, 104 with a safety intent, 40 traps): very polite, indirect and
        # understated writers (British understatement, French formal courtesy, hints and regrets for
        # requests and refusals): primary 0.909, safety recall 0.929, dates 0.933, amounts 0.929,
        # false entities 0.001 (the reader after sets 76-87's and 90's fixes and retraining; the
        # session's first reader 0.913 / 0.929).
        ("heldout93", "held-out set 93 (scored unseen, then read for its misses)", HELDOUT93),
        # Set 94 (230 messages, 104 with a safety intent, 41 traps): healthcare bills (hospitals,
        # clinics, dentists, opticians, vets, ambulances, care homes; carers, attorneys and notaires
        # writing for patients; refunds awaited, treatment failed): primary 0.930, safety recall
        # 0.983, dates 1.000, amounts 0.951, false entities 0.000 (the reader after sets 95-96's
        # fixes; the session's first reader 0.926 / 0.983).
        ("heldout94", "held-out set 94 (scored unseen, then read for its misses)", HELDOUT94),
        # Set 95 (230 messages, 108 with a safety intent, 39 traps): voice messages transcribed by
        # speech-to-text (fillers, numbers half in words, self-corrections, homophones, dictated
        # punctuation, [inaudible]): primary 0.939, safety recall 0.983, dates 0.841, amounts 0.850,
        # false entities 0.005 (the session's first reader; the session's first reader 0.939 / 0.983).
        ("heldout95", "held-out set 95 (scored unseen, then read for its misses)", HELDOUT95),
        # Set 96 (230 messages, 109 with a safety intent, 39 traps): freelancers, gig workers and the
        # self-employed (platform deactivations, clients paying late, URSSAF and HMRC, business and
        # personal debts, self-employed procedures): primary 0.957, safety recall 0.974, dates 1.000,
        # amounts 0.980, false entities 0.004 (the reader after set 95's fixes; the session's first
        # reader 0.957 / 0.974).
        ("heldout96", "held-out set 96 (scored unseen, then read for its misses)", HELDOUT96),
        # Set 97 (230 messages, 102 with a safety intent, 39 traps): payments that go wrong (cards
        # declined, 3-D Secure, links expired, wrong IBAN, transfers bounced, direct debits cancelled,
        # double debits, lost cheques, bank-app screenshots described): primary 0.896, safety recall
        # 0.982, dates 0.902, amounts 0.883, false entities 0.022 (the reader after sets 98-99's
        # fixes; the session's first reader 0.896 / 0.982).
        ("heldout97", "held-out set 97 (scored unseen, then read for its misses)", HELDOUT97),
        # Set 98 (230 messages, 104 with a safety intent, 39 traps): public and quasi-public debts
        # (council tax, parking and traffic fines, TV licence, school meals, cantine and crèche,
        # benefit overpayments, hospital and university fees, the commune's water; exemptions and
        # appeals): primary 0.944, safety recall 0.983, dates 0.985, amounts 0.913, false entities
        # 0.009 (the reader after set 99's fixes; the session's first reader 0.939 / 0.983).
        ("heldout98", "held-out set 98 (scored unseen, then read for its misses)", HELDOUT98),
        # Set 99 (230 messages, 106 with a safety intent, 40 traps): car finance, leasing and vehicles
        # (PCP and HP, LOA and LLD, voluntary termination, repossession, auction shortfalls, lease-end
        # damage, write-offs and GAP, cars sold still financed, garages): primary 0.935, safety recall
        # 0.983, dates 0.984, amounts 0.973, false entities 0.012 (the reader after sets 94-96's fixes
        # and retraining; the session's first reader 0.935 / 0.983).
        ("heldout99", "held-out set 99 (scored unseen, then read for its misses)", HELDOUT99),
        # Set 100 (230 messages, 108 with a safety intent, 40 traps): debtors out of reach and those
        # who write for them (prison and remand, military deployment, at sea or abroad, rehab and
        # psychiatric care, hostels and refuges; carers, social workers, chaplains, guardians):
        # primary 0.822, safety recall 0.967, dates 0.962, amounts 0.973, false entities 0.002 (the
        # reader after sets 97-99's fixes and retraining; the session's first reader 0.822 / 0.967).
        ("heldout100", "held-out set 100 (scored unseen, then read for its misses)", HELDOUT100),
        # Set 101 (230 messages, 109 with a safety intent, 40 traps): courts and formal steps that are
        # no insolvency (injonction de payer and opposition, commandement de payer, saisies, county
        # court claims and CCJs, set-asides, statutory demands, ombudsmen, avocats' and solicitors'
        # letters): primary 0.944, safety recall 0.983, dates 0.967, amounts 1.000, false entities
        # 0.002 (the reader after sets 97-99's fixes and retraining; the session's first reader 0.939
        # / 0.983).
        ("heldout101", "held-out set 101 (scored unseen, then read for its misses)", HELDOUT101),
        # Set 102 (230 messages, 106 with a safety intent, 40 traps): tenants and landlords (rent
        # arrears, service charges, deposits withheld, disrepair, evictions, housing benefit and APL,
        # guarantors and Visale, flat-shares, inventories, letting agents): primary 0.883, safety
        # recall 0.933, dates 0.954, amounts 0.873, false entities 0.009 (the reader after sets
        # 97-99's fixes and retraining; the session's first reader 0.883 / 0.933).
        ("heldout102", "held-out set 102 (scored unseen, then read for its misses)", HELDOUT102),
        # Set 103 (230 messages, 108 with a safety intent, 41 traps): distressed and vulnerable
        # writers (grief, depression, panic, shame, anger, addiction, domestic abuse, carers at
        # breaking point) beside writers whose strong words only pay, ask or dispute: primary 0.926,
        # safety recall 0.992, dates 0.982, amounts 0.963, false entities 0.005 (the reader after set
        # 104's fixes; the session's first reader 0.926 / 0.992).
        ("heldout103", "held-out set 103 (scored unseen, then read for its misses)", HELDOUT103),
        # Set 104 (230 messages, 106 with a safety intent, 40 traps): dates said every way
        # (abbreviations, ordinals in words, ISO and numeric dates, fin courant and début prochain, a
        # week on Friday, paydays beside payment days, year ends): primary 0.935, safety recall 0.958,
        # dates 0.849, amounts 0.922, false entities 0.007 (the reader after sets 100-102's fixes and
        # retraining; the session's first reader 0.930 / 0.958).
        ("heldout104", "held-out set 104 (scored unseen, then read for its misses)", HELDOUT104),
        # Set 105 (230 messages, 111 with a safety intent, 40 traps): small traders and their
        # procedures (sauvegarde, redressement, liquidation, rétablissement professionnel,
        # administration, CVA, liquidations, personal guarantees, businesses sold or closed) with
        # false friends: primary 0.944, safety recall 0.976, dates 0.953, amounts 0.954, false
        # entities 0.003 (the reader after sets 100-102's fixes and retraining; the session's first
        # reader 0.944 / 0.976).
        ("heldout105", "held-out set 105 (scored unseen, then read for its misses)", HELDOUT105),
        # Set 106 (230 messages, 109 with a safety intent, 38 traps): French written outside France
        # (Belgium, Switzerland, Luxembourg, Québec, West and North Africa: septante and nonante, CHF
        # and FCFA, anglicisms, local bodies) and English from Ireland, Scotland, Canada, Australia
        # and South Africa: primary 0.948, safety recall 0.992, dates 0.955, amounts 0.938, false
        # entities 0.006 (the reader after sets 103-105's fixes and retraining; the session's first
        # reader 0.952 / 1.000).
        ("heldout106", "held-out set 106 (scored unseen, then read for its misses)", HELDOUT106),
        # Set 107 (230 messages, 104 with a safety intent, 39 traps): US consumer law (FDCPA
        # validation, cease and desist, 30-day disputes, medical debt and EOBs, credit reports, state
        # limitation periods, Chapter 7 and 13, garnishment, settlements) and the French steps that
        # match: primary 0.904, safety recall 0.992, dates 1.000, amounts 0.955, false entities 0.011
        # (the reader after set 106's fixes; the session's first reader 0.900 / 0.992).
        ("heldout107", "held-out set 107 (scored unseen, then read for its misses)", HELDOUT107),
        # Set 108 (230 messages, 106 with a safety intent, 37 traps): replies buried in quoted chains
        # (short answers above long quotes, answers inline or below the quote, forwards, Outlook
        # headers in both languages, phone signatures, confidentiality and mailing footers): primary
        # 0.909, safety recall 0.948, dates 0.902, amounts 0.949, false entities 0.016 (the reader
        # after set 106's fixes; the session's first reader 0.904 / 0.948).
        ("heldout108", "held-out set 108 (scored unseen, then read for its misses)", HELDOUT108),
        # Set 109 (230 messages, 108 with a safety intent, 39 traps): family money and separation
        # (child maintenance, joint loans after a divorce, an ex-partner's debts, parents and children
        # paying for each other, relatives answering the phone): primary 0.926, safety recall 0.967,
        # dates 0.955, amounts 0.957, false entities 0.005 (the reader after set 110's fixes; the
        # session's first reader 0.926 / 0.967).
        ("heldout109", "held-out set 109 (scored unseen, then read for its misses)", HELDOUT109),
        # Set 110 (230 messages, 102 with a safety intent, 40 traps): payday loans, gambling and high-
        # cost credit (affordability complaints, ombudsmen and médiateurs, self-exclusion, buy-now-
        # pay-later stacks, crédit renouvelable, lenders gone bust, claims companies): primary 0.952,
        # safety recall 1.000, dates 0.960, amounts 1.000, false entities 0.009 (the reader after sets
        # 106-108's fixes and retraining; the session's first reader 0.944 / 1.000).
        ("heldout110", "held-out set 110 (scored unseen, then read for its misses)", HELDOUT110),
        # Set 111 (230 messages, 112 with a safety intent, 38 traps): accounts-payable departments (PO
        # numbers and three-way matching, payment runs, remittance advices, factoring, set-off,
        # retention of title, payment terms, company procedures): primary 0.883, safety recall 0.952,
        # dates 0.857, amounts 0.933, false entities 0.009 (the reader after set 110's fixes; the
        # session's first reader 0.878 / 0.952).
        ("heldout111", "held-out set 111 (scored unseen, then read for its misses)", HELDOUT111),
        # Set 112 (230 messages, 103 with a safety intent, 37 traps): an ordinary day's inbox (energy,
        # telecoms, rent, B2B suppliers, consumer credit, healthcare, public bodies, small traders;
        # consumers and businesses, formal and SMS, in the natural proportions of a real inbox): primary
        # 0.944, safety recall 0.982, dates 0.952, amounts 0.875, false entities 0.007 (the reader after
        # the session's first two fixes; the session's first reader 0.944 / 0.982).
        ("heldout112", "held-out set 112 (scored unseen, then read for its misses)", HELDOUT112),
        # Set 113 (230 messages, 108 with a safety intent, 38 traps): messages that say several things at
        # once (a stop with a promise, part disputed and the rest paid, a death with an heir's offer, a
        # wrong person who asks to stop, an acknowledgement around a real intent; PS lines, bullets and
        # numbered answers): primary 0.909, safety recall 0.965, dates 0.924, amounts 0.915, false
        # entities 0.011 (the reader after the session's first two fixes; the session's first reader 0.909
        # / 0.965).
        ("heldout113", "held-out set 113 (scored unseen, then read for its misses)", HELDOUT113),
        # Set 114 (230 messages, 104 with a safety intent, 40 traps): new ways of paying and banking
        # (neobanks, Wero, Lydia, PayPal, Apple Pay, Zelle, Venmo, Cash App, open-banking links, QR codes,
        # virtual cards, crypto, earned-wage apps; accounts frozen or hacked, fake bank advisers): primary
        # 0.917, safety recall 0.964, dates 0.920, amounts 0.927, false entities 0.014 (the reader after
        # the session's first two fixes; the session's first reader 0.917 / 0.964).
        ("heldout114", "held-out set 114 (scored unseen, then read for its misses)", HELDOUT114),
        # Set 115 (230 messages, 107 with a safety intent, 38 traps): debt advisers and intermediaries
        # (StepChange, PayPlan, Citizens Advice, debt management companies, US credit counselling, CESF,
        # CCAS, Crésus, UDAF and mandataires, Points conseil budget; holds, pro-rata offers, breathing
        # space, authority to act): primary 0.783, safety recall 0.935, dates 0.947, amounts 0.970, false
        # entities 0.008 (the reader after sets 112-114's fixes and retraining; the session's first reader
        # 0.783 / 0.943).
        ("heldout115", "held-out set 115 (scored unseen, then read for its misses)", HELDOUT115),
        # Set 116 (230 messages, 102 with a safety intent, 39 traps): the calendar's hard edges (messages
        # around midnight, month and year ends, weekends and public holidays, "next Friday" said on a
        # Thursday, fortnights, paydays, past payments across a month or year change, dates beside times
        # and numbers): primary 0.930, safety recall 0.917, dates 0.952, amounts 0.952, false entities
        # 0.013 (the reader after set 117's fixes; the session's first reader 0.926 / 0.917).
        ("heldout116", "held-out set 116 (scored unseen, then read for its misses)", HELDOUT116),
        # Set 117 (230 messages, 106 with a safety intent, 39 traps): non-profits and public bodies as
        # debtors (associations, clubs, parishes, schools, town halls and their mandats administratifs,
        # NHS trusts, US school districts; treasurers changing, dissolutions and liquidations): primary
        # 0.883, safety recall 0.940, dates 0.903, amounts 0.914, false entities 0.009 (the reader after
        # sets 112-114's fixes and retraining; the session's first reader 0.883 / 0.940).
        ("heldout117", "held-out set 117 (scored unseen, then read for its misses)", HELDOUT117),
        # Set 118 (230 messages, 103 with a safety intent, 39 traps): employers, payroll and HR about an
        # employee's debt (saisie sur salaire, attachment of earnings, wage garnishment, deductions made
        # or scheduled, employees who left, died or are on leave; employees about their pay): primary
        # 0.870, safety recall 0.920, dates 0.870, amounts 0.812, false entities 0.009 (the reader after
        # set 119's fixes; the session's first reader 0.861 / 0.911).
        ("heldout118", "held-out set 118 (scored unseen, then read for its misses)", HELDOUT118),
        # Set 119 (230 messages, 104 with a safety intent, 40 traps): restaurants, bars, hotels and shops
        # as debtors of their suppliers (seasons, fires and floods, closures, changes of owner, short or
        # spoiled deliveries, set-off, sauvegarde, CVAs and administration, personal guarantees): primary
        # 0.935, safety recall 0.920, dates 1.000, amounts 0.927, false entities 0.008 (the reader after
        # sets 115-117's fixes and retraining; the session's first reader 0.935 / 0.920).
        ("heldout119", "held-out set 119 (scored unseen, then read for its misses)", HELDOUT119),
        # Set 120 (230 messages, 110 with a safety intent, 40 traps): writers with low literacy, dyslexia
        # or little schooling (phonetic spelling, homophones, words split or glued, no punctuation, dates
        # and sums written oddly, messages typed by relatives or support workers): primary 0.839, safety
        # recall 0.908, dates 0.529, amounts 0.735, false entities 0.007 (the reader after set 119's
        # fixes; the session's first reader 0.839 / 0.908).
        ("heldout120", "held-out set 120 (scored unseen, then read for its misses)", HELDOUT120),
        # Set 121 (230 messages, 110 with a safety intent, 40 traps): an ordinary week's inbox at a
        # commissaire de justice's office and a UK/US collection agency before any court step (replies to
        # mises en demeure, final demands and letters before claim; bailiffs feared, courts named without
        # a case): primary 0.944, safety recall 0.975, dates 0.895, amounts 0.974, false entities 0.007
        # (the reader after sets 118-120's fixes and retraining; the session's first reader 0.930 /
        # 0.983).
        ("heldout121", "held-out set 121 (scored unseen, then read for its misses)", HELDOUT121),
        # Set 122 (230 messages, 105 with a safety intent, 39 traps): writers who switch languages (French
        # with Arabic, Wolof, Portuguese, Spanish, Italian, Polish or Romanian words; English with
        # Spanish, Hindi, Tagalog, Polish or Irish; religious formulas; a sentence of one language in the
        # other): primary 0.965, safety recall 1.000, dates 0.924, amounts 1.000, false entities 0.003
        # (the reader after sets 118-120's fixes and retraining; the session's first reader 0.965 /
        # 1.000).
        ("heldout122", "held-out set 122 (scored unseen, then read for its misses)", HELDOUT122),
        # Set 123 (230 messages, 108 with a safety intent, 40 traps): online marketplaces and platforms
        # (Vinted, Leboncoin, eBay, Etsy, Amazon sellers; platform fees, items not received, PayPal holds,
        # chargebacks, suspended seller accounts, lost parcels, fake buyers): primary 0.935, safety recall
        # 0.992, dates 1.000, amounts 0.935, false entities 0.011 (the reader after set 122's fixes; the
        # session's first reader 0.939 / 0.992).
        ("heldout123", "held-out set 123 (scored unseen, then read for its misses)", HELDOUT123),
        # Set 124 (230 messages, 105 with a safety intent, 40 traps): artists, performers and
        # creative workers (intermittents du spectacle, royalties and SACEM/PRS, galleries and
        # festivals paying late, grants, cancelled gigs, their agents): primary 0.917, safety recall
        # 0.966, dates 0.915, amounts 0.900, false entities 0.011 (the reader after the session's
        # first fix (spaced ordinals, a weekday with its day in brackets); the session's first
        # reader 0.917 / 0.966).
        ("heldout124", "held-out set 124 (scored unseen, then read for its misses)", HELDOUT124),
        # Set 125 (230 messages, 104 with a safety intent, 40 traps): transport and logistics firms
        # and their drivers (hauliers, couriers, taxis, fuel cards, CMR reservations, factoring,
        # trucks immobilised, firms in procedures): primary 0.935, safety recall 0.974, dates 0.950,
        # amounts 0.944, false entities 0.005 (the reader after the session's first fix (spaced
        # ordinals, a weekday with its day in brackets); the session's first reader 0.935 / 0.974).
        ("heldout125", "held-out set 125 (scored unseen, then read for its misses)", HELDOUT125),
        # Set 126 (230 messages, 105 with a safety intent, 40 traps): answers through forms and
        # structured replies (portal web forms, reply slips with boxes ticked, numbered menu answers
        # to SMS bots, helpdesk tickets forwarded with their headers, comments that contradict the
        # box): primary 0.922, safety recall 0.955, dates 0.842, amounts 0.857, false entities 0.015
        # (the reader after the session's first fix (spaced ordinals, a weekday with its day in
        # brackets); the session's first reader 0.922 / 0.955).
        ("heldout126", "held-out set 126 (scored unseen, then read for its misses)", HELDOUT126),
        # Set 127 (230 messages, 104 with a safety intent, 42 traps): pets and their bills (vets,
        # pet insurance refusals, breeders, kennels, livery; animals that died, were seized or
        # rehomed; owners in hospital): primary 0.939, safety recall 0.983, dates 0.982, amounts
        # 0.900, false entities 0.005 (the reader after sets 124-126's fixes; the session's first
        # reader 0.939 / 0.983).
        ("heldout127", "held-out set 127 (scored unseen, then read for its misses)", HELDOUT127),
        # Set 128 (230 messages, 110 with a safety intent, 40 traps): seasons and the year's turning
        # points (Christmas and January, the rentrée, summer closures, tax refunds, annual bonuses,
        # winter heating, Black Friday): primary 0.944, safety recall 0.941, dates 0.970, amounts
        # 0.976, false entities 0.004 (the reader after sets 124-126's fixes; the session's first
        # reader 0.944 / 0.941).
        ("heldout128", "held-out set 128 (scored unseen, then read for its misses)", HELDOUT128),
        # Set 129 (230 messages, 103 with a safety intent, 39 traps): terse professional writers
        # (finance managers, office managers, directors and bookkeepers answering in clipped lines
        # and abbreviations: 'Pmt run Thu.', 'OK pr 3x', 'FYI co. in admin since 3/2'): primary
        # 0.952, safety recall 0.982, dates 0.871, amounts 0.969, false entities 0.004 (the reader
        # after sets 124-126's fixes; the session's first reader 0.952 / 0.982).
        ("heldout129", "held-out set 129 (scored unseen, then read for its misses)", HELDOUT129),
        # Set 136 (230 messages, 108 with a safety intent, 39 traps): financed sales and
        # linked credit (solar panels, heat pumps, insulation, kitchens, hearing aids,
        # cars and e-bikes on point-of-sale finance; sellers and installers gone under,
        # withdrawal, section 75, loan insurance, elderly buyers): primary 0.917, safety
        # recall 0.956, dates 1.000, amounts 0.897, false entities 0.017 (the session's
        # first reader (and alike by the reader after sets 137-141's fixes)).
        ("heldout136", "held-out set 136 (scored unseen, then read for its misses)", HELDOUT136),
        # Set 137 (230 messages, 104 with a safety intent, 39 traps): weddings, funerals,
        # births and family events (vendors' bills, funeral directors and estates, deaths
        # of the debtor and of relatives, births and parental leave, feasts): primary
        # 0.904, safety recall 0.973, dates 0.944, amounts 0.977, false entities 0.009
        # (the session's first reader).
        ("heldout137", "held-out set 137 (scored unseen, then read for its misses)", HELDOUT137),
        # Set 138 (230 messages, 99 with a safety intent, 40 traps): strikes, outages and
        # disruptions (bank and app outages, postal and transport strikes, benefit and pay
        # delays, a US shutdown, storms, cyber-attacks): primary 0.939, safety recall
        # 0.982, dates 0.944, amounts 0.971, false entities 0.006 (the session's first
        # reader).
        ("heldout138", "held-out set 138 (scored unseen, then read for its misses)", HELDOUT138),
        # Set 139 (230 messages, 108 with a safety intent, 39 traps): law-savvy writers
        # quoting articles (prescription and forclusion, the Limitation Act, FDCPA and Reg
        # F, GDPR, assignment deeds, médiateurs and ombudsmen; legal words that name no
        # proceeding): primary 0.874, safety recall 0.984, dates 0.891, amounts 0.914,
        # false entities 0.023 (the session's first reader).
        ("heldout139", "held-out set 139 (scored unseen, then read for its misses)", HELDOUT139),
        # Set 140 (230 messages, 100 with a safety intent, 40 traps): short-term rentals
        # and holiday stays (Airbnb and Booking hosts and guests, damage and cleaning
        # claims, conciergeries, campsites and pitch fees, tourist taxes, owners abroad):
        # primary 0.878, safety recall 0.909, dates 0.975, amounts 0.920, false entities
        # 0.012 (the session's first reader).
        ("heldout140", "held-out set 140 (scored unseen, then read for its misses)", HELDOUT140),
        # Set 141 (230 messages, 104 with a safety intent, 40 traps): replies written with
        # machines' help (chatbot-polished letters, template letters, dictation,
        # translation apps, smart replies, mail clients' signatures, read receipts and
        # calendar answers, the office's own message pasted back): primary 0.935, safety
        # recall 1.000, dates 0.944, amounts 0.977, false entities 0.007 (the session's
        # first reader).
        ("heldout141", "held-out set 141 (scored unseen, then read for its misses)", HELDOUT141),
        # Set 142 (230 messages, 104 with a safety intent, 39 traps): small businesses
        # owing for software, IT and office services (SaaS renewals and unused seats,
        # managed services, web agencies, leased copiers, failed migrations, ransomware;
        # firms closing, merging or in procedures): primary 0.900, safety recall 0.922,
        # dates 0.915, amounts 0.977, false entities 0.015 (the reader after sets
        # 136-141's fixes and retraining; the session's first reader 0.900 / 0.922).
        ("heldout142", "held-out set 142 (scored unseen, then read for its misses)", HELDOUT142),
        # Set 143 (230 messages, 110 with a safety intent, 40 traps): education and
        # training as the debt (driving schools, tutoring, language schools and bootcamps,
        # CPF courses and scams, school and nursery fees, halls and tuition, apprentices,
        # parents writing): primary 0.909, safety recall 0.942, dates 0.947, amounts
        # 0.886, false entities 0.008 (the reader after sets 136-141's fixes and
        # retraining; the session's first reader 0.904 / 0.942).
        ("heldout143", "held-out set 143 (scored unseen, then read for its misses)", HELDOUT143),
        # Set 144 (230 messages, 97 with a safety intent, 40 traps): messy formatting (all
        # caps, no punctuation, broken lines, HTML entities, quoted-printable and mis-
        # decoded UTF-8, figures glued to words, messages pasted together, the wrong
        # keyboard layout): primary 0.965, safety recall 0.991, dates 0.955, amounts
        # 0.778, false entities 0.004 (the reader after sets 136-141's fixes and
        # retraining; the session's first reader 0.965 / 0.991).
        ("heldout144", "held-out set 144 (scored unseen, then read for its misses)", HELDOUT144),
        # Set 145 (230 messages, 101 with a safety intent, 40 traps): an ordinary week's
        # inbox at a consumer collection agency in France and the UK (energy, telecoms,
        # rent, consumer credit, retail, health insurers, local services): primary 0.948,
        # safety recall 0.974, dates 0.902, amounts 0.882, false entities 0.007 (the
        # session's last reader; the session's first reader 0.948 / 0.974).
        ("heldout145", "held-out set 145 (scored unseen, then read for its misses)", HELDOUT145),
        # Set 146 (230 messages, 103 with a safety intent, 38 traps): a wholesaler's
        # credit department and its business customers in France, Belgium, the UK and
        # Ireland (remittances, payment runs, credit notes, disputed deliveries,
        # procedures of four countries, owners dead, retired or sold out, guarantors):
        # primary 0.891, safety recall 0.906, dates 0.931, amounts 0.857, false entities
        # 0.012 (the session's last reader; the session's first reader 0.891 / 0.914).
        ("heldout146", "held-out set 146 (scored unseen, then read for its misses)", HELDOUT146),
        # Set 147 (230 messages, 99 with a safety intent, 39 traps): everyday life far
        # from the cities (overseas France with creole words, Corsica, rural and mountain
        # France, the Highlands and islands, rural Wales, Ireland and the US: seasonal
        # work, cyclones and snow, small local creditors, relatives writing for elders):
        # primary 0.913, safety recall 0.973, dates 0.929, amounts 0.979, false entities
        # 0.005 (the session's last reader; the session's first reader 0.904 / 0.973).
        ("heldout147", "held-out set 147 (scored unseen, then read for its misses)", HELDOUT147),
        # Set 148 (230 messages, 99 with a safety intent, 40 traps): private health and
        # beauty bills (aesthetic clinics, implants and aligners on finance, laser eye
        # surgery, hearing aids, IVF, spas; insurers paying in part; clinics in
        # liquidation): primary 0.948, safety recall 0.964, dates 1.000, amounts 0.977,
        # false entities 0.006 (the session's first reader).
        ("heldout148", "held-out set 148 (scored unseen, then read for its misses)", HELDOUT148),
        # Set 149 (230 messages, 108 with a safety intent, 38 traps): people rebuilding
        # their lives (prison, rehab, hostels, domestic violence, care leavers,
        # refugees) and the workers who write beside them: primary 0.948, safety recall
        # 0.966, dates 0.965, amounts 1.000, false entities 0.004 (the session's first
        # reader).
        ("heldout149", "held-out set 149 (scored unseen, then read for its misses)", HELDOUT149),
        # Set 150 (230 messages, 101 with a safety intent, 39 traps): leisure assets and
        # hobbies (boats and moorings, horses, golf and ski, caravans, motorbikes,
        # instruments, flying clubs; marinas and clubs in liquidation): primary 0.974,
        # safety recall 1.000, dates 1.000, amounts 0.973, false entities 0.003 (the
        # session's first reader).
        ("heldout150", "held-out set 150 (scored unseen, then read for its misses)", HELDOUT150),
        # Set 151 (230 messages, 97 with a safety intent, 37 traps): an ordinary week at
        # a US agency and a Québec one (medical, auto, cards sold on, student loans;
        # validation requests, Chapter 7 and 13, propositions de consommateur; Québec
        # and Acadian French): primary 0.952, safety recall 0.991, dates 0.964, amounts
        # 0.950, false entities 0.008 (the reader after sets 148-150's fixes; the
        # session's first reader 0.948 / 0.991).
        ("heldout151", "held-out set 151 (scored unseen, then read for its misses)", HELDOUT151),
        # Set 152 (230 messages, 103 with a safety intent, 40 traps): Belgium,
        # Switzerland, Luxembourg and Monaco (their French and their amounts; collective
        # debt settlement, poursuites and oppositions, personal bankruptcy,
        # surendettement; frontaliers and expats): primary 0.957, safety recall 0.983,
        # dates 0.982, amounts 0.972, false entities 0.004 (the reader after sets
        # 148-150's fixes; the session's first reader 0.957 / 0.983).
        ("heldout152", "held-out set 152 (scored unseen, then read for its misses)", HELDOUT152),
        # Set 153 (230 messages, 101 with a safety intent, 37 traps): households
        # squeezed by the cost of living (energy, rent and mortgage rises, childcare,
        # BNPL on overdrafts, several creditors at once; offers, moved dates and part
        # payments beside the difficulty): primary 0.952, safety recall 0.964, dates
        # 0.941, amounts 1.000, false entities 0.005 (the reader after sets 148-150's
        # fixes; the session's first reader 0.952 / 0.964).
        ("heldout153", "held-out set 153 (scored unseen, then read for its misses)", HELDOUT153),
        # Set 154 (230 messages, 97 with a safety intent, 39 traps): replies with the
        # office's reminder quoted above or below (forwarded chains, pasted SMS,
        # WhatsApp lines; signatures, IBANs and legal footers): primary 0.983, safety
        # recall 0.991, dates 0.983, amounts 0.964, false entities 0.004 (the session's
        # last reader; the session's first reader 0.983 / 0.991).
        ("heldout154", "held-out set 154 (scored unseen, then read for its misses)", HELDOUT154),
        # Set 155 (230 messages, 100 with a safety intent, 40 traps): young adults and
        # their first debts (phones, BNPL, overdrafts, student rooms, subscriptions,
        # first jobs; parents and grandparents writing; very informal SMS and template
        # letters): primary 0.948, safety recall 0.982, dates 0.962, amounts 0.933,
        # false entities 0.007 (the reader after sets 148-153's fixes and retraining;
        # the session's first reader 0.948 / 0.982).
        ("heldout155", "held-out set 155 (scored unseen, then read for its misses)", HELDOUT155),
        # Set 156 (230 messages, 100 with a safety intent, 39 traps): small building and
        # trade businesses (merchants, plant hire and van leases; late customers,
        # retentions, materials disputed; their own procedures or a main contractor's):
        # primary 0.961, safety recall 0.973, dates 1.000, amounts 0.903, false entities
        # 0.001 (the reader after sets 148-153's fixes and retraining; the session's
        # first reader 0.957 / 0.973).
        ("heldout156", "held-out set 156 (scored unseen, then read for its misses)", HELDOUT156),
        # Set 157 (230 messages, 102 with a safety intent, 39 traps): an ordinary month
        # at a commissaire de justice's amicable desk and a UK agency (landlords, banks,
        # telecoms, energy, councils; every kind of writer and channel): primary 0.961,
        # safety recall 0.983, dates 0.948, amounts 0.892, false entities 0.005 (the
        # reader after sets 154-156 and the second retraining; the session's first
        # reader 0.957 / 1.000).
        ("heldout157", "held-out set 157 (scored unseen, then read for its misses)", HELDOUT157),
        # Set 158 (230 messages, 97 with a safety intent, 38 traps): care, health and
        # education workers as debtors (shifts, strikes, sick leave, payroll errors and
        # overpayments, relatives in care): primary 0.965, safety recall 0.990, dates
        # 0.983, amounts 1.000, false entities 0.001 (the reader after sets 154-156 and
        # the second retraining; the session's first reader 0.957 / 0.990).
        ("heldout158", "held-out set 158 (scored unseen, then read for its misses)", HELDOUT158),
        # Set 159 (230 messages, 102 with a safety intent, 39 traps): dates and amounts
        # in hard forms (paydays, 'this day week', 'sous quinzaine', feasts and bank
        # holidays, corrections, amounts in words and every separator, halves and the
        # rest): primary 0.944, safety recall 0.973, dates 0.874, amounts 0.960, false
        # entities 0.015 (the reader after sets 154-156 and the second retraining; the
        # session's first reader 0.944 / 0.973).
        ("heldout159", "held-out set 159 (scored unseen, then read for its misses)", HELDOUT159),
        # Set 160 (230 messages, 107 with a safety intent, 37 traps): small businesses and
        # their accountants (LCR, BACS, company procedures, a customer's insolvency):
        # primary 0.944, safety recall 0.958, dates 0.949, amounts 0.911, false entities
        # 0.008 (the reader after the session's date and day-not-kept fixes; the session's
        # first reader 0.944 / 0.958).
        ("heldout160", "held-out set 160 (scored unseen, then read for its misses)", HELDOUT160),
        # Set 161 (230 messages, 104 with a safety intent, 39 traps): household debts and
        # vulnerable customers (Breathing Space, benefits delays, domestic abuse): primary
        # 0.944, safety recall 0.966, dates 0.969, amounts 0.974, false entities 0.009
        # (the reader after the session's date and day-not-kept fixes; the session's first
        # reader 0.944 / 0.966).
        ("heldout161", "held-out set 161 (scored unseen, then read for its misses)", HELDOUT161),
        # Set 162 (230 messages, 99 with a safety intent, 39 traps): portal chat and
        # WhatsApp (voice transcripts, text-speak, the bot's message pasted back): primary
        # 0.948, safety recall 0.982, dates 0.952, amounts 0.967, false entities 0.011
        # (the reader after the session's date and day-not-kept fixes; the session's first
        # reader 0.948 / 0.982).
        ("heldout162", "held-out set 162 (scored unseen, then read for its misses)", HELDOUT162),
        # Set 163 (230 messages, 105 with a safety intent, 39 traps): third parties for
        # the debtor (notaries, guardians, liquidators, debt advisers, relatives,
        # neighbours): primary 0.883, safety recall 0.962, dates 0.982, amounts 0.977,
        # false entities 0.007 (the reader after sets 160-162's fixes; the session's first
        # reader 0.883 / 0.962).
        ("heldout163", "held-out set 163 (scored unseen, then read for its misses)", HELDOUT163),
        # Set 164 (230 messages, 105 with a safety intent, 38 traps): US, Québec, Belgian,
        # Swiss, Irish and Scottish writers and their procedures: primary 0.948, safety
        # recall 0.967, dates 0.943, amounts 0.925, false entities 0.009 (the reader after
        # sets 160-162's fixes; the session's first reader 0.948 / 0.967).
        ("heldout164", "held-out set 164 (scored unseen, then read for its misses)", HELDOUT164),
        # Set 165 (230 messages, 99 with a safety intent, 39 traps): messy e-mail (quoted
        # threads, forwards, footers, automatic notices, inline replies): primary 0.970,
        # safety recall 0.991, dates 0.981, amounts 1.000, false entities 0.002 (the
        # reader after sets 160-162's fixes; the session's first reader 0.965 / 0.991).
        ("heldout165", "held-out set 165 (scored unseen, then read for its misses)", HELDOUT165),
        # Set 166 (230 messages, 107 with a safety intent, 40 traps): replies to final
        # notices (fear, scam fears, threats, a procedure or death revealed late): primary
        # 0.961, safety recall 1.000, dates 0.983, amounts 0.978, false entities 0.005
        # (the reader after sets 163-165's fixes; the session's first reader 0.961 /
        # 1.000).
        ("heldout166", "held-out set 166 (scored unseen, then read for its misses)", HELDOUT166),
        # Set 167 (230 messages, 106 with a safety intent, 39 traps): young debtors
        # (students, apprentices, gig workers; BNPL, overdrafts, flatshares): primary
        # 0.930, safety recall 0.944, dates 0.955, amounts 0.912, false entities 0.008
        # (the reader after sets 163-165's fixes; the session's first reader 0.930 /
        # 0.944).
        ("heldout167", "held-out set 167 (scored unseen, then read for its misses)", HELDOUT167),
        # Set 168 (230 messages, 107 with a safety intent, 38 traps): elderly debtors and
        # their families (pensions, care homes, dementia, scam fears): primary 0.917,
        # safety recall 0.958, dates 0.935, amounts 0.977, false entities 0.001 (the
        # reader after sets 163-165's fixes; the session's first reader 0.917 / 0.950).
        ("heldout168", "held-out set 168 (scored unseen, then read for its misses)", HELDOUT168),
        # Set 169 (230 messages, 102 with a safety intent, 39 traps): disability and
        # long illness (benefits as the money paid with, relay services, carers):
        # primary 0.878, safety recall 0.991, dates 0.940, amounts 0.952, false entities
        # 0.003 (the reader after the session's first fixes; the session's first reader
        # 0.878 / 0.991).
        ("heldout169", "held-out set 169 (scored unseen, then read for its misses)", HELDOUT169),
        # Set 170 (230 messages, 101 with a safety intent, 38 traps): several debts in
        # one message (files, invoices, credit notes): primary 0.948, safety recall
        # 0.973, dates 0.899, amounts 0.920, false entities 0.011 (the reader after the
        # session's first fixes; the session's first reader 0.948 / 0.973).
        ("heldout170", "held-out set 170 (scored unseen, then read for its misses)", HELDOUT170),
        # Set 171 (230 messages, 98 with a safety intent, 38 traps): franchisees,
        # shopkeepers and commercial tenants (preventive procedures, the franchisor's
        # own): primary 0.904, safety recall 0.904, dates 0.952, amounts 0.857, false
        # entities 0.018 (the reader after the session's first fixes; the session's
        # first reader 0.904 / 0.904).
        ("heldout171", "held-out set 171 (scored unseen, then read for its misses)", HELDOUT171),
        # Set 172 (230 messages, 102 with a safety intent, 39 traps): co-borrowers,
        # guarantors and separated couples: primary 0.913, safety recall 0.930, dates
        # 0.911, amounts 0.944, false entities 0.008 (the reader after sets 169-171's
        # fixes; the session's first reader 0.909 / 0.930).
        ("heldout172", "held-out set 172 (scored unseen, then read for its misses)", HELDOUT172),
        # Set 173 (230 messages, 101 with a safety intent, 38 traps): old debts
        # resurfacing (debt purchasers, prescription claimed or asked about): primary
        # 0.944, safety recall 1.000, dates 0.962, amounts 0.979, false entities 0.009
        # (the reader after sets 169-171's fixes; the session's first reader 0.944 /
        # 1.000).
        ("heldout173", "held-out set 173 (scored unseen, then read for its misses)", HELDOUT173),
        # Set 174 (230 messages, 99 with a safety intent, 38 traps): sarcasm, irony,
        # idioms and mock promises: primary 0.909, safety recall 0.961, dates 0.949,
        # amounts 0.936, false entities 0.004 (the reader after sets 169-171's fixes;
        # the session's first reader 0.909 / 0.961).
        ("heldout174", "held-out set 174 (scored unseen, then read for its misses)", HELDOUT174),
        # Set 175 (230 messages, 98 with a safety intent, 40 traps): very short SMS and
        # WhatsApp replies: primary 0.957, safety recall 0.981, dates 0.979, amounts
        # 0.600, false entities 0.005 (the reader after sets 172-174's fixes; the
        # session's first reader 0.961 / 0.990).
        ("heldout175", "held-out set 175 (scored unseen, then read for its misses)", HELDOUT175),
        # Set 176 (230 messages, 99 with a safety intent, 38 traps): the turn of the
        # year (dates that roll over, holiday closures): primary 0.952, safety recall
        # 1.000, dates 0.902, amounts 1.000, false entities 0.004 (the reader after sets
        # 172-174's fixes; the session's first reader 0.952 / 1.000).
        ("heldout176", "held-out set 176 (scored unseen, then read for its misses)", HELDOUT176),
        # Set 177 (230 messages, 103 with a safety intent, 38 traps): farmers and
        # fishermen (harvests, subsidies, weather, cooperatives): primary 0.944, safety
        # recall 0.956, dates 0.937, amounts 1.000, false entities 0.006 (the reader
        # after sets 172-174's fixes; the session's first reader 0.944 / 0.956).
        ("heldout177", "held-out set 177 (scored unseen, then read for its misses)", HELDOUT177),
        # Set 178 (230 messages, 107 with a safety intent, 39 traps): telecoms and TV
        # (equipment returns, contracts in another's name): primary 0.926, safety recall
        # 0.932, dates 1.000, amounts 1.000, false entities 0.010 (the reader after sets
        # 175-177's fixes; the session's first reader 0.922 / 0.924).
        ("heldout178", "held-out set 178 (scored unseen, then read for its misses)", HELDOUT178),
        # Set 179 (230 messages, 103 with a safety intent, 40 traps): rentals, tolls,
        # parking and garages: primary 0.970, safety recall 0.982, dates 0.951, amounts
        # 0.897, false entities 0.003 (the reader after sets 175-177's fixes; the
        # session's first reader 0.970 / 0.982).
        ("heldout179", "held-out set 179 (scored unseen, then read for its misses)", HELDOUT179),
        # Set 180 (230 messages, 107 with a safety intent, 40 traps): data protection,
        # complaints and the office's mistakes: primary 0.917, safety recall 0.946,
        # dates 0.959, amounts 1.000, false entities 0.004 (the reader after sets
        # 175-177's fixes; the session's first reader 0.917 / 0.946).
        ("heldout180", "held-out set 180 (scored unseen, then read for its misses)", HELDOUT180),
        # Set 181 (230 messages, 99 with a safety intent, 40 traps): tenants and housing
        # (repairs, benefits paid direct, eviction steps): primary 0.935, safety recall
        # 0.973, dates 0.935, amounts 0.976, false entities 0.013 (the reader after sets
        # 178-180's fixes; the session's first reader 0.935 / 0.973).
        ("heldout181", "held-out set 181 (scored unseen, then read for its misses)", HELDOUT181),
        # Set 182 (230 messages, 104 with a safety intent, 40 traps): workers away
        # (deployments, rotations, seafarers): primary 0.952, safety recall 0.974, dates
        # 0.919, amounts 1.000, false entities 0.005 (the reader after sets 178-180's
        # fixes; the session's first reader 0.957 / 0.974).
        ("heldout182", "held-out set 182 (scored unseen, then read for its misses)", HELDOUT182),
        # Set 183 (230 messages, 99 with a safety intent, 40 traps): overseas and
        # francophone Africa, Caribbean and African English (créole, time zones):
        # primary 0.930, safety recall 0.918, dates 1.000, amounts 0.978, false entities
        # 0.006 (the reader after sets 178-180's fixes; the session's first reader 0.926
        # / 0.918).
        ("heldout183", "held-out set 183 (scored unseen, then read for its misses)", HELDOUT183),
        # Set 184 (230 messages, 97 with a safety intent, 39 traps): an ordinary week's inbox
        # in France and the UK: primary 0.970, safety recall 0.990, dates 0.984, amounts
        # 0.921, false entities 0.004 (the reader of the session's start, the previous
        # session's last).
        ("heldout184", "held-out set 184 (scored unseen, then read for its misses)", HELDOUT184),
        # Set 185 (230 messages, 100 with a safety intent, 40 traps): asking or contesting
        # (fees, interest, proof before paying): primary 0.930, safety recall 0.973, dates
        # 0.976, amounts 1.000, false entities 0.014 (the reader of the session's start, the
        # previous session's last).
        ("heldout185", "held-out set 185 (scored unseen, then read for its misses)", HELDOUT185),
        # Set 186 (230 messages, 98 with a safety intent, 39 traps): who is the debtor
        # (namesakes, previous occupants, identity theft, businesses sold): primary 0.948,
        # safety recall 0.921, dates 0.965, amounts 0.971, false entities 0.009 (the reader of
        # the session's start, the previous session's last).
        ("heldout186", "held-out set 186 (scored unseen, then read for its misses)", HELDOUT186),
        # Set 187 (230 messages, 101 with a safety intent, 39 traps): tense, mood and
        # commitment: primary 0.926, safety recall 0.981, dates 0.927, amounts 0.952, false
        # entities 0.017 (the reader after sets 184-186's fixes; the session's first reader
        # 0.926 / 0.981).
        ("heldout187", "held-out set 187 (scored unseen, then read for its misses)", HELDOUT187),
        # Set 188 (230 messages, 98 with a safety intent, 40 traps): contact preferences and
        # third parties' authority: primary 0.913, safety recall 0.936, dates 0.980, amounts
        # 0.972, false entities 0.003 (the reader after sets 184-186's fixes; the session's
        # first reader 0.913 / 0.936).
        ("heldout188", "held-out set 188 (scored unseen, then read for its misses)", HELDOUT188),
        # Set 189 (230 messages, 98 with a safety intent, 40 traps): mental-health, addiction
        # and personal crises: primary 0.883, safety recall 0.955, dates 1.000, amounts 1.000,
        # false entities 0.008 (the reader after sets 184-186's fixes; the session's first
        # reader 0.883 / 0.955).
        ("heldout189", "held-out set 189 (scored unseen, then read for its misses)", HELDOUT189),
        # Set 190 (230 messages, 99 with a safety intent, 39 traps): arrangements already
        # offered or agreed: primary 0.922, safety recall 0.951, dates 0.932, amounts 0.907,
        # false entities 0.033 (the reader after sets 187-189's fixes; the session's first
        # reader 0.922 / 0.951).
        ("heldout190", "held-out set 190 (scored unseen, then read for its misses)", HELDOUT190),
        # Set 191 (230 messages, 98 with a safety intent, 38 traps): an ordinary week in
        # Belgium and Ireland: primary 0.970, safety recall 0.991, dates 0.984, amounts 0.970,
        # false entities 0.004 (the reader after sets 187-189's fixes; the session's first
        # reader 0.970 / 0.991).
        ("heldout191", "held-out set 191 (scored unseen, then read for its misses)", HELDOUT191),
        # Set 192 (230 messages, 98 with a safety intent, 39 traps): numbers everywhere:
        # primary 0.978, safety recall 0.991, dates 0.952, amounts 0.983, false entities 0.014
        # (the reader after sets 187-189's fixes; the session's first reader 0.978 / 0.991).
        ("heldout192", "held-out set 192 (scored unseen, then read for its misses)", HELDOUT192),
        # Set 193 (230 messages, 98 with a safety intent, 40 traps): energy and water through
        # a winter: primary 0.939, safety recall 0.982, dates 1.000, amounts 0.971, false
        # entities 0.009 (the reader after sets 190-192's fixes; the session's first reader
        # 0.935 / 0.982).
        ("heldout193", "held-out set 193 (scored unseen, then read for its misses)", HELDOUT193),
        # Set 194 (230 messages, 100 with a safety intent, 39 traps): second-language writers:
        # primary 0.957, safety recall 0.981, dates 0.983, amounts 0.979, false entities 0.007
        # (the reader after sets 190-192's fixes; the session's first reader 0.957 / 0.981).
        ("heldout194", "held-out set 194 (scored unseen, then read for its misses)", HELDOUT194),
        # Set 195 (230 messages, 102 with a safety intent, 39 traps): US and Canadian
        # agencies: primary 0.987, safety recall 0.991, dates 0.982, amounts 1.000, false
        # entities 0.007 (the reader after sets 190-192's fixes; the session's first reader
        # 0.987 / 0.991).
        ("heldout195", "held-out set 195 (scored unseen, then read for its misses)", HELDOUT195),
        # Set 196 (230 messages, 99 with a safety intent, 39 traps): summer and la rentrée:
        # primary 0.961, safety recall 0.991, dates 1.000, amounts 1.000, false entities 0.005
        # (the reader after sets 193-195's fixes; the session's first reader 0.961 / 0.991).
        ("heldout196", "held-out set 196 (scored unseen, then read for its misses)", HELDOUT196),
        # Set 197 (230 messages, 102 with a safety intent, 40 traps): paying with apps and new
        # banking: primary 0.935, safety recall 0.981, dates 0.926, amounts 0.938, false
        # entities 0.008 (the reader after set 196's fixes; the session's first reader 0.935 /
        # 0.981).
        ("heldout197", "held-out set 197 (scored unseen, then read for its misses)", HELDOUT197),
        # Set 198 (230 messages, 102 with a safety intent, 39 traps): long and tangled
        # messages: primary 0.839, safety recall 0.983, dates 0.869, amounts 0.977, false
        # entities 0.021 (the reader after sets 196-197's fixes; the session's first reader
        # 0.844 / 0.983).
        ("heldout198", "held-out set 198 (scored unseen, then read for its misses)", HELDOUT198),
        # Set 199 (230 messages, 97 with a safety intent, 39 traps): court and enforcement
        # papers: primary 0.944, safety recall 0.971, dates 1.000, amounts 1.000, false
        # entities 0.009 (the reader after sets 196-197's fixes; the session's first reader
        # 0.944 / 0.971).
        ("heldout199", "held-out set 199 (scored unseen, then read for its misses)", HELDOUT199),
        # Set 200 (230 messages, 98 with a safety intent, 38 traps): hospital, clinic and care
        # bills: primary 0.948, safety recall 0.990, dates 0.981, amounts 0.943, false
        # entities 0.005 (the reader after sets 196-197's fixes; the session's first reader
        # 0.944 / 0.980).
        ("heldout200", "held-out set 200 (scored unseen, then read for its misses)", HELDOUT200),
        # Set 201 (230 messages, 99 with a safety intent, 38 traps): a day of SMS and WhatsApp
        # replies: primary 0.970, safety recall 0.991, dates 0.967, amounts 0.957, false
        # entities 0.005 (the reader after sets 196-197's fixes; the session's first reader
        # 0.970 / 0.991).
        ("heldout201", "held-out set 201 (scored unseen, then read for its misses)", HELDOUT201),
        # Set 202 (230 messages, 103 with a safety intent, 40 traps): an ordinary week at a
        # commissaire de justice's desk and a UK agency: primary 0.965, safety recall 0.974,
        # dates 0.952, amounts 0.973, false entities 0.003 (the reader after sets 198-201's
        # fixes; the session's first reader 0.965 / 0.974).
        ("heldout202", "held-out set 202 (scored unseen, then read for its misses)", HELDOUT202),
        # Set 203 (230 messages, 105 with a safety intent, 40 traps): relatives writing about
        # another's debt: primary 0.926, safety recall 0.975, dates 1.000, amounts 0.971,
        # false entities 0.006 (the reader after set 202's fixes; the session's first reader
        # 0.926 / 0.975).
        ("heldout203", "held-out set 203 (scored unseen, then read for its misses)", HELDOUT203),
        # Set 204 (230 messages, 96 with a safety intent, 40 traps): the self-employed and
        # micro-businesses: primary 0.944, safety recall 0.970, dates 0.954, amounts 0.911,
        # false entities 0.006 (the reader after set 202's fixes; the session's first reader
        # 0.939 / 0.970).
        ("heldout204", "held-out set 204 (scored unseen, then read for its misses)", HELDOUT204),
        # Set 205 (230 messages, 104 with a safety intent, 38 traps): reasons for paying late:
        # primary 0.961, safety recall 1.000, dates 0.947, amounts 0.971, false entities 0.005 (the
        # reader of the session's start, the previous session's last (its rule needles sharpened,
        # readings unchanged); the session's first reader the same).
        ("heldout205", "held-out set 205 (scored unseen, then read for its misses)", HELDOUT205),
        # Set 206 (230 messages, 108 with a safety intent, 39 traps): stops, objections and
        # redirections: primary 0.939, safety recall 0.984, dates 1.000, amounts 1.000, false
        # entities 0.006 (the reader of the session's start, the previous session's last (its rule
        # needles sharpened, readings unchanged); the session's first reader the same).
        ("heldout206", "held-out set 206 (scored unseen, then read for its misses)", HELDOUT206),
        # Set 207 (230 messages, 98 with a safety intent, 37 traps): machines answering and humans
        # behind them: primary 0.935, safety recall 0.981, dates 0.907, amounts 0.941, false
        # entities 0.006 (the reader of the session's start, the previous session's last (its rule
        # needles sharpened, readings unchanged); the session's first reader the same).
        ("heldout207", "held-out set 207 (scored unseen, then read for its misses)", HELDOUT207),
        # Set 208 (230 messages, 98 with a safety intent, 38 traps): formal complaint letters and
        # structured e-mails: primary 0.939, safety recall 0.982, dates 0.973, amounts 0.959, false
        # entities 0.009 (the reader after sets 205-207's fixes; the session's first reader the
        # same).
        ("heldout208", "held-out set 208 (scored unseen, then read for its misses)", HELDOUT208),
        # Set 209 (230 messages, 101 with a safety intent, 40 traps): bereavement and estates:
        # primary 0.922, safety recall 0.991, dates 0.942, amounts 1.000, false entities 0.002 (the
        # reader after sets 205-207's fixes; the session's first reader the same).
        ("heldout209", "held-out set 209 (scored unseen, then read for its misses)", HELDOUT209),
        # Set 210 (230 messages, 109 with a safety intent, 39 traps): insolvency and debt-advice
        # procedures at every stage: primary 0.904, safety recall 0.960, dates 0.978, amounts 0.885,
        # false entities 0.007 (the reader after sets 205-207's fixes; the session's first reader
        # the same).
        ("heldout210", "held-out set 210 (scored unseen, then read for its misses)", HELDOUT210),
        # Set 211 (230 messages, 109 with a safety intent, 39 traps): disputes of every kind:
        # primary 0.944, safety recall 1.000, dates 1.000, amounts 0.885, false entities 0.010 (the
        # reader after sets 208-210's fixes; the session's first reader the same).
        ("heldout211", "held-out set 211 (scored unseen, then read for its misses)", HELDOUT211),
        # Set 212 (230 messages, 96 with a safety intent, 40 traps): dates said every way: primary
        # 0.961, safety recall 0.990, dates 0.906, amounts 1.000, false entities 0.007 (the reader
        # after sets 208-210's fixes; the session's first reader the same).
        ("heldout212", "held-out set 212 (scored unseen, then read for its misses)", HELDOUT212),
        # Set 213 (230 messages, 99 with a safety intent, 40 traps): insurance and accident
        # recovery: primary 0.948, safety recall 0.981, dates 1.000, amounts 0.923, false entities
        # 0.005 (the reader after sets 208-210's fixes; the session's first reader the same).
        ("heldout213", "held-out set 213 (scored unseen, then read for its misses)", HELDOUT213),
        # Set 214 (230 messages, 98 with a safety intent, 40 traps): regional speech: primary 0.970,
        # safety recall 1.000, dates 0.727, amounts 1.000, false entities 0.005 (the reader after
        # sets 208 and 211-213's fixes; the session's first reader the same).
        ("heldout214", "held-out set 214 (scored unseen, then read for its misses)", HELDOUT214),
        # Set 215 (230 messages, 98 with a safety intent, 38 traps): public creditors and local
        # bills: primary 0.978, safety recall 1.000, dates 1.000, amounts 0.933, false entities
        # 0.004 (the reader after sets 208 and 211-213's fixes; the session's first reader the
        # same).
        ("heldout215", "held-out set 215 (scored unseen, then read for its misses)", HELDOUT215),
        # Set 216 (230 messages, 103 with a safety intent, 40 traps): several things in one message:
        # primary 0.974, safety recall 0.992, dates 0.984, amounts 0.930, false entities 0.003 (the
        # reader after sets 208 and 211-213's fixes; the session's first reader the same).
        ("heldout216", "held-out set 216 (scored unseen, then read for its misses)", HELDOUT216),
        # Set 217 (230 messages, 104 with a safety intent, 38 traps): vulnerable debtors and their
        # supporters: primary 0.926, safety recall 0.992, dates 0.957, amounts 1.000, false entities
        # 0.002 (the reader after sets 214-216's fixes; the session's first reader the same).
        ("heldout217", "held-out set 217 (scored unseen, then read for its misses)", HELDOUT217),
        # Set 218 (230 messages, 98 with a safety intent, 40 traps): rambling messages: primary
        # 0.844, safety recall 0.991, dates 0.875, amounts 0.808, false entities 0.030 (the reader
        # after sets 217 and 219's fixes; the session's first reader the same).
        ("heldout218", "held-out set 218 (scored unseen, then read for its misses)", HELDOUT218),
        # Set 219 (230 messages, 96 with a safety intent, 39 traps): businesses' accounts payable:
        # primary 0.944, safety recall 0.942, dates 0.973, amounts 0.935, false entities 0.004 (the
        # reader after sets 214-216's fixes; the session's first reader the same).
        ("heldout219", "held-out set 219 (scored unseen, then read for its misses)", HELDOUT219),
        # Set 220 (230 messages, 97 with a safety intent, 38 traps): an ordinary week at a French
        # and a UK agency: primary 0.974, safety recall 0.981, dates 0.983, amounts 1.000, false
        # entities 0.005 (the reader after sets 217 and 219's fixes; the session's first reader the
        # same).
        ("heldout220", "held-out set 220 (scored unseen, then read for its misses)", HELDOUT220),
        # Set 221 (230 messages, 100 with a safety intent, 40 traps): scams, fraud and 'is this
        # genuine?': primary 0.917, safety recall 0.963, dates 0.961, amounts 0.943, false entities
        # 0.009 (the reader after sets 217 and 219's fixes; the session's first reader the same).
        ("heldout221", "held-out set 221 (scored unseen, then read for its misses)", HELDOUT221),
        # Set 222 (230 messages, 96 with a safety intent, 39 traps): "what happens if…?": primary
        # 0.909, safety recall 0.991, dates 0.973, amounts 1.000, false entities 0.008 (the reader
        # after sets 217 and 219's fixes; the session's first reader the same).
        ("heldout222", "held-out set 222 (scored unseen, then read for its misses)", HELDOUT222),
        # Set 223 (230 messages, 98 with a safety intent, 40 traps): voice notes transcribed:
        # primary 0.913, safety recall 0.962, dates 0.859, amounts 0.759, false entities 0.017 (the
        # reader after sets 218 and 220-222's fixes; the session's first reader 0.917 / 0.971).
        ("heldout223", "held-out set 223 (scored unseen, then read for its misses)", HELDOUT223),
        # Set 224 (230 messages, 97 with a safety intent, 39 traps): what exactly is asked: primary
        # 0.978, safety recall 0.990, dates 0.975, amounts 0.926, false entities 0.002 (the reader
        # after sets 218 and 220-222's fixes; the session's first reader 0.978 / 0.981).
        ("heldout224", "held-out set 224 (scored unseen, then read for its misses)", HELDOUT224),
        # Set 225 (230 messages, 98 with a safety intent, 40 traps): two languages at once: primary
        # 0.974, safety recall 0.981, dates 0.954, amounts 1.000, false entities 0.006 (the reader
        # after sets 218 and 220-222's fixes; the session's first reader the same).
        ("heldout225", "held-out set 225 (scored unseen, then read for its misses)", HELDOUT225),
    ):
        figures[key] = score_file(path)
        _print_score(label, figures[key])
    figures["throughput"] = throughput(2_000 if quick else THROUGHPUT_LINES)
    t = figures["throughput"]
    print(
        f"throughput: {t['lines']} lines in {t['seconds_best']} s on one core, start-up included"
        f" = {t['messages_per_second']} messages/s (start-up alone {t['start_up_seconds']} s)"
    )
    figures["latency"] = single_message_latency()
    latency = figures["latency"]
    print(
        f"one message after start: median {latency['median_ms']} ms, p95 {latency['p95_ms']} ms,"
        f" max {latency['max_ms']} ms"
    )
    for module_name in ("benchmarks.nlu_dates", "benchmarks.nlu_amounts"):
        try:
            module = __import__(module_name, fromlist=["run"])
        except ImportError as error:
            print(f"{module_name}: not available ({error})")
            continue
        figures[module_name.rsplit(".", 1)[1]] = module.run(quick=quick)
    return figures


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
