"""Choosing among scored matches: ambiguity, order words, the anchor event."""

from __future__ import annotations

import datetime as dt

from bot.choice import (
    Match,
    as_good,
    by_order,
    equally_good,
    stands_clear,
    tells_of_taking,
    the_event,
)
from bot.dates import PartialDate
from bot.facts import Fact
from bot.query import parse_question


def match(fact_id: str, date: str, score: float, text: str = "", **parts: float) -> Match:
    fact = Fact(id=fact_id, date=PartialDate.parse(date), text=text or fact_id)
    return Match(fact, score, {"coverage": 1.0, **parts})


def test_close_scores_are_as_good_and_distant_ones_are_not() -> None:
    top = match("a", "2015", 80.0, coverage=0.8)
    assert as_good(top, match("b", "2016", 78.0, coverage=0.8))
    assert not as_good(top, match("c", "2016", 60.0, coverage=0.8))


def loose(score: float = 40.0, **parts: float) -> Match:
    parts = {"missing": 0.3, "held": 2.0, **parts}
    return match("loose", "2016", score, "Crews began carrying blood.", **parts)


def test_a_weak_best_match_stands_clear_only_far_ahead_of_the_rest() -> None:
    assert stands_clear([loose(), match("other", "2010", 15.0)])
    assert not stands_clear([loose(), match("other", "2010", 25.0)])  # a rival near it
    assert stands_clear([loose(), match("other", "2010", 22.0)])  # 18 points behind
    assert not stands_clear([loose(), match("other", "2010", 24.0)])  # 16 points behind
    assert stands_clear([loose()])
    assert not stands_clear([loose(18.0)])  # too weak to be anything
    assert stands_clear([loose(22.0)])  # weak, but alone in holding the question's words
    assert not stands_clear([])


def test_a_weak_best_match_must_hold_what_the_question_asks() -> None:
    assert not stands_clear([loose(missing=0.6)])  # much of the question is not in it
    assert not stands_clear([loose(held=1)])  # "the capital of Australia": one word in common
    assert stands_clear([loose(held=1)], dated=True)  # ... and the year the question names
    assert not stands_clear([loose(contradicted=1.0)])  # asked "closed", it says "opened"
    assert not stands_clear([loose(form=-10.0)])  # "how much": it names no amount


def test_a_nearly_good_match_that_misses_little_is_the_answer_though_a_rival_is_near() -> None:
    rival = match("other", "2010", 38.0)
    assert stands_clear([loose(46.0, missing=0.2), rival])
    assert not stands_clear([loose(46.0, missing=0.3), rival])  # it misses too much
    assert not stands_clear([loose(36.0, missing=0.2), rival])  # too weak for that
    assert not stands_clear([loose(46.0, missing=0.2, form=-10.0), rival])  # names no sum
    assert not stands_clear([loose(46.0, missing=0.2, held=1.0), rival])  # one word in common


def test_a_reworded_question_landing_on_the_full_text_best_is_answered() -> None:
    rival = match("other", "2010", 30.0)
    best = loose(34.0, missing=0.45, bm25=1.0, similarity=0.2)
    assert stands_clear([best, rival], all_known=True)
    assert not stands_clear([best, rival])  # a word of the question is new to the base
    echo = loose(34.0, missing=0.45, bm25=1.0, similarity=0.6)
    assert not stands_clear([echo, rival], all_known=True)  # it echoes a fact but for a detail
    second = loose(34.0, missing=0.45, bm25=0.8, similarity=0.2)
    assert not stands_clear([second, rival], all_known=True)  # not the full-text best
    single = loose(34.0, missing=0.45, bm25=1.0, similarity=0.2, held=1.0)
    assert not stands_clear([single, rival], all_known=True)  # one word in common


def test_a_question_in_everyday_words_the_base_never_uses_is_answered_loosely() -> None:
    rival = match("other", "2010", 24.0)
    own = loose(26.0, missing=0.45, similarity=0.4)
    assert stands_clear([own, rival], unknown_everyday=True)  # "the kids", "the big dish"
    assert not stands_clear([own, rival])  # the word new to the base is a rarer one
    echo = loose(26.0, missing=0.45, similarity=0.6)
    assert not stands_clear([echo, rival], unknown_everyday=True)  # an echo but for a detail
    assert not stands_clear([loose(26.0, similarity=0.4, form=-10.0)], unknown_everyday=True)


