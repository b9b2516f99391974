"""Typed settings from ``config/mailbot.toml`` plus secrets from the environment.

Secrets never live in a file that could reach git: the link-signing keys and the
SMTP/IMAP passwords are read from environment variables only.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, IPvAnyNetwork, field_validator

from mailbot.configfile import Duration, Section, check_timezone, load_toml, validate
from mailbot.errors import ConfigError, Problem

ENV_SECRET_KEYS = "MAILBOT_SECRET_KEYS"
ENV_RETIRED_KEYS = "MAILBOT_RETIRED_SECRET_KEYS"
ENV_DATABASE_URL = "MAILBOT_DATABASE_URL"
ENV_SMTP_PASSWORD = "MAILBOT_SMTP_PASSWORD"
ENV_IMAP_PASSWORD = "MAILBOT_IMAP_PASSWORD"
ENV_API_KEY = "MAILBOT_API_KEY_"
ENV_WEBHOOK_SECRET = "MAILBOT_WEBHOOK_SECRET_"
#: MAILBOT_<SECTION>__<KEY>=value overrides a file setting (containers, 12-factor)
ENV_OVERRIDE = re.compile(r"^MAILBOT_([A-Z]+)__([A-Z_]+)$")
#: API key and webhook names: they are stored (``via``, ``webhook``), so bounded too
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,59}$")
#: Used only in development mode so the demo runs on a fresh machine.
DEV_SECRET = "dev-insecure-secret-change-me"


def http_url(value: str, example: str) -> str:
    if not re.match(r"^https?://[^/\s]+", value):
        raise ValueError(f"not an http(s) URL: {value!r} (expected e.g. {example})")
    return value


class General(Section):
    mode: Literal["development", "production"] = "development"
    public_base_url: str = "http://127.0.0.1:8025"
    timezone: str = "UTC"
    directory: list[str] = ["partners.yaml"]
    default_language: Literal["en", "de", "fi", "sv", "ru"] = "en"

    _tz = field_validator("timezone")(classmethod(lambda cls, v: check_timezone(v)))

    @field_validator("public_base_url")
    @classmethod
    def _url(cls, v: str) -> str:
        return http_url(v, "'https://leads.example.com'").rstrip("/")


class Database(Section):
    url: str = "sqlite:///var/mailbot.db"


class Smtp(Section):
    host: str = ""
    port: int = Field(default=25, ge=1, le=65535)
    username: str = ""
    security: Literal["none", "starttls", "tls"] = "none"
    timeout_seconds: float = Field(default=30, gt=0)


class Imap(Section):
    host: str = ""
    port: int = Field(default=993, ge=1, le=65535)
    username: str = ""
    ssl: bool = True
    folder: str = "INBOX"
    processed_folder: str = ""
    poll_seconds: int = Field(default=60, ge=5)


class Sender(Section):
    name: str = "Mailbot"
    address: str = "leads@mailbot.localhost"
    #: domain for reply keys (leads+KEY@domain) and VERP bounces (bounce+KEY@domain)
    reply_domain: str = "mailbot.localhost"

    @field_validator("address")
    @classmethod
    def _email(cls, v: str) -> str:
        if not re.match(r"^[^@\s]+@[^@\s]+$", v):
            raise ValueError(f"not an email address: {v!r}")
        return v


class Web(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8025, ge=1, le=65535)
    #: networks of mail security scanners (CIDR); opens from them are not counted as reads
    scanner_networks: list[IPvAnyNetwork] = []
    #: a link's GET page is kept this long for repeated opens (scanner bursts); 0: never
    page_cache_seconds: float = Field(default=2.0, ge=0, le=60)
    #: on PostgreSQL, while every instance's changes are heard (LISTEN/NOTIFY), this long;
    #: 0: never longer than page_cache_seconds
    page_cache_notified_seconds: float = Field(default=30.0, ge=0, le=600)


class Receiver(Section):
    enabled: bool = False
    #: smtp for an MX that forwards, lmtp for a local MTA (Postfix/Exim) delivering to us
    protocol: Literal["smtp", "lmtp"] = "smtp"
    host: str = "127.0.0.1"
    port: int = Field(default=8026, ge=1, le=65535)
    max_message_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)


class Links(Section):
    #: how long each kind of link stays valid; unlisted actions use the built-in defaults
    expiry: dict[str, Duration] = {}

    @field_validator("expiry")
    @classmethod
    def _known_actions(cls, v: dict) -> dict:
        from mailbot.outbound.links import ACTIONS
        for action in v:
            if action not in ACTIONS:
                raise ValueError(f"unknown link action {action!r} "
                                 f"(expected one of: {', '.join(ACTIONS)})")
        return v


class Outbox(Section):
    batch_size: int = Field(default=50, ge=1, le=1000)
    #: a claimed message not confirmed within this time is sent again (at-least-once)
    lease: Duration = timedelta(minutes=5)
    max_attempts: int = Field(default=8, ge=1)
    #: seconds between outbox drains in `mailbot run`
    poll_seconds: int = Field(default=5, ge=1)
    #: where mail goes when [smtp].host is empty (built-in capture), relative to the project
    capture_dir: str = "var/mail"


class Scheduler(Section):
    tick_seconds: int = Field(default=60, ge=1)


class ApiKey(Section):
    #: what the key may do: leads:read, leads:write, deals:write
    scopes: list[Literal["leads:read", "leads:write", "deals:write"]] = ["leads:read"]
    #: requests per minute for this key (0: the [api] default)
    rate_per_minute: int = Field(default=0, ge=0)


class Api(Section):
    enabled: bool = True
    #: default requests per minute per key (token bucket, per instance)
    rate_per_minute: int = Field(default=120, ge=1)
    #: named keys; each key's secret is the environment variable MAILBOT_API_KEY_<NAME>
    keys: dict[str, ApiKey] = {}

    @field_validator("keys")
    @classmethod
    def _names(cls, v: dict) -> dict:
        for name in v:
            if not NAME.match(name):
                raise ValueError(f"key name {name!r}: use letters, digits and _ only "
                                 "(at most 60)")
        return v


class Webhook(Section):
    #: names the subscription; its signing secret is MAILBOT_WEBHOOK_SECRET_<NAME>
    name: str
    url: str
    #: event types to send, shell-style patterns ("lead.*", "partner.bounce"); default all
    events: list[str] = ["*"]
    timeout_seconds: float = Field(default=10, gt=0, le=120)
    #: deliveries are retried with backoff until this many attempts, then marked failed
    max_attempts: int = Field(default=10, ge=1, le=50)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError(f"{v!r}: use letters, digits and _ only")
        return v

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        return http_url(v, "'https://crm.example.com/hooks/mailbot'")


class Logging(Section):
    #: "text" for people, "json" (one object per line) for log collectors
    format: Literal["text", "json"] = "text"
    level: Literal["debug", "info", "warning", "error"] = "warning"


class FileSettings(Section):
    mailbot: General = General()
    database: Database = Database()
    smtp: Smtp = Smtp()
    imap: Imap = Imap()
    sender: Sender = Sender()
    web: Web = Web()
    receiver: Receiver = Receiver()
    scheduler: Scheduler = Scheduler()
    links: Links = Links()
    outbox: Outbox = Outbox()
    api: Api = Api()
    webhooks: list[Webhook] = []
    logging: Logging = Logging()

    @field_validator("webhooks")
    @classmethod
    def _unique(cls, v: list[Webhook]) -> list[Webhook]:
        names = [w.name.lower() for w in v]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"webhook names must be unique: {', '.join(dupes)}")
        return v


@dataclass(frozen=True)
class Secrets:
    """Values that come only from the environment."""

    secret_keys: tuple[str, ...]
    smtp_password: str
    imap_password: str
    #: API key name → secret; webhook name → signing secrets (newest first)
    api_keys: dict[str, str] = field(default_factory=dict)
    webhook_secrets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: link-signing keys out of service: their links are recognised (to offer a fresh one),
    #: acted on only to unsubscribe
    retired_keys: tuple[str, ...] = ()

    @property
    def is_default(self) -> bool:
        return not self.secret_keys or self.secret_keys == (DEV_SECRET,)


@dataclass(frozen=True)
class Settings:
    config_dir: Path
    file: FileSettings
    secrets: Secrets
    database_url: str

    @property
    def project_dir(self) -> Path:
        return self.config_dir.resolve().parent

    @property
    def capture_dir(self) -> Path:
        path = Path(self.file.outbox.capture_dir)
        return path if path.is_absolute() else self.project_dir / path

    @property
    def production(self) -> bool:
        return self.file.mailbot.mode == "production"

    def require_production_secrets(self) -> None:
        """Refuse to run in production with a missing or default link-signing key."""
        if self.production and self.secrets.is_default:
            raise ConfigError([Problem(
                "environment", ENV_SECRET_KEYS,
                "missing or set to the development default in production mode",
                "a comma-separated list of long random keys, newest first")])


def load_settings(config_dir: Path, environ: dict[str, str] | None = None) -> Settings:
    """Read mailbot.toml (optional; defaults apply) and the secrets from ``environ``."""
    env = os.environ if environ is None else environ
    path = config_dir / "mailbot.toml"
    data = load_toml(path) if path.exists() else {}
    _apply_env_overrides(data, env)
    file = validate(FileSettings, data, "mailbot.toml")
    keys = _split(env.get(ENV_SECRET_KEYS, ""))
    secrets = Secrets(keys or (DEV_SECRET,), env.get(ENV_SMTP_PASSWORD, ""),
                      env.get(ENV_IMAP_PASSWORD, ""),
                      # a switched-off API needs no secrets: keys may stay configured
                      api_keys=_named_secrets(file.api.keys if file.api.enabled else {},
                                              ENV_API_KEY, env, "api.keys"),
                      webhook_secrets=_webhook_secrets(file.webhooks, env),
                      retired_keys=_split(env.get(ENV_RETIRED_KEYS, "")))
    url = env.get(ENV_DATABASE_URL) or file.database.url
    return Settings(config_dir, file, secrets, _resolve_sqlite(url, config_dir))


def _split(value: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in value.split(",") if k.strip())


def _apply_env_overrides(data: dict, env) -> None:
    """``MAILBOT_WEB__HOST=0.0.0.0`` sets [web].host: a container changes what differs
    per deployment without a second config file. JSON values ([...], numbers) are parsed."""
    for name, value in env.items():
        match = ENV_OVERRIDE.match(name)
        if not match:
            continue
        section, key = match.group(1).lower(), match.group(2).lower()
        try:
            parsed = json.loads(value) if value[:1] in "[{" else value
        except json.JSONDecodeError:
            parsed = value
        target = data.setdefault(section, {})
        if isinstance(target, dict):
            target[key] = parsed


def _named_secrets(keys: dict, prefix: str, env, where: str) -> dict[str, str]:
    found, missing = {}, []
    for name in keys:
        secret = env.get(prefix + name.upper(), "").strip()
        if secret:
            found[name] = secret
        else:
            missing.append(Problem("environment", prefix + name.upper(),
                                   f"not set; {where}.{name} needs it",
                                   "a long random secret"))
    if missing:
        raise ConfigError(missing)
    return found


def _webhook_secrets(hooks: list, env) -> dict[str, tuple[str, ...]]:
    """Each webhook's signing secrets, newest first: during a rotation both sign."""
    named = _named_secrets({h.name: h for h in hooks}, ENV_WEBHOOK_SECRET, env, "webhooks")
    return {name: _split(value) for name, value in named.items()}


def _resolve_sqlite(url: str, config_dir: Path) -> str:
    """Relative SQLite paths are relative to the project (the config dir's parent)."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
        rel = url[len(prefix):]
        if rel and rel != ":memory:":
            base = config_dir.resolve().parent
            return prefix + str(base / rel)
    return url
