"""One place where the process's parts are wired: settings, database, clock."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from amiable.core.clock import Clock, SystemClock
from amiable.core.db import Database
from amiable.core.settings import Settings, get_settings


@dataclass
class App:
    settings: Settings
    database: Database
    clock: Clock = field(default_factory=SystemClock)
    # Where the secrets that channel settings name are read (the process environment).
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None) -> App:
    settings = settings or get_settings()
    return App(
        settings=settings, database=Database(settings.database_url), clock=clock or SystemClock()
    )
