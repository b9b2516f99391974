"""Accuracy on the real-client corpora: what `mailbot parse` reads from each message
equals the hand label. Bars (issue 5): kind >= 98 %, intent and status >= 90 %; every
other field is checked and reported too.

Three hundred and sixty-one corpora: ``emails/`` (the main one), and
``emails_heldout/`` to ``emails_heldout360/``, written later by other authors blind to the
reader's code, to check that it generalises (their READMEs give the figures measured blind,
before the reader was improved on them)."""

from __future__ import annotations

import email
import html
import json
import re
import shutil
import textwrap
import unicodedata
from datetime import UTC, datetime
from email import policy

import pytest

from mailbot.app import App, build_app, load_config
from mailbot.handlers.mail_received import read
from mailbot.inbound.classify import RAISE_ENV, unflowed
from mailbot.store.db import make_engine
from tests.conftest import FIXTURES

CORPORA = ("emails", "emails_heldout", "emails_heldout2", "emails_heldout3",
           "emails_heldout4", "emails_heldout5", "emails_heldout6", "emails_heldout7",
           "emails_heldout8", "emails_heldout9", "emails_heldout10", "emails_heldout11",
           "emails_heldout12", "emails_heldout13", "emails_heldout14", "emails_heldout15",
           "emails_heldout16", "emails_heldout17", "emails_heldout18", "emails_heldout19",
           "emails_heldout20", "emails_heldout21", "emails_heldout22", "emails_heldout23",
           "emails_heldout24", "emails_heldout25", "emails_heldout26", "emails_heldout27",
           "emails_heldout28", "emails_heldout29", "emails_heldout30", "emails_heldout31",
           "emails_heldout32", "emails_heldout33", "emails_heldout34", "emails_heldout35",
           "emails_heldout36", "emails_heldout37",
           "emails_heldout38", "emails_heldout39", "emails_heldout40", "emails_heldout41",
           "emails_heldout42", "emails_heldout43", "emails_heldout44",
           "emails_heldout45", "emails_heldout46", "emails_heldout47",
           "emails_heldout48", "emails_heldout49", "emails_heldout50",
           "emails_heldout51", "emails_heldout52", "emails_heldout53",
           "emails_heldout54", "emails_heldout55", "emails_heldout56",
           "emails_heldout57", "emails_heldout58", "emails_heldout59",
           "emails_heldout60", "emails_heldout61",
           "emails_heldout62", "emails_heldout63", "emails_heldout64",
           "emails_heldout65", "emails_heldout66", "emails_heldout67", "emails_heldout68",
           "emails_heldout69", "emails_heldout70", "emails_heldout71", "emails_heldout72",
           "emails_heldout73", "emails_heldout74", "emails_heldout75",
           "emails_heldout76", "emails_heldout77", "emails_heldout78",
           "emails_heldout79", "emails_heldout80", "emails_heldout81",
           "emails_heldout82", "emails_heldout83", "emails_heldout84",
           "emails_heldout85", "emails_heldout86", "emails_heldout87",
           "emails_heldout88", "emails_heldout89", "emails_heldout90",
           "emails_heldout91", "emails_heldout92", "emails_heldout93",
           "emails_heldout94", "emails_heldout95", "emails_heldout96",
           "emails_heldout97", "emails_heldout98", "emails_heldout99",
           "emails_heldout100", "emails_heldout101", "emails_heldout102",
           "emails_heldout103", "emails_heldout104", "emails_heldout105",
           "emails_heldout106", "emails_heldout107", "emails_heldout108",
           "emails_heldout109", "emails_heldout110", "emails_heldout111",
           "emails_heldout112", "emails_heldout113", "emails_heldout114",
           "emails_heldout115", "emails_heldout116", "emails_heldout117",
           "emails_heldout118", "emails_heldout119", "emails_heldout120",
           "emails_heldout121", "emails_heldout122", "emails_heldout123",
           "emails_heldout124", "emails_heldout125", "emails_heldout126",
           "emails_heldout127", "emails_heldout128", "emails_heldout129",
           "emails_heldout130", "emails_heldout131", "emails_heldout132",
           "emails_heldout133", "emails_heldout134", "emails_heldout135",
           "emails_heldout136", "emails_heldout137", "emails_heldout138",
           "emails_heldout139", "emails_heldout140", "emails_heldout141",
           "emails_heldout142", "emails_heldout143", "emails_heldout144",
           "emails_heldout145", "emails_heldout146", "emails_heldout147",
           "emails_heldout148", "emails_heldout149", "emails_heldout150",
           "emails_heldout151", "emails_heldout152", "emails_heldout153",
           "emails_heldout154", "emails_heldout155", "emails_heldout156",
           "emails_heldout157", "emails_heldout158", "emails_heldout159",
           "emails_heldout160", "emails_heldout161", "emails_heldout162",
           "emails_heldout163", "emails_heldout164", "emails_heldout165",
           "emails_heldout166", "emails_heldout167", "emails_heldout168",
           "emails_heldout169", "emails_heldout170", "emails_heldout171",
           "emails_heldout172", "emails_heldout173", "emails_heldout174",
           "emails_heldout175", "emails_heldout176", "emails_heldout177",
           "emails_heldout178", "emails_heldout179", "emails_heldout180",
           "emails_heldout181", "emails_heldout182", "emails_heldout183",
           "emails_heldout184", "emails_heldout185", "emails_heldout186",
           "emails_heldout187", "emails_heldout188", "emails_heldout189",
           "emails_heldout190", "emails_heldout191", "emails_heldout192",
           "emails_heldout193", "emails_heldout194", "emails_heldout195",
           "emails_heldout196", "emails_heldout197", "emails_heldout198",
           "emails_heldout199", "emails_heldout200", "emails_heldout201",
           "emails_heldout202", "emails_heldout203", "emails_heldout204",
           "emails_heldout205", "emails_heldout206", "emails_heldout207",
           "emails_heldout208", "emails_heldout209", "emails_heldout210",
           "emails_heldout211", "emails_heldout212", "emails_heldout213",
           "emails_heldout214", "emails_heldout215", "emails_heldout216",
           "emails_heldout217", "emails_heldout218", "emails_heldout219",
           "emails_heldout220", "emails_heldout221", "emails_heldout222",
           "emails_heldout223", "emails_heldout224", "emails_heldout225",
           "emails_heldout226", "emails_heldout227", "emails_heldout228",
           "emails_heldout229", "emails_heldout230", "emails_heldout231",
           "emails_heldout232", "emails_heldout233", "emails_heldout234",
           "emails_heldout235", "emails_heldout236", "emails_heldout237",
           "emails_heldout238", "emails_heldout239", "emails_heldout240",
           "emails_heldout241", "emails_heldout242", "emails_heldout243",
           "emails_heldout244", "emails_heldout245", "emails_heldout246",
           "emails_heldout247", "emails_heldout248", "emails_heldout249",
           "emails_heldout250", "emails_heldout251", "emails_heldout252",
           "emails_heldout253", "emails_heldout254", "emails_heldout255",
           "emails_heldout256", "emails_heldout257", "emails_heldout258",
           "emails_heldout259", "emails_heldout260", "emails_heldout261",
           "emails_heldout262", "emails_heldout263", "emails_heldout264",
           "emails_heldout265", "emails_heldout266", "emails_heldout267",
           "emails_heldout268", "emails_heldout269", "emails_heldout270",
           "emails_heldout271", "emails_heldout272", "emails_heldout273",
           "emails_heldout274", "emails_heldout275", "emails_heldout276",
           "emails_heldout277", "emails_heldout278", "emails_heldout279",
           "emails_heldout280", "emails_heldout281", "emails_heldout282",
           "emails_heldout283", "emails_heldout284", "emails_heldout285",
           "emails_heldout286", "emails_heldout287", "emails_heldout288",
           "emails_heldout289", "emails_heldout290", "emails_heldout291",
           "emails_heldout292", "emails_heldout293", "emails_heldout294",
           "emails_heldout295", "emails_heldout296", "emails_heldout297",
           "emails_heldout298", "emails_heldout299", "emails_heldout300",
           "emails_heldout301", "emails_heldout302", "emails_heldout303",
           "emails_heldout304", "emails_heldout305", "emails_heldout306",
           "emails_heldout307", "emails_heldout308", "emails_heldout309",
           "emails_heldout310", "emails_heldout311", "emails_heldout312",
           "emails_heldout313", "emails_heldout314", "emails_heldout315",
           "emails_heldout316", "emails_heldout317", "emails_heldout318",
           "emails_heldout319", "emails_heldout320", "emails_heldout321",
           "emails_heldout322", "emails_heldout323", "emails_heldout324",
           "emails_heldout325", "emails_heldout326", "emails_heldout327",
           "emails_heldout328", "emails_heldout329", "emails_heldout330",
           "emails_heldout331", "emails_heldout332", "emails_heldout333",
           "emails_heldout334", "emails_heldout335", "emails_heldout336",
           "emails_heldout337", "emails_heldout338", "emails_heldout339",
           "emails_heldout340", "emails_heldout341", "emails_heldout342",
           "emails_heldout343", "emails_heldout344", "emails_heldout345",
           "emails_heldout346", "emails_heldout347", "emails_heldout348",
           "emails_heldout349", "emails_heldout350", "emails_heldout351",
           "emails_heldout352", "emails_heldout353", "emails_heldout354",
           "emails_heldout355", "emails_heldout356", "emails_heldout357",
           "emails_heldout358", "emails_heldout359", "emails_heldout360")
