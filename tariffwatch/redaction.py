"""Making URLs safe to store, log and show: credentials and secret-looking query values removed.

Standard library only: the config, the sources and the pipeline all use it.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

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
