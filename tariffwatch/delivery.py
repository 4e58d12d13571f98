"""Alert delivery through an outbox: alerts are in the ledger before any delivery is attempted.

Each (alert, channel) pair is a row of ``deliveries`` with a state: ``pending`` (not yet delivered;
retried with exponential backoff), ``delivered``, or ``failed`` (the attempt limit was reached). A
channel is an Apprise URL; only a hash of it and a masked form are stored, never the URL (it may hold
tokens or passwords). Apprise's return value counts, not only its exceptions: a falsy ``notify()`` is a
failed attempt. Messages carry the ``alert_id`` so a receiver can drop a repeat (possible only when a
crash lands between the receiver's 200 and the ledger update).

Article text is untrusted and one body goes to every channel as Apprise TEXT, so :func:`neutralize` makes
it inert for all of them: Apprise passes TEXT unchanged to JSON webhooks and to Markdown channels (Slack,
Discord), and escapes it only for HTML ones (e-mail). Its Slack plugin even turns ``<!channel>``,
``!here>`` and ``<@U123>`` (escaped or not) back into live mentions, and its Discord plugin pings every
``@word`` it finds.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tariffwatch.models import format_value
from tariffwatch.redaction import redact, secret_fragments
from tariffwatch.serving import crash_point

if TYPE_CHECKING:
    import duckdb

    from tariffwatch.warehouse import Warehouse

log = logging.getLogger(__name__)

#: First retry after this long; doubles per failed attempt up to BACKOFF_CAP.
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
#: An attempt in flight holds its delivery this long (longer than one Apprise send can take).
CLAIM_LEASE = timedelta(seconds=30)


def channel_id_for(url: str) -> str:
    """Return the stored identity of an Apprise URL (a hash: the URL may contain secrets)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def mask_url(url: str) -> str:
    """Return an Apprise URL safe to log or store: secrets masked by Apprise, options dropped.

    Args:
        url: An Apprise URL.

    Returns:
        The masked URL, or ``scheme://***`` when Apprise cannot parse it.
    """
    import apprise

    plugin = apprise.Apprise.instantiate(url)
    scheme = url.split("://", 1)[0] if "://" in url else "?"
    if not plugin:
        return f"{scheme}://***"
    return str(plugin.url(privacy=True)).split("?", 1)[0]


def check_urls(urls: Sequence[str]) -> list[str]:
    """Return one error message per Apprise URL that Apprise cannot parse (secrets masked)."""
    import apprise

    errors = []
    for url in urls:
        if not apprise.Apprise.instantiate(url):
            errors.append(f"not a valid Apprise URL: {url.split('://', 1)[0]}://***")
    return errors


def describe_value(alert: Mapping[str, Any]) -> str:
    """Human form of an alert's value: ``USD 200,000,000,000``, ``25%``, ``deadline 2019-03-01``."""
    if alert["kind"] == "deadline":
        status = alert.get("status")
        suffix = f" ({status})" if status and status != "scheduled" else ""
        return f"deadline {alert['date']}{suffix}"
    value = float(alert["value"])
    if alert["unit"] == "percent":
        return f"{format_value(value)}%"
    whole = format_value(value)
    return f"{alert['unit']} {int(value):,}" if "." not in whole else f"{alert['unit']} {value:,.2f}"


# C0/C1 controls (terminal escapes, carriage returns) and bidirectional overrides (text that reads
# differently than it is); tabs and newlines stay.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Angle brackets, raw or as HTML entities: HTML tags, Slack's <!channel> / <@U123> / <url|label>,
# Markdown autolinks. Replaced by look-alike quotation marks that no renderer interprets.
_OPEN = re.compile(r"<|&(?:lt|#0*60|#x0*3c);", re.IGNORECASE)
_CLOSE = re.compile(r">|&(?:gt|#0*62|#x0*3e);", re.IGNORECASE)
# @everyone, @here, @channel, <@U123>, <@&role>: a zero-width space after "@" stops every mention parser.
_MENTION = re.compile(r"@(?=\S)")
# Markdown links and images "[label](url)" and reference definitions "[label]: url".
_MD_LINK = re.compile(r"\](\s*)([(:])")
_USERINFO = re.compile(r"^([a-z][a-z0-9+.-]*://)[^/?#@\s]*@", re.IGNORECASE)


def neutralize(text: str) -> str:
    """Make untrusted text inert in every alert channel while keeping it readable.

    Removes control and bidi-override characters; turns ``<`` / ``>`` (and their entities) into ``‹`` /
    ``›``; puts a zero-width space after ``@``; breaks Markdown links (``[x](url)`` → ``[x] (url)``).
    Rich console markup is not touched here: the console prints with markup off.

    Args:
        text: Article-derived text (sentence, title, source).

    Returns:
        The neutralised text.
    """
    text = _CONTROLS.sub("", text)
    text = _OPEN.sub("‹", text)
    text = _CLOSE.sub("›", text)
    text = _MENTION.sub("@\u200b", text)
    return _MD_LINK.sub(r"] \2", text)


