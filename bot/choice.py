"""Choosing among scored matches: which fit about equally well, which one an order word
("first", "latest", "now") picks, and which is the event an anchor names.

Pure functions over ``Match`` lists; the engine scores, these choose.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.facts import Fact
from bot.query import Query
from bot.text import analyze, groups_of, stem, words

ANSWER_MIN = 50.0  # below this the best match is not trusted
NEAR_MIN = 40.0  # a best match scoring this, nearly enough ...
NEAR_MISSING = 0.25  # ... is the answer when it misses no more than this of the question
BEST_RANKED = 0.96  # ... or, when every word of the question is known, the full-text best
REWORDED = 0.34  # ... and the question is worded its own way (fuzzy similarity at most this)
GUESS_MIN = 20.0  # a weaker best match is still the answer when it stands clear of the rest:
GUESS_LEAD = 17.0  # ... this far ahead of any other fact (measured: 15-20 best)
GUESS_MISSING = 0.5  # ... and missing little of what the question asks
GUESS_WORDS = 2  # ... holding at least this many of its words
CHATTY_LENGTH = 70  # a question longer than this, as read, is mostly talk around it ...
CHATTY_LEAD = 5.0  # ... and its best match need only stand this far clear of the rest
SPARE_MIN = 10.0  # ... as need one scoring this, for a question in its own words ...
SPARE_SIMILARITY = 0.3  # ... (fuzzy similarity at most this), holding three of its words
SPARE_MISSING = 0.7  # ... and missing no more than this of it
ORDERED_GUESS_MISSING = 0.4  # ... or, chosen by an order word, missing less
DOING_GUESS_MIN = 30.0  # ... or scoring this, when the words it lacks are only verbs
OWN_WORDS = 0.46  # ... or, worded its own way (fuzzy similarity at most this) with an
EVERYDAY_ZIPF = 5.2  # ... everyday word the base never uses ("the big dish", "the kids")
OBSCURE_ZIPF = 2.5  # ... and no word English hardly knows beside it ("Kotlin-compatible")
SCATTERED_MIN = 31.0  # ... or scoring this, every word known, its words found apart ...
SCATTERED = 0.18  # ... (no more than this share of neighbouring words near in the fact)
SCATTERED_COVERAGE = 0.67  # ... and holding no more than this of the question
AMBIGUOUS_MARGIN = 4.0  # two matches closer than this are offered together
FULL_COVERAGE = 0.99  # a fact holding every word of the question
ECHO_SIMILARITY = 0.9  # a fact phrased nearly as the question is
ORDER_POOL = 0.9  # order questions choose among matches this close to the best coverage
HEAD_HELD = 0.9  # a fact holds the noun ordered as written, or as the question mistyped it
HEAD_POOL = 0.6  # ... or, when a noun says what kind of fact is wanted, among its facts this close
SAYS_FIRST_POINTS = 25.0  # a fact that calls itself the first of the kind asked for
FIRST_COVER_MARGIN = 0.1  # ... of those that do, the ones this close to the best coverage
HOLDER_POOL = 0.8  # ... and "who is it now" among these, leavings set aside
ANCHOR_RIVALS = 3  # an anchor event may be any of the top few, when the first is relative to it
ANCHOR_MARGIN = 15.0  # ... and it scores within this of the first


@dataclass(frozen=True)
class Match:
    """A fact and how well it answers the question, with the parts of its score."""

    fact: Fact
    score: float
    parts: dict[str, float] = field(default_factory=dict)


def the_event(matches: tuple[Match, ...], query: Query) -> Match:
    """The fact that is the anchor event itself, not one placed relative to it: "the first
    survey *after the merger*" is not the merger, though it names it word for word."""
    top = matches[0]
    named = {t.stem for t in query.content}
    named_groups = frozenset().union(*(groups_of(s) for s in named))
    floor = top.score - ANCHOR_MARGIN
    for match in matches[: 1 + ANCHOR_RIVALS]:
        if match.score < floor:
            break
        tokens = words(match.fact.text)
        if match is top and _told_as_done(tokens, named):
            # the event itself is elsewhere, however less like the question it is told
            floor = min(floor, ANSWER_MIN)
            continue
        # ("after the August robbery", asked of "we got robbed")
        relative = any(
            word in _RELATIVE
            and any(
                s in named or groups_of(s) & named_groups for s in map(stem, tokens[i + 1 : i + 6])
            )
            for i, word in enumerate(tokens)
        )
        # ("the investigation concluded that the blaze had been started by ...": the fire
        # was before it, told looking back; as "a tribute to the closed pit" tells of a pit
        # closed before it)
        if not relative and not _LOOKING_BACK_RE.search(match.fact.text):
            if _begins(query):
                # "before DipNet came out": its first coming out, of two that fit as well
                tied = [
                    m
                    for m in matches[: 1 + ANCHOR_RIVALS]
                    if m.score >= match.score - AMBIGUOUS_MARGIN
                    and not _LOOKING_BACK_RE.search(m.fact.text)
                ]
                return min(tied, key=lambda m: (m.fact.period.start, -m.score))
            return match
    return top


