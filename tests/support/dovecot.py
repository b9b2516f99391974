"""A real, private Dovecot IMAP server on loopback for one test.

Each DovecotServer writes its own dovecot.conf from scratch (nothing from /etc/dovecot),
listens on 127.0.0.1 at a free port, authenticates users from a passwd-file with plain-text
passwords and stores mail in Maildirs, so tests never touch a system-wide service and can
run in parallel (pytest -n).

Root vs non-root: Dovecot refuses to run login processes or mail access as root. As root
(the CI case) it uses the users the Debian package creates: `dovecot` for internal services
and mail access, `dovenull` for login processes. As any other user everything runs as that
user (Dovecot's "rootless" mode, with chroots disabled).

The Dovecot binary comes from $MAILBOT_TEST_DOVECOT (scripts/services.sh installs the
dovecot-imapd package and sets it), else /usr/sbin/dovecot, else PATH. Written for the
Dovecot 2.3 configuration syntax (Debian bookworm); 2.4 changed many setting names.
"""

from __future__ import annotations

import contextlib
import functools
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from imapclient import IMAPClient

from tests.support.smtp_sink import free_port

HOST = "127.0.0.1"
DEFAULT_USERS = {"bot@mailbot.test": "secret"}
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
EX_NOUSER = 68  # doveadm's exit code when a user mask matches nobody
# Users the Debian package (dovecot-core) creates; only used when running as root.
ROOT_MAIL_USER = "dovecot"
ROOT_LOGIN_USER = "dovenull"


def dovecot_binary() -> str | None:
    """Path of the dovecot binary, or None when it is not installed."""
    configured = os.environ.get("MAILBOT_TEST_DOVECOT")
    if configured:
        return configured
    if os.path.exists("/usr/sbin/dovecot"):
        return "/usr/sbin/dovecot"
    return shutil.which("dovecot")


def doveadm_binary(dovecot: str) -> str:
    """doveadm from the same installation as `dovecot` (/usr/sbin/dovecot → /usr/bin/doveadm)."""
    here = Path(dovecot).resolve().parent
    for candidate in (here / "doveadm", here.parent / "bin" / "doveadm"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("doveadm") or "doveadm"


@functools.cache
def dovecot_version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10,
                         check=True)
    return out.stdout.split()[0] if out.stdout.split() else ""


def require_dovecot() -> str:
    """The dovecot binary; a missing (or incompatible) one fails in CI and skips elsewhere."""
    binary = dovecot_binary()
    problem = None
    if not binary or not os.access(binary, os.X_OK):
        configured = os.environ.get("MAILBOT_TEST_DOVECOT")
        problem = (f"Dovecot not found (MAILBOT_TEST_DOVECOT={configured!r}, /usr/sbin/dovecot, "
                   "PATH): install the dovecot-imapd Debian package (scripts/services.sh does)")
    else:
        version = dovecot_version(binary)
        if not version.startswith("2.3."):
            problem = (f"{binary} is Dovecot {version or '?'}; tests/support/dovecot.py writes "
                       "Dovecot 2.3 configuration syntax")
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the IMAP tests cannot run: {problem}", pytrace=False)
        pytest.skip(problem)
    assert binary is not None
    return binary


class PortInUseError(RuntimeError):
    """Dovecot could not bind its port."""


