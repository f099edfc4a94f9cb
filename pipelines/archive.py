"""The raw archive: every fetched response, kept in the project database, so nothing fetched is lost.

Kept in SQLite beside the dataset rather than in WARC files: one file to back up, one transaction
model, and the lookups the crawler needs (the last validators of a URL, the latest page of every
article) are indexed queries. Bodies are zlib-compressed and stored once per content hash, so a
listing fetched unchanged every night costs a row, not another copy.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from pipelines.faults import checkpoint
from pipelines.storage import now_iso, transaction


@dataclass
class ArchivedResponse:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    fetched: str
    spider: str
    kind: str
    site: str | None
    body: bytes
    key: str | None = None

    @property
    def content_type(self) -> str | None:
        return header(self.headers, "Content-Type")

    @property
    def page(self) -> bytes:
        """The body as the page said it: decoded from its Content-Encoding (gzip, deflate, br).

        The archive keeps the bytes exactly as served, with their headers; decoding happens here,
        within the same size limit as the crawl (a bomb gives the first ``MAX_DECODED`` bytes).
        """
        return decoded_body(self.body, header(self.headers, "Content-Encoding"))


CHUNK = 64 * 1024
# The crawl's DOWNLOAD_MAXSIZE: no archived page decodes to more than this.
MAX_DECODED = 16 * 1024 * 1024


def header(headers: dict[str, str], name: str) -> str | None:
    """A header value, whatever the case of its name."""
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def decoded_body(body: bytes, content_encoding: str | None, limit: int = MAX_DECODED) -> bytes:
    """Undo ``Content-Encoding`` (last applied first); an unknown or broken coding leaves the bytes
    as they are, so the reader and the verdict see what there is."""
    codings = [part.strip().lower() for part in (content_encoding or "").split(",") if part.strip()]
    for coding in reversed(codings):
        try:
            body = _decode_one(body, coding, limit)
        except (zlib.error, ValueError, OSError, EOFError):
            return body
    return body


def _decode_one(body: bytes, coding: str, limit: int) -> bytes:
    if coding in ("gzip", "x-gzip"):
        return _inflate(body, 16 + zlib.MAX_WBITS, limit)
    if coding == "deflate":
        try:
            return _inflate(body, zlib.MAX_WBITS, limit)
        except zlib.error:
            return _inflate(body, -zlib.MAX_WBITS, limit)  # raw deflate, as some servers send it
    if coding == "br":
        import brotli

        decoder = brotli.Decompressor()
        chunks = [decoder.process(body, output_buffer_limit=CHUNK)]
        size = len(chunks[0])
        while size < limit and not decoder.is_finished():
            chunk = decoder.process(b"", output_buffer_limit=CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)[:limit]
    return body


def _inflate(body: bytes, wbits: int, limit: int) -> bytes:
    decoder = zlib.decompressobj(wbits)
    data = decoder.decompress(body, limit)
    return data[:limit]


def ensure_archive(db: sqlite_utils.Database) -> None:
    if "raw_bodies" not in db.table_names():
        db["raw_bodies"].create({"content_hash": str, "size": int, "body": bytes}, pk="content_hash")
    if "raw_responses" not in db.table_names():
        db["raw_responses"].create(
            {
                "id": int,
                "url": str,
                "key": str,
                "final_url": str,
                "status": int,
                "headers": str,
                "fetched": str,
                "content_hash": str,
                "spider": str,
                "kind": str,
                "site": str,
                "run_id": int,
            },
            pk="id",
            foreign_keys=[("content_hash", "raw_bodies", "content_hash")],
        )
        db["raw_responses"].create_index(["url", "id"])
        db["raw_responses"].create_index(["key", "id"])
        db["raw_responses"].create_index(["kind", "site"])


def archive_response(
    db: sqlite_utils.Database,
    *,
    url: str,
    final_url: str,
    status: int,
    headers: dict[str, str],
    body: bytes,
    spider: str,
    kind: str,
    site: str | None,
    run_id: int | None = None,
) -> str:
    """Keep one response (one transaction); returns its content hash.

    ``key`` is the URL on the site's real domain (the same whether fetched live or from a
    mirror), so validators and history follow the page, not the host that served it.
    """
    content_hash = hashlib.sha256(body).hexdigest()
    with transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO raw_bodies (content_hash, size, body) VALUES (?, ?, ?)",
            [content_hash, len(body), zlib.compress(body, 6)],
        )
        db.execute(
            "INSERT INTO raw_responses (url, key, final_url, status, headers, fetched, content_hash,"
            " spider, kind, site, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                url,
                page_key(url, site),
                final_url,
                status,
                json.dumps(headers, ensure_ascii=False),
                now_iso(),
                content_hash,
                spider,
                kind,
                site,
                run_id,
            ],
        )
        checkpoint("archive.before_commit")
    checkpoint("archive.after_commit")
    return content_hash


def page_key(url: str, site: str | None) -> str:
    """The page's URL on its site's real domain."""
    if not site:
        return url
    parts = urlsplit(url)
    return f"https://{site}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def last_validators(db: sqlite_utils.Database, url: str, site: str | None = None) -> dict[str, str]:
    """ETag and Last-Modified of the last 200 response for the page: for a conditional request."""
    row = db.execute(
        "SELECT headers FROM raw_responses WHERE key = ? AND status = 200 ORDER BY id DESC LIMIT 1",
        [page_key(url, site)],
    ).fetchone()
    if not row:
        return {}
    headers = {name.lower(): value for name, value in json.loads(row[0]).items()}
    found = {}
    if etag := headers.get("etag"):
        found["If-None-Match"] = etag
    if modified := headers.get("last-modified"):
        found["If-Modified-Since"] = modified
    return found


def latest_articles(db: sqlite_utils.Database) -> Iterator[ArchivedResponse]:
    """The latest successful response of every archived article page, in fetch order.

    Ids are read first and rows one at a time, so the caller may write to the database meanwhile
    and memory stays flat however large the archive.
    """
    ids = [
        row[0]
        for row in db.execute(
            "SELECT max(id) FROM raw_responses WHERE kind = 'article' AND status = 200 "
            "GROUP BY key ORDER BY 1"
        )
    ]
    for response_id in ids:
        yield archived_response(db, response_id)


def archived_response(db: sqlite_utils.Database, response_id: int) -> ArchivedResponse:
    """One archived response, its body as stored (see :attr:`ArchivedResponse.page` for the page)."""
    url, final_url, status, headers, fetched, spider, kind, site, body, key = db.execute(
        "SELECT r.url, r.final_url, r.status, r.headers, r.fetched, r.spider, r.kind, r.site, b.body, r.key "
        "FROM raw_responses r JOIN raw_bodies b ON b.content_hash = r.content_hash WHERE r.id = ?",
        [response_id],
    ).fetchone()
    return ArchivedResponse(
        url, final_url, status, json.loads(headers), fetched, spider, kind, site, zlib.decompress(body), key
    )


def earlier_versions(db: sqlite_utils.Database, archived: ArchivedResponse) -> Iterator[ArchivedResponse]:
    """The older successful responses of the same article page, newest first: when the latest one
    is a maintenance notice or an error page, reparse reads the last good one."""
    ids = [
        row[0]
        for row in db.execute(
            "SELECT id FROM raw_responses WHERE key = ? AND kind = 'article' AND status = 200 "
            "ORDER BY id DESC LIMIT -1 OFFSET 1",
            [archived.key],
        )
    ]
    for response_id in ids:
        yield archived_response(db, response_id)


def archive_counts(db: sqlite_utils.Database) -> dict[str, Any]:
    if "raw_responses" not in db.table_names():
        return {"responses": 0, "bodies": 0, "bytes": 0}
    responses = db.execute("SELECT count(*) FROM raw_responses").fetchone()[0]
    bodies, size = db.execute("SELECT count(*), coalesce(sum(length(body)), 0) FROM raw_bodies").fetchone()
    return {"responses": responses, "bodies": bodies, "bytes": size}


def latest_response(db: sqlite_utils.Database, url: str) -> ArchivedResponse | None:
    """The latest archived response for a page, found by its URL on the real domain or as fetched."""
    if "raw_responses" not in db.table_names():
        return None
    row = db.execute(
        "SELECT r.url, r.final_url, r.status, r.headers, r.fetched, r.spider, r.kind, r.site, b.body "
        "FROM raw_responses r JOIN raw_bodies b ON b.content_hash = r.content_hash "
        "WHERE r.key = ? OR r.url = ? OR r.final_url = ? ORDER BY r.id DESC LIMIT 1",
        [url, url, url],
    ).fetchone()
    if row is None:
        return None
    url, final_url, status, headers, fetched, spider, kind, site, body = row
    return ArchivedResponse(
        url, final_url, status, json.loads(headers), fetched, spider, kind, site, zlib.decompress(body)
    )
