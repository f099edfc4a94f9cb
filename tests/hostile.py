"""A hostile site on loopback: article pages that break parsers, charsets, servers and limits.

Every case is one article URL (``/news/<id>`` in the portal's layout, listed on ``/news``) with
what the server answers in each phase of a test, and what the dataset must then hold:

* ``stored``: an article with the case's title and marker word in its body (and, when given, no
  publication date or no view count, because the page's values are impossible);
* ``removed`` / ``not_article`` / ``failed``: no article, and a ``page_failures`` row of that kind.

Phase 1 is the first crawl; phase 2 the next night's (pages that were bad first are good now);
phase 3 a refresh crawl in which pages that were good turn bad (their stored rows must stay).
All bodies are written here from general shapes (no third-party text).
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from parsers.reading import Fetched
    from parsers.registry import Site

FIRST_ID = 50000
LONG_TITLE = "Довга назва " * 400 + "кінець"
ROBOTS = b"User-agent: *\nCrawl-delay: 0.01\nDisallow: /private/\n"


@dataclass
class Answer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    body: bytes = b""
    action: str = ""
    """"" (answer), "pause" (answer after half a second), "reset" (RST before any byte), "reset_body" (RST mid-body), "truncate"
    (Content-Length longer than the body), "slow" (answer after the download timeout),
    "close" (close without a word)."""


@dataclass
class Case:
    name: str
    expect: str
    """What phase 1 leaves: stored | removed | not_article | failed."""
    answer: Callable[[int, str], Answer]
    """(phase, marker) → the answer to the article request."""
    expect_later: str | None = None
    """What phase 2 leaves, when it differs from ``expect`` (a page that was bad first)."""
    published_null: bool = False
    views_null: bool = False
    title: str | None = None
    turns_bad: bool = False
    """Good in phases 1–2, bad in phase 3 (the refresh): the stored rows must stay."""
    id: int = 0

    @property
    def path(self) -> str:
        return f"/news/{self.id}"

    @property
    def marker(self) -> str:
        return f"маркер{self.id}"

    @property
    def expected_title(self) -> str:
        return self.title or title_of(self.id)

    def final(self) -> str:
        return self.expect_later or self.expect


def title_of(case_id: int) -> str:
    return f"Громада відкрила новий центр надання послуг номер {case_id}"


def article_html(
    case_id: int,
    *,
    head: str = "",
    before: str = "",
    after: str = "",
    date: str = "14.10.2025 - 09:05",
    views: str = "12",
    paragraphs: int = 2,
    title: str | None = None,
    charset: str | None = "utf-8",
) -> str:
    """A portal-layout article page: title, body paragraphs with the case's marker, date, tags."""
    title = title or title_of(case_id)
    text = "".join(
        f"<p>Абзац {n}: громада звітує про роботу, маркер{case_id} стоїть у тексті статті. "
        "Мешканці отримали нові послуги, а працівники пройшли навчання.</p>"
        for n in range(1, paragraphs + 1)
    )
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<!DOCTYPE html><html lang="uk"><head>{meta}<title>{title}</title>{head}</head><body>'
        f'<div id="content">{before}<h1>{title}</h1><div class="txt">{text}</div>{after}'
        f'<div class="dt">{date} | Переглядів: {views}</div><h4>Теги:</h4>'
        '<div><a href="/news/tag/partnerstvo">партнерство</a></div></div></body></html>'
    )


def html(body: str, charset: str = "utf-8", content_type: str | None = None, status: int = 200) -> Answer:
    return Answer(
        status, {"Content-Type": content_type or f"text/html; charset={charset}"}, body.encode(charset)
    )


