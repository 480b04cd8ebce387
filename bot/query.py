"""Reading a question: what form of answer it wants, its time condition, order and anchor.

Pure functions over the question text: nothing here knows the fact base. The engine then
matches the content terms left over against the facts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import OSA
from wordfreq import top_n_list

from bot import lexicon, meaning
from bot.chat import CHAT_WORDS, question_of, without_chat
from bot.dates import TimeConstraint, find_time_constraint, full_years
from bot.text import (
    PHRASE_WORDS,
    groups_of,
    in_order,
    is_identifier,
    is_lettered,
    is_participle,
    is_year,
    normalize,
    rewrite_phrases,
    stem,
    without_false_events,
    words,
    zipf,
)

QuestionType = Literal["when", "where", "who", "what", "how_many", "how_long"]
Order = Literal["first", "latest"]

MAX_QUESTION_CHARS = 500  # matching looks at the start of very long input only
TYPO_ZIPF = 3.0  # words rarer than this in English, and unknown to the base, may be typos
FIRST_WORD_ZIPF = 4.0  # a question's first word is a question word more often than not
SWAPPED_FUNCTION_ZIPF = 3.1  # "teh" (3.04) is "the"; "fro" (3.32) and "won" are words

_LEADING_ANCHOR_RE = re.compile(
    r"^(?P<near>right |just |immediately |shortly |directly |soon |straight )?"
    r"(?P<rel>after|before|following|prior to|once)\s+(?P<anchor>[^,;]+)[,;]\s*(?P<main>.+)$"
)
_ANCHOR_RE = re.compile(
    # (not "looked after" or "named after": "who looked after the sheep before Owain came?")
    r"^(?P<main>.*?)\b(?<!look )(?<!looks )(?<!looked )(?<!looking )(?<!named )(?<!called )"
    r"(?P<near>right |just |immediately |shortly |directly |soon |straight )?"
    r"(?P<rel>after|before|following|prior to|preceding|since)\s+(?P<anchor>.+)$"
)

# The words that say how a question is built: its order, its relation to an event, a change
# of role; a typo of one must be read before the base is consulted.
_STRUCTURE_WORDS = frozenset(
    """
    first earliest latest original originally current currently newest recent recently oldest
    previous previously preceded precede following followed between before after since until
    during replaced replace succeeded succeed retired resigned caused cause damage called named
    change changed running anniversary charge switch switched moved start started starting company
    """.split()
)
_AS_TYPED = lexicon.STOPWORDS | _STRUCTURE_WORDS  # no typos: "preceded" is not "precede"
_FIVE_LETTER_STRUCTURE_WORDS = tuple(sorted(w for w in _STRUCTURE_WORDS if len(w) == 5))
# The short words a phrasal verb ends with ("passed away", "took over", "shut down")
_PARTICLES = ("away", "over", "down", "back", "into", "onto")

_LONG_FUNCTION_WORDS = tuple(
    sorted(
        w
        for w in lexicon.STOPWORDS | lexicon.GENERIC | _STRUCTURE_WORDS
        if len(w) >= 5 and "'" not in w
    )
)
# ("it got renamed", but "we got the Queen's award" is an event)
_SAME_SUBJECT_RE = re.compile(
    r"(?:it|they|he|she|we|this|that)\s+(?:was|were|is|are|became|got\b(?! (?:the|a|an|our|its|"
    r"their)\b))\b"
)
_BECAME_RE = re.compile(r"\w+ became\b")
# ("how many days after the launch", but not "who ran the farm day to day when ...")
_DURATION_END_RE = re.compile(
    r"(?<!\bto )\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s*$"
)
# "worked before on the railway", "lived before in Leeds": "before" as an adverb, no event
_PLACE_PREPOSITIONS = frozenset("on in at".split())
_SPAN_END_RE = re.compile(
    r"\b(?:in|during|over) the (?:few |last |final )?(?:days|weeks|months|years)\s*$"
)
# "who led platform during the AWS migration", "who was mayor when Line 1 opened"
# An event that ends something: what follows it comes after its end ("when Dennis retired")
# "when Ronnie packed it in", "called it a day": gave up a role, said in everyday words
_GAVE_UP = r"(?:packed|jacked|chucked) it in|called it a day|gave it up|hung up (?:his|her) \w+"
_ENDING_RE = re.compile(
    r"\b(?:retire[sd]?|retiring|left|leaves?|leaving|resign(?:ed|s)?|quit|stepped down|"
    r"steps? down|stood down|stands? down|died|dies|departed|ended|closed|finished|lost|"
    r"emigrat(?:ed|es|ing)|moved away|moved abroad|passed away|"
    rf"{_GAVE_UP})\b"
)
_DURING_RE = re.compile(
    r"^(?P<main>.*?)\b(?P<rel>during|throughout|(?:at|around|about|round) the time of)\s+"
    r"(?P<anchor>.+)$"
)
_WHEN_CLAUSE_RE = re.compile(
    r"^(?P<main>(?:who|whom|where|what|which)\b.*?)\s(?P<rel>when|while|once)\s+(?P<anchor>.+)$"
)
# "who did Dot sell the shop to when she retired?": what the one leaving did then, told by
# the leaving itself
_OWN_DOING_RE = re.compile(r"^who(?:m)? (?:did|does|had|has) (?!we\b|you\b|they\b|i\b)\w+ \w+")
# "where did Dilys end up?": where she came to rest, no ending of hers
_ENDED_UP_RE = re.compile(r"\b(?:end|ends|ended|ending|wind|winds|wound) up\b(?! \w+ing\b)")
# "back when we did the smokehouse menu, who ran the kitchen?"
_LEADING_WHEN_RE = re.compile(
    r"^(?:back |way back )?(?P<rel>when|while)\s+(?!(?:did|do|does|was|were|is|are|has|had|"
    r"have|will|can|could)\b)(?P<anchor>[^,;]+)[,;]\s*"
    r"(?P<main>(?:who|whom|where|what|which)\b.+)$"
)
# "after a long gap", "after that twenty-year break": a time without the thing, no event
_LULL_RE = re.compile(
    r"^(?:(?:a|an|the|that|this|its|our|their|long|short|brief|few|several|some|\w+[- ]years?)"
    r"\s+)*(?P<lull>gap|break|lull|pause|hiatus|absence|interval)(?![\w-])"
)
_FOLLOW_RE = re.compile(
    r"^(?P<main>.*?)\b(?P<rel>followed|preceded|came next after)\s+(?P<anchor>.+)$"
)


@dataclass(frozen=True)
class Term:
    """A content word of a question, as typed and as matched."""

    word: str
    stem: str
    identifier: bool = False
    proper: bool = False
    weak: bool = False  # an order word kept as a hint ("first", "latest")
    light: bool = False  # a light verb or vague word ("make", "put", "milestone")
    complement: bool = False  # what something was made or became ("made *optional*")
    # Maybe a function word with two letters swapped ("teh"): kept only if the base knows it
    # ("the GTO" is a press, not "got")
    swapped: bool = False


@dataclass(frozen=True)
class Anchor:
    """An event the question is relative to: "what came right after <the renaming>"."""

    relation: Literal["after", "before", "during"]
    text: str
    nearest: bool
    names: frozenset[str] = frozenset()  # its words capitalised in the question: names


@dataclass(frozen=True)
class Query:
    """A question, read."""

    text: str
    qtype: QuestionType
    terms: tuple[Term, ...]
    time: TimeConstraint | None = None
    order: Order | None = None
    anchor: Anchor | None = None
    search: tuple[str, ...] = ()  # the question's own words, for full-text retrieval
    doings: bool = False  # "what did the studio do in 2014?": whatever its subject did
    ordered: tuple[str, ...] = ()  # the noun phrase an order word qualifies: "the first *CVE*"
    first_doing: str = ""  # what a "first" as an adverb qualifies: "first *broadcast* from"
    predecessor: frozenset[str] = frozenset()  # stems of X in "who (what) replaced X"
    passive: tuple[frozenset[str], str] | None = None  # "when was *the club* *founded*"
    actor: frozenset[str] = frozenset()  # "when did *Halden* buy us": who did it
    destination: frozenset[str] = frozenset()  # "when did we switch to *EMIS*": where to
    numbered: tuple[tuple[str, str], ...] = ()  # "MERFLOW 4", "route 701": (name stem, number)
    asks_cause: bool = False  # "what caused the fire?", "why did the pier close?"
    asks_fate: bool = False  # "what happened to the old NMR?": its end, or a mishap
    compared: tuple[str, ...] = ()  # "which came first, *the picos* or *the quests*?"
    # "who took over when Enzo retired?" read as "who replaced enzo", tried before the anchor
    heir: str = ""
    naming: bool = False  # "what was the café called?": a name is the answer
    # "what was Kestrel originally called?", "... called before it became the Hawks?": the
    # later name, whose words a fact giving only that name shares
    later_name: frozenset[str] = frozenset()
    describing: bool = False  # "what scale is Tregarth Quay?": what it is like is the answer
    asked_on: dt.date | None = None  # "how long ago ...?": the day it is asked, to count back

    @property
    def content(self) -> tuple[Term, ...]:
        """The terms that say what the question is about (order hints left out)."""
        return tuple(t for t in self.terms if not t.weak)

    @property
    def where_now(self) -> bool:
        """Tell whether it asks where something is now: where it last moved to."""
        return _where_now(self.qtype, self.order)


@lru_cache(maxsize=65536)
def fix_question_word(word: str, *, first: bool = False) -> str:
    """Correct a typo'd question word ("wehn" -> "when"); other words are returned as they are.

    A question's first word is corrected unless it is a common word; elsewhere only words
    too rare to be meant are.

    >>> fix_question_word("wehn"), fix_question_word("wen", first=True), fix_question_word("went")
    ('when', 'when', 'went')
    >>> fix_question_word("awya"), fix_question_word("ovre")
    ('away', 'over')
    """
    limit = FIRST_WORD_ZIPF if first else TYPO_ZIPF
    if len(word) < 3 or word in _AS_TYPED:
        return word
    swapped = _SWAPPED_FUNCTION_WORDS.get(word)
    if swapped is not None and zipf(word) < SWAPPED_FUNCTION_ZIPF:
        return swapped  # "teh", "adn", "thier": no word of their own, however often typed
    if zipf(word) >= limit:
        return word
    if word.endswith("s") and word[:-1] in lexicon.QUESTION_WORDS:
        return f"{word[:-1]}'s"  # "whos running it now"
    if "'" in word and word.endswith("s"):  # "wh'os", "wht's": "who's", "what's"
        fixed = fix_question_word(word.replace("'", "")[:-1], first=first)
        return f"{fixed}'s" if fixed in lexicon.QUESTION_WORDS else word
    near = [c for c in lexicon.QUESTION_WORDS if OSA.distance(word, c) <= 1]
    if near:  # "wht": a letter left out of "what" rather than one mistyped in "who"
        return min(near, key=lambda c: not in_order(word, c))
    for particle in _PARTICLES:  # "pass awya", "took ovre": two letters of a short one swapped
        if sorted(word) == sorted(particle) and OSA.distance(word, particle) == 1:
            return particle
    if len(word) >= 5:  # "happpen", "happend": a typo of a word that carries no content
        # ... or that says how the question is built ("eraliest", "precedd", "bewteen"),
        # spelt from its first letter ("joing" is no "doing")
        for candidate in _LONG_FUNCTION_WORDS:
            if candidate[0] == word[0] and OSA.distance(word, candidate) <= 1:
                return candidate
    elif len(word) == 4:  # "aftr", "frst": a letter left out of a five-letter one
        for candidate in _FIVE_LETTER_STRUCTURE_WORDS:
            if candidate[0] == word[0] and in_order(word, candidate):
                return candidate
    return word


def _fixed(token: str, *, first: bool, known: Container[str]) -> str:
    """A token with its word's typo corrected, and its punctuation kept ("caled?")."""
    word = token.rstrip("?!.,;:")
    if not word or word in known:  # (a word of the base's own is meant: "aground", not "around")
        return token
    fixed = fix_question_word(word, first=first)
    if fixed != word and any(c in known and c not in _AS_TYPED for c in _swaps(word)):
        return token  # ("newst": the base's "newts" with two letters swapped, not "newest")
    return fixed + token[len(word) :]