#: corpora written against the directory Mailbot ships (config/partners.yaml: eleven
#: organisations in five languages), kept as tests/fixtures/config_shipped so that an edit
#: of the shipped example cannot move their labels; the others use tests/fixtures/config
SHIPPED_DIRECTORY = frozenset(f"emails_heldout{n}" for n in range(301, 361))
#: "<corpus>/<folder>/<file>.eml" → label
EXPECTED = {f"{corpus}/{name}": label for corpus in CORPORA
            for name, label in json.loads((FIXTURES / corpus / "expected.json").read_text())
            .items()}
NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
FIELDS = ("kind", "lead", "contact", "intent", "status", "amount", "currency", "paused_until")


@pytest.fixture(scope="module", autouse=True)
def errors_raise():
    """A bug in the reader shows as its traceback, not as a mail quietly quarantined as
    unreadable (no corpus file is unreadable)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(RAISE_ENV, "1")
        yield


@pytest.fixture(scope="module")
def corpus_apps(tmp_path_factory) -> dict[str, App]:
    """The directories the corpus mail is read against, in SQLite, by fixture folder."""
    apps = {}
    for folder in ("config", "config_shipped"):
        tmp = tmp_path_factory.mktemp(folder)
        shutil.copytree(FIXTURES / folder, tmp / "config")
        apps[folder] = build_app(load_config(tmp / "config", environ={}),
                                 engine=make_engine(f"sqlite:///{tmp / 'c.db'}"))
    return apps


def app_for(apps: dict[str, App], name: str) -> App:
    """The app a corpus file is read with: its corpus's directory."""
    return apps["config_shipped" if name.split("/", 1)[0] in SHIPPED_DIRECTORY else "config"]


class Readings(dict):
    """Corpus files read through the real lookup, each the first time it is asked for (the
    per-file tests share the accuracy tests' worker, so the corpus is read once a run)."""

    def __init__(self, apps: dict[str, App]) -> None:
        super().__init__()
        self.apps = apps

    def __missing__(self, name: str) -> dict:
        self[name] = read(app_for(self.apps, name), (FIXTURES / name).read_bytes(),
                          NOW).as_json()
        return self[name]


@pytest.fixture(scope="module")
def readings(errors_raise, corpus_apps) -> Readings:
    """Corpus files read on demand (``readings[name]``)."""
    return Readings(corpus_apps)


@pytest.fixture(scope="module")
def all_readings(readings) -> dict[str, dict]:
    """Every corpus file read. The tests that need them all share one test worker
    (``xdist_group``), so the corpus is read whole once per run."""
    return {name: readings[name] for name in EXPECTED}


