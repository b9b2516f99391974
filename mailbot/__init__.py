"""Mailbot: email-first lead distribution to channel partners."""

__version__ = "0.1.0"
