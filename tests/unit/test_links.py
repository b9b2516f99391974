from datetime import UTC, datetime, timedelta

import pytest

from mailbot.outbound.links import ACTIONS, BadLink, LinkSigner

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def signer(clock, keys=("key-2026", "key-2025"), **kw) -> LinkSigner:
    return LinkSigner(list(keys), "https://leads.example.com", clock=clock, **kw)


def test_token_carries_lead_contact_action_and_nonce(clock):
    s = signer(clock)
    claims = s.verify("accept", s.token("accept", 1042, 77))
    assert (claims.action, claims.lead_id, claims.contact_id, claims.issued_at) == (
        "accept", 1042, 77, NOW)
    assert len(claims.nonce) >= 8
    assert s.token("accept", 1042, 77) != s.token("accept", 1042, 77)  # fresh nonce


def test_urls_are_short_enough_for_mail_clients(clock):
    s = signer(clock)
    for action in ACTIONS:
        url = s.url(action, 9_999_999, 9_999_999, "proposal")
        assert len(url) < 200, (action, len(url))


def test_a_token_for_one_action_is_useless_for_another(clock):
    s = signer(clock)
    token = s.token("decline", 1, 2)
    with pytest.raises(BadLink) as err:
        s.verify("accept", token)
    assert err.value.reason == "forged"


@pytest.mark.parametrize("mangle", [lambda t: t[:-3], lambda t: t[:20], lambda t: "x" + t,
                                    lambda t: t.replace(".", "-", 1), lambda t: ""])
def test_truncated_or_tampered_tokens_are_rejected(clock, mangle):
    s = signer(clock)
    with pytest.raises(BadLink) as err:
        s.verify("accept", mangle(s.token("accept", 1, 2)))
    assert err.value.reason == "forged"


def test_expiry_is_per_action_and_expired_tokens_still_name_their_owner(clock):
    s = signer(clock, expiry={"accept": timedelta(days=1)})
    accept, status = s.token("accept", 5, 6), s.token("status", 5, 6, "won")
    clock.now = NOW + timedelta(days=2)
    with pytest.raises(BadLink) as err:
        s.verify("accept", accept)
    assert err.value.reason == "expired"
    assert (err.value.claims.lead_id, err.value.claims.contact_id) == (5, 6)
    assert s.verify("status", status).extra == "won"  # status links live 120 days


def test_key_rotation_newest_signs_all_verify(clock):
    old = signer(clock, keys=("key-2025",))
    token = old.token("status", 1, 2)
    rotated = signer(clock, keys=("key-2026", "key-2025"))
    assert rotated.verify("status", token).lead_id == 1
    new_token = rotated.token("status", 1, 2)
    with pytest.raises(BadLink):
        old.verify("status", new_token)  # signed with the newest key
    retired = signer(clock, keys=("key-2027",))
    with pytest.raises(BadLink) as err:
        retired.verify("status", token)
    assert err.value.reason == "forged" and err.value.claims is None


def test_a_retired_key_is_recognised_never_trusted(clock):
    """A key taken out of service and listed as retired: its links are told apart from
    forgeries (to say why and offer a fresh link), even long expired, and never verify."""
    token = signer(clock, keys=("key-2025",)).token("accept", 7, 8)
    s = signer(clock, keys=("key-2027",), retired_keys=("key-2025", "key-2024"))
    clock.now = NOW + timedelta(days=400)
    with pytest.raises(BadLink) as err:
        s.verify("accept", token)
    assert err.value.reason == "retired"
    assert (err.value.claims.lead_id, err.value.claims.contact_id) == (7, 8)
    for bad in (token[:-2] + "xx", signer(clock, keys=("other",)).token("accept", 7, 8)):
        with pytest.raises(BadLink) as err:
            s.verify("accept", bad)
        assert err.value.reason == "forged" and err.value.claims is None
    with pytest.raises(BadLink) as err:  # another action's token stays forged
        s.verify("decline", token)
    assert err.value.reason == "forged"
    # a key listed both ways is current: it verifies
    both = signer(clock, keys=("key-2025",), retired_keys=("key-2025",))
    clock.now = NOW
    assert both.verify("accept", token).lead_id == 7


def test_unknown_action_is_malformed(clock):
    with pytest.raises(BadLink) as err:
        signer(clock).verify("teleport", "abc")
    assert err.value.reason == "malformed"


def test_reply_and_verp_keys_verify_and_resist_tampering(clock):
    s = signer(clock)
    key = s.reply_key(1042, 77)
    assert s.parse_reply_key(key) == (1042, 77)
    assert s.parse_reply_key(key.replace("1042-", "1043-", 1)) is None
    assert s.parse_reply_key("1042-77") is None
    verp = s.verp_key(555)
    assert s.parse_verp_key(verp) == 555
    assert s.parse_verp_key("556-" + verp.split("-", 1)[1]) is None
    rotated = signer(clock, keys=("key-2027", "key-2026"))
    assert rotated.parse_reply_key(key) == (1042, 77)


def test_retired_keys_come_from_the_environment(tmp_path):
    from mailbot.settings import load_settings
    settings = load_settings(tmp_path, {"MAILBOT_SECRET_KEYS": "new",
                                        "MAILBOT_RETIRED_SECRET_KEYS": " old , older "})
    assert settings.secrets.retired_keys == ("old", "older")
    assert load_settings(tmp_path, {}).secrets.retired_keys == ()
