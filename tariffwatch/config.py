"""Configuration: ``tariffwatch.toml`` (or ``--config FILE``) overlaid by ``TARIFFWATCH_*`` variables.

Example ``tariffwatch.toml``::

    notify = ["json://127.0.0.1:8080/hook"]      # Apprise URLs; TARIFFWATCH_NOTIFY replaces them
    poll_interval = "15m"                        # or a cron expression: "*/10 * * * *"

    [[feeds]]
    url = "https://example.com/trade.rss"
    name = "Example trade desk"

    [[feeds]]
    url = "file:///srv/feeds/saved.xml"          # file:// URLs and plain paths work offline
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from tariffwatch.errors import ConfigError

DEFAULT_CONFIG_NAME = "tariffwatch.toml"
DEFAULT_HOME = Path("warehouse")


class FeedConfig(BaseModel):
    """One ``[[feeds]]`` table: where to fetch and what to call it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(min_length=1)
    name: str | None = None

    @property
    def public_url(self) -> str:
        """The URL as stored and shown: without credentials or secret query values.

        It is the feed's identity in the warehouse (``feed_state``, every record's ``source``); the real
        URL is used only to fetch.
        """
        from tariffwatch.redaction import redact_url

        return redact_url(self.url)

    @property
    def label(self) -> str:
        """Name to show users: the configured name, else the URL (without its secrets)."""
        return self.name or self.public_url


class Settings(BaseSettings):
    """Effective settings of one tariffwatch process.

    Environment variables (``TARIFFWATCH_HOME``, ``TARIFFWATCH_NOTIFY``, ...) override the file.
    """

    model_config = SettingsConfigDict(env_prefix="TARIFFWATCH_", extra="forbid")

    home: Path = DEFAULT_HOME
    notify: Annotated[list[str], NoDecode] = Field(default_factory=list)
    feeds: list[FeedConfig] = Field(default_factory=list)
    fetch_timeout_s: float = Field(default=20.0, gt=0)
    max_feed_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    # Article files larger than this are quarantined as file_too_large without being read whole;
    # the same default as tariffwatch.sources.files.DEFAULT_MAX_FILE_BYTES (a test keeps them equal).
    max_file_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    max_feed_entries: int = Field(default=1000, ge=1)
    poll_interval: str = "15m"
    max_delivery_attempts: int = Field(default=8, ge=1)
    # Articles validated and committed together: GX costs ~0.3 s per call whatever the size, so larger is
    # faster; 5,000 measured 103 s / 1.3 GiB for a 100k backfill against 188 s / 1.67 GiB at 2,000.
    batch_size: int = Field(default=5000, ge=1)
    # ...and at most this many bytes of article text: long articles make smaller batches, so memory
    # (and DuckDB's commit, bounded by its memory_limit) does not grow with article length.
    batch_bytes: int = Field(default=32 * 1024 * 1024, gt=0)
    workers: int | None = Field(default=None, ge=1)
    dask: str | None = None
    #: How long ``tariffwatch run`` waits for another run on the same home to finish (``--wait`` wins).
    run_lock_timeout_s: float = Field(default=600.0, ge=0)

    @field_validator("notify", mode="before")
    @classmethod
    def _split_notify(cls, value: Any) -> Any:
        # TARIFFWATCH_NOTIFY is a comma-separated list; the file gives a TOML array.
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


def load_settings(config: Path | None = None, home: Path | None = None) -> Settings:
    """Build the settings from the config file, the environment and command-line overrides.

    Args:
        config: ``--config FILE``; when None, ``tariffwatch.toml`` in the working directory if present.
        home: ``--home DIR``; overrides ``TARIFFWATCH_HOME`` and the file.

    Returns:
        The validated settings.

    Raises:
        ConfigError: The file is missing (when named explicitly), not TOML, or has invalid values.
    """
    data: dict[str, Any] = {}
    path = config if config is not None else Path(DEFAULT_CONFIG_NAME)
    if config is not None and not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    # Environment beats file: pydantic-settings gives init kwargs priority, so drop file keys the
    # environment sets.
    for key in list(data):
        if f"TARIFFWATCH_{key.upper()}" in os.environ:
            del data[key]
    if home is not None:
        data["home"] = home
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(f"invalid configuration ({path}): {_first_errors(exc)}") from exc


def _first_errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
