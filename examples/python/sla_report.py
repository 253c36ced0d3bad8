"""SLA report of a national-scale SP4N-LAPOR! log, as KemenPANRB reviews it.

    python examples/python/sla_report.py [--cases 200000] [--seed 7] [--as-of 2025-12-31]
                                         [--chart sla_by_province.png]

1. Generates a seeded synthetic event log with the core's generator (``lapor.synthetic_event_log``:
   53 agencies, every command, breach and escalation appears).
2. Prints the agency ranking table: per agency the KemenPANRB review figures (% followed up,
   % resolved, % in process), SLA compliance per metric, median working days and arrears
   (*tunggakan*), ranked by completion compliance then % resolved.
3. Saves a bar chart of SLA compliance per province (verification, first follow-up,
   completion) to the path given with ``--chart`` (skipped, with a message, without matplotlib).

Needs only ``lapor``; the chart needs matplotlib (``pip install matplotlib``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

import lapor

METRICS = [
    ("compliance_verification", "Verifikasi / verification"),
    ("compliance_first_follow_up", "Tindak lanjut pertama / first follow-up"),
    ("compliance_completion", "Penyelesaian / completion"),
]


def fmt(x, width=6, digits=1):
    return f"{'-':>{width}}" if x is None else f"{x:>{width}.{digits}f}"


def ranking(rows):
    """Agencies (not the national admin's unrouted cases) ranked best first."""
    rows = [r for r in rows if r["key"] != "national_admin" and r["routed"] > 0]
    return sorted(rows, key=lambda r: (-(r["compliance_completion"] or 0.0),
                                       -(r["pct_resolved"] or 0.0), r["key"]))


def print_ranking(rows, as_of, out=sys.stdout):
    print(f"Peringkat instansi / agency ranking at {as_of:%Y-%m-%d} "
          f"(PermenPANRB 62/2018; % of routed cases, compliance % of decided metrics)", file=out)
    head = (f"{'#':>3} {'instansi / agency':<42} {'cases':>7} {'%tl':>6} {'%sel':>6} {'%proses':>7} "
            f"{'verif':>6} {'tl1':>6} {'selesai':>7} {'med.sel':>7} {'tunggak':>7}")
    print(head, file=out)
    print("-" * len(head), file=out)
    for i, r in enumerate(rows, 1):
        print(f"{i:>3} {r['label'][:42]:<42} {r['cases']:>7} {fmt(r['pct_followed_up'])} "
              f"{fmt(r['pct_resolved'])} {fmt(r['pct_in_process'], 7)} "
              f"{fmt(r['compliance_verification'])} {fmt(r['compliance_first_follow_up'])} "
              f"{fmt(r['compliance_completion'], 7)} {fmt(r['completion_days_median'], 7)} "
              f"{r['arrears']:>7}", file=out)
    print("%tl = ditindaklanjuti / followed up, %sel = selesai / resolved, %proses = in process, "
          "med.sel = median working days to completion, tunggak = arrears", file=out)


def save_chart(rows, path, as_of):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no chart (pip install matplotlib)")
        return False
    rows = [r for r in rows if r["key"] != "-"]
    rows.sort(key=lambda r: -(r["compliance_completion"] or 0.0))
    labels = [r["label"] for r in rows]
    fig, ax = plt.subplots(figsize=(max(8, 0.45 * len(rows) + 3), 6))
    width = 0.8 / len(METRICS)
    for j, (col, name) in enumerate(METRICS):
        xs = [i + (j - 1) * width for i in range(len(rows))]
        ax.bar(xs, [r[col] or 0.0 for r in rows], width=width, label=name)
    ax.set_xticks(range(len(rows)))
    ax.set_xticklabels(labels, rotation=60, ha="right", fontsize=8)
    ax.set_ylabel("% tepat waktu / % on time")
    ax.set_ylim(0, 100)
    ax.set_title(f"Kepatuhan SLA per provinsi / SLA compliance per province, {as_of:%Y-%m-%d} "
                 f"({sum(r['cases'] for r in rows):,} cases)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    print(f"chart saved to {path}")
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=200_000, help="cases in the synthetic log")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--as-of", default="2025-12-31", help="review date (end of day, WIB)")
    ap.add_argument("--chart", help="where to save the chart (PNG, SVG, PDF…)")
    a = ap.parse_args(argv)
    wib = dt.timezone(dt.timedelta(hours=7))
    as_of = dt.datetime.fromisoformat(a.as_of).replace(tzinfo=wib) + dt.timedelta(days=1)

    t0 = time.perf_counter()
    log = lapor.synthetic_event_log(a.cases, a.seed)
    print(f"{len(log):,} cases, {log.n_events:,} events generated in {time.perf_counter() - t0:.1f}s")
    t0 = time.perf_counter()
    agencies = lapor.summarize(log, as_of, by="agency").to_pylist()
    provinces = lapor.summarize(log, as_of, by="province").to_pylist()
    print(f"summaries in {time.perf_counter() - t0:.2f}s\n")
    print_ranking(ranking(agencies), as_of - dt.timedelta(days=1))
    if a.chart:
        print()
        save_chart(provinces, a.chart, as_of - dt.timedelta(days=1))
    else:
        print("\n(no --chart path given: no chart)")


if __name__ == "__main__":
    main()
