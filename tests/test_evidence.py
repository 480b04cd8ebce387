"""The answer forms a fact can give, read from its text (bot/evidence.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import PartialDate
from bot.evidence import (
    TIME_FIT_POINTS,
    Resolved,
    forms_of,
    left_behind,
    names_someone_else,
    namesake,
    predecessors,
    proximity,
    says_first,
    term_match,
    time_fit,
    view_of,
)
from bot.facts import Fact
from bot.query import Term, parse_question
from bot.text import stem


def fact(text: str, *, until: str | None = None) -> Fact:
    return Fact(
        id="f",
        date=PartialDate.parse("2001-02"),
        text=text,
        until=PartialDate.parse(until) if until else None,
    )


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("Line 3 opened between Eastfield and the University.", "where", True),
        ("The NTSB report blamed ice that had built up on the wings.", "cause", True),
        ("The hall was shut for a month due to flooding.", "cause", True),
        ("The hall reopened after a month.", "cause", False),
        ("A fire started by a lithium battery destroyed the picking line.", "cause", True),
        ("Staff walked out in protest over the crunch.", "cause", True),
        ("The newsroom moved above the library on Church Street.", "where", True),
        ("The vote was held on Monday.", "where", False),
        ("The food bank leased a unit at 14 Canal Street.", "where", True),
        ("The team moved to Lisbon.", "where", True),
        ("Shedfest began in the shed yard and neighbouring Kelsall Park.", "where", True),
        ("Shedfest 2019 set an attendance record of 12,400.", "where", False),
        ("The meeting was held in March.", "where", False),
        ("The first meeting was held in Shanghai in April 2015.", "where", True),
        ("Dana Reyes became chief executive.", "who", True),
        ("Grace Adeyemi was appointed editor, the first from the web desk.", "who", True),
        ("The service was switched off.", "who", False),
        ("The Corvid Software Foundation was set up by the core team.", "who", False),
        ("The club moved to the new Kestrel Park on the docks.", "who", False),
        ("Mirela Dobrev published Corvid 0.1.", "who", True),
        ("Eight rounds of talks were held.", "how_many", True),
        ("The talks were renamed.", "how_many", False),
        ("Developers elected the first five-member council.", "how_many", True),
        ("Sales rose by a third, to forty.", "how_many", True),
        ("The volunteers received an award in June 2011.", "how_many", False),  # a date
        ("The season opened on 9 May 1987 with 12 clubs.", "how_many", True),
        ("It ran on a server in a cupboard of the University of Leeds.", "where", True),
        ("It was founded at a meeting in the back room of the Anchor Inn.", "where", True),
        ("Saltby won the inaugural title.", "who", True),  # a club that won
        ("Parents set it up, working out of a borrowed portakabin.", "where", True),
        ("Parents set it up, working out their plans.", "where", False),
        ("They won the inaugural title.", "who", False),
        ("The society's first show was held in the village school in 1952.", "where", True),
        ("The committee met in the back room every month.", "where", True),
        ("The shop moved out of the wrecked hut into the old brick piggery block.", "where", True),
        ("The shop moved into profit in its third year.", "where", False),
        ("The school won a prize for its garden.", "where", False),
        ("The Tea Interval, a café overlooking the lanes, opened.", "name", True),
        ("The yard's first slipway, the Kiln Slip, was built.", "name", True),
        ("The society's first newsletter, The Fellbrook Bell, was posted.", "name", True),
        ("The café, a wooden hut by the lanes, opened.", "name", False),
        ("The staff nicknamed it Big Bertha.", "name", True),
        ("The staff nicknamed it after the founder.", "name", False),
    ],
)
def test_forms_read_from_the_text(text: str, form: str, expected: bool) -> None:
    assert (form in forms_of(fact(text))) is expected


def test_a_span_or_a_written_duration_can_say_how_long() -> None:
    assert "how_long" in forms_of(fact("Dana led the team.", until="2004-05"))
    assert "how_long" in forms_of(fact("A bad query took checkout down for 47 minutes."))
    assert "how_long" in forms_of(fact("Drivers struck for three weeks over pay."))
    assert "how_long" in forms_of(fact("After seventeen years of service it was lifted out."))
    assert "how_long" in forms_of(fact("The lease ran for twenty-five years."))
    assert "how_long" not in forms_of(fact("Dana led the team."))


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("The first Harrowmere Festival was held on Mill Meadow.", "festival", True),
        ("Glass Meridian released their debut album, Night Ferries.", "album", True),
        ("Quill 1.4 was the first release to run outside Unix.", "release", False),
        ("Linux 1.0 was the first version Torvalds considered ready.", "version", False),
        ("The taproom opened beside the original brewery.", "brewery", False),
        ("The company premiered The Salt Road, its first commissioned opera.", "opera", False),
        ("Margaret Oduya was the Courier's first editor-in-chief.", "editor", True),
        ("About 60 people came to the first Steel City Hack.", "hack", True),  # a name between
        ("The company premiered its first big commissioned opera.", "opera", False),
        ("Keith Lumb was the club's first head coach.", "coach", True),  # a title, not a kind
        ("Keith Lumb was the club's first assistant coach.", "coach", False),
        ("The club's first recorded rescue was on 14 August 1988.", "rescue", True),
        ("The club's first equipment was two rescue boards.", "rescue", False),
        ("The steam gala at Brackenford, the society's first, had three engines.", "gala", True),
        ("The steam gala at Brackenford was its first.", "gala", True),
        ("The gala had the society's first Pullman car.", "gala", False),
        # a participle that narrows the noun, and one that says when or is the fact's verb
        ("It was the first panel stitched entirely by newer members.", "panel", False),
        ("It was the first panel finished in 1993, after two years.", "panel", True),
        ("The first panel showed the Roman ford at Harwick.", "panel", True),
    ],
)
def test_a_fact_that_calls_itself_the_first_of_its_kind(
    text: str, noun: str, expected: bool
) -> None:
    resolved = Resolved(Term(noun, stem(noun)), frozenset({stem(noun)}), frozenset(), 1.0, True)
    assert says_first(view_of(fact(text)), resolved) is expected


def test_the_first_of_a_kind_may_be_followed_by_its_date() -> None:
    mission = Resolved(Term("mission", "mission"), frozenset({"mission"}), frozenset(), 1.0, True)
    dated = fact("The trust flew its first mission on 14 March 1994, to a tractor rollover.")
    assert says_first(view_of(dated), mission)
    assert not says_first(view_of(fact("Its first mission in Leeds was a rollover.")), mission)
    # a span that starts with the first of many is about all of them
    rounds = fact("From the first mission in April 2015 the trust flew 80.", until="2017")
    assert not says_first(view_of(rounds), mission)


def test_the_first_of_a_narrower_kind_is_the_first_when_the_narrowing_is_asked() -> None:
    # "what was the first boat they built in steel?"
    boat = Resolved(Term("boat", "boat"), frozenset({"boat"}), frozenset(), 1.0, True)
    view = view_of(fact("Girl Shona became the yard's first steel-hulled boat when delivered."))
    assert says_first(view, boat, frozenset({"steel", "built"}))
    assert not says_first(view, boat, frozenset({"built"}))
    # "what was the first beer we brewed?": "the first beer brewed at the Junction"
    beer = Resolved(Term("beer", "beer"), frozenset({"beer"}), frozenset(), 1.0, True)
    brewed = view_of(fact("Booking Hall Bitter was the first beer brewed at the Junction."))
    assert says_first(brewed, beer, frozenset({"brew"}))
    assert not says_first(brewed, beer, frozenset())


def test_a_word_stands_where_its_other_forms_stand() -> None:
    # "who runs the Greyhaven clinic": "lead" and "Greyhaven" are near in "Greyhaven, led by"
    lead = Resolved(
        Term("lead", "lead"), frozenset({"lead"}), frozenset(), 1.0, True, forms=frozenset({"led"})
    )
    place = Resolved(
        Term("greyhaven", "greyhaven"), frozenset({"greyhaven"}), frozenset(), 1.0, True
    )
    near = view_of(fact("The branch opened on Pell Street, Greyhaven, led by Grace Adeyemi."))
    far = view_of(fact("Greyhaven opened in June; months later Grace Adeyemi led the branch."))
    assert proximity([lead, place], [0.8, 1.0], near) == 1.0
    assert proximity([lead, place], [0.8, 1.0], far) == 0.0


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "CruiseControl was replaced by Hudson in 2009.",
            {"cruisecontrol", "cc"},
        ),  # and its initials
        ("In 2019 the SOC replaced RTIR with TheHive.", {"rtir"}),
        ("Two electric vans replaced the diesel fleet in April 2023.", {"diesel", "fleet"}),
        ("New projects use the Godot engine instead of Unity.", {"uniti"}),
        ("The archive moved from Leeds to York.", {"leed"}),
        ("The studio moved all development to Unity.", set()),
        ("The project left GitHub for Codeberg in March 2022.", {"github", "gh"}),
        ("Amira left for Lisbon in 2009.", set()),
        ("The old Jenkins server was switched off in 2021.", {"old", "jenkin", "server"}),
        ("The last mainframe was decommissioned in May.", {"last", "mainfram"}),
        ("Work moved to Elgin and the Greens Road site was sold.", {"green", "gr", "road", "site"}),
        ("The old chapel hall was demolished in 1999.", {"old", "chapel", "hall"}),
    ],
)
def test_what_a_fact_says_was_left_for_something_else(text: str, left: set[str]) -> None:
    assert left_behind(text) == left


@pytest.mark.parametrize(
    ("question", "full"),
    [
        ("who chaired the commission in 2003?", True),  # whoever held the post all through
        ("who was chair in March 2003", True),
        ("who took over as chair in 2003?", False),  # who began then
        ("who became chair in 2003", False),
        ("what did the chair do in 2003?", False),  # a span only went on then
    ],
)
def test_a_post_held_all_through_the_time_asked_of_fits_a_who_question(
    question: str, full: bool
) -> None:
    span = fact("Teodora Malic chaired the commission.", until="2006-06")
    query = parse_question(question, today=dt.date(2026, 1, 1))
    fit = time_fit(query, span)
    assert (fit == TIME_FIT_POINTS) is full
    assert 0 < fit <= TIME_FIT_POINTS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Robert Hartwell, Dennis and Margaret's son, succeeded his mother.", True),
        ("Margaret Hartwell retired as managing director.", False),
        ("Professor Margaret Hartwell was the first director.", False),  # a title, not a name
        ("Dr Hartwell retired.", False),
        ("The Hartwell family sold the company.", False),
    ],
)
def test_someone_else_of_the_name_asked_about(text: str, expected: bool) -> None:
    names = frozenset((stem("margaret"), stem("hartwell")))
    assert namesake(view_of(fact(text)), names) is expected


@pytest.mark.parametrize(
    ("text", "identifier", "found"),
    [
        ("Version 1 of the public API went live.", "v1", True),  # the word before the number
        ("Furnace No. 2 ran on a hydrogen blend, with the Energy Lab.", "e2", False),
        ("Internet Explorer 6 was dropped.", "ie6", True),  # the name's initials
    ],
)
def test_a_letter_and_a_number_name_the_word_before_the_number(
    text: str, identifier: str, found: bool
) -> None:
    term = Resolved(
        Term(identifier, identifier), frozenset({identifier}), frozenset(), 1.2, True, exact=True
    )
    assert (term_match(term, view_of(fact(text))) > 0) is found


def test_a_fact_naming_only_what_was_asked_names_no_one_to_answer_who() -> None:
    asked = {"who", "designed", "the", "great", "bath", "restoration"}
    award = fact("The Great Bath restoration won a Civic Trust Award in November 2000.")
    assert not names_someone_else(award, asked)
    assert names_someone_else(fact("It was restored by the architects Pell & Varley."), asked)
    slab = {"who", "drew", "holbeck", "slab"}
    assert not names_someone_else(fact("Holbeck Slab won the Letterform Prize."), slab)
    assert names_someone_else(fact("Dev Marsh's Holbeck Slab was released in 1999."), slab)


@pytest.mark.parametrize(
    ("text", "placing", "telling"),
    [
        ("After the flood, the club moved to Mill Lane.", {"flood"}, {"club", "moved"}),
        (
            "From 2001 until the in-house bakery opened, our bread came from a baker in Ashby.",
            {"bakery", "opened"},
            {"bread", "baker"},
        ),
        ("The bakery opened before the shop, and the bakery still runs.", {"shop"}, {"bakery"}),
        (
            "Tom Birkett was chairman, serving from the founding meeting until he stood down.",
            {"founding", "meeting"},
            {"chairman"},
        ),
        ("From 2016 the finish line was on Civic Quay.", set(), {"finish", "line"}),
        (
            "Volunteers planted 140 window boxes while the roof garden was shut.",
            {"shut"},
            {"window", "boxes", "planted"},
        ),
    ],
)
def test_the_words_a_fact_only_places_itself_by(
    text: str, placing: set[str], telling: set[str]
) -> None:
    placed_by = view_of(fact(text)).placed_by
    assert {stem(w) for w in placing} <= placed_by
    assert not placed_by & {stem(w) for w in telling}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The club newsletter, a sheet called Running Boards, first appeared.", True),
        ("An extension opened in May 2006 as the Anvil Cafe.", True),
        ('The trust launched the "Sails for Jenny" appeal.', True),
        ("The cafe ran as a warm space three afternoons a week.", False),
        ("The shop reopened in the converted old school.", False),
    ],
)
def test_a_fact_that_gives_a_name(text: str, names: bool) -> None:
    assert ("name" in forms_of(fact(text))) is names


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Dev Rao took over as café manager in 2003 when Maureen Tulloch retired.", "maureen"),
        (
            "In April 2001 Walter Pennick retired and handed the business to his daughter Claire.",
            "walter",
        ),
        ("Priya Raman succeeded Desmond Okafor as chair in 2011.", "desmond"),
        ("Jordan Alleyne took over Junior Steel from Tamika Greaves in 2016.", "tamika"),
        (
            "Douglas Mair stepped down as chairman in 1998, and Morag Tennant was elected chair"
            " in his place.",
            "mair",
        ),
    ],
)
def test_the_one_a_fact_says_someone_followed(text: str, named: str) -> None:
    assert named in predecessors(text)


@pytest.mark.parametrize(
    ("text", "about", "not_about"),
    [
        # a hyphenated title counts as one of the words a fact starts with
        ("Co-founder Dev Mistry was managing director until 2010.", "dev", None),
        ("Long-serving treasurer Ann Dale stepped down.", "ann", None),
        # a clause that places the fact in time is not what it is about
        ("After the review-data loss, backups switched to WAL archiving.", "backup", "review"),
        ("Following the fire of 2009, the hall was rebuilt in brick.", "hall", "fire"),
    ],
)
def test_a_fact_is_about_the_words_it_starts_with(
    text: str, about: str, not_about: str | None
) -> None:
    view = view_of(fact(text))
    assert about in view.subject and about in view.early
    if not_about is not None:
        assert not_about not in view.subject | view.early