def _phrase_typos_fixed(tokens: list[str], known: Container[str]) -> list[str]:
    """The tokens, a word no one writes read as the word meant where that makes a phrase
    read ("when did we stop sellnig compost": "stop selling", discontinued; "brign back") or
    a number ("2.4 milloin"); other typos are left to the base's vocabulary, which knows its
    words' other forms ("flod" is its "flooded", not "fold")."""
    fixed = list(tokens)
    for index, token in enumerate(tokens):
        word = token.rstrip("?!.,;:")
        meant = fix_typo(word, known) if word and word not in known else word
        if meant == word and word:
            meant = fix_typo(word, PHRASE_WORDS)
        if meant == word:
            continue
        trial = [*fixed[:index], meant + token[len(word) :], *fixed[index + 1 :]]
        before, after = " ".join(fixed), " ".join(trial)
        if _read(after) != [meant if w == word else w for w in _read(before)]:
            fixed = trial
    # ("a record 2.4 milloin trips": 2400000 trips, as the fixed words now say)
    return normalize(" ".join(fixed)).split() if fixed != tokens else fixed


_HOW_WORDS = ("many", "much", "long", "often", "old", "far")
_OVER_FORM_RE = re.compile(r"\b(over|away) form\b")
_DID_BY_RE = re.compile(
    r"\b(did (?:we|they|you|he|she|i)) by(?= (?:the|a|an|our|that|this|some|another|new)\b)"
)


def _how_fixed(tokens: list[str], known: Container[str]) -> list[str]:
    """The tokens, a typo of the word after "how" read as the word meant ("how mnay points",
    "how lnog"): it says what kind of answer is asked for.

    >>> _how_fixed("how mnay ponits did we score".split(), set())[:3]
    ['how', 'many', 'ponits']
    """
    fixed = list(tokens)
    for index in range(1, len(tokens)):
        word = tokens[index].rstrip("?!.,;:")
        if tokens[index - 1] != "how" or word in _HOW_WORDS or word in known or len(word) < 4:
            continue
        meant = next((w for w in _HOW_WORDS if OSA.distance(word, w) == 1), None)
        if meant and zipf(word) < TYPO_ZIPF:
            fixed[index] = meant + tokens[index][len(word) :]
    return fixed


def _read(text: str) -> list[str]:
    """The words of a question's text as its phrases and numbers read."""
    return words(rewrite_phrases(without_false_events(normalize(text)), keep=False))


def fix_typo(word: str, known: Container[str]) -> str:
    """A word no one writes, as the word one slip of the keys away that was meant: the base's
    own, else a common English word ("sellnig" is "selling", "toegther" "together"), so that
    the phrases it is part of still read ("stop selling", "get together"). A letter swapped
    counts first, then one left out, then one doubled; a word with no single likely reading
    stays as typed, for the base's vocabulary to weigh.

    >>> fix_typo("sellnig", ()), fix_typo("toegther", ()), fix_typo("sellng", ())
    ('selling', 'together', 'selling')
    >>> fix_typo("hollowemre", {"hollowmere"}), fix_typo("okonkwo", ())
    ('hollowmere', 'okonkwo')
    """
    if len(word) < FIX_TYPO_MIN or not word.isalpha() or zipf(word) >= NO_WORD_ZIPF:
        return word
    ranks = _common_ranks()
    for edits in (_swaps(word), _insertions(word), _undoublings(word)):
        ours = [c for c in edits if c in known]
        if ours:
            return ours[0] if len(ours) == 1 else word
        common = [c for c in edits if c in ranks]
        if common:
            return min(common, key=ranks.__getitem__)
    return word


FIX_TYPO_MIN = 4  # shorter words have too many readings one slip away
NO_WORD_ZIPF = 1.0  # a word this rare in English is no word anyone means
FIX_TYPO_WORDS = 15_000  # ... and one slip from one of the commonest words is a typo of it
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _common_ranks() -> dict[str, int]:
    """The commonest English words, each with its rank (loaded on first use)."""
    return {w: i for i, w in enumerate(top_n_list("en", FIX_TYPO_WORDS)) if w.isalpha()}


def _swaps(word: str) -> set[str]:
    """The word with each two letters side by side swapped ("teh": "eth", "the")."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _swapped_function_words() -> dict[str, str]:
    """Each short word that carries no content with two of its letters swapped ("teh", "adn",
    "taht"), and the word; a swap that two such words share ("hwo": "how" or "who") is left
    out, and a question word is left to ``fix_question_word``'s own reading."""
    found: dict[str, set[str]] = {}
    for word in sorted(lexicon.STOPWORDS - set(lexicon.QUESTION_WORDS)):
        if 3 <= len(word) <= 5 and word.isalpha():
            for swap in sorted(_swaps(word)):
                if swap != word and swap not in lexicon.STOPWORDS:
                    found.setdefault(swap, set()).add(word)
    return {swap: words.pop() for swap, words in found.items() if len(words) == 1}


# (a real word so spelt, "won", "amy", "fro", is commoner than SWAPPED_FUNCTION_ZIPF)
_SWAPPED_FUNCTION_WORDS = _swapped_function_words()


def _insertions(word: str) -> set[str]:
    return {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS}


def _undoublings(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}


