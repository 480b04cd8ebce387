"""The answer engine over a small invented history of Quillworks and its product."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot import calibration
from bot import choice as choice_module
from bot import engine as engine_module
from bot.dates import Period
from bot.engine import LOOSE, SUGGEST_MIN, Answer, Engine
from bot.facts import load_facts
from bot.query import parse_question
from bot.ranking import MEASURE_RE
from bot.render import (
    LOOSE_LINE,
    answer_card,
    answer_json,
    decline_text,
    headline,
    reply_text,
    until_line,
)
from bot.store import Store, build_db
from tests.conftest import WriteFacts

TODAY = dt.date(2026, 1, 1)

HISTORY = """
    source: Quillworks internal history
    facts:
      - id: company-founded
        date: "2014"
        text: Quillworks was founded in Leeds by Ana Ruiz and Tom Becker.
      - id: inkwell-launch
        date: "2015-03-10"
        text: Inkwell, the note-taking web app, launched publicly.
      - id: sre-formed
        date: "2016-02"
        text: Quillworks formed a Site Reliability Engineering team to run production.
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
      - id: users-100k
        date: "2018-06"
        text: Quill Notes passed 100,000 registered users.
      - id: kotlin-adopted
        date: "2019"
        text: The mobile team adopted Kotlin.
      - id: release-v2-4
        date: "2019-03-12"
        text: Quill Notes v2.4 was released with shared notebooks.
      - id: office-move
        date: "2019-06"
        text: The company moved its office from Leeds to Manchester.
      - id: postgres-migration
        date: "2019-09"
        until: "2021-12"
        text: The database migration from MySQL to PostgreSQL ran.
      - id: maria-steps-down
        date: "2020-08"
        text: Maria Okafor stepped down as head of the platform team.
      - id: dev-leads-platform
        date: "2020-09"
        text: Dev Patel became lead of the platform team.
      - id: release-v3-0
        date: "2021-03"
        text: Quill Notes v3.0 was released with offline sync.
      - id: inc-2041
        date: "2021-05-14"
        text: "INC-2041: a sync outage took Quill Notes offline for six hours."
      - id: mobile-launch
        date: "2021-11"
        text: The Quill Notes mobile app launched on Android.
      - id: release-v3-1
        date: "2022-05-05"
        text: Quill Notes v3.1 came out with end-to-end encryption.
      - id: lisbon-offsite
        date: "2022-09"
        text: The team offsite was held in Lisbon.
    """


def make_engine(folder: Path, db_path: Path) -> Engine:
    base = load_facts(folder)
    assert base.problems == []
    build_db(base, db_path)
    return Engine(Store(db_path), today=TODAY)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("history")
    (folder / "history.yaml").write_text(textwrap.dedent(HISTORY).lstrip(), encoding="utf-8")
    built = make_engine(folder, folder.parent / f"{folder.name}.db")
    yield built
    built.store.close()


def ids(answer: Answer) -> list[str]:
    return [m.fact.id for m in answer.matches]


def assert_answers(answer: Answer, fact_id: str) -> None:
    assert answer.status == "answered", (answer.status, answer.note, ids(answer)[:3])
    assert answer.top is not None
    assert answer.top.fact.id == fact_id, ids(answer)[:3]


def assert_top(answer: Answer, fact_id: str | None) -> None:
    """The answer's first fact is this one, or, for None, the question is declined."""
    if fact_id is None:
        assert not answer.answered, ids(answer)[:3]
    else:
        assert answer.answered and ids(answer)[:1] == [fact_id], (answer.status, ids(answer)[:3])


# -- when / how long / who / where -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact_id", "date_words"),
    [
        ("When did Inkwell launch?", "inkwell-launch", "10 March 2015"),
        ("what year did Inkwell launch?", "inkwell-launch", "10 March 2015"),
        ("when was v3.0 released?", "release-v3-0", "March 2021"),
        ("when did the mobile team adopt Kotlin?", "kotlin-adopted", "2019"),
        ("when did the talks with Northwind start?", "northwind-talks", "late October 2017"),
        ("when was v3.1 released?", "release-v3-1", "5 May 2022"),
        ("when was the Lisbon offsite?", "lisbon-offsite", "September 2022"),
        ("who led the platform team?", "maria-leads-platform", "May 2017 – August 2020"),
    ],
)
def test_when_answers_with_the_date_at_its_precision(
    engine: Engine, question: str, fact_id: str, date_words: str
) -> None:
    answer = engine.ask(question)
    assert_answers(answer, fact_id)
    assert answer.mode == "fact"
    text = reply_text(answer)
    assert text.startswith(f"{date_words} — ")
    assert answer.top is not None and answer.top.fact.text in text
    assert "Source: Quillworks internal history" in text


def test_how_long_answers_with_a_duration_from_date_and_until(engine: Engine) -> None:
    answer = engine.ask("how long did the database migration take?")
    assert answer.query.qtype == "how_long"
    assert_answers(answer, "postgres-migration")
    assert reply_text(answer).startswith("2 years and 3 months (September 2019 – December 2021) — ")


def test_how_long_ago_answers_when_and_how_long_before_today(engine: Engine) -> None:
    answer = engine.ask("how long ago did the database migration start?")
    assert answer.query.qtype == "when" and answer.query.asked_on == TODAY
    assert_answers(answer, "postgres-migration")
    months = (TODAY.year - 2019) * 12 + TODAY.month - 9
    years, rest = divmod(months, 12)
    assert reply_text(answer).startswith(f"{years} years and {rest} months ago (")
    # the same fact as "when" finds, the question read the same way
    when = engine.ask("when did the database migration start?")
    assert ids(answer) == ids(when) and answer.query.terms == when.query.terms
    assert engine.ask("how many years ago did the database migration start?").query.asked_on


@pytest.mark.parametrize(
    "asked",
    [
        "what year did the database migration start?",
        "In which year did the database migration start?",
    ],
)
def test_what_year_is_read_as_when(engine: Engine, asked: str) -> None:
    answer = engine.ask(asked)
    when = engine.ask("when did the database migration start?")
    assert answer.query.text == when.query.text
    assert ids(answer) == ids(when)


def test_how_long_with_an_irregular_past_tense(engine: Engine) -> None:
    answer = engine.ask("how long did Maria lead the platform team?")
    assert_answers(answer, "maria-leads-platform")
    assert reply_text(answer).startswith("3 years and 3 months")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who led the platform team?", "maria-leads-platform"),
        ("which engineer led the platform team?", "maria-leads-platform"),
        ("who founded Quillworks?", "company-founded"),
        ("where did the company move its office?", "office-move"),
        ("which city hosted the team offsite?", "lisbon-offsite"),
        ("where was the team offsite?", "lisbon-offsite"),
    ],
)
def test_who_and_where_pick_the_fact_naming_a_person_or_place(
    engine: Engine, question: str, fact_id: str
) -> None:
    assert_answers(engine.ask(question), fact_id)


def test_where_prefers_the_fact_that_names_a_place(engine: Engine) -> None:
    # "move" may also reach the database migration through the move/migrate synonyms.
    answer = engine.ask("where did the company move its office?")
    assert ids(answer)[0] == "office-move"
    assert answer.top is not None
    for match in answer.matches:
        if match.fact.id == "postgres-migration":
            assert match.score < answer.top.score


# -- paraphrase, inflection, typos, acronyms ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "hi! when did the product get a new name? ty",
        "quick q: when was the product renamed",
        "hey, does anyone know when the product was renamed? thx",
        "when was the product renamed lol",
        "btw when did Inkwell get its new name? cheers",
        "when was the product renamed iirc",
        "imo the new name is better, when did the product get it tbh?",
    ],
)
def test_chat_greetings_and_thanks_carry_no_topic(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and ids(answer)[:1] == ["product-renamed"], answer.unknown


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when was the product renamed?", "product-renamed"),
        ("when was the name changed?", "product-renamed"),
        ("when did the product change its name?", "product-renamed"),
        ("when did Inkwell get its new name?", "product-renamed"),
        ("when was Inkwell rebranded?", "product-renamed"),
        ("when did Maria step down?", "maria-steps-down"),
        ("when did Maria Okafor step down as head of the platform team?", "maria-steps-down"),
        ("when did v3.0 come out?", "release-v3-0"),  # the fact says "released"
        ("when did v2.4 come out?", "release-v2-4"),
        ("when was v3.1 released?", "release-v3-1"),  # the fact says "came out"
        ("when did the mobile app launch?", "mobile-launch"),
    ],
)
def test_paraphrase_and_inflection(engine: Engine, question: str, fact_id: str) -> None:
    assert_answers(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("wehn did the tlaks start", "northwind-talks"),
        ("when was the prodcut renamed", "product-renamed"),
        ("when did the comapny move its office?", "office-move"),
        ("when did the inkwell launch happpen", "inkwell-launch"),
    ],
)
def test_typos(engine: Engine, question: str, fact_id: str) -> None:
    assert_answers(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "when was the SRE team formed?",
        "when was the sre team formed?",
        "when was the Site Reliability Engineering team formed?",
    ],
)
def test_acronym_of_a_capitalised_name_and_case(engine: Engine, question: str) -> None:
    assert_answers(engine.ask(question), "sre-formed")


def test_acronym_of_a_name_after_a_sentence_initial_the(
    write_facts: WriteFacts, tmp_path: Path
) -> None:
    folder = write_facts(
        sre="""
        facts:
          - id: sre-formed
            date: "2016-02"
            text: The Site Reliability Engineering team was formed to run production.
          - id: office-move
            date: "2019-06"
            text: The company moved its office from Leeds to Manchester.
        """
    )
    small = make_engine(folder, tmp_path / "sre.db")
    try:
        assert_answers(small.ask("when was the SRE team formed?"), "sre-formed")
    finally:
        small.store.close()


def test_the_initials_of_a_name_that_owns_another(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: prize, date: 2014-05, text: Samuel Okafor received the Royal Society of"
        " Chemistry's Corday-Morgan Prize for his work on flow catalysis.}\n"
        "  - {id: phd, date: 2009-07, text: Priya Nair was the first student to finish a PhD in"
        " the lab.}\n"
        "  - {id: grant, date: 2011-02, text: The lab won a five-year research grant for flow"
        " chemistry.}\n",
    )
    assert_top(engine.ask("when did okafor get the RSC prize?"), "prize")


def test_the_short_forms_of_first_names(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: hollins, date: 2003-01, text: Daniel Hollins became head of the workshop.}\n"
        "  - {id: pryce, date: 1998-06, text: Margaret Pryce became head of the shop.}\n"
        "  - {id: burglary, date: 2012-11, text: The shop was burgled and two clocks taken.}\n",
    )
    assert_top(engine.ask("when did Dan become head of the workshop?"), "hollins")
    assert_top(engine.ask("when did maggie become head of the shop?"), "pryce")
    assert_top(engine.ask("when did Bill become head of the shop?"), None)  # no William


# -- identifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did INC-2041 happen?", "inc-2041"),
        ("when did inc-2041 happen?", "inc-2041"),
        ("when was v2.4 released?", "release-v2-4"),
        ("when was v3.0 released?", "release-v3-0"),
    ],
)
def test_identifier_found_exactly(engine: Engine, question: str, fact_id: str) -> None:
    assert_answers(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "identifier"),
    [
        ("when did INC-2042 happen?", "inc-2042"),
        ("when was v2.5 released?", "v2.5"),
        ("when was v4.0 released?", "v4.0"),
    ],
)
def test_identifier_absent_from_the_base_is_declined(
    engine: Engine, question: str, identifier: str
) -> None:
    answer = engine.ask(question)
    assert answer.status == "declined"
    assert not answer.answered
    assert identifier in answer.unknown
    assert len(answer.matches) <= 3
    assert identifier in reply_text(answer)


def test_suggestions_for_an_absent_identifier_are_worth_offering(engine: Engine) -> None:
    answer = engine.ask("when was v2.5 released?")
    assert all(m.score >= SUGGEST_MIN for m in answer.matches)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when was MERFLOW 4 launched", None),  # "four languages" is no MERFLOW 4
        ("when did MERFLOW 3 go live?", "merflow-3"),
        ("when was MERFLOW 2 introduced", "merflow-2"),  # 2.0 is a MERFLOW 2
        ("when did route 701 start?", "route-701"),
        ("when did route 702 start?", None),
    ],
)
def test_a_number_given_to_a_name_is_that_name_s_number(
    tmp_path: Path, question: str, fact_id: str | None
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: merflow-2, date: 2010-11, text: MERFLOW 2.0 introduced radar rainfall"
        " inputs.}\n"
        "  - {id: merflow-3, date: 2021-03, text: MERFLOW 3 went live and sends public alerts"
        " in four languages.}\n"
        "  - {id: route-701, date: 1988-05, text: Route 701 to Tenbury started with four"
        " buses.}\n"
        "  - {id: route-738, date: 1995-09, text: Route 738 to Knighton started.}\n"
        "  - {id: depot, date: 1991-09, text: The company moved into a depot on Bromfield"
        " Road.}\n"
        "  - {id: fares, date: 1997-04, text: A flat town fare of 50p was introduced.}\n",
    )
    assert_top(engine.ask(question), fact_id)


# -- time filters ------------------------------------------------------------------------------


def test_what_happened_in_a_year_lists_its_facts_in_date_order(engine: Engine) -> None:
    answer = engine.ask("what happened in 2019?")
    assert answer.status == "answered"
    assert answer.mode == "list"
    year = Period(dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    facts = [m.fact for m in answer.matches]
    assert all(year.overlaps(f.period) for f in facts)
    inside = [f.id for f in facts if year.contains(f.period)]
    # Events of the year first, in date order; then the spans that reach into it.
    assert inside == ["kotlin-adopted", "release-v2-4", "office-move"]
    assert ids(answer)[: len(inside)] == inside
    assert set(ids(answer)[len(inside) :]) == {"maria-leads-platform", "postgres-migration"}
    starts = [f.period.start for f in facts[len(inside) :]]
    assert starts == sorted(starts)
    text = reply_text(answer)
    assert text.splitlines()[0] == "5 facts in 2019:"
    assert text.splitlines()[1] == "• 2019 — The mobile team adopted Kotlin."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A fact known only to the year 2019 overlaps March 2019, so it is listed (after the
        # events inside the month); so is the span that covers March 2019.
        (
            "what happened in March 2019?",
            ["release-v2-4", "maria-leads-platform", "kotlin-adopted"],
        ),
        ("what happened before 2016?", ["company-founded", "inkwell-launch"]),
        (
            "what happened between 2015 and 2017?",
            ["inkwell-launch", "sre-formed", "northwind-talks", "maria-leads-platform"],
        ),
        (
            "what happened since 2021?",
            ["release-v3-0", "inc-2041", "mobile-launch", "release-v3-1", "lisbon-offsite"],
        ),
        ("what happened in late 2017?", ["northwind-talks", "maria-leads-platform"]),
        ("anything big happen in late 2017", ["northwind-talks", "maria-leads-platform"]),
        ("what went down in late 2017?", ["northwind-talks", "maria-leads-platform"]),
    ],
)
def test_period_questions(engine: Engine, question: str, expected: list[str]) -> None:
    answer = engine.ask(question)
    assert answer.status == "answered"
    assert answer.mode == "list"
    assert ids(answer) == expected
    time = answer.query.time
    assert time is not None
    assert all(time.admits(m.fact.period) for m in answer.matches)


def test_after_a_month_lists_only_later_facts(engine: Engine) -> None:
    answer = engine.ask("what happened after October 2017?")
    assert answer.mode == "list"
    assert ids(answer)[0] == "product-renamed"
    assert len(answer.matches) == 13
    assert all(m.fact.period.start > dt.date(2017, 10, 31) for m in answer.matches)
    assert "… and 3 more" in reply_text(answer)


@pytest.mark.parametrize(
    "question",
    ["what happened in 2005?", "what happened in the 1990s?", "what happened in 2008 and 2009?"],
)
def test_a_period_with_nothing_in_it_is_declined(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "declined"
    assert not answer.answered
    assert answer.matches == ()
    assert reply_text(answer).startswith("I don't know: nothing recorded")


def test_time_filter_narrows_a_topic_question(engine: Engine) -> None:
    answer = engine.ask("what was released in 2021?")
    assert answer.answered
    assert answer.top is not None and answer.top.fact.id == "release-v3-0"
    assert all(m.fact.period.overlaps(answer.query.time.period) for m in answer.matches)  # type: ignore[union-attr]


# -- anchors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "anchor_id", "fact_id"),
    [
        ("what came right after the rename?", "product-renamed", "users-100k"),
        ("what happened just before the v3.0 release", "release-v3-0", "dev-leads-platform"),
        ("after the outage in May 2021, what came next?", "inc-2041", "mobile-launch"),
        ("what happened just before INC-2041?", "inc-2041", "release-v3-0"),
        ("what came after the v2.4 release?", "release-v2-4", "office-move"),
    ],
)
def test_anchor_gives_the_nearest_fact_by_date(
    engine: Engine, question: str, anchor_id: str, fact_id: str
) -> None:
    answer = engine.ask(question)
    assert_answers(answer, fact_id)
    assert anchor_id in answer.note
    assert anchor_id not in ids(answer)


def test_nothing_after_the_last_event_is_declined(engine: Engine) -> None:
    answer = engine.ask("what happened after the Lisbon offsite?")
    assert answer.status == "declined"
    assert "nothing recorded after September 2022" in reply_text(answer)


# -- order -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what was the first release?", "release-v2-4"),
        ("what was the earliest release?", "release-v2-4"),
        ("what is the latest release?", "release-v3-1"),
        ("what was the most recent release?", "release-v3-1"),
        ("what is the newest release?", "release-v3-1"),
        ("who leads the team now?", "dev-leads-platform"),
        ("who currently leads the platform team?", "dev-leads-platform"),
        ("what was the first thing that happened?", "company-founded"),
        ("what is the latest event?", "lisbon-offsite"),
        # 'Maria Okafor stepped down as head' holds every word, but whoever left the role
        # does not hold it now
        ("who is the head of the platform team now?", "dev-leads-platform"),
    ],
)
def test_order_questions(engine: Engine, question: str, fact_id: str) -> None:
    assert_answers(engine.ask(question), fact_id)


# -- ambiguity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did we launch?", {"inkwell-launch", "mobile-launch"}),
    ],
)
def test_two_equally_good_facts_are_ambiguous(
    engine: Engine, question: str, expected: set[str]
) -> None:
    answer = engine.ask(question)
    assert answer.status == "ambiguous"
    assert answer.answered
    assert answer.choices >= 2
    assert set(ids(answer)[: answer.choices]) >= expected
    text = reply_text(answer)
    assert text.startswith("That could be more than one thing; did you mean:")
    assert all(f"{i}. " in text for i in range(1, answer.choices + 1))


def test_a_major_version_is_its_first_release(engine: Engine) -> None:
    assert_answers(engine.ask("when did v3 come out?"), "release-v3-0")  # v3 is v3.0


# -- declining ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("What is the boiling point of water?", "boiling"),
        ("When did we move to Azure?", "azure"),
        ("When did Gandalf join the company?", "gandalf"),
        ("when did Gandalf lead the platform team?", "gandalf"),
    ],
)
def test_unrelated_or_unknown_is_declined(engine: Engine, question: str, unknown: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "declined"
    assert not answer.answered
    assert answer.mode == "none"
    assert unknown in answer.unknown
    assert len(answer.matches) <= 3
    text = reply_text(answer)
    assert text.startswith("I don't know")
    assert f"“{unknown}”" in text


@pytest.mark.parametrize("question", ["", "   ", "?", "what happened?"])
def test_a_question_about_nothing_is_declined_with_a_hint(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "declined"
    assert answer.matches == ()
    assert "Ask me about an event" in reply_text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What is the boiling point of water?",
        "When did we move to Azure?",
        "when did Gandalf lead the platform team?",
        "when did INC-2042 happen?",
        "when was v2.5 released?",
        "what happened after the Lisbon offsite?",
        "what happened in 2005?",
    ],
)
def test_declined_answers_offer_at_most_three_suggestions(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status == "declined"
    assert len(answer.matches) <= 3
    assert reply_text(answer).count("\n• ") == len(answer.matches)


# -- the JSON contract -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "when did the database migration start?",
        "what happened in 2019?",
        "when did we launch?",
        "when was v2.5 released?",
        "What is the boiling point of water?",
    ],
)
def test_answer_json_contract(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    got = answer_json(answer)
    assert {"question", "answered", "answer", "matches"} <= set(got)
    assert got["question"] == question
    assert got["answered"] is answer.answered
    assert got["answer"] == reply_text(answer)
    assert len(got["matches"]) == min(len(answer.matches), 10)
    for match, fact in zip(got["matches"], (m.fact for m in answer.matches), strict=False):
        assert {"id", "date", "until", "text", "score"} <= set(match)
        assert match["id"] == fact.id
        assert match["text"] == fact.text
        assert isinstance(match["score"], (int, float))
        assert 0 <= match["score"] <= 100


def test_answer_json_keeps_dates_as_written(engine: Engine) -> None:
    answer = engine.ask("how long did the database migration take?")
    first = answer_json(answer)["matches"][0]
    assert (first["id"], first["date"], first["until"]) == (
        "postgres-migration",
        "2019-09",
        "2021-12",
    )
    answer = engine.ask("when did the talks with Northwind start?")
    first = answer_json(answer)["matches"][0]
    assert (first["id"], first["date"], first["until"]) == ("northwind-talks", "2017-10", None)
    answer = engine.ask("when did the mobile team adopt Kotlin?")
    assert answer_json(answer)["matches"][0]["date"] == "2019"


# -- cost --------------------------------------------------------------------------------------


def test_vocabulary_is_loaded_once(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(engine.store.path)
    calls = 0
    terms = store.terms

    def counting_terms():  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return terms()

    monkeypatch.setattr(store, "terms", counting_terms)
    counted = Engine(store, today=TODAY)
    assert calls == 1
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    questions = [
        "when did we launch?",
        "what happened in 2019?",
        "what came right after the rename?",
        "when was the prodcut renamed",
        "who leads the team now?",
        "when was v2.5 released?",
        "wehn did the tlaks start",
        "What is the boiling point of water?",
    ]
    try:
        for index in range(200):
            counted.ask(questions[index % len(questions)])
    finally:
        store.conn.set_trace_callback(None)
        store.close()
    assert calls == 1
    assert statements  # the trace did see the candidate queries ...
    assert not [s for s in statements if "terms" in s.lower()]  # ... and no read of terms


def test_how_many_is_answered_with_the_count_first(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - id: rounds\n    date: 2015-04\n    until: 2017-10\n"
        "    text: From April 2015 to October 2017 the two teams held eight rounds of talks.\n"
        "  - id: goals\n    date: 1948\n    until: 1960\n"
        "    text: Striker Tommy Hale scored 214 league goals for the club in 2019 money.\n",
    )
    rounds = reply_text(engine.ask("how many rounds of talks did the teams hold?"))
    assert rounds.startswith("eight rounds (April 2015 – October 2017)")
    goals = reply_text(engine.ask("how many league goals did Hale score?"))
    assert goals.startswith("214 league goals (1948 – 1960)")


def test_a_count_is_told_as_far_as_the_things_counted(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: spill, date: 2000-02, text: 'After a diesel spill on the canal, volunteers"
        " washed 63 oiled mute swans, mallards and coots.'}\n"
        "  - {id: ward, date: 2004-09, text: A new bird ward with twelve heated pens opened in"
        " September 2004.}\n"
        "  - {id: open-day, date: 2006-05, text: '1,100 visitors came to the first open day.'}\n"
        "  - {id: staff, date: 2005-06, text: By mid-2005 the charity had 40 paid staff.}\n",
    )
    swans = engine.ask("how many swans did we wash after the diesel spill?")
    assert reply_text(swans).startswith("63 oiled mute swans (February 2000)")
    pens = engine.ask("how many pens did the new bird ward have?")
    assert reply_text(pens).startswith("twelve heated pens (September 2004)")
    visitors = engine.ask("how many visitors came to the first open day?")
    assert reply_text(visitors).startswith("1,100 visitors (May 2006)")
    staff = engine.ask("how many paid staff did the charity have in 2005?")
    assert reply_text(staff).startswith("40 paid staff (June 2005)")


def test_how_much_money_is_answered_with_the_sum(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: jump, date: 2002-08-24, text: 'Twenty-three supporters made a tandem skydive"
        " at Corrington airfield, raising £19,500 in sponsorship.'}\n"
        "  - {id: ball, date: 1994-11, text: 'The first Hospice Ball, a dinner dance, raised"
        " £8,600.'}\n",
    )
    raised = reply_text(engine.ask("how much did the jumping-out-of-a-plane fundraiser bring in?"))
    assert raised.startswith("£19,500 (24 August 2002)")
    # ... and a count of people is the whole number
    jumped = reply_text(engine.ask("how many supporters did the tandem skydive?"))
    assert jumped.startswith("Twenty-three supporters")


def test_where_is_answered_with_the_place_first(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - id: first-meeting\n    date: 2015-04\n"
        "    text: The first meeting of the two teams was held in Shanghai in April 2015.\n",
    )
    assert reply_text(engine.ask("where was the first meeting held?")).startswith(
        "Shanghai (April 2015) — "
    )
    assert reply_text(engine.ask("when was the first meeting held?")).startswith("April 2015 — ")


def test_an_anchored_answer_says_which_event_it_was_read_as(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: rename, date: 2020-06, text: The product was renamed Acme Ledger.}\n"
        "  - {id: office, date: 2021-02, text: The team moved to a new office.}\n",
    )
    answer = engine.ask("what happened right after the product was renamed?")
    assert answer.top is not None and answer.top.fact.id == "office"
    assert answer.anchor is not None and answer.anchor.id == "rename"
    assert "\nAfter: June 2020 — The product was renamed Acme Ledger." in reply_text(answer)


def test_a_topic_in_a_period_lists_every_fact_that_fits(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: v1, date: 2014-03, text: Version 1.0 was released.}\n"
        "  - {id: v2, date: 2015-09, text: Version 2.0 was released.}\n"
        "  - {id: office, date: 2015-05, text: The team moved to a new office.}\n"
        "  - {id: v3, date: 2019-01, text: Version 3.0 was released.}\n",
    )
    answer = engine.ask("which versions were released between 2014 and 2016?")
    assert answer.mode == "list" and answer.choices == 2
    assert {m.fact.id for m in answer.matches[:2]} == {"v1", "v2"}
    assert reply_text(answer).split("\n")[1:] == [
        "• March 2014 — Version 1.0 was released.",
        "• September 2015 — Version 2.0 was released.",
    ]


def test_a_name_on_most_facts_may_be_missing_from_the_answer(tmp_path: Path) -> None:
    # In a base about Phoenix, the fact of its announcement need not say "Phoenix".
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: announce, date: 1991-08, text: Ada Lovell announced on the mailing list"
        " that she was writing a free scheduler.}\n"
        "  - {id: z1, date: 1992-03, text: Phoenix 1.0 was released with a stable API.}\n"
        "  - {id: z2, date: 1994-06, text: Phoenix moved to the GPL licence.}\n"
        "  - {id: z3, date: 1996-01, text: Phoenix gained support for many processors.}\n"
        "  - {id: z4, date: 1999-11, text: Phoenix dropped its old build system.}\n",
    )
    answer = engine.ask("When did Ada announce Phoenix?")
    assert answer.status == "answered" and answer.top is not None
    assert answer.top.fact.id == "announce"
    # A name the base has never seen still counts in full.
    assert not engine.ask("When did Ada announce Vortigern?").answered


def test_a_word_on_most_facts_still_finds_every_fact_for_an_order_question(
    tmp_path: Path,
) -> None:
    # "release" is on most facts, so it does not select candidates by itself; but "most
    # recent release" must still choose among all releases, not only the one saying "last".
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: r1, date: 2010-07, text: Version 1.9 was the last release of the 1.x line.}\n"
        "  - {id: r2, date: 2012-03, text: Version 2.0 was released.}\n"
        "  - {id: r3, date: 2014-05, text: Version 2.1 was released with a new parser.}\n"
        "  - {id: r4, date: 2016-09, text: Version 2.2 was released.}\n"
        "  - {id: move, date: 2017-01, text: The project moved to a new host.}\n",
    )
    answer = engine.ask("What is the most recent release?")
    assert answer.top is not None and answer.top.fact.id == "r4"
    assert ids(engine.ask("when was the new parser released?"))[:1] == ["r3"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did the drivers walk out over wages?", "strike"),
        ("how many people were let go?", "layoffs"),
        ("when did the board sign off on the new depot?", "depot"),
        ("who runs the company now?", "ceo"),
        ("when could kids travel for free?", "free-fares"),
        ("what replaced cassandra for event tracking?", "dynamo"),
        ("when did Jonas quit?", "jonas"),
        ("who edited the paper in the 90s?", "editor"),
        ("when did we raise the series b?", "series-b"),
        ("how much did they raise in the series A", "series-a"),
        ("when did they tear down the old depot?", "depot-gone"),
        ("what was the first strike we have on record?", "strike"),
        ("where was the farewell gig?", "farewell"),
        ("when did the old depot burn down?", "depot-fire"),
        ("when was the Northwind buyout?", "northwind"),
        ("when did we change the depot's name?", "depot-renamed"),
        ("when did the council slash the bus subsidy?", "subsidy-cut"),
        ("when did the eastgate depot have a celebration?", "depot-jubilee"),
        ("when did karen become MD?", "karen-md"),
        ("when did the depot shut for the strike?", "depot-closed"),
        ("what bus is named after derek hollis?", "hollis-bus"),
        ("when did the company buy the 1284 borough charter?", "charter"),  # a name, not a time
        ("when did they swap out the ticket machines?", "machines"),
        ("what did the court decide about the depot?", "court"),
    ],
)
def test_everyday_phrasings_of_events(tmp_path: Path, question: str, fact_id: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: strike, date: 1974-02, text: Bus drivers struck for three weeks over pay.}\n"
        "  - {id: layoffs, date: 2019-05, text: Forty staff were laid off after the merger.}\n"
        "  - {id: depot, date: 2001-03, text: The board approved a new bus depot at Eastgate.}\n"
        "  - {id: ceo, date: 2020-09, text: Dana Reyes became chief executive of the company.}\n"
        "  - {id: free-fares, date: 2022-01, text: Travel became free for children.}\n"
        "  - {id: dynamo, date: 2021-09, text: Event tracking was moved off Cassandra onto"
        " DynamoDB.}\n"
        "  - {id: jonas, date: 2018, text: Jonas Albrecht stepped back from maintaining the"
        " scheduler.}\n"
        "  - {id: editor, date: 1991-02, until: 1999-05, text: Kwame Fisk served as editor of"
        " the paper.}\n"
        "  - {id: series-a, date: 2019-03, tags: [funding], text: Rotawise closed a 9 million"
        " dollar Series A round.}\n"
        "  - {id: series-b, date: 2022-05, tags: [funding], text: Rotawise closed a 32 million"
        " dollar Series B round.}\n"
        "  - {id: depot-gone, date: 2015-08, text: The old Eastgate depot was demolished.}\n"
        "  - {id: record, date: 2023-07, text: Ridership reached a record 40 million trips.}\n"
        "  - {id: farewell, date: 1991-06, text: The drivers' band played a farewell concert at"
        " Leeds Town Hall.}\n"
        "  - {id: court, date: 2003-01, text: The High Court ruled that the Eastgate depot could"
        " stay open.}\n"
        "  - {id: depot-fire, date: 1987-02, text: A fire destroyed the old Westgate depot.}\n"
        "  - {id: northwind, date: 2024-04, text: Globex acquired Northwind Buses.}\n"
        "  - {id: depot-renamed, date: 2012-05, text: Eastgate depot was renamed Harbour"
        " Garage.}\n"
        "  - {id: subsidy-cut, date: 2010-03, text: The city council cut its bus subsidy by a"
        " third.}\n"
        "  - {id: depot-jubilee, date: 2001-06, text: Eastgate depot marked its fiftieth"
        " anniversary with an open day.}\n"
        "  - {id: karen-md, date: 2003-04, text: Karen Hart became managing director.}\n"
        "  - {id: depot-closed, date: 1974-02, text: Westgate depot closed during the drivers'"
        " strike.}\n"
        "  - {id: hollis-bus, date: 2008-04, text: A new bus was christened Derek Hollis in"
        " memory of the first depot manager.}\n"
        "  - {id: charter, date: 1998-05, text: The company bought the 1284 borough charter at"
        " auction.}\n"
        "  - {id: machines, date: 2008-02, text: New ticket machines replaced the coin"
        " machines.}\n",
    )
    answer = engine.ask(question)
    assert answer.status == "answered", engine.explain(answer)
    assert answer.top is not None and answer.top.fact.id == fact_id


def test_what_did_the_subject_do_in_a_year_lists_that_year(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 2012-02, text: The studio was founded in a Leeds bedroom.}\n"
        "  - {id: demo, date: 2014-03, text: Tidebound was shown at a games expo.}\n"
        "  - {id: launch, date: 2014-09, text: Tidebound went on sale on PC.}\n"
        "  - {id: award, date: 2015-06, text: Tidebound won a design award.}\n",
    )
    answer = engine.ask("what did the studio do in 2014?")
    assert answer.mode == "list"
    assert [m.fact.id for m in answer.matches] == ["demo", "launch"]
    assert not engine.ask("what did Mongolia do in 2014?").answered


def test_the_fact_about_a_thing_beats_one_that_mentions_it(tmp_path: Path) -> None:
    # Both facts hold "Line 1" and "opened"; the one that starts with it is about it.
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - id: line-1\n    date: 1962-05\n"
        "    text: Line 1, the first metro line, opened to passengers between Central Station"
        " and Harbourside with nine stations.\n"
        "  - id: line-2\n    date: 1968-10\n"
        "    text: Line 2 opened from Northgate to Millbrook, crossing Line 1 at Castle Square.\n",
    )
    answer = engine.ask("When did Line 1 open?")
    assert answer.top is not None and answer.top.fact.id == "line-1"
    assert ids(engine.ask("When did Line 2 open?"))[:1] == ["line-2"]


def test_first_is_the_earliest_match_even_when_bm25_keeps_few(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With room for only two candidates by bm25, the short texts win the ranking; the first
    # outage, with the longest text, must still be found.
    monkeypatch.setattr(engine_module, "CANDIDATES", 2)
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: o1, date: 2001-01, text: An outage took down billing for a whole afternoon"
        " while the database team restored the primary from its backups.}\n"
        "  - {id: o2, date: 2005-01, text: An outage hit search.}\n"
        "  - {id: o3, date: 2009-01, text: An outage hit login.}\n"
        "  - {id: o4, date: 2012-01, text: An outage hit mail.}\n",
    )
    answer = engine.ask("what was the first outage?")
    assert answer.top is not None and answer.top.fact.id == "o1"
    assert ids(engine.ask("what was the latest outage?"))[:1] == ["o4"]


def test_a_long_period_lists_some_facts_and_counts_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PERIOD_LIMIT", 3)
    engine = small_engine(
        tmp_path,
        "facts:\n"
        + "".join(f"  - {{id: f{n}, date: 2019-0{n}, text: Event {n}.}}\n" for n in range(1, 6))
        + "  - {id: year, date: 2019, text: Something that year.}\n",
    )
    answer = engine.ask("what happened in 2019?")
    assert answer.mode == "list" and answer.total == 6
    # the facts of the period itself come first, in date order
    assert [m.fact.id for m in answer.matches] == ["f1", "year", "f2"]
    text = reply_text(answer)
    assert text.startswith("6 facts in 2019:") and text.endswith("\n… and 3 more")


def test_rare_words_find_candidates_when_common_ones_are_on_many_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "RARE_FACTS", 2)
    engine = small_engine(
        tmp_path,
        "facts:\n"
        + "".join(
            f"  - {{id: m{n}, date: 2019-0{n}, text: The service was migrated to host {n}.}}\n"
            for n in range(1, 7)
        )
        + "  - {id: kafka, date: 2020-02, text: The queue was migrated to Kafka.}\n",
    )
    assert ids(engine.ask("when was the queue migrated to kafka?"))[:1] == ["kafka"]
    assert ids(engine.ask("when was the service migrated to host 4?"))[:1] == ["m4"]
    assert not engine.ask("when was the service migrated to azure?").answered


def test_running_a_club_is_leading_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founding, date: 1998-09-12, text: 'The coding club was founded by Gwen Alderley,"
        " who ran the first Saturday session in the library.'}\n"
        "  - {id: gwen-lead, date: 1998-09, until: 2006-07, text: Gwen Alderley led the club as"
        " lead organiser until she stepped down.}\n"
        "  - {id: priya-lead, date: 2006-07, text: Priya Shah took over from Gwen Alderley as"
        " lead organiser.}\n"
        "  - {id: robots, date: 2012-03, text: Our robot team won the regional final.}\n"
        "  - {id: theft, date: 2009-11, text: Thieves took twelve laptops from the store.}\n",
    )
    answer = engine.ask("how long did gwen run the club for?")
    assert answer.status != "declined" and ids(answer)[:1] == ["gwen-lead"]


def test_who_ran_the_team_before_someone_is_the_supervisor_before_them(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: derek, date: 1991-10, until: 1999-03, text: 'Derek Aldous was the first"
        " supervisor, running the team from its start until he retired.'}\n"
        "  - {id: maureen, date: 1999-04, text: Maureen Pickavance took over as supervisor in"
        " April 1999 and ran the team until she retired in June 2008.}\n"
        "  - {id: kev, date: 2008-07, text: Kev Stannard became supervisor in July 2008.}\n"
        "  - {id: barn, date: 2003-10, text: A new salt barn was built at the depot.}\n"
        "  - {id: freeze, date: 2010-12, text: The team gritted for 40 nights in a row.}\n",
    )
    answer = engine.ask("who ran the team before Kev?")
    assert answer.status == "answered" and ids(answer)[:1] == ["maureen"]


def test_where_we_were_before_a_place_is_before_we_first_came_to_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: church, date: 1988, until: 1996, text: 'From 1988 to 1996 the society"
        " rehearsed in St Aldhelms Church Hall.'}\n"
        "  - {id: memorial, date: 1996-09, text: In September 1996 the society moved to the"
        " Memorial Hall.}\n"
        "  - {id: school, date: 2007-12, until: 2010-10, text: In December 2007 the society"
        " moved to the school hall while the Memorial Hall was closed.}\n"
        "  - {id: reopened, date: 2010-10, text: 'The Memorial Hall reopened in October 2010"
        " after a refurbishment, and the society moved back in.'}\n"
        "  - {id: farm, date: 2004-11, text: The society rehearsed at Coldharbour Farm during"
        " a heating failure.}\n"
        "  - {id: panto, date: 2015-01, text: Our Cinderella sold every ticket.}\n",
    )
    answer = engine.ask("where did the society rehearse before the memorial hall?")
    assert answer.status == "answered" and ids(answer)[:1] == ["church"]


