"""lapor: SP4N-LAPOR! complaint handling for Python.

Region codes, working-day deadlines, redaction and SLA analytics of Indonesia's national
public-service complaint system, computed by the Rust core ``lapor-core``.
"""

from __future__ import annotations

from lapor._lapor import RegionCode
from lapor.errors import (
    CalendarRangeError,
    DirectoryError,
    LaporError,
    NotFoundError,
    ParseError,
    PermissionDeniedError,
    TransitionError,
    ValidationError,
)

__all__ = [
    "RegionCode",
    "LaporError",
    "ParseError",
    "DirectoryError",
    "NotFoundError",
    "ValidationError",
    "CalendarRangeError",
    "TransitionError",
    "PermissionDeniedError",
]
