"""The question in a chat message: what people type around it is set aside.

A mention ("@factbot"), a preamble that says nothing ("hey,", "sorry if this was asked
before,", "any idea"), a request to be told ("i need to know"), a sign-off ("thanks!"), a
closing aside that is mostly chat ("(asking for the newsletter)") and capitals. What says
something stays: "In 2017, what happened?" keeps its year, "(on Canal Street)" its street.
"""

from __future__ import annotations

import re

from bot import lexicon
from bot.text import is_year, words


def question_of(message: str) -> str:
    """The question a chat message asks, as written but without the chat around it.

    >>> question_of("@factbot sorry if this was asked before, when did we move? thanks!")
    'when did we move?'
    >>> question_of("WHEN DID WE MOVE?")
    'when did we move?'
    """
    if message.isupper():
        message = message.lower()  # "WHEN DID WE MOVE": a question in capitals names nothing
    question = _trimmed(message)
    # text-speak "2" for "to": "who ran production when we moved 2 hayle"
    question = _TWO_FOR_TO_RE.sub(r"\g<1> to ", question)
    question = _WHITHER_RE.sub("where", question)  # formal: "Whither was the collection moved?"
    # "who did Tasha take over from?": who held her role before her
    question = _SUCCEEDED_WHOM_RE.sub(r"\g<ask> came before \g<heir>", question)
    question = _CALLED_AFTER_RENAMING_RE.sub(
        lambda m: f"renamed in {m['year']}" if m["year"] else "renamed", question
    )
    if _SHORTHAND_RE.search(question) is None:
        return question
    return _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m[0]], question)


# Chat shorthand for everyday words: "when did tomasz take ovr", "ppl", "b4 the move"
_SHORTHAND = {
    "ovr": "over",
    "abt": "about",
    "b4": "before",
    "thru": "through",
    "nite": "night",
    "ppl": "people",
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "mgmt": "management",
    "frm": "from",
    "cuz": "because",
    "coz": "because",
    "w/": "with",
    "w/o": "without",
    "wot": "what",
    "wat": "what",
    "wen": "when",
    "gt": "got",
    "rn": "right now",
}
_TWO_FOR_TO_RE = re.compile(
    r"\b(go|goes|going|went|gone|move|moves|moved|moving|come|comes|came|coming|switch|switched|"
    r"up|down|back|over|due|used|want|wanted|need|needed|have|had|got) 2 (?=[a-z])(?![a-z]+s\b)"
)
_WHITHER_RE = re.compile(r"\b[Ww]hither\b")
_SUCCEEDED_WHOM_RE = re.compile(
    r"^(?P<ask>who(?:m)?) did (?P<heir>[\w'-]+(?: [\w'-]+)?) (?:replace|succeed|follow|"
    r"take over (?:the reins )?from|take the reins from)(?= *[?.!]* *$)",
    re.IGNORECASE,
)
# "what was the museum called after the 2004 rebrand?": what it was renamed in 2004
_CALLED_AFTER_RENAMING_RE = re.compile(
    r"\b(?:called|named|known as) after (?:the|its|our|that|their) "
    r"(?:(?P<year>(?:1[0-9]|20)[0-9]{2}) )?"
    r"(?:renaming|rename|rebrand|rebranding|re-brand|re-branding|name change|change of name)\b",
    re.IGNORECASE,
)
_SHORTHAND_RE = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/])"
)  # typed in lower case: "B4" may be a road


# A chat message's preamble or sign-off: "@factbot", "hey,", "sorry if this was asked before,",
# "quick question -", "? thanks!"
_MENTION_RE = re.compile(r"^\s*(?:<@[!&]?\d+>|@[\w.-]+)[\s,:]*")
_MARKS = ",:;!?\n\u2013\u2014"  # what ends a preamble, or a spaced hyphen
_SEPARATOR = rf"[{_MARKS}]|\s-\s"
_PREAMBLE_RE = re.compile(rf"^(?P<pre>[^{_MARKS}]*?)\s*(?:{_SEPARATOR})\s*(?P<rest>\S.*)$", re.S)
# "i need to know ...", "can you remind me ...": a request to be told, before what is asked
_ASKING_RE = re.compile(
    r"^\s*(?:(?:i|we) (?:need|want|wanted|would like|'d like) to know|(?:can|could|would) "
    r"(?:you|someone|anyone|somebody) (?:tell|remind) me|tell me|remind me|do you know|"
    r"does (?:anyone|anybody) know|any idea|i was wondering|just wondering|quick question|"
    r"(?:any |some |more )?(?:info|information|details) (?:on|about|of|for))\b"
    r"[\s,:-]*",
    re.IGNORECASE,
)
_ASIDE_RE = re.compile(r"\s*\((?P<aside>[^()]*)\)\W*$")  # "... (asking for the newsletter)"
_ASKED_ASIDE_RE = re.compile(r"\s*\([^()]*\?[^()]*\)")  # "(who labelled these??)"
_TOLD_ASIDE_RE = re.compile(r"\s*\((?P<aside>[^()?]*)\)")  # "(great bacon butties btw)"
# Words that make an aside in brackets talk about the one asking, not part of the question
_ASIDE_TALK = frozenset(
    """
    i me my mine we us our you your he him his she her they them their btw tbh lol eek typical
    honestly apparently
    """.split()
)


