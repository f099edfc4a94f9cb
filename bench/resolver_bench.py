"""Foreign-place resolver on the real partner names of ``../shared/partners-dev/`` (hand-resolved).

Prints, for a tuning part (60 %), a check part (40 %) and the whole file, split once by a hash of the
name so the split never changes: the share of ``ok`` names given the right GeoNames id, and the share of
``region`` / ``not_in_gazetteer`` names given any id (should be 0). Each name is measured twice: called
directly (:func:`parsers.places.foreign.resolve_foreign` with the country) and put in a plain sentence
for the extractor, which calls the same resolver. Tune on the tuning part only; ``-v`` lists the misses
of the tuning part by kind (``--all`` lists the check part's too, for the final report only).

    .venv/bin/python bench/resolver_bench.py [-v] [--all]

Data: "Hromada Strategy Collaboration Mapping (W3I)", CC BY 4.0, resolved to GeoNames (CC BY 4.0).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.facts.extract import Extractor  # noqa: E402
from parsers.places.foreign import resolve_foreign  # noqa: E402
from parsers.records import Article  # noqa: E402
from parsers.text import normalize_text  # noqa: E402

LABELS = REPO_ROOT.parent / "shared" / "partners-dev" / "labels.jsonl"
SCORED = ("ok", "region", "not_in_gazetteer")
FALLBACK_HROMADA = "Житомирська міська територіальна громада"
TEMPLATES = (
    "{ua} та {name} ({country}) підписали угоду про партнерство.",
    "{ua} підписала меморандум з містом {name}, {country}.",
)


def part_of(name: str) -> str:
    """ "tune" or "check": a fixed 60/40 split by a hash of the written name."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return "tune" if digest[0] * 100 // 256 < 60 else "check"


def kind_of(name: str) -> str:
    """What makes a name hard, for the list of misses."""
    text = html.unescape(name)
    if re.search(r"[\u0300-\u036f]", text) or re.search(r"[A-Za-z]", text):
        return "stress or look-alike letters"
    if "," in text:
        return "district, city / unit after a comma"
    if re.search(r"(?i)\b(?:[гґ]мін|общин|муніципаліт|повіт|жуде|кра[йюї]|район|округ|сектор)", text):
        return "unit word"
    if re.search(r"[-\s]", text):
        return "compound"
    return "single word"


@dataclass
class Tally:
    ok: int = 0
    ok_right: int = 0
    other: int = 0
    other_id: int = 0
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, row: dict, got: int | None, how: str) -> None:
        if row["status"] == "ok":
            self.ok += 1
            if got == row["geonameid"]:
                self.ok_right += 1
                return
            what = "no id" if got is None else f"wrong id {got}"
        else:
            self.other += 1
            if got is None:
                return
            self.other_id += 1
            what = f"{row['status']} given id {got}"
        line = f"{how}: {row['name_uk']} ({row['country_iso2']}) → {what}; want {row['latin_name']}"
        self.misses[kind_of(row["name_uk"])].append(line)

    def line(self) -> str:
        ok = self.ok_right / self.ok if self.ok else 0.0
        other = self.other_id / self.other if self.other else 0.0
        return (
            f"ok right {ok:.3f} ({self.ok_right}/{self.ok})   "
            f"region/not_in_gazetteer given an id {other:.3f} ({self.other_id}/{self.other})"
        )


def sentence_id(extractor: Extractor, row: dict, index: int) -> int | None:
    """The partner id the extractor gives when the name stands in a plain sentence."""
    ua = row["hromadas"][0]["name"] if row.get("hromadas") else FALLBACK_HROMADA
    if not any(m.kind == "hromada" for m in extractor.places.find(ua, frozenset(), None)):
        ua = FALLBACK_HROMADA  # renamed since the list was made: the Ukrainian side is not measured here
    text = TEMPLATES[index % 2].format(ua=ua, name=html.unescape(row["name_uk"]), country=row["country_ua"])
    # The page readers hand the extractor normalized lines (parsers.text.normalize_text); so does this.
    article = Article(url="", source="bench", site="bench", site_article_id=None, lang="uk", title=None,
                      published=None, body=normalize_text(text))  # fmt: skip
    ids = [f.partner.geonameid for f in extractor.extract(article) if not f.partner.domestic]
    if row["geonameid"] in ids:
        return row["geonameid"]
    return next((gid for gid in ids if gid), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tuning part's misses")
    parser.add_argument("--all", action="store_true", help="also list the check part's misses")
    args = parser.parse_args(argv)
    if not LABELS.exists():
        print(f"skipped: {LABELS} is absent (the shared data sits beside the repository)")
        return 0
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if row["status"] in SCORED]
    extractor = Extractor()
    tallies = {(part, how): Tally() for part in ("tune", "check", "all") for how in ("direct", "sentence")}
    for index, row in enumerate(rows):
        direct = resolve_foreign(row["name_uk"], row["country_iso2"]).geonameid
        in_text = sentence_id(extractor, row, index)
        for part in (part_of(row["name_uk"]), "all"):
            tallies[(part, "direct")].add(row, direct, "direct")
            tallies[(part, "sentence")].add(row, in_text, "sentence")
    print(f"{len(rows)} scored names from {LABELS.relative_to(REPO_ROOT.parent)}")
    for part, title in (("tune", "tuning part (60%)"), ("check", "check part (40%)"), ("all", "whole file")):
        print(f"{title}:")
        for how in ("direct", "sentence"):
            print(f"  {how:<8} {tallies[(part, how)].line()}")
    shown = ["tune", "check"] if args.all else ["tune"] if args.verbose else []
    for part in shown:
        print(f"\nmisses of the {part} part, by kind:")
        merged: dict[str, list[str]] = defaultdict(list)
        for how in ("direct", "sentence"):
            for kind, lines in tallies[(part, how)].misses.items():
                merged[kind] += lines
        for kind in sorted(merged):
            print(f"  {kind} ({len(merged[kind])}):")
            for line in sorted(merged[kind]):
                print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
