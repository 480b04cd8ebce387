"""The question in a chat message (bot/chat.py)."""

from __future__ import annotations

import pytest

from bot.chat import question_of, without_chat


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("@factbot when did we move?", "when did we move?"),
        ("<@1234567890> when did we move?", "when did we move?"),
        ("hey, quick question - when did we move?", "when did we move?"),
        ("hey, quick q - whos running the club now? thanks!", "whos running the club now?"),
        ("sorry if this was asked before, when did we move?", "when did we move?"),
        ("i need to know when we moved", "when we moved"),
        ("when did we move? thanks!", "when did we move?"),
        ("info on our first CD", "our first CD"),
        ("any details about the 2012 flood?", "the 2012 flood?"),
        ("when did we move (asking for the newsletter)", "when did we move"),
        ("when did we move? Asking for the timeline we're putting up.", "when did we move?"),
        ("when did we move? it's for the newsletter", "when did we move?"),
        ("WHEN DID WE MOVE?", "when did we move?"),
        # What says something stays
        ("In 2017, what happened?", "In 2017, what happened?"),
        (
            "Just before some idiots smashed up the phone box shelf, what was the last thing"
            " that happened at the club?",
            "Just before some idiots smashed up the phone box shelf, what was the last thing"
            " that happened at the club?",
        ),
        (
            "According to the authors, what is it part of?",
            "According to the authors, what is it part of?",
        ),
        (
            "when did we open the office (on Canal Street)?",
            "when did we open the office (on Canal Street)?",
        ),
        ("when did we move? and who paid for it?", "when did we move? and who paid for it?"),
        ("Who leads the IT team?", "Who leads the IT team?"),
        # A yes-or-no question, then what it asks
        (
            "did a kid once pull a penny black out of a bargain box? who was it",
            "who did a kid pull a penny black out of a bargain box?",
        ),
        ("Did we ever close for a flood?  When was that?", "when did we close for a flood?"),
        ("did we ever close for a flood? when", "when did we close for a flood?"),
        ("did we close for a flood? who knows", "did we close for a flood? who knows"),
    ],
)
def test_the_question_of_a_chat_message(message: str, question: str) -> None:
    assert question_of(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "quick one while I'm sorting the kit cupboard and hunting for batteries, when was"
            " the service registered with the CQC? the insurer's form wants it",
            "when was the service registered with the CQC?",
        ),
        (
            "where was our very first base? writing a bit for the anniversary booklet and the"
            " old hands disagree",
            "where was our very first base?",
        ),
        (
            "the trustees want a timeline for the bid, so what came straight after the merger?",
            "what came straight after the merger?",
        ),
        (
            "sorting the kit cupboard and the batteries, what\u2019s the date we registered"
            " with the CQC? the insurer\u2019s form wants it",
            "what\u2019s the date we registered with the CQC?",
        ),
        # A question without its mark, with talk before it and a guess after it
        (
            "hey so the insurance renewal came thru and its eye watering again, when did the"
            " premium first go up, was it after someone tripped on a cable",
            "when did the premium first go up",
        ),
        # A guess after the question, even with a year in it
        (
            "doing the timeline board for the anniversary and most of the shop stuff is"
            " sorted, but when did we open The Hive Shop on Bridge Street? I think it was"
            " early 2000s but nobody's sure",
            "when did we open The Hive Shop on Bridge Street?",
        ),
        # A number in long talk is chatter, not the question's time
        (
            "been reading the old newsletters from the 90s and someone keeps coming up, who was"
            " our first bee health officer? would love to ask them some stuff",
            "who was our first bee health officer?",
        ),
        ("In 2017, what happened at the show?", "In 2017, what happened at the show?"),
        # Talk, a dash, and the question; but not a question said twice
        (
            "for the timeline poster in the bar - what was the last thing that happened before"
            " we relocated to the county ground?",
            "what was the last thing that happened before we relocated to the county ground?",
        ),
        (
            "new to the society, just moved up from Devon, who's actually running things now -"
            " who's the current president?",
            "who's actually running things now - who's the current president?",
        ),
        # A question that points back at the talk before it asks of that talk
        (
            "I remember the Henshaw attack at Dunsford, what did we do straight after it"
            " happened? I was working away that season",
            "what did we do straight after the Henshaw attack at Dunsford?",
        ),
        (
            "so after the big washout when the park flooded, what did we do straight after"
            " that? trying to remember how we made it up to people",
            "what did we do straight after the big washout when the park flooded?",
        ),
        (
            "I was reading the old minutes about Margaret passing away, so sad, what happened"
            " next after that? trying to piece the timeline together",
            "what happened next after Margaret passing away?",
        ),
        (
            "still gutted reading the old diary about the fox getting into the hen house. what"
            " happened next after that?",
            "what happened next after the fox getting into the hen house?",
        ),
        # Talk that says something of the question stays
        (
            "the insurance renewal came through and its eye watering again, when did the"
            " premium go up, after the cable claim",
            "the insurance renewal came through and its eye watering again, when did the"
            " premium go up, after the cable claim",
        ),
        (
            "after the flood wrecked the boathouse, where did the club keep its boats?",
            "after the flood wrecked the boathouse, where did the club keep its boats?",
        ),
        (
            "that time someone came off on ice on the motorway, who was it?",
            "that time someone came off on ice on the motorway, who was it?",
        ),
        (
            "settling an argument from the quiz last night, when did we move? it was 2012 right",
            "settling an argument from the quiz last night, when did we move? it was 2012 right",
        ),
        ("when did we move? I mean the office", "when did we move? I mean the office"),
        # A question of us is a question of its own, however few its words ...
        (
            "I'm writing the 30th anniversary piece for the newsletter and want to name the"
            " people who got it going at the very start. who founded us?",
            "who founded us?",
        ),
        # ... but not one that points back at the talk
        (
            "I'm writing the piece for the newsletter about the summer fete with the dog show,"
            " who ran it?",
            "I'm writing the piece for the newsletter about the summer fete with the dog show,"
            " who ran it?",
        ),
        # A guessed number after the question is no part of it; a guessed name is
        (
            "how many window boxes did we plant for the wards in lockdown, was it about 100?",
            "how many window boxes did we plant for the wards in lockdown",
        ),
        (
            "who runs the planting side now, is it still gwen?",
            "who runs the planting side now, is it still gwen?",
        ),
        # A question of a year is a question of its own, however few its words
        (
            "putting together a 'ten years ago' post for instagram - what happened in 2014?",
            "what happened in 2014?",
        ),
        # ... and so is one asked first, of a word of its own, with the talk after it
        (
            "who's sparky? keeps coming up in the old logbooks",
            "who's sparky?",
        ),
        # "who knows" before a dash is a shrug, not the question; the question follows it
        (
            "my grandad swore he saw it, though he also swore he caught a pike the size of a"
            " canoe, so who knows - when did a keeper pull holidaymakers off the weir?",
            "when did a keeper pull holidaymakers off the weir?",
        ),
        # ... but "who knows when ..." asks
        ("who knows when we moved the nets?", "who knows when we moved the nets?"),
    ],
)
def test_the_asking_clause_of_a_long_message(message: str, question: str) -> None:
    assert question_of(message) == question


