"""The table of words near in meaning (bot/data/neighbours.tsv.gz) and how it is read."""

from __future__ import annotations

import gzip
import re
from importlib import resources

import pytest

from bot import meaning


def test_the_table_is_well_formed() -> None:
    raw = resources.files("bot").joinpath("data", meaning.TABLE).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    assert len(lines) > 40_000
    words = set()
    for line in lines:
        word, tab, rest = line.partition("\t")
        assert tab and re.fullmatch(r"[a-z]{3,}", word), line
        words.add(word)
        pairs = [pair.split(":") for pair in rest.split()]
        assert pairs, line
        percents = [int(percent) for _, percent in pairs]
        assert all(65 <= p <= 100 for p in percents), line
        assert percents == sorted(percents, reverse=True), line  # nearest first
        assert all(re.fullmatch(r"[a-z]{3,}", near) and near != word for near, _ in pairs)
    assert len(words) == len(lines)  # one line a word


def test_words_near_in_meaning_nearest_first_and_no_nearer_than_asked() -> None:
    assert meaning.alike("flames", 0.75) == ("flame", "fire")
    lamps = meaning.alike("lamps", 0.65)
    assert {"lights", "lighting"} <= set(lamps) and lamps.index("lights") < lamps.index("candles")
    assert "candles" not in meaning.alike("lamps", 0.7)
    assert meaning.alike("kids", 0.8)[:1] == ("children",)


@pytest.mark.parametrize(
    "word", ["sweden", "australia", "swansea", "fourth", "june", "tuesday", "red", "black"]
)
def test_a_place_or_one_value_of_a_kind_has_no_neighbours(word: str) -> None:
    # "when did we tour sweden?" is not a question about a tour of Denmark, nor the fourth
    # share offer one about the third
    assert meaning.alike(word, 0.65) == ()
    rivals = ("denmark", "third", "july", "green", "grey")
    assert all(word not in meaning.alike(other, 0.65) for other in rivals)


def test_a_town_that_is_also_a_word_keeps_its_neighbours() -> None:
    assert "read" in meaning.alike("reading", 0.65)  # Reading is a town, reading is reading
    assert meaning.alike("qwxz", 0.5) == ()


def test_the_list_of_places_is_well_formed_and_holds_no_common_word() -> None:
    text = resources.files("bot").joinpath("data", meaning.PLACES).read_text(encoding="utf-8")
    names = [line for line in text.splitlines() if not line.startswith("#")]
    assert len(names) > 1000 and names == sorted(set(names))
    assert all(re.fullmatch(r"[a-z]{3,}", name) for name in names)
    # a town whose name is a word too is a word, and so is anything with neighbours in meaning
    assert all(meaning.alike(name, 0.65) == () for name in names[::50])
    for word in ("glasgow", "toronto", "sweden", "swansea"):
        assert meaning.names_a_place(word)
    # ... and one whose plural is a word is a thing too: "the big reunion concert"
    for word in ("reading", "bath", "reunion", "turkey", "depot", "june", "red", "the", "Glasgow"):
        assert not meaning.names_a_place(word)
