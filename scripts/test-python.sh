#!/usr/bin/env bash
# Part of scripts/test.sh (which installs the shared tools first and sets ROOT, OUT, KOTLINC,
# WASM_OPT, TSC and step()); not meant to be run on its own.
set -euo pipefail
cd "$ROOT"

# ---------------------------------------------------------------- Python (pyo3)
step "Python: build the wheel, install it into .venv, run pytest"
rm -rf target/wheels
.venv/bin/maturin build --quiet --release -m lapor-py/Cargo.toml -o target/wheels
.venv/bin/pip install -q --force-reinstall --no-deps target/wheels/lapor-*.whl
# Run from outside the source tree so that the installed package is what is tested.
(cd "$OUT" && "$ROOT/.venv/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/lapor-py/tests")

