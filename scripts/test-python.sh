#!/usr/bin/env bash
# pyo3 binding (lapor-py): builds the wheel with maturin, installs it with the optional packages
# into .venv, runs pytest and the example.
# Runs alone from a clone (`bash scripts/test-python.sh`) or as part of scripts/test.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
step "python: checking what it needs"
need_venv

# ---------------------------------------------------------------- Python (pyo3)
step "Python: a Java runtime for Spark (pyspark runs local[2] in the tests)"
need_apt 'command -v java' default-jre-headless

step "Python: optional packages in .venv (numpy, pyarrow, polars, pandas, matplotlib, holidays, mypy, duckdb, pyspark)"
# Each is installed only when it does not import yet (a second run installs nothing). PyPI is
# reachable from developers' machines and CI, so a package that cannot be installed is a real
# failure to report: the tests skip it with a reason only then, and LAPOR_PY_REQUIRE tells them
# which packages are present, so a test skips nothing that was installed.
required=()
# holidays is the independent oracle of the calendar tests, pinned: its 2027 data is what
# docs/calendars.md cites, and its estimates are what the projected table was generated from.
# mypy checks the stubs twice: stubtest against the built module, and tests/test_typing.py on
# good and bad uses. duckdb and pyspark run the README's engine snippets and lapor.spark's tests
# (pinned: their Python APIs change between major versions).
for spec in numpy pyarrow polars pandas matplotlib holidays==0.109 mypy==2.4.1 duckdb==2.0.1 pyspark==4.3.0; do
    pkg=${spec%%==*}
    if ! "$PY" -c "import $pkg" 2>/dev/null \
        || { [ "$pkg" != "$spec" ] \
            && [ "$("$PY" -c "import importlib.metadata as m; print(m.version('$pkg'))")" != "${spec#*==}" ]; }; then
        "$PY" -m pip install -q "$spec" \
            || echo "warning: could not install $spec; the tests that need it are skipped"
    fi
    if "$PY" -c "import $pkg" 2>/dev/null; then required+=("$pkg"); fi
done
export LAPOR_PY_REQUIRE="${required[*]}"
echo "present: ${LAPOR_PY_REQUIRE:-none}"

step "Python: build the wheel, install it into .venv, run pytest"
rm -rf target/wheels
"$ROOT/.venv/bin/maturin" build --quiet --release -m lapor-py/Cargo.toml -o target/wheels
"$PY" -m pip install -q --force-reinstall --no-deps target/wheels/lapor-*.whl
# Run from outside the source tree so that the installed package is what is tested.
(cd "$OUT" && "$PY" -m pytest -q -p no:cacheprovider -rs "$ROOT/lapor-py/tests")

step "Python: the hand-written stubs (_lapor.pyi) match the built module (mypy stubtest)"
(cd "$OUT" && "$PY" -m mypy.stubtest lapor._lapor)

step "Python: the example (examples/python/sla_report.py) runs"
(cd "$OUT" && "$PY" "$ROOT/examples/python/sla_report.py" --cases 2000 --chart "$OUT/sla_by_province.png" \
    > "$OUT/sla_report.txt")
echo "example printed $(wc -l < "$OUT/sla_report.txt") lines (target/test-output/sla_report.txt)"

step "Python: the semester evaluation example (examples/python/semester_evaluation.py) runs"
(cd "$OUT" && "$PY" "$ROOT/examples/python/semester_evaluation.py" --cases 6000 \
    --chart "$OUT/semester_evaluation.png" > "$OUT/semester_evaluation.txt")
[ -s "$OUT/semester_evaluation.png" ] || { echo "no chart written" >&2; exit 1; }
echo "example printed $(wc -l < "$OUT/semester_evaluation.txt") lines, chart target/test-output/semester_evaluation.png"