@pytest.mark.parametrize(
    ("tokens", "kept"),
    [
        ("does anyone know who runs it now".split(), "who runs it now".split()),
        ("who runs it now thanks".split(), "who runs it now".split()),
        (
            "before which release did it change".split(),
            "before which release did it change".split(),
        ),
        ("did the club say what it would do".split(), "did the club say what it would do".split()),
    ],
)
def test_chat_words_around_the_question_words_are_dropped(
    tokens: list[str], kept: list[str]
) -> None:
    assert without_chat(tokens) == kept


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("when did tomasz take ovr as lead", "when did tomasz take over as lead"),
        ("what happened b4 the move w/ the ppl", "what happened before the move with the people"),
        ("when was the B4 road built", "when was the B4 road built"),  # a name, in capitals
        ("what did the govt say abt it", "what did the government say about it"),
        ("who ran production wen we moved 2 hayle", "who ran production when we moved to hayle"),
        ("wot came next after the fire", "what came next after the fire"),
        ("when did we gt the electric bus", "when did we got the electric bus"),
        ("who runs the co-op rn", "who runs the co-op right now"),
        ("when did we buy 2 vans", "when did we buy 2 vans"),  # a number
        ("Whither was the collection moved?", "where was the collection moved?"),  # formal
    ],
)
def test_chat_shorthand_is_read_as_the_word(message: str, question: str) -> None:
    assert question_of(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("who did Tasha take over from?", "who came before Tasha?"),
        ("Whom did Mr Gedge succeed", "Whom came before Mr Gedge"),
        ("who did jo replace?", "who came before jo?"),
        # not when more is asked: whom she replaced it with
        ("who did we replace the board with?", "who did we replace the board with?"),
    ],
)
def test_whom_someone_succeeded_is_who_came_before_them(message: str, question: str) -> None:
    assert question_of(message) == question


