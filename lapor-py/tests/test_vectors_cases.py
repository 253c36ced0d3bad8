"""The shared case vectors through lapor.Case: tests/vectors/case_scenarios.json (as
tests/case_scenarios.rs runs them) and tests/vectors/views.json (as tests/views_vectors.rs)."""

import datetime as dt
import json
from pathlib import Path

import pytest

import lapor

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"


def load(name):
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def instant(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


CASES = load("case_scenarios.json")


def check(where, case, at, expect):
    if "status" in expect:
        assert case.status == expect["status"], f"{where}: status"
    if "holder" in expect:
        assert case.holding() == expect["holder"], f"{where}: holder"
    # `completion` is a metric's first clock, `completion#2` its second.
    sla = {m["metric"] + ("" if m["round"] == 1 else f"#{m['round']}")
           + ("" if m["branch"] is None else f"@{m['branch']}"): m for m in case.sla(at)}
    for metric, want in expect.get("sla", {}).items():
        assert metric in sla, f"{where}: no metric {metric}"
        got = sla[metric]
        assert got["state"] == want["state"], f"{where}: {metric} {got}"
        if "due" in want:
            assert iso(got["due"]) == want["due"], f"{where}: {metric} due"
        if "responsible" in want:
            r = want["responsible"]
            assert got["responsible"] == (None if r == "national_admin" else r["agency"]), f"{where}: {metric} responsible"
    public = case.view("public")
    if "public_visibility" in expect:
        assert public["content"]["visibility"] == expect["public_visibility"], f"{where}: {public}"
    if "duplicate_of" in expect:
        assert public["duplicate_of"] == expect["duplicate_of"], f"{where}: {public}"


@pytest.mark.parametrize("scenario", CASES["scenarios"], ids=lambda s: s["name"])
def test_case_scenario(scenario):
    directory = lapor.AgencyDirectory(CASES["agencies"])
    policy = scenario.get("policy")
    known = {int(k): instant(v) for k, v in scenario.get("known_cases", {}).items()}
    case = None
    for i, step in enumerate(scenario["steps"]):
        where = f"{scenario['name']} step {i}"
        error = None
        if "advance_to" in step:
            at = instant(step["advance_to"])
            events = case.advance(at)
            got = [[e["event"], e["at"]] for e in events]
            assert got == step["events"], f"{where}: events"
        else:
            at = instant(step["at"])
            command = step["command"]
            try:
                if case is None:
                    assert command["command"] == "submit", f"{where}: command before submit"
                    case = lapor.Case.submit(command["report"], CASES["tracking_id"], at, directory,
                                             policy=policy, actor=step["actor"], categories=CASES["categories"])
                else:
                    before = case.events()
                    try:
                        case.handle(step["actor"], command, at, cases=known)
                    except lapor.LaporError:
                        assert case.events() == before, f"{where}: a refused command changed the case"
                        raise
            except lapor.LaporError as e:
                error = e
        if "error" in step:
            assert error is not None, f"{where}: expected {step['error']}, got success"
            assert error.code == step["error"], f"{where}: {error}"
            assert error.message_id and error.message_en
        else:
            assert error is None, f"{where}: unexpected error {error}"
        if "expect" in step and case is not None:
            check(where, case, at, step["expect"])
    # Every scenario's log replays to the same case.
    if case is not None:
        again = lapor.Case.replay(case.events(), directory=directory, policy=policy,
                                  categories=CASES["categories"], cases=known)
        assert again.events() == case.events() and again.status == case.status
        assert again.holding() == case.holding()


def test_scenarios_cover_enough_steps():
    assert sum(len(s["steps"]) for s in CASES["scenarios"]) >= 120


def test_event_log_lines_and_replay_errors():
    log = CASES["log"]
    text = "\n".join(log["lines"])
    directory = lapor.AgencyDirectory(CASES["agencies"])
    with pytest.raises(lapor.ParseError) as info:
        lapor.parse_event_log(text, directory)
    assert info.value.code == "log_line" and info.value.line == log["bad_lines"][0]
    # The bad lines blanked, so that the good ones keep their line numbers.
    good = ["" if i in log["bad_lines"] else l for i, l in enumerate(log["lines"], 1)]
    assert sum(1 for l in good if l.strip()) == log["good"]
    with pytest.raises(lapor.TransitionError) as info:
        lapor.parse_event_log("\n".join(good), directory)
    e = info.value
    assert (e.code, e.reason["code"], e.line) == ("event_rejected", log["replay_error"], log["replay_error_line"])
    with pytest.raises(lapor.TransitionError) as info:
        lapor.Case.replay(CASES["replay"]["events"], directory)
    e = info.value
    assert (e.code, e.reason["code"], e.line) == ("event_rejected", CASES["replay"]["error"], CASES["replay"]["line"])


VIEWS = load("views.json")


@pytest.mark.parametrize("cell", VIEWS["cells"],
                         ids=lambda c: f"anonim={c['anonymous']}-rahasia={c['confidential']}")
def test_visibility_matrix(cell):
    directory = lapor.AgencyDirectory(VIEWS["agencies"])
    first, *rest = cell["steps"]
    assert first["command"]["command"] == "submit"
    case = lapor.Case.submit(first["command"]["report"], VIEWS["tracking_id"], instant(first["at"]),
                             directory, actor=first["actor"])
    for s in rest:
        case.handle(s["actor"], s["command"], instant(s["at"]))
    assert case.report.is_anonymous == cell["anonymous"]
    assert len(cell["views"]) == 4
    for viewer, expect in cell["views"].items():
        text = case.view_json(viewer)
        assert json.loads(text) == case.view(viewer)
        for s in expect["present"]:
            assert s in text, f"{viewer}: missing {s!r} in {text}"
        for s in expect["absent"]:
            assert s not in text, f"{viewer}: shows {s!r} in {text}"
    agency = case.view("agency")
    if cell.get("agency_anonymous_body") is None:
        assert agency["identity"] == "identified"
    else:
        assert agency["identity"] == "anonymous"
        assert agency["body"] == cell["agency_anonymous_body"]


def test_period_evaluation_vectors():
    """tests/vectors/period_evaluation.json, as tests/period_vectors.rs runs it."""
    v = load("period_evaluation.json")
    directory = lapor.AgencyDirectory(v["agencies"])
    log = lapor.parse_event_log("\n".join(json.dumps(e) for e in v["log"]), directory)
    checked = 0
    for label, want in v["expected"].items():
        rows = {r["key"]: r for r in lapor.evaluate_period(log, label, ranking=v["ranking"]).to_pylist()}
        assert sorted(rows) == sorted(want), label
        for key, figures in want.items():
            for name, expected in figures.items():
                got = rows[key][name]
                if expected is None:
                    assert got is None, f"{label} {key} {name}: {got}"
                else:
                    assert got == pytest.approx(expected), f"{label} {key} {name}: {got}"
                checked += 1
    assert checked >= 60
    with pytest.raises(lapor.ParseError) as info:
        lapor.evaluate_period(log, "2026-S3")
    assert info.value.code == "unknown_name"
    # A ranking policy that weighs only resolution ranks the same agencies on that alone.
    only = lapor.evaluate_period(log, "2026-S1", ranking={"min_routed": 1, "weights": {"followed_up": 0, "on_time": 0, "satisfaction": 0, "clearance": 0, "resolved": 1}})
    scores = {r["key"]: r["score"] for r in only.to_pylist()}
    assert scores == {"national_admin": None, "pemkot": 100.0, "pemkot-jayapura": 0.0}
    with pytest.raises(lapor.ParseError) as info:
        lapor.evaluate_period(log, "2026-S1", ranking={"scale": -1})
    assert info.value.code == "json"


def test_dispose_many_branches():
    directory = lapor.AgencyDirectory(CASES["agencies"])
    report = CASES["scenarios"][0]["steps"][0]["command"]["report"]
    case = lapor.Case.submit(report, 11, instant("2026-03-16T02:00:00Z"), directory)
    case.handle({"role": "national_admin"}, {"command": "dispose_many", "agencies": ["pemkot", "pemkot-jayapura"]},
                instant("2026-03-17T02:00:00Z"))
    assert [b["agency"] for b in case.branches()] == ["pemkot", "pemkot-jayapura"]
    case.handle({"role": "agency_admin", "agency": "pemkot-jayapura"}, {"command": "decline_authority", "reason": "x"},
                instant("2026-03-18T02:00:00Z"))
    assert [(b["agency"], b["status"], b["holder"]) for b in case.branches()] == [
        ("pemkot", "disposed", {"agency": "pemkot"}),
        ("pemkot-jayapura", "submitted", "national_admin"),
    ]
    rows = {(m["metric"], m["branch"]): m["state"] for m in case.sla(instant("2026-03-18T03:00:00Z"))}
    assert rows[("first_follow_up", "pemkot")] == "running"
    assert rows[("first_follow_up", "pemkot-jayapura")] == "superseded"
    assert case.view("public")["branches"][1] == {"agency": "pemkot-jayapura", "holder": "national_admin", "status": "submitted"}
