"""Load and ask at scale: a synthetic fact base of N facts, timed.

    python bench/scale.py [--facts 100000] [--keep DIR]

Writes N synthetic facts (20 files), times ``factbot load`` (build and peak memory of this
process) and a handful of question shapes (median of 5). The synthetic texts are repetitive
on purpose: common words make full-text candidate lists long, the hard case at scale.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from bot import meaning
from bot.engine import Engine
from bot.facts import load_facts
from bot.store import Store, build_db

WORDS = (
    "alpha beta gamma delta release launch migration outage incident rename office move team "
    "lead hire platform service database api mobile app billing search payments auth cache "
    "queue kafka postgres redis kubernetes terraform"
).split()
QUESTIONS = (
    "when did project 4242 reach kafka",
    "what happened in March 2001?",
    "when was the billing migration",
    "what was the first outage",
    "when did we move to azure?",
    "wehn did projcet 99 reach postgres",
    "what came right after project 500 reached redis?",
    "which kafka projects reached billing in 2015?",
    "what did the search team do in June 2010?",
    # a word the base never uses, read by meaning ("smartphone" for "mobile")
    "what did the smartphone team do in 2012?",
)


def write_facts(folder: Path, count: int) -> None:
    """Write ``count`` synthetic facts into 20 files."""
    rng = random.Random(1)
    per_file = max(1, count // 20)
    for part in range(0, count, per_file):
        facts = []
        for n in range(part, min(count, part + per_file)):
            a, b, c, d = (rng.choice(WORDS) for _ in range(4))
            facts.append(
                {
                    "id": f"fact-{n}",
                    "date": f"{rng.randint(1990, 2025)}-{rng.randint(1, 12):02d}",
                    "text": f"The {a} {b} project {n} reached {c} stage with {d}.",
                    "tags": rng.sample(WORDS, 2),
                    "questions": [f"when did project {n} reach {c}"],
                }
            )
        path = folder / f"part-{part // per_file:02d}.yaml"
        path.write_text(yaml.safe_dump({"source": "synthetic", "facts": facts}, sort_keys=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the base here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        folder = root / "facts"
        folder.mkdir(parents=True, exist_ok=True)
        write_facts(folder, args.facts)
        t0 = time.perf_counter()
        base = load_facts(folder)
        t1 = time.perf_counter()
        build_db(base, root / "scale.db")
        t2 = time.perf_counter()
        with Store(root / "scale.db") as store:
            engine = Engine(store)
            t3 = time.perf_counter()
            print(
                f"{args.facts} facts: read and check {t1 - t0:.1f} s, build {t2 - t1:.1f} s, "
                f"engine load {1000 * (t3 - t2):.0f} ms, peak memory "
                f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
            )
            for question in QUESTIONS:
                engine.ask(question)
                times = []
                for _ in range(5):
                    start = time.perf_counter()
                    answer = engine.ask(question)
                    times.append(time.perf_counter() - start)
                top = answer.top.fact.id if answer.top else "-"
                print(
                    f"  {1000 * statistics.median(times):7.1f} ms  {answer.status:9s} "
                    f"{top:12s} {question}"
                )
            # what the running engine holds, the table of words near in meaning included
            table = "read" if meaning._table.cache_info().currsize else "not read"
            print(f"resident after the questions {_resident_mb():.0f} MB (meaning table {table})")
    return 0


def _resident_mb() -> float:
    """This process's resident memory now (Linux), not its peak."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


if __name__ == "__main__":
    sys.exit(main())
