"""Properties: the engine answers any text without raising; partial dates round-trip."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import textwrap
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.dates import APPROX_VALUES, PartialDate
from bot.engine import Answer, Engine
from bot.facts import load_facts
from bot.render import answer_json, reply_text
from bot.store import Store, build_db

TODAY = dt.date(2026, 1, 1)

BASE = """
    source: Quillworks release notes
    facts:
      - id: inkwell-launch
        date: "2015-03-10"
        text: Inkwell, the note-taking web app, launched publicly.
      - id: maria-leads-platform
        date: "2017-05"
        until: "2020-08"
        text: Maria Okafor led the platform team.
      - id: northwind-talks
        date: "2017-10"
        approx: late
        text: Partnership talks with Northwind Labs started.
      - id: product-renamed
        date: "2018-01"
        text: The product Inkwell was renamed Quill Notes.
        questions: [when did inkwell get its new name]
        tags: [rename]
      - id: kotlin-adopted
        date: "2019"
        text: The mobile team adopted Kotlin.
      - id: release-v2-4
        date: "2019-03-12"
        text: Quill Notes v2.4 was released with shared notebooks.
      - id: office-move
        date: "2019-06"
        text: The company moved its office from Leeds to Manchester.
      - id: inc-2041
        date: "2021-05-14"
        text: "INC-2041: a sync outage took Quill Notes offline for six hours."
      - id: release-v3-0
        date: "2021-03"
        text: Quill Notes v3.0 was released with offline sync.
      - id: sre-formed
        date: "2016-02"
        text: Quillworks formed a Site Reliability Engineering team.
    """

STATUSES = ("answered", "ambiguous", "declined")

# Words of the base and of questions, to compose with hostile syntax.
REAL_WORDS = [
    "when",
    "where",
    "who",
    "what",
    "which",
    "how long",
    "how many",
    "did",
    "the",
    "launch",
    "Inkwell",
    "renamed",
    "new name",
    "stepped down",
    "Quill",
    "Notes",
    "platform",
    "team",
    "lead",
    "v2.4",
    "v2.5",
    "v3",
    "3.0",
    "INC-2041",
    "inc-2042",
    "SRE",
    "Leeds",
    "office",
    "in 2019",
    "March",
    "2019",
    "2019-02-30",
    "2019-13",
    "mid-2019",
    "the 1990s",
    "between 2015 and",
    "after",
    "before",
    "right after",
    "just before",
    "since",
    "first",
    "latest",
    "now",
    "First",
    "last year",
    "seconds after",
]
FTS5_SYNTAX = [
    '"',
    '""',
    "'",
    "*",
    "NEAR(",
    "NEAR(launch renamed, 2)",
    "AND",
    "OR",
    "NOT",
    "-text:",
    "text:",
    "{text questions}:",
    "^",
    "+",
    "(",
    ")",
    "((",
    "))",
    ":",
    ",",
    "?",
    "\x00",
    "\\",
    "%",
    "_",
    ";",
    "--",
]
ODD = [
    "🚀",
    "👩🏽‍💻",
    "\u202e",  # right-to-left override
    "\u200b",  # zero-width space
    "\u2066",
    "متى تم إطلاق",  # Arabic
    "מתי שוחרר",  # Hebrew
    "\ufeff",
    "\r\n",
    "\t",
    "ﬁ",  # a compatibility ligature NFKC folds
    "Ⅻ",
    "２０１９",  # full-width digits
    "İ",
]

composed = st.lists(
    st.sampled_from(REAL_WORDS + FTS5_SYNTAX + ODD) | st.text(max_size=8), max_size=30
).flatmap(lambda parts: st.sampled_from([" ", "", ",", "-"]).map(lambda sep: sep.join(parts)))
long_text = st.tuples(st.text(min_size=1, max_size=40), st.integers(1, 10_000)).map(
    lambda pair: (pair[0] * pair[1])[:10_000]
)
questions = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "So", "Lo"]), max_size=100),
    composed,
    long_text,
)

ENGINE_SETTINGS = settings(
    max_examples=int(os.environ.get("FACTBOT_HYPOTHESIS_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # autouse env isolation
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("properties")
    (folder / "base.yaml").write_text(textwrap.dedent(BASE).lstrip(), encoding="utf-8")
    base = load_facts(folder)
    assert base.problems == []
    db_path = folder.parent / f"{folder.name}.db"
    build_db(base, db_path)
    built = Engine(Store(db_path), today=TODAY)
    yield built
    built.store.close()


def check(answer: Answer, question: str) -> None:
    assert isinstance(answer, Answer)
    assert answer.question == question
    assert answer.status in STATUSES
    assert answer.answered is (answer.status != "declined")
    for match in answer.matches:
        assert 0.0 <= match.score <= 100.0
    if answer.status == "declined":
        assert len(answer.matches) <= 3
    else:
        assert answer.top is not None
    if answer.status == "ambiguous":
        assert 2 <= answer.choices <= len(answer.matches)
    text = reply_text(answer)
    assert isinstance(text, str) and text
    payload = answer_json(answer)
    encoded = json.dumps(payload, ensure_ascii=False)
    assert json.loads(encoded)["answered"] is answer.answered
    for match in payload["matches"]:
        assert 0 <= match["score"] <= 100


@ENGINE_SETTINGS
@given(question=questions)
def test_ask_never_raises(engine: Engine, question: str) -> None:
    check(engine.ask(question), question)


@ENGINE_SETTINGS
@given(
    prefix=st.sampled_from(["when did", "what happened", "who led", "where was", "how long did"]),
    noise=composed,
)
def test_ask_never_raises_on_questions_with_hostile_syntax(
    engine: Engine, prefix: str, noise: str
) -> None:
    question = f"{prefix} {noise}"
    check(engine.ask(question), question)


@pytest.mark.parametrize(
    "question",
    [
        "after " * 200 + "the launch",
        "before after " * 100 + "the rename",
        "what came right after what came right after the rename?",
        'when did "v2.4 NEAR(launch *) -text:renamed ^Quill OR AND (((',
        "\x00when\x00 did\x00 inkwell launch",
        "x" * 10_000,
        "when " * 2_000,
        "in 2019-02-30 what happened",
        "between 2019-13 and 2020",
        "what happened before 1000?",
        "what happened after 2099?",
    ],
)
def test_ask_edge_inputs(engine: Engine, question: str) -> None:
    check(engine.ask(question), question)


# -- PartialDate -------------------------------------------------------------------------------


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    approx = None if day is not None else draw(st.none() | st.sampled_from(APPROX_VALUES))
    return PartialDate(year, month, day, approx)


@settings(max_examples=200, deadline=None)
@given(date=partial_dates())
def test_partial_date_round_trip_and_period(date: PartialDate) -> None:
    assert PartialDate.parse(date.iso(), approx=date.approx) == date
    period = date.period()
    assert period.start <= period.end
    assert period.start.year == period.end.year == date.year
    if date.month is not None:
        assert period.start.month == period.end.month == date.month
    if date.day is not None:
        assert period.start == period.end == dt.date(date.year, date.month or 1, date.day)
    if date.approx is not None:
        plain = PartialDate(date.year, date.month).period()
        assert plain.contains(period)
        assert date.label().startswith(f"{date.approx} ")
