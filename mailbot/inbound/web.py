"""The web adapter: the built-in mail capture pages (link pages join here with issue 4).

Capture pages exist only while mail is captured locally (no [smtp].host): they show
what partners would receive, so the demo works on a fresh machine without a mail server.
They are served on the configured web address (loopback by default).
"""

from __future__ import annotations

import email
import email.policy
import mailbox
from email.message import EmailMessage
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from mailbot.app import App

# The captured HTML is our own rendered output; show it sandboxed anyway (no scripts,
# no forms), so a hostile template override cannot act from the capture page.
SANDBOX = ("allow-popups allow-popups-to-escape-sandbox "
           "allow-top-navigation-by-user-activation")


def create_app(app: App) -> Starlette:
    routes = []
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
    return HTMLResponse("<!doctype html><meta charset=utf-8><title>Not found</title>"
                        "<p style='font-family:sans-serif'>Nothing here. "
                        "Captured mail is listed at <a href='/_mail'>/_mail</a>.</p>",
                        status_code=404)
