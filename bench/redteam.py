"""Score the extractor on the black-box red-team rounds kept in tests/fixtures/redteam.

Each round (``roundNNN/articles`` and ``roundNNN/labels``, the dev set's label format) was written by a
helper who never read or ran the extractor, and measured first on the code frozen before it arrived
(README, "Extraction quality"); rules drawn from a round afterwards make its later figures in-sample.
Prints, per round and in all, the pairs the labels give, predict and match, precision and recall, and
the accuracy of the fields over the matched pairs; ``-v`` lists every wrong field, spurious and missed
pair. Prints figures; asserts nothing.

    .venv/bin/python bench/redteam.py [-v] [ROUND ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

import extraction_eval  # noqa: E402

from parsers.facts.extract import Extractor  # noqa: E402

ROUNDS = REPO_ROOT / "tests" / "fixtures" / "redteam"


def score_round(folder: Path, extractor: Extractor, verbose: bool) -> extraction_eval.Score:
    """One round's score: the dev set's evaluation, pointed at the round's folder."""
    kept = extraction_eval.DEVSET
    extraction_eval.DEVSET = folder
    try:
        return extraction_eval.evaluate(verbose, "all", extractor)
    finally:
        extraction_eval.DEVSET = kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("rounds", nargs="*", help="round numbers (default: every kept round)")
    args = parser.parse_args()
    folders = (
        [ROUNDS / f"round{number}" for number in args.rounds]
        if args.rounds
        else sorted(path for path in ROUNDS.glob("round*") if path.is_dir())
    )
    missing = [folder.name for folder in folders if not (folder / "labels").is_dir()]
    if missing:
        sys.exit(f"redteam: no such round: {', '.join(missing)} (kept: {ROUNDS})")
    extractor = Extractor()
    total = extraction_eval.Score()
    for folder in folders:
        score = score_round(folder, extractor, args.verbose)
        print(f"{folder.name}: {score.report().splitlines()[0]}")
        for name in ("gold", "predicted", "matched"):
            setattr(total, name, getattr(total, name) + getattr(score, name))
        for name, count in score.agree.items():
            total.agree[name] += count
    print("== all rounds ==")
    print("\n".join(total.report().splitlines()[:7]))


if __name__ == "__main__":
    main()
