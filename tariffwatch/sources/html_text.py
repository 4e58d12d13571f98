"""HTML → plain text for feed summaries and content, with the standard library's ``html.parser``.

Feed bodies arrive as HTML fragments (feedparser sanitises them, but they are still markup). The
extractor reads text, so this module keeps only what a reader would see: block elements become
paragraph breaks, ``<br>`` a line break, entities are decoded, and the contents of scripts, styles
and other non-rendered elements are dropped whether or not the sanitiser caught them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never shown as text; dropped together with everything inside them.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "title"}
)

# Elements that start and end a paragraph of their own.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td",
        "th", "tr", "ul",
    }
)  # fmt: skip

# Void elements never get an end tag, so they must not open a skipped region.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

_PARAGRAPH = "\x00P"
_LINE = "\x00L"
_BREAKS = re.compile("(\x00[PL])")
_PARTIAL_MARKUP = re.compile(r"<[a-zA-Z/!?]")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED and tag not in _VOID:
            self._skip_stack.append(tag)
            return
        if self._skip_stack:
            return
        if tag == "br":
            self.parts.append(_LINE)
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <script/> or <div/> opens nothing: treat as an empty element.
        if self._skip_stack or tag in _SKIPPED:
            return
        if tag == "br":
            self.parts.append(_LINE)
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            if tag in self._skip_stack:
                # Close up to the matching open tag: tolerates unclosed children inside.
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if not self._skip_stack:
            # NUL never belongs in text, and here it would collide with the break markers.
            self.parts.append(data.replace("\x00", ""))


def html_to_text(html: str) -> str:
    """Convert an HTML fragment to clean plain text.

    Paragraph-level elements become blank-line separated paragraphs and ``<br>`` a line break; every
    other run of whitespace collapses to one space. Entities and character references are decoded.
    Scripts, styles, iframes, comments and similar non-rendered content are dropped, even when
    unclosed.

    Args:
        html: HTML markup (a fragment or a whole document).

    Returns:
        The text, stripped, with paragraphs separated by ``"\\n\\n"``; empty when nothing readable.
    """
    try:
        return _assemble(_collect(html))
    except AssertionError:
        # html.parser asserts on unknown marked sections ("<![foo[ ... ]]>"); read those as text.
        return _assemble(_collect(html.replace("<![", "&lt;![")))


def _collect(html: str) -> list[str]:
    collector = _TextCollector()
    collector.feed(html)
    # What the parser still holds back is an unterminated tag, comment or declaration at the very end;
    # a browser shows none of it, so neither do we.
    if _PARTIAL_MARKUP.match(collector.rawdata):
        collector.rawdata = ""
    collector.close()
    return collector.parts


def plain_text(text: str) -> str:
    """Tidy text that is already plain: keep paragraph breaks, collapse other whitespace.

    Args:
        text: Plain text, possibly with ragged wrapping.

    Returns:
        The text with blank-line separated paragraphs and single spaces inside lines.
    """
    text = text.replace("\x00", "")
    marked = re.sub(r"\n\s*\n", _PARAGRAPH, text.replace("\r\n", "\n").replace("\r", "\n"))
    # A single newline in plain text is wrapping, not structure.
    return _assemble([marked.replace("\n", " ")])


def _assemble(parts: list[str]) -> str:
    paragraphs: list[str] = []
    lines: list[str] = []
    words: list[str] = []

    def end_line() -> None:
        if words:
            lines.append(" ".join(words))
            words.clear()

    def end_paragraph() -> None:
        end_line()
        if lines:
            paragraphs.append("\n".join(lines))
            lines.clear()

    for piece in _BREAKS.split("".join(parts)):
        if piece == _PARAGRAPH:
            end_paragraph()
        elif piece == _LINE:
            end_line()
        else:
            # str.split() also splits on NBSP and other Unicode spaces, which is what a reader sees.
            words.extend(piece.split())
    end_paragraph()
    return "\n\n".join(paragraphs)