def _told_aside_dropped(match: re.Match[str]) -> str:
    """An aside in brackets goes when it is talk ("he still owes me a tenner, by the way",
    "third week now!"); one that names or tells apart ("the original opening, not the rebuild
    at Eastcliff") stays."""
    aside = match["aside"]
    if "!" in aside or set(words(aside)) & _ASIDE_TALK:
        return ""
    return match.group(0)


def _aside_dropped(match: re.Match[str]) -> str:
    """A closing aside goes when it is mostly chat ("asking for the newsletter"), not when it
    names something ("Canal Street")."""
    said = words(match["aside"])
    chat = sum(w in CHAT_WORDS for w in said)
    return "" if said and chat * 2 > len(said) else match.group(0)


_SEPARATOR_RE = re.compile(_SEPARATOR)
_SIGN_OFF_RE = re.compile(r"^(?P<question>.*?\?)[?!.\s]*(?P<post>[^?]*)$", re.S)
# A yes-or-no question, then what it really asks: "did we ever ...? when was that?"
_YES_NO_RE = re.compile(
    r"^\s*(?:did|was|were|has|have|had|is|are|do|does)\s+(?:we|you|they|it|there|an?|the|our|"
    r"someone|somebody|anyone|anybody)\b",
    re.IGNORECASE,
)
_EVER_RE = re.compile(r"^(\S+ (?:\S+ )?\S+) (?:ever|once) ", re.IGNORECASE)
_YES_NO_THEN_RE = re.compile(
    r"^(?P<question>[^?]+\?)[?!.\s]*(?:and |so |but |if so,? |if yes,? )?"
    r"(?P<wh>who|when|where|which year|what year)"
    r"(?:'s| (?:was|were|is|did) (?:it|that|this|they|he|she)(?: happen)?)?[?!.\s]*$",
    re.IGNORECASE,
)
# What a preamble or a sign-off may say and still say nothing
CHAT_WORDS = lexicon.STOPWORDS | frozenset(
    """
    sorry asked again already quick silly dumb stupid random curious probably maybe guess idea
    clue remember recall forget forgot forgotten sure someone somebody real just need needed
    want wanted trying interest interested record q qn
    """.split()
)


def _trimmed(raw: str) -> str:
    """The question of a chat message, without a mention, a preamble of words that carry
    nothing, or a sign-off after its question mark.

    >>> _trimmed("@factbot sorry if this was asked before, when did we move? thanks!")
    'when did we move?'
    >>> _trimmed("In 2017, what happened?")
    'In 2017, what happened?'
    """
    if raw.lstrip()[:1] in ("@", "<"):
        raw = _MENTION_RE.sub("", raw)
    raw = _ASKING_RE.sub("", raw)
    if ")" in raw:
        raw = _ASIDE_RE.sub(_aside_dropped, raw)
        # "... the filing cabinets (who labelled these??) but when did we get the cameras put
        # up?": a question in brackets is an aside, when another asks outside them
        if "?" in (outside := _ASKED_ASIDE_RE.sub(",", raw)):
            raw = outside
        raw = _TOLD_ASIDE_RE.sub(_told_aside_dropped, raw)
    while _SEPARATOR_RE.search(raw.rstrip("?!. ")) and (match := _PREAMBLE_RE.match(raw)):
        if any(c.isdigit() for c in match["pre"]) or not set(words(match["pre"])) <= CHAT_WORDS:
            break
        raw = match["rest"]
    if (asked := _YES_NO_THEN_RE.match(raw)) and _YES_NO_RE.match(asked["question"]):
        # "did a kid once find a penny black in the bargain box? who was it": who did
        # (not "once" read as "after": "did a kid once pull ...")
        question = _EVER_RE.sub(r"\g<1> ", asked["question"].strip(), count=1)
        raw = f"{asked['wh'].lower()} {question[:1].lower()}{question[1:]}"
    mark = raw.find("?")
    if mark != -1 and raw[mark + 1 :].strip() and (match := _SIGN_OFF_RE.match(raw)):
        post = match["post"].strip()
        pointed = _POINTED_WHEN_RE.match(post)  # "... cello?? when was that": a question
        if (
            post.startswith("(")
            or (set(words(post)) <= CHAT_WORDS and not pointed)
            or _WHAT_FOR_RE.match(post)
        ):
            raw = match["question"]  # "... ? thanks!", "... ? (asking for the newsletter)"
    return _asking_clause(raw)