@pytest.mark.parametrize(("corpus", "at_least"), [("emails", 90), ("emails_heldout", 70),
                                                 ("emails_heldout2", 60), ("emails_heldout3", 60),
                                                 ("emails_heldout4", 60), ("emails_heldout5", 60),
                                                 ("emails_heldout6", 60), ("emails_heldout7", 50),
                                                 ("emails_heldout8", 50), ("emails_heldout9", 50),
                                                 ("emails_heldout10", 50),
                                                 ("emails_heldout11", 50),
                                                 ("emails_heldout12", 50),
                                                 ("emails_heldout13", 50),
                                                 ("emails_heldout14", 50),
                                                 ("emails_heldout15", 50),
                                                 ("emails_heldout16", 50),
                                                 ("emails_heldout17", 50),
                                                 ("emails_heldout18", 50),
                                                 ("emails_heldout19", 50),
                                                 ("emails_heldout20", 50),
                                                 ("emails_heldout21", 50),
                                                 ("emails_heldout22", 50),
                                                 ("emails_heldout23", 50),
                                                 ("emails_heldout24", 50),
                                                 ("emails_heldout25", 50),
                                                 ("emails_heldout26", 50),
                                                 ("emails_heldout27", 50),
                                                 ("emails_heldout28", 40),
                                                 ("emails_heldout29", 50),
                                                 ("emails_heldout30", 50),
                                                 ("emails_heldout31", 50),
                                                 ("emails_heldout32", 50),
                                                 ("emails_heldout33", 50),
                                                 ("emails_heldout34", 50),
                                                 ("emails_heldout35", 50),
                                                 ("emails_heldout36", 50),
                                                 ("emails_heldout37", 50),
                                                 ("emails_heldout38", 50),
                                                 ("emails_heldout39", 50),
                                                 ("emails_heldout40", 50),
                                                 ("emails_heldout41", 50),
                                                 ("emails_heldout42", 50),
                                                 ("emails_heldout43", 50),
                                                 ("emails_heldout44", 50),
                                                 ("emails_heldout45", 40),
                                                 ("emails_heldout46", 40),
                                                 ("emails_heldout47", 50),
                                                 ("emails_heldout48", 50),
                                                 ("emails_heldout49", 50),
                                                 ("emails_heldout50", 50),
                                                 ("emails_heldout51", 50),
                                                 ("emails_heldout52", 50),
                                                 ("emails_heldout53", 50),
                                                 ("emails_heldout54", 50),
                                                 ("emails_heldout55", 50),
                                                 ("emails_heldout56", 50),
                                                 ("emails_heldout57", 50),
                                                 ("emails_heldout58", 50),
                                                 ("emails_heldout59", 50),
                                                 ("emails_heldout60", 50),
                                                 ("emails_heldout61", 50),
                                                 ("emails_heldout62", 50),
                                                 ("emails_heldout63", 50),
                                                 ("emails_heldout64", 50),
                                                 ("emails_heldout65", 50),
                                                 ("emails_heldout66", 50),
                                                 ("emails_heldout67", 50),
                                                 ("emails_heldout68", 50),
                                                 ("emails_heldout69", 50),
                                                 ("emails_heldout70", 50),
                                                 ("emails_heldout71", 50),
                                                 ("emails_heldout72", 50),
                                                 ("emails_heldout73", 50),
                                                 ("emails_heldout74", 50),
                                                 ("emails_heldout75", 50),
                                                 ("emails_heldout76", 50),
                                                 ("emails_heldout77", 50),
                                                 ("emails_heldout78", 50),
                                                 ("emails_heldout79", 50),
                                                 ("emails_heldout80", 50),
                                                 ("emails_heldout81", 50),
                                                 ("emails_heldout82", 50),
                                                 ("emails_heldout83", 50),
                                                 ("emails_heldout84", 50),
                                                 ("emails_heldout85", 50),
                                                 ("emails_heldout86", 50),
                                                 ("emails_heldout87", 50),
                                                 ("emails_heldout88", 50),
                                                 ("emails_heldout89", 50),
                                                 ("emails_heldout90", 50),
                                                 ("emails_heldout91", 50),
                                                 ("emails_heldout92", 50),
                                                 ("emails_heldout93", 50),
                                                 ("emails_heldout94", 50),
                                                 ("emails_heldout95", 50),
                                                 ("emails_heldout96", 50),
                                                 ("emails_heldout97", 50),
                                                 ("emails_heldout98", 50),
                                                 ("emails_heldout99", 50),
                                                 ("emails_heldout100", 50),
                                                 ("emails_heldout101", 50),
                                                 ("emails_heldout102", 50),
                                                 ("emails_heldout103", 50),
                                                 ("emails_heldout104", 50),
                                                 ("emails_heldout105", 50),
                                                 ("emails_heldout106", 50),
                                                 ("emails_heldout107", 50),
                                                 ("emails_heldout108", 50),
                                                 ("emails_heldout109", 50),
                                                 ("emails_heldout110", 50),
                                                 ("emails_heldout111", 50),
                                                 ("emails_heldout112", 50),
                                                 ("emails_heldout113", 50),
                                                 ("emails_heldout114", 50),
                                                 ("emails_heldout115", 50),
                                                 ("emails_heldout116", 50),
                                                 ("emails_heldout117", 50),
                                                 ("emails_heldout118", 50),
                                                 ("emails_heldout119", 50),
                                                 ("emails_heldout120", 50),
                                                 ("emails_heldout121", 50),
                                                 ("emails_heldout122", 50),
                                                 ("emails_heldout123", 50),
                                                 ("emails_heldout124", 50),
                                                 ("emails_heldout125", 50),
                                                 ("emails_heldout126", 50),
                                                 ("emails_heldout127", 50),
                                                 ("emails_heldout128", 50),
                                                 ("emails_heldout129", 50),
                                                 ("emails_heldout130", 50),
                                                 ("emails_heldout131", 50),
                                                 ("emails_heldout132", 50),
                                                 ("emails_heldout133", 50),
                                                 ("emails_heldout134", 50),
                                                 ("emails_heldout135", 50),
                                                 ("emails_heldout136", 50),
                                                 ("emails_heldout137", 50),
                                                 ("emails_heldout138", 50),
                                                 ("emails_heldout139", 50),
                                                 ("emails_heldout140", 50),
                                                 ("emails_heldout141", 50),
                                                 ("emails_heldout142", 50),
                                                 ("emails_heldout143", 50),
                                                 ("emails_heldout144", 50),
                                                 ("emails_heldout145", 50),
                                                 ("emails_heldout146", 50),
                                                 ("emails_heldout147", 50),
                                                 ("emails_heldout148", 50),
                                                 ("emails_heldout149", 50),
                                                 ("emails_heldout150", 50),
                                                 ("emails_heldout151", 50),
                                                 ("emails_heldout152", 50),
                                                 ("emails_heldout153", 50),
                                                 ("emails_heldout154", 50),
                                                 ("emails_heldout155", 50),
                                                 ("emails_heldout156", 50),
                                                 ("emails_heldout157", 50),
                                                 ("emails_heldout158", 50),
                                                 ("emails_heldout159", 50),
                                                 ("emails_heldout160", 50),
                                                 ("emails_heldout161", 50),
                                                 ("emails_heldout162", 50),
                                                 ("emails_heldout163", 50),
                                                 ("emails_heldout164", 50),
                                                 ("emails_heldout165", 50),
                                                 ("emails_heldout166", 50),
                                                 ("emails_heldout167", 50),
                                                 ("emails_heldout168", 50),
                                                 ("emails_heldout169", 50),
                                                 ("emails_heldout170", 50),
                                                 ("emails_heldout171", 50),
                                                 ("emails_heldout172", 50),
                                                 ("emails_heldout173", 50),
                                                 ("emails_heldout174", 50),
                                                 ("emails_heldout175", 50),
                                                 ("emails_heldout176", 50),
                                                 ("emails_heldout177", 50),
                                                 ("emails_heldout178", 50),
                                                 ("emails_heldout179", 50),
                                                 ("emails_heldout180", 50),
                                                 ("emails_heldout181", 50),
                                                 ("emails_heldout182", 50),
                                                 ("emails_heldout183", 50),
                                                 ("emails_heldout184", 50),
                                                 ("emails_heldout185", 50),
                                                 ("emails_heldout186", 50),
                                                 ("emails_heldout187", 50),
                                                 ("emails_heldout188", 50),
                                                 ("emails_heldout189", 50),
                                                 ("emails_heldout190", 50),
                                                 ("emails_heldout191", 50),
                                                 ("emails_heldout192", 50),
                                                 ("emails_heldout193", 50),
                                                 ("emails_heldout194", 50),
                                                 ("emails_heldout195", 50),
                                                 ("emails_heldout196", 50),
                                                 ("emails_heldout197", 50),
                                                 ("emails_heldout198", 50),
                                                 ("emails_heldout199", 50),
                                                 ("emails_heldout200", 50),
                                                 ("emails_heldout201", 50),
                                                 ("emails_heldout202", 50),
                                                 ("emails_heldout203", 50),
                                                 ("emails_heldout204", 50),
                                                 ("emails_heldout205", 50),
                                                 ("emails_heldout206", 50),
                                                 ("emails_heldout207", 50),
                                                 ("emails_heldout208", 50),
                                                 ("emails_heldout209", 50),
                                                 ("emails_heldout210", 50),
                                                 ("emails_heldout211", 50),
                                                 ("emails_heldout212", 50),
                                                 ("emails_heldout213", 50),
                                                 ("emails_heldout214", 50),
                                                 ("emails_heldout215", 50),
                                                 ("emails_heldout216", 50),
                                                 ("emails_heldout217", 50),
                                                 ("emails_heldout218", 50),
                                                 ("emails_heldout219", 50),
                                                 ("emails_heldout220", 50),
                                                 ("emails_heldout221", 50),
                                                 ("emails_heldout222", 50),
                                                 ("emails_heldout223", 50),
                                                 ("emails_heldout224", 50),
                                                 ("emails_heldout225", 50),
                                                 ("emails_heldout226", 50),
                                                 ("emails_heldout227", 50),
                                                 ("emails_heldout228", 50),
                                                 ("emails_heldout229", 50),
                                                 ("emails_heldout230", 50),
                                                 ("emails_heldout231", 50),
                                                 ("emails_heldout232", 50),
                                                 ("emails_heldout233", 50),
                                                 ("emails_heldout234", 50),
                                                 ("emails_heldout235", 50),
                                                 ("emails_heldout236", 50),
                                                 ("emails_heldout237", 50),
                                                 ("emails_heldout238", 50),
                                                 ("emails_heldout239", 50),
                                                 ("emails_heldout240", 50),
                                                 ("emails_heldout241", 50),
                                                 ("emails_heldout242", 50),
                                                 ("emails_heldout243", 50),
                                                 ("emails_heldout244", 50),
                                                 ("emails_heldout245", 50),
                                                 ("emails_heldout246", 50),
                                                 ("emails_heldout247", 50),
                                                 ("emails_heldout248", 50),
                                                 ("emails_heldout249", 50),
                                                 ("emails_heldout250", 50),
                                                 ("emails_heldout251", 50),
                                                 ("emails_heldout252", 50),
                                                 ("emails_heldout253", 50),
                                                 ("emails_heldout254", 50),
                                                 ("emails_heldout255", 50),
                                                 ("emails_heldout256", 50),
                                                 ("emails_heldout257", 50),
                                                 ("emails_heldout258", 50),
                                                 ("emails_heldout259", 50),
                                                 ("emails_heldout260", 50),
                                                 ("emails_heldout261", 50),
                                                 ("emails_heldout262", 50),
                                                 ("emails_heldout263", 50),
                                                 ("emails_heldout264", 50),
                                                 ("emails_heldout265", 50),
                                                 ("emails_heldout266", 50),
                                                 ("emails_heldout267", 50),
                                                 ("emails_heldout268", 50),
                                                 ("emails_heldout269", 50),
                                                 ("emails_heldout270", 50),
                                                 ("emails_heldout271", 50),
                                                 ("emails_heldout272", 50),
                                                 ("emails_heldout273", 50),
                                                 ("emails_heldout274", 50),
                                                 ("emails_heldout275", 50),
                                                 ("emails_heldout276", 50),
                                                 ("emails_heldout277", 50),
                                                 ("emails_heldout278", 50),
                                                 ("emails_heldout279", 50),
                                                 ("emails_heldout280", 50),
                                                 ("emails_heldout281", 50),
                                                 ("emails_heldout282", 50),
                                                 ("emails_heldout283", 50),
                                                 ("emails_heldout284", 50),
                                                 ("emails_heldout285", 50),
                                                 ("emails_heldout286", 50),
                                                 ("emails_heldout287", 50),
                                                 ("emails_heldout288", 50),
                                                 ("emails_heldout289", 50),
                                                 ("emails_heldout290", 50),
                                                 ("emails_heldout291", 50),
                                                 ("emails_heldout292", 50),
                                                 ("emails_heldout293", 50),
                                                 ("emails_heldout294", 50),
                                                 ("emails_heldout295", 50),
                                                 ("emails_heldout296", 50),
                                                 ("emails_heldout297", 50),
                                                 ("emails_heldout298", 50),
                                                 ("emails_heldout299", 50),
                                                 ("emails_heldout300", 50),
                                                 ("emails_heldout301", 50),
                                                 ("emails_heldout302", 50),
                                                 ("emails_heldout303", 50),
                                                 ("emails_heldout304", 50),
                                                 ("emails_heldout305", 50),
                                                 ("emails_heldout306", 50),
                                                 ("emails_heldout307", 50),
                                                 ("emails_heldout308", 50),
                                                 ("emails_heldout309", 50),
                                                 ("emails_heldout310", 50),
                                                 ("emails_heldout311", 50),
                                                 ("emails_heldout312", 50),
                                                 ("emails_heldout313", 50),
                                                 ("emails_heldout314", 50),
                                                 ("emails_heldout315", 50),
                                                 ("emails_heldout316", 50),
                                                 ("emails_heldout317", 50),
                                                 ("emails_heldout318", 50),
                                                 ("emails_heldout319", 50),
                                                 ("emails_heldout320", 50),
                                                 ("emails_heldout321", 50),
                                                 ("emails_heldout322", 50),
                                                 ("emails_heldout323", 50),
                                                 ("emails_heldout324", 50),
                                                 ("emails_heldout325", 50),
                                                 ("emails_heldout326", 50),
                                                 ("emails_heldout327", 50),
                                                 ("emails_heldout328", 50),
                                                 ("emails_heldout329", 50),
                                                 ("emails_heldout330", 50),
                                                 ("emails_heldout331", 50),
                                                 ("emails_heldout332", 50),
                                                 ("emails_heldout333", 50),
                                                 ("emails_heldout334", 50),
                                                 ("emails_heldout335", 50),
                                                 ("emails_heldout336", 50),
                                                 ("emails_heldout337", 50),
                                                 ("emails_heldout338", 50),
                                                 ("emails_heldout339", 50),
                                                 ("emails_heldout340", 50),
                                                 ("emails_heldout341", 50),
                                                 ("emails_heldout342", 50),
                                                 ("emails_heldout343", 50),
                                                 ("emails_heldout344", 50),
                                                 ("emails_heldout345", 50),
                                                 ("emails_heldout346", 50),
                                                 ("emails_heldout347", 50),
                                                 ("emails_heldout348", 50),
                                                 ("emails_heldout349", 50),
                                                 ("emails_heldout350", 50),
                                                 ("emails_heldout351", 50),
                                                 ("emails_heldout352", 50),
                                                 ("emails_heldout353", 50),
                                                 ("emails_heldout354", 50),
                                                 ("emails_heldout355", 50),
                                                 ("emails_heldout356", 50),
                                                 ("emails_heldout357", 50),
                                                 ("emails_heldout358", 50),
                                                 ("emails_heldout359", 50),
                                                 ("emails_heldout360", 50)])
