"""The web adapter: link pages (``/l/<action>/<token>``) and the mail capture pages.

Link pages: GET and HEAD only show (mail scanners open every link); the button POSTs and
only the POST acts. The adapter verifies the token, checks the form is bound to it and
comes from our origin, then hands the call to ``handlers.link_pages``; every outcome maps to
one row of ``OUTCOMES`` (status code, title, text) and a log line.

Capture pages exist only while mail is captured locally (no [smtp].host): they show
what partners would receive, so the demo works on a fresh machine without a mail server.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import mailbox
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlsplit

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route

from mailbot import logs
from mailbot.app import App
from mailbot.inbound.page_cache import CachedPage

log = logging.getLogger(__name__)

# The captured HTML is our own rendered output; show it sandboxed anyway (no scripts,
# no forms), so a hostile template override cannot act from the capture page.
SANDBOX = ("allow-popups allow-popups-to-escape-sandbox "
           "allow-top-navigation-by-user-activation")


def create_app(app: App, clock=None) -> Starlette:
    from mailbot.inbound.operations import operation_routes
    routes = link_routes(app) + operation_routes(app)
    if app.settings.file.api.enabled:
        from mailbot.inbound.api import create_api
        routes.append(Mount("/api", app=create_api(app, clock)))
    if not app.settings.file.smtp.host:
        routes += capture_routes(app)
    return Starlette(routes=routes, exception_handlers={404: _not_found})


def capture_routes(app: App) -> list[Route]:
    renderer = app.renderer
    box_dir = app.settings.capture_dir

    async def index(request: Request) -> Response:
        mails = _list(box_dir)
        html = renderer.render_page("pages/capture_index.html", "en",
                                    {"mails": mails, "directory": str(box_dir)})
        return HTMLResponse(html)

    async def show(request: Request) -> Response:
        msg = _get(box_dir, request.path_params["key"])
        if msg is None:
            return await _not_found(request, None)
        html = renderer.render_page("pages/capture_show.html", "en", {
            "key": request.path_params["key"], "mail": _summary(request.path_params["key"], msg),
            "text": _part(msg, "plain"), "sandbox": SANDBOX})
        return HTMLResponse(html)

    async def part(request: Request) -> Response:
        msg = _get(box_dir, request.path_params["key"])
        if msg is None:
            return await _not_found(request, None)
        kind = request.path_params["part"]
        if kind == "html":
            return HTMLResponse(_part(msg, "html"),
                                headers={"Content-Security-Policy": "script-src 'none'"})
        if kind == "raw":
            return PlainTextResponse(msg.as_string())
        return PlainTextResponse(_part(msg, "plain"))

    return [Route("/_mail", index), Route("/_mail/{key}", show),
            Route("/_mail/{key}/{part:str}", part)]


def _open(box_dir: Path) -> mailbox.Maildir:
    box_dir.parent.mkdir(parents=True, exist_ok=True)  # Maildir creates only the last level
    return mailbox.Maildir(str(box_dir), factory=None, create=True)


def _list(box_dir: Path) -> list[dict]:
    box = _open(box_dir)
    items = []
    for key in box.iterkeys():
        msg = _parse(box.get_bytes(key))
        items.append(_summary(key, msg))
    return sorted(items, key=lambda m: m["date"], reverse=True)


def _get(box_dir: Path, key: str) -> EmailMessage | None:
    try:
        return _parse(_open(box_dir).get_bytes(key))
    except KeyError:
        return None


def _parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def _summary(key: str, msg: EmailMessage) -> dict:
    date = msg["Date"]
    return {"key": key, "subject": str(msg["Subject"] or ""), "to": str(msg["To"] or ""),
            "from": str(msg["From"] or ""), "kind": str(msg["X-Mailbot-Kind"] or ""),
            "date": date.datetime.isoformat() if date is not None and date.datetime else "",
            "reply_to": str(msg["Reply-To"] or ""), "size": len(msg.as_bytes())}


def _part(msg: EmailMessage, subtype: str) -> str:
    body = msg.get_body(preferencelist=(subtype,))
    return body.get_content() if body is not None else ""


async def _not_found(request: Request, exc) -> Response:
    if request.url.path.startswith("/api/"):  # API clients get JSON, even for odd paths
        return JSONResponse({"detail": "not found"}, status_code=404)
    return HTMLResponse("<!doctype html><meta charset=utf-8><title>Not found</title>"
                        "<p style='font-family:sans-serif'>Nothing here. "
                        "Captured mail is listed at <a href='/_mail'>/_mail</a>.</p>",
                        status_code=404)


# --- link pages -------------------------------------------------------------------------

def _(message: str) -> str:
    """Mark for extraction; pages translate at render time."""
    return message


#: outcome → (HTTP status, title, text). One table: what the partner sees for every case.
OUTCOMES: dict[str, tuple[int, str, str]] = {
    "accepted": (200, _("The lead is yours"),
                 _("Thank you! Here are all the details. We have emailed them to you as well.")),
    "already_yours": (200, _("You already have this lead"),
                      _("You accepted this lead earlier. Here are its details again.")),
    "taken": (200, _("Another partner was faster"),
              _("This lead has already been accepted by another partner. Thank you for "
                "reacting so quickly; the next lead may be yours.")),
    "expired": (200, _("This offer has expired"),
                _("The time to accept this lead is over, and it has been offered to other "
                  "partners.")),
    "withdrawn": (200, _("This lead is no longer available"),
                  _("The lead was withdrawn. Nothing needs to be done.")),
    "declined": (200, _("You declined the lead"),
                 _("Thank you for letting us know. The lead goes to other partners.")),
    "already_declined": (200, _("You already declined this lead"),
                         _("Nothing was changed.")),
    "locked": (200, _("Please give feedback first"),
               _("You cannot accept new leads while feedback on the leads below is overdue. "
                 "Give a status for each of them, and this offer opens at once.")),
    "paused": (200, _("You are marked as away"),
               _("While you are away, new leads go to other partners. When you are back, "
                 "the next leads will reach you again.")),
    "cooldown": (200, _("New leads are paused for your company"),
                 _("Your company is in a cooldown period for new leads. Registering your own "
                   "deals ends it sooner; your partner manager can tell you more.")),
    "returned": (200, _("You gave the lead back"),
                 _("Thank you. The lead will be offered to other partners.")),
    "updated": (200, _("Saved"), _("Thank you! Your update has been saved.")),
    "not_yours": (200, _("This lead is not assigned to you"),
                  _("Only the partner working this lead can change it.")),
    "closed": (200, _("This lead is closed"),
               _("The lead has been marked as won or lost. No more updates are needed.")),
    "used": (200, _("This link has already been used"),
             _("It was used before, so nothing was changed this time.")),
    "illegal": (200, _("This change is not possible"),
                _("The lead cannot move to that status from where it is now.")),
    "unknown": (404, _("Link not recognised"),
                _("This link does not belong to a lead we know.")),
    "fresh_sent": (200, _("A fresh link is on its way"),
                   _("We have emailed new links to your registered address.")),
    "fresh_recent": (200, _("A fresh link was sent recently"),
                     _("Please check your inbox: we sent new links less than an hour ago.")),
    "forged": (400, _("This link is not valid"),
               _("The link is incomplete or has been changed. Please use the button in the "
                 "email, or simply reply to the email.")),
    "expired_token": (410, _("This link has expired"),
                      _("For your security, links stop working after a while. We can send "
                        "fresh links to your registered email address.")),
    "expired_for_good": (410, _("This link has expired"),
                         _("For your security, links stop working after a while. Please use "
                           "the link in a newer email.")),
    "retired_token": (410, _("This link is from an older email"),
                      _("For your security, we have changed the keys that sign our links, so "
                        "links in emails sent before the change no longer work. We can send "
                        "fresh links to your registered email address.")),
    "retired_for_good": (410, _("This link is from an older email"),
                         _("For your security, we have changed the keys that sign our links, "
                           "so links in emails sent before the change no longer work. Please "
                           "use the link in a newer email.")),
    "not_unclaimed": (200, _("This lead no longer waits for a decision"),
                      _("It has been offered again or assigned meanwhile. Nothing was changed.")),
    "no_partner": (200, _("No eligible partner is left"),
                   _("Every suitable partner has been asked already or cannot take leads right "
                     "now. You can assign the lead directly to one of the partners listed in "
                     "the email.")),
    "bad_form": (400, _("The form could not be accepted"),
                 _("Please open the link from the email again and use its button.")),
    "too_large": (413, _("That was too much text"),
                  _("Please shorten your notes and try again.")),
    "unsubscribed": (200, _("You are unsubscribed"),
                     _("You will not receive these emails any more. Your administrator can "
                       "turn them on again.")),
}
#: per action, the text of a successful update (the generic "Saved" is the fallback)
UPDATED = {"rate": (_("Thank you for your rating"), _("Your feedback helps us choose the "
                                                      "right partners.")),
           "offer_all": (_("The lead is offered again"),
                         _("All eligible partners who were not asked yet have received the "
                           "offer. The first to accept gets it.")),
           "assign": (_("The lead has been assigned"),
                      _("The partner has received all details by email.")),
           "unsubscribe": OUTCOMES["unsubscribed"][1:],
           "own_deal": (_("Your own deal is registered"),
                        _("Thank you: it earns points, and if new leads were paused for your "
                          "company, they are coming again.")),
           "not_contacted": (_("Thank you, we are on it"),
                             _("We have told the responsible manager, who will make sure "
                               "somebody contacts you soon."))}
FIELD_ERRORS = {
    "status": _("Please choose a status."),
    "amount": _("Please enter the amount as a number, for example 12500.50."),
    "currency": _("Please choose a currency from the list."),
    "expected_close": _("Please enter the date as YYYY-MM-DD."),
    "note": _("The notes are too long (at most 4000 characters)."),
    "lost_reason": _("The reason is too long (at most 1000 characters)."),
    "reason": _("The reason is too long (at most 1000 characters)."),
    "reason_code": _("Please choose a reason from the list."),
    "comment": _("The comment is too long (at most 2000 characters)."),
    "stars": _("Please choose from 1 to 5 stars."),
    "company": _("Please enter the customer's name (at most 200 characters)."),
    "form_id": _("Please open the link from the email again and use its button."),
}
DECLINE_LABELS = {"no_capacity": _("No capacity at the moment"),
                  "outside_region": _("Outside our region"),
                  "not_our_field": _("Not our field"),
                  "customer_known": _("We already know this customer"),
                  "other": _("Other")}
MAX_BODY = 64 * 1024
DB_THREADS = 4


def link_routes(app: App) -> list[Route]:
    from mailbot.handlers import link_pages
    from mailbot.outbound.links import ACTIONS, BadLink
    actions = set(link_pages.PARTNER_ACTIONS + link_pages.CUSTOMER_ACTIONS
                  + link_pages.MANAGER_ACTIONS + ("unsubscribe", "own_deal"))
    origin = _origin(app.settings.file.mailbot.public_base_url)
    # SQLite has one writer: POSTs take turns instead of piling up on its lock.
    write_lock = asyncio.Lock() if app.engine.dialect.name == "sqlite" else None
    inline_reads = app.engine.dialect.name == "sqlite"
    flushes: set[asyncio.Task] = set()  # running open-log writes (a task needs a reference)
    # Database work runs on a few threads, not anyio's default 40: the work is mostly
    # Python under the GIL, and 40 threads fighting for it (and for the connection pool)
    # turn a burst of link views into long tails.
    limiter = anyio.CapacityLimiter(DB_THREADS)

    async def run_in_threadpool(func, *args):
        return await anyio.to_thread.run_sync(func, *args, limiter=limiter)

    def opened(request: Request, claims, now: datetime) -> None:
        """Record the open; the batch is written off the event loop when due."""
        if link_pages.record_open(app, claims, request.method,
                                  request.headers.get("user-agent", ""), _remote(request), now):
            flushes.add(asyncio.create_task(run_in_threadpool(app.opens.flush)))
            flushes.difference_update([t for t in flushes if t.done()])

    async def link(request: Request) -> Response:
        action, token = request.path_params["action"], request.path_params["token"]
        head = request.method == "HEAD"
        if head or request.method == "GET":
            seen = app.pages.get(action, token)  # opened a moment ago (a scanner burst)
            if seen is not None:
                if seen.counts:
                    opened(request, seen.claims, datetime.now(UTC))
                return _page_response(seen.body, seen.status, head)
        lang = _accept_language(request)
        if action not in actions or action not in ACTIONS:
            return _page(app, "outcome", "unknown", action, token, lang=lang)
        try:
            claims = app.signer.verify(action, token)
        except BadLink as exc:
            if not (action == "unsubscribe" and exc.claims):
                return await _bad_link(request, exc, action, token, lang)
            claims = exc.claims  # genuine, only old: leaving a mailing must always work
        logs.tag(lead=claims.lead_id)
        now = datetime.now(UTC)
        if request.method in ("GET", "HEAD"):
            generation = app.pages.generation  # a change after this: the page is not kept
            # The offer page's read is one indexed statement. On SQLite (a local file,
            # ~0.1 ms) it runs on the loop when a pooled connection is free: that costs less
            # than the hop to a worker thread and the GIL hand-over back (bench/links.py:
            # 1,685 vs 1,174 req/s). PostgreSQL is a network peer: waiting for it, or for
            # its pool, must never freeze every other request, so it goes to the threads.
            if inline_reads and _pool_has_room(app.engine):
                page = link_pages.offer_view(app, claims, now)
            else:
                page = await run_in_threadpool(link_pages.offer_view, app, claims, now)
            if page is None:
                page = await run_in_threadpool(link_pages.inspect, app, claims, now)
            # opens are kept per lead (link_opens.lead_id is a foreign key); unsubscribe
            # and own-deal links name none
            counts = page.outcome != "unknown" and bool(claims.lead_id)
            if counts:
                opened(request, claims, now)
            response = _render(app, page, token)
            valid_for = app.signer.expiry[claims.action].total_seconds()
            app.pages.put(action, token, generation, CachedPage(
                claims, response.status_code, response.body, counts,
                app.pages.lifetime(claims, valid_for, now, page.data.get("deadline"))))
            return _page_response(response.body, response.status_code, head)
        problem = await _check_post(request, token, origin, one_click=action == "unsubscribe")
        if problem:
            log.warning("link %s L-%s: rejected POST (%s)", action, claims.lead_id, problem)
            lang = await run_in_threadpool(link_pages.language_of, app, claims) or lang
            return _page(app, "outcome", problem, action, token, lang=lang)
        # NUL is invisible to people and impossible in PostgreSQL text: dropped
        form = {k: str(v).replace("\x00", "") for k, v in (await request.form()).items()}
        if write_lock is None:
            page = await run_in_threadpool(link_pages.act, app, claims, form, now)
        else:
            async with write_lock:
                page = await run_in_threadpool(link_pages.act, app, claims, form, now)
        return _render(app, page, token, form=form)

    async def _bad_link(request: Request, exc, action: str, token: str, lang: str) -> Response:
        log.info("link %s: %s token from %s", action, exc.reason, _remote(request))
        if exc.reason not in ("expired", "retired") or exc.claims is None:
            return _page(app, "outcome", "forged", action, token, lang=lang)
        # genuine, only old or signed with a key out of service: its person's language
        lang = await run_in_threadpool(link_pages.language_of, app, exc.claims) or lang
        if request.method == "POST" and not await _check_post(request, token, origin):
            outcome = await run_in_threadpool(link_pages.resend_fresh, app, exc.claims,
                                              datetime.now(UTC))
            return _page(app, "outcome", str(outcome), action, token, lang=lang)
        if exc.claims.action not in link_pages.FRESH_KIND:  # no email to send again
            return _page(app, "outcome", f"{exc.reason}_for_good", action, token, lang=lang)
        return _page(app, "outcome", f"{exc.reason}_token", action, token, lang=lang,
                     fresh=True)

    async def truncated(request: Request) -> Response:
        """A link cut short by a mail client's line wrap: nothing to read in it."""
        log.info("link %s: truncated, from %s", request.url.path[:80], _remote(request))
        return _page(app, "outcome", "forged", "", "", lang=_accept_language(request))

    return [Route("/l/{action}/{token}", link, methods=["GET", "HEAD", "POST"]),
            Route("/l/{rest:path}", truncated, methods=["GET", "HEAD", "POST"])]


