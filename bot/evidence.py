"""The evidence one fact holds for one question: how its words, their nearness and its
form (a date, a number, a person, a place) answer the question's terms. Pure functions; the
engine combines them into a score.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass

from bot import lexicon
from bot.choice import tells_of_handover, tells_of_taking
from bot.dates import MONTH_NAMES
from bot.facts import Fact
from bot.query import Query, Term
from bot.text import (
    WORD_RE,
    analyze,
    converses_of,
    count_of,
    groups_of,
    id_label,
    is_identifier,
    is_participle,
    is_year,
    kinds_of,
    normalize,
    ordinal_of,
    stem,
    tag_initials,
    words,
)

SYNONYM_CREDIT = 0.7  # a synonym counts for this much of the word itself
PREFIX_CREDIT = 0.75  # "consult" ~ "consultation"
ALIKE_CREDIT = 0.7  # a word near in meaning, for one the base lacks ("fire" ~ "flames")
NEAR_CREDIT = 0.4  # ... for one the base has, where the fact has the near word instead
KIND_CREDIT = 0.35  # a word of the same broad kind of event ("ditch" ~ "stopped")
FORM_CREDIT = 0.8  # "leave" for "left": right, but the form as written fits better
PROXIMITY_WINDOW = 3
EARLY_WORDS = 3  # the words a text starts with name what it is about
SENTENCE_GAP = 1_000_000  # further apart than any two words of one sentence
TIME_FIT_POINTS = 6.0  # a fact whose period is the one asked about
TIME_START_POINTS = 2.0  # ... and a fact that began in the period asked about
VOICE_WINDOW = 3  # "was founded", "was later founded", "had been founded"
SUBJECT_WINDOW = 6  # a subject stands this close before its verb
_BE_STEMS = frozenset("was were been be is are".split())
# Words with which a fact calls something the first of its kind ("the original X" is more
# often the old one than the first)
FIRST_BACK = 8  # words back from "the society's first" to the noun it stands for
FIRST_TIME_GAP = 6  # words from a doing to the "for the first time" that says it was its first
_FIRST_STEMS = frozenset(stem(w) for w in ("first", "debut", "inaugural", "maiden"))
_WORD_OR_STOP_RE = re.compile(r"[A-Za-z][\w'-]*|[,;:.]")
NARROWING_WORDS = 6  # how far a narrowing clause is read for the question's own words
APPOSITION_WORDS = 6  # how far "its first vehicle, a ..." is read for the noun asked
_DEFINING = frozenset(("to", "that", "which", "who"))  # "the first village *to* get fibre"
_NARROWING = frozenset("to that which who since outside in for with on from by".split())
# The words a participle after a noun goes on with when it narrows the noun ("the first panel
# stitched *entirely* by newer members", "the first beer brewed *at* the pub"), not when it is
# the fact's own verb ("the first panel showed the ford") or says when ("finished in 1993")
_PARTICIPLE_GOES_ON = frozenset(
    "by at for with from under outside abroad entirely solely only wholly exclusively "
    "completely specially".split()
)
_ARTICLE_STEMS = frozenset("the a an it their his her our newli".split())
ENDING_KINDS = kinds_of([stem("stop")])  # the kind of event that ends something
_LEAVE = groups_of(stem("leave"))
_FINISH = groups_of(stem("finish"))
_END = groups_of(stem("end"))
_SWITCH = frozenset(stem(w) for w in ("switch", "swap", "migrate", "move", "convert"))
# A switch told by what was done instead (not a move of premises: the moves tell of those)
_SWITCHING = _SWITCH - {stem("move")}
_SWITCHED = frozenset(stem(w) for w in ("instead", "replaced"))
COUNT_MISFIT = 15.0  # a fact with no count or duration cannot say how many or how long
WRONG_FORM_POINTS = 8.0  # a "where" answer that names no place, a "who" that names no one
NAMING_POINTS = 8.0  # "what was the café called?": a fact that gives something a name
DESCRIBING_POINTS = 12.0  # "what kind of layout is Tregarth Quay?": a fact saying what it is
_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
ALNUM_RE = re.compile(r"(?P<name>[a-z]+)(?P<number>\d+(?:\.\d+)*)")
MEASURED_RE = re.compile(r"(?P<number>\d+(?:\.\d+)?)(?P<unit>[a-z]{1,2})")  # "7m", "20ft"


@dataclass(frozen=True)
class Resolved:
    """A question term as this fact base knows it: its forms, synonyms, weight."""

    term: Term
    stems: frozenset[str]
    groups: frozenset[int]
    weight: float
    known: bool
    credit: float = 1.0  # less than 1 for a corrected typo
    correction: str | None = None
    exact: bool = False  # an identifier: matched as written, never by stem or synonym
    related: frozenset[str] = frozenset()  # base stems sharing a long prefix ("consult")
    forms: frozenset[str] = frozenset()  # base stems of its other verb forms ("left", "leave")
    kinds: frozenset[int] = frozenset()  # the broad kinds of event it names (see kinds_of)
    event: bool = False  # names what happened ("die", "join"), not a description
    alike: frozenset[str] = frozenset()  # base stems near in meaning ("fire" for "flames")
    # ... and nearest of all, for a word the base has too ("cars" for "vehicles"): a fact may
    # still tell it in other words
    near: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FactView:
    """A fact analysed once for matching: its stems, synonym groups, words, forms."""

    fact: Fact
    stems: frozenset[str]
    groups: frozenset[int]
    words: frozenset[str]
    text: str  # normalised
    questions: tuple[str, ...]  # normalised, each with its words sorted (for token_sort_ratio)
    positions: dict[str, tuple[int, ...]]  # stem -> where it stands (see ``positions``)
    forms: frozenset[str]  # the question types it can answer in form (see forms_of)
    families: frozenset[str] = frozenset()  # "3" and "3.11" for the word "3.11.4"
    early: frozenset[str] = frozenset()  # stems among the first words of its text
    # ... and among the first after a date it starts with ("In July 2005 *RT* replaced ...")
    subject: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()  # stems of "Walter's" among its first words
    kinds: frozenset[int] = frozenset()  # the broad kinds of event it tells of
    left: frozenset[str] = frozenset()  # stems of what it says was left or replaced
    predecessors: frozenset[str] = frozenset()  # stems of whom it says someone succeeded
    successors: frozenset[str] = frozenset()  # ... and of whom it names as the successor
    tokens: tuple[str, ...] = ()  # its words as written, and its stops (",", ".")
    counted: frozenset[str] = frozenset()  # stems of what it counts: "100 member *riders*"
    firsts: tuple[int, ...] = ()  # where in ``tokens`` "first" (or "debut" ...) stands
    # stems it names only to place itself in time: "reopened eighteen months *after Saxonbury
    # had shut it*" tells of no shutting
    placed_by: frozenset[str] = frozenset()
    # stems it names only as a landmark: "a visitor centre opened *beside the Stillhouse*"
    # tells of no opening of the Stillhouse
    landmarks: frozenset[str] = frozenset()
    # the synonym groups of what it tells was done, not of who did it: "every finisher got a
    # bottle" tells of no finishing
    acts: frozenset[int] = frozenset()


def view_of(fact: Fact) -> FactView:
    """Analyse a fact for matching (the engine caches the result)."""
    # The id's words count like a tag's (see ``id_label``), and so do a tag's initials (most
    # facts have none to read).
    initials = tag_initials(fact.tags)
    labels = (*fact.tags, *([initials] if initials else []), id_label(fact.id))
    parts = [analyze(s) for s in (fact.text, *fact.questions, *labels)]
    sentences = [*parts[: 1 + len(fact.questions)], parts[-1]]  # the id reads as a phrase
    stems = frozenset().union(*(p.stems for p in parts))
    placing = _placing_lead(parts[0].normalized)
    early, owners = _early(parts[0].normalized, parts[0].words[placing:])
    skip = placing or leading_date(parts[0].words)
    subject = frozenset(stem(w) for w in _leading(parts[0].words, skip))
    tokens = tuple(_WORD_OR_STOP_RE.findall(fact.text))
    return FactView(
        fact=fact,
        stems=stems,
        groups=frozenset().union(*(p.groups for p in parts)),
        words=frozenset().union(*(p.words for p in parts)),
        text=parts[0].normalized,
        questions=tuple(sorted_words(normalize(q)) for q in fact.questions),
        positions=positions([p.words for p in sentences]),
        forms=forms_of(fact),
        families=families(frozenset().union(*(p.words for p in parts))),
        early=early,
        subject=subject - owners,
        owners=owners,
        kinds=kinds_of(stems),
        left=left_behind(fact.text),
        predecessors=predecessors(fact.text),
        successors=successors(fact.text),
        tokens=tokens,
        counted=counted(parts[0].words),
        firsts=tuple(i for i, t in enumerate(tokens) if stem(t.lower()) in _FIRST_STEMS),
        placed_by=_placed_by(tokens, fact.text),
        landmarks=_landmarks(tokens),
        acts=_acts(frozenset().union(*(p.groups for p in parts)), parts[0].words),
    )


def _acts(groups: frozenset[int], words: Sequence[str]) -> frozenset[int]:
    """A fact's synonym groups less those only its doers bring ("finisher": no finishing)."""
    doers = {w for w in words if _doer(w)}
    if not doers:
        return groups
    of_doers = frozenset().union(*(groups_of(stem(w)) for w in doers))
    of_others = frozenset().union(*(groups_of(stem(w)) for w in set(words) - doers))
    return groups - (of_doers - of_others)


