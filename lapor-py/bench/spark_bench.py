"""lapor.spark on this machine: one executor core against two, next to the local evaluation.

    .venv/bin/python lapor-py/bench/spark_bench.py --cases 100000

Writes a synthetic log's event table to Parquet, then times ``lapor.spark.evaluate_sla`` on it
(read, shuffle by case, evaluate, write the rows to Parquet) in ``local[1]`` and ``local[2]``
sessions, one after the other in this process, and ``lapor.evaluate_sla`` on the same log read
with ``EventLog.from_arrow`` as the one-process baseline. Prints wall times and the ratios.
"""

import argparse
import datetime as dt
import os
import sys
import tempfile
import time

os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

import pyarrow.parquet as pq  # noqa: E402

import lapor  # noqa: E402
import lapor.spark  # noqa: E402

AS_OF = dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc)


def spark_run(master, path, out, directory, partitions):
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.driver.memory", "4g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    # Warm-up: JVM and Python workers started before the clock runs.
    spark.range(10).count()
    t = time.perf_counter()
    rows = lapor.spark.evaluate_sla(spark.read.parquet(path), AS_OF, directory)
    rows.write.mode("overwrite").parquet(out)
    took = time.perf_counter() - t
    n = spark.read.parquet(out).count()
    spark.stop()
    return took, n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--partitions", type=int, default=8)
    a = ap.parse_args()
    directory = lapor.AgencyDirectory.synthetic()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "events.parquet")
        pq.write_table(lapor.event_table(lapor.synthetic_event_log(a.cases, seed=7)).to_arrow(), path)
        t = time.perf_counter()
        log = lapor.EventLog.from_arrow(pq.read_table(path), directory)
        local_rows = lapor.evaluate_sla(log, AS_OF, threads=1)
        pq.write_table(local_rows.to_arrow(), os.path.join(tmp, "local.parquet"))
        local = time.perf_counter() - t
        print(f"{a.cases} cases, {len(local_rows)} SLA rows; Parquet in, Parquet out")
        print(f"  one process, one thread (from_arrow + evaluate_sla): {local:.2f} s")
        results = {}
        for master in ("local[1]", "local[2]"):
            took, n = spark_run(master, path, os.path.join(tmp, master.replace("[", "").replace("]", "")),
                               directory, a.partitions)
            assert n == len(local_rows), (n, len(local_rows))
            results[master] = took
            print(f"  lapor.spark.evaluate_sla, {master}: {took:.2f} s ({took / local:.1f}x the one-process time)")
        print(f"  local[2] vs local[1]: {results['local[1]'] / results['local[2]']:.2f}x")


if __name__ == "__main__":
    main()