def good(**kwargs) -> Callable[[int, str], Answer]:
    return lambda phase, marker, kwargs=kwargs: Answer(
        body=article_html(int(marker[6:]), **kwargs).encode("utf-8"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )


def raw(answer: Answer) -> Callable[[int, str], Answer]:
    return lambda phase, marker: answer


def bad_first(bad: Answer) -> Callable[[int, str], Answer]:
    """Bad in phase 1, the good article from phase 2 on: a CDN hiccup must not blank it for good."""
    return lambda phase, marker: bad if phase == 1 else good()(phase, marker)


def bad_in_refresh(bad: Answer) -> Callable[[int, str], Answer]:
    return lambda phase, marker: bad if phase == 3 else good()(phase, marker)


def from_page(make: Callable[[int], Answer]) -> Callable[[int, str], Answer]:
    return lambda phase, marker: make(int(marker[6:]))


def compressed(coding: str, compress: Callable[[bytes], bytes]) -> Callable[[int, str], Answer]:
    def answer(phase: int, marker: str) -> Answer:
        body = article_html(int(marker[6:])).encode("utf-8")
        return Answer(
            headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": coding},
            body=compress(body),
        )

    return answer


def _raw_deflate(data: bytes) -> bytes:
    encoder = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return encoder.compress(data) + encoder.flush()


def _brotli(data: bytes) -> bytes:
    import brotli

    return brotli.compress(data)


_BOMB_SIZE = 64 * 1024 * 1024


def _gzip_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1024 * 1024)
    return b"".join(compressor.compress(chunk) for _ in range(_BOMB_SIZE // len(chunk))) + compressor.flush()


def _with_bytes(
    case_id: int, charset: str, declare: bool, mutate: Callable[[bytes], bytes] = lambda b: b
) -> Answer:
    text = article_html(case_id, charset=charset if declare else None)
    content_type = f"text/html; charset={charset}" if declare else "text/html"
    return Answer(headers={"Content-Type": content_type}, body=mutate(text.encode(charset)))


def _insert_after_marker(extra: bytes) -> Callable[[bytes], bytes]:
    def mutate(body: bytes) -> bytes:
        spot = body.index("Мешканці".encode())
        return body[:spot] + extra + body[spot:]

    return mutate


def _binary(magic: bytes, size: int = 3000) -> bytes:
    return magic + bytes(range(256)) * (size // 256)


def _json_ld(payload: str) -> Callable[[int, str], Answer]:
    return good(head=f'<script type="application/ld+json">{payload}</script>')


def _deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def _deep_object(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


def build_cases() -> list[Case]:
    cases: list[Case] = []

    def add(name: str, expect: str, answer: Callable[[int, str], Answer], **kwargs) -> None:
        cases.append(Case(name, expect, answer, **kwargs))

    # --- ordinary articles (the baseline every other case is measured against) ---
    add("plain utf-8", "stored", good())
    add("many paragraphs", "stored", good(paragraphs=40))
    add("no meta charset", "stored", good(charset=None))
    add("utf-8 BOM", "stored", lambda p, m: Answer(body=b"\xef\xbb\xbf" + article_html(int(m[6:])).encode()))
    add("charset only in http", "stored", lambda p, m: html(article_html(int(m[6:]), charset=None)))
    # --- charsets ---
    for charset in ("windows-1251", "koi8-u"):
        add(f"{charset} declared", "stored", from_page(lambda i, c=charset: _with_bytes(i, c, True)))
        add(f"{charset} undeclared", "stored", from_page(lambda i, c=charset: _with_bytes(i, c, False)))
    for label, extra in (
        ("stray 0xff", b"\xff"),
        ("cut 2-byte char", b"\xd0"),
        ("cut 3-byte char", b"\xe2\x80"),
        ("lone continuation", b"\x80"),
        ("CESU surrogate", b"\xed\xa0\x80"),
        ("CESU surrogate pair", b"\xed\xa0\xbd\xed\xb8\x80"),
        ("overlong slash", b"\xc0\xaf"),
        ("0xfe byte", b"\xfe"),
    ):
        add(
            f"utf-8 with {label}, undeclared",
            "stored",
            from_page(lambda i, e=extra: _with_bytes(i, "utf-8", False, _insert_after_marker(e))),
        )
    add(
        "utf-8 with two bad bytes, undeclared",
        "stored",
        from_page(lambda i: _with_bytes(i, "utf-8", False, _insert_after_marker(b"\xff abc \xfe"))),
    )
    # --- JSON-LD of every odd shape ---
    for label, payload in (
        ("@graph string", '{"@context":"https://schema.org","@graph":"text"}'),
        ("@graph number", '{"@graph": 42}'),
        ("@graph list of strings", '{"@graph": ["a", "b"]}'),
        ("@graph null", '{"@graph": null}'),
        ("@graph mixed list", '{"@graph": [1, "x", null, {"@type": "NewsArticle"}]}'),
        ("@graph object", '{"@graph": {"@type": "WebPage"}}'),
        ("top-level string", '"just a string"'),
        ("top-level number", "12345"),
        ("list of numbers", "[1, 2, 3]"),
        ("invalid json", '{"@type": "NewsArticle",,}'),
        ("empty script", ""),
        ("nested 100k arrays", _deep_json(100_000)),
        ("nested 100k objects", _deep_object(100_000)),
        ("datePublished number", '{"@type":"NewsArticle","datePublished": 20251014}'),
        ("datePublished list", '{"@type":"NewsArticle","datePublished": ["2025-10-14"]}'),
        ("datePublished object", '{"@type":"NewsArticle","datePublished": {"v": 1}}'),
        ("headline object", '{"@type":"NewsArticle","headline": {"a": 1}}'),
        ("huge number", '{"n": ' + "9" * 5000 + "}"),
        ("NaN and Infinity", '{"a": NaN, "b": Infinity}'),
        ("html comment inside", '<!-- {"@type": "NewsArticle"} -->'),
        ("two scripts one bad", '{"@type": "Thing"}</script><script type="application/ld+json">{bad'),
    ):
        add(f"JSON-LD {label}", "stored", _json_ld(payload))
    # --- impossible dates and counters: the article is kept, the value is a warning and a null ---
    for label, value in (
        ("year 1", "0001-01-01T00:00:00+14:00"),
        ("year 1 naive", "0001-01-01T00:00:00"),
        ("year 9999", "9999-12-31T23:59:59-12:00"),
        ("year 9999 naive", "9999-12-31"),
        ("year 1900", "1900-05-01T10:00:00+02:00"),
        ("day before 1991", "1990-12-31T12:00:00+02:00"),
        ("far future", "2999-01-01T00:00:00+02:00"),
        ("next year", "2099-06-01"),
        ("month 13", "2025-13-45T00:00:00"),
        ("zeros", "0000-00-00 00:00:00"),
        ("garbage", "вчора ввечері"),
        ("huge string", "2" * 20000),
    ):
        add(
            f"meta date {label}",
            "stored",
            good(head=f'<meta property="article:published_time" content="{value}">', date=""),
            published_null=True,
        )
    for label, value in (
        ("year 1", "01.01.0001 - 10:00"),
        ("year 9999", "31.12.9999 - 23:59"),
        ("year 1850", "01.01.1850"),
        ("far future", "01.01.2999 - 10:00"),
        ("impossible day", "45.13.2025"),
    ):
        add(f"visible date {label}", "stored", good(date=value), published_null=True)
    add(
        "JSON-LD datePublished year 1",
        "stored",
        _json_ld('{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00+14:00"}'),
    )
    for label, views in (
        ("above SQLite integer", "9223372036854775808"),
        ("10^30", "1" + "0" * 30),
        ("100 digits", "9" * 100),
        ("spaced huge", "999 999 999 999 999 999 999"),
    ):
        add(f"views {label}", "stored", good(views=views), views_null=True)
    add("views largest integer", "stored", good(views="9223372036854775807"))
    # The readers read at most 25 digits of a counter (Python's int() refuses more than 4300).
    add("views of 5000 digits", "stored", good(views="9" * 5000), views_null=True)
    # --- not every 200 is an article ---
    for label, answer in (
        ("empty body", Answer(body=b"")),
        ("whitespace body", Answer(body=b" \n\t \n")),
        ("204", Answer(status=204, body=b"")),
        ("PDF as text/html", Answer(body=_binary(b"%PDF-1.7\n"))),
        ("PNG as text/html", Answer(body=_binary(b"\x89PNG\r\n\x1a\n"))),
        ("JPEG as text/html", Answer(body=_binary(b"\xff\xd8\xff\xe0"))),
        ("GIF as text/html", Answer(body=_binary(b"GIF89a"))),
        ("zip as text/html", Answer(body=_binary(b"PK\x03\x04"))),
        ("gzip bytes without encoding", Answer(body=gzip.compress(b"<html>" + b"x" * 5000))),
        ("doc as text/html", Answer(body=_binary(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))),
        ("NUL bytes", Answer(body=b"<html><body>\x00\x00\x00" + b"\x01\x02" * 500)),
        ("application/pdf", Answer(headers={"Content-Type": "application/pdf"}, body=_binary(b"%PDF-1.4"))),
        ("image/jpeg", Answer(headers={"Content-Type": "image/jpeg"}, body=_binary(b"\xff\xd8\xff"))),
        ("application/zip", Answer(headers={"Content-Type": "application/zip"}, body=_binary(b"PK\x03\x04"))),
        ("octet-stream", Answer(headers={"Content-Type": "application/octet-stream"}, body=b"data" * 100)),
        ("empty html", Answer(body=b"<html><head></head><body></body></html>")),
        ("only a comment", Answer(body=b"<!-- nothing here -->")),
        ("only scripts", Answer(body=b"<html><body><script>var a = 1;</script></body></html>")),
        (
            "only navigation",
            Answer(body="<html><body><nav><a href='/'>Головна</a></nav></body></html>".encode()),
        ),
    ):
        add(f"not an article: {label}", "not_article", raw(answer))
    not_found_titles = (
        "Error 404",
        "Помилка 404",
        "Сторінку не знайдено",
        "Page not found",
        "404 Not Found",
        "Сторінка не існує",
        "Сторінку не знайдено | Громада",
        "404 — сторінку не знайдено",
        "Not Found",
        "Страница не найдена",
    )
    for title in not_found_titles:
        page = (
            f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            "<p>Можливо, її видалили або ви помилилися в адресі.</p><a href='/'>На головну</a></body></html>"
        )
        add(f"soft 404 '{title}'", "removed", raw(html(page)))
    add(
        "soft 404 in heading only",
        "removed",
        raw(
            html("<html><head><title>Громада</title></head><body><h1>Сторінку не знайдено</h1></body></html>")
        ),
    )
    maintenance = (
        ("Сайт оновлюється", "Сайт оновлюється. Зайдіть пізніше."),
        ("Технічне обслуговування", "Сайт на технічному обслуговуванні"),
        ("Under maintenance", "This site is under maintenance"),
        ("Громада", "На сайті ведуться технічні роботи"),
        ("Just a moment...", "Checking your browser before accessing"),
        ("Account suspended", "This account has been suspended"),
        ("Index of /news", "Index of /news"),
        ("503 Service Unavailable", "Service Unavailable"),
        ("Database Error", "Error establishing a database connection"),
        ("Сайт тимчасово недоступний", "Спробуйте пізніше"),
        ("Apache2 Default Web Page", "It works!"),
    )
    for title, text in maintenance:
        page = f"<html><head><title>{title}</title></head><body><h1>{text}</h1></body></html>"
        add(f"maintenance '{title}'", "not_article", raw(html(page)))
    add(
        "news about works on a water main is an article",
        "stored",
        good(title="Ведуться технічні роботи на водогоні"),
        title="Ведуться технічні роботи на водогоні",
    )
    add(
        "news that mentions error 404 in its text is an article",
        "stored",
        good(before="<p>Помилка 404 на старому сайті більше не з'являється.</p>"),
    )
    # --- HTTP errors and redirects ---
    add("404", "removed", raw(html("<h1>Not here</h1>", status=404)))
    add("410", "removed", raw(html("<h1>Gone</h1>", status=410)))
    add("404 with an article body", "removed", lambda p, m: html(article_html(int(m[6:])), status=404))
    for status in (500, 502, 503, 403, 401, 400, 451):
        add(f"HTTP {status}", "failed", raw(html(f"<h1>{status}</h1>", status=status)))
    add(
        "429 with Retry-After",
        "failed",
        raw(Answer(429, {"Content-Type": "text/html", "Retry-After": "1"}, b"slow down")),
    )
    add(
        "503 with Retry-After date",
        "failed",
        raw(Answer(503, {"Content-Type": "text/html", "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, b"x")),
    )
    add("redirect to the article", "stored", lambda p, m: Answer(301, action="redirect_once"))
    add("redirect loop", "failed", raw(Answer(302, action="loop")))
    add("redirect to itself", "failed", lambda p, m: Answer(302, {"Location": f"/news/{m[6:]}"}))
    add("redirect off the site", "failed", raw(Answer(302, {"Location": "http://example.invalid/x"})))
    add("redirect to a 404", "removed", raw(Answer(302, {"Location": "/gone"})))
    add("redirect without location", "failed", raw(Answer(302, {}, b"")))
    # --- transport faults ---
    add("connection reset", "failed", raw(Answer(action="reset")))
    add(
        "reset mid-body",
        "failed",
        from_page(lambda i: Answer(body=article_html(i).encode(), action="reset_body")),
    )
    add(
        "truncated body",
        "failed",
        from_page(lambda i: Answer(body=article_html(i).encode(), action="truncate")),
    )
    add("closed without answer", "failed", raw(Answer(action="close")))
    add(
        "slower than the timeout",
        "failed",
        from_page(lambda i: Answer(body=article_html(i).encode(), action="slow")),
    )
    # --- compression ---
    add("gzip", "stored", compressed("gzip", gzip.compress))
    add("x-gzip", "stored", compressed("x-gzip", gzip.compress))
    add("deflate zlib", "stored", compressed("deflate", zlib.compress))
    add("deflate raw", "stored", compressed("deflate", _raw_deflate))
    add("brotli", "stored", compressed("br", _brotli))
    add("gzip then brotli", "stored", compressed("gzip, br", lambda b: _brotli(gzip.compress(b))))
    add("gzip bomb", "failed", raw(Answer(headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
                                          body=_gzip_bomb())))  # fmt: skip
    add("broken gzip", "failed", raw(Answer(headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
                                            body=b"\x1f\x8b\x08\x00garbage" * 10)))  # fmt: skip
    add("too large", "failed", raw(Answer(body=b"<p>" + b"a" * (3 * 1024 * 1024))))
    # --- limits and broken markup: the rest of the page must survive ---
    add("300 unclosed font", "stored", good(before="<font>" * 300))
    add("3000 unclosed font", "stored", good(before="<font>" * 3000))
    add("300 unclosed div", "stored", good(before="<div>" * 300))
    add("20000 nested spans", "stored", good(before="<span>" * 20000 + "</span>" * 20000))
    add("5000 nested tables", "stored", good(before="<table><tr><td>" * 5000))
    add("one 2 MB line", "stored", good(after="<p>" + "слово " * 150_000 + "</p>"))
    add("50000 br", "stored", good(after="<br>" * 50000))
    add("20000 links", "stored", good(after="".join(f"<a href='/x{i}'>x{i}</a>" for i in range(20000))))
    add("20000 paragraphs", "stored", good(after="<p>абзац</p>" * 20000))
    add("deep inline nesting with text", "stored", good(after="<b><i>текст " * 2000))
    add("huge attribute", "stored", good(after=f"<div title='{'a' * 1_000_000}'>x</div>"))
    add("100000 comments", "stored", good(after="<!-- c -->" * 100000))
    inline_image = '<img src="data:image/png;base64,' + "QUJD" * 400_000 + '">'
    add("1.6 MB inline image before the text", "stored", good(before=inline_image))
    add("unclosed script before body", "stored", good(head="<script>var x = '</scr' + 'ipt>';</script>"))
    add("no html head body tags", "stored", lambda p, m: html(article_html(int(m[6:])).split("<body>")[1]))
    add("bad entities", "stored", good(after="<p>&#0; &#xD800; &#99999999; &bogus; &amp</p>"))
    add("NUL inside text", "stored", good(after="<p>текст\x00текст</p>"))
    add("CDATA and PI", "stored", good(after="<![CDATA[ x ]]><?php echo 1; ?>"))
    # The attribute never closes and swallows the rest of the page, date line included, as in a browser.
    add("mismatched quotes", "stored", good(after="<a href='/x\">broken</a>"), published_null=True)
    add("svg and math", "stored", good(after="<svg><text>svg text</text></svg><math><mi>x</mi></math>"))
    add("two titles", "stored", good(head="<title>Інший заголовок</title>"))
    add("empty h1 first", "stored", good(before="<h1></h1>"))
    add("tabs and control chars", "stored", good(after="<p>\x0b\x0c\x1b текст \x7f</p>"))
    add("right-to-left marks", "stored", good(after="<p>\u202e текст \u200f</p>"))
    add("huge title", "stored", good(title=LONG_TITLE), title=LONG_TITLE)
    add(
        "xml declaration",
        "stored",
        lambda p, m: html('<?xml version="1.0" encoding="utf-8"?>' + article_html(int(m[6:]))),
    )
    add(
        "xhtml content type",
        "stored",
        lambda p, m: html(article_html(int(m[6:])), content_type="application/xhtml+xml"),
    )
    add(
        "text/plain",
        "stored",
        lambda p, m: html(article_html(int(m[6:])), content_type="text/plain; charset=utf-8"),
    )
    add("no content type", "stored", lambda p, m: Answer(headers={}, body=article_html(int(m[6:])).encode()))
    # --- bad first, good later: tried again the next night and stored then ---
    for label, answer in (
        ("empty", Answer(body=b"")),
        ("maintenance", html("<html><head><title>Сайт оновлюється</title></head><body></body></html>")),
        ("503", html("<h1>503</h1>", status=503)),
        ("soft 404", html("<html><head><title>Сторінку не знайдено</title></head><body></body></html>")),
        ("PDF", Answer(body=_binary(b"%PDF-1.5"))),
        ("404", html("<h1>404</h1>", status=404)),
        ("reset", Answer(action="reset")),
        ("204", Answer(status=204)),
    ):
        expect = {"503": "failed", "reset": "failed", "soft 404": "removed", "404": "removed"}.get(
            label, "not_article"
        )
        add(f"bad first ({label}), good later", expect, bad_first(answer), expect_later="stored")
    # --- good first, bad in a refresh: the stored article keeps its rows ---
    for label, answer in (
        ("empty", Answer(body=b"")),
        ("maintenance", html("<html><head><title>Сайт оновлюється</title></head><body></body></html>")),
        ("soft 404", html("<html><head><title>Page not found</title></head><body></body></html>")),
        ("500", html("<h1>500</h1>", status=500)),
        ("binary", Answer(body=_binary(b"\x89PNG\r\n\x1a\n"))),
    ):
        add(f"good first, bad in refresh ({label})", "stored", bad_in_refresh(answer), turns_bad=True)
    for number, case in enumerate(cases):
        case.id = FIRST_ID + number
    return cases


CASES = build_cases()
BY_PATH = {case.path: case for case in CASES}


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address) -> None:
        """Quiet: the crawler resets connections on purpose (size limits, timeouts)."""

    def __init__(self, cases: list[Case], download_timeout: float = 2.0) -> None:
        super().__init__(("127.0.0.1", 0), HostileHandler)
        self.cases = {case.path: case for case in cases}
        self.phase = 1
        self.download_timeout = download_timeout
        self.requests: list[str] = []
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def listing(self) -> bytes:
        links = "".join(
            f'<div class="one-article"><a class="one-article__title" href="{path}">{title_of(case.id)}</a></div>'
            for path, case in self.cases.items()
        )
        return f"<html><head><meta charset='utf-8'><title>Новини</title></head><body>{links}</body></html>".encode()


class HostileHandler(BaseHTTPRequestHandler):
    server: HostileServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        with self.server._lock:
            self.server.requests.append(self.path)
        path = urlsplit(self.path).path
        if path == "/robots.txt":
            return self._send(Answer(headers={"Content-Type": "text/plain"}, body=ROBOTS))
        if path == "/news" and "page=" not in self.path or self.path.endswith("page=1"):
            return self._send(Answer(body=self.server.listing()))
        case = self.server.cases.get(path)
        if case is None:
            return self._send(html("<h1>404 Not Found</h1>", status=404))
        self._send(case.answer(self.server.phase, case.marker))

    def _send(self, answer: Answer) -> None:
        if answer.action == "reset" or answer.action == "close":
            if answer.action == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if answer.action == "redirect_once":
            case = self.server.cases[urlsplit(self.path).path]
            answer = (
                good()(self.server.phase, case.marker)
                if "v=2" in self.path
                else Answer(301, {"Location": f"{case.path}?v=2"})
            )
        if answer.action == "loop":
            step = int(self.path.rpartition("loop=")[2]) + 1 if "loop=" in self.path else 1
            answer = Answer(302, {"Location": f"{urlsplit(self.path).path}?loop={step}"})
        if answer.action == "pause":
            time.sleep(0.5)
        if answer.action == "slow":
            time.sleep(self.server.download_timeout + 1.5)
        body = answer.body
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        length = len(body) * 3 if answer.action == "truncate" else len(body)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if answer.action in ("reset_body", "truncate"):
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            if answer.action == "reset_body":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


def serve(cases: list[Case] = CASES, download_timeout: float = 2.0) -> HostileServer:
    server = HostileServer(cases, download_timeout)
    threading.Thread(target=server.serve_forever, name="hostile", daemon=True).start()
    return server


def fixture_cases(first_id: int = 60000) -> list[Case]:
    """The bundled portal fixture articles (most carry a partnership fact), served as more cases:
    the kill matrix needs facts to lose."""
    from tests.conftest import FIXTURES

    cases = []
    for number, page in enumerate(sorted((FIXTURES / "portal" / "site" / "news").glob("*.html"))):
        body = page.read_bytes()
        case = Case(f"fixture {page.stem}", "stored", lambda phase, marker, body=body: Answer(body=body))
        case.id = first_id + number
        cases.append(case)
    return cases


# --- read in-process: the one walk over the cases that the fast tests and the bench share ---

# Answers the download limits stop before a reader could see them (Scrapy's size and decompression
# limits); the bench reads them anyway, to time them.
STOPPED_BY_LIMITS = frozenset({"gzip bomb", "broken gzip", "too large"})
READER_STATUSES = (200, 204, 404, 410)
# Heavy but well-formed pages: each must still give its title, date and body, within a second of CPU.
HEAVY_SHAPES = (
    "one 2 MB line",
    "50000 br",
    "20000 links",
    "20000 paragraphs",
    "100000 comments",
    "20000 nested spans",
    "5000 nested tables",
    "3000 unclosed font",
    "deep inline nesting with text",
    "huge attribute",
    "1.6 MB inline image before the text",
)


def readable_cases(
    cases: list[Case] | None = None, statuses: tuple[int, ...] = READER_STATUSES, limited: bool = False
) -> list[Case]:
    """The cases whose first answer reaches a reader: no transport fault or redirect, a status a reader
    judges and, unless ``limited``, none that the download limits stop first."""
    return [
        case
        for case in (CASES if cases is None else cases)
        if not (answer := case.answer(1, case.marker)).action
        and answer.status in statuses
        and (limited or case.name not in STOPPED_BY_LIMITS)
    ]


def fetched(
    case: Case, reader: str = "portal", site: Site | None = None, limit: int | None = None
) -> Fetched:
    """The case's first answer as a spider hands it to :func:`parsers.reading.read_fetched`: the body
    decoded by its Content-Encoding (up to ``limit`` bytes), for the portal or for a council ``site``."""
    from pipelines.archive import decoded_body

    answer = case.answer(1, case.marker)
    limits = {} if limit is None else {"limit": limit}
    body = decoded_body(answer.body, answer.headers.get("Content-Encoding"), **limits)
    return page_fetched(body, case.path, reader, site, answer.status, answer.headers)


def page_fetched(
    body: bytes,
    path: str,
    reader: str = "portal",
    site: Site | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """A page served at ``path`` as the portal spider, or the council spider for ``site``, receives it."""
    from parsers.reading import Fetched

    headers = headers if headers is not None else {"Content-Type": "text/html; charset=utf-8"}
    content_type = headers.get("Content-Type")
    if reader == "portal":
        return Fetched("portal", "http://127.0.0.1:1" + path, body, status, content_type, None, headers)
    return Fetched("councils", f"https://{site.domain}{path}", body, status, content_type, site, headers)


def dated_lines_page(case_id: int, lines: int = 20000, date: str = "14.10.2025 - 09:05") -> bytes:
    """An article followed by thousands of short dated lines (a chronicle, a register of decisions):
    the shape that once cost half a minute of CPU, one date check per line."""
    events = "".join(
        f"<p>Подія {1 + i % 28:02d}.{1 + i // 28 % 12:02d}.{1995 + i // 336} відбулася</p>"
        for i in range(lines)
    )
    return article_html(case_id, date=date, after=events).encode()