def test_chat_slang_after_a_question_is_dropped() -> None:
    kept = "who's the boss these days".split()
    assert without_chat("who's the boss these days fr".split()) == kept
    assert without_chat("when did we go legal tbh".split()) == "when did we go legal".split()


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "my uncle swears the river came into the cellar once - he still goes on about it,"
            " bless him - when was that?",
            "when the river came into the cellar once?",
        ),
        (
            "someone at the rally reckons the run didn't go ahead one year, is that true? when"
            " was that?",
            "when the run didn't go ahead one year?",
        ),
        (
            "my nan still goes on about the winter the sea came over the wall - she lost a wellie"
            " in it, bless her. When was that?",
            "when the winter the sea came over the wall?",
        ),
        (
            "omg my mum just told me the orchestra went to canada once?? when was that",
            "when the orchestra went to canada once?",
        ),
        (
            "omg my mum just told me the orchestra went to canada once?? when was that thanks!",
            "when the orchestra went to canada once?",
        ),
        (
            "my son was gutted when the Portugal trip got axed, he'd already packed lol - when did"
            " that get pulled?",
            "when the Portugal trip got axed?",
        ),
        (
            "chatting to the old boys at the bar (the heating's packed in again btw) and they"
            " reckon we once had a flood in the old place - when was that?",
            "when we once had a flood in the old place?",
        ),
        (
            "my gran still goes on about the night the hut went up in flames - she says she lost"
            " her coat. When exactly was that?",
            "when the night the hut went up in flames?",
        ),
    ],
)
def test_hearsay_before_when_was_that_is_what_is_asked(message: str, question: str) -> None:
    assert question_of(message) == question


def test_when_was_that_after_plain_talk_keeps_the_talk() -> None:
    message = "the year the park was a swamp and we had to scrap the rally - when was that?"
    assert question_of(message) == message


def test_he_or_she_is_the_one_the_talk_before_names() -> None:
    message = "You said earlier that Ron Tavener took over as chair in 1966 - how long did he stay?"
    assert question_of(message) == "how long did Ron Tavener stay?"
    # (two people named: no telling which one is meant)
    message = "Ron Tavener and Glyn Morgan both chaired it in the end - how long did he stay?"
    assert question_of(message) == "how long did he stay?"


def test_it_is_the_one_thing_the_talk_before_names() -> None:
    message = (
        "tidying the trophy cabinet and the Marsden Shield has a blank plate, who won it in 1998?"
    )
    assert question_of(message) == "who won the Marsden Shield in 1998?"
    # ... but of two things named, the talk does not say which
    message = (
        "tidying the trophy cabinet and the Marsden Shield and the Pike Cup both have blank"
        " plates, who won it in 1998?"
    )
    assert question_of(message) == "who won it in 1998?"


def test_what_the_bot_said_before_is_the_event_after_that_points_at() -> None:
    message = "You mentioned the gates going up in 1981. What came next after that?"
    assert question_of(message) == "What came next after the gates going up in 1981?"


