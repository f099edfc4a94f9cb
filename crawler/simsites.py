"""Simulated hromada sites, one per platform, for probe tests and the registry benchmark.

Each :class:`SimSite` answers like a small council site of its platform: the platform's markers in
the page head (a theme from gromada.org.ua with files under rada.info, WordPress ``wp-content``
and generator, Joomla with K2, Drupal 7 settings, or none at all), a menu linking the news section,
a paginated listing of dated article blocks with a sidebar of recent news beside it, articles,
``robots.txt`` (optionally with a ``Crawl-delay`` or refusing everything) and, on the gromada
platform, ``sitemap.xml``. The markup is written for these tests from the URL shapes and labels in
the research notes; nothing is copied from a real site. Served by :class:`crawler.routing.VirtualHosts`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

from crawler.routing import Reply

PLATFORMS = ("gromada", "wordpress", "joomla_k2", "drupal7", "generic")
MONTHS = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)  # fmt: skip
TOPICS = (
    "Сесія ради ухвалила зміни до бюджету громади",
    "У школах громади тривають ремонтні роботи",
    "Графік прийому громадян у старостатах",
    "Відбулися збори мешканців щодо благоустрою",
    "Громада отримала генератори для укриттів",
    "Оголошено конкурс проєктів молодіжної ради",
)
HEAD = {
    "gromada": '<link rel="stylesheet" href="//gromada.org.ua/themes/2021_bar/css/styles_vip.css?v=1">',
    "wordpress": '<meta name="generator" content="WordPress 6.5"><link rel="https://api.w.org/" href="/wp-json/">'
    '<link rel="stylesheet" href="/wp-content/themes/council/style.css">',
    "joomla_k2": '<meta name="generator" content="Joomla! - Open Source Content Management">'
    '<script src="/media/jui/js/jquery.min.js"></script><link rel="stylesheet" href="/components/com_k2/css/k2.css">',
    "drupal7": '<meta name="Generator" content="Drupal 7 (http://drupal.org)">'
    '<script>jQuery.extend(Drupal.settings, {"basePath": "/"});</script>',
    "generic": '<link rel="stylesheet" href="/static/site.css">',
}
LISTING = {"gromada": "/news/", "wordpress": "/category/novyny/", "joomla_k2": "/novyny", "drupal7": "/news",
           "generic": "/podii"}  # fmt: skip
MENU_LABEL = {"generic": "Події"}


@dataclass
class SimSite:
    host: str
    platform: str = "generic"
    articles: int = 20
    per_page: int = 10
    crawl_delay: float | None = None
    disallow_all: bool = False
    has_news: bool = True
    delay: float = 0.0
    """Seconds before each answer (a slow server)."""
    first_day: datetime = datetime(2025, 1, 1, 9, 0)

    # -- the site's content ---------------------------------------------------------------------------

    def add_articles(self, count: int) -> None:
        """Publish ``count`` new articles (they appear first in the listing)."""
        self.articles += count

    def moment(self, number: int) -> datetime:
        return self.first_day + timedelta(hours=7 * number)

    def title(self, number: int) -> str:
        return f"{TOPICS[number % len(TOPICS)]} ({self.host.split('.')[0]}, №{number})"

    def article_path(self, number: int) -> str:
        day = self.moment(number)
        return {
            "gromada": f"/news/{int(day.timestamp())}/",
            "wordpress": f"/{day:%Y/%m/%d}/novyna-{number}/",
            "joomla_k2": f"/novyny/item/{number + 1000}-novyna-{number}",
            "drupal7": f"/node/{number + 500}",
            "generic": f"/podii/novyna-{number}.html",
        }[self.platform]

    def listing_page(self, path: str) -> int | None:
        """The 1-based listing page a path asks for, or None when it is not the listing."""
        parts = urlsplit(path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        listing = LISTING[self.platform]
        if self.platform == "wordpress" and parts.path.startswith(listing + "page/"):
            return int(parts.path[len(listing + "page/") :].strip("/") or 1)
        if parts.path.rstrip("/") != listing.rstrip("/"):
            return None
        if self.platform == "gromada":
            return int(query.get("p", 1))
        if self.platform == "joomla_k2":
            return int(query.get("start", 0)) // self.per_page + 1
        if self.platform == "drupal7":
            return int(query.get("page", 0)) + 1
        return int(query.get("page", 1))

    def page_url(self, page: int) -> str:
        listing = LISTING[self.platform]
        if page <= 1:
            return listing
        return {
            "gromada": f"{listing}?p={page}",
            "wordpress": f"{listing}page/{page}/",
            "joomla_k2": f"{listing}?start={(page - 1) * self.per_page}",
            "drupal7": f"{listing}?page={page - 1}",
            "generic": f"{listing}?page={page}",
        }[self.platform]

    # -- answering ------------------------------------------------------------------------------------

    def __call__(self, path: str) -> Reply | None:
        reply = self._answer(path)
        if reply is not None:
            reply.delay = self.delay
        return reply

    def _answer(self, path: str) -> Reply | None:
        clean = urlsplit(path).path
        if clean == "/robots.txt":
            return Reply(200, self.robots().encode(), {"Content-Type": "text/plain"})
        if clean in ("/", "/index.html"):
            return _html(self.home())
        if clean == "/sitemap.xml" and self.platform == "gromada":
            return Reply(200, self.sitemap().encode(), {"Content-Type": "application/xml"})
        if not self.has_news:
            return None
        page = self.listing_page(path)
        if page is not None:
            return _html(self.listing(page))
        numbers = {self.article_path(n): n for n in range(self.articles)}
        number = numbers.get(clean) if clean in numbers else numbers.get(clean.rstrip("/") + "/")
        return _html(self.article(number)) if number is not None else None

    def robots(self) -> str:
        lines = ["User-agent: *", "Disallow: /" if self.disallow_all else "Disallow: /admin/"]
        if self.crawl_delay:
            lines.append(f"Crawl-delay: {self.crawl_delay:g}")
        return "\n".join(lines) + "\n"

    def _page(self, title: str, main: str) -> str:
        menu = '<a href="/">Головна</a> <a href="/rada/">Рада</a> <a href="/documents/">Документи</a>'
        if self.has_news:
            menu += f' <a href="{LISTING[self.platform]}">{MENU_LABEL.get(self.platform, "Новини")}</a>'
        recent = "".join(
            f'<li><a href="{self.article_path(n)}">{html.escape(self.title(n))}</a> '
            f"<span>{self.moment(n):%d.%m.%Y}</span></li>"
            for n in range(self.articles - 1, max(self.articles - 4, -1), -1)
        )
        aside = (
            f'<aside class="sidebar"><h3>Останні новини</h3><ul>{recent}</ul></aside>'
            if self.has_news
            else ""
        )
        logo = (
            '<img src="https://rada.info/upload/users_files/12345678/gerb/logo.png" alt="">'
            if self.platform == "gromada"
            else ""
        )
        return (
            f'<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'{HEAD[self.platform]}</head><body><header>{logo}<div class="site-name">Громада {self.host}</div>'
            f"<nav>{menu}</nav></header><main>{main}</main>{aside}"
            "<footer><p>© Рада громади. Усі права захищено.</p></footer></body></html>"
        )

    def home(self) -> str:
        return self._page("Головна", "<h1>Офіційний вебсайт громади</h1><p>Ласкаво просимо.</p>")

    def listing(self, page: int) -> str:
        newest = self.articles - 1 - (page - 1) * self.per_page
        numbers = range(newest, max(newest - self.per_page, -1), -1)
        blocks = "".join(self._block(n) for n in numbers)
        more = newest - self.per_page >= 0
        pager = (
            f'<div class="pager"><a rel="next" href="{self.page_url(page + 1)}">Наступна</a></div>'
            if more
            else ""
        )
        container = {"drupal7": "view-content", "wordpress": "site-main"}.get(self.platform, "news-list")
        return self._page("Новини", f'<h1>Новини</h1><div class="{container}">{blocks}</div>{pager}')

    def _block(self, n: int) -> str:
        url, title, day = self.article_path(n), html.escape(self.title(n)), self.moment(n)
        if self.platform == "gromada":
            return (
                f'<div class="one_news"><a class="news_title" href="https://{self.host}{url}">{title}</a>'
                f'<div class="news_date">{day:%d.%m.%Y}</div></div>'
            )
        if self.platform == "wordpress":
            return (
                f'<article class="post-{n} post type-post"><h2 class="entry-title"><a href="{url}" rel="bookmark">'
                f'{title}</a></h2><time class="entry-date" datetime="{day:%Y-%m-%dT%H:%M}:00+02:00">'
                f"{day:%d.%m.%y}</time></article>"
            )
        if self.platform == "joomla_k2":
            return (
                f'<div class="catItemView"><h3 class="catItemTitle"><a href="{url}">{title}</a></h3>'
                f'<span class="catItemDateCreated">{day.day} {MONTHS[day.month - 1]} {day.year}</span></div>'
            )
        if self.platform == "drupal7":
            return (
                f'<div class="views-row views-row-{n}"><div class="views-field-title"><span class="field-content">'
                f'<a href="{url}">{title}</a></span></div><div class="views-field-created">'
                f"<span>{day:%m/%d/%Y - %H:%M}</span></div></div>"
            )
        return f'<div class="item"><a class="title" href="{url}">{title}</a> <span class="date">{day:%d.%m.%Y}</span></div>'

    def article(self, n: int) -> str:
        title, day = html.escape(self.title(n)), self.moment(n)
        body = "".join(
            f"<p>{html.escape(TOPICS[(n + i) % len(TOPICS)])}. Виконавчий комітет звітує про виконану роботу, "
            f"а мешканці можуть подати пропозиції до {day.day} {MONTHS[day.month - 1]}.</p>"
            for i in range(3)
        )
        if self.platform == "gromada":
            main = (
                f"<h1>{title}</h1><div>Дата: {day:%d.%m.%Y %H:%M}</div><div>Кількість переглядів: {n}</div>{body}"
                "<p>« повернутися до розділу «Новини»</p>"
            )
        elif self.platform == "wordpress":
            main = (
                f'<article><h1 class="entry-title">{title}</h1><time class="entry-date published" '
                f'datetime="{day:%Y-%m-%dT%H:%M}:00+02:00">{day:%d.%m.%Y}</time>'
                f'<div class="entry-content">{body}</div></article>'
            )
        elif self.platform == "joomla_k2":
            main = (
                f'<div class="itemView"><span class="itemDateCreated">{day.day} {MONTHS[day.month - 1]} {day.year} '
                f'{day:%H:%M}</span><h2 class="itemTitle">{title}</h2><div class="itemBody">'
                f'<div class="itemIntroText">{body[: body.index("</p>") + 4]}</div>'
                f'<div class="itemFullText">{body[body.index("</p>") + 4 :]}</div></div></div>'
            )
        elif self.platform == "drupal7":
            main = (
                f'<h1 id="page-title">{title}</h1><span class="date-display-single">{day:%m/%d/%Y - %H:%M}</span>'
                f'<div class="field-name-body">{body}</div>'
            )
        else:
            main = f'<h1>{title}</h1><p class="date">{day:%d.%m.%Y}</p><div class="text">{body}</div>'
        page = self._page(self.title(n), main)
        meta = f'<meta property="og:title" content="{title}">'
        if self.platform == "generic":
            meta += f'<meta property="article:published_time" content="{day:%Y-%m-%dT%H:%M}:00+02:00">'
        return page.replace("</head>", meta + "</head>", 1)

    def sitemap(self) -> str:
        urls = "".join(
            f"<url><loc>https://{self.host}{self.article_path(n)}</loc><lastmod>{self.moment(n):%Y-%m-%d}</lastmod></url>"
            for n in range(self.articles)
        )
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def _html(text: str) -> Reply:
    return Reply(200, text.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


def redirect_site(target_base: str):
    """A site that moved: every path answers 301 to the same path under ``target_base``."""

    def handle(path: str) -> Reply:
        return Reply(301, b"", {"Location": target_base.rstrip("/") + path})

    return handle
