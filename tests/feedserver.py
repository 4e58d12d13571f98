"""A real HTTP server on 127.0.0.1 for tests: feeds, redirects, errors, slow answers, webhooks.

Usage::

    with FeedServer() as server:
        server.add_file("/feed.xml", path, etag='"v1"')
        server.add("/broken", status=500)
        server.redirect("/old", "/feed.xml")
        server.add("/hook")                       # accepts POSTs; bodies land in server.requests
        server.add_sequence("/flaky", [Response(status=503), Response(body=b"ok")])
        urls = server.add_tree("/corpus", Path("tests/data/feeds"))   # every feed, with its declared headers
        url = server.url("/feed.xml")
        ...
        assert server.requests_for("/feed.xml")[1].headers["if-none-match"] == '"v1"'

Every request (any method) is recorded with its headers and body. Routes answer any method; a
route may also be a callable that builds the response from the request. Conditional GETs are
honoured: a route with ``etag`` / ``last_modified`` answers 304 when the request's
``If-None-Match`` / ``If-Modified-Since`` match. Delays wait on an event that :meth:`FeedServer.stop`
sets, so stopping never hangs on a slow route.

Feed fixtures are served with the response headers they declare: feedparser's test files carry
``Header: Name: value`` lines in their leading comment (what feedparser's own harness sends, with
``Content-Type: text/xml`` when a file declares headers but no type); files that declare nothing get a
``Content-Type`` from their suffix (:func:`declared_headers`, :meth:`FeedServer.add_feed_file`).
"""

from __future__ import annotations

import gzip
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

#: Content-Type for fixtures that declare no headers (any XML type lets the XML declaration decide the
#: encoding, like a file read from disk).
SUFFIX_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
    ".html": "text/html",
    ".htm": "text/html",
}
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
_HEADER_LINE = re.compile(r"^Header:\s+([^:\r\n]+):(.*?)\s*$", re.MULTILINE)


