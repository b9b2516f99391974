"""Files attached to emails: the digest's per-partner rows as CSV."""

from __future__ import annotations

import csv
import io

CSV_COLUMNS = ("partner", "name", "offered", "accepted", "declined", "expired", "won", "lost",
               "cr", "adt_days", "ttp_hours", "won_value", "open", "overdue", "silent",
               "locked", "points", "satisfaction", "active")


def digest_csv(data: dict) -> bytes:
    """The per-partner rows as CSV (UTF-8 with BOM, so spreadsheet apps read umlauts)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in data["partners"]:
        values = {**row, "won_value": " ".join(f"{v:.2f} {c}" for c, v in
                                               sorted(row["won_value"].items()))}
        writer.writerow(["" if values.get(c) is None else values[c] for c in CSV_COLUMNS])
    return out.getvalue().encode("utf-8-sig")
