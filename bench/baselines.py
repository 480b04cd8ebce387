"""The plain baselines the engine must beat, on the same question sets as eval_all.py.

    python bench/baselines.py

- rapidfuzz: the fact whose text or alternate question has the best token_set_ratio with
  the question; declines below a ratio of 60.
- bm25: SQLite FTS5's best match for the question's words (OR); declines when nothing
  matches.
Both use the same judging as ``factbot eval``.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from eval_all import question_sets  # type: ignore[import-not-found]
from rapidfuzz import fuzz

from bot import evaluate
from bot.choice import Match
from bot.dates import PartialDate
from bot.engine import Answer
from bot.facts import load_facts
from bot.query import parse_question
from bot.store import Store, build_db
from bot.text import words


@dataclass
class Baseline:
    store: Store

    def answer(self, question: str, fact_id: str | None, score: float) -> Answer:
        query = parse_question(question, today=PartialDate(2026).period().start)
        if fact_id is None:
            return Answer(question, "declined", (), query, "none")
        fact = self.store.get(fact_id)
        assert fact is not None
        return Answer(question, "answered", (Match(fact, score),), query)

    def fuzzy(self, question: str) -> Answer:
        best: tuple[float, str | None] = (0.0, None)
        for fact in self.store.timeline(limit=10**6):
            for text in (fact.text, *fact.questions):
                best = max(best, (fuzz.token_set_ratio(question.lower(), text.lower()), fact.id))
        return self.answer(question, best[1] if best[0] >= 60 else None, best[0])

    def bm25(self, question: str) -> Answer:
        found = self.store.search(words(question), limit=1)
        if not found:
            return self.answer(question, None, 0)
        row = self.store.conn.execute("SELECT id FROM facts WHERE rowid = ?", (found[0][0],))
        return self.answer(question, str(row.fetchone()[0]), 50)


def main() -> int:
    totals: dict[str, list[float]] = {"rapidfuzz": [], "bm25": []}
    with tempfile.TemporaryDirectory() as tmp:
        for index, (name, facts, questions) in enumerate(question_sets()):
            db = Path(tmp) / f"{index}.db"
            build_db(load_facts(facts), db)
            with Store(db) as store:
                baseline = Baseline(store)
                cases = evaluate.load_cases(questions)
                row = []
                for label, ask in (("rapidfuzz", baseline.fuzzy), ("bm25", baseline.bm25)):
                    accuracy = evaluate.accuracy(evaluate.run(cases, ask))
                    totals[label].append(accuracy)
                    row.append(f"{label} {accuracy:.3f}")
                print(f"{name:28s} " + "  ".join(row))
    means = "  ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in totals.items())
    print(f"{'mean':28s} {means}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
