"""Serve a bundled site mirror on loopback, so tests and the demo use the real Scrapy downloader.

A mirror is a folder of files named after URL paths. ``/news/tag/x?page=2`` is served from
``news/tag/x@page=2.html``, ``/news/17001`` from ``news/17001.html``. Like the real portal, an
article ignores query parameters it does not know (``?page=K``) and its ``.amp`` variant is the
same page. Every request is recorded, so tests can check what a crawl asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
PORTAL_MIRROR = REPO_ROOT / "tests" / "fixtures" / "portal" / "site"

CONTENT_TYPES = {".html": "text/html", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml"}


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), MirrorHandler)
        self.root = root.resolve()
        self.requests: list[str] = []
        self._lock = threading.Lock()

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
        file = self._find_file()
        if file is None:
            self.send_error(404, "Not in the mirror")
            return
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPES.get(file.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _find_file(self) -> Path | None:
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
