"""Columnar results of :func:`lapor.evaluate_sla` and :func:`lapor.summarize`.

A :class:`Table` holds the core's columns as raw buffers. It speaks the Arrow PyCapsule
interface (``__arrow_c_stream__``, ``__arrow_c_array__``), so ``pyarrow.table(t)``,
``polars.DataFrame(t)`` and ``pandas`` (through pyarrow) take it without a Python object per
row; without pyarrow, :meth:`Table.to_numpy` gives numpy columns and :meth:`Table.to_pydict`
plain lists.

Arrow types are the ones every engine takes (Spark has no unsigned integers, and dictionary
columns join badly with plain strings in polars): whole numbers are ``int64`` and text columns
plain ``string``; ``to_arrow(dictionary=True)`` keeps the text columns dictionary-encoded.
"""

from __future__ import annotations

import array
from typing import Any, Dict, List, Optional


class Table:
    """Columns of equal length, in a fixed order (see the core's ``analytics`` module)."""

    def __init__(self, raw: List[Dict[str, Any]], errors: Optional[List[Any]] = None) -> None:
        self._raw = raw
        self._arrow: Dict[bool, Any] = {}
        #: What ``errors="collect"`` set aside while reading (:func:`lapor.evaluate_sla_stream`);
        #: empty otherwise.
        self.errors: List[Any] = list(errors or [])

    @property
    def column_names(self) -> List[str]:
        """The column names, in order."""
        return [c["name"] for c in self._raw]

    def __len__(self) -> int:
        return self._raw[0]["len"] if self._raw else 0

    @property
    def num_rows(self) -> int:
        """The number of rows."""
        return len(self)

    def __repr__(self) -> str:
        return f"lapor.Table({len(self)} rows: {', '.join(self.column_names)})"

    def to_arrow(self, dictionary: bool = False) -> Any:
        """A ``pyarrow.Table`` (zero-copy over the buffers where Arrow allows it): whole numbers
        as ``int64``, text as ``string``, or as ``dictionary<int32, string>`` when
        ``dictionary`` is true."""
        if dictionary not in self._arrow:
            import pyarrow as pa

            arrays = []
            for c in self._raw:
                n = c["len"]
                validity = None
                if c["validity"] is not None:
                    import numpy as np

                    mask = np.frombuffer(c["validity"], dtype=np.bool_)
                    validity = pa.py_buffer(np.packbits(mask, bitorder="little").tobytes())
                data = pa.py_buffer(c["data"])
                if c["kind"] == "u64":
                    # Checked: a value past int64 raises instead of wrapping.
                    arr = pa.Array.from_buffers(pa.uint64(), n, [None, data]).cast(pa.int64())
                elif c["kind"] == "bool":
                    import numpy as np

                    arr = pa.array(np.frombuffer(c["data"], dtype=np.bool_), pa.bool_())
                elif c["kind"] == "f64":
                    arr = pa.Array.from_buffers(pa.float64(), n, [validity, data])
                elif c["kind"] == "ts":
                    arr = pa.Array.from_buffers(pa.timestamp("us", tz="UTC"), n, [validity, data])
                else:
                    keys = pa.Array.from_buffers(pa.uint32(), n, [None, data])
                    arr = pa.DictionaryArray.from_arrays(
                        keys.cast(pa.int32()), pa.array(c["values"], pa.string())
                    )
                    if not dictionary:
                        arr = arr.dictionary_decode()
                arrays.append(arr)
            self._arrow[dictionary] = pa.Table.from_arrays(arrays, names=self.column_names)
        return self._arrow[dictionary]

    def __arrow_c_stream__(self, requested_schema: Optional[object] = None) -> object:
        """The Arrow C stream PyCapsule (for ``pyarrow.table``, ``polars.DataFrame``…)."""
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def __arrow_c_schema__(self) -> object:
        """The Arrow C schema PyCapsule."""
        return self.to_arrow().schema.__arrow_c_schema__()

    def __arrow_c_array__(self, requested_schema: Optional[object] = None) -> object:
        """The Arrow C array PyCapsules ``(schema, array)`` of one struct batch (an empty batch
        for an empty table)."""
        import pyarrow as pa

        table = self.to_arrow().combine_chunks()
        batches = table.to_batches()
        batch = batches[0] if batches else pa.RecordBatch.from_pylist([], schema=table.schema)
        return batch.__arrow_c_array__(requested_schema)

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` (through pyarrow)."""
        return self.to_arrow().to_pandas()

    def to_polars(self) -> Any:
        """A ``polars.DataFrame``."""
        import polars as pl

        return pl.DataFrame(self)

    def to_numpy(self) -> Dict[str, Any]:
        """Numpy columns without pyarrow: ``int64``, ``bool``, ``float64`` (NaN when missing),
        ``datetime64[us]`` (NaT when missing, UTC) and ``object`` arrays of str."""
        import numpy as np

        out: Dict[str, Any] = {}
        for c in self._raw:
            if c["kind"] == "u64":
                wide = np.frombuffer(c["data"], dtype=np.uint64)
                if wide.size and int(wide.max()) >= 2**63:
                    raise OverflowError(f"column {c['name']}: a value does not fit int64")
                a = wide.view(np.int64)
            elif c["kind"] == "bool":
                a = np.frombuffer(c["data"], dtype=np.bool_)
            elif c["kind"] == "f64":
                a = np.frombuffer(c["data"], dtype=np.float64)
            elif c["kind"] == "ts":
                a = np.frombuffer(c["data"], dtype=np.int64).view("datetime64[us]").copy()
                if c["validity"] is not None:
                    a[np.frombuffer(c["validity"], dtype=np.bool_) == 0] = np.datetime64("NaT")
            else:
                keys = np.frombuffer(c["data"], dtype=np.uint32)
                a = np.array(c["values"], dtype=object)[keys] if len(keys) else np.array([], dtype=object)
            out[c["name"]] = a
        return out

    def to_pydict(self) -> Dict[str, List[Any]]:
        """Plain Python lists (``None`` for missing; instants as aware UTC datetimes)."""
        import datetime as dt

        utc = dt.timezone.utc
        epoch = dt.datetime(1970, 1, 1, tzinfo=utc)
        out: Dict[str, List[Any]] = {}
        for c in self._raw:
            valid = c["validity"]
            code = {"u64": "Q", "bool": "B", "f64": "d", "ts": "q", "dict": "I"}[c["kind"]]
            vals = array.array(code)
            vals.frombytes(c["data"])
            if c["kind"] == "dict":
                col: List[Any] = [c["values"][k] for k in vals]
            elif c["kind"] == "ts":
                col = [epoch + dt.timedelta(microseconds=v) for v in vals]
            elif c["kind"] == "bool":
                col = [bool(v) for v in vals]
            else:
                col = list(vals)
            if valid is not None:
                col = [v if ok else None for v, ok in zip(col, valid)]
            out[c["name"]] = col
        return out

    def to_pylist(self) -> List[Dict[str, Any]]:
        """One dict per row."""
        d = self.to_pydict()
        names = self.column_names
        return [dict(zip(names, row)) for row in zip(*(d[n] for n in names))]
