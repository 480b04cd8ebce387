"""How well each candidate fact answers a question: the 0-100 score and its parts.

The score adds up, per fact: how much of the question's weight its words cover (by the word
itself, another form, a synonym, a longer stem or the kind of event, each counting less), how
much the words it lacks cost, its similarity to the question and its alternate questions
(rapidfuzz, for the best covered few), its bm25 rank, how near the question's words stand to
each other in it, and whether it can give the answer's form (a person, a place, a count) and
time. Rules for who did what (the one replaced, the one acted on) and for order words ("the
first festival" that calls itself so) adjust it. Every part is kept for ``--explain``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot import lexicon, meaning
from bot.choice import LEAVING, Match, tells_of_handover, tells_of_taking
from bot.dates import MONTH_NAMES
from bot.evidence import (
    ALIKE_CREDIT,
    ENDING_KINDS,
    KIND_CREDIT,
    LANDMARKING,
    WEEKDAYS,
    WRONG_FORM_POINTS,
    FactView,
    Resolved,
    acts_on,
    credit_other_tellings,
    gives_other_name,
    leading_date,
    named_places,
    names_someone_else,
    namesake,
    numbered_otherwise,
    proximity,
    says_first,
    sorted_words,
    standing_for,
    tells_first_doing,
    term_match,
    time_fit,
    type_fit,
    weighs_time,
)
from bot.query import Query, destination_of, ending
from bot.text import groups_of, is_lettered, is_participle, kinds_of, opposites_of, stem, words

# The parts of the 0-100 score.
W_COVERAGE, W_SIMILARITY, W_BM25, W_PROXIMITY, W_MISSING = 0.66, 0.14, 0.08, 0.12, 0.4
DESCRIPTIVE_MISSING = 0.57  # share of a missing descriptive word's weight that counts
COMPLEMENT_MISSING = 0.5  # ... and of that, for what a thing was made or became
NAMED_MISSING = 0.5  # what a miss costs a fact holding every id the question names
KIND_MISSING = 0.5  # what a word matched only by its kind of event costs, of a miss
MISSING_WORDS = 4  # a question's words beyond this many count less, missed beside the worst
VOICE_POINTS = 10.0  # the question's subject is the doer in the fact, not the one done to
PREDECESSOR_POINTS = 25.0  # a fact that starts with the one replaced is about them, not the heir
HEIR_POINTS = 25.0  # a fact that says its subject succeeded the one asked about (as sure)
HEIR_LEAVING_POINTS = 20.0  # asked when someone left: a fact where they came after another
IDENTIFIER_MISS = 0.5  # a fact lacking an identifier the question names keeps this share
COUNT_POINTS = 3.0  # a "how many" question's noun is what the fact counts
NAMED_PLACE_POINTS = 20.0  # a "where" fact naming no place but those the question names
FATE_POINTS = 5.0  # a "what happened to X" question, and a fact of an ending or a mishap
CAUSE_POINTS = 5.0  # a "what caused" question, and a fact that gives a cause
SIZE_POINTS = 15.0  # a "how big" question, and a fact that gives a measure
# The roles a holder is asked of ("chair", "coach", "in charge"); a player holds none
HOLDER_WORDS = (
    (lexicon.ROLE_TITLES - {"player"}) | lexicon.ROLE_NOUNS | {"incharge", "helm", "boss"}
)
HOLDER_STEMS = frozenset(stem(w) for w in HOLDER_WORDS)
FIRST_NEAR_MIN = 0.75  # how near in meaning "our first fragrance" must be to "first perfume"
CONTRADICTION_POINTS = 25.0  # the fact says the opposite of what the question asks about
W_EARLY = 6.0
PLACED_CREDIT = 0.5  # an event word a fact names only to place itself after or before it
FUZZY_LIMIT = 8  # candidates, best covered first, that get the fuzzy similarity parts

# The one replaced stands first, and the fact names the heir: "the Carrow Lass was replaced by
# the Kerris", "Rob Feeney handed the junior academy over to Sian Pritchard"
_REPLACED_BY_RE = re.compile(
    r"\b(?:replaced|succeeded|superseded) by\b|"
    r"\bhand(?:ed|s|ing)? (?:over )?(?:[\w'’-]+ ){0,4}?(?:over )?to\b"
)
MOVES = kinds_of([stem("moved")])
# A move told as what was done, not named in passing ("a month after the move to the Hub")
_MOVED_RE = re.compile(
    # ("agreed to move the show to the indoor arena": decided, and done)
    r"\b(?:(?:mov|relocat|migrat|transferr)(?:ed|es|ing)|left|leaves|leaving|to move)\b",
    re.IGNORECASE,
)
# ... or as where it has been since ("since June 2019 the workshop has been based at ...")
_BASED_SINCE_RE = re.compile(
    r"\b(?:has|have) been (?:based|located|housed)\b|\bnow (?:based|located|housed)\b"
    # "Since January 2010 the guild has met in the main hall of ...": where it is now
    r"|\b(?:has|have) (?:met|been meeting|operated|worked|played|trained) (?:in|at|from|on)\b"
    # "Since October 2023 the fair has been held in the Market Square"
    r"|\b(?:has|have) been (?:held|hosted|staged|run) (?:in|at|on)\b",
    re.IGNORECASE,
)


# A move of an event of ours, not of where we are based: "the youth regatta moved from
# Tregenna Beach to the new clubhouse at Gull Point"
_EVENT_MOVED_RE = re.compile(
    r"\b(?:regatta|festival|show|fair|race|gala|rally|concert|competition|contest|match|"
    r"tournament|parade|sale|market|meeting|service|event)s? (?:was |were |had )?"
    r"(?:moved|relocated|transferred|switched)\b",
    re.IGNORECASE,
)


def tells_of_move(view: FactView) -> bool:
    """Tell whether a fact tells of a move as what was done ("the workshop relocated to Mill
    Lane"), not one named in passing ("a month after the move to the Hub")."""
    return bool(view.kinds & MOVES) and _MOVED_RE.search(_told(view.text)) is not None


# A clause that gives a reason or a time after what a fact tells: "the desk closed in March
# 2024 when the hospital's clinics were moved to Fenmouth"
_REASON_RE = re.compile(r"(?<=\w)\s+(?:when|because|as)\s+[^,.;]*", re.IGNORECASE)
# ... and the reason a question gives: "cancelled because of the disease shutting the roads"
_ASKED_REASON_RE = re.compile(
    r"\b(?:because of|due to|owing to|thanks to|on account of)\b.*", re.IGNORECASE
)


def _only_placed_by(r: Resolved, view: FactView) -> bool:
    """Tell whether a fact holds an event word of the question only where it places itself
    after or before that event: as written, or as a synonym ("burn down", to "nine days
    after the fire, the auction restarted in the net loft")."""
    if r.stems <= view.placed_by:
        return True
    if (r.stems | r.forms) & view.stems or not r.groups:
        return False
    synonyms = {s for s in view.stems if groups_of(s) & r.groups}
    return bool(synonyms) and synonyms <= view.placed_by


@lru_cache(maxsize=4096)
def _told(text: str) -> str:
    """A fact's text without the clauses that give a reason for what it tells ("closed when
    the clinics were moved" tells of no move of ours): made once per fact, not per question."""
    return _REASON_RE.sub(" ", text)


# The premises a body is based in, and the words that say it came to them
PREMISES = frozenset(
    stem(w)
    for w in "office headquarters hq premises clubhouse workshop studio unit building warehouse "
    "depot station boathouse clubroom base".split()
)
_HOUSED_RE = re.compile(
    r"\b(?:open|opens|opened|built|bought|moved|moves|relocated|based|housed)\b", re.IGNORECASE
)
PREMISES_OPENING = 6  # premises that open a fact's text are what it tells of


def _houses_us(view: FactView, parts: dict[str, float]) -> bool:
    """Tell whether a fact tells of premises we came to: a move into them, or their opening
    told of them ("the club's new clubhouse was opened"; not "the gallery opened in the
    building", nor "members bought a hut to serve as the clubhouse")."""
    if parts.get("moves"):
        return True
    opening = words(view.text)
    skip = leading_date(opening)
    first = {stem(w) for w in opening[skip : skip + PREMISES_OPENING]}
    return bool(first & PREMISES) and _HOUSED_RE.search(_told(view.text)) is not None


CAUSING = frozenset("caused causes started triggered sparked".split())  # "what ... the fire"
FATES = ENDING_KINDS | kinds_of([stem("damage"), stem("stolen")])
_SUCCESSION = groups_of(stem("succeed")) | groups_of(stem("replace"))


def _narrowed(question: str, noun: str) -> str:
    """The stem of the word a question narrows the first thing it asks for with: "our first
    *proper* clubroom" (which a first "permanent" clubroom answers); "" when it does not."""
    noun = re.escape(noun)
    pattern = rf"\b(?:first|earliest|original|inaugural) (?!{noun}\b)(\w+) {noun}\b"
    found = re.search(pattern, question)
    return stem(found[1]) if found else ""


def _only_as_predecessor(content: list[Resolved], found: list[float], view: FactView) -> bool:
    """Tell whether the fact names someone the question asks about only as the one it says
    was succeeded ("Priya Raman succeeded Desmond Okafor", asked of Desmond)."""
    return any(
        m and r.stems & view.predecessors and not r.stems & view.subject
        for r, m in zip(content, found, strict=True)
    )


def _only_as_successor(content: list[Resolved], found: list[float], view: FactView) -> bool:
    """Tell whether the fact names someone the question asks about only as the one who came
    after ("Dougie retired, and Ruth succeeded him", asked of Ruth)."""
    return any(
        m and r.term.proper and r.stems & view.successors and not r.stems & view.subject
        for r, m in zip(content, found, strict=True)
    )


def _names_only(text: str, named: set[str]) -> bool:
    """Tell whether every place a fact names is one the question names too; a fact that
    names none after "in" or "at" is taken at its names ("The Manchester office closed")."""
    places = named_places(text) or [
        m[0] for m in _NAME_RE.finditer(text, 1) if m[0] not in _CALENDAR_NAMES
    ]
    return bool(places) and all(set(words(p)) <= named for p in places)


_NAME_RE = re.compile(r"\b[A-Z][\w'-]+")
_CALENDAR_NAMES = frozenset((*MONTH_NAMES, *WEEKDAYS))


_ALL_ORDINALS = frozenset(lexicon.ORDINAL_NAMES.values())
_ORDINALS = _ALL_ORDINALS - {"first"}
_POSSESSIVE = frozenset("its their our his her my your".split())
# "how big was the Silver Tern?": a size is asked for, and "21 metres long" gives one (but
# "£1.2m" is no measure)
SIZE_ASKED_RE = re.compile(r"^\W*how (?:big|large|tall|high|heavy|wide|deep|much did \w+ weigh)\b")
MEASURE_RE = re.compile(
    r"(?<![£$€\d.,])\b\d[\d,.]*[ -]?(?:metres?|meters?|m|feet|foot|ft|tonnes?|tons?|kg|"
    r"kilos?|kilograms?|miles?|km|kilometres?|acres?|hectares?|square|cubic|inches|litres?|"
    r"gallons?|storeys?|seats?|berths?)\b",
    re.IGNORECASE,
)
# "how much did it cost", "how much money did we raise": a sum is asked for (not "how much
# snow fell")
_PRICED_RE = re.compile(
    r"\bhow much\b(?:(?! (?:snow|rain|water|land|time|space|ground|damage)\b).)*\b(?:cost|costs|"
    r"pay|paid|give|gave|given|raise|raised|spend|spent|grant|granted|award|awarded|money|"
    r"charge|charged|fund|funding|worth|sell|sold|buy|bought|price|donate|donated|owe|owed|"
    r"lose|lost|invest|invested|borrow|borrowed|loan|fee|fees)\b"
)
_SUM_RE = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|dollars|euros|k\b)")


