"""Turning text into comparable terms: normalising, tokenising, stemming, synonym groups.

Questions and facts go through the same ``analyze`` so that a word in a question and the same
word in a fact always meet, whatever their inflection ("renamed" / "renaming") or spelling of
a phrase ("stepped down" / "step down").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from wordfreq import zipf_frequency

from bot import lexicon

# A word: letters or digits, keeping inner "-", "." and "'" (v2.4, INC-2041, 2.x, xi's).
WORD_RE = re.compile(r"[^\W_]+(?:['’.\-&][^\W_]+)*", re.UNICODE)  # "v2.4", "A&E"
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _required_words(pattern: str) -> tuple[str, ...] | None:
    """Plain words that every match of ``pattern`` contains, one per top-level alternative
    (None when some alternative has none): a phrase is only tried on text holding one."""
    alternatives, depth, current = [], 0, ""
    for char in pattern:
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    alternatives.append(current)
    found = []
    for alternative in alternatives:
        plain = re.sub(r"\\[a-zA-Z]", " ", alternative)
        outside, depth, groups, start = "", 0, [], 0
        for index, char in enumerate(plain):
            depth += char == "("
            if depth == 0:
                outside += char
            elif char == "(" and depth == 1:
                start = index + 1
            elif char == ")" and depth == 1:
                outside += "\0"  # where the group stood: a gap, quantifier and all
                if plain[index + 1 : index + 2] not in ("?", "*", "+", "{"):
                    groups.append(plain[start:index])  # a group every match holds
            depth -= char == ")"
        outside = re.sub(r"\0[?*+]?", " ", outside)
        runs = re.findall(r"[a-z]{3,}", re.sub(r".\?", " ", outside))  # "ministers?": optional s
        # The rarest word tells most: "red" of "in the red", not "the"
        best = max(runs, key=lambda run: (run not in lexicon.STOPWORDS, len(run)), default=None)
        # ... or one word of a group of plain words: "(?:kick|kicks|kicked) out", "at no
        # (?:cost|charge)" ("folks?" holds "folk")
        words_of = [
            [re.sub(r".\?", "", word) for word in group.removeprefix("?:").split("|")]
            for group in groups
            if _PLAIN_GROUP_RE.fullmatch(group)
        ]
        if best is not None and (not words_of or best not in lexicon.STOPWORDS):
            found.append(best)
        elif words_of:
            found.extend(max(words_of, key=lambda ws: all(w not in lexicon.STOPWORDS for w in ws)))
        elif literal := re.findall(
            r"[a-z0-9./]{3,}", re.sub(r".\?", "", outside.replace("\\.", "."))
        ):
            found.append(max(literal, key=len))  # "u\.s\.", "24/7": looked for as they stand
        else:
            return None
    return tuple(found)


# A group of plain words: "?:sign|signs|signed|signing", "100th|hundredth"
_PLAIN_GROUP_RE = re.compile(r"(?:\?:)?[a-z0-9|?]+")


_PHRASES = tuple(
    (re.compile(pattern), token, _required_words(pattern)) for pattern, token in lexicon.PHRASES
)
# Which phrases each required word lets in, and those tried on every text
_PHRASES_BY_WORD: dict[str, list[int]] = {}
for _index, _phrase in enumerate(_PHRASES):
    for _word in _phrase[2] or ():
        _PHRASES_BY_WORD.setdefault(_word, []).append(_index)
# The words phrases are told by, for a typo of one to be read as it ("take a batterng")
PHRASE_WORDS = frozenset(word for word in _PHRASES_BY_WORD if word.isalpha() and len(word) >= 5)
# A required word is looked up as the start of a word of the text when every pattern that
# requires it has it at the start of a word; the others are looked for anywhere
_LETTERS_RE = re.compile(r"[a-z]+")
_INNER_REQUIRED = tuple(
    word
    for word in _PHRASES_BY_WORD
    if not word.isalpha()
    or any(
        re.search(rf"(?<!\\b)(?<![\s(|^:]){word}", _PHRASES[i][0].pattern)  # not after \b
        for i in _PHRASES_BY_WORD[word]
    )
)
# ... by their first two letters, so a word of the text is one lookup and a few prefix tests
_STARTS_BY_PAIR: dict[str, list[tuple[str, list[int]]]] = {}
for _word, _indexes in _PHRASES_BY_WORD.items():
    if _word not in _INNER_REQUIRED:
        _STARTS_BY_PAIR.setdefault(_word[:2], []).append((_word, _indexes))
_ALWAYS_TRIED = tuple(i for i, (_, _, required) in enumerate(_PHRASES) if required is None)
_STEMMER = Stemmer.Stemmer("english")
_SPELLINGS = lexicon.spellings()
_ISE_RE = re.compile(r"is(?:e|ed|es|ing|ation|ations)$")
_CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|for|the|de|on)\s+)?[A-Z][\w'-]*)+")
_DIGIT_RE = re.compile(r"\d")
_INDEX_TOKEN_RE = re.compile(r"[^\W_]+")  # how the full-text index (unicode61) cuts text
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_KILO_RE = re.compile(r"\b(\d{1,3})[kK]\b")
# "1M installs", "a £2.5m grant": millions (a bare "5m" may be metres)
_MEGA_RE = re.compile(
    r"(?:\b|(?<=[£$€]))(\d{1,3}(?:\.\d{1,2})?)M\b|(?<=[£$€])(\d{1,3}(?:\.\d{1,2})?)m\b"
)
# "3 mil", "£2.5 mill": millions, as chat shortens them
_MIL_RE = re.compile(r"\b(\d{1,3}(?:\.\d{1,2})?) ?(?:mil|mill|mils|mn)\b", re.IGNORECASE)
_ROMAN = {r: str(n) for n, r in enumerate("i ii iii iv v vi vii viii ix x".split(), start=1)}
_ROMAN_RE = re.compile(
    r"\b(phase|stage|part|volume|vol|chapter|class|grade|type|tier|level|mark|mk|act|book)"
    r" (" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r")\b(?!')"
)
# "Series B", "Grade A", "stand c": a letter naming one of a kind is one word with its noun
# ("series seriesb"); a lowercase "a" is left alone, being mostly the article ("block a fire")
_LETTERED = (
    r"series|grade|class|type|category|block|tier|terminal|stand|gate|division|section|group|"
    r"plan|model|phase|stage|unit|ward|wing|level|platform|hangar|court|pitch|screen|studio"
)
_LETTER_RE = re.compile(rf"\b({_LETTERED})\s+([A-H])\b(?![\w'-])", re.IGNORECASE)
_LETTERED_WORD_RE = re.compile(rf"(?:{_LETTERED})[a-h]")
_UNIT_RE = re.compile(r"\b(\d+(?:\.\d+)?)(mph|kph|km|kg|mm|cm|kw|mw|gw|kwh|mwh|gb|tb)\b", re.I)
# A number and what it measures: "a 25-year lease", "125-litre casks" (not "3-D" or "3-1")
_MEASURE_RE = re.compile(r"\b(\d+(?:\.\d+)?)-([a-z]{3,})\b", re.IGNORECASE)
# "PlayStation", "JavaScript": a name's inner capitals are initials people use ("ps4", "js")
_CAMEL_RE = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_NUMBER_VALUES = {name: digits for digits, name in lexicon.NUMBER_NAMES.items()}
_THOUSAND_RE = re.compile(
    r"\b(?P<count>\d{1,3}|" + "|".join(_NUMBER_VALUES) + r") thousand\b(?! \w+ thousand)"
)
# "a hundred members", "two hundred seats": 100, 200 ("a hundred and fifty" is left alone)
_HUNDRED_RE = re.compile(
    r"\b(?P<count>a|one|two|three|four|five|six|seven|eight|nine) hundred\b(?! and\b| thousand\b)"
)
# "5 million users", "£1.1 million", "one million": one number, 5000000 (the count alone,
# "5", would find a "5th birthday")
_MILLION_RE = re.compile(
    r"\b(?P<count>\d{1,3}(?:\.\d{1,3})?|a|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?P<unit>million|billion)\b"
)
# "At the end of 2018" tells when, not that something ended; "the start of the year" likewise
_TIME_OF_RE = re.compile(
    r"\b(?:the )?(?:very )?(?:end|start|beginning|middle|close|turn) of (?:the )?"
    r"(?=\d{4}s?\b|(?:year|month|decade|century|season|"
    + "|".join(lexicon.MONTH_WORDS[:12])
    + r")\b)"
)
# "a jump added at the end of the Quarry Traverse": where, not an ending
_PLACE_END_RE = re.compile(
    r"\bat the (?:very |far |other |north |south |east |west |top |bottom )?end of\b(?! (?:the )?"
    r"(?:\d{4}|year|month|decade|century|season|term|week|day|war|lease|contract))"
)
# Words that tell of no event of ours: namings that name nothing ("a bench in her name" is in
# her memory, and "the club was named Volunteer Group of the Year" is an award)
_FALSE_EVENTS = (
    (re.compile(r"\bin (his|her|their) name\b"), r"in \1 memory"),
    (re.compile(r"\bnamed ((?:[\w'-]+ ){1,5}?of the year)\b"), r"awarded \1"),
    # ... and a retiring that tells of none: "a retired cinema projectionist" describes her
    (re.compile(r"\b(a|an|the) retired\b"), r"\1 former"),
)
_ID_KIND_RE = re.compile(r"([a-z]{2,})-\d")
_CLITIC_RE = re.compile(r"'(?:s|d|ll|ve|re|m|t)$")
_US_RE = re.compile(r"\bU\.?S\.?A?\b\.?")
# "£165" is 165 pounds, so "165 quid" finds it
_CURRENCIES = {"£": "pounds", "$": "dollars", "€": "euros"}
_CURRENCY_WORDS = frozenset(_CURRENCIES.values())
_CURRENCY_RE = re.compile(r"([£$€])(?=\s?\d)")


def _analyzer_version() -> str:
    parts = (
        "accents folded",
        "ise as ize, our as or, re as er",
        "adverbs of event verbs keep their ly",
        "an acronym's plural is the acronym",
        _ID_KIND_RE.pattern,
        sorted(_SPELLINGS.items()),
        WORD_RE.pattern,
        _CAPITALISED_RUN_RE.pattern,
        lexicon.PHRASES,
        sorted(sorted(group) for group in lexicon.groups()),
        sorted(lexicon.STOPWORDS),
        # numbers as people write them; times of a year; "under-18" is also 18; and the
        # number words the full-text index cannot see ("1,000th") searchable as aliases
        _THOUSANDS_RE.pattern,
        _KILO_RE.pattern,
        _MEGA_RE.pattern,
        _MIL_RE.pattern,
        _UNIT_RE.pattern,
        _ROMAN_RE.pattern,
        _LETTER_RE.pattern,
        _MEASURE_RE.pattern,
        _CAMEL_RE.pattern,
        _CURRENCY_RE.pattern,
        _THOUSAND_RE.pattern,
        _HUNDRED_RE.pattern,
        _MILLION_RE.pattern,
        _TIME_OF_RE.pattern,
        _PLACE_END_RE.pattern,
        [(told.pattern, meaning) for told, meaning in _FALSE_EVENTS],
        "short numbers of hyphenated names",
        "the initials of a tag of two to four words",
        "numbers and currencies as aliases",
        "two-name acronyms keep the joining word's letter",
        "a possessive ends a name's initials",
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


def normalize(text: str) -> str:
    """Fold compatibility forms and accents, drop control characters, lowercase.

    >>> normalize("Tomás  Müller’s CAFÉ")
    "tomas muller's cafe"
    """
    if not text.isascii():
        # "Tomás" is asked about as "Tomas"; NFC puts back what is not an accent (Hangul).
        decomposed = unicodedata.normalize("NFKD", text)
        text = unicodedata.normalize(
            "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
        )
    # (each rewriting below is tried only on text that holds a character it needs)
    if not text.isprintable():
        text = _CONTROL_RE.sub(" ", text)
    text = text.replace("’", "'")
    if "U" in text:
        text = _US_RE.sub("United States", text)  # before lowercasing makes it the word "us"
    if _DIGIT_RE.search(text):
        text = _THOUSANDS_RE.sub("", text)  # "10,000" is one number, 10000
        text = _KILO_RE.sub(r"\g<1>000", text)  # "10k contributors" is 10000
        text = _MEGA_RE.sub(lambda m: f"{m[1] or m[2]} million", text)  # "1M" is 1 million
        text = _MIL_RE.sub(r"\1 million", text)
        text = _UNIT_RE.sub(r"\1 \2", text)  # "20mph" is "20 mph"
        if "-" in text:
            text = _MEASURE_RE.sub(r"\1 \2", text)  # "a 25-year reunion" is no identifier
    if "£" in text or "$" in text or "€" in text:
        text = _CURRENCY_RE.sub(lambda m: f" {_CURRENCIES[m[1]]} ", text)
    text = " ".join(_LETTER_RE.sub(_lettered, text).lower().split())
    if " i" in text or " v" in text or " x" in text:
        text = _ROMAN_RE.sub(lambda m: f"{m[1]} {_ROMAN[m[2]]}", text)  # "phase ii" is phase 2
    if "illion" in text:
        text = _MILLION_RE.sub(_millions, text)
    if "hundred" in text:
        text = _HUNDRED_RE.sub(_hundreds, text)
    return _THOUSAND_RE.sub(_thousands, text) if "thousand" in text else text


def _lettered(match: re.Match[str]) -> str:
    # (the noun stays a word of its own: "series a", typed lowercase, is still a series)
    noun, letter = match[1], match[2]
    return f"{noun} {noun}{letter}" if letter != "a" else match[0]


def _millions(match: re.Match[str]) -> str:
    """Write "5 million" as 5000000, "1.1 billion" as 1100000000."""
    count = _NUMBER_VALUES.get(match["count"], "1" if match["count"] == "a" else match["count"])
    scale = 1_000_000 if match["unit"] == "million" else 1_000_000_000
    return str(round(float(count) * scale))


def _hundreds(match: re.Match[str]) -> str:
    """Write "two hundred" as 200, "a hundred" as 100."""
    count = match["count"]
    return str(int(_NUMBER_VALUES.get(count, "1")) * 100)


def _thousands(match: re.Match[str]) -> str:
    """Write "five thousand" as 5000."""
    count = match["count"]
    return str(int(_NUMBER_VALUES.get(count, count)) * 1000)


def words(text: str, *, normalized: bool = False) -> list[str]:
    """Split text into lowercase words, keeping identifiers such as ``v2.4`` whole.

    ``normalized=True`` says ``text`` already went through ``normalize``.

    >>> words("Beijing's THAAD talks (v2.4) they'd")
    ['beijing', 'thaad', 'talks', 'v2.4', 'they']
    """
    return [
        _CLITIC_RE.sub("", w).strip("'") if "'" in w else w
        for w in WORD_RE.findall(text if normalized else normalize(text))
    ]


def without_false_events(text: str) -> str:
    """A normalised text without the words that tell of no event of ours: a naming that
    names nothing, a retiring that describes someone.

    >>> without_false_events("an oak bench in her name")
    'an oak bench in her memory'
    >>> without_false_events("a retired cinema projectionist")
    'a former cinema projectionist'
    """
    if " name" in text or " retired" in text:
        for told, meaning in _FALSE_EVENTS:
            text = told.sub(meaning, text)
    return text


def rewrite_phrases(text: str, *, keep: bool = True) -> str:
    """Add (or, with ``keep=False``, substitute) the token for each multi-word expression.

    Facts keep their words beside the token, so "Seoul" still matches "Seoul"; questions
    substitute, so "United States" counts once, as ``unitedstates``.
    """
    tried = _phrases_for(text)  # only the phrases whose words the text holds, in order
    index = 0
    while index < len(tried):
        pattern, token, _ = _PHRASES[tried[index]]
        replacement = (lambda m, token=token: f"{m.group(0)} {m.expand(token)}") if keep else token
        rewritten = pattern.sub(replacement, text)
        if rewritten != text:  # a token put in may be a later phrase's word
            text = rewritten
            tried = [i for i in _phrases_for(text) if i > tried[index]]
            index = 0
        else:
            index += 1
    return text


def _phrases_for(text: str) -> list[int]:
    """The indexes, in order, of the phrases that may match ``text``: those with a required
    word that starts a word of it (a set lookup per prefix), or stands inside one."""
    found = set(_ALWAYS_TRIED)
    for token in set(_LETTERS_RE.findall(text)):
        for word, indexes in _STARTS_BY_PAIR.get(token[:2], ()):
            if token.startswith(word):
                found.update(indexes)
    for word in _INNER_REQUIRED:
        if word in text:
            found.update(_PHRASES_BY_WORD[word])
    return sorted(found)


def acronyms(text: str) -> list[str]:
    """Initials of runs of capitalised words, as people abbreviate them.

    >>> acronyms("the Free Software Foundation and United States Forces Korea (USFK)")
    ['fsf', 'usfk']
    >>> acronyms("Internet Explorer 6. The Site Reliability Engineering team")
    ['ie', 'sre']
    >>> acronyms("the Ministry of Defence and the Department for Education")
    ['mod', 'dfe']
    >>> acronyms("the Royal Society of Chemistry's Corday-Morgan Prize")
    ['rsccp', 'rsc', 'cp']
    """
    found = []
    for run in _CAPITALISED_RUN_RE.findall(text):
        names = run.split()
        found.extend(_initials(names))
        owner = next((i for i, w in enumerate(names[:-1]) if w.endswith(_POSSESSIVE)), None)
        if owner is not None:
            # "the Royal Society of Chemistry's Corday-Morgan Prize": the RSC's prize
            found.extend(_initials(names[: owner + 1]) + _initials(names[owner + 1 :]))
    for word in _CAMEL_RE.findall(text):
        found.append("".join(c for c in word if c.isupper()).lower())
    return found


_POSSESSIVE = ("'s", "’s")


def _initials(names: list[str]) -> list[str]:
    """The initials of a run of names, as a list of none or one."""
    while names and names[0].lower() in lexicon.STOPWORDS:
        names = names[1:]  # "The Site Reliability Engineering team" is SRE, not TSRE
    initials = "".join(w[0] for w in names if w[0].isupper()).lower()
    if len(initials) == 2 and len(names) > 2:
        # Two names joined by "of" or "for" keep its letter: MoD, DfE (not "MD")
        initials = "".join(w[0] for w in names).lower()
    return [initials] if len(initials) >= 2 else []


def in_order(letters: str, word: str) -> bool:
    """Tell whether ``word`` holds the letters in this order: whether a typo only left letters
    out of it.

    >>> in_order("wht", "what"), in_order("sprnt", "sprint"), in_order("sprnt", "spent")
    (True, True, False)
    """
    rest = iter(word)
    return all(letter in rest for letter in letters)


def ordinal_of(number: str) -> str:
    """The ordinal of a count written in digits.

    >>> ordinal_of("5000"), ordinal_of("21"), ordinal_of("112")
    ('5000th', '21st', '112th')
    """
    return f"{int(number)}{lexicon.ordinal_suffix(int(number))}"


def count_of(ordinal: str) -> str:
    """The count an ordinal written in digits reaches, or "" if it is none.

    >>> count_of("500th"), count_of("21st"), count_of("v2")
    ('500', '21', '')
    """
    found = _DIGIT_ORDINAL_RE.fullmatch(ordinal)
    return found[1] if found else ""


_DIGIT_ORDINAL_RE = re.compile(r"(\d+)(?:st|nd|rd|th)")


def aliases(analyzed: Analyzed, text: str) -> list[str]:
    """The extra tokens ``analyze`` added to the words of ``text``: phrase tokens, acronyms,
    and numbers and currencies written otherwise than the full-text index reads them
    ("1,000th" as 1000th, "£165" as pounds).

    >>> aliases(analyze("The 1,000th repair"), "The 1,000th repair")
    ['1000th']
    """
    plain = set(words(text))
    indexed = set(_INDEX_TOKEN_RE.findall(text.lower()))
    return [
        w
        for w in analyzed.words
        if w not in plain
        or (w not in indexed and (_DIGIT_RE.search(w) or w in _CURRENCY_WORDS) and w.isalnum())
    ]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lowercase word; identifiers are kept as they are."""
    if _DIGIT_RE.search(word):
        return word
    if word.startswith("co-"):
        word = _CO_JOINED_RE.sub("co", word)  # "co-operative" is a "cooperative"
    if "-" in word:
        return "-".join(stem(part) for part in word.split("-"))
    word = _SPELLINGS.get(word) or _american(word)
    if _ACRONYM_PLURAL_RE.fullmatch(word):
        return word[:-1]  # "the GPs", "our DVDs": the stemmer keeps short words whole
    apart = _KEPT_APART_RE.match(word)
    if apart:
        return apart.group()  # "officers" are no "office", an "edition" no "edits"
    stemmed = str(_STEMMER.stemWord(word.replace("'", "")))
    if word.endswith("ly") and stemmed in EVENT_STEMS:
        return stemmed + "ly"  # "work more closely" tells of no closing
    return stemmed


