"""The people a fact base names, and the other names each goes by.

Facts name a person in full once ("Margaret "Peg" Alderson was elected chair") and by one name
after ("Rajinder Sohal succeeded Alderson"); members ask by the name they use ("who took over
from Peg?"). A base's people are found where a capitalised pair surely is a person: around a
quoted nickname, after a role word ("treasurer Keith Mowbray"), with a given name the lexicon
knows, before a verb only a person does ("Helen Marsh became treasurer"), or before ", who".
Once a first name is known to be a person's, every pair it starts is a person too ("Derek
Aldous" where a fact only says "Derek Aldous's van"). Places and bodies ("Greens Road",
"Tamerton Museum") are left out: their parts are words of their own, not names.

A place or body may go by a short name a fact quotes ("The Undercroft ... Students shortened
its name to "the Croft""); it is kept as a name with no first name, its short name its
nickname, so that "the Croft" finds the Undercroft as "Peg" finds Alderson.

The store finds them once, when it builds the database (``people`` below), and keeps each
person's names in its ``people`` table; the vocabulary reads them back as ``aliases``: a
nickname and the surname it goes with, where no one else in the base has that surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot import lexicon
from bot.dates import MONTH_NAMES
from bot.text import zipf

_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_PAIR_RE = re.compile(rf"(?<![\w.'-])({_NAME})(?: \"({_NAME})\")? ((?:Mc|Mac|O')?{_NAME})\b")
_PERSON_VERB_RE = re.compile(
    r"^(?:,? who\b| (?:became|took over|retired|joined|was elected|was appointed|stepped down|"
    r"succeeded|died|resigned|handed|stood down|was awarded)\b)"
)
_GIVEN = frozenset(lexicon.NICKNAMES_TEXT.split())
_ROLES = (
    lexicon.PERSON_NOUNS
    | lexicon.ROLE_NOUNS
    | frozenset(
        """
        volunteer driver skipper sister dr mr mrs ms miss sir dame rev father mother brother son
        daughter wife husband widow nephew niece grandson granddaughter neighbour friend
        fundraiser trustee patron supervisor foreman forewoman superintendent
        """.split()
    )
)
# Last words of places and bodies, not surnames ("Victoria Road", "Corrix Infrastructure")
_PLACE_HEADS = frozenset(
    """
    road street lane avenue way close drive crescent hill hall house park farm centre center
    museum school college university church chapel bay beach quay wharf dock bridge mill mills
    works yard court square place row terrace gardens garden estate green common moor wood
    hut inn cottage barn tower station castle abbey cathedral hospital airport harbour port pier
    lodge manor hotel arms tavern pub theatre cinema gallery library academy institute
    woods field fields valley group ltd limited trust society club band council company
    infrastructure services partnership association foundation records press studios
    """.split()
)
# A quoted name, not a person's nickname between the names (Gareth "Gaz" Penrose)
_SHORT_RE = re.compile(r"\"(?:[Tt]he )?([A-Z][a-z]{3,})\"(?! [A-Z])")
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]{4,}")
COMMON_ZIPF = 4.5  # a word this common ends a place's name more often than a person's
ROLE_WINDOW = 8  # a role word this near after a name, in its clause, says it is a person's
# Capitalised first words that start places and bodies, not people ("St Aldhelm's", "Port Ellen")
_NOT_GIVEN = frozenset(
    (
        *MONTH_NAMES,
        *"""
        The In On At By For From St Saint Mount Lake Port Fort Upper Lower North South East West
        New Old Great Little Royal Sir Dame Lady Lord Dr Mr Mrs Ms Miss Rev Father
        """.split(),
    )
)


@dataclass(frozen=True)
class Person:
    """One person's names, lowercased: "Margaret "Peg" Alderson" is margaret, peg, alderson.
    A place with a short name has no first name: the Undercroft, "the Croft", is "", croft,
    undercroft."""

    first: str
    last: str
    nickname: str = ""


def people(texts: Iterable[str]) -> set[Person]:
    """The people the texts name (see the module's docstring for how they are told)."""
    sure: set[Person] = set()
    maybe: set[Person] = set()
    for text in texts:
        for match in _PAIR_RE.finditer(text):
            first, nickname, last = match[1], match[2] or "", match[3]
            if first in _NOT_GIVEN or first.lower() in lexicon.STOPWORDS:
                continue
            last = last.removesuffix("'s")  # "Alys Trevaskis's memory"
            person = Person(first.lower(), last.lower(), nickname.lower())
            if person.last in _PLACE_HEADS or (
                zipf(person.last) >= COMMON_ZIPF and not (nickname or person.first in _GIVEN)
            ):
                continue  # ("Brackenby District": a common word is a surname less often)
            before = text[: match.start()].rsplit(None, 1)[-1:]
            after = text[match.end() :]
            # ("Derek Aldous was the first supervisor", "Gwen Alderley, a retired engineer")
            clause = re.split(r"[.;:()]|, (?!(?:a|an|the|our|its|their)\b)", after, maxsplit=1)[0]
            if (
                nickname
                or (before and before[0].lower().strip(",(") in _ROLES)
                or person.first in _GIVEN
                or _PERSON_VERB_RE.match(after[:24])
                or _ROLES.intersection(w.lower() for w in clause.split()[:ROLE_WINDOW])
            ):
                sure.add(person)
            else:
                maybe.add(person)
        sure.update(_short_names(text))
    firsts = {p.first for p in sure if p.first}
    return sure | {p for p in maybe if p.first in firsts}


def _short_names(text: str) -> Iterator[Person]:
    """A place or body and the short name a fact quotes for it (The Undercroft ... "shortened
    its name to "the Croft""): a name with no first name, its short name as its nickname."""
    shorts = {short.lower() for short in _SHORT_RE.findall(text)}
    if not shorts:
        return
    names = {w.lower() for w in _CAPITALISED_RE.findall(text)}
    for key in shorts:
        for word in names:
            if word != key and (word.endswith(key) or word.startswith(key)):
                yield Person("", word, key)


def aliases(found: Iterable[Person]) -> dict[str, frozenset[str]]:
    """Each nickname's surname, and each surname's nicknames ("peg" -> alderson, "alderson" ->
    peg): the names a fact and a member may use for one person. A family's surname ("Walter
    Rosewarne", "Jennifer Rosewarne-Hale") finds no one and is found by no one: it does not
    say which one is meant; there a nickname finds the first name it goes with, if no one
    else has it ("Pops" is Winston Alleyne, of the Alleynes). First names find no surname:
    one is shared by too many (measured: first name to surname cost a question on the
    held-out sets and fixed none)."""
    found = list(found)
    families: dict[str, set[str]] = {}
    for person in found:
        for part in _surnames(person):  # "Rosewarne-Hale": a Rosewarne
            families.setdefault(part, set()).add(person.first)
    firsts: dict[str, set[str]] = {}
    for person in found:
        firsts.setdefault(person.first, set()).add(person.last)
    others: dict[str, set[str]] = {}
    for person in found:
        if not person.nickname:
            continue
        if any(len(families[p]) > 1 for p in _surnames(person)):
            # (Winston "Pops" Alleyne, and Jordan Alleyne: "Pops" is Winston, if he is the
            # only Winston)
            if person.first and len(firsts[person.first]) == 1:
                others.setdefault(person.nickname, set()).add(person.first)
            continue
        others.setdefault(person.nickname, set()).add(person.last)
        others.setdefault(person.last, set()).add(person.nickname)
    return {name: frozenset(other - {name}) for name, other in others.items() if other - {name}}


def _surnames(person: Person) -> set[str]:
    """A surname and, if it is double-barrelled, each of its parts."""
    return {person.last, *person.last.split("-")}
