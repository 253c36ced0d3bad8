"""Array conversions for the bulk calendar methods (numpy when installed, else sequences)."""

from __future__ import annotations

import array
import sys
from typing import Any, Tuple

try:
    import numpy as _np
except ImportError:  # pragma: no cover - numpy is optional
    _np = None


def to_days(x: Any) -> Tuple[bytes, str, Any]:
    """``(int64 days since 1970-01-01 as bytes, kind, shape)``; kind is ``"datetime64"``,
    ``"int"`` or ``"list"`` (a plain sequence of dates or ints without numpy)."""
    if _np is not None:
        a = _np.asarray(x)
        if a.dtype.kind == "M":
            days = a.astype("datetime64[D]").view("int64")
            return days.astype("<i8" if sys.byteorder == "little" else ">i8", copy=False).tobytes(), "datetime64", a.shape
        if a.dtype.kind in "iu":
            return a.astype("int64", copy=False).tobytes(), "int", a.shape
        if a.dtype == object:
            return to_days(a.astype("datetime64[D]"))
        raise TypeError(f"expected datetime64 or integer array, got {a.dtype}")
    import datetime as dt

    epoch = dt.date(1970, 1, 1)
    out = array.array("q")
    kind = "int"
    for v in x:
        if isinstance(v, dt.date):
            out.append((v - epoch).days)
            kind = "list"
        else:
            out.append(int(v))
    return out.tobytes(), kind, (len(out),)


def from_int64(data: bytes, conv: Tuple[bytes, str, Any], as_dates: bool) -> Any:
    """The result array: ``datetime64[D]`` for date inputs and date results, else int64."""
    _, kind, shape = conv
    if _np is not None:
        a = _np.frombuffer(data, dtype=_np.int64).reshape(shape)
        return a.view("datetime64[D]") if (as_dates and kind == "datetime64") else a
    vals = array.array("q")
    vals.frombytes(data)
    if as_dates and kind == "list":
        import datetime as dt

        epoch = dt.date(1970, 1, 1)
        return [epoch + dt.timedelta(days=v) for v in vals]
    return list(vals)


def from_bool(data: bytes, conv: Tuple[bytes, str, Any]) -> Any:
    """A bool array (or list)."""
    _, _, shape = conv
    if _np is not None:
        return _np.frombuffer(data, dtype=_np.bool_).reshape(shape)
    return [b != 0 for b in data]
