"""Side-by-side benchmarks of the lapor Python package (not run in CI). Each ratio is against a
baseline timed in the same process.

    python lapor-py/bench/bench.py [--dates 10000000] [--cases 1000000] [--texts 200000]

(a) ``WorkingCalendar.add_working_days`` on numpy ``datetime64[D]`` dates vs
    ``numpy.busday_offset`` with the same holidays (results checked equal).
(b) First, in a child process, ``lapor.evaluate_synthetic_sla``: the synthetic cases generated
    and evaluated in one stream (never held), with that process's peak memory. Then
    ``lapor.evaluate_sla`` vs ``pandas_sla.evaluate`` (a pandas implementation of the same SLA
    rules, see its docstring) on the same cases: the cases pandas_sla covers (no postponement,
    no decline), lapor restricted to them with ``EventLog.select``. Every row (tracking_id,
    metric, state, due) is checked identical. pandas starts from the events as a data frame
    (as read from parquet); lapor from the replayed ``EventLog``. Wall and CPU time.
(c) ``Redactor.redact_many`` in MB/s vs a regex baseline (``re.sub`` of NIK, phone and e-mail
    patterns: it finds far less than lapor, which also checks NIK dates/regions and finds names
    and addresses), and vs ``redact`` in a Python loop.
Peak memory is ``ru_maxrss`` of the process.
"""

import argparse
import datetime as dt
import os
import re
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

import lapor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pandas_sla  # noqa: E402


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(f):
    t, c = time.perf_counter(), time.process_time()
    out = f()
    return out, time.perf_counter() - t, time.process_time() - c


def holidays(cal):
    days = np.arange("2024-01-01", "2027-01-01", dtype="datetime64[D]")
    weekday = np.is_busday(days)
    return days[weekday & ~cal.is_working_day(days)]


def bench_calendar(cal, hol, n):
    rng = np.random.default_rng(1)
    days = np.datetime64("2024-01-01") + rng.integers(0, 900, n).astype("timedelta64[D]")
    ours, t_ours, _ = timed(lambda: cal.add_working_days(days, 5))
    ref, t_np, _ = timed(lambda: np.busday_offset(days, 5, roll="backward", holidays=hol))
    assert (ours == ref).all()
    print(f"(a) add_working_days on {n:,} dates: lapor {t_ours:.3f}s, numpy.busday_offset "
          f"{t_np:.3f}s: lapor {t_np / t_ours:.1f}x faster")


AS_OF = dt.datetime(2025, 12, 31, 17, tzinfo=dt.timezone.utc)


def stream_sla(n):
    """Generate and evaluate ``n`` synthetic cases in one stream (run in a child process, so that
    its peak memory is its own)."""
    t0, c0 = time.perf_counter(), time.process_time()
    table = lapor.evaluate_synthetic_sla(n, AS_OF, seed=7)
    print(f"    lapor.evaluate_synthetic_sla: {n:,} cases generated and evaluated, {len(table):,} rows "
          f"in {time.perf_counter() - t0:.1f}s (cpu {time.process_time() - c0:.1f}s), "
          f"peak {peak_mb():.0f} MB (the whole process)")


