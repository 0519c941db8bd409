"""Reading and validating in a second process while the first one writes.

An import is two kinds of work that each take about half the time: turning text
into rows ready to write (read, validated, their values converted), and writing
them. On a machine with two cores or more, a forked child does the first and hands
over chunks through a bounded queue (so a fast reader never holds the whole file in
memory), and the parent writes. A chunk crosses the process boundary pickled whole:
a few hundred kilobytes of plain values.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# Below this size the child's start-up costs more than it saves.
MIN_BYTES = 2 * 1024 * 1024
_QUEUE_DEPTH = 4


class ChildFailed(RuntimeError):
    """The reading process stopped with an error, or died."""


def worth_a_second_process(path: Path) -> bool:
    return (
        (os.cpu_count() or 1) >= 2
        and "fork" in multiprocessing.get_all_start_methods()
        and path.stat().st_size >= MIN_BYTES
    )


def validated_in_child(produce: Callable[..., Iterator[Any]], *args: Any) -> Iterator[Any]:
    """Run `produce(*args)` in a forked child and yield its chunks here, in order."""
    context = multiprocessing.get_context("fork")
    channel: Any = context.Queue(maxsize=_QUEUE_DEPTH)
    child = context.Process(target=_child, args=(channel, produce, args), daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, payload = channel.get(timeout=1.0)
            except queue.Empty:
                if not child.is_alive():
                    raise ChildFailed(
                        f"the reading process stopped (exit code {child.exitcode})"
                    ) from None
                continue
            if kind == "chunk":
                yield payload
            elif kind == "error":
                raise ChildFailed(payload)
            else:
                return
    finally:
        if child.is_alive():
            child.terminate()
        child.join(timeout=5)
        channel.close()


def _child(channel: Any, produce: Callable[..., Iterator[Any]], args: tuple[Any, ...]) -> None:
    try:
        for chunk in produce(*args):
            channel.put(("chunk", chunk))
        channel.put(("done", None))
    except Exception as error:
        channel.put(("error", f"{type(error).__name__}: {error}"))
    finally:
        channel.close()
        channel.join_thread()
