"""The file source: article files (``*.txt``, ``*.md``) on disk become :class:`Article` records.

A file either becomes an Article or a Rejected (stage ``ingest``) with a machine-readable reason; a file
is never dropped silently and bad content never raises. Only a path that does not exist raises
:class:`~tariffwatch.errors.TerminalSourceError`, because that is a mistake in the request itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateutil import parser as date_parser

from tariffwatch.errors import TerminalSourceError
from tariffwatch.models import STAGE_INGEST, Article, Rejected, SourceBatch, article_id_for
from tariffwatch.sources.markdown_text import first_heading, markdown_to_text, normalise_newlines

#: File name suffixes picked up when walking a directory (compared case-insensitively).
ARTICLE_SUFFIXES = frozenset({".txt", ".md"})

#: How far into the body a dateline, byline or headline is looked for.
HEAD_LINES = 15
HEAD_CHARS = 1500

# The archive format puts ` date YYYY-MM-DD ` at the very start of the file, the body following it.
_DATE_MARKER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?=\s|\Z)[ \t]*")

# These patterns only *locate* a date; python-dateutil parses (and validates) what they find.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_CANDIDATE = re.compile(
    rf"\b(?:{_MONTH}[ \t]+{_DAY},?[ \t]+\d{{4}}"  # January 31, 2019 / Jan. 31, 2019
    rf"|{_DAY}[ \t]+{_MONTH},?[ \t]+\d{{4}}"  # 31 January 2019
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})\b",  # 2019-01-31
    re.IGNORECASE,
)
# ASCII digits only: dateutil's reading of other digits is its own business.
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
# A date on an "Updated ..." line is not the publication date; it is used only when nothing else is found.
_UPDATE_LABEL = re.compile(r"^\W*(?:last[ \t]+)?(?:updated|modified|revised|edited)\b", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^\W*(?:published|posted|date|dated|by|first[ \t]+published)\b", re.IGNORECASE)
# A date this close to the start of a long line is a dateline ("WASHINGTON, Jan. 31, 2019 - ...");
# a date deep inside a long line is prose about some other day.
_DATELINE_MAX_LINE = 120
_DATELINE_MAX_OFFSET = 60

_TITLE_MIN_WORDS = 3
_TITLE_MAX_WORDS = 20
_TITLE_MAX_CHARS = 200
_BYLINE = re.compile(r"^(?:by|from|photo(?:graph)?(?:er)?|source|credit|image)\b", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*+•▶►▪–—]|\d+[.)])(?:\s|$)")
_TERMINAL = re.compile(r"[.!?:;,…]$")
_CLOSERS = "\"'”’»)]"
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?][\"'”’]?\s+[\"“‘(]?[A-Z]")


@dataclass(frozen=True, slots=True)
class _FoundDate:
    published_on: date | None
    candidate: str
    error: str | None = None


def parse_article_text(text: str, source: str) -> Article | Rejected:
    """Turn the raw contents of one article file into an Article, or a Rejected saying why not.

    The publication date comes from a leading `` date YYYY-MM-DD `` marker (removed from the body) or,
    failing that, from a dateline or byline near the top; it is never guessed.

    Args:
        text: The decoded file contents.
        source: Where the text came from (the path as given); recorded on the result.

    Returns:
        An :class:`Article`, or a :class:`Rejected` with stage ``ingest`` and reason ``empty_body``,
        ``no_publication_date`` or ``invalid_publication_date``.
    """
    raw = normalise_newlines(text.removeprefix("\ufeff"))
    if "\x00" in raw:
        return _reject(
            source, "binary_content", "the file contains NUL bytes; it is not a text article", text
        )

    marker = _DATE_MARKER.match(raw)
    markdown = raw[marker.end() :] if marker else raw
    body = markdown_to_text(markdown)
    if not body:
        return _reject(source, "empty_body", "the file has no article text", text)

    found = _parse_date(marker.group(1)) if marker else _find_dateline(body)
    if found is None:
        return _reject(
            source,
            "no_publication_date",
            f"no ' date YYYY-MM-DD ' marker and no dateline in the first {HEAD_LINES} lines",
            text,
        )
    if found.published_on is None:
        return _reject(
            source,
            "invalid_publication_date",
            f"publication date {found.candidate!r} is not a real date: {found.error}",
            text,
        )

    article_id = article_id_for(body)
    return Article(
        article_id=article_id,
        dedup_key=f"sha256:{article_id}",
        source=source,
        url=None,
        title=first_heading(markdown) or _find_headline(body),
        published_on=found.published_on,
        body=body,
    )


def iter_article_files(
    paths: Sequence[str | os.PathLike[str]],
    on_error: Callable[[str, OSError], None] | None = None,
) -> Iterator[Path]:
    """Yield the article files named by ``paths``, as given (never made absolute), in a stable order.

    A file path is yielded whatever its suffix (it was asked for by name). A directory is walked
    recursively and yields its ``*.txt`` / ``*.md`` files sorted by path. A path named twice is
    yielded once.

    Args:
        paths: Files and directories.
        on_error: Called with the directory and the error when a directory cannot be listed; when
            None, such an error raises :class:`TerminalSourceError`.

    Yields:
        File paths, relative when the given path was relative.

    Raises:
        TerminalSourceError: A given path does not exist (checked before anything is yielded), or a
            directory cannot be listed and there is no ``on_error``.
    """
    roots = [Path(p) for p in ([paths] if isinstance(paths, str | os.PathLike) else paths)]
    missing = [str(root) for root in roots if not root.exists()]
    if missing:
        raise TerminalSourceError(f"no such file or directory: {', '.join(missing)}")

    def report(error: OSError) -> None:
        where = str(error.filename) if error.filename is not None else "?"
        if on_error is None:
            raise TerminalSourceError(f"cannot list directory {where}: {error.strerror or error}") from error
        on_error(where, error)

    seen: set[str] = set()
    for root in roots:
        if root.is_dir():
            found: list[Path] = []
            for directory, dirnames, filenames in os.walk(root, onerror=report):
                dirnames.sort()
                found.extend(
                    Path(directory, name)
                    for name in filenames
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES
                )
            files = sorted(found, key=lambda p: p.as_posix())
        else:
            files = [root]
        for file in files:
            if str(file) not in seen:
                seen.add(str(file))
                yield file


def read_files(paths: Sequence[str | os.PathLike[str]]) -> SourceBatch:
    """Read every article file under ``paths`` (see :func:`iter_article_files`) into a batch.

    Args:
        paths: Files and directories.

    Returns:
        A batch with one Article or one Rejected per file; a directory that cannot be listed becomes a
        Rejected with reason ``unreadable_directory``.

    Raises:
        TerminalSourceError: A given path does not exist.
    """
    batch = SourceBatch()

    def unlistable(where: str, error: OSError) -> None:
        batch.rejected.append(
            _reject(where, "unreadable_directory", f"cannot list directory: {error.strerror or error}", "")
        )

    for path in iter_article_files(paths, on_error=unlistable):
        result = read_file(path)
        if isinstance(result, Article):
            batch.articles.append(result)
        else:
            batch.rejected.append(result)
    return batch


def read_file(path: str | os.PathLike[str]) -> Article | Rejected:
    """Read and parse one article file; unreadable or undecodable files become a Rejected.

    Args:
        path: The file, as given; ``str(path)`` is recorded as the source.

    Returns:
        An Article, or a Rejected with reason ``unreadable_file``, ``not_utf8`` or one of those of
        :func:`parse_article_text`.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return _reject(source, "unreadable_file", f"cannot read the file: {error.strerror or error}", "")
    try:
        # utf-8-sig reads plain UTF-8 too and drops a leading byte-order mark; no other encoding is
        # guessed, because a wrong guess would silently corrupt the text.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _reject(
            source,
            "not_utf8",
            f"the file is not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})",
            data.decode("utf-8", errors="backslashreplace"),
        )
    return parse_article_text(text, source)