def parse_question(
    question: str,
    *,
    today: dt.date,
    known: Container[str] = frozenset(),
    names: Container[str] = frozenset(),
    anchored: bool = True,
) -> Query:
    """Read a question into its type, time condition, order, anchor and content terms;
    ``known`` holds the fact base's words, never read as typos, and ``names`` the names of
    its people, read as names however they are typed ("who took over after tamika?"). Not
    ``anchored``, it is read whole, with no event to place its answer after or before.

    >>> q = parse_question("What happened right after the talks were renamed?",
    ...                    today=dt.date(2026, 1, 1))
    >>> q.anchor.relation, q.anchor.text, q.anchor.nearest
    ('after', 'the talks were renamed', True)
    """
    raw = question_of(question[:MAX_QUESTION_CHARS])
    said = question[:MAX_QUESTION_CHARS]
    if "now" in said.lower() and _NOW_THAT_GONE_RE.search(normalize(said)):
        # "now that Ringo's packed it in, who's running the ringing?": who runs it now
        raw = raw.rstrip(" ?!.") + " now?"
    tokens = normalize(raw).split()
    # The question word comes first, or after words that carry nothing ("any idea wen ...")
    # (a question word ends the search: "when did the otter arrive" asks of no "other")
    lead = next(
        (i for i, w in enumerate(tokens) if w not in CHAT_WORDS or w in lexicon.QUESTION_WORDS),
        0,
    )
    tokens = [_fixed(w, first=i == lead, known=known) for i, w in enumerate(tokens)]
    tokens = _phrase_typos_fixed(tokens, known)
    tokens = _how_fixed(tokens, known)
    # "who took over form albert", "when did we by the chapel": "from" and "buy", mistyped as
    # words a base may well use
    text = _OVER_FORM_RE.sub(r"\1 from", " ".join(without_chat(tokens)))
    text = _DID_BY_RE.sub(r"\1 buy", text)
    # "how long ago did we move?" asks when, answered as how long before today too
    text, ago = _AGO_RE.subn("when", text, count=1)
    # "what year did we restore the waltzer?" is read as "when did we ...", to find the same
    text = _WHAT_YEAR_RE.sub("when", text, count=1)
    text = full_years(text, today)
    # Names: capitalised, the base's own people's however typed, and a place's ("glasgow")
    proper = (
        _proper_words(raw)
        | {w for w in words(raw, normalized=True) if w in names or meaning.names_a_place(w)}
        | _named_people(raw, known)
    )
    at_start = _WHO_AT_START_RE.match(text.strip(" ?!."))
    if at_start and set(words(at_start["subject"], normalized=True)) & proper:
        at_start = None  # "who was head chef when the Spindrift opened?": its opening
    if at_start:
        # "who ran the juniors when they started out?": the first to hold the role; the
        # beginning is not an event to place the question after
        text = at_start["main"]
    anchor, main = _find_anchor(text) if anchored else (None, text)
    if anchor is not None and anchor.relation == "after" and _NEXT_HOLDER_RE.match(main):
        # "who took over after Wierzbicki (as director)?": who replaced that person
        named = anchor.text.split(" as ")[0].split()
        if named and all(w in proper for w in named):
            main = f"who replaced {anchor.text}"
            anchor = None
    elif (
        anchor is not None
        and anchor.relation == "after"
        and (holder := _HOLDER_RE.match(main))
        and holder["role"]
        and anchor.text.split()
        and all(w in proper for w in anchor.text.split())
    ):
        # "who did the books after Dev?", "who chaired it after Okafor?": who replaced them
        main = f"who replaced {anchor.text} as {holder['role'].strip()}"
        anchor = None
    if (
        anchor is not None
        and (leaving := _LEFT_ROLE_RE.match(anchor.text))
        and leaving["who"] in _PERSONAL_PRONOUNS
        and _TOOK_FROM_RE.match(main)
    ):
        # "who took over from Gareth when he retired?": who took over from Gareth
        anchor = None
    heir = ""
    if (
        anchor is not None
        and anchor.relation == "after"
        and (leaving := _LEFT_ROLE_RE.match(anchor.text))
        # ("after old Walter packed it in": Walter)
        and (who := _FOND_RE.sub("", leaving["who"]))
        and all(w in proper for w in who.split())
        and (holder := _HOLDER_RE.match(main))
    ):
        # "who took over when Enzo retired?", "who owned the studio after Tessa Marlow
        # retired?": who replaced them, if the facts say who did; else what came after
        heir = f"who replaced {who}"
        role = holder["role"] or holder["taken"]  # (or "who took over as tower captain")
        heir += f" as {role.strip()}" if role else ""
    if anchor is not None and not _title_cased(raw):
        # "what is Dome After Dark?": the relation word is a name's, no anchor ("what came
        # after Dome After Dark?" has one)
        inside = {m["next"].lower() for m in _NAME_WITH_ORDER_RE.finditer(raw)}
        if anchor.text.split()[0] in inside:
            anchor, main = None, text
    if anchor is not None:
        anchor = replace(anchor, names=frozenset(words(anchor.text, normalized=True)) & proper)
    time = find_time_constraint(main, today=today)
    if time and _CALLED_BEFORE_RENAMING_RE.search(main):
        time = None  # "what were we called before the 2006 rebrand?": the rebrand's fact says
    rest = main.replace(time.text, " ") if time else main
    # "these days", "at the moment": an order (see _order), not a topic
    # ... and "in the early days" one too ("who kept the books in the early days?")
    unordered = _EARLY_RE.sub(" originally ", _NOW_RE.sub(" now ", rest))
    # "when did covid shut us down the first time?": the first, of no "time"
    unordered = _NTH_TIME_RE.sub(r" \1 ", unordered)
    became = _BECAME_NAME_RE.search(raw)
    if became and became["name"].lower() in proper:
        # "when did we become VeSA?", "... a Royal infirmary": a new name
        name = re.escape(became["name"].lower())
        unordered = re.sub(
            rf"\b(we|it|they) bec[oa]m\w* (?=(?:an? |the )?{name}\b)", r"\1 renamed ", unordered
        )
    if unordered.lstrip().startswith("where"):
        # "where did Dilys end up?": where she went in the end (no ending of hers)
        unordered = _ENDED_UP_RE.sub(" ", unordered)
    # ("part of the world": region)
    phrased = rewrite_phrases(without_false_events(unordered), keep=False)
    qtype = _question_type(phrased)
    where_noun = _WHERE_NOUN_RE.match(phrased) if qtype == "what" else None
    if where_noun:
        qtype = "where"  # "what was the museum's original home?": a place
    if qtype == "who" and _ORGANISATION_ROLE_RE.search(phrased):
        qtype = "what"  # "who was our first big client?": a firm as often as a person
    order = "first" if at_start else _order(rest, proper)
    fate = _FATE_RE.search(text) is not None
    if order == "first" and fate:
        order = None  # "what happened to the original cup?": its fate, not its beginning
    if order is None and _WHAT_IS_RE.match(rest) and time is None and anchor is None:
        # "what was Tallyroom?": the fact that brought it in says what it is (but "who was
        # chair in 2002?" asks who was then)
        order = "first"
    if order is None and _WHERE_IS_RE.match(rest) and time is None and anchor is None:
        # "where is the barn?": where it was when it came to us (its opening), not the
        # place of something done there since; "where is it now?" asks for its last move
        order = "first"
    if order is None and qtype == "how_many" and time is not None and time.relation == "until":
        order = "latest"  # "how many riders did we have by 2012?": the last count by then
    if order is None and qtype == "how_many" and time is None and _COUNT_NOW_RE.match(rest):
        order = "latest"  # "how many members do we have?": the last count of them
    ordered = _ordered_phrase(rest, proper) if order else ()
    # "an AM frequency", "the IT team": a function word in capitals is a name
    shouted = frozenset(w.lower() for w in _CAPS_RE.findall(raw)) & lexicon.STOPWORDS
    terms = _terms(phrased, proper | shouted, aspect=_starts_a_doing(rest), keep=shouted)
    # The base's own, seldom in its facts: the club of "who was the club's first coach?", the
    # print works of "who runs the print works now?" (a name keeps its weight)
    own: set[str] = set()
    if order is not None:
        # "the club's first coach" is the club's; "the clubs first coach" too
        owners = _OWNER_OF_ORDERED_RE.findall(rest)
        own.update(w if mark == "'s" else w + mark for w, mark in owners)
    if order == "latest" and qtype == "who" and (run := _RUNS_RE.search(phrased)):
        own.update(words(run["what"], normalized=True))
    # "what's the courier's podcast called?": the base's own name, seldom in its facts
    # (but "the women's team" is a kind of team)
    own.update(m[1] for m in _OWNER_RE.finditer(rest) if m[1] not in _KINDS_OF_PEOPLE)
    if qtype in ("who", "how_many") or (qtype == "where" and order is not None):
        # "how many boats did the coop have", "who was running the company when ...", "where's
        # the union office these days?", "where was the surgery originally?": the base's own
        # body, which its facts seldom name
        own.update(m[1] for m in _OWN_BODY_RE.finditer(rest))
    if where_noun:
        own.add(where_noun["noun"])  # the place is the answer; facts seldom say "home"
    if qtype == "where":
        own.update(_ASPECT)  # "where did the 2002 fire start?": where it was
    if qtype == "when":
        own.update(("date", "dates"))  # "what was the date of the flood?": the date is the answer
    # "what was our first LP called?", "what's the name of the app?": the name is the answer
    naming = qtype == "what" and _CALLED_RE.search(rest) is not None
    later_name = _later_name(text) if naming else frozenset()
    if naming:
        own.update(_NAMING | {"name", "names", "title", "call", "nickname", "dub"})
    if later_name:
        # "what was the team called before it became the Hawks?": the team is what was
        # renamed, and its facts seldom say "team"
        own.update(m[1] for m in _OWN_BODY_RE.finditer(rest))
        # ... and "before she was renamed Eluned" asks the name she had, not of a renaming
        own.update(("renamed", "rename", "became", "become"))
    if ordered and _WHICH_FIRST_RE.match(rest.strip(" ?!.")):
        # "which extension opened first?": each extension opened; the noun says which facts
        # the order chooses among, and a fact of one seldom says "opened"
        own.update(t.word for t in terms if t.word not in ordered and groups_of(t.stem) & _BEGUN)
    if order == "first" and (done := _ORDERED_DONE_RE.search(rest)):
        # "what was the very first appeal we ever ran?": the appeal is what is ordered, and
        # what "we" did with it says little ("the charity's first appeal ... closed")
        own.add(done["verb"])
    contrast = _CONTRAST_RE.search(rest)
    if contrast and _content_words(rest[: contrast.start()]):
        # "when did we first have someone on the payroll rather than all unpaid?": what it
        # was before says little of the fact that tells the change
        own.update(words(contrast[0], normalized=True))
    terms = _lightened(terms, frozenset(own) - proper)
    if renaming := _RENAMED_TO_RE.search(phrased):
        # "when did the Mill Preservation Society change its name to the Mill Trust?": the
        # renaming and the new name tell it ("the society ... changed its name to the Mill
        # Trust"); the old name's own words seldom come again
        old_name = set(words(renaming["old"], normalized=True))
        terms = _lightened(
            terms, frozenset(old_name - set(words(renaming["new"], normalized=True)))
        )
    # "Grade A" is read "grade gradea": the letter says which grade, the grade itself little
    terms = _lightened(terms, frozenset(t.word[:-1] for t in terms if is_lettered(t.word)))
    doings = qtype == "what" and _DOINGS_RE.search(rest) is not None
    if anchor is not None and doings:
        # "What did the team do just before Saltmarsh shipped?": whatever came just before;
        # facts about the team rarely say "team".
        terms = tuple(t for t in terms if t.weak)
    predecessor = _predecessor(phrased, proper) if qtype in ("who", "what") else frozenset()
    if predecessor and not phrased.startswith("which"):
        # "Who replaced Marcus as lead?": facts say it many ways ("became lead after Marcus
        # left"); the names and the role carry the question. "Which machine replaced the
        # Zamboni?" names the kind of thing, and facts tell it by "replaced".
        terms = _lightened(terms, _SUCCEED)
    if qtype == "when" and (heir_of := _WHEN_SUCCEEDED_RE.match(phrased)):
        # "when did Gareth take over from Dorothy?": Gareth's taking over says when, and
        # needn't name her; but she is a name, and one the base never heard of is not ours
        succeeded = frozenset(words(heir_of["who"], normalized=True))
        terms = tuple(
            replace(t, light=True, proper=True) if t.word in succeeded else t for t in terms
        )
    search = tuple(w for w in _content_words(rest) if not is_identifier(w) or len(w) > 1)
    return Query(
        text=text,
        qtype=qtype,
        terms=terms,
        time=time,
        order=order,
        anchor=anchor,
        search=search,
        doings=doings,
        ordered=ordered,
        first_doing=_first_doing(rest) if order == "first" else "",
        predecessor=predecessor,
        passive=_passive(rest),
        actor=_actor(rest),
        destination=destination_of(rest),
        numbered=_numbered(rest),
        asks_cause=_asks_cause(text),
        asks_fate=fate,
        compared=_compared(text) if order else (),
        heir=heir,
        naming=naming,
        later_name=later_name,
        describing=qtype == "what" and _DESCRIBING_RE.search(rest) is not None,
        asked_on=today if ago else None,
    )


