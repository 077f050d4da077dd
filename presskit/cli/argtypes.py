"""Argument types that refuse bad values before anything runs (argparse then exits 2 with a sentence).

Dates are ISO (``2026-11-16``); kinds and languages are read by :mod:`presskit.choices` (codes,
English and French labels, unique prefixes); counts are whole numbers of at least 1.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re

from ..choices import ChoiceError, parse_kind, parse_language
from ..errors import PresskitError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str) -> str:
    """``2026-11-16``; anything else (``16/11/2026``, ``2026-13-45``, ``20261116``) is refused."""
    t = text.strip()
    if _ISO_DATE.fullmatch(t):
        try:
            return _dt.date.fromisoformat(t).isoformat()
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"'{text}' is not a real date; give a date as YEAR-MONTH-DAY, e.g. 2026-11-16.") from None
    raise argparse.ArgumentTypeError(f"'{text}' is not a date as YEAR-MONTH-DAY; write it like 2026-11-16.")


def kind(text: str) -> str:
    try:
        return parse_kind(text)
    except ChoiceError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def language(text: str) -> str:
    try:
        return parse_language(text)
    except ChoiceError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def positive_int(text: str) -> int:
    """A whole number of at least 1."""
    try:
        n = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; give 1 or more.") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is too small; give 1 or more.")
    return n


class UsageError(PresskitError):
    """Arguments that each look right but do not go together (the command exits 2)."""


def check_date_range(date_from: str | None, date_to: str | None) -> None:
    """Refuse ``--from`` after ``--to`` (nothing could match)."""
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"--from {date_from} is after --to {date_to}, so nothing could match; swap them.")


def library_query(first: str | None, second: str | None) -> str:
    """The query of a ``--library`` command, whose one positional argument is the query (no kit)."""
    if second is not None:
        raise UsageError("With --library, give the query only (no kit): presskit search --library QUERY.")
    return first or ""