_BEGINNING_GROUPS = frozenset().union(
    *(groups_of(stem(w)) for w in ("start", "open", "found", "release", "launch"))
)


def _begins(query: Query) -> bool:
    """Tell whether an event is something's coming out or beginning ("DipNet came out")."""
    return any(groups_of(t.stem) & _BEGINNING_GROUPS for t in query.content)


_LOOKING_BACK_RE = re.compile(
    r"\bhad (?:been|already)\b|"
    # ("a hen lost in the Ashcombe smash nine months earlier turned up": after the smash)
    r"\b(?:days|weeks|months|years|decades) (?:earlier|before)\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an its their our his her this that".split())


def _told_as_done(tokens: list[str], named: set[str]) -> bool:
    """Tell whether a fact names an event only as done before it, its verb standing as an
    adjective: "a tribute to *the closed pit*" or "the closed pit was sold" (asked of "the pit
    closed"), not "the pit closed in 1993"."""
    done = False
    for i, token in enumerate(tokens):
        if stem(token) not in named or not token.endswith(("ed", "en")):
            continue
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if before in _DETERMINERS and stem(after) in named:
            done = True
        else:
            return False  # told as a verb too
    return done


_RELATIVE = frozenset("after since following before until within".split())  # "within a month of"


def as_good(top: Match, other: Match) -> bool:
    """Tell whether ``other`` answers the question about as well as ``top``.

    Close scores, or both facts holding every word of the question when neither echoes it
    nearly word for word: "when did we launch?" fits two launches equally, whichever of them
    happens to have an alternate question that looks more like it.
    """
    if top.score - other.score < AMBIGUOUS_MARGIN:
        return True
    full = FULL_COVERAGE
    return (
        other.score >= ANSWER_MIN
        and top.parts.get("coverage", 0) >= full
        and other.parts.get("coverage", 0) >= full
        and top.parts.get("similarity", 0) < ECHO_SIMILARITY
    )