def test_how_long_is_answered_with_a_duration_the_text_gives(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: outage, date: 2017-03-02, text: 'INC-1187: a runaway query took checkout"
        " down for 47 minutes.'}\n"
        "  - {id: pooling, date: 2017-04, text: Connection pooling was rolled out.}\n",
    )
    assert reply_text(engine.ask("how long was checkout down?")).startswith(
        "47 minutes (2 March 2017) — INC-1187"
    )


def test_a_ticket_like_identifier_is_found_by_its_kind(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: a, date: 2018-05, text: CVE-2018-11920 let any pod read cluster secrets.}\n"
        "  - {id: b, date: 2021-02, text: CVE-2021-44301 allowed a crafted request to crash"
        " the scheduler.}\n"
        "  - {id: c, date: 2022-09, text: The scheduler was rewritten in Rust.}\n",
    )
    assert ids(engine.ask("what was the first CVE?"))[:1] == ["a"]
    assert ids(engine.ask("what was the latest cve?"))[:1] == ["b"]
    assert ids(engine.ask("what was CVE-2021-44301?"))[:1] == ["b"]
    assert not engine.ask("what was CVE-2019-1234?").answered


def test_what_a_thing_became_may_be_put_in_other_words(tmp_path: Path) -> None:
    # "became builtins" is said as "introduced in the standard library"; streams and channels
    # are what the question is about. A name the base has never seen still declines.
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: streams, date: 2019-04, text: Release 4.0 introduced streams and channels in"
        " the standard library.}\n"
        "  - {id: ui, date: 2020-02, text: Release 4.1 redesigned the dashboard.}\n"
        "  - {id: rust, date: 2021-06, text: Release 5.0 rewrote the agent in Rust.}\n",
    )
    answer = engine.ask("when did streams and channels become builtins?")
    assert answer.status == "answered", engine.explain(answer)
    assert answer.top is not None and answer.top.fact.id == "streams"
    assert not engine.ask("when did streams and channels become Kotlin-compatible?").answered
    assert not engine.ask("when did streams and channels get builtins?").answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("When did Tomas Herrera leave the studio?", "left"),
        ("when did the studio leave Leeds?", "moved"),
    ],
)
def test_a_verb_finds_its_irregular_forms(tmp_path: Path, question: str, fact_id: str) -> None:
    # Each pair of facts shares its names; only "left" tells the leaving apart.
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: joined, date: 2012-05, text: Tomás Herrera joined the studio as an artist.}\n"
        "  - {id: left, date: 2016-10, text: Tomás Herrera left the studio for a collective.}\n"
        "  - {id: opened, date: 2010-03, text: The studio opened an office in Leeds.}\n"
        "  - {id: moved, date: 2016-01, text: The studio left Leeds for Manchester.}\n",
    )
    answer = engine.ask(question)
    assert answer.status == "answered", engine.explain(answer)
    assert answer.top is not None and answer.top.fact.id == fact_id


def test_a_named_id_settles_which_fact_the_other_words_describe(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: a, date: 2021-03, text: 'INC-3317: a bad deploy took the API down for two"
        " hours.'}\n"
        "  - {id: b, date: 2019-06, text: 'INC-2041: billing charged some customers twice.'}\n"
        "  - {id: c, date: 2020-01, text: Line 4 was extended to Wharf Point.}\n",
    )
    answer = engine.ask("What caused INC-3317?")
    assert answer.status == "answered", engine.explain(answer)
    assert ids(answer)[:1] == ["a"]
    assert not engine.ask("What caused INC-3318?").answered


def test_a_word_read_as_a_typo_is_the_base_word_meant_not_a_word_it_starts_with(
    tmp_path: Path,
) -> None:
    # "shopfiy" is the base's Shopify mistyped: no "shop" cut from it
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: plush, date: 2021-03, text: 'In March 2021 the shop switched its soft toy"
        " supplier to Kellan Plush in Leicester.'}\n"
        "  - {id: shopify, date: 2018-02, text: 'In February 2018 the online shop moved from a"
        " bespoke platform to Shopify.'}\n"
        "  - {id: wing, date: 2012-05, text: The shop moved into the east wing of the museum.}\n",
    )
    answer = engine.ask("when did we swicth to shopfiy")
    assert any("typo->shopify" in line for line in engine.explain(answer))
    assert_answers(answer, "shopify")


def test_a_typo_of_another_form_of_a_base_word_is_corrected(tmp_path: Path) -> None:
    # "rasie" is two edits from "raised" but one from "raise", which the base has as "raised".
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: seed, date: 2016-11, text: Brightroster raised 1.2 million pounds.}\n"
        "  - {id: office, date: 2018-02, text: Brightroster moved to a bigger office.}\n"
        "  - {id: mast, date: 2019-05, text: A new mast went up on Callow Hill.}\n"
        "  - {id: fire, date: 2018-11, text: Fire destroyed the old mast on Callow Moor.}\n",
    )
    answer = engine.ask("when did brightroster rasie money?")
    assert any(
        line.startswith("terms: ") and "typo->raise" in line for line in engine.explain(answer)
    )
    assert ids(answer)[:1] == ["seed"]
    # A three-letter word with a letter dropped, when one base word fits.
    assert ids(engine.ask("when did the mast go up on callow hil?"))[:1] == ["mast"]
    # "swich" is one edit from "which" too, but "switch" is what the base says, as "moved".
    assert ids(engine.ask("when did brightroster swich to a new place?"))[:1] == ["office"]


AIR_AMBULANCE = (
    "facts:\n"
    "  - {id: founded, date: 1998-04, text: The Wexcombe Air Ambulance charity was founded.}\n"
    "  - {id: blood, date: 2016-05, text: Crews began carrying packs of O-negative blood on"
    " every flight of the helicopter.}\n"
    "  - {id: cafe, date: 2012-07, text: The charity opened its Lemon Street café in Truro.}\n"
    "  - {id: shop, date: 2011-03, text: The charity shop in Redruth closed after six years.}\n"
    "  - {id: heli, date: 2009-11, text: A second helicopter arrived from Sydney in Australia.}\n"
    "  - {id: base, date: 2004-02, text: The crew moved to a new base at Perranporth.}\n"
    "  - {id: staff, date: 2005-06, text: By mid-2005 the charity had 40 paid staff.}\n"
)


def test_a_loose_match_far_ahead_of_the_rest_answers_and_says_so(tmp_path: Path) -> None:
    engine = small_engine(tmp_path, AIR_AMBULANCE)
    answer = engine.ask("when did we start taking blood up on the missions?")
    assert answer.answered and ids(answer)[:1] == ["blood"]
    assert answer.top is not None and answer.top.score < engine_module.ANSWER_MIN
    assert answer.note == engine_module.LOOSE
    assert "loose match" in reply_text(answer)
    assert ("Note", LOOSE_LINE) in answer_card(answer).fields
    # A near match answers plainly, as does one whose odd word is near a word of the fact in
    # meaning ("aircraft", "every flight of the helicopter")
    plain = engine.ask("when did the crews start carrying blood?")
    assert ids(plain)[:1] == ["blood"] and "loose" not in reply_text(plain)
    flown = engine.ask("when did we start taking blood up on the aircraft?")
    assert ids(flown)[:1] == ["blood"] and "loose" not in reply_text(flown)
    # One word in common, and the year asked about
    dated = engine.ask("how many people did we employ in 2005?")
    assert dated.answered and ids(dated)[:1] == ["staff"]
    assert not engine.ask("how many pilots did we employ?").answered


HATCHERY = (
    "facts:\n"
    "  - {id: founded, date: 1997-04, text: The Swale Rivers Trust opened its trout hatchery in"
    " the old farm shed at Mossgill.}\n"
    "  - {id: flood, date: 2007-06, text: 'A flash flood on Moss Beck swamped the Mossgill shed"
    " in June 2007, and the whole year''s brown trout eggs were lost.'}\n"
    "  - {id: pump, date: 2018-07, text: The main pump failed in the July 2018 heatwave and"
    " some 4000 fry died.}\n"
    "  - {id: grant, date: 2012-03, text: The trust was given a lottery grant of 48000 pounds"
    " to restore Carr Mill as a new hatchery.}\n"
    "  - {id: move, date: 2014-05, text: The hatchery moved from Mossgill to the restored Carr"
    " Mill.}\n"
    "  - {id: chair, date: 2001-01, text: Greta Pye became chair of the trust.}\n"
)


def test_a_long_message_is_answered_by_a_weak_match_that_stands_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = small_engine(tmp_path, HATCHERY)
    chat = (
        "my nan always said the beck burst and wrecked our whole batch in the shed one wet"
        " summer, when was that?"
    )
    long = engine.ask(chat)
    assert len(long.query.text) > engine_module.CHATTY_LENGTH
    assert long.answered and ids(long)[:1] == ["flood"] and long.note == engine_module.LOOSE
    assert long.top is not None and long.top.score < choice_module.GUESS_MIN
    # ... and a long message about what the base never names is still declined
    assert not engine.ask(
        "my nan always said we got the solar panels fitted on the roof one sunny summer, when?"
    ).answered
    # A greeting or "sorry if this was asked before" is no part of the length (the calibrated
    # second look, which answers the short question too, set aside)
    monkeypatch.setattr(calibration, "LIKELY_MIN", 1.01)
    short = "when did the beck burst and wreck the eggs?"
    assert not engine.ask(short).answered
    assert not engine.ask("hi all, sorry if this was asked before, but " + short).answered
    # Were it as short as a plain question, the same words would be too little to go on
    monkeypatch.setattr(engine_module, "CHATTY_LENGTH", 200)
    assert not engine.ask(chat).answered


TROLLEYBUSES = (
    "facts:\n"
    "  - {id: founded, date: 1984-05, text: The Sandholme Trolleybus Group was founded by six"
    " enthusiasts in May 1984.}\n"
    "  - {id: weekend, date: 1991-08, text: 'The first Wires and Poles Weekend, the group''s"
    " annual rally of visiting trolleybuses, was held at Sandholme in August 1991.'}\n"
    "  - {id: depot, date: 1996-03, text: The group bought the old tram depot on Mill Road in"
    " March 1996.}\n"
    "  - {id: sponsor, date: 2004-06, text: The Halden Building Society began sponsoring the"
    " group's heritage open days in June 2004.}\n"
    "  - {id: restored, date: 2009-09, text: Trolleybus 87 returned to service after a ten-year"
    " restoration in September 2009.}\n"
)


def test_a_long_message_naming_what_its_weak_match_does_not_is_declined(tmp_path: Path) -> None:
    engine = small_engine(tmp_path, TROLLEYBUSES)
    # The Halden is the base's, but not the weekend's: the message is about something else
    named = "my grandad reckons the Halden lot first put money into the Wires and Poles Weekend"
    assert not engine.ask(named + ", when was that?").answered
    unnamed = "my grandad reckons a building society first put money into the Wires and Poles"
    assert ids(engine.ask(unnamed + " Weekend, when was that?"))[:1] == ["weekend"]


WILDLIFE_HOSPITAL = (
    "facts:\n"
    "  - {id: ambulance, date: 1999-06, text: 'The hospital''s ambulance service began in June"
    " 1999 with a donated van, driven by volunteers to collect casualties across the"
    " district.'}\n"
    "  - {id: spill, date: 2000-02, text: 'After a diesel spill on the Leeds and Liverpool Canal"
    " in February 2000, volunteers washed and cared for 63 oiled mute swans, mallards and"
    " coots.'}\n"
    "  - {id: shop, date: 2000-10, text: 'In October 2000 the hospital opened its first charity"
    " shop, at 22 Market Street, selling donated books and clothes.'}\n"
    "  - {id: closure, date: 2001-03, text: 'During the foot-and-mouth outbreak in March 2001,"
    " the estate was closed to all visitors and releases there were suspended.'}\n"
    "  - {id: chair, date: 2002-05, text: 'Rukhsana Begum, who had volunteered on the bird ward"
    " since 1997, was elected chair of trustees in May 2002.'}\n"
    "  - {id: seal, date: 2003-01, text: 'In January 2003 a grey seal pup was found stranded in"
    " the River Ribble; after seven weeks in care it was released at Formby Point.'}\n"
)


def test_the_event_of_an_after_clause_answers_what_no_later_fact_does(tmp_path: Path) -> None:
    engine = small_engine(tmp_path, WILDLIFE_HOSPITAL)
    # Nothing after the spill tells of birds looked after; the spill's own fact does
    answer = engine.ask(
        "how many birds did volunteers look after following the diesel spill on the canal?"
    )
    assert answer.answered and ids(answer)[:1] == ["spill"]
    assert answer.note != engine_module.LOOSE


def test_the_first_of_loose_matches_answers_an_order_question(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1987-03, text: Arthur Pellow founded the bell foundry.}\n"
        "  - {id: botolph, date: 1989-06, text: The foundry rehung the six bells of St Botolph"
        " after a full restoration of the frame.}\n"
        "  - {id: carrow, date: 1994-09, text: The treble of Carrow Abbey was recast during the"
        " restoration of its ring.}\n"
        "  - {id: dunmere, date: 2001-05, text: The medieval bells of Dunmere church went through"
        " a careful restoration.}\n",
    )
    # (whether a match as loose as this is given as the answer is the second look's to say;
    # given or only offered, it is the first of them)
    first = engine.ask("what was our first restoration commission")
    assert ids(first)[:1] == ["botolph"]
    assert first.note == engine_module.LOOSE or not first.answered
    last = engine.ask("what was our last restoration commission?")
    assert last.answered and ids(last)[:1] == ["dunmere"]
    assert not engine.ask("what was our first recording deal").answered


@pytest.mark.parametrize(
    "question",
    [
        "what's the capital of australia?",  # one word in common with one fact
        "when did the Lemon Street café close?",  # the fact tells it opened
    ],
)
def test_a_loose_match_that_is_chance_or_contradicted_is_declined(
    tmp_path: Path, question: str
) -> None:
    assert not small_engine(tmp_path, AIR_AMBULANCE).ask(question).answered


def test_how_many_by_a_date_is_the_last_count_by_then(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1994-05, text: Six riders founded the courier co-operative.}\n"
        "  - {id: trailers, date: 2008-11, text: Eight cargo trailers let riders haul loads of"
        " up to 100 kg.}\n"
        "  - {id: hundred, date: 2012-06, text: The co-operative had grown to 100 member"
        " riders.}\n"
        "  - {id: later, date: 2016-03, text: The co-operative had 150 member riders.}\n",
    )
    assert_top(engine.ask("how many riders did we have by 2012?"), "hundred")


def test_who_an_event_befell_is_told_by_the_event_s_own_fact(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: burst, date: 2004-08-09, text: 'On 9 August 2004 a grinding wheel burst at"
        " Lambert Works and cut the forearm of apprentice Lee Mottram; new wheel guards were"
        " fitted after an inspection.'}\n"
        "  - {id: lathe, date: 2006-02, text: A second-hand lathe was bought for the works.}\n"
        "  - {id: rebrand, date: 2012-03, text: The works was rebranded as Lambert Blades.}\n"
        "  - {id: founded, date: 1921-05, text: Arthur Lambert founded the works.}\n"
        "  - {id: sign, date: 2010-06, text: 'The shop sign fell in a gale; nobody was"
        " injured.'}\n",
    )
    assert_top(engine.ask("who got injured when the wheel blew up?"), "burst")
    # ... but a role the base never names is not told by whomever the event's fact names
    assert_top(engine.ask("who was our head of marketing during the rebrand?"), None)


def test_registering_as_a_charity_is_no_charity_event(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: auction, date: 1994-09, text: The first charity cheese auction was held at the"
        " festival.}\n"
        "  - {id: trust, date: 2009-02, text: 'In February 2009 the festival registered as a"
        " charity, the Harrowdale Cheese Festival Trust, and the committee became its board of"
        " trustees.'}\n"
        "  - {id: tent, date: 2001-08, text: A marquee was hired for the festival.}\n",
    )
    assert_top(engine.ask("When did we register as a charity?"), "trust")


def test_how_many_we_have_is_the_last_count(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 2016-08, text: 412 member shareholders bought the pub.}\n"
        "  - {id: interest, date: 2019-05, text: Members were paid their first interest.}\n"
        "  - {id: offer, date: 2018-03, text: A second share offer brought in 90 more members.}\n"
        "  - {id: latest, date: 2024-03, text: At the 2024 annual meeting the co-operative"
        " reported that it had 611 members.}\n"
        "  - {id: garden, date: 2021-06, text: Members built a beer garden behind the pub.}\n",
    )
    assert_top(engine.ask("how many members do we have?"), "latest")
    # (a count asked of a time is of that time)
    assert_top(engine.ask("how many members did we have in 2018?"), "offer")


def test_how_much_is_declined_when_no_fact_gives_an_amount(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: move, date: 2005-03, text: The lab moved into the new Carrick Building.}\n"
        "  - {id: grant, date: 2007-01, text: The lab won a 240000 pound grant.}\n",
    )
    assert not engine.ask("how much did the move to the carrick building cost?").answered
    assert ids(engine.ask("how much was the lab's grant?"))[:1] == ["grant"]


def test_an_id_in_the_plural_is_the_id(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: buy, date: 1978-03, text: Cascadia took delivery of four Fokker F27 planes.}\n"
        "  - {id: dash, date: 1989-06, text: Cascadia bought its first Dash 8.}\n"
        "  - {id: retire, date: 2001-01, text: The last F27s were retired.}\n",
    )
    assert ids(engine.ask("when did cascadia get the fokker f27s?"))[:1] == ["buy"]
    assert ids(engine.ask("when were the F27s retired?"))[:1] == ["retire"]


def test_where_names_a_street_after_on(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: old, date: 2014-11, text: The newsroom moved to the Riverside business park.}\n"
        "  - {id: new, date: 2024-03, text: The newsroom left Riverside for a floor above the"
        " library on Church Street.}\n",
    )
    answer = engine.ask("where's the newsroom now?")
    assert ids(answer)[:1] == ["new"]
    assert reply_text(answer).startswith("Church Street (March 2024) — ")


def test_numbers_in_digits_or_words(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: one, date: 2015-06, text: Tandem passed one million registered users.}\n"
        "  - {id: ten, date: 2019-02, text: Tandem reached 10 million monthly users.}\n"
        "  - {id: dark, date: 2020-09, text: Tandem added a dark mode.}\n"
        "  - {id: tenth, date: 2023-05, text: Tandem held a party for its tenth birthday.}\n"
        "  - {id: fifth, date: 2018-05, text: Tandem turned five with a 5th birthday sale.}\n",
    )
    assert ids(engine.ask("when did tandem reach 1 million users?"))[:1] == ["one"]
    assert ids(engine.ask("when was tandem's 10th birthday?"))[:1] == ["tenth"]
    assert ids(engine.ask("when was the fifth birthday sale?"))[:1] == ["fifth"]
    assert ids(engine.ask("when did tandem hit ten million users?"))[:1] == ["ten"]
    assert not engine.ask("when did tandem reach 5 million users?").answered


def small_engine(tmp_path: Path, facts_yaml: str) -> Engine:
    """An engine over a one-file fact base written for the test."""
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "f.yaml").write_text(facts_yaml)
    build_db(load_facts(folder), tmp_path / "small.db")
    return Engine(Store(tmp_path / "small.db"), today=dt.date(2026, 1, 1))


@contextmanager
def evalset_engine(tmp_path: Path, name: str) -> Iterator[Engine]:
    """An engine over one of the fact bases of tests/evalsets, its store closed after."""
    build_db(load_facts(Path(__file__).parent / "evalsets" / name / "facts"), tmp_path / "set.db")
    with Store(tmp_path / "set.db") as store:
        yield Engine(store, today=dt.date(2026, 1, 1))


@contextmanager
def engine_over(tmp_path: Path, facts_yaml: str) -> Iterator[Engine]:
    """``small_engine``, its store closed when the test is done with it."""
    engine = small_engine(tmp_path, facts_yaml)
    try:
        yield engine
    finally:
        engine.store.close()


def test_the_noun_after_an_order_word_says_which_facts_are_in_the_running(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: first-grant, date: 2009, text: The lab won its first grant from a local trust.}\n"
        "  - {id: erc, date: 2015, text: Dr Ward was awarded an ERC grant for deep-sea work.}\n"
        "  - {id: ukri, date: 2023, text: A UKRI grant paid for the lab's new sequencer.}\n"
        "  - {id: paper, date: 2004, text: 'The lab published its first paper, on vents.'}\n"
        "  - {id: nature, date: 2011, text: A Nature paper from the lab described a new microbe.}\n"
        "  - {id: later, date: 2019, text: A Nature paper on deep-sea viruses followed.}\n",
    )
    # The newest grant, though the oldest one matches more of the question's words.
    assert ids(engine.ask("what's the latest grant the lab has won?"))[:1] == ["ukri"]
    assert ids(engine.ask("what was the lab's first grant?"))[:1] == ["first-grant"]
    # Every word of the noun phrase counts: the first *Nature* paper, not the first paper.
    assert ids(engine.ask("what was the lab's first nature paper about?"))[:1] == ["nature"]


def test_start_before_a_verb_asks_when_the_doing_began(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: office, date: 2015-06, text: The team moved into an office on Canal Street.}\n"
        "  - {id: remote, date: 2020-03, text: The office closed and the team went fully remote.}\n"
        "  - {id: partner, date: 2018-02, text: The lab began a joint project with the Nansen"
        " Institute in Bergen.}\n"
        "  - {id: survey, date: 2019-05, text: The lab surveyed the fjords off Bergen.}\n",
    )
    # "start" is not what the fact says, and a fact about closing does not contradict it.
    assert ids(engine.ask("when did everyone start working from home"))[:1] == ["remote"]
    assert ids(engine.ask("when did we start working with the nansen institute?"))[:1] == [
        "partner"
    ]
    light = {
        t.word: t.light for t in parse_question("when did the strike start?", today=TODAY).terms
    }
    assert light["start"] is False  # here the start is what is asked about


def test_what_replaced_a_thing_is_not_what_it_replaced(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: bookmaster, date: 1994-10, text: 'In October 1994 the paper booking ledger was"
        " replaced by BookMaster 2.1, a DOS booking system running on a single PC.'}\n"
        '  - {id: canalres, date: 2012-11, text: "After the takeover, bookings moved to the'
        " group's CanalRes system and BookMaster was switched off.\"}\n"
        "  - {id: ward-opens, date: 2015-03, text: 'Ward 13, a hospital horror room, opened.'}\n"
        "  - {id: ward-retired, date: 2019-08, text: Ward 13 was retired after complaints that"
        " it was too frightening for families.}\n"
        "  - {id: nightjar, date: 2019-10, text: 'Operation Nightjar, a Cold War spy room, opened"
        " in the space left by Ward 13.'}\n"
        "  - {id: cafe, date: 2016-05, text: A cafe opened in the old ticket office.}\n"
        "  - {id: award, date: 2017-09, text: The rooms won a regional tourism award.}\n"
        "  - {id: staff, date: 2018-01, text: The company took on its tenth game host.}\n",
    )
    assert_top(engine.ask("which booking system replaced BookMaster?"), "canalres")
    assert_top(engine.ask("what replaced Ward 13?"), "nightjar")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who took over from priya", "marcus"),
        ("Who replaced Marcus Webb as lead?", "sofia"),  # Marcus's own fact is about him
        ("who replaced chidi as lead", "de-wit"),  # no fact names both: the next lead
        ("who succeeded Chidi Okafor?", "de-wit"),
        ("who replaced Henrik Dahl as lead?", None),
        ("who took over from Eleanor Whitcombe?", "okafor"),  # one fact of hers: its tags
    ],
)
def test_who_replaced_someone(tmp_path: Path, question: str, fact_id: str | None) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: priya, date: 2016-03, text: Priya Nair was the first lead of the app team.}\n"
        "  - {id: marcus, date: 2019-08, text: Marcus Webb took over from Priya Nair as team"
        " lead.}\n"
        "  - {id: sofia, date: 2023-01, text: Sofia Ramos became team lead after Marcus Webb"
        " left.}\n"
        "  - {id: chidi, date: 2015-04, text: Chidi Okafor was hired as the first lead of the"
        " database team.}\n"
        "  - {id: chidi-left, date: 2019-06-28, text: 'Chidi Okafor, the founding lead of the"
        " database team, left to join a startup.'}\n"
        "  - {id: outage, date: 2019-06-30, text: The primary database failed over during a"
        " storage fault.}\n"
        "  - {id: de-wit, date: 2019-07-01, text: Senior engineer Sanne de Wit was promoted to"
        " lead the database team.}\n"
        "  - {id: whitcombe, date: 1981-05, until: 1996-08, tags: [director], text: Eleanor"
        " Whitcombe ran the observatory from its opening.}\n"
        "  - {id: dome, date: 1990-02, tags: [building], text: Amir Haddad built the east"
        " dome.}\n"
        "  - {id: okafor, date: 1996-09, tags: [director], text: Samuel Okafor was appointed"
        " director of the observatory.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_a_leaving_then_a_taking_over_in_one_fact_tells_of_the_heir(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: costa, date: 2012-04, text: Ines Costa was appointed chief executive of the"
        " association.}\n"
        "  - {id: review, date: 2019-05, text: 'An independent review of the cladding was"
        " published; chief executive Ines Costa announced her resignation the same week.'}\n"
        "  - {id: interim, date: 2019-07, text: 'After Ines Costa left, finance director Tom Hale"
        " served as interim chief executive for five months.'}\n"
        "  - {id: estate, date: 2015-03, text: The Brook Close estate was finished.}\n"
        "  - {id: merger, date: 2016-10, text: The association merged with Fenwick Homes.}\n"
        "  - {id: office, date: 2018-01, text: The head office moved to Canal Wharf.}\n",
    )
    assert ids(engine.ask("Who replaced Ines Costa as chief exec?"))[:1] == ["interim"]
    assert ids(engine.ask("who stood in as chief executive?"))[:1] == ["interim"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who replaced Iain MacRae as head warden", "lennox"),
        ("who took over the movement when the founder died", "koruba"),
        ("who replaced Hilary Okafor as chief designer?", "ashdown"),  # told after a ";"
        ("who took over from Aino as lead maintainer?", "feld"),  # "handing the role to"
        ("who took over from ewan ross", "catriona"),  # "handing the managing director's job"
        ("who took over the junior academy from rob feeney", "pritchard"),  # "handed ... over to"
    ],
)
def test_a_promotion_or_a_choice_after_a_leaving_is_a_handover(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: macrae, date: 2011-04, text: From April 2011 Iain MacRae became year-round head"
        " warden.}\n"
        "  - {id: lennox, date: 2023-04, text: 'When Iain MacRae retired in April 2023, assistant"
        " warden Kirsty Lennox was promoted to head warden.'}\n"
        "  - {id: koruba, date: 2011-05, text: 'The movement''s founder Idris Mavelo died in April"
        " 2011, and his deputy Sena Koruba was chosen to succeed him as leader of the"
        " movement.'}\n"
        "  - {id: swap, date: 2011-09, text: The movement and the government swapped prisoners at"
        " Lake Morrow.}\n"
        "  - {id: bothy, date: 2014-06, text: The Corrie Dubh bothy was reroofed.}\n"
        "  - {id: path, date: 2016-08, text: Repairs to the Lairig Mhor path were finished.}\n"
        "  - {id: okafor, date: 1990-02, text: Hilary Okafor became chief designer.}\n"
        "  - {id: ashdown, date: 1994-07, text: 'Chief designer Hilary Okafor left in July 1994 to"
        " join a Formula One team; her assistant Graham Ashdown was promoted to chief designer in"
        " her place.'}\n"
        "  - {id: feld, date: 2001-09, text: 'Aino Lehtonen stepped down as lead maintainer in"
        " September 2001 to take a job at Nokia, handing the role to Marcus Feld.'}\n"
        "  - {id: raman, date: 2010-02, text: Priya Raman succeeded Marcus Feld as lead"
        " maintainer in February 2010.}\n"
        "  - {id: share, date: 1991-11, text: Donald Kerr sold his half share to Ewan Ross in"
        " November 1991.}\n"
        "  - {id: catriona, date: 2003-06, text: 'Ewan Ross retired in June 2003, handing the"
        " managing director''s job to his daughter Catriona Ross.'}\n"
        "  - {id: academy, date: 2003-09, text: Rob Feeney took over the junior academy from its"
        " founder.}\n"
        "  - {id: pritchard, date: 2015-10, text: Rob Feeney handed the junior academy over to"
        " Sian Pritchard after twelve years as head coach.}\n",
    )
    assert_top(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what replaced the Carrow Lass?", "kerris"),  # "was sold and replaced by"
        ("what replaced the old phone hotline?", "chat"),  # "... the hotline was retired"
        ("what did the Carrow Lass replace?", "lass"),
    ],
)
def test_what_replaced_a_thing_is_told_by_the_fact_that_it_was_replaced(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: lass, date: 1992-04, text: 'The Carrow Lass, a wooden workboat, was bought to"
        " replace the rowing boat.'}\n"
        "  - {id: kerris, date: 2015-08, text: The Carrow Lass was sold in August 2015 and"
        " replaced by the Kerris.}\n"
        "  - {id: hotline, date: 2001-03, text: The old phone hotline opened for members.}\n"
        "  - {id: chat, date: 2019-05, text: 'A web chat opened for members, and the old phone"
        " hotline was retired.'}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_what_replaced_a_thing_retired_is_what_took_over_from_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: defender, date: 1995-02, text: 'In February 1995 HM Coastguard supplied a new"
        " Land Rover Defender 110 with the call sign Porthcarrick 1, and the old Series III was"
        " sold.'}\n"
        "  - {id: l200, date: 2017-05, text: \"After 22 years' service the Defender was retired"
        ' in May 2017, and a Mitsubishi L200 took over the Porthcarrick 1 call sign."}\n',
    )
    assert_top(engine.ask("what replaced the Defender?"), "l200")


def test_a_thing_that_replaced_another_after_a_date_is_not_what_replaced_it(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: rt, date: 2005-07, text: In July 2005 Request Tracker (RT) replaced Remedy as"
        " the ticketing system.}\n"
        "  - {id: topdesk, date: 2013-08, text: TOPdesk replaced Request Tracker as the ticketing"
        " system.}\n",
    )
    assert_top(engine.ask("what replaced RT?"), "topdesk")
    assert_top(engine.ask("what replaced Remedy?"), "rt")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Who took over as MD from Margaret Hartwell?", "robert"),  # her son, a Hartwell too
        ("When did Margaret Hartwell become MD?", "margaret"),
    ],
)
def test_someone_else_of_the_same_name_is_not_the_one_replaced(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: margaret, date: 1985-03, text: Margaret Hartwell became managing director of"
        " the boat company.}\n"
        "  - {id: robert, date: 1999-01, text: 'Robert Hartwell, Dennis and Margaret''s son,"
        " succeeded his mother as managing director.'}\n"
        "  - {id: chandler, date: 2011-09, text: The group appointed Priya Chandler as managing"
        " director.}\n"
        "  - {id: whitcombe, date: 1981-09, until: 1994-06, text: Professor Eleanor Whitcombe was"
        " the first director of the observatory.}\n"
        "  - {id: okafor, date: 1994-07, text: Samuel Okafor was appointed director of the"
        " observatory.}\n"
        "  - {id: dome, date: 1990-02, text: The east dome was built.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_a_retired_someone_who_succeeded_is_no_handover(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: ellery, date: 1987-04, until: 1996-03, text: Margaret Ellery was the club's"
        " first chair.}\n"
        "  - {id: okafor, date: 1996-03, until: 2011-03, text: 'Dennis Okafor, a retired"
        " solicitor, succeeded Margaret Ellery as chair and held the post for fifteen years.'}\n"
        "  - {id: raman, date: 2011-03, text: Priya Raman was elected chair of the club.}\n"
        "  - {id: courts, date: 1999-05, text: Two hard courts were floodlit.}\n"
        "  - {id: bubble, date: 2016-10, text: An air dome went up over two courts.}\n",
    )
    # Dennis's own fact is about him, not about who came after him
    assert ids(engine.ask("who took over from dennis okafor as chair"))[:1] == ["raman"]


def test_the_fact_that_names_the_one_succeeded_answers_who_replaced_them(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: committee, date: 2016-09, text: The single lead maintainer role was replaced"
        " by an elected steering committee with Daniel Okafor as its first chair.}\n"
        "  - {id: raman, date: 2019-01, text: 'Priya Raman was elected chair of the steering"
        " committee in January 2019, succeeding Daniel Okafor.'}\n"
        "  - {id: release, date: 2019-04, text: Release 2.0 shipped a new register allocator.}\n"
        "  - {id: arm, date: 2020-02, text: The compiler gained an ARM backend.}\n"
        "  - {id: licence, date: 2021-06, text: The project moved to the Apache 2.0 licence.}\n"
        "  - {id: ci, date: 2022-03, text: Continuous integration moved to a hosted service.}\n",
    )
    # The committee's fact holds every word of the question; Priya's tells who came next.
    assert ids(engine.ask("who replaced Daniel Okafor as chair?"))[:1] == ["raman"]
    assert ids(engine.ask("when was Daniel Okafor made chair?"))[:1] == ["committee"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("When was the club founded?", "club-founded"),
        ("when did the club found a women's team?", "women"),
        ("when was acme acquired", "acme-sold"),
        ("when did acme acquire widgetco?", "acme-buys"),
        ("when was VNR privatised", "privatised"),  # not "the privatised VNR Group"
        ("When was the Tunis Protocol adopted?", "tunis"),  # in Tunis, the Tunis Protocol
    ],
)
def test_a_passive_question_wants_the_fact_where_its_subject_is_done_to(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: club-founded, date: 1889, text: The club was founded as Millbrook Ironworks"
        " FC by local workers.}\n"
        "  - {id: women, date: 2011, text: The club founded Kestrel Women as its first women's"
        " team.}\n"
        "  - {id: acme-buys, date: 2015, text: Acme acquired WidgetCo for its sensor patents.}\n"
        "  - {id: acme-sold, date: 2021, text: Acme was acquired by Globex.}\n"
        "  - {id: privatised, date: 2001-01, text: 'In 2001 the government sold the railway: VNR"
        " was privatised, with the track kept by the state.'}\n"
        "  - {id: berg, date: 2001-02, text: Mats Berg became the first chief executive of the"
        " privatised VNR.}\n"
        "  - {id: tunis, date: 2001-11, text: 'MOP-7 in Tunis adopted the Tunis Protocol,"
        " committing 38 parties to cut their emissions.'}\n"
        "  - {id: seville, date: 2012-12, text: 'MOP-18 in Seville adopted the Seville Amendment,"
        " extending the Tunis Protocol to 2020.'}\n",
    )
    assert ids(engine.ask(question))[:1] == [fact_id]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did they ditch the yakima-seattle flights", "route-ended"),
        ("When did the studio leave Leeds?", "studio-moved"),
        ("When did Linus Torvalds retire?", None),  # "withdrawn" is an ending, not his
        ("What caused the Flight 212 crash?", "report"),
    ],
)
def test_a_word_of_the_same_kind_of_event_counts_a_little(
    tmp_path: Path, question: str, fact_id: str | None
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: route-ended, date: 2009-01, text: Cascadia stopped flying between Yakima and"
        " Seattle.}\n"
        "  - {id: route-opened, date: 1970-05, text: Cascadia's first route linked Yakima and"
        " Spokane.}\n"
        "  - {id: studio-moved, date: 2016-09, text: The studio relocated from Leeds to"
        " Manchester.}\n"
        "  - {id: studio-founded, date: 2011-02, text: Two friends founded the studio in a flat.}\n"
        "  - {id: git, date: 2005-04, text: Linus Torvalds wrote git after the free licence for"
        " BitKeeper was withdrawn.}\n"
        "  - {id: crash, date: 1986-01, text: Flight 212 crashed on approach to Spokane in"
        " freezing fog.}\n"
        "  - {id: report, date: 1987-03, text: The NTSB report on the Flight 212 crash blamed"
        " ice on the wings.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_who_holds_a_role_now_follows_the_facts_tagged_like_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: varga, date: 1964-07, until: 1979-12, tags: [director], text: Ilona Varga"
        " led the transit authority as director general.}\n"
        "  - {id: lind, date: 1980-01, until: 2003-06, tags: [director], text: Erik Lindqvist"
        " led the transit authority as director general.}\n"
        "  - {id: achterberg, date: 2003-07, tags: [director], text: Jonas Achterberg became"
        " director general.}\n"
        "  - {id: ferreira, date: 2021-10, tags: [director], text: Nadia Ferreira succeeded"
        " Jonas Achterberg as director general.}\n"
        "  - {id: ferreira-quits, date: 2024-02, tags: [director], text: Nadia Ferreira"
        " announced she would resign next year.}\n"
        "  - {id: line-4, date: 2022-05, tags: [metro], text: The transit authority opened"
        " Line 4 with help from Ana Ruiz.}\n",
    )
    assert ids(engine.ask("who runs the transit authority now?"))[:1] == ["ferreira"]


def test_during_an_event_asks_about_the_time_it_took(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: kim, date: 2010-01, until: 2014-06, text: Joon Kim led the platform team.}\n"
        "  - {id: reyes, date: 2014-07, until: 2019-11, text: Daniel Reyes led the platform"
        " team.}\n"
        "  - {id: aws, date: 2015-02, until: 2016-05, text: The storefront was migrated from"
        " the colocation cage to AWS.}\n"
        "  - {id: outage, date: 2015-12-14, text: An expired certificate blocked checkout for"
        " 47 minutes.}\n"
        "  - {id: k8s, date: 2018-03, text: The services moved onto Kubernetes.}\n",
    )
    for question in (
        "who led the platform team during the AWS migration?",
        "who led the platform team when the storefront moved to AWS?",
    ):
        answer = engine.ask(question)
        assert answer.answered and ids(answer)[:1] == ["reyes"], question
        assert reply_text(answer).splitlines()[1].startswith("During: February 2015 – May 2016")
    listed = engine.ask("what happened during the aws migration?")
    assert listed.mode == "list" and "outage" in ids(listed) and "k8s" not in ids(listed)
    # A date the question gives says when, before any event it names
    dated = engine.ask("what happened in december 2015 during the aws migration?")
    assert ids(dated)[:1] == ["outage"] and dated.anchor is None
    # A date is a time, not an event; and "since when" asks when.
    assert engine.ask("who led the platform team during 2012?").query.anchor is None
    since = engine.ask("since when has the storefront been on AWS?")
    assert since.query.anchor is None and ids(since)[:1] == ["aws"]


def test_an_anchor_told_in_other_words_is_still_recognised(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: storm, date: 2003-01-02, text: 'A storm on 2 January 2003 brought down 37 trees"
        " in the arboretum, among them the old cedar.'}\n"
        "  - {id: replanting, date: 2003-03, until: 2005-11, text: 'The arboretum was replanted,"
        " adding about 150 trees from North America.'}\n"
        "  - {id: cafe, date: 2001-05, text: The glasshouse cafe opened.}\n"
        "  - {id: rock, date: 1990-06, text: The limestone rock garden opened.}\n",
    )
    answer = engine.ask("what happened right after the storm flattened the arboretum?")
    assert_top(answer, "replanting")
    assert answer.anchor is not None and answer.anchor.id == "storm"
    # an event the base does not hold is still not taken for another
    assert not engine.ask("what happened right after the flood destroyed the museum?").answered


