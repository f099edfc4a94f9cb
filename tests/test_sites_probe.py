"""Growing the site registry: importing leads, probing them offline, and finding news listings."""

from __future__ import annotations

import os
import socket
import subprocess
import tomllib
from pathlib import Path

import pytest

from crawler.cli import generic_reader_gaps
from crawler.routing import VirtualHosts
from crawler.simsites import SimSite, redirect_site
from parsers.leads import import_leads, read_lead_rows, render_toml
from parsers.pages.discovery import article_pattern, find_listing, fingerprint, news_links
from parsers.places.katottg import load_codifier
from parsers.registry import load_registry, parse_registry
from tests.conftest import BIN, REPO_ROOT

SHARED_CSV = REPO_ROOT.parent / "shared" / "registry-sources" / "hromada-domains.csv"
REAL_PAGES = REPO_ROOT.parent / "shared" / "real-pages"
HROMADAS = [code for code, unit in load_codifier().units.items() if unit.level == "hromada"]


def pobratym(*arguments: str, sites_dir: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, POBRATYM_SITES_DIR=str(sites_dir), POBRATYM_DB=str(sites_dir / "probe.db"))
    return subprocess.run(
        [str(BIN / "pobratym"), *arguments], env=env, capture_output=True, text=True, timeout=timeout
    )


# -- import ---------------------------------------------------------------------------------------------


def _csv(*rows: str) -> str:
    return "domain,name_uk,code,code_kind,platform_guess,source\n" + "\n".join(rows) + "\n"


def test_import_skips_service_hosts_and_keeps_one_site_per_hromada():
    code, other = HROMADAS[100], HROMADAS[101]
    rows = read_lead_rows(
        _csv(
            f"www.old-site.org.ua,Перша,{code},KATOTTG,unknown,Register A (2023)",
            f"perska-gromada.gov.ua,Перша,{code},KATOTTG,gromada_name_pattern,Register A (2023)",
            f"cnap.perska.gov.ua,Перша,{code},KATOTTG,cnap_site,Register A (2023)",
            f"golos.druha.gov.ua,Друга,{other},KATOTTG,golos,Register A (2023)",
            f"друга.укр,Друга,{other},KATOTTG,unknown,Register A (2023)",
            f"curated.gov.ua,Третя,{HROMADAS[102]},KATOTTG,unknown,Register A (2023)",
        )
    )
    result = import_leads(rows, [], curated_hosts=set(), curated_hromadas={HROMADAS[102]})
    first, second = result.entries
    # A .gov.ua host is the primary; the other host of the same hromada is its alias.
    assert (first["domain"], first["aliases"], first["hromada_katottg"]) == (
        "perska-gromada.gov.ua",
        ["old-site.org.ua"],
        code,
    )
    assert (first["platform"], first["platform_guess"], first["verified"], first["enabled"]) == (
        "gromada",
        "gromada_name_pattern",
        False,
        False,
    )
    assert second["domain"] == "xn--80afc2cp.xn--j1amh"  # internationalised host in ASCII form
    assert result.skipped == {
        "administrative-services centre (ЦНАП) hosts": 1,
        "e-voting sites": 1,
        "hromadas with a hand-checked site": 1,
    }
    # The written leads load as registry data, unverified and off.
    registry = parse_registry(render_toml(result.entries, "test"), "leads.toml")
    assert [(site.domain, site.state, site.enabled) for site in registry.sites] == [
        ("perska-gromada.gov.ua", "unverified", False),
        ("xn--80afc2cp.xn--j1amh", "unverified", False),
    ]


def test_reimport_keeps_what_a_probe_learnt():
    code = HROMADAS[200]
    rows = read_lead_rows(_csv(f"a-gromada.gov.ua,А,{code},KATOTTG,unknown,R"))
    probed = {"domain": "a-gromada.gov.ua", "hromada_katottg": code, "platform": "wordpress",
              "listings": ["/novyny/"], "verified": True, "enabled": True, "probe": "ok"}  # fmt: skip
    result = import_leads(rows, [probed], set(), set())
    assert result.entries == [probed]
    assert (result.added_sites, result.skipped["hosts already in the registry"]) == (0, 1)


def test_shipped_registry_holds_hundreds_of_hromada_sites_with_unverified_ones_off():
    registry = load_registry()
    owners = {site.hromada_katottg for site in registry.sites}
    assert len(registry.sites) >= 700
    assert len(owners) == len(registry.sites)  # one site per hromada
    assert all(load_codifier().units[code].level == "hromada" for code in owners)
    leads = [site for site in registry.sites if not site.verified]
    assert len(leads) >= 680
    assert not any(site.enabled for site in leads)
    assert {site.state for site in leads} <= {"unverified", "failed"}
    assert all(site.source for site in leads)


