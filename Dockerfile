# Mailbot production image. Build: docker build -t mailbot .
# Run (see docs/deploy.md): mount the config folder at /app/config (read-only is fine) and a
# volume at /app/var; pass secrets as environment variables, never bake them into the image.
#
# The image runs `mailbot run`: web (link pages, /api, /healthz, /metrics) on 8025, the
# SMTP/LMTP receiver on 8026 when [receiver].enabled, the IMAP poller when [imap].host is set,
# the scheduler tick, the outbox sender and the webhook sender.

# --- build: install the package and its dependencies into a virtualenv ---------------------
# Python 3.11 is what the test suite runs on.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# Only what `pip install .` needs: the package and its metadata (no tests, no test extras).
COPY pyproject.toml README.md ./
COPY mailbot ./mailbot
# pip compiles the bytecode here: the non-root runtime user cannot write it later.
RUN pip install .

# --- runtime ----------------------------------------------------------------------------------
FROM python:3.11-slim

# Every setting can be overridden as MAILBOT_<SECTION>__<KEY> (mailbot/settings.py). In a
# container the web and the receiver must listen on all interfaces, not on 127.0.0.1.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MAILBOT_WEB__HOST=0.0.0.0 \
    MAILBOT_RECEIVER__HOST=0.0.0.0

RUN groupadd --system --gid 10001 mailbot \
    && useradd --system --uid 10001 --gid mailbot --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin mailbot \
    && mkdir -p /app/config /app/var \
    && chown mailbot:mailbot /app/var

COPY --from=build /opt/venv /opt/venv

# Relative paths in config/mailbot.toml resolve against the config folder's parent (/app):
# the SQLite default sqlite:///var/mailbot.db is /app/var/mailbot.db, the mail capture
# /app/var/mail.
WORKDIR /app
VOLUME ["/app/var"]
USER 10001:10001

# 8025: web (link pages, /api, /healthz, /metrics); 8026: SMTP/LMTP receiver for replies.
EXPOSE 8025 8026

# /healthz answers 200 when the database, SMTP and IMAP are reachable and 503 otherwise;
# urlopen raises on any non-2xx status, so the check exits non-zero.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; port = os.environ.get('MAILBOT_WEB__PORT', '8025'); r = urllib.request.urlopen('http://127.0.0.1:%s/healthz' % port, timeout=8); raise SystemExit(0 if r.status == 200 else 1)"]

# `mailbot run` finishes the email and the inbound message in flight on SIGTERM.
STOPSIGNAL SIGTERM
ENTRYPOINT ["mailbot"]
CMD ["run"]
