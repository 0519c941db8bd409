"""The in-process worker of the embedded default: the agent's work inside `amiable serve`.

Every `settings.worker_interval` seconds, one pass: the agent (broken promises noticed,
the debtors' messages answered, settled cases thanked), the scheduler (plan, guard,
render into the outbox), then for each tenant whose channels are set, its outbox sent
and its reply mailbox read (what is read is answered on the next pass). A pass that fails is logged and the next one runs; nothing here can
stop the web server. The scale-out mode runs the same passes in worker processes
(`amiable agent run`, `amiable scheduler run --workers N`, `amiable channels deliver`,
`amiable channels poll`) instead, and sets the interval to 0.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from sqlalchemy import select

from amiable.agent.respond import agent_config
from amiable.agent.worker import agent_pass
from amiable.channels.config import ChannelConfig, ChannelConfigError, secret
from amiable.channels.delivery import deliver_all
from amiable.channels.email.imap import ImapPoller, ImapPollError
from amiable.channels.intake import mailbox_handler
from amiable.core.bootstrap import App
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.models import Tenant

log = logging.getLogger("amiable.worker")


@dataclass
class PassReport:
    queued: int = 0
    answered: int = 0
    sent: int = 0
    replies: int = 0
    problems: list[str] = field(default_factory=list)


def work_pass(application: App, owner: str = "in-process") -> PassReport:
    """One pass of the agent's work over every tenant."""
    report = PassReport()
    now = application.clock.now()
    agent_settings = agent_config(application.settings)
    # The agent first: broken promises noticed, messages answered (the answers go out
    # in this pass), settled cases thanked; then the scheduler plans from those facts.
    try:
        agent = agent_pass(application.database, config=agent_settings, now=now)
        report.answered = int(agent["answered"])
    except Exception as error:  # the agent failing must not stop chasing nor sending
        log.exception("the agent's pass failed")
        report.problems.append(f"agent: {type(error).__name__}: {error}")
    scheduled = run_once(
        application.database,
        owner=owner,
        render=template_renderer(agent_settings.portal_url, agent_settings.secret),
        now=now,
    )
    report.queued = scheduled.queued
    with application.database.read() as session:
        tenants = [
            (tenant.id, tenant.slug, tenant.channels) for tenant in session.scalars(select(Tenant))
        ]
    for tenant_id, slug, stored in tenants:
        if not stored:
            continue
        try:
            config = ChannelConfig.of(stored)
            sent = deliver_all(
                application.database,
                tenant_id=tenant_id,
                config=config,
                environ=application.environ,
                now=now,
            )
        except ChannelConfigError as error:
            report.problems.append(f"{slug}: {error}")
            continue
        report.sent += sent.sent
        report.problems += [f"{slug}: {problem}" for problem in sent.errors]
        imap = config.inbound.imap
        if imap is None or config.email is None:
            continue
        try:
            password = secret(imap.password_env, application.environ)
            token_secret = secret(config.email.token_secret_env, application.environ).encode()
            poller = ImapPoller(
                imap.host, imap.port, imap.username, password, imap.security, imap.folder
            )
            polled = poller.poll_batch(
                mailbox_handler(
                    application.database,
                    tenant_id=tenant_id,
                    token_secret=token_secret,
                    clock=application.clock,
                )
            )
            report.replies += polled.handled
        except (ChannelConfigError, ImapPollError) as error:
            report.problems.append(f"{slug}: reply mailbox: {error}")
    return report


class InProcessWorker:
    """Runs `work_pass` every `interval` seconds on a daemon thread until stopped."""

    def __init__(self, application: App, interval: float) -> None:
        self.application = application
        self.interval = interval
        self.passes = 0
        self.last: PassReport | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="amiable-worker", daemon=True)

    def start(self) -> InProcessWorker:
        self._thread.start()
        return self

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.last = work_pass(self.application)
                for problem in self.last.problems:
                    log.warning("worker: %s", problem)
            except Exception:  # one failed pass must not end the worker
                log.exception("worker pass failed; the next one runs in %s s", self.interval)
            self.passes += 1
            self._stop.wait(self.interval)
