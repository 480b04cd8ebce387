"""The people a fact base names, and the names each goes by."""

from __future__ import annotations

import pytest

from bot.people import Person, aliases, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a quoted nickname
        ('Margaret "Peg" Alderson was elected chair.', Person("margaret", "alderson", "peg")),
        # after a role word
        ("In 2012 treasurer Keith Mowbray was reported.", Person("keith", "mowbray")),
        # a given name the lexicon knows
        ("Tom Ferriday joined in 2005.", Person("tom", "ferriday")),
        # before a verb only a person does
        ("Maureen Pickavance took over in April 1999.", Person("maureen", "pickavance")),
        # a role in the clause after the name
        ("Derek Aldous was the first supervisor.", Person("derek", "aldous")),
        ("Gwen Alderley, a retired engineer, ran it.", Person("gwen", "alderley")),
        # a possessive
        ("In 2019 trustee Alys Trevaskis's bequest paid for it.", Person("alys", "trevaskis")),
    ],
)
def test_a_person_is_found_by_the_words_around_the_name(text: str, person: Person) -> None:
    assert person in people([text])


@pytest.mark.parametrize(
    "text",
    [
        "The stall moved to Victoria Road in 1998.",  # a place, though Victoria is a name
        "Brackenby District gritted 40 routes, with two drivers each.",  # a common last word
        "In March 2004 the club opened.",  # a month and a preposition
        "The Memorial Hall reopened in October 2010.",
        "Hartwell Colliery closed.",  # a capitalised pair, nothing says a person's
    ],
)
def test_places_bodies_and_dates_are_no_people(text: str) -> None:
    assert people([text]) == set()


def test_a_first_name_known_as_a_persons_makes_every_pair_it_starts_a_person() -> None:
    texts = ["Derek Aldous became supervisor.", "The new van went to Derek Hollin's depot."]
    assert Person("derek", "hollin") in people(texts)
    assert Person("derek", "hollin") not in people(texts[1:])


def test_a_nickname_and_a_surname_find_each_other() -> None:
    found = aliases([Person("margaret", "alderson", "peg"), Person("rajinder", "sohal")])
    assert found == {"peg": {"alderson"}, "alderson": {"peg"}}


def test_a_familys_surname_finds_no_one() -> None:
    family = [
        Person("walter", "rosewarne", "wally"),
        Person("jennifer", "rosewarne-hale", "jen"),
        Person("declan", "murray", "dec"),
    ]
    # ... but a nickname still finds the one first name it goes with, when no one else has it
    assert aliases(family) == {
        "dec": {"murray"},
        "murray": {"dec"},
        "wally": {"walter"},
        "jen": {"jennifer"},
    }
    twice = [*family, Person("walter", "pryce")]
    assert "wally" not in aliases(twice)


def test_a_place_and_the_short_name_a_fact_quotes_for_it_find_each_other() -> None:
    text = 'The Undercroft bar opened in 1986. Students shortened its name to "the Croft".'
    found = people([text, 'Gareth "Gaz" Penrose managed the Gazebo.', 'The first "Vault" gig.'])
    assert Person("", "undercroft", "croft") in found
    assert {p for p in found if not p.first} == {Person("", "undercroft", "croft")}
    assert aliases(found)["croft"] == {"undercroft"}
