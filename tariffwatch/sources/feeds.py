"""Feed source: fetch RSS/Atom documents (HTTP(S), ``file://``, plain paths) and turn entries into articles.

Fetching (:func:`fetch_feed`) uses httpx with a timeout, a byte cap and conditional GET
(``If-None-Match`` / ``If-Modified-Since``); a 304 means "unchanged, nothing to parse". Timeouts,
connection errors, 5xx and 429 raise :class:`~tariffwatch.errors.TransientSourceError` (a retry may
help); any other 4xx, a missing file and an oversize document raise
:class:`~tariffwatch.errors.TerminalSourceError`. URLs shown in messages have credentials removed.

Parsing (:func:`parse_feed`) is pure and never raises. Bad-feed policy:

(a) A *survivable* bozo feed (a wrong encoding declaration such as ``CharacterEncodingOverride``, or a
    truncated document that still yields entries) keeps its good entries and adds a warning to
    ``SourceBatch.warnings`` naming the parser's complaint.
(b) An *unusable* feed yields no articles and exactly one :class:`~tariffwatch.models.Rejected` at
    stage ``feed``: ``not_a_feed`` when the document is empty or is not recognised as any feed format
    (an HTML page, an access interstitial), ``feed_unparseable`` when it is a feed format that is
    broken and yields no entries (a truncated document). The detail names the parser's error; the
    payload holds the first bytes of the document. A well-formed feed with zero entries is fine: no
    articles, no rejection (the caller records an empty fetch); so is one whose only fault is a wrong
    encoding declaration, with a warning.
(c) A bad *entry* becomes one ``Rejected`` row for that entry (``no_publication_date`` when no date
    can be read, ``empty_body`` when no text remains after HTML is stripped; the payload is JSON of
    the entry's title, link, id and raw dates; ``entry_unreadable`` if reading it fails outright).
    Its siblings are unaffected.
(d) When *every* entry of a non-empty feed fails, the ``Rejected`` rows are returned (the caller
    records them) together with a warning that every entry failed.
(e) Dates: ``published``, else ``updated``, else ``no_publication_date``. A date that parses to
    nonsense (more than one day after the fetch time, or before 1990-01-01) is rejected as
    ``implausible_publication_date``; the detail names the field, the date and the rule.
(f) Caps: the document size is capped while fetching (``max_feed_bytes``); at most ``max_entries``
    entries (``max_feed_entries``, first ones in document order) are read. Beyond that one
    ``feed_entry_cap`` row records how many entries were dropped, and a warning says so.
(g) Entity declarations (XML bombs, external entities) are checked *before* the parser sees the
    document, on the same UTF-8 text feedparser will parse. Simple internal entities (a literal value
    that refers to no other entity) are allowed: some feeds use them, and feedparser keeps exactly
    those. A declaration that is external (``SYSTEM``/``PUBLIC``), a parameter entity, or refers to
    other entities (nesting: "billion laughs"); references that would add more than
    ``ENTITY_EXPANSION_LIMIT`` characters (quadratic blow-up); more than 256 declarations: each refuses
    the whole feed as ``feed_entities_refused``. Nothing is fetched and nothing is expanded.
    tariffwatch never resolves external entities, so a feed that needs them cannot be read faithfully,
    and refusing it does not depend on how a future parser version is configured. (Measured with
    feedparser 6.0.14 and expat 2.5: a one-line billion-laughs DOCTYPE slips past feedparser's own
    entity stripping and costs ≈180 MB and 3 s before expat's amplification limit stops it; a 200 KB
    quadratic blow-up exhausts memory in feedparser's fallback parser.) Any ``<!ENTITY`` in the text
    counts, also one outside the prolog, because feedparser's fallback parser reads declarations
    wherever its own scan finds them.

Entries are deduplicated within one feed by ``dedup_key`` (``guid:<id>``, else ``link:<url>``, else
``sha256:<article_id>``); the first occurrence wins and a warning counts the dropped duplicates.
One feed's problems never leak into another: the caller loops over feeds and each call stands alone.
"""

from __future__ import annotations

import calendar
import email.utils
import json
import re
import time
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import feedparser
import httpx