def stands_clear(
    matches: list[Match],
    *,
    dated: bool = False,
    unknown_doings: bool = False,
    all_known: bool = False,
    unknown_everyday: bool = False,
    chatty: bool = False,
    lasting: bool = False,
) -> bool:
    """Tell whether a best match that scores below ANSWER_MIN is still the answer: it holds
    most of what the question asks, and no other fact comes near it ("when did we start
    carrying blood on the aircraft?": the one fact about blood on board). Or an order word
    chose it from those like it ("our first restoration job"): then it need only hold the
    noun ordered, if little of the question is missing from it. ``lasting``: the question
    asks how long something lasted."""
    if not matches:
        return False
    top = matches[0]
    parts = top.parts
    if parts.get("contradicted") or parts.get("form", 0.0) < 0:
        return False  # asked "closed", it says "opened"; "how much": it names no sum
    # "The capital of Australia": one word in common is chance; but a fact of the time the
    # question names holds that too ("what was the rink renamed to in 2011?")
    held = parts.get("held", 0.0) + dated
    missing = parts.get("missing", 1.0)
    rival = next((m.score for m in matches[1:] if m.fact.text != top.fact.text), 0.0)
    lead = top.score - rival
    if chatty and held >= GUESS_WORDS and lead >= CHATTY_LEAD:
        # "my nan always said the beck burst and wrecked our whole batch in the shed one wet
        # summer, when was that?": most of a long question is talk, which no fact holds, and
        # the score of even the fact it means stays low; one that holds two of its words and
        # stands clear of the rest is the one
        return True
    if (
        top.score >= SPARE_MIN
        and held >= GUESS_WORDS + 1
        and missing <= SPARE_MISSING
        and parts.get("similarity", 1.0) <= SPARE_SIMILARITY
        and lead >= CHATTY_LEAD
    ):
        # "when did some toerag pinch our safety inflatable, trailer and all?": put in words
        # of its own, so its score is low, yet three of them are one fact's and no other's
        return True
    if top.score < GUESS_MIN:
        return False
    # "how long was Big Ron in charge of the shop?": of the facts that could say how long,
    # the one that tells his years, clear of the rest (those that tell of no span at all, as
    # his death does, are no rivals)
    spanning = (
        m for m in matches[1:] if m.fact.text != top.fact.text and m.parts.get("form", 0.0) >= 0
    )
    if (
        lasting
        and top.score >= NEAR_MIN
        and held >= GUESS_WORDS + 1
        and parts.get("form", 0.0) > 0
        and top.score - next((m.score for m in spanning), 0.0) >= CHATTY_LEAD
    ):
        return True
    if (
        all_known
        and held >= GUESS_WORDS
        and parts.get("bm25", 0.0) >= BEST_RANKED
        and parts.get("similarity", 1.0) <= REWORDED
    ):
        # "when did we start offering braces on the NHS?": worded its own way, every word known
        # to the base, and still the fact the full-text index ranks first (a question that
        # echoes a fact but for one detail, as those the base cannot answer often do, is no
        # rewording)
        return True
    if (
        all_known
        and top.score >= SCATTERED_MIN
        and parts.get("proximity", 1.0) <= SCATTERED
        and parts.get("coverage", 1.0) <= SCATTERED_COVERAGE
    ):
        # "when did the bikes go teal?": a question in its own words finds its fact through
        # a word or two, found apart; a question holding most of a fact's words, side by side,
        # that still scores low is an echo of it with a detail changed ("our second ship")
        return True
    if unknown_everyday and parts.get("similarity", 1.0) <= OWN_WORDS:
        # "when did the big dish get wrecked in that bad winter storm?": words as common as
        # "big" and "bad" are how a member talks, not what the base lacks; the question is
        # worded its own way, not an echo of a fact with one detail changed (measured on the
        # development sets' declined questions, then confirmed on held-out ones)
        return True
    if top.score >= NEAR_MIN and missing <= NEAR_MISSING and held >= GUESS_WORDS:
        # "when did the club leave the pub?": "the club moved its base from the Fox and
        # Hounds to the rugby club" lacks only a word the question weighs lightly
        return True
    if parts.get("order") and held >= GUESS_WORDS - 1 and missing <= ORDERED_GUESS_MISSING:
        return True
    if unknown_doings and top.score >= DOING_GUESS_MIN and held >= GUESS_WORDS:
        # "when did we stop relying on the diesel generator?": the base words the doing its
        # own way; what it was done to is the base's
        return True
    if held < GUESS_WORDS or missing > GUESS_MISSING:
        return False
    return lead >= GUESS_LEAD


def equally_good(matches: list[Match]) -> list[Match]:
    """The answers that fit a question about as well as the best one does."""
    if not matches or matches[0].score < ANSWER_MIN:
        return []
    best = matches[0].parts.get("coverage", 0.0)
    return [
        m
        for m in matches
        if m.score >= ANSWER_MIN and m.parts.get("coverage", 0.0) >= ORDER_POOL * best
    ]


def _fits_better(one: Match, other: Match) -> bool:
    """Tell whether one match holds the question's words more closely together than the
    other does, and at least as many of them."""
    closer = one.parts.get("proximity", 0.0) > other.parts.get("proximity", 0.0)
    return closer and one.parts.get("coverage", 0.0) >= other.parts.get("coverage", 0.0)


def _ended_by(one: Match, other: Match) -> bool:
    """Tell whether one match is a span that was over by about when the other began."""
    span = one.fact
    return span.until is not None and span.period.end <= other.fact.period.start + _MONTH


_MONTH = dt.timedelta(days=31)


def _neg(day: dt.date) -> int:
    return -day.toordinal()


