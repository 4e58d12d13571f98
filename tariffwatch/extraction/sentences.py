"""Sentence and clause boundaries of an article body, computed once per body and looked up by offset.

Sentences end at ``.``/``!``/``?`` followed by a capitalised word, at paragraph breaks (a blank line) and
before bullet lines. A period after a known abbreviation ("U.S.", "Jan.", "Mr.") or an initial does not
end a sentence. Single newlines do not end one either, because feeds wrap lines mid-sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tariffwatch.extraction.lexicon import CLAUSE_BREAK_RE

# A period ends a sentence unless it closes an initial ("Donald J. Trump") or a known abbreviation
# ("U.S.", "Jan.", "Mr."). The abbreviations sit in fixed-width lookbehinds, checked only at periods.
# Every alternative starts with a literal character, so the engine skips ordinary text without entering
# Python, and the pattern can be merged with other literal-led scans into one pass (see
# :mod:`~tariffwatch.extraction.context`). Groups 1-3 capture closing quotes/brackets after the mark.
_SENTENCE_END = r"[.!?]*([\"”’')\]]*)[ \t\u00a0]+(?=[\"“‘'(\[]?[A-Z0-9$€£])"
# A run of dots leading to a figure is a table's leader ("Vietnam ......... 46%"), not an ellipsis ending
# a sentence: only the first dot of a run is tried, and not when more dots and then a digit follow.
BOUNDARY_PATTERN = (
    r"\.(?<!\.\.)(?!\.+[ \t\u00a0]*[0-9])(?<!\b[A-Za-z]\.)"
    r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No|vs|Mt|Ft|Lt)\.)"
    r"(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Est|Fig|Col|Sgt|Adm"
    r"|Rev|Hon)\.)"
    r"(?<!\b(?:Corp|Sept|Prof|Dept|Govt|Capt)\.)"
    r"(?<!\b(?:U\.S|U\.K|U\.N|E\.U|D\.C|a\.m|p\.m|e\.g|i\.e)\.)"
    + _SENTENCE_END
    + r"|!"
    + _SENTENCE_END
    + r"|\?"
    + _SENTENCE_END
    + r"|\n[ \t\u00a0]*\n\s*|\n(?=[ \t]*[-*•▶►▪–—][ \t])"
)
_BOUNDARY_RE = re.compile(BOUNDARY_PATTERN)


def boundary_of(match: re.Match[str], group_offset: int = 0) -> tuple[int, int]:
    """Return ``(sentence end, next sentence start)`` for a match of :data:`BOUNDARY_PATTERN`.

    Args:
        match: The match.
        group_offset: How many groups precede the pattern's own when it is part of a larger one.
    """
    close = max(match.end(group_offset + 1), match.end(group_offset + 2), match.end(group_offset + 3))
    return (close if close >= 0 else match.start()), match.end()


class SentenceIndex:
    """The sentences of one body, with offset → sentence lookup in O(log n)."""

    __slots__ = ("_ends", "_starts", "body")

    def __init__(self, body: str, boundaries: list[tuple[int, int]] | None = None) -> None:
        """Split ``body`` into sentences.

        Args:
            body: The clean article text.
            boundaries: ``(sentence end, next sentence start)`` pairs already found by a combined scan;
                found here when None.
        """
        self.body = body
        if boundaries is None:
            boundaries = [boundary_of(m) for m in _BOUNDARY_RE.finditer(body)]
        # One loop, no intermediate lists: this runs once per body, on every body.
        starts: list[int] = []
        ends: list[int] = []
        start = len(body) - len(body.lstrip())
        for end, after in boundaries:
            if end > start:  # empty sentences (between two boundaries) are dropped
                starts.append(start)
                ends.append(end)
            start = after
        end = len(body.rstrip())
        if end > start:
            starts.append(start)
            ends.append(end)
        self._starts = starts
        self._ends = ends

    @property
    def starts(self) -> list[int]:
        """Sentence start offsets, in order."""
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Sentence end offsets, in order."""
        return self._ends

    def span_at(self, offset: int) -> tuple[int, int]:
        """Return the ``(start, end)`` of the sentence containing ``offset``.

        Args:
            offset: A character offset into the body.

        Returns:
            The sentence span; a zero-length span at ``offset`` when it falls between sentences.
        """
        index = bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self._ends[index]:
            return offset, offset
        return self._starts[index], self._ends[index]

    def previous_span(self, start: int) -> tuple[int, int] | None:
        """Return the span of the sentence before the one starting at ``start``, if any."""
        index = bisect_right(self._starts, start) - 2
        if index < 0:
            return None
        return self._starts[index], self._ends[index]

    def spans(self) -> list[tuple[int, int]]:
        """Return every sentence span in order."""
        return list(zip(self._starts, self._ends, strict=True))


#: A parenthetical this short is an aside inside its clause ("US$200 billion (S$272 billion) worth of"), not
#: a clause of its own: the words on both sides still govern each other.
SHORT_ASIDE = 40

#: What opens a dash aside that continues the verb phrase before the dash rather than starting a clause.
# A spelled-out number counts like digits ("-- from ten percent to twenty-five percent --").
_DASH_CONTINUES_RE = re.compile(
    r"[ \u00a0]*(?:to|from)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?(?:[0-9]"
    r"|[A-Za-z]+(?:-[A-Za-z]+)?[ \u00a0](?:percent|per[ \u00a0]cent|hundred|billion|million|trillion)"
    r"(?![a-z]))"
)


def clause_breaks(sentence: str) -> list[tuple[int, int]]:
    """Return the spans of the clause breaks in ``sentence`` (see :func:`clause_bounds`)."""
    breaks = []
    skip_until = -1
    for match in CLAUSE_BREAK_RE.finditer(sentence):
        start = match.start()
        if start < skip_until:
            continue
        opening = sentence[start]
        if opening == "(":
            close = sentence.find(")", start, start + SHORT_ASIDE)
            if close >= 0 and sentence.find("(", start + 1, close) < 0:
                skip_until = close + 1
                continue
        elif opening in "—–-" and _DASH_CONTINUES_RE.match(sentence, match.end()):
            # "would climb by five points a month — to 10 percent on July 1, 15 percent on August 1 —":
            # an aside opening with a preposition completes the verb before the dash, like a list after it.
            continue
        elif opening in "—–-":
            # A short aside between two dashes ("The higher levy — 25%, up from 10% — took effect") is
            # read like a short parenthetical.
            dash = match.group(0)
            close = sentence.find(dash, match.end(), match.end() + SHORT_ASIDE)
            if close >= 0:
                skip_until = close + len(dash)
                continue
        breaks.append(match.span())
    return breaks


def clause_bounds(breaks: list[tuple[int, int]], length: int, start: int, end: int) -> tuple[int, int]:
    """Return the clause around ``[start, end)`` of a sentence, as offsets into the sentence.

    Clauses are cut at semicolons, colons, dashes, parentheses and comma-introduced subordinate or
    coordinate clauses ("..., which", "..., while", "..., but"), so that a cue word in another clause does
    not decide a candidate.

    Args:
        breaks: The sentence's clause breaks, from :func:`clause_breaks`.
        length: The sentence length.
        start: Start of the candidate in the sentence.
        end: End of the candidate in the sentence.

    Returns:
        ``(clause_start, clause_end)``.
    """
    clause_start = 0
    clause_end = length
    for break_start, break_end in breaks:
        if break_end <= start:
            clause_start = break_end
        elif break_start >= end:
            clause_end = break_start
            break
    return clause_start, clause_end
