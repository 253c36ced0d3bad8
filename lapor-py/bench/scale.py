"""A national-scale log read and evaluated: time and peak memory, JSON Lines or Parquet.

    .venv/bin/python lapor-py/bench/scale.py write --cases 1000000 --dir /tmp/big
    .venv/bin/python lapor-py/bench/scale.py jsonl --dir /tmp/big      # each in its own process,
    .venv/bin/python lapor-py/bench/scale.py parquet --dir /tmp/big    # so that peaks are apart
    .venv/bin/python lapor-py/bench/scale.py stream --dir /tmp/big     # evaluate_sla_stream,
    .venv/bin/python lapor-py/bench/scale.py stream-parquet --dir /tmp/big  # cases never held

``write`` makes ``log.jsonl`` and ``events.parquet`` from ``synthetic_event_log``. The readers
print the read time, the memory the ``EventLog`` holds (resident memory after the read less
before, per case), the ``evaluate_sla`` time with one thread and with every core, and the
process's peak resident memory (``ru_maxrss``). ``stream`` and ``stream-parquet`` evaluate the
same files with ``evaluate_sla_stream`` (both are written case by case), never holding the cases,
and print the time, the rows and the peak.
"""

import argparse
import datetime as dt
import os
import resource
import time

import lapor

AS_OF = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)


def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["write", "jsonl", "parquet", "stream", "stream-parquet"])
    ap.add_argument("--cases", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/lapor-scale")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    jsonl, parquet = os.path.join(a.dir, "log.jsonl"), os.path.join(a.dir, "events.parquet")
    directory = lapor.AgencyDirectory.synthetic()
    if a.mode == "write":
        import pyarrow.parquet as pq

        log = lapor.synthetic_event_log(a.cases, seed=7)
        log.write_jsonl(jsonl)
        pq.write_table(lapor.event_table(log).to_arrow(), parquet)
        print(f"wrote {len(log)} cases, {log.n_events} events: {os.path.getsize(jsonl) / 1e9:.2f} GB "
              f"JSON Lines, {os.path.getsize(parquet) / 1e9:.2f} GB Parquet")
        return
    if a.mode.startswith("stream"):
        t = time.perf_counter()
        if a.mode == "stream":
            rows = lapor.evaluate_sla_stream(jsonl, AS_OF, directory)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pf = pq.ParquetFile(parquet)
            batches = pa.RecordBatchReader.from_batches(pf.schema_arrow, pf.iter_batches(batch_size=65536))
            rows = lapor.evaluate_sla_stream(batches, AS_OF, directory)
        took = time.perf_counter() - t
        print(f"{a.mode}: evaluate_sla_stream {len(rows)} rows in {took:.1f} s (read, replay and "
              f"evaluation, one thread); peak {peak_mb():.0f} MB")
        return
    if a.mode == "parquet":
        import pyarrow.parquet as pq
    before = rss_mb()
    t = time.perf_counter()
    if a.mode == "jsonl":
        log = lapor.read_event_log(jsonl, directory)
    else:
        # Streamed: row groups read batch by batch, never the whole table in memory.
        import pyarrow as pa

        pf = pq.ParquetFile(parquet)
        batches = pa.RecordBatchReader.from_batches(pf.schema_arrow, pf.iter_batches(batch_size=65536))
        log = lapor.EventLog.from_arrow(batches, directory)
    read = time.perf_counter() - t
    held = rss_mb() - before
    t = time.perf_counter()
    one = lapor.evaluate_sla(log, AS_OF, threads=1)
    t1 = time.perf_counter() - t
    del one
    t = time.perf_counter()
    rows = lapor.evaluate_sla(log, AS_OF)
    tn = time.perf_counter() - t
    print(f"{a.mode}: {len(log)} cases read and replayed in {read:.1f} s; the EventLog holds "
          f"{held:.0f} MB ({held * 2**20 / len(log):.0f} B per case); evaluate_sla {len(rows)} rows: "
          f"{t1:.2f} s one thread, {tn:.2f} s {os.cpu_count()} threads ({t1 / tn:.2f}x); "
          f"peak {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