def test_the_corpus_is_complete(corpus, at_least):
    folder = FIXTURES / corpus
    files = {f"{corpus}/{p.relative_to(folder)}" for p in folder.rglob("*.eml")}
    labelled = {n for n in EXPECTED if n.startswith(f"{corpus}/")}
    assert files == labelled and len(files) >= at_least


@pytest.mark.xdist_group("all_readings")
def test_kind_accuracy(all_readings):
    wrong = {n: (r["kind"], EXPECTED[n]["kind"]) for n, r in all_readings.items()
             if r["kind"] != EXPECTED[n]["kind"]}
    assert 1 - len(wrong) / len(all_readings) >= 0.98, wrong


@pytest.mark.xdist_group("all_readings")
def test_intent_and_status_accuracy(all_readings):
    readings = all_readings
    replies = [n for n, e in EXPECTED.items() if e["kind"] == "reply"]
    wrong = {n: ((readings[n]["intent"], readings[n]["status"]),
                 (EXPECTED[n]["intent"], EXPECTED[n]["status"])) for n in replies
             if (readings[n]["intent"], readings[n]["status"]) !=
             (EXPECTED[n]["intent"], EXPECTED[n]["status"])}
    assert 1 - len(wrong) / len(replies) >= 0.90, wrong


#: misses kept in view rather than relabelled; strict: fixing one fails the test (remove it)
KNOWN_MISSES: dict[str, str] = {
    "emails_heldout16/replies/apple_mail_de_18_blockquote_misuse_accept.eml":
        "'Ja, nehmen wir' typed inside the quoted blockquote: indistinguishable from our text",
    # a deliberate difference: RFC 3463 makes 4.x.x transient even when the MTA gave up;
    # the address is kept and the mail retried, where the label says permanent
    "emails_heldout20/bounces/postfix_37_expired_4_4_1_gave_up_verp.eml":
        "Status 4.4.1 with Action: failed is read as temporary (RFC 3463), labelled permanent",
    # a DSN is a bounce by its form; this one (to leads@, quoting none of our emails) is
    # quarantined as untrusted when processed, where its label says unrelated
    "emails_heldout39/bounces/sendmail_expired_5_days_action_failed_447.eml":
        "Status 4.4.7 with Action: failed is read as temporary (RFC 3463), labelled permanent",
    "emails_heldout39/unrelated/backscatter_dsn_stranger_recipient_to_leads_address.eml":
        "a backscatter DSN is kind bounce (quarantined in processing), labelled unrelated",
    # stop 26
    "emails_heldout140/replies/"
    "gmail_web_fi_29_won_savion_koulu_voitettu_summa_tammikuussa_aino_lomalle.eml":
        "'Savion koulu on voitettu' names the project (a school of Keravan kaupunki) by place "
        "and trade, which reads as another customer; only the call that followed is kept",
    # the last six rounds of stop 26 (sets 142-147), cut short when the stop ended: what each
    # file is read as, against its label (most are another customer in this one's town or
    # trade, or this customer named by a word the lead does not have)
    "emails_heldout143/replies/"
    "gmail_web_de_32_contacted_eero_uebt_deutsch_schule_in_vaeaek"
    "sy_hausmeister_hartola_storniert.eml":
        "read as status lost; labelled status contacted",
    "emails_heldout143/replies/"
    "iphone_fi_42_null_kuusankosken_pumppaamo_hiljaista_voi_olla_pyhtaa_tilasi.eml":
        "read as intent status, status won, amount 12600, currency EUR; labelled intent N"
        "one, status None, amount None, currency None",
    "emails_heldout147/replies/"
    "gmail_web_sv_31_meeting_smedsby_skola_torsdag_13_april_momsdeklaration_karleby_abb.eml":
        "read as intent None, status None; labelled intent status, status meeting",
    # stop 30
    "emails_heldout150/replies/gmail_android_en_08_contacted_called_the_customer_already.eml":
        "\"isn't this one ours already?\" above a report of a call, to an offer: read as a "
        "question (the manager is asked), labelled a report of contact",
    "emails_heldout153/replies/outlook_desktop_sv_39_won_affaren_klar_86400_kr.eml":
        "'den här kunden är redan vår' before 'Affären blev klar i går: beställning på 86 400 "
        "kr': read as the customer already known (a decline), labelled a win",
    # stop 44, second round: the customer focus, not the words
    "emails_heldout317/replies/iphone_fi_21_proposal_ylojarvi_ja_pirkkala_sekaisin.eml":
        "'Ei hetkinen, nyt meni Ylöjärvi ja Pirkkala sekaisin. Ylöjärvi hävittiin. Pirkkalan "
        "Lämmölle tarjous lähti eilen': Ylöjärvi is not known as another customer, so the "
        "correction is read whole and the loss beats the quote (labelled proposal)",
    "emails_heldout323/replies/iphone_sv_30_won_21900_eur_inte_kronor.eml":
        "'Euro alltså, inte kronor! Skriver för många offerter till Haparanda just nu. 21 900 "
        "€': the aside's 'offerter' makes the corrected part a new step, so the first "
        "figure's currency (SEK) stays (labelled EUR)",
    # stop 50: the files of sets 349-354 not mended in the stop (measured blind, then the
    # reader mended on the rest): what each is read as, against its label
    "emails_heldout349/replies/"
    "thunderbird_fi_17_null_sastamala_esan_muistiinpanot_epaselvat.eml":
        "read as intent status, status proposal; labelled intent None, status None",
    "emails_heldout350/replies/"
    "iphone_de_12_contacted_kainz_traunstein_telefoniert_trostberg_altoetting.eml":
        "read as status meeting; labelled status contacted",
    "emails_heldout350/replies/"
    "iphone_en_07_lost_plymouth_dairy_lost_exeter_signed_truro.eml":
        "read as intent None, status None; labelled intent status, status lost",
    "emails_heldout350/replies/"
    "outlook_desktop_en_03_null_medway_not_started_ashford_maidstone_sittingbourne.eml":
        "read as intent decline; labelled intent None",
    "emails_heldout350/replies/"
    "outlook_mac_en_04_contacted_helen_aldous_rang_back_ely_kings_lynn_march.eml":
        "read as status won, amount 11300, currency GBP; labelled status contacted, amount "
        "None, currency None",
    "emails_heldout350/replies/"
    "samsung_de_14_proposal_gaerkeller_zwei_varianten_krems_23450_gfoehl.eml":
        "read as amount 23450, currency EUR; labelled amount None, currency None",
    "emails_heldout350/replies/"
    "samsung_ru_34_null_shatura_agronom_protiv_bukhgalterii_roshal.eml":
        "read as intent decline; labelled intent None",
    "emails_heldout350/replies/"
    "thunderbird_sv_27_contacted_timo_kangas_ringt_uleaborg_tyrnava_siikajoki.eml":
        "read as status proposal; labelled status contacted",
    "emails_heldout351/replies/"
    "iphone_de_11_null_uebergabe_angebot_und_verloren_angekreuzt.eml":
        "read as intent status, status lost; labelled intent None, status None",
    "emails_heldout351/replies/"
    "outlook_desktop_de_09_decline_anmerkungen_im_text_bregenz_zu_weit.eml":
        "read as intent None; labelled intent decline",
    "emails_heldout351/replies/"
    "outlook_ios_en_04_meeting_numbered_answers_site_walk_22_01.eml":
        "read as status proposal; labelled status meeting",
    "emails_heldout351/replies/"
    "owa_en_03_question_blanks_for_the_customer_avonmouth.eml":
        "read as intent decline; labelled intent question",
    "emails_heldout352/replies/"
    "gmail_android_fi_20_null_olin_jo_kirjoittamassa_hallitus_ei_kasitellyt.eml":
        "read as intent status, status won; labelled intent None, status None",
    "emails_heldout352/replies/"
    "gmail_web_en_01_accept_not_a_no_dev_wants_another_rink.eml":
        "read as intent status, status meeting; labelled intent accept, status None",
    "emails_heldout352/replies/"
    "outlook_desktop_sv_24_accept_forsokt_hitta_skal_att_tacka_nej.eml":
        "read as intent decline; labelled intent accept",
    "emails_heldout352/replies/"
    "owa_fi_17_accept_pekka_varasi_jo_torstain_eikohan_meidan.eml":
        "read as intent None; labelled intent accept",
    "emails_heldout352/replies/"
    "owa_sv_26_question_samma_typ_som_forra_gangen_vems.eml":
        "read as intent accept; labelled intent question",
    "emails_heldout353/replies/"
    "iphone_de_09_accept_novak_behaelt_die_funkfuehler_aus_floridsdorf.eml":
        "read as intent decline; labelled intent accept",
    "emails_heldout353/replies/"
    "outlook_desktop_fi_23_null_jos_jussi_siirtaa_lomaansa_ehdimme_keravalle.eml":
        "read as intent accept; labelled intent None",
    "emails_heldout353/replies/"
    "thebat_ru_31_accept_dmitrii_uzhe_vozit_kabel_i_datchiki_lda.eml":
        "read as intent None; labelled intent accept",
    "emails_heldout353/replies/"
    "thunderbird_ru_34_null_montazhniki_v_tule_do_kontsa_mesyatsa.eml":
        "read as intent accept; labelled intent None",
    # stop 51: the files of sets 355-360 not mended in the stop (measured blind, then the
    # reader mended on the rest): what each is read as, against its label
    "emails_heldout358/replies/"
    "iphone_fi_17_accept_eetu_pakkasi_vuotovahdit_sivuun_kallioon.eml":
        "read as contact aino@ha-oy.example (the registered second address she wrote from, as "
        "sets 302, 307, 312, 315, 317 and 346 label it); labelled contact "
        "aino.virtanen@helsinki-automation.example (her first address)",
    "emails_heldout360/replies/"
    "iphone_de_12_contacted_isartal_werkleiter_telefoniert_dingolfing_vilsbiburg.eml":
        "read as status lost; labelled status contacted",
    "emails_heldout360/replies/"
    "samsung_ru_35_null_vidnoe_vopros_otkryt_domodedovo_butovo.eml":
        "read as intent status, status won; labelled intent None, status None",
    "emails_heldout360/replies/"
    "thunderbird_sv_28_meeting_kvarnen_kiiminki_mote_28_maj_oulunsalo_utajarvi.eml":
        "read as status proposal; labelled status meeting",
}


