"""How likely a best match under the answer bar is still the answer: a calibrated second look.

A best match that scores under ``ANSWER_MIN`` may still be the answer: "when did somebody nick
the old coins from our place?" is told by the one theft the base holds, though it says
"tokens". No single signal tells those from questions the base cannot answer, but several
together do: how much of the question's weight is words the base never uses or reads only by
a word near in meaning, how far the best match leads, whether it fits the kind of question,
whether the question names something, how long the question is (the more it says, the less
any one fact can hold of it), and whether the hand-made rules of ``choice.stands_clear``
would let it through as a loose match (once the only way through; now one signal of these).

``likelihood`` weighs them with a logistic model. Its coefficients are fitted by
``tools/fit_loose.py`` on the development question sets only (never the held-out ones, which
measure it), from every decision that reached this point: was the best match the right fact?
A match at least ``LIKELY_MIN`` likely is given as a loose match, said to be one.
``LIKELY_MIN`` was chosen by grouped cross-validation on the development sets: the most right
answers without answering more of their must-decline questions than the hand-made rules and
the second look did apart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.choice import Match

LIKELY_MIN = 0.55  # a best match this likely right is answered, as a loose match

# Signals in the order tools/fit_loose.py reports them; see ``signals`` for each.
SIGNALS = (
    "score",
    "lead",
    "coverage",
    "missing",
    "similarity",
    "proximity",
    "bm25",
    "type_fit",
    "unknown_share",
    "unknown_peak",
    "weight",
    "words",
    "names",
    "everyday",
    "obscure",
    "who",
    "when",
    "where",
    "ordered",
    "what",
    "alike",
    "length",
    "clear",
)

# Fitted by tools/fit_loose.py (scikit-learn LogisticRegression, C=1, on standardised signals,
# folded back into raw units here): 0 marks a signal the fit left out.
INTERCEPT = -4.34089
COEFFICIENTS: Mapping[str, float] = {
    "score": -0.0238062,
    "lead": 0.0499691,
    "coverage": 3.8016,
    "missing": -1.42876,
    "similarity": -1.56565,
    "proximity": -0.594415,
    "bm25": 4.12579,
    "type_fit": 0.0501048,
    "unknown_share": -2.31737,
    "unknown_peak": -0.218752,
    "weight": 0.0025637,
    "words": -0.264516,
    "names": -0.993293,
    "everyday": 0.0300858,
    "obscure": 0.0386627,
    "who": -1.61527,
    "when": -1.18394,
    "where": 0.108218,
    "ordered": 0.538931,
    "what": -0.948105,
    "alike": -2.81033,
    "length": 0.299481,
    "clear": 1.07562,
}


@dataclass(frozen=True)
class Weighing:
    """The signals of one decision and the likelihood they give the best match."""

    match: Match  # the best match weighed
    signals: Mapping[str, float]
    likelihood: float

    @property
    def trusted(self) -> bool:
        """Tell whether the best match is likely enough to be given as the answer."""
        return self.likelihood >= LIKELY_MIN

    def reasons(self, most: int = 4) -> list[tuple[str, float]]:
        """The signals that moved the likelihood most, with their pull in log-odds."""
        pulls = [(name, COEFFICIENTS.get(name, 0.0) * v) for name, v in self.signals.items()]
        return sorted(pulls, key=lambda p: -abs(p[1]))[:most]


def signals(
    *,
    score: float,
    runner_up: float,
    parts: Mapping[str, float],
    weights: Iterable[tuple[float, bool, bool, bool]],
    commonness: Iterable[float],
    qtype: str,
    ordered: bool,
    length: int,
    clear: bool,
) -> dict[str, float]:
    """The signals of a decision.

    ``weights`` holds, per content word of the question, its weight, whether the base knows
    it, whether it is a name, and whether the base has it only as a word near in meaning
    ("goats", to a base of sheep); ``commonness`` the Zipf frequency of each unknown word;
    ``length`` how many words the question has, as read (greetings and asides set aside);
    ``clear`` whether the hand-made rules of ``choice.stands_clear`` let the match through.
    """
    weighed = list(weights)
    total = sum(w for w, _, _, _ in weighed)
    unknown = [w for w, known, _, _ in weighed if not known]
    alike = sum(w for w, _, _, near in weighed if near)
    zipfs = list(commonness)
    return {
        "score": score,
        "lead": score - runner_up,
        "coverage": parts.get("coverage", 0.0),
        "missing": parts.get("missing", 0.0),
        "similarity": parts.get("similarity", 0.0),
        "proximity": parts.get("proximity", 0.0),
        "bm25": parts.get("bm25", 0.0),
        "type_fit": parts.get("type_fit", 0.0),
        "unknown_share": sum(unknown) / total if total else 0.0,  # of the question's weight
        "unknown_peak": max(unknown, default=0.0),  # the weightiest word the base lacks
        "weight": total,  # how much the question says
        "words": float(len(weighed)),
        "names": float(sum(name for _, _, name, _ in weighed)),
        "everyday": max(zipfs, default=0.0),  # the commonest word the base lacks ...
        "obscure": min(zipfs, default=0.0),  # ... and the rarest
        "who": float(qtype == "who"),
        "when": float(qtype == "when"),
        "where": float(qtype == "where"),
        "ordered": float(ordered),
        "what": float(qtype == "what"),
        "alike": alike / total if total else 0.0,  # of the question's weight
        "length": float(length),
        "clear": float(clear),
    }


def weigh(match: Match, signals: Mapping[str, float]) -> Weighing:
    """The likelihood that the best match is right, from a decision's signals."""
    return Weighing(match, dict(signals), likelihood(signals))


def likelihood(
    signals: Mapping[str, float],
    intercept: float | None = None,
    coefficients: Mapping[str, float] | None = None,
) -> float:
    """The logistic model's probability for the signals (by another fit of it, if given one).

    >>> round(likelihood({}), 2) == round(1 / (1 + math.exp(-INTERCEPT)), 2)
    True
    """
    intercept = INTERCEPT if intercept is None else intercept
    coefficients = COEFFICIENTS if coefficients is None else coefficients
    z = intercept + sum(coefficients.get(name, 0.0) * v for name, v in signals.items())
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
