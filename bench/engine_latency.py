"""Time the engine per question once the fact base is loaded (what a running bot pays).

    python bench/engine_latency.py [--facts DIR] [--questions FILE] [--rounds N]

Loading (database build, vocabulary) is timed separately; questions are asked ``--rounds``
times over and the median, 95th percentile and mean per question are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot import evaluate
from bot.engine import Engine
from bot.query import parse_question
from bot.store import Store, ensure_db

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=ROOT / "facts")
    parser.add_argument(
        "--questions", type=Path, default=ROOT / "tests" / "eval" / "consultations.yaml"
    )
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    questions = [case.q for case in evaluate.load_cases(args.questions)]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        ensure_db(args.facts, db)
        built = time.perf_counter()
        with Store(db) as store:
            engine = Engine(store)
            loaded = time.perf_counter()
            for question in questions:  # warm the caches a running bot has warm
                engine.ask(question)
            timings = []
            cpu_rounds = []  # CPU time per question, per round: steadier on a shared machine
            for _ in range(args.rounds):
                cpu = time.process_time()
                for question in questions:
                    t0 = time.perf_counter()
                    engine.ask(question)
                    timings.append(time.perf_counter() - t0)
                cpu_rounds.append((time.process_time() - cpu) / len(questions))
            # Of that, reading the questions (no fact base involved) and matching them
            today = dt.date.today()
            parsed = [parse_question(q, today=today) for q in questions]
            parse_rounds, match_rounds = [], []
            for _ in range(args.rounds):
                cpu = time.process_time()
                for question in questions:
                    parse_question(question, today=today)
                parse_rounds.append((time.process_time() - cpu) / len(questions))
                cpu = time.process_time()
                for question, query in zip(questions, parsed, strict=True):
                    engine.answer(question, query)
                match_rounds.append((time.process_time() - cpu) / len(questions))
    timings.sort()
    p95 = timings[int(len(timings) * 0.95)]
    print(f"facts: {args.facts}  questions: {len(questions)} x {args.rounds} rounds")
    print(f"build database  {1000 * (built - started):8.1f} ms")
    print(f"load engine     {1000 * (loaded - built):8.1f} ms")
    print(
        f"per question    median {1000 * statistics.median(timings):.3f} ms, "
        f"p95 {1000 * p95:.3f} ms, mean {1000 * statistics.mean(timings):.3f} ms (wall)"
    )
    print(
        f"per question    best round {1000 * min(cpu_rounds):.3f} ms, "
        f"median round {1000 * statistics.median(cpu_rounds):.3f} ms (CPU)"
    )
    print(
        f"of which        reading the question {1000 * statistics.median(parse_rounds):.3f} ms, "
        f"matching {1000 * statistics.median(match_rounds):.3f} ms (CPU, median round)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