def bench_sla(hol, n):
    as_of = AS_OF
    subprocess.run([sys.executable, os.path.abspath(__file__), "--stream-sla", str(n)], check=True)
    log, t_gen, _ = timed(lambda: lapor.synthetic_event_log(n, 7))
    print(f"    synthetic log: {n:,} cases, {log.n_events:,} events in {t_gen:.1f}s, "
          f"peak {peak_mb():.0f} MB")
    events, t_exp, _ = timed(lambda: lapor.event_table(log).to_pandas())
    print(f"    events as a pandas frame (lapor.event_table): {t_exp:.1f}s, peak {peak_mb():.0f} MB")
    excluded = pandas_sla.excluded_cases(events)
    keep = np.setdiff1d(np.asarray(log.tracking_ids(), dtype=np.uint64), excluded.astype(np.uint64))
    events = events[~events["tracking_id"].isin(excluded)].reset_index(drop=True)
    subset = log.select(keep.tolist())
    del log
    directory = lapor.AgencyDirectory.synthetic()
    zones = {a: directory.time_zone(a) for a in events["agency"].astype(str).unique() if a}
    print(f"    compared subset: {len(keep):,} cases ({n - len(keep):,} with a postponement or a "
          f"decline left out of both sides), {len(events):,} events")

    table, t_lapor, c_lapor = timed(lambda: lapor.evaluate_sla(subset, as_of, threads=1))
    print(f"(b) lapor.evaluate_sla, 1 thread: {len(table):,} rows in {t_lapor:.2f}s "
          f"(cpu {c_lapor:.2f}s), peak {peak_mb():.0f} MB")
    cores = os.cpu_count() or 1
    every, t_all, _ = timed(lambda: lapor.evaluate_sla(subset, as_of))
    assert every.to_arrow().equals(table.to_arrow()), "threads changed the rows"
    print(f"    lapor.evaluate_sla, {cores} threads (the default): {t_all:.2f}s, "
          f"{t_lapor / t_all:.2f}x one thread, rows identical")
    ref, t_pd, c_pd = timed(lambda: pandas_sla.evaluate(events, pd.Timestamp(as_of), hol, zones))
    print(f"    pandas_sla.evaluate: {len(ref):,} rows in {t_pd:.2f}s (cpu {c_pd:.2f}s), "
          f"peak {peak_mb():.0f} MB")
    ours = table.to_pandas()[["tracking_id", "metric", "state", "due"]]
    ours = ours.assign(metric=ours["metric"].astype(str), state=ours["state"].astype(str),
                       due=ours["due"].astype("datetime64[us, UTC]"))
    ref = ref.assign(tracking_id=ref["tracking_id"].astype(ours["tracking_id"].dtype),
                     due=ref["due"].astype("datetime64[us, UTC]"))
    both = ours.merge(ref, on=["tracking_id", "metric"], how="outer", suffixes=("", "_pd"),
                      indicator=True)
    same = (both["_merge"] == "both") & (both["state"] == both["state_pd"]) & (both["due"] == both["due_pd"])
    bad = both[~same]
    print(f"    identical rows: {int(same.sum()):,} of {len(both):,} "
          f"({'all equal' if bad.empty else f'{len(bad):,} DIFFER'})")
    if not bad.empty:
        print(bad.head(10).to_string())
    print(f"    ratio: lapor {t_pd / t_lapor:.1f}x faster on one thread (wall), "
          f"{c_pd / c_lapor:.1f}x (cpu); {t_pd / t_all:.1f}x on {cores} threads (wall)")
    return bad.empty


def bench_redact(n):
    texts = [f"Mohon dicek, saya Budi Santoso NIK 32730560109{i % 100000:05d} HP 0812{i:08d} "
             f"email budi{i}@mail.com alamat Jl. Merdeka No. {i % 90} RT 03 RW 05, pungli di "
             f"kelurahan sudah {i % 7} minggu 😀" for i in range(n)]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    r = lapor.Redactor()
    _, t_many, _ = timed(lambda: r.redact_many(texts, threads=1))
    _, t_all, _ = timed(lambda: r.redact_many(texts))
    _, t_loop, _ = timed(lambda: [r.redact(t) for t in texts])
    pats = [(re.compile(r"\b\d{16}\b"), "[NIK]"), (re.compile(r"\b(?:\+62|62|0)8\d{8,11}\b"), "[PHONE]"),
            (re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"), "[EMAIL]")]

    def regex_baseline():
        out = []
        for t in texts:
            for p, label in pats:
                t = p.sub(label, t)
            out.append(t)
        return out

    _, t_re, _ = timed(regex_baseline)
    print(f"(c) redact_many, 1 thread: {mb:.1f} MB in {t_many:.2f}s = {mb / t_many:.1f} MB/s; "
          f"regex baseline (3 patterns) {mb / t_re:.1f} MB/s: ratio {t_re / t_many:.2f}x; "
          f"redact() in a loop {mb / t_loop:.1f} MB/s; "
          f"{os.cpu_count()} threads (the default) {mb / t_all:.1f} MB/s ({t_many / t_all:.2f}x)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dates", type=int, default=10_000_000)
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--texts", type=int, default=200_000)
    ap.add_argument("--only", choices=["a", "b", "c"])
    ap.add_argument("--stream-sla", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.stream_sla:
        stream_sla(a.stream_sla)
        return
    cal = lapor.WorkingCalendar.indonesia()
    hol = holidays(cal)
    print(f"lapor bench: {os.cpu_count()} cpus, numpy {np.__version__}, pandas {pd.__version__}")
    if a.only in (None, "a"):
        bench_calendar(cal, hol, a.dates)
    ok = True
    if a.only in (None, "b"):
        ok = bench_sla(hol, a.cases)
    if a.only in (None, "c"):
        bench_redact(a.texts)
    print(f"peak memory {peak_mb():.0f} MB")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
