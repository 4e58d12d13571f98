"""Sentence and clause boundaries of an article body, computed once per body and looked up by offset.

Sentences end at ``.``/``!``/``?`` followed by a capitalised word, at paragraph breaks (a blank line) and
before bullet lines. A period after a known abbreviation ("U.S.", "Jan.", "Mr.") or an initial does not
end a sentence. Single newlines do not end one either, because feeds wrap lines mid-sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tariffwatch.extraction.lexicon import CLAUSE_BREAK_RE

# Starts with a character class so the engine skips to candidate characters without entering Python.
_BOUNDARY_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’')\]]*[ \t\u00a0]+(?=[\"“‘'(\[]?[A-Z0-9$€£])"
    r"|(?<=\n)[ \t\u00a0]*\n\s*|(?<=\n)(?=[ \t]*[-*•▶►▪–—][ \t]))"
)

_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "st", "jr", "sr", "co", "corp", "inc",
        "ltd", "no", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "approx", "est", "fig",
        "dept", "govt", "min", "max", "mt", "ft", "lt", "col", "capt", "sgt", "adm", "rev", "hon",
    }
)  # fmt: skip


class SentenceIndex:
    """The sentences of one body, with offset → sentence lookup in O(log n)."""

    __slots__ = ("_ends", "_starts", "body")

    def __init__(self, body: str) -> None:
        """Split ``body`` into sentences.

        Args:
            body: The clean article text.
        """
        self.body = body
        starts: list[int] = []
        ends: list[int] = []
        start = 0
        for match in _BOUNDARY_RE.finditer(body):
            cut = match.start()
            if body[cut] == "." and _is_abbreviation(body, cut):
                continue
            end = cut + 1 if body[cut] in ".!?" else cut
            # Closing quotes and brackets belong to the sentence they close.
            while end < len(body) and body[end] in "\"”’')]":
                end += 1
            _append(body, start, end, starts, ends)
            start = match.end()
        _append(body, start, len(body), starts, ends)
        self._starts = starts
        self._ends = ends

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


def _append(body: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        starts.append(start)
        ends.append(end)


def _is_abbreviation(body: str, dot: int) -> bool:
    space = max(body.rfind(" ", max(0, dot - 12), dot), body.rfind("\n", max(0, dot - 12), dot))
    word = body[space + 1 : dot].lstrip("\"“‘'([").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Donald J. Trump", "the U. administration"
    return word in _ABBREVIATIONS


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Return the clause of ``sentence`` around ``[start, end)``, as offsets into the sentence.

    Clauses are cut at semicolons, colons, dashes, parentheses and comma-introduced subordinate or
    coordinate clauses ("..., which", "..., while", "..., but"), so that a cue word in another clause does
    not decide a candidate.

    Args:
        sentence: The sentence text (lower-cased or not; breaks are punctuation and lower-case words).
        start: Start of the candidate in the sentence.
        end: End of the candidate in the sentence.

    Returns:
        ``(clause_start, clause_end)``.
    """
    clause_start = 0
    clause_end = len(sentence)
    for match in CLAUSE_BREAK_RE.finditer(sentence):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= end:
            clause_end = match.start()
            break
    return clause_start, clause_end
