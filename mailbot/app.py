"""Composition root: loads config, builds the database and hands both to handlers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mailbot.directory import Directory, load_directory
from mailbot.errors import ConfigError
from mailbot.rules import Rules, load_rules
from mailbot.settings import Settings, load_settings
from mailbot.store.db import make_engine, session_factory, upgrade


@dataclass(frozen=True)
class Config:
    """Everything read from ``config/``: settings, rules, directory. Validated as a whole."""

    settings: Settings
    rules: Rules
    directory: Directory


def load_config(config_dir: Path, environ: dict[str, str] | None = None) -> Config:
    """Load all config files, collecting the problems of every file before raising."""
    problems = []
    settings = rules = directory = None
    try:
        settings = load_settings(config_dir, environ)
    except ConfigError as exc:
        problems += exc.problems
    rules_path = config_dir / "rules.toml"
    try:
        rules = load_rules(rules_path) if rules_path.exists() else Rules()
    except ConfigError as exc:
        problems += exc.problems
    files = settings.file.mailbot.directory if settings else ["partners.yaml"]
    try:
        directory = load_directory(config_dir, files)
    except ConfigError as exc:
        problems += exc.problems
    if problems:
        raise ConfigError(problems)
    return Config(settings, rules, directory)  # type: ignore[arg-type]


@dataclass
class App:
    config: Config
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def rules(self) -> Rules:
        return self.config.rules

    @property
    def settings(self) -> Settings:
        return self.config.settings

    @functools.cached_property
    def reader(self) -> Engine:
        """The engine for single-statement reads. On PostgreSQL autocommit: no BEGIN before
        the read and no ROLLBACK when the connection goes back to the pool (the checkout's
        liveness ping remains). The SQLite driver begins no transaction for a SELECT
        anyway, and switching its isolation level per checkout would cost more than the
        read."""
        if self.engine.dialect.name == "sqlite":
            return self.engine
        return self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @functools.cached_property
    def signer(self):
        from mailbot.outbound.links import LinkSigner
        s = self.settings
        return LinkSigner(s.secrets.secret_keys, s.file.mailbot.public_base_url,
                          s.file.links.expiry, retired_keys=s.secrets.retired_keys)

    @functools.cached_property
    def renderer(self):
        from mailbot.outbound.render import Renderer
        return Renderer(self.settings.config_dir / "templates")

    @functools.cached_property
    def opens(self):
        """Link opens waiting to be written in one batch (``store.open_log``)."""
        from mailbot.store.open_log import OpenLog
        return OpenLog(self.engine)

    @functools.cached_property
    def pages(self):
        """Rendered link pages kept for a moment (``inbound.page_cache``); emptied by every
        change this process commits and, on PostgreSQL, announced to the other instances."""
        from mailbot.inbound.page_cache import PageCache, channel_of
        cache = PageCache(self.settings.file.web.page_cache_seconds)
        cache.watch(self.sessions, channel=channel_of(self.engine))
        return cache

    @functools.cached_property
    def identity(self):
        from mailbot.outbound.compose import Identity
        sender = self.settings.file.sender
        return Identity(sender.name, sender.address, sender.reply_domain)

    def transport(self):
        """SMTP when configured, else the built-in capture under var/."""
        from mailbot.outbound.transport import CaptureTransport, SmtpTransport
        smtp = self.settings.file.smtp
        if not smtp.host:
            return CaptureTransport(self.settings.capture_dir)
        return SmtpTransport(smtp.host, smtp.port, security=smtp.security,
                             username=smtp.username, password=self.settings.secrets.smtp_password,
                             timeout=smtp.timeout_seconds)


def build_app(config: Config, *, migrate: bool = True, sync: bool = True,
              engine: Engine | None = None) -> App:
    """Connect to the database, upgrade the schema and sync the directory into it."""
    from datetime import UTC, datetime

    from mailbot.store.db import unit_of_work
    from mailbot.store.directory_sync import sync_directory

    engine = engine or make_engine(config.settings.database_url)
    if migrate:
        upgrade(engine)
    app = App(config, engine, session_factory(engine))
    if engine.dialect.name == "postgresql":
        # watching from the start: every instance's changes (a CLI tick, a scheduler-only
        # process) are announced to the ones serving link pages
        app.pages  # noqa: B018
    if config.settings.file.webhooks:
        from mailbot.store.webhooks import subscribe
        subscribe(app.sessions, config.settings.file.webhooks)
    if sync:
        with unit_of_work(app.sessions) as session:
            sync_directory(session, config.directory, datetime.now(UTC))
    return app
