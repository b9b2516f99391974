"""Adapters out: rendering, signed links, MIME composition and the outbox sender."""
