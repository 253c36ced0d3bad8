"""A straightforward pandas implementation of lapor's SLA rules, the baseline of bench.py (b).

Input: the events as a data frame (``lapor.event_table(log).to_pandas()``: what a data team
has after reading the log into parquet), the as-of instant, the holidays and each agency's time
zone. Output: one row per case and metric, ``tracking_id``, ``metric``, ``state``, ``due``, as
``lapor.evaluate_sla`` gives them.

The rules (lapor-core/src/case/sla.rs, PermenPANRB 62/2018 defaults), all implemented:

| metric | starts | stops | budget |
|---|---|---|---|
| verification | submission | first disposition, archive, deletion or withdrawal | 3 wd |
| first_follow_up | disposition | first follow-up | 5 wd |
| completion (not information requests) | disposition | resolution | tier: 3/5/14/60 wd |
| information_request | submission | resolution, or the verification stop if archived/deleted/withdrawn | 10 wd |
| reply_window | latest follow-up | first reply after it, resolution, or a later disposition/reroute/reopen | 10 wd |

A budget of n working days runs out at the local midnight ending the n-th working day after the
start's local date (numpy ``busday_offset`` with the calendar's holidays), counted in the time
zone of the agency holding the case just before the metric's probe instant (its stop, else the
as-of instant; WIB for the national admin); met when stopped strictly before it (the reply window
also when stopped exactly at it), breached when stopped at or after it or still open at as-of.

The SUBSET it does not implement, so the comparison excludes those cases from BOTH sides
(``bench.py`` runs ``lapor.evaluate_sla`` on ``log.select(same ids)``):
- cases with a postponement (the clock pauses, with partly paused days: per-case holidays that
  ``busday_offset`` cannot take vectorised);
- cases with a decline (the holder goes back up the disposition path), a reroute or a reopen
  (each starts new clocks, numbered rows: ``round`` 2, 3…, which this implementation does not
  number);
- SLA policies other than the default (no per-kind or per-agency overrides, working-day budgets
  only), and the ``used``/``responsible`` columns (not compared).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

OFFSET_H = {"wib": 7, "wita": 8, "wit": 9}
TIER_DAYS = {"light": 3, "normative": 5, "no_field_check": 14, "field_check": 60}
DAY = np.timedelta64(1, "D")


def excluded_cases(events: pd.DataFrame) -> np.ndarray:
    """Tracking ids outside the subset this implementation covers (postponed, declined,
    rerouted or reopened)."""
    out = ["postponed", "declined", "rerouted", "reopened"]
    return events.loc[events["event"].isin(out), "tracking_id"].unique()


def _first(ev, names, col="at"):
    m = ev["event"].isin(names)
    return ev.loc[m].groupby("tracking_id", sort=False)[col].min()


def _last(ev, names, col="at"):
    m = ev["event"].isin(names)
    return ev.loc[m].groupby("tracking_id", sort=False)[col].max()


def evaluate(events: pd.DataFrame, as_of: pd.Timestamp, holidays: np.ndarray,
             zones: dict) -> pd.DataFrame:
    # Naive UTC throughout (numpy's datetime64 has no time zone).
    as_of = as_of.tz_convert("UTC").tz_localize(None)
    ev = events[["tracking_id", "at", "event", "agency", "tier", "kind"]]
    ev = ev.assign(at=ev["at"].dt.tz_convert("UTC").dt.tz_localize(None))
    ev = ev[ev["at"] <= as_of]
    ev = ev.assign(event=ev["event"].astype(str))
    sub = ev[ev["event"] == "submitted"].set_index("tracking_id")
    c = pd.DataFrame({"submitted": sub["at"], "kind": sub["kind"].astype(str)})
    c["disposed"] = _first(ev, ["disposed"])
    c["verified"] = _first(ev, ["disposed", "archived", "deleted", "withdrawn"])
    c["closed_out"] = _first(ev, ["archived", "deleted", "withdrawn"])
    c["first_fu"] = _first(ev, ["followed_up"])
    c["latest_fu"] = _last(ev, ["followed_up"])
    last_close = _last(ev, ["closed", "auto_closed"])
    last_reopen = _last(ev, ["reopened"])
    c["resolved"] = last_close
    reopened_after = (last_reopen.reindex(c.index) >= c["resolved"]).fillna(False)
    c.loc[reopened_after.values, "resolved"] = pd.NaT
    c["floor"] = _last(ev, ["disposed", "rerouted", "reopened"])
    tiers = ev[(ev["event"] == "disposed") & (ev["tier"].astype(str) != "")]
    c["tier"] = tiers.groupby("tracking_id", sort=False)["tier"].last().astype(str)
    c["tier"] = c["tier"].fillna("normative")
    # The first reply at or after the latest follow-up.
    rep = ev.loc[ev["event"] == "replied", ["tracking_id", "at"]]
    rep = rep[rep["at"].values >= c["latest_fu"].reindex(rep["tracking_id"]).values]
    c["reply"] = rep.groupby("tracking_id", sort=False)["at"].min()
    c = c.reset_index()

    info = (c["kind"] == "information_request").values
    disposed = c["disposed"].notna().values
    has_fu = c["latest_fu"].notna().values
    floor = c["floor"].where(c["floor"] > c["latest_fu"])
    window_stop = pd.concat([c["reply"], c["resolved"], floor], axis=1).min(axis=1)
    info_stop = c["verified"].where(c["closed_out"].notna(), c["resolved"])
    parts = [
        ("verification", np.ones(len(c), bool), c["submitted"], c["verified"], 3),
        ("first_follow_up", disposed, c["disposed"], c["first_fu"], 5),
        ("completion", disposed & ~info, c["disposed"], c["resolved"], c["tier"].map(TIER_DAYS)),
        ("information_request", info, c["submitted"], info_stop, 10),
        ("reply_window", has_fu, c["latest_fu"], window_stop, 10),
    ]
    frames = []
    for metric, mask, start, stop, budget in parts:
        budget = pd.Series(budget, index=c.index) if np.isscalar(budget) else budget
        frames.append(pd.DataFrame({
            "tracking_id": c["tracking_id"].values[mask],
            "metric": metric,
            "start": start.values[mask],
            "stop": stop.values[mask],
            "budget": budget.values[mask].astype("int64"),
        }))
    rows = pd.concat(frames, ignore_index=True)
    rows["stop"] = rows["stop"].where(rows["stop"] <= as_of)
    # The holder just before the probe instant: the last disposition, reroute or sub-disposition
    # at or before it (the national admin before the first one).
    probe = rows["stop"].fillna(as_of)
    # lapor takes the instant 1 ns before; the events are whole microseconds, so 1 µs is the same.
    one = pd.Timedelta(1, "us")
    rows["x"] = (probe - one).where(probe - one >= rows["start"], rows["start"]).astype("datetime64[us]")
    changes = ev.loc[ev["event"].isin(["disposed", "rerouted", "sub_disposed"]),
                     ["tracking_id", "at", "agency"]]
    changes = changes.assign(agency=changes["agency"].astype(str),
                             at=changes["at"].astype("datetime64[us]")).sort_values("at")
    rows = rows.reset_index().sort_values("x")
    rows = pd.merge_asof(rows, changes.rename(columns={"at": "x_change"}), left_on="x",
                         right_on="x_change", by="tracking_id", direction="backward")
    rows = rows.sort_values("index").set_index("index")
    off_h = rows["agency"].map(zones).fillna("wib").map(OFFSET_H).astype("int64").values
    offset = off_h * np.timedelta64(3600, "s")
    start_local = (rows["start"].values.astype("datetime64[s]") + offset).astype("datetime64[D]")
    last_day = np.busday_offset(start_local + DAY, rows["budget"].values - 1, roll="forward",
                                holidays=holidays)
    due = (last_day + DAY).astype("datetime64[s]") - offset
    rows["due"] = pd.to_datetime(due)
    stop, due = rows["stop"], rows["due"]
    met = stop.notna() & ((stop < due) | ((rows["metric"] == "reply_window") & (stop == due)))
    breached = ~met & (stop.notna() | (as_of >= due))
    rows["state"] = np.where(met, "met", np.where(breached, "breached", "running"))
    rows["due"] = rows["due"].dt.tz_localize("UTC")
    return rows[["tracking_id", "metric", "state", "due"]].reset_index(drop=True)
