"""Delivery outbox through real Apprise, to a real HTTP receiver and a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from email.message import Message
from typing import Any

import pytest
from conftest import SAMPLE, Committer
from feedserver import FeedServer

from tariffwatch.delivery import (
    BACKOFF_BASE,
    BACKOFF_CAP,
    backoff,
    check_urls,
    deliver_due,
    describe_value,
    mask_url,
)
from tariffwatch.pipeline import utcnow
from tariffwatch.warehouse import Warehouse

HOOK = "/hook"


@pytest.fixture
def receiver() -> Iterator[FeedServer]:
    with FeedServer() as server:
        server.add(HOOK, b'{"ok": true}', content_type="application/json")
        yield server


def json_url(server: FeedServer, userinfo: str = "") -> str:
    return f"json://{userinfo}127.0.0.1:{server.port}{HOOK}"


def deliveries(warehouse: Warehouse) -> list[dict[str, Any]]:
    with warehouse.reader() as con:
        cur = con.execute("SELECT * FROM deliveries ORDER BY alert_id, channel_id")
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def alerts_by_id(warehouse: Warehouse) -> dict[str, dict[str, Any]]:
    with warehouse.reader() as con:
        cur = con.execute("SELECT * FROM alerts")
        names = [c[0] for c in cur.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}


def alert_id_in(message: str) -> str:
    found = re.findall(r"alert_id: ([0-9a-f]{24})", message)
    assert len(found) == 1, message
    return str(found[0])


# --------------------------------------------------------------------------------------------- delivery


def test_each_pending_alert_is_delivered_once(
    warehouse: Warehouse, commit: Committer, receiver: FeedServer
) -> None:
    url = json_url(receiver)
    _, result = commit(notify_urls=[url])
    assert len(result.alerts) == 5
    assert {d["state"] for d in deliveries(warehouse)} == {"pending"}

    now = utcnow()
    report = deliver_due(warehouse, [url], now, max_attempts=3)
    assert (report.delivered, report.failed, report.gave_up, report.errors) == (5, 0, 0, [])
    posts = receiver.requests_for(HOOK, "POST")
    assert len(posts) == 5
    alerts = alerts_by_id(warehouse)
    seen = set()
    for post in posts:
        payload = post.json()
        alert = alerts[alert_id_in(payload["message"])]
        seen.add(alert["alert_id"])
        assert describe_value(alert) in payload["title"]
        assert alert["sentence"] in payload["message"]
        assert alert["text"] in payload["message"]
    assert seen == set(alerts)
    rows = deliveries(warehouse)
    assert {(d["state"], d["attempts"]) for d in rows} == {("delivered", 1)}
    assert all(d["delivered_at"] is not None and d["next_attempt_at"] is None for d in rows)

    # A later pass, and a later run over the same articles, send nothing more.
    assert deliver_due(warehouse, [url], now + timedelta(hours=2), max_attempts=3).delivered == 0
    _, again = commit(notify_urls=[url])
    assert again.alerts == []
    assert deliver_due(warehouse, [url], utcnow(), max_attempts=3).delivered == 0
    assert len(receiver.requests_for(HOOK)) == 5


def test_value_in_message_is_human_readable(
    warehouse: Warehouse, commit: Committer, receiver: FeedServer
) -> None:
    url = json_url(receiver)
    commit(notify_urls=[url])
    deliver_due(warehouse, [url], utcnow(), max_attempts=3)
    titles = sorted(r.json()["title"] for r in receiver.requests_for(HOOK))
    assert titles == sorted(
        [
            "New tariff amount: USD 16,000,000,000",
            "New tariff amount: USD 200,000,000,000",
            "New tariff amount: 25%",
            "New tariff deadline: deadline 2019-03-01",
            "New tariff deadline: deadline 2019-01 (postponed)",
        ]
    )


def test_backoff_is_exponential_and_capped() -> None:
    assert BACKOFF_BASE == timedelta(seconds=30)
    assert [backoff(n) for n in (1, 2, 3, 4)] == [timedelta(seconds=s) for s in (30, 60, 120, 240)]
    assert backoff(0) == BACKOFF_BASE
    assert backoff(7) == timedelta(seconds=1920)
    assert backoff(8) == BACKOFF_CAP == timedelta(hours=1)
    assert backoff(40) == BACKOFF_CAP


def test_backoff_is_capped_for_any_attempt_count() -> None:
    assert backoff(60) == BACKOFF_CAP
    assert backoff(10_000) == BACKOFF_CAP


def test_failed_delivery_waits_for_backoff_then_delivers_once(
    warehouse: Warehouse, commit: Committer, receiver: FeedServer
) -> None:
    receiver.add(HOOK, b"down", status=500, content_type="text/plain")
    url = json_url(receiver)
    commit(sample=SAMPLE[:1], notify_urls=[url])  # 3 alerts
    t0 = utcnow()
    report = deliver_due(warehouse, [url], t0, max_attempts=5)
    assert (report.delivered, report.failed, report.gave_up) == (0, 3, 0)
    assert len(report.errors) == 3
    assert len(receiver.requests_for(HOOK)) == 3
    for row in deliveries(warehouse):
        assert (row["state"], row["attempts"]) == ("pending", 1)
        assert row["last_error"]
        assert row["last_attempt_at"] == t0
        assert row["next_attempt_at"] == t0 + backoff(1)
        assert row["next_attempt_at"] > t0

    # Not due yet: nothing is sent, nothing changes.
    early = deliver_due(warehouse, [url], t0 + backoff(1) - timedelta(seconds=1), max_attempts=5)
    assert (early.delivered, early.failed) == (0, 0)
    assert len(receiver.requests_for(HOOK)) == 3
    assert {d["attempts"] for d in deliveries(warehouse)} == {1}

    # The receiver recovers; once due, each alert is delivered exactly once.
    receiver.add(HOOK, b"{}", content_type="application/json")
    receiver.clear_requests()
    late = deliver_due(warehouse, [url], t0 + backoff(1), max_attempts=5)
    assert (late.delivered, late.failed) == (3, 0)
    assert deliver_due(warehouse, [url], t0 + timedelta(days=1), max_attempts=5).delivered == 0
    posts = receiver.requests_for(HOOK)
    assert len(posts) == 3
    assert len({alert_id_in(p.json()["message"]) for p in posts}) == 3
    rows = deliveries(warehouse)
    assert {(d["state"], d["attempts"], d["last_error"]) for d in rows} == {("delivered", 2, None)}


def test_gives_up_after_max_attempts(warehouse: Warehouse, commit: Committer, receiver: FeedServer) -> None:
    receiver.add(HOOK, b"down", status=503, content_type="text/plain")
    url = json_url(receiver)
    commit(sample=SAMPLE[:1], notify_urls=[url])
    now = utcnow()
    for attempt in (1, 2, 3):
        report = deliver_due(warehouse, [url], now, max_attempts=3)
        assert report.failed == 3
        assert report.gave_up == (3 if attempt == 3 else 0)
        now += backoff(attempt)
    rows = deliveries(warehouse)
    assert {(d["state"], d["attempts"]) for d in rows} == {("failed", 3)}
    assert all(d["next_attempt_at"] is None and d["last_error"] for d in rows)
    assert len(receiver.requests_for(HOOK)) == 9
    # Failed is final: even much later and with a healthy receiver, nothing is retried.
    receiver.add(HOOK, b"{}", content_type="application/json")
    assert deliver_due(warehouse, [url], now + timedelta(days=30), max_attempts=3).delivered == 0
    assert len(receiver.requests_for(HOOK)) == 9


DELIVER = """
import sys
from datetime import datetime
from pathlib import Path
from tariffwatch.delivery import deliver_due
from tariffwatch.warehouse import Warehouse
report = deliver_due(Warehouse(Path(sys.argv[1])), [sys.argv[2]], datetime.fromisoformat(sys.argv[3]), 3)
print(report.delivered)
"""


def test_two_deliverer_processes_send_each_alert_once(
    warehouse: Warehouse, commit: Committer, receiver: FeedServer
) -> None:
    # A slow receiver keeps both passes busy at the same time.
    receiver.add(HOOK, b"{}", content_type="application/json", delay_s=0.3)
    url = json_url(receiver)
    commit(sample=SAMPLE[:1], notify_urls=[url])
    now = utcnow().isoformat()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", DELIVER, str(warehouse.home), url, now], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    delivered = [int(p.communicate(timeout=120)[0].strip() or 0) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(delivered) == 3
    posts = receiver.requests_for(HOOK)
    assert sorted(alert_id_in(p.json()["message"]) for p in posts) == sorted(alerts_by_id(warehouse))
    assert {(d["state"], d["attempts"]) for d in deliveries(warehouse)} == {("delivered", 1)}


def test_channel_no_longer_configured_stays_pending(
    warehouse: Warehouse, commit: Committer, receiver: FeedServer
) -> None:
    url = json_url(receiver)
    commit(sample=SAMPLE[:1], notify_urls=[url])
    report = deliver_due(warehouse, [], utcnow(), max_attempts=3)
    assert (report.delivered, report.failed) == (0, 0)
    assert receiver.requests == []
    assert {(d["state"], d["attempts"]) for d in deliveries(warehouse)} == {("pending", 0)}
    # Configured again: delivered.
    assert deliver_due(warehouse, [url], utcnow(), max_attempts=3).delivered == 3


# ------------------------------------------------------------------------------------------------ secrets

SECRET_URLS = {
    "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ/#general": [
        "A1BRTD4JD",
        "TIiajkdnlazkcOXrIdevi7FQ",
    ],
    "jsons://user:s3cr3tpass@hooks.example.test/path": ["s3cr3tpass"],
    "json://alice:hunter2@127.0.0.1:9/hook": ["hunter2"],
    "mailtos://bob:mailpass@smtp.example.test?to=ops@example.test": ["mailpass"],
    "tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/987654": ["AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"],
}


@pytest.mark.parametrize("url", list(SECRET_URLS))
def test_mask_url_never_leaks_secrets(url: str) -> None:
    masked = mask_url(url)
    assert masked.split("://", 1)[0] == url.split("://", 1)[0]
    for secret in SECRET_URLS[url]:
        assert secret not in masked
    assert check_urls([url]) == []


def test_unparsable_url_is_masked_entirely() -> None:
    url = "nosuchscheme://user:topsecret@example.test/x"
    assert mask_url(url) == "nosuchscheme://***"
    errors = check_urls([url])
    assert len(errors) == 1
    assert "topsecret" not in errors[0]


def test_secrets_never_reach_the_ledger_or_errors(
    warehouse: Warehouse, commit: Committer, receiver: FeedServer
) -> None:
    receiver.add(HOOK, b"denied", status=500, content_type="text/plain")
    url = json_url(receiver, "alice:hunter2@")
    commit(sample=SAMPLE[:1], notify_urls=[url])
    report = deliver_due(warehouse, [url], utcnow(), max_attempts=3)
    assert report.failed == 3
    # The receiver did get the credentials (that is their purpose)...
    assert receiver.requests_for(HOOK)[0].headers.get("authorization", "").startswith("Basic ")
    # ...but nothing we store or print does.
    rows = deliveries(warehouse)
    stored = repr(rows) + repr(report.errors)
    assert "hunter2" not in stored
    assert all(d["channel"].startswith("json://") for d in rows)
    assert len({d["channel_id"] for d in rows}) == 1


# --------------------------------------------------------------------------------------------------- mail


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.content if isinstance(envelope.content, bytes) else envelope.content.encode()
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), email.message_from_bytes(content)))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, _Inbox]]:
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


def text_of(message: Message) -> str:
    parts = message.walk() if message.is_multipart() else [message]
    for part in parts:
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text/plain part")


def test_mail_through_a_local_smtp_server(
    warehouse: Warehouse, commit: Committer, smtp: tuple[int, _Inbox], receiver: FeedServer
) -> None:
    port, inbox = smtp
    mail = f"mailto://127.0.0.1:{port}?from=alerts@example.test&to=ops@example.test&mode=insecure"
    hook = json_url(receiver)
    commit(sample=SAMPLE[:1], notify_urls=[mail, hook])
    report = deliver_due(warehouse, [mail, hook], utcnow(), max_attempts=3)
    assert (report.delivered, report.failed) == (6, 0)
    assert len(inbox.messages) == 3
    assert len(receiver.requests_for(HOOK)) == 3
    alerts = alerts_by_id(warehouse)
    got = set()
    for mail_from, rcpt, message in inbox.messages:
        assert mail_from == "alerts@example.test"
        assert rcpt == ["ops@example.test"]
        body = text_of(message)
        alert = alerts[alert_id_in(body)]
        got.add(alert["alert_id"])
        assert describe_value(alert) in str(message["Subject"])
        assert alert["sentence"] in body
    assert got == set(alerts)
    channels = {d["channel"] for d in deliveries(warehouse)}
    assert len(channels) == 2 and any(c.startswith("mailto://") for c in channels)


MARKUP_SAMPLE = (
    (
        SAMPLE[0][0],
        "Duties of 10% will apply to goods listed under <Annex A> & <Annex B>, officials said. "
        "Talks continue in Geneva next week with both delegations.",
        (("10%", "tariff_amount", {"value": 10.0, "unit": "percent"}),),
    ),
)


def test_mail_keeps_lines_and_escapes_markup(
    warehouse: Warehouse, commit: Committer, smtp: tuple[int, _Inbox]
) -> None:
    port, inbox = smtp
    mail = f"mailto://127.0.0.1:{port}?from=alerts@example.test&to=ops@example.test&mode=insecure"
    commit(sample=MARKUP_SAMPLE, notify_urls=[mail])
    assert deliver_due(warehouse, [mail], utcnow(), max_attempts=3).delivered == 1
    ((_, _, message),) = inbox.messages
    lines = text_of(message).splitlines()
    assert any(line.startswith("alert_id: ") for line in lines), lines
    # Angle brackets become look-alike quotes in every channel; the rest stays as written.
    assert any("‹Annex A› & ‹Annex B›" in line for line in lines)
    html = next(p for p in message.walk() if p.get_content_type() == "text/html")
    html_text = html.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "<Annex A>" not in html_text
    # Apprise escapes TEXT for the HTML part itself (and turns spaces into &nbsp;).
    assert "‹Annex A› &amp; ‹Annex B›" in html_text.replace("&nbsp;", " ")


def test_mail_refused_by_server_is_a_failed_attempt(
    warehouse: Warehouse, commit: Committer, smtp: tuple[int, _Inbox]
) -> None:
    port, inbox = smtp
    # The local server offers no AUTH: a URL with credentials cannot be delivered there.
    mail = (
        f"mailto://bob:mailpass@127.0.0.1:{port}?from=alerts@example.test&to=ops@example.test&mode=insecure"
    )
    commit(sample=SAMPLE[:1], notify_urls=[mail])
    now = utcnow()
    report = deliver_due(warehouse, [mail], now, max_attempts=3)
    assert (report.delivered, report.failed) == (0, 3)
    assert inbox.messages == []
    rows = deliveries(warehouse)
    assert {(d["state"], d["attempts"]) for d in rows} == {("pending", 1)}
    assert "mailpass" not in repr(rows) + repr(report.errors)


# ------------------------------------------------------------------------------------------ hostile text

HOSTILE_SENTENCE = (
    "Officials said <script>alert(1)</script> duties of 10% apply <!channel> <!here> !everyone> "
    "<@U123ABC> <@&987654> @everyone @here [click](javascript:alert(1)) ![img](http://evil.test/x.png) "
    "<http://evil.test|bank> [bold red]boom[/] &lt;!channel&gt; \x1b[31mred\u202eevil at once."
)
HOSTILE_SAMPLE = (
    (
        SAMPLE[0][0],
        HOSTILE_SENTENCE + " Talks continue in Geneva next week with both delegations.",
        (("10%", "tariff_amount", {"value": 10.0, "unit": "percent"}),),
    ),
)
#: Raw sequences that some channel would act on (HTML, Slack control sequences and mentions, Discord
#: pings, Markdown links and images, terminal escapes, bidi overrides).
LIVE = (
    "<script",
    "</script",
    "<!channel",
    "<!here",
    "!everyone>",
    "<@U123ABC>",
    "<@&",
    "@everyone",
    "@here",
    "](javascript:",
    "](http",
    "<http",
    "&lt;!channel",
    "\x1b",
    "\u202e",
)


def _hostile_commit(warehouse: Warehouse, urls: list[str]) -> dict[str, Any]:
    from conftest import build_sample

    from tariffwatch.pipeline import RunCounts, commit_batch, finish_run, new_run

    ctx = new_run("test")
    articles, mentions = build_sample(ctx, HOSTILE_SAMPLE)
    articles[0]["title"] = "<b>Tariffs</b> @everyone [x](javascript:alert(2)) <!channel>"
    articles[0]["url"] = "javascript:alert(3)"
    batch = commit_batch(warehouse, ctx, articles, mentions, [])
    (alert,) = finish_run(warehouse, ctx, RunCounts(), [batch], [], urls).alerts
    return alert


def _assert_inert(text: str) -> None:
    for live in LIVE:
        assert live not in text, (live, text)


def test_hostile_article_text_reaches_no_channel_live(
    warehouse: Warehouse, smtp: tuple[int, _Inbox], receiver: FeedServer
) -> None:
    import apprise.plugins.discord as discord
    import apprise.plugins.slack as slack

    port, inbox = smtp
    mail = f"mailto://127.0.0.1:{port}?from=alerts@example.test&to=ops@example.test&mode=insecure"
    hook = json_url(receiver)
    _hostile_commit(warehouse, [mail, hook])
    assert deliver_due(warehouse, [mail, hook], utcnow(), max_attempts=3).delivered == 2

    ((post,),) = [receiver.requests_for(HOOK, "POST")]
    payload = post.json()
    _assert_inert(post.body.decode("unicode_escape"))  # also what JSON escaping would hide
    _assert_inert(payload["title"] + payload["message"])
    message = payload["message"]
    assert "‹script›alert(1)‹/script›" in message  # still readable
    assert "[click] (javascript:alert(1))" in message and "duties of 10% apply" in message
    assert "Source: seeds/sample-0.txt" in message  # a javascript: link is never shown as the link

    ((_, _, mail_message),) = inbox.messages
    _assert_inert(text_of(mail_message))
    html = next(p for p in mail_message.walk() if p.get_content_type() == "text/html")
    html_text = html.get_payload(decode=True).decode()  # type: ignore[union-attr]
    _assert_inert(html_text)
    assert "<b>" not in html_text

    # Slack and Discord cannot be reached from a test: run Apprise's own mention parsers on the body.
    for pattern in (
        slack.NotifySlack._re_channel_support,
        slack.NotifySlack._re_user_id_support,
        slack.NotifySlack._re_url_support,
        discord.USER_ROLE_DETECTION_RE,
    ):
        assert pattern.search(message) is None, pattern.pattern


def test_console_prints_hostile_text_literally(warehouse: Warehouse) -> None:
    import io

    from rich.console import Console

    from tariffwatch.cli import print_alerts

    alert = _hostile_commit(warehouse, [])
    buffer = io.StringIO()
    print_alerts([alert], Console(file=buffer, width=400, color_system=None))
    printed = buffer.getvalue()
    assert "[bold red]boom[/]" in printed  # markup shown as written, not interpreted
    _assert_inert(printed)
