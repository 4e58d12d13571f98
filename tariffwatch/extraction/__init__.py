"""Tariff extraction: find tariff amounts and deadlines in a clean article body.

The one entry point is :func:`extract_mentions`. It is a pure function built on precompiled regular
expressions from :mod:`~tariffwatch.extraction.lexicon`. One regex pass finds sentence boundaries,
numbers and calendar words; only sentences holding a candidate are then examined, and a cheap substring
test on the sentence's tariff vocabulary rejects most of those before any grammar is looked at.

Modules:
    lexicon: vocabulary and every compiled pattern.
    cues: cue word lists compiled into trie-shaped regexes with a category lookup.
    sentences: sentence and clause boundaries.
    context: the per-body index (one scan for boundaries, numbers, calendar words) and per-sentence
        facts (tariff vocabulary, nearest cue word) shared by the finders.
    amounts: tariff amounts (money covered by tariffs, tariff rates).
    deadlines: deadlines and their resolution against the article date.
    native: the optional mypyc-compiled build of the modules above, used when it matches their source.
"""

from __future__ import annotations

from datetime import date

from tariffwatch.extraction import native
from tariffwatch.models import Mention

if native.activate(__path__):
    try:
        from tariffwatch.extraction.amounts import find_amounts
        from tariffwatch.extraction.context import ContextCache
        from tariffwatch.extraction.deadlines import find_deadlines
    except ImportError:
        # A build that does not load here (a different interpreter build sharing the directory): the
        # Python modules are the same code.
        native.deactivate(__path__)
if native.implementation == "python":
    from tariffwatch.extraction.amounts import find_amounts
    from tariffwatch.extraction.context import ContextCache
    from tariffwatch.extraction.deadlines import find_deadlines

__all__ = ["extract_mentions"]


def extract_mentions(body: str, published_on: date) -> list[Mention]:
    """Find the tariff amounts and deadlines in an article body.

    Args:
        body: The clean article text (no date marker, no markup).
        published_on: The article's publication date; relative and year-less dates resolve against it.

    Returns:
        Mentions sorted by ``(start, kind)``. Each mention's ``text`` is ``body[start:end]`` and its
        ``sentence`` is the sentence of ``body`` that contains it.
    """
    if not body:
        return []
    contexts = ContextCache(body)
    # Amounts first: a sentence naming a tariff amount is about tariffs for the deadline finder too.
    mentions = find_amounts(body, contexts)
    mentions += find_deadlines(body, published_on, contexts)
    mentions.sort(key=lambda mention: (mention.start, mention.kind))
    return mentions
