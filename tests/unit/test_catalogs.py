"""Every string the code and templates mark for translation is translated in every language,
with the same placeholders: an untranslated page text would show English to a Finnish partner."""

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from mailbot.outbound.render import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def marked_strings() -> set[str]:
    with open(ROOT / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found = {msgid for _, _, msgid, _, _ in extract_from_dir(
        str(ROOT), method_map, options_map, directory_filter=_package_only)
        if isinstance(msgid, str)}
    assert len(found) > 100, "extraction found almost nothing: is babel.cfg still right?"
    return found


def _package_only(dirpath: str) -> bool:
    rel = Path(dirpath).relative_to(ROOT).parts
    return not rel or rel[0] == "mailbot"


@pytest.fixture(scope="module")
def marked() -> set[str]:
    return marked_strings()


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_catalog_translates_every_marked_string(lang, marked):
    with open(ROOT / "mailbot" / "locale" / lang / "LC_MESSAGES" / "messages.po", "rb") as po:
        catalog = {m.id: m.string for m in read_po(po) if m.id}
    missing = sorted(s for s in marked if not catalog.get(s))
    assert not missing, f"{lang}: untranslated (run the steps in docs/translations.md): {missing}"
    wrong = [s for s in marked
             if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(catalog[s]))]
    assert not wrong, f"{lang}: placeholders differ from the English text: {wrong}"
