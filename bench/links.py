"""Link pages under load: req/s and p99 of a bare Starlette "hello", the GET confirm page and
the POST accept, on the same server, at 50 connections, on SQLite (WAL) and PostgreSQL.

Bars (issue 4): GET confirm >= 0.4 x hello req/s; p99 < 50 ms for every endpoint, both DBs.
GET confirm is measured twice: opens of 200 links over and over (what scanners and people
do: the page cache, ``inbound/page_cache.py``, serves the repeats) and first opens only (a
new token for every request, so no page is ever served from the cache: every request
checks the signature, reads the database and renders). Also measured, as a bound: a
"floor" route that only checks the token and runs the confirm page's one read (no page
rendered).

The server is the one ``mailbot run`` starts (``scheduler.web_server``: uvicorn, httptools,
uvloop) with one extra route, ``/hello``, in a process of its own; the load comes from wrk
(Debian package ``wrk``: ``apt-get install wrk``), one thread, 50 connections, so the two
cores are split between load and server. Every POST accepts a different lead (a real accept:
compare-and-set, the other offers withdrawn, the details and "taken" emails in the outbox);
the script checks afterwards that each accepted lead has exactly one accepted offer.
Rounds alternate hello / GET / POST so a slow patch of the machine hits all alike; medians.

Run from the project folder: ``python3 bench/links.py``. PostgreSQL from
MAILBOT_BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test; a throwaway
schema is created and dropped). Prints a report; exits 0 unless the benchmark itself breaks.
"""

from __future__ import annotations

import multiprocessing
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from seeding import Scratch, offered_leads, scratch
from sqlalchemy import func, select
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from mailbot.app import App, build_app, load_config
from mailbot.store import models as m

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 50
DURATION = 4  # seconds per wrk run
ROUNDS = 3
POST_LEADS = 4000  # fresh leads per POST round; the report says if wrk used them all
GET_LEADS = 200
FIRST_COPIES = 60  # new tokens per GET lead and first-open run: 12,000 (more than one run uses)
PARTNERS = 12
GET_BAR, P99_BAR_MS = 0.4, 50.0

LUA = """
paths = {}
for line in io.lines("%(file)s") do paths[#paths + 1] = line end
local i = 0
local method = "%(method)s"
request = function()
  i = i + 1
  local p = paths[((i - 1) %% #paths) + 1]
  if method == "POST" then
    local token = p:match("([^/]+)$")
    return wrk.format("POST", p, {["Content-Type"] = "application/x-www-form-urlencoded",
                                  ["Origin"] = "%(origin)s"}, "token=" .. token)
  end
  return wrk.format("GET", p)
end
done = function(summary, latency, requests)
  io.write(string.format("BENCH requests=%%d p50=%%d p99=%%d non2xx=%%d\\n",
    summary.requests, latency:percentile(50), latency:percentile(99),
    summary.errors.status))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def write_config(tmp: Path, port: int) -> Path:
    """The test fixture config with its own base URL and PARTNERS roomy resellers, so the
    offers of thousands of leads stay within every partner's capacity."""
    config_dir = tmp / "config"
    shutil.copytree(ROOT / "tests" / "fixtures" / "config", config_dir)
    toml = (config_dir / "mailbot.toml").read_text().replace(
        'public_base_url = "http://127.0.0.1:8025"', f'public_base_url = "http://{HOST}:{port}"')
    (config_dir / "mailbot.toml").write_text(toml)
    orgs = "\n".join(
        f"  - {{id: r{i:02d}, name: Reseller {i}, kind: reseller, skills: [sensors], "
        f"region: {{countries: [FI]}}, capacity: 1000000, language: en, "
        f"contacts: [{{name: Contact {i}, emails: [c{i}@r{i:02d}.example]}}]}}"
        for i in range(PARTNERS))
    (config_dir / "partners.yaml").write_text("organisations:\n" + orgs + "\n")
    return config_dir


PG_POOL = {"pool_size": 45, "max_overflow": 10}  # 50 connections of load


