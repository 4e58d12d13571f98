"""Feed source: fetching over real HTTP (tests/feedserver.py) and files, parsing real and synthetic feeds.

Golden files (``tests/data/feeds/real/*.expected.json``) were generated once with
``TARIFFWATCH_REGEN_GOLDEN=1 pytest tests/test_feeds.py -k golden`` and checked by reading them.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import feedparser
import httpx
import pytest
from feedserver import FeedServer, Response

from tariffwatch.config import FeedConfig
from tariffwatch.errors import SourceError, TerminalSourceError, TransientSourceError
from tariffwatch.models import STAGE_FEED, Article, Rejected, SourceBatch, article_id_for
from tariffwatch.sources.feeds import (
    FEED_LEVEL_REASONS,
    FeedState,
    FetchResult,
    fetch_feed,
    parse_feed,
    redact_url,
)
from tariffwatch.sources.html_text import html_to_text, plain_text

DATA = Path(__file__).parent / "data" / "feeds"
REAL = DATA / "real"
SYNTHETIC = DATA / "synthetic"
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
ALL_FEEDS = sorted(p for p in DATA.rglob("*") if p.suffix in FEED_SUFFIXES)
LAST_MODIFIED = "Wed, 05 Feb 2025 08:00:00 GMT"


@pytest.fixture
def server() -> Any:
    with FeedServer() as running:
        yield running


def fetch(url: str, state: FeedState | None = None, **kwargs: Any) -> FetchResult:
    options: dict[str, Any] = {"timeout_s": 5.0, "max_bytes": 5_000_000}
    options.update(kwargs)
    return fetch_feed(FeedConfig(url=url), state, **options)


def parse_file(path: Path, base: str = "https://feeds.example.test/") -> SourceBatch:
    """Parse a fixture as if fetched from a fixed URL, so results do not depend on the checkout path."""
    url = base + path.name
    result = FetchResult(
        feed_url=url,
        final_url=url,
        not_modified=False,
        content=path.read_bytes(),
        headers={},
        etag=None,
        last_modified=None,
        status_code=200,
    )
    return parse_feed(result, FeedConfig(url=url))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---- conditional GET ----------------------------------------------------------------------------


def test_etag_round_trip_gets_304(server: FeedServer) -> None:
    content = (REAL / "sec_press_releases.rss").read_bytes()
    server.add("/feed.xml", content, etag='"v1"')
    url = server.url("/feed.xml")

    first = fetch(url)
    assert first.status_code == 200 and not first.not_modified
    assert first.content == content
    assert first.etag == '"v1"'
    assert first.headers["content-type"] == "application/xml"

    second = fetch(url, FeedState(url=url, etag=first.etag, last_modified=first.last_modified))
    assert second.not_modified and second.status_code == 304
    assert second.content is None
    assert second.etag == '"v1"'
    seen = server.requests_for("/feed.xml")
    assert "if-none-match" not in seen[0].headers
    assert seen[1].headers["if-none-match"] == '"v1"'
    assert parse_feed(second, FeedConfig(url=url)) == SourceBatch()


def test_last_modified_round_trip_gets_304(server: FeedServer) -> None:
    server.add_file("/feed.xml", REAL / "heise_developer.atom", last_modified=LAST_MODIFIED)
    url = server.url("/feed.xml")

    first = fetch(url)
    assert first.last_modified == LAST_MODIFIED and first.etag is None
    second = fetch(url, FeedState(url=url, etag=None, last_modified=first.last_modified))
    assert second.not_modified
    assert second.last_modified == LAST_MODIFIED
    assert server.requests_for("/feed.xml")[1].headers["if-modified-since"] == LAST_MODIFIED


def test_changed_feed_is_fetched_again(server: FeedServer) -> None:
    server.add_file("/feed.xml", REAL / "heise_developer.atom", etag='"v2"')
    url = server.url("/feed.xml")
    result = fetch(url, FeedState(url=url, etag='"v1"', last_modified=None))
    assert not result.not_modified and result.content and result.etag == '"v2"'


def test_state_of_another_url_is_not_sent(server: FeedServer) -> None:
    server.add_file("/feed.xml", REAL / "heise_developer.atom", etag='"v1"')
    url = server.url("/feed.xml")
    result = fetch(url, FeedState(url=url + "?old", etag='"v1"', last_modified=LAST_MODIFIED))
    assert not result.not_modified
    headers = server.requests_for("/feed.xml")[0].headers
    assert "if-none-match" not in headers and "if-modified-since" not in headers


def test_requests_say_what_they_accept(server: FeedServer) -> None:
    server.add_file("/feed.xml", REAL / "heise_developer.atom")
    fetch(server.url("/feed.xml"))
    headers = server.requests_for("/feed.xml")[0].headers
    assert "application/rss+xml" in headers["accept"]
    assert headers["user-agent"].startswith("tariffwatch/")


# ---- HTTP errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 429, 408])
def test_server_errors_and_throttling_are_transient(server: FeedServer, status: int) -> None:
    server.add("/feed.xml", b"busy", status=status, headers={"Retry-After": "120"})
    with pytest.raises(TransientSourceError) as caught:
        fetch(server.url("/feed.xml"))
    assert f"HTTP {status}" in str(caught.value)
    assert "Retry-After: 120" in str(caught.value)


@pytest.mark.parametrize("status", [404, 403, 410, 406, 401])
def test_client_errors_are_terminal(server: FeedServer, status: int) -> None:
    server.add("/feed.xml", b"no", status=status)
    with pytest.raises(TerminalSourceError, match=f"HTTP {status}"):
        fetch(server.url("/feed.xml"))


def test_unknown_path_is_terminal_404(server: FeedServer) -> None:
    with pytest.raises(TerminalSourceError, match="HTTP 404"):
        fetch(server.url("/nothing-here.xml"))


def test_slow_server_times_out_as_transient(server: FeedServer) -> None:
    server.add("/slow.xml", b"<rss/>", delay_s=5.0)
    started = time.monotonic()
    with pytest.raises(TransientSourceError, match="timed out"):
        fetch(server.url("/slow.xml"), timeout_s=0.5)
    assert time.monotonic() - started < 3.0


def test_dripping_server_hits_the_overall_deadline(server: FeedServer) -> None:
    # Each piece arrives well inside the read timeout; only the whole-download limit stops it.
    server.add("/drip.xml", b"x" * 400, chunk_size=10, chunk_delay_s=0.1)
    started = time.monotonic()
    with pytest.raises(TransientSourceError, match="timed out"):
        fetch(server.url("/drip.xml"), timeout_s=1.0)
    assert time.monotonic() - started < 3.0


def test_connection_refused_is_transient() -> None:
    with pytest.raises(TransientSourceError, match="could not fetch"):
        fetch(f"http://127.0.0.1:{free_port()}/feed.xml")


@pytest.mark.parametrize("declared_length", [None, -1])
def test_oversize_feed_is_terminal(server: FeedServer, declared_length: int | None) -> None:
    # With and without Content-Length: the streaming cap must hold when the size is not announced.
    server.add("/big.xml", b"<rss>" + b" " * 5000 + b"</rss>", declared_length=declared_length)
    with pytest.raises(TerminalSourceError, match="feed larger than 1000 bytes"):
        fetch(server.url("/big.xml"), max_bytes=1000)


def test_feed_of_exactly_max_bytes_is_accepted(server: FeedServer) -> None:
    server.add("/edge.xml", b"x" * 1000, declared_length=-1)
    assert fetch(server.url("/edge.xml"), max_bytes=1000).content == b"x" * 1000


def test_gzip_response_is_decoded_and_parses(server: FeedServer) -> None:
    content = (REAL / "heise_developer.atom").read_bytes()
    server.add("/feed.xml", content, gzip=True)
    result = fetch(server.url("/feed.xml"))
    assert result.headers["content-encoding"] == "gzip"
    assert result.content == content
    batch = parse_feed(result, FeedConfig(url=server.url("/feed.xml")))
    assert len(batch.articles) == 15 and not batch.warnings


def test_redirect_loop_is_terminal(server: FeedServer) -> None:
    server.redirect("/loop", "/loop")
    with pytest.raises(TerminalSourceError, match="too many redirects"):
        fetch(server.url("/loop"))


def test_unsupported_scheme_is_terminal() -> None:
    with pytest.raises(TerminalSourceError, match="unsupported feed URL scheme 'ftp'"):
        fetch("ftp://example.org/feed.xml")


def test_given_client_is_used_and_left_open(server: FeedServer) -> None:
    server.add_file("/feed.xml", REAL / "heise_developer.atom")
    with httpx.Client(headers={"X-Test-Client": "yes"}) as client:
        fetch(server.url("/feed.xml"), client=client)
        fetch(server.url("/feed.xml"), client=client)
        assert not client.is_closed
    assert all(r.headers.get("x-test-client") == "yes" for r in server.requests_for("/feed.xml"))


# ---- credentials never reach messages ----------------------------------------------------------


def test_error_messages_hide_credentials(server: FeedServer) -> None:
    secret_url = server.url("/private.xml?api_key=K3YVALUE&page=2").replace("http://", "http://alice:S3CRET@")
    with pytest.raises(TerminalSourceError) as caught:
        fetch(secret_url)
    message = str(caught.value)
    assert "S3CRET" not in message and "alice" not in message and "K3YVALUE" not in message
    assert "page=2" in message and "/private.xml" in message
    # The request itself still carried the credentials.
    assert server.requests_for("/private.xml")[0].headers["authorization"].startswith("Basic ")

    refused = f"http://bob:PA55WORD@127.0.0.1:{free_port()}/x.xml?token=T0KEN"
    with pytest.raises(TransientSourceError) as caught_refused:
        fetch(refused)
    assert "PA55WORD" not in str(caught_refused.value) and "T0KEN" not in str(caught_refused.value)


def test_bad_feed_rejection_hides_credentials() -> None:
    url = "https://carol:HUNTER2@feeds.example.test/feed.xml?access_token=ABCDEF"
    result = FetchResult(url, url, False, b"<html><body>nope</body></html>", {}, None, None, 200)
    [rejected] = parse_feed(result, FeedConfig(url=url)).rejected
    assert "HUNTER2" not in rejected.detail and "ABCDEF" not in rejected.detail
    # The feed's stored identity is its URL without secrets: quarantine rows and feed_state never hold them.
    assert rejected.source == redact_url(url) == "https://feeds.example.test/feed.xml?access_token=***"


def test_redact_url() -> None:
    assert redact_url("https://u:p@host.test:8443/a/b?key=1&q=tariff#frag") == (
        "https://host.test:8443/a/b?key=***&q=tariff"
    )
    assert redact_url("https://host.test/feed.xml") == "https://host.test/feed.xml"
    assert redact_url("/srv/feeds/a.xml") == "/srv/feeds/a.xml"


# ---- files ---------------------------------------------------------------------------------------


def test_file_url_and_plain_path(tmp_path: Path) -> None:
    path = tmp_path / "saved feed.xml"
    content = (REAL / "slashdot_rss10.xml").read_bytes()
    path.write_bytes(content)
    for url in (path.as_uri(), str(path)):
        result = fetch(url)
        assert result.content == content
        assert result.final_url == path.resolve().as_uri()
        assert result.status_code is None and not result.not_modified
        assert len(parse_feed(result, FeedConfig(url=url)).articles) == 10


def test_relative_plain_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "feed.xml").write_bytes((REAL / "slashdot_rss10.xml").read_bytes())
    monkeypatch.chdir(tmp_path)
    assert fetch("feed.xml").content


def test_missing_file_is_terminal(tmp_path: Path) -> None:
    with pytest.raises(TerminalSourceError, match="not found"):
        fetch(str(tmp_path / "absent.xml"))
    with pytest.raises(TerminalSourceError, match="not found"):
        fetch((tmp_path / "absent.xml").as_uri())


def test_directory_is_terminal(tmp_path: Path) -> None:
    with pytest.raises(TerminalSourceError):
        fetch(str(tmp_path))


def test_oversize_file_is_terminal(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(b"x" * 2001)
    with pytest.raises(TerminalSourceError, match="feed larger than 2000 bytes"):
        fetch(str(path), max_bytes=2000)
    path.write_bytes(b"x" * 2000)
    assert fetch(str(path), max_bytes=2000).content == b"x" * 2000


def test_source_errors_share_one_base() -> None:
    assert issubclass(TransientSourceError, SourceError) and issubclass(TerminalSourceError, SourceError)


# ---- redirects and relative links ----------------------------------------------------------------


def test_redirect_followed_and_relative_links_resolved_against_final_url(server: FeedServer) -> None:
    server.redirect("/old/feed", "/trade/rss/feed.xml", status=301)
    server.add_file("/trade/rss/feed.xml", SYNTHETIC / "relative_links.xml")
    feed = FeedConfig(url=server.url("/old/feed"))
    result = fetch_feed(feed, None, timeout_s=5.0, max_bytes=100_000)
    assert result.final_url == server.url("/trade/rss/feed.xml")
    batch = parse_feed(result, feed)
    assert [a.url for a in batch.articles] == [
        server.url("/content/steel-tariff-25"),
        server.url("/trade/rss/stories/aluminium-deadline.html"),
    ]
    assert all(a.source == feed.url for a in batch.articles)
    # isPermaLink="false" guids stay as written, whatever URL the feed came from.
    assert batch.articles[0].dedup_key == "guid:3f2b7c1e-0d4a-4c55-9a61-8f0b2f7d1c01"
    # 23:15 at -08:00 is the next day in UTC.
    assert [a.published_on for a in batch.articles] == [date(2025, 2, 3), date(2025, 2, 5)]


# ---- golden pairs --------------------------------------------------------------------------------

GOLDEN = [
    "guardian_us.rss",
    "sec_press_releases.rss",
    "slashdot_rss10.xml",
    "heise_developer.atom",
    "kc0011_gb2312.rss",
    "uol_noticias.rss",
    "livemint_news.xml",
    "sec_edgar_company_filings.atom",
]


def summarise(batch: SourceBatch) -> dict[str, Any]:
    first = batch.articles[0] if batch.articles else None
    return {
        "articles": len(batch.articles),
        "rejected": len(batch.rejected),
        "rejected_reasons": dict(sorted(Counter(r.reason for r in batch.rejected).items())),
        "warnings": len(batch.warnings),
        "first_article": None
        if first is None
        else {
            "title": first.title,
            "url": first.url,
            "published_on": first.published_on.isoformat(),
            "dedup_key": first.dedup_key,
            "body_start": first.body[:80],
        },
    }


@pytest.mark.parametrize("name", GOLDEN)
def test_golden(name: str) -> None:
    expected_path = REAL / f"{Path(name).stem}.expected.json"
    actual = summarise(parse_file(REAL / name))
    if os.environ.get("TARIFFWATCH_REGEN_GOLDEN"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"regenerated {expected_path.name}: read it before committing")
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


# ---- bad feeds -----------------------------------------------------------------------------------


def test_truncated_feed_without_entries_is_rejected() -> None:
    batch = parse_file(REAL / "reuters_most_read.xml")
    assert batch.articles == []
    [rejected] = batch.rejected
    assert (rejected.stage, rejected.reason) == (STAGE_FEED, "feed_unparseable")
    assert "SAXParseException" in rejected.detail
    assert rejected.payload.startswith("<?xml") and "Reuters" in rejected.payload
    assert rejected.source == "https://feeds.example.test/reuters_most_read.xml"


def test_html_page_is_not_a_feed(server: FeedServer) -> None:
    server.add_file("/feed", SYNTHETIC / "request_access.html", content_type="text/html; charset=utf-8")
    feed = FeedConfig(url=server.url("/feed"), name="Federal Register")
    batch = parse_feed(fetch_feed(feed, None, timeout_s=5, max_bytes=100_000), feed)
    assert batch.articles == []
    [rejected] = batch.rejected
    assert rejected.reason == "not_a_feed"
    assert "text/html" in rejected.detail and rejected.detail.startswith("Federal Register:")
    assert "Request Access" in rejected.payload


@pytest.mark.parametrize("content", [b"", b"  \n", (DATA / "feedparser/illformed/rss_empty_document.xml")])
def test_empty_document_is_not_a_feed(content: bytes | Path) -> None:
    data = content.read_bytes() if isinstance(content, Path) else content
    result = FetchResult("https://x.test/f", "https://x.test/f", False, data, {}, None, None, 200)
    [rejected] = parse_feed(result, FeedConfig(url="https://x.test/f")).rejected
    assert rejected.reason == "not_a_feed"


def test_well_formed_feed_without_entries_is_fine() -> None:
    batch = parse_file(DATA / "feedparser/wellformed/rss/rss_version_20.xml")
    assert batch == SourceBatch()


def test_bozo_encoding_feed_keeps_entries_with_warning() -> None:
    batch = parse_file(REAL / "uol_noticias.rss")
    assert len(batch.articles) == 11
    assert any("CharacterEncodingOverride" in w for w in batch.warnings)
    # Latin-1 bytes without a declaration still read as the right characters.
    assert batch.articles[0].title is not None and "simulações" in batch.articles[0].title
    assert all(r.reason == "empty_body" for r in batch.rejected)


def test_every_entry_failing_returns_rejections_and_a_warning() -> None:
    batch = parse_file(REAL / "tjrs_court_news_rss091.xml")
    assert batch.articles == []
    [rejected] = batch.rejected
    assert rejected.reason == "no_publication_date"
    assert json.loads(rejected.payload)["link"].startswith("http")
    assert any("every one of the 1 entries was rejected" in w for w in batch.warnings)


def test_one_bad_feed_does_not_affect_another() -> None:
    alone = parse_file(REAL / "heise_developer.atom")
    parse_file(REAL / "reuters_most_read.xml")
    parse_file(SYNTHETIC / "request_access.html")
    assert parse_file(REAL / "heise_developer.atom") == alone


# ---- entries -------------------------------------------------------------------------------------


def test_mixed_entries() -> None:
    batch = parse_file(SYNTHETIC / "mixed_entries.xml")
    by_reason = {r.reason: r for r in batch.rejected}
    assert set(by_reason) == {"no_publication_date", "empty_body"}
    undated = json.loads(by_reason["no_publication_date"].payload)
    assert undated["link"] == "https://customs.example.org/bulletin/2" and undated["published"] is None
    assert json.loads(by_reason["empty_body"].payload)["title"] == "Empty notice"
    assert all(r.stage == STAGE_FEED for r in batch.rejected)

    first, link_only, anonymous = batch.articles
    assert first.title == "Duties on “green” steel & aluminium"
    assert first.dedup_key == "guid:https://customs.example.org/bulletin/1"
    # content:encoded wins over the short description; paragraphs and the line break survive.
    assert first.body == (
        "A duty of 10% applies from 1 March 2025 & covers flat steel.\n\nSecond paragraph\nwith a line break."
    )
    assert first.article_id == article_id_for(first.body)
    assert link_only.dedup_key == "link:https://customs.example.org/bulletin/4"
    assert anonymous.dedup_key == f"sha256:{anonymous.article_id}" and anonymous.url is None
    # 00:30 at +01:00 is still the previous day in UTC.
    assert anonymous.published_on == date(2025, 2, 5)
    # The repeated guid was dropped, first one kept.
    assert any("dropped 1 duplicate" in w for w in batch.warnings)


def test_scripts_never_reach_body_text() -> None:
    # End to end (feedparser sanitises, html_text drops what is left).
    for article in parse_file(SYNTHETIC / "mixed_entries.xml").articles:
        assert "SCRIPT-MARKER" not in article.body and "STYLE-MARKER" not in article.body
    # html_text on its own, with feedparser's sanitiser off: scripts, iframes and comments still vanish.
    sanitize_cases = sorted((DATA / "feedparser/wellformed/sanitize").glob("*.xml"))
    checked = 0
    for path in sanitize_cases:
        for entry in feedparser.parse(path.read_bytes(), sanitize_html=False).entries:
            values = [c["value"] for c in entry.get("content", [])] + [entry.get("summary", "")]
            values += [entry.get("title", "")]
            for value in filter(None, values):
                text = html_to_text(value)
                checked += 1
                assert "location.href" not in text and "alert(" not in text, (path.name, text)
                assert "<script" not in text.lower(), (path.name, text)
    assert checked >= 8


def test_slashed_dates_are_read_as_year_month_day() -> None:
    # feedparser alone reads "2020/1/10 14:33:00" as 1 November 2020.
    first = parse_file(REAL / "kc0011_gb2312.rss").articles[0]
    assert first.published_on == date(2020, 1, 10)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Seg, 24 Set 2018 19:42:40 -0300", date(2018, 9, 24)),
        ("lun, 03 mar 2025 23:30:00 -0300", date(2025, 3, 4)),
        ("Mo, 03 Mär 2025 00:30:00 +0100", date(2025, 3, 2)),
        ("lun., 07 juil. 2025 12:00:00 +0200", date(2025, 7, 7)),
        ("2025/3/7 23:59:00", date(2025, 3, 7)),
        ("Mon, 03 Xyz 2025 10:00:00 GMT", None),
        ("2025/13/40", None),
    ],
)
def test_dates_feedparser_misses(raw: str, expected: date | None) -> None:
    document = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
    <item><title>x</title><link>https://x.test/1</link><pubDate>{raw}</pubDate>
    <description>Body text.</description></item></channel></rss>""".encode()
    result = FetchResult("https://x.test/f", "https://x.test/f", False, document, {}, None, None, 200)
    batch = parse_feed(result, FeedConfig(url="https://x.test/f"))
    if expected is None:
        assert [r.reason for r in batch.rejected] == ["no_publication_date"]
    else:
        assert [a.published_on for a in batch.articles] == [expected]