from tariffwatch import __version__
from tariffwatch.config import FeedConfig, Settings
from tariffwatch.errors import TerminalSourceError, TransientSourceError
from tariffwatch.models import (
    PAYLOAD_LIMIT,
    STAGE_FEED,
    Article,
    Rejected,
    SourceBatch,
    article_id_for,
)
from tariffwatch.redaction import redact_url
from tariffwatch.sources.html_text import html_to_text, plain_text
from tariffwatch.sources.publication_dates import REASON_IMPLAUSIBLE_DATE, implausibility

USER_AGENT = f"tariffwatch/{__version__} (+https://github.com/tariffwatch/tariffwatch)"
# Some sites answer 406 to clients that do not say they take XML; list the feed types explicitly.
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)

REASON_NOT_A_FEED = "not_a_feed"
REASON_FEED_UNPARSEABLE = "feed_unparseable"
REASON_NO_DATE = "no_publication_date"
REASON_EMPTY_BODY = "empty_body"
REASON_ENTRY_UNREADABLE = "entry_unreadable"
REASON_ENTRY_CAP = "feed_entry_cap"
REASON_ENTITIES_REFUSED = "feed_entities_refused"
#: Reasons that refuse a whole fetched document (no entry of it was read).
FEED_LEVEL_REASONS = frozenset({REASON_NOT_A_FEED, REASON_FEED_UNPARSEABLE, REASON_ENTITIES_REFUSED})

#: Entries read from one document when the caller does not say (the ``max_feed_entries`` default).
DEFAULT_MAX_ENTRIES: int = Settings.model_fields["max_feed_entries"].default
#: Most characters that internal entity references may add to a document (see the policy, (g)).
ENTITY_EXPANSION_LIMIT = 256 * 1024

# Response headers that describe the transfer, not the document: httpx has already undone them.
_TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FeedState:
    """Conditional-GET state kept per feed URL between fetches.

    Attributes:
        url: The feed URL the state belongs to.
        etag: The last ``ETag`` the server sent, if any.
        last_modified: The last ``Last-Modified`` the server sent, if any.
    """

    url: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class FetchResult:
    """What one fetch of a feed produced.

    Attributes:
        feed_url: The configured feed URL.
        final_url: The URL the document came from after redirects (a ``file://`` URI for files).
        not_modified: True when the server answered 304; ``content`` is then None.
        content: The raw document bytes.
        headers: Response headers with lower-case names (empty for files).
        etag: The ``ETag`` to send next time.
        last_modified: The ``Last-Modified`` to send next time.
        status_code: The final HTTP status (None for files).
        fetched_at: When the document was read (UTC); publication dates are judged against it.
    """

    feed_url: str
    final_url: str
    not_modified: bool
    content: bytes | None
    headers: dict[str, str]
    etag: str | None
    last_modified: str | None
    status_code: int | None
    fetched_at: datetime | None = None


