"""A real Dovecot IMAP server for the tests, started as a child process.

One server per test module, with its own config file, Maildirs, sockets and
log in a fresh temporary folder, listening on 127.0.0.1 on a free port, plaintext login
allowed (loopback only); each test gets a fresh account on it (`dovecot` fixture). When openssl is at hand a self-signed certificate is made as well, and
the same server then speaks implicit TLS on a second port and STARTTLS on the first.

When Dovecot is absent or does not start, the test is skipped with the reason and the
tail of Dovecot's own output, so the skip explains itself.

The temporary folder lives under the system temp dir rather than pytest's tmp_path: when
the tests run as root, Dovecot's mail and auth processes run as the `dovecot` user, and
pytest's per-user folder (mode 0700) would shut them out.
"""

from __future__ import annotations

import getpass
import itertools
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from imap_tools import BaseMailBox, MailBox, MailBoxUnencrypted

DOVECOT = os.environ.get("AMIABLE_TEST_DOVECOT", "/usr/sbin/dovecot")
USERNAME = "relances"
PASSWORD = "mot-de-passe-de-test"
START_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class DovecotServer:
    host: str
    port: int
    tls_port: int | None
    """Implicit TLS port, when a certificate could be made."""
    certificate: Path | None
    username: str
    password: str
    root: Path

    def mailbox(self) -> BaseMailBox:
        """A logged-in plaintext session (loopback), for setting up and checking."""
        return MailBoxUnencrypted(self.host, self.port, timeout=5).login(
            self.username, self.password, initial_folder=None
        )

    def tls_context(self) -> ssl.SSLContext:
        if self.certificate is None:
            pytest.skip("no TLS certificate: openssl is not installed")
        return ssl.create_default_context(cafile=str(self.certificate))

    def tls_mailbox(self) -> BaseMailBox:
        assert self.tls_port is not None
        return MailBox(self.host, self.tls_port, timeout=5, ssl_context=self.tls_context()).login(
            self.username, self.password, initial_folder=None
        )

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.mailbox() as mailbox:
            mailbox.append(raw, folder)

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """The raw messages of a folder, in UID order, read without marking them seen."""
        with self.mailbox() as mailbox:
            if not mailbox.folder.exists(folder):
                return []
            mailbox.folder.set(folder)
            raws = []
            for uid in mailbox.uids("ALL"):
                kind, data = mailbox.client.uid("FETCH", uid, "(BODY.PEEK[])")
                assert kind == "OK" and isinstance(data[0], tuple), data
                raws.append(data[0][1])
            return raws

    def flags(self, folder: str = "INBOX") -> list[tuple[str, ...]]:
        with self.mailbox() as mailbox:
            mailbox.folder.set(folder)
            return [message.flags for message in mailbox.fetch("ALL", mark_seen=False)]

    def folders(self) -> list[str]:
        with self.mailbox() as mailbox:
            return sorted(folder.name for folder in mailbox.folder.list())

    def subscribed(self) -> list[str]:
        with self.mailbox() as mailbox:
            return sorted(folder.name for folder in mailbox.folder.list(subscribed_only=True))


@dataclass(frozen=True)
class DovecotProcess:
    """The running server, shared by the tests of a module (starting and stopping
    Dovecot takes over a second); each test gets its own user and mailbox on it."""

    host: str
    port: int
    tls_port: int | None
    certificate: Path | None
    root: Path

    def account(self, username: str) -> DovecotServer:
        # A static passdb takes any user name with the test password, and the userdb
        # gives each name its own Maildir: a new name is a new, empty mailbox.
        return DovecotServer(
            host=self.host,
            port=self.port,
            tls_port=self.tls_port,
            certificate=self.certificate,
            username=username,
            password=PASSWORD,
            root=self.root,
        )


@pytest.fixture(scope="module")
def dovecot_process() -> Iterator[DovecotProcess]:
    """A real Dovecot for the module; skipped with the reason when it cannot run."""
    if not Path(DOVECOT).exists():
        pytest.skip(f"Dovecot is not installed ({DOVECOT} absent)")
    root = Path(tempfile.mkdtemp(prefix="amiable-dovecot-"))
    root.chmod(0o755)
    process: subprocess.Popen[bytes] | None = None
    try:
        server = _configure(root)
        with (root / "dovecot.out").open("wb") as output:
            process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
                stdout=output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        _wait_until_ready(process, server, root)
        yield server
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(root, ignore_errors=True)


_users = itertools.count(1)


@pytest.fixture
def dovecot(dovecot_process: DovecotProcess) -> DovecotServer:
    """A fresh IMAP account with an empty mailbox on the real Dovecot."""
    return dovecot_process.account(f"{USERNAME}{next(_users)}")


def _configure(root: Path) -> DovecotProcess:
    for name in ("run", "state", "mail"):
        (root / name).mkdir()
    as_root = os.geteuid() == 0
    # As root, Dovecot refuses to run mail processes as root: the Debian package's users
    # take that part. As an ordinary user everything runs as that user, unchrooted.
    mail_user = "dovecot" if as_root else getpass.getuser()
    login_user = "dovenull" if as_root else mail_user
    if as_root:
        shutil.chown(root / "mail", mail_user, mail_user)
    port = _free_port()
    certificate = _certificate(root)
    tls_port = _free_port() if certificate else None
    ssl_settings = (
        f"ssl = yes\nssl_cert = <{certificate}\nssl_key = <{root / 'key.pem'}\n"
        if certificate
        else "ssl = no\n"
    )
    anvil_chroot = "" if as_root else "  chroot =\n"
    login_chroot = "" if as_root else "  chroot =\n"
    (root / "dovecot.conf").write_text(
        f"""\
protocols = imap
listen = 127.0.0.1
base_dir = {root / "run"}
state_dir = {root / "state"}
log_path = {root / "dovecot.log"}
instance_name = amiable-test-{port}
{ssl_settings}disable_plaintext_auth = no
auth_mechanisms = plain login
# A refused login answers at once: the tests check refusals, nobody brute-forces them.
auth_failure_delay = 0
default_internal_user = {mail_user}
default_internal_group = {mail_user}
default_login_user = {login_user}
mail_uid = {mail_user}
mail_gid = {mail_user}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = home={root / "mail"}/%u
}}
# No growing delay after a refused login: the tests refuse logins on purpose.
service anvil {{
{anvil_chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
{login_chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port or 0}
  }}
}}
"""
    )
    return DovecotProcess(
        host="127.0.0.1", port=port, tls_port=tls_port, certificate=certificate, root=root
    )


def _certificate(root: Path) -> Path | None:
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    certificate = root / "cert.pem"
    result = subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(root / "key.pem"), "-out", str(certificate)],
        capture_output=True,
        check=False,
        timeout=20,
    )  # fmt: skip
    return certificate if result.returncode == 0 else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_ready(process: subprocess.Popen[bytes], server: DovecotProcess, root: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.skip(f"Dovecot exited with code {process.returncode}: {_output_tail(root)}")
        try:
            with socket.create_connection((server.host, server.port), timeout=0.5) as connection:
                if connection.recv(64).startswith(b"* OK"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    pytest.skip(f"Dovecot did not answer within {START_TIMEOUT_SECONDS} s: {_output_tail(root)}")


def _output_tail(root: Path) -> str:
    tails = []
    for name in ("dovecot.out", "dovecot.log"):
        path = root / name
        if path.exists():
            lines = path.read_text(errors="replace").strip().splitlines()[-8:]
            tails += [line for line in lines if line]
    return " | ".join(tails) or "no output"


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