# ---- every copied feed ---------------------------------------------------------------------------


def _dropped_duplicates(batch: SourceBatch) -> int:
    for warning in batch.warnings:
        if "duplicate entries" in warning:
            return int(warning.split("dropped ")[1].split()[0])
    return 0


@pytest.mark.parametrize("path", ALL_FEEDS, ids=lambda p: str(p.relative_to(DATA)))
def test_every_feed_parses_into_articles_or_rejections(path: Path) -> None:
    url = "https://feeds.example.test/" + path.name
    content = path.read_bytes()
    result = FetchResult(url, url, False, content, {}, None, None, 200)
    batch = parse_feed(result, FeedConfig(url=url))

    entries = feedparser.parse(
        content, response_headers={"content-type": "application/xml", "content-location": url}
    ).entries
    feed_level = [r for r in batch.rejected if r.reason in FEED_LEVEL_REASONS]
    if feed_level:
        assert batch.rejected == feed_level and len(feed_level) == 1
        assert batch.articles == []
        # A document refused for its entity declarations may hold entries; it is not parsed at all.
        assert len(entries) == 0 or feed_level[0].reason == "feed_entities_refused"
    else:
        assert len(batch.articles) + len(batch.rejected) + _dropped_duplicates(batch) == len(entries)
    keys = [a.dedup_key for a in batch.articles]
    assert len(keys) == len(set(keys))
    for article in batch.articles:
        assert isinstance(article, Article)
        assert article.body and article.body == article.body.strip()
        assert article.article_id == article_id_for(article.body)
        assert article.source == url
        assert isinstance(article.published_on, date)
        assert article.url is None or article.url.startswith(("http://", "https://"))
        assert article.dedup_key.split(":", 1)[0] in ("guid", "link", "sha256")
    for rejected in batch.rejected:
        assert isinstance(rejected, Rejected) and rejected.stage == STAGE_FEED and rejected.detail


