"""Semester evaluation of a national synthetic SP4N-LAPOR! log: the ranking and the arrears
(*tunggakan*) carried from one semester to the next, as KemenPANRB and Kemendagri review them.

    python examples/python/semester_evaluation.py [--cases 20000] [--seed 7]
                                                  [--chart semester_evaluation.png]

1. Generates a seeded synthetic log over the 38 provinces (``lapor.synthetic_national_log``:
   volumes roughly proportional to population, some cases rated, some handed over) with
   submissions from January 2025 to June 2026: three semesters.
2. Evaluates 2025-S1, 2025-S2 and 2026-S1 per agency (``lapor.evaluate_period``, the default
   ranking policy of docs/analytics.md) and prints, per semester, the arrears at its start (carried)
   and end, and the five best-ranked agencies.
3. Draws two panels to ``--chart``: the arrears at the start and end of each semester, and the
   scores of the ten best agencies of the last semester with their rank in the two before.

Needs ``lapor``; the chart needs matplotlib.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import lapor

SEMESTERS = ["2025-S1", "2025-S2", "2026-S1"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--chart", default=None, help="PNG path for the chart")
    args = ap.parse_args()

    start = dt.datetime(2024, 12, 31, 17, tzinfo=dt.timezone.utc)  # 1 Jan 2025 00:00 WIB
    end = dt.datetime(2026, 6, 30, 17, tzinfo=dt.timezone.utc)  # 1 Jul 2026 00:00 WIB
    log = lapor.synthetic_national_log(args.cases, start, end, seed=args.seed)
    print(f"{len(log):,} cases over the 38 provinces, submitted {start:%d %b %Y} - {end:%d %b %Y} (UTC)")

    evaluations = {s: lapor.evaluate_period(log, s).to_pylist() for s in SEMESTERS}
    arrears = []
    for s in SEMESTERS:
        rows = evaluations[s]
        a0 = sum(r["arrears_start"] for r in rows)
        a1 = sum(r["arrears_end"] for r in rows)
        received = sum(r["received"] for r in rows)
        arrears.append((a0, a1))
        print(f"\n{s}: received {received:,}, arrears at start {a0:,} (carried), at end {a1:,}")
        ranked = sorted((r for r in rows if r["rank"] is not None), key=lambda r: (r["rank"], r["key"]))
        print("  rank  score  routed  resolved  arrears start/end  agency")
        for r in ranked[:5]:
            resolved = 100 * r["resolved"] / r["routed"] if r["routed"] else 0
            print(f"  {int(r['rank']):>4}  {r['score']:5.1f}  {r['routed']:>6}  {resolved:7.0f}%  "
                  f"{r['arrears_start']:>7}/{r['arrears_end']:<9}  {r['label']}")
    # The carry: each semester starts with the previous one's arrears.
    for (_, end_prev), (start_next, _) in zip(arrears, arrears[1:]):
        assert end_prev == start_next, (end_prev, start_next)

    if args.chart:
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            print("matplotlib is not installed: no chart", file=sys.stderr)
            return 0
        last = sorted((r for r in evaluations[SEMESTERS[-1]] if r["rank"] is not None),
                      key=lambda r: (r["rank"], r["key"]))[:10]
        earlier = {s: {r["key"]: r["rank"] for r in evaluations[s]} for s in SEMESTERS[:-1]}
        fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5.5), gridspec_kw={"width_ratios": [1, 1.6]})
        x = range(len(SEMESTERS))
        left.bar([i - 0.2 for i in x], [a[0] for a in arrears], width=0.4, label="at start (carried)", color="#9aa5b1")
        left.bar([i + 0.2 for i in x], [a[1] for a in arrears], width=0.4, label="at end", color="#c0392b")
        left.set_xticks(list(x), SEMESTERS)
        left.set_ylabel("cases in arrears (tunggakan)")
        left.set_title("Arrears carried from semester to semester")
        left.legend()
        names = [r["label"].replace("Pemerintah ", "") for r in last][::-1]
        scores = [r["score"] for r in last][::-1]
        right.barh(names, scores, color="#2e86c1")
        for i, r in enumerate(last[::-1]):
            before = ", ".join(
                f"{s}: {int(earlier[s][r['key']]) if earlier[s].get(r['key']) is not None else '-'}"
                for s in SEMESTERS[:-1]
            )
            right.text(scores[i] + 0.5, i, f"#{int(r['rank'])}  ({before})", va="center", fontsize=8)
        right.set_xlim(0, 125)
        right.set_xlabel("score (default ranking policy, 0-100)")
        right.set_title(f"Top 10 agencies, {SEMESTERS[-1]} (rank earlier in brackets)")
        fig.tight_layout()
        fig.savefig(args.chart, dpi=110)
        print(f"\nchart saved to {args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