def serve(config_dir: Path, place: Scratch, port: int) -> None:
    """The server process: mailbot's own web server plus a bare hello route."""
    from mailbot.handlers.link_pages import offer_view
    from mailbot.inbound.page_cache import listen_for_changes
    from mailbot.inbound.web import create_app
    from mailbot.scheduler import run_loop, web_server

    app = build_app(load_config(config_dir, environ={}), migrate=False, sync=False,
                    engine=place.engine(**PG_POOL))

    async def hello(request: Request) -> PlainTextResponse:
        return PlainTextResponse("hello")

    async def floor(request: Request) -> PlainTextResponse:
        """The least a link page can do: check the token and read the offer's row (the
        confirm page's one statement), no page rendered. Its ratio to hello bounds what
        any database-backed link page can reach on this machine."""
        claims = app.signer.verify("accept", request.path_params["token"])
        page = offer_view(app, claims, datetime.now(UTC))
        return PlainTextResponse(page.outcome if page is not None else "none")

    listen_for_changes(app)  # as `mailbot run` does (PostgreSQL)
    asgi = create_app(app)
    asgi.router.routes.insert(0, Route("/hello", hello))
    asgi.router.routes.insert(0, Route("/floor/{token}", floor))
    run_loop(web_server(app, asgi, host=HOST, port=port).serve())


def seed(app: App, n: int, now: datetime) -> list[str]:
    """n offered leads (bench/seeding.py); the accept path of each lead's first offer.
    Accepting a copy does the full accept work."""
    return accept_paths(app, offered_leads(app, n, now))


def accept_paths(app: App, ids: list[int], copies: int = 1) -> list[str]:
    """Accept links of each lead's first offer, ``copies`` different tokens per lead (each
    email has its own nonce)."""
    with app.sessions() as session:
        partner = session.scalar(select(m.Offer.partner_id).where(m.Offer.lead_id == ids[0])
                                 .order_by(m.Offer.id))
        contact = session.scalar(select(func.min(m.Contact.id)).where(
            m.Contact.partner_id == partner))
    base = len(app.settings.file.mailbot.public_base_url)
    return [app.signer.url("accept", i, contact)[base:] for _ in range(copies) for i in ids]