# ---- HTML to text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Tariffs &amp; duties</p><p>rise&nbsp;to 25&#37;</p>", "Tariffs & duties\n\nrise to 25%"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<div><ul><li>a</li><li>b</li></ul></div>tail", "a\n\nb\n\ntail"),
        ("x<script>alert('no')</script>y", "xy"),
        ("x<script>alert('unclosed')", "x"),
        ("x<style>p{}</style><!-- hidden -->y", "xy"),
        ("<iframe src='e'>frame text</iframe><noscript>ns</noscript>shown", "shown"),
        ("<svg><text>svg</text></svg><p>kept</p>", "kept"),
        ("a < b and c > d", "a < b and c > d"),
        ("  spaced \n\t out  ", "spaced out"),
        ("<p>  </p>", ""),
        ("<html><head><title>T</title></head><body><h1>Head</h1>Body</body></html>", "Head\n\nBody"),
        ("&lt;script&gt; as text", "<script> as text"),
        ("x<!-- never closed", "x"),
        ('kept<a href="unterminated', "kept"),
        ("<![foo[odd]]>text", "<![foo[odd]]>text"),
        ("<![if !IE]>shown<![endif]>", "shown"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_plain_text_keeps_paragraphs_and_unwraps_lines() -> None:
    assert plain_text("  first line\nwrapped\r\n\r\n second  para ") == "first line wrapped\n\nsecond para"


# ---- the test server itself ----------------------------------------------------------------------


def test_feedserver_records_posts_and_sequences(server: FeedServer) -> None:
    server.add("/hook", b"ok", content_type="text/plain")
    server.add_sequence("/flaky", [Response(status=503), Response(body=b"fine")])
    httpx.post(server.url("/hook"), json={"title": "t"})
    assert server.wait_for_requests(1, "/hook")[0].json() == {"title": "t"}
    assert httpx.get(server.url("/flaky")).status_code == 503
    assert httpx.get(server.url("/flaky")).text == "fine"
    assert httpx.get(server.url("/flaky")).text == "fine"
    assert [r.method for r in server.requests] == ["POST", "GET", "GET", "GET"]


def test_feedserver_stop_does_not_wait_for_slow_routes() -> None:
    running = FeedServer().start()
    running.add("/slow", b"x", delay_s=30)
    with pytest.raises(httpx.TimeoutException):
        httpx.get(running.url("/slow"), timeout=0.3)
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 5
