"""A fact base's vocabulary, and how each question word stands to it: exactly, by stem, by
another form of the verb, by a synonym, by typo correction, or not at all.

The engine builds one per loaded base (from the ``terms`` table, once) and asks it about each
question word; answers are cached, since the base does not change under it.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import top_n_list

from bot import lexicon, meaning
from bot.evidence import ALNUM_RE, MEASURED_RE, Resolved
from bot.people import Person, aliases
from bot.query import TYPO_ZIPF, Term
from bot.text import (
    EVENT_STEMS,
    count_of,
    groups_of,
    in_order,
    is_identifier,
    is_lettered,
    kinds_of,
    opposites_of,
    ordinal_of,
    stem,
    zipf,
)

FILLER_MIN = 4  # shortest word read as a mistyped light word ("wich", "useing")
SWAPPED_ZIPF = 4.0  # a word this rare the base lacks may be a base word with two letters swapped
SHORT_TYPO_ZIPF = 3.5  # a rare three-letter word the base lacks may be a name cut short ("tod")
LEFT_OUT_ZIPF = 4.5  # a word this rare the base lacks may be a base word with a letter left out
DOUBLED_ZIPF = 3.0  # how common an English word with a letter doubled must be to be meant
PREFIX_MIN = 4  # shortest shared prefix that counts ("fail" and "failure")
SPLIT_MIN = 3  # shortest word a compound the base writes as two is split into ("car")
CLIPPED_MIN = 5  # shortest word taken as another cut short ("refurb"), not as a typo
CLIPPED_ZIPF = 2.0  # ... and a word in use, as a clipped word is and a typo seldom is
SWAPPED_OVER_CLIPPED = 2.0  # ... unless swapping two letters makes a word this much commoner
HEAD_MIN = 3  # shortest word that heads a compound ("bus" of "minibus")
COMPOUND_MIN = 4  # shortest word that, added to a stem, makes a compound ("flood" + "light")
COMPOUND_ZIPF = 4.0  # ... and how common it must be to count as a word of its own
_PHRASE_STEMS = frozenset(stem(token) for _, token in lexicon.PHRASES if token.isalpha())
PHRASE_ZIPF = 4.0  # how common the words a phrase's token stands for are taken to be
_TOKEN_PARTICLES = (
    *("off", "out", "up", "down", "in", "on", "over", "back"),
    *("live", "with", "forward"),
)


def _phrasal(token: str) -> bool:
    """Tell whether a phrase's token stands for a verb and its particle ("calloff",
    "golive", "incharge"), not for a thing with a name of two words ("goldenjubilee").

    >>> _phrasal("calloff"), _phrasal("incharge"), _phrasal("goldenjubilee")
    (True, True, False)
    """
    verb_and_particle = any(
        token.endswith(p) and zipf(token[: -len(p)]) >= PHRASE_ZIPF for p in _TOKEN_PARTICLES
    )
    return verb_and_particle or (token.startswith("in") and zipf(token[2:]) >= PHRASE_ZIPF)


@functools.cache
def _phrasal_tokens() -> frozenset[str]:
    """The phrases' tokens that stand for a verb and its particle, found on first use (the
    word frequencies they need are loaded only when a question needs them)."""
    return frozenset(
        t
        for _, token in lexicon.PHRASES
        for t in token.split()
        if t.isalpha() and zipf(t) < PHRASE_ZIPF and _phrasal(t)
    )


_ENDINGS = frozenset("ship less able like ward wards wise hood ment ness ally some".split())
COMPLEMENT_WEIGHT = 0.5  # what a thing became says less of which fact it is than its name
TYPO_CREDIT = 0.9  # a corrected typo counts for this much of the word
DROPPED_G_GAP = 1.5  # how much commoner (zipf) "being" must be than "bein" to be meant
PROPER_WEIGHT = 0.6  # a name weighs at least this, unless the base names it on most facts
PROPER_IDF = 0.6
RESPELT_ZIPF = 4.0  # a word rarer than this the base lacks may be a name spelt another way
RESPELT_MIN = 5  # ... if it is this long: a short one differs from too many words by a letter
UNKNOWN_NAME_WEIGHT = 0.9  # a name the base never uses says it is about something else
IDENTIFIER_WEIGHT = 1.2
NAME_ZIPF = 4.5  # a person's name this common is a word too ("grant", "rose") and read as one
CACHE_SIZE = 4096  # question words remembered
ENGLISH_WORDS = 30_000  # the common words a typo may be of, when the base has no near word
ALIKE_MIN = 0.65  # how near in meaning a base word must be to stand for one it lacks
# ... and to stand, for less, for one it has: "cars" for "vehicles", "selling" for "sale" (a
# base that uses both "behind" and "front", 0.69 near, or "shop" and "store", 0.66, may mean
# two things by them)
NEAR_MIN = 0.75
ALIKE_ZIPF = 2.5  # ... both words this common (a rarer one is a typo or a name, and its
# neighbours are words spelt like it, not meant like it)
ALIKE_GENERAL = 5.5  # ... and the base's word no commoner: "year" is too broad for "annual"


def _single_letters(word: str) -> str:
    """A word with each run of one letter written once ("orrell" -> "orel")."""
    return _DOUBLED_RE.sub(r"\1", word)


_DOUBLED_RE = re.compile(r"(.)\1+")
_PARTICLES = ("back", "out", "up", "down", "off", "over", "in", "on")


class Vocabulary:
    """The words of one fact base, by word and by stem, with how many facts hold each."""

    def __init__(
        self, terms: Iterable[tuple[str, int]], size: int, people: Iterable[Person] = ()
    ) -> None:
        self.size = max(size, 1)
        people = list(people)
        self.df_of: dict[str, int] = dict(terms)
        # A person's other names ("peg" -> "alderson"), by stem, as the base writes them
        self.aliases: dict[str, frozenset[str]] = {
            stem(name): frozenset(map(stem, others)) for name, others in aliases(people).items()
        }
        # The names of the base's people that are no common words ("tamika", not "rose")
        self.names: frozenset[str] = frozenset(
            name
            for person in people
            if person.first
            for name in (person.first, person.last)
            if zipf(name) < NAME_ZIPF
        )
        # ... and every word of their names, common or not ("Owen Marsh"): what a name
        # mistyped with a capital is likeliest of
        self.name_words: frozenset[str] = frozenset(
            name.lower() for person in people for name in (person.first, person.last) if name
        )
        self._name_list = sorted(self.name_words & self.df_of.keys())
        self.stem_df: dict[str, int] = {}
        # The base's own commonest word for each stem: what the full-text index is searched
        # with, since its stemmer (porter) and ours differ on some forms ("succeed")
        self.word_of_stem: dict[str, str] = {}
        for word, df in self.df_of.items():
            key = stem(word)
            if df > self.stem_df.get(key, 0):
                self.stem_df[key] = df
                self.word_of_stem[key] = word
        self.base_groups: frozenset[int] = frozenset().union(*map(groups_of, self.stem_df))
        self.base_kinds: frozenset[int] = kinds_of(frozenset(self.stem_df))
        self.sorted_words = sorted(self.df_of)
        self.sorted_stems = sorted(self.stem_df)
        self.sorted_reversed = sorted(s[::-1] for s in self.stem_df)  # for compounds' heads
        self.by_length: dict[int, list[str]] = {}
        # ... and by their letters with each doubled one single ("orel" for "orrell"), where
        # only one word has them
        undoubled: dict[str, set[str]] = {}
        for word in self.df_of:  # what a typo may be of: no function word ("swtich", "which")
            if word.isalpha() and len(word) >= 3 and word not in lexicon.STOPWORDS:
                self.by_length.setdefault(len(word), []).append(word)
                undoubled.setdefault(_single_letters(word), set()).add(word)
        self.undoubled = {
            key: next(iter(found)) for key, found in undoubled.items() if len(found) == 1
        }
        self._resolved: dict[Term, Resolved] = {}

    def resolve(self, term: Term) -> Resolved:
        """How a question word stands to this base (cached: the base does not change)."""
        resolved = self._resolved.get(term)
        if resolved is None:
            if len(self._resolved) >= CACHE_SIZE:
                self._resolved.clear()
            resolved = self._resolved[term] = self._resolve_uncached(term)
        return resolved

    def _resolve_uncached(self, term: Term) -> Resolved:
        common = zipf(term.word)
        if term.identifier and not groups_of(term.word):
            word = term.word
            if word.endswith("s") and not self.knows_identifier(word):
                word = word[:-1]  # "the F27s" are F27s
            forms = {word, term.word[:-1]} if term.word.endswith("s") else {word}
            split = ALNUM_RE.fullmatch(word) or MEASURED_RE.fullmatch(word)
            if split and not self.knows_identifier(word):
                # "ie6" is written "Internet Explorer 6", "the 7m dish" "the 7-metre dish"
                forms.add(split["number"])
            known = any(self.knows_identifier(form) for form in forms) or bool(
                self.other_forms(term.word)
            )
            if not known and word[-1].isdigit():  # "argon2", to a base with "Argon2id"
                known = bool(self.lettered_on(stem(word)))
            credit, correction = 1.0, None
            if not known and (fixed := self._named_id_typo(word)) is not None:
                # "meridain-2": the base's Meridian-2, its name mistyped
                forms, known, credit, correction = {fixed}, True, TYPO_CREDIT, fixed
            return Resolved(
                term,
                frozenset(forms),
                frozenset(),
                IDENTIFIER_WEIGHT,
                known,
                credit,
                correction,
                exact=True,
            )
        # "leave" also finds "left", "ten" finds "10": the word's other forms in this base.
        other_stems = frozenset(
            s for s in map(stem, _alternatives(term.word)) if s in self.stem_df
        ) - {term.stem}
        if term.proper and term.stem not in self.stem_df:
            # "our Canadian tour": the base's tour of Canada
            other_stems |= {stem(p) for p in _places_of(term.word) if p in self.df_of}
        stems = {term.stem}
        credit, correction = 1.0, None
        known = term.stem in self.stem_df or bool(other_stems)
        # A word whose synonyms the base has ("incharge": "director") is no typo
        known = known or bool(groups_of(term.stem) & self.base_groups)
        # ... nor is a word cut short ("refurb" for the base's "refurbishment")
        known = known or (
            len(term.stem) >= CLIPPED_MIN
            and common >= CLIPPED_ZIPF
            and _any_with_prefix(self.sorted_stems, term.stem)
            # ... though "strat" is "start" with two letters swapped, far likelier than
            # "strategy" cut short
            and zipf(self._transposed(term.word) or term.word) < common + SWAPPED_OVER_CLIPPED
        )
        # "Grade A" is no typo of the base's "Grade C": a letter names one of a kind, exactly
        lettered = is_lettered(term.word)
        corrigible = not known and not lettered
        dropped_g = _dropped_g(term.word) if corrigible else None
        if dropped_g is not None:
            correction = dropped_g  # "when did dennis stop bein treasurer": "being"
        elif corrigible and common < TYPO_ZIPF and len(term.word) >= 4:
            correction = (
                self._doubled(term.word)
                or self._undoubled(term.word)
                or self._transposed(term.word)
                or self.correct(term.word, named=term.proper)
                or self.correct_english(term.word)
            )
        elif (
            corrigible
            and not term.proper
            and common < SWAPPED_ZIPF
            and len(term.word) >= 4
            and (swapped := self._swapped_back(term.word)) is not None
        ):
            correction = swapped  # "when did the straw bran burn": the base's barn
        elif corrigible and common < LEFT_OUT_ZIPF and len(term.word) >= 4 and not term.proper:
            correction = self._left_out(term.word)  # "the last corvane sever": "server"
        elif not known and len(term.word) == 3 and term.word.isalpha():
            # "the drill hal": a doubled letter left out of a word the base has, however
            # common the short word is elsewhere ("hal", "rom")
            doubled = self._doubled(term.word) if not term.proper else None
            if doubled is not None and doubled in self.df_of:
                correction = doubled
            elif common < SHORT_TYPO_ZIPF:
                correction = self._left_out(term.word)  # "hil" for "hill", "ivs" for "ives"
        if correction is None and corrigible and TYPO_ZIPF <= common < RESPELT_ZIPF:
            correction = self._respelt(term.word)  # "dr hussein", to a base with "Hussain"
        filler = correction is not None and correction in _FILLER_SET  # ("bein": "being")
        if not (known or term.proper) and correction is None and common < TYPO_ZIPF:
            correction = _filler(term.word)  # "useing", "finaly": light words, mistyped
            filler = correction is not None
        if correction is not None:
            stems = {stem(correction)}
            credit, known = TYPO_CREDIT, True
            common = zipf(correction)
        elif corrigible and not term.proper and common < TYPO_ZIPF and len(term.word) >= 5:
            # "discoverd", to a base that never says "discovered": still not ours, but weighed
            # as the word it was meant to be, not as a rare one
            english = self.nearest_english(term.word)
            if english is not None:
                common = zipf(english)
        groups: frozenset[int] = frozenset().union(*(groups_of(s) for s in stems | other_stems))
        known = known or bool(groups & self.base_groups)
        df = max((self.stem_df.get(s, 0) for s in stems), default=0)
        misspelt = (
            correction is None
            and common < TYPO_ZIPF
            and term.word not in self.df_of
            and term.stem in self.word_of_stem
        )
        if misspelt:
            # "becom", the base's "become" by its stem: weighed as that word, and light if
            # that is a light word
            common = max(common, zipf(self.word_of_stem[term.stem]))
        if term.word in _phrasal_tokens():
            # "golive", "calloff": a token for everyday words ("go live", "call off"), as
            # common as they are, though no dictionary has it
            common = max(common, PHRASE_ZIPF)
        rarity = min(1.0, max(0.15, (7.0 - common) / 4.0))
        idf = math.log(1 + self.size / df) / math.log(1 + self.size) if df else 1.0
        weight = rarity * (0.35 + 0.65 * min(1.0, idf))
        if term.proper:  # a name, however common a word: but a name on every fact says little
            weight = max(weight, PROPER_WEIGHT * min(1.0, idf / PROPER_IDF))
        if term.weak:
            weight *= 0.25
        if term.light or filler or (misspelt and term.stem in _LIGHT_STEMS):
            weight *= 0.2
        if term.complement and not term.proper:
            weight *= COMPLEMENT_WEIGHT
        # "telly", to a base that says "television": no "tell" cut from it
        synonymous = term.stem not in self.stem_df and bool(groups & self.base_groups)
        # ("Stonehenge" is no stone; nor is "shopfiy", the base's Shopify mistyped, a shop)
        shortened = not synonymous and not term.proper and correction is None
        related = (
            frozenset().union(*(self.related_stems(s, shortened=shortened) for s in stems))
            if not lettered  # ("seriesb" is no longer "series")
            else frozenset()
        )
        # "change their name", to a base that says "renamed": "named the cup" holds only a word
        # of the phrase, for as little as a word near in meaning
        cut = (
            related
            - frozenset().union(
                *(self.related_stems(s, shortened=shortened, phrase_cut=False) for s in stems)
            )
            if synonymous
            else frozenset()
        )
        related -= cut
        if not lettered and correction is None:
            # "who took over from Peg?": "Sohal succeeded Alderson" names her too
            related |= self.aliases.get(term.stem, frozenset()) - stems
        known = known or bool(related)  # "edited" is not news to a base that says "editor"
        event = any(s in EVENT_STEMS for s in stems)
        kinds = kinds_of(stems | other_stems)
        known = known or bool(kinds & self.base_kinds)  # "caved in" to a base with "damaged"
        alike: frozenset[str] = frozenset()
        if not (known or term.proper or term.weak or term.light) and zipf(term.word) >= ALIKE_ZIPF:
            # "flames", to a base that says "fire": what is near in meaning, as a last resort
            alike = self._alike(term.word)
            known = bool(alike)
        near: frozenset[str] = frozenset()
        if (
            known
            and not (alike or term.proper or term.weak or term.light)
            and zipf(term.word) >= ALIKE_ZIPF
        ):
            # "when were private cars banned from the pass road?", to a base that has "cars"
            # but tells this in "vehicles": the words nearest in meaning, but never its
            # opposite ("lose" is near "win")
            against = opposites_of(groups)
            near = frozenset(
                s for s in self._alike(term.word, NEAR_MIN) - stems if not groups_of(s) & against
            )
        near |= cut
        if term.proper and not known and not term.weak:
            weight = max(weight, UNKNOWN_NAME_WEIGHT)  # "the Land Rover Discovery": not ours
        if term.word in lexicon.ANSWER_WORDS:
            # "what caused the outage", to a base that never says "cause" (and a base that does
            # may tell this cause in other words)
            weight *= 0.3 if known else 0.2
        return Resolved(
            term,
            frozenset(stems),
            groups,
            weight,
            known,
            credit,
            correction,
            related=related,
            event=event,
            forms=other_stems,
            kinds=kinds,
            alike=alike,
            near=near,
        )

    def _alike(self, word: str, least: float = ALIKE_MIN) -> frozenset[str]:
        """The base's stems of the words at least ``least`` near in meaning to ``word``."""
        return frozenset(
            stemmed
            for near in meaning.alike(word, least)
            if near not in lexicon.STOPWORDS
            and ALIKE_ZIPF <= zipf(near) < ALIKE_GENERAL
            and (stemmed := stem(near)) in self.stem_df
        )

    def related_stems(
        self, stemmed: str, *, shortened: bool = True, phrase_cut: bool = True
    ) -> frozenset[str]:
        """Base stems that extend this one or that it extends (unless not ``shortened``, but a
        phrase we joined is cut back to its words unless not ``phrase_cut``), when both are
        long enough, and the doer of a verb ("edit" and "editor", "own" and "owner")."""
        doers = {stemmed + "er", stemmed + "or", stemmed[:-2] if stemmed[-2:] in _DOER else ""}
        agents = {d for d in doers | _nominal(stemmed) if len(d) >= 3 and d in self.stem_df}
        agents.discard(stemmed)
        if stemmed.isalpha() and len(stemmed) >= 2:
            agents |= self._models(stemmed)  # "the crj" is the CRJ700
        if len(stemmed) < PREFIX_MIN:
            # ... and a short word may still head a compound ("bus" for "minibus")
            return frozenset(agents | self._headed_by(stemmed))
        # Not the first word of a compound ("flood" for "floodlights"): another thing. But a
        # compound we made of a phrase ("data centre") holds the words the asker wrote.
        ours = phrase_cut and stemmed in _PHRASE_STEMS
        found = agents | {
            stemmed[:n]
            for n in range(PREFIX_MIN, len(stemmed) if shortened or ours else PREFIX_MIN)
            if stemmed[:n] in self.stem_df and (ours or not _compound(stemmed[n:]))
        }
        # ... nor the start of one ("nicked" for "nicknamed", "flood" for "floodlights")
        found.update(
            s
            for s in _with_prefix(self.sorted_stems, stemmed)
            if not _compounded(self.word_of_stem.get(s, s)[len(stemmed) :])
        )
        found |= self._headed_by(stemmed)
        if stemmed.startswith("re") and self._lacks(stemmed):
            # "rebuilt", to a base that only tells of building work
            found |= self._forms(stemmed[2:])
        found.discard(stemmed)
        found.discard(stemmed + "ly")  # "work more closely" tells of no closing (text.stem)
        return frozenset(found)

    def lettered_on(self, name: str) -> list[str]:
        """The base's words that go on from a name in letters ("argon2": "argon2id")."""
        return [
            self.word_of_stem[s]
            for s in _with_prefix(self.sorted_stems, name)
            if s[len(name) :].isalpha()
        ]

    def _forms(self, stemmed: str) -> set[str]:
        """The base's stems of this word in any of its forms ("built": "build")."""
        return {stemmed, *map(stem, _alternatives(stemmed))} & self.stem_df.keys()

    def _lacks(self, stemmed: str) -> bool:
        """Tell whether the base has this word in none of its forms ("rebuilt", "rebuild")."""
        return not self._forms(stemmed)

    def _headed_by(self, stemmed: str) -> set[str]:
        """Base compounds whose last word is this one: a superbike is a bike, a standpipe a
        pipe (but "membership" is no ship: "-ship" is an ending)."""
        if stemmed in _ENDINGS or not stemmed.isalpha() or len(stemmed) < HEAD_MIN:
            return set()
        # The stemmer keeps a short word's final "e" and drops a compound's ("superbik")
        head = stemmed.removesuffix("e")
        compounds = (r[::-1] for r in _with_prefix(self.sorted_reversed, head[::-1]))
        # (not after a particle: an overrun is no run, an outlay no lay)
        return {
            c
            for c in compounds
            if _compound(c[: -len(head)]) and c[: -len(head)] not in lexicon.STOPWORDS
        }

    def _models(self, name: str) -> set[str]:
        """The base's ids made of this name and a number ("crj" -> "crj700", "crj900")."""
        # Only the stems between name + "0" and name + "9...": a bisection, not a scan
        low = bisect.bisect_left(self.sorted_stems, name + "0")
        high = bisect.bisect_left(self.sorted_stems, name + ":")  # ":" sorts after "9"
        return set(self.sorted_stems[low:high])

    def knows_identifier(self, word: str) -> bool:
        """Tell whether the base writes this id, or ids of its family ("3" for "3.11", "PA-28"
        for "PA-28-161"), or their plural; or a count as its ordinal ("5000" as "5000th")."""
        if word[-1:] == "s" and len(word) > 2 and self.knows_identifier(word[:-1]):
            return True  # "the PA-28s"
        if word.isdigit() and ordinal_of(word) in self.df_of:
            return True  # "when did we hit 5000 bikes": "its 5,000th bike"
        if (count := count_of(word)) and count in self.df_of:
            return True  # "when did alan do his 500th run": "complete 500 runs"
        return (
            word in self.df_of
            or _any_with_prefix(self.sorted_words, word + ".")
            or _any_with_prefix(self.sorted_words, word + "-")
        )

    def uses_word(self, word: str) -> bool:
        """Tell whether the base writes this word itself, in some form, or within a longer
        word or as a shorter one ("chairman" for "chair", "chair" for "chairman"): not only
        words of its meaning ("chair" for "president")."""
        return (
            stem(word) in self.stem_df
            or any(word[:k] in self.df_of for k in range(PREFIX_MIN, len(word)))
            or _any_with_prefix(self.sorted_words, word)
        )

    def correct(self, word: str, *, named: bool = False) -> str | None:
        """The base's word a typo was most likely of: fewest edits, then most used; of a
        name (``named``: typed with a capital), a word of one of the base's people's names
        first ("Owen Marsch" is Owen Marsh, not March)."""
        limit = 1 if len(word) <= 5 else 2
        best: tuple[int, bool, bool, bool, int, str] | None = None
        pools = [self.by_length.get(n) for n in range(len(word) - limit, len(word) + limit + 1)]
        if named:
            pools.append(self._name_list)
        for choices in pools:
            if not choices:
                continue
            found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
            if found is None:
                continue
            # Of as near words, one with the same letters first: "opne" is "open", not "one";
            # then one the typo only left letters out of: "sprnt" is "sprint", not "spent"
            swapped = sorted(found[0]) == sorted(word)
            shortened = in_order(word, found[0])
            candidate = (
                int(found[1]),
                not (named and found[0] in self.name_words),
                not swapped,
                not shortened,
                -self.df_of[found[0]],
                found[0],
            )
            if best is None or candidate < best:
                best = candidate
        return best[-1] if best else None

    def _named_id_typo(self, word: str) -> str | None:
        """The base's id a name-and-number id was a typo of, its name mistyped and its number
        as written ("meridain-2" for "meridian-2"); numbers are never corrected."""
        found = _NAMED_ID_RE.fullmatch(word)
        if found is None:
            return None
        name = self._transposed(found["name"]) or self.correct(found["name"])
        fixed = f"{name}{found['rest']}" if name else None
        return fixed if fixed is not None and self.knows_identifier(fixed) else None

    def _transposed(self, word: str) -> str | None:
        """The word with two letters swapped back, the commonest typo with a doubled letter
        left out: a word of the base ("chior"), else an English word the base has in another
        form or words ("haeds" is "heads", to a base that says "head", not its "hands")."""
        same = sorted(word)
        near = process.extract(
            word, self.by_length.get(len(word), []), scorer=OSA.distance, score_cutoff=1, limit=None
        )
        ours = [found for found, _, _ in near if sorted(found) == same]
        if ours:
            return max(ours, key=lambda found: self.df_of[found])
        return next((c for c in _near_english(word) if sorted(c) == same and self._uses(c)), None)

    def _swapped_back(self, word: str) -> str | None:
        """A word of the base that the word is with two letters swapped, when that is the
        commoner word in English ("bran" for "barn"; but "diary" is as common as "dairy")."""
        found = self._transposed(word)
        if found is None or found not in self.df_of or zipf(found) <= zipf(word):
            return None
        return found

    def _uses(self, english: str) -> bool:
        """Tell whether the base uses an English word, in some form or in other words."""
        key = stem(english)
        return (
            key in self.stem_df
            or bool(self.related_stems(key))
            or bool(groups_of(key) & self.base_groups)
        )

    def _doubled(self, word: str) -> str | None:
        """The word with a doubled letter put back ("arive" -> "arrive", "adress" ->
        "address"), the commonest typo of all, when the base has it or its stem or synonyms:
        before any other word one edit away ("drive")."""
        for index in range(len(word)):
            if not word[index].isalpha():
                continue
            candidate = word[: index + 1] + word[index:]
            if candidate in self.df_of:
                return candidate
            key = stem(candidate)
            if zipf(candidate) >= DOUBLED_ZIPF and (
                key in self.stem_df or groups_of(key) & self.base_groups
            ):
                return candidate
        return None

    def _undoubled(self, word: str) -> str | None:
        """The one base word that this word is but for its doubled letters, each typed once
        or twice ("orel" for "Orrell", "acomodation" for "accommodation"): two edits or more,
        of the commonest kind."""
        found = self.undoubled.get(_single_letters(word))
        return found if found != word else None

    def _respelt(self, word: str) -> str | None:
        """The one base word that this uncommon word is with one letter spelt otherwise, from
        the same first letter, and as uncommon: a name spelt another way ("Hussein" for
        "Hussain", "Thomsen" for "Thomson"), not a word of its own ("hunter", "hinter")."""
        if len(word) < RESPELT_MIN:
            return None
        found = {
            candidate
            for candidate in self._one_edit_from(word, len(word))
            if candidate[0] == word[0]
            and sorted(candidate) != sorted(word)  # (swapped letters are a typo's, above)
            and not is_identifier(candidate)
            and zipf(candidate) < RESPELT_ZIPF
        }
        return found.pop() if len(found) == 1 else None

    def _left_out(self, word: str) -> str | None:
        """The one base word that this word is with a letter put back ("hil" for "hill", "tod"
        for "todd", "sever" for "server"); none when several are, since a short word is too
        easy to miss. (One edit away and a letter longer is always a letter put back.)"""
        found = {c for c in self._one_edit_from(word, len(word) + 1) if not is_identifier(c)}
        return found.pop() if len(found) == 1 else None

    def _one_edit_from(self, word: str, length: int) -> list[str]:
        """The base's words of this length one edit (or two letters swapped) from ``word``."""
        near = process.extract(
            word, self.by_length.get(length, []), scorer=OSA.distance, score_cutoff=1, limit=None
        )
        return [candidate for candidate, _, _ in near]

    def nearest_english(self, word: str) -> str | None:
        """The most common English word one edit away, if any."""
        return next(iter(_near_english(word)), None)

    def correct_english(self, word: str) -> str | None:
        """An English word one edit away ("rasie" -> "raise") whose stem the base has
        ("raised"), or a synonym of ("swich" -> "switch", for a base that says "moved"): the
        typo was of a word the base uses in another form or other words. Of several, the most
        common such word: "swich" is also one edit from "which" and "swish"."""
        # ("discoverd" -> "discovered", for "discovery")
        return next((c for c in _near_english(word) if self._uses(c)), None)

    def compounds(self, terms: tuple[Term, ...], text: str = "") -> tuple[Term, ...]:
        """Join two words the base writes as one ("pay wall" is its "paywall"), and split one
        it writes as two ("carpark" is its "car park"). With the question's ``text``, a word
        and the particle after it join too ("ash die back": the base's "dieback")."""
        joined: list[Term] = []
        for term in terms:
            if text and (particle := self._particle_after(term.word, text)) is not None:
                term = replace(term, word=term.word + particle, stem=stem(term.word + particle))
            last = joined[-1] if joined else None
            word = last.word + term.word if last is not None else ""
            if (
                last is not None
                and word in self.df_of
                and not (last.weak or term.weak)
                and not _apart(last.word, term.word, text)
            ):
                joined[-1] = replace(term, word=word, stem=stem(word))
            else:
                joined.extend(self._split(term))
        return tuple(joined)

    def _particle_after(self, word: str, text: str) -> str | None:
        """The particle after a word in a question ("die *back*") that the base writes as one
        word with it ("dieback")."""
        for particle in _PARTICLES:
            if word + particle in self.df_of and re.search(
                rf"\b{re.escape(word)} {particle}\b", text
            ):
                return particle
        return None

    def _split(self, term: Term) -> tuple[Term, ...]:
        word = term.word
        if term.stem in self.stem_df or not word.isalpha() or len(word) < 2 * SPLIT_MIN:
            return (term,)
        known = groups_of(term.stem) & self.base_groups
        for cut in range(SPLIT_MIN, len(word) - SPLIT_MIN + 1):
            first, second = word[:cut], word[cut:]
            if first in self.df_of and second in self.df_of:
                if known - groups_of(stem(first)) - groups_of(stem(second)):
                    # "lockdown", to a base that says "Covid" (and "lock", and "down")
                    return (term,)
                parts = [w for w in (first, second) if w not in lexicon.STOPWORDS]
                return tuple(replace(term, word=w, stem=stem(w)) for w in parts) or (term,)
        return (term,)

    def other_forms(self, word: str) -> set[str]:
        """The other forms of a word that the base uses: of an irregular verb ("left" for
        "leave"), of a number ("one" for "1", "10" for "ten"). By stem: "built" finds "build"
        in a base that only says "building"."""
        return {f for f in _alternatives(word) if f in self.df_of or stem(f) in self.stem_df}

    def df(self, word: str) -> int:
        """On how many facts a word (by stem) stands; 0 for identifiers."""
        return self.stem_df.get(stem(word), 0) if not is_identifier(word) else 0

    def group_words(self, groups: Iterable[int]) -> set[str]:
        """The words of these synonym groups that the base uses."""
        found: set[str] = set()
        for index in groups:
            found.update(w for w in _GROUP_WORDS[index] if stem(w) in self.stem_df)
        return found


