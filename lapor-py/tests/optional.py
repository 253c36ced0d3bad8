"""Optional packages for the tests: skipped with a reason only when truly absent.

``scripts/test-python.sh`` installs numpy, pyarrow, polars, pandas, matplotlib, holidays and mypy and lists the
ones that import in ``LAPOR_PY_REQUIRE``: for those, a failing import is an error, not a skip.
"""

import importlib
import os

import pytest


def need(name):
    """Imports ``name``; skips the test if it is not installed (and not required)."""
    if name in os.environ.get("LAPOR_PY_REQUIRE", "").split():
        return importlib.import_module(name)
    return pytest.importorskip(name, reason=f"{name} is not installed in this venv (pip install {name})")
