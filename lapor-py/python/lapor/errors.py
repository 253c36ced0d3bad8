"""The exception hierarchy of :mod:`lapor`.

Every error raised by the library is a :class:`LaporError`. Each carries ``code`` (stable, the
same in every binding), ``category``, ``message_id`` (Bahasa Indonesia), ``message_en`` and the
fields of the core error as attributes (for example ``input`` and ``province`` of an unknown
province). The classes also derive from the standard exception a Python caller would expect.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "LaporError",
    "ParseError",
    "DirectoryError",
    "NotFoundError",
    "ValidationError",
    "CalendarRangeError",
    "TransitionError",
    "PermissionDeniedError",
    "NaiveDatetimeError",
    "InvalidArgumentError",
]


class LaporError(Exception):
    """Base class of every lapor error."""

    code: str
    category: str
    message_id: str
    message_en: str

    def __getattr__(self, name: str) -> Any:  # fields differ per error code
        raise AttributeError(f"{type(self).__name__} ({getattr(self, 'code', '?')}) has no field {name!r}")


class ParseError(LaporError, ValueError):
    """Text that cannot be read: a region code, JSON (with ``path``, ``line``, ``column``), CSV (with ``line``), a name."""


class DirectoryError(LaporError, ValueError):
    """An inconsistent agency or category directory: duplicate id, unknown parent, cycle."""


class NotFoundError(LaporError, LookupError):
    """An id the directory does not hold."""


class ValidationError(LaporError, ValueError):
    """Values that break a configured rule, such as the attachment limits."""


class CalendarRangeError(LaporError, ValueError):
    """A date outside the years a working-day calendar covers (``calendar_range``), or a calendar
    whose years are not a contiguous range (``calendar_years``)."""


class TransitionError(LaporError, ValueError):
    """A command or event that a case's status or timeline does not allow: ``illegal_transition``,
    ``time_backwards``, ``already_declined``, ``not_due``, ``window_closed``, ``wrong_case``."""


class PermissionDeniedError(LaporError, PermissionError):
    """An actor who may not act on a case (``permission_denied``, with ``role``, ``command``,
    ``agency``, ``reason``), or a sub-disposition outside the actor's subtree (``outside_subtree``)."""


class InvalidArgumentError(ParseError, TypeError):
    """An argument of the wrong kind (``invalid_argument``, with ``argument`` and ``expected``): a
    list where a dict is expected, a value JSON cannot hold, a ``date`` where a ``datetime`` is
    needed. The message names the argument, never the value."""


class NaiveDatetimeError(LaporError, TypeError):
    """A ``datetime`` without ``tzinfo`` where an instant is needed (``naive_datetime``): lapor
    never guesses a time zone."""