def _with_prefix(items: list[str], prefix: str) -> Iterator[str]:
    """The items of a sorted list that start with ``prefix``, found by bisection."""
    index = bisect.bisect_left(items, prefix)
    while index < len(items) and items[index].startswith(prefix):
        yield items[index]
        index += 1


def _any_with_prefix(items: list[str], prefix: str) -> bool:
    return next(_with_prefix(items, prefix), None) is not None


def _compound(rest: str) -> bool:
    """Tell whether what a stem adds to a shorter one is a word of its own ("flood" +
    "light"), which makes a compound of another meaning, not a form of the word ("consult" +
    "ation"); the few words that are also endings ("-ship", "-less") are endings."""
    return len(rest) >= COMPOUND_MIN and rest not in _ENDINGS and zipf(rest) >= COMPOUND_ZIPF


def _compounded(rest: str) -> bool:
    """Tell whether what a base word adds to a question's stem is a word of its own, in a
    form that tells of it as one ("nick" + "named", "flood" + "lights"), so that the base word
    is a compound of another meaning; "head" + "master", "show" + "case" are kept, for most
    such words extend their first word's meaning."""
    return rest.endswith(("ed", "s")) and _compound(rest)


def _dropped_g(word: str) -> str | None:
    """The -ing word an -in' word was typed for, as people say it ("bein", "goin",
    "runnin"), when that is far the commoner word; not "cabin" or "margin"."""
    if len(word) < FILLER_MIN or not word.endswith("in"):
        return None
    full = word + "g"
    return full if zipf(full) >= zipf(word) + DROPPED_G_GAP else None


