"""Every feed of the corpus, served over real HTTP with its declared headers, through the normal feed path.

Two corpora: the in-repo copy (``tests/data/feeds``: feedparser's 119 test feeds, 11 real feeds, the
synthetic ones), always; and the shared corpus next to the checkout (``../shared/feeds``, 119 + 15 real
feeds, four of them GPL-3 and so never copied into the repo; ``TARIFFWATCH_SHARED_FEEDS`` overrides the
location), when present: its files without a byte-identical repo copy are served themselves, the others
through their repo copy (``test_the_shared_corpus_is_walked`` checks that pairing). One real flow run
(``flows.pipeline.tariffwatch_run``) ingests them all; then each feed URL is checked in the warehouse.
Each file must end as articles, quarantine rows with a reason, or a recorded empty fetch
(``feed_state.last_status = 'empty'``), and the entries feedparser sees must all be accounted for:

    entries = articles + entry quarantine rows + documented duplicates + entries over the cap

where an article is stored under the feed's URL, or was already stored from another feed (same body or
same guid/link), or was refused by the articles suite (a ``validate_articles`` quarantine row).

The hostile documents (billion laughs, quadratic blow-up, external entities) are parsed in a child
process with an address-space limit, so a regression fails the test instead of exhausting the machine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import feedparser
import pytest
from feedserver import FEED_SUFFIXES, FeedServer, declared_headers

from tariffwatch.config import FeedConfig
from tariffwatch.models import STAGE_FEED, STAGE_VALIDATE_ARTICLES, SourceBatch, article_id_for
from tariffwatch.pipeline import FeedOutcome, feed_outcome_from_fetch
from tariffwatch.sources.feeds import FEED_LEVEL_REASONS, FetchResult, fetch_feed, parse_feed

DATA = Path(__file__).resolve().parent / "data" / "feeds"


def shared_corpus() -> Path:
    """Where the shared feed corpus lives: ``TARIFFWATCH_SHARED_FEEDS``, else ``../shared/feeds``."""
    override = os.environ.get("TARIFFWATCH_SHARED_FEEDS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "feeds"


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in FEED_SUFFIXES)


SHARED = shared_corpus()
REPO_FILES = corpus_files(DATA)
SHARED_FILES = corpus_files(SHARED) if SHARED.is_dir() else []
SHARED_SKIP = f"shared feed corpus not found at {SHARED} (set TARIFFWATCH_SHARED_FEEDS to its path)"
# The flow test serves a shared file itself only when the repo has no byte-identical copy of it.
_REPO_BYTES = {p.read_bytes() for p in REPO_FILES}
SHARED_ONLY = [p for p in SHARED_FILES if p.read_bytes() not in _REPO_BYTES]


def fetch(url: str) -> FetchResult:
    return fetch_feed(FeedConfig(url=url), None, timeout_s=10.0, max_bytes=10 * 1024 * 1024)


def feedparser_entries(result: FetchResult) -> int:
    """How many entries feedparser itself finds, given the same bytes and headers (the independent count)."""
    headers = {k: v for k, v in result.headers.items() if k not in ("content-encoding", "content-length")}
    headers["content-location"] = result.final_url
    assert result.content is not None
    return len(feedparser.parse(result.content, response_headers=headers).entries)


def duplicates_dropped(warnings: list[str], label: str) -> int:
    for warning in warnings:
        found = re.match(rf"{re.escape(label)}: dropped (\d+) duplicate entries", warning)
        if found:
            return int(found.group(1))
    return 0


def capped(batch: SourceBatch) -> int:
    return sum(json.loads(r.payload)["dropped"] for r in batch.rejected if r.reason == "feed_entry_cap")


def _file_id(path: Path) -> str:
    return (
        f"repo/{path.relative_to(DATA)}"
        if path.is_relative_to(DATA)
        else f"shared/{path.relative_to(SHARED)}"
    )


def repo_twin(shared: Path) -> Path:
    """Where the repo keeps its copy of a shared corpus file (it may not exist)."""
    rel = shared.relative_to(SHARED).as_posix()
    return DATA / rel.replace("feedparser_tests/tests/", "feedparser/", 1)


def test_the_repo_corpus_is_complete() -> None:
    # All 119 feedparser test feeds and 11 real ones (none of the GPL-3 four); the synthetic ones.
    assert len([p for p in REPO_FILES if "feedparser" in p.parts]) == 119
    real = {p.name for p in REPO_FILES if p.parent.name == "real"}
    assert len(real) == 11 and "sec_edgar_usgaap_filings.rss" in real
    gpl = {"nyt_top_stories.xml", "bbc_news_world.xml", "ft_uk_homepage.xml", "nasa_breaking_news.xml"}
    assert not real & gpl
    assert "sec_edgar_usgaap_filings.rss" in (DATA / "real" / "SOURCES.md").read_text(encoding="utf-8")


def test_the_shared_corpus_is_walked() -> None:
    """Every shared file is served by the flow test itself, or the repo holds a byte-identical copy of it.

    An identical copy served with the headers it declares is the same input, so the flow test runs the
    shared files the repo lacks (the GPL-3 ones) and the repo copies of the rest.
    """
    if not SHARED_FILES:
        pytest.skip(SHARED_SKIP)
    assert len(SHARED_FILES) == 119 + 15
    for path in SHARED_FILES:
        twin = repo_twin(path)
        if path in SHARED_ONLY:
            assert not twin.exists(), f"the repo copy {twin} differs from {path}"
        else:
            assert twin.read_bytes() == path.read_bytes(), path


def test_declared_headers_are_served(server: FeedServer) -> None:
    path = DATA / "feedparser/encoding/http_text_xml_charset_overrides_encoding.xml"
    assert declared_headers(path) == {"Content-type": "text/xml;charset = us-ascii"}
    server.add_feed_file("/declared.xml", path)
    result = fetch(server.url("/declared.xml"))
    assert result.headers["content-type"] == "text/xml;charset = us-ascii"
    parsed = feedparser.parse(result.content, response_headers=result.headers)
    assert parsed.encoding == "us-ascii" and not parsed.bozo  # the file's own Expect: line
    server.add_feed_file("/plain.atom", DATA / "real/heise_developer.atom")
    assert fetch(server.url("/plain.atom")).headers["content-type"] == "application/atom+xml"


def test_http_charset_overrides_the_xml_declaration(server: FeedServer) -> None:
    # The bytes are windows-1251, the declaration lies (iso-8859-1); the server's charset is what counts.
    body = "Пошлины на сталь: ставка 25 % действует с марта, заявило министерство."
    document = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>t</title><item>'
        "<title>Пошлины</title><link>https://x.test/1</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>"
        f"<description>{body}</description></item></channel></rss>"
    ).encode("cp1251")
    server.add("/override.xml", document, content_type="application/rss+xml; charset=windows-1251")
    server.add("/declared.xml", document, content_type="application/rss+xml")
    now = datetime.now(UTC)
    right = feed_outcome_from_fetch(FeedConfig(url="u"), fetch(server.url("/override.xml")), now)
    assert [a.body for a in right.batch.articles] == [body]
    # Without the charset the declaration wins and the text is mojibake: the header really was used.
    wrong = feed_outcome_from_fetch(FeedConfig(url="u"), fetch(server.url("/declared.xml")), now)
    assert [a.body for a in wrong.batch.articles] == [body.encode("cp1251").decode("latin-1")]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


# ---- dates ----------------------------------------------------------------------------------------------


def rss(items: str) -> bytes:
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
    return f"{head}{items}</channel></rss>".encode()


def item(n: int, dates: str, body: str = "Duties of 10 percent on flat steel apply from next month.") -> str:
    return f"<item><title>n{n}</title><link>https://x.test/{n}</link>{dates}<description>{body}</description></item>"


def test_dates_published_else_updated_else_quarantine_and_nonsense_rejected() -> None:
    fetched_at = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
    document = rss(
        item(1, "<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><dc:date>2025-01-01T00:00:00Z</dc:date>")
        + item(2, "<dc:date>2025-02-01T00:00:00Z</dc:date>")
        + item(3, "")
        + item(4, "<pubDate>Tue, 11 Mar 2025 23:00:00 GMT</pubDate>")  # within a day of the fetch
        + item(5, "<pubDate>Thu, 13 Mar 2025 00:00:00 GMT</pubDate>")  # beyond
        + item(6, "<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>")
        + item(7, "<pubDate>Sun, 31 Dec 1989 12:00:00 GMT</pubDate>")
        + item(8, "<pubDate>Mon, 01 Jan 1990 00:00:00 GMT</pubDate>")
    ).replace(b'<rss version="2.0">', b'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">')
    result = FetchResult("u", "https://x.test/f", False, document, {}, None, None, 200, fetched_at)
    batch = parse_feed(result, FeedConfig(url="https://x.test/f"))
    assert {a.title: a.published_on for a in batch.articles} == {
        "n1": date(2025, 3, 3),  # published wins over updated
        "n2": date(2025, 2, 1),  # updated when there is no published
        "n4": date(2025, 3, 11),
        "n8": date(1990, 1, 1),
    }
    reasons = {json.loads(r.payload)["title"]: (r.reason, r.detail) for r in batch.rejected}
    assert reasons["n3"][0] == "no_publication_date"
    for title, shown in (("n5", "2025-03-13"), ("n6", "1970-01-01"), ("n7", "1989-12-31")):
        reason, detail = reasons[title]
        assert reason == "implausible_publication_date"
        assert shown in detail and "published" in detail and "rule" in detail
    assert "fetch time 2025-03-10T12:00:00Z" in reasons["n5"][1]
    # The fetch time is what counts, not the clock: fetched today, 2025-03-13 is an ordinary date.
    later = FetchResult("u", "https://x.test/f", False, document, {}, None, None, 200, datetime.now(UTC))
    assert "n5" in {a.title for a in parse_feed(later, FeedConfig(url="https://x.test/f")).articles}


# ---- caps -----------------------------------------------------------------------------------------------


def many_items(count: int) -> bytes:
    return rss(
        "".join(
            item(
                n,
                "<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>",
                f"Customs bulletin {n}: the list of covered steel products was updated.",
            )
            for n in range(count)
        )
    )


def test_entry_cap_keeps_the_first_entries_and_records_the_rest(server: FeedServer) -> None:
    server.add("/many.xml", many_items(25))
    url = server.url("/many.xml")
    outcome = feed_outcome_from_fetch(FeedConfig(url=url, name="many"), fetch(url), datetime.now(UTC), 10)
    assert [a.title for a in outcome.batch.articles] == [f"n{n}" for n in range(10)]
    [cap] = outcome.batch.rejected
    assert cap.reason == "feed_entry_cap" and cap.stage == STAGE_FEED
    assert "25 entries" in cap.detail and "cap of 10" in cap.detail and "15 entries" in cap.detail
    assert json.loads(cap.payload)["dropped"] == 15
    assert json.loads(cap.payload)["first_dropped"]["title"] == "n10"
    assert any("max_feed_entries" in w for w in outcome.batch.warnings)
    assert outcome.state_row["last_status"] == "ok"
    # At the cap exactly nothing is dropped or recorded.
    exact = feed_outcome_from_fetch(FeedConfig(url=url), fetch(url), datetime.now(UTC), 25)
    assert len(exact.batch.articles) == 25 and exact.batch.rejected == []


def test_feed_state_status_names_the_outcome(server: FeedServer) -> None:
    server.add_file("/empty.xml", DATA / "feedparser/wellformed/rss/rss_version_20.xml")
    server.add_file("/bogus.xml", DATA / "feedparser/encoding/bozo_bogus_encoding.xml")
    server.add_file("/html", DATA / "synthetic/request_access.html", content_type="text/html")
    server.add("/ok.xml", many_items(2), etag='"v1"')
    now = datetime.now(UTC)
    statuses = {}
    warnings = {}
    for route in ("/empty.xml", "/bogus.xml", "/html", "/ok.xml"):
        url = server.url(route)
        outcome = feed_outcome_from_fetch(FeedConfig(url=url), fetch(url), now)
        statuses[route], warnings[route] = outcome.state_row, outcome.batch.warnings
    assert statuses["/empty.xml"]["last_status"] == "empty" and statuses["/empty.xml"]["last_error"] is None
    # Zero entries and only a wrong encoding declaration: survivable, so empty (with a warning), not broken.
    assert statuses["/bogus.xml"]["last_status"] == "empty"
    assert "CharacterEncodingOverride" in warnings["/bogus.xml"][0] and warnings["/empty.xml"] == []
    assert statuses["/html"]["last_status"] == "refused"
    assert statuses["/html"]["last_error"].startswith("not_a_feed: ")
    assert statuses["/ok.xml"]["last_status"] == "ok"


# ---- hostile documents ------------------------------------------------------------------------------------


def hostile(doctype: str, description: str) -> str:
    """A one-item RSS document behind ``doctype`` (``{BASE}`` becomes the test server's address)."""
    return (
        f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>t</title><item><title>x</title>'
        f"<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>{description}</description>"
        "</item></channel></rss>"
    )


LAUGHS = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
HOSTILE = {
    # Classic billion laughs on one line: feedparser's own stripping only looks at lines that start
    # with <!ENTITY, so this version reaches expat (≈180 MB and 3 s there without the guard).
    "billion_laughs.xml": hostile(f'<!DOCTYPE rss [<!ENTITY l0 "lol">{LAUGHS}]>', "&l9;"),
    # One 50 kB entity referenced 50 000 times: a "safe" entity to feedparser, 2.5 GB once expanded.
    "quadratic.xml": hostile('\n<!DOCTYPE rss [\n<!ENTITY a "' + "A" * 50_000 + '">\n]>\n', "&a;" * 50_000),
    "xxe_file.xml": hostile(
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        "Secret follows: &xxe; end of the secret part of this item.",
    ),
    "xxe_http.xml": hostile(
        '\n<!DOCTYPE rss [\n<!ENTITY net SYSTEM "{BASE}/secret">\n]>\n',
        "Remote follows: &net; end of the remote part of this item.",
    ),
    "parameter_entity.xml": hostile(
        '<!DOCTYPE rss [<!ENTITY % p SYSTEM "{BASE}/secret"> %p;]>',
        "Parameter entity test item with enough words to be an article.",
    ),
}
# Not hostile by declaration: an external DTD subset is never fetched, and the feed is read.
EXTERNAL_DTD = hostile(
    '<!DOCTYPE rss SYSTEM "{BASE}/secret">', "A feed that names an external DTD is read without fetching it."
)

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, tracemalloc
    from datetime import UTC, datetime
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
    from tariffwatch.config import FeedConfig
    from tariffwatch.pipeline import feed_outcome_from_fetch
    from tariffwatch.sources.feeds import fetch_feed
    out = []
    for url in sys.argv[1:]:
        feed = FeedConfig(url=url)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        result = fetch_feed(feed, None, timeout_s=10.0, max_bytes=10 * 2**20)
        outcome = feed_outcome_from_fetch(feed, result, datetime.now(UTC))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        out.append({
            "url": url,
            "status": outcome.state_row["last_status"],
            "rejected": [[r.reason, r.detail] for r in outcome.batch.rejected],
            "bodies": [a.body for a in outcome.batch.articles],
            "peak_mb": peak / 2**20,
            "rss_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024,
        })
    print(json.dumps(out))
    """
)


def parse_in_child(urls: list[str]) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *urls], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return list(json.loads(done.stdout))


def serve_hostile(server: FeedServer) -> dict[str, str]:
    server.add("/secret", b"TOP-SECRET-REMOTE-CONTENT", content_type="text/plain")
    urls = {}
    for name, text in {**HOSTILE, "external_dtd.xml": EXTERNAL_DTD}.items():
        server.add(f"/hostile/{name}", text.replace("{BASE}", server.base_url).encode())
        urls[name] = server.url(f"/hostile/{name}")
    return urls


def test_hostile_entities_are_refused_with_bounded_memory_and_no_requests(server: FeedServer) -> None:
    urls = serve_hostile(server)
    results = {Path(r["url"]).name: r for r in parse_in_child(list(urls.values()))}
    passwd = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0]
    for name in HOSTILE:
        found = results[name]
        assert found["status"] == "refused", name
        [[reason, detail]] = found["rejected"]
        assert reason == "feed_entities_refused" and detail, name
        assert found["bodies"] == []
        assert found["peak_mb"] < 20, (name, found["peak_mb"])
        assert found["rss_growth_mb"] < 100, (name, found["rss_growth_mb"])
    assert "expansion bomb" in results["quadratic.xml"]["rejected"][0][1]
    assert "nested" in results["billion_laughs.xml"]["rejected"][0][1]
    assert "external entity" in results["xxe_file.xml"]["rejected"][0][1]
    assert "parameter entity" in results["parameter_entity.xml"]["rejected"][0][1]
    # The external DTD is not fetched, and the feed is read.
    assert results["external_dtd.xml"]["status"] == "ok"
    assert len(results["external_dtd.xml"]["bodies"]) == 1
    assert server.requests_for("/secret") == [], "an entity or DTD reached the network"
    everything = json.dumps(results)
    assert "TOP-SECRET" not in everything and passwd not in everything


@pytest.mark.parametrize(
    ("doctype", "why"),
    [
        ('<!DOCTYPE rss [<!ENTITY a "x"><!ENTITY b "&#38;a;&#38;a;">]>', "refers to other entities"),
        ('<!DOCTYPE rss [<!ENTITY b "&#x26;a;">]>', "refers to other entities"),
        ("<!DOCTYPE rss [" + "".join(f'<!ENTITY e{i} "v">' for i in range(300)) + "]>", "more than 256"),
        ('<!DOCTYPE rss [<!ENTITY a PUBLIC "-//x//EN" "http://x.test/a.ent">]>', "external entity"),
        ("<!DOCTYPE rss [<!ENTITY a>]>", "malformed"),
        ('<!DOCTYPE rss [<!ENTITY a "unterminated]>', "malformed"),
        ('<!DOCTYPE rss [<!ENTITY a "' + "x" * 300 + '">]>', "expansion bomb"),
    ],
)
def test_entity_guard_rules(doctype: str, why: str) -> None:
    from tariffwatch.sources.feeds import find_hostile_entities

    document = hostile(doctype, "&a;" * 1000).encode()
    detail = find_hostile_entities(document, {"content-type": "application/xml"})
    assert detail is not None and why in detail
    # Hidden in UTF-16 the same declaration is found: the check reads what the parser will read.
    utf16 = hostile(doctype, "&a;" * 1000).replace('version="1.0"?>', 'version="1.0" encoding="utf-16"?>')
    assert find_hostile_entities(utf16.encode("utf-16"), {"content-type": "application/xml"}) == detail


def test_entity_guard_allows_simple_entities() -> None:
    from tariffwatch.sources.feeds import find_hostile_entities

    simple = hostile('<!DOCTYPE rss [<!ENTITY co "Acme &amp; Sons &#169;">]>', "Made by &co; in 2025.")
    assert find_hostile_entities(simple.encode(), {"content-type": "application/xml"}) is None
    url = "https://x.test/f"
    result = FetchResult(url, url, False, simple.encode(), {}, None, None, 200, datetime.now(UTC))
    assert [a.body for a in parse_feed(result, FeedConfig(url=url)).articles] == [
        "Made by Acme & Sons © in 2025."
    ]


@pytest.mark.parametrize(
    "path",
    [
        "feedparser/wellformed/rss/entity_in_doctype.xml",
        "feedparser/wellformed/rdf/doctype_contains_entity_decl.xml",
    ],
)
def test_legitimate_entity_declarations_give_a_clear_outcome(path: str) -> None:
    # A simple internal entity is read as usual (this entry has no date, so it is quarantined for that);
    # the external parameter entity of the XHTML entity set is refused with the reason.
    url = "https://feeds.example.test/" + Path(path).name
    result = FetchResult(url, url, False, (DATA / path).read_bytes(), {}, None, None, 200)
    batch = parse_feed(result, FeedConfig(url=url))
    if "entity_in_doctype" in path:
        [rejected] = batch.rejected
        assert rejected.reason == "no_publication_date"
        assert json.loads(rejected.payload)["id"] == "tag:example.com,2006-05-04:/blog/"
    else:
        [rejected] = batch.rejected
        assert rejected.reason == "feed_entities_refused" and "HTMLlat1" in rejected.detail


# ---- the whole corpus through the flow ------------------------------------------------------------------


@dataclass
class Ledger:
    articles: dict[str, list[tuple[str, str]]]  # source -> [(article_id, dedup_key)]
    ids: dict[str, str]  # article_id -> source
    keys: dict[str, str]  # dedup_key -> source
    quarantine: dict[str, list[tuple[str, str, str, str]]]  # source -> [(id, stage, reason, payload)]
    states: dict[str, tuple[str, str | None]]  # feed_url -> (last_status, last_error)


def read_ledger(home: Path) -> Ledger:
    con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT source, article_id, dedup_key FROM articles").fetchall()
        quarantined = con.execute(
            "SELECT source, quarantine_id, stage, reason, payload FROM quarantine"
        ).fetchall()
        states = con.execute("SELECT feed_url, last_status, last_error FROM feed_state").fetchall()
    finally:
        con.close()
    ledger = Ledger({}, {}, {}, {}, {})
    for source, article_id, key in rows:
        ledger.articles.setdefault(source, []).append((article_id, key))
        ledger.ids[article_id] = source
        ledger.keys[key] = source
    for source, qid, stage, reason, payload in quarantined:
        ledger.quarantine.setdefault(source, []).append((qid, stage, reason, payload))
    ledger.states = {url: (status, error) for url, status, error in states}
    return ledger


def account_in_warehouse(
    ledger: Ledger, url: str, outcome: FeedOutcome, entries: int, warnings: list[str], label: str
) -> Counter[str]:
    """Check one feed's outcome, and the warehouse against it; return what its entries became.

    ``outcome`` is the same document parsed again by the test; ``entries`` is feedparser's own count.
    """
    batch = outcome.batch
    status, error = ledger.states[url]
    assert status == outcome.state_row["last_status"], (label, status, error)
    feed_level = [r for r in batch.rejected if r.reason in FEED_LEVEL_REASONS]
    if status == "refused":
        assert batch.articles == [] and batch.rejected == feed_level and len(feed_level) == 1, label
        assert error and error.startswith(feed_level[0].reason), label
        # Only a hostile document is refused while feedparser would find entries in it.
        assert entries == 0 or feed_level[0].reason == "feed_entities_refused", label
    elif status == "empty":
        assert entries == 0 and batch.articles == [] and batch.rejected == [], label
    else:
        assert status == "ok" and not feed_level, label
    for rejected in batch.rejected:
        assert rejected.stage == STAGE_FEED and rejected.reason and rejected.detail, label
    for article in batch.articles:
        assert article.body and article.body == article.body.strip(), label
        assert article.article_id == article_id_for(article.body), label
        assert date(1990, 1, 1) <= article.published_on <= date.today() + timedelta(days=2), label
        assert article.url is None or article.url.startswith(("http://", "https://")), label

    rows = ledger.quarantine.get(url, [])
    feed_rows = {qid for qid, stage, _, _ in rows if stage == STAGE_FEED}
    assert feed_rows == {r.quarantine_id for r in batch.rejected}, label
    became: Counter[str] = Counter()
    for rejected in batch.rejected:
        became[f"quarantined:{rejected.reason}"] += 1
    stored = {article_id for article_id, _ in ledger.articles.get(url, [])}
    invalid = {
        json.loads(payload)["article_id"] for _, stage, _, payload in rows if stage == STAGE_VALIDATE_ARTICLES
    }
    for article in batch.articles:
        if article.article_id in stored:
            became["article"] += 1
        elif article.article_id in invalid:
            became["quarantined:articles_suite"] += 1
        elif ledger.ids.get(article.article_id, url) != url or ledger.keys.get(article.dedup_key, url) != url:
            became["duplicate_of_other_feed"] += 1
        else:
            raise AssertionError(
                f"{label}: article {article.title!r} is neither stored, refused nor a duplicate"
            )
    assert len(stored) == became["article"], f"{label}: the warehouse holds articles the parse did not make"
    dropped = duplicates_dropped(warnings, label)
    became["duplicate_in_feed"] += dropped
    if status == "ok":
        entry_rows = sum(r.reason != "feed_entry_cap" for r in batch.rejected)
        accounted = len(batch.articles) + entry_rows + dropped + capped(batch)
        assert accounted == entries, (label, accounted, entries)
    became[f"status:{status}"] += 1
    return became


@pytest.mark.prefect
def test_whole_corpus_through_the_flow(
    harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One real run with every feed configured; then each feed URL is checked in the warehouse."""
    monkeypatch.delenv("TARIFFWATCH_NOTIFY", raising=False)
    from flows.pipeline import tariffwatch_run

    with FeedServer() as server:
        urls = {_file_id(path): url for path, url in server.add_tree("/repo", DATA).items()}
        for path in SHARED_ONLY:
            route = "/shared/" + path.relative_to(SHARED).as_posix()
            server.add_feed_file(route, path)
            urls[_file_id(path)] = server.url(route)
        # Over the default cap of 1000 entries, and the hostile documents, through the real flow too.
        server.add("/generated/1005_entries.xml", many_items(1005))
        urls["generated/1005_entries.xml"] = server.url("/generated/1005_entries.xml")
        urls.update({f"hostile/{name}": url for name, url in serve_hostile(server).items()})
        config = tmp_path / "tariffwatch.toml"
        config.write_text(
            "".join(f"[[feeds]]\nurl = {json.dumps(u)}\nname = {json.dumps(n)}\n" for n, u in urls.items()),
            encoding="utf-8",
        )
        home = tmp_path / "home"
        summary: Any = tariffwatch_run(config=str(config), home=str(home), workers=1)
        assert summary.feeds == len(urls)
        ledger = read_ledger(home)
        totals: Counter[str] = Counter()
        by_status: dict[str, list[str]] = {}
        for name, url in urls.items():
            result = fetch(url)
            outcome = feed_outcome_from_fetch(FeedConfig(url=url, name=name), result, datetime.now(UTC))
            # Never hand a refused bomb to feedparser itself: that is what the guard is for.
            refused = any(r.reason == "feed_entities_refused" for r in outcome.batch.rejected)
            entries = 0 if refused else feedparser_entries(result)
            became = account_in_warehouse(ledger, url, outcome, entries, summary.warnings, name)
            totals.update(became)
            by_status.setdefault(outcome.state_row["last_status"], []).append(name)
        assert server.requests_for("/secret") == [], "an entity or DTD reached the network"
    assert set(ledger.states) == set(urls.values()), "every feed has a recorded outcome"
    assert "failed" not in by_status
    cap_url = urls["generated/1005_entries.xml"]
    assert [r[2] for r in ledger.quarantine[cap_url]] == ["feed_entry_cap"]
    assert len(ledger.articles[cap_url]) == 1000
    for name in HOSTILE:
        assert [r[2] for r in ledger.quarantine[urls[f"hostile/{name}"]]] == ["feed_entities_refused"]
    # The counts for the report (pytest -s shows them).
    print(f"\ncorpus through the flow: {len(urls)} feeds ({len(SHARED_ONLY)} only in {SHARED})")
    for status, names in sorted(by_status.items()):
        print(f"  feeds {status:8} {len(names):5}")
    print("  records (articles, duplicates, quarantine rows by reason):")
    for what, count in sorted(totals.items()):
        if not what.startswith("status:"):
            print(f"    {what:45} {count:5}")