@pytest.mark.skipif(not SHARED_CSV.exists(), reason="../shared is not beside the repository")
def test_import_of_the_real_register_is_idempotent(tmp_path):
    first = pobratym("sites", "import", str(SHARED_CSV), sites_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "skipped   47 administrative-services centre (ЦНАП) hosts" in first.stdout
    text = (tmp_path / "leads.toml").read_text(encoding="utf-8")
    again = pobratym("sites", "import", str(SHARED_CSV), sites_dir=tmp_path)
    assert "0 new sites, 0 more hosts as aliases" in again.stdout
    assert (tmp_path / "leads.toml").read_text(encoding="utf-8") == text
    listed = pobratym("sites", "list", sites_dir=tmp_path)
    assert "unverified" in listed.stdout.splitlines()[-1]


def test_import_of_a_file_without_the_columns_says_which_are_missing(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("host,name\na.gov.ua,A\n", encoding="utf-8")
    result = pobratym("sites", "import", str(bad), sites_dir=tmp_path)
    assert result.returncode == 2
    assert "missing column(s) domain, code, platform_guess, source" in result.stderr
    assert "Traceback" not in result.stderr


# -- probe ------------------------------------------------------------------------------------------------

CASES = {
    "hromada-a.test": SimSite("hromada-a.test", "gromada"),
    "hromada-b.test": SimSite("hromada-b.test", "wordpress"),
    "hromada-c.test": SimSite("hromada-c.test", "joomla_k2"),
    "hromada-d.test": SimSite("hromada-d.test", "drupal7"),
    "hromada-e.test": SimSite("hromada-e.test", "generic"),
    "hromada-new.test": SimSite("hromada-new.test", "generic"),
    "hromada-quiet.test": SimSite("hromada-quiet.test", "generic", has_news=False),
    "hromada-private.test": SimSite("hromada-private.test", "wordpress", disallow_all=True),
}
PROBED = [*(host for host in CASES if host != "hromada-new.test"), "hromada-old.test", "hromada-dead.test"]


@pytest.fixture(scope="module")
def probed(tmp_path_factory) -> tuple[dict[str, dict], str]:
    """One probe run over a loopback site per case; the lead entries it wrote, by domain."""
    folder = tmp_path_factory.mktemp("leads")
    server = VirtualHosts(CASES)
    server.sites["hromada-old.test"] = redirect_site("http://hromada-new.test")
    server.serve_in_thread()
    refusing = socket.socket()  # bound, not listening: connections are refused
    refusing.bind(("127.0.0.1", 0))
    dead_port = refusing.getsockname()[1]
    entries = [
        {"domain": host, "hromada_katottg": HROMADAS[number], "verified": False, "enabled": False,
         "base_url": f"http://{host}", "platform": "generic"}
        for number, host in enumerate(PROBED)
    ]  # fmt: skip
    (folder / "leads.toml").write_text(render_toml(entries, "test leads"), encoding="utf-8")
    routes = f"*={server.address},hromada-dead.test=127.0.0.1:{dead_port}"
    result = pobratym("sites", "probe", "--all", "--route", routes, sites_dir=folder)
    server.shutdown()
    refusing.close()
    assert result.returncode == 0, result.stderr
    written = tomllib.loads((folder / "leads.toml").read_text(encoding="utf-8"))["site"]
    return {entry["domain"]: entry for entry in written}, result.stdout


@pytest.mark.parametrize(
    ("host", "platform", "listing", "pattern"),
    [
        ("hromada-a.test", "gromada", "/news/", None),
        ("hromada-b.test", "wordpress", "/category/novyny/", None),
        ("hromada-c.test", "joomla_k2", "/novyny", None),
        ("hromada-d.test", "drupal7", "/news", None),
        ("hromada-e.test", "generic", "/podii", "^/podii/[^?#]+$"),
    ],
)
def test_probe_verifies_each_platform_and_finds_its_listing(probed, host, platform, listing, pattern):
    entry = probed[0][host]
    assert (entry["probe"], entry["verified"], entry["enabled"]) == ("ok", True, True)
    assert (entry["platform"], entry["listings"], entry.get("article_pattern")) == (
        platform,
        [listing],
        pattern,
    )
    assert entry["listing_confidence"] >= 0.9
    assert entry["probed"].startswith("20")


def test_probe_notes_a_sitemap(probed):
    lines = {line.split()[0]: line for line in probed[1].splitlines() if line.startswith("hromada-")}
    assert lines["hromada-a.test"].endswith("sitemap yes")
    assert lines["hromada-b.test"].endswith("sitemap no")


def test_probe_follows_a_move_and_keeps_the_old_host_as_alias(probed):
    entry = probed[0]["hromada-new.test"]
    assert (entry["aliases"], entry["base_url"], entry["probe"], entry["enabled"]) == (
        ["hromada-old.test"],
        "http://hromada-new.test",
        "ok",
        True,
    )
    assert "hromada-old.test" not in probed[0]


@pytest.mark.parametrize(
    ("host", "verdict"),
    [
        ("hromada-dead.test", "dead host: connection refused"),
        ("hromada-quiet.test", "no dated news listing found"),
        ("hromada-private.test", "robots.txt disallows the whole site"),
    ],
)
def test_probe_leaves_failing_sites_disabled_with_the_reason(probed, host, verdict):
    entry = probed[0][host]
    assert entry["probe"].startswith(verdict)
    assert (entry["verified"], entry["enabled"], entry.get("listings")) == (False, False, None)


def test_probe_without_network_says_so_in_one_line(tmp_path):
    entry = {"domain": "nowhere.invalid", "hromada_katottg": HROMADAS[0], "verified": False, "enabled": False}
    (tmp_path / "leads.toml").write_text(render_toml([entry], "test"), encoding="utf-8")
    result = pobratym("sites", "probe", "--site", "nowhere.invalid", sites_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "needs the network" in result.stderr


# -- discovery --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "cms", "reader"),
    [
        ("gromada", "gromada", "gromada"),
        ("wordpress", "wordpress", "wordpress"),
        ("joomla_k2", "joomla", "joomla_k2"),
        ("drupal7", "drupal", "drupal7"),
        ("generic", "unknown", "generic"),
    ],
)
def test_fingerprint_names_the_platform_from_page_markers(platform, cms, reader):
    site = SimSite("x.test", platform)
    found = fingerprint(site("/").body, "http://x.test/")
    assert (found.cms, found.platform) == (cms, reader)
    assert bool(found.evidence) == (cms != "unknown")


def test_listing_is_the_dated_blocks_not_the_sidebar():
    site = SimSite("x.test", "generic", articles=25)
    finding = find_listing(site("/podii?page=2").body, "http://x.test/podii?page=2")
    # Page 2 lists articles 14..5; the sidebar beside it shows the three newest (24..22).
    assert [entry.url for entry in finding.entries] == [
        f"http://x.test/podii/novyna-{n}.html" for n in range(14, 4, -1)
    ]
    assert finding.entries[0].date_text == site.moment(14).strftime("%d.%m.%Y")
    assert finding.entries[0].title == site.title(14)
    assert finding.confidence == 1.0
    assert article_pattern([entry.url for entry in finding.entries]) == "^/podii/[^?#]+$"


def test_a_page_whose_only_dated_links_are_in_a_sidebar_has_no_listing():
    site = SimSite("x.test", "generic", articles=25)
    finding = find_listing(site("/podii/novyna-3.html").body, "http://x.test/podii/novyna-3.html")
    assert (finding.entries, finding.confidence) == ([], 0.0)


def test_news_links_prefer_the_menu_label():
    body = (
        b'<html><body><nav><a href="/">\xd0\x93\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xb0</a>'
        + "<a href='/pres-tsentr/'>Новини громади</a></nav>".encode()
        + b'<main><a href="/news/">all</a><a href="https://elsewhere.test/news/">x</a></main></body></html>'
    )
    assert news_links(body, "https://x.test/") == ["https://x.test/pres-tsentr/", "https://x.test/news/"]


@pytest.mark.skipif(not REAL_PAGES.exists(), reason="../shared is not beside the repository")
def test_real_gromada_platform_article_page_is_recognised_and_its_sidebar_is_not_a_listing():
    pages = sorted((REAL_PAGES / "drabivska-gromada" / "pages").glob("news_*.html"))[:5]
    assert pages
    for page in pages:
        body = page.read_bytes()
        assert fingerprint(body, "https://x.gov.ua/news/1/").platform == "gromada"
        assert find_listing(body, "https://x.gov.ua/news/1/").confidence < 0.5


def test_sites_check_lists_generic_sites_the_reader_cannot_read():
    code = HROMADAS[300]
    entries = [
        {"domain": "unread.test", "hromada_katottg": code, "platform": "generic", "verified": False,
         "enabled": False, "probed": "2026-01-01T00:00:00Z", "probe": "no dated news listing found (x)"},
        {"domain": "undated.test", "hromada_katottg": HROMADAS[301], "platform": "generic", "listings": ["/a"]},
        {"domain": "fine.test", "hromada_katottg": HROMADAS[302], "platform": "generic", "listings": ["/a"]},
    ]  # fmt: skip
    sites = parse_registry(render_toml(entries, "t"), "t.toml").sites
    checks = {"undated.test": {"articles": 10, "dated": 2}, "fine.test": {"articles": 10, "dated": 10}}
    assert generic_reader_gaps(sites, checks) == [
        ("unread.test", "probe of 2026-01-01: no dated news listing found (x)"),
        ("undated.test", "2 of 10 articles dated in the last crawl"),
    ]