def _reject(source: str, reason: str, detail: str, payload: str) -> Rejected:
    return Rejected(source=source, stage=STAGE_INGEST, reason=reason, detail=detail, payload=payload)


def _parse_date(candidate: str) -> _FoundDate:
    iso = _ISO_DATE.fullmatch(candidate)
    if iso is not None:
        # dateutil reads a valid YYYY-M-D exactly as date() does, at a fraction of the cost; invalid
        # dates still go to dateutil so the rejection message stays its own.
        try:
            return _FoundDate(date(int(iso[1]), int(iso[2]), int(iso[3])), candidate)
        except ValueError:
            pass
    try:
        # The default only fills fields the candidate lacks; candidates always carry a full date.
        parsed = date_parser.parse(candidate, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError) as error:
        return _FoundDate(None, candidate, str(error))
    return _FoundDate(parsed.date(), candidate)


def _head_lines(body: str) -> list[str]:
    lines = [line.strip() for line in body[:HEAD_CHARS].split("\n")]
    return [line for line in lines if line][:HEAD_LINES]


def _find_dateline(body: str) -> _FoundDate | None:
    """Return the first publication date written in a dateline or byline near the top of ``body``."""
    update: _FoundDate | None = None
    for line in _head_lines(body):
        match = _DATE_CANDIDATE.search(line)
        if match is None:
            continue
        datelike = (
            len(line) <= _DATELINE_MAX_LINE
            or match.start() <= _DATELINE_MAX_OFFSET
            or _DATE_LABEL.match(line) is not None
        )
        if not datelike:
            continue
        if _UPDATE_LABEL.match(line):
            update = update or _parse_date(match.group(0))
            continue
        return _parse_date(match.group(0))
    return update


def _find_headline(body: str) -> str | None:
    """Return a short standalone headline line at the top of ``body``, or None.

    Scans the leading single-line paragraphs, skipping section labels, bylines, datelines and bullets,
    and stops at the first paragraph that reads like prose: prose before any headline means there is no
    headline, and a prose paragraph's first sentence is never a title.
    """
    # The paragraphs of body.split("\n\n"), found one at a time so that only the head is scanned.
    start = 0  # -1 once the last paragraph has been taken
    for _ in range(HEAD_LINES):
        if not 0 <= start <= HEAD_CHARS:
            return None
        end = body.find("\n\n", start)
        paragraph = body[start:] if end < 0 else body[start:end]
        start = -1 if end < 0 else end + 2
        lines = paragraph.strip().split("\n")
        if len(lines) > 1:
            if all(_BULLET.match(line) for line in lines):
                continue
            return None
        line = lines[0]
        if _BYLINE.match(line) or _BULLET.match(line) or _DATE_CANDIDATE.search(line):
            continue
        words = line.split()
        if len(words) < _TITLE_MIN_WORDS and not _TERMINAL.search(line.rstrip(_CLOSERS)):
            continue  # a section label ("Economics") or an outlet name ("Bloomberg")
        looks_like_headline = (
            len(words) <= _TITLE_MAX_WORDS
            and len(line) <= _TITLE_MAX_CHARS
            and not _TERMINAL.search(line.rstrip(_CLOSERS))
            and not _SENTENCE_BREAK.search(line)
            and (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'")
        )
        return line if looks_like_headline else None
    return None