_FOUNDED_RE = re.compile(r"\b(?:was|were) (?:founded|formed|established)\b")


def by_order(
    matches: list[Match],
    order: str,
    *,
    holder: bool = False,
    topical: bool = True,
    unfounded: bool = False,
    roles: frozenset[str] = frozenset(),
) -> list[Match]:
    """The matches with the first (latest) of those that fit the question well on top.

    ``holder`` says the question asks who holds a role ("who leads it now?"). Where a thing
    is now is where it last moved to: a fact of a move (the part "moves") is chosen before
    a later one that names the place in passing. ``topical`` says the question names what
    it is about; "where are we based these days?" does not: any move of ours will do, and
    surely. ``roles`` holds the stems of the roles the question names ("chair")."""
    # (of holders now, as well as the best that names someone: "who runs the station now?"
    # is no contest of "the station was registered as a charity, run by a committee")
    holds_now = holder and order == "latest"
    answering = [m for m in matches if m.parts.get("form", 0.0) >= 0 or not holds_now] or matches
    best = max(m.parts.get("coverage", 0.0) for m in answering)
    pool = [
        m
        for m in matches
        if m.parts.get("coverage", 0.0) >= ORDER_POOL * best
        # "The first CVE in Orbital": a fact naming a CVE is in the running even when it
        # leaves out "Orbital", so long as it fits the rest of the question fairly well.
        or (
            m.parts.get("head", 0.0) >= HEAD_HELD
            and m.parts.get("coverage", 0.0) >= HEAD_POOL * best
        )
    ]
    if not topical:  # "where was the surgery originally?": a fact needn't say "surgery"
        pool = list(matches)
    # How well the question fits at best: setting aside those who left a role, below, takes
    # nothing from how surely the holder answers
    fit = max(m.score for m in pool)
    if order == "first":
        # "Where was the first hackathon held?": "the first hackathon ... ran in the Marsh
        # Building" calls itself that, though it says "ran"
        pooled = {id(m) for m in pool}
        pool += [
            m
            for m in matches
            if m.parts.get("says_first")
            and m.parts.get("coverage", 0.0) >= HEAD_POOL * best
            and id(m) not in pooled
        ]
    if holder and order == "latest":
        # "Who is the head now?": the one who took the role, not the one who left it; a
        # leaving is only the answer when nothing else fits.
        pooled = {id(m) for m in pool}
        pool += [
            m
            for m in matches
            if m.parts.get("coverage", 0.0) >= HOLDER_POOL * best and id(m) not in pooled
        ]
        staying = [m for m in pool if not _tells_of_leaving(m.fact)]
        pool = staying or pool
        # ... and one who took it, or holds it, not a later fact that names the role in
        # passing ("the Hollis Room, named after the club's first president")
        holding = [m for m in pool if _HOLDING_RE.search(m.fact.text)] or [
            # ... even one that words the role otherwise, when none of the best fits tells of
            # anyone holding it ("who runs the company now?": "Hannah became chief executive",
            # not "a collie slipped its lead")
            m
            for m in matches
            if m.parts.get("coverage", 0.0) >= HEAD_POOL * best
            and m.parts.get("form", 0.0) > 0
            and tells_of_taking(m.fact)
        ]
        pool = holding or pool
        # ... and the one a fact calls the current holder, if it fits the role about as well
        # ("Aisha Bello was elected chair in 2021 and is the current chair of the club"), and
        # of the role asked ("who's chair now?": not "she is the current director")
        current = [
            m
            for m in matches
            if m.parts.get("coverage", 0.0) >= HEAD_POOL * best
            and m.parts.get("form", 0.0) > 0
            and (said := _CURRENT_HOLDER_RE.search(m.fact.text))
            and not (roles and said["role"] and stem(said["role"].lower()) not in roles)
        ]
        pool = current or pool
    moved = False
    if order == "latest":
        movers = [
            m
            for m in matches
            if m.parts.get("moves")
            and m.parts.get("form", 0.0) > 0
            and (m.parts.get("coverage", 0.0) >= HEAD_POOL * best or not topical)
        ]
        if not topical:  # "where are we based now?": a move to premises, or their opening
            housed = [m for m in matches if m.parts.get("premises") and m.parts["form"] > 0]
            movers = housed or movers
            # ... and the one that calls them our current home, if one does (not a later
            # move of the regatta, or of the workshops, to somewhere else)
            current = [
                m for m in matches if m.parts["form"] > 0 and _CURRENT_HOME_RE.search(m.fact.text)
            ]
            movers = current or movers
        pool = movers or pool
        moved = bool(movers)  # as sure as the best fit: the move says where it is now
    fitting = [m for m in pool if m.parts.get("form", 0.0) > 0]
    pool = fitting or pool  # "where do they play now": the latest fact that names a place
    if holder and order == "latest":
        # "Who is head vet now?": not a practice manager (a head of sorts) when facts hold all
        # the role's words, and together.
        # (but one whose time in the role ended as the other's began is no rival: "Ruth led
        # the business until April 2022", when "her children became owners in April 2022")
        pool = [
            m for m in pool if not any(_fits_better(o, m) and not _ended_by(o, m) for o in pool)
        ]
    sure = holder or moved
    score = max(fit, *(m.score for m in pool)) if sure else max(m.score for m in pool)
    if not topical and (moved or fitting):
        # "where are we based now?" asks for our last move, and "what was the museum's
        # original home?" for the first fact that names a place, as "what is the latest
        # event?" asks for the last fact: no words to fit, and no doubt which it is
        score = 100.0
    if order == "first" and unfounded:
        # "what was our first path project?": not "the Bothy and Path Trust was founded"
        pool = [m for m in pool if not _FOUNDED_RE.search(m.fact.text)] or pool
    if order == "first":  # "the first festival": the fact that calls itself that, if one does
        firsts = [m for m in pool if m.parts.get("says_first")]
        if firsts:
            # ("our first paid warden": not "the coast's first fossil warden", a voluntary
            # post, when another fact says it was the first paid one)
            held = max(m.parts.get("coverage", 0.0) for m in firsts)
            pool = [m for m in firsts if m.parts.get("coverage", 0.0) >= held - FIRST_COVER_MARGIN]
    if order == "first":
        pool.sort(key=lambda m: (m.fact.period.start, m.fact.period.end, -m.score))
    else:  # the latest event is the one that started last; a long span is not "latest"
        pool.sort(key=lambda m: (_neg(m.fact.period.start), _neg(m.fact.period.end), -m.score))
    chosen = pool[0]
    if order == "first" and chosen.fact.date.day is None:
        # "what was our first dish?": a fact dated only "1984" is no earlier than "Dish A saw
        # first light in June 1984"; of the two, the one that opens with what was asked
        within = [m for m in pool[1:] if m.fact.period.start <= chosen.fact.period.end]
        rival = max(within, key=lambda m: m.parts.get("lead", 0.0), default=None)
        if rival is not None and rival.parts.get("lead", 0.0) > chosen.parts.get("lead", 0.0):
            chosen = rival
    if holder and order == "latest" and chosen.fact.tags:
        # "Who runs it now?": a later fact on the same topic (its tags) that names someone
        # took the role on, however it words it ("succeeded Jonas Achterberg as director").
        tags = {t.casefold() for t in chosen.fact.tags}
        later = [
            m
            for m in matches
            if m.fact.period.start > chosen.fact.period.start
            and m.parts.get("form", 0.0) > 0
            and m.parts.get("coverage", 0.0) > 0
            and tags <= {t.casefold() for t in m.fact.tags}
            and not _tells_of_leaving(m.fact)
            and (_HOLDING_RE.search(m.fact.text) or _ROLE_TAKEN_RE.search(m.fact.text))
        ]
        if later:
            chosen = max(later, key=lambda m: (m.fact.period.start, m.score))
    # The chosen fact answers with the best score of its pool: the order word decided it.
    if chosen.parts.get("says_first") and chosen.parts.get("head", 0.0) >= HEAD_HELD:
        score += SAYS_FIRST_POINTS  # "the first website": the fact calls itself what was asked
    top = Match(chosen.fact, min(100.0, score), {**chosen.parts, "order": 1.0})
    return [top, *[m for m in matches if m.fact.id != chosen.fact.id]]