class DovecotServer:
    """A private Dovecot instance: `with DovecotServer(tmp_path) as imap: ...`."""

    def __init__(self, tmp_path: Path, users: dict[str, str] | None = None, *,
                 binary: str | None = None, port: int | None = None,
                 idle_notify_interval: int = 1) -> None:
        self.binary = binary or require_dovecot()
        self.doveadm = doveadm_binary(self.binary)
        self.host = HOST
        self.port = port or free_port()
        self._auto_port = port is None
        self._started_once = False
        self.idle_notify_interval = idle_notify_interval
        self._users: dict[str, str] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        self._as_root = os.geteuid() == 0
        # Config, log and Dovecot's stderr stay in the test's tmp_path for post-mortems;
        # only root-owned processes (master, config, log) read or write them.
        self.dir = tmp_path / "dovecot"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.conf_path = self.dir / "dovecot.conf"
        self.log_path = self.dir / "dovecot.log"
        self.stderr_path = self.dir / "dovecot.stderr"
        if self._as_root:
            # Mail access runs as the unprivileged `dovecot` user and auth reads the
            # passwd-file as that user, but pytest makes tmp_path and its parents 0700 root:
            # the data lives in its own directory that user can traverse (0711, not list).
            self._mail_user = _passwd_entry(ROOT_MAIL_USER)
            _passwd_entry(ROOT_LOGIN_USER)
            self.data_dir = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))
            self.data_dir.chmod(0o711)
            self._owns_data_dir = True
        else:
            self._mail_user = pwd.getpwuid(os.geteuid())
            self.data_dir = self.dir
            self._owns_data_dir = False
        self.base_dir = self.data_dir / "run"
        self.state_dir = self.data_dir / "state"
        self.mail_dir = self.data_dir / "mail"
        self.home_dir = self.data_dir / "home"
        self.passwd_path = self.data_dir / "passwd"
        for path in (self.state_dir, self.mail_dir, self.home_dir):
            path.mkdir(exist_ok=True)
            if self._as_root:
                os.chown(path, self._mail_user.pw_uid, self._mail_user.pw_gid)
        for name, password in (DEFAULT_USERS if users is None else users).items():
            self.add_user(name, password)

    # -- configuration ------------------------------------------------------------------

    @property
    def users(self) -> dict[str, str]:
        """user → plain-text password."""
        return dict(self._users)

    @property
    def user(self) -> str:
        """The first user (the fixture's default mailbox)."""
        return next(iter(self._users))

    def add_user(self, name: str, password: str) -> None:
        """Add a user. Also works while running: Dovecot re-reads a changed passwd-file."""
        if not name or any(c in name for c in ":\n/") or any(c in password for c in ":\n"):
            raise ValueError(f"user/password not usable in a passwd-file: {name!r}")
        self._users[name] = password
        lines = "".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self._users.items())
        tmp = self.passwd_path.with_suffix(".tmp")
        tmp.write_text(lines)
        tmp.chmod(0o644)  # auth runs as the internal user; these are throwaway test passwords
        tmp.replace(self.passwd_path)  # atomic, so a running auth process never reads half

    def _config(self) -> str:
        mail = self._mail_user
        if self._as_root:
            internal, internal_group, login = ROOT_MAIL_USER, ROOT_MAIL_USER, ROOT_LOGIN_USER
            no_chroot = extra_services = ""
        else:
            internal = login = mail.pw_name
            internal_group = grp.getgrgid(mail.pw_gid).gr_name
            # chroot() needs root; these services chroot by default and start here.
            no_chroot = "  chroot =\n"
            extra_services = "".join(f"service {name} {{\n{no_chroot}}}\n"
                                     for name in ("ipc", "old-stats"))
        return f"""\
# Generated by tests/support/dovecot.py for one test; nothing from /etc/dovecot is used.
base_dir = {self.base_dir}
state_dir = {self.state_dir}
log_path = {self.log_path}
log_timestamp = "%H:%M:%S "
instance_name = mailbot-test-{self.port}
protocols = imap
listen = {self.host}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
# A failed login would otherwise stall for the default 2 s (2.3 still batches failures
# on a 0.5 s timer).
auth_failure_delay = 0

default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
mail_uid = {mail.pw_uid}
mail_gid = {mail.pw_gid}
# Debian's default floor (500/1000) would reject the system user `dovecot`.
first_valid_uid = {mail.pw_uid}
first_valid_gid = {mail.pw_gid}

mail_location = maildir:{self.mail_dir}/%u
mail_home = {self.home_dir}/%u
# Throwaway data: durability is not worth the fsync time.
mail_fsync = never
# Tests and the poller may hold several connections per user.
mail_max_userip_connections = 100
# IDLE: changes are pushed via inotify; the check interval is the fallback when inotify
# is unavailable, the notify interval is the "* OK Still here" keepalive.
mailbox_idle_check_interval = 1 secs
imap_idle_notify_interval = {self.idle_notify_interval} secs

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_path}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd_path}
}}

service imap-login {{
{no_chroot}  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
{no_chroot}  # Unreachable penalty socket = no auth penalty: otherwise each failed login from
  # 127.0.0.1 delays the next logins (also the successful ones) by 2, 4, 8... seconds.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
{extra_services}"""

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        if self.running:
            raise RuntimeError("Dovecot is already running")
        for attempt in range(3):
            try:
                self._start_once()
                self._started_once = True
                return
            except PortInUseError:
                # free_port() cannot reserve the port: another process may take it before
                # Dovecot binds. Only a first start may move; restart() keeps its port.
                if not self._auto_port or self._started_once or attempt == 2:
                    raise
                self.port = free_port()

    def _start_once(self) -> None:
        self.conf_path.write_text(self._config())
        with self.stderr_path.open("ab") as stderr:
            # Own session: stop() can clean up every Dovecot process this instance forked.
            self._proc = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.conf_path)],
                stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr, start_new_session=True)
        try:
            self._wait_ready()
        except BaseException:
            self.stop(graceful=False)
            raise

    def _wait_ready(self) -> None:
        """Wait until the port answers with an IMAP greeting (login process up, auth ready)."""
        deadline = time.monotonic() + START_TIMEOUT
        last_error = "no attempt"
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                details = self.diagnostics()
                error = PortInUseError if "Address already in use" in details else RuntimeError
                raise error(f"Dovecot exited with {self._proc.returncode} while starting on "
                            f"port {self.port}\n{details}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    greeting = _read_line(sock)
                    if greeting.startswith(b"* OK"):
                        sock.sendall(b"z LOGOUT\r\n")
                        return
                    last_error = f"unexpected greeting {greeting!r}"
            except OSError as exc:
                last_error = repr(exc)
            time.sleep(0.02)  # polling for the listener; the deadline bounds the loop
        raise RuntimeError(f"Dovecot on {self.host}:{self.port} not ready after "
                           f"{START_TIMEOUT:.0f} s ({last_error})\n{self.diagnostics()}")

    def stop(self, *, graceful: bool = True) -> None:
        """Stop Dovecot and every process it started, dropping all client connections.

        graceful: first end the IMAP sessions as Dovecot does on shutdown ("* BYE Server
        shutting down." then close); otherwise they are cut like in a crash (no BYE).
        """
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if graceful and proc.poll() is None:
            with contextlib.suppress(RuntimeError):  # best effort: all is killed below anyway
                self._kick(None)
        # Not SIGTERM to the master: it sleeps a fixed second while shutting down, and it
        # leaves the sessions' imap processes running (they keep serving clients). Killing
        # the whole process group (its own session, see start()) is instant and total.
        _kill_group(proc.pid)
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        # The master's children die asynchronously; until they have, their sockets (the
        # port, base_dir/login/*) are still open and a new master refuses to start
        # ("Dovecot is already running? Socket already exists").
        deadline = time.monotonic() + STOP_TIMEOUT
        while _live_group_members(proc.pid):
            if time.monotonic() > deadline:
                raise RuntimeError(f"Dovecot processes of group {proc.pid} survive SIGKILL")
            _kill_group(proc.pid)
            time.sleep(0.005)
        # A stale pid file would make the next start fail if the pid got reused meanwhile.
        (self.base_dir / "master.pid").unlink(missing_ok=True)

    def restart(self, *, graceful: bool = True) -> None:
        """Stop and start again on the same port and Maildir: a server outage."""
        self.stop(graceful=graceful)
        self.start()

    def close(self) -> None:
        """Stop and remove the data directory when it lives outside tmp_path (root)."""
        try:
            self.stop(graceful=False)  # the test is over: nobody listens for a BYE any more
        finally:
            if self._owns_data_dir:
                shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        try:
            self.start()
        except BaseException:
            self.close()  # __exit__ does not run when __enter__ raises
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- helpers for tests ------------------------------------------------------------------

    def log(self) -> str:
        """The Dovecot log so far."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def diagnostics(self) -> str:
        stderr = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        return f"--- {self.log_path}\n{self.log()}--- dovecot stderr\n{stderr}"

    def doveadm_run(self, *args: str, ok: tuple[int, ...] = (0,)
                    ) -> subprocess.CompletedProcess[str]:
        """Run doveadm against this instance (its config names the base_dir sockets)."""
        result = subprocess.run([self.doveadm, "-c", str(self.conf_path), *args],
                                capture_output=True, text=True, timeout=10)
        if result.returncode not in ok:
            raise RuntimeError(f"doveadm {' '.join(args)} failed ({result.returncode}): "
                               f"{result.stderr.strip()}")
        return result

    def sessions(self, user: str | None = None) -> list[str]:
        """`doveadm who -1` lines for the IMAP sessions of `user` (of everybody if None)."""
        out = self.doveadm_run("who", "-1", *([user] if user else [])).stdout
        rows = out.splitlines()[1:]  # the first line is the column header
        return [row for row in rows if user is None or row.split()[:1] == [user]]

    def kick(self, user: str) -> None:
        """Disconnect every session of `user`, returning once the server has dropped them."""
        self._kick(user)

    def _kick(self, mask: str | None) -> None:
        if self.doveadm_run("kick", mask or "*", ok=(0, EX_NOUSER)).returncode == EX_NOUSER:
            return  # "no users kicked": nobody was connected
        # doveadm only signals the imap processes; wait until anvil has seen them go so the
        # caller's next command deterministically hits a closed connection.
        deadline = time.monotonic() + 5
        while self.sessions(mask):
            if time.monotonic() > deadline:
                raise RuntimeError(f"sessions of {mask or 'all users'} still there after "
                                   f"doveadm kick\n{self.diagnostics()}")
            time.sleep(0.02)

    def client(self, user: str | None = None, *, timeout: float = 5) -> IMAPClient:
        """A new logged-in IMAPClient (plain IMAP); the caller logs out."""
        user = user or self.user
        imap = IMAPClient(self.host, self.port, ssl=False, timeout=timeout)
        imap.login(user, self._users[user])
        return imap

    def append(self, user: str, raw: bytes, folder: str = "INBOX") -> int | None:
        """APPEND a raw message over IMAP, creating the folder if needed; returns its UID."""
        with self.client(user) as imap:
            if folder.upper() != "INBOX" and not imap.folder_exists(folder):
                imap.create_folder(folder)
            response = imap.append(folder, raw)
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        return int(match.group(1)) if match else None


def _passwd_entry(name: str) -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        raise RuntimeError(f"system user {name!r} is missing; running the IMAP tests as root "
                           "needs the users the dovecot-core Debian package creates") from None


def _read_line(sock: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\r\n"):
        chunk = sock.recv(1024)
        if not chunk:
            break
        data += chunk
    return data


def _live_group_members(pgid: int) -> list[int]:
    """PIDs in process group `pgid` that have not exited (zombies have closed their fds).

    Read from /proc rather than probed with killpg(pgid, 0): the orphaned children are
    reparented to PID 1, and an init that does not reap would leave zombies forever.
    """
    members = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_bytes()
        except OSError:
            continue  # exited meanwhile
        # "pid (comm) state ppid pgrp ...": comm may hold spaces or parentheses.
        state, _ppid, pgrp = stat[stat.rindex(b")") + 2:].split()[:3]
        if int(pgrp) == pgid and state not in (b"Z", b"X"):
            members.append(int(entry.name))
    return members


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):  # already gone
        os.killpg(pgid, signal.SIGKILL)


# Registered for the whole suite by `pytest_plugins` in tests/conftest.py.
@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[DovecotServer]:
    """A running private Dovecot with one user (`dovecot.user`, password "secret")."""
    with DovecotServer(tmp_path) as server:
        yield server
