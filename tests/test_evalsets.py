"""The question sets and fact bases under tests/ are valid, and the engine keeps its accuracy.

The floors sit a little below what the engine scores today (see bench/eval_all.py), so a
change that makes answers worse fails here instead of going unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import evaluate
from bot.engine import Engine
from bot.facts import load_facts
from bot.store import Store, build_db
from tests.conftest import REPO

SHARED = REPO.parent / "shared" / "eval"
# The sets written without looking at the engine (hospital, studio, transit, dbops, langhist,
# orbital, newsroom, saas, league, lab, airline, band) score lower; each floor is a few
# questions under today's score.
FLOORS = {
    "pantryhub": 0.66,
    "rivertrust": 0.69,
    "winecellar": 0.66,
    "launderette": 0.70,
    "carboot": 0.60,
    "perfumery": 0.63,
    "citycanal": 0.66,
    "seaweedfarm": 0.69,
    "pipeorgan": 0.66,
    "emulator": 0.63,
    "fleetops": 0.69,
    "hospitalcharity": 0.63,
    "openmaps": 0.63,
    "canoehire": 0.6,
    "ropeworkshop": 0.69,
    "radioclub": 0.69,
    "pantoclub": 0.69,
    "carnival": 0.72,
    "rugbyreferees": 0.54,
    "beekeepco": 0.57,
    "lidocafe": 0.63,
    "hydro": 0.72,
    "unionbar": 0.72,
    "hillfort": 0.63,
    "judoclub": 0.63,
    "tapestry": 0.66,
    "minigolf": 0.63,
    "foodbus": 0.63,
    "narrowboathire": 0.66,
    "villagechoir": 0.69,
    "lighthousekeepers": 0.63,
    "shantychoir": 0.69,
    "breakfastclub": 0.69,
    "xmaslights": 0.72,
    "volunteerdrivers": 0.63,
    "referees": 0.72,
    "boardgamecafe": 0.6,
    "fieldhospital": 0.5,
    "ringroad": 0.72,
    "bloodbikes": 0.72,
    "passwordmgr": 0.72,
    "vintagecinema": 0.66,
    "harpmakers": 0.69,
    "seaswimming": 0.69,
    "ropecourse": 0.72,
    "woodturners": 0.72,
    "tallship": 0.69,
    "mushroomfarm": 0.72,
    "communityfridge": 0.72,
    "studio": 0.68,
    "hospital": 0.72,
    "newsroom": 0.6,
    "saas": 0.7,
    "league": 0.7,
    "airline": 0.6,
    "lab": 0.66,
    "band": 0.7,
    "citylib": 0.68,
    "framework": 0.7,
    "ferry": 0.65,
    "museum": 0.68,
    "school": 0.68,
    "coop": 0.65,
    "gamedev": 0.65,
    "festival": 0.68,
    "waterworks": 0.64,
    "podcast": 0.72,
    "textilemill": 0.7,
    "flightschool": 0.7,
    "bikeshare": 0.7,
    "garden": 0.7,
    "pier": 0.65,
    "chessclub": 0.7,
    "quarry": 0.7,
    "ferrycompany": 0.64,
    "dancecompany": 0.64,
    "tramway": 0.66,
    "printshop": 0.7,
    "tradebloc": 0.7,
    "radiology": 0.7,
    "indiegame": 0.7,
    "rescuecentre": 0.7,
    "modelrailway": 0.62,
    "thermalspa": 0.6,
    "bowlsclub": 0.63,
    "almshouse": 0.68,
    "planetarium": 0.7,
    "lifeguards": 0.72,
    "tramshed": 0.72,
    "citybrass": 0.72,
    "lighthousetrust": 0.72,
    "walkingclub": 0.72,
    "villagepub": 0.66,
    "filmfestival": 0.72,
    "supporterstrust": 0.70,
    "astronomyclub": 0.70,
    "motorcycleclub": 0.64,
    "villagefete": 0.6,
    "youthorchestra": 0.7,
    "pipeband2": 0.72,
    "rugbyclub2": 0.7,
    "brassfoundry2": 0.64,
    "smallholders": 0.4,
    "cattlemarket": 0.64,
    "brickworks": 0.6,
    "mummers": 0.66,
    "orchidsociety": 0.58,
    "bookclub": 0.55,
    "waterskiclub": 0.45,
    "produceshow": 0.58,
    "tenantsassoc": 0.66,
    "thatchingco": 0.5,
    "ferrymen": 0.41,
    "circusfamily": 0.64,
    "bellows2": 0.67,
    "pierarcade": 0.67,
    "coalyard": 0.58,
    "cricketpav": 0.64,
    "morrisfolk": 0.64,
    "cinemaclub": 0.5,
    "hospitalfriends": 0.7,
    "villagebus": 0.7,
    "whelkstall": 0.64,
    "scrapyard": 0.67,
    "wherry": 0.7,
    "cornmill2": 0.7,
    "lambingshed": 0.64,
    "barnowls": 0.7,
    "gasworks": 0.67,
    "ferrybridge": 0.7,
}
SETS = [
    pytest.param(REPO / "facts", REPO / "tests" / "eval" / "consultations.yaml", 0.78, id="facts"),
    *[
        pytest.param(
            folder / "facts",
            folder / "questions.yaml",
            FLOORS.get(folder.name, 0.75),
            id=folder.name,
        )
        for folder in sorted((REPO / "tests" / "evalsets").iterdir())
        if folder.is_dir()
    ],
]


@pytest.mark.parametrize(("facts", "questions", "floor"), SETS)
def test_question_set_is_valid(facts: Path, questions: Path, floor: float) -> None:
    base = load_facts(facts)
    assert base.problems == []
    ids = {fact.id for fact in base.facts}
    cases = evaluate.load_cases(questions)
    assert len(cases) >= 20
    for case in cases:
        assert case.none or case.any or case.date or case.has, case.q
        assert set(case.any) <= ids, (case.q, set(case.any) - ids)
    assert sum(case.none for case in cases) >= 4, "each set needs questions to decline"


@pytest.mark.parametrize(("facts", "questions", "floor"), SETS)
def test_accuracy_stays_above_its_floor(
    facts: Path, questions: Path, floor: float, tmp_path: Path
) -> None:
    build_db(load_facts(facts), tmp_path / "eval.db")
    with Store(tmp_path / "eval.db") as store:
        results = evaluate.run(evaluate.load_cases(questions), Engine(store).ask)
    assert evaluate.accuracy(results) >= floor, "\n".join(evaluate.report(results))


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared eval sets are not beside the repo")
@pytest.mark.parametrize(
    ("facts", "questions", "floor"),
    [
        pytest.param(REPO / "facts", SHARED / "seed-dev.yaml", 0.95, id="seed-dev"),
        pytest.param(
            SHARED / "python-history" / "facts",
            SHARED / "python-history" / "questions.yaml",
            0.9,
            id="python-history",
        ),
    ],
)
def test_shared_sets(facts: Path, questions: Path, floor: float, tmp_path: Path) -> None:
    build_db(load_facts(facts), tmp_path / "eval.db")
    with Store(tmp_path / "eval.db") as store:
        results = evaluate.run(evaluate.load_cases(questions), Engine(store).ask)
    assert evaluate.accuracy(results) >= floor, "\n".join(evaluate.report(results))