def asks_a_sum(query: Query) -> bool:
    """Tell whether a question asks how much money ("how much did the canning line cost?")."""
    return query.qtype == "how_many" and bool(_PRICED_RE.search(query.text))


def names_a_sum(text: str) -> bool:
    """Tell whether a fact names a sum of money ("£46,000", "34 billion dollars").

    >>> names_a_sum("IBM completed its 34 billion dollar acquisition"), names_a_sum("1,500 cans")
    (True, False)
    """
    return bool(_SUM_RE.search(text) or _LARGE_SUM_RE.search(text))


_LARGE_SUM_RE = re.compile(
    r"\b\d[\d,.]*\s?(?:thousand|million|billion|bn|m)?\s?(?:pounds?|dollars?|euros?|quid|grand)\b",
    re.IGNORECASE,
)


def first_kind_near(query: Query, r: Resolved) -> tuple[str, ...]:
    """The words near in meaning to the noun a "first" question orders ("our very first
    perfume": "fragrance"), which a fact may call itself the first of; none for other terms."""
    if query.order != "first" or r.term.word not in query.ordered or r.term.light:
        return ()
    return meaning.alike(r.term.word, FIRST_NEAR_MIN)


def rank(
    query: Query,
    resolved: list[Resolved],
    candidates: dict[int, float],
    views: dict[int, FactView],
    aliases: Mapping[str, frozenset[str]] | None = None,
) -> list[Match]:
    """Score each candidate fact (rowid -> bm25 rank, analysed in ``views``) against a
    question, best first. Every part of a score is kept in its ``parts``, for ``--explain``.
    ``aliases`` gives a person's other names by stem ("peg": "alderson"; see bot.people)."""
    aliases = aliases or {}

    def succeeded(named: frozenset[str]) -> bool:
        """Tell whether these stems name the predecessor asked of, by any of their names."""
        return bool(query.predecessor) and all(
            ({p} | aliases.get(p, frozenset())) & named for p in query.predecessor
        )

    if not candidates:
        return []
    best_rank = min((r for r in candidates.values() if r < 0), default=-1.0)
    content = [r for r in resolved if not r.term.weak]
    hints = [r for r in resolved if r.term.weak]
    total = sum(r.weight for r in content) or 1.0
    question = " ".join(r.term.word for r in content)
    asked = sorted_words(query.text)
    # First the cheap parts for every candidate; the fuzzy ones only for the most promising.
    weights = [r.weight / total for r in content]
    found_by_row = {r: [term_match(t, v) for t in content] for r, v in views.items()}
    credit_other_tellings(query, content, views, found_by_row)
    # "what was our very first perfume?": "Our first fragrance, Downland Rain, ..." calls
    # itself the first of a thing near in meaning
    first_near: set[int] = set()
    for i, r in enumerate(content):
        near = frozenset(map(stem, first_kind_near(query, r))) - r.stems
        kin = replace(r, stems=near)
        for rowid, found in found_by_row.items() if near else ():
            if found[i] < r.credit and says_first(views[rowid], kin):
                found[i] = max(found[i], ALIKE_CREDIT * r.credit)
                first_near.add(rowid)
    placed: dict[int, list[int]] = {}  # the event words a fact only places itself by
    # (... unless the question gives them as its own reason: "cancelled because of the
    # disease shutting the roads", to "after the outbreak closed the roads")
    reason = _ASKED_REASON_RE.search(query.text)
    reasons = frozenset(map(stem, words(reason[0], normalized=True))) if reason else frozenset()
    for i, r in enumerate(content):
        if not r.event or (reasons and r.stems <= reasons):
            continue
        for rowid, found in found_by_row.items():
            if found[i] and _only_placed_by(r, views[rowid]):
                found[i] *= PLACED_CREDIT  # "... eighteen months after Saxonbury had shut it"
                placed.setdefault(rowid, []).append(i)
    if not (LANDMARKING | {"by", "near"}) & set(words(query.text, normalized=True)):
        for i, r in enumerate(content):
            for rowid, found in found_by_row.items():
                if found[i] and r.stems and r.stems <= views[rowid].landmarks:
                    found[i] *= PLACED_CREDIT  # "a visitor centre opened beside the Stillhouse"
    for name, number in query.numbered:  # "MERFLOW 4": not the fact about MERFLOW 3
        for i, r in enumerate(content):
            if r.term.word != number:
                continue
            for rowid, found in found_by_row.items():
                if found[i] and numbered_otherwise(views[rowid], name, number):
                    found[i] = 0.0
    if query.asks_cause:  # "what started the fire": "a fire caused by a faulty heater"
        for i, r in enumerate(content):
            if r.term.word in CAUSING:
                for rowid, found in found_by_row.items():
                    if "cause" in views[rowid].forms:
                        found[i] = max(found[i], r.credit)
    destination = query.destination
    if not destination and any(r.correction for r in content):
        # "when did we mvoe to mill lane": the move the asker meant
        fixes = {r.term.word: r.correction for r in content if r.correction}
        destination = destination_of(" ".join(fixes.get(w, w) for w in query.text.split()))
    if destination:  # "switch to EMIS": a move off EMIS does not tell of it
        # (as the asker meant it: "swich to jenkns" is a switch to Jenkins)
        fixed = {r.term.stem: stem(r.correction) for r in content if r.correction}
        destination = frozenset(fixed.get(s, s) for s in destination)
        for rowid, found in found_by_row.items():
            # (all of it: "went up to £15" is not told by "went up from £10")
            if destination <= views[rowid].left:
                for i, r in enumerate(content):
                    found[i] = 0.0 if r.stems & destination else found[i]
    coverage_by_row = {
        r: sum(w * m for w, m in zip(weights, found, strict=True))
        for r, found in found_by_row.items()
    }
    # Best covered first; of equals, the better ranked by the full-text index
    promising = set(
        sorted(coverage_by_row, key=lambda r: (coverage_by_row[r], -candidates[r]))[-FUZZY_LIMIT:]
    )
    standing = [standing_for(r) for r in content]
    # "when did the visitor centre open its café?": a thing of its own the base never names
    unknown = {r.term.word for r in content if not r.known}
    tokens = words(query.text, normalized=True) if unknown else []
    owned = {w for i, w in enumerate(tokens[1:], 1) if tokens[i - 1] in _POSSESSIVE} & unknown
    # Per term, once: what a miss costs, what contradicts it, whether it must match exactly.
    miss_cost = [
        r.weight
        * (
            1.0
            if r.event
            or r.term.proper
            or r.exact
            or r.term.word in owned
            or is_lettered(r.term.word)
            or r.term.word in _ORDINALS  # "the fourth share offer": one of a numbered kind
            else DESCRIPTIVE_MISSING
        )
        * (COMPLEMENT_MISSING if r.term.complement and not r.term.proper else 1.0)
        for r in content
    ]
    # ("start building the terminal": the end that "terminal" names is the question's own)
    asked_groups = frozenset().union(*(r.groups for r in content))
    opposites = [
        opposites_of(r.groups) - asked_groups if not r.term.light else frozenset() for r in content
    ]
    contradicts = any(opposites)
    ordinal = [i for i, r in enumerate(content) if r.term.word in _ORDINALS]
    exact = [r.exact for r in content]
    must_match = any(exact)
    # An id with letters in it ("INC-3317", "v2.4") names one thing; a bare number does not.
    named = [i for i, r in enumerate(content) if r.exact and not r.term.word[0].isdigit()]
    counting = query.qtype == "how_many"
    priced = asks_a_sum(query)
    fits_time = weighs_time(query)
    # "The first CVE": the facts that name a CVE are the ones the order word chooses among.
    head = [i for i, r in enumerate(content) if r.term.word in query.ordered]
    # "our first proper clubroom": a first of a narrower kind is asked for
    # "where was the first hackathon held": the noun says the kind, not what was done to it
    kind = next(
        (content[i] for i in reversed(head) if not is_participle(content[i].term.word)), None
    )
    kind = kind or (content[head[-1]] if head else None)
    doing = kind is None and query.order == "first"
    if doing:
        # "where did the station first broadcast from?": "the first broadcast went out ..."
        kind = next((r for r in content if r.term.word == query.first_doing), None)
    narrowed = _narrowed(query.text, kind.term.word) if kind is not None else ""
    others = frozenset().union(
        *(r.stems for i, r in enumerate(content) if i not in head and not r.term.light)
    )
    # "When was the club founded?": not the fact where the club founded something
    subject, verb = query.passive or (frozenset(), "")
    voiced = next((i for i, r in enumerate(content) if r.term.word == verb), None)
    # A question about someone, not about who replaced them or when they left
    succession = any(r.groups & _SUCCESSION for r in content)
    of_others = not query.predecessor and not ending(query.text) and not succession
    role_asked = any(r.stems & HOLDER_STEMS for r in content)
    # "when did Ruth retire?": not "Dougie retired, and Ruth succeeded him"
    leaving_asked = ending(query.text) and not succession
    homing = query.where_now
    sized = SIZE_ASKED_RE.match(query.text) is not None
    spoken = set(words(query.text, normalized=True)) if query.qtype in ("where", "who") else set()
    where_named = spoken if query.qtype == "where" else set()
    who_named = spoken if query.qtype == "who" else set()
    # "where are we based now?" (no word of its own): where our premises are, not where an
    # event or an activity of ours moved to
    housing = homing and all(r.term.light for r in content)
    # What each miss but the worst costs: half, and less in a long question, whose other
    # words are mostly how it is said ("my nan was asking over Sunday dinner - when did ...")
    rest = 0.5 * min(1.0, MISSING_WORDS / max(1, len(content)))
    matches = []
    for rowid, view in views.items():
        found = found_by_row[rowid]
        coverage = coverage_by_row[rowid]
        misses = [i for i, m in enumerate(found) if not m]
        # A word matched only by its broad kind of event ("ditch" by "stopped") is half
        # missing: the kind is a hint, not the event the question names.
        vague = [i for i, m in enumerate(found) if 0 < m <= KIND_CREDIT]
        missing = 0.0
        if misses or vague:
            unmatched = [miss_cost[i] for i in misses] + [
                miss_cost[i] * KIND_MISSING for i in vague
            ]
            if named and all(found[i] for i in named):
                # It holds every id the question names ("what caused INC-3317?"): the
                # other words describe that one thing.
                unmatched = [c * NAMED_MISSING for c in unmatched]
            worst = max(unmatched)
            missing = worst + rest * (sum(unmatched) - worst)
        similarity = nearness = lead = 0.0
        if rowid in promising:
            best = process.extractOne(asked, view.questions, scorer=fuzz.ratio)
            similarity = max(
                best[1] if best else 0.0, fuzz.token_set_ratio(question, view.text) * 0.8
            )
            nearness = proximity(content, found, view, standing)
            lead = sum(
                w
                for w, t, m in zip(weights, content, found, strict=True)
                if m and t.stems & view.early
            )
        found_rank = candidates[rowid]
        lexical = found_rank / best_rank if found_rank < 0 else 0.0
        form = type_fit(query, view.forms)
        fit = form + time_fit(query, view.fact) if fits_time else form
        counts_asked = False
        if where_named and form > 0 and _names_only(view.fact.text, where_named):
            fit -= NAMED_PLACE_POINTS  # "where was the Manchester office": not "in Manchester"
        if who_named and form > 0 and not names_someone_else(view.fact, who_named):
            # "who drew Holbeck Slab?": not "Holbeck Slab won a prize", which names no one
            fit -= form + WRONG_FORM_POINTS
        if query.later_name and form > 0 and not gives_other_name(view.fact.text, query.later_name):
            fit -= form  # "what was Kestrel originally called?": not "renamed Kestrel Athletic"
        if query.asks_fate and view.kinds & FATES:
            fit += FATE_POINTS  # "what happened to the old NMR": "it was decommissioned"
        if query.asks_cause and "cause" in view.forms:
            fit += CAUSE_POINTS  # "what caused the crash": "the report blamed ice on the wings"
        if sized and MEASURE_RE.search(view.fact.text):
            fit += SIZE_POINTS  # "how big was the Silver Tern?": "21 metres long"
        if counting and priced:
            # "how much did the council give us?": a sum of money, not "four outdoor courts"
            fit += COUNT_POINTS if _SUM_RE.search(view.fact.text) else 0.0
        elif counting and (
            counts_asked := any(
                m and r.stems & view.counted for r, m in zip(content, found, strict=True)
            )
        ):
            fit += COUNT_POINTS  # "how many riders": "grown to 100 member riders"
        contradicted = contradicts and any(
            opposites[i] & view.acts for i in (*misses, *placed.get(rowid, ()))
        )
        # "the fourth share offer": not "the first community share offer"
        contradicted = contradicted or any(
            i in misses and view.words & _ALL_ORDINALS for i in ordinal
        )
        # "when did Sofia step down as lead?": not "Sofia became team lead", her taking it
        contradicted = contradicted or (
            role_asked
            and any(content[i].groups & LEAVING for i in misses)
            and tells_of_taking(view.fact)
            and not tells_of_handover(view.fact)
        )
        if leaving_asked and view.successors and _only_as_successor(content, found, view):
            # ... which says the opposite, as "became" does of "stepped down", and more surely
            contradicted = True
            fit -= HEIR_LEAVING_POINTS
        if contradicted:
            fit -= CONTRADICTION_POINTS
        if voiced is not None and found[voiced] and acts_on(view, subject, content[voiced]):
            fit -= VOICE_POINTS
        if of_others and view.predecessors and _only_as_predecessor(content, found, view):
            fit -= VOICE_POINTS  # "when did Desmond become chair": not "X succeeded Desmond"
        # ... but "Margaret Calder, Walter's daughter, succeeded" is about Walter's heir
        heir = False
        about_predecessor = (
            bool(query.predecessor & view.subject)
            and not (query.predecessor & view.owners)
            and not (query.predecessor & view.left)  # "Ward 13 was retired"
            and not _REPLACED_BY_RE.search(view.text)  # "the Carrow Lass was replaced by ..."
            and not namesake(view, query.predecessor)  # "Robert Hartwell": not Margaret
            and not tells_of_handover(view.fact)  # "X retired and Y took over"
        )
        if about_predecessor:
            fit -= PREDECESSOR_POINTS  # "who replaced Marcus": not a fact about Marcus
        elif query.predecessor and query.predecessor <= view.successors:
            # "which system replaced BookMaster?": not "the ledger was replaced by BookMaster"
            fit -= PREDECESSOR_POINTS
        elif succeeded(view.predecessors):
            # "who replaced Daniel Okafor": "X ..., succeeding Daniel Okafor" (and "who took
            # over from Peg": "Sohal succeeded Alderson")
            fit += HEIR_POINTS
            heir = True
        elif (
            query.predecessor
            and (query.predecessor <= view.left or query.predecessor <= view.subject)
            and tells_of_handover(view.fact)
        ):
            # "what replaced the Defender": "the Defender was retired, and ..."; "who took over
            # from Alan": "Alan was treasurer until 2001, when he handed the books to Priya"
            fit += HEIR_POINTS
            heir = True
        hint = sum(2.0 for r in hints if term_match(r, view)) if hints else 0.0
        score = 100 * (
            W_COVERAGE * coverage
            + W_SIMILARITY * similarity / 100
            + W_BM25 * lexical
            + W_PROXIMITY * nearness
            - W_MISSING * missing
        )
        score += fit + hint + W_EARLY * lead
        if must_match and any(exact[i] for i in misses):
            score *= IDENTIFIER_MISS
        parts = {
            "coverage": coverage,
            "missing": missing,
            "similarity": similarity / 100,
            "proximity": nearness,
            "bm25": lexical,
            "type_fit": fit,
            "form": form,
            "lead": lead,
            "held": float(len(found) - len(misses)),  # how many of the question's words
        }
        if head:
            parts["head"] = min(found[i] for i in head)
        if query.order == "first" and kind and rowid in first_near:
            parts["says_first"] = 1.0
        elif query.order == "first" and kind and says_first(view, kind, others, narrowed=narrowed):
            parts["says_first"] = 1.0  # "the first festival was held...": its own word
        elif doing and kind and tells_first_doing(view, kind, others):
            # "when did seals first pup there?": "pupped there for the first time"
            parts["says_first"] = 1.0
        if counts_asked:
            parts["counted"] = 1.0  # it counts what a "how many" question asks about
        if about_predecessor:
            parts["predecessor"] = 1.0
        if heir:  # it names the one asked about as the one it succeeded
            parts["heir"] = 1.0
        if contradicted:  # "when did the café close": "the café opened"
            parts["contradicted"] = 1.0
        if (
            homing
            and (_BASED_SINCE_RE.search(view.text) or tells_of_move(view))
            # ("where are we based now?": not "the youth regatta moved to Gull Point")
            and not (housing and _EVENT_MOVED_RE.search(view.text))
        ):
            # "where's the lab based these days": where it moved to (not "X became coordinator,
            # a month after the move to the Hub")
            parts["moves"] = 1.0
        if housing and view.stems & PREMISES and _houses_us(view, parts):
            parts["premises"] = 1.0  # "the club's new clubhouse on Moorside Road was opened"
        matches.append(Match(view.fact, max(0.0, min(100.0, score)), parts))
    # Ties (at 100, say) go to the better fit in type and time, then to the earlier fact.
    matches.sort(key=lambda m: (-m.score, -m.parts["type_fit"], m.fact.period.start, m.fact.id))
    return matches