_AGO_RE = re.compile(r"\bhow (?:long|many years) ago\b")
_WHAT_YEAR_RE = re.compile(
    r"\b(?:in |on )?(?:what|which) (?:year|date|month|day)(?= (?:did|was|were|do|does|is|are)\b)"
)


def _compared(text: str) -> tuple[str, ...]:
    """The two things an order question weighs against each other: "which came first, the
    picos or the quests?", "which route came first, the hospital link or the shopper?".

    >>> _compared("which came first, the picos or the quests?")
    ('the picos', 'the quests')
    """
    found = _COMPARED_RE.match(text)
    return (found["one"], found["other"]) if found else ()


def _where_now(qtype: QuestionType, order: Order | None) -> bool:
    return qtype == "where" and order == "latest"


def _asks_cause(text: str) -> bool:
    """Tell whether a question asks for a cause ("what caused the fire?", "why ...")."""
    return ("why" in text or "caus" in text or "reason" in text or "what " in text) and (
        _CAUSE_QUESTION_RE.search(text) is not None
    )


_CAUSE_QUESTION_RE = re.compile(
    r"^why\b|\bwhat (?:caused|causes|started|triggered|sparked|led to)\b|"
    r"\b(?:cause|reason)s? (?:of|for|behind)\b|"
    r"^what (?:was|were|is) (?:the |that |this )?[\w' -]+ (?:all )?about\W*$"  # "... walkout about"
)


_NUMBERED_RE = re.compile(r"\b([a-z][a-z-]*) (\d+(?:\.\d+)*)\b")


def _numbered(text: str) -> tuple[tuple[str, str], ...]:
    """The names a question gives a number ("when was MERFLOW 4 launched", "route 701"), as
    (name stem, number); a year is no such number ("members in 2015").

    >>> _numbered("when was merflow 4 launched after route 70 and in 2015")
    (('merflow', '4'), ('rout', '70'))
    """
    if not any(c.isdigit() for c in text):
        return ()
    return tuple(
        (stem(name), number)
        for name, number in _NUMBERED_RE.findall(text)
        if not _is_noise(name) and not is_year(number)
    )


def _lightened(terms: tuple[Term, ...], light: frozenset[str]) -> tuple[Term, ...]:
    """The terms, those whose word is in ``light`` made light (and the parts of a word
    with a hyphen: "the co-op" is read as "co" and "op")."""
    light = light.union(*(w.split("-") for w in light if "-" in w))
    return tuple(replace(t, light=True) if t.word in light else t for t in terms)


def _named_people(raw: str, known: Container[str]) -> frozenset[str]:
    """The words of a person's name typed in lowercase: a common first name the base does not
    have, and the word after it ("when did peter hallam start?": a person the base may not
    know, weighed as a name is, not as an everyday word).

    >>> sorted(_named_people("when did peter hallam start at the foundry", {"foundry"}))
    ['hallam', 'peter']
    """
    if any(c.isupper() for c in raw):
        return frozenset()  # (its capitals say which words are names)
    said = words(raw)
    found: set[str] = set()
    for index, word in enumerate(said):
        if word in lexicon.FIRST_NAMES and word not in known:
            found.add(word)
            # ... and a surname after it, a word English hardly uses ("dennis retired" is none)
            after = said[index + 1] if index + 1 < len(said) else ""
            if after.isalpha() and after not in known and zipf(after) < SURNAME_ZIPF:
                found.add(after)
    return frozenset(found)


SURNAME_ZIPF = 3.5  # a word after a first name rarer than this in English is a surname


def _proper_words(raw: str) -> frozenset[str]:
    """Capitalised words not at the start of a sentence: names ("the First Division")."""
    found = re.findall(r"(?<![.?!]\s)(?<!^)\b[A-Z][\w\-]+", raw.strip())
    return frozenset(w.lower() for w in found)


def _title_cased(raw: str) -> bool:
    """Tell whether most words of a question are capitalised ("What Happened After The
    Merger"), so that capitals mark no name."""
    found = re.findall(r"[^\W\d_][\w'’-]*", raw)[1:]
    return len(found) > 1 and sum(w[0].isupper() for w in found) >= 0.8 * len(found)


_ANCHOR_PATTERNS = (
    _LEADING_ANCHOR_RE,
    _ANCHOR_RE,
    _FOLLOW_RE,
    _DURING_RE,
    _WHEN_CLAUSE_RE,
    _LEADING_WHEN_RE,
)


def _find_anchor(text: str) -> tuple[Anchor | None, str]:
    """Split "what came right after <event>" into the anchor event and the main question."""
    stripped = text.strip(" ?!.")
    for pattern in _ANCHOR_PATTERNS:
        match = pattern.match(stripped)
        if not match:
            continue
        # (an event ends where its question does: "... just before the first fireworks?
        # writing a piece for the Gazette")
        anchor_text = match["anchor"].split("?", 1)[0].strip(" ?!.,")
        main = match["main"]
        if asked := _ASKED_AFTER_RE.search(anchor_text):
            # "bit of a question for the newsletter, after everything got cancelled in 2020,
            # what was the next thing we did?": the question follows the event
            anchor_text, main = anchor_text[: asked.start()], asked["asked"] or asked["bare"]
        elif aside := _ASIDE_WHEN_RE.search(anchor_text):
            # "after the big flood in the fifties, when the lads were rowing folk out of
            # their front doors": the event, then what it was like
            anchor_text = anchor_text[: aside.start()]
        if not _content_words(anchor_text) or _starts_with_date(match["rel"], anchor_text):
            continue
        if match["rel"] == "before" and anchor_text.split()[0] in _PLACE_PREPOSITIONS:
            continue  # "the chair that worked before on the railway": earlier, no event
        if pattern is _FOLLOW_RE and _SUCCESSION_RE.match(stripped.lower()):
            continue  # "who followed Margaret as head instructor": who succeeded her
        if lull := _LULL_RE.match(anchor_text):
            # "when did the regatta come back after that long gap when nobody bothered?":
            # no event before it, only the gap, which a fact may tell ("after a gap of")
            return None, f"{main.rstrip()} {match['rel']} a {lull['lull']}"
        if anchor_text.split()[0] in lexicon.QUESTION_WORDS:
            continue  # "since when do postmortems have to be blameless": a when question
        if main.rstrip().endswith(_NOT_ORDER_BEFORE):
            continue  # "what boat is named after Derek Hollis": a name, not an order
        if match["rel"] == "after" and _NAMED_SOMETHING_RE.search(main):
            continue  # "when did we christen one of the locos after the founder": a name
        # "what befell us in the months before his death": what came shortly before it
        if span := _SPAN_END_RE.search(main):
            main = main[: span.start()]
        if _DURATION_END_RE.search(main):
            continue  # "how many seconds after launch": a duration, not an event order
        if (
            _SAME_SUBJECT_RE.match(anchor_text)
            # ("who chaired the trustees when we became a charity": an event in its time)
            and not (pattern is _WHEN_CLAUSE_RE and _BECAME_RE.match(anchor_text))
            # ("what was the last thing before we got the grant": an order, no subject)
            and set(_content_words(main)) - _ORDER_WORDS
            and not _DOINGS_RE.search(main)  # "what did the team do before we got"
        ):
            continue  # "what was Firefox called before it was Firefox": the same thing
        if pattern is _WHEN_CLAUSE_RE and _pronoun_subject(anchor_text, main):
            continue  # "who led the youth choir when it started": the choir's own start
        rel = match["rel"]
        relation: Literal["after", "before", "during"] = (
            "before"
            if rel in ("before", "prior to", "preceding", "preceded")
            else "during"
            if pattern in (_DURING_RE, _WHEN_CLAUSE_RE, _LEADING_WHEN_RE)
            else "after"
        )
        if (
            pattern is _WHEN_CLAUSE_RE
            and ending(anchor_text)
            and main.startswith("who")
            and not _COPULA_MAIN_RE.match(main)
            and not _OWN_DOING_RE.match(main)
        ):
            relation = "after"  # "who took over when Dennis retired": whoever came next
        if (
            pattern is _WHEN_CLAUSE_RE
            and ending(anchor_text)
            and _WENT_RE.match(main)
            and anchor_text.split()[0] not in _PERSONAL_PRONOUNS
        ):
            # "where did we go when we had to leave St Aidan's?" (but "where did Priya go
            # when she left?" is told by her leaving)
            relation = "after"
        if rel == "once" and pattern is _WHEN_CLAUSE_RE:
            if (
                not main.startswith(("who", "where"))
                and not _NEXT_RE.search(main)
                and not _DOINGS_RE.search(main)
            ):
                # ("what courses could we run once the RYA recognised us", but "what did we
                # do next once the lottery money came through?" and "what did we get up to
                # once we'd settled in?" ask what came after)
                continue
            relation = "after"  # "where did we move to once we lost the cottage?"
        nearest = bool(match.groupdict().get("near") or span) or not _content_words(main)
        if named := _SUBJECT_NAMED_RE.match(main) or _BOUGHT_OFF_RE.search(main):
            # "where did lenny go when he quit?", "... after he quit?": when Lenny quit, not
            # whoever else did
            anchor_text = re.sub(r"^(?:he|she)\b", named["name"], anchor_text)
        elif thing := _SUBJECT_THING_RE.match(main):
            # "where did the retreats go once they moved out of the mill?": the retreats did
            anchor_text = re.sub(r"^(?:they|it)\b", thing["thing"], anchor_text)
        return Anchor(relation, anchor_text, nearest or rel != "since"), main
    return None, text