def test_talk_before_a_colon_is_set_aside() -> None:
    message = "Quick one for the history page I'm doing: when was the Circle renamed the Book Club?"
    assert question_of(message) == "when was the Circle renamed the Book Club?"
    assert question_of("at 10:30 when did the bus leave?") == "at 10:30 when did the bus leave?"


def test_right_after_that_at_the_end_points_back_at_the_story_told() -> None:
    message = (
        "Grim story from my mum about someone pinching the cashbox from the library room - "
        "what happened next for the club, right after that?"
    )
    assert question_of(message) == (
        "what happened next for the club right after someone pinching the cashbox from the "
        "library room?"
    )


def test_that_time_before_when_was_that_is_the_event_asked_about() -> None:
    message = (
        "That time some toerag nicked Beelzebub's stick out of our van - when was that? My dad"
        " still goes on about it, reckons it was the best bit of oak in Yorkshire."
    )
    assert question_of(message) == "when some toerag nicked Beelzebub's stick out of our van?"


def test_a_remark_on_the_one_asked_about_is_set_aside() -> None:
    message = "who was playing the Doctor back in 1985? she was brilliant apparently"
    assert question_of(message) == "who was playing the Doctor back in 1985?"


def test_a_question_word_with_letters_swapped_still_starts_the_question() -> None:
    message = (
        "wehn did the libary on bridge street get shut down by the council, my mum says it was"
        " the year after the olympics but i dont beleive her"
    )
    assert question_of(message) == (
        "wehn did the libary on bridge street get shut down by the council"
    )


def test_some_old_boy_reckoning_is_hearsay_too() -> None:
    message = (
        "Was down the Drovers last night, ale was shocking btw, and some old boy reckoned the"
        " place went under water once. when was that?"
    )
    assert question_of(message) == "when the place went under water once?"


@pytest.mark.parametrize("again", ["again", "agian"])
def test_when_was_that_again_asks_of_the_hearsay_before_it(again: str) -> None:
    message = (
        "my aunt reckons she was on board the day we carried the millionth passenger, when was"
        f" that {again}?"
    )
    assert (
        question_of(message) == "when she was on board the day we carried the millionth passenger?"
    )


def test_who_was_it_really_asks_who_the_hearsay_named_not_its_guess() -> None:
    message = (
        "My aunt reckons the first lass to row paying passengers was her old neighbour from the"
        " Staithe - who was it really?"
    )
    assert question_of(message) == "who was the first lass to row paying passengers?"
    # (a word that names no one asked of is kept whole)
    message = "My aunt reckons it rained all day - who was it really?"
    assert question_of(message) == message


def test_which_i_doubt_after_a_question_is_a_remark() -> None:
    message = (
        "which award did we pick up in 2009? someone down the pub said it came from the Queen,"
        " which I very much doubt"
    )
    assert question_of(message) == "which award did we pick up in 2009?"


def test_a_question_ends_where_its_question_mark_does() -> None:
    message = (
        "what was that telly programme about us called, the one from 2013? my cousin recorded"
        " it and then deleted it by accident"
    )
    assert (
        question_of(message) == "what was that telly programme about us called the one from 2013?"
    )
    # (a guess after it is no part of it)
    message = "who ran the bar back then, was it Bob? my dad drank there for years and years"
    assert "Bob" not in question_of(message)


def test_a_short_when_question_asks_of_the_hearsay_that_names_its_word() -> None:
    message = (
        "My gran never stopped going on about the little wooden bridge at Skelling getting"
        " washed away - she lost a wellie in the river that summer, bless her - when was it"
        " that the bridge went?"
    )
    assert question_of(message) == (
        "when the little wooden bridge at Skelling getting washed away?"
    )


def test_after_that_date_wise_points_back_at_the_story_told() -> None:
    message = (
        "The Skelling Ford bridge got washed away in 2007 - what's the next thing that happened"
        " after that, date-wise?"
    )
    assert question_of(message) == (
        "what's the next thing that happened after The Skelling Ford bridge got washed away in"
        " 2007?"
    )