def test_a_fact_known_to_the_month_of_an_anchor_day_may_come_after_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: flood, date: 1996-11-19, text: The Alder River flooded and washed out the"
        " bridges on Valley Road.}\n"
        "  - {id: closed, date: 1996-11, until: 1998-05, text: Valley Road stayed closed while"
        " the bridges were rebuilt.}\n"
        "  - {id: earlier, date: 1995-06, until: 1995-09, text: Valley Road was closed for"
        " resurfacing.}\n",
    )
    answer = engine.ask("how long was valley road closed after the flood?")
    assert ids(answer)[:1] == ["closed"]


def test_a_model_name_without_its_number_finds_the_models(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: cowling, date: 2014-03, text: A Cascadia CRJ700 lost an engine cowling after"
        " takeoff from Spokane.}\n"
        "  - {id: dash, date: 2016-08, text: A Dash 8 lost an engine cowling on landing at"
        " Yakima.}\n",
    )
    assert ids(engine.ask("when did the engine cowling come off the crj?"))[:1] == ["cowling"]
    assert not engine.ask("when did the crj900 arrive?").answered  # an id is still exact


def test_what_the_subject_did_before_an_event_is_whatever_came_before(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: formed, date: 1999-03, text: The engine team was formed with four people.}\n"
        "  - {id: forge-2, date: 2006-05, text: Forge 2.0 was released with a new renderer.}\n"
        "  - {id: saltmarsh, date: 2006-10, text: Saltmarsh shipped on PC and Xbox 360.}\n"
        "  - {id: forge-4, date: 2018-04, text: 'Forge 4.0 was released, adding Vulkan.'}\n"
        "  - {id: port, date: 2018-09, text: Tidebreaker was released on Switch.}\n"
        "  - {id: emberfall, date: 2021-10, text: 'Emberfall, built on Forge 4, launched on"
        " PC.'}\n",
    )
    before = engine.ask("what did the team do just before Saltmarsh shipped?")
    assert ids(before)[:1] == ["forge-2"]  # not the one fact that says "team"
    after = engine.ask("after forge 4 came out, what did the team do next?")
    assert after.anchor is not None and after.anchor.id == "forge-4"  # "Forge 4" is 4.0
    assert ids(after)[:1] == ["port"]


def test_ties_go_to_the_fact_that_began_in_the_period_asked_about(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: victor, date: 1994-01, until: 2008-06, text: Victor Lindqvist served as"
        " general manager.}\n"
        "  - {id: priya, date: 2008-09, until: 2020-02, text: Priya Raman served as general"
        " manager.}\n",
    )
    assert ids(engine.ask("who took over as general manager in 2008?"))[:1] == ["priya"]


def test_the_words_of_a_fact_id_count_like_a_tag(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: tidebreaker-crunch, date: 2013-06, until: 2013-11, text: For five months the"
        " engine and gameplay teams worked 70-hour weeks to get Tidebreaker out.}\n"
        "  - {id: crunch-walkout, date: 2013-09-20, text: About 120 staff walked out for a day"
        " in protest over the Tidebreaker crunch.}\n"
        "  - {id: paywall-introduced, date: 2015-02, text: The paper put its website behind a"
        " metered wall for readers without a subscription.}\n"
        "  - {id: py-3-6, date: 2016-12, text: Python 3.6 added f-strings.}\n",
    )
    # The id reads as a phrase: "tidebreaker crunch" stands together in both facts.
    crunch = engine.ask("how long did the tidebreaker crunch go on?")
    assert {m.fact.id: m.parts["proximity"] for m in crunch.matches}["tidebreaker-crunch"] == 1.0
    # Found by the id alone: the words are searchable, not only scored.
    assert ids(engine.ask("when was the paywall introduced?"))[:1] == ["paywall-introduced"]
    # An id's numbers are not words of the fact: "3" is not a version this fact names.
    assert "3" not in engine._view(4).words


def test_an_irregular_form_finds_facts_by_the_stem_of_its_base_form(tmp_path: Path) -> None:
    # "built" must find "building": the other form "build" is not itself a word of the base.
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: begun, date: 1937-03, text: Arthur Rosewarne began building the hotel on the"
        " cliff.}\n"
        "  - {id: pool, date: 1959-06, text: A swimming pool was built on the lawn.}\n"
        + "".join(
            f"  - {{id: h{n}, date: {1940 + n}, text: The hotel hosted event number {n}.}}\n"
            for n in range(6)
        ),
    )
    assert ids(engine.ask("who built the hotel?"))[:1] == ["begun"]


def test_an_anchor_is_the_event_not_a_fact_placed_after_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: merger-announced, date: 2017-10, text: Kestrel FM and Tarrow Radio announced a"
        " merger.}\n"
        "  - {id: merger, date: 2018-04-01, text: The merger was completed and the station"
        " relaunched as KTR.}\n"
        "  - {id: survey, date: 2019-10, text: The first survey after the merger counted"
        " 31000 weekly listeners.}\n"
        "  - {id: dab, date: 2020-02, text: KTR began broadcasting on DAB.}\n",
    )
    answer = engine.ask("how many weekly listeners did we have after the merger?")
    assert answer.anchor is not None and answer.anchor.id == "merger"
    assert ids(answer)[:1] == ["survey"]


def test_what_was_a_thing_is_answered_by_the_fact_that_brought_it_in(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: launch, date: 2012-03, text: 'The firm launched Tallyroom, a time-tracking"
        " app for small agencies.'}\n"
        "  - {id: v2, date: 2014-06, text: Tallyroom 2.0 added invoicing.}\n"
        "  - {id: shutdown, date: 2016-01, text: Tallyroom was shut down after failing to find"
        " paying customers.}\n",
    )
    assert ids(engine.ask("what was tallyroom?"))[:1] == ["launch"]
    assert ids(engine.ask("when was tallyroom shut down?"))[:1] == ["shutdown"]


def test_who_took_over_when_someone_retired_is_whoever_came_after(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: dennis, date: 1982, until: 1996-12, text: Dennis Tregear was head baker until"
        " he retired.}\n"
        "  - {id: loaf, date: 1990-04, text: The Carn Brea sourdough loaf was launched.}\n"
        "  - {id: aisha, date: 1997-01, text: Aisha Rahman became head baker.}\n"
        "  - {id: market, date: 2004-05, text: The fish market closed and the auctions moved to"
        " the North Quay shed.}\n",
    )
    answer = engine.ask("who took over as head baker when Dennis Tregear retired?")
    assert ids(answer)[:1] == ["aisha"]
    assert ids(engine.ask("who took over when Dennis Tregear retired?"))[:1] == ["aisha"]
    # Not a succession: where the auctions went, told by the fact of the closing itself.
    where = engine.ask("where did the fish auctions go when the market closed?")
    assert where.status == "answered" and ids(where)[:1] == ["market"]


def test_anchored_questions_keep_the_form_and_the_event_asked_about(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: first, date: 1998-07, text: The first festival was held on Mill Meadow.}\n"
        "  - {id: headliner, date: 2011-07, text: The Lanterns headlined the festival.}\n"
        "  - {id: rain, date: 2012-08, text: The 2012 festival was cancelled after heavy rain"
        " flooded the arena field.}\n"
        "  - {id: covid, date: 2020-04, text: The 2020 festival was cancelled because of the"
        " pandemic.}\n"
        "  - {id: move, date: 2013-07, text: The festival moved to Castle Park.}\n"
        "  - {id: lead, date: 2009-01, until: 2015-06, text: David Lindqvist led the events"
        " team as director.}\n"
        "  - {id: shut, date: 2016-08, until: 2017-01, text: The box office was shut for five"
        " months after a storm flooded its ground floor.}\n"
        "  - {id: reopen, date: 2017-02, text: The box office reopened with a new ticket desk.}\n",
    )
    # The nearest fact before that names a place, not the nearest fact.
    assert ids(engine.ask("where was the festival held before Castle Park?"))[:1] == ["first"]
    # The "after" clause describes the event asked about.
    asked = engine.ask("when was the festival cancelled after heavy rain flooded the field?")
    assert ids(asked)[:1] == ["rain"]
    # ... and holds the words of the question as synonyms ("shut" for "closed")
    closed = engine.ask("how long was the box office closed after the storm?")
    assert ids(closed)[:1] == ["shut"]
    # "in charge" is a word of the base's synonyms ("director"), not a typo of "charge".
    answer = engine.ask("who was in charge of the events team in 2012?")
    assert ids(answer)[:1] == ["lead"]
    assert "typo" not in engine.explain(answer)[1]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did we stop doing horse visits?", "equine"),
        ("when did the branch get recognised for being good with cats?", "feline"),
        ("when were we crowned best indie bookshop?", "award"),
        ("when did someone try to scam us with a fake invoice?", "fraud"),
        ("where is the backup site?", "failover"),
    ],
)
def test_everyday_words_for_the_bases_own(tmp_path: Path, question: str, fact_id: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: equine, date: 2002-05, until: 2009-12, text: The group ran an equine"
        " ambulatory service visiting yards and stables; it was wound down for lack of demand.}\n"
        "  - {id: feline, date: 2010, text: The Quay branch received the gold Feline Care"
        " accreditation for its cat ward.}\n"
        "  - {id: award, date: 2017-05, text: Lantern Row won Independent Bookshop of the Year.}\n"
        "  - {id: fraud, date: 2019-03, text: 'A fake invoice fraud from a partner account was"
        " stopped before payment.'}\n"
        "  - {id: failover, date: 2019, text: A failover site opened in Manchester.}\n"
        "  - {id: move, date: 2021-01, text: The head office moved to Leeds.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_giving_something_up_is_told_by_what_replaced_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: adopt-cc, date: 2004-03, text: Nightly builds began on CruiseControl.}\n"
        "  - {id: hudson, date: 2009-02, text: CruiseControl was replaced by Hudson on eight"
        " build agents.}\n"
        "  - {id: unity, date: 2012, text: The studio abandoned its home-made engine and moved"
        " all development to Unity.}\n"
        "  - {id: godot, date: 2021-02, text: New projects would be built in the Godot engine"
        " instead of Unity.}\n"
        "  - {id: mwaa, date: 2021-11, text: Airflow moved off the self-managed EC2 instance"
        " onto Amazon MWAA.}\n"
        "  - {id: into, date: 1995-09, text: The orchestra moved into the Corn Exchange.}\n"
        "  - {id: out, date: 2009-01, text: The orchestra moved from the Corn Exchange to the"
        " Linford Music Centre.}\n",
    )
    assert_top(engine.ask("when did we ditch cruisecontrol?"), "hudson")
    assert_top(engine.ask("when did they ditch unity?"), "godot")
    assert_top(engine.ask("when did we stop running airflow on EC2?"), "mwaa")
    assert_top(engine.ask("when did we leave the corn exchange?"), "out")


def test_numbers_and_model_names_as_people_write_them(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: warriors, date: 1999-03, text: 'Three Piper PA-28-161 Warriors were bought,"
        " G-CVFA, G-CVFB and G-CVFC.'}\n"
        "  - {id: tenk, date: 2008-11, text: 'Registered contributors passed 10,000.'}\n"
        "  - {id: thousandth, date: 2022-10, text: 'The school issued its 1,000th pilot licence"
        " to Amira Haddad.'}\n"
        "  - {id: docs, date: 2010-05, text: 'All map data contributed was published under"
        " CC BY-SA.'}\n",
    )
    assert_top(engine.ask("how many PA-28s did we buy?"), "warriors")
    assert_top(engine.ask("when did we hit 10k contributors?"), "tenk")
    # A typo read as another word's stem ("contributed") still finds its own ("contributors")
    assert_top(engine.ask("when did we hit 10000 contributers?"), "tenk")
    assert_top(engine.ask("who got our 1000th licence?"), "thousandth")


def test_of_two_events_the_anchor_is_the_one_that_holds_the_question(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: store-fire, date: 2019-02, tags: [fire], text: The fire in the glaze store"
        " on Bath Road.}\n"
        "  - {id: shut, date: 2015-11, until: 2016-03, text: The workshop was shut for four"
        " months after a kiln fire.}\n"
        "  - {id: classes, date: 2020-04, text: Evening classes began in the workshop.}\n",
    )
    answer = engine.ask("how long was the workshop shut after the fire?")
    assert ids(answer)[:1] == ["shut"]


def test_a_deal_is_told_from_either_side(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: halden, date: 2007-05, text: The Pryce family sold Cragford Stone to Halden"
        " Materials.}\n"
        "  - {id: northgale, date: 2016-02, text: Brightmoor acquired the Northgale studio.}\n"
        "  - {id: pit, date: 1999-03, text: The Wethercote pit opened.}\n"
        "  - {id: room, date: 2018-06, text: The studio opened a second recording room.}\n"
        "  - {id: park, date: 1985-05, text: The Ashworths opened the park on their farm.}\n"
        "  - {id: lakeside, date: 2004-03, text: The Ashworths sold the park to Lakeside"
        " Leisure.}\n",
    )
    assert_top(engine.ask("when did Halden buy Cragford Stone?"), "halden")
    assert_top(engine.ask("when was the studio bought?"), "northgale")
    assert_top(engine.ask("who bought the park off the ashworths"), "lakeside")


@pytest.mark.parametrize(
    "question",
    [
        "When did the convention take effect?",
        "when did the convention come into force",
        "when did the convention kick in",
        "when did the convention become binding?",
    ],
)
def test_taking_effect_is_entering_into_force(tmp_path: Path, question: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: signed, date: 1992-06, text: The Convention was opened for signature in"
        " Valletta.}\n"
        "  - {id: force, date: 1994-03-21, text: 'The Convention entered into force on 21 March"
        " 1994, ninety days after the thirtieth ratification.'}\n"
        "  - {id: walkout, date: 2009-12, text: The island states walked out in Montreal.}\n",
    )
    assert_top(engine.ask(question), "force")


def test_a_word_of_the_question_itself_contradicts_nothing(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: build, date: 2012-04, until: 2013-05, text: 'The new Port Ardlan terminal was"
        " built on reclaimed land beside the old pier, at a cost of 14.2 million pounds.'}\n"
        "  - {id: ship, date: 1988-04, text: The MV Island Maid was delivered from Inverness.}\n"
        "  - {id: fares, date: 2001-03, text: Winter fares were cut by a fifth.}\n"
        "  - {id: strike, date: 2005-06, text: The crews' strike ended after four days.}\n",
    )
    # "terminal" is a word for an end, the opposite of a start, but the question says it too
    assert_top(engine.ask("when did they start building the new Port Ardlan terminal?"), "build")
    assert_top(engine.ask("when did the crews' strike start?"), None)  # it ended


def test_what_something_was_called_asks_for_its_name(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: cd1, date: 1996-04, text: 'In April 1996 the band released its first CD,"
        ' "Winding Gear", a tribute to the closed pit.\'}\n'
        "  - {id: cd2, date: 2009-11, text: 'The band released a second CD, \"Headstocks\".'}\n"
        '  - {id: lp, date: 1983-05, text: \'An LP, "Coal Dust", was recorded at the town'
        " hall.'}\n"
        "  - {id: tour, date: 1990-07, text: The band made its first trip abroad.}\n"
        "  - {id: room, date: 2011-09, text: The band moved into a purpose-built rehearsal"
        " room.}\n",
    )
    assert_top(engine.ask("What was the band's first CD called?"), "cd1")
    light = {t.word: t.light for t in parse_question("what was it called?", today=TODAY).terms}
    assert light.get("called", True)
    assert not parse_question("who called the meeting?", today=TODAY).terms[0].light


def test_who_holds_a_record_is_who_set_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: alemu, date: 2016-04, text: 'Tigist Alemu set the women''s course record of"
        " 2:24:51.'}\n"
        "  - {id: kiprono, date: 2011-04, text: 'Daniel Kiprono ran 2:09:30, the fastest time yet"
        " by a man on the course.'}\n"
        "  - {id: flood, date: 2013-04, text: The race was shortened after the river flooded.}\n"
        "  - {id: loop, date: 1993-04, text: The course became one loop round the river.}\n",
    )
    assert_top(engine.ask("who holds the women's course record?"), "alemu")


def test_giving_is_a_light_verb(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: grant-ended, date: 2016-03, text: The council grant of 40000 pounds a year"
        " ended.}\n"
        "  - {id: grant-cut, date: 2011-04, text: The council cut its grant by a third.}\n"
        "  - {id: roof, date: 2014-09, text: An appeal raised money for a new roof.}\n"
        "  - {id: tour, date: 2018-05, text: The company toured the Netherlands.}\n",
    )
    assert_top(engine.ask("when did the council stop giving us a grant"), "grant-ended")


def test_growing_is_told_by_expanding(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: formed, date: 2016-09, text: An elected five-member steering committee was"
        " formed.}\n"
        "  - {id: expanded, date: 2021-03, text: The steering committee was expanded to seven"
        " seats.}\n"
        "  - {id: release, date: 2019-04, text: Release 2.0 shipped.}\n"
        "  - {id: arm, date: 2020-02, text: The compiler gained an ARM backend.}\n",
    )
    assert_top(engine.ask("when did the steering comittee grow to seven"), "expanded")
    # The one who bought did not sell: that is no telling of the same deal.
    assert_top(engine.ask("when did Brightmoor sell Northgale?"), None)


def test_a_known_word_that_looks_like_a_swapped_function_word_is_a_topic(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: gto, date: 1986-10, text: A Heidelberg GTO 52 offset press was installed.}\n"
        "  - {id: sm74, date: 1993-03, text: A Heidelberg Speedmaster SM 74 was commissioned.}\n"
        "  - {id: course, date: 2001-05, text: The night rating course began.}\n",
    )
    assert_top(engine.ask("when did we get the heidelburg gto"), "gto")
    assert_top(engine.ask("when was the gto put in?"), "gto")
    assert_top(engine.ask("when did we start teh night rating course?"), "course")
    # ... and one with a letter dropped
    assert_top(engine.ask("when wer we on teh night rating course?"), "course")


def test_a_name_owned_is_not_what_a_fact_is_about(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: walter, date: 1984-09, text: Walter Calder became managing director.}\n"
        "  - {id: margaret, date: 1996-06, text: 'Margaret Calder, Walter''s daughter, succeeded"
        " her father as managing director.'}\n"
        "  - {id: buyout, date: 2008-04, text: Margaret Calder sold the business to Dennis Okafor"
        " in a management buyout.}\n",
    )
    assert_top(engine.ask("who took over from Walter Calder as MD?"), "margaret")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What AI tool did we trial?", "pilot"),  # a trial is a pilot
        ("what model was our first MRI?", "first-mri"),  # "model" asks for the answer
        ("when did we start allowing drivers in rust?", "rust"),  # allowed is accepted
        ("how many people signed up for the online conference", "online"),  # registered
        ("where was the first conference held?", "bremen"),  # "took place in Bremen"
        ("how many people work in radiology", "staff"),
    ],
)
def test_everyday_words_for_what_a_fact_says_otherwise(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pilot, date: 2022-06, text: The radiology department ran a six-month pilot of"
        " an AI fracture-detection tool.}\n"
        "  - {id: first-mri, date: 1996-06, text: 'The first MRI scanner, a GE Signa, was"
        " commissioned in June 1996.'}\n"
        "  - {id: mri-3t, date: 2012-10, text: A second MRI scanner was added in October 2012.}\n"
        "  - {id: staff, date: 2020, text: By 2020 the radiology department employed 212 staff.}\n"
        "  - {id: rust, date: 2021-03, text: Halyard 5.0 was the first release to accept device"
        " drivers written in Rust alongside C.}\n"
        "  - {id: bremen, date: 2004-06, text: The first conference took place in Bremen.}\n"
        "  - {id: online, date: 2020-06, text: 'The 2020 conference was held online, with 2,300"
        " registered participants.'}\n"
        "  - {id: toronto, date: 2012-08, text: The 2012 conference was held in Toronto.}\n",
    )
    assert_top(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("since when do the beginners train out at Fenwick Lake", "novices"),
        ("who did we sign the data-sharing deal with in 2006?", "chile"),  # not "dealt with"
        ("when did they start swapping numbers on deployed launchers?", "exchange"),
    ],
)
def test_more_words_for_the_same_thing(tmp_path: Path, question: str, fact_id: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: novices, date: 2015-09, text: Novice crews moved their training to Fenwick"
        " Lake.}\n"
        "  - {id: chile, date: 2006-05, text: 'The team signed a memorandum with the Chilean Earth"
        " Observation Service, exchanging imagery for ground-truth data.'}\n"
        "  - {id: exchange, date: 2005-03, text: The two sides began exchanging data on their"
        " deployed launchers.}\n"
        "  - {id: lake, date: 2010-04, text: The club bought a new launch for Fenwick Lake.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_who_started_the_society_asks_who_founded_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 2009-10, text: HackHalbrook was founded by students Priya Raman"
        " and Tomasz Wielgosz.}\n"
        "  - {id: library, date: 2014-11, text: 'The society opened a hardware library, starting"
        " with 40 boards.'}\n"
        "  - {id: president, date: 2016-05, text: Sofia Marchetti was elected president of the"
        " society.}\n",
    )
    assert_top(engine.ask("who started the society?"), "founded")


def test_a_name_the_base_never_uses_is_declined(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: defender, date: 2003-09, text: 'A Land Rover Defender 130 ambulance, call sign"
        " Carnmore 2, joined the fleet in September 2003, paid for by the Brannoch Distillery.'}\n"
        "  - {id: first, date: 1981-05, text: The team bought its first Land Rover.}\n"
        "  - {id: ranger, date: 2021-05, text: The team took delivery of a Ford Ranger pick-up.}\n",
    )
    assert_top(engine.ask("When did the Land Rover Discovery join the fleet?"), None)
    assert_top(engine.ask("When did the Land Rover Defender join the fleet?"), "defender")


BAND_BASE = (
    "facts:\n"
    "  - {id: shield, date: 1987-05, text: The band won the Butterfield Shield at the spring"
    " contest in Halifax in May 1987.}\n"
    "  - {id: grant, date: 2004-03, text: 'A Heritage Lottery grant of £48,000 paid for a new"
    " set of instruments in March 2004.'}\n"
    "  - {id: flood-1968, date: 1968-07, text: The river flooded the bandroom in July 1968 and"
    " ruined the music library.}\n"
    "  - {id: flood-2015, date: 2015-12, text: Floodwater from the river filled the bandroom on"
    " Boxing Day 2015.}\n"
    "  - {id: founded, date: '1902', text: The band was founded in 1902 by workers at the Lenn"
    " Valley mill.}\n"
)


def test_when_someone_left_is_not_told_by_their_coming_after_another(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: handover, date: 2023-03-31, text: 'On 31 March 2023 Dougie Marsland retired as"
        " managing director, and his sister Ruth Marsland succeeded him.'}\n"
        "  - {id: taproom, date: 2014-06, text: Ruth Marsland became the first taproom manager"
        " in June 2014.}\n"
        "  - {id: founded, date: 1998-02, text: Dougie Marsland founded the brewery in a"
        " mill.}\n",
    )
    assert_top(engine.ask("When did Ruth Marsland retire?"), None)
    assert_top(engine.ask("When did Dougie Marsland retire?"), "handover")
    assert_top(engine.ask("when did ruth marsland take over as managing director?"), "handover")


def test_a_first_named_only_to_place_a_later_one_is_not_the_first(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: win-2006, date: 2006-06-09, text: 'On 9 June 2006 the band won its first Whit"
        " Friday march contest, at Upper Tarnside, playing the march Knight of the Dales.'}\n"
        "  - {id: win-2023, date: 2023-06-02, text: 'On 2 June 2023 the band won the Whit Friday"
        " march contest at Upper Tarnside for the second time, seventeen years after its first"
        " win there.'}\n",
    )
    assert_top(engine.ask("When did the band first win a Whit Friday march contest?"), "win-2006")


def test_who_took_over_from_someone_is_not_their_namesake_after_a_date(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: walter, date: 1944-03, text: 'In March 1944 Walter Treloar took over as master"
        " of the loft when his father Josiah died.'}\n"
        "  - {id: peggy, date: 1969-10-01, text: 'On 1 October 1969 Peggy Treloar took over as"
        " master of the loft from her father Walter, the first woman to run a sail loft in"
        " Wrenmouth.'}\n"
        "  - {id: renamed, date: 1972-04-03, text: 'On 3 April 1972 the business was renamed from"
        " Josiah Treloar, Sailmaker to Treloar Sails Ltd when it became a limited company.'}\n",
    )
    # Peggy Treloar is Walter Treloar's heir, not a fact about him
    assert_top(engine.ask("Who took over the loft from Walter Treloar?"), "peggy")


def test_who_held_a_role_after_someone_is_told_after_their_time_in_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pennock-md, date: 1994-09, text: 'In September 1994 Harold Pennock, a retired"
        " schoolteacher, took over as musical director of the Hallowby Silver Band.'}\n"
        "  - {id: talbot-md, date: 2002-01, text: 'In January 2002 Gwen Talbot succeeded Harold"
        " Pennock as musical director, becoming the first woman to conduct the band.'}\n"
        "  - {id: pennock-dies, date: 2008-02-14, text: 'Harold Pennock, musical director of the"
        " band from 1994 to 2002, died on 14 February 2008 at the age of 79.'}\n"
        "  - {id: ellery-md, date: 2010-08, text: 'In August 2010 Marcus Ellery, a trombonist,"
        " took over from Gwen Talbot as the band''s musical director.'}\n",
    )
    # after his years as musical director, not after his death
    assert_top(engine.ask("who was musical director after Harold Pennock?"), "talbot-md")


def test_how_much_money_is_not_told_by_a_fact_that_names_no_sum(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: canning, date: 2019-08, text: 'In August 2019 the brewery installed its own"
        " canning line in the mill, able to fill 1,500 cans an hour.'}\n"
        "  - {id: grant, date: 2016-03, text: 'A £12,000 grant from the town council paid for"
        " the new fermenters.'}\n"
        "  - {id: bought, date: 2021-05, text: 'Hallow Ales bought the Bobbin inn for 1.2 million"
        " pounds.'}\n",
    )
    assert_top(engine.ask("How much did the canning line cost?"), None)
    assert_top(engine.ask("how much did the council give us for the fermenters?"), "grant")
    assert_top(engine.ask("How much did we pay for the Bobbin?"), "bought")


def test_a_second_of_what_the_base_tells_once_is_declined(tmp_path: Path) -> None:
    engine = small_engine(tmp_path, BAND_BASE)
    for question in (
        "When did the band win the Butterfield Shield for the second time?",
        "When did the band get its second Heritage Lottery grant?",
        "when was the third flood?",  # of two
    ):
        answer = engine.ask(question)
        assert not answer.answered and "fewer than" in answer.note, question
    assert_top(engine.ask("when did we win the Butterfield Shield?"), "shield")
    assert engine.ask("when was the second flood at the bandroom?").answered  # of two


def test_a_second_the_base_tells_of_is_answered(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        BAND_BASE + "  - {id: again, date: 1994-05, text: The band won the Butterfield Shield"
        " again in May 1994.}\n",
    )
    assert_top(
        engine.ask("When did the band win the Butterfield Shield for the second time?"), "again"
    )


def test_what_we_call_a_thing_is_the_name_a_fact_gives_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: first-van, date: '1996', text: 'In 1996 the business bought a second-hand"
        " refrigerated Bedford van for market runs and farm collections; the staff nicknamed it"
        ' "Dolly".\'}\n'
        "  - {id: new-van, date: 2008-04, text: In April 2008 an electric van took over the"
        " market runs from the Bedford.}\n"
        "  - {id: machine, date: 2009-06, text: 'In June 2009 the cafe bought a two-group"
        " espresso machine with part of the flood insurance money; the staff nicknamed it Big"
        " Bertha.'}\n"
        "  - {id: cafe, date: 2004-03, text: 'The Back Page cafe opened in the old stockroom,"
        " serving coffee and cake.'}\n",
    )
    # "call" asks for the name, as "called" does, and "nicknamed it Dolly" gives one
    assert_top(engine.ask("what did we call the old bedford?"), "first-van")
    assert_top(engine.ask("what do we call the big coffee machine?"), "machine")
    assert_top(engine.ask("what was the van called?"), "first-van")


def test_who_took_over_in_a_year_is_who_began_then(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: dunmore, date: 1985-03, until: 2001-03, text: 'Ralph Dunmore, a retired bank"
        " manager, succeeded Joan Pettifer as chair of the Friends in March 1985 and held the"
        " post until March 2001.'}\n"
        "  - {id: coultas, date: 2001-03, until: 2014-03, text: 'Sandra Coultas, whose two sons"
        " had both played horn in the orchestra, chaired the Friends from March 2001 to March"
        " 2014.'}\n"
        "  - {id: gala, date: 2001-07, text: The Friends held a summer gala in the park.}\n",
    )
    assert_top(engine.ask("Who took over as chair of the Friends in 2001?"), "coultas")
    assert_top(engine.ask("who became chair of the friends in 1985"), "dunmore")
    # ... but who held it in a year is whoever did, all through it or not
    answer = engine.ask("Who was chair of the Friends in 2001?")
    assert answer.mode == "list" and {m.fact.id for m in answer.matches[:2]} == {
        "dunmore",
        "coultas",
    }


def test_a_role_the_base_names_only_in_part_gets_no_loose_answer(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: secretary, date: 2019-02, text: 'Ben Hollis, at 26 the youngest officer the"
        " society has had, became show secretary in February 2019.'}\n"
        "  - {id: treasurer, date: 2011-04, text: Joan Tate became treasurer of the society in"
        " April 2011.}\n"
        "  - {id: show, date: 1958-08, text: The first produce show was held in the village"
        " hall.}\n",
    )
    # an officer, but no press officer
    assert_top(engine.ask("Who was the society's press officer?"), None)
    assert_top(engine.ask("Who was the society's show secretary?"), "secretary")
    assert_top(engine.ask("who was our new treasurer in 2011?"), "treasurer")


def test_a_place_the_base_never_names_is_declined_however_it_is_typed(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: leeds, date: 2012-04, text: 'The company opened its second depot, in Leeds,"
        " in April 2012.'}\n"
        "  - {id: vans, date: 2015-06, text: Six electric vans joined the delivery fleet.}\n"
        "  - {id: founded, date: 2004-02, text: Brightline Lighting Hire was founded in"
        " Bradford.}\n",
    )
    for question in ("when did we open the glasgow depot?", "When did we open the Glasgow depot?"):
        assert_top(engine.ask(question), None)
    assert_top(engine.ask("when did we open the leeds depot?"), "leeds")


def test_a_place_the_base_names_elsewhere_weighs_as_a_name_in_lowercase(tmp_path: Path) -> None:
    # the knife works' base names London, but its shop is at the works: a question about a
    # shop in London is about somewhere else, however London is typed
    with evalset_engine(tmp_path, "knifeworks") as engine:
        for question in (
            "when did we open our shop in london?",
            "When did we open our shop in London?",
        ):
            assert_top(engine.ask(question), None)
        assert_top(engine.ask("when did we open our factory shop?"), "factory-shop")


def test_a_building_finished_is_no_contradiction_of_its_opening(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: rock, date: 1990-06, text: The limestone rock garden opened in June 1990.}\n"
        "  - {id: public, date: 1989-05, text: The garden opened to the public.}\n"
        "  - {id: palm, date: 1992-04, text: The palm house was restored.}\n",
    )
    assert_top(
        engine.ask("what did the garden do just before the rock garden was finished"), "public"
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who's the managing director now?", "lyle"),  # "replaced" her: he holds it
    ],
)
def test_who_holds_a_role_now(tmp_path: Path, question: str, fact_id: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: chandler, date: 2011-09, text: 'Waterway Leisure Group appointed Priya Chandler,"
        " previously its operations director, as managing director in September 2011.'}\n"
        "  - {id: lyle, date: 2018-02, text: Gareth Lyle replaced Priya Chandler as managing"
        " director in February 2018.}\n"
        "  - {id: quill, date: 2013-02, until: 2019-09, text: 'Amara Quill, formerly head of"
        " procurement at the defence ministry, was Director General from February"
        " 2013 to September 2019.'}\n"
        "  - {id: redfield, date: 2019-10, text: 'Jonas Redfield, previously director of Earth"
        " observation, became Director General in October 2019 and still holds the post.'}\n"
        "  - {id: budget, date: 2021-03, text: The agency's budget was cut by 12 percent.}\n",
    )
    assert_top(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who did the ps4 port of tidebound?", "ports"),  # PlayStation 4
        ("where was the 20mph trial?", "twenty"),
        ("when was the central interchange redone", "interchange"),  # rebuilt
        ("when did ember road get pushed back", "delay"),  # delayed
    ],
)
def test_names_units_and_plain_words_as_people_type_them(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: ports, date: 2015-06-23, text: 'Tidebound came to PlayStation 4 and Xbox One,"
        " ported by Halfmoon Interactive in Leeds.'}\n"
        "  - {id: tidebound, date: 2013-03, text: Tidebound came out for Windows.}\n"
        "  - {id: twenty, date: 2009-02, until: 2010-02, text: A trial of a 20 mph speed limit ran"
        " in the Eastgate and Abbey wards.}\n"
        "  - {id: interchange, date: 2012-05, until: 2014-11, text: The rebuild of the Central bus"
        " interchange ran for two years.}\n"
        "  - {id: delay, date: 2020-08, text: Ember Road was delayed from its planned spring 2021"
        " release to 2022.}\n"
        "  - {id: ember, date: 2022-03, text: Ember Road came out on Steam.}\n",
    )
    assert_top(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did Helen come on board", "helen"),  # joined
        ("what did we do for the 35th birthday", "party"),  # anniversary
        ("which was the earliest of the foreign tours?", "germany"),  # overseas
        ("when did we start limiting how many players can be in the main orchestra?", "cap"),
    ],
)
def test_plain_words_for_joining_anniversaries_abroad_and_limits(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: helen, date: 2004-05, text: Helen Marsh joined the bakery as head baker.}\n"
        "  - {id: party, date: 2019-06, text: For its 35th anniversary the bakery held a street"
        " party.}\n"
        "  - {id: germany, date: 1997-07, text: The orchestra's first overseas tour was to"
        " Germany.}\n"
        "  - {id: czech, date: 2008-07, text: The orchestra toured the Czech Republic.}\n"
        "  - {id: cap, date: 2001-09, text: The main orchestra was capped at 90 players.}\n"
        "  - {id: oven, date: 2010-02, text: A second oven was installed.}\n",
    )
    assert_top(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many members did the club have in 2015?", "members"),
        ("how many boats did the coop have at its peak?", "peak"),
    ],
)
def test_the_base_s_own_body_weighs_little_in_a_count(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: members, date: 2015, text: Membership fell to 540 after the fee rise.}\n"
        "  - {id: peak, date: 1997, text: Membership peaked at 64 boats in the summer of 1997.}\n"
        "  - {id: clubhouse, date: 2015-06, text: The club opened its new clubhouse.}\n"
        "  - {id: coop, date: 1979-04, text: Eleven skippers formed the coop.}\n"
        "  - {id: boats, date: 2004-02, text: Two boats were lost in a storm.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_who_looked_after_the_money_asks_for_the_treasurer(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: reid, date: 1988-03, until: 2012-03, text: Alasdair Reid was the team's"
        " treasurer for 24 years.}\n"
        "  - {id: leader, date: 1990-01, text: Morag Bell became team leader.}\n"
        "  - {id: appeal, date: 2001-05, text: The team raised 40000 pounds for a new base.}\n",
    )
    assert_top(engine.ask("who looked after the team's money all those years?"), "reid")


def test_who_held_a_role_before_someone_is_their_predecessor(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: priya, date: 2010-01, until: 2017-06, text: Priya Venkataraman led the team for"
        " seven years.}\n"
        "  - {id: daniel, date: 2017-07, until: 2021-03, text: Daniel Hughes took over as team lead"
        " and stayed until he moved to finance systems.}\n"
        "  - {id: marta, date: 2021-04, text: Marta Kowalczyk became head of CRM engineering and"
        " still runs the team.}\n"
        "  - {id: office, date: 2013-09, text: The team moved to a new office in Manchester.}\n",
    )
    assert_top(engine.ask("who led the team just before Marta?"), "daniel")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("When did we start scanning cows for pregnancy on farm?", "scanning"),  # cattle
        ("when did the old army hut become our clubhouse?", "pavilion"),
    ],
)
def test_everyday_nouns_for_a_fact_s_nouns(tmp_path: Path, question: str, fact_id: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: scanning, date: 2011-03, text: The practice began ultrasound pregnancy scanning"
        " of cattle on farms.}\n"
        "  - {id: pavilion, date: 1952-04, text: A former army hut was bought and put up as the"
        " pavilion.}\n"
        "  - {id: nets, date: 1990-05, text: New practice nets were put up beside the old hut.}\n",
    )
    assert_top(engine.ask(question), fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What engine did they use before Unity?", "unity"),  # the move to Unity says
        ("what did the studio change after the unity runtime fee row?", "godot"),
        ("What clinical system did we move to after EMIS LV?", "systmone"),  # the next move
    ],
)
def test_a_move_from_one_thing_to_another_says_what_came_before_and_after(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: unity, date: 2012, text: 'The studio abandoned its home-made engine, Wickframe,"
        " and moved all development to Unity.'}\n"
        "  - {id: hire, date: 2011-05, text: The studio hired Priya Raman as its first artist.}\n"
        "  - {id: godot, date: 2023-10, text: After the Unity runtime fee row the studio switched"
        " from Unity to Godot.}\n"
        "  - {id: release, date: 2024-03, text: The studio released Cormorant on Steam.}\n"
        "  - {id: emis, date: 1999-06, text: The practice moved from paper records to EMIS LV.}\n"
        "  - {id: systmone, date: 2012-09, text: The practice moved from EMIS LV to SystmOne.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_the_fact_that_calls_itself_the_first_answers_where_the_first_was_held(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: first, date: 2010-03-13, text: 'The first hackathon, HackHalbrook 1, ran for 24"
        " hours in the Marsh Building.'}\n"
        "  - {id: online, date: 2020-04, text: HackHalbrook 11 was held entirely online over"
        " Discord, tags: [hackathon, online]}\n"
        "  - {id: hybrid, date: 2022-03, text: HackHalbrook 13 brought the hackathon back to the"
        " Great Hall after two years.}\n"
        "  - {id: herhack, date: 2017-05, text: The society held HerHack at the Innovation Hub.}\n",
    )
    assert_top(engine.ask("where was the very first hackathon held?"), "first")


def test_a_club_that_won_answers_who_won(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: first-season, date: 1987-05-09, text: 'The first league season opened with two"
        " divisions of six clubs, and Saltby won the inaugural title.'}\n"
        "  - {id: sponsor, date: 2006, until: 2014, text: Pennant Insurance was the league's title"
        " sponsor.}\n"
        "  - {id: tollbridge, date: 2023-09, text: 'Tollbridge Town won the Premier Division,"
        " their first league title since 1994.'}\n",
    )
    assert_top(engine.ask("who won the very first league title?"), "first-season")


