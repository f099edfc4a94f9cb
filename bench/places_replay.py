"""Every call the extractor makes into ``parsers/places`` and its answer, recorded once and replayed in a
fresh process: proves that a change meant to be invisible (speed, refactoring) changed no answer of the
places side, call by call, and times that side alone.

    .venv/bin/python bench/places_replay.py --record /tmp/places-before.pickle
    ... change the code under parsers/places/ ...
    .venv/bin/python bench/places_replay.py --compare /tmp/places-before.pickle

Recorded over the seeds, the 2–5k-character dev-set articles of :mod:`extraction_speed`, the fixture
articles and the real council articles of ``../shared/real-pages`` (when present): the foreign-place
resolver (:func:`parsers.places.foreign.resolve_foreign`), :meth:`World.lookup`, :meth:`World.best`,
:meth:`World.country`, :meth:`World.region_country` and :meth:`UaPlaces.find`, nested calls included.
``--compare`` replays them after loading the gazetteers as a crawl does, prints the calls whose answer
differs and exits 1 when one does; it prints the CPU time per kind of call. The recording lives outside
the repository (it holds the texts); it is only meant for before/after comparisons on one branch.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

import extraction_speed  # noqa: E402

import parsers.facts.extract as extract_module  # noqa: E402
from parsers.pages.portal import parse_article_text  # noqa: E402
from parsers.places import foreign  # noqa: E402
from parsers.places.ua_places import UaPlaces, load_ua_places  # noqa: E402
from parsers.places.world import World, load_world  # noqa: E402

WORLD_CALLS = ("country", "region_country", "lookup", "best")
Call = tuple[str, tuple[Any, ...], dict[str, Any], Any]
"""(kind, positional arguments, keyword arguments, answer)."""


def _recording(calls: list[Call], kind: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def recorded(*args: Any, **kwargs: Any) -> Any:
        answer = function(*args, **kwargs)
        calls.append((kind, args[1:] if kind != "resolve_foreign" else args, kwargs, answer))
        return answer

    return recorded


def record(path: Path) -> None:
    """Extract every article of the corpora once with the places side recorded."""
    calls: list[Call] = []
    resolve = extract_module.resolve_foreign
    extract_module.resolve_foreign = _recording(calls, "resolve_foreign", resolve)  # type: ignore[assignment]
    for name in WORLD_CALLS:
        setattr(World, name, _recording(calls, name, getattr(World, name)))
    UaPlaces.find = _recording(calls, "find", UaPlaces.find)  # type: ignore[method-assign]
    extractor = extract_module.Extractor()
    extractor.preload()
    seeds = sorted((extraction_speed.FIXTURES / "seeds").glob("*.txt"))
    articles = [parse_article_text(seed.read_text(encoding="utf-8")) for seed in seeds]
    articles += extraction_speed.long_articles(extraction_speed.load_articles())
    articles += extraction_speed.load_articles()
    articles += extraction_speed.real_council_articles()
    for article in articles:
        extractor.extract(article, owner_katottg=article.owner_katottg)
    for call in calls:  # the world itself is not recorded: the replay passes its own
        call[2].pop("world", None)
    with path.open("wb") as handle:
        pickle.dump(calls, handle)
    print(f"{len(calls)} calls of {len(articles)} articles recorded to {path}")


def compare(path: Path) -> int:
    """Replay the recorded calls in order; print the ones whose answer differs and the time per kind."""
    with path.open("rb") as handle:
        calls: list[Call] = pickle.load(handle)  # noqa: S301 (a file this script wrote)
    world = load_world()
    world.preload()
    foreign.preload_latin(world)
    places = load_ua_places()
    spent: dict[str, float] = defaultdict(float)
    differ = 0
    for kind, args, kwargs, expected in calls:
        started = time.process_time()
        if kind == "resolve_foreign":
            answer = foreign.resolve_foreign(*args, **kwargs, world=world)
        elif kind == "find":
            answer = places.find(*args, **kwargs)
        else:
            answer = getattr(world, kind)(*args, **kwargs)
        spent[kind] += time.process_time() - started
        if answer != expected:
            differ += 1
            shown = args[1:] if kind == "find" else args  # a text is too long to print
            print(f"differs: {kind}{shown} {kwargs}\n  was {expected}\n  now {answer}")
    times = ", ".join(f"{kind} {seconds:.2f} s" for kind, seconds in sorted(spent.items()))
    print(f"{len(calls)} calls replayed, {differ} differ; CPU time: {times}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", type=Path, help="record the calls and answers here")
    group.add_argument("--compare", type=Path, help="replay a recording and compare the answers")
    args = parser.parse_args()
    if args.record:
        record(args.record)
        return 0
    return compare(args.compare)


if __name__ == "__main__":
    sys.exit(main())