def test_he_is_the_one_name_the_talk_is_about() -> None:
    message = (
        "Hal was a proper legend over the old railway line, wasn't he? Anyway, when did he get"
        " voted in to run the group?"
    )
    assert question_of(message) == "when did Hal get voted in to run the group?"
    # ("It was ..." names no one)
    message = (
        "It was a proper laugh back then, wasn't it? Anyway, when did he get voted in to run"
        " the group?"
    )
    assert question_of(message) == "when did he get voted in to run the group?"


def test_a_second_yes_or_no_question_after_the_first_is_set_aside() -> None:
    message = (
        "My nan always said the river came into the nave in the sixties - when was that"
        " exactly, and did the water get at the organ?"
    )
    assert question_of(message) == "when the river came into the nave in the sixties?"


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "Reginald Tapsell chaired the committee for years - who took over when he stepped"
            " down?",
            "who took over when Reginald Tapsell stepped down?",
        ),
        (
            "Priya Lakhani looks after the money these days, but who was treasurer before she"
            " took it on?",
            "who was treasurer before Priya Lakhani took it on?",
        ),
        (
            "Leroy Grant taught me to drive a forklift, top bloke - who took over from him"
            " running the yard?",
            "who took over from Leroy Grant running the yard?",
        ),
    ],
)
def test_a_short_question_of_he_she_or_him_asks_of_the_one_the_talk_names(
    message: str, asked: str
) -> None:
    assert question_of(message) == asked


def test_what_happened_next_after_talk_of_an_event_is_next_after_it() -> None:
    message = "The night the refreshment tent caught fire on the meadow - what happened next?"
    assert question_of(message) == (
        "what happened next after The night the refreshment tent caught fire on the meadow?"
    )
    # (an event of two words is one too, though a feeling is not)
    assert question_of("rent strike - what happened next?") == (
        "what happened next after rent strike?"
    )
    assert question_of("so sad - what happened next?") == "so sad - what happened next?"
    assert question_of("terrible news, what happened next?") == (
        "terrible news, what happened next?"
    )


def test_when_was_that_after_a_question_asks_it_again() -> None:
    message = (
        "When did the trade counter open at Tanner's Lane? My dad reckons he was the first"
        " customer through the door, when was that?"
    )
    assert question_of(message) == "When did the trade counter open at Tanner's Lane?"


def test_what_was_it_asks_what_the_hearsay_told_of() -> None:
    message = "My auntie reckons we picked up some trophy at an awards do in 2009, what was it?"
    assert question_of(message) == "what we picked up some trophy at an awards do in 2009?"


def test_when_was_that_asks_of_the_time_talked_about_not_an_empty_hearsay() -> None:
    message = (
        "Was just telling my brother-in-law about the year it bucketed down and they had to"
        " scrap the whole Sunday - he reckons he was there, which I doubt - what year was that?"
    )
    assert question_of(message) == ("when it bucketed down and they had to scrap the whole Sunday?")


def test_when_did_we_get_that_asks_of_the_thing_the_talk_is_about() -> None:
    message = (
        "our new plug-in truck is so quiet the lads keep sneaking up on people with it, when did"
        " we get that?"
    )
    assert question_of(message) == "when did we get our new plug-in truck?"


def test_quick_one_for_the_newsletter_only_leads_in() -> None:
    message = "Quick one for the newsletter - when did the Vestry Screen open?"
    assert question_of(message) == "when did the Vestry Screen open?"
    # (but short talk that dates the question stays with it)
    assert question_of("In 2017, what happened?") == "In 2017, what happened?"


def test_you_know_when_tells_the_event_a_question_points_back_at() -> None:
    message = (
        "You know when someone broke in and walked off with the popcorn machine? What happened"
        " at the cinema next after that?"
    )
    assert question_of(message) == (
        "What happened at the cinema next after someone broke in and walked off with the"
        " popcorn machine?"
    )