# "joined in 2020 as curator, taking over from Tom", "named Hendrik Vos park director"; and a
# record, held like a role ("set the men's record")
_ROLE_TAKEN_RE = re.compile(r"\b(?:taking over|joined|named (?=[A-Z])|records?\b)")
_CURRENT_HOME_RE = re.compile(
    r"\b(?:current|present) (?:home|base|premises|headquarters|hq|ground|venue)\b"
    r"|\b(?:is|are|has been|have been|remains?) (?:still )?based\b",
    re.IGNORECASE,
)
LEAVING = frozenset().union(*(groups_of(stem(w)) for w in ("resign", "stepdown", "quit", "leave")))
_ARTICLES = frozenset(("a", "an", "the"))
# "ran the desk as interim manager"
_STOOD_IN = r"(?:served|acted|(?:ran|led)(?: [\w'’-]+){0,2}?) as (?:interim|acting|caretaker)"
_TAKING_RE = re.compile(
    r"\b(?:took over|takes over|taken over|succeed(?:ed|ing)?|became|was appointed|were appointed|"
    rf"was named|was made|stepped up|was promoted|was elected|were elected|{_STOOD_IN})\b",
    re.IGNORECASE,
)


# What was handed on, and to whom: "(handed) over the books to", "(passed) the shop to"
_HANDED_TO = r"(?:over )?(?:(?:the|his|her|their) )?(?:[\w'’-]+ ){0,4}?to"
# "Gordon Ashworth retired in 1999 and his daughter, Karen, took over", "After Priya left,
# Gareth Lowe served as interim chief executive": one leaves, then the heir takes over, in one
# fact
_HANDOVER_RE = re.compile(
    # (but "Dennis Okafor, a retired solicitor, succeeded Margaret" tells of no leaving)
    r"\b(?:(?<!\ba )(?<!\ban )(?<!\bthe )retired|retiring|stepped down|stood down|resigned|"
    r"stepped back|stepped aside|stood aside|bowed out|"
    r"left|died|retirement|resignation|departure|death)\b[^.]*?(?:\band\b|[,;])\s[^.]*?"
    r"\b(?:took over|succeed(?:ed)?|was appointed|became|stepped up|served as|acted as|"
    rf"was elected|was promoted|was chosen|{_STOOD_IN}|"
    rf"(?:hand|pass)(?:ed|ing|es|s)? {_HANDED_TO})\b|"
    # "was treasurer until June 2001, when he handed the books to Priya Lal"
    rf"\buntil\b[^.]*?\bwhen (?:he|she|they) (?:hand|pass)(?:ed|ing)? {_HANDED_TO}\b",
    re.IGNORECASE,
)


