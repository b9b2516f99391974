"""Link opens, written in batches.

An open (GET/HEAD of a link page) is a statistic, not lead state. Writing one row per page
view would make every scanner burst queue behind SQLite's single writer, so opens are kept
in memory and inserted together: when ``max_rows`` have gathered, when ``interval`` has
passed since the last write (checked on each add), on the scheduler's flush job and at
shutdown. A crash loses at most the opens of the last interval, never lead state.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, insert

from mailbot.store import models as m

log = logging.getLogger(__name__)


class OpenLog:
    def __init__(self, engine: Engine, *, max_rows: int = 200, interval: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.engine, self.max_rows, self.interval, self.clock = engine, max_rows, interval, clock
        self._rows: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._last = clock()
        self._announced = False  # a flush was asked for and has not run yet

    def add(self, row: dict[str, Any]) -> bool:
        """Keep one open; True when a flush is due (the caller runs it off the event loop).
        Said once per batch: the opens that arrive before that flush runs join it."""
        with self._lock:
            self._rows.append(row)
            due = len(self._rows) >= self.max_rows or self.clock() - self._last >= self.interval
            if not due or self._announced:
                return False
            self._announced = True
            return True

    def flush(self) -> int:
        """Write what has gathered in one statement; returns the number of rows written."""
        with self._lock:
            rows, self._rows, self._last = self._rows, [], self.clock()
            self._announced = False
        if not rows:
            return 0
        try:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    _copy(conn, rows)
                else:
                    conn.execute(insert(m.LinkOpen), rows)
        except Exception as exc:  # statistics only: say so loudly, keep serving pages
            log.error("link opens: %d not recorded: %s", len(rows), exc)
            return 0
        return len(rows)

    def __len__(self) -> int:
        return len(self._rows)


_COLUMNS = ("at", "action", "lead_id", "contact_id", "method", "user_agent", "remote",
            "scanner", "reason")


def _copy(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL's COPY: a scanner storm means thousands of opens a second, and COPY takes
    them at a fraction of an INSERT's cost per row (bench/links.py, GET confirm)."""
    naive = m.UTCDateTime().process_bind_param
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {m.LinkOpen.__tablename__} ({', '.join(_COLUMNS)}) "
                     "FROM STDIN") as copy:
        for row in rows:
            copy.write_row((naive(row["at"], None), row["action"], row["lead_id"],
                            row.get("contact_id"), row["method"], row.get("user_agent", ""),
                            row.get("remote", ""), bool(row.get("scanner")),
                            row.get("reason", "")))
