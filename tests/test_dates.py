from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import (
    DateError,
    PartialDate,
    duration_label,
    find_time_constraint,
    span_label,
    span_period,
)


@pytest.mark.parametrize(
    ("text", "precision", "start", "end", "label"),
    [
        ("2013", "year", "2013-01-01", "2013-12-31", "2013"),
        ("2018-01", "month", "2018-01-01", "2018-01-31", "January 2018"),
        ("2016-02", "month", "2016-02-01", "2016-02-29", "February 2016"),
        ("2000-10-16", "day", "2000-10-16", "2000-10-16", "16 October 2000"),
    ],
)
def test_parse_keeps_precision(text: str, precision: str, start: str, end: str, label: str) -> None:
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.iso() == text
    assert date.period().start == dt.date.fromisoformat(start)
    assert date.period().end == dt.date.fromisoformat(end)
    assert date.label() == label


@pytest.mark.parametrize(
    ("approx", "start", "end"),
    [
        ("early", "2017-10-01", "2017-10-10"),
        ("mid", "2017-10-11", "2017-10-20"),
        ("late", "2017-10-21", "2017-10-31"),
    ],
)
def test_approx_narrows_the_month(approx: str, start: str, end: str) -> None:
    date = PartialDate.parse("2017-10", approx=approx)  # type: ignore[arg-type]
    assert date.label() == f"{approx} October 2017"
    assert date.period().start == dt.date.fromisoformat(start)
    assert date.period().end == dt.date.fromisoformat(end)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2019-13", "month 13"),
        ("2019-02-30", "February 2019 has 28 days"),
        ("2019-00", "month 00"),
        ("19", "not YYYY"),
        ("2019/01", "not YYYY"),
        ("March 2019", "not YYYY"),
        ("", "not YYYY"),
    ],
)
def test_bad_dates_say_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(DateError, match=words):
        PartialDate.parse(text)


def test_approx_on_an_exact_day_is_rejected() -> None:
    with pytest.raises(DateError, match="not the day"):
        PartialDate.parse("2017-10-05", approx="late")


def test_span_label_and_period() -> None:
    start, until = PartialDate.parse("2016-03"), PartialDate.parse("2017-10")
    assert span_label(start, until) == "March 2016 – October 2017"
    assert span_label(start, None) == "March 2016"
    period = span_period(start, until)
    assert (period.start, period.end) == (dt.date(2016, 3, 1), dt.date(2017, 10, 31))


@pytest.mark.parametrize(
    ("start", "until", "expected"),
    [
        ("2016-03", "2017-10", "1 year and 7 months"),
        ("2015", "2017", "2 years"),
        ("2020-01-01", "2020-01-15", "14 days"),
        ("2019-01-10", "2019-06-10", "5 months"),
        ("2019-01", "2019-01", "less than a month"),
    ],
)
def test_duration(start: str, until: str, expected: str) -> None:
    assert duration_label(PartialDate.parse(start), PartialDate.parse(until)) == expected


def test_other_wars_are_not_dates() -> None:  # the world wars are periods (see test_query)
    assert find_time_constraint("when did the price war start", today=dt.date(2026, 1, 1)) is None


@pytest.mark.parametrize("text", ["pages 12-14", "INC-77-78 happened", "v1.77-78"])
def test_number_pairs_that_are_not_seasons(text: str) -> None:
    assert find_time_constraint(text.lower(), today=dt.date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    "text", ["who chaired the trust through the 2000s", "who ran it throughout the 1990s"]
)
def test_through_a_period_is_throughout_it(text: str) -> None:
    found = find_time_constraint(text, today=dt.date(2026, 1, 1))
    assert found is not None and found.relation == "in"


def test_from_one_year_through_another_is_the_range() -> None:
    found = find_time_constraint("what happened from 2015 through 2017", today=dt.date(2026, 1, 1))
    assert found is not None and found.relation == "in"
    assert (found.period.start.year, found.period.end.year) == (2015, 2017)


def test_a_time_in_quotes_is_a_title_not_the_time_asked() -> None:
    today = dt.date(2026, 1, 1)
    text = "putting together a 'ten years ago' post - what happened in 2014?"
    found = find_time_constraint(text, today=today)
    assert found is not None and found.period.start == dt.date(2014, 1, 1)
    # ... but unquoted, ten years ago is a time like any other
    bare = find_time_constraint("what happened ten years ago?", today=today)
    assert bare is not None and bare.period.start == dt.date(2016, 1, 1)


@pytest.mark.parametrize("text", ["the hives that got nicked, 2016ish?", "in 2016-ish", "2016ish"])
def test_a_year_and_ish_is_about_that_year(text: str) -> None:
    found = find_time_constraint(text, today=dt.date(2026, 1, 1))
    assert found is not None and found.period.start == dt.date(2016, 1, 1)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("when did we hit 2000 members", None),
        ("when did visitors pass 1500 visits a year?", None),
        ("when did we hit 2000 memebers", None),
        ("what happened in 2000", 2000),
        ("when did the 2012 floods hit?", 2012),  # a year that names an event
        ("when did we hit 2000", 2000),  # no noun counted: a year
    ],
)
def test_a_number_reached_and_counted_is_no_year(question: str, year: int | None) -> None:
    found = find_time_constraint(question, today=dt.date(2026, 1, 1))
    assert (found.period.start.year if found else None) == year


def test_the_one_from_a_year_is_the_one_of_that_year() -> None:
    today = dt.date(2026, 1, 1)
    found = find_time_constraint(
        "what was that telly programme called the one from 2013", today=today
    )
    assert found is not None and found.relation == "in"
    assert found.period.start.year == found.period.end.year == 2013
    # (but "from 2013" alone is from then on)
    found = find_time_constraint("what did we run from 2013", today=today)
    assert found is not None and found.relation == "since"
