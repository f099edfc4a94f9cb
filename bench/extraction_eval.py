"""Evaluate the fact extractor on the labeled development set (tests/fixtures/devset).

Prints pair precision, recall and F1, and the accuracy of country, status, relation, event date
and Latin name over the matched pairs, for the tuning part and the held-out part of the set
separately (``split.json``, fixed before any rule was tuned on the set; never tune on the held-out
part). ``-v`` lists every missed and spurious pair per article (of the tuning part unless
``--part heldout`` is asked for).

    .venv/bin/python bench/extraction_eval.py [-v] [--part tuning|heldout|all] [--batch t] [--no-real]

Then, as real negatives, it reads every saved article of ``../shared/real-pages/`` (real council sites,
none about a town partnership) the way a crawl does and prints the facts per 1,000 articles, each fact
listed (``bench/real_pages.py`` gives the readers' figures for the same pages).

A predicted pair matches a labeled one when the Ukrainian hromada code is the same and the
partner is the same place: the same hromada code for domestic partners (in either direction),
otherwise the same country and the same GeoNames id or, when an id is missing on either side,
nearly the same Latin or Ukrainian name.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.facts.extract import Extractor  # noqa: E402
from parsers.pages.portal import parse_article_text  # noqa: E402
from parsers.text import name_key  # noqa: E402

DEVSET = REPO_ROOT / "tests" / "fixtures" / "devset"


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return name_key("".join(char for char in text if not unicodedata.combining(char)))


def same_partner(predicted: dict, gold: dict) -> bool:
    partner = predicted["partner"]
    if gold["domestic"] or partner["domestic"]:
        return bool(gold["domestic"] and partner["domestic"]) and (
            {predicted["ua"]["katottg"], partner["katottg"]} == {gold["ua_katottg"], gold["partner_katottg"]}
        )
    if predicted["ua"]["katottg"] != gold["ua_katottg"] or partner["country_iso2"] != gold["country_iso2"]:
        return False
    if partner["geonameid"] and gold["geonameid"]:
        return partner["geonameid"] == gold["geonameid"]
    return (
        fuzz.ratio(fold(partner["name"]), fold(gold["partner_name"])) >= 85
        or fuzz.ratio(fold(partner["name_uk"]), fold(gold["partner_name_uk"])) >= 85
    )


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    by_link: dict[str, list[int]] = field(default_factory=dict)
    """Per link kind (and for foreign partners without a gazetteer id): [predicted, matched]."""
    agree: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("country", "status", "relation", "event_date", "latin_name"), 0
        )
    )

    def add_match(self, predicted: dict, gold: dict) -> list[str]:
        self.matched += 1
        checks = {
            "country": predicted["partner"]["country_iso2"] == gold["country_iso2"],
            "status": predicted["status"] == gold["status"],
            "relation": predicted["relation"] == gold["relation"],
            "event_date": predicted["event_date"] == gold["event_date"],
            "latin_name": fuzz.ratio(fold(predicted["partner"]["name"]), fold(gold["partner_name"])) >= 90,
        }
        for name, ok in checks.items():
            self.agree[name] += ok
        return [name for name, ok in checks.items() if not ok]

    def count(self, predicted: dict, matched: bool) -> None:
        partner = predicted["partner"]
        buckets = [f"link {predicted.get('link')}"]
        if not partner["domestic"] and not partner["geonameid"]:
            buckets.append("foreign, no gazetteer id")
        for bucket in buckets:
            tally = self.by_link.setdefault(bucket, [0, 0])
            tally[0] += 1
            tally[1] += matched

    def report(self) -> str:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lines = [
            f"pairs: gold {self.gold}, predicted {self.predicted}, matched {self.matched}",
            f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}",
        ]
        for name, count in self.agree.items():
            share = count / self.matched if self.matched else 0.0
            lines.append(f"  {name:<11} accuracy {share:.3f} ({count}/{self.matched})")
        for bucket, (predicted, matched) in sorted(self.by_link.items()):
            lines.append(f"  {bucket:<26} precision {matched / predicted:.3f} ({matched}/{predicted})")
        return "\n".join(lines)


def split_part(part: str) -> set[str] | None:
    """Label file names of one part of the fixed split (``tuning``, ``heldout``), or None for all."""
    if part == "all":
        return None
    return set(json.loads((DEVSET / "split.json").read_text(encoding="utf-8"))[part])


def load_devset(part: str = "all", prefix: str = "") -> list[tuple[Path, dict]]:
    names = split_part(part)
    items = []
    for label_path in sorted((DEVSET / "labels").glob(f"{prefix}*.json")):
        if names is not None and label_path.name not in names:
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        items.append(((DEVSET / "articles" / label["file"]).resolve(), label))
    return items


def predict(extractor: Extractor, path: Path, label: dict) -> list[dict]:
    article = parse_article_text(path.read_text(encoding="utf-8"))
    if article.published is None and label.get("published"):
        article.published = label["published"]  # council date formats are the council parsers' job
    facts = extractor.extract(article, owner_katottg=label.get("site_owner_katottg"))
    return [fact.to_contract() for fact in facts]


def evaluate(
    verbose: bool = False, part: str = "all", extractor: Extractor | None = None, prefix: str = ""
) -> Score:
    extractor = extractor or Extractor()
    score = Score()
    for path, label in load_devset(part, prefix):
        predicted = predict(extractor, path, label)
        gold = list(label["pairs"])
        score.gold += len(gold)
        score.predicted += len(predicted)
        unmatched_gold = list(gold)
        spurious = []
        for item in predicted:
            match = next((g for g in unmatched_gold if same_partner(item, g)), None)
            score.count(item, match is not None)
            if match is None:
                spurious.append(item)
                continue
            unmatched_gold.remove(match)
            wrong = score.add_match(item, match)
            if verbose and wrong:
                print(
                    f"{path.name}: {item['ua']['name_uk']} – {item['partner']['name']}: wrong {wrong} "
                    f"(got {item['partner']['country_iso2']} {item['status']} {item['relation']} "
                    f"{item['event_date']} {item['partner']['name']!r}; gold {match['country_iso2']} "
                    f"{match['status']} {match['relation']} {match['event_date']} {match['partner_name']!r})"
                )
        if verbose:
            for item in spurious:
                print(
                    f"{path.name}: SPURIOUS {item['ua']['name_uk']} – {item['partner']['name_uk']} "
                    f"({item['partner']['name']}, {item['partner']['country_iso2']}, "
                    f"{item['partner']['geonameid']})"
                )
            for item in unmatched_gold:
                print(
                    f"{path.name}: MISSED {item['ua_name_uk']} – {item['partner_name_uk']} "
                    f"({item['partner_name']}, {item['country_iso2']}, {item['geonameid']})"
                )
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--part", choices=["tuning", "heldout", "all"], help="one part only")
    parser.add_argument("--batch", default="", help="only label files whose name starts with this (e.g. t)")
    parser.add_argument("--no-real", action="store_true", help="skip the real negative articles")
    args = parser.parse_args()
    extractor = Extractor()
    for part in [args.part] if args.part else ["tuning", "heldout"]:
        print(f"== {part} part{f', batch {args.batch}' if args.batch else ''} ==")
        verbose = args.verbose and (part != "heldout" or args.part == "heldout")
        print(evaluate(verbose, part, extractor, args.batch).report())
    if not args.no_real:
        print_real_negatives()


def print_real_negatives() -> None:
    """Facts per 1,000 real council articles that are not about a partnership (all of them false)."""
    from bench.real_pages import REAL_PAGES, check_folder, site_for

    print("== real negatives (../shared/real-pages) ==")
    if not REAL_PAGES.is_dir():
        print(f"no real pages at {REAL_PAGES}: skipped")
        return
    for folder in sorted(path for path in REAL_PAGES.iterdir() if (path / "pages").is_dir()):
        site = site_for(folder)
        if site is None:
            continue
        figures = check_folder(folder, site)
        per_thousand = 1000 * len(figures.facts) / figures.articles if figures.articles else 0.0
        print(
            f"{site.domain}: {len(figures.facts)} facts in {figures.articles} articles "
            f"({per_thousand:.1f} per 1,000)"
        )
        for fact in figures.facts:
            print(f"  {fact}")


if __name__ == "__main__":
    main()