@lru_cache(maxsize=4096)
def _filler(word: str) -> str | None:
    """The light or function word a word is one edit away from ("useing" -> "using",
    "finaly" -> "finally"), if any: a typo of a word that says little."""
    if len(word) < FILLER_MIN:
        return None
    found = process.extractOne(word, _FILLERS, scorer=OSA.distance, score_cutoff=1)
    return str(found[0]) if found else None


def _nominal(stemmed: str) -> set[str]:
    """The stems of a verb and its noun in -sion/-ition: "expand" and "expans(ion)", "admit"
    and "admiss(ion)", "acquir(e)" and "acquisit(ion)"."""
    if len(stemmed) < 5:
        return set()
    for ending, other in _NOMINAL_ENDINGS:  # the first ending that fits
        if stemmed.endswith(ending):
            return {stemmed[: -len(ending)] + other}
    return set()


# A verb's stem ending and its -sion/-ition noun's, both ways, longest ending first
_NOMINAL_ENDINGS = (
    ("isit", "ir"),
    ("ss", "t"),
    ("s", "d"),
    ("ir", "isit"),
    ("t", "ss"),
    ("d", "s"),
)


@lru_cache(maxsize=256)
def _near_english(word: str) -> tuple[str, ...]:
    """The English words one edit away from a word, most common first."""
    near = process.extract(
        word, _english_words(len(word)), scorer=OSA.distance, score_cutoff=1, limit=None
    )
    return tuple(str(candidate) for candidate, _, _ in sorted(near, key=lambda found: found[2]))