def test_how_many_by_a_year_is_the_count_of_that_year(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: juniors, date: 1998-04, text: An under-13 junior league for member clubs began"
        " with ten teams.}\n"
        "  - {id: members-2010, date: 2010, text: By 2010 there were 46 clubs in the league.}\n"
        "  - {id: members-2020, date: 2020, text: The league had 52 member clubs in 2020.}\n",
    )
    assert_top(engine.ask("how many clubs were in the league by 2010?"), "members-2010")


def test_a_date_is_no_count(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: award, date: 2011-06, text: The station's volunteers received the Queen's"
        " Award for Voluntary Service in June 2011.}\n"
        "  - {id: numbers, date: 2018, text: 'By the end of 2018 the station had 140 registered"
        " volunteers, 62 of whom presented a show a month.'}\n"
        "  - {id: founded, date: 1991-03, text: The station was founded by volunteers on 4 March"
        " 1991.}\n",
    )
    assert_top(engine.ask("how many volunteers does the station have"), "numbers")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did we stop being called gateway engineering?", "renamed"),
        ("what did the committee decide about the 2020 season?", "cancelled"),
    ],
)
def test_a_decision_and_a_name_no_longer_used(tmp_path: Path, question: str, fact_id: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: formed, date: 2011-03, text: 'The payments team, then called Gateway"
        " Engineering, was formed with four engineers.'}\n"
        "  - {id: renamed, date: 2018-03, text: Gateway Engineering was renamed the Payments"
        " Platform team.}\n"
        "  - {id: cancelled, date: 2020-03-24, text: The management committee cancelled the 2020"
        " league season because of the pandemic.}\n"
        "  - {id: fees, date: 2019-02, text: The committee raised the league fee for the 2019"
        " season.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_working_closely_is_no_closing(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: dublin, date: 2017-04, text: 'Kestrel opened a hub in Dublin, so the team could"
        " work more closely with its banks.'}\n"
        "  - {id: leeds, date: 2012-05, text: The team moved to a new office in Leeds.}\n",
    )
    answer = engine.ask("When did the Dublin hub close?")
    assert "dublin" not in ids(answer)[:1] or not answer.answered


def test_money_plain_words_and_damage(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: livery, date: 2015-04, text: From April 2015 full livery rose to £165 a week.}\n"
        "  - {id: farm, date: 1994-09, text: Margaret Ashdown bought the freehold of Hollins Lane"
        " Farm.}\n"
        "  - {id: roof, date: 1994-01, text: Heavy snow damaged the roof trusses over the east"
        " stand.}\n"
        "  - {id: solar, date: 2022-06, text: The trust fitted 420 solar panels to the rink"
        " roof.}\n"
        "  - {id: bus, date: 2010-03, text: The group bought its first minibus.}\n",
    )
    assert_top(engine.ask("when did full livery go up to 165 quid?"), "livery")
    assert_top(engine.ask("when did margaret buy the farm outright?"), "farm")
    assert_top(engine.ask("when did the roof cave in under the snow?"), "roof")
    assert_top(engine.ask("when did they stick solar on the roof?"), "solar")
    assert_top(engine.ask("when did we get our own van?"), "bus")


def test_a_fact_that_names_someone_as_the_one_succeeded_is_not_about_them(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: desmond, date: 1998-04, text: 'Desmond Okafor, a hospital pharmacist, was"
        " elected chair at the April 1998 AGM.'}\n"
        "  - {id: priya, date: 2011-03, text: 'Priya Raman succeeded Desmond Okafor as chair in"
        " March 2011, becoming the youngest chair in its history.'}\n"
        "  - {id: hall, date: 2005-01, text: The society moved its screenings to the church"
        " hall.}\n"
        "  - {id: festival, date: 2008-10, text: The first Tollgate film festival ran for a"
        " week.}\n"
        "  - {id: projector, date: 2021-02, text: A laser projector was installed.}\n",
    )
    assert_top(engine.ask("when did desmond okafr become chair"), "desmond")
    assert_top(engine.ask("who succeeded Desmond Okafor?"), "priya")


def test_who_took_over_when_someone_left_may_be_one_fact(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pike, date: 1987, until: 1996-04, text: 'Harold Pike, tower captain at"
        " Aldbury, served as the first Master.'}\n"
        "  - {id: lund, date: 1999, text: 'Margaret Lund took over as tower captain at St"
        " Mary''s, Aldbury, in 1999 when Harold Pike retired from ringing.'}\n"
        "  - {id: kemble, date: 2011-01, text: 'Gareth Evans was appointed tower captain at"
        " All Saints, Kemble.'}\n",
    )
    answer = engine.ask("Who took over as tower captain at Aldbury when Harold retired?")
    assert ids(answer)[:1] == ["lund"]


def test_who_took_over_when_someone_left_is_told_by_their_leaving_not_their_start(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1991-03, text: Margaret and Dennis Alder founded the donkey"
        " sanctuary.}\n"
        "  - {id: dennis, date: 2002-11, text: 'Dennis Alder died in November 2002, and Margaret"
        " Alder took over as chair of the trustees.'}\n"
        "  - {id: colin, date: 2010-05, until: 2017-12, text: 'Margaret Alder stepped down as"
        " chair of trustees in May 2010 and Colin Hart was elected chair in her place.'}\n"
        "  - {id: gareth, date: 2008-02, text: Herdsman Gareth Pryce took over as farm"
        " manager.}\n"
        "  - {id: priya, date: 2016-01, text: 'In January 2016 Gareth Pryce left to take on a"
        " farm of his own in Powys, and Priya Lathwell was appointed farm manager.'}\n"
        "  - {id: pam, date: 1997-04, until: 2010-09, text: Pam Holroyd was taken on as the first"
        " shop manager and ran the shop until she retired.}\n"
        "  - {id: imogen, date: 2010-09, until: 2019-04, text: Imogen Tate took over as shop"
        " manager when Pam Holroyd retired.}\n"
        "  - {id: jess, date: 2019-04, text: Jess Amory became shop manager.}\n"
        "  - {id: cattle, date: 2005-05, text: The farm bought Welsh Black cattle from a breeder"
        " in Wales.}\n",
    )
    assert_top(engine.ask("who took over as chair when margaret stopped?"), "colin")
    assert_top(engine.ask("who ended up running the farm when gareth went off to wales?"), "priya")
    assert_top(engine.ask("Who took over behind the till when Pam called it a day?"), "imogen")


def test_what_became_of_a_thing_after_an_event_may_be_told_with_the_event(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fab1, date: 1991-06, text: Varden opened its Carrick fab with a single 150 mm"
        " cleanroom; it became known as Fab 1.}\n"
        "  - {id: shutdown, date: 2020-12, text: 'The original 150 mm line in Fab 1 was shut"
        " down in December 2020; its cleanroom was stripped and rebuilt as a pilot line.'}\n"
        "  - {id: euv, date: 2021-11, text: The board decided against buying EUV scanners.}\n"
        "  - {id: linux-3, date: 2011-07, text: Linux 3.0 was released as the new kernel"
        " version.}\n"
        "  - {id: linux-4, date: 2015-04, text: Kernel version 4.0 came out in April 2015.}\n",
    )
    answer = engine.ask("What became of the Fab 1 cleanroom after the 150 mm line closed?")
    assert_top(answer, "shutdown")
    # ... but a question for the next of a kind is not answered by the anchor itself
    assert_top(engine.ask("which kernel version came after 3.0?"), "linux-4")


def test_a_year_before_a_noun_may_name_the_thing_not_the_time(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: roof, date: 1988-03, text: 'The song school roof, badly damaged in the storm"
        " of October 1987, was stripped and re-slated.'}\n"
        "  - {id: tour, date: 1987-07, text: The choir toured the Netherlands.}\n"
        "  - {id: organ, date: 1987-02, text: The organ was cleaned and retuned.}\n"
        "  - {id: flood-2007, date: 2007-07, text: In July 2007 the River Wenning burst its"
        " banks and flooded the Corn Exchange.}\n"
        "  - {id: flood-2015, date: 2015-12, text: 'Floodwater reached the Corn Exchange again;"
        " since the 2007 flood the seed has been kept on raised shelving.'}\n",
    )
    assert_top(engine.ask("what did the 1987 storm damage?"), "roof")
    # ... but a fact of that year that tells of the thing comes first
    assert_top(engine.ask("when did the 2007 flood hit?"), "flood-2007")


def test_taking_over_the_running_of_a_business_is_a_succession(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: gale, date: 2002-01, text: A January gale flattened half of Long Meadow.}\n"
        "  - {id: clare, date: 2003-05, text: Arthur Pennock retired and his daughter Clare"
        " Pennock took over the running of the farm.}\n"
        "  - {id: press, date: 2005-09, text: A new belt press was installed in the cider"
        " barn.}\n"
        "  - {id: shop, date: 2008-04, text: Clare Pennock opened the farm shop.}\n",
    )
    assert_top(engine.ask("what was the last thing before Clare took over from her dad?"), "gale")


def test_taking_over_from_a_parent_is_told_by_the_heir_taking_the_role(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: joins, date: 1993-06, text: Peg's daughter Ruth Hartley joined the business"
        " full-time after catering college.}\n"
        "  - {id: md, date: 2008-02, text: 'Ruth Hartley became managing director, with"
        " her mother Peg moving up to chair.'}\n"
        "  - {id: cave, date: 2011-05, text: Ruth opened a maturing cave under the shop.}\n"
        "  - {id: van, date: 2009-03, text: The old van round was revived.}\n"
        "  - {id: tenancy, date: 2003-04, text: Thomas Askew retired and the tenancy passed to"
        " his son David.}\n"
        "  - {id: fbt, date: 2004-11, text: David Askew signed a fifteen-year tenancy.}\n",
    ) as engine:
        assert_top(engine.ask("when did ruth take over from her mum?"), "md")
        assert_top(engine.ask("what came next after David took over from his dad?"), "fbt")


def test_who_held_someones_role_before_or_after_them_is_told_by_the_role(
    tmp_path: Path,
) -> None:
    # No tags: the role is the one the fact names ("became retail manager")
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: colin, date: 1999-09, until: 2008-02, text: Colin Pryce took over as shop"
        " manager in September 1999 and ran the shop until February 2008.}\n"
        "  - {id: refit, date: 2005-04, text: The shop was refitted by Harper Design.}\n"
        "  - {id: tasha, date: 2008-03, until: 2019-06, text: Tasha Okoye became retail"
        " manager in March 2008 and left in June 2019.}\n"
        "  - {id: award, date: 2016-03, text: The shop won a retail award presented by Dame"
        " Ann Lowe.}\n"
        "  - {id: jo, date: 2019-07, text: Jo Marsh became retail manager in July 2019.}\n",
    ) as engine:
        for question in (
            "who did Tasha take over from?",
            "who came before tasha?",
            "who held the job before tasha?",
        ):
            assert_top(engine.ask(question), "colin")
        assert_top(engine.ask("who came after colin?"), "tasha")
        assert_top(engine.ask("who took over from Tasha?"), "jo")
        assert_top(engine.ask("who replaced tasha?"), "jo")


def test_an_identifier_names_one_that_goes_on_from_it_in_letters(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: kdf, date: 2019-10, text: Vaultline 4.0 came out with Argon2id as the key"
        " derivation function.}\n"
        "  - {id: v21, date: 2021-03, text: Vaultline v21 added passkeys.}\n"
        "  - {id: audit, date: 2020-05, text: An outside firm audited the browser extension.}\n",
    ) as engine:
        assert_top(engine.ask("when did we get argon2?"), "kdf")
        # ... in letters only: v2 is no v21
        assert "v21" not in ids(engine.ask("when did v2 ship?"))[:1]


def test_the_first_of_a_thing_may_be_called_the_first_of_a_word_near_it(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: rain, date: 1992-03, text: 'Our first fragrance, Downland Rain, went on sale"
        " in March 1992.'}\n"
        "  - {id: vetiver, date: 1994-11, text: Ouse Vetiver was launched as a new perfume.}\n"
        "  - {id: priya, date: 2000-02, text: Priya Nandakumar joined as a junior perfumer.}\n"
        "  - {id: shop, date: 2008-06, text: The perfume shop moved to Lewes.}\n",
    ) as engine:
        assert_top(engine.ask("what was our very first perfume?"), "rain")


def test_when_someone_took_over_from_someone_is_told_by_their_taking_over(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: dorothy, date: 1991-03, until: 2002-04, text: Dorothy Pell served as the"
        " group's first coordinator.}\n"
        "  - {id: gareth, date: 2002-04, until: 2011-10, text: Gareth Owusu took over as"
        " coordinator in April 2002.}\n"
        "  - {id: survey, date: 2005-06, text: Gareth led the first river survey.}\n"
        "  - {id: boat, date: 2008-05, text: The survey boat was replaced after a storm.}\n",
    ) as engine:
        assert_top(engine.ask("when did gareth take over from dorothy?"), "gareth")
        # ... though one the base never heard of is not ours
        assert not engine.ask("when did gareth take over from priyanka?").answered
        # "replaced by" names the heir, not the one replaced
        assert not engine.ask("when was gareth replaced by a paid officer?").answered


def test_a_season_wiped_out_was_abandoned(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: covid, date: 2020-03-17, text: The 2019-20 season was abandoned because of"
        " the coronavirus pandemic.}\n"
        "  - {id: resumed, date: 2021-09, text: League darts resumed after the pandemic with"
        " fourteen teams in the new season.}\n"
        "  - {id: rules, date: 2021-12, text: Covid rules kept the season's presentation night"
        " to fifty guests.}\n",
    ) as engine:
        assert_top(engine.ask("when did covid wipe out the season?"), "covid")


def test_going_online_is_told_by_running_online(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: online, date: 2020-10, text: Because of the Covid-19 pandemic the October"
        " 2020 festival ran online only.}\n"
        "  - {id: website, date: 2001-05, text: The festival's first website went live.}\n"
        "  - {id: capped, date: 2021-10, text: Covid rules capped the 2021 audience at half"
        " capacity.}\n",
    ) as engine:
        assert_top(engine.ask("when did we go onlien only becuase of covid"), "online")


def test_a_phrase_weighs_as_its_everyday_words(tmp_path: Path) -> None:
    # "in charge" is read as one token, "incharge", in no dictionary: it weighs as the
    # everyday words it stands for, not as a rare word the fact must hold
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: hale, date: 1986-09, until: 1994-05, text: Dennis Hale was elected the"
        " league's first chairman and held the post until he stood down.}\n"
        "  - {id: plough, date: 2011-02, text: The Plough Inn closed and was demolished.}\n"
        "  - {id: trophy, date: 1999-05, text: The Hale Trophy was first played for.}\n",
    ) as engine:
        assert_top(engine.ask("how long was dennis hale in charge?"), "hale")


def test_a_phrase_the_base_tells_in_other_words_is_not_told_by_one_of_its_words(
    tmp_path: Path,
) -> None:
    # "change their name" is a renaming: "named the Tebbutt Cup" holds its "name", no more
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: cup, date: 1976-04, text: 'The knockout cup, named the Tebbutt Cup after"
        " chairman Ron Tebbutt, was first played for in April 1976 and won by the Crown and"
        " Anchor''s Anchor Boys.'}\n"
        "  - {id: allsorts, date: 1995-09, text: 'The Crown and Anchor''s team, the Anchor Boys,"
        " renamed themselves the Anchor Allsorts in September 1995.'}\n"
        "  - {id: league, date: 2003-06, text: The league was renamed the Vale Pool League.}\n",
    ) as engine:
        assert_answers(engine.ask("what did the Anchor Boys change their name to?"), "allsorts")


def test_taking_a_role_tells_nothing_of_leaving_it(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: marcus, date: 2019-03, text: Marcus Webb became team lead.}\n"
        "  - {id: sofia, date: 2023-01, text: Sofia Ramos became team lead after Marcus Webb"
        " left Acme.}\n"
        "  - {id: office, date: 2021-06, text: The team moved into an office in Manchester.}\n",
    ) as engine:
        assert not engine.ask("When did Sofia Ramos step down as lead?").answered
        assert_top(engine.ask("when did sofia ramos become lead?"), "sofia")


def test_the_mens_team_is_not_the_womens(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: men, date: 2018-05, text: The men won the county title and were promoted to"
        " the National League.}\n"
        "  - {id: women, date: 2023-05, text: The women's team finished top of the county"
        " league and were promoted to the National League.}\n",
    ) as engine:
        assert_top(engine.ask("wen did the mens team get promotd to the national leauge"), "men")
        assert_top(engine.ask("when did the women get promoted to the national league"), "women")


def test_which_of_two_came_first_is_the_earlier_of_their_facts(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: quests, date: 2001-04, text: Six Topper Quest dinghies joined the fleet.}\n"
        "  - {id: picos, date: 1997-05, text: The school bought eight Laser Picos.}\n"
        "  - {id: clubhouse, date: 2012-06, text: The Gull Point clubhouse opened.}\n",
    )
    first = engine.ask("which came first, the picos or the quests?")
    assert first.status == "answered" and ids(first)[:2] == ["picos", "quests"]
    assert ids(engine.ask("which came last: the picos or the quests"))[:1] == ["quests"]
    # ... and only when both are found: "the catamarans" are not in the base
    unfound = engine.ask("which came first, the picos or the catamarans?")
    assert unfound.status == "declined" and "catamarans" in decline_text(unfound)


def test_which_of_two_came_first_compares_their_beginnings(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: tour, date: 1987-07, text: The club ran its first Tour of Wessex road run.}\n"
        "  - {id: normandy, date: 1994-05, text: Forty cars crossed for the first Normandy"
        " rally.}\n"
        "  - {id: cancelled, date: 2001-04, text: The Tour of Wessex was cancelled because of"
        " foot-and-mouth disease.}\n",
    )
    answer = engine.ask("which came first, the tour of wessex or the normandy rally?")
    assert ids(answer)[:2] == ["tour", "normandy"]


def test_the_warden_runs_the_hut(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: haller, date: 1983-07, until: 1996, text: Josef and Maria Haller were the first"
        " wardens of the Kessel Hut.}\n"
        "  - {id: steiner, date: 2013-06, text: Lukas and Anna Steiner became the wardens of the"
        " Kessel Hut.}\n"
        "  - {id: solar, date: 2003, text: Solar panels were fitted at the Kessel Hut.}\n"
        "  - {id: sailer, date: 1991, until: 2005, text: Hedwig Sailer led the association as"
        " president.}\n",
    )
    assert_top(engine.ask("who runs the kessel hut now?"), "steiner")


def test_who_took_over_from_someone_is_told_by_the_one_who_handed_over(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 2004-02, text: 'Kestrel Youth Ballet, a touring company of 16"
        " senior students, was set up in February 2004 with Marcus Bell as its artistic"
        " director.'}\n"
        "  - {id: change, date: 2014-09, tags: [touring, leadership], text: 'Marcus Bell"
        " stepped down as artistic director of"
        " Kestrel Youth Ballet in September 2014 and handed over to Priya Raman, a former"
        " Rambert dancer.'}\n"
        "  - {id: tour, date: 2009-07, text: The touring company visited Japan.}\n"
        "  - {id: other, date: 2016-01, text: The touring company took on a second pianist.}\n",
    )
    assert_top(engine.ask("who took over the touring company from Marcus Bell?"), "change")


def test_who_took_over_when_someone_retired_may_be_the_handover_itself(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: robert, date: 1988-04, text: Robert Pryce opened the first shop in Ludlow.}\n"
        "  - {id: carys, date: 2001-06, text: Robert Pryce retired in June 2001 and his daughter"
        " Carys Pryce became managing director.}\n"
        "  - {id: owen, date: 2014-02, text: Owen Lloyd was appointed managing director.}\n",
    )
    answer = engine.ask("who took over as MD when Robert Pryce retired?")
    assert ids(answer)[:1] == ["carys"]


def test_who_took_over_from_someone_when_they_retired_is_told_by_the_handover(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1987-03, text: Walter Marrick founded the glassworks.}\n"
        "  - {id: joanna, date: 2001-01, text: 'Walter Marrick retired at the start of 2001 and"
        " handed the business to his daughter, Joanna Marrick, who became managing director.'}\n"
        "  - {id: died, date: 2009-11, text: Founder Walter Marrick died in November 2009.}\n",
    )
    answer = engine.ask("Who took over from Walter Marrick when he retired?")
    assert ids(answer)[:1] == ["joanna"]


def test_who_stood_in_after_someone_left_may_be_the_handover_itself(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: brennan, date: 2009-03, text: Martin Brennan was appointed desk manager.}\n"
        "  - {id: fairley, date: 2015-01, text: 'After Martin Brennan left, deputy manager Tom"
        " Fairley ran the desk as interim manager for six weeks.'}\n"
        "  - {id: raman, date: 2015-02, text: Priya Raman was appointed desk manager.}\n",
    )
    answer = engine.ask("who stood in as manager after Brennan left")
    assert ids(answer)[:1] == ["fairley"]


def test_a_move_to_a_place_is_not_the_move_away_from_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: emis, date: 2001-05, text: The practice moved from VAMP to EMIS LV version"
        " 5.2.}\n"
        "  - {id: systmone, date: 2014-10, text: The clinical system was switched from EMIS LV"
        " to SystmOne.}\n"
        "  - {id: flood, date: 2007-06, text: The surgery flooded.}\n"
        "  - {id: merger, date: 2016-04, text: The practice merged with Riverside.}\n",
    )
    assert_top(engine.ask("when did we switch to emis?"), "emis")
    assert_top(engine.ask("when did we switch to systmone?"), "systmone")


def test_a_rise_to_a_sum_is_not_told_by_a_rise_from_another_sum(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fee, date: 2018-01, text: 'Annual family membership went up from £10 to £15"
        " in January 2018.'}\n"
        "  - {id: award, date: 2017-12, text: Arthur Penrose was Volunteer of the Year for"
        " 2017.}\n"
        "  - {id: van, date: 2021-06, text: An electric van was bought for £15 thousand.}\n",
    )
    assert_top(engine.ask("when did membership go up to £15?"), "fee")


def test_how_many_prefers_the_fact_that_counts_the_thing_asked_about(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 2019-08-17, tags: [fire, warehouse], questions: [when did the"
        " warehouse burn], text: 'A lightning strike set fire to Warehouse No. 2 on 17 August"
        " 2019; about 340 casks were destroyed before crews brought it under control.'}\n"
        "  - {id: ember, date: 2020-11, tags: [release, fire], text: 'Casks that survived the"
        " 2019 warehouse fire were bottled as Ardcraig Ember; part of the proceeds from its"
        " 2,200 bottles went to the Tarbert fire station.'}\n"
        "  - {id: still, date: 2011-05, text: A second spirit still was installed.}\n",
    )
    assert_top(engine.ask("how many casks did we lose in the warehouse fire"), "fire")


def test_what_caused_prefers_a_fact_that_gives_a_cause(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: crash, date: 1986-11-03, text: 'Cascadia Flight 212 crashed short of the runway"
        " at Pasco, killing 9 of the 31 people on board.'}\n"
        "  - {id: report, date: 1988-01, text: The NTSB report on the Flight 212 crash blamed ice"
        " that had built up on the wings.}\n"
        "  - {id: fire, date: 2015-03, text: 'A faulty charger caused a fire in the electronics"
        " room; the space was shut for a month.'}\n"
        "  - {id: laser, date: 2016-05, text: The first laser cutter was installed.}\n"
        "  - {id: move, date: 2012-09, text: The space moved into a railway arch.}\n",
    )
    # The base says "caused" (of the fire), but the crash's cause is told as blame
    assert_top(engine.ask("What caused the Flight 212 crash?"), "report")
    assert_top(engine.ask("what caused the 2015 fire?"), "fire")
    assert parse_question("why did the pier close?", today=TODAY).asks_cause
    assert not parse_question("what did the fire destroy?", today=TODAY).asks_cause
    assert parse_question("what was the 2008 walkout about?", today=TODAY).asks_cause


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What started the 2004 fire?", "fire"),  # the base never says "started"
        ("what was the walkout about", "walkout"),  # "in protest over ..."
    ],
)
def test_a_question_for_a_cause_is_covered_by_a_fact_that_gives_one(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 2004-11-06, text: 'On 6 November 2004 a fire caused by a faulty water"
        " heater gutted the kitchen of the hall.'}\n"
        "  - {id: reopen, date: 2005-09, text: The hall reopened after the 2004 fire with a new"
        " kitchen.}\n"
        "  - {id: walkout, date: 2013-09-20, text: About 120 staff walked out for a day in protest"
        " over the Tidebreaker crunch.}\n"
        "  - {id: cap, date: 2014-01, text: 'Management capped overtime at 45 hours a week, a"
        " direct response to the walkout.'}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_what_went_wrong_asks_for_what_happened(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: flood, date: 2013-04, text: The 2013 race was shortened to 30 km after the"
        " river flooded the towpath.}\n"
        "  - {id: record, date: 2016-04, text: Tigist Alemu set the course record.}\n"
        "  - {id: loop, date: 1993-04, text: The course became one loop round the river.}\n"
        "  - {id: sponsor, date: 2001-01, text: The building society began sponsoring it.}\n"
        "  - {id: entries, date: 2019-04, text: Entries passed 10000 for the first time.}\n",
    )
    assert_top(engine.ask("what went wrong at the 2013 race?"), "flood")


def test_what_caused_asks_for_a_cause_told_in_other_words(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: snow, date: 2009-12, text: Heavy snow on the dishes took the station off air"
        " for 31 hours in an outage.}\n"
        "  - {id: gale, date: 2005-01, text: A gale tore the cover off the radome.}\n"
        "  - {id: shifts, date: 2012-04, text: The station began round-the-clock shifts.}\n"
        "  - {id: redesign, date: 1998, text: 'Desmond Fairlie came back to redesign the 4th,"
        " 5th and 11th holes, adding 14 bunkers.'}\n"
        "  - {id: clubhouse, date: 2001, text: The new clubhouse was designed by Ann Pike.}\n",
    )
    assert_top(engine.ask("what caused the 2009 outage"), "snow")
    assert_top(engine.ask("what did the 1998 redesign involve"), "redesign")
    assert_top(engine.ask("what damage did the 2005 gale do?"), "gale")
    assert_top(engine.ask("when did we go 24/7?"), "shifts")


def test_a_switch_from_something_is_told_by_what_replaced_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: osm, date: 2014-09, text: From September 2014 the group kept its membership"
        " records in Online Scout Manager instead of the old paper registers.}\n"
        "  - {id: bus, date: 2010-03, text: The group bought its first minibus.}\n"
        "  - {id: charity, date: 1996-02, text: The group was registered as a charity.}\n"
        "  - {id: hut, date: 1988-05, text: The group moved to the Mill Lane hut.}\n",
    )
    assert_top(engine.ask("what did the group switch to from the paper registers?"), "osm")


def test_the_first_holder_of_a_role_named_with_the_base_own_possessive(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: doreen, date: 1986-04, until: 1997-03, text: 'Doreen Pickering kept the"
        " minutes, the rent book and the waiting list as secretary from 1986 until March"
        " 1997.'}\n"
        "  - {id: ingrid, date: 2009-03, tags: [secretary], text: Ingrid Lindqvist became"
        " secretary in March 2009 and still holds the post.}\n"
        "  - {id: society, date: 1986-01, text: The allotment society was founded.}\n"
        "  - {id: flood, date: 2007-07, text: The lower plots flooded.}\n",
    )
    assert_top(engine.ask("who was the society's first secretary?"), "doreen")


def test_the_first_of_a_kind_defined_by_what_was_asked(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: phase1, date: 2009-09, until: 2011-03, text: Phase 1 of the fibre rollout laid"
        " 48 km of cable through the upper valley villages.}\n"
        "  - {id: garth, date: 2010-02-19, text: 'Garth End was the first village to get a live"
        " fibre connection, on 19 February 2010.'}\n"
        "  - {id: phase2, date: 2012-05, text: Phase 2 of the fibre rollout reached the lower"
        " villages.}\n",
    )
    assert_top(engine.ask("which village got fibre first?"), "garth")


def test_arriving_is_joining_and_a_turnout_is_a_crowd(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: tecnam, date: 2011-09, text: Two Tecnam P2002-JF trainers joined the fleet.}\n"
        "  - {id: nosewheel, date: 2016-03, text: A Tecnam nosewheel collapsed on landing.}\n"
        "  - {id: open, date: 2012-05, text: The 25th Brackwell Open attracted a record 186"
        " players.}\n",
    )
    assert_top(engine.ask("when did the tecnams arive"), "tecnam")
    assert_top(engine.ask("when was the record turnout at the brackwell opne"), "open")


def test_a_handover_fact_answers_who_took_over(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1988-05-28, text: Brackenfield opened as a farm park on Gordon"
        " and Elsie Ashworth's dairy land.}\n"
        "  - {id: karen, date: 1999-10, text: 'Gordon Ashworth retired in October 1999 and his"
        " daughter, Karen Ashworth-Pryce, took over as managing director.'}\n"
        "  - {id: ferris, date: 2012-03, text: Declan Ferris was appointed general manager.}\n",
    )
    assert_top(engine.ask("who took over from gordon ashworth?"), "karen")


def test_an_abbreviation_finds_what_it_stands_for(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: airfield, date: 1983-03, text: Graham and Ruth Ellery bought the RAF airfield"
        " from the Ministry of Defence.}\n"
        "  - {id: graham, date: 1984-05, until: 1998-11, text: Graham Ellery ran the circuit as"
        " managing director from its opening.}\n"
        "  - {id: priya, date: 2005-02, text: Priya Nair became circuit manager.}\n",
    )
    assert_top(engine.ask("who was the first MD here?"), "graham")


def test_who_runs_it_now_is_the_latest_to_take_or_hold_the_role(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: anna, date: 2008-04, until: 2016-04, tags: [president], text: Anna Lindqvist"
        " succeeded Peter Venn as president in April 2008 and served until April 2016.}\n"
        "  - {id: ravi, date: 2016-04, tags: [president], text: Ravi Desai was elected president"
        " at the annual general meeting in April 2016 and still holds the post.}\n"
        "  - {id: room, date: 2017-06, tags: [clubhouse], text: 'In June 2017 the teaching room"
        " was named the Hollis Room in memory of Margaret Hollis, the club''s first president.'}\n"
        "  - {id: catalogue, date: 2012-05, text: The print works printed the Pennine Outdoor"
        " catalogue.}\n",
    )
    assert_top(engine.ask("who's president now?"), "ravi")


def test_the_heir_comes_after_the_predecessor_time_in_the_role(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: okafor, date: 2004-09, until: 2013-03, text: 'Daniel Okafor, previously chief"
        " economist at a housing association, was director from September 2004 to March"
        " 2013.'}\n"
        "  - {id: lecture, date: 2007, approx: late, text: 'The annual Ellory Lecture, named"
        " after the founding director, was first given in late 2007 at Leeds Town Hall.'}\n"
        "  - {id: lindqvist, date: 2013-03, until: 2019-07, text: Sara Lindqvist led the"
        " institute from March 2013 until she resigned in July 2019.}\n",
    )
    assert_top(engine.ask("who replaced Daniel Okafor as director?"), "lindqvist")


def test_a_span_tells_when_its_thing_was_finished(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: cwm, date: 2016-05, until: 2018-11, text: 'Cwm Ddu, a model of a Welsh slate"
        " quarry line, was built between May 2016 and November 2018 and was the first layout"
        " designed for DCC from the start.'}\n"
        "  - {id: quay, date: 2001-04, text: Harbridge Quay won a gold award.}\n"
        "  - {id: fire, date: 2009-02, text: A fire damaged the clubroom.}\n",
    )
    assert_top(engine.ask("when did cwm ddu get finished?"), "cwm")


def test_a_narrowed_first_is_answered_by_a_narrowed_first(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: shed, date: 1986-09, tags: [clubroom], text: 'In September 1986 the society"
        " took a lease on the disused goods shed in Harbridge station yard, its first permanent"
        " clubroom.'}\n"
        "  - {id: hut, date: 1992-03, until: 1994-06, text: 'With no clubroom after the fire,"
        " members met in the Scout hut on Mill Lane.'}\n"
        "  - {id: foundry, date: 2014-09, text: 'The society moved into the paint shop on"
        " Foundry Road; it was the first clubroom the society owned outright.'}\n",
    )
    assert_top(engine.ask("where was our first proper clubroom"), "shed")


def test_a_first_narrowed_otherwise_yields_to_the_first_narrowed_as_asked(
    tmp_path: Path,
) -> None:
    # both call themselves the first warden, but only one the first paid one
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: ridley, date: 1998-04, until: 2007-06, text: 'In April 1998 Alan Ridley became"
        " the coast''s first fossil warden, a voluntary post appointed by the district"
        " council.'}\n"
        "  - {id: falconer, date: 2007-06, until: 2016-05, text: 'Jenny Falconer was appointed"
        " in June 2007 as the coast''s first paid warden, employed by the Coast Partnership.'}\n"
        "  - {id: walks, date: 2001-07, text: The club began guided fossil walks on the beach.}\n",
    )
    assert_answers(engine.ask("when did we get our first paid warden?"), "falconer")
    assert_answers(engine.ask("who was our first fossil warden?"), "ridley")


def test_a_plain_first_does_not_answer_a_narrowed_first_it_lacks(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: ashby, date: 1991-09, until: 1998-06, text: 'Margaret Ashby was the library''s"
        " first coordinator, an unpaid role.'}\n"
        "  - {id: whitlock, date: 2010-01, text: Tom Whitlock became the first paid coordinator"
        " on a 20-hour contract.}\n"
        "  - {id: santos, date: 2016-10, text: Lucia Santos has been coordinator since October"
        " 2016.}\n"
        "  - {id: lottery, date: 2002-02, text: A lottery grant paid for new shelving.}\n"
        "  - {id: van, date: 2006-02, text: The council paid for a second-hand van.}\n"
        "  - {id: nurse, date: 1989-05, text: 'Eileen Marsh joined as the practice''s first"
        " nurse.'}\n"
        "  - {id: anp, date: 2015-06, text: 'Gemma Trask became the practice''s first advanced"
        " nurse practitioner.'}\n",
    )
    assert_top(engine.ask("Who was our first paid coordinator?"), "whitlock")
    # ... but a fact that holds the narrowing word elsewhere still calls itself the first
    assert_top(engine.ask("who was our first practice nurse?"), "nurse")


def test_made_bigger_is_extended_sewage_is_wastewater_and_a_hit_a_strike(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1968-07, text: The Lindtal Hut opened with 40 bunks.}\n"
        "  - {id: extension, date: 2014-05, until: 2015-06, text: The Lindtal Hut was extended"
        " with a new wing holding 20 more bunks.}\n"
        "  - {id: plant, date: 2009, text: A small biological wastewater treatment plant was"
        " built for the Kessel Hut.}\n"
        "  - {id: rebuilt, date: 1992-06, questions: [when was the kessel hut rebuilt after the"
        " avalanche], text: After the 1991 avalanche the Kessel Hut was rebuilt on a safer"
        " site.}\n"
        "  - {id: avalanche, date: 1991-02-17, text: An avalanche off the north face struck the"
        " Kessel Hut while it was closed for the winter.}\n"
        "  - {id: bell, date: 1999-08, text: A bell was hung in the old chapel by the Lindtal"
        " Hut.}\n"
        "  - {id: chapel, date: 2006-08, text: Volunteers restored the old chapel by the Lindtal"
        " Hut.}\n",
    )
    assert_top(engine.ask("when was the lindtal hut made bigger"), "extension")
    assert_top(engine.ask("when did the old chapel get fixed up?"), "chapel")
    assert_top(engine.ask("when did the lindtal hut get bigger"), "extension")
    assert_top(engine.ask("when did the Kessel hut get proper sewage treatment?"), "plant")
    assert_top(engine.ask("when did the avalanche hit the kessel hut"), "avalanche")


def test_renting_is_hiring_and_a_peak_is_a_record(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: lanes, date: 2004-09, text: The club agreed to hire three lanes at the"
        " university pool on Tuesday evenings.}\n"
        "  - {id: record, date: 2021-12, text: Membership reached a record 5200 member-owners.}\n"
        "  - {id: gala, date: 1999-06, text: The club held its first open gala.}\n",
    )
    assert_top(engine.ask("when did we start renting lanes from the university"), "lanes")
    assert_top(engine.ask("how many member-owners did we have at our peak"), "record")


def test_a_count_is_its_ordinal_dug_is_dig_and_a_revamp_a_refurbishment(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: bike, date: 2018-06, text: 'Ferrymead refurbished its 5,000th bike in June"
        " 2018.'}\n"
        "  - {id: castle, date: 2019-08, text: In August 2019 the society dug three trenches at"
        " Kellbridge Castle.}\n"
        "  - {id: museum, date: 2016-01, until: 2017-05, text: The county museum closed for a"
        " refurbishment.}\n",
    )
    assert_top(engine.ask("when did we hit 5000 bikes refurbished"), "bike")
    assert_top(engine.ask("wen did we dig at kellbridge castel"), "castle")
    assert_top(engine.ask("when was the county museum shut for the revamp"), "museum")


def test_an_ordinal_is_its_count(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: alan, date: 2014-08-09, text: Alan Pryce became the first runner to complete"
        " 500 runs at Fenwick Mere.}\n"
        "  - {id: course, date: 2012-03, text: The course moved to the lakeside path.}\n"
        "  - {id: freeze, date: 2010-12, text: Snow cancelled three runs in a row.}\n",
    ) as engine:
        assert_top(engine.ask("when did alan pryce do his 500th run"), "alan")
        assert_top(engine.ask("when did alan pryce do his 600th run"), None)


def test_where_something_went_after_a_place_is_told_by_the_move_from_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: dig, date: 2009-07, text: The society dug a Roman villa at Stanwell.}\n"
        "  - {id: wickham, date: 2013-06, text: In June 2013 the field school moved from"
        " Coldharbour Lane to a cemetery at Wickham St Giles.}\n"
        "  - {id: brooch, date: 2014-08, text: The field school found a saucer brooch at"
        " Wickham.}\n",
    )
    answer = engine.ask("where did the field school go after Coldharbour Lane?")
    assert ids(answer)[:1] == ["wickham"]


