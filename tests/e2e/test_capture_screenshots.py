"""The mail capture end to end: a lead's offer emails in five languages, served by the real
web app under uvicorn, checked over HTTP and screenshotted with headless Chromium.

Screenshots land in tmp_path; set MAILBOT_SCREENSHOT_DIR to also keep a copy to look at.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import shutil
import signal
import struct
import subprocess
from pathlib import Path

import httpx
import pytest
from markupsafe import escape

from mailbot.outbound.render import LANGUAGES, Renderer
from tests.e2e.conftest import CONTACT_LANGUAGES, Captured

MAX_HTML_BYTES = 100_000  # Gmail clips messages above ~102 KB
MIN_PNG_BYTES = 10_000  # a blank 700x1100 page compresses to far less
WINDOW = (700, 1100)
CHROMIUM_TIMEOUT = 60
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MOJIBAKE = ("\ufffd", "Ã", "Â", "Ð\u00a0", "=?utf-8?")
_renderer = Renderer()


@pytest.fixture(scope="module")
def offer_keys(http: httpx.Client, captured: Captured) -> dict[str, str]:
    """language -> capture key of the offer email, as the capture index lists them."""
    index = http.get("/_mail")
    assert index.status_code == 200
    keys = sorted(set(re.findall(r'href="/_mail/([^"/]+)"', index.text)))
    found: dict[str, str] = {}
    for key in keys:
        raw = http.get(f"/_mail/{key}/raw")
        assert raw.status_code == 200, key
        msg = email.message_from_string(raw.text, policy=email.policy.default)
        if str(msg["X-Mailbot-Kind"]) != "offer":
            continue
        lang = CONTACT_LANGUAGES[msg["To"].addresses[0].addr_spec]
        assert lang not in found, f"two offer emails in {lang}"
        found[lang] = key
    assert sorted(found) == sorted(LANGUAGES), f"offer emails listed on /_mail: {found}"
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_captured_offer_is_complete_and_in_the_contacts_language(
        lang: str, http: httpx.Client, captured: Captured, offer_keys: dict[str, str]) -> None:
    key = offer_keys[lang]
    html_resp, text_resp = http.get(f"/_mail/{key}/html"), http.get(f"/_mail/{key}/text")
    assert html_resp.status_code == 200 and text_resp.status_code == 200
    assert html_resp.headers["content-type"].startswith("text/html")
    # The decoded text part keeps the message's CRLF line breaks; compare lines, not bytes.
    html, text = html_resp.text, text_resp.text.replace("\r\n", "\n")
    assert len(html_resp.content) < MAX_HTML_BYTES, f"HTML part is {len(html_resp.content)} B"
    assert text.strip(), "the text part is empty"
    for part, body in (("html", html), ("text", text)):
        bad = [s for s in MOJIBAKE if s in body]
        assert not bad, f"{part} part of the {lang} offer has broken characters: {bad}"
        assert re.search(rf"\b{re.escape(captured.lead_ref)}\b", body), (
            f"lead reference {captured.lead_ref} missing from the {part} part")
    assert f'<html lang="{lang}"' in html

    accept = _renderer.gettext(lang, "Accept lead")
    if lang != "en":
        assert accept != "Accept lead", f"'Accept lead' is not translated to {lang}"
    assert accept in text, f"{accept!r} missing from the {lang} text part"
    assert str(escape(accept)) in html, f"{accept!r} missing from the {lang} HTML part"

    # The text part lists "<Accept lead>: URL"; the same signed URL is the HTML button.
    match = re.search(rf"^{re.escape(accept)}: (\S+)$", text, re.M)
    assert match, f"no '{accept}: URL' line in the {lang} text part:\n{text}"
    url = match.group(1)
    base = captured.app.settings.file.mailbot.public_base_url.rstrip("/")
    assert url.startswith(f"{base}/l/accept/"), url
    assert f'href="{escape(url)}"' in html, "the HTML accept button links elsewhere"
    claims = captured.app.signer.verify("accept", url.rsplit("/", 1)[1])
    to_addr = next(a for a, (code, _) in captured.offers.items() if code == lang)
    assert (claims.lead_id, claims.contact_id) == (captured.lead_id, captured.offers[to_addr][1])


def test_screenshots_of_the_captured_mail(chromium: str, capture_server: str,
                                          offer_keys: dict[str, str], tmp_path: Path) -> None:
    """One Chromium run per page, one after the other; every PNG must show something."""
    pages = {"capture-index": "/_mail"}
    pages.update({f"offer-{lang}": f"/_mail/{key}/html" for lang, key in offer_keys.items()})
    problems = []
    for name, path in pages.items():
        png = tmp_path / f"{name}.png"
        problem = _screenshot(chromium, f"{capture_server}{path}", png, tmp_path / "profile")
        problem = problem or _png_problem(png)
        if problem:
            problems.append(f"{name} ({path}): {problem}")
    keep_screenshots(tmp_path, "*.png")
    assert not problems, "screenshots failed:\n" + "\n".join(problems)


def keep_screenshots(folder: Path, pattern: str) -> None:
    """Copy the PNGs to MAILBOT_SCREENSHOT_DIR when set, to look at after the run."""
    keep = os.environ.get("MAILBOT_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for png in folder.glob(pattern):
            shutil.copy2(png, Path(keep) / png.name)


def _screenshot(chromium: str, url: str, png: Path, profile: Path) -> str:
    """Run headless Chromium once; '' on success, else what went wrong."""
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--no-proxy-server", "--hide-scrollbars",
           f"--user-data-dir={profile}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
           f"--screenshot={png}", url]
    # Own process group: on a timeout the renderer and zygote children die with it.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=CHROMIUM_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return f"chromium did not finish within {CHROMIUM_TIMEOUT} s"
    if proc.returncode != 0 or not png.exists():
        tail = (out + err).decode(errors="replace")[-2000:]
        return f"chromium exited with {proc.returncode}, no screenshot:\n{tail}"
    return ""


def _png_problem(png: Path) -> str:
    data = png.read_bytes()
    if not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        return "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != WINDOW:
        return f"image is {width}x{height}, expected {WINDOW[0]}x{WINDOW[1]}"
    if len(data) < MIN_PNG_BYTES:
        return f"only {len(data)} bytes: the page looks blank"
    try:
        from PIL import Image
    except ImportError:  # optional extra check; the size check above stands without it
        return ""
    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    if colours is not None and len(colours) <= 8:
        return f"only {len(colours)} distinct colours: the page looks blank"
    return ""
