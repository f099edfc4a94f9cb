"""Serve a folder of real saved pages on 127.0.0.1 as the live site answers, for bench/real_pages.py.

``pages/news_<N>_.html`` is ``/news/<N>/`` (with or without the slash), other ``a_b_.html`` files are
``/a/b/``. A saved page whose title says "Error 404" is answered with HTTP 404, as the live site
does for removed articles; pages that were not saved are 404 too. ``/sitemap.xml`` lists every saved
article (a sitemap can name articles that are gone since), ``/robots.txt`` allows everything.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from parsers.registry import Site

_ARTICLE_FILE = re.compile(r"^news_(\d{9,11})_\.html$")
_ERROR_TITLE = re.compile(rb"<title>\s*Error 404", re.IGNORECASE)


class SavedSiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), SavedSiteHandler)
        self.site = site
        self.files: dict[str, Path] = {}
        self.removed_ids: set[str] = set()
        self.requests: list[str] = []
        self._lock = threading.Lock()
        for path in sorted((folder / "pages").glob("*.html")):
            route = "/" + path.name.removesuffix(".html").replace("_", "/")
            self.files[route.rstrip("/") or "/"] = path
            if (match := _ARTICLE_FILE.match(path.name)) and _ERROR_TITLE.search(path.read_bytes()[:4096]):
                self.removed_ids.add(match.group(1))
        self.article_ids = sorted(
            match.group(1) for path in self.files.values() if (match := _ARTICLE_FILE.match(path.name))
        )

    @property
    def live_articles(self) -> int:
        return len(self.article_ids) - len(self.removed_ids)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def sitemap(self) -> bytes:
        urls = "".join(
            f"<url><loc>https://{self.site.domain}/news/{article_id}/</loc></url>"
            for article_id in self.article_ids
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        ).encode()


class SavedSiteHandler(BaseHTTPRequestHandler):
    server: SavedSiteServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        with self.server._lock:
            self.server.requests.append(self.path)
        parts = urlsplit(self.path)
        if parts.path == "/robots.txt":
            return self._answer(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if parts.path == "/sitemap.xml":
            return self._answer(200, self.server.sitemap(), "application/xml")
        file = None if parts.query else self.server.files.get(parts.path.rstrip("/") or "/")
        if file is None:
            return self._answer(404, b"<html><head><title>Error 404</title></head><body></body></html>")
        body = file.read_bytes()
        match = _ARTICLE_FILE.match(file.name)
        status = 404 if match and match.group(1) in self.server.removed_ids else 200
        return self._answer(status, body)

    def _answer(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


@contextmanager
def serve_saved_site(folder: Path, site: Site) -> Iterator[SavedSiteServer]:
    server = SavedSiteServer(folder, site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