def test_before_an_event_the_nearest_of_the_facts_that_fit_well(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: loft, date: 1984-06, until: 1997-09, questions: [where was the lifeboat kept],"
        " text: From June 1984 until September 1997 the lifeboat was kept in a rented net loft"
        " on Quay Street.}\n"
        "  - {id: atlantic, date: 1993-03, tags: [boats], text: In March 1993 the Atlantic 75"
        " Kathleen Ross arrived at Porthcarrow.}\n"
        "  - {id: appeal, date: 1995, approx: early, until: 1997-06, text: The Boathouse Appeal"
        " raised money for a proper boathouse.}\n",
    )
    answer = engine.ask("where was the boat kept before we had a proper boathouse?")
    assert ids(answer)[:1] == ["loft"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what happened to the old 400 MHz NMR", "retired"),
        ("whatever happened to the Corran Star?", "fire"),
        ("when was the 400 MHz NMR installed?", "installed"),
        ("what happened to the original Wend Cup?", "stolen"),  # not the first fact of it
    ],
)
def test_what_happened_to_a_thing_asks_for_its_end_or_a_mishap(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: installed, date: 1995-02, text: 'A Bruker 400 MHz NMR spectrometer, the lab''s"
        " first, was installed in February 1995.'}\n"
        "  - {id: retired, date: 2016-03, text: The original 400 MHz NMR was decommissioned after"
        " 21 years of service.}\n"
        "  - {id: launch, date: 1998-05, text: The ferry Corran Star was launched at the yard for"
        " the Torsay crossing as the largest hull built there.}\n"
        "  - {id: fire, date: 2009-11, text: Fire destroyed the Corran Star's engine room.}\n"
        "  - {id: cup, date: 1987, text: The Wend Cup was first presented in 1987.}\n"
        "  - {id: stolen, date: 2004-08, text: The original Wend Cup was stolen in August 2004.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_where_a_thing_is_now_is_where_it_last_moved_to(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1991-09, text: The lab was founded in the basement of the"
        " Frankland Building.}\n"
        "  - {id: decant, date: 2012-10, until: 2014-04, text: The group worked from temporary"
        " modular labs on the Barton Road car park.}\n"
        "  - {id: riverside, date: 2019-01, text: The lab moved to Building R4 at the Riverside"
        " Science Park.}\n"
        "  - {id: autoclave, date: 2022-03, text: An autoclave door seal failed in the lab's"
        " wash room in Building R4; no one was hurt.}\n",
    )
    answer = engine.ask("where's the lab based these days?")
    assert ids(answer)[:1] == ["riverside"]
    assert answer.status == "answered"


def test_where_we_are_now_is_where_we_last_moved_to_not_a_move_named_in_passing(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1991-09, text: The toy library opened in St Mark's church hall.}\n"
        "  - {id: market, date: 2004-03, text: The library moved to a shop on Market Street.}\n"
        "  - {id: bench, date: 2009-03, text: Dennis Hale set up a toy repair bench in the Market"
        " Street basement.}\n"
        "  - {id: hub, date: 2016-09, text: The library moved to a larger unit at the Riverside"
        " Community Hub.}\n"
        "  - {id: santos, date: 2016-10, text: Lucia Santos became coordinator a month after the"
        " move to the Riverside Community Hub.}\n",
    )
    answer = engine.ask("where are we based these days?")
    assert ids(answer)[:1] == ["hub"]
    # ... though the base has no word like "based": the last move says it, surely
    (tmp_path / "festival").mkdir()
    engine = small_engine(
        tmp_path / "festival",
        "facts:\n"
        "  - {id: founded, date: 1994-07, text: The jazz festival was first held in the Red"
        " Lion.}\n"
        "  - {id: tanners, date: 2009-04, text: The office moved to 14 Tanner's Yard.}\n"
        "  - {id: maltings, date: 2019-02, text: The festival moved its office into the Old"
        " Maltings on Station Road.}\n"
        "  - {id: sponsor, date: 2021-03, text: The building society became the main"
        " sponsor.}\n",
    )
    answer = engine.ask("where are we based now?")
    assert answer.status == "answered" and ids(answer)[:1] == ["maltings"]
    # A fact of where it has been since is as much a move as one that says "moved"
    (tmp_path / "clocks").mkdir()
    engine = small_engine(
        tmp_path / "clocks",
        "facts:\n"
        "  - {id: founded, date: 1986-04, text: The workshop was founded in a garage on Tanner's"
        " Row.}\n"
        "  - {id: mill, date: 2004-03, text: The workshop relocated to the old printworks on Mill"
        " Lane.}\n"
        "  - {id: yard, date: 2019-06, text: Since June 2019 the workshop has been based at the"
        " Station Yard.}\n"
        "  - {id: staff, date: 2021-01, text: The workshop took on two apprentices.}\n",
    )
    assert ids(engine.ask("where are we based now?"))[:1] == ["yard"]


def test_where_we_were_originally_need_not_name_our_own_body(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1984-04, text: Two doctors opened Millbrook Medical Practice in"
        " a converted house at 14 Station Road.}\n"
        "  - {id: branch, date: 2003-02, text: A branch surgery ran in Kelby village hall two"
        " mornings a week.}\n"
        "  - {id: flood, date: 2007-07, text: The surgery flooded and closed for a month.}\n",
    )
    assert ids(engine.ask("where was the surgery originally?"))[:1] == ["founded"]


def test_where_we_are_based_is_where_our_premises_are_not_where_an_activity_moved(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: wharf, date: 1991-05, text: The club moved into its first clubhouse on Canal"
        " Wharf.}\n"
        "  - {id: brook, date: 2004-09, text: The club moved to the former Scout hall on Brook"
        " Street.}\n"
        "  - {id: moorside, date: 2012-06, text: The club's new clubhouse on Moorside Road was"
        " opened by the mayor.}\n"
        "  - {id: tosses, date: 2014-07, text: After hawk attacks the club moved its training"
        " tosses from Hollin Edge to Scout Moor.}\n"
        "  - {id: show, date: 2016-03, text: The annual show moved to the Winter Gardens in"
        " Blackpool.}\n",
    )
    assert ids(engine.ask("where are we based now?"))[:1] == ["moorside"]


def test_giving_up_on_a_shop_is_its_closing_not_its_opening(tmp_path: Path) -> None:
    # "A second Dice Cellar, known to staff as "Notts", opened ...", not "The Nottingham
    # branch ... closed permanently"
    with evalset_engine(tmp_path, "boardgamecafe") as engine:
        answer = engine.ask("when did we give up on the notts shop for good?")
        assert_top(answer, "nottingham-closes")


def test_a_building_of_our_own_is_the_first_we_owned(tmp_path: Path) -> None:
    # "The band moved into the first band room it owned", not "the band bought new cornets"
    with evalset_engine(tmp_path, "bandstand") as engine:
        answer = engine.ask("When did the band buy a building of its own?")
        assert_top(answer, "bandroom-harbour-works")


def test_where_we_are_based_is_not_where_an_event_of_ours_moved(tmp_path: Path) -> None:
    # the regatta moved to the new clubhouse; we were there already
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: loft, date: 1994-04, text: The school started in a net loft on Quay Street.}\n"
        "  - {id: clubhouse, date: 2007-05-19, text: The new clubhouse at Gull Point opened on"
        " 19 May 2007 with changing rooms and a classroom.}\n"
        "  - {id: regatta, date: 2010-08, text: In 2010 the youth regatta moved from Tregenna"
        " Beach to the new clubhouse at Gull Point.}\n",
    ) as engine:
        assert_answers(engine.ask("where are we based now?"), "clubhouse")


def test_who_ran_it_after_someone_stepped_down_is_the_next_to_take_the_role(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: eleanor, date: 1992-02, until: 2009-03, text: 'Pryce & Askew Ltd was"
        " incorporated in February 1992, and co-founder Eleanor Pryce served as its managing"
        " director until March 2009.'}\n"
        "  - {id: stall, date: 1991-04, text: Eleanor Pryce and Tom Askew first sold cheese from"
        " a market stall.}\n"
        "  - {id: tom, date: 2009-04, until: 2015-06, text: Co-founder Tom Askew took over as"
        " managing director in April 2009 and held the post for six years.}\n"
        "  - {id: mbe, date: 2010-06, text: Eleanor Pryce was appointed MBE for services to"
        " farming.}\n"
        "  - {id: priya, date: 2015-07, text: Priya Raman became managing director in July"
        " 2015.}\n",
    )
    answer = engine.ask("who ran the company after Eleanor stepped down")
    assert answer.answered and ids(answer)[:1] == ["tom"]
    assert answer.anchor is not None and answer.anchor.id == "eleanor"


def test_an_event_known_only_from_a_later_fact_is_followed_by_that_fact(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: choir, date: 1985-09, text: The girls' choir was founded.}\n"
        "  - {id: roof, date: 1988-03, text: 'The song school roof, badly damaged in the storm"
        " of October 1987, was stripped and re-slated.'}\n"
        "  - {id: lp, date: 1989-05, text: The choir made its first commercial recording.}\n"
        "  - {id: report, date: 2023-03, text: The 2022 figures were published in March"
        " 2023.}\n"
        "  - {id: printer, date: 2023-06, text: The cafe added a 3D printer.}\n",
    )
    answer = engine.ask("What did they do after the 1987 storm?")
    assert ids(answer)[:1] == ["roof"]
    assert answer.anchor is None  # the answer is the fact that tells of the storm
    # ... but a fact that tells of its own event, dated later than the year it names, is that
    # event: what came after it is the next fact
    assert ids(engine.ask("what did they do after the 2022 figures were published?"))[:1] == [
        "printer"
    ]


def test_a_numbered_one_the_base_does_not_have_is_declined(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: one, date: 2012-05, text: 'The co-op opened its first share offer, raising"
        " £400,000 for the solar farm.'}\n"
        "  - {id: two, date: 2015-03, text: A second share offer opened in March 2015 to fund"
        " the Millbrook turbine.}\n"
        "  - {id: three, date: 2018-09, text: The third share offer opened in September 2018 for"
        " the battery store.}\n"
        "  - {id: agm, date: 2019-06, text: The AGM voted to pay members interest of 3 per"
        " cent.}\n",
    )
    assert not engine.ask("When did the fourth share offer open?").answered
    assert ids(engine.ask("when did the second share offer open?"))[:1] == ["two"]


def test_a_fact_of_another_numbered_one_contradicts_the_one_asked(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: debut, date: 2004-05, text: 'The orchestra released its first CD, Westmoor"
        " Pictures.'}\n"
        "  - {id: second, date: 2009-03, text: 'Its second CD, Harbour Lights, came out in March"
        " 2009.'}\n"
        "  - {id: fourth, date: 2015-07, text: The orchestra toured Norway for the fourth"
        " time.}\n",
    )
    assert not engine.ask("When did the orchestra release its fourth CD?").answered
    assert ids(engine.ask("when did the orchestra release its second CD?"))[:1] == ["second"]


def test_a_fact_that_names_an_event_only_to_place_itself_after_it_is_not_that_event(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 2009-11-17, text: On 17 November 2009 an electrical fault started"
        " a fire in the glaze store at Bath Road.}\n"
        "  - {id: repairs, date: 2009-11, until: 2010-06, text: 'Repairs after the fire kept the"
        " Bath Road workshop closed until June 2010; classes were held at the college.'}\n"
        "  - {id: kiln, date: 2012-04, text: A new gas kiln was installed at Bath Road.}\n",
    )
    assert ids(engine.ask("when was the fire at bath road"))[:1] == ["fire"]
    assert ids(engine.ask("when was the fier at bath road"))[:1] == ["fire"]


def test_a_fact_dated_by_its_year_alone_is_not_earlier_than_one_in_that_year(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: office, date: 1984, until: 2002-08, text: 'From 1984 the observatory was run"
        " from three rooms in the Physics Building, 41 km from the dishes.'}\n"
        "  - {id: dish-a, date: 1984-06, text: 'Dish A, an 18-metre antenna, saw first light in"
        " June 1984.'}\n"
        "  - {id: dish-b, date: 1991-05, text: Dish B saw first light in May 1991.}\n",
    )
    assert ids(engine.ask("what was our first dish?"))[:1] == ["dish-a"]


def test_where_something_was_when_an_event_hit_is_where_the_event_says(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1987-04, text: The bindery was founded by Ruth Wren.}\n"
        "  - {id: flood, date: 2000-11, text: 'When the Foss burst its banks in November 2000 the"
        " ground-floor store at Fossgate flooded and 40 books were damaged.'}\n"
        "  - {id: award, date: 2004-05, text: The bindery won a craft award.}\n",
    )
    answer = engine.ask("where was the workshop when the flood hit")
    assert answer.answered and ids(answer)[:1] == ["flood"]


def test_what_something_is_since_an_event_may_be_told_by_the_event(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1979-05, text: Glenmoor ambulance station opened with the code"
        " GM-04.}\n"
        "  - {id: merger, date: 2003-04, text: 'When the county services merged into the North"
        " Western Trust in April 2003, the station code changed from GM-04 to NW-17.'}\n"
        "  - {id: crew, date: 2004-06, text: A third crew joined the station.}\n",
    )
    assert ids(engine.ask("what's our station code since the merger?"))[:1] == ["merger"]


def test_a_sale_to_someone_is_their_purchase(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1984-05, text: Harwick Park circuit opened on the old"
        " airfield.}\n"
        "  - {id: sale, date: 2023-04, text: 'In April 2023 the partners sold the practice to"
        " Marches Vet Group; it kept the Hollowmere name.'}\n",
    )
    assert ids(engine.ask("when were we bought out by a bigger group?"))[:1] == ["sale"]


def test_where_we_meet_now_is_where_we_have_met_since(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: hall, date: 1987-03, text: The guild held its meetings in St Aidan's church"
        " hall.}\n"
        "  - {id: corn, date: 1994-07, text: The guild moved its meetings to the Old Corn"
        " Exchange on Market Square.}\n"
        "  - {id: westgate, date: 2010-01, text: Since January 2010 the guild has met in the"
        " Westgate Community Centre on Carrow Road.}\n",
    )
    assert ids(engine.ask("where do we meet these days?"))[:1] == ["westgate"]


def test_where_an_event_is_held_now_is_where_it_has_been_held_since(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: first, date: 1989-10, text: The first Fungus Fair was held in the Corn"
        " Exchange.}\n"
        "  - {id: field, date: 2008-10, text: The Fungus Fair moved from the Corn Exchange to the"
        " Field Centre and was renamed the Autumn Forage Fair.}\n"
        "  - {id: square, date: 2023-10, text: 'Since October 2023 the Autumn Forage Fair has"
        " been held in Stenbury Market Square, because the Field Centre was sold.'}\n",
    )
    assert ids(engine.ask("where's the forage fair held these days?"))[:1] == ["square"]


def test_where_we_are_based_is_the_station_that_opened_last(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: garage, date: 1994-09, text: 'The team moved into a converted council garage"
        " on Quarry Lane, which served as its base for seventeen years.'}\n"
        "  - {id: station, date: 2011-06, text: The purpose-built Chapel Hill Rescue Station"
        " with a drying room opened in June 2011.}\n"
        "  - {id: rescue, date: 2015-03, text: The team freed a horse stuck in the mud.}\n",
    )
    assert ids(engine.ask("where are we based now?"))[:1] == ["station"]


def test_where_a_thing_was_is_a_place_the_question_does_not_name_already(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 2013-02, text: A second office opened at Ancoats Works in"
        " Manchester with six staff.}\n"
        "  - {id: closed, date: 2020-08, text: The Manchester office closed in August 2020 at the"
        " end of its lease.}\n",
    )
    answer = engine.ask("where was the manchester office?")
    assert ids(answer)[:1] == ["opened"]
    assert headline(answer, answer.matches[0].fact) == "Ancoats Works (February 2013)"


def test_where_it_was_before_a_place_is_where_it_moved_before_moving_there(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1986-04, text: The workshop was founded in a garage on Tanner's"
        " Row.}\n"
        "  - {id: corn, date: 1991-09, text: The workshop moved into the old Corn Exchange on"
        " Market Street.}\n"
        "  - {id: hollins, date: 2003-01, text: Dan Hollins came to the workshop from a firm in"
        " Cheltenham.}\n"
        "  - {id: mill, date: 2004-03, text: The workshop relocated to the printworks on Mill"
        " Lane.}\n"
        "  - {id: flood, date: 2010-02, text: A burst pipe flooded the Mill Lane bench room.}\n"
        "  - {id: staff, date: 2010-06, text: The workshop employed eleven people in Ashcombe.}\n",
    )
    answer = engine.ask("where was the workshop before Mill Lane?")
    assert ids(answer)[:1] == ["corn"]
    assert answer.anchor is not None and answer.anchor.id == "mill"
    assert ids(engine.ask("where was the workshop before the Corn Exchange?"))[:1] == ["founded"]


def test_where_our_office_is_now_is_where_it_last_moved_to(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1974-03, text: The branch was founded by porters and cleaners"
        " at the General Hospital.}\n"
        "  - {id: first-office, date: 1988-05, text: The branch got its first office in a"
        " portable cabin behind Block C.}\n"
        "  - {id: move, date: 2016-02, text: The branch office moved from Block C to the Wyvern"
        " Centre on Mill Lane.}\n"
        "  - {id: rep, date: 2019-09, tags: [learning, officers], text: Denise Achterberg became"
        " the branch's first union learning representative.}\n",
    )
    assert_top(engine.ask("where's the union office these days?"), "move")


def test_the_original_home_is_the_first_place_named(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1980-05, text: The museum opened in the old Mill Lane chapel"
        " in Ashbury.}\n"
        "  - {id: press, date: 1983-02, text: A Columbian press was given by the Gazette.}\n"
        "  - {id: dock, date: 1994-06, text: The museum moved to a warehouse on Dock Street.}\n"
        "  - {id: visitors, date: 2019, text: The museum had 21000 visitors.}\n",
    )
    answer = engine.ask("what was the museum's original home")
    assert answer.status == "answered" and ids(answer)[:1] == ["founded"]


def test_an_id_with_its_name_mistyped_finds_the_id(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: m1, date: 2009-04, text: Meridian-1 lifted off from Plesetsk.}\n"
        "  - {id: m2, date: 2013-06-24, text: Meridian-2 lifted off on a Vega rocket.}\n"
        "  - {id: ground, date: 2014, text: The ground station got a second dish.}\n",
    )
    assert_top(engine.ask("when did meridain-2 lift off?"), "m2")
    assert engine.ask("when did meridain-3 lift off?").status == "declined"


def test_a_lettered_grade_is_matched_exactly(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: grade-c, date: 2011-05, text: The circuit received FIM Grade C homologation"
        " for national motorcycle racing.}\n"
        "  - {id: series-b, date: 2017-11, text: An 18 million dollar Series B led by Bayline"
        " valued the firm at 95 million.}\n"
        "  - {id: series-a, date: 2015-03, text: A Series A round raised 6 million.}\n",
    )
    assert engine.ask("when did the circuit get FIM Grade A homologation?").status == "declined"
    assert_top(engine.ask("when was the series b?"), "series-b")


def test_a_first_as_an_adverb_is_told_by_the_fact_that_calls_itself_the_first(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: licence, date: 1987-06, text: The station was granted a licence allowing it to"
        " broadcast to Carrowmere for twelve months at a time.}\n"
        "  - {id: first, date: 1987-09-14, text: 'The station''s first broadcast went out on 14"
        " September 1987, from a converted chapel on Mill Lane.'}\n"
        "  - {id: tower, date: 1999-03, text: The station began to broadcast from a mast at"
        " Callow Hill.}\n",
    )
    assert_top(engine.ask("where did the station first broadcast from?"), "first")
    # "the station's first broadcast", typed without the apostrophe, is no adverb
    assert engine.ask("when was the stations first broadcast").top.fact.id == "first"


def test_a_first_doing_is_told_by_the_fact_that_it_happened_for_the_first_time(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pups, date: 2001, text: 'In 2001 grey seals pupped on Blackstane Ness for the"
        " first time, a mile north of the old colony.'}\n"
        "  - {id: drone, date: 2019-11, text: In November 2019 the wardens made the first pup"
        " count of the grey seals on Blackstane Ness using a drone.}\n"
        "  - {id: boat, date: 1998-05, text: 'In May 1998 the wardens counted pups from a boat"
        " for the first time, off Blackstane Ness.'}\n",
    )
    assert_top(engine.ask("When did grey seals first pup on Blackstane Ness?"), "pups")
    # ... but counting from a boat for the first time is no first count of all
    assert_top(engine.ask("when did the wardens first count the pups on blackstane ness?"), "drone")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when did we start paying someone to coach the kids?", "coach"),
        ("when did we start paying someone to organise the volunteers?", "coordinator"),
        ("when did we start paying someone to do the books?", "bookkeeper"),
        ("when did we start paying someone to open up the clubroom?", "caretaker"),
    ],
)
def test_paying_someone_to_do_a_job_is_the_hiring_the_fact_tells_in_its_own_words(
    tmp_path: Path, question: str, fact_id: str
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: coach, date: 2017-01, text: 'The club took on its first paid coach, Daniel Kerr,"
        " to run the junior academy.'}\n"
        "  - {id: coordinator, date: 2015-01, text: Daniel Okafor started as the trust's"
        " full-time volunteer coordinator.}\n"
        "  - {id: bookkeeper, date: 1996-02, text: Colin Ashby was taken on as part-time"
        " bookkeeper.}\n"
        "  - {id: caretaker, date: 2009-01, text: The club paid a part-time caretaker to open the"
        " clubroom and check the heating.}\n"
        "  - {id: roof, date: 2012-06, text: The club paid for a new clubroom roof from the"
        " appeal.}\n"
        "  - {id: founded, date: 1990-03, text: The club was founded by six volunteers.}\n",
    )
    assert_top(engine.ask(question), fact_id)


def test_which_thing_opened_first_chooses_among_the_things_whatever_the_verb(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: hollins, date: 1991-04, text: A 1.75-mile extension took the line from Kelsey"
        " Bridge to Hollins Cross.}\n"
        "  - {id: ashby, date: 1999-07, text: Trains reached Ashby Marsh after a three-mile"
        " extension from Hollins Cross.}\n"
        "  - {id: thornsett, date: 2012-09, text: The Thornsett extension opened in September"
        " 2012.}\n"
        "  - {id: agnes, date: 1985-05, text: The society bought the tank engine Agnes.}\n"
        "  - {id: gala, date: 1995-08, text: The first steam gala was held at Brackenford.}\n"
        "  - {id: shed, date: 2003-02, text: A new carriage shed was built at Kelsey Bridge.}\n",
    )
    assert_top(engine.ask("which extension opened first?"), "hollins")


FONT_PROJECT = (
    "facts:\n"
    "  - {id: founded, date: 2009-05, text: Ingrid Solberg started the Fjordsans font project in"
    " Bergen.}\n"
    "  - {id: lead, date: 2012-07, text: 'Tomasz Wierzbicki, a type engineer based in Kraków,"
    " took over as lead maintainer.'}\n"
    "  - {id: sprint, date: 2015-09, text: Eighteen contributors met in Kraków for a five-day"
    " design sprint.}\n"
    "  - {id: fund, date: 2016-03, text: The Letterwerk Fund paid for the variable font work.}\n"
    "  - {id: github, date: 2010-02, text: The font sources moved from Subversion to GitHub.}\n"
    "  - {id: release, date: 2018-06, text: Fjordsans 2.0 was released with variable fonts.}\n"
    "  - {id: office, date: 2019-01, text: The project moved its small office to Oslo.}\n"
    "  - {id: award, date: 2020-05, text: Fjordsans won a type design award.}\n"
)


def test_an_anchor_event_named_by_a_telling_word_is_found_though_the_rest_is_unknown(
    tmp_path: Path,
) -> None:
    engine = small_engine(tmp_path, FONT_PROJECT)
    answer = engine.ask("what came next after the kraków meetup")
    assert answer.anchor is not None and answer.anchor.id == "sprint"
    assert_top(answer, "fund")


def test_an_anchor_event_with_a_name_the_base_never_mentions_is_not_recognised(
    tmp_path: Path,
) -> None:
    engine = small_engine(tmp_path, FONT_PROJECT)
    assert_top(engine.ask("what happened after we moved to Berlin?"), None)
    assert_top(engine.ask("what happened after we moved to Oslo?"), "award")


BANK_APP = (
    "facts:\n"
    "  - {id: app, date: 2019-04, text: 'The bank app added fingerprint login on the iPhone, using"
    " Touch ID.'}\n"
    "  - {id: face, date: 2021-02, text: The bank app added Face ID login.}\n"
    "  - {id: android, date: 2020-03, text: Fingerprint login reached the Android app.}\n"
    "  - {id: launch, date: 2016-09, text: The bank launched its first mobile app.}\n"
    "  - {id: branch, date: 2018-05, text: The Leeds branch closed.}\n"
    "  - {id: cards, date: 2017-01, text: Contactless cards were issued to every customer.}\n"
)


def test_a_doing_the_base_words_its_own_way_still_finds_the_fact_loosely(tmp_path: Path) -> None:
    engine = small_engine(tmp_path, BANK_APP)
    answer = engine.ask("when could people first unlock the iphone app with their fingerprint?")
    assert_top(answer, "app")
    assert answer.note == LOOSE


def test_everyday_words_the_base_never_uses_are_how_members_talk(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: partnership, date: 2005, text: 'A partnership with Ashby Road Primary School"
        " began in 2005, with each Year 4 class looking after two plots.'}\n"
        '  - {id: compost, date: 2009-04, text: "A compost hub opened by the gate, run with'
        " the secondary school's gardening club.\"}\n"
        "  - {id: founded, date: 1998-03, text: 'The community garden was founded on a derelict"
        " bowling green, and gardening began that spring.'}\n"
        "  - {id: award, date: 2012-07, text: The garden won a silver award in the regional"
        " in-bloom contest.}\n",
    )
    answer = engine.ask("when did the primary school kids start gardening with us?")
    assert_top(answer, "partnership")
    assert answer.note == LOOSE
    # "roof" is rarer than "kids": a thing the base never names, not a member's way of talking
    assert_top(engine.ask("when did the primary school kids start gardening on the roof?"), None)
    # ... and "childern" is "children" mistyped, as everyday as the word it was typed for
    asked = "when did the primary school childern start gardening with us?"
    assert_top(engine.ask(asked), "partnership")


def test_a_question_finding_its_fact_by_words_apart_is_answered_loosely(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: sponsorship, date: 2016-05, text: 'Corran Energy signed a five-year title"
        " sponsorship with the scheme, and the whole fleet was repainted in teal.'}\n"
        "  - {id: launch, date: 2012-06, text: The bike share scheme launched with 300 bikes at"
        " 30 docking stations in the city centre.}\n"
        "  - {id: stations, date: 2014-09, text: Twenty new docking stations opened along the"
        " river.}\n"
        "  - {id: app, date: 2017-02, text: Riders could unlock bikes with the new phone app.}\n",
    )
    answer = engine.ask("when did the bikes go teal?")
    assert_top(answer, "sponsorship")
    assert answer.note == LOOSE
    # the docking stations, side by side in a fact, and nothing of them teal: an echo
    assert_top(engine.ask("when did the docking stations go teal?"), None)


def test_a_thing_the_base_never_names_is_still_declined(tmp_path: Path) -> None:
    engine = small_engine(tmp_path, BANK_APP)
    assert_top(engine.ask("when did the bank open its cafe?"), None)
    assert_top(engine.ask("when did the bank app get a dark mode?"), None)


def test_where_things_went_while_an_event_lasted_is_told_beside_the_event(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: collapse, date: 2012-01-17, text: Part of the roof over the Pavlova Studio gave"
        " way after heavy snow.}\n"
        "  - {id: temporary, date: 2012-01-23, until: 2012-09-07, text: 'While the Pavlova Studio"
        " roof was rebuilt, classes were held in the sports hall of the Colston YMCA.'}\n"
        "  - {id: reopened, date: 2012-09-10, text: The Pavlova Studio reopened under a new steel"
        " roof after it was rebuilt.}\n"
        "  - {id: founded, date: 1988-09, text: The ballet school was founded in a church hall in"
        " Redland.}\n"
        "  - {id: fire, date: 2019-03, until: 2019-06, text: 'After a kitchen fire, classes moved"
        " to the Redland church hall until the studio was repaired.'}\n",
    )
    answer = engine.ask("where did the kids train while the studio roof was being rebuilt?")
    assert_top(answer, "temporary")


def test_a_thing_of_its_own_the_base_never_names_is_declined(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1962-04, text: Stanhope Edge Gliding Club was founded by ten"
        " members.}\n"
        "  - {id: k13, date: 1975-06, text: Stanhope Edge bought a K13 two-seat glider for"
        " training.}\n"
        "  - {id: regionals, date: 1995-08, text: Stanhope Edge hosted the Northern Regionals"
        " glider competition.}\n"
        "  - {id: winch, date: 1988-03, text: A new diesel winch replaced the old launch winch.}\n"
        "  - {id: hangar, date: 2001-09, text: The club built a second hangar at Stanhope Edge.}\n"
        "  - {id: clubhouse, date: 1980-05, text: The Stanhope Edge clubhouse opened beside the"
        " hangar.}\n",
    )
    assert_top(engine.ask("When did Stanhope Edge get its motor glider?"), None)
    assert_top(engine.ask("When did the Stanhope Edge clubhouse open its café?"), None)
    assert_top(engine.ask("When did the Stanhope Edge clubhouse open?"), "clubhouse")
    assert_top(engine.ask("When did Stanhope Edge get its first glider?"), "k13")


def test_who_held_a_role_when_we_started_is_its_first_holder(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1998-03, text: The air ambulance charity was founded in"
        " Truro.}\n"
        "  - {id: dunmore, date: 2000-05, text: Ray Dunmore was appointed chief pilot.}\n"
        "  - {id: flights, date: 2000-06, text: The charity flew its first patient mission.}\n"
        "  - {id: osei, date: 2011-02, text: Abena Osei took over as chief pilot.}\n"
        "  - {id: night, date: 2016-09, text: Night flying began after a trial.}\n",
    )
    assert_top(engine.ask("who was chief pilot when we started flying?"), "dunmore")


def test_a_flood_that_left_the_pitch_under_water_is_no_move_to_play_elsewhere(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: flood, date: 2015-12-26, text: The River Calder burst its banks and left the Ings"
        " Lane pitch under a metre of water.}\n"
        "  - {id: groundshare, date: 2016-01, until: 2016-09, text: 'While Ings Lane was"
        " reseeded, the first team played its home games at Hollin Park.'}\n"
        "  - {id: founded, date: 1921-04, text: The club was founded at the Railway Inn.}\n",
    )
    answer = engine.ask("where did we play home games after the 2015 flood?")
    assert_top(answer, "groundshare")


def test_a_fact_that_says_it_came_after_the_event_asked_about_answers(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: review, date: 2014, approx: late, text: 'After a regulator review in late 2014"
        " found that bad debts had risen, the board agreed a recovery plan.'}\n"
        "  - {id: merger, date: 2016-02, text: The credit union merged with Riverside.}\n"
        "  - {id: fire, date: 2006-02, text: A fire destroyed the boathouse and six boats.}\n"
        "  - {id: eights, date: 2006-09, text: The insurance payout after the fire bought two"
        " new eights.}\n"
        "  - {id: regatta, date: 2006-05, text: The club won the spring regatta at Marlow.}\n",
    )
    # The review is known only from the fact that came after it: that fact is what followed
    answer = engine.ask("what did the regulator make us do after the bad debt review?")
    assert ids(answer)[:1] == ["review"]
    # A weak fit that names the event in its "after" clause is still the answer
    answer = engine.ask("what did the insurance money pay for after the fire?")
    assert answer.answered and ids(answer)[:1] == ["eights"]


def test_an_event_whose_fact_goes_on_to_tell_what_came_of_it_answers_what_followed(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: burn, date: 2013-07, text: 'A student suffered an acid burn to the hand in the"
        " labs; since then acid work needs a second person present.'}\n"
        "  - {id: prize, date: 2013-11, text: The lab won a prize for its teaching work.}\n"
        "  - {id: hood, date: 2015-02, text: New fume hoods were fitted in the labs.}\n",
    )
    answer = engine.ask("what did we change about acid work after the burn?")
    assert ids(answer)[:1] == ["burn"]
    # "what came next" asks for the next event, not for what the event's fact goes on to say
    assert ids(engine.ask("what came next after the acid burn?"))[:1] == ["prize"]


def test_a_number_with_a_unit_letter_is_the_measure_written_out(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: dish, date: 2000-09, text: A 7-metre mesh dish was erected at Hollins Farm and"
        " named the Ashby Dish.}\n"
        "  - {id: array, date: 1997-04, text: Members built a dipole array at Hollins Farm.}\n"
        "  - {id: club, date: 2004-05, text: The group counted 7 members in Leeds.}\n",
    )
    answer = engine.ask("what did we call the 7m dish?")
    assert answer.answered and ids(answer)[:1] == ["dish"]
    assert not engine.ask("what did we call the 9m dish?").answered  # no such dish


def test_a_switch_to_a_mistyped_name_is_not_the_move_off_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: away, date: 2014-03, text: The team switched from Jenkins to GitLab CI.}\n"
        "  - {id: onto, date: 2009-05, text: The team switched to Jenkins from CruiseControl.}\n"
        "  - {id: hire, date: 2011-02, text: The team hired its first release engineer.}\n",
    )
    for question in ("when did we swtich to jenkns?", "when did we switch to jenkns?"):
        answer = engine.ask(question)  # (not offered alongside the move off Jenkins)
        assert answer.status == "answered" and ids(answer)[:1] == ["onto"]


def test_who_took_over_when_someone_retired_is_their_heir(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1985-04, text: Tessa Marlow founded the pottery studio in a"
        " former chapel.}\n"
        "  - {id: retired, date: 2013-08, text: Tessa Marlow retired after 28 years at the"
        " wheel.}\n"
        "  - {id: residency, date: 2013-09, text: A summer residency for young potters began at"
        " the studio.}\n"
        "  - {id: owner, date: 2014-01, text: Jonah Reyes took over from Tessa Marlow as owner"
        " of the studio.}\n"
        "  - {id: kiln, date: 2016-05, text: The studio installed a new gas kiln.}\n",
    )
    heir = engine.ask("who took over when Tessa Marlow retired?")
    assert_top(heir, "owner")
    assert "read as 'who replaced tessa marlow'" in engine.explain(heir)[2]
    assert_top(engine.ask("who owned the studio after Tessa Marlow retired?"), "owner")
    # what came next is still what came next
    assert ids(engine.ask("what happened after Tessa Marlow retired?"))[:1] == ["residency"]


def test_what_a_thing_was_called_is_told_by_a_fact_that_names_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: cafe, date: 2006-05, text: An extension at the back of the Old Forge opened as"
        " the Anvil Cafe with twelve seats.}\n"
        "  - {id: moved, date: 2016-10, text: 'The shop, post office and cafe reopened in the"
        " converted old school, leaving the forge.'}\n"
        "  - {id: warm, date: 2022-10, text: The cafe ran as a free warm space three afternoons a"
        " week.}\n"
        "  - {id: storm, date: 2022-02, text: A storm tore slates off the roof and the cafe was"
        " closed for three weeks.}\n",
    )
    assert_top(engine.ask("what was the cafe called?"), "cafe")


def test_what_a_thing_was_called_at_a_time_is_the_name_it_had_been_given_by_then(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1952-04, text: Arthur Hollin opened a cheese shop on Sheep"
        " Street.}\n"
        "  - {id: renamed, date: 1968-03, text: The shop was renamed Hollin & Son"
        " Cheesemongers.}\n"
        "  - {id: heatwave, date: 1976-07, text: 'The heatwave of July 1976 spoiled sixty"
        " truckles of Cheddar in the shop.'}\n"
        "  - {id: counter, date: 1977-05, text: The shop put in its first refrigerated"
        " counter.}\n"
        "  - {id: rebrand, date: 1998-09, text: The shop was renamed Hollin's of Hensby.}\n"
        "  - {id: vans, date: 2012-06, text: 'The shop bought two delivery vans, named Brie and"
        " Stilton.'}\n",
    )
    assert_top(engine.ask("What was the shop called in the 1970s?"), "renamed")
    assert_top(engine.ask("what was the shop called before 2000?"), "rebrand")
    assert_top(engine.ask("What was the shop called in 2005?"), "rebrand")
    # (a time of something else is no time of the name)
    assert_top(engine.ask("what were the vans we got in 2012 called?"), "vans")


def test_what_a_product_is_called_is_told_by_its_launch(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: launch, date: 2009-03, text: 'In March 2009 the farm launched Purple Hill Gin,"
        " a lavender gin made under contract in Devizes.'}\n"
        "  - {id: medal, date: 2011-06, text: Purple Hill Gin took a silver medal at the Wessex"
        " Spirits Awards.}\n"
        "  - {id: in-house, date: 2022-03, text: From March 2022 Purple Hill Gin was made on the"
        " farm itself.}\n"
        "  - {id: shop, date: 2001-04, text: A farm shop opened in the threshing barn.}\n"
        "  - {id: festival, date: 2005-07, text: The first lavender festival drew 600 visitors.}\n",
    )
    assert_top(engine.ask("what's our gin called?"), "launch")


def test_what_we_were_called_is_told_by_a_change_of_name_not_an_honour(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1991-04, text: Friends of Kelsford Street Trees was founded at a"
        " public meeting.}\n"
        "  - {id: renamed, date: 2011-06, text: 'In June 2011 Friends of Kelsford Street Trees"
        " changed its name to Kelsford Tree Trust, with a new oak-leaf logo.'}\n"
        "  - {id: award, date: 2013-10, text: In October 2013 Kelsford Tree Trust was named"
        " Community Project of the Year at the National Urban Tree Awards.}\n"
        "  - {id: director, date: 2016-01, text: Ayesha Karim became director of Kelsford Tree"
        " Trust.}\n"
        "  - {id: nursery, date: 1995-04, text: The group opened a tree nursery at Gorse Hill.}\n",
    )
    assert_top(engine.ask("what were we called before we were the tree trust?"), "renamed")


def test_the_name_before_a_later_one_is_not_told_by_a_fact_giving_only_the_later(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1979-04-14, text: The club was founded as the Ashmoor Eagles and"
        " staged its first home meeting at Fenwick Lane Stadium.}\n"
        "  - {id: renamed, date: 1991-01, text: 'Ahead of the 1991 season the Ashmoor Eagles were"
        " renamed the Ashmoor Hawks, as part of the new sponsorship deal with Northgate Brewery,"
        " whose emblem was a hawk.', questions: [why are we called the hawks]}\n"
        "  - {id: sponsor, date: 2010-02, text: 'Kelso Logistics became title sponsor in February"
        " 2010, and the riders have raced as the Kelso Ashmoor Hawks ever since.'}\n"
        "  - {id: title, date: 1999-10, text: The Hawks won the National League for the first"
        " time.}\n"
        "  - {id: loco, date: 1957-07, text: \"No. 2 'Eluned', a small saddle tank, was bought from"
        " the brickworks in July 1957; she had worked there under the name 'Ffridd'.\"}\n"
        "  - {id: museum, date: 2006-04, text: 'In April 2006 the museum changed its name from"
        ' "Tolhurst Ropewalk" to "Pellbridge Ropeworks Museum".\'}\n'
        "  - {id: shop, date: 2012-05, text: The museum shop opened in the old tarring house.}\n",
    )
    assert_top(engine.ask("what was the team called before it became the hawks?"), "renamed")
    assert_top(engine.ask("What was No. 2 called before she was renamed Eluned?"), "loco")
    assert_top(engine.ask("what were we called before the 2006 rebrand?"), "museum")