def test_a_question_in_its_own_words_finding_its_fact_by_words_apart_is_answered() -> None:
    rival = match("other", "2010", 30.0)
    apart = loose(38.0, missing=0.45, proximity=0.0, coverage=0.6)
    assert stands_clear([apart, rival], all_known=True)  # "when did the bikes go teal?"
    assert not stands_clear([apart, rival])  # a word of the question is new to the base
    side_by_side = loose(38.0, missing=0.45, proximity=0.5, coverage=0.6)
    assert not stands_clear([side_by_side, rival], all_known=True)  # an echo of the fact
    most = loose(38.0, missing=0.45, proximity=0.0, coverage=0.8)
    assert not stands_clear([most, rival], all_known=True)  # most of it, and still low
    assert not stands_clear([loose(28.0, proximity=0.0, coverage=0.6), rival], all_known=True)


def test_a_weak_match_of_three_words_put_in_the_askers_own_way_is_answered() -> None:
    rival = match("other", "2010", 8.0)
    spare = loose(15.0, missing=0.65, similarity=0.25, held=3.0)
    assert stands_clear([spare, rival])  # "when did some toerag pinch our inflatable?"
    assert not stands_clear([loose(15.0, missing=0.65, similarity=0.25), rival])  # two words
    assert not stands_clear([loose(15.0, missing=0.65, similarity=0.4, held=3.0), rival])
    assert not stands_clear([loose(15.0, missing=0.75, similarity=0.25, held=3.0), rival])
    assert not stands_clear([spare, match("other", "2010", 12.0)])  # a rival near it
    assert not stands_clear([loose(8.0, missing=0.65, similarity=0.25, held=3.0)])  # too weak


def test_a_weak_match_standing_clear_answers_a_long_message() -> None:
    weak = loose(9.0, missing=0.8, similarity=0.5)
    assert stands_clear([weak, match("other", "2010", 3.0)], chatty=True)
    assert not stands_clear([weak, match("other", "2010", 3.0)])  # a short question
    assert not stands_clear([weak, match("other", "2010", 6.0)], chatty=True)  # a rival near
    assert not stands_clear([loose(9.0, missing=0.8, held=1.0)], chatty=True)  # one word
    assert not stands_clear([loose(9.0, contradicted=1.0)], chatty=True)


def test_a_weak_match_an_order_word_chose_need_hold_only_the_noun_ordered() -> None:
    chosen = loose(held=1.0, order=1.0)
    rival = match("rival", "2019", 40.0)  # as good, but later
    assert stands_clear([chosen, rival])
    assert not stands_clear([loose(held=1.0, order=1.0, missing=0.45), rival])
    assert not stands_clear([loose(held=1.0), rival])  # no order word chose it


def test_a_mistyped_noun_ordered_still_puts_its_facts_in_the_running() -> None:
    # "what was the very first cocert the choir gave?": the noun ordered, read as a typo
    later = match("tour", "2005", 90.0, coverage=1.0, head=1.0)
    earliest = match("first", "1991", 60.0, coverage=0.7, head=0.9)
    assert by_order([later, earliest], "first")[0].fact.id == "first"
    synonym = match("first", "1991", 60.0, coverage=0.7, head=0.7)  # only a word like it
    assert by_order([later, synonym], "first")[0].fact.id == "tour"


def test_equally_good_keeps_answers_that_cover_about_as_much() -> None:
    best = match("a", "2015", 90.0, coverage=1.0)
    near = match("b", "2016", 70.0, coverage=0.95)
    thin = match("c", "2017", 60.0, coverage=0.5)
    weak = match("d", "2018", 40.0, coverage=1.0)  # below the answer threshold
    assert equally_good([best, near, thin, weak]) == [best, near]


def test_first_and_latest_pick_by_date_among_the_well_covered() -> None:
    old = match("old", "2001", 70.0, coverage=0.95)
    new = match("new", "2020", 75.0, coverage=1.0)
    off = match("off", "1990", 90.0, coverage=0.4)  # earliest, but about something else
    assert by_order([new, old, off], "first")[0].fact.id == "old"
    latest = by_order([new, old, off], "latest")[0]
    assert latest.fact.id == "new" and latest.parts["order"] == 1.0


def test_a_fact_naming_the_ordered_noun_is_in_the_running() -> None:
    # "the first CVE in Orbital": the CVE fact that leaves out "Orbital" still counts.
    named = match("cve-2018", "2018", 40.0, coverage=0.63, head=1.0)
    other = match("cve-2025", "2025", 85.0, coverage=1.0, head=1.0)
    assert by_order([other, named], "first")[0].fact.id == "cve-2018"


def test_the_anchor_event_is_not_a_fact_placed_after_it() -> None:
    query = parse_question("the merger", today=dt.date(2026, 1, 1))
    survey = match("survey", "2019-10", 85.0, "The first survey after the merger counted 9.")
    merger = match("merger", "2018-04", 79.0, "The merger was completed in April.")
    assert the_event((survey, merger), query).fact.id == "merger"
    within = match("drop", "2014-06", 90.0, "Within a month of the merger the rating fell.")
    assert the_event((within, merger), query).fact.id == "merger"
    far = match("merger", "2018-04", 40.0, "The merger was completed in April.")
    assert the_event((survey, far), query).fact.id == "survey"  # too far behind to prefer


