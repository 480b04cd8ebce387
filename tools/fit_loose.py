"""Fit the calibrated second look of ``bot/calibration.py`` and write its coefficients.

The engine takes a second look at a best match that scores under the answer bar, weighing
all the signals of the decision with a logistic model (see ``bot/calibration.py``). This
script makes that model: it asks every development question set (never a held-out set, nor
the shared sets, which would be tuning to the questions we are judged by), keeps each decision
that reached the second look, and labels it by whether the best match was the right fact.

    pip install -e '.[calibrate]'
    python tools/fit_loose.py            # report the fit
    python tools/fit_loose.py --write    # ... and write it into bot/calibration.py
    python tools/fit_loose.py --cv       # ... and what each bar would answer, cross-validated

A must-decline question counts fully against answering, as does a right fact declined for
it; a best match that is the wrong fact of an answerable question is a miss either way, and
counts ``WRONG_WEIGHT`` (an answer that is wrong is still worse than an honest decline).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import eval_all  # noqa: E402

from bot import calibration, evaluate  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.store import Store, ensure_db  # noqa: E402

WRONG_WEIGHT = 0.3  # a wrong fact answered, against a must-decline question answered
STRENGTH = 1.0  # the inverse of the regularisation (scikit-learn's C)
CV_FOLDS = 10  # --cv: folds of whole question sets, as LIKELY_MIN was chosen with
CV_BARS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
TARGET = ROOT / "bot" / "calibration.py"
_BLOCK_RE = re.compile(r"^INTERCEPT = .*?^}\n", re.MULTILINE | re.DOTALL)

Row = tuple[list[float], int, float, str]  # signals, right?, weight, kind of case


def development_sets() -> list[tuple[str, Path, Path]]:
    """The question sets to fit on: ours, minus the held-out and the shared ones."""
    return [
        (name, facts, questions)
        for name, facts, questions in eval_all.question_sets()
        if not name.startswith("shared")
        and name.removeprefix("evalsets/") not in eval_all.EVERY_HELD_OUT
    ]


def second_looks(item: tuple[str, Path, Path]) -> list[Row]:
    """Each second look one set's questions led to, labelled."""
    _, facts, questions = item
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "facts.db"
        ensure_db(facts, db)
        with Store(db) as store:
            engine = Engine(store)
            for case in evaluate.load_cases(questions):
                answer = engine.ask(case.q)
                weighing = answer.weighing
                if weighing is None:
                    continue
                given = replace(answer, status="answered", matches=(weighing.match,))
                right = not case.none and evaluate.judge(case, given)
                kind = "right" if right else "decline" if case.none else "wrong"
                weight = 1.0 if kind != "wrong" else WRONG_WEIGHT
                values = [weighing.signals[name] for name in calibration.SIGNALS]
                rows.append((values, int(right), weight, kind))
    return rows


def fit(rows: list[Row]) -> tuple[float, dict[str, float]]:
    """The logistic model, fitted on standardised signals and given back in raw units."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([r[0] for r in rows])
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=STRENGTH, max_iter=10_000)
    model.fit(scaler.transform(x), [r[1] for r in rows], sample_weight=[r[2] for r in rows])
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    raw = model.coef_[0] / scale
    intercept = float(model.intercept_[0] - np.sum(raw * scaler.mean_))
    return intercept, {n: float(c) for n, c in zip(calibration.SIGNALS, raw, strict=True)}


def cross_validated(grouped: list[list[Row]], folds: int = CV_FOLDS) -> list[float]:
    """Each row's likelihood from a model fitted without its question set's fold (the sets
    dealt round the folds in turn), in the order of the rows of ``grouped``."""
    found: list[float] = []
    for index, rows in enumerate(grouped):
        held = index % folds
        model = fit([r for i, g in enumerate(grouped) if i % folds != held for r in g])
        found += [calibration.likelihood(named(row), *model) for row in rows]
    return found


def tally(rows: list[Row]) -> dict[str, int]:
    """How many of the rows are of each kind of case."""
    return {kind: sum(r[3] == kind for r in rows) for kind in ("right", "decline", "wrong")}


def named(row: Row) -> dict[str, float]:
    """A row's signals by name."""
    return dict(zip(calibration.SIGNALS, row[0], strict=True))


def block(intercept: float, coefficients: dict[str, float]) -> str:
    """The model as bot/calibration.py writes it."""
    lines = [f"INTERCEPT = {intercept:.6g}", "COEFFICIENTS: Mapping[str, float] = {"]
    lines += [f'    "{name}": {value:.6g},' for name, value in coefficients.items()]
    return "\n".join([*lines, "}"]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the fit into the engine")
    parser.add_argument(
        "--cv",
        action="store_true",
        help=f"report what each bar would answer, cross-validated over {CV_FOLDS} folds of sets",
    )
    args = parser.parse_args()
    with Pool() as pool:
        grouped = pool.map(second_looks, development_sets())
    rows = [row for rows in grouped for row in rows]
    if args.cv:
        likely = cross_validated(grouped)
        for bar in CV_BARS:
            given = [r for r, p in zip(rows, likely, strict=True) if p >= bar]
            print(f"cross-validated, answered from {bar}: {tally(given)}")
    intercept, coefficients = fit(rows)
    print(block(intercept, coefficients), end="")
    print(f"\n{len(rows)} second looks: {tally(rows)}")
    given = [
        r
        for r in rows
        if calibration.likelihood(named(r), intercept, coefficients) >= calibration.LIKELY_MIN
    ]
    print(f"answered from {calibration.LIKELY_MIN}: {len(given)}, {tally(given)}")
    if args.write:
        text = TARGET.read_text(encoding="utf-8")
        new, count = _BLOCK_RE.subn(block(intercept, coefficients), text)
        if count != 1:
            print(f"{TARGET}: no single INTERCEPT ... }} block to replace", file=sys.stderr)
            return 1
        TARGET.write_text(new, encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