def _pronoun_subject(clause: str, main: str) -> bool:
    """Tell whether a clause's subject is what the main question is about: "it", "that" or
    "this" standing alone ("when that happened"), or "that" before the main question's noun
    or a body ("who ran the shop when that shop opened", "... when that team was set up");
    not "that" before a noun of its own ("who was chair when that big gale came through?").

    >>> _pronoun_subject("that was built", "who ran it")
    True
    >>> _pronoun_subject("that big gale came through", "who was chair")
    False
    """
    first, *rest = clause.split()
    if first not in _PRONOUNS:
        return False
    after = rest[0] if rest else ""
    return (
        first == "it"
        or not after
        or after in lexicon.STOPWORDS
        or after in lexicon.PARTICIPLES
        or after.endswith(("ed", "ing"))
        or after in main.split()
        or after in lexicon.BODY_NOUNS  # ("who led the hunters when that team was set up")
    )


def reads_as_verb(text: str, word: str) -> bool:
    """Tell whether a word of a question reads as a verb: an -ed or -ing form, or after an
    auxiliary or a subject ("when did we *unlock* it", "stop *relying* on"; not after "to":
    "migrated to Azure").

    >>> reads_as_verb("when did kessel stop relying on the generator", "relying")
    True
    >>> reads_as_verb("when did the cafe open", "cafe")
    False
    """
    tokens = words(text, normalized=True)
    if word not in tokens:
        return False
    if len(word) > 4 and word.endswith(("ed", "ing")):
        return True
    index = tokens.index(word)
    return index > 0 and tokens[index - 1] in _BEFORE_A_VERB


def year_as_word(query: Query) -> Query | None:
    """The question with a bare year read as a word, not a time: "the 1284 borough charter"
    names a charter, though no fact happened in 1284. None when the time is not a bare year."""
    if query.time is None or not re.fullmatch(r"(?:the )?\d{4}", query.time.text):
        return None
    year = query.time.text.removeprefix("the ")
    if any(t.word == year for t in query.terms):
        return None  # read so already
    return replace(query, time=None, terms=(*query.terms, _term(year, False)))


def decade_as_word(query: Query) -> Query | None:
    """The question without its decade, when it names a thing of that decade: "that 1930s
    racing dinghy" was restored later, and a fact gives its year, not the decade's name."""
    if query.time is None or not re.fullmatch(r"(?:the )?\d{3}0s", query.time.text):
        return None
    return replace(query, time=None)


def ending(text: str) -> bool:
    """Tell whether an event's words say something ended ("when Dennis retired").

    >>> ending("dennis tregear retired"), ending("the new mast went up")
    (True, False)
    """
    return _ENDING_RE.search(text) is not None


def _starts_with_date(relation: str, anchor: str) -> bool:
    """Tell whether "after <anchor>" is a date ("after March 2019"), not an event."""
    phrase = f"{relation} {anchor}"
    found = find_time_constraint(phrase, today=dt.date.today())
    if found is None or not phrase.startswith(found.text):
        return False
    return not _content_words(phrase[len(found.text) :])


def _content_words(text: str) -> list[str]:
    return [w for w in words(text, normalized=True) if w not in _NOT_CONTENT]


# "what was the date of the flood?", "the exact day we moved", "what's the year the hall opened"
_DATE_OF_RE = re.compile(
    r"^(?:(?:what|which)(?: s| was| is| were)? )?(?:the |its |our )?(?:exact |actual )?"
    r"(?:date|day|year|month) (?:of|when|that|we|they|it|he|she|the|our)\b"
)


_HOW_MANY_YEARS_RE = re.compile(
    r"\bhow many (?:years|months|weeks|days|decades)\b(?! (?:after|before|later|earlier|ago|in)\b)"
)


def _question_type(text: str) -> QuestionType:
    tokens = words(text, normalized=True)
    joined = " ".join(tokens)
    if _HOW_MANY_YEARS_RE.search(joined):
        return "how_long"  # "how many years did Derek chair it for?"
    if re.search(r"\bhow (many|much|often)\b|\bnumber of\b", joined):
        return "how_many"
    if re.search(r"\bhow long\b(?! ago)|\bduration\b|\b(?:stretch|span|length) of time\b", joined):
        return "how_long"
    if _DATE_OF_RE.search(joined):
        return "when"  # "what was the date of the flood?", "the date we moved to the Mission"
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word == "when" or (word == "how" and following == "long"):
            return "when"
        if word in ("where", "whereabouts"):  # "whereabouts in Leeds are we?"
            return "where"
        if word in ("who", "whom", "whose"):
            return "who"
        if word in ("what", "which"):
            form, _ = _form_noun(tokens, index + 1)
            return form or "what"
    if re.search(r"\b(date|year|day) (of|when)\b", joined):
        return "when"
    return "what"


def _order(text: str, proper: frozenset[str]) -> Order | None:
    # "the First Division" is a name, not an order word
    tokens = [w for w in words(text, normalized=True) if w not in proper]
    joined = " ".join(tokens)
    if re.search(r"\bmost recent(ly)?\b", joined) or _NOW_RE.search(joined):
        return "latest"
    if _PRESENT & set(tokens):
        return "latest"  # "who's the first team manager now?": the one of now
    if _EARLY_RE.search(joined):
        return "first"
    for index, word in enumerate(tokens):
        if word in _REPLACING:
            return None  # "which machine replaced the original Zamboni": the one replaced
        if word in lexicon.ORDER_LATEST:
            return "latest"
        if word in lexicon.ORDER_FIRST and tokens[index + 1 : index + 2] != ["prize"]:
            return "first"  # "first prize" is a rank, not an order
    return None


_RUNS_RE = re.compile(r"\bwho lead (?:the |our )?(?P<what>[\w -]+?)(?: now| these days)?\??$")
_WHICH_FIRST_RE = re.compile(
    r"^(?:which|what) (?P<noun>[a-z]+) .*\b(?:first|last|earliest|latest)$"
)
_POSSESSORS = frozenset(("the", "our", "their", "its", "my", "your"))
_OWNER_OF_ORDERED_RE = re.compile(  # "the club's first coach" (or "the clubs first coach")
    # (but "after the kingfishers first nested": the first time they did it, no one's first
    # nest)
    r"\b(?:"
    + "|".join(sorted(_POSSESSORS))
    + r") (\w+?)('s|s) (?:very )?(?:"
    + "|".join(sorted(lexicon.ORDER_FIRST | lexicon.ORDER_LATEST))
    + r")\b(?! \w+ed\b)"
)
_AUXILIARIES = frozenset("was were is are did does do has have had will would".split())
_KINDS_OF_PEOPLE = frozenset("women men children people kids".split())
_OWNER_RE = re.compile(r"^(?:what|what's|whats|where|when|who)\b.*?\bthe (\w+)'s \w+")
_OWN_BODY_RE = re.compile(
    r"\b(?:the|our) (company|club|society|coop|co-op|cooperative|agency|lab|practice|charity|"
    r"trust|firm|business|organisation|organization|association|federation|collective|"
    r"choir|band|orchestra|team|school|paper|station|theatre|museum|hospital|library|surgery|"
    r"union|branch)\b"
)
_PRESENT = frozenset("now currently current nowadays presently".split())
_REPLACING = frozenset("replace replaced replaces succeeded superseded supersede".split())


def _passive(text: str) -> tuple[frozenset[str], str] | None:
    """The subject's stems and the verb of a passive question: in "when was the club
    founded?" the club is what was founded, not what did the founding.

    >>> _passive("when was the club founded?")
    (frozenset({'club'}), 'founded')
    >>> print(_passive("when did the club found a women's team?"))
    None
    """
    match = _PASSIVE_RE.match(text)
    if match is None:
        return None
    tokens = words(match["rest"], normalized=True)
    for index, token in enumerate(tokens[1:], start=1):
        if is_participle(token):
            subject = frozenset(stem(t) for t in tokens[:index] if not _is_noise(t))
            return (subject, token) if subject else None
    return None


def _actor(text: str) -> frozenset[str]:
    """The stems of who does the deed in "when did Halden buy us?" (the words between the
    auxiliary and a verb one knows names, for now those that change hands).

    >>> sorted(_actor("when did northstone aggregates buy a stake?"))
    ['aggreg', 'northston']
    """
    return _stems_in(_ACTOR_RE, text)