def fetch_feed(
    feed: FeedConfig,
    state: FeedState | None,
    *,
    timeout_s: float,
    max_bytes: int,
    client: httpx.Client | None = None,
) -> FetchResult:
    """Fetch one feed document.

    ``http``/``https`` URLs are fetched with httpx: redirects followed, a conditional GET when
    ``state`` belongs to this URL, at most ``max_bytes`` of (decoded) body read. ``file://`` URLs and
    plain filesystem paths are read from disk under the same size cap.

    Args:
        feed: The configured feed.
        state: Conditional-GET state from the last successful fetch of ``feed.url``, or None.
        timeout_s: Connect/read timeout, also the limit on the whole download.
        max_bytes: Largest document accepted.
        client: An httpx client to reuse (connection pooling, tests); one is made and closed if None.

    Returns:
        The fetched document, or ``not_modified=True`` on HTTP 304.

    Raises:
        TransientSourceError: Timeout, connection failure, HTTP 5xx or 429, unreadable file.
        TerminalSourceError: Any other HTTP 4xx, unsupported scheme, missing file, oversize document.
    """
    url = feed.url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise TerminalSourceError(f"invalid feed URL {redact_url(url)}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return _fetch_http(feed, url, state, timeout_s=timeout_s, max_bytes=max_bytes, client=client)
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise TerminalSourceError(f"file URL with a remote host is not supported: {redact_url(url)}")
        return _read_file(feed, Path(url2pathname(parts.path)), max_bytes)
    # A one-letter "scheme" is a Windows drive letter: the URL is a plain path.
    if scheme == "" or len(scheme) == 1:
        return _read_file(feed, Path(url).expanduser(), max_bytes)
    raise TerminalSourceError(f"unsupported feed URL scheme {scheme!r}: {redact_url(url)}")


def _fetch_http(
    feed: FeedConfig,
    url: str,
    state: FeedState | None,
    *,
    timeout_s: float,
    max_bytes: int,
    client: httpx.Client | None,
) -> FetchResult:
    shown = redact_url(url)
    request_headers = {"Accept": ACCEPT, "User-Agent": USER_AGENT}
    # State recorded for another URL (the config changed) must not make this one look unchanged.
    if state is not None and state.url == feed.public_url:
        if state.etag and _is_header_safe(state.etag):
            request_headers["If-None-Match"] = state.etag
        if state.last_modified and _is_header_safe(state.last_modified):
            request_headers["If-Modified-Since"] = state.last_modified
    http = client if client is not None else httpx.Client()
    deadline = time.monotonic() + timeout_s
    try:
        with http.stream(
            "GET", url, headers=request_headers, timeout=timeout_s, follow_redirects=True
        ) as response:
            headers = {name.lower(): value for name, value in response.headers.items()}
            final_url = str(response.url)
            status = response.status_code
            if status == 304:
                return FetchResult(
                    feed_url=feed.url,
                    final_url=final_url,
                    not_modified=True,
                    content=None,
                    headers=headers,
                    # A 304 may omit the validators; the ones we sent are still the current ones.
                    etag=headers.get("etag") or (state.etag if state else None),
                    last_modified=headers.get("last-modified") or (state.last_modified if state else None),
                    status_code=status,
                    fetched_at=datetime.now(UTC),
                )
            _raise_for_status(status, response.reason_phrase, headers, shown)
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TerminalSourceError(
                    f"feed larger than {max_bytes} bytes: {shown} declares {declared} bytes"
                )
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise TerminalSourceError(f"feed larger than {max_bytes} bytes: {shown}")
                if time.monotonic() > deadline:
                    # Per-read timeouts do not catch a server that drips bytes forever.
                    raise TransientSourceError(f"timed out after {timeout_s:g} s downloading {shown}")
    except httpx.TimeoutException as exc:
        raise TransientSourceError(
            f"timed out after {timeout_s:g} s fetching {shown} ({type(exc).__name__})"
        ) from exc
    except httpx.TooManyRedirects as exc:
        raise TerminalSourceError(f"too many redirects fetching {shown}") from exc
    except httpx.UnsupportedProtocol as exc:
        # Raised for a redirect to a non-HTTP scheme too.
        raise TerminalSourceError(f"unsupported URL while fetching {shown}: {_scrub(str(exc), url)}") from exc
    except httpx.InvalidURL as exc:
        raise TerminalSourceError(f"invalid feed URL {shown}: {_scrub(str(exc), url)}") from exc
    except httpx.HTTPError as exc:
        # Connection refused/reset, DNS failure, broken chunking or compression: may work next time.
        detail = _scrub(str(exc), url) or type(exc).__name__
        raise TransientSourceError(f"could not fetch {shown}: {type(exc).__name__}: {detail}") from exc
    finally:
        if client is None:
            http.close()
    return FetchResult(
        feed_url=feed.url,
        final_url=final_url,
        not_modified=False,
        content=bytes(body),
        headers=headers,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        status_code=status,
        fetched_at=datetime.now(UTC),
    )


def _raise_for_status(status: int, reason: str, headers: dict[str, str], shown: str) -> None:
    if 200 <= status < 300:
        return
    message = f"GET {shown} answered HTTP {status} {reason}".rstrip()
    if status in (408, 429) or status >= 500:
        retry_after = headers.get("retry-after")
        if retry_after:
            message += f" (Retry-After: {retry_after})"
        raise TransientSourceError(message)
    raise TerminalSourceError(message)


def _is_header_safe(value: str) -> bool:
    # A validator copied from an earlier response must not smuggle new header lines into the request.
    return value.isprintable() and value.isascii()


def _scrub(text: str, url: str) -> str:
    text = text.replace(url, redact_url(url))
    return re.sub(r"//[^/@\s]*@", "//", text)


def _read_file(feed: FeedConfig, path: Path, max_bytes: int) -> FetchResult:
    try:
        with path.open("rb") as handle:
            content = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise TerminalSourceError(f"feed file not found: {path}") from exc
    except (IsADirectoryError, NotADirectoryError, PermissionError) as exc:
        raise TerminalSourceError(f"cannot read feed file {path}: {exc.strerror or exc}") from exc
    except OSError as exc:
        raise TransientSourceError(f"error reading feed file {path}: {exc.strerror or exc}") from exc
    if len(content) > max_bytes:
        raise TerminalSourceError(f"feed larger than {max_bytes} bytes: {path}")
    return FetchResult(
        feed_url=feed.url,
        final_url=path.resolve().as_uri(),
        not_modified=False,
        content=content,
        headers={},
        etag=None,
        last_modified=None,
        status_code=None,
        fetched_at=datetime.now(UTC),
    )


def parse_feed(
    result: FetchResult,
    feed: FeedConfig,
    *,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    now: datetime | None = None,
) -> SourceBatch:
    """Turn a fetched feed document into articles, rejected records and warnings.

    Never raises, and does no I/O (the clock is read only when neither ``now`` nor the fetch time is
    known); the policy for bad feeds and bad entries is in the module docstring.

    Args:
        result: The fetch result; a not-modified or empty-content result yields an empty batch.
        feed: The configured feed; ``feed.url`` becomes every record's ``source``.
        max_entries: Most entries read from the document; the rest are dropped and recorded.
        now: The time publication dates are judged against; default the fetch time.

    Returns:
        The articles (deduplicated by ``dedup_key``), the rejected records and any warnings.
    """
    if result.not_modified or result.content is None:
        return SourceBatch()
    label = feed.label
    content = result.content
    if not content.strip():
        return SourceBatch(
            rejected=[_feed_rejected(feed, REASON_NOT_A_FEED, "the document is empty", content)]
        )
    headers = {name.lower(): value for name, value in result.headers.items()}
    headers = {name: value for name, value in headers.items() if name not in _TRANSFER_HEADERS}
    # Files come without headers; a generic XML type lets the document's own declaration decide the
    # encoding (text/xml would mean us-ascii) and keeps feedparser from flagging the missing header.
    headers.setdefault("content-type", "application/xml")
    headers["content-location"] = redact_url(result.final_url)
    try:
        hostile = find_hostile_entities(content, headers)
        if hostile:
            return SourceBatch(rejected=[_feed_rejected(feed, REASON_ENTITIES_REFUSED, hostile, content)])
        parsed = feedparser.parse(content, response_headers=headers)
    except Exception as exc:  # a parser crash on hostile input is a bad feed, not a crashed run
        detail = f"the feed parser failed: {type(exc).__name__}: {exc}"
        return SourceBatch(rejected=[_feed_rejected(feed, REASON_FEED_UNPARSEABLE, detail, content)])

    entries: list[Any] = list(parsed.get("entries") or [])
    version = parsed.get("version") or ""
    problem = _bozo_text(parsed)
    if not entries:
        if not version:
            detail = "not recognised as RSS or Atom" + (f" ({problem})" if problem else "")
            content_type = headers.get("content-type")
            if content_type:
                detail += f"; Content-Type: {content_type}"
            return SourceBatch(rejected=[_feed_rejected(feed, REASON_NOT_A_FEED, detail, content)])
        if problem and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
            detail = f"{version} feed is broken and yields no entries: {problem}"
            return SourceBatch(rejected=[_feed_rejected(feed, REASON_FEED_UNPARSEABLE, detail, content)])
        # A wrong encoding declaration is survivable (a): the feed was read, and it is empty.
        return SourceBatch(warnings=[f"{label}: {problem}; the feed has no entries"] if problem else [])

    batch = SourceBatch()
    if problem:
        batch.warnings.append(f"{label}: feed is not well-formed ({problem}); kept the entries it yielded")
    if len(entries) > max_entries:
        capped = _entry_cap_rejected(feed, entries, max_entries)
        batch.rejected.append(capped)
        batch.warnings.append(capped.detail)
        entries = entries[:max_entries]
    fetched_at = now or result.fetched_at or datetime.now(UTC)
    seen: set[str] = set()
    duplicates = 0
    for entry in entries:
        try:
            record, key = _entry_record(entry, feed, redact_url(result.final_url), fetched_at)
        except Exception as exc:  # one entry that trips a library bug must not cost its siblings
            record, key = _entry_rejected(entry, feed, None, None, REASON_ENTRY_UNREADABLE, repr(exc)), None
        if key is not None:
            if key in seen:
                duplicates += 1
                continue
            seen.add(key)
        if isinstance(record, Article):
            batch.articles.append(record)
        else:
            batch.rejected.append(record)
    if duplicates:
        batch.warnings.append(f"{label}: dropped {duplicates} duplicate entries (same dedup key)")
    if not batch.articles:
        failed = sum(r.reason != REASON_ENTRY_CAP for r in batch.rejected)
        batch.warnings.append(f"{label}: every one of the {failed} entries was rejected")
    return batch


def _entry_cap_rejected(feed: FeedConfig, entries: list[Any], max_entries: int) -> Rejected:
    dropped = entries[max_entries:]
    first = dropped[0]
    payload = {
        "entries": len(entries),
        "cap": max_entries,
        "dropped": len(dropped),
        # Enough to find the first dropped entry in the document.
        "first_dropped": {"title": first.get("title"), "link": first.get("link"), "id": first.get("id")},
    }
    return Rejected(
        source=feed.public_url,
        stage=STAGE_FEED,
        reason=REASON_ENTRY_CAP,
        detail=(
            f"{feed.label}: the feed has {len(entries)} entries, more than the cap of "
            f"{max_entries} (max_feed_entries); {len(dropped)} entries after the first {max_entries} "
            "were not ingested"
        ),
        payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
    )


# ---- entity declarations ---------------------------------------------------------------------------

# One declaration: optional "%" (a parameter entity), a name, then quoted literals or keywords up to ">".
_ENTITY_START = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ENTITY_DECL = re.compile(
    rb"""<!ENTITY\s+(?P<pe>%\s+)?(?P<name>[^\s"'<>%&;]+)\s+(?P<body>(?:"[^"]*"|'[^']*'|[^"'<>])*)>""",
    re.IGNORECASE,
)
_LITERAL = re.compile(rb"""^\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')\s*$""")
_EXTERNAL = re.compile(rb"^\s*(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)
_CHAR_REF = re.compile(r"&#(?:x([0-9a-fA-F]+)|([0-9]+));")
_PREDEFINED_REF = re.compile(r"&(?:amp|lt|gt|quot|apos);")
# More declarations than any feed needs; also bounds the work of checking them.
_MAX_ENTITY_DECLARATIONS = 256


def find_hostile_entities(content: bytes, headers: dict[str, str]) -> str | None:
    """Say why the document's entity declarations make it unsafe to parse, or None when they do not.

    The document is first decoded exactly as feedparser will decode it (same headers, same fallbacks),
    so a declaration cannot hide in UTF-16 or EBCDIC. The policy is (g) in the module docstring.

    Args:
        content: The raw document.
        headers: The response headers feedparser will be given (lower-case names).

    Returns:
        A one-line explanation naming the offending declaration, or None.
    """
    from feedparser.encodings import convert_to_utf8

    scratch: dict[str, Any] = {}
    text = convert_to_utf8(headers, content, scratch)
    if not _ENTITY_START.search(text):
        return None
    values: dict[bytes, int] = {}
    for count, start in enumerate(_ENTITY_START.finditer(text)):
        if count == _MAX_ENTITY_DECLARATIONS:
            return f"more than {_MAX_ENTITY_DECLARATIONS} entity declarations"
        match = _ENTITY_DECL.match(text, start.start())
        declaration = match.group(0) if match else text[start.start() : start.start() + 80]
        shown = " ".join(declaration.decode("utf-8", "replace").split())
        shown = shown if len(shown) <= 100 else shown[:99] + "…"
        if match is None:
            return f"malformed entity declaration {shown!r}: the feed's DOCTYPE cannot be checked"
        name, body = match.group("name"), match.group("body")
        if match.group("pe"):
            return f"parameter entity declared ({shown!r}): parameter entities are never resolved"
        if _EXTERNAL.match(body):
            return f"external entity declared ({shown!r}): external entities are never fetched"
        literal = _LITERAL.match(body)
        if literal is None:
            return f"malformed entity declaration {shown!r}: the feed's DOCTYPE cannot be checked"
        raw_value = (literal.group("dq") if literal.group("dq") is not None else literal.group("sq")) or b""
        value = _PREDEFINED_REF.sub("", _expand_char_refs(raw_value.decode("utf-8", "replace")))
        if "&" in value or "%" in value:
            return (
                f"entity {name.decode('utf-8', 'replace')!r} refers to other entities ({shown!r}): "
                "nested entities are how expansion bombs are built"
            )
        values[name] = max(values.get(name, 0), len(raw_value))
    expansion = 0
    for name, size in values.items():
        expansion += text.count(b"&" + name + b";") * size
        if expansion > ENTITY_EXPANSION_LIMIT:
            break
    if expansion > ENTITY_EXPANSION_LIMIT:
        return (
            f"entity references would add {expansion} characters to the document, more than the limit of "
            f"{ENTITY_EXPANSION_LIMIT} (an expansion bomb)"
        )
    return None


def _expand_char_refs(value: str) -> str:
    def char(match: re.Match[str]) -> str:
        hexa, decimal = match.groups()
        try:
            return chr(int(hexa, 16) if hexa else int(decimal))
        except (ValueError, OverflowError):
            return "&"  # an invalid reference is as suspicious as a nested one

    return _CHAR_REF.sub(char, value)


def _bozo_text(parsed: Any) -> str:
    if not parsed.get("bozo"):
        return ""
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "malformed document"
    if isinstance(exc, feedparser.NonXMLContentType):
        # A feed served as text/html or text/plain parses fine; the label is not worth a warning.
        return ""
    return f"{type(exc).__name__}: {exc}"


def _feed_rejected(feed: FeedConfig, reason: str, detail: str, content: bytes) -> Rejected:
    return Rejected(
        source=feed.public_url,
        stage=STAGE_FEED,
        reason=reason,
        detail=f"{feed.label}: {detail}",
        payload=content[:PAYLOAD_LIMIT].decode("utf-8", errors="replace"),
    )


def _entry_record(
    entry: Any, feed: FeedConfig, base_url: str, fetched_at: datetime
) -> tuple[Article | Rejected, str | None]:
    """Build the article (or the rejection) for one entry, with its dedup key (None: cannot tell)."""
    title = _entry_title(entry)
    link = _entry_link(entry, base_url)
    guid = (entry.get("id") or "").strip() or None
    key = f"guid:{guid}" if guid else (f"link:{link}" if link else None)
    dated = _entry_date(entry)
    if dated is None:
        return _entry_rejected(entry, feed, title, link, REASON_NO_DATE, "no usable publication date"), key
    published_on, field_name = dated
    implausible = implausibility(published_on, fetched_at.astimezone(UTC).date())
    if implausible:
        fetched = fetched_at.astimezone(UTC)
        why = f"{field_name} date {published_on.isoformat()} {implausible}"
        why += f"; fetch time {fetched:%Y-%m-%dT%H:%M:%SZ}"
        return _entry_rejected(entry, feed, title, link, REASON_IMPLAUSIBLE_DATE, why), key
    body = _entry_body(entry)
    if not body:
        return _entry_rejected(
            entry, feed, title, link, REASON_EMPTY_BODY, "no text in content or summary"
        ), key
    article_id = article_id_for(body)
    key = key or f"sha256:{article_id}"
    article = Article(
        article_id=article_id,
        dedup_key=key,
        source=feed.public_url,
        url=link,
        title=title,
        published_on=published_on,
        body=body,
    )
    return article, key


def _entry_rejected(
    entry: Any, feed: FeedConfig, title: str | None, link: str | None, reason: str, why: str
) -> Rejected:
    # dict.get: FeedParserDict maps "updated" to "published" (with a DeprecationWarning) when absent.
    raw = {
        "title": title,
        "link": link,
        "id": entry.get("id"),
        "published": dict.get(entry, "published"),
        "updated": dict.get(entry, "updated"),
    }
    who = title or link or entry.get("id") or "untitled entry"
    return Rejected(
        source=feed.public_url,
        stage=STAGE_FEED,
        reason=reason,
        detail=f"{feed.label}: entry {who!r}: {why}",
        payload=json.dumps(raw, ensure_ascii=False, sort_keys=True),
    )


def _entry_title(entry: Any) -> str | None:
    raw = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    text = html_to_text(raw) if detail.get("type") in _HTML_TYPES else raw
    return " ".join(text.split()) or None


def _entry_link(entry: Any, base_url: str) -> str | None:
    raw = (entry.get("link") or "").strip()
    if not raw:
        return None
    # feedparser resolves against content-location and xml:base already; this catches what it left.
    link = urljoin(base_url, raw)
    # Only web links go into alerts; javascript:, data: or a file:// guess are worse than none.
    return link if urlsplit(link).scheme in ("http", "https") else None


def _entry_body(entry: Any) -> str:
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    html_contents = [c for c in contents if c.get("type") in _HTML_TYPES]
    candidates = html_contents or contents
    if candidates:
        best = max(candidates, key=lambda c: len(c.get("value") or ""))
        text = _to_text(best.get("value") or "", best.get("type"))
        if text:
            return text
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return _to_text(summary, detail.get("type"))


def _to_text(value: str, content_type: str | None) -> str:
    if content_type == "text/plain":
        return plain_text(value)
    # No type or an HTML type: parse it as HTML (harmless for text without markup).
    return html_to_text(value)


# ---- dates -----------------------------------------------------------------------------------------

# feedparser reads "2020/1/10 14:33:00" as 2020-11-01 without complaint, so year-first slashed dates
# are read here before trusting its result.
_SLASHED_DATE = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
# RFC 822 dates with day/month names in other languages (e.g. "Seg, 24 Set 2018 19:42:40 -0300"), which
# feedparser leaves unparsed. Month abbreviations (accents removed, first three letters) in Portuguese,
# Spanish, French, German and Italian map to the English ones that email.utils understands.
_LOCAL_RFC822 = re.compile(r"^\s*(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})\.?\s+([^\W\d_]+)\.?\s+(\d{4})(.*)$")
_MONTHS = {
    "jan": "Jan", "ene": "Jan", "gen": "Jan", "fev": "Feb", "feb": "Feb", "mar": "Mar", "mrz": "Mar",
    "abr": "Apr", "apr": "Apr", "avr": "Apr", "mai": "May", "may": "May", "mag": "May", "jun": "Jun",
    "giu": "Jun", "jul": "Jul", "lug": "Jul", "ago": "Aug", "aug": "Aug", "aou": "Aug",
    "set": "Sep", "sep": "Sep", "out": "Oct", "oct": "Oct", "okt": "Oct", "ott": "Oct", "nov": "Nov",
    "dez": "Dec", "dic": "Dec", "dec": "Dec",
}  # fmt: skip
_FRENCH_JUI = {"juin": "Jun", "juil": "Jul"}


def _entry_date(entry: Any) -> tuple[date, str] | None:
    """The entry's publication date and the field it came from: ``published``, else ``updated``."""
    raw_published = dict.get(entry, "published")
    raw_updated = dict.get(entry, "updated")
    raws = (("published", raw_published), ("updated", raw_updated))
    for field_name, raw in raws:
        if isinstance(raw, str) and _SLASHED_DATE.match(raw):
            # feedparser misreads this form (valid or not), so only our reading of it counts.
            slashed = _slashed_date(raw)
            return None if slashed is None else (slashed, field_name)
    for field_name, parsed in (
        ("published", dict.get(entry, "published_parsed")),
        ("updated", dict.get(entry, "updated_parsed")),
    ):
        if parsed:
            day = _utc_date(parsed)
            if day is not None:
                return day, field_name
    for field_name, raw in raws:
        if isinstance(raw, str):
            local = _localised_rfc822_date(raw)
            if local is not None:
                return local, field_name
    return None


def _utc_date(parsed: time.struct_time) -> date | None:
    try:
        # feedparser's *_parsed values are UTC already; timegm round-trips to normalise odd fields.
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date()
    except (OverflowError, ValueError, OSError):
        return None


def _slashed_date(raw: str) -> date | None:
    match = _SLASHED_DATE.match(raw)
    if match is None:
        return None
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    try:
        # No zone is given: take the calendar date as written.
        return date(year, month, day)
    except ValueError:
        return None


def _localised_rfc822_date(raw: str) -> date | None:
    match = _LOCAL_RFC822.match(raw)
    if match is None:
        return None
    day, month_name, year, rest = match.groups()
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", month_name.lower()) if not unicodedata.combining(ch)
    )
    month = _FRENCH_JUI.get(folded[:4]) if folded.startswith("jui") else _MONTHS.get(folded[:3])
    if month is None:
        return None
    parsed = email.utils.parsedate_tz(f"{day} {month} {year}{rest}")
    if parsed is None:
        return None
    try:
        local = datetime(*parsed[:6])  # naive on purpose: the offset is applied by hand below
    except ValueError:
        return None
    offset = parsed[9] or 0
    return (local - timedelta(seconds=offset)).date()