def _pool_has_room(engine) -> bool:
    """A connection can be had without waiting: one is idle in the pool, or the pool may
    still open one. Pools without a limit (SQLite in memory) never wait."""
    pool = engine.pool
    try:
        limit = pool._max_overflow  # QueuePool keeps it only privately
        return pool.checkedin() > 0 or limit < 0 or pool.overflow() < limit
    except AttributeError:
        return True


async def _check_post(request: Request, token: str, origin: str, *,
                      one_click: bool = False) -> str:
    """The form must be ours: bound to this token, from our origin, of sane size. With
    ``one_click``, a mail client's RFC 8058 unsubscribe POST (body
    ``List-Unsubscribe=One-Click``, sent by the mail provider, no Origin) is ours too: the
    signed token in the URL is what authorises it."""
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > MAX_BODY:
        return "too_large" if length.isdigit() else "bad_form"
    if one_click and (await request.form()).get("List-Unsubscribe") == "One-Click":
        return ""
    # Pages send "Referrer-Policy: same-origin", so browsers send our Origin on the POST;
    # a foreign or "null" origin is refused (clients that send none rely on the token).
    sender = request.headers.get("origin")
    if sender is not None and sender.rstrip("/") != origin:
        return "bad_form"
    referer = request.headers.get("referer")
    if sender is None and referer and _origin(referer) != origin:
        return "bad_form"  # no Origin (older clients), but a foreign page sent it
    form = await request.form()
    if form.get("token") != token:
        return "bad_form"
    if any(len(form.getlist(key)) > 1 for key in form):
        return "bad_form"  # "status=proposal&status=won": which one was meant?
    return ""


