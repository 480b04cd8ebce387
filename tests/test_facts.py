from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.facts import load_facts
from tests.conftest import REPO, WriteFacts


def test_every_date_form_loads_with_its_precision(write_facts: WriteFacts) -> None:
    folder = write_facts(
        a="""
        source: A source
        facts:
          - {id: year-int, date: 2013, text: A year written as a YAML int.}
          - {id: year-str, date: "2014", text: A quoted year.}
          - {id: month, date: 2018-01, text: An unquoted month.}
          - {id: month-str, date: "2018-02", text: A quoted month.}
          - {id: day, date: 2018-01-15, text: An unquoted day YAML reads as a date.}
          - {id: day-str, date: "2018-01-16", text: A quoted day.}
          - {id: late, date: 2017-10, approx: late, text: Late October.}
        """
    )
    base = load_facts(folder)
    assert base.problems == []
    got = {fact.id: (fact.date.iso(), fact.date.precision) for fact in base.facts}
    assert got == {
        "year-int": ("2013", "year"),
        "year-str": ("2014", "year"),
        "month": ("2018-01", "month"),
        "month-str": ("2018-02", "month"),
        "day": ("2018-01-15", "day"),
        "day-str": ("2018-01-16", "day"),
        "late": ("2017-10", "month"),
    }
    late = next(f for f in base.facts if f.id == "late")
    assert late.when == "late October 2017"
    month = next(f for f in base.facts if f.id == "month")
    assert month.when == "January 2018"  # never "1 January 2018"
    assert all(f.source == "A source" for f in base.facts)


def test_spans_questions_tags_and_source_override(write_facts: WriteFacts) -> None:
    folder = write_facts(
        a="""
        source: File source
        facts:
          - id: span
            date: 2016-03
            until: 2017-10
            text: Seven rounds were held.
            questions: [how many rounds were there, "when did the rounds run"]
            tags: [rounds]
            source: Own source
        """
    )
    (fact,) = load_facts(folder).facts
    assert fact.when == "March 2016 – October 2017"
    assert fact.period.start == dt.date(2016, 3, 1)
    assert fact.period.end == dt.date(2017, 10, 31)
    assert fact.questions == ("how many rounds were there", "when did the rounds run")
    assert fact.tags == ("rounds",)
    assert fact.source == "Own source"
    assert fact.line == 3


BROKEN = {
    "a.yaml": """
        facts:
          - id: good
            date: 2019-01
            text: Fine.
          - id: bad-month
            date: 2019-13
            text: Month thirteen.
          - id: no-such-day
            date: "2019-02-30"
            text: February has no 30th.
          - id: backwards
            date: 2019-05
            until: 2019-04
            text: Ends before it starts.
          - id: empty-text
            date: 2019
            text: "   "
          - id: typo-key
            date: 2019
            text: Has a typo.
            qestions: [oops]
          - id: no-text
            date: 2019
          - id: Bad_ID
            date: 2019
            text: Capitals.
          - id: dup
            date: 2019
            text: First copy.
        """,
    "b.yaml": """
        facts:
          - id: dup
            date: 2020
            text: Second copy.
        """,
    "c.yaml": """
        facts:
          - id: broken
            date: [2019
        """,
}


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("a.yaml:6", "month 13"),
        ("a.yaml:9", "February 2019 has 28 days"),
        ("a.yaml:13", "until 2019-04 is before date 2019-05"),
        ("a.yaml:17", "empty text"),
        ("a.yaml:21", "unknown fact field 'qestions' (did you mean 'questions'?)"),
        ("a.yaml:22", "missing the required field 'text'"),
        ("a.yaml:24", "id 'Bad_ID' must be lowercase"),
        ("b.yaml:2", "duplicate id 'dup'; first defined at "),
        ("c.yaml:4", "YAML syntax error"),
    ],
)
def test_every_problem_is_reported_with_file_and_line(
    write_facts: WriteFacts, where: str, words: str
) -> None:
    folder = write_facts(BROKEN)
    problems = [str(p) for p in load_facts(folder).problems]
    assert any(where in p and words in p for p in problems), problems


def test_duplicate_ids_name_both_places(write_facts: WriteFacts) -> None:
    folder = write_facts(BROKEN)
    (dup,) = [str(p) for p in load_facts(folder).problems if "duplicate" in p.message]
    assert "b.yaml:2:" in dup and "a.yaml:27" in dup


def test_broken_base_keeps_only_valid_facts_and_counts_all_problems(
    write_facts: WriteFacts,
) -> None:
    base = load_facts(write_facts(BROKEN))
    assert [f.id for f in base.facts] == ["good", "dup"]
    assert len(base.problems) == 9
    assert not base.ok


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty file"),
        ("- just a list\n", "expected a mapping"),
        ("facts: 3\n", "'facts' must be a list"),
        ("source: x\n", "missing the 'facts:' list"),
        ("facts: []\nsorce: x\n", "unknown file-level field 'sorce' (did you mean 'source'?)"),
        ("facts:\n  - just text\n", "each fact must be a mapping"),
        ("facts:\n  - {id: a, date: 2019, text: x, tags: [1]}\n", "'tags entry 1' must be text"),
    ],
)
def test_file_shape_problems(write_facts: WriteFacts, text: str, words: str) -> None:
    problems = [str(p) for p in load_facts(write_facts({"f.yaml": text})).problems]
    assert any(words in p for p in problems), problems


def test_missing_or_empty_folder(tmp_path: Path) -> None:
    assert "no such folder" in str(load_facts(tmp_path / "nope").problems[0])
    assert "no fact files" in str(load_facts(tmp_path).problems[0])


def test_the_curated_fact_base_is_valid() -> None:
    base = load_facts(REPO / "facts")
    assert base.problems == []
    assert len(base.facts) >= 15
    for fact in base.facts:
        assert fact.source, fact.id
        assert fact.text.endswith("."), fact.id


def test_the_readme_example_is_a_valid_fact_file(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split("## The fact format", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "example.yaml").write_text(example, encoding="utf-8")
    base = load_facts(tmp_path)
    assert base.problems == []
    assert [f.when for f in base.facts] == [
        "January 2018",
        "March 2016 – October 2017",
        "late October 2017",
    ]
