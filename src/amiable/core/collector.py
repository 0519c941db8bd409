"""Python's cycle collector kept out of the way of long batch work (imports, the daily
run): what exists when the work starts is frozen out of its reach, and young objects
are collected less often. Cycles are still collected, later."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Young objects are collected every this many allocations during an import (Python's
# default: 700).
_YOUNG_COLLECTIONS_EVERY = 50_000
_collector_lock = threading.Lock()
_collector_users = 0
_collector_thresholds = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Keep Python's cycle collector out of the way while a batch job runs.

    An import (or a batch of the daily run) allocates a few dozen objects per row, none of them in a reference
    cycle, and keeps a batch of them alive at a time. With the default thresholds the
    collector runs every 700 allocations and, each time enough objects have survived,
    traverses the whole heap (the modules, SQLAlchemy's registries…): a fifth of an
    import's time. While an import runs, what already existed is frozen out of the
    collector's way and young objects are collected less often; cycles are still
    collected, later (an import of 200,000 rows leaves a few hundred objects in
    cycles). The reader process inherits the setting; imports running at once in
    threads share it.
    """
    global _collector_users, _collector_thresholds
    with _collector_lock:
        if _collector_users == 0:
            _collector_thresholds = gc.get_threshold()
            gc.freeze()
            young, *older = _collector_thresholds
            gc.set_threshold(max(young, _YOUNG_COLLECTIONS_EVERY), *older)
        _collector_users += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_users -= 1
            if _collector_users == 0:
                gc.set_threshold(*_collector_thresholds)
                gc.unfreeze()