# (on the worker that reads the corpus whole for the accuracy tests: read on the other one
# too, half the corpus was read twice)
@pytest.mark.xdist_group("all_readings")
@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_MISSES[n], strict=True))
    if n in KNOWN_MISSES else n for n in sorted(EXPECTED)])
def test_every_field(readings, name):
    got, expected = readings[name], EXPECTED[name]
    assert {f: got[f] for f in FIELDS} == {f: expected[f] for f in FIELDS}
    if expected["bounce"] is None:
        assert got["bounce"] is None
    else:
        assert got["bounce"]["permanent"] == expected["bounce"]["permanent"]
        assert sorted(got["bounce"]["recipients"]) == sorted(expected["bounce"]["recipients"])


#: the widths clients hard-wrap plain text at (a narrow setting, Thunderbird and mutt
#: without format=flowed, Outlook's plain text)
CLIENT_WIDTHS = (60, 72, 76)
#: corpus files read right as written but not once hard-wrapped, and why
WRAP_MISSES: dict[str, str] = {}


def plain_text(part) -> str:
    text = part.get_content()
    if str(part.get_param("format", "")).lower() == "flowed":
        text = unflowed(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return text


def plain_only(raw: bytes) -> tuple[email.message.EmailMessage, email.message.EmailMessage] | None:
    """The mail and its plain text part, for a mail of plain text alone: None for one with
    an HTML part or a delivery report."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    kinds = [part.get_content_type() for part in msg.walk()]
    if "text/plain" not in kinds or "text/html" in kinds or "multipart/report" in kinds:
        return None
    return msg, next(p for p in msg.walk() if p.get_content_type() == "text/plain")


def as_sent(msg: email.message.EmailMessage) -> bytes:
    return msg.as_bytes(policy=policy.SMTPUTF8.clone(max_line_length=998))


def with_plain_text(msg: email.message.EmailMessage, part: email.message.EmailMessage,
                    text: str) -> bytes:
    """The mail with ``part``'s text replaced by ``text``."""
    part.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    return as_sent(msg)


def hard_wrapped(raw: bytes, width: int) -> bytes:
    """The mail as a client that hard-wraps its plain text (no format=flowed) sends it:
    every line of the writer's own longer than ``width`` broken greedily at spaces."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.get_content_type() != "text/plain" or part.is_attachment():
            continue
        lines = [wrapped for line in plain_text(part).split("\n") for wrapped in (
            [line] if len(line) <= width or re.match(r"\s*\w{0,3}>", line) else
            textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))]
        part.set_content("\n".join(lines), subtype="plain", charset="utf-8",
                         cte="quoted-printable")
    return as_sent(msg)


def html_only(raw: bytes, i: int = 0) -> bytes | None:
    """The mail of a plain text writer as Gmail or Apple Mail sends it in HTML alone: a
    div per line, "<div><br></div>" for an empty one, the quote in a blockquote. None for
    a mail with an HTML part or a delivery report of its own."""
    if (found := plain_only(raw)) is None:
        return None
    msg, part = found
    text = plain_text(part)
    for header in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
        del msg[header]
    msg.set_content(f"<html><body><div dir=ltr>{as_divs(text)}</div></body></html>",
                    subtype="html", charset="utf-8", cte="quoted-printable")
    return as_sent(msg)


#: what a mail server appends under every outgoing mail, quote and all
SERVER_DISCLAIMERS = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you are not the intended recipient, please notify the sender immediately and delete "
    "this message.",
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese Mail.",
    "Tämä sähköpostiviesti ja sen liitteet ovat luottamuksellisia ja tarkoitettu vain "
    "vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja "
    "poista viesti.",
    "Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för "
    "mottagaren. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera "
    "det.",
    "Данное сообщение и любые приложения к нему являются конфиденциальными и предназначены "
    "исключительно для адресата. Если вы получили это сообщение по ошибке, пожалуйста, "
    "сообщите отправителю и удалите его.")


def with_server_disclaimer(raw: bytes, i: int) -> bytes | None:
    """The mail with a disclaimer appended under its plain text, quote and all, as an
    Exchange transport rule does. None for a mail with an HTML part or a delivery report."""
    if (found := plain_only(raw)) is None:
        return None
    msg, part = found
    disclaimer = SERVER_DISCLAIMERS[i % len(SERVER_DISCLAIMERS)]
    return with_plain_text(msg, part, f"{plain_text(part).rstrip()}\n{disclaimer}\n")


def bottom_posted(raw: bytes, i: int = 0) -> bytes | None:
    """The top-posted plain text mail as a bottom-poster writes it: our quoted email (its
    "… wrote:" line and the ">" lines) first, the answer under it, the signature last. None
    for a mail with an HTML part, without a ">" quote or with nothing above it."""
    if (found := plain_only(raw)) is None:
        return None
    msg, part = found
    lines = plain_text(part).split("\n")
    first = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">")), None)
    if not first or not lines[first - 1].rstrip().endswith(":"):
        return None
    own, quote = "\n".join(lines[:first - 1]), "\n".join(lines[first - 1:])
    # the signature, under the answer or (Thunderbird's default) under the quote, stays last
    tail = ""
    if signature := re.search(r"(?m)^-- ?$", own):
        own, tail = own[:signature.start()], own[signature.start():]
    elif signature := re.search(r"(?m)^-- ?\n(?!>)", quote):
        quote, tail = quote[:signature.start()], quote[signature.start():]
    if not own.strip():
        return None
    return with_plain_text(msg, part, f"{quote.rstrip()}\n\n{own.strip()}\n\n{tail}")


#: where the writer's own words end: a quote, our quoted email's first line, an
#: attribution, a forwarded or original message, an Outlook header block
OWN_WORDS_END = re.compile(r"(?m)^(?:\s*\w{0,3}>|.*\b(?:wrote|schrieb|kirjoitti|skrev|"
                           r"написал\w*)\b.*:\s*$|-{3,}|_{10,}|(?:From|Von|Lähettäjä|Från|"
                           r"От): )")
def own_words(text: str) -> tuple[str, str]:
    """The writer's own words, and the rest (the quote and what follows)."""
    end = OWN_WORDS_END.search(text)
    return (text, "") if end is None else (text[:end.start()], text[end.start():])


#: what iOS, macOS and Word make of what is typed: ' " -- ...
SMART_PUNCTUATION = ((re.compile(r"(?<=\w)'(?=\w)"), "’"),
                     (re.compile(r'"(\S[^"\n]*?)"'), "“\\1”"),
                     (re.compile(r" -- "), " — "), (re.compile(r"\.\.\."), "…"))


def smart_punctuation(raw: bytes, i: int = 0) -> bytes | None:
    """The plain text mail as a phone or Word types it: typographic apostrophes, quotes,
    dashes and ellipses in the writer's own words (not in the quote). None for a mail with
    an HTML part or with nothing to change."""
    if (found := plain_only(raw)) is None:
        return None
    msg, part = found
    text = plain_text(part)
    own, rest = own_words(text)
    for pattern, typed in SMART_PUNCTUATION:
        own = pattern.sub(typed, own)
    return None if own + rest == text else with_plain_text(msg, part, own + rest)


#: what people type for the letters their keyboard lacks: a German "ue", a Finn or a Swede
#: the bare letter, a Russian "е" for "ё"
GERMAN_TYPED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                              "Ü": "Ue", "ß": "ss"})
BARE_TYPED = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A",
                            "ё": "е", "Ё": "Е"})


