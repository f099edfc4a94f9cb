"""Many host names on one loopback server, for tests, the registry benchmark and probing a mirror.

``POBRATYM_HOST_ROUTES = {"host": "127.0.0.1:PORT", "*": "127.0.0.1:PORT"}`` sends each request for
a routed host to that server as to an HTTP proxy: the request line carries the full URL, so one
server answers for every host by name (:class:`VirtualHosts`), and Scrapy still sees the real URL,
keys its per-site download slots on the real host and follows redirects between hosts. A host with
no route is refused, so a routed run never leaves the machine. Plain ``http://`` only.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured


class HostRouteMiddleware:
    """Route requests by host name to loopback servers (``POBRATYM_HOST_ROUTES``); refuse the rest."""

    def __init__(self, crawler: Crawler, routes: dict[str, str]) -> None:
        self.crawler = crawler
        self.routes = routes

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostRouteMiddleware:
        routes = crawler.settings.getdict("POBRATYM_HOST_ROUTES")
        if not routes:
            raise NotConfigured
        return cls(crawler, {host.lower(): target for host, target in routes.items()})

    def process_request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        target = self.routes.get((parts.hostname or "").lower()) or self.routes.get("*")
        if target is None or parts.scheme != "http":
            self.crawler.stats.inc_value("pobratym/refused_unrouted")
            raise IgnoreRequest(f"routed run: no loopback route for {request.url}")
        request.meta["proxy"] = f"http://{target}"


def parse_routes(value: str | None) -> dict[str, str]:
    """``"*=127.0.0.1:8080,a.gov.ua=127.0.0.1:8081"`` → {host: "127.0.0.1:port"}."""
    routes = {}
    for item in filter(None, (part.strip() for part in (value or "").split(","))):
        host, _, target = item.partition("=")
        routes[host.strip().lower()] = target.strip().removeprefix("http://").rstrip("/")
    return routes


# -- the loopback server ----------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering: a slow server, or a hanging one when longer than the timeout."""


SiteHandler = Callable[[str], Reply | None]
"""A site: path with query → reply, or None for 404."""


class VirtualHosts(ThreadingHTTPServer):
    """One loopback server answering for many host names, each with its own :data:`SiteHandler`."""

    daemon_threads = True
    request_queue_size = 256

    def __init__(self, sites: dict[str, SiteHandler] | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _VirtualHostHandler)
        self.sites: dict[str, SiteHandler] = dict(sites or {})
        self.requests: Counter[str] = Counter()
        self.log: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    @property
    def address(self) -> str:
        host, port = self.server_address[:2]
        return f"{host}:{port}"

    def record(self, host: str, path: str) -> None:
        with self._lock:
            self.requests[host] += 1
            self.log.append((host, path))

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.log.clear()

    def serve_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread


class _VirtualHostHandler(BaseHTTPRequestHandler):
    server: VirtualHosts
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        parts = urlsplit(self.path)
        host = (parts.hostname or self.headers.get("Host", "").split(":")[0]).lower()
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.server.record(host, path)
        handler = self.server.sites.get(host)
        reply = handler(path) if handler else None
        if reply is None:
            reply = Reply(404, b"<html><body><h1>404</h1></body></html>", {"Content-Type": "text/html"})
        if reply.delay:
            time.sleep(reply.delay)
        headers = dict(reply.headers)
        if reply.status == 200:
            etag = '"' + hashlib.sha1(reply.body).hexdigest()[:16] + '"'
            headers["ETag"] = etag
            if self.headers.get("If-None-Match") == etag:
                reply = Reply(304)
        try:
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up waiting (a timeout test)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the crawl's own log says what was fetched."""


CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
}


def folder_site(root: Path) -> SiteHandler:
    """A site served from a folder of files named after URL paths (as :mod:`crawler.mirror` does:
    ``/news?p=2`` from ``news@p=2.html``). A ``_redirect`` file moves the whole site: every path
    answers 301 to the same path under the URL the file names."""
    root = root.resolve()
    redirect = root / "_redirect"

    def handle(path: str) -> Reply | None:
        if redirect.exists():
            return Reply(301, b"", {"Location": redirect.read_text().strip().rstrip("/") + path})
        parts = urlsplit(path)
        clean = unquote(parts.path).strip("/")
        if clean.startswith("_"):
            return None
        candidates = [f"{clean}@{parts.query}.html"] if parts.query else []
        candidates += [clean, f"{clean}.html", f"{clean}/index.html".lstrip("/")]
        for candidate in candidates:
            file = (root / candidate).resolve()
            if candidate and file.is_file() and root in file.parents:
                return Reply(
                    200, file.read_bytes(), {"Content-Type": CONTENT_TYPES.get(file.suffix, "text/html")}
                )
        return None

    return handle
