"""How sure a row is: precision of the facts at each ``--min-confidence``, on labelled articles.

Reads red-team rounds (folders with ``articles/NNN.txt`` and ``labels/NNN.json`` in the dev set's label
format: ``pairs`` with ``ua_katottg`` and ``geonameid``, ``partner_katottg`` or ``partner_name_uk``, and
``site_owner_katottg`` for council articles), extracts every article, and prints, for each confidence
floor, the facts kept, the right facts kept, the wrong ones and the precision. A fact is right when a
label pair has the same hromada and the same partner (GeoNames id, else the partner hromada's code,
either way round for a domestic pair, else the Ukrainian name), each label pair matched once.

Honest figures need articles the code has not met: score each wave of rounds with the code frozen
before it (``--code`` a checkout of that commit, its ``data/*.sqlite`` copied in or built on first use).
With ``--jsonl FILE`` every fact is also written as one JSON line (link, confidence, date, right), so
several waves' facts can be pooled with ``--pool FILE...`` instead of extracting again. Code frozen
before undated facts were made less sure (:data:`parsers.facts.pairing.UNDATED`) is scored as it would
score now with ``--undated-factor 0.9``: the rule applied to its undated facts.

    .venv/bin/python bench/confidence_bands.py ../redteam453 ../redteam454 [--code ../ref] [--jsonl out]
    .venv/bin/python bench/confidence_bands.py --pool wave1.jsonl wave2.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FLOORS = (0.0, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def _norm(text: str | None) -> str:
    text = (text or "").lower().replace("’", "'").replace("ʼ", "'").replace("\u0301", "")
    return unicodedata.normalize("NFC", text).strip()


def _same_partner(fact: dict, label: dict) -> bool:
    partner = fact["partner"]
    if partner.get("geonameid") and label.get("geonameid"):
        return partner["geonameid"] == label["geonameid"]
    if partner.get("katottg") and label.get("partner_katottg"):
        return partner["katottg"] == label["partner_katottg"]
    return _norm(partner.get("name_uk")) == _norm(label.get("partner_name_uk"))


def matches(fact: dict, label: dict) -> bool:
    """The fact states the label's pair: same hromada and partner, a domestic pair either way round."""
    if fact["ua"].get("katottg") == label["ua_katottg"] and _same_partner(fact, label):
        return True
    return bool(
        label.get("domestic")
        and fact["partner"].get("katottg") == label["ua_katottg"]
        and fact["ua"].get("katottg") == label.get("partner_katottg")
    )


def scored_facts(rounds: list[Path], code: Path) -> list[dict]:
    """Every fact the code at ``code`` emits on the rounds' articles, marked right or wrong."""
    sys.path.insert(0, str(code))
    from crawler.cli import _read_input
    from parsers.facts.extract import Extractor, document_output

    extractor = Extractor()
    scored = []
    for folder in rounds:
        for label_path in sorted((folder / "labels").glob("*.json")):
            label = json.loads(label_path.read_text(encoding="utf-8"))
            path = folder / "articles" / label["file"]
            article = _read_input(path.read_bytes(), str(path), None)
            owner = label.get("site_owner_katottg") or article.owner_katottg
            output = document_output(str(path), article, extractor.extract(article, owner_katottg=owner))
            used: set[int] = set()
            for fact in output["partnerships"]:
                pairs = enumerate(label["pairs"])
                hit = next((i for i, pair in pairs if i not in used and matches(fact, pair)), None)
                if hit is not None:
                    used.add(hit)
                scored.append(
                    {
                        "round": folder.name,
                        "file": label["file"],
                        "link": fact.get("link"),
                        "confidence": fact["confidence"],
                        "event_date": fact.get("event_date"),
                        "right": hit is not None,
                    }
                )
    return scored


def print_bands(facts: list[dict], undated_factor: float = 1.0) -> None:
    for fact in facts:
        if not fact["event_date"]:
            fact["confidence"] = round(fact["confidence"] * undated_factor, 2)
    right_in_all = sum(fact["right"] for fact in facts)
    print(f"{len(facts)} facts, {right_in_all} right")
    print("| --min-confidence | facts kept | right facts kept | wrong | precision |")
    print("|---|---|---|---|---|")
    for floor in FLOORS:
        kept = [fact for fact in facts if fact["confidence"] >= floor - 1e-9]
        right = sum(fact["right"] for fact in kept)
        share = f"{len(kept) / len(facts):.0%}" if facts else "-"
        right_share = f"{right / right_in_all:.0%}" if right_in_all else "-"
        precision = f"{right / len(kept):.3f}" if kept else "-"
        wrong = len(kept) - right
        print(f"| {floor} | {len(kept):,} ({share}) | {right:,} ({right_share}) | {wrong} | {precision} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", type=Path, help="red-team round folders (articles/, labels/)")
    parser.add_argument("--code", type=Path, default=REPO_ROOT, help="checkout whose extractor to score")
    parser.add_argument("--jsonl", type=Path, help="also write every scored fact here")
    parser.add_argument("--pool", nargs="+", type=Path, help="score facts written before with --jsonl")
    parser.add_argument(
        "--undated-factor", type=float, default=1.0, help="for code frozen before the undated rule: 0.9"
    )
    args = parser.parse_args()
    missing = [folder for folder in args.rounds if not (folder / "labels").is_dir()]
    if missing:
        print(f"confidence_bands: no labels/ folder in {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    facts = scored_facts(args.rounds, args.code.resolve()) if args.rounds else []
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(fact, ensure_ascii=False) + "\n" for fact in facts))
    for path in args.pool or ():
        facts += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not facts:
        print("confidence_bands: no facts to score: name round folders or --pool files", file=sys.stderr)
        return 2
    print_bands(facts, args.undated_factor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