@lru_cache(maxsize=64)
def _english_words(length: int) -> list[str]:
    """Common English words of about this length, most common first (loaded on first use)."""
    return [w for w in top_n_list("en", ENGLISH_WORDS) if w.isalpha() and abs(len(w) - length) <= 1]


_NAMED_ID_RE = re.compile(r"(?P<name>[a-z]{4,})(?P<rest>-[0-9][\w.-]*)")
_VERB_FAMILIES = lexicon.verb_families()
_LIGHT_STEMS = frozenset(stem(w) for w in lexicon.LIGHT)
_FILLERS = sorted(w for w in lexicon.LIGHT | lexicon.STOPWORDS if len(w) >= 4)
_FILLER_SET = frozenset(_FILLERS)
_NUMBERS = {**lexicon.NUMBER_NAMES, **lexicon.ORDINAL_NAMES}  # "10" is "ten", "25th" "twenty-fifth"
_DIGITS = {name: digits for digits, name in _NUMBERS.items()}  # "ten" is "10"


def _alternatives(word: str) -> tuple[str, ...]:
    """Other ways to write a word: its irregular verb forms, a number's digits or name."""
    number = _DIGITS.get(word) or _NUMBERS.get(word)
    return (*_VERB_FAMILIES.get(word, ()), *((number,) if number else ()))