def _link(alert: Mapping[str, Any]) -> str:
    # Only web links are shown as links (never javascript:, data:, ...), and never with credentials.
    url = str(alert.get("url") or "")
    if not url.lower().startswith(("http://", "https://")):
        url = ""
    return _USERINFO.sub(r"\1", url or str(alert.get("source") or ""))


def format_message(alert: Mapping[str, Any]) -> tuple[str, str]:
    """Build the title and body of an alert message; article-derived text is :func:`neutralize`-d.

    Args:
        alert: An ``alerts`` row.

    Returns:
        ``(title, body)``: what is new and its value; the sentence, article, source or link, date, id.
    """
    what = "tariff amount" if alert["kind"] == "tariff_amount" else "tariff deadline"
    title = neutralize(f"New {what}: {describe_value(alert)}")
    lines = [
        f"{title} — “{neutralize(str(alert['text']))}”",
        "",
        neutralize(str(alert["sentence"]).strip()),
        "",
        f"Article: {neutralize(str(alert.get('title') or '(untitled)'))}",
        f"Source: {neutralize(_link(alert))}",
        f"Published: {alert['published_on']}",
        f"alert_id: {alert['alert_id']}",
    ]
    return title, "\n".join(lines)


@dataclass(frozen=True)
class Attempt:
    """Outcome of delivering one alert to one channel."""

    alert_id: str
    channel_id: str
    ok: bool
    error: str | None = None


@dataclass
class DeliveryReport:
    """What one delivery pass did."""

    delivered: int = 0
    failed: int = 0
    gave_up: int = 0
    errors: list[str] = field(default_factory=list)


def send(url: str, title: str, body: str) -> tuple[bool, str | None]:
    """Send one message through Apprise and report success by its return value.

    Args:
        url: Apprise URL.
        title: Message title.
        body: Message body.

    Returns:
        ``(ok, error)``; the error text is what Apprise logged, with no URL secrets.
    """
    import apprise

    notifier = apprise.Apprise()
    if not notifier.add(url):
        return False, "not a valid Apprise URL"
    # Errors are stored and printed: scrub the URL's secrets (a connection error names the request path,
    # which holds a Slack token, for instance).
    fragments = secret_fragments([url])
    with apprise.LogCapture(level=logging.WARNING) as captured:
        try:
            # Plain text: otherwise mail plugins treat the body as HTML and drop lines and <...> text.
            ok = bool(notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT))
        except Exception as exc:  # a plugin bug must count as a failed attempt, not kill the pass
            return False, redact(f"{type(exc).__name__}: {exc}", fragments)[:500]
        logged = captured.getvalue().strip() if hasattr(captured, "getvalue") else ""
    if ok:
        return True, None
    last = logged.splitlines()[-1] if logged else "notification was not accepted"
    return False, redact(last, fragments)[:500]


def enqueue(
    con: duckdb.DuckDBPyConnection,
    alert_ids: Sequence[str],
    urls: Sequence[str],
    now: datetime,
) -> int:
    """Create a pending delivery for every (alert, channel) pair; call inside the run's transaction.

    Args:
        con: Writable connection.
        alert_ids: Newly raised alerts.
        urls: Configured Apprise URLs.
        now: Creation time (UTC); the first attempt is due immediately.

    Returns:
        Rows created.
    """
    from tariffwatch.warehouse import rows_to_arrow

    rows = [
        {
            "alert_id": alert_id,
            "channel_id": channel_id_for(url),
            "channel": mask_url(url),
            "state": "pending",
            "attempts": 0,
            "created_at": now,
            "next_attempt_at": now,
        }
        for alert_id in alert_ids
        for url in dict.fromkeys(urls)
    ]
    if not rows:
        return 0
    batch = rows_to_arrow("deliveries", rows)
    con.register("_new_deliveries", batch)
    try:
        con.execute(
            "INSERT INTO deliveries SELECT * FROM _new_deliveries n WHERE NOT EXISTS "
            "(SELECT 1 FROM deliveries d WHERE d.alert_id = n.alert_id AND d.channel_id = n.channel_id)"
        )
    finally:
        con.unregister("_new_deliveries")
    return len(rows)


def due(con: duckdb.DuckDBPyConnection, now: datetime) -> list[dict[str, Any]]:
    """Return pending deliveries whose next attempt is due, joined with their alert, oldest first."""
    cur = con.execute(
        "SELECT d.channel_id, d.attempts, a.* FROM deliveries d JOIN alerts a USING (alert_id) "
        "WHERE d.state = 'pending' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?) "
        "ORDER BY a.first_seen_at, a.published_on, a.alert_id",
        [now],
    )
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def backoff(attempts: int) -> timedelta:
    """Delay before the next try after ``attempts`` failed attempts (exponential, capped)."""
    # The exponent is bounded before it is used: 2**n timedeltas overflow long before n reaches 64.
    return min(BACKOFF_BASE * (2 ** min(max(attempts - 1, 0), 20)), BACKOFF_CAP)


