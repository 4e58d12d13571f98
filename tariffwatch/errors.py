"""The one exception hierarchy of tariffwatch.

Errors are either *transient* (worth retrying: a timeout, a 503) or *terminal* (retrying cannot help:
a 404, a feed that is not a feed). Callers decide what to do by class, never by message.
"""

from __future__ import annotations


class TariffwatchError(Exception):
    """Base class of every error tariffwatch raises on purpose."""


class ConfigError(TariffwatchError):
    """The configuration file or environment is invalid; the message says what to fix."""


class SourceError(TariffwatchError):
    """A source (file, feed) could not be read."""

    transient: bool = False


class TransientSourceError(SourceError):
    """A source failed in a way a later retry may fix (timeouts, connection errors, 5xx, 429)."""

    transient = True


class TerminalSourceError(SourceError):
    """A source failed in a way no retry will fix (4xx, oversize, not a feed); record it and move on."""


class WarehouseError(TariffwatchError):
    """The warehouse could not be opened, read or written."""


class WarehouseBusyError(WarehouseError):
    """Another process holds the warehouse for writing and did not release it in time."""


class DeliveryError(TariffwatchError):
    """An alert could not be delivered to a channel."""