def test_anyone_know_when_is_still_a_question() -> None:
    # (only "you know when ...?" is talk of an event)
    message = (
        "anyone know when the hall flooded? my nan was there and she still talks about the smell"
        " of it"
    )
    assert question_of(message) == "when the hall flooded?"


def test_whoever_the_hearsay_names_is_who_is_asked() -> None:
    message = (
        "my auntie says whoever looked after the nest boxes before Kath was a joiner - who was"
        " that?"
    )
    assert question_of(message) == "who looked after the nest boxes before Kath?"


def test_who_did_it_asks_who_did_what_the_hearsay_claims_for_him() -> None:
    message = (
        "My grandad reckoned he lit the very first retort at the gasworks, but who actually did it?"
    )
    assert question_of(message) == "who lit the very first retort at the gasworks?"
    message = "my uncle swears he opened the new hall in 1990 - who really did it?"
    assert question_of(message) == "who opened the new hall in 1990?"
    # (what he was is no deed asked of)
    message = "my dad says he was the first to swim the lake - who did it?"
    assert question_of(message) == message


def test_where_did_it_go_and_how_many_was_it_ask_of_the_hearsay() -> None:
    message = (
        "My nan said the gas showroom moved somewhere newer in the late sixties - where did it go?"
    )
    assert question_of(message) == (
        "where the gas showroom moved somewhere newer in the late sixties?"
    )
    message = (
        "My grandad said over 200 people worked at the gasworks at its busiest - how many was it"
        " exactly?"
    )
    assert question_of(message) == "how many people worked at the gasworks at its busiest?"
    # (a count not told first is left as it stands)
    message = "my dad reckons the club had 40 members in 1960, how many were there really?"
    assert question_of(message) == message


def test_a_question_in_brackets_is_an_aside_to_the_one_outside() -> None:
    message = (
        "sorry if this is a daft q, i'm new on the committee and still finding my way round the"
        " filing cabinets (who labelled these??) but when did we get the cameras put up?"
    )
    assert question_of(message) == "when did we get the cameras put up?"


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "me and Tony were arguing about this in the pub last night (he still owes me a"
            " fiver from the quiz, by the way) - when did the brewery sell the Swan?",
            "when did the brewery sell the Swan?",
        ),
        (
            "quick one while I wait for the bus (forty minutes late again!) - when did we"
            " open the second shop?",
            "when did we open the second shop?",
        ),
    ],
)
def test_talk_in_brackets_is_set_aside(message: str, question: str) -> None:
    assert question_of(message) == question


def test_brackets_that_tell_things_apart_stay() -> None:
    message = "who cut the ribbon at the Lookout (the first opening, not the rebuild)?"
    assert question_of(message) == message


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "What was the museum called after the 2004 rebrand?",
            "What was the museum renamed in 2004?",
        ),
        ("what were we known as after the name change?", "what were we renamed?"),
    ],
)
def test_called_after_a_renaming_is_what_it_was_renamed(message: str, question: str) -> None:
    assert question_of(message) == question


def test_called_after_an_event_is_no_renaming() -> None:
    message = "What was the shop called after the move to Bridge Street?"
    assert question_of(message) == message


def test_what_the_talk_still_calls_by_its_old_name_was_renamed() -> None:
    message = "my mum still calls the newsletter the Hollin Hoot - what did it get renamed to?"
    assert question_of(message) == "what was Hollin Hoot renamed to?"
    message = "Grandad still calls the pub the Red Lion, what's it called now?"
    assert question_of(message) == "what was Red Lion renamed to?"


def test_there_was_someone_who_did_it_then_who_was_he() -> None:
    message = (
        "There was a fella who played the organ along to a silent film back in the seventies -"
        " my aunt was there and says he never looked up once - who was he?"
    )
    assert (
        question_of(message) == "who played the organ along to a silent film back in the seventies?"
    )
    message = (
        "There was a nice man who looked after the adverts before Lorna Beck took them on, it's"
        " on the tip of my tongue - who was he?"
    )
    assert question_of(message) == "who looked after the adverts before Lorna Beck took them on?"
