"""Side-by-side benchmarks of the lapor Python package (not run in CI).

    python lapor-py/bench/bench.py [--dates 10000000] [--cases 1000000] [--texts 20000]

(a) bulk WorkingCalendar.add_working_days vs numpy.busday_offset on the same dates;
(b) SLA evaluation (lapor.evaluate_sla) vs a straightforward pandas implementation of the
    verification and first-follow-up rules (working days, WIB, no pauses), checked equal on the
    cases without postponement; (c) Redactor.redact_many in MB/s. Prints ratios, CPU time and
    peak memory (ru_maxrss).
"""

import argparse
import datetime as dt
import resource
import time

import numpy as np
import pandas as pd

import lapor


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(f):
    t, c = time.perf_counter(), time.process_time()
    out = f()
    return out, time.perf_counter() - t, time.process_time() - c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dates", type=int, default=10_000_000)
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--texts", type=int, default=20_000)
    a = ap.parse_args()
    cal = lapor.WorkingCalendar.indonesia()
    hol = [h for h in np.arange("2024-01-01", "2027-01-01", dtype="datetime64[D]") if not cal.is_working_day(h.astype(object)) and h.astype(object).weekday() < 5]
    hol = np.array(hol, dtype="datetime64[D]")

    # (a) calendar
    rng = np.random.default_rng(1)
    days = np.datetime64("2024-01-01") + rng.integers(0, 900, a.dates).astype("timedelta64[D]")
    ours, t_ours, _ = timed(lambda: cal.add_working_days(days, 5))
    ref, t_np, _ = timed(lambda: np.busday_offset(days, 5, roll="backward", holidays=hol))
    assert (ours == ref).all()
    print(f"(a) add_working_days on {a.dates:,} dates: lapor {t_ours:.3f}s, numpy.busday_offset {t_np:.3f}s, ratio {t_np / t_ours:.1f}x faster")

    # (b) SLA evaluation
    log, t_gen, _ = timed(lambda: lapor.synthetic_event_log(a.cases, 7))
    print(f"    synthetic log: {a.cases:,} cases, {log.n_events:,} events in {t_gen:.1f}s, peak {peak_mb():.0f} MB")
    as_of = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)
    table, t_lapor, c_lapor = timed(lambda: lapor.evaluate_sla(log, as_of))
    df = table.to_pandas() if hasattr(table, "to_pandas") else None
    print(f"(b) lapor.evaluate_sla: {len(table):,} rows in {t_lapor:.2f}s (cpu {c_lapor:.2f}s), {a.cases / t_lapor:,.0f} cases/s, peak {peak_mb():.0f} MB")

    # pandas: the same verification/first-follow-up rules from the events.
    import json
    sample_n = min(a.cases, 200_000)
    ids = set(log.tracking_ids()[:sample_n])
    rows = [json.loads(l) for l in log.to_jsonl().splitlines()]
    ev = pd.DataFrame([{"case": r["case"], "at": r["at"], "event": r["event"]} for r in rows if r["case"] in ids])
    del rows

    def pandas_sla():
        e = ev.copy()
        e["at"] = pd.to_datetime(e["at"], utc=True)
        first = e.groupby("case")["at"].min().rename("submitted")
        stops = e[e["event"].isin(["disposed", "archived", "deleted", "withdrawn"])].groupby("case")["at"].min().rename("verified")
        paused = set(e.loc[e["event"] == "postponed", "case"])
        out = pd.concat([first, stops], axis=1).reset_index()
        local = (out["submitted"] + pd.Timedelta(hours=7)).dt.tz_localize(None).values.astype("datetime64[D]")
        due_day = np.busday_offset(local, 3, roll="forward", holidays=hol)
        # start counting after the start's local date: the 3rd working day strictly after it
        due_day = np.busday_offset(local + 1, 2, roll="forward", holidays=hol)
        due = pd.to_datetime(due_day + 1).tz_localize("UTC") - pd.Timedelta(hours=7)
        out["due"] = due
        stop = out["verified"].where(out["verified"] <= as_of)
        out["state"] = np.where(stop.notna(), np.where(stop < out["due"], "met", "breached"), np.where(as_of >= out["due"], "breached", "running"))
        return out[~out["case"].isin(paused)]

    ref, t_pd, c_pd = timed(pandas_sla)
    ours = df[(df["metric"] == "verification") & df["tracking_id"].isin(ref["case"])].set_index("tracking_id")
    ref = ref.set_index("case").loc[ours.index]
    same = (ours["due"].values == ref["due"].values).mean()
    same_state = (ours["state"].astype(str).values == ref["state"].values).mean()
    per_case_pd = t_pd / sample_n
    per_case_ours = t_lapor / a.cases
    print(f"    pandas (verification only, {sample_n:,} cases): {t_pd:.2f}s; agreement on due {same:.1%}, state {same_state:.1%}")
    print(f"    ratio per case: lapor {per_case_pd / per_case_ours:.1f}x faster (lapor evaluates all metrics)")

    # (c) redaction
    texts = [f"Mohon dicek, NIK saya 32730560109{i:05d} HP 0812{i:08d} alamat Jl. Merdeka No. {i % 90} RT 03 RW 05 😀" for i in range(a.texts)]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    r = lapor.Redactor()
    _, t_r, _ = timed(lambda: r.redact_many(texts))
    print(f"(c) redact_many: {mb:.1f} MB in {t_r:.2f}s = {mb / t_r:.1f} MB/s")
    print(f"peak memory {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
