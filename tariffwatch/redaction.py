"""Keeping secrets out of what is stored, logged and shown.

:func:`redact_url` gives a URL's public form (credentials and secret-looking query values removed): a feed's
identity in the warehouse. :func:`secret_fragments` / :class:`RedactingFilter` scrub the secret parts of
Apprise URLs out of log records and delivery errors. Standard library only: the config, the sources, the
delivery outbox and the CLI all use it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# Query parameters whose values are credentials more often than not; their values are masked in messages.
_SECRET_PARAM = re.compile(
    r"(key|token|secret|pass|pwd|auth|sig|session|credential|code|ticket|jwt|bearer)", re.IGNORECASE
)


def redact_url(url: str) -> str:
    """Return ``url`` safe to show: no user/password, secret-looking query values masked, no fragment.

    Args:
        url: Any URL or path.

    Returns:
        The URL with ``user:password@`` removed and values of parameters such as ``token`` or
        ``api_key`` replaced by ``***``. Strings that do not parse as URLs come back unchanged.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return re.sub(r"//[^/@\s]*@", "//", url)
    if not parts.netloc and not parts.query:
        return url
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "***" if _SECRET_PARAM.search(k) else v) for k, v in pairs], safe="*")
    return urlunsplit(SplitResult(parts.scheme, netloc, parts.path, query, ""))


_MIN_FRAGMENT = 6


def secret_fragments(urls: Iterable[str]) -> list[str]:
    """Return the parts of Apprise URLs that may be secret: whole URLs, passwords, tokens, query values.

    Apprise URLs carry credentials in many places (``user:pass@``, path segments such as Slack tokens,
    ``?token=``); any of them may be secret. Short fragments are left out so common words in log
    lines are not mangled (a password is always kept).

    Args:
        urls: Configured Apprise URLs.

    Returns:
        Fragments, longest first (so a URL is replaced before its parts).
    """
    found: set[str] = set()
    for url in urls:
        found.add(url)
        try:
            parts = urlsplit(url)
            password = parts.password
        except ValueError:
            continue
        if password:
            found.update({password, unquote(password)})
        if parts.username and len(parts.username) >= _MIN_FRAGMENT:
            found.add(parts.username)
        for segment in parts.path.split("/"):
            if len(segment) >= _MIN_FRAGMENT:
                found.add(segment)
        for _key, value in parse_qsl(parts.query, keep_blank_values=False):
            if len(value) >= _MIN_FRAGMENT:
                found.add(value)
        host = parts.netloc.rsplit("@", 1)[-1]
        if len(host) >= _MIN_FRAGMENT and "." not in host and ":" not in host:
            found.add(host)  # slack://TOKEN/...: Apprise puts tokens where a host usually is
    return sorted((f for f in found if f), key=len, reverse=True)


def redact(text: str, fragments: Sequence[str]) -> str:
    """Replace every secret fragment in ``text`` with ``***``."""
    for fragment in fragments:
        if fragment in text:
            text = text.replace(fragment, "***")
    return text


class RedactingFilter(logging.Filter):
    """Logging filter that rewrites each record's message with secrets replaced by ``***``.

    Attach it to handlers (not loggers) so records from every library — Apprise included — pass it.
    """

    def __init__(self, fragments: Sequence[str]) -> None:
        super().__init__()
        self.fragments = list(fragments)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place; never drops a record."""
        if not self.fragments:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's to report, not ours
            return True
        cleaned = redact(message, self.fragments)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.fragments)
        return True


def install_redaction(urls: Iterable[str]) -> RedactingFilter | None:
    """Scrub the secrets of ``urls`` from every log handler that exists now (Prefect's included).

    Call after the libraries that add handlers (Prefect sets its handlers up at import) are imported.

    Args:
        urls: Configured Apprise URLs.

    Returns:
        The filter installed, or None when there is nothing to hide.
    """
    fragments = secret_fragments(urls)
    if not fragments:
        return None
    redactor = RedactingFilter(fragments)
    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in list(logging.Logger.manager.loggerDict))]
    for logger in loggers:
        for handler in getattr(logger, "handlers", []):
            if not any(
                isinstance(f, RedactingFilter) and f.fragments == redactor.fragments for f in handler.filters
            ):
                handler.addFilter(redactor)
    return redactor
