"""Cue vocabularies compiled for speed: phrase lists become one trie-shaped regex plus a category lookup.

A cue regex built as a plain alternation of a few hundred words tries every word at every position,
which costs tens of microseconds per window. Here the phrases are merged into a trie (``ta(?:riff|x)``),
so the engine follows one branch per position, and each match is mapped back to its category by a dict
lookup. Longer phrases win over their prefixes ("hit a record" over "hit", "had been due" over "had
been"), which is the precedence the word lists rely on.

A phrase ending in ``*`` is a stem: ``purchas*`` matches "purchase", "purchases", "purchased".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

_STEM = "*"
_END = ""

# A trie of phrases: character → subtrie; the keys _STEM and _END mark where phrases end.
_Trie = dict[str, "_Trie"]


class CueSet:
    """A set of cue phrases grouped by category, found as whole words in lower-case text."""

    def __init__(self, groups: Mapping[str, Sequence[str]]) -> None:
        """Compile the phrases.

        Args:
            groups: Category → phrases (lower case; a trailing ``*`` marks a stem). When a phrase is
                listed under two categories, the first category listed wins.
        """
        self._exact: dict[str, str] = {}
        self._stems: dict[str, str] = {}
        trie: _Trie = {}
        for category, phrases in groups.items():
            for phrase in phrases:
                if phrase.endswith(_STEM):
                    self._stems.setdefault(phrase[:-1], category)
                else:
                    self._exact.setdefault(phrase, category)
                node = trie
                for char in phrase.removesuffix(_STEM):
                    node = node.setdefault(char, {})
                node[_STEM if phrase.endswith(_STEM) else _END] = {}
        self._stem_lengths = sorted({len(stem) for stem in self._stems}, reverse=True)
        self.pattern = re.compile(r"(?<![a-z])(?:" + _trie_regex(trie) + r")(?![a-z])")

    def category(self, phrase: str) -> str | None:
        """Return the category of a matched phrase."""
        found = self._exact.get(phrase)
        if found is not None:
            return found
        for length in self._stem_lengths:
            if length <= len(phrase):
                found = self._stems.get(phrase[:length])
                if found is not None:
                    return found
        return None

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[re.Match[str], str]]:
        """Yield ``(match, category)`` for every cue in ``text[start:end]``, left to right."""
        for match in self.pattern.finditer(text, start, end):
            category = self.category(match.group(0))
            if category is not None:
                yield match, category

    def last(self, text: str, start: int, end: int) -> tuple[re.Match[str], str] | None:
        """Return the cue nearest to ``end`` in ``text[start:end]``, if any."""
        last = None
        for last in self.pattern.finditer(text, start, end):  # noqa: B007 - only the last one is wanted
            pass
        if last is None:
            return None
        category = self.category(last.group(0))
        return None if category is None else (last, category)


def _trie_regex(node: _Trie) -> str:
    branches = [
        re.escape(char) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char not in (_STEM, _END)
    ]
    # Longer continuations first, then a stem's free ending, then the end of a phrase.
    if _STEM in node:
        branches.append("[a-z]*")
    if _END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