def record(
    con: duckdb.DuckDBPyConnection,
    attempts: Sequence[Attempt],
    now: datetime,
    max_attempts: int,
) -> tuple[int, int]:
    """Write the outcomes of delivery attempts; return (delivered, gave_up).

    Args:
        con: Writable connection.
        attempts: Outcomes of this pass.
        now: Attempt time (UTC).
        max_attempts: After this many failures a delivery becomes ``failed`` and is not retried.
    """
    delivered = gave_up = 0
    for att in attempts:
        if att.ok:
            con.execute(
                "UPDATE deliveries SET state = 'delivered', attempts = attempts + 1, last_attempt_at = ?, "
                "delivered_at = ?, next_attempt_at = NULL, last_error = NULL "
                "WHERE alert_id = ? AND channel_id = ?",
                [now, now, att.alert_id, att.channel_id],
            )
            delivered += 1
            continue
        row = con.execute(
            "SELECT attempts FROM deliveries WHERE alert_id = ? AND channel_id = ?",
            [att.alert_id, att.channel_id],
        ).fetchone()
        tries = (int(row[0]) if row else 0) + 1
        final = tries >= max_attempts
        gave_up += int(final)
        con.execute(
            "UPDATE deliveries SET state = ?, attempts = ?, last_attempt_at = ?, next_attempt_at = ?, "
            "last_error = ? WHERE alert_id = ? AND channel_id = ?",
            [
                "failed" if final else "pending",
                tries,
                now,
                None if final else now + backoff(tries),
                att.error,
                att.alert_id,
                att.channel_id,
            ],
        )
    return delivered, gave_up


def deliver_due(
    warehouse: Warehouse,
    urls: Sequence[str],
    now: datetime,
    max_attempts: int,
) -> DeliveryReport:
    """Deliver every due pending delivery, holding the ledger only to read and to record outcomes.

    Deliveries whose channel is no longer configured stay pending (with a note) until it is again.

    Args:
        warehouse: The ledger.
        urls: Currently configured Apprise URLs.
        now: Pass time (UTC).
        max_attempts: Attempt limit per delivery.

    Returns:
        Counts and (masked) error messages.
    """
    from tariffwatch.warehouse import transaction

    by_id = {channel_id_for(u): u for u in urls}
    with warehouse.reader() as con:
        todo = due(con, now)
    report = DeliveryReport()
    for item in todo:
        url = by_id.get(item["channel_id"])
        if url is None:
            continue
        if not claim(warehouse, item["alert_id"], item["channel_id"], now):
            continue  # another deliverer is sending it right now
        title, body = format_message(item)
        ok, error = send(url, title, body)
        if ok:
            crash_point("after_send")
        else:
            report.failed += 1
            report.errors.append(f"{mask_url(url)}: {error}")
        # Recorded at once, not at the end of the pass: a crash can repeat at most the one message
        # whose receipt was not written yet.
        attempt = Attempt(item["alert_id"], item["channel_id"], ok, error)
        with warehouse.writer() as con, transaction(con):
            delivered, gave_up = record(con, [attempt], now, max_attempts)
        report.delivered += delivered
        report.gave_up += gave_up
    return report


def claim(warehouse: Warehouse, alert_id: str, channel_id: str, now: datetime) -> bool:
    """Take a due delivery for one attempt: push its ``next_attempt_at`` to ``now + CLAIM_LEASE``.

    Two deliverers (``serve`` and a ``tariffwatch run``, or two workers) never send the same due
    message: the claim is a conditional update in a write transaction and only one of them wins it.
    A deliverer that dies mid-attempt leaves the delivery pending; it is due again when the lease ends.

    Args:
        warehouse: The ledger.
        alert_id: The alert.
        channel_id: The channel.
        now: Pass time (UTC).

    Returns:
        Whether this caller holds the attempt.
    """
    import duckdb

    from tariffwatch.warehouse import transaction

    # The lease runs from the real clock (a long pass claims late), or from ``now`` if that is later.
    clock = datetime.now(now.tzinfo) if now.tzinfo else datetime.now(UTC).replace(tzinfo=None)
    until = max(now, clock) + CLAIM_LEASE
    try:
        with warehouse.writer() as con, transaction(con):
            rows = con.execute(
                "UPDATE deliveries SET next_attempt_at = ? WHERE alert_id = ? AND channel_id = ? "
                "AND state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                "RETURNING alert_id",
                [until, alert_id, channel_id, now],
            ).fetchall()
    except duckdb.TransactionException:
        return False  # a concurrent claim in this process won
    return bool(rows)
