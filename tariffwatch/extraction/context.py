"""What a sentence says around a candidate: its tariff vocabulary, its clauses and the nearest cue word.

Both finders (amounts, deadlines) decide a candidate from the sentence that contains it. The body is
lower-cased once and scanned once for the words the finders look for (``ContextCache.occurrences``); whether
a sentence uses a vocabulary (:data:`~tariffwatch.extraction.lexicon.VOCABULARY`) is read from that scan or
tested on the sentence's own text, cached per sentence. A :class:`SentenceContext` is built
lazily, once per sentence that holds a candidate, so text without candidates is never examined.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import ahocorasick_rs

from tariffwatch.extraction.cues import CueSet
from tariffwatch.extraction.lexicon import (
    ANAPHOR_RE,
    ANCHOR_ALTERNATIVES,
    ATTRIBUTIVE_POSTPONE_RE,
    CREDIT_RE,
    EXTENSION_RE,
    MOVED_DATE_RE,
    RATE_ON_GOODS_RE,
    SCANNED_DATE_ANCHORS,
    SPELLED_PERCENT_UNITS,
    SPELLED_PERCENTS,
    VOCABULARY,
    VOCABULARY_KEYS,
)
from tariffwatch.extraction.sentences import (
    BOUNDARY_PATTERN,
    SentenceIndex,
    clause_bounds,
    clause_breaks,
)

#: How far to the left of a candidate a governing word is looked for.
LEFT_WINDOW = 110

# Sentence boundaries first (their groups are numbered 1-3, see boundary_of), then numbers and calendar
# words. Every alternative starts with a literal, so this single pass prefilters on a small character set.
_SCAN_RE = re.compile(BOUNDARY_PATTERN + "|" + ANCHOR_ALTERNATIVES)


class ContextCache:
    """The lower-cased body, its sentences, vocabulary positions and sentence contexts, made on first use."""

    def __init__(self, body: str) -> None:
        """Index ``body``.

        Args:
            body: The article body.
        """
        self.body = body
        if body.isascii():
            lower = body.lower()
        else:
            # Only ASCII letters need lower-casing (every pattern is ASCII apart from punctuation such as
            # quotes and dashes), and str.lower is slow on text with any non-ASCII character. Lower-casing
            # the UTF-16 bytes keeps one code unit per character (so offsets stay aligned, unlike
            # "İ".lower()) and runs several times faster. It also alters non-ASCII characters whose low
            # byte is an ASCII capital ("Ł" U+0141 becomes "š" U+0161); that is harmless because such a
            # character stays non-ASCII and its new low byte (a-z) is that of no punctuation any pattern
            # reads (quotes, dashes, bullets, currency signs, no-break space).
            lower = body.encode("utf-16-le", "surrogatepass").lower().decode("utf-16-le", "surrogatepass")
        self.lower = lower
        # One Aho-Corasick pass finds every occurrence of the words the finders look for in the whole body
        # (tariff keys, date anchors, percent units, scales, the sentence gates' terms): ~17 us per 5 KB
        # article, where a str.find pass per word had cost ~3 us each, whatever the word.
        occurrences: dict[str, list[int]] = {needle: [] for needle in _BODY_NEEDLES}
        lists = [occurrences[needle] for needle in _BODY_NEEDLES]
        for index, start, _ in _BODY_SCAN.find_matches_as_indexes(lower, overlapping=True):
            lists[index].append(start)
        #: Start offsets of every occurrence (overlapping ones too) of each word of _BODY_NEEDLES in
        #: ``lower``, in order.
        self.occurrences = occurrences
        # One pass over the body finds sentence boundaries, numbers and calendar words together.
        boundaries: list[tuple[int, int]] = []
        #: ``(start, end)`` of every number token ("200", "1.2", "2019,") and calendar word ("March").
        numbers: list[tuple[int, int]] = []
        calendar_words: list[tuple[int, int]] = []
        for match in _SCAN_RE.finditer(body):
            group = match.lastindex
            if group:
                # A ".", "!" or "?" boundary: exactly one of groups 1-3 took part; it ends the closing
                # quotes or brackets, which belong to the sentence.
                boundaries.append((match.end(group), match.end()))
                continue
            span = match.span()
            first = body[span[0]]
            if first <= "9":
                if first == "\n":
                    boundaries.append(span)
                else:
                    numbers.append(span)
            else:
                calendar_words.append(span)
        spelled = _spelled_percents(lower, occurrences) + _spelled_sums(lower, occurrences["illion "])
        if spelled:
            numbers = sorted(numbers + spelled)
        #: Starts of the spelled-out numbers before a percent unit or a scale and currency, in order.
        self.spelled_starts = sorted(start for start, _ in spelled)
        self.numbers = numbers
        self.calendar_words = calendar_words
        self.index = SentenceIndex(body, boundaries)
        #: Sentence start and end offsets, in order (the index's own lists, held here for quick access).
        self.starts: list[int] = self.index.starts
        self.ends: list[int] = self.index.ends
        # Contexts by sentence number; offsets between sentences get zero-length contexts keyed by offset.
        self._numbered: list[SentenceContext | None] = [None] * len(self.starts)
        self._contexts: dict[int, SentenceContext] = {}
        # Sentences about tariffs only through a rate put on goods (no tariff term).
        self._rate_only: set[int] = set()
        self._keyed: set[int] = set()
        #: Numbers of the sentences holding "rate", "baseline" or "charge", or "tax" without a tariff term
        #: (found by the tariff scan anyway).
        self.rate_sentences: set[int] = set()
        self._tariff = self._tariff_flags()
        # Vocabulary → whether each sentence uses it, filled on first use (see sentence_uses).
        self._vocabulary_flags: dict[str, list[bool | None]] = {}
        self._holders: dict[tuple[str, ...], set[int]] = {}  # see _holding
        #: Numbers of the sentences the amount finder found a tariff amount in.
        self.amount_sentences: set[int] = set()
        self._frame: bool | None = None

    def sentence(self, number: int) -> SentenceContext:
        """Return the context of sentence ``number``."""
        return self._numbered[number] or self._numbered_context(number)

    def sentence_uses(self, number: int, vocabulary: str) -> bool:
        """Whether sentence ``number`` uses a vocabulary (cached per sentence and vocabulary).

        Asked by sentence number, so that the many sentences a gate rejects never get a context.
        """
        flags = self._vocabulary_flags.get(vocabulary)
        if flags is None:
            flags = self._vocabulary_flags[vocabulary] = [None] * len(self.starts)
        found = flags[number]
        if found is None and vocabulary == "date_gate" and self._tariff[number]:
            # Every tariff term contains a date-gate term (a test keeps it so): no need to look again,
            # unless only a rate put on goods made the sentence about tariffs.
            if number not in self._rate_only:
                found = flags[number] = True
        if found is None:
            keys = VOCABULARY_KEYS.get(vocabulary)
            terms = VOCABULARY[vocabulary]
            if vocabulary == "date_gate" and number not in self._keyed:
                # No tariff key in the sentence (the body scan says so): no gate term holding one either;
                # the body scan found those terms too.
                found = number in self._holding(_DATE_GATE_UNKEYED)
            elif vocabulary == "strong_deadline" and number not in self._holding(_STRONG_DEADLINE_KEYS):
                found = False  # the body scan found the keys: asked of most sentences with a number
            else:
                text = self.lower[self.starts[number] : self.ends[number]]
                found = (keys is None or _has_any(text, keys)) and _has_any(text, terms)
            flags[number] = found
        return found

    def _holding(self, words: tuple[str, ...]) -> set[int]:
        """The numbers of the sentences holding one of ``words`` (words of the body scan), made once."""
        found = self._holders.get(words)
        if found is None:
            found = self._holders[words] = set()
            starts = self.starts
            ends = self.ends
            occurrences = self.occurrences
            for word in words:
                length = len(word)
                for position in occurrences[word]:
                    number = bisect_right(starts, position) - 1
                    # Wholly inside the sentence, as a test on the sentence's own text would find it.
                    if number >= 0 and position + length <= ends[number]:
                        found.add(number)
        return found

    def at(self, offset: int) -> SentenceContext:
        """Return the context of the sentence containing ``offset``."""
        number = bisect_right(self.starts, offset) - 1
        if number >= 0 and offset < self.ends[number]:
            return self._numbered[number] or self._numbered_context(number)
        context = self._contexts.get(offset)
        if context is None:
            context = self._contexts[offset] = SentenceContext(self, offset, offset, -1)
        return context

    def _numbered_context(self, number: int) -> SentenceContext:
        context = SentenceContext(self, self.starts[number], self.ends[number], number)
        self._numbered[number] = context
        return context

    def numbers_by_sentence(self) -> list[tuple[int, list[tuple[int, int]]]]:
        """The number tokens grouped by the number of the sentence that holds them, in document order.

        A number is never whitespace, so every number lies inside a sentence.
        """
        groups: list[tuple[int, list[tuple[int, int]]]] = []
        starts = self.starts
        ends = self.ends
        last_end = -1  # end of the sentence the last group belongs to
        for span in self.numbers:
            start = span[0]
            if start < last_end:
                groups[-1][1].append(span)
                continue
            number = bisect_right(starts, start) - 1
            last_end = ends[number]
            groups.append((number, [span]))
        return groups

    def previous(self, context: SentenceContext) -> SentenceContext | None:
        """Return the context of the sentence before ``context``, if any."""
        number = context.number - 1 if context.number >= 0 else bisect_right(self.starts, context.start) - 1
        if number < 0:
            return None
        return self._numbered[number] or self._numbered_context(number)

    def _tariff_flags(self) -> list[bool | None]:
        """Whether each sentence uses tariff vocabulary, for all sentences at once.

        The body scan found each coarse key in the whole body; only the sentences holding a key are then
        tested term by term. That is far cheaper than asking every sentence about every key.
        """
        lower = self.lower
        starts = self.starts
        count = len(starts)
        flags: list[bool | None] = [False] * count
        if not count:
            return flags
        held: set[int] = set()
        rated: set[int] = set()
        occurrences = self.occurrences
        for key in _SCANNED_KEYS:
            last = -2  # the sentence of the last occurrence taken: the rest of that sentence is skipped
            for position in occurrences[key]:
                number = bisect_right(starts, position) - 1
                if number == last:
                    continue
                if key == "tariff":
                    flags[number] = True  # the key is a term itself: nothing to verify
                    held.add(number)  # (skipped below, but kept in _keyed)
                elif key in _RATE_KEYS:
                    rated.add(number)
                    if key == "charge" and position >= 3 and lower.startswith("sur", position - 3):
                        held.add(number)  # the "surcharge" key, found by its tail (see _SCANNED_KEYS)
                    elif key == "charge" and number not in held:
                        continue  # a "surcharge" may follow in the same sentence: do not skip it
                else:
                    held.add(number)
                last = number
        ends = self.ends
        terms = VOCABULARY["tariff"]
        for number in held:
            if number >= 0 and not flags[number]:
                text = lower[starts[number] : ends[number]]
                flags[number] = _has_any(text, terms)
                if flags[number] and "surcharge" in text and any(map(text.__contains__, _FREIGHT_MARKERS)):
                    # "Peak Season Surcharge: USD 1,500 per 40' container": a carrier's freight charge is no
                    # tariff; the sentence is about tariffs only through another term.
                    flags[number] = any(term in text for term in terms if term != "surcharge")
                if not flags[number] and "tax" in text:
                    # A tax put on goods: tested like a rate put on goods (see RATE_ON_GOODS_RE).
                    rated.add(number)
        self.rate_sentences = rated
        # Every sentence holding a tariff key (and a few more): see sentence_uses.
        self._keyed = held
        for number in rated:
            if number >= 0 and not flags[number]:
                flags[number] = RATE_ON_GOODS_RE.search(lower, starts[number], ends[number]) is not None
                if flags[number]:
                    self._rate_only.add(number)
        return flags

    def tariff_sentence(self, number: int) -> bool:
        """Whether sentence ``number`` uses tariff vocabulary (cached)."""
        found = self._tariff[number]
        if found is None:
            text = self.lower[self.starts[number] : self.ends[number]]
            found = self._tariff[number] = _tariff_words(text)
        return found

    def recent_topic(self, context: SentenceContext, depth: int = 3) -> bool:
        """Whether one of the ``depth`` sentences before uses tariff words or names a tariff amount.

        Cached per sentence for the default depth: sentences are decided in document order, so the
        sentences before are final when this is first asked.
        """
        number = context.number
        if number < 0:
            number = bisect_right(self.starts, context.start)
        return self.recent_topic_at(number, depth)

    def recent_topic_at(self, number: int, depth: int = 3) -> bool:
        """:meth:`recent_topic` for sentence ``number``."""
        amounts = self.amount_sentences
        tariff = self._tariff
        for previous in range(number - 1, max(-1, number - depth - 1), -1):
            if previous in amounts:
                return True
            found = tariff[previous]
            if found is None:
                found = self.tariff_sentence(previous)
            if found:
                return True
        return False

    def on_topic(self, context: SentenceContext, depth: int = 2, loose: bool = False) -> bool:
        """Whether a sentence is about tariffs: it uses tariff words, or it continues a sentence that is.

        A sentence naming a tariff amount is on topic. A sentence continues the one before through an
        anaphoric subject ("The rates are lower ...", "They take effect on ...") or a verb only a measure
        takes ("takes effect"); ``loose`` lets any sentence continue, for callers that hold a tariff verb
        of their own.

        Args:
            context: The sentence.
            depth: How many sentences back the chain may reach.
            loose: Whether any sentence may continue the one before.
        """
        while True:
            if context.has_tariff_terms or context.has_amount:
                return True
            if depth <= 0 or not (loose or context.anaphor_end or context.has_strong_deadline_verb):
                return False
            previous = self.previous(context)
            if previous is None:
                return False
            context, depth = previous, depth - 1

    def tariff_frame(self) -> bool:
        """Whether the article as a whole is about tariffs: several of its sentences use tariff words.

        In such an article a rate headed by a rate noun ("the 46% rate", "the 10% baseline") or listed by
        country is a tariff rate even in a sentence without tariff words (a Q&A answer, an aside). Counted
        once, from the flags the body scan computed anyway.
        """
        found = self._frame
        if found is None:
            found = self._frame = self._tariff.count(True) >= _FRAME_SENTENCES
        return found

    def spells_a_figure(self, number: int) -> bool:
        """Whether sentence ``number`` holds a spelled-out percent or sum ("twenty-five percent")."""
        spelled = self.spelled_starts
        if not spelled:
            return False
        index = bisect_left(spelled, self.starts[number])
        return index < len(spelled) and spelled[index] < self.ends[number]

    def any_tariff_sentence(self) -> bool:
        """Whether any sentence of the body uses tariff vocabulary (the article is about tariffs)."""
        return any(self._tariff)

    def uses(self, vocabulary: str, start: int, end: int) -> bool:
        """Whether a term of ``VOCABULARY[vocabulary]`` occurs in ``body[start:end]`` (case-insensitive)."""
        # map() keeps the loop in C; this runs for every sentence that holds a candidate.
        if vocabulary == "tariff":
            return _tariff_words(self.lower[start:end])
        return _has_any(self.lower[start:end], VOCABULARY[vocabulary])


def _tariff_words(text: str) -> bool:
    """Whether lower-case ``text`` uses tariff vocabulary, a rate put on goods included."""
    if _has_any(text, _TARIFF_KEYS) and _has_any(text, VOCABULARY["tariff"]):
        return True
    return any(map(text.__contains__, (*_RATE_KEYS, "tax"))) and RATE_ON_GOODS_RE.search(text) is not None


def _has_any(text: str, terms: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``terms``.

    A plain loop: ``in`` costs less per term than ``any(map(text.__contains__, terms))``, compiled or not,
    and most texts asked contain none of the terms, so every term is tried.
    """
    for term in terms:
        if term in text:
            return True
    return False