def declared_headers(file: str | Path) -> dict[str, str]:
    """The HTTP response headers a feed fixture declares (``Header: Name: value`` in its first comment).

    NUL bytes are dropped before reading, so UTF-16 files are read too. A file that declares headers but
    no ``Content-Type`` gets ``text/xml``, as in feedparser's own test harness.

    Args:
        file: The fixture.

    Returns:
        Header names as written mapped to their values; empty when the file declares none.
    """
    head = Path(file).read_bytes()[:8192].replace(b"\x00", b"").decode("latin-1")
    start = head.find("<!--")
    end = head.find("-->", start + 4)
    if start < 0 or end < 0:
        return {}
    headers = {name.strip(): value.strip() for name, value in _HEADER_LINE.findall(head[start:end])}
    if headers and not any(name.lower() == "content-type" for name in headers):
        headers["Content-Type"] = "text/xml"
    return headers


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received.

    Attributes:
        method: ``GET``, ``POST``, ...
        path: The request target with its query string (``/feed.xml?x=1``).
        headers: Request headers, names lower-cased (repeated headers joined with ``", "``).
        body: The request body (empty for GET).
        received_at: ``time.monotonic()`` when the request line was read.
    """

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float

    @property
    def route(self) -> str:
        """The path without its query string."""
        return urlsplit(self.path).path

    def json(self) -> Any:
        """The body decoded as JSON."""
        import json

        return json.loads(self.body)


@dataclass(frozen=True)
class Response:
    """What a route answers.

    Attributes:
        body: Response bytes (sent as is, or gzip-compressed when ``gzip`` is set).
        status: HTTP status code.
        headers: Extra response headers.
        content_type: ``Content-Type`` header; None sends none.
        etag: When set, sent as ``ETag`` and a matching ``If-None-Match`` gets 304.
        last_modified: When set, sent as ``Last-Modified`` and an ``If-Modified-Since`` at or after it
            gets 304.
        delay_s: Seconds to wait before answering (interrupted by ``stop()``).
        gzip: Compress the body and send ``Content-Encoding: gzip``.
        declared_length: Override the ``Content-Length`` header (None: the real length; -1: omit it
            and close the connection to end the body).
        chunk_size: With ``chunk_delay_s``, send the body in pieces of this many bytes...
        chunk_delay_s: ...waiting this long before each piece (a server that drips bytes).
    """

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "application/xml"
    etag: str | None = None
    last_modified: str | None = None
    delay_s: float = 0.0
    gzip: bool = False
    declared_length: int | None = None
    chunk_size: int = 0
    chunk_delay_s: float = 0.0


Handler = Callable[[RecordedRequest], Response]


class FeedServer:
    """A threaded HTTP/1.0 server on ``127.0.0.1`` and a free port, with routes and a request log."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._routes: dict[str, Handler] = {}
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._received = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer((host, 0), _make_handler_class(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ---- lifecycle -----------------------------------------------------------------------------

    def start(self) -> FeedServer:
        """Start serving in a background thread; returns self."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, args=(0.05,), name="feedserver", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake delayed handlers, and release the port."""
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ---- addresses -----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL of ``path`` on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # ---- routes --------------------------------------------------------------------------------

    def route(self, path: str, handler: Response | Handler) -> None:
        """Answer requests to ``path`` (query ignored) with a fixed response or a callable's result."""
        self._routes[path] = handler if callable(handler) else _constant(handler)

    def add(self, path: str, body: bytes | str = b"", **fields: Any) -> Response:
        """Serve ``body`` at ``path``; ``fields`` are :class:`Response` fields. Returns the response."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        response = Response(body=data, **fields)
        self.route(path, response)
        return response

    def add_file(self, path: str, file: str | Path, **fields: Any) -> Response:
        """Serve the bytes of ``file`` at ``path``; ``fields`` are :class:`Response` fields."""
        return self.add(path, Path(file).read_bytes(), **fields)

    def add_feed_file(self, path: str, file: str | Path, **fields: Any) -> Response:
        """Serve a feed fixture at ``path`` with the headers it declares (see :func:`declared_headers`).

        A declared ``Content-Type`` wins; without one the type comes from the suffix (``SUFFIX_TYPES``).
        ``fields`` are further :class:`Response` fields.
        """
        headers = declared_headers(file)
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
        others = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        fields.setdefault("content_type", content_type or SUFFIX_TYPES.get(Path(file).suffix.lower()))
        fields["headers"] = {**others, **fields.get("headers", {})}
        return self.add_file(path, file, **fields)

    def add_tree(
        self, prefix: str, root: str | Path, suffixes: frozenset[str] = FEED_SUFFIXES
    ) -> dict[Path, str]:
        """Serve each file below ``root`` whose suffix is in ``suffixes`` under ``prefix``, as add_feed_file.

        Returns:
            Each file mapped to its absolute URL (``prefix`` + the file's path relative to ``root``).
        """
        base = Path(root)
        urls: dict[Path, str] = {}
        for file in sorted(p for p in base.rglob("*") if p.is_file() and p.suffix.lower() in suffixes):
            route = prefix.rstrip("/") + "/" + quote(file.relative_to(base).as_posix())
            self.add_feed_file(route, file)
            urls[file] = self.url(route)
        return urls

    def redirect(self, path: str, target: str, status: int = 302) -> None:
        """Answer ``path`` with a redirect to ``target`` (a path on this server or an absolute URL)."""
        self.route(path, Response(status=status, headers={"Location": target}, content_type=None))

    def add_sequence(self, path: str, responses: Sequence[Response]) -> None:
        """Answer successive requests with successive responses; the last one repeats."""
        pending = list(responses)
        if not pending:
            raise ValueError("add_sequence needs at least one response")
        lock = threading.Lock()

        def next_response(_request: RecordedRequest) -> Response:
            with lock:
                return pending.pop(0) if len(pending) > 1 else pending[0]

        self.route(path, next_response)

    # ---- request log ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """Requests whose path (query ignored) is ``path``, optionally only one method."""
        return [r for r in self.requests if r.route == path and (method is None or r.method == method)]

    def wait_for_requests(
        self, count: int, path: str | None = None, timeout_s: float = 10.0
    ) -> list[RecordedRequest]:
        """Block until at least ``count`` requests (to ``path``, if given) arrived; return them.

        Raises:
            TimeoutError: Fewer arrived within ``timeout_s``.
        """
        deadline = time.monotonic() + timeout_s

        def matching() -> list[RecordedRequest]:
            return [r for r in self._requests if path is None or r.route == path]

        with self._received:
            while len(matching()) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"expected {count} requests, got {len(matching())}")
                self._received.wait(remaining)
            return matching()

    def clear_requests(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self._requests.clear()

    # ---- used by the handler -------------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._received:
            self._requests.append(request)
            self._received.notify_all()

    def _respond(self, request: RecordedRequest) -> Response:
        handler = self._routes.get(request.route)
        if handler is None:
            return Response(status=404, body=b"not found", content_type="text/plain")
        response = handler(request)
        if _not_modified(request, response):
            return replace(response, status=304, body=b"", gzip=False, declared_length=None)
        return response

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)


def _constant(response: Response) -> Handler:
    return lambda _request: response


def _not_modified(request: RecordedRequest, response: Response) -> bool:
    if request.method not in ("GET", "HEAD") or response.status != 200:
        return False
    if response.etag is not None:
        tags = [t.strip() for t in request.headers.get("if-none-match", "").split(",") if t.strip()]
        # If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
        if tags:
            return "*" in tags or response.etag in tags
    if response.last_modified is not None and "if-modified-since" in request.headers:
        try:
            since = parsedate_to_datetime(request.headers["if-modified-since"])
            modified = parsedate_to_datetime(response.last_modified)
        except (TypeError, ValueError):
            return request.headers["if-modified-since"] == response.last_modified
        return modified <= since
    return False


def _make_handler_class(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def _handle(self) -> None:
            received_at = time.monotonic()
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
            headers: dict[str, str] = {}
            for name, value in self.headers.items():
                key = name.lower()
                headers[key] = f"{headers[key]}, {value}" if key in headers else value
            request = RecordedRequest(self.command, self.path, headers, body, received_at)
            server._record(request)
            response = server._respond(request)
            if response.delay_s:
                server._sleep(response.delay_s)
                if server._stopping.is_set():
                    return
            payload = gzip.compress(response.body) if response.gzip else response.body
            try:
                self.send_response(response.status)
                if response.content_type and response.status != 304:
                    self.send_header("Content-Type", response.content_type)
                if response.gzip:
                    self.send_header("Content-Encoding", "gzip")
                if response.etag is not None:
                    self.send_header("ETag", response.etag)
                if response.last_modified is not None:
                    self.send_header("Last-Modified", response.last_modified)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                if response.declared_length != -1 and response.status != 304:
                    declared = len(payload) if response.declared_length is None else response.declared_length
                    self.send_header("Content-Length", str(declared))
                self.end_headers()
                if self.command != "HEAD" and response.status != 304:
                    self._write_body(payload, response)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing to do

        def _write_body(self, payload: bytes, response: Response) -> None:
            if not (response.chunk_size and response.chunk_delay_s):
                self.wfile.write(payload)
                return
            for start in range(0, len(payload), response.chunk_size):
                server._sleep(response.chunk_delay_s)
                if server._stopping.is_set():
                    return
                self.wfile.write(payload[start : start + response.chunk_size])
                self.wfile.flush()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet; the request log is in server.requests

    return _Handler
