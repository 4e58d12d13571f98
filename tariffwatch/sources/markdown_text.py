"""Turn markdown (or markdown-flavoured plain text) into the clean text an article body is made of.

Only markup is removed; prose is left alone. The result is deterministic, because mention offsets are
computed on it and article identity is a hash of it.
"""

from __future__ import annotations

import re
import string

# Markdown lets any ASCII punctuation be backslash-escaped. Escaped characters are parked in the
# private-use area while markup is removed, so an escaped `*` or `[` is never mistaken for markup.
_ESCAPABLE = string.punctuation
_PARK_BASE = 0xE000
_ESCAPE = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_UNPARK = {_PARK_BASE + ord(c): c for c in _ESCAPABLE}
_PARK = {c: chr(_PARK_BASE + ord(c)) for c in _ESCAPABLE}
# Every parked character (U+E021..U+E07E) starts with this byte in UTF-8, so a text without it has
# nothing to unpark; a byte search is far cheaper than scanning the str for a set of characters.
_PARK_LEAD_BYTE = chr(_PARK_BASE).encode("utf-8")[:1]

# A link destination may contain one level of balanced parentheses (Wikipedia-style URLs).
_DESTINATION = r"(?:[^()\s]|\([^()\s]*\))*"
_TITLE_ATTR = r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?"""
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\(\s*" + _DESTINATION + _TITLE_ATTR + r"\s*\)")
_INLINE_LINK = re.compile(r"\[([^\[\]\n]*)\]\(\s*" + _DESTINATION + _TITLE_ATTR + r"\s*\)")
_REFERENCE_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\[[^\[\]\n]*\]")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]+\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")

_ATX_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]+([^\n]*))?$", re.MULTILINE)
_TITLE_HEADING = re.compile(r"^[ ]{0,3}#[ \t]+([^\n]+)$", re.MULTILINE)
# Lines are right-stripped before this runs, so "a non-blank line above" is a lookbehind, linear in time.
# The lookbehind comes after the newline so the engine can jump from newline to newline.
_SETEXT_UNDERLINE = re.compile(r"\n(?<=\S\n)[ ]{0,3}(?:=+|-+)$", re.MULTILINE)
_THEMATIC_BREAK = re.compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
# A cheap necessary condition for a thematic break, searched in "\n" + text: a line starting with three
# of the same rule character. A `^` pattern is tried at every position, which is slow on long prose.
_THEMATIC_BREAK_HINT = re.compile(r"\n[ ]{0,3}([-*_])[ \t]*\1[ \t]*\1")
_BLOCKQUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.MULTILINE)

# Emphasis must hug its text (`*a*`, not `* a *`) and must not sit inside a word, so bullets
# (`* item`), arithmetic (`2 * 3`) and snake_case survive. Spans and link texts may not contain their
# own delimiter: rare nesting is lost, but every pattern stays linear on hostile input.
# The "not after a word character" checks are lookbehinds placed *after* the opening delimiter, which
# is equivalent but lets the regex engine skip ahead to the next delimiter instead of trying every
# position; on prose without markup that is the difference between ~100 µs and ~1 µs per article.
_STRONG_STAR = re.compile(
    r"(\*\*\*(?<![\w*]\*\*\*)|\*\*(?<![\w*]\*\*))(?=[^\s*])([^\n*]+?)(?<=[^\s*])\1(?![\w*])"
)
_EM_STAR = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^\n*]+?)(?<=[^\s*])\*(?![\w*])")
_STRONG_UNDERSCORE = re.compile(
    r"(___(?<![\w_]___)|__(?<![\w_]__))(?=[^\s_])([^\n_]+?)(?<=[^\s_])\1(?![\w_])"
)
_EM_UNDERSCORE = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^\n_]+?)(?<=[^\s_])_(?![\w_])")
_STRIKETHROUGH = re.compile(r"~~(?<!~~~)(?=[^\s~])([^\n~]+?)(?<=[^\s~])~~(?!~)")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")

_BLANK_RUN = re.compile(r"\n{3,}")


def normalise_newlines(text: str) -> str:
    """Return ``text`` with CRLF and lone CR line endings turned into LF.

    Args:
        text: Raw text.

    Returns:
        The same text with ``\\n`` line endings only.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def markdown_to_text(text: str) -> str:
    """Strip markdown markup from ``text`` and tidy its whitespace, keeping paragraphs.

    Links become their text, images disappear, emphasis/code/strikethrough markers are unwrapped,
    heading and blockquote markers and thematic breaks are removed, backslash escapes are undone.
    List bullets stay as text. Trailing spaces are stripped, runs of blank lines collapse to one,
    and the whole is stripped.

    Args:
        text: Markdown or plain text, with any line endings.

    Returns:
        Clean text with ``\\n`` line endings and blank lines between paragraphs.
    """
    # Each step runs only when the characters its markup needs are present (checked on the text as it
    # is at that step, since removing markup can join characters); most wire copy has no markup at all.
    text = _rstrip_lines(normalise_newlines(text))
    parked: set[str] = set()
    if "\\" in text:
        # Only characters parked here are unparked cheaply; PUA characters already in the input are
        # unparked too (as they always were), with the general translation table.
        if _has_parked(text):
            parked.update(_ESCAPABLE)
        else:
            parked.update(_ESCAPE.findall(text))
        if parked:
            text = _ESCAPE.sub(lambda m: _PARK[m.group(1)], text)
    elif _has_parked(text):
        parked.update(_ESCAPABLE)

    if "[" in text:
        if "]:" in text:
            text = _REFERENCE_DEFINITION.sub("", text)
        if "![" in text:
            text = _IMAGE.sub("", text)
            text = _REFERENCE_IMAGE.sub("", text)
        if "](" in text:
            text = _INLINE_LINK.sub(r"\1", text)
        if "][" in text:
            text = _REFERENCE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)

    # Thematic breaks first: `---` under a blank line is a rule, under text it is a setext underline.
    text = _SETEXT_UNDERLINE.sub("", text)
    if _THEMATIC_BREAK_HINT.search("\n" + text):
        text = _THEMATIC_BREAK.sub("", text)
    if "#" in text:
        text = _ATX_HEADING.sub(lambda m: _heading_text(m.group(1) or ""), text)
    if ">" in text:
        text = _BLOCKQUOTE.sub("", text)

    if "`" in text:
        text = _INLINE_CODE.sub(r"\1", text)
    if "*" in text:
        text = _STRONG_STAR.sub(r"\2", text)
    if "_" in text:
        text = _STRONG_UNDERSCORE.sub(r"\2", text)
    if "*" in text:
        text = _EM_STAR.sub(r"\1", text)
    if "_" in text:
        text = _EM_UNDERSCORE.sub(r"\1", text)
    if "~" in text:
        text = _STRIKETHROUGH.sub(r"\1", text)

    if len(parked) == len(_ESCAPABLE):
        text = text.translate(_UNPARK)
    else:
        for char in parked:
            text = text.replace(_PARK[char], char)
    text = _rstrip_lines(text)
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def first_heading(text: str) -> str | None:
    """Return the text of the first level-1 ATX heading (``# Title``) in ``text``, cleaned of markup.

    Args:
        text: Markdown text.

    Returns:
        The heading text, or None when there is no non-empty level-1 heading.
    """
    if "#" not in text:
        return None
    for match in _TITLE_HEADING.finditer(normalise_newlines(text)):
        heading = markdown_to_text(_heading_text(match.group(1)))
        if heading:
            return heading
    return None


def _rstrip_lines(text: str) -> str:
    return "\n".join([line.rstrip() for line in text.split("\n")])


def _has_parked(text: str) -> bool:
    # Input may already hold private-use characters that look parked; they are unparked like the rest.
    return not text.isascii() and _PARK_LEAD_BYTE in text.encode("utf-8", "surrogatepass")


def _heading_text(content: str) -> str:
    # An optional closing sequence of `#` (after a space) is markup; `C#` is not. Done in Python, not a
    # regex, because a lazy regex for it is quadratic on long lines of spaces.
    content = content.strip()
    unclosed = content.rstrip("#")
    if unclosed != content and (not unclosed or unclosed[-1] in " \t"):
        return unclosed.rstrip()
    return content