# What the question is for, said after it: "Asking for the timeline we're putting up."
_WHAT_FOR_RE = re.compile(r"^(?:(?:i'?m |i am |just )?asking|it'?s|this is) for\b", re.IGNORECASE)
# A remark on the one asked about, after the question: "she was brilliant apparently"
_REMARK_RE = re.compile(
    r"^\W*(?:she|he|they|it) (?:was|were|is|are) (?:really |so |just |absolutely |apparently )?"
    r"(?:brilliant|great|amazing|fantastic|excellent|superb|fab|lovely|hilarious|awful|terrible|"
    r"wonderful|legendary|class|incredible|magic|unreal|a legend|a star|a character)"
    r"(?: apparently| by all accounts| i heard| i'm told| so i'm told)?\W*$",
    re.IGNORECASE,
)
_SEGMENT_RE = re.compile(r"(?<=[?!.;:])\s+|,\s+")
# "..., right after that?": the tail of the question before it, not a question of its own
_BACK_TAIL_RE = re.compile(
    r"^\W*(?:right |just |straight |immediately |directly )?(?:after|before) (?:that|this|it)\W*$",
    re.IGNORECASE,
)
_DASH_RE = re.compile(r"\s+[-\u2013\u2014]\s+")  # "for the timeline poster - what came before ..."
_LEAD_INS = frozenset("but so and ok okay well anyway then like right back way".split())
ASKED_WORDS = 2  # a clause that asks this many words of its own is the question
CHATTER_WORDS = 6  # ... and the talk around it, this long, is set aside
DATING_WORDS = 6  # talk this short with a number in it may date the question


