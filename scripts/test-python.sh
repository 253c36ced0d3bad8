#!/usr/bin/env bash
# Part of scripts/test.sh (which installs the shared tools first and sets ROOT, OUT, KOTLINC,
# WASM_OPT, TSC and step()); not meant to be run on its own. To iterate on it alone:
#   step(){ echo "== $*"; }; export -f step; ROOT=$PWD OUT=$PWD/target/test-output bash scripts/test-python.sh
set -euo pipefail
cd "$ROOT"
mkdir -p "$OUT"
PY="$ROOT/.venv/bin/python"

# ---------------------------------------------------------------- Python (pyo3)
step "Python: optional packages in .venv (numpy, pyarrow, polars, pandas, matplotlib, holidays)"
# Each is installed only when it does not import yet (a second run installs nothing). PyPI is
# reachable from developers' machines and CI, so a package that cannot be installed is a real
# failure to report: the tests skip it with a reason only then, and LAPOR_PY_REQUIRE tells them
# which packages are present, so a test skips nothing that was installed.
[ -x "$PY" ] || python3 -m venv "$ROOT/.venv"
"$PY" -c 'import maturin, pytest' 2>/dev/null \
    || "$PY" -m pip install -q "maturin>=1.9.4,<2" "pytest>=7"
required=()
# holidays is the independent oracle of the calendar tests, pinned: its 2027 data is what
# docs/calendars.md cites, and its estimates are what the projected table was generated from.
for spec in numpy pyarrow polars pandas matplotlib holidays==0.109; do
    pkg=${spec%%==*}
    if ! "$PY" -c "import $pkg" 2>/dev/null \
        || { [ "$pkg" != "$spec" ] && [ "$("$PY" -c "import $pkg; print($pkg.__version__)")" != "${spec#*==}" ]; }; then
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

step "Python: the example (examples/python/sla_report.py) runs"
(cd "$OUT" && "$PY" "$ROOT/examples/python/sla_report.py" --cases 2000 --chart "$OUT/sla_by_province.png" \
    > "$OUT/sla_report.txt")
echo "example printed $(wc -l < "$OUT/sla_report.txt") lines (target/test-output/sla_report.txt)"
