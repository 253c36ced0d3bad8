"""The stubs type what the run time accepts and reject misuses: mypy on tests/typing/good.py
(no error) and tests/typing/bad.py (every line an expected error, checked with
--warn-unused-ignores, so a misuse the stubs stop catching fails here)."""

import subprocess
import sys
from pathlib import Path

from optional import need

HERE = Path(__file__).resolve().parent / "typing"


def mypy(path):
    need("mypy")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--warn-unused-ignores", "--no-incremental",
         "--cache-dir=/dev/null", str(path)],
        capture_output=True, text=True, cwd=HERE,
    )


def test_good_uses_type_check():
    out = mypy(HERE / "good.py")
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_misuse_is_caught():
    out = mypy(HERE / "bad.py")
    assert out.returncode == 0, out.stdout + out.stderr
    misuses = [l for l in (HERE / "bad.py").read_text().splitlines() if "# type: ignore[" in l]
    assert len(misuses) >= 10


def test_the_package_exports_every_error_class():
    import lapor
    import lapor.errors

    assert set(lapor.errors.__all__) <= set(lapor.__all__)