def test_first_prefers_the_fact_that_calls_itself_the_first_of_its_kind() -> None:
    deal = match("deal", "1981-03", 86.0, head=1.0)  # a two-album deal, earlier
    debut = match("debut", "1981-10", 86.0, head=1.0, says_first=1.0)
    assert by_order([deal, debut], "first")[0].fact.id == "debut"


def test_who_holds_a_role_now_is_not_someone_with_a_role_of_a_like_name() -> None:
    # "who's head vet now?": the head vets hold "head vet" together; a practice manager (a
    # head of sorts, a little less covered) took on a job later, but not this one.
    hale = match("hale", "2006-09", 100.0, coverage=1.0, proximity=1.0, form=3.0)
    ramaswamy = match("ramaswamy", "2015-10", 100.0, coverage=1.0, proximity=1.0, form=3.0)
    manager = match("manager", "2016-11", 100.0, coverage=0.9, proximity=0.0, form=3.0)
    chosen = by_order([manager, hale, ramaswamy], "latest", holder=True)
    assert chosen[0].fact.id == "ramaswamy"
    # One who covers more of the question stays in the running, words apart or not
    # ("Tomasz became SOC manager ... and still leads the team").
    tomasz = match("tomasz", "2022-04", 83.0, coverage=1.0, proximity=0.0, form=3.0)
    amara = match("amara", "2017-01", 86.0, coverage=0.9, proximity=1.0, form=3.0)
    assert by_order([amara, tomasz], "latest", holder=True)[0].fact.id == "tomasz"


def test_a_retired_lecturer_taking_a_role_is_no_leaving() -> None:
    # "who's the coordinator now?": the latest holder, though described as retired
    old = match("haddad", "2013-04", 88.0, "Samira Haddad became coordinator.", form=3.0)
    new = match(
        "wrona",
        "2019-12",
        88.0,
        "Tomasz Wrona, a retired lecturer, became coordinator and still holds the post.",
        form=3.0,
    )
    assert by_order([old, new], "latest", holder=True)[0].fact.id == "wrona"
    gone = match("quits", "2021-01", 88.0, "Tomasz Wrona announced the resignation.", form=3.0)
    assert by_order([old, new, gone], "latest", holder=True)[0].fact.id == "wrona"


def test_taking_a_role_when_someone_retired_is_a_taking() -> None:
    first = match("thwaite", "1999-02", 99.0, "Susan Thwaite was appointed practice manager.")
    took = match(
        "hughes",
        "2022-01",
        99.0,
        "Daniel Hughes took over as practice manager when Susan Thwaite retired.",
    )
    left = match("leaves", "2023-05", 99.0, "Daniel Hughes retired.")
    assert by_order([first, took], "latest", holder=True)[0].fact.id == "hughes"
    assert by_order([first, took, left], "latest", holder=True)[0].fact.id == "hughes"


def test_who_holds_a_role_now_answers_as_surely_as_the_question_fits() -> None:
    # "who's running the agency now?": the one who was head until 2019 fits a little better,
    # but the one who took over after is the answer, and as sure as the best fit
    quill = match("quill", "2013-02", 50.6, "Amara Quill was Director General.", form=3.0)
    redfield = match(
        "redfield",
        "2019-10",
        50.0,
        "Jonas Redfield became Director General and still holds the post.",
        form=3.0,
    )
    top = by_order([quill, redfield], "latest", holder=True)[0]
    assert (top.fact.id, top.score) == ("redfield", 50.6)


def test_a_fact_that_calls_itself_the_first_of_the_kind_answers_surely() -> None:
    # "when did the first website go online?": "... pointing to the first website, info.cern.ch"
    # fits few of the question's words, but calls itself the first website
    first = match("first-website", "1991-08", 29.0, coverage=0.3, head=1.0, says_first=1.0)
    other = match("mozilla", "1998-03", 29.0, coverage=0.3, head=0.0)
    top = by_order([first, other], "first")[0]
    assert top.fact.id == "first-website" and top.score >= 50.0
    plain = match("browser", "1993-04", 29.0, coverage=0.3, head=1.0)  # names no first
    assert by_order([plain, other], "first")[0].score < 50.0


def test_being_elected_to_a_role_is_taking_it() -> None:
    fact = Fact(
        id="priya",
        date=PartialDate.parse("2015-09"),
        text="Priya Raman was elected chair when Helen Marsh stood down.",
    )
    assert tells_of_taking(fact)