def wrk(port: int, paths: list[str], method: str, tmp: Path, seconds: int) -> dict:
    listing = tmp / f"paths-{uuid.uuid4().hex}.txt"
    listing.write_text("\n".join(paths) + "\n")
    script = tmp / f"script-{uuid.uuid4().hex}.lua"
    script.write_text(LUA % {"file": listing, "method": method, "origin": f"http://{HOST}:{port}"})
    settle(port)
    out = subprocess.run(["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "10s",
                          "-s", str(script), f"http://{HOST}:{port}"],
                         capture_output=True, text=True, check=True).stdout
    match = re.search(r"BENCH requests=(\d+) p50=(\d+) p99=(\d+) non2xx=(\d+)", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not match or not rate:
        raise SystemExit(f"could not read wrk's output:\n{out}")
    requests, p50, p99, non2xx = map(int, match.groups())
    return {"rps": float(rate.group(1)), "p50": p50 / 1000, "p99": p99 / 1000,
            "requests": requests, "non2xx": non2xx}


def settle(port: int) -> None:
    """Wait until requests queued by the last run are done (wrk stops sending, the server
    does not stop working), so the next run starts on an idle server."""
    import http.client
    for _ in range(600):
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        start = time.perf_counter()
        conn.request("GET", "/hello")
        conn.getresponse().read()
        conn.close()
        if time.perf_counter() - start < 0.005:
            return
        time.sleep(0.05)


def check_accepts(app: App) -> int:
    """Leads accepted by the POST runs; each must have exactly one accepted offer."""
    with app.sessions() as session:
        per_lead = session.execute(
            select(m.Offer.lead_id, func.count()).where(m.Offer.state == "accepted")
            .group_by(m.Offer.lead_id)).all()
    doubles = [lead for lead, n in per_lead if n != 1]
    if doubles:
        raise SystemExit(f"race broken: leads with several accepted offers: {doubles[:5]}")
    return len(per_lead)


def wait_for_port(port: int, process) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if not process.is_alive():
            raise SystemExit("server process died while starting")
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("server did not start")


def bench_database(db: str) -> dict:
    with scratch(db, "bench") as place:
        port = free_port()
        config_dir = write_config(place.tmp, port)
        app = build_app(load_config(config_dir, environ={}), engine=place.engine(**PG_POOL))
        server = None
        try:
            # Leads made a minute ago: links are signed "now" and must not predate the offers.
            now = datetime.now(UTC) - timedelta(minutes=1)
            started = time.perf_counter()
            get_ids = offered_leads(app, GET_LEADS, now)
            get_paths = accept_paths(app, get_ids)
            # first opens: a new token per request, a pool per run (+ the warm-up)
            first_pools = [accept_paths(app, get_ids, FIRST_COPIES) for _ in range(ROUNDS + 1)]
            post_pools = [seed(app, POST_LEADS, now) for _ in range(ROUNDS + 1)]
            seeded = time.perf_counter() - started
            app.engine.dispose()  # the child builds its own pool; none shared across fork
            server = multiprocessing.get_context("fork").Process(
                target=serve, args=(config_dir, place, port), daemon=True)
            server.start()
            wait_for_port(port, server)
            return {**drive(port, place.tmp, get_paths, first_pools, post_pools),
                    "seeded_s": seeded, "first_pool": len(first_pools[0]),
                    "accepted": check_accepts(app), "post_pool": POST_LEADS,
                    "leads": GET_LEADS + POST_LEADS * (ROUNDS + 1)}
        finally:
            if server is not None:
                server.terminate()
                server.join(timeout=10)
            app.engine.dispose()


def drive(port: int, tmp: Path, get_paths: list[str], first_pools: list[list[str]],
          post_pools: list[list[str]]) -> dict:
    """Warm up, then alternate hello / floor / GET / first GET / POST runs (a fresh pool of
    tokens per first-open run and of leads per POST run)."""
    # Warm-up: templates compiled, pools filled, Babel data loaded in the server.
    wrk(port, ["/hello"], "GET", tmp, 1)
    wrk(port, get_paths, "GET", tmp, 1)
    wrk(port, first_pools[0], "GET", tmp, 1)
    wrk(port, post_pools[0], "POST", tmp, 1)
    floor_paths = ["/floor/" + p.rsplit("/", 1)[1] for p in get_paths]
    runs: dict[str, list[dict]] = {"hello": [], "floor": [], "get": [], "first": [],
                                   "post": []}
    for first, pool in zip(first_pools[1:], post_pools[1:], strict=True):
        runs["hello"].append(wrk(port, ["/hello"], "GET", tmp, DURATION))
        runs["floor"].append(wrk(port, floor_paths, "GET", tmp, DURATION))
        runs["get"].append(wrk(port, get_paths, "GET", tmp, DURATION))
        runs["first"].append(wrk(port, first, "GET", tmp, DURATION))
        runs["post"].append(wrk(port, pool, "POST", tmp, DURATION))
    return {"runs": runs}


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def report(db: str, result: dict) -> None:
    runs = result["runs"]
    print(f"{db}: {result['leads']} leads seeded in {result['seeded_s']:.0f} s; "
          f"median of {ROUNDS} runs x {DURATION} s, {CONNECTIONS} connections, wrk -t1")
    for key, label in (("hello", "Starlette hello"), ("floor", "floor: token + read"),
                       ("get", "GET confirm page"), ("first", "GET, first opens"),
                       ("post", "POST accept")):
        non2xx = sum(r["non2xx"] for r in runs[key])
        print(f"  {label:<18} {median(runs[key], 'rps'):8.0f} req/s   "
              f"p50 {median(runs[key], 'p50'):6.1f} ms   p99 {median(runs[key], 'p99'):6.1f} ms"
              f"   non-2xx {non2xx}")
    most = max(r["requests"] for r in runs["post"])
    print(f"  POST: at most {most} accepts per run of {result['post_pool']} fresh leads "
          f"({'enough' if most <= result['post_pool'] else 'RAN OUT: later POSTs repeated'}); "
          f"{result['accepted']} leads accepted, each by exactly one partner")
    most = max(r["requests"] for r in runs["first"])
    print(f"  first opens: at most {most} requests per run of {result['first_pool']} new tokens "
          f"({'enough' if most <= result['first_pool'] else 'RAN OUT: some were repeats'})")
    ratio = median(runs["get"], "rps") / median(runs["hello"], "rps")
    print(f"  ratio GET confirm / hello = {ratio:.2f}  "
          f"(bar >= {GET_BAR}: {'PASS' if ratio >= GET_BAR else 'FAIL'}; {GET_LEADS} links "
          f"opened again and again: the repeats come from the page cache)")
    first = median(runs["first"], "rps") / median(runs["hello"], "rps")
    print(f"  ratio GET first opens / hello = {first:.2f}  (every request a new link: "
          f"signature, read and page each time)")
    floor = median(runs["floor"], "rps") / median(runs["hello"], "rps")
    print(f"  ratio floor / hello = {floor:.2f}  (token check + the one read, no page: the "
          f"most any database-backed page could reach here)")
    worst = max(median(runs[k], "p99") for k in ("hello", "get", "first", "post"))
    print(f"  worst p99 = {worst:.1f} ms  (bar < {P99_BAR_MS:.0f} ms: "
          f"{'PASS' if worst < P99_BAR_MS else 'FAIL'})")


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("bench/links.py needs wrk: apt-get install wrk")
    for db in ("sqlite", "postgres"):
        report(db, bench_database(db))


if __name__ == "__main__":
    main()
