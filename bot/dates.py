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


# --- Time expressions in questions ------------------------------------------------------------
# A small grammar rather than a general parser (dateparser, dateutil): questions name years,
# months, days, decades and "between/before/after" ranges, and every match must report the span
# of text it used so the rest of the question can be matched on its own. dateparser also reads
# plain words ("march", "may", "second") as dates, which is wrong here far more often than right.

Relation = Literal["in", "before", "until", "after", "since"]

_MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTHS.update({name.lower()[:3]: i + 1 for i, name in enumerate(MONTH_NAMES)})
_MONTHS["sept"] = 9
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Not part of a word or a number ("v100s", "3.2019"), but "mid-2019", "early-90s"
_NOT_AFTER_WORD = r"(?:(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<![\w.\-]))"
_YEAR_DIGITS = _NOT_AFTER_WORD + r"(?:1[0-9]{3}|20[0-9]{2})"
_YEAR_END = r"(?![\w\-]|\.\d)"
_YEAR = _YEAR_DIGITS + _YEAR_END
# "early 2019", and "the end of 2019" (late 2019), "the start of March" (early March)
_APPROX = (
    r"(?:(?P<approx>early|mid|late)[\s\-]+|(?:the\s+)?"
    r"(?P<edge>start|beginning|middle|end|close)\s+of\s+(?:the\s+)?)?"
)
_EDGES = {"start": "early", "beginning": "early", "middle": "mid", "end": "late", "close": "late"}
# "the nineties": the decade's digit ("noughties" is the 2000s)
_DECADE_WORDS = {
    "noughties": 0,
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_ONE_DATE = (
    rf"{_APPROX}(?:"
    rf"(?P<iso>{_YEAR_DIGITS}-\d{{1,2}}(?:-\d{{1,2}})?)(?![\w\-])"
    rf"|(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>{_MONTH}),?\s+(?P<year1>{_YEAR})"
    rf"|(?P<month2>{_MONTH})\s+(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?(?P<year2>{_YEAR})"
    rf"|(?:the\s+)?{_NOT_AFTER_WORD}(?P<decade>(?:1[0-9]|20)[0-9])0'?s\b"
    rf"|(?:the\s+)?{_NOT_AFTER_WORD}'?(?P<short_decade>[0-9])0'?s\b"  # not "v100s", "a320s"
    rf"|(?:the\s+)?(?P<decade_word>{'|'.join(_DECADE_WORDS)})\b"  # "the nineties"
    rf"|(?:q(?P<quarter>[1-4])|(?P<quarter_word>first|second|third|fourth)\s+quarter(?:\s+of)?)"
    rf"\s+(?P<quarter_year>{_YEAR})"
    rf"|(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<season_year>{_YEAR})"
    rf"|(?P<year3>{_YEAR_DIGITS})(?:-?ish\b|{_YEAR_END})"  # "2016ish": about then
    rf"|(?P<rel>this|last|next|previous)\s+year"
    rf"|(?P<ago>\d{{1,3}}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago"
    r")"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
_RELATION_WORDS = {
    "in": "in",
    "during": "in",
    "on": "in",
    "of": "in",
    "around": "in",
    "at": "in",
    "for": "in",
    "within": "in",
    "throughout": "in",
    "before": "before",
    "prior to": "before",
    "earlier than": "before",
    "pre": "before",
    "until": "until",
    "till": "until",
    "up to": "until",
    # "who chaired it through the 2000s": throughout ("from X through Y" is a range)
    "through": "in",
    "by": "until",
    "up until": "until",
    "as of": "until",
    "after": "after",
    "later than": "after",
    "following": "after",
    "post": "after",
    "since": "since",
    "from": "since",
    "starting": "since",
    "starting in": "since",
}
_REL = "|".join(sorted((re.escape(k) for k in _RELATION_WORDS), key=len, reverse=True))
_BETWEEN_RE = re.compile(
    rf"\b(?:between|from|in|during)\s+(?P<a>{_ONE_DATE.replace('?P<', '?P<a_')})\s*"
    rf"(?:\band\b|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bor\b|-|–)\s*"
    rf"(?P<b>{_ONE_DATE.replace('?P<', '?P<b_')})"
)
_ANY_DIGIT_RE = re.compile(r"\d")
# Periods people name instead of dating: the world wars, as the questions of a history base
# ask about them ("when did the army take over the hospital in ww1?").
_NAMED_PERIODS = (
    (
        r"ww ?(?:1|i)|world war (?:1|i|one)|(?:the )?first world war|(?:the )?great war",
        Period(dt.date(1914, 7, 28), dt.date(1918, 11, 11)),
    ),
    (
        r"ww ?(?:2|ii)|world war (?:2|ii|two)|(?:the )?second world war",
        Period(dt.date(1939, 9, 1), dt.date(1945, 9, 2)),
    ),
)
_NAMED_PERIOD_RE = re.compile(
    rf"(?:\b(?P<relword>{_REL})\s+)?(?:the\s+)?\b(?:"
    + "|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _) in enumerate(_NAMED_PERIODS))
    + r")(?![\w\-])"
)
_YEAR_SPAN_RE = re.compile(
    r"(?:\b(?:in|from|between|during)\s+)?(?<![\w.\-])(?P<a>1[0-9]{3}|20[0-9]{2})\s*[-–/]\s*"
    r"(?P<b>1[0-9]{3}|20[0-9]{2})(?![\w\-])"
)
# A year by its last two digits: "in '97", and "in 97" at the end of a question
_SHORT_YEAR_RE = re.compile(r"(?<![\w'])'(?P<before>)(?P<yy>\d{2})\b(?!')")
# (or before a clause: "in 21 after the price row", "in 98, when ...")
# (or before what the question asks: "what was the boat we bought in 89 called?")
_SHORT_YEAR_END_RE = re.compile(
    r"(?P<before>\bin )(?P<yy>\d{2})"
    r"(?=\s*[?!.]*$|\s*[,;]|\s+(?:after|before|when|while|during|because|once|or so|called|"
    r"named)\b)"
)
# ... and "back in 89" wherever it stands: no count is "back in"
_SHORT_YEAR_BACK_RE = re.compile(r"(?P<before>\bback in )(?P<yy>\d{2})\b(?![.,:%]\d?)")
# ... and "the summer of 98", "in march of 98": a season or month is of a year, never a count
_SHORT_YEAR_OF_RE = re.compile(
    rf"(?P<before>\b(?:spring|summer|autumn|fall|winter|{_MONTH})\s+of\s+)(?P<yy>\d{{2}})\b"
)
# ... and "the 93 flood": before an event that is named by its year (not "the 40 boats")
_SHORT_YEAR_EVENT_RE = re.compile(
    r"(?P<before>\bthe )(?P<yy>\d{2})(?= (?:flood|floods|fire|storm|storms|gale|squall|"
    r"blizzard|snow|drought|heatwave|hurricane|earthquake|strike|walkout|crash|outbreak|"
    r"pandemic|lockdown|recession|riots?|election|season|final|cup|tour|festival|show|regatta|"
    r"gala|reunion|merger|takeover|relaunch|refit|rebuild|rebrand|closure|expedition|dig|"
    r"excavation|audit|inspection|review|agm|conference|summit|championships?|games|olympics|"
    r"concours|rally|race|fair|exhibition|parade|match|derby|marathon|tournament|dinner|trip|"
    r"camp|convention|congress|expo|meet|meeting|event|solstice|equinox|pageant|procession|"
    r"carnival|fete|panto|pantomime|ball|eclipse|freeze|frost)\b)"
)
# A season across two years: "1977-78", "2019/20", "77-78" (the second year the next one).
_SEASON_RE = re.compile(
    r"(?:\b(?:in|during)\s+)?(?:the\s+)?(?<![\w.\-])(?P<a>(?:1[0-9]|20)?[0-9]{2})\s*[-–/]\s*"
    r"(?P<b>[0-9]{2})(?![\w\-])"
)
_ONE_FROM_RE = re.compile(r"\b(?:the|that|this) ones?\s+$")
_SINGLE_RE = re.compile(
    rf"(?:\b(?P<relword>{_REL})\s+(?:the\s+)?)?(?P<d>{_ONE_DATE})"
    # "from 2023 onwards", "2010 and later": since then
    r"(?P<onwards>\s+(?:onwards?|and (?:later|after)|or later)\b|\s+on\b(?!\s+\w))?"
)


@dataclass(frozen=True)
class TimeConstraint:
    """A time condition from a question: a relation to a period ("before 2016")."""

    relation: Relation
    period: Period
    text: str

    def admits(self, period: Period) -> bool:
        """Tell whether a fact covering ``period`` satisfies the condition."""
        lo, hi, end_lo = self.bounds()
        return lo <= period.start <= hi and period.end >= end_lo

    def bounds(self) -> tuple[dt.date, dt.date, dt.date]:
        """The condition as (earliest start, latest start, earliest end) of an admitted fact."""
        first, last = dt.date.min, dt.date.max
        if self.relation == "in":
            return first, self.period.end, self.period.start
        if self.relation == "before":
            return first, self.period.start - dt.timedelta(days=1), first
        if self.relation == "until":
            return first, self.period.end, first
        if self.relation == "after":
            return self.period.end + dt.timedelta(days=1), last, first
        return self.period.start, last, first  # since


# A number reached, counted in the noun after it: "hit 2000 members", "passed 1500 visitors"
_COUNTED_RE = re.compile(r"\d{4} (?!(?:and|or|to|onwards?|on|when|after|before|until)\b)[a-z]+s\b")
_REACHED_RE = re.compile(
    r"\b(?:hit|hits|hitting|reach|reached|reaches|reaching|pass|passed|passing|top|topped|"
    r"cross|crossed|break|broke|past|over|nearly|almost|about|around)\s+$"
)

_QUOTES = "'\"‘’“”"


def _quoted(text: str, start: int, end: int) -> bool:
    """Tell whether the words from ``start`` to ``end`` stand in quotes of their own."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] in _QUOTES and text[end:].lstrip()[:1] in tuple(_QUOTES)


def find_time_constraint(text: str, *, today: dt.date) -> TimeConstraint | None:
    """Find the first time expression in a lowercase question.

    >>> find_time_constraint("what happened in march 2019?", today=dt.date(2026, 1, 1)).period
    Period(start=datetime.date(2019, 3, 1), end=datetime.date(2019, 3, 31))
    """
    if " war" in text or "ww" in text:
        named = _NAMED_PERIOD_RE.search(text)
        if named:
            index = next(i for i in range(len(_NAMED_PERIODS)) if named[f"p{i}"])
            word = named["relword"]
            relation = _RELATION_WORDS.get(word, "in") if word else "in"
            return TimeConstraint(relation, _NAMED_PERIODS[index][1], named.group(0))  # type: ignore[arg-type]
    if not _ANY_DIGIT_RE.search(text) and "year" not in text and "ties" not in text:
        # every time expression has a year, a decade ("the nineties"), or "this/last year"
        return None
    season = _season(text, today)
    if season is not None:
        return season
    span = _YEAR_SPAN_RE.search(text)
    if span and int(span["a"]) <= int(span["b"]):
        years = Period(dt.date(int(span["a"]), 1, 1), dt.date(int(span["b"]), 12, 31))
        return TimeConstraint("in", years, span.group(0))
    match = _BETWEEN_RE.search(text)
    if match:
        first = _period(match, "a_", today)
        second = _period(match, "b_", today)
        if first and second:
            lo, hi = sorted((first, second))
            return TimeConstraint("in", Period(lo.start, max(lo.end, hi.end)), match.group(0))
    for match in _SINGLE_RE.finditer(text):
        if _quoted(text, match.start(), match.end()):
            continue  # "a 'ten years ago' post: what happened in 2014?": a title, not a time
        if _COUNTED_RE.match(text, match.start()) and _REACHED_RE.search(text, 0, match.start()):
            continue  # "when did we hit 2000 members?": a count, not a year
        period = _period(match, "", today)
        if period is None:
            continue
        word = match["relword"]
        relation = _RELATION_WORDS.get(word, "in") if word else "in"
        if word == "from" and _ONE_FROM_RE.search(text, 0, match.start()):
            relation = "in"  # "the one from 2013": the one of that year
        if match["onwards"] and relation == "in":
            relation = "since"
        return TimeConstraint(relation, period, match.group(0))  # type: ignore[arg-type]
    return None


def full_years(text: str, today: dt.date) -> str:
    """Write a year given by its last two digits in full: "in '97", "back in 97?" (at the
    end of a question, where no count would stand) and "the 97 flood" are 1997; "'19" is
    2019.

    >>> full_years("who was captain when we won division 1 in 97", dt.date(2026, 1, 1))
    'who was captain when we won division 1 in 1997'
    """

    def full(match: re.Match[str]) -> str:
        # "'27" is next year's, said ahead of it; "'28" is 1928
        return f"{match['before']}{_century_year(int(match['yy']), today, ahead=1)}"

    text = _SHORT_YEAR_BACK_RE.sub(full, _SHORT_YEAR_RE.sub(full, text))
    text = _SHORT_YEAR_OF_RE.sub(full, _SHORT_YEAR_END_RE.sub(full, text))
    return _SHORT_YEAR_EVENT_RE.sub(full, text)


def _century_year(short: int, today: dt.date, *, ahead: int = 0) -> int:
    """The year a two-digit year names: of the last hundred years, or up to ``ahead`` years on
    ("77" is 1977 and "19" is 2019, in 2026)."""
    return short + (2000 if 2000 + short <= today.year + ahead else 1900)


def _season(text: str, today: dt.date) -> TimeConstraint | None:
    """A season such as "the 1977-78 season" or "2019/20": the two years it spans. Two-digit
    years are of the last hundred years ("77-78" is 1977-78 in 2026)."""
    for match in _SEASON_RE.finditer(text):
        first, second = match["a"], int(match["b"])
        year = int(first) if len(first) == 4 else _century_year(int(first), today)
        if second != (year + 1) % 100:
            continue  # "12-14" is not a season
        if len(first) == 4 and second <= 12 and "season" not in text[match.end() :][:12]:
            continue  # "2011-12" is December 2011, unless it is "the 2011-12 season"
        return TimeConstraint(
            "in", Period(dt.date(year, 1, 1), dt.date(year + 1, 12, 31)), match.group(0)
        )
    return None


def _decade(start: int, approx: str | None) -> Period:
    """A decade, or its early, middle or late years ("the early nineties": 1990-1993)."""
    first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(approx or "", (0, 9))
    return Period(dt.date(start + first, 1, 1), dt.date(start + last, 12, 31))


def _period(match: re.Match[str], prefix: str, today: dt.date) -> Period | None:
    def get(name: str) -> str | None:
        return match.groupdict().get(prefix + name)

    approx = get("approx") or _EDGES.get(get("edge") or "")
    try:
        if get("iso"):
            return PartialDate.parse(str(get("iso")), approx=None).period()
        if get("decade"):
            return _decade(int(str(get("decade"))) * 10, approx)
        short = get("short_decade") or _DECADE_WORDS.get(get("decade_word") or "")
        if short is not None:  # "the 90s", "the nineties": the last such decade before today
            start = 1900 + int(short) * 10
            return _decade(start + 100 if start + 100 <= today.year else start, approx)
        if get("quarter_year"):
            quarter = int(get("quarter") or _ORDINALS[str(get("quarter_word"))])
            year = int(str(get("quarter_year")))
            first = PartialDate(year, 3 * quarter - 2).period().start
            return Period(first, PartialDate(year, 3 * quarter).period().end)
        if get("season_year"):
            year = int(str(get("season_year")))
            first_month, last_month = _SEASONS[str(get("season"))]
            start_year = year - 1 if first_month > last_month else year  # winter spans the new year
            return Period(
                PartialDate(start_year, first_month).period().start,
                PartialDate(year, last_month).period().end,
            )
        if get("rel"):
            year = today.year + {"this": 0, "last": -1, "previous": -1, "next": 1}[str(get("rel"))]
            return PartialDate(year).period()
        if get("ago"):
            years = str(get("ago"))
            back = int(years) if years.isdigit() else _NUMBERS.get(years, 1)
            return PartialDate(today.year - back).period()
        for suffix in ("1", "2"):
            if get("year" + suffix):
                month = _MONTHS[str(get("month" + suffix)).rstrip(".")]
                day = get("day" + suffix)
                iso = f"{get('year' + suffix)}-{month:02d}" + (f"-{int(day):02d}" if day else "")
                return PartialDate.parse(iso, approx=None if day else approx).period()  # type: ignore[arg-type]
        if get("year3"):
            return PartialDate.parse(str(get("year3")), approx=approx).period()  # type: ignore[arg-type]
    except DateError:
        return None
    return None
