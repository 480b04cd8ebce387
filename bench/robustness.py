"""How the engine holds up when a question it answers is asked the way people type in chat.

    python bench/robustness.py [--examples N]

For every question a development set's engine gets right, each variant below is asked in its
place, and a variant counts as a flip when the answer is no longer right: chat around the
question (a mention, a greeting, a preamble, a sign-off, capitals), sloppy typing (no
apostrophes, a swapped or a dropped letter in its longest word) and other ways to ask when
("any idea when", "how long ago"). The held-out sets are left out, as in every measurement
that could steer a change.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from eval_all import EVERY_HELD_OUT, question_sets  # type: ignore[import-not-found]

from bot import evaluate
from bot.engine import Engine
from bot.store import Store, ensure_db

_RANDOM = random.Random(7)


def _typo(question: str, shortest: int, span: int, edit: Callable[[str, int], str]) -> str:
    """The question with its longest word mistyped by ``edit`` at a random inner letter (of
    those ``span`` letters or more before its end)."""
    tokens = question.split()
    index = max(range(len(tokens)), key=lambda i: len(tokens[i].strip("?!.,")))
    word = tokens[index].strip("?!.,")
    if len(word) < shortest or not word.isalpha():
        return question
    at = _RANDOM.randrange(1, len(word) - span)
    tokens[index] = tokens[index].replace(word, edit(word, at))
    return " ".join(tokens)


def _swapped(question: str) -> str:
    """Two neighbouring letters of the longest word swapped."""
    return _typo(question, 5, 2, lambda w, at: w[:at] + w[at + 1] + w[at] + w[at + 2 :])


def _dropped(question: str) -> str:
    """A letter of the longest word left out."""
    return _typo(question, 6, 1, lambda w, at: w[:at] + w[at + 1 :])


def _lowered(question: str) -> str:
    return question[:1].lower() + question[1:]


def _when(replacement: str) -> Callable[[str], str]:
    return lambda q: re.sub(r"^(?i:when)\b", replacement, q)


VARIANTS: dict[str, Callable[[str], str]] = {
    "hey, ...": lambda q: f"hey, {q}",
    "@factbot ...": lambda q: f"@factbot {q}",
    "sorry if this was asked before, ...": lambda q: f"sorry if this was asked before, {q}",
    "quick question - ...": lambda q: f"quick question - {q}",
    "does anyone know ...": lambda q: f"does anyone know {_lowered(q)}",
    "i need to know ...": lambda q: f"i need to know {_lowered(q)}",
    "... thanks!": lambda q: f"{q} thanks!",
    "... (asking for the newsletter)": lambda q: f"{q} (asking for the newsletter)",
    "CAPITALS": str.upper,
    "lowercase": str.lower,
    "no apostrophes": lambda q: q.replace("'", ""),
    "a swapped letter": _swapped,
    "a dropped letter": _dropped,
    "any idea when": _when("any idea when"),
    "how long ago": _when("how long ago"),
    "what year": lambda q: re.sub(r"^(?i:when) (did|was|were)\b", r"what year \1", q),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=0, help="flipped questions to show")
    args = parser.parse_args()
    flips: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    answered = 0
    with tempfile.TemporaryDirectory() as tmp:
        for index, (name, facts, questions) in enumerate(question_sets()):
            if name.removeprefix("evalsets/") in EVERY_HELD_OUT:
                continue
            db = Path(tmp) / f"{index}.db"
            ensure_db(facts, db)
            with Store(db) as store:
                engine = Engine(store)
                cases = evaluate.load_cases(questions)
                for result in evaluate.run(cases, engine.ask):
                    if not result.ok:
                        continue
                    answered += 1
                    for label, variant in VARIANTS.items():
                        asked = variant(result.case.q)
                        if asked == result.case.q:
                            continue
                        tried[label] += 1
                        changed = replace(result.case, q=asked)
                        if not evaluate.run([changed], engine.ask)[0].ok:
                            flips[label] += 1
                            if len(examples[label]) < args.examples:
                                examples[label].append(f"{name}: {asked}")
    print(f"{answered} questions answered right, each asked again as:")
    for label in VARIANTS:
        print(f"  {label:36s} {flips[label]:4d} of {tried[label]:4d} flipped")
        for example in examples[label]:
            print(f"      {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