def _predecessor(phrased: str, proper: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of the one replaced in "who replaced X (as lead)", "who took over from X",
    or of the thing replaced in "what replaced X"; a name ends where its capitals do ("who
    took over from Sparks Whitlow looking after the wires?").

    >>> sorted(_predecessor("who replaced marcus webb as lead"))
    ['marcus', 'webb']
    >>> named = frozenset({"sparks", "whitlow"})
    >>> sorted(_predecessor("who succeed sparks whitlow care the wires", named))
    ['spark', 'whitlow']
    """
    match = _SUCCESSION_RE.search(phrased)
    said = _who_words(match)
    if match and match["who"] and said[0] in proper:
        said = list(itertools.takewhile(lambda w: w in proper, said))
    return _stems_of(said)


def destination_of(text: str) -> frozenset[str]:
    """The stems of where a question says something moved or switched to.

    >>> sorted(destination_of("when did we switch to emis web"))
    ['emi', 'web']
    """
    return _stems_in(_DESTINATION_RE, text)


def _stems_in(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    """The stems of the content words ``pattern`` finds in its group named "who"."""
    return _stems_of(_who_words(pattern.search(text)))


def _who_words(match: re.Match[str] | None) -> list[str]:
    """The words of a match's group named "who" (or "who2")."""
    if match is None:
        return []
    return words(match["who"] or match.groupdict().get("who2") or "", normalized=True)


def _stems_of(said: list[str]) -> frozenset[str]:
    """The stems of the content words of a name or thing said."""
    # (a title names no one: "who succeeded Mr Pugh": Pugh, whom facts call Emlyn Pugh)
    return frozenset(stem(w) for w in said if not _is_noise(w) and w not in _TITLES)


ORDERED_WORDS = 3  # words after an order word that say what is ordered
ORDERED_NAME_WORDS = 5  # ... or after it, when they are a name


def _ordered_phrase(text: str, proper: frozenset[str]) -> tuple[str, ...]:
    """The noun phrase an order word qualifies, as in "the first CVE" or "our first funding
    round", vague words left out. Empty when the order word is an adverb ("when did they
    first meet"), where no noun says what kind of fact is wanted.

    >>> _ordered_phrase("what was cascadia's first serious accident", frozenset())
    ('accident',)
    >>> _ordered_phrase("what's the latest grant the lab has won", frozenset())
    ('grant',)
    >>> _ordered_phrase("when did kestrel first make it to the top", frozenset())
    ()
    """
    tokens = [t.strip('?!.,;:"()') for t in normalize(text).split()]
    for index, token in enumerate(tokens[1:], start=1):
        if token in proper or token not in _ORDER_WORDS:
            continue
        if not _qualifies_a_noun(tokens, index):
            break  # an adverb: "when did they first meet", "which village got it first"
        phrase = []
        following = tokens[index + 1 : index + 1 + ORDERED_NAME_WORDS]
        for at, word in enumerate(following):
            if at >= ORDERED_WORDS and not all(w in proper for w in following[:at]):
                break  # "the first Corfe Hill Lavender Festival": a name may run longer
            if not word or _is_noise(word) or word in _NAMING:  # "our first exhibition called"
                break
            if word not in lexicon.LIGHT:  # "first serious accident": the vague word aside
                phrase.append(word)
        # "the first person in space": "person" is the answer's form, not a kind of fact
        # ... but "the club's first coach" is a role a fact may say it was the first in
        vague = bool(phrase) and phrase[-1] in _FORM_NOUNS and phrase[-1] not in _ROLES
        return tuple(phrase) if phrase and not vague else ()
    # "which village got fibre first?": the village, ordered by the adverb at the end
    which = _WHICH_FIRST_RE.match(" ".join(tokens))
    if which and which["noun"] not in _FORM_NOUNS and not _is_noise(which["noun"]):
        return (which["noun"],)
    return ()


def _qualifies_a_noun(tokens: list[str], index: int) -> bool:
    """Tell whether the order word at ``index`` qualifies a noun ("the very first festival",
    "the club's first coach", typed "the clubs first coach" too), not a verb ("when did they
    first meet")."""
    at = index - 1
    if tokens[at] in ("very", "most") and at >= 1:  # "the most recent grant"
        at -= 1
    before = tokens[at]
    owned = (
        before.endswith(("'s", "s'"))
        or (
            before.endswith("s")
            and at >= 1
            and tokens[at - 1] in _POSSESSORS
            # (but "after the kingfishers first nested": the first time they did it)
            and not "".join(tokens[index + 1 : index + 2]).endswith("ed")
        )
    )
    return before in _DETERMINERS or owned


def _first_doing(text: str) -> str:
    """The word a "first" used as an adverb qualifies: "broadcast" in "where did the station
    first broadcast from?" (none in "the choir's first time on tv").

    >>> _first_doing("where did the station first broadcast from?")
    'broadcast'
    >>> _first_doing("who coached the lions first?")
    'coached'
    """
    tokens = [t.strip('?!.,;:"()') for t in normalize(text).split()]
    for index in range(1, len(tokens) - 1):
        if tokens[index] == "first" and not _qualifies_a_noun(tokens, index):
            return tokens[index + 1]
    if len(tokens) > 2 and tokens[0] == "who" and tokens[-1] == "first":
        # "who coached the lions first?": the club's first coach
        return tokens[1] if tokens[1] not in _AUXILIARIES else ""
    return ""


def _terms(
    phrased: str,
    proper: frozenset[str],
    *,
    aspect: bool = False,
    keep: frozenset[str] = frozenset(),
) -> tuple[Term, ...]:
    """The content terms of a question whose phrases are already rewritten; ``aspect`` when
    "start" or "begin" governs a verb in it; ``keep`` function words that are names here."""
    tokens: list[str] = []
    for word in words(phrased, normalized=True):
        if "-" in word and not is_identifier(word):
            tokens.extend(part for part in word.split("-") if part)
        else:
            tokens.append(word)
    skip = 0
    terms: list[Term] = []
    seen: set[str] = set()
    for index, word in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if word in ("what", "which"):
            # "which city", "which two capitals": the answer's form, not its topic
            skip = _form_noun(tokens, index + 1)[1]
            continue
        if word == "how" and index + 1 < len(tokens) and tokens[index + 1] in ("many", "long"):
            skip = 1
            continue
        if word in seen or (_is_noise(word) and word not in keep):
            continue
        seen.add(word)
        # ("Mrs Oyelaran": the title is no name of its own, to be missing from the base)
        term = _term(word, word in proper and word not in _TITLES)
        if _swapped_function_word(word):
            term = replace(term, swapped=True)
        if term.light and word in _LIGHT_NOUNS and index and tokens[index - 1] in _NOUN_BEFORE:
            # "the big saw", "the new stand": a thing, not a light verb
            term = replace(term, light=False)
        if word in _ASPECT and aspect:
            # "when did they start charging for it": the charging began then, whatever the
            # fact calls it; the word "start" itself is seldom in it.
            term = replace(term, light=True)
        if (
            word in _MILESTONE_VERBS
            and tokens[index + 1 : index + 2]
            and tokens[index + 1].isdigit()
        ):
            # "when did we reach 100 dogs": the number says it ("the 100th dog qualified")
            term = replace(term, light=True)
        if word in _HOLDING and _holds_an_event(tokens, index):
            # "where did the Friends hold their first meeting?": the meeting says it ("formed
            # at a public meeting in the Corn Exchange")
            term = replace(term, light=True)
        if _follows_copula(tokens, index):
            term = replace(term, complement=True)
        if tokens[index + 1 : index + 3] in _GUESSED or (
            word in proper and tokens[index + 1 : index + 2] == ["something"]
        ):
            # "the catamaran, gannet or something", "Margery something": a guess at a name,
            # not a word to hold
            term = replace(term, weak=True)
        terms.append(term)
    return tuple(terms)


_GUESSED = [["or", "something"], ["or", "whatever"], ["or", "summat"], ["or", "similar"]]
_TITLES = frozenset("mr mrs ms mx dr prof".split())
_HOLDING = frozenset("hold holds held holding".split())
_GATHERINGS = frozenset(
    "meeting meetings agm concert concerts show shows race races festival exhibition party "
    "event events conference session sessions gala rally competition trial trials".split()
)


def _holds_an_event(tokens: list[str], index: int) -> bool:
    """Tell whether "hold" has a gathering for its object ("held their first meeting"), or
    for its subject ("where was the first meeting held?"): a verb that says nothing the
    gathering does not ("the very first meeting" too). A light word ("show") is no gathering
    before it."""
    after = [t for t in tokens[index + 1 : index + 5] if t not in _DETERMINERS and t != "very"]
    before = tokens[max(0, index - 3) : index]
    return any(t in _GATHERINGS for t in after[:2]) or any(
        t in _GATHERINGS and t not in lexicon.LIGHT for t in before
    )


def _starts_a_doing(text: str) -> bool:
    """Tell whether "start" or "begin" governs a verb: "start working", "began to sell"."""
    for match in _ASPECT_RE.finditer(text):
        if match["next"] == "to" or match["next"] not in _ING_NOUNS:
            return True
    return False


def _follows_copula(tokens: list[str], index: int) -> bool:
    """Tell whether the word completes "made"/"became" ("made optional", "become a standard"):
    it says what a thing turned into, which facts put in their own words."""
    before = [t for t in tokens[max(0, index - 2) : index] if t not in ("a", "an", "the")]
    return bool(before) and before[-1] in _COPULAS


@lru_cache(maxsize=65536)
def _term(word: str, proper: bool) -> Term:
    weak = not proper and (word in lexicon.ORDER_FIRST or word in lexicon.ORDER_LATEST)
    return Term(
        word=word,
        stem=stem(word),
        identifier=is_identifier(word),
        proper=proper,
        weak=weak,
        light=word in lexicon.LIGHT,
    )


def _form_noun(tokens: list[str], start: int) -> tuple[QuestionType | None, int]:
    """The answer form a noun after "what"/"which" asks for, and how many words it took.

    >>> _form_noun(["which", "two", "capitals", "held", "talks"], 1)
    ('where', 2)
    """
    index = start
    if index < len(tokens) and tokens[index] in ("is", "was", "the", "a"):
        return None, 0
    if index < len(tokens) and (tokens[index].isdigit() or tokens[index] in _COUNT_WORDS):
        index += 1  # "which two capitals"
    if index >= len(tokens):
        return None, 0
    noun = tokens[index]
    head = tokens[index + 1] if index + 1 < len(tokens) else ""
    if noun not in _ROLES and _compound_head(head):
        return None, 0  # "which ground station": a station, not a ground
    form = _FORM_NOUNS.get(noun) or _FORM_NOUNS.get(_singular(noun))
    return (form, index + 1 - start) if form else (None, 0)


def _compound_head(word: str) -> bool:
    """Tell whether a word after a noun is likely the head of a compound with it ("ground
    *station*"), not the question's verb ("which ground hosted", "which venue has", "which
    town won"): a plain word, neither a function word nor a verb form."""
    return (
        word.isalpha()
        and not _is_noise(word)
        and not word.endswith(("ed", "s", "ly"))
        and word not in lexicon.PARTICIPLES
        and word not in lexicon.EVENT_VERBS
        and word not in _ORDER_WORDS
    )


def _singular(noun: str) -> str:
    """A plural noun's singular, near enough for a word list ("cities" -> "city")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def _is_noise(word: str) -> bool:
    if word in lexicon.STOPWORDS or word in lexicon.GENERIC or word in lexicon.QUESTION_WORDS:
        return True
    if word in lexicon.MONTH_WORDS and word != "may":
        return True
    return len(word) == 1 and not word.isdigit()


def _swapped_function_word(word: str) -> bool:
    """Tell whether a word is a function word with two letters swapped ("teh", "adn", "taht")
    or one dropped ("wer", "whn"), and no English word itself."""
    if not 3 <= len(word) <= 5 or not word.isalpha() or zipf(word) >= SWAPPED_ZIPF:
        return False
    return bool(_swaps(word) & lexicon.STOPWORDS) or word in _SHORTENED_FUNCTION_WORDS


SWAPPED_ZIPF = 3.2  # "form" (from) and "fro" are words; "teh" and "adn" are not
# Function words with one letter dropped: "wer" (were), "whn" (when)
_SHORTENED_FUNCTION_WORDS = frozenset(
    w[:i] + w[i + 1 :] for w in lexicon.STOPWORDS if 4 <= len(w) <= 6 for i in range(len(w))
)
_NOT_CONTENT = lexicon.STOPWORDS | lexicon.GENERIC | frozenset(lexicon.QUESTION_WORDS)
_FORM_NOUNS: dict[str, QuestionType] = {
    **{n: "who" for n in lexicon.PERSON_NOUNS},
    **{n: "where" for n in lexicon.PLACE_NOUNS},
    **{n: "when" for n in lexicon.TIME_NOUNS},
    # "what colour was the jersey?": the fact names the colour; it seldom says "colour"
    **{n: "what" for n in ("colour", "color", "shade")},
    # "which company sponsored us first?", "which garage gave us the van?": the fact names the
    # firm ("Brightwell Software", "Penrose Motors")
    **{
        n: "what"
        for n in "company firm business organisation organization garage dealer dealership"
        " supplier contractor manufacturer maker brand agency".split()
    },
    # "which breed were our first hens?": the fact names it ("Light Sussex hens")
    **{n: "what" for n in ("breed", "breeds", "variety", "varieties", "cultivar")},
}
_ROLES = lexicon.ROLE_TITLES
_MILESTONE_VERBS = frozenset(
    "reach reached reaches reaching hit hits hitting pass passed passes passing top topped tops"
    " topping surpass surpassed exceed exceeded cross crossed".split()
)
_ASPECT = frozenset("start starts started starting begin begins began begun beginning".split())
_ASPECT_RE = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|begun)\s+(?P<next>to|doing|\w{3,}ing)\b"
)
_ING_NOUNS = frozenset("building meeting wedding funding training morning evening".split())
_PASSIVE_RE = re.compile(
    r"^(?:when|where|why|how|(?:in )?(?:what|which) year)\s+(?:was|were)\s+(?P<rest>.+)$"
)
_FATE_RE = re.compile(r"^(?:what(?:ever)? happened to|what became of)\b")
_BEFORE_A_VERB = frozenset("did do does could can we they i you first start stop".split())
_SUCCEED = frozenset("replaced succeeded succeed followed".split())
_BEGUN = frozenset().union(*(groups_of(stem(w)) for w in ("start", "open", "found", "introduce")))
_SUCCESSION_RE = re.compile(
    r"^(?:who|what|which)\b.*?\b(?:replaced|succeeded|succeed)\s+(?P<who>.+?)(?:\s+as\s.*)?$"
    # "who followed Margaret as head instructor?": who succeeded her in that role
    r"|^who\b.*?\bfollowed\s+(?P<who2>.+?)\s+as\s.*$"
)
_WHEN_SUCCEEDED_RE = re.compile(
    r"^when\b.*?\b(?:replaced|replace|succeeded|succeed)\s+"
    # (a person, by name: not "replaced by", nor "replaced the chain the second time")
    r"(?!(?:by|with|the|a|an|our|its|their|his|her|it|them|this|that)\b)"
    r"(?P<who>[\w'-]+(?: [\w'-]+)?)(?:\s+as\s.*)?\W*$"
)
# "what did we do next once the money came through?": a question of what came after
_NEXT_RE = re.compile(r"\b(?:next|then|afterwards)\b")
# "..., after everything got cancelled in 2020, what did we do next?": a question after the event
_ASKED_AFTER_RE = re.compile(
    r",\s*(?P<asked>(?:what|who|where|which|how)\b.*)$"
    # ... or, unmarked, a question word and its verb: "after the break-in where did we hold
    # sessions?"
    r"|\s(?P<bare>(?:what|who|where|which|how|when) (?:did|was|were|is|are|do|does|had|has|have)"
    r"\b.*)$"
)
# "..., when the lads were rowing folk out": what an event was like, said after it (not a
# question, ", when was that")
_ASIDE_WHEN_RE = re.compile(r",\s*(?:when|while)\s+(?!(?:was|did|is|were|do|does)\b)")
# "Dome After Dark", "Life Before Lockdown": a relation word inside a name
_NAME_WITH_ORDER_RE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:After|Before|Since|Following|Until|Till)\s+(?P<next>[A-Z][\w'’-]*)"
)
# What was taken over, if the question says ("who took over the junior band after Tamika?")
_TAKEN = r"(?: (?:the|our|his|her|their) [\w -]+?)?"
# "who took over after <someone>", "who came after <someone>": the next holder of a role
_NEXT_HOLDER_RE = re.compile(
    r"^\s*who (?:took over" + _TAKEN + r"|came|was next|stepped in|stepped up|"
    r"followed on)(?: next)?\s*$"
)
# "... when Enzo retired": a named holder leaving
_LEFT_ROLE_RE = re.compile(
    r"^(?P<who>[\w'’-]+(?: [\w'’-]+){0,2}) (?:retired|left|quit|resigned|stepped down|"
    r"stood down|stepped back|moved on|died|passed away|emigrated|moved away|moved abroad|"
    rf"{_GAVE_UP})"
    r"(?: to [\w'’ -]+)?\s*[?.!]*$"
)
# "when did the Mill Preservation Society change its name to the Mill Trust?": the old name,
# then the new
_RENAMED_TO_RE = re.compile(
    r"\b(?:did|was|were|is|has|had) (?:the )?(?P<old>(?:[\w'-]+ ){1,6}?)"
    r"(?:namechange|renamed|rebranded|rename|rebrand)\b (?:to |as |into )?(?P<new>.+)$"
)
# "now that Ringo's packed it in, who ...?" (after "hey, " too): who or what is it now
_NOW_THAT_GONE_RE = re.compile(
    r"(?:^|[^\w'’])now (?:that )?[\w'’ -]+? (?:(?:has|have|is|are) )?"
    rf"(?:gone|left|retired|quit|moved on|stepped down|stood down|{_GAVE_UP})\b"
    r"(?: \w+)?\s*[,;-]+\s*(?:who|what|where)\b"
)
# "when did we christen one of the locos (after ...)": a naming, whose "after" is no anchor
_NAMED_SOMETHING_RE = re.compile(
    r"\b(?:name|names|named|naming|christen|christens|christened|christening)"
    r"(?: [\w'-]+){1,4}\s*$"
)
# "... rather than all unpaid", "... instead of renting": what it was before
_CONTRAST_RE = re.compile(r"\b(?:rather than|instead of)\b[^,;.?!]*")
# "old Walter", "poor Maud": a name, said fondly
_FOND_RE = re.compile(r"^(?:good old|old|young|poor|dear|little|big) (?=\w)")
# "who took over", "who ran the shop", "who owned the studio": whoever held it next
_HOLDER_RE = re.compile(
    r"^\s*who (?:took over"
    + _TAKEN
    + r"|took over (?:as |(?=running ))(?P<taken>[\w -]+?)|came in|stepped in|stepped up|"
    r"was next|"
    r"(?P<role>(?:ran|owned|led|managed|chaired|headed|coached|edited|kept|did)\b.*?))\s*$"
)
_NOW_RE = re.compile(r"\b(?:these days|at the moment|right now|at present|nowadays)\b")
_NTH_TIME_RE = re.compile(r"\b(?:for )?the (?:very )?(first|last) time\b")
_EARLY_RE = re.compile(
    r"\b(?:in|during) (?:its|the|our|their|his|her) (?:very )?(?:early|earliest|first) "
    r"(?:days|years)\b|"
    r"\bback in the day\b|\bin the old days\b|"
    # "who chaired the trust at the very start?" (not "at the start of 2019", a date)
    r"\b(?:right |just )?(?:at|from|in) the (?:very )?(?:start|beginning|outset)\b(?! of\b)|"
    # "who was chair back when it was just a bunch of anglers?": what it was at first
    r"\b(?:back |way back )?when (?:it|we|they) (?:was|were) (?:just|only|still) [^,;.?!]*"
)
# "when did we become VeSA?": a new name (one name: "a UNESCO World Heritage Site" is a
# status, not a new name)
_BECAME_NAME_RE = re.compile(
    r"\b(?:we|it|they) bec(?:ome|ame|omes|oming) (?:an? |the )?(?P<name>[A-Z][\w-]*)(?! [A-Z])"
)
# The thing asked about, not the people who acted: "when it started", "when that team was set up"
_PRONOUNS = frozenset(("it", "that", "this"))
# "where did we go", "where did the shop move to": a going, after what it left
_WENT_RE = re.compile(r"^where (?:did|do|does) (?:[\w'-]+ ){1,3}?(?:go|move|head|relocate)\b")
_PERSONAL_PRONOUNS = frozenset(("he", "she", "they"))
# "where did lenny go", "what did Priya do": one named person as the subject
_SUBJECT_NAMED_RE = re.compile(
    r"^(?:where|what|who|which \w+) (?:did|does) "
    r"(?P<name>(?!(?:we|they|you|i|he|she|it|the|our|us|a|an)\b)[a-z][\w'-]*)\b"
)
# "who bought the shop off Ruth when she retired?": she is the one it was bought off
_BOUGHT_OFF_RE = re.compile(
    r"\b(?:buy|bought|purchase|purchased|acquire|acquired) (?:[\w'-]+ ){1,4}?(?:off|from) "
    r"(?P<name>(?!(?:us|them|him|her|the|our|a|an)\b)[a-z][\w'-]*)\s*$"
)
# "where did the retreats go", "what did the old van become": a thing as the subject
_SUBJECT_THING_RE = re.compile(
    r"^(?:where|what|who|which \w+) (?:did|does) (?P<thing>the [a-z][\w'-]*)\b"
)
_TOOK_FROM_RE = re.compile(
    r"^\s*who (?:took over|took the reins|stepped in|stepped up)\b.* from \w"
)
# "who ran the juniors when they started out?", "where were we based when we first started
# out?": who held a role, where we were, at the very start
_WHO_AT_START_RE = re.compile(
    r"^(?P<main>(?:who|where)\b.+?)\s+(?:when|as soon as)\s+"
    r"(?P<subject>it|we|they|the \w+|the \w+'s? \w+)"
    r"(?: first)? (?:started|began|opened|formed|was formed|was set up|was founded|"
    r"got going|kicked off|launched)(?: out| up)?(?: \w+ing)?$"
)
_ORDER_WORDS = lexicon.ORDER_FIRST | lexicon.ORDER_LATEST
_WHERE_NOUN_RE = re.compile(
    r"^what(?:'s| is| was| were)\s+(?:(?:the|our|its|their|[\w-]+'s)\s+)*(?:[\w-]+\s+)?"
    r"(?P<noun>home|address|base|headquarters|hq|location|premises)\b\W*$"
)
_COMPARED_RE = re.compile(
    r"^(?:which|what|who)\b(?: [\w'-]+){0,3}? (?:first|earlier|earliest|last|later|latest|"
    r"more recent|most recent|newer|newest|older|oldest)(?:(?: [\w'-]+)?\s*[,:;-]\s*|\s+)"
    r"(?P<one>[^,?!]+?),? or "
    r"(?P<other>[^,?!]+?)\W*$"
)
_CAPS_RE = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z]{2,}\b")  # not a first word: "WHEN did..."
# "what was Tallyroom?", "who is Tomasz?"; not "who was conducting?"
_WHAT_IS_RE = re.compile(
    r"^(?:what|who)(?:'s| is| was| are| were) (?:the |a |an )?[\w-]+(?<!ing)\W*$"
)
# "where is the barn exactly?", "where's the Tenterhook brewery located?" (not "where are we")
_WHERE_IS_RE = re.compile(r"^where(?:'s| is) (?!we\b)[\w' -]+?(?: located| exactly)?\W*$")
_DETERMINERS = frozenset("the our its their his her my your this that".split())
# Light verbs that are also things ("the big saw", "the new stand")...
_LIGHT_NOUNS = frozenset("saw stand stands".split())
# ... as they are after these
_NOUN_BEFORE = _DETERMINERS | frozenset("a an big new old".split())
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())
# "named after Derek Hollis", "who looks after the bees": no order of events
_NOT_ORDER_BEFORE = ("named", "called", "renamed", "look", "looks", "looked", "looking")
_ACTOR_RE = re.compile(
    r"\b(?:did|does|do|will|would|could|has|have|had)\s+(?P<who>(?:[\w'&-]+\s+){1,4}?)"
    r"(?:buy|purchase|acquire|sell|sold|bought|take over)\b"
)
# "when did we switch to EMIS": what was moved to (a fact that left EMIS is another move)
_DESTINATION_RE = re.compile(
    r"\b(?:switch|switches|switched|switching|move|moves|moved|moving|migrate|migrated|"
    r"migrating|transfer|transferred|port|ported|shift|shifted|go|went)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:to|onto|into)\s+(?!from\b|off\b|away\b)(?P<who>[\w .&-]+?)"
    r"(?:\s+(?:in|on|at|from|for|when|after|before|during|by)\b|[?.!]*$)"
)
# "who was music director when the Ring cycle finished": who held it then, not next
_COPULA_MAIN_RE = re.compile(r"^who(?:'s| is| was| were)\b")
_NAMING = frozenset(("called", "named", "known", "titled"))
# "what kind of layout is Millbrook Yard?", "what does the Harbridge Quay layout model?"
_DESCRIBING_RE = re.compile(
    r"^\W*(?:what|which) (?:kind|type|sort|scale|gauge|size|colou?r|breed|make|model|class|"
    r"style|shape)\b|^\W*what (?:does|did|do) .+ (?:model|depict|show|portray)\W*$"
)
# "the first appeal we ever ran", "the first film that we showed": what we did with it
_ORDERED_DONE_RE = re.compile(
    r"\b(?:first|earliest|original|very first) [a-z]+ (?:that |which )?(?:we|i|they|you) "
    r"(?:ever |actually |all |properly |even )?(?P<verb>ran|run|did|held|had|made|got|put|"
    r"organi[sz]ed|tried|went|built)\b"
)
_CALLED_RE = re.compile(
    # ("what were we called before Riverprint?")
    r"\b(?:called|named|titled)(?: (?:before|until|till) [\w' -]+)?\W*$|"
    r"^\W*what(?:'s| is| was| were)? (?:the |its |our |their )?"
    r"(?:name|names|title) (?:of|for)\b|"
    # "what do we call the big coffee machine?", "what did everyone call the kit store?"
    r"^\W*what (?:do|did|does|would) (?:we|you|they|people|everyone|everybody|folk|the \w+) "
    r"(?:call|calls|name|nickname|dub)\b"
)
_CALLED_BEFORE_RENAMING_RE = re.compile(
    r"\b(?:called|named|known as) before (?:the |our |that )?(?:[0-9]{4} )?(?:rebrand|"
    r"rebranding|rename|renaming|name change|change of name|relaunch)\b"
)
# The later name of a question after an earlier one: "what was Kestrel originally called?",
# "what was No. 2 called before she was renamed Eluned?", "... before it became the hawks?"
_LATER_NAME_RE = re.compile(
    r"\b(?:called|named|known as) (?:\w+ )?before (?:(?:it|she|he|we|they) (?:was |were |got )?"
    r"(?:became|become|renamed|called|named|turned into) |(?!(?:it|she|he|we|they|the|our|"
    r"that|this|then|[0-9]+)\b))(?P<name>[\w'. -]+?)\W*$"
)
_BARE_NAME_RE = re.compile(
    r"^\W*what (?:was|were|is) (?P<name>(?!(?:the|our|its|their|his|her|this|that|we|it|they|"
    r"he|she|you|i)\b)[\w'.-]+(?: [\w'.-]+){0,3}?) (?:originally |first |once |initially )?"
    r"(?:called|named|known as)\b"
)
_NOT_A_NAME = frozenset("the a an of and".split())


def _later_name(text: str) -> frozenset[str]:
    """The words of the name a "what was it called before" question already knows, which a
    fact giving only that name cannot answer ("what was Kestrel originally called?": not
    "the club changed its name to Kestrel Athletic").

    >>> sorted(_later_name("what was the team called before it became the hawks?"))
    ['hawks']
    >>> sorted(_later_name("what was kestrel originally called"))
    ['kestrel']
    >>> sorted(_later_name("what was the planetarium originally called?"))
    []
    """
    found = _LATER_NAME_RE.search(text) or _BARE_NAME_RE.search(text)
    if found is None:
        return frozenset()
    return frozenset(words(found["name"], normalized=True)) - _NOT_A_NAME - lexicon.STOPWORDS


# "how many members do we have?", "how many desks does harbourside have?": a count as it is
# now (not "how many times does it have to ...", nor "... have in 2010")
_COUNT_NOW_RE = re.compile(
    r"^\W*how many [\w' -]+? (?:do|does) (?:we|you|they|it|the \w+(?: \w+)?|our \w+|\w+) "
    r"(?:have|has|own|run|employ|keep|count)\b(?! (?:to|in|on|at|by|after|before|when)\b)"
)
# Roles that firms and bodies hold as often as people do
_ORGANISATION_ROLE_RE = re.compile(
    r"\b(?:clients?|customers?|sponsors?|suppliers?|investors?|backers?|funders?|buyers?|"
    r"vendors?|contractors?|tenants?|landlords?|insurers?|lenders?)\b"
)
_DOINGS_RE = re.compile(
    r"\bwhat (?:did|does|do|has|have|had|was|were|is|are) (?:\S+ ){1,4}"
    r"(?:do|doing|done|up to|get up to|achieve|achieved|accomplish|accomplished)\b"
)
_COPULAS = frozenset("make makes made making become becomes became becoming".split())