# ... and the role it names, if one follows ("is the current director")
_CURRENT_HOLDER_RE = re.compile(
    r"\b(?:is|remains) (?:the |its |our |their )?current\b(?: (?P<role>[a-z]+))?", re.IGNORECASE
)
_HOLDING_RE = re.compile(
    r"\b(?:took over|takes over|taken over|succeed(?:ed|ing)|replaced|became|becoming|appointed|"
    r"(?:came|come|returned|moved|stepped in|stepped up) (?:home |back )?to take over|"
    r"was named(?! (?:the|after|for|in)\b)|was made|stepped up|was promoted|was elected|"
    r"were elected|was voted|still holds|still runs|still leads|remains|is the current|"
    r"has (?:been|led|run|chaired|managed|headed|directed)|have (?:been|led|run)|since)\b",
    re.IGNORECASE,
)


def tells_of_handover(fact: Fact) -> bool:
    """Tell whether a fact tells of someone leaving a role and the heir taking it over."""
    return _HANDOVER_RE.search(fact.text) is not None


def tells_of_taking(fact: Fact) -> bool:
    """Tell whether a fact tells of someone taking a role ("took over as", "succeeded")."""
    return _TAKING_RE.search(fact.text) is not None


def _tells_of_leaving(fact: Fact) -> bool:
    """Tell whether a fact tells of someone leaving a role; "a retired lecturer" describes
    someone, it is no leaving (but "the resignation of" is one), and "Hughes took over as
    manager when Thwaite retired" tells first of a taking."""
    if tells_of_taking(fact):
        return False
    tokens = words(fact.text)
    told = [
        t
        for i, t in enumerate(tokens)
        if not (i and tokens[i - 1] in _ARTICLES and t.endswith("ed"))
    ]
    return bool(LEAVING & analyze(" ".join(told)).groups)
