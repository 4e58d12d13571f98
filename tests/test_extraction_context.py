"""The per-body index's fast lower-casing of non-ASCII text, and the invariant that makes it safe."""

from __future__ import annotations

import re
from types import ModuleType

from tariffwatch.extraction import amounts, context, cues, deadlines, lexicon, sentences
from tariffwatch.extraction.context import ContextCache


def test_non_ascii_body_is_lowered_with_offsets_kept() -> None:
    body = "İstanbul – Łódź said the “TARIFF” of 25% starts on March 1."
    lower = ContextCache(body).lower
    assert len(lower) == len(body)
    assert lower.index("tariff") == body.index("TARIFF")
    assert lower.index("march 1") == body.index("March 1")
    # ASCII letters are lowered; quotes and dashes are kept, so the patterns that read them still match.
    assert "“tariff”" in lower and "–" in lower


def _non_ascii_pattern_characters(module: ModuleType) -> set[str]:
    found: set[str] = set()
    for value in vars(module).values():
        texts: list[str] = []
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            texts.append(value.pattern)
        elif isinstance(value, (tuple, list, frozenset, set)):
            texts.extend(item for item in value if isinstance(item, str))
        for text in texts:
            found.update(char for char in text if ord(char) > 127)
    return found


def test_no_pattern_reads_a_character_that_lowering_can_produce() -> None:
    # Lower-casing UTF-16 bytes turns a low byte A-Z into a-z, also inside non-ASCII characters ("Ł" → "š").
    # That is harmless only while no pattern reads a non-ASCII character whose low byte is a-z.
    characters: set[str] = set()
    for module in (lexicon, cues, sentences, context, amounts, deadlines):
        characters |= _non_ascii_pattern_characters(module)
    assert "€" in characters and "’" in characters  # the scan sees the patterns' punctuation
    assert [char for char in characters if 0x61 <= ord(char) & 0xFF <= 0x7A] == []
    assert ContextCache("Łódź €").lower == "šódź €"  # the documented side effect, still harmless


def _every_occurrence(text: str, needle: str) -> list[int]:
    found = []
    position = text.find(needle)
    while position >= 0:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def test_the_body_scan_finds_every_occurrence_of_every_word_at_its_character_offset() -> None:
    from tests.labelled import DATA

    bodies = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*/*.txt"))]
    bodies += [
        # Overlapping occurrences, words inside words, and characters outside the BMP (one code point, two
        # UTF-16 units, four UTF-8 bytes) before the words: offsets are code points, as str indexes them.
        "📈📉 Monday, today: the surcharge and the charge; dayday, dayear; 10 per cent, ten percent; "
        "two billion dollars.",
        "İ𝔸 tariffs-tariff antidumping anti-subsidy rebalancing section 232 end of the year-end tomorrow",
        "",
    ]
    for body in bodies:
        contexts = ContextCache(body)
        assert set(contexts.occurrences) == set(context._BODY_NEEDLES)
        for needle, positions in contexts.occurrences.items():
            assert positions == _every_occurrence(contexts.lower, needle), needle


def test_vocabularies_read_from_the_body_scan_match_a_test_on_each_sentence() -> None:
    from tests.labelled import DATA

    for path in sorted(DATA.glob("*/*.txt"))[::3]:
        contexts = ContextCache(path.read_text(encoding="utf-8"))
        for vocabulary in ("date_gate", "strong_deadline"):
            keys = lexicon.VOCABULARY_KEYS.get(vocabulary)
            for number, (start, end) in enumerate(zip(contexts.starts, contexts.ends, strict=True)):
                text = contexts.lower[start:end]
                expected = (keys is None or any(k in text for k in keys)) and any(
                    term in text for term in lexicon.VOCABULARY[vocabulary]
                )
                assert contexts.sentence_uses(number, vocabulary) == expected, (path.name, vocabulary, text)