def _places_of(word: str) -> tuple[str, ...]:
    """The places a word of their people may be made from ("canadian": Canada, "kenyan":
    Kenya, "brazilian": Brazil, "italian": Italy, "japanese": Japan).

    >>> _places_of("canadian")
    ('canadia', 'canada', 'canad', 'canady')
    """
    if word.endswith("ese") and len(word) >= 7:
        return (word[:-3],)
    if not word.endswith("an") or len(word) < 6:
        return ()
    if word.endswith("ian"):
        return (word[:-1], word[:-3] + "a", word[:-3], word[:-3] + "y")
    return (word[:-1], word + "y")  # "kenyan", "german"


_DOER = ("er", "or")
_GROUP_WORDS = [sorted(group) for group in lexicon.groups()]


def _apart(first: str, second: str, text: str) -> bool:
    """Tell whether two words a question holds stand apart in it ("a rock into the pool" is
    no "rockpool"), so that they do not join as one word.

    >>> _apart("rock", "pool", "when did the storm chuck a rock into the pool?")
    True
    >>> _apart("pay", "wall", "when did the pay wall go up?")
    False
    """
    if not text or not re.search(rf"\b{re.escape(first)}\b", text):
        return False  # a word the question did not type so ("runs" read as "lead")
    if not re.search(rf"\b{re.escape(second)}\b", text):
        return False
    return re.search(rf"\b{re.escape(first)}[\s-]*{re.escape(second)}\b", text) is None