def test_the_next_thing_in_the_club_s_history_needs_no_fact_to_say_history(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: flood, date: 1976-11, text: 'When the River Wend burst its banks in November"
        " 1976, floodwater in the Methodist Hall ruined about 120 books.'}\n"
        "  - {id: renamed, date: 1978-04, text: The Ashcombe Readers' Circle voted to rename"
        " itself the Ashcombe Book Club.}\n"
        "  - {id: novelist, date: 1999-09, text: Scottish historical novelist Fiona Abernethy"
        " visited the club at the library.}\n"
        "  - {id: fair, date: 1985-06, text: The first book fair was held on the green.}\n",
    )
    answer = engine.ask(
        "After the river came up and soaked the books at the Methodist Hall, what was the next"
        " thing that happened in the club's history?"
    )
    assert_top(answer, "renamed")


def test_a_score_out_of_a_possible_is_told_whole(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: cup, date: 1993-06, text: 'The club took the Henshaw Cup for a second time in"
        " June 1993, scoring 1,581 out of 1,600 in the final against Colcombe.'}\n"
        "  - {id: range, date: 1991-01, text: Burglars cut through the roof of the range.}\n"
        "  - {id: league, date: 1995-04, text: The club won the county league.}\n",
    )
    answer = engine.ask("how mnay ponits did we score winnig the henshaw cup in 1993")
    assert_top(answer, "cup")
    assert headline(answer, answer.matches[0].fact) == "1,581 out of 1,600 (June 1993)"


def test_who_is_in_charge_now_is_the_one_who_came_home_to_take_over(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: nazrul, date: 1975-05, until: 1998-06, text: Nazrul Chowdhury became head chef"
        " and ran the kitchen until 1998.}\n"
        "  - {id: faruk, date: 1998-07, until: 2014-02, text: 'Faruk Chowdhury became head chef"
        " in July 1998, taking over the kitchen from his uncle Nazrul.'}\n"
        "  - {id: shirin, date: 2014-03, text: 'Shirin Chowdhury came home to take over the"
        " kitchen from her father Faruk in March 2014, the first woman to be head chef.'}\n"
        "  - {id: covid, date: 2020-03-23, until: 2020-07-04, text: The restaurant's dining room"
        " was closed under lockdown.}\n"
        "  - {id: refit, date: 1996-01, text: The restaurant was refitted.}\n",
    )
    assert_top(engine.ask("Who's in charge of the kitchen these days?"), "shirin")
    assert_top(engine.ask("What happened at the restaurant in 2020?"), "covid")


def test_a_holder_handing_over_in_the_fact_of_their_time_names_the_heir(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: alan, date: 1983-04, until: 2001-06, text: 'Alan Beddoes was treasurer from"
        " April 1983 until June 2001, when he handed the books to Priya Lal.'}\n"
        "  - {id: move, date: 2004-09, text: Meetings moved from Tanner Street to the new"
        " community centre.}\n"
        "  - {id: president, date: 2002-03, text: Tom Reid became president of the society.}\n"
        "  - {id: fair, date: 1993-05, text: The society's first stamp fair drew forty dealers.}\n",
    )
    answer = engine.ask("Who took over as treasurer when Alan Beddoes stepped down?")
    assert_top(answer, "alan")


def test_who_held_a_role_before_someone_is_the_one_whose_time_ended_as_theirs_began(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: devinder, date: 1992-03, until: 2006-06, text: 'Devinder Sandhu, a civil"
        " engineer, was chair of the trust from March 1992 to June 2006.'}\n"
        "  - {id: ruth, date: 2006-06, until: 2017-05, text: 'Ruth Ashworth, a solicitor, took"
        " over as chair in June 2006 and served until May 2017.'}\n"
        "  - {id: owen, date: 2017-05, text: Owen Fairclough was elected chair of the trust in"
        " May 2017.}\n"
        "  - {id: lock, date: 2010-04, text: The trust reopened the top lock.}\n",
    )
    assert_top(engine.ask("Who chaired the trust before Owen Fairclough?"), "ruth")


def test_a_break_in_is_a_burglary_and_a_ref_a_referee(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: burglary, date: 2009-01, text: Burglars took the stamp stock from the post"
        " office.}\n"
        "  - {id: stamps, date: 2012-04, text: The post office began selling stamps online.}\n"
        "  - {id: trophy, date: 2004-05, text: The Referee of the Year trophy was first awarded"
        " to Gwen Pryce.}\n"
        "  - {id: volunteer, date: 2007-05, text: The Volunteer of the Year trophy was first"
        " awarded to Alan Hale.}\n"
        "  - {id: kit, date: 2006-09, text: A new kit sponsor paid for the society's shirts.}\n",
    )
    assert_top(engine.ask("when did someone break in and take the stamps?"), "burglary")
    assert_top(engine.ask("what's the ref of the year trophy called?"), "trophy")


def test_where_we_are_now_is_not_a_move_given_as_a_reason(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: quayside, date: 2005-04, text: The scheme moved its office to Quayside"
        " Lane.}\n"
        "  - {id: hub, date: 2019-09, text: The scheme left Quayside Lane and moved its office"
        " to the Fenmouth Wellbeing Hub on Tanners Road.}\n"
        "  - {id: desk, date: 2024-03, text: The Wisbridge booking office closed when the"
        " hospital's clinics were moved to Fenmouth.}\n",
    )
    assert_top(engine.ask("where are we based these days?"), "hub")


def test_a_phrasal_verb_with_its_last_word_mistyped(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: died, date: 2013-02, text: Co-founder Desmond Pryce died aged 71.}\n"
        "  - {id: studio, date: 2013-05, text: The aerial studio was named after Desmond"
        " Pryce.}\n"
        "  - {id: founded, date: 1987-09, text: Desmond Pryce and Ann Hale founded the circus"
        " school.}\n",
    )
    assert_top(engine.ask("when did desmond pryce pass awya?"), "died")


def test_a_suspension_is_a_stop(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: suspended, date: 2020-03, text: All rehearsals and concerts were suspended"
        " because of the coronavirus pandemic.}\n"
        "  - {id: zoom, date: 2020-05, text: The choir rehearsed online over Zoom each Tuesday"
        " during the pandemic.}\n"
        "  - {id: back, date: 2021-06, text: Rehearsals went back to the church hall.}\n",
    )
    assert_top(engine.ask("when did covid shut us down?"), "suspended")


def test_a_defaced_website_was_hacked_and_a_flooded_shed_under_water(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: defaced, date: 2016-03, text: Vandals defaced the project website with a"
        " fake download page.}\n"
        "  - {id: breach, date: 2019-07, text: An attacker got into the build server through an"
        " old plugin.}\n"
        "  - {id: flood, date: 2012-11, text: The river flooded the boat shed to a depth of a"
        " metre.}\n"
        "  - {id: shed, date: 2001-05, text: The club built a new boat shed by the river.}\n",
    )
    assert_top(engine.ask("when did our website get hacked?"), "defaced")
    assert_top(engine.ask("when did the boat shed end up under water?"), "flood")


def test_a_jubilee_is_its_anniversary(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: jubilee, date: 2018-05, text: 'Twenty-five years after the reopening, a"
        " cavalcade of 60 boats worked up the flight to mark its silver jubilee.'}\n"
        "  - {id: reopening, date: 1993-05, text: The restored flight of locks reopened.}\n"
        "  - {id: award, date: 2015-06, text: The volunteers won a regional heritage award.}\n",
    )
    assert_top(engine.ask("when was the 25th anniversary boat parade?"), "jubilee")
    assert_top(engine.ask("when was the 50th anniversary boat parade?"), None)


def test_a_mistyped_move_to_a_place_is_not_the_move_from_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: away, date: 2013-08, text: The team moved from Mill Lane to the new Foxhollow"
        " hub.}\n"
        "  - {id: onto, date: 2001-02, text: The team moved from the site cabins into the Mill"
        " Lane depot.}\n"
        "  - {id: flood, date: 2000-11, text: Floods closed the underpass for nine days.}\n",
    )
    answer = engine.ask("when did we mvoe to mill lane")
    assert answer.status == "answered" and ids(answer)[:1] == ["onto"]


def test_a_move_to_a_place_is_not_the_move_that_sold_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: elgin, date: 2015-10, text: 'Production moved to a new workshop in Elgin, and"
        " the Greens Road site was sold.'}\n"
        "  - {id: greens, date: 1985-03, text: The cooperage left the Mill Road shed for a"
        " bonded warehouse on Greens Road.}\n"
        "  - {id: press, date: 1990-06, text: The first hydraulic press was fitted at Greens"
        " Road.}\n"
        "  - {id: award, date: 1999-05, text: Our whisky casks won a gold medal in Speyside.}\n"
        "  - {id: apprentices, date: 2004-09, text: Four apprentices began a four-year"
        " course.}\n"
        "  - {id: fire, date: 2008-02, text: A fire in the drying kiln destroyed 300 staves.}\n",
    )
    for question in ("when did we move to greens road", "wehn did we move to grens road"):
        answer = engine.ask(question)
        assert answer.status == "answered" and ids(answer)[:1] == ["greens"], question


def test_where_we_are_based_now_is_what_a_fact_calls_our_current_home(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: lane, date: 1990-04, text: The Hawks moved to a new track at Fenwick Lane.}\n"
        "  - {id: arena, date: 2009-03, text: 'The Hawks opened their current home, the Ashmoor"
        " Arena at Kilnworth Park.'}\n"
        "  - {id: stores, date: 2011-09, text: The club's workshops moved to Unit 7 on the"
        " Brindle Industrial Estate.}\n",
    )
    assert ids(engine.ask("where are we based now?"))[:1] == ["arena"]


CHAIRS = (
    "facts:\n"
    "  - {id: founded, date: 1989-04, text: The Calder Fairground Trust was founded in Elland.}\n"
    "  - {id: chair-hibbert, date: 1989-04, until: 1996-12, text: Walter Hibbert was the"
    " trust's first chair.}\n"
    "  - {id: chair-broadbent, date: 1997-05, text: Dennis Broadbent became chair of the"
    " trustees.}\n"
    "  - {id: chair-oakes, date: 2005-04, text: Ruth Oakes took over as chair.}\n"
    "  - {id: organ-bought, date: 1999-06, text: The trust bought a Gavioli organ.}\n"
    "  - {id: yard-brearley, date: 2002-05, until: 2019-06, text: The collection was kept at"
    " the goods shed at Brearley.}\n"
    "  - {id: storm, date: 2010-01, text: A storm damaged the roof of the goods shed.}\n"
)


def test_who_held_a_role_at_a_time_is_who_last_took_it_by_then(tmp_path: Path) -> None:
    with engine_over(tmp_path, CHAIRS) as engine:
        # No chair fact is of 2002: whoever became chair last before it still was
        assert_top(engine.ask("who was chair in 2002?"), "chair-broadbent")
        assert_top(engine.ask("who was chair in 2007?"), "chair-oakes")
        assert_top(engine.ask("who was in charge in 2003?"), "chair-broadbent")
        # ... and when we moved into Brearley: the move, not the years we were there
        assert_top(engine.ask("who was chair when we moved into brearley?"), "chair-broadbent")
        # ... but a chair whose time had ended is no holder after it
        assert_top(engine.ask("who was chair in march 1997?"), None)
        # ... and who was elected or became chair in a year asks who took it then
        assert_top(engine.ask("who became chair in 2002?"), None)
        assert_top(engine.ask("who became chair in 2005?"), "chair-oakes")


def test_who_held_a_role_before_someone_is_not_told_by_their_own_years_in_it(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1998-09, text: The Aldermoor Choral Society gave its first"
        " concert.}\n"
        "  - {id: fenwick, date: 2001, until: 2017, text: Graham Fenwick served as the society's"
        " treasurer from 2001 to 2017.}\n"
        "  - {id: rees, date: 2017-05, text: Dan Rees succeeded Graham Fenwick as"
        " treasurer.}\n"
        "  - {id: tour, date: 2009-07, text: The choir toured Brittany.}\n",
    ) as engine:
        # Nobody before Graham is named, and his own years in the role name nobody else
        assert_top(engine.ask("Who was the society's treasurer before Graham Fenwick?"), None)
        # ... while Graham's are the answer before Dan
        assert_top(engine.ask("Who was the society's treasurer before Dan Rees?"), "fenwick")


def test_who_held_a_role_the_base_never_names_is_declined(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: grant, date: 2009-07, text: The Bellmere Clay Trust was awarded a lottery"
        " grant to restore the bottle kiln.}\n"
        "  - {id: halden, date: 2013-03-21, text: Priya Halden succeeded Desmond Farrow as chair"
        " of the Bellmere Clay Trust.}\n"
        "  - {id: wielgosz, date: 2019, text: Tomasz Wielgosz became chair of the Bellmere Clay"
        " Trust.}\n",
    ) as engine:
        assert_top(engine.ask("Who was the treasurer of the Bellmere Clay Trust?"), None)
        assert engine.ask("Who was the chair of the Bellmere Clay Trust?").answered
        # A president is no chair, though the words may stand for each other elsewhere; a
        # chairman is one
        assert_top(engine.ask("Who was the president of the Bellmere Clay Trust?"), None)
        assert engine.ask("Who was chairman of the Bellmere Clay Trust in 2015?").answered


def test_the_second_of_a_kind_is_the_fact_that_says_it_happened_again(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: flood-2007, date: 2007-07-21, text: The River Lenn burst its banks and flooded"
        " the studio's clay cellar.}\n"
        "  - {id: manager, date: 2015-11, text: Callum Rees replaced Ruth Adeyemi as studio"
        " manager.}\n"
        "  - {id: flood-2015, date: 2015-12-26, text: The River Lenn flooded the site again and"
        " the studio closed for five weeks.}\n"
        "  - {id: pot, date: 2016-06, text: A member threw the studio's tallest pot.}\n",
    ) as engine:
        assert_top(engine.ask("When was the second flood?"), "flood-2015")
        assert_top(engine.ask("What happened just before the second flood?"), "manager")


def test_how_long_someone_ran_things_is_told_by_the_fact_of_their_years(
    tmp_path: Path,
) -> None:
    # Big Ron's death and his daughter's taking over tell of no span: no rivals to his years
    with evalset_engine(tmp_path, "cheesemongers") as engine:
        asked = "How long was Big Ron in charge of the shop?"
        assert_top(engine.ask(asked), "ronald-proprietor")


def test_a_loose_match_lacking_a_name_the_question_gives_is_no_answer(tmp_path: Path) -> None:
    # "Town Hall", capitalised, names a place, which the move to the Old Drill Hall is not
    with evalset_engine(tmp_path, "beerfestival") as engine:
        assert_top(engine.ask("When did the festival move into the Town Hall?"), None)
        assert_top(engine.ask("When did the festival move into the Drill Hall?"), "move-drill-hall")


def test_a_first_narrowed_as_the_question_narrows_it_is_the_first_asked(tmp_path: Path) -> None:
    # "the first peal on the new ring of eight", not Tilly's own first peal of 2011
    with evalset_engine(tmp_path, "towerbells") as engine:
        asked = "When was the first peal rung on the eight bells?"
        assert_top(engine.ask(asked), "first-peal-on-eight")


def test_an_everyday_word_for_the_event_itself_is_what_the_base_lacks(tmp_path: Path) -> None:
    # "fire" is as common a word as any, but it names the event; the base tells of floods
    with evalset_engine(tmp_path, "quaymuseum") as engine:
        assert_top(engine.ask("When was the museum damaged by fire?"), None)


def test_who_held_a_role_is_not_told_by_a_fact_that_names_no_such_role(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: corrix, date: 2012-04, until: 2020-03, text: Corrix Infrastructure took over"
        " the gritting contract from Amberline in April 2012 and held it until March 2020.}\n"
        "  - {id: depot, date: 2015-06, text: Dawn Pike became depot manager at Holme Lane.}\n"
        "  - {id: salt, date: 2018-01, text: The salt barn at Holme Lane was rebuilt.}\n",
    ) as engine:
        # Corrix named and a contract, but no manager of it (the base names one elsewhere)
        assert_top(engine.ask("Who was Corrix's contract manager?"), None)
        assert_top(engine.ask("Who was depot manager at Holme Lane?"), "depot")
        assert_top(engine.ask("Who took over the gritting contract in 2012?"), "corrix")


def test_when_someone_took_a_role_is_not_told_by_a_fact_naming_no_such_role(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: loft, date: 2001, until: 2005, text: Kevin Ashcroft won the club's Champion"
        " Loft award five years running.}\n"
        "  - {id: hartley, date: 1998-03, text: Harold Hartley became chairman of the club.}\n"
        "  - {id: charity, date: 2006-05, text: The club was registered with the Charity"
        " Commission as a charity.}\n"
        "  - {id: loft-opened, date: 2009-06, text: A council official opened the new club"
        " loft.}\n",
    ) as engine:
        # Kevin's award, all his names held, names no chairman
        assert_top(engine.ask("When did Kevin Ashcroft become chairman?"), None)
        assert_top(engine.ask("When did Harold Hartley become chairman?"), "hartley")
        # "official" describes the charity: no role is asked of
        assert_top(engine.ask("When did we become an official charity?"), "charity")


def test_where_a_gathering_was_held_is_where_the_gathering_was(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1991-03, text: The group was founded in March 1991 at a meeting"
        " in the back room of the Ferryman's Arms in Ashcombe.}\n"
        "  - {id: session, date: 1991-05-12, text: The group's first ringing session took place"
        " at Hobb's Reedbed.}\n"
        "  - {id: agm, date: 2004-11, text: The AGM voted to buy a second mist net.}\n",
    ) as engine:
        # "held" says nothing the meeting does not: not the first session "held" at the reedbed
        assert_top(engine.ask("Where was the very first meeting held?"), "founded")
        assert_top(engine.ask("Where was the first ringing session held?"), "session")


def test_a_place_set_up_is_one_opened(tmp_path: Path) -> None:
    # Setting up a tea room is opening it, as setting up a society is founding it: not the
    # society founded ten years before the Cart Shed Tea Room opened
    with evalset_engine(tmp_path, "cornmill2") as engine:
        assert_top(engine.ask("Where was the tea room first set up?"), "tearoom-opened")


def test_who_set_this_place_up_is_who_founded_it(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1991-04, text: Walter Ashworth founded Ashworth Clogs in a"
        " converted cow byre at Hollin Hey Farm.}\n"
        "  - {id: owen, date: 2013-10, text: Owen Greenwood finished his apprenticeship and left"
        " to set up a clog business of his own in Keswick.}\n"
        "  - {id: fair, date: 2016-06, text: Peg Pell showed our clogs at the Keswick craft"
        " fair.}\n",
    ) as engine:
        # The place itself, set up: its founding, not an apprentice's business set up later
        assert_top(engine.ask("who set this place up in the first place?"), "founded")
        assert_top(engine.ask("who actually set this whole thing up?"), "founded")
        assert_top(engine.ask("who set up a clog business in Keswick?"), "owen")


def test_who_switched_the_lights_on_is_who_pressed_the_switch_on_button(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: store, date: 2006-01, until: 2018-09, text: The Christmas lights moved to a"
        " rented warehouse on the Tanyard Industrial Estate.}\n"
        "  - {id: hollis, date: 2010-11-26, text: Local boxer Jamie Hollis pressed the switch-on"
        " button.}\n"
        "  - {id: led, date: 2010-10, text: Bert Falconer rewired the lights with LED bulbs.}\n",
    ) as engine:
        # Switching the lights on, not switching where they were kept
        assert_top(engine.ask("who switched the lights on in 2010?"), "hollis")


def test_a_head_role_is_named_by_its_own_word_not_one_of_its_stem(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: centre, date: 2024-05-18, text: The visitor centre at Thornacre was opened by"
        " the garden broadcaster Helen Marsh.}\n"
        "  - {id: still, date: 1998-06, text: Ivy Kettering became head distiller at"
        " Thornacre.}\n"
        "  - {id: coach, date: 2003-04, text: Sam Rowe took over as head instructor of the"
        " kite school.}\n",
    ) as engine:
        # "garden" is the stem of "gardener", but a broadcaster of gardens is no head gardener
        assert_top(engine.ask("Who was head gardener at Thornacre?"), None)
        assert_top(engine.ask("Who was head distiller at Thornacre?"), "still")
        # ... and a role cut short is left to the match
        assert_top(engine.ask("who was head instr of the kite school?"), "coach")


def test_a_question_the_base_reads_only_by_near_meanings_gets_a_second_look(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: cattle, date: 2012-10, text: The farm bought a herd of eight Dexter cattle to"
        " graze the clover leys.}\n"
        "  - {id: sheep, date: 2021-04, text: A small flock of Jacob sheep joined the farm to"
        " graze the orchard.}\n"
        "  - {id: hens, date: 2004-04, text: The farm's first livestock was a flock of 60"
        " hens.}\n",
    ) as engine:
        # Goats are near cattle and sheep in meaning, and neither is a goat
        assert_top(engine.ask("when did we get the goats?"), None)
        assert_top(engine.ask("when did we get the cattle?"), "cattle")


def test_when_the_club_was_set_up_is_when_it_was_founded(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1984-09, text: The Harwick Bridge Club was founded by twelve"
        " players meeting in the church hall.}\n"
        "  - {id: website, date: 2003-02, text: The club launched its first website.}\n"
        "  - {id: league, date: 1991-10, text: The club joined the county league.}\n",
    ) as engine:
        # A club set up is one founded, not a website launched (both "set up" of a kind)
        assert_top(engine.ask("when was the club set up?"), "founded")


def test_where_a_thing_is_is_where_it_opened(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: opens, date: 2021-04-24, text: On 24 April 2021 the club opened the Pickle"
        " Barn as its own indoor centre in a converted farm machinery warehouse on Wharf Lane in"
        " Kettleby with eight indoor courts.}\n"
        "  - {id: planning, date: 2024-05, text: In May 2024 Kettleby Borough Council granted"
        " planning permission for an extension to the Pickle Barn.}\n"
        "  - {id: regional, date: 2024-09, text: The club hosted the Midlands Regional"
        " Championships at the Pickle Barn.}\n",
    ) as engine:
        # Where it is: where it opened, and surely (not a tie with a planning permission for it)
        assert_answers(engine.ask("where is the pickle barn exactly?"), "opens")
        assert_answers(engine.ask("where's the Pickle Barn?"), "opens")


def test_the_current_holder_of_another_role_is_not_the_one_asked_for(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: bevan, date: 2012-05, text: Gwen Bevan was elected chair of the trust in May"
        " 2012.}\n"
        "  - {id: hargreaves, date: 2019-05, text: Tom Hargreaves was elected chair in May 2019"
        " after Gwen Bevan's term ended and still chairs the board.}\n"
        "  - {id: ellery, date: 2021-01, text: Ruth Ellery became director in January 2021"
        " after Daniel Okafor left; she is the current director.}\n",
    ) as engine:
        # She is the current director, and no chair
        assert_top(engine.ask("who's chair now?"), "hargreaves")
        assert_top(engine.ask("who's the director now?"), "ellery")


def test_who_held_a_role_no_fact_of_the_place_names_is_declined(tmp_path: Path) -> None:
    # Three facts about the lighthouse's lens fit alike, and none names a keeper of it
    with evalset_engine(tmp_path, "quaymuseum") as engine:
        assert_top(engine.ask("Who was keeper of the Carrow Ness lighthouse?"), None)


def test_a_mistyped_name_is_read_as_the_name_not_a_month(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 2004-03-12, text: The Friends of the River Lenn was founded"
        " in March 2004.}\n"
        "  - {id: weir, date: 2013-03, text: The trust removed Cobb's Weir in March 2013.}\n"
        "  - {id: halden, date: 2015-03, text: Priya Halden became director of the trust in"
        " March 2015.}\n"
        "  - {id: marsh, date: 2022-11-14, text: 'Owen Marsh became director of the trust,"
        " succeeding Priya Halden.'}\n",
    ) as engine:
        # "Marsch", with a capital after "Owen", is Marsh, as near as "march" and a name
        assert_top(engine.ask("When did Owen Marsch become directer?"), "marsh")


def test_a_fact_that_gives_another_count_of_the_thing_is_no_answer(tmp_path: Path) -> None:
    # The two new trebles made "a ring of eight", not of ten
    with evalset_engine(tmp_path, "towerbells") as engine:
        assert_top(engine.ask("When were the bells augmented to a ring of ten?"), None)
        assert engine.ask("When were the bells augmented to a ring of eight?").answered


STAYS = (
    "facts:\n"
    "  - {id: founded, date: 1998-09, text: The Aldermoor Choral Society gave its first concert"
    " in the Customs House.}\n"
    "  - {id: ellison, date: 2003-01, text: Margaret Ellison took over from Harold Penhallow as"
    " musical director.}\n"
    "  - {id: gerontius, date: 2010-06-26, text: 'The society sang The Dream of Gerontius,"
    " Margaret Ellison''s farewell concert as musical director.'}\n"
    "  - {id: wierzbicki, date: 2010-09-06, text: 'Tomasz Wierzbicki, organist of the"
    " cathedral, succeeded Margaret Ellison as musical director.'}\n"
    "  - {id: net-loft, date: 2006-04, text: The society moved out of the Customs House into the"
    " Net Loft on Pier Road.}\n"
    "  - {id: flood, date: 2013-12-06, text: A tidal surge flooded the Net Loft and the society"
    " lost its music library.}\n"
    "  - {id: fish-market, date: 2016-03, text: The society moved from the Net Loft into the Old"
    " Fish Market.}\n"
)


def test_how_long_someone_held_a_role_runs_to_the_day_they_were_succeeded(
    tmp_path: Path,
) -> None:
    with engine_over(tmp_path, STAYS) as engine:
        answer = engine.ask("How long did Margaret Ellison serve as musical director?")
        assert_top(answer, "ellison")
        assert answer.until is not None and answer.until.id == "wierzbicki"
        text = reply_text(answer)
        assert text.startswith("7 years and 8 months (January 2003 – 6 September 2010) — ")
        assert "\nUntil: 6 September 2010 — Tomasz Wierzbicki" in text
        assert ("Until", until_line(answer.until)) in answer_card(answer).fields
        # ... but not of a role the base never gives her
        assert_top(engine.ask("How long did Margaret Ellison serve as treasurer?"), None)
        # ... and how long we stayed somewhere, to the day we moved out
        answer = engine.ask("How long was the society in the Net Loft?")
        assert_top(answer, "net-loft")
        assert answer.until is not None and answer.until.id == "fish-market"
        assert reply_text(answer).startswith("9 years and 11 months (April 2006 – March 2016)")


def test_how_big_something_is_told_by_the_fact_that_measures_it(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: bought, date: 2002-08-17, text: 'The herring drifter Silver Tern, built in 1936"
        " and 21 metres long, was towed into Port Carrow after the museum bought her.'}\n"
        "  - {id: restored, date: 2008-03, until: 2011-09, text: The Silver Tern was restored at"
        " Lindsay's boatyard.}\n"
        "  - {id: pontoon, date: 2011-10-08, text: The restored Silver Tern was moored at a new"
        " pontoon on North Quay.}\n",
    ) as engine:
        answer = engine.ask("how big was the Silver Tern?")
        assert_top(answer, "bought")
        assert reply_text(answer).startswith("21 metres (17 August 2002) — ")
        # ... a sum of money is no size
        assert not MEASURE_RE.search("a grant of £1.2m for the hull")


def test_a_fact_that_looks_back_on_an_event_is_not_the_event(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: museum, date: 2008-06, text: The Tanyard Lane depot opened as a bus museum.}\n"
        "  - {id: fire, date: 2012-08-23, text: Fire swept through the main shed at Tanyard"
        " Lane and destroyed three buses.}\n"
        "  - {id: hangar, date: 2012-09, text: The surviving buses were stored in Hangar 3 at"
        " Kemsing Airfield.}\n"
        "  - {id: fire-cause, date: 2012-11, text: The investigation concluded that the fire at"
        " Tanyard Lane had been started by a faulty charger.}\n"
        "  - {id: appeal, date: 2013-02, text: The society launched an appeal for a new roof.}\n",
    ) as engine:
        assert_top(engine.ask("what happened right after the fire at tanyard lane?"), "hangar")


def test_a_fact_that_names_an_event_as_done_is_not_the_event(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: closure, date: 1992-10, text: 'The colliery wound its last coal, and the pit"
        " funding of the band ended with its closure.'}\n"
        "  - {id: renamed, date: 1993-04, text: The members voted to drop Colliery from the"
        " name of the band.}\n"
        "  - {id: cd, date: 1996-04, text: 'The band released its first CD, a tribute to the"
        " closed pit.'}\n"
        "  - {id: grant, date: 1996-11, text: A lottery grant paid for a new set of"
        " instruments.}\n"
        "  - {id: tour, date: 1988-07, text: The band toured West Germany.}\n",
    ) as engine:
        assert_top(engine.ask("what happened right after the pit closed?"), "renamed")


def test_what_came_after_we_lost_a_place_comes_after_the_span_there(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: quarry, date: 2003-05, until: 2019-09, text: A second site opened at Hallam"
        " Quarry under a licence from the council.}\n"
        "  - {id: award, date: 2004-06, text: The course won a family attraction award.}\n"
        "  - {id: covid, date: 2020-03, text: Both courses closed for the first lockdown.}\n"
        "  - {id: zipline, date: 2012-07, text: A zip wire was added over the lake.}\n"
        "  - {id: founded, date: 1998-04, text: The rope course opened in Fell Wood.}\n",
    ) as engine:
        assert_top(engine.ask("what happened right after we lost hallam quarry?"), "covid")


def test_a_person_asked_of_by_one_name_is_found_by_another(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: peg, date: 2005-05, text: 'Whitlock stood down as chairman and Margaret"
        ' "Peg" Alderson, a former nursing sister, was elected chair.\'}\n'
        "  - {id: sohal, date: 2014-06, text: Rajinder Sohal succeeded Alderson as chair in"
        " June 2014.}\n"
        '  - {id: dec, date: 2009-03, text: \'Declan "Dec" Murray opened the cafe with Hannah'
        " Whitlock.'}\n"
        "  - {id: nights, date: 2007-01, text: Murray and Whitlock began hosting a monthly game"
        " night at the Crown.}\n"
        "  - {id: flood, date: 2012-02, text: The cellar flooded after a burst pipe.}\n",
    ) as engine:
        assert_top(engine.ask("who took over from peg as chair?"), "sohal")
        assert_top(engine.ask("where did dec host the monthly game night?"), "nights")


def test_a_place_asked_of_by_the_short_name_a_fact_gives_it_is_found(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 1986-10, text: 'The Undercroft, the bar in the union basement,"
        ' opened in October 1986. Students soon shortened its name to "the Croft".\'}\n'
        '  - {id: renamed, date: 2003-09, text: \'The Undercroft was renamed "Level One" after'
        " a ballot.'}\n"
        "  - {id: first-gig, date: 1986-10, text: The first live gig at the Undercroft was by"
        " The Pylon Kings.}\n"
        "  - {id: flood, date: 2012-02, text: The cellar flooded after a burst pipe.}\n"
        "  - {id: quiz, date: 1995-01, text: A Tuesday quiz night began in the bar.}\n"
        "  - {id: manager, date: 2002-03, text: Gareth Penrose became bar manager.}\n"
        "  - {id: smoke, date: 2006-01, text: Level One became smoke-free.}\n"
        "  - {id: hub, date: 2016-02, text: The union moved to a new building called The Hub.}\n",
    ) as engine:
        assert_top(engine.ask("what did the Croft get renamed to?"), "renamed")
        assert_top(engine.ask("who played the very first gig at the Croft?"), "first-gig")


def test_a_decade_naming_a_things_age_is_no_time_of_the_event(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: spry, date: 2001-06, text: 'The school finished restoring Spry, a 1934 racing"
        " dinghy, replacing four strakes.'}\n"
        "  - {id: elowen, date: 2015-03, text: 'The restoration of Girl Elowen, an 1898 lugger,"
        " began.'}\n"
        "  - {id: shed, date: 1993-04, text: The school opened in a shed at Carrick Reach.}\n"
        "  - {id: fire, date: 2009-11, text: A fire damaged the steam box.}\n"
        "  - {id: visit, date: 2012-05, text: The Princess Royal visited the school.}\n"
        "  - {id: wilf, date: 2006-02, text: Master boatbuilder Wilf Jago retired.}\n"
        "  - {id: course, date: 2010-09, text: A two-year diploma course was added.}\n"
        "  - {id: launch, date: 2018-07, text: Students launched the gig Morvoren.}\n",
    ) as engine:
        assert_top(engine.ask("what was that 1930s racing dinghy we did up called?"), "spry")
        assert not engine.ask("what happened in the 1930s?").answered
        assert not engine.ask("when did we buy the 1930s steam crane?").answered


def test_where_we_went_meanwhile_may_be_told_by_a_fact_placed_after_the_event(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 2011-11-05, text: 'A fire at the Tinsley Park warehouse destroyed"
        " about 640 lanterns.'}\n"
        "  - {id: claim, date: 2012-02, text: 'The insurers settled the warehouse fire claim,"
        " which paid for the new warehouse.'}\n"
        "  - {id: temporary, date: 2011-11, until: 2012-08, text: 'After the warehouse fire, we"
        " ran the hire operation from a borrowed bay at Templeborough until August 2012.'}\n"
        "  - {id: shepcote, date: 2012-09, text: 'We moved into a new warehouse on Shepcote Lane,"
        " fitted with sprinklers and a fire alarm.'}\n"
        "  - {id: founded, date: 1989-04, text: The company was founded in a lock-up on Sidney"
        " Street.}\n"
        "  - {id: tour, date: 2005-06, text: We lit the Arctic Lights tour.}\n"
        "  - {id: led, date: 2013-01, text: The LED changeover began.}\n"
        "  - {id: vans, date: 2008-03, text: Two new Luton vans joined the fleet.}\n",
    ) as engine:
        asked = "where were we working out of while things got sorted after the fire"
        assert_top(engine.ask(asked), "temporary")


def test_who_chairs_the_body_now_is_its_last_chair_though_the_fact_names_no_body(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: pybus, date: 1989-03, until: 1997-11, text: Margaret Pybus was the committee's"
        " founding chair.}\n"
        "  - {id: oakley, date: 1997-11, until: 2006-10, text: Dennis Oakley took over as chair"
        " from Margaret Pybus.}\n"
        "  - {id: lumb, date: 2015-11, until: 2021-10, text: Gareth Lumb was chair until October"
        " 2021.}\n"
        "  - {id: whitlock, date: 2021-10, text: Sian Whitlock was elected chair and still holds"
        " the post.}\n"
        "  - {id: traffic, date: 2014-03, text: 'The police stopped managing the road closures,"
        " so the committee hired a contractor.'}\n"
        "  - {id: storage, date: 2008-05, text: The committee leased a unit to store the"
        " floats.}\n"
        "  - {id: fireworks, date: 2004-06, text: A fireworks finale closed the carnival.}\n"
        "  - {id: rain, date: 2007-06, text: The carnival was cancelled after torrential rain.}\n",
    ) as engine:
        assert_top(engine.ask("who chairs the committee now?"), "whitlock")


def test_the_first_thing_of_a_kind_is_no_founding_of_a_body_named_after_it(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1987-05, text: The Cairnmoor Bothy and Path Trust was founded"
        " at a meeting of fourteen hillwalkers.}\n"
        "  - {id: lochain, date: 1990-06, text: Volunteers began the Coire Lochain path"
        " project.}\n"
        "  - {id: ardle, date: 1995-08, text: The Glen Ardle path project used stone"
        " pitching.}\n"
        "  - {id: bothy, date: 1989-09, text: The trust reroofed Allt Dubh bothy.}\n"
        "  - {id: storm, date: 2021-01, text: A storm washed out the Coire Lochain path.}\n"
        "  - {id: grant, date: 2003-04, text: A lottery grant paid for a path officer.}\n"
        "  - {id: members, date: 2010-03, text: Membership passed 1000.}\n"
        "  - {id: log, date: 2012-05, text: A path log was published online.}\n",
    ) as engine:
        assert_top(engine.ask("what was our first path project"), "lochain")
        assert_top(engine.ask("when was the trust founded?"), "founded")


def test_a_fact_that_names_an_event_in_other_words_only_to_place_itself_is_not_it(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 2007-11-03, text: Fire destroyed the Pier Hall market overnight; it"
        " started in the compressor room of the ice plant.}\n"
        "  - {id: loft, date: 2007-11-12, text: 'Nine days after the fire, the auction restarted"
        " in the old net loft, which served as the temporary market until March 2010.'}\n"
        "  - {id: manager, date: 1998-04, text: Alasdair Bain became market manager.}\n"
        "  - {id: hall, date: 2010-03, text: The new Breakwater Hall opened.}\n"
        "  - {id: boxes, date: 2003-06, text: Plastic boxes replaced the wooden ones.}\n"
        "  - {id: quota, date: 1995-02, text: Quota cuts halved the landings.}\n"
        "  - {id: surge, date: 2014-01, text: A storm surge flooded the hall.}\n"
        "  - {id: coop, date: 2019-09, text: A co-op of skippers bought the market.}\n",
    ) as engine:
        assert_top(engine.ask("when did the old market burn down?"), "fire")


def test_where_we_were_before_a_move_is_the_move_before_it(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: hall, date: 1987-09, text: The school started in St Mary's church hall.}\n"
        "  - {id: rope-walk, date: 1989-04, text: The school moved out of the church hall into"
        " the old infants' school on Rope Walk.}\n"
        "  - {id: fire, date: 2001-02, text: An electrical fire in the percussion store at Rope"
        " Walk destroyed the timpani.}\n"
        "  - {id: mill, date: 2003-09, text: The school moved to the top floors of Calder"
        " Mills.}\n"
        "  - {id: tour, date: 1998-07, text: The youth orchestra toured Vienna.}\n"
        "  - {id: strings, date: 1990-01, text: A junior strings group was formed.}\n"
        "  - {id: grant, date: 2005-05, text: A lottery grant paid for new instruments.}\n"
        "  - {id: hall-opened, date: 2015-10, text: The new concert hall opened.}\n",
    ) as engine:
        assert_top(engine.ask("where were we based before we moved to the mill?"), "rope-walk")


def test_who_took_over_a_band_after_someone_is_who_replaced_them(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: tamika, date: 2009-01, text: Music teacher Tamika Greaves started Junior Steel"
        " for players under sixteen.}\n"
        "  - {id: jordan, date: 2016-09, text: Jordan Alleyne took over Junior Steel from Tamika"
        " Greaves.}\n"
        "  - {id: festival, date: 2023-07, text: Junior Steel won the youth section of the"
        " schools festival.}\n"
        "  - {id: panorama, date: 2012-08, text: The senior band played Panorama.}\n"
        "  - {id: pans, date: 2004-05, text: New tenor pans arrived from Trinidad.}\n"
        "  - {id: hall, date: 2011-02, text: The band moved to the Brookfield hall.}\n"
        "  - {id: grant, date: 2018-03, text: An arts grant paid for a van.}\n"
        "  - {id: tour, date: 2019-06, text: The band toured Germany.}\n",
    ) as engine:
        assert_top(engine.ask("who took over the junior band after Tamika?"), "jordan")
        assert_top(engine.ask("who took over the junior band after tamika?"), "jordan")


