"""Score the engine on every question set we have: the shared ones and our own held-out sets.

    python bench/eval_all.py [--misses]

Prints one line per set (accuracy, must-decline declined) and the mean. The sets are the
project's regression questions for facts/ (tests/eval), five other fact bases with their
questions (tests/evalsets), and, when present beside the repository, the shared sets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bot import evaluate
from bot.engine import Engine
from bot.store import Store, ensure_db

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
# Sets a helper wrote without seeing the engine, and of those, the ones whose misses were never
# looked at to change it: the fairest estimate of how it does on a base nobody tuned it to.
BLIND = {
    "transit",
    "studio",
    "hospital",
    "langhist",
    "dbops",
    "orbital",
    "newsroom",
    "saas",
    "league",
    "lab",
    "airline",
    "band",
    "editor",
    "mobileapp",
    "rail",
    "winery",
    "framework",
    "rescue",
    "citylib",
    "brewery",
    "theatre",
    "shopops",
    "parks",
    "ferry",
    "school",
    "fintech",
    "museum",
    "observatory",
    "coop",
    "gamedev",
    "choir",
    "dataplat",
    "harbour",
    "hotel",
    "devtools",
    "zoo",
    "radio",
    "consultancy",
    "cycling",
    "bakery",
    "mlplatform",
    "lighthouse",
    "archive",
    "netops",
    "festival",
    "mobilebank",
    "rowing",
    "clinic",
    "airport",
    "waterworks",
    "podcast",
    "robotics",
    "vetclinic",
    "bookshop",
    "soc",
    "skiresort",
    "leisurecentre",
    "alpineclub",
    "textilemill",
    "esports",
    "foodbank",
    "translation",
    "makerspace",
    "firebrigade",
    "cinema",
    "flightschool",
    "cricketclub",
    "mapproject",
    "pharmacy",
    "bikeshare",
    "ambulance",
    "garden",
    "journal",
    "hockey",
    "lawfirm",
    "pottery",
    "pier",
    "chessclub",
    "quarry",
    "studentpaper",
    "broadband",
    "opera",
    "telescope",
    "cider",
    "charityshop",
    "gaming",
    "canal",
    "dentist",
    "orchestra",
    "bakeryschool",
    "bridgeclub",
    "ferrycompany",
    "seedbank",
    "gospel",
    "repaircafe",
    "kiteclub",
    "beekeepers",
    "dancecompany",
    "tramway",
    "marina",
    "scouts",
    "ridingschool",
    "printshop",
    "icerink",
    "allotments",
    "lifeboat",
    "bellringers",
    "gpsurgery",
    "filmsociety",
    "distillery",
    "climbinggym",
    "sanctuary",
    "hospice",
    "windfarm",
    "trailcentre",
    "farmshop",
    "groundstation",
    "courier",
    "hostel",
    "villagehall",
    "creditunion",
    "circuit",
    "themepark",
    "fontproject",
    "bandstand",
    "swimclub",
    "ciderfarm",
    "railwaysociety",
    "thinktank",
    "startup",
    "vineyard",
    "lido",
    "repairshop",
    "archaeology",
    "bakerychain",
    "hackspace",
    "observatorytrust",
    "bookfest",
    "fireworks",
    "canoeclub",
    "cathedralchoir",
    "foodmarket",
    "tvstation",
    "ambulancecharity",
    "armstalks",
    "tradebloc",
    "compiler",
    "golfclub",
    "busco",
    "housingassoc",
    "brassband",
    "riverbasin",
    "tennisclub",
    "cheesedairy",
    "climatetalks",
    "recycling",
    "rugbyclub",
    "researchship",
    "bundler",
    "parishcouncil",
    "bothytrust",
    "chipfab",
    "choirschool",
    "peacetalks",
    "dbengine",
    "zoofarm",
    "ferryline",
    "spaceagency",
    "cityorchestra",
    "pubbrewery",
    "payroll",
    "watersports",
    "racingteam",
    "balletschool",
    "energycoop",
    "boathire",
    "marathon",
    "unionbranch",
    "hillfarm",
    "gallery",
    "crmteam",
    "allotsoc",
    "seaport",
    "nationalpark",
    "harbourmuseum",
    "chessfed",
    "cablecar",
    "aidngo",
    "kernelproj",
    "rowingclub",
    "radiology",
    "satmission",
    "cricketleague",
    "paymentsapi",
    "botanicgarden",
    "localradio",
    "fishcoop",
    "compilerteam",
    "tidemill",
    "smallairline",
    "linuxdistro",
    "cityzoo",
    "hackathon",
    "vetpractice",
    "mountainrescue",
    "streetfood",
    "indiegame",
    "citycouncil",
    "bakeryco",
    "opensourcelib",
    "youthorch",
    "wildlifetrust",
    "footballclub2",
    "pharmaco",
    "canalsociety",
    "coworking",
    "skatepark",
    "hospitalradio2",
    "fintechapp",
    "folkfest",
    "artscentre",
    "regionalbank",
    "gamesengine",
    "rescuecentre",
    "citylibrary",
    "dataplatform",
    "meteosociety",
    "puppettheatre",
    "shipyard",
    "itservicedesk",
    "chemlab",
    "escaperoom",
    "bloodservice",
    "glassworks",
    "universitypress",
    "organbuilder",
    "weavingmill",
    "landtrust",
    "countyarchive",
    "pipeband",
    "vaccinelab",
    "mtbseries",
    "modelrailway",
    "thermalspa",
    "clockmakers",
    "hamradio",
    "fencingclub",
    "stonemasons",
    "orchardtrust",
    "surfschool",
    "bowlsclub",
    "papermill",
    "dogrescue",
    "comicsfest",
    "marinecons",
    "classiccars",
    "bellfoundry",
    "cityfarm",
    "gliderclub",
    "sawmill",
    "rugbyleague",
    "ferrymuseum",
    "morrisside",
    "pigeonclub",
    "markethall",
    "fellrace",
    "quiltguild",
    "steamrailway",
    "icecream",
    "cyclingclub",
    "modding",
    "mountainhut",
    "toylibrary",
    "ropeworks",
    "sailingschool",
    "communitybus",
    "jazzfest",
    "printmuseum",
    "saltworks",
    "kayakclub",
    "hatmakers",
    "almshouse",
    "lacemakers",
    "tugboats",
    "planetarium",
    "rollerderby",
    "cooperage",
    "lifeguards",
    "tramshed",
    "ropeferry",
    "smokehouse",
    "mountainrailway",
    "citybrass",
    "bellows",
    "guidedogs",
    "coastguard",
    "computingmuseum",
    "triathlon",
    "falconry",
    "balloonclub",
    "lighthousetrust",
    "mobilelibrary",
    "cheeseshop",
    "speedway",
    "thinkpod",
    "riverferry",
    "interpreting",
    "treenursery",
    "walkingclub",
    "recordlabel",
    "ambulancestation",
    "villagepub",
    "radiotelescope",
    "bookbinders",
    "curlingclub",
    "mushroomfarm",
    "stainedglass",
    "dronesurvey",
    "sheepdogtrials",
    "typefoundry",
    "communityfridge",
    "tallship",
    "harpmakers",
    "citycanal",
    "seaswimming",
    "woodturners",
    "vintagecinema",
    "beachcleanup",
    "ropecourse",
    "radioastro",
    "bloodbikes",
    "cemetery",
    "hillclimb",
    "seaweedfarm",
    "circusschool",
    "passwordmgr",
    "windtunnel",
    "mothrecorders",
    "lockkeepers",
    "fieldhospital",
    "boardgamecafe",
    "ringroad",
    "windmill",
    "birdobs",
    "framebuilder",
    "darksky",
    "postoffice",
    "costumehire",
    "referees",
    "volunteerdrivers",
    "youththeatre",
    "xmaslights",
    "shantychoir",
    "breakfastclub",
    "printworks",
    "mountainbikeclub",
    "floodgroup",
    "pipeorgan",
    "modelflyers",
    "heatnetwork",
    "countyshow",
    "emulator",
    "vintagebus",
    "diveclub",
    "fairground",
    "petfood",
    "lidotrust",
    "repertory",
    "seedswap",
    "fleetops",
    "cheesemonger",
    "hospitalcharity",
    "rugbysevens",
    "openmaps",
    "wildswim",
    "bookbus",
    "craftbrewpub",
    "citizensci",
    "canoehire",
    "steelband",
    "microbakery",
    "mesh",
    "ropeworkshop",
    "footgolf",
    "harbourcafe",
    "radioclub",
    "beachhuts",
    "fruitcoop",
    "weeklypaper",
    "tileworks",
    "codeclub",
    "butchers",
    "paddlesteamer",
    "cyclecampaign",
    "icecreamvan",
    "fossilclub",
    "pantoclub",
    "gritting",
    "allotmentshop",
    "mountainbothy",
    "communitycafe",
    "bandstandfest",
    "printcoop",
    "hospitalradio",
    "lightrail",
    "hedgelaying",
    "recordshop",
    "dialysisunit",
    "boatyard",
    "parkrun",
    "citymuseumshop",
    "villagecricket",
    "compostco",
    "pubquizleague",
    "glasshouse",
    "localhistory",
    "carnival",
    "yarnshop",
    "lightinghire",
    "nightshelter",
}
# The first held-out batch stayed unseen for two sessions and scored 0.834 when it was opened
# (2026-11-28) to find gaps; it is now a development set like the others.
OPENED = {"hospital", "langhist", "band", "editor", "mobileapp", "rail"}
# Written later by new helpers under the same rules, and held out from the start.
HELD_OUT = {"winery", "framework", "rescue", "citylib"}
HELD_OUT_3 = {"ferry", "school", "fintech", "museum"}
HELD_OUT_4 = {"airport", "waterworks", "podcast", "robotics"}
HELD_OUT_5 = {"leisurecentre", "alpineclub", "textilemill", "esports"}
HELD_OUT_6 = {"telescope", "cider", "charityshop", "gaming"}
HELD_OUT_7 = {"beekeepers", "dancecompany", "tramway", "marina"}
HELD_OUT_8 = {"climbinggym", "sanctuary", "hospice", "windfarm"}
HELD_OUT_9 = {"observatorytrust", "bookfest", "fireworks", "canoeclub"}
HELD_OUT_10 = {"rugbyclub", "researchship", "bundler", "parishcouncil"}
HELD_OUT_11 = {"cityorchestra", "pubbrewery", "payroll", "watersports"}
HELD_OUT_12 = {"harbourmuseum", "chessfed", "cablecar", "aidngo"}
HELD_OUT_13 = {"tidemill", "smallairline", "linuxdistro", "cityzoo"}
HELD_OUT_14 = {"artscentre", "regionalbank", "gamesengine", "rescuecentre"}
HELD_OUT_15 = {"citylibrary", "dataplatform", "meteosociety", "puppettheatre"}
HELD_OUT_16 = {"universitypress", "organbuilder", "weavingmill", "landtrust"}
HELD_OUT_17 = {"countyarchive", "pipeband", "vaccinelab", "mtbseries"}
HELD_OUT_18 = {"fencingclub", "stonemasons", "orchardtrust", "surfschool"}
HELD_OUT_19 = {"bowlsclub", "papermill", "dogrescue", "comicsfest"}
HELD_OUT_20 = {"saltworks", "kayakclub", "hatmakers", "almshouse"}
HELD_OUT_21 = {"smokehouse", "mountainrailway", "citybrass", "bellows"}
HELD_OUT_22 = {"falconry", "balloonclub", "lighthousetrust", "mobilelibrary"}
HELD_OUT_23 = {"interpreting", "treenursery", "walkingclub", "recordlabel"}
HELD_OUT_24 = {"curlingclub", "mushroomfarm", "stainedglass", "dronesurvey"}
HELD_OUT_25 = {"harpmakers", "citycanal", "seaswimming", "woodturners"}
HELD_OUT_26 = {"bloodbikes", "cemetery", "hillclimb", "seaweedfarm"}
HELD_OUT_27 = {"windmill", "birdobs", "framebuilder", "darksky"}
HELD_OUT_28 = {"printworks", "mountainbikeclub", "floodgroup", "pipeorgan"}
HELD_OUT_29 = {"modelflyers", "heatnetwork", "countyshow", "emulator"}
HELD_OUT_30 = {"lidotrust", "repertory", "seedswap", "fleetops"}
HELD_OUT_31 = {"ropeworkshop", "footgolf", "harbourcafe", "radioclub"}
HELD_OUT_32 = {"beachhuts", "fruitcoop", "weeklypaper", "tileworks"}
HELD_OUT_33 = {"lightrail", "hedgelaying", "recordshop", "dialysisunit"}
HELD_OUT_34 = {"compostco", "pubquizleague", "glasshouse", "localhistory"}
EVERY_HELD_OUT = HELD_OUT.union(
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    HELD_OUT_6,
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    HELD_OUT_10,
    HELD_OUT_11,
    HELD_OUT_12,
    HELD_OUT_13,
    HELD_OUT_14,
    HELD_OUT_15,
    HELD_OUT_16,
    HELD_OUT_17,
    HELD_OUT_18,
    HELD_OUT_19,
    HELD_OUT_20,
    HELD_OUT_21,
    HELD_OUT_22,
    HELD_OUT_23,
    HELD_OUT_24,
    HELD_OUT_25,
    HELD_OUT_26,
    HELD_OUT_27,
    HELD_OUT_28,
    HELD_OUT_29,
    HELD_OUT_30,
    HELD_OUT_31,
    HELD_OUT_32,
    HELD_OUT_33,
    HELD_OUT_34,
)


def question_sets() -> list[tuple[str, Path, Path]]:
    """(name, facts folder, questions file) for every set that exists here."""
    sets = [("facts/ (tests/eval)", ROOT / "facts", ROOT / "tests" / "eval" / "consultations.yaml")]
    if (SHARED / "seed-dev.yaml").is_file():
        sets.insert(0, ("shared seed-dev", ROOT / "facts", SHARED / "seed-dev.yaml"))
    if (SHARED / "python-history").is_dir():
        ph = SHARED / "python-history"
        sets.insert(1, ("shared python-history", ph / "facts", ph / "questions.yaml"))
    for folder in sorted((ROOT / "tests" / "evalsets").iterdir()):
        if (folder / "questions.yaml").is_file():
            sets.append((f"evalsets/{folder.name}", folder / "facts", folder / "questions.yaml"))
    return sets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each set's misses")
    args = parser.parse_args()
    accuracies = []
    by_name: dict[str, float] = {}
    declined = total_none = 0
    with tempfile.TemporaryDirectory() as tmp:
        for index, (name, facts, questions) in enumerate(question_sets()):
            db = Path(tmp) / f"{index}.db"
            ensure_db(facts, db)
            with Store(db) as store:
                results = evaluate.run(evaluate.load_cases(questions), Engine(store).ask)
            nones = [r for r in results if r.case.none]
            declined += sum(r.ok for r in nones)
            total_none += len(nones)
            accuracies.append(evaluate.accuracy(results))
            by_name[name.removeprefix("evalsets/")] = evaluate.accuracy(results)
            print(
                f"{name:28s} {evaluate.accuracy(results):.3f}  ({sum(r.ok for r in results)}/"
                f"{len(results)}; declined {sum(r.ok for r in nones)}/{len(nones)})"
            )
            if args.misses:
                for line in evaluate.report(results):
                    if line.startswith("  ["):
                        print("   ", line.strip())
    print(
        f"{'mean':28s} {sum(accuracies) / len(accuracies):.3f}  (must-decline declined "
        f"{declined}/{total_none})"
    )
    for label, group in (
        ("mean of blind sets", BLIND),
        ("mean of the opened batch", OPENED),
        ("mean of held-out batch 2", HELD_OUT),
        ("mean of held-out batch 3", HELD_OUT_3),
        ("mean of held-out batch 4", HELD_OUT_4),
        ("mean of held-out batch 5", HELD_OUT_5),
        ("mean of held-out batch 6", HELD_OUT_6),
        ("mean of held-out batch 7", HELD_OUT_7),
        ("mean of held-out batch 8", HELD_OUT_8),
        ("mean of held-out batch 9", HELD_OUT_9),
        ("mean of held-out batch 10", HELD_OUT_10),
        ("mean of held-out batch 11", HELD_OUT_11),
        ("mean of held-out batch 12", HELD_OUT_12),
        ("mean of held-out batch 13", HELD_OUT_13),
        ("mean of held-out batch 14", HELD_OUT_14),
        ("mean of held-out batch 15", HELD_OUT_15),
        ("mean of held-out batch 16", HELD_OUT_16),
        ("mean of held-out batch 17", HELD_OUT_17),
        ("mean of held-out batch 18", HELD_OUT_18),
        ("mean of held-out batch 19", HELD_OUT_19),
        ("mean of held-out batch 20", HELD_OUT_20),
        ("mean of held-out batch 21", HELD_OUT_21),
        ("mean of held-out batch 22", HELD_OUT_22),
        ("mean of held-out batch 23", HELD_OUT_23),
        ("mean of held-out batch 24", HELD_OUT_24),
        ("mean of held-out batch 25", HELD_OUT_25),
        ("mean of held-out batch 26", HELD_OUT_26),
        ("mean of held-out batch 27", HELD_OUT_27),
        ("mean of held-out batch 28", HELD_OUT_28),
        ("mean of held-out batch 29", HELD_OUT_29),
        ("mean of held-out batch 30", HELD_OUT_30),
        ("mean of held-out batch 31", HELD_OUT_31),
        ("mean of held-out batch 32", HELD_OUT_32),
        ("mean of held-out batch 33", HELD_OUT_33),
        ("mean of held-out batch 34", HELD_OUT_34),
        ("mean of every held-out set", EVERY_HELD_OUT),
    ):
        found = [by_name[n] for n in sorted(group) if n in by_name]
        if found:
            print(f"{label:28s} {sum(found) / len(found):.3f}  ({len(found)} sets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