def _asking_clause(raw: str) -> str:
    """The clause of a long message that asks the question, when the rest is talk around it.

    >>> _asking_clause("quick one while I'm sorting the kit cupboard, when was the service "
    ...                "registered with the CQC? the insurer's form wants it")
    'when was the service registered with the CQC?'

    Talk that names a time, starts with a relation word or asks itself stays: "In 2017, what
    happened?", "after the flood, where did the boats go?", "that time someone came off on
    ice, who was it?" (its question asks nothing of its own). A question that points back
    at the talk before it ("..., what happened next after that?") asks of that talk.
    """
    segments = [
        part
        for s in _SEGMENT_RE.split(raw.strip())
        # (talk, a dash and the question; but "who runs it now - who's the president?" is
        # one question said twice)
        for part in (
            _DASH_RE.split(s) if _DASH_RE.search(s) and not _asks(_DASH_RE.split(s)[0]) else [s]
        )
        if part.strip()
    ]
    remarked = False
    for index in range(len(segments) - 1, 0, -1):
        if _BACK_TAIL_RE.match(segments[index]) or _question_tail(segments[index - 1 : index + 1]):
            segments[index - 1 : index + 1] = [f"{segments[index - 1]} {segments[index]}"]
        elif _REMARK_RE.match(segments[index]) and segments[index - 1].rstrip().endswith("?"):
            del segments[index]  # "who played the Doctor in 1985? she was brilliant apparently"
            remarked = True
    if len(segments) < 2:
        return segments[0].strip() if remarked else raw
    for index, segment in enumerate(segments):
        typed = words(segment)
        said = [_WH_TRANSPOSED.get(w, w) for w in typed]  # ("wehn did ...")
        start = next((i for i, w in enumerate(said[:3]) if w in _WH_WORDS), None)
        if start is None or not set(said[:start]) <= _LEAD_INS | CHAT_WORDS:
            continue
        if said[:start] == ["you", "know"]:
            continue  # "You know when someone broke in ...?": talk of an event, not a question
        # It ends the message or its sentence; or only guesses follow it ("when did the
        # premium go up, was it after the cable claim")
        guessed = index + 1 < len(segments) and all(_guesses(s) for s in segments[index + 1 :])
        if not segment.rstrip().endswith("?") and index != len(segments) - 1 and not guessed:
            continue
        first = re.search(rf"\b{re.escape(typed[start])}\b", segment, re.IGNORECASE)
        asked_from = segment[first.start() :] if first else ""  # the question, from its word
        if guessed and index == 0 and first and not _names_anything(segments[1:]):
            # "how many window boxes did we plant, was it about 100?": a guessed number is no
            # part of what is asked (but "..., is it still gwen?" names whom it may be)
            return asked_from.strip()
        back = _BACK_RE.search(segment)
        next_only = (
            first is not None
            and _NEXT_ONLY_RE.match(asked_from)
            # ("once the new hall opened, what happened next?" says its relation itself)
            and not any(_keeps(words(s)) for s in segments[:index])
        )
        if (back or next_only) and index > 0 and first:
            # "so after the big washout, what did we do straight after that?": after the
            # washout, the talk before the question ("the night the tent caught fire - what
            # happened next?" too)
            told = " ".join(s for s in segments[:index] if _tells_an_event(words(s)))
            told = _TOLD_LEAD_RE.sub("", told).strip().rstrip(".!?;,: ")
            asked_text = asked_from.strip()
            if told and back:
                return asked_text[: back.start("it") - first.start()] + told + "?"
            if told:
                return f"{asked_text.rstrip(' ?!.')} after {told}?"
        if index > 0 and _POINTED_WHEN_RE.match(asked_from):
            # "my uncle swears the river came into the cellar once - he still goes on about
            # it - when was that?": when the river came in, as he tells it
            heard = next(
                (
                    m
                    for s in segments[:index]
                    if (
                        m := _HEARSAY_RE.search(s)
                        or _THAT_TIME_RE.match(s)
                        or _ABOUT_TIME_RE.search(s)
                    )
                    # ("he reckons he was there" tells nothing of the time asked)
                    and any(w not in CHAT_WORDS for w in words(m["told"]))
                ),
                None,
            )
            if heard:
                return f"when {_told(heard)}?"
        if (
            index > 0
            and (got := _GOT_IT_RE.match(asked_from))
            and (subject := _first_said(segments[:index], _TALK_SUBJECT_RE))
        ):
            # "our new plug-in truck is so quiet the lads keep sneaking up on people with it,
            # when did we get that?": when we got the truck
            return f"when did {got['who']} {got['verb']} {subject['thing']}?"
        if index > 0 and _POINTED_WHO_RE.match(asked_from):
            # "There was a fella who played the organ for a silent film back in the seventies
            # - who was he?": who did
            if one := _first_said(segments[:index], _THERE_WAS_ONE_RE):
                return f"who {one['did'].rstrip(' .,;:!-')}?"
            # "my aunt reckons the first lass to row passengers was her old neighbour - who was
            # it really?": who the first lass was; the guess is no part of it
            heard = _heard(segments[:index])
            if heard and (himself := _DID_IT_HIMSELF_RE.match(_told(heard))):
                # "my grandad reckoned he lit the very first retort, but who actually did
                # it?": who lit it; his word is no part of it
                return f"who {himself['did']}?"
            guess = heard and _GUESSED_ONE_RE.match(heard["told"])
            if guess and guess["one"].lower().startswith("whoever "):
                # ("whoever looked after the boxes before Kath was a joiner": who did)
                return f"who {guess['one'][len('whoever ') :]}?"
            if guess:
                return f"who was {guess['one']}?"
        if (
            index > 0
            and _RENAMED_IT_RE.match(asked_from)
            and (called := _first_said(segments[:index], _STILL_CALLS_RE))
        ):
            # "my mum still calls the newsletter the Hollin Hoot - what did it get renamed
            # to?": what the Hollin Hoot was renamed
            return f"what was {called['name'].rstrip(' .,;:!-')} renamed to?"
        if index > 0 and (pointed := _POINTED_PLACE_OR_COUNT_RE.match(asked_from)):
            heard = _heard(segments[:index])
            if heard and pointed["wh"]:
                # "my nan said the gas showroom moved somewhere newer in the late sixties -
                # where did it go?": where it moved, as she tells it
                return f"where {_told(heard)}?"
            if heard and (counted := _COUNT_TOLD_RE.search(_told(heard))):
                # "my grandad said over 200 people worked at the gasworks at its busiest - how
                # many was it exactly?": how many worked there; his count is no part of it
                return f"how many {_told(heard)[counted.end() :]}?"
        if index > 0 and _POINTED_WHAT_RE.match(asked_from):
            # "my auntie reckons we picked up some trophy at an awards do in 2009, what was
            # it?": what we picked up, as she tells it
            heard = _heard(segments[:index])
            if heard:
                return f"what {_told(heard)}?"
        asked = [w for w in said[start:] if w not in CHAT_WORDS and w not in _WH_WORDS]
        if index > 0 and said[start] == "when" and len(asked) < ASKED_WORDS and first:
            # "my gran never stopped going on about the little wooden bridge getting washed
            # away - ... - when was it that the bridge went?": when it went, as she tells it
            heard = _heard(segments[:index])
            if heard and set(asked) & set(words(heard["told"])):
                return f"when {_told(heard)}?"
        rest = [s for i, s in enumerate(segments) if i != index]
        talk = [w for s in rest for w in words(s)]
        # ("what happened in 2014?" asks its year, and "who founded us?" asks of us, not of
        # the talk: questions of their own)
        dated = any(is_year(w) for w in asked)
        ours = bool(asked) and bool(set(said[start:]) & _OURS) and not set(said) & _POINTING
        # ("who's sparky? keeps coming up in the old logbooks": a word of its own, asked
        # first, and the talk after it)
        first_asked = index == 0 and len(asked) == 1
        # ("Reginald Tapsell chaired it for years - who took over when he stepped down?": the
        # talk says who he is)
        named = _named_one(segments[:index]) if _HE_OR_SHE_RE.search(segment) else None
        short = len(asked) < ASKED_WORDS and not first_asked and named is None
        # ("Quick one for the newsletter - when did ...?": however short, talk of no matter)
        idle = bool(rest) and all(_IDLE_TALK_RE.match(s) for s in rest)
        if (short and not dated and not ours) or (len(talk) < CHATTER_WORDS and not idle):
            return raw
        # (a guess after the question says nothing it asks: "..., when did we open the
        # shop? I think it was early 2000s")
        # (nor does "when was that?" after it, asking it again)
        said_of = [
            s
            for i, s in enumerate(segments)
            if i < index or not (_guesses(s) or _POINTED_WHEN_RE.match(s.strip()))
        ]
        if any(_keeps(words(s)) or _dates(s) for s in said_of if s != segment):
            return raw
        if not first:
            return raw
        asked_text = asked_from.strip()
        # "You said earlier that Ron Tavener took over as chair - how long did he stay?": the
        # one the talk names is the one asked about
        pronoun = _HE_OR_SHE_RE.search(asked_text)
        if pronoun and named:
            return asked_text[: pronoun.start()] + named + asked_text[pronoun.end() :]
        # "sorting out the engraving on the Holloway Salver ..., who won it back in 2012?": the
        # thing the talk names is the one asked about
        done_to = _DONE_TO_IT_RE.search(asked_text)
        things = {m["thing"] for s in segments[:index] for m in _NAMED_THING_RE.finditer(s)}
        if done_to and len(things) == 1:
            thing = things.pop()
            return asked_text[: done_to.start("it")] + thing + asked_text[done_to.end("it") :]
        return asked_text
    return raw