def test_who_someone_handed_the_business_over_to_is_who_took_over_from_them(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: margaret, date: 1997-09, text: 'Arthur Pennock retired and handed the dairy to"
        " his daughter, Margaret Hale, who ran it for seventeen years.'}\n"
        "  - {id: tom, date: 2014-04, text: 'Margaret Hale stepped back and her son, Tom Hale,"
        " took over as owner of the dairy.'}\n"
        "  - {id: herd, date: 2003-05, text: The herd grew to 120 Friesians.}\n"
        "  - {id: cheese, date: 2008-10, text: Our Wensleydale won gold at the Nantwich show.}\n"
        "  - {id: shop, date: 2011-06, text: A farm shop opened in the old byre.}\n",
    ) as engine:
        assert_top(engine.ask("who did Margaret hand the business over to?"), "tom")


def test_who_runs_it_now_is_a_holder_not_a_fact_that_names_no_one(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: charity, date: 1986-02, text: 'The station was registered as a charity, run by"
        " a committee of nine volunteers.'}\n"
        "  - {id: derek, date: 1998-05, text: Derek Pollard became station manager in May"
        " 1998.}\n"
        "  - {id: lorna, date: 2021-03, text: Lorna Fisk became station manager in March 2021"
        " and still holds the role.}\n"
        "  - {id: studio, date: 2005-09, text: A new studio opened in the Lister Wing.}\n"
        "  - {id: award, date: 2012-11, text: The breakfast show won a national award.}\n",
    ) as engine:
        assert_top(engine.ask("who runs the station now?"), "lorna")


def test_where_we_were_while_something_was_built_is_told_by_a_span_until_it(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: basement, date: 1996-05, text: The station moved into the basement of the"
        " outpatients block.}\n"
        "  - {id: flood, date: 2007-12, text: A burst main flooded the basement studios.}\n"
        "  - {id: cabin, date: 2008-01, until: 2010-06, text: After the flood the station worked"
        " from a temporary portakabin in car park C until its new studios were ready.}\n"
        "  - {id: wing, date: 2010-06-14, text: 'On 14 June 2010 the station opened its"
        " purpose-built studios on the second floor of the new Lister Wing, built for the"
        " hospital.'}\n"
        "  - {id: award, date: 2013-10, text: The request show won a national award.}\n"
        "  - {id: online, date: 2015-02, text: Programmes began streaming online.}\n"
        "  - {id: manager, date: 1999-04, text: Graham Teague became station manager.}\n"
        "  - {id: visit, date: 2004-07, text: A famous comedian visited the wards.}\n",
    ) as engine:
        question = "while the new studios were being built, where were we working from?"
        assert_top(engine.ask(question), "cabin")


def test_what_a_thing_is_like_is_told_by_the_fact_that_describes_it(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: begun, date: 1998-03, text: 'Work started on Tregarth Quay, an O gauge Cornish"
        " harbour layout, in the new extension.'}\n"
        "  - {id: award, date: 2010-03, text: Tregarth Quay won Best Layout at the Leeds"
        " exhibition.}\n"
        "  - {id: trip, date: 2012-05, text: Twelve members took Tregarth Quay to the Rail Expo"
        " in Houten.}\n"
        "  - {id: garden, date: 2015-06, text: 'The garden railway, a G scale line, opened.'}\n"
        "  - {id: agm, date: 2016-04, text: The club voted to raise the subscription.}\n",
    ) as engine:
        assert_top(engine.ask("what kind of layout is Tregarth Quay?"), "begun")
        assert_top(engine.ask("what sort of layout is tregarth quay"), "begun")
        # ... not a question of what happened to it
        assert_top(engine.ask("what did Tregarth Quay win?"), "award")


def test_a_holder_whose_span_ended_as_the_next_began_is_not_the_holder_now(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1989-05, text: Peg Hartley started a cheese stall on the"
        " market.}\n"
        "  - {id: ruth, date: 2008-02, until: 2022-04, text: Ruth Hartley became managing"
        " director and led the business for fourteen years.}\n"
        "  - {id: heirs, date: 2022-04-01, text: 'Ruth Hartley retired and her children Tom and"
        " Hannah became joint managing directors, the third generation to run the business.'}\n"
        "  - {id: cave, date: 2012-06, text: The shop bought a cave in Crowle for maturing.}\n"
        "  - {id: van, date: 2015-03, text: A new refrigerated van replaced the old Bedford.}\n",
    ) as engine:
        assert_top(engine.ask("who runs the business now?"), "heirs")


def test_an_unknown_event_that_names_a_date_is_that_date(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: rated-2014, date: 2014-03, text: The CQC rated the clinic Requires"
        " Improvement.}\n"
        "  - {id: rated-2017, date: 2017-05, text: The CQC rated the clinic Good.}\n"
        "  - {id: extension, date: 2016-01, text: The clinic opened a new extension.}\n"
        "  - {id: pharmacy, date: 2019-09, text: A pharmacy opened next door.}\n",
    ) as engine:
        asked = "what did the CQC rate us when they came back in 2017?"
        assert_top(engine.ask(asked), "rated-2017")


def test_where_we_were_meanwhile_is_told_by_a_span_that_ended_with_the_event(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1994-05, text: The swimming club was founded at the tarn.}\n"
        "  - {id: containers, date: 2015-06, until: 2017-03, text: Members got changed in"
        " shipping containers in Bracken Field while the clubhouse was built.}\n"
        "  - {id: clubhouse, date: 2017-03, text: The new clubhouse was built on the south shore"
        " and opened.}\n"
        "  - {id: relay, date: 2019-07, text: A charity relay across the tarn raised 4000"
        " pounds.}\n",
    ) as engine:
        asked = "where did we get changed while the new clubhouse was being built?"
        assert_top(engine.ask(asked), "containers")


def test_an_event_of_coming_out_is_its_first_coming_out(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: grant, date: 2014-01, text: The group won a county grant for river kits.}\n"
        "  - {id: dipnet-1, date: 2014-04, text: The group released DipNet 1.0 for Android.}\n"
        "  - {id: dataset, date: 2015-06, text: The reedbed survey dataset was published.}\n"
        "  - {id: dipnet-2, date: 2015-11, text: The group released DipNet 2 for iPhone.}\n"
        "  - {id: award, date: 2016-05, text: The group won the county shield.}\n",
    ) as engine:
        assert_top(engine.ask("what happened just before dipnet came out?"), "grant")


def test_who_took_over_from_someone_when_he_retired_is_his_heir(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1989-04, text: Gareth Pryce started the canoe hire business at"
        " Dolau with six canoes.}\n"
        "  - {id: heir, date: 2003-01, text: Gareth Pryce retired and handed the running of the"
        " business to his son Owain.}\n"
        "  - {id: anniversary, date: 2014-04, text: Gareth Pryce paddled to Pont Hywel to mark"
        " 25 years.}\n"
        "  - {id: rhodri, date: 2018-03, text: Instructor Rhodri Evans retired after 20"
        " years.}\n"
        "  - {id: cafe, date: 2019-05, text: Lowri Evans took over the cafe.}\n",
    ) as engine:
        assert_top(engine.ask("who took over from gareth when he retired?"), "heir")


def test_an_event_named_by_a_year_with_none_that_year_is_not_a_later_one(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: flood-2013, date: 2013-12-23, text: The River Lem burst its banks and flooded"
        " the plant room.}\n"
        "  - {id: flood-2021, date: 2021-01-21, text: 'The River Lem flooded the lido for a"
        " second time, leaving £48,000 of damage.'}\n"
        "  - {id: cafe, date: 2016-05, text: The poolside cafe opened.}\n",
    )
    try:
        assert_top(engine.ask("What damage did the 2016 flood do to the lido?"), None)
        assert_top(engine.ask("What damage did the 2021 flood do to the lido?"), "flood-2021")
    finally:
        engine.store.close()


def test_a_fact_about_an_event_named_by_its_year_may_come_after_that_year(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: drowning, date: 2011-07-30, text: A young canoeist drowned below the weir.}\n"
        "  - {id: inquest, date: 2012-03-08, text: The inquest into the drowning was held at"
        " Aberystwyth.}\n"
        "  - {id: aids, date: 2012-05, text: Buoyancy aids became compulsory on all hires.}\n"
        "  - {id: cafe, date: 2015-04, text: The cafe opened at Tannery Wharf.}\n",
    ) as engine:
        asked = "where was the inquest into the 2011 drowning held?"
        assert_top(engine.ask(asked), "inquest")
        assert_top(engine.ask("where was the 2012 inquest held?"), "inquest")


def test_what_the_world_at_large_knows_gets_no_loose_answer(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1990-05, text: The Ashcombe Rugby Sevens tournament was first"
        " played at Pound Lane.}\n"
        "  - {id: chair, date: 1998-10, until: 2006-10, text: 'Sue Maddox, the rugby club''s"
        " fixtures secretary, chaired the Sevens committee from 1998 to 2006.'}\n"
        "  - {id: move, date: 2002-05, text: The tournament moved to Castle Fields.}\n"
        "  - {id: sponsor, date: 2009-04, text: Fennimore Brewery became the main sponsor.}\n"
        "  - {id: storm, date: 2012-06, text: A lightning storm stopped play for two hours.}\n",
    ) as engine:
        assert_top(engine.ask("who won the rugby world cup in 2003?"), None)
        assert_top(engine.ask("who chaired the sevens committee in 2003?"), "chair")


def test_a_doer_noun_tells_of_no_act_to_contradict_the_question(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: first-race, date: 1988-06, text: The first Horseshoe Fell Race was run from"
        " the village green.}\n"
        "  - {id: brewery, date: 1995, until: 2008, text: Thwaite Brewery was the race's first"
        " sponsor and gave every finisher a bottle of bitter.}\n"
        "  - {id: record, date: 2003-06, text: Ian Holmes set the course record of 41"
        " minutes.}\n"
        "  - {id: chip, date: 2012-06, text: Chip timing was used for the first time.}\n",
    ) as engine:
        assert_top(engine.ask("when did the brewery sponsorship start?"), "brewery")


def test_who_runs_it_now_is_not_a_later_fact_on_its_topic_that_tells_of_no_role(
    tmp_path: Path,
) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: opened, date: 2015-04, text: 'Caffi Cored opened in April 2015 in the old"
        " tannery, run by Sian Pryce.', tags: [cafe]}\n"
        "  - {id: lowri, date: 2021-05, text: 'Lowri Evans took over as manager of Caffi Cored"
        " in May 2021.', tags: [cafe, staff]}\n"
        "  - {id: award, date: 2023-09, text: 'Caffi Cored won the gold award at the Teifi Valley"
        " Food Festival.', tags: [cafe, award]}\n"
        "  - {id: kayaks, date: 2012-06, text: Ten new kayaks arrived for the summer.}\n"
        "  - {id: campsite, date: 2017-03, text: The campsite opened by the river.}\n"
        # ... while a record is held as a role is, and a later one takes it
        "  - {id: record-1, date: 1997-06, text: Tom Airey set a men's course record of 1:25:12"
        " on the fastest course., tags: [record]}\n"
        "  - {id: record-2, date: 2019-06, text: Kieran Dowd ran 1:23:40 to break the men's"
        " record., tags: [record]}\n"
        "  - {id: fog, date: 1990-06, text: The race was stopped by thick hill fog.}\n",
    ) as engine:
        assert_top(engine.ask("who runs the cafe now?"), "lowri")
        assert_top(engine.ask("who's got the fastest men's time on the course now?"), "record-2")


def test_a_thing_named_only_as_a_landmark_is_not_what_the_fact_tells_of(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: stillhouse-opens, date: 2015-03, text: 'In March 2015 the distillery moved"
        " into the Stillhouse, a purpose-built stone building with a glass wall.'}\n"
        "  - {id: centre, date: 2019-05, text: In May 2019 a new visitor centre opened beside the"
        " Stillhouse.}\n"
        "  - {id: festival, date: 2005-07, text: The first lavender festival drew 600 visitors.}\n"
        "  - {id: gin, date: 2011-06, text: The farm launched Purple Hill gin.}\n"
        "  - {id: shop, date: 2001-04, text: A farm shop opened in the threshing barn.}\n"
        "  - {id: sauna, date: 2022-11, text: The club installed a sauna next to the Tarn Hut.}\n",
    ) as engine:
        assert_top(engine.ask("When did the Stillhouse open?"), "stillhouse-opens")
        # ... but a question that names it as a landmark too asks of what stands by it
        assert_top(engine.ask("what opened beside the Stillhouse?"), "centre")
        assert_top(engine.ask("when did we get the hot box down by the tarn hut?"), "sauna")


def test_what_nearly_happened_is_told_by_the_fact_of_the_threat(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: crisis, date: 2011-02, text: 'In February 2011 the trustees warned that the"
        " trust could become insolvent within six months after a fall in visitor numbers.'}\n"
        "  - {id: lift, date: 2014-05, text: The cage lift broke down for a month.}\n"
        "  - {id: lottery, date: 2016-03, text: A lottery grant paid for the engine house"
        " roof.}\n"
        "  - {id: tours, date: 1999-07, text: Underground tours began in the Deep Adit.}\n"
        "  - {id: shop, date: 2004-04, text: A gift shop opened by the car park.}\n",
    )
    assert_top(engine.ask("when did we nearly go bust?"), "crisis")


def test_an_anchor_event_need_only_be_told_apart_from_the_rest(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: speedmaster, date: 2001-07, text: 'In July 2001 a four-colour Heidelberg"
        " Speedmaster, bought second-hand from a printer in Stuttgart, was craned into Mytholm"
        " Works.', tags: [press]}\n"
        "  - {id: bluebell, date: 2002-03, text: In March 2002 the co-op began printing poetry"
        " paperbacks for Bluebell Books.}\n"
        "  - {id: federation, date: 1998-03, text: Members voted to join the Northern Federation"
        " of Print Co-operatives.}\n"
        "  - {id: flood, date: 2013-04, text: Flood doors were fitted at Valley Road.}\n"
        "  - {id: indigo, date: 2021-05, text: An HP Indigo digital printer replaced the old"
        " Komori.}\n"
        "  - {id: founded, date: 1984-09, text: Six printers founded the co-op in a Hebden Bridge"
        " basement.}\n",
    )
    # ("german" is nowhere in the base: the press from Stuttgart is still the one meant)
    question = "what did we do right after the german four-colour press arrived?"
    assert_top(engine.ask(question), "bluebell")


def test_how_much_money_is_told_by_a_sum_not_a_count(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: grant, date: 2014-08, text: 'In August 2014 the council awarded the club"
        " £48,000 to convert the Hollins Park tennis courts.'}\n"
        "  - {id: opened, date: 2015-06, text: 'In June 2015 the club opened four outdoor courts"
        " at Hollins Park, on council land.'}\n"
        "  - {id: barn, date: 2021-04, text: The club opened the Pickle Barn with eight indoor"
        " courts.}\n"
        "  - {id: founded, date: 2003-09, text: Weekly sessions began in St Aidan's Church"
        " Hall.}\n"
        "  - {id: league, date: 2009-01, text: The club joined the North Midlands league.}\n",
    )
    assert ids(engine.ask("how much did the council give us for the park courts?"))[0] == "grant"
    # ... while "how many" still counts
    assert ids(engine.ask("how many outdoor courts did we open at hollins park?"))[0] == "opened"


def test_a_question_of_general_knowledge_gets_no_loose_answer(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: drone, date: 2018-07, text: 'The July 2018 count was the first drone-assisted"
        " swan count, with a drone flown over the reed beds below Hobb''s Weir.'}\n"
        "  - {id: first, date: 1988-07, text: The first swan count was made in July 1988 by"
        " six volunteers in two rowing boats.}\n",
    )
    # "can a swan", "does a bottle": of swans and bottles in general, not of ours
    assert engine.ask("how fast can a swan fly?").status == "declined"
    assert engine.ask("how long does a swan live?").status == "declined"
    # ... while of our own count, the loose match stands
    assert_top(engine.ask("when did we first fly a drone over the swans?"), "drone")


def test_an_order_question_finds_the_facts_that_say_it_in_other_words(tmp_path: Path) -> None:
    bells = "".join(
        f"  - {{id: bell-{year}, date: {year}, text: The foundry cast a bell for {saint}'s.}}\n"
        for year, saint in enumerate(("St Chad", "St Mary", "St John", "St Giles") * 6, 1986)
    )
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: walter, date: 1984, until: 1995, text: Walter Kettle led the foundry as"
        " managing partner.}\n"
        "  - {id: desmond, date: 1995, until: 2014-06, text: 'Desmond Pryce became managing"
        " director, leading it until June 2014.'}\n"
        "  - {id: ravi, date: 2014-06, text: Ravi Dhillon became managing director in June 2014;"
        " he is the first managing director from outside the founding families.}\n" + bells,
    )
    # The base has "leading", but its newest head is told in other words, and without the
    # word "foundry" that nearly every fact has
    assert ids(engine.ask("who runs the foundry these days?"))[:1] == ["ravi"]


def test_where_things_moved_when_an_event_caused_the_move(tmp_path: Path) -> None:
    shows = "".join(
        f"  - {{id: show-{year}, date: {year}, text: The side danced at {town} on May Day.}}\n"
        for year, town in enumerate(("Todmorden", "Sowerby", "Ripponden") * 4, 1993)
    )
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: methodist, date: 1992, text: Practice night moved to the Methodist hall.}\n"
        "  - {id: birchcliffe, date: 2001-10, until: 2015-06, text: 'Practice night moved to"
        " the Birchcliffe Centre, because the Methodist hall had been sold for flats.'}\n"
        "  - {id: sword, date: 2009-07, text: A sword snapped during a performance at the"
        " Piece Hall.}\n" + shows,
    )
    # The move the sale caused, not a fact from the years practice was there
    question = "where did we move practice to when the chapel hall got sold off?"
    assert ids(engine.ask(question))[:1] == ["birchcliffe"]


def test_a_people_s_word_names_their_country(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: piano, date: 2003-05, text: The choir bought a grand piano for the hall.}\n"
        "  - {id: canada, date: 2003-09, text: The choir made a three-week tour of Canada.}\n"
        "  - {id: brittany, date: 2007-06, text: The choir made a tour of Brittany.}\n"
        "  - {id: patagonia, date: 2011-10, text: The choir made a tour of Patagonia.}\n"
        "  - {id: cd, date: 2012-03, text: The choir recorded its anniversary CD.}\n",
    )
    question = "What transpired shortly before the choir's Canadian tour?"
    assert ids(engine.ask(question))[:1] == ["piano"]
    assert ids(engine.ask("when was the Canadian tour?"))[:1] == ["canada"]


def test_where_someone_went_when_they_left_is_told_by_their_leaving(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: post, date: 2004-09, until: 2016-03, text: Tamsin Hocking became master"
        " shipwright at the Polventon yard and held the post until March 2016.}\n"
        "  - {id: leaves, date: 2016-03, text: Tamsin Hocking left in March 2016 to set up her"
        " own boatyard at Douarnenez in Brittany.}\n"
        "  - {id: tobias, date: 2013-03, text: Rigger Tobias Crane quit in March 2013 and moved"
        " to Falmouth.}\n"
        "  - {id: launch, date: 2010-05, text: The yard launched the gig Morwenna.}\n",
    )
    # Her leaving, not the post she held until then, nor someone else's leaving
    assert ids(engine.ask("where did Tamsin head off to when she left us?"))[:1] == ["leaves"]
    assert ids(engine.ask("where did tamsin go when she quit?"))[:1] == ["leaves"]


@pytest.mark.parametrize(
    "question",
    [
        "how is limestone formed?",
        "how many balls are there in an over?",
        "how high is a pickleball net in the middle?",
        "how many squares are there on a chess board?",
        "how long do puffins live for?",
        "how long is a quarter in a water polo match?",
        "what does the word karate actually mean?",
        "what's the latin name for blackthorn?",
        "how many players are on a hurling team?",
        "how many pins are used in ten-pin bowling?",
        "how many species of orchid are there in the world?",
        "what is the chemical formula of methane?",
        "at what temperature does iron melt?",
        "what's the capital of new zealand?",
        "what's the tallest roller coaster in the world?",
        "whats the weather going to be like in bergen tomorrow",
        "what's the highest checkout you can get in darts?",
        "random one, nothing to do with us, but what year did the first talking picture come out?",
    ],
)
def test_a_question_of_general_knowledge_is_declined(tmp_path: Path, question: str) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1921, text: Cragford Stone was formed to quarry limestone.}\n"
        "  - {id: final, date: 2005, text: 'The club won the cup final off the last ball of the"
        " last over, with 14 balls to spare in the chase.'}\n"
        "  - {id: net, date: 2019, text: The club bought a pickleball net for the middle court.}\n"
        "  - {id: board, date: 2008, text: 'A giant chess board, with 64 squares of slate, was"
        " laid in the square.'}\n"
        "  - {id: cam, date: 2016, text: A puffin cam went live on the island for the birds that"
        " live in the burrows.}\n"
        "  - {id: jam, date: 2016-11, until: 2017-03, text: 'The pool floor jammed, too shallow"
        " for a water polo match until March.'}\n"
        "  - {id: dojo, date: 1988-09, text: The karate club opened its first dojo.}\n"
        "  - {id: hedge, date: 2001-02, text: Volunteers laid a blackthorn hedge along Latin"
        " Lane.}\n"
        "  - {id: hurling, date: 1995-05, text: Our hurling team won the county cup with"
        " fifteen players.}\n"
        "  - {id: pins, date: 1999-10, text: The ten-pin bowling night raised 300 pounds for new"
        " pins.}\n"
        "  - {id: orchid, date: 2003-06, text: Members counted 40 species of orchid in the"
        " smallest nature reserve in the world.}\n"
        "  - {id: gas, date: 1960-01, text: 'The gasworks switched from coal gas to methane, whose"
        " chemical formula was painted on the holder.'}\n"
        "  - {id: smelt, date: 2006-10, text: The restored furnace was relit to smelt iron for"
        " a demonstration.}\n"
        "  - {id: tour, date: 2012-04, text: The choir toured New Zealand and sang in its"
        " capital.}\n"
        "  - {id: coaster, date: 2014-05, text: The park opened Kraken as its tallest roller"
        " coaster.}\n"
        "  - {id: bergen, date: 2017-09, text: The lab began its work with Bergen on the"
        " weather of the fjords.}\n"
        "  - {id: darts, date: 2019-03, text: Sam Doran hit the highest checkout in the darts"
        " league.}\n"
        "  - {id: talkie, date: 1931-02, text: The picture house showed its first talking"
        " picture.}\n",
    )
    answer = engine.ask(question)
    assert answer.status == "declined" and "general knowledge" in decline_text(answer)
    # ... but one of the base's own history is not
    assert engine.ask("when was Cragford Stone formed?").answered
    assert engine.ask("when did we first smelt iron in the restored furnace?").answered


def test_who_runs_it_now_is_the_one_a_fact_calls_the_current_holder(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: tomasz, date: 2015-03, until: 2021-03, text: Tomasz Nowak was elected chair of"
        " the club.}\n"
        "  - {id: aisha, date: 2021-03, text: Aisha Bello was elected chair at the online AGM and"
        " is the current chair of the club.}\n"
        "  - {id: girls, date: 2022-02, text: 'The club started Queens Corner, a girls-only"
        " Thursday session run by Priya Raman.'}\n"
        "  - {id: move, date: 2019-09, text: The club moved to the Corn Exchange.}\n",
    )
    assert ids(engine.ask("who's running the club these days?"))[:1] == ["aisha"]


def test_a_switch_to_a_thing_is_not_told_by_a_fact_of_its_switching_off(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: moved, date: 2011-03, text: DevTools switched all build jobs to Jenkins 1.400.}\n"
        "  - {id: shut, date: 2021-06-30, text: 'The last Jenkins controller, jenkins-prod-03, was"
        " switched off on 30 June 2021.'}\n"
        "  - {id: gitlab, date: 2019-05, text: The team adopted GitLab CI for new projects.}\n",
    )
    assert ids(engine.ask("when did we switch to jenkins"))[:1] == ["moved"]


def test_a_when_clause_may_name_the_event_asked_of(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1996-03, text: Ruth Penhallow started the soapworks in her"
        " kitchen in Madron.}\n"
        "  - {id: eu-rules, date: 2013-07-11, text: 'The EU Cosmetics Regulation came into"
        " force, requiring a safety assessment for every soap recipe.'}\n"
        "  - {id: range-cut, date: 2013-09, text: 'Unable to afford safety assessments for"
        " every recipe, the company cut its range from 31 soaps to 19, dropping the whole"
        " Gorse Bloom range.'}\n"
        "  - {id: shaving, date: 2010-05, text: The Old Salt shaving soap was launched.}\n"
        "  - {id: gorse-launch, date: 2004-04, text: The Gorse Bloom range was launched at the"
        " Royal Cornwall Show.}\n"
        "  - {id: hayle, date: 2016-05, text: Production moved to a larger unit in Hayle.}\n",
    ) as engine:
        answer = engine.ask("which range got dropped when we cut recipes for the EU rules?")
        assert_top(answer, "range-cut")


def test_where_things_went_when_they_moved_out_is_told_by_the_move(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: first-retreat, date: 2008-10, text: The first knitting retreat was held in"
        " the mill's top-floor loft at Gowan Bank Mill.}\n"
        "  - {id: manager, date: 2011-04, until: 2020-08, text: 'Priya Nair, a textile engineer"
        " from Leeds, managed Gowan Bank Mill from April 2011 until August 2020, when she left"
        " to teach at the university.'}\n"
        "  - {id: retreats-moved, date: 2012-05, text: 'From May 2012 the knitting retreats"
        " moved out of the mill to Hollins Farm, a converted barn in Longsleddale.'}\n"
        "  - {id: shop, date: 2014-03, text: The shop moved to Main Street in Keswick.}\n"
        "  - {id: online, date: 2020-05, text: The retreats went online for the lockdown.}\n",
    ) as engine:
        answer = engine.ask("where did the retreats go once they moved out of the mill?")
        assert_top(answer, "retreats-moved")


def test_where_we_went_after_an_event_is_told_by_the_move_it_caused(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: pavilion, date: 1995-11, text: The first show was held in the Dale Pavilion"
        " at Calderbrook showground.}\n"
        "  - {id: brindle, date: 2013-05, text: 'In May 2013, after the Dale Pavilion roof was"
        " condemned, the society agreed to move the show to the indoor arena at Brindle Fold"
        " Equestrian Centre, where it was held from that November.'}\n"
        "  - {id: inquiry, date: 2014-02, text: A judging inquiry cleared the panel of"
        " favouritism.}\n"
        "  - {id: secretary, date: 2015-10, text: Harjit Sandhu was elected show secretary.}\n"
        "  - {id: flu, date: 2007-11, text: The show was cancelled because of bird flu.}\n",
    ) as engine:
        answer = engine.ask("where did we end up after the pavilion roof was falling in?")
        assert_top(answer, "brindle")


def test_a_fact_that_came_after_the_event_is_not_the_event(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: robbery, date: 2018-08-09, text: 'A man in a balaclava threatened volunteer"
        " Keith Sowerby and took the cash float before escaping on a moped.'}\n"
        "  - {id: cashless, date: 2018-10, text: 'In October 2018, after the August robbery,"
        " the launderette went fully cashless and removed the coin boxes.'}\n"
        "  - {id: next-door, date: 2019-06, text: The launderette moved next door to 16 Bridge"
        " Street.}\n"
        "  - {id: grant, date: 2017-03, text: A council grant paid for six new washers.}\n"
        "  - {id: repair, date: 2016-05, text: The repair cafe started on Saturday mornings.}\n",
    ) as engine:
        answer = engine.ask("what happened right after we got robbed in 2018")
        assert_top(answer, "cashless")


def test_a_word_the_base_never_uses_is_read_by_its_meaning(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: refit, date: 2016-04, text: The kitchen was refitted with two new ovens.}\n"
        "  - {id: manager, date: 2019-02, text: 'Dana Whitlock, a former grocery buyer, became"
        " shop manager.'}\n"
        "  - {id: terrace, date: 2020-06, text: The terrace opened with twelve tables.}\n"
        "  - {id: lights, date: 2021-11, text: New lights were hung along the pier.}\n"
        "  - {id: tour, date: 2022-05, text: The choir toured Denmark.}\n",
    ) as engine:
        lamps = engine.ask("when did we put up the new lamps on the pier?")
        assert_top(lamps, "lights")
        # --explain shows a maintainer how the word was read
        assert any("lamps[alike->light," in line for line in engine.explain(lamps))
        assert_top(engine.ask("which manager used to work at a supermarket?"), "manager")


def test_a_word_the_base_has_is_read_by_its_meaning_too_for_less(tmp_path: Path) -> None:
    with engine_over(
        tmp_path,
        "facts:\n"
        "  - {id: closure, date: 2011-04, text: From April 2011 Mill Road was closed to private"
        " vehicles above the ford.}\n"
        "  - {id: rally, date: 2014-07, text: The first classic cars rally filled the market"
        " square.}\n"
        "  - {id: shuttle, date: 2012-05, text: A shuttle bus began running up Mill Road from the"
        " station.}\n"
        "  - {id: cafe, date: 2013-06, text: The cafe by the ford opened with twelve tables.}\n"
        "  - {id: stall, date: 2016-03, text: The farm shop began selling eggs at the gate.}\n"
        "  - {id: market, date: 2017-09, text: The monthly market started in the square.}\n",
    ) as engine:
        # The base says "cars" of a rally; the closure says "vehicles"
        banned = engine.ask("when were private cars banned from mill road?")
        assert_top(banned, "closure")
        assert any("cars[known, near->vehicl," in line for line in engine.explain(banned))
    (tmp_path / "van").mkdir()
    with engine_over(
        tmp_path / "van",
        "facts:\n"
        "  - {id: bought, date: 2011-04, text: The club voted to buy a second-hand Transit van.}\n"
        "  - {id: plants, date: 2014-07, text: The spring plant sale raised 400 pounds.}\n"
        "  - {id: sold, date: 2016-07, text: The old van was sold for scrap.}\n",
    ) as engine:
        # "buy" is as near "sell" in meaning as "sale" is, but it is its opposite
        (line,) = [
            line
            for line in engine.explain(engine.ask("when did we sell the van?"))
            if line.startswith("terms:")
        ]
        assert "sell[known, near->sale," in line


def test_who_holds_a_role_now_is_told_by_one_who_took_it_in_other_words(tmp_path: Path) -> None:
    (tmp_path / "salons").mkdir()
    engine = small_engine(
        tmp_path / "salons",
        "facts:\n"
        "  - {id: founded, date: 2003, text: Brenda Hale founded Brushwood Grooming in"
        " Shrewsbury.}\n"
        "  - {id: ceo, date: 2022-08, text: 'Hannah Price became chief executive of Brushwood"
        " Grooming, succeeding Dev Malhotra.'}\n"
        "  - {id: escape, date: 2023-05, text: A collie slipped its lead during handover at the"
        " Oswestry salon and ran off.}\n",
    )
    # "runs" is a lead; the newest fact with that word tells of a dog's lead, and no fact
    # that fits as well tells of anyone holding a role: the one who took the chief's role does
    assert_top(engine.ask("who runs the company now?"), "ceo")
    (tmp_path / "farm").mkdir()
    engine = small_engine(
        tmp_path / "farm",
        "facts:\n"
        "  - {id: gareth, date: 2019-04, text: Gareth Lloyd became manager of the orchard team.}\n"
        "  - {id: priya, date: 2023-11, text: 'Priya Shah joined from Bristol, becoming manager"
        " of the orchard team.'}\n"
        "  - {id: planting, date: 2021-03, text: The orchard team planted the Church Field.}\n",
    )
    # ... and "becoming manager" tells of holding the role as "became manager" does
    assert_top(engine.ask("who manages the orchard team now?"), "priya")


def test_a_bench_in_her_name_or_group_of_the_year_is_no_naming(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: rename, date: 2003-06, text: The Stenbury Mushroom Group changed its name to"
        " the Stenbury Wild Food Club.}\n"
        "  - {id: award, date: 2020-11, text: The club was named Mardenshire Volunteer Group of"
        " the Year for its lockdown hedgerow boxes.}\n"
        "  - {id: bench, date: 2022-02, text: 'Founder Margaret Oakes died; members paid for an"
        " oak bench in her name at the forest car park.'}\n",
    )
    # The newest namings are an award and a memorial: the name we have now came with the rename
    assert_top(engine.ask("when did we get the name we have now?"), "rename")
    # ... and the award is still told when asked of in those words
    assert_top(engine.ask("who named us volunteer group of the year?"), "award")


def test_the_most_recent_award_is_chosen_among_awards_worded_otherwise(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: heritage, date: 2009-05, text: The club won a county heritage award for its"
        " oral history of foraging.}\n"
        "  - {id: environment, date: 2013-06, text: The club won the Mardenshire Environment"
        " Award for its foraging code.}\n"
        "  - {id: volunteers, date: 2020-11, text: The club was named Mardenshire Volunteer Group"
        " of the Year for its lockdown hedgerow boxes.}\n"
        "  - {id: walk, date: 2021-09, text: The club hosted a fungus walk for the judges of the"
        " county show.}\n",
    )
    # "the most recent award" says what kind of fact is wanted, as "the latest award" does:
    # one that is an award, though it says "named ... of the Year", not "won"
    assert_top(engine.ask("what's the most recent award we won?"), "volunteers")


def test_a_switch_is_told_by_what_was_done_instead(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 2011-09, text: The ukulele club began meeting weekly in the"
        " back room of the Fleece.}\n"
        "  - {id: zoom, date: 2020-03-23, text: 'When lockdown began the club stopped meeting in"
        " person and ran weekly sessions on Zoom instead.'}\n"
        "  - {id: back, date: 2021-09, text: Sessions in person came back at the church hall"
        " after lockdown.}\n",
    )
    # "stopped meeting in person and ran sessions on Zoom instead" is the switch itself: a
    # sure answer, not a loose match that lacks the word "switch"
    answer = engine.ask("when did we switch our sessions to zoom?")
    assert_top(answer, "zoom")
    assert answer.note != LOOSE


def test_who_succeeded_mr_pugh_is_the_next_to_hold_his_role(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pugh, date: 1985-09, until: 1997-07, text: 'Emlyn Pugh, the retired"
        " headmaster, was the choir''s founding musical director until he retired in July"
        " 1997.'}\n"
        "  - {id: song, date: 1990, approx: late, text: 'Late in 1990 musical director Emlyn Pugh"
        " wrote Hiraeth am Gwmderi, the choir''s signature piece.'}\n"
        "  - {id: rowlands, date: 1997-09, until: 2011-07, text: Gareth Rowlands became musical"
        " director in September 1997 and led the choir until July 2011.}\n",
    )
    # "Mr" names no one, and the song Pugh wrote is his own fact ("Late in 1990 musical
    # director Emlyn Pugh wrote ..." is about him): the heir is the next musical director
    assert_top(engine.ask("Who succeeded Mr Pugh as our musical director?"), "rowlands")


def test_a_tag_s_initials_name_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: gwen, date: 1999-04, until: 2006-09, text: Gwen Tallis founded the run and was"
        " its first run director., tags: [run-director, founder]}\n"
        "  - {id: snow, date: 2010-12, text: Snow cancelled the run three weeks running.}\n"
        "  - {id: derek, date: 2006-09, until: 2011-04, text: Derek Ambrose took over as run"
        " director in September 2006., tags: [run-director]}\n",
    )
    assert_top(engine.ask("who took over from gwen as RD?"), "derek")


def test_one_named_only_as_the_predecessor_is_not_the_one_the_fact_is_about(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: ellery, date: 1990-09, until: 1999-10, text: 'Margaret Ellery, co-founder and"
        " head of music at Harrowfield Grammar School, was the festival''s first artistic"
        " director from its founding in September 1990 until she retired in October 1999.'}\n"
        "  - {id: okafor, date: 1999-11, until: 2011-08, text: 'Daniel Okafor, formerly assistant"
        " organist at St Aldhelm''s Cathedral, was appointed artistic director in November 1999"
        " in succession to Margaret Ellery, and led the festival until August 2011.'}\n",
    )
    # Okafor's span is his, not hers: "in succession to" names the one he followed, so his
    # fact is no rival to hers
    answer = engine.ask("how many years was margaret the artistic director?")
    assert_top(answer, "ellery")
    assert answer.status == "answered"


def test_where_things_went_meanwhile_is_not_someone_s_time_in_a_role(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: okafor, date: 1999-11, until: 2011-08, text: 'Daniel Okafor, formerly assistant"
        " organist at St Aldhelm''s Cathedral, where he had worked for ten years, was appointed"
        " artistic director in November 1999, and led the festival until August 2011.'}\n"
        "  - {id: closure, date: 2008-01, until: 2010-04, text: 'St Aldhelm''s Cathedral closed"
        " its nave in January 2008 for major repairs to the lead roof, and it reopened in April"
        " 2010.'}\n"
        "  - {id: corn, date: 2009-06, text: 'With the cathedral nave shut, the gala concert of"
        " the June 2009 festival was held in the Corn Exchange.'}\n"
        "  - {id: back, date: 2010-06, text: The gala concert returned to the cathedral nave in"
        " June 2010.}\n",
    )
    # Okafor's years as director span the closure and name the cathedral, "until" and all:
    # they tell of no place things went to meanwhile
    answer = engine.ask("once the cathedral shut for the roof work, where did the gala go?")
    assert_top(answer, "corn")


def test_before_we_had_a_place_is_before_it_first_opened(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: stall, date: 1993, approx: mid, text: In the middle of 1993 the Arkwrights first"
        " sold their pork and sausages from a stall at the Thursday market in Craven Arms.}\n"
        "  - {id: dairy, date: 1995-08, text: 'In August 1995 the first farm shop opened in the"
        " old dairy at Cleeve Hollow, selling fresh pork, sausages and eggs.'}\n"
        "  - {id: barn, date: 2003-10, text: In October 2003 the farm shop moved out of the old"
        " dairy into the converted threshing barn next to the yard.}\n"
        "  - {id: ludlow, date: 2012-04, text: A second shop opened on Broad Street in Ludlow.}\n",
    )
    answer = engine.ask("where did we sell our pork before we had a shop of our own?")
    assert_top(answer, "stall")


def test_a_retired_projectionist_tells_of_no_retiring(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founding, date: 1994-03, text: 'The festival was founded by Maureen Tallis, a"
        " retired cinema projectionist, and Dev Okafor, a local wedding videographer.'}\n"
        "  - {id: leaves, date: 1999-11, text: Co-founder Dev Okafor left the festival committee"
        " to take a job in Cardiff.}\n",
    )
    # "retired" there describes Maureen; only Dev's leaving tells of his quitting
    answer = engine.ask("when did dev pack it in?")
    assert_top(answer, "leaves")
    assert answer.status == "answered"


