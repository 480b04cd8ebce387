"""The calibrated second look at a best match under the answer bar (bot/calibration.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot import calibration
from bot.calibration import LIKELY_MIN, SIGNALS, Weighing, likelihood, signals, weigh
from bot.choice import ANSWER_MIN, Match
from bot.dates import PartialDate
from bot.engine import LOOSE
from bot.facts import Fact
from tests.test_engine import evalset_engine

ROOT = Path(__file__).resolve().parent.parent


def a_match(score: float = 30.0) -> Match:
    fact = Fact(id="x", date=PartialDate.parse("2016-09"), text="Something happened.")
    return Match(fact, score, {"coverage": 0.5, "bm25": 0.9})


def test_signals_share_out_the_weight_the_base_does_not_know() -> None:
    found = signals(
        score=30.0,
        runner_up=12.0,
        parts={"coverage": 0.5, "bm25": 0.9},
        # (weight, known, a name, known only near in meaning): "coins" unknown, "nick" known,
        # "Tokens" a name, and "thieves" known only as the base's "theft"
        weights=[
            (0.4, True, False, False),
            (0.3, False, False, False),
            (0.1, True, True, False),
            (0.2, True, False, True),
        ],
        commonness=[4.1],
        qtype="when",
        ordered=False,
        length=9,
        clear=True,
    )
    assert set(found) == set(SIGNALS)
    assert found["lead"] == pytest.approx(18.0)
    assert found["unknown_share"] == pytest.approx(0.3)
    assert found["unknown_peak"] == pytest.approx(0.3)
    assert found["weight"] == pytest.approx(1.0)
    assert found["names"] == 1.0 and found["words"] == 4.0
    assert found["everyday"] == found["obscure"] == 4.1
    assert found["when"] == 1.0 and found["who"] == 0.0 and found["what"] == 0.0
    assert found["alike"] == pytest.approx(0.2)
    assert found["length"] == 9.0 and found["clear"] == 1.0


def test_a_question_of_known_words_has_no_unknown_share() -> None:
    found = signals(
        score=30.0,
        runner_up=0.0,
        parts={},
        weights=[(0.6, True, False, False)],
        commonness=[],
        qtype="who",
        ordered=True,
        length=5,
        clear=False,
    )
    assert found["unknown_share"] == found["unknown_peak"] == found["alike"] == 0.0
    assert found["everyday"] == 0.0 and found["ordered"] == 1.0


def test_the_likelihood_is_the_logistic_of_the_weighed_signals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(calibration, "INTERCEPT", -1.0)
    monkeypatch.setattr(calibration, "COEFFICIENTS", {"bm25": 2.0, "names": -3.0})
    assert likelihood({"bm25": 0.5}) == pytest.approx(0.5)
    assert likelihood({"bm25": 1.0}) > LIKELY_MIN > likelihood({"bm25": 1.0, "names": 1.0})
    assert 0.0 < likelihood({"bm25": -1e9}) < likelihood({"bm25": 1e9}) <= 1.0  # no overflow
    # ... and by another fit of the model, as tools/fit_loose.py --cv weighs with each fold's
    assert likelihood({"bm25": 1.0}, 0.0, {"bm25": 0.0}) == pytest.approx(0.5)
    assert likelihood({"bm25": 1.0}, 0.0, {"bm25": 3.0}) > 0.95
    weighing = weigh(a_match(), {"bm25": 1.0, "names": 1.0})
    assert isinstance(weighing, Weighing) and not weighing.trusted
    assert weighing.reasons(1) == [("names", -3.0)]


def test_the_fitted_model_weighs_every_signal() -> None:
    assert list(calibration.COEFFICIENTS) == list(SIGNALS)
    assert 0.0 < LIKELY_MIN < 1.0


@pytest.mark.parametrize(
    ("base", "question", "fact_id"),
    [
        # the base says "BK-2 ... four kilograms lighter ... seven-speed gears"
        ("bikeshare", "when did we switch to the lighter bikes with more gears?", "bk2-bikes"),
        # ... and "opened its doors as a warm space", of a café that lets people in
        ("communitycafe", "when did we start letting folk come in just to keep warm", "warm-space"),
        # ... "two of her volunteer crew were married out on Hollesden Broad", and "the foot
        # and mouth outbreak": each the best match of a long question that says much the
        # base cannot hold, weighed with how long the question is
        ("wherry", "when did two of our deckhands tie the knot on board?", "wedding-2024"),
        (
            "pigeonloft",
            "what year did that cattle disease scupper the whole OB season for us?",
            "foot-and-mouth",
        ),
    ],
)
def test_a_best_match_under_the_bar_is_answered_on_a_second_look(
    tmp_path: Path, base: str, question: str, fact_id: str
) -> None:
    with evalset_engine(tmp_path, base) as engine:
        answer = engine.ask(question)
        assert answer.status == "answered" and answer.note == LOOSE
        assert answer.top is not None and answer.top.fact.id == fact_id
        assert answer.top.score < ANSWER_MIN  # (else it needed no second look)
        assert answer.weighing is not None and answer.weighing.trusted
        assert "second look: " + fact_id in "\n".join(engine.explain(answer))


def test_a_question_the_base_cannot_answer_stays_declined(tmp_path: Path) -> None:
    with evalset_engine(tmp_path, "journal") as engine:
        answer = engine.ask("when did the journal win a pulitzer?")
        assert answer.status == "declined"
        assert answer.weighing is not None and not answer.weighing.trusted
        assert "second look: " in "\n".join(engine.explain(answer))


def test_a_thing_the_base_has_only_near_in_meaning_weighs_against_the_match(
    tmp_path: Path,
) -> None:
    # a bothy trust that never had a drone, though its helicopter exercises are near one
    with evalset_engine(tmp_path, "mountainbothy") as engine:
        answer = engine.ask("when did we get our first drone?")
        assert answer.status == "declined"
        assert answer.weighing is not None and answer.weighing.signals["alike"] > 0.9
        assert any(name == "alike" and pull < 0 for name, pull in answer.weighing.reasons(4))


def test_a_loose_match_the_rules_let_through_is_weighed_all_the_same(tmp_path: Path) -> None:
    # a carnival that never had a logo, though its first website was "built" by a volunteer
    with evalset_engine(tmp_path, "carnival") as engine:
        answer = engine.ask("who designed our carnival logo?")
        assert answer.status == "declined"
        assert answer.weighing is not None and answer.weighing.signals["clear"] == 1.0
        explained = "\n".join(engine.explain(answer))
        assert "second look: website-launched" in explained
        assert "the hand-made rules would let it through" in explained


def test_no_second_look_at_a_match_that_lacks_the_event_asked_about(tmp_path: Path) -> None:
    # a base of floods, asked about a fire: the word it lacks is the event itself
    with evalset_engine(tmp_path, "quaymuseum") as engine:
        answer = engine.ask("When was the museum damaged by fire?")
        assert answer.status == "declined" and answer.weighing is None


def test_no_second_look_when_the_base_never_names_the_thing_whose_first_is_asked(
    tmp_path: Path,
) -> None:
    # a mapping project that never had a drone: its remote mapping from aerial imagery says
    # nothing of its first one
    with evalset_engine(tmp_path, "openmaps") as engine:
        answer = engine.ask("when did the project buy its first drone for imagery?")
        assert answer.status == "declined" and answer.weighing is None


def test_the_fit_tool_writes_the_model_in_the_form_the_module_holds(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fit_loose
    finally:
        sys.path.remove(str(ROOT / "tools"))
    text = (ROOT / "bot" / "calibration.py").read_text(encoding="utf-8")
    written = fit_loose.block(calibration.INTERCEPT, dict(calibration.COEFFICIENTS))
    new, count = fit_loose._BLOCK_RE.subn(written, text)
    assert count == 1
    assert new == text  # the same model, written again, is the same file
    assert all(name in written for name in SIGNALS)
