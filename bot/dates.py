"""Partial dates (year, month or day precision) and the periods they cover.

A fact known only to the month is a *month*: it is never shown or compared as the 1st of that
month. Every partial date therefore maps to an inclusive period ``[start, end]``, and an ``approx``
qualifier ("late October 2017") narrows that period to its first, middle or last third.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]
Approx = Literal["early", "mid", "late"]
APPROX_VALUES: tuple[Approx, ...] = ("early", "mid", "late")

MONTH_NAMES = tuple(calendar.month_name)[1:]
_DATE_RE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?")


class DateError(ValueError):
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD, or names a day that does not exist."""


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive range of days."""

    start: dt.date
    end: dt.date

    def overlaps(self, other: Period) -> bool:
        """Tell whether the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        """Tell whether ``other`` lies wholly inside this period."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day, optionally qualified early/mid/late.

    >>> PartialDate.parse("2017-10", approx="late").label()
    'late October 2017'
    """

    year: int
    month: int | None = None
    day: int | None = None
    approx: Approx | None = None

    @classmethod
    def parse(cls, text: str, *, approx: Approx | None = None) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise DateError for anything else."""
        raw = text.strip()
        match = _DATE_RE.fullmatch(raw)
        if match is None:
            raise DateError(f"date {raw!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(match["year"])
        month = int(match["month"]) if match["month"] else None
        day = int(match["day"]) if match["day"] else None
        if year < 1:
            raise DateError(f"date {raw!r} has no year 0000")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"date {raw!r} has month {month:02d}; months run 01 to 12")
        if month is not None and day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(
                    f"date {raw!r} does not exist: {MONTH_NAMES[month - 1]} {year} has {last} days"
                )
        if approx is not None and day is not None:
            raise DateError(f"'approx: {approx}' qualifies a year or month, not the day {raw}")
        return cls(year, month, day, approx)

    @property
    def precision(self) -> Precision:
        """How much of the date is known: ``year``, ``month`` or ``day``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """The date as written in a fact file: ``2017``, ``2017-10`` or ``2017-10-24``."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def period(self) -> Period:
        """The days this date covers, narrowed to a third of it by ``approx``."""
        if self.month is None:
            start, end = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        elif self.day is None:
            last = calendar.monthrange(self.year, self.month)[1]
            start, end = dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)
        else:
            start = end = dt.date(self.year, self.month, self.day)
        if self.approx is None:
            return Period(start, end)
        span = (end - start).days + 1
        third = APPROX_VALUES.index(self.approx)
        lo = start + dt.timedelta(days=span * third // 3)
        hi = start + dt.timedelta(days=span * (third + 1) // 3 - 1)
        return Period(lo, hi)

    def label(self) -> str:
        """The date in words, at its own precision: ``2013``, ``January 2018``, ``5 May 2019``."""
        if self.month is None:
            text = str(self.year)
        elif self.day is None:
            text = f"{MONTH_NAMES[self.month - 1]} {self.year}"
        else:
            text = f"{self.day} {MONTH_NAMES[self.month - 1]} {self.year}"
        return f"{self.approx} {text}" if self.approx else text


def span_label(date: PartialDate, until: PartialDate | None) -> str:
    """Label a date or a span: ``March 2016 – October 2017``.

    >>> span_label(PartialDate.parse("2016-03"), PartialDate.parse("2017-10"))
    'March 2016 – October 2017'
    """
    if until is None or until == date:
        return date.label()
    return f"{date.label()} – {until.label()}"


def span_period(date: PartialDate, until: PartialDate | None) -> Period:
    """The whole period a fact covers, from the start of ``date`` to the end of ``until``."""
    first = date.period()
    return Period(first.start, (until or date).period().end)


def duration_label(date: PartialDate, until: PartialDate | None) -> str | None:
    """Say how long a span lasted, at the coarser precision of its two ends.

    >>> duration_label(PartialDate.parse("2016-03"), PartialDate.parse("2017-10"))
    '1 year and 7 months'
    """
    if until is None:
        return None
    coarse = (
        "year"
        if "year" in (date.precision, until.precision)
        else ("month" if "month" in (date.precision, until.precision) else "day")
    )
    if coarse == "day":
        days = (until.period().start - date.period().start).days
        if days < 60:
            return _plural(days, "day")
    months = (until.year - date.year) * 12 + ((until.month or 1) - (date.month or 1))
    if coarse == "year":
        return _plural(until.year - date.year, "year")
    years, rest = divmod(months, 12)
    parts = [_plural(n, unit) for n, unit in ((years, "year"), (rest, "month")) if n]
    return " and ".join(parts) or "less than a month"


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"
