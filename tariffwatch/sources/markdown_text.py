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
_SETEXT_UNDERLINE = re.compile(r"(?<=\S)\n[ ]{0,3}(?:=+|-+)$", re.MULTILINE)
_THEMATIC_BREAK = re.compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.MULTILINE)

# Emphasis must hug its text (`*a*`, not `* a *`) and must not sit inside a word, so bullets
# (`* item`), arithmetic (`2 * 3`) and snake_case survive. Spans and link texts may not contain their
# own delimiter: rare nesting is lost, but every pattern stays linear on hostile input.
_STRONG_STAR = re.compile(r"(?<![\w*])(\*\*\*|\*\*)(?=[^\s*])([^\n*]+?)(?<=[^\s*])\1(?![\w*])")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]+?)(?<=[^\s*])\*(?![\w*])")
_STRONG_UNDERSCORE = re.compile(r"(?<![\w_])(___|__)(?=[^\s_])([^\n_]+?)(?<=[^\s_])\1(?![\w_])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^\n_]+?)(?<=[^\s_])_(?![\w_])")
_STRIKETHROUGH = re.compile(r"(?<!~)~~(?=[^\s~])([^\n~]+?)(?<=[^\s~])~~(?!~)")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")

_BLANK_RUN = re.compile(r"\n{3,}")


def normalise_newlines(text: str) -> str:
    """Return ``text`` with CRLF and lone CR line endings turned into LF.

    Args:
        text: Raw text.

    Returns:
        The same text with ``\\n`` line endings only.
    """
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
    text = "\n".join(line.rstrip() for line in normalise_newlines(text).split("\n"))
    text = _ESCAPE.sub(lambda m: chr(_PARK_BASE + ord(m.group(1))), text)

    text = _REFERENCE_DEFINITION.sub("", text)
    text = _IMAGE.sub("", text)
    text = _REFERENCE_IMAGE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)

    # Thematic breaks first: `---` under a blank line is a rule, under text it is a setext underline.
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _THEMATIC_BREAK.sub("", text)
    text = _ATX_HEADING.sub(lambda m: _heading_text(m.group(1) or ""), text)
    text = _BLOCKQUOTE.sub("", text)

    text = _INLINE_CODE.sub(r"\1", text)
    text = _STRONG_STAR.sub(r"\2", text)
    text = _STRONG_UNDERSCORE.sub(r"\2", text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    text = _STRIKETHROUGH.sub(r"\1", text)

    text = text.translate(_UNPARK)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", text).strip()


def first_heading(text: str) -> str | None:
    """Return the text of the first level-1 ATX heading (``# Title``) in ``text``, cleaned of markup.

    Args:
        text: Markdown text.

    Returns:
        The heading text, or None when there is no non-empty level-1 heading.
    """
    for match in _TITLE_HEADING.finditer(normalise_newlines(text)):
        heading = markdown_to_text(_heading_text(match.group(1)))
        if heading:
            return heading
    return None


def _heading_text(content: str) -> str:
    # An optional closing sequence of `#` (after a space) is markup; `C#` is not. Done in Python, not a
    # regex, because a lazy regex for it is quadratic on long lines of spaces.
    content = content.strip()
    unclosed = content.rstrip("#")
    if unclosed != content and (not unclosed or unclosed[-1] in " \t"):
        return unclosed.rstrip()
    return content
