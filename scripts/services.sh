#!/usr/bin/env bash
# Make sure the services and tools the test suite needs are installed and running: PostgreSQL
# (and export MAILBOT_TEST_POSTGRES_URL), chromium and spamassassin (tests/e2e). Sourced by
# scripts/test. Also installs Dovecot (export MAILBOT_TEST_DOVECOT) for the IMAP integration
# tests and docker-compose (tests/integration/test_compose.py runs `docker-compose config`).
# Fails loudly when something is missing.
set -euo pipefail

APT_UPDATED=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "services: need root to apt-get install $* (or install it yourself)" >&2
    return 1
  fi
  if [ "$APT_UPDATED" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_url_works() {
  python3 - "$1" <<'PY' 2>/dev/null
import sys, psycopg
psycopg.connect(sys.argv[1].replace("postgresql+psycopg://", "postgresql://"),
                connect_timeout=3).close()
PY
}

ensure_postgres() {
  local url="${MAILBOT_TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
  if pg_url_works "$url"; then export MAILBOT_TEST_POSTGRES_URL="$url"; return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "services: installing PostgreSQL (Debian package)" >&2
    apt_install postgresql
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
  if [ -z "$version" ]; then echo "services: no PostgreSQL cluster found" >&2; return 1; fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  if pg_url_works "$url"; then export MAILBOT_TEST_POSTGRES_URL="$url"; return 0; fi
  # A fresh Debian cluster has no trust auth: create a password role and database for tests.
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mailbot') THEN
    CREATE ROLE mailbot LOGIN PASSWORD 'mailbot' CREATEDB;
  END IF;
END $$;
SQL
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='mailbot_test'\"" \
    | grep -q 1 || su postgres -c "createdb -O mailbot mailbot_test"
  url="postgresql://mailbot:mailbot@127.0.0.1:5432/mailbot_test"
  if pg_url_works "$url"; then export MAILBOT_TEST_POSTGRES_URL="$url"; return 0; fi
  echo "services: PostgreSQL is not reachable at $url" >&2
  return 1
}

# The end-to-end tests (tests/e2e) run headless Chromium and SpamAssassin (local rules only).
ensure_e2e_tools() {
  local missing=() cmd
  for cmd in chromium spamassassin; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "services: installing ${missing[*]} (Debian packages) for the end-to-end tests" >&2
    apt_install "${missing[@]}"
  fi
  for cmd in chromium spamassassin; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
      echo "services: $cmd is still missing after apt-get install; tests/e2e need it" >&2
      return 1
    fi
  done
}

# The IMAP integration tests start their own private Dovecot instances (tests/support/dovecot.py);
# they only need the binaries. The system-wide service is never started or relied upon here.
# Checked by path: /usr/sbin is often not on PATH for non-root users.
ensure_dovecot() {
  if [ -n "${MAILBOT_TEST_DOVECOT:-}" ] && [ -x "$MAILBOT_TEST_DOVECOT" ]; then
    return 0  # a Dovecot chosen by the caller
  elif [ -n "${MAILBOT_TEST_DOVECOT:-}" ]; then
    echo "services: ignoring MAILBOT_TEST_DOVECOT=$MAILBOT_TEST_DOVECOT (not executable)" >&2
  fi
  local bin=/usr/sbin/dovecot doveadm=/usr/bin/doveadm f
  if [ ! -x "$bin" ] || [ ! -x "$doveadm" ]; then
    echo "services: installing dovecot-imapd (Debian package) for the IMAP tests" >&2
    # Debian's postinst may start the system-wide service; harmless, the tests never use it.
    if ! apt_install dovecot-imapd; then
      echo "services: apt-get install dovecot-imapd failed; the IMAP tests need Dovecot" >&2
      return 1
    fi
  fi
  for f in "$bin" "$doveadm"; do
    if [ ! -x "$f" ]; then
      echo "services: $f still missing after installing dovecot-imapd; the IMAP tests need it" >&2
      return 1
    fi
  done
  export MAILBOT_TEST_DOVECOT="$bin"
}

# tests/integration/test_compose.py validates docker-compose.yml with `docker-compose config`,
# which needs neither a Docker daemon nor network access; Debian's package is docker-compose 1.29.
# Without its recommended docker.io: the test never builds or starts a container.
ensure_docker_compose() {
  if ! command -v docker-compose >/dev/null 2>&1; then
    echo "services: installing docker-compose (Debian package) for the compose file test" >&2
    apt_install --no-install-recommends docker-compose
  fi
  if ! command -v docker-compose >/dev/null 2>&1; then
    echo "services: docker-compose is still missing after apt-get install; tests/integration/test_compose.py needs it" >&2
    return 1
  fi
}

ensure_postgres
echo "services: PostgreSQL OK ($MAILBOT_TEST_POSTGRES_URL)" >&2
ensure_e2e_tools
echo "services: chromium and spamassassin OK" >&2
ensure_dovecot
echo "services: dovecot OK ($MAILBOT_TEST_DOVECOT)" >&2
ensure_docker_compose
echo "services: docker-compose OK ($(docker-compose version --short 2>/dev/null || echo unknown))" >&2
