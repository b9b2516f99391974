"""The small, closed hierarchy of errors Mailbot reports to people.

Each error knows what the admin sees (``admin_message``); later adapters map
them to what a partner sees (a page or a reply). Anything else escaping is a
bug, and the adapters log it as one.
"""

from __future__ import annotations

from dataclasses import dataclass


class MailbotError(Exception):
    """Base of every error meant for a human rather than a traceback."""

    def admin_message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one config file: ``file: key: what (expected …)``."""

    file: str
    key: str
    message: str
    expected: str = ""

    def __str__(self) -> str:
        tail = f" (expected {self.expected})" if self.expected else ""
        key = f"{self.key}: " if self.key else ""
        return f"{self.file}: {key}{self.message}{tail}"


class ConfigError(MailbotError):
    """The config directory has one or more problems; nothing was started."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class InputError(MailbotError):
    """A lead or import row is malformed; the message names the place."""


class NotFound(MailbotError):
    """An id given on the command line or in a file does not exist."""