def _spelled_percents(lower: str, occurrences: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Spans of spelled-out numbers right before a percent unit ("ten percent", "twenty-five per cent", and
    as spoken copy writes them, "a hundred and twenty-five percent", "seven and a half percent").

    ``occurrences`` are the body scan's (``ContextCache.occurrences``): where each unit occurs.
    """
    found = []
    for unit in SPELLED_PERCENT_UNITS:
        for position in occurrences[unit]:
            # Digits are far more common than words here: one character test rules them out.
            if position > 1 and lower[position - 1] in " -" and lower[position - 2].isalpha():
                start = _spelled_number_start(lower, position - 1)
                if start >= 0:
                    found.append((start, position - 1))
    return found


#: Words a spelled-out number is made of besides the number words ("a hundred and four", "seven and a half",
#: "two point eight").
_NUMBER_JOINERS = frozenset({"and", "a", "point", "half"})
_NUMBER_WORD_ALTERNATION = "|".join(
    sorted((word for word in SPELLED_PERCENTS if word != "hundred"), key=lambda word: (-len(word), word))
)
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
#: The grammar of a spelled-out number, read on its words joined by single spaces.
_SPELLED_NUMBER_RE = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[ ]hundred(?:[ ]and)?(?:[ ](?:"
    + _NUMBER_WORD_ALTERNATION
    + r"))?|(?:"
    + _NUMBER_WORD_ALTERNATION
    + r"))(?:[ ]and[ ]a[ ]half|[ ]point[ ](?:"
    + _DIGIT_WORD
    + r")(?:[ ](?:"
    + _DIGIT_WORD
    + r"))?)?"
)


def _spelled_number_start(lower: str, end: int) -> int:
    """Start of the spelled-out number whose last word ends at ``end`` (-1 if there is none).

    Walks back over number words and their joiners, then keeps the longest tail that is a well-formed
    number: "tariffs of two hundred" gives "two hundred", "a hundred and twenty-five" is whole.
    """
    words: list[tuple[int, str]] = []
    cursor = end
    for _ in range(8):
        word_start = cursor
        while (
            word_start > 0
            and cursor - word_start <= _LONGEST_NUMBER_WORD
            and (lower[word_start - 1].isalpha() or lower[word_start - 1] == "-")
        ):
            word_start -= 1
        word = lower[word_start:cursor]
        if not (word in SPELLED_PERCENTS or word in _NUMBER_JOINERS):
            break
        words.append((word_start, word))
        if word_start == 0 or lower[word_start - 1] != " ":
            break
        cursor = word_start - 1
    words.reverse()
    while words:
        text = " ".join(word for _, word in words)
        if _SPELLED_NUMBER_RE.fullmatch(text) is not None:
            return words[0][0]
        words.pop(0)
    return -1


def _spelled_sums(lower: str, scales: list[int]) -> list[tuple[int, int]]:
    """Spans of spelled-out numbers before a scale and a currency ("two hundred billion dollars").

    ``scales`` are where the body scan found the scales' common tail, "illion " (so the body gets no pass of
    its own); only the spelled number is the span, and the amount finder reads scale and currency after it
    as it does after digits ("200 billion dollars").
    """
    found: list[tuple[int, int]] = []
    for position in scales:
        if not lower.startswith(_SPELLED_CURRENCIES, position + 6):
            continue  # almost every scale is followed by something else ("billion of", "billion in")
        # " billion", " million", " trillion": the scale starts one or two letters before its tail.
        scale = position - 2 if lower.startswith("tr", position - 2) else position - 1
        if scale > 2 and lower[scale - 1] == " " and lower[scale - 2].isalpha() and lower[scale] in "bmt":
            end = scale - 1
            # "three hundred", "twelve", "a hundred and sixty", "two point eight".
            start = _spelled_number_start(lower, end)
            # Not the tail of a hyphenated word. (A bare "hundred", "several hundred billion", is no count:
            # the number grammar wants one before it.)
            if start >= 0 and not lower.endswith("-", 0, start):
                found.append((start, end))
    return found


#: The longest spelled number word ("seventy-seven"), to bound the look back for a word's start.
_LONGEST_NUMBER_WORD = 14
#: Currency words after a spelled-out sum's scale ("billion dollars", "billion U.S. dollars", "billion
#: euros").
_SPELLED_CURRENCIES = (
    " dollar", " u.s. dollar", " us dollar", " american dollar", " canadian dollar", " euro", " yuan",
    " renminbi", " yen", " pound", " peso",
)  # fmt: skip

_TARIFF_KEYS = VOCABULARY_KEYS["tariff"]
#: Words that make a "surcharge" a carrier's freight charge rather than a tariff.
_FREIGHT_MARKERS = (
    "container", " teu", " feu", "freight", "bunker", "peak season", "congestion", "fuel surcharge",
    "carrier", "shipping line", "terminal handling",
)  # fmt: skip
#: Nouns that make a sentence about tariffs when what they head is put on goods (see RATE_ON_GOODS_RE).
_RATE_KEYS = ("rate", "baseline", "charge")
#: The keys _tariff_flags looks for in the whole body; "surcharge" needs none of its own, every occurrence of
#: it being one of "charge".
_SCANNED_KEYS = tuple(key for key in (*_TARIFF_KEYS, *_RATE_KEYS) if key != "surcharge")
# The date-gate terms holding no tariff key: all a sentence without one can contain.
_DATE_GATE_UNKEYED = tuple([term for term in VOCABULARY["date_gate"] if not _has_any(term, _TARIFF_KEYS)])
_STRONG_DEADLINE_KEYS = VOCABULARY_KEYS["strong_deadline"]
#: Every word the body scan finds (see ContextCache.occurrences), and its automaton.
_BODY_NEEDLES = tuple(
    dict.fromkeys(
        (
            *_SCANNED_KEYS,
            *SCANNED_DATE_ANCHORS,
            *SPELLED_PERCENT_UNITS,
            "illion ",
            *_DATE_GATE_UNKEYED,
            *_STRONG_DEADLINE_KEYS,
        )
    )
)
_BODY_SCAN = ahocorasick_rs.AhoCorasick(list(_BODY_NEEDLES))
#: How many sentences with tariff words make an article about tariffs as a whole (see tariff_frame).
_FRAME_SENTENCES = 3
_BULLETS = ("-", "*", "•", "▶", "►", "▪", "–", "—")
_BULLET_CHARS = "-*•▶►▪–— "
_QUOTE_OPENING_RE = re.compile(r":[ \u00a0]+(?=[\"“‘'])")
_ANAPHOR_STARTS = ("th", "it", "su", '"', "“", "‘", "'")


class SentenceContext:
    """One sentence of a body, with the facts the finders ask about it."""

    def __init__(self, cache: ContextCache, start: int, end: int, number: int) -> None:
        """Wrap the sentence ``cache.body[start:end]``.

        Args:
            cache: The body's cache.
            start: Sentence start offset in the body.
            end: Sentence end offset in the body.
            number: The sentence's number in the body (-1 for a zero-length span between sentences).
        """
        self._cache = cache
        self.start = start
        self.end = end
        self.number = number
        self.text = cache.body[start:end]
        self.lower = cache.lower[start:end]
        self._uses: dict[str, bool] = {}
        self._anaphor_end: int | None = None
        # Plain attribute caches: functools.cached_property takes a lock on every first access, which
        # costs more than the answers below.
        self._is_caption: bool | None = None
        self._postpones: bool | None = None
        self._clause_breaks: list[tuple[int, int]] | None = None

    @property
    def has_amount(self) -> bool:
        """Whether the amount finder found a tariff amount here: a sentence naming one is about tariffs
        even when its words are not ("The 10% is going up to 25% on Friday")."""
        return self.number in self._cache.amount_sentences

    def mark_amount(self) -> None:
        """Record that the sentence names a tariff amount (called by the amount finder)."""
        if self.number >= 0:
            self._cache.amount_sentences.add(self.number)

    def uses(self, vocabulary: str, start: int = 0, end: int | None = None) -> bool:
        """Whether the sentence (or its part ``[start, end)``, sentence offsets) uses a vocabulary."""
        stop = self.end if end is None else self.start + end
        return self._cache.uses(vocabulary, self.start + start, stop)

    def uses_anywhere(self, vocabulary: str) -> bool:
        """Whether the whole sentence uses a vocabulary (cached per sentence, so the properties below
        that wrap it cost a dict lookup)."""
        if self.number >= 0:
            return self._cache.sentence_uses(self.number, vocabulary)
        found = self._uses.get(vocabulary)
        if found is None:
            keys = VOCABULARY_KEYS.get(vocabulary)
            contains = self.lower.__contains__
            found = (keys is None or any(map(contains, keys))) and any(map(contains, VOCABULARY[vocabulary]))
            self._uses[vocabulary] = found
        return found

    @property
    def has_tariff_terms(self) -> bool:
        """Whether the sentence uses tariff vocabulary (tariff, duty, levy, countervailing, ...)."""
        if self.number < 0:
            return _tariff_words(self.lower)
        found = self._cache._tariff[self.number]
        return self._cache.tariff_sentence(self.number) if found is None else found

    @property
    def has_deadline_terms(self) -> bool:
        """Whether the sentence speaks of a deadline or truce even without a tariff noun."""
        return self.uses_anywhere("deadline")

    @property
    def has_strong_deadline_verb(self) -> bool:
        """Whether the sentence has a verb that only fits a measure's start or end ("takes effect")."""
        return self.uses_anywhere("strong_deadline")

    @property
    def anaphor_end(self) -> int:
        """End (sentence offset) of an anaphoric subject opening the sentence ("The planned increase"),
        or 0 when there is none."""
        # A plain attribute cache: this is asked for most sentences, and cached_property costs more.
        found = self._anaphor_end
        if found is None:
            # Most sentences start with another word: a prefix test spares them the pattern.
            lower = self.lower
            # A bullet line ("- The changes apply to ...") opens with its marker.
            opening = len(lower) - len(lower.lstrip(_BULLET_CHARS)) if lower.startswith(_BULLETS) else 0
            match = ANAPHOR_RE.match(lower, opening) if lower.startswith(_ANAPHOR_STARTS, opening) else None
            if match is None and ": " in self.lower:
                # A quotation introduced by a colon opens like a sentence of its own: 'and wrote: "The 10%
                # will go up to 25% on Friday."'
                quote = _QUOTE_OPENING_RE.search(self.lower)
                if quote is not None:
                    match = ANAPHOR_RE.match(self.lower, quote.end())
            found = self._anaphor_end = 0 if match is None else match.end()
        return found

    @property
    def is_caption(self) -> bool:
        """Whether the sentence is a photo caption or credit line."""
        found = self._is_caption
        if found is None:
            found = self._is_caption = self.uses_anywhere("caption") or (
                "/" in self.text[-60:] and CREDIT_RE.search(self.text) is not None
            )
        return found

    @property
    def postpones(self) -> bool:
        """Whether the sentence postpones something ("delayed", "extended the deadline")."""
        found = self._postpones
        if found is None:
            found = self._postpones = (
                self.uses_anywhere("postpone")
                or (self.uses_anywhere("extend") and EXTENSION_RE.search(self.lower) is not None)
                or (self.uses_anywhere("move") and MOVED_DATE_RE.search(self.lower) is not None)
            )
        return found

    def postpones_in(self, start: int, end: int) -> bool:
        """Whether a postponement word occurs in ``[start, end)`` (sentence offsets)."""
        if self.uses("postpone", start, end):
            text = self.lower[start:end]
            if ATTRIBUTIVE_POSTPONE_RE.search(text) is None:
                return True
            # "reinstating suspended duties": a participle used as an adjective postpones nothing.
            text = ATTRIBUTIVE_POSTPONE_RE.sub(" ", text)
            if any(map(text.__contains__, VOCABULARY["postpone"])):
                return True
        if self.uses("extend", start, end) and EXTENSION_RE.search(self.lower, start, end) is not None:
            return True
        # "pushed the July 9 deadline for reciprocal tariffs to Aug. 1": the move starts before ``end`` and
        # names its new date after it.
        if self.uses("move", start, end):
            moved = MOVED_DATE_RE.search(self.lower, start)
            return moved is not None and moved.start() < end
        return False

    def is_on_tariff_article(self) -> bool:
        """Whether the body this sentence belongs to is about tariffs at all."""
        return self._cache.any_tariff_sentence()

    def previous(self) -> SentenceContext | None:
        """Return the context of the sentence before this one, if any."""
        return self._cache.previous(self)

    def local(self, offset: int) -> int:
        """Convert a body offset to an offset in this sentence."""
        return offset - self.start

    @property
    def _breaks(self) -> list[tuple[int, int]]:
        found = self._clause_breaks
        if found is None:
            found = self._clause_breaks = clause_breaks(self.lower)
        return found

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Clause bounds (sentence offsets) around the candidate at sentence offsets ``[start, end)``."""
        return clause_bounds(self._breaks, len(self.lower), start, end)

    def left_cue(
        self, cues: CueSet, start: int, end: int, window: int = LEFT_WINDOW
    ) -> tuple[re.Match[str], str] | None:
        """Return the cue (match, category) nearest to the left of the candidate at ``[start, end)``.

        Only the candidate's clause and at most ``window`` characters are searched.
        """
        clause_start, _ = self.clause(start, end)
        return cues.last(self.lower, max(clause_start, start - window), start)