def _render(app: App, page, token: str, *, form: dict | None = None) -> Response:
    return _page(app, page.view, page.outcome, page.action, token, lang=page.language,
                 tz=page.timezone, lead=page.lead, data=page.data, errors=page.errors,
                 form=form or {})


#: every link page: never cached by browsers or proxies, never framed, no foreign content
PAGE_HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY",
                "Referrer-Policy": "same-origin",
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                           "form-action 'self'; frame-ancestors 'none'"}


def _page_response(body: bytes, status: int, head: bool) -> Response:
    """A rendered page; for HEAD its status and headers only."""
    if head:
        return Response(status_code=status, headers=PAGE_HEADERS, media_type="text/html")
    return HTMLResponse(body, status_code=status, headers=PAGE_HEADERS)


def _page(app: App, view: str, outcome: str, action: str, token: str, *, lang: str = "en",
          tz: str = "UTC", lead: dict | None = None, data: dict | None = None,
          errors: list[str] | None = None, form: dict | None = None,
          fresh: bool = False) -> Response:
    status, title, text = OUTCOMES.get(outcome, (200, "", ""))
    if outcome == "updated" and action in UPDATED:
        title, text = UPDATED[action]
    if errors:
        status = 422
    html = app.renderer.render_page("pages/link.html", lang, {
        "view": view, "outcome": outcome, "action": action, "token": token, "title": title,
        "text": text, "lead": lead, "data": data or {}, "form": form or {}, "fresh": fresh,
        "errors": [FIELD_ERRORS.get(e, e) for e in errors or []],
        "error_fields": set(errors or []), "decline_labels": DECLINE_LABELS,
        "brand": app.settings.file.sender.name}, tz=tz)
    return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _remote(request: Request) -> str:
    return request.client.host if request.client else ""


def _accept_language(request: Request) -> str:
    """Best language for a visitor we cannot identify (forged or unknown links)."""
    from mailbot.outbound.render import LANGUAGES
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"