def _doer(word: str) -> bool:
    """Tell whether a word names one who does something ("finisher", "managers"), as the
    stemmer reads it (it keeps "founder" whole)."""
    base = word.removesuffix("s")
    return base.endswith(("er", "or")) and stem(base) + base[-2:] == base


_PLACING = frozenset(("after", "before", "following", "until", "from", "while"))
FIRST_PLACED = 3  # "after its first": a first this near after a placing word only places
_FROM_RE = re.compile(r"(?<![\w'-])from(?![\w'-])", re.IGNORECASE)
_EVENT_AFTER_RE = re.compile(r"\s+(?:the|its|their|our|his|her)\b", re.IGNORECASE)
PLACING_WORDS = 6  # words after "after" that place a fact in time rather than tell of it


def _clauses(
    tokens: Sequence[str], openers: frozenset[str], reach: int | None = None
) -> tuple[set[str], set[str]]:
    """The stems of the words in the clauses an opener starts (up to the clause's end, or
    ``reach`` words on), and of the words outside them."""
    inside: set[str] = set()
    outside: set[str] = set()
    until = -1
    for index, token in enumerate(tokens):
        lower = token.lower()
        if lower in openers:
            until = index + reach if reach is not None else len(tokens)
        elif token in (",", ".", ";"):
            until = -1
        elif token[:1].isalpha():
            (inside if index <= until else outside).add(stem(lower))
    return inside, outside


def _placed_by(tokens: tuple[str, ...], text: str) -> frozenset[str]:
    """The stems of the words a fact uses only in a clause that places it in time, after
    "after", "before", "following", "until", "while" or "from the" up to the end of the clause
    ("until the in-house bakery opened, our bread came from ..." is not the bakery's opening,
    nor "window boxes were delivered while the garden was shut" its closing)."""
    # ("from the founding meeting until 1995" places a chair's years; "from 2016 the finish
    # was on Civic Quay" tells of the finish)
    events = iter([bool(_EVENT_AFTER_RE.match(text, m.end())) for m in _FROM_RE.finditer(text)])
    tokens = tuple(
        "-" if token.lower() == "from" and not next(events, False) else token for token in tokens
    )
    placing, telling = _clauses(tokens, _PLACING, PLACING_WORDS)
    return frozenset(placing - telling)


