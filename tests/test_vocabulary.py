"""How question words stand to a base's words (bot/vocabulary.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.query import Term, parse_question
from bot.text import stem
from bot.vocabulary import Vocabulary

# word -> on how many of the base's ten facts it stands
TERMS = {
    "editor": 3,
    "left": 1,
    "raised": 2,
    "f27": 1,
    "3.11": 1,
    "kubernetes": 2,
    "migrated": 4,
    "discovery": 1,
    "expanded": 1,
    "acquisition": 1,
    "admitted": 1,
    "paywall": 2,
    "drive": 1,
    "introduced": 1,
    "todd": 1,
    "hall": 2,
    "sprint": 1,
    "pilots": 1,
    "spent": 3,
    "server": 2,
    "the": 10,
}


@pytest.fixture(scope="module")
def words() -> Vocabulary:
    return Vocabulary(TERMS.items(), 10)


def resolve(words: Vocabulary, question: str, word: str):  # type: ignore[no-untyped-def]
    query = parse_question(question, today=dt.date(2026, 1, 1))
    (term,) = [t for t in query.terms if t.word == word]
    return words.resolve(term)


def test_a_word_the_base_uses_is_known_by_its_stem(words: Vocabulary) -> None:
    r = resolve(words, "when did we migrate?", "migrate")
    assert r.known and "migrat" in r.stems and r.correction is None


def test_a_word_the_base_never_uses_is_unknown(words: Vocabulary) -> None:
    r = resolve(words, "when did we move to azure?", "azure")
    assert not r.known and r.weight > 0.5


@pytest.mark.parametrize(
    ("question", "word", "found"),
    [
        ("when did dana leave?", "leave", "forms"),  # "left"
        ("who edited it?", "edited", "related"),  # "editor"
        ("when did we move to k8s?", "k8s", "groups"),  # "kubernetes"
        ("when was the expansion?", "expansion", "related"),  # "expanded"
        ("when was it acquired?", "acquired", "related"),  # "acquisition"
        ("when was the admission of new members?", "admission", "related"),  # "admitted"
    ],
)
def test_other_forms_doers_and_synonyms(
    words: Vocabulary, question: str, word: str, found: str
) -> None:
    r = resolve(words, question, word)
    assert r.known and getattr(r, found)


@pytest.mark.parametrize(
    ("question", "word", "correction"),
    [
        ("when was the editr hired?", "editr", "editor"),  # a base word, one edit away
        ("when did we rasie money?", "rasie", "raise"),  # English, whose stem the base has
        # a doubled letter put back, before a base word one edit away ("drive")
        ("when did the trainers arive?", "arive", "arrive"),
        # a rare three-letter word the base lacks, one letter short of a base word
        ("when did sweeney tod run?", "tod", "todd"),
        # a common three-letter word the base lacks, with a letter of a base word not doubled
        ("when did we move into the drill hal?", "hal", "hall"),
        # of two base words one edit away, the one the typo only left a letter out of
        ("when was the beirut sprnt", "sprnt", "sprint"),
        # a word in some use elsewhere, but a base word with a letter left out
        ("when did we switch off the last sever", "sever", "server"),
        # ... even a fairly common one ("plots"), when the base never says it
        ("when did the plots walk off the job", "plots", "pilots"),
    ],
)
def test_typos_are_corrected(words: Vocabulary, question: str, word: str, correction: str) -> None:
    r = resolve(words, question, word)
    assert r.correction == correction and r.credit < 1


def test_a_short_name_is_no_typo_of_a_base_word(words: Vocabulary) -> None:
    assert resolve(words, "when did Hal join?", "hal").correction is None


def test_identifiers_are_exact_with_their_plural_and_family(words: Vocabulary) -> None:
    assert resolve(words, "when did the f27s arrive?", "f27s").known
    assert resolve(words, "when was 3.11 released?", "3.11").exact
    assert words.knows_identifier("3")  # the family of 3.11
    assert not resolve(words, "when was 3.12 released?", "3.12").known


def test_df_counts_facts_by_stem(words: Vocabulary) -> None:
    assert words.df("migrating") == 4
    assert words.df("f27") == 0  # identifiers are not common words
    assert words.other_forms("leave") == {"left"}


def test_the_ing_and_s_forms_of_an_irregular_verb_find_its_past() -> None:
    base = Vocabulary([("drove", 1), ("sold", 2), ("ran", 1), ("wood", 3)], 5)
    assert base.other_forms("driving") == {"drove"}
    assert base.other_forms("sells") == {"sold"}
    assert base.other_forms("running") == {"ran"}
    assert resolve(base, "when did we stop people driving into the wood", "driving").known


def test_two_words_the_base_writes_as_one_are_joined(words: Vocabulary) -> None:
    query = parse_question("when did the pay wall go up?", today=dt.date(2026, 1, 1))
    assert [t.word for t in words.compounds(query.terms)] == ["paywall"]
    query = parse_question("when did the pay rise come?", today=dt.date(2026, 1, 1))
    assert [t.word for t in words.compounds(query.terms)] == ["pay", "rise"]


def test_two_words_apart_in_the_question_are_not_joined() -> None:
    base = Vocabulary({"rockpool": 2, "rock": 1, "pool": 9, "storm": 2}.items(), 20)
    query = parse_question(
        "when did the storm chuck that massive rock into the pool?", today=dt.date(2026, 1, 1)
    )
    assert "rockpool" not in [t.word for t in base.compounds(query.terms, query.text)]
    query = parse_question("when did the rock pool flood?", today=dt.date(2026, 1, 1))
    assert "rockpool" in [t.word for t in base.compounds(query.terms, query.text)]


def test_a_compound_is_not_its_first_word() -> None:
    base = Vocabulary({"flood": 2, "data": 3, "fail": 1}.items(), 10)
    assert not resolve(base, "when were floodlights put in?", "floodlights").known
    # ... but a form of it is, and so is a compound we made of the asker's own two words
    assert "fail" in resolve(base, "what was the failure?", "failure").related
    assert "data" in resolve(base, "when did the data centre open?", "datacenter").related


def test_a_word_is_not_the_start_of_a_compound_that_says_another_thing() -> None:
    base = Vocabulary({"nicknamed": 1, "floodlights": 1, "headmaster": 1, "players": 2}.items(), 10)
    assert "nicknam" not in resolve(base, "when did the cart get nicked?", "nicked").related
    assert "floodlight" not in resolve(base, "when did the river flood?", "flood").related
    # ... but a head master is a head, and players play
    assert "headmast" in resolve(base, "who was head of the school?", "head").related
    assert "player" in resolve(base, "when did we first play?", "play").related


def test_a_name_spelt_another_way_is_the_base_s_name() -> None:
    base = Vocabulary({"hussain": 1, "chaired": 1, "winter": 2, "dolan": 1}.items(), 10)
    # "Hussein" is a word of its own in English, but this base only knows Dr Hussain
    assert resolve(base, "how long was dr hussein chair?", "hussein").correction == "hussain"
    # ... not a common word one letter from a base word ("winner", "winter"), nor one that
    # starts with another letter ("Nolan", "Dolan")
    assert resolve(base, "who was the winner?", "winner").correction is None
    assert resolve(base, "when did nolan join?", "nolan").correction is None


def test_a_word_the_base_knows_by_its_synonym_or_a_name_is_not_cut_back_to_another() -> None:
    base = Vocabulary({"television": 1, "telling": 2, "sign": 2, "join": 1}.items(), 10)
    # "when were we on the telly?": the television programme, not a fact telling a story
    telly = resolve(base, "when were we on the telly?", "telly")
    assert telly.known and "tell" not in telly.related
    # ... but a phrase we joined still holds the asker's words ("signed up": "sign"), as
    # the words themselves when the base has no other words for the phrase
    signing = Vocabulary({"telling": 2, "sign": 2}.items(), 10)
    assert "sign" in resolve(signing, "when did we sign up with them?", "signup").related
    # ... and as words near in meaning when it has ("join"): the phrase is told otherwise
    signed = resolve(base, "when did we sign up with them?", "signup")
    assert "sign" in signed.near and "sign" not in signed.related
    # ... and a name is no longer word cut short: Stonehenge is not the base's stones
    stones = Vocabulary({"stone": 3, "circle": 2, "fail": 1}.items(), 10)
    assert not resolve(stones, "who built Stonehenge?", "stonehenge").known
    assert resolve(stones, "what was the failure?", "failure").known


@pytest.mark.parametrize(("question", "word"), [("when did we start useing k8s?", "useing")])
def test_a_mistyped_light_word_weighs_little(words: Vocabulary, question: str, word: str) -> None:
    r = resolve(words, question, word)
    assert r.known and r.correction == "using" and r.weight < 0.1


def test_a_word_typed_with_its_doubled_letters_single_is_the_base_word() -> None:
    base = Vocabulary([("orrell", 2), ("dennis", 2), ("accommodation", 1), ("oral", 1)], 10)
    assert resolve(base, "when did dennis orel die", "orel").correction == "orrell"
    typed = resolve(base, "when did the acomodation block open", "acomodation")
    assert typed.correction == "accommodation"
    # ... only when one word of the base fits so
    twins = Vocabulary([("hollis", 2), ("holis", 1), ("accommodation", 1)], 10)
    assert twins._undoubled("holiss") is None


def test_a_rarer_word_with_two_letters_swapped_is_the_base_word() -> None:
    base = Vocabulary([("straw", 2), ("barn", 3), ("fire", 2), ("dairy", 1)], 10)
    assert resolve(base, "when did the straw bran burn", "bran").correction == "barn"
    # "diary" is as common a word as the base's "dairy": it is what the asker meant
    assert resolve(base, "when did we start the diary", "diary").correction is None
    assert resolve(base, "when did the barn burn", "barn").correction is None


def test_an_ing_word_typed_as_said_is_read_as_written() -> None:
    base = Vocabulary([("begin", 2), ("treasurer", 3), ("moving", 1), ("cabin", 1)], 10)
    being = resolve(base, "when did dennis stop bein treasurer", "bein")
    assert being.correction == "being" and being.weight < 0.1  # not "begin", a light word
    moving = resolve(base, "when were we movin the depot", "movin")
    assert moving.correction == "moving" and moving.weight > 0.3
    assert resolve(base, "when was the cabin built", "cabin").correction is None


def test_a_misspelling_with_the_stem_of_a_base_word_weighs_as_that_word() -> None:
    base = Vocabulary([("become", 2), ("chair", 3), ("spectre", 1), ("fixes", 1)], 10)
    become = resolve(base, "when did helen marsh becom chair", "becom")
    assert become.known and become.weight < 0.1  # "become", a light word
    fixes = resolve(base, "when did we ship the spectre fixs", "fixs")
    assert fixes.known and fixes.weight < 0.9  # as common as "fixes", not as rare as "fixs"


def test_a_name_near_a_light_word_is_no_typo(words: Vocabulary) -> None:
    r = resolve(words, "when did Amon join?", "amon")
    assert not r.known


def test_the_full_text_index_is_searched_with_the_base_own_word_for_a_stem() -> None:
    # porter reads "succeed" as "succe" but "succeeded" as "succeed": the base's own form
    # is the one the index holds
    vocabulary = Vocabulary([("succeeded", 3), ("succeeds", 1), ("damaged", 2)], 10)
    assert vocabulary.word_of_stem["succeed"] == "succeeded"


def test_a_word_of_a_kind_the_base_tells_of_is_known() -> None:
    vocabulary = Vocabulary([("roof", 1), ("damaged", 1)], 2)
    assert resolve(vocabulary, "when did the roof collapse?", "collapse").known
    plain = Vocabulary([("roof", 1)], 1)
    assert not resolve(plain, "when did the roof collapse?", "collapse").known


def test_a_typo_is_of_a_content_word_not_a_function_word() -> None:
    # "which" is two edits from "swtich"; "switch" one swap away, and kin to "migrated"
    # (a question reads "swtich" as "switch" before the base is asked; the vocabulary corrects
    # any word so)
    vocabulary = Vocabulary([("which", 5), ("migrated", 1), ("emis", 1)], 5)
    assert vocabulary.resolve(Term("swtich", stem("swtich"))).correction == "switch"
    assert resolve(vocabulary, "when did we swtich to emis", "switch").known


def test_gm_is_known_to_a_base_with_a_general_manager() -> None:
    vocabulary = Vocabulary([("generalmanager", 1), ("general", 1), ("manager", 1)], 3)
    assert resolve(vocabulary, "who took over as GM?", "gm").known
    assert not resolve(Vocabulary([("manager", 1)], 1), "who took over as GM?", "gm").known


def test_of_two_words_one_edit_away_the_one_with_the_same_letters_is_the_typo() -> None:
    vocabulary = Vocabulary([("one", 9), ("open", 2), ("brackwell", 3)], 10)
    assert resolve(vocabulary, "when was the brackwell opne", "opne").correction == "open"


def test_a_compound_is_related_to_its_last_word_not_to_an_ending() -> None:
    vocabulary = Vocabulary([("superbike", 1), ("standpipes", 1), ("membership", 2)], 4)
    assert "superbik" in resolve(vocabulary, "when did bikes first race?", "bikes").related
    assert "standpip" in resolve(vocabulary, "when did they pipe water in?", "pipe").related
    assert not resolve(vocabulary, "when did the ship sink?", "ship").related


def test_a_short_word_heads_a_compound_but_not_after_a_particle() -> None:
    vocabulary = Vocabulary([("minibus", 2), ("overruns", 1)], 6)
    assert "minibus" in resolve(vocabulary, "when did we sell the bus?", "bus").related
    assert not resolve(vocabulary, "where does line 3 run?", "run").related  # no overrun


def test_a_word_done_again_is_the_base_word_when_the_base_lacks_it_in_every_form() -> None:
    vocabulary = Vocabulary([("building", 2), ("roof", 1), ("opened", 3)], 6)
    assert "build" in resolve(vocabulary, "while the shed was rebuilt", "rebuilt").related
    assert "roof" in resolve(vocabulary, "when was the hall reroofed", "reroofed").related
    # ... but a base that tells of reopening keeps it apart from the opening
    both = Vocabulary([("opened", 3), ("reopened", 1)], 6)
    assert "open" not in resolve(both, "when did the pool reopen", "reopen").related
    rebuilt = Vocabulary([("built", 2), ("rebuild", 1)], 6)
    assert "built" not in resolve(rebuilt, "when was the bridge rebuilt", "rebuilt").related


def test_two_letters_swapped_are_put_back_before_any_other_edit() -> None:
    vocabulary = Vocabulary([("hands", 3), ("head", 2), ("team", 4), ("chair", 1)], 6)
    # "hands" is one edit from "haeds" too, but "heads" (the base's "head") has its letters
    assert resolve(vocabulary, "who haeds the team now", "haeds").correction == "heads"
    assert resolve(vocabulary, "who is the chiar now", "chiar").correction == "chair"


def test_a_name_and_number_id_with_its_name_mistyped_is_the_base_id() -> None:
    vocabulary = Vocabulary([("meridian-2", 3), ("meridian-1", 2), ("launch", 2)], 5)
    typo = resolve(vocabulary, "when did meridain-2 launch", "meridain-2")
    assert typo.known and typo.correction == "meridian-2" and typo.exact
    # ... but a number is never corrected: Meridian-3 is not in the base
    assert not resolve(vocabulary, "when did meridian-3 launch", "meridian-3").known


def test_a_typo_of_an_english_word_the_base_lacks_weighs_as_that_word() -> None:
    vocabulary = Vocabulary([("thermovibrio", 1), ("described", 1), ("paper", 2)], 4)
    typo = resolve(vocabulary, "when was thermovibrio discoverd?", "discoverd")
    spelled = resolve(vocabulary, "when was thermovibrio discovered?", "discovered")
    assert not typo.known and typo.correction is None  # still not a word of the base's
    assert typo.weight == pytest.approx(spelled.weight)
    # a made-up word near no English word keeps the weight of a rare word
    assert resolve(vocabulary, "when was thermovibrio zqxvbn?", "zqxvbn").weight > typo.weight


def test_a_word_cut_short_is_no_typo() -> None:
    vocabulary = Vocabulary([("refurbishment", 2), ("return", 3), ("beds", 2)], 5)
    refurb = resolve(vocabulary, "what did the 1990 refurb change?", "refurb")
    assert refurb.known and refurb.correction is None
    assert "refurbish" in refurb.related


def test_a_far_commoner_word_with_two_letters_swapped_is_no_word_cut_short() -> None:
    vocabulary = Vocabulary([("triangle", 2), ("trained", 3), ("volunteers", 2)], 5)
    trian = resolve(vocabulary, "when did we trian the volunteers", "trian")
    assert trian.correction == "train"


def test_a_word_and_its_particle_the_base_writes_as_one_are_joined() -> None:
    vocabulary = Vocabulary([("ash", 2), ("dieback", 1), ("die", 1), ("back", 3)], 4)
    query = parse_question("when did ash die back show up", today=dt.date(2026, 1, 1))
    joined = [t.word for t in vocabulary.compounds(query.terms, query.text)]
    assert "dieback" in joined and "die" not in joined
    # ... and not when the base writes them apart
    apart = Vocabulary([("ash", 2), ("die", 1), ("back", 3)], 4)
    assert "die" in [t.word for t in apart.compounds(query.terms, query.text)]


def test_a_word_the_base_writes_as_two_is_split() -> None:
    vocabulary = Vocabulary([("car", 2), ("park", 2), ("resurfaced", 1)], 4)
    query = parse_question("when did the carpark get resurfaced", today=dt.date(2026, 1, 1))
    assert [t.word for t in vocabulary.compounds(query.terms)] == ["car", "park", "resurfaced"]
    # a part that is a function word is no term: "underwater" is about water
    vocabulary = Vocabulary([("under", 3), ("water", 2)], 4)
    query = parse_question("when was the field underwater?", today=dt.date(2026, 1, 1))
    assert [t.word for t in vocabulary.compounds(query.terms)] == ["field", "water"]


def test_a_word_whose_synonyms_the_base_has_is_not_split() -> None:
    # "lockdown" is the base's Covid, not a lock and a down
    vocabulary = Vocabulary([("lock", 2), ("down", 2), ("covid", 1), ("training", 1)], 4)
    query = parse_question("when did lockdown stop training", today=dt.date(2026, 1, 1))
    assert [t.word for t in vocabulary.compounds(query.terms)][:1] == ["lockdown"]


def test_the_names_of_the_base_s_people_that_are_no_common_words() -> None:
    from bot.people import Person

    people = [
        Person("tamika", "greaves"),
        Person("rose", "grant"),  # words too: read as words
        Person("", "undercroft", "croft"),  # a place, not a person
    ]
    names = Vocabulary([("tamika", 1), ("greaves", 1)], 10, iter(people)).names
    assert names == {"tamika", "greaves"}


def test_a_word_the_base_never_uses_is_read_by_words_near_in_meaning() -> None:
    base = Vocabulary({"lights": 2, "pier": 3, "hung": 1, "denmark": 1, "toured": 1}.items(), 10)
    lamps = resolve(base, "when did we put up the new lamps?", "lamps")
    assert lamps.known and lamps.alike == {"light"}
    # ... only a word it cannot read otherwise: "pier" is its own
    assert resolve(base, "when was the pier closed?", "pier").alike == frozenset()
    # ... and no place for another ("when did we tour sweden?" is not about Denmark)
    assert not resolve(base, "when did we tour sweden?", "sweden").known
    # ... nor a word far commoner and broader: "business" is not "marketing"
    broad = Vocabulary({"business": 2, "head": 3, "rebrand": 1}.items(), 10)
    assert not resolve(broad, "who was our head of marketing?", "marketing").known
