"""Adapters in: link pages (web), SMTP/LMTP receiver, IMAP poller, mail classification."""
