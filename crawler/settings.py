"""Scrapy settings for pobratym: polite by default, because small council servers are on the other end.

Anything here can be overridden per run (``scrapy crawl portal -s NAME=value`` or the ``pobratym``
CLI). Paths are absolute so the crawl writes the same database from any working directory.
"""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

BOT_NAME = "pobratym"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach us: site owners see this in their logs.
POBRATYM_CONTACT_URL = os.environ.get("POBRATYM_CONTACT_URL", "https://github.com/pobratym/pobratym")
USER_AGENT = f"pobratym/0.1 (+{POBRATYM_CONTACT_URL}; open dataset of Ukrainian hromada partnerships)"

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
# Scrapy starts this many asyncio workers for every callback's output, however short: a page yields
# a handful of requests or one article, so 100 (the default) is mostly task churn at registry scale.
CONCURRENT_ITEMS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# Hundreds of small sites in one night: many sites at once, one request at a time per site
# (CONCURRENT_REQUESTS_PER_DOMAIN, set by the spiders), and a dead host given up within seconds
# (DNS_TIMEOUT, DOWNLOAD_TIMEOUT, then crawler/deadhosts.py drops its remaining requests).
DNS_TIMEOUT = 10
DOWNLOAD_TIMEOUT = 12
POBRATYM_DEAD_AFTER_TIMEOUTS = 2
RETRY_TIMES = 2
COOKIES_ENABLED = False

# Security: no remote-control server, no telnet console.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

ITEM_PIPELINES = {"pipelines.sqlite.SQLitePipeline": 300}
# Before robots.txt (100): in offline mode not even a robots.txt request may leave the machine.
DOWNLOADER_MIDDLEWARES = {
    # Tests and the registry benchmark: many host names on one loopback server (POBRATYM_HOST_ROUTES).
    "crawler.routing.HostRouteMiddleware": 40,
    "crawler.middlewares.LoopbackOnlyMiddleware": 50,
    # Near the network (after retries and redirects), so it sees every response as it arrived.
    "crawler.middlewares.RawArchiveMiddleware": 950,
    # Just after retries (550) sees a failure first: a dead host is given up, retries included.
    "crawler.deadhosts.DeadHostMiddleware": 560,
    # Closest to the network: a request that takes a host's Crawl-delay slot always reaches the
    # downloader, and every answer or error frees the slot before a retry or redirect is scheduled.
    "crawler.middlewares.CrawlDelayMiddleware": 990,
    # The very last: once the crawl is closing, no request reaches the network (crawler/closing.py).
    "crawler.closing.ClosingGateMiddleware": 995,
}
# The progress line on the terminal (crawler/extensions.py); `pobratym crawl` turns it on.
EXTENSIONS = {
    "crawler.extensions.CrawlProgress": 500,
    # A closing crawl (budget, shutdown, CloseSpider) drops its queued requests, kept for next run.
    "crawler.closing.PromptClose": 510,
}
POBRATYM_PROGRESS = False
# robots.txt Crawl-delay is applied as given, up to this many seconds.
POBRATYM_CRAWL_DELAY_CAP = 60.0
# A 429/503 answer's Retry-After keeps its host quiet that long, up to this many seconds.
POBRATYM_RETRY_AFTER_CAP = 300.0
# Wall-clock budget of one crawl (seconds, Scrapy's CloseSpider): past it the crawl stops cleanly,
# its run row says "stopped" with the reason, and the nightly lock is freed. 0 = no budget.
# Only the requests already on the wire finish; the queued ones wait for the next run.
CLOSESPIDER_TIMEOUT = 6 * 3600
# Size limits: a page (after decompression) larger than MAXSIZE is dropped and recorded as failed;
# a decompression bomb is cut off here before it costs memory.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# Keep every fetched response in the raw archive (tables raw_responses, raw_bodies).
POBRATYM_ARCHIVE = True
# Fetch stored articles again and ignore the validators of earlier visits.
POBRATYM_REFRESH = False
# Layout alarm: a field found in fewer than KEEP x (last good run's share) of a site's new articles
# fails the run, once at least MIN_ARTICLES articles are there to judge.
POBRATYM_ALARM_KEEP = 0.5
POBRATYM_ALARM_MIN_ARTICLES = 3
# Listing pages to read past the first page whose articles are all stored already.
POBRATYM_OVERLAP_PAGES = 1
# Refuse any request to a host that is not loopback (the offline demo and the tests set this).
POBRATYM_LOOPBACK_ONLY = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# pobratym's own settings.
POBRATYM_DB = os.environ.get("POBRATYM_DB", str(REPO_ROOT / "data" / "pobratym.db"))
PORTAL_BASE_URL = "https://decentralization.gov.ua"
# Tag names to crawl; their slugs are guessed by transliteration and corrected from tag links.
PORTAL_TAGS = ["партнерство"]
# Extra slugs to crawl as they are, when a tag's slug is known but its name is not.
PORTAL_TAG_SLUGS: list[str] = []
# Extract partnership facts from every new or changed article as it is stored.
POBRATYM_EXTRACT = True
# Section listings to walk besides the tags (e.g. "news", "en/news"): off by default on the
# live portal, where /news holds every article ever published.
PORTAL_SECTIONS: list[str] = []
# Council sites: fetch a registry domain from another base URL ({"domain": "http://127.0.0.1:8001"}).
COUNCIL_MIRRORS: dict[str, str] = {}
COUNCIL_MAX_PAGES = 200
# Requests one council site may cost per night (listings, sitemap, articles; robots.txt aside).
COUNCIL_SITE_BUDGET = 300
# Backfill: also walk each site's older listing pages, resuming each night where the last stopped
# (table council_backfill), until the listing ends; the budget above bounds each night.
COUNCIL_BACKFILL = False
# Host name → loopback "127.0.0.1:PORT" ("*" for every host); empty for real runs.
POBRATYM_HOST_ROUTES: dict[str, str] = {}
# Safety stop for one tag's pagination (the real tag has a few dozen pages).
PORTAL_MAX_PAGES = 500
