"""Helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".bench"


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def describe_ms(samples: Sequence[float]) -> str:
    milliseconds = [s * 1000 for s in samples]
    return (f"p50 {statistics.median(milliseconds):.2f} ms, p95 {percentile(milliseconds, 0.95):.2f} ms, "
            f"max {max(milliseconds):.2f} ms over {len(milliseconds)}")  # fmt: skip


def verdict(ok: bool) -> str:
    return "meets the target" if ok else "MISSES the target"


def machine_speed_ms() -> float:
    """This machine's pace at this moment: the best of seven timings of `sum(range(10**6))`
    in this Python, in ms. The same code's figures scale with it, so it is printed beside
    them: on the shared machines of this project the same code's figures have differed
    up to 2.4-fold from one session to the next."""
    return min(timeit.repeat("sum(range(10**6))", number=1, repeat=7)) * 1000
