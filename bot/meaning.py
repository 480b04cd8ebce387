"""Words of like meaning, for a question word its fact base never uses.

"When did we put up the new lamps?", to a base that says "lights": no synonym group of the
lexicon links the two, but their meanings are near. ``alike`` gives a common English word's
nearest words in meaning, from a table made once from a sentence-embedding model by
``tools/build_neighbours.py`` (see there how, and which words it leaves out). Nearness is not
sameness: it links "goats" to "sheep" as readily as "lamps" to "lights", so the engine asks
it only of words it cannot read otherwise, and counts such a link as it does a synonym, for
less than the word itself.

``names_a_place`` tells a place's name typed in lowercase ("the glasgow depot") from a word,
by a list made once from geonames by ``tools/build_places.py``.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib import resources

TABLE = "neighbours.tsv.gz"  # in bot/data: a word, a tab, then "neighbour:similarity%" ...
PLACES = "places.txt"  # in bot/data: a word a line, each a place's name and no other word's


@cache
def _table() -> dict[str, str]:
    """The table, each word's neighbours kept as written until asked for (about 13 MB in
    memory, read in 0.2 s on the first question that needs it)."""
    table = {}
    with (
        resources.files("bot").joinpath("data", TABLE).open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as lines,
    ):
        for line in lines:  # a line at a time: little memory
            word, _, near = line.rstrip("\n").partition("\t")
            table[word] = near
    return table


@lru_cache(maxsize=4096)
def alike(word: str, least: float) -> tuple[str, ...]:
    """The words nearest in meaning to ``word`` (lowercase), nearest first, whose similarity
    is at least ``least`` (0 to 1; the table keeps 0.65 and up).

    >>> alike("flames", 0.75)
    ('flame', 'fire')
    >>> alike("qwxz", 0.5)
    ()
    """
    found = []
    for pair in _table().get(word, "").split():
        near, _, percent = pair.partition(":")
        if int(percent) < least * 100:
            break  # nearest first
        found.append(near)
    return tuple(found)


@cache
def _places() -> frozenset[str]:
    text = resources.files("bot").joinpath("data", PLACES).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def names_a_place(word: str) -> bool:
    """Tell whether a lowercase word is a place's name and no other English word, from a list
    made once from geonames by ``tools/build_places.py``: "glasgow" is, "reading" is not.

    >>> names_a_place("glasgow"), names_a_place("reading"), names_a_place("depot")
    (True, False, False)
    """
    return word in _places()
