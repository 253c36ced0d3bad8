#!/usr/bin/env bash
# Part of scripts/test.sh (which installs the shared tools first and sets ROOT, OUT, KOTLINC,
# WASM_OPT, TSC and step()); not meant to be run on its own.
set -euo pipefail
cd "$ROOT"

# ---------------------------------------------------------------- Python (pyo3)
step "Python: build the wheel, install it into .venv, run pytest"
# Optional packages the tests use (numpy, pyarrow, polars, pandas): installed when missing and
# reachable; a test whose package is absent is skipped with the reason.
.venv/bin/python -c 'import numpy, pyarrow, polars, pandas' 2>/dev/null \
    || .venv/bin/pip install -q numpy pyarrow polars pandas \
    || echo "warning: could not install numpy/pyarrow/polars/pandas; their tests are skipped"
rm -rf target/wheels
.venv/bin/maturin build --quiet --release -m lapor-py/Cargo.toml -o target/wheels
.venv/bin/pip install -q --force-reinstall --no-deps target/wheels/lapor-*.whl
# Run from outside the source tree so that the installed package is what is tested.
(cd "$OUT" && "$ROOT/.venv/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/lapor-py/tests")