def without_letters(raw: bytes, i: int = 0) -> bytes | None:
    """The plain text mail as typed on a keyboard without ä, ö, ü, å, ß or ё: the writer's
    own words (not the quote) the German way when they have ü or ß, else with bare
    letters. None for a mail with an HTML part or with nothing to change."""
    if (found := plain_only(raw)) is None:
        return None
    msg, part = found
    text = plain_text(part)
    own, rest = own_words(text)
    typed = own.translate(GERMAN_TYPED if re.search("[üÜß]", own) else BARE_TYPED)
    return None if typed == own else with_plain_text(msg, part, typed + rest)


def decomposed(raw: bytes, i: int = 0) -> bytes | None:
    """The plain text mail with its letters decomposed (a + combining diaeresis), as text
    pasted on a Mac may be sent. None for a mail with an HTML part or nothing to change."""
    if (found := plain_only(raw)) is None:
        return None
    msg, part = found
    text = plain_text(part)
    nfd = unicodedata.normalize("NFD", text)
    return None if nfd == text else with_plain_text(msg, part, nfd)


def as_divs(text: str) -> str:
    out, quote = [], []
    for line in [*text.split("\n"), ""]:
        if re.match(r"\s*>", line):
            quote.append(re.sub(r"^\s*>\s?", "", line))
            continue
        if quote:
            out.append(f"<blockquote type=cite>{as_divs(chr(10).join(quote))}</blockquote>")
            quote = []
        out.append(f"<div>{html.escape(line)}</div>" if line.strip() else "<div><br></div>")
    return "".join(out)