def test_a_reason_the_question_gives_may_be_the_one_the_fact_places_itself_by(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: run-off, date: 2001-05, text: 'The Memorial Run was cancelled in 2001, after the"
        " foot-and-mouth outbreak closed the moorland roads.'}\n"
        "  - {id: run-first, date: 1962-06, text: The first Memorial Run crossed the moors from"
        " Harnsworth to Cragg Top.}\n"
        "  - {id: flood, date: 2007-07, text: The river flooded the clubhouse cellar.}\n",
    )
    # the roads shut is the question's own reason, not a contradiction of the cancelling
    answer = engine.ask("when was the run cancelled because of the cattle disease shutting roads?")
    assert_top(answer, "run-off")
    assert answer.status == "answered"


def test_hearsay_before_when_was_that_is_the_event_asked_about(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: power-cut, date: 2006-09-16, text: A power cut at the cattle market one"
        " night left the bar staff serving pints by torchlight for two hours.}\n"
        "  - {id: market-move, date: 1998-09, text: The festival moved into the cattle market"
        " sheds on Bridge Road.}\n"
        "  - {id: demolition, date: 2013-11, text: The council announced that the cattle market"
        " would be demolished.}\n",
    )
    answer = engine.ask(
        "sorry if this has come up before, but my brother-in-law swears the lights went out one"
        " year down at the cattle market and everyone was pulling pints in the dark - was he"
        " having me on, or when was that?"
    )
    assert_top(answer, "power-cut")
    assert answer.status == "answered"


def test_who_took_over_as_a_role_after_someone_died_is_their_heir_in_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: maddox, date: 1951-05, until: 1973-02, text: Cyril Maddox was the first"
        " chairman of the Pier Company.}\n"
        "  - {id: hemsley, date: 1973-03, text: 'Gordon Hemsley, a builders merchant, followed"
        " Cyril Maddox as chairman of the Pier Company in March 1973.'}\n"
        "  - {id: storm, date: 1973-11, text: A storm tore the roof off the Pier Company's"
        " theatre.}\n",
    )
    answer = engine.ask("Who took over as chairman of the Pier Company after Cyril Maddox died?")
    assert_top(answer, "hemsley")


def test_what_happened_at_the_club_in_a_period_lists_the_period(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: chair, date: 1979-06, until: 1991-04, text: Glyn Morgan chaired the club.}\n"
        "  - {id: gates, date: 1981-05, text: The Ashdown Memorial Gates were unveiled at the"
        " entrance to Brindle Field.}\n"
        "  - {id: colts, date: 1982-09, text: The youth section began with an under-17 Colts"
        " team.}\n"
        "  - {id: cup, date: 1990-04, text: The first XV won the County Cup.}\n",
    )
    # the whole base is the club's: "at the club" is not a word its facts must hold
    answer = engine.ask("what happened at the club between 1980 and 1984?")
    assert answer.mode == "list"
    assert ids(answer)[:2] == ["gates", "colts"]
    assert "cup" not in ids(answer)


def test_what_came_next_for_the_club_is_what_came_next(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: gates, date: 1981-05, text: The Memorial Gates were unveiled at the entrance"
        " to Brindle Field.}\n"
        "  - {id: colts, date: 1982-09, text: The youth section began with an under-17 Colts"
        " team.}\n"
        "  - {id: chair, date: 1991-04, text: Doreen Mabbs was elected chair of the club.}\n",
    )
    answer = engine.ask("what came next for the club after the Memorial Gates went up?")
    assert_top(answer, "colts")


def test_clipping_is_shearing_and_crooks_are_thieves(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: record, date: 1994-06-14, text: 'Dafydd Rowlands broke the tally record,"
        " shearing 451 lambs in nine hours.'}\n"
        "  - {id: theft, date: 2009-11, text: Thieves broke into the hall and stole fourteen"
        " shearing handpieces.}\n"
        "  - {id: show, date: 1996-08, text: The first lamb show was held at the hall.}\n",
    )
    answer = engine.ask("how many lambs did Dafydd clip when he smashed the record?")
    assert_top(answer, "record")
    assert_top(engine.ask("when did those crooks nick the clippers from the hall?"), "theft")


def test_a_trophy_may_be_a_shield(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: shield, date: 1994-04, text: The orchestra was awarded the Marlowe Shield for"
        " the best youth orchestra in the south.}\n"
        "  - {id: tour, date: 1994-07, text: The orchestra toured Norway.}\n"
        "  - {id: cd, date: 1995-03, text: The orchestra recorded its first CD.}\n",
    )
    assert_top(engine.ask("which trophy did we win in 1994?"), "shield")


def test_grown_ups_a_first_lass_bravery_and_a_telly_programme(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fare, date: 2010-04, text: The adult single fare rose to one pound.}\n"
        "  - {id: joan, date: 1969-06, text: Joan Ridley became the first woman licensed to row"
        " passengers on the crossing.}\n"
        "  - {id: lass, date: 1971-05, text: The ferry boat Wendle Lass was launched for the"
        " crossing.}\n"
        "  - {id: medal, date: 1958-03, text: Ezra Thwaite received the County Gallantry Medal.}\n"
        "  - {id: award, date: 2009-11, text: The ferry won the Waterways Heritage Award.}\n"
        '  - {id: tv, date: 2013-02, text: \'A television documentary, "Six Oars", was broadcast'
        " about the ferry.'}\n"
        "  - {id: course, date: 2016-06, text: The ferry began a training programme for new"
        " rowers.}\n",
    )
    assert_top(engine.ask("when did the fare go up for grown-ups?"), "fare")
    assert_top(engine.ask("who was the first lass to row passengers across?"), "joan")
    assert_top(engine.ask("who got a medal for bravery?"), "medal")
    assert_top(engine.ask("when was the tv programme about us on?"), "tv")


def test_a_whip_round_wheeling_bikes_the_lads_and_the_records(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: flood, date: 1957-11-19, text: The river burst its banks and the ferrymen took"
        " 34 people out of their houses.}\n"
        "  - {id: capsize, date: 1984-12-03, text: In thick fog a ferry boat was struck by a"
        " barge and overturned.}\n"
        "  - {id: roll, date: 1985-04, text: Only 11 ferrymen were left on the roll.}\n"
        "  - {id: quiet, date: 1999, text: 'Just 18000 passengers used the crossing, the quietest"
        " year on record.'}\n"
        "  - {id: bikes, date: 1995-06, text: Passengers were allowed to bring bicycles aboard.}\n"
        "  - {id: appeal, date: 2022-03, text: A public appeal for a new boat raised 48500"
        " pounds.}\n",
    )
    assert_top(engine.ask("how many people did the lads get out of their houses in 1957?"), "flood")
    assert_top(
        engine.ask("what's the next thing in the records after the barge sank a boat in the fog?"),
        "roll",
    )
    assert_top(engine.ask("when could people first wheel their bikes onto our boats?"), "bikes")
    assert_top(engine.ask("when did we have the whip-round for a new boat?"), "appeal")


def test_practically_everything_a_battering_and_getting_hands_on_a_place(
    tmp_path: Path,
) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 1992-09-27, text: A fire in the ballroom annexe destroyed the roof"
        " and ninety machines.}\n"
        "  - {id: storm, date: 1983-02-01, text: Heavy seas damaged every window on the seaward"
        " side.}\n"
        "  - {id: bought, date: 1971-03, text: Ronald and Iris Dimmock bought the arcade from"
        " Arthur Quennell.}\n"
        "  - {id: pusher, date: 1986-07, text: The Dimmocks installed a giant coin pusher.}\n",
    )
    assert_top(engine.ask("when did we lose practicaly everything in the big blaze?"), "fire")
    assert_top(engine.ask("when did the arcade take a battering from the sea?"), "storm")
    assert_top(engine.ask("when did the Dimmocks get their hands on the place?"), "bought")


def test_the_day_after_christmas_hike_is_the_boxing_day_walk(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: walk, date: 1965-12-26, text: The Boxing Day walk to the Fox and Hounds was"
        " first held.}\n"
        "  - {id: dinner, date: 1970-12-20, text: The first Christmas dinner was held at the"
        " Fox and Hounds.}\n"
        "  - {id: bridge, date: 2007-07, text: The floods swept away the wooden footbridge at"
        " Skelling Ford.}\n",
    )
    assert_top(engine.ask("since when have we done the day-after-Christmas hike?"), "walk")
    # ("little" says nothing the fact must: the bridge is the bridge)
    question = "when did the little wooden bridge at Skelling get washed away?"
    assert_top(engine.ask(question), "bridge")


def test_taking_it_to_bits_is_dismantling_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: appeal, date: 1996-11, text: The Rebuild Appeal passed its target.}\n"
        "  - {id: apart, date: 1997-05, text: Craftsmen dismantled the whole organ and packed"
        " its pipes into crates.}\n"
        "  - {id: back, date: 2001-10, text: The rebuilt organ was rededicated by the bishop.}\n",
    )
    assert_top(engine.ask("when did we take the organ to bits?"), "apart")
    assert_top(engine.ask("what happened just before they pulled the organ apart?"), "appeal")


def test_while_something_went_on_in_a_time_is_asked_of_that_time(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: colin, date: 1973-09, until: 2004-06, text: Colin Bream was treasurer.}\n"
        "  - {id: priya, date: 2004-07, text: Priya Lakhani became treasurer after Colin Bream"
        " retired.}\n"
        "  - {id: judith, date: 1992-11, until: 2008-03, text: Judith Ashdown was elected chair"
        " and led the trust through the rebuild of the organ.}\n",
    )
    # the rebuild is told by Judith's years, 1992-2008; the question says which of them
    answer = engine.ask("who was treasurer while the organ was being rebuilt in the late nineties?")
    assert_top(answer, "colin")
    assert "priya" not in ids(answer)


def test_handing_cash_over_the_briny_and_one_armed_bandits(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: gale, date: 1961-12-16, text: A gale tore away the arcade roof and washed a"
        " dozen slot machines into the sea.}\n"
        "  - {id: pushers, date: 1965-06, text: Twelve new coin pushers were bought for the"
        " arcade.}\n"
        "  - {id: donated, date: 2004-05, text: The takings of one machine were donated each year"
        " to the lifeboat station.}\n"
        "  - {id: booth, date: 1958-05, text: Maud started in the change booth handing out"
        " cash.}\n",
    )
    question = "when did the wind take the top off and wash our one-armed bandits into the briny?"
    assert_top(engine.ask(question), "gale")
    question = "since when have we been handing cash over to the lifeboat lot?"
    assert_top(engine.ask(question), "donated")


def test_lads_from_the_nick_mucking_in_and_a_river_overflowing(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: prison, date: 2004-05, text: Under a day-release scheme prisoners began working"
        " alongside the society's volunteers.}\n"
        "  - {id: theft, date: 2006-03, text: Thieves stole the society's generator.}\n"
        "  - {id: flood, date: 2007-06, text: The River Harn burst its banks and flooded the plant"
        " room of the baths.}\n"
        "  - {id: boiler, date: 2008-01, text: The baths' boiler failed and the pool shut.}\n",
    )
    assert_top(engine.ask("when did lads from the nick start to muck in?"), "prison")
    assert_top(engine.ask("when did the Harn overflow into the baths?"), "flood")


def test_absolutely_is_a_light_word(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: washout, date: 2007-06-24, text: Torrential rain forced the trustees to cancel"
        " the whole Sunday programme.}\n"
        "  - {id: fete, date: 2009-07, text: The Sunday fete raised money for the church.}\n",
    )
    assert_top(engine.ask("when did it absolutely pour and we cancelled the Sunday?"), "washout")


def test_the_money_side_of_things_is_the_treasurer_s(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: edna, date: 1953-01, until: 1979-12, text: \"Edna Thwaite, Albert's wife, kept"
        " the firm's books.\"}\n"
        "  - {id: start, date: 1951-03, text: Albert Thwaite started trading as a coal merchant"
        " with a horse and cart.}\n",
    )
    assert_top(engine.ask("who did the money side of things for Albert?"), "edna")


def test_what_happened_next_at_the_yard_asks_nothing_of_the_yard(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: fire, date: 1981-11-05, text: A stray rocket set the coke shed alight.}\n"
        "  - {id: strike, date: 1984-03, text: During the miners' strike the firm shipped in"
        " Polish coal.}\n"
        "  - {id: flood, date: 1990-02, text: Floodwater swept through the yard.}\n",
    )
    question = "after the coke shed fire, what was the next thing that happened at the yard?"
    assert_top(engine.ask(question), "strike")


def test_a_typo_of_a_short_structure_word_and_of_a_phrase_word(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: edna, date: 1974-04, until: 1981-06, text: Edna Marlow was elected the group's"
        " first chair.}\n"
        "  - {id: ron, date: 1981-06, until: 1992-10, text: Ronald Deakin succeeded Edna Marlow"
        " as chair.}\n"
        "  - {id: storm, date: 1983-02-01, text: Heavy seas smashed every window of the"
        " arcade.}\n"
        "  - {id: roof, date: 1983-09, text: The arcade's roof was replaced.}\n",
    )
    assert_top(engine.ask("who was cahir aftr edna marlow"), "ron")
    assert_top(engine.ask("wehn did the arcade take a batterng in 1983"), "storm")


def test_the_warden_now_is_the_one_succeeding_the_last(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pryke, date: 1971-10, until: 1988-03, text: Edna Pryke succeeded Walter Gaskin"
        " as honorary warden.}\n"
        "  - {id: okafor, date: 2004-04, until: 2014-07, text: Sian Okafor became the reserve's"
        " first paid warden and left to work for the wildlife trust.}\n"
        "  - {id: trott, date: 2014-08, text: 'Jamie Trott was taken on as warden, succeeding"
        " Sian Okafor.'}\n",
    )
    assert_top(engine.ask("who's the warden nowadays?"), "trott")


def test_when_that_big_gale_came_through_is_an_event(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pearce, date: 1977-06, until: 1986-03, text: Mary Pearce chaired the Friends"
        " of the reserve.}\n"
        "  - {id: whitlock, date: 1986-04, until: 1996-05, text: Dennis Whitlock took over as"
        " chair of the Friends.}\n"
        "  - {id: storm, date: 1987-10-16, text: The storm brought down eleven trees on the"
        " reserve.}\n",
    )
    question = "who was chairman of the Friends when that big gale came through in the eighties?"
    assert_top(engine.ask(question), "whitlock")


def test_after_the_kingfishers_first_nested_is_their_first_nesting(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: census, date: 1953-04, text: The first count of the rookery found 62 occupied"
        " nests.}\n"
        "  - {id: peak, date: 1995-04, text: The census found 141 occupied nests.}\n"
        "  - {id: storm, date: 1987-10-16, text: The storm brought down a tree with nine nests"
        " in it.}\n"
        "  - {id: mill, date: 1955-08, text: The derelict watermill was pulled down.}\n"
        "  - {id: kingfishers, date: 1992-06, text: Kingfishers bred on the reserve for the first"
        " time.}\n"
        "  - {id: dredging, date: 1993-09, text: Contractors dredged silt from the mill pond.}\n",
    )
    question = "what happened next after the kingfishers first nested?"
    assert_top(engine.ask(question), "dredging")


def test_who_looked_after_the_friends_money_is_the_treasurer(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1977-06, text: The Friends were founded at a public meeting and"
        " 23 people signed up.}\n"
        "  - {id: binns, date: 1977-09, until: 1999-03, text: Harold Binns was elected"
        " treasurer.}\n",
    )
    assert_top(engine.ask("Who looked after the Friends' money from the start?"), "binns")


def test_numbers_and_ordinals_in_words_match_their_digits(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: crush, date: 1992-03, text: The Mangler crushed its ten-thousandth car.}\n"
        "  - {id: first, date: 1971-05, text: The Mangler crushed its first car.}\n"
        "  - {id: voss, date: 1962-03, until: 1988-03, text: 'Edna Voss kept the accounts as"
        " treasurer, twenty-six years in the role.'}\n"
        "  - {id: ames, date: 1988-03, until: 1991-01, text: 'Bill Ames was treasurer, three"
        " years in the role.'}\n",
    )
    assert_top(engine.ask("when did the Mangler crush its 10,000th car?"), "crush")
    assert_top(engine.ask("who was treasurer for 26 years?"), "voss")


def test_who_ran_the_show_after_old_walter_packed_it_in(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: lorry, date: 1955-06, text: \"Walter bought the firm's first lorry, which the"
        ' men called Old Nell."}\n'
        "  - {id: ron, date: 1979-08, text: Walter Kettleby retired and his son Ron took over as"
        " managing director.}\n"
        "  - {id: counter, date: 1999-07, text: 'A parts counter opened at the yard, run by Spud"
        " Tolley.'}\n",
    )
    assert_top(engine.ask("who ran the show after old Walter packed it in?"), "ron")


def test_who_took_over_when_she_stood_down(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pell, date: 1962-09, until: 1990-12, text: Dorothy Pell became honorary"
        " secretary and kept the minutes until she stood down.}\n"
        "  - {id: attoe, date: 1991-01, text: Gwen Attoe took over from Dorothy Pell as honorary"
        " secretary.}\n",
    )
    question = "Who took over as honorary secretary when Dorothy Pell stood down?"
    assert_top(engine.ask(question), "attoe")


def test_back_when_it_was_just_a_few_anglers_is_the_start(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1958-04, text: The group was founded at a meeting of fourteen"
        " anglers and mill hands.}\n"
        "  - {id: albert, date: 1958-04, until: 1966-11, text: Albert Penrose was chosen as the"
        " Friends' first chair.}\n"
        "  - {id: joan, date: 1966-11, until: 1979-03, text: Joan Ashby succeeded Albert Penrose"
        " as chair.}\n"
        "  - {id: partnership, date: 2003-05, text: The group signed a partnership with the"
        " anglers' association.}\n",
    )
    assert_top(engine.ask("who was chairman back when it was just a bunch of anglers?"), "albert")


def test_what_it_was_rather_than_says_little(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: lucy, date: 2014-01, text: 'The group took on its first paid member of staff:"
        " Lucy Amadi, a part-time coordinator.'}\n"
        "  - {id: volunteers, date: 1990-05, text: The group's unpaid volunteers cleared the"
        " weir of debris.}\n",
    )
    question = "when did we first have somebody actually on the payroll rather than all unpaid?"
    assert_top(engine.ask(question), "lucy")
    question = "when did we first have somebody on the payroll instead of unpaid volunteers?"
    assert_top(engine.ask(question), "lucy")


def test_getting_the_old_girl_up_off_the_bottom_is_raising_her(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: raised, date: 1963-08-24, text: Volunteers raised the hull of Fairway Rose from"
        " Sedgemere Dyke.}\n"
        "  - {id: sank, date: 1961-02, text: Fairway Rose sank at her moorings in the dyke.}\n",
    )
    assert_top(engine.ask("when did we get the old girl up off the bottom?"), "raised")


def test_a_renaming_asked_with_the_old_name_and_the_new(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1974-06-08, text: The Hatherstow Mill Preservation Society was"
        " founded at a public meeting.}\n"
        "  - {id: renamed, date: 1977-02-14, text: The society registered as a charity and"
        " changed its name to the Hatherstow Mill Trust.}\n",
    )
    question = (
        "When did the Hatherstow Mill Preservation Society change its name to the Hatherstow"
        " Mill Trust?"
    )
    assert_top(engine.ask(question), "renamed")


def test_what_went_on_at_the_farm_asks_nothing_of_the_farm(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1962-04, text: The farm was founded on disused railway"
        " sidings.}\n"
        "  - {id: manager, date: 2009-10, until: 2019-07, text: Tomasz Wierzbicki became farm"
        " manager.}\n"
        "  - {id: shed, date: 2015-01, text: The new lambing shed opened.}\n"
        "  - {id: classroom, date: 2015-09, text: The old pole barn became a classroom for"
        " schools.}\n"
        "  - {id: pigs, date: 1990-05, text: The farm's first pigs arrived.}\n",
    )
    assert_top(engine.ask("What went on at the farm in 2015?"), "shed")


def test_who_looked_after_the_sheep_before_the_next_came(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: jess, date: 2002-05, until: 2016-12, text: Jess Hartley was appointed the"
        " farm's shepherd and looked after the flock until she emigrated.}\n"
        "  - {id: dog, date: 2004-03, text: A loose dog got into Top Field and killed six"
        " ewes.}\n"
        "  - {id: owain, date: 2017-02, text: Owain Pryce took over as the farm's shepherd.}\n",
    )
    assert_top(engine.ask("Who looked after the sheep before Owain came?"), "jess")


def test_who_ran_it_day_to_day_when_something_shut_us(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: colin, date: 1978-04, until: 1990-12, text: Colin Dearden was the farm's first"
        " paid farm manager.}\n"
        "  - {id: ruth, date: 1991-02, until: 2009-08, text: Ruth Amberley succeeded Colin"
        " Dearden as farm manager and ran the farm.}\n"
        "  - {id: fmd, date: 2001-03, until: 2001-08, text: During the foot-and-mouth outbreak"
        " the farm was shut to the public.}\n",
    )
    question = "Who was running the farm day to day when foot-and-mouth shut us in 2001?"
    assert_top(engine.ask(question), "ruth")


def test_who_took_over_from_a_named_one_doing_something(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        '  - {id: len, date: 1984-01, until: 2008-12, text: \'Len "Sparks" Whitlow was appointed'
        " chief electrical engineer and looked after the overhead line until he retired.'}\n"
        "  - {id: gemma, date: 2009-01, text: Gemma Roscoe succeeded Len Whitlow as chief"
        " electrical engineer.}\n",
    )
    question = "who took over from Sparks Whitlow looking after the wires?"
    assert_top(engine.ask(question), "gemma")


def test_popping_clogs_a_bride_and_groom_and_a_bit_tacked_on(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: dies, date: 1987-01-14, text: Walter Kettleby died at home at the age of 71.}\n"
        "  - {id: retires, date: 1979-08, text: Walter Kettleby retired from the yard.}\n"
        "  - {id: wedding, date: 2017-06-24, text: The first wedding reception at the mill took"
        " place.}\n"
        "  - {id: lanterns, date: 1993-12-11, text: The mill held its first Christmas Lantern"
        " Evening on the bridge.}\n"
        "  - {id: porch, date: 2010-05, text: A glass porch was added to the tea room.}\n"
        "  - {id: roof, date: 2004-03, text: The tea room's glass roof was repaired.}\n"
        "  - {id: cash, date: 2012-12, text: The yard stopped paying cash for scrap metal.}\n",
    )
    assert_top(engine.ask("when did Walter pop his clogs?"), "dies")
    assert_top(engine.ask("when did we first host a do for a bride and groom?"), "wedding")
    assert_top(engine.ask("when did the tea room get the glass bit tacked on?"), "porch")
    assert_top(engine.ask("when did we stop handing out readies for scrap?"), "cash")


def test_now_that_someone_has_gone_asks_who_holds_it_now(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        '  - {id: gareth, date: 2004-03, until: 2019-10, text: \'Gareth "Ringo" Lusk took over'
        " as lead ringer and ran the ringing team.'}\n"
        "  - {id: priya, date: 2019-10, text: Priya Sandhu became the trust's lead ringer when"
        " Gareth Lusk hung up his pliers.}\n",
    )
    assert_top(engine.ask("now that Ringo's packed it in, who's running the ringing?"), "priya")
    question = "hey, now that Ringo's packed it in, who's running the ringing?"
    assert_top(engine.ask(question), "priya")


def test_a_role_the_base_never_names_gets_no_loose_answer(tmp_path: Path) -> None:
    # The inn's own base, whose skittles team is formed in the eighties: a loose fit of a
    # question whose role ("treasurer") the base never names
    with evalset_engine(tmp_path, "ferryinn") as engine:
        answer = engine.ask("who was the skittles team's treasurer back in the eighties?")
        assert not answer.answered
        assert answer.unknown == ("treasurer",)
        # ... though a role it does name is answered
        assert_top(engine.ask("who was the skittles team's first captain?"), "captain-jack-thorne")


def test_a_tag_question_and_a_thing_christened_after_someone(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: title, date: 1986-04, text: The Ferrets took the Division One title of the"
        " league.}\n"
        "  - {id: loco, date: 2002-05, text: The tank engine No. 7 was named Albert Meddick in"
        " honour of the farm's founder.}\n"
        "  - {id: founded, date: 1952-03, text: Albert Meddick set up the farm and dug the first"
        " ponds.}\n"
        "  - {id: halt, date: 1958-06, text: British Railways opened a halt by the ponds.}\n",
    )
    question = "the Ferrets won the league sometime in the mid eighties didn't they, when was that?"
    assert_top(engine.ask(question), "title")
    question = "when did you christen one of the engines after the chap who set the place up?"
    assert_top(engine.ask(question), "loco")


def test_a_first_of_a_broader_kind_said_to_be_one_asked_of(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: withdrawn, date: 1973-11, text: Shires Omnibus withdrew its route 47 and left"
        " the villages without any bus.}\n"
        "  - {id: minibus, date: 1974-08, text: 'The group''s first vehicle, a second-hand"
        " twelve-seat Commer minibus, arrived from the grammar school.'}\n"
        "  - {id: theatre, date: 1981-03, text: The bus began a monthly theatre run.}\n",
    )
    assert_top(engine.ask("what was the very first bus we ever had?"), "minibus")


def test_a_lad_is_anyone_and_his_lad_his_son(tmp_path: Path) -> None:
    # The hire firm's own base, whose drowned customer is "customer Daniel Ashworth, 22"
    with evalset_engine(tmp_path, "canoehire") as engine:
        question = "who was the young lad who drowned below craig-y-gath?"
        assert_top(engine.ask(question), "ashworth-drowning")
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: voicer, date: 1958-02, text: 'Cyril Mossop became head voicer in February"
        " 1958, taking the job over from Abel Tremlow, and held it until he retired.'}\n"
        "  - {id: md, date: 1979-01, text: 'After Abel Tremlow retired at the end of 1978, his"
        " son Walter Tremlow ran the firm as managing director.'}\n"
        "  - {id: organ, date: 1990-05, text: The firm built an organ for St Mary's.}\n",
    )
    question = "when did old Abel hang up his tools and hand the business over to his lad?"
    assert_top(engine.ask(question), "md")


def test_an_event_told_months_earlier_is_looked_back_on(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: smash, date: 1997-06-28, text: 'Thunderstorms turned the Ashcombe race into a"
        " smash: only 40 of the 612 birds reached their lofts.'}\n"
        "  - {id: survivor, date: 1998-03, text: 'A blue bar hen, lost in the Ashcombe smash nine"
        " months earlier, turned up at her loft.'}\n"
        "  - {id: combine, date: 1999-01, text: The society joined the Calder Combine.}\n"
        "  - {id: plague, date: 2001-03, text: 'Foot-and-mouth disease led to the cancellation of"
        " the whole old-bird programme.'}\n",
    )
    assert_top(engine.ask("What happened right after the Ashcombe smash?"), "survivor")
    assert_top(engine.ask("when did foot and mouth scupper the season?"), "plague")


def test_a_festive_party_is_a_christmas_one(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: xmas, date: 1954-12, text: The social club held its first children's Christmas"
        " party for the workers' families.}\n"
        "  - {id: outing, date: 1953-07, text: The social club took the workers' children on an"
        " outing to the coast.}\n"
        "  - {id: summer, date: 1956-06, text: The social club held a summer party on the"
        " bowling green.}\n",
    )
    question = "when did they start throwing those festive parties for the workers' kids?"
    assert_top(engine.ask(question), "xmas")


def test_before_a_person_is_before_his_time_in_the_role(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: walter, date: 1951-04, until: 1963-09, text: 'Walter Hune became resident"
        " keeper of Pennyfold Lock in April 1951 and lived in the cottage until he retired.'}\n"
        '  - {id: stan, date: 1963-10, until: 1971-03, text: \'Stanley "Stan" Orrell, who had'
        " worked coal boats for twenty years, was appointed keeper in October 1963.'}\n"
        "  - {id: phone, date: 1966-05, text: 'A telephone was put into the lock cottage so"
        " that Stan Orrell could call the inspector.'}\n"
        "  - {id: prize, date: 1968-09, text: 'Stan Orrell took the Best Kept Lock prize, the"
        " second time a Pennyfold keeper had won it.'}\n"
        "  - {id: ivy, date: 1966-02, text: 'Ivy Hune worked the lock at Pennyfold for a winter"
        " while the keeper was ill.'}\n"
        "  - {id: dennis, date: 1971-04, text: 'Dennis Crabb took over from Stan Orrell and was"
        " the last keeper to live in the cottage.'}\n",
    )
    assert_top(engine.ask("Who was the keeper at Pennyfold before Stan Orrell?"), "walter")
    # (the one who took over from him tells no time of his own)
    assert_top(engine.ask("Who took over as keeper after Stan Orrell?"), "dennis")


def test_an_event_told_after_its_cause_is_not_after_itself(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: hut, date: 1963-02, text: The association opened its first trading hut.}\n"
        "  - {id: flood, date: 1968-07-11, text: 'On 11 July 1968 the River Kell burst its banks"
        " after two days of thunderstorms and flooded Millbrook Meadows, ruining the crops.'}\n"
        "  - {id: site, date: 1969-05, text: 'Tanner''s Hill, a sloping 140-plot site, was"
        " opened by the Lord Mayor in May 1969.'}\n",
    )
    assert_top(engine.ask("What happened right after the Millbrook Meadows flood?"), "site")


def test_a_scorching_dry_summer_is_the_drought(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: pump, date: 1976-07, text: 'The back-pumping engine broke down in July 1976, at"
        " the height of the drought, and boats were only let through twice a week.'}\n"
        "  - {id: freeze, date: 1963-01, text: The canal froze over and the pumping engine broke"
        " down.}\n"
        "  - {id: boat, date: 2013-08, text: The trip boat's engine was replaced.}\n",
    )
    question = "when did the pumping engine conk out during that scorching dry summer?"
    assert_top(engine.ask(question), "pump")


def test_the_virus_is_covid(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: covid, date: 2020-03-20, text: Because of the coronavirus pandemic the guild"
        " suspended club nights and closed the workshop.}\n"
        "  - {id: flood, date: 1990-01-26, text: The river flooded the workshop and it closed for"
        " a month.}\n"
        "  - {id: lease, date: 2005-04, text: The guild bought the workshop.}\n",
    )
    assert_top(engine.ask("when did the virus make us shut up shop?"), "covid")


def test_the_talk_in_a_long_question_weighs_less_than_what_it_asks(tmp_path: Path) -> None:
    # Each word a fact lacks counts against it; past the worst miss, in a question of many
    # words most of them are how the asker talks ("bin", "proper"), not what is asked.
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: rules, date: 1993-09, text: From September 1993 the league played to the"
        " national federation's rule book in place of the old local house rules.}\n"
        "  - {id: founded, date: 1978-02, text: Six pubs founded the Marlow and District Darts"
        " League in February 1978.}\n"
        "  - {id: trophy, date: 2001-05, text: The Anchor won the league's new knockout trophy"
        " in May 2001.}\n"
        "  - {id: women, date: 1996-10, text: A women's division with eight teams was added in"
        " October 1996.}\n"
        "  - {id: sponsor, date: 2008-08, text: A local brewery began sponsoring the league's"
        " shirts in August 2008.}\n",
    )
    answer = engine.ask(
        "when did we bin the old pub rules and switch over to the proper national rule book?"
    )
    assert answer.answered
    assert_top(answer, "rules")


def test_where_while_a_state_lasted_is_the_fact_of_the_time_that_holds_the_question(
    tmp_path: Path,
) -> None:
    # The baths' closing is a day's event; where the club trained while they were shut is
    # told by the span that began after it and holds the question's own word, "train".
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: closed, date: 2009-03-31, text: The council closed Fenwick Street Baths on 31"
        " March 2009 after corrosion was found in the roof.}\n"
        "  - {id: kelsford, date: 2009-04, until: 2013-09, text: 'From April 2009 until September"
        " 2013 the club trained at Kelsford Leisure Centre, twelve miles away.'}\n"
        "  - {id: gala, date: 2008-06, text: The club's first open gala was held at Fenwick"
        " Street Baths in June 2008.}\n"
        "  - {id: reopened, date: 2013-09, text: The rebuilt baths reopened in September 2013"
        " with a new learner pool.}\n"
        "  - {id: coach, date: 2010-02, text: Sue Pryor became head coach in February 2010.}\n",
    )
    answer = engine.ask("Where did we train while the old baths were shut for the refurb?")
    assert_top(answer, "kelsford")
    assert answer.top is not None and answer.top.parts.get("meanwhile")


def test_where_while_an_event_lasted_is_told_by_the_event_that_says_so(tmp_path: Path) -> None:
    # The flood's own fact goes on to say where the matches went; the years the club played
    # at Cobb Lane "until 1994" tell a while, but not that one.
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: ground, date: 1979-08, until: 1994-05, text: In August 1979 the club moved to"
        " Cobb Lane and played there until May 1994.}\n"
        "  - {id: flood, date: 1990-02, text: 'The River Sowe flooded the Cobb Lane pitch in"
        " February 1990, so home matches were played at St Aldhelm''s School for six weeks.'}\n"
        "  - {id: cup, date: 1991-04, text: The first team won the county cup at Mill Road in"
        " April 1991.}\n"
        "  - {id: founded, date: 1975-03, text: The club was founded at the Red Lion in March"
        " 1975.}\n",
    )
    answer = engine.ask("Where did we play home matches while Cobb Lane was flooded in 1990?")
    assert_top(answer, "flood")


def test_an_officer_is_no_office(tmp_path: Path) -> None:
    # The union branch's own base: the stemmer cuts "officers" to "office"'s stem, and the
    # first secretary, tagged with the officers, is no first office
    with evalset_engine(tmp_path, "unionbranch") as engine:
        assert_answers(
            engine.ask("when did we get our first branch office?"), "first-branch-office"
        )


def test_after_an_event_skips_a_fact_that_only_happened_while_it_lasted(tmp_path: Path) -> None:
    # The window boxes were planted "while the garden was shut": they came after the
    # closing, which is the anchor, though the closing's own fact says "closed", not "shut".
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: closure, date: 2020-03-23, text: On 23 March 2020 the garden was closed to"
        " visitors because of the Covid-19 pandemic., tags: [closure, covid]}\n"
        "  - {id: boxes, date: 2020-05, text: In May 2020 volunteers working from home planted"
        " 140 window boxes while the roof garden was shut., tags: [covid, planting]}\n"
        "  - {id: reopening, date: 2021-06, text: The garden reopened in June 2021 with booked"
        " slots.}\n"
        "  - {id: award, date: 2018-06, text: The garden won a county award in June 2018.}\n"
        "  - {id: leak, date: 2009-04, text: In April 2009 water leaked through the roof into the"
        " ward below.}\n"
        "  - {id: pond, date: 2015-07, text: A wildlife pond was dug in the east corner in July"
        " 2015.}\n"
        "  - {id: chair, date: 2012-03, text: Ann Lindqvist became chair of the friends in March"
        " 2012.}\n",
    )
    assert_answers(engine.ask("what did we do straight after we shut for covid?"), "boxes")


def test_the_co_op_is_the_co_operative(tmp_path: Path) -> None:
    # The watch repairers' own base, which writes "Co-operative" and "co-operative"
    with evalset_engine(tmp_path, "watchmakers") as engine:
        assert_answers(engine.ask("When was the co-op's first open day?"), "first-open-day")


def test_an_original_name_may_follow_its_thing_the_and_all(tmp_path: Path) -> None:
    # The railway society's own base: "the society's newsletter, The Fellbrook Bell, was run
    # off" gives the newsletter's first name, as "renamed Valley Steam" gives its second
    with evalset_engine(tmp_path, "railwaysociety2") as engine:
        question = "What was the society's newsletter originally called?"
        assert_answers(engine.ask(question), "magazine-first")


def test_a_swapped_little_word_is_no_unknown_term(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: r2010, date: 2010-04, text: 'In April 2010 the hatchery released 11,200 trout"
        " fry into the beck.'}\n"
        "  - {id: r2011, date: 2011-04, text: 'In April 2011 the hatchery released 9,400 trout"
        " fry into the beck.'}\n"
        "  - {id: move, date: 2019-03, text: The hatchery moved to Scar Lane in March 2019.}\n",
    )
    answer = engine.ask("how many fry did we release in 2010 adn 2011")
    assert answer.answered
    assert "adn" not in answer.unknown
    assert_answers(engine.ask("when did teh hatchery move to scar lane"), "move")


def test_a_question_read_whole_when_its_event_clause_finds_nothing(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: founded, date: 1998-04, text: The Tarn Valley Radio Club was founded.}\n"
        "  - {id: field-day, date: 2014-06, text: The club won the regional field day contest.}\n"
        "  - {id: lockdown, date: 2020-03-23, until: 2020-07-04, text: 'The club suspended all"
        " meetings from 23 March to 4 July 2020 during the first Covid-19 lockdown.'}\n"
        "  - {id: hall-restored, date: 2011-08, text: 'The restoration of the village hall was"
        " finished in August 2011 by the builders Fawcett and Sons.'}\n"
        "  - {id: treasurer, date: 2005, until: 2012, text: Graham Fenwick served as the club's"
        " treasurer from 2005 to 2012.}\n",
    )
    # nothing came after the lockdown: the question asks of the lockdown's own end
    assert_top(engine.ask("when did meetings start up again after the first lockdown?"), "lockdown")
    # the clause is the event the question asks about, not a time to look after
    answer = engine.ask("who did the building work when the village hall was restored?")
    assert_top(answer, "hall-restored")
    # ... but the treasurer before Graham Fenwick is someone else, whom no fact names
    assert not engine.ask("who was the club's treasurer before Graham Fenwick?").answered


def test_getting_rid_of_a_thing_is_told_by_what_replaced_it(tmp_path: Path) -> None:
    engine = small_engine(
        tmp_path,
        "facts:\n"
        "  - {id: boiler, date: 1996-06, text: 'In June 1996 a gas-fired boiler was fitted and"
        " the pool was heated for the first time.'}\n"
        "  - {id: heat-pump, date: 2013-05, text: 'In May 2013 air-source heat pumps replaced the"
        " old gas boiler for heating the pool water.'}\n"
        "  - {id: cafe, date: 2001-05, text: The poolside cafe opened.}\n",
    )
    assert_top(engine.ask("when did we finally get rid of the gas boiler?"), "heat-pump")
    assert_top(engine.ask("when was the gas boiler fitted?"), "boiler")


def test_the_place_before_another_is_told_by_a_move_not_by_the_same_words(
    tmp_path: Path,
) -> None:
    # "the buses moved out of the barn into the fire station yard", not "the buses kept to
    # the main road" (during an outbreak), though the latter holds more of the words
    with evalset_engine(tmp_path, "ruralminibus") as engine:
        answer = engine.ask("where were the buses kept before the industrial estate?")
        assert_top(answer, "depot-fire-station")


def test_a_question_read_whole_when_its_event_clause_finds_only_a_loose_match(
    tmp_path: Path,
) -> None:
    # read as asked during the restoration, only a rabbi's first services fit, loosely; read
    # whole, "while the building was closed for restoration, services were held in" the
    # Friends' Meeting House tells it
    with evalset_engine(tmp_path, "citysynagogue") as engine:
        for question in (
            "Where did we hold our services while the synagogue was being restored?",
            "Where did we hold services while the synagogue was restored?",
        ):
            assert_top(engine.ask(question), "temporary-meeting-house")
