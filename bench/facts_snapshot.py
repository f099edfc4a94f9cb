"""Every fact the extractor gives on the dev set, the seeds and the portal fixtures, as one JSON file,
to prove that a change meant to be invisible (speed, refactoring) changed no output.

    .venv/bin/python bench/facts_snapshot.py --save /tmp/facts-before.json
    ... change the code ...
    .venv/bin/python bench/facts_snapshot.py --compare /tmp/facts-before.json

Articles are read in order, then again in reverse order by the same extractor: a memo or cache that
leaks one article's state into another shows up as a difference between the two passes. ``--compare``
prints every article whose facts differ (field by field as JSON lines) and exits 1; it exits 0 when
every article yields byte-identical facts. The snapshot lives outside the repository: it follows the
rules of the day and is only meant for before/after comparisons on one branch. For a change of rules,
``--hide-heldout`` keeps the held-out part's facts out of sight (only how many of its articles differ).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from parsers.facts.extract import Extractor  # noqa: E402
from parsers.pages.portal import parse_article_html, parse_article_text  # noqa: E402
from parsers.records import Article  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "fixtures"
DEVSET = FIXTURES / "devset"
SEED_OWNERS = {"004": "UA44140110000056578"}
"""Seeds read as a council site's article (the owner the seed tests give)."""


def corpus() -> list[tuple[str, Article, str | None]]:
    """(name, article, owner code) for every dev-set article, seed and portal fixture article."""
    items: list[tuple[str, Article, str | None]] = []
    for label_path in sorted((DEVSET / "labels").glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        article = parse_article_text((DEVSET / "articles" / label["file"]).read_text(encoding="utf-8"))
        if article.published is None and label.get("published"):
            article.published = label["published"]
        items.append((f"devset/{label_path.stem}", article, label.get("site_owner_katottg")))
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        article = parse_article_text(path.read_text(encoding="utf-8"))
        items.append((f"seeds/{path.stem}", article, SEED_OWNERS.get(path.name[:3])))
    for path in sorted((FIXTURES / "portal/site").rglob("*.html")):
        if "@" not in path.name and "/tag/" not in path.as_posix():
            article = parse_article_html(path.read_bytes(), "http://127.0.0.1/" + path.stem)
            items.append((f"portal/{path.relative_to(FIXTURES / 'portal/site')}", article, None))
    items += council_articles()
    return items


def council_articles() -> list[tuple[str, Article, str | None]]:
    """The council mirrors' article pages (the demo's), read by their sites' readers as a crawl reads them."""
    from parsers.pages.councils import parse_council_article
    from parsers.registry import load_registry

    registry = load_registry()
    items: list[tuple[str, Article, str | None]] = []
    for path in sorted((FIXTURES / "councils").rglob("*.html")):
        relative = path.relative_to(FIXTURES / "councils")
        url = f"https://{relative.as_posix().removesuffix('.html')}/"
        site = registry.for_url(url)
        if site is None or len(relative.parts) < 3:
            continue  # a listing or a page of no registered site
        article = parse_council_article(path.read_bytes(), url, site)
        if article.body:
            items.append((f"councils/{relative}", article, site.hromada_katottg))
    return items


def snapshot() -> dict[str, list[dict]]:
    """Facts per article, from a forward and a backward pass of one extractor (they must agree)."""
    items = corpus()
    extractor = Extractor()
    forward = {name: _facts(extractor, article, owner) for name, article, owner in items}
    backward = {name: _facts(extractor, article, owner) for name, article, owner in reversed(items)}
    for name in forward:
        if forward[name] != backward[name]:
            print(f"ORDER-DEPENDENT: {name} gives other facts when read after the others", file=sys.stderr)
            forward[name + " (backward pass)"] = backward[name]
    return forward


def _facts(extractor: Extractor, article: Article, owner: str | None) -> list[dict]:
    return [fact.to_contract() for fact in extractor.extract(article, owner_katottg=owner)]


def heldout_names() -> set[str]:
    """Snapshot names of the dev set's held-out articles (``devset/<stem>``)."""
    split = json.loads((DEVSET / "split.json").read_text(encoding="utf-8"))
    return {f"devset/{Path(name).stem}" for name in split["heldout"]}


def compare(
    before: dict[str, list[dict]], after: dict[str, list[dict]], hidden: set[str] = frozenset()
) -> int:
    """Print the articles whose facts differ (those in ``hidden`` only counted); the number of them."""
    differing = 0
    unseen = 0
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if json.dumps(old, ensure_ascii=False) == json.dumps(new, ensure_ascii=False):
            continue
        differing += 1
        if name in hidden:
            unseen += 1
            continue
        print(f"== {name}")
        for fact in old or []:
            if fact not in (new or []):
                print("  - " + json.dumps(fact, ensure_ascii=False))
        for fact in new or []:
            if fact not in (old or []):
                print("  + " + json.dumps(fact, ensure_ascii=False))
    if unseen:
        print(f"{unseen} held-out articles differ (not shown: rules are never tuned on them)")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the snapshot here")
    group.add_argument("--compare", type=Path, help="compare with a snapshot written before")
    parser.add_argument(
        "--hide-heldout",
        action="store_true",
        help="with --compare, count the dev set's held-out articles that differ but do not print them",
    )
    args = parser.parse_args()
    facts = snapshot()
    total = sum(len(items) for items in facts.values())
    print(f"{len(facts)} articles, {total} facts")
    if args.save:
        dumped = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True)
        args.save.write_text(dumped, encoding="utf-8")
        print(f"saved to {args.save}")
        return
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    hidden = heldout_names() if args.hide_heldout else set()
    differing = compare(before, json.loads(json.dumps(facts, ensure_ascii=False, sort_keys=True)), hidden)
    print("identical" if not differing else f"{differing} articles differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