def _landmarks(tokens: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words a fact uses only to say where something stands: a few words
    after "beside", "opposite", "next to" ..."""
    tokens = tuple(
        "beside" if token.lower() == "next" and following.lower() == "to" else token
        for token, following in zip(tokens, (*tokens[1:], ""), strict=True)
    )
    near, telling = _clauses(tokens, LANDMARKING, LANDMARK_WORDS)
    return frozenset(near - telling)


LANDMARKING = frozenset(("beside", "alongside", "opposite", "behind", "adjoining"))
LANDMARK_WORDS = 4  # "beside the old stone Stillhouse"


_AFTER = frozenset(("after", "following", "since"))


def placed_after(view: FactView) -> frozenset[str]:
    """The stems of the words in a fact's clauses that say what it came after: "The
    insurance payout after the fire bought two new eights" came after the fire."""
    # ("the river burst its banks after two days of storms and flooded the meadows": the
    # flood came after the storms, not after itself; "and" with a verb ends the clause)
    tokens = view.tokens
    tokens = tuple(
        "," if token.lower() == "and" and following.lower().endswith("ed") else token
        for token, following in zip(tokens, (*tokens[1:], ""), strict=True)
    )
    return frozenset(_clauses(tokens, _AFTER)[0])


_PLACING_LEAD_RE = re.compile(r"(?:after|following|before) [^,.;]{1,60}?,")


def _placing_lead(normalized: str) -> int:
    """How many analysed words a clause that starts a text and places it in time takes:
    "After the review-data loss, backups switched ..." is about the backups.

    >>> _placing_lead("after the review-data loss, backups switched to wal archiving")
    6
    """
    clause = _PLACING_LEAD_RE.match(normalized)
    return len(analyze(clause.group(0)).words) if clause else 0


def _leading(analyzed: Sequence[str], start: int) -> list[str]:
    """The analysed words of the first ``EARLY_WORDS`` written words from ``start``: the
    parts of a hyphenated word follow it and count with it ("Co-founder Dev Mistry"), and a
    phrase's token counts with the words it joins, and a title with the name it goes before
    ("musical director Emlyn Pugh").

    >>> _leading(("co-founder", "co", "founder", "dev", "mistry", "was"), 0)
    ['co-founder', 'co', 'founder', 'dev', 'mistry']
    >>> _leading(("musical", "director", "musicaldirector", "emlyn", "pugh", "wrote"), 0)
    ['musical', 'director', 'musicaldirector', 'emlyn', 'pugh']
    """
    taken: list[str] = []
    index, written = start, 0
    while index < len(analyzed) and written < EARLY_WORDS:
        word = analyzed[index]
        joined = len(taken) >= 2 and word in ("".join(taken[-2:]), "".join(taken[-3:]))
        titled = word in lexicon.ROLE_TITLES and index + 1 < len(analyzed)  # "director Emlyn"
        taken.append(word)
        index += 1
        written += 0 if joined or titled else 1
        if "-" in word:
            pieces = word.split("-")
            while index < len(analyzed) and analyzed[index] in pieces:
                taken.append(analyzed[index])
                index += 1
    return taken


def _early(text: str, analyzed: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the words a (normalized) text starts with, and of the owners named among
    them: "Margaret Calder, Walter's daughter, succeeded her father" starts with Margaret,
    and is about someone of Walter's, not Walter."""
    early = frozenset(stem(w) for w in _leading(analyzed, 0))
    if "'" not in text:  # normalize writes ’ as '
        return early, frozenset()  # most facts name no owner
    first = WORD_RE.findall(text)[:EARLY_WORDS]
    owners = frozenset(stem(w[:-2]) for w in first if w.endswith("'s"))
    return early - owners, owners


_DATE_WORDS = frozenset(
    "in on by from since during at the end start beginning of early late mid spring summer "
    "autumn winter".split()
) | {m.lower() for m in MONTH_NAMES}
_LEADS_DATE = frozenset("in on by from since during at early late mid around".split())
_DATE_LEAD_WORDS = _LEADS_DATE | _DATE_WORDS | {","}  # what a date it starts with is made of


def leading_date(analyzed: Sequence[str]) -> int:
    """How many words a text's date adverbial takes at its start ("In July 2005, RT
    replaced Remedy" is about RT): none when it starts otherwise.

    >>> leading_date(("in", "early", "1993", "the", "museum", "moved"))
    3
    >>> leading_date(("late", "in", "1990", "musical", "director", "emlyn", "pugh", "wrote"))
    3
    >>> leading_date(("in", "the", "end", "the", "club", "folded"))
    0
    """
    if not analyzed or analyzed[0] not in _LEADS_DATE:
        return 0
    count = 1
    while count < len(analyzed) and (analyzed[count] in _DATE_WORDS or analyzed[count].isdigit()):
        count += 1
    dated = any(w.isdigit() for w in analyzed[:count])
    while dated and count and analyzed[count - 1] == "the":  # "In 1993 the museum moved"
        count -= 1
    return count if dated else 0


# What a fact says was given up for something else: "moved off the EC2 instance onto MWAA",
# "CruiseControl was replaced by Hudson", "replaced RTIR with TheHive", "instead of Unity",
# "the Greens Road site was sold" (a move to Greens Road is not that fact's).
_THING = r"(?P<x>[^.;,()]{1,60}?)"
_LEFT_RES = (
    re.compile(
        r"\b(?:move[sd]?|moving|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|transitioned|"
        r"ported|shifted|converted|went)\b[^.;]{0,40}?\b"
        # (not "switched off in 2021": no move off anything)
        r"(?:(?<!switched )(?<!switch )(?<!switches )off|from|away from|out of)\s+"
        + _THING
        + r"(?:\s+(?:to|onto|into|in favou?r of|for)\b|[.,;]|$)",
        re.IGNORECASE,
    ),
    re.compile(
        # ("The last Jenkins controller, jenkins-prod-03, was switched off": the controller)
        r"(?:^|[.;,]\s*|\b(?:the|its|their|our)\s+)(?P<x>[^.;,()]{1,40}?)(?:,\s*[^.;,()]{1,40},)?"
        r"\s+(?:was|were|had been|"
        r"has been|have been)\s+(?:\w+\s+)?(?:replaced|superseded|retired|phased out|dropped|"
        r"scrapped|abandoned|ditched|swapped out|switched off|turned off|shut down|"
        r"decommissioned|sold|sold off|closed|closed down|vacated|given up|handed back|"
        r"demolished)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:replac(?:ed|es|ing)|swap(?:s|ped|ping)(?: out)?|trad(?:ed|es|ing) in)\s+"
        + r"(?!by\b|as\b)"  # "was replaced by Hudson": Hudson is the new one
        + _THING
        + r"\s+(?:with|for|by|in favou?r of|in|on|at|during|after)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:instead of|in place of)\s+" + _THING + r"(?:[.,;]|$)", re.IGNORECASE),
    # "the project left GitHub for Codeberg", "dropped Jenkins for GitLab CI"
    re.compile(
        r"\b(?:left|leaves|leaving|abandoned|ditched|dropped|quit)\s+" + _THING + r"\s+for\s+\w",
        re.IGNORECASE,
    ),
)
_LEFT_WORDS = 5  # the words of a left thing that name it: the last few
# Words one of which each of _LEFT_RES needs, in its order: a cheap test before the pattern
_LEFT_HINTS = (
    ("mov", "migrat", "switch", "transition", "ported", "shifted", "converted", "went"),
    (
        "replaced",
        "superseded",
        "retired",
        "phased out",
        "dropped",
        "scrapped",
        "abandoned",
        "ditched",
        "swapped out",
        "switched off",
        "turned off",
        "shut down",
        "decommissioned",
        "sold",
        "closed",
        "vacated",
        "given up",
        "handed back",
        "demolished",
    ),
    ("replac", "swap", "trad"),
    ("instead of", "in place of"),
    ("left", "leav", "abandoned", "ditched", "dropped", "quit"),
)


def left_behind(text: str) -> frozenset[str]:
    """The stems of what a fact says was left, replaced or given up for something else.

    >>> sorted(left_behind("CruiseControl was replaced by Hudson in 2009."))  # "cc" for short
    ['cc', 'cruisecontrol']
    >>> sorted(left_behind("The team moved off the old EC2 instance onto Amazon MWAA."))
    ['ec2', 'instanc', 'old']
    >>> sorted(left_behind("The last Jenkins controller, jenkins-prod-03, was switched off."))
    ['control', 'jenkin', 'last']
    """
    found: set[str] = set()
    lower = text.lower()
    for hints, pattern in zip(_LEFT_HINTS, _LEFT_RES, strict=True):
        if not any(hint in lower for hint in hints):
            continue  # each pattern needs one of its words; most facts hold none
        for match in pattern.finditer(text):
            thing = " ".join(match["x"].split()[-_LEFT_WORDS:])
            found |= analyze(thing).stems
    return frozenset(found)


# "Priya Raman succeeded Desmond Okafor as chair": a fact about Priya, told of Desmond
_NAMED = r"(?P<x>[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|\d[\w.-]*)){0,2})"  # "Ward 13", "Priya Raman"
_PREDECESSOR_RE = re.compile(
    r"\b(?:succeed(?:ed|ing)|replac(?:ed|ing)|t(?:ook|aking) over (?:[A-Z][\w'-]+ ){0,3}?from|"
    r"in place of|successor to|in succession to|"
    r"(?:space|slot|site|spot|room) (?:left|vacated) by)\s+" + _NAMED
)
# ... or followed them in the role: "Gordon Hemsley followed Cyril Maddox as chairman"
_FOLLOWED_AS_RE = re.compile(r"\bfollow(?:ed|ing|s)\s+" + _NAMED + r"\s+as\b")
# Someone's leaving, as a fact words it: "retired", "stepped down", "moved on"
_LEFT = r"retired|left|stepped down|stood down|stepped back|died|resigned|moved on|quit"
# ... or took over when they left: "took over as café manager in 2003 when Maureen Tulloch
# retired"
_TOOK_OVER_WHEN_RE = re.compile(
    r"\bt(?:ook|aking|akes) over\b[^.;]{0,60}?\bwhen\s+" + _NAMED + rf"\s+(?:{_LEFT})\b"
)
# ... and the heir named after "replaced by": "the paper ledger was replaced by BookMaster 2.1"
# tells what BookMaster replaced, not what replaced it
_SUCCESSOR_RE = re.compile(
    r"\b(?:(?:replaced|succeeded|superseded) (?:by|with)|replac(?:ed|ing) [^.,;]{1,40}? with|"
    r"gave way to|made way for)\s+"
    r"(?:the\s+|a\s+|an\s+)?" + _NAMED
)
# ... or who came after someone the fact has named: "and his sister Ruth Marsland succeeded him"
_SUCCEEDED_THEM_RE = re.compile(
    _NAMED + r",?\s+(?:succeeded|replaced|followed|took over from|took over)\s+(?:him|her|them)\b"
)
# ... and the heir a handover names: "handed the dairy to his daughter, Margaret Hale"
_HANDED_TO_RE = re.compile(
    r"\b(?:hand|pass)(?:ed|ing|es|s)? (?:over )?(?:[\w'’-]+ ){0,3}?(?:over |on )?to\s+"
    r"(?:(?:his|her|their|its) (?:[\w'’-]+ ){0,2}?[\w'’-]+,?\s+)?" + _NAMED
)
# ... and "Marcus Bell stepped down as director in 2014 and handed over to Priya Raman"
_HANDED_ON_RE = re.compile(
    # (after a date it opens with: "In April 2001 Walter Pennick retired and handed ...")
    r"^(?:(?:In|On|By|From) (?:[\w,]+ ){0,3}?\d{4},?\s+)?"
    r"(?P<x>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:retired|stepped down|stood down|"
    r"resigned|left)\b[^.]*?\b(?:(?:hand|pass)(?:ed|ing)? (?:[\w'’-]+ ){0,3}?(?:over )?to|"
    r"took over|succeeded|became|in (?:his|her|their) place)\b"
)


_HONORIFICS = frozenset(
    """
    dr mr mrs ms miss sir dame prof professor lord lady rev reverend canon bishop captain
    colonel major councillor judge father
    """.split()
)


def namesake(view: FactView, names: frozenset[str]) -> bool:
    """Tell whether a fact starts with someone else of the name asked about: "Robert
    Hartwell, Dennis and Margaret's son, ..." asked of Margaret Hartwell (but "Professor
    Eleanor Whitcombe" is Eleanor Whitcombe)."""
    # (after a date it starts with: "On 1 October 1969 Peggy Treloar took over from Walter")
    tokens = list(itertools.dropwhile(lambda t: t.lower() in _DATE_LEAD_WORDS, view.tokens))
    first, second, third = (*tokens, "", "", "")[:3]
    return (
        len(names) > 1
        and stem(second.lower()) in names
        and stem(third.lower()) not in names
        and first.istitle()
        and first.lower() not in _HONORIFICS
        and first.lower() not in lexicon.STOPWORDS  # "The Hartwell family"
        and stem(first.lower()) not in names
    )


# Someone a fact tells of leaving: "Gareth Pryce left to take on a farm of his own", "Margaret
# Alder, chair since 2002, stepped down"
_LEAVER_RE = re.compile(
    _NAMED + r"(?:,[^,.;]{1,60},)?\s+(?:had\s+)?"
    rf"(?:{_LEFT}|emigrated|moved away|passed away|handed over)\b"
)


def leavers(text: str, succeeded: frozenset[str] | None = None) -> frozenset[str]:
    """The stems of the people a fact says left, by name, or says someone succeeded (its
    ``predecessors``, unless given: a fact's view holds them already).

    >>> sorted(leavers("In January 2016 Gareth Pryce left to farm in Powys."))
    ['gareth', 'pryce']
    >>> sorted(leavers("Margaret Alder, chair since 2002, stepped down in May 2010."))
    ['alder', 'margaret']
    >>> sorted(leavers("Priya Raman succeeded Desmond Okafor as chair."))
    ['desmond', 'okafor']
    """
    found = {stem(w) for m in _LEAVER_RE.finditer(text) for w in WORD_RE.findall(normalize(m["x"]))}
    return frozenset(found) | (predecessors(text) if succeeded is None else succeeded)


def predecessors(text: str) -> frozenset[str]:
    """The stems of the people a fact says someone succeeded, by name.

    >>> sorted(predecessors("Priya Raman succeeded Desmond Okafor as chair in 2011."))
    ['desmond', 'okafor']
    >>> sorted(predecessors("Marcus Bell stepped down in 2014 and handed over to Priya Raman."))
    ['bell', 'marcus']
    >>> sorted(predecessors("Daniel Okafor was appointed in succession to Margaret Ellery."))
    ['elleri', 'margaret']
    >>> sorted(predecessors("Gordon Hemsley followed Cyril Maddox as chairman in 1973."))
    ['cyril', 'maddox']
    """
    found: set[str] = set()
    for match in (
        *_PREDECESSOR_RE.finditer(text),
        *_HANDED_ON_RE.finditer(text),
        *_TOOK_OVER_WHEN_RE.finditer(text),
        *_FOLLOWED_AS_RE.finditer(text),
    ):
        found |= {stem(w) for w in WORD_RE.findall(normalize(match["x"]))}
    return frozenset(found)


def successors(text: str) -> frozenset[str]:
    """The stems of the names a fact gives as what replaced something.

    >>> sorted(successors("The paper ledger was replaced by BookMaster 2.1, a DOS program."))
    ['2.1', 'bookmast']
    >>> sorted(successors("In 2019 the SOC replaced RTIR with TheHive."))
    ['thehiv']
    >>> sorted(successors("Arthur retired and handed the dairy to his daughter, Margaret Hale."))
    ['hale', 'margaret']
    >>> sorted(successors("Dougie retired, and his sister Ruth Marsland succeeded him."))
    ['marsland', 'ruth']
    """
    return frozenset(
        stem(w)
        for found in (_SUCCESSOR_RE, _HANDED_TO_RE, _SUCCEEDED_THEM_RE)
        for match in found.finditer(text)
        for w in WORD_RE.findall(normalize(match["x"]))
    )


def counted(tokens: Sequence[str]) -> frozenset[str]:
    """The stems of the words a count stands before ("grown to 100 member riders", "46
    staff", "five turbines"); a year is no count.

    >>> sorted(counted(["by", "2012", "the", "station", "employed", "46", "staff"]))
    ['staff']
    """
    found: set[str] = set()
    for index, token in enumerate(tokens):
        if (token.isdigit() and not is_year(token)) or token in _COUNT_WORDS:
            found.update(stem(t) for t in tokens[index + 1 : index + 1 + COUNTED_WORDS])
    return frozenset(found)


_COUNT_WORDS = frozenset(lexicon.NUMBER_NAMES.values()) | {"dozen", "dozens", "several"}
COUNTED_WORDS = 2  # "100 member riders": the count's noun may come a word later


def families(words: frozenset[str]) -> frozenset[str]:
    """The version families a fact's dotted numbers belong to: "3.11.4" is in 3 and 3.11; and
    the model families of its numbered names: "PA-28-161" is a PA-28."""
    found: set[str] = set()
    for word in words:
        if "." in word:
            parts = word.split(".")
            found.update(".".join(parts[:n]) for n in range(1, len(parts)))
        if "-" in word:
            parts = word.split("-")
            if len(parts) > 2 and any(c.isdigit() for c in word):
                found.update("-".join(parts[:n]) for n in range(2, len(parts)))
    return frozenset(found)


def sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def positions(sentences: list[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """Where each stem stands: sentence ``k``, word ``i`` is ``k * SENTENCE_GAP + i``, so
    words of different sentences are never near each other."""
    found: dict[str, list[int]] = {}
    for k, tokens in enumerate(sentences):
        for index, token in enumerate(tokens):
            spot = k * SENTENCE_GAP + index
            found.setdefault(stem(token), []).append(spot)
            if "." in token:  # "4.0" and "3.11.4" stand where "4" and "3.11" would
                parts = token.split(".")
                for n in range(1, len(parts)):
                    found.setdefault(".".join(parts[:n]), []).append(spot)
    return {key: tuple(value) for key, value in found.items()}


def numbered_otherwise(view: FactView, name: str, number: str) -> bool:
    """Tell whether a fact gives the name another number than the question does: "MERFLOW 3
    went live" is not MERFLOW 4, though it tells of alerts "in four languages"."""
    after = {spot + 1 for spot in view.positions.get(name, ())}
    if not after:
        return False
    given = [s for s, spots in view.positions.items() if s[0].isdigit() and after & set(spots)]
    return bool(given) and number not in given


def proximity(
    content: list[Resolved],
    found: list[float],
    view: FactView,
    standing: list[frozenset[str]] | None = None,
) -> float:
    """The share of neighbouring question terms that stand near each other in the fact;
    ``standing`` is each term's ``standing_for``, when the caller has it already."""
    where = view.positions
    spots = [
        (_spots(s, where) if f else None)
        for s, f in zip(standing or map(standing_for, content), found, strict=True)
    ]
    near = sum(1 for a, b in itertools.pairwise(spots) if a and b and _near(a, b))
    return near / max(1, len(content) - 1)


def standing_for(r: Resolved) -> frozenset[str]:
    """The stems that stand for a question term in a fact: the term's own, its other forms
    ("led" for "lead") and longer stems ("consultation"). Not its synonyms: measured, they
    make more words near than they should."""
    return r.stems | r.forms | r.related | r.alike


_SUCCEEDING = stem("succeed")  # the token a question's "took over from" is read as


def credit_other_tellings(
    query: Query,
    content: list[Resolved],
    views: dict[int, FactView],
    found_by_row: dict[int, list[float]],
) -> None:
    """Credit, in ``found_by_row``, the event words a fact tells in other words than the
    question's: a deal from the other side, a thing given up by what replaced it."""
    # "When did Halden buy us?": "the family sold the firm to Halden" tells the same deal, and
    # "who bought the park off the Ashworths?" is told by "the Ashworths sold the park to
    # Lakeside Leisure", whoever the buyer
    if query.actor or query.qtype == "who":
        for i, r in enumerate(content):
            converse = converses_of(r.groups)
            for rowid, view in views.items() if converse else ():
                found = found_by_row[rowid]
                if found[i] < 1.0 and (
                    from_other_side(view, query.actor, converse)
                    if query.actor
                    else bool(view.groups & converse)
                ):
                    found[i] = max(found[i], SYNONYM_CREDIT * r.credit)
    # "When did we ditch Unity?": a fact that left Unity for something else tells of it.
    # ... and "when did we leave the Corn Exchange?" by "moved from the Corn Exchange to ..."
    # ... and "what did the group switch to from the paper registers?" by "... instead of the
    # old paper registers"
    endings = [
        i
        for i, r in enumerate(content)
        if r.kinds & ENDING_KINDS or r.groups & _LEAVE or r.stems & _SWITCH
    ]
    others = [r for i, r in enumerate(content) if i not in endings]
    for rowid, view in views.items() if endings else ():
        if view.left and any(r.stems & view.left for r in others):
            found = found_by_row[rowid]
            for i in endings:
                found[i] = max(found[i], content[i].credit)
    # "When did we switch to sessions on Zoom?": "stopped meeting in person and ran sessions
    # on Zoom instead" tells of a switch, as does "replaced the registers with an app"
    switching = [i for i, r in enumerate(content) if r.stems & _SWITCHING]
    for rowid, view in views.items() if switching else ():
        if view.stems & _SWITCHED:
            found = found_by_row[rowid]
            for i in switching:
                found[i] = max(found[i], SYNONYM_CREDIT * content[i].credit)
    # "When did Claire take over from her dad?": a fact that tells of her taking the role
    # tells of it, however it words it ("became managing director", "handed the shop to")
    taking = [i for i, r in enumerate(content) if _SUCCEEDING in r.stems]
    for rowid, view in views.items() if taking else ():
        if tells_of_taking(view.fact) or tells_of_handover(view.fact):
            found = found_by_row[rowid]
            for i in taking:
                found[i] = max(found[i], SYNONYM_CREDIT * content[i].credit)
    # "When did Cwm Ddu get finished?": a span ("built between May 2016 and November 2018")
    # tells when it finished, whatever its words
    finished = [
        i for i, r in enumerate(content) if r.kinds & ENDING_KINDS or r.groups & (_FINISH | _END)
    ]
    for rowid, view in views.items() if finished else ():
        if view.fact.until is not None:
            found = found_by_row[rowid]
            for i in finished:
                found[i] = max(found[i], KIND_CREDIT * content[i].credit)
    # "When was the second flood?": "the river flooded the site again" says it was
    seconds = [i for i, r in enumerate(content) if r.term.word == "second"]
    for rowid, view in views.items() if seconds else ():
        if "again" in view.words:
            found = found_by_row[rowid]
            for i in seconds:
                found[i] = max(found[i], content[i].credit)


def from_other_side(view: FactView, actor: frozenset[str], converse: frozenset[int]) -> bool:
    """Tell whether the fact tells the deal the question asks about from the other side:
    "The family sold the firm to Halden" for "when did Halden buy us?", where the one who
    bought stands after the seller's verb. "Halden sold the firm" is no such telling."""
    where = view.positions
    verbs = [
        p
        for s, spots in where.items()
        if groups_of(s) & converse
        for p in spots
        if p < SENTENCE_GAP
    ]
    doers = [p for p in _spots(actor, where) if p < SENTENCE_GAP]
    return bool(verbs and doers) and min(doers) > min(verbs)


def acts_on(view: FactView, subject: frozenset[str], verb: Resolved) -> bool:
    """Tell whether the fact has the subject do the verb ("The club founded a women's team"),
    or uses the verb only to describe ("the privatised VNR Group"), where the question has it
    done to the subject ("when was the club founded?").

    Only the fact's own text counts, and a passive use of the verb anywhere in it settles the
    matter the other way ("The club was founded as ...").
    """
    where = view.positions
    spots = [p for p in _spots(verb.stems | verb.forms, where) if p < SENTENCE_GAP]
    if not spots:
        return False
    articles = {p for s in _ARTICLE_STEMS for p in where.get(s, ()) if p < SENTENCE_GAP}
    if all(p - 1 in articles for p in spots):
        return True  # "the privatised VNR Group": a description, not the event
    helpers = [p for s in _BE_STEMS for p in where.get(s, ()) if p < SENTENCE_GAP]
    if any(p - VOICE_WINDOW <= h < p for p in spots for h in helpers):
        return False
    before = [p for p in _spots(subject, where) if p < SENTENCE_GAP]
    for p in spots:
        if not any(p - SUBJECT_WINDOW <= b < p for b in before):
            continue
        # "MOP-7 in Tunis adopted the Tunis Protocol": the whole subject is what it was done to
        ahead = all(_stands(where, s, p - SUBJECT_WINDOW, p) for s in subject)
        behind = all(_stands(where, s, p + 1, p + 1 + SUBJECT_WINDOW) for s in subject)
        if ahead or not behind:
            return True
    return False


def _stands(where: dict[str, tuple[int, ...]], key: str, lo: int, hi: int) -> bool:
    """Tell whether the stem stands somewhere from ``lo`` up to, not including, ``hi``."""
    return any(lo <= spot < hi for spot in where.get(key, ()))


def _first_of_its_kind_is(tokens: Sequence[str], index: int, noun: Resolved) -> bool:
    """Tell whether "first <word>, a ..." goes on to say it was one of the noun asked: "the
    group's first vehicle, a second-hand twelve-seat Commer minibus", asked of a bus."""
    if tuple(tokens[index + 2 : index + 4]) not in ((",", "a"), (",", "an")):
        return False
    for token in tokens[index + 4 : index + 4 + APPOSITION_WORDS]:
        if token in (",", ".", ";"):
            return False
        word = token.lower()
        if stem(word) in noun.stems or any(
            len(word) > len(s) + 2 and word.endswith(s) for s in noun.stems
        ):
            return True
    return False


def says_first(
    view: FactView, noun: Resolved, asked: frozenset[str] = frozenset(), *, narrowed: str = ""
) -> bool:
    """Tell whether the fact calls itself the first of a kind: "first" (or "debut",
    "inaugural") just before the noun an order word qualifies ("the first Harrowmere
    Festival"), and not the first of a narrower kind ("the first release to run on Windows",
    "the first version Torvalds considered ready"), unless the narrowing is what was asked:
    "the first village to get a live fibre connection", asked with "fibre" in ``asked``; or
    the question narrows it too: "our first proper clubroom" (``narrowed`` is the stem of
    "proper") is "its first permanent clubroom", and not "its first clubroom" unless the
    fact holds the narrowing word elsewhere ("the practice's first nurse")."""
    tokens = view.tokens  # "debut album, Night Ferries"
    for index in view.firsts:
        if any(t.lower() in _PLACING for t in tokens[max(0, index - FIRST_PLACED) : index]):
            continue  # "won it for the second time, seventeen years after its first win"
        if _first_of_its_kind_is(tokens, index, noun):
            return True  # "the group's first vehicle, a second-hand Commer minibus"
        if _standing_alone(tokens, index) and any(
            stem(t.lower()) in noun.stems for t in tokens[max(0, index - FIRST_BACK) : index]
        ):
            return True  # "the steam gala at Brackenford, the society's first"
        for gap in (1, 2, 3):
            between = tokens[index + gap - 1] if gap > 1 and index + gap - 1 < len(tokens) else ""
            if (
                gap > 1
                and not (narrowed and gap == 2)
                and not between[:1].isupper()
                and stem(between.lower().split("-")[0]) not in asked
                and between.lower() not in _TITLE_HEADS  # "its first head coach": its coach
                and between.lower() not in _NOT_NARROWING  # "its first recorded rescue"
            ):
                # "its first commissioned opera": a narrower first; "first Harrowmere ...",
                # "the first Steel City Hack"; "the first steel-hulled boat", asked of the
                # first boat built in steel
                break
            noun_at = tokens[index + gap].lower() if index + gap < len(tokens) else ""
            if noun_at and stem(noun_at.split("-")[0]) in noun.stems:  # "editor-in-chief"
                after = tokens[index + gap + 1] if index + gap + 1 < len(tokens) else ""
                # ("the first coordinator, an unpaid role" is no first *paid* coordinator)
                plain = bool(narrowed) and gap == 1 and narrowed not in view.stems
                clause = tokens[index + gap + 2 : index + gap + 2 + NARROWING_WORDS]
                # ("the first panel stitched entirely by newer members": a narrower first,
                # unless the question says so too)
                told = (
                    is_participle(after.lower())
                    and bool(clause)
                    and clause[0].lower() in _PARTICIPLE_GOES_ON
                    and not asked & {stem(t.lower()) for t in (after, *clause)}
                )
                if (
                    after.lower() not in _NARROWING
                    and not after[:1].isupper()
                    and not plain
                    and not told
                ):
                    return True
                if (
                    after.lower() in ("on", "in")
                    and clause
                    and _dated(clause[0])
                    and not narrowed
                    and view.fact.until is None  # ("from the first round in April through")
                ):
                    return True  # "its first mission on 14 March 1994": when, not which
                if after.lower() in _NARROWING and asked & {stem(t.lower()) for t in clause}:
                    # "the first village to get fibre", "the first peal on the new ring of
                    # eight": narrowed as the question narrows it
                    return True
    return False


def tells_first_doing(view: FactView, doing: Resolved, asked: frozenset[str]) -> bool:
    """Tell whether the fact says the question's doing happened for the first time: "grey
    seals pupped on Blackstane Ness for the first time", asked "when did seals first pup on
    Blackstane Ness?"; not "the All-Stars played abroad for the first time", a narrower first,
    asked of the first bout played in public (the words between are all the question's own)."""
    tokens = [t.lower() for t in view.tokens]
    for index, token in enumerate(tokens):
        if stem(token) not in doing.stems:
            continue
        for at in range(index + 1, min(index + 1 + FIRST_TIME_GAP, len(tokens))):
            if tokens[at : at + 4] == ["for", "the", "first", "time"]:
                return True
            if tokens[at] not in lexicon.STOPWORDS and stem(tokens[at]) not in asked:
                break  # a word of its own between: a narrower first, or another clause
    return False


def _standing_alone(tokens: tuple[str, ...], index: int) -> bool:
    """Tell whether the "first" at ``index`` stands for a noun said before it: ", the
    society's first," ends a phrase ("its first ever" too)."""
    after = tokens[index + 1 : index + 2]
    before = tokens[index - 1].lower() if index else ""
    owned = before in ("its", "their", "our", "the") or before.endswith(("'s", "’s"))
    return owned and (not after or after[0] in (",", ".", ";") or after[0].lower() == "ever")


_TITLE_HEADS = frozenset(("head", "chief", "principal"))
# Words between "first" and its noun that narrow nothing: the first recorded rescue was the
# first rescue, as far as anyone can tell
_NOT_NARROWING = frozenset("recorded known documented ever actual real official".split())


def _dated(token: str) -> bool:
    """Tell whether a word starts a date: a number or a month ("14 March", "June 2019")."""
    return token[:1].isdigit() or token.capitalize() in MONTH_NAMES


def _spots(stems: frozenset[str], where: dict[str, tuple[int, ...]]) -> Sequence[int]:
    if len(stems) == 1:
        for only in stems:
            return where.get(only, ())
    return sorted(i for s in stems for i in where.get(s, ()))


def _near(a: Sequence[int], b: Sequence[int]) -> bool:
    """Tell whether two sorted lists of positions hold two within the window of each other."""
    i = j = 0
    while i < len(a) and j < len(b):
        if abs(a[i] - b[j]) <= PROXIMITY_WINDOW:
            return True
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return False


def _lettered_on(word: str, names: frozenset[str]) -> bool:
    """Tell whether a name goes on from this one in letters ("argon2": "argon2id")."""
    return any(n.startswith(word) and n[len(word) :].isalpha() for n in names)


def term_match(r: Resolved, view: FactView) -> float:
    if r.exact:
        word = r.correction or r.term.word  # ("meridain-2": the base's "meridian-2")
        if word in view.words or (word[-1] == "s" and word[:-1] in view.words):
            return 1.0  # the id as written, or as its plural ("the F27s")
        if (lexicon.NUMBER_NAMES.get(word) or lexicon.ORDINAL_NAMES.get(word, "")) in view.words:
            return 1.0  # "1 million" is "one million"
        if word + ".0" in view.words or word + ".0.0" in view.words:
            return 1.0  # "Forge 4" is Forge 4.0
        if word.isdigit() and ordinal_of(word) in view.words:
            return 0.85  # "when did we hit 5000 bikes": "its 5,000th bike"
        if (count := count_of(word)) and count in view.words:
            return 0.85  # "when did alan do his 500th run": "to complete 500 runs"
        if word in view.families or (word[-1] == "s" and word[:-1] in view.families):
            return 0.85  # "3" names 3.0, 3.4 ...; "the PA-28s" names PA-28-161s
        if word[-1].isdigit() and not word.isdigit() and _lettered_on(word, view.words):
            return 0.85  # "argon2" names Argon2id
        split = ALNUM_RE.fullmatch(r.term.word)
        if split is None and (measured := MEASURED_RE.fullmatch(r.term.word)):
            # "the 7m dish" is the 7-metre dish: the number, then a word the unit starts
            letter, spots = measured["unit"][0], view.positions.get(measured["number"], ())
            after = {p - 1 for s, at in view.positions.items() if s[0] == letter for p in at}
            return 0.85 if after & set(spots) else 0.0
        if split is None or split["number"] not in view.words:
            return 0.0
        # "ie6" is "Internet Explorer 6": the number, with the name's initials or its start
        name = split["name"]
        if len(name) == 1:  # a lone letter starts too many words: it must start the one
            # just before the number ("v1" is "version 1"; "E2" is no "energy ... No. 2")
            after = {p + 1 for s, spots in view.positions.items() if s[0] == name for p in spots}
            return 0.85 if after & set(view.positions.get(split["number"], ())) else 0.0
        return 0.85 if any(w == name or w.startswith(name) for w in view.words) else 0.0
    if r.stems & view.stems:
        return r.credit
    if r.forms & view.stems:
        return FORM_CREDIT * r.credit
    if r.groups & view.groups:
        return SYNONYM_CREDIT * r.credit
    if r.related & view.stems:
        return PREFIX_CREDIT * r.credit
    if r.alike & view.stems:
        return ALIKE_CREDIT * r.credit
    if r.near & view.stems:
        return NEAR_CREDIT * r.credit
    if r.kinds & view.kinds:
        return KIND_CREDIT * r.credit
    return 0.0


# A common building ("the village school"), a place to hold or keep things in
_BUILDING = (
    r"(?:school|hall|church|chapel|pub|inn|library|barn|marquee|warehouse|basement|cellar|"
    r"museum|theatre|hotel|centre|gym|pavilion|clubhouse|schoolroom|vestry|institute|garage|"
    r"farmhouse|kitchen|front room|back room|block|hut|shed|building|premises|unit|store|"
    r"depot|workshop|studio|arches|stables|annexe|cottage)\b"
)
# A place: a capitalised name after a preposition of place, or a word that names a place.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PLACE_RE = re.compile(
    r"\b(?:in|at|on|from|to|near|into|outside|inside|across|between|above|beside|along)"
    # ("in Leeds", "at 14 Station Road", "in a cupboard of the University of Leeds", "in the
    # back room of the Anchor Inn")
    r"\s+(?:the\s+|\d+[a-z]?\s+|(?:an?|the)\s+(?:[a-z]+\s+){1,2}?(?:of|at|in)\s+(?:the\s+)?)?(?!(?:"
    + "|".join(
        n
        for n in (
            *MONTH_NAMES,
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
            *WEEKDAYS,
        )
    )
    + r")\b)[A-Z][\w\-]+"
    r"|\b(?:city|capital|headquarters|stadium|venue|office|campus|hosted|moved to)\b"
    # ... or a home, however plain ("working out of a borrowed portakabin")
    r"|\b(?:based|working|worked|operating|operated|run|ran|housed) (?:out of|from) (?:an?|the)\b"
    # ... or a name that says it is a place, wherever it stands ("and neighbouring Kelsall Park")
    r"|\b[A-Z][\w'-]+ (?:Park|Road|Street|Lane|Square|Avenue|Quay|Wharf|Gardens|Centre|Center|"
    r"Arena|Stadium|Meadows?|Common|Station|Hall|Hill|Green)\b"
    # ... or a common building named as where it was ("held in the village school")
    r"|\b(?:held|was|were|met|meet|meeting|staged|opened|started|founded|based) (?:in|at) "
    rf"(?:the|a|an|our) (?:[a-z]+ )?{_BUILDING}"
    # ... or moved into ("moved out of the wrecked hut into the old brick piggery block")
    rf"|\b(?:moved|relocated|transferred)\b[^.;]{{0,60}}?\binto (?:the|a|an|our|its|their) "
    rf"(?:[a-z][\w'-]* ){{0,3}}?{_BUILDING}"
)
_PERSON_ROLES = lexicon.PERSON_NOUNS
# Last (or first) words of the names of bodies, works and places, which name no one.
_NOT_PEOPLE = frozenset(
    """
    foundation society council committee records ventures group company inc ltd llc plc corp
    university college school institute academy park street road lane avenue square hall
    court hospital infirmary station airport line bridge centre center museum library theatre
    theater stadium ground labs lab software systems services studio studios games media press
    bank agency authority commission department ministry office party union league club fc cup
    championship award awards prize festival conference summit project programme program act
    treaty river lake valley mountain island bay north south east west new national royal
    international global digital airlines airways railways rail transport health trust fund
    capital partners network networks technologies solutions foods brewing guild guilds
    federation alliance institution british english scottish welsh irish american european
    """.split()
)


_TAKING_WORDS_RE = re.compile(
    r"\b(?:took|take[ns]?|became|become|appointed|elected|hired|named|succeeded|replaced|"
    r"start(?:ed)?|began|joined|new)\b"
)


def takes_in_period(query: Query) -> bool:
    """Tell whether a question asks who took something on in a period ("who took over as
    chair in 2001?"), rather than who held it then."""
    return (
        query.qtype == "who"
        and query.time is not None
        and query.time.relation == "in"
        and bool(_TAKING_WORDS_RE.search(query.text))
    )


def weighs_time(query: Query) -> bool:
    """Tell whether a fact's period is weighed against the question's: "in 2016", and "by
    2010" in a count ("how many clubs were in the league by 2010": the count of that year)."""
    return query.time is not None and (
        query.time.relation == "in"
        or (query.qtype == "how_many" and query.time.relation == "until")
    )


def time_fit(query: Query, fact: Fact) -> float:
    """Favour the fact whose period best matches the period the question names."""
    if query.time is None or not weighs_time(query):
        return 0.0
    asked, period = query.time.period, fact.period
    if (
        query.qtype == "who"
        and period.start <= asked.start
        and asked.end <= period.end
        and not _TAKING_WORDS_RE.search(query.text)
    ):
        # "Who chaired it in 2002?": whoever held the post all through ("who took over in
        # 2007" asks who began then)
        return TIME_FIT_POINTS
    overlap = (min(asked.end, period.end) - max(asked.start, period.start)).days + 1
    union = (max(asked.end, period.end) - min(asked.start, period.start)).days + 1
    # What began in the period happened then; a span that runs into it only went on then.
    began = TIME_START_POINTS if asked.start <= period.start <= asked.end else 0.0
    return TIME_FIT_POINTS * max(0, overlap) / union + began


# A place named in a fact as an answer: a capitalised name after "in/at/near" that is not a
# month or a day.
_NAMED_PLACE_RE = re.compile(
    r"\b(?:in|at|on|near)\s+(?:the\s+)?(?!(?:" + "|".join((*MONTH_NAMES, *WEEKDAYS)) + r")\b)"
    r"([A-Z][\w'-]+(?:\s+(?:of\s+)?[A-Z][\w'-]+)*)"
)


def named_places(text: str) -> list[str]:
    """The places a fact names, in order: "at Ancoats Works in Manchester" names Ancoats
    Works and Manchester."""
    return [m[1] for m in _NAMED_PLACE_RE.finditer(text)]


def forms_of(fact: Fact) -> frozenset[str]:
    """The answer forms a fact can give: a number, a person, a place, a span of time."""
    text = fact.text
    lower = " " + text.lower() + " "
    forms = set()
    if _counts(text) or _NUMBER_WORDS_RE.search(lower):
        forms.add("how_many")
    tokens = _WORD_RE.findall(text)
    # Two capitalised words in a row name someone ("Grace Adeyemi was appointed..."), unless
    # they name a body or a place ("the Corvid Software Foundation", "Kestrel Park"); a role
    # ("editor", "chief") names someone too.
    pair = bool(named_pairs(tokens))
    if pair or _PERSON_ROLES & {t.lower() for t in tokens} or _won_by_name(text):
        forms.add("who")
    if _PLACE_RE.search(text):
        forms.add("where")
    if fact.until is not None or DURATION_RE.search(text):
        forms.add("how_long")
    if _CAUSE_RE.search(text):
        forms.add("cause")
    if _GIVES_NAME_RE.search(_HONOURED_RE.sub(" ", text)):
        forms.add("name")
    if any(m["name"] not in _NOT_DESCRIBED for m in _DESCRIBES_RE.finditer(text)):
        forms.add("description")
    return frozenset(forms)


# A thing described as it is named: "Millbrook Yard, an HO scale switching layout, ..."
_DESCRIBES_RE = re.compile(r"\b(?P<name>[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*, an? [a-zA-Z]")
_NOT_DESCRIBED = frozenset((*MONTH_NAMES, "In", "On", "By", "Then", "Later", "Soon", "Also"))


# A name given: "a sheet called Running Boards", "opened as the Anvil Café", "the “Sails for
# Jenny” appeal"
_NAMING_WORDS = (
    r"called|named|renamed|known as|titled|dubbed|christened|nicknamed|branded|under the name"
)
_GIVES_NAME_RE = re.compile(
    rf"\b(?:{_NAMING_WORDS})\s+(?:(?:it|them|her|him)\s+)?(?:the\s+)?[\"'“‘]?[A-Z0-9]|"
    r"\bname (?:to|as)\s+(?:the\s+)?[A-Z]|"  # "changed its name to Kelsford Tree Trust"
    r"\b(?:as|became|becoming)\s+(?:the\s+)?[A-Z][\w'’-]+|"
    # "launched Purple Hill Gin": a new thing comes with its name
    r"\b(?:launched|introduced|unveiled|released|debuted)\s+(?:the\s+|its\s+|their\s+)?"
    r"[A-Z][\w'’-]+|"
    r"[\"“][A-Z][^\"”]{1,50}[\"”]|"
    # "The Tea Interval, a café overlooking the lanes, opened": a name, then what it names
    r"^The [A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|of|and|on))*, (?:a|an) (?![A-Z])|"
    # "The yard's first slipway, the Kiln Slip, was built": a thing, then its name (and "the
    # society's newsletter, The Fellbrook Bell, was run off", "The" and all)
    r"\b[a-z]+, [Tt]he [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,"
)


# The names a fact gives ("renamed the Ashmoor Hawks", "founded as Millbrook Ironworks FC"),
# and the ones it says came before ("the Ashmoor Eagles were renamed", "from 'Tolhurst
# Ropewalk' to ...", "formerly Gateway Engineering")
_NAME_RUN = (
    r"[\"'“‘]?(?P<name>[A-Z0-9][\w'’.&-]*(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[A-Z0-9][\w'’.&-]*)*)"
)
_GIVEN_NAME_RE = re.compile(
    rf"\b(?:{_NAMING_WORDS}|name (?:to|as)|as|became|becoming)\s+(?:the\s+)?"
    + _NAME_RUN
    + r"|[\"“](?P<quoted>[A-Z][^\"”]{1,50})[\"”]"
)
_EARLIER_NAME_RE = re.compile(
    r"\b(?:renamed|name|names|rebranded|renaming) from\b|"
    r"\bfrom\s+(?:the\s+)?[\"'“‘]?[A-Z][^,;.]{0,60}?\bto\s+(?:the\s+)?[\"'“‘]?[A-Z]|"
    r"\b(?:formerly|previously|originally|once) (?:called |named |known as )?(?:the\s+)?"
    r"[\"'“‘]?[A-Z]|"
    r"\bunder the (?:old )?name\b|"
    r"\b(?:until|till) then (?:called|named|known as)\b|"
    # "voted to rename Calder Valley Community Press as Riverprint Co-operative"
    r"\b(?:rename|renames|renamed|renaming|rebrand|rebrands|rebranded)\s+(?:the\s+)?[A-Z]"
    r"[^,;.]{0,60}?\s+(?:as|to)\s+(?:the\s+)?[\"'“‘]?[A-Z]|"
    r"[A-Z][\w'’.-]*[\"'”’]?\s+(?:was|were|had been|got)\s+renamed\b"
)


def gives_other_name(text: str, later: Set[str]) -> bool:
    """Tell whether a fact gives a name besides the later one a question knows ("what was
    Kestrel originally called?": "founded as Millbrook Ironworks FC" does, "changed its name
    to Kestrel Athletic FC" does not).

    >>> gives_other_name("The club changed its name to Kestrel Athletic FC.", {"kestrel"})
    False
    >>> gives_other_name("The Ashmoor Eagles were renamed the Ashmoor Hawks.", {"hawks"})
    True
    >>> gives_other_name("It was founded as Millbrook Ironworks FC.", {"kestrel"})
    True
    """
    if _EARLIER_NAME_RE.search(text):
        return True
    for found in _GIVEN_NAME_RE.finditer(text):
        name = found["name"] or found["quoted"]
        if not later <= set(words(name)):
            return True
    return False


# An honour is no name: "was named Community Project of the Year"
_HONOURED_RE = re.compile(r"\bnamed (?:as )?(?:the )?(?:[A-Z][\w'’-]* ){1,5}of the Year\b")


def named_pairs(tokens: Sequence[str]) -> list[tuple[str, str]]:
    """Two capitalised words in a row that may name someone ("Grace Adeyemi"), not a body or
    a place ("the Corvid Software Foundation", "Kestrel Park")."""
    return [
        (a, b)
        for a, b in itertools.pairwise(tokens)
        if a[:1].isupper()
        and b[:1].isupper()
        and a.lower() not in lexicon.STOPWORDS
        and not _NOT_PEOPLE & {a.lower(), b.lower()}
    ]


def names_someone_else(fact: Fact, asked: set[str]) -> bool:
    """Tell whether a fact names someone other than what the question names: "The Great Bath
    restoration won a Civic Trust Award" names no one to answer "who designed the Great Bath
    restoration?" (but "restored by the architects Pell & Varley" does, by its role word)."""
    tokens = _WORD_RE.findall(fact.text)
    if _PERSON_ROLES & {t.lower() for t in tokens}:
        return True
    if _won_by_name(fact.text, asked):
        return True  # (not "Holbeck Slab won the Letterform Prize", asked who drew it)
    return any(not {a.lower(), b.lower()} <= asked for a, b in named_pairs(tokens))


# One name that won ("Saltby won the inaugural title"): a club or a firm answers "who won"
_WINNER_RE = re.compile(r"\b([A-Z][a-z]+) (?:won|beat|defeated|retained|lifted|claimed)\b")


def _counts(text: str) -> bool:
    """Tell whether a text holds a number other than its dates ("46 clubs", "version 2";
    not "in June 2011" or "on 9 May 1987")."""
    if not is_identifier(text):
        return False
    return any(not is_year(n) for n in _NUMBER_RE.findall(_DAY_OF_MONTH_RE.sub(" ", text)))


_NUMBER_RE = re.compile(r"\d(?:[\d.,]*\d)?")
_DAY_OF_MONTH_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{'|'.join(MONTH_NAMES)})\b|"
    rf"\b(?:{'|'.join(MONTH_NAMES)}) \d{{1,2}}(?:st|nd|rd|th)?\b"
)


def _won_by_name(text: str, asked: Set[str] = frozenset()) -> bool:
    """Tell whether a name won something ("Saltby won the inaugural title"; not "They won"),
    other than one of the ``asked`` words."""
    return any(m[1].lower() not in lexicon.STOPWORDS | asked for m in _WINNER_RE.finditer(text))


# A fact that gives a cause: "the report blamed ice on the wings", "caused by a faulty fan"
_CAUSE_RE = re.compile(
    r"\b(?:because|due to|caused|causing|blamed|blaming|triggered|sparked|result of|owing to|"
    r"traced to|attributed to|led to|faulty|fault|started by|in protest)\b",
    re.IGNORECASE,
)


# A length of time written in a fact: "for 47 minutes", "three weeks", "after 68 years".
DURATION_RE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|an?|"
    + "|".join(sorted(set(lexicon.NUMBER_NAMES.values()) - {"zero"}, key=len, reverse=True))
    + r"|a few|several|a couple of)\s+(?:full\s+)?(?:second|minute|hour|day|week|month|year|"
    r"decade)s?\b",
    re.IGNORECASE,
)


def type_fit(query: Query, forms: frozenset[str]) -> float:
    if query.naming:  # "what was the café called?": a fact that gives it a name
        return NAMING_POINTS if "name" in forms else 0.0
    if query.describing:  # "what scale is Tregarth Quay?": a fact that says what it is
        return DESCRIBING_POINTS if "description" in forms else 0.0
    fits = query.qtype in forms
    if query.qtype in ("how_long", "how_many"):
        return 4.0 if fits else -COUNT_MISFIT
    if query.qtype in ("who", "where"):
        return 3.0 if fits else -WRONG_FORM_POINTS
    return 0.0


_NUMBER_WORDS_RE = re.compile(
    r"\b(?:"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|dozen|dozens|several|percent|times"
    r")\b"
)  # "five-member", "three," as well as "five members"
