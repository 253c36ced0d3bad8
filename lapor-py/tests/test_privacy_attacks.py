"""tests/vectors/privacy_attacks.json through the Python API (as tests/privacy_attacks.rs runs
it): views of replayed logs, replay that refuses what commands refuse, redaction with the
reporter's identity, quiet error messages, forms."""

import datetime as dt
import json
from pathlib import Path

import pytest

import lapor

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"
V = json.loads((VECTORS / "privacy_attacks.json").read_text(encoding="utf-8"))
DIRECTORY = lapor.AgencyDirectory(V["agencies"])


def check(name, text, absent, present=()):
    for s in absent:
        assert s not in text, f"{name}: {s!r} leaks in {text}"
    for s in present:
        assert s in text, f"{name}: {s!r} missing in {text}"


@pytest.mark.parametrize("attack", V["views"], ids=lambda a: a["name"])
def test_views_leak_nothing(attack):
    case = lapor.Case.replay(attack["log"], DIRECTORY)
    for viewer, expect in attack["expect"].items():
        check(attack["name"], case.view_json(viewer), expect["absent"], expect["present"])


@pytest.mark.parametrize("attack", V["replay"], ids=lambda a: a["name"])
def test_replay_refuses_what_commands_refuse(attack):
    text = "\n".join(json.dumps(e, ensure_ascii=False) for e in attack["log"])
    for read in (lambda: lapor.parse_event_log(text, DIRECTORY), lambda: lapor.Case.replay(attack["log"], DIRECTORY)):
        with pytest.raises(lapor.LaporError) as info:
            read()
        e = info.value
        assert (e.code, e.reason["code"], e.line) == ("event_rejected", attack["error"]["reason"], attack["error"]["line"])


@pytest.mark.parametrize("attack", [a for a in V["redaction"] if "style_key_hex" not in a], ids=lambda a: a["name"])
def test_redaction_with_the_identity(attack):
    r = lapor.Redactor(identity=attack["identity"])
    out = r.redact(attack["text"])
    check(attack["name"], out, attack["absent"], attack["present"])
    assert r.redact(out) == out


def test_identity_with_an_unknown_key_is_refused():
    with pytest.raises(lapor.ParseError):
        lapor.Redactor(identity={"nama": "Siti"})


@pytest.mark.parametrize("attack", V["errors"], ids=lambda a: a["name"])
def test_errors_never_quote_the_input(attack):
    with pytest.raises(lapor.LaporError) as info:
        if attack["target"] == "report":
            lapor.Report(attack["input"])
        else:
            lapor.RegionCode(attack["input"])
    e = info.value
    if "code" in attack:
        assert e.code == attack["code"]
    for text in (str(e), e.message_id, e.message_en, repr(vars(e))):
        check(attack["name"], text, attack["absent"])


@pytest.mark.parametrize("attack", V["forms"], ids=lambda a: a["name"])
def test_forms_warn_and_never_echo(attack):
    out = lapor.validate_report(attack["form"], dt.datetime(2025, 3, 10, tzinfo=dt.timezone.utc))
    if "warning" in attack:
        w = attack["warning"]
        assert any(
            i["code"] == w["code"] and i["field"] == w["field"] and i["pii_kind"] == w["pii_kind"] for i in out["issues"]
        ), out["issues"]
    for i in out["issues"]:
        check(attack["name"], i["message_id"] + " " + i["message_en"], attack.get("absent", []))
