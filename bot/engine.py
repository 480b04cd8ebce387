"""The answer engine: question -> Answer, over a fact store. Pure: no Discord, no printing.

How a question is answered:

1. ``query.parse_question`` reads its type (when/where/who/...), time condition, order word
   and anchor event, and leaves the content terms.
2. Each term is resolved against the fact base's own vocabulary (``vocabulary.Vocabulary``):
   exactly, by stem, by another form of the verb, by a synonym group, or by typo correction
   (rapidfuzz, optimal string alignment distance). A term the base has never seen stays
   unknown; it still counts against every fact.
3. Candidates come from SQLite FTS5 (bm25, by the rarer words), for order questions also
   along the date index, and for time questions from the indexed date columns, so the cost
   follows the number of candidates, not the size of the base.
4. Each candidate is scored 0-100 (``ranking.rank``) from term coverage (weighted by how
   informative each term is, in English and in this base), similarity to its text and
   alternate questions, bm25 rank and how well it fits the question type; every part is kept
   for ``--explain``.
5. The decision: answer, say it is ambiguous, or decline with suggestions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from bot import lexicon
from bot.calibration import LIKELY_MIN, Weighing, signals, weigh
from bot.choice import (
    ANCHOR_MARGIN,
    ANCHOR_RIVALS,
    ANSWER_MIN,
    CHATTY_LENGTH,
    EVERYDAY_ZIPF,
    HOLDER_POOL,
    OBSCURE_ZIPF,
    ORDER_POOL,
    Match,
    as_good,
    by_order,
    equally_good,
    stands_clear,
    tells_of_handover,
    tells_of_taking,
    the_event,
)
from bot.dates import Period, TimeConstraint
from bot.evidence import (
    NAMING_POINTS,
    SYNONYM_CREDIT,
    FactView,
    Resolved,
    leavers,
    placed_after,
    takes_in_period,
    term_match,
    view_of,
)
from bot.facts import Fact
from bot.query import (
    TYPO_ZIPF,
    Query,
    Term,
    decade_as_word,
    ending,
    parse_question,
    reads_as_verb,
    year_as_word,
)
from bot.ranking import (
    HOLDER_STEMS,
    HOLDER_WORDS,
    MOVES,
    PREDECESSOR_POINTS,
    PREMISES,
    asks_a_sum,
    first_kind_near,
    names_a_sum,
    rank,
    tells_of_move,
)
from bot.store import Store
from bot.text import (
    groups_of,
    is_identifier,
    is_ordinal,
    is_year,
    kinds_of,
    stem,
    stems_of_kinds,
    words,
    zipf,
)
from bot.vocabulary import Vocabulary

Status = Literal["answered", "ambiguous", "declined"]

ANCHOR_MIN = 10.0  # an anchor event only has to be recognised, not answered
ANCHOR_NAMED_MIN = 20.0  # ... or score this much, holding a word that tells it apart:
TELLING_WEIGHT = 0.7  # ... one this rare in the base
FOLLOWED_MIN = 25.0  # an answer that says it came after the event asked about need only fit this
INTERIM_DAYS = 366  # where things went while an event lasted: told within this of its time
MEANWHILE_RIVALS = 3  # of the facts that best hold a "where ... while" question's own words
MEANWHILE_COVERAGE = 0.75  # ... those that hold this much of them
MEANWHILE_LEAD_DAYS = 31  # ... and began no earlier than this before the event
ARRIVAL_RIVALS = 7  # the first move to a place may be any of the top few that fit it
# Question types for which an anchor event that holds the whole main clause is the answer
_ITSELF_TYPES = frozenset(("when", "how_long", "how_many"))
# What a fact says caused it: "moved to the Birchcliffe Centre *because* the hall was sold"
_CAUSE_RE = re.compile(r"\b(?:because|as a result of|due to|after|when|following)\b")
# A fact that tells of somewhere used for a while: "while the hall was shut, ...",
# "temporarily", "in the meantime"
_INTERIM_RE = re.compile(
    r"\b(?:while|whilst|meanwhile|in the meantime|temporar(?:y|ily)|interim|until|during|"
    r"instead)\b",
    re.IGNORECASE,
)
# ... or that it lasted until the event: "until its new studios were ready"
_UNTIL_IT_RE = re.compile(r"\buntil ((?:[\w'-]+ ){1,5}?)(?:were|was|had been|opened|reopened)\b")
_OPENING = groups_of(stem("open"))  # a place that opened is one we first came to
INTERIM_RIVALS = 5  # ... looked for this far down the event's matches
# An event's fact that goes on to tell where things were held because of it: "... flooded the
# pitch, so home matches were played at St Aldhelm's School"
_PLACED_SO_RE = re.compile(
    r"(?:,|\band)\s+so\s+(?:[\w'-]+\s+){0,4}?(?:was|were|had to be|got)\s+(?:[\w'-]+\s+)?"
    r"(?:at|in|from|into|to|on|out of)\b",
    re.IGNORECASE,
)
# ... or of a move said as one ("left the pitch under water" is none)
_MOVE_SAID_RE = re.compile(r"\b(?:moved|relocated|transferred|decamped|to move)\b", re.IGNORECASE)
# A fact that tells of a move from one thing to another, naming both
_SWITCH_RE = re.compile(
    r"\b(?:moved|switched|migrated|replaced|replacing|instead of|in place of|swapped|"
    r"changed over)\b",
    re.IGNORECASE,
)
LOOSE = "a loose match"  # the note of an answer below ANSWER_MIN (see choice.stands_clear)
HEIR_MIN = 35.0  # the next to take a role after someone left, when the question asks who
SUGGEST_MIN = 25.0  # weakest match still worth offering as a suggestion
STAY_STARTS = 3  # how long someone held a role: their taking it is one of the best few matches
MOVE_POOL = 0.5  # where we were before a place: the moves fitting this share as well as the best
NEAREST_MARGIN = 20.0  # an anchored question's answer is the nearest of those this close
CANDIDATES = 60
PERIOD_LIMIT = 50  # a period's list holds at most this many facts (and says how many in all)
RARE_FACTS = 1000  # a word on fewer facts is cheap to rank (and a base this small is all rare)
DENSE_SHARE = 0.05  # words on this share of the facts are found soonest along the date index
COMMON_SHARE = 0.5  # a word on more than this share of the facts does not select candidates
CACHE_SIZE = 4096  # analysed facts kept between questions
MOVE_STEMS = sorted(stems_of_kinds(MOVES))  # words that tell of a move
HOME_STEMS = [*MOVE_STEMS, *sorted(PREMISES), stem("home")]  # ... or of where we are based


@dataclass(frozen=True)
class Answer:
    """What the engine makes of a question; "no answer" is a result, not an exception."""

    question: str
    status: Status
    matches: tuple[Match, ...]
    query: Query
    mode: Literal["fact", "list", "none"] = "fact"
    note: str = ""
    unknown: tuple[str, ...] = ()
    choices: int = 1  # how many leading matches an ambiguous answer offers
    anchor: Fact | None = None  # the event "right after X" was read as X
    # the fact that ended what a "how long" answer's fact began: "succeeded Margaret Ellison"
    until: Fact | None = None
    total: int = 0  # a long list: how many facts it holds in all, more than ``matches``
    # the calibrated second look at a best match under the answer bar, when one was taken
    weighing: Weighing | None = None

    @property
    def answered(self) -> bool:
        """Tell whether the engine gave an answer (a fact, a list, or a choice of two)."""
        return self.status != "declined"

    @property
    def top(self) -> Match | None:
        """The best match, if any."""
        return self.matches[0] if self.matches else None


class Engine:
    """Answers questions from a Store; loads the vocabulary once, then costs per candidate."""

    def __init__(self, store: Store, *, today: dt.date | None = None) -> None:
        self.store = store
        self.today = today
        self.size = max(store.count, 1)
        self.words = Vocabulary(store.terms(), self.size, store.people())
        self._views: OrderedDict[int, FactView] = OrderedDict()
        self._rowids: dict[str, int] = {}  # fact id -> rowid, for the cached views

    # -- public ------------------------------------------------------------------------------

    def ask(self, question: str, *, today: dt.date | None = None) -> Answer:
        """Answer a question.

        >>> engine.ask("when was the name changed?").top.fact.date.iso()  # doctest: +SKIP
        '2018-01'
        """
        query = self._parse(question, today)
        if query.heir:
            # "who took over when Enzo retired?": the fact that names Enzo's heir, if one does;
            # else whoever the next fact after Enzo's retirement names
            heir = self.answer(question, self._parse(query.heir, today))
            top = heir.top if heir.status == "answered" else None
            if top is not None and (top.parts.get("successor") or top.parts.get("heir")):
                note = heir.note or f"read as {query.heir!r}"  # (for --explain)
                return replace(heir, query=replace(heir.query, text=query.text), note=note)
        answer = self.answer(question, query)
        if query.anchor is not None and (not answer.answered or answer.note == LOOSE):
            return self._unanchored(question, today, query) or answer
        return answer

    def _unanchored(self, question: str, today: dt.date | None, query: Query) -> Answer | None:
        """The question read whole, when read as asked after (or before, or during) an event
        it found no answer, or only a loose one: "who did the building work when the hall was
        restored?" asks of the restoration, whose fact names the builders; "when did crossings
        start up again after the first lockdown?" of the lockdown's closure, told by its end.
        Only a sure answer counts, and never for an order about a name ("the treasurer before
        Graham Fenwick" is someone else, whom no fact may name) nor for a question of nothing
        but the order ("what happened after the Lisbon offsite?" asks of the next event, not
        the offsite)."""
        assert query.anchor is not None
        if all(t.light for t in query.content):
            return None
        if _only_a_name(self._parse(query.anchor.text, today), query):
            return None
        whole = self.answer(question, self._parse(question, today, anchored=False))
        top = whole.top
        return whole if whole.status == "answered" and top and top.score >= ANSWER_MIN else None

    def answer(self, question: str, query: Query) -> Answer:
        """Answer an already parsed question."""
        resolved = [
            self.words.resolve(term)
            for term in self.words.compounds(query.terms, query.text)
            if not term.swapped or term.stem in self.words.stem_df
        ]
        if (
            query.qtype == "who"
            and query.order is not None
            and any(r.term.stem in HOLDER_STEMS for r in resolved)
        ):
            # "who chairs the committee now?": a fact of a chair seldom names the body again
            resolved = [
                replace(r, weight=r.weight * BODY_WEIGHT) if _names_our_body(r) else r
                for r in resolved
            ]
        if (query.time is not None or query.anchor is not None) and _HAPPENED_RE.search(query.text):
            # "what happened at the club in 1982?", "what came next for the club after the
            # gates went up?": the whole base is the club's, its facts seldom say so (nor "in
            # the club's history": all of them are)
            resolved = [
                r
                for r in resolved
                if not _names_our_body(r)
                and r.term.word not in _HISTORY
                and not self._everywhere(r)
            ]
        content = [r for r in resolved if not r.term.weak]
        unknown = tuple(r.term.word for r in content if not r.known)
        if any(r.exact and not r.known and not is_ordinal(r.term.word) for r in content):
            # Identifiers match exactly: a version or ticket the base never names is not there.
            matches = self._rank(query, resolved, self._candidates(query, resolved))
            suggestions = tuple(m for m in matches[:3] if m.score >= SUGGEST_MIN)
            return Answer(question, "declined", suggestions, query, "none", "", unknown)
        if query.anchor is not None:
            return self._anchored(question, query, resolved, unknown)
        if query.compared and (weighed := self._weighed(question, query)) is not None:
            return weighed
        if query.time is not None and all(r.term.light for r in content):
            return self._period(question, query)  # "anything big happen in the 90s?"
        if not content and query.order is not None:
            return self._edge(question, query)
        if not content:
            return Answer(question, "declined", (), query, "none", note="empty")
        matches = self._rank(query, resolved, self._candidates(query, resolved))
        holder = not unknown and _asks_holder(query, content)
        if holder and not matches and (held := self._held_then(question, query)) is not None:
            return held
        if not matches and (as_word := year_as_word(query) or decade_as_word(query)):
            return self.answer(question, as_word)  # "the 1284 charter": no fact of 1284
        if matches and matches[0].score < ANSWER_MIN and (as_word := year_as_word(query)):
            # "the 1987 storm", told by the repairs of 1988: "damaged in the storm of 1987";
            # but "the 2007 flood" by the fact of 2007 that names it, if one does
            named = self.answer(question, as_word)
            if named.answered:
                dated = self.answer(question, replace(as_word, time=query.time))
                return dated if dated.answered else named
            time = query.time
            if time is not None and time.relation == "in" and _NAMED_BY_YEAR_RE.search(query.text):
                # "where was the inquest into the 2011 drowning held?": of 2011 or after it
                since = TimeConstraint("since", time.period, time.text)
                later = self.answer(question, replace(query, time=since))
                if later.answered:
                    return later
        if _asks_name_then(query) and (then := self._named_then(question, query)) is not None:
            return then
        if query.predecessor and matches and matches[0].parts.get("predecessor"):
            matches = self._successor(query, resolved, matches)
        if query.order is not None and matches:
            topical = any(not r.term.light for r in content)
            # "what was the first opera we put on?" asks of no founding ("Tarnmoor Opera was
            # founded in 1988"), unless it says so
            unfounded = query.qtype == "what" and not _FOUNDING_ASKED_RE.search(query.text)
            matches = by_order(
                matches,
                query.order,
                holder=query.qtype == "who",
                topical=topical,
                unfounded=unfounded,
                roles=frozenset(t.stem for t in query.content if t.word in _ROLE_WORDS),
            )
        elif query.time is not None:
            # "How long" and "how many" ask about one fact: its duration, its count.
            single = query.qtype in ("how_long", "how_many")
            listed = [] if single else equally_good(matches)
            if len(listed) > 1 and takes_in_period(query):
                # "who took over as chair in 2001?": the one who began then, not the one
                # whose years ran into it
                asked = query.time.period
                began = [m for m in listed if asked.start <= m.fact.period.start <= asked.end]
                if began:
                    listed = began
                    matches = [*began, *[m for m in matches if m not in began]]
            if not listed and query.doings and not unknown:
                # "What did the studio do in 2014?": facts about the studio rarely say "studio"
                return self._period(question, query)
            if len(listed) > 1:  # "what did we release in 2019?": every release of 2019
                rest = [m for m in matches if m not in listed]
                note = f"{len(listed)} facts"
                ordered = (*listed, *rest)
                return Answer(
                    question, "answered", ordered, query, "list", note, unknown, len(listed)
                )
        # A long question, as read (a greeting or "sorry if this was asked before" set aside),
        # is mostly talk; but "didn't the yard sponsor the Carsley cricket club one year? ...",
        # naming what its best match does not, is about something else
        chatty = len(query.text) > CHATTY_LENGTH and not (
            matches
            and any(
                r.term.proper and not term_match(r, self._fact_view(matches[0].fact))
                for r in content
            )
        )
        if (nth := self._told_fewer(query, content, matches)) > 0:
            # "when did we win the Shield for the second time?", to a base with one win
            note = f"the fact base tells of fewer than {nth}"
            return Answer(question, "declined", tuple(matches[:3]), query, "none", note)
        decided = self._decide(question, query, matches, unknown, chatty=chatty)
        if query.qtype == "how_long" and not _spans(decided) and matches:
            # "how long was Margaret Ellison musical director?": from her taking over to the
            # day someone succeeded her, when no fact gives her years
            stay = self._stay(question, query, content, matches, unknown)
            decided = stay or decided
        if holder and not decided.answered and (held := self._held_then(question, query)):
            return held
        return decided

    def _told_fewer(self, query: Query, content: list[Resolved], matches: list[Match]) -> int:
        """The place in order a question asks of ("the second Heritage Lottery grant"), when
        the base tells of fewer such things: its best match does not place itself in an order
        ("again", "the second"), and fewer facts fit as well or name the thing. Else 0."""
        nth, thing = nth_asked(query.text) if query.order is None else (0, ())
        if not nth or not matches or says_ordinal(f"{matches[0].fact.text} {matches[0].fact.id}"):
            return 0
        best = matches[0].parts.get("coverage", 0.0)
        like = [
            m
            for m in matches
            if m.parts.get("coverage", 0.0) >= ORDER_POOL * best and not m.parts.get("contradicted")
        ]
        # (the thing by every fact that names it: "the second van" may be the one "sold",
        # when another fact bought the first)
        if len(like) >= nth:
            return 0
        named = [r for r in content if r.term.word in thing]
        naming = [m for m in matches if all(term_match(r, self._fact_view(m.fact)) for r in named)]
        return nth if not named or len(naming) < nth else 0

    def _stay(
        self,
        question: str,
        query: Query,
        content: list[Resolved],
        matches: list[Match],
        unknown: tuple[str, ...],
    ) -> Answer | None:
        """How long someone held a role, or we stayed somewhere, told by two facts: the
        earliest of the best matches that tells of them taking it or moving in, and the first
        later fact that names them as the one succeeded, or the place as the one left."""
        named = [r for r in content if r.term.proper]
        # (a word the base lacks may be how the question says it, "serve"; but "how long was
        # Margaret treasurer?" asks of a role the base does not give her)
        if not named or any(w in _ROLE_WORDS for w in unknown):
            return None
        stems = frozenset().union(*(r.stems for r in named))
        starts = []
        for match in matches[:STAY_STARTS]:
            view = self._fact_view(match.fact)
            if match.score < SUGGEST_MIN or not all(term_match(r, view) for r in named):
                continue
            if match.fact.until is not None:
                return None  # a fact of theirs gives the span itself
            if stems & _named_as_gone(view):
                continue  # (of the end, not the start)
            taking = tells_of_taking(match.fact) and stems <= view.subject | view.early
            if taking or tells_of_move(view):
                starts.append(match)
        if not starts:
            return None
        start = min(starts, key=lambda m: m.fact.period.start)
        ends = [
            m
            for m in matches
            if m.fact.period.start > start.fact.period.start
            and stems <= _named_as_gone(self._fact_view(m.fact))
        ]
        if not ends:
            return None
        end = min(ends, key=lambda m: m.fact.period.start)
        rest = [m for m in matches if m is not start and m is not end]
        note = f"until {end.fact.id} ({end.fact.when})"
        return Answer(
            question, "answered", (start, end, *rest), query, "fact", note, until=end.fact
        )

    def _held_then(self, question: str, query: Query) -> Answer | None:
        """ "Who was chair in 2002?", told only by "Dennis Broadbent became chair in 1997":
        whoever last took the role by then, unless their time in it had ended. But "who was
        elected chair in 2012?" asks who took it then, which no earlier taking tells."""
        assert query.time is not None
        if takes_in_period(query):
            return None
        then = query.time.period
        latest = self._latest_by(question, query, TimeConstraint("until", then, query.time.text))
        if latest is None:
            return None
        held, top = latest
        if top.fact.until is not None and top.fact.period.end < then.start:
            return None  # their time in it was over
        return replace(held, query=query, note=held.note or f"the holder by {then.end}")

    def _named_then(self, question: str, query: Query) -> Answer | None:
        """ "What was the shop called in the 1970s?", told by "in March 1968 the shop was
        renamed Hollin & Son": the name last given by the end of the period (before its
        start, when the question asks of before)."""
        assert query.time is not None
        time = query.time
        by = time.period.start  # (before the period)
        if time.relation == "in":
            time, by = TimeConstraint("until", time.period, time.text), time.period.end
        latest = self._latest_by(question, query, time)
        if latest is None or latest[1].parts.get("form", 0.0) < NAMING_POINTS:
            return None
        named = latest[0]
        return replace(named, query=query, note=named.note or f"the name by {by}")

    def _latest_by(
        self, question: str, query: Query, time: TimeConstraint
    ) -> tuple[Answer, Match] | None:
        """The question asked of the latest fact that fits it within ``time``, and that fact;
        None unless it is answered surely (not by a loose match)."""
        latest = self.answer(question, replace(query, time=time, order="latest"))
        top = latest.top
        if not latest.answered or top is None or latest.note == LOOSE:
            return None
        return latest, top

    def explain(self, answer: Answer) -> list[str]:
        """Lines that say why the top matches scored as they did."""
        query = answer.query
        time = f"{query.time.relation} {_period_text(query.time.period)}" if query.time else "-"
        anchor = f"{query.anchor.relation} {query.anchor.text!r}" if query.anchor else "-"
        compared = f"; compared: {' / '.join(map(repr, query.compared))}" if query.compared else ""
        lines = [
            f"type: {query.qtype}; order: {query.order or '-'}; time: {time}; anchor: {anchor}"
            + compared
        ]
        terms = []
        for term in self.words.compounds(query.terms, query.text):
            r = self.words.resolve(term)
            state = (
                "unknown"
                if not r.known
                else f"typo->{r.correction}"
                if r.correction
                # "lamps[alike->light]": read by the base's words near it in meaning
                else f"alike->{'/'.join(sorted(r.alike))}"
                if r.alike
                # "cars[known, near->vehicl]": found as itself, or for less by these
                else f"known, near->{'/'.join(sorted(r.near))}"
                if r.near
                else "known"
            )
            terms.append(f"{term.word}[{state}, w={r.weight:.2f}{', weak' if term.weak else ''}]")
        lines.append("terms: " + (" ".join(terms) or "-"))
        lines.append(
            f"decision: {answer.status} ({answer.mode}){' - ' + answer.note if answer.note else ''}"
        )
        if (weighing := answer.weighing) is not None:
            pulls = ", ".join(f"{name} {pull:+.2f}" for name, pull in weighing.reasons())
            ruled = (
                "; the hand-made rules would let it through" if weighing.signals["clear"] else ""
            )
            lines.append(
                f"second look: {weighing.match.fact.id} {weighing.likelihood:.2f} likely right "
                f"(answered from {LIKELY_MIN:.2f}{ruled}; most weight: {pulls})"
            )
        for match in answer.matches[:5]:
            parts = ", ".join(f"{k}={v:.2f}" for k, v in match.parts.items())
            lines.append(f"{match.score:5.1f}  {match.fact.id}  [{parts}]")
        return lines

    # -- candidates --------------------------------------------------------------------------

    def _candidates(self, query: Query, resolved: list[Resolved]) -> dict[int, float]:
        """Rowids of candidate facts with their bm25 rank (0 when not found by text)."""
        words: set[str] = set(query.search)
        for r in resolved:
            words.add(r.term.word)
            words.update(self.words.other_forms(r.term.word))
            if r.exact:  # "f27s" is written "F27"
                words.update(f for f in r.stems if self.words.knows_identifier(f))
            if r.correction:
                words.add(r.correction)
            if not r.exact and (
                r.term.stem not in self.words.stem_df or r.term.word not in self.words.df_of
            ):
                # "scorer" finds "scored", and "contributers" (read as "contributed")
                # "contributors"
                words.update(r.related)
                words.update(r.alike)
            if not r.exact and (
                r.term.stem not in self.words.stem_df
                or len(r.term.word) <= 3
                or (query.order is not None and not r.term.weak)
            ):
                # Synonyms only find facts for words the base lacks; the others find their
                # facts themselves, and every extra FTS term costs time. But an abbreviation
                # finds what it stands for too ("MD": the managing director, and the initials
                # of the Ministry of Defence). An order question needs every fact its words
                # fit: "who runs the foundry these days?" is told by the newest managing
                # director, though the base has "runs" too.
                words.update(self.words.group_words(r.groups))
            # "our very first perfume": "our first fragrance" calls itself that
            words.update(first_kind_near(query, r))
        if query.where_now:
            # "where are we based these days?": where it last moved to, in whatever words
            # (or where our premises opened)
            words.update(self.words.word_of_stem[s] for s in HOME_STEMS if s in self.words.stem_df)
        # One word per stem the base has: FTS5 stems queries itself, and each term costs time.
        by_stem: dict[str, str] = {}
        for word in sorted(words):
            key = stem(word)
            if key in self.words.stem_df:
                by_stem.setdefault(key, self.words.word_of_stem[key])
            elif is_identifier(word):
                by_stem.setdefault(key, word)
                if word[-1].isdigit():  # "argon2", to a base that says "Argon2id"
                    for longer in self.words.lettered_on(key):
                        by_stem.setdefault(stem(longer), longer)
        # A word on most facts finds nothing in particular (bm25 gives it no weight) but makes
        # the search rank every fact: leave it to the scoring, unless it is all there is.
        # An order question needs every fact its words fit, to choose among them by date.
        common = self.size * COMMON_SHARE
        telling = {k: w for k, w in by_stem.items() if self.words.stem_df.get(k, 0) <= common}
        asked = {r.term.stem for r in resolved if not r.term.weak}
        if query.order is not None or not asked & telling.keys():
            telling = by_stem
        search = sorted(telling.values())
        ranked = self._search(search)
        if query.order is not None and len(ranked) >= CANDIDATES:
            # More facts match than bm25 keeps: make sure the earliest (latest) are among them.
            dense = sum(map(self.words.df, search)) >= DENSE_SHARE * self.size
            latest = query.order == "latest"
            for rowid in self.store.search_by_date(search, latest=latest, dense=dense):
                ranked.setdefault(rowid, 0.0)
        if query.time is not None:
            lo, hi, end_lo = query.time.bounds()
            bounds = lo.isoformat(), hi.isoformat(), end_lo.isoformat()
            for rowid in self.store.in_range(*bounds, limit=CANDIDATES):
                ranked.setdefault(rowid, 0.0)
            ranked = {
                rowid: rank
                for rowid, rank in ranked.items()
                if query.time.admits(self._view(rowid).fact.period)
            }
        return ranked

    def _search(self, words: list[str]) -> dict[int, float]:
        """Full-text candidates: by the rarer words when there are any, since bm25 ranks
        every fact a word is on, and a word on thousands of facts costs milliseconds."""
        rare_limit = max(RARE_FACTS, self.size // 100)
        rare = [w for w in words if self.words.df(w) <= rare_limit]
        if rare and len(rare) < len(words):
            found = dict(self.store.search(rare, limit=CANDIDATES))
            if found:  # the full-text index may write a rare word otherwise ("10,000")
                return found
        if not rare and len(words) > 1:  # only common words: the facts holding them all
            found = dict(self.store.search(words, limit=CANDIDATES, every=True))
            if found:
                return found
        return dict(self.store.search(words, limit=CANDIDATES, ranked=bool(rare)))

    def _view(self, rowid: int) -> FactView:
        view = self._views.get(rowid)
        if view is not None:
            self._views.move_to_end(rowid)
            return view
        fact = self.store.get_many([rowid])[rowid]
        return self._remember(rowid, fact)

    def _views_for(self, rowids: Iterable[int]) -> dict[int, FactView]:
        wanted = list(rowids)
        missing = [r for r in wanted if r not in self._views]
        for rowid, fact in self.store.get_many(missing).items():
            self._remember(rowid, fact)
        return {r: self._views[r] for r in wanted if r in self._views}

    def _interim(self, matches: tuple[Match, ...], event: Fact, asked: Query) -> Fact | None:
        """Of the facts that fit an event well, one from its time that tells where things went
        meanwhile: "while the studio was rebuilt, classes were held in the sports hall", "the
        fleet moved upriver to the old slipway" (not a later fire's); or, however less it fits
        the event's words, one that says it lasted until the event ("worked from a portakabin
        until its new studios were ready")."""
        window = dt.timedelta(days=INTERIM_DAYS)
        earliest, latest = event.period.start - window, event.period.end + window
        named = {t.stem for t in asked.content if not t.light}
        rivals = [
            (match.fact, self._fact_view(match.fact))
            for rank, match in enumerate(matches[: 2 + ANCHOR_RIVALS + INTERIM_RIVALS])
            if (
                (rank < 2 + ANCHOR_RIVALS and match.score >= matches[0].score - 2 * ANCHOR_MARGIN)
                or any(
                    named & {stem(w) for w in words(found)}
                    for found in _UNTIL_IT_RE.findall(match.fact.text)
                )
                # ... or that names the event and tells of a while ("After the warehouse
                # fire, we ran the hire operation from a borrowed bay ... until August 2012"),
                # however little it fits the event, placed after it
                or (
                    _INTERIM_RE.search(match.fact.text) is not None
                    and named & self._fact_view(match.fact).stems
                )
            )
            # (a span counts by its end too: "from February 2016 we got changed in containers
            # while the clubhouse was built", opened in March 2017)
            and match.fact.period.start <= latest
            and earliest <= match.fact.period.end
        ]
        if ending(asked.text):
            # "where did Tamsin go when she left?": not the post she held until she left
            rivals = [(f, v) for f, v in rivals if f.until is None or f.until != event.date]
        placed = [(fact, view) for fact, view in rivals if "where" in view.forms]
        # The event itself, when it is a move that the event asked of caused ("practice moved
        # to the Birchcliffe Centre because the chapel hall had been sold"), not a fact from
        # the years it lasted
        cause = _CAUSE_RE.search(event.text)
        caused = cause is not None and named & {stem(w) for w in words(event.text[cause.end() :])}
        # ... or when the event asked of is itself a move ("where did the retreats go once
        # they moved out of the mill?": "the retreats moved out of the mill to Hollins Farm")
        moving = bool(kinds_of(named) & MOVES)
        own = next((view for fact, view in placed if fact == event), None)  # the event's own
        if (
            (caused or moving)
            and own is not None
            and tells_of_move(own)
            and _MOVE_SAID_RE.search(event.text)
        ):
            return event
        if own is not None and _PLACED_SO_RE.search(event.text):
            # "where did we play while Cobb Lane was flooded?": "the river flooded the Cobb
            # Lane pitch, so home matches were played at St Aldhelm's" (not the years at Cobb
            # Lane "until 1994")
            return event
        # One that says "while", "temporarily" before one that tells of a move (and not
        # someone's time in a role: "appointed director ..., and led the festival until 2011")
        told = next(
            (
                fact
                for fact, _ in placed
                if _INTERIM_RE.search(fact.text) and not tells_of_taking(fact)
            ),
            None,
        )
        # (a move said as one: "left the pitch under water" is no move)
        moved = (
            fact for fact, view in placed if tells_of_move(view) and _MOVE_SAID_RE.search(fact.text)
        )
        return told or next(moved, None)

    def _meanwhile(
        self, query: Query, resolved: list[Resolved], event: Fact, told: Query
    ) -> Match | None:
        """Of the facts that best hold the question's own words, besides its event's, one
        from the event's time on that tells where they were meanwhile ("from April 2009 until
        September 2013 the club trained at Kelsford", asked "where did we train while the
        baths were shut?"). Not when the question's words are all the event's ("where did we go
        while the hall was shut?")."""
        named = {t.stem for t in told.content}
        if all(r.term.weak or r.term.light or r.term.stem in named for r in resolved):
            return None
        plain = replace(query, anchor=None)
        matches = self._rank(plain, resolved, self._candidates(plain, resolved))
        earliest = event.period.start - dt.timedelta(days=MEANWHILE_LEAD_DAYS)
        latest = event.period.end + dt.timedelta(days=INTERIM_DAYS)
        for match in matches[:MEANWHILE_RIVALS]:
            fact = match.fact
            if (
                fact.id != event.id
                and earliest <= fact.period.start <= latest
                and (fact.until is not None or _INTERIM_RE.search(fact.text))
                and match.parts.get("coverage", 0.0) >= MEANWHILE_COVERAGE
                and "where" in self._fact_view(fact).forms
            ):
                return match
        return None

    def _event_holding(self, told: Answer, content: list[Resolved]) -> Match | None:
        """Of the facts that fit an anchor event, the best that holds every word the question
        asks besides it: the event is the one asked about ("which range got dropped when we
        cut recipes?": "cut its range ..., dropping the Gorse Bloom range")."""
        if not content:
            return None
        for match in told.matches:
            if match.score < ANCHOR_MIN:
                break
            if _holds_all(content, self._fact_view(match.fact)):
                return match
        return None

    def _event_holding_most(self, told: Answer, content: list[Resolved]) -> Match | None:
        """The anchor event's own fact, when it holds at least half of what the question asks
        besides the event, by weight, and nothing after it answers ("how many birds did we
        clean up after the canal diesel spill?": "after a diesel spill on the canal,
        volunteers washed 63 oiled swans"; "what did we rename the windmill hole after Derek
        died?")."""
        asked = [r for r in content if not r.term.light]
        event = told.matches[0] if told.matches else None
        if not asked or event is None or event.score < ANCHOR_MIN:
            return None
        view = self._fact_view(event.fact)
        held = sum(r.weight for r in asked if term_match(r, view) > 0)
        return event if held >= HOLDING_SHARE * sum(r.weight for r in asked) else None

    def _names_event(self, named: list[Resolved], fact: Fact) -> bool:
        """Tell whether a fact holds a telling word of an event's name as it is ("the Kraków
        meetup": Kraków), not a word many facts share ("moved")."""
        view = self._fact_view(fact)
        return any(
            r.weight >= TELLING_WEIGHT and term_match(r, view) >= r.credit
            for r in named
            if not r.term.weak and not r.term.light
        )

    def _arrival(
        self, matches: tuple[Match, ...], place: Query, first: bool = False
    ) -> Fact | None:
        """Of the facts that fit a place about as well as the best, the move to it (the first
        of them if ``first``: where we were before the Memorial Hall is where we were before
        we first came to it, not before we moved back in after its refurbishment)."""
        named = {t.stem for t in place.content}
        moves = []
        for match in matches[: 1 + (ARRIVAL_RIVALS if first else ANCHOR_RIVALS)]:
            if match.score < matches[0].score - ANCHOR_MARGIN:
                break
            view = self._fact_view(match.fact)
            if tells_of_move(view) and not named & view.left:
                if not first:
                    return match.fact
                moves.append(match.fact)
            elif first and view.groups & _OPENING:
                # ("where did we sell before we had a shop of our own": before the first
                # shop opened, though no move brought us to it)
                moves.append(match.fact)
        return min(moves, key=lambda f: f.period.start, default=None)

    def _parse(self, text: str, today: dt.date | None = None, *, anchored: bool = True) -> Query:
        """A question (or an event it names) read with the base's words known."""
        today = today or self.today or dt.date.today()
        return parse_question(
            text, today=today, known=self.words.df_of, names=self.words.names, anchored=anchored
        )

    def _fact_view(self, fact: Fact) -> FactView:
        """The analysis of a fact found earlier, from the cache when it is there."""
        rowid = self._rowids.get(fact.id)
        view = self._views.get(rowid) if rowid is not None else None
        return view if view is not None and view.fact == fact else view_of(fact)

    def _remember(self, rowid: int, fact: Fact) -> FactView:
        view = view_of(fact)
        self._views[rowid] = view
        self._rowids[fact.id] = rowid
        if len(self._views) > CACHE_SIZE:
            _, oldest = self._views.popitem(last=False)
            self._rowids.pop(oldest.fact.id, None)
        return view

    # -- scoring -----------------------------------------------------------------------------

    def _rank(
        self, query: Query, resolved: list[Resolved], candidates: dict[int, float]
    ) -> list[Match]:
        return rank(query, resolved, candidates, self._views_for(candidates), self.words.aliases)

    # -- decisions ---------------------------------------------------------------------------

    def _decide(
        self,
        question: str,
        query: Query,
        matches: list[Match],
        unknown: tuple[str, ...],
        *,
        chatty: bool = False,
    ) -> Answer:
        if _GENERAL_KNOWLEDGE_RE.search(query.text) or _NOT_OURS_RE.search(question):
            # "how is limestone formed?", "how high is a pickleball net?": of the world, not of
            # us; no fact of the base answers it, however many of its words one holds
            note = "that is general knowledge, and the fact base keeps our own history"
            return Answer(question, "declined", (), query, "none", note)
        top = matches[0] if matches else None
        dated = query.time is not None
        doings = bool(unknown) and all(reads_as_verb(query.text, w) for w in unknown)
        # (a word mistyped is as common as the word it was typed for: "optioal" is "optional")
        commonness = [
            z if (z := zipf(w)) >= TYPO_ZIPF else zipf(self.words.nearest_english(w) or w)
            for w in unknown
        ]
        everyday = any(z >= EVERYDAY_ZIPF for z in commonness) and min(commonness) >= OBSCURE_ZIPF
        # ... though "fire", as common, is the event the base lacks ("when was the museum
        # damaged by fire?", to a base that tells of floods)
        unknown_event = any(
            self.words.resolve(t).event and not reads_as_verb(query.text, t.word)
            for t in query.content
            if t.word in unknown
        )
        everyday = everyday and not unknown_event
        # "who was the skittles team's treasurer?": a role the base never names is what it
        # lacks, however everyday the word; no loose match answers it
        unknown_role = any(w in _ROLES for w in unknown)
        # ... nor one it names only in part: "who was the society's press officer?" is not
        # told by "Ben Hollis, the society's new officer, ... a press release"
        unknown_role = unknown_role or (
            top is not None and not holds_roles(top.fact.text, roles_named(query.text))
        )
        # "when did the festival move into the Town Hall?": no loose match lacks a name the
        # question gives (a first name alone may be a nickname's; "IT" is no name)
        unnamed = top is not None and any(
            t.proper
            and len(t.word) > 2
            and t.word not in lexicon.FIRST_NAMES
            and not self._holds(t, top.fact)
            for t in query.content
        )
        # "when were the bells augmented to a ring of ten?": not told by "a ring of eight"
        miscounted = top is not None and counts_differ(query.text, top.fact.text)
        # A loose match the hand-made rules let through (see choice.stands_clear), weighed
        # with the rest below: the rules' word is one signal of several
        clear = (
            top is not None
            and top.score < ANSWER_MIN
            and not miscounted
            and not unknown_role
            and not unnamed
            and not _GENERAL_RE.search(query.text)
            and stands_clear(
                matches,
                dated=dated,
                unknown_doings=doings,
                all_known=not unknown,
                unknown_everyday=everyday,
                chatty=chatty,
                lasting=query.qtype == "how_long",
            )
        )
        # "how much did the canning line cost?": a fact that names no sum does not say
        unpriced = top is not None and asks_a_sum(query) and not names_a_sum(top.fact.text)
        # ... nor "who was the treasurer of the clay trust?", to a base that names no treasurer
        # (a chair is no president, though one word may stand for the other elsewhere)
        said = set(words(query.text, normalized=True))
        unheld = query.qtype == "who" and any(
            t.word in _ROLE_WORDS
            and (t.word in unknown or (t.word in said and not self.words.uses_word(t.word)))
            for t in query.content
        )
        # ... nor "when did we buy our first drone?", to a base that never names a drone: the
        # thing whose first is asked is what it lacks
        unordered = bool(query.ordered) and query.ordered[-1] in unknown
        weighing = None
        # "when did we get the goats?": a question whose every word the base has only near in
        # meaning ("cattle", "sheep") is as loose a match as any, however well it scores
        nearly = bool(query.content) and all(self.words.resolve(t).alike for t in query.content)
        looked = (
            top is not None
            and (top.score < ANSWER_MIN or nearly)
            and not (
                unpriced
                or unheld
                or miscounted
                or unknown_role
                or unnamed
                or unknown_event
                or unordered
            )
            and not top.parts.get("contradicted")  # "when did the café close": "... opened"
            # "how many pilots did we employ?": not "the charity had 40 paid staff"
            and not (
                query.qtype == "how_many" and not asks_a_sum(query) and not top.parts.get("counted")
            )
            and not _GENERAL_RE.search(query.text)
        )
        if clear or looked:
            # A second look, all the signals weighed together (see bot/calibration.py): a
            # loose match, said to be one, is better than "I don't know" with it in the list
            weighing = self._weigh(query, matches, commonness, clear=clear)
            if weighing.trusted:
                return Answer(
                    question,
                    "answered",
                    tuple(matches),
                    query,
                    "fact",
                    LOOSE,
                    unknown,
                    weighing=weighing,
                )
        if top is None or top.score < ANSWER_MIN or nearly or unpriced or unheld or miscounted:
            suggestions = tuple(m for m in matches[:3] if m.score >= SUGGEST_MIN)
            note = "unknown terms" if unknown else "no good match"
            return Answer(
                question, "declined", suggestions, query, "none", note, unknown, weighing=weighing
            )
        roles = [t for t in query.content if t.word in _ROLE_WORDS and t.word in said]
        # "when did Kevin Ashcroft become chairman?" asks of a role too (not "when did we
        # become an official charity?", whose "official" describes the charity)
        taken = _TAKES_ROLE_RE.search(query.text) is not None and not any(
            re.search(rf"\b{t.word} (?!{_ROLE_ENDS})[a-z]", query.text.lower()) for t in roles
        )
        # "who was head gardener at Thornacre?": the role's word as written, not another word
        # of its stem ("the garden broadcaster"); one the base has only in other words ("head
        # instr") is left to the match
        head = _HEAD_ROLE_RE.search(query.text.lower())
        worded = [
            t.word
            for t in query.content
            if head
            and t.word == head[1]
            and t.stem in self.words.stem_df
            and not (as_known := self.words.resolve(t)).correction
            and not as_known.alike
        ]
        # "who was the first chair of the heritage trust?": not told by a fact about the trust
        # that names its curator (nor "who was keeper of the lighthouse?" by the facts about
        # the lighthouse, none of which names a keeper)
        unroled = (query.qtype == "who" or taken) and not all(
            self._holds(t, top.fact) for t in roles
        )
        unworded = query.qtype == "who" and not all(
            {w, w + "s"} & self._fact_view(top.fact).words for w in worded
        )
        if unroled or unworded:
            suggestions = tuple(m for m in matches[:3] if m.score >= SUGGEST_MIN)
            note = "no good match"
            return Answer(question, "declined", suggestions, query, "none", note, unknown)
        close = [m for m in matches[1:3] if m.fact.text != top.fact.text and as_good(top, m)]
        if close and query.order is None and query.time is None:
            ordered = (top, *close, *[m for m in matches[1:] if m not in close])
            note = "two or more facts fit about equally well"
            return Answer(
                question, "ambiguous", ordered, query, "fact", note, unknown, 1 + len(close)
            )
        return Answer(question, "answered", tuple(matches), query, "fact", "", unknown)

    def _weigh(
        self, query: Query, matches: list[Match], commonness: list[float], *, clear: bool
    ) -> Weighing:
        """How likely the best match is right, by the calibrated model of all the signals
        (``clear``: the hand-made rules of ``choice.stands_clear`` would let it through)."""
        top = matches[0]
        resolved = [self.words.resolve(t) for t in query.content]
        found = signals(
            score=top.score,
            runner_up=matches[1].score if len(matches) > 1 else 0.0,
            parts=top.parts,
            weights=[(r.weight, r.known, r.term.proper, bool(r.alike)) for r in resolved],
            commonness=commonness,
            qtype=query.qtype,
            ordered=query.order is not None,
            length=len(query.text.split()),
            clear=clear,
        )
        return weigh(top, found)

    def _holds(self, term: Term, fact: Fact) -> bool:
        """Tell whether a fact holds a word of the question, in any form the base reads it."""
        return term_match(self.words.resolve(term), self._fact_view(fact)) > 0

    def _everywhere(self, r: Resolved) -> bool:
        """Tell whether a question's word is on so many facts that it is the base's own
        subject ("what went on at the farm in 2015?", to a farm's base), not an event's."""
        if r.term.proper:
            return False
        df = max((self.words.stem_df.get(s, 0) for s in r.stems), default=0)
        return df >= EVERYWHERE_SHARE * self.words.size

    def _period(self, question: str, query: Query) -> Answer:
        time = query.time
        assert time is not None
        lo, hi, end_lo = time.bounds()
        bounds = lo.isoformat(), hi.isoformat(), end_lo.isoformat()
        if time.relation == "in":  # the facts that start in the period first, then those before
            first, last = time.period.start, time.period.end
            rowids = self.store.in_range(
                first.isoformat(), last.isoformat(), first.isoformat(), limit=PERIOD_LIMIT
            )
            if len(rowids) < PERIOD_LIMIT:
                before = (first - dt.timedelta(days=1)).isoformat()
                rowids += self.store.in_range(
                    bounds[0], before, bounds[2], limit=PERIOD_LIMIT - len(rowids)
                )
        else:
            rowids = self.store.in_range(*bounds, limit=PERIOD_LIMIT)
        # A list needs the facts, not their analysis; the count of a long period comes apart.
        facts = [f for f in self.store.get_many(rowids).values() if time.admits(f.period)]
        total = self.store.count_in_range(*bounds) if len(rowids) >= PERIOD_LIMIT else len(facts)
        if not facts:
            note = f"nothing recorded {time.text}"
            return Answer(question, "declined", (), query, "none", note)

        def inside(fact: Fact) -> bool:  # events of the period first, then spans that reach it
            return time.relation != "in" or time.period.contains(fact.period)

        facts.sort(key=lambda f: (not inside(f), f.period.start, f.id))
        matches = tuple(
            Match(f, 100.0 if i == 0 else 90.0, {"in_period": 1.0}) for i, f in enumerate(facts)
        )
        note = f"{total} facts"
        return Answer(question, "answered", matches, query, "list", note, total=total)

    def _successor(
        self, query: Query, resolved: list[Resolved], matches: list[Match]
    ) -> list[Match]:
        """ "Who replaced Chidi as lead?" when only Chidi's own facts fit: the first fact after
        Chidi's last one that fits the role and names someone."""
        theirs = [m for m in matches if m.parts.get("predecessor")]
        best = max(m.parts["coverage"] for m in theirs)
        last = max(
            (m for m in theirs if m.parts["coverage"] >= ORDER_POOL * best),
            key=lambda m: m.fact.period.start,
        )
        role = [
            r
            for r in resolved
            if not (r.term.stem in query.predecessor or r.term.light or r.term.weak)
        ]
        if not role:  # "who succeeded Chidi?": the role is what Chidi's facts have in common
            texts = [m.fact.text for m in theirs if m.parts["coverage"] >= ORDER_POOL * best]
            if len(texts) >= 2:
                shared = set.intersection(*(set(words(t)) for t in texts))
            else:  # one fact: its tags say what it is about ("director") ...
                shared = {w for tag in last.fact.tags for w in words(tag)}
                # ... or, untagged, the roles it names ("became retail manager")
                shared = shared or set(words(last.fact.text)) & HOLDER_WORDS
            if not shared:
                return matches
            role = [r for r in self._role_terms(shared) if r.term.stem not in query.predecessor]
            if not role:
                return matches
        # After the predecessor's time in the role: from its last month (or year), when the
        # fact gives one, for the heir may start in it
        until = last.fact.until
        since = (
            until.period().start - dt.timedelta(days=1)
            if until is not None
            else last.fact.period.start
        )
        after = self.store.nearest(since.isoformat(), after=True, limit=40)
        plain = replace(query, predecessor=frozenset(), terms=tuple(r.term for r in role))
        ranked = self._rank(plain, role, {rowid: 0.0 for rowid in after})
        own = {m.fact.id for m in theirs}
        fitting = [
            m
            for m in ranked
            if m.parts["coverage"] > 0 and m.parts["form"] > 0 and m.fact.id not in own
        ]
        if not fitting:
            return matches
        top = max(m.parts["coverage"] for m in fitting)
        pool = [m for m in fitting if m.parts["coverage"] >= ORDER_POOL * top]
        heir = min(pool, key=lambda m: (m.fact.period.start, -m.score))
        # As sure as the predecessor's fact was before its "about the predecessor" cost
        score = min(heir.score, last.score + PREDECESSOR_POINTS)
        chosen = Match(heir.fact, score, {**heir.parts, "successor": 1.0})
        return [chosen, *[m for m in matches if m.fact.id != heir.fact.id]]

    def _leaving(self, event: Query, anchor: Fact) -> Fact | None:
        """The fact that tells of the person an event names leaving ("when Gareth went off to
        Wales": "Gareth Pryce left to take on a farm of his own"): the anchor if it does, else
        the best fit of the facts that do; None when none does."""
        named = [t for t in event.content if t.proper]
        stems = {t.stem for t in named}
        if not named:
            return None
        if stems & self._leavers(anchor):
            return anchor
        resolved = [self.words.resolve(t) for t in named]
        asked = replace(event, terms=tuple(named))
        matches = self._rank(asked, resolved, self._candidates(asked, resolved))
        gone = [m for m in matches if stems & self._leavers(m.fact)]
        return gone[0].fact if gone else None

    def _leavers(self, fact: Fact) -> frozenset[str]:
        """The stems of the people a fact says left (with those its view says were
        succeeded, read once)."""
        view = self._fact_view(fact)
        return leavers(fact.text, view.predecessors)

    def _tenure_of(
        self, matches: tuple[Match, ...], named: Query, query: Query, anchor: Fact
    ) -> Fact:
        """The fact of a person's time in the role a who-question asks of, when the anchor
        is only the person ("before Stan Orrell", "after Harold Pennock"): of the facts that
        fit the name about as well as the best, the one that tells of his taking or holding a
        role the question names (or any role, when it names none), told with him as its
        subject; else the anchor as chosen."""
        assert query.anchor is not None
        if not _only_a_name(named, query):
            return anchor
        content = named.content
        asked = {t.stem for t in query.content} & HOLDER_STEMS
        named_stems = {t.stem for t in content}
        floor = matches[0].score - ANCHOR_MARGIN
        tenures = []
        for m in matches[: 1 + ANCHOR_RIVALS]:
            if m.score < floor or not (tells_of_taking(m.fact) or m.fact.until is not None):
                continue
            told = [stem(w) for w in words(m.fact.text)]
            # (his own: "Jade took over from her father Terry" is no time of Terry's)
            if named_stems <= set(told[: 3 + len(content)]) and (not asked or asked & set(told)):
                tenures.append(m.fact)
        return anchor if not tenures or anchor in tenures else tenures[0]

    def _role_of(self, fact: Fact) -> list[Resolved]:
        """The role a fact tells of someone taking or holding ("Tasha became retail
        manager": the manager), as question terms; none when it names no role."""
        if not (tells_of_taking(fact) or fact.until is not None):
            return []
        named = set(words(fact.text)) & HOLDER_WORDS
        return self._role_terms(named) if named else []

    def _role_terms(self, role: Iterable[str]) -> list[Resolved]:
        """Words that name a role ("retail", "manager"), read as a who-question's terms."""
        described = parse_question(
            "who " + " ".join(sorted(role)), today=self.today or dt.date.today()
        )
        return [self.words.resolve(t) for t in described.terms]

    def _weighed(self, question: str, query: Query) -> Answer | None:
        """ "Which came first, the picos or the quests?": each thing found as an anchor event
        is, and the earlier (later) of their facts chosen; declined when one is not found, and
        None when one fact tells of both."""
        told = []
        for side in query.compared:
            found = self.answer(side, self._parse(side))
            if found.top is None or found.top.score < ANCHOR_MIN:
                # ("the catamarans", to a base of dinghies: no fact is the earlier of the two)
                note = f"nothing recorded of {side}"
                return Answer(question, "declined", (), query, "none", note, found.unknown)
            # its beginning: the first of the facts that tell of it about as well as the best
            # ("the Tour of Wessex": its first run, not the year it was cancelled)
            close = [m for m in found.matches if m.score >= found.top.score - ANCHOR_MARGIN]
            told.append(min(close, key=lambda m: (m.fact.period.start, -m.score)))
        if len({m.fact.id for m in told}) < len(told):
            return None  # one fact tells of both: the question is about something else
        told.sort(key=lambda m: (m.fact.period.start, m.fact.period.end))
        if query.order == "latest":
            told.reverse()
        chosen = [Match(m.fact, m.score, {**m.parts, "compared": 1.0}) for m in told]
        return Answer(question, "answered", tuple(chosen), query, "fact")

    def _edge(self, question: str, query: Query) -> Answer:
        """ "What is the earliest event?": the first or last fact of the whole base."""
        rowid = self.store.edge(latest=query.order == "latest")
        if rowid is None:
            return Answer(question, "declined", (), query, "none", "the fact base is empty")
        match = Match(self._view(rowid).fact, 100.0, {"order": 1.0})
        return Answer(question, "answered", (match,), query, "fact")

    def _anchored(
        self,
        question: str,
        query: Query,
        resolved: list[Resolved],
        unknown: tuple[str, ...],
    ) -> Answer:
        assert query.anchor is not None
        if query.anchor.relation == "during" and query.time is not None:
            # "What did we start doing in March 2020 when covid hit?": the date says when
            return self.answer(question, replace(query, anchor=None))
        anchor_query = self._parse(query.anchor.text)
        if query.anchor.names:  # its words capitalised in the question are names
            terms = tuple(
                replace(t, proper=True) if t.word in query.anchor.names else t
                for t in anchor_query.terms
            )
            anchor_query = replace(anchor_query, terms=terms)
        anchor_answer = self.answer(query.anchor.text, anchor_query)
        event_terms = [
            self.words.resolve(t)
            for t in self.words.compounds(anchor_query.terms, anchor_query.text)
        ]
        event_matches = anchor_answer.matches
        if not event_matches and anchor_query.anchor is None:
            # too weak to suggest, it may still be the event, named by a telling word
            event_matches = tuple(
                self._rank(anchor_query, event_terms, self._candidates(anchor_query, event_terms))
            )
        top = event_matches[0] if event_matches else None
        unknown_words = [r for r in event_terms if not r.known]
        # ("after we moved to Berlin", Berlin unknown: not the move to Oslo)
        if top is not None and (
            (
                top.score >= ANCHOR_MIN
                and not any(r.term.word in query.anchor.names for r in unknown_words)
            )
            or (top.score >= ANCHOR_NAMED_MIN and self._names_event(event_terms, top.fact))
        ):
            anchor_answer = Answer(query.anchor.text, "answered", event_matches, anchor_query)
        if anchor_answer.status == "declined" or anchor_answer.top is None:
            if query.anchor.relation == "during" and anchor_query.time is not None:
                # "what did the CQC rate us when they came back in 2017?": the date says when
                return self.answer(question, replace(query, anchor=None, time=anchor_query.time))
            note = f"I don't know the event {query.anchor.text!r}"
            return Answer(
                question,
                "declined",
                anchor_answer.matches[:3],
                query,
                "none",
                note,
                anchor_answer.unknown,
            )
        anchor = the_event(anchor_answer.matches, anchor_query).fact
        if query.qtype == "who" and query.anchor.relation in ("before", "after"):
            # "Who was the keeper before Stan Orrell?": before he took the role, not before
            # the prize he won in it (and "after Harold Pennock": after his years in it, not
            # after his death)
            anchor = self._tenure_of(anchor_answer.matches, anchor_query, query, anchor)
        gone = None
        if (
            query.qtype == "who"
            and query.anchor.relation in ("during", "after")
            and (ending(query.anchor.text) or _STOPPED_RE.search(query.anchor.text) is not None)
        ):
            gone = self._leaving(anchor_query, anchor)
        leaving = gone is not None
        if gone is not None:
            # "who took over as chair when Margaret stopped?": when she left, not when she
            # took the chair; and the fact of her leaving may name who took over ("Imogen
            # Tate took over as shop manager when Pam Holroyd retired")
            anchor = gone
            if query.anchor.relation == "after" and tells_of_taking(gone):
                return _told_itself(question, query, gone, anchor_answer.matches[0].score, unknown)
        # ("after Stan Orrell": after his time in the role was over, when the fact tells when;
        # but "after the refurbishment" is after it began)
        tenure_over = (
            query.qtype == "who"
            and query.anchor.relation == "after"
            and _only_a_name(anchor_query, query)
        )
        arrival = None
        if query.qtype == "where" and not any(
            self.words.resolve(t).event for t in anchor_query.content
        ):
            # "Where was the workshop before Mill Lane?" (a place, no event): before the move
            # to Mill Lane, not before a flood there; and where it was, where it moved before
            first = query.anchor.relation == "before"
            arrival = self._arrival(anchor_answer.matches, anchor_query, first)
            anchor = arrival or anchor
        if (
            query.qtype == "where"
            and query.anchor.relation != "before"
            and not ending(query.anchor.text)  # ("where did Ronald go when he left?")
            and (meanwhile := self._meanwhile(query, resolved, anchor, anchor_query)) is not None
        ):
            # "where did the swim club train while the pool was shut after the storm?": "while
            # the pool was out of action the club trained at Bridstow", whatever the storm's
            # own fact says
            match = replace(meanwhile, parts={**meanwhile.parts, "meanwhile": 1.0})
            return Answer(question, "answered", (match,), query, "fact", "", unknown)
        if (
            query.qtype == "where"
            and query.anchor.relation != "before"
            and (interim := self._interim(anchor_answer.matches, anchor, anchor_query))
        ):
            # "Where did the shows go while the shed was rebuilt?": the fact of the event, or
            # one beside it, tells where they went meanwhile
            return _told_itself(question, query, interim, anchor_answer.matches[0].score, unknown)
        content = [r for r in resolved if not r.term.weak]
        if (
            query.qtype == "who"
            and query.anchor.relation in ("before", "after")
            and all(r.term.light or r.term.stem in _ROLE_VAGUE for r in content)
            and (role := self._role_of(anchor))
        ):
            # "Who came before Tasha?": whoever held Tasha's role ("became retail manager")
            resolved = content = role
        if query.anchor.relation == "during":
            # "Who led platform during the AWS migration?": the question, asked of the time the
            # event took ("in March 2016 - June 2017").
            # But "who was chair when we moved into the fire station?", told by the years we
            # were there, asks of the move: the span's start
            begun = anchor.until is not None and _BEGINNING_RE.search(query.anchor.text)
            period = anchor.date.period() if begun or leaving else anchor.period
            dated = anchor_query.time
            if dated is not None and dated.relation == "in" and dated.period.overlaps(period):
                # "while the organ was being rebuilt in the late nineties", told by a span of
                # 1992-2008: of the span, the late nineties
                period = Period(
                    max(period.start, dated.period.start), min(period.end, dated.period.end)
                )
            within = TimeConstraint("in", period, f"during {query.anchor.text}")
            inner = self.answer(question, replace(query, anchor=None, time=within))
            forms = self._fact_view(anchor).forms
            placed = query.qtype == "where" and "where" in forms
            # "who got injured when the wheel blew up?": whom the event's own fact names, when
            # the question asks of no role (not "who was our head of marketing during ...")
            befell = (
                query.qtype == "who"
                and "who" in forms
                and not any(r.term.word in _ROLES for r in content)
            )
            if not inner.answered and (placed or befell):
                # "where was the workshop when the flood hit?": where the flood says it hit (and
                # whom the burst's fact says it injured)
                return _told_itself(
                    question, query, anchor, anchor_answer.matches[0].score, unknown
                )
            if not inner.answered and (told := self._event_holding(anchor_answer, content)):
                # "which range got dropped when we cut recipes for the EU rules?": nothing
                # else was dropped then; the event the clause names is the one asked of
                return _told_itself(question, query, told.fact, told.score, unknown)
            note = f"during {anchor.id} ({anchor.when})"
            read = replace(inner.query, anchor=query.anchor)
            return replace(inner, query=read, note=inner.note or note, anchor=anchor)
        # "What became of the cleanroom after the line closed?": "the line was shut down; its
        # cleanroom was stripped ..." tells its fate (but "which kernel version came after 3.0?"
        # asks for the next one, though "Linux 3.0 was released" holds all its words)
        afterwards = query.anchor.relation == "after" and (
            query.asks_fate
            # "what's our station code since the merger?": the fact of the merger may tell it
            # (not "what came right after 3.0?", the next one)
            or (query.qtype == "what" and not query.anchor.nearest)
        )
        if (query.qtype in _ITSELF_TYPES or afterwards) and (
            told := self._event_holding(anchor_answer, content)
        ):
            # "When was the festival cancelled after rain flooded the field?": the event the
            # "after" clause names is the one asked about, not one after it; and of two
            # fires, the one the workshop was shut after ("how long was it shut after the fire")
            answer = _told_itself(question, query, told.fact, told.score, unknown)
            # "After: <the merger>" says how the question was read, unless it is the answer
            # itself
            return replace(answer, anchor=None if anchor == told.fact else anchor)
        view = self._fact_view(anchor)
        # "Which engine were we using before Unity?": the move to Unity says what it left; "what
        # did we switch to after the Unity fee row?": the move off Unity says what came next
        named = {t.stem for t in anchor_query.content}
        if (
            content
            and query.qtype == "what"
            and _SWITCH_RE.search(anchor.text)
            and any(term_match(r, view) for r in content if not r.term.light)
            and bool(named & view.left) == (query.anchor.relation == "after")
        ):
            return _told_itself(question, query, anchor, anchor_answer.top.score, unknown)
        after = query.anchor.relation == "after"
        # ("who took over from Walter when he retired": "Walter retired and handed the business
        # to his daughter" need not say "took over")
        required = [r for r in content if not (query.predecessor and r.term.light)]
        if content and after and _holds_all(required, view):
            asked = [t.stem for t in anchor_query.content]
            # "Where did the field school go after Coldharbour Lane?": "the field school
            # moved from Coldharbour Lane to Wickham" tells where it went
            moved_on = any(s in view.left for s in asked)
            # "Who took over as captain when Harold retired?": "Margaret Lund took over as
            # captain when Harold Pike retired" tells of both, as does "Robert Pryce retired
            # and his daughter Carys became MD" (but "Harold Pike, who had succeeded ...,
            # retired" tells of Harold)
            took_over = (
                query.qtype == "who"
                and ending(query.anchor.text)
                and tells_of_taking(anchor)
                and (tells_of_handover(anchor) or not any(s in view.early for s in asked))
            )
            if moved_on or took_over:
                return _told_itself(question, query, anchor, anchor_answer.top.score, unknown)
        # After "Dennis retired", a span of his is over at its end, not its start.
        ended = anchor.until is not None and (ending(query.anchor.text) or tenure_over)
        point = anchor.period.end if after and ended else anchor.period.start
        # "after the 1987 storm", known only from "the roof, damaged in the storm of October
        # 1987, was re-slated in March 1988": the storm's time is the question's, and the
        # fact that tells of it came after it (but "after the 2022 figures were published",
        # told by "the 2022 figures were published in March 2023", happened when its fact did)
        event_time = anchor_query.time
        told_later = (
            event_time is not None
            and anchor.period.start > event_time.period.end
            and not any(r.event and term_match(r, view) for r in event_terms)
        )
        if told_later and event_time is not None:
            point = event_time.period.end if after else event_time.period.start
        rowids = self.store.nearest(point.isoformat(), after=after, limit=40)
        candidates = {r: 0.0 for r in rowids}
        if content:
            candidates.update(self._candidates(query, resolved))
        # ("after the review": "after a review found ..., the board agreed a plan" came after)
        telling = {r.term.stem for r in event_terms if not r.term.light and not r.term.weak}

        def followed_by(fact: Fact) -> bool:
            return after and bool(telling) and telling <= placed_after(self._fact_view(fact))

        # ... or goes on to tell what came of it: "a student suffered an HF burn; since then
        # HF work needs a second person present" (though not what came next)
        went_on = bool(content) and _SINCE_THEN_RE.search(anchor.text) is not None
        followed = followed_by(anchor) or (after and went_on)
        if followed and anchor.id in self._rowids:
            candidates.setdefault(self._rowids[anchor.id], 0.0)
        views = self._views_for(candidates)

        def ok(f: Fact) -> bool:
            if f.id == anchor.id:
                return (told_later or followed) and after
            if after:
                # A fact known to the month of the anchor's day may be after it: "the road
                # stayed closed from November 1996" after the flood of 19 November 1996.
                unit = f.date.period()
                return f.period.start > point or unit.start < point <= unit.end
            return f.period.start < point

        kept = {r: candidates[r] for r, v in views.items() if ok(v.fact)}
        if not kept:
            note = f"nothing recorded {'after' if after else 'before'} {anchor.when}"
            return Answer(question, "declined", (), query, "none", note)
        if content:
            matches = self._rank(query, resolved, kept)
            best = max(m.parts["coverage"] for m in matches)
            # "who led the team before Marta?": of those who held it, in whatever words
            share = HOLDER_POOL if query.qtype == "who" and query.anchor.nearest else ORDER_POOL
            pool = [m for m in matches if m.parts["coverage"] >= share * best]
            if best == 0:  # nothing fits the main clause: the nearest event is the answer
                pool = [Match(m.fact, ANSWER_MIN, {**m.parts, "nearest": 1.0}) for m in pool]
            # "Where was it held before Castle Park?": the nearest fact that names a place
            pool = [m for m in pool if m.parts.get("form", 0.0) > 0] or pool
            if arrival is not None:  # "where was the workshop before Mill Lane?": its last move
                # (of the moves that fit at all: "where did we keep the buses before the
                # industrial estate?" is told by "the buses moved out of the barn into the
                # fire station yard", not by "the buses kept to the main road")
                moves = [
                    m
                    for m in matches
                    if m.parts["coverage"] >= MOVE_POOL * best > 0
                    and tells_of_move(self._fact_view(m.fact))
                ]
                pool = moves or [m for m in pool if tells_of_move(self._fact_view(m.fact))] or pool
            if query.qtype == "who" and not after:
                # "who chaired the trust before Owen?": the one whose time in it ended as his
                # began, though another of the chairs fits the words better
                # (or, of none, whose ended shortly before: a shepherd who left in December
                # before the next came in February)
                pool = (
                    [m for m in pool if _ended_at(m.fact, point)]
                    or [m for m in pool if _ended_shortly_before(m.fact, point)]
                    or pool
                )
            # ... of those that fit about as well as the best ("where was the boat kept
            # before ...": not a nearer fact that only names the boat)
            high = max(m.score for m in pool)
            pool = [m for m in pool if m.score >= high - NEAREST_MARGIN]
        else:
            pool = [Match(views[r].fact, 100.0, {"nearest": 1.0}) for r in kept]
        if query.qtype == "where" and all(m.parts.get("nearest") for m in pool):
            # "where were we based before we moved to the mill?", nothing but the event to go
            # by: the move before it, or else a fact that names a place (not the nearest fact)
            places = [m for m in pool if "where" in self._fact_view(m.fact).forms]
            moved = [m for m in places if tells_of_move(self._fact_view(m.fact))]
            pool = moved or places or pool
        sign = 1 if after else -1  # nearest first: the earliest after, the latest before
        pool.sort(key=lambda m: (sign * m.fact.period.start.toordinal(), m.fact.id))
        if content and not query.anchor.nearest:
            pool.sort(key=lambda m: -m.score)
        top = pool[0]
        # "Who ran the company after Eleanor stepped down?": the next to take a role, though
        # the fact says "took over as managing director", not "ran"
        heir = (
            query.qtype == "who"
            and after
            and ending(query.anchor.text)
            and tells_of_taking(top.fact)
            and top.score >= HEIR_MIN
        )
        # "what did the insurance money pay for after the fire?": "the insurance payout after
        # the fire bought ..." says it came after the event asked about
        says_after = followed_by(top.fact) and top.score >= FOLLOWED_MIN
        if top.score < ANSWER_MIN and not heir and not says_after:
            # (a word the base never uses is what the question asks, not talk around the event)
            told = None if unknown else self._event_holding_most(anchor_answer, content)
            if (
                told is not None
                and query.qtype == "who"
                and _only_a_name(anchor_query, query)
                and not (tells_of_taking(told.fact) or tells_of_handover(told.fact))
            ):
                # "who was treasurer before Graham Fenwick?" asks of someone else, whom
                # "Graham Fenwick served as treasurer from 2001" does not name
                told = None
            if told is not None:
                return _told_itself(question, query, told.fact, told.score, unknown)
            return Answer(
                question, "declined", tuple(pool[:3]), query, "none", "no good match", unknown
            )
        ordered = (top, *[m for m in pool if m is not top])
        note = f"{'after' if after else 'before'} {anchor.id} ({anchor.when})"
        shown = anchor if top.fact != anchor else None  # (the answer needs no "After:" line)
        return Answer(question, "answered", ordered, query, "fact", note, unknown, anchor=shown)


_SINCE_THEN_RE = re.compile(
    r"\b(?:since then|from then on|ever since|afterwards|after that|as a result|in response)\b",
    re.IGNORECASE,
)

_NTH = {name: n for n, name in enumerate(lexicon.ORDINAL_NAMES.values(), 1) if n >= 2}
_NTH_RE = re.compile(
    r"\b(?:the|its|our|their|a|for the) (" + "|".join(_NTH) + r")\b(?!-| world war)"
    r"((?: (?![a-z]+(?:ed|ing)\b)[a-z]+){0,3})",
    re.IGNORECASE,
)


def nth_asked(question: str) -> tuple[int, tuple[str, ...]]:
    """The place in order a question asks of, from the second on, and the words of the
    thing after it, up to a doing ("the second Heritage Lottery grant", "the third flood
    recorded"); 0 for none.

    >>> nth_asked("when did we win the Shield for the second time?"), nth_asked("our 2nd van")
    ((2, ('time',)), (0, ()))
    >>> nth_asked("when did we buy a second-hand van?")
    (0, ())
    >>> nth_asked("when was the third river flood recorded")
    (3, ('river', 'flood'))
    """
    found = _NTH_RE.search(question)
    if not found:
        return 0, ()
    return _NTH[found[1].lower()], tuple(found[2].lower().split())


def says_ordinal(text: str) -> bool:
    """Tell whether a fact places itself in an order ("the second flood", "again")."""
    return bool(_ORDINAL_SAID_RE.search(text))


_ORDINAL_SAID_RE = re.compile(
    r"\b(?:" + "|".join(lexicon.ORDINAL_NAMES.values()) + r"|again|another|once more)\b|"
    r"\b\d+(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)


_ROLES = lexicon.ROLE_TITLES | lexicon.ROLE_NOUNS
# What qualifies a role without naming a role of its own ("our new treasurer", "the first
# chair"): not a part of the role's name
_ROLE_QUALIFIERS = frozenset(
    "new old current former previous next last first acting interim joint sole only very "
    "founding original present late honorary retired outgoing incoming many much more most "
    "few several some all other any each every".split()
)
# (one role, not "the engine drivers" or "how many players"; and not a word that is a doing
# too: "what did Ellen cook?")
_ROLE_NAMED_RE = re.compile(
    r"(?<![\w'’])([a-z]{2,})[ -](" + "|".join(sorted(_ROLES - {"cook", "lead", "head"})) + r")\b"
)


def _named_as_gone(view: FactView) -> frozenset[str]:
    """The stems of what a fact says was left or whom it says someone succeeded."""
    return view.left | view.predecessors


def _spans(answer: Answer) -> bool:
    """Tell whether an answer's fact is a span of time."""
    top = answer.top if answer.answered else None
    return top is not None and top.fact.until is not None


def counts_differ(question: str, text: str) -> bool:
    """Tell whether a fact gives another count of the thing a question counts: "a ring of
    ten", asked of a fact that says "a ring of eight"; a year is no count.

    >>> counts_differ("when was it made a ring of ten?", "making it a ring of eight")
    True
    >>> counts_differ("when did we get 3 new boats?", "the club bought three new boats")
    False
    """
    asked = words(question, normalized=True)  # (as the query reads it)
    counts = [i for i, w in enumerate(asked) if _is_count(w)]
    if not counts:
        return False  # (most questions count nothing: the fact need not be read)
    told = words(text)
    told_counts = {_COUNT_NAMES.get(w, w) for w in told if _is_count(w)}
    for index in counts:
        word = asked[index]
        if _COUNT_NAMES.get(word, word) in told_counts:
            continue
        if index and asked[index - 1] in _BOUNDS:
            continue  # "under ten minutes" is a bound, which "8 minutes" meets
        nouns = [
            w
            for w in asked[max(0, index - 2) : index + 3]
            if w not in _COUNT_GLUE and not _is_count(w)
        ]
        for at, other in enumerate(told):
            if not _is_count(other):
                continue
            near = told[max(0, at - 2) : at + 3]
            if any(n in near for n in nouns):
                return True
    return False


def _is_count(word: str) -> bool:
    """Tell whether a word is a count ("ten", "12"), not a year."""
    return (word.isdigit() and not is_year(word)) or word in _COUNT_NAMES


_COUNT_NAMES = {
    name: number for number, name in lexicon.NUMBER_NAMES.items() if 1 < int(number) <= 20
}
_COUNT_GLUE = lexicon.STOPWORDS | {"of", "a", "an", "the"}
_BOUNDS = frozenset(
    "under over than nearly about around almost least most some approximately roughly".split()
)


def roles_named(question: str) -> list[tuple[str, str]]:
    """The roles a question names with a word of their own before them, as stems ("who was
    our press officer?": ("press", "officer")); "our new treasurer" names none.

    >>> roles_named("Who was the club's vice-chair and its safety officer in 1990?")
    [('vice', 'chair'), ('safeti', 'officer')]
    >>> roles_named("who was the first chair of the trust?"), roles_named("who's chair now?")
    ([], [])
    """
    found = []
    for match in _ROLE_NAMED_RE.finditer(question.lower()):
        qualifier = match[1]
        if (
            qualifier in lexicon.STOPWORDS
            or qualifier in lexicon.LIGHT
            or qualifier in _ROLE_QUALIFIERS
            or is_ordinal(qualifier)
        ):
            continue
        found.append((stem(qualifier), stem(match[2])))
    return found


def holds_roles(text: str, roles: list[tuple[str, str]]) -> bool:
    """Tell whether a fact names each role as the question does, its words side by side
    ("press officer"), or the other way about ("officer for the press", "director of
    finance")."""
    stems = [stem(w) for w in words(text.lower().replace("-", " "))]
    for qualifier, role in roles:
        beside = (qualifier, role) in pairwise(stems)
        # "director of finance", "head of the press office"
        after = any(
            stems[i] == role and qualifier in stems[i + 1 : i + 4] for i in range(len(stems))
        )
        if not (beside or after):
            return False
    return True


# What the world at large knows, not a team's history: "how long do labradors usually live?",
# "what temperature is a fridge supposed to be kept at?", "who won the rugby world cup?"
_GENERAL_RE = re.compile(
    r"\b(?:usually|normally|typically|generally|supposed to|in general|on average)\b|"
    r"\bworld (?:cup|record|championships?|series)\b|\bolympics?\b|"
    r"^\W*how (?:is|are|do|does) \w+(?: \w+)? (?:formed|made|produced|work|grow|live)\b|"
    # "how fast can a swan fly?", "how long does a seal pup stay with its mother?"
    r"^\W*how \w+(?: \w+)? (?:can|do|does|will|would) (?:an?|most|any) \w+"
)
# ... of which these are never asked of a base's history: how a thing is in general
_GENERAL_KNOWLEDGE_RE = re.compile(
    r"^\W*how (?:is|are) \w+(?: \w+)? (?:formed|made|produced)\W*$|"
    # ("how long is a quarter in a water polo match?")
    r"^\W*how \w+ (?:is|are) (?:an?|the average) \w+(?: \w+)?"
    r"(?: (?:in|at|on|of) (?:an?|the) \w+(?: \w+){0,2})?\W*$|"
    r"^\W*how many \w+(?: \w+)? (?:are|is) there (?:in|on) (?:an?|each|every) \w+(?: \w+)?\W*$|"
    # "how many players are on a hurling team?", "how many species of orchid are there in the
    # world?", "how many pins are used in ten-pin bowling?"
    r"^\W*how many [\w-]+(?: [\w-]+){0,2} (?:are|is) (?:(?:there )?(?:in|on) (?:an?|each|every|"
    r"the world)\b|(?:used|needed|allowed) (?:in|on|for)\b)[^?]*\W*$|"
    # "what is the chemical formula of methane?", "what's the capital of new zealand?"
    r"^\W*what(?:'s| is) the (?:chemical formula|chemical symbol|atomic number|"
    r"capital(?: city)?|speed of \w+) (?:for|of) [\w' -]+\W*$|"
    # "what does the word karate actually mean?", "what's the latin name for blackthorn?"
    r"^\W*what does the word \w+ (?:actually |really )?mean\W*$|"
    r"^\W*what(?:'s| is) the (?:latin|scientific|botanical) name (?:for|of) (?:an? |the )?"
    r"\w+(?: \w+)?\W*$|"
    # "how long do puffins live for?"
    r"^\W*how (?:long|old|big|fast|far|high|heavy|tall|deep) (?:do|does|can) \w+(?: \w+)? "
    r"(?:live|grow|get|fly|run|swim|weigh|dive)\b|"
    # "at what temperature does iron melt?"
    r"^\W*(?:at )?what temperature (?:does|do|is|are|will|would) [\w' -]+ (?:melt|boil|freeze|"
    r"ignite|evaporate|melted|boiled|frozen)(?: at)?\W*$|"
    # "what's the tallest roller coaster in the world?", "the longest river in England"
    r"^\W*(?:what|which)(?:'s| is| was)? the (?:\w+est|biggest|most \w+) [\w' -]+ (?:in|on) "
    r"(?:the )?(?:world|earth|planet|britain|great britain|england|scotland|wales|ireland|"
    r"europe|uk|country)\W*$|"
    # "what's the weather going to be like in bergen tomorrow": not yet history
    r"\bweather\b.*\b(?:tomorrow|tonight|forecast|going to be|this weekend|next week)\b|"
    # "what's the highest checkout you can get in darts?"
    r"^\W*what(?:'s| is) the (?:highest|lowest|maximum|minimum|most|best|fastest) [\w' -]+ "
    r"(?:you|one|anyone) can\b"
)
# ... and a question its asker says is not of us ("random one, nothing to do with us, but what
# year did the first talking picture come out?"), in words the reading sets aside as talk
_NOT_OURS_RE = re.compile(
    r"\bnothing to do with (?:us|the (?:club|society|team|group|trust|company|firm))\b|"
    r"\boff[- ]topic\b",
    re.IGNORECASE,
)
# Words for a role a question may ask who held ("lead" and "head" are verbs too)
_ROLE_WORDS = _ROLES - {"lead", "head"}
_HEAD_ROLE_RE = re.compile(r"\bhead ([a-z]{3,})\b")  # "head gardener", "head barber"
# Taking on a role: "when did she become chair?", "when was he appointed treasurer?"
_TAKES_ROLE_RE = re.compile(
    r"\b(?:become|became|made|appointed|elected|named|t(?:ake|ook) over as|start(?:ed)? as|"
    r"step(?:ped)? up as)\b"
)
# ... and what may follow the role's own word ("chair of the trustees", "captain in 2019")
_ROLE_ENDS = r"(?:of|at|for|in|on|to|and|or|with|when|after|before|from|since|by|then|now)\b"
# An event named by its year that another is of: "the inquest into the 2011 drowning"
# (but "what damage did the 2016 flood do?" asks of the flood itself)
_NAMED_BY_YEAR_RE = re.compile(
    r"\b(?:into|of|after|from|for|about|over|since|following|by|on|at|to|in) "
    r"(?:the|our|that) (?:1[0-9]|20)[0-9]{2} [a-z]"
)
# Someone's leaving, besides the endings ``ending`` reads: "when margaret stopped", "when
# gareth went off to wales"
_STOPPED_RE = re.compile(r"\b(?:stop|stops|stopped|went off|gone off|moved on|packed up)\b")
# An event that begins something: "when we moved into the fire station", "when it opened"
_BEGINNING_RE = re.compile(
    r"\b(?:moved? (?:in|into|to)|moving (?:in|into|to)|opened|started|began|begun|joined|"
    r"arrived|launched|founded|set up|took over|came in|first)\b"
)
# "who held the job before Tasha?": the job is hers, whatever it was
_ROLE_VAGUE = frozenset(stem(w) for w in "job role post position hold held have had".split())
_FOUNDING_ASKED_RE = re.compile(
    r"\b(?:found|founded|founding|form|formed|establish|established|set up|start|started|"
    r"begin|began|begun|origin|origins|originally|name|named|called)\b"
)
_BODY_WORDS = frozenset(lexicon.BODY_NOUNS) | {
    "committee",
    "board",
    "restaurant",
    "museum",
    "theatre",
    "cinema",
    "yard",
}
_HAPPENED_RE = re.compile(
    r"\bhappen(?:ed|ing|s)?\b|\b(?:went|going) on\b|\bcame next\b|\bnext (?:for|thing)\b",
    re.IGNORECASE,
)
_HISTORY = frozenset(("history", "timeline", "story", "records", "archives", "annals"))
BODY_WEIGHT = 0.25
HANDOVER_GAP = dt.timedelta(days=183)  # a role empty this long still passed from one to the next
HOLDING_SHARE = 0.5  # an anchor event's fact holding this share of the rest answers for itself
EVERYWHERE_SHARE = 0.3  # a word on this share of facts is the base's subject, for "what happened"


def _ended_at(fact: Fact, point: dt.date) -> bool:
    """Tell whether a fact's span ended when something began at ``point`` (to the month its
    end is known to): "chair from June 2006 until May 2017", before one elected in May 2017."""
    if fact.until is None:
        return False
    end = fact.until.period()
    return end.start <= point <= end.end or point.replace(day=1) == end.start.replace(day=1)


def _ended_shortly_before(fact: Fact, point: dt.date) -> bool:
    """Tell whether a fact's span ended a little before ``point``, within HANDOVER_GAP."""
    if fact.until is None:
        return False
    return dt.timedelta(0) <= point - fact.until.period().end <= HANDOVER_GAP


def _names_our_body(r: Resolved) -> bool:
    """Tell whether a question's word is a body's common noun ("the club", "the committee"),
    which the facts of a base about that body seldom say, and not a name ("the Club")."""
    return r.term.word in _BODY_WORDS and not r.term.proper


def _asks_holder(query: Query, content: list[Resolved]) -> bool:
    """Tell whether a question asks who held a role at a time ("who was chair in 2002?")."""
    return (
        query.qtype == "who"
        and query.order is None
        and query.time is not None
        and query.time.relation == "in"
        and any(r.term.stem in HOLDER_STEMS for r in content)
    )


def _asks_name_then(query: Query) -> bool:
    """Tell whether a question asks what something was called at a time ("what was the
    shop called in the 1970s?", "... before 2011?")."""
    time = query.time
    if not query.naming or query.later_name or query.order is not None or time is None:
        return False
    # (of the naming, not of something else: "what were the gritters we got in 2012 called?")
    said = re.escape(time.text)
    edge = rf"^\W*(?:back\s+)?{said}\b|\b(?:called|named|known as|titled)\s+{said}\W*$"
    return time.relation in ("in", "before") and re.search(edge, query.text, re.I) is not None


def _only_a_name(event: Query, query: Query) -> bool:
    """Tell whether an anchor event is only a name ("before Stan Orrell"), every word of it
    a name in the question."""
    assert query.anchor is not None
    return bool(event.content) and all(t.word in query.anchor.names for t in event.content)


def _told_itself(
    question: str, query: Query, fact: Fact, score: float, unknown: tuple[str, ...]
) -> Answer:
    """An anchored question answered by the fact of its event itself (or one beside it)."""
    match = Match(fact, score, {"anchor_itself": 1.0})
    return Answer(question, "answered", (match,), query, "fact", "", unknown)


def _holds_all(content: list[Resolved], view: FactView) -> bool:
    """Tell whether a fact holds every content word of a question, each as itself or as a
    synonym ("shut" for "closed")."""
    return all(term_match(r, view) >= SYNONYM_CREDIT for r in content)


def _period_text(period: Period) -> str:
    return f"{period.start.isoformat()}..{period.end.isoformat()}"
