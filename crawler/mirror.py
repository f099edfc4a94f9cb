"""Serve a bundled site mirror on loopback, so tests and the demo use the real Scrapy downloader.

A mirror is a folder of files named after URL paths. ``/news/tag/x?page=2`` is served from
``news/tag/x@page=2.html``, ``/news/17001`` from ``news/17001.html``. Like the real portal, an
article ignores query parameters it does not know (``?page=K``) and its ``.amp`` variant is the
same page. Pages carry an ``ETag`` and answer a matching ``If-None-Match`` with 304, as real
servers do. Every request is recorded, so tests can check what a crawl asked for.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
PORTAL_MIRROR = REPO_ROOT / "tests" / "fixtures" / "portal" / "site"
COUNCIL_MIRRORS = REPO_ROOT / "tests" / "fixtures" / "councils"

CONTENT_TYPES = {".html": "text/html", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml"}


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), MirrorHandler)
        self.root = root.resolve()
        self.requests: list[str] = []
        self.response_delay = 0.0
        """Seconds to wait before each answer: a slow server, for crash and politeness tests."""
        self._lock = threading.Lock()
        headers_file = self.root / "_headers.json"
        self.content_types: dict[str, str] = (
            json.loads(headers_file.read_text(encoding="utf-8")) if headers_file.exists() else {}
        )

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)


class MirrorHandler(SimpleHTTPRequestHandler):
    server: MirrorServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.record(self.path)
        if self.server.response_delay:
            time.sleep(self.server.response_delay)
        file = self._find_file()
        if file is None:
            self.send_error(404, "Not in the mirror")
            return
        body = file.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)  # conditional request: unchanged since the crawler's last visit
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", etag)
        content_type = self.server.content_types.get(self.path) or CONTENT_TYPES.get(file.suffix)
        self.send_header("Content-Type", content_type or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _find_file(self) -> Path | None:
        if urlsplit(self.path).path.strip("/").startswith("_"):
            return None  # the mirror's own files (_headers.json) are not part of the site
        parts = urlsplit(self.path)
        path = unquote(parts.path).strip("/")
        if path.endswith(".amp"):
            path = path[: -len(".amp")]
        candidates = []
        if parts.query:
            candidates.append(f"{path}@{parts.query}.html")
        candidates += [path, f"{path}.html", f"{path}/index.html".lstrip("/")]
        for candidate in candidates:
            file = (self.server.root / candidate).resolve()
            if file.is_file() and self.server.root in file.parents:
                return file
        return None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the crawl's own log says what was fetched."""


@contextmanager
def serve_mirror(root: Path = PORTAL_MIRROR) -> Iterator[MirrorServer]:
    """Serve ``root`` on 127.0.0.1 on a free port for the duration of the block."""
    server = MirrorServer(root)
    thread = threading.Thread(target=server.serve_forever, name="pobratym-mirror", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_sites(root: Path = COUNCIL_MIRRORS) -> Iterator[dict[str, MirrorServer]]:
    """Serve every site folder under ``root`` (named by domain) on its own loopback port."""
    with ExitStack() as stack:
        yield {
            folder.name: stack.enter_context(serve_mirror(folder))
            for folder in sorted(root.iterdir())
            if folder.is_dir()
        }