def _tells_an_event(said: list[str]) -> bool:
    """Tell whether a piece of talk may name the event a question points back at: "the night
    the tent caught fire", or a name of two words ("rent strike"), but not "so sad"."""
    return len(said) > 2 or (
        len(said) == 2 and not any(w in CHAT_WORDS or w in lexicon.LIGHT for w in said)
    )


def _heard(talk: list[str]) -> re.Match[str] | None:
    """The first piece of talk that tells something as someone's word ("my aunt reckons
    ...")."""
    return _first_said(talk, _HEARSAY_RE)


def _first_said(talk: list[str], pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first piece of talk ``pattern`` finds (a pattern anchored at ^ matches its start)."""
    return next((m for s in talk if (m := pattern.search(s))), None)


def _told(match: re.Match[str]) -> str:
    """What a piece of talk tells, without the punctuation that ends it."""
    return match["told"].strip().rstrip(".!?;,: ")


def _named_one(talk: list[str]) -> str | None:
    """The one person the talk names, if it names one: "Ron Tavener", or the name its
    sentence is about ("Hal was a proper legend, wasn't he?")."""
    named = {m[0] for s in talk for m in _FULL_NAME_RE.finditer(s)} or {
        m["name"]
        for s in talk
        if (m := _NAMED_SUBJECT_RE.match(s)) and m["name"].lower() not in lexicon.STOPWORDS
    }
    return next(iter(named)) if len(named) == 1 else None


def _question_tail(pair: list[str]) -> bool:
    """Tell whether the second piece ends the question the first starts: "what was that
    telly programme about us called, the one from 2013?" (but not a guess, "was it Bob?")."""
    head, tail = pair
    said = words(tail)
    return (
        _asks(head)
        and not head.rstrip().endswith(("?", "!", "."))
        and tail.rstrip().endswith("?")
        and 0 < len(said) <= DATING_WORDS
        and not _asks(tail)
        and not _guesses(tail)
    )


def _names_anything(segments: list[str]) -> bool:
    """Tell whether any of these pieces of a message holds a word other than a function word
    or a number ("was it about 100?" holds none, "is it still gwen?" names Gwen)."""
    return any(w not in CHAT_WORDS and not w.isdigit() for s in segments for w in words(s))


# A question that points back at the talk before it: "what happened next after that?"
_BACK_RE = re.compile(
    r"\b(?:after|before) (?P<it>that|this|it)(?: (?:happened|was|all))?"
    r"(?:\W+(?:date|time|timeline)[- ]?wise)?\W*$",  # ("..., date-wise?")
    re.IGNORECASE,
)
# ... whose talk may start with words that say nothing of the event
_TOLD_LEAD_RE = re.compile(
    r"^(?:(?:so|and|but|ok|okay|well|anyway|right|i was|i've been|we were|i remember|reading|"
    r"you know|do you remember|remember|"
    r"looking at|going through|about|after|before|when|the day|that time|still|gutted|sad|"
    r"upset|heartbroken|"
    # ... or with who told it ("grim story from my mum about someone pinching the cashbox")
    r"(?:an? )?(?:\w+ )?(?:story|tale) (?:from|of) (?:my|our) [\w'-]+(?: [\w'-]+)? about|"
    # ... or with what the bot said before ("you mentioned the gates going up in 1981")
    r"(?:as )?you (?:said|mentioned|told me|were saying)(?: earlier| before| above)?(?: that)?|"
    # ... or with what it is read in ("the old diary about the fox getting in")
    r"(?:the |an? |our )?(?:old )?(?:diary|diaries|minutes|newsletters?|records?|notes|"
    r"photos?|articles?|posts?|logbooks?|scrapbooks?) (?:about|on|of))\b\s*)+",
    re.IGNORECASE,
)
# A person the question points at, and a full name in the talk before it
_HE_OR_SHE_RE = re.compile(r"\b(?:he|she|him)\b", re.IGNORECASE)
_CAPITALISED = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+"  # "Ron Tavener", "Holloway Salver"
_FULL_NAME_RE = re.compile(rf"\b{_CAPITALISED}")
# ... or one name, as the talk's subject: "Hal was a proper legend"
_NAMED_SUBJECT_RE = re.compile(r"^\W*(?P<name>[A-Z][a-z'’-]+) (?:was|is|has|had|used to)\b")
# A thing the question does something to ("who won it"), and one the talk before names
_DONE_TO_IT_RE = re.compile(
    r"\b(?:won|win|wins|held|hold|holds|bought|buy|sold|sell|built|build|made|make|opened|open|"
    r"renamed|rename|presented|present|awarded|award|gave|give|donated|donate|got|get)"
    r" (?P<it>it)\b",
    re.IGNORECASE,
)
_NAMED_THING_RE = re.compile(rf"\b(?P<thing>the {_CAPITALISED})")
# A question that asks the date of what the talk before it told: "..., when was that?"
_POINTED_WHEN_RE = re.compile(
    r"(?:when|what year)(?: exactly| actually)? (?:was|did|were) (?:that|this|it)"
    r"(?: happen| then| exactly| actually| (?:get )?\w+ed)?"
    r"(?: ag(?:ai|ia)n)?"  # ("when was that again?", "... agian?")
    r"(?:\W+(?:thanks|thank you|cheers|ta|thx|ty))?\W*$",
    re.IGNORECASE,
)
# ... and talk that tells it as someone's word: "my uncle swears ...", "someone at the rally
# reckons ..."
_HEARSAY_RE = re.compile(
    r"\b(?:(?:my|our) (?:[\w'-]+ ){0,2}?[\w'-]+|they|he|she|"
    r"some(?:one|body)(?: (?:at|in|on|from|down) (?:the |a )?[\w'-]+(?: [\w'-]+)?)?|"
    r"(?:an?|some|this|the) (?:old )?(?:mate|friend|bloke|guy|lady|woman|man|member|boy|lad|"
    r"chap|fella|fellow|geezer|gent|timer|girl|lass|dear)"
    r"(?: (?:at|in|on|from|down) (?:the |a )?[\w'-]+(?: [\w'-]+)?)?) "
    r"(?:swears?|swore|reckons?|reckoned|says|said|claims?|claimed|insists?|insisted|thinks?|"
    r"thought|told me|keeps saying|is convinced|was saying|(?:still |always )?(?:goes|went) on "
    r"about|(?:never stopped|kept|keeps|won't stop|can't stop) (?:going|banging|harping) on "
    r"about|(?:still |always )?talks about|(?:was|were|is) (?:gutted|upset|devastated|"
    r"heartbroken|sad|thrilled|chuffed|delighted) (?:when|that))(?: blind)?(?: that)? "
    r"(?P<told>\w.*)$",
    re.IGNORECASE,
)
# ... or as a time remembered: "that time some toerag nicked the club out of our van"
_THAT_TIME_RE = re.compile(
    r"^\W*(?:remember |do you remember )?(?:that|the) time (?:when )?(?P<told>\w.*)$",
    re.IGNORECASE,
)
# ... or as talk about it: "telling my brother-in-law about the year it bucketed down"
_ABOUT_TIME_RE = re.compile(
    r"\babout (?:the|that) (?:year|day|night|time|summer|winter|spring|autumn|week|weekend) "
    r"(?:when |that )?(?P<told>\w.*)$",
    re.IGNORECASE,
)
# "who was it really?": asks who someone's word named
_POINTED_WHO_RE = re.compile(
    r"who (?:was|were) (?:it|that|they|he|she)(?: really| actually| then| exactly)?\W*$|"
    r"who (?:really |actually )?did (?:it|that)(?: really| actually| then)?\W*$",
    re.IGNORECASE,
)
# ... told as someone's word that they did it: "he lit the very first retort"
_DID_IT_HIMSELF_RE = re.compile(
    r"^(?:he|she|they|he'd|she'd|they'd)\s+(?P<did>(?!was\b|were\b|is\b|had\b|has\b|would\b|"
    r"could\b|might\b|knew\b|thinks?\b|reckons?\b)\w+ed\b.*|(?:lit|led|won|ran|built|made|"
    r"rang|sang|drove|flew|rode|dug|laid|wrote|took|gave|found|caught|brought|bought|sold|"
    r"fought|taught|shot|struck|began|swam|threw|blew|hung|cut|set|put|kept|held)\b.*)$",
    re.IGNORECASE,
)
# ... told as "there was a fella who ...": who did it
_THERE_WAS_ONE_RE = re.compile(
    r"^\W*there (?:was|were|used to be) (?:a|an|this|some|one) (?:[\w'-]+ ){0,2}?"
    r"(?:man|woman|lady|bloke|fella|fellow|chap|guy|girl|boy|lad|lass|gent|person|someone|"
    r"somebody|member|volunteer) who (?P<did>\w.*)$",
    re.IGNORECASE,
)
# ... or as "<the one> was <a guess>": "the first lass to row passengers was her old neighbour"
_GUESSED_ONE_RE = re.compile(r"^(?P<one>(?:the|whoever) \w.*?)\s(?:was|were)\s\w", re.IGNORECASE)
# "what did it get renamed to?", "what's it called now?": the new name of what the talk
# called by its old one ("my mum still calls the newsletter the Hollin Hoot")
_RENAMED_IT_RE = re.compile(
    r"what(?:'s| is| was| did| has)? (?:it|that|they) (?:get |got |been |were |was )?"
    r"(?:renamed|rebranded|changed)(?: to)?\W*$|what(?:'s| is) (?:it|that) called now\W*$",
    re.IGNORECASE,
)
_STILL_CALLS_RE = re.compile(
    r"\b(?:still |always )?calls? (?:(?:the|our|their|that) [\w'-]+(?: [\w'-]+)?) "
    r"(?P<name>(?:the |[A-Z])[\w'’ -]+)$",
)
# "where did it go?", "how many was it exactly?": asks where, or how many, someone's word
# told of
_POINTED_PLACE_OR_COUNT_RE = re.compile(
    r"(?P<wh>where) (?:did|was|were|is|has) (?:it|that|they|he|she)(?: go| move| end up| went|"
    r" moved| ended up| gone| to)*(?: then| exactly| actually| really)?\W*$|"
    r"how many (?:was|were|is|are|did) (?:it|that|there|they)(?: then| exactly|"
    r" actually| really)?\W*$",
    re.IGNORECASE,
)
# ... told as a number: "over 200 people worked there"
_COUNT_TOLD_RE = re.compile(
    r"^(?:(?:just |well )?(?:over|about|around|nearly|almost|roughly|under|more than|less than|"
    r"fewer than|getting on for|close to|some) )?\d[\d,]*\s+(?=[a-z])",
    re.IGNORECASE,
)
# "what was it?": asks what someone's word told of
_POINTED_WHAT_RE = re.compile(
    r"(?:what|which) (?:was|were|is) (?:it|that|they)(?: called| really| actually| then)?\W*$",
    re.IGNORECASE,
)
# "what happened next?" after the talk of an event: next after it
_NEXT_ONLY_RE = re.compile(
    r"(?:what|wot|wat) (?:happened|came|comes|happens) (?:next|after)\W*$", re.IGNORECASE
)
# "when did we get that?": of a thing the talk is about ...
_GOT_IT_RE = re.compile(
    r"when did (?P<who>we|they|you) (?P<verb>get|buy|open|build|install|start|lose) "
    r"(?:that|it|them|this|those|one)\W*$",
    re.IGNORECASE,
)
# ... told as what the talk says of it: "our new plug-in truck is so quiet"
_TALK_SUBJECT_RE = re.compile(
    r"^\W*(?P<thing>(?:our|the|that|this) (?:[\w'-]+ ){0,3}?[\w'-]+) (?:is|was|are|were)\b",
    re.IGNORECASE,
)
# "Quick one for the newsletter", "random one": talk that only leads in
_IDLE_TALK_RE = re.compile(
    r"^\W*(?:(?:a|another|just a|one more) )?(?:quick|random|daft|silly|odd|easy|simple|small)"
    r" (?:one|q|question|query)\b",
    re.IGNORECASE,
)
_OURS = frozenset("us we our ours".split())
_POINTING = frozenset("it that this they them those he she him her".split())
_GUESS_LEADS = frozenset("was is or i i'm im she he they my".split())
_AND_ASKED = frozenset(("and", w) for w in "did was were is has had does do".split())


def _asks(segment: str) -> bool:
    """Tell whether a piece of a message starts as a question does ("so who ...")."""
    said = words(segment)
    lead = _lead(said)
    # (not a remark: "which I doubt - what year was that?", "so who knows - when did ...")
    return lead in _WH_WORDS and not _REMARK_LEAD_RE.match(" ".join(said[said.index(lead) :]))


def _dates(segment: str) -> bool:
    """Tell whether talk beside a question gives it a time ("In 2017, what happened?"), not
    just a number among its chatter ("been reading the old newsletters from the 90s")."""
    return any(c.isdigit() for c in segment) and len(words(segment)) <= DATING_WORDS


def _guesses(segment: str) -> bool:
    """Tell whether talk after a question guesses at its answer ("was it after ...", "I think
    it was ..."), as a member adds to a question without a question mark."""
    said = words(segment)
    # (or a second question of yes or no: "..., and did the water get at the organ?")
    return bool(said) and (said[0] in _GUESS_LEADS or tuple(said[:2]) in _AND_ASKED)


_SAYING_WORDS = frozenset(("while", "as", "once", "according"))


def _keeps(said: list[str]) -> bool:
    """Tell whether talk beside a question says something of it: it starts with a relation
    or a question word ("after the flood", "when the roof fell in", "according to ...")."""
    lead = _lead(said)
    if lead and _REMARK_LEAD_RE.match(" ".join(said[said.index(lead) :])):
        return False  # "..., which I very much doubt": a remark on what was said
    # ("just before some idiots smashed up the shelf, ...": how near, then the relation)
    near = len(said) > 1 and said[0] in _NEARNESS and said[1] in ("before", "after")
    return near or lead in _RELATION_WORDS or lead in _WH_WORDS or lead in _SAYING_WORDS


_NEARNESS = frozenset("just straight immediately shortly directly soon".split())


_REMARK_LEAD_RE = re.compile(
    r"^(?:which (?:i|i'm|im|sounds|seems|makes)\b|who knows(?: with (?:him|her|them))?$)"
)


def _lead(said: list[str]) -> str:
    """The first word of some talk after the words that only lead in ("so", "but", "ok")."""
    return next((w for w in said if w not in _LEAD_INS), "")


_WH_WORDS = frozenset("when what who where which how why whose".split())
# A question word with two letters swapped ("wehn", "waht"), as a message's question starts
_WH_TRANSPOSED = {
    w[:i] + w[i + 1] + w[i] + w[i + 2 :]: w
    for w in _WH_WORDS
    if len(w) >= 4
    for i in range(1, len(w) - 1)
}
_RELATION_WORDS = frozenset("before after since until till during in on at by from".split())
_SIGN_OFF_WORDS = frozenset(
    "thanks thank you cheers ty thx tx ta please pls plz lol lmao haha mate guys folks "
    # chat slang after a question: "who's the boss these days fr", "... tbh"
    "fr tbh ngl imo imho fwiw iirc afaik tho".split()
)


def without_chat(tokens: list[str]) -> list[str]:
    """A question's words without the chat around it: "does anyone know who ...", "can you
    tell me what ...", "... now thanks".

    >>> without_chat("can you tell me who runs it now thanks".split())
    ['who', 'runs', 'it', 'now']
    """
    if tokens and tokens[0] in _WH_WORDS and tokens[-1].strip("?!.,") not in _SIGN_OFF_WORDS:
        return tokens  # the common case: "when did ...?"
    start = next((i for i, w in enumerate(tokens) if w.strip("?!.,") in _WH_WORDS), 0)
    if not set(tokens[:start]) <= CHAT_WORDS - _RELATION_WORDS:  # "before which release"
        start = 0
    end = len(tokens)
    while end > start + 1 and tokens[end - 1].strip("?!.,") in _SIGN_OFF_WORDS:
        end -= 1
    return tokens[start:end]