_ACRONYM_PLURAL_RE = re.compile(r"[b-df-hj-np-tv-xz]{2,4}s")  # no vowel before the s
_CO_JOINED_RE = re.compile(r"^co-(?=op|or)")  # "co-op", "co-ordinator", written as one word
# Words the stemmer cuts down to another word's stem, though they mean something else:
# "officer" to "office"'s, "edition" to "edit"'s, "authority" to "author"'s, "hospitality" to
# "hospital"'s, "experiment" to "experience"'s, "animation" to "animal"'s, "generator" to
# "generation"'s, "cooperative" to "cooper"'s. Each keeps the start that tells it apart, for
# all its forms.
_KEPT_APART_RE = re.compile(
    r"(?:officer|edition|authorit|hospitalit|experiment|animat|generator|cooperat)(?=[a-z]*$)"
)


# The stems of the verbs that name what happened (lexicon.EVENT_VERBS)
EVENT_STEMS = frozenset(_STEMMER.stemWords(sorted(lexicon.EVENT_VERBS)))


def _american(word: str) -> str:
    """Read British -ise/-isation, -our and -re as -ize/-ization, -or and -er ("privatised",
    "harbour", "metres"). Both sides of a match go through it, so a word it changes wrongly
    ("promise") still matches itself."""
    if len(word) > 6:
        match = _ISE_RE.search(word)
        if match:
            return word[: match.start()] + "iz" + word[match.start() + 2 :]
    if len(word) > 5 and word.endswith("our"):
        return word[:-3] + "or"
    if len(word) > 4 and word.endswith(("tre", "tres", "bre", "bres")):
        # "metres", "litre", "fibres": meters, liter, fibers
        return word[: word.rindex("re")] + "er" + word[word.rindex("re") + 2 :]
    return word


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common a word is in English: about 7 for "the", 3 for "hydrogen", 0 for unknown."""
    return float(zipf_frequency(word, "en"))


def id_label(fact_id: str) -> str:
    """The words of a fact's id, the maintainer's own label for it ("tidebreaker-crunch"), as
    text; its numbers, often a version cut in pieces ("py-3-6"), are left out.

    >>> id_label("tidebreaker-crunch"), id_label("py-3-6"), id_label("inc-2041")
    ('tidebreaker crunch', 'py', 'inc')
    """
    return " ".join(w for w in fact_id.split("-") if w.isalpha())


def tag_initials(tags: Iterable[str]) -> str:
    """The initials of the tags of two to four words, as people abbreviate them ("who took
    over from Gwen as RD?", of facts tagged "run-director"), as text.

    >>> tag_initials(["run-director", "founder", "health-and-safety", "v-2"])
    'rd hs'
    """
    found = []
    for tag in tags:
        parts = [p for p in tag.lower().split("-") if p not in lexicon.STOPWORDS]
        if 2 <= len(parts) <= 4 and all(len(p) > 1 and p.isalpha() for p in parts):
            found.append("".join(p[0] for p in parts))
    return " ".join(found)


def is_ordinal(word: str) -> bool:
    """Tell whether a word is an ordinal in digits ("25th"): it counts, it names nothing.

    >>> is_ordinal("25th"), is_ordinal("v2.4")
    (True, False)
    """
    return _ORDINAL_RE.fullmatch(word) is not None


_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


def is_participle(word: str) -> bool:
    """Tell whether a word is a past participle ("held", "launched"), not a noun.

    >>> is_participle("held"), is_participle("launched"), is_participle("festival")
    (True, True, False)
    """
    return word in lexicon.PARTICIPLES or (word.endswith("ed") and len(word) > 4)


def is_year(word: str) -> bool:
    """Tell whether a number is a year, not a count or a version ("in 2015", "46 staff").

    >>> is_year("2015"), is_year("46"), is_year("5000")
    (True, False, False)
    """
    return len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2100


def is_lettered(word: str) -> bool:
    """Tell whether a word is a noun and the letter naming one of its kind ("seriesb",
    "gradea"): like an id, never a typo of another."""
    return _LETTERED_WORD_RE.fullmatch(word) is not None


def is_identifier(word: str) -> bool:
    """Tell whether a word names something exactly (has a digit): ``3.11``, ``inc-2041``."""
    return _DIGIT_RE.search(word) is not None


def _build_groups() -> dict[str, frozenset[int]]:
    members: dict[str, set[int]] = {}
    for index, group in enumerate(lexicon.groups()):
        for word in group:
            members.setdefault(stem(word), set()).add(index)
    return {key: frozenset(value) for key, value in members.items()}


_GROUPS = _build_groups()


def groups_of(stemmed: str) -> frozenset[int]:
    """The synonym groups a stem belongs to."""
    return _GROUPS.get(stemmed, frozenset())


def _build_kinds() -> dict[str, frozenset[int]]:
    kinds: dict[str, set[int]] = {}
    lines = lexicon.EVENT_KINDS_TEXT.strip().replace("\n    ", " ").splitlines()
    for index, line in enumerate(lines):
        for word in line.split():
            kinds.setdefault(stem(word), set()).add(index)
    return {key: frozenset(value) for key, value in kinds.items()}


_KINDS = _build_kinds()


def kinds_of(stems: Iterable[str]) -> frozenset[int]:
    """The broad kinds of event these stems tell of (an ending, a move)."""
    return frozenset().union(*(_KINDS.get(s, frozenset()) for s in stems))


def stems_of_kinds(kinds: frozenset[int]) -> frozenset[str]:
    """The stems that tell of these kinds of event ("move", "relocat" ... for a move)."""
    return frozenset(s for s, found in _KINDS.items() if found & kinds)


def _paired_groups(pairs: tuple[tuple[str, str], ...]) -> dict[int, frozenset[int]]:
    """Each synonym group of a pair's word, and the groups of the other word."""
    opposites: dict[int, set[int]] = {}
    for one, other in pairs:
        for a in groups_of(stem(one)):
            for b in groups_of(stem(other)):
                opposites.setdefault(a, set()).add(b)
                opposites.setdefault(b, set()).add(a)
    return {key: frozenset(value) for key, value in opposites.items()}


_OPPOSITES = _paired_groups(lexicon.ANTONYMS)
_CONVERSES = _paired_groups(lexicon.CONVERSES)
_COMPLETION = groups_of(stem("completed"))
_OPENING = groups_of(stem("opened"))


def opposites_of(groups: frozenset[int]) -> frozenset[int]:
    """The groups that contradict any of these ("won" -> the group of "lost"); a building
    finished is one opened, so completing contradicts no opening.

    >>> bool(opposites_of(groups_of("finish")) & groups_of("open"))
    False
    >>> bool(opposites_of(groups_of("stop")) & groups_of("open"))
    True
    """
    opposites = frozenset().union(*(_OPPOSITES.get(g, frozenset()) for g in groups))
    return opposites - _OPENING if groups & _COMPLETION else opposites


def converses_of(groups: frozenset[int]) -> frozenset[int]:
    """The groups that tell of the same deal from the other side ("bought" -> "sold")."""
    return frozenset().union(*(_CONVERSES.get(g, frozenset()) for g in groups))


@dataclass(frozen=True)
class Analyzed:
    """A text as the matcher sees it: its words, their stems and their synonym groups."""

    words: tuple[str, ...]
    stems: frozenset[str]
    groups: frozenset[int]
    normalized: str = ""  # the text as ``normalize`` gives it


def analyze(text: str) -> Analyzed:
    """Analyse a fact's text (or any text) for matching.

    >>> sorted(analyze("Guido stepped down").stems)
    ['guido', 'step', 'stepdown']
    >>> analyze("CVE-2018-11920 was fixed").words
    ('cve-2018-11920', 'cve', 'was', 'fixed')
    """
    tokens: list[str] = []
    normalized = normalize(text)
    plain = _TIME_OF_RE.sub(" ", normalized)
    if "end of" in plain:
        plain = _PLACE_END_RE.sub(" at ", plain)  # "at the end of the traverse": no ending
    plain = without_false_events(plain)
    for word in words(rewrite_phrases(plain), normalized=True) + acronyms(text):
        tokens.append(word)
        if "-" in word and not is_identifier(word):
            tokens.extend(part for part in word.split("-") if part)
            continue
        if (kind := _ID_KIND_RE.match(word)) is not None:
            tokens.append(kind.group(1))  # "CVE-2018-11920" is a CVE, "INC-1187" an INC
        if "-" in word and word[0].isalpha():
            # "under-18" is also 18 (but "CVE-2018-11920" is no year 2018)
            tokens.extend(p for p in word.split("-")[1:] if p.isdigit() and len(p) < 4)
    stems = {stem(w) for w in tokens if w not in lexicon.STOPWORDS}
    found: set[int] = set()
    for stemmed in stems:
        found |= groups_of(stemmed)
    return Analyzed(tuple(tokens), frozenset(stems), frozenset(found), normalized)


# Which analysis built a database: a change to the lexicon or the tokeniser makes it stale.
ANALYZER_VERSION = _analyzer_version()
