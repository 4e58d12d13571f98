"""Secrets never leak: Apprise URLs (tokens, passwords) and feed credentials, through a real run.

One ``tariffwatch run`` process against a real Prefect server (its database and its log are then
searched), with three notification channels that all fail (a webhook answering 500, a Slack URL that
cannot be reached, a mail server without TLS), and a feed URL with credentials that answers 404. Then
every place a secret could end up is searched: the run's stdout and stderr, every file of the Prefect
server's home (SQLite database with the flow and task runs, states and logs; the server log), every
column of every DuckDB table and of the Parquet mirror, every other file under the data directory, and
the ``--help`` output of the commands.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tariffwatch.serving import PrefectServerProcess, free_port
from tests.feedserver import FeedServer, Response

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.prefect

WEBHOOK_PASSWORD = "Hk9SecretPw1"
MAIL_PASSWORD = "Ml7SecretPw2"
SLACK_TOKEN = "SlackSecretToken3xyz"
SLACK_BOT = "B2SECRETB"
NOTIFY_SECRETS = (WEBHOOK_PASSWORD, MAIL_PASSWORD, SLACK_TOKEN, SLACK_BOT)
FEED_PASSWORD = "Fd5SecretPw4"


@dataclass
class Leaks:
    """Where the run left text: name of the place → its content."""

    places: dict[str, str]
    returncode: int
    output: str

    def find(self, secret: str) -> list[str]:
        return [name for name, text in self.places.items() if secret in text]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _env(api_url: str | None, notify: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "TARIFFWATCH_"))}
    if api_url:
        env.update(PREFECT_API_URL=api_url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env["TARIFFWATCH_NOTIFY"] = notify
    return env


def _ledger_text(home: Path) -> dict[str, str]:
    places: dict[str, str] = {}
    con = duckdb.connect(str(home / "tariffwatch.duckdb"), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        for table in tables:
            places[f"duckdb:{table}"] = repr(con.execute(f'SELECT * FROM "{table}"').fetchall())
        for parquet in sorted((home / "parquet").rglob("*.parquet")):
            places[f"parquet:{parquet.relative_to(home)}"] = repr(
                con.execute(f"SELECT * FROM read_parquet('{parquet}')").fetchall()
            )
    finally:
        con.close()
    return places


def _files_text(root: Path, prefix: str, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        f"{prefix}:{path.relative_to(root)}": path.read_bytes().decode("utf-8", "replace")
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.endswith(skip)
    }


@pytest.fixture(scope="module")
def leaks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Leaks]:
    from aiosmtpd.controller import Controller

    root = tmp_path_factory.mktemp("secrets")
    home = root / "home"
    smtp_port = _free_port()

    class Sink:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            return "250 OK"

    smtp = Controller(Sink(), hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    os.environ.setdefault("PREFECT_SERVER_UI_ENABLED", "false")
    # An OS-picked port, not 4200: under pytest-xdist another module may start its server at the same time.
    server = PrefectServerProcess(root / "prefect-home", port=free_port())
    try:
        with FeedServer() as web:
            web.route("/hook", Response(status=500, body=b"down", content_type="text/plain"))
            web.route("/feed", Response(status=404, body=b"gone", content_type="text/plain"))
            notify = ",".join(
                [
                    f"json://hookuser:{WEBHOOK_PASSWORD}@127.0.0.1:{web.port}/hook",
                    f"slack://T1SECRETT/{SLACK_BOT}/{SLACK_TOKEN}/#general",
                    f"mailtos://mailuser:{MAIL_PASSWORD}@127.0.0.1:{smtp_port}"
                    "?from=alerts@example.test&to=ops@example.test",
                ]
            )
            config = root / "tariffwatch.toml"
            config.write_text(
                f'[[feeds]]\nurl = "http://feeduser:{FEED_PASSWORD}@127.0.0.1:{web.port}/feed"\n',
                encoding="utf-8",
            )
            api_url = server.start(timeout_s=180)
            command = [
                str(BIN / "tariffwatch"),
                "run",
                "--seeds",
                str(REPO / "seeds"),
                "--config",
                str(config),
            ]
            run = subprocess.run(
                [*command, "--home", str(home), "--verbose"],
                capture_output=True,
                text=True,
                env=_env(api_url, notify),
                cwd=root,
                timeout=600,
            )
            places = {"stdout": run.stdout, "stderr": run.stderr}
            for args in ([], ["run"], ["serve"], ["alerts"], ["query"]):
                shown = subprocess.run(
                    [str(BIN / "tariffwatch"), *args, "--help"],
                    capture_output=True,
                    text=True,
                    env=_env(api_url, notify),
                    cwd=root,
                    timeout=60,
                )
                places[f"help:{' '.join(args)}"] = shown.stdout + shown.stderr
    finally:
        server.stop()
        smtp.stop()
    places.update(_files_text(root / "prefect-home", "prefect"))
    places.update(_ledger_text(home))
    places.update(_files_text(home, "home", skip=(".duckdb", ".wal", ".parquet")))
    yield Leaks(places, run.returncode, run.stdout + run.stderr)


def test_the_run_did_fail_every_delivery(leaks: Leaks) -> None:
    # Guards the search below: the failures (and their error messages) really happened and were stored.
    assert leaks.returncode == 0, leaks.output[-3000:]
    deliveries = leaks.places["duckdb:deliveries"]
    assert deliveries.count("'pending'") == 8 * 3
    assert "json://" in deliveries and "slack://" in deliveries and "mailtos://" in deliveries
    assert "deliveries failed" in leaks.places["stdout"]
    assert any(name.startswith("prefect:") and "prefect.db" in name for name in leaks.places)
    assert any(
        "tariffwatch-run" in text for name, text in leaks.places.items() if name.startswith("prefect:")
    )


@pytest.mark.parametrize("secret", NOTIFY_SECRETS)
def test_apprise_secrets_appear_nowhere(leaks: Leaks, secret: str) -> None:
    assert leaks.find(secret) == []


def test_feed_credentials_appear_nowhere(leaks: Leaks) -> None:
    found = leaks.find(FEED_PASSWORD)
    assert found == [], ", ".join(found)


def test_invalid_notify_url_is_refused_without_showing_its_secret(tmp_path: Path) -> None:
    bad = f"nosuchscheme://someone:{WEBHOOK_PASSWORD}@example.test/x"
    done = subprocess.run(
        [str(BIN / "tariffwatch"), "run", "--seeds", str(REPO / "seeds"), "--home", str(tmp_path / "h")],
        capture_output=True,
        text=True,
        env=_env(None, bad),
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2
    assert "not a valid Apprise URL: nosuchscheme://***" in done.stderr
    assert WEBHOOK_PASSWORD not in done.stdout + done.stderr