#: each shape of the ``i``-th file
SHAPES = {"hard-wrapped": lambda raw, i: hard_wrapped(raw, CLIENT_WIDTHS[i % len(CLIENT_WIDTHS)]),
          "html-only": html_only,
          "server disclaimer": with_server_disclaimer, "bottom-posted": bottom_posted,
          "smart punctuation": smart_punctuation, "without letters": without_letters,
          "decomposed letters": decomposed}


@pytest.mark.parametrize("shape", SHAPES)
def test_other_client_shapes_read_as_written(corpus_apps, shape):
    """What clients and servers do to the same words: Gmail's and Outlook's plain part,
    mutt and K-9 wrap long lines without marking it (at one of the usual widths in turn);
    Gmail and Apple Mail may send HTML alone; a company's server appends a disclaimer
    (in one of our languages in turn); Thunderbird users answer under the quote; phones and
    Word type ’ “ ” — …; a keyboard without ä, ö, ü, å, ß or ё types "kaynti",
    "Rueckmeldung", "еще"; a Mac may send letters decomposed. Each file read right as
    written reads the same so shaped, or a mail's answer, figure or return date cut by a
    wrap, a paragraph's end, or the answer itself goes missing. Every third file: the
    reading costs as much again as the corpus test."""
    broken = {}
    for i, name in enumerate(sorted(EXPECTED)[::3]):
        expected, width = EXPECTED[name], CLIENT_WIDTHS[i % len(CLIENT_WIDTHS)]
        if name in KNOWN_MISSES:  # (every other file reads right as written: test_every_field)
            continue
        raw = (FIXTURES / name).read_bytes()
        shaped = SHAPES[shape](raw, i)
        if shaped is None or name in WRAP_MISSES:
            continue
        got = read(app_for(corpus_apps, name), shaped, NOW).as_json()
        if any(got[f] != expected[f] for f in FIELDS):
            broken[name] = (width, {f: got[f] for f in FIELDS if got[f] != expected[f]})
    assert not broken, broken


@pytest.mark.xdist_group("all_readings")
def test_quoted_history_never_reaches_the_text(all_readings):
    for name, got in all_readings.items():
        assert "Reply above this line" not in got["text"], name
        assert "https://" not in got["text"] or EXPECTED[name]["kind"] != "reply", name


def test_parse_cli_prints_the_same_object(tmp_path):
    from click.testing import CliRunner

    from mailbot.cli import cli
    shutil.copytree(FIXTURES / "config", tmp_path / "config")
    toml = tmp_path / "config" / "mailbot.toml"
    toml.write_text(toml.read_text().replace("sqlite:///var/mailbot.db",
                                             f"sqlite:///{tmp_path}/cli.db"))
    name = "emails/replies/gmail_web_de_won_eur.eml"
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "config"), "parse",
                                      str(FIXTURES / name), "--json", "--now", NOW.isoformat()])
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert {f: got[f] for f in FIELDS} == {f: EXPECTED[name][f] for f in FIELDS}
